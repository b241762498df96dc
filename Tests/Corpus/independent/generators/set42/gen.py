# -*- coding: utf-8 -*-
"""Generator for set 42 (wards/communes/special zone of province 79). Run: python3 gen.py"""
import hashlib, json, os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from content import ALL, QH, DL, SYM

OUT = os.path.dirname(os.path.abspath(__file__))
TR = os.path.join(OUT, "truth")
os.makedirs(TR, exist_ok=True)


def lc(u):
    return u[0].lower() + u[1:]


def dparts(iso):
    y, m, d = iso.split("-")
    return int(d), int(m), int(y)


def date_line(r, pad=True):
    d, m, y = dparts(r["date"])
    dd = f"{d:02d}" if pad else str(d)
    mm = f"{m:02d}" if pad and m < 3 else str(m)
    return f"{r['place']}, ngày {dd} tháng {mm} năm {y}"


# ------------------------------------------------------------ docx helpers
def new_doc(font="Times New Roman", size=13):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(2)
    return doc


def para(doc, text="", bold=False, italic=False, align=None, size=None, indent=True, runs=None, space_after=4):
    p = doc.add_paragraph()
    if runs is None:
        runs = [(text, bold, italic)]
    for t, b, i in runs:
        r = p.add_run(t)
        r.bold, r.italic = b, i
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.first_line_indent = Cm(1)
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


def cell_text(cell, lines, bold=False, italic=False, align="c", size=None):
    cell.text = ""
    first = True
    for ln in lines:
        if isinstance(ln, tuple):
            t, b, i = ln
        else:
            t, b, i = ln, bold, italic
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(t)
        r.bold, r.italic = b, i
        if size:
            r.font.size = Pt(size)
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]


def header(doc, left_top, left_unit, r, pad=True):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    cell_text(t.cell(0, 0), [(left_top, False, False), (left_unit, True, False), ("Số: " + r["number"], False, False)], size=12)
    cell_text(t.cell(0, 1), [(QH, True, False), (DL, True, False), ("", False, False), (date_line(r, pad), False, True)], size=12)


def signature(doc, sign, noi_nhan):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    cell_text(t.cell(0, 0), [("Nơi nhận:", True, True)] + [("- " + x, False, False) for x in noi_nhan], align="l", size=11)
    cell_text(t.cell(0, 1), [(sign[0], True, False), (sign[1], True, False), ("", False, False), ("(đã ký)", False, True), ("", False, False), (sign[2], True, False)])


# ------------------------------------------------------------ H1
def render_h1(r, path):
    doc = new_doc("Times New Roman", 14)
    kind = r["unit"].split()[0].upper()
    header(doc, f"ỦY BAN NHÂN DÂN", r["unit"].upper(), r)
    para(doc, "")
    para(doc, "BÁO CÁO", bold=True, align="c")
    t2 = r.get("title2", "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 theo Chỉ thị số 38-CT/TW")
    para(doc, t2, bold=True, align="c")
    para(doc, "Kính gửi: " + ("Sở An toàn thực phẩm." if r.get("rejected") else "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh."), align="c")
    para(doc, r["intro"])
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for e in r["entries"]:
        pieces = [(e["head"], e, e["body"], e["st"])] + [(h, e, b, s) for h, b, s in e.get("more", [])]
        for h, _, b, s in pieces:
            para(doc, runs=[(h + " ", True, False), (b + (" " + s if s else ""), False, False)])
    para(doc, "II. KHÓ KHĂN", bold=True, indent=False)
    for d in r["diffs"]:
        para(doc, "- " + d)
    para(doc, "III. KIẾN NGHỊ", bold=True, indent=False)
    for i, p in enumerate(r["props"], 1):
        para(doc, f"({i}) " + p)
    para(doc, "Trên đây là báo cáo của Ủy ban nhân dân " + lc(r["unit"]) + "./.")
    signature(doc, r["sign"], ["Như trên;", "TT. Đảng ủy phường;" if "Phường" in r["unit"] else "TT. Đảng ủy xã;", "Lưu: VT, KT."])
    doc.save(path)


# ------------------------------------------------------------ H3
def render_h3(r, path):
    doc = new_doc("Times New Roman", 13)
    kind = "ĐẶC KHU" if r["unit"].startswith("Đặc khu") else "PHƯỜNG"
    header(doc, "ỦY BAN NHÂN DÂN", r["unit"].upper(), r, pad=False)
    para(doc, "")
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    para(doc, f"Kết quả thực hiện {r['ownplan']} của Ủy ban nhân dân {kind.lower()} về triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c")
    para(doc, f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân {kind.lower()} đã ban hành {r['ownplan']}. Ủy ban nhân dân {lc(r['unit'])} báo cáo kết quả thực hiện từng nội dung của Kế hoạch như sau:")
    para(doc, "I. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG KẾ HOẠCH", bold=True, indent=False)
    rows = []
    for e in r["entries"]:
        rows.append((e["left"], e["right"], e["st"]))
        for l, rt, s in e.get("more", []):
            rows.append((l, rt, s))
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), ["TT"], bold=True, size=12)
    cell_text(t.cell(0, 1), [f"Nội dung theo {r['ownplan']}"], bold=True, size=12)
    cell_text(t.cell(0, 2), ["Kết quả thực hiện"], bold=True, size=12)
    for i, (l, rt, s) in enumerate(rows, 1):
        cell_text(t.cell(i, 0), [str(i)], size=12)
        cell_text(t.cell(i, 1), [l], align="j", size=12)
        lines = []
        if rt:
            lines.append((rt, False, False))
        if s:
            lines.append((s, True, False))
        cell_text(t.cell(i, 2), lines, align="j", size=12)
    for row in t.rows:
        row.cells[0].width, row.cells[1].width, row.cells[2].width = Cm(1.1), Cm(7.2), Cm(7.7)
    para(doc, "")
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for i, d in enumerate(r["diffs"], 1):
        para(doc, f"{i}. {d}")
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for i, p in enumerate(r["props"], 1):
        para(doc, f"{i}. {p}")
    signature(doc, r["sign"], ["Chi cục TĐC TP.HCM;", "Thường trực Đảng ủy;", "Lưu: VT."])
    doc.save(path)


# ------------------------------------------------------------ H4 docx
def render_h4_docx(r, path):
    doc = new_doc("Times New Roman", 13)
    header(doc, "ỦY BAN NHÂN DÂN", r["unit"].upper(), r)
    para(doc, "")
    para(doc, "BÁO CÁO", bold=True, align="c")
    para(doc, "Kết quả thực hiện nhiệm vụ về tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c")
    para(doc, f"Theo đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân {lc(r['unit'])} tổng hợp kết quả theo phân công của từng đồng chí như sau:")
    para(doc, "I. KẾT QUẢ THỰC HIỆN THEO PHÂN CÔNG", bold=True, indent=False)
    for i, (who, items) in enumerate(r["officers"], 1):
        para(doc, f"{i}. {who}:", bold=True, indent=False)
        for _, txt in items:
            para(doc, "- " + txt)
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for d in r["diffs"]:
        para(doc, "- " + d)
    para(doc, "III. KIẾN NGHỊ, ĐỀ XUẤT", bold=True, indent=False)
    for d in r["props"]:
        para(doc, "- " + d)
    signature(doc, r["sign"], ["Chi cục TĐC Thành phố;", "Đảng ủy phường (b/c);", "Lưu: VT, KT."])
    doc.save(path)


# ------------------------------------------------------------ xlsx helpers
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def render_h2(r, path):
    wb = Workbook()
    ws = wb.active
    ws.title = "BC" if not r.get("rejected") else "CDS"
    f = Font(name="Times New Roman", size=12)
    fb = Font(name="Times New Roman", size=12, bold=True)
    ws.merge_cells("A1:C1"); ws["A1"] = "UBND " + r["unit"].upper(); ws["A1"].font = fb
    ws.merge_cells("E1:I1"); ws["E1"] = QH; ws["E1"].font = fb
    ws.merge_cells("A2:C2"); ws["A2"] = "Số: " + r["number"]; ws["A2"].font = f
    ws.merge_cells("E2:I2"); ws["E2"] = DL; ws["E2"].font = fb
    ws.merge_cells("E3:I3"); ws["E3"] = date_line(r); ws["E3"].font = Font(name="Times New Roman", size=12, italic=True)
    ws.merge_cells("A5:I5")
    ws["A5"] = r.get("title", "BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG)")
    ws["A5"].font = Font(name="Times New Roman", size=13, bold=True)
    ws.merge_cells("A6:I6"); ws["A6"] = "(Kèm theo Báo cáo số " + r["number"] + " của UBND " + lc(r["unit"]) + ")"; ws["A6"].font = Font(name="Times New Roman", size=12, italic=True)
    for c in ("A5", "A6", "E1", "E2", "E3", "A1", "A2"):
        ws[c].alignment = Alignment(horizontal="center", wrap_text=True)
    hdr = ["STT", "Nội dung công việc", "Việc đã làm", "Số cuộc / lớp / đợt", "Số cơ sở / lượt người",
           "Vi phạm (trường hợp)", "Tiền phạt (đồng)", "Mức độ", "Ghi chú"]
    if r.get("rejected"):
        hdr = ["STT", "Nội dung", "Kết quả", "Số đợt / lớp", "Số lượng", "", "", "Mức độ", "Ghi chú"]
    HR = 8
    for j, h in enumerate(hdr):
        c = ws.cell(HR, j + 1, h); c.font = fb; c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    rr = HR + 1
    for i, row in enumerate(r["rows"], 1):
        vals = [i, row["name"], row["desc"], row["cols"].get("D"), row["cols"].get("E"), row["cols"].get("F"),
                row["cols"].get("G"), SYM[row["sym"]], ""]
        if row["sym"] == "not_applicable":
            vals[8] = "Không phát sinh"
        for j, v in enumerate(vals):
            c = ws.cell(rr, j + 1, v)
            c.font = f; c.border = BOX
            c.alignment = Alignment(vertical="center", wrap_text=True, horizontal="center" if j in (0, 7) else None)
            if j == 6 and isinstance(v, int):
                c.number_format = "#,##0"
        rr += 1
    rr += 1
    ws.cell(rr, 2, "Ghi chú cột Mức độ:  ● đã hoàn thành;  ◐ đang thực hiện;  ○ chưa thực hiện;  – không phát sinh").font = Font(name="Times New Roman", size=11, italic=True)
    rr += 2
    ws.cell(rr, 2, "Khó khăn, vướng mắc:").font = fb; rr += 1
    for d in r["diffs"]:
        ws.cell(rr, 2, "- " + d).font = f; rr += 1
    ws.cell(rr, 2, "Kiến nghị:").font = fb; rr += 1
    for d in r["props"]:
        ws.cell(rr, 2, "- " + d).font = f; rr += 1
    rr += 1
    ws.cell(rr, 2, "Người lập biểu").font = fb
    ws.cell(rr, 7, "KT. CHỦ TỊCH").font = fb
    ws.cell(rr + 1, 7, "PHÓ CHỦ TỊCH").font = fb
    ws.cell(rr + 4, 2, "Phạm Quốc Huy").font = f
    ws.cell(rr + 4, 7, r["signer"]).font = fb
    for col, w in zip("ABCDEFGHI", (5, 34, 40, 10, 11, 10, 14, 8, 14)):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(path)


def render_h4_xlsx(r, path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Tong hop"
    f = Font(name="Arial", size=10)
    fb = Font(name="Arial", size=10, bold=True)
    lines = [("ỦY BAN NHÂN DÂN " + r["unit"].upper(), True), ("Số: " + r["number"], False),
             (QH + " – " + DL, True), (date_line(r), False), ("", False),
             ("BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026 (CHỈ THỊ 38-CT/TW)", True),
             ("Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", False), ("", False),
             ("Kết quả của từng đồng chí được phân công ghi tại các sheet kèm theo:", False)]
    for i, (t, b) in enumerate(lines, 1):
        c = ws.cell(i, 1, t); c.font = fb if b else f
    rr = len(lines) + 1
    for sheet, full, _ in r["officers"]:
        ws.cell(rr, 1, f"- Sheet \"{sheet}\": {full}").font = f; rr += 1
    rr += 1
    ws.cell(rr, 1, "Khó khăn, vướng mắc:").font = fb; rr += 1
    for d in r["diffs"]:
        ws.cell(rr, 1, "+ " + d).font = f; rr += 1
    ws.cell(rr, 1, "Kiến nghị, đề xuất:").font = fb; rr += 1
    for d in r["props"]:
        ws.cell(rr, 1, "+ " + d).font = f; rr += 1
    rr += 1
    for k, t in enumerate(r["sign"]):
        ws.cell(rr + k, 4, t).font = fb
    ws.column_dimensions["A"].width = 110
    for sheet, full, items in r["officers"]:
        s = wb.create_sheet(sheet)
        s.cell(1, 1, "Người thực hiện: " + full).font = fb
        for j, h in enumerate(["Ngày / thời gian", "Công việc", "Kết quả", "Tình trạng"], 1):
            c = s.cell(3, j, h); c.font = fb; c.border = BOX
        for i, (_, dt, job, res, st) in enumerate(items, 4):
            for j, v in enumerate([dt, job, res, st], 1):
                c = s.cell(i, j, v); c.font = f; c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
        for col, w in zip("ABCD", (16, 55, 38, 24)):
            s.column_dimensions[col].width = w
    wb.save(path)


# ------------------------------------------------------------ truth
def truth_entries(r):
    h = r["hand"]
    out = []
    if r.get("rejected"):
        return out
    if h in ("H1", "H3"):
        for e in r["entries"]:
            if h == "H1":
                parts = [e["head"] + " " + e["body"] + (" " + e["st"] if e["st"] else "")]
                parts += [a + " " + b + " " + c for a, b, c in e.get("more", [])]
            else:
                parts = [" ".join(x for x in (e["right"], e["st"]) if x)]
                parts += [" ".join(x for x in (b, c) if x) for a, b, c in e.get("more", [])]
            out.append(dict(task=e["task"], status=e["status"], indicators=e["ind"], text=" ".join(parts)))
        return out
    # key-based hands (H2, H4)
    texts = {}
    if h == "H2":
        for row in r["rows"]:
            texts.setdefault(row["task"], []).append(row["name"] + ": " + row["desc"])
    elif r["file"].endswith(".docx"):
        for _, items in r["officers"]:
            for t, txt in items:
                if t:
                    texts.setdefault(t, []).append(txt)
    else:
        for _, _, items in r["officers"]:
            for t, dt, job, res, st in items:
                texts.setdefault(t, []).append(" – ".join(x for x in (job, res, st) if x))
    for t, (st, ind) in r["key"].items():
        out.append(dict(task=t, status=st, indicators=ind, text=" | ".join(texts[t])))
    assert set(texts) == set(r["key"]), (r["file"], set(texts) ^ set(r["key"]))
    return out


def lo_resave(path):
    ext = path.rsplit(".", 1)[1]
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/prof", "--convert-to", ext,
                        "--outdir", td + "/o", path], check=True, capture_output=True, timeout=180)
        shutil.move(os.path.join(td, "o", os.path.basename(path)), path)


def main():
    for r in ALL:
        path = os.path.join(OUT, r["file"])
        if r["hand"] == "H1":
            render_h1(r, path)
        elif r["hand"] == "H2":
            render_h2(r, path)
        elif r["hand"] == "H3":
            render_h3(r, path)
        elif r["file"].endswith(".docx"):
            render_h4_docx(r, path)
        else:
            render_h4_xlsx(r, path)
        if r.get("lo"):
            lo_resave(path)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        rej = bool(r.get("rejected"))
        key = dict(file=r["file"], sha256=sha, status="rejected" if rej else "extracted",
                   reason=r.get("reason") if rej else None,
                   unit=dict(id=r["unit_id"], name=r["unit"]),
                   document=dict(number=r["number"], date=r["date"]),
                   entries=truth_entries(r), findings=[],
                   difficulties=[] if rej else r["diffs"], proposals=[] if rej else r["props"])
        with open(os.path.join(TR, r["file"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(key, fh, ensure_ascii=False, indent=2)
        print("wrote", r["file"])


if __name__ == "__main__":
    main()
