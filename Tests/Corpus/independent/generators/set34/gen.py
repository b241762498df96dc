# -*- coding: utf-8 -*-
"""Generator for set34: 18 reports in 5 hands + answer keys (truth/*.json).
Run: python3 gen.py   (then python3 check.py)"""
import hashlib, json, os, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

QH1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
QH2 = "Độc lập - Tự do - Hạnh phúc"


def E(task, status, text, **ind):
    return {"task": task, "status": status, "indicators": ind, "text": text}


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------- DOCX helpers
def new_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(3)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2)
        s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d


def header_table(d, left_lines, right_lines, widths=(6.5, 9.5)):
    t = d.add_table(rows=1, cols=2)
    for ci, lines in enumerate((left_lines, right_lines)):
        cell = t.rows[0].cells[ci]
        cell.width = Cm(widths[ci])
        first = True
        for txt, bold, ital in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt); r.bold = bold; r.italic = ital; r.font.size = Pt(12)
    return t


def para(d, text, bold=False, italic=False, center=False, indent=True, size=None):
    p = d.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent:
        p.paragraph_format.first_line_indent = Cm(1)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    return p


def runin(d, label, rest):
    """Hand A: bold run-in label then plain text in the same paragraph."""
    p = d.add_paragraph()
    p.paragraph_format.first_line_indent = Cm(1)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    r = p.add_run(label); r.bold = True
    p.add_run(rest)
    return label + rest


def sign(d, left, right_title, name):
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    p = c0.paragraphs[0]; r = p.add_run("Nơi nhận:"); r.bold = True; r.italic = True; r.font.size = Pt(11)
    for l in left:
        q = c0.add_paragraph(); q.add_run(l).font.size = Pt(11)
    p = c1.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(right_title); r.bold = True
    for _ in range(3):
        c1.add_paragraph()
    q = c1.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = q.add_run(name); r.bold = True


# ---------------------------------------------------------------- HAND A
# Chị Hạnh-type ward clerks: "Về …:" bold run-in labels, status as a trailing
# parenthesis, difficulties "+ …", proposals "1. …".
def hand_A(fn, unit_upper, place, number, date_words, title2, kinh_gui, intro,
           items, kk, kn, signer, rejected=False):
    place_kind = unit_upper.split()[0].lower()
    d = new_doc()
    header_table(d, [("UBND " + unit_upper, True, False), ("", False, False),
                     ("Số: " + number, False, False)],
                 [(QH1, True, False), (QH2, True, False), ("", False, False),
                  (place + ", " + date_words, False, True)])
    para(d, "")
    para(d, "BÁO CÁO", bold=True, center=True, size=14)
    para(d, title2, bold=True, center=True)
    para(d, "")
    para(d, kinh_gui, center=True)
    para(d, intro)
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    entries = []
    for lab, rest, task, status, ind in items:
        full = runin(d, lab, rest)
        if task:
            entries.append(E(task, status, full, **ind))
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for k in kk:
        para(d, "+ " + k)
    para(d, "III. KIẾN NGHỊ, ĐỀ XUẤT", bold=True, indent=False)
    for i, k in enumerate(kn, 1):
        para(d, f"{i}. {k}")
    para(d, "Trên đây là báo cáo của Ủy ban nhân dân " + place_kind + " " + place + "./.")
    sign(d, ["- Như trên;", "- Lưu: VT, VP."], "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", signer)
    d.save(os.path.join(OUT, fn))
    return entries


# ---------------------------------------------------------------- HAND B
# Anh Tùng-type commune economy officers: Excel "Sheet1", STT | Nội dung |
# Kết quả thực hiện | Tình trạng (Xong / Đang làm / Chưa / K.phát sinh) | Ghi chú;
# difficulties & proposals as "- " lines inside ONE cell each (Alt+Enter).
def hand_B(fn, unit_upper, number, date_line, title, rows, kk, kn, signer):
    wb = Workbook(); ws = wb.active; ws.title = "Sheet1"
    thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "UBND " + unit_upper; ws["A1"].font = Font(bold=True)
    ws.merge_cells("A1:B1")
    ws["D1"] = QH1; ws["D1"].font = Font(bold=True); ws.merge_cells("D1:E1")
    ws["A2"] = "Số: " + number
    ws["D2"] = QH2; ws.merge_cells("D2:E2")
    ws["D3"] = date_line; ws["D3"].font = Font(italic=True); ws.merge_cells("D3:E3")
    ws["A5"] = title; ws["A5"].font = Font(bold=True, size=13); ws.merge_cells("A5:E5")
    ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[5].height = 36
    hdr = ["STT", "Nội dung", "Kết quả thực hiện", "Tình trạng", "Ghi chú"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=i, value=h); c.font = Font(bold=True); c.border = box
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 8; entries = []
    for i, (nd, kq, tt, gc, task, status, ind) in enumerate(rows, 1):
        vals = [i, nd, kq or None, tt or None, gc or None]
        for ci, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=ci, value=v); c.border = box
            c.alignment = Alignment(vertical="top", wrap_text=True)
        if task:
            text = nd + (": " + kq if kq else "") + (" (" + gc + ")" if gc else "")
            entries.append(E(task, status, text, **ind))
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Khó khăn, vướng mắc:").font = Font(bold=True)
    c = ws.cell(row=r, column=3, value="\n".join("- " + k for k in kk))
    c.alignment = Alignment(wrap_text=True, vertical="top"); ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
    ws.row_dimensions[r].height = 18 * max(1, len(kk)) + 10
    r += 1
    ws.cell(row=r, column=2, value="Kiến nghị:").font = Font(bold=True)
    c = ws.cell(row=r, column=3, value="\n".join("- " + k for k in kn))
    c.alignment = Alignment(wrap_text=True, vertical="top"); ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
    ws.row_dimensions[r].height = 18 * max(1, len(kn)) + 10
    r += 2
    ws.cell(row=r, column=4, value="NGƯỜI LẬP BIỂU").font = Font(bold=True)
    ws.cell(row=r + 4, column=4, value=signer)
    for col, w in zip("ABCDE", (6, 34, 52, 13, 24)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A8"
    ws.print_title_rows = "7:7"
    wb.save(os.path.join(OUT, fn))
    return entries


# ---------------------------------------------------------------- HAND C
# Ông Phúc-type department planners: slash numbering "I/", "1/", items "- ",
# and a conclusion line "=> …" carrying the status after each item.
def hand_C(fn, dept_upper, number, date_words, title2, kinh_gui, intro, items, kk, kn, signer, sig_title):
    d = new_doc(size=13)
    header_table(d, [("UBND THÀNH PHỐ HỒ CHÍ MINH", False, False), (dept_upper, True, False),
                     ("", False, False), ("Số: " + number, False, False),
                     ("V/v báo cáo kết quả thực hiện CT38 năm 2026", False, False)],
                 [(QH1, True, False), (QH2, True, False), ("", False, False),
                  ("Thành phố Hồ Chí Minh, " + date_words, False, True)])
    para(d, "")
    para(d, kinh_gui, indent=False, center=True)
    para(d, intro)
    para(d, title2, bold=True, indent=False)
    entries = []
    for i, (head, body, concl, task, status, ind) in enumerate(items, 1):
        para(d, f"{i}/ {head}", bold=True)
        para(d, body)
        text = f"{head} {body}"
        if concl:
            para(d, "=> " + concl, italic=True)
            text += " => " + concl
        entries.append(E(task, status, text, **ind))
    para(d, "II/ KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for k in kk:
        para(d, "- " + k)
    para(d, "III/ ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for k in kn:
        para(d, "- " + k)
    para(d, dept_upper.capitalize() + " kính báo cáo./.")
    sign(d, ["- Như trên;", "- Lưu: VT."], sig_title, signer)
    d.save(os.path.join(OUT, fn))
    return entries


# ---------------------------------------------------------------- HAND D
# Chị Thảo-type Sở-unit staff: Excel "BaoCao" with three "Số liệu" columns
# holding real numbers whose UNIT lives in the cell's custom number format
# ('0 "mẫu"', '#,##0 "đ"'), a "Tình hình" column, and a second sheet "KK-KN".
def hand_D(fn, unit_line1, unit_line2, number, date_line, title, rows, kk, kn, signer):
    wb = Workbook(); ws = wb.active; ws.title = "BaoCao"
    thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = unit_line1; ws.merge_cells("A1:C1")
    ws["A2"] = unit_line2; ws["A2"].font = Font(bold=True); ws.merge_cells("A2:C2")
    ws["A3"] = "Số: " + number if number else "Số:      /BC"
    ws["E1"] = QH1; ws["E1"].font = Font(bold=True); ws.merge_cells("E1:G1")
    ws["E2"] = QH2; ws.merge_cells("E2:G2")
    ws["E3"] = date_line; ws["E3"].font = Font(italic=True); ws.merge_cells("E3:G3")
    ws["A5"] = title; ws["A5"].font = Font(bold=True, size=13); ws.merge_cells("A5:G5")
    ws["A5"].alignment = Alignment(horizontal="center")
    hdr = ["TT", "Nhiệm vụ", "Công việc đã thực hiện", "Số liệu 1", "Số liệu 2", "Số liệu 3", "Tình hình"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=i, value=h); c.font = Font(bold=True); c.border = box
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 8; entries = []
    for i, (nv, cv, nums, tt, task, status, ind) in enumerate(rows, 1):
        ws.cell(row=r, column=1, value=i)
        ws.cell(row=r, column=2, value=nv)
        ws.cell(row=r, column=3, value=cv or None)
        shown = []
        for j, (val, fmt, word) in enumerate(nums):
            c = ws.cell(row=r, column=4 + j, value=val); c.number_format = fmt
            shown.append(f"{val} {word}")
        ws.cell(row=r, column=7, value=tt or None)
        for ci in range(1, 8):
            ws.cell(row=r, column=ci).border = box
            ws.cell(row=r, column=ci).alignment = Alignment(vertical="top", wrap_text=True)
        if task:
            text = nv + (": " + cv if cv else "") + ("; " + ", ".join(shown) if shown else "")
            entries.append(E(task, status, text, **ind))
        r += 1
    for col, w in zip("ABCDEFG", (5, 30, 48, 16, 16, 16, 16)):
        ws.column_dimensions[col].width = w
    r += 2
    ws.cell(row=r, column=5, value="Người lập").font = Font(bold=True)
    ws.cell(row=r + 4, column=5, value=signer)
    w2 = wb.create_sheet("KK-KN")
    w2["A1"] = "Loại"; w2["B1"] = "Nội dung"
    w2["A1"].font = w2["B1"].font = Font(bold=True)
    rr = 2
    for k in kk:
        w2.cell(row=rr, column=1, value="Khó khăn"); w2.cell(row=rr, column=2, value=k); rr += 1
    for k in kn:
        w2.cell(row=rr, column=1, value="Kiến nghị"); w2.cell(row=rr, column=2, value=k); rr += 1
    w2.column_dimensions["A"].width = 12; w2.column_dimensions["B"].width = 100
    wb.save(os.path.join(OUT, fn))
    return entries


# ---------------------------------------------------------------- HAND E
# Anh Khoa-type Sở unit specialists: each item "n. [Trạng thái] …" with the
# status tag in square brackets first; "– " dashes for difficulties/proposals.
def hand_E(fn, unit_upper, number, date_words, title, intro, items, kk, kn, signer):
    d = new_doc(font="Arial", size=12)
    left = [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False, False), (unit_upper, True, False)]
    if number:
        left.append(("Số: " + number, False, False))
    header_table(d, left, [(QH1, True, False), (QH2, True, False),
                           ("TP. Hồ Chí Minh, " + date_words, False, True)])
    para(d, "")
    para(d, title, bold=True, center=True)
    para(d, intro)
    para(d, "I. Kết quả triển khai", bold=True, indent=False)
    entries = []
    for i, (tag, body, task, status, ind) in enumerate(items, 1):
        txt = f"{i}. " + (f"[{tag}] " if tag else "") + body
        para(d, txt, indent=False)
        entries.append(E(task, status, txt, **ind))
    para(d, "II. Khó khăn, vướng mắc", bold=True, indent=False)
    for k in kk:
        para(d, "– " + k, indent=False)
    para(d, "III. Kiến nghị", bold=True, indent=False)
    for k in kn:
        para(d, "– " + k, indent=False)
    sign(d, ["- Chi cục TĐC;", "- Lưu."], "TRƯỞNG PHÒNG" if "PHÒNG" in unit_upper else "CHÁNH VĂN PHÒNG", signer)
    d.save(os.path.join(OUT, fn))
    return entries


# ================================================================= REPORTS
KEYS = []


def key(fn, unit_id, unit_name, number, date, entries, kk, kn, rejected=None):
    KEYS.append(dict(file=fn, status="rejected" if rejected else "extracted",
                     reason=rejected, unit={"id": unit_id, "name": unit_name},
                     document={"number": number, "date": date},
                     entries=[] if rejected else entries, findings=[],
                     difficulties=[] if rejected else kk, proposals=[] if rejected else kn))


CC = "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh."

# ---- A1 Phường Thuận An
kk = ["Công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu.",
      "Phường chưa có dụng cụ, phương tiện để kiểm tra nhanh về đo lường khi đi kiểm tra cơ sở."]
kn = ["Đề nghị Chi cục tiếp tục mở lớp tập huấn cho công chức cấp xã trong Quý I/2027.",
      "Đề nghị hỗ trợ phường 01 bộ quả cân chuẩn để kiểm tra cân tại chợ."]
items = [
    ("Về tuyên truyền: ", "Phường đã đăng 06 tin, bài trên trang thông tin điện tử phường và nhóm Zalo các khu phố về ghi nhãn hàng hóa, đo lường trong kinh doanh xăng dầu, vàng bạc; phối hợp tổ chức 01 buổi phổ biến quy định cho 45 hộ kinh doanh tại chợ Lái Thiêu cũ (đang tiếp tục thực hiện).",
     "II.1.a", "in_progress", dict(communications=6, training_courses=1, participants=45)),
    ("Về kiểm tra đo lường, chất lượng trên địa bàn: ", "Phối hợp Đội Quản lý thị trường và Chi cục TĐC tổ chức 03 cuộc kiểm tra tại 17 cơ sở kinh doanh (xăng dầu, vàng bạc, cân tại chợ); phát hiện 02 trường hợp vi phạm (cân sai số vượt giới hạn cho phép), xử phạt 5.000.000đ (đã xong các đợt theo kế hoạch 9 tháng, quý IV làm tiếp).",
     "II.5.c", "in_progress", dict(inspections=3, establishments_inspected=17, violations=2, fines_vnd=5000000)),
    ("Về tập huấn: ", "Cử 02 công chức (Văn phòng HĐND-UBND, Phòng Kinh tế) tham dự lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng cho cán bộ cấp xã do Chi cục tổ chức ngày 18/6/2026 (đã tham gia).",
     "II.3.a", "completed", dict(participants=2)),
    ("Về áp dụng ISO trong cơ quan: ", "Phường xây dựng lại và công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 đối với toàn bộ thủ tục hành chính sau sắp xếp (hoàn thành).",
     "II.2.đ", "completed", {}),
    ("Về tiếp nhận phản ánh, tố giác vi phạm: ", "Trong kỳ không phát sinh.", "II.5.d", "not_applicable", {}),
]
fn = "BC CT38 phuong Thuan An.docx"
ents = hand_A(fn, "PHƯỜNG THUẬN AN", "Thuận An", "412/BC-UBND", "ngày 27 tháng 10 năm 2026",
              "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026\n(từ ngày 01/01/2026 đến ngày 25/10/2026)",
              CC, "Thực hiện đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng về báo cáo kết quả thực hiện Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Thuận An báo cáo như sau:",
              items, kk, kn, "Trần Văn Lộc")
key(fn, "25978", "Phường Thuận An", "412/BC-UBND", "2026-10-27", ents, kk, kn)

# ---- A2 Xã Long Hải (copied from the quarter-III file: intro still says "quý III")
kk = ["Chợ Long Hải chưa có cân đối chứng đạt chuẩn, người dân khó tự kiểm tra khi mua hàng.",
      "Kinh phí cho công tác kiểm tra đo lường chưa được bố trí riêng trong dự toán của xã."]
kn = ["Đề nghị Chi cục TĐC hỗ trợ trang bị cân đối chứng cho chợ Long Hải."]
items = [
    ("Về phổ biến pháp luật về đo lường, chất lượng: ", "Lồng ghép tuyên truyền trong các buổi họp tổ dân cư; đăng 04 tin trên hệ thống loa truyền thanh xã về cân, đo trong mua bán hải sản tại chợ (thường xuyên, đang làm).",
     "II.1.a", "in_progress", dict(communications=4)),
    ("Về kiểm tra cân tại chợ và cơ sở kinh doanh: ", "Tổ kiểm tra liên ngành của xã kiểm tra 2 cuộc, 11 cơ sở (chủ yếu vựa hải sản, tiệm vàng); phát hiện 01 trường hợp sử dụng cân sai, xử phạt 2,5 triệu đồng (xong).",
     "II.5.c", "completed", dict(inspections=2, establishments_inspected=11, violations=1, fines_vnd=2500000)),
    ("Về vận động tham gia Giải thưởng Chất lượng Quốc gia: ", "Đã gửi thông báo, hướng dẫn 08 doanh nghiệp, hợp tác xã trên địa bàn; đến nay chưa có đơn vị đăng ký (đã xong).",
     "II.1.b", "completed", dict(enterprises_supported=8)),
    ("Về hệ thống quản lý chất lượng ISO: ", "Đang rà soát, cập nhật lại các quy trình nội bộ theo bộ thủ tục hành chính mới của cấp xã (đang làm).",
     "II.2.đ", "in_progress", {}),
    ("Về cử cán bộ tập huấn: ", "Xã chưa cử người tham dự do trùng lịch tiếp công dân (chưa thực hiện).", "II.3.a", "not_started", {}),
]
fn = "Long Hai - bao cao chi thi 38 (sua).docx"
ents = hand_A(fn, "XÃ LONG HẢI", "Long Hải", "156/BC-UBND", "ngày 30 tháng 10 năm 2026",
              "Tình hình thực hiện Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026",
              CC, "Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, UBND xã Long Hải báo cáo kết quả thực hiện quý III như sau:",
              items, kk, kn, "Lê Thị Mỹ Dung")
key(fn, "26662", "Xã Long Hải", "156/BC-UBND", "2026-10-30", ents, kk, kn)

# ---- A3 Phường Tân Đông Hiệp
kk = ["Nhiều cơ sở kinh doanh nhỏ lẻ thay đổi địa điểm thường xuyên, khó theo dõi, quản lý."]
kn = ["Đề nghị Sở Khoa học và Công nghệ ban hành hướng dẫn cụ thể về thẩm quyền xử phạt của Chủ tịch UBND phường trong lĩnh vực đo lường, chất lượng.",
      "Đề nghị cung cấp tài liệu tuyên truyền mẫu để phường in, phát cho hộ kinh doanh."]
items = [
    ("Về kiểm tra phối hợp theo phân cấp: ", "Phường ban hành Kế hoạch kiểm tra số 45/KH-UBND ngày 12/3/2026; đến nay đã kiểm tra 4 cuộc tại 22 cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng (LPG), mũ bảo hiểm; 03 cơ sở vi phạm, đã lập hồ sơ đề nghị xử phạt tổng số tiền 18.750.000 đồng (đang thực hiện theo kế hoạch).",
     "II.5.c", "in_progress", dict(inspections=4, establishments_inspected=22, violations=3, fines_vnd=18750000)),
    ("Về tuyên truyền: ", "Đăng 09 tin bài trên Trang thông tin điện tử phường; phối hợp tổ chức 01 hội nghị phổ biến quy định về ghi nhãn hàng hóa cho 60 hộ kinh doanh (hoàn thành).",
     "II.1.a", "completed", dict(communications=9, training_courses=1, participants=60)),
    ("Về duy trì ISO 9001: ", "Phường đang xây dựng lại hệ thống quản lý chất lượng sau khi sắp xếp, dự kiến công bố trong tháng 12/2026 (đang làm).",
     "II.2.đ", "in_progress", {}),
    ("Về tiếp nhận tố giác vi phạm: ", "Trong kỳ phường không nhận được đơn thư, phản ánh nào (không phát sinh).",
     "II.5.d", "not_applicable", {}),
    ("Về tập huấn nghiệp vụ: ", "03 công chức phường dự lớp tập huấn trực tuyến của Chi cục Tiêu chuẩn Đo lường Chất lượng.",
     "II.3.a", "unknown", dict(participants=3)),
]
fn = "BC TDC nam 2026_P.TDH.docx"
ents = hand_A(fn, "PHƯỜNG TÂN ĐÔNG HIỆP", "Tân Đông Hiệp", "98/BC-UBND", "ngày 03 tháng 11 năm 2026",
              "Kết quả triển khai công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Chỉ thị 38-CT/TW)",
              CC, "Ủy ban nhân dân phường Tân Đông Hiệp báo cáo kết quả thực hiện như sau:",
              items, kk, kn, "Nguyễn Hoàng Phi")
key(fn, "25945", "Phường Tân Đông Hiệp", "98/BC-UBND", "2026-11-03", ents, kk, kn)

# ---- A4 Phường Lái Thiêu — MISTAKEN (food safety report)
items = [
    ("Về tuyên truyền: ", "Phát 1.200 tờ rơi về bảo đảm an toàn thực phẩm dịp Tết Trung thu; tổ chức 02 buổi nói chuyện chuyên đề cho 150 người chế biến thực phẩm (hoàn thành).", None, None, {}),
    ("Về kiểm tra: ", "Đoàn kiểm tra liên ngành ATTP của phường kiểm tra 36 cơ sở kinh doanh dịch vụ ăn uống, thức ăn đường phố; 05 cơ sở vi phạm, xử phạt 14.500.000 đồng (xong).", None, None, {}),
    ("Về ngộ độc thực phẩm: ", "Trong 9 tháng không xảy ra vụ ngộ độc thực phẩm trên địa bàn (không phát sinh).", None, None, {}),
]
fn = "Bao cao 9 thang - Lai Thieu.docx"
hand_A(fn, "PHƯỜNG LÁI THIÊU", "Lái Thiêu", "377/BC-UBND", "ngày 28 tháng 10 năm 2026",
       "Kết quả công tác bảo đảm an toàn thực phẩm 9 tháng đầu năm 2026",
       "Kính gửi: Sở An toàn thực phẩm Thành phố Hồ Chí Minh.",
       "Thực hiện Kế hoạch bảo đảm an toàn thực phẩm năm 2026, Ủy ban nhân dân phường Lái Thiêu báo cáo như sau:",
       items, ["Lực lượng làm công tác ATTP ở phường còn mỏng."],
       ["Đề nghị Sở An toàn thực phẩm hỗ trợ test kiểm tra nhanh."], "Phạm Minh Tâm", rejected=True)
key(fn, "25966", "Phường Lái Thiêu", "377/BC-UBND", "2026-10-28", [], [], [],
    rejected="Báo cáo về công tác bảo đảm an toàn thực phẩm gửi Sở An toàn thực phẩm, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW")

# ---- B1 Xã Bình Châu
kk = ["Xã rộng, cơ sở kinh doanh phân tán ven biển, lực lượng kiểm tra mỏng.",
      "Chưa có kinh phí in tài liệu tuyên truyền."]
kn = ["Đề nghị Chi cục hỗ trợ tài liệu tuyên truyền bằng tranh, tờ gấp để phát cho hộ kinh doanh."]
rows = [
    ("Tuyên truyền quy định về đo lường, nhãn hàng hóa", "Đăng 5 tin bài trên Zalo OA của xã và trang thông tin điện tử", "Đang làm", "",
     "II.1.a", "in_progress", dict(communications=5)),
    ("Phối hợp kiểm tra đo lường, chất lượng (theo phân cấp)", "KT 2 cuộc, 9 cơ sở (xăng dầu, tiệm vàng, cân tại chợ). Vi phạm 1 cơ sở, phạt 3.750.000đ", "Xong", "",
     "II.5.c", "completed", dict(inspections=2, establishments_inspected=9, violations=1, fines_vnd=3750000)),
    ("Cử cán bộ dự tập huấn nghiệp vụ TĐC", "Cử 1 công chức dự lớp ngày 18/6 tại Chi cục", "Xong", "",
     "II.3.a", "completed", dict(participants=1)),
    ("Duy trì ISO 9001 tại UBND xã", "", "Đang làm", "Đang chờ đơn vị tư vấn",
     "II.2.đ", "in_progress", {}),
    ("Tiếp nhận phản ánh, tố giác vi phạm về đo lường", "", "K.phát sinh", "",
     "II.5.d", "not_applicable", {}),
]
fn = "BinhChau_CT38_2026.xlsx"
ents = hand_B(fn, "XÃ BÌNH CHÂU", "211/BC-UBND", "Bình Châu, ngày 29/10/2026",
              "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW (TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG) NĂM 2026",
              rows, kk, kn, "Võ Thanh Tùng")
key(fn, "26656", "Xã Bình Châu", "211/BC-UBND", "2026-10-29", ents, kk, kn)

# ---- B2 Xã Châu Đức
kk = ["Cán bộ kinh tế xã kiêm nhiệm, không có chuyên môn về đo lường.",
      "Nhiều hộ kinh doanh không hợp tác khi kiểm tra cân."]
kn = ["Đề nghị Chi cục tổ chức tập huấn tại chỗ cho cán bộ xã.",
      "Đề nghị phân bổ kinh phí kiểm tra cho cấp xã."]
rows = [
    ("Phổ biến văn bản về TĐC cho hộ KD, HTX", "Tổ chức 1 buổi phổ biến tại hội trường xã, 38 người dự (hộ kinh doanh, HTX nông nghiệp)", "Xong", "",
     "II.1.a", "completed", dict(training_courses=1, participants=38)),
    ("Hướng dẫn HTX công bố chất lượng, mã số mã vạch, truy xuất nguồn gốc", "Hướng dẫn 4 HTX (cà phê, hồ tiêu) làm hồ sơ công bố tiêu chuẩn cơ sở, đăng ký mã số mã vạch", "Đang làm", "",
     "II.2.d", "in_progress", dict(enterprises_supported=4)),
    ("Kiểm tra theo phân cấp", "Chưa tổ chức KT riêng, phối hợp Đội QLTT 1 cuộc tại 5 cửa hàng vật tư nông nghiệp, không phát hiện vi phạm", "Đang làm", "",
     "II.5.c", "in_progress", dict(inspections=1, establishments_inspected=5)),
    ("Cử công chức dự tập huấn", "Chưa cử", "Chưa", "Chưa nhận được giấy mời",
     "II.3.a", "not_started", {}),
    ("Tiếp nhận, xử lý phản ánh về cân điêu", "Tiếp nhận 2 phản ánh về cân sai tại chợ Châu Đức, đã chuyển Đội QLTT xử lý", "Xong", "",
     "II.5.d", "completed", {}),
]
fn = "bieu bao cao CT38 xa Chau Duc.xlsx"
ents = hand_B(fn, "XÃ CHÂU ĐỨC", "189/BC-UBND", "Châu Đức, ngày 31/10/2026",
              "BÁO CÁO THỰC HIỆN CHỈ THỊ 38 VỀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG - NĂM 2026",
              rows, kk, kn, "Huỳnh Văn Sang")
key(fn, "26596", "Xã Châu Đức", "189/BC-UBND", "2026-10-31", ents, kk, kn)

# ---- B3 Phường Bến Cát — MISTAKEN (poverty reduction)
rows = [
    ("Rà soát hộ nghèo, cận nghèo", "Rà soát 46 hộ cận nghèo, 12 hộ thoát nghèo", "Xong", "", None, None, {}),
    ("Hỗ trợ vay vốn NHCSXH", "Giải ngân 1,85 tỷ cho 31 hộ", "Đang làm", "", None, None, {}),
    ("Hỗ trợ nhà ở hộ nghèo", "Khởi công 3 căn", "Đang làm", "", None, None, {}),
]
fn = "Ben Cat - BC 9 thang.xlsx"
hand_B(fn, "PHƯỜNG BẾN CÁT", "402/BC-UBND", "Bến Cát, ngày 27/10/2026",
       "BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG 9 THÁNG NĂM 2026",
       rows, ["Một số hộ không còn khả năng lao động."], ["Đề nghị tăng mức hỗ trợ nhà ở."], "Đặng Quốc Huy")
key(fn, "25813", "Phường Bến Cát", "402/BC-UBND", "2026-10-27", [], [], [],
    rejected="Báo cáo về chương trình giảm nghèo bền vững, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW")

# ---- B4 Phường Chánh Hiệp
kk = ["Phường chưa được bàn giao đầy đủ hồ sơ quản lý cơ sở kinh doanh từ đơn vị hành chính cũ."]
kn = ["Đề nghị Chi cục cung cấp danh sách cơ sở kinh doanh xăng dầu, LPG trên địa bàn phường."]
rows = [
    ("Tuyên truyền TĐC", "Đăng 3 tin; gửi văn bản hướng dẫn ghi nhãn hàng hóa đến 27 cơ sở", "Xong", "",
     "II.1.a", "completed", dict(communications=3, enterprises_supported=27)),
    ("KT xăng dầu, vàng bạc, cân", "KT 3 cuộc, 14 cơ sở; 2 cơ sở vi phạm; phạt 12.000.000đ", "Đang làm", "Quý IV KT tiếp LPG",
     "II.5.c", "in_progress", dict(inspections=3, establishments_inspected=14, violations=2, fines_vnd=12000000)),
    ("Phối hợp khảo sát chất lượng hàng hóa tại chợ", "Phối hợp Chi cục lấy 10 mẫu (xăng, đồ chơi trẻ em)", "Xong", "",
     "II.5.b", "completed", dict(samples_tested=10)),
    ("Tập huấn CB phường", "2 công chức dự tập huấn", "", "",
     "II.3.a", "unknown", dict(participants=2)),
    ("ISO hành chính công", "Đã công bố HTQLCL phù hợp TCVN ISO 9001:2015 ngày 15/8/2026", "Xong", "",
     "II.2.đ", "completed", {}),
]
fn = "CHANH HIEP ct38.xlsx"
ents = hand_B(fn, "PHƯỜNG CHÁNH HIỆP", "233/BC-UBND", "Chánh Hiệp, ngày 30/10/2026",
              "KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026", rows, kk, kn, "Lý Minh Trí")
key(fn, "25771", "Phường Chánh Hiệp", "233/BC-UBND", "2026-10-30", ents, kk, kn)

# ---- C1 Sở Công Thương
INTRO_C = "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, {d} báo cáo kết quả thực hiện các nội dung có liên quan như sau:"
kk = ["Việc kiểm tra chất lượng xăng dầu phải gửi mẫu đi thử nghiệm, thời gian trả kết quả kéo dài."]
kn = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng xăng dầu để phục vụ công tác quản lý."]
items = [
    ("Kiểm tra chất lượng hàng hóa lưu thông trên thị trường:", "Trong 10 tháng, Sở phối hợp tổ chức 15 cuộc kiểm tra tại 86 cửa hàng xăng dầu, LPG; phát hiện 7 cơ sở vi phạm về đo lường, chất lượng; xử phạt 214,5 triệu đồng.",
     "Đang tiếp tục thực hiện theo kế hoạch năm.", "II.5.a", "in_progress",
     dict(inspections=15, establishments_inspected=86, violations=7, fines_vnd=214500000)),
    ("Góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật:", "Góp ý 04 dự thảo (03 QCVN về xăng sinh học, khí dầu mỏ hóa lỏng, an toàn điện và 01 TCVN) theo đề nghị của Bộ Công Thương.",
     "Hoàn thành.", "II.2.e", "completed", dict(standards_reviewed=4)),
    ("Áp dụng ISO 9001 tại Sở:", "Sở duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; đánh giá nội bộ trong tháng 9/2026.",
     "Đã hoàn thành đánh giá nội bộ năm 2026.", "II.2.đ", "completed", {}),
    ("Đào tạo, tập huấn:", "Cử 05 công chức tham dự lớp cập nhật kiến thức về đo lường, chất lượng do Chi cục TĐC tổ chức.",
     "Hoàn thành.", "II.3.a", "completed", dict(participants=5)),
]
fn = "3215-SCT-QLTM bc ct38.docx"
ents = hand_C(fn, "SỞ CÔNG THƯƠNG", "3215/SCT-QLTM", "ngày 24 tháng 10 năm 2026", "I/ KẾT QUẢ THỰC HIỆN",
              "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh", INTRO_C.format(d="Sở Công Thương"),
              items, kk, kn, "Bùi Tấn Phúc", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
key(fn, "SO-CT", "Sở Công Thương", "3215/SCT-QLTM", "2026-10-24", ents, kk, kn)

# ---- C2 Sở Y tế
kk = ["Chi phí kiểm định phương tiện đo trong lĩnh vực y tế lớn, nhiều bệnh viện tự chủ tài chính gặp khó khăn."]
kn = ["Đề nghị Sở Khoa học và Công nghệ phối hợp rà soát danh mục phương tiện đo nhóm 2 sử dụng trong lĩnh vực y tế."]
items = [
    ("Góp ý quy chuẩn kỹ thuật trong lĩnh vực y tế:", "Tham gia góp ý 02 dự thảo QCVN về trang thiết bị y tế và chất lượng nước sạch sinh hoạt.",
     "Hoàn thành.", "II.2.e", "completed", dict(standards_reviewed=2)),
    ("Kiểm định, hiệu chuẩn phương tiện đo tại cơ sở y tế:", "Chỉ đạo các bệnh viện trực thuộc kiểm định 1.246 phương tiện đo (huyết áp kế, nhiệt kế y học, cân sức khỏe…); kiểm tra 9 cơ sở khám bệnh, chữa bệnh tư nhân về sử dụng phương tiện đo, 2 cơ sở có phương tiện đo hết hạn kiểm định.",
     "Đang thực hiện.", "II.5.a", "in_progress",
     dict(instruments_verified=1246, establishments_inspected=9, violations=2)),
    ("Hệ thống quản lý chất lượng:", "Sở và các đơn vị sự nghiệp trực thuộc duy trì hệ thống quản lý chất lượng; đang chuyển sang áp dụng ISO điện tử.",
     "Đang thực hiện.", "II.2.đ", "in_progress", {}),
    ("Tập huấn về đo lường, chất lượng cho công chức ngành y tế:", "Chưa tổ chức, dự kiến phối hợp Chi cục tổ chức trong tháng 12/2026.",
     "Chưa thực hiện.", "II.3.a", "not_started", {}),
]
fn = "8841_SYT_NVY.docx"
ents = hand_C(fn, "SỞ Y TẾ", "8841/SYT-NVY", "ngày 31 tháng 10 năm 2026", "I/ KẾT QUẢ",
              "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", INTRO_C.format(d="Sở Y tế"),
              items, kk, kn, "Tăng Chí Thượng", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
key(fn, "SO-YT", "Sở Y tế", "8841/SYT-NVY", "2026-10-31", ents, kk, kn)

# ---- C3 Sở Xây dựng
kk = ["Một số cơ sở kinh doanh vật liệu xây dựng nhỏ lẻ không lưu giữ hồ sơ công bố hợp quy."]
kn = ["Đề nghị tăng cường phối hợp liên ngành trong kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường."]
items = [
    ("Quản lý chất lượng vật liệu xây dựng:", "Kiểm tra 06 cuộc đối với 31 cơ sở sản xuất, kinh doanh vật liệu xây dựng (xi măng, thép, kính, gạch ốp lát); lấy 24 mẫu thử nghiệm; phát hiện 05 cơ sở vi phạm về công bố hợp quy, xử phạt 96.000.000 đồng.",
     "Đang tiếp tục.", "II.5.a", "in_progress",
     dict(inspections=6, establishments_inspected=31, samples_tested=24, violations=5, fines_vnd=96000000)),
    ("Xây dựng, góp ý tiêu chuẩn, quy chuẩn:", "Góp ý 03 dự thảo tiêu chuẩn, quy chuẩn (trong đó có dự thảo sửa đổi QCVN 16:2023/BXD về sản phẩm, hàng hóa vật liệu xây dựng).",
     "Hoàn thành.", "II.2.e", "completed", dict(standards_reviewed=3)),
    ("Áp dụng ISO:", "Duy trì áp dụng ISO 9001:2015 tại Văn phòng Sở và các phòng chuyên môn.",
     "Đang duy trì.", "II.2.đ", "in_progress", {}),
    ("Cử cán bộ tập huấn:", "Sở cử 04 lượt công chức dự tập huấn về tiêu chuẩn, đo lường, chất lượng.",
     None, "II.3.a", "unknown", dict(participants=4)),
]
fn = "SXD - BC tieu chuan do luong chat luong 2026.docx"
ents = hand_C(fn, "SỞ XÂY DỰNG", "12077/SXD-VLXD", "ngày 28 tháng 10 năm 2026", "I/ KẾT QUẢ THỰC HIỆN NĂM 2026",
              "Kính gửi: Sở Khoa học và Công nghệ", INTRO_C.format(d="Sở Xây dựng"),
              items, kk, kn, "Trần Quang Lâm", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
key(fn, "SO-XD", "Sở Xây dựng", "12077/SXD-VLXD", "2026-10-28", ents, kk, kn)

# ---- C4 Sở GD&ĐT
kk = ["Chưa có tài liệu chuẩn về tiêu chuẩn, đo lường, chất lượng dành cho học sinh, sinh viên."]
kn = ["Đề nghị Chi cục biên soạn bộ tài liệu ngoại khóa về tiêu chuẩn, đo lường, chất lượng cho học sinh, sinh viên."]
items = [
    ("Đưa kiến thức TĐC vào hoạt động ngoại khóa:", "Phối hợp Chi cục TĐC tổ chức 03 buổi tập huấn ngoại khóa về mã số mã vạch, truy xuất nguồn gốc cho 1.150 học sinh, sinh viên các trường trung cấp, cao đẳng.",
     "Hoàn thành.", "II.3.d", "completed", dict(training_courses=3, participants=1150)),
    ("Tuyên truyền:", "Đăng 07 tin, bài trên Cổng thông tin điện tử ngành giáo dục về tiêu chuẩn, đo lường, chất lượng.",
     "Đã thực hiện.", "II.1.a", "completed", dict(communications=7)),
    ("ISO trong cơ quan:", "Đang rà soát quy trình ISO sau khi sắp xếp, hợp nhất các phòng chuyên môn.",
     "Đang thực hiện.", "II.2.đ", "in_progress", {}),
    ("Kiểm tra về đo lường, chất lượng:", "Không thuộc chức năng của Sở.",
     "Không phát sinh.", "II.5.a", "not_applicable", {}),
]
fn = "CV 4570 SGDDT bao cao CT38.docx"
ents = hand_C(fn, "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "4570/SGDĐT-CTTT", "ngày 30 tháng 10 năm 2026", "I/ KẾT QUẢ THỰC HIỆN",
              "Kính gửi: Sở Khoa học và Công nghệ", INTRO_C.format(d="Sở Giáo dục và Đào tạo"),
              items, kk, kn, "Nguyễn Bảo Quốc", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
key(fn, "SO-GDDT", "Sở Giáo dục và Đào tạo", "4570/SGDĐT-CTTT", "2026-10-30", ents, kk, kn)

# ---- D1 Trung tâm Phân tích thí nghiệm
kk = ["Thủ tục mua sắm thiết bị kéo dài, nhiều gói thầu phải tổ chức đấu thầu lại.",
      "Thiếu kỹ thuật viên có chứng chỉ kiểm định viên đo lường."]
kn = ["Đề nghị Sở bố trí kinh phí đào tạo kiểm định viên năm 2027."]
rows = [
    ("Đầu tư trang thiết bị", "Mua sắm, lắp đặt hệ thống sắc ký khí ghép khối phổ và 02 tủ nhiệt chuẩn; kinh phí đã giải ngân",
     [(4250000000, '#,##0 "đ"', "đ")], "Đang triển khai", "II.4.a", "in_progress", dict(budget_spent_vnd=4250000000)),
    ("Dịch vụ kiểm định, hiệu chuẩn cho DN", "Kiểm định, hiệu chuẩn phương tiện đo; được công nhận mở rộng 18 phép thử theo ISO/IEC 17025",
     [(12480, '#,##0 "PTĐ"', "PTĐ"), (156, '0 "DN"', "DN")], "Đang triển khai", "II.2.g", "in_progress",
     dict(instruments_verified=12480, enterprises_supported=156)),
    ("Liên kết chuẩn đo lường", "Gửi chuẩn chính đi hiệu chuẩn tại Viện Đo lường Việt Nam",
     [(7, '0 "chuẩn"', "chuẩn")], "Hoàn thành", "II.4.c", "completed", dict(instruments_verified=7)),
    ("Thử nghiệm mẫu khảo sát (phối hợp Chi cục)", "Thử nghiệm mẫu xăng dầu, mũ bảo hiểm, đồ chơi trẻ em",
     [(135, '0 "mẫu"', "mẫu")], "Hoàn thành", "II.5.b", "completed", dict(samples_tested=135)),
    ("Đào tạo sinh viên", "Nhận sinh viên các trường đại học, cao đẳng thực tập về đo lường, thử nghiệm",
     [(42, '0 "SV"', "SV")], "Hoàn thành", "II.3.d", "completed", dict(participants=42)),
    ("Tọa đàm DN nhập khẩu (phối hợp Chi cục)", "Cử chuyên gia trình bày tại tọa đàm", [], "", "II.1.a", "unknown", {}),
]
fn = "TT PTTN - KQ CT38 2026.xlsx"
ents = hand_D(fn, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH",
              "318/BC-TTPT", "TP. Hồ Chí Minh, ngày 29 tháng 10 năm 2026",
              "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026", rows, kk, kn, "Ngô Thị Thảo")
key(fn, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    "318/BC-TTPT", "2026-10-29", ents, kk, kn)

# ---- D2 Phòng Kiểm tra – Pháp chế
kk = ["Lực lượng kiểm tra mỏng trong khi địa bàn rộng sau hợp nhất."]
kn = ["Đề nghị bổ sung biên chế cho Phòng Kiểm tra – Pháp chế.",
      "Đề nghị đầu tư thêm thiết bị kiểm tra nhanh chất lượng xăng dầu."]
rows = [
    ("Kiểm tra nhà nước về TĐC", "Tham gia đoàn kiểm tra liên ngành hàng đóng gói sẵn, xăng dầu; tham mưu xử phạt 326,5 triệu đồng",
     [(8, '0 "cuộc"', "cuộc"), (47, '0 "cơ sở"', "cơ sở"), (11, '0 "vi phạm"', "vi phạm")], "Đang triển khai", "II.5.a", "in_progress",
     dict(inspections=8, establishments_inspected=47, violations=11, fines_vnd=326500000)),
    ("Thông tin kết quả khảo sát chất lượng", "Phối hợp Chi cục chuyển kết quả khảo sát cho lực lượng QLTT", [], "Hoàn thành", "II.5.b", "completed", {}),
    ("Góp ý văn bản QPPL", "Góp ý dự thảo Luật Đo lường (sửa đổi), Nghị định sửa đổi Nghị định 119/2017/NĐ-CP",
     [(3, '0 "văn bản"', "văn bản")], "Hoàn thành", "II.2.c", "completed", {}),
    ("Phương tiện kỹ thuật nghiệp vụ (NĐ 135)", "Rà soát danh mục; đã gửi kiểm định, hiệu chuẩn",
     [(14, '0 "thiết bị"', "thiết bị")], "Hoàn thành", "II.4.b", "completed", dict(instruments_verified=14)),
    ("Tiếp nhận, xử lý đơn thư tố giác", "", [], "Không phát sinh", "II.5.d", "not_applicable", {}),
    ("Hướng dẫn phường, xã theo phân quyền", "Hướng dẫn UBND phường, xã về thẩm quyền xử phạt lĩnh vực TĐC", [], "Đang triển khai", "II.5.c", "in_progress", {}),
]
fn = "KTPC_bc_CT38.xlsx"
ents = hand_D(fn, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ", "57/BC-KTPC", "Ngày 30/10/2026",
              "KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38-CT/TW NĂM 2026", rows, kk, kn, "Phan Thị Thảo Vy")
key(fn, "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "57/BC-KTPC", "2026-10-30", ents, kk, kn)

# ---- D3 Chi cục TĐC
kk = ["Số lượng cơ sở kinh doanh tăng mạnh sau hợp nhất địa giới, nhân lực kiểm tra không đáp ứng.",
      "Hệ thống phần mềm của Bộ chưa kết nối đồng bộ với hệ thống của Thành phố."]
kn = ["Đề nghị Sở trình UBND Thành phố bổ sung kinh phí cho Chương trình năng suất năm 2027.",
      "Đề nghị Bộ Khoa học và Công nghệ sớm hoàn thiện cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng để địa phương kết nối."]
rows = [
    ("Tập huấn VBQPPL cho DN; tọa đàm DN nhập khẩu", "Tổ chức 4 lớp tập huấn (Q1: 1, Q2: 2, Q3: 1) và 01 buổi tọa đàm với DN nhập khẩu",
     [(5, '0 "lớp, buổi"', "lớp, buổi"), (386, '#,##0 "lượt"', "lượt")], "Hoàn thành", "II.1.a", "completed",
     dict(training_courses=5, participants=386)),
    ("Vận động tham gia GTCLQG", "Gửi thư mời, hướng dẫn hồ sơ", [(23, '0 "DN"', "DN")], "Hoàn thành", "II.1.b", "completed",
     dict(enterprises_supported=23)),
    ("Chương trình 1322, Đề án 996, Đề án 100", "Hỗ trợ DN áp dụng công cụ năng suất, truy xuất nguồn gốc; kinh phí đã giải ngân",
     [(17, '0 "DN"', "DN"), (1850000000, '#,##0 "đ"', "đ")], "Đang triển khai", "II.2.a", "in_progress",
     dict(enterprises_supported=17, budget_spent_vnd=1850000000)),
    ("GTCLQG năm 2026", "Tiếp nhận, thẩm định hồ sơ tham dự", [(9, '0 "hồ sơ"', "hồ sơ")], "Đang triển khai", "II.2.b", "in_progress", {}),
    ("Hỗ trợ DN áp dụng HTQL, công bố hợp chuẩn hợp quy", "", [(264, '0 "DN"', "DN")], "Đang triển khai", "II.2.d", "in_progress",
     dict(enterprises_supported=264)),
    ("Xây dựng, góp ý TCVN, QCVN, QCĐP", "", [(12, '0 "dự thảo"', "dự thảo")], "Đang triển khai", "II.2.e", "in_progress",
     dict(standards_reviewed=12)),
    ("Kết nối Cổng một cửa QG (hàng NK)", "", [], "Hoàn thành", "II.2.h", "completed", {}),
    ("Tập huấn nghiệp vụ cho công chức sở ngành, xã phường", "",
     [(3, '0 "lớp"', "lớp"), (512, '0 "người"', "người")], "Hoàn thành", "II.3.a", "completed",
     dict(training_courses=3, participants=512)),
    ("Phối hợp APO thúc đẩy năng suất", "Chưa có yêu cầu từ Ủy ban TĐC Quốc gia", [], "Không phát sinh", "II.6.b", "not_applicable", {}),
    ("Kiểm tra NN về TĐC", "Kiểm tra hàng hóa lưu thông, đo lường xăng dầu, vàng; phạt 412.750.000 đồng",
     [(21, '0 "cuộc"', "cuộc"), (143, '0 "cơ sở"', "cơ sở"), (29, '0 "cơ sở VP"', "cơ sở VP")], "Đang triển khai", "II.5.a", "in_progress",
     dict(inspections=21, establishments_inspected=143, violations=29, fines_vnd=412750000)),
]
fn = "CC TDC - so lieu CT38 nam 2026.xlsx"
ents = hand_D(fn, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH",
              "1187/BC-TĐC", "TP. Hồ Chí Minh, ngày 31 tháng 10 năm 2026",
              "KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (phần Chi cục trực tiếp thực hiện)",
              rows, kk, kn, "Đỗ Thị Thảo")
key(fn, "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "1187/BC-TĐC", "2026-10-31", ents, kk, kn)

# ---- E1 Phòng Chuyển đổi số
kk = ["Dữ liệu về tiêu chuẩn, đo lường, chất lượng của các đơn vị còn phân tán, nhiều định dạng khác nhau."]
kn = ["Đề nghị Chi cục TĐC chuẩn hóa biểu mẫu dữ liệu trước khi chuyển lên kho dữ liệu dùng chung."]
items = [
    ("Hoàn thành", "Phối hợp Chi cục TĐC hoàn thiện kết nối Hệ thống thông tin giải quyết thủ tục hành chính của Bộ Khoa học và Công nghệ với Cổng dịch vụ công Thành phố; đã đồng bộ 14 thủ tục hành chính lĩnh vực TĐC.",
     "II.2.h", "completed", {}),
    ("Đang thực hiện", "Xây dựng phân hệ dữ liệu tiêu chuẩn, đo lường, chất lượng trên kho dữ liệu dùng chung của Sở; đã số hóa 3.420 hồ sơ công bố hợp chuẩn, hợp quy; kinh phí đã giải ngân 320 triệu đồng.",
     "II.2.i", "in_progress", dict(budget_spent_vnd=320000000)),
    ("Hoàn thành", "Cử 02 công chức dự hội thảo \"Chuyển đổi số trong hoạt động tiêu chuẩn, đo lường, chất lượng\" do Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia tổ chức tại Hà Nội.",
     "II.3.a", "completed", dict(participants=2)),
]
fn = "Phong CDS - BC CT38.docx"
ents = hand_E(fn, "PHÒNG CHUYỂN ĐỔI SỐ", "24/BC-CĐS", "ngày 29 tháng 10 năm 2026",
              "BÁO CÁO\nKết quả phối hợp thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026",
              "Phòng Chuyển đổi số báo cáo kết quả phối hợp thực hiện các nội dung được giao tại Kế hoạch như sau:",
              items, kk, kn, "Lâm Đăng Khoa")
key(fn, "SKHCN-CDS", "Phòng Chuyển đổi số", "24/BC-CĐS", "2026-10-29", ents, kk, kn)

# ---- E2 Phòng Quản lý Khoa học (no "Số:" line — internal)
kk = ["Mức thu nhập thu hút chuyên gia theo Nghị quyết 27/2023/NQ-HĐND chưa đủ hấp dẫn đối với chuyên gia lĩnh vực đo lường."]
kn = ["Đề nghị Chi cục cung cấp danh sách chuyên gia về tiêu chuẩn, đo lường, chất lượng đang hợp tác để Phòng lập danh mục thu hút."]
items = [
    ("Đang thực hiện", "Thu hút chuyên gia theo Nghị quyết 27/2023/NQ-HĐND: tiếp nhận 03 hồ sơ đề xuất chuyên gia lĩnh vực đo lường, chất lượng; đã thẩm định 01 hồ sơ.",
     "II.3.c", "in_progress", {}),
    ("Hoàn thành", "Phối hợp Chi cục tổ chức 02 khóa bồi dưỡng chuyên sâu về năng suất dựa trên khoa học, công nghệ và đổi mới sáng tạo cho 230 học viên từ doanh nghiệp.",
     "II.3.b", "completed", dict(training_courses=2, participants=230)),
    ("Hoàn thành", "Tuyển chọn, giao 02 nhiệm vụ khoa học và công nghệ về ứng dụng công cụ cải tiến năng suất cho doanh nghiệp thuộc Chương trình năng suất; kinh phí đã cấp 1,2 tỷ đồng.",
     "II.2.a", "completed", dict(budget_spent_vnd=1200000000)),
]
fn = "QLKH bc CT38 2026.docx"
ents = hand_E(fn, "PHÒNG QUẢN LÝ KHOA HỌC", None, "ngày 30 tháng 10 năm 2026",
              "TÌNH HÌNH THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026",
              "Phòng Quản lý Khoa học báo cáo tình hình thực hiện các nhiệm vụ được phân công như sau:",
              items, kk, kn, "Trịnh Minh Hải")
key(fn, "SKHCN-QLKH", "Phòng Quản lý Khoa học", None, "2026-10-30", ents, kk, kn)

# ---- E3 Văn phòng Sở
kk = ["Khối lượng công việc mua sắm tập trung lớn, thời gian thẩm định dự toán kéo dài."]
kn = ["Đề nghị các đơn vị gửi dự toán mua sắm năm 2027 trước ngày 30/11/2026."]
items = [
    ("Hoàn thành", "Duy trì Hệ thống quản lý chất lượng ISO 9001:2015 tại cơ quan Sở: tổ chức 01 lớp đào tạo chuyên gia đánh giá nội bộ cho 35 công chức; đánh giá nội bộ tháng 8/2026.",
     "II.2.đ", "completed", dict(training_courses=1, participants=35)),
    ("Đang thực hiện", "Phối hợp bố trí kinh phí, mua sắm thiết bị cho Trung tâm Dịch vụ Phân tích thí nghiệm: thẩm định dự toán, đã giải ngân 2.150 triệu đồng.",
     "II.4.a", "in_progress", dict(budget_spent_vnd=2150000000)),
    ("Không phát sinh", "Tiếp nhận đơn thư tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng gửi đến Sở.",
     "II.5.d", "not_applicable", {}),
    (None, "Phối hợp kết nối Cổng thông tin một cửa quốc gia: Văn phòng đã cấp tài khoản, phân quyền người dùng cho công chức Chi cục.",
     "II.2.h", "unknown", {}),
]
fn = "VP So - bao cao CT38.docx"
ents = hand_E(fn, "VĂN PHÒNG SỞ", "211/BC-VP", "ngày 28 tháng 10 năm 2026",
              "BÁO CÁO\nKết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
              "Văn phòng Sở báo cáo kết quả thực hiện các nội dung chủ trì, phối hợp như sau:",
              items, kk, kn, "Hồ Thanh Bình")
key(fn, "SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ", "211/BC-VP", "2026-10-28", ents, kk, kn)


def write_keys():
    for k in KEYS:
        p = os.path.join(OUT, k["file"])
        k["sha256"] = hashlib.sha256(open(p, "rb").read()).hexdigest()
        order = ["file", "sha256", "status", "reason", "unit", "document", "entries", "findings", "difficulties", "proposals"]
        out = {o: k[o] for o in order}
        with open(os.path.join(TRUTH, k["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    write_keys()
    print(len(KEYS), "files written")
