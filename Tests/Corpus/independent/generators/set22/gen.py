# -*- coding: utf-8 -*-
"""Generate the set22 files. Run: python3 gen.py  (then make_keys.py, check.py)"""
import os, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter
from data import FILES, KH

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def dmy(iso):
    y, m, d = iso.split("-")
    return d, m, y

def base_doc(font="Times New Roman", size=13):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    return doc

def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e)
        x.set(qn("w:val"), "nil")
        b.append(x)
    tblPr.append(b)

def cell_par(cell, text, bold=False, italic=False, size=None, first=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size: r.font.size = Pt(size)
    return p

def header_block(doc, f, date_style="long"):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    L, R = t.rows[0].cells
    lines = f["parent"].split("\n")
    for i, ln in enumerate(lines):
        cell_par(L, ln, bold=(i == len(lines) - 1), size=12, first=(i == 0))
    cell_par(L, "Số: " + f["number"], size=13)
    cell_par(R, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=12, first=True)
    cell_par(R, "Độc lập - Tự do - Hạnh phúc", bold=True, size=13)
    d, m, y = dmy(f["date"])
    cell_par(R, f"{f['place']}, ngày {d} tháng {m} năm {y}", italic=True, size=13)

def title(doc, text1, text2):
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(12)
    r = p.add_run(text1); r.bold = True
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text2); r.bold = True

def kinhgui(doc, who):
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Kính gửi: " + who)

def body(doc, text, bold=False, italic=False, indent=True):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent: p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(6)
    r = p.add_run(text); r.bold, r.italic = bold, italic
    return p

def signature(doc, f, noinan):
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    L, R = t.rows[0].cells
    p = L.paragraphs[0]; r = p.add_run("Nơi nhận:"); r.bold = r.italic = True; r.font.size = Pt(12)
    for x in noinan:
        q = L.add_paragraph(); q.add_run(x).font.size = Pt(11)
    a, b, name = f["signer"]
    first = True
    for x in (a, b):
        if x:
            cell_par(R, x, bold=True, first=first); first = False
    for _ in range(3): R.add_paragraph()
    cell_par(R, name, bold=True)

# ------------------------------------------------------------------ Hand A
def hand_a(f):
    doc = base_doc()
    for s in ("Heading 1", "Heading 2"):
        hs = doc.styles[s]
        hs.font.name = "Times New Roman"; hs.font.color.rgb = RGBColor(0, 0, 0)
        hs.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
        hs.font.size = Pt(13); hs.font.bold = True
    doc.styles["Heading 2"].font.italic = False
    header_block(doc, f)
    title(doc, "BÁO CÁO", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026")
    kinhgui(doc, "Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.")
    body(doc, f["intro"])
    doc.add_heading("I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", level=1)
    for i, e in enumerate(f["entries"], 1):
        doc.add_heading(f"{i}. {e['name']}", level=2)
        body(doc, e["text"])
        p = body(doc, "", indent=True)
        r = p.add_run("Mức độ thực hiện: "); r.italic = True
        r = p.add_run(e["phrase"]); r.italic = True; r.bold = True
    doc.add_heading("II. KHÓ KHĂN, VƯỚNG MẮC", level=1)
    for x in f["difficulties"]:
        doc.add_paragraph(x, style="List Number")
    doc.add_heading("III. ĐỀ XUẤT, KIẾN NGHỊ", level=1)
    # restart numbering for the second list: use a fresh num instance
    start_new_list(doc, [x for x in f["proposals"]])
    body(doc, f"Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của {f['unit'][1]}./.")
    signature(doc, f, ["- Như trên;", "- Chi cục TĐC (để biết);", "- Lưu: VT, KT."])
    return doc

def start_new_list(doc, items):
    """Add items in 'List Number' with a restarted numbering (new w:num)."""
    numbering = doc.part.numbering_part.numbering_definitions._numbering
    style = doc.styles["List Number"]
    numPr = style.element.pPr.find(qn("w:numPr"))
    old_num_id = numPr.find(qn("w:numId")).get(qn("w:val"))
    abs_id = None
    for n in numbering.findall(qn("w:num")):
        if n.get(qn("w:numId")) == old_num_id:
            abs_id = n.find(qn("w:abstractNumId")).get(qn("w:val"))
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    new_id = str(max(ids) + 1)
    num = OxmlElement("w:num"); num.set(qn("w:numId"), new_id)
    a = OxmlElement("w:abstractNumId"); a.set(qn("w:val"), abs_id); num.append(a)
    ov = OxmlElement("w:lvlOverride"); ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride"); so.set(qn("w:val"), "1"); ov.append(so); num.append(ov)
    numbering.append(num)
    for x in items:
        p = doc.add_paragraph(x, style="List Number")
        pPr = p._p.get_or_add_pPr()
        np_ = pPr.get_or_add_numPr()
        np_.get_or_add_ilvl().val = 0
        np_.get_or_add_numId().val = int(new_id)

# ------------------------------------------------------------------ Hand C
def hand_c(f):
    doc = base_doc(size=14)
    header_block(doc, f)
    if f.get("mistaken"):
        title(doc, "BÁO CÁO", "Kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng đầu năm,\nphương hướng nhiệm vụ 3 tháng cuối năm 2026")
        kinhgui(doc, "Ban Chỉ huy Phòng thủ dân sự Thành phố.")
        body(doc, "Thực hiện chỉ đạo của Ban Chỉ huy Phòng thủ dân sự Thành phố, Sở Nông nghiệp và Môi trường báo cáo kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng đầu năm 2026 như sau:")
        body(doc, "I. TÌNH HÌNH THIÊN TAI", bold=True, indent=False)
        body(doc, "Trong 9 tháng đầu năm 2026, trên địa bàn Thành phố xảy ra mười một (11) đợt triều cường vượt mức báo động III, ba (03) cơn dông lốc và hai mươi bốn (24) điểm sạt lở bờ sông, kênh rạch; thiệt hại ước tính khoảng mười lăm tỷ (15.000.000.000) đồng.")
        body(doc, "II. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
        body(doc, "Về công tác chỉ đạo, điều hành: Sở đã tham mưu Ủy ban nhân dân Thành phố ban hành Kế hoạch phòng, chống thiên tai năm 2026; tổ chức diễn tập ứng phó bão và triều cường tại xã Cần Giờ với sự tham gia của bốn trăm (400) người.")
        body(doc, "Về công tác đầu tư công trình: Hoàn thành sáu (06) công trình chống sạt lở cấp bách, đang triển khai chín (09) công trình kè bờ sông Sài Gòn, sông Đồng Nai.")
        body(doc, "Về công tác tuyên truyền: Phối hợp Đài Truyền hình Thành phố phát sóng mười hai (12) phóng sự về kỹ năng phòng, tránh thiên tai.")
        body(doc, "III. PHƯƠNG HƯỚNG 3 THÁNG CUỐI NĂM", bold=True, indent=False)
        body(doc, "Một là, tiếp tục theo dõi chặt chẽ diễn biến triều cường, mưa lớn. Hai là, rà soát phương án sơ tán dân tại các khu vực sạt lở nguy hiểm.")
        signature(doc, f, ["- Như trên;", "- UBND Thành phố (để b/c);", "- Lưu: VT, PCTT."])
        return doc
    title(doc, "BÁO CÁO", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW\nngày 30 tháng 7 năm 2024 của Ban Bí thư năm 2026")
    kinhgui(doc, "Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.")
    body(doc, f["intro"])
    body(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for i, e in enumerate(f["entries"], 1):
        p = body(doc, f"{i}. {e['name']}", indent=True)
        p.runs[0].bold = True; p.runs[0].italic = True
        body(doc, e["text"])
    body(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in f["difficulties"]: body(doc, x)
    body(doc, "III. KIẾN NGHỊ, ĐỀ XUẤT", bold=True, indent=False)
    for x in f["proposals"]: body(doc, x)
    body(doc, f"Trên đây là báo cáo của {f['unit'][1]}, kính gửi Sở Khoa học và Công nghệ tổng hợp./.")
    signature(doc, f, ["- Như trên;", "- Giám đốc (để b/c);", "- Lưu: VT."])
    return doc

# ------------------------------------------------------------------ Hand E
def hand_e(f):
    doc = base_doc()
    header_block(doc, f)
    title(doc, "BÁO CÁO", "Tình hình thực hiện Kế hoạch CT38 năm 2026")
    kinhgui(doc, "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.")
    body(doc, f["intro"])
    body(doc, "I. KẾT QUẢ", bold=True, indent=False)
    for e in f["entries"]:
        p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(6)
        r = p.add_run(e["name"] + " "); r.bold = True
        r = p.add_run("[" + e["phrase"] + "]"); r.bold = True
        body(doc, e["text"])
        for lab, val in e["lines"]:
            q = doc.add_paragraph()
            q.paragraph_format.left_indent = Cm(1)
            q.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            q.add_run(f"{lab}\t{val}")
    body(doc, "II. TỒN TẠI, KHÓ KHĂN", bold=True, indent=False)
    for x in f["difficulties"]: body(doc, "– " + x)
    body(doc, "III. KIẾN NGHỊ", bold=True, indent=False)
    for x in f["proposals"]: body(doc, "– " + x)
    signature(doc, f, ["- Như trên;", "- Lưu: VT."])
    return doc

# ------------------------------------------------------------------ Hand B
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def hand_b(f):
    wb = Workbook(); ws = wb.active; ws.title = "Biểu CT38" if not f.get("mistaken") else "Thu NS 9T"
    TNR = "Times New Roman"
    widths = [6, 46, 40, 11, 11, 16, 18]
    for i, w in enumerate(widths, 1): ws.column_dimensions[get_column_letter(i)].width = w
    def put(rng, val, bold=False, italic=False, center=True, size=12):
        ws.merge_cells(rng)
        c = ws[rng.split(":")[0]]; c.value = val
        c.font = Font(name=TNR, bold=bold, italic=italic, size=size)
        c.alignment = Alignment(horizontal="center" if center else "left", vertical="center", wrap_text=True)
    put("A1:C1", f["parent"], bold=True)
    put("D1:G1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True)
    put("A2:C2", "Số: " + f["number"])
    put("D2:G2", "Độc lập - Tự do - Hạnh phúc", bold=True)
    d, m, y = dmy(f["date"])
    put("D3:G3", f"{f['place']}, ngày {d} tháng {m} năm {y}", italic=True)
    if f.get("mistaken"):
        put("A5:G5", "BIỂU TỔNG HỢP KẾT QUẢ THU, CHI NGÂN SÁCH XÃ 9 THÁNG NĂM 2026", bold=True, size=13)
        put("A6:G6", "(Kèm theo Báo cáo số " + f["number"] + ")", italic=True)
        hdr = ["STT", "Nội dung", "Chỉ tiêu", "ĐVT", "Dự toán năm", "Thực hiện 9 tháng", "Ghi chú"]
        rows = [("I", "TỔNG THU NGÂN SÁCH XÃ", "", "Triệu đồng", 86450, 61230, ""),
                ("1", "Thu thuế ngoài quốc doanh", "", "Triệu đồng", 32100, 24870, ""),
                ("2", "Lệ phí trước bạ nhà, đất", "", "Triệu đồng", 18400, 12050, "Đạt thấp"),
                ("3", "Thu phí, lệ phí", "", "Triệu đồng", 2950, 2214, ""),
                ("4", "Thu bổ sung từ ngân sách cấp trên", "", "Triệu đồng", 33000, 22096, ""),
                ("II", "TỔNG CHI NGÂN SÁCH XÃ", "", "Triệu đồng", 86450, 55318, ""),
                ("1", "Chi đầu tư phát triển", "", "Triệu đồng", 21000, 11420, "Chậm giải ngân"),
                ("2", "Chi thường xuyên", "", "Triệu đồng", 63100, 43898, ""),
                ("3", "Dự phòng ngân sách", "", "Triệu đồng", 2350, 0, "")]
        r0 = 8
        for j, h in enumerate(hdr, 1):
            c = ws.cell(r0, j, h); c.font = Font(name=TNR, bold=True); c.border = BOX
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        for i, row in enumerate(rows, r0 + 1):
            for j, v in enumerate(row, 1):
                c = ws.cell(i, j, v); c.border = BOX; c.font = Font(name=TNR, bold=row[0] in ("I", "II"))
                if isinstance(v, int): c.number_format = "#,##0"
        r = r0 + len(rows) + 2
    else:
        put("A5:G5", "BIỂU TỔNG HỢP SỐ LIỆU THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026", bold=True, size=13)
        put("A6:G6", "(Số liệu tính đến ngày báo cáo)", italic=True)
        hdr = ["STT", "Nội dung công việc", "Chỉ tiêu", "ĐVT", "Số lượng", "Kinh phí (đồng)", "Ghi chú"]
        r0 = 8
        for j, h in enumerate(hdr, 1):
            c = ws.cell(r0, j, h); c.font = Font(name=TNR, bold=True); c.border = BOX
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        r = r0 + 1
        for i, e in enumerate(f["entries"], 1):
            for k, (lab, dvt, qty, money) in enumerate(e["rows"]):
                vals = [i if k == 0 else None, e["name"] if k == 0 else None, lab, dvt, qty, money,
                        e["phrase"] if k == 0 else None]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(r, j, v); c.border = BOX; c.font = Font(name=TNR, size=12)
                    c.alignment = Alignment(vertical="top", wrap_text=True,
                                            horizontal="center" if j in (1, 4) else None)
                    if j in (5, 6): c.number_format = "#,##0"
                r += 1
        r += 1
        put(f"A{r}:G{r}", "Khó khăn, vướng mắc:", bold=True, center=False); r += 1
        for x in f["difficulties"]:
            put(f"A{r}:G{r}", "- " + x, center=False); ws.row_dimensions[r].height = 32; r += 1
        put(f"A{r}:G{r}", "Kiến nghị:", bold=True, center=False); r += 1
        for x in f["proposals"]:
            put(f"A{r}:G{r}", "- " + x, center=False); ws.row_dimensions[r].height = 32; r += 1
        r += 1
    put(f"A{r}:C{r}", "NGƯỜI LẬP BIỂU", bold=True)
    a, b, name = f["signer"]
    put(f"D{r}:G{r}", (a + "\n" + b).strip(), bold=True); ws.row_dimensions[r].height = 32
    put(f"A{r+4}:C{r+4}", f["preparer"], bold=True)
    put(f"D{r+4}:G{r+4}", name, bold=True)
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = f"{8}:{8}"
    return wb

# ------------------------------------------------------------------ Hand D
def hand_d(f):
    wb = Workbook(); ws = wb.active; ws.title = "CT38"
    hdr = ["TT", "Nhiệm vụ (KH CT38)", "Đã làm gì", "Số liệu", "Tình trạng", "Còn vướng gì", "Kiến nghị"]
    widths = [5, 34, 44, 30, 12, 36, 40]
    for i, w in enumerate(widths, 1): ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = f["parent"]; ws["A1"].font = Font(bold=True)
    d, m, y = dmy(f["date"])
    ws["A2"] = f"BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 - Số: {f['number']}"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = f"{f['place']}, ngày {d} tháng {m} năm {y}"; ws["A3"].font = Font(italic=True)
    r0 = 5
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r0, j, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.freeze_panes = "C6"
    for i, e in enumerate(f["entries"], 1):
        vals = [i, e["name"], e["did"] or None, e["sl"] or None, e["phrase"], e["stuck"] or None, e["prop"] or None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r0 + i, j, v); c.border = BOX
            c.alignment = Alignment(vertical="top", wrap_text=True)
    r = r0 + len(f["entries"]) + 2
    a, b, name = f["signer"]
    ws.cell(r, 6, (a + " " + b).strip()).font = Font(bold=True)
    ws.cell(r + 4, 6, name).font = Font(bold=True)
    ws.auto_filter.ref = f"A{r0}:G{r0 + len(f['entries'])}"
    return wb

def libre_resave(path, kind):
    tmp = tempfile.mkdtemp()
    filt = {"xlsx": 'xlsx:"Calc MS Excel 2007 XML"', "docx": 'docx:"MS Word 2007 XML"'}[kind]
    subprocess.run(f'soffice --headless --convert-to {filt} --outdir "{tmp}" "{path}"', shell=True,
                   check=True, capture_output=True)
    out = os.path.join(tmp, os.path.basename(path))
    shutil.move(out, path)
    shutil.rmtree(tmp)

def main():
    for f in FILES:
        path = os.path.join(OUT, f["file"])
        h = f["hand"]
        if h == "A": hand_a(f).save(path)
        elif h == "C": hand_c(f).save(path)
        elif h == "E": hand_e(f).save(path)
        elif h == "B": hand_b(f).save(path)
        elif h == "D": hand_d(f).save(path)
        if f.get("libre"):
            libre_resave(path, "xlsx" if path.endswith(".xlsx") else "docx")
        print("wrote", f["file"])

if __name__ == "__main__":
    main()
