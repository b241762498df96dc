# -*- coding: utf-8 -*-
"""Generator for set179. Run: python3 gen.py  (then check.py)."""
import os, json, hashlib, unicodedata, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from data import REPORTS

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
NFD = lambda s: unicodedata.normalize("NFD", s)

def commune_upper(r):
    return ("UBND " + r["uname"]).upper() if r["uid"][0].isdigit() else "UBND THÀNH PHỐ HỒ CHÍ MINH"

def unit_line(r):
    if r["uid"][0].isdigit():
        return r["uname"].upper().replace("XÃ ", "ỦY BAN NHÂN DÂN XÃ ").replace("ĐẶC KHU ", "ỦY BAN NHÂN DÂN ĐẶC KHU ")
    return r["uname"].upper()

def para(doc, text, bold=False, italic=False, center=False, size=None, font=None):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold; run.italic = italic
    if size: run.font.size = Pt(size)
    if font: run.font.name = font
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p

MISTAKEN = {
 "giảm nghèo": [
   ("Rà soát hộ nghèo, hộ cận nghèo cuối năm", "Xã đã lập danh sách khoảng 46 hộ nghèo, 58 hộ cận nghèo theo chuẩn nghèo đa chiều; việc rà soát đang làm, dự kiến xong ngày 10/12."),
   ("Hỗ trợ nhà ở cho hộ nghèo", "Đã xây xong 03 căn nhà đại đoàn kết, còn 01 căn đang làm."),
   ("Vay vốn Ngân hàng Chính sách", "Trên 120 hộ được vay vốn, dư nợ khoảng 4,8 tỷ đồng."),
   ("Dạy nghề cho lao động nông thôn", "Mở 02 lớp nghề may công nghiệp, gần 60 học viên; đã làm xong."),
 ],
 "phòng chống thiên tai": [
   ("Diễn tập PCTT - TKCN cấp xã", "Đã tổ chức diễn tập tại ấp Hố Cạn, khoảng 150 người tham gia, làm xong."),
   ("Kiểm tra đê bao, bờ kênh mùa lũ", "Đã kiểm tra 04 đoạn bờ bao dọc sông Sài Gòn, còn 01 đoạn sạt lở nhẹ đang gia cố."),
   ("Quỹ phòng chống thiên tai", "Thu được gần 85% kế hoạch, khoảng 96 triệu đồng."),
   ("Dự trữ vật tư, lương thực", "Đủ theo phương châm 4 tại chỗ."),
 ],
}

# ---------------------------------------------------------------- H1
def h1(r, path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    t = doc.add_table(rows=0, cols=2)  # no style => borders off
    def row(a, b, bold=False, nfd=False):
        c = t.add_row().cells
        c[0].text = a
        c[1].text = ""
        run = c[1].paragraphs[0].add_run(NFD(b) if nfd else b)
        run.bold = bold
        return c
    row("", commune_upper(r) if False else unit_line(r), bold=True)
    row("", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc", bold=True)
    row("", "Số: " + r["number"] + "          " + r["dline"])
    if r.get("rejected"):
        row("", "BÁO CÁO Kết quả thực hiện công tác " + r["topic"] + " 11 tháng năm 2026", bold=True)
        row("", "Thực hiện chỉ đạo của cấp trên, UBND xã báo cáo như sau:")
        row("", "A. KẾT QUẢ", bold=True)
        for i, (a, b) in enumerate(MISTAKEN[r["topic"]], 1):
            row(f"{i}.", a + ": " + b, nfd=(i % 2 == 0))
        row("", "B. KIẾN NGHỊ", bold=True)
        row("1.", "Đề nghị cấp trên bổ sung kinh phí hỗ trợ cho các hộ thoát nghèo bền vững.")
    else:
        row("", "BÁO CÁO", bold=True)
        row("", "Tình hình thực hiện Kế hoạch về tiêu chuẩn, đo lường, chất lượng năm 2026 (Chỉ thị 38) - số liệu 11 tháng", bold=True)
        row("", "Ủy ban nhân dân xã báo cáo kết quả như sau:")
        row("", "A. KẾT QUẢ ĐÃ LÀM", bold=True)
        ents = r["entries"]; k = (len(ents) + 1) // 2
        row("", "- Phần việc xã tự làm:")
        for i, e in enumerate(ents[:k], 1):
            row(f"{i}.", f"{e['own']}: {e['done']} {e['left']}", nfd=(i % 2 == 1))
        row("", "- Phần việc xã làm cùng các ngành (tiếp):")
        for i, e in enumerate(ents[k:], 1):  # numbering restarts
            row(f"{i}.", f"{e['own']}: {e['done']} {e['left']}", nfd=(i % 2 == 0))
        row("", "B. KHÓ KHĂN", bold=True)
        for i, d in enumerate(r["diffs"], 1):
            row(f"{i}.", d)
        row("", "C. KIẾN NGHỊ", bold=True)
        for i, d in enumerate(r["props"], 1):
            row(f"{i}.", d, nfd=True)
    row("", "Nơi nhận: - Chi cục TĐC; - Lưu VP.")
    row("", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", bold=True)
    doc.save(path)

# ---------------------------------------------------------------- H3
def h3(r, path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    para(doc, unit_line(r), bold=True)
    para(doc, "Số: " + r["number"])
    para(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True)
    para(doc, "Độc lập - Tự do - Hạnh phúc", bold=True, center=True)
    para(doc, r["dline"], italic=True, center=True)
    para(doc, "BÁO CÁO", bold=True, center=True)
    para(doc, "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (tính đến tháng 11)", bold=True, center=True)
    para(doc, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.")
    para(doc, NFD("Địa phương là vùng biển, đảo, dân cư sống bằng nghề biển và dịch vụ nhỏ; việc tiêu chuẩn, đo lường, chất lượng chủ yếu là cân đong ở chợ, vựa hải sản và bán xăng dầu cho tàu thuyền. Trong năm, chúng tôi tập trung mấy việc sau:"))
    para(doc, "I. NHỮNG VIỆC ĐÃ LÀM", bold=True)
    for i, e in enumerate(r["entries"], 1):
        para(doc, f"{i}. Việc «{e['own']}»", bold=True)
        para(doc, NFD(e["done"]) if i % 2 == 0 else e["done"])
        p = para(doc, e["left"], italic=True)
    para(doc, "II. CHỖ CÒN KHÓ", bold=True)
    for i, d in enumerate(r["diffs"], 1):
        para(doc, f"{i}. {d}")
    para(doc, "III. XIN ĐỀ XUẤT", bold=True)
    for i, d in enumerate(r["props"], 1):  # numbering restarts again
        para(doc, f"{i}. {d}")
    para(doc, "Trên đây là báo cáo của " + r["uname"] + " ./.")
    para(doc, "CHỦ TỊCH", bold=True, center=True)
    doc.save(path)

# ---------------------------------------------------------------- H4 docx
def count_line(r, who):
    c = sum(1 for e in r["entries"] if e["st"] == "completed")
    p = sum(1 for e in r["entries"] if e["st"] == "in_progress")
    return f"Tóm tắt: trong {len(r['entries']):02d} nội dung {who} theo dõi năm 2026, có {c:02d} nội dung đã làm xong, {p:02d} nội dung còn đang làm; chi tiết như sau."

def h4d(r, path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(14)
    who = "Sở" if not r["uid"][0].isdigit() else "xã"
    para(doc, ("UBND THÀNH PHỐ HỒ CHÍ MINH" if who == "Sở" else "UBND XÃ " + r["uname"][3:].upper()))
    para(doc, (r["uname"].upper() if who == "Sở" else "VĂN PHÒNG HĐND VÀ UBND"), bold=True)
    para(doc, "Số: " + r["number"])
    para(doc, "V/v báo cáo kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026", italic=True)
    para(doc, r["dline"], italic=True)
    para(doc, "Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng)")
    para(doc, count_line(r, who), italic=True)
    for i, e in enumerate(r["entries"], 1):
        para(doc, f"{i}. {e['own']}", bold=True)
        para(doc, "- Trong năm đã làm: " + e["done"])
        if e["left"]:
            l = e["left"] if e["left"].startswith("Từ nay") else "Từ nay đến 31/12: " + e["left"]
            para(doc, "- " + l)
    para(doc, "Một số khó khăn:", bold=True)
    for d in r["diffs"]:
        para(doc, "- " + d)
    para(doc, "Kiến nghị:", bold=True)
    for d in r["props"]:
        para(doc, "- " + d)
    para(doc, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC" if who == "Sở" else "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", bold=True)
    doc.save(path)

# ---------------------------------------------------------------- xlsx helpers
def xl_header(ws, r, title, ncols):
    ws["A1"] = unit_line(r) if r["uid"][0].isdigit() else "UBND THÀNH PHỐ HỒ CHÍ MINH"
    ws["A2"] = "Số: " + r["number"] if r["uid"][0].isdigit() else r["uname"].upper()
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    if not r["uid"][0].isdigit():
        ws["A3"] = "Số: " + r["number"]
    ws["D3"] = r["dline"]
    ws["A5"] = title
    for c in ("A1", "A2", "D1", "A5"):
        ws[c].font = Font(bold=True)

def h2(r, path):
    wb = Workbook(); ws = wb.active; ws.title = "BC 11 thang"
    xl_header(ws, r, "BÁO CÁO TÌNH HÌNH LÀM CÔNG TÁC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG 11 THÁNG 2026" if not r.get("rejected")
              else "BÁO CÁO CÔNG TÁC " + r["topic"].upper() + " NĂM 2026", 5)
    ws.append([])
    ws.append(["TT", "Việc (xã gọi)", "Làm tới đâu rồi", "Con số (ước)", "Ghi chú"])
    for c in ws[ws.max_row]: c.font = Font(bold=True)
    if r.get("rejected"):
        for i, (a, b) in enumerate(MISTAKEN[r["topic"]], 1):
            ws.append([i, a, b, "", ""])
    else:
        ws.append(["", "Việc xã tự làm", "", "", ""])
        ents = r["entries"]; k = (len(ents) + 1) // 2
        n = 0
        for grp, lst in (("Việc xã tự làm", ents[:k]), ("Việc cùng làm với Chi cục, các ngành", ents[k:])):
            if grp != "Việc xã tự làm":
                ws.append(["", grp, "", "", ""])
            for i, e in enumerate(lst, 1):  # restarts per group
                figs = "; ".join(p for _, _, p in e["figs"])
                ws.append([i, e["own"], NFD(e["done"]) if i % 2 == 0 else e["done"], figs, ""])
        ws.append([])
        ws.append(["", "Khó khăn:"])
        for d in r["diffs"]:
            ws.append(["", "", d])
        ws.append(["", "Xin đề xuất:"])
        for d in r["props"]:
            ws.append(["", "", d])
    ws.append([]); ws.append(["", "Người lập biểu", "", "KT. CHỦ TỊCH"])
    for w, col in zip((5, 32, 60, 30, 12), "ABCDE"):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows(min_row=7):
        for c in row: c.alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(path)

def h4x(r, path):
    wb = Workbook(); ws = wb.active; ws.title = "Bao cao"
    who = "Sở" if not r["uid"][0].isdigit() else "xã"
    xl_header(ws, r, "KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026", 5)
    ws.append([count_line(r, who)])
    ws.append(["STT", "Nội dung", "Trong năm đã làm", "Từ nay đến 31/12", "Số liệu chính"])
    for c in ws[ws.max_row]: c.font = Font(bold=True)
    for i, e in enumerate(r["entries"], 1):
        ws.append([f"{i:02d}", e["own"], e["done"], e["left"], "\n".join(p for _, _, p in e["figs"])])
    ws.append([])
    ws.append(["", "Khó khăn"]); [ws.append(["", "- " + d]) for d in r["diffs"]]
    ws.append(["", "Kiến nghị"]); [ws.append(["", "- " + d]) for d in r["props"]]
    for w, col in zip((6, 34, 60, 45, 28), "ABCDE"):
        ws.column_dimensions[col].width = w
    wb.save(path)

def lo_resave(path, ext):
    d = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", d, path],
                   check=True, capture_output=True, timeout=120)
    shutil.move(os.path.join(d, os.path.basename(path)), path)

def sha(p):
    return hashlib.sha256(open(p, "rb").read()).hexdigest()

def main():
    for r in REPORTS:
        path = os.path.join(OUT, r["file"])
        {"H1": h1, "H3": h3}.get(r["hand"], None) and {"H1": h1, "H3": h3}[r["hand"]](r, path)
        if r["hand"] == "H2": h2(r, path)
        if r["hand"] == "H4": (h4d if r["fmt"] == "docx" else h4x)(r, path)
        if r.get("lo"): lo_resave(path, r["fmt"])
        key = {"file": r["file"], "sha256": sha(path),
               "status": "rejected" if r.get("rejected") else "extracted",
               "reason": ("not a report of this plan: báo cáo " + r["topic"]) if r.get("rejected") else None,
               "unit": {"id": r["uid"], "name": r["uname"]},
               "document": {"number": r["number"], "date": r["date"]},
               "entries": [{"task": e["task"], "status": e["st"],
                            "indicators": {k: v for k, v, _ in e["figs"] if k},
                            "text": e["done"]} for e in r["entries"]],
               "findings": [], "difficulties": r["diffs"], "proposals": r["props"]}
        json.dump(key, open(os.path.join(TRUTH, r["file"] + ".json"), "w"), ensure_ascii=False, indent=1)
        print("wrote", r["file"])

if __name__ == "__main__":
    main()
