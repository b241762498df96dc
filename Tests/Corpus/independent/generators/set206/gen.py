# -*- coding: utf-8 -*-
"""Generator for set 206. Builds the files and the truth keys from data.py."""
import copy, hashlib, json, os, shutil, subprocess, sys, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from data import REPORTS

QH = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
DL = "Độc lập - Tự do - Hạnh phúc"


def dparts(iso):
    y, m, d = iso.split("-")
    return d, m, y


def date_line(r):
    d, m, y = dparts(r["date"])
    place = r.get("place") or "Thành phố Hồ Chí Minh"
    return f"{place}, ngày {d} tháng {m} năm {y}"


# ---------------------------------------------------------------- docx helpers
def base_doc(font="Times New Roman", size=13):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
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
        x = OxmlElement(f"w:{e}"); x.set(qn("w:val"), "nil"); b.append(x)
    tblPr.append(b)


def cell_lines(cell, lines, bold=False, italic=False, center=True, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(ln)
        run.bold = bold if not isinstance(bold, (list, tuple)) else bold[i]
        run.italic = italic if not isinstance(italic, (list, tuple)) else italic[i]
        if size:
            run.font.size = Pt(size)


def doc_header(doc, r, extra_left=None):
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    head = r["head"].split("\n")
    cell_lines(t.cell(0, 0), head, bold=[i == len(head) - 1 for i in range(len(head))], size=12)
    cell_lines(t.cell(0, 1), [QH, DL], bold=True, size=12)
    left = [f"Số: {r['number']}"] + ([extra_left] if extra_left else [])
    cell_lines(t.cell(1, 0), left, size=12)
    cell_lines(t.cell(1, 1), [date_line(r)], italic=True, size=12)


def para(doc, text, bold=False, italic=False, align=None, size=None, indent=True):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align != "c":
        p.paragraph_format.first_line_indent = Cm(1)
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def signature(doc, r, noi_nhan):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    c0 = t.cell(0, 0)
    cell_lines(c0, ["Nơi nhận:"] + noi_nhan, bold=[True] + [False] * len(noi_nhan),
               italic=[True] + [False] * len(noi_nhan), center=False, size=11)
    title, name = r["signer"]
    lines = title.split("\n") + ["", "(đã ký)", "", name]
    cell_lines(t.cell(0, 1), lines, bold=[l not in ("", "(đã ký)") for l in lines],
               italic=[l == "(đã ký)" for l in lines])


def set_cell_shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


# ---------------------------------------------------------------- Hand A (docx)
STATE_COL = {"completed": 2, "in_progress": 3, "not_started": 4}


def hand_a_docx(r, path):
    doc = base_doc()
    doc_header(doc, r)
    doc.add_paragraph()
    para(doc, "BÁO CÁO", bold=True, align="c")
    d, m, y = dparts(r["date"])
    para(doc, "Tiến độ thực hiện các việc theo Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026", bold=True, align="c")
    para(doc, f"(số liệu tính đến ngày {d}/{m}/{y})", italic=True, align="c")
    kind = "phường" if r["unit"][1].startswith("Phường") else "xã"
    para(doc, f"Căn cứ Kế hoạch của Sở Khoa học và Công nghệ, Ủy ban nhân dân {kind} rà soát các việc được giao và đánh dấu tiến độ từng việc theo bảng dưới đây:", align="j")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    hdr = ["STT", f"Việc {kind} làm", "Đã xong", "Đang làm", "Chưa làm", "Số liệu"]
    for i, h in enumerate(hdr):
        cell_lines(t.rows[0].cells[i], [h], bold=True, size=12)
        set_cell_shade(t.rows[0].cells[i], "D9E2F3")
    for n, (task, st, tick, ind, name, fig) in enumerate(r["rows"], 1):
        cells = t.add_row().cells
        cell_lines(cells[0], [str(n)], size=12)
        cell_lines(cells[1], [name], center=False, size=12)
        for k in (2, 3, 4):
            cell_lines(cells[k], [""], size=12)
        if tick and st in STATE_COL:
            cell_lines(cells[STATE_COL[st]], [tick], size=14)
        cell_lines(cells[5], [fig], center=False, size=12)
    widths = [Cm(1.1), Cm(6.4), Cm(1.7), Cm(1.7), Cm(1.7), Cm(3.6)]
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = w
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    para(doc, "Khó khăn, vướng mắc:", bold=True)
    for x in r["difficulties"]:
        para(doc, "- " + x, align="j")
    para(doc, "Kiến nghị:", bold=True)
    for x in r["proposals"]:
        para(doc, "- " + x, align="j")
    signature(doc, r, ["- Chi cục TĐC (để t/h);", "- TT.ĐU, TT.HĐND;", "- Lưu: VT."])
    doc.save(path)


# ---------------------------------------------------------------- Hand A (xlsx)
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def hand_a_xlsx(r, path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tien do"
    kind = "phường" if r["unit"][1].startswith("Phường") else "xã"
    ws["A1"] = r["head"]; ws["A1"].font = Font(bold=True)
    ws["D1"] = QH; ws["D1"].font = Font(bold=True)
    ws["D2"] = DL
    ws["A2"] = f"Số: {r['number']}"
    ws["D3"] = date_line(r); ws["D3"].font = Font(italic=True)
    ws["A5"] = "BẢNG THEO DÕI TIẾN ĐỘ CÁC VIỆC THEO KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"
    ws["A5"].font = Font(bold=True, size=13)
    ws.merge_cells("A5:F5")
    ws["A5"].alignment = Alignment(horizontal="center")
    hdr = ["STT", f"Việc {kind} làm", "Đã xong", "Đang làm", "Chưa làm", "Số liệu"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=i, value=h)
        c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
    rr = 8
    for n, (task, st, tick, ind, name, fig) in enumerate(r["rows"], 1):
        ws.cell(row=rr, column=1, value=n)
        ws.cell(row=rr, column=2, value=name)
        if tick and st in STATE_COL:
            ws.cell(row=rr, column=STATE_COL[st] + 1, value=tick)
        ws.cell(row=rr, column=6, value=fig)
        for col in range(1, 7):
            c = ws.cell(row=rr, column=col); c.border = BOX
            c.alignment = Alignment(vertical="center", wrap_text=True,
                                    horizontal="center" if col in (1, 3, 4, 5) else "left")
        rr += 1
    rr += 1
    ws.cell(row=rr, column=1, value="Khó khăn:").font = Font(bold=True); rr += 1
    for x in r["difficulties"]:
        ws.cell(row=rr, column=2, value=x); rr += 1
    ws.cell(row=rr, column=1, value="Kiến nghị:").font = Font(bold=True); rr += 1
    for x in r["proposals"]:
        ws.cell(row=rr, column=2, value=x); rr += 1
    rr += 1
    title, name = r["signer"]
    ws.cell(row=rr, column=5, value=title.replace("\n", " - ")).font = Font(bold=True)
    ws.cell(row=rr + 3, column=5, value=name).font = Font(bold=True)
    for col, w in zip("ABCDEF", [6, 46, 10, 10, 10, 34]):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------- Hand B (two columns)
def set_columns(sectPr, num, continuous=False):
    for old in sectPr.findall(qn("w:cols")):
        sectPr.remove(old)
    cols = OxmlElement("w:cols"); cols.set(qn("w:num"), str(num)); cols.set(qn("w:space"), "425")
    if num > 1:
        cols.set(qn("w:sep"), "1")
    sectPr.append(cols)
    if continuous:
        for old in sectPr.findall(qn("w:type")):
            sectPr.remove(old)
        ty = OxmlElement("w:type"); ty.set(qn("w:val"), "continuous")
        sectPr.insert(0, ty)


def hand_b_docx(r, path):
    doc = base_doc(font="Arial", size=11)
    doc_header(doc, r)
    doc.add_paragraph()
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    para(doc, r.get("title2", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026"),
         bold=True, align="c")
    # end of single-column section
    p = doc.add_paragraph()
    body_sect = doc.sections[0]._sectPr
    first = copy.deepcopy(body_sect)
    set_columns(first, 1)
    p._p.get_or_add_pPr().append(first)
    # body section: two columns, continuous
    set_columns(body_sect, 2, continuous=True)
    para(doc, r["lead"], align="j", italic=True)
    para(doc, "Những con số nổi bật", bold=True, indent=False, size=12)
    for i, x in enumerate(r["numbers"], 1):
        pp = doc.add_paragraph()
        pp.paragraph_format.left_indent = Cm(0.6)
        pp.paragraph_format.first_line_indent = Cm(-0.6)
        run = pp.add_run(f"{i}. "); run.bold = True
        pp.add_run(x)
    for (sub, task, st, ind, text) in r["sections"]:
        para(doc, sub, bold=True, indent=False)
        para(doc, text, align="j")
    para(doc, "Khó khăn", bold=True, indent=False)
    for x in r["difficulties"]:
        para(doc, "– " + x, align="j")
    para(doc, "Kiến nghị", bold=True, indent=False)
    for x in r["proposals"]:
        para(doc, "– " + x, align="j")
    title, name = r["signer"]
    for ln in title.split("\n"):
        para(doc, ln, bold=True, align="c")
    para(doc, "(đã ký)", italic=True, align="c")
    para(doc, name, bold=True, align="c")
    doc.save(path)


# ---------------------------------------------------------------- Hand C (công văn, "(ND x.y)")
def hand_c_docx(r, path):
    doc = base_doc()
    doc_header(doc, r, extra_left=r["vv"])
    doc.add_paragraph()
    para(doc, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align="c")
    name = r["unit"][1]
    para(doc, f"{name} nhận được văn bản của Chi cục đề nghị báo cáo kết quả thực hiện năm 2026. "
              f"{name} báo cáo như sau (các nội dung được ghi mã theo thứ tự của Kế hoạch):", align="j")
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    for i, (head, items) in enumerate(r["paras"], 1):
        para(doc, f"{i}. {head}", bold=True)
        for (task, st, ind, text) in items:
            para(doc, text, align="j")
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for x in r["difficulties"]:
        para(doc, "- " + x, align="j")
    para(doc, "III. KIẾN NGHỊ", bold=True)
    for x in r["proposals"]:
        para(doc, "- " + x, align="j")
    para(doc, f"Trên đây là báo cáo của {name}, kính gửi Chi cục tổng hợp./.", align="j")
    signature(doc, r, ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT."])
    doc.save(path)


# ---------------------------------------------------------------- Hand D (xlsx, sign-off column)
def hand_d_xlsx(r, path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "BaoCao"
    ws["A1"] = r["head"].replace("\n", "\n"); ws["A1"].font = Font(bold=True)
    ws["A1"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells("A1:B3")
    ws["C1"] = QH; ws["C1"].font = Font(bold=True)
    ws["C2"] = DL; ws["C2"].font = Font(bold=True)
    ws["A4"] = f"Số: {r['number']}"
    ws["C4"] = date_line(r); ws["C4"].font = Font(italic=True)
    ws["A6"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"
    ws["A6"].font = Font(bold=True, size=13)
    ws.merge_cells("A6:D6"); ws["A6"].alignment = Alignment(horizontal="center")
    ws["A7"] = "(Cột \"Ý kiến duyệt\" do lãnh đạo ghi khi duyệt báo cáo)"
    ws["A7"].font = Font(italic=True, size=10)
    ws.merge_cells("A7:D7"); ws["A7"].alignment = Alignment(horizontal="center")
    hdr = ["STT", "Nội dung công việc", "Kết quả thực hiện", f"Ý kiến duyệt ({r['reviewer']})"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=9, column=i, value=h)
        c.font = Font(bold=True); c.border = BOX; c.fill = PatternFill("solid", fgColor="E2EFDA")
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    rr = 10
    for n, (task, st, ind, name, res, ok) in enumerate(r["rows"], 1):
        vals = [n, name, res, ok]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=rr, column=i, value=v); c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if i == 1 else "left")
        ws.cell(row=rr, column=4).font = Font(italic=True, color="C00000")
        rr += 1
    rr += 1
    ws.cell(row=rr, column=1, value="Khó khăn, vướng mắc").font = Font(bold=True); rr += 1
    for i, x in enumerate(r["difficulties"], 1):
        ws.cell(row=rr, column=1, value=f"{i})"); ws.cell(row=rr, column=2, value=x); rr += 1
    ws.cell(row=rr, column=1, value="Đề xuất").font = Font(bold=True); rr += 1
    for i, x in enumerate(r["proposals"], 1):
        ws.cell(row=rr, column=1, value=f"{i})"); ws.cell(row=rr, column=2, value=x); rr += 1
    rr += 1
    title, name = r["signer"]
    ws.cell(row=rr, column=3, value=title.replace("\n", " / ")).font = Font(bold=True)
    ws.cell(row=rr + 4, column=3, value=name).font = Font(bold=True)
    for col, w in zip("ABCD", [6, 32, 60, 30]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A10"
    wb.save(path)


# ---------------------------------------------------------------- truth
def entries_of(r):
    out = []
    if r.get("rejected"):
        return out
    if r["hand"] == "A":
        for task, st, tick, ind, name, fig in r["rows"]:
            out.append({"task": task, "status": st, "indicators": ind,
                        "text": (name + (": " + fig if fig else "")).strip()})
    elif r["hand"] == "B":
        for sub, task, st, ind, text in r["sections"]:
            out.append({"task": task, "status": st, "indicators": ind, "text": text})
    elif r["hand"] == "C":
        for head, items in r["paras"]:
            for task, st, ind, text in items:
                out.append({"task": task, "status": st, "indicators": ind, "text": text})
    elif r["hand"] == "D":
        for task, st, ind, name, res, ok in r["rows"]:
            out.append({"task": task, "status": st, "indicators": ind, "text": f"{name}: {res}"})
    # merge same task (not expected, but safe)
    merged = {}
    for e in out:
        if e["task"] in merged:
            m = merged[e["task"]]; m["indicators"].update(e["indicators"]); m["text"] += " " + e["text"]
        else:
            merged[e["task"]] = e
    return list(merged.values())


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def resave(path, ext):
    tmp = tempfile.mkdtemp()
    subprocess.run(["libreoffice", "--headless", "--convert-to", ext, "--outdir", tmp, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    out = os.path.join(tmp, os.path.basename(path))
    shutil.move(out, path)
    shutil.rmtree(tmp, ignore_errors=True)


def main():
    os.makedirs(os.path.join(HERE, "truth"), exist_ok=True)
    for r in REPORTS:
        path = os.path.join(HERE, r["file"])
        {("A", "docx"): hand_a_docx, ("A", "xlsx"): hand_a_xlsx, ("B", "docx"): hand_b_docx,
         ("C", "docx"): hand_c_docx, ("D", "xlsx"): hand_d_xlsx}[(r["hand"], r["fmt"])](r, path)
        if r.get("resave"):
            resave(path, r["fmt"])
        key = {
            "file": r["file"], "sha256": sha(path),
            "status": "rejected" if r.get("rejected") else "extracted",
            "reason": r.get("reason"),
            "unit": {"id": r["unit"][0], "name": r["unit"][1]},
            "document": {"number": r["number"], "date": r["date"]},
            "entries": entries_of(r), "findings": [],
            "difficulties": [] if r.get("rejected") else r["difficulties"],
            "proposals": [] if r.get("rejected") else r["proposals"],
        }
        with open(os.path.join(HERE, "truth", r["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
        print("wrote", r["file"])


if __name__ == "__main__":
    main()
