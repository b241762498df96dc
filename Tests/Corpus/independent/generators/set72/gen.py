# -*- coding: utf-8 -*-
"""Generator for set 72 (4 hands). Builds files and truth keys."""
import json, hashlib, os, shutil, subprocess, tempfile, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from data import REPORTS

OUT = os.path.dirname(os.path.abspath(__file__))
SIGNERS = ["Nguyễn Văn Tùng", "Trần Thị Kim Loan", "Phạm Minh Đức", "Võ Thị Hồng", "Lê Quang Vinh", "Đỗ Thành Nhân"]

def vn_date(iso):
    y, m, d = iso.split("-"); return d, m, y

def set_font(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]; st.font.name = name; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)

def no_borders(table):
    tbl = table._tbl; tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}"); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)

def para(doc_or_cell, text="", bold=False, italic=False, underline=False, align=None, size=None, space_after=None, indent=None):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    return p

def header_table(doc, r, left_top, left_unit, num_prefix="Số: "):
    d, m, y = vn_date(r["date"])
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    L, R = t.rows[0].cells
    L.paragraphs[0].text = ""
    p = L.paragraphs[0]; run = p.add_run(left_top); run.font.size = Pt(12); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if left_unit: para(L, left_unit, bold=True, align="c", size=12, space_after=0)
    else: run.bold = True
    para(L, "——————", align="c", size=10, space_after=0)
    para(L, num_prefix + r["number"], align="c", size=12)
    p = R.paragraphs[0]; run = p.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"); run.bold = True; run.font.size = Pt(12); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(R, "Độc lập - Tự do - Hạnh phúc", bold=True, align="c", size=13, space_after=0)
    para(R, "———————————", align="c", size=10, space_after=0)
    para(R, f"{r['place']}, ngày {d} tháng {m} năm {y}", italic=True, align="c", size=13)
    return t

def signature(doc, who, extra_left=None):
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    L, R = t.rows[0].cells
    p = L.paragraphs[0]; rr = p.add_run("Nơi nhận:"); rr.bold = True; rr.italic = True; rr.font.size = Pt(12)
    for line in (extra_left or ["- Sở Khoa học và Công nghệ;", "- Chi cục TĐC TP.HCM;", "- TT. Đảng ủy, TT. HĐND;", "- CT, các PCT UBND;", "- Lưu: VT."]):
        para(L, line, size=11, space_after=0)
    p = R.paragraphs[0]; rr = p.add_run("TM. ỦY BAN NHÂN DÂN"); rr.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(R, "KT. CHỦ TỊCH", bold=True, align="c", space_after=0)
    para(R, "PHÓ CHỦ TỊCH", bold=True, align="c")
    para(R, ""); para(R, "")
    para(R, who, bold=True, align="c")

# ---------------- Hand A ----------------
def build_A(r, path, k):
    doc = Document(); set_font(doc, size=14)
    unit_up = r["uname"].upper()
    header_table(doc, r, "ỦY BAN NHÂN DÂN", unit_up)
    para(doc, "")
    para(doc, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(doc, "Kết quả thực hiện Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c", space_after=0)
    para(doc, "về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng", bold=True, align="c")
    para(doc, r["intro"], align="j", indent=1.0)
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    n = 0
    for e in r["entries"]:
        if e.get("merge"):
            para(doc, "Ngoài ra: " + e["body"], align="j", indent=1.0)
            continue
        n += 1
        para(doc, f"{n}. {e['title']}", bold=True, space_after=2)
        body = e["body"].replace("; ", ";  ") if k % 2 else e["body"]   # untidy double spaces
        para(doc, body, align="j", indent=1.0, space_after=2)
        if e["st"]:
            para(doc, e["st"], space_after=8, indent=1.0)
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for x in r["diff"]: para(doc, "- " + x, align="j", indent=1.0)
    para(doc, "III. KIẾN NGHỊ", bold=True)
    for x in r["prop"]: para(doc, "- " + x, align="j", indent=1.0)
    para(doc, f"Trên đây là báo cáo kết quả thực hiện Chỉ thị số 38-CT/TW năm 2026 của UBND {r['uname'].split(' ',1)[0].lower()} {r['uname'].split(' ',1)[1]}./.  ", align="j", indent=1.0)
    signature(doc, SIGNERS[k % len(SIGNERS)])
    doc.save(path)

# ---------------- Hand C ----------------
def build_C(r, path, k):
    doc = Document(); set_font(doc, size=13)
    unit_up = r["uname"].upper()
    header_table(doc, r, "UBND " + unit_up, "")
    para(doc, "")
    para(doc, "BÁO CÁO", bold=True, align="c", space_after=0, size=14)
    sub = r.get("title2") or "Kết quả triển khai thực hiện Kế hoạch thực hiện Chỉ thị số 38-CT/TW năm 2026"
    para(doc, sub, bold=True, align="c")
    para(doc, r["intro"], align="j", indent=1.27)
    para(doc, "I. KẾT QUẢ THỰC HIỆN" if not r.get("rejected") else "I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", bold=True)
    for i, e in enumerate(r["entries"], 1):
        para(doc, f"{i}. {e['title']}", bold=True, underline=True, space_after=2)
        p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1.27)
        a = p.add_run("- Chỉ đạo: "); a.italic = True
        p.add_run(e["dir"]); p.paragraph_format.space_after = Pt(2)
        p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1.27); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        a = p.add_run("- Tổ chức thực hiện: "); a.italic = True
        p.add_run(e["body"]); p.paragraph_format.space_after = Pt(2)
        if e["st"]:
            p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1.27)
            a = p.add_run("- Kết quả: "); a.italic = True
            p.add_run(e["st"])
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC VÀ NGUYÊN NHÂN", bold=True)
    for i, x in enumerate(r["diff"], 1): para(doc, f"{i}. {x}", align="j", indent=1.27)
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for i, x in enumerate(r["prop"], 1): para(doc, f"{i}. {x}", align="j", indent=1.27)
    para(doc, "Ủy ban nhân dân " + r["uname"].split(" ",1)[0].lower() + " " + r["uname"].split(" ",1)[1] + " kính báo cáo./.", indent=1.27)
    signature(doc, SIGNERS[(k + 2) % len(SIGNERS)])
    doc.save(path)

# ---------------- Hand B ----------------
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
def build_B(r, path, k):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "BaoCao"
    d, m, y = vn_date(r["date"])
    ws["A1"] = "UBND " + r["uname"].upper(); ws["A1"].font = Font(bold=True)
    ws["A2"] = "Số: " + r["number"]
    ws["H1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["H1"].font = Font(bold=True)
    ws["H2"] = "Độc lập - Tự do - Hạnh phúc"; ws["H2"].font = Font(bold=True)
    ws["H3"] = f"{r['place']}, ngày {d} tháng {m} năm {y}"; ws["H3"].font = Font(italic=True)
    ws.merge_cells("A5:L5"); ws["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW NĂM 2026"
    ws["A5"].font = Font(bold=True, size=13); ws["A5"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A6:L6"); ws["A6"] = "(Về công tác tiêu chuẩn, đo lường, chất lượng trên địa bàn)"
    ws["A6"].alignment = Alignment(horizontal="center"); ws["A6"].font = Font(italic=True)
    hdr = ["STT", "Nội dung công việc", "Cách làm / ghi chú", "Nội dung số liệu 1", "Số", "Nội dung số liệu 2", "Số",
           "Nội dung số liệu 3", "Số", "Nội dung số liệu 4", "Số", "Đánh giá"]
    R0 = 8
    for j, h in enumerate(hdr, 1):
        c = ws.cell(R0, j, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    row = R0 + 1
    for i, e in enumerate(r["entries"], 1):
        vals = [i, e["title"], e["body"] or None]
        for lab, v in e["pairs"]:
            vals += [lab, v]
        while len(vals) < 11: vals.append(None)
        vals.append(e["st"] or None)
        for j, v in enumerate(vals, 1):
            c = ws.cell(row, j, v); c.border = BOX
            c.alignment = Alignment(vertical="top", wrap_text=True)
            if isinstance(v, int) and v >= 100000: c.number_format = "#,##0"
        row += 1
    row += 1
    ws.cell(row, 2, "* Khó khăn:").font = Font(bold=True); row += 1
    for x in r["diff"]: ws.cell(row, 2, "- " + x); row += 1
    ws.cell(row, 2, "* Kiến nghị:").font = Font(bold=True); row += 1
    for x in r["prop"]: ws.cell(row, 2, "- " + x); row += 1
    row += 1
    ws.cell(row, 2, "NGƯỜI LẬP BIỂU").font = Font(bold=True)
    ws.cell(row, 9, "KT. CHỦ TỊCH").font = Font(bold=True)
    ws.cell(row + 1, 9, "PHÓ CHỦ TỊCH").font = Font(bold=True)
    ws.cell(row + 4, 2, "Lê Văn Hòa"); ws.cell(row + 4, 9, SIGNERS[(k + 1) % len(SIGNERS)])
    widths = [5, 34, 24, 16, 8, 16, 8, 16, 8, 14, 12, 13]
    for j, w in enumerate(widths, 1): ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(path)

# ---------------- Hand D ----------------
def build_D_xlsx(r, path, k):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "CT38"
    d, m, y = vn_date(r["date"])
    ws.merge_cells("A1:C1"); ws["A1"] = "ỦY BAN NHÂN DÂN"
    ws.merge_cells("A2:C2"); ws["A2"] = r["unitcap"]; ws["A2"].font = Font(bold=True)
    ws.merge_cells("A3:C3"); ws["A3"] = "Số: " + r["number"]
    for a in ("A1", "A2", "A3"): ws[a].alignment = Alignment(horizontal="center")
    ws.merge_cells("A5:E5"); ws["A5"] = "BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH CT 38 NĂM 2026"
    ws["A5"].font = Font(bold=True, size=13); ws["A5"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A6:E6"); ws["A6"] = f"{r['place']}, ngày {int(d)}/{m}/{y}"; ws["A6"].alignment = Alignment(horizontal="center")
    hdr = ["TT", "Việc", "Đã làm những gì", "Con số", "Đến nay"]
    R0 = 8
    for j, h in enumerate(hdr, 1):
        c = ws.cell(R0, j, h); c.font = Font(bold=True); c.border = BOX; c.alignment = Alignment(horizontal="center")
    row = R0 + 1
    for i, e in enumerate(r["entries"], 1):
        vals = [i, e["title"], e["body"] or "-", e["chain"] or "-", e["st"] or ""]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row, j, v); c.border = BOX; c.alignment = Alignment(vertical="top", wrap_text=True)
        row += 1
    row += 1
    ws.cell(row, 1, "Khó khăn").font = Font(bold=True, underline="single"); row += 1
    for i, x in enumerate(r["diff"], 1): ws.cell(row, 1, f"{i})"); ws.cell(row, 2, x); row += 1
    ws.cell(row, 1, "Đề xuất").font = Font(bold=True, underline="single"); row += 1
    for i, x in enumerate(r["prop"], 1): ws.cell(row, 1, f"{i})"); ws.cell(row, 2, x); row += 1
    row += 1
    ws.cell(row, 4, "TM. UBND"); ws.cell(row + 1, 4, "CHỦ TỊCH"); ws.cell(row + 4, 4, SIGNERS[(k + 3) % len(SIGNERS)])
    ws.cell(row, 2, "Người tổng hợp"); ws.cell(row + 4, 2, "Bùi Thanh Tâm")
    for j, w in enumerate([5, 40, 36, 40, 14], 1): ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w
    ws.freeze_panes = "A9"
    wb.save(path)

def build_D_docx(r, path, k):
    doc = Document(); set_font(doc, size=13)
    d, m, y = vn_date(r["date"])
    para(doc, "ỦY BAN NHÂN DÂN", align="c", space_after=0)
    para(doc, r["unitcap"], bold=True, align="c", space_after=0)
    para(doc, "Số: " + r["number"], align="c")
    para(doc, "BÁO CÁO TÌNH HÌNH CHUYỂN ĐỔI SỐ THÁNG 10 NĂM 2026", bold=True, align="c", space_after=0)
    para(doc, f"{r['place']}, ngày {int(d)}/{m}/{y}", align="c")
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for j, h in enumerate(["TT", "Việc", "Đã làm những gì", "Con số", "Đến nay"]):
        t.rows[0].cells[j].text = h
        for rr in t.rows[0].cells[j].paragraphs[0].runs: rr.bold = True
    for i, e in enumerate(r["entries"], 1):
        cells = t.add_row().cells
        for j, v in enumerate([str(i), e["title"], e["body"] or "-", e["chain"] or "-", e["st"]]): cells[j].text = v
    para(doc, "")
    p = para(doc, "Khó khăn", bold=True, underline=True)
    for i, x in enumerate(r["diff"], 1): para(doc, f"{i}) {x}")
    para(doc, "Đề xuất", bold=True, underline=True)
    for i, x in enumerate(r["prop"], 1): para(doc, f"{i}) {x}")
    para(doc, "TM. UBND - CHỦ TỊCH", bold=True, align="r")
    para(doc, SIGNERS[(k + 3) % len(SIGNERS)], bold=True, align="r")
    doc.save(path)

def lo_resave(path):
    ext = path.rsplit(".", 1)[1]
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "in." + ext); shutil.copy(path, src)
        outd = os.path.join(td, "out"); os.mkdir(outd)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/prof", "--convert-to", ext, "--outdir", outd, src],
                       check=True, capture_output=True, timeout=180)
        shutil.copy(os.path.join(outd, "in." + ext), path)

def key_entries(r):
    out, idx = [], {}
    for e in r["entries"]:
        if e["task"] is None: continue
        text = e["body"] if r["hand"] in "AC" else " – ".join(x for x in [e["title"], e["body"], e.get("chain")] if x)
        if r["hand"] == "B":
            text = " – ".join([e["title"]] + ([e["body"]] if e["body"] else []) + [f"{a}: {b}" for a, b in e["pairs"]])
        if e["task"] in idx:
            o = idx[e["task"]]
            for kk, v in e["ind"].items():
                assert kk not in o["indicators"]; o["indicators"][kk] = v
            if o["status"] == "unknown" and e["status"]: o["status"] = e["status"]
            o["text"] += " " + text
        else:
            o = {"task": e["task"], "status": e["status"] or "unknown", "indicators": dict(e["ind"]), "text": text}
            idx[e["task"]] = o; out.append(o)
    return out

def main():
    for f in os.listdir(OUT):
        if f.endswith((".docx", ".xlsx")): os.remove(os.path.join(OUT, f))
    for k, r in enumerate(REPORTS):
        path = os.path.join(OUT, r["file"])
        if r["hand"] == "A": build_A(r, path, k)
        elif r["hand"] == "C": build_C(r, path, k)
        elif r["hand"] == "B": build_B(r, path, k)
        elif r["hand"] == "D":
            (build_D_docx if path.endswith(".docx") else build_D_xlsx)(r, path, k)
        if r.get("lo"): lo_resave(path)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        rej = r.get("rejected")
        key = {"file": r["file"], "sha256": sha,
               "status": "rejected" if rej else "extracted", "reason": rej,
               "unit": {"id": r["uid"], "name": r["uname"]},
               "document": {"number": r["number"], "date": r["date"]},
               "entries": [] if rej else key_entries(r),
               "findings": [],
               "difficulties": [] if rej else list(r["diff"]),
               "proposals": [] if rej else list(r["prop"])}
        json.dump(key, open(os.path.join(OUT, "truth", r["file"] + ".json"), "w"), ensure_ascii=False, indent=1)
        print(r["hand"], r["file"], "rejected" if rej else len(key["entries"]))

if __name__ == "__main__":
    main()
