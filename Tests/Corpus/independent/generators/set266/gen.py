# -*- coding: utf-8 -*-
"""Generator for set266. Builds the report files and the answer keys (sha256 filled later by finish.py)."""
import json, os, sys
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import FILES

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)


def vdate(iso):
    y, m, d = iso.split("-")
    return f"ngày {d} tháng {m} năm {y}"


# ------------------------------------------------------------------ DOCX helpers
def new_doc(font="Times New Roman", size=13):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", font)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return doc


def para(doc, text="", bold=False, italic=False, align=None, size=None, color=None, indent=None, space_after=4):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor(*color)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def header_table(doc, left_lines, right_lines, size=12):
    t = doc.add_table(rows=1, cols=2)
    for cell, lines in ((t.cell(0, 0), left_lines), (t.cell(0, 1), right_lines)):
        cell.paragraphs[0].text = ""
        first = True
        for txt, b, it in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            r = p.add_run(txt); r.bold = b; r.italic = it; r.font.size = Pt(size)
    return t


def sign_block(doc, lines):
    t = doc.add_table(rows=1, cols=2)
    c = t.cell(0, 1)
    first = True
    for txt, b in lines:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(txt); r.bold = b
    left = t.cell(0, 0)
    left.paragraphs[0].add_run("Nơi nhận:").bold = True
    for x in ["- Sở Khoa học và Công nghệ;", "- Chi cục TĐC (để tổng hợp);", "- Lưu: VT."]:
        p = left.add_paragraph(); r = p.add_run(x); r.font.size = Pt(11)
        p.paragraph_format.space_after = Pt(0)


# ------------------------------------------------------------------ H1 (xã / đặc khu)
def gen_h1(f):
    doc = new_doc(size=13)
    header_table(doc,
                 [("ỦY BAN NHÂN DÂN", False, False), (f["up"], True, False), ("-------", False, False),
                  ("Số: " + f["num"], False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("---------------", False, False), (f"{f['place']}, {vdate(f['date'])}", False, True)])
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", size=14, space_after=0)
    para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác "
              "tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn", bold=True, align="c")
    para(doc, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh "
              "(qua Chi cục Tiêu chuẩn Đo lường Chất lượng).", align="c")
    para(doc, f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, "
              f"Ủy ban nhân dân {f['uname'].split(' ', 1)[0].lower()} {f['uname'].split(' ', 1)[1]} báo cáo kết quả "
              f"thực hiện từ đầu năm đến nay như sau:", align="j", indent=1)
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    for i, e in enumerate(f["entries"], 1):
        t = f"Điểm {i}. {e['title']}"
        p = para(doc, t, bold=True, space_after=2)
        if e.get("st"):
            r = p.add_run(f" — tình trạng: {e['st']}")
            r.bold = False
        para(doc, e["text"], align="j", indent=1)
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for d in f["diffs"]:
        para(doc, "+ " + d, align="j", indent=1)
    para(doc, "III. KIẾN NGHỊ", bold=True)
    for d in f["props"]:
        para(doc, "+ " + d, align="j", indent=1)
    k, rest = f["uname"].split(" ", 1)
    para(doc, f"Trên đây là báo cáo của Ủy ban nhân dân {k.lower()} {rest}./.", indent=1)
    sign_block(doc, [("TM. ỦY BAN NHÂN DÂN", True), ("KT. CHỦ TỊCH", True), (f["signtitle"], True),
                     ("", False), ("", False), ("", False), (f["signer"], True)])
    doc.save(os.path.join(OUT, f["fname"]))


# ------------------------------------------------------------------ H3 (phường, DOCX)
def gen_h3(f):
    doc = new_doc(size=14)
    header_table(doc,
                 [("UBND " + f["up"], True, False), ("Số: " + f["num"], False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  (f"{f['place']}, {vdate(f['date'])}", False, True)], size=12)
    para(doc)
    if f.get("mistaken") == "cds":
        gen_cds(doc, f)
    else:
        para(doc, "BÁO CÁO", bold=True, align="c", space_after=0)
        para(doc, "Tình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 "
                  "(theo Kế hoạch triển khai Chỉ thị 38-CT/TW của Sở Khoa học và Công nghệ)", bold=True, align="c")
        para(doc, f"UBND {f['uname']} báo cáo các nội dung phường được giao như sau:", indent=1)
        for i, e in enumerate(f["entries"], 1):
            para(doc, f"Ý {i} – {e['title']}", bold=True, space_after=2)
            para(doc, e["text"], align="j", indent=1, space_after=2)
            p = para(doc, "", indent=1)
            r = p.add_run("Sơ kết: "); r.italic = True; r.underline = True
            r = p.add_run(e["sk"]); r.italic = True
        para(doc, "Khó khăn:", bold=True)
        for d in f["diffs"]:
            para(doc, "- " + d, indent=1)
        para(doc, "Đề xuất:", bold=True)
        for d in f["props"]:
            para(doc, "- " + d, indent=1)
    sign_block(doc, [("TM. ỦY BAN NHÂN DÂN", True), ("KT. CHỦ TỊCH", True), (f["signtitle"], True),
                     ("", False), ("", False), (f["signer"], True)])
    doc.save(os.path.join(OUT, f["fname"]))


def gen_cds(doc, f):
    para(doc, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(doc, "Kết quả thực hiện nhiệm vụ chuyển đổi số 10 tháng đầu năm 2026", bold=True, align="c")
    para(doc, "Thực hiện Kế hoạch chuyển đổi số năm 2026 của Ủy ban nhân dân Thành phố, UBND Phường An Nhơn "
              "báo cáo như sau:", indent=1)
    items = [("Hạ tầng số", "Phường đã trang bị mới 12 máy tính, nâng cấp đường truyền 300 Mbps cho bộ phận một cửa.", "đã hoàn thành."),
             ("Dịch vụ công trực tuyến", "Tỷ lệ hồ sơ nộp trực tuyến toàn trình đạt 78,4%; số hóa 4.215 hồ sơ, kết quả giải quyết thủ tục hành chính.", "đang thực hiện."),
             ("Kỹ năng số cho người dân", "Tổ công nghệ số cộng đồng 6 khu phố hướng dẫn 1.350 lượt người dân cài đặt, sử dụng VNeID mức 2.", "đang thực hiện."),
             ("Chuyển đổi số trong thanh toán", "Vận động 214 hộ kinh doanh tại chợ An Nhơn sử dụng thanh toán không dùng tiền mặt.", "đã hoàn thành.")]
    for i, (t, b, s) in enumerate(items, 1):
        para(doc, f"Ý {i} – {t}", bold=True, space_after=2)
        para(doc, b, indent=1, space_after=2)
        p = para(doc, "", indent=1)
        r = p.add_run("Sơ kết: "); r.italic = True; r.underline = True
        r = p.add_run(s); r.italic = True
    para(doc, "Khó khăn:", bold=True)
    para(doc, "- Một bộ phận người cao tuổi còn ngại sử dụng dịch vụ công trực tuyến.", indent=1)
    para(doc, "Đề xuất:", bold=True)
    para(doc, "- Đề nghị Sở Khoa học và Công nghệ hỗ trợ phường thêm thiết bị ký số cho công chức.", indent=1)


# ------------------------------------------------------------------ H4 (Sở, công văn DOCX)
def gen_h4(f):
    doc = new_doc(size=13)
    header_table(doc,
                 [("ỦY BAN NHÂN DÂN", False, False), ("THÀNH PHỐ HỒ CHÍ MINH", False, False), (f["up"], True, False),
                  ("Số: " + f["num"], False, False),
                  ("V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"
                   if not f.get("mistaken") else "V/v báo cáo kết quả công tác cải cách hành chính năm 2026", False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("", False, False), (f"Thành phố Hồ Chí Minh, {vdate(f['date'])}", False, True)], size=12)
    para(doc)
    if f.get("mistaken") == "cchc":
        para(doc, "Kính gửi: Sở Nội vụ Thành phố Hồ Chí Minh.", align="c")
        para(doc, "Thực hiện Công văn số 2514/SNV-CCHC của Sở Nội vụ về báo cáo công tác cải cách hành chính năm 2026, "
                  "Sở Xây dựng báo cáo như sau:", align="j", indent=1)
        items = [("Cải cách thể chế", "Sở đã tham mưu trình UBND Thành phố ban hành 05 quyết định quy phạm pháp luật; rà soát 37 văn bản.", "đã thực hiện xong"),
                 ("Cải cách thủ tục hành chính", "Công bố, cập nhật 126 thủ tục hành chính; tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,2%.", "đang thực hiện"),
                 ("Cải cách tổ chức bộ máy", "Hoàn thành sắp xếp các phòng chuyên môn và đơn vị sự nghiệp sau hợp nhất.", "đã thực hiện xong"),
                 ("Xây dựng chính quyền số", "Số hóa 18.640 hồ sơ cấp phép xây dựng; vận hành phần mềm quản lý trật tự xây dựng.", "đang thực hiện")]
        for t, b, s in items:
            para(doc, "▪ " + t, bold=True, space_after=2)
            para(doc, b, align="j", indent=1, space_after=2)
            para(doc, f"Tình trạng: {s}.", italic=True, color=(0x59, 0x59, 0x59), align="r")
        para(doc, "Khó khăn, vướng mắc:", bold=True)
        para(doc, "- Khối lượng hồ sơ tồn đọng từ các địa phương trước sắp xếp còn lớn.", indent=1)
        para(doc, "Đề xuất:", bold=True)
        para(doc, "- Đề nghị Sở Nội vụ tổ chức tập huấn về chấm điểm chỉ số cải cách hành chính.", indent=1)
    else:
        para(doc, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align="c")
        para(doc, f"Phúc đáp đề nghị của Chi cục về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW "
                  f"năm 2026, {f['uname']} báo cáo các nội dung có liên quan đến Sở như sau:", align="j", indent=1)
        for e in f["entries"]:
            para(doc, "▪ " + e["title"], bold=True, space_after=2)
            para(doc, e["text"], align="j", indent=1, space_after=2)
            para(doc, f"Tình trạng: {e['ts']}.", italic=True, color=(0x59, 0x59, 0x59), align="r")
        para(doc, "Khó khăn, vướng mắc:", bold=True)
        for d in f["diffs"]:
            para(doc, "- " + d, align="j", indent=1)
        para(doc, "Đề xuất:", bold=True)
        for d in f["props"]:
            para(doc, "- " + d, align="j", indent=1)
        para(doc, f"{f['uname']} báo cáo để Chi cục tổng hợp./.", indent=1)
    t = doc.add_table(rows=1, cols=2)
    left = t.cell(0, 0)
    left.paragraphs[0].add_run("Nơi nhận:").bold = True
    for x in ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT."]:
        left.add_paragraph(x)
    c = t.cell(0, 1)
    c.paragraphs[0].text = "KT. GIÁM ĐỐC"
    for x in [f["signtitle"], "", "", "", f["signer"]]:
        p = c.add_paragraph(x)
    for p in c.paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in p.runs: r.bold = True
    doc.save(os.path.join(OUT, f["fname"]))


# ------------------------------------------------------------------ XLSX helpers
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def box(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BOX


# ------------------------------------------------------------------ H2 (phường, XLSX)
def gen_h2(f):
    wb = Workbook(); ws = wb.active; ws.title = "BaoCao"
    ws["A1"] = "UBND " + f["up"]; ws["A1"].font = Font(bold=True)
    ws["A2"] = "Số: " + f["num"]
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(bold=True)
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["D3"] = f"{f['place']}, {vdate(f['date'])}"; ws["D3"].font = Font(italic=True)
    ws.merge_cells("A5:F5")
    ws["A5"] = "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"
    ws["A5"].font = Font(bold=True, size=13); ws["A5"].alignment = Alignment(horizontal="center")
    hdr = ["STT", "Nội dung công việc", "Kết quả cụ thể", "Số lượng", "Đơn vị tính", "Tiến độ"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h); c.font = Font(bold=True); c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    r = 8
    for i, e in enumerate(f["entries"], 1):
        r0 = r
        for lab, n, unit in e["rows"]:
            ws.cell(r, 3, lab).alignment = Alignment(wrap_text=True)
            if n is not None:
                c = ws.cell(r, 4, n)
                c.number_format = '#,##0" đ"' if unit == "đồng" else "0"
            ws.cell(r, 5, unit)
            r += 1
        ws.cell(r0, 1, i); ws.cell(r0, 2, e["title"]); ws.cell(r0, 6, e["st"])
        if r - 1 > r0:
            for col in (1, 2, 6):
                ws.merge_cells(start_row=r0, end_row=r - 1, start_column=col, end_column=col)
        for col in (1, 2, 6):
            ws.cell(r0, col).alignment = Alignment(vertical="center", wrap_text=True, horizontal="center" if col != 2 else "left")
    box(ws, 7, r - 1, 1, 6)
    ws.cell(r + 1, 1, "Tiến độ ghi: Xong / Còn tiếp / Chưa làm / Không có việc").font = Font(italic=True, size=9)
    r += 3
    ws.cell(r, 1, "Khó khăn:").font = Font(bold=True); r += 1
    for d in f["diffs"]:
        ws.cell(r, 2, d); r += 1
    ws.cell(r, 1, "Kiến nghị:").font = Font(bold=True); r += 1
    for d in f["props"]:
        ws.cell(r, 2, d); r += 1
    r += 1
    ws.cell(r, 2, "Người lập biểu"); ws.cell(r, 5, "TM. ỦY BAN NHÂN DÂN"); ws.cell(r + 1, 5, "KT. CHỦ TỊCH")
    ws.cell(r + 4, 2, f["signer"].replace(" (lập biểu)", ""))
    for col, w in zip("ABCDEF", (6, 42, 40, 14, 12, 14)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, f["fname"]))


# ------------------------------------------------------------------ H5 (đơn vị thuộc Sở, XLSX)
def gen_h5(f):
    wb = Workbook(); ws = wb.active; ws.title = "KQ"
    ws["A1"] = f["parent"]
    ws["A2"] = f["up"]; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: " + f["num"]
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(bold=True)
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["D3"] = f"Thành phố Hồ Chí Minh, {vdate(f['date'])}"; ws["D3"].font = Font(italic=True)
    ws.merge_cells("A5:F5")
    ws["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"
    ws["A5"].font = Font(bold=True, size=13); ws["A5"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A6:F6")
    ws["A6"] = "(Số liệu từ 01/01/2026 đến ngày báo cáo)"; ws["A6"].alignment = Alignment(horizontal="center")
    ws["A8"] = "A. KẾT QUẢ THỰC HIỆN"; ws["A8"].font = Font(bold=True)
    hdr = ["TT", "Nội dung công việc", "Chỉ tiêu", "Số lượng", "ĐVT", "Đánh giá của đơn vị"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(9, i, h); c.font = Font(bold=True); c.alignment = Alignment(horizontal="center", wrap_text=True)
    r = 10
    for i, e in enumerate(f["entries"], 1):
        ws.cell(r, 1, i); ws.cell(r, 2, e["title"]).font = Font(bold=True)
        ws.cell(r, 2).alignment = Alignment(wrap_text=True)
        ws.cell(r, 6, e["st"])
        for col in range(1, 7):
            ws.cell(r, col).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        for lab, n, unit in e["rows"]:
            ws.cell(r, 1, "-"); ws.cell(r, 3, lab).alignment = Alignment(wrap_text=True)
            if n is not None:
                ws.cell(r, 4, n).number_format = "#,##0"
                ws.cell(r, 5, unit)
            r += 1
    box(ws, 9, r - 1, 1, 6)
    r += 1
    ws.cell(r, 1, "B. TỒN TẠI, KHÓ KHĂN").font = Font(bold=True); r += 1
    for i, d in enumerate(f["diffs"], 1):
        ws.cell(r, 1, i); ws.cell(r, 2, d); r += 1
    ws.cell(r, 1, "C. KIẾN NGHỊ, ĐỀ XUẤT").font = Font(bold=True); r += 1
    for i, d in enumerate(f["props"], 1):
        ws.cell(r, 1, i); ws.cell(r, 2, d); r += 1
    r += 1
    ws.cell(r, 5, "THỦ TRƯỞNG ĐƠN VỊ").font = Font(bold=True)
    ws.cell(r + 4, 5, f["signer"]).font = Font(bold=True)
    for col, w in zip("ABCDEF", (5, 48, 42, 14, 10, 20)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, f["fname"]))


GEN = dict(H1=gen_h1, H2=gen_h2, H3=gen_h3, H4=gen_h4, H5=gen_h5)


def key(f):
    rej = bool(f.get("mistaken"))
    return {
        "file": f["fname"],
        "sha256": None,
        "status": "rejected" if rej else "extracted",
        "reason": f.get("reason") if rej else None,
        "unit": {"id": f["uid"], "name": f["uname"]},
        "document": {"number": f["num"], "date": f["date"]},
        "entries": [] if rej else [
            {"task": e["task"], "status": e["status"], "indicators": e["ind"], "text": e["text"]}
            for e in f["entries"]],
        "findings": [],
        "difficulties": [] if rej else f["diffs"],
        "proposals": [] if rej else f["props"],
    }


if __name__ == "__main__":
    for f in FILES:
        GEN[f["hand"]](f)
        with open(os.path.join(TRUTH, f["fname"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(key(f), fh, ensure_ascii=False, indent=2)
    print(len(FILES), "files")
