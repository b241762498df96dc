# -*- coding: utf-8 -*-
"""Generator for set 44. Builds the files in five hands and writes the keys."""
import hashlib, json, os, shutil, subprocess, tempfile, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.styles import Font, Alignment, Border, Side
from content import REPORTS

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, "truth")
RESAVE = {"xa-chau-duc-bc-ct38.docx", "tan-khanh-bieu-ct38.xlsx"}


def vn_date(iso, place):
    y, m, d = iso.split("-")
    return f"{place}, ngày {d} tháng {m} năm {y}"


def num_date(iso, place):
    y, m, d = iso.split("-")
    return f"{place}, {d}/{m}/{y}"


# ------------------------------------------------------------------ Word helpers
def base_doc(font="Times New Roman", size=13):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    return doc


def para(doc_or_cell, text="", bold=False, italic=False, align=None, size=None, indent=None, space_after=4):
    p = doc_or_cell.add_paragraph()
    if text:
        lines = text.split("\n")
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
            if i < len(lines) - 1:
                r.add_break()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement(f"w:{e}")
        x.set(qn("w:val"), "nil")
        b.append(x)
    tblPr.append(b)


def header_table(doc, r, date_text, size=12):
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    c = t.cell(0, 0)
    c.paragraphs[0].text = ""
    p = c.paragraphs[0]
    run = p.add_run(r["org_up"]); run.font.size = Pt(size)
    run.add_break()
    run2 = p.add_run(r["org"]); run2.bold = True; run2.font.size = Pt(size)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = t.cell(0, 1)
    p = c.paragraphs[0]
    run = p.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"); run.bold = True; run.font.size = Pt(size)
    run.add_break()
    run = p.add_run("Độc lập - Tự do - Hạnh phúc"); run.bold = True; run.font.size = Pt(size + 1)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = t.cell(1, 0).paragraphs[0]
    p.add_run("Số: " + r["number"]).font.size = Pt(size)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = t.cell(1, 1).paragraphs[0]
    run = p.add_run(date_text); run.italic = True; run.font.size = Pt(size)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def signature(doc, r, receivers):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    p = t.cell(0, 0).paragraphs[0]
    run = p.add_run("Nơi nhận:"); run.bold = True; run.italic = True; run.font.size = Pt(11)
    for x in receivers:
        run = p.add_run(); run.add_break(); r2 = p.add_run(x); r2.font.size = Pt(10)
    p = t.cell(0, 1).paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, ln in enumerate(r["signer"][0].split("\n")):
        run = p.add_run(ln); run.bold = True
        run.add_break()
    for _ in range(3):
        p.add_run().add_break()
    p.add_run(r["signer"][1]).bold = True


# ------------------------------------------------------------------ hands
def h1(r, path):
    """Thu Hà: own lettered sections A./B./C., tasks '1)' numbered on through the sections,
    each task closed by a centred italic line '— status —'; money '246.500.000đ'."""
    doc = base_doc()
    header_table(doc, r, vn_date(r["date"], r["place"]))
    para(doc)
    para(doc, r["title"], bold=True, align="c")
    for x in r["intro"]:
        para(doc, x, align="j", indent=1)
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    n = 0
    keyed = []
    for sec_title, entries in r["sections"]:
        para(doc, sec_title, bold=True)
        for e in entries:
            n += 1
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Cm(1)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            a = p.add_run(f"{n}) {e['title']}"); a.bold = True
            p.add_run(" " + e["body"])
            if e["sw"]:
                para(doc, f"— {e['sw']} —", italic=True, align="c")
            e["text"] = f"{e['title']} {e['body']}"
            keyed.append(e)
    para(doc, "II. " + r["diff_head"].split(". ", 1)[1] + " VÀ KIẾN NGHỊ", bold=True)
    para(doc, r["diff_head"], bold=True)
    for i, x in enumerate(r["difficulties"], 1):
        para(doc, f"{i}) {x}", align="j", indent=1)
    para(doc, r["prop_head"], bold=True)
    for i, x in enumerate(r["proposals"], 1):
        para(doc, f"{i}) {x}", align="j", indent=1)
    para(doc, "Trên đây là báo cáo kết quả thực hiện, kính báo cáo./.", align="j", indent=1)
    signature(doc, r, ["- Như trên;", "- Lưu: VT, TH."])
    doc.save(path)
    return keyed


def h3(r, path):
    """Ngọc Trâm (ward): each task a paragraph opened by a bold time phrase, figures zero-padded in
    running text, closed by a 'Nhìn chung, nội dung này …' verdict sentence; no task headings."""
    doc = base_doc(size=14)
    header_table(doc, r, vn_date(r["date"], r["place"]), size=13)
    para(doc)
    para(doc, r["title"], bold=True, align="c")
    for x in r["intro"]:
        para(doc, x, align="j", indent=1.27)
    para(doc, "I. TÌNH HÌNH CHUNG", bold=True)
    para(doc, "Trên địa bàn hiện có nhiều chợ truyền thống, cửa hàng xăng dầu và hộ kinh doanh cá thể; công tác "
              "quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng được lãnh đạo quan tâm chỉ đạo." if not r.get("rejected")
         else "Năm 2026 tình hình thời tiết diễn biến phức tạp, mưa lớn tập trung vào các tháng 6 đến tháng 9.",
         align="j", indent=1.27)
    para(doc, "II. KẾT QUẢ THỰC HIỆN", bold=True)
    keyed = []
    for e in r["entries"]:
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Cm(1.27)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        a = p.add_run(e["title"]); a.bold = True
        tail = ""
        if e["sw"]:
            tail = f" Nhìn chung, nội dung này {e['sw']}."
        p.add_run(" " + e["body"] + tail)
        e["text"] = f"{e['title']} {e['body']}{tail}"
        if e["task"]:
            keyed.append(e)
    para(doc, r["diff_head"], bold=True)
    for x in r["difficulties"]:
        para(doc, "- " + x, align="j", indent=1.27)
    para(doc, r["prop_head"], bold=True)
    for x in r["proposals"]:
        para(doc, "- " + x, align="j", indent=1.27)
    signature(doc, r, ["- Như trên;", "- TT Đảng ủy, HĐND phường (xã);", "- Lưu: VT, VP."])
    doc.save(path)
    return keyed


def h5(r, path):
    """Thanh Tùng: Arial, numeric date line, each task one '•' bullet 'Title: result; tình trạng: …'."""
    doc = base_doc(font="Arial", size=11)
    header_table(doc, r, num_date(r["date"], r["place"]), size=10)
    para(doc)
    para(doc, r["title"], bold=True, align="c")
    for x in r["intro"]:
        para(doc, x)
    para(doc, "I. KẾT QUẢ", bold=True)
    keyed = []
    for e in r["entries"]:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.6)
        p.add_run("•\t")
        a = p.add_run(e["title"]); a.bold = True
        p.add_run(": " + e["body"] + f"; tình trạng: {e['sw']}.")
        e["text"] = f"{e['title']}: {e['body']}; tình trạng: {e['sw']}."
        if e["task"]:
            keyed.append(e)
    para(doc, "II. " + r["diff_head"], bold=True)
    for x in r["difficulties"]:
        p = para(doc, "•\t" + x); p.paragraph_format.left_indent = Cm(0.6); p.paragraph_format.first_line_indent = Cm(-0.6)
    para(doc, "III. " + r["prop_head"], bold=True)
    for x in r["proposals"]:
        p = para(doc, "•\t" + x); p.paragraph_format.left_indent = Cm(0.6); p.paragraph_format.first_line_indent = Cm(-0.6)
    signature(doc, r, ["- Như trên;", "- Lưu."])
    doc.save(path)
    return keyed


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xl_header(ws, r, width_cols, date_text):
    half = width_cols // 2
    L = lambda c: ws.cell(row=1, column=c).column_letter
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=half)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=half)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=half)
    ws.merge_cells(start_row=1, start_column=half + 1, end_row=1, end_column=width_cols)
    ws.merge_cells(start_row=2, start_column=half + 1, end_row=2, end_column=width_cols)
    ws.merge_cells(start_row=3, start_column=half + 1, end_row=3, end_column=width_cols)
    ws.cell(1, 1, r["org_up"]).alignment = Alignment(horizontal="center")
    c = ws.cell(2, 1, r["org"]); c.font = Font(bold=True); c.alignment = Alignment(horizontal="center", wrap_text=True)
    ws.cell(3, 1, "Số: " + r["number"]).alignment = Alignment(horizontal="center")
    c = ws.cell(1, half + 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"); c.font = Font(bold=True); c.alignment = Alignment(horizontal="center")
    c = ws.cell(2, half + 1, "Độc lập - Tự do - Hạnh phúc"); c.font = Font(bold=True); c.alignment = Alignment(horizontal="center")
    c = ws.cell(3, half + 1, date_text); c.font = Font(italic=True); c.alignment = Alignment(horizontal="center")
    ws.row_dimensions[2].height = 32
    ws.merge_cells(start_row=5, start_column=1, end_row=5, end_column=width_cols)
    c = ws.cell(5, 1, r["title"]); c.font = Font(bold=True, size=12); c.alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[5].height = 30


def h2(r, path):
    """Minh Khoa: one row per FIGURE (Chỉ tiêu | ĐVT | Số lượng | Thuộc nội dung KH), statuses in a second
    block under the figures, difficulties and proposals in an 'Ý KIẾN' block; money in 'triệu đồng'."""
    wb = Workbook()
    ws = wb.active
    ws.title = "So lieu"
    xl_header(ws, r, 6, vn_date(r["date"], r["place"]))
    for col, w in zip("ABCDEF", (6, 52, 12, 12, 44, 18)):
        ws.column_dimensions[col].width = w
    row = 7
    for i, h in enumerate(["STT", "Chỉ tiêu", "ĐVT", "Số lượng", "Thuộc nội dung (KH)", "Ghi chú"], 1):
        c = ws.cell(row, i, h); c.font = Font(bold=True); c.border = BOX; c.alignment = Alignment(horizontal="center", wrap_text=True)
    n = 0
    for e in r["entries"]:
        for (label, dvt, val, iid, kv) in e["figs"]:
            row += 1; n += 1
            vals = [n, label, dvt, val, e["title"], ""]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row, i, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="center")
            ws.cell(row, 4).number_format = "#,##0.0" if isinstance(val, float) else "#,##0"
    row += 2
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
    ws.cell(row, 1, "TÌNH TRẠNG CÁC NỘI DUNG").font = Font(bold=True)
    row += 1
    for i, h in enumerate(["STT", "Nội dung", "Tình trạng"], 1):
        c = ws.cell(row, i if i < 3 else 4, h); c.font = Font(bold=True); c.border = BOX
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
    for k, e in enumerate(r["entries"], 1):
        row += 1
        ws.cell(row, 1, k).border = BOX
        ws.cell(row, 2, e["title"]).border = BOX
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
        ws.cell(row, 4, e["sw"]).border = BOX
        labels = "; ".join(f[0] for f in e["figs"])
        e["text"] = e["title"] + (" — " + labels if labels else "")
    row += 2
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
    ws.cell(row, 1, "Ý KIẾN").font = Font(bold=True)
    row += 1
    ws.cell(row, 2, r["diff_head"]).font = Font(bold=True, italic=True)
    for x in r["difficulties"]:
        row += 1
        ws.cell(row, 2, "- " + x).alignment = Alignment(wrap_text=True)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
        ws.row_dimensions[row].height = 30
    row += 1
    ws.cell(row, 2, r["prop_head"]).font = Font(bold=True, italic=True)
    for x in r["proposals"]:
        row += 1
        ws.cell(row, 2, "- " + x).alignment = Alignment(wrap_text=True)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
        ws.row_dimensions[row].height = 30
    row += 2
    s = r["signer"]
    ws.cell(row, 2, s[0]).font = Font(bold=True)
    c = ws.cell(row, 5, s[2]); c.font = Font(bold=True); c.alignment = Alignment(wrap_text=True, horizontal="center")
    row += 4
    ws.cell(row, 2, s[1]); ws.cell(row, 5, s[3]).alignment = Alignment(horizontal="center")
    wb.save(path)
    return r["entries"]


def h4(r, path):
    """Quốc Bảo: one row per task, figures in generic paired 'SL | ĐV' columns (the unit of measure says what
    the number is), a 'Tiến độ' column in his own words; money either in đồng or in 'triệu đồng'."""
    wb = Workbook()
    ws = wb.active
    ws.title = "BC CT38"
    ncol = 12
    xl_header(ws, r, ncol, vn_date(r["date"], r["place"]))
    widths = (5, 40, 42, 9, 14, 9, 14, 9, 16, 12, 12, 18)
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells(start_row=7, start_column=1, end_row=8, end_column=1)
    ws.merge_cells(start_row=7, start_column=2, end_row=8, end_column=2)
    ws.merge_cells(start_row=7, start_column=3, end_row=8, end_column=3)
    ws.merge_cells(start_row=7, start_column=4, end_row=7, end_column=11)
    ws.merge_cells(start_row=7, start_column=12, end_row=8, end_column=12)
    for col, h in ((1, "TT"), (2, "Nội dung công việc"), (3, "Kết quả thực hiện"), (4, "Số liệu"), (12, "Tiến độ")):
        c = ws.cell(7, col, h); c.font = Font(bold=True); c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for k in range(4):
        ws.cell(8, 4 + 2 * k, "SL").font = Font(bold=True)
        ws.cell(8, 5 + 2 * k, "ĐV").font = Font(bold=True)
    for rr in (7, 8):
        for cc in range(1, ncol + 1):
            ws.cell(rr, cc).border = BOX
    row = 8
    for k, e in enumerate(r["entries"], 1):
        row += 1
        ws.cell(row, 1, k)
        ws.cell(row, 2, e["title"])
        ws.cell(row, 3, e["body"] or None)
        for j, (label, dvt, val, iid, kv) in enumerate(e["figs"]):
            ws.cell(row, 4 + 2 * j, val)
            if isinstance(val, float):
                ws.cell(row, 4 + 2 * j).number_format = "0.0"
            elif val >= 1000:
                ws.cell(row, 4 + 2 * j).number_format = "#,##0"
            ws.cell(row, 5 + 2 * j, dvt)
        ws.cell(row, 12, e["sw"])
        for cc in range(1, ncol + 1):
            ws.cell(row, cc).border = BOX
            ws.cell(row, cc).alignment = Alignment(wrap_text=True, vertical="top")
        e["text"] = e["title"] + (" - " + e["body"] if e["body"] else "")
    row += 2
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
    ws.cell(row, 1, r["diff_head"] + ":").font = Font(bold=True)
    for x in r["difficulties"]:
        row += 1
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        ws.cell(row, 1, "- " + x)
    row += 1
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
    ws.cell(row, 1, r["prop_head"] + ":").font = Font(bold=True)
    for x in r["proposals"]:
        row += 1
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        ws.cell(row, 1, "- " + x)
    row += 2
    s = r["signer"]
    ws.cell(row, 2, s[0]).font = Font(bold=True)
    c = ws.cell(row, 9, s[2]); c.font = Font(bold=True); c.alignment = Alignment(wrap_text=True, horizontal="center")
    ws.merge_cells(start_row=row, start_column=9, end_row=row, end_column=12)
    ws.row_dimensions[row].height = 32
    row += 4
    ws.cell(row, 2, s[1])
    ws.merge_cells(start_row=row, start_column=9, end_row=row, end_column=12)
    ws.cell(row, 9, s[3]).alignment = Alignment(horizontal="center")
    ws.page_setup.orientation = "landscape"
    wb.save(path)
    return r["entries"]


HANDS = {"H1": h1, "H2": h2, "H3": h3, "H4": h4, "H5": h5}


def resave(path):
    ext = path.rsplit(".", 1)[1]
    out = tempfile.mkdtemp()
    prof = tempfile.mkdtemp()
    subprocess.run(["libreoffice", f"-env:UserInstallation=file://{prof}", "--headless",
                    "--convert-to", ext, "--outdir", out, path],
                   check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(out, os.path.basename(path)), path)
    shutil.rmtree(out, ignore_errors=True); shutil.rmtree(prof, ignore_errors=True)


def main():
    os.makedirs(TRUTH, exist_ok=True)
    for r in REPORTS:
        path = os.path.join(HERE, r["file"])
        entries = HANDS[r["hand"]](r, path)
        if r["file"] in RESAVE:
            resave(path)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        rej = bool(r.get("rejected"))
        key = {
            "file": r["file"], "sha256": sha,
            "status": "rejected" if rej else "extracted",
            "reason": r.get("reason") if rej else None,
            "unit": {"id": r["unit"][0], "name": r["unit"][1]},
            "document": {"number": r["number"], "date": r["date"]},
            "entries": [] if rej else [
                {"task": e["task"], "status": e["status"], "indicators": e["ind"],
                 "text": unicodedata.normalize("NFC", e["text"])} for e in entries if e["task"]],
            "findings": [],
            "difficulties": [] if rej else r["difficulties"],
            "proposals": [] if rej else r["proposals"],
        }
        with open(os.path.join(TRUTH, r["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
        print("wrote", r["file"])


if __name__ == "__main__":
    main()
