# -*- coding: utf-8 -*-
"""Generator for set74 (4 hands). Writes the files into this folder and keys into truth/."""
import os, json, hashlib, shutil, subprocess, tempfile, datetime, copy
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from data import FILES, FORM_ROWS, FSTAT

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="set74_")

def dmy(iso):
    y, m, d = iso.split("-"); return int(d), int(m), int(y)

def ngay(iso):
    d, m, y = dmy(iso); return f"ngày {d:02d} tháng {m:02d} năm {y}"

def para(doc, text="", bold=False, italic=False, align=None, size=None, indent=None):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(2)
    return p

def cell_lines(cell, lines, align="c"):
    cell.paragraphs[0].text = ""
    first = True
    for text, b, i in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(text); r.bold = b; r.italic = i; r.font.size = Pt(12)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == "c" else WD_ALIGN_PARAGRAPH.LEFT

def base_doc():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    s = doc.sections[0]
    s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return doc

def header_table(doc, left, right):
    t = doc.add_table(rows=1, cols=2)
    cell_lines(t.cell(0, 0), left); cell_lines(t.cell(0, 1), right)
    t.columns[0].width = Cm(6.5); t.columns[1].width = Cm(9.5)

def sign_table(doc, left, right):
    t = doc.add_table(rows=1, cols=2)
    cell_lines(t.cell(0, 0), left, align="l"); cell_lines(t.cell(0, 1), right)

QH = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False), ("———————", False, False)]

# ---------------- H1 ----------------
def h1(f, path):
    doc = base_doc()
    header_table(doc, [("ỦY BAN NHÂN DÂN", False, False), (f["uname"].upper(), True, False), ("———", False, False), (f"Số: {f['number']}", False, False)],
                 QH + [(f"{f['place']}, {ngay(f['date'])}", False, True)])
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    para(doc, f.get("title", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"), bold=True, align="c")
    para(doc, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh." if f["status"] == "extracted" else "Kính gửi: Phòng Văn hóa - Xã hội.", align="c")
    para(doc)
    para(doc, f["intro"])
    if f["status"] == "extracted":
        for e in f["entries"]:
            t = e["text"] + (f" → {e['tail']}" if e["tail"] else "")
            para(doc, "- " + t)
    else:
        for l in f["lines"]:
            para(doc, "- " + l)
    para(doc, "khó khăn:")
    for d in f["diffs"]: para(doc, "+ " + d)
    para(doc, "kiến nghị:")
    for p in f["props"]: para(doc, "+ " + p)
    para(doc, f"trên đây là báo cáo của {f['uname'].lower()} ./.")
    para(doc, f"(người báo cáo: {f['signer'].lower()}, cc kinh tế)", italic=True, size=11)
    sign_table(doc, [("Nơi nhận:", True, True), ("- Như trên;", False, False), ("- Lưu: VT.", False, False)],
               [(x, True, False) for x in f["signrole"].split("\n")] + [("", False, False), ("", False, False), (f["signname"], True, False)])
    doc.save(path)

# ---------------- H2 ----------------
def h2(f, path):
    wb = Workbook(); ws = wb.active; ws.title = "Câu trả lời biểu mẫu 1"
    heads = ["Dấu thời gian", "Địa chỉ email", "Tên đơn vị", "Số văn bản (nếu có)", "Ngày báo cáo"]
    heads += [f"Tình hình thực hiện các nội dung [{n}]" for n, _ in FORM_ROWS]
    heads += ["Kết quả cụ thể, số liệu (ghi theo từng nội dung)", "Khó khăn, vướng mắc", "Đề xuất, kiến nghị", "Người điền phiếu, số điện thoại"]
    ws.append(heads)
    st = datetime.datetime.strptime(f["stamp"], "%d/%m/%Y %H:%M:%S")
    d, m, y = dmy(f["date"])
    byt = {e["task"]: e for e in f["entries"]}
    row = [st, f["email"], f["uname"], f["number"] or "", datetime.datetime(y, m, d)]
    row += [FSTAT[byt[t]["status"]] if t in byt else None for _, t in FORM_ROWS]
    row += ["\n".join(e["text"] for e in f["entries"] if e["text"]),
            "\n".join("- " + x for x in f["diffs"]), "\n".join("- " + x for x in f["props"]), f["who"]]
    ws.append(row)
    ws["A2"].number_format = "dd/mm/yyyy hh:mm:ss"; ws["E2"].number_format = "dd/mm/yyyy"
    for c in ws[2]: c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    for col in ws.columns: ws.column_dimensions[col[0].column_letter].width = 22
    wb.save(path)

# ---------------- H3 ----------------
def h3(f, path):
    doc = base_doc()
    left = [(f["top"], False, False)] + [(x, True, False) for x in f["unitcaps"].split("\n")] + [("———", False, False), (f"Số: {f['number']}", False, False)]
    header_table(doc, left, QH + [(f"Thành phố Hồ Chí Minh, {ngay(f['date'])}", False, True)])
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\n(tổng hợp theo hợp đồng, quyết định đặt hàng)", bold=True, align="c")
    para(doc, f"Kính gửi: {f['recipient']}.", align="c")
    para(doc)
    para(doc, f"{f.get('unitline', f['uname'])} báo cáo kết quả thực hiện các nội dung thuộc Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 theo từng hợp đồng, quyết định đặt hàng như sau:", align="j", indent=1)
    para(doc, "I. CÁC NỘI DUNG THỰC HIỆN THEO HỢP ĐỒNG, ĐẶT HÀNG", bold=True)
    for i, b in enumerate(f["blocks"], 1):
        para(doc, f"{i}. {b['title']}", bold=True, align="j")
        for l in b["lines"]:
            para(doc, "- " + l, align="j", indent=1)
    if f["others"]:
        para(doc, "II. CÁC NỘI DUNG THỰC HIỆN BẰNG NHIỆM VỤ THƯỜNG XUYÊN (không qua hợp đồng)", bold=True)
        for i, (lab, txt, e) in enumerate(f["others"]):
            p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
            r = p.add_run(f"{'abcdđe'[i]}) {lab}"); r.bold = True
            p.add_run(txt)
    n = "III" if f["others"] else "II"
    para(doc, f"{n}. VƯỚNG MẮC", bold=True)
    for d in f["diffs"]: para(doc, "- " + d, indent=1)
    para(doc, f"{'IV' if f['others'] else 'III'}. KIẾN NGHỊ", bold=True)
    for p_ in f["props"]: para(doc, "- " + p_, indent=1)
    para(doc)
    sign_table(doc, [("Nơi nhận:", True, True), ("- Như trên;", False, False), ("- Lưu: VT, KHTC.", False, False)],
               [(f["signrole"], True, False), ("", False, False), ("", False, False), (f["signname"], True, False)])
    doc.save(path)

def h3_entries(f):
    out = []
    for b in f["blocks"]:
        ents = b["entries"]
        for j, e in enumerate(ents):
            e = copy.deepcopy(e)
            if len(ents) == 1:
                e["text"] = b["title"] + ". " + " ".join(b["lines"])
            elif j == 0:
                e["text"] = b["title"] + ". " + " ".join(b["lines"][:-1])
            else:
                e["text"] = b["lines"][-1]
            out.append(e)
    for lab, txt, e in f["others"]:
        e = copy.deepcopy(e); e["text"] = lab + txt; out.append(e)
    return out

# ---------------- H4 ----------------
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
def h4(f, path):
    wb = Workbook(); ws = wb.active; ws.title = "Tu cham diem"
    d, m, y = dmy(f["date"])
    ws["A1"] = f["unitcaps"]; ws["A1"].font = Font(bold=True)
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(bold=True)
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["A3"] = f["title"]; ws["A3"].font = Font(bold=True, size=13)
    ws.merge_cells("A3:F3"); ws["A3"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws["A4"] = f"(Kèm theo Báo cáo số {f['number']} ngày {d:02d}/{m:02d}/{y} của Ủy ban nhân dân {f['uname'][0].lower() + f['uname'][1:]})"
    ws.merge_cells("A4:F4"); ws["A4"].alignment = Alignment(horizontal="center"); ws["A4"].font = Font(italic=True)
    heads = ["STT", "Tiêu chí", "Điểm chuẩn", "Điểm tự chấm", "Kết quả thực hiện / tài liệu kiểm chứng", "Ghi chú"]
    r0 = 6
    for j, h in enumerate(heads, 1):
        c = ws.cell(r0, j, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    r = r0 + 1
    for i, (crit, mx, got, res, note, e) in enumerate(f["rows"], 1):
        for j, v in enumerate([i, crit, mx, got, res, note or None], 1):
            c = ws.cell(r, j, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    ws.cell(r, 2, "TỔNG CỘNG").font = Font(bold=True)
    ws.cell(r, 3, f"=SUM(C{r0+1}:C{r-1})").font = Font(bold=True)
    ws.cell(r, 4, f"=SUM(D{r0+1}:D{r-1})").font = Font(bold=True)
    for j in range(1, 7): ws.cell(r, j).border = BOX
    r += 2
    ws.cell(r, 1, "Tồn tại, hạn chế:").font = Font(bold=True); r += 1
    for x in f["diffs"]: ws.cell(r, 2, "- " + x); r += 1
    ws.cell(r, 1, "Kiến nghị, đề xuất:").font = Font(bold=True); r += 1
    for x in f["props"]: ws.cell(r, 2, "- " + x); r += 1
    r += 1
    ws.cell(r, 2, "NGƯỜI LẬP BIỂU").font = Font(bold=True)
    for k, x in enumerate(f["signrole"].split("\n")): ws.cell(r + k, 5, x).font = Font(bold=True)
    ws.cell(r + 4, 2, f["maker"]); ws.cell(r + 4, 5, f["signname"]).font = Font(bold=True)
    for col, w in zip("ABCDEF", [5, 38, 9, 9, 55, 22]): ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(path)

def h4_entries(f):
    out = []
    for crit, mx, got, res, note, e in f["rows"]:
        if e:
            e = copy.deepcopy(e); e["text"] = f"{crit}: {res}"; out.append(e)
    for e in f.get("merged", []):
        e = copy.deepcopy(e)
        e["text"] = " ".join(f"{crit}: {res}" for crit, mx, got, res, note, x in f["rows"] if x is None)
        out.append(e)
    return out

def sha(p):
    return hashlib.sha256(open(p, "rb").read()).hexdigest()

def main():
    os.makedirs(os.path.join(HERE, "truth"), exist_ok=True)
    for f in FILES:
        final = os.path.join(HERE, f["file"])
        tmp = os.path.join(TMP, f["file"])
        {"H1": h1, "H2": h2, "H3": h3, "H4": h4}[f["hand"]](f, tmp)
        if f.get("libre"):
            ext = f["file"].rsplit(".", 1)[1]
            outdir = os.path.join(TMP, "lo"); os.makedirs(outdir, exist_ok=True)
            subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", outdir, tmp],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
            shutil.copy(os.path.join(outdir, f["file"]), final)
        else:
            shutil.copy(tmp, final)
        if f["status"] == "extracted":
            if f["hand"] == "H3": ents = h3_entries(f)
            elif f["hand"] == "H4": ents = h4_entries(f)
            else:
                ents = []
                for e in f["entries"]:
                    e = copy.deepcopy(e)
                    if not e["text"]:
                        name = [n for n, t in FORM_ROWS if t == e["task"]][0]
                        e["text"] = f"Tình hình thực hiện các nội dung [{name}]: {FSTAT[e['status']]}"
                    ents.append(e)
            entries = [dict(task=e["task"], status=e["status"], indicators=e["indicators"], text=e["text"]) for e in ents]
            diffs, props = f["diffs"], f["props"]
        else:
            entries, diffs, props = [], [], []
        key = dict(file=f["file"], sha256=sha(final), status=f["status"], reason=f.get("reason"),
                   unit=dict(id=f["uid"], name=f["uname"]), document=dict(number=f["number"], date=f["date"]),
                   entries=entries, findings=[], difficulties=diffs, proposals=props)
        json.dump(key, open(os.path.join(HERE, "truth", f["file"] + ".json"), "w"), ensure_ascii=False, indent=1)
        print("wrote", f["file"])

if __name__ == "__main__":
    main()
