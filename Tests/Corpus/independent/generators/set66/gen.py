# -*- coding: utf-8 -*-
"""Generator for set 66 (wards/communes/special zone of province 79, four everyday hands)."""
import hashlib, json, os, shutil, subprocess, tempfile, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from data66 import REPORTS

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

def short(uname):
    for p in ("Phường ", "Xã ", "Đặc khu "):
        if uname.startswith(p):
            return uname[len(p):]
    return uname

def dparts(iso):
    y, m, d = iso.split("-")
    return int(d), int(m), int(y)

def kind(uname):
    return uname.split(" ")[0] if not uname.startswith("Đặc khu") else "Đặc khu"

def set_font(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is None:
        from docx.oxml import OxmlElement
        rf = OxmlElement('w:rFonts'); rpr.append(rf)
    from docx.oxml.ns import qn
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), name)

def para(doc, text="", bold=False, italic=False, align=None, size=None, indent=None, space_after=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    return p

def cell_lines(cell, lines):
    cell.text = ""
    first = True
    for txt, b, i in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(txt); r.bold = b; r.italic = i

# ---------------------------------------------------------------- Hand A
ORD = ["Thứ nhất", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu"]
A_TAIL = {"completed": "Công việc này phường đã làm xong.",
          "in_progress": "Công việc này phường đang tiếp tục thực hiện.",
          "not_started": "Công việc này phường chưa triển khai được.",
          "not_applicable": "Công việc này trong kỳ không phát sinh.",
          "unknown": None}

def hand_A(r, path):
    doc = Document(); set_font(doc)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    d, m, y = dparts(r["date"])
    t = doc.add_table(rows=1, cols=2)
    cell_lines(t.cell(0, 0), [("ỦY BAN NHÂN DÂN", False, False), (r["uname"].upper(), True, False),
                              ("", False, False), ("Số: " + r["number"], False, False)])
    cell_lines(t.cell(0, 1), [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
                              ("Độc lập - Tự do - Hạnh phúc", True, False), ("", False, False),
                              ("%s, ngày %d tháng %02d năm %d" % (short(r["uname"]), d, m, y), False, True)])
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư\nvề công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c")
    para(doc, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh\n(qua Chi cục Tiêu chuẩn Đo lường Chất lượng).", align="c")
    para(doc, "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, "
              "Ủy ban nhân dân %s báo cáo kết quả thực hiện từ đầu năm đến nay như sau:" % r["uname"], align="j", indent=1)
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    for i, e in enumerate(r["entries"]):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1)
        rr = p.add_run(ORD[i] + ", "); rr.bold = True
        body = e["text"]
        p.add_run(body)
        tail = A_TAIL[e["status"]]
        if tail:
            p.add_run(" " + tail)
    para(doc, "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", bold=True)
    for x in r["diff"]:
        para(doc, "- " + x, align="j", indent=1)
    para(doc, "Nguyên nhân chủ yếu là do bộ máy mới sắp xếp, nhân sự còn thiếu và kiêm nhiệm.", align="j", indent=1)
    para(doc, "III. KIẾN NGHỊ", bold=True)
    for x in r["prop"]:
        para(doc, "- " + x, align="j", indent=1)
    para(doc, "Trên đây là báo cáo của Ủy ban nhân dân %s./." % r["uname"], align="j", indent=1)
    t2 = doc.add_table(rows=1, cols=2)
    c = t2.cell(0, 0); c.text = ""
    p = c.paragraphs[0]; rr = p.add_run("Nơi nhận:"); rr.bold = True; rr.italic = True
    for x in ("- Sở KH&CN (qua Chi cục TĐC);", "- TT. Đảng ủy, TT. HĐND phường;", "- Lưu: VT, KT."):
        q = c.add_paragraph(); q.add_run(x).font.size = Pt(11)
    lines = [(l, True, False) for l in r["sign_title"].split("\n")] + [("", False, False), ("", False, False), (r["signer"], True, False)]
    cell_lines(t2.cell(0, 1), lines)
    doc.save(path)

# ---------------------------------------------------------------- Hand C
C_LINE = {"completed": "Đã xong.", "in_progress": "Chưa xong, đang làm tiếp.",
          "not_started": "Chưa làm.", "not_applicable": "Không có việc phát sinh.", "unknown": None}

def c_header(doc, r):
    d, m, y = dparts(r["date"])
    para(doc, "ỦY BAN NHÂN DÂN", align="c", space_after=0)
    para(doc, r["uname"].upper(), bold=True, align="c", space_after=0)
    para(doc, "Số: " + r["number"], align="c")
    para(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align="c", space_after=0)
    para(doc, "Độc lập - Tự do - Hạnh phúc", bold=True, align="c")
    para(doc, "%s, ngày %02d tháng %02d năm %d" % (short(r["uname"]), d, m, y), italic=True, align="r")

def c_sign(doc, r):
    para(doc, "Nơi nhận:", bold=True, italic=True, space_after=0)
    para(doc, "- Như trên;", size=11, space_after=0)
    para(doc, "- Lưu: VT.", size=11)
    for l in r["sign_title"].split("\n"):
        para(doc, l, bold=True, align="r", space_after=0)
    para(doc); para(doc)
    para(doc, r["signer"], bold=True, align="r")

def hand_C(r, path):
    doc = Document(); set_font(doc, size=14)
    c_header(doc, r)
    if r.get("rejected"):
        return hand_C_attp(doc, r, path)
    para(doc, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(doc, "Về việc thực hiện Kế hoạch Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c")
    para(doc, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align="c")
    para(doc, "Theo đề nghị của Chi cục về việc báo cáo kết quả thực hiện Kế hoạch năm 2026, UBND %s báo cáo như sau:" % short(r["uname"]).join(["", ""]) if False else
         "Theo đề nghị của Chi cục về việc báo cáo kết quả thực hiện Kế hoạch năm 2026, UBND %s báo cáo như sau:" % r["uname"], indent=1, align="j")
    para(doc, "I. KẾT QUẢ", bold=True)
    for i, e in enumerate(r["entries"], 1):
        para(doc, "%d. %s" % (i, e["title"]), bold=True, space_after=0)
        para(doc, e["text"], align="j", indent=1, space_after=0)
        line = C_LINE[e["status"]]
        if line:
            p = para(doc, "", indent=1)
            rr = p.add_run("Đã xong hay chưa: "); rr.italic = True
            p.add_run(line)
        else:
            para(doc, "", space_after=0)
    para(doc, "II. KHÓ KHĂN", bold=True)
    for x in r["diff"]:
        para(doc, "- " + x, align="j", indent=1)
    para(doc, "III. ĐỀ XUẤT", bold=True)
    for x in r["prop"]:
        para(doc, "- " + x, align="j", indent=1)
    para(doc, "UBND %s báo cáo để Chi cục tổng hợp./." % short(r["uname"]) if False else "Trên đây là báo cáo của UBND %s./." % r["uname"], indent=1)
    c_sign(doc, r)
    doc.save(path)

def hand_C_attp(doc, r, path):
    para(doc, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(doc, "Kết quả công tác bảo đảm an toàn thực phẩm 9 tháng đầu năm 2026", bold=True, align="c")
    para(doc, "Kính gửi: Ban Chỉ đạo liên ngành về an toàn thực phẩm Thành phố.", align="c")
    para(doc, "Thực hiện chỉ đạo của Ban Chỉ đạo liên ngành về an toàn thực phẩm, UBND %s báo cáo như sau:" % r["uname"], indent=1, align="j")
    para(doc, "I. KẾT QUẢ", bold=True)
    items = [("Tuyên truyền về an toàn thực phẩm", "Xã tuyên truyền trên loa các ấp và tại chợ Hóc Môn. Số lần phát tin là 24 tin. Số tờ rơi được phát là 500 tờ.", "Đã xong."),
             ("Kiểm tra cơ sở kinh doanh thực phẩm", "Đoàn kiểm tra liên ngành ATTP của xã kiểm tra bếp ăn tập thể và quán ăn. Số cuộc kiểm tra là 4 cuộc. Số cơ sở kiểm tra là 38 cơ sở. Số cơ sở vi phạm là 5 cơ sở. Số tiền phạt là 12.500.000 đồng.", "Chưa xong, đang làm tiếp."),
             ("Tháng hành động vì an toàn thực phẩm", "Xã tổ chức lễ phát động và ký cam kết. Số hộ ký cam kết là 120 hộ.", "Đã xong.")]
    for i, (t, b, s) in enumerate(items, 1):
        para(doc, "%d. %s" % (i, t), bold=True, space_after=0)
        para(doc, b, align="j", indent=1, space_after=0)
        p = para(doc, "", indent=1); rr = p.add_run("Đã xong hay chưa: "); rr.italic = True; p.add_run(s)
    para(doc, "II. KHÓ KHĂN", bold=True)
    para(doc, "- Nhiều cơ sở kinh doanh thức ăn đường phố chưa có giấy xác nhận kiến thức ATTP.", indent=1)
    para(doc, "III. ĐỀ XUẤT", bold=True)
    para(doc, "- Đề nghị Chi cục An toàn vệ sinh thực phẩm tập huấn cho người kinh doanh thức ăn đường phố.", indent=1)
    c_sign(doc, r)
    doc.save(path)

# ---------------------------------------------------------------- Hand B (XLSX)
B_ST = {"completed": "Đã xong", "in_progress": "Thực hiện thường xuyên", "not_started": "Chưa triển khai",
        "not_applicable": "Không có phát sinh", "unknown": ""}
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def b_top(ws, r, title):
    d, m, y = dparts(r["date"])
    ws["A1"] = "UBND " + r["uname"].upper(); ws["A1"].font = Font(bold=True)
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(bold=True)
    ws["A2"] = "Số: " + r["number"]
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["D3"] = "%s, ngày %d/%d/%d" % (short(r["uname"]), d, m, y); ws["D3"].font = Font(italic=True)
    ws["A5"] = title; ws["A5"].font = Font(bold=True, size=13)
    ws.merge_cells("A5:F5"); ws["A5"].alignment = Alignment(horizontal="center")

def hand_B(r, path):
    wb = Workbook(); ws = wb.active
    ws.title = "BC CT38" if not r.get("rejected") else "Giam ngheo"
    for col, w in zip("ABCDEF", (6, 44, 36, 12, 22, 24)):
        ws.column_dimensions[col].width = w
    if r.get("rejected"):
        b_top(ws, r, "BIỂU KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG NĂM 2026")
        rows = [("1", "Rà soát hộ nghèo, hộ cận nghèo", "Hộ nghèo đầu năm", 46, "Đã xong", ""),
                ("", "", "Hộ thoát nghèo", 19, "", ""),
                ("", "", "Hộ cận nghèo", 83, "", ""),
                ("2", "Hỗ trợ nhà ở cho hộ nghèo", "Căn nhà hỗ trợ", 6, "Thực hiện thường xuyên", "Quỹ Vì người nghèo"),
                ("", "", "Kinh phí (đồng)", 360000000, "", ""),
                ("3", "Cấp thẻ BHYT cho hộ nghèo, cận nghèo", "Thẻ BHYT", 412, "Đã xong", "")]
        diff = ["Một số hộ thoát nghèo chưa bền vững."]; prop = ["Đề nghị tăng mức hỗ trợ xây nhà cho hộ nghèo."]
    else:
        b_top(ws, r, "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026")
        rows = []
        for i, e in enumerate(r["entries"], 1):
            figs = e["figs"] or [("", None, None, "")]
            for j, (lab, val, ind, uw) in enumerate(figs):
                if lab and ind == "fines_vnd":
                    lab = lab + " (đồng)"
                rows.append((str(i) if j == 0 else "", e["desc"] if j == 0 else "", lab, val,
                             B_ST[e["status"]] if j == 0 else "", ""))
        diff, prop = r["diff"], r["prop"]
    hdr = ["STT", "Công việc", "Nội dung số liệu", "Số lượng", "Tình trạng", "Ghi chú"]
    ws.append([]); ws.append(hdr)
    hr = ws.max_row
    for c in ws[hr]:
        c.font = Font(bold=True); c.border = BOX; c.alignment = Alignment(horizontal="center", wrap_text=True)
    for row in rows:
        ws.append(list(row))
        for c in ws[ws.max_row]:
            c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
        v = ws.cell(ws.max_row, 4)
        if isinstance(v.value, int) and v.value >= 1000:
            v.number_format = "#,##0"
    ws.append([])
    ws.append(["", "Khó khăn:"]); ws.cell(ws.max_row, 2).font = Font(bold=True)
    for x in diff:
        ws.append(["", "", x])
    ws.append(["", "Kiến nghị:"]); ws.cell(ws.max_row, 2).font = Font(bold=True)
    for x in prop:
        ws.append(["", "", x])
    ws.append([])
    ws.append(["", "Người lập biểu", "", "", "KT. CHỦ TỊCH"])
    ws.append(["", r["maker"], "", "", "PHÓ CHỦ TỊCH"])
    ws.append(["", "ĐT: " + r["phone"]])
    wb.save(path)

# ---------------------------------------------------------------- Hand D (XLSX)
def hand_D(r, path):
    wb = Workbook(); ws = wb.active; ws.title = "Tien do"
    for col, w in zip("ABCDE", (5, 52, 34, 26, 20)):
        ws.column_dimensions[col].width = w
    d, m, y = dparts(r["date"])
    ws["A1"] = "ỦY BAN NHÂN DÂN"; ws["A2"] = r["uname"].upper(); ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: " + (r["number"] or "        /BC-UBND")
    ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["C2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["C3"] = "ngày %02d/%02d/%d" % (d, m, y)
    ws["A5"] = "TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CT38 (TIÊU CHUẨN - ĐO LƯỜNG - CHẤT LƯỢNG) NĂM 2026"
    ws["A5"].font = Font(bold=True); ws.merge_cells("A5:E5")
    ws["A6"] = "(Tiến độ ghi: Xong (tháng xong) / Đang làm / Chưa làm / Không có việc; T = tháng)"
    ws["A6"].font = Font(italic=True, size=9); ws.merge_cells("A6:E6")
    ws.append([])
    ws.append(["TT", "Việc đã làm", "Kết quả", "Tiến độ", "Ghi chú"])
    for c in ws[ws.max_row]:
        c.font = Font(bold=True); c.border = BOX
    for i, e in enumerate(r["entries"], 1):
        ws.append([i, e["desc"], e["res"], e["prog"], ""])
        for c in ws[ws.max_row]:
            c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.append([])
    ws.append(["", "Vướng mắc"]); ws.cell(ws.max_row, 2).font = Font(bold=True)
    for k, x in enumerate(r["diff"], 1):
        ws.append(["", "%d) %s" % (k, x)])
    ws.append(["", "Đề xuất"]); ws.cell(ws.max_row, 2).font = Font(bold=True)
    for k, x in enumerate(r["prop"], 1):
        ws.append(["", "%d) %s" % (k, x)])
    ws.append([]); ws.append(["", "", "", "TM. ỦY BAN NHÂN DÂN"])
    wb.save(path)

def lo_resave(path):
    ext = path.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "in." + ext)
    shutil.copy(path, src)
    outd = os.path.join(tmp, "out"); os.makedirs(outd)
    subprocess.run(["libreoffice", "--headless", "--convert-to", ext, "--outdir", outd, src],
                   check=True, capture_output=True, timeout=180)
    shutil.copy(os.path.join(outd, "in." + ext), path)
    shutil.rmtree(tmp)

def entry_text(e):
    if "text" in e:
        return e["text"]
    t = e["desc"]
    if e.get("res"):
        t += " – " + e["res"]
    return t

def entry_ind(e):
    if "ind" in e:
        return dict(e["ind"])
    out = {}
    for lab, val, ind, uw in e.get("figs", []):
        if ind:
            out[ind] = out.get(ind, 0) + val
    return out

def main():
    for r in REPORTS:
        path = os.path.join(OUT, r["file"])
        {"A": hand_A, "B": hand_B, "C": hand_C, "D": hand_D}[r["hand"]](r, path)
        if r.get("resave"):
            lo_resave(path)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        rej = r.get("rejected")
        key = {"file": r["file"], "sha256": sha,
               "status": "rejected" if rej else "extracted",
               "reason": rej,
               "unit": {"id": r["uid"], "name": r["uname"]},
               "document": {"number": r["number"], "date": r["date"]},
               "entries": [] if rej else [{"task": e["task"], "status": e["status"],
                                            "indicators": entry_ind(e), "text": entry_text(e)} for e in r["entries"]],
               "findings": [],
               "difficulties": [] if rej else list(r["diff"]),
               "proposals": [] if rej else list(r["prop"])}
        with open(os.path.join(TRUTH, r["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
        print(r["hand"], r["file"], key["status"])

if __name__ == "__main__":
    main()
