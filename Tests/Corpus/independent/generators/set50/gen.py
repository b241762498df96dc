# -*- coding: utf-8 -*-
"""Generator for set 50. Renders content.py per hand, re-saves two files through LibreOffice,
then writes truth/<file>.json with the sha256 of the final file."""
import hashlib, json, os, shutil, subprocess, sys, tempfile, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
from content import *

OUT = os.path.dirname(os.path.abspath(__file__))
LO_RESAVE = {"tan-son-nhi-bc-ct38-t11.docx", "phu-giao-bao-cao-tdc-2026.xlsx"}


def vn_date(iso, pad=True):
    y, m, d = iso.split("-")
    if not pad:
        d, m = str(int(d)), str(int(m))
    return f"ngày {d} tháng {m} năm {y}"


def base_doc(size=13):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    return doc


def para(container, text="", bold=False, italic=False, align=None, size=None, indent=None, space_after=3, underline=False):
    p = container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(space_after)
    return p


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
    """lines: list of (text, bold, italic, underline)"""
    cell.paragraphs[0].text = ""
    first = True
    for t, b, i, u in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(t)
        r.bold, r.italic, r.underline = b, i, u
        r.font.size = Pt(13)


def layout_header(doc, left, right):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.columns[0].width = Cm(6.5)
    t.columns[1].width = Cm(9.5)
    cell_lines(t.cell(0, 0), left)
    cell_lines(t.cell(0, 1), right)
    return t


QH = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False, False)
DL = ("Độc lập - Tự do - Hạnh phúc", True, False, True)


def signature_block(doc, noinest, signer_lines, name):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    c0 = t.cell(0, 0)
    c0.paragraphs[0].text = ""
    r = c0.paragraphs[0].add_run("Nơi nhận:")
    r.bold, r.italic = True, True
    r.font.size = Pt(12)
    for n in noinest:
        p = c0.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        rr = p.add_run(n)
        rr.font.size = Pt(11)
    lines = [(s, True, False, False) for s in signer_lines if s] + [("", False, False, False)] * 3 + [(name, True, False, False)]
    cell_lines(t.cell(0, 1), lines)


# ------------------------------------------------------------------ Hand A
def render_A(r, rejected=False):
    doc = base_doc(13)
    unitU = r["unit"][1].upper()
    layout_header(doc,
                  [("ỦY BAN NHÂN DÂN", False, False, False), (unitU, True, False, True), ("", False, False, False),
                   (f"Số: {r['number']}", False, False, False)],
                  [QH, DL, ("", False, False, False), (f"{r['place']}, {vn_date(r['date'])}", False, True, False)])
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", size=14, space_after=0)
    t2 = r.get("title2") or "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng"
    para(doc, t2, bold=True, align="c", size=14, space_after=0)
    para(doc, "__________", align="c")
    para(doc, r["intro"], align="j", indent=1)
    para(doc, "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", bold=True, indent=1)
    para(doc, r["chidao"], align="j", indent=1)
    para(doc, "II. KẾT QUẢ THỰC HIỆN", bold=True, indent=1)
    for it in r["items"]:
        for k, t in enumerate(it["text"]):
            para(doc, (f"{it['l']}) " if k == 0 else "") + t, align="j", indent=1)
    para(doc, "III. ĐÁNH GIÁ CHUNG", bold=True, indent=1)
    for t in r["danhgia"]:
        para(doc, "- " + t, align="j", indent=1)
    para(doc, "IV. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=1)
    for t in r["diffs"]:
        para(doc, "- " + t, align="j", indent=1)
    para(doc, "V. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=1)
    for t in r["props"]:
        para(doc, "- " + t, align="j", indent=1)
    kind, nm = r['unit'][1].split(' ', 1)
    para(doc, f"Trên đây là báo cáo của UBND {kind.lower()} {nm}./.", indent=1)
    s = r["signer"]
    signature_block(doc, ["- Chi cục TĐC (b/c);", "- TT. Đảng ủy phường (b/c);", "- CT, các PCT UBND phường;", "- Lưu: VT, KT."],
                    ["TM. ỦY BAN NHÂN DÂN", s[0], s[1]] if s[0].startswith("KT") else [s[0], s[1]], s[2])
    return doc


# ------------------------------------------------------------------ Hand C
def render_C(r):
    doc = base_doc(13)
    layout_header(doc,
                  [("ỦY BAN NHÂN DÂN", False, False, False), ("THÀNH PHỐ HỒ CHÍ MINH", False, False, False),
                   (r["unit"][1].upper(), True, False, True), ("", False, False, False), (f"Số: {r['number']}", False, False, False)],
                  [QH, DL, ("", False, False, False), ("", False, False, False),
                   (f"Thành phố Hồ Chí Minh, {vn_date(r['date'])}", False, True, False)])
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", size=14, space_after=0)
    para(doc, "Kết quả thực hiện các nhiệm vụ phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ",
         bold=True, align="c", space_after=0)
    para(doc, "________________", align="c")
    para(doc, f"Theo đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh về việc báo cáo tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, {r['unit'][1]} báo cáo như sau:", align="j", indent=1)
    para(doc, "I. TÓM TẮT TIẾN ĐỘ", bold=True)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["STT", "Nhiệm vụ phối hợp", "Đơn vị tham mưu", "Tiến độ"]
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        rr = c.paragraphs[0].add_run(h)
        rr.bold = True
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, it in enumerate(r["items"], 1):
        row = t.add_row().cells
        row[0].text = str(i)
        row[1].text = it["short"]
        row[2].text = r["dept_div"] if it["task"] not in ("II.2.đ", "II.3.a") else "Văn phòng Sở"
        row[3].text = it["word"]
    for row in t.rows:
        for j, w in enumerate((Cm(1.2), Cm(7.5), Cm(4.3), Cm(3))):
            row.cells[j].width = w
    para(doc)
    para(doc, "II. KẾT QUẢ CỤ THỂ", bold=True)
    for i, it in enumerate(r["items"], 1):
        para(doc, f"{i}. {it['short']}", bold=True, italic=True, indent=1)
        para(doc, it["para"], align="j", indent=1)
    para(doc, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for t_ in r["diffs"]:
        para(doc, "- " + t_, align="j", indent=1)
    para(doc, "IV. KIẾN NGHỊ, ĐỀ XUẤT", bold=True)
    for t_ in r["props"]:
        para(doc, "- " + t_, align="j", indent=1)
    para(doc, f"{r['unit'][1]} báo cáo để Chi cục Tiêu chuẩn Đo lường Chất lượng tổng hợp./.", indent=1)
    s = r["signer"]
    signature_block(doc, ["- Như trên;", "- Sở Khoa học và Công nghệ;", "- Giám đốc Sở (để b/c);", f"- Lưu: VT, {r['code']}."],
                    [s[0], s[1]], s[2])
    return doc


# ------------------------------------------------------------------ Hand D
def render_D(r):
    doc = base_doc(13)
    unitU = r["unit"][1].upper()
    para(doc, "ỦY BAN NHÂN DÂN", space_after=0)
    para(doc, unitU, bold=True, space_after=0)
    para(doc, f"Số: {r['number']}", space_after=6)
    para(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align="c", space_after=0)
    para(doc, "Độc lập - Tự do - Hạnh phúc", bold=True, align="c", space_after=6)
    para(doc, f"{r['place']}, {vn_date(r['date'])}", italic=True, align="r")
    para(doc, "BÁO CÁO", bold=True, align="c", size=14, space_after=0)
    para(doc, "V/v kết quả thực hiện KH triển khai Chỉ thị 38-CT/TW năm 2026", bold=True, align="c")
    para(doc, f"UBND {r['unit'][1].split(' ', 1)[0].lower()} {r['unit'][1].split(' ', 1)[1]} báo cáo kết quả thực hiện  các nội dung liên quan như sau:", indent=1)
    for i, it in enumerate(r["items"], 1):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.space_after = Pt(2)
        r1 = p.add_run(f"{i}. {it['title']}")
        r1.bold = True
        p.add_run("\t")
        r2 = p.add_run(it["word"])
        r2.italic = True
        for ln in it["lines"]:
            dash = "–" if i % 2 else "-"
            q = para(doc, f"{dash} {ln}", space_after=0)
            q.paragraph_format.left_indent = Cm(0.8)
    para(doc)
    para(doc, "Khó khăn:", bold=True, space_after=0)
    for t_ in r["diffs"]:
        q = para(doc, "– " + t_, space_after=0)
        q.paragraph_format.left_indent = Cm(0.8)
    para(doc, "Kiến nghị:", bold=True, space_after=0)
    for t_ in r["props"]:
        q = para(doc, "– " + t_, space_after=0)
        q.paragraph_format.left_indent = Cm(0.8)
    para(doc)
    s = r["signer"]
    for ln in s[:3]:
        if ln:
            para(doc, ln, bold=True, align="r", space_after=0)
    for _ in range(3):
        para(doc, "", space_after=0)
    para(doc, s[3], bold=True, align="r")
    para(doc, "Nơi nhận: Chi cục TĐC; Lưu VT.", italic=True, size=11)
    return doc


# ------------------------------------------------------------------ Hand B
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def render_B(r):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "BC"
    ws["A1"] = "ỦY BAN NHÂN DÂN"
    ws["A2"] = r["unit"][1].upper()
    ws["A2"].font = Font(bold=True)
    ws["A3"] = f"Số: {r['number']}"
    ws.merge_cells("D1:F1"); ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(bold=True)
    ws.merge_cells("D2:F2"); ws["D2"] = "Độc lập - Tự do - Hạnh phúc"; ws["D2"].font = Font(bold=True, underline="single")
    ws.merge_cells("D3:F3"); ws["D3"] = f"{r['place']}, {vn_date(r['date'])}"; ws["D3"].font = Font(italic=True)
    for c in ("D1", "D2", "D3"):
        ws[c].alignment = Alignment(horizontal="center")
    ws.merge_cells("A5:F5"); ws["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026"
    ws["A5"].font = Font(bold=True, size=13); ws["A5"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A6:F6"); ws["A6"] = "(lĩnh vực tiêu chuẩn, đo lường, chất lượng)"
    ws["A6"].font = Font(italic=True); ws["A6"].alignment = Alignment(horizontal="center")
    hdr = ["STT", "Công việc", "Số lượng", "Tính bằng", "Tình hình", "Ghi chú"]
    row = 8
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row, j, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    row += 1
    for i, it in enumerate(r["items"], 1):
        vals = [i, it["job"], None, None, B_WORD[it["st"]] or None, it["note"] or None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row, j, v); c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        row += 1
        for num, unit in it["rows"]:
            for j in range(1, 7):
                ws.cell(row, j).border = BOX
            v = num
            if r["unit"][0] == "27559" and unit == "cơ sở vi phạm":
                v = f"{num:02d}"  # typed as text with the leading zero
            c = ws.cell(row, 3, v)
            if isinstance(v, int) and v >= 1000:
                c.number_format = "#,##0"
            ws.cell(row, 4, unit)
            row += 1
    row += 1
    ws.cell(row, 2, "Khó khăn, vướng mắc:").font = Font(bold=True); row += 1
    for t_ in r["diffs"]:
        ws.cell(row, 2, "- " + t_); row += 1
    ws.cell(row, 2, "Kiến nghị:").font = Font(bold=True); row += 1
    for t_ in r["props"]:
        ws.cell(row, 2, "- " + t_); row += 1
    row += 1
    s = r["signer"]
    for ln in s[:2]:
        if ln:
            ws.cell(row, 5, ln).font = Font(bold=True); row += 1
    row += 3
    ws.cell(row, 5, s[2]).font = Font(bold=True)
    for col, w in zip("ABCDEF", (5, 55, 12, 20, 16, 22)):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    return wb


# ------------------------------------------------------------------ Hand E
def render_E(r, rejected=False):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Phieu bao cao"
    ws.merge_cells("A1:E1")
    ws["A1"] = r.get("title") or "PHIẾU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38-CT/TW NĂM 2026"
    ws["A1"].font = Font(bold=True, size=13); ws["A1"].alignment = Alignment(horizontal="center")
    ws["A3"] = "Đơn vị báo cáo:"; ws["B3"] = "UBND " + r["unit"][1]
    ws["A4"] = "Số văn bản:"; ws["B4"] = r["number"]
    ws["A5"] = "Ngày báo cáo:"
    y, m, d = map(int, r["date"].split("-"))
    ws["B5"] = datetime.datetime(y, m, d); ws["B5"].number_format = "dd/mm/yyyy"
    ws["B5"].alignment = Alignment(horizontal="left")
    ws["A6"] = "Người điền phiếu:"; ws["B6"] = f"{r['officer']} - ĐT: {r['phone']}"
    for c in ("A3", "A4", "A5", "A6"):
        ws[c].font = Font(italic=True)
    hdr = ["TT", "Việc cần làm (theo KH của Sở)", "Phường đã thực hiện chưa?", "Nếu có, số liệu cụ thể", "Ghi chú"]
    row = 8
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row, j, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    row += 1
    for i, it in enumerate(r["items"], 1):
        for j, v in enumerate([i, it["job"], it["ans"], it["fig"] or None, it["note"] or None], 1):
            c = ws.cell(row, j, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
        row += 1
    row += 1
    ws.cell(row, 1, "Khó khăn của phường:").font = Font(bold=True); row += 1
    for t_ in r["ykien_kk"]:
        ws.cell(row, 2, t_); row += 1
    ws.cell(row, 1, "Phường đề xuất:").font = Font(bold=True); row += 1
    for t_ in r["ykien_dx"]:
        ws.cell(row, 2, t_); row += 1
    for col, w in zip("ABCDE", (18, 50, 18, 36, 26)):
        ws.column_dimensions[col].width = w
    return wb


# ------------------------------------------------------------------ keys
def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def key(r, entries, diffs, props, rejected=False, reason=None):
    return {"file": r["file"], "sha256": None, "status": "rejected" if rejected else "extracted",
            "reason": reason, "unit": {"id": r["unit"][0], "name": r["unit"][1]},
            "document": {"number": r["number"], "date": r["date"]},
            "entries": [] if rejected else entries, "findings": [],
            "difficulties": [] if rejected else diffs, "proposals": [] if rejected else props}


def ent(task, st, ind, text):
    return {"task": task, "status": st, "indicators": dict(ind), "text": text}


def resave_lo(path):
    ext = path.rsplit(".", 1)[1]
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/prof", "--convert-to", ext,
                        "--outdir", td + "/out", path], check=True, capture_output=True, timeout=180)
        shutil.copy(os.path.join(td, "out", os.path.basename(path)), path)


def main():
    keys = []
    for r in HAND_A:
        render_A(r).save(os.path.join(OUT, r["file"]))
        keys.append(key(r, [ent(i["task"], i["st"], i["ind"], " ".join(i["text"])) for i in r["items"]], r["diffs"], r["props"]))
    r = HAND_A_REJ
    render_A(r).save(os.path.join(OUT, r["file"]))
    keys.append(key(r, [], [], [], True, "Báo cáo kết quả chuyển đổi số 9 tháng, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW"))
    for r in HAND_B:
        render_B(r).save(os.path.join(OUT, r["file"]))
        keys.append(key(r, [ent(i["task"], i["st"], i["ind"], i["job"]) for i in r["items"]], r["diffs"], r["props"]))
    for r in HAND_C:
        render_C(r).save(os.path.join(OUT, r["file"]))
        keys.append(key(r, [ent(i["task"], i["st"], i["ind"], i["para"]) for i in r["items"]], r["diffs"], r["props"]))
    for r in HAND_D:
        render_D(r).save(os.path.join(OUT, r["file"]))
        keys.append(key(r, [ent(i["task"], i["st"], i["ind"], i["title"] + ": " + "; ".join(i["lines"])) for i in r["items"]], r["diffs"], r["props"]))
    for r in HAND_E:
        render_E(r).save(os.path.join(OUT, r["file"]))
        keys.append(key(r, [ent(i["task"], i["st"], i["ind"], i["job"] + (": " + i["fig"] if i["fig"] else "")) for i in r["items"]], r["ykien_kk"], r["ykien_dx"]))
    r = HAND_E_REJ
    render_E(r).save(os.path.join(OUT, r["file"]))
    keys.append(key(r, [], [], [], True, "Phiếu báo cáo kiểm tra an toàn thực phẩm Tết Trung thu, không phải báo cáo thực hiện Kế hoạch CT38"))
    for f in LO_RESAVE:
        resave_lo(os.path.join(OUT, f))
    os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
    for k in keys:
        k["sha256"] = sha(os.path.join(OUT, k["file"]))
        with open(os.path.join(OUT, "truth", k["file"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)
    print(len(keys), "files")


if __name__ == "__main__":
    main()
