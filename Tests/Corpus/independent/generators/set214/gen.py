# -*- coding: utf-8 -*-
import os, json, hashlib, subprocess, shutil, copy
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
from data import R
OUT = os.path.dirname(os.path.abspath(__file__))
PH = "Nhấp vào đây để nhập văn bản."

def font(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]; st.font.name = name; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)

def para(doc, text="", bold=False, italic=False, align=None, size=None):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p

_sid = [1000]
def sdt(p, tag, text=None, multi=False):
    """inline plain-text content control; text None -> placeholder left"""
    _sid[0] += 1
    el = OxmlElement("w:sdt"); pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), tag); pr.append(a)
    t = OxmlElement("w:tag"); t.set(qn("w:val"), tag); pr.append(t)
    i = OxmlElement("w:id"); i.set(qn("w:val"), str(_sid[0])); pr.append(i)
    if text is None:
        pr.append(OxmlElement("w:showingPlcHdr"))
    tx = OxmlElement("w:text")
    if multi: tx.set(qn("w:multiLine"), "1")
    pr.append(tx); el.append(pr)
    c = OxmlElement("w:sdtContent"); r = OxmlElement("w:r")
    if text is None:
        rp = OxmlElement("w:rPr"); rs = OxmlElement("w:rStyle"); rs.set(qn("w:val"), "PlaceholderText"); rp.append(rs)
        col = OxmlElement("w:color"); col.set(qn("w:val"), "808080"); rp.append(col); r.append(rp)
    tt = OxmlElement("w:t"); tt.text = PH if text is None else text
    tt.set("{http://www.w3.org/XML/1998/namespace}space", "preserve"); r.append(tt); c.append(r); el.append(c)
    p._p.append(el)

def field(doc, label, tag, text=None, bold_label=True):
    p = doc.add_paragraph(); r = p.add_run(label + " "); r.bold = bold_label
    sdt(p, tag, text); return p

# ---------- Hand A: content-control form ----------
def hand_A(r):
    doc = Document(); font(doc, "Times New Roman", 13)
    for s in doc.sections: s.left_margin = Cm(2.5); s.right_margin = Cm(1.5)
    para(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align="c")
    para(doc, "Độc lập - Tự do - Hạnh phúc", bold=True, align="c")
    para(doc, "Mẫu số 02/TĐC-X (ban hành kèm theo hướng dẫn của Chi cục TĐC)", italic=True, align="r", size=11)
    if r.get("rejected"):
        para(doc, "PHIẾU BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ CẤP XÃ", bold=True, align="c")
        para(doc, "(Đề án 06 và Kế hoạch chuyển đổi số năm 2026)", italic=True, align="c")
    else:
        para(doc, "PHIẾU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026", bold=True, align="c")
        para(doc, "(dùng cho Ủy ban nhân dân xã, phường, đặc khu)", italic=True, align="c")
    para(doc, "PHẦN THÔNG TIN CHUNG", bold=True)
    field(doc, "Đơn vị báo cáo:", "DonVi", "Ủy ban nhân dân " + r["uname"])
    field(doc, "Số văn bản:", "SoVB", r["number"])
    field(doc, "Ngày báo cáo:", "NgayBC", r["datetext"])
    field(doc, "Người lập phiếu:", "NguoiLap", r["officer"])
    field(doc, "Số điện thoại liên hệ:", "DienThoai", None)
    field(doc, "Email:", "Email", None)
    if r.get("rejected"):
        para(doc, "PHẦN A. KẾT QUẢ THỰC HIỆN", bold=True)
        items = [("Cung cấp dịch vụ công trực tuyến", "Tiếp nhận 1.284 hồ sơ trực tuyến toàn trình, đạt 91% tổng số hồ sơ.", "Đang thực hiện"),
                 ("Làm sạch dữ liệu dân cư (Đề án 06)", "Cập nhật, làm sạch 3.912 trường hợp dữ liệu hộ tịch.", "Hoàn thành"),
                 ("Phổ cập kỹ năng số cho người dân", "Tổ công nghệ số cộng đồng hướng dẫn 640 lượt người dân cài đặt VNeID.", "Hoàn thành")]
        for k, (n, t, s) in enumerate(items, 1):
            field(doc, f"Nội dung {k}:", f"ND{k}", n)
            field(doc, "Kết quả đạt được:", f"KQ{k}", t, False)
            field(doc, "Mức độ thực hiện:", f"MD{k}", s, False)
            field(doc, "Ghi chú:", f"GC{k}", None, False)
        para(doc, "PHẦN B. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
        p = doc.add_paragraph(); sdt(p, "KhoKhan", "Hạ tầng mạng tại các ấp ven biển chưa ổn định.")
        para(doc, "PHẦN C. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
        p = doc.add_paragraph(); sdt(p, "KienNghi", "Đề nghị Sở Khoa học và Công nghệ hỗ trợ thiết bị cho Bộ phận Một cửa.")
    else:
        para(doc, "PHẦN A. KẾT QUẢ THỰC HIỆN TỪNG NỘI DUNG", bold=True)
        es = r["entries"]
        for k, e in enumerate(es, 1):
            field(doc, f"Nội dung {k}:", f"ND{k}", e[3])
            field(doc, "Kết quả đạt được:", f"KQ{k}", e[4], False)
            field(doc, "Mức độ thực hiện:", f"MD{k}", e[5], False)
            field(doc, "Ghi chú:", f"GC{k}", None, False)
        k = len(es) + 1  # an empty block left from the template
        field(doc, f"Nội dung {k}:", f"ND{k}", None)
        field(doc, "Kết quả đạt được:", f"KQ{k}", None, False)
        field(doc, "Mức độ thực hiện:", f"MD{k}", None, False)
        para(doc, "PHẦN B. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
        for j, d in enumerate(r["difficulties"], 1):
            p = doc.add_paragraph(f"{j}. "); sdt(p, f"KhoKhan{j}", d, True)
        para(doc, "PHẦN C. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
        for j, d in enumerate(r["proposals"], 1):
            p = doc.add_paragraph(f"{j}. "); sdt(p, f"KienNghi{j}", d, True)
    para(doc, "")
    p = para(doc, "", align="r"); p.add_run("XÁC NHẬN CỦA LÃNH ĐẠO UBND").bold = True
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; sdt(p, "LanhDao", None)
    return doc

# ---------- Hand B: small table per group ----------
def hdr_table(doc, left1, left2, number, datetext):
    t = doc.add_table(rows=3, cols=2)
    t.cell(0,0).text = "SỞ KHOA HỌC VÀ CÔNG NGHỆ"; t.cell(1,0).text = left2
    t.cell(0,1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; t.cell(1,1).text = "Độc lập - Tự do - Hạnh phúc"
    t.cell(2,0).text = "Số: " + number
    t.cell(2,1).text = "Thành phố Hồ Chí Minh, " + datetext
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for c in (t.cell(1,0), t.cell(1,1)):
        for run in c.paragraphs[0].runs: run.bold = True
    t.cell(2,1).paragraphs[0].runs[0].italic = True

INTRO_B = ("Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, "
           "{u} báo cáo kết quả thực hiện các nhiệm vụ được giao (số liệu tính đến {d}) như sau:")

def hand_B_docx(r):
    doc = Document(); font(doc, "Times New Roman", 13)
    hdr_table(doc, "", r["short"], r["number"], r["datetext"])
    para(doc, "")
    para(doc, "BÁO CÁO", bold=True, align="c")
    para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    para(doc, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh." if r["uid"] != "SKHCN-CCTDC" else "Kính gửi: Giám đốc Sở Khoa học và Công nghệ.", align="c")
    para(doc, INTRO_B.format(u=r["uname"], d=r["datetext"].replace("ngày ", "")))
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    para(doc, "Kết quả được tổng hợp theo từng nhóm nhiệm vụ tại các bảng dưới đây.")
    for cap, rows in r["groups"]:
        p = para(doc, cap, bold=True, italic=True, align="c", size=12)
        t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["STT", "Nhiệm vụ", "Kết quả thực hiện", "Đánh giá"]):
            c.text = h; c.paragraphs[0].runs[0].bold = True
        for i, e in enumerate(rows, 1):
            cs = t.add_row().cells
            cs[0].text = str(i); cs[1].text = e[3]; cs[2].text = e[4]; cs[3].text = e[5]
        para(doc, "")
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    if r["difficulties"]:
        for d in r["difficulties"]: para(doc, "- " + d)
    else: para(doc, "Không có.")
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for d in r["proposals"]: para(doc, "- " + d)
    para(doc, "Trên đây là báo cáo của " + r["uname"] + "./.")
    p = para(doc, "TRƯỞNG PHÒNG" if "PHÒNG" in r["short"] else "THỦ TRƯỞNG ĐƠN VỊ", bold=True, align="r")
    return doc

def hand_B_xlsx(r, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Bao cao"
    b = Font(bold=True); thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "SỞ KHOA HỌC VÀ CÔNG NGHỆ"; ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["A2"] = r["short"]; ws["D2"] = "Độc lập - Tự do - Hạnh phúc"; ws["A2"].font = b; ws["D1"].font = b
    ws["A3"] = "Số: " + r["number"]; ws["D3"] = "Thành phố Hồ Chí Minh, " + r["datetext"]; ws["D3"].font = Font(italic=True)
    ws["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"; ws["A5"].font = Font(bold=True, size=13)
    ws.merge_cells("A5:D5")
    ws["A6"] = "Đơn vị báo cáo: " + r["uname"]
    row = 8
    for cap, rows in r["groups"]:
        ws.cell(row, 1, cap).font = Font(bold=True, italic=True); ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4); row += 1
        for j, h in enumerate(["STT", "Nhiệm vụ", "Kết quả thực hiện", "Đánh giá"], 1):
            c = ws.cell(row, j, h); c.font = b; c.border = box
        row += 1
        for i, e in enumerate(rows, 1):
            for j, v in enumerate([i, e[3], e[4], e[5]], 1):
                c = ws.cell(row, j, v); c.border = box; c.alignment = Alignment(wrap_text=True, vertical="top")
            row += 1
        row += 1
    ws.cell(row, 1, "Khó khăn, vướng mắc:").font = b; row += 1
    for d in r["difficulties"]: ws.cell(row, 1, "- " + d); row += 1
    ws.cell(row, 1, "Đề xuất, kiến nghị:").font = b; row += 1
    for d in r["proposals"]: ws.cell(row, 1, "- " + d); row += 1
    for col, w in zip("ABCD", [6, 38, 60, 16]): ws.column_dimensions[col].width = w
    wb.save(path)

# ---------- Hand C: ward narrative with comparisons ----------
def hand_C(r):
    doc = Document(); font(doc, "Times New Roman", 14)
    kind = "PHƯỜNG" if r["uname"].startswith("Phường") else "XÃ"
    p = para(doc, "ỦY BAN NHÂN DÂN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=12)
    p = para(doc, r["uname"].upper() + "\t\tĐộc lập - Tự do - Hạnh phúc", bold=True, size=12)
    para(doc, "Số: " + r["number"] + "\t\t" + r["uname"] + ", " + r["datetext"], italic=False, size=12)
    para(doc, "")
    para(doc, "BÁO CÁO", bold=True, align="c")
    para(doc, "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Chỉ thị số 38-CT/TW)", bold=True, align="c")
    para(doc, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh", align="c")
    para(doc, "Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân "
              + r["uname"] + " báo cáo kết quả thực hiện từ ngày 01 tháng 01 năm 2026 đến " + r["datetext"] + " như sau:")
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    for k, e in enumerate(r["entries"], 1):
        p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
        rr = p.add_run(f"{k}. {e[3]}: "); rr.bold = True
        p.add_run(e[4] + " " + e[5])
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for j, d in enumerate(r["difficulties"]): para(doc, "abcdef"[j] + ") " + d)
    para(doc, "III. KIẾN NGHỊ, ĐỀ XUẤT", bold=True)
    for j, d in enumerate(r["proposals"]): para(doc, "abcdef"[j] + ") " + d)
    para(doc, "Trên đây là báo cáo của Ủy ban nhân dân " + r["uname"] + "./.")
    para(doc, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", bold=True, align="r")
    return doc

# ---------- Hand D: clerk's XLSX ----------
def hand_D(r, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "BC CT38" if not r.get("rejected") else "KT ATTP"
    b = Font(bold=True); thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "UBND " + r["uname"].upper(); ws["A1"].font = b
    ws["A2"] = "Số: " + r["number"]
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["E3"] = r["datetext"].capitalize()
    if r.get("rejected"):
        ws["A5"] = "KẾT QUẢ KIỂM TRA AN TOÀN THỰC PHẨM DỊP TẾT TRUNG THU NĂM 2026"; ws["A5"].font = Font(bold=True, size=13)
        hdr = ["STT", "Loại hình cơ sở", "Số cơ sở kiểm tra", "Số cơ sở vi phạm", "Tiền phạt (đồng)", "Ghi chú"]
        rows = [[1, "Cơ sở sản xuất bánh trung thu", 9, 1, 5000000, "Không có giấy xác nhận kiến thức ATTP"],
                [2, "Cửa hàng kinh doanh thực phẩm", 26, 3, 4500000, ""],
                [3, "Bếp ăn tập thể trường học", 7, 0, 0, ""],
                ["", "Cộng", 42, 4, 9500000, ""]]
        for j, h in enumerate(hdr, 1): c = ws.cell(7, j, h); c.font = b; c.border = box
        for i, rw in enumerate(rows, 8):
            for j, v in enumerate(rw, 1): c = ws.cell(i, j, v); c.border = box
        ws.cell(13, 1, "Vướng mắc 1"); ws.cell(13, 2, "Thiếu test nhanh kiểm tra hàn the, phẩm màu.")
        ws.cell(14, 1, "Kiến nghị 1"); ws.cell(14, 2, "Đề nghị Sở An toàn thực phẩm hỗ trợ bộ test nhanh.")
    else:
        ws["A5"] = "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (TIÊU CHUẨN - ĐO LƯỜNG - CHẤT LƯỢNG)"; ws["A5"].font = Font(bold=True, size=13)
        ws.merge_cells("A5:F5")
        hdr = ["TT", "Nhiệm vụ " + ("phường" if r["uname"].startswith("Phường") else "xã") + " được giao", "Kết quả (ghi cả số)", "So sánh", "Tự xếp loại", "Ghi chú"]
        for j, h in enumerate(hdr, 1):
            c = ws.cell(7, j, h); c.font = b; c.border = box; c.alignment = Alignment(wrap_text=True, horizontal="center")
        row = 8
        for i, e in enumerate(r["entries"], 1):
            vals = [i, e[3], e[4] or "", e[5], e[6], ""]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row, j, v); c.border = box; c.alignment = Alignment(wrap_text=True, vertical="top")
            row += 1
        row += 1
        for j, d in enumerate(r["difficulties"], 1):
            ws.cell(row, 1, f"Vướng mắc {j}").font = b; ws.cell(row, 2, d); ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6); row += 1
        for j, d in enumerate(r["proposals"], 1):
            ws.cell(row, 1, f"Kiến nghị {j}").font = b; ws.cell(row, 2, d); ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6); row += 1
        row += 1
        ws.cell(row, 5, "Người lập biểu").font = b
    for col, w in zip("ABCDEF", [12, 36, 48, 26, 14, 12]): ws.column_dimensions[col].width = w
    wb.save(path)

def resave(path):
    ext = path.rsplit(".", 1)[1]
    tmp = os.path.join(OUT, "_lo"); os.makedirs(tmp, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, path], check=True, capture_output=True, timeout=120)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path); shutil.rmtree(tmp)

def entries_of(r):
    if r["hand"] == "B":
        return [e for _, rows in r["groups"] for e in rows]
    return r["entries"]

for r in R:
    path = os.path.join(OUT, r["file"])
    h = r["hand"]
    if h == "A": hand_A(r).save(path)
    elif h == "B":
        if path.endswith(".xlsx"): hand_B_xlsx(r, path)
        else: hand_B_docx(r).save(path)
    elif h == "C": hand_C(r).save(path)
    elif h == "D": hand_D(r, path)
    if r.get("resave"): resave(path)
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    rej = bool(r.get("rejected"))
    key = {"file": r["file"], "sha256": sha, "status": "rejected" if rej else "extracted",
           "reason": r.get("reason") if rej else None,
           "unit": {"id": r["uid"], "name": r["uname"]},
           "document": {"number": r["number"], "date": r["date"]},
           "entries": [] if rej else [{"task": e[0], "status": e[1], "indicators": e[2], "text": (e[3] + ": " + e[4]).strip(": ")} for e in entries_of(r)],
           "findings": [], "difficulties": r["difficulties"], "proposals": r["proposals"]}
    json.dump(key, open(os.path.join(OUT, "truth", r["file"] + ".json"), "w"), ensure_ascii=False, indent=1)
    print("wrote", r["file"])
