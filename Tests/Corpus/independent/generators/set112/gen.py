# -*- coding: utf-8 -*-
"""Writes the set-112 files and their keys. Run: python3 gen.py"""
import hashlib, json, os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from data import REPORTS, H4_COLS, H4_WORD, CHICUC

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, "truth")
PLAN = ("Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30 tháng 7 năm 2024 của Ban Bí thư "
        "về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026")


def vdate(iso, pad=True):
    y, m, d = iso.split("-")
    if not pad:
        d = str(int(d))
    return f"ngày {d} tháng {m} năm {y}"


# ------------------------------------------------------------------ docx helpers
def new_doc(size=13):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    return doc


def para(container, text="", bold=False, italic=False, align=None, size=None, indent=None, space=4, underline=False):
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
    p.paragraph_format.space_after = Pt(space)
    return p


def cell_lines(cell, lines, align="c", size=12):
    cell.paragraphs[0].text = ""
    first = True
    for text, b, i in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(text)
        r.bold, r.italic = b, i
        r.font.size = Pt(size)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == "c" else WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.space_after = Pt(0)


def header_table(doc, left, number, place, iso, pad=True):
    t = doc.add_table(rows=1, cols=2)
    t.autofit = False
    left_lines = [(l, i == len(left) - 1, False) for i, l in enumerate(left)]
    left_lines.append(("———", False, False))
    left_lines.append((f"Số: {number}", False, False))
    cell_lines(t.cell(0, 0), left_lines)
    cell_lines(t.cell(0, 1), [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
                              ("Độc lập - Tự do - Hạnh phúc", True, False),
                              ("—————————————", False, False),
                              (f"{place}, {vdate(iso, pad)}", False, True)])
    t.columns[0].width = Cm(6.5)
    t.columns[1].width = Cm(9.5)
    for c, w in zip(t.rows[0].cells, (Cm(6.5), Cm(9.5))):
        c.width = w
    return t


def sign_table(doc, left_lines, right_lines):
    t = doc.add_table(rows=1, cols=2)
    cell_lines(t.cell(0, 0), left_lines, align="l", size=11)
    cell_lines(t.cell(0, 1), right_lines, align="c", size=13)
    return t


def noi_nhan(extra):
    return [("Nơi nhận:", True, True)] + [(f"- {x};", False, False) for x in extra] + [("- Lưu: VT.", False, False)]


# ------------------------------------------------------------------ H1
def write_h1(r, path):
    doc = new_doc(13)
    header_table(doc, ["ỦY BAN NHÂN DÂN", f"PHƯỜNG {r['short']}"], r["number"], r["place"], r["date"])
    para(doc, "BÁO CÁO", bold=True, align="c", space=0)
    para(doc, "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng trên địa bàn phường năm 2026",
         bold=True, align="c")
    para(doc, f"Kính gửi: {CHICUC}.", align="c")
    para(doc, (f"Thực hiện {PLAN} của Sở Khoa học và Công nghệ và văn bản đôn đốc của Chi cục, "
               f"Ủy ban nhân dân {r['unit_name'].replace('Phường', 'phường')} báo cáo kết quả như sau:"),
         align="j", indent=1)
    para(doc, "I. KIỂM TRA THEO TỪNG MẶT HÀNG", bold=True)
    para(doc, r["lead"], align="j", indent=1)
    for i, (g, txt) in enumerate(r["goods"], 1):
        p = para(doc, "", align="j", indent=1)
        a = p.add_run(f"{i}. {g}: ")
        a.bold = True
        p.add_run(txt)
    para(doc, r["insp_verdict"], italic=True, align="j", indent=1)
    para(doc, "II. CÁC VIỆC KHÁC", bold=True)
    for e in r["others"]:
        label, rest = e["text"].split(": ", 1)
        p = para(doc, "", align="j", indent=1, space=0)
        a = p.add_run(f"- {label}: ")
        a.underline = True
        p.add_run(rest)
        para(doc, e["verdict"], italic=True, align="j", indent=1)
    para(doc, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for d in r["diff"]:
        para(doc, f"- {d}", align="j", indent=1)
    para(doc, "IV. KIẾN NGHỊ", bold=True)
    for d in r["prop"]:
        para(doc, f"- {d}", align="j", indent=1)
    para(doc, f"Trên đây là báo cáo của Ủy ban nhân dân {r['unit_name'].replace('Phường', 'phường')}./.", align="j", indent=1)
    sign_table(doc, noi_nhan(["Như trên", "Chủ tịch, các PCT UBND phường", "Phòng Kinh tế"]),
               [("TM. ỦY BAN NHÂN DÂN", True, False), ("KT. CHỦ TỊCH", True, False), ("PHÓ CHỦ TỊCH", True, False),
                ("", False, False), ("", False, False), ("", False, False), (r["signer"], True, False)])
    doc.save(path)
    entries = [r["insp"]] + r["others"]
    return entries


# ------------------------------------------------------------------ H2
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)


def xl_header(ws, r, lastcol, left2):
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=3)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=3)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=3)
    ws.cell(1, 1, "ỦY BAN NHÂN DÂN").alignment = CEN
    ws.cell(2, 1, left2).alignment = CEN
    ws.cell(2, 1).font = Font(name="Times New Roman", bold=True, size=12)
    ws.cell(3, 1, f"Số: {r['number']}").alignment = CEN
    c0 = lastcol - 4
    for row in (1, 2, 3):
        ws.merge_cells(start_row=row, start_column=c0, end_row=row, end_column=lastcol)
    ws.cell(1, c0, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").font = Font(name="Times New Roman", bold=True, size=12)
    ws.cell(2, c0, "Độc lập - Tự do - Hạnh phúc").font = Font(name="Times New Roman", bold=True, size=12)
    ws.cell(3, c0, f"{r['place']}, {vdate(r['date'])}").font = Font(name="Times New Roman", italic=True, size=12)
    for row in (1, 2, 3):
        ws.cell(row, c0).alignment = CEN


def write_h2(r, path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Bao cao"
    heads = ["STT", "Việc gì?", "Đã làm những gì?", "Bao nhiêu cuộc kiểm tra?", "Kiểm tra bao nhiêu cơ sở?",
             "Mấy cơ sở vi phạm?", "Phạt bao nhiêu (đồng)?", "Con số khác?", "Làm tới đâu rồi?"]
    if r.get("mistaken"):
        heads = ["STT", "Việc gì?", "Đã làm những gì?", "Bao nhiêu hồ sơ trực tuyến?", "Tỷ lệ trực tuyến toàn trình (%)",
                 "Mấy cuộc họp không giấy?", "Chi bao nhiêu (đồng)?", "Con số khác?", "Làm tới đâu rồi?"]
    n = len(heads)
    xl_header(ws, r, n, r["short"])
    ws.merge_cells(start_row=5, start_column=1, end_row=5, end_column=n)
    title = ("BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ QUÝ III/2026" if r.get("mistaken")
             else "BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026")
    ws.cell(5, 1, title).font = Font(name="Times New Roman", bold=True, size=13)
    ws.cell(5, 1).alignment = CEN
    ws.merge_cells(start_row=6, start_column=1, end_row=6, end_column=n)
    sub = ("(Theo Kế hoạch chuyển đổi số năm 2026 của Ủy ban nhân dân phường)" if r.get("mistaken")
           else "(Theo Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ)")
    ws.cell(6, 1, sub).alignment = CEN
    ws.cell(6, 1).font = Font(name="Times New Roman", italic=True, size=12)
    for j, h in enumerate(heads, 1):
        c = ws.cell(8, j, h)
        c.font = Font(name="Times New Roman", bold=True, size=11)
        c.alignment = CEN
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="FFF2CC")
    rows = r.get("rows")
    if r.get("mistaken"):
        rows = [dict(what="Dịch vụ công trực tuyến", text="Hướng dẫn người dân nộp hồ sơ trên Cổng dịch vụ công", c=1846, e=78, other="", ans="Còn làm"),
                dict(what="Họp không giấy", text="Dùng phần mềm iOffice cho họp giao ban", v=24, other="", ans="Xong hết"),
                dict(what="Tổ công nghệ số cộng đồng", text="Kiện toàn tổ ở 12 khu phố, tập huấn kỹ năng số", other="12 tổ, 96 thành viên", ans="Xong hết"),
                dict(what="Camera an ninh", text="Lắp thêm camera kết nối trung tâm giám sát", f=385000000, other="42 camera", ans="Còn làm")]
    row = 9
    for i, e in enumerate(rows, 1):
        vals = [i, e["what"], e["text"], e.get("c"), e.get("e"), e.get("v"), e.get("f"), e.get("other") or None, e["ans"]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row, j, v)
            c.border = BOX
            c.alignment = WRAP if j in (2, 3, 8) else CEN
            c.font = Font(name="Times New Roman", size=11)
            if j == 7 and v is not None:
                c.number_format = "#,##0"
        row += 1
    row += 1
    for lab, items in (("Vướng gì?", r["diff"]), ("Xin gì?", r["prop"])) if not r.get("mistaken") else (
            ("Vướng gì?", ["Một số khu phố sóng điện thoại yếu, người lớn tuổi chưa dùng được ứng dụng."]),
            ("Xin gì?", ["Xin Trung tâm Chuyển đổi số hỗ trợ thêm máy tính cho Bộ phận Một cửa."])):
        ws.cell(row, 2, lab).font = Font(name="Times New Roman", bold=True, size=11)
        row += 1
        for k, t in enumerate(items, 1):
            ws.cell(row, 2, f"{k}.")
            ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=n)
            ws.cell(row, 3, t).alignment = Alignment(wrap_text=True)
            ws.row_dimensions[row].height = 32
            row += 1
    row += 1
    ws.cell(row, 2, "NGƯỜI LẬP").font = Font(bold=True)
    ws.cell(row, 7, "TM. ỦY BAN NHÂN DÂN").font = Font(bold=True)
    ws.cell(row + 1, 7, "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH").font = Font(bold=True)
    ws.cell(row + 5, 2, r["maker"])
    ws.cell(row + 5, 7, r["signer"]).font = Font(bold=True)
    widths = [5, 24, 38, 12, 12, 12, 15, 20, 14]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A9"
    wb.save(path)
    return [] if r.get("mistaken") else rows


# ------------------------------------------------------------------ H3
def write_h3(r, path):
    doc = new_doc(13)
    left = r["parent"].split("\n") + ([r["issuer"]] if r["issuer"] else [])
    header_table(doc, left, r["number"], r["place"], r["date"], pad=False)
    if r.get("mistaken"):
        para(doc, "BÁO CÁO", bold=True, align="c", space=0)
        para(doc, "Tổng kết công tác bảo đảm an toàn thực phẩm Tết Nguyên đán Bính Ngọ và mùa lễ hội Xuân năm 2026",
             bold=True, align="c")
        para(doc, "Kính gửi: Ban Chỉ đạo liên ngành về an toàn thực phẩm Thành phố.", align="c")
        body = [
            ("CHỈ ĐẠO", "Ban hành kế hoạch cao điểm bảo đảm an toàn thực phẩm Tết Nguyên đán, thành lập 14 đoàn kiểm tra liên ngành cấp Thành phố. (Tình hình: đã hoàn thành.)"),
            ("KIỂM TRA", "Kiểm tra 2.364 cơ sở sản xuất, kinh doanh thực phẩm, dịch vụ ăn uống; phát hiện 187 cơ sở vi phạm, xử phạt 1.126.500.000 đồng; tiêu hủy 3,2 tấn thực phẩm không rõ nguồn gốc. (Tình hình: đã hoàn thành.)"),
            ("XÉT NGHIỆM", "Lấy 1.420 mẫu thực phẩm xét nghiệm nhanh, 36 mẫu không đạt (hàn the, phẩm màu). (Tình hình: đã hoàn thành.)"),
            ("NGỘ ĐỘC", "Không ghi nhận vụ ngộ độc thực phẩm trên 30 người mắc. (Tình hình: không phát sinh.)"),
            ("KIẾN NGHỊ", "- Đề nghị Ủy ban nhân dân Thành phố bổ sung kinh phí xét nghiệm nhanh cho các phường, xã."),
        ]
    else:
        para(doc, "BÁO CÁO", bold=True, align="c", space=0)
        para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
        para(doc, f"Kính gửi: {CHICUC}.", align="c")
        para(doc, r["intro"], align="j", indent=1)
        body = []
        for lab, e in r["blocks"]:
            body.append((lab, f"{e['text']} (Tình hình: {e['tag']}.)"))
        body.append(("KHÓ KHĂN", "\n".join(f"- {d}" for d in r["diff"])))
        body.append(("KIẾN NGHỊ", "\n".join(f"- {d}" for d in r["prop"])))
    t = doc.add_table(rows=0, cols=2)
    t.autofit = False
    for lab, txt in body:
        cells = t.add_row().cells
        cells[0].width, cells[1].width = Cm(3.4), Cm(12.6)
        cell_lines(cells[0], [(lab, True, False)], align="l", size=11)
        cells[1].paragraphs[0].text = ""
        for k, line in enumerate(txt.split("\n")):
            p = cells[1].paragraphs[0] if k == 0 else cells[1].add_paragraph()
            # the "(Tình hình: …)" tag in italics
            if "(Tình hình:" in line:
                a, b = line.split("(Tình hình:")
                p.add_run(a)
                rr = p.add_run("(Tình hình:" + b)
                rr.italic = True
            else:
                p.add_run(line)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.space_after = Pt(6)
    para(doc, "")
    sign_table(doc, noi_nhan(["Như trên"] + (["Sở Khoa học và Công nghệ (để b/c)"] if not r.get("mistaken") else [])),
               [(l, True, False) for l in r["sigtitle"].split("\n")] + [("", False, False)] * 3 + [(r["signer"], True, False)])
    doc.save(path)
    return [] if r.get("mistaken") else [e for _, e in r["blocks"]]


# ------------------------------------------------------------------ H4
def h4_summary(r):
    parts = []
    for e in r["rows"]:
        i = e["ind"]
        if "inspections" in i:
            parts.append(f"kiểm tra {i['inspections']} cuộc tại {i['establishments_inspected']} cơ sở, "
                         f"{i['violations']} cơ sở vi phạm, phạt {i['fines_vnd']:,} đồng".replace(",", "."))
        if "communications" in i:
            parts.append(f"{i['communications']} tin, bài")
        if "training_courses" in i:
            parts.append(f"{i['training_courses']} hội nghị với {i['participants']} người dự")
    return "Tóm tắt: " + "; ".join(parts) + "."


LEGEND = "Đánh giá: Đạt = đã hoàn thành; Đang = đang thực hiện; Chưa = chưa thực hiện; KPS = không phát sinh."


def write_h4_xlsx(r, path):
    wb = Workbook()
    ws = wb.active
    ws.title = "BC T10"
    heads = ["TT", "Nội dung công việc", "Kết quả thực hiện"] + [h for _, h in H4_COLS] + ["Đánh giá"]
    n = len(heads)
    xl_header(ws, r, n, r["short"])
    ws.merge_cells(start_row=5, start_column=1, end_row=5, end_column=n)
    ws.cell(5, 1, "BIỂU BÁO CÁO KẾT QUẢ CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG – THÁNG 10/2026 (LŨY KẾ TỪ ĐẦU NĂM)")
    ws.cell(5, 1).font = Font(name="Times New Roman", bold=True, size=13)
    ws.cell(5, 1).alignment = CEN
    ws.merge_cells(start_row=6, start_column=1, end_row=6, end_column=n)
    ws.cell(6, 1, h4_summary(r)).alignment = Alignment(wrap_text=True)
    ws.row_dimensions[6].height = 30
    ws.merge_cells(start_row=7, start_column=1, end_row=7, end_column=n)
    ws.cell(7, 1, LEGEND).font = Font(name="Times New Roman", italic=True, size=10)
    for j, h in enumerate(heads, 1):
        c = ws.cell(8, j, h)
        c.font = Font(name="Times New Roman", bold=True, size=10)
        c.alignment = CEN
        c.border = BOX
    row = 9
    for i, e in enumerate(r["rows"], 1):
        vals = [i, e["what"], e["text"]] + [e["ind"].get(k) for k, _ in H4_COLS] + [H4_WORD[e["status"]]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row, j, v)
            c.border = BOX
            c.alignment = WRAP if j in (2, 3) else CEN
            if heads[j - 1].startswith("Tiền phạt") and v:
                c.number_format = "#,##0"
        row += 1
    row += 1
    for lab, items in (("Khó khăn:", r["diff"]), ("Đề xuất:", r["prop"])):
        ws.cell(row, 2, lab).font = Font(bold=True)
        row += 1
        for t in items:
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=n)
            ws.cell(row, 2, f"- {t}")
            row += 1
    row += 1
    ws.cell(row, 2, "NGƯỜI LẬP BIỂU").font = Font(bold=True)
    ws.cell(row, 9, "KT. CHỦ TỊCH").font = Font(bold=True)
    ws.cell(row + 1, 9, "PHÓ CHỦ TỊCH").font = Font(bold=True)
    ws.cell(row + 5, 2, r["maker"])
    ws.cell(row + 5, 9, r["signer"]).font = Font(bold=True)
    for j, w in enumerate([4, 22, 34] + [10] * len(H4_COLS) + [9], 1):
        ws.column_dimensions[ws.cell(8, j).column_letter].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(path)
    return r["rows"]


def write_h4_docx(r, path):
    doc = new_doc(12)
    s = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21)
    s.left_margin, s.right_margin = Cm(2), Cm(1.5)
    header_table(doc, ["ỦY BAN NHÂN DÂN", r["short"]], r["number"], r["place"], r["date"])
    para(doc, "BIỂU BÁO CÁO KẾT QUẢ CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG – THÁNG 10/2026 (LŨY KẾ TỪ ĐẦU NĂM)",
         bold=True, align="c")
    para(doc, h4_summary(r), align="j")
    para(doc, LEGEND, italic=True, size=10)
    heads = ["TT", "Nội dung công việc", "Kết quả thực hiện"] + [h for _, h in H4_COLS] + ["Đánh giá"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        cell_lines(t.cell(0, j), [(h, True, False)], size=9)
    for i, e in enumerate(r["rows"], 1):
        cells = t.add_row().cells
        vals = [str(i), e["what"], e["text"]]
        for k, _ in H4_COLS:
            v = e["ind"].get(k)
            vals.append("" if v is None else (f"{v:,}".replace(",", ".") if k == "fines_vnd" else str(v)))
        vals.append(H4_WORD[e["status"]])
        for j, v in enumerate(vals):
            cell_lines(cells[j], [(v, False, False)], align="l" if j in (1, 2) else "c", size=10)
    para(doc, "Khó khăn:", bold=True)
    for d in r["diff"]:
        para(doc, f"- {d}")
    para(doc, "Đề xuất:", bold=True)
    for d in r["prop"]:
        para(doc, f"- {d}")
    sign_table(doc, [("NGƯỜI LẬP BIỂU", True, False), ("", False, False), ("", False, False), (r["maker"], False, False)],
               [("KT. CHỦ TỊCH", True, False), ("PHÓ CHỦ TỊCH", True, False), ("", False, False), ("", False, False),
                (r["signer"], True, False)])
    doc.save(path)
    return r["rows"]


# ------------------------------------------------------------------ LibreOffice re-save
def lo_resave(path):
    ext = path.rsplit(".", 1)[1]
    with tempfile.TemporaryDirectory() as td:
        prof = "file://" + os.path.join(td, "profile")
        out = os.path.join(td, "out")
        os.mkdir(out)
        subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", ext,
                        "--outdir", out, path], check=True, capture_output=True, timeout=180)
        shutil.move(os.path.join(out, os.path.basename(path)), path)


def main():
    os.makedirs(TRUTH, exist_ok=True)
    for r in REPORTS:
        path = os.path.join(HERE, r["file"])
        w = {"H1": write_h1, "H2": write_h2, "H3": write_h3}.get(r["hand"])
        if r["hand"] == "H4":
            w = write_h4_docx if r["file"].endswith(".docx") else write_h4_xlsx
        entries = w(r, path)
        if r.get("lo"):
            lo_resave(path)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        key = {
            "file": r["file"], "sha256": sha,
            "status": "rejected" if r.get("mistaken") else "extracted",
            "reason": r.get("reason") if r.get("mistaken") else None,
            "unit": {"id": r["unit_id"], "name": r["unit_name"]},
            "document": {"number": r["number"], "date": r["date"]},
            "entries": [] if r.get("mistaken") else [
                {"task": e["task"], "status": e["status"], "indicators": dict(e["ind"]), "text": e["text"]}
                for e in entries],
            "findings": [],
            "difficulties": [] if r.get("mistaken") else list(r["diff"]),
            "proposals": [] if r.get("mistaken") else list(r["prop"]),
        }
        tasks = [e["task"] for e in key["entries"]]
        assert len(tasks) == len(set(tasks)), r["file"]
        with open(os.path.join(TRUTH, r["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
        print("wrote", r["file"])


if __name__ == "__main__":
    main()
