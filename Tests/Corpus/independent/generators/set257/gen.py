# -*- coding: utf-8 -*-
"""Generator for set 257: builds the report files and their answer keys (sha256 added last)."""
import os, json, hashlib, shutil, subprocess, tempfile, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from content import REPORTS, AG

OUT = os.path.dirname(os.path.abspath(__file__))
QH = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TD = "Độc lập - Tự do - Hạnh phúc"


def dwords(iso):
    y, m, d = iso.split("-")
    return f"ngày {d} tháng {m} năm {y}"


def base_doc(font="Times New Roman", size=13):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(1.8)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    return doc


def para(doc_or_cell, text="", bold=False, italic=False, align=None, size=None, indent=None):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Cm(indent)
    return p


def cell_lines(cell, lines):
    """lines: list of (text, bold, italic); first goes into the existing paragraph."""
    first = True
    for t, b, i in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(t)
        r.bold, r.italic = b, i
        r.font.size = Pt(12.5)


def header_table(doc, R, left_extra=()):
    t = doc.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    lines = [(x, False, False) for x in R["parent"].split("\n")]
    lines += [(x, True, False) for x in R["head"].split("\n")]
    lines += [("———", False, False), ("Số: " + (R["number"] or "     "), False, False)]
    lines += [(x, False, True) for x in left_extra]
    cell_lines(l, lines)
    y, m, d = R["date"].split("-")
    cell_lines(r, [(QH, True, False), (TD, True, False), ("—————————", False, False), ("", False, False),
                   (f"Thành phố Hồ Chí Minh, {dwords(R['date'])}", False, True)])


def signature(doc, R, noi_nhan):
    t = doc.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    p = l.paragraphs[0]
    rr = p.add_run("Nơi nhận:"); rr.bold = rr.italic = True
    for x in noi_nhan:
        q = l.add_paragraph(); q.add_run(x).font.size = Pt(11)
    a, b, name = R["signer"]
    lines = [(a, True, False)] + ([(b, True, False)] if b else []) + [("", False, False)] * 3 + [(name, True, False)]
    cell_lines(r, lines)


# ---------------- H1: Hân ----------------
def build_h1(R, path):
    doc = base_doc()
    header_table(doc, R)
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW\nnăm 2026 (đến tháng 10/2026)", bold=True, align="c")
    if R["unit"] == "SKHCN-CCTDC":
        para(doc, "Kính gửi: Giám đốc Sở Khoa học và Công nghệ.", align="c")
    else:
        para(doc, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng.", align="c")
    para(doc, R["intro"], align="j", indent=1)
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    for n, it in enumerate(R["items"], 1):
        para(doc, f"{n}. {it['name']}", bold=True, indent=1)
        para(doc, "- " + it["body"], align="j", indent=1)
        # Hân types "Tiến độ:" by hand; now and then with a space before the colon
        lab = "Tiến độ :" if n % 4 == 3 else "Tiến độ:"
        p = para(doc, "", indent=1)
        r1 = p.add_run(lab + " "); r1.italic = True
        p.add_run(it["say"])
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for d in R["diff"]:
        para(doc, "- " + d, align="j", indent=1)
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for d in R["prop"]:
        para(doc, "- " + d, align="j", indent=1)
    para(doc, "Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của đơn vị./.", indent=1)
    signature(doc, R, ["- Như trên;", "- Lãnh đạo Sở (để b/c);", "- Lưu: VT."])
    doc.save(path)


# ---------------- H3: Dung ----------------
def build_h3(R, path):
    doc = base_doc(size=14)
    header_table(doc, R, left_extra=(R["vv"],))
    para(doc)
    para(doc, "Kính gửi: Sở Khoa học và Công nghệ.", align="c")
    para(doc, R["intro"], align="j", indent=1.27)
    for it in R["items"]:
        p = para(doc, "", align="j", indent=1.27)
        r = p.add_run(it["name"] + ". "); r.bold = r.italic = True
        # Dung leaves double spaces after commas here and there
        p.add_run(it["body"].replace(", ", ",  ", 1))
    p = para(doc, "", indent=1.27); r = p.add_run("Khó khăn, vướng mắc:"); r.bold = True
    for d in R["diff"]:
        para(doc, "+ " + d, align="j", indent=1.27)
    p = para(doc, "", indent=1.27); r = p.add_run("Kiến nghị:"); r.bold = True
    for d in R["prop"]:
        para(doc, "+ " + d, align="j", indent=1.27)
    para(doc, f"Trên đây là báo cáo của {AG[R['unit']]}, kính gửi Sở Khoa học và Công nghệ tổng hợp./.", indent=1.27)
    signature(doc, R, ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT."])
    doc.save(path)


# ---------------- H5: Sang ----------------
def build_h5(R, path):
    doc = base_doc(size=13)
    para(doc, QH, bold=True, align="c")
    para(doc, TD, bold=True, align="c")
    para(doc, R["parent"])
    para(doc, R["head"], bold=True)
    para(doc, "Số: " + R["number"])
    y, m, d = R["date"].split("-")
    para(doc, f"Tp. Hồ Chí Minh, ngày {d}/{m}/{y}", italic=True, align="r")
    para(doc, "BÁO CÁO KẾT QUẢ THỰC HIỆN KH 38 NĂM 2026", bold=True, align="c")
    para(doc, "(Kế hoạch triển khai Chỉ thị 38-CT/TW của Sở Khoa học và Công nghệ)", italic=True, align="c")
    para(doc, f"{AG[R['unit']]} báo cáo kết quả như sau:")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["TT", "Công việc", "Kết quả", "Tình trạng", "Bộ phận"]):
        c.paragraphs[0].add_run(h).bold = True
    for n, it in enumerate(R["items"], 1):
        cells = t.add_row().cells
        cells[0].text = str(n)
        cells[1].text = it["name"]
        cells[2].text = it["res"]
        cells[3].text = it["say"]
        cells[4].text = it["who"]
    para(doc)
    para(doc, "Khó khăn:", bold=True)
    for d in R["diff"]:
        para(doc, "- " + d)
    para(doc, "Đề xuất:", bold=True)
    for d in R["prop"]:
        para(doc, "- " + d)
    para(doc, "KT. GIÁM ĐỐC", bold=True, align="r")
    para(doc, "PHÓ GIÁM ĐỐC", bold=True, align="r")
    para(doc); para(doc)
    para(doc, {"SO-XD": "Trần Quang Vinh", "SO-NV": "Nguyễn Hữu Lễ", "SO-DL": "Bùi Thị Thanh Thủy"}[R["unit"]], bold=True, align="r")
    doc.save(path)


thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


# ---------------- H2: Bảo ----------------
def build_h2(R, path):
    wb = Workbook(); ws = wb.active; ws.title = "BaoCao_KH38"
    for col, w in zip("ABCDEF", [5, 38, 40, 13, 8, 16]):
        ws.column_dimensions[col].width = w
    par = R["parent"].split("\n")
    ws["A1"] = par[0]; ws["A2"] = par[1]; ws["A3"] = R["head"]; ws["A3"].font = Font(bold=True)
    ws["D1"] = QH; ws["D2"] = TD; ws["D1"].font = ws["D2"].font = Font(bold=True)
    ws["A4"] = "Số: " + R["number"]
    ws["D4"] = "Thành phố Hồ Chí Minh, " + dwords(R["date"]); ws["D4"].font = Font(italic=True)
    ws["A6"] = "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"
    ws["A6"].font = Font(bold=True); ws.merge_cells("A6:F6"); ws["A6"].alignment = Alignment(horizontal="center")
    ws["A7"] = f"(Kèm theo Công văn số {R['number']} của {AG[R['unit']]})"; ws.merge_cells("A7:F7")
    ws["A7"].alignment = Alignment(horizontal="center"); ws["A7"].font = Font(italic=True)
    hdr = ["STT", "Nhiệm vụ Sở được giao/phối hợp", "Hoạt động cụ thể", "Số lượng", "ĐVT", "Tình hình"]
    row = 9
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row, i, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    row += 1
    for n, it in enumerate(R["items"], 1):
        start = row
        for a, q, u in it["acts"]:
            ws.cell(row, 3, a)
            if q is not None:
                c = ws.cell(row, 4, q)
                c.number_format = "#,##0" if q >= 1000 else "0"
                ws.cell(row, 5, u)
            row += 1
        end = row - 1
        ws.cell(start, 1, n); ws.cell(start, 2, it["name"]); ws.cell(start, 6, it["say"])
        if end > start:
            for col in (1, 2, 6):
                ws.merge_cells(start_row=start, end_row=end, start_column=col, end_column=col)
        for r in range(start, end + 1):
            for cc in range(1, 7):
                ws.cell(r, cc).border = BOX
                ws.cell(r, cc).alignment = Alignment(vertical="top", wrap_text=True)
    row += 1
    ws.cell(row, 1, "KHÓ KHĂN, VƯỚNG MẮC").font = Font(bold=True); row += 1
    for i, d in enumerate(R["diff"], 1):
        ws.cell(row, 1, f"{i})"); ws.cell(row, 2, d); row += 1
    ws.cell(row, 1, "KIẾN NGHỊ").font = Font(bold=True); row += 1
    for i, d in enumerate(R["prop"], 1):
        ws.cell(row, 1, f"{i})"); ws.cell(row, 2, d); row += 1
    row += 1
    ws.cell(row, 5, "KT. GIÁM ĐỐC").font = Font(bold=True)
    ws.cell(row + 1, 5, "PHÓ GIÁM ĐỐC").font = Font(bold=True)
    ws.cell(row + 5, 5, {"SO-VHTT": "Huỳnh Văn Tâm", "SO-CT": "Mai Xuân Bảo", "SO-NNMT": "Châu Minh Hiếu"}[R["unit"]]).font = Font(bold=True)
    ws.page_setup.orientation = "landscape"
    wb.save(path)


# ---------------- H4: Huy ----------------
def build_h4(R, path):
    wb = Workbook(); ws = wb.active; ws.title = "TongHop"
    for col, w in zip("ABCDE", [9, 42, 44, 13, 24]):
        ws.column_dimensions[col].width = w
    ws["A1"] = R["parent"]; ws["A2"] = R["head"]; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: " + R["number"] if R["number"] else "Số:"
    ws["A4"] = "Ngày báo cáo:"
    y, m, d = map(int, R["date"].split("-"))
    ws["B4"] = datetime.datetime(y, m, d); ws["B4"].number_format = "dd/mm/yyyy"
    ws["B4"].alignment = Alignment(horizontal="left")
    ws["A6"] = R["title"]; ws["A6"].font = Font(bold=True, size=13)
    hdr = ["Mã KH", "Việc", "Kết quả", "Trạng thái", "Ghi chú"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(8, i, h); c.font = Font(bold=True, color="FFFFFF"); c.border = BOX
        c.fill = PatternFill("solid", fgColor="2F5597")
    r = 9
    for it in R["items"]:
        ws.cell(r, 1, it["code"]); ws.cell(r, 2, it["name"])
        ws.cell(r, 3, "\n".join("- " + x for x in it["res"]) if it["res"] else "")
        ws.cell(r, 4, it["say"])
        ws.cell(r, 5, it.get("note"))
        for cc in range(1, 6):
            ws.cell(r, cc).border = BOX
            ws.cell(r, cc).alignment = Alignment(vertical="top", wrap_text=True)
        r += 1
    ws.cell(r + 1, 1, "Trạng thái: Hoàn thành / Đang làm / Chưa làm / KPS (không phát sinh)").font = Font(italic=True, size=9)
    ws.freeze_panes = "A9"
    k = wb.create_sheet("KK-DX")
    k["A1"] = "Loại"; k["B1"] = "Nội dung"; k["A1"].font = k["B1"].font = Font(bold=True)
    k.column_dimensions["A"].width = 12; k.column_dimensions["B"].width = 90
    rr = 2
    for d in R["diff"]:
        k.cell(rr, 1, "Khó khăn"); k.cell(rr, 2, d); rr += 1
    for d in R["prop"]:
        k.cell(rr, 1, "Đề xuất"); k.cell(rr, 2, d); rr += 1
    wb.save(path)


BUILD = {"H1": build_h1, "H2": build_h2, "H3": build_h3, "H4": build_h4, "H5": build_h5}


def resave(path):
    ext = path.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path)
    shutil.rmtree(tmp)


def text_of(R, it):
    if "body" in it:
        return it["body"]
    if "acts" in it:
        return it["name"] + ": " + "; ".join(f"{a} {'' if q is None else q} {u}".strip() for a, q, u in it["acts"])
    if isinstance(it.get("res"), str):
        return it["name"] + ": " + it["res"]
    return it["name"] + ": " + "; ".join(it["res"])


def main():
    os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
    for R in REPORTS:
        path = os.path.join(OUT, R["file"])
        BUILD[R["hand"]](R, path)
        if R.get("resave"):
            resave(path)
    # keys, sha256 computed last from the final files
    for R in REPORTS:
        path = os.path.join(OUT, R["file"])
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        mis = R.get("mistaken")
        key = {
            "file": R["file"], "sha256": sha,
            "status": "rejected" if mis else "extracted",
            "reason": R["reason"] if mis else None,
            "unit": {"id": R["unit"], "name": AG[R["unit"]]},
            "document": {"number": R["number"], "date": R["date"]},
            "entries": [] if mis else [
                {"task": it["task"], "status": it["st"], "indicators": it["ind"], "text": text_of(R, it)}
                for it in R["items"]],
            "findings": [],
            "difficulties": [] if mis else R["diff"],
            "proposals": [] if mis else R["prop"],
        }
        json.dump(key, open(os.path.join(OUT, "truth", R["file"] + ".json"), "w", encoding="utf-8"),
                  ensure_ascii=False, indent=1)
    print(len(REPORTS), "files")


if __name__ == "__main__":
    main()
