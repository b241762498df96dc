# -*- coding: utf-8 -*-
"""Generator for set268: 16 reports in 4 hands (Loan, Tài, Huy, Quyên).
Keys (without sha256) are written to truth/*.json; finalize.py-like step at the end adds sha256."""
import json, os, hashlib, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": [{"task": t, "status": s, "indicators": ind, "text": tx} for (t, s, ind, tx) in entries],
        "findings": [], "difficulties": diffs, "proposals": props,
    }

# ---------------------------------------------------------------- docx helpers

def new_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    return d


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def cell_lines(cell, lines):
    """lines: list of (text, bold, italic)"""
    cell.text = ""
    p = cell.paragraphs[0]
    first = True
    for t, b, i in lines:
        if not first:
            p = cell.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(t)
        r.bold, r.italic = b, i
        r.font.size = Pt(12.5)


def header_block(d, left, right, widths=(7, 9.5)):
    t = d.add_table(rows=2, cols=2)
    no_borders(t)
    cell_lines(t.cell(0, 0), left[0])
    cell_lines(t.cell(0, 1), right[0])
    cell_lines(t.cell(1, 0), left[1])
    cell_lines(t.cell(1, 1), right[1])
    for row in t.rows:
        row.cells[0].width = Cm(widths[0])
        row.cells[1].width = Cm(widths[1])
    return t


def para(d, text="", bold=False, italic=False, align=None, indent=None, size=None, space_after=4):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(d, parts, indent=1, align="j"):
    """parts: list of (text, bold, italic)"""
    p = d.add_paragraph()
    for t, b, i in parts:
        r = p.add_run(t)
        r.bold, r.italic = b, i
    p.paragraph_format.first_line_indent = Cm(indent)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if align == "j" else WD_ALIGN_PARAGRAPH.LEFT
    p.paragraph_format.space_after = Pt(3)
    return p


def sign_block(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    c0.text = ""
    p = c0.paragraphs[0]
    for k, (txt, b, i) in enumerate(left_lines):
        if k:
            p = c0.add_paragraph()
        r = p.add_run(txt)
        r.bold, r.italic = b, i
        r.font.size = Pt(11 if k else 12)
    cell_lines(c1, right_lines)

# ================================================================= HAND 1: Loan
# Công chức Văn hóa – Xã hội of a rural xã. "1.-" numbering, figures "với số lượng là ...",
# each item closed in the same paragraph by " – Mức độ: ...". Difficulties/proposals as "+ " lines.

def loan_doc(fname, xa, place, so, ngay_text, title, kinh_gui, intro, trien_khai, items, diffs, props,
             signer, pct="PHÓ CHỦ TỊCH", sec_kq="II.- KẾT QUẢ THỰC HIỆN"):
    d = new_doc(size=13)
    header_block(d,
                 [[("ỦY BAN NHÂN DÂN", False, False), (xa.upper(), True, False), ("––––––––", False, False)],
                  [("Số: " + so, False, False)]],
                 [[("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                   ("––––––––––––––––––––––", False, False)],
                  [(place + ", " + ngay_text, False, True)]])
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(d, title, bold=True, align="c")
    para(d, "Kính gửi: " + kinh_gui, align="c")
    para(d, intro, align="j", indent=1)
    para(d, "I.- CÔNG TÁC TRIỂN KHAI", bold=True)
    para(d, trien_khai, align="j", indent=1)
    para(d, sec_kq, bold=True)
    for k, (head, body, muc) in enumerate(items, 1):
        parts = [(f"{k}.- {head}: ", True, False), (body, False, False)]
        if muc:
            parts.append(("  – Mức độ: " + muc, False, False))   # two spaces: her habit
        runs(d, parts)
    if diffs is not None:
        para(d, "III.- KHÓ KHĂN, VƯỚNG MẮC", bold=True)
        for x in diffs:
            para(d, "+ " + x, align="j", indent=1)
        para(d, "IV.- KIẾN NGHỊ, ĐỀ XUẤT", bold=True)
        for x in props:
            para(d, "+ " + x, align="j", indent=1)
    para(d, "Trên đây là báo cáo của Ủy ban nhân dân " + xa + "./.", align="j", indent=1)
    sign_block(d, [("Nơi nhận:", True, True), ("- Như trên;", False, False), ("- TT Đảng ủy, TT HĐND xã;", False, False),
                   ("- CT, các PCT UBND xã;", False, False), ("- Lưu: VT, VHXH.", False, False)],
               [("TM. ỦY BAN NHÂN DÂN", True, False), ("KT. CHỦ TỊCH", True, False), (pct, True, False),
                ("", False, False), ("", False, False), ("", False, False), (signer, True, False)])
    d.save(os.path.join(OUT, fname))


KG = "Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh (qua Chi cục Tiêu chuẩn Đo lường Chất lượng)."
INTRO38 = ("Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30 tháng 7 năm 2024 "
           "của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026, Ủy ban nhân dân {xa} báo cáo kết quả thực hiện như sau:")

# ---- L1 Bàu Lâm
f = "26638_BauLam_BC_CT38_2026.docx"
it = [
    ("Về tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng",
     "xã lồng ghép nội dung vào các buổi sinh hoạt ấp, sinh hoạt Hội Nông dân, Hội Liên hiệp Phụ nữ; đăng tin trên trang thông tin điện tử xã với số lượng là 09 tin, bài; "
     "tổ chức 01 hội nghị phổ biến quy định về đo lường cho tiểu thương chợ Bàu Lâm, với số lượng là 85 lượt người tham dự.",
     "đã làm xong."),
    ("Về cử cán bộ đi tập huấn",
     "cử công chức Kinh tế và công chức Văn hóa – Xã hội tham gia lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức, với số lượng là 03 lượt người.",
     "đã làm xong."),
    ("Về phối hợp kiểm tra trên địa bàn (phần việc được phân quyền cho xã)",
     "Tổ kiểm tra liên ngành xã tiến hành kiểm tra với số lượng là 04 cuộc, kiểm tra 27 cơ sở kinh doanh (tạp hóa, vật liệu xây dựng, cửa hàng xăng dầu); "
     "phát hiện 03 cơ sở vi phạm về nhãn hàng hóa và cân không đạt yêu cầu, đã lập biên bản và xử phạt số tiền 6.000.000 đồng.",
     "đang làm dở, tiếp tục kiểm tra trong Quý IV/2026."),
    ("Về hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại UBND xã",
     "đã rà soát, cập nhật lại các quy trình giải quyết thủ tục hành chính sau khi sắp xếp bộ máy, công bố lại Hệ thống quản lý chất lượng của xã.",
     "đã làm xong."),
    ("Về tiếp nhận phản ánh, tố giác vi phạm về đo lường, chất lượng",
     "trong kỳ xã không nhận được đơn thư phản ánh nào.",
     "không có phát sinh."),
]
D = ["Công chức phụ trách công tác tiêu chuẩn, đo lường, chất lượng là kiêm nhiệm, chưa qua đào tạo chuyên sâu.",
     "Xã chưa được trang bị cân đối chứng, phương tiện đo để kiểm tra nhanh tại chợ."]
P = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ trang bị 01 quầy cân đối chứng cho chợ Bàu Lâm.",
     "Đề nghị Sở tổ chức thêm lớp tập huấn nghiệp vụ cho công chức cấp xã trong năm 2027."]
loan_doc(f, "xã Bàu Lâm", "Bàu Lâm", "187/BC-UBND", "ngày 28 tháng 10 năm 2026",
         "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
         KG, INTRO38.format(xa="xã Bàu Lâm"),
         "UBND xã ban hành Kế hoạch số 52/KH-UBND ngày 10/3/2026 triển khai trên địa bàn xã; giao Phòng Kinh tế chủ trì, phối hợp Phòng Văn hóa – Xã hội và Công an xã thực hiện.",
         it, D, P, "Nguyễn Văn Thắng")
key(f, "26638", "Xã Bàu Lâm", "187/BC-UBND", "2026-10-28", [
    ("II.1.a", "completed", {"communications": 9, "training_courses": 1, "participants": 85}, it[0][1]),
    ("II.3.a", "completed", {"participants": 3}, it[1][1]),
    ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 27, "violations": 3, "fines_vnd": 6000000}, it[2][1]),
    ("II.2.đ", "completed", {}, it[3][1]),
    ("II.5.d", "not_applicable", {}, it[4][1]),
], D, P)

# ---- L2 Hòa Hội
f = "26641_HoaHoi_baocao_CT38.docx"
it = [
    ("Tuyên truyền",
     "phát trên hệ thống truyền thanh xã và trang thông tin điện tử xã với số lượng là 15 tin, bài về ghi nhãn hàng hóa, sử dụng cân đúng quy định.",
     "đã làm xong."),
    ("Hỗ trợ truy xuất nguồn gốc nông sản",
     "phối hợp hướng dẫn các hợp tác xã trồng tiêu, điều trên địa bàn đăng ký mã số, mã vạch và dán tem truy xuất nguồn gốc, với số lượng là 04 hợp tác xã.",
     "đang làm dở, chờ Chi cục hướng dẫn tiếp phần kết nối lên hệ thống của Thành phố."),
    ("Phối hợp kiểm tra theo phân quyền",
     "kiểm tra đợt 1 với số lượng là 02 cuộc, 14 cơ sở (đại lý phân bón, cửa hàng xăng dầu, tạp hóa); chưa phát hiện cơ sở vi phạm.",
     "đợt 1 đã làm xong, đợt 2 đang làm dở."),
    ("Vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia",
     "trên địa bàn xã chủ yếu là hộ kinh doanh nhỏ, chưa có doanh nghiệp đủ điều kiện tham gia.",
     "không có phát sinh."),
    ("Cử công chức tham dự tập huấn",
     "với số lượng là 02 người (công chức Kinh tế, công chức Văn hóa – Xã hội) dự lớp tập huấn ngày 14/5/2026 tại Chi cục.",
     "đã làm xong."),
]
D = ["Kinh phí cho công tác tuyên truyền, kiểm tra về tiêu chuẩn, đo lường, chất lượng chưa được bố trí riêng."]
P = ["Đề nghị Sở Khoa học và Công nghệ có văn bản hướng dẫn cụ thể các nội dung phân quyền cho cấp xã về đo lường, chất lượng."]
loan_doc(f, "xã Hòa Hội", "Hòa Hội", "203/BC-UBND", "ngày 30 tháng 10 năm 2026",
         "Kết quả thực hiện Chỉ thị 38-CT/TW năm 2026 trên địa bàn xã Hòa Hội",
         KG, INTRO38.format(xa="xã Hòa Hội"),
         "Ngay sau khi nhận Kế hoạch, UBND xã giao Phòng Kinh tế tham mưu triển khai, lồng ghép với kế hoạch phát triển kinh tế nông nghiệp của xã.",
         it, D, P, "Trần Thị Mỹ Hạnh")
key(f, "26641", "Xã Hòa Hội", "203/BC-UBND", "2026-10-30", [
    ("II.1.a", "completed", {"communications": 15}, it[0][1]),
    ("II.2.a", "in_progress", {"enterprises_supported": 4}, it[1][1]),
    ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 14}, it[2][1]),
    ("II.1.b", "not_applicable", {}, it[3][1]),
    ("II.3.a", "completed", {"participants": 2}, it[4][1]),
], D, P)

# ---- L3 Thái Mỹ (re-saved through LibreOffice later)
f = "27526_ThaiMy_BC38.docx"
it = [
    ("Công tác tuyên truyền",
     "tổ chức 01 buổi tọa đàm với hộ kinh doanh tại chợ Thái Mỹ, với số lượng là 42 người tham dự; đăng 06 tin trên trang Fanpage của xã.",
     "đã làm xong."),
    ("Công tác kiểm tra",
     "phối hợp Đội Quản lý thị trường số 8 kiểm tra với số lượng là 05 cuộc tại 31 cơ sở; phát hiện 04 trường hợp vi phạm (cân sai số vượt mức cho phép, hàng hóa không nhãn phụ), xử phạt tổng số tiền là 7.500.000 đồng.",
     "đang làm dở."),
    ("Áp dụng ISO trong hoạt động của UBND xã",
     "xã đang chuyển đổi sang áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 trên môi trường mạng.",
     "đang làm dở."),
    ("Hướng dẫn công bố hợp quy",
     "hướng dẫn các cơ sở sản xuất gạch không nung, vật liệu xây dựng thực hiện công bố hợp quy theo QCVN 16:2023/BXD, với số lượng là 06 cơ sở.",
     "đã làm xong."),
    ("Tiếp nhận phản ánh về gian lận đo lường",
     "xã đã niêm yết số điện thoại đường dây nóng tại chợ Thái Mỹ và trụ sở UBND xã để người dân phản ánh.",
     None),
]
D = ["Một số hộ kinh doanh chưa hợp tác, không xuất trình được hóa đơn, chứng từ nguồn gốc hàng hóa."]
P = ["Đề nghị Chi cục phối hợp cùng xã kiểm tra chuyên đề về xăng dầu trong Quý IV/2026."]
loan_doc(f, "xã Thái Mỹ", "Thái Mỹ", "95/BC-UBND", "ngày 27 tháng 10 năm 2026",
         "Kết quả triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW năm 2026",
         KG, INTRO38.format(xa="xã Thái Mỹ"),
         "UBND xã đã phổ biến Kế hoạch đến các phòng chuyên môn, các ấp; phân công Phòng Kinh tế làm đầu mối.",
         it, D, P, "Lê Hoàng Phúc")
key(f, "27526", "Xã Thái Mỹ", "95/BC-UBND", "2026-10-27", [
    ("II.1.a", "completed", {"training_courses": 1, "participants": 42, "communications": 6}, it[0][1]),
    ("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 31, "violations": 4, "fines_vnd": 7500000}, it[1][1]),
    ("II.2.đ", "in_progress", {}, it[2][1]),
    ("II.2.d", "completed", {"enterprises_supported": 6}, it[3][1]),
    ("II.5.d", "unknown", {}, it[4][1]),
], D, P)

# ---- L4 Minh Thạnh — MISTAKEN: chuyển đổi số report
f = "25780_MinhThanh_BC_Q3.docx"
it = [
    ("Về hạ tầng số", "đã lắp đặt 12 điểm phát wifi công cộng tại các ấp, trụ sở khu dân cư; 100% cán bộ, công chức được cấp chữ ký số.", "đã làm xong."),
    ("Về dịch vụ công trực tuyến", "tiếp nhận 1.245 hồ sơ trực tuyến toàn trình, tỷ lệ 86,4%.", "đang làm dở."),
    ("Về tổ công nghệ số cộng đồng", "duy trì 9 tổ với 63 thành viên, hướng dẫn người dân cài đặt VNeID, ứng dụng thanh toán không dùng tiền mặt.", "đã làm xong."),
    ("Về chợ 4.0", "chợ Minh Thạnh có 48/70 tiểu thương sử dụng mã QR thanh toán.", "đang làm dở."),
]
loan_doc(f, "xã Minh Thạnh", "Minh Thạnh", "141/BC-UBND", "ngày 26 tháng 10 năm 2026",
         "Kết quả thực hiện nhiệm vụ chuyển đổi số Quý III năm 2026",
         "Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.",
         "Thực hiện Kế hoạch chuyển đổi số năm 2026 của Thành phố, Ủy ban nhân dân xã Minh Thạnh báo cáo kết quả Quý III như sau:",
         "UBND xã kiện toàn Ban Chỉ đạo chuyển đổi số xã; ban hành Kế hoạch số 33/KH-UBND về chuyển đổi số năm 2026.",
         it, ["Hạ tầng viễn thông tại một số ấp vùng sâu còn yếu."], ["Đề nghị hỗ trợ thiết bị cho tổ công nghệ số cộng đồng."],
         "Đỗ Văn Khanh")
key(f, "25780", "Xã Minh Thạnh", "141/BC-UBND", "2026-10-26", [], [], [], status="rejected",
    reason="Báo cáo chuyển đổi số Quý III/2026 của xã Minh Thạnh, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")

# ================================================================= HAND 2: Tài
# Công chức Phòng Kinh tế xã, XLSX. Status column FIRST (column A, capitals: XONG / ĐANG LÀM /
# CHƯA LÀM / KHÔNG PS); extra figures of a job on following rows with STT "-" and empty status;
# "Khó khăn (1)" / "Kiến nghị (1)" rows under the table.
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def tai_xlsx(fname, xa_upper, place, so, ngay_text, rows, diffs, props, signer, sheet="BC_CT38"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "UBND " + xa_upper
    ws["A2"] = "PHÒNG KINH TẾ"
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["A3"] = "Số: " + so
    ws["D3"] = place + ", " + ngay_text
    for c in ("A1", "A2", "D1", "D2"):
        ws[c].font = Font(name="Times New Roman", bold=True, size=11)
    ws["D3"].font = Font(name="Times New Roman", italic=True, size=11)
    ws["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT 38 NĂM 2026 (TIÊU CHUẨN - ĐO LƯỜNG - CHẤT LƯỢNG)"
    ws["A5"].font = Font(name="Times New Roman", bold=True, size=12)
    ws.merge_cells("A5:F5")
    ws["A5"].alignment = Alignment(horizontal="center")
    hdr = ["TÌNH TRẠNG", "STT", "Công việc", "Kết quả (diễn giải)", "Số lượng", "ĐVT"]
    r = 7
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r, j, h)
        c.font = Font(name="Times New Roman", bold=True, size=11)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = BOX
    n = 0
    for row in rows:
        r += 1
        st, job, expl, sl, dvt = row
        if job:
            n += 1
            vals = [st, n, job, expl, sl, dvt]
        else:
            vals = [st, "-", "", expl, sl, dvt]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.font = Font(name="Times New Roman", size=11, bold=(j == 1))
            c.alignment = Alignment(vertical="top", wrap_text=True, horizontal="center" if j in (1, 2, 6) else None)
            c.border = BOX
            if j == 5 and isinstance(v, int) and v >= 1000:
                c.number_format = "#,##0"
    r += 2
    for k, x in enumerate(diffs, 1):
        ws.cell(r, 1, f"Khó khăn ({k})").font = Font(name="Times New Roman", bold=True, size=11)
        ws.cell(r, 3, x)
        r += 1
    for k, x in enumerate(props, 1):
        ws.cell(r, 1, f"Kiến nghị ({k})").font = Font(name="Times New Roman", bold=True, size=11)
        ws.cell(r, 3, x)
        r += 1
    r += 1
    ws.cell(r, 2, "NGƯỜI LẬP BIỂU").font = Font(name="Times New Roman", bold=True, size=11)
    ws.cell(r, 4, "KT. CHỦ TỊCH").font = Font(name="Times New Roman", bold=True, size=11)
    ws.cell(r + 1, 4, "PHÓ CHỦ TỊCH").font = Font(name="Times New Roman", bold=True, size=11)
    ws.cell(r + 5, 2, "Võ Minh Tài")
    ws.cell(r + 5, 4, signer).font = Font(name="Times New Roman", bold=True, size=11)
    for col, w in zip("ABCDEF", (13, 5, 30, 48, 11, 9)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))


# ---- T1 Phước Hòa
f = "25882_PhuocHoa_CT38.xlsx"
rows = [
    ("XONG", "Tuyên truyền TC-ĐL-CL", "Đăng tin trên trang thông tin điện tử xã, phát trên loa truyền thanh", 11, "tin bài"),
    ("", None, "Hội nghị phổ biến cho hộ kinh doanh chợ Phước Hòa", 1, "hội nghị"),
    ("", None, "Người dự hội nghị", 64, "người"),
    ("ĐANG LÀM", "Phối hợp kiểm tra theo phân quyền", "Tổ kiểm tra liên ngành xã kiểm tra cân, xăng dầu, hàng đóng gói sẵn", 3, "cuộc"),
    ("", None, "Cơ sở được kiểm tra", 22, "cơ sở"),
    ("", None, "Cơ sở vi phạm", 2, "cơ sở"),
    ("", None, "Tiền phạt", 3500000, "đồng"),
    ("XONG", "Cử công chức dự tập huấn nghiệp vụ", "Dự lớp tập huấn do Chi cục TĐC tổ chức", 2, "người"),
    ("KHÔNG PS", "Tiếp nhận phản ánh, tố giác vi phạm", "Không có đơn thư phản ánh", None, None),
    ("CHƯA LÀM", "Hướng dẫn HTX truy xuất nguồn gốc", "Chờ hướng dẫn của Sở", None, None),
]
D = ["Địa bàn rộng, cơ sở kinh doanh nhỏ lẻ, phân tán; lực lượng kiểm tra của xã mỏng."]
P = ["Đề nghị Chi cục TĐC tổ chức kiểm tra chuyên đề về cân tại các chợ trên địa bàn xã."]
tai_xlsx(f, "XÃ PHƯỚC HÒA", "Phước Hòa", "212/BC-UBND", "ngày 29 tháng 10 năm 2026", rows, D, P, "Huỳnh Thanh Sang")
key(f, "25882", "Xã Phước Hòa", "212/BC-UBND", "2026-10-29", [
    ("II.1.a", "completed", {"communications": 11, "training_courses": 1, "participants": 64}, rows[0][2]),
    ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 22, "violations": 2, "fines_vnd": 3500000}, rows[3][2]),
    ("II.3.a", "completed", {"participants": 2}, rows[7][2]),
    ("II.5.d", "not_applicable", {}, rows[8][2]),
    ("II.2.a", "not_started", {}, rows[9][2]),
], D, P)

# ---- T2 Tân Nhựt
f = "27595_TanNhut_BC_CT38_T10.xlsx"
rows = [
    ("XONG", "Tuyên truyền", "Tin bài trên trang TTĐT xã, Zalo các ấp", 7, "tin bài"),
    ("XONG", "Duy trì ISO 9001 tại UBND xã", "Cập nhật quy trình sau sắp xếp, công bố lại HTQLCL", None, None),
    ("ĐANG LÀM", "Kiểm tra đo lường, chất lượng (phân quyền)", "Kiểm tra cửa hàng vật liệu xây dựng, xăng dầu, chợ Tân Nhựt", 6, "cuộc"),
    ("", None, "Số cơ sở kiểm tra", 40, "cơ sở"),
    ("", None, "Số cơ sở vi phạm", 5, "cơ sở"),
    ("", None, "Số tiền phạt", 12500000, "đồng"),
    ("ĐANG LÀM", "Hướng dẫn DN công bố hợp chuẩn, hợp quy", "Hướng dẫn doanh nghiệp trong cụm công nghiệp thực hiện công bố hợp quy", 9, "doanh nghiệp"),
    ("XONG", "Cử CC dự tập huấn", "Tham dự lớp tập huấn của Chi cục", 4, "lượt"),
]
D = ["Công chức phụ trách kiêm nhiệm nhiều việc, không có chuyên môn về đo lường.",
     "Chưa có kinh phí mua sắm phương tiện đo phục vụ kiểm tra."]
P = ["Đề nghị Sở hỗ trợ xã 01 bộ quả cân chuẩn để kiểm tra nhanh cân tại chợ."]
tai_xlsx(f, "XÃ TÂN NHỰT", "Tân Nhựt", "318/BC-UBND", "ngày 27 tháng 10 năm 2026", rows, D, P, "Phan Quốc Dũng")
key(f, "27595", "Xã Tân Nhựt", "318/BC-UBND", "2026-10-27", [
    ("II.1.a", "completed", {"communications": 7}, rows[0][2]),
    ("II.2.đ", "completed", {}, rows[1][2]),
    ("II.5.c", "in_progress", {"inspections": 6, "establishments_inspected": 40, "violations": 5, "fines_vnd": 12500000}, rows[2][2]),
    ("II.2.d", "in_progress", {"enterprises_supported": 9}, rows[6][2]),
    ("II.3.a", "completed", {"participants": 4}, rows[7][2]),
], D, P)

# ---- T3 Long Hải
f = "26662_LongHai_KH38.xlsx"
rows = [
    ("XONG", "Tuyên truyền", "Tin bài trên loa truyền thanh, trang TTĐT xã", 5, "tin bài"),
    ("", None, "Lớp phổ biến cho chủ vựa hải sản, đại lý xăng dầu tại cảng cá", 1, "lớp"),
    ("", None, "Người tham dự", 38, "người"),
    ("ĐANG LÀM", "Kiểm tra cân, xăng dầu tại cảng cá, chợ", "Phối hợp Đội QLTM kiểm tra", 4, "cuộc"),
    ("", None, "Cơ sở được kiểm tra", 19, "cơ sở"),
    ("", None, "Cơ sở vi phạm", 1, "cơ sở"),
    ("", None, "Tiền phạt", 2000000, "đồng"),
    ("KHÔNG PS", "Giải thưởng chất lượng quốc gia", "Trên địa bàn không có DN đăng ký", None, None),
    ("CHƯA LÀM", "Chuyển ISO giấy sang ISO điện tử", "Chưa có phần mềm", None, None),
]
D = ["Chưa có phần mềm để áp dụng ISO điện tử tại UBND xã."]
P = ["Đề nghị Sở hướng dẫn, hỗ trợ phần mềm ISO điện tử dùng chung cho các xã.",
     "Đề nghị Chi cục cấp thêm tài liệu tuyên truyền về đo lường cho ngư dân."]
tai_xlsx(f, "XÃ LONG HẢI", "Long Hải", "156/BC-UBND", "ngày 31 tháng 10 năm 2026", rows, D, P, "Ngô Thị Bích Vân", sheet="KH38")
key(f, "26662", "Xã Long Hải", "156/BC-UBND", "2026-10-31", [
    ("II.1.a", "completed", {"communications": 5, "training_courses": 1, "participants": 38}, rows[0][2]),
    ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 19, "violations": 1, "fines_vnd": 2000000}, rows[3][2]),
    ("II.1.b", "not_applicable", {}, rows[7][2]),
    ("II.2.đ", "not_started", {}, rows[8][2]),
], D, P)

# ---- T4 Cầu Kiệu (re-saved through LibreOffice later)
f = "27058_CauKieu_CT38_2026.xlsx"
rows = [
    ("XONG", "Tuyên truyền", "Tin bài trên trang TTĐT phường, nhóm Zalo khu phố", 14, "tin bài"),
    ("ĐANG LÀM", "Kiểm tra theo phân quyền", "Kiểm tra tiệm vàng, cửa hàng tiện lợi, chợ trong khu dân cư", 7, "cuộc"),
    ("", None, "Cơ sở được kiểm tra", 52, "cơ sở"),
    ("", None, "Cơ sở vi phạm", 6, "cơ sở"),
    ("", None, "Tiền phạt", 18750000, "đồng"),
    ("XONG", "Tập huấn cho hộ kinh doanh", "Lớp phổ biến quy định ghi nhãn, đo lường", 2, "lớp"),
    ("", None, "Người dự", 120, "người"),
    ("XONG", "Duy trì ISO 9001 tại UBND phường", "Đã đánh giá nội bộ, xem xét của lãnh đạo", None, None),
    ("KHÔNG PS", "Phản ánh, tố giác vi phạm", "Không có", None, None),
]
D = ["Nhiều cơ sở kinh doanh online, không có địa điểm cố định, khó kiểm tra."]
P = ["Đề nghị Chi cục hướng dẫn việc kiểm tra đối với cơ sở kinh doanh trên môi trường mạng."]
tai_xlsx(f, "PHƯỜNG CẦU KIỆU", "Cầu Kiệu", "88/BC-UBND", "ngày 02 tháng 11 năm 2026", rows, D, P, "Lâm Gia Huy")
key(f, "27058", "Phường Cầu Kiệu", "88/BC-UBND", "2026-11-02", [
    ("II.1.a", "completed", {"communications": 14, "training_courses": 2, "participants": 120}, rows[0][2] + "; " + rows[5][2]),
    ("II.5.c", "in_progress", {"inspections": 7, "establishments_inspected": 52, "violations": 6, "fines_vnd": 18750000}, rows[1][2]),
    ("II.2.đ", "completed", {}, rows[7][2]),
    ("II.5.d", "not_applicable", {}, rows[8][2]),
], D, P)

# ================================================================= HAND 3: Huy
# Chuyên viên tổng hợp of a department / Sở unit. Công văn with "V/v" under the number, items "1.1/",
# each closed by "Nội dung này ... xếp vào nhóm việc ...". Difficulties and proposals as "a-", "b-".
HUY_GROUP = {
    "completed": "xếp vào nhóm việc đã hoàn thành.",
    "in_progress": "xếp vào nhóm việc đang triển khai, tiếp tục thực hiện.",
    "not_started": "xếp vào nhóm việc chưa triển khai.",
    "not_applicable": "xếp vào nhóm việc không phát sinh trong kỳ.",
}


def huy_doc(fname, parent, unit_upper, unit_short, so, vv, ngay_text, kinh_gui, intro, sec1, items, diffs, props,
            sign, signer, noinhan, subject_word="Sở"):
    d = new_doc(size=13.5)
    header_block(d,
                 [[(parent, False, False), (unit_upper, True, False), ("_______", False, False)],
                  [("Số: " + so, False, False), (vv, False, False)]],
                 [[("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                   ("___________________", False, False)],
                  [("Thành phố Hồ Chí Minh, " + ngay_text, False, True)]])
    para(d)
    para(d, "Kính gửi: " + kinh_gui, align="c")
    para(d, intro, align="j", indent=1.27)
    para(d, "1/ " + sec1, bold=True)
    for k, (head, body, st) in enumerate(items, 1):
        tail = (" Nội dung này " + subject_word + " " + HUY_GROUP[st]) if st else ""
        runs(d, [(f"1.{k}/ {head}: ", False, True), (body + tail, False, False)], indent=1.27)
    para(d, "2/ Khó khăn, vướng mắc", bold=True)
    for k, x in enumerate(diffs):
        para(d, "abcdđe"[k] + "- " + x, align="j", indent=1.27)
    para(d, "3/ Kiến nghị", bold=True)
    for k, x in enumerate(props):
        para(d, "abcdđe"[k] + "- " + x, align="j", indent=1.27)
    para(d, f"Trên đây là báo cáo của {unit_short}, kính gửi Quý cơ quan tổng hợp./.", align="j", indent=1.27)
    sign_block(d, [("Nơi nhận:", True, True)] + [("- " + x, False, False) for x in noinhan],
               [(s, True, False) for s in sign] + [("", False, False)] * 3 + [(signer, True, False)])
    d.save(os.path.join(OUT, fname))


# ---- H1 Sở Công Thương
f = "SCT_4127_phuc-dap-KH38.docx"
it = [
    ("Về phối hợp kiểm tra, giám sát chất lượng hàng hóa lưu thông trên thị trường",
     "Sở đã chủ trì, phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng, Công an Thành phố tổ chức 12 cuộc kiểm tra chuyên đề xăng dầu, khí dầu mỏ hóa lỏng (LPG) tại 86 cửa hàng, trạm chiết nạp; "
     "phát hiện 09 cơ sở vi phạm, ban hành quyết định xử phạt vi phạm hành chính với tổng số tiền 245,5 triệu đồng.", "in_progress"),
    ("Về khảo sát chất lượng sản phẩm, hàng hóa",
     "phối hợp lấy 36 mẫu xăng, dầu diesel tại các cửa hàng để thử nghiệm; kết quả 35 mẫu đạt, 01 mẫu không đạt chỉ tiêu trị số octan, đã chuyển thông tin để xử lý theo quy định.", "completed"),
    ("Về góp ý quy chuẩn kỹ thuật quốc gia",
     "Sở đã có ý kiến góp ý đối với 04 dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Công Thương chủ trì xây dựng (an toàn điện, chai chứa LPG, xăng sinh học, thiết bị áp lực).", "completed"),
    ("Về truy xuất nguồn gốc sản phẩm, hàng hóa",
     "phối hợp hướng dẫn 27 doanh nghiệp tham gia chương trình kết nối cung cầu áp dụng tem truy xuất nguồn gốc theo Đề án 100.", "in_progress"),
    ("Về tuyên truyền",
     "đăng tải 18 tin, bài về tiêu chuẩn, đo lường, chất lượng hàng hóa trên Cổng thông tin điện tử của Sở và Bản tin Công Thương.", "completed"),
    ("Về phối hợp thúc đẩy năng suất với Tổ chức Năng suất Châu Á (APO)",
     "trong kỳ, Sở chưa nhận được yêu cầu phối hợp.", "not_applicable"),
]
D = ["Lực lượng quản lý thị trường sau sắp xếp còn thiếu, trong khi địa bàn Thành phố mở rộng.",
     "Chi phí thử nghiệm mẫu xăng dầu lớn, chưa được bố trí đủ trong dự toán năm 2026."]
P = ["Đề nghị Sở Khoa học và Công nghệ bố trí kinh phí thử nghiệm mẫu trong các đợt kiểm tra liên ngành năm 2027."]
huy_doc(f, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ CÔNG THƯƠNG", "Sở Công Thương", "4127/SCT-QLTM",
        "V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", "ngày 30 tháng 10 năm 2026",
        "Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.",
        "Sở Công Thương nhận được văn bản của Sở Khoa học và Công nghệ đề nghị báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư năm 2026. Sau khi rà soát, Sở Công Thương báo cáo như sau:",
        "Kết quả thực hiện các nội dung Sở được giao phối hợp", it, D, P,
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Nguyễn Minh Khang",
        ["Như trên;", "Giám đốc Sở (để b/c);", "Lưu: VT, QLTM. Huy."])
key(f, "SO-CT", "Sở Công Thương", "4127/SCT-QLTM", "2026-10-30", [
    ("II.5.a", "in_progress", {"inspections": 12, "establishments_inspected": 86, "violations": 9, "fines_vnd": 245500000}, it[0][1]),
    ("II.5.b", "completed", {"samples_tested": 36}, it[1][1]),
    ("II.2.e", "completed", {"standards_reviewed": 4}, it[2][1]),
    ("II.2.a", "in_progress", {"enterprises_supported": 27}, it[3][1]),
    ("II.1.a", "completed", {"communications": 18}, it[4][1]),
    ("II.6.b", "not_applicable", {}, it[5][1]),
], D, P)

# ---- H2 Phòng Kiểm tra – Pháp chế
f = "KTPC_BC58_CT38.docx"
it = [
    ("Phối hợp kiểm tra chất lượng sản phẩm, hàng hóa",
     "Phòng cử công chức tham gia 05 đoàn kiểm tra liên ngành về chất lượng mũ bảo hiểm, đồ chơi trẻ em tại 48 cơ sở; phát hiện 07 cơ sở vi phạm, tham mưu Giám đốc Sở ban hành quyết định xử phạt với tổng số tiền 96 triệu đồng.", "in_progress"),
    ("Góp ý văn bản quy phạm pháp luật",
     "Phòng đã góp ý các dự thảo nghị định quy định chi tiết Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) và Luật Tiêu chuẩn và Quy chuẩn kỹ thuật theo đề nghị của Chi cục.", "completed"),
    ("Phương tiện, thiết bị kỹ thuật nghiệp vụ",
     "phối hợp Chi cục rà soát danh mục theo Nghị định 135/2021/NĐ-CP; đã gửi hiệu chuẩn 14 phương tiện đo (cân kỹ thuật, bình chuẩn kim loại, đồng hồ đo áp suất).", "completed"),
    ("Tiếp nhận, xử lý phản ánh, tố giác",
     "tiếp nhận 03 đơn phản ánh về gian lận đo lường tại cửa hàng xăng dầu; đã xử lý xong 02 đơn, 01 đơn đang xác minh.", "in_progress"),
    ("Phối hợp với phường, xã, đặc khu trong nội dung phân quyền",
     "trong kỳ chưa phát sinh yêu cầu phối hợp từ các phường, xã.", "not_applicable"),
]
D = ["Phòng chỉ có 04 công chức, vừa thực hiện kiểm tra vừa làm công tác pháp chế."]
P = ["Đề nghị Chi cục chủ động gửi kế hoạch kiểm tra liên ngành sớm để Phòng bố trí nhân sự."]
huy_doc(f, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ", "Phòng Kiểm tra – Pháp chế", "58/BC-KTPC",
        "V/v kết quả phối hợp thực hiện Kế hoạch CT38 năm 2026", "ngày 29 tháng 10 năm 2026",
        "Chi cục Tiêu chuẩn Đo lường Chất lượng.",
        "Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Phòng Kiểm tra – Pháp chế báo cáo kết quả phối hợp như sau:",
        "Kết quả phối hợp", it, D, P, ["TRƯỞNG PHÒNG"], "Trịnh Minh Đức",
        ["Như trên;", "PGĐ Sở phụ trách (để b/c);", "Lưu: KTPC."], subject_word="Phòng")
key(f, "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "58/BC-KTPC", "2026-10-29", [
    ("II.5.a", "in_progress", {"inspections": 5, "establishments_inspected": 48, "violations": 7, "fines_vnd": 96000000}, it[0][1]),
    ("II.2.c", "completed", {}, it[1][1]),
    ("II.4.b", "completed", {"instruments_verified": 14}, it[2][1]),
    ("II.5.d", "in_progress", {}, it[3][1]),
    ("II.5.c", "not_applicable", {}, it[4][1]),
], D, P)

# ---- H3 Trung tâm Dịch vụ Phân tích thí nghiệm
f = "TTPT_487_BC_KH38.docx"
it = [
    ("Đầu tư cơ sở vật chất, trang thiết bị",
     "Trung tâm đầu tư bổ sung 03 thiết bị thử nghiệm (máy sắc ký khí ghép khối phổ, máy quang phổ hấp thụ nguyên tử, tủ vi khí hậu); đến ngày 25/10/2026 đã giải ngân 4,2 tỷ đồng, phần còn lại thanh toán khi nghiệm thu.", "in_progress"),
    ("Dịch vụ kỹ thuật kiểm định, hiệu chuẩn, thử nghiệm",
     "từ đầu năm đến nay, Trung tâm đã kiểm định, hiệu chuẩn 18.640 phương tiện đo và thử nghiệm 2.315 mẫu sản phẩm, hàng hóa theo yêu cầu của tổ chức, cá nhân; mở rộng phạm vi công nhận thêm 11 phép thử.", "in_progress"),
    ("Duy trì chuẩn đo lường, liên kết chuẩn",
     "các chuẩn chính của Trung tâm được hiệu chuẩn, liên kết đến chuẩn đo lường quốc gia đúng chu kỳ.", "completed"),
    ("Thử nghiệm mẫu khảo sát chất lượng",
     "thử nghiệm 120 mẫu khảo sát chất lượng (xăng dầu, mũ bảo hiểm, thép) do Chi cục Tiêu chuẩn Đo lường Chất lượng gửi.", "completed"),
    ("Đào tạo, bồi dưỡng",
     "tổ chức 02 khóa đào tạo kỹ thuật viên kiểm định phương tiện đo cho 57 học viên là viên chức, sinh viên các trường cao đẳng kỹ thuật.", "completed"),
]
D = ["Một số thiết bị thử nghiệm đã sử dụng trên 10 năm, chi phí bảo trì lớn.",
     "Thủ tục mua sắm thiết bị kéo dài do phải thẩm định giá nhiều lần."]
P = ["Đề nghị Sở bố trí vốn đầu tư giai đoạn 2027 để thay thế thiết bị đã hết khấu hao."]
huy_doc(f, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM\nVÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
        "487/BC-TTPT", "V/v báo cáo kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026", "ngày 28 tháng 10 năm 2026",
        "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.",
        "Thực hiện Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo như sau:",
        "Kết quả thực hiện", it, D, P, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Hà Thị Thu Trang",
        ["Như trên;", "Lưu: VT, KHTH."], subject_word="Trung tâm")
key(f, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "487/BC-TTPT", "2026-10-28", [
    ("II.4.a", "in_progress", {"budget_spent_vnd": 4200000000}, it[0][1]),
    ("II.2.g", "in_progress", {"instruments_verified": 18640, "samples_tested": 2315}, it[1][1]),
    ("II.4.c", "completed", {}, it[2][1]),
    ("II.5.b", "completed", {"samples_tested": 120}, it[3][1]),
    ("II.3.d", "completed", {"training_courses": 2, "participants": 57}, it[4][1]),
], D, P)

# ---- H4 Sở Nội vụ — MISTAKEN: cải cách hành chính
f = "SNV_2981_BC_CCHC_Q3.docx"
it = [
    ("Cải cách thể chế", "Sở tham mưu UBND Thành phố ban hành 06 quyết định quy phạm pháp luật về tổ chức bộ máy sau sắp xếp.", "completed"),
    ("Cải cách tổ chức bộ máy", "hoàn thành sắp xếp 168 đơn vị hành chính cấp xã, rà soát vị trí việc làm tại 45 cơ quan.", "in_progress"),
    ("Chỉ số hài lòng (SIPAS)", "tổ chức khảo sát 12.500 phiếu tại các Trung tâm Phục vụ hành chính công.", "in_progress"),
    ("Áp dụng ISO 9001 trong cơ quan hành chính", "Sở theo dõi chung, đã đôn đốc các cơ quan công bố lại hệ thống sau sắp xếp.", "in_progress"),
]
huy_doc(f, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ NỘI VỤ", "Sở Nội vụ", "2981/BC-SNV",
        "V/v báo cáo công tác cải cách hành chính Quý III năm 2026", "ngày 20 tháng 10 năm 2026",
        "Sở Khoa học và Công nghệ.",
        "Thực hiện Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân Thành phố, Sở Nội vụ báo cáo kết quả công tác cải cách hành chính Quý III năm 2026 như sau:",
        "Kết quả cải cách hành chính Quý III", it,
        ["Khối lượng công việc sau sắp xếp lớn."], ["Đề nghị các sở, ngành gửi báo cáo đúng hạn."],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Võ Ngọc Thanh Trúc",
        ["Như trên;", "Lưu: VT, CCHC."])
key(f, "SO-NV", "Sở Nội vụ", "2981/BC-SNV", "2026-10-20", [], [], [], status="rejected",
    reason="Báo cáo công tác cải cách hành chính Quý III/2026 của Sở Nội vụ, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm).")

# ================================================================= HAND 4: Quyên
# Young công chức Kinh tế: each job "Việc n: <own name>" then three lines "Làm gì:", "Được bao nhiêu:",
# "Xong chưa:" (Xong rồi / Chưa xong, đang làm tiếp / Chưa làm / Không có việc này trong kỳ).
# Numbers not zero-padded; money "4,5 triệu". Same three headings as columns in her Excel files.

def quyen_doc(fname, xa, xa_upper, place, so, ngay_text, jobs, diffs, props, signer):
    d = new_doc(font="Arial", size=12)
    header_block(d,
                 [[("UBND " + xa_upper, True, False)], [("Số: " + so, False, False)]],
                 [[("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False)],
                  [(place + ", " + ngay_text, False, True)]])
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(d, "Kết quả thực hiện Kế hoạch Chỉ thị 38 năm 2026 (tiêu chuẩn, đo lường, chất lượng)", bold=True, align="c")
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", align="c")
    para(d, f"UBND {xa} báo cáo kết quả thực hiện từ đầu năm đến ngày 25/10/2026 như sau:", indent=1)
    for k, (name, lam, duoc, xong) in enumerate(jobs, 1):
        para(d, f"Việc {k}: {name}", bold=True, space_after=0)
        para(d, "Làm gì: " + lam, indent=0.5, space_after=0)
        para(d, "Được bao nhiêu: " + duoc, indent=0.5, space_after=0)
        para(d, "Xong chưa: " + xong, indent=0.5, space_after=6)
    para(d, "Khó khăn:", bold=True, space_after=0)
    for k, x in enumerate(diffs, 1):
        para(d, f"{k}) {x}", indent=0.5, space_after=0)
    para(d, "Đề nghị:", bold=True, space_after=0)
    for k, x in enumerate(props, 1):
        para(d, f"{k}) {x}", indent=0.5, space_after=0)
    para(d)
    sign_block(d, [("Nơi nhận:", True, True), ("- Như trên;", False, False), ("- Lưu VT.", False, False)],
               [("KT. CHỦ TỊCH", True, False), ("PHÓ CHỦ TỊCH", True, False), ("", False, False), ("", False, False),
                (signer, True, False)])
    d.save(os.path.join(OUT, fname))


def quyen_xlsx(fname, xa_upper, place, so, ngay_text, jobs, diffs, props, signer):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "CT38"
    ws["A1"] = "UBND " + xa_upper
    ws["A2"] = "Số: " + so
    ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["C2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["C3"] = place + ", " + ngay_text
    ws["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38 NĂM 2026"
    ws["A5"].font = Font(bold=True, size=12)
    hdr = ["Việc", "Làm gì", "Được bao nhiêu", "Xong chưa"]
    r = 7
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True)
        c.border = BOX
        c.alignment = Alignment(horizontal="center")
    for k, (name, lam, duoc, xong) in enumerate(jobs, 1):
        r += 1
        for j, v in enumerate([f"Việc {k}: {name}", lam, duoc, xong], 1):
            c = ws.cell(r, j, v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
    r += 2
    ws.cell(r, 1, "Khó khăn").font = Font(bold=True)
    for k, x in enumerate(diffs, 1):
        ws.cell(r, 2, f"{k}) {x}")
        r += 1
    ws.cell(r, 1, "Đề nghị").font = Font(bold=True)
    for k, x in enumerate(props, 1):
        ws.cell(r, 2, f"{k}) {x}")
        r += 1
    r += 1
    ws.cell(r, 3, "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH").font = Font(bold=True)
    ws.cell(r + 4, 3, signer).font = Font(bold=True)
    for col, w in zip("ABCD", (34, 42, 40, 26)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))


# ---- Q1 Hiệp Phước
f = "27658_HiepPhuoc_BC_CT38.docx"
J = [
    ("Tuyên truyền cho bà con, hộ kinh doanh", "Đưa tin lên Zalo OA của xã, loa các ấp, trang thông tin điện tử xã",
     "10 tin bài", "Xong rồi."),
    ("Kiểm tra cân, xăng dầu, hàng hóa", "Tổ kiểm tra của xã đi kiểm tra các cửa hàng xăng dầu, tạp hóa, vựa ve chai",
     "3 cuộc, 17 cơ sở, 2 cơ sở vi phạm, phạt 4,5 triệu", "Chưa xong, đang làm tiếp (còn đợt kiểm tra trước Tết)."),
    ("Hướng dẫn doanh nghiệp trong KCN Hiệp Phước công bố hợp chuẩn, hợp quy", "Phối hợp Ban quản lý KCN gửi tài liệu, hướng dẫn hồ sơ công bố",
     "12 doanh nghiệp", "Xong rồi."),
    ("Đi học tập huấn", "Cử công chức đi học lớp nghiệp vụ của Chi cục", "2 người", "Xong rồi."),
    ("Giới thiệu doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia", "Gửi thông báo, thể lệ giải thưởng cho doanh nghiệp trong KCN",
     "3 doanh nghiệp được giới thiệu", "Xong rồi."),
]
D = ["Xã chưa nắm hết danh sách doanh nghiệp trong KCN vì do Ban quản lý quản lý.",
     "Chưa có người làm chuyên trách, anh em phải kiêm nhiều việc."]
P = ["Đề nghị Chi cục cung cấp danh sách doanh nghiệp đã công bố hợp quy trên địa bàn xã để xã phối hợp theo dõi."]
quyen_doc(f, "xã Hiệp Phước", "XÃ HIỆP PHƯỚC", "Hiệp Phước", "276/BC-UBND", "ngày 28 tháng 10 năm 2026", J, D, P, "Nguyễn Thành Trung")
key(f, "27658", "Xã Hiệp Phước", "276/BC-UBND", "2026-10-28", [
    ("II.1.a", "completed", {"communications": 10}, J[0][1] + " – " + J[0][2]),
    ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 17, "violations": 2, "fines_vnd": 4500000}, J[1][1] + " – " + J[1][2]),
    ("II.2.d", "completed", {"enterprises_supported": 12}, J[2][1] + " – " + J[2][2]),
    ("II.3.a", "completed", {"participants": 2}, J[3][1] + " – " + J[3][2]),
    ("II.1.b", "completed", {"enterprises_supported": 3}, J[4][1] + " – " + J[4][2]),
], D, P)

# ---- Q2 An Thới Đông
f = "27673_AnThoiDong_CT38_2026.docx"
J = [
    ("Tuyên truyền", "Phát loa, đăng trang TTĐT xã; tổ chức hội nghị phổ biến cho tiểu thương chợ An Thới Đông",
     "4 tin bài; 1 hội nghị, 30 người dự", "Xong rồi."),
    ("Kiểm tra đo lường ở chợ, cửa hàng xăng dầu", "Phối hợp Đội QLTM kiểm tra", "2 cuộc, 9 cơ sở", "Chưa xong, đang làm tiếp."),
    ("Duy trì ISO của UBND xã", "Cập nhật quy trình, đánh giá nội bộ", "", "Xong rồi."),
    ("Nhận phản ánh, tố giác vi phạm", "", "", "Không có việc này trong kỳ."),
    ("Hỗ trợ HTX nuôi hàu, làm muối truy xuất nguồn gốc", "Chưa có kinh phí in tem", "", "Chưa làm."),
]
D = ["Xã ở xa, đi lại kiểm tra mất nhiều thời gian."]
P = ["Đề nghị Sở hỗ trợ kinh phí in tem truy xuất nguồn gốc cho HTX trên địa bàn xã.",
     "Đề nghị Chi cục tổ chức lớp tập huấn tại chỗ cho công chức xã."]
quyen_doc(f, "xã An Thới Đông", "XÃ AN THỚI ĐÔNG", "An Thới Đông", "64/BC-UBND", "ngày 03 tháng 11 năm 2026", J, D, P, "Trương Văn Út")
key(f, "27673", "Xã An Thới Đông", "64/BC-UBND", "2026-11-03", [
    ("II.1.a", "completed", {"communications": 4, "training_courses": 1, "participants": 30}, J[0][1] + " – " + J[0][2]),
    ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 9}, J[1][1] + " – " + J[1][2]),
    ("II.2.đ", "completed", {}, J[2][1]),
    ("II.5.d", "not_applicable", {}, J[3][0]),
    ("II.2.a", "not_started", {}, J[4][1]),
], D, P)

# ---- Q3 Bình Thới (XLSX)
f = "27232_BinhThoi_CT38.xlsx"
J = [
    ("Tuyên truyền", "Đăng trang TTĐT phường; hội nghị phổ biến cho hộ kinh doanh", "8 tin bài; 1 hội nghị, 75 người dự", "Xong rồi"),
    ("Kiểm tra tiệm vàng, tạp hóa, chợ", "Tổ kiểm tra liên ngành phường", "5 cuộc, 38 cơ sở, 3 cơ sở vi phạm, phạt 9,75 triệu", "Chưa xong, đang làm tiếp"),
    ("ISO tại UBND phường", "Rà soát, công bố lại sau sắp xếp", "", "Xong rồi"),
    ("Đi học tập huấn", "Cử công chức dự lớp của Chi cục", "3 người", "Xong rồi"),
]
D = ["Tiệm vàng đông, phường không có cân chuẩn để đối chứng."]
P = ["Đề nghị Chi cục cho mượn quả cân chuẩn khi phường kiểm tra tiệm vàng."]
quyen_xlsx(f, "PHƯỜNG BÌNH THỚI", "Bình Thới", "301/BC-UBND", "ngày 29 tháng 10 năm 2026", J, D, P, "Đặng Thị Kim Chi")
key(f, "27232", "Phường Bình Thới", "301/BC-UBND", "2026-10-29", [
    ("II.1.a", "completed", {"communications": 8, "training_courses": 1, "participants": 75}, J[0][1] + " – " + J[0][2]),
    ("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 38, "violations": 3, "fines_vnd": 9750000}, J[1][1] + " – " + J[1][2]),
    ("II.2.đ", "completed", {}, J[2][1]),
    ("II.3.a", "completed", {"participants": 3}, J[3][1] + " – " + J[3][2]),
], D, P)

# ---- Q4 Bình Giã (XLSX)
f = "26590_BinhGia_baocao_KH38.xlsx"
J = [
    ("Tuyên truyền", "Phát loa các ấp, đăng trang TTĐT xã", "6 tin bài", "Xong rồi"),
    ("Kiểm tra đại lý phân bón, xăng dầu, tạp hóa", "Phối hợp kiểm tra", "3 cuộc, 20 cơ sở, 1 cơ sở vi phạm, phạt 1,5 triệu", "Chưa xong, đang làm tiếp"),
    ("Truy xuất nguồn gốc cà phê, hồ tiêu", "Hướng dẫn HTX đăng ký mã vùng trồng, tem truy xuất", "5 HTX được hướng dẫn", "Chưa xong, đang làm tiếp"),
    ("Giải thưởng chất lượng quốc gia", "", "", "Không có việc này trong kỳ"),
]
D = ["Các HTX còn ngại chi phí áp dụng truy xuất nguồn gốc."]
P = ["Đề nghị Sở có chính sách hỗ trợ chi phí tem truy xuất nguồn gốc cho HTX nông nghiệp."]
quyen_xlsx(f, "XÃ BÌNH GIÃ", "Bình Giã", "177/BC-UBND", "ngày 30 tháng 10 năm 2026", J, D, P, "Phạm Văn Lực")
key(f, "26590", "Xã Bình Giã", "177/BC-UBND", "2026-10-30", [
    ("II.1.a", "completed", {"communications": 6}, J[0][1] + " – " + J[0][2]),
    ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 20, "violations": 1, "fines_vnd": 1500000}, J[1][1] + " – " + J[1][2]),
    ("II.2.a", "in_progress", {"enterprises_supported": 5}, J[2][1] + " – " + J[2][2]),
    ("II.1.b", "not_applicable", {}, J[3][0]),
], D, P)

# ================================================================= LibreOffice re-save (as real offices do)
RESAVE = ["27526_ThaiMy_BC38.docx", "27058_CauKieu_CT38_2026.xlsx"]
tmp = os.path.join(OUT, ".lo_tmp")
os.makedirs(tmp, exist_ok=True)
for fn in RESAVE:
    ext = fn.rsplit(".", 1)[1]
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, os.path.join(OUT, fn)],
                   check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, fn), os.path.join(OUT, fn))
shutil.rmtree(tmp, ignore_errors=True)

# ================================================================= keys with sha256 of the FINAL files (computed last)
for fn, k in KEYS.items():
    with open(os.path.join(OUT, fn), "rb") as fh:
        k["sha256"] = hashlib.sha256(fh.read()).hexdigest()
    with open(os.path.join(TRUTH, fn + ".json"), "w", encoding="utf-8") as fh:
        json.dump(k, fh, ensure_ascii=False, indent=2)
print(len(KEYS), "files")
