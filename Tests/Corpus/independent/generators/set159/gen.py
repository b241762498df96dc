# -*- coding: utf-8 -*-
"""Generator for set 159. Builds the reports from data.py, re-saves two through LibreOffice,
then writes truth/<file>.json with the sha256 of the final file."""
import hashlib, json, os, shutil, subprocess, sys, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from data import REPORTS

CENTER = WD_ALIGN_PARAGRAPH.CENTER


def set_font(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)


def para(doc_or_cell, text="", bold=False, italic=False, align=None, size=None, first_indent=None, underline=False):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    if first_indent: p.paragraph_format.first_line_indent = Cm(first_indent)
    p.paragraph_format.space_after = Pt(3)
    return p


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)


def cell_text(cell, lines, bold=False, italic=False, align=CENTER, size=None):
    cell.paragraphs[0].text = ""
    first = True
    for ln, b, it in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(ln); r.bold = b; r.italic = it
        if size: r.font.size = Pt(size)
        p.alignment = align


def header_table(doc, left, right):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.columns[0].width = Cm(6.5); t.columns[1].width = Cm(9.5)
    cell_text(t.cell(0, 0), left, size=12)
    cell_text(t.cell(0, 1), right, size=12)
    return t


def qh(place_date):
    return [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
            ("", False, False), (place_date, False, True)]


def signature(doc, left_lines, right_lines):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    cell_text(t.cell(0, 0), left_lines, align=WD_ALIGN_PARAGRAPH.LEFT, size=11)
    cell_text(t.cell(0, 1), right_lines, size=13)


# ------------------------------------------------------------------ Hand A
def build_A(r, path):
    doc = Document(); set_font(doc, size=14)
    header_table(doc, [("ỦY BAN NHÂN DÂN", True, False), (r["upper"].replace("UBND ", ""), True, False), ("", False, False),
                       ("Số: " + r["number"], False, False)], qh(r["place_date"]))
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align=CENTER)
    para(doc, r["title"], bold=True, align=CENTER)
    para(doc, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh", align=CENTER)
    para(doc, "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", bold=True)
    for c in r["chidao"]:
        para(doc, c, first_indent=1)
    para(doc, "II. KẾT QUẢ THỰC HIỆN", bold=True)
    for it in r["items"]:
        num, name, body, st = it["num"], it["name"], it["body"], it["st"]
        tail = (" " + st) if st else ""
        if num.endswith(".") or num[0].isdigit():
            # manual heading: bold only when she remembered (numbers ending with '.')
            para(doc, f"{num} {name}", bold=num.endswith("."))
            para(doc, body + tail, first_indent=1)
        else:
            p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
            rr = p.add_run(f"{num} {name}: "); rr.bold = (num != "-")
            p.add_run(body + tail)
        if it.get("table"):
            rows = it["table"]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            widths = [Cm(1.4), Cm(2.0), Cm(5.2), Cm(1.8), Cm(1.6), Cm(3.4)]
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    c = t.cell(i, j); c.width = widths[j]
                    c.paragraphs[0].text = ""
                    run = c.paragraphs[0].add_run(v); run.bold = (i == 0); run.font.size = Pt(12)
            para(doc)
    if r.get("resave"):  # Côn Đảo: one merged section
        para(doc, "III. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT", bold=True)
        para(doc, "* Khó khăn:", italic=True)
        for d in r["diffs"]: para(doc, "- " + d, first_indent=1)
        para(doc, "* Đề xuất:", italic=True)
        for d in r["props"]: para(doc, "- " + d, first_indent=1)
    else:
        para(doc, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
        for d in r["diffs"]: para(doc, "- " + d, first_indent=1)
        para(doc, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
        for d in r["props"]: para(doc, "- " + d, first_indent=1)
    para(doc, "Trên đây là báo cáo của " + r["upper"].replace("UBND", "UBND").title().replace("Ubnd", "UBND") + "./.", first_indent=1)
    signature(doc, [("Nơi nhận:", True, True), ("- Sở KH&CN (Chi cục TĐC);", False, False), ("- TT Đảng ủy, HĐND;", False, False),
                    ("- CT, PCT UBND;", False, False), ("- Lưu: VT, KT.", False, False)],
              [("TM. ỦY BAN NHÂN DÂN", True, False), ("KT. CHỦ TỊCH", True, False), ("PHÓ CHỦ TỊCH", True, False),
               ("", False, False), ("", False, False), ("Nguyễn Văn Lộc", True, False)])
    doc.save(path)


# ------------------------------------------------------------------ Hand C
def build_C(r, path):
    doc = Document(); set_font(doc, size=13)
    header_table(doc, [(r["upper"], False, False), (r["unitline"], True, False), ("", False, False),
                       ("Số: " + r["number"], False, False), (r["vv"], False, False)], qh(r["place_date"]))
    para(doc)
    para(doc, "Kính gửi: Sở Khoa học và Công nghệ.", align=CENTER)
    para(doc, r["intro"], first_indent=1)
    para(doc, "1. Kết quả thực hiện", bold=True)
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    widths = [Cm(1.0), Cm(4.2), Cm(7.6), Cm(2.9)]
    hdr = ["STT", "Nội dung công việc", "Kết quả thực hiện", "Ghi chú"]
    for j, h in enumerate(hdr):
        c = t.cell(0, j); c.width = widths[j]; c.paragraphs[0].text = ""
        rr = c.paragraphs[0].add_run(h); rr.bold = True
    for i, it in enumerate(r["items"], 1):
        row = t.add_row()
        vals = [str(i), it["name"], it["body"], it["st"] or ""]
        for j, v in enumerate(vals):
            row.cells[j].width = widths[j]; row.cells[j].text = v
        if it["st"] is None:
            m = row.cells[2].merge(row.cells[3])
            # keep only the body text
            for p in m.paragraphs[1:]:
                p._element.getparent().remove(p._element)
    para(doc)
    para(doc, "2. Khó khăn, vướng mắc", bold=True)
    for d in r["diffs"]: para(doc, "+ " + d, first_indent=1)
    para(doc, "3. Kiến nghị", bold=True)
    for d in r["props"]: para(doc, "+ " + d, first_indent=1)
    para(doc, f"{r['unit_name']} báo cáo để Sở Khoa học và Công nghệ tổng hợp, báo cáo UBND Thành phố.", first_indent=1)
    para(doc, "Trân trọng./.", first_indent=1)
    signature(doc, [("Nơi nhận:", True, True), ("- Như trên;", False, False), ("- Giám đốc Sở (để b/c);", False, False),
                    ("- Lưu: VT.", False, False)],
              [("KT. GIÁM ĐỐC", True, False), ("PHÓ GIÁM ĐỐC", True, False), ("", False, False), ("", False, False),
               ("Trần Thị Bích Ngọc" if r["unit_id"] == "SO-CT" else "Lê Hoàng Minh", True, False)])
    doc.save(path)


# ------------------------------------------------------------------ Hand E
def build_E(r, path):
    doc = Document(); set_font(doc, size=13)
    header_table(doc, [(r["upper"], False, False), (r["unitline"], True, False), ("", False, False),
                       ("Số: " + r["number"], False, False)], qh(r["place_date"]))
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align=CENTER, size=14)
    para(doc, r["title"], bold=True, align=CENTER)
    para(doc, r["opening"], first_indent=1)
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    for gname, items in r["groups"]:
        para(doc, gname, bold=True)
        for it in items:
            for ln in it["lines"]:
                para(doc, "- " + ln, first_indent=1)
            if it["total"]:
                para(doc, it["total"], first_indent=1)
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for i, d in enumerate(r["diffs"], 1): para(doc, f"{i}. {d}", first_indent=1)
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for i, d in enumerate(r["props"], 1): para(doc, f"{i}. {d}", first_indent=1)
    para(doc, "Trên đây là báo cáo kết quả thực hiện, kính trình Lãnh đạo Sở xem xét./.", first_indent=1)
    boss = {"SKHCN-CCTDC": "CHI CỤC TRƯỞNG", "SKHCN-QLKH": "TRƯỞNG PHÒNG", "SKHCN-VP": "CHÁNH VĂN PHÒNG"}[r["unit_id"]]
    signature(doc, [("Nơi nhận:", True, True), ("- Ban Giám đốc Sở (để b/c);", False, False), ("- Lưu: VT.", False, False)],
              [(boss, True, False), ("", False, False), ("", False, False), ("Phạm Thị Lan", True, False)])
    doc.save(path)


# ------------------------------------------------------------------ Excel helpers
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
WRAPC = Alignment(wrap_text=True, vertical="center", horizontal="center")


def put(ws, ref, v, bold=False, italic=False, al=WRAP, border=True, size=12):
    c = ws[ref]; c.value = v
    c.font = Font(name="Times New Roman", bold=bold, italic=italic, size=size)
    c.alignment = al
    if border: c.border = BOX
    return c


def build_B(r, path):
    wb = Workbook(); ws = wb.active; ws.title = "BC CT38"
    for col, w in zip("ABCDE", (7, 34, 46, 22, 14)): ws.column_dimensions[col].width = w
    ws.merge_cells("A1:B1"); put(ws, "A1", r["upper"], bold=True, al=WRAPC, border=False)
    ws.merge_cells("A2:B2"); put(ws, "A2", "Số: " + r["number"], al=WRAPC, border=False)
    ws.merge_cells("C1:E1"); put(ws, "C1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, al=WRAPC, border=False)
    ws.merge_cells("C2:E2"); put(ws, "C2", "Độc lập - Tự do - Hạnh phúc", bold=True, al=WRAPC, border=False)
    ws.merge_cells("C3:E3"); put(ws, "C3", r["place_date"], italic=True, al=WRAPC, border=False)
    ws.merge_cells("A5:E5"); put(ws, "A5", r["title"], bold=True, al=WRAPC, border=False, size=13)
    ws.row_dimensions[5].height = 36
    row = 7
    for j, h in enumerate(["STT", "Nội dung", "Kết quả thực hiện", "Tình hình thực hiện", "Ghi chú"]):
        put(ws, f"{'ABCDE'[j]}{row}", h, bold=True, al=WRAPC)
    row += 1
    for roman, gname, items in r["groups"]:
        put(ws, f"A{row}", roman, bold=True, al=WRAPC)
        ws.merge_cells(f"B{row}:E{row}"); put(ws, f"B{row}", gname, bold=True)
        for col in "CDE": ws[f"{col}{row}"].border = BOX
        row += 1
        for it in items:
            put(ws, f"A{row}", it["stt"], al=WRAPC)
            put(ws, f"B{row}", it["name"])
            put(ws, f"C{row}", it["body"] or None)
            put(ws, f"D{row}", it["st"])
            put(ws, f"E{row}", None)
            row += 1
    # difficulties / proposals as rows at the bottom, numbering continues from the groups
    nxt = ["I", "II", "III", "IV", "V", "VI"][len(r["groups"])]
    nxt2 = ["I", "II", "III", "IV", "V", "VI"][len(r["groups"]) + 1]
    for roman, label, lst in ((nxt, "Khó khăn, vướng mắc", r["diffs"]), (nxt2, "Đề xuất, kiến nghị", r["props"])):
        put(ws, f"A{row}", roman, bold=True, al=WRAPC)
        ws.merge_cells(f"B{row}:E{row}"); put(ws, f"B{row}", label, bold=True)
        row += 1
        for d in lst:
            put(ws, f"A{row}", "-", al=WRAPC)
            ws.merge_cells(f"B{row}:E{row}"); put(ws, f"B{row}", d)
            ws.row_dimensions[row].height = 32
            row += 1
    row += 1
    put(ws, f"B{row}", "Người lập biểu", bold=True, al=WRAPC, border=False)
    ws.merge_cells(f"C{row}:E{row}"); put(ws, f"C{row}", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", bold=True, al=WRAPC, border=False)
    ws.row_dimensions[row].height = 48
    put(ws, f"B{row+4}", "Hồ Văn Phúc", bold=True, al=WRAPC, border=False)
    wb.save(path)


def build_D(r, path):
    wb = Workbook(); ws = wb.active; ws.title = "Theo doi"
    for col, w in zip("ABCDEFG", (6, 36, 14, 44, 20, 18, 10)): ws.column_dimensions[col].width = w
    ws.merge_cells("A1:C1"); put(ws, "A1", r["upper"], al=WRAPC, border=False)
    ws.merge_cells("A2:C2"); put(ws, "A2", r["unitline"], bold=True, al=WRAPC, border=False)
    ws.row_dimensions[2].height = 32
    ws.merge_cells("A3:C3"); put(ws, "A3", "Số: " + r["number"], al=WRAPC, border=False)
    ws.merge_cells("D1:G1"); put(ws, "D1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, al=WRAPC, border=False)
    ws.merge_cells("D2:G2"); put(ws, "D2", "Độc lập - Tự do - Hạnh phúc", bold=True, al=WRAPC, border=False)
    ws.merge_cells("D3:G3"); put(ws, "D3", r["place_date"], italic=True, al=WRAPC, border=False)
    ws.merge_cells("A5:G5"); put(ws, "A5", r["title"], bold=True, al=WRAPC, border=False, size=13)
    hdr = ["Số TT", "Công việc", "Thời gian thực hiện", "Kết quả (nêu cụ thể số liệu)", "Đánh giá tiến độ", "Cán bộ theo dõi", "Ghi chú"]
    for j, h in enumerate(hdr): put(ws, f"{'ABCDEFG'[j]}7", h, bold=True, al=WRAPC)
    ws.freeze_panes = "A8"
    row = 8
    for i, it in enumerate(r["items"], 1):
        put(ws, f"A{row}", i, al=WRAPC)
        put(ws, f"B{row}", it["name"]); put(ws, f"C{row}", it["time"], al=WRAPC)
        put(ws, f"D{row}", "\n".join(it["res"])); put(ws, f"E{row}", it["st"], al=WRAPC)
        put(ws, f"F{row}", it["who"]); put(ws, f"G{row}", None)
        ws.row_dimensions[row].height = 18 * max(2, len(it["res"]))
        row += 1
    row += 1
    for label, lst in (("Khó khăn, vướng mắc:", r["diffs"]), ("Đề xuất:", r["props"])):
        ws.merge_cells(f"A{row}:G{row}"); put(ws, f"A{row}", label, bold=True, border=False)
        row += 1
        for d in lst:
            ws.merge_cells(f"B{row}:G{row}"); put(ws, f"B{row}", "- " + d, border=False)
            row += 1
    row += 1
    put(ws, f"B{row}", "Người lập bảng", bold=True, al=WRAPC, border=False)
    boss = "GIÁM ĐỐC" if r["unit_id"] == "SKHCN-TTPTTN" else "TRƯỞNG PHÒNG"
    ws.merge_cells(f"D{row}:F{row}"); put(ws, f"D{row}", boss, bold=True, al=WRAPC, border=False)
    put(ws, f"B{row+4}", "Trần Minh Tuấn" if r["unit_id"] != "SKHCN-TTPTTN" else "Phạm Quốc Bảo", al=WRAPC, border=False)
    ws.page_setup.orientation = "landscape"
    wb.save(path)


BUILD = {"A": build_A, "B": build_B, "C": build_C, "D": build_D, "E": build_E}


def resave(path):
    ext = path.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path)
    shutil.rmtree(tmp)


def entry_text(r, it):
    if r["hand"] in ("A", "C"): return it["body"]
    if r["hand"] == "B": return (it["name"] + ". " + it["body"]).strip()
    if r["hand"] == "D": return it["name"] + ": " + "; ".join(x.lstrip("- ") for x in it["res"])
    if r["hand"] == "E": return " ".join(it["lines"] + ([it["total"]] if it["total"] else []))


def all_items(r):
    if "groups" in r and r["hand"] == "B":
        return [it for _, _, items in r["groups"] for it in items]
    if "groups" in r:
        return [it for _, items in r["groups"] for it in items]
    return r["items"]


def main():
    os.makedirs(os.path.join(HERE, "truth"), exist_ok=True)
    for r in REPORTS:
        path = os.path.join(HERE, r["file"])
        BUILD[r["hand"]](r, path)
        if r.get("resave"): resave(path)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        mist = r.get("mistaken", False)
        key = {"file": r["file"], "sha256": sha,
               "status": "rejected" if mist else "extracted",
               "reason": ("Không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW: " + r.get("title", r.get("vv", ""))) if mist else None,
               "unit": {"id": r["unit_id"], "name": r["unit_name"]},
               "document": {"number": r["number"], "date": r["date"]},
               "entries": [] if mist else [
                   {"task": it["task"], "status": it["status"], "indicators": it["ind"], "text": entry_text(r, it)}
                   for it in all_items(r)],
               "findings": [],
               "difficulties": [] if mist else r["diffs"],
               "proposals": [] if mist else r["props"]}
        with open(os.path.join(HERE, "truth", r["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
        print(r["hand"], r["file"], sha[:12])


if __name__ == "__main__":
    main()
