# -*- coding: utf-8 -*-
"""Generator for set43: city departments' CT38 progress reports (16 files, 5 hands)."""
import json, hashlib, os, subprocess, shutil, datetime
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

def vn_date(iso):
    y, m, d = iso.split("-")
    return f"ngày {d} tháng {m} năm {y}"

# ---------------------------------------------------------------- docx helpers
def new_doc(font="Times New Roman", size=13, margins=(2, 2, 3, 1.5)):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(3)
    for s in doc.sections:
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
        s.page_width, s.page_height = Cm(21), Cm(29.7)
    return doc

def para(doc_or_cell, text="", bold=False, italic=False, align=None, size=None, underline=False, indent=None):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    return p

def runs(p, parts):
    """parts: list of (text, dict(bold/italic/underline))"""
    for t, f in parts:
        r = p.add_run(t)
        r.bold = f.get("b", False); r.italic = f.get("i", False); r.underline = f.get("u", False)
    return p

def cell_text(cell, text, bold=False, italic=False, align=None, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if i: p = cell.add_paragraph()
        r = p.add_run(ln); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return cell

def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = tblPr.find(qn("w:tblBorders"))
    if b is not None: tblPr.remove(b)
    from docx.oxml import OxmlElement
    borders = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}"); el.set(qn("w:val"), "nil"); borders.append(el)
    tblPr.append(borders)

def header_block(doc, up1, up2, number, place_date, left_size=12):
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.columns[0].width = Cm(7); t.columns[1].width = Cm(9.5)
    c = t.cell(0, 0); cell_text(c, up1, size=left_size, align="c")
    p = c.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(up2); r.bold = True; r.font.size = Pt(left_size)
    c = t.cell(0, 1); cell_text(c, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=12, align="c")
    p = c.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Độc lập - Tự do - Hạnh phúc"); r.bold = True; r.underline = True
    cell_text(t.cell(1, 0), number, align="c", size=13)
    cell_text(t.cell(1, 1), place_date, italic=True, align="c", size=13)
    return t

def grid(table):
    table.style = "Table Grid"

# ---------------------------------------------------------------- truth
def write_truth(rep, path):
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    rejected = rep.get("rejected")
    key = {
        "file": os.path.basename(path),
        "sha256": sha,
        "status": "rejected" if rejected else "extracted",
        "reason": rejected,
        "unit": {"id": rep["unit_id"], "name": rep["unit_name"]},
        "document": {"number": rep.get("number"), "date": rep.get("date")},
        "entries": [] if rejected else [
            {"task": t["code"], "status": t["status"], "indicators": t.get("ind", {}), "text": t["key_text"]}
            for t in rep["tasks"]],
        "findings": [],
        "difficulties": [] if rejected else rep.get("difficulties", []),
        "proposals": [] if rejected else rep.get("proposals", []),
    }
    with open(os.path.join(TRUTH, os.path.basename(path) + ".json"), "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)

# ================================================================ HAND 1
# Anh Tuấn (chuyên viên tổng hợp): "n)" numbering, ALL-CAPS run-in topic labels,
# closing status sentence, zero-padded counts, money glued "đ", "(n)" items for KK/KN.
def render_h1(rep, path):
    doc = new_doc(size=14)
    header_block(doc, rep["up1"], rep["up2"], "Số: " + rep["number"], f"Thành phố Hồ Chí Minh, {vn_date(rep['date'])}")
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c")
    para(doc, rep["title"], bold=True, align="c")
    para(doc, "")
    para(doc, "Kính gửi: " + rep["to"], align="c")
    para(doc, rep["intro"], align="j", indent=1.27)
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    for i, t in enumerate(rep["tasks"], 1):
        p = para(doc, align="j", indent=1.27)
        runs(p, [(f"{i}) {t['label']}: ", {"b": True}), (t["body"] + " " + t["sw"], {})])
        t["key_text"] = t["body"] + " " + t["sw"]
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for i, d in enumerate(rep["difficulties"], 1):
        para(doc, f"({i}) {d}", align="j", indent=1.27)
    para(doc, "III. KIẾN NGHỊ, ĐỀ XUẤT", bold=True)
    for i, d in enumerate(rep["proposals"], 1):
        para(doc, f"({i}) {d}", align="j", indent=1.27)
    para(doc, rep.get("closing", "Trên đây là báo cáo kết quả thực hiện, kính gửi Sở Khoa học và Công nghệ tổng hợp./."), align="j", indent=1.27)
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    c = t.cell(0, 0); cell_text(c, "Nơi nhận:", bold=True, italic=True, size=12)
    for ln in rep["noinhan"]:
        p = c.add_paragraph(); r = p.add_run(ln); r.font.size = Pt(11)
    c = t.cell(0, 1); cell_text(c, rep["sign"], bold=True, align="c")
    for _ in range(3): c.add_paragraph()
    p = c.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = p.add_run(rep["signer"]); r.bold = True
    doc.save(path)

# ================================================================ HAND 3
# Chị Ngọc (phó phòng tổng hợp): "SỐ LIỆU CHỦ YẾU" table at the very top with an ĐVT and a
# "Thuộc nội dung" column; then short narrative lines giving the statuses only.
def render_h3(rep, path):
    doc = new_doc(size=13)
    header_block(doc, rep["up1"], rep["up2"], "Số: " + rep["number"], f"TP. Hồ Chí Minh, {vn_date(rep['date'])}")
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    para(doc, rep["title"], bold=True, align="c")
    para(doc, "Kính gửi: " + rep["to"], align="c")
    para(doc, rep["intro"], align="j", indent=1)
    para(doc, "I. MỘT SỐ SỐ LIỆU CHỦ YẾU", bold=True)
    tb = doc.add_table(rows=1, cols=5); grid(tb)
    for j, h in enumerate(["STT", "Chỉ tiêu", "ĐVT", "Kết quả", "Thuộc nội dung"]):
        cell_text(tb.rows[0].cells[j], h, bold=True, align="c", size=12)
    for i, row in enumerate(rep["figtable"], 1):
        cells = tb.add_row().cells
        vals = [str(i)] + list(row)
        for j, v in enumerate(vals):
            cell_text(cells[j], v, size=12, align="c" if j in (0, 2, 3) else None)
    para(doc, "(Số liệu tính từ 01/01/2026 đến " + rep["cutoff"] + ")", italic=True, size=11)
    para(doc, "II. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ", bold=True)
    for t in rep["tasks"]:
        p = para(doc, align="j", indent=1)
        runs(p, [("- " + t["label"] + ": ", {"b": False, "i": True}), (t["body"] + " ", {}), (t["sw"], {"b": True})])
        t["key_text"] = t["body"] + " " + t["sw"]
    para(doc, "III. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ", bold=True)
    para(doc, "1. Khó khăn, vướng mắc", bold=True, italic=True)
    for d in rep["difficulties"]:
        para(doc, "- " + d, align="j", indent=1)
    para(doc, "2. Kiến nghị", bold=True, italic=True)
    for d in rep["proposals"]:
        para(doc, "- " + d, align="j", indent=1)
    para(doc, rep["closing"], align="j", indent=1)
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    c = t.cell(0, 0); cell_text(c, "Nơi nhận:", bold=True, italic=True, size=12)
    for ln in rep["noinhan"]:
        p = c.add_paragraph(); r = p.add_run(ln); r.font.size = Pt(11)
    c = t.cell(0, 1); cell_text(c, rep["sign"], bold=True, align="c")
    for _ in range(3): c.add_paragraph()
    p = c.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = p.add_run(rep["signer"]); r.bold = True
    doc.save(path)

# ================================================================ HAND 5
# Bà Hoa (chánh văn phòng, lâu năm): ❖ topic lines and ➢ item lines (symbols typed from
# Insert > Symbol), each topic closed by an underlined "Kết quả thực hiện:" line; money as
# "15,5 triệu đồng"; no "I/II" parts, no header table: the header is two tab-aligned lines.
def render_h5(rep, path):
    doc = new_doc(font="Times New Roman", size=13, margins=(2, 2, 2.5, 2))
    sec = doc.sections[0]
    w = sec.page_width - sec.left_margin - sec.right_margin
    def tabline(l, r, bl=False, br=False, il=False, ir=False):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(int(w * 0.62), alignment=1)
        p.paragraph_format.space_after = Pt(0)
        a = p.add_run(l); a.bold = bl; a.italic = il
        b = p.add_run("\t" + r); b.bold = br; b.italic = ir
        return p
    tabline(rep["up1"], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", br=True)
    tabline(rep["up2"], "Độc lập - Tự do - Hạnh phúc", bl=True, br=True)
    tabline("Số: " + rep["number"], f"TP.HCM, {vn_date(rep['date'])}", ir=True)
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    para(doc, rep["title"], bold=True, align="c")
    para(doc, "Kính gửi: " + rep["to"], align="c")
    para(doc, rep["intro"], align="j", indent=1)
    for t in rep["tasks"]:
        p = para(doc); runs(p, [("❖ " + t["label"], {"b": True})])
        for it in t["items"]:
            para(doc, "➢ " + it, align="j", indent=0.5)
        p = para(doc, indent=0.5)
        runs(p, [("Kết quả thực hiện:", {"u": True, "i": True}), (" " + t["sw"], {"i": True})])
        t["key_text"] = " ".join(t["items"]) + " Kết quả thực hiện: " + t["sw"]
    if rep.get("difficulties") or rep.get("proposals"):
        p = para(doc); runs(p, [("❖ Khó khăn, vướng mắc", {"b": True})])
        for d in rep.get("difficulties", []):
            para(doc, "➢ " + d, align="j", indent=0.5)
        p = para(doc); runs(p, [("❖ Đề xuất, kiến nghị", {"b": True})])
        for d in rep.get("proposals", []):
            para(doc, "➢ " + d, align="j", indent=0.5)
    para(doc, rep["closing"], align="j", indent=1)
    p = para(doc, rep["sign"], bold=True, align="r")
    for _ in range(3): para(doc)
    para(doc, rep["signer"], bold=True, align="r")
    p = para(doc); runs(p, [("Nơi nhận:", {"b": True, "i": True})])
    for ln in rep["noinhan"]:
        para(doc, ln, size=11)
    doc.save(path)

# ================================================================ HAND 2
# Chị Hằng (kế toán - thống kê): one row per figure; repeated task/status cells written
# "nt" (như trên) instead of repeating or merging; status abbreviations with a legend;
# numbers as real numbers with "#,##0" format (dots shown in VN locale).
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
def render_h2(rep, path):
    wb = Workbook(); ws = wb.active; ws.title = rep.get("sheet", "Bieu")
    ws["A1"] = rep["up1"]; ws["A2"] = rep["up2"]; ws["A2"].font = Font(bold=True, name="Times New Roman")
    ws["A1"].font = Font(name="Times New Roman")
    ws.merge_cells("A1:C1"); ws.merge_cells("A2:C2")
    ws["A4"] = rep["title"]; ws["A4"].font = Font(bold=True, size=13, name="Times New Roman")
    ws.merge_cells("A4:G4"); ws["A4"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[4].height = 36
    ws["A5"] = rep["subtitle"]; ws.merge_cells("A5:G5")
    ws["A5"].alignment = Alignment(horizontal="center"); ws["A5"].font = Font(italic=True, name="Times New Roman")
    hdr = ["STT", "Nội dung công việc", "Chỉ tiêu", "ĐVT", "Số lượng", "Tình trạng", "Ghi chú"]
    r0 = 7
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r0, j, h); c.font = Font(bold=True, name="Times New Roman"); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    r = r0 + 1; stt = 0
    for t in rep["tasks"]:
        stt += 1
        rows = t["rows"] or [("", "", None, "")]
        for k, (chi, dvt, val, note) in enumerate(rows):
            vals = [stt if k == 0 else "", t["body"] if k == 0 else "nt", chi, dvt, val,
                    t["sw"] if k == 0 else "nt", note]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v); c.border = BOX
                c.font = Font(name="Times New Roman", size=12)
                c.alignment = Alignment(wrap_text=True, vertical="top",
                                        horizontal="center" if j in (1, 4, 6) else None)
                if j == 5 and isinstance(v, (int, float)):
                    c.number_format = "#,##0"
            r += 1
        t["key_text"] = t["body"]
    r += 1
    ws.cell(r, 1, "Ghi chú: " + rep.get("legend", "Đã TH: đã thực hiện xong; Đang TH: đang thực hiện; Chưa TH: chưa thực hiện; KPS: không phát sinh")).font = Font(italic=True, size=11)
    r += 2
    if rep.get("difficulties"):
        ws.cell(r, 1, "Khó khăn:").font = Font(bold=True); r += 1
        for d in rep["difficulties"]:
            ws.cell(r, 2, "- " + d); r += 1
    if rep.get("proposals"):
        ws.cell(r, 1, "Kiến nghị:").font = Font(bold=True); r += 1
        for d in rep["proposals"]:
            ws.cell(r, 2, "- " + d); r += 1
    r += 1
    ws.cell(r, 2, "Người lập biểu"); ws.cell(r, 6, rep["sign"])
    ws.cell(r + 4, 2, rep["maker"]); ws.cell(r + 4, 6, rep["signer"])
    for col, wdt in zip("ABCDEFG", [6, 48, 28, 10, 16, 12, 24]):
        ws.column_dimensions[col].width = wdt
    ws.page_setup.orientation = "landscape"
    wb.save(path)

# ================================================================ HAND 4
# Em Nhi (chuyên viên trẻ): a to-do tracker — "Việc cần làm / Phụ trách / Hạn / Đã làm /
# Số liệu / Tình trạng / Vướng" with autofilter and frozen header; several figures in one cell
# joined by " - "; colloquial statuses "xong / đang làm / chưa làm / không có việc".
def render_h4(rep, path):
    wb = Workbook(); ws = wb.active; ws.title = "Theo doi CT38"
    ws["A1"] = "THEO DÕI THỰC HIỆN KH CT38 NĂM 2026"; ws["A1"].font = Font(bold=True, size=14, color="1F4E79")
    ws["A2"] = "Đơn vị: " + rep["unit_written"]
    ws["A3"] = rep["line3"]
    hdr = ["#", "Việc cần làm", "Phụ trách", "Hạn", "Đã làm", "Số liệu", "Tình trạng", "Vướng / cần hỗ trợ"]
    r0 = 5
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r0, j, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="2F75B5")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = r0 + 1
    for i, t in enumerate(rep["tasks"], 1):
        vals = [i, t["label"], t["who"], t["due"], t["body"], t.get("fig", ""), t["sw"], t.get("stuck", "")]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.alignment = Alignment(wrap_text=True, vertical="top")
        t["key_text"] = t["label"] + ". " + t["body"]
        r += 1
    ws.auto_filter.ref = f"A{r0}:H{r-1}"
    ws.freeze_panes = f"A{r0+1}"
    r += 1
    ws.cell(r, 1, "Kiến nghị:").font = Font(bold=True); r += 1
    for d in rep["proposals"]:
        ws.cell(r, 2, d); r += 1
    if rep.get("footer"):
        r += 1; ws.cell(r, 2, rep["footer"]).font = Font(italic=True)
    for col, wdt in zip("ABCDEFGH", [4, 40, 11, 12, 48, 22, 12, 36]):
        ws.column_dimensions[col].width = wdt
    wb.save(path)

RENDER = {"H1": render_h1, "H2": render_h2, "H3": render_h3, "H4": render_h4, "H5": render_h5}

from content import REPORTS

def lo_resave(path):
    ext = path.rsplit(".", 1)[1]
    tmp = os.path.join(OUT, ".lo_tmp"); os.makedirs(tmp, exist_ok=True)
    src = os.path.join(tmp, "src." + ext); shutil.copy(path, src)
    subprocess.run(["libreoffice", "--headless", "--convert-to", ext, "--outdir", os.path.join(tmp, "o"), src],
                   check=True, capture_output=True, timeout=180)
    shutil.copy(os.path.join(tmp, "o", "src." + ext), path)
    shutil.rmtree(tmp)

if __name__ == "__main__":
    for rep in REPORTS:
        path = os.path.join(OUT, rep["file"])
        RENDER[rep["hand"]](rep, path)
        if rep.get("lo"):
            lo_resave(path)
        write_truth(rep, path)
        print("wrote", rep["file"])
