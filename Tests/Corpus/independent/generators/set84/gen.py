# -*- coding: utf-8 -*-
"""Generator for set84: 18 report files in 4 hands + truth keys."""
import os, json, hashlib, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TR = os.path.join(OUT, "truth")
os.makedirs(TR, exist_ok=True)

NAMES = {
    "SKHCN-CCTDC": "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    "SKHCN-VP": "Văn phòng Sở Khoa học và Công nghệ",
    "SKHCN-KTPC": "Phòng Kiểm tra – Pháp chế",
    "SKHCN-CDS": "Phòng Chuyển đổi số",
    "SKHCN-QLKH": "Phòng Quản lý Khoa học",
    "SKHCN-TTPTTN": "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    "SKHCN-TTCNTT": "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh",
    "SO-NV": "Sở Nội vụ", "SO-TP": "Sở Tư pháp", "THANHTRA-TP": "Thanh tra Thành phố",
    "SO-XD": "Sở Xây dựng", "SO-NNMT": "Sở Nông nghiệp và Môi trường", "SO-GDDT": "Sở Giáo dục và Đào tạo",
    "SO-YT": "Sở Y tế", "SO-ATTP": "Sở An toàn thực phẩm", "SO-CT": "Sở Công Thương",
}

from data84 import REPORTS  # content lives in data84.py


# ---------------------------------------------------------------- helpers
def set_font(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)


def cell_par(cell, text, bold=False, italic=False, center=True, size=None, underline=False, first=True):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
    if size: r.font.size = Pt(size)
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(0)
    return p


def header_block(doc, parent, unit, number, dateline, vv=None):
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    l, r = t.rows[0].cells
    if parent:
        cell_par(l, parent, size=12)
        cell_par(l, unit, bold=True, size=12, first=False)
    else:
        cell_par(l, unit, bold=True, size=12)
    cell_par(l, "Số: " + number, size=13, first=False)
    if vv:
        cell_par(l, vv, size=12, first=False)
    cell_par(r, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=12)
    cell_par(r, "Độc lập - Tự do - Hạnh phúc", bold=True, size=13, underline=True, first=False)
    cell_par(r, "", first=False)
    cell_par(r, dateline, italic=True, size=13, first=False)
    doc.add_paragraph()


def para(doc, text="", bold=False, italic=False, align=None, indent=True, size=None, runs=None):
    p = doc.add_paragraph()
    if runs:
        for t, b, i in runs:
            r = p.add_run(t); r.bold = b; r.italic = i
            if size: r.font.size = Pt(size)
    else:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j" or align is None: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align != "c": p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(4)
    return p


def sign_block(doc, left_lines, title, name):
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    l, r = t.rows[0].cells
    cell_par(l, "Nơi nhận:", bold=True, italic=True, center=False, size=12)
    for x in left_lines:
        cell_par(l, x, center=False, size=11, first=False)
    first = True
    for x in title.split("\n"):
        cell_par(r, x, bold=True, size=13, first=first); first = False
    for _ in range(3):
        cell_par(r, "", first=False)
    cell_par(r, name, bold=True, size=13, first=False)


def dateline(rep):
    y, m, d = rep["date"].split("-")
    return f"{rep.get('place', 'Thành phố Hồ Chí Minh')}, ngày {d} tháng {m} năm {y}"


# ---------------------------------------------------------------- Hand A
A_STATUS = {"completed": "Đã xong.", "in_progress": "Đang làm, chưa kết thúc.",
            "not_applicable": "Không phát sinh trong kỳ.", "not_started": "Chưa làm."}


def build_A(rep, path):
    doc = Document(); set_font(doc)
    header_block(doc, rep["parent"], rep["unit_hdr"], rep["number"], dateline(rep))
    para(doc, "BÁO CÁO", bold=True, align="c")
    para(doc, rep["title"], bold=True, align="c")
    for x in rep["intro"]:
        para(doc, x)
    para(doc, "I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", bold=True, indent=False)
    n = len(rep["entries"])
    for i, e in enumerate(rep["entries"], 1):
        para(doc, runs=[(f"Nhiệm vụ {i}/{n} — {e['label']}", True, False), (f" (KH: {e['sched']})", False, True)], indent=False)
        for b in e["body"]:
            para(doc, b)
        p = para(doc, runs=[("Hiện trạng: ", False, True), (A_STATUS[e["status"]], False, True)], size=12)
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in rep["difficulties"]:
        para(doc, "- " + x)
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for x in rep["proposals"]:
        para(doc, "- " + x)
    para(doc, rep["closing"])
    sign_block(doc, rep["noinhan"], rep["signtitle"], rep["signer"])
    doc.save(path)


# ---------------------------------------------------------------- Hand C (department công văn, passive statuses)
C_STATUS = {"completed": "Phần việc này đã được Sở thực hiện xong.",
            "in_progress": "Phần việc này đang được Sở tiếp tục triển khai.",
            "not_started": "Phần việc này chưa được Sở triển khai.",
            "not_applicable": "Trong kỳ, phần việc này không phát sinh."}


def build_C(rep, path):
    doc = Document(); set_font(doc)
    header_block(doc, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", rep["unit_hdr"], rep["number"], dateline(rep), vv=rep.get("vv"))
    if rep.get("kinhgui"):
        para(doc, runs=[("Kính gửi: ", False, False), (rep["kinhgui"], False, False)], align="c")
    for x in rep["intro"]:
        para(doc, x)
    if rep.get("rejected"):
        for sec, lines in rep["sections"]:
            para(doc, sec, bold=True, indent=False)
            for x in lines:
                para(doc, x)
    else:
        para(doc, "1. Kết quả thực hiện", bold=True, indent=False)
        for i, e in enumerate(rep["entries"], 1):
            para(doc, runs=[(f"({i}) ", True, False), (e["label"] + " ", True, False), (f"(nhóm giải pháp số {e['task'][3]} của Kế hoạch)", False, True)], indent=True)
            for b in e["body"]:
                para(doc, b)
            para(doc, C_STATUS[e["status"]])
        para(doc, "2. Khó khăn, vướng mắc", bold=True, indent=False)
        if rep["difficulties"]:
            for x in rep["difficulties"]:
                para(doc, "- " + x)
        para(doc, "3. Kiến nghị, đề xuất", bold=True, indent=False)
        for x in rep["proposals"]:
            para(doc, "- " + x)
    para(doc, rep["closing"])
    sign_block(doc, rep["noinhan"], rep["signtitle"], rep["signer"])
    # multi-line parent in header: split
    doc.save(path)


# ---------------------------------------------------------------- Hand B (XLSX, one-syllable status column, dotted figure strings)
B_STATUS = {"completed": "Đã", "in_progress": "Đang", "not_started": "Chưa", "not_applicable": "KPS"}
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def build_B(rep, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = rep.get("sheet", "BC CT38 2026")
    ws["A1"] = "SỞ KHOA HỌC VÀ CÔNG NGHỆ"; ws["A2"] = rep["unit_hdr"]; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: " + rep["number"]
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E1"].font = Font(bold=True)
    ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["E3"] = dateline(rep); ws["E3"].font = Font(italic=True)
    ws["A5"] = rep["title"]; ws["A5"].font = Font(bold=True, size=13)
    ws.merge_cells("A5:F5"); ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[5].height = 36
    hdr = ["TT", "Nội dung công việc", "Việc đã làm", "Số liệu chính", "Đã / Đang / Chưa / KPS", "Ghi chú"]
    r0 = 7
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r0, j, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    r = r0 + 1
    for i, e in enumerate(rep["entries"], 1):
        vals = [i, e["label"], " ".join(e["body"]), e.get("figs", ""), B_STATUS[e["status"]], e.get("note", "")]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.border = BOX
            c.alignment = Alignment(vertical="top", wrap_text=True, horizontal="center" if j in (1, 5) else None)
        r += 1
    r += 1
    ws.cell(r, 1, "Khó khăn:").font = Font(bold=True); r += 1
    for x in rep["difficulties"]:
        ws.cell(r, 2, "- " + x); r += 1
    ws.cell(r, 1, "Đề xuất:").font = Font(bold=True); r += 1
    for x in rep["proposals"]:
        ws.cell(r, 2, "- " + x); r += 1
    r += 1
    ws.cell(r, 5, rep["signtitle"].replace("\n", " ")).font = Font(bold=True)
    ws.cell(r + 4, 5, rep["signer"]).font = Font(bold=True)
    for col, w in zip("ABCDEF", (5, 34, 60, 30, 12, 18)):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------- Hand D (XLSX, one figure per text cell SL1..SL4)
def build_D(rep, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = rep.get("sheet", "Bao cao")
    ws["A1"] = rep["parent"]; ws["A2"] = rep["unit_hdr"]; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: " + rep["number"]
    ws["F1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["F1"].font = Font(bold=True)
    ws["F2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["F3"] = dateline(rep)
    ws["A5"] = rep["title"]; ws["A5"].font = Font(bold=True)
    ws["A6"] = "Kính gửi: " + rep.get("kinhgui", "Chi cục Tiêu chuẩn Đo lường Chất lượng")
    if rep.get("rejected"):
        hdr = rep["rej_hdr"]; rows = rep["rej_rows"]
    else:
        hdr = ["STT", "Nhiệm vụ", "Nội dung thực hiện", "SL1", "SL2", "SL3", "SL4", "Kết quả chung"]
        rows = []
        for i, e in enumerate(rep["entries"], 1):
            f = list(e.get("cells", [])) + [""] * 4
            rows.append([i, e["label"], " ".join(e["body"])] + f[:4] + [e["word"]])
    r0 = 8
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r0, j, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = r0 + 1
    for row in rows:
        for j, v in enumerate(row, 1):
            c = ws.cell(r, j, v); c.border = BOX; c.alignment = Alignment(vertical="top", wrap_text=True)
        r += 1
    r += 1
    if rep.get("difficulties"):
        ws.cell(r, 1, "Vướng mắc").font = Font(bold=True); r += 1
        for i, x in enumerate(rep["difficulties"], 1):
            ws.cell(r, 1, i); ws.cell(r, 2, x); r += 1
    if rep.get("proposals"):
        ws.cell(r, 1, "Đề xuất").font = Font(bold=True); r += 1
        for i, x in enumerate(rep["proposals"], 1):
            ws.cell(r, 1, i); ws.cell(r, 2, x); r += 1
    r += 1
    ws.cell(r, 6, rep["signtitle"].replace("\n", " ")).font = Font(bold=True)
    ws.cell(r + 4, 6, rep["signer"]).font = Font(bold=True)
    for col, w in zip("ABCDEFGH", (5, 30, 55, 14, 14, 14, 14, 18)):
        ws.column_dimensions[col].width = w
    wb.save(path)


BUILD = {"A": build_A, "B": build_B, "C": build_C, "D": build_D}
SOFFICE = "/usr/lib/libreoffice/program/soffice"


def resave(path):
    ext = path.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "in_" + os.path.basename(path))
    shutil.copy(path, src)
    outd = os.path.join(tmp, "out"); os.makedirs(outd)
    subprocess.run([SOFFICE, "--headless", "-env:UserInstallation=file://" + tmp + "/prof",
                    "--convert-to", ext, "--outdir", outd, src], check=True, capture_output=True, timeout=180)
    shutil.copy(os.path.join(outd, os.path.basename(src)), path)
    shutil.rmtree(tmp)


def main():
    for rep in REPORTS:
        path = os.path.join(OUT, rep["file"])
        BUILD[rep["hand"]](rep, path)
        if rep.get("resave"):
            resave(path)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        key = {"file": rep["file"], "sha256": sha,
               "status": "rejected" if rep.get("rejected") else "extracted",
               "reason": rep.get("rejected"),
               "unit": {"id": rep["unit_id"], "name": NAMES[rep["unit_id"]]},
               "document": {"number": rep["number"], "date": rep["date"]},
               "entries": [] if rep.get("rejected") else [
                   {"task": e["task"], "status": e["status"], "indicators": e.get("ind", {}),
                    "text": " ".join(e["body"])} for e in rep["entries"]],
               "findings": [],
               "difficulties": [] if rep.get("rejected") else rep["difficulties"],
               "proposals": [] if rep.get("rejected") else rep["proposals"]}
        with open(os.path.join(TR, rep["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
        print("wrote", rep["file"])


if __name__ == "__main__":
    main()
