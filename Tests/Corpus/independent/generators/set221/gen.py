import json, os, hashlib, subprocess, shutil, sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
sys.path.insert(0, os.path.dirname(__file__))
from data_a import A
from data_b import B
from data_cd import C, D

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)


def vn_date(iso):
    y, m, d = iso.split("-")
    return f"ngày {d} tháng {m} năm {y}"


def para(doc, text, bold=False, italic=False, align=None, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def header_table(doc, upper, number, date_line):
    t = doc.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    l.text = ""
    lines = upper.split("\n")
    p = l.paragraphs[0]
    for i, ln in enumerate(lines):
        run = p.add_run(ln + ("\n" if i < len(lines) - 1 else ""))
        run.bold = i == len(lines) - 1
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p2 = l.add_paragraph("Số: " + number)
    p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = r.paragraphs[0]
    p.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n").bold = True
    p.add_run("Độc lập - Tự do - Hạnh phúc").bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p3 = r.add_paragraph()
    p3.add_run(date_line).italic = True
    p3.alignment = WD_ALIGN_PARAGRAPH.CENTER


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return doc


# ---------------- Hand A: minutes ----------------
def render_a(r):
    doc = base_doc()
    header_table(doc, r["upper"], r["number"], f"{r['place']}, {vn_date(r['date'])}")
    para(doc, "")
    para(doc, "BIÊN BẢN HỌP GIAO BAN", bold=True, align="c", size=14)
    para(doc, r.get("title_vv", "(V/v đánh giá kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng năm 2026)"),
         italic=True, align="c")
    para(doc, "I. THỜI GIAN, ĐỊA ĐIỂM", bold=True)
    para(doc, r["time_line"])
    para(doc, "II. THÀNH PHẦN", bold=True)
    para(doc, "- Chủ trì: " + r["chair"] + ".")
    para(doc, "- Thư ký: " + r["secretary"] + ".")
    para(doc, "- Tham dự: " + "; ".join(r["members"]) + ".")
    para(doc, "III. NỘI DUNG CUỘC HỌP", bold=True)
    para(doc, "Sau khi đồng chí chủ trì quán triệt mục đích cuộc họp, các đồng chí lần lượt báo cáo như sau:")
    for i, e in enumerate(r["entries"], 1):
        p = doc.add_paragraph()
        p.add_run(f"{i}. {e['speaker']} báo cáo: ").bold = True
        p.add_run(e["speech"])
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1)
        p.add_run("Kết luận: ").bold = True
        p.add_run(e["concl"]).italic = True
    para(doc, "IV. Ý KIẾN THẢO LUẬN VÀ KẾT LUẬN CHUNG", bold=True)
    para(doc, "Các đại biểu thống nhất nêu một số khó khăn, vướng mắc:")
    for d in r["diffs"]:
        para(doc, "- " + d)
    para(doc, "Đồng chí chủ trì thống nhất giao Văn phòng tổng hợp, kiến nghị:")
    for d in r["props"]:
        para(doc, "- " + d)
    para(doc, "Cuộc họp kết thúc lúc 10 giờ 15 phút cùng ngày. Biên bản được đọc lại cho các thành viên dự họp cùng nghe và thống nhất./.")
    t = doc.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "THƯ KÝ"
    t.cell(0, 1).text = "CHỦ TRÌ"
    t.cell(1, 0).text = "\n\n\n" + r["secretary"].split(" – ")[0].replace("Đ/c ", "")
    t.cell(1, 1).text = "\n\n\n" + r["chair"].split(" – ")[0].replace("Đ/c ", "")
    for c in t.rows[0].cells:
        c.paragraphs[0].runs[0].bold = True
    return doc


# ---------------- Hand B: nested tables ----------------
def render_b(r):
    doc = base_doc()
    header_table(doc, r["upper"], r["number"], r["date_text"])
    para(doc, "")
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c")
    para(doc, "")
    para(doc, r["intro"], align="j")
    para(doc, "I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", bold=True)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["STT", "Nhiệm vụ", "Kết quả thực hiện", "Mức độ"]):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    for i, e in enumerate(r["entries"], 1):
        row = t.add_row().cells
        row[0].text = str(i)
        row[1].text = e["name"]
        cell = row[2]
        cell.text = e["narr"]
        if e["rows"]:
            nt = cell.add_table(rows=1, cols=3)
            nt.style = "Table Grid"
            for c, h in zip(nt.rows[0].cells, ["Chỉ tiêu", "ĐVT", "Số lượng"]):
                c.text = h
                c.paragraphs[0].runs[0].italic = True
            for lab, dvt, val, _id, _v in e["rows"]:
                rc = nt.add_row().cells
                rc[0].text, rc[1].text, rc[2].text = lab, dvt, val
            cell.add_paragraph("")
        if e.get("note"):
            pp = cell.add_paragraph()
            pp.add_run(e["note"]).italic = True
        row[3].text = e["level"]
    widths = [Cm(1.1), Cm(4.5), Cm(8.5), Cm(2.4)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    para(doc, "")
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for d in r["diffs"]:
        para(doc, "- " + d, align="j")
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for d in r["props"]:
        para(doc, "- " + d, align="j")
    para(doc, f"Trên đây là báo cáo của {r['unit_name']}./.")
    t = doc.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Nơi nhận:\n- Sở Khoa học và Công nghệ;\n- Chi cục TĐC (để t/h);\n- Lưu: VT."
    t.cell(0, 1).text = r["signer"] + "\n\n\n\n" + r["signame"]
    return doc


# ---------------- Hand C: ward XLSX ----------------
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def render_c(r, path):
    wb = Workbook()
    ws = wb.active
    ws.title = "BC CT38"
    ws["A1"] = r["upper"]; ws["A1"].font = Font(bold=True)
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E1"].font = Font(bold=True)
    ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["A2"] = "Số: " + r["number"]
    ws["E3"] = r["date_text"]; ws["E3"].font = Font(italic=True)
    ws["A5"] = "BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 (TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG)"
    ws["A5"].font = Font(bold=True, size=12)
    ws.merge_cells("A5:G5")
    hdr = ["STT", "Nội dung công việc", "Kết quả (số lượng)", "Số hộ / lượt", "Tỷ lệ (%)", "Tình trạng", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=j, value=h)
        c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    rr = 8
    for i, e in enumerate(r["rows"], 1):
        vals = [i, e["name"], e["kq"], e["hl"], e["tl"], e["tt"], e["gc"]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=rr, column=j, value=v if v != "" else None)
            c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
        rr += 1
    rr += 1
    ws.cell(row=rr, column=1, value="Khó khăn:").font = Font(bold=True)
    for d in r["diffs"]:
        rr += 1; ws.cell(row=rr, column=2, value="- " + d)
    rr += 1
    ws.cell(row=rr, column=1, value="Kiến nghị:").font = Font(bold=True)
    for d in r["props"]:
        rr += 1; ws.cell(row=rr, column=2, value="- " + d)
    rr += 2
    ws.cell(row=rr, column=2, value="Người lập biểu")
    ws.cell(row=rr, column=5, value="KT. CHỦ TỊCH - PHÓ CHỦ TỊCH")
    ws.cell(row=rr + 4, column=2, value=r["signer"])
    for col, w in zip("ABCDEFG", [5, 38, 34, 26, 10, 15, 30]):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------- Hand D: one row per figure ----------------
def render_d(r, path):
    wb = Workbook()
    ws = wb.active
    ws.title = "TongHop"
    ws["A1"] = r["upper"]; ws["A1"].font = Font(bold=True)
    ws["A2"] = "Số: " + r["number"]
    ws["A3"] = r["date_text"]
    ws["A5"] = r.get("title", "TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026")
    ws["A5"].font = Font(bold=True, size=12)
    hdr = ["Nhiệm vụ (theo KH 38)", "Chỉ tiêu", "Giá trị", "ĐVT", "Loại số liệu (Chính thức / Tạm tính)", "Tình trạng nhiệm vụ"]
    if r.get("mistaken"):
        hdr[0] = "Nội dung"
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=j, value=h)
        c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    rr = 8
    for t in r["tasks"]:
        rows = t["rows"] or [("(không có số liệu)", None, None, None, None)]
        start = rr
        for lab, val, dvt, loai, _id in rows:
            ws.cell(row=rr, column=2, value=lab)
            c = ws.cell(row=rr, column=3, value=val)
            if isinstance(val, int) and val >= 1000:
                c.number_format = "#,##0"
            ws.cell(row=rr, column=4, value=dvt)
            ws.cell(row=rr, column=5, value=loai)
            for j in range(1, 7):
                ws.cell(row=rr, column=j).border = BOX
                ws.cell(row=rr, column=j).alignment = Alignment(wrap_text=True, vertical="center")
            rr += 1
        ws.cell(row=start, column=1, value=t["name"])
        ws.cell(row=start, column=6, value=t["tt"])
        if rr - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=rr - 1, end_column=1)
            ws.merge_cells(start_row=start, start_column=6, end_row=rr - 1, end_column=6)
    rr += 1
    ws.cell(row=rr, column=1, value="Người tổng hợp: Đặng Minh Khoa")
    for col, w in zip("ABCDEF", [44, 30, 14, 10, 20, 20]):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("KhoKhan_DeXuat")
    ws2["A1"] = "Loại"; ws2["B1"] = "Nội dung"
    ws2["A1"].font = ws2["B1"].font = Font(bold=True)
    k = 2
    for d in r["diffs"]:
        ws2.cell(row=k, column=1, value="Khó khăn"); ws2.cell(row=k, column=2, value=d); k += 1
    for d in r["props"]:
        ws2.cell(row=k, column=1, value="Đề xuất"); ws2.cell(row=k, column=2, value=d); k += 1
    ws2.column_dimensions["A"].width = 12; ws2.column_dimensions["B"].width = 100
    wb.save(path)


def resave(path):
    ext = path.rsplit(".", 1)[1]
    tmp = os.path.join(OUT, ".lo_tmp")
    os.makedirs(tmp, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, path],
                   check=True, capture_output=True, timeout=120)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path)
    shutil.rmtree(tmp, ignore_errors=True)


def truth_of(r, path):
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    base = dict(file=os.path.basename(path), sha256=sha,
                unit={"id": r["unit_id"], "name": r["unit_name"]},
                document={"number": r["number"], "date": r["date"]}, findings=[])
    if r.get("mistaken"):
        base.update(status="rejected", reason=r["reason"], entries=[], difficulties=[], proposals=[])
        return base
    ents = []
    if r["hand"] == "A":
        for e in r["entries"]:
            ents.append(dict(task=e["task"], status=e["status"], indicators=e["ind"], text=e["speech"]))
    elif r["hand"] == "B":
        for e in r["entries"]:
            ind = {i: v for _, _, _, i, v in e["rows"] if i}
            ents.append(dict(task=e["task"], status=e["status"], indicators=ind, text=e["narr"]))
    elif r["hand"] == "C":
        for e in r["rows"]:
            ents.append(dict(task=e["task"], status=e["status"], indicators=e["ind"], text=e["name"] + ": " + e["kq"]))
    else:
        for t in r["tasks"]:
            ind = {row[4]: row[1] for row in t["rows"] if row[4]}
            ents.append(dict(task=t["task"], status=t["status"], indicators=ind, text=t["name"]))
    base.update(status="extracted", reason=None, entries=ents, difficulties=r["diffs"], proposals=r["props"])
    return base


def main():
    allr = A + B + C + D
    for r in allr:
        path = os.path.join(OUT, r["file"])
        if r["hand"] in "AB":
            doc = render_a(r) if r["hand"] == "A" else render_b(r)
            doc.core_properties.author = {"A": "Trần Thị Mỹ Hạnh", "B": "Phạm Quốc Vinh"}[r["hand"]]
            doc.save(path)
        elif r["hand"] == "C":
            render_c(r, path)
        else:
            render_d(r, path)
        if r.get("resave"):
            resave(path)
        with open(os.path.join(TRUTH, r["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(truth_of(r, path), f, ensure_ascii=False, indent=2)
    print(len(allr), "files")


if __name__ == "__main__":
    main()
