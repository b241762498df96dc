# generator for set213
import json, os, hashlib
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from vnnum import words
OUT = os.path.dirname(os.path.abspath(__file__))
KEYS = {}
def W(n): return words(n)
def P2(n): return "%02d" % n
def dots(n): return "{:,}".format(n).replace(",", ".")
def key(fn, unit, num, date, entries, diff, prop, status="extracted", reason=None):
    KEYS[fn] = dict(file=fn, sha256=None, status=status, reason=reason,
        unit=dict(id=unit[0], name=unit[1]), document=dict(number=num, date=date),
        entries=[dict(task=t, status=s, indicators=i, text=x) for t, s, i, x in entries],
        findings=[], difficulties=diff, proposals=prop)
def hdr(doc, left1, left2, num, place_date):
    t = doc.add_table(rows=3, cols=2)
    t.cell(0,0).text = left1; t.cell(0,1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    t.cell(1,0).text = left2; t.cell(1,1).text = "Độc lập - Tự do - Hạnh phúc"
    t.cell(2,0).text = "Số: " + num if num else "Số:      /BC-UBND"; t.cell(2,1).text = place_date
    for r in t.rows:
        for c in r.cells:
            for p in c.paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for run in p.runs: run.bold = True; run.font.size = Pt(12)
def title(doc, *lines):
    for i, l in enumerate(lines):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(l); r.bold = True
def para(doc, text, bold=False, italic=False):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic; return p
def lead(doc, b, rest):
    p = doc.add_paragraph(); r = p.add_run(b); r.bold = True; p.add_run(rest); return p

# ---------------- HAND 1: ward officer answering the old district's Q&A form (DOCX) -------------
def h1(fn, unit, num, date, dd, qs, diff, prop, entries, extra_title=None):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    hdr(doc, "ỦY BAN NHÂN DÂN", unit[1].upper(), num, dd)
    title(doc, "BÁO CÁO", extra_title or "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
          "(Theo mẫu phiếu hỏi - đáp dùng cho phường, xã)")
    para(doc, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", italic=True)
    para(doc, "Ủy ban nhân dân %s trả lời các câu hỏi của mẫu báo cáo như sau:" % unit[1])
    for i, (q, a) in enumerate(qs, 1):
        lead(doc, "Câu %d. %s" % (i, q), "")
        lead(doc, "Trả lời: ", a)
    n = len(qs) + 1
    lead(doc, "Câu %d. Phường có khó khăn, vướng mắc gì không?" % n, "")
    if diff:
        lead(doc, "Trả lời: ", "Có, cụ thể:")
        for d in diff: para(doc, "- " + d)
    else:
        lead(doc, "Trả lời: ", "Không.")
    lead(doc, "Câu %d. Phường có kiến nghị, đề xuất gì không?" % (n+1), "")
    if prop:
        lead(doc, "Trả lời: ", "Có, phường kiến nghị:")
        for d in prop: para(doc, "- " + d)
    else:
        lead(doc, "Trả lời: ", "Không có.")
    para(doc, "Trên đây là báo cáo trả lời theo mẫu của Ủy ban nhân dân %s./." % unit[1])
    t = doc.add_table(rows=1, cols=2)
    t.cell(0,0).text = "Nơi nhận:\n- Như trên;\n- Lưu: VT."
    t.cell(0,1).text = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n" + qs_sign.pop(0)
    doc.save(os.path.join(OUT, fn))
qs_sign = ["Lê Thị Bích Thảo", "Trần Minh Khoa", "Huỳnh Văn Sang", "Nguyễn Thị Kim Ngọc"]

# ---------------- HAND 2: department clerk, status only in verb tense (DOCX) -------------------
def h2(fn, unit, num, date, dd, sections, diff, prop, entries, signer):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    hdr(doc, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", unit[1].upper(), num, dd)
    title(doc, "BÁO CÁO", "Tình hình phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW",
          "về tiêu chuẩn, đo lường, chất lượng năm 2026")
    para(doc, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", italic=True)
    para(doc, "Thực hiện đề nghị của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, %s báo cáo như sau:" % unit[1])
    lead(doc, "I. KẾT QUẢ THỰC HIỆN", "")
    for L, (head, paras) in zip("ABCDEFGH", sections):
        lead(doc, "%s. %s" % (L, head), "")
        for x in paras: para(doc, x)
    lead(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", "")
    for d in diff: para(doc, "- " + d)
    lead(doc, "III. KIẾN NGHỊ, ĐỀ XUẤT", "")
    for d in prop: para(doc, "- " + d)
    para(doc, "%s báo cáo để Sở Khoa học và Công nghệ tổng hợp./." % unit[1])
    t = doc.add_table(rows=1, cols=2)
    t.cell(0,0).text = "Nơi nhận:\n- Như trên;\n- Giám đốc Sở (để b/c);\n- Lưu: VT."
    t.cell(0,1).text = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n" + signer
    doc.save(os.path.join(OUT, fn))

# ---------------- HAND 4: commune table "Stt | Nội dung công việc | Số liệu | Mức độ" (DOCX) -------
def h4(fn, unit, num, date, dd, subj, rows, diff, prop, signer, kind="XÃ"):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    hdr(doc, "ỦY BAN NHÂN DÂN", unit[1].upper(), num, dd)
    title(doc, "BÁO CÁO", subj)
    para(doc, "Ủy ban nhân dân %s báo cáo kết quả như sau (tính đến ngày báo cáo):" % unit[1])
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Stt", "Nội dung công việc", "Số liệu", "Mức độ"]):
        c.text = h
        for r in c.paragraphs[0].runs: r.bold = True
    for i, (name, figs, lvl) in enumerate(rows, 1):
        cs = t.add_row().cells
        cs[0].text = str(i); cs[1].text = name
        cs[2].text = "\n".join("- " + f for f in figs) if figs else "-"
        cs[3].text = lvl
    lead(doc, "Khó khăn:", "")
    for d in diff: para(doc, "+ " + d)
    lead(doc, "Đề xuất:", "")
    for d in prop: para(doc, "+ " + d)
    t = doc.add_table(rows=1, cols=2)
    t.cell(0,0).text = "Nơi nhận:\n- Như trên;\n- TT. Đảng ủy xã;\n- Lưu: VT, VP."
    t.cell(0,1).text = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\n" + signer
    doc.save(os.path.join(OUT, fn))

# ---------------- HAND 3: ward XLSX, figures in digits AND in a "bằng chữ" column -------------
def h3(fn, unit, num, dd, rows, diff, prop):
    wb = Workbook(); ws = wb.active; ws.title = "BC CT38"
    ws["A1"] = "UBND " + unit[1].upper(); ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["A2"] = "Số: " + num; ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["D3"] = dd
    ws["A5"] = "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"
    ws.merge_cells("A5:F5"); ws["A5"].font = Font(bold=True); ws["A5"].alignment = Alignment(horizontal="center")
    heads = ["TT", "Công việc", "Chỉ tiêu", "Số (ghi bằng số)", "Số (ghi bằng chữ)", "Tình trạng"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(7, j, h); c.font = Font(bold=True)
    r = 8
    for i, (task, figs, stt) in enumerate(rows, 1):
        ws.cell(r, 1, i); ws.cell(r, 2, task); ws.cell(r, 6, stt)
        if not figs: r += 1
        for lab, n, txt in figs:
            ws.cell(r, 3, lab); ws.cell(r, 4, n); ws.cell(r, 5, txt); r += 1
    r += 1
    ws.cell(r, 1, "Khó khăn:").font = Font(bold=True); r += 1
    for d in diff: ws.cell(r, 2, d); r += 1
    ws.cell(r, 1, "Kiến nghị:").font = Font(bold=True); r += 1
    for d in prop: ws.cell(r, 2, d); r += 1
    r += 1; ws.cell(r, 5, "Người lập biểu"); ws.cell(r+3, 5, "Phạm Thị Hồng Ngân")
    for col, w in zip("ABCDEF", [5, 48, 28, 14, 34, 14]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))

# ---------------- HAND 5: commune XLSX blocks per job, figures in words only --------------------
def h5(fn, unit, num, dd, blocks, diff, prop, subj="BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38 NĂM 2026"):
    wb = Workbook(); ws = wb.active; ws.title = "Bao cao"
    ws["A1"] = "UBND " + unit[1]; ws["A2"] = "Số " + num; ws["C2"] = dd
    ws["A4"] = subj; ws["A4"].font = Font(bold=True)
    ws.append([]); ws.append(["Nội dung", "Con số", "Ghi chú"])
    for c in ws[6]: c.font = Font(bold=True)
    for job, figs, prog, note in blocks:
        ws.append(["Việc: " + job]); ws.cell(ws.max_row, 1).font = Font(bold=True)
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=3)
        for lab, txt in figs: ws.append([lab, txt, ""])
        ws.append(["Tiến độ", prog, note])
    ws.append([]); ws.append(["Vướng mắc"])
    for d in diff: ws.append(["", d])
    ws.append(["Đề nghị"])
    for d in prop: ws.append(["", d])
    for col, w in zip("ABC", [52, 40, 30]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))

exec(open(os.path.join(OUT, "content.py"), encoding="utf-8").read())
