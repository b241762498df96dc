# -*- coding: utf-8 -*-
"""Generator for set46: 17 progress reports in 5 hands + answer keys.
Run: python3 gen.py   (writes files into this folder and keys into truth/)"""
import hashlib, json, os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

KH = "Kế hoạch số 102/KH-SKHCN ngày 20 tháng 01 năm 2026 của Sở Khoa học và Công nghệ"

# ---------------------------------------------------------------- helpers
def vn_date_words(iso):
    y, m, d = iso.split("-")
    return f"ngày {d} tháng {m} năm {y}"


def item(task, status, ind, title, lines, word, note=None):
    return dict(task=task, status=status, ind=ind, title=title, lines=lines, word=word)


def key_for(r, fname):
    path = os.path.join(OUT, fname)
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    entries = []
    if not r.get("rejected"):
        merged = {}
        order = []
        for it in r["items"]:
            t = it["task"]
            txt = (it["title"] + ": " + " ".join(it["lines"])).strip()
            if t not in merged:
                merged[t] = dict(task=t, status=it["status"], indicators={}, text=txt)
                order.append(t)
            else:
                e = merged[t]
                assert e["status"] == it["status"], (fname, t)
                e["text"] += " " + txt
            for k, v in it["ind"].items():
                merged[t]["indicators"][k] = merged[t]["indicators"].get(k, 0) + v
        entries = [merged[t] for t in order]
    k = {
        "file": fname,
        "sha256": sha,
        "status": "rejected" if r.get("rejected") else "extracted",
        "reason": r.get("reason"),
        "unit": {"id": r["unit_id"], "name": r["unit_name"]},
        "document": {"number": r["number"], "date": r["date"]},
        "entries": entries,
        "findings": [],
        "difficulties": [] if r.get("rejected") else r["diff"],
        "proposals": [] if r.get("rejected") else r["prop"],
    }
    json.dump(k, open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8"),
              ensure_ascii=False, indent=2)


def lo_resave(path, fmt):
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", tmp, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(tmp, os.path.basename(path))
    shutil.move(out, path)
    shutil.rmtree(tmp, ignore_errors=True)


def set_font(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is None:
        from docx.oxml import OxmlElement
        rf = OxmlElement('w:rFonts'); rpr.append(rf)
    from docx.oxml.ns import qn
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), name)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)


def para(doc, text="", bold=False, italic=False, align=None, indent=True, size=None, underline=False):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent and align in (None, "j"):
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    return p


def header_table(doc, left_lines, right_lines, bold_left_from=1):
    t = doc.add_table(rows=1, cols=2)
    t.autofit = True
    for ci, lines in enumerate((left_lines, right_lines)):
        cell = t.rows[0].cells[ci]
        cell.paragraphs[0].text = ""
        for i, (txt, b, it) in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt); r.bold = b; r.italic = it; r.font.size = Pt(12 if ci == 0 else 12)
    return t


# ================================================================ HAND 1 (Duyên)
# Ward VP officer: "Nội dung n:" bold items (ward's own sequence), "- Kết quả:" with "+" lines,
# closing "- Đánh giá: …" line; header in a borderless 2-col table.
def render_h1(r, fname):
    doc = Document(); set_font(doc, size=13)
    up = r["unit_name"].upper()
    d = r["date"].split("-")
    header_table(doc,
        [("ỦY BAN NHÂN DÂN", False, False), (up, True, False), ("", False, False), ("Số: " + r["number"], False, False)],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
         ("", False, False), (f"{r['place']}, ngày {d[2]} tháng {d[1]} năm {d[0]}", False, True)])
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", indent=False, size=14)
    para(doc, r["title"], bold=True, align="c", indent=False)
    para(doc, "_______________", align="c", indent=False)
    para(doc, r["intro"], align="j")
    para(doc, r.get("sec1", "I. KẾT QUẢ THỰC HIỆN"), bold=True, indent=False)
    for i, it in enumerate(r["items"], 1):
        para(doc, f"Nội dung {i}: {it['title']}", bold=True, align="j")
        para(doc, "- Kết quả:", align="j")
        for ln in it["lines"]:
            para(doc, "+ " + ln, align="j")
        para(doc, "- Đánh giá: " + it["word"], align="j")
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    if r["diff"]:
        for x in r["diff"]: para(doc, "- " + x, align="j")
    else:
        para(doc, "- Không có.", align="j")
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for x in r["prop"]: para(doc, "- " + x, align="j")
    para(doc, r.get("closing", "Trên đây là báo cáo của Ủy ban nhân dân " + r["unit_name"][0].lower() + r["unit_name"][1:] + "./."), align="j")
    t = doc.add_table(rows=1, cols=2)
    c0 = t.rows[0].cells[0]; c0.paragraphs[0].add_run("Nơi nhận:").bold = True
    for n in r["noinhan"]:
        p = c0.add_paragraph(); rr = p.add_run(n); rr.font.size = Pt(11)
    c1 = t.rows[0].cells[1]
    for i, (txt, b) in enumerate([("TM. ỦY BAN NHÂN DÂN", True), ("KT. CHỦ TỊCH", True), ("PHÓ CHỦ TỊCH", True),
                                   ("", False), ("", False), ("", False), (r["signer"], True)]):
        p = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run(txt).bold = b
    doc.save(os.path.join(OUT, fname))


# ================================================================ HAND 2 (Phúc)
# Ward/commune economic officer, XLSX: merged header block, table STT | Nội dung công việc |
# Kết quả thực hiện | Đánh giá tiến độ | Ghi chú with Roman group rows, statuses "Đã thực hiện /
# Đang thực hiện / Chưa thực hiện / Chưa phát sinh", money "3.000.000 đ", difficulties and
# proposals as Roman groups III/IV in the same table, signature block in the sheet, print titles.
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
TNR = "Times New Roman"


def render_h2(r, fname):
    wb = Workbook(); ws = wb.active; ws.title = r.get("sheet", "BC")
    widths = {"A": 6, "B": 44, "C": 46, "D": 17, "E": 18}
    for k, v in widths.items(): ws.column_dimensions[k].width = v
    f = lambda b=False, i=False, s=12: Font(name=TNR, bold=b, italic=i, size=s)
    C = Alignment(horizontal="center", vertical="center", wrap_text=True)
    L = Alignment(horizontal="left", vertical="top", wrap_text=True)
    ws.merge_cells("A1:B1"); ws["A1"] = "UBND " + r["unit_name"].upper().replace("PHƯỜNG", "PHƯỜNG")
    ws.merge_cells("C1:E1"); ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws.merge_cells("A2:B2"); ws["A2"] = "Số: " + r["number"]
    ws.merge_cells("C2:E2"); ws["C2"] = "Độc lập - Tự do - Hạnh phúc"
    d = r["date"].split("-")
    ws.merge_cells("C3:E3"); ws["C3"] = f"{r['place']}, ngày {d[2]} tháng {d[1]} năm {d[0]}"
    for c in ("A1", "C1", "C2"): ws[c].font = f(True); ws[c].alignment = C
    ws["A2"].font = f(); ws["A2"].alignment = C
    ws["C3"].font = f(i=True); ws["C3"].alignment = C
    ws.merge_cells("A4:E4"); ws["A4"] = r["title"]; ws["A4"].font = f(True, s=13); ws["A4"].alignment = C
    ws.row_dimensions[4].height = 48
    ws.merge_cells("A5:E5"); ws["A5"] = r.get("sub", f"(Kèm theo báo cáo thực hiện {KH})")
    ws["A5"].font = f(i=True, s=11); ws["A5"].alignment = C
    hdr = ["STT", "Nội dung công việc", "Kết quả thực hiện", "Đánh giá tiến độ", "Ghi chú"]
    row = 6
    for ci, h in enumerate(hdr, 1):
        c = ws.cell(row=row, column=ci, value=h); c.font = f(True); c.alignment = C; c.border = BOX
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    ws.print_title_rows = "6:6"; ws.freeze_panes = "A7"
    gfill = PatternFill("solid", fgColor="F2F2F2")
    n = 0
    for g in r["groups"]:
        row += 1
        ws.cell(row=row, column=1, value=g["roman"]); ws.cell(row=row, column=2, value=g["name"])
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=5)
        for ci in range(1, 6):
            c = ws.cell(row=row, column=ci); c.font = f(True); c.border = BOX; c.fill = gfill
            c.alignment = C if ci == 1 else L
        for it in g.get("items", []):
            n += 1; row += 1
            vals = [n, it["title"], "\n".join(it["lines"]), it["word"], it.get("note", "")]
            for ci, v in enumerate(vals, 1):
                c = ws.cell(row=row, column=ci, value=v); c.font = f(); c.border = BOX
                c.alignment = C if ci in (1, 4) else L
        for j, txt in enumerate(g.get("texts", []), 1):
            row += 1
            ws.cell(row=row, column=1, value=j)
            ws.cell(row=row, column=2, value=txt)
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=5)
            ws.row_dimensions[row].height = 33
            for ci in range(1, 6):
                c = ws.cell(row=row, column=ci); c.font = f(); c.border = BOX
                c.alignment = C if ci == 1 else L
    row += 2
    ws.cell(row=row, column=2, value="NGƯỜI LẬP BIỂU").font = f(True)
    ws.cell(row=row, column=2).alignment = C
    ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=5)
    ws.cell(row=row, column=3, value="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH").font = f(True)
    ws.cell(row=row, column=3).alignment = C
    ws.row_dimensions[row].height = 32
    row += 4
    ws.cell(row=row, column=2, value=r["maker"]).font = f(True); ws.cell(row=row, column=2).alignment = C
    ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=5)
    ws.cell(row=row, column=3, value=r["signer"]).font = f(True); ws.cell(row=row, column=3).alignment = C
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1; ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
    wb.save(os.path.join(OUT, fname))


# ================================================================ HAND 3 (Tâm)
# Department clerk: Nghị định 30 báo cáo; results told as "Một là, … Hai là, …" run-in
# paragraphs under "II."; each paragraph's last sentence "Kết quả: …" carries the status.
NUMS = ["Một là", "Hai là", "Ba là", "Bốn là", "Năm là", "Sáu là", "Bảy là"]


def render_h3(r, fname):
    doc = Document(); set_font(doc, size=14)
    d = r["date"].split("-")
    header_table(doc,
        [("ỦY BAN NHÂN DÂN", False, False), ("THÀNH PHỐ HỒ CHÍ MINH", False, False), (r["unit_name"].upper(), True, False),
         ("", False, False), ("Số: " + r["number"], False, False)],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
         ("", False, False), (f"Thành phố Hồ Chí Minh, ngày {d[2]} tháng {d[1]} năm {d[0]}", False, True)])
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", indent=False)
    para(doc, r["title"], bold=True, align="c", indent=False)
    para(doc, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align="c", indent=False)
    para(doc, r["intro"], align="j")
    para(doc, "I. TÌNH HÌNH TRIỂN KHAI", bold=True, indent=False)
    for x in r["trienkhai"]: para(doc, x, align="j")
    para(doc, "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO", bold=True, indent=False)
    for i, it in enumerate(r["items"]):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1); p.paragraph_format.space_after = Pt(4)
        rr = p.add_run(NUMS[i] + ", " + it["title"] + ". "); rr.bold = True; rr.italic = True
        p.add_run(" ".join(it["lines"]) + " Kết quả: " + it["word"])
    para(doc, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in r["diff"]: para(doc, "- " + x, align="j")
    para(doc, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for x in r["prop"]: para(doc, "- " + x, align="j")
    para(doc, f"Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của {r['unit_name']}./.", align="j")
    t = doc.add_table(rows=1, cols=2)
    c0 = t.rows[0].cells[0]; rr = c0.paragraphs[0].add_run("Nơi nhận:"); rr.bold = True; rr.italic = True
    for n in r["noinhan"]:
        p = c0.add_paragraph(); x = p.add_run(n); x.font.size = Pt(11)
    c1 = t.rows[0].cells[1]
    for i, (txt, b) in enumerate([("KT. GIÁM ĐỐC", True), ("PHÓ GIÁM ĐỐC", True), ("", False), ("", False), ("", False), (r["signer"], True)]):
        p = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run(txt).bold = b
    doc.save(os.path.join(OUT, fname))


# ================================================================ HAND 4 (Vinh)
# Engineer-style XLSX: TT | Nhiệm vụ | Kết quả thực hiện | Khối lượng KH năm | Đã thực hiện |
# Tỷ lệ (%) | Trạng thái ; Tỷ lệ and Trạng thái are formulas (=IF on the percentage); rows
# without a planned quantity get a typed status. Re-saved through LibreOffice (cached values).
def render_h4(r, fname):
    wb = Workbook(); ws = wb.active; ws.title = "Bao cao"
    for k, v in {"A": 5, "B": 40, "C": 52, "D": 12, "E": 12, "F": 10, "G": 18}.items():
        ws.column_dimensions[k].width = v
    f = lambda b=False, i=False, s=11: Font(name="Arial", bold=b, italic=i, size=s)
    C = Alignment(horizontal="center", vertical="center", wrap_text=True)
    L = Alignment(horizontal="left", vertical="center", wrap_text=True)
    ws["A1"] = r["parent"]; ws["A1"].font = f()
    ws["A2"] = r["unit_head"]; ws["A2"].font = f(True)
    ws["A3"] = "Số: " + r["number"]; ws["A3"].font = f()
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E1"].font = f(True)
    ws["E2"] = "Độc lập - Tự do - Hạnh phúc"; ws["E2"].font = f(True)
    d = r["date"].split("-")
    ws["E3"] = f"{r['place']}, ngày {d[2]} tháng {d[1]} năm {d[0]}"; ws["E3"].font = f(i=True)
    ws.merge_cells("A5:G5"); ws["A5"] = r["title"]; ws["A5"].font = f(True, s=12); ws["A5"].alignment = C
    ws.row_dimensions[5].height = 36
    hdr = ["TT", "Nhiệm vụ", "Kết quả thực hiện", "Khối lượng KH năm", "Đã thực hiện", "Tỷ lệ (%)", "Trạng thái"]
    for ci, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=ci, value=h); c.font = f(True); c.alignment = C; c.border = BOX
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    row = 7
    for i, it in enumerate(r["items"], 1):
        row += 1
        ws.cell(row=row, column=1, value=i)
        ws.cell(row=row, column=2, value=it["title"])
        ws.cell(row=row, column=3, value="; ".join(it["lines"]))
        if it.get("plan") is not None:
            ws.cell(row=row, column=4, value=it["plan"]); ws.cell(row=row, column=5, value=it["done"])
            ws.cell(row=row, column=6, value=f'=IF(D{row}="","",ROUND(E{row}/D{row}*100,1))')
            ws.cell(row=row, column=7, value=f'=IF(F{row}="","",IF(F{row}>=100,"Hoàn thành",IF(F{row}>0,"Đang thực hiện","Chưa thực hiện")))')
        else:
            ws.cell(row=row, column=7, value=it["word"])
        for ci in range(1, 8):
            c = ws.cell(row=row, column=ci); c.font = f(); c.border = BOX
            c.alignment = L if ci in (2, 3) else C
    row += 2
    ws.cell(row=row, column=1, value="KHÓ KHĂN, VƯỚNG MẮC").font = f(True)
    for x in r["diff"]:
        row += 1; ws.cell(row=row, column=2, value="- " + x)
    row += 1
    ws.cell(row=row, column=1, value="ĐỀ XUẤT").font = f(True)
    for x in r["prop"]:
        row += 1; ws.cell(row=row, column=2, value="- " + x)
    row += 2
    ws.cell(row=row, column=2, value="Người lập").font = f(True)
    ws.cell(row=row, column=6, value=r["sign_title"]).font = f(True)
    row += 4
    ws.cell(row=row, column=2, value=r["maker"]).font = f(True)
    ws.cell(row=row, column=6, value=r["signer"]).font = f(True)
    p = os.path.join(OUT, fname)
    wb.save(p)
    lo_resave(p, "xlsx")


# ================================================================ HAND 5 (Bảy)
# Older commune officer: short report, numeric date, "1. Kết quả:" with one line per job
# "• <việc>: <trạng thái> – <số liệu>." ; statuses colloquial (xong / đang làm / chưa làm /
# không phát sinh); then "2. Khó khăn:" and "3. Đề xuất:" with the same bullets.
def render_h5(r, fname):
    doc = Document(); set_font(doc, size=13)
    up = r["unit_name"].upper()
    header_table(doc,
        [("UBND " + up, True, False), ("Số: " + r["number"], False, False)],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
         (f"{r['place']}, ngày {r['date_written']}", False, True)])
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", indent=False)
    para(doc, r["title"], bold=True, align="c", indent=False)
    para(doc, r["intro"], align="j")
    para(doc, "1. Kết quả:", bold=True, indent=False)
    for it in r["items"]:
        tail = (" – " + "; ".join(it["lines"])) if it["lines"] else ""
        para(doc, "• " + it["title"] + ": " + it["word"] + tail + ".", indent=False)
    para(doc, "2. Khó khăn:", bold=True, indent=False)
    for x in r["diff"]: para(doc, "• " + x, indent=False)
    para(doc, "3. Đề xuất:", bold=True, indent=False)
    for x in r["prop"]: para(doc, "• " + x, indent=False)
    para(doc, "UBND " + r["short"] + " báo cáo./.", indent=False)
    para(doc, "Nơi nhận: " + "; ".join(r["noinhan"]) + ".", italic=True, indent=False, size=11)
    para(doc, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", bold=True, align="r", indent=False)
    para(doc, "\n\n" + r["signer"], bold=True, align="r", indent=False)
    doc.save(os.path.join(OUT, fname))


RENDER = {"h1": render_h1, "h2": render_h2, "h3": render_h3, "h4": render_h4, "h5": render_h5}

if __name__ == "__main__":
    from content import REPORTS
    for fname, r in REPORTS:
        RENDER[r["hand"]](r, fname)
        if r.get("lo_docx"):
            lo_resave(os.path.join(OUT, fname), "docx")
        if r["hand"] == "h2":
            # flatten the grouped items for the key
            r["items"] = [it for g in r["groups"] for it in g.get("items", [])]
        key_for(r, fname)
        print("wrote", fname)
