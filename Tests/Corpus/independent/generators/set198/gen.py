# -*- coding: utf-8 -*-
"""Generator for set198. Four hands: A (Google Form export XLSX), B (status-code XLSX with
merged headers and a code key sheet), C (ward Word report, each task closed by
"Đánh giá chung:"), D (department Word reply with a 4-column table)."""
import json, os, hashlib, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}

def key(fname, status, reason, uid, uname, number, date, entries, diffs, props):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
                       unit={"id": uid, "name": uname},
                       document={"number": number, "date": date},
                       entries=[dict(task=e["task"], status=e["st"], indicators=e.get("ind", {}),
                                     text=e["text"]) for e in entries],
                       findings=[], difficulties=diffs, proposals=props)

# ---------------------------------------------------------------- hand A
A_ST = {"completed": "Đã hoàn thành", "in_progress": "Đang thực hiện",
        "not_started": "Chưa thực hiện", "not_applicable": "Không phát sinh"}
A_HEAD = ["Dấu thời gian", "Địa chỉ email",
          "Tên đơn vị báo cáo (ghi đầy đủ tên phường/xã/đặc khu)",
          "Số văn bản báo cáo (nếu có)", "Ngày ký văn bản báo cáo",
          "Nội dung công việc theo Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 mà đơn vị đã triển khai (mỗi nội dung gửi 1 lần trả lời)",
          "Đơn vị đã làm được những gì? Nêu rõ số liệu (số cuộc, số cơ sở, số lượt người, số tiền phạt...)",
          "Tình trạng thực hiện nội dung này",
          "Khó khăn, vướng mắc khi thực hiện nội dung này (nếu có)",
          "Đề xuất, kiến nghị đối với Sở Khoa học và Công nghệ (nếu có)",
          "Họ tên, số điện thoại cán bộ điền phiếu"]

def hand_a(fname, uname, email, number, datevn, rows, person, status_words=A_ST):
    wb = Workbook(); ws = wb.active; ws.title = "Câu trả lời biểu mẫu 1"
    ws.append(A_HEAD)
    for c in ws[1]:
        c.font = Font(bold=True); c.alignment = Alignment(wrap_text=True, vertical="top")
        c.fill = PatternFill("solid", fgColor="D9EAD3")
    for r in rows:
        ws.append([r["ts"], email, uname, number, datevn, r["job"], r["res"],
                   r.get("stw") or status_words[r["st"]], r.get("kk", ""), r.get("kn", ""), person])
    widths = [19, 26, 30, 16, 14, 48, 60, 18, 40, 40, 28]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A2"
    wb.save(os.path.join(OUT, fname))

# ---------------------------------------------------------------- hand B
B_CODES = [("TT01", "Đã hoàn thành"), ("TT02", "Đang thực hiện"),
           ("TT03", "Chưa triển khai"), ("TT04", "Không phát sinh")]
B_CODE = {"completed": "TT01", "in_progress": "TT02", "not_started": "TT03", "not_applicable": "TT04"}
# sub-columns of the merged groups
B_GROUPS = [("Tuyên truyền, tập huấn", [("training_courses", "Số lớp/ hội nghị"), ("participants", "Lượt người"), ("communications", "Tin, bài, tài liệu")]),
            ("Kiểm tra", [("inspections", "Số cuộc"), ("establishments_inspected", "Số cơ sở"), ("violations", "Cơ sở vi phạm"), ("fines_vnd", "Phạt tiền (đồng)")]),
            ("Kết quả khác", [("enterprises_supported", "DN/ tổ chức được hỗ trợ"), ("samples_tested", "Mẫu"), ("instruments_verified", "PTĐ kiểm định/ hiệu chuẩn"), ("standards_reviewed", "TCVN/ QCVN góp ý"), ("budget_spent_vnd", "Kinh phí đã sử dụng (đồng)")])]

def hand_b(fname, org_parent, uname, number, place_date, title, rows, kk, kn, signer):
    thin = Side(style="thin"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = Workbook(); ws = wb.active; ws.title = "BaoCao"
    ncol = 4 + sum(len(g[1]) for g in B_GROUPS) + 1
    ws["A1"] = org_parent; ws["A2"] = uname.upper(); ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: " + number
    ws.cell(1, 10, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").font = Font(bold=True)
    ws.cell(2, 10, "Độc lập - Tự do - Hạnh phúc")
    ws.cell(3, 10, place_date).font = Font(italic=True)
    ws.merge_cells(start_row=5, start_column=1, end_row=5, end_column=ncol)
    ws["A5"] = title; ws["A5"].font = Font(bold=True, size=13); ws["A5"].alignment = Alignment(horizontal="center")
    # two header rows, merged groups
    r1, r2 = 7, 8
    fixed = ["STT", "Nội dung công việc", "Mã tình trạng (chọn trong danh sách)"]
    for i, h in enumerate(fixed, 1):
        ws.merge_cells(start_row=r1, start_column=i, end_row=r2, end_column=i); ws.cell(r1, i, h)
    col = 4
    for g, subs in B_GROUPS:
        ws.merge_cells(start_row=r1, start_column=col, end_row=r1, end_column=col + len(subs) - 1)
        ws.cell(r1, col, g)
        for k, (ind, lab) in enumerate(subs):
            ws.cell(r2, col + k, lab)
        col += len(subs)
    ws.merge_cells(start_row=r1, start_column=col, end_row=r2, end_column=col); ws.cell(r1, col, "Ghi chú")
    for rr in (r1, r2):
        for c in range(1, ncol + 1):
            cell = ws.cell(rr, c); cell.font = Font(bold=True); cell.border = bd
            cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
            cell.fill = PatternFill("solid", fgColor="FCE4D6")
    dv = DataValidation(type="list", formula1="=BangMa!$A$2:$A$5", allow_blank=True)
    ws.add_data_validation(dv)
    r = r2 + 1
    for i, row in enumerate(rows, 1):
        ws.cell(r, 1, i); ws.cell(r, 2, row["job"]); ws.cell(r, 3, B_CODE[row["st"]])
        dv.add(ws.cell(r, 3))
        col = 4
        for g, subs in B_GROUPS:
            for ind, lab in subs:
                v = row.get("ind", {}).get(ind)
                if v is not None:
                    ws.cell(r, col, v)
                    if v >= 1000:
                        ws.cell(r, col).number_format = "#,##0"
                col += 1
        ws.cell(r, col, row.get("note", ""))
        for c in range(1, ncol + 1):
            ws.cell(r, c).border = bd; ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    r += 1
    ws.cell(r, 1, "Khó khăn, vướng mắc:").font = Font(bold=True); r += 1
    for t in kk:
        ws.cell(r, 2, "- " + t); r += 1
    ws.cell(r, 1, "Kiến nghị, đề xuất:").font = Font(bold=True); r += 1
    for t in kn:
        ws.cell(r, 2, "- " + t); r += 1
    r += 1
    ws.cell(r, 10, "NGƯỜI LẬP BIỂU").font = Font(bold=True); ws.cell(r, 14, signer[0]).font = Font(bold=True)
    ws.cell(r + 4, 10, signer[2]); ws.cell(r + 4, 14, signer[1])
    ws.column_dimensions["A"].width = 5; ws.column_dimensions["B"].width = 48; ws.column_dimensions["C"].width = 14
    for c in range(4, ncol + 1):
        ws.column_dimensions[get_column_letter(c)].width = 12
    ws.column_dimensions[get_column_letter(ncol)].width = 30
    wk = wb.create_sheet("BangMa")
    wk.append(["Mã", "Tình trạng"])
    for c, t in B_CODES:
        wk.append([c, t])
    wk["A7"] = "Ghi chú: cột (3) chọn mã trong danh sách thả xuống, không gõ chữ."
    wb.save(os.path.join(OUT, fname))

# ---------------------------------------------------------------- Word helpers
def header_table(doc, left, right_date, number):
    t = doc.add_table(rows=3, cols=2)
    t.cell(0, 0).text = left[0]; t.cell(1, 0).text = left[1]; t.cell(2, 0).text = "Số: " + number
    t.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; t.cell(1, 1).text = "Độc lập - Tự do - Hạnh phúc"
    t.cell(2, 1).text = right_date
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for run in p.runs:
                    run.font.size = Pt(12)
    t.cell(1, 0).paragraphs[0].runs[0].bold = True
    t.cell(0, 1).paragraphs[0].runs[0].bold = True
    t.cell(2, 1).paragraphs[0].runs[0].italic = True

def para(doc, text, bold=False, italic=False, center=False, size=13):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p

def base_doc():
    d = Document(); st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    return d

# ---------------------------------------------------------------- hand C
def hand_c(fname, parent, uname, number, datevn, title, intro, items, kk, kn, signer):
    d = base_doc()
    header_table(d, (parent, uname.upper()), datevn, number)
    para(d, "")
    para(d, "BÁO CÁO", bold=True, center=True, size=14)
    para(d, title, bold=True, center=True)
    para(d, intro)
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    for i, it in enumerate(items, 1):
        para(d, f"{i}. {it['head']}", bold=True)
        for line in it["body"]:
            para(d, line)
        para(d, "Đánh giá chung: " + it["dg"])
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for t in kk or ["Không có."]:
        para(d, "- " + t)
    para(d, "III. KIẾN NGHỊ, ĐỀ XUẤT", bold=True)
    for t in kn or ["Không có."]:
        para(d, "- " + t)
    para(d, "Trên đây là báo cáo của " + uname + "./.")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "Nơi nhận:\n- Sở Khoa học và Công nghệ;\n- Chi cục TĐC;\n- Lưu: VT."
    t.cell(0, 1).text = signer[0]; t.cell(1, 1).text = "\n\n\n" + signer[1]
    d.save(os.path.join(OUT, fname))

# ---------------------------------------------------------------- hand D
def hand_d(fname, parent, uname, number, datevn, vv, kinhgui, intro, rows, kk, kn, signer, asof="31/10/2026"):
    d = base_doc()
    header_table(d, (parent, uname.upper()), datevn, number)
    para(d, vv, italic=True, size=12)
    para(d, kinhgui, center=True)
    para(d, intro)
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    hd = ["TT", "Nội dung Kế hoạch giao", "Sở đã làm", "Số liệu", f"Tình trạng (đến {asof})"]
    for i, h in enumerate(hd):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for i, r in enumerate(rows, 1):
        cells = t.add_row().cells
        cells[0].text = str(i); cells[1].text = r["job"]; cells[2].text = r["did"]
        cells[3].text = "\n".join(r.get("fig", [])) or "—"
        cells[4].text = r["stw"]
    para(d, "")
    para(d, "Khó khăn, vướng mắc:", bold=True)
    for i, x in enumerate(kk, 1):
        para(d, f"{i}. {x}")
    if kn:
        para(d, "Kiến nghị:", bold=True)
        for i, x in enumerate(kn, 1):
            para(d, f"{i}. {x}")
    para(d, uname + " báo cáo để Chi cục tổng hợp./.")
    t2 = d.add_table(rows=1, cols=2)
    t2.cell(0, 0).text = "Nơi nhận:\n- Như trên;\n- Lưu: VT."
    t2.cell(0, 1).text = signer[0] + "\n\n\n\n" + signer[1]
    d.save(os.path.join(OUT, fname))

exec(open(os.path.join(OUT, "content.py"), encoding="utf-8").read())

# ---------------------------------------------------------------- LibreOffice re-save
def lo_resave(fname, fmt):
    tmp = os.path.join(OUT, "_lo"); os.makedirs(tmp, exist_ok=True)
    src = os.path.join(tmp, "in_" + fname); shutil.copy(os.path.join(OUT, fname), src)
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", os.path.join(tmp, "o"), src],
                   check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, "o", "in_" + fname), os.path.join(OUT, fname))
    shutil.rmtree(tmp)

for f, fmt in LO_RESAVE:
    lo_resave(f, fmt)

for f, k in KEYS.items():
    k["sha256"] = hashlib.sha256(open(os.path.join(OUT, f), "rb").read()).hexdigest()
    json.dump(k, open(os.path.join(TRUTH, f + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(KEYS), "files")
