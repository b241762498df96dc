# -*- coding: utf-8 -*-
"""Generator for set 55 (5 hands, 18 files). Run: python3 gen.py"""
import os, json, hashlib, shutil, subprocess, tempfile, unicodedata
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter
from data import R

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

def dparts(iso):
    y, m, d = iso.split("-"); return int(d), int(m), int(y)

def vdate(iso, place):
    d, m, y = dparts(iso)
    return f"{place}, ngày {d:02d} tháng {m:02d} năm {y}"

# ---------------- docx helpers ----------------
def base_doc(font="Times New Roman", size=13):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return doc

def para(doc_or_cell, text="", bold=False, italic=False, align=None, size=None, underline=False, indent=None, space_after=4):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(space_after)
    return p

def cell_lines(cell, lines, bold=False, italic=False, align="c", size=None, underline_idx=None):
    cell.paragraphs[0].text = ""
    first = True
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(ln); r.bold = bold if not isinstance(bold, (list, tuple)) else bold[i]
        r.italic = italic if not isinstance(italic, (list, tuple)) else italic[i]
        if underline_idx is not None and i == underline_idx: r.underline = True
        if size: r.font.size = Pt(size)
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        p.paragraph_format.space_after = Pt(0)

def header_block(doc, left_lines, left_bold, right_lines, right_bold, right_italic, widths=(6.5, 9.5), size=12):
    t = doc.add_table(rows=1, cols=2)
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w); t.rows[0].cells[i].width = Cm(w)
    cell_lines(t.rows[0].cells[0], left_lines, bold=left_bold, size=size)
    cell_lines(t.rows[0].cells[1], right_lines, bold=right_bold, italic=right_italic, size=size)
    return t

def grid_table(doc, rows, widths, header=True, size=12, bold_first_col=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.rows[i].cells[j]; c.width = Cm(widths[j])
            c.paragraphs[0].text = ""
            r = c.paragraphs[0].add_run(str(v)); r.font.size = Pt(size)
            if header and i == 0: r.bold = True; c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            if bold_first_col and j == 0: r.bold = True
    return t

def signature(doc, title, name, left_lines):
    t = doc.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    c0.paragraphs[0].text = ""
    for i, ln in enumerate(left_lines):
        p = c0.paragraphs[0] if i == 0 else c0.add_paragraph()
        r = p.add_run(ln); r.font.size = Pt(11)
        if i == 0: r.bold = True; r.italic = True; r.font.size = Pt(12)
        p.paragraph_format.space_after = Pt(0)
    lines = title.split("\n") + ["", "", "", name]
    cell_lines(c1, lines, bold=True)

# ---------------- H1 ----------------
def render_h1(r, path):
    doc = base_doc()
    d, m, y = dparts(r["date"])
    header_block(doc, r["parent"].split("\n") + [r["org"], "", f"Số: {r['number']}"], [False, False, True, False, False],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", vdate(r["date"], r["place"])],
                 [True, True, False, False], [False, False, False, True])
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", size=14, space_after=0)
    para(doc, r["title"], bold=True, align="c")
    if not r.get("rejected"):
        para(doc, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", align="c")
    else:
        para(doc, "Kính gửi: Ban Chỉ huy Phòng thủ dân sự Thành phố.", align="c")
    para(doc, r["intro"], align="j", indent=1)
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    bang = 0
    for i, t in enumerate(r["tasks"], 1):
        para(doc, f"{i}. {t['head']}", bold=True, indent=1)
        for p in t["paras"]:
            para(doc, p, align="j", indent=1)
        if t.get("table"):
            bang += 1
            cap, rows, src = t["table"]
            para(doc, f"Bảng {bang}. {cap}", bold=True, italic=True, align="c", space_after=2)
            grid_table(doc, [("Nội dung", "Đơn vị tính", "Số lượng")] + list(rows), (9.5, 3, 3.5))
            para(doc, f"Nguồn: {src or r['src']}.", italic=True, size=11, align="r")
        if t.get("after"):
            para(doc, t["after"], align="j", indent=1)
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for x in r["diffs"]:
        para(doc, "- " + x, align="j", indent=1)
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for i, x in enumerate(r["props"], 1):
        para(doc, f"{i}. {x}", align="j", indent=1)
    para(doc, f"Trên đây là báo cáo của {r['unit_name']}./.", indent=1)
    signature(doc, r["signer"][0], r["signer"][1], ["Nơi nhận:", "- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, " + r["number"].split("-")[-1] + "."])
    doc.save(path)

# ---------------- H4 : "6 rõ" ----------------
LABELS = [("Rõ việc", "viec"), ("Rõ người", "nguoi"), ("Rõ trách nhiệm", "trachnhiem"),
          ("Rõ thời gian", "thoigian"), ("Rõ thẩm quyền", "thamquyen"), ("Rõ sản phẩm", "sanpham")]
def render_h4(r, path):
    doc = base_doc(size=13)
    header_block(doc, r["parent"].split("\n") + [r["org"], f"Số: {r['number']}"],
                 [False] * len(r["parent"].split("\n")) + [True, False],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", vdate(r["date"], r["place"])],
                 [True, True, False, False], [False, False, False, True], widths=(7, 9))
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", size=14, space_after=0)
    para(doc, r["title"], bold=True, align="c")
    para(doc, f"Kính gửi: {r['to']}.", align="c")
    para(doc, f"Thực hiện yêu cầu “6 rõ” (rõ người, rõ việc, rõ trách nhiệm, rõ thời gian, rõ thẩm quyền, rõ sản phẩm) trong phân công, theo dõi nhiệm vụ, {r['unit_name']} báo cáo kết quả thực hiện các nhiệm vụ được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:", align="j", indent=1)
    para(doc, "I. KẾT QUẢ THỰC HIỆN THEO TỪNG NHIỆM VỤ", bold=True)
    for i, t in enumerate(r["tasks"], 1):
        p = para(doc, "", space_after=2)
        a = p.add_run(f"Nhiệm vụ {i}: "); a.bold = True
        b = p.add_run(t["head"]); b.bold = True; b.italic = True
        tb = doc.add_table(rows=6, cols=2); tb.style = "Table Grid"
        for j, (lab, key) in enumerate(LABELS):
            c0, c1 = tb.rows[j].cells
            c0.width = Cm(3.6); c1.width = Cm(12.4)
            c0.paragraphs[0].text = ""; rr = c0.paragraphs[0].add_run(lab); rr.bold = True; rr.font.size = Pt(12)
            c1.paragraphs[0].text = ""; rr = c1.paragraphs[0].add_run(t[key]); rr.font.size = Pt(12)
        para(doc, "", space_after=2)
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for x in r["diffs"]:
        para(doc, "- " + x, align="j", indent=1)
    para(doc, "III. KIẾN NGHỊ", bold=True)
    for x in r["props"]:
        para(doc, "- " + x, align="j", indent=1)
    signature(doc, r["signer"][0], r["signer"][1], ["Nơi nhận:", "- Như trên;", "- Lãnh đạo Sở (để b/c);", "- Lưu: VT."])
    doc.save(path)

# ---------------- H3 : Đảng ủy ----------------
def render_h3(r, path):
    doc = base_doc(size=14)
    d, m, y = dparts(r["date"])
    t = header_block(doc, ["ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", r["party"], "*", f"Số {r['number']}"],
                     [False, True, False, False],
                     ["ĐẢNG CỘNG SẢN VIỆT NAM", "", f"{r['short']}, ngày {d} tháng {m} năm {y}"],
                     [True, False, False], [False, False, True], widths=(7.5, 8.5), size=13)
    # underline the party name on the right
    t.rows[0].cells[1].paragraphs[0].runs[0].underline = True
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", size=15, space_after=0)
    para(doc, "kết quả lãnh đạo thực hiện Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư", bold=True, align="c", space_after=0)
    para(doc, "về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026", bold=True, align="c", space_after=0)
    para(doc, "-----", align="c")
    para(doc, f"Thực hiện đề nghị của Sở Khoa học và Công nghệ về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Ban Thường vụ Đảng ủy {r['kind']} {r['short']} báo cáo như sau:", align="j", indent=1)
    para(doc, "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, QUÁN TRIỆT", bold=True)
    for x in r["lead"]:
        para(doc, x, align="j", indent=1)
    para(doc, "II. KẾT QUẢ THỰC HIỆN", bold=True)
    for i, tk in enumerate(r["tasks"], 1):
        para(doc, f"{i}. {tk['sub']}", bold=True, italic=True, indent=1)
        for x in tk["paras"]:
            para(doc, x, align="j", indent=1)
    para(doc, "III. ĐÁNH GIÁ CHUNG", bold=True)
    p = para(doc, "", indent=1); a = p.add_run("1. Ưu điểm: "); a.bold = True; a.italic = True; p.add_run(r["good"])
    p = para(doc, "", indent=1); a = p.add_run("2. Hạn chế, khó khăn:"); a.bold = True; a.italic = True
    for x in r["diffs"]:
        para(doc, "- " + x, align="j", indent=1)
    para(doc, "IV. KIẾN NGHỊ, ĐỀ XUẤT", bold=True)
    for x in r["props"]:
        para(doc, "- " + x, align="j", indent=1)
    signature(doc, r["signer"][0], r["signer"][1], ["Nơi nhận:", "- Ban Thường vụ Thành ủy (để b/c),", "- Sở Khoa học và Công nghệ (để phối hợp),", "- Các đồng chí Ủy viên Ban Chấp hành,", "- Lưu Văn phòng Đảng ủy."])
    doc.save(path)

# ---------------- H2 : XLSX, identity only in print header/footer ----------------
H2MAP = {"Đã xong": "completed", "Còn dở dang": "in_progress", "Chưa bắt đầu": "not_started", "Không có việc": "not_applicable"}
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
def render_h2(r, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "BC CT38"
    d, m, y = dparts(r["date"])
    ws.oddHeader.left.text = f"{r['unit_name']}\nSố: {r['number']}"; ws.oddHeader.left.size = 9
    ws.oddHeader.center.text = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026"; ws.oddHeader.center.font = "Times New Roman,Bold"
    ws.oddHeader.right.text = f"Ngày {d:02d}/{m:02d}/{y}"
    ws.oddFooter.left.text = f"Người lập: {r['maker']}"
    ws.oddFooter.right.text = "Trang &P/&N"
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
    ws.print_title_rows = "1:1"
    hdr = ["STT", "Nội dung công việc", "Chỉ tiêu / sản phẩm", "Số lượng", "ĐVT", "Tình trạng", "Minh chứng", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=1, column=j, value=h); c.font = Font(bold=True); c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); c.border = BOX
    for col, w in zip("ABCDEFGH", (5, 48, 38, 12, 10, 14, 14, 18)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    row = 2
    for i, (task, st, label, subs, link) in enumerate(r["rows"], 1):
        ws.cell(row=row, column=1, value=i)
        ws.cell(row=row, column=2, value=label).font = Font(bold=True)
        ws.cell(row=row, column=6, value=st)
        if link:
            c = ws.cell(row=row, column=7, value="Xem tài liệu"); c.hyperlink = link; c.font = Font(color="0563C1", underline="single")
        for j in range(1, 9): ws.cell(row=row, column=j).border = BOX
        row += 1
        for desc, qty, unit in subs:
            ws.cell(row=row, column=3, value="- " + desc)
            c = ws.cell(row=row, column=4, value=qty); c.number_format = "#,##0"
            ws.cell(row=row, column=5, value=unit)
            for j in range(1, 9): ws.cell(row=row, column=j).border = BOX
            row += 1
    row += 1
    ws.cell(row=row, column=2, value="Khó khăn, vướng mắc:").font = Font(bold=True, italic=True); row += 1
    for x in r["diffs"]:
        ws.cell(row=row, column=2, value="- " + x).alignment = Alignment(wrap_text=True); row += 1
    ws.cell(row=row, column=2, value="Kiến nghị, đề xuất:").font = Font(bold=True, italic=True); row += 1
    for x in r["props"]:
        ws.cell(row=row, column=2, value="- " + x).alignment = Alignment(wrap_text=True); row += 1
    for rr in ws.iter_rows(min_row=2, max_row=row):
        for c in rr:
            if c.column in (2, 3): c.alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(path)

# ---------------- H5 : XLSX with boolean checkbox columns ----------------
def render_h5(r, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Tong hop"
    d, m, y = dparts(r["date"])
    for col, w in zip("ABCDEF", (6, 46, 13, 15, 52, 28)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:B2"); c = ws["A1"]; c.value = r["parent"].replace("\n", " ") + "\n" + r["org"]
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); c.font = Font(bold=True, size=11)
    ws.merge_cells("C1:F1"); ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["C1"].font = Font(bold=True); ws["C1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("C2:F2"); ws["C2"] = "Độc lập - Tự do - Hạnh phúc"; ws["C2"].font = Font(bold=True); ws["C2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A3:B3"); ws["A3"] = f"Số: {r['number']}"; ws["A3"].alignment = Alignment(horizontal="center")
    ws.merge_cells("C3:F3"); ws["C3"] = vdate(r["date"], "Thành phố Hồ Chí Minh"); ws["C3"].font = Font(italic=True); ws["C3"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A5:F5")
    ws["A5"] = r.get("title", "BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026")
    ws["A5"].font = Font(bold=True, size=13); ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[5].height = 32
    hdr = ["STT", "Nội dung nhiệm vụ", "Có phát sinh?", "Đã hoàn thành?", "Kết quả chính", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=j, value=h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    row = 8
    for i, (task, ps, ht, label, kq, gc, st, ind) in enumerate(r["rows"], 1):
        vals = [i, label, ps, ht, kq or None, gc or None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=row, column=j, value=v); c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if j in (1, 3, 4) else "left")
        row += 1
    ws.freeze_panes = "C8"
    row += 1
    ws.cell(row=row, column=2, value="Khó khăn, vướng mắc:").font = Font(bold=True); row += 1
    for x in r["diffs"]:
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
        ws.cell(row=row, column=2, value="- " + x); row += 1
    ws.cell(row=row, column=2, value="Đề xuất, kiến nghị:").font = Font(bold=True); row += 1
    for x in r["props"]:
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
        ws.cell(row=row, column=2, value="- " + x); row += 1
    row += 1
    ws.cell(row=row, column=5, value="THỦ TRƯỞNG ĐƠN VỊ").font = Font(bold=True)
    ws.cell(row=row + 4, column=5, value="(đã ký)").font = Font(italic=True)
    wb.save(path)

def libre_resave(path):
    ext = path.rsplit(".", 1)[1]
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "in." + ext); shutil.copy(path, src)
        outd = os.path.join(td, "out"); os.makedirs(outd)
        subprocess.run(["libreoffice", "--headless", f"-env:UserInstallation=file://{td}/prof", "--convert-to", ext, "--outdir", outd, src],
                       check=True, capture_output=True, timeout=180)
        shutil.copy(os.path.join(outd, "in." + ext), path)

def key_for(r, path):
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    entries = []
    if not r.get("rejected"):
        if r["hand"] in ("H1", "H3", "H4"):
            for t in r["tasks"]:
                if r["hand"] == "H4":
                    text = " ".join(f"{lab}: {t[k]}" for lab, k in LABELS)
                else:
                    text = " ".join(t["paras"] + ([t["after"]] if t.get("after") else []))
                entries.append(dict(task=t["task"], status=t["status"], indicators=t["ind"], text=text))
        elif r["hand"] == "H2":
            for task, st, label, subs, link in r["rows"]:
                text = label + "; " + "; ".join(f"{d_}: {q} {u}" for d_, q, u in subs) + f" – {st}"
                entries.append(dict(task=task, status=H2MAP[st], indicators=r["keymap"][task], text=text))
        elif r["hand"] == "H5":
            for task, ps, ht, label, kq, gc, st, ind in r["rows"]:
                text = f"{label} | phát sinh: {ps} | hoàn thành: {ht} | {kq} | {gc}"
                entries.append(dict(task=task, status=st, indicators=ind, text=text))
    return {
        "file": os.path.basename(path), "sha256": sha,
        "status": "rejected" if r.get("rejected") else "extracted",
        "reason": r.get("rejected"),
        "unit": {"id": r["unit_id"], "name": r["unit_name"]},
        "document": {"number": r["number"], "date": r["date"]},
        "entries": entries, "findings": [],
        "difficulties": [] if r.get("rejected") else r["diffs"],
        "proposals": [] if r.get("rejected") else r["props"],
    }

if __name__ == "__main__":
    render = {"H1": render_h1, "H2": render_h2, "H3": render_h3, "H4": render_h4, "H5": render_h5}
    for r in R:
        fn = unicodedata.normalize("NFC", r["file"])
        path = os.path.join(OUT, fn)
        render[r["hand"]](r, path)
        if r.get("libre"):
            libre_resave(path)
        k = key_for(r, path)
        with open(os.path.join(TRUTH, fn + ".json"), "w", encoding="utf-8") as f:
            json.dump(k, f, ensure_ascii=False, indent=2)
        print(r["hand"], fn, k["status"], len(k["entries"]))
