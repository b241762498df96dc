# -*- coding: utf-8 -*-
"""Generator for set231. Four hands: A Kanban (DOCX), B pivot (XLSX), C meeting-words memo (DOCX), D 'Chốt giao ban' tracker (XLSX)."""
import json, os, hashlib, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
KEYS = []

import csv
CANON = {r["id"]: r["name"] for r in csv.DictReader(open("/work/shared/data/agencies.csv", encoding="utf-8"))}

def key(fname, unit_id, unit_name, number, date, entries, diffs, props, rejected=None):
    KEYS.append(dict(file=fname, status="rejected" if rejected else "extracted", reason=rejected,
                     unit={"id": unit_id, "name": CANON.get(unit_id, unit_name)}, document={"number": number, "date": date},
                     entries=[] if rejected else [dict(task=t, status=s, indicators=i, text=tx) for (t, s, i, tx) in entries],
                     findings=[], difficulties=[] if rejected else diffs, proposals=[] if rejected else props))

def font(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]; st.font.name = name; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)

def para(doc_or_cell, text="", bold=False, italic=False, align=None, size=None):
    p = doc_or_cell.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p

def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), color); tcPr.append(sh)

def header_table(doc, upper, unit, number, place_date):
    t = doc.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    l.paragraphs[0].add_run(upper).font.size = Pt(12)
    l.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = para(l, unit, bold=True, align="c", size=12)
    para(l, "Số: " + number, align="c", size=12)
    r.paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").bold = True
    r.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(r, "Độc lập - Tự do - Hạnh phúc", bold=True, align="c")
    para(r, place_date, italic=True, align="c", size=12)

# ---------------------------------------------------------------- Hand A: Kanban board
def hand_a(fname, unit_id, unit_name, upper, number, date, place_date, cards, diffs, props, signer, title_extra=""):
    """cards: list of (col, name, lines, task, status, indicators)  col in 0,1,2"""
    doc = Document(); font(doc, "Arial", 11)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(1.8)
    header_table(doc, upper, unit_name.upper(), number, place_date)
    para(doc, "")
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    para(doc, "Tiến độ thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 " + title_extra, bold=True, align="c")
    para(doc, "(cập nhật bảng theo dõi công việc đến ngày " + place_date.split("ngày ")[1].replace(" tháng ", "/").replace(" năm ", "/") + ")", italic=True, align="c", size=10)
    para(doc, "Em/bộ phận cập nhật bảng theo dõi công việc (Kanban) các nội dung phường/xã được giao theo Kế hoạch của Sở Khoa học và Công nghệ, cụ thể như sau:" if unit_id[0].isdigit() else
         "Phòng cập nhật bảng theo dõi công việc (Kanban) các nội dung được giao theo Kế hoạch, cụ thể như sau:", align="j")
    t = doc.add_table(rows=2, cols=3); t.style = "Table Grid"
    heads = ["Chưa làm", "Đang làm", "Đã xong"]; colors = ["F4CCCC", "FFF2CC", "D9EAD3"]
    for i, h in enumerate(heads):
        c = t.rows[0].cells[i]; c.paragraphs[0].add_run(h).bold = True
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER; shade(c, colors[i])
    first = [True, True, True]
    for col, name, lines, task, status, ind in cards:
        c = t.rows[1].cells[col]
        p = c.paragraphs[0] if first[col] else c.add_paragraph()
        if not first[col]:
            c.add_paragraph("- - - - - - - -").runs[0].font.size = Pt(8)
            p = c.add_paragraph()
        first[col] = False
        r = p.add_run("▸ " + name); r.bold = True
        for ln in lines:
            q = c.add_paragraph(ln); q.runs[0].font.size = Pt(10)
    for i in range(3):
        if first[i]:
            t.rows[1].cells[i].paragraphs[0].add_run("(trống)").italic = True
    para(doc, "")
    if diffs:
        para(doc, "Vướng:", bold=True)
        for d in diffs: para(doc, "• " + d)
    if props:
        para(doc, "Kiến nghị:", bold=True)
        for d in props: para(doc, "• " + d)
    para(doc, "")
    para(doc, "Người lập bảng", italic=True, align="r")
    para(doc, signer, bold=True, align="r")
    doc.save(os.path.join(OUT, fname))
    st = {0: "not_started", 1: "in_progress", 2: "completed"}
    ents = [(task, st[col], ind, name + ": " + "; ".join(lines)) for col, name, lines, task, status, ind in cards]
    key(fname, unit_id, unit_name, number, date, ents, diffs, props)

# ---------------------------------------------------------------- Hand B: raw rows + pivot
def hand_b(fname, unit_id, unit_name, number, date, datestr, rows, statuses, tasks, diffs, props, rejected=None, title=None):
    """rows: (ngay, noi dung, chi tieu, so luong or None). statuses: noi dung -> status word. tasks: noi dung -> (task, status, {chi tieu: ind})"""
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "Sheet1"
    ws["A1"] = "UBND " + unit_name.upper(); ws["A1"].font = Font(bold=True)
    ws["A2"] = "Số: " + number
    ws["E2"] = datestr
    ws["A3"] = title or "SỐ LIỆU THỰC HIỆN KH CT38/2026 (dữ liệu gốc)"; ws["A3"].font = Font(bold=True, size=12)
    hdr = ["STT", "Ngày", "Nội dung công việc", "Chỉ tiêu", "Số lượng", "Tình trạng"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=5, column=i + 1, value=h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDEBF7")
    r = 6
    for n, (d, nd, ct, sl) in enumerate(rows, 1):
        ws.cell(row=r, column=1, value=n); ws.cell(row=r, column=2, value=d)
        ws.cell(row=r, column=3, value=nd); ws.cell(row=r, column=4, value=ct)
        if sl is not None:
            c = ws.cell(row=r, column=5, value=sl)
            if sl >= 1000: c.number_format = "#,##0"
        ws.cell(row=r, column=6, value=statuses[nd]); r += 1
    r += 1
    if diffs:
        ws.cell(row=r, column=1, value="Khó khăn:").font = Font(bold=True); r += 1
        for d in diffs: ws.cell(row=r, column=2, value="- " + d); r += 1
    if props:
        ws.cell(row=r, column=1, value="Kiến nghị:").font = Font(bold=True); r += 1
        for d in props: ws.cell(row=r, column=2, value="- " + d); r += 1
    r += 1
    ws.cell(row=r, column=4, value="Người tổng hợp"); ws.cell(row=r + 3, column=4, value="Trần Văn Lộc")
    for col, w in zip("ABCDEF", [5, 11, 34, 24, 11, 16]): ws.column_dimensions[col].width = w
    # pivot as values, English labels
    pv = wb.create_sheet("Sheet2")
    pv["A1"] = "Tình trạng"; pv["B1"] = "(All)"
    pv["A3"] = "Row Labels"; pv["B3"] = "Sum of Số lượng"
    for c in ("A3", "B3"): pv[c].font = Font(bold=True); pv[c].fill = PatternFill("solid", fgColor="DDEBF7")
    order = []
    agg = {}
    for d, nd, ct, sl in rows:
        if nd not in agg: agg[nd] = {}; order.append(nd)
        if ct not in agg[nd]: agg[nd][ct] = None
        if sl is not None: agg[nd][ct] = (agg[nd][ct] or 0) + sl
    rr = 4; grand = 0
    for nd in order:
        tot = sum(v for v in agg[nd].values() if v is not None)
        pv.cell(row=rr, column=1, value=nd).font = Font(bold=True)
        if tot: pv.cell(row=rr, column=2, value=tot).font = Font(bold=True)
        rr += 1
        for ct, v in agg[nd].items():
            pv.cell(row=rr, column=1, value=ct).alignment = Alignment(indent=1)
            if v is not None: pv.cell(row=rr, column=2, value=v)
            rr += 1
        grand += tot
    pv.cell(row=rr, column=1, value="Grand Total").font = Font(bold=True)
    pv.cell(row=rr, column=2, value=grand).font = Font(bold=True)
    for row in pv.iter_rows(min_row=4, max_row=rr, min_col=2, max_col=2):
        for c in row:
            if isinstance(c.value, (int, float)) and c.value >= 1000: c.number_format = "#,##0"
    pv.column_dimensions["A"].width = 36; pv.column_dimensions["B"].width = 18
    wb.save(os.path.join(OUT, fname))
    ents = []
    for nd in order:
        if nd not in tasks: continue
        task, status, m = tasks[nd]
        ind = {m[ct]: v for ct, v in agg[nd].items() if ct in m and v is not None}
        ents.append((task, status, ind, nd + " – " + statuses[nd]))
    key(fname, unit_id, unit_name, number, date, ents, diffs, props, rejected)

# ---------------------------------------------------------------- Hand C: department memo, "name (meeting status):"
def hand_c(fname, unit_id, unit_name, upper, number, date, place_date, intro, items, diffs, props, signer, rejected=None, title=None, resave=False):
    doc = Document(); font(doc, "Times New Roman", 13)
    header_table(doc, upper, unit_name.upper(), number, place_date)
    para(doc, "")
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    para(doc, title or "Tình hình thực hiện các đầu việc của Sở theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ", bold=True, align="c")
    para(doc, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", align="c")
    para(doc, intro, align="j")
    para(doc, "I. TÌNH HÌNH CÁC ĐẦU VIỆC" if not rejected else "I. KẾT QUẢ THỰC HIỆN", bold=True)
    for n, (name, st, body, task, status, ind) in enumerate(items, 1):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.add_run(f"{n}. {name} ").bold = True
        if st:
            r = p.add_run(f"({st})"); r.italic = True; r.bold = True
        p.add_run(": " + body)
    if diffs:
        para(doc, "II. VƯỚNG MẮC", bold=True)
        for d in diffs: para(doc, "- " + d, align="j")
    if props:
        para(doc, "III. KIẾN NGHỊ", bold=True)
        for d in props: para(doc, "- " + d, align="j")
    para(doc, "Ghi chú: tình trạng các đầu việc ghi theo kết luận giao ban tháng 10/2026 của Ban Giám đốc Sở.", italic=True, size=11)
    t = doc.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    l.paragraphs[0].add_run("Nơi nhận:").bold = True
    para(l, "- Như trên;", size=11); para(l, "- Ban Giám đốc Sở;", size=11); para(l, "- Lưu: VT.", size=11)
    r.paragraphs[0].add_run("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC").bold = True
    r.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(r, ""); para(r, ""); para(r, signer, bold=True, align="c")
    path = os.path.join(OUT, fname)
    doc.save(path)
    if resave: lo_resave(path, "docx")
    ents = [(task, status, ind, name + ": " + body) for (name, st, body, task, status, ind) in items]
    key(fname, unit_id, unit_name, number, date, ents, diffs, props, rejected)

# ---------------------------------------------------------------- Hand D: tracker with "Chốt giao ban"
def hand_d(fname, unit_id, unit_name, upper, number, date, datestr, rows, diffs, props, resave=False):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "TheoDoi"
    thin = Side(style="thin"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = upper; ws["A2"] = unit_name.upper(); ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: " + number; ws["E3"] = datestr; ws["E3"].font = Font(italic=True)
    ws["A5"] = "BẢNG THEO DÕI ĐẦU VIỆC KẾ HOẠCH CT38 NĂM 2026 (số liệu đến 25/10/2026)"; ws["A5"].font = Font(bold=True, size=12)
    ws.merge_cells("A5:F5"); ws["A5"].alignment = Alignment(horizontal="center")
    hdr = ["STT", "Đầu việc", "Đã làm gì", "Con số", "Chốt giao ban", "Người phụ trách"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=7, column=i + 1, value=h); c.font = Font(bold=True); c.border = bd
        c.fill = PatternFill("solid", fgColor="FCE4D6"); c.alignment = Alignment(horizontal="center", wrap_text=True)
    r = 8
    for n, (name, did, nums, st, who, task, status, ind) in enumerate(rows, 1):
        vals = [n, name, did, "\n".join(nums) if nums else "—", st, who]
        for i, v in enumerate(vals):
            c = ws.cell(row=r, column=i + 1, value=v); c.border = bd
            c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Ghi chú cột 'Chốt giao ban': đã chốt = xong, đang chạy = đang làm, chưa khởi động = chưa làm (theo biên bản giao ban ngày 27/10/2026).").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEF", [5, 32, 52, 26, 16, 16]): ws.column_dimensions[col].width = w
    ws.freeze_panes = "A8"
    kk = wb.create_sheet("Vuong-DeXuat")
    kk["A1"] = "Vướng mắc"; kk["B1"] = "Đề xuất"
    kk["A1"].font = kk["B1"].font = Font(bold=True)
    for i in range(max(len(diffs), len(props))):
        if i < len(diffs): kk.cell(row=i + 2, column=1, value=diffs[i])
        if i < len(props): kk.cell(row=i + 2, column=2, value=props[i])
    kk.column_dimensions["A"].width = 60; kk.column_dimensions["B"].width = 60
    path = os.path.join(OUT, fname); wb.save(path)
    if resave: lo_resave(path, "xlsx")
    ents = [(task, status, ind, name + ": " + did + (" [" + "; ".join(nums) + "]" if nums else "")) for (name, did, nums, st, who, task, status, ind) in rows]
    key(fname, unit_id, unit_name, number, date, ents, diffs, props)

def lo_resave(path, ext):
    tmp = os.path.join(OUT, "_lo"); os.makedirs(tmp, exist_ok=True)
    subprocess.run(["libreoffice", "--headless", "--convert-to", {"xlsx": "xlsx:Calc MS Excel 2007 XML", "docx": "docx:MS Word 2007 XML"}[ext], "--outdir", tmp, path], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path); shutil.rmtree(tmp)

from content import build
build(globals())

for k in KEYS:
    p = os.path.join(OUT, k["file"])
    k["sha256"] = hashlib.sha256(open(p, "rb").read()).hexdigest()
    order = ["file", "sha256", "status", "reason", "unit", "document", "entries", "findings", "difficulties", "proposals"]
    json.dump({o: k[o] for o in order}, open(os.path.join(OUT, "truth", k["file"] + ".json"), "w"), ensure_ascii=False, indent=2)
print(len(KEYS), "files")
