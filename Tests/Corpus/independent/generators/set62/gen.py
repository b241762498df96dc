# -*- coding: utf-8 -*-
"""Generator for set 62. Writes the report files, re-saves two through LibreOffice, writes keys."""
import os, json, hashlib, subprocess, shutil, tempfile, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
from data import ALL

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

TITLE_CT = ("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư "
            "về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026")


def dparts(iso):
    y, m, d = iso.split("-")
    return y, m, d


def place_of(r):
    n = r["uname"]
    for p in ("Phường ", "Xã "):
        if n.startswith(p):
            return n[len(p):]
    return "Thành phố Hồ Chí Minh"


def para(doc, text="", bold=False, italic=False, align=None, size=13, font="Times New Roman", indent=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold; r.italic = italic; r.font.size = Pt(size); r.font.name = font
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(3)
    return p


def cell_text(cell, lines, bold_first=False, size=12, italic_idx=()):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(ln)
        r.font.size = Pt(size); r.font.name = "Times New Roman"
        if (bold_first and i == 0) or ln.isupper() and i > 0:
            r.bold = True
        if i in italic_idx:
            r.italic = True


def header_table(doc, left, right_date, num):
    t = doc.add_table(rows=1, cols=2)
    cell_text(t.cell(0, 0), left + ["Số: " + num])
    cell_text(t.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", right_date],
              bold_first=True, italic_idx=(3,))
    t.cell(0, 1).paragraphs[1].runs[0].bold = True


def date_words(r, place):
    y, m, d = dparts(r["date"])
    return f"{place}, ngày {d} tháng {m} năm {y}"


# ---------------------------------------------------------------- H1: ward officer, arrow verdict
ATTP = [
    ("Tuyên truyền an toàn thực phẩm", ["Phát 16 tin trên loa phường về phòng chống ngộ độc thực phẩm mùa nắng nóng.",
                                         "Phát 1.200 tờ rơi cho hộ kinh doanh thức ăn đường phố."], "Hoàn thành"),
    ("Kiểm tra bếp ăn tập thể, quán ăn", ["Đoàn liên ngành phường kiểm tra 05 đợt, 47 cơ sở kinh doanh dịch vụ ăn uống.",
                                          "Nhắc nhở 09 cơ sở, xử phạt 02 cơ sở không có giấy xác nhận tập huấn kiến thức ATTP."], "Đang làm"),
    ("Tháng hành động vì ATTP", ["Tổ chức lễ phát động ngày 20/4/2026 tại chợ Tây Nam với 150 người dự."], "Hoàn thành"),
]


def gen_h1(r):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    short = place_of(r)
    kind = "PHƯỜNG" if r["uname"].startswith("Phường") else "XÃ"
    header_table(doc, ["ỦY BAN NHÂN DÂN", f"{kind} {short.upper()}"], date_words(r, short), r["num"])
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    if r.get("mistaken"):
        para(doc, "Kết quả công tác bảo đảm an toàn thực phẩm 9 tháng đầu năm 2026", bold=True, align="c")
        para(doc, "Kính gửi: Sở An toàn thực phẩm Thành phố Hồ Chí Minh", align="c")
        para(doc, f"Thực hiện Kế hoạch số 45/KH-UBND của Ủy ban nhân dân {r['uname']} về bảo đảm an toàn thực phẩm năm 2026, "
                  f"Ủy ban nhân dân {r['uname']} báo cáo kết quả như sau:", align="j", indent=1)
        para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
        for i, (t, lines, s) in enumerate(ATTP, 1):
            para(doc, f"{i}. {t}:", bold=True)
            for ln in lines:
                para(doc, "- " + ln, align="j")
            para(doc, "→ Kết quả: " + s + ".")
        para(doc, "II. KHÓ KHĂN", bold=True)
        para(doc, "+ Hộ kinh doanh thức ăn đường phố thay đổi địa điểm thường xuyên.")
        para(doc, "III. ĐỀ XUẤT", bold=True)
        para(doc, "+ Đề nghị Sở An toàn thực phẩm cấp test kiểm tra nhanh cho phường.")
    else:
        para(doc, TITLE_CT, bold=True, align="c")
        para(doc, "Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng)", align="c")
        para(doc, f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, "
                  f"Ủy ban nhân dân {r['uname']} báo cáo kết quả thực hiện  như sau:", align="j", indent=1)
        para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
        for i, e in enumerate(r["entries"], 1):
            # hand-typed numbering, sometimes forgets the number
            lead = f"{i}. " if i != 3 else f"{i}/ "
            para(doc, lead + e["title"] + ":", bold=True)
            for ln in e["lines"]:
                para(doc, "- " + ln, align="j")
            if e["st"]:
                para(doc, "→ Kết quả: " + e["st"] + ".")
            if i == 2:
                para(doc)  # stray empty paragraph
        para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
        for d in r["diff"]:
            para(doc, "+ " + d, align="j")
        para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
        for p_ in r["prop"]:
            para(doc, "+ " + p_, align="j")
        para(doc, f"Trên đây là báo cáo của Ủy ban nhân dân {r['uname']}./.", indent=1)
    t = doc.add_table(rows=1, cols=2)
    c0 = t.cell(0, 0); c0.text = ""
    pr = c0.paragraphs[0]; rr = pr.add_run("Nơi nhận:"); rr.bold = True; rr.italic = True; rr.font.size = Pt(12)
    for ln in ["- Như trên;", "- TT Đảng ủy, HĐND phường;", "- Lưu: VT, KT."]:
        q = c0.add_paragraph(); x = q.add_run(ln); x.font.size = Pt(11)
    cell_text(t.cell(0, 1), r["signrole"].split("\n") + ["", "", "", r["signer"]], bold_first=True)
    for p in t.cell(0, 1).paragraphs:
        for x in p.runs:
            x.bold = True
    return doc


# ---------------------------------------------------------------- H3: Sở unit head, first-person letter
CDS_MIS = [
    "Chúng tôi đã vận hành ổn định Trung tâm dữ liệu dùng chung của Sở, bảo đảm hạ tầng cho 42 hệ thống thông tin. Chúng tôi đã làm xong việc này.",
    "Về bản đồ số Thành phố, Trung tâm đang cập nhật lớp dữ liệu hành chính 168 phường, xã, đặc khu sau sắp xếp. Chúng tôi còn đang tiếp tục làm.",
    "Về an toàn thông tin, đã diễn tập ứng cứu sự cố 01 lần vào tháng 8/2026. Chúng tôi đã làm xong việc này.",
]
STW = {"completed": "Chúng tôi đã làm xong việc này.", "in_progress": "Chúng tôi còn đang tiếp tục làm.",
       "not_applicable": "Việc này bên chúng tôi không phát sinh.", "not_started": "Chúng tôi chưa bắt đầu làm."}


def gen_h3(r):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(14)
    short_unit = r["uname"].replace(" Sở Khoa học và Công nghệ", " Sở").replace(" Thành phố Hồ Chí Minh", "")
    left = ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", short_unit.upper()]
    if r["uid"] == "SKHCN-TTCNTT":
        left = ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM CÔNG NGHỆ THÔNG TIN", "VÀ ĐỊA KHÔNG GIAN"]
    header_table(doc, left, date_words(r, "Thành phố Hồ Chí Minh"), r["num"])
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    if r.get("mistaken"):
        para(doc, "Tình hình thực hiện Kế hoạch chuyển đổi số năm 2026 của Trung tâm", bold=True, align="c", size=14)
        para(doc, "Kính gửi: Phòng Chuyển đổi số - Sở Khoa học và Công nghệ", align="c", size=14)
        para(doc, f"Thực hiện Kế hoạch số 2339/KH-SKHCN ngày 22/9/2025 của Sở về chuyển đổi số giai đoạn 2025 – 2026, "
                  f"chúng tôi ({r['uname']}) xin báo cáo như sau:", align="j", indent=1.27, size=14)
        for i, t in enumerate(CDS_MIS, 1):
            para(doc, f"{i}. {t}", align="j", indent=1.27, size=14)
        para(doc, "Về khó khăn, chúng tôi thấy:", italic=True, size=14)
        para(doc, "- Thiếu nhân lực an toàn thông tin có chứng chỉ quốc tế.", size=14)
        para(doc, "Chúng tôi đề nghị:", italic=True, size=14)
        para(doc, "- Sở bổ sung kinh phí thuê dịch vụ giám sát an toàn thông tin.", size=14)
    else:
        para(doc, "Về việc thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c", size=14)
        para(doc, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", align="c", size=14)
        para(doc, f"Theo đề nghị của Chi cục về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 "
                  f"của Sở, chúng tôi ({r['uname']}) xin báo cáo những việc đã làm như sau:", align="j", indent=1.27, size=14)
        for i, e in enumerate(r["entries"], 1):
            para(doc, f"{i}. {e['body']} {STW[e['status']]}", align="j", indent=1.27, size=14)
        para(doc, "Về khó khăn, chúng tôi thấy:", italic=True, size=14)
        for d in r["diff"]:
            para(doc, "- " + d, align="j", size=14)
        para(doc, "Chúng tôi đề nghị:", italic=True, size=14)
        for p_ in r["prop"]:
            para(doc, "- " + p_, align="j", size=14)
        para(doc, "Trân trọng./.", size=14, indent=1.27)
    t = doc.add_table(rows=1, cols=2)
    c0 = t.cell(0, 0); c0.text = ""
    pr = c0.paragraphs[0]; rr = pr.add_run("Nơi nhận:"); rr.bold = True; rr.italic = True; rr.font.size = Pt(12)
    for ln in ["- Như trên;", "- Ban Giám đốc Sở (để b/c);", "- Lưu: VT."]:
        q = c0.add_paragraph(); x = q.add_run(ln); x.font.size = Pt(11)
    cell_text(t.cell(0, 1), r["signrole"].split("\n") + ["", "", "", r["signer"]], bold_first=True, size=13)
    for p in t.cell(0, 1).paragraphs:
        for x in p.runs:
            x.bold = True
    return doc


# ---------------------------------------------------------------- H2: ward biểu, raw numbers, one-word status
def gen_h2(r):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "BC CT38"
    short = place_of(r); kind = "PHƯỜNG" if r["uname"].startswith("Phường") else "XÃ"
    ws["A1"] = "UBND " + kind + " " + short.upper(); ws["A1"].font = Font(bold=True)
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(bold=True)
    ws["A2"] = "Số: " + r["num"]
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["D3"] = date_words(r, short); ws["D3"].font = Font(italic=True)
    ws["A5"] = "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"
    ws["A5"].font = Font(bold=True, size=13)
    ws["A6"] = "(Kèm theo báo cáo gửi Chi cục Tiêu chuẩn Đo lường Chất lượng)"
    hdr = ["STT", "Nội dung công việc", "Chỉ tiêu", "Số lượng", "ĐVT", "Tình hình "]
    row = 8
    thin = Side(style="thin"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row, j, h); c.font = Font(bold=True); c.border = bd; c.alignment = Alignment(horizontal="center", wrap_text=True)
    row += 1
    for i, e in enumerate(r["entries"], 1):
        vals = [i, e["title"], "", "", "", e["st"]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row, j, v); c.border = bd
            if j == 2:
                c.font = Font(bold=True)
        row += 1
        for (lab, v, u) in e["rows"]:
            for j, vv in enumerate(["", "", "  " + lab, v, u, ""], 1):
                c = ws.cell(row, j, vv); c.border = bd
            row += 1
    row += 1
    ws.cell(row, 1, "Khó khăn:").font = Font(bold=True); row += 1
    for d in r["diff"]:
        ws.cell(row, 2, "- " + d); row += 1
    ws.cell(row, 1, "Kiến nghị:").font = Font(bold=True); row += 1
    for p_ in r["prop"]:
        ws.cell(row, 2, "- " + p_); row += 1
    row += 1
    ws.cell(row, 2, "Người lập biểu"); ws.cell(row, 4, "KT. CHỦ TỊCH"); row += 1
    ws.cell(row, 4, "PHÓ CHỦ TỊCH"); row += 4
    ws.cell(row, 2, "Nguyễn Văn Tài"); ws.cell(row, 4, r["signer"])
    for col, w in zip("ABCDEF", (6, 42, 32, 12, 9, 12)):
        ws.column_dimensions[col].width = w
    return wb


# ---------------------------------------------------------------- H4: KH vs TH with formula %, "vượt KH"
def gen_h4(r):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Theo doi KH 2026"
    internal = r["uid"].startswith("SKHCN")
    if internal:
        left1, left2 = "SỞ KHOA HỌC VÀ CÔNG NGHỆ", r["uname"].replace(" Thành phố Hồ Chí Minh", "").upper()
        place = "Thành phố Hồ Chí Minh"
    else:
        kind = "PHƯỜNG" if r["uname"].startswith("Phường") else "XÃ"
        left1, left2 = "ỦY BAN NHÂN DÂN", kind + " " + place_of(r).upper()
        place = place_of(r)
    ws["A1"] = left1; ws["A2"] = left2; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: " + r["num"]
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E1"].font = Font(bold=True)
    ws["E2"] = "Độc lập - Tự do - Hạnh phúc"; ws["E2"].font = Font(bold=True)
    ws["E3"] = date_words(r, place); ws["E3"].font = Font(italic=True)
    ws["A5"] = "BẢNG THEO DÕI THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 (SỐ LIỆU ĐẾN 25/10/2026)"
    ws["A5"].font = Font(bold=True)
    hdr = ["TT", "Nội dung công việc", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Thực hiện", "Tỷ lệ (%)", "Kết quả so KH"]
    thin = Side(style="thin"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    row = 7
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row, j, h); c.font = Font(bold=True); c.border = bd
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    row += 1
    for i, e in enumerate(r["entries"], 1):
        rows = e["kh"] or [("", None, None, "")]
        start = row
        for (lab, kh, th, u) in rows:
            ws.cell(row, 3, lab); ws.cell(row, 4, u)
            ws.cell(row, 5, kh if kh is not None else "")
            ws.cell(row, 6, th if th is not None else "")
            if kh and th is not None:
                ws.cell(row, 7, f"=ROUND(F{row}/E{row}*100,1)")
            for j in range(1, 9):
                ws.cell(row, j).border = bd
                if j in (5, 6) and isinstance(ws.cell(row, j).value, int):
                    ws.cell(row, j).number_format = "#,##0"
            row += 1
        ws.cell(start, 1, i); ws.cell(start, 2, e["title"]); ws.cell(start, 8, e["st"])
        if row - start > 1:
            for col in (1, 2, 8):
                ws.merge_cells(start_row=start, end_row=row - 1, start_column=col, end_column=col)
        for col in (2, 8):
            ws.cell(start, col).alignment = Alignment(vertical="top", wrap_text=True)
    row += 1
    ws.cell(row, 1, "Khó khăn, vướng mắc:").font = Font(bold=True); row += 1
    for k, d in enumerate(r["diff"], 1):
        ws.cell(row, 2, f"{k}. {d}"); row += 1
    ws.cell(row, 1, "Đề xuất, kiến nghị:").font = Font(bold=True); row += 1
    for k, p_ in enumerate(r["prop"], 1):
        ws.cell(row, 2, f"{k}. {p_}"); row += 1
    row += 1
    ws.cell(row, 2, "Người lập bảng"); ws.cell(row, 6, "THỦ TRƯỞNG ĐƠN VỊ" if internal else "KT. CHỦ TỊCH"); row += 4
    ws.cell(row, 2, "Lê Thị Hạnh"); ws.cell(row, 6, r["signer"])
    for col, w in zip("ABCDEFGH", (5, 38, 30, 10, 14, 14, 10, 20)):
        ws.column_dimensions[col].width = w
    return wb


def lo_resave(path):
    ext = path.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, path],
                   check=True, capture_output=True, timeout=180)
    out = os.path.join(tmp, os.path.basename(path))
    shutil.move(out, path)
    shutil.rmtree(tmp, ignore_errors=True)


def main():
    for r in ALL:
        path = os.path.join(OUT, r["file"])
        if r["hand"] == "H1":
            gen_h1(r).save(path)
        elif r["hand"] == "H3":
            gen_h3(r).save(path)
        elif r["hand"] == "H2":
            gen_h2(r).save(path)
        else:
            gen_h4(r).save(path)
        if r.get("lo"):
            lo_resave(path)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        mis = r.get("mistaken")
        key = {
            "file": r["file"], "sha256": sha,
            "status": "rejected" if mis else "extracted",
            "reason": (f"not a report of this plan: báo cáo về {mis}" if mis else None),
            "unit": {"id": r["uid"], "name": r["uname"]},
            "document": {"number": r["num"], "date": r["date"]},
            "entries": [] if mis else [
                {"task": e["task"], "status": e["status"], "indicators": e["ind"],
                 "text": e.get("title") or e.get("body", "")[:120]} for e in r["entries"]],
            "findings": [],
            "difficulties": [] if mis else r["diff"],
            "proposals": [] if mis else r["prop"],
        }
        json.dump(key, open(os.path.join(TRUTH, r["file"] + ".json"), "w"), ensure_ascii=False, indent=1)
        print(r["file"], sha[:12])


if __name__ == "__main__":
    main()
