# -*- coding: utf-8 -*-
"""Generator for set207. Builds the report files; truth keys are written by finish.py
after the optional LibreOffice re-save (so the sha256 is of the final file)."""
import json, os
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.dirname(os.path.abspath(__file__))
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
B = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

def E(task, status, ind, text, **kw):
    d = dict(task=task, status=status, indicators=ind, text=text)
    d.update(kw)
    return d

def vn_date(iso):
    y, m, d = iso.split("-")
    return d, m, y

# ---------------------------------------------------------------- H1
# Lâm Thị Ngọc Hân style: transposed sheet, tasks are columns, measures are rows,
# 'Tình trạng' drop-down row at bottom, explanations in cell notes, freeze panes, merged title.
H1_ROWS = [
    ("inspections", "Số cuộc kiểm tra", "cuộc"),
    ("establishments_inspected", "Số cơ sở được kiểm tra", "cơ sở"),
    ("violations", "Số cơ sở vi phạm", "cơ sở"),
    ("fines_vnd", "Số tiền xử phạt VPHC", "đồng"),
    ("training_courses", "Số lớp tập huấn / hội nghị", "lớp"),
    ("participants", "Số lượt người tham dự", "lượt"),
    ("communications", "Tin, bài, tài liệu tuyên truyền", "tin/bài"),
    ("enterprises_supported", "Số DN, hộ KD được hướng dẫn", "DN/hộ"),
]
H1_ST = {"completed": "Đã xong", "in_progress": "Đang làm", "not_started": "Chưa làm",
         "not_applicable": "Không phát sinh"}

def h1(r):
    wb = Workbook(); ws = wb.active; ws.title = "CT38"
    cols = r["entries"] if not r.get("mist") else r["mist_cols"]
    ncol = 2 + len(cols)
    last = chr(ord("A") + ncol - 1)
    d, m, y = vn_date(r["date"])
    kind = r["kind"]
    ws.merge_cells("A1:B1"); ws["A1"] = "ỦY BAN NHÂN DÂN"
    ws.merge_cells("A2:B2"); ws["A2"] = r["unit_name"].upper()
    ws.merge_cells("A3:B3"); ws["A3"] = "Số: " + r["number"]
    ws.merge_cells(f"C1:{last}1"); ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws.merge_cells(f"C2:{last}2"); ws["C2"] = "Độc lập - Tự do - Hạnh phúc"
    ws.merge_cells(f"C3:{last}3"); ws["C3"] = f"{r['place']}, ngày {d} tháng {m} năm {y}"
    for c in ("A1", "A2", "C1", "C2"):
        ws[c].font = B; ws[c].alignment = CENTER
    ws["C3"].alignment = Alignment(horizontal="center"); ws["C3"].font = Font(italic=True)
    ws["A3"].alignment = Alignment(horizontal="center")
    ws.merge_cells(f"A5:{last}5"); ws["A5"] = r["title"]
    ws["A5"].font = Font(bold=True, size=13); ws["A5"].alignment = CENTER
    ws.row_dimensions[5].height = 36
    ws.merge_cells(f"A6:{last}6"); ws["A6"] = r["subtitle"]
    ws["A6"].font = Font(italic=True); ws["A6"].alignment = CENTER
    hr = 8
    ws.cell(hr, 1, "Chỉ tiêu"); ws.cell(hr, 2, "ĐVT")
    for j, e in enumerate(cols):
        c = ws.cell(hr, 3 + j, e["own"])
    rows = r.get("mist_rows") or H1_ROWS
    for i, (key, label, unit) in enumerate(rows):
        rr = hr + 1 + i
        ws.cell(rr, 1, label); ws.cell(rr, 2, unit)
        for j, e in enumerate(cols):
            v = e["indicators"].get(key)
            c = ws.cell(rr, 3 + j, v if v is not None else "-")
            if key == "fines_vnd" and v is not None:
                c.number_format = "#,##0"
            if v is None:
                c.alignment = Alignment(horizontal="center")
            note = e.get("notes", {}).get(key)
            if note:
                c.comment = Comment(note, r["author"])
    sr = hr + 1 + len(rows)
    ws.cell(sr, 1, "Tình trạng").font = B
    ws.cell(sr, 2, "")
    lst = r.get("mist_statuses") or list(H1_ST.values())
    dv = DataValidation(type="list", formula1='"' + ",".join(lst) + '"', allow_blank=True)
    dv.promptTitle = "Tình trạng"; dv.prompt = "Chọn trong danh sách"
    ws.add_data_validation(dv)
    for j, e in enumerate(cols):
        c = ws.cell(sr, 3 + j, e.get("st_word") or H1_ST[e["status"]])
        c.font = B; c.alignment = CENTER
        c.fill = PatternFill("solid", fgColor="FFF2CC")
        dv.add(c)
        if e.get("st_note"):
            c.comment = Comment(e["st_note"], r["author"])
    for rr in range(hr, sr + 1):
        for cc in range(1, ncol + 1):
            ws.cell(rr, cc).border = BOX
            if rr == hr:
                ws.cell(rr, cc).font = B; ws.cell(rr, cc).alignment = CENTER
                ws.cell(rr, cc).fill = PatternFill("solid", fgColor="DDEBF7")
    ws.row_dimensions[hr].height = 75
    ws.column_dimensions["A"].width = 32; ws.column_dimensions["B"].width = 8
    for j in range(len(cols)):
        ws.column_dimensions[chr(ord("C") + j)].width = 22
    ws.freeze_panes = ws.cell(hr + 1, 3)
    k = sr + 2
    ws.cell(k, 1, "Khó khăn, vướng mắc:").font = B; k += 1
    for t in r["difficulties"]:
        ws.cell(k, 1, "- " + t); k += 1
    ws.cell(k, 1, "Kiến nghị, đề xuất:").font = B; k += 1
    for t in r["proposals"]:
        ws.cell(k, 1, "- " + t); k += 1
    k += 1
    ws.cell(k, 1, "Người lập biểu"); ws.cell(k, 4, "KT. CHỦ TỊCH"); k += 1
    ws.cell(k, 4, "PHÓ CHỦ TỊCH"); k += 3
    ws.cell(k, 1, r["author"]); ws.cell(k, 4, r["signer"])
    ws.print_title_rows = f"{hr}:{hr}"
    wb.save(os.path.join(OUT, r["file"]))

# ---------------------------------------------------------------- H2
# Trần Quốc Vũ: activity list with AutoFilter left on and rows hidden by the filter.
H2_COLS = [("training_courses", "Lớp/HN"), ("participants", "Lượt người"), ("communications", "Tin/bài"),
           ("enterprises_supported", "DN/TC hỗ trợ"), ("inspections", "Cuộc KT"),
           ("establishments_inspected", "Cơ sở KT"), ("violations", "Cơ sở VP"), ("fines_vnd", "Tiền phạt (đ)"),
           ("samples_tested", "Mẫu"), ("instruments_verified", "PTĐ"), ("standards_reviewed", "TC/QC"),
           ("budget_spent_vnd", "Kinh phí (đ)")]
H2_ST = {"completed": "Hoàn thành", "in_progress": "Đang triển khai", "not_started": "Chưa triển khai",
         "not_applicable": "Không phát sinh"}

def h2(r):
    wb = Workbook(); ws = wb.active; ws.title = "TheoDoi"
    heads = ["STT", "Nội dung công việc", "Vai trò", "Thời gian"] + [h for _, h in H2_COLS] + ["Tình trạng", "Ghi chú"]
    n = len(heads); last = get_column_letter(n)
    d, m, y = vn_date(r["date"])
    ws.merge_cells(f"A1:{last}1"); ws["A1"] = r["unit_name"].upper(); ws["A1"].font = B
    ws.merge_cells(f"A2:{last}2")
    ws["A2"] = r["title"]; ws["A2"].font = Font(bold=True, size=13); ws["A2"].alignment = CENTER
    ws.merge_cells(f"A3:{last}3")
    ws["A3"] = f"(Kèm theo Báo cáo số {r['number']} ngày {d}/{m}/{y} của {r['unit_name']})"
    ws["A3"].font = Font(italic=True); ws["A3"].alignment = CENTER
    hr = 5
    for j, h in enumerate(heads):
        c = ws.cell(hr, 1 + j, h); c.font = B; c.alignment = CENTER; c.border = BOX
        c.fill = PatternFill("solid", fgColor="E2EFDA")
    dv = DataValidation(type="list", formula1='"' + ",".join(H2_ST.values()) + '"', allow_blank=True)
    ws.add_data_validation(dv)
    rr = hr + 1; stt = 0
    for row in r["rows"]:
        stt += 1
        vals = [stt, row["own"], row["role"], row["time"]]
        vals += [row["ind"].get(k) for k, _ in H2_COLS]
        vals += [H2_ST[row["status"]], row.get("ghichu", "")]
        for j, v in enumerate(vals):
            c = ws.cell(rr, 1 + j, v); c.border = BOX; c.alignment = WRAP
            if heads[j] in ("Tiền phạt (đ)", "Kinh phí (đ)") and v:
                c.number_format = "#,##0"
        dv.add(ws.cell(rr, len(heads) - 1))
        for colname, note in row.get("notes", {}).items():
            ws.cell(rr, 1 + heads.index(colname)).comment = Comment(note, r["author"])
        fv = row["role"] if r["filter_col"] == "Vai trò" else H2_ST[row["status"]]
        if fv not in r["filter_vals"]:
            ws.row_dimensions[rr].hidden = True
        rr += 1
    lastrow = rr - 1
    ws.auto_filter.ref = f"A{hr}:{last}{lastrow}"
    ws.auto_filter.add_filter_column(heads.index(r["filter_col"]), r["filter_vals"])
    ws.freeze_panes = "C6"
    ws.column_dimensions["B"].width = 46; ws.column_dimensions["D"].width = 12
    for j in range(4, n - 2):
        ws.column_dimensions[get_column_letter(j + 1)].width = 10
    ws.column_dimensions[get_column_letter(n - 1)].width = 16
    ws.column_dimensions[last].width = 34
    k = lastrow + 2
    ws.cell(k, 2, "KHÓ KHĂN, VƯỚNG MẮC").font = B; k += 1
    for i, t in enumerate(r["difficulties"], 1):
        ws.cell(k, 2, f"{i}. {t}"); k += 1
    ws.cell(k, 2, "KIẾN NGHỊ").font = B; k += 1
    for i, t in enumerate(r["proposals"], 1):
        ws.cell(k, 2, f"{i}. {t}"); k += 1
    k += 1
    ws.cell(k, 2, f"Người tổng hợp: {r['author']}"); ws.cell(k, 14, r["signer_title"]); k += 3
    ws.cell(k, 14, r["signer"])
    wb.save(os.path.join(OUT, r["file"]))

# ---------------------------------------------------------------- H3
# Đỗ Minh Khoa: one row per task, numbered drop-down "1 - Hoàn thành…", fines in triệu đồng,
# notes on the task-name cells.
H3_COLS = [("inspections", "Cuộc KT"), ("establishments_inspected", "Cơ sở được KT"),
           ("violations", "Cơ sở VP"), ("fines_vnd", "Phạt (triệu đồng)"),
           ("training_courses", "Lớp, HN"), ("participants", "Lượt người"), ("communications", "Tin, bài"),
           ("enterprises_supported", "DN được hướng dẫn"), ("standards_reviewed", "TC/QC góp ý")]
H3_ST = {"completed": "1 - Hoàn thành", "in_progress": "2 - Đang thực hiện", "not_started": "3 - Chưa thực hiện",
         "not_applicable": "4 - Không phát sinh"}

def h3(r):
    wb = Workbook(); ws = wb.active; ws.title = "BC_CT38"
    heads = ["TT", "Nội dung thực hiện", "Kết quả tóm tắt"] + [h for _, h in H3_COLS] + ["Đánh giá"]
    n = len(heads); last = get_column_letter(n)
    d, m, y = vn_date(r["date"])
    ws.merge_cells("A1:C1"); ws["A1"] = r["parent"]
    ws.merge_cells("A2:C2"); ws["A2"] = r["unit_name"].upper(); ws["A2"].font = B
    ws.merge_cells("A3:C3"); ws["A3"] = "Số: " + r["number"]
    ws.merge_cells(f"D1:{last}1"); ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = B
    ws.merge_cells(f"D2:{last}2"); ws["D2"] = "Độc lập - Tự do - Hạnh phúc"; ws["D2"].font = B
    ws.merge_cells(f"D3:{last}3"); ws["D3"] = f"{r['place']}, ngày {d} tháng {m} năm {y}"
    for c in ("A1", "A2", "A3", "D1", "D2", "D3"):
        ws[c].alignment = CENTER
    ws.merge_cells(f"A5:{last}5"); ws["A5"] = r["title"]
    ws["A5"].font = Font(bold=True, size=12); ws["A5"].alignment = CENTER
    ws.merge_cells(f"A6:{last}6"); ws["A6"] = r["subtitle"]; ws["A6"].alignment = CENTER
    ws["A6"].font = Font(italic=True)
    hr = 8
    for j, h in enumerate(heads):
        c = ws.cell(hr, 1 + j, h); c.font = B; c.alignment = CENTER; c.border = BOX
    ws.row_dimensions[hr].height = 45
    for j in range(n):
        c = ws.cell(hr + 1, 1 + j, f"({j+1})"); c.alignment = CENTER; c.border = BOX
        c.font = Font(italic=True, size=9)
    dv = DataValidation(type="list", formula1='"' + ",".join(H3_ST.values()) + '"', allow_blank=False)
    dv.error = "Chọn 1 trong 4 mức"; dv.errorTitle = "Đánh giá"
    ws.add_data_validation(dv)
    rr = hr + 2
    for i, e in enumerate(r["entries"], 1):
        vals = [i, e["own"], e["summary"]]
        for k, _ in H3_COLS:
            v = e["indicators"].get(k)
            if k == "fines_vnd" and v is not None:
                v = v / 1_000_000
                if v == int(v): v = int(v)
            vals.append(v)
        vals.append(H3_ST[e["status"]])
        for j, v in enumerate(vals):
            c = ws.cell(rr, 1 + j, v); c.border = BOX; c.alignment = WRAP
            if heads[j].startswith("Phạt") and v is not None:
                c.number_format = "0.0##"
        dv.add(ws.cell(rr, n))
        if e.get("note"):
            ws.cell(rr, 2).comment = Comment(e["note"], r["author"])
        rr += 1
    ws.freeze_panes = ws.cell(hr + 2, 3)
    ws.column_dimensions["B"].width = 38; ws.column_dimensions["C"].width = 44
    for j in range(3, n - 1):
        ws.column_dimensions[get_column_letter(j + 1)].width = 9
    ws.column_dimensions[last].width = 20
    k = rr + 1
    ws.cell(k, 2, "* Khó khăn:").font = B; k += 1
    for t in r["difficulties"]:
        ws.cell(k, 2, "- " + t); k += 1
    ws.cell(k, 2, "* Kiến nghị:").font = B; k += 1
    for t in r["proposals"]:
        ws.cell(k, 2, "- " + t); k += 1
    k += 1
    ws.cell(k, 10, r["signer_title"]).font = B; k += 4
    ws.cell(k, 10, r["signer"]).font = B
    wb.save(os.path.join(OUT, r["file"]))

# ---------------------------------------------------------------- H4
# Nguyễn Thị Bích Trâm (Word): "➤" task lines, bracketed "[Số liệu: … | …]" block,
# status as a "// …" tail.
def h4(r):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    sec = doc.sections[0]; sec.left_margin = Cm(3); sec.right_margin = Cm(2)
    t = doc.add_table(rows=1, cols=2)
    d, m, y = vn_date(r["date"])
    a = t.cell(0, 0); a.text = ""
    p = a.paragraphs[0]; p.add_run(r["parent"] + "\n"); p.add_run(r["unit_name"].upper()).bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p2 = a.add_paragraph("Số: " + r["number"]); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if r.get("vv"):
        p3 = a.add_paragraph(r["vv"]); p3.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p3.runs[0].font.size = Pt(11)
    b = t.cell(0, 1); q = b.paragraphs[0]
    q.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n").bold = True
    q.add_run("Độc lập - Tự do - Hạnh phúc").bold = True
    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q2 = b.add_paragraph(); q2.add_run(f"{r['place']}, ngày {d} tháng {m} năm {y}").italic = True
    q2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph()
    ti = doc.add_paragraph(); ti.alignment = WD_ALIGN_PARAGRAPH.CENTER
    ti.add_run("BÁO CÁO").bold = True
    ti2 = doc.add_paragraph(); ti2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    ti2.add_run(r["title"]).bold = True
    if r.get("kinhgui"):
        kg = doc.add_paragraph(); kg.alignment = WD_ALIGN_PARAGRAPH.CENTER
        kg.add_run("Kính gửi: " + r["kinhgui"])
    doc.add_paragraph(r["intro"]).paragraph_format.first_line_indent = Cm(1)
    doc.add_paragraph().add_run(r.get("part1", "I. KẾT QUẢ THỰC HIỆN")).bold = True
    for e in r["entries"]:
        h = doc.add_paragraph(); h.add_run("➤ " + e["own"]).bold = True
        body = doc.add_paragraph(e["body"] + "  // " + e["st_word"])
        body.paragraph_format.first_line_indent = Cm(1)
        if e.get("figs"):
            f = doc.add_paragraph("[Số liệu: " + " | ".join(e["figs"]) + "]")
            f.paragraph_format.left_indent = Cm(1)
            f.runs[0].font.size = Pt(12)
    doc.add_paragraph().add_run(r.get("part2", "II. KHÓ KHĂN, VƯỚNG MẮC")).bold = True
    for i, x in enumerate(r["difficulties"], 1):
        doc.add_paragraph(f"{i}) {x}")
    doc.add_paragraph().add_run(r.get("part3", "III. KIẾN NGHỊ, ĐỀ XUẤT")).bold = True
    for i, x in enumerate(r["proposals"], 1):
        doc.add_paragraph(f"{i}) {x}")
    if r.get("closing"):
        doc.add_paragraph(r["closing"])
    sg = doc.add_table(rows=1, cols=2)
    nn = sg.cell(0, 0).paragraphs[0]; nn.add_run("Nơi nhận:\n").bold = True
    nn.add_run(r["noinhan"]).font.size = Pt(11)
    s = sg.cell(0, 1).paragraphs[0]; s.alignment = WD_ALIGN_PARAGRAPH.CENTER
    s.add_run(r["signer_title"] + "\n\n\n\n").bold = True
    s.add_run(r["signer"]).bold = True
    doc.save(os.path.join(OUT, r["file"]))

if __name__ == "__main__":
    from data import REPORTS
    for r in REPORTS:
        {"h1": h1, "h2": h2, "h3": h3, "h4": h4}[r["hand"]](r)
        print("built", r["file"])
