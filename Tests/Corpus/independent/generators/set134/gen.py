# -*- coding: utf-8 -*-
"""Generator for set134: 16 reports in four hands, 9-month / Q3 reports compared with
the same period of 2025 and with the year's plan. Keys are written by hand below and
finalised (sha256) by finalize.py after any LibreOffice re-save."""
import json, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
KEYS = {}


def key(fname, status, unit_id, unit_name, number, date, entries, diffs, props, reason=None):
    KEYS[fname] = {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": [{"task": t, "status": s, "indicators": ind, "text": tx} for (t, s, ind, tx) in entries],
        "findings": [], "difficulties": diffs, "proposals": props,
    }

# ---------------------------------------------------------------- docx helpers

def new_doc(font="Times New Roman", size=13, margins=(2, 2, 3, 1.5)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Cm(x) for x in margins]
    return d


def para(d, text="", bold=False, italic=False, underline=False, align=None, indent=None, size=None, space_after=4):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
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


def runs(p, parts):
    """parts: list of (text, fmt) where fmt is a string containing b/i/u."""
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = "b" in fmt
        r.italic = "i" in fmt
        r.underline = "u" in fmt
    return p


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = tblPr.find(qn("w:tblBorders"))
    if b is not None:
        tblPr.remove(b)
    from docx.oxml import OxmlElement
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def cell_text(cell, lines, bold=False, italic=False, align="c", size=None):
    cell.text = ""
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(ln)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT,
                       "j": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
        p.paragraph_format.space_after = Pt(0)


def header_block(d, left1, left2, num, place_date, size=13):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    l, r = t.rows[0].cells
    l.text = ""
    p = l.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    a = p.add_run(left1 + "\n")
    a.font.size = Pt(size)
    b = p.add_run(left2)
    b.bold = True
    b.font.size = Pt(size)
    p2 = l.add_paragraph("———")
    p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p3 = l.add_paragraph("Số: " + num)
    p3.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r.text = ""
    q = r.paragraphs[0]
    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    x = q.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n")
    x.bold = True
    x.font.size = Pt(12)
    y = q.add_run("Độc lập - Tự do - Hạnh phúc")
    y.bold = True
    q2 = r.add_paragraph("————————————")
    q2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q3 = r.add_paragraph()
    q3.alignment = WD_ALIGN_PARAGRAPH.CENTER
    z = q3.add_run(place_date)
    z.italic = True
    for row in t.rows:
        row.cells[0].width = Cm(6.5)
        row.cells[1].width = Cm(10)


def signature(d, left_lines, right_title, name):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    l.text = ""
    p = l.paragraphs[0]
    rr = p.add_run("Nơi nhận:")
    rr.bold = rr.italic = True
    rr.font.size = Pt(12)
    for ln in left_lines:
        q = l.add_paragraph()
        x = q.add_run(ln)
        x.font.size = Pt(11)
        q.paragraph_format.space_after = Pt(0)
    cell_text(r, right_title + ["", "", "", name], bold=True)


# =====================================================================
# HAND 1 - Nguyễn Thị Ngọc Hân (wards, DOCX): comparison-first pairs
#   "Cùng kỳ năm 2025: …" (italic label) then "9 tháng năm 2026: …" (bold label)
#   with absolute and % deltas, and an underlined "So với kế hoạch năm:" line
#   that is the only place of the status.
# =====================================================================

def hand1(fname, ward, place, num, date_words, title, items, diffs, props, signer, mistaken_intro=None):
    d = new_doc(size=13)
    header_block(d, "ỦY BAN NHÂN DÂN", ward.upper(), num, f"{place}, {date_words}")
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c", space_after=0, size=14)
    para(d, title, bold=True, align="c", size=14)
    para(d, "—————", align="c")
    for intro in (mistaken_intro or [
        f"Thực hiện Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ và "
        f"văn bản đề nghị báo cáo của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân {ward} báo cáo "
        f"kết quả thực hiện 9 tháng đầu năm 2026 (số liệu tính từ 01/01/2026 đến 30/9/2026), có so sánh với "
        f"cùng kỳ năm 2025 và với kế hoạch năm của phường như sau:"]):
        para(d, intro, align="j", indent=1)
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    for i, it in enumerate(items, 1):
        para(d, f"{i}. {it['h']}", bold=True, align="j", indent=1)
        p = para(d, "", align="j", indent=1)
        runs(p, [("Cùng kỳ năm 2025: ", "i"), (it["ck"], "")])
        p = para(d, "", align="j", indent=1)
        runs(p, [("9 tháng năm 2026: ", "b"), (it["ny"], "")])
        p = para(d, "", align="j", indent=1)
        runs(p, [("So với kế hoạch năm:", "u"), (" " + it["kh"], "")])
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    if diffs:
        for x in diffs:
            para(d, "- " + x, align="j", indent=1)
    else:
        para(d, "Không có.", align="j", indent=1)
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for x in props:
        para(d, "- " + x, align="j", indent=1)
    para(d, f"Trên đây là báo cáo của Ủy ban nhân dân {ward}./.", align="j", indent=1)
    signature(d, ["- Như trên;", "- TT. Đảng ủy phường;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer)
    d.save(os.path.join(OUT, fname))


# ---- F1 Phường Rạch Dừa
f = "26536-rachdua-bc-9thang-ct38.docx"
items = [
    dict(h="Công tác tuyên truyền, tập huấn văn bản pháp luật về tiêu chuẩn, đo lường, chất lượng",
         ck="phường tổ chức 01 buổi tuyên truyền lồng ghép tại khu phố 3 với khoảng 70 lượt người nghe; đăng 04 tin trên trang thông tin điện tử phường.",
         ny="phường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 02 lớp tập huấn về đo lường trong thương mại bán lẻ, ghi nhãn hàng hóa cho hộ kinh doanh tại chợ Rạch Dừa với 156 lượt người tham dự; đăng 09 tin, bài trên trang thông tin điện tử phường và nhóm Zalo các khu phố. So với cùng kỳ tăng 86 lượt người (tăng 122,9%), số tin, bài tăng 125%.",
         kh="đạt 02/02 lớp theo kế hoạch năm của phường (100%) – đã hoàn thành."),
    dict(h="Kiểm tra nhà nước về đo lường, nhãn hàng hóa trên địa bàn (nội dung được phân quyền)",
         ck="02 cuộc kiểm tra tại 31 cơ sở, xử phạt 03 trường hợp với số tiền 4.500.000 đồng.",
         ny="phường thành lập Tổ kiểm tra liên ngành, tổ chức 03 cuộc kiểm tra về đo lường, nhãn hàng hóa tại chợ Rạch Dừa, chợ Phước Thắng và các cửa hàng xăng dầu trên địa bàn; kiểm tra 38 cơ sở, phát hiện 05 cơ sở vi phạm (cân sai số vượt mức cho phép, hàng hóa không ghi đủ nhãn), ban hành quyết định xử phạt vi phạm hành chính tổng số tiền 8.250.000 đồng. So với cùng kỳ: số cuộc tăng 01 cuộc (tăng 50%), số cơ sở được kiểm tra tăng 22,6%, số tiền xử phạt tăng 83,3%.",
         kh="đạt 03/04 cuộc (75%); cuộc kiểm tra còn lại phường thực hiện trong tháng 12/2026 – đang thực hiện."),
    dict(h="Áp dụng, duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
         ck="phường duy trì hệ thống quản lý chất lượng đối với 84 thủ tục hành chính.",
         ny="sau sắp xếp đơn vị hành chính, phường đã xây dựng lại, công bố hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 và tổ chức 01 đợt đánh giá nội bộ trong tháng 8/2026.",
         kh="đợt đánh giá nội bộ thứ hai và xem xét của lãnh đạo dự kiến thực hiện trong tháng 11/2026 – đang thực hiện."),
    dict(h="Cử công chức tham gia tập huấn nghiệp vụ",
         ck="01 công chức tham dự lớp bồi dưỡng do Sở tổ chức.",
         ny="phường cử 02 công chức (Văn phòng HĐND-UBND, Phòng Kinh tế) tham gia lớp tập huấn nghiệp vụ quản lý nhà nước về đo lường do Chi cục tổ chức tháng 6/2026, tăng 01 người so với cùng kỳ.",
         kh="hoàn thành."),
]
diffs = ["Công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng kiêm nhiệm nhiều việc, chưa qua đào tạo chuyên sâu.",
         "Phường chưa được trang bị cân đối chứng mới; cân đối chứng hiện có tại chợ Rạch Dừa đã hết hạn kiểm định."]
props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ kiểm định cân đối chứng cho chợ Rạch Dừa.",
         "Đề nghị Sở Khoa học và Công nghệ tổ chức thêm lớp tập huấn ngắn ngày cho công chức phường trong Quý IV/2026."]
hand1(f, "phường Rạch Dừa", "Rạch Dừa", "214/BC-UBND", "ngày 05 tháng 10 năm 2026",
      "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng 9 tháng đầu năm 2026",
      items, diffs, props, "Lê Văn Thắng")
key(f, "extracted", "26536", "Phường Rạch Dừa", "214/BC-UBND", "2026-10-05", [
    ("II.1.a", "completed", {"training_courses": 2, "participants": 156, "communications": 9}, items[0]["ny"]),
    ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 38, "violations": 5, "fines_vnd": 8250000}, items[1]["ny"]),
    ("II.2.đ", "in_progress", {}, items[2]["ny"]),
    ("II.3.a", "completed", {"participants": 2}, items[3]["ny"]),
], diffs, props)

# ---- F2 Phường Lái Thiêu
f = "25966-laithieu-baocao-ct38-9t2026.docx"
items = [
    dict(h="Tuyên truyền Chỉ thị số 38-CT/TW và pháp luật về tiêu chuẩn, đo lường, chất lượng",
         ck="05 tin, bài trên trang thông tin điện tử; chưa tổ chức hội nghị chuyên đề.",
         ny="phường đăng 11 tin, bài trên trang thông tin điện tử và hệ thống loa truyền thanh của các khu phố; tổ chức 01 hội nghị tuyên truyền Chỉ thị số 38-CT/TW cho cán bộ khu phố, hộ kinh doanh với 120 đại biểu tham dự. Số tin, bài tăng 120% so với cùng kỳ.",
         kh="vượt chỉ tiêu tin, bài (11/08); hội nghị đã tổ chức xong – hoàn thành."),
    dict(h="Kiểm tra đo lường, nhãn hàng hóa tại chợ và cơ sở kinh doanh",
         ck="01 cuộc kiểm tra tại 12 cơ sở, không phát hiện vi phạm.",
         ny="phường tổ chức 02 cuộc kiểm tra liên ngành về đo lường, nhãn hàng hóa tại chợ Lái Thiêu và khu vực đường Nguyễn Văn Tiết, kiểm tra 24 cơ sở kinh doanh, phát hiện 02 cơ sở vi phạm về nhãn hàng hóa, lập biên bản nhắc nhở, chuyển hồ sơ đề nghị xử lý theo thẩm quyền. So với cùng kỳ tăng 01 cuộc, số cơ sở được kiểm tra tăng gấp đôi.",
         kh="đạt 02/03 cuộc (66,7%) – đang thực hiện."),
    dict(h="Khen thưởng, bảo vệ người tố giác vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng",
         ck="không phát sinh.",
         ny="không phát sinh đơn thư, tin báo tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng trên địa bàn.",
         kh="không phát sinh."),
    dict(h="Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
         ck="phường (cũ) duy trì hệ thống quản lý chất lượng theo quy định.",
         ny="phường rà soát, ban hành sửa đổi 06 quy trình giải quyết thủ tục hành chính thuộc hệ thống quản lý chất lượng cho phù hợp với mô hình chính quyền địa phương hai cấp.",
         kh="thực hiện thường xuyên, đang thực hiện."),
]
diffs = ["Kinh phí cho công tác tuyên truyền về tiêu chuẩn, đo lường, chất lượng chưa được bố trí riêng, phải lồng ghép với các chương trình khác."]
props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cung cấp tài liệu tuyên truyền mẫu (pano, tờ gấp) về đo lường trong thương mại bán lẻ."]
hand1(f, "phường Lái Thiêu", "Lái Thiêu", "187/BC-UBND", "ngày 07 tháng 10 năm 2026",
      "Tình hình thực hiện Kế hoạch Chỉ thị 38-CT/TW 9 tháng đầu năm 2026 (so sánh cùng kỳ năm 2025)",
      items, diffs, props, "Trần Minh Khoa")
key(f, "extracted", "25966", "Phường Lái Thiêu", "187/BC-UBND", "2026-10-07", [
    ("II.1.a", "completed", {"communications": 11, "training_courses": 1, "participants": 120}, items[0]["ny"]),
    ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 24, "violations": 2}, items[1]["ny"]),
    ("II.5.d", "not_applicable", {}, items[2]["ny"]),
    ("II.2.đ", "in_progress", {}, items[3]["ny"]),
], diffs, props)

# ---- F3 Phường Tăng Nhơn Phú
f = "26842-tangnhonphu-bc-ct38-9thang.docx"
items = [
    dict(h="Tập huấn, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh, doanh nghiệp",
         ck="phường (cũ) tổ chức 02 lớp với 180 lượt người.",
         ny="phường tổ chức 03 lớp tập huấn tại 03 khu phố (Khu phố 5, Khu phố 12, Khu phố 19) cho hộ kinh doanh, doanh nghiệp nhỏ với 265 lượt người tham dự; tăng 01 lớp và 85 lượt người (tăng 47,2%) so với cùng kỳ.",
         kh="đạt 03/04 lớp (75%); lớp cuối năm tổ chức trong tháng 11/2026 – đang thực hiện."),
    dict(h="Kiểm tra về đo lường, chất lượng, nhãn hàng hóa theo phân cấp",
         ck="04 cuộc kiểm tra, 52 cơ sở, 07 cơ sở vi phạm, xử phạt 12.000.000 đồng.",
         ny="phường tổ chức 05 cuộc kiểm tra tại 61 cơ sở (chợ Tăng Nhơn Phú A, cửa hàng vàng bạc, cửa hàng xăng dầu); phát hiện 06 cơ sở vi phạm, xử phạt vi phạm hành chính 10.500.000 đồng. Số cuộc tăng 25%, số cơ sở tăng 17,3%; số cơ sở vi phạm giảm 01 cơ sở, số tiền phạt giảm 12,5% so với cùng kỳ.",
         kh="05/06 cuộc – đang thực hiện."),
    dict(h="Phối hợp đoàn kiểm tra liên ngành của Thành phố về chất lượng sản phẩm, hàng hóa",
         ck="phường không được đề nghị tham gia.",
         ny="phường cử cán bộ tham gia 02 đoàn kiểm tra liên ngành về chất lượng mũ bảo hiểm, đồ chơi trẻ em, kiểm tra 09 cửa hàng trên địa bàn.",
         kh="đã tham gia đầy đủ theo đề nghị – hoàn thành."),
    dict(h="Cử công chức tham gia tập huấn chuyên môn",
         ck="02 lượt công chức.",
         ny="cử 03 lượt công chức tham gia lớp tập huấn nghiệp vụ do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức, tăng 50% so với cùng kỳ.",
         kh="hoàn thành."),
    dict(h="Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
         ck="03 phường cũ duy trì riêng hệ thống quản lý chất lượng.",
         ny="phường hoàn thành xây dựng, đánh giá nội bộ, xem xét của lãnh đạo và công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 ngày 15/8/2026.",
         kh="hoàn thành trước thời hạn."),
]
diffs = ["Nhiều hộ kinh doanh tại chợ tạm, chợ tự phát không cố định nên khó kiểm tra, nhắc nhở.",
         "Số liệu cùng kỳ năm 2025 được tổng hợp lại từ 03 phường cũ trước sắp xếp nên chỉ mang tính tham khảo."]
props = ["Đề nghị Sở Khoa học và Công nghệ ban hành mẫu biểu báo cáo thống nhất cho cấp phường để thuận lợi trong việc so sánh số liệu."]
hand1(f, "phường Tăng Nhơn Phú", "Tăng Nhơn Phú", "352/BC-UBND", "ngày 02 tháng 10 năm 2026",
      "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng theo Kế hoạch của Sở Khoa học và Công nghệ (9 tháng đầu năm 2026)",
      items, diffs, props, "Võ Thị Thanh Tâm")
key(f, "extracted", "26842", "Phường Tăng Nhơn Phú", "352/BC-UBND", "2026-10-02", [
    ("II.1.a", "in_progress", {"training_courses": 3, "participants": 265}, items[0]["ny"]),
    ("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 61, "violations": 6, "fines_vnd": 10500000}, items[1]["ny"]),
    ("II.5.a", "completed", {"inspections": 2, "establishments_inspected": 9}, items[2]["ny"]),
    ("II.3.a", "completed", {"participants": 3}, items[3]["ny"]),
    ("II.2.đ", "completed", {}, items[4]["ny"]),
], diffs, props)

# ---- F4 Phường Bình Cơ
f = "25915-binhco-bc96-ct38.docx"
items = [
    dict(h="Kiểm tra đo lường, nhãn hàng hóa",
         ck="01 cuộc kiểm tra tại 08 cơ sở.",
         ny="phường tổ chức 02 cuộc kiểm tra (riêng Quý III: 01 cuộc) tại 17 cơ sở kinh doanh; phát hiện 01 cơ sở vi phạm, xử phạt 1.500.000 đồng. Số cơ sở được kiểm tra tăng 112,5% so với cùng kỳ.",
         kh="đạt 02/02 cuộc – hoàn thành kế hoạch năm."),
    dict(h="Thông tin, tuyên truyền",
         ck="03 tin.",
         ny="phát 06 tin, bài trên loa truyền thanh và trang fanpage của phường, tăng gấp đôi cùng kỳ.",
         kh="thực hiện thường xuyên – đang thực hiện."),
    dict(h="Tiếp nhận, xử lý tố giác vi phạm",
         ck="không phát sinh.",
         ny="không phát sinh.",
         kh="không phát sinh."),
    dict(h="Cử công chức dự tập huấn",
         ck="01 công chức tham dự.",
         ny="phường chưa cử công chức tham gia do trong kỳ chưa có lớp phù hợp với đối tượng cấp phường.",
         kh="chưa thực hiện."),
]
diffs = ["Phường mới sắp xếp, công chức địa chính – xây dựng phải kiêm nhiệm lĩnh vực đo lường, chất lượng."]
props = ["Đề nghị Chi cục thông báo sớm lịch tập huấn Quý IV/2026 để phường cử người tham dự."]
hand1(f, "phường Bình Cơ", "Bình Cơ", "96/BC-UBND", "ngày 09 tháng 10 năm 2026",
      "Kết quả thực hiện Kế hoạch Chỉ thị số 38-CT/TW năm 2026 – 9 tháng đầu năm",
      items, diffs, props, "Nguyễn Hữu Phước")
key(f, "extracted", "25915", "Phường Bình Cơ", "96/BC-UBND", "2026-10-09", [
    ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 17, "violations": 1, "fines_vnd": 1500000}, items[0]["ny"]),
    ("II.1.a", "in_progress", {"communications": 6}, items[1]["ny"]),
    ("II.5.d", "not_applicable", {}, items[2]["ny"]),
    ("II.3.a", "not_started", {}, items[3]["ny"]),
], diffs, props)

# ---- F5 Phường Tam Long (mistaken: phòng chống thiên tai)
f = "26572-tamlong-bc-9thang-2026.docx"
items = [
    dict(h="Công tác chỉ đạo, kiện toàn Ban Chỉ huy phòng thủ dân sự",
         ck="phường (cũ) kiện toàn Ban Chỉ huy 01 lần.",
         ny="phường kiện toàn Ban Chỉ huy phòng thủ dân sự phường sau sắp xếp, ban hành kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026.",
         kh="hoàn thành."),
    dict(h="Diễn tập, tập huấn phòng chống thiên tai",
         ck="01 cuộc diễn tập.",
         ny="tổ chức 01 cuộc diễn tập ứng phó bão, lũ tại Khu phố Long Hương 2 với 140 người tham gia; 02 lớp tập huấn kỹ năng cứu hộ cho lực lượng xung kích.",
         kh="đạt 100%."),
    dict(h="Khắc phục hậu quả thiên tai",
         ck="02 vụ sạt lở nhỏ.",
         ny="xảy ra 01 vụ lốc xoáy làm tốc mái 07 căn nhà; phường hỗ trợ 35.000.000 đồng cho các hộ bị thiệt hại.",
         kh="đã khắc phục xong."),
]
diffs = ["Kinh phí cho lực lượng xung kích phòng chống thiên tai còn hạn chế."]
props = ["Đề nghị Thành phố hỗ trợ trang bị phao cứu sinh, nhà bạt cho lực lượng xung kích phường."]
hand1(f, "phường Tam Long", "Tam Long", "233/BC-UBND", "ngày 06 tháng 10 năm 2026",
      "Kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng đầu năm 2026",
      items, diffs, props, "Phạm Quốc Huy",
      mistaken_intro=["Thực hiện Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026 của Ủy ban nhân dân Thành phố, "
                      "Ủy ban nhân dân phường Tam Long báo cáo kết quả 9 tháng đầu năm 2026, có so sánh với cùng kỳ năm 2025 như sau:"])
key(f, "rejected", "26572", "Phường Tam Long", "233/BC-UBND", "2026-10-06", [], [], [],
    reason="Báo cáo về phòng, chống thiên tai và tìm kiếm cứu nạn, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")


# =====================================================================
# HAND 2 - Lê Quang Vinh (communes, XLSX + one DOCX): a quarter-only biểu
#   (Quý III/2026) whose result cells hold "this quarter (CK: same quarter 2025)"
#   lines, a signed "+50%" column against last year, a "Tỷ lệ so KH năm (lũy kế)"
#   column, and the status in "Tình hình" (Xong / Đang làm / Chưa làm / K.phát sinh).
# =====================================================================
H2_HEAD = ["STT", "Nội dung công việc", "Kết quả Quý III/2026\n(trong ngoặc: cùng kỳ Quý III/2025)",
           "So cùng kỳ\n(+/- %)", "Tỷ lệ so KH năm\n(lũy kế 9 tháng)", "Tình hình", "Ghi chú"]


def hand2_xlsx(fname, xa, place, num, date_num, rows, diffs, props, signer, maker):
    wb = Workbook()
    ws = wb.active
    ws.title = "BC Q3-2026"
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    f11 = Font(name="Times New Roman", size=11)
    fb = Font(name="Times New Roman", size=11, bold=True)
    ws.merge_cells("A1:C1"); ws["A1"] = "UBND " + xa.upper()
    ws.merge_cells("E1:G1"); ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws.merge_cells("A2:C2"); ws["A2"] = "Số: " + num
    ws.merge_cells("E2:G2"); ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws.merge_cells("E3:G3"); ws["E3"] = f"{place}, ngày {date_num}"
    ws.merge_cells("A5:G5"); ws["A5"] = "BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 - QUÝ III/2026"
    ws.merge_cells("A6:G6"); ws["A6"] = "(Kỳ báo cáo: từ 01/7/2026 đến 30/9/2026; so sánh cùng kỳ Quý III/2025)"
    for c in ("A1", "A2", "E1", "E2", "A5"):
        ws[c].font = fb
        ws[c].alignment = Alignment(horizontal="center")
    ws["E3"].font = Font(name="Times New Roman", size=11, italic=True)
    ws["E3"].alignment = Alignment(horizontal="center")
    ws["A6"].font = Font(name="Times New Roman", size=11, italic=True)
    ws["A6"].alignment = Alignment(horizontal="center")
    r = 8
    for j, h in enumerate(H2_HEAD, 1):
        c = ws.cell(r, j, h)
        c.font = fb
        c.border = bd
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    for i, row in enumerate(rows, 1):
        r += 1
        vals = [i] + list(row)
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.font = f11
            c.border = bd
            c.alignment = Alignment(vertical="top", wrap_text=True, horizontal="center" if j in (1, 4, 5, 6) else "left")
        ws.row_dimensions[r].height = 15 * max(2, max(str(v).count("\n") + 1 for v in vals))
    r += 2
    ws.cell(r, 1, "Khó khăn, vướng mắc:").font = fb
    if diffs:
        for k, x in enumerate(diffs, 1):
            r += 1
            ws.cell(r, 2, f"{k}. {x}").font = f11
    else:
        r += 1
        ws.cell(r, 2, "Không có.").font = f11
    r += 1
    ws.cell(r, 1, "Kiến nghị, đề xuất:").font = fb
    for k, x in enumerate(props, 1):
        r += 1
        ws.cell(r, 2, f"{k}. {x}").font = f11
    r += 2
    ws.cell(r, 2, "Người lập biểu").font = fb
    ws.cell(r, 5, "KT. CHỦ TỊCH").font = fb
    ws.cell(r + 1, 5, "PHÓ CHỦ TỊCH").font = fb
    ws.cell(r + 5, 2, maker).font = fb
    ws.cell(r + 5, 5, signer).font = fb
    for col, w in zip("ABCDEFG", (5, 40, 30, 14, 18, 12, 18)):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fname))


# ---- F6 Xã Ngãi Giao
f = "26575-ngaigiao-bieu-q3-2026.xlsx"
rows = [
    ("Tuyên truyền về đo lường, chất lượng cho hộ kinh doanh chợ Ngãi Giao",
     "01 lớp (CK: 0)\n85 lượt người (CK: 0)\n04 tin bài (CK: 02)", "lớp: mới\ntin bài: +100%", "100%", "Xong", "Lớp tổ chức 14/8"),
    ("Kiểm tra cân, đo lường tại chợ và cửa hàng xăng dầu",
     "02 cuộc (CK: 01)\n23 cơ sở (CK: 15)\n03 vi phạm (CK: 02)\nPhạt: 4.000.000đ (CK: 2.500.000đ)", "+100%\n+53%\n+50%\n+60%", "75% (03/04 cuộc)", "Đang làm", "Còn 01 cuộc Q4"),
    ("Công chức xã dự tập huấn nghiệp vụ tiêu chuẩn đo lường chất lượng",
     "02 lượt (CK: 01)", "+100%", "100%", "Xong", ""),
    ("Khen thưởng, bảo vệ người tố giác vi phạm", "Không phát sinh (CK: không)", "-", "-", "K.phát sinh", ""),
    ("Áp dụng ISO 9001 tại UBND xã", "Rà soát, cập nhật 12 quy trình (CK: 08)", "+50%", "70%", "Đang làm", "Đánh giá nội bộ T11"),
]
diffs = ["Cân đối chứng tại chợ Ngãi Giao bị hư, chưa có kinh phí thay mới."]
props = ["Đề nghị Chi cục TĐC hỗ trợ 01 cân đối chứng cho chợ Ngãi Giao."]
hand2_xlsx(f, "xã Ngãi Giao", "Ngãi Giao", "41/BC-UBND", "08/10/2026", rows, diffs, props, "Huỳnh Văn Lực", "Lê Quang Vinh")
key(f, "extracted", "26575", "Xã Ngãi Giao", "41/BC-UBND", "2026-10-08", [
    ("II.1.a", "completed", {"training_courses": 1, "participants": 85, "communications": 4}, rows[0][1]),
    ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 23, "violations": 3, "fines_vnd": 4000000}, rows[1][1]),
    ("II.3.a", "completed", {"participants": 2}, rows[2][1]),
    ("II.5.d", "not_applicable", {}, rows[3][1]),
    ("II.2.đ", "in_progress", {}, rows[4][1]),
], diffs, props)

# ---- F7 Xã Xuyên Mộc
f = "26632-xuyenmoc-bc118-quy3.xlsx"
rows = [
    ("Kiểm tra đo lường, nhãn hàng hóa theo phân cấp (chợ, cửa hàng xăng dầu, vàng bạc)",
     "03 cuộc (CK: 03)\n36 cơ sở (CK: 29)\n05 vi phạm (CK: 04)\nPhạt 9.500.000đ (CK: 6.000.000đ)", "0%\n+24%\n+25%\n+58%", "87,5% (07/08 cuộc)", "Đang làm", ""),
    ("Phối hợp Đoàn KT liên ngành kiểm tra phân bón, thức ăn chăn nuôi",
     "01 cuộc (CK: 02)\n06 cơ sở (CK: 11)\n02 mẫu lấy gửi thử nghiệm (CK: 0)", "-50%\n-45%\nmới", "Theo đề nghị của Sở NN&MT", "Xong", ""),
    ("Tuyên truyền trên hệ thống loa truyền thanh xã", "15 tin (CK: 10)", "+50%", "-", "Thường xuyên - đang làm", ""),
    ("Cử công chức dự tập huấn", "Chưa cử (Quý III chưa có lớp) (CK: 01 người)", "-", "0%", "Chưa làm", "Chờ lịch của Chi cục"),
]
diffs = ["Địa bàn rộng, nhiều cơ sở kinh doanh nhỏ lẻ ven quốc lộ 55, lực lượng kiểm tra mỏng.",
         "Chưa có hướng dẫn thống nhất về việc lập biên bản kiểm tra đo lường ở cấp xã."]
props = ["Đề nghị Sở KH&CN ban hành mẫu biên bản kiểm tra đo lường dùng cho cấp xã.",
         "Đề nghị tổ chức lớp tập huấn trong Quý IV/2026 tại khu vực Bà Rịa - Vũng Tàu (cũ) để công chức xã tham dự."]
hand2_xlsx(f, "xã Xuyên Mộc", "Xuyên Mộc", "118/BC-UBND", "06/10/2026", rows, diffs, props, "Đoàn Thị Kim Chi", "Lê Quang Vinh")
key(f, "extracted", "26632", "Xã Xuyên Mộc", "118/BC-UBND", "2026-10-06", [
    ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 36, "violations": 5, "fines_vnd": 9500000}, rows[0][1]),
    ("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 6, "samples_tested": 2}, rows[1][1]),
    ("II.1.a", "in_progress", {"communications": 15}, rows[2][1]),
    ("II.3.a", "not_started", {}, rows[3][1]),
], diffs, props)

# ---- F8 Xã An Long
f = "25867-anlong-bieu-ct38-q3.xlsx"
rows = [
    ("Kiểm tra đo lường tại chợ An Long", "01 cuộc (CK: 0)\n09 cơ sở (CK: 0)", "Cùng kỳ không KT", "50% (01/02 cuộc)", "Xong", "Cuộc 2 làm T11"),
    ("Tuyên truyền (loa, họp ấp)", "03 tin bài (CK: 03)\nTuyên truyền lồng ghép họp ấp: 60 lượt người (CK: 45)", "0%\n+33%", "-", "Đang làm", ""),
    ("Xây dựng lại hệ thống ISO 9001 sau sáp nhập", "Đang xây dựng (CK: duy trì)", "-", "40%", "Đang làm", ""),
    ("Tố giác vi phạm TĐC", "Không PS (CK: không PS)", "-", "-", "K.phát sinh", ""),
]
diffs = []
props = ["Đề nghị Chi cục gửi lịch kiểm tra liên ngành Quý IV để xã chủ động phối hợp."]
hand2_xlsx(f, "xã An Long", "An Long", "63/BC-UBND", "07/10/2026", rows, diffs, props, "Trịnh Văn Sang", "Lê Quang Vinh")
key(f, "extracted", "25867", "Xã An Long", "63/BC-UBND", "2026-10-07", [
    ("II.5.c", "completed", {"inspections": 1, "establishments_inspected": 9}, rows[0][1]),
    ("II.1.a", "in_progress", {"communications": 3, "participants": 60}, rows[1][1]),
    ("II.2.đ", "in_progress", {}, rows[2][1]),
    ("II.5.d", "not_applicable", {}, rows[3][1]),
], diffs, props)

# ---- F9 Xã Thạnh An (same biểu pasted into Word)
f = "27676-thanhan-bc29-q3-2026.docx"
rows = [
    ("Tuyên truyền về tiêu chuẩn, đo lường, chất lượng", "02 tin bài (CK: 01)", "+100%", "-", "Đang làm", ""),
    ("Kiểm tra đo lường tại chợ Thạnh An và bến đò", "01 cuộc (CK: 01)\n07 cơ sở (CK: 05)\n01 vi phạm (CK: 0)\nPhạt 750.000đ (CK: 0)", "0%\n+40%\nmới\nmới", "100% (01/01 cuộc)", "Xong", ""),
    ("Công chức xã dự tập huấn", "01 lượt (CK: 0)", "mới", "100%", "Xong", "Học trực tuyến"),
    ("Phối hợp đoàn kiểm tra liên ngành của Thành phố", "Chưa có đoàn ra xã đảo (CK: không)", "-", "-", "K.phát sinh", ""),
]
diffs = ["Đi lại ra đảo phụ thuộc thời tiết, lịch tàu; đoàn kiểm tra liên ngành khó bố trí."]
props = ["Đề nghị cho phép xã gửi báo cáo qua hệ thống phần mềm thay cho bản giấy do đi lại khó khăn."]
d = new_doc(size=12, margins=(1.5, 1.5, 2, 1.5))
sec = d.sections[0]
from docx.enum.section import WD_ORIENT
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = Cm(29.7), Cm(21)
header_block(d, "UBND", "XÃ THẠNH AN", "29/BC-UBND", "Thạnh An, ngày 10/10/2026", size=12)
para(d, "BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 - QUÝ III/2026", bold=True, align="c")
para(d, "(Kỳ báo cáo: từ 01/7/2026 đến 30/9/2026; so sánh cùng kỳ Quý III/2025)", italic=True, align="c")
t = d.add_table(rows=1 + len(rows), cols=7)
t.style = "Table Grid"
for j, h in enumerate(H2_HEAD):
    cell_text(t.rows[0].cells[j], h.split("\n"), bold=True)
for i, row in enumerate(rows, 1):
    vals = [str(i)] + list(row)
    for j, v in enumerate(vals):
        cell_text(t.rows[i].cells[j], v.split("\n"), align="l" if j in (1, 2, 6) else "c")
para(d, "")
para(d, "Khó khăn, vướng mắc:", bold=True)
for k, x in enumerate(diffs, 1):
    para(d, f"{k}. {x}")
para(d, "Kiến nghị, đề xuất:", bold=True)
for k, x in enumerate(props, 1):
    para(d, f"{k}. {x}")
t2 = d.add_table(rows=1, cols=2)
no_borders(t2)
cell_text(t2.rows[0].cells[0], ["Người lập biểu", "", "", "Lê Quang Vinh"], bold=True)
cell_text(t2.rows[0].cells[1], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lâm Văn Hiếu"], bold=True)
d.save(os.path.join(OUT, f))
key(f, "extracted", "27676", "Xã Thạnh An", "29/BC-UBND", "2026-10-10", [
    ("II.1.a", "in_progress", {"communications": 2}, rows[0][1]),
    ("II.5.c", "completed", {"inspections": 1, "establishments_inspected": 7, "violations": 1, "fines_vnd": 750000}, rows[1][1]),
    ("II.3.a", "completed", {"participants": 1}, rows[2][1]),
    ("II.5.a", "not_applicable", {}, rows[3][1]),
], diffs, props)


# =====================================================================
# HAND 3 - Phạm Đức Toàn (departments, DOCX): formal report whose figure lines
#   are written "cùng kỳ → năm nay" with arrows ("kiểm tra 96 → 108 cuộc (+12,5%)"),
#   explained once in the opening, and each item closed by
#   "- Mức độ so với Kế hoạch năm 2026: …%; <status>."
# =====================================================================

def hand3(fname, parent_body, dept, num, date_words, title, intro, items, diffs, props, signer, sections=("I. KẾT QUẢ THỰC HIỆN", "II. KHÓ KHĂN, VƯỚNG MẮC", "III. ĐỀ XUẤT, KIẾN NGHỊ")):
    d = new_doc(size=14, margins=(2, 2, 3, 2))
    header_block(d, parent_body, dept.upper(), num, "Thành phố Hồ Chí Minh, " + date_words)
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(d, title, bold=True, align="c")
    para(d, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", align="c")
    for x in intro:
        para(d, x, align="j", indent=1.27)
    para(d, sections[0], bold=True)
    for i, it in enumerate(items, 1):
        para(d, f"{i}. {it['h']}", bold=True, align="j", indent=1.27)
        para(d, it["body"], align="j", indent=1.27)
        if it.get("so"):
            p = para(d, "", align="j", indent=1.27)
            runs(p, [("- Số liệu (cùng kỳ 2025 → 9 tháng 2026): ", "i"), (it["so"], "")])
        p = para(d, "", align="j", indent=1.27)
        runs(p, [("- Mức độ so với Kế hoạch năm 2026: ", "i"), (it["md"], "")])
    para(d, sections[1], bold=True)
    for k, x in enumerate(diffs, 1):
        para(d, f"{k}. {x}", align="j", indent=1.27)
    para(d, sections[2], bold=True)
    for k, x in enumerate(props, 1):
        para(d, f"{k}. {x}", align="j", indent=1.27)
    para(d, f"Trên đây là báo cáo của {dept}, kính gửi Sở Khoa học và Công nghệ tổng hợp./.", align="j", indent=1.27)
    signature(d, ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Chi cục TĐC (để tổng hợp);", "- Lưu: VT, VP."],
              ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer)
    d.save(os.path.join(OUT, fname))


CONV = ("Số liệu trong báo cáo được trình bày theo dạng “cùng kỳ năm 2025 → 9 tháng năm 2026”, "
        "tỷ lệ trong ngoặc là mức tăng (+), giảm (–) so với cùng kỳ.")

# ---- F10 Sở Công Thương
f = "SCT-4127-bc-9thang-ct38.docx"
items = [
    dict(h="Kiểm tra chất lượng, nhãn hàng hóa lưu thông trên thị trường",
         body="Sở chỉ đạo Chi cục Quản lý thị trường Thành phố tăng cường kiểm tra chất lượng, nhãn hàng hóa, đo lường đối với hàng hóa lưu thông tại các chợ đầu mối, trung tâm thương mại và kho hàng phục vụ thương mại điện tử, tập trung vào các nhóm hàng điện – điện tử, đồ chơi trẻ em, mũ bảo hiểm và xăng dầu.",
         so="số cuộc kiểm tra 96 → 108 cuộc (+12,5%); số cơ sở được kiểm tra 121 → 135 cơ sở (+11,6%); số cơ sở vi phạm 74 → 81 cơ sở (+9,5%); tiền phạt vi phạm hành chính 1,42 → 1,65 tỷ đồng (+16,2%).",
         md="đạt 78% số cuộc theo kế hoạch năm; đang thực hiện."),
    dict(h="Góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật",
         body="Sở đã có văn bản góp ý các dự thảo quy chuẩn kỹ thuật quốc gia, tiêu chuẩn quốc gia do Bộ Công Thương và Bộ Khoa học và Công nghệ đề nghị (trong đó có dự thảo QCVN về an toàn điện đối với thiết bị gia dụng).",
         so="số dự thảo góp ý 03 → 05 dự thảo (+66,7%).",
         md="100% văn bản đề nghị góp ý đã được trả lời đúng hạn; hoàn thành."),
    dict(h="Thông tin, tuyên truyền và tọa đàm với doanh nghiệp",
         body="Sở đăng tải tin, bài trên Cổng thông tin điện tử của Sở, bản tin Công Thương; phối hợp Hiệp hội doanh nghiệp tổ chức tọa đàm về truy xuất nguồn gốc và ghi nhãn hàng hóa nhập khẩu.",
         so="tin, bài 22 → 31 (+40,9%); tọa đàm 0 → 01 buổi với 65 đại biểu doanh nghiệp tham dự.",
         md="đã thực hiện xong các nội dung của Quý I – III; hoàn thành."),
    dict(h="Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở",
         body="Sở tiếp tục duy trì, cải tiến hệ thống quản lý chất lượng; cập nhật danh mục thủ tục hành chính áp dụng theo các quyết định công bố mới của Ủy ban nhân dân Thành phố.",
         so=None,
         md="thực hiện định kỳ theo năm; đang thực hiện."),
    dict(h="Cử công chức tham gia tập huấn chuyên môn",
         body="Sở cử công chức các phòng chuyên môn và Chi cục Quản lý thị trường tham gia các lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức.",
         so="04 → 06 lượt công chức (+50%).",
         md="hoàn thành."),
]
diffs = ["Hàng hóa kinh doanh trên sàn thương mại điện tử tăng nhanh, việc xác định nguồn gốc và lấy mẫu kiểm tra chất lượng gặp nhiều khó khăn.",
         "Kinh phí lấy mẫu, thử nghiệm chưa đáp ứng yêu cầu, nhiều mẫu phải gửi thử nghiệm tại các tổ chức ngoài Thành phố."]
props = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng sản phẩm, hàng hóa để lực lượng quản lý thị trường định hướng kiểm tra.",
         "Kiến nghị Bộ Khoa học và Công nghệ sớm ban hành hướng dẫn kiểm tra chất lượng hàng hóa kinh doanh trên môi trường thương mại điện tử."]
hand3(f, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "Sở Công Thương", "4127/BC-SCT", "ngày 12 tháng 10 năm 2026",
      "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư về công tác tiêu chuẩn, đo lường, chất lượng 9 tháng đầu năm 2026",
      ["Thực hiện đề nghị của Sở Khoa học và Công nghệ về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo kết quả 9 tháng đầu năm 2026 (từ ngày 01/01/2026 đến ngày 30/9/2026) như sau.", CONV],
      items, diffs, props, "Nguyễn Thành Trung")
key(f, "extracted", "SO-CT", "Sở Công Thương", "4127/BC-SCT", "2026-10-12", [
    ("II.5.a", "in_progress", {"inspections": 108, "establishments_inspected": 135, "violations": 81, "fines_vnd": 1650000000}, items[0]["so"]),
    ("II.2.e", "completed", {"standards_reviewed": 5}, items[1]["so"]),
    ("II.1.a", "completed", {"communications": 31, "training_courses": 1, "participants": 65}, items[2]["so"]),
    ("II.2.đ", "in_progress", {}, items[3]["body"]),
    ("II.3.a", "completed", {"participants": 6}, items[4]["so"]),
], diffs, props)

# ---- F11 Sở Xây dựng
f = "SXD-bc2985-ct38-9thang.docx"
items = [
    dict(h="Kiểm tra chất lượng vật liệu xây dựng lưu thông trên địa bàn",
         body="Sở tổ chức kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng (xi măng, thép xây dựng, kính, gạch ốp lát) tại các cơ sở sản xuất, kinh doanh và công trình sử dụng vốn ngân sách; lấy mẫu gửi phòng thí nghiệm được chỉ định để thử nghiệm.",
         so="số cuộc 06 → 08 cuộc (+33,3%); cơ sở được kiểm tra 27 → 34 cơ sở (+25,9%); mẫu thử nghiệm 45 → 52 mẫu (+15,6%); cơ sở vi phạm 05 → 03 cơ sở (–40%); tiền phạt 85 → 62 triệu đồng (–27,1%).",
         md="đạt 80% (08/10 cuộc); đang thực hiện."),
    dict(h="Góp ý, xây dựng quy chuẩn kỹ thuật",
         body="Sở góp ý dự thảo sửa đổi QCVN 16:2023/BXD về sản phẩm, hàng hóa vật liệu xây dựng và các dự thảo tiêu chuẩn quốc gia do Bộ Xây dựng đề nghị.",
         so="số dự thảo góp ý 02 → 04 dự thảo.",
         md="tiếp tục góp ý theo đề nghị của Bộ Xây dựng; đang thực hiện."),
    dict(h="Hệ thống quản lý chất lượng TCVN ISO 9001:2015",
         body="Sở đã hoàn thành việc xây dựng lại hệ thống quản lý chất lượng sau hợp nhất và công bố hệ thống phù hợp TCVN ISO 9001:2015 ngày 20/6/2026.",
         so=None,
         md="hoàn thành."),
    dict(h="Phổ biến quy định về chất lượng vật liệu xây dựng",
         body="Sở tổ chức hội nghị phổ biến QCVN 16:2023/BXD và các quy định về công bố hợp quy vật liệu xây dựng cho doanh nghiệp sản xuất, nhập khẩu.",
         so="hội nghị 01 → 02 hội nghị; đại biểu tham dự 180 → 260 lượt (+44,4%).",
         md="hoàn thành."),
]
diffs = ["Một số phòng thí nghiệm chuyên ngành xây dựng (LAS-XD) trên địa bàn chưa cập nhật kịp các tiêu chuẩn thử nghiệm mới."]
props = ["Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức tập huấn về QCVN 16:2023/BXD cho các cơ sở sản xuất vật liệu xây dựng."]
hand3(f, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "Sở Xây dựng", "2985/BC-SXD", "ngày 09 tháng 10 năm 2026",
      "Tình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng theo Chỉ thị số 38-CT/TW – 9 tháng đầu năm 2026",
      ["Căn cứ Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Sở Xây dựng báo cáo kết quả thực hiện 9 tháng đầu năm 2026 như sau.", CONV],
      items, diffs, props, "Huỳnh Thanh Khiết")
key(f, "extracted", "SO-XD", "Sở Xây dựng", "2985/BC-SXD", "2026-10-09", [
    ("II.5.a", "in_progress", {"inspections": 8, "establishments_inspected": 34, "samples_tested": 52, "violations": 3, "fines_vnd": 62000000}, items[0]["so"]),
    ("II.2.e", "in_progress", {"standards_reviewed": 4}, items[1]["so"]),
    ("II.2.đ", "completed", {}, items[2]["body"]),
    ("II.1.a", "completed", {"training_courses": 2, "participants": 260}, items[3]["so"]),
], diffs, props)

# ---- F12 Sở Y tế
f = "SYT-6610-BC-CT38-9T2026.docx"
items = [
    dict(h="Kiểm tra trang thiết bị y tế, mỹ phẩm lưu thông",
         body="Thanh tra Sở phối hợp các phòng chức năng kiểm tra điều kiện kinh doanh, chất lượng, nhãn hàng hóa đối với trang thiết bị y tế và mỹ phẩm tại các cơ sở kinh doanh, nhà thuốc trên địa bàn.",
         so="số cuộc 10 → 12 cuộc (+20%); cơ sở được kiểm tra 146 → 163 cơ sở (+11,6%); cơ sở vi phạm 31 → 28 cơ sở (–9,7%); tiền phạt 512,5 → 574 triệu đồng (+12%).",
         md="đạt 75% kế hoạch năm (12/16 cuộc); đang thực hiện."),
    dict(h="Góp ý quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế",
         body="Sở tổ chức lấy ý kiến các bệnh viện, đơn vị sự nghiệp trực thuộc và gửi văn bản góp ý các dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế theo đề nghị của Bộ Y tế.",
         so="số dự thảo góp ý 01 → 03 dự thảo.",
         md="hoàn thành."),
    dict(h="Cử công chức, viên chức tham gia tập huấn",
         body="Sở cử công chức Thanh tra Sở, Phòng Nghiệp vụ Dược tham gia tập huấn về đo lường trong lĩnh vực y tế và quản lý chất lượng hàng hóa nhóm 2.",
         so="05 → 08 lượt người (+60%).",
         md="hoàn thành."),
    dict(h="Duy trì hệ thống quản lý chất lượng tại cơ quan Sở",
         body="Sở đang tiến hành đánh giá nội bộ năm 2026, dự kiến tổ chức xem xét của lãnh đạo trong tháng 11/2026.",
         so=None,
         md="đang thực hiện."),
    dict(h="Tiếp nhận, xử lý tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng",
         body="Trong kỳ, Sở không nhận được đơn thư tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng trong lĩnh vực y tế.",
         so="0 → 0 (không phát sinh).",
         md="không phát sinh."),
]
diffs = ["Nhân lực thanh tra chuyên ngành mỏng trong khi số cơ sở kinh doanh trang thiết bị y tế, mỹ phẩm tăng nhanh."]
props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cung cấp danh sách tổ chức kiểm định phương tiện đo dùng trong y tế đã được chỉ định trên địa bàn."]
hand3(f, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "Sở Y tế", "6610/BC-SYT", "ngày 14 tháng 10 năm 2026",
      "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (số liệu 9 tháng đầu năm)",
      ["Thực hiện Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Sở Y tế báo cáo kết quả thực hiện 9 tháng đầu năm 2026 như sau.", CONV],
      items, diffs, props, "Tăng Chí Thượng")
key(f, "extracted", "SO-YT", "Sở Y tế", "6610/BC-SYT", "2026-10-14", [
    ("II.5.a", "in_progress", {"inspections": 12, "establishments_inspected": 163, "violations": 28, "fines_vnd": 574000000}, items[0]["so"]),
    ("II.2.e", "completed", {"standards_reviewed": 3}, items[1]["so"]),
    ("II.3.a", "completed", {"participants": 8}, items[2]["so"]),
    ("II.2.đ", "in_progress", {}, items[3]["body"]),
    ("II.5.d", "not_applicable", {}, items[4]["body"]),
], diffs, props)

# ---- F13 Sở Giáo dục và Đào tạo (mistaken: chuyển đổi số)
f = "SGDDT-bc-9thang-2026.docx"
items = [
    dict(h="Hạ tầng số và học liệu số",
         body="Sở triển khai kết nối mạng cho các trường học, số hóa học liệu và kho bài giảng điện tử dùng chung của Thành phố.",
         so="số trường có kết nối cáp quang tốc độ cao 1.820 → 2.015 trường (+10,7%); học liệu số 12.400 → 15.900 học liệu (+28,2%).",
         md="đạt 85%; đang thực hiện."),
    dict(h="Dịch vụ công trực tuyến",
         body="100% thủ tục hành chính thuộc thẩm quyền của Sở được cung cấp trực tuyến toàn trình.",
         so="hồ sơ trực tuyến 41.300 → 52.750 hồ sơ (+27,7%).",
         md="hoàn thành."),
]
diffs = ["Một số trường ở xã xa trung tâm chưa có đường truyền ổn định."]
props = ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ triển khai nền tảng học liệu số dùng chung."]
hand3(f, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "Sở Giáo dục và Đào tạo", "3392/BC-SGDĐT", "ngày 13 tháng 10 năm 2026",
      "Kết quả thực hiện chuyển đổi số ngành giáo dục 9 tháng đầu năm 2026",
      ["Thực hiện Kế hoạch chuyển đổi số năm 2026 của Ủy ban nhân dân Thành phố, Sở Giáo dục và Đào tạo báo cáo kết quả 9 tháng đầu năm 2026 như sau.", CONV],
      items, diffs, props, "Nguyễn Bảo Quốc")
key(f, "rejected", "SO-GDDT", "Sở Giáo dục và Đào tạo", "3392/BC-SGDĐT", "2026-10-13", [], [], [],
    reason="Báo cáo về chuyển đổi số ngành giáo dục, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")


# =====================================================================
# HAND 4 - Đặng Mỹ Linh (the Sở's own units and one department, XLSX):
#   a "BaoCao" sheet (letter in merged cells, own job codes, status column) and a
#   long-format "SoLieu" sheet mixing rows of 9T-2025, 9T-2026 and KH-2026 for the
#   same indicators (Kỳ | Mã việc | Chỉ tiêu | ĐVT | Giá trị), plus a "SoSanh" sheet
#   of SUMIFS/ratio formulas.
# =====================================================================

def hand4(fname, parent, unit, num, date_words, title, jobs, data, diffs, props, signer, title_sign):
    wb = Workbook()
    ws = wb.active
    ws.title = "BaoCao"
    fb = Font(name="Times New Roman", size=12, bold=True)
    fn = Font(name="Times New Roman", size=12)
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.merge_cells("A1:B1"); ws["A1"] = parent
    ws.merge_cells("A2:B2"); ws["A2"] = unit.upper()
    ws.merge_cells("A3:B3"); ws["A3"] = "Số: " + num
    ws.merge_cells("C1:E1"); ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws.merge_cells("C2:E2"); ws["C2"] = "Độc lập - Tự do - Hạnh phúc"
    ws.merge_cells("C3:E3"); ws["C3"] = "Thành phố Hồ Chí Minh, " + date_words
    for c in ("A1", "A2", "A3", "C1", "C2", "C3"):
        ws[c].alignment = Alignment(horizontal="center")
        ws[c].font = fb if c in ("A2", "C1", "C2") else fn
    ws["C3"].font = Font(name="Times New Roman", size=12, italic=True)
    ws.merge_cells("A5:E5"); ws["A5"] = "BÁO CÁO"
    ws.merge_cells("A6:E6"); ws["A6"] = title
    for c in ("A5", "A6"):
        ws[c].font = fb
        ws[c].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[6].height = 34
    ws.merge_cells("A7:E7"); ws["A7"] = "(Số liệu chi tiết, so sánh cùng kỳ năm 2025 và kế hoạch năm 2026: xem sheet SoLieu, SoSanh)"
    ws["A7"].font = Font(name="Times New Roman", size=11, italic=True)
    ws["A7"].alignment = Alignment(horizontal="center")
    r = 9
    for j, h in enumerate(["Mã việc", "Nội dung công việc", "Tình trạng (đến 30/9/2026)", "Kết quả chính", "Ghi chú"], 1):
        c = ws.cell(r, j, h)
        c.font = fb
        c.border = bd
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.fill = PatternFill("solid", fgColor="FFF2CC")
    for job in jobs:
        r += 1
        for j, v in enumerate(job[:5], 1):
            c = ws.cell(r, j, v)
            c.font = fn
            c.border = bd
            c.alignment = Alignment(vertical="top", wrap_text=True)
        ws.row_dimensions[r].height = 48
    r += 2
    ws.cell(r, 1, "KHÓ KHĂN, VƯỚNG MẮC").font = fb
    for x in diffs:
        r += 1
        ws.cell(r, 1, "-")
        ws.cell(r, 2, x).font = fn
    r += 1
    ws.cell(r, 1, "ĐỀ XUẤT, KIẾN NGHỊ").font = fb
    for x in props:
        r += 1
        ws.cell(r, 1, "-")
        ws.cell(r, 2, x).font = fn
    r += 2
    for k, t in enumerate(title_sign):
        ws.cell(r + k, 4, t).font = fb
    ws.cell(r + len(title_sign) + 3, 4, signer).font = fb
    for col, w in zip("ABCDE", (10, 52, 20, 40, 22)):
        ws.column_dimensions[col].width = w

    s2 = wb.create_sheet("SoLieu")
    hdr = ["Kỳ", "Mã việc", "Chỉ tiêu", "ĐVT", "Giá trị"]
    for j, h in enumerate(hdr, 1):
        c = s2.cell(1, j, h)
        c.font = fb
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    rr = 1
    for row in data:
        rr += 1
        for j, v in enumerate(row, 1):
            s2.cell(rr, j, v).font = fn
            if j == 5 and isinstance(v, int) and v >= 10000:
                s2.cell(rr, j).number_format = "#,##0"
    s2.auto_filter.ref = f"A1:E{rr}"
    for col, w in zip("ABCDE", (10, 9, 52, 10, 16)):
        s2.column_dimensions[col].width = w

    s3 = wb.create_sheet("SoSanh")
    for j, h in enumerate(["Mã việc", "Chỉ tiêu", "9T-2025", "9T-2026", "KH-2026", "So cùng kỳ (%)", "So KH năm (%)"], 1):
        s3.cell(1, j, h).font = fb
    seen = []
    for row in data:
        if (row[1], row[2]) not in seen:
            seen.append((row[1], row[2]))
    n = rr
    for i, (code, ind) in enumerate(seen, 2):
        s3.cell(i, 1, code)
        s3.cell(i, 2, ind)
        for j, per in zip((3, 4, 5), ("9T-2025", "9T-2026", "KH-2026")):
            s3.cell(i, j, f'=SUMIFS(SoLieu!$E$2:$E${n},SoLieu!$A$2:$A${n},"{per}",SoLieu!$B$2:$B${n},A{i},SoLieu!$C$2:$C${n},B{i})')
        s3.cell(i, 6, f'=IF(C{i}=0,"-",ROUND(D{i}/C{i}*100-100,1))')
        s3.cell(i, 7, f'=IF(E{i}=0,"-",ROUND(D{i}/E{i}*100,1))')
    s3.column_dimensions["B"].width = 52
    wb.save(os.path.join(OUT, fname))


# ---- F14 Chi cục TĐC
f = "CCTDC-512-BC-9T2026-CT38.xlsx"
jobs = [
    ("CC-01", "Tập huấn văn bản quy phạm pháp luật về TĐC cho tổ chức, doanh nghiệp; tọa đàm với doanh nghiệp nhập khẩu", "Hoàn thành", "Lớp tập huấn, tọa đàm; lượt người tham dự (SoLieu)", ""),
    ("CC-02", "Tuyên truyền, hướng dẫn doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia", "Hoàn thành", "Doanh nghiệp được hướng dẫn hồ sơ", ""),
    ("CC-03", "Tổ chức hoạt động Giải thưởng Chất lượng Quốc gia năm 2026", "Đang thực hiện", "Đã tiếp nhận hồ sơ; Hội đồng sơ tuyển họp trong Quý IV", ""),
    ("CC-04", "Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý tiên tiến, công bố chất lượng", "Đang thực hiện", "Doanh nghiệp được hỗ trợ", "KH năm: 35 DN"),
    ("CC-05", "Hướng dẫn, kiểm tra việc áp dụng ISO 9001 tại cơ quan hành chính", "Đang thực hiện", "Cuộc kiểm tra tại các sở, phường, xã", ""),
    ("CC-06", "Góp ý dự thảo TCVN, QCVN; xây dựng quy chuẩn kỹ thuật địa phương", "Đang thực hiện", "Số dự thảo đã góp ý", ""),
    ("CC-07", "Tập huấn nghiệp vụ cho công chức sở, ngành, UBND phường, xã, đặc khu", "Đang thực hiện", "Lớp; lượt công chức", "Còn 01 lớp T11"),
    ("CC-08", "Bảo trì, kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ", "Đang thực hiện", "Phương tiện được kiểm định, hiệu chuẩn; kinh phí", ""),
    ("CC-09", "Kiểm tra nhà nước về TĐC đối với sản phẩm, hàng hóa", "Đang thực hiện", "Cuộc; cơ sở; vi phạm; tiền phạt", ""),
    ("CC-10", "Khảo sát chất lượng sản phẩm, hàng hóa", "Đang thực hiện", "Mẫu khảo sát", "Đợt 2 lấy mẫu T10"),
    ("CC-11", "Đề xuất cải tiến Hệ thống thông tin giải quyết TTHC của Bộ KH&CN; kết nối Cổng một cửa quốc gia", "Hoàn thành", "Đã gửi văn bản đề xuất tháng 3/2026", ""),
    ("CC-12", "Phối hợp APO thúc đẩy năng suất khu vực công", "Chưa phát sinh yêu cầu", "-", "Thực hiện khi có yêu cầu"),
]
data = [
    ("9T-2025", "CC-01", "Số lớp tập huấn, tọa đàm", "lớp", 4),
    ("9T-2026", "CC-01", "Số lớp tập huấn, tọa đàm", "lớp", 5),
    ("KH-2026", "CC-01", "Số lớp tập huấn, tọa đàm", "lớp", 6),
    ("9T-2025", "CC-01", "Lượt người tham dự", "lượt", 310),
    ("9T-2026", "CC-01", "Lượt người tham dự", "lượt", 386),
    ("9T-2025", "CC-02", "Doanh nghiệp được hướng dẫn", "DN", 12),
    ("9T-2026", "CC-02", "Doanh nghiệp được hướng dẫn", "DN", 18),
    ("9T-2025", "CC-04", "Doanh nghiệp được hỗ trợ", "DN", 21),
    ("9T-2026", "CC-04", "Doanh nghiệp được hỗ trợ", "DN", 26),
    ("KH-2026", "CC-04", "Doanh nghiệp được hỗ trợ", "DN", 35),
    ("9T-2025", "CC-05", "Số cuộc kiểm tra", "cuộc", 10),
    ("9T-2026", "CC-05", "Số cuộc kiểm tra", "cuộc", 8),
    ("9T-2025", "CC-06", "Số dự thảo TCVN, QCVN đã góp ý", "dự thảo", 9),
    ("9T-2026", "CC-06", "Số dự thảo TCVN, QCVN đã góp ý", "dự thảo", 14),
    ("9T-2025", "CC-07", "Số lớp", "lớp", 2),
    ("9T-2026", "CC-07", "Số lớp", "lớp", 3),
    ("KH-2026", "CC-07", "Số lớp", "lớp", 4),
    ("9T-2025", "CC-07", "Lượt công chức tham dự", "lượt", 250),
    ("9T-2026", "CC-07", "Lượt công chức tham dự", "lượt", 412),
    ("9T-2025", "CC-08", "Phương tiện, thiết bị được kiểm định, hiệu chuẩn", "chiếc", 19),
    ("9T-2026", "CC-08", "Phương tiện, thiết bị được kiểm định, hiệu chuẩn", "chiếc", 27),
    ("9T-2026", "CC-08", "Kinh phí đã sử dụng", "đồng", 96400000),
    ("KH-2026", "CC-08", "Kinh phí đã sử dụng", "đồng", 130000000),
    ("9T-2025", "CC-09", "Số cuộc kiểm tra", "cuộc", 18),
    ("9T-2026", "CC-09", "Số cuộc kiểm tra", "cuộc", 21),
    ("KH-2026", "CC-09", "Số cuộc kiểm tra", "cuộc", 28),
    ("9T-2025", "CC-09", "Số cơ sở được kiểm tra", "cơ sở", 190),
    ("9T-2026", "CC-09", "Số cơ sở được kiểm tra", "cơ sở", 214),
    ("9T-2025", "CC-09", "Số cơ sở vi phạm", "cơ sở", 22),
    ("9T-2026", "CC-09", "Số cơ sở vi phạm", "cơ sở", 19),
    ("9T-2025", "CC-09", "Tiền phạt VPHC", "đồng", 301000000),
    ("9T-2026", "CC-09", "Tiền phạt VPHC", "đồng", 287500000),
    ("9T-2025", "CC-10", "Số mẫu khảo sát", "mẫu", 96),
    ("9T-2026", "CC-10", "Số mẫu khảo sát", "mẫu", 120),
    ("KH-2026", "CC-10", "Số mẫu khảo sát", "mẫu", 160),
]
diffs = ["Kinh phí khảo sát chất lượng sản phẩm, hàng hóa năm 2026 được giao chậm, ảnh hưởng tiến độ lấy mẫu Quý II.",
         "Một số phường, xã chưa gửi số liệu cùng kỳ năm 2025 nên chưa so sánh được đầy đủ kết quả toàn Thành phố."]
props = ["Đề nghị Sở bổ sung kinh phí lấy mẫu thử nghiệm Quý IV/2026.",
         "Đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia sớm ban hành hướng dẫn thực hiện Luật Chất lượng sản phẩm, hàng hóa sửa đổi."]
hand4(f, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Chi cục Tiêu chuẩn Đo lường Chất lượng", "512/BC-TĐC", "ngày 15 tháng 10 năm 2026",
      "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 - 9 tháng đầu năm (so sánh cùng kỳ và kế hoạch năm)",
      jobs, data, diffs, props, "Trần Văn Phúc", ["CHI CỤC TRƯỞNG"])
key(f, "extracted", "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "512/BC-TĐC", "2026-10-15", [
    ("II.1.a", "completed", {"training_courses": 5, "participants": 386}, jobs[0][1]),
    ("II.1.b", "completed", {"enterprises_supported": 18}, jobs[1][1]),
    ("II.2.b", "in_progress", {}, jobs[2][1]),
    ("II.2.d", "in_progress", {"enterprises_supported": 26}, jobs[3][1]),
    ("II.2.đ", "in_progress", {"inspections": 8}, jobs[4][1]),
    ("II.2.e", "in_progress", {"standards_reviewed": 14}, jobs[5][1]),
    ("II.3.a", "in_progress", {"training_courses": 3, "participants": 412}, jobs[6][1]),
    ("II.4.b", "in_progress", {"instruments_verified": 27, "budget_spent_vnd": 96400000}, jobs[7][1]),
    ("II.5.a", "in_progress", {"inspections": 21, "establishments_inspected": 214, "violations": 19, "fines_vnd": 287500000}, jobs[8][1]),
    ("II.5.b", "in_progress", {"samples_tested": 120}, jobs[9][1]),
    ("II.2.h", "completed", {}, jobs[10][1]),
    ("II.6.b", "not_applicable", {}, jobs[11][1]),
], diffs, props)

# ---- F15 Trung tâm Dịch vụ Phân tích thí nghiệm
f = "TTPTTN-287-baocao-9thang-CT38.xlsx"
jobs = [
    ("TT-01", "Đầu tư, hiện đại hóa trang thiết bị phòng thử nghiệm, phòng đo lường", "Đang thực hiện", "Giải ngân gói thiết bị sắc ký, quang phổ", "Gói 3 chờ nghiệm thu"),
    ("TT-02", "Cung cấp dịch vụ kiểm định, hiệu chuẩn, thử nghiệm phục vụ quản lý và doanh nghiệp", "Đang thực hiện", "Phương tiện đo; mẫu thử nghiệm", "Thường xuyên"),
    ("TT-03", "Duy trì, liên kết chuẩn đo lường với chuẩn quốc gia", "Hoàn thành", "Chuẩn được hiệu chuẩn, liên kết năm 2026", ""),
    ("TT-04", "Thử nghiệm mẫu khảo sát chất lượng cho Chi cục TĐC", "Đang thực hiện", "Mẫu đã thử nghiệm, trả kết quả", "Đợt 2 nhận mẫu T10"),
    ("TT-05", "Đào tạo nghiệp vụ (ISO/IEC 17025, đo lường) cho viên chức và sinh viên thực tập", "Hoàn thành", "Khóa; học viên", ""),
]
data = [
    ("9T-2025", "TT-01", "Kinh phí đã giải ngân", "đồng", 3200000000),
    ("9T-2026", "TT-01", "Kinh phí đã giải ngân", "đồng", 4850000000),
    ("KH-2026", "TT-01", "Kinh phí đã giải ngân", "đồng", 6500000000),
    ("9T-2025", "TT-02", "Phương tiện đo được kiểm định, hiệu chuẩn", "phương tiện", 16420),
    ("9T-2026", "TT-02", "Phương tiện đo được kiểm định, hiệu chuẩn", "phương tiện", 18640),
    ("9T-2025", "TT-02", "Mẫu thử nghiệm", "mẫu", 6980),
    ("9T-2026", "TT-02", "Mẫu thử nghiệm", "mẫu", 7215),
    ("9T-2025", "TT-03", "Chuẩn đo lường được hiệu chuẩn, liên kết", "chuẩn", 38),
    ("9T-2026", "TT-03", "Chuẩn đo lường được hiệu chuẩn, liên kết", "chuẩn", 42),
    ("9T-2025", "TT-04", "Mẫu khảo sát đã thử nghiệm", "mẫu", 90),
    ("9T-2026", "TT-04", "Mẫu khảo sát đã thử nghiệm", "mẫu", 118),
    ("9T-2025", "TT-05", "Số khóa đào tạo", "khóa", 1),
    ("9T-2026", "TT-05", "Số khóa đào tạo", "khóa", 2),
    ("9T-2025", "TT-05", "Số học viên", "người", 35),
    ("9T-2026", "TT-05", "Số học viên", "người", 74),
]
diffs = ["Thiết bị hiệu chuẩn lưu lượng xăng dầu xuống cấp, thời gian sửa chữa kéo dài."]
props = ["Đề nghị Sở ưu tiên bố trí vốn năm 2027 cho dự án nâng cấp phòng đo lường khối lượng."]
hand4(f, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Trung tâm Dịch vụ Phân tích thí nghiệm", "287/BC-TTPTTN", "ngày 13 tháng 10 năm 2026",
      "Kết quả thực hiện các nhiệm vụ được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 - 9 tháng đầu năm",
      jobs, data, diffs, props, "Lê Hoàng Nam", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"])
key(f, "extracted", "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "287/BC-TTPTTN", "2026-10-13", [
    ("II.4.a", "in_progress", {"budget_spent_vnd": 4850000000}, jobs[0][1]),
    ("II.2.g", "in_progress", {"instruments_verified": 18640, "samples_tested": 7215}, jobs[1][1]),
    ("II.4.c", "completed", {"instruments_verified": 42}, jobs[2][1]),
    ("II.5.b", "in_progress", {"samples_tested": 118}, jobs[3][1]),
    ("II.3.d", "completed", {"training_courses": 2, "participants": 74}, jobs[4][1]),
], diffs, props)

# ---- F16 Sở Nông nghiệp và Môi trường
f = "SNNMT-5530-bc-ct38-9t.xlsx"
jobs = [
    ("NV-1", "Kiểm tra chất lượng vật tư nông nghiệp (phân bón, thuốc BVTV, thức ăn chăn nuôi)", "Đang thực hiện", "Cuộc; cơ sở; vi phạm; tiền phạt; mẫu", ""),
    ("NV-2", "Góp ý dự thảo QCVN, TCVN ngành nông nghiệp", "Hoàn thành", "Số dự thảo đã góp ý", ""),
    ("NV-3", "Tập huấn ghi nhãn, truy xuất nguồn gốc cho nông dân, hợp tác xã", "Đang thực hiện", "Lớp; lượt người", "Còn 02 lớp Q4"),
    ("NV-4", "Hỗ trợ hợp tác xã, doanh nghiệp áp dụng truy xuất nguồn gốc (Đề án 100)", "Đang thực hiện", "HTX, DN được hỗ trợ", ""),
]
data = [
    ("9T-2025", "NV-1", "Số cuộc kiểm tra", "cuộc", 29),
    ("9T-2026", "NV-1", "Số cuộc kiểm tra", "cuộc", 34),
    ("KH-2026", "NV-1", "Số cuộc kiểm tra", "cuộc", 45),
    ("9T-2025", "NV-1", "Số cơ sở được kiểm tra", "cơ sở", 380),
    ("9T-2026", "NV-1", "Số cơ sở được kiểm tra", "cơ sở", 412),
    ("9T-2025", "NV-1", "Số cơ sở vi phạm", "cơ sở", 45),
    ("9T-2026", "NV-1", "Số cơ sở vi phạm", "cơ sở", 37),
    ("9T-2025", "NV-1", "Tiền phạt VPHC", "đồng", 715500000),
    ("9T-2026", "NV-1", "Tiền phạt VPHC", "đồng", 684000000),
    ("9T-2025", "NV-1", "Số mẫu lấy kiểm tra", "mẫu", 176),
    ("9T-2026", "NV-1", "Số mẫu lấy kiểm tra", "mẫu", 205),
    ("9T-2025", "NV-2", "Số dự thảo đã góp ý", "dự thảo", 4),
    ("9T-2026", "NV-2", "Số dự thảo đã góp ý", "dự thảo", 6),
    ("9T-2025", "NV-3", "Số lớp tập huấn", "lớp", 7),
    ("9T-2026", "NV-3", "Số lớp tập huấn", "lớp", 9),
    ("KH-2026", "NV-3", "Số lớp tập huấn", "lớp", 11),
    ("9T-2025", "NV-3", "Lượt người tham dự", "lượt", 512),
    ("9T-2026", "NV-3", "Lượt người tham dự", "lượt", 640),
    ("9T-2025", "NV-4", "HTX, DN được hỗ trợ", "đơn vị", 15),
    ("9T-2026", "NV-4", "HTX, DN được hỗ trợ", "đơn vị", 23),
    ("KH-2026", "NV-4", "HTX, DN được hỗ trợ", "đơn vị", 30),
]
diffs = ["Một số cơ sở kinh doanh vật tư nông nghiệp tại các xã xa trung tâm thay đổi địa điểm, ngừng hoạt động nên khó kiểm tra lại."]
props = ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ kết nối dữ liệu truy xuất nguồn gốc nông sản với Cổng truy xuất nguồn gốc quốc gia."]
hand4(f, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "Sở Nông nghiệp và Môi trường", "5530/BC-SNNMT", "ngày 11 tháng 10 năm 2026",
      "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng - 9 tháng đầu năm 2026",
      jobs, data, diffs, props, "Trần Thị Hồng Hạnh", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"])
key(f, "extracted", "SO-NNMT", "Sở Nông nghiệp và Môi trường", "5530/BC-SNNMT", "2026-10-11", [
    ("II.5.a", "in_progress", {"inspections": 34, "establishments_inspected": 412, "violations": 37, "fines_vnd": 684000000, "samples_tested": 205}, jobs[0][1]),
    ("II.2.e", "completed", {"standards_reviewed": 6}, jobs[1][1]),
    ("II.1.a", "in_progress", {"training_courses": 9, "participants": 640}, jobs[2][1]),
    ("II.2.a", "in_progress", {"enterprises_supported": 23}, jobs[3][1]),
], diffs, props)

# ---- re-save two files through LibreOffice, as offices do, then write the keys with sha256
import subprocess, hashlib, shutil, tempfile
for name, fmt in (("SXD-bc2985-ct38-9thang.docx", "docx"), ("TTPTTN-287-baocao-9thang-CT38.xlsx", "xlsx")):
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", tmp, os.path.join(OUT, name)],
                   check=True, capture_output=True)
    shutil.move(os.path.join(tmp, name), os.path.join(OUT, name))
os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
for name, k in KEYS.items():
    k["sha256"] = hashlib.sha256(open(os.path.join(OUT, name), "rb").read()).hexdigest()
    with open(os.path.join(OUT, "truth", name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(k, fh, ensure_ascii=False, indent=2)
print(len(KEYS), "files")
