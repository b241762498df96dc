# -*- coding: utf-8 -*-
"""Generator for set 272. Renders data.FILES into DOCX/XLSX in five hands, re-saves the
files flagged lo=True through LibreOffice, then writes the answer keys (sha256 last)."""
import os, json, hashlib, shutil, subprocess, tempfile, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from data import FILES, PLAN_REF

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # files live in set272/, scripts in set272/src/
TRUTH = os.path.join(OUT, "truth")

def dparts(iso):
    y, m, d = iso.split("-")
    return y, m, d

def date_words(iso, pad=True):
    y, m, d = dparts(iso)
    if not pad:
        d, m = str(int(d)), str(int(m))
    return f"ngày {d} tháng {m} năm {y}"

def dnum(iso):
    y, m, d = dparts(iso)
    return f"{d}/{m}/{y}"

def vn(n):
    return f"{n:,}".replace(",", ".")

def pad2(n):
    return f"{n:02d}" if n < 10 else str(n)

# ------------------------------------------------------------------ DOCX helpers
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

def para(doc_or_cell, text="", bold=False, italic=False, align=None, size=None, indent=None, space_after=4, underline=False):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(space_after)
    return p

def runs(p, parts):
    """parts: list of (text, bold, italic)"""
    for t, b, i in parts:
        r = p.add_run(t)
        r.bold, r.italic = b, i
    return p

def header_table(doc, left_lines, right_lines, widths=(7, 9.5)):
    t = doc.add_table(rows=1, cols=2)
    t.autofit = False
    for c, w in zip(t.rows[0].cells, widths):
        c.width = Cm(w)
    for cell, lines in zip(t.rows[0].cells, (left_lines, right_lines)):
        cell.paragraphs[0].text = ""
        first = True
        for text, bold, italic in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            if text:
                r = p.add_run(text)
                r.bold, r.italic = bold, italic
    return t

def set_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = tblPr.find(qn("w:tblBorders"))
    from docx.oxml import OxmlElement
    if b is None:
        b = OxmlElement("w:tblBorders")
        tblPr.append(b)
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "4"); e.set(qn("w:color"), "000000")
        b.append(e)

# ------------------------------------------------------------------ Hand A: Phòng Kinh tế xã
A_ST = {"completed": "đã thực hiện xong.", "in_progress": "đang tiếp tục thực hiện.",
        "not_started": "chưa thực hiện.", "not_applicable": "trong kỳ không phát sinh."}

def render_A(f, path):
    doc = new_doc(size=13)
    u = f["unit_name"].replace("Xã ", "")
    header_table(doc,
        [(f"UBND XÃ {u.upper()}", False, False), ("PHÒNG KINH TẾ", True, False), ("", False, False),
         (f"Số: {f['number']}", False, False)],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
         ("", False, False), (f"{f['place']}, {date_words(f['date'])}", False, True)])
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn xã",
         bold=True, align="c")
    para(doc, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align="c")
    para(doc, f"Thực hiện {PLAN_REF} về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026; theo chỉ đạo của UBND xã, "
              f"Phòng Kinh tế xã {u} báo cáo kết quả thực hiện từ đầu năm đến nay như sau:", align="j", indent=1)
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    for i, e in enumerate(f["entries"], 1):
        last = i == len(f["entries"])
        para(doc, f"{i}. {e['title']}" + ("" if last else ":"), bold=True, indent=1, space_after=2)
        para(doc, e["body"], align="j", indent=1, space_after=2)
        # the hand's habit: a plain one-line verdict of the office under each item
        para(doc, "Phòng Kinh tế đánh giá:  nội dung này " + A_ST[e["status"]], indent=1)
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for d in f["diffs"]:
        para(doc, "- " + d, align="j", indent=1)
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for d in f["props"]:
        para(doc, "- " + d, align="j", indent=1)
    para(doc, "Phòng Kinh tế kính báo cáo./.", indent=1)
    t = doc.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    c0.paragraphs[0].add_run("Nơi nhận:").bold = True
    for l in ("- Như trên;", "- UBND xã (b/c);", "- Lưu: VT, PKT."):
        c0.add_paragraph(l)
    c1.paragraphs[0].add_run("TRƯỞNG PHÒNG").bold = True
    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for _ in range(3):
        c1.add_paragraph("")
    p = c1.add_paragraph(); p.add_run(f["signer"]).bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(path)

# ------------------------------------------------------------------ Hand C: department, formal
def render_C(f, path):
    doc = new_doc(size=14)
    header_table(doc,
        [(f["head1"].split("\n")[0], False, False), (f["head1"].split("\n")[1], False, False), (f["head2"], True, False),
         ("", False, False), (f"Số: {f['number']}", False, False)],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
         ("", False, False), (f"{f['place']}, {date_words(f['date'])}", False, True)], widths=(6.5, 10))
    para(doc)
    if f.get("rejected"):
        return render_C_mistaken(doc, f, path)
    para(doc, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026",
         bold=True, align="c")
    para(doc, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", align="c")
    para(doc, f"Thực hiện {PLAN_REF}, {f['unit_name']} báo cáo kết quả thực hiện các nội dung có liên quan đến chức năng, nhiệm vụ của Sở như sau:",
         align="j", indent=1.27)
    para(doc, "I. CÔNG TÁC TRIỂN KHAI", bold=True)
    para(doc, f"{f['unit_name']} đã giao các phòng chuyên môn, đơn vị trực thuộc theo dõi, phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng thực hiện các nội dung được phân công; "
              "định kỳ tổng hợp kết quả gửi về Sở Khoa học và Công nghệ.", align="j", indent=1.27)
    para(doc, "II. KẾT QUẢ THỰC HIỆN", bold=True)
    for i, e in enumerate(f["entries"], 1):
        para(doc, f"{i}. {e['title']}", bold=True, italic=True, indent=1.27, space_after=2)
        para(doc, e["body"], align="j", indent=1.27, space_after=2)
        p = para(doc, "", indent=1.27)
        runs(p, [("Tiến độ: ", False, True), (e["st"], False, False)])
    para(doc, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for i, d in enumerate(f["diffs"], 1):
        para(doc, f"{i}. {d}", align="j", indent=1.27)
    para(doc, "IV. KIẾN NGHỊ, ĐỀ XUẤT", bold=True)
    for i, d in enumerate(f["props"], 1):
        para(doc, f"{i}. {d}", align="j", indent=1.27)
    para(doc, f"Trên đây là báo cáo của {f['unit_name']}, kính gửi Sở Khoa học và Công nghệ tổng hợp./.", align="j", indent=1.27)
    sign_C(doc, f)
    doc.save(path)

def sign_C(doc, f):
    t = doc.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    r = c0.paragraphs[0].add_run("Nơi nhận:"); r.bold = True; r.italic = True
    for l in ("- Như trên;", "- Chi cục TĐC (để phối hợp);", "- Ban Giám đốc Sở;", "- Lưu: VT."):
        c0.add_paragraph(l)
    c1.paragraphs[0].add_run("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC").bold = True
    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for _ in range(3):
        c1.add_paragraph("")
    p = c1.add_paragraph(); p.add_run(f["signer"]).bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def render_C_mistaken(doc, f, path):
    para(doc, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(doc, "Kết quả công tác cải cách hành chính 10 tháng đầu năm 2026 và phương hướng, nhiệm vụ 2 tháng cuối năm 2026",
         bold=True, align="c")
    para(doc, "Kính gửi: Sở Nội vụ Thành phố Hồ Chí Minh.", align="c")
    para(doc, "Thực hiện Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân Thành phố, Sở Xây dựng báo cáo kết quả như sau:", align="j", indent=1.27)
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    items = [
        ("Cải cách thể chế", "Tham mưu UBND Thành phố ban hành 07 văn bản quy phạm pháp luật thuộc lĩnh vực xây dựng; rà soát 42 văn bản, đề nghị bãi bỏ 05 văn bản không còn phù hợp.", "Đã hoàn thành."),
        ("Cải cách thủ tục hành chính", "Tiếp nhận 18.460 hồ sơ, giải quyết đúng hạn 18.102 hồ sơ (đạt 98,06%); công bố 12 thủ tục hành chính sửa đổi sau sắp xếp.", "Đang thực hiện."),
        ("Cải cách tổ chức bộ máy", "Hoàn thành sắp xếp các phòng chuyên môn sau hợp nhất với Sở Giao thông vận tải; kiện toàn 03 đơn vị sự nghiệp.", "Đã hoàn thành."),
        ("Xây dựng chính quyền điện tử, chính quyền số", "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 86%; số hóa 100% kết quả giải quyết thủ tục hành chính còn hiệu lực.", "Đang thực hiện."),
    ]
    for i, (t, b, s) in enumerate(items, 1):
        para(doc, f"{i}. {t}", bold=True, italic=True, indent=1.27, space_after=2)
        para(doc, b, align="j", indent=1.27, space_after=2)
        p = para(doc, "", indent=1.27); runs(p, [("Tiến độ: ", False, True), (s, False, False)])
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    para(doc, "1. Hệ thống thông tin giải quyết thủ tục hành chính sau hợp nhất còn lỗi đồng bộ dữ liệu.", indent=1.27)
    para(doc, "III. PHƯƠNG HƯỚNG 2 THÁNG CUỐI NĂM", bold=True)
    para(doc, "1. Tiếp tục rà soát, đơn giản hóa thủ tục hành chính lĩnh vực xây dựng, giao thông.", indent=1.27)
    sign_C(doc, f)
    doc.save(path)

# ------------------------------------------------------------------ XLSX helpers
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

def cellw(ws, ref, value, bold=False, italic=False, align=None, border=False, fmt=None, size=None, fill=None):
    c = ws[ref]
    c.value = value
    c.font = Font(name="Times New Roman", bold=bold, italic=italic, size=size or 12)
    c.alignment = align or WRAP
    if border:
        c.border = BOX
    if fmt:
        c.number_format = fmt
    if fill:
        c.fill = PatternFill("solid", fgColor=fill)
    return c

# ------------------------------------------------------------------ Hand B: Linh, xã biểu
B_ST = {"completed": "Hoàn thành", "in_progress": "Đang thực hiện", "not_started": "Chưa thực hiện",
        "not_applicable": "Không phát sinh"}

def render_B(f, path):
    wb = Workbook(); ws = wb.active; ws.title = "Bao cao"
    u = f["unit_name"].replace("Xã ", "")
    for col, w in zip("ABCDEFG", (6, 34, 42, 12, 16, 16, 14)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:C1"); cellw(ws, "A1", "ỦY BAN NHÂN DÂN", align=CENTER)
    ws.merge_cells("A2:C2"); cellw(ws, "A2", f"XÃ {u.upper()}", bold=True, align=CENTER)
    ws.merge_cells("A3:C3"); cellw(ws, "A3", f"Số: {f['number']}", align=CENTER)
    ws.merge_cells("D1:G1"); cellw(ws, "D1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align=CENTER)
    ws.merge_cells("D2:G2"); cellw(ws, "D2", "Độc lập - Tự do - Hạnh phúc", bold=True, align=CENTER)
    ws.merge_cells("D3:G3"); cellw(ws, "D3", f"{f['place']}, {date_words(f['date'])}", italic=True, align=CENTER)
    ws.merge_cells("A5:G5"); cellw(ws, "A5", "BÁO CÁO", bold=True, align=CENTER, size=14)
    ws.merge_cells("A6:G6"); cellw(ws, "A6", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align=CENTER)
    ws.merge_cells("A7:G7"); cellw(ws, "A7", "(Số liệu tính từ 01/01/2026 đến ngày báo cáo)", italic=True, align=CENTER)
    hdr = ["STT", "Nội dung công việc", "Kết quả thực hiện", "Số lượng", "Đơn vị tính", "Tình trạng", "Ghi chú"]
    r = 9
    for i, h in enumerate(hdr):
        cellw(ws, f"{'ABCDEFG'[i]}{r}", h, bold=True, align=CENTER, border=True, fill="D9D9D9")
    r += 1
    for n, e in enumerate(f["entries"], 1):
        figs = e["figs"] or [(None, None)]
        for k, (num, unit) in enumerate(figs):
            cellw(ws, f"A{r}", n if k == 0 else None, align=CENTER, border=True)
            cellw(ws, f"B{r}", e["title"] if k == 0 else None, border=True)
            cellw(ws, f"C{r}", e["body"] if k == 0 else None, border=True)
            cellw(ws, f"D{r}", num, border=True, fmt="#,##0", align=Alignment(horizontal="right", vertical="top"))
            cellw(ws, f"E{r}", unit, border=True)
            cellw(ws, f"F{r}", B_ST[e["status"]] if k == 0 else None, border=True, align=CENTER)
            cellw(ws, f"G{r}", e.get("note") if k == 0 else None, border=True, italic=True)
            r += 1
    r += 1
    cellw(ws, f"B{r}", "KHÓ KHĂN, VƯỚNG MẮC:", bold=True); r += 1
    for i, d in enumerate(f["diffs"], 1):
        ws.merge_cells(f"B{r}:G{r}"); cellw(ws, f"B{r}", f"{i}) {d}"); ws.row_dimensions[r].height = 30; r += 1
    cellw(ws, f"B{r}", "KIẾN NGHỊ:", bold=True); r += 1
    for i, d in enumerate(f["props"], 1):
        ws.merge_cells(f"B{r}:G{r}"); cellw(ws, f"B{r}", f"{i}) {d}"); ws.row_dimensions[r].height = 30; r += 1
    r += 1
    ws.merge_cells(f"D{r}:G{r}"); cellw(ws, f"D{r}", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", bold=True, align=CENTER)
    ws.row_dimensions[r].height = 48
    r += 4
    ws.merge_cells(f"D{r}:G{r}"); cellw(ws, f"D{r}", f["signer"], bold=True, align=CENTER)
    cellw(ws, f"A{r+2}", "Người lập biểu: Võ Thị Mỹ Linh - ĐT: 0908 41x xxx", italic=True, align=Alignment(vertical="top"))
    ws.page_setup.orientation = "landscape"
    wb.save(path)

# ------------------------------------------------------------------ Hand D: Bảo, fixed columns
D_ST = {"completed": "Hoàn thành", "in_progress": "Đang triển khai", "not_started": "Chưa triển khai",
        "not_applicable": "Không phát sinh"}

def render_D(f, path):
    wb = Workbook(); ws = wb.active; ws.title = "BC_CT38"
    widths = (5, 32, 40, 9, 9, 9, 14, 10, 14, 16)
    for col, w in zip("ABCDEFGHIJ", widths):
        ws.column_dimensions[col].width = w
    cellw(ws, "A1", "Đơn vị báo cáo:", bold=True, align=Alignment(vertical="top"))
    ws.merge_cells("C1:J1"); ws.merge_cells("A1:B1")
    cellw(ws, "C1", f["unit_name"] if not f["unit_id"].isdigit() else "UBND " + f["unit_name"])
    ws.merge_cells("A2:B2"); cellw(ws, "A2", "Số văn bản:", bold=True)
    cellw(ws, "C2", f["number"])
    ws.merge_cells("A3:B3"); cellw(ws, "A3", "Ngày báo cáo:", bold=True)
    y, m, d = map(int, dparts(f["date"]))
    cellw(ws, "C3", datetime.datetime(y, m, d), fmt="dd/mm/yyyy", align=Alignment(horizontal="left"))
    ws.merge_cells("A5:J5")
    cellw(ws, "A5", "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026", bold=True, align=CENTER, size=13)
    ws.merge_cells("A6:J6")
    cellw(ws, "A6", f"(Theo {PLAN_REF})", italic=True, align=CENTER)
    hdr = ["TT", "Nội dung công việc", "Diễn giải kết quả", "Số cuộc KT", "Số cơ sở KT", "Số vi phạm",
           "Tiền phạt (đồng)", "Khác - SL", "Khác - ĐVT", "Trạng thái"]
    for i, h in enumerate(hdr):
        cellw(ws, f"{'ABCDEFGHIJ'[i]}8", h, bold=True, align=CENTER, border=True, fill="DDEBF7")
    for i in range(10):
        cellw(ws, f"{'ABCDEFGHIJ'[i]}9", f"({i+1})", italic=True, align=CENTER, border=True)
    r = 10
    for n, e in enumerate(f["entries"], 1):
        ind = e["ind"]
        others = e["other"] or [(None, None)]
        for k, (num, unit) in enumerate(others):
            cellw(ws, f"A{r}", n if k == 0 else None, align=CENTER, border=True)
            cellw(ws, f"B{r}", e["title"] if k == 0 else None, border=True)
            cellw(ws, f"C{r}", e["body"] if k == 0 else None, border=True)
            for col, key in (("D", "inspections"), ("E", "establishments_inspected"), ("F", "violations"), ("G", "fines_vnd")):
                cellw(ws, f"{col}{r}", ind.get(key) if k == 0 else None, border=True, fmt="#,##0",
                      align=Alignment(horizontal="right", vertical="top"))
            cellw(ws, f"H{r}", num, border=True, fmt="#,##0", align=Alignment(horizontal="right", vertical="top"))
            cellw(ws, f"I{r}", unit, border=True)
            cellw(ws, f"J{r}", D_ST[e["status"]] if k == 0 else None, border=True, align=CENTER)
            r += 1
    r += 1
    cellw(ws, f"B{r}", "Khó khăn, vướng mắc", bold=True)
    r += 1
    for d in f["diffs"]:
        ws.merge_cells(f"B{r}:J{r}"); cellw(ws, f"B{r}", "- " + d); r += 1
    cellw(ws, f"B{r}", "Đề xuất", bold=True); r += 1
    for d in f["props"]:
        ws.merge_cells(f"B{r}:J{r}"); cellw(ws, f"B{r}", "- " + d); r += 1
    r += 1
    ws.merge_cells(f"G{r}:J{r}")
    role = "GIÁM ĐỐC" if not f["unit_id"].isdigit() else "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"
    cellw(ws, f"G{r}", role, bold=True, align=CENTER); ws.row_dimensions[r].height = 32
    ws.merge_cells(f"G{r+4}:J{r+4}"); cellw(ws, f"G{r+4}", f["signer"], bold=True, align=CENTER)
    ws.freeze_panes = "C10"
    ws.page_setup.orientation = "landscape"
    wb.save(path)

# ------------------------------------------------------------------ Hand E: Ngọc, split by period
E_ST = {"completed": "Đã xong", "in_progress": "Còn đang làm", "not_started": "Chưa làm được",
        "not_applicable": "Không phát sinh"}
E_HDR = ["STT", "Công việc", "Chỉ tiêu", "6 tháng đầu năm", "Từ 01/7 đến 31/10/2026", "Cộng", "ĐVT", "Tình hình"]

def render_E_xlsx(f, path):
    wb = Workbook(); ws = wb.active; ws.title = "BC 10 thang"
    u = f["unit_name"].replace("Xã ", "")
    for col, w in zip("ABCDEFGH", (5, 36, 26, 12, 14, 10, 10, 15)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:C1"); cellw(ws, "A1", f"UBND XÃ {u.upper()}", bold=True, align=CENTER)
    ws.merge_cells("A2:C2"); cellw(ws, "A2", f"Số: {f['number']}", align=CENTER)
    ws.merge_cells("D1:H1"); cellw(ws, "D1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align=CENTER)
    ws.merge_cells("D2:H2"); cellw(ws, "D2", "Độc lập - Tự do - Hạnh phúc", bold=True, align=CENTER)
    ws.merge_cells("D3:H3"); cellw(ws, "D3", f"{f['place']}, ngày {dnum(f['date'])}", italic=True, align=CENTER)
    rej = f.get("rejected")
    ws.merge_cells("A5:H5")
    if rej:
        cellw(ws, "A5", "BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG 10 THÁNG NĂM 2026", bold=True, align=CENTER)
    else:
        cellw(ws, "A5", "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW (TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG) 10 THÁNG NĂM 2026", bold=True, align=CENTER)
    ws.row_dimensions[5].height = 32
    for i, h in enumerate(E_HDR):
        cellw(ws, f"{'ABCDEFGH'[i]}7", h, bold=True, align=CENTER, border=True)
    r = 8
    if rej:
        entries = [
            dict(title="Rà soát hộ nghèo, hộ cận nghèo", status="in_progress",
                 rows=[("Hộ nghèo đầu năm", 64, None, 64, "hộ"), ("Hộ thoát nghèo", 18, 11, 29, "hộ"), ("Hộ cận nghèo", 102, None, 102, "hộ")]),
            dict(title="Hỗ trợ vay vốn Ngân hàng Chính sách xã hội", status="completed",
                 rows=[("Số hộ được vay", 37, 22, 59, "hộ"), ("Dư nợ giải ngân", 1850, 1100, 2950, "triệu đồng")]),
            dict(title="Hỗ trợ nhà ở cho hộ nghèo", status="in_progress",
                 rows=[("Nhà xây mới, sửa chữa", 3, 4, 7, "căn")]),
            dict(title="Đào tạo nghề cho lao động thuộc hộ nghèo", status="not_started", rows=[]),
        ]
        st = {"completed": "Đã xong", "in_progress": "Còn đang làm", "not_started": "Chưa làm được"}
    else:
        entries = f["entries"]; st = E_ST
    for n, e in enumerate(entries, 1):
        rows = e["rows"] or [("-", None, None, None, None)]
        r0 = r
        for (lab, a, b, c, unit) in rows:
            cellw(ws, f"C{r}", lab, border=True)
            for col, v in (("D", a), ("E", b), ("F", c)):
                cellw(ws, f"{col}{r}", v, border=True, fmt="#,##0", align=Alignment(horizontal="right", vertical="top"),
                      bold=(col == "F"))
            cellw(ws, f"G{r}", unit, border=True)
            for col in "ABH":
                cellw(ws, f"{col}{r}", None, border=True)
            r += 1
        cellw(ws, f"A{r0}", n, align=CENTER, border=True)
        cellw(ws, f"B{r0}", e["title"], border=True)
        cellw(ws, f"H{r0}", st[e["status"]], border=True, align=CENTER)
        if r - r0 > 1:
            for col in "ABH":
                ws.merge_cells(f"{col}{r0}:{col}{r-1}")
    r += 1
    diffs = f["diffs"] or (["Một số hộ nghèo là người cao tuổi, neo đơn, không còn khả năng lao động."] if rej else [])
    props = f["props"] or (["Đề nghị Thành phố tiếp tục bố trí vốn hỗ trợ nhà ở cho hộ nghèo."] if rej else [])
    cellw(ws, f"A{r}", "* Khó khăn:", bold=True); r += 1
    for d in diffs:
        ws.merge_cells(f"B{r}:H{r}"); cellw(ws, f"B{r}", d); ws.row_dimensions[r].height = 30; r += 1
    cellw(ws, f"A{r}", "* Kiến nghị:", bold=True); r += 1
    for d in props:
        ws.merge_cells(f"B{r}:H{r}"); cellw(ws, f"B{r}", d); ws.row_dimensions[r].height = 30; r += 1
    r += 1
    ws.merge_cells(f"E{r}:H{r}"); cellw(ws, f"E{r}", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", bold=True, align=CENTER)
    ws.row_dimensions[r].height = 32
    ws.merge_cells(f"E{r+4}:H{r+4}"); cellw(ws, f"E{r+4}", f["signer"], bold=True, align=CENTER)
    wb.save(path)

def render_E_docx(f, path):
    doc = new_doc(size=12)
    u = f["unit_name"].replace("Xã ", "")
    header_table(doc,
        [("UỶ BAN NHÂN DÂN", False, False), (f"XÃ {u.upper()}", True, False), (f"Số: {f['number']}", False, False)],
        [("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
         (f"{f['place']}, ngày {dnum(f['date'])}", False, True)])
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 (10 tháng)", bold=True, align="c")
    para(doc, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", align="c")
    para(doc, f"Thực hiện {PLAN_REF}, UBND xã {u} báo cáo kết quả thực hiện, số liệu chia theo 6 tháng đầu năm và từ 01/7 đến 31/10/2026 như sau:",
         align="j", indent=1)
    para(doc, "1. Kết quả thực hiện", bold=True)
    t = doc.add_table(rows=1, cols=8)
    set_borders(t)
    for i, h in enumerate(E_HDR):
        c = t.rows[0].cells[i]; c.paragraphs[0].text = ""
        rr = c.paragraphs[0].add_run(h); rr.bold = True
    for n, e in enumerate(f["entries"], 1):
        rows = e["rows"] or [("-", None, None, None, None)]
        first = None
        for k, (lab, a, b, cc, unit) in enumerate(rows):
            cells = t.add_row().cells
            if first is None:
                first = cells
            vals = [str(n) if k == 0 else "", e["title"] if k == 0 else "", lab,
                    "" if a is None else pad2(a) if a < 1000 else vn(a),
                    "" if b is None else pad2(b) if b < 1000 else vn(b),
                    "" if cc is None else pad2(cc) if cc < 1000 else vn(cc),
                    unit or "", E_ST[e["status"]] if k == 0 else ""]
            for i, v in enumerate(vals):
                cells[i].paragraphs[0].text = v
    para(doc)
    para(doc, "2. Khó khăn, vướng mắc", bold=True)
    for d in f["diffs"]:
        para(doc, "- " + d, align="j", indent=1)
    para(doc, "3. Kiến nghị", bold=True)
    for d in f["props"]:
        para(doc, "- " + d, align="j", indent=1)
    t2 = doc.add_table(rows=1, cols=2)
    c0, c1 = t2.rows[0].cells
    c0.paragraphs[0].add_run("Nơi nhận:").bold = True
    c0.add_paragraph("- Như trên;"); c0.add_paragraph("- Lưu: VT.")
    c1.paragraphs[0].add_run("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH").bold = True
    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for _ in range(3):
        c1.add_paragraph("")
    p = c1.add_paragraph(); p.add_run(f["signer"]).bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(path)

# ------------------------------------------------------------------ LibreOffice re-save
def lo_resave(path):
    ext = path.rsplit(".", 1)[1]
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "in." + ext)
        shutil.copy(path, src)
        outdir = os.path.join(td, "out"); os.mkdir(outdir)
        flt = "docx:MS Word 2007 XML" if ext == "docx" else "xlsx:Calc MS Excel 2007 XML"
        subprocess.run(["libreoffice", "--headless", f"-env:UserInstallation=file://{td}/prof",
                        "--convert-to", flt, "--outdir", outdir, src], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.copy(os.path.join(outdir, "in." + ext), path)

# ------------------------------------------------------------------ keys
def write_key(f, path):
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    rej = f.get("rejected")
    key = {
        "file": os.path.basename(path),
        "sha256": sha,
        "status": "rejected" if rej else "extracted",
        "reason": rej,
        "unit": {"id": f["unit_id"], "name": f["unit_name"]},
        "document": {"number": f["number"], "date": f["date"]},
        "entries": [] if rej else [
            {"task": e["task"], "status": e["status"], "indicators": e["ind"],
             "text": e.get("body") or e["title"]} for e in f["entries"]],
        "findings": [],
        "difficulties": [] if rej else f["diffs"],
        "proposals": [] if rej else f["props"],
    }
    with open(os.path.join(TRUTH, os.path.basename(path) + ".json"), "w", encoding="utf-8") as fh:
        json.dump(key, fh, ensure_ascii=False, indent=2)

def main():
    os.makedirs(TRUTH, exist_ok=True)
    for f in FILES:
        path = os.path.join(OUT, f["fname"])
        h = f["hand"]
        if h == "A":
            render_A(f, path)
        elif h == "B":
            render_B(f, path)
        elif h == "C":
            render_C(f, path)
        elif h == "D":
            render_D(f, path)
        elif h == "E":
            (render_E_docx if path.endswith(".docx") else render_E_xlsx)(f, path)
        if f.get("lo"):
            lo_resave(path)
    for f in FILES:  # sha256 last, after every re-save
        write_key(f, os.path.join(OUT, f["fname"]))
    print(len(FILES), "files")

if __name__ == "__main__":
    main()
