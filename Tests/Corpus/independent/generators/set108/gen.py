# -*- coding: utf-8 -*-
"""Generator for set108: 16 reports in 5 hands (H1-H3 Excel, H4-H5 Word).
Run: python3 gen.py   (needs python-docx, openpyxl, libreoffice for re-saving)"""
import os, json, hashlib, shutil, subprocess, datetime as dt
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
D = dt.datetime
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
KEYS = []   # (fname, truth dict without sha)


def vi_date(iso):
    y, m, d = iso.split("-")
    return f"ngày {d} tháng {m} năm {y}"


def add_key(fname, unit, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS.append((fname, {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": unit, "document": {"number": number, "date": date},
        "entries": entries, "findings": [], "difficulties": diffs, "proposals": props}))


def merge_rows(rows):
    """rows: list of dict(task,status,ind,text) -> entries merged by task."""
    out = {}
    order = []
    for r in rows:
        t = r["task"]
        if t not in out:
            out[t] = {"task": t, "status": r["status"], "indicators": {}, "text": r["text"]}
            order.append(t)
        else:
            assert out[t]["status"] == r["status"], (t, r)
            out[t]["text"] += " " + r["text"]
        for k, v in r["ind"].items():
            assert k not in out[t]["indicators"], (t, k)
            out[t]["indicators"][k] = v
    return [out[t] for t in order]


def setw(ws, widths):
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def mcell(ws, rng, value, font=None, align=None, border=False, fill=None):
    ws.merge_cells(rng)
    c = ws[rng.split(":")[0]]
    c.value = value
    if font: c.font = font
    if align: c.alignment = align
    if fill: c.fill = fill
    if border:
        from openpyxl.utils.cell import range_boundaries
        a, b, cc, d = range_boundaries(rng)
        for r in range(b, d + 1):
            for col in range(a, cc + 1):
                ws.cell(r, col).border = BOX
    return c


def lo_resave(path):
    """Re-save through LibreOffice in place (computes cached formula values)."""
    ext = path.rsplit(".", 1)[1]
    tmpd = os.path.join(OUT, ".lo_tmp")
    os.makedirs(tmpd, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmpd, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmpd, os.path.basename(path)), path)
    shutil.rmtree(tmpd, ignore_errors=True)


# =====================================================================
# H1 - chị Thu type: ward economic officer, date tracker; status is an IF
#      formula over "Ngày bắt đầu / Ngày xong"; count columns + SUM row.
# =====================================================================
H1_COLS = [("cuoc", "Cuộc KT", "inspections"), ("coso", "Cơ sở KT", "establishments_inspected"),
           ("vp", "Vi phạm", "violations"), ("phat", "Tiền phạt (đ)", "fines_vnd"),
           ("lop", "Buổi/lớp", "training_courses"), ("nguoi", "Lượt người", "participants"),
           ("tin", "Tin, bài", "communications")]


def h1(f):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = f["sheet"]
    words = f["words"]  # (kps, done, doing, notyet)
    setw(ws, [5, 44, 16, 12, 12, 15, 8, 9, 8, 14, 8, 10, 8, 34])
    b = Font(name="Times New Roman", bold=True, size=12)
    n = Font(name="Times New Roman", size=12)
    mcell(ws, "A1:D1", f["upper"], b, CEN)
    mcell(ws, "F1:N1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", b, CEN)
    mcell(ws, "A2:D2", "Số: " + f["number"], n, CEN)
    mcell(ws, "F2:N2", "Độc lập - Tự do - Hạnh phúc", b, CEN)
    mcell(ws, "F3:N3", f["place_date"], Font(name="Times New Roman", italic=True, size=12), CEN)
    mcell(ws, "A5:N5", f["title"], Font(name="Times New Roman", bold=True, size=13), CEN)
    mcell(ws, "A6:N6", f["subtitle"], Font(name="Times New Roman", italic=True, size=11), CEN)
    hdr = 8
    for col, txt in zip("ABCDEF", ["STT", "Công việc", "Bộ phận / người làm", "Ngày bắt đầu",
                                      f["end_label"], "Tình trạng"]):
        mcell(ws, f"{col}{hdr}:{col}{hdr+1}", txt, b, CEN, border=True)
    mcell(ws, f"G{hdr}:M{hdr}", "Số liệu", b, CEN, border=True)
    for i, (_, lab, _) in enumerate(H1_COLS):
        c = ws.cell(hdr + 1, 7 + i, lab); c.font = b; c.alignment = CEN; c.border = BOX
    mcell(ws, f"N{hdr}:N{hdr+1}", "Ghi chú", b, CEN, border=True)
    r = hdr + 2
    first = r
    trows = []
    for i, row in enumerate(f["rows"], 1):
        ws.cell(r, 1, i)
        ws.cell(r, 2, row["name"])
        ws.cell(r, 3, row["who"])
        st = row["start"]
        ws.cell(r, 4, st)
        if isinstance(st, D): ws.cell(r, 4).number_format = "dd/mm/yyyy"
        ws.cell(r, 5, row.get("end"))
        if row.get("end"): ws.cell(r, 5).number_format = "dd/mm/yyyy"
        ws.cell(r, 6, f'=IF(D{r}="KPS","{words[0]}",IF(E{r}<>"","{words[1]}",IF(D{r}<>"","{words[2]}","{words[3]}")))')
        ind = {}
        for j, (k, _, iid) in enumerate(H1_COLS):
            v = row.get(k)
            if v is not None:
                ws.cell(r, 7 + j, v)
                if k == "phat": ws.cell(r, 7 + j).number_format = "#,##0"
                ind[iid] = v
        ind.update(row.get("extra", {}))
        ws.cell(r, 14, row.get("note"))
        for c in range(1, 15):
            ws.cell(r, c).border = BOX
            ws.cell(r, c).alignment = WRAP
            if ws.cell(r, c).font.b is not True: ws.cell(r, c).font = n
        # status as the formula will compute
        if st == "KPS": s = "not_applicable"
        elif row.get("end"): s = "completed"
        elif st: s = "in_progress"
        else: s = "not_started"
        txt = row["name"] + (" – " + row["note"] if row.get("note") else "")
        trows.append({"task": row["task"], "status": s, "ind": ind, "text": txt})
        r += 1
    last = r - 1
    mcell(ws, f"A{r}:F{r}", "Cộng", b, CEN, border=True)
    for j in range(len(H1_COLS)):
        col = get_column_letter(7 + j)
        c = ws.cell(r, 7 + j, f"=SUM({col}{first}:{col}{last})")
        c.font = b; c.border = BOX
        if H1_COLS[j][0] == "phat": c.number_format = "#,##0"
    ws.cell(r, 14).border = BOX
    r += 1
    mcell(ws, f"A{r}:N{r}", f["legend"], Font(name="Times New Roman", italic=True, size=10),
          Alignment(wrap_text=True))
    r += 2
    mcell(ws, f"B{r}:C{r}", "NGƯỜI LẬP BẢNG", b, CEN)
    mcell(ws, f"J{r}:N{r}", f["sign_title"], b, CEN)
    mcell(ws, f"B{r+4}:C{r+4}", f["maker"], b, CEN)
    mcell(ws, f"J{r+4}:N{r+4}", f["signer"], b, CEN)
    ws.freeze_panes = "C10"
    # second sheet: difficulties / proposals
    w2 = wb.create_sheet(f["sheet2"])
    setw(w2, [6, 100])
    w2["A1"] = f["kk_title"]; w2["A1"].font = b
    rr = 2
    for i, d in enumerate(f["diffs"], 1):
        w2.cell(rr, 1, f"KK{i}"); w2.cell(rr, 2, d); w2.cell(rr, 2).alignment = WRAP; rr += 1
    rr += 1
    w2.cell(rr, 1, f["dx_title"]).font = b; rr += 1
    for i, d in enumerate(f["props"], 1):
        w2.cell(rr, 1, f"ĐX{i}"); w2.cell(rr, 2, d); w2.cell(rr, 2).alignment = WRAP; rr += 1
    path = os.path.join(OUT, f["fname"])
    wb.save(path)
    lo_resave(path)
    add_key(f["fname"], f["unit"], f["number"], f["date"], merge_rows(trows), f["diffs"], f["props"])


# =====================================================================
# H2 - anh Phong type: department "PL1 nhiệm vụ" + "PL2 số liệu" where
#      category rows sit under a vertically merged task cell with a =SUM
#      "Cộng" row per task; status in PL1 column "Đánh giá".
# =====================================================================
H2_NUM = [("cuoc", "Số cuộc kiểm tra", "inspections"), ("coso", "Số cơ sở được kiểm tra", "establishments_inspected"),
          ("vp", "Số cơ sở vi phạm", "violations"), ("phat", "Tiền phạt (đồng)", "fines_vnd"),
          ("mau", "Số mẫu lấy", "samples_tested"), ("kd", "Mẫu không đạt", None)]
H2_ST = {"completed": "Đạt – đã hoàn thành", "in_progress": "Đang triển khai",
         "not_started": "Chưa triển khai", "not_applicable": "Không phát sinh"}


def h2(f):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "PL1_NhiemVu"
    b = Font(name="Times New Roman", bold=True, size=12)
    n = Font(name="Times New Roman", size=12)
    setw(ws, [6, 46, 70, 22])
    mcell(ws, "A1:B1", f["parent"], n, CEN)
    mcell(ws, "A2:B2", f["upper"], b, CEN)
    mcell(ws, "C1:D1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", b, CEN)
    mcell(ws, "C2:D2", "Độc lập - Tự do - Hạnh phúc", b, CEN)
    mcell(ws, "A3:B3", "Số: " + f["number"], n, CEN)
    mcell(ws, "C3:D3", f["place_date"], Font(name="Times New Roman", italic=True, size=12), CEN)
    mcell(ws, "A5:D5", "PHỤ LỤC 1", b, CEN)
    mcell(ws, "A6:D6", f["title1"], b, CEN)
    mcell(ws, "A7:D7", f"(Kèm theo Báo cáo số {f['number']} {f['vidate']} của {f['short']})",
          Font(name="Times New Roman", italic=True, size=11), CEN)
    for col, txt in zip("ABCD", ["TT", "Nội dung công việc", "Kết quả thực hiện", "Đánh giá"]):
        c = ws[f"{col}9"]; c.value = txt; c.font = b; c.alignment = CEN; c.border = BOX
    r = 10
    trows = []
    for i, t in enumerate(f["tasks"], 1):
        ws.cell(r, 1, i); ws.cell(r, 2, t["name"]); ws.cell(r, 3, t["result"]); ws.cell(r, 4, H2_ST[t["status"]])
        for c in range(1, 5):
            ws.cell(r, c).border = BOX; ws.cell(r, c).alignment = WRAP; ws.cell(r, c).font = n
        ind = dict(t.get("ind", {}))
        trows.append({"task": t["task"], "status": t["status"], "ind": ind,
                      "text": t["name"] + ": " + t["result"].replace("\n", " "), "_pl2": t.get("pl2")})
        r += 1
    # PL2
    w2 = wb.create_sheet("PL2_SoLieu")
    setw(w2, [30, 26, 11, 12, 11, 16, 10, 10])
    mcell(w2, "A1:H1", "PHỤ LỤC 2", b, CEN)
    mcell(w2, "A2:H2", f["title2"], b, CEN)
    mcell(w2, "A3:H3", f"(Kèm theo Báo cáo số {f['number']} {f['vidate']} của {f['short']})",
          Font(name="Times New Roman", italic=True, size=11), CEN)
    w2["A5"] = "Nội dung"; w2["B5"] = f["cat_label"]
    for j, (_, lab, _) in enumerate(H2_NUM):
        w2.cell(5, 3 + j, lab)
    for c in range(1, 9):
        w2.cell(5, c).font = b; w2.cell(5, c).alignment = CEN; w2.cell(5, c).border = BOX
    r = 6
    for blk in f["pl2"]:
        start = r
        for cat in blk["cats"]:
            w2.cell(r, 2, cat[0])
            for j, (k, _, _) in enumerate(H2_NUM):
                if k in cat[1]:
                    w2.cell(r, 3 + j, cat[1][k])
                    if k == "phat": w2.cell(r, 3 + j).number_format = "#,##0"
            for c in range(1, 9): w2.cell(r, c).border = BOX; w2.cell(r, c).font = n
            r += 1
        w2.cell(r, 2, "Cộng").font = b
        tot = {}
        for j, (k, _, iid) in enumerate(H2_NUM):
            vals = [cat[1].get(k) for cat in blk["cats"] if cat[1].get(k) is not None]
            col = get_column_letter(3 + j)
            if vals:
                w2.cell(r, 3 + j, f"=SUM({col}{start}:{col}{r-1})").font = b
                if k == "phat": w2.cell(r, 3 + j).number_format = "#,##0"
                if iid: tot[iid] = sum(vals)
        for c in range(1, 9): w2.cell(r, c).border = BOX
        mcell(w2, f"A{start}:A{r}", blk["label"], b, Alignment(vertical="center", wrap_text=True), border=True)
        for tr in trows:
            if tr["_pl2"] == blk["id"]:
                for k, v in tot.items():
                    if not blk.get("keep_zero") and v == 0 and k != "inspections":
                        continue
                    tr["ind"][k] = v
        r += 1
    r += 1
    mcell(w2, f"A{r}:H{r}", f["pl2_note"], Font(name="Times New Roman", italic=True, size=10), Alignment(wrap_text=True))
    w3 = wb.create_sheet("KK_KN")
    setw(w3, [6, 110])
    w3["A1"] = "I. KHÓ KHĂN, VƯỚNG MẮC"; w3["A1"].font = b
    rr = 2
    for i, d in enumerate(f["diffs"], 1):
        w3.cell(rr, 1, i); w3.cell(rr, 2, d).alignment = WRAP; rr += 1
    w3.cell(rr, 1, "II. KIẾN NGHỊ, ĐỀ XUẤT").font = b; rr += 1
    for i, d in enumerate(f["props"], 1):
        w3.cell(rr, 1, i); w3.cell(rr, 2, d).alignment = WRAP; rr += 1
    rr += 1
    w3.cell(rr, 2, f["sign"]).font = b
    path = os.path.join(OUT, f["fname"])
    wb.save(path)
    lo_resave(path)
    for tr in trows: tr.pop("_pl2")
    add_key(f["fname"], f["unit"], f["number"], f["date"], merge_rows(trows), f["diffs"], f["props"])


# =====================================================================
# H3 - em Vy type: one-sheet "kanban": three side-by-side blocks
#      ĐÃ XONG | ĐANG LÀM | CHƯA LÀM / KHÔNG PS; each card = merged task
#      cell over "label: number" lines.  No formulas.
# =====================================================================

def h3(f):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = f["sheet"]
    b = Font(name="Arial", bold=True, size=10)
    n = Font(name="Arial", size=10)
    setw(ws, [3, 34, 30, 34, 30, 34, 30])
    ws["B1"] = f["upper"]; ws["B1"].font = b
    ws["B2"] = "Số: " + f["number"]; ws["B2"].font = n
    mcell(ws, "D1:G1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc", b, CEN)
    mcell(ws, "D2:G2", f["place_date"], Font(name="Arial", italic=True, size=10), CEN)
    mcell(ws, "B4:G4", f["title"], Font(name="Arial", bold=True, size=12), CEN)
    mcell(ws, "B5:G5", f["subtitle"], Font(name="Arial", italic=True, size=10), CEN)
    fills = [PatternFill("solid", fgColor="C6EFCE"), PatternFill("solid", fgColor="FFEB9C"),
             PatternFill("solid", fgColor="D9D9D9")]
    heads = f["heads"]
    for k, col in enumerate(["B", "D", "F"]):
        c2 = get_column_letter(openpyxl.utils.column_index_from_string(col) + 1)
        mcell(ws, f"{col}7:{c2}7", heads[k], b, CEN, border=True, fill=fills[k])
        ws[f"{col}8"] = "Việc"; ws[f"{c2}8"] = "Số liệu"
        for cc in (col, c2):
            ws[f"{cc}8"].font = b; ws[f"{cc}8"].alignment = CEN; ws[f"{cc}8"].border = BOX
    trows = []
    for k, col in enumerate(["B", "D", "F"]):
        ci = openpyxl.utils.column_index_from_string(col)
        r = 9
        for card in f["blocks"][k]:
            lines = card["lines"] or [""]
            h = len(lines)
            if h > 1:
                ws.merge_cells(start_row=r, start_column=ci, end_row=r + h - 1, end_column=ci)
            ws.cell(r, ci, card["name"]).font = n
            ws.cell(r, ci).alignment = WRAP
            for i, ln in enumerate(lines):
                ws.cell(r + i, ci + 1, ln).font = n
                ws.cell(r + i, ci + 1).alignment = WRAP
                ws.cell(r + i, ci).border = BOX; ws.cell(r + i, ci + 1).border = BOX
            trows.append({"task": card["task"], "status": card["status"], "ind": card.get("ind", {}),
                          "text": card["name"] + (": " + "; ".join(card["lines"]) if card["lines"] else "")})
            r += h
    w2 = wb.create_sheet(f["sheet2"])
    setw(w2, [3, 60, 60])
    w2["B1"] = "Khó khăn, vướng mắc"; w2["C1"] = "Đề xuất, kiến nghị"
    w2["B1"].font = b; w2["C1"].font = b
    for i in range(max(len(f["diffs"]), len(f["props"]))):
        if i < len(f["diffs"]): w2.cell(2 + i, 2, "- " + f["diffs"][i]).alignment = WRAP
        if i < len(f["props"]): w2.cell(2 + i, 3, "- " + f["props"][i]).alignment = WRAP
    w2.cell(4 + i, 3, f["sign"]).font = b
    path = os.path.join(OUT, f["fname"])
    wb.save(path)
    add_key(f["fname"], f["unit"], f["number"], f["date"], merge_rows(trows), f["diffs"], f["props"])


# =====================================================================
# Word helpers
# =====================================================================

def doc_base(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return d


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    bd = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement(f"w:{e}"); x.set(qn("w:val"), "nil"); bd.append(x)
    tblPr.append(bd)


def para(d, text="", bold=False, italic=False, align=None, size=None, indent=True, space=3):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    pf = p.paragraph_format
    if indent and align is None: pf.first_line_indent = Cm(1)
    pf.space_after = Pt(space)
    return p


def header_table(d, left1, left2, number, place_date, vv=None):
    t = d.add_table(rows=3, cols=2)
    no_borders(t)
    L = [(left1, False), (left2, True), ("Số: " + number, False)]
    R = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True), (place_date, None)]
    for i in range(3):
        for j, (txt, bb) in enumerate((L[i], R[i])):
            c = t.cell(i, j); p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if txt:
                rr = p.add_run(txt); rr.font.size = Pt(12 if j == 0 else 12)
                if bb: rr.bold = True
                if bb is None: rr.italic = True
    if vv:
        p = t.cell(2, 0).add_paragraph(vv); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.runs[0].font.size = Pt(11)
    return t


# =====================================================================
# H4 - chú Bảy type: ward report, each job a paragraph opening with a
#      bold-italic label + en dash; figures broken down by the wards that
#      existed before the 07/2025 merger "(… cũ: …)"; a separate closing
#      line "Mức độ: Xong / Đang làm / Chưa làm / Không có việc".
# =====================================================================
H4_ST = {"completed": "Xong.", "in_progress": "Đang làm.", "not_started": "Chưa làm.",
         "not_applicable": "Không có việc."}


def h4(f):
    d = doc_base()
    header_table(d, "UBND " + f["upper_unit"], "", f["number"], f["place_date"])
    # upper line in bold, unit name: left column line 2 already blank -> use line1 upper unit
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", space=0)
    para(d, f["title"], bold=True, align="c")
    para(d, "_______", align="c")
    for t in f["intro"]:
        para(d, t)
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    trows = []
    for it in f["items"]:
        p = para(d)
        r = p.add_run(it["label"]); r.bold = True; r.italic = True
        p.add_run(" – " + it["body"])
        p2 = para(d)
        p2.add_run("Mức độ: ").underline = True
        p2.add_run(H4_ST[it["status"]])
        trows.append({"task": it["task"], "status": it["status"], "ind": it["ind"],
                      "text": it["label"] + " – " + it["body"]})
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in f["diffs"]:
        para(d, "- " + x)
    para(d, "III. KIẾN NGHỊ", bold=True, indent=False)
    for x in f["props"]:
        para(d, "- " + x)
    para(d, f["closing"])
    t = d.add_table(rows=1, cols=2); no_borders(t)
    c = t.cell(0, 0).paragraphs[0]
    rr = c.add_run("Nơi nhận:"); rr.bold = True; rr.italic = True; rr.font.size = Pt(11)
    for x in f["noi_nhan"]:
        pp = t.cell(0, 0).add_paragraph(x); pp.runs[0].font.size = Pt(10)
    c2 = t.cell(0, 1)
    for i, x in enumerate(f["sign"]):
        pp = c2.paragraphs[0] if i == 0 else c2.add_paragraph()
        pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if x: pp.add_run(x).bold = True
    path = os.path.join(OUT, f["fname"])
    d.save(path)
    add_key(f["fname"], f["unit"], f["number"], f["date"], merge_rows(trows), f["diffs"], f["props"])


# =====================================================================
# H5 - chị Lan type: department công văn whose body is one Word table
#      "Lĩnh vực (merged down) | Việc | Kết quả | Thời điểm", the status
#      only as a tense phrase in "Thời điểm" ("Đã … xong", "Sẽ … Quý IV").
# =====================================================================

def h5(f):
    d = doc_base(size=13)
    header_table(d, f["parent"], f["upper"], f["number"], f["place_date"], vv=f.get("vv"))
    para(d)
    if f.get("kg"):
        p = para(d, "", align="c"); p.add_run("Kính gửi: ").italic = True; p.add_run(f["kg"])
    else:
        para(d, "BÁO CÁO", bold=True, align="c", space=0)
        para(d, f["title"], bold=True, align="c")
    for t in f["intro"]:
        para(d, t)
    rows = sum(len(g["items"]) for g in f["groups"])
    t = d.add_table(rows=1 + rows, cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(["TT", "Lĩnh vực", "Việc", "Kết quả", "Thời điểm"]):
        c = t.cell(0, j); c.text = ""; c.paragraphs[0].add_run(h).bold = True
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    widths = [Cm(1), Cm(3), Cm(4.5), Cm(6), Cm(3.5)]
    r = 1; k = 1
    trows = []
    for g in f["groups"]:
        start = r
        for it in g["items"]:
            t.cell(r, 0).text = str(k)
            t.cell(r, 2).text = it["job"]
            t.cell(r, 3).text = it["result"]
            t.cell(r, 4).text = it["when"]
            if it.get("task"):
                trows.append({"task": it["task"], "status": it["status"], "ind": it["ind"],
                              "text": it["job"] + ": " + it["result"]})
            r += 1; k += 1
        m = t.cell(start, 1).merge(t.cell(r - 1, 1)) if r - 1 > start else t.cell(start, 1)
        m.text = g["name"]
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]
            for p in c.paragraphs:
                for rr in p.runs: rr.font.size = Pt(12)
    para(d)
    para(d, f["kk_head"], bold=True, indent=False)
    for x in f["diffs"]:
        para(d, "- " + x)
    para(d, f["kn_head"], bold=True, indent=False)
    for x in f["props"]:
        para(d, "- " + x)
    para(d, f["closing"])
    t2 = d.add_table(rows=1, cols=2); no_borders(t2)
    c = t2.cell(0, 0).paragraphs[0]
    rr = c.add_run("Nơi nhận:"); rr.bold = True; rr.italic = True; rr.font.size = Pt(11)
    for x in f["noi_nhan"]:
        pp = t2.cell(0, 0).add_paragraph(x); pp.runs[0].font.size = Pt(10)
    c2 = t2.cell(0, 1)
    for i, x in enumerate(f["sign"]):
        pp = c2.paragraphs[0] if i == 0 else c2.add_paragraph()
        pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if x: pp.add_run(x).bold = True
    path = os.path.join(OUT, f["fname"])
    d.save(path)
    if f.get("lo"): lo_resave(path)
    if f.get("rejected"):
        add_key(f["fname"], f["unit"], f["number"], f["date"], [], [], [], status="rejected",
                reason=f["rejected"])
    else:
        add_key(f["fname"], f["unit"], f["number"], f["date"], merge_rows(trows), f["diffs"], f["props"])


from data108 import FILES  # noqa: E402

if __name__ == "__main__":
    for f in FILES:
        {"h1": h1, "h2": h2, "h3": h3, "h4": h4, "h5": h5}[f["hand"]](f)
    for fname, key in KEYS:
        key["sha256"] = hashlib.sha256(open(os.path.join(OUT, fname), "rb").read()).hexdigest()
        with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as fh:
            json.dump(key, fh, ensure_ascii=False, indent=2)
    print(len(KEYS), "files")
