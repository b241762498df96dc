# -*- coding: utf-8 -*-
"""Generator for set168: 16 reports in 4 hands (A Hạnh, B Phúc, C Tâm, D Vy)."""
import os, json, hashlib, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

def E(task, status, ind, text, body, st=None):
    return dict(task=task, status=status, indicators=ind, text=text, body=body, st=st)

# ---------------------------------------------------------------- helpers
def dotted(n):
    return f"{n:,}".replace(",", ".")

def header_docx(doc, unit_upper, parent, number, place_date, font="Times New Roman"):
    t = doc.add_table(rows=2, cols=2)
    c = t.cell(0, 0); c.text = ""
    p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if parent:
        p.add_run(parent + "\n")
    r = p.add_run(unit_upper); r.bold = True
    c = t.cell(0, 1); p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"); r.bold = True
    r = p.add_run("Độc lập - Tự do - Hạnh phúc"); r.bold = True
    t.cell(1, 0).paragraphs[0].add_run("Số: " + number).font.size = Pt(12)
    t.cell(1, 0).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.cell(1, 1).paragraphs[0].add_run(place_date); r.italic = True
    t.cell(1, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph()

def base_doc(size=13):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(size)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return doc

def ctr(doc, text, bold=True, italic=False, size=None):
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    return p

def para(doc, text, bold=False, italic=False, indent=True):
    p = doc.add_paragraph()
    if indent: p.paragraph_format.first_line_indent = Cm(1)
    r = p.add_run(text); r.bold = bold; r.italic = italic
    return p

def date_words(d):
    y, m, dd = d.split("-")
    return f"ngày {dd} tháng {m} năm {y}"

REPORTS = []

# ======================================================================
# HAND A — Trần Thị Thu Hạnh (chuyên viên tổng hợp ở Sở): Nghị định 30 header,
# "II. KẾT QUẢ" with numbered "1." paragraphs opening "Thực hiện nội dung …",
# figures in the running sentence, status only in a closing parenthesis that
# pairs % of the year plan with a word: "(đạt 100% kế hoạch năm – hoàn thành)".
# ======================================================================
def hand_A(r):
    doc = base_doc(13)
    header_docx(doc, r["unit_upper"], "UBND THÀNH PHỐ HỒ CHÍ MINH", r["number"],
                f"Thành phố Hồ Chí Minh, {date_words(r['date'])}")
    ctr(doc, "BÁO CÁO", size=14)
    ctr(doc, r["title"], bold=True)
    ctr(doc, "_______________", bold=False)
    para(doc, f"Kính gửi: {r['to']}", indent=False).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for t in r["intro"]:
        para(doc, t)
    if r.get("mistaken_body"):
        for h, t in r["mistaken_body"]:
            para(doc, h, bold=True, indent=False)
            for x in t: para(doc, x)
    else:
        para(doc, "I. CÔNG TÁC TRIỂN KHAI", bold=True, indent=False)
        para(doc, r["trienkhai"])
        para(doc, "II. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG ĐƯỢC GIAO", bold=True, indent=False)
        for i, e in enumerate(r["entries"], 1):
            para(doc, f"{i}. {e['body']} {e['st']}")
    para(doc, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for d in r["difficulties"]: para(doc, "- " + d)
    para(doc, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for d in r["proposals"]: para(doc, "- " + d)
    para(doc, f"Trên đây là báo cáo của {r['unit']}./.")
    t = doc.add_table(rows=1, cols=2)
    p = t.cell(0, 0).paragraphs[0]; rr = p.add_run("Nơi nhận:\n"); rr.bold = True; rr.italic = True
    p.add_run(f"- Như trên;\n- Ban Giám đốc Sở;\n- Lưu: VT, {r['luu']}.").font.size = Pt(11)
    p = t.cell(0, 1).paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\n" + r["signer"]).bold = True
    doc.save(r["path"])

# ======================================================================
# HAND B — Nguyễn Văn Phúc (kỹ sư, phòng chuyên môn): short cover letter then one
# table "TT | Nội dung được giao | Sản phẩm đầu ra | Số lượng | Trạng thái sản phẩm";
# each output product on its own line in the cell (soft line breaks), quantity
# cell stacked the same way; status framed as product state ("Đã có sản phẩm",
# "Đang hoàn thiện sản phẩm", "Chưa có sản phẩm", "Không có sản phẩm (không phát sinh)").
# ======================================================================
def hand_B(r):
    doc = base_doc(13)
    header_docx(doc, r["unit_upper"], "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", r["number"],
                f"TP. Hồ Chí Minh, {date_words(r['date'])}")
    ctr(doc, "BÁO CÁO", size=14)
    ctr(doc, r["title"])
    para(doc, r["intro"])
    para(doc, "1. Kết quả thực hiện (chi tiết theo bảng dưới đây):", bold=True, indent=False)
    tb = doc.add_table(rows=1, cols=5); tb.style = "Table Grid"
    for i, h in enumerate(["TT", "Nội dung được giao", "Sản phẩm đầu ra", "Số lượng", "Trạng thái sản phẩm"]):
        c = tb.rows[0].cells[i]; c.text = ""; c.paragraphs[0].add_run(h).bold = True
    for i, e in enumerate(r["entries"], 1):
        row = tb.add_row().cells
        row[0].text = str(i)
        row[1].text = e["body"]
        prods, qty = e["prod"]
        for cell, lines in ((row[2], prods), (row[3], qty)):
            p = cell.paragraphs[0]
            for k, ln in enumerate(lines):
                run = p.add_run(ln)
                if k < len(lines) - 1: run.add_break()
        row[4].text = e["st"] or ""
    doc.add_paragraph()
    para(doc, "2. Khó khăn, vướng mắc", bold=True, indent=False)
    for d in r["difficulties"]: para(doc, "- " + d)
    para(doc, "3. Kiến nghị", bold=True, indent=False)
    for d in r["proposals"]: para(doc, "- " + d)
    t = doc.add_table(rows=1, cols=2)
    p = t.cell(0, 0).paragraphs[0]; p.add_run("Nơi nhận:\n").bold = True
    p.add_run("- Chi cục TĐC (để tổng hợp);\n- Lưu: VT.")
    p = t.cell(0, 1).paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(r["sign_role"] + "\n\n\n\n" + r["signer"]).bold = True
    doc.save(r["path"])

# ======================================================================
# HAND C — Lê Minh Tâm (chuyên viên thống kê, Excel): one sheet "BC 11 thang",
# title rows, fixed figure columns with the unit in the header ("Số cuộc", …,
# "Tiền phạt (đồng)"), then a free "Khác (ghi rõ)" column where rarer figures are
# typed as text ("45 mẫu; 7 văn bản góp ý QCVN"), and a "Tiến độ đến 31/12" column
# with year-end wording: "Xong trong năm", "Còn làm, chuyển tiếp 2027",
# "Chưa triển khai", "Không có việc". Difficulties/proposals in rows under the table.
# ======================================================================
C_COLS = [("inspections", "Số cuộc KT"), ("establishments_inspected", "Số cơ sở được KT"),
          ("violations", "Số cơ sở vi phạm"), ("fines_vnd", "Tiền phạt (đồng)"),
          ("communications", "Tin, bài TT"), ("training_courses", "Lớp/hội nghị"),
          ("participants", "Lượt người dự")]
C_STAT = {"completed": "Xong trong năm", "in_progress": "Còn làm, chuyển tiếp 2027",
          "not_started": "Chưa triển khai", "not_applicable": "Không có việc", "unknown": ""}

def hand_C(r):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "BC 11 thang"
    thin = Side(style="thin"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = r["unit_upper"]; ws["A1"].font = Font(bold=True)
    ws["A2"] = "Số: " + r["number"]
    ws["G1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["G1"].font = Font(bold=True)
    ws["G2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["G3"] = f"Thành phố Hồ Chí Minh, {date_words(r['date'])}"; ws["G3"].font = Font(italic=True)
    ws["A5"] = r["title"]; ws["A5"].font = Font(bold=True, size=13)
    ws["A6"] = "(Số liệu từ 01/01/2026 đến 14/11/2026)"; ws["A6"].font = Font(italic=True)
    hdr = ["STT", "Nội dung công việc"] + [h for _, h in C_COLS] + ["Khác (ghi rõ)", "Tiến độ đến 31/12", "Ghi chú"]
    row = 8
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=row, column=i, value=h); c.font = Font(bold=True); c.border = bd
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    for k, e in enumerate(r["entries"], 1):
        row += 1
        vals = [k, e["body"]]
        for key, _ in C_COLS:
            vals.append(e["indicators"].get(key) if key in e["indicators"] else None)
        vals += [e.get("other", ""), C_STAT[e["status"]] if e["st"] is None else e["st"], e.get("note", "")]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=row, column=i, value=v); c.border = bd
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if i == 6 and isinstance(v, int): c.number_format = "#,##0"
    row += 2
    ws.cell(row=row, column=1, value="Khó khăn, vướng mắc:").font = Font(bold=True)
    for d in r["difficulties"]:
        row += 1; ws.cell(row=row, column=2, value="- " + d)
    row += 1
    ws.cell(row=row, column=1, value="Đề xuất:").font = Font(bold=True)
    for d in r["proposals"]:
        row += 1; ws.cell(row=row, column=2, value="- " + d)
    row += 2
    ws.cell(row=row, column=2, value="Người lập biểu: Lê Minh Tâm")
    ws.cell(row=row, column=9, value=r["sign_role"]).font = Font(bold=True)
    ws.cell(row=row + 4, column=9, value=r["signer"]).font = Font(bold=True)
    widths = [5, 48, 9, 10, 10, 14, 9, 9, 10, 26, 20, 16]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    wb.save(r["path"])

# ======================================================================
# HAND D — Đỗ Thị Tường Vy (công chức văn hóa-xã hội phường / văn thư):
# untidy plain report, "1-" "2-" hyphen numbering, figures in running text with
# "cs" spelled out, money as "3,5 triệu đồng", and under each item a separate line
# "Kết quả tự chấm: …" (Hoàn thành / Đang làm / Chưa làm / Không phát sinh).
# In Excel: "Noi dung | Da lam | So lieu | Tu cham" typed partly without header styling.
# ======================================================================
def hand_D_docx(r):
    doc = base_doc(14)
    p = doc.add_paragraph(); p.add_run(r["parent"] + "\n").font.size = Pt(12)
    p.add_run(r["unit_upper"]).bold = True
    p.add_run("\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").bold = True
    doc.add_paragraph(f"Số: {r['number']}\t\t\tĐộc lập - Tự do - Hạnh phúc")
    pp = doc.add_paragraph(); pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pp.add_run(f"{r['place']}, {date_words(r['date'])}").italic = True
    ctr(doc, "BÁO CÁO")
    ctr(doc, r["title"])
    doc.add_paragraph(r["intro"])
    for i, e in enumerate(r["entries"], 1):
        doc.add_paragraph(f"{i}- {e['body']}")
        doc.add_paragraph(f"Kết quả tự chấm: {e['st']}")
    doc.add_paragraph("* Khó khăn:")
    for d in r["difficulties"]: doc.add_paragraph("- " + d)
    doc.add_paragraph("* Kiến nghị, đề xuất:")
    for d in r["proposals"]: doc.add_paragraph("- " + d)
    doc.add_paragraph(f"\t\t\t\t{r['sign_role']}")
    doc.add_paragraph(f"\n\n\t\t\t\t{r['signer']}")
    doc.save(r["path"])

def hand_D_xlsx(r):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Sheet1"
    ws["A1"] = r["parent"]; ws["A2"] = r["unit_upper"]; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: " + r["number"]
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["D3"] = f"{r['place']}, {date_words(r['date'])}"
    ws["A5"] = r["title"]; ws["A5"].font = Font(bold=True)
    ws.append([])
    ws.append(["TT", "Noi dung", "Da lam", "So lieu", "Tu cham"])
    for i, e in enumerate(r["entries"], 1):
        ws.append([i, e["name"], e["body"], e["fig"], e["st"]])
    ws.append([])
    ws.append(["", "Kho khan:"])
    for d in r["difficulties"]: ws.append(["", d])
    ws.append(["", "De xuat:"])
    for d in r["proposals"]: ws.append(["", d])
    ws.append([]); ws.append(["", "", "", r["sign_role"]]); ws.append([]); ws.append([])
    ws.append(["", "", "", r["signer"]])
    for col, w in zip("ABCDE", [5, 30, 60, 30, 16]):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows(min_row=8):
        for c in row: c.alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(r["path"])

# ======================================================================
# DATA
# ======================================================================
A_ST = {"completed": "(đạt 100% kế hoạch năm – hoàn thành)"}

REPORTS.append(dict(hand=hand_A, file="SCT_BC_CT38_11thang_2026.docx", id="SO-CT", unit="Sở Công Thương",
    unit_upper="SỞ CÔNG THƯƠNG", number="2417/BC-SCT", date="2026-11-16", luu="VT, QLCN",
    title="Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (số liệu 11 tháng)",
    to="Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng)",
    intro=["Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo kết quả thực hiện từ ngày 01/01/2026 đến ngày 10/11/2026 như sau:"],
    trienkhai="Sở đã ban hành văn bản phân công các phòng chuyên môn và Trung tâm Khuyến công thực hiện các nội dung Sở được giao phối hợp, đồng thời lồng ghép vào kế hoạch công tác năm của ngành.",
    signer="Phạm Thành Kiên",
    entries=[
        E("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 58, "violations": 7, "fines_vnd": 42500000},
          "Phối hợp kiểm tra đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng",
          "Thực hiện nội dung phối hợp kiểm tra đo lường, chất lượng xăng dầu và khí dầu mỏ hóa lỏng trên thị trường, Sở đã cử cán bộ tham gia 06 cuộc kiểm tra liên ngành tại 58 cửa hàng bán lẻ xăng dầu, trạm chiết nạp LPG; qua kiểm tra phát hiện 07 cơ sở vi phạm (chủ yếu niêm yết giá và cột đo hết hạn kiểm định), đã chuyển hồ sơ xử phạt với tổng số tiền 42.500.000 đồng.",
          "(ước đạt 90% kế hoạch năm – đang tiếp tục thực hiện trong tháng 12)"),
        E("II.2.d", "completed", {"enterprises_supported": 24, "training_courses": 2, "participants": 160},
          "Hỗ trợ doanh nghiệp công nghiệp áp dụng hệ thống quản lý chất lượng",
          "Thực hiện nội dung hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công cụ cải tiến năng suất chất lượng, thông qua Chương trình khuyến công Sở đã hỗ trợ 24 doanh nghiệp công nghiệp nông thôn áp dụng ISO 9001, 5S, Kaizen; tổ chức 02 hội nghị hướng dẫn với 160 lượt đại biểu doanh nghiệp tham dự.",
          A_ST["completed"]),
        E("II.1.a", "completed", {"communications": 18}, "Tuyên truyền pháp luật TĐC cho doanh nghiệp ngành công thương",
          "Thực hiện nội dung tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng, Sở đã đăng 18 tin, bài trên Cổng thông tin điện tử Sở và bản tin Công Thương, lồng ghép nội dung nhãn hàng hóa, truy xuất nguồn gốc.",
          A_ST["completed"]),
        E("II.2.đ", "completed", {}, "Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở",
          "Thực hiện nội dung duy trì, cải tiến hệ thống quản lý chất lượng trong cơ quan hành chính, Sở đã rà soát, cập nhật quy trình giải quyết thủ tục hành chính theo TCVN ISO 9001:2015 và thực hiện đánh giá nội bộ năm 2026.",
          A_ST["completed"]),
        E("II.3.a", "completed", {"participants": 5}, "Cử công chức dự tập huấn nghiệp vụ TĐC",
          "Thực hiện nội dung bồi dưỡng nghiệp vụ, Sở đã cử 05 công chức tham dự lớp tập huấn về tiêu chuẩn, đo lường, chất lượng do Chi cục TĐC tổ chức.",
          A_ST["completed"]),
        E("II.6.b", "not_applicable", {}, "Phối hợp thúc đẩy năng suất với APO",
          "Đối với nội dung phối hợp với Tổ chức Năng suất Châu Á (APO), trong kỳ Sở chưa nhận được yêu cầu phối hợp.",
          "(không phát sinh yêu cầu trong năm)"),
    ],
    difficulties=["Lực lượng tham gia đoàn kiểm tra liên ngành còn mỏng, cán bộ kiêm nhiệm nhiều việc nên khó bố trí thời gian theo lịch của Chi cục."],
    proposals=["Đề nghị Chi cục TĐC thông báo sớm lịch kiểm tra liên ngành quý I/2027 để Sở chủ động cử người tham gia."],
))

REPORTS.append(dict(hand=hand_A, file="SoYTe_BaoCao_KH38_nam2026.docx", id="SO-YT", unit="Sở Y tế",
    unit_upper="SỞ Y TẾ", number="8125/BC-SYT", date="2026-11-19", luu="VT, NVY",
    title="Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trong ngành y tế",
    to="Sở Khoa học và Công nghệ",
    intro=["Căn cứ Kế hoạch của Sở Khoa học và Công nghệ triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Y tế báo cáo kết quả thực hiện 11 tháng năm 2026 như sau:"],
    trienkhai="Sở Y tế đã có văn bản gửi các bệnh viện, trung tâm y tế trực thuộc về việc rà soát, kiểm định phương tiện đo dùng trong khám chữa bệnh và góp ý các dự thảo quy chuẩn thuộc lĩnh vực y tế.",
    signer="Nguyễn Văn Vĩnh Châu",
    entries=[
        E("II.5.a", "in_progress", {"establishments_inspected": 36, "instruments_verified": 1250},
          "Rà soát, kiểm tra phương tiện đo nhóm 2 trong khám chữa bệnh",
          "Thực hiện nội dung kiểm tra về đo lường đối với phương tiện đo dùng trong y tế, Sở đã phối hợp kiểm tra việc kiểm định phương tiện đo tại 36 bệnh viện, trung tâm y tế; qua đó 1.250 phương tiện đo đã được kiểm định (huyết áp kế, nhiệt kế y học, cân sức khỏe, máy đo điện tim).",
          "(ước đạt 80% kế hoạch năm – đang thực hiện)"),
        E("II.2.e", "completed", {"standards_reviewed": 4}, "Góp ý dự thảo QCVN về trang thiết bị y tế",
          "Thực hiện nội dung góp ý quy chuẩn kỹ thuật quốc gia, Sở đã có 04 văn bản góp ý các dự thảo QCVN về trang thiết bị y tế và hóa chất, chế phẩm diệt côn trùng.",
          A_ST["completed"]),
        E("II.2.đ", "completed", {}, "Duy trì ISO 9001 tại Sở Y tế",
          "Thực hiện nội dung áp dụng, duy trì hệ thống quản lý chất lượng tại cơ quan, Sở tiếp tục duy trì và cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 đối với toàn bộ thủ tục hành chính thuộc thẩm quyền.",
          A_ST["completed"]),
        E("II.3.a", "completed", {"participants": 8}, "Cử công chức, viên chức dự tập huấn",
          "Thực hiện nội dung bồi dưỡng nghiệp vụ, Sở đã cử 08 công chức, viên chức tham gia các lớp tập huấn về tiêu chuẩn, đo lường, chất lượng.",
          A_ST["completed"]),
        E("II.1.a", "in_progress", {"communications": 6}, "Tuyên truyền về đo lường trong y tế",
          "Thực hiện nội dung tuyên truyền, Sở đã phát hành 06 tài liệu, bản tin hướng dẫn các cơ sở khám chữa bệnh về yêu cầu kiểm định phương tiện đo.",
          "(ước đạt 75% kế hoạch năm – đang thực hiện)"),
    ],
    difficulties=["Một số phương tiện đo chuyên dùng trong y tế chưa có tổ chức kiểm định được chỉ định tại Thành phố nên các bệnh viện phải gửi kiểm định ngoài tỉnh, thời gian kéo dài.",
                  "Kinh phí kiểm định, hiệu chuẩn phương tiện đo của các trung tâm y tế cơ sở còn hạn chế."],
    proposals=["Đề nghị Sở Khoa học và Công nghệ hướng dẫn danh mục tổ chức kiểm định được chỉ định đối với phương tiện đo dùng trong y tế."],
))

REPORTS.append(dict(hand=hand_A, file="SDL_bc_ct38_2026.docx", id="SO-DL", unit="Sở Du lịch",
    unit_upper="SỞ DU LỊCH", number="1936/BC-SDL", date="2026-11-24", luu="VT, QLLH",
    title="Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
    to="Sở Khoa học và Công nghệ",
    intro=["Sở Du lịch nhận được văn bản đề nghị báo cáo của Chi cục Tiêu chuẩn Đo lường Chất lượng; Sở Du lịch báo cáo kết quả phối hợp thực hiện năm 2026 như sau:"],
    trienkhai="Sở đã giao Phòng Quản lý lữ hành và Phòng Quản lý cơ sở lưu trú theo dõi, phối hợp các nội dung liên quan đến lĩnh vực du lịch.",
    signer="Lê Trương Hiền Hòa",
    entries=[
        E("II.1.a", "completed", {"communications": 9}, "Tuyên truyền đến cơ sở lưu trú, doanh nghiệp lữ hành",
          "Thực hiện nội dung tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng, Sở đã đăng tải 09 tin, bài trên trang thông tin điện tử và nhóm thông tin doanh nghiệp du lịch.",
          A_ST["completed"]),
        E("II.5.a", "completed", {"inspections": 2, "establishments_inspected": 14}, "Phối hợp kiểm tra cơ sở lưu trú",
          "Thực hiện nội dung phối hợp kiểm tra, Sở đã tham gia 02 đoàn kiểm tra tại 14 cơ sở lưu trú du lịch về điều kiện tối thiểu và việc áp dụng tiêu chuẩn quốc gia về xếp hạng cơ sở lưu trú.",
          A_ST["completed"]),
        E("II.2.đ", "completed", {}, "ISO 9001 tại Sở Du lịch",
          "Thực hiện nội dung hệ thống quản lý chất lượng trong cơ quan hành chính, Sở đã công bố lại hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 sau khi cập nhật quy trình.",
          A_ST["completed"]),
        E("II.3.a", "completed", {"participants": 3}, "Cử công chức dự tập huấn",
          "Thực hiện nội dung đào tạo, bồi dưỡng, Sở đã cử 03 công chức tham gia tập huấn nghiệp vụ do Chi cục TĐC tổ chức.",
          A_ST["completed"]),
        E("II.2.e", "not_started", {}, "Góp ý tiêu chuẩn quốc gia về du lịch",
          "Đối với nội dung góp ý tiêu chuẩn quốc gia trong lĩnh vực du lịch, Sở đang chờ dự thảo từ Cục Du lịch Quốc gia Việt Nam.",
          "(chưa triển khai – chưa nhận được dự thảo)"),
    ],
    difficulties=["Công chức theo dõi lĩnh vực tiêu chuẩn, chất lượng tại Sở là kiêm nhiệm, chưa được đào tạo chuyên sâu."],
    proposals=["Đề nghị Chi cục TĐC tổ chức lớp tập huấn riêng về tiêu chuẩn quốc gia trong lĩnh vực du lịch cho công chức Sở và doanh nghiệp."],
))

REPORTS.append(dict(hand=hand_A, file="SNV_BaoCao_11T_2026.docx", id="SO-NV", unit="Sở Nội vụ",
    unit_upper="SỞ NỘI VỤ", number="5530/BC-SNV", date="2026-11-20", luu="VT, CCHC",
    title="Kết quả thực hiện công tác cải cách hành chính 11 tháng năm 2026",
    to="Ủy ban nhân dân Thành phố",
    intro=["Thực hiện Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân Thành phố, Sở Nội vụ báo cáo kết quả thực hiện 11 tháng năm 2026 như sau:"],
    mistaken_body=[("I. CẢI CÁCH THỂ CHẾ", ["Trong kỳ, Sở đã tham mưu ban hành 12 văn bản quy phạm pháp luật về tổ chức bộ máy sau sắp xếp."]),
                   ("II. CẢI CÁCH TỔ CHỨC BỘ MÁY", ["Hoàn thành sắp xếp 09 đơn vị sự nghiệp công lập; rà soát vị trí việc làm tại 168 phường, xã, đặc khu."]),
                   ("III. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", ["Tổ chức 04 lớp bồi dưỡng kỹ năng cho 620 công chức cấp xã sau sắp xếp."])],
    signer="Võ Ngọc Quốc Thuận",
    entries=[],
    difficulties=["Đội ngũ công chức cấp xã sau sắp xếp còn thiếu kinh nghiệm về thủ tục hành chính."],
    proposals=["Đề nghị UBND Thành phố bổ sung kinh phí bồi dưỡng công chức cấp xã năm 2027."],
    rejected="Báo cáo kết quả cải cách hành chính 11 tháng năm 2026 — không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (tiêu chuẩn, đo lường, chất lượng).",
))

# ---------------- HAND B
def PB(task, status, ind, text, body, prods, qty, st):
    e = E(task, status, ind, text, body, st); e["prod"] = (prods, qty); return e

REPORTS.append(dict(hand=hand_B, file="SXD-BC-ChiThi38-2026.docx", id="SO-XD", unit="Sở Xây dựng",
    unit_upper="SỞ XÂY DỰNG", number="10472/BC-SXD-KTXD", date="2026-11-17",
    title="Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 (tính đến tháng 11/2026)",
    intro="Sở Xây dựng báo cáo kết quả thực hiện các nội dung liên quan đến lĩnh vực vật liệu xây dựng và quy chuẩn kỹ thuật xây dựng theo Kế hoạch của Sở Khoa học và Công nghệ như sau:",
    sign_role="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", signer="Trần Quang Lâm",
    entries=[
        PB("II.2.e", "completed", {"standards_reviewed": 7}, "Góp ý QCVN, TCVN lĩnh vực xây dựng, vật liệu xây dựng",
           "Tham gia góp ý dự thảo quy chuẩn, tiêu chuẩn quốc gia lĩnh vực vật liệu xây dựng, an toàn công trình",
           ["Văn bản góp ý dự thảo QCVN/TCVN"], ["07 văn bản"], "Đã có sản phẩm"),
        PB("II.5.a", "in_progress", {"inspections": 4, "establishments_inspected": 31, "samples_tested": 45, "violations": 3, "fines_vnd": 27000000},
           "Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường",
           "Kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng (xi măng, thép, gạch ốp lát, kính) lưu thông trên địa bàn",
           ["Quyết định thành lập đoàn kiểm tra", "Biên bản kiểm tra cơ sở", "Mẫu VLXD gửi thử nghiệm", "Cơ sở vi phạm", "Quyết định xử phạt (tổng tiền)"],
           ["04 đoàn", "31 cơ sở", "45 mẫu", "03 cơ sở", "27 triệu đồng"], "Đang hoàn thiện sản phẩm (còn đợt kiểm tra tháng 12)"),
        PB("II.2.đ", "completed", {}, "Duy trì HTQLCL ISO 9001 tại Sở Xây dựng",
           "Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở",
           ["Quyết định công bố lại HTQLCL", "Báo cáo đánh giá nội bộ"], ["01", "01"], "Đã có sản phẩm"),
        PB("II.3.a", "completed", {"participants": 6}, "Cử công chức dự tập huấn nghiệp vụ TĐC",
           "Cử công chức tham gia tập huấn chuyên môn về tiêu chuẩn, đo lường, chất lượng",
           ["Công chức được cử đi tập huấn"], ["06 người"], "Đã có sản phẩm"),
        PB("II.2.i", "not_started", {}, "Kết nối CSDL quốc gia về TĐC",
           "Kết nối, khai thác cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng phục vụ quản lý VLXD",
           ["Tài khoản kết nối CSDL"], ["—"], "Chưa có sản phẩm"),
    ],
    difficulties=["Chi phí thử nghiệm mẫu vật liệu xây dựng cao, dự toán năm 2026 chỉ đủ cho khoảng một nửa số mẫu dự kiến.",
                  "Chưa được cấp tài khoản truy cập cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng."],
    proposals=["Đề nghị Sở Khoa học và Công nghệ hướng dẫn thủ tục cấp tài khoản khai thác cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng cho Sở Xây dựng."],
))

REPORTS.append(dict(hand=hand_B, file="SQHKT_bao_cao_CT38.docx", id="SO-QHKT", unit="Sở Quy hoạch - Kiến trúc",
    unit_upper="SỞ QUY HOẠCH - KIẾN TRÚC", number="3381/BC-SQHKT", date="2026-11-25",
    title="Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
    intro="Sở Quy hoạch - Kiến trúc báo cáo các nội dung Sở được đề nghị phối hợp trong năm 2026 như sau:",
    sign_role="GIÁM ĐỐC", signer="Nguyễn Thanh Hải",
    lo=True,
    entries=[
        PB("II.2.đ", "completed", {}, "ISO 9001 tại Sở QH-KT (tái lập)",
           "Xây dựng, áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau khi tái lập Sở",
           ["Quyết định công bố HTQLCL"], ["01 quyết định"], "Đã có sản phẩm"),
        PB("II.2.e", "completed", {"standards_reviewed": 2}, "Góp ý QCVN về quy hoạch xây dựng",
           "Góp ý dự thảo quy chuẩn kỹ thuật quốc gia về quy hoạch xây dựng và kiến trúc",
           ["Văn bản góp ý"], ["02"], "Đã có sản phẩm"),
        PB("II.3.a", "completed", {"participants": 2}, "Cử công chức dự tập huấn",
           "Cử công chức tham dự tập huấn về tiêu chuẩn, đo lường, chất lượng",
           ["Lượt công chức tham dự"], ["02 lượt"], "Đã có sản phẩm"),
        PB("II.2.h", "not_applicable", {}, "Hệ thống thông tin giải quyết TTHC về TĐC",
           "Đề xuất cải tiến hệ thống thông tin giải quyết thủ tục hành chính về tiêu chuẩn, đo lường, chất lượng",
           ["—"], ["—"], "Không có sản phẩm (không phát sinh)"),
        PB("II.6.a", "unknown", {}, "Cập nhật điều ước, thỏa thuận quốc tế về TĐC",
           "Cập nhật các điều ước, thỏa thuận quốc tế về tiêu chuẩn liên quan lĩnh vực kiến trúc",
           ["Danh mục tiêu chuẩn quốc tế tham khảo"], ["01 danh mục"], ""),
    ],
    difficulties=["Sở mới được tái lập từ 01/10/2025, bộ máy đang kiện toàn nên chưa bố trí công chức theo dõi riêng lĩnh vực tiêu chuẩn."],
    proposals=["Đề nghị Chi cục TĐC gửi tài liệu hướng dẫn xây dựng hệ thống quản lý chất lượng cho cơ quan mới tái lập."],
))

REPORTS.append(dict(hand=hand_B, file="BC_SGDDT_thuc_hien_CT38_2026.docx", id="SO-GDDT", unit="Sở Giáo dục và Đào tạo",
    unit_upper="SỞ GIÁO DỤC VÀ ĐÀO TẠO", number="6094/BC-SGDĐT-KHTC", date="2026-11-18",
    title="Kết quả thực hiện các nội dung phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
    intro="Sở Giáo dục và Đào tạo báo cáo kết quả thực hiện 11 tháng năm 2026 như sau:",
    sign_role="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", signer="Lê Thụy Mỵ Châu",
    entries=[
        PB("II.3.d", "completed", {"training_courses": 3, "participants": 420}, "Tập huấn cho giáo viên, học sinh trung cấp, cao đẳng về tiêu chuẩn, nhãn hàng hóa, mã số mã vạch",
           "Phối hợp Chi cục TĐC tổ chức chuyên đề về tiêu chuẩn, nhãn hàng hóa, mã số mã vạch cho giáo viên, học sinh các trường trung cấp, cao đẳng",
           ["Chuyên đề/lớp tập huấn", "Lượt giáo viên, học sinh tham dự"], ["03 lớp", "420 lượt"], "Đã có sản phẩm"),
        PB("II.1.a", "in_progress", {"communications": 12}, "Tuyên truyền trong trường học về TĐC",
           "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên trang thông tin của Sở và các trường",
           ["Tin, bài đăng tải"], ["12 tin, bài"], "Đang hoàn thiện sản phẩm"),
        PB("II.2.đ", "completed", {}, "ISO 9001 tại Sở GD&ĐT",
           "Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở",
           ["Báo cáo đánh giá nội bộ năm 2026"], ["01"], "Đã có sản phẩm"),
        PB("II.2.e", "completed", {"standards_reviewed": 1}, "Góp ý QCVN về đồ chơi, thiết bị dạy học",
           "Góp ý dự thảo quy chuẩn kỹ thuật quốc gia về an toàn đồ chơi trẻ em",
           ["Văn bản góp ý"], ["01 văn bản"], "Đã có sản phẩm"),
        PB("II.5.a", "not_applicable", {}, "Phối hợp kiểm tra",
           "Phối hợp kiểm tra chất lượng sản phẩm, hàng hóa (thiết bị dạy học, đồ chơi) khi có đề nghị",
           ["—"], ["—"], "Không có sản phẩm (không phát sinh)"),
    ],
    difficulties=["Lịch học của học sinh trung cấp, cao đẳng kín nên khó bố trí thời gian cho các chuyên đề ngoài chương trình."],
    proposals=["Đề nghị Chi cục TĐC cung cấp tài liệu, bài giảng điện tử về mã số mã vạch, truy xuất nguồn gốc để các trường sử dụng trong giờ sinh hoạt chuyên đề."],
))

REPORTS.append(dict(hand=hand_B, file="SVHTT-BaoCao-KH38.docx", id="SO-VHTT", unit="Sở Văn hóa và Thể thao",
    unit_upper="SỞ VĂN HÓA VÀ THỂ THAO", number="7215/BC-SVHTT", date="2026-11-27",
    title="Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
    intro="Sở Văn hóa và Thể thao báo cáo kết quả thực hiện các nội dung phối hợp năm 2026 như sau:",
    sign_role="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", signer="Nguyễn Thị Ánh Hoa",
    entries=[
        PB("II.1.a", "completed", {"communications": 25}, "Tuyên truyền cổ động trực quan, thông tin cơ sở về TĐC",
           "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng qua hệ thống thông tin cơ sở, cổ động trực quan",
           ["Tin, bài, tài liệu tuyên truyền cung cấp cho hệ thống thông tin cơ sở"], ["25 tin, bài"], "Đã có sản phẩm"),
        PB("II.2.đ", "in_progress", {}, "Chuyển đổi HTQLCL sang môi trường điện tử",
           "Duy trì và chuyển đổi hệ thống quản lý chất lượng TCVN ISO 9001:2015 sang môi trường điện tử",
           ["Bộ quy trình ISO điện tử"], ["đang xây dựng"], "Đang hoàn thiện sản phẩm"),
        PB("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 10}, "Phối hợp kiểm tra dụng cụ thể thao",
           "Phối hợp kiểm tra chất lượng dụng cụ, thiết bị tập luyện thể dục thể thao tại cơ sở kinh doanh",
           ["Cuộc kiểm tra", "Cơ sở được kiểm tra"], ["01 cuộc", "10 cơ sở"], "Đã có sản phẩm"),
        PB("II.3.a", "completed", {"participants": 4}, "Cử công chức dự tập huấn",
           "Cử công chức, viên chức tham dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng",
           ["Người được cử"], ["04 người"], "Đã có sản phẩm"),
    ],
    difficulties=["Chưa có quy chuẩn kỹ thuật đối với nhiều loại dụng cụ thể thao nên đoàn kiểm tra khó kết luận về chất lượng."],
    proposals=["Đề nghị Sở Khoa học và Công nghệ kiến nghị Bộ ban hành quy chuẩn kỹ thuật đối với dụng cụ tập luyện thể dục thể thao phổ biến."],
))

# ---------------- HAND C
def PC(task, status, ind, text, body, other="", note="", st=None):
    e = E(task, status, ind, text, body, st); e["other"] = other; e["note"] = note; return e

REPORTS.append(dict(hand=hand_C, file="SNNMT_BieuKQ_CT38_11T.xlsx", id="SO-NNMT", unit="Sở Nông nghiệp và Môi trường",
    unit_upper="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", number="9318/BC-SNNMT", date="2026-11-16",
    title="BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
    sign_role="KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC", signer="Trần Văn Thọ",
    entries=[
        PC("II.5.a", "completed", {"inspections": 12, "establishments_inspected": 96, "violations": 11, "fines_vnd": 186500000, "samples_tested": 64},
           "Kiểm tra chất lượng phân bón, thuốc BVTV, thức ăn chăn nuôi",
           "Thanh tra, kiểm tra chất lượng vật tư nông nghiệp (phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi) lưu thông trên địa bàn",
           other="64 mẫu lấy kiểm nghiệm"),
        PC("II.2.a", "in_progress", {"enterprises_supported": 38, "training_courses": 2, "participants": 190},
           "Triển khai truy xuất nguồn gốc nông sản (Đề án 100)",
           "Hỗ trợ HTX, doanh nghiệp áp dụng truy xuất nguồn gốc nông sản, cấp mã vùng trồng",
           other="38 HTX, DN được hướng dẫn"),
        PC("II.2.e", "completed", {"standards_reviewed": 5}, "Góp ý QCVN ngành nông nghiệp, môi trường",
           "Góp ý dự thảo QCVN, TCVN lĩnh vực nông nghiệp và môi trường",
           other="5 văn bản góp ý"),
        PC("II.1.a", "completed", {"communications": 30}, "Tuyên truyền về chất lượng vật tư nông nghiệp",
           "Tuyên truyền chất lượng vật tư nông nghiệp, truy xuất nguồn gốc trên báo, đài, trang thông tin"),
        PC("II.2.đ", "completed", {}, "ISO 9001 tại Sở NN&MT",
           "Duy trì HTQLCL TCVN ISO 9001:2015 tại Sở và các chi cục"),
    ],
    difficulties=["Nhiều hộ sản xuất nhỏ lẻ chưa đủ điều kiện tham gia hệ thống truy xuất nguồn gốc.",
                  "Chi phí kiểm nghiệm mẫu phân bón cao so với dự toán được giao."],
    proposals=["Đề nghị Chi cục TĐC phối hợp tập huấn mã số mã vạch cho HTX nông nghiệp năm 2027."],
))

REPORTS.append(dict(hand=hand_C, file="STC_theodoi_CT38_nam2026.xlsx", id="SO-TC", unit="Sở Tài chính",
    unit_upper="SỞ TÀI CHÍNH", number="11204/BC-STC-HCSN", date="2026-11-23",
    title="TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG THUỘC KẾ HOẠCH CT38-CT/TW NĂM 2026",
    sign_role="KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC", signer="Hồ Thị Thu Vân",
    entries=[
        PC("II.4.a", "in_progress", {"budget_spent_vnd": 3120000000}, "Kinh phí đầu tư trang thiết bị cho đơn vị sự nghiệp thuộc Sở KH&CN",
           "Thẩm định, bố trí kinh phí mua sắm trang thiết bị thử nghiệm, đo lường cho Trung tâm Dịch vụ Phân tích thí nghiệm",
           other="Đã giải ngân 3.120.000.000 đồng", note="phần còn lại giải ngân trước 31/12"),
        PC("II.4.b", "not_applicable", {}, "Bảo trì, kiểm định phương tiện kỹ thuật nghiệp vụ",
           "Bố trí kinh phí bảo trì, kiểm định phương tiện, thiết bị kỹ thuật nghiệp vụ", note="Sở KH&CN chưa đề xuất"),
        PC("II.2.đ", "completed", {}, "ISO 9001 tại Sở Tài chính",
           "Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở"),
        PC("II.3.a", "completed", {"participants": 2}, "Cử công chức dự tập huấn",
           "Cử công chức tham dự tập huấn tiêu chuẩn, đo lường, chất lượng"),
    ],
    difficulties=["Hồ sơ đề xuất mua sắm trang thiết bị của đơn vị gửi chậm nên việc thẩm định, phân bổ kinh phí bị dồn vào cuối năm."],
    proposals=["Đề nghị Sở Khoa học và Công nghệ chỉ đạo đơn vị hoàn thiện hồ sơ dự toán mua sắm năm 2027 trước ngày 31/3/2027."],
))

REPORTS.append(dict(hand=hand_C, file="SATTP_KQ_KH38_2026.xlsx", id="SO-ATTP", unit="Sở An toàn thực phẩm",
    unit_upper="SỞ AN TOÀN THỰC PHẨM", number="4477/BC-SATTP", date="2026-11-20",
    title="BIỂU SỐ LIỆU THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
    sign_role="GIÁM ĐỐC", signer="Phạm Khánh Phong Lan",
    entries=[
        PC("II.5.a", "in_progress", {"inspections": 9, "establishments_inspected": 142, "violations": 17, "fines_vnd": 96000000, "samples_tested": 210},
           "Kiểm tra nhãn, công bố chất lượng thực phẩm bao gói sẵn",
           "Kiểm tra ghi nhãn, công bố tiêu chuẩn áp dụng, chất lượng thực phẩm bao gói sẵn tại cơ sở sản xuất, kinh doanh",
           other="210 mẫu test nhanh và gửi kiểm nghiệm"),
        PC("II.5.b", "completed", {"samples_tested": 80}, "Khảo sát chất lượng thực phẩm trên thị trường",
           "Khảo sát chất lượng một số nhóm thực phẩm (nước mắm, dầu ăn, bánh kẹo) lưu thông trên thị trường",
           other="80 mẫu khảo sát"),
        PC("II.1.a", "completed", {"communications": 40, "training_courses": 5, "participants": 650},
           "Tuyên truyền, tập huấn cho cơ sở thực phẩm", "Tuyên truyền, tập huấn quy định ghi nhãn, tự công bố sản phẩm cho cơ sở thực phẩm"),
        PC("II.2.đ", "completed", {}, "ISO 9001 tại Sở ATTP", "Xây dựng, áp dụng HTQLCL TCVN ISO 9001:2015 tại Sở"),
        PC("II.6.b", "not_applicable", {}, "Hợp tác APO", "Phối hợp thúc đẩy năng suất với APO"),
    ],
    difficulties=["Lực lượng thanh tra chuyên ngành ít so với số cơ sở thực phẩm trên địa bàn.",
                  "Kết quả kiểm nghiệm một số mẫu trả về chậm, ảnh hưởng thời hạn xử lý."],
    proposals=["Đề nghị Chi cục TĐC chia sẻ kết quả khảo sát chất lượng hàng đóng gói sẵn để Sở phối hợp xử lý."],
))

REPORTS.append(dict(hand=hand_C, file="TTTP_CT38_bieu_2026.xlsx", id="THANHTRA-TP", unit="Thanh tra Thành phố",
    unit_upper="THANH TRA THÀNH PHỐ", number="2905/BC-TTTP-P4", date="2026-11-26",
    title="KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
    sign_role="KT. CHÁNH THANH TRA - PHÓ CHÁNH THANH TRA", signer="Đặng Quốc Bảo",
    lo=True,
    entries=[
        PC("II.5.d", "completed", {}, "Xử lý tố giác, tiêu cực trong lĩnh vực TĐC",
           "Tiếp nhận, xử lý đơn tố giác hành vi vi phạm, tiêu cực trong lĩnh vực tiêu chuẩn, đo lường, chất lượng",
           other="2 đơn, đã chuyển xử lý"),
        PC("II.5.a", "in_progress", {"inspections": 1, "establishments_inspected": 6},
           "Thanh tra chuyên đề chất lượng hàng hóa", "Thanh tra chuyên đề việc chấp hành pháp luật về chất lượng sản phẩm, hàng hóa tại doanh nghiệp nhập khẩu",
           note="đang dự thảo kết luận"),
        PC("II.2.đ", "completed", {}, "ISO 9001 tại Thanh tra TP", "Duy trì HTQLCL TCVN ISO 9001:2015"),
        PC("II.3.a", "completed", {"participants": 3}, "Cử thanh tra viên dự tập huấn", "Cử thanh tra viên tham dự tập huấn nghiệp vụ TĐC"),
        PC("II.6.a", "not_applicable", {}, "Cập nhật điều ước quốc tế", "Cập nhật điều ước, thỏa thuận quốc tế về TĐC"),
    ],
    difficulties=["Quy định về thẩm quyền xử phạt giữa thanh tra chuyên ngành và Chi cục TĐC sau sắp xếp chưa được hướng dẫn thống nhất."],
    proposals=["Đề nghị Sở Khoa học và Công nghệ tham mưu UBND Thành phố ban hành quy chế phối hợp thanh tra, kiểm tra về tiêu chuẩn, đo lường, chất lượng."],
))

# ---------------- HAND D
def PD(task, status, ind, text, body, st, name="", fig=""):
    e = E(task, status, ind, text, body, st); e["name"] = name; e["fig"] = fig; return e

REPORTS.append(dict(hand=hand_D_docx, file="PhuThanh_BC_TDC_11-2026.docx", id="27028", unit="Phường Phú Thạnh",
    unit_upper="ỦY BAN NHÂN DÂN PHƯỜNG PHÚ THẠNH", parent="THÀNH PHỐ HỒ CHÍ MINH", number="412/BC-UBND",
    date="2026-11-15", place="Phú Thạnh",
    title="Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn phường",
    intro="Thực hiện văn bản của Chi cục Tiêu chuẩn Đo lường Chất lượng về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026, UBND phường Phú Thạnh báo cáo như sau:",
    sign_role="TM. ỦY BAN NHÂN DÂN\n\t\t\t\tKT. CHỦ TỊCH - PHÓ CHỦ TỊCH", signer="Ngô Thị Kim Loan",
    entries=[
        PD("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 27, "violations": 2, "fines_vnd": 3500000},
           "Kiểm tra cân, đo lường tại chợ Phú Thạnh và cửa hàng",
           "Kiểm tra đo lường (cân) và nhãn hàng hóa tại chợ, cửa hàng tạp hóa: phường thành lập tổ kiểm tra, đã kiểm tra 3 cuộc, 27 cs; lập biên bản 2 cs vi phạm, phạt 3,5 triệu đồng. Tháng 12 kiểm tra thêm 1 đợt trước Tết.",
           "Đang làm"),
        PD("II.1.a", "completed", {"communications": 14}, "Tuyên truyền qua loa, nhóm Zalo khu phố",
           "Tuyên truyền về cân đối chứng, hàng giả, hàng kém chất lượng trên loa phát thanh và nhóm Zalo các khu phố: 14 tin.",
           "Hoàn thành"),
        PD("II.3.a", "completed", {"participants": 2}, "Cử công chức dự tập huấn",
           "Cử 2 công chức phòng Kinh tế dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho cấp xã.",
           "Hoàn thành"),
        PD("II.2.đ", "completed", {}, "ISO 9001 tại UBND phường",
           "Áp dụng ISO 9001 tại bộ phận một cửa của phường, đã rà soát lại quy trình sau sắp xếp.",
           "Hoàn thành"),
        PD("II.5.d", "not_applicable", {}, "Tố giác vi phạm",
           "Tiếp nhận tố giác vi phạm về đo lường, chất lượng: trong năm không có đơn, tin báo.",
           "Không phát sinh"),
    ],
    difficulties=["Phường chưa có cân đối chứng đạt chuẩn đặt tại chợ Phú Thạnh.",
                  "Công chức phụ trách kiêm nhiệm nhiều lĩnh vực, chưa nắm chắc quy định xử phạt về đo lường."],
    proposals=["Đề nghị Chi cục TĐC hỗ trợ phường 01 cân đối chứng đặt tại chợ Phú Thạnh."],
))

REPORTS.append(dict(hand=hand_D_xlsx, file="TanKhanh_CT38_2026.xlsx", id="25891", unit="Phường Tân Khánh",
    unit_upper="UBND PHƯỜNG TÂN KHÁNH", parent="THÀNH PHỐ HỒ CHÍ MINH", number="389/BC-UBND",
    date="2026-11-21", place="Tân Khánh",
    title="BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026",
    sign_role="KT. CHỦ TỊCH - PHÓ CHỦ TỊCH", signer="Huỳnh Văn Trí",
    entries=[
        PD("II.5.c", "completed", {"inspections": 4, "establishments_inspected": 35, "violations": 4, "fines_vnd": 6000000},
           "Kiểm tra đo lường, chất lượng tại cửa hàng xăng dầu, chợ",
           "Phối hợp đội QLTT kiểm tra cửa hàng xăng dầu, chợ Tân Khánh, tiệm vàng", "Hoàn thành",
           name="Kiem tra do luong, chat luong (phan cap cho phuong)", fig="4 cuộc; 35 cs; 4 cs vi phạm; phạt 6 triệu đồng"),
        PD("II.1.a", "in_progress", {"communications": 8}, "Tuyên truyền",
           "Đăng tin trên trang thông tin phường, phát tờ rơi cho tiểu thương", "Đang làm",
           name="Tuyen truyen TĐC", fig="8 tin bài"),
        PD("II.3.a", "completed", {"participants": 1}, "Tập huấn công chức",
           "Cử công chức dự tập huấn tháng 6/2026 do Chi cục TĐC tổ chức", "Hoàn thành",
           name="Tap huan", fig="1 công chức"),
        PD("II.2.đ", "in_progress", {}, "ISO 9001 tại phường",
           "Đang xây dựng lại bộ quy trình ISO sau sáp nhập phường", "Đang làm",
           name="ISO 9001", fig=""),
    ],
    difficulties=["Sau sáp nhập, địa bàn rộng, số chợ và cửa hàng xăng dầu tăng nhiều nhưng không có thêm người."],
    proposals=["Đề nghị Chi cục TĐC cung cấp danh sách cửa hàng xăng dầu trên địa bàn phường mới để phường phối hợp theo dõi."],
))

REPORTS.append(dict(hand=hand_D_docx, file="SDTTG_phoi_hop_CT38.docx", id="SO-DTTG", unit="Sở Dân tộc và Tôn giáo",
    unit_upper="SỞ DÂN TỘC VÀ TÔN GIÁO", parent="UBND THÀNH PHỐ HỒ CHÍ MINH", number="1288/BC-SDTTG",
    date="2026-11-28", place="Thành phố Hồ Chí Minh",
    title="Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
    intro="Sở Dân tộc và Tôn giáo báo cáo kết quả phối hợp thực hiện năm 2026 như sau:",
    sign_role="KT. GIÁM ĐỐC\n\t\t\t\tPHÓ GIÁM ĐỐC", signer="Trương Minh Điền",
    entries=[
        PD("II.1.a", "completed", {"communications": 5}, "Tuyên truyền trong đồng bào dân tộc thiểu số",
           "Lồng ghép tuyên truyền nhận biết hàng giả, hàng kém chất lượng trong đồng bào dân tộc thiểu số, chức sắc tôn giáo: 5 tài liệu, bản tin song ngữ.",
           "Hoàn thành"),
        PD("II.2.đ", "completed", {}, "ISO 9001 tại Sở",
           "Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở.", "Hoàn thành"),
        PD("II.3.a", "completed", {"participants": 1}, "Cử công chức dự tập huấn",
           "Cử 1 công chức Văn phòng Sở dự tập huấn về tiêu chuẩn, đo lường, chất lượng.", "Hoàn thành"),
        PD("II.5.a", "not_applicable", {}, "Phối hợp kiểm tra",
           "Phối hợp kiểm tra chất lượng sản phẩm, hàng hóa: năm 2026 Sở không được mời tham gia đoàn kiểm tra nào.", "Không phát sinh"),
    ],
    difficulties=[],
    proposals=["Đề nghị Chi cục TĐC cung cấp tài liệu tuyên truyền ngắn, dễ hiểu để Sở chuyển ngữ cho đồng bào dân tộc thiểu số."],
))

REPORTS.append(dict(hand=hand_D_xlsx, file="STP_BaoCao_11thang_2026.xlsx", id="SO-TP", unit="Sở Tư pháp",
    unit_upper="SỞ TƯ PHÁP", parent="UBND THÀNH PHỐ HỒ CHÍ MINH", number="6670/BC-STP",
    date="2026-11-22", place="Thành phố Hồ Chí Minh",
    title="BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ 11 THÁNG NĂM 2026",
    sign_role="KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC", signer="Trần Thị Bình",
    entries_mistaken=[
        ["1", "Cap ban sao dien tu ho tich", "Số hóa sổ hộ tịch, cấp bản sao điện tử", "1,2 triệu trang số hóa", "Đang làm"],
        ["2", "Dich vu cong truc tuyen", "Cung cấp dịch vụ công trực tuyến toàn trình lĩnh vực tư pháp", "38 thủ tục", "Hoàn thành"],
        ["3", "Ly lich tu phap tren VNeID", "Cấp phiếu lý lịch tư pháp qua VNeID", "96.400 phiếu", "Hoàn thành"],
    ],
    entries=[],
    difficulties=["Dữ liệu hộ tịch cũ viết tay, chất lượng bản giấy kém nên số hóa chậm."],
    proposals=["Đề nghị bổ sung kinh phí số hóa dữ liệu hộ tịch năm 2027."],
    rejected="Báo cáo kết quả thực hiện Kế hoạch chuyển đổi số 11 tháng năm 2026 — không thuộc Kế hoạch triển khai Chỉ thị 38-CT/TW.",
))

def hand_D_xlsx_wrap(r):
    if r.get("entries_mistaken"):
        rr = dict(r)
        rr["entries"] = [dict(name=a[1], body=a[2], fig=a[3], st=a[4]) for a in r["entries_mistaken"]]
        return hand_D_xlsx(rr)
    return hand_D_xlsx(r)

# ======================================================================
def lo_resave(path):
    ext = path.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    subprocess.run(["libreoffice", "-env:UserInstallation=file:///tmp/lo_set168", "--headless", "--convert-to", ext, "--outdir", tmp, path],
                   check=True, capture_output=True, timeout=120)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path)
    shutil.rmtree(tmp, ignore_errors=True)

def main():
    for r in REPORTS:
        r["path"] = os.path.join(OUT, r["file"])
        fn = r["hand"]
        if fn is hand_D_xlsx: fn = hand_D_xlsx_wrap
        fn(r)
        if r.get("lo"):
            lo_resave(r["path"])
        sha = hashlib.sha256(open(r["path"], "rb").read()).hexdigest()
        rej = r.get("rejected")
        key = {
            "file": r["file"], "sha256": sha,
            "status": "rejected" if rej else "extracted",
            "reason": rej if rej else None,
            "unit": {"id": r["id"], "name": r["unit"]},
            "document": {"number": r["number"], "date": r["date"]},
            "entries": [] if rej else [dict(task=e["task"], status=e["status"], indicators=e["indicators"], text=e["text"]) for e in r["entries"]],
            "findings": [],
            "difficulties": [] if rej else r["difficulties"],
            "proposals": [] if rej else r["proposals"],
        }
        with open(os.path.join(TRUTH, r["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=2)
        print("wrote", r["file"])

if __name__ == "__main__":
    main()
