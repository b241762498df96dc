# -*- coding: utf-8 -*-
"""Generator for set270: 16 progress reports in five hands + answer keys.
Keys are written from the same data; sha256 is filled in last by finalize.py."""
import json, os, re
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}


def key(fname, unit_id, unit_name, number, date, entries, diffs, props,
        status="extracted", reason=None):
    KEYS[fname] = {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": [{"task": t, "status": s, "indicators": ind, "text": tx}
                    for (t, s, ind, tx) in entries],
        "findings": [], "difficulties": diffs, "proposals": props,
    }


# ---------------------------------------------------------------- docx helpers
def new_doc(font="Times New Roman", size=13, landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(3)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = Cm(3); sec.right_margin = Cm(2)
    sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return d


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)


def cell_par(cell, text, bold=False, italic=False, center=True, size=None, first=True, underline=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
    if size: r.font.size = Pt(size)
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(0)
    return p


def header_block(d, left1, left2, number, place_date, size=12):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    a, b = t.rows[0].cells
    cell_par(a, left1, size=size)
    cell_par(a, left2, bold=True, size=size, first=False)
    cell_par(a, "Số: " + number, size=size, first=False)
    cell_par(b, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=size)
    cell_par(b, "Độc lập - Tự do - Hạnh phúc", bold=True, size=size, first=False, underline=False)
    cell_par(b, "", first=False)
    cell_par(b, place_date, italic=True, size=size, first=False)
    return t


def para(d, text="", bold=False, italic=False, center=False, indent=True, size=None, runs=None):
    p = d.add_paragraph()
    if runs:
        for txt, b, i in runs:
            r = p.add_run(txt); r.bold = b; r.italic = i
            if size: r.font.size = Pt(size)
    else:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and not center: p.paragraph_format.first_line_indent = Cm(1)
    return p


def sign_block(d, left_lines, right_title, right_name):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    a, b = t.rows[0].cells
    first = True
    for ln in left_lines:
        p = cell_par(a, ln, bold=(first), italic=first, center=False, size=11, first=first)
        first = False
    first = True
    for ln in right_title.split("\n"):
        cell_par(b, ln, bold=True, first=first); first = False
    for _ in range(3): cell_par(b, "", first=False)
    cell_par(b, right_name, bold=True, first=False)


# ================================================================ HAND 1 — Hạnh
# Ward officer, plain Word letter. No per-task headings, no tables in the body:
# one "+" sentence per job, figures after "được", closed by a short
# "Việc này …" tail (đã xong / đang làm dần / chưa làm tới / không có phát sinh).

def hand1(fname, ward_upper, ward_name, number, date_line, kinhgui, title2, intro,
          jobs, diffs, props, signer, sign_title="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
          part1="1. Kết quả thực hiện"):
    d = new_doc(size=13)
    header_block(d, "ỦY BAN NHÂN DÂN", ward_upper, number, date_line)
    para(d, "")
    para(d, "BÁO CÁO", bold=True, center=True)
    para(d, title2, bold=True, center=True)
    para(d, "")
    para(d, kinhgui, center=True)
    for t in intro:
        para(d, t)
    para(d, part1, bold=True, indent=True)
    for j in jobs:
        para(d, "+ " + j, indent=True)
    para(d, "2. Khó khăn, vướng mắc", bold=True)
    for x in diffs:
        para(d, "+ " + x)
    para(d, "3. Kiến nghị", bold=True)
    for x in props:
        para(d, "+ " + x)
    para(d, "Trên đây là báo cáo của " + ward_name + ", kính gửi Sở Khoa học và Công nghệ tổng hợp./.")
    sign_block(d, ["Nơi nhận:", "- Sở KH&CN (qua Chi cục TĐC);", "- TT. Đảng ủy, TT. HĐND;", "- Lưu: VT, VHXH."],
               sign_title, signer)
    d.save(os.path.join(OUT, fname))


# --- W1 Phường Long Hương
f = "26566-long-huong-bc-ct38.docx"
jobs = [
    "Phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra việc chấp hành quy định về đo lường tại chợ Long Hương, chợ Kim Hải và các cửa hàng xăng dầu trên địa bàn, được 03 cuộc, kiểm tra 21 cơ sở, phát hiện 02 cơ sở vi phạm (cân sai số vượt mức cho phép), đã xử phạt 3.500.000 đồng. Việc này đang làm tiếp đến cuối năm.",
    "Tuyên truyền về cân đúng, đo đủ, hàng giả, hàng kém chất lượng trên hệ thống loa truyền thanh và trang thông tin điện tử phường, được 12 tin, bài. Việc này đã xong theo kế hoạch năm.",
    "Cử công chức dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho cán bộ phường, xã do Chi cục tổ chức ngày 18/6/2026, phường cử hai người tham dự. Việc này đã xong.",
    "Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Ủy ban nhân dân phường; hiện đang rà soát, sửa lại các quy trình cho phù hợp sau sắp xếp đơn vị hành chính. Việc này đang làm dần.",
    "Tiếp nhận phản ánh, tố giác về vi phạm đo lường, chất lượng: trong kỳ chưa có trường hợp nào. Việc này không có phát sinh.",
]
diffs = ["Phường chưa có công chức chuyên trách, công chức kinh tế kiêm nhiệm nhiều việc nên việc kiểm tra chưa thường xuyên.",
         "Chợ Kim Hải chưa có cân đối chứng, tiểu thương còn dùng cân không rõ nguồn gốc."]
props = ["Đề nghị Chi cục hỗ trợ phường 01 cân đối chứng đặt tại chợ Kim Hải.",
         "Đề nghị Sở tiếp tục mở lớp tập huấn nghiệp vụ cho công chức phường trong năm 2027."]
hand1(f, "PHƯỜNG LONG HƯƠNG", "Ủy ban nhân dân Phường Long Hương", "214/BC-UBND",
      "Long Hương, ngày 27 tháng 10 năm 2026",
      "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh",
      "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
      ["Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường báo cáo kết quả như sau:"],
      jobs, diffs, props, "Lê Văn Thành")
key(f, "26566", "Phường Long Hương", "214/BC-UBND", "2026-10-27", [
    ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 21, "violations": 2, "fines_vnd": 3500000}, jobs[0]),
    ("II.1.a", "completed", {"communications": 12}, jobs[1]),
    ("II.3.a", "completed", {"participants": 2}, jobs[2]),
    ("II.2.đ", "in_progress", {}, jobs[3]),
    ("II.5.d", "not_applicable", {}, jobs[4]),
], diffs, props)

# --- W2 Xã Thường Tân
f = "25909-xa-thuong-tan-bc-tdc.docx"
jobs = [
    "Tổ kiểm tra liên ngành của xã kiểm tra cân, thước tại chợ Thường Tân và các điểm mua bán nông sản, được 02 cuộc với 14 cơ sở, chưa phát hiện vi phạm, đã nhắc nhở các hộ đưa cân đi kiểm định đúng hạn. Việc này đang làm dần.",
    "Phối hợp Đội Quản lý thị trường số 9 kiểm tra phân bón, thuốc bảo vệ thực vật tại các đại lý trên địa bàn xã, được 01 cuộc, 05 cơ sở. Việc này đang làm tiếp.",
    "Đưa tin về tiêu chuẩn, đo lường, chất lượng trên loa của xã và nhóm Zalo các ấp, được 08 tin. Việc này đã xong.",
    "Cử 01 công chức Kinh tế đi tập huấn nghiệp vụ do Chi cục mở. Việc này đã xong.",
    "Áp dụng hệ thống quản lý chất lượng ISO tại xã mới sau sáp nhập: xã chưa xây dựng lại hệ thống, dự kiến làm trong năm 2027. Việc này chưa làm tới.",
]
diffs = ["Xã mới sáp nhập, địa bàn rộng, các chợ tự phát nhiều nên kiểm tra chưa hết.",
         "Kinh phí cho hoạt động kiểm tra đo lường của xã chưa được bố trí riêng."]
props = ["Kiến nghị Sở, Chi cục hướng dẫn xã xây dựng lại hệ thống ISO 9001 sau sáp nhập."]
hand1(f, "XÃ THƯỜNG TÂN", "Ủy ban nhân dân Xã Thường Tân", "96/BC-UBND",
      "Thường Tân, ngày 29 tháng 10 năm 2026",
      "Kính gửi: Sở Khoa học và Công nghệ",
      "Về tình hình thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
      ["Ủy ban nhân dân Xã Thường Tân nhận được văn bản của Sở Khoa học và Công nghệ đề nghị báo cáo kết quả triển khai Chỉ thị số 38-CT/TW. Xã báo cáo như sau:"],
      jobs, diffs, props, "Nguyễn Văn Hiếu", sign_title="TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
      part1="1. Những việc xã đã làm")
key(f, "25909", "Xã Thường Tân", "96/BC-UBND", "2026-10-29", [
    ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 14}, jobs[0]),
    ("II.5.a", "in_progress", {"inspections": 1, "establishments_inspected": 5}, jobs[1]),
    ("II.1.a", "completed", {"communications": 8}, jobs[2]),
    ("II.3.a", "completed", {"participants": 1}, jobs[3]),
    ("II.2.đ", "not_started", {}, jobs[4]),
], diffs, props)

# --- W3 Phường Phú Lợi — mistaken (chuyển đổi số)
f = "25750-phu-loi-bao-cao-gui-so.docx"
jobs = [
    "Triển khai tài khoản định danh điện tử VNeID mức 2 cho người dân, được 4.215 tài khoản. Việc này đang làm tiếp.",
    "Tiếp nhận hồ sơ thủ tục hành chính trực tuyến toàn trình, được 1.860 hồ sơ, đạt 86%. Việc này đang làm dần.",
    "Ra mắt 12 Tổ công nghệ số cộng đồng ở các khu phố. Việc này đã xong.",
    "Số hóa kết quả giải quyết thủ tục hành chính lĩnh vực hộ tịch: đã số hóa 9.400 sổ, trang. Việc này đang làm dần.",
]
diffs = ["Nhiều người lớn tuổi chưa sử dụng điện thoại thông minh.", "Đường truyền tại bộ phận một cửa còn chậm."]
props = ["Đề nghị Sở bố trí thêm máy tính cho Trung tâm phục vụ hành chính công phường."]
hand1(f, "PHƯỜNG PHÚ LỢI", "Ủy ban nhân dân Phường Phú Lợi", "188/BC-UBND",
      "Phú Lợi, ngày 26 tháng 10 năm 2026",
      "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh",
      "Kết quả thực hiện chuyển đổi số và Đề án 06 trên địa bàn phường 10 tháng năm 2026",
      ["Thực hiện Kế hoạch chuyển đổi số năm 2026, Ủy ban nhân dân Phường Phú Lợi báo cáo kết quả như sau:"],
      jobs, diffs, props, "Trần Minh Tâm", part1="1. Kết quả chuyển đổi số")
key(f, "25750", "Phường Phú Lợi", "188/BC-UBND", "2026-10-26", [], [], [],
    status="rejected",
    reason="Không phải báo cáo Kế hoạch CT38 (tiêu chuẩn, đo lường, chất lượng): phường gửi nhầm báo cáo chuyển đổi số và Đề án 06.")


# ================================================================ HAND 2 — Phúc
# Excel-first: the whole report typed into one sheet "BC" (header lines in
# merged rows, fixed figure columns + a free "Khác" text column, statuses spelt
# inconsistently: full words and abbreviations mixed), difficulties and
# proposals as numbered rows at the bottom of the same sheet.
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def hand2(fname, top_left, number, date_str, title, sub, rows, diffs, props, signer, sheet="BC"):
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = sheet
    heads = ["TT", "Nội dung công việc", "Diễn giải kết quả", "Cuộc KT", "Cơ sở", "Vi phạm",
             "Tiền phạt (đồng)", "Khác", "Tiến độ"]
    ncol = len(heads)
    widths = [5, 38, 48, 8, 8, 8, 14, 18, 14]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = top_left[0]; ws["A2"] = top_left[1]; ws["A3"] = "Số: " + number
    ws["F1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["F2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["F3"] = date_str
    for c in ("A1", "A2", "F1", "F2"): ws[c].font = Font(bold=True, name="Times New Roman")
    ws["F3"].font = Font(italic=True, name="Times New Roman")
    ws.merge_cells("A1:C1"); ws.merge_cells("A2:C2"); ws.merge_cells("A3:C3")
    ws.merge_cells("F1:I1"); ws.merge_cells("F2:I2"); ws.merge_cells("F3:I3")
    for c in ("A1", "A2", "A3", "F1", "F2", "F3"): ws[c].alignment = Alignment(horizontal="center")
    ws["A5"] = title; ws.merge_cells(start_row=5, start_column=1, end_row=5, end_column=ncol)
    ws["A6"] = sub; ws.merge_cells(start_row=6, start_column=1, end_row=6, end_column=ncol)
    ws["A5"].font = Font(bold=True, size=13, name="Times New Roman")
    ws["A6"].font = Font(italic=True, name="Times New Roman")
    ws["A5"].alignment = ws["A6"].alignment = Alignment(horizontal="center")
    r = 8
    for i, h in enumerate(heads, 1):
        c = ws.cell(r, i, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    r += 1
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v); c.border = BOX
            c.alignment = Alignment(vertical="top", wrap_text=True)
            if i == 7 and isinstance(v, (int, float)): c.number_format = "#,##0"
        r += 1
    r += 1
    ws.cell(r, 1, "II. KHÓ KHĂN, VƯỚNG MẮC").font = Font(bold=True); r += 1
    for i, x in enumerate(diffs, 1):
        ws.cell(r, 1, i); ws.cell(r, 2, x); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncol); r += 1
    ws.cell(r, 1, "III. ĐỀ XUẤT, KIẾN NGHỊ").font = Font(bold=True); r += 1
    for i, x in enumerate(props, 1):
        ws.cell(r, 1, i); ws.cell(r, 2, x); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncol); r += 1
    r += 1
    ws.cell(r, 7, "NGƯỜI LẬP BIỂU" if sheet == "BC" else "THỦ TRƯỞNG ĐƠN VỊ").font = Font(bold=True)
    ws.cell(r + 4, 7, signer).font = Font(bold=True)
    ws.page_setup.orientation = "landscape"
    ws.freeze_panes = "A9"
    wb.save(os.path.join(OUT, fname))


# --- W4 Phường Tăng Nhơn Phú (xlsx)
f = "26842-tang-nhon-phu-ct38.xlsx"
rows = [
    [1, "Kiểm tra đo lường tại chợ, cửa hàng xăng dầu (nhiệm vụ phân quyền cho phường)",
     "Phối hợp Chi cục TĐC kiểm tra chợ Tăng Nhơn Phú A, chợ Long Trường, 06 cửa hàng xăng dầu; lập biên bản 03 cơ sở.",
     4, 26, 3, 7250000, "", "Đang TH"],
    [2, "Tuyên truyền pháp luật về TC-ĐL-CL",
     "Tin bài trên trang TTĐT phường, loa các khu phố; 01 hội nghị phổ biến cho hộ kinh doanh",
     "", "", "", "", "15 tin bài; 01 hội nghị, 120 lượt người", "Hoàn thành"],
    [3, "Cử công chức dự tập huấn nghiệp vụ do Chi cục TĐC tổ chức", "Đã cử đủ theo thư mời", "", "", "", "",
     "03 người", "HT"],
    [4, "Áp dụng, duy trì ISO 9001:2015 tại UBND phường", "Ban hành lại danh mục quy trình sau sắp xếp; chưa đánh giá nội bộ",
     "", "", "", "", "", "đang thực hiện"],
    [5, "Phối hợp kiểm tra chất lượng hàng hóa lưu thông (mũ bảo hiểm, đồ chơi trẻ em)",
     "Phối hợp Đội QLTT số 2", 1, 7, "", "", "", "Đang TH"],
    [6, "Khen thưởng, bảo vệ người tố giác vi phạm", "Trong kỳ không có đơn, thư tố giác", "", "", "", "", "", "Không PS"],
]
diffs = ["Công chức phụ trách kiêm nhiệm, chưa được đào tạo chuyên sâu về đo lường.",
         "Chưa có kinh phí mua cân đối chứng cho các chợ."]
props = ["Đề nghị Chi cục TĐC hỗ trợ 02 cân đối chứng cho chợ Tăng Nhơn Phú A và chợ Long Trường.",
         "Đề nghị Sở hướng dẫn mẫu báo cáo thống nhất cho các phường."]
hand2(f, ("UBND TP. HỒ CHÍ MINH", "UBND PHƯỜNG TĂNG NHƠN PHÚ"), "302/BC-UBND",
      "Tăng Nhơn Phú, ngày 30 tháng 10 năm 2026",
      "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
      "(Số liệu từ 01/01/2026 đến 25/10/2026)", rows, diffs, props, "Phạm Quốc Phúc")
key(f, "26842", "Phường Tăng Nhơn Phú", "302/BC-UBND", "2026-10-30", [
    ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 26, "violations": 3, "fines_vnd": 7250000}, rows[0][1] + ". " + rows[0][2]),
    ("II.1.a", "completed", {"communications": 15, "training_courses": 1, "participants": 120}, rows[1][1] + ". " + rows[1][2] + ". " + rows[1][7]),
    ("II.3.a", "completed", {"participants": 3}, rows[2][1] + ": " + rows[2][7]),
    ("II.2.đ", "in_progress", {}, rows[3][1] + ". " + rows[3][2]),
    ("II.5.a", "in_progress", {"inspections": 1, "establishments_inspected": 7}, rows[4][1] + ". " + rows[4][2]),
    ("II.5.d", "not_applicable", {}, rows[5][1] + ". " + rows[5][2]),
], diffs, props)

# --- Sở Công Thương (xlsx, hand 2)
f = "so-cong-thuong-bc-ct38-2026.xlsx"
rows = [
    [1, "Phối hợp kiểm tra đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng (LPG) trong lưu thông",
     "Thanh tra Sở chủ trì, phối hợp Chi cục TĐC; kiểm tra cột đo xăng dầu, chai LPG; 04 cơ sở vi phạm đã ra quyết định xử phạt",
     5, 43, 4, 86500000, "18 mẫu xăng dầu", "Đang thực hiện"],
    [2, "Góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương",
     "Góp ý QCVN về an toàn chai chứa LPG, QCVN về xăng sinh học E10 và 01 dự thảo TCVN về dầu nhờn", "", "", "", "",
     "03 dự thảo", "Hoàn thành"],
    [3, "Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công cụ cải tiến năng suất (lồng ghép chương trình khuyến công)",
     "Hỗ trợ áp dụng ISO 14001, 5S, Kaizen", "", "", "", "", "15 doanh nghiệp; kinh phí đã chi 640.000.000 đ", "Đang TH"],
    [4, "Phổ biến các cam kết TBT trong các FTA cho doanh nghiệp xuất khẩu",
     "Phối hợp Trung tâm WTO và Hội nhập tổ chức", "", "", "", "", "02 hội thảo, 185 đại biểu", "HT"],
    [5, "Cử công chức dự tập huấn nghiệp vụ TĐC", "", "", "", "", "", "04 người", "Hoàn thành"],
    [6, "Duy trì ISO 9001:2015 tại cơ quan Sở", "Đã đánh giá nội bộ tháng 9/2026, cập nhật 46 quy trình", "", "", "", "", "", "Hoàn thành"],
]
diffs = ["Lực lượng thanh tra chuyên ngành mỏng, địa bàn Thành phố sau sáp nhập rộng.",
         "Một số doanh nghiệp kinh doanh LPG thay đổi địa chỉ, khó xác minh."]
props = ["Đề nghị Sở KH&CN chia sẻ dữ liệu kết quả kiểm định cột đo xăng dầu để phục vụ kiểm tra.",
         "Đề nghị tổ chức tập huấn chuyên sâu về đo lường xăng dầu cho thanh tra viên của Sở Công Thương."]
hand2(f, ("UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ CÔNG THƯƠNG"), "5127/BC-SCT",
      "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
      "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ PHỐI HỢP THEO KẾ HOẠCH CT38 CỦA SỞ KH&CN NĂM 2026",
      "(Kèm theo công văn gửi Sở Khoa học và Công nghệ)", rows, diffs, props, "Võ Thị Ngọc Hà", sheet="SCT")
key(f, "SO-CT", "Sở Công Thương", "5127/BC-SCT", "2026-10-28", [
    ("II.5.a", "in_progress", {"inspections": 5, "establishments_inspected": 43, "violations": 4, "fines_vnd": 86500000, "samples_tested": 18}, rows[0][1] + ". " + rows[0][2]),
    ("II.2.e", "completed", {"standards_reviewed": 3}, rows[1][1] + ". " + rows[1][2]),
    ("II.2.d", "in_progress", {"enterprises_supported": 15, "budget_spent_vnd": 640000000}, rows[2][1] + ". " + rows[2][7]),
    ("II.6.a", "completed", {"training_courses": 2, "participants": 185}, rows[3][1] + ". " + rows[3][7]),
    ("II.3.a", "completed", {"participants": 4}, rows[4][1] + ": " + rows[4][7]),
    ("II.2.đ", "completed", {}, rows[5][1] + ". " + rows[5][2]),
], diffs, props)

# --- Sở An toàn thực phẩm — mistaken (ATTP report), hand 2
f = "so-attp-bc-10thang.xlsx"
rows = [
    [1, "Kiểm tra an toàn thực phẩm dịp Tết Nguyên đán và Tháng hành động", "Đoàn liên ngành", 42, 1260, 118, 1425000000, "", "Hoàn thành"],
    [2, "Giám sát mối nguy ô nhiễm thực phẩm tại chợ đầu mối", "Test nhanh hàn the, formol", "", "", "", "", "2.340 mẫu", "Đang TH"],
    [3, "Cấp giấy chứng nhận cơ sở đủ điều kiện ATTP", "", "", "", "", "", "612 giấy", "Đang TH"],
    [4, "Điều tra ngộ độc thực phẩm", "Ghi nhận 05 vụ, 96 người mắc", "", "", "", "", "", "HT"],
]
hand2(f, ("UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ AN TOÀN THỰC PHẨM"), "2210/BC-SATTP",
      "Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026",
      "BÁO CÁO KẾT QUẢ CÔNG TÁC BẢO ĐẢM AN TOÀN THỰC PHẨM 10 THÁNG NĂM 2026",
      "(Số liệu từ 01/01/2026 đến 20/10/2026)", rows,
      ["Nhân lực thanh tra ATTP còn thiếu."], ["Đề nghị tăng cường kinh phí xét nghiệm nhanh."], "Huỳnh Văn Lộc", sheet="ATTP")
key(f, "SO-ATTP", "Sở An toàn thực phẩm", "2210/BC-SATTP", "2026-10-31", [], [], [],
    status="rejected",
    reason="Không phải báo cáo Kế hoạch CT38: Sở gửi nhầm báo cáo công tác bảo đảm an toàn thực phẩm 10 tháng.")


# ================================================================ HAND 3 — Thảo
# Clerk of the Sở's own units, formal Word report split into
# "A. NHIỆM VỤ ĐƠN VỊ CHỦ TRÌ" / "B. NHIỆM VỤ ĐƠN VỊ PHỐI HỢP"; each item an
# own-words title, then "Kết quả:" paragraph, then "Số liệu:" line with the
# figures separated by semicolons and "Tình trạng:" line.

def hand3(fname, unit_upper, number, date_line, title2, intro, blocks, diffs, props, signer, sign_title):
    d = new_doc(size=13)
    header_block(d, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", unit_upper, number, date_line, size=12)
    para(d, "")
    para(d, "BÁO CÁO", bold=True, center=True)
    para(d, title2, bold=True, center=True)
    para(d, "")
    for t in intro: para(d, t)
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for group, items in blocks:
        para(d, group, bold=True, indent=False)
        for n, (title, kq, sl, tt) in enumerate(items, 1):
            para(d, f"{n}. {title}", bold=True, italic=True)
            para(d, runs=[("Kết quả: ", True, False), (kq, False, False)])
            if sl:
                para(d, runs=[("Số liệu: ", True, False), (sl, False, False)])
            para(d, runs=[("Tình trạng: ", True, False), (tt, False, True)])
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in diffs: para(d, "- " + x)
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for x in props: para(d, "- " + x)
    sign_block(d, ["Nơi nhận:", "- Chi cục TĐC (để tổng hợp);", "- Ban Giám đốc Sở (để b/c);", "- Lưu: VT."],
               sign_title, signer)
    d.save(os.path.join(OUT, fname))


# --- Chi cục TĐC (long)
f = "chi-cuc-tdc-bc-ket-qua-ct38-2026.docx"
A = [
    ("Tập huấn văn bản pháp luật về TC-ĐL-CL cho doanh nghiệp; tọa đàm với doanh nghiệp nhập khẩu",
     "Chi cục tổ chức các lớp tập huấn Luật Chất lượng sản phẩm, hàng hóa sửa đổi, Nghị định về nhãn hàng hóa tại Thủ Dầu Một, Bà Rịa và trung tâm Thành phố; tổ chức 01 buổi tọa đàm với doanh nghiệp nhập khẩu về kiểm tra nhà nước hàng nhập khẩu.",
     "07 buổi (06 lớp tập huấn và 01 tọa đàm); 540 lượt học viên và đại biểu", "Đã hoàn thành"),
    ("Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
     "Gửi thư mời, hướng dẫn hồ sơ; 09 doanh nghiệp đã nộp hồ sơ tham dự năm 2026.",
     "09 doanh nghiệp được hướng dẫn", "Đã hoàn thành"),
    ("Chương trình năng suất chất lượng, Đề án 996, Đề án 100",
     "Hỗ trợ doanh nghiệp áp dụng công cụ cải tiến năng suất, truy xuất nguồn gốc; đang nghiệm thu các hợp đồng hỗ trợ.",
     "32 doanh nghiệp được hỗ trợ; kinh phí đã giải ngân 185.400.000 đồng", "Đang thực hiện (hoàn tất trong Quý IV/2026)"),
    ("Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý chất lượng, công bố hợp chuẩn, hợp quy",
     "Hướng dẫn trực tiếp tại Chi cục và qua điện thoại, thư điện tử.",
     "47 tổ chức, doanh nghiệp", "Thực hiện thường xuyên, đang tiếp tục"),
    ("Góp ý dự thảo TCVN, QCVN; xây dựng quy chuẩn kỹ thuật địa phương",
     "Góp ý các dự thảo do Bộ KH&CN và các Bộ ngành gửi xin ý kiến; rà soát danh mục QCĐP cần xây dựng.",
     "14 dự thảo TCVN, QCVN", "Đang thực hiện"),
    ("Tập huấn nghiệp vụ cho công chức các Sở, ngành, UBND phường, xã, đặc khu",
     "Tổ chức 03 lớp theo cụm (khu vực trung tâm, Bình Dương cũ, Bà Rịa - Vũng Tàu cũ).",
     "03 lớp; 265 lượt công chức", "Đã hoàn thành"),
    ("Đào tạo, tập huấn cho sinh viên các trường đại học, cao đẳng",
     "Phối hợp Trường Đại học Sư phạm Kỹ thuật và Trường Cao đẳng Kỹ thuật Cao Thắng.",
     "02 buổi; 310 sinh viên", "Đang thực hiện"),
    ("Kiểm tra nhà nước về đo lường, chất lượng sản phẩm, hàng hóa",
     "Kiểm tra hàng hóa lưu thông, xăng dầu, vàng trang sức, phương tiện đo nhóm 2.",
     "18 cuộc; 212 cơ sở; 27 cơ sở vi phạm; phạt 486.500.000 đồng", "Đang thực hiện"),
    ("Khảo sát chất lượng sản phẩm, hàng hóa",
     "Lấy mẫu thép xây dựng, mũ bảo hiểm, đồ chơi trẻ em gửi thử nghiệm; một số mẫu đang chờ kết quả.",
     "120 mẫu", "Đang thực hiện"),
]
B = [
    ("Phối hợp với Ủy ban TĐC Quốc gia và APO về năng suất khu vực công",
     "Trong kỳ chưa nhận được yêu cầu phối hợp.", "", "Không phát sinh"),
]
diffs = ["Kinh phí khảo sát chất lượng còn hạn chế so với số lượng mẫu cần lấy.",
         "Sau sáp nhập, địa bàn quản lý rộng, lực lượng kiểm tra viên đo lường còn mỏng.",
         "Một số phường, xã chưa bố trí công chức theo dõi lĩnh vực TĐC."]
props = ["Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027.",
         "Đề nghị UBND Thành phố chỉ đạo các phường, xã phân công công chức phụ trách lĩnh vực TĐC."]
hand3(f, "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "418/BC-TĐC",
      "Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026",
      "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
      ["Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo kết quả thực hiện các nhiệm vụ được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ (số liệu tính đến ngày 25/10/2026) như sau:"],
      [("A. NHIỆM VỤ CHI CỤC CHỦ TRÌ", A), ("B. NHIỆM VỤ CHI CỤC PHỐI HỢP", B)],
      diffs, props, "Nguyễn Hoàng Nam", "CHI CỤC TRƯỞNG")
key(f, "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "418/BC-TĐC", "2026-11-02", [
    ("II.1.a", "completed", {"training_courses": 7, "participants": 540}, A[0][1]),
    ("II.1.b", "completed", {"enterprises_supported": 9}, A[1][1]),
    ("II.2.a", "in_progress", {"enterprises_supported": 32, "budget_spent_vnd": 185400000}, A[2][1]),
    ("II.2.d", "in_progress", {"enterprises_supported": 47}, A[3][1]),
    ("II.2.e", "in_progress", {"standards_reviewed": 14}, A[4][1]),
    ("II.3.a", "completed", {"training_courses": 3, "participants": 265}, A[5][1]),
    ("II.3.d", "in_progress", {"training_courses": 2, "participants": 310}, A[6][1]),
    ("II.5.a", "in_progress", {"inspections": 18, "establishments_inspected": 212, "violations": 27, "fines_vnd": 486500000}, A[7][1]),
    ("II.5.b", "in_progress", {"samples_tested": 120}, A[8][1]),
    ("II.6.b", "not_applicable", {}, B[0][1]),
], diffs, props)

# --- Phòng Quản lý Khoa học
f = "phong-qlkh-bc-ct38.docx"
A = [
    ("Thu hút chuyên gia, nhà khoa học lĩnh vực tiêu chuẩn, đo lường, chất lượng",
     "Phòng đã tham mưu Sở thông báo nhu cầu thu hút theo Quyết định số 05/2026/QĐ-UBND; đã tiếp nhận 02 hồ sơ chuyên gia, đang thẩm định.",
     "", "Đang thực hiện"),
]
B = [
    ("Phối hợp triển khai Chương trình nâng cao năng suất chất lượng",
     "Xét chọn các nhiệm vụ khoa học và công nghệ có nội dung nâng cao năng suất; đã phê duyệt hỗ trợ doanh nghiệp.",
     "05 doanh nghiệp được hỗ trợ", "Đã hoàn thành phần việc của Phòng"),
    ("Phối hợp tổ chức khóa bồi dưỡng chuyên sâu về năng suất, chất lượng",
     "Cử báo cáo viên và mời doanh nghiệp tham gia khóa bồi dưỡng do Chi cục chủ trì.",
     "01 khóa; 45 học viên", "Đã hoàn thành"),
    ("Phối hợp với APO về năng suất dựa trên KH, CN và ĐMST", "Chưa có yêu cầu phối hợp.", "", "Chưa phát sinh"),
]
diffs = ["Quy định về mức thu nhập chuyên gia còn mới, hồ sơ đăng ký ít."]
props = ["Đề nghị Chi cục TĐC cung cấp danh mục lĩnh vực chuyên sâu cần thu hút chuyên gia."]
hand3(f, "PHÒNG QUẢN LÝ KHOA HỌC", "37/BC-QLKH",
      "Thành phố Hồ Chí Minh, ngày 24 tháng 10 năm 2026",
      "Kết quả thực hiện nhiệm vụ theo Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
      ["Phòng Quản lý Khoa học báo cáo kết quả thực hiện các nhiệm vụ được phân công như sau:"],
      [("A. NHIỆM VỤ PHÒNG CHỦ TRÌ", A), ("B. NHIỆM VỤ PHÒNG PHỐI HỢP", B)],
      diffs, props, "Đặng Thị Thu Thảo", "TRƯỞNG PHÒNG")
key(f, "SKHCN-QLKH", "Phòng Quản lý Khoa học", "37/BC-QLKH", "2026-10-24", [
    ("II.3.c", "in_progress", {}, A[0][1]),
    ("II.2.a", "completed", {"enterprises_supported": 5}, B[0][1]),
    ("II.3.b", "completed", {"training_courses": 1, "participants": 45}, B[1][1]),
    ("II.6.b", "not_applicable", {}, B[2][1]),
], diffs, props)

# --- Phòng Kiểm tra – Pháp chế
f = "phong-ktpc-bao-cao-ct38-2026.docx"
B = [
    ("Phối hợp kiểm tra về TC-ĐL-CL hàng hóa trong sản xuất, nhập khẩu, lưu thông",
     "Phòng cử công chức tham gia các đoàn kiểm tra liên ngành do Chi cục chủ trì; thẩm định hồ sơ xử phạt.",
     "04 cuộc; 36 cơ sở; 05 cơ sở vi phạm; tiền phạt 92.000.000 đồng", "Đang thực hiện"),
    ("Phối hợp khảo sát chất lượng sản phẩm, hàng hóa", "Tham gia lấy mẫu khảo sát mũ bảo hiểm, thép.",
     "30 mẫu", "Đang thực hiện"),
    ("Góp ý sửa đổi Luật Tiêu chuẩn và Quy chuẩn kỹ thuật, Luật Chất lượng sản phẩm, hàng hóa và văn bản hướng dẫn",
     "Phòng đã thẩm định, tổng hợp góp ý của Sở gửi Bộ Khoa học và Công nghệ.", "", "Đã hoàn thành"),
    ("Rà soát, kiểm định phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP",
     "Đang rà soát danh mục thiết bị cùng Chi cục.", "", "Đang thực hiện"),
    ("Khen thưởng, bảo vệ người tố giác; xử lý hành vi tiêu cực", "Trong kỳ không nhận được tố giác.", "", "Không phát sinh"),
]
diffs = ["Số lượng công chức của Phòng ít, vừa tham gia đoàn kiểm tra vừa thẩm định hồ sơ."]
props = ["Đề nghị Chi cục gửi kế hoạch kiểm tra sớm để Phòng bố trí nhân sự.",
         "Đề nghị bổ sung 01 biên chế pháp chế cho Phòng."]
hand3(f, "PHÒNG KIỂM TRA – PHÁP CHẾ", "52/BC-KTPC",
      "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026",
      "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
      ["Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở, Phòng Kiểm tra – Pháp chế báo cáo như sau:"],
      [("A. NHIỆM VỤ PHÒNG PHỐI HỢP", B)], diffs, props, "Bùi Công Trứ", "TRƯỞNG PHÒNG")
key(f, "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "52/BC-KTPC", "2026-10-29", [
    ("II.5.a", "in_progress", {"inspections": 4, "establishments_inspected": 36, "violations": 5, "fines_vnd": 92000000}, B[0][1]),
    ("II.5.b", "in_progress", {"samples_tested": 30}, B[1][1]),
    ("II.2.c", "completed", {}, B[2][1]),
    ("II.4.b", "in_progress", {}, B[3][1]),
    ("II.5.d", "not_applicable", {}, B[4][1]),
], diffs, props)


# ================================================================ HAND 4 — Dũng
# Excel activity log: sheet "NhatKy" (Ngày | Hoạt động | Việc | SL | ĐVT), the
# "Việc" column holding the unit's own short job label; sheet "TinhHinh" with
# one row per job label, the typed totals ("Cộng") and the status; a third
# sheet "KK-KN". Header lines (unit, số, ngày) typed above the log.

def hand4(fname, unit_lines, number, date_cell, title, log, jobs, diffs, props):
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "NhatKy"
    ws["A1"] = unit_lines[0]; ws["A2"] = unit_lines[1]
    ws["A3"] = "Số: " + number
    ws["D1"] = "Ngày báo cáo:"; ws["E1"] = date_cell; ws["E1"].number_format = "dd/mm/yyyy"
    ws["A1"].font = ws["A2"].font = Font(bold=True)
    ws["A5"] = title; ws["A5"].font = Font(bold=True, size=12)
    hdr = ["Ngày", "Hoạt động", "Việc", "SL", "ĐVT"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h); c.font = Font(bold=True); c.border = BOX
        c.fill = PatternFill("solid", fgColor="FFF2CC")
    for w, col in zip([12, 60, 16, 8, 12], "ABCDE"):
        ws.column_dimensions[col].width = w
    r = 8
    for row in log:
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v); c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if i == 4 and isinstance(v, int) and v >= 100000: c.number_format = "#,##0"
        r += 1
    ws2 = wb.create_sheet("TinhHinh")
    for i, h in enumerate(["Việc", "Nội dung", "Cộng số liệu", "Tình hình"], 1):
        c = ws2.cell(1, i, h); c.font = Font(bold=True); c.border = BOX
    for w, col in zip([16, 55, 45, 22], "ABCD"):
        ws2.column_dimensions[col].width = w
    for j, row in enumerate(jobs, 2):
        for i, v in enumerate(row, 1):
            c = ws2.cell(j, i, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
    ws3 = wb.create_sheet("KK-KN")
    ws3["A1"] = "Khó khăn"; ws3["B1"] = "Kiến nghị"
    ws3["A1"].font = ws3["B1"].font = Font(bold=True)
    ws3.column_dimensions["A"].width = 60; ws3.column_dimensions["B"].width = 60
    for i in range(max(len(diffs), len(props))):
        if i < len(diffs): ws3.cell(i + 2, 1, diffs[i])
        if i < len(props): ws3.cell(i + 2, 2, props[i])
        ws3.cell(i + 2, 1).alignment = ws3.cell(i + 2, 2).alignment = Alignment(wrap_text=True)
    wb.save(os.path.join(OUT, fname))


import datetime as dt
# --- Trung tâm Dịch vụ Phân tích thí nghiệm (xlsx)
f = "ttpttn-nhat-ky-ct38-t10.xlsx"
log = [
    ["15/01/2026", "Hợp đồng mua sắm bộ chuẩn áp suất 0–700 bar (nghiệm thu)", "Đầu tư TB", 1250000000, "đồng"],
    ["20/03/2026", "Kiểm định công tơ điện, đồng hồ nước theo hợp đồng với doanh nghiệp", "Kiểm định", 3420, "phương tiện"],
    ["12/04/2026", "Hiệu chuẩn chuẩn khối lượng F1, chuẩn dung tích, liên kết chuẩn quốc gia tại Viện Đo lường VN", "Chuẩn ĐL", 4, "chuẩn"],
    ["05/05/2026", "Thử nghiệm mẫu khảo sát chất lượng (thép, mũ bảo hiểm) cho Chi cục TĐC", "Mẫu KS", 48, "mẫu"],
    ["18/06/2026", "Mua sắm máy sắc ký khí khối phổ GC-MS (giải ngân đợt 1)", "Đầu tư TB", 980000000, "đồng"],
    ["30/06/2026", "Kiểm định cột đo xăng dầu, taximet quý II", "Kiểm định", 2215, "phương tiện"],
    ["14/08/2026", "Thử nghiệm mẫu khảo sát đồ chơi trẻ em cho Chi cục TĐC", "Mẫu KS", 37, "mẫu"],
    ["09/09/2026", "Hiệu chuẩn chuẩn nhiệt độ, chuẩn điện", "Chuẩn ĐL", 2, "chuẩn"],
    ["30/09/2026", "Kiểm định phương tiện đo quý III", "Kiểm định", 2860, "phương tiện"],
    ["10/10/2026", "Đào tạo nội bộ ISO/IEC 17025:2017 cho kiểm định viên", "Đầu tư TB", 1, "lớp"],
]
jobs = [
    ["Đầu tư TB", "Đầu tư, hiện đại hóa trang thiết bị thử nghiệm, kiểm định (chủ trì)", "Giải ngân 2.230.000.000 đồng (1.250.000.000 + 980.000.000); 01 lớp đào tạo nội bộ", "Đang thực hiện"],
    ["Kiểm định", "Mở rộng dịch vụ kiểm định, hiệu chuẩn phục vụ quản lý và doanh nghiệp (phối hợp Chi cục)", "8.495 phương tiện đo", "Thường xuyên – đang làm"],
    ["Chuẩn ĐL", "Duy trì chuẩn đo lường chính, liên kết chuẩn quốc gia (phối hợp)", "06 chuẩn được hiệu chuẩn", "Đã xong năm 2026"],
    ["Mẫu KS", "Thử nghiệm mẫu phục vụ khảo sát chất lượng của Chi cục", "85 mẫu", "Đang làm"],
]
diffs = ["Thiết bị thử nghiệm một số chỉ tiêu đã cũ, chi phí sửa chữa lớn.",
         "Thủ tục mua sắm thiết bị kéo dài, giải ngân chậm so với kế hoạch."]
props = ["Đề nghị Sở sớm phê duyệt danh mục thiết bị đầu tư năm 2027.",
         "Đề nghị Chi cục TĐC thông báo sớm kế hoạch lấy mẫu khảo sát để Trung tâm chủ động."]
hand4(f, ("SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH"),
      "211/BC-TTPTTN", dt.datetime(2026, 10, 23),
      "NHẬT KÝ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (đến 20/10/2026)", log, jobs, diffs, props)
key(f, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    "211/BC-TTPTTN", "2026-10-23", [
    ("II.4.a", "in_progress", {"budget_spent_vnd": 2230000000, "training_courses": 1}, jobs[0][1] + ": " + jobs[0][2]),
    ("II.2.g", "in_progress", {"instruments_verified": 8495}, jobs[1][1] + ": " + jobs[1][2]),
    ("II.4.c", "completed", {"instruments_verified": 6}, jobs[2][1] + ": " + jobs[2][2]),
    ("II.5.b", "in_progress", {"samples_tested": 85}, jobs[3][1] + ": " + jobs[3][2]),
], diffs, props)

# --- Phòng Chuyển đổi số (xlsx)
f = "phong-cds-ct38-nhatky.xlsx"
log = [
    ["22/01/2026", "Họp với Chi cục TĐC, Văn phòng Sở thống nhất yêu cầu cải tiến Hệ thống thông tin giải quyết TTHC về TĐC", "Hệ thống TTHC", 1, "cuộc họp"],
    ["27/02/2026", "Hoàn thành kết nối liên thông với Cổng một cửa quốc gia (đăng ký kiểm tra hàng nhập khẩu)", "Hệ thống TTHC", "", ""],
    ["16/04/2026", "Khảo sát hiện trạng dữ liệu TĐC của Chi cục phục vụ kết nối CSDL quốc gia", "CSDL TĐC", "", ""],
    ["08/07/2026", "Thử nghiệm API chia sẻ dữ liệu với CSDL quốc gia về TĐC", "CSDL TĐC", "", ""],
    ["18/06/2026", "Cử công chức dự lớp tập huấn nghiệp vụ TĐC do Chi cục tổ chức", "Tập huấn", 1, "người"],
]
jobs = [
    ["Hệ thống TTHC", "Cải tiến hệ thống TTHC, kết nối Cổng một cửa quốc gia (phối hợp Chi cục)", "Đã kết nối ngày 27/02/2026", "Xong"],
    ["CSDL TĐC", "Kết nối, áp dụng CSDL quốc gia về TĐC (phối hợp)", "", "Đang làm"],
    ["Tập huấn", "Cử công chức dự tập huấn nghiệp vụ", "01 người", "Xong"],
]
diffs = ["Cơ sở dữ liệu quốc gia về TĐC chưa công bố đầy đủ tài liệu kỹ thuật kết nối."]
props = ["Đề nghị Chi cục TĐC làm đầu mối liên hệ Ủy ban TĐC Quốc gia để lấy tài liệu API."]
hand4(f, ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG CHUYỂN ĐỔI SỐ"), "19/BC-CĐS", dt.datetime(2026, 10, 22),
      "Theo dõi thực hiện KH CT38/2026 – phần Phòng CĐS phối hợp", log, jobs, diffs, props)
key(f, "SKHCN-CDS", "Phòng Chuyển đổi số", "19/BC-CĐS", "2026-10-22", [
    ("II.2.h", "completed", {}, jobs[0][1] + ": " + jobs[0][2]),
    ("II.2.i", "in_progress", {}, jobs[1][1]),
    ("II.3.a", "completed", {"participants": 1}, jobs[2][1] + ": " + jobs[2][2]),
], diffs, props)

# --- Xã Hòa Hiệp (xlsx, hand 4)
f = "26647-hoa-hiep-theo-doi-tdc.xlsx"
log = [
    ["14/03/2026", "Kiểm tra cân tại chợ Hòa Hiệp (cùng Chi cục TĐC)", "KT chợ", 9, "cơ sở"],
    ["14/03/2026", "Lập biên bản vi phạm cân sai", "KT chợ", 1, "cơ sở"],
    ["22/05/2026", "Kiểm tra cân tại chợ cá Bến Lội", "KT chợ", 11, "cơ sở"],
    ["22/05/2026", "Ra quyết định xử phạt hộ dùng cân sai (biên bản ngày 14/3)", "KT chợ", 2500000, "đồng"],
    ["03/04/2026", "Phát thanh tuyên truyền về đo lường trên đài xã", "Tuyên truyền", 6, "tin"],
    ["15/08/2026", "Phát thanh tuyên truyền nhãn hàng hóa, hàng giả", "Tuyên truyền", 4, "tin"],
    ["18/06/2026", "Công chức kinh tế dự tập huấn do Chi cục tổ chức", "Tập huấn", 2, "người"],
]
jobs = [
    ["KT chợ", "Kiểm tra đo lường tại chợ (nhiệm vụ phân quyền)", "02 cuộc; 20 cơ sở; 01 vi phạm; phạt 2.500.000 đồng", "Đang làm"],
    ["Tuyên truyền", "Tuyên truyền pháp luật TĐC trên đài truyền thanh xã", "10 tin", "Xong"],
    ["Tập huấn", "Cử công chức tập huấn", "02 người", "Xong"],
    ["ISO", "Xây dựng ISO 9001 tại xã sau sáp nhập", "", "Chưa làm"],
]
diffs = ["Xã chưa có cân đối chứng tại chợ cá Bến Lội."]
props = ["Đề nghị Chi cục cấp cân đối chứng cho chợ cá Bến Lội."]
hand4(f, ("UBND XÃ HÒA HIỆP", "Phòng Kinh tế"), "71/BC-UBND", dt.datetime(2026, 10, 28),
      "Theo dõi công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (Xã Hòa Hiệp)", log, jobs, diffs, props)
key(f, "26647", "Xã Hòa Hiệp", "71/BC-UBND", "2026-10-28", [
    ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 20, "violations": 1, "fines_vnd": 2500000}, jobs[0][1] + ": " + jobs[0][2]),
    ("II.1.a", "completed", {"communications": 10}, jobs[1][1] + ": " + jobs[1][2]),
    ("II.3.a", "completed", {"participants": 2}, jobs[2][1] + ": " + jobs[2][2]),
    ("II.2.đ", "not_started", {}, jobs[3][1]),
], diffs, props)


# ================================================================ HAND 5 — Tâm
# Department/ward deputy, Word công văn with "V/v" under the number, items
# lettered a) b) c) in the department's own words; money written as
# "124,5 triệu đồng"; each item ends with an em dash and "Mức độ: <status>"
# in bold; difficulties and proposals in one closing paragraph each, split by
# semicolons into items.

def hand5(fname, org1, org2, number, vv, date_line, kinhgui, opening, items, diffs, props, signer, sign_title):
    d = new_doc(font="Arial", size=12)
    t = header_block(d, org1, org2, number, date_line, size=11)
    cell_par(t.rows[0].cells[0], vv, italic=True, size=10, first=False)
    para(d, "")
    para(d, kinhgui, center=True)
    para(d, opening)
    for letter, title, body, status in items:
        p = para(d, runs=[(f"{letter}) {title}: ", True, False), (body + " — ", False, False),
                          ("Mức độ: ", False, True), (status + ".", True, False)])
    para(d, runs=[("Khó khăn: ", True, False), ("; ".join(diffs) + ".", False, False)])
    para(d, runs=[("Kiến nghị: ", True, False), ("; ".join(props) + ".", False, False)])
    para(d, "Trân trọng./.")
    sign_block(d, ["Nơi nhận:", "- Như trên;", "- Chi cục TĐC;", "- Lưu: VT."], sign_title, signer)
    d.save(os.path.join(OUT, fname))


def strip_dot(xs):
    return [x.rstrip(".") for x in xs]


# --- Sở Y tế
f = "so-y-te-cv-ct38.docx"
items = [
    ("a", "Kiểm tra chất lượng trang thiết bị y tế, mỹ phẩm lưu thông", "Thanh tra Sở tổ chức 06 cuộc kiểm tra tại 58 cơ sở kinh doanh trang thiết bị y tế và mỹ phẩm, phát hiện 07 cơ sở vi phạm, xử phạt 124,5 triệu đồng", "Đang thực hiện"),
    ("b", "Góp ý quy chuẩn kỹ thuật", "Góp ý 02 dự thảo QCVN về thiết bị y tế do Bộ Y tế gửi lấy ý kiến", "Hoàn thành"),
    ("c", "Công chức dự tập huấn nghiệp vụ TĐC", "Sở cử 03 công chức phòng Nghiệp vụ Dược tham dự", "Hoàn thành"),
    ("d", "Hệ thống quản lý chất lượng ISO tại Sở", "Đã chuyển đổi sang TCVN ISO 9001:2015 cho toàn bộ thủ tục hành chính", "Hoàn thành"),
]
diffs = ["Quy định về kiểm tra chất lượng trang thiết bị y tế còn chồng chéo giữa các cơ quan",
         "Thiếu kinh phí lấy mẫu mỹ phẩm kiểm nghiệm"]
props = ["Đề nghị Sở KH&CN phối hợp xây dựng quy chế phối hợp kiểm tra chất lượng trang thiết bị y tế",
         "Đề nghị bổ sung kinh phí kiểm nghiệm mẫu mỹ phẩm năm 2027"]
hand5(f, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ Y TẾ", "7736/SYT-NVD",
      "V/v báo cáo kết quả thực hiện KH CT38 năm 2026", "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
      "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh",
      "Phúc đáp đề nghị của Sở Khoa học và Công nghệ, Sở Y tế báo cáo kết quả thực hiện nội dung phối hợp năm 2026 như sau:",
      items, diffs, props, "Trương Văn Tâm", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
key(f, "SO-YT", "Sở Y tế", "7736/SYT-NVD", "2026-10-30", [
    ("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 58, "violations": 7, "fines_vnd": 124500000}, items[0][2]),
    ("II.2.e", "completed", {"standards_reviewed": 2}, items[1][2]),
    ("II.3.a", "completed", {"participants": 3}, items[2][2]),
    ("II.2.đ", "completed", {}, items[3][2]),
], diffs, props)

# --- Sở Nông nghiệp và Môi trường
f = "so-nnmt-bao-cao-tdc-2026.docx"
items = [
    ("a", "Kiểm tra chất lượng vật tư nông nghiệp", "Chi cục Trồng trọt và Bảo vệ thực vật kiểm tra phân bón, thuốc bảo vệ thực vật: 09 cuộc, 74 cơ sở, lấy 40 mẫu phân bón kiểm nghiệm, 06 cơ sở vi phạm, phạt 87 triệu đồng", "Đang thực hiện"),
    ("b", "Quy chuẩn kỹ thuật", "Góp ý 03 dự thảo QCVN lĩnh vực nông nghiệp, môi trường; đang phối hợp xây dựng quy chuẩn kỹ thuật địa phương về nước thải chăn nuôi", "Đang thực hiện"),
    ("c", "Hướng dẫn hợp tác xã, doanh nghiệp áp dụng hệ thống quản lý chất lượng", "Hướng dẫn 22 hợp tác xã, doanh nghiệp áp dụng VietGAP, ISO 22000 và truy xuất nguồn gốc", "Đang thực hiện"),
    ("d", "Tập huấn nghiệp vụ", "Cử 02 công chức dự lớp do Chi cục TĐC tổ chức", "Hoàn thành"),
    ("e", "ISO tại cơ quan", "Sở đang hợp nhất hệ thống ISO của hai Sở cũ, chưa hoàn thành", "Đang thực hiện"),
]
diffs = ["Sau hợp nhất, hệ thống văn bản, quy trình của hai Sở cũ chưa thống nhất",
         "Kinh phí kiểm nghiệm mẫu vật tư nông nghiệp còn thấp"]
props = ["Đề nghị Sở KH&CN hướng dẫn trình tự xây dựng quy chuẩn kỹ thuật địa phương"]
hand5(f, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "4410/SNNMT-KHTC",
      "V/v báo cáo tình hình thực hiện Chỉ thị 38-CT/TW", "Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026",
      "Kính gửi: Sở Khoa học và Công nghệ",
      "Sở Nông nghiệp và Môi trường báo cáo kết quả thực hiện các nội dung liên quan tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
      items, diffs, props, "Lâm Minh Tâm", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
key(f, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "4410/SNNMT-KHTC", "2026-10-31", [
    ("II.5.a", "in_progress", {"inspections": 9, "establishments_inspected": 74, "samples_tested": 40, "violations": 6, "fines_vnd": 87000000}, items[0][2]),
    ("II.2.e", "in_progress", {"standards_reviewed": 3}, items[1][2]),
    ("II.2.d", "in_progress", {"enterprises_supported": 22}, items[2][2]),
    ("II.3.a", "completed", {"participants": 2}, items[3][2]),
    ("II.2.đ", "in_progress", {}, items[4][2]),
], diffs, props)

# --- Sở Giáo dục và Đào tạo
f = "so-gddt-phuc-dap-ct38.docx"
items = [
    ("a", "Đưa nội dung tiêu chuẩn, đo lường, chất lượng vào hoạt động ngoại khóa các trường cao đẳng, trung cấp", "Phối hợp Chi cục TĐC tổ chức 04 buổi ngoại khóa với 620 học sinh, sinh viên tham dự", "Đang thực hiện"),
    ("b", "Tuyên truyền trên cổng thông tin ngành", "Đăng 15 tin, bài về chất lượng sản phẩm, mã số mã vạch, truy xuất nguồn gốc", "Hoàn thành"),
    ("c", "Công chức dự tập huấn nghiệp vụ TĐC", "Cử 02 công chức", "Hoàn thành"),
    ("d", "ISO 9001 tại cơ quan Sở", "Duy trì, đã đánh giá nội bộ năm 2026", "Hoàn thành"),
    ("e", "Góp ý quy chuẩn kỹ thuật", "Trong năm không có dự thảo quy chuẩn thuộc lĩnh vực giáo dục gửi lấy ý kiến", "Không phát sinh"),
]
diffs = ["Lịch học của các trường kín, khó bố trí thời gian ngoại khóa"]
props = ["Đề nghị Chi cục TĐC biên soạn tài liệu ngắn gọn về TĐC dùng cho học sinh, sinh viên"]
hand5(f, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "6021/SGDĐT-VP",
      "V/v phúc đáp về kết quả thực hiện Kế hoạch CT38 năm 2026", "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
      "Kính gửi: Sở Khoa học và Công nghệ",
      "Sở Giáo dục và Đào tạo báo cáo các nội dung đã phối hợp thực hiện như sau:",
      items, diffs, props, "Nguyễn Bảo Quốc", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
key(f, "SO-GDDT", "Sở Giáo dục và Đào tạo", "6021/SGDĐT-VP", "2026-10-27", [
    ("II.3.d", "in_progress", {"training_courses": 4, "participants": 620}, items[0][2]),
    ("II.1.a", "completed", {"communications": 15}, items[1][2]),
    ("II.3.a", "completed", {"participants": 2}, items[2][2]),
    ("II.2.đ", "completed", {}, items[3][2]),
    ("II.2.e", "not_applicable", {}, items[4][2]),
], diffs, props)

# --- Phường Tân Đông Hiệp (hand 5; re-saved through LibreOffice later)
f = "25945-tan-dong-hiep-bc-ct38.docx"
items = [
    ("a", "Kiểm tra đo lường tại chợ, cửa hàng xăng dầu", "Phường phối hợp Chi cục TĐC kiểm tra 05 cuộc tại 33 cơ sở, 04 cơ sở vi phạm, xử phạt 9 triệu đồng", "Đang thực hiện"),
    ("b", "Tuyên truyền, phổ biến cho hộ kinh doanh", "Đăng 20 tin, bài; tổ chức 01 hội nghị phổ biến quy định về nhãn hàng hóa với 85 hộ kinh doanh tham dự", "Hoàn thành"),
    ("c", "Tập huấn cho công chức", "Cử 02 công chức dự tập huấn", "Hoàn thành"),
    ("d", "ISO tại phường", "Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", "Hoàn thành"),
    ("e", "Phối hợp kiểm tra hàng hóa lưu thông", "Phối hợp Đội QLTT kiểm tra 02 cuộc, 12 cơ sở kinh doanh đồ điện, điện tử", "Đang thực hiện"),
]
diffs = ["Các hộ kinh doanh nhỏ lẻ thay đổi địa điểm thường xuyên"]
props = ["Đề nghị Chi cục TĐC tổ chức lớp tập huấn tại chỗ cho tổ kiểm tra của phường"]
hand5(f, "ỦY BAN NHÂN DÂN", "PHƯỜNG TÂN ĐÔNG HIỆP", "245/UBND-KT",
      "V/v báo cáo kết quả thực hiện Chỉ thị 38-CT/TW năm 2026", "Tân Đông Hiệp, ngày 28 tháng 10 năm 2026",
      "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh",
      "Ủy ban nhân dân Phường Tân Đông Hiệp báo cáo kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 như sau:",
      items, diffs, props, "Đoàn Thị Mai", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
key(f, "25945", "Phường Tân Đông Hiệp", "245/UBND-KT", "2026-10-28", [
    ("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 33, "violations": 4, "fines_vnd": 9000000}, items[0][2]),
    ("II.1.a", "completed", {"communications": 20, "training_courses": 1, "participants": 85}, items[1][2]),
    ("II.3.a", "completed", {"participants": 2}, items[2][2]),
    ("II.2.đ", "completed", {}, items[3][2]),
    ("II.5.a", "in_progress", {"inspections": 2, "establishments_inspected": 12}, items[4][2]),
], diffs, props)

print(len(KEYS), "files generated")

# ---- last step: LibreOffice re-save of two files, then keys with sha256 of the final files

import hashlib, json, os, shutil, subprocess, tempfile, sys
OUT = os.path.dirname(os.path.abspath(__file__))
RESAVE = ["25945-tan-dong-hiep-bc-ct38.docx", "so-cong-thuong-bc-ct38-2026.xlsx"]
if "--no-lo" not in sys.argv:
    for f in RESAVE:
        tmp = tempfile.mkdtemp()
        ext = f.rsplit(".", 1)[1]
        subprocess.run(["libreoffice", "--headless", "-env:UserInstallation=file://" + tmp + "/prof",
                        "--convert-to", ext, "--outdir", tmp, os.path.join(OUT, f)],
                       check=True, capture_output=True, timeout=180)
        shutil.move(os.path.join(tmp, f), os.path.join(OUT, f))
        shutil.rmtree(tmp, ignore_errors=True)
keys = KEYS
os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
for f, k in keys.items():
    k["sha256"] = hashlib.sha256(open(os.path.join(OUT, f), "rb").read()).hexdigest()
    json.dump(k, open(os.path.join(OUT, "truth", f + ".json"), "w"), ensure_ascii=False, indent=2)
print("keys written:", len(keys))
