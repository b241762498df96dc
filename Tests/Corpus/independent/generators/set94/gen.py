# -*- coding: utf-8 -*-
"""Generator for set94: inner-city wards of HCMC, young officers with Excel trackers."""
import json, hashlib, os, datetime, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

KEYS = {}


def E(task, status, ind, text, **kw):
    d = dict(task=task, status=status, ind=ind, text=text, body=text)
    d.update(kw)
    return d


def key(fname, unit_id, unit_name, number, date, items, diffs, props, status="extracted", reason=None):
    KEYS[fname] = dict(
        file=fname, sha256=None, status=status, reason=reason,
        unit={"id": unit_id, "name": unit_name},
        document={"number": number, "date": date},
        entries=[{"task": i["task"], "status": i["status"], "indicators": i["ind"], "text": i["text"]} for i in items],
        findings=[], difficulties=list(diffs), proposals=list(props))


# ---------------------------------------------------------------- docx helpers
def new_doc(font="Times New Roman", size=13, landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is not None:
        rf.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia', font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return d


def par(d, text="", bold=False, italic=False, align=None, size=None, indent=True, after=4):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, "j"):
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(after)
    return p


def runs(p, parts):
    """parts: list of (text, style) with style in '', 'b', 'i', 'bi'"""
    for t, s in parts:
        r = p.add_run(t); r.bold = "b" in s; r.italic = "i" in s
    return p


def header_table(d, left, right, size=12):
    t = d.add_table(rows=len(left), cols=2)
    for i, (l, r) in enumerate(zip(left, right)):
        for c, (txt, b, it) in enumerate((l, r)):
            cell = t.cell(i, c)
            cell.text = ""
            p = cell.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if txt:
                rr = p.add_run(txt); rr.bold = b; rr.italic = it; rr.font.size = Pt(size)
    t.columns[0].width = Cm(6.5)
    for row in t.rows:
        row.cells[0].width = Cm(6.5); row.cells[1].width = Cm(9.5)
    return t


def std_header(d, ward_up, number, date_line):
    header_table(d, [("ỦY BAN NHÂN DÂN", False, False), (ward_up, True, False), ("", False, False), (number, False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("", False, False), (date_line, False, True)])


def sign_block(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2)
    for c, lines in enumerate((left_lines, right_lines)):
        cell = t.cell(0, c); cell.text = ""
        first = True
        for txt, st in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            if c == 1: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt); r.bold = "b" in st; r.italic = "i" in st
            r.font.size = Pt(11 if c == 0 else 13)


# ---------------------------------------------------------------- xlsx helpers
thin = Side(style="thin", color="000000")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def grid(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BORDER
            if ws.cell(r, c).alignment.horizontal is None:
                ws.cell(r, c).alignment = WRAP


def save_doc(d, fname):
    d.save(os.path.join(OUT, fname))


def save_wb(wb, fname):
    wb.save(os.path.join(OUT, fname))


# =====================================================================
# HAND A — Nguyễn Ngọc Minh Thư: traffic-light colour names typed as the status
# =====================================================================
A_COL = {"completed": ("XANH", WD_COLOR_INDEX.BRIGHT_GREEN, "92D050"),
         "in_progress": ("VÀNG", WD_COLOR_INDEX.YELLOW, "FFFF00"),
         "not_started": ("ĐỎ", WD_COLOR_INDEX.RED, "FF5050"),
         "not_applicable": ("XÁM", WD_COLOR_INDEX.GRAY_25, "BFBFBF")}
A_LEGEND = "Quy ước màu (giữ theo file theo dõi của bộ phận): XANH – đã hoàn thành; VÀNG – đang thực hiện; ĐỎ – chưa thực hiện; XÁM – không phát sinh."


def hand_a_docx(fname, uid, ward, number, date, cutoff, ref_cv, items, diffs, props, signer, pos):
    dd = datetime.date.fromisoformat(date)
    d = new_doc()
    std_header(d, "PHƯỜNG " + ward.upper(), "Số: " + number, "TP. Hồ Chí Minh, ngày %02d/%02d/%d" % (dd.day, dd.month, dd.year))
    par(d)
    par(d, "BÁO CÁO", bold=True, align="c", after=0)
    par(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c", after=0)
    par(d, "(số liệu tính đến ngày %s)" % cutoff, italic=True, align="c", after=10)
    par(d, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh", align="c", after=10)
    par(d, "Thực hiện %s, Ủy ban nhân dân Phường %s báo cáo tóm tắt kết quả thực hiện như sau "
           "(chi tiết từng đầu việc tại file theo dõi Excel gửi kèm qua hệ thống quản lý văn bản):" % (ref_cv, ward), align="j")
    par(d, A_LEGEND, italic=True, align="j")
    par(d, "1. Kết quả từng việc", bold=True, indent=False)
    for n, it in enumerate(items, 1):
        p = par(d, "", align="j")
        runs(p, [("1.%d. %s. " % (n, it["short"]), "b"), (it["body"], "")])
        col, hl, _ = A_COL[it["status"]] if it["status"] in A_COL else (None, None, None)
        if col:
            p2 = par(d, "", align="j")
            r = p2.add_run("Màu theo dõi: "); r.italic = True
            r2 = p2.add_run(col); r2.bold = True; r2.italic = True; r2.font.highlight_color = hl
    par(d, "2. Khó khăn", bold=True, indent=False)
    for x in diffs:
        par(d, "- " + x, align="j")
    par(d, "3. Đề xuất", bold=True, indent=False)
    for x in props:
        par(d, "- " + x, align="j")
    par(d, "Trên đây là báo cáo của Ủy ban nhân dân Phường %s./." % ward, align="j")
    sign_block(d, [("Nơi nhận:", "bi"), ("- Sở KH&CN (Chi cục TĐC);", ""), ("- TT.UBND phường;", ""), ("- Lưu: VT, KT.", "")],
               [("KT. CHỦ TỊCH", "b"), ("PHÓ CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), (signer, "b")])
    save_doc(d, fname)
    key(fname, uid, "Phường " + ward, number, date, items, diffs, props)


def hand_a_xlsx(fname, uid, ward, date, items, diffs, props):
    dd = datetime.date.fromisoformat(date)
    wb = Workbook(); ws = wb.active; ws.title = "Theo doi CT38"
    ws["A1"] = "UBND PHƯỜNG " + ward.upper() + " – PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ"
    ws["A2"] = "THEO DÕI THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (gửi Sở KH&CN thay báo cáo)"
    ws["A3"] = "Cập nhật ngày %02d/%02d/%d" % (dd.day, dd.month, dd.year)
    ws["A1"].font = Font(bold=True); ws["A2"].font = Font(bold=True, size=13)
    ws["A3"].font = Font(italic=True)
    hdr = ["STT", "Việc", "Phối hợp với", "Kết quả (tóm tắt)", "Cuộc", "Cơ sở", "Vi phạm", "Phạt (đ)", "Khác", "Màu", "Cập nhật"]
    for c, h in enumerate(hdr, 1):
        ws.cell(5, c, h).font = Font(bold=True); ws.cell(5, c).alignment = CENTER
        ws.cell(5, c).fill = PatternFill("solid", fgColor="DDEBF7")
    r = 6
    for n, it in enumerate(items, 1):
        vals = [n, it["short"], it.get("partner", ""), it["body"], it.get("cuoc"), it.get("coso"), it.get("vp"), it.get("phat"),
                it.get("khac", ""), A_COL[it["status"]][0] if it["status"] in A_COL else "", it.get("upd", "")]
        for c, v in enumerate(vals, 1):
            ws.cell(r, c, v)
        ws.cell(r, 8).number_format = '#,##0'
        if it["status"] in A_COL:
            ws.cell(r, 10).fill = PatternFill("solid", fgColor=A_COL[it["status"]][2])
            ws.cell(r, 10).alignment = CENTER
        r += 1
    grid(ws, 5, r - 1, 1, len(hdr))
    ws.cell(r + 1, 1, A_LEGEND).font = Font(italic=True)
    r += 3
    ws.cell(r, 1, "Khó khăn:").font = Font(bold=True); r += 1
    for x in diffs:
        ws.cell(r, 2, x); r += 1
    ws.cell(r, 1, "Đề xuất:").font = Font(bold=True); r += 1
    for x in props:
        ws.cell(r, 2, x); r += 1
    for col, w in zip("ABCDEFGHIJK", [5, 30, 18, 55, 7, 7, 8, 12, 16, 8, 11]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C6"
    save_wb(wb, fname)
    key(fname, uid, "Phường " + ward, None, date, items, diffs, props)


# =====================================================================
# HAND B — Lê Hoàng Phúc: "Xong / Đang chạy / Chưa chạy / Không có việc", start/finish dates
# =====================================================================
B_ST = {"completed": "Xong", "in_progress": "Đang chạy", "not_started": "Chưa chạy", "not_applicable": "Không có việc", "unknown": ""}


def hand_b_xlsx(fname, uid, ward, date, items, diffs, props, number=None):
    dd = datetime.date.fromisoformat(date)
    wb = Workbook(); ws = wb.active; ws.title = "CT38_2026"
    ws["A1"] = "UBND Phường " + ward
    ws["A2"] = "FILE THEO DÕI TIẾN ĐỘ CT38 – NĂM 2026"
    ws["A2"].font = Font(bold=True, size=14)
    line3 = "Người cập nhật: Lê Hoàng Phúc – ngày %d/%d/%d" % (dd.day, dd.month, dd.year)
    if number:
        line3 = "Số: %s   |   " % number + line3
    ws["A3"] = line3
    hdr = ["#", "Việc cần làm", "Bắt đầu", "Xong ngày", "Tình hình", "Kết quả cụ thể", "Ai làm"]
    for c, h in enumerate(hdr, 1):
        ws.cell(5, c, h).font = Font(bold=True, color="FFFFFF")
        ws.cell(5, c).fill = PatternFill("solid", fgColor="305496"); ws.cell(5, c).alignment = CENTER
    r = 6
    for n, it in enumerate(items, 1):
        ws.cell(r, 1, n); ws.cell(r, 2, it["short"])
        if it.get("start"):
            ws.cell(r, 3, datetime.date.fromisoformat(it["start"])).number_format = "dd/mm/yyyy"
        if it.get("end"):
            ws.cell(r, 4, datetime.date.fromisoformat(it["end"])).number_format = "dd/mm/yyyy"
        ws.cell(r, 5, B_ST[it["status"]]); ws.cell(r, 6, it["body"]); ws.cell(r, 7, it.get("who", ""))
        r += 1
    grid(ws, 5, r - 1, 1, len(hdr))
    r += 1
    ws.cell(r, 1, "Vướng mắc").font = Font(bold=True); r += 1
    for i, x in enumerate(diffs, 1):
        ws.cell(r, 1, "(%d)" % i); ws.cell(r, 2, x); r += 1
    ws.cell(r, 1, "Đề xuất").font = Font(bold=True); r += 1
    for i, x in enumerate(props, 1):
        ws.cell(r, 1, "(%d)" % i); ws.cell(r, 2, x); r += 1
    for col, w in zip("ABCDEFG", [5, 42, 11, 11, 13, 60, 14]):
        ws.column_dimensions[col].width = w
    ws.auto_filter.ref = "A5:G%d" % (5 + len(items))
    save_wb(wb, fname)
    key(fname, uid, "Phường " + ward, number, date, items, diffs, props)


def hand_b_docx(fname, uid, ward, number, date, items, diffs, props, signer):
    dd = datetime.date.fromisoformat(date)
    d = new_doc()
    header_table(d, [("ỦY BAN NHÂN DÂN", False, False), ("PHƯỜNG " + ward.upper(), True, False), ("Số: " + number, False, False),
                     ("V/v báo cáo tiến độ thực hiện Kế hoạch CT38 năm 2026", False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("Phường %s, ngày %d tháng %d năm %d" % (ward, dd.day, dd.month, dd.year), False, True), ("", False, False)], size=12)
    par(d)
    par(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", align="c", after=10)
    par(d, "Ủy ban nhân dân Phường %s gửi Chi cục tình hình các việc của phường theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, "
           "cập nhật từ file theo dõi của Phòng Kinh tế, Hạ tầng và Đô thị, cụ thể:" % ward, align="j")
    for it in items:
        p = par(d, "", align="j")
        st = B_ST[it["status"]]
        if st:
            runs(p, [("- %s: " % it["short"], "b"), (st.lower() + ". ", "i"), (it["body"], "")])
        else:
            runs(p, [("- %s: " % it["short"], "b"), (it["body"], "")])
    par(d, "Vướng mắc:", bold=True, indent=False)
    for i, x in enumerate(diffs, 1):
        par(d, "(%d) %s" % (i, x), align="j")
    par(d, "Đề xuất:", bold=True, indent=False)
    for i, x in enumerate(props, 1):
        par(d, "(%d) %s" % (i, x), align="j")
    par(d, "Ủy ban nhân dân Phường %s kính gửi Chi cục tổng hợp./." % ward, align="j")
    sign_block(d, [("Nơi nhận:", "bi"), ("- Như trên;", ""), ("- Lưu: VT.", "")],
               [("TM. ỦY BAN NHÂN DÂN", "b"), ("KT. CHỦ TỊCH", "b"), ("PHÓ CHỦ TỊCH", "b"), ("", ""), ("", ""), (signer, "b")])
    save_doc(d, fname)
    key(fname, uid, "Phường " + ward, number, date, items, diffs, props)


# =====================================================================
# HAND C — Phạm Quốc Huy: headline with the figures first, "Chốt số liệu dd/mm: …" status line
# =====================================================================
C_ST = {"completed": "đã xong", "in_progress": "đang làm tiếp", "not_started": "chưa làm", "not_applicable": "không có phát sinh"}


def hand_c_docx(fname, uid, ward, number, date, cut, intro, items, diffs, props, signer, title=None, status="extracted", reason=None):
    dd = datetime.date.fromisoformat(date)
    d = new_doc(size=13)
    std_header(d, "PHƯỜNG " + ward.upper(), "Số: " + number, "Phường %s, ngày %d tháng %d năm %d" % (ward, dd.day, dd.month, dd.year))
    par(d)
    par(d, "BÁO CÁO", bold=True, align="c", after=0)
    par(d, title or "Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026",
        bold=True, align="c", after=12)
    par(d, intro, align="j")
    par(d, "CÁC VIỆC ĐÃ LÀM", bold=True, indent=False)
    for it in items:
        p = par(d, "", indent=False, after=2)
        runs(p, [(it["head"], "b")])
        par(d, it["body"], align="j", after=2)
        if it["status"] in C_ST:
            p3 = par(d, "", align="j", after=8)
            runs(p3, [("Chốt số liệu %s: " % cut, "i"), (C_ST[it["status"]] + ".", "bi")])
        else:
            par(d, "", after=4)
    par(d, "NHỮNG VIỆC CÒN VƯỚNG", bold=True, indent=False)
    for x in diffs:
        par(d, "– " + x, align="j")
    par(d, "ĐỀ NGHỊ", bold=True, indent=False)
    for x in props:
        par(d, "– " + x, align="j")
    sign_block(d, [("Nơi nhận:", "bi"), ("- Sở Khoa học và Công nghệ;", ""), ("- Thường trực UBND phường;", ""), ("- Lưu: VT.", "")],
               [("KT. CHỦ TỊCH", "b"), ("PHÓ CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), (signer, "b")])
    save_doc(d, fname)
    items = [dict(i, text=i["head"] + ". " + i["body"]) for i in items]
    key(fname, uid, "Phường " + ward, number, date, items if status == "extracted" else [], diffs if status == "extracted" else [],
        props if status == "extracted" else [], status=status, reason=reason)


# =====================================================================
# HAND D — Võ Thị Kim Ngân: spreadsheet only, "Giai đoạn hiện tại" column
# =====================================================================
D_ST = {"completed": "Đã tổng kết", "in_progress": "Đang triển khai", "not_started": "Chưa bắt đầu", "not_applicable": "Không phát sinh"}


def hand_d_xlsx(fname, uid, ward, number, date, title, items, diffs, props, sheet="KH38", cols=None, status="extracted", reason=None):
    dd = datetime.date.fromisoformat(date)
    wb = Workbook(); ws = wb.active; ws.title = sheet
    cols = cols or [("Số cuộc", "cuoc"), ("Số cơ sở", "coso"), ("Số vi phạm", "vp"), ("Tiền phạt", "phat"),
                    ("Người tham dự", "ng"), ("Tin bài", "tin")]
    ncol = 4 + len(cols) + 1
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=3)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=3)
    ws.merge_cells(start_row=1, start_column=4, end_row=1, end_column=ncol)
    ws.merge_cells(start_row=2, start_column=4, end_row=2, end_column=ncol)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=3)
    ws.merge_cells(start_row=3, start_column=4, end_row=3, end_column=ncol)
    ws.cell(1, 1, "ỦY BAN NHÂN DÂN\nPHƯỜNG " + ward.upper()).alignment = CENTER
    ws.cell(1, 4, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc").alignment = CENTER
    ws.cell(1, 1).font = Font(bold=True); ws.cell(1, 4).font = Font(bold=True)
    ws.row_dimensions[1].height = 32
    ws.cell(3, 1, "Số: " + number).alignment = CENTER
    ws.cell(3, 4, "TP. Hồ Chí Minh, ngày %02d tháng %02d năm %d" % (dd.day, dd.month, dd.year)).alignment = CENTER
    ws.cell(3, 4).font = Font(italic=True)
    ws.merge_cells(start_row=5, start_column=1, end_row=5, end_column=ncol)
    ws.cell(5, 1, title).font = Font(bold=True, size=13); ws.cell(5, 1).alignment = CENTER
    ws.row_dimensions[5].height = 34
    hdr = ["STT", "Nội dung", "Đơn vị phối hợp", "Giai đoạn hiện tại"] + [c[0] for c in cols] + ["Mô tả kết quả"]
    for c, h in enumerate(hdr, 1):
        ws.cell(7, c, h).font = Font(bold=True); ws.cell(7, c).alignment = CENTER
        ws.cell(7, c).fill = PatternFill("solid", fgColor="FCE4D6")
    r = 8
    for n, it in enumerate(items, 1):
        ws.cell(r, 1, n); ws.cell(r, 2, it["short"]); ws.cell(r, 3, it.get("partner", ""))
        ws.cell(r, 4, D_ST.get(it["status"], ""))
        for k, (_, f) in enumerate(cols):
            v = it.get(f)
            if v is not None:
                ws.cell(r, 5 + k, v)
        ws.cell(r, 5 + len(cols), it["body"])
        r += 1
    grid(ws, 7, r - 1, 1, ncol)
    r += 1
    ws.cell(r, 2, "Những việc còn vướng:").font = Font(bold=True); r += 1
    for x in diffs:
        ws.cell(r, 2, "- " + x); r += 1
    ws.cell(r, 2, "Mong Sở, Chi cục hỗ trợ:").font = Font(bold=True); r += 1
    for x in props:
        ws.cell(r, 2, "- " + x); r += 1
    r += 1
    ws.cell(r, ncol - 1, "Người lập biểu").font = Font(bold=True)
    ws.cell(r + 4, ncol - 1, "Võ Thị Kim Ngân")
    widths = [5, 40, 20, 16] + [10] * len(cols) + [55]
    from openpyxl.utils import get_column_letter
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape"
    save_wb(wb, fname)
    key(fname, uid, "Phường " + ward, number, date, items if status == "extracted" else [],
        diffs if status == "extracted" else [], props if status == "extracted" else [], status=status, reason=reason)


# =====================================================================
# CONTENT
# =====================================================================
CV = "Công văn số 2914/SKHCN-TĐC ngày 02/10/2026 của Sở Khoa học và Công nghệ"

# ---------------- Hand A
hand_a_docx("BC_CT38_BenThanh_T10.docx", "26743", "Bến Thành", "387/BC-UBND", "2026-10-26", "20/10/2026", CV, [
    E("II.1.a", "completed", {"communications": 6, "training_courses": 1, "participants": 65},
      "Đăng 06 tin, bài trên Trang thông tin điện tử phường và nhóm Zalo của 10 khu phố; tổ chức 01 buổi phổ biến quy định về cân, nhãn hàng hóa cho 65 hộ kinh doanh tại chợ Bến Thành và chợ Thái Bình.",
      short="Tuyên truyền về tiêu chuẩn, đo lường, chất lượng"),
    E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 37, "violations": 3, "fines_vnd": 4500000, "instruments_verified": 52},
      "Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 02 cuộc tại chợ Bến Thành và chợ Thái Bình, kiểm tra 37 quầy, sạp; phát hiện 03 trường hợp sử dụng cân không đạt yêu cầu, đã xử phạt 4.500.000 đồng. Phối hợp đơn vị kiểm định kiểm định miễn phí 52 cân của tiểu thương. Đợt kiểm tra cuối năm dự kiến trong tháng 12/2026.",
      short="Kiểm tra đo lường tại các chợ"),
    E("II.2.đ", "completed", {},
      "Đã rà soát, cập nhật 19 quy trình giải quyết thủ tục hành chính theo bộ thủ tục mới; tổ chức đánh giá nội bộ ngày 18/9/2026.",
      short="Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015"),
    E("II.3.a", "completed", {"participants": 3},
      "Cử 03 công chức tham dự lớp tập huấn nghiệp vụ quản lý đo lường, chất lượng do Chi cục tổ chức ngày 14/5/2026.",
      short="Cử công chức dự tập huấn"),
    E("II.1.b", "not_applicable", {},
      "Đã chuyển thông tin đến các doanh nghiệp trên địa bàn qua nhóm Zalo; năm 2026 không có doanh nghiệp nào đăng ký tham dự.",
      short="Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia"),
], ["Phường chỉ có 01 công chức kiêm nhiệm theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng, không có chuyên môn kỹ thuật.",
    "Các chợ chưa có cân đối chứng mới, cân cũ thường xuyên hư hỏng."],
   ["Đề nghị Chi cục hỗ trợ 02 cân đối chứng cho chợ Bến Thành và chợ Thái Bình.",
    "Đề nghị Sở tổ chức tập huấn nghiệp vụ kiểm tra đo lường cho công chức phường trong Quý I/2027."],
   "Trần Thị Thu Hà", "")

hand_a_docx("BC CT38 - Tan Dinh (gui kem file theo doi).docx", "26737", "Tân Định", "215/BC-UBND", "2026-10-29", "25/10/2026", CV, [
    E("II.1.a", "completed", {"training_courses": 2, "participants": 118, "communications": 4},
      "Phối hợp Ban quản lý chợ Tân Định tổ chức 02 buổi phổ biến về đo lường trong kinh doanh cho 118 lượt tiểu thương; đăng 04 bài trên fanpage phường.",
      short="Phổ biến pháp luật về đo lường cho hộ kinh doanh"),
    E("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 26},
      "Tổ kiểm tra liên ngành phường thực hiện 03 cuộc kiểm tra đối với 04 cửa hàng xăng dầu và 22 quầy kinh doanh tại chợ Tân Định (tổng cộng 26 cơ sở); không phát hiện vi phạm.",
      short="Kiểm tra cân và xăng dầu trên địa bàn"),
    E("II.5.b", "in_progress", {"samples_tested": 6},
      "Phối hợp Chi cục lấy 06 mẫu xăng RON 95 và dầu DO tại các cửa hàng trên địa bàn để khảo sát chất lượng; đang chờ kết quả thử nghiệm.",
      short="Phối hợp lấy mẫu khảo sát chất lượng"),
    E("II.2.d", "in_progress", {"enterprises_supported": 15},
      "Hướng dẫn 15 hộ kinh doanh, cơ sở sản xuất nhỏ về ghi nhãn hàng hóa và đăng ký mã số, mã vạch.",
      short="Hướng dẫn hộ kinh doanh về nhãn hàng hóa, mã số mã vạch"),
    E("II.5.d", "not_started", {},
      "Chưa xây dựng quy chế tiếp nhận phản ánh riêng; dự kiến ban hành trong Quý IV/2026.",
      short="Tiếp nhận, xử lý phản ánh, tố giác về đo lường, chất lượng"),
], ["Kinh phí cho hoạt động kiểm tra, tuyên truyền về tiêu chuẩn, đo lường, chất lượng chưa được bố trí riêng."],
   ["Đề nghị Chi cục cung cấp mẫu biên bản kiểm tra đo lường dùng chung cho cấp phường.",
    "Đề nghị Sở thông báo kết quả thử nghiệm mẫu xăng dầu để phường theo dõi."],
   "Lâm Quốc Bảo", "")

hand_a_docx("CauOngLanh_BC_KH38_2026.docx", "26758", "Cầu Ông Lãnh", "96/BC-UBND", "2026-11-03", "31/10/2026", CV, [
    E("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 29, "violations": 5, "fines_vnd": 11250000},
      "Phối hợp Đội Quản lý thị trường số 1 kiểm tra 04 cuộc, 29 cơ sở kinh doanh nông sản tại chợ Cầu Muối; lập biên bản 05 trường hợp vi phạm về đo lường, tổng số tiền phạt 11.250.000 đồng.",
      short="Kiểm tra đo lường tại chợ Cầu Muối"),
    E("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 12},
      "Tổ công tác phường thực hiện 01 cuộc kiểm tra cao điểm trong tháng 8/2026 tại 12 cửa hàng kinh doanh mũ bảo hiểm và đồ chơi trẻ em trên đường Nguyễn Thái Học, Trần Hưng Đạo; tạm giữ 46 mũ bảo hiểm không có dấu hợp quy.",
      short="Kiểm tra chất lượng mũ bảo hiểm, đồ chơi trẻ em"),
    E("II.1.a", "completed", {"communications": 8},
      "Phát 08 tin trên hệ thống loa truyền thanh của phường về quyền lợi người tiêu dùng, cân đong đúng, đủ.",
      short="Tuyên truyền trên loa và bảng tin"),
    E("II.2.đ", "in_progress", {},
      "Đang phối hợp đơn vị tư vấn chuyển hệ thống ISO 9001:2015 của phường sang môi trường điện tử.",
      short="Chuyển hệ thống ISO sang môi trường điện tử"),
    E("II.3.a", "not_started", {},
      "Chưa tổ chức được lớp tập huấn cho cán bộ khu phố do chờ tài liệu của Chi cục.",
      short="Tập huấn cho cán bộ khu phố"),
], ["Tiểu thương chợ Cầu Muối kinh doanh cả ban đêm, khó bố trí lực lượng kiểm tra."],
   ["Đề nghị Chi cục cung cấp tài liệu tập huấn về đo lường cho cán bộ khu phố."],
   "Huỳnh Văn Tài", "")

hand_a_xlsx("Theo doi CT38 - P.Ban Co.xlsx", "27154", "Bàn Cờ", "2026-10-30", [
    E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 24, "violations": 2, "fines_vnd": 3000000, "instruments_verified": 30},
      "Kiểm tra quầy sạp, cân tại chợ Bàn Cờ; xử lý vi phạm cân sai",
      short="Kiểm tra cân tại chợ Bàn Cờ", partner="Chi cục TĐC", body="Kiểm tra quầy sạp, cân tại chợ Bàn Cờ; xử lý vi phạm cân sai",
      cuoc=2, coso=24, vp=2, phat=3000000, khac="kiểm định 30 cân", upd="15/9"),
    E("II.1.a", "completed", {"communications": 5}, "Đăng tin trên trang phường, phát tờ rơi tại chợ",
      short="Tuyên truyền CT38, quyền lợi người tiêu dùng", partner="Hội LHPN phường", body="Đăng tin trên trang phường, phát tờ rơi tại chợ",
      khac="05 tin bài", upd="30/9"),
    E("II.2.a", "in_progress", {"enterprises_supported": 17}, "Vận động tiểu thương dán mã QR truy xuất nguồn gốc",
      short="Tem truy xuất nguồn gốc tại chợ", partner="Ban QL chợ Bàn Cờ", body="Vận động tiểu thương dán mã QR truy xuất nguồn gốc",
      khac="hướng dẫn 17 hộ", upd="20/10"),
    E("II.2.đ", "completed", {}, "Công bố lại HTQLCL sau sắp xếp bộ máy",
      short="ISO 9001:2015 bộ phận một cửa", body="Công bố lại HTQLCL sau sắp xếp bộ máy", upd="10/6"),
    E("II.5.d", "not_applicable", {}, "Không có trường hợp tố giác",
      short="Khen thưởng người tố giác vi phạm", body="Không có trường hợp tố giác", upd="30/10"),
], ["Thiếu cân đối chứng tại chợ Bàn Cờ."], ["Xin hỗ trợ 01 cân đối chứng loại 60 kg cho chợ Bàn Cờ."])

# ---------------- Hand B
hand_b_docx("CV 1248 Xuan Hoa - tien do CT38.docx", "27139", "Xuân Hòa", "1248/UBND-KT", "2026-10-27", [
    E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 14, "violations": 2, "fines_vnd": 5000000},
      "đã kiểm tra 3 cuộc, 14 cơ sở (9 cửa hàng xăng dầu, 5 quầy cân tại chợ); 2 cơ sở vi phạm, phạt 5.000.000 đồng; còn 1 đợt vào tháng 11.",
      short="Kiểm tra đo lường xăng dầu, cân ở chợ"),
    E("II.1.a", "completed", {"communications": 3, "training_courses": 1, "participants": 40},
      "đăng 3 bài trên trang thông tin điện tử phường, tổ chức 1 buổi nói chuyện chuyên đề với 40 hộ kinh doanh.",
      short="Tuyên truyền"),
    E("II.2.d", "unknown", {"enterprises_supported": 7},
      "hướng dẫn 7 doanh nghiệp trên địa bàn về công bố hợp quy sản phẩm điện, điện tử, chuyển hồ sơ về Chi cục.",
      short="Hướng dẫn công bố hợp quy"),
    E("II.2.đ", "completed", {}, "đã công bố lại hệ thống ISO 9001:2015 sau khi nhập phường.",
      short="ISO 9001 tại bộ phận một cửa"),
    E("II.1.b", "not_applicable", {}, "năm nay không có doanh nghiệp đăng ký.",
      short="Giải thưởng Chất lượng Quốc gia"),
], ["Chưa có hướng dẫn cụ thể về phân cấp kiểm tra đo lường cho UBND phường sau khi sắp xếp.",
    "Phường không có phương tiện đo để kiểm tra nhanh tại hiện trường."],
   ["Đề nghị Chi cục ban hành hướng dẫn phân cấp kiểm tra đo lường cho cấp phường."], "Nguyễn Thanh Tùng")

hand_b_xlsx("theo doi CT38 - Nhieu Loc.xlsx", "27142", "Nhiêu Lộc", "2026-10-24", [
    E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 19, "violations": 1, "fines_vnd": 1500000},
      "Kiểm tra 2 cuộc, 19 cơ sở; 1 vi phạm, phạt 1.500.000đ.", short="Kiểm tra cân tại các chợ tạm, điểm kinh doanh",
      body="Kiểm tra 2 cuộc, 19 cơ sở; 1 vi phạm, phạt 1.500.000đ.", start="2026-04-01", end="2026-09-30", who="Phúc + CA phường"),
    E("II.5.a", "in_progress", {"establishments_inspected": 6, "samples_tested": 4},
      "Phối hợp Đội QLTT kiểm tra 6 cửa hàng, lấy 4 mẫu gửi thử nghiệm.", short="Kiểm tra chất lượng đồ chơi trẻ em dịp Trung thu",
      body="Phối hợp Đội QLTT kiểm tra 6 cửa hàng, lấy 4 mẫu gửi thử nghiệm.", start="2026-08-15", who="Phúc"),
    E("II.1.a", "completed", {"communications": 5}, "Đăng 5 tin bài.", short="Tuyên truyền trên trang phường + loa",
      body="Đăng 5 tin bài.", start="2026-03-01", end="2026-06-30", who="VH-XH"),
    E("II.3.a", "completed", {"participants": 2}, "Cử 2 công chức dự.", short="Dự tập huấn do Chi cục tổ chức",
      body="Cử 2 công chức dự.", start="2026-05-14", end="2026-05-14", who="Phúc, Hằng"),
    E("II.2.a", "not_started", {}, "Chờ Sở hướng dẫn.", short="Hướng dẫn truy xuất nguồn gốc cho hộ kinh doanh",
      body="Chờ Sở hướng dẫn."),
], ["Cán bộ phụ trách kiêm nhiệm nhiều lĩnh vực."],
   ["Đề nghị Sở sớm có văn bản hướng dẫn triển khai truy xuất nguồn gốc tại chợ."])

hand_b_xlsx("VuonLai_CT38_cap nhat 02-11.xlsx", "27190", "Vườn Lài", "2026-11-02", [
    E("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 17, "violations": 3, "fines_vnd": 7500000},
      "Kiểm tra 4 cuộc, 17 cơ sở; phát hiện 3 vi phạm; phạt 7.500.000đ.", short="Kiểm tra đo lường các cửa hàng vàng bạc, xăng dầu",
      body="Kiểm tra 4 cuộc, 17 cơ sở; phát hiện 3 vi phạm; phạt 7.500.000đ.", start="2026-03-10", who="Tổ KT phường"),
    E("II.5.d", "completed", {}, "Tiếp nhận, xử lý xong 2 phản ánh qua đường dây nóng.", short="Xử lý phản ánh của người dân về cân thiếu",
      body="Tiếp nhận, xử lý xong 2 phản ánh qua đường dây nóng.", start="2026-02-01", end="2026-07-20", who="Phúc"),
    E("II.1.a", "completed", {"communications": 2}, "Đăng 2 bài trên trang phường, phát thanh trên loa.",
      short="Tuyên truyền Ngày Tiêu chuẩn thế giới 14/10", body="Đăng 2 bài trên trang phường, phát thanh trên loa.",
      start="2026-10-05", end="2026-10-14", who="VH-XH"),
    E("II.2.đ", "in_progress", {}, "Đã rà soát 12/25 quy trình.", short="Rà soát quy trình ISO sau sắp xếp",
      body="Đã rà soát 12/25 quy trình.", start="2026-07-01", who="VP"),
    E("II.3.a", "not_applicable", {}, "Chi cục chưa mở lớp cho phường.", short="Tập huấn cho công chức",
      body="Chi cục chưa mở lớp cho phường."),
], ["Các cửa hàng vàng bạc thường đóng cửa khi có đoàn kiểm tra."],
   ["Đề nghị Chi cục phối hợp kiểm tra đột xuất các cửa hàng vàng bạc trên địa bàn.",
    "Đề nghị mở lớp tập huấn cho công chức phường trong năm 2027."], number="318/BC-UBND")

hand_b_docx("CV 702 Hoa Hung - CT38.docx", "27163", "Hòa Hưng", "702/UBND-KT", "2026-10-30", [
    E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 31, "violations": 4, "fines_vnd": 6000000, "instruments_verified": 45},
      "kiểm tra 2 cuộc, 31 sạp tại chợ Hòa Hưng; 4 sạp vi phạm, phạt 6.000.000 đồng; phối hợp kiểm định 45 cân.",
      short="Kiểm tra cân tại chợ Hòa Hưng"),
    E("II.5.b", "in_progress", {"samples_tested": 5},
      "phối hợp Chi cục lấy 3 mẫu mũ bảo hiểm, 2 mẫu ổ cắm điện, tổng 5 mẫu.", short="Lấy mẫu khảo sát chất lượng"),
    E("II.1.a", "completed", {"communications": 1200},
      "phát 1.200 tờ rơi tại chợ Hòa Hưng và các khu phố.", short="Tuyên truyền"),
    E("II.2.đ", "completed", {}, "duy trì, cải tiến 21 quy trình ISO.", short="ISO 9001:2015"),
    E("II.5.d", "not_started", {}, "chưa ban hành quy chế khen thưởng người tố giác.", short="Khen thưởng người tố giác"),
], ["Tiểu thương chợ Hòa Hưng còn e ngại khi đoàn lấy mẫu."],
   ["Đề nghị Chi cục bổ sung kinh phí lấy mẫu cho phường.",
    "Đề nghị công khai kết quả khảo sát chất lượng để phường tuyên truyền."], "Đặng Minh Khoa")

# ---------------- Hand C
INTRO_C = ("Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân "
           "Phường %s báo cáo như sau (số liệu lấy từ bảng theo dõi của Phòng Kinh tế, Hạ tầng và Đô thị):")
hand_c_docx("Bao cao CT38 phuong Khanh Hoi.docx", "27265", "Khánh Hội", "148/BC-UBND", "2026-10-30", "25/10", INTRO_C % "Khánh Hội", [
    E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 28, "violations": 1, "fines_vnd": 1500000},
      "Tổ kiểm tra phường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra vào tháng 4 và tháng 9/2026; 01 hộ dùng cân có sai số vượt mức cho phép bị xử phạt 1,5 triệu đồng, buộc thay cân mới.",
      head="Kiểm tra cân tại chợ Khánh Hội: 02 cuộc – 28 sạp – 01 vi phạm – phạt 1,5 triệu đồng"),
    E("II.1.a", "completed", {"communications": 5, "training_courses": 1, "participants": 72},
      "Đăng tin trên Trang thông tin điện tử phường; tổ chức hội nghị phổ biến Luật Đo lường cho hộ kinh doanh ngày 12/6/2026.",
      head="Tuyên truyền: 05 tin bài – 01 hội nghị – 72 đại biểu"),
    E("II.2.đ", "completed", {},
      "Đã xây dựng lại hệ thống quản lý chất lượng theo mô hình phường mới, ban hành quyết định công bố ngày 20/8/2026.",
      head="ISO 9001:2015 tại bộ phận tiếp nhận và trả kết quả của phường"),
    E("II.3.a", "completed", {"participants": 4},
      "Cử công chức Phòng Kinh tế, Hạ tầng và Đô thị tham dự lớp tập huấn nghiệp vụ tháng 5/2026.",
      head="Tập huấn: 04 công chức dự lớp của Chi cục"),
    E("II.2.d", "unknown", {"enterprises_supported": 9},
      "Hướng dẫn các hộ sản xuất bánh, nước giải khát quy mô nhỏ ghi nhãn theo Nghị định 43/2017/NĐ-CP và Nghị định 111/2021/NĐ-CP.",
      head="Hỗ trợ hộ kinh doanh: 09 hộ được hướng dẫn ghi nhãn"),
], ["Phường chưa có cán bộ được đào tạo chuyên ngành đo lường.",
    "Nhiều hộ kinh doanh nhỏ lẻ ở các hẻm không thuộc chợ, khó quản lý."],
   ["Đề nghị Chi cục hỗ trợ phường 01 bộ quả cân chuẩn để kiểm tra nhanh tại chợ."], "Ngô Thanh Sơn")

hand_c_docx("Bao cao CT38 phuong Vinh Hoi.docx", "27286", "Vĩnh Hội", "211/BC-UBND", "2026-10-23", "20/10", INTRO_C % "Vĩnh Hội", [
    E("II.5.c", "completed", {"inspections": 1, "establishments_inspected": 6},
      "Phối hợp Phòng Kiểm tra – Pháp chế Sở kiểm tra đo lường tại 06 cửa hàng xăng dầu trên đường Hoàng Diệu, Tôn Đản; các cột đo đều còn hạn kiểm định.",
      head="Kiểm tra xăng dầu: 01 cuộc – 06 cửa hàng – không vi phạm"),
    E("II.5.b", "completed", {"samples_tested": 8},
      "Phối hợp Chi cục lấy mẫu tại 06 cửa hàng nói trên; kết quả 08/08 mẫu đạt chất lượng.",
      head="Lấy mẫu xăng dầu: 08 mẫu"),
    E("II.1.a", "in_progress", {"communications": 3},
      "Đang tiếp tục tuyên truyền trên loa và nhóm Zalo khu phố đến hết năm.",
      head="Tuyên truyền: 03 bài trên trang phường"),
    E("II.5.d", "not_applicable", {},
      "Trong kỳ không có tổ chức, cá nhân tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng.",
      head="Tố giác vi phạm: chưa nhận trường hợp nào"),
    E("II.2.a", "not_started", {},
      "Chưa triển khai do phường không có chợ truyền thống lớn, chờ hướng dẫn mô hình điểm.",
      head="Truy xuất nguồn gốc tại chợ"),
], ["Số cửa hàng xăng dầu ít nhưng nằm trên các tuyến đường đông xe, khó bố trí lấy mẫu giờ cao điểm."],
   ["Đề nghị Sở hướng dẫn mô hình truy xuất nguồn gốc phù hợp với phường không có chợ truyền thống."], "Trương Mỹ Linh")

hand_c_docx("XomChieu - BC CT38 nam 2026.docx", "27259", "Xóm Chiếu", "77/BC-UBND", "2026-10-28", "25/10", INTRO_C % "Xóm Chiếu", [
    E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 40, "violations": 6, "fines_vnd": 9750000, "instruments_verified": 118},
      "Phối hợp Chi cục và Đội Quản lý thị trường kiểm tra cân tại chợ Xóm Chiếu; đồng thời tổ chức 02 đợt kiểm định cân miễn phí cho tiểu thương, kiểm định 118 cân.",
      head="Kiểm tra cân tại chợ Xóm Chiếu: 03 cuộc – 40 cơ sở – 06 vi phạm – phạt 9,75 triệu đồng"),
    E("II.1.a", "completed", {"communications": 14},
      "Nội dung tập trung vào quyền lợi người tiêu dùng khi mua hàng cân đong tại chợ.",
      head="Tuyên truyền: 14 tin, bài (12 tin phát trên loa, 02 bài trên trang phường)"),
    E("II.3.a", "completed", {"training_courses": 1, "participants": 35},
      "Phường tự tổ chức cho Ban quản lý chợ và tổ dân phố, mời báo cáo viên của Chi cục.",
      head="Tập huấn: 01 lớp – 35 học viên"),
    E("II.2.đ", "completed", {},
      "Đã đánh giá nội bộ hệ thống ISO 9001:2015, khắc phục 03 điểm chưa phù hợp.",
      head="Hệ thống ISO của phường"),
], ["Chợ Xóm Chiếu xuống cấp, tiểu thương buôn bán lấn ra lòng đường, khó kiểm tra.",
    "Phường chưa có kinh phí mua cân đối chứng."],
   ["Đề nghị Chi cục tiếp tục hỗ trợ kiểm định cân miễn phí tại chợ Xóm Chiếu năm 2027.",
    "Đề nghị Sở hỗ trợ phường 02 cân đối chứng."], "Lê Văn Hiếu")

hand_c_docx("Bao cao CT38 phuong Cho Quan.docx", "27301", "Chợ Quán", "165/BC-UBND", "2026-11-04", "31/10", INTRO_C % "Chợ Quán", [
    E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 15, "violations": 2, "fines_vnd": 4000000},
      "Kiểm tra việc sử dụng cân, cột đo xăng dầu tại các cơ sở trên đường Trần Hưng Đạo, Nguyễn Trãi; 02 cơ sở bị xử phạt, tổng cộng 4 triệu đồng.",
      head="Kiểm tra đo lường: 02 cuộc – 15 cơ sở – 02 vi phạm – phạt 4 triệu đồng"),
    E("II.5.a", "in_progress", {"inspections": 1, "establishments_inspected": 8},
      "Phối hợp Chi cục kiểm tra nhãn hàng hóa, dấu hợp quy đối với đồ điện gia dụng trên đường Trần Bình Trọng; đang chờ kết luận kiểm tra.",
      head="Kiểm tra hàng hóa lưu thông: 01 cuộc – 08 cửa hàng điện máy"),
    E("II.1.a", "completed", {"communications": 4},
      "Đăng trên Trang thông tin điện tử phường và bảng tin các khu phố.",
      head="Tuyên truyền: 04 tin, bài"),
    E("II.2.d", "completed", {"enterprises_supported": 6},
      "Hướng dẫn các doanh nghiệp, hộ sản xuất thực hiện thủ tục công bố hợp chuẩn, hợp quy qua Cổng dịch vụ công.",
      head="Hướng dẫn doanh nghiệp: 06 doanh nghiệp công bố hợp quy"),
    E("II.1.b", "not_started", {},
      "Chưa gửi được thông tin đến doanh nghiệp do chưa nhận được tài liệu.",
      head="Giải thưởng Chất lượng Quốc gia"),
], ["Phần lớn doanh nghiệp trên địa bàn là hộ kinh doanh nhỏ, chưa quan tâm đến công bố hợp chuẩn, hợp quy."],
   ["Đề nghị Chi cục gửi tài liệu hướng dẫn Giải thưởng Chất lượng Quốc gia năm 2027 sớm cho phường."], "Phan Thị Ngọc Hân")

# mistaken: chuyển đổi số
hand_c_docx("Bao cao phuong Phu Nhuan thang 10.docx", "27073", "Phú Nhuận", "402/BC-UBND", "2026-10-29", "25/10",
    "Thực hiện Kế hoạch chuyển đổi số năm 2026 của Ủy ban nhân dân Thành phố, Ủy ban nhân dân Phường Phú Nhuận báo cáo kết quả như sau (số liệu lấy từ bảng theo dõi của Văn phòng HĐND và UBND phường):", [
    E("-", "completed", {}, "Tiếp nhận qua Cổng dịch vụ công 1.284 hồ sơ, tỷ lệ hồ sơ trực tuyến toàn trình đạt 96%.",
      head="Dịch vụ công trực tuyến: 1.284 hồ sơ – đạt 96%"),
    E("-", "in_progress", {}, "Hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức 2 tại 12 khu phố.",
      head="Định danh điện tử: 3.450 tài khoản được kích hoạt"),
    E("-", "completed", {}, "Tổ công nghệ số cộng đồng của 12 khu phố đã được kiện toàn.",
      head="Tổ công nghệ số cộng đồng: 12 tổ – 60 thành viên"),
    E("-", "in_progress", {}, "Số hóa hồ sơ hộ tịch từ năm 2000 đến nay; đã số hóa được khoảng 70% khối lượng.",
      head="Số hóa sổ hộ tịch: 18.600 trang"),
], ["Đường truyền mạng tại bộ phận một cửa thường xuyên chậm vào giờ cao điểm."],
   ["Đề nghị Thành phố nâng cấp đường truyền cho bộ phận một cửa của phường."], "Nguyễn Hoàng Yến",
   title="Kết quả thực hiện Kế hoạch chuyển đổi số năm 2026 (tháng 10/2026)",
   status="rejected", reason="Báo cáo về chuyển đổi số, không phải báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW (gửi nhầm).")

# ---------------- Hand D
TITLE_D = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026\n(Bảng tổng hợp gửi Sở Khoa học và Công nghệ)"
hand_d_xlsx("KH38_ChoLon_2026.xlsx", "27343", "Chợ Lớn", "524/BC-UBND", "2026-10-31", TITLE_D, [
    E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 33, "violations": 4, "fines_vnd": 7000000},
      "Kiểm tra cân và hàng đóng gói sẵn tại chợ Kim Biên và tuyến đường Hải Thượng Lãn Ông.",
      short="Kiểm tra đo lường tại chợ Kim Biên", partner="Chi cục TĐC, Đội QLTT", cuoc=3, coso=33, vp=4, phat="7.000.000đ",
      body="Kiểm tra cân và hàng đóng gói sẵn tại chợ Kim Biên và tuyến đường Hải Thượng Lãn Ông."),
    E("II.1.a", "completed", {"training_courses": 1, "participants": 96, "communications": 3},
      "01 hội nghị ngày 22/5/2026 tại hội trường phường; đăng tin trên trang phường.",
      short="Hội nghị phổ biến pháp luật về đo lường cho tiểu thương", partner="Ban QL chợ", ng=96, tin=3,
      body="01 hội nghị ngày 22/5/2026 tại hội trường phường; đăng tin trên trang phường."),
    E("II.2.a", "in_progress", {"enterprises_supported": 21},
      "Đã hướng dẫn 21 hộ kinh doanh hóa chất, dược liệu đăng ký mã QR truy xuất nguồn gốc.",
      short="Vận động hộ kinh doanh áp dụng truy xuất nguồn gốc", partner="",
      body="Đã hướng dẫn 21 hộ kinh doanh hóa chất, dược liệu đăng ký mã QR truy xuất nguồn gốc."),
    E("II.5.d", "not_applicable", {}, "Không có trường hợp.", short="Khen thưởng, bảo vệ người tố giác", body="Không có trường hợp."),
    E("II.3.a", "completed", {"participants": 2}, "Cử 02 công chức dự lớp của Chi cục.",
      short="Cử cán bộ dự tập huấn", partner="Chi cục TĐC", ng=2, body="Cử 02 công chức dự lớp của Chi cục."),
], ["Tuyến Hải Thượng Lãn Ông có nhiều hộ kinh doanh sỉ, hàng hóa đa dạng, phường thiếu người có chuyên môn để nhận diện vi phạm về chất lượng."],
   ["Đề nghị Chi cục phối hợp kiểm tra chuyên đề hàng hóa đóng gói sẵn trên tuyến Hải Thượng Lãn Ông."])

hand_d_xlsx("KH38_AnDong_2026.xlsx", "27316", "An Đông", "233/BC-UBND", "2026-10-25", TITLE_D, [
    E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 45, "violations": 3, "fines_vnd": 4500000},
      "Kiểm tra tại tầng trệt và tầng 1 chợ An Đông.", short="Kiểm tra cân tại chợ An Đông", partner="Chi cục TĐC",
      cuoc=2, coso=45, vp=3, phat="4.500.000đ", body="Kiểm tra tại tầng trệt và tầng 1 chợ An Đông."),
    E("II.5.a", "in_progress", {"inspections": 1, "establishments_inspected": 10, "samples_tested": 5},
      "Kiểm tra nhãn hàng hóa quần áo may sẵn; lấy 05 mẫu vải thử nghiệm hàm lượng formaldehyt.",
      short="Kiểm tra chất lượng quần áo may sẵn tại chợ An Đông", partner="Đội QLTT số 5", cuoc=1, coso=10,
      body="Kiểm tra nhãn hàng hóa quần áo may sẵn; lấy 05 mẫu vải thử nghiệm hàm lượng formaldehyt."),
    E("II.1.a", "completed", {"communications": 7}, "Đăng tin trên trang phường và phát thanh tại chợ.",
      short="Tuyên truyền", tin=7, body="Đăng tin trên trang phường và phát thanh tại chợ."),
    E("II.2.đ", "completed", {}, "Duy trì hệ thống, đánh giá nội bộ tháng 9/2026.",
      short="ISO 9001:2015", partner="Văn phòng UBND", body="Duy trì hệ thống, đánh giá nội bộ tháng 9/2026."),
    E("II.1.b", "not_started", {}, "Chưa thực hiện.", short="Giới thiệu Giải thưởng CLQG cho doanh nghiệp", body="Chưa thực hiện."),
], ["Chợ An Đông đông khách, kiểm tra giờ hành chính ảnh hưởng việc buôn bán của tiểu thương."],
   ["Đề nghị Sở hỗ trợ kinh phí thử nghiệm mẫu cho phường."])

hand_d_xlsx("KH38_BinhTay_2026.xlsx", "27367", "Bình Tây", "189/BC-UBND", "2026-11-05", TITLE_D, [
    E("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 52, "violations": 7, "fines_vnd": 12250000, "instruments_verified": 86},
      "Phối hợp kiểm định 86 cân của tiểu thương; xử phạt các trường hợp cân sai.", short="Kiểm tra đo lường tại chợ Bình Tây",
      partner="Chi cục TĐC", cuoc=4, coso=52, vp=7, phat="12.250.000đ", body="Phối hợp kiểm định 86 cân của tiểu thương; xử phạt các trường hợp cân sai."),
    E("II.5.b", "completed", {"samples_tested": 12}, "Lấy 12 mẫu đồ chơi, đồ dùng học tập để khảo sát.",
      short="Phối hợp khảo sát chất lượng hàng hóa", partner="Chi cục TĐC", body="Lấy 12 mẫu đồ chơi, đồ dùng học tập để khảo sát."),
    E("II.1.a", "completed", {"training_courses": 2, "participants": 150, "communications": 6},
      "02 hội nghị tuyên truyền trực tiếp tại chợ Bình Tây.", short="Tuyên truyền", partner="Ban QL chợ Bình Tây",
      ng=150, tin=6, body="02 hội nghị tuyên truyền trực tiếp tại chợ Bình Tây."),
    E("II.2.d", "in_progress", {"enterprises_supported": 14}, "Hướng dẫn 14 hộ.",
      short="Hướng dẫn tiểu thương công bố chất lượng, ghi nhãn", body="Hướng dẫn 14 hộ."),
    E("II.3.a", "not_started", {}, "Dự kiến tháng 12/2026.", short="Tập huấn nghiệp vụ cho tổ kiểm tra phường", body="Dự kiến tháng 12/2026."),
    E("II.5.d", "not_applicable", {}, "Không có.", short="Tiếp nhận tố giác vi phạm", body="Không có."),
], ["Chợ Bình Tây đang trong giai đoạn sau trùng tu, tiểu thương chưa ổn định vị trí kinh doanh.",
    "Tổ kiểm tra phường chưa được tập huấn nghiệp vụ."],
   ["Đề nghị Chi cục cử cán bộ hướng dẫn nghiệp vụ cho tổ kiểm tra phường.",
    "Đề nghị hỗ trợ kiểm định cân miễn phí định kỳ tại chợ Bình Tây."])

# mistaken: an toàn thực phẩm
hand_d_xlsx("KH38_DienHong_2026.xlsx", "27169", "Diên Hồng", "301/BC-UBND", "2026-10-27",
    "KẾT QUẢ THÁNG HÀNH ĐỘNG VÌ AN TOÀN THỰC PHẨM VÀ KIỂM TRA ATTP DỊP TẾT TRUNG THU NĂM 2026", [
    E("-", "completed", {}, "", short="Kiểm tra cơ sở kinh doanh dịch vụ ăn uống", partner="Trạm Y tế phường",
      cuoc=3, coso=27, vp=2, phat="5.000.000đ", body="Kiểm tra điều kiện ATTP bếp ăn, quán ăn trên đường Thành Thái, Tô Hiến Thành."),
    E("-", "completed", {}, "", short="Kiểm tra cơ sở sản xuất bánh trung thu", partner="Đội QLTT", cuoc=1, coso=6,
      body="06 cơ sở sản xuất bánh trung thu thủ công; lấy mẫu test nhanh."),
    E("-", "in_progress", {}, "", short="Tuyên truyền ATTP", ng=220, tin=9, body="Nói chuyện chuyên đề tại 04 khu phố."),
], ["Nhiều cơ sở ăn uống nhỏ lẻ trên vỉa hè chưa có giấy xác nhận kiến thức ATTP."],
   ["Đề nghị Sở An toàn thực phẩm tổ chức tập huấn kiến thức ATTP cho hộ kinh doanh."],
   sheet="ATTP 2026", status="rejected",
   reason="Bảng kết quả Tháng hành động vì an toàn thực phẩm, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW (gửi nhầm); đặt tên file KH38 nhưng nội dung là ATTP.")


# =====================================================================
# LibreOffice re-save of two files (as real offices do), then hashes + keys
# =====================================================================
def lo_resave(fname, ext):
    src = os.path.join(OUT, fname)
    tmp = tempfile.mkdtemp()
    shutil.copy(src, os.path.join(tmp, "in." + ext))
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", os.path.join(tmp, "o"), os.path.join(tmp, "in." + ext)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    shutil.copy(os.path.join(tmp, "o", "in." + ext), src)
    shutil.rmtree(tmp)


lo_resave("VuonLai_CT38_cap nhat 02-11.xlsx", "xlsx")
lo_resave("Bao cao CT38 phuong Cho Quan.docx", "docx")

for fname, k in KEYS.items():
    with open(os.path.join(OUT, fname), "rb") as f:
        k["sha256"] = hashlib.sha256(f.read()).hexdigest()
    with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(k, f, ensure_ascii=False, indent=2)
print(len(KEYS), "files")
