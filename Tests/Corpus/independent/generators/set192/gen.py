# -*- coding: utf-8 -*-
"""Generator for set192. Five hands; see NOTES.md."""
import json, hashlib, os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from openpyxl.worksheet.properties import Outline

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = []  # (fname, key)


def key(fname, uid, uname, num, date, entries, diffs, props, status="extracted", reason=None):
    TRUTH.append((fname, dict(file=fname, sha256=None, status=status, reason=reason,
                              unit={"id": uid, "name": uname},
                              document={"number": num, "date": date},
                              entries=[dict(task=t, status=s, indicators=i, text=x) for t, s, i, x in entries],
                              findings=[], difficulties=diffs, proposals=props)))


def E(task, st, ind, text):
    return (task, st, ind, text)


# ---------------------------------------------------------------- docx helpers
def new_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d


def header_table(d, left, right):
    t = d.add_table(rows=1, cols=2)
    for cell, lines in zip(t.rows[0].cells, (left, right)):
        cell.paragraphs[0].text = ""
        for i, (txt, b, it) in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt); r.bold = b; r.italic = it; r.font.size = Pt(12)
    return t


def para(d, text, bold=False, italic=False, center=False, indent=True):
    p = d.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent:
        p.paragraph_format.first_line_indent = Cm(1)
    r = p.add_run(text); r.bold = bold; r.italic = italic
    return p


def table(d, rows, widths=None, bold_first=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.text = str(v)
            if i == 0 and bold_first:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    return t


def qh(date_line, unit_lines, so):
    left = [(u, i == len(unit_lines) - 1, False) for i, u in enumerate(unit_lines)] + [("Số: " + so if so else "Số:        /", False, False)]
    right = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False), (date_line, False, True)]
    return left, right


def signature(d, role, name):
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    c0.paragraphs[0].add_run("Nơi nhận:").bold = True
    c0.add_paragraph("- Như trên;")
    c0.add_paragraph("- Lưu: VT.")
    p = c1.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(role).bold = True
    for _ in range(3):
        c1.add_paragraph("")
    q = c1.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.CENTER; q.add_run(name).bold = True


# ============================================================== HAND 1
# Chị Đoàn Thị Bích Trâm – planning officer of a department: reports by the
# department's own programme names, the plan only cited as "(mục 2.3 KH 38)".
def hand1(fname, uid, uname, unit_lines, so, date_iso, date_line, intro, progs, diffs, props, signer):
    d = new_doc()
    l, r = qh(date_line, unit_lines, so)
    header_table(d, l, r)
    para(d, "")
    para(d, "BÁO CÁO", bold=True, center=True)
    para(d, "Kết quả thực hiện Kế hoạch số 38 về tiêu chuẩn, đo lường, chất lượng năm 2026\n(số liệu từ 01/01/2026 đến 15/11/2026)", bold=True, center=True)
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", center=True)
    para(d, intro)
    para(d, "I. KẾT QUẢ THỰC HIỆN THEO CÁC CHƯƠNG TRÌNH CỦA " + unit_lines[-1].upper(), bold=True, indent=False)
    for i, (title, cite, body) in enumerate(progs, 1):
        p = d.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
        p.add_run(f"{i}. {title} ").bold = True
        p.add_run(f"({cite})").italic = True
        for b in body:
            para(d, b)
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in diffs:
        para(d, "- " + x)
    para(d, "III. KIẾN NGHỊ", bold=True, indent=False)
    for x in props:
        para(d, "- " + x)
    para(d, "Trên đây là báo cáo kết quả thực hiện KH 38 năm 2026 của " + uname + " gửi Chi cục tổng hợp, báo cáo Sở Khoa học và Công nghệ./.")
    signature(d, signer[0], signer[1])
    d.save(os.path.join(OUT, fname))


# ============================================================== HAND 2
# Anh Lê Minh Khoa – two tables linked by STT: Bảng 1 (nhiệm vụ, tình trạng),
# Bảng 2 (số liệu) keyed by the same STT.
def hand2_docx(fname, unit_lines, so, date_line, intro, tasks, figs, diffs, props, signer):
    d = new_doc(size=12)
    l, r = qh(date_line, unit_lines, so)
    header_table(d, l, r)
    para(d, "")
    para(d, "BÁO CÁO", bold=True, center=True)
    para(d, "Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (11 tháng)", bold=True, center=True)
    para(d, intro)
    para(d, "Bảng 1. Các nhiệm vụ và tình trạng thực hiện", bold=True, indent=False)
    table(d, [["STT", "Nhiệm vụ", "Tình trạng", "Ghi chú"]] + [[s, n, st, g] for s, n, st, g in tasks])
    para(d, "")
    para(d, "Bảng 2. Số liệu kết quả (ghi theo STT của Bảng 1)", bold=True, indent=False)
    table(d, [["STT (Bảng 1)", "Chỉ tiêu", "Số lượng", "ĐVT"]] + [list(f) for f in figs])
    para(d, "")
    para(d, "Khó khăn, vướng mắc:", bold=True, indent=False)
    for i, x in enumerate(diffs, 1):
        para(d, f"{i}. {x}")
    para(d, "Đề xuất:", bold=True, indent=False)
    for i, x in enumerate(props, 1):
        para(d, f"{i}. {x}")
    signature(d, signer[0], signer[1])
    d.save(os.path.join(OUT, fname))


def hand2_xlsx(fname, title_lines, tasks, figs, diffs, props):
    wb = Workbook(); ws = wb.active; ws.title = "Bang1_NhiemVu"
    for i, t in enumerate(title_lines, 1):
        ws.cell(i, 1, t).font = Font(bold=(i <= 2))
    r0 = len(title_lines) + 2
    for j, h in enumerate(["STT", "Nhiệm vụ", "Tình trạng", "Ghi chú"], 1):
        ws.cell(r0, j, h).font = Font(bold=True)
    for i, row in enumerate(tasks, r0 + 1):
        for j, v in enumerate(row, 1):
            ws.cell(i, j, v).alignment = Alignment(wrap_text=True, vertical="top")
    r = r0 + len(tasks) + 2
    ws.cell(r, 1, "Khó khăn:").font = Font(bold=True)
    for x in diffs:
        r += 1; ws.cell(r, 2, x)
    r += 1; ws.cell(r, 1, "Đề xuất:").font = Font(bold=True)
    for x in props:
        r += 1; ws.cell(r, 2, x)
    ws.column_dimensions["B"].width = 70; ws.column_dimensions["C"].width = 18; ws.column_dimensions["D"].width = 35
    w2 = wb.create_sheet("Bang2_SoLieu")
    w2.cell(1, 1, "Bảng 2. Số liệu (cột STT trỏ về Bảng 1)").font = Font(bold=True)
    for j, h in enumerate(["STT (Bảng 1)", "Chỉ tiêu", "Số lượng", "ĐVT"], 1):
        w2.cell(3, j, h).font = Font(bold=True)
    for i, row in enumerate(figs, 4):
        for j, v in enumerate(row, 1):
            w2.cell(i, j, v)
    w2.column_dimensions["B"].width = 55
    wb.save(os.path.join(OUT, fname))


# ============================================================== HAND 3
# Cô Phạm Thị Hạnh – ward culture officer: self-rating "Mức độ: Tốt / Khá / Đạt / Chưa đạt"
LEGEND3 = ("Cách tự đánh giá mức độ: “Tốt” là việc đã làm xong và vượt yêu cầu đề ra; “Khá” là việc đã làm xong, "
           "đạt yêu cầu; “Đạt” là việc đang làm, bảo đảm tiến độ, chưa kết thúc; “Chưa đạt” là việc chưa làm được "
           "hoặc chưa bắt đầu. Việc không phát sinh trên địa bàn thì ghi “Không đánh giá”.")


def hand3_docx(fname, unit_lines, so, date_line, intro, items, diffs, props, signer):
    d = new_doc(size=14)
    l, r = qh(date_line, unit_lines, so)
    header_table(d, l, r)
    para(d, "")
    para(d, "BÁO CÁO", bold=True, center=True)
    para(d, "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng trên địa bàn năm 2026", bold=True, center=True)
    para(d, intro)
    para(d, LEGEND3, italic=True)
    para(d, "1. Kết quả thực hiện", bold=True, indent=False)
    for i, (title, body, level) in enumerate(items):
        p = d.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
        p.add_run(f"{'abcdeghik'[i]}) {title}").bold = True
        para(d, body)
        p = d.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
        p.add_run("Mức độ: ").italic = True
        p.add_run(level).bold = True
    para(d, "2. Khó khăn", bold=True, indent=False)
    for x in diffs:
        para(d, "- " + x)
    para(d, "3. Đề xuất, kiến nghị", bold=True, indent=False)
    for x in props:
        para(d, "- " + x)
    signature(d, signer[0], signer[1])
    d.save(os.path.join(OUT, fname))


def hand3_xlsx(fname, title_lines, rows, diffs, props):
    wb = Workbook(); ws = wb.active; ws.title = "Tu danh gia"
    for i, t in enumerate(title_lines, 1):
        ws.cell(i, 1, t).font = Font(bold=(i in (1, 4)))
    r0 = len(title_lines) + 2
    for j, h in enumerate(["TT", "Việc phường thực hiện", "Kết quả cụ thể", "Mức độ"], 1):
        ws.cell(r0, j, h).font = Font(bold=True)
    for i, row in enumerate(rows, r0 + 1):
        for j, v in enumerate(row, 1):
            ws.cell(i, j, v).alignment = Alignment(wrap_text=True, vertical="top")
    r = r0 + len(rows) + 2
    ws.cell(r, 1, "Giải thích mức độ:").font = Font(italic=True, bold=True)
    for line in ["Tốt: làm xong, vượt yêu cầu.", "Khá: làm xong, đạt yêu cầu.",
                 "Đạt: đang làm, đúng tiến độ, chưa kết thúc.", "Chưa đạt: chưa làm được / chưa bắt đầu.",
                 "Không đánh giá: không phát sinh trên địa bàn."]:
        r += 1; ws.cell(r, 2, line).font = Font(italic=True)
    r += 2; ws.cell(r, 1, "Khó khăn:").font = Font(bold=True)
    for x in diffs:
        r += 1; ws.cell(r, 2, x)
    r += 1; ws.cell(r, 1, "Kiến nghị:").font = Font(bold=True)
    for x in props:
        r += 1; ws.cell(r, 2, x)
    ws.column_dimensions["B"].width = 45; ws.column_dimensions["C"].width = 60; ws.column_dimensions["D"].width = 14
    wb.save(os.path.join(OUT, fname))


# ============================================================== HAND 4
# Anh Nguyễn Hoàng Phúc – Excel with row outline groups: a task row with the
# total "(Quý III: 4; tháng 10: 2; tháng 11: 1)" and collapsed detail rows.
def hand4_xlsx(fname, title_lines, blocks, diffs, props, sheet="BC 11 thang"):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    ws.sheet_properties.outlinePr = Outline(summaryBelow=False, applyStyles=False)
    for i, t in enumerate(title_lines, 1):
        ws.cell(i, 1, t).font = Font(bold=(i <= 3))
    r = len(title_lines) + 2
    for j, h in enumerate(["STT", "Nội dung công việc", "Kết quả", "Tình trạng", "Ghi chú"], 1):
        ws.cell(r, j, h).font = Font(bold=True)
    for n, (name, result, status, note, details) in enumerate(blocks, 1):
        r += 1
        for j, v in enumerate([n, name, result, status, note], 1):
            c = ws.cell(r, j, v); c.font = Font(bold=True); c.alignment = Alignment(wrap_text=True, vertical="top")
        for dt in details:
            r += 1
            ws.cell(r, 2, "   " + dt[0]); ws.cell(r, 3, dt[1])
            ws.row_dimensions[r].outline_level = 1
            ws.row_dimensions[r].hidden = True
    r += 2
    ws.cell(r, 1, "Khó khăn, vướng mắc").font = Font(bold=True)
    for x in diffs:
        r += 1; ws.cell(r, 2, "- " + x)
    r += 1
    ws.cell(r, 1, "Đề xuất").font = Font(bold=True)
    for x in props:
        r += 1; ws.cell(r, 2, "- " + x)
    ws.column_dimensions["B"].width = 55; ws.column_dimensions["C"].width = 50; ws.column_dimensions["D"].width = 16; ws.column_dimensions["E"].width = 25
    wb.save(os.path.join(OUT, fname))


# ============================================================== HAND 5
# Chị Võ Kim Ngân – ward office: e-mail-like memo pasted into Word, one
# paragraph with soft line breaks.
def hand5_docx(fname, blocks):
    d = new_doc(font="Arial", size=11)
    for lines in blocks:
        p = d.add_paragraph()
        for i, ln in enumerate(lines):
            if i:
                p.add_run().add_break()
            p.add_run(ln)
    d.save(os.path.join(OUT, fname))


exec(open(os.path.join(OUT, "content.py"), encoding="utf-8").read())

# re-save two files through LibreOffice, as real offices do
import subprocess, tempfile, shutil
for fn in ["sgddt-baocao-ct38.docx", "tanhiep-bc-ct38.xlsx"]:
    tmp = tempfile.mkdtemp()
    ext = fn.rsplit(".", 1)[1]
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, os.path.join(OUT, fn)],
                   check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, fn), os.path.join(OUT, fn))
    shutil.rmtree(tmp)

for fname, k in TRUTH:
    k["sha256"] = hashlib.sha256(open(os.path.join(OUT, fname), "rb").read()).hexdigest()
    json.dump(k, open(os.path.join(OUT, "truth", fname + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(TRUTH), "files")
