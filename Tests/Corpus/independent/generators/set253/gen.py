# -*- coding: utf-8 -*-
"""Generator for set 253. Run: python3 gen.py  (then check.py)."""
import datetime
import hashlib
import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from content import REPORTS

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, "truth")


# ------------------------------------------------------------------ helpers
def set_font(run, name="Times New Roman", size=13, bold=None, italic=None, underline=None):
    run.font.name = name
    run.font.size = Pt(size)
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), name)
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic
    if underline is not None:
        run.underline = underline


def para(doc_or_cell, text="", size=13, bold=False, italic=False, align=None, indent=None,
         space_after=4, font="Times New Roman", keep=False):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, italic)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if indent is not None:
        pf.first_line_indent = Cm(indent)
    return p


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def cell_text(cell, lines, size=13, bold_idx=(), italic_idx=(), align="c"):
    cell.paragraphs[0]._element.getparent().remove(cell.paragraphs[0]._element)
    for i, ln in enumerate(lines):
        para(cell, ln, size=size, bold=i in bold_idx, italic=i in italic_idx, align=align, space_after=0)


def new_doc(margins=(2.0, 2.0, 3.0, 1.5)):
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    return d


def header_block(d, r, date_style="words", size=13):
    t = d.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hl = r["header_left"]
    cell_text(t.cell(0, 0), hl, size=12, bold_idx=tuple(range(1, len(hl))))
    cell_text(t.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], size=12, bold_idx=(0, 1))
    num = r["number"]
    cell_text(t.cell(1, 0), ["Số: " + num if num else "Số:      /BC"], size=13)
    dd, mm, yy = r["date"]
    if date_style == "words":
        ds = "%s, ngày %02d tháng %s năm %d" % (r["place"], dd, ("%02d" % mm) if mm < 3 else str(mm), yy)
    else:
        ds = "%s, ngày %d/%d/%d" % (r["place"], dd, mm, yy)
    cell_text(t.cell(1, 1), [ds], size=13, italic_idx=(0,))
    for row in t.rows:
        row.cells[0].width = Cm(7.5)
        row.cells[1].width = Cm(9.5)
    return t


def signature(d, r, size=13, noi_nhan=None):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    left = t.cell(0, 0)
    left.paragraphs[0]._element.getparent().remove(left.paragraphs[0]._element)
    p = para(left, "Nơi nhận:", size=12, bold=True, italic=True, space_after=0)
    for ln in (noi_nhan or ["- Như trên;", "- Lưu: VT."]):
        para(left, ln, size=11, space_after=0)
    right = t.cell(0, 1)
    lines = [r["signer"][0]]
    if r["signer"][1]:
        lines += r["signer"][1].split("\n")
    lines += ["", "", "", r["signer"][2]]
    cell_text(right, lines, size=size, bold_idx=tuple(range(len(lines))))


def lowkind(name):
    k, rest = name.split(" ", 1)
    return k.lower() + " " + rest


def sha(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def lo_resave(path):
    ext = os.path.splitext(path)[1][1:]
    tmp = tempfile.mkdtemp()
    subprocess.run(["libreoffice", "--headless", "--convert-to", ext, "--outdir", tmp, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    out = os.path.join(tmp, os.path.basename(path))
    shutil.move(out, path)
    shutil.rmtree(tmp, ignore_errors=True)


# ------------------------------------------------------------------ hand 1
def render_h1(r, path):
    d = new_doc()
    header_block(d, r)
    para(d, "")
    para(d, "BÁO CÁO", 14, bold=True, align="c", space_after=0)
    para(d, r["title"], 14, bold=True, align="c", space_after=10)
    para(d, "Kính gửi: " + r["recipient"], 14, align="c", space_after=10)
    para(d, r["intro"], 14, align="j", indent=1.0)
    if r.get("mistaken"):
        para(d, "I. KẾT QUẢ THỰC HIỆN 10 THÁNG NĂM 2026", 14, bold=True)
    else:
        para(d, "I. KẾT QUẢ THỰC HIỆN NĂM 2026", 14, bold=True)
    for i, e in enumerate(r["entries"], 1):
        para(d, "%d. %s" % (i, e["title"]), 14, bold=True, indent=1.0)
        para(d, e["body"], 14, align="j", indent=1.0)
        if e.get("plan27"):
            para(d, e["plan27"], 14, italic=True, align="j", indent=1.0)
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", 14, bold=True)
    for x in r["difficulties"]:
        para(d, "- " + x, 14, align="j", indent=1.0)
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", 14, bold=True)
    for x in r["proposals"]:
        para(d, "- " + x, 14, align="j", indent=1.0)
    para(d, "Trên đây là báo cáo của %s./." % r["unit"][1], 14, align="j", indent=1.0)
    signature(d, r, 14, ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT."])
    d.save(path)


# ------------------------------------------------------------------ hand 3
def render_h3(r, path):
    d = new_doc()
    header_block(d, r)
    para(d, "")
    para(d, "BÁO CÁO", 14, bold=True, align="c", space_after=0)
    para(d, r["title"], 14, bold=True, align="c", space_after=8)
    para(d, "Kính gửi: " + r["recipient"], 14, align="c", space_after=8)
    para(d, r["intro"], 14, align="j", indent=1.27)
    n = 0
    for i, e in enumerate(r["entries"]):
        n += 1
        font = "Arial" if i == 1 else "Times New Roman"   # pasted paragraph left in Arial
        size = 12 if i == 1 else 14
        para(d, "%d. %s" % (n, e["body"]), size, align="j", indent=1.27, font=font)
        if i == 2 and r["id"] == "h3_tandinh":
            n += 1
            para(d, "%d. " % n, 14, indent=1.27)   # stray empty item
    para(d, "")
    para(d, "* Khó khăn:", 14, bold=True, indent=1.27)
    for x in r["difficulties"]:
        para(d, "- " + x, 14, align="j", indent=1.27)
    para(d, "* Kiến nghị:", 14, bold=True, indent=1.27)
    for x in r["proposals"]:
        para(d, "- " + x, 14, align="j", indent=1.27)
    para(d, "Ủy ban nhân dân %s báo cáo./." % lowkind(r["unit"][1]), 14, indent=1.27)
    signature(d, r, 13, ["- Như trên;", "- Lưu: VT, KT."])
    d.save(path)


# ------------------------------------------------------------------ hand 5
LETTERS = "abcdđeghik"


def render_h5(r, path):
    d = new_doc()
    header_block(d, r)
    para(d, "")
    para(d, "BÁO CÁO", 14, bold=True, align="c", space_after=0)
    para(d, r["title"], 14, bold=True, align="c", space_after=8)
    para(d, "Kính gửi: " + r["recipient"], 14, align="c", space_after=8)
    para(d, r["intro"], 14, align="j", indent=1.0)
    para(d, "I/ KẾT QUẢ THỰC HIỆN", 14, bold=True)
    for i, e in enumerate(r["entries"], 1):
        para(d, "%d/ %s" % (i, e["title"]), 14, bold=True, indent=1.0)
        for j, s in enumerate(e["subs"]):
            para(d, "%s/ %s" % (LETTERS[j], s), 14, align="j", indent=1.5, space_after=2)
    para(d, "II/ TỒN TẠI, VƯỚNG MẮC", 14, bold=True)
    for i, x in enumerate(r["difficulties"], 1):
        para(d, "%d/ %s" % (i, x), 14, align="j", indent=1.0)
    para(d, "III/ KIẾN NGHỊ, ĐỀ XUẤT", 14, bold=True)
    for i, x in enumerate(r["proposals"], 1):
        para(d, "%d/ %s" % (i, x), 14, align="j", indent=1.0)
    signature(d, r, 13, ["- Như trên;", "- Lưu."])
    d.save(path)


# ------------------------------------------------------------------ hand 2
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xl_header(ws, r, width_right_col):
    dd, mm, yy = r["date"]
    for i, ln in enumerate(r["header_left"], 1):
        c = ws.cell(row=i, column=1, value=ln)
        c.font = Font(name="Times New Roman", size=11, bold=i > 1)
    ws.cell(row=1, column=width_right_col, value="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").font = Font(name="Times New Roman", size=11, bold=True)
    ws.cell(row=2, column=width_right_col, value="Độc lập - Tự do - Hạnh phúc").font = Font(name="Times New Roman", size=11, bold=True)


def render_h2(r, path):
    wb = Workbook()
    ws = wb.active
    ws.title = r["sheet"]
    xl_header(ws, r, 5)
    dd, mm, yy = r["date"]
    row = len(r["header_left"]) + 1
    if r["number"]:
        ws.cell(row=row, column=1, value="Số: " + r["number"]).font = Font(name="Times New Roman", size=11)
    ws.cell(row=row, column=5, value="TP. Hồ Chí Minh, ngày %02d tháng %s năm %d" % (dd, ("%02d" % mm) if mm < 3 else mm, yy)).font = Font(name="Times New Roman", size=11, italic=True)
    row += 2
    ws.cell(row=row, column=1, value=r["title"]).font = Font(name="Times New Roman", size=13, bold=True)
    row += 1
    ws.cell(row=row, column=1, value=r["name_line"]).font = Font(name="Times New Roman", size=11, italic=True)
    row += 2
    hdr = ["STT", "Ngày", "Hoạt động", "Hình thức", "Kết quả", "Thuộc việc (ghi tắt)"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=row, column=j, value=h)
        c.font = Font(name="Times New Roman", size=11, bold=True)
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    panel_hdr = ["Việc", "Tổng kết quả", "Tình trạng"]
    ws.cell(row=row - 1, column=8, value="TỔNG HỢP THEO VIỆC").font = Font(name="Times New Roman", size=11, bold=True)
    for j, h in enumerate(panel_hdr, 8):
        c = ws.cell(row=row, column=j, value=h)
        c.font = Font(name="Times New Roman", size=11, bold=True)
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    top = row
    # register: rows sorted by date, as a log is
    acts = []
    for job in r["jobs"]:
        for (dm, name, form, res) in job["rows"]:
            acts.append((datetime.date(yy, dm[1], dm[0]), name, form, res, job["short"]))
    acts.sort(key=lambda a: a[0])
    for k, a in enumerate(acts, 1):
        row = top + k
        vals = [k, a[0], a[1], a[2], a[3], a[4]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=row, column=j, value=v)
            c.font = Font(name="Times New Roman", size=11)
            c.border = BOX
            c.alignment = Alignment(vertical="top", wrap_text=True)
            if j == 2:
                c.number_format = "dd/mm/yyyy"
    for k, job in enumerate(r["jobs"], 1):
        rr = top + k
        for j, v in enumerate([job["short"], job["total"], job["st"]], 8):
            c = ws.cell(row=rr, column=j, value=v)
            c.font = Font(name="Times New Roman", size=11)
            c.border = BOX
            c.alignment = Alignment(vertical="top", wrap_text=True)
    row = top + max(len(acts), len(r["jobs"])) + 2
    ws.cell(row=row, column=1, value="Khó khăn:").font = Font(name="Times New Roman", size=11, bold=True)
    for x in r["difficulties"]:
        row += 1
        ws.cell(row=row, column=2, value="- " + x).font = Font(name="Times New Roman", size=11)
    row += 1
    ws.cell(row=row, column=1, value="Đề xuất:").font = Font(name="Times New Roman", size=11, bold=True)
    for x in r["proposals"]:
        row += 1
        ws.cell(row=row, column=2, value="- " + x).font = Font(name="Times New Roman", size=11)
    row += 2
    ws.cell(row=row, column=2, value="Người lập biểu").font = Font(name="Times New Roman", size=11, bold=True)
    ws.cell(row=row, column=5, value=r["signer"][0]).font = Font(name="Times New Roman", size=11, bold=True)
    if r["signer"][1]:
        row += 1
        ws.cell(row=row, column=5, value=r["signer"][1]).font = Font(name="Times New Roman", size=11, bold=True)
    row += 4
    ws.cell(row=row, column=2, value=r["preparer"]).font = Font(name="Times New Roman", size=11)
    ws.cell(row=row, column=5, value=r["signer"][2]).font = Font(name="Times New Roman", size=11, bold=True)
    for col, w in zip("ABCDEFGHIJ", (5, 11, 46, 16, 26, 24, 2, 26, 30, 20)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = ws.cell(row=top + 1, column=1)
    wb.save(path)


# ------------------------------------------------------------------ hand 4
def render_h4(r, path):
    wb = Workbook()
    ws = wb.active
    ws.title = r["sheet"]
    xl_header(ws, r, 6)
    dd, mm, yy = r["date"]
    ws.cell(row=3, column=1, value="Số: " + r["number"]).font = Font(name="Times New Roman", size=11)
    place = r["unit"][1].split(" ", 1)[1]
    ws.cell(row=3, column=6, value="%s, ngày %02d tháng %d năm %d" % (place, dd, mm, yy)).font = Font(name="Times New Roman", size=11, italic=True)
    ws.cell(row=5, column=1, value=r["title"]).font = Font(name="Times New Roman", size=13, bold=True)
    ws.cell(row=6, column=1, value="(Kèm theo Báo cáo số %s của UBND %s)" % (r["number"], lowkind(r["unit"][1]))).font = Font(name="Times New Roman", size=11, italic=True)
    hdr = ["TT", "Nội dung công việc", "Chỉ tiêu", "ĐVT", "Quý I", "Quý II", "Quý III", "Tháng 10", "Cộng 10 tháng", "Đánh giá"]
    top = 8
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=top, column=j, value=h)
        c.font = Font(name="Times New Roman", size=11, bold=True)
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    row = top
    for k, job in enumerate(r["jobs"], 1):
        first = row + 1
        for (lab, unit, qs, ind) in job["rows"]:
            row += 1
            ws.cell(row=row, column=3, value=lab)
            ws.cell(row=row, column=4, value=unit)
            for q, v in enumerate(qs):
                ws.cell(row=row, column=5 + q, value=v if v is not None else "-")
            if all(v is None for v in qs):
                ws.cell(row=row, column=9, value="-")
            elif r.get("formulas"):
                ws.cell(row=row, column=9, value="=SUM(E%d:H%d)" % (row, row))
            else:
                ws.cell(row=row, column=9, value=sum(v or 0 for v in qs))
            for c in range(5, 10):
                if unit == "đồng":
                    ws.cell(row=row, column=c).number_format = "#,##0"
        last = row
        ws.cell(row=first, column=1, value=k)
        ws.cell(row=first, column=2, value=job["name"])
        ws.cell(row=first, column=10, value=job["st"])
        if last > first:
            for col in (1, 2, 10):
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        for rr in range(first, last + 1):
            for c in range(1, 11):
                cell = ws.cell(row=rr, column=c)
                cell.border = BOX
                cell.font = Font(name="Times New Roman", size=11)
                cell.alignment = Alignment(vertical="center", wrap_text=True,
                                           horizontal="center" if c in (1, 4, 10) else None)
    row += 2
    ws.cell(row=row, column=1, value="Khó khăn:").font = Font(name="Times New Roman", size=11, bold=True)
    for x in r["difficulties"]:
        row += 1
        ws.cell(row=row, column=2, value="- " + x)
    row += 1
    ws.cell(row=row, column=1, value="Đề xuất:").font = Font(name="Times New Roman", size=11, bold=True)
    for x in r["proposals"]:
        row += 1
        ws.cell(row=row, column=2, value="- " + x)
    row += 2
    ws.cell(row=row, column=2, value="Người lập biểu").font = Font(name="Times New Roman", size=11, bold=True)
    s = [r["signer"][0]] + (r["signer"][1].split("\n") if r["signer"][1] else [])
    for i, ln in enumerate(s):
        ws.cell(row=row + i, column=8, value=ln).font = Font(name="Times New Roman", size=11, bold=True)
    row += len(s) + 3
    ws.cell(row=row, column=2, value=r["preparer"])
    ws.cell(row=row, column=8, value=r["signer"][2]).font = Font(name="Times New Roman", size=11, bold=True)
    for col, w in zip("ABCDEFGHIJ", (5, 40, 20, 9, 11, 11, 11, 11, 13, 18)):
        ws.column_dimensions[col].width = w
    wb.save(path)


RENDER = {"H1": render_h1, "H2": render_h2, "H3": render_h3, "H4": render_h4, "H5": render_h5}


# ------------------------------------------------------------------ keys
def entries_of(r):
    out = []
    if r["hand"] in ("H1",):
        for e in r["entries"]:
            out.append(dict(task=e["task"], status=e["status"], indicators=e["ind"], text=e["body"]))
    elif r["hand"] == "H3":
        for e in r["entries"]:
            out.append(dict(task=e["task"], status=e["status"], indicators=e["ind"], text=e["body"]))
    elif r["hand"] == "H5":
        for e in r["entries"]:
            out.append(dict(task=e["task"], status=e["status"], indicators=e["ind"], text=e["title"]))
    elif r["hand"] == "H2":
        for j in r["jobs"]:
            out.append(dict(task=j["task"], status=j["status"], indicators=j["ind"],
                            text=j["short"]))
    elif r["hand"] == "H4":
        for j in r["jobs"]:
            ind = {}
            for (lab, unit, qs, key) in j["rows"]:
                if key:
                    ind[key] = sum(v or 0 for v in qs)
            out.append(dict(task=j["task"], status=j["status"], indicators=ind, text=j["name"]))
    return out


def main():
    os.makedirs(TRUTH, exist_ok=True)
    for r in REPORTS:
        path = os.path.join(HERE, r["file"])
        RENDER[r["hand"]](r, path)
        if r.get("libreoffice"):
            lo_resave(path)
        dd, mm, yy = r["date"]
        key = {
            "file": r["file"],
            "sha256": sha(path),
            "status": "rejected" if r.get("mistaken") else "extracted",
            "reason": r.get("reason"),
            "unit": {"id": r["unit"][0], "name": r["unit"][1]},
            "document": {"number": r["number"], "date": "%04d-%02d-%02d" % (yy, mm, dd)},
            "entries": [] if r.get("mistaken") else entries_of(r),
            "findings": [],
            "difficulties": [] if r.get("mistaken") else r["difficulties"],
            "proposals": [] if r.get("mistaken") else r["proposals"],
        }
        with open(os.path.join(TRUTH, r["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
        print("wrote", r["file"])


if __name__ == "__main__":
    main()
