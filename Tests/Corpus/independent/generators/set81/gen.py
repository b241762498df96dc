# -*- coding: utf-8 -*-
"""Generator for set81. Hands: A (ward DOCX, text in status column), B (ward/commune XLSX,
Tổng số / Trong đó split), C (older commune officer DOCX narrative, 'cơ bản hoàn thành'),
D (departments, 'Nguyên nhân (nếu chưa hoàn thành)' column)."""
import json, os, hashlib, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
                       unit={"id": unit_id, "name": unit_name},
                       document={"number": number, "date": date},
                       entries=[dict(task=t, status=s, indicators=i, text=x) for (t, s, i, x) in entries],
                       findings=[], difficulties=diffs, proposals=props)


def E(task, status, ind, text, **kw):
    d = dict(task=task, status=status, ind=ind, text=text)
    d.update(kw)
    return d


def set_font(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is not None:
        rf.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia', name)


def para(doc, text="", bold=False, italic=False, align=None, size=None, underline=False, indent=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.underline = underline
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(3)
    return p


def header_table(doc, left1, left2, number, place_date):
    t = doc.add_table(rows=3, cols=2)
    c = t.cell(0, 0); c.text = left1
    c = t.cell(1, 0); c.paragraphs[0].add_run(left2).bold = True
    t.cell(0, 1).paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").bold = True
    t.cell(1, 1).paragraphs[0].add_run("Độc lập - Tự do - Hạnh phúc").bold = True
    t.cell(2, 0).text = number
    r = t.cell(2, 1).paragraphs[0].add_run(place_date); r.italic = True
    for row in t.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


# ---------------------------------------------------------------- Hand A
# Chị Thu Hà (VP HĐND-UBND phường): one Word table, the result text is written into the
# status column it belongs to (Đã thực hiện / Đang thực hiện / Chưa thực hiện, không phát sinh).
def hand_a(fname, uid, uname, short, number, date_iso, date_text, rows, diffs, props, signer):
    doc = Document(); set_font(doc)
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    header_table(doc, "ỦY BAN NHÂN DÂN", uname.upper(), "Số: " + number, f"{short}, {date_text}")
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c")
    para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác "
              "tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c")
    para(doc, "Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng).", align="c")
    para(doc, f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, "
              f"Ủy ban nhân dân {uname[0].lower()+uname[1:]} báo cáo kết quả thực hiện như sau:", align="j", indent=1)
    para(doc, "I. KẾT QUẢ THỰC HIỆN (chi tiết theo bảng)", bold=True)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ["STT", "Nội dung công việc", "Đã thực hiện", "Đang thực hiện", "Chưa thực hiện / Không phát sinh"]
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    ents = []
    for n, r in enumerate(rows, 1):
        cells = t.add_row().cells
        cells[0].text = str(n)
        cells[1].text = r["title"]
        col = {"completed": 2, "in_progress": 3, "not_started": 4, "not_applicable": 4}.get(r["status"])
        if col is None:   # status unknown: she typed the result into the content cell itself
            cells[1].text = r["title"] + " " + r["text"]
        else:
            cells[col].text = r["text"]
        ents.append((r["task"], r["status"], r["ind"], r["text"]))
    widths = [Cm(1.2), Cm(7), Cm(6), Cm(6), Cm(5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    para(doc)
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for d in diffs:
        para(doc, "- " + d, align="j", indent=1)
    para(doc, "III. KIẾN NGHỊ, ĐỀ XUẤT", bold=True)
    for d in props:
        para(doc, "- " + d, align="j", indent=1)
    para(doc, f"Trên đây là báo cáo của Ủy ban nhân dân {uname[0].lower()+uname[1:]}./.", indent=1)
    s = doc.add_table(rows=1, cols=2)
    s.cell(0, 0).text = "Nơi nhận:\n- Như trên;\n- TT. Đảng ủy phường;\n- Lưu: VT, KT."
    s.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\n" + signer
    s.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(os.path.join(OUT, fname))
    key(fname, uid, uname, number, date_iso, ents, diffs, props)


# ---------------------------------------------------------------- Hand B
# Anh Phúc (công chức Kinh tế): Excel biểu with "Tổng số | Trong đó: chủ trì | phối hợp",
# status words "Xong / Thường xuyên / Chưa đến kỳ / Không có" in a "Tiến độ" column.
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def hand_b(fname, uid, uname, short, number, date_iso, date_text, title, blocks, diffs, props,
           signer, lead="Phường", sheet="BC CT38", rejected=None):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    widths = [6, 46, 10, 10, 12, 12, 14, 28]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells("A1:C1"); ws["A1"] = "ỦY BAN NHÂN DÂN"
    ws.merge_cells("A2:C2"); ws["A2"] = uname.upper(); ws["A2"].font = Font(bold=True)
    ws.merge_cells("A3:C3"); ws["A3"] = "Số: " + number
    ws.merge_cells("D1:H1"); ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(bold=True)
    ws.merge_cells("D2:H2"); ws["D2"] = "Độc lập - Tự do - Hạnh phúc"; ws["D2"].font = Font(bold=True)
    ws.merge_cells("D3:H3"); ws["D3"] = f"{short}, {date_text}"; ws["D3"].font = Font(italic=True)
    for c in ("A1", "A2", "A3", "D1", "D2", "D3"):
        ws[c].alignment = Alignment(horizontal="center")
    ws.merge_cells("A5:H5"); ws["A5"] = title; ws["A5"].font = Font(bold=True, size=13)
    ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[5].height = 36
    ws.merge_cells("A6:H6"); ws["A6"] = "(Kèm theo Báo cáo số " + number + ")"; ws["A6"].font = Font(italic=True)
    ws["A6"].alignment = Alignment(horizontal="center")
    # two-row header
    r0 = 8
    for col, txt in zip("ABCDGH", ["STT", "Nội dung", "ĐVT", "Tổng số", "Tiến độ", "Ghi chú"]):
        ws.merge_cells(f"{col}{r0}:{col}{r0+1}")
        ws[f"{col}{r0}"] = txt
    ws.merge_cells(f"E{r0}:F{r0}"); ws[f"E{r0}"] = "Trong đó"
    ws[f"E{r0+1}"] = f"{lead} chủ trì"; ws[f"F{r0+1}"] = "Phối hợp"
    for rr in (r0, r0 + 1):
        for c in range(1, 9):
            cell = ws.cell(rr, c); cell.font = Font(bold=True); cell.border = BOX
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = r0 + 2
    ents = []
    for n, b in enumerate(blocks, 1):
        ws.cell(r, 1, n); ws.cell(r, 2, b["title"]); ws.cell(r, 7, b.get("word", ""))
        ws.cell(r, 8, b.get("note", ""))
        for c in range(1, 9):
            ws.cell(r, c).border = BOX
            ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r, 2).font = Font(bold=True)
        r += 1
        for (lab, dvt, tot, a, bb) in b.get("rows", []):
            ws.cell(r, 2, "- " + lab); ws.cell(r, 3, dvt); ws.cell(r, 4, tot)
            ws.cell(r, 5, a if a not in (None, 0) else "-"); ws.cell(r, 6, bb if bb not in (None, 0) else "-")
            for c in (4, 5, 6):
                if isinstance(ws.cell(r, c).value, int):
                    ws.cell(r, c).number_format = "#,##0"
                ws.cell(r, c).alignment = Alignment(horizontal="right")
            for c in range(1, 9):
                ws.cell(r, c).border = BOX
            r += 1
        if "task" in b:
            ents.append((b["task"], b["status"], b["ind"], b["text"]))
    r += 1
    if diffs:
        ws.cell(r, 1, "*"); ws.cell(r, 2, "Khó khăn, vướng mắc:").font = Font(bold=True, italic=True); r += 1
        for d in diffs:
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            ws.cell(r, 2, "- " + d).alignment = Alignment(wrap_text=True); ws.row_dimensions[r].height = 30; r += 1
    if props:
        ws.cell(r, 1, "*"); ws.cell(r, 2, "Kiến nghị:").font = Font(bold=True, italic=True); r += 1
        for d in props:
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            ws.cell(r, 2, "- " + d).alignment = Alignment(wrap_text=True); ws.row_dimensions[r].height = 30; r += 1
    r += 1
    ws.cell(r, 2, "NGƯỜI LẬP BIỂU").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=8)
    ws.cell(r, 5, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH").font = Font(bold=True)
    ws.cell(r, 5).alignment = Alignment(horizontal="center", wrap_text=True); ws.row_dimensions[r].height = 30
    ws.cell(r + 4, 2, "Phạm Hữu Phúc")
    ws.merge_cells(start_row=r + 4, start_column=5, end_row=r + 4, end_column=8)
    ws.cell(r + 4, 5, signer).alignment = Alignment(horizontal="center")
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fname))
    if rejected:
        key(fname, uid, uname, number, date_iso, [], [], [], status="rejected", reason=rejected)
    else:
        key(fname, uid, uname, number, date_iso, ents, diffs, props)


# ---------------------------------------------------------------- Hand C
# Ông Lâm (older Phó Chủ tịch xã): header typed as paragraphs with tabs, numeric short date,
# numbered narrative paragraphs, statuses in the "cơ bản hoàn thành / đang tiếp tục duy trì"
# family, counts never zero-padded, money as "9,5 triệu đồng".
def hand_c(fname, uid, uname, short, number, date_iso, date_text, title, intro, items, diffs, props,
           signer, sections=("II. KẾT QUẢ THỰC HIỆN", "III. KHÓ KHĂN, VƯỚNG MẮC", "IV. ĐỀ XUẤT, KIẾN NGHỊ"),
           rejected=None, general=None):
    doc = Document(); set_font(doc, size=14)
    p = para(doc, "UBND " + uname.upper() + "\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=12)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(8))
    p = para(doc, "\tĐộc lập - Tự do - Hạnh phúc", bold=True, size=12)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.5))
    p = para(doc, "Số: " + number + "\t" + f"{short}, {date_text}", size=12)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(8.5))
    p.runs[0].italic = False
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c")
    para(doc, title, bold=True, align="c")
    para(doc, "---------------", align="c")
    para(doc, intro, align="j", indent=1.27)
    if general is None and not rejected:
        general = ("Ngay sau khi nhận được Kế hoạch của Sở, UBND xã đã giao công chức Kinh tế tham mưu triển khai, "
                   "phân công các bộ phận phối hợp thực hiện theo chức năng, nhiệm vụ.")
    if general:
        para(doc, "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", bold=True)
        para(doc, general, align="j", indent=1.27)
    para(doc, sections[0], bold=True)
    ents = []
    for n, it in enumerate(items, 1):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1.27)
        r = p.add_run(f"{n}. {it['title']}: "); r.bold = True
        p.add_run(it["text"])
        if "task" in it:
            ents.append((it["task"], it["status"], it["ind"], it["text"]))
    para(doc, sections[1], bold=True)
    for d in diffs:
        para(doc, "- " + d, align="j", indent=1.27)
    para(doc, sections[2], bold=True)
    for d in props:
        para(doc, "- " + d, align="j", indent=1.27)
    para(doc, f"Trên đây là báo cáo của UBND {uname.replace('Xã', 'xã')}./.", indent=1.27)
    p = para(doc, "Nơi nhận:\t\tKT. CHỦ TỊCH", bold=True, size=12)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(11))
    para(doc, "- Như trên;\t\t\t\t\t\tPHÓ CHỦ TỊCH", size=11)
    para(doc, "- Lưu: VT.", size=11)
    para(doc); para(doc)
    para(doc, "\t\t\t\t\t\t" + signer, bold=True)
    doc.save(os.path.join(OUT, fname))
    if rejected:
        key(fname, uid, uname, number, date_iso, [], [], [], status="rejected", reason=rejected)
    else:
        key(fname, uid, uname, number, date_iso, ents, diffs, props)


# ---------------------------------------------------------------- Hand D
# Chuyên viên tổng hợp of a department: công văn + table
# "TT | Nội dung nhiệm vụ | Kết quả thực hiện | Đánh giá | Nguyên nhân (nếu chưa hoàn thành)".
D_HDR = ["TT", "Nội dung nhiệm vụ được giao/phối hợp", "Kết quả thực hiện", "Đánh giá",
         "Nguyên nhân (nếu chưa hoàn thành)"]


def hand_d_docx(fname, uid, uname, agency_short, number, date_iso, date_text, vv, intro, rows, diffs, props, signer):
    doc = Document(); set_font(doc)
    header_table(doc, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", uname.upper(), "Số: " + number,
                 f"Thành phố Hồ Chí Minh, {date_text}")
    para(doc, vv, italic=False, size=12)
    para(doc)
    para(doc, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align="c")
    para(doc, intro, align="j", indent=1)
    para(doc, "1. Kết quả thực hiện các nhiệm vụ", bold=True)
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(D_HDR):
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    ents = []
    for n, r in enumerate(rows, 1):
        c = t.add_row().cells
        c[0].text = str(n); c[1].text = r["title"]; c[2].text = r["text"]; c[3].text = r["word"]
        c[4].text = r.get("cause", "")
        ents.append((r["task"], r["status"], r["ind"], r["text"]))
    para(doc)
    para(doc, "2. Khó khăn, vướng mắc", bold=True)
    for d in diffs:
        para(doc, "- " + d, align="j", indent=1)
    para(doc, "3. Đề xuất, kiến nghị", bold=True)
    for d in props:
        para(doc, "- " + d, align="j", indent=1)
    para(doc, f"{agency_short} báo cáo để Chi cục Tiêu chuẩn Đo lường Chất lượng tổng hợp./.", indent=1)
    s = doc.add_table(rows=1, cols=2)
    s.cell(0, 0).text = "Nơi nhận:\n- Như trên;\n- Sở KH&CN (để b/c);\n- Giám đốc Sở (để b/c);\n- Lưu: VT."
    s.cell(0, 1).text = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\n" + signer
    doc.save(os.path.join(OUT, fname))
    key(fname, uid, uname, number, date_iso, ents, diffs, props)


def hand_d_xlsx(fname, uid, uname, number, date_iso, date_text, rows, diffs, props, signer):
    wb = Workbook(); ws = wb.active; ws.title = "Bieu KQ CT38"
    for i, w in enumerate([5, 40, 60, 16, 34], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells("A1:B1"); ws["A1"] = "UBND THÀNH PHỐ HỒ CHÍ MINH"
    ws.merge_cells("A2:B2"); ws["A2"] = uname.upper(); ws["A2"].font = Font(bold=True)
    ws.merge_cells("C1:E1"); ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["C1"].font = Font(bold=True)
    ws.merge_cells("C2:E2"); ws["C2"] = "Độc lập - Tự do - Hạnh phúc"; ws["C2"].font = Font(bold=True)
    ws.merge_cells("A3:B3"); ws["A3"] = "Số: " + number
    ws.merge_cells("C3:E3"); ws["C3"] = "Thành phố Hồ Chí Minh, " + date_text; ws["C3"].font = Font(italic=True)
    for c in ("A1", "A2", "A3", "C1", "C2", "C3"):
        ws[c].alignment = Alignment(horizontal="center")
    ws.merge_cells("A5:E5")
    ws["A5"] = ("BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ PHỐI HỢP THEO KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW "
                "NĂM 2026 CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ")
    ws["A5"].font = Font(bold=True); ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[5].height = 34
    for i, h in enumerate(D_HDR, 1):
        c = ws.cell(7, i, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 8
    ents = []
    for n, x in enumerate(rows, 1):
        vals = [n, x["title"], x["text"], x["word"], x.get("cause", "")]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 62
        ents.append((x["task"], x["status"], x["ind"], x["text"]))
        r += 1
    r += 1
    ws.cell(r, 2, "Khó khăn, vướng mắc").font = Font(bold=True); r += 1
    for d in diffs:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5); ws.cell(r, 2, "- " + d); r += 1
    ws.cell(r, 2, "Đề xuất, kiến nghị").font = Font(bold=True); r += 1
    for d in props:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5); ws.cell(r, 2, "- " + d); r += 1
    r += 1
    ws.cell(r, 4, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC").font = Font(bold=True)
    ws.cell(r, 4).alignment = Alignment(wrap_text=True, horizontal="center"); ws.row_dimensions[r].height = 30
    ws.cell(r + 4, 4, signer)
    wb.save(os.path.join(OUT, fname))
    key(fname, uid, uname, number, date_iso, ents, diffs, props)


exec(open(os.path.join(OUT, "content.py"), encoding="utf-8").read())


def libre_resave(fname, fmt):
    src = os.path.join(OUT, fname)
    tmp = os.path.join(OUT, "_lo")
    os.makedirs(tmp, exist_ok=True)
    try:
        subprocess.run(["libreoffice", "--headless", "--convert-to", fmt, "--outdir", tmp, src],
                       check=True, timeout=240, capture_output=True)
        shutil.move(os.path.join(tmp, fname), src)
        return True
    except Exception as e:
        print("LibreOffice re-save skipped:", fname, e)
        return False
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


for f, fmt in LO_RESAVE:
    print("re-saved" if libre_resave(f, fmt) else "not re-saved", f)

for fname, k in KEYS.items():
    k["sha256"] = hashlib.sha256(open(os.path.join(OUT, fname), "rb").read()).hexdigest()
    with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as fh:
        json.dump(k, fh, ensure_ascii=False, indent=2)
print(len(KEYS), "files")
