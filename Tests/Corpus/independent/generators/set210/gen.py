# -*- coding: utf-8 -*-
"""Generator for set 210.  python3 gen.py  -> writes the report files and truth/*.json"""
import os, json, hashlib, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from data210 import REPORTS

OUT = os.path.dirname(os.path.abspath(__file__))
PLAN = "Kế hoạch số 398/KH-SKHCN"


def dvn(iso):
    y, m, d = iso.split("-")
    return d, m, y


def long_date(place, iso):
    d, m, y = dvn(iso)
    return f"{place}, ngày {d} tháng {m} năm {y}"


def set_font(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)


def para(doc_or_cell, text="", bold=False, italic=False, align=None, size=None, underline=False):
    p = doc_or_cell.add_paragraph()
    if text:
        lines = text.split("\n")
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            r.bold, r.italic, r.underline = bold, italic, underline
            if size:
                r.font.size = Pt(size)
            if i < len(lines) - 1:
                r.add_break()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
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


def cell_text(cell, text, bold=False, italic=False, align=None, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def header_table(doc, left, number, date_line, size=12):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    cell_text(l, left, bold=True, align="c", size=size)
    p = l.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Số: " + number).font.size = Pt(size)
    cell_text(r, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold=True, align="c", size=size)
    p = r.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = p.add_run(date_line); rr.italic = True; rr.font.size = Pt(size)
    return t


# ------------------------------------------------------------------ hand A
def hand_A(R, path):
    doc = Document(); set_font(doc, size=13)
    sec = doc.sections[0]
    sec.left_margin = Cm(2.5); sec.right_margin = Cm(1.5)
    header_table(doc, R["parent"] + "\n" + R["unit_caps"], R["number"], long_date(R["place"], R["date"]))
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW\nvề đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c")
    para(doc, f"Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh\n(qua Chi cục Tiêu chuẩn Đo lường Chất lượng)", align="c")
    para(doc, f"Thực hiện {PLAN} của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 "
              f"(sau đây gọi là KH 38), {R['unit_name']} báo cáo kết quả theo các mục của {R['own_plan']} "
              f"có liên quan đến KH 38; cột cuối ghi mục tương ứng của KH 38 để tiện đối chiếu, như sau:", align="j")
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    hdr = ["Mục KH năm", "Nội dung công việc theo Kế hoạch năm của đơn vị", "Kết quả thực hiện (đến 20/10/2026)", "Tình trạng", "Liên quan KH 38 (mục)"]
    for c, h in zip(t.rows[0].cells, hdr):
        cell_text(c, h, bold=True, align="c", size=11)
    for row in R["rows"]:
        cells = t.add_row().cells
        if row[2] is None:
            code, name, _, res, word, xref = row
        else:
            code, name, e = row
            res, word, xref = e["text"], e["word"], e["xref"]
        for c, v in zip(cells, [code, name, res, word, xref]):
            cell_text(c, v, size=11)
        cells[4].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    widths = [Cm(1.6), Cm(5.0), Cm(6.2), Cm(2.2), Cm(1.8)]
    for r in t.rows:
        for c, w in zip(r.cells, widths):
            c.width = w
    para(doc, "Ghi chú: dấu “—” ở cột cuối là nội dung của Kế hoạch năm không thuộc KH 38, ghi để đủ mạch theo dõi.", italic=True, size=11)
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for d in R["diffs"]:
        para(doc, "- " + d, align="j")
    para(doc, "III. KIẾN NGHỊ, ĐỀ XUẤT", bold=True)
    for d in R["props"]:
        para(doc, "- " + d, align="j")
    para(doc, f"Trên đây là báo cáo của {R['unit_name']}./.")
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    cell_text(t.rows[0].cells[0], "Nơi nhận:\n- Như trên;\n- Lưu: VT.", italic=True, size=11)
    cell_text(t.rows[0].cells[1], R["signer"][0] + "\n\n\n\n" + R["signer"][1], bold=True, align="c")
    doc.save(path)


# ------------------------------------------------------------------ hand B
def hand_B(R, path):
    doc = Document(); set_font(doc, size=13)
    d, m, y = dvn(R["date"])
    p = para(doc, R["unit_caps"], bold=True)
    p.add_run("\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").bold = True
    para(doc, R["office"].upper(), bold=True, size=12).add_run("\t\t\tĐộc lập - Tự do - Hạnh phúc").bold = True
    para(doc, "Số: " + R["number"] + "\t\t\t\t" + f"{R['place']}, ngày {d}/{m}/{y}", italic=False)
    para(doc)
    subj = "chuyển đổi số tháng 10/2026" if R.get("rejected") else "thực hiện Kế hoạch CT38 năm 2026 về tiêu chuẩn, đo lường, chất lượng"
    para(doc, "BÁO CÁO NHANH", bold=True, align="c")
    para(doc, "V/v " + subj, italic=True, align="c")
    para(doc, f"Kính trình lãnh đạo UBND {R['unit_name'].split(' ',1)[0].lower()} {R['unit_name'].split(' ',1)[1]},", bold=True)
    if R.get("rejected"):
        para(doc, f"{R['office']} xin báo cáo nhanh tình hình chuyển đổi số, Đề án 06 trên địa bàn đến ngày {d}/{m} như sau:", align="j")
        n = 0
        for name, txt, st in R["cds_items"]:
            n += 1
            p = para(doc, f"{n}. {name}: ", align="j"); p.runs[0].bold = True
            p.add_run(txt + " " + st)
    else:
        para(doc, f"Thực hiện đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng về báo cáo kết quả {PLAN} (CT38), "
                  f"{R['office']} tổng hợp, xin báo cáo nhanh như sau:", align="j")
        n = 0
        for e in R["items"]:
            n += 1
            p = para(doc, f"{n}. {e['name']}: ", align="j"); p.runs[0].bold = True
            p.add_run(e["text"] + " " + e["word"])
    n += 1
    p = para(doc, f"{n}. Khó khăn: ", align="j"); p.runs[0].bold = True
    if len(R["diffs"]) == 1:
        p.add_run(R["diffs"][0])
    else:
        for dd in R["diffs"]:
            para(doc, "- " + dd, align="j")
    n += 1
    p = para(doc, f"{n}. Kiến nghị: ", align="j"); p.runs[0].bold = True
    if len(R["props"]) == 1:
        p.add_run(R["props"][0])
    else:
        for dd in R["props"]:
            para(doc, "- " + dd, align="j")
    para(doc, R["summary"], bold=True, italic=True)
    para(doc, "Kính trình lãnh đạo xem xét, ký gửi báo cáo về Sở Khoa học và Công nghệ./.", italic=True)
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    cell_text(t.rows[0].cells[0], "NGƯỜI TRÌNH\n\n\n" + R["preparer"], bold=True, align="c")
    cell_text(t.rows[0].cells[1], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n", bold=True, align="c")
    doc.save(path)


# ------------------------------------------------------------------ hand C
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def hand_C(R, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "BC"
    f_b = Font(name="Times New Roman", bold=True, size=12); f_n = Font(name="Times New Roman", size=12)
    r = 1
    if R.get("parent"):
        ws.cell(r, 1, R["parent"]).font = f_n; r += 1
    ws.cell(r, 1, R["unit_caps"]).font = f_b
    ws.cell(r, 5, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").font = f_b; r += 1
    ws.cell(r, 1, "Số: " + R["number"]).font = f_n
    ws.cell(r, 5, "Độc lập - Tự do - Hạnh phúc").font = f_b; r += 1
    ws.cell(r, 5, long_date(R["place"], R["date"])).font = Font(name="Times New Roman", italic=True, size=12); r += 2
    ws.cell(r, 1, "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026").font = f_b
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(r, 1).alignment = Alignment(horizontal="center"); r += 1
    ws.cell(r, 1, f"(theo {PLAN} của Sở KH&CN; số liệu từ 01/01 đến ngày báo cáo)").font = Font(name="Times New Roman", italic=True, size=11)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(r, 1).alignment = Alignment(horizontal="center"); r += 2
    hdr = r
    heads = ["STT", "Nội dung", "Kết quả", None, None, None, None, "Tiến độ"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r, c, h)
        cell.font = f_b; cell.border = BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7)
    r += 1
    for i, e in enumerate(R["items"], 1):
        vals = [i, e["name"]] + (e["text"] + [None] * 5)[:5] + [e["word"]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v); cell.font = f_n; cell.border = BOX
            cell.alignment = Alignment(vertical="top", wrap_text=(c == 2), horizontal="center" if c != 2 else None)
        r += 1
    r += 1
    ws.cell(r, 1, "Khó khăn:").font = f_b; r += 1
    for dd in R["diffs"]:
        ws.cell(r, 2, "- " + dd).font = f_n; r += 1
    ws.cell(r, 1, "Đề xuất:").font = f_b; r += 1
    for dd in R["props"]:
        ws.cell(r, 2, "- " + dd).font = f_n; r += 1
    r += 1
    ws.cell(r, 2, "Ghi chú: cs = cơ sở; vp = vi phạm (cơ sở); tr.đ = triệu đồng; DN = doanh nghiệp; PS = phát sinh").font = Font(name="Times New Roman", italic=True, size=10)
    r += 2
    ws.cell(r, 2, "Người lập biểu").font = f_b
    ws.cell(r, 6, "THỦ TRƯỞNG ĐƠN VỊ").font = f_b; r += 4
    ws.cell(r, 2, R["preparer"]).font = f_n
    for col, w in zip("ABCDEFGH", [5, 46, 11, 11, 11, 11, 11, 11]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = ws.cell(hdr + 1, 3)
    ws.page_setup.orientation = "landscape"
    wb.save(path)


# ------------------------------------------------------------------ hand D
def hand_D_docx(R, path):
    doc = Document(); set_font(doc, size=13)
    header_table(doc, R["parent"] + "\n" + R["unit_caps"], R["number"], long_date(R["place"], R["date"]), size=12)
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    para(doc, "Tự đánh giá kết quả thực hiện các nhiệm vụ được giao\ntại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    para(doc, f"Căn cứ {PLAN} của Sở Khoa học và Công nghệ; {R['unit_name']} tự đánh giá kết quả từng phần việc "
              "theo ba mức Đạt / Đạt một phần / Chưa đạt, cụ thể như sau:", align="j")
    para(doc, "Phần thứ nhất. KẾT QUẢ TỪNG PHẦN VIỆC", bold=True)
    for i, e in enumerate(R["items"], 1):
        para(doc, f"Phần việc {i}: {e['name']}", bold=True, italic=True)
        para(doc, e["text"], align="j")
        p = para(doc); p.paragraph_format.left_indent = Cm(1)
        p.add_run("Tự đánh giá: ").underline = True
        p.add_run(e["word"] + ".").bold = True
    para(doc, "Phần thứ hai. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT", bold=True)
    para(doc, "a) Khó khăn, vướng mắc", italic=True)
    for dd in R["diffs"]:
        para(doc, "+ " + dd, align="j")
    para(doc, "b) Đề xuất", italic=True)
    for dd in R["props"]:
        para(doc, "+ " + dd, align="j")
    done = sum(1 for e in R["items"] if e["word"] == "Đạt")
    para(doc, f"Tổng hợp tự đánh giá: {done}/{len(R['items'])} phần việc Đạt.", italic=True)
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    cell_text(t.rows[0].cells[0], "Nơi nhận:\n- Chi cục TĐC (để tổng hợp);\n- Lưu: VT.", italic=True, size=11)
    cell_text(t.rows[0].cells[1], R["signer"][0] + "\n\n\n\n" + R["signer"][1], bold=True, align="c")
    doc.save(path)


def hand_D_xlsx(R, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Tu danh gia"
    fb = Font(name="Times New Roman", bold=True, size=12); fn = Font(name="Times New Roman", size=12)
    r = 1
    if R.get("parent"):
        ws.cell(r, 1, R["parent"]).font = fn; r += 1
    ws.cell(r, 1, R["unit_caps"]).font = fb; r += 1
    ws.cell(r, 1, "Số: " + R["number"]).font = fn
    ws.cell(r, 3, long_date(R["place"], R["date"])).font = Font(name="Times New Roman", italic=True, size=12); r += 2
    rej = R.get("rejected")
    title = "BIỂU TỰ ĐÁNH GIÁ KẾT QUẢ CẢI CÁCH HÀNH CHÍNH NĂM 2026" if rej else "BIỂU TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026"
    ws.cell(r, 1, title).font = fb
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4); ws.cell(r, 1).alignment = Alignment(horizontal="center"); r += 1
    ws.cell(r, 1, "(Mức tự đánh giá: Đạt / Đạt một phần / Chưa đạt)").font = Font(name="Times New Roman", italic=True, size=11)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4); ws.cell(r, 1).alignment = Alignment(horizontal="center"); r += 2
    for c, h in enumerate(["TT", "Nội dung công việc", "Đã thực hiện", "Tự đánh giá"], 1):
        cell = ws.cell(r, c, h); cell.font = fb; cell.border = BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r += 1
    rows = R["cchc_items"] if rej else [(e["name"], e["text"], e["word"]) for e in R["items"]]
    for i, (name, txt, w) in enumerate(rows, 1):
        for c, v in enumerate([i, name, txt, w], 1):
            cell = ws.cell(r, c, v); cell.font = fn; cell.border = BOX
            cell.alignment = Alignment(vertical="top", wrap_text=True, horizontal="center" if c in (1, 4) else None)
        r += 1
    r += 1
    ws.cell(r, 1, "Khó khăn, vướng mắc:").font = fb; r += 1
    for dd in R["diffs"]:
        ws.cell(r, 2, "+ " + dd).font = fn; r += 1
    ws.cell(r, 1, "Đề xuất:").font = fb; r += 1
    for dd in R["props"]:
        ws.cell(r, 2, "+ " + dd).font = fn; r += 1
    r += 1
    ws.cell(r, 2, "Người tổng hợp: " + R["preparer"]).font = Font(name="Times New Roman", italic=True, size=12)
    for col, w in zip("ABCD", [5, 38, 70, 16]):
        ws.column_dimensions[col].width = w
    wb.save(path)


def lo_resave(path, ext):
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path)
    shutil.rmtree(tmp)


def truth(R, path):
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    rej = R.get("rejected")
    k = dict(file=R["file"], sha256=sha, status="rejected" if rej else "extracted", reason=rej,
             unit=dict(id=R["unit_id"], name=R["unit_name"]),
             document=dict(number=R["number"], date=R["date"]),
             entries=[], findings=[], difficulties=[] if rej else list(R["diffs"]),
             proposals=[] if rej else list(R["props"]))
    if not rej:
        items = R.get("items") or [row[2] for row in R["rows"] if row[2] is not None]
        for e in items:
            txt = e["text"] if isinstance(e["text"], str) else (e["name"] + ": " + "; ".join(e["text"]))
            k["entries"].append(dict(task=e["task"], status=e["status"], indicators=dict(e["ind"]), text=txt))
    os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
    with open(os.path.join(OUT, "truth", R["file"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(k, f, ensure_ascii=False, indent=2)


def main():
    for R in REPORTS:
        path = os.path.join(OUT, R["file"])
        h = R["hand"]
        if h == "A":
            hand_A(R, path)
        elif h == "B":
            hand_B(R, path)
        elif h == "C":
            hand_C(R, path)
        elif h == "D":
            (hand_D_docx if path.endswith(".docx") else hand_D_xlsx)(R, path)
        if R.get("lo_resave"):
            lo_resave(path, path.rsplit(".", 1)[1])
        truth(R, path)
        print("wrote", R["file"])


if __name__ == "__main__":
    main()
