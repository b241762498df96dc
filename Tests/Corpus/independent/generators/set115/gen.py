# -*- coding: utf-8 -*-
"""Generator for set 115 (five hands). Run: python3 gen.py"""
import hashlib, json, os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from data115 import H1, H1_MISTAKE, H2, H2_MISTAKE, H3, H4, H5

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)


def vn_date(iso, place):
    y, m, d = iso.split("-")
    return f"{place}, ngày {d} tháng {m} năm {y}"


# ---------------------------------------------------------------- docx helpers
def base_doc(font="Times New Roman", size=13):
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
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def cell_lines(cell, lines):
    """lines: list of (text, bold, italic)"""
    first = True
    for text, bold, italic in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        r.font.size = Pt(12.5)


def header(doc, left, right, widths=(7, 9.5)):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
        t.rows[0].cells[i].width = Cm(w)
    cell_lines(t.rows[0].cells[0], left)
    cell_lines(t.rows[0].cells[1], right)
    return t


QH = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
      ("", False, False)]


def para(doc, text="", bold=False, italic=False, align=None, indent=True, size=None, space_after=6):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(space_after)
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    return p


def sign_table(doc, left_lines, right_lines):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    c0, c1 = t.rows[0].cells
    first = True
    for text, bold, italic in left_lines:
        p = c0.paragraphs[0] if first else c0.add_paragraph()
        first = False
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        r.font.size = Pt(11 if not bold else 12)
    cell_lines(c1, right_lines)


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def libre_resave(path):
    ext = path.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path)
    shutil.rmtree(tmp)


def write_truth(fname, unit, number, date, entries, diffs, props, status="extracted", reason=None):
    path = os.path.join(OUT, fname)
    obj = {"file": fname, "sha256": sha(path), "status": status, "reason": reason,
           "unit": {"id": unit[0], "name": unit[1]},
           "document": {"number": number, "date": date},
           "entries": [{"task": t, "status": s, "indicators": ind, "text": txt} for t, s, ind, txt in entries],
           "findings": [], "difficulties": diffs, "proposals": props}
    with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)


# ---------------------------------------------------------------- H1 (Lộc)
H1_STATUS = {"completed": "Đánh giá: đã làm xong.", "in_progress": "Đánh giá: còn tiếp tục làm.",
             "not_started": "Đánh giá: chưa làm được.", "not_applicable": "Đánh giá: trong kỳ không có việc phát sinh."}


def h1_frame(r, title_line, kinh_gui, intro, trienkhai):
    doc = base_doc(size=13)
    header(doc, [("ỦY BAN NHÂN DÂN", False, False), (r["upper"], True, False), ("", False, False),
                 (f"Số: {r['number']}", False, False)],
           QH + [(vn_date(r["date"], r["place"]), False, True)])
    para(doc, "", indent=False)
    para(doc, "BÁO CÁO", bold=True, align="c", indent=False, space_after=0)
    para(doc, title_line, bold=True, align="c", indent=False)
    para(doc, kinh_gui, align="c", indent=False)
    para(doc, intro, align="j")
    para(doc, "I. CÔNG TÁC TRIỂN KHAI", bold=True, indent=False)
    para(doc, trienkhai, align="j")
    return doc


def h1_item(doc, name, text, status_line):
    p = para(doc, "", align="j")
    p.add_run("- ")
    r = p.add_run(name)
    r.bold = r.italic = True
    p.add_run(" – " + text)
    if status_line:
        q = para(doc, status_line, align="j")
        q.paragraph_format.first_line_indent = Cm(1.5)


def h1_close(doc, diffs, props, signer):
    para(doc, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for d in diffs:
        para(doc, "- " + d, align="j")
    para(doc, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for d in props:
        para(doc, "- " + d, align="j")
    para(doc, "Trên đây là báo cáo của Ủy ban nhân dân phường./.", align="j")
    sign_table(doc, [("Nơi nhận:", True, True), ("- Như trên;", False, False), ("- Chủ tịch UBND phường;", False, False),
                     ("- Lưu: VT, KT.", False, False)],
               [("TM. ỦY BAN NHÂN DÂN", True, False), ("KT. CHỦ TỊCH", True, False), ("PHÓ CHỦ TỊCH", True, False),
                ("", False, False), ("", False, False), ("", False, False), (signer, True, False)])


def gen_h1():
    signers = ["Nguyễn Văn Thắng", "Trần Thị Kim Loan", "Phạm Quốc Huy"]
    for r, signer in zip(H1, signers):
        doc = h1_frame(r, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường",
                       "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.",
                       f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường {r['place']} báo cáo kết quả thực hiện như sau:",
                       "UBND phường đã ban hành kế hoạch thực hiện tại phường, giao Phòng Kinh tế chủ trì, phối hợp Văn phòng HĐND và UBND, Phòng Văn hóa - Xã hội và các khu phố triển khai.")
        para(doc, "II. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
        for task, st, ind, name, text in r["entries"]:
            h1_item(doc, name, text, H1_STATUS.get(st))
        h1_close(doc, r["difficulties"], r["proposals"], signer)
        path = os.path.join(OUT, r["file"])
        doc.save(path)
        write_truth(r["file"], r["unit"], r["number"], r["date"],
                    [(t, s, ind, text) for t, s, ind, n, text in r["entries"]], r["difficulties"], r["proposals"])
    # mistaken file: food safety during Mid-Autumn
    r = H1_MISTAKE
    doc = h1_frame(r, "Kết quả công tác bảo đảm an toàn thực phẩm dịp Tết Trung thu năm 2026",
                   "Kính gửi: Sở An toàn thực phẩm Thành phố Hồ Chí Minh.",
                   "Thực hiện Kế hoạch của Sở An toàn thực phẩm về bảo đảm an toàn thực phẩm dịp Tết Trung thu năm 2026, Ủy ban nhân dân phường Phú Lợi báo cáo kết quả như sau:",
                   "UBND phường thành lập Đoàn kiểm tra liên ngành về an toàn thực phẩm, giao Trạm Y tế phường làm thường trực.")
    para(doc, "II. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    h1_item(doc, "Kiểm tra cơ sở sản xuất bánh trung thu",
            "Đoàn kiểm tra 12 cơ sở sản xuất, kinh doanh bánh trung thu, phát hiện 02 cơ sở không có giấy xác nhận kiến thức an toàn thực phẩm, nhắc nhở và hướng dẫn khắc phục.",
            "Đánh giá: đã làm xong.")
    h1_item(doc, "Tuyên truyền an toàn thực phẩm",
            "Phát 300 tờ rơi về lựa chọn thực phẩm an toàn; phát thanh trên loa các khu phố trong tháng 9/2026.",
            "Đánh giá: đã làm xong.")
    h1_item(doc, "Giám sát ngộ độc thực phẩm",
            "Trong dịp Tết Trung thu không xảy ra vụ ngộ độc thực phẩm trên địa bàn phường.",
            "Đánh giá: trong kỳ không có việc phát sinh.")
    h1_close(doc, ["Nhiều cơ sở sản xuất bánh theo mùa vụ, không đăng ký kinh doanh."],
             ["Đề nghị Sở An toàn thực phẩm hỗ trợ test nhanh cho Đoàn kiểm tra phường."], "Lê Hoàng Nam")
    path = os.path.join(OUT, r["file"])
    doc.save(path)
    write_truth(r["file"], r["unit"], r["number"], r["date"], [], [], [], status="rejected",
                reason="Không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW: báo cáo an toàn thực phẩm dịp Tết Trung thu gửi Sở An toàn thực phẩm")


# ---------------------------------------------------------------- H2 (Ngân)
H2_STATUS = {"completed": "Đã TH xong", "in_progress": "Đang TH", "not_started": "Chưa TH", "not_applicable": "Không có PS"}
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def h2_sheet(ws, r, title, rows, diffs, props, signer):
    ws.title = "CT38" if "giảm nghèo" not in title.lower() else "GiamNgheo"
    widths = {"A": 6, "B": 42, "C": 18, "D": 46, "E": 16, "F": 14}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "ỦY BAN NHÂN DÂN"
    ws["A2"] = r["upper"]
    ws["A2"].font = Font(bold=True)
    ws["A3"] = f"Số: {r['number']}"
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["D1"].font = ws["D2"].font = Font(bold=True)
    ws["D3"] = vn_date(r["date"], r["place"])
    ws["D3"].font = Font(italic=True)
    for c in ("A1", "A2", "A3"):
        ws.merge_cells(f"{c}:{'B' + c[1:]}")
        ws[c].alignment = Alignment(horizontal="center")
    for c in ("D1", "D2", "D3"):
        ws.merge_cells(f"{c}:{'F' + c[1:]}")
        ws[c].alignment = Alignment(horizontal="center")
    ws["A5"] = title
    ws["A5"].font = Font(bold=True, size=13)
    ws.merge_cells("A5:F5")
    ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[5].height = 36
    hdr = ["STT", "Nội dung công việc", "Phụ trách", "Kết quả (nêu cụ thể)", "Tình hình thực hiện", "Ghi chú"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=7, column=i + 1, value=h)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = BOX
    row = 8
    for n, (name, who, lines, st, note) in enumerate(rows, 1):
        vals = [n, name, who, "\n".join("• " + l for l in lines), st, note]
        for i, v in enumerate(vals):
            c = ws.cell(row=row, column=i + 1, value=v)
            c.alignment = Alignment(vertical="top", wrap_text=True, horizontal="center" if i in (0, 4) else None)
            c.border = BOX
        ws.row_dimensions[row].height = 18 * max(2, len(lines))
        row += 1
    row += 1
    ws.cell(row=row, column=2, value="Khó khăn, vướng mắc:").font = Font(bold=True)
    row += 1
    for i, d in enumerate(diffs, 1):
        ws.cell(row=row, column=2, value=f"({i}) {d}")
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
        row += 1
    ws.cell(row=row, column=2, value="Kiến nghị, đề xuất:").font = Font(bold=True)
    row += 1
    for i, d in enumerate(props, 1):
        ws.cell(row=row, column=2, value=f"({i}) {d}")
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
        row += 1
    row += 1
    for i, t in enumerate(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", signer]):
        c = ws.cell(row=row + i, column=4, value=t or None)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center")
    ws.cell(row=row, column=1, value="Nơi nhận:").font = Font(bold=True, italic=True)
    ws.cell(row=row + 1, column=1, value="- Sở KH&CN (Chi cục TĐC);")
    ws.cell(row=row + 2, column=1, value="- Lưu: VT.")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9


def gen_h2():
    signers = ["Võ Thành Trung", "Đỗ Thị Mai", "Lâm Hữu Phước"]
    notes = {"II.5.c": "Phối hợp Chi cục TĐC", "II.2.đ": "", "II.1.a": ""}
    for r, signer in zip(H2, signers):
        wb = Workbook()
        rows = [(name, who, lines, H2_STATUS[st], notes.get(t, "")) for t, st, ind, name, who, lines in r["rows"]]
        h2_sheet(wb.active, r, "BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
                 rows, r["difficulties"], r["proposals"], signer)
        path = os.path.join(OUT, r["file"])
        wb.save(path)
        if r.get("libre"):
            libre_resave(path)
        write_truth(r["file"], r["unit"], r["number"], r["date"],
                    [(t, st, ind, name + ": " + "; ".join(lines)) for t, st, ind, name, who, lines in r["rows"]],
                    r["difficulties"], r["proposals"])
    r = H2_MISTAKE
    wb = Workbook()
    rows = [("Rà soát hộ nghèo, hộ cận nghèo năm 2026", "Phòng Văn hóa - Xã hội",
             ["Rà soát 1.245 hộ", "Còn 18 hộ nghèo, 41 hộ cận nghèo"], "Đang TH", ""),
            ("Hỗ trợ vay vốn ưu đãi qua Ngân hàng Chính sách xã hội", "Phòng Kinh tế",
             ["27 hộ được vay", "Tổng dư nợ 1,35 tỷ đồng"], "Đã TH xong", ""),
            ("Hỗ trợ nhà ở cho hộ nghèo", "Phòng Kinh tế",
             ["03 căn nhà tình thương đã bàn giao"], "Đã TH xong", ""),
            ("Đào tạo nghề cho lao động thuộc hộ nghèo", "Phòng Văn hóa - Xã hội",
             ["Chưa mở lớp do chưa đủ học viên"], "Chưa TH", "")]
    h2_sheet(wb.active, r, "BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG 9 THÁNG NĂM 2026",
             rows, ["Một số hộ thoát nghèo chưa bền vững, dễ tái nghèo."],
             ["Đề nghị Thành phố tăng nguồn vốn cho vay hộ cận nghèo."], "Huỳnh Văn Sáu")
    path = os.path.join(OUT, r["file"])
    wb.save(path)
    write_truth(r["file"], r["unit"], r["number"], r["date"], [], [], [], status="rejected",
                reason="Không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW: biểu báo cáo chương trình giảm nghèo bền vững")


# ---------------------------------------------------------------- H3 (Thịnh)
def gen_h3():
    cv = {"SO-CT": ("3318/SKHCN-TĐC", "06/10/2026"), "SO-XD": ("3318/SKHCN-TĐC", "06/10/2026"),
          "SO-YT": ("3318/SKHCN-TĐC", "06/10/2026")}
    signers = {"SO-CT": "Nguyễn Minh Tâm", "SO-XD": "Bùi Xuân Cường", "SO-YT": "Nguyễn Thị Huỳnh Mai"}
    for r in H3:
        doc = base_doc(size=14)
        header(doc, [("ỦY BAN NHÂN DÂN", False, False), ("THÀNH PHỐ HỒ CHÍ MINH", False, False),
                     (r["upper"], True, False), ("", False, False), (f"Số: {r['number']}", False, False),
                     ("V/v báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", False, False)],
               QH + [(vn_date(r["date"], "Thành phố Hồ Chí Minh"), False, True)], widths=(7.5, 9))
        para(doc, "", indent=False)
        para(doc, "Kính gửi: Sở Khoa học và Công nghệ.", align="c", indent=False)
        so, ngay = cv[r["unit"][0]]
        name = r["unit"][1]
        para(doc, f"Theo đề nghị của Sở Khoa học và Công nghệ tại Công văn số {so} ngày {ngay} về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, {name} báo cáo kết quả các chương trình, kế hoạch của Sở có nội dung liên quan như sau:", align="j")
        for i, (t, st, ind, prog, text, stword) in enumerate(r["items"], 1):
            para(doc, f"{i}. {prog}", bold=True, align="j")
            para(doc, text, align="j")
            p = para(doc, "", align="j")
            rr = p.add_run("Tình trạng: ")
            rr.bold = True
            p.add_run(stword + ".")
        n = len(r["items"]) + 1
        para(doc, f"{n}. Khó khăn, vướng mắc", bold=True, align="j")
        for d in r["difficulties"]:
            para(doc, "- " + d, align="j")
        para(doc, f"{n + 1}. Kiến nghị", bold=True, align="j")
        for d in r["proposals"]:
            para(doc, "- " + d, align="j")
        para(doc, f"{name} báo cáo để Sở Khoa học và Công nghệ tổng hợp./.", align="j")
        sign_table(doc, [("Nơi nhận:", True, True), ("- Như trên;", False, False), ("- Giám đốc Sở (để b/c);", False, False),
                         ("- Lưu: VT.", False, False)],
                   [("KT. GIÁM ĐỐC", True, False), ("PHÓ GIÁM ĐỐC", True, False), ("", False, False), ("", False, False),
                    ("", False, False), (signers[r["unit"][0]], True, False)])
        path = os.path.join(OUT, r["file"])
        doc.save(path)
        if r.get("libre"):
            libre_resave(path)
        write_truth(r["file"], r["unit"], r["number"], r["date"],
                    [(t, st, ind, text) for t, st, ind, prog, text, stword in r["items"]],
                    r["difficulties"], r["proposals"])


# ---------------------------------------------------------------- H4 (Vy)
H4_STATUS = {"completed": 1, "in_progress": 0.5, "not_started": 0, "not_applicable": "KPS"}


def gen_h4():
    heads = {"SKHCN-KTPC": ("TRƯỞNG PHÒNG", "Lê Thanh Bình"), "SKHCN-TTPTTN": ("GIÁM ĐỐC", "Phan Văn Hiếu"),
             "SKHCN-CDS": ("TRƯỞNG PHÒNG", "Ngô Thị Thu Trang")}
    for r in H4:
        wb = Workbook()
        ws = wb.active
        ws.title = "BC_KH38"
        for k, v in {"A": 6, "B": 44, "C": 38, "D": 11, "E": 16, "F": 14, "G": 22}.items():
            ws.column_dimensions[k].width = v
        ws["A1"] = "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
        ws["A2"] = r["upper"]
        ws["A2"].font = Font(bold=True)
        ws["A3"] = f"Số: {r['number']}"
        ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
        ws["E1"].font = ws["E2"].font = Font(bold=True)
        ws["E3"] = vn_date(r["date"], "TP. Hồ Chí Minh")
        ws["E3"].font = Font(italic=True)
        for c, end in (("A1", "C1"), ("A2", "C2"), ("A3", "C3"), ("E1", "G1"), ("E2", "G2"), ("E3", "G3")):
            ws.merge_cells(f"{c}:{end}")
            ws[c].alignment = Alignment(horizontal="center", wrap_text=True)
        ws.row_dimensions[2].height = 32
        ws["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"
        ws["A5"].font = Font(bold=True, size=13)
        ws.merge_cells("A5:G5")
        ws["A5"].alignment = Alignment(horizontal="center")
        hdr = ["STT", "Nội dung công việc", "Chỉ tiêu kết quả", "ĐVT", "Số lượng", "Mức độ hoàn thành (*)", "Ghi chú"]
        for i, h in enumerate(hdr):
            c = ws.cell(row=7, column=i + 1, value=h)
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.border = BOX
        row = 8
        for n, (t, st, name, figs) in enumerate(r["tasks"], 1):
            first = row
            figs = figs or [(None, None, None, None)]
            for k, (lab, dvt, val, ind) in enumerate(figs):
                vals = [n if k == 0 else None, name if k == 0 else None, lab, dvt, val,
                        H4_STATUS[st] if k == 0 else None, None]
                for i, v in enumerate(vals):
                    c = ws.cell(row=row, column=i + 1, value=v)
                    c.border = BOX
                    c.alignment = Alignment(vertical="top", wrap_text=True,
                                            horizontal="center" if i in (0, 3, 5) else None)
                if isinstance(val, int) and val >= 1000:
                    ws.cell(row=row, column=5).number_format = "#,##0"
                row += 1
        ws.cell(row=row, column=1, value="(*) Mức độ hoàn thành: 1 = đã hoàn thành; 0,5 = đang thực hiện, chưa xong; 0 = chưa thực hiện; KPS = trong kỳ không phát sinh.").font = Font(italic=True, size=10)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        row += 2
        ws.cell(row=row, column=1, value="KHÓ KHĂN, VƯỚNG MẮC").font = Font(bold=True)
        row += 1
        for i, d in enumerate(r["difficulties"], 1):
            ws.cell(row=row, column=1, value=f"{i}.")
            ws.cell(row=row, column=2, value=d)
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=7)
            row += 1
        ws.cell(row=row, column=1, value="ĐỀ XUẤT, KIẾN NGHỊ").font = Font(bold=True)
        row += 1
        for i, d in enumerate(r["proposals"], 1):
            ws.cell(row=row, column=1, value=f"{i}.")
            ws.cell(row=row, column=2, value=d)
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=7)
            row += 1
        row += 1
        title, name = heads[r["unit"][0]]
        ws.cell(row=row, column=2, value="Người lập biểu").font = Font(bold=True)
        ws.cell(row=row, column=5, value=title).font = Font(bold=True)
        ws.cell(row=row + 4, column=2, value="Trương Ngọc Vy")
        ws.cell(row=row + 4, column=5, value=name).font = Font(bold=True)
        ws.freeze_panes = "A8"
        path = os.path.join(OUT, r["file"])
        wb.save(path)
        entries = []
        for t, st, name, figs in r["tasks"]:
            ind = {}
            for lab, dvt, val, iid in figs:
                if iid:
                    ind[iid] = ind.get(iid, 0) + val
            entries.append((t, st, ind, name))
        write_truth(r["file"], r["unit"], r["number"], r["date"], entries, r["difficulties"], r["proposals"])


# ---------------------------------------------------------------- H5 (Khoa)
H5_STATUS = {"completed": "đã xong", "in_progress": "đang làm tiếp", "not_started": "chưa làm",
             "not_applicable": "không phát sinh"}


def label_line(doc, label, text):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(4.5)
    pf.first_line_indent = Cm(-4.5)
    pf.space_after = Pt(2)
    pf.tab_stops.add_tab_stop(Cm(4.5))
    r = p.add_run(label)
    r.font.small_caps = True
    r.bold = True
    p.add_run("\t" + text)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def gen_h5():
    sign = {"SKHCN-CCTDC": ("KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG", "Trần Minh Khoa"),
            "SKHCN-VP": ("KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Đặng Thị Hồng Nhung"),
            "SKHCN-QLKH": ("TRƯỞNG PHÒNG", "", "Vũ Đức Anh")}
    for r in H5:
        doc = base_doc(size=13)
        header(doc, [(r["upper"][0], False, False), (r["upper"][1], True, False), ("", False, False),
                     (f"Số: {r['number']}", False, False)],
               QH + [(vn_date(r["date"], "TP. Hồ Chí Minh"), False, True)])
        para(doc, "", indent=False)
        para(doc, "BÁO CÁO", bold=True, align="c", indent=False, space_after=0)
        para(doc, "Kết quả thực hiện các nhiệm vụ được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
             bold=True, align="c", indent=False)
        para(doc, "Kính gửi: Giám đốc Sở Khoa học và Công nghệ.", align="c", indent=False)
        para(doc, "Đơn vị báo cáo kết quả thực hiện từng nhiệm vụ được giao như sau (mỗi nhiệm vụ gồm: nhiệm vụ được giao, cách làm và kết quả, chỉ số, tình trạng):", align="j")
        para(doc, "I. KẾT QUẢ THEO TỪNG NHIỆM VỤ", bold=True, indent=False)
        for t, st, ind, giao, lam, chiso in r["blocks"]:
            label_line(doc, "Nhiệm vụ được giao:", giao)
            label_line(doc, "Cách làm và kết quả:", lam)
            label_line(doc, "Chỉ số:", chiso)
            p = label_line(doc, "Tình trạng:", H5_STATUS[st] + ".")
            p.paragraph_format.space_after = Pt(10)
        para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
        for d in r["difficulties"]:
            para(doc, "- " + d, align="j")
        para(doc, "III. KIẾN NGHỊ", bold=True, indent=False)
        for d in r["proposals"]:
            para(doc, "- " + d, align="j")
        a, b, c = sign[r["unit"][0]]
        right = [(a, True, False)] + ([(b, True, False)] if b else []) + [("", False, False)] * 3 + [(c, True, False)]
        sign_table(doc, [("Nơi nhận:", True, True), ("- Như trên;", False, False), ("- Lưu: VT.", False, False)], right)
        path = os.path.join(OUT, r["file"])
        doc.save(path)
        write_truth(r["file"], r["unit"], r["number"], r["date"],
                    [(t, st, ind, (giao + ". " + lam + " " + (chiso if chiso != "—" else "")).strip())
                     for t, st, ind, giao, lam, chiso in r["blocks"]],
                    r["difficulties"], r["proposals"])


if __name__ == "__main__":
    gen_h1(); gen_h2(); gen_h3(); gen_h4(); gen_h5()
    print("done")
