# -*- coding: utf-8 -*-
"""Generator for set 267 (writer: 4 hands). Builds files + draft keys (sha filled by finish.py)."""
import json, os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KEYS = []


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS.append(dict(file=fname, sha256=None, status=status, reason=reason,
                     unit={"id": unit_id, "name": unit_name},
                     document={"number": number, "date": date},
                     entries=[dict(task=t, status=s, indicators=ind, text=tx) for (t, s, ind, tx) in entries],
                     findings=[], difficulties=diffs, proposals=props))


# ---------------------------------------------------------------- docx helpers
def base_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    return d


def para(d, text="", bold=False, italic=False, align=None, indent=True, size=None, underline=False):
    p = d.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.first_line_indent = None
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
        if size:
            r.font.size = Pt(size)
    return p


def runs(p, parts):
    """parts: list of (text, 'b'/'i'/'bi'/'')"""
    for t, f in parts:
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
    return p


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def cell_text(cell, lines, bold=False, italic=False, align="c", size=None):
    cell.text = ""
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(ln)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)


def nd30_header(d, left_top, left_unit, number, place_date, size=12):
    t = d.add_table(rows=2, cols=2)
    no_borders(t)
    cell_text(t.cell(0, 0), [left_top, left_unit], bold=False, size=size)
    t.cell(0, 0).paragraphs[1].runs[0].bold = True
    cell_text(t.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], bold=True, size=size)
    cell_text(t.cell(1, 0), ["Số: " + number], size=size)
    cell_text(t.cell(1, 1), [place_date], italic=True, size=size)
    return t


def sign_block(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    c = t.cell(0, 0)
    c.text = ""
    for i, ln in enumerate(left_lines):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        r = p.add_run(ln)
        r.font.size = Pt(11)
        if i == 0:
            r.bold, r.italic = True, True
    cell_text(t.cell(0, 1), right_lines, bold=False)
    for i, p in enumerate(t.cell(0, 1).paragraphs):
        if i < 2:
            for r in p.runs:
                r.bold = True
    t.cell(0, 1).paragraphs[-1].runs[0].bold = True


# ---------------------------------------------------------------- HAND 1 : Kim Oanh (Sở's own units, DOCX)
# "Thuận lợi" paragraph first, "a) Về ..." items, prose figures with violation rates,
# statuses "Hoàn thành tốt / Đã hoàn thành / Đang tiếp tục triển khai / Chưa triển khai / Không phát sinh"
# in a last sentence "Đánh giá mức độ: ..." is NOT used: the status is the last clause after "nhìn chung".
def hand1(fname, unit_id, unit_name, parent, unit_short, number, date_iso, place_date, intro, thuanloi,
          items, diffs, props, reporter, signer):
    d = base_doc()
    nd30_header(d, parent, unit_short, number, place_date)
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    para(d, "(Số liệu tính từ 01/01/2026 đến ngày 25/10/2026)", italic=True, align="c")
    para(d, intro, align="j")
    para(d, "I. THUẬN LỢI", bold=True, indent=False)
    for t in thuanloi:
        para(d, "- " + t, align="j")
    para(d, "II. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    entries = []
    for (letter, title, body, verdict, task, status, ind) in items:
        p = para(d, align="j")
        runs(p, [(f"{letter}) Về {title}: ", "b"), (body + " ", ""), (verdict, "")])
        entries.append((task, status, ind, f"{title}: {body} {verdict}"))
    para(d, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for i, t in enumerate(diffs, 1):
        para(d, f"{i}. {t}", align="j")
    para(d, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for i, t in enumerate(props, 1):
        para(d, f"{i}. {t}", align="j")
    para(d, f"Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của {unit_name}./.", align="j")
    para(d, f"Người báo cáo: {reporter}", italic=True, indent=False, size=11)
    sign_block(d, ["Nơi nhận:", "- Chi cục TĐC (để tổng hợp);", "- Lãnh đạo Sở (để b/c);", "- Lưu: VT."],
               signer)
    d.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, entries, diffs, props)


# ---------------------------------------------------------------- HAND 3 : Mỹ Linh (city departments, DOCX công văn)
# công văn with "V/v", items "1.", "2." each tagged "(nhiệm vụ thường xuyên)/(nhiệm vụ định kỳ)/(theo yêu cầu)"
# and closed by "Kết quả đến ngày báo cáo: ..." ; figures in one "cụ thể:" clause; Nơi nhận list.
def hand3(fname, unit_id, unit_name, top, symbol_line, number, vv, date_iso, place_date, opening,
          items, diffs, props, signer, status="extracted", reason=None, body_override=None):
    d = base_doc(size=14)
    t = d.add_table(rows=3, cols=2)
    no_borders(t)
    cell_text(t.cell(0, 0), [top, symbol_line], size=12)
    t.cell(0, 0).paragraphs[1].runs[0].bold = True
    cell_text(t.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], bold=True, size=12)
    cell_text(t.cell(1, 0), ["Số: " + number], size=12)
    cell_text(t.cell(1, 1), [place_date], italic=True, size=12)
    cell_text(t.cell(2, 0), [vv], size=11)
    para(d)
    para(d, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh", align="c")
    para(d, "(qua Chi cục Tiêu chuẩn Đo lường Chất lượng)", italic=True, align="c")
    para(d, opening, align="j")
    entries = []
    if body_override:
        for ln in body_override:
            para(d, ln, align="j")
    for i, (title, tag, body, closing, task, st, ind) in enumerate(items, 1):
        p = para(d, align="j")
        runs(p, [(f"{i}. {title} ", "b"), (f"({tag})", "i"), (": " + body, "")])
        if closing:
            p2 = para(d, align="j")
            runs(p2, [("Kết quả đến ngày báo cáo: ", "i"), (closing, "")])
        entries.append((task, st, ind, f"{title}: {body}" + (f" Kết quả đến ngày báo cáo: {closing}" if closing else "")))
    if diffs:
        para(d, f"{len(items) + 1}. Khó khăn, vướng mắc", bold=True, align="j")
        for t_ in diffs:
            para(d, "- " + t_, align="j")
    if props:
        para(d, f"{len(items) + 1 + bool(diffs)}. Kiến nghị", bold=True, align="j")
        for t_ in props:
            para(d, "- " + t_, align="j")
    para(d, f"{unit_name} kính gửi Sở Khoa học và Công nghệ tổng hợp./.", align="j")
    sign_block(d, ["Nơi nhận:", "- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, " + symbol_line.split()[-1] + "."],
               signer)
    d.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, entries if status == "extracted" else [],
        diffs if status == "extracted" else [], props if status == "extracted" else [], status, reason)


# ---------------------------------------------------------------- HAND 2 : Văn Sang (ward officer; XLSX and Word copy)
# one table "STT | Việc phường đã làm | Kết quả | Tình trạng | Ghi chú", lower-case statuses
# "đã xong / đang làm tiếp / chưa làm / không có việc", Ghi chú "cập nhật dd/mm", plain counts without zero padding,
# money as "6,5 triệu đ"; difficulties and proposals as rows "Vướng mắc" / "Đề nghị" at the foot.
HDR2 = ["STT", "Việc phường đã làm", "Kết quả", "Tình trạng", "Ghi chú"]


def hand2_xlsx(fname, unit_id, unit_name, number, date_iso, date_line, title, rows, diffs, props, signer,
               status="extracted", reason=None):
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.merge_cells("A1:B1"); ws["A1"] = "UBND " + unit_name.upper()
    ws.merge_cells("C1:E1"); ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws.merge_cells("A2:B2"); ws["A2"] = "Số: " + number
    ws.merge_cells("C2:E2"); ws["C2"] = "Độc lập - Tự do - Hạnh phúc"
    ws.merge_cells("C3:E3"); ws["C3"] = date_line
    ws.merge_cells("A5:E5"); ws["A5"] = title
    for c in ("A1", "C1", "C2", "A5"):
        ws[c].font = Font(name="Times New Roman", bold=True, size=12)
        ws[c].alignment = Alignment(horizontal="center")
    ws["C3"].font = Font(name="Times New Roman", italic=True, size=12)
    ws["C3"].alignment = Alignment(horizontal="center")
    r0 = 7
    for j, h in enumerate(HDR2, 1):
        c = ws.cell(r0, j, h)
        c.font = Font(name="Times New Roman", bold=True, size=12)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = bd
    entries = []
    r = r0
    for i, (job, res, st_word, note, task, st, ind) in enumerate(rows, 1):
        r += 1
        for j, v in enumerate([i, job, res, st_word, note], 1):
            c = ws.cell(r, j, v)
            c.font = Font(name="Times New Roman", size=12)
            c.alignment = Alignment(vertical="top", wrap_text=True, horizontal="center" if j in (1, 4) else "left")
            c.border = bd
        entries.append((task, st, ind, f"{job}: {res}"))
    r += 2
    ws.cell(r, 1, "Vướng mắc:").font = Font(name="Times New Roman", bold=True, size=12)
    for t_ in diffs:
        r += 1
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        ws.cell(r, 2, "- " + t_).alignment = Alignment(wrap_text=True)
        ws.row_dimensions[r].height = 32
    r += 1
    ws.cell(r, 1, "Đề nghị:").font = Font(name="Times New Roman", bold=True, size=12)
    for t_ in props:
        r += 1
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        ws.cell(r, 2, "- " + t_).alignment = Alignment(wrap_text=True)
        ws.row_dimensions[r].height = 32
    r += 2
    for k, ln in enumerate(signer):
        ws.merge_cells(start_row=r + k, start_column=4, end_row=r + k, end_column=5)
        ws.cell(r + k, 4, ln).alignment = Alignment(horizontal="center")
        ws.cell(r + k, 4).font = Font(name="Times New Roman", bold=(k < 2 or k == len(signer) - 1), size=12)
    for col, w in zip("ABCDE", (6, 38, 52, 16, 18)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, entries if status == "extracted" else [],
        diffs if status == "extracted" else [], props if status == "extracted" else [], status, reason)


def hand2_docx(fname, unit_id, unit_name, number, date_iso, place_date, title, lead, rows, diffs, props, signer):
    d = base_doc(size=13)
    nd30_header(d, "UBND THÀNH PHỐ HỒ CHÍ MINH", "ỦY BAN NHÂN DÂN\n" + unit_name.upper(), number, place_date)
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, title, bold=True, align="c")
    para(d, lead, align="j")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(HDR2):
        cell_text(t.rows[0].cells[j], [h], bold=True, size=12)
    entries = []
    for i, (job, res, st_word, note, task, st, ind) in enumerate(rows, 1):
        cells = t.add_row().cells
        for j, v in enumerate([str(i), job, res, st_word, note]):
            cell_text(cells[j], [v], align="c" if j in (0, 3) else "l", size=12)
        entries.append((task, st, ind, f"{job}: {res}"))
    para(d)
    p = para(d, "Vướng mắc:", bold=True, indent=False)
    for t_ in diffs:
        para(d, "- " + t_, align="j")
    para(d, "Đề nghị:", bold=True, indent=False)
    for t_ in props:
        para(d, "- " + t_, align="j")
    sign_block(d, ["Nơi nhận:", "- Sở KH&CN (qua Chi cục TĐC);", "- TT. Đảng ủy, TT. HĐND phường;", "- Lưu: VT, KT."],
               signer)
    d.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, entries, diffs, props)


# ---------------------------------------------------------------- HAND 4 : Quang Vinh (Sở's own units, XLSX)
# sheet "BaoCao": short header rows, then one row per task with fixed numeric columns named with unit in brackets,
# full status words + a "Nguyên nhân (nếu chưa xong)" column; second sheet "KK-KN" is NOT used: difficulties and
# proposals are rows "Khó khăn 1", "Kiến nghị 1" under the table in column B.
COLS4 = [("training_courses", "Lớp/khóa (lớp)"), ("participants", "Người tham dự (lượt)"),
         ("enterprises_supported", "DN được hỗ trợ (DN)"), ("samples_tested", "Mẫu (mẫu)"),
         ("instruments_verified", "PTĐ/chuẩn KĐ-HC (chiếc)"), ("budget_spent_vnd", "Kinh phí đã chi (đồng)")]


def hand4(fname, unit_id, unit_name, unit_short, number, date_iso, date_cell, rows, diffs, props, signer, extra=None):
    wb = Workbook()
    ws = wb.active
    ws.title = "BaoCao"
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    F = lambda **k: Font(**{"name": "Arial", "size": 10, **k})
    ws["A1"] = "SỞ KHOA HỌC VÀ CÔNG NGHỆ TP. HỒ CHÍ MINH"; ws["A1"].font = F()
    ws["A2"] = unit_short; ws["A2"].font = F(bold=True)
    ws["A3"] = "Số: " + number; ws["A3"].font = F()
    ws["H3"] = date_cell; ws["H3"].font = F(italic=True)
    ws["A5"] = "BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"; ws["A5"].font = F(bold=True, size=12)
    ws["A6"] = "Đơn vị báo cáo: " + unit_name + " (số liệu đến 20/10/2026)"; ws["A6"].font = F(italic=True)
    hdr = ["TT", "Nội dung công việc", "Đơn vị thực hiện / phối hợp"] + [h for _, h in COLS4] + ["Tình trạng", "Nguyên nhân (nếu chưa xong)", "Diễn giải"]
    r0 = 8
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r0, j, h)
        c.font = F(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = bd
    ws.row_dimensions[r0].height = 42
    entries = []
    r = r0
    for i, (job, role, ind, st_word, cause, expl, task, st) in enumerate(rows, 1):
        r += 1
        vals = [i, job, role] + [ind.get(k) for k, _ in COLS4] + [st_word, cause, expl]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.font = F()
            c.border = bd
            c.alignment = Alignment(vertical="top", wrap_text=True)
            if j == 9 and v is not None:
                c.number_format = "#,##0"
        key_ind = dict(ind)
        if extra and task in extra:
            key_ind.update(extra[task])
        entries.append((task, st, key_ind, f"{job}: {expl}".strip()))
    r += 2
    for k, t_ in enumerate(diffs, 1):
        ws.cell(r, 2, f"Khó khăn {k}:").font = F(bold=True)
        ws.cell(r, 3, t_).font = F()
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=12)
        r += 1
    for k, t_ in enumerate(props, 1):
        ws.cell(r, 2, f"Kiến nghị {k}:").font = F(bold=True)
        ws.cell(r, 3, t_).font = F()
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=12)
        r += 1
    r += 1
    for k, ln in enumerate(signer):
        ws.cell(r + k, 10, ln).font = F(bold=(k != 2))
    for col, w in zip(range(1, 13), (5, 40, 20, 9, 11, 11, 9, 12, 16, 16, 22, 44)):
        ws.column_dimensions[get_column_letter(col)].width = w
    ws.freeze_panes = "C9"
    wb.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, entries, diffs, props)


exec(open(os.path.join(HERE, "content.py"), encoding="utf-8").read())

with open(os.path.join(OUT, "truth", "_draft.json"), "w", encoding="utf-8") as f:
    json.dump(KEYS, f, ensure_ascii=False, indent=1)
print(len(KEYS), "files")
