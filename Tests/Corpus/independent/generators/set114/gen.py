# -*- coding: utf-8 -*-
"""Generator for set 114. Writes the report files and truth/*.json."""
import hashlib, json, os, re, shutil, subprocess, tempfile, zipfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from data114 import REPORTS, C, P, N, NA, U

OUT = os.path.dirname(os.path.abspath(__file__))
STATUS_WORDS = [(C, "Hoàn thành"), (P, "Đang thực hiện"), (N, "Chưa thực hiện"), (NA, "Không phát sinh")]


def vdate(iso, style="long"):
    y, m, d = iso.split("-")
    if style == "long":
        return f"ngày {d} tháng {m} năm {y}"
    return f"{d}/{m}/{y}"


# ------------------------------------------------------------------ Word helpers
def base_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    return doc


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def cell_par(cell, text, bold=False, italic=False, size=None, align=WD_ALIGN_PARAGRAPH.CENTER, first=True):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.alignment = align
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    return p


def header_block(doc, R, place_label):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    L, Rr = t.rows[0].cells
    first = True
    for line in R["parent"].split("\n"):
        cell_par(L, line, size=12, first=first); first = False
    for line in R["head"].split("\n"):
        cell_par(L, line, bold=True, size=12, first=False)
    cell_par(L, "––––––––", first=False)
    cell_par(L, "Số: " + R["number"], size=13, first=False)
    cell_par(Rr, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=12)
    cell_par(Rr, "Độc lập - Tự do - Hạnh phúc", bold=True, size=13, first=False)
    cell_par(Rr, "––––––––––––––––––––", first=False)
    cell_par(Rr, f"{place_label}, {vdate(R['date'])}", italic=True, size=13, first=False)


def para(doc, text="", bold=False, italic=False, align=None, indent=True, size=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align is None:
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(6)
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    return p


def title_block(doc, R, default_title2):
    para(doc, "BÁO CÁO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, R.get("title2", default_title2), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Kính gửi: " + R["to"] + ".", align=WD_ALIGN_PARAGRAPH.CENTER)


def signature(doc, R, noinoi):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    L, Rr = t.rows[0].cells
    p = cell_par(L, "Nơi nhận:", bold=True, italic=True, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
    for line in noinoi:
        cell_par(L, line, size=11, align=WD_ALIGN_PARAGRAPH.LEFT, first=False)
    a, b, name = R["signer"]
    first = True
    for line in (a + "\n" + b).strip().split("\n"):
        cell_par(Rr, line, bold=True, first=first); first = False
    for _ in range(3):
        cell_par(Rr, "", first=False)
    cell_par(Rr, name, bold=True, first=False)


def set_cell_shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


# ------------------------------------------------------------------ H1: per-task small table, struck-out status options
def write_h1(R, path):
    doc = base_doc()
    place = "Thành phố Hồ Chí Minh" if R["place"] == "Thành phố Hồ Chí Minh" else R["place"]
    header_block(doc, R, place)
    title_block(doc, R, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026")
    para(doc, R["intro"])
    mistaken = R.get("mistaken")
    para(doc, "I. KẾT QUẢ THỰC HIỆN" if not mistaken else "I. KẾT QUẢ ĐẠT ĐƯỢC", bold=True, indent=False)
    for i, e in enumerate(R["entries"], 1):
        p = para(doc, f"{i}. {e['name']}", bold=True, indent=False)
        p.paragraph_format.keep_with_next = True
        t = doc.add_table(rows=3, cols=2)
        t.style = "Table Grid"
        t.autofit = False
        t.columns[0].width = Cm(4.2); t.columns[1].width = Cm(11.8)
        for row in t.rows:
            row.cells[0].width = Cm(4.2); row.cells[1].width = Cm(11.8)
        labels = ["Việc đã làm", "Số liệu", "Tình trạng\n(gạch bỏ ô không phù hợp)"]
        for k, lab in enumerate(labels):
            c0 = t.rows[k].cells[0]
            set_cell_shade(c0, "EDEDED")
            first = True
            for ln in lab.split("\n"):
                cell_par(c0, ln, bold=(first), italic=not first, size=12, align=WD_ALIGN_PARAGRAPH.LEFT, first=first); first = False
        cell_par(t.rows[0].cells[1], e["body"], size=13, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        figs = e.get("figs") or []
        if figs:
            first = True
            for lab, val in figs:
                cell_par(t.rows[1].cells[1], f"- {lab}: {val}", size=13, align=WD_ALIGN_PARAGRAPH.LEFT, first=first); first = False
        else:
            cell_par(t.rows[1].cells[1], "Không có số liệu", italic=True, size=13, align=WD_ALIGN_PARAGRAPH.LEFT)
        sp = t.rows[2].cells[1].paragraphs[0]
        chosen = e["status"]
        if mistaken:
            chosen = C if i < 3 else P
        for j, (code, word) in enumerate(STATUS_WORDS):
            if j:
                sp.add_run(" / ")
            r = sp.add_run(word)
            if code == chosen:
                r.bold = True
            else:
                r.font.strike = True
        para(doc, "")
    n = 2
    if R["difficulties"]:
        para(doc, f"II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
        for d in R["difficulties"]:
            para(doc, "- " + d)
        n = 3
    if R["proposals"]:
        roman = {2: "II", 3: "III"}[n]
        para(doc, f"{roman}. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
        for d in R["proposals"]:
            para(doc, "- " + d)
    para(doc, f"Trên đây là báo cáo của {R['unit_name']}./.")
    signature(doc, R, ["- Như trên;", "- Lãnh đạo đơn vị;", "- Lưu: VT."])
    doc.save(path)


# ------------------------------------------------------------------ H3: narrative, statuses only by exception
def write_h3(R, path):
    doc = base_doc()
    header_block(doc, R, R["place"] if R["place"] != "Thành phố Hồ Chí Minh" else "Thành phố Hồ Chí Minh")
    title_block(doc, R, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư năm 2026")
    para(doc, R["intro"])
    para(doc, "I. CÔNG TÁC TRIỂN KHAI", bold=True, indent=False)
    para(doc, "Ngay sau khi nhận được Kế hoạch của Sở, đơn vị đã phân công lãnh đạo và công chức theo dõi từng nội dung được giao, lồng ghép vào chương trình công tác năm 2026.")
    para(doc, "II. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG ĐƯỢC GIAO", bold=True, indent=False)
    num = {}
    for i, e in enumerate(R["entries"], 1):
        num[e["task"]] = (i, e["name"])
        p = para(doc)
        r = p.add_run(f"{i}. {e['name']}. "); r.bold = True
        p.add_run(e["body"])
    para(doc, "III. CÁC NỘI DUNG CHƯA HOÀN THÀNH, KHÔNG PHÁT SINH", bold=True, indent=False)
    if R["exc_lines"]:
        para(doc, "1. Nội dung chưa hoàn thành:", italic=True, indent=False)
        for task, txt in R["exc_lines"]:
            i, name = num[task]
            para(doc, f"- Nội dung tại điểm {i} mục II ({name.lower()}): {txt}")
    if R["kps"]:
        para(doc, "2. Nội dung không phát sinh:", italic=True, indent=False)
        for task in R["kps"]:
            i, name = num[task]
            para(doc, f"- Nội dung tại điểm {i} mục II ({name.lower()}): không phát sinh trong kỳ báo cáo.")
    para(doc, "Các nội dung còn lại nêu tại mục II đã hoàn thành theo Kế hoạch.", italic=True)
    k = 4
    R_ = {4: "IV", 5: "V"}
    if R["difficulties"]:
        para(doc, f"{R_[k]}. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False); k += 1
        for d in R["difficulties"]:
            para(doc, d)
    if R["proposals"]:
        para(doc, f"{R_[k]}. KIẾN NGHỊ", bold=True, indent=False)
        for d in R["proposals"]:
            para(doc, d)
    para(doc, "Trân trọng./.")
    signature(doc, R, ["- Như trên;", "- Lưu: VT, hồ sơ CT38."])
    doc.save(path)


# ------------------------------------------------------------------ Excel helpers
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def xhead(ws, R, lastcol, date_text):
    mid = (lastcol + 1) // 2
    L = openpyxl.utils.get_column_letter
    lines_l = R["parent"].split("\n") + R["head"].split("\n")
    for k, ln in enumerate(lines_l[:3], 1):
        ws.merge_cells(f"A{k}:{L(mid - 1)}{k}")
        c = ws.cell(k, 1, ln); c.font = Font(name="Times New Roman", size=11, bold=(k > 1 or len(lines_l) == 2 and k == 2))
        c.alignment = Alignment(horizontal="center")
    ws.merge_cells(f"{L(mid)}1:{L(lastcol)}1")
    c = ws.cell(1, mid, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"); c.font = Font(name="Times New Roman", size=11, bold=True); c.alignment = Alignment(horizontal="center")
    ws.merge_cells(f"{L(mid)}2:{L(lastcol)}2")
    c = ws.cell(2, mid, "Độc lập - Tự do - Hạnh phúc"); c.font = Font(name="Times New Roman", size=12, bold=True); c.alignment = Alignment(horizontal="center")
    ws.merge_cells(f"A4:{L(mid - 1)}4")
    c = ws.cell(4, 1, "Số: " + R["number"]); c.alignment = Alignment(horizontal="center")
    ws.merge_cells(f"{L(mid)}4:{L(lastcol)}4")
    c = ws.cell(4, mid, date_text); c.font = Font(name="Times New Roman", italic=True); c.alignment = Alignment(horizontal="center")


def patch_cached(path, cached):
    """Give formula cells their cached string values (as Excel would have saved them)."""
    if not cached:
        return
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                s = data.decode("utf-8")
                for ref, val in cached.items():
                    pat = re.compile(r'<c r="%s"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?</c>' % ref)
                    esc = val.replace("&", "&amp;").replace("<", "&lt;")
                    def rep(m, ref=ref, esc=esc):
                        attrs = re.sub(r' t="[a-z]+"', "", m.group(1))
                        return '<c r="%s"%s t="str"><f>%s</f><v>%s</v></c>' % (ref, attrs, m.group(2), esc)
                    s, n = pat.subn(rep, s)
                    assert n == 1, (ref, path)
                data = s.encode("utf-8")
            zout.writestr(item, data)
    os.replace(tmp, path)


# ------------------------------------------------------------------ H2: one row per job, % and a REPT progress bar
def write_h2(R, path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "TheoDoi"
    for col, w in zip("ABCDEFG", (5, 34, 42, 30, 10, 20, 28)):
        ws.column_dimensions[col].width = w
    y, m, d = R["date"].split("-")
    xhead(ws, R, 7, f"Tp. Hồ Chí Minh, ngày {d} tháng {m} năm {y}")
    ws.merge_cells("A6:G6")
    c = ws.cell(6, 1, R.get("title", "BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"))
    c.font = Font(name="Times New Roman", size=13, bold=True); c.alignment = Alignment(horizontal="center")
    ws.merge_cells("A7:G7")
    c = ws.cell(7, 1, f"Đơn vị: {R['unit_name']} – số liệu cập nhật đến ngày {d}/{m}/{y}")
    c.font = Font(name="Times New Roman", italic=True); c.alignment = Alignment(horizontal="center")
    hdr = ["STT", "Việc", "Nội dung đã làm", "Kết quả (số lượng)", "% khối lượng", "Tiến độ", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(9, j, h); c.font = Font(bold=True); c.border = BOX
        c.fill = PatternFill("solid", fgColor="DDEBF7"); c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    cached = {}
    r = 10
    for i, e in enumerate(R["entries"], 1):
        vals = [i, e["name"], e["body"], e["res"] or None, e["pct"], None, e["note"] or None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.border = BOX
            c.alignment = Alignment(vertical="top", wrap_text=True, horizontal="center" if j in (1, 5) else None)
        ws.cell(r, 5).number_format = '0"%"'
        f = f'=IF(E{r}="","—",REPT("█",ROUND(E{r}/10,0))&REPT("░",10-ROUND(E{r}/10,0))&" "&E{r}&"%")'
        ws.cell(r, 6, f).font = Font(name="Consolas", color="2E75B6")
        if e["pct"] is None:
            cached[f"F{r}"] = "—"
        else:
            b = round(e["pct"] / 10)
            cached[f"F{r}"] = "█" * b + "░" * (10 - b) + f" {e['pct']}%"
        r += 1
    r += 1
    if R["difficulties"]:
        ws.cell(r, 2, "Khó khăn, vướng mắc:").font = Font(bold=True); r += 1
        for dd in R["difficulties"]:
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            ws.cell(r, 2, "- " + dd).alignment = Alignment(wrap_text=True); r += 1
    if R["proposals"]:
        ws.cell(r, 2, "Đề xuất:").font = Font(bold=True); r += 1
        for dd in R["proposals"]:
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            ws.cell(r, 2, "- " + dd).alignment = Alignment(wrap_text=True); r += 1
    r += 1
    ws.cell(r, 2, "NGƯỜI LẬP BIỂU").font = Font(bold=True)
    boss_title = "TRƯỞNG PHÒNG" if R["unit_id"].startswith("SKHCN-CDS") else ("KT. GIÁM ĐỐC" if R["unit_id"] != "SKHCN-TTCNTT" else "GIÁM ĐỐC")
    ws.cell(r, 6, boss_title).font = Font(bold=True)
    ws.cell(r + 4, 2, R["maker"]); ws.cell(r + 4, 6, R["boss"])
    ws.freeze_panes = "A10"
    ws.page_setup.orientation = "landscape"
    wb.save(path)
    patch_cached(path, cached)


# ------------------------------------------------------------------ H4: dated "Diễn biến" cell, last line is the state
def write_h4(R, path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "BC CT38"
    for col, w in zip("ABCDE", (5, 38, 24, 62, 16)):
        ws.column_dimensions[col].width = w
    y, m, d = R["date"].split("-")
    xhead(ws, R, 5, f"ngày {d}/{m}/{y}")
    ws.merge_cells("A6:E6")
    c = ws.cell(6, 1, "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026")
    c.font = Font(name="Times New Roman", size=13, bold=True); c.alignment = Alignment(horizontal="center")
    ws.merge_cells("A7:E7")
    c = ws.cell(7, 1, f"({R['unit_name']} – Kính gửi: Sở Khoa học và Công nghệ)")
    c.font = Font(italic=True); c.alignment = Alignment(horizontal="center")
    hdr = ["TT", "Nội dung công việc", "Bộ phận thực hiện", "Diễn biến thực hiện (ghi theo ngày)", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(9, j, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 10
    for i, e in enumerate(R["entries"], 1):
        vals = [i, e["name"], e["dept"], "\n".join(e["log"]), None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.border = BOX
            c.alignment = Alignment(vertical="top", wrap_text=True, horizontal="center" if j == 1 else None)
        ws.row_dimensions[r].height = 16 * len(e["log"]) + 4
        r += 1
    r += 1
    for lab, items in (("Vướng mắc", R["difficulties"]), ("Kiến nghị", R["proposals"])):
        if not items:
            continue
        start = r
        for k, it in enumerate(items, 1):
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
            ws.cell(r, 2, f"{lab} {k}" if len(items) > 1 else lab).font = Font(bold=True)
            ws.cell(r, 3, it).alignment = Alignment(wrap_text=True)
            ws.row_dimensions[r].height = 32
            r += 1
    r += 1
    ws.cell(r, 2, "Người tổng hợp").font = Font(bold=True)
    ws.cell(r, 4, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC").font = Font(bold=True)
    ws.cell(r, 4).alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[r].height = 32
    ws.cell(r + 4, 2, R["maker"]); ws.cell(r + 4, 4, R["boss"]).alignment = Alignment(horizontal="center")
    wb.save(path)


def lo_resave(path):
    ext = path.rsplit(".", 1)[1]
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["libreoffice", "--headless", "--convert-to", ext, "--outdir", td, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.copy(os.path.join(td, os.path.basename(path)), path)


def key_for(R, path):
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    mistaken = R.get("mistaken", False)
    entries = []
    if not mistaken:
        for e in R["entries"]:
            text = e["body"] if e.get("body") else "; ".join(e["log"])
            entries.append({"task": e["task"], "status": e["status"], "indicators": dict(e["ind"]), "text": text})
    return {
        "file": os.path.basename(path), "sha256": sha,
        "status": "rejected" if mistaken else "extracted",
        "reason": R.get("reason") if mistaken else None,
        "unit": {"id": R["unit_id"], "name": R["unit_name"]},
        "document": {"number": R["number"], "date": R["date"]},
        "entries": entries, "findings": [],
        "difficulties": [] if mistaken else list(R["difficulties"]),
        "proposals": [] if mistaken else list(R["proposals"]),
    }


def main():
    os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
    W = {"H1": write_h1, "H2": write_h2, "H3": write_h3, "H4": write_h4}
    for R in REPORTS:
        path = os.path.join(OUT, R["file"])
        W[R["hand"]](R, path)
        if R.get("lo"):
            lo_resave(path)
        k = key_for(R, path)
        with open(os.path.join(OUT, "truth", R["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(k, f, ensure_ascii=False, indent=2)
        print(R["hand"], R["file"])


if __name__ == "__main__":
    main()
