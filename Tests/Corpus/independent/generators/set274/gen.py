# -*- coding: utf-8 -*-
"""Generator for set 274. Renders data.py into DOCX/XLSX in five hands and writes truth/*.json
(sha256 is filled by finalize.py after any LibreOffice re-save)."""
import json, os, sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from data import FILES

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # files live in set274/, scripts in set274/src/
MONTH_WORDS = None


def dmy(iso):
    y, m, d = iso.split("-")
    return d, m, y


def set_font(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement(f"w:{e}")
        x.set(qn("w:val"), "nil")
        b.append(x)
    tblPr.append(b)


def para(container, text="", bold=False, italic=False, align=None, size=None, indent=None, space_after=None, underline=False):
    p = container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_lines(cell, lines):
    """lines: list of (text, bold, italic, size)"""
    first = True
    for t, b, i, s in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(t)
        r.bold, r.italic = b, i
        if s:
            r.font.size = Pt(s)


def header_block(doc, left_lines, number, place_date, vv=None):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    l = [(x, i > 0, False, 12) for i, x in enumerate(left_lines)]
    l[0] = (left_lines[0], False, False, 12)
    l.append(("———", False, False, 10))
    l.append(("Số: " + number, False, False, 13))
    if vv:
        l.append((vv, False, False, 11))
    cell_lines(t.cell(0, 0), l)
    cell_lines(t.cell(0, 1), [
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False, 12),
        ("Độc lập - Tự do - Hạnh phúc", True, False, 13),
        ("————————————", False, False, 10),
        (place_date, False, True, 13),
    ])
    return t


def sign_block(doc, noi_nhan, signer):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    c = t.cell(0, 0)
    p = c.paragraphs[0]
    r = p.add_run("Nơi nhận:")
    r.bold = r.italic = True
    r.font.size = Pt(12)
    for n in noi_nhan:
        q = c.add_paragraph()
        rr = q.add_run(n)
        rr.font.size = Pt(11)
    lines = [(s, True, False, 13) for s in signer[:-1] if s]
    lines += [("", False, False, 13)] * 3 + [(signer[-1], True, False, 13)]
    cell_lines(t.cell(0, 1), lines)


def date_words(iso, place):
    d, m, y = dmy(iso)
    return f"{place}, ngày {d} tháng {m} năm {y}"


# ------------------------------------------------------------------ H1 Oanh
def render_h1(f, path):
    doc = Document()
    set_font(doc, size=13)
    header_block(doc, ["ỦY BAN NHÂN DÂN", f["dept_line"]], f["number"], date_words(f["date"], f["place"]))
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW\nvề đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c")
    para(doc, "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 và văn bản đôn đốc báo cáo của Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh, Ủy ban nhân dân " + f["unit"][1].replace("Phường", "phường") + " báo cáo kết quả thực hiện từ đầu năm đến nay như sau:", indent=1, align="j")
    para(doc, "I. KẾT QUẢ THỰC HIỆN (xếp theo thời gian làm xong)", bold=True)
    for title, entries in f["groups"]:
        para(doc, title, bold=True, italic=title.startswith("Quý"))
        for e in entries or []:
            para(doc, "- " + e[3], indent=1, align="j")
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for d in f["difficulties"]:
        para(doc, "- " + d, indent=1)
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for d in f["proposals"]:
        para(doc, "- " + d, indent=1)
    para(doc, "Trên đây là báo cáo của Ủy ban nhân dân " + f["unit"][1].replace("Phường", "phường") + "./.", indent=1)
    sign_block(doc, ["- Chi cục TĐC TP.HCM;", "- TT. Đảng ủy phường;", "- CT, các PCT UBND phường;", "- Lưu: VT, KT."], f["signer"])
    doc.save(path)


def h1_entries(f):
    out = []
    for _, entries in f["groups"]:
        for t, s, ind, txt in entries or []:
            out.append((t, s, ind, txt))
    return out


# ------------------------------------------------------------------ H3 Hiếu
def render_h3(f, path):
    doc = Document()
    set_font(doc, size=14)
    header_block(doc, ["ỦY BAN NHÂN DÂN", f["dept_line"]], f["number"], date_words(f["date"], f["place"]))
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c")
    para(doc, "Tình hình, kết quả triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường", bold=True, align="c")
    para(doc, f["cutoff"], italic=True, align="c")
    p = para(doc, "", align="c")
    p.add_run("Kính gửi: ").italic = False
    p.add_run("Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.")
    para(doc, "Ủy ban nhân dân phường báo cáo tình hình, kết quả thực hiện các nội dung được giao như sau (ý kiến chỉ đạo của Chủ tịch UBND phường ghi sau từng nội dung):", indent=1.27, align="j")
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    for i, (t, s, ind, title, body, ykien) in enumerate(f["items"], 1):
        para(doc, f"{i}. {title}", bold=True, indent=1.27)
        para(doc, body, indent=1.27, align="j")
        p = para(doc, "", indent=1.27)
        r = p.add_run("Ý kiến chỉ đạo của Chủ tịch UBND phường: ")
        r.italic = True
        r.underline = True
        r2 = p.add_run(ykien)
        r2.italic = True
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for i, d in enumerate(f["difficulties"], 1):
        para(doc, f"{i}. {d}", indent=1.27, align="j")
    para(doc, "III. KIẾN NGHỊ, ĐỀ XUẤT", bold=True)
    for i, d in enumerate(f["proposals"], 1):
        para(doc, f"{i}. {d}", indent=1.27, align="j")
    para(doc, "Ủy ban nhân dân phường kính báo cáo./.", indent=1.27)
    sign_block(doc, ["- Như trên;", "- Sở KH&CN (để b/c);", "- TT. Đảng ủy phường;", "- Lưu: VT, KT."], f["signer"])
    doc.save(path)


# ------------------------------------------------------------------ H2 Bảo (xlsx)
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def render_h2(f, path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = f["sheet"]
    tnr = "Times New Roman"
    ws["A1"] = "UBND " + f["dept_line"]
    ws["A1"].font = Font(name=tnr, size=12)
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["D1"].font = Font(name=tnr, size=12, bold=True)
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["D2"].font = Font(name=tnr, size=12, bold=True)
    ws["A3"] = "Số: " + f["number"]
    ws["A3"].font = Font(name=tnr, size=12)
    d, m, y = dmy(f["date"])
    ws["D3"] = f"{f['place']}, ngày {d} tháng {m} năm {y}"
    ws["D3"].font = Font(name=tnr, size=12, italic=True)
    title = f.get("title", "BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (đến 25/10)")
    ws["A5"] = title
    ws["A5"].font = Font(name=tnr, size=13, bold=True)
    ws.merge_cells("A5:F5")
    ws["A5"].alignment = Alignment(horizontal="center")
    hdr = ["STT", "Công việc đã làm", "Số lượng (ghi rõ đơn vị)", "Thời gian", "Tình trạng", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=j, value=h)
        c.font = Font(name=tnr, size=11, bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = BOX
    r = 8
    for i, row in enumerate(f["rows"], 1):
        _, st, act, sl, tg, _ = row
        vals = [i, act, sl or None, tg or None, st, None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.font = Font(name=tnr, size=11)
            c.alignment = Alignment(vertical="top", wrap_text=True)
            c.border = BOX
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Vướng mắc:").font = Font(name=tnr, size=11, bold=True)
    r += 1
    for dd in f["difficulties"]:
        ws.cell(row=r, column=2, value="- " + dd).font = Font(name=tnr, size=11)
        r += 1
    ws.cell(row=r, column=2, value="Kiến nghị:").font = Font(name=tnr, size=11, bold=True)
    r += 1
    for dd in f["proposals"]:
        ws.cell(row=r, column=2, value="- " + dd).font = Font(name=tnr, size=11)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Người lập biểu").font = Font(name=tnr, size=11, bold=True)
    ws.cell(row=r, column=5, value="TM. UBND PHƯỜNG").font = Font(name=tnr, size=11, bold=True)
    ws.cell(row=r + 1, column=5, value="KT. CHỦ TỊCH - PHÓ CHỦ TỊCH").font = Font(name=tnr, size=11, bold=True)
    ws.cell(row=r + 5, column=2, value="Đặng Quốc Bảo").font = Font(name=tnr, size=11)
    ws.cell(row=r + 5, column=5, value="(đã ký)").font = Font(name=tnr, size=11, italic=True)
    for col, w in zip("ABCDEF", (6, 48, 30, 12, 20, 12)):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ------------------------------------------------------------------ H4 Mai
H4_HDR = ["TT", "Nội dung (theo Kế hoạch)", "Kết quả thực hiện", "Số liệu (số – đơn vị)", "Tình trạng"]


def render_h4_docx(f, path):
    doc = Document()
    set_font(doc, size=13)
    d, m, y = dmy(f["date"])
    header_block(doc, list(f["head"]), f["number"], f"Thành phố Hồ Chí Minh, ngày {d} tháng {m} năm {y}", vv=f["vv"])
    para(doc)
    para(doc, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align="c")
    para(doc, f"Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, {f['unit'][1]} báo cáo kết quả thực hiện các nội dung Sở được giao phối hợp như sau:", indent=1, align="j")
    para(doc, "1. Kết quả thực hiện", bold=True, indent=1)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(H4_HDR):
        t.cell(0, j).text = ""
        r = t.cell(0, j).paragraphs[0].add_run(h)
        r.bold = True
        r.font.size = Pt(11)
    for i, (task, st, nd, kq, sl, ind) in enumerate(f["rows"], 1):
        cells = t.add_row().cells
        for j, v in enumerate([str(i), nd, kq, sl, st]):
            rr = cells[j].paragraphs[0].add_run(v)
            rr.font.size = Pt(11)
    para(doc, "2. Khó khăn, vướng mắc", bold=True, indent=1)
    for x in f["difficulties"]:
        para(doc, "- " + x, indent=1, align="j")
    para(doc, "3. Kiến nghị", bold=True, indent=1)
    for x in f["proposals"]:
        para(doc, "- " + x, indent=1, align="j")
    para(doc, f"{f['unit'][1]} báo cáo để Chi cục tổng hợp./.", indent=1)
    sign_block(doc, ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, P.QL."], f["signer"])
    doc.save(path)


def render_h4_xlsx(f, path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = f["sheet"]
    tnr = "Times New Roman"
    ws["A1"], ws["A2"], ws["A3"] = f["head"]
    ws["A3"].font = Font(name=tnr, bold=True)
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["D1"].font = ws["D2"].font = Font(name=tnr, bold=True)
    d, m, y = dmy(f["date"])
    ws["A4"] = "Số: " + f["number"]
    ws["D4"] = f"Thành phố Hồ Chí Minh, ngày {d} tháng {m} năm {y}"
    ws["D4"].font = Font(name=tnr, italic=True)
    ws["A6"] = "PHỤ LỤC"
    ws["A7"] = "KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"
    ws["A8"] = f"(Kèm theo Công văn số {f['number']} của Sở Y tế)"
    for a in ("A6", "A7", "A8"):
        ws.merge_cells(f"{a}:E{a[1:]}")
        ws[a].alignment = Alignment(horizontal="center")
        ws[a].font = Font(name=tnr, bold=a != "A8", italic=a == "A8")
    for j, h in enumerate(H4_HDR, 1):
        c = ws.cell(row=10, column=j, value=h)
        c.font = Font(name=tnr, bold=True)
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 11
    for i, (task, st, nd, kq, sl, ind) in enumerate(f["rows"], 1):
        for j, v in enumerate([i, nd, kq, sl or None, st], 1):
            c = ws.cell(row=r, column=j, value=v)
            c.font = Font(name=tnr)
            c.border = BOX
            c.alignment = Alignment(vertical="top", wrap_text=True)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Khó khăn, vướng mắc:").font = Font(name=tnr, bold=True)
    for x in f["difficulties"]:
        r += 1
        ws.cell(row=r, column=2, value="- " + x)
    r += 1
    ws.cell(row=r, column=2, value="Kiến nghị:").font = Font(name=tnr, bold=True)
    for x in f["proposals"]:
        r += 1
        ws.cell(row=r, column=2, value="- " + x)
    for col, w in zip("ABCDE", (5, 36, 60, 30, 16)):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ------------------------------------------------------------------ H5 Khoa
def render_h5_docx(f, path):
    doc = Document()
    set_font(doc, size=13)
    d, m, y = dmy(f["date"])
    header_block(doc, list(f["head"]), f["number"], f"Thành phố Hồ Chí Minh, ngày {d} tháng {m} năm {y}")
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c")
    para(doc, f.get("title2", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026"), bold=True, align="c")
    if f.get("mistaken"):
        para(doc, "Thực hiện Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026 của Ủy ban nhân dân Thành phố, Sở Xây dựng báo cáo kết quả thực hiện 10 tháng năm 2026 như sau:", indent=1, align="j")
    else:
        para(doc, f"Căn cứ Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, {f['unit'][1]} báo cáo kết quả thực hiện các nội dung có liên quan như sau:", indent=1, align="j")
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    for i, (task, st, head, body, rows) in enumerate(f["blocks"], 1):
        para(doc, f"{i}. {head}", bold=True)
        para(doc, body, indent=1, align="j")
        t = doc.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for j, h in enumerate(["Chỉ tiêu", "ĐVT", "Số lượng"]):
            rr = t.cell(0, j).paragraphs[0].add_run(h)
            rr.bold = True
            rr.font.size = Pt(12)
        for ct, dvt, shown, _, _ in rows:
            cells = t.add_row().cells
            for j, v in enumerate([ct, dvt, shown]):
                rr = cells[j].paragraphs[0].add_run(str(v))
                rr.font.size = Pt(12)
                if j == 2:
                    cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        last = t.add_row().cells
        a = last[0].merge(last[1])
        rr = a.paragraphs[0].add_run("Đánh giá")
        rr.bold = rr.italic = True
        rr = last[2].paragraphs[0].add_run(st)
        rr.bold = True
        para(doc, "", space_after=2)
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for k, x in zip("abcdef", f["difficulties"]):
        para(doc, f"{k}) {x}", indent=1, align="j")
    para(doc, "III. ĐỀ XUẤT", bold=True)
    for k, x in zip("abcdef", f["proposals"]):
        para(doc, f"{k}) {x}", indent=1, align="j")
    sign_block(doc, ["- Như trên;", "- Ban Giám đốc Sở;", "- Lưu: VT."], f["signer"])
    doc.save(path)


def render_h5_xlsx(f, path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = f["sheet"]
    tnr = "Times New Roman"
    ws["A1"], ws["A2"], ws["A3"] = f["head"]
    ws["A2"].font = ws["A3"].font = Font(name=tnr, bold=True)
    ws["A4"] = "Số: " + f["number"]
    d, m, y = dmy(f["date"])
    ws["A5"] = f"Thành phố Hồ Chí Minh, ngày {d} tháng {m} năm {y}"
    ws["A5"].font = Font(name=tnr, italic=True)
    ws["A7"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"
    ws["A7"].font = Font(name=tnr, bold=True, size=13)
    ws.merge_cells("A7:D7")
    r = 9
    grey = PatternFill("solid", fgColor="D9D9D9")
    for i, (task, st, head, body, rows) in enumerate(f["blocks"], 1):
        c = ws.cell(row=r, column=1, value=f"{i}. {head}")
        c.font = Font(name=tnr, bold=True)
        r += 1
        c = ws.cell(row=r, column=1, value=body)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        ws.row_dimensions[r].height = 45
        r += 1
        for j, h in enumerate(["Chỉ tiêu", "ĐVT", "Số lượng"], 1):
            c = ws.cell(row=r, column=j, value=h)
            c.font = Font(name=tnr, bold=True)
            c.fill = grey
            c.border = BOX
        r += 1
        for ct, dvt, shown, _, val in rows:
            for j, v in enumerate([ct, dvt, val], 1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                if j == 3:
                    c.number_format = "#,##0"
            r += 1
        c = ws.cell(row=r, column=1, value="Đánh giá:")
        c.font = Font(name=tnr, bold=True, italic=True)
        ws.cell(row=r, column=3, value=st).font = Font(name=tnr, bold=True)
        r += 2
    ws.cell(row=r, column=1, value="KHÓ KHĂN, VƯỚNG MẮC").font = Font(name=tnr, bold=True)
    for k, x in zip("abcdef", f["difficulties"]):
        r += 1
        ws.cell(row=r, column=1, value=f"{k}) {x}")
    r += 2
    ws.cell(row=r, column=1, value="ĐỀ XUẤT").font = Font(name=tnr, bold=True)
    for k, x in zip("abcdef", f["proposals"]):
        r += 1
        ws.cell(row=r, column=1, value=f"{k}) {x}")
    r += 2
    ws.cell(row=r, column=3, value=f["signer"][0]).font = Font(name=tnr, bold=True)
    ws.cell(row=r + 4, column=3, value=f["signer"][-1]).font = Font(name=tnr, bold=True)
    for col, w in zip("ABCD", (60, 14, 16, 10)):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ------------------------------------------------------------------ truth
def entries_of(f):
    h = f["hand"]
    if f.get("mistaken"):
        return []
    raw = []
    if h == "H1":
        raw = [(t, s, ind, txt) for t, s, ind, txt in h1_entries(f)]
    elif h == "H3":
        raw = [(t, s, ind, body) for t, s, ind, title, body, yk in f["items"]]
    elif h == "H2":
        m = {"xong": "completed", "chưa xong - đang làm": "in_progress", "chưa tới lúc": "not_started", "không có": "not_applicable"}
        raw = [(t, m[st], ind, act + (": " + sl if sl else "")) for t, st, act, sl, tg, ind in f["rows"]]
    elif h == "H4":
        m = {"Hoàn thành": "completed", "Đang thực hiện": "in_progress", "Chưa thực hiện": "not_started", "Chưa phát sinh": "not_applicable"}
        raw = [(t, m[st], ind, kq) for t, st, nd, kq, sl, ind in f["rows"]]
    elif h == "H5":
        m = {"Hoàn thành": "completed", "Đang thực hiện": "in_progress"}
        raw = []
        for t, st, head, body, rows in f["blocks"]:
            ind = {}
            for _, _, _, k, v in rows:
                if k:
                    assert k not in ind, (f["file"], t, k)
                    ind[k] = v
            raw.append((t, m[st], ind, body))
    # merge by task
    out, idx = [], {}
    for t, s, ind, txt in raw:
        if t in idx:
            e = out[idx[t]]
            assert e["status"] == s, (f["file"], t)
            for k, v in ind.items():
                assert k not in e["indicators"], (f["file"], t, k)
                e["indicators"][k] = v
            e["text"] += " " + txt
        else:
            idx[t] = len(out)
            out.append({"task": t, "status": s, "indicators": dict(ind), "text": txt})
    return out


def main():
    for f in FILES:
        path = os.path.join(OUT, f["file"])
        h, k = f["hand"], f["kind"]
        if h == "H1":
            render_h1(f, path)
        elif h == "H3":
            render_h3(f, path)
        elif h == "H2":
            render_h2(f, path)
        elif h == "H4":
            (render_h4_docx if k == "docx" else render_h4_xlsx)(f, path)
        elif h == "H5":
            (render_h5_docx if k == "docx" else render_h5_xlsx)(f, path)
        mist = f.get("mistaken", False)
        truth = {
            "file": f["file"],
            "sha256": None,
            "status": "rejected" if mist else "extracted",
            "reason": f["reason"] if mist else None,
            "unit": {"id": f["unit"][0], "name": f["unit"][1]},
            "document": {"number": f["number"], "date": f["date"]},
            "entries": entries_of(f),
            "findings": [],
            "difficulties": [] if mist else list(f["difficulties"]),
            "proposals": [] if mist else list(f["proposals"]),
        }
        with open(os.path.join(OUT, "truth", f["file"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
        print("wrote", f["file"])


if __name__ == "__main__":
    main()
