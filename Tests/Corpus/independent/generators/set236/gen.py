# -*- coding: utf-8 -*-
"""Generator for set 236. Run: python3 gen.py"""
import hashlib, json, os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from reports import R

OUT = os.path.dirname(os.path.abspath(__file__))
PLAN = "Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ"
RESAVE = {"25951_DongHoa_BC_TDC_2026.docx", "25747_ThuDauMot_CT38_11T.xlsx"}


def dmy(d):
    y, m, dd = d.split("-")
    return f"{dd}/{m}/{y}"


def setfont(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is not None:
        rf.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia', name)


def para(doc, text="", bold=False, italic=False, align=None, size=None, indent=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.first_line_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(3)
    return p


def header_table(doc, left_lines, number, datetext):
    t = doc.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    l.text = ""
    p = l.paragraphs[0]
    for i, line in enumerate(left_lines):
        run = p.add_run(line + "\n")
        run.bold = i == len(left_lines) - 1
        run.font.size = Pt(12)
    run = p.add_run(f"Số: {number}" if number else "Số:      /BC")
    run.font.size = Pt(12)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p2 = r.paragraphs[0]
    a = p2.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"); a.bold = True; a.font.size = Pt(12)
    b = p2.add_run("Độc lập - Tự do - Hạnh phúc\n"); b.bold = True; b.font.size = Pt(12)
    c = p2.add_run(datetext); c.italic = True; c.font.size = Pt(12)
    p2.alignment = WD_ALIGN_PARAGRAPH.CENTER


def cap_first(s):
    return s[0].upper() + s[1:]


# ------------------------------------------------------------------ Hand A
def hand_a(rep, path):
    doc = Document(); setfont(doc)
    uname = rep["unit"][1]
    header_table(doc, ["ỦY BAN NHÂN DÂN", uname.upper()], rep["number"], rep["datetext"])
    para(doc)
    title = rep.get("title", "BÁO CÁO\nKết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW\nvề tiêu chuẩn, đo lường, chất lượng năm 2026")
    para(doc, title, bold=True, align="c")
    kind = "xã" if uname.startswith("Xã") else "phường"
    if rep.get("rejected"):
        para(doc, f"Thực hiện chỉ đạo của UBND Thành phố, Ủy ban nhân dân {kind} báo cáo kết quả thực hiện nhiệm vụ chuyển đổi số tháng 10, 11 năm 2026 theo phân công từng công chức như sau:", align="j", indent=1)
    else:
        para(doc, f"Thực hiện {PLAN} (Chi cục TĐC đôn đốc tại công văn ngày 20/10/2026), Ủy ban nhân dân {kind} báo cáo kết quả thực hiện theo phân công từng công chức như sau:", align="j", indent=1)
    para(doc, "I. KẾT QUẢ THỰC HIỆN THEO PHÂN CÔNG", bold=True)
    for who, role, items in rep["staff"]:
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1)
        r = p.add_run(who + " "); r.bold = True
        r = p.add_run(f"({role}): "); r.italic = True
        bits = [it[3] for it in items]
        body = cap_first(bits[0]) + "".join(("; ngoài ra, " if i == 1 else "; bên cạnh đó, ") + b for i, b in enumerate(bits[1:], 1)) + "."
        p.add_run(body)
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for d in rep["difficulties"]:
        para(doc, "- " + d, align="j", indent=1)
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for d in rep["proposals"]:
        para(doc, "- " + d, align="j", indent=1)
    para(doc, f"Trên đây là báo cáo của Ủy ban nhân dân {kind} {uname.split(' ', 1)[1]}./.", indent=1)
    if rep.get("rejected"):
        sign(doc, rep["signer"], ["Thường trực Đảng ủy phường;", "Lưu: VT, VP."], "UBND Thành phố")
    else:
        sign(doc, rep["signer"], ["Như trên;", "Chi cục TĐC (để tổng hợp);", "Lưu: VT, KT."], "Sở Khoa học và Công nghệ")
    doc.save(path)


def sign(doc, signer, noinhan, kg):
    t = doc.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    p = l.paragraphs[0]
    a = p.add_run("Nơi nhận:\n"); a.bold = True; a.italic = True; a.font.size = Pt(11)
    for n in ["- " + kg + ";"] + ["- " + x for x in noinhan]:
        b = p.add_run(n + "\n"); b.font.size = Pt(11)
    p2 = r.paragraphs[0]; p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    lines = [x for x in signer[:-1] if x]
    b = p2.add_run("\n".join(lines) + "\n\n\n\n"); b.bold = True
    c = p2.add_run(signer[-1]); c.bold = True


# ------------------------------------------------------------------ Hand B
B_LEGEND = {
    "KH38": "Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 của Sở KH&CN",
    "CTr XTTM": "Chương trình xúc tiến thương mại năm 2026 của Sở",
    "KH TTB-YT": "Kế hoạch quản lý trang thiết bị y tế năm 2026",
    "KH ATTP-NLTS": "Kế hoạch bảo đảm an toàn thực phẩm nông lâm thủy sản năm 2026",
    "KH CCHC": "Kế hoạch cải cách hành chính năm 2026",
    "Chỉ số PAR": "Bộ chỉ số cải cách hành chính",
}
B_HEAD = ["TT", "Nội dung công việc", "Thuộc", "Kết quả (số liệu)", "Tình hình", "Ghi chú"]


def b_rows(rep):
    out = []
    for i, (thuoc, task, st, ind, name, fig, word) in enumerate(rep["rows"], 1):
        note = "Sở phối hợp Chi cục TĐC" if thuoc == "KH38" else "Không thuộc KH38, tổng hợp chung"
        out.append([str(i), name, thuoc, fig, word, note])
    return out


def hand_b_xlsx(rep, path):
    wb = Workbook(); ws = wb.active; ws.title = "TongHop"
    thin = Side(style="thin"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "UBND THÀNH PHỐ HỒ CHÍ MINH"; ws["A2"] = rep["unit"][1].upper(); ws["A2"].font = Font(bold=True)
    ws["A3"] = f"Số: {rep['number']}"
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    y, m, d = rep["date"].split("-")
    ws["D3"] = f"Thành phố Hồ Chí Minh, ngày {d} tháng {m} năm {y}"
    title = rep.get("title") or f"BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN KH38/SKHCN VÀ {rep['other'].upper()} (đến 31/10/2026)"
    ws["A5"] = title; ws["A5"].font = Font(bold=True, size=13)
    ws.merge_cells("A5:F5"); ws["A5"].alignment = Alignment(horizontal="center")
    for j, h in enumerate(B_HEAD, 1):
        c = ws.cell(row=7, column=j, value=h); c.font = Font(bold=True); c.border = bd
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 8
    for row in b_rows(rep):
        for j, v in enumerate(row, 1):
            c = ws.cell(row=r, column=j, value=v); c.border = bd
            c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    r += 1
    used = sorted({x[0] for x in rep["rows"]})
    ws.cell(row=r, column=1, value="Cột \"Thuộc\": " + "; ".join(f"{k} = {B_LEGEND[k]}" for k in used)).font = Font(italic=True)
    r += 2
    ws.cell(row=r, column=1, value="KHÓ KHĂN, VƯỚNG MẮC").font = Font(bold=True); r += 1
    for i, d in enumerate(rep["difficulties"], 1):
        ws.cell(row=r, column=1, value=str(i)); ws.cell(row=r, column=2, value=d); r += 1
    ws.cell(row=r, column=1, value="KIẾN NGHỊ").font = Font(bold=True); r += 1
    for i, d in enumerate(rep["proposals"], 1):
        ws.cell(row=r, column=1, value=str(i)); ws.cell(row=r, column=2, value=d); r += 1
    r += 1
    ws.cell(row=r, column=4, value="Người lập biểu"); ws.cell(row=r + 3, column=4, value="Chuyên viên Tạ Quốc Vinh")
    for col, w in zip("ABCDEF", [5, 55, 14, 40, 14, 26]):
        ws.column_dimensions[col].width = w
    wb.save(path)


def hand_b_docx(rep, path):
    doc = Document(); setfont(doc)
    header_table(doc, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", rep["unit"][1].upper()], rep["number"], rep["datetext"])
    para(doc, "V/v báo cáo kết quả thực hiện Kế hoạch 38 năm 2026", italic=True, size=11)
    para(doc, "Kính gửi: Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng)", align="c")
    para(doc, f"Sở Y tế nhận được đề nghị báo cáo kết quả thực hiện {PLAN}. Do một số nội dung phối hợp trùng với {B_LEGEND[rep['other']].lower()}, Sở Y tế tổng hợp chung trong một bảng, cột \"Thuộc\" ghi rõ nội dung thuộc kế hoạch nào, cụ thể như sau:", align="j", indent=1)
    rows = b_rows(rep)
    t = doc.add_table(rows=1 + len(rows), cols=6); t.style = "Table Grid"
    for j, h in enumerate(B_HEAD):
        t.rows[0].cells[j].text = h
        for rr in t.rows[0].cells[j].paragraphs[0].runs: rr.bold = True
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row):
            t.rows[i].cells[j].text = v
    used = sorted({x[0] for x in rep["rows"]})
    para(doc, "Ghi chú cột Thuộc: " + "; ".join(f"{k} – {B_LEGEND[k]}" for k in used) + ".", italic=True, size=11)
    para(doc, "Khó khăn, vướng mắc:", bold=True)
    for d in rep["difficulties"]:
        para(doc, "- " + d, indent=1)
    para(doc, "Kiến nghị:", bold=True)
    for d in rep["proposals"]:
        para(doc, "- " + d, indent=1)
    para(doc, "Sở Y tế báo cáo để Sở Khoa học và Công nghệ tổng hợp./.", indent=1)
    sign(doc, ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Châu Ngọc Hiển"), ["Như trên;", "Lưu: VT, NVD."], "Như trên")
    doc.save(path)


# ------------------------------------------------------------------ Hand C
def hand_c(rep, path):
    doc = Document(); setfont(doc, "Times New Roman", 13)
    header_table(doc, rep["parent"].split("\n") + rep["short"].split("\n"), rep["number"], rep["datetext"])
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c")
    para(doc, "Tình hình thực hiện các hạng mục thuộc Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    para(doc, "(số liệu tính đến ngày 25/10/2026)", italic=True, align="c", size=12)
    para(doc, f"Căn cứ {PLAN}, {rep['unit'][1]} báo cáo tình trạng từng hạng mục được giao như sau:", align="j", indent=1)
    for i, (task, st, ind, own, body, word) in enumerate(rep["items"], 1):
        para(doc, f"Hạng mục {i:02d}. {own}", bold=True)
        para(doc, "- Nội dung đã thực hiện: " + body, align="j")
        p = para(doc, "- Tình trạng hồ sơ: ")
        rr = p.add_run(word); rr.italic = True; rr.bold = True
    para(doc, "Những vướng mắc", bold=True)
    for i, d in enumerate(rep["difficulties"], 1):
        para(doc, f"{i}. {d}", align="j", indent=1)
    para(doc, "Kiến nghị", bold=True)
    for i, d in enumerate(rep["proposals"], 1):
        para(doc, f"{i}. {d}", align="j", indent=1)
    para(doc, "Ghi chú: \"đã nghiệm thu\" – hạng mục đã được nghiệm thu, đóng hồ sơ; \"chưa nghiệm thu\" – đang triển khai, chưa đủ điều kiện nghiệm thu; \"đang hoàn thiện hồ sơ\" – đang thực hiện, hoàn thiện hồ sơ để nghiệm thu.", italic=True, size=11)
    sign(doc, (rep["signer"][0], "", "", rep["signer"][1]), ["Lãnh đạo Sở (để b/c);", "Lưu: VT."], "Chi cục TĐC")
    doc.save(path)


# ------------------------------------------------------------------ Hand D
D_HEAD = ["TT", "Việc", "Kết quả (ghi rõ số liệu)", "Mức độ (Xong / Đang làm / Chưa làm / Không có việc)", "Người làm"]
D_NAMES = {"NTH": "Nguyễn Thị Hương", "LVP": "Lê Văn Phước", "TMT": "Trần Minh Tâm", "PVT": "Phạm Văn Tuấn",
           "NKL": "Ngô Kim Loan", "ĐQV": "Đỗ Quang Vinh", "TTH": "Tôn Thất Hiếu", "HMT": "Hồ Minh Thư",
           "VTL": "Vũ Thị Lan", "TVS": "Thái Văn Sang", "NTC": "Nông Thị Cúc"}


def d_rows(rep):
    return [[str(i), name, res, word, who] for i, (task, word, st, ind, name, res, who) in enumerate(rep["rows"], 1)]


def d_legend(rep):
    who = []
    for r in rep["rows"]:
        if r[6] not in who: who.append(r[6])
    return "Người làm: " + "; ".join(f"{w} – {D_NAMES[w]}" for w in who)


def hand_d_xlsx(rep, path):
    wb = Workbook(); ws = wb.active; ws.title = "Bieu CT38"
    uname = rep["unit"][1]
    ws["A1"] = "UBND " + uname.upper(); ws["A1"].font = Font(bold=True)
    ws["A2"] = f"Số: {rep['number']}" if rep["number"] else "Số: ....../UBND"
    ws["A3"] = f"Ngày gửi: {dmy(rep['date'])}"
    ws["A5"] = "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 (TIÊU CHUẨN – ĐO LƯỜNG – CHẤT LƯỢNG) NĂM 2026"
    ws["A5"].font = Font(bold=True)
    for j, h in enumerate(D_HEAD, 1):
        c = ws.cell(row=7, column=j, value=h); c.font = Font(bold=True); c.alignment = Alignment(wrap_text=True)
    r = 8
    for row in d_rows(rep):
        for j, v in enumerate(row, 1):
            ws.cell(row=r, column=j, value=v).alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    ws.cell(row=r, column=1, value=d_legend(rep)).font = Font(italic=True); r += 2
    ws.cell(row=r, column=1, value="Vướng mắc:").font = Font(bold=True); r += 1
    if not rep["difficulties"]:
        ws.cell(row=r, column=2, value="(không có)"); r += 1
    for d in rep["difficulties"]:
        ws.cell(row=r, column=2, value="- " + d); r += 1
    ws.cell(row=r, column=1, value="Đề xuất:").font = Font(bold=True); r += 1
    for d in rep["proposals"]:
        ws.cell(row=r, column=2, value="- " + d); r += 1
    ws.cell(row=r + 1, column=4, value="Người lập"); ws.cell(row=r + 1, column=5, value="Lãnh đạo duyệt")
    for col, w in zip("ABCDE", [5, 50, 38, 22, 10]):
        ws.column_dimensions[col].width = w
    wb.save(path)


def hand_d_docx(rep, path):
    doc = Document(); setfont(doc, "Arial", 11)
    uname = rep["unit"][1]
    header_table(doc, ["ỦY BAN NHÂN DÂN", uname.upper()], rep["number"], rep["datetext"])
    para(doc, "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026", bold=True, align="c")
    kind = "Xã" if uname.startswith("Xã") else "Phường"
    para(doc, f"{kind} báo cáo theo biểu dưới đây (mỗi việc một dòng):")
    rows = d_rows(rep)
    t = doc.add_table(rows=1 + len(rows), cols=5); t.style = "Table Grid"
    for j, h in enumerate(D_HEAD):
        t.rows[0].cells[j].text = h
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row):
            t.rows[i].cells[j].text = v
    para(doc, d_legend(rep), italic=True, size=9)
    para(doc, "Vướng mắc:", bold=True)
    for d in rep["difficulties"]:
        para(doc, "- " + d)
    para(doc, "Đề xuất:", bold=True)
    for d in rep["proposals"]:
        para(doc, "- " + d)
    sign(doc, ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Quách Văn Nghĩa" if kind == "Xã" else "Lư Thị Mộng"), ["Lưu: VT."], "Chi cục TĐC")
    doc.save(path)


# ------------------------------------------------------------------ keys
def entries(rep):
    h = rep["hand"]; out = []
    if rep.get("rejected"):
        return []
    if h == "A":
        for who, role, items in rep["staff"]:
            for task, st, ind, text in items:
                out.append(dict(task=task, status=st, indicators=ind, text=text))
    elif h == "B":
        for thuoc, task, st, ind, name, fig, word in rep["rows"]:
            if thuoc == "KH38":
                out.append(dict(task=task, status=st, indicators=ind, text=name + (" – " + fig if fig else "")))
    elif h == "C":
        for task, st, ind, own, body, word in rep["items"]:
            out.append(dict(task=task, status=st, indicators=ind, text=own + ": " + body))
    elif h == "D":
        for task, word, st, ind, name, res, who in rep["rows"]:
            out.append(dict(task=task, status=st, indicators=ind, text=name + (": " + res if res else "")))
    return out


def resave(path):
    ext = path.rsplit(".", 1)[1]
    d = tempfile.mkdtemp()
    subprocess.run(["libreoffice", "--headless", "--convert-to", ext, "--outdir", d, path],
                   check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(d, os.path.basename(path)), path)


def main():
    os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
    for rep in R:
        path = os.path.join(OUT, rep["file"])
        h, k = rep["hand"], rep["kind"]
        if h == "A": hand_a(rep, path)
        elif h == "B" and k == "xlsx": hand_b_xlsx(rep, path)
        elif h == "B": hand_b_docx(rep, path)
        elif h == "C": hand_c(rep, path)
        elif h == "D" and k == "xlsx": hand_d_xlsx(rep, path)
        else: hand_d_docx(rep, path)
        if rep["file"] in RESAVE:
            resave(path)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        rej = bool(rep.get("rejected"))
        key = dict(file=rep["file"], sha256=sha, status="rejected" if rej else "extracted",
                   reason=rep.get("reason") if rej else None,
                   unit=dict(id=rep["unit"][0], name=rep["unit"][1]),
                   document=dict(number=rep["number"] or None, date=rep["date"]),
                   entries=entries(rep), findings=[],
                   difficulties=[] if rej else rep["difficulties"],
                   proposals=[] if rej else rep["proposals"])
        json.dump(key, open(os.path.join(OUT, "truth", rep["file"] + ".json"), "w"), ensure_ascii=False, indent=1)
        print("ok", rep["file"])


if __name__ == "__main__":
    main()
