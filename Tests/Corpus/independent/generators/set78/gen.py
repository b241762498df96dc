# -*- coding: utf-8 -*-
"""Generator for set 78 (ward / commune / special-zone hands). Builds the files and the keys."""
import os, json, hashlib, zipfile, shutil, re
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from xml.sax.saxutils import escape

from data import REPORTS

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

C = WD_ALIGN_PARAGRAPH.CENTER


def base_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d


def para(d, text="", bold=False, italic=False, align=None, size=None, indent=True, space=4):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    elif indent: p.paragraph_format.first_line_indent = Cm(1); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(space)
    return p


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e); x.set(qn("w:val"), "nil"); b.append(x)
    tblPr.append(b)


def cell_lines(cell, lines, bold_idx=(), italic_idx=(), size=13):
    cell.paragraphs[0].text = ""
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = C
        r = p.add_run(ln); r.bold = i in bold_idx; r.italic = i in italic_idx; r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(0)


def header_table(d, left, right, widths=(6.5, 9.5)):
    t = d.add_table(rows=1, cols=2); no_borders(t)
    t.columns[0].width = Cm(widths[0]); t.columns[1].width = Cm(widths[1])
    cell_lines(t.cell(0, 0), left[0], *left[1:])
    cell_lines(t.cell(0, 1), right[0], *right[1:])
    return t


def vn_date(place, dt):
    y, m, dd = dt
    return f"{place}, ngày {dd:02d} tháng {m:02d} năm {y}"


def sign(d, lines, names):
    t = d.add_table(rows=1, cols=2); no_borders(t)
    c = t.cell(0, 0); c.paragraphs[0].text = ""
    p = c.paragraphs[0]; r = p.add_run("Nơi nhận:"); r.bold = True; r.italic = True; r.font.size = Pt(11)
    for ln in lines:
        q = c.add_paragraph(); rr = q.add_run(ln); rr.font.size = Pt(10); q.paragraph_format.space_after = Pt(0)
    cell_lines(t.cell(0, 1), names, bold_idx=(0, 1, len(names) - 1))


# ------------------------------------------------------------------ footnotes (raw OOXML)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def add_fn_ref(paragraph, fid):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr"); va = OxmlElement("w:vertAlign"); va.set(qn("w:val"), "superscript"); rpr.append(va)
    r.append(rpr)
    ref = OxmlElement("w:footnoteReference"); ref.set(qn("w:id"), str(fid)); r.append(ref)
    paragraph._p.append(r)


def inject_footnotes(path, notes):
    """notes: list of (id, text). Adds word/footnotes.xml, its relationship and content type."""
    body = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">',
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for fid, text in notes:
        body.append(f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="both"/></w:pPr>'
                    f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="20"/></w:rPr><w:footnoteRef/></w:r>'
                    f'<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
    body.append("</w:footnotes>")
    fn_xml = "".join(body)
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                s = data.decode("utf-8")
                s = s.replace("</Types>", '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
                data = s.encode("utf-8")
            elif item.filename == "word/_rels/document.xml.rels":
                s = data.decode("utf-8")
                s = s.replace("</Relationships>", '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
                data = s.encode("utf-8")
            elif item.filename == "word/settings.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<w:settings[^>]*>)", r'\1<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>', s, count=1)
                data = s.encode("utf-8")
            zout.writestr(item, data)
        zout.writestr("word/footnotes.xml", fn_xml)
    shutil.move(tmp, path)


# ------------------------------------------------------------------ H1 Nhung: statuses in footnotes
def build_h1(rep):
    d = base_doc()
    upper = "ỦY BAN NHÂN DÂN\n" + rep["unit_name"].upper()
    header_table(d, ([*upper.split("\n"), "", f"Số: {rep['number']}"], (1,)),
                 (["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", vn_date(rep["place"], rep["date"])], (0, 1), (3,)))
    para(d)
    para(d, "BÁO CÁO", bold=True, align=C, space=0)
    para(d, rep["title"], bold=True, align=C)
    para(d, rep["intro"])
    para(d, "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", bold=True, indent=False)
    para(d, rep["chidao"])
    para(d, "II. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    notes = []
    fid = 1
    for i, e in enumerate(rep["entries"], 1):
        p = para(d, f"{i}. {e['head']}", bold=True, indent=True, space=2)
        add_fn_ref(p, fid); notes.append((fid, e["fn"])); fid += 1
        para(d, e["text"])
    para(d, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in rep["difficulties"]:
        para(d, "- " + x)
    para(d, "IV. KIẾN NGHỊ, ĐỀ XUẤT", bold=True, indent=False)
    for x in rep["proposals"]:
        para(d, "- " + x)
    para(d, f"Trên đây là báo cáo của Ủy ban nhân dân phường {rep['place']}./.")
    sign(d, ["- Chi cục TĐC TP.HCM;" if not rep.get("mistaken") else "- Sở Khoa học và Công nghệ;", "- TT.ĐU, TT.HĐND phường;", "- CT, các PCT UBND phường;", "- Lưu: VT, KT."],
         ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", {"26737": "Lê Thị Mỹ Hạnh", "27259": "Trần Quốc Bảo", "26944": "Nguyễn Hoàng Long"}[rep["unit_id"]]])
    path = os.path.join(OUT, rep["file"])
    d.save(path)
    inject_footnotes(path, notes)


# ------------------------------------------------------------------ H3 Hạnh: giải trình chậm báo cáo
def build_h3(rep):
    d = base_doc(size=14)
    header_table(d, (["ỦY BAN NHÂN DÂN", rep["unit_name"].upper(), "", f"Số: {rep['number']}", "V/v " + rep["vv"].lower()[0] + rep["vv"][1:]], (0, 1), (4,), 12),
                 (["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", vn_date(rep["place"], rep["date"])], (0, 1), (3,), 12))
    para(d)
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align=C)
    para(d, f"Ủy ban nhân dân phường {rep['place']} nhận được {rep['dondoc']} của Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh về việc đôn đốc gửi báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Ủy ban nhân dân phường thành thật xin lỗi Chi cục vì đã chậm gửi báo cáo và xin giải trình, báo cáo bổ sung như sau:".replace("phường phường", "phường"))
    para(d, "1. Nguyên nhân chậm gửi báo cáo", bold=True)
    for x in rep["why"]:
        para(d, "- " + x)
    para(d, "2. Kết quả thực hiện Kế hoạch (báo cáo bổ sung)", bold=True)
    for i, e in enumerate(rep["entries"], 1):
        para(d, f"2.{i}. {e['text']}")
    para(d, "3. Khó khăn, vướng mắc", bold=True)
    for x in rep["difficulties"]:
        para(d, "- " + x)
    para(d, "4. Kiến nghị", bold=True)
    for x in rep["proposals"]:
        para(d, "- " + x)
    para(d, "5. Biện pháp khắc phục", bold=True)
    para(d, rep["camket"])
    para(d, "Ủy ban nhân dân phường kính gửi Chi cục xem xét, tổng hợp./.")
    sign(d, ["- Như trên;", "- Chủ tịch UBND phường;", "- Lưu: VT, KT(Hạnh)."],
         ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", {"27418": "Phạm Văn Tài", "26890": "Đỗ Thị Kim Loan", "26824": "Huỳnh Minh Trí"}[rep["unit_id"]]])
    d.save(os.path.join(OUT, rep["file"]))


# ------------------------------------------------------------------ H4 Khoa: tham luận
def build_h4(rep):
    d = base_doc(size=14)
    left = rep["upper"].split("\n")
    if rep["number"]:
        left = left + [f"Số: {rep['number']}"]
    header_table(d, (left, (0, 1)), (["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", vn_date(rep["place"], rep["date"])], (0, 1), (2,)))
    para(d)
    para(d, "THAM LUẬN", bold=True, align=C, size=15, space=0)
    para(d, "Tại Hội nghị sơ kết 10 tháng thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align=C)
    para(d, "Chủ đề: Kết quả, kinh nghiệm phối hợp quản lý tiêu chuẩn, đo lường, chất lượng ở cơ sở", italic=True, align=C)
    para(d, "Kính thưa đồng chí Phó Giám đốc Sở Khoa học và Công nghệ – Chủ trì Hội nghị;", bold=True, indent=False, space=0)
    para(d, "Kính thưa lãnh đạo Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố;", bold=True, indent=False, space=0)
    para(d, "Kính thưa quý vị đại biểu, thưa các đồng chí!", bold=True, indent=False)
    para(d, f"Được sự thống nhất của Ban Tổ chức Hội nghị, {rep['who']} xin trình bày tham luận về kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn. Với đặc điểm riêng của địa phương, {rep['short']} đã chủ động lồng ghép các nội dung của Kế hoạch vào chương trình công tác năm; sau đây, chúng tôi xin báo cáo một số kết quả cụ thể.")
    para(d, "Thưa các đồng chí,", italic=True, indent=False)
    for task, st, ind, txt in rep["paras"]:
        para(d, txt)
    para(d, "Thưa các đồng chí,", italic=True, indent=False)
    para(d, f"Bên cạnh những kết quả nêu trên, {rep['short']} vẫn còn gặp một số khó khăn, đó là:")
    for x in rep["difficulties"]:
        para(d, "- " + x)
    para(d, f"Nhân dịp Hội nghị hôm nay, {rep['who']} xin kính đề xuất một số nội dung sau:")
    for x in rep["proposals"]:
        para(d, "- " + x)
    para(d, "Kính chúc các đồng chí lãnh đạo, quý vị đại biểu dồi dào sức khỏe; chúc Hội nghị thành công tốt đẹp.")
    para(d, "Xin trân trọng cảm ơn!", bold=True, align=C)
    para(d, f"{rep['who'].upper()}" if not rep["number"] else "TM. ỦY BAN NHÂN DÂN", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(d, "(Người trình bày: Nguyễn Đăng Khoa – Phó Chủ tịch UBND)", italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    d.save(os.path.join(OUT, rep["file"]))


# ------------------------------------------------------------------ H2 Tuấn: Tổng số / Trong đó biểu
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
TNR = "Times New Roman"


def xcell(ws, ref, val, bold=False, italic=False, size=12, h="left", wrap=True, border=True, numfmt=None):
    c = ws[ref]; c.value = val
    c.font = Font(name=TNR, size=size, bold=bold, italic=italic)
    c.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if border: c.border = BOX
    if numfmt: c.number_format = numfmt
    return c


def build_h2(rep):
    wb = Workbook(); ws = wb.active; ws.title = "Bieu CT38"
    for col, w in zip("ABCDEF", (7, 52, 10, 13, 17, 18)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:B1"); xcell(ws, "A1", rep["upper"], bold=True, h="center", border=False)
    ws.merge_cells("C1:F1"); xcell(ws, "C1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, h="center", border=False)
    ws.merge_cells("A2:B2"); xcell(ws, "A2", "Số: " + rep["number"], h="center", border=False)
    ws.merge_cells("C2:F2"); xcell(ws, "C2", "Độc lập - Tự do - Hạnh phúc", bold=True, h="center", border=False)
    ws.merge_cells("C3:F3"); xcell(ws, "C3", vn_date(rep["place"], rep["date"]), italic=True, h="center", border=False)
    ws.merge_cells("A5:F5"); xcell(ws, "A5", "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026", bold=True, size=13, h="center", border=False)
    ws.merge_cells("A6:F6"); xcell(ws, "A6", "(Số liệu tính từ ngày 01/01/2026 đến ngày 15/10/2026)", italic=True, h="center", border=False)
    hdr = ["STT", "Nội dung / Chỉ tiêu", "Đơn vị tính", "Số lượng", "Tình hình thực hiện", "Ghi chú"]
    for i, hname in enumerate(hdr):
        xcell(ws, f"{'ABCDEF'[i]}8", hname, bold=True, h="center")
    r = 9
    ROM = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
    for gi, e in enumerate(rep["entries"]):
        xcell(ws, f"A{r}", ROM[gi], bold=True, h="center")
        xcell(ws, f"B{r}", e["head"], bold=True)
        for col in "CDF": xcell(ws, f"{col}{r}", None)
        xcell(ws, f"E{r}", e["st"], h="center")
        r += 1
        n = 0
        for label, dvt, val, key in e["rows"]:
            if label.startswith("Tổng số") or key:
                n += 1; stt = str(n); b = False; lab = label
            else:
                stt = ""; b = False; lab = label
            xcell(ws, f"A{r}", stt, h="center")
            c = xcell(ws, f"B{r}", lab, italic=(key is None))
            if key is None:
                c.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True, indent=2)
            xcell(ws, f"C{r}", dvt, h="center")
            xcell(ws, f"D{r}", val, h="right", numfmt="#,##0" if val >= 1000 else "0", italic=(key is None))
            xcell(ws, f"E{r}", None); xcell(ws, f"F{r}", None)
            r += 1
    r += 1
    xcell(ws, f"A{r}", "Khó khăn, vướng mắc:", bold=True, border=False, wrap=False); r += 1
    for x in rep["difficulties"]:
        ws.merge_cells(f"A{r}:F{r}"); xcell(ws, f"A{r}", "- " + x, border=False); ws.row_dimensions[r].height = 32; r += 1
    xcell(ws, f"A{r}", "Kiến nghị, đề xuất:", bold=True, border=False, wrap=False); r += 1
    for x in rep["proposals"]:
        ws.merge_cells(f"A{r}:F{r}"); xcell(ws, f"A{r}", "- " + x, border=False); ws.row_dimensions[r].height = 32; r += 1
    r += 1
    ws.merge_cells(f"A{r}:B{r}"); xcell(ws, f"A{r}", "NGƯỜI LẬP BIỂU", bold=True, h="center", border=False)
    ws.merge_cells(f"D{r}:F{r}"); xcell(ws, f"D{r}", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", bold=True, h="center", border=False)
    ws.row_dimensions[r].height = 32
    r += 4
    ws.merge_cells(f"A{r}:B{r}"); xcell(ws, f"A{r}", "Võ Minh Tuấn", bold=True, h="center", border=False)
    ws.merge_cells(f"D{r}:F{r}"); xcell(ws, f"D{r}", {"27637": "Nguyễn Văn Hải", "27553": "Trương Thị Ngọc", "27655": "Lâm Quốc Việt", "25777": "Đặng Văn Sơn"}[rep["unit_id"]], bold=True, h="center", border=False)
    ws.freeze_panes = "A9"
    ws.page_setup.orientation = "portrait"; ws.page_setup.fitToWidth = 1
    wb.save(os.path.join(OUT, rep["file"]))


# ------------------------------------------------------------------ H5 Vy: young officer, "k" money
def build_h5(rep):
    wb = Workbook(); ws = wb.active; ws.title = "bc"
    widths = (5, 46, 7, 7, 6, 11, 30, 12, 20)
    for col, w in zip("ABCDEFGHI", widths):
        ws.column_dimensions[col].width = w
    y, m, dd = rep["date"]
    ws["A1"] = rep["upper"]; ws["A1"].font = Font(name="Arial", size=10, bold=True)
    ws["A2"] = f"Số: {rep['number']}    ngày {dd:02d}/{m:02d}/{y}"; ws["A2"].font = Font(name="Arial", size=10)
    title = ("BÁO CÁO KẾT QUẢ CT38 NĂM 2026 (tính đến 20/10)" if not rep.get("mistaken")
             else "BÁO CÁO CÔNG TÁC BẢO ĐẢM AN TOÀN THỰC PHẨM 10 THÁNG NĂM 2026")
    ws["A4"] = title; ws["A4"].font = Font(name="Arial", size=12, bold=True)
    hdr = ["STT", "Việc đã làm", "Cuộc", "Cơ sở", "VP", "Tiền phạt", "Khác", "Tình trạng", "Ghi chú"]
    fill = PatternFill("solid", fgColor="D9E1F2")
    for i, h in enumerate(hdr):
        c = ws.cell(row=6, column=i + 1, value=h)
        c.font = Font(name="Arial", size=10, bold=True); c.fill = fill; c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 7
    for i, e in enumerate(rep["entries"], 1):
        vals = [i, e["viec"], e["cuoc"] and int(e["cuoc"]), e["coso"] and int(e["coso"]), e["vp"] and int(e["vp"]), e["phat"], e["khac"], e["st"], e["note"]]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=j + 1, value=(v if v != "" else None))
            c.font = Font(name="Arial", size=10); c.border = BOX
            c.alignment = Alignment(vertical="top", wrap_text=True, horizontal="center" if j in (0, 2, 3, 4, 5, 7) else "left")
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Khó khăn:").font = Font(name="Arial", size=10, bold=True); r += 1
    for x in rep["difficulties"]:
        ws.cell(row=r, column=2, value="+ " + x).font = Font(name="Arial", size=10); r += 1
    ws.cell(row=r, column=2, value="Kiến nghị:").font = Font(name="Arial", size=10, bold=True); r += 1
    for x in rep["proposals"]:
        ws.cell(row=r, column=2, value="+ " + x).font = Font(name="Arial", size=10); r += 1
    r += 1
    ws.cell(row=r, column=2, value="Người lập: Ngô Thảo Vy (CC Kinh tế)").font = Font(name="Arial", size=10, italic=True)
    ws.cell(row=r, column=7, value="Duyệt: PCT UBND phường").font = Font(name="Arial", size=10, italic=True)
    wb.save(os.path.join(OUT, rep["file"]))


# ------------------------------------------------------------------ keys
def iso(dt):
    return "%04d-%02d-%02d" % dt


def h5_text(e):
    parts = [e["viec"]]
    for lab, k in (("Cuộc", "cuoc"), ("Cơ sở", "coso"), ("VP", "vp"), ("Tiền phạt", "phat")):
        if e[k]: parts.append(f"{lab}: {e[k]}")
    if e["khac"]: parts.append(e["khac"])
    return " | ".join(parts)


def key_entries(rep):
    out = []
    h = rep["hand"]
    if h == "H4":
        for task, st, ind, txt in rep["paras"]:
            out.append(dict(task=task, status=st, indicators=dict(ind), text=txt))
        return out
    for e in rep["entries"]:
        if h == "H2":
            ind = {}
            for label, dvt, val, key in e["rows"]:
                if key:
                    ind[key] = val
            txt = e["head"] + (": " + "; ".join(f"{l} {v} {u}" for l, u, v, k in e["rows"] if k) if e["rows"] else "")
            out.append(dict(task=e["task"], status=e["status"], indicators=ind, text=txt))
        elif h == "H5":
            out.append(dict(task=e["task"], status=e["status"], indicators=dict(e["ind"]), text=h5_text(e)))
        elif h == "H1":
            out.append(dict(task=e["task"], status=e["status"], indicators=dict(e["ind"]), text=e["head"] + ". " + e["text"]))
        else:
            out.append(dict(task=e["task"], status=e["status"], indicators=dict(e["ind"]), text=e["text"]))
    return out


def write_key(rep):
    path = os.path.join(OUT, rep["file"])
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    mistaken = rep.get("mistaken", False)
    key = {
        "file": rep["file"],
        "sha256": sha,
        "status": "rejected" if mistaken else "extracted",
        "reason": rep.get("reason") if mistaken else None,
        "unit": {"id": rep["unit_id"], "name": rep["unit_name"]},
        "document": {"number": rep["number"], "date": iso(rep["date"])},
        "entries": [] if mistaken else key_entries(rep),
        "findings": [],
        "difficulties": [] if mistaken else list(rep["difficulties"]),
        "proposals": [] if mistaken else list(rep["proposals"]),
    }
    with open(os.path.join(TRUTH, rep["file"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)


BUILD = {"H1": build_h1, "H2": build_h2, "H3": build_h3, "H4": build_h4, "H5": build_h5}

if __name__ == "__main__":
    import sys
    only_keys = "--keys-only" in sys.argv
    for rep in REPORTS:
        if not only_keys:
            BUILD[rep["hand"]](rep)
        write_key(rep)
    print(len(REPORTS), "files")
