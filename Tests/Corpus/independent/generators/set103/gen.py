# -*- coding: utf-8 -*-
"""Generator for set 103. Writes the report files, re-saves some through LibreOffice, writes truth/*.json."""
import hashlib, json, os, shutil, subprocess, tempfile
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from content import H1, H1_MISTAKE, H2, H3, H3_COLS, H4, H4_MISTAKE

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)


def boxed(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BOX


# ------------------------------------------------------------------ H1
def h1(d, mistaken=False):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "BC"
    f13 = Font(name="Times New Roman", size=12)
    for col, w in zip("ABCDEFG", (5, 34, 38, 24, 14, 11, 18)):
        ws.column_dimensions[col].width = w
    ws["A1"] = d["head"].split("\n")[0]
    if "\n" in d["head"]:
        ws["A2"] = d["head"].split("\n")[1]
        ws["A2"].font = Font(name="Times New Roman", bold=True, size=12)
    ws.merge_cells("A1:B1"); ws.merge_cells("A2:B2")
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(name="Times New Roman", bold=True, size=12)
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"; ws["D2"].font = Font(name="Times New Roman", bold=True, size=12)
    ws.merge_cells("D1:G1"); ws.merge_cells("D2:G2")
    ws["A3"] = "Số: " + d["number"]
    ws.merge_cells("A3:B3")
    ws["D3"] = d["place_date"]; ws["D3"].font = Font(name="Times New Roman", italic=True, size=12)
    ws.merge_cells("D3:G3")
    for c in ("A1", "A2", "A3", "D1", "D2", "D3"):
        ws[c].alignment = Alignment(horizontal="center")
    ws["A5"] = d["title"]; ws["A5"].font = Font(name="Times New Roman", bold=True, size=13)
    ws["A6"] = d["period"]; ws["A6"].font = Font(name="Times New Roman", italic=True, size=12)
    ws.merge_cells("A5:G5"); ws.merge_cells("A6:G6")
    ws["A5"].alignment = ws["A6"].alignment = Alignment(horizontal="center")
    hdr = ["STT", "Công việc", "Đã làm", "Số liệu", "Tiền phạt (đồng)", "Tình hình", "Ghi chú"]
    if mistaken:
        hdr[4] = ""
    r = 8
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h); c.font = Font(name="Times New Roman", bold=True, size=12); c.alignment = CEN
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    fines_total_row = 4 + len(d.get("fines", [])) + 1
    for k, row in enumerate(d["rows"], 1):
        r += 1
        ws.cell(r, 1, k).alignment = CEN
        ws.cell(r, 2, row["job"]); ws.cell(r, 3, row["done"]); ws.cell(r, 4, row["sl"] or None)
        if row.get("money"):
            c = ws.cell(r, 5, "=Phat!F%d" % fines_total_row); c.number_format = "#,##0"
        ws.cell(r, 6, row["tinh"]).alignment = CEN
        if row.get("note"):
            ws.cell(r, 7, row["note"])
        for cc in range(2, 8):
            if cc != 6:
                ws.cell(r, cc).alignment = WRAP
    boxed(ws, 8, r, 1, 7)
    for rr in ws.iter_rows(min_row=9, max_row=r):
        for c in rr:
            if c.font is None or not c.font.bold:
                c.font = f13
    r += 1
    if any("(*)" in (x.get("sl") or "") for x in d["rows"]):
        ws.cell(r, 2, "(*) Số liệu ước tính đến 31/10/2026, sẽ cập nhật chính xác trong báo cáo năm.").font = Font(name="Times New Roman", italic=True, size=11)
        r += 1
    ws.cell(r, 2, "(Khó khăn, đề xuất xem sheet KK-DX)").font = Font(name="Times New Roman", italic=True, size=11)
    r += 2
    ws.cell(r, 2, "NGƯỜI LẬP BIỂU").font = Font(name="Times New Roman", bold=True)
    ws.cell(r, 4, d["signer"][0]).font = Font(name="Times New Roman", bold=True)
    ws.cell(r + 1, 4, d["signer"][1]).font = Font(name="Times New Roman", bold=True)
    ws.cell(r + 5, 2, d["maker"]); ws.cell(r + 5, 4, d["signer"][2])
    ws.page_setup.orientation = "landscape"
    ws.freeze_panes = "A9"
    # fines sheet
    if not mistaken:
        p = wb.create_sheet("Phat")
        for col, w in zip("ABCDEF", (5, 16, 12, 32, 40, 16)):
            p.column_dimensions[col].width = w
        p["A1"] = "DANH SÁCH QUYẾT ĐỊNH XỬ PHẠT VI PHẠM HÀNH CHÍNH VỀ ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026"
        p["A1"].font = Font(bold=True)
        p["A2"] = d["unit"][1]
        for i, h in enumerate(["STT", "Số QĐ", "Ngày", "Cơ sở vi phạm", "Hành vi", "Số tiền (đ)"], 1):
            p.cell(4, i, h).font = Font(bold=True)
        rr = 4
        for k, (so, ng, cs, hv, tien) in enumerate(d.get("fines", []), 1):
            rr += 1
            p.cell(rr, 1, k); p.cell(rr, 2, so); p.cell(rr, 3, ng); p.cell(rr, 4, cs); p.cell(rr, 5, hv)
            p.cell(rr, 6, tien).number_format = "#,##0"
        if not d.get("fines"):
            rr += 1
            p.cell(rr, 2, "Trong kỳ không có quyết định xử phạt")
        rr += 1
        assert rr == fines_total_row or not d.get("fines")
        p.cell(rr, 4, "Cộng").font = Font(bold=True)
        if d.get("fines"):
            p.cell(rr, 6, "=SUM(F5:F%d)" % (rr - 1)).number_format = "#,##0"
            p.cell(rr, 6).font = Font(bold=True)
        boxed(p, 4, rr, 1, 6)
    k2 = wb.create_sheet("KK-DX")
    k2.column_dimensions["A"].width = 60; k2.column_dimensions["B"].width = 60
    k2["A1"] = "Khó khăn, vướng mắc"; k2["B1"] = "Đề xuất, kiến nghị"
    k2["A1"].font = k2["B1"].font = Font(bold=True)
    for i in range(max(len(d["kk"]), len(d["dx"]))):
        if i < len(d["kk"]):
            k2.cell(i + 2, 1, "%d. %s" % (i + 1, d["kk"][i])).alignment = WRAP
        if i < len(d["dx"]):
            k2.cell(i + 2, 2, "%d. %s" % (i + 1, d["dx"][i])).alignment = WRAP
    boxed(k2, 1, 1 + max(len(d["kk"]), len(d["dx"])), 1, 2)
    ws.sheet_properties.tabColor = "1F4E78"
    k2.sheet_properties.tabColor = "C00000"
    path = os.path.join(OUT, d["file"])
    wb.save(path)
    return path


# ------------------------------------------------------------------ docx helpers
def setfont(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]
    st.font.name = name; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)


def para(doc_or_cell, text="", bold=False, italic=False, align=None, size=None, indent=True, space_after=3):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent and align in (None, "j"):
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def header_table(doc, left_lines, number, place_date, left_bold_from=0):
    t = doc.add_table(rows=1, cols=2)
    t.autofit = False
    L, R = t.rows[0].cells
    L.width = Cm(6.5); R.width = Cm(9.5)
    L.paragraphs[0].text = ""
    for i, ln in enumerate(left_lines):
        p = L.paragraphs[0] if i == 0 else L.add_paragraph()
        r = p.add_run(ln); r.bold = i >= left_bold_from and i == len(left_lines) - 1 or (len(left_lines) == 1)
        r.font.size = Pt(12); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
    p = L.add_paragraph("———"); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = L.add_paragraph("Số: " + number); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = R.paragraphs[0]; r = p.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"); r.bold = True; r.font.size = Pt(12)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_after = Pt(0)
    p = R.add_paragraph(); r = p.add_run("Độc lập - Tự do - Hạnh phúc"); r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_after = Pt(0)
    p = R.add_paragraph("————————"); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = R.add_paragraph(); r = p.add_run(place_date); r.italic = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def sign_block(doc, noi_nhan, signer):
    t = doc.add_table(rows=1, cols=2)
    L, R = t.rows[0].cells
    p = L.paragraphs[0]; r = p.add_run("Nơi nhận:"); r.bold = True; r.italic = True; r.font.size = Pt(12)
    for x in noi_nhan:
        q = L.add_paragraph(); rr = q.add_run(x); rr.font.size = Pt(11); q.paragraph_format.space_after = Pt(0)
    p = R.paragraphs[0]; r = p.add_run(signer[0]); r.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(0)
    p = R.add_paragraph(); r = p.add_run(signer[1]); r.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for _ in range(3):
        R.add_paragraph()
    p = R.add_paragraph(); r = p.add_run(signer[2]); r.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER


# ------------------------------------------------------------------ H2
def h2(d):
    doc = Document(); setfont(doc, size=13)
    header_table(doc, d["head"], d["number"], d["place_date"])
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(doc, d["vv"], bold=True, align="c")
    para(doc, "_______", align="c")
    para(doc, d["intro"], align="j")
    para(doc, "I/ KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for k, it in enumerate(d["items"], 1):
        para(doc, "1.%d/ %s" % (k, it["title"]), bold=True, indent=False)
        para(doc, it["body"], align="j")
        a, b, c = it["line"]
        p = para(doc, "", align="j")
        r = p.add_run("Đầu mối: "); r.italic = True
        p.add_run(a + " – ")
        r = p.add_run("Phối hợp: "); r.italic = True
        p.add_run(b + " – ")
        r = p.add_run("Kết quả: "); r.italic = True
        p.add_run(c)
    para(doc, "II/ KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in d["kk"]:
        para(doc, "- " + x, align="j")
    para(doc, "III/ ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for x in d["dx"]:
        para(doc, "- " + x, align="j")
    para(doc, "Trên đây là báo cáo kết quả thực hiện của Ủy ban nhân dân %s./." % d["unit"][1].replace("Xã ", "xã ").replace("Phường ", "phường "), align="j")
    sign_block(doc, ["- Chi cục TĐC TP.HCM;", "- TT. Đảng ủy, TT. HĐND xã/phường;", "- Lưu: VT, KT."], d["signer"])
    path = os.path.join(OUT, d["file"])
    doc.save(path)
    return path


# ------------------------------------------------------------------ H3
def h3(d):
    wb = openpyxl.Workbook()
    bia = wb.active; bia.title = "Bia"
    bia.column_dimensions["A"].width = 45; bia.column_dimensions["B"].width = 55
    bia["A1"] = "UBND THÀNH PHỐ HỒ CHÍ MINH"; bia["A2"] = d["head"]; bia["A2"].font = Font(bold=True)
    bia["B1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; bia["B1"].font = Font(bold=True)
    bia["B2"] = "Độc lập - Tự do - Hạnh phúc"; bia["B2"].font = Font(bold=True)
    for c in ("A1", "A2", "B1", "B2"):
        bia[c].alignment = Alignment(horizontal="center")
    bia["A6"] = "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"
    bia["A6"].font = Font(bold=True, size=14); bia.merge_cells("A6:B6"); bia["A6"].alignment = CEN
    bia["A7"] = "(Kèm theo Báo cáo số %s ngày %s/%s/%s của %s)" % (d["number"], d["date"][8:], d["date"][5:7], d["date"][:4], d["unit"][1])
    bia.merge_cells("A7:B7"); bia["A7"].alignment = CEN; bia["A7"].font = Font(italic=True)
    bia["A9"] = "Gồm:"; bia["A10"] = "- Biểu 01: Nhiệm vụ và tiến độ"; bia["A11"] = "- Biểu 02: Số liệu (TT theo Biểu 01)"
    bia["A12"] = "- Biểu 03: Khó khăn, kiến nghị"
    bia["B14"] = d["place_date"]; bia["B14"].font = Font(italic=True); bia["B14"].alignment = Alignment(horizontal="center")
    bia["B15"] = d["signer"][0]; bia["B16"] = d["signer"][1]; bia["B20"] = d["signer"][2]
    for c in ("B15", "B16", "B20"):
        bia[c].font = Font(bold=True); bia[c].alignment = Alignment(horizontal="center")
    bia["A22"] = "Đầu mối: Phòng Kế hoạch – Tổng hợp (ĐT nội bộ 1124)"
    # Bieu01
    b1 = wb.create_sheet("Bieu01")
    for col, w in zip("ABCDEF", (5, 45, 50, 18, 14, 20)):
        b1.column_dimensions[col].width = w
    b1["A1"] = "Biểu 01. NHIỆM VỤ VÀ TIẾN ĐỘ THỰC HIỆN"; b1["A1"].font = Font(bold=True)
    b1["E2"] = "PHẦN DÀNH CHO CHI CỤC TĐC (đơn vị không ghi)"; b1.merge_cells("E2:F2")
    b1["E2"].alignment = CEN; b1["E2"].font = Font(italic=True, size=9)
    hdr = ["TT", "Nhiệm vụ (trích Kế hoạch của Sở KH&CN)", "Nội dung Sở đã thực hiện", "Tiến độ", "Mã nhiệm vụ", "Chi cục ghi nhận"]
    grey = PatternFill("solid", fgColor="D9D9D9")
    for i, h in enumerate(hdr, 1):
        c = b1.cell(3, i, h); c.font = Font(bold=True); c.alignment = CEN
    for k, row in enumerate(d["rows"], 1):
        r = 3 + k
        b1.cell(r, 1, k).alignment = CEN
        b1.cell(r, 2, row["nv"]).alignment = WRAP
        b1.cell(r, 3, row["did"]).alignment = WRAP
        b1.cell(r, 4, row["td"]).alignment = CEN
    last = 3 + len(d["rows"])
    for r in range(2, last + 1):
        for c in (5, 6):
            b1.cell(r, c).fill = grey
    boxed(b1, 3, last, 1, 6)
    b1.freeze_panes = "A4"
    # Bieu02
    b2 = wb.create_sheet("Bieu02")
    b2["A1"] = "Biểu 02. SỐ LIỆU KẾT QUẢ (TT theo Biểu 01)"; b2["A1"].font = Font(bold=True)
    b2.column_dimensions["A"].width = 8
    for i, (_, h) in enumerate(H3_COLS, 2):
        c = b2.cell(3, i, h); c.font = Font(bold=True); c.alignment = CEN
        b2.column_dimensions[get_column_letter(i)].width = 17 if "phạt" in h else 12
    b2.cell(3, 1, "TT").font = Font(bold=True)
    for k, row in enumerate(d["rows"], 1):
        r = 3 + k
        b2.cell(r, 1, k).alignment = CEN
        for i, (ind, _) in enumerate(H3_COLS, 2):
            if ind in row["figs"]:
                c = b2.cell(r, i, row["figs"][ind])
                if ind == "fines_vnd":
                    c.number_format = "#,##0"
    r = 4 + len(d["rows"])
    b2.cell(r, 1, "Cộng").font = Font(bold=True)
    for i, (ind, _) in enumerate(H3_COLS, 2):
        L = get_column_letter(i)
        c = b2.cell(r, i, "=SUM(%s4:%s%d)" % (L, L, r - 1)); c.font = Font(bold=True)
        if ind == "fines_vnd":
            c.number_format = "#,##0"
    boxed(b2, 3, r, 1, len(H3_COLS) + 1)
    b2.row_dimensions[3].height = 45
    # Bieu03
    b3 = wb.create_sheet("Bieu03")
    b3.column_dimensions["A"].width = 6; b3.column_dimensions["B"].width = 100
    b3["A1"] = "Biểu 03. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT"; b3["A1"].font = Font(bold=True)
    r = 3
    b3.cell(r, 1, "I"); b3.cell(r, 2, "Khó khăn, vướng mắc").font = Font(bold=True)
    for k, x in enumerate(d["kk"], 1):
        r += 1; b3.cell(r, 1, k); b3.cell(r, 2, x).alignment = WRAP
    r += 1
    b3.cell(r, 1, "II"); b3.cell(r, 2, "Kiến nghị, đề xuất").font = Font(bold=True)
    for k, x in enumerate(d["kn"], 1):
        r += 1; b3.cell(r, 1, k); b3.cell(r, 2, x).alignment = WRAP
    boxed(b3, 3, r, 1, 2)
    path = os.path.join(OUT, d["file"])
    wb.save(path)
    return path


# ------------------------------------------------------------------ H4
def h4(d):
    doc = Document(); setfont(doc, size=14)
    header_table(doc, d["head"], d["number"], d["place_date"])
    para(doc)
    para(doc, d["title"], bold=True, align="c", space_after=0)
    para(doc, d["sub"], bold=True, align="c", space_after=8)
    p = para(doc, "", align="c")
    r = p.add_run("Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.")
    para(doc, d["intro"], align="j")
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for it in d["items"]:
        p = para(doc, "", align="j")
        p.add_run("▪ ")
        r = p.add_run(it["label"]); r.underline = True
        p.add_run(": " + it["body"] + " " + it["st"])
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ", bold=True, indent=False)
    para(doc, "1. Khó khăn, vướng mắc", bold=True, italic=True)
    for x in d["kk"]:
        para(doc, "- " + x, align="j")
    para(doc, "2. Kiến nghị", bold=True, italic=True)
    for x in d["dx"]:
        para(doc, "- " + x, align="j")
    para(doc, "%s báo cáo để Chi cục Tiêu chuẩn Đo lường Chất lượng tổng hợp./." % d["unit"][1], align="j")
    sign_block(doc, ["- Như trên;", "- Sở Khoa học và Công nghệ (để b/c);", "- Giám đốc Sở (để b/c);", "- Lưu: VT, KHTC."], d["signer"])
    path = os.path.join(OUT, d["file"])
    doc.save(path)
    return path


def lo_resave(path):
    ext = path.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, path],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180, check=True)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path)
    shutil.rmtree(tmp)


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def entries_from(rows, textf):
    out = {}
    order = []
    for row in rows:
        t = row["task"]
        if t not in out:
            out[t] = dict(task=t, status=row["status"], indicators={}, text=textf(row))
            order.append(t)
        else:
            e = out[t]
            e["text"] += " " + textf(row)
            assert e["status"] == row["status"], (t, e["status"], row["status"])
        for k, v in row["figs"].items():
            assert k not in out[t]["indicators"], (t, k)
            out[t]["indicators"][k] = v
    return [out[t] for t in order]


def write_truth(d, path, entries, kk, dx, rejected_reason=None):
    number = d.get("number_key", d["number"])
    j = dict(file=os.path.basename(path), sha256=sha(path),
             status="rejected" if rejected_reason else "extracted", reason=rejected_reason,
             unit=dict(id=d["unit"][0], name=d["unit"][1]),
             document=dict(number=number, date=d["date"]),
             entries=[] if rejected_reason else entries, findings=[],
             difficulties=[] if rejected_reason else kk, proposals=[] if rejected_reason else dx)
    with open(os.path.join(TRUTH, os.path.basename(path) + ".json"), "w", encoding="utf-8") as f:
        json.dump(j, f, ensure_ascii=False, indent=1)


def main():
    for fn in os.listdir(OUT):
        if fn.endswith((".docx", ".xlsx")):
            os.remove(os.path.join(OUT, fn))
    jobs = []
    for d in H1:
        p = h1(d); lo_resave(p)
        jobs.append((d, p, entries_from(d["rows"], lambda r: "%s: %s. %s" % (r["job"], r["done"], r["sl"])), d["kk"], d["dx"], None))
    p = h1(H1_MISTAKE, mistaken=True); lo_resave(p)
    jobs.append((H1_MISTAKE, p, [], [], [], "Báo cáo kết quả chuyển đổi số năm 2026, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW"))
    for d in H2:
        p = h2(d)
        if d["unit"][0] == "27664":
            lo_resave(p)
        jobs.append((d, p, entries_from(d["items"], lambda r: r["body"]), d["kk"], d["dx"], None))
    for d in H3:
        p = h3(d); lo_resave(p)
        jobs.append((d, p, entries_from(d["rows"], lambda r: "%s: %s" % (r["nv"], r["did"])), d["kk"], d["kn"], None))
    for d in H4:
        p = h4(d)
        jobs.append((d, p, entries_from(d["items"], lambda r: "%s: %s" % (r["label"], r["body"])), d["kk"], d["dx"], None))
    p = h4(H4_MISTAKE)
    jobs.append((H4_MISTAKE, p, [], [], [], "Báo cáo về Tháng hành động vì an toàn thực phẩm, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW"))
    for fn in os.listdir(TRUTH):
        os.remove(os.path.join(TRUTH, fn))
    for d, p, e, kk, dx, rej in jobs:
        write_truth(d, p, e, ["%s" % x for x in kk], dx, rej)
    print(len(jobs), "files")


if __name__ == "__main__":
    main()
