# -*- coding: utf-8 -*-
import json, hashlib, os, subprocess, shutil, tempfile, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
from data import *

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
KEYS = []

def vn_date(iso):
    y, m, d = iso.split("-")
    return f"ngày {d} tháng {m} năm {y}"

def dmy(iso):
    y, m, d = iso.split("-"); return f"{d}/{m}/{y}"

def new_doc(font="Times New Roman", size=13):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return doc

def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}"); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)

def cell_par(cell, text, bold=False, italic=False, center=True, size=None, first=False, underline=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
    if size: r.font.size = Pt(size)
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p

def header(doc, left_lines, number, place, iso, vv=None):
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    l, r = t.rows[0].cells
    for i, (txt, b) in enumerate(left_lines):
        cell_par(l, txt, bold=b, first=(i == 0), size=12)
    cell_par(l, "_______", size=10)
    cell_par(l, f"Số: {number}", size=12)
    if vv:
        cell_par(l, vv, size=11)
    cell_par(r, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, first=True, size=12)
    cell_par(r, "Độc lập - Tự do - Hạnh phúc", bold=True, size=12, underline=True)
    cell_par(r, "")
    cell_par(r, f"{place}, {vn_date(iso)}", italic=True, size=12)

def para(doc, text, bold=False, italic=False, center=False, indent=True, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent: p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    return p

def runin(doc, head, text):
    p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
    r = p.add_run(head); r.bold = True
    p.add_run(text); p.paragraph_format.space_after = Pt(3)
    return p

def signature(doc, lines, name, noinhan):
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    l, r = t.rows[0].cells
    cell_par(l, "Nơi nhận:", bold=True, italic=True, center=False, first=True, size=11)
    for n in noinhan:
        cell_par(l, n, center=False, size=10)
    for i, ln in enumerate(lines):
        cell_par(r, ln, bold=True, first=(i == 0), size=12)
    for _ in range(3): cell_par(r, "")
    cell_par(r, name, bold=True, size=12)

def grid(table):
    table.style = "Table Grid"

def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()

def key(fname, unit, number, iso, entries, diffs, props, status="extracted", reason=None):
    KEYS.append(dict(file=fname, sha256=None, status=status, reason=reason,
                     unit={"id": unit[0], "name": unit[1]},
                     document={"number": number, "date": iso},
                     entries=entries, findings=[], difficulties=diffs, proposals=props))

# ---------------------------------------------------------------- Hand A
def render_A(R):
    doc = new_doc()
    left = [(R["org_up"], False)] + [(x, True) for x in R["org"].split("\n")]
    if R["unit"][0] == "SO-CT":
        left = [("ỦY BAN NHÂN DÂN", False), ("THÀNH PHỐ HỒ CHÍ MINH", False), ("SỞ CÔNG THƯƠNG", True)]
    header(doc, left, R["number"], R["place"], R["date"])
    para(doc, "")
    para(doc, "BÁO CÁO", bold=True, center=True, size=14)
    para(doc, R["title"], bold=True, center=True)
    para(doc, "")
    para(doc, R["intro"])
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    annex = []; entries = []
    for sno, stitle, items in R["sections"]:
        para(doc, f"{sno}. {stitle}", bold=True)
        for letter, task, status, text, rows in items:
            para(doc, f"{letter}) {text}")
            ind = {}
            for code, name, dvt, val, d in rows:
                annex.append((code, name, dvt, val, f"I.{sno}.{letter}"))
                ind.update(d)
            entries.append(dict(task=task, status=status, indicators=ind, text=text))
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for d in R["difficulties"]: para(doc, "- " + d)
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for d in R["proposals"]: para(doc, "- " + d)
    para(doc, f"(Số liệu chi tiết tại Phụ lục số liệu kèm theo)", italic=True)
    para(doc, "Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026./.")
    signature(doc, R["signer"][:2], R["signer"][2],
              ["- Sở Khoa học và Công nghệ;", "- Chi cục TĐC (để tổng hợp);", "- Lưu: VT."])
    page_break(doc)
    para(doc, "PHỤ LỤC SỐ LIỆU", bold=True, center=True)
    para(doc, f"(Kèm theo Báo cáo số {R['number']} ngày {dmy(R['date'])})", italic=True, center=True)
    t = doc.add_table(rows=1, cols=5); grid(t)
    for c, h in zip(t.rows[0].cells, ["Mã số", "Chỉ tiêu", "ĐVT", "Số liệu", "Mục báo cáo"]):
        c.text = ""; c.paragraphs[0].add_run(h).bold = True
    for row in annex:
        cells = t.add_row().cells
        for c, v in zip(cells, row): c.text = v
    path = os.path.join(OUT, R["file"]); doc.save(path)
    key(R["file"], R["unit"], R["number"], R["date"], entries, R["difficulties"], R["proposals"])

def render_A_mistaken(R):
    doc = new_doc()
    header(doc, [(R["org_up"], False), (R["org"], True)], R["number"], R["place"], R["date"])
    para(doc, "BÁO CÁO", bold=True, center=True, size=14)
    para(doc, R["title"], bold=True, center=True)
    para(doc, "Thực hiện Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân Thành phố, Ủy ban nhân dân phường Thuận An báo cáo kết quả công tác cải cách hành chính quý III năm 2026 như sau:")
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    para(doc, "1. Công tác chỉ đạo, điều hành", bold=True)
    para(doc, "a) Ban hành Kế hoạch kiểm tra công tác cải cách hành chính, kiểm soát thủ tục hành chính năm 2026 tại các bộ phận chuyên môn (số liệu tại mã số 01).")
    para(doc, "2. Cải cách thủ tục hành chính", bold=True)
    para(doc, "a) Trung tâm Phục vụ hành chính công phường tiếp nhận, giải quyết hồ sơ thủ tục hành chính; tỷ lệ hồ sơ giải quyết đúng hạn đạt cao (mã số 02 - 04).")
    para(doc, "b) Tiếp tục số hóa hồ sơ, kết quả giải quyết thủ tục hành chính (mã số 05).")
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    para(doc, "- Hệ thống thông tin giải quyết thủ tục hành chính của Thành phố đôi lúc bị gián đoạn, ảnh hưởng tiến độ tiếp nhận hồ sơ.")
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    para(doc, "- Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ kiểm soát thủ tục hành chính cho công chức phường.")
    signature(doc, R["signer"][:2], R["signer"][2], ["- Sở Nội vụ;", "- Lưu: VT."])
    page_break(doc)
    para(doc, "PHỤ LỤC SỐ LIỆU", bold=True, center=True)
    para(doc, f"(Kèm theo Báo cáo số {R['number']} ngày {dmy(R['date'])})", italic=True, center=True)
    t = doc.add_table(rows=1, cols=5); grid(t)
    for c, h in zip(t.rows[0].cells, ["Mã số", "Chỉ tiêu", "ĐVT", "Số liệu", "Mục báo cáo"]):
        c.text = ""; c.paragraphs[0].add_run(h).bold = True
    for row in [("01", "Cuộc kiểm tra CCHC tại bộ phận", "cuộc", "03", "I.1.a"),
                ("02", "Hồ sơ TTHC tiếp nhận", "hồ sơ", "4.512", "I.2.a"),
                ("03", "Hồ sơ giải quyết đúng hạn", "hồ sơ", "4.498", "I.2.a"),
                ("04", "Tỷ lệ đúng hạn", "%", "99,7", "I.2.a"),
                ("05", "Hồ sơ được số hóa", "hồ sơ", "3.960", "I.2.b")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row): c.text = v
    doc.save(os.path.join(OUT, R["file"]))
    key(R["file"], R["unit"], R["number"], R["date"], [], [], [], status="rejected", reason=R["reason"])

# ---------------------------------------------------------------- Hand B
def render_B(R):
    doc = new_doc(size=14)
    header(doc, [("ỦY BAN NHÂN DÂN", False), (R["org"], True)], R["number"], R["place"], R["date"])
    para(doc, "")
    para(doc, "BÁO CÁO", bold=True, center=True)
    para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, center=True)
    para(doc, f"(Số liệu {R['period']})", italic=True, center=True)
    para(doc, f"Tiếp theo {R['prev']} về kết quả thực hiện 6 tháng đầu năm 2026, Ủy ban nhân dân {R['unit'][1].split(' ',1)[0].lower()} {R['unit'][1].split(' ',1)[1]} báo cáo kết quả thực hiện trong kỳ và lũy kế từ đầu năm như sau:")
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    entries = []
    for i, (title, task, status, lines, st_text, ind) in enumerate(R["items"], 1):
        para(doc, f"{i}. {title}", bold=True)
        lines = [l.format(prev=R["prev"]) for l in lines]
        for l in lines:
            para(doc, "- " + l)
        runin(doc, "Tình hình thực hiện: ", st_text)
        lk = [l for l in lines if l.startswith("Lũy kế")]
        entries.append(dict(task=task, status=status, indicators=ind, text=(lk or lines)[0]))
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for d in R["difficulties"]: para(doc, "- " + d)
    para(doc, "III. KIẾN NGHỊ, ĐỀ XUẤT", bold=True, indent=False)
    for d in R["proposals"]: para(doc, "- " + d)
    signature(doc, R["signer"][:2], R["signer"][2],
              ["- Sở Khoa học và Công nghệ TP.HCM;", "- Chi cục Tiêu chuẩn Đo lường Chất lượng;", "- Lưu: VT, KT."])
    doc.save(os.path.join(OUT, R["file"]))
    key(R["file"], R["unit"], R["number"], R["date"], entries, R["difficulties"], R["proposals"])

# ---------------------------------------------------------------- Hand C
def render_C(R):
    doc = new_doc()
    uname = R["unit"][1]; xa = uname.split(" ", 1)[1]
    header(doc, [("ỦY BAN NHÂN DÂN", False), (R["org"], True)], R["number"], R["place"], R["date"],
           vv="V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026")
    para(doc, "")
    para(doc, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh", center=True)
    para(doc, "(qua Chi cục Tiêu chuẩn Đo lường Chất lượng)", italic=True, center=True)
    para(doc, f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư năm 2026 và Công văn đôn đốc của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả thực hiện, Ủy ban nhân dân xã {xa} đã giao Phòng Kinh tế tổng hợp, báo cáo.")
    para(doc, f"Ủy ban nhân dân xã {xa} gửi kèm theo Công văn này Báo cáo của Phòng Kinh tế về kết quả thực hiện trên địa bàn xã (Phụ lục 01 đính kèm), trong đó nêu cụ thể kết quả từng nội dung, khó khăn, vướng mắc và kiến nghị, đề xuất.")
    para(doc, f"Ủy ban nhân dân xã {xa} kính báo cáo./.")
    signature(doc, R["signer"][:2], R["signer"][2],
              ["- Như trên;", "- Chủ tịch, các PCT UBND xã;", "- Phòng Kinh tế;", "- Lưu: VT."])
    page_break(doc)
    para(doc, "Phụ lục 01", bold=True, center=True)
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    l, r = t.rows[0].cells
    cell_par(l, f"UBND {R['org']}", first=True, size=12)
    cell_par(l, "PHÒNG KINH TẾ", bold=True, size=12)
    cell_par(r, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, first=True, size=12)
    cell_par(r, "Độc lập - Tự do - Hạnh phúc", bold=True, size=12)
    cell_par(r, f"{R['place']}, {R['annex_date']}", italic=True, size=12)
    para(doc, "BÁO CÁO", bold=True, center=True)
    para(doc, f"Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn xã {xa}", bold=True, center=True)
    para(doc, f"(Kèm theo Công văn số {R['number']} ngày {dmy(R['date'])} của UBND xã {xa})", italic=True, center=True)
    para(doc, "1. Kết quả thực hiện các nội dung", bold=True, indent=False)
    entries = []
    for i, (task, status, title, text, st, ind) in enumerate(R["items"], 1):
        para(doc, f"1.{i}. {title}", bold=True)
        para(doc, text)
        para(doc, f"Tình hình thực hiện: {st}", italic=True)
        entries.append(dict(task=task, status=status, indicators=ind, text=text))
    para(doc, "2. Khó khăn, vướng mắc", bold=True, indent=False)
    for i, d in enumerate(R["difficulties"], 1): para(doc, f"2.{i}. {d}")
    para(doc, "3. Đề xuất, kiến nghị", bold=True, indent=False)
    for i, d in enumerate(R["proposals"], 1): para(doc, f"3.{i}. {d}")
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    cell_par(t.rows[0].cells[1], "TRƯỞNG PHÒNG", bold=True, first=True)
    for _ in range(3): cell_par(t.rows[0].cells[1], "")
    cell_par(t.rows[0].cells[1], R["pkt_head"], bold=True)
    doc.save(os.path.join(OUT, R["file"]))
    key(R["file"], R["unit"], R["number"], R["date"], entries, R["difficulties"], R["proposals"])

# ---------------------------------------------------------------- Hand D
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
def render_D(R):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Bieu 01"
    ws.column_dimensions["A"].width = 6; ws.column_dimensions["B"].width = 55
    ws.column_dimensions["C"].width = 11; ws.column_dimensions["D"].width = 14
    ws.column_dimensions["E"].width = 18; ws.column_dimensions["F"].width = 22
    ws["A1"] = "UBND TỈNH BÌNH DƯƠNG"; ws.merge_cells("A1:B1")
    ws["A2"] = "SỞ KHOA HỌC VÀ CÔNG NGHỆ"; ws["A2"].font = Font(bold=True, underline="single"); ws.merge_cells("A2:B2")
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(bold=True); ws.merge_cells("D1:F1")
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"; ws["D2"].font = Font(bold=True); ws.merge_cells("D2:F2")
    ws["A4"] = "BIỂU MẪU BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 38-CT/TW VỀ ĐẨY MẠNH CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG"
    ws["A4"].font = Font(bold=True, size=13); ws.merge_cells("A4:F4")
    ws["A5"] = "(Kèm theo Công văn số 1856/SKHCN-TĐC ngày 12/8/2024 của Sở Khoa học và Công nghệ tỉnh Bình Dương)"
    ws["A5"].font = Font(italic=True); ws.merge_cells("A5:F5")
    for c in ("A4", "A5", "D1", "D2"): ws[c].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[4].height = 34
    ws["A7"] = f"Đơn vị báo cáo: {R['unitline']}"; ws["A7"].font = Font(bold=True)
    ws["A8"] = f"Số báo cáo: {R['number']}          Ngày báo cáo: {R['datestr']}"
    ws["A9"] = "Kỳ báo cáo: Năm 2026"
    hdr = ["STT", "Nội dung thực hiện", "Đơn vị tính", "Số lượng", "Tình hình thực hiện", "Ghi chú"]
    r = 11
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r += 1
    for i, h in enumerate(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"], 1):
        c = ws.cell(r, i, h); c.font = Font(italic=True); c.border = BOX; c.alignment = Alignment(horizontal="center")
    roman = ["I", "II", "III", "IV", "V", "VI", "VII"]
    entries = []
    rows = list(R["rows"])
    rows.insert(2, ("Hỗ trợ sản phẩm OCOP xây dựng, công bố tiêu chuẩn cơ sở", None, "", None, []))
    for gi, (title, task, stw, status, figs) in enumerate(rows):
        r += 1
        ws.cell(r, 1, roman[gi]); ws.cell(r, 2, title); ws.cell(r, 5, stw)
        for col in range(1, 7):
            ws.cell(r, col).border = BOX; ws.cell(r, col).alignment = Alignment(wrap_text=True, vertical="center")
        ws.cell(r, 1).font = Font(bold=True); ws.cell(r, 2).font = Font(bold=True)
        ind = {}
        for j, (name, dvt, val, iid) in enumerate(figs, 1):
            r += 1
            ws.cell(r, 1, j); ws.cell(r, 2, "- " + name); ws.cell(r, 3, dvt)
            c = ws.cell(r, 4, val); c.number_format = "#,##0"
            for col in range(1, 7): ws.cell(r, col).border = BOX
            ind[iid] = val
        if task:
            entries.append(dict(task=task, status=status, indicators=ind, text=title))
    r += 2
    ws.cell(r, 1, "KHÓ KHĂN, VƯỚNG MẮC:").font = Font(bold=True)
    for d in R["difficulties"]:
        r += 1; ws.cell(r, 1, "- " + d)
    r += 1
    ws.cell(r, 1, "ĐỀ XUẤT, KIẾN NGHỊ:").font = Font(bold=True)
    for d in R["proposals"]:
        r += 1; ws.cell(r, 1, "- " + d)
    r += 2
    ws.cell(r, 2, "NGƯỜI LẬP BIỂU").font = Font(bold=True)
    ws.cell(r, 5, "TM. ỦY BAN NHÂN DÂN").font = Font(bold=True)
    ws.cell(r + 1, 5, "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH")
    ws.cell(r + 5, 5, R["signer"]).font = Font(bold=True)
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, R["file"]))
    key(R["file"], R["unit"], R["number"], R["date"], entries, R["difficulties"], R["proposals"])

# ---------------------------------------------------------------- Hand E
def render_E(R, mistaken=False):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Phu luc"
    widths = {"A": 6, "B": 38, "C": 40, "D": 10, "E": 14, "F": 14, "G": 16, "H": 18}
    for k, v in widths.items(): ws.column_dimensions[k].width = v
    ws["A1"] = "UBND THÀNH PHỐ HỒ CHÍ MINH" if not R["org"].startswith("UBND") else "THÀNH PHỐ HỒ CHÍ MINH"
    ws["A2"] = R["org"]; ws["A2"].font = Font(bold=True)
    ws.merge_cells("A1:C1"); ws.merge_cells("A2:C2")
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E1"].font = Font(bold=True); ws.merge_cells("E1:H1")
    ws["E2"] = "Độc lập - Tự do - Hạnh phúc"; ws.merge_cells("E2:H2")
    for c in ("A1", "A2", "E1", "E2"): ws[c].alignment = Alignment(horizontal="center")
    if mistaken:
        title = "BIỂU TỔNG HỢP KẾT QUẢ THANH TRA, KIỂM TRA AN TOÀN THỰC PHẨM 9 THÁNG NĂM 2026"
    else:
        title = "PHỤ LỤC KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"
    ws["A4"] = title; ws["A4"].font = Font(bold=True, size=13); ws.merge_cells("A4:H4")
    ws["A5"] = f"(Kèm theo Báo cáo số {R['number']} {R['datestr']} của {R['unit'][1] if not R['unit'][0][0].isdigit() else 'UBND ' + R['unit'][1][0].lower() + R['unit'][1][1:]})"
    ws["A5"].font = Font(italic=True); ws.merge_cells("A5:H5")
    for c in ("A4", "A5"): ws[c].alignment = Alignment(horizontal="center", wrap_text=True)
    cut = R.get("cutoff", "30/9/2026")
    hdr = ["STT", "Nội dung, nhiệm vụ", "Sản phẩm / chỉ tiêu", "ĐVT", f"Thực hiện đến {cut}",
           "Ước thực hiện cả năm 2026", "Tình hình thực hiện", "Ghi chú"]
    r = 7
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[r].height = 45
    entries = []
    blocks = R["blocks"]
    for bi, (title, task, stw, status, figs) in enumerate(blocks, 1):
        start = r + 1
        ind = {}
        if not figs:
            r += 1
            ws.cell(r, 3, "-")
        for j, (name, dvt, val, est, iid) in enumerate(figs):
            r += 1
            ws.cell(r, 3, name); ws.cell(r, 4, dvt)
            c = ws.cell(r, 5, val); c.number_format = "#,##0"
            if est is not None:
                c2 = ws.cell(r, 6, est); c2.number_format = "#,##0"
            mult = 1000000 if dvt == "triệu đồng" else 1
            ind[iid] = val * mult
        ws.cell(start, 1, bi); ws.cell(start, 2, title); ws.cell(start, 7, stw)
        if r > start:
            for col in (1, 2, 7, 8):
                ws.merge_cells(start_row=start, start_column=col, end_row=r, end_column=col)
        for rr in range(start, r + 1):
            for col in range(1, 9):
                ws.cell(rr, col).border = BOX
                ws.cell(rr, col).alignment = Alignment(wrap_text=True, vertical="center")
        entries.append(dict(task=task, status=status, indicators=ind, text=title))
    r += 2
    if not mistaken:
        ws.cell(r, 1, "Khó khăn, vướng mắc:").font = Font(bold=True, italic=True)
        for i, d in enumerate(R["difficulties"], 1):
            r += 1; ws.cell(r, 2, f"{i}. {d}")
        r += 1
        ws.cell(r, 1, "Kiến nghị, đề xuất:").font = Font(bold=True, italic=True)
        for i, d in enumerate(R["proposals"], 1):
            r += 1; ws.cell(r, 2, f"{i}. {d}")
        r += 1
        ws.cell(r, 1, "Ghi chú: Số liệu cột \"Ước thực hiện cả năm 2026\" là số ước tính, sẽ cập nhật trong báo cáo năm.").font = Font(italic=True)
    r += 2
    ws.cell(r, 2, "NGƯỜI TỔNG HỢP").font = Font(bold=True)
    ws.cell(r, 6, "THỦ TRƯỞNG ĐƠN VỊ").font = Font(bold=True)
    ws.cell(r + 4, 6, R.get("signer", "Phó Giám đốc Võ Thị Lan"))
    ws.freeze_panes = "A8"
    ws.print_title_rows = "7:7"
    wb.save(os.path.join(OUT, R["file"]))
    if mistaken:
        key(R["file"], R["unit"], R["number"], R["date"], [], [], [], status="rejected", reason=R["reason"])
    else:
        key(R["file"], R["unit"], R["number"], R["date"], entries, R["difficulties"], R["proposals"])

ATTP_BLOCKS = [
    ("Thanh tra, kiểm tra cơ sở sản xuất, kinh doanh thực phẩm", None, "Đang thực hiện", None,
     [("Đoàn thanh tra, kiểm tra", "đoàn", 38, 50, "x1"), ("Cơ sở được kiểm tra", "cơ sở", 2145, 2800, "x2"),
      ("Cơ sở vi phạm", "cơ sở", 187, None, "x3"), ("Tiền phạt", "triệu đồng", 1962, None, "x4")]),
    ("Giám sát mối nguy ô nhiễm thực phẩm", None, "Đang thực hiện", None,
     [("Mẫu thực phẩm xét nghiệm nhanh", "mẫu", 6420, 8000, "x5"), ("Mẫu gửi kiểm nghiệm", "mẫu", 830, 1000, "x6")]),
    ("Cấp Giấy chứng nhận cơ sở đủ điều kiện ATTP", None, "Đang thực hiện", None,
     [("Giấy chứng nhận đã cấp", "giấy", 612, 800, "x7")]),
    ("Xử lý ngộ độc thực phẩm", None, "Không phát sinh", None, []),
]

def lo_resave(path, ext):
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path)
    shutil.rmtree(tmp)

if __name__ == "__main__":
    for R in A_REPORTS: render_A(R)
    render_A_mistaken(A_MISTAKEN)
    for R in B_REPORTS: render_B(R)
    for R in C_REPORTS: render_C(R)
    for R in D_REPORTS: render_D(R)
    for R in E_REPORTS: render_E(R)
    M = dict(E_MISTAKEN); M["blocks"] = ATTP_BLOCKS; M["cutoff"] = "30/9/2026"
    render_E(M, mistaken=True)
    lo_resave(os.path.join(OUT, "26732-condao-bc-ct38.docx"), "docx")
    lo_resave(os.path.join(OUT, "25813-bencat-bieu-ct38.xlsx"), "xlsx")
    for k in KEYS:
        k["sha256"] = sha(os.path.join(OUT, k["file"]))
        with open(os.path.join(TRUTH, k["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(k, f, ensure_ascii=False, indent=2)
    print(len(KEYS), "files")
