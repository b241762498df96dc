# -*- coding: utf-8 -*-
"""Generator for set 118. python3 gen.py  -> writes files + truth/*.json"""
import os, json, hashlib, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from data import REPORTS, H1_ST, H2_ST, H3_ST, H4_ST

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
QH = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
DL = "Độc lập - Tự do - Hạnh phúc"
RESAVE = {"VPS-cv-bao-cao-KH38.docx", "SGDDT-baocao-KH38.xlsx"}


def base_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    pf = st.paragraph_format
    pf.space_after = Pt(3)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    return d


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def cell_par(cell, text, bold=False, italic=False, align=None, size=None, first=True, underline=False):
    p = cell.paragraphs[0] if first and not cell.paragraphs[0].text else cell.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic, r.underline = bold, italic, underline
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    return p


def header(d, parent, unit_caps, number, date_str, vv=None, number_line=True):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    l.width, r.width = Cm(6.5), Cm(9.5)
    for i, line in enumerate(parent.split("\n")):
        cell_par(l, line, align=WD_ALIGN_PARAGRAPH.CENTER, size=12, first=(i == 0))
    for line in unit_caps.split("\n"):
        cell_par(l, line, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12, first=False)
    cell_par(l, "", first=False)
    if number_line:
        cell_par(l, "Số: " + number, align=WD_ALIGN_PARAGRAPH.CENTER, size=13, first=False)
    if vv:
        cell_par(l, vv, align=WD_ALIGN_PARAGRAPH.CENTER, size=12, first=False)
    cell_par(r, QH, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12)
    cell_par(r, DL, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13, first=False, underline=True)
    cell_par(r, "", first=False)
    cell_par(r, date_str, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13, first=False)


def para(d, text="", bold=False, italic=False, align=None, indent=True, size=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    elif indent:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1)
    return p


def signature(d, noi_nhan, signer):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    cell_par(l, "Nơi nhận:", bold=True, italic=True, size=12)
    for n in noi_nhan:
        cell_par(l, n, size=11, first=False)
    title, name = signer
    for i, line in enumerate(title.split("\n")):
        cell_par(r, line, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, first=(i == 0))
    for _ in range(3):
        cell_par(r, "", first=False)
    cell_par(r, name, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, first=False)


def grid(table):
    table.style = "Table Grid"


def dstr(date, style):
    y, m, dd = date
    if style == "long":
        return f"ngày {dd:02d} tháng {m:02d} năm {y}"
    if style == "slash":
        return f"ngày {dd:02d}/{m:02d}/{y}"
    raise ValueError


# ------------------------------------------------------------------ H1
def gen_h1(rep):
    d = base_doc()
    date_s = "Thành phố Hồ Chí Minh, " + dstr(rep["date"], "long")
    header(d, rep["parent"], rep["unit_caps"], rep["number"], date_s)
    para(d)
    para(d, "BÁO CÁO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    title2 = rep.get("title2", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW\ncủa Ban Bí thư về tiêu chuẩn, đo lường, chất lượng năm 2026")
    for line in title2.split("\n"):
        para(d, line, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "_______________", align=WD_ALIGN_PARAGRAPH.CENTER)
    if not rep.get("rejected"):
        para(d, "Kính gửi: Sở Khoa học và Công nghệ.", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, rep["intro"])
    para(d, "I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN" if not rep.get("rejected") else "I. TÌNH HÌNH VÀ KẾT QUẢ", bold=True, indent=False)
    para(d, rep["general"])
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for i, x in enumerate(rep["diff"], 1):
        para(d, f"{i}. {x}")
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for i, x in enumerate(rep["prop"], 1):
        para(d, f"{i}. {x}")
    short = rep["unit_caps"].replace("\n", " ").title().replace("Và", "và")
    para(d, f"Trên đây là báo cáo của {rep['uname']}./.")
    signature(d, ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, P.TH."], rep["signer"])
    # appendix in a landscape section
    sec = d.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin, sec.right_margin = Cm(2), Cm(2)
    para(d, "BIỂU KẾT QUẢ THỰC HIỆN", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    y, m, dd = rep["date"]
    para(d, f"(Kèm theo Báo cáo số {rep['number']} ngày {dd:02d}/{m:02d}/{y} của {rep['uname']})", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    hdrs = ["STT", "Nội dung theo Kế hoạch 38", "Việc Sở đã làm", "Kết quả định lượng", "Tình hình"]
    if rep["uid"] == "THANHTRA-TP":
        hdrs[2] = "Việc đã làm"
    if rep.get("rejected"):
        hdrs = ["STT", "Nội dung", "Việc đã làm", "Kết quả", "Ghi chú"]
    t = d.add_table(rows=1, cols=5)
    grid(t)
    widths = [Cm(1.2), Cm(6), Cm(9.5), Cm(5), Cm(3.5)]
    for c, h, w in zip(t.rows[0].cells, hdrs, widths):
        c.width = w
        cell_par(c, h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12)
    for i, e in enumerate(rep["entries"], 1):
        cells = t.add_row().cells
        for c, w in zip(cells, widths):
            c.width = w
        cell_par(cells[0], str(i), align=WD_ALIGN_PARAGRAPH.CENTER, size=12)
        cell_par(cells[1], e["plan"], size=12)
        cell_par(cells[2], e["did"], size=12)
        if e["fig"]:
            for j, f in enumerate(e["fig"]):
                cell_par(cells[3], f, size=12, first=(j == 0))
        else:
            cell_par(cells[3], "", size=12)
        cell_par(cells[4], H1_ST[e["status"]] if e["status"] else "", size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    return d


# ------------------------------------------------------------------ H2
def gen_h2(rep):
    d = base_doc()
    date_s = "TP. Hồ Chí Minh, " + dstr(rep["date"], "long")
    header(d, rep["parent"], rep["unit_caps"], rep["number"], date_s, number_line=bool(rep["number"]))
    para(d)
    para(d, "BÁO CÁO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    para(d, "Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, rep["intro"])
    para(d, "I. CÁC HOẠT ĐỘNG ĐÃ TRIỂN KHAI", bold=True, indent=False)
    n = 0
    for e in rep["entries"]:
        blocks = [dict(name=e["name"], when=e["when"], res=e["res"])]
        if "extra" in e:
            blocks.append(e["extra"])
        for b in blocks:
            n += 1
            p = para(d, f"Hoạt động {n}. {b['name']}", bold=True, indent=False)
            p.paragraph_format.space_before = Pt(6)
            p = para(d, indent=False)
            r = p.add_run("Thuộc nhiệm vụ: ")
            r.italic = True
            r = p.add_run(e["belongs"] + ".")
            r.italic = True
            para(d, f"Thời gian: {b['when']}.", indent=False)
            para(d, f"Kết quả: {b['res']}", indent=False).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            para(d, f"Trạng thái hoạt động: {H2_ST[e['status']]}.", indent=False)
        if "extra" in e:
            para(d, e["extra"]["total"], italic=True, indent=False)
    para(d, "II. VƯỚNG MẮC", bold=True, indent=False)
    for x in rep["diff"]:
        para(d, "- " + x, indent=False)
    para(d, "III. KIẾN NGHỊ", bold=True, indent=False)
    for x in rep["prop"]:
        para(d, "- " + x, indent=False)
    signature(d, ["- Ban Giám đốc Sở (để b/c);", "- Lưu: VT."], rep["signer"])
    return d


# ------------------------------------------------------------------ H4
def gen_h4(rep):
    d = base_doc(size=14)
    date_s = "Thành phố Hồ Chí Minh, " + dstr(rep["date"], "long")
    header(d, rep["parent"], rep["unit_caps"], rep["number"], date_s, vv=rep["vv"])
    para(d)
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng.", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, rep["intro"])
    for i, e in enumerate(rep["entries"], 1):
        p = para(d, indent=True)
        p.add_run(f"{i}. {e['name']}: ")
        r = p.add_run(H4_ST[e["status"]])
        r.bold = r.italic = True
        p.add_run(".")
        for ln in e["lines"]:
            para(d, "- " + ln)
    p = para(d)
    p.add_run("* Khó khăn:").bold = True
    for x in rep["diff"]:
        para(d, "- " + x)
    p = para(d)
    p.add_run("* Đề xuất:").bold = True
    for x in rep["prop"]:
        para(d, "- " + x)
    para(d, f"{rep['unit_caps'].replace(chr(10), ' ').capitalize()} kính gửi Chi cục tổng hợp./.")
    signature(d, ["- Như trên;", "- Lưu: VT."], rep["signer"])
    return d


# ------------------------------------------------------------------ XLSX helpers
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)


def boxrow(ws, r, c1, c2):
    for c in range(c1, c2 + 1):
        ws.cell(r, c).border = BOX


def gen_h3(rep):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "SoLieu"
    f = Font(name="Times New Roman", size=12)
    ws["A1"] = rep["unit_caps"]
    ws["A1"].font = Font(name="Times New Roman", size=12, bold=True)
    ws["A2"] = "Số: " + rep["number"]
    y, m, dd = rep["date"]
    ws["A3"] = f"TP.HCM, ngày {dd:02d}/{m:02d}/{y}"
    title = rep.get("title", "SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026")
    ws["A5"] = title
    ws["A5"].font = Font(name="Times New Roman", size=13, bold=True)
    hd = ["STT", "Việc", "Chỉ tiêu", "Giá trị", "ĐVT", "Ghi chú"]
    for j, h in enumerate(hd, 1):
        c = ws.cell(7, j, h)
        c.font = Font(name="Times New Roman", size=12, bold=True)
        c.alignment = CEN
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    boxrow(ws, 7, 1, 6)
    r = 8
    k = 0
    for e in rep["entries"]:
        for (lab, val, unit) in e["rows"]:
            k += 1
            ws.cell(r, 1, k)
            ws.cell(r, 2, e["short"])
            ws.cell(r, 3, lab)
            c = ws.cell(r, 4, val)
            if val >= 1000:
                c.number_format = "#,##0"
            ws.cell(r, 5, unit)
            boxrow(ws, r, 1, 6)
            for j in range(1, 7):
                ws.cell(r, j).font = f
                ws.cell(r, j).alignment = WRAP
            r += 1
    for col, w in zip("ABCDEF", [6, 22, 32, 16, 12, 20]):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("TinhTrang")
    hd2 = ["STT", "Việc", "Sở đã làm gì", "Tình trạng"]
    for j, h in enumerate(hd2, 1):
        c = ws2.cell(1, j, h)
        c.font = Font(name="Times New Roman", size=12, bold=True)
        c.alignment = CEN
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    boxrow(ws2, 1, 1, 4)
    r = 2
    for i, e in enumerate(rep["entries"], 1):
        ws2.cell(r, 1, i)
        ws2.cell(r, 2, e["short"])
        ws2.cell(r, 3, e["did"])
        ws2.cell(r, 4, H3_ST[e["status"]] if e["status"] else "")
        boxrow(ws2, r, 1, 4)
        for j in range(1, 5):
            ws2.cell(r, j).font = f
            ws2.cell(r, j).alignment = WRAP
        r += 1
    r += 1
    ws2.cell(r, 2, "Khó khăn:").font = Font(name="Times New Roman", size=12, bold=True)
    r += 1
    for x in rep["diff"]:
        ws2.cell(r, 3, x).alignment = WRAP
        r += 1
    ws2.cell(r, 2, "Kiến nghị:").font = Font(name="Times New Roman", size=12, bold=True)
    r += 1
    for x in rep["prop"]:
        ws2.cell(r, 3, x).alignment = WRAP
        r += 1
    for col, w in zip("ABCD", [6, 22, 70, 18]):
        ws2.column_dimensions[col].width = w
    return wb


def gen_h5(rep):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "BC_CT38"
    tnr = lambda **k: Font(name="Times New Roman", size=12, **k)
    ws["A1"] = "UBND TP. HỒ CHÍ MINH"
    ws["A2"] = rep["unit_caps"]
    ws["A2"].font = tnr(bold=True)
    ws["D1"] = QH
    ws["D1"].font = tnr(bold=True)
    ws["D2"] = DL
    ws["D2"].font = tnr(bold=True, underline="single")
    ws["A4"] = "Số: " + rep["number"]
    y, m, dd = rep["date"]
    ws["D4"] = f"Tp. Hồ Chí Minh, ngày {dd} tháng {m} năm {y}"
    ws["D4"].font = tnr(italic=True)
    ws["A6"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH 38 (CHỈ THỊ 38-CT/TW) NĂM 2026"
    ws["A6"].font = Font(name="Times New Roman", size=13, bold=True)
    ws.merge_cells("A6:D6")
    ws["A6"].alignment = CEN
    hd = ["TT", "Nhiệm vụ (theo KH 38 của Sở KH&CN)", "Việc đã làm", f"Tình hình đến {rep['cutoff']}"]
    for j, h in enumerate(hd, 1):
        c = ws.cell(8, j, h)
        c.font = tnr(bold=True)
        c.alignment = CEN
        c.fill = PatternFill("solid", fgColor="E2EFDA")
    boxrow(ws, 8, 1, 4)
    r = 9
    for i, e in enumerate(rep["entries"], 1):
        ws.cell(r, 1, i)
        ws.cell(r, 2, e["name"])
        ws.cell(r, 3, e["did"])
        ws.cell(r, 4, e["st"])
        boxrow(ws, r, 1, 4)
        for j in range(1, 5):
            ws.cell(r, j).font = tnr()
            ws.cell(r, j).alignment = WRAP
        r += 1
    r += 1
    ws.cell(r, 1, "Khó khăn, vướng mắc:").font = tnr(bold=True)
    r += 1
    for x in rep["diff"]:
        ws.cell(r, 2, "- " + x)
        r += 1
    ws.cell(r, 1, "Kiến nghị:").font = tnr(bold=True)
    r += 1
    for x in rep["prop"]:
        ws.cell(r, 2, "- " + x)
        r += 1
    r += 1
    ws.cell(r, 4, "KT. GIÁM ĐỐC").font = tnr(bold=True)
    ws.cell(r + 1, 4, "PHÓ GIÁM ĐỐC").font = tnr(bold=True)
    for col, w in zip("ABCD", [5, 34, 70, 24]):
        ws.column_dimensions[col].width = w
    return wb


def key_text(rep, e):
    h = rep["hand"]
    if h == "H1":
        return e["did"]
    if h == "H2":
        t = e["res"]
        if "extra" in e:
            t += " " + e["extra"]["res"] + " " + e["extra"]["total"]
        return t
    if h == "H4":
        return " ".join(e["lines"])
    return e["did"]


def resave(path):
    ext = path.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, path],
                   check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path)
    shutil.rmtree(tmp)


def main():
    os.makedirs(TRUTH, exist_ok=True)
    gens = dict(H1=gen_h1, H2=gen_h2, H4=gen_h4, H3=gen_h3, H5=gen_h5)
    for rep in REPORTS:
        path = os.path.join(OUT, rep["file"])
        obj = gens[rep["hand"]](rep)
        obj.save(path)
        if rep["file"] in RESAVE:
            resave(path)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        y, m, dd = rep["date"]
        rej = rep.get("rejected")
        key = {
            "file": rep["file"], "sha256": sha,
            "status": "rejected" if rej else "extracted",
            "reason": rej,
            "unit": {"id": rep["uid"], "name": rep["uname"]},
            "document": {"number": rep["number"] or None, "date": f"{y:04d}-{m:02d}-{dd:02d}"},
            "entries": [] if rej else [
                {"task": e["task"], "status": e["status"], "indicators": e["ind"], "text": key_text(rep, e)}
                for e in rep["entries"]],
            "findings": [],
            "difficulties": [] if rej else rep["diff"],
            "proposals": [] if rej else rep["prop"],
        }
        with open(os.path.join(TRUTH, rep["file"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(key, fh, ensure_ascii=False, indent=2)
        print("wrote", rep["file"])


if __name__ == "__main__":
    main()
