# -*- coding: utf-8 -*-
"""Generator for set 242 (5 hands). Run: python3 gen.py"""
import hashlib, json, os, re, shutil, zipfile, copy
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from data import REPORTS, PLAN_CITE

OUT = os.path.dirname(os.path.abspath(__file__))

def dparts(iso):
    y, m, d = iso.split("-")
    return y, m, d

def place_date(place, iso):
    y, m, d = dparts(iso)
    return f"{place}, ngày {d} tháng {m} năm {y}"

# ------------------------------------------------------------------ DOCX helpers
def new_doc(font="Times New Roman", size=13):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    return doc

def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement(f"w:{e}"); x.set(qn("w:val"), "nil"); b.append(x)
    tblPr.append(b)

def cell_lines(cell, lines, bold=False, italic=False, center=True, size=None):
    cell.paragraphs[0].text = ""
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(ln); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)

def header_block(doc, left_top, left_unit, number, date_line, extra_left=None):
    t = doc.add_table(rows=2, cols=2); no_borders(t)
    cell_lines(t.cell(0, 0), [left_top], size=12)
    t.cell(0, 0).add_paragraph().add_run(left_unit).bold = True
    t.cell(0, 0).paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    cell_lines(t.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], bold=True, size=12)
    p = t.cell(0, 1).add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Độc lập - Tự do - Hạnh phúc"); r.bold = True; r.underline = True
    cell_lines(t.cell(1, 0), [f"Số: {number}"] + ([extra_left] if extra_left else []), size=12)
    cell_lines(t.cell(1, 1), [date_line], italic=True)
    return t

def para(doc, text="", bold=False, italic=False, center=False, indent=True, size=None):
    p = doc.add_paragraph()
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent: p.paragraph_format.first_line_indent = Cm(1)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(4)
    return p

def signature(doc, lines_left, role_lines, name):
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    c = t.cell(0, 0); c.paragraphs[0].text = ""
    r = c.paragraphs[0].add_run("Nơi nhận:"); r.bold = True; r.italic = True; r.font.size = Pt(11)
    for l in lines_left:
        c.add_paragraph().add_run(l).font.size = Pt(10)
    c2 = t.cell(0, 1)
    cell_lines(c2, role_lines, bold=True)
    for _ in range(3): c2.add_paragraph()
    p = c2.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run(name).bold = True

def set_cell_border(table):
    table.style = "Table Grid"

# ------------------------------------------------------------------ footnotes (raw OOXML)
FOOT_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')

def add_footnote_ref(paragraph, fid):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr"); va = OxmlElement("w:vertAlign"); va.set(qn("w:val"), "superscript"); rpr.append(va)
    r.append(rpr)
    fr = OxmlElement("w:footnoteReference"); fr.set(qn("w:id"), str(fid)); r.append(fr)
    paragraph._p.append(r)

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def inject_footnotes(path, notes):
    body = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for fid, text in notes:
        body.append(f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                    f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="20"/></w:rPr><w:footnoteRef/></w:r>'
                    f'<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>')
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {FOOT_NS}>' + "".join(body) + "</w:footnotes>"
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.decode().replace("</Types>",
                    '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>').encode()
            if item.filename == "word/_rels/document.xml.rels":
                data = data.decode().replace("</Relationships>",
                    '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>').encode()
            zout.writestr(item, data)
        zout.writestr("word/footnotes.xml", xml)
    os.replace(tmp, path)

# ------------------------------------------------------------------ H2: footnoted headings
def render_h2(R, path):
    doc = new_doc()
    y, m, d = dparts(R["date"])
    header_block(doc, "UBND THÀNH PHỐ HỒ CHÍ MINH", R["head"], R["number"],
                 place_date("Thành phố Hồ Chí Minh", R["date"]))
    para(doc)
    para(doc, "BÁO CÁO", bold=True, center=True, size=14)
    para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư\nvề đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, center=True)
    para(doc, "______", center=True)
    unitshort = R["unit"]
    para(doc, f"Thực hiện {PLAN_CITE} về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 "
              f"và đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng, {unitshort} báo cáo kết quả thực hiện "
              f"từ đầu năm đến ngày {d}/{m}/{y} như sau:")
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    notes = []
    for i, e in enumerate(R["entries"], 1):
        fid = i
        p = para(doc, f"{i}. {e['name']}", bold=True)
        add_footnote_ref(p, fid)
        notes.append((fid, f"{e['cite']} {PLAN_CITE}."))
        para(doc, e["body"] + " " + e["close"])
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    if R["diff"]:
        for x in R["diff"]: para(doc, "- " + x)
    else:
        para(doc, "- Không có.")
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for x in R["prop"]: para(doc, "- " + x)
    para(doc, f"Trên đây là báo cáo của {unitshort} về kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026./.")
    signature(doc, ["- Sở KH&CN (Chi cục TĐC);", "- Giám đốc, các PGĐ;", "- Lưu: VT, VP."],
              ["KT. GIÁM ĐỐC" if not R["unit_id"].startswith("THANH") else "KT. CHÁNH THANH TRA",
               "PHÓ GIÁM ĐỐC" if not R["unit_id"].startswith("THANH") else "PHÓ CHÁNH THANH TRA"], "Nguyễn Hoàng Long")
    doc.save(path)
    inject_footnotes(path, notes)

# ------------------------------------------------------------------ H4: ward, increments
def render_h4(R, path):
    doc = new_doc(size=14)
    l1, l2 = R["head"].split("\n")
    place = R["unit"].replace("Phường ", "")
    header_block(doc, l1, l2, R["number"], place_date(place, R["date"]))
    para(doc)
    para(doc, "BÁO CÁO", bold=True, center=True)
    para(doc, "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng theo Chỉ thị 38-CT/TW\n(số liệu 11 tháng năm 2026)", bold=True, center=True)
    para(doc, f"Tiếp theo {R['prev']} về kết quả 6 tháng đầu năm, Ủy ban nhân dân {R['unit'].replace('Phường', 'phường', 1)} "
              "báo cáo bổ sung và cập nhật kết quả đến ngày 10/11/2026; các số liệu dưới đây được so với báo cáo 6 tháng và đã cộng dồn từ đầu năm, cụ thể:")
    para(doc, "1. Kết quả thực hiện", bold=True, indent=False)
    for i, e in enumerate(R["entries"], 1):
        p = para(doc, f"1.{i}. {e['name']}", italic=True)
        para(doc, e["body"])
        p = para(doc)
        r = p.add_run("Tình trạng hiện tại: "); r.underline = True
        p.add_run(e["now"])
    para(doc, "2. Khó khăn", bold=True, indent=False)
    for x in R["diff"]: para(doc, "- " + x)
    para(doc, "3. Kiến nghị", bold=True, indent=False)
    for x in R["prop"]: para(doc, "- " + x)
    para(doc, "Ủy ban nhân dân phường báo cáo Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng) tổng hợp./.")
    signature(doc, ["- Chi cục TĐC;", "- TT ĐU, TT HĐND phường;", "- Lưu: VT, KT."], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
              {"25840": "Võ Thị Thanh Hà", "26713": "Đặng Quốc Bảo", "27028": "Huỳnh Văn Tâm"}[R["unit_id"]])
    doc.save(path)

# ------------------------------------------------------------------ H5: director's letter + annex
def render_h5(R, path):
    doc = new_doc()
    subject = R.get("subject", "V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026")
    header_block(doc, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", R["head"], R["number"],
                 place_date("Thành phố Hồ Chí Minh", R["date"]), extra_left=subject)
    para(doc)
    p = para(doc, "", center=True)
    p.add_run("Kính gửi: ").italic = False
    p.add_run("Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh").bold = False
    para(doc, f"Theo đề nghị của Sở Khoa học và Công nghệ về việc báo cáo kết quả năm 2026, {R['unit']} báo cáo tóm tắt như sau:")
    for i, e in enumerate(R["entries"], 1):
        para(doc, f"{i}. {e['short']}: {e['sum_st']}.")
    if R["diff"]:
        para(doc, "Khó khăn, vướng mắc: " + " ".join(R["diff"]))
    for x in R["prop"]:
        para(doc, "Kiến nghị: " + x)
    para(doc, "Kết quả chi tiết tại Phụ lục kèm theo.")
    para(doc, f"{R['unit']} kính báo cáo./.")
    signature(doc, ["- Như trên;", "- Lưu: VT."], [R.get("role", "GIÁM ĐỐC")], R["signer"])
    doc.add_page_break()
    sec = doc.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, f"Chi tiết các hoạt động đã triển khai\n(Kèm theo Công văn số {R['number']} ngày {'/'.join(reversed(dparts(R['date'])))} của {R['unit']})", italic=True, center=True)
    nrows = sum(len(e["rows"]) for e in R["entries"])
    t = doc.add_table(rows=1 + nrows, cols=6); set_cell_border(t)
    for j, h in enumerate(["STT", "Nội dung", "Hoạt động cụ thể", "Thời gian", "Số lượng", "ĐVT"]):
        cell_lines(t.cell(0, j), [h], bold=True)
    r = 1
    for i, e in enumerate(R["entries"], 1):
        start = r
        for (act, when, qty, unit) in e["rows"]:
            cell_lines(t.cell(r, 2), [act], center=False)
            cell_lines(t.cell(r, 3), [when])
            cell_lines(t.cell(r, 4), [qty])
            cell_lines(t.cell(r, 5), [unit])
            r += 1
        if r - 1 > start:
            t.cell(start, 0).merge(t.cell(r - 1, 0)); t.cell(start, 1).merge(t.cell(r - 1, 1))
        cell_lines(t.cell(start, 0), [str(i)])
        cell_lines(t.cell(start, 1), [e["short"]], center=False)
    doc.save(path)

# ------------------------------------------------------------------ XLSX helpers
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WR = Alignment(wrap_text=True, vertical="top")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

def xhead(ws, left1, left2, number, date_line, ncol):
    last = chr(ord("A") + ncol - 1)
    mid = chr(ord("A") + 1)
    ws.merge_cells(f"A1:B1"); ws["A1"] = left1; ws["A1"].alignment = CEN
    ws.merge_cells(f"A2:B2"); ws["A2"] = left2; ws["A2"].font = Font(bold=True); ws["A2"].alignment = CEN
    ws.merge_cells(f"A3:B3"); ws["A3"] = f"Số: {number}"; ws["A3"].alignment = CEN
    c = chr(ord("A") + 2)
    ws.merge_cells(f"{c}1:{last}1"); ws[f"{c}1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws[f"{c}1"].font = Font(bold=True); ws[f"{c}1"].alignment = CEN
    ws.merge_cells(f"{c}2:{last}2"); ws[f"{c}2"] = "Độc lập - Tự do - Hạnh phúc"; ws[f"{c}2"].font = Font(bold=True, underline="single"); ws[f"{c}2"].alignment = CEN
    ws.merge_cells(f"{c}3:{last}3"); ws[f"{c}3"] = date_line; ws[f"{c}3"].font = Font(italic=True); ws[f"{c}3"].alignment = CEN

# ------------------------------------------------------------------ H1: result / forecast columns
def render_h1(R, path):
    wb = Workbook(); ws = wb.active; ws.title = "BC CT38"
    xhead(ws, "UBND TP. HỒ CHÍ MINH", R["head"], R["number"], place_date("TP. Hồ Chí Minh", R["date"]), 5)
    ws.merge_cells("A5:E5")
    ws["A5"] = R.get("title", "KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (phần việc của Sở)")
    ws["A5"].font = Font(bold=True, size=13); ws["A5"].alignment = CEN
    ws.merge_cells("A6:E6"); ws["A6"] = "(Số liệu tính đến ngày 15/11/2026; cột Dự kiến chỉ để tham khảo, chưa phải kết quả)"
    ws["A6"].font = Font(italic=True); ws["A6"].alignment = CEN
    hdr = ["TT", "Việc Sở thực hiện", "Kết quả đến 15/11/2026", "Dự kiến đến 31/12/2026", "Tiến độ so với hạn"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=8, column=j, value=h); c.font = Font(bold=True); c.alignment = CEN; c.border = BOX
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    r = 9
    for i, e in enumerate(R["entries"], 1):
        vals = [i, e["name"], e["res"], e["fc"], e["sw"]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v); c.alignment = WR if j > 1 else CEN; c.border = BOX
        ws.cell(row=r, column=4).font = Font(italic=True, color="7F7F7F")
        ws.row_dimensions[r].height = 18 * max(2, e["res"].count("\n") + 1)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Khó khăn, vướng mắc:").font = Font(bold=True); r += 1
    for x in R["diff"]:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ws.cell(row=r, column=1, value="- " + x).alignment = WR; ws.row_dimensions[r].height = 32; r += 1
    ws.cell(row=r, column=1, value="Kiến nghị:").font = Font(bold=True); r += 1
    for x in R["prop"]:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ws.cell(row=r, column=1, value="- " + x).alignment = WR; ws.row_dimensions[r].height = 32; r += 1
    r += 1
    ws.cell(row=r, column=4, value="KT. GIÁM ĐỐC").font = Font(bold=True)
    ws.cell(row=r + 1, column=4, value="PHÓ GIÁM ĐỐC").font = Font(bold=True)
    ws.cell(row=r + 5, column=4, value={"SO-CT": "Bùi Tá Hoàng", "SO-XD": "Nguyễn Văn Thuận", "SO-DL": "Lê Trương Hiền", "SO-NNMT": "Trần Văn Sơn"}[R["unit_id"]]).font = Font(bold=True)
    for col, w in zip("ABCDE", (5, 42, 40, 32, 20)): ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(path)

# ------------------------------------------------------------------ H3: mid-term evaluation by criteria
def render_h3(R, path):
    wb = Workbook(); ws = wb.active; ws.title = "DanhGiaGiuaKy"
    xhead(ws, "UBND TP. HỒ CHÍ MINH", R["head"], R["number"], place_date("TP. Hồ Chí Minh", R["date"]), 6)
    ws.merge_cells("A5:F5"); ws["A5"] = "BẢNG ĐÁNH GIÁ GIỮA KỲ TÌNH HÌNH THỰC HIỆN KẾ HOẠCH 38 NĂM 2026"
    ws["A5"].font = Font(bold=True, size=13); ws["A5"].alignment = CEN
    ws.merge_cells("A6:F6"); ws["A6"] = "(Đơn vị tự đánh giá theo 03 tiêu chí; thang điểm 10 cho mỗi nhiệm vụ)"
    ws["A6"].font = Font(italic=True); ws["A6"].alignment = CEN
    hdr = ["STT", "Nhiệm vụ", "Tiêu chí", "Nội dung đánh giá", "Điểm tối đa", "Điểm đạt"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=8, column=j, value=h); c.font = Font(bold=True); c.alignment = CEN; c.border = BOX
    r = 9
    total_max = total_got = 0
    for i, e in enumerate(R["entries"], 1):
        crit = [("1. Tổ chức triển khai", e["trien_khai"], e["tk_pt"]),
                ("2. Khối lượng, sản phẩm", e["kl"], e["kl_pt"]),
                ("3. Tiến độ", e["td"], e["td_pt"])]
        start = r
        for (cn, txt, (mx, got)) in crit:
            for j, v in enumerate([None, None, cn, txt, mx, got], 1):
                c = ws.cell(row=r, column=j, value=v); c.border = BOX; c.alignment = WR if j in (2, 3, 4) else CEN
            r += 1
        ws.cell(row=r, column=3, value="Cộng điểm nhiệm vụ").font = Font(bold=True, italic=True)
        ws.cell(row=r, column=5, value=f"=SUM(E{start}:E{r-1})")
        ws.cell(row=r, column=6, value=f"=SUM(F{start}:F{r-1})").font = Font(bold=True)
        for j in range(1, 7): ws.cell(row=r, column=j).border = BOX
        ws.merge_cells(start_row=start, start_column=1, end_row=r, end_column=1)
        ws.merge_cells(start_row=start, start_column=2, end_row=r, end_column=2)
        ws.cell(row=start, column=1, value=i).alignment = CEN
        ws.cell(row=start, column=2, value=e["name"]).alignment = WR
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="II. TỒN TẠI, KHÓ KHĂN").font = Font(bold=True); r += 1
    for k, x in enumerate(R["diff"], 1):
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(row=r, column=1, value=k).alignment = CEN
        ws.cell(row=r, column=2, value=x).alignment = WR; ws.row_dimensions[r].height = 32; r += 1
    ws.cell(row=r, column=1, value="III. ĐỀ XUẤT").font = Font(bold=True); r += 1
    for k, x in enumerate(R["prop"], 1):
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(row=r, column=1, value=k).alignment = CEN
        ws.cell(row=r, column=2, value=x).alignment = WR; ws.row_dimensions[r].height = 32; r += 1
    r += 1
    ws.cell(row=r, column=2, value="Người lập bảng").font = Font(bold=True)
    ws.cell(row=r, column=4, value="KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC").font = Font(bold=True)
    for col, w in zip("ABCDEF", (5, 40, 22, 55, 10, 10)): ws.column_dimensions[col].width = w
    ws.freeze_panes = "A9"
    wb.save(path)

RENDER = {"H1": render_h1, "H2": render_h2, "H3": render_h3, "H4": render_h4, "H5": render_h5}

def entry_text(e):
    return e.get("name") or e.get("short")

def main():
    os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
    for R in REPORTS:
        path = os.path.join(OUT, R["fname"])
        RENDER[R["hand"]](R, path)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        rej = R.get("rejected")
        truth = {
            "file": R["fname"], "sha256": sha,
            "status": "rejected" if rej else "extracted",
            "reason": rej,
            "unit": {"id": R["unit_id"], "name": R["unit"]},
            "document": {"number": R["number"], "date": R["date"]},
            "entries": [] if rej else [
                {"task": e["task"], "status": e["st"], "indicators": e["ind"], "text": entry_text(e)}
                for e in R["entries"]],
            "findings": [],
            "difficulties": [] if rej else R["diff"],
            "proposals": [] if rej else R["prop"],
        }
        with open(os.path.join(OUT, "truth", R["fname"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
        print("wrote", R["fname"])

if __name__ == "__main__":
    main()
