# -*- coding: utf-8 -*-
"""Generator for set154: city departments and public service units (17 files, 4 hands)."""
import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import unicodedata

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

REPORTS = []  # (filename, key dict)


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------- docx helpers
def new_doc(size=13, landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    pf = st.paragraph_format
    pf.space_after = Pt(3)
    pf.space_before = Pt(0)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = Cm(3.0)
    sec.right_margin = Cm(1.8)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
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


def cell_text(cell, lines, bold=False, italic=False, align=None, size=None):
    """Write lines (list or str) into a cell, one paragraph per line."""
    if isinstance(lines, str):
        lines = [lines]
    cell.text = ""
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(nfc(ln))
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(1)


def para(d, text, bold=False, italic=False, align=None, indent=True, size=None, underline=False):
    p = d.add_paragraph()
    r = p.add_run(nfc(text))
    r.bold = bold
    r.italic = italic
    r.underline = underline
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    elif indent:
        p.paragraph_format.first_line_indent = Cm(1.0)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def runs(d, parts, indent=True):
    """parts: list of (text, style) where style in '', 'b', 'i', 'bi', 'u'."""
    p = d.add_paragraph()
    for t, s in parts:
        r = p.add_run(nfc(t))
        r.bold = "b" in s
        r.italic = "i" in s
        r.underline = "u" in s
    if indent:
        p.paragraph_format.first_line_indent = Cm(1.0)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def vn_date_words(d):
    m = "%02d" % d.month if d.month < 3 else str(d.month)
    return "ngày %02d tháng %s năm %d" % (d.day, m, d.year)


def header_block(d, parent, unit_caps, number_line, date, extra_left=None, place="Thành phố Hồ Chí Minh"):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = t.rows[0].cells
    left.width, right.width = Cm(6.8), Cm(9.6)
    lines_l = []
    if parent:
        lines_l.append(parent)
    cell_text(left, lines_l + [unit_caps], bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, size=12)
    # make the unit line bold
    left.paragraphs[-1].runs[0].bold = True
    p = left.add_paragraph("———————")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = left.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(nfc(number_line))
    r.font.size = Pt(12)
    if extra_left:
        p = left.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(nfc(extra_left))
        r.font.size = Pt(11)
    cell_text(right, ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=12)
    p = right.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Độc lập - Tự do - Hạnh phúc")
    r.bold = True
    p = right.add_paragraph("———————————")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = right.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(nfc("%s, %s" % (place, vn_date_words(date))))
    r.italic = True
    d.add_paragraph()


def signature(d, noi_nhan, sign_lines, name):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    l.text = ""
    p = l.paragraphs[0]
    rr = p.add_run("Nơi nhận:")
    rr.bold = True
    rr.italic = True
    rr.font.size = Pt(11)
    for n in noi_nhan:
        p = l.add_paragraph()
        rr = p.add_run(nfc(n))
        rr.font.size = Pt(11)
        p.paragraph_format.space_after = Pt(0)
    cell_text(r, sign_lines, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for _ in range(3):
        r.add_paragraph()
    p = r.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = p.add_run(nfc(name))
    rr.bold = True


def grid_table(d, header, rows, widths=None, size=12, header_fill="D9D9D9"):
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        cell_text(c, h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=size)
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), header_fill)
        c._tc.get_or_add_tcPr().append(shd)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, size=size)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


# ---------------------------------------------------------------- key helpers
def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    return {
        "file": fname,
        "sha256": None,
        "status": status,
        "reason": reason,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date.isoformat() if date else None},
        "entries": [
            {"task": e[0], "status": e[1], "indicators": e[2], "text": nfc(e[3])} for e in entries
        ],
        "findings": [],
        "difficulties": [nfc(x) for x in diffs],
        "proposals": [nfc(x) for x in props],
    }


def finish(fname, k):
    REPORTS.append((fname, k))


# ====================================================================== HAND A
# Trần Thị Mỹ Dung – chuyên viên tổng hợp Văn phòng Sở. Nghị định 30 report whose
# results sit in one Word table with her own column order:
# STT | Phòng, đơn vị thực hiện | Kết quả cụ thể | Nội dung nhiệm vụ theo Kế hoạch | Tiến độ.
# Result cells: one "- " line per figure, counts zero-padded, money "186.500.000đ".
def hand_a(fname, unit_caps, unit_name, unit_short, number, date, title2, intro, trienkhai, rows,
           diffs, props, signer, sign_role, noi_nhan, plan_report=True, after_table=None,
           closing_to="Sở Khoa học và Công nghệ"):
    d = new_doc(13)
    header_block(d, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", unit_caps, "Số: " + number, date)
    para(d, "BÁO CÁO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    para(d, title2, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "_______________", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, intro)
    para(d, "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", bold=True, indent=False)
    for t in trienkhai:
        para(d, t)
    para(d, "II. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    para(d, "Kết quả thực hiện của các phòng, đơn vị thuộc %s được tổng hợp tại bảng sau:" % unit_short)
    hdr = ["STT", "Phòng, đơn vị thực hiện", "Kết quả cụ thể", "Nội dung nhiệm vụ theo Kế hoạch", "Tiến độ"] \
        if plan_report else ["STT", "Phòng, đơn vị thực hiện", "Kết quả cụ thể", "Nội dung nhiệm vụ", "Tiến độ"]
    grid_table(d, hdr, [[str(i + 1)] + r for i, r in enumerate(rows)], widths=[1.0, 3.2, 6.0, 4.3, 2.4], size=11)
    if after_table:
        para(d, after_table, italic=True)
    para(d, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in diffs:
        para(d, "- " + x)
    para(d, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for x in props:
        para(d, "- " + x)
    para(d, "Trên đây là báo cáo của %s, kính gửi %s tổng hợp./." % (unit_name, closing_to))
    signature(d, noi_nhan, sign_role, signer)
    d.save(os.path.join(OUT, fname))


# ---------------- A1 Sở Công Thương
def a1():
    fname = "4127_BC-SCT_ket qua KH CT38 2026.docx"
    date = dt.date(2026, 11, 20)
    rows = [
        ["Chi cục Quản lý thị trường Thành phố",
         ["- Số cuộc kiểm tra: 38 cuộc", "- Số cơ sở được kiểm tra: 52 cơ sở (xăng dầu, LPG, hàng đóng gói sẵn)",
          "- Số cơ sở vi phạm: 11 cơ sở", "- Tiền phạt: 186.500.000đ"],
         "Kiểm tra đo lường, chất lượng hàng hóa lưu thông trên thị trường (phối hợp Chi cục TĐC)",
         "Đang triển khai (thường xuyên)"],
        ["Phòng Quản lý Công nghiệp",
         ["- Hỗ trợ 27 doanh nghiệp áp dụng ISO 9001, 5S, Kaizen, Lean qua Chương trình khuyến công",
          "- Kinh phí khuyến công đã giải ngân: 845.000.000đ"],
         "Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý chất lượng, công cụ cải tiến năng suất",
         "Đã hoàn thành"],
        ["Phòng Quản lý Thương mại",
         ["- Phổ biến thông tin Giải thưởng Chất lượng Quốc gia năm 2026 đến các hiệp hội ngành hàng",
          "- Hướng dẫn 14 doanh nghiệp hoàn thiện hồ sơ tham dự"],
         "Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
         "Đã hoàn thành"],
        ["Phòng Kỹ thuật an toàn – Môi trường",
         ["- Góp ý 04 dự thảo QCVN (an toàn chai chứa LPG, bình chịu áp lực, thiết bị điện hạ áp, vật liệu nổ công nghiệp)"],
         "Góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực Công Thương",
         "Đã hoàn thành"],
        ["Phòng Quản lý Thương mại",
         ["- Tổ chức 06 hội nghị phổ biến các FTA, biện pháp TBT, SPS của thị trường nhập khẩu",
          "- 820 lượt doanh nghiệp tham dự"],
         "Cập nhật, phổ biến điều ước, thỏa thuận quốc tế liên quan đến tiêu chuẩn, chất lượng",
         "Đang triển khai"],
        ["Văn phòng Sở",
         ["- Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015; công bố lại HTQLCL ngày 15/9/2026"],
         "Áp dụng, duy trì hệ thống quản lý chất lượng trong hoạt động của Sở",
         "Đã hoàn thành"],
        ["Văn phòng Sở (bộ phận Tổ chức cán bộ)",
         ["- Cử 12 lượt công chức tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục TĐC tổ chức"],
         "Tham gia tập huấn, cập nhật kiến thức chuyên môn về TĐC",
         "Đã hoàn thành"],
    ]
    diffs = [
        "Lực lượng quản lý thị trường thiếu phương tiện kiểm tra nhanh chất lượng xăng dầu tại hiện trường, phải gửi mẫu thử nghiệm nên kéo dài thời gian xử lý vụ việc.",
        "Một số doanh nghiệp nhỏ và vừa chưa mặn mà với việc áp dụng hệ thống quản lý chất lượng do chi phí tư vấn, chứng nhận còn cao.",
    ]
    props = [
        "Đề nghị Sở Khoa học và Công nghệ hỗ trợ trang bị thiết bị kiểm tra nhanh chất lượng xăng dầu cho Chi cục Quản lý thị trường Thành phố.",
        "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng chia sẻ định kỳ kết quả khảo sát chất lượng hàng hóa để phục vụ công tác kiểm tra.",
    ]
    hand_a(fname, "SỞ CÔNG THƯƠNG", "Sở Công Thương", "Sở", "4127/BC-SCT", date,
           "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026",
           "Thực hiện Công văn số 3561/SKHCN-TĐC ngày 08 tháng 10 năm 2026 của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo như sau:",
           ["Sở Công Thương đã giao nhiệm vụ cho các phòng, đơn vị thuộc Sở; lồng ghép nội dung tiêu chuẩn, đo lường, chất lượng vào kế hoạch kiểm tra, Chương trình khuyến công và chương trình xúc tiến thương mại năm 2026."],
           rows, diffs, props, "Huỳnh Thanh Nhân", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
           ["- Như trên;", "- Sở Khoa học và Công nghệ;", "- Chi cục TĐC (để tổng hợp);", "- Giám đốc Sở (để b/c);", "- Lưu: VT, VP (Dung)."])
    ents = [
        ("II.5.a", "in_progress", {"inspections": 38, "establishments_inspected": 52, "violations": 11, "fines_vnd": 186500000},
         "Chi cục QLTT kiểm tra 38 cuộc, 52 cơ sở, 11 cơ sở vi phạm, phạt 186.500.000đ – Đang triển khai (thường xuyên)"),
        ("II.2.d", "completed", {"enterprises_supported": 27, "budget_spent_vnd": 845000000},
         "Hỗ trợ 27 doanh nghiệp áp dụng ISO 9001, 5S, Kaizen, Lean; kinh phí khuyến công đã giải ngân 845.000.000đ"),
        ("II.1.b", "completed", {"enterprises_supported": 14},
         "Phổ biến Giải thưởng Chất lượng Quốc gia; hướng dẫn 14 doanh nghiệp hoàn thiện hồ sơ tham dự"),
        ("II.2.e", "completed", {"standards_reviewed": 4}, "Góp ý 04 dự thảo QCVN thuộc lĩnh vực Công Thương"),
        ("II.6.a", "in_progress", {"training_courses": 6, "participants": 820},
         "Tổ chức 06 hội nghị phổ biến các FTA, TBT, SPS; 820 lượt doanh nghiệp tham dự"),
        ("II.2.đ", "completed", {}, "Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015; công bố lại HTQLCL"),
        ("II.3.a", "completed", {"participants": 12}, "Cử 12 lượt công chức tham dự lớp tập huấn nghiệp vụ TĐC"),
    ]
    finish(fname, key(fname, "SO-CT", "Sở Công Thương", "4127/BC-SCT", date, ents, diffs, props))


# ---------------- A2 Sở Xây dựng
def a2():
    fname = "BC so 11852-SXD CT38.docx"
    date = dt.date(2026, 11, 18)
    rows = [
        ["Phòng Kinh tế - Vật liệu xây dựng",
         ["- Số cuộc kiểm tra chất lượng VLXD: 09 cuộc", "- Số cơ sở sản xuất, kinh doanh VLXD được kiểm tra: 31 cơ sở",
          "- Số cơ sở vi phạm: 04 cơ sở", "- Tiền phạt: 62.000.000đ"],
         "Kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng",
         "Đang triển khai"],
        ["Phòng Kinh tế - Vật liệu xây dựng",
         ["- Chưa tổ chức khảo sát chất lượng VLXD lưu thông do chưa được bố trí kinh phí lấy mẫu"],
         "Khảo sát chất lượng vật liệu xây dựng lưu thông trên thị trường",
         "Chưa triển khai"],
        ["Phòng Quản lý hoạt động xây dựng",
         ["- Góp ý 05 dự thảo (03 QCVN, 02 TCVN) thuộc lĩnh vực xây dựng theo đề nghị của Bộ Xây dựng"],
         "Góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật ngành xây dựng",
         "Đã hoàn thành"],
        ["Văn phòng Sở",
         ["- Đăng 07 tin, bài tuyên truyền về chất lượng công trình, VLXD hợp quy trên Cổng thông tin điện tử của Sở"],
         "Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng trong lĩnh vực xây dựng",
         "Đã hoàn thành"],
        ["Văn phòng Sở",
         ["- Duy trì HTQLCL theo TCVN ISO 9001:2015; cập nhật 23 quy trình nội bộ"],
         "Áp dụng, duy trì hệ thống quản lý chất lượng tại cơ quan",
         "Đã hoàn thành"],
        ["Phòng Tổ chức – Hành chính",
         ["- Cử 08 công chức tham gia tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng"],
         "Cử công chức tham gia tập huấn chuyên môn",
         "Đã hoàn thành"],
    ]
    diffs = ["Kinh phí lấy mẫu, thử nghiệm vật liệu xây dựng chưa được bố trí trong dự toán năm 2026."]
    props = [
        "Đề nghị Sở Tài chính xem xét bố trí kinh phí khảo sát chất lượng vật liệu xây dựng trong dự toán năm 2027.",
        "Đề nghị Sở Khoa học và Công nghệ phối hợp xây dựng quy chuẩn kỹ thuật địa phương về vật liệu xây dựng tái chế.",
    ]
    hand_a(fname, "SỞ XÂY DỰNG", "Sở Xây dựng", "Sở", "11852/BC-SXD", date,
           "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
           "Căn cứ Công văn số 3561/SKHCN-TĐC ngày 08 tháng 10 năm 2026 của Sở Khoa học và Công nghệ, Sở Xây dựng báo cáo kết quả thực hiện như sau:",
           ["Sở Xây dựng giao Phòng Kinh tế - Vật liệu xây dựng làm đầu mối theo dõi, tổng hợp; các phòng chuyên môn thực hiện theo chức năng, nhiệm vụ."],
           rows, diffs, props, "Trương Minh Đức", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
           ["- Sở Khoa học và Công nghệ;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, KTVLXD."])
    ents = [
        ("II.5.a", "in_progress", {"inspections": 9, "establishments_inspected": 31, "violations": 4, "fines_vnd": 62000000},
         "Kiểm tra chất lượng VLXD: 09 cuộc, 31 cơ sở, 04 cơ sở vi phạm, phạt 62.000.000đ – Đang triển khai"),
        ("II.5.b", "not_started", {}, "Chưa tổ chức khảo sát chất lượng VLXD lưu thông do chưa được bố trí kinh phí – Chưa triển khai"),
        ("II.2.e", "completed", {"standards_reviewed": 5}, "Góp ý 05 dự thảo (03 QCVN, 02 TCVN) thuộc lĩnh vực xây dựng"),
        ("II.1.a", "completed", {"communications": 7}, "Đăng 07 tin, bài tuyên truyền về chất lượng công trình, VLXD hợp quy"),
        ("II.2.đ", "completed", {}, "Duy trì HTQLCL theo TCVN ISO 9001:2015; cập nhật 23 quy trình nội bộ"),
        ("II.3.a", "completed", {"participants": 8}, "Cử 08 công chức tham gia tập huấn nghiệp vụ TĐC"),
    ]
    finish(fname, key(fname, "SO-XD", "Sở Xây dựng", "11852/BC-SXD", date, ents, diffs, props))


# ---------------- A3 Sở Quy hoạch - Kiến trúc (re-saved through LibreOffice later)
def a3():
    fname = "SQHKT_BC CT38_2026.docx"
    date = dt.date(2026, 11, 24)
    rows = [
        ["Phòng Quản lý quy hoạch",
         ["- Góp ý 02 dự thảo: QCVN 01 về quy hoạch xây dựng (sửa đổi) và dự thảo quy chuẩn kỹ thuật địa phương về kiến trúc nhà ở riêng lẻ"],
         "Tham gia góp ý quy chuẩn kỹ thuật quốc gia, quy chuẩn kỹ thuật địa phương",
         "Đang triển khai"],
        ["Văn phòng Sở",
         ["- Sở được tái lập từ ngày 01/10/2025; đang xây dựng mới HTQLCL theo TCVN ISO 9001:2015, đã ban hành 14 quy trình"],
         "Xây dựng, áp dụng hệ thống quản lý chất lượng tại cơ quan",
         "Đang triển khai"],
        ["Văn phòng Sở",
         ["- Cử 04 công chức tham dự lớp tập huấn do Chi cục TĐC tổ chức tháng 6/2026"],
         "Tham gia tập huấn, cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng",
         "Đã hoàn thành"],
        ["—",
         ["Không phát sinh (không thuộc chức năng, nhiệm vụ của Sở)"],
         "Kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng sản phẩm, hàng hóa",
         "Không phát sinh"],
    ]
    diffs = ["Sở mới được tái lập, bộ máy và nhân sự đang kiện toàn nên việc xây dựng hệ thống quản lý chất lượng còn chậm."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cử chuyên gia hướng dẫn Sở xây dựng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015."]
    hand_a(fname, "SỞ QUY HOẠCH - KIẾN TRÚC", "Sở Quy hoạch - Kiến trúc", "Sở", "2340/BC-SQHKT", date,
           "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 về tiêu chuẩn, đo lường, chất lượng",
           "Thực hiện đề nghị của Sở Khoa học và Công nghệ tại Công văn số 3561/SKHCN-TĐC ngày 08 tháng 10 năm 2026, Sở Quy hoạch - Kiến trúc báo cáo như sau:",
           ["Sở đã phổ biến Kế hoạch đến các phòng chuyên môn; giao Văn phòng Sở theo dõi, tổng hợp."],
           rows, diffs, props, "Đặng Quốc Thịnh", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
           ["- Sở Khoa học và Công nghệ;", "- Lưu: VT, VP."])
    ents = [
        ("II.2.e", "in_progress", {"standards_reviewed": 2}, "Góp ý 02 dự thảo: QCVN 01 về quy hoạch xây dựng (sửa đổi) và dự thảo QCĐP về kiến trúc nhà ở riêng lẻ – Đang triển khai"),
        ("II.2.đ", "in_progress", {}, "Đang xây dựng mới HTQLCL theo TCVN ISO 9001:2015, đã ban hành 14 quy trình – Đang triển khai"),
        ("II.3.a", "completed", {"participants": 4}, "Cử 04 công chức tham dự lớp tập huấn do Chi cục TĐC tổ chức"),
        ("II.5.a", "not_applicable", {}, "Kiểm tra, giám sát về TĐC: Không phát sinh (không thuộc chức năng, nhiệm vụ của Sở)"),
    ]
    finish(fname, key(fname, "SO-QHKT", "Sở Quy hoạch - Kiến trúc", "2340/BC-SQHKT", date, ents, diffs, props))


# ---------------- A4 Sở Dân tộc và Tôn giáo – mistaken (giảm nghèo)
def a4():
    fname = "BC 1186-SDTTG.docx"
    date = dt.date(2026, 11, 17)
    rows = [
        ["Phòng Chính sách dân tộc",
         ["- Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế cho 1.240 hộ nghèo, cận nghèo đồng bào dân tộc thiểu số",
          "- Kinh phí đã giải ngân: 9.860.000.000đ"],
         "Hỗ trợ sinh kế, phát triển sản xuất vùng đồng bào dân tộc thiểu số", "Đang triển khai"],
        ["Phòng Chính sách dân tộc",
         ["- Hỗ trợ nhà ở cho 86 hộ nghèo; sửa chữa 41 căn nhà"],
         "Hỗ trợ nhà ở cho hộ nghèo đồng bào dân tộc thiểu số", "Đã hoàn thành"],
        ["Văn phòng Sở",
         ["- Tổ chức 05 lớp tập huấn nâng cao năng lực cho 312 cán bộ làm công tác dân tộc ở phường, xã"],
         "Nâng cao năng lực cán bộ thực hiện Chương trình", "Đã hoàn thành"],
        ["Phòng Tuyên truyền",
         ["- Cấp phát 2.400 cuốn tài liệu; 15 tin, bài về gương điển hình thoát nghèo"],
         "Truyền thông về giảm nghèo bền vững", "Đang triển khai"],
    ]
    diffs = ["Một số hộ nghèo là đồng bào dân tộc thiểu số di cư tự do, không có hộ khẩu thường trú nên khó thụ hưởng chính sách."]
    props = ["Đề nghị Ủy ban nhân dân Thành phố bổ sung kinh phí hỗ trợ nhà ở cho hộ nghèo đồng bào dân tộc thiểu số năm 2027."]
    hand_a(fname, "SỞ DÂN TỘC VÀ TÔN GIÁO", "Sở Dân tộc và Tôn giáo", "Sở", "1186/BC-SDTTG", date,
           "Kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững đối với vùng đồng bào dân tộc thiểu số trên địa bàn Thành phố năm 2026",
           "Thực hiện Công văn số 4412/SNV-LĐ ngày 22 tháng 10 năm 2026 của Sở Nội vụ về báo cáo kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2026, Sở Dân tộc và Tôn giáo báo cáo như sau:",
           ["Sở đã ban hành kế hoạch thực hiện các dự án thành phần của Chương trình đối với vùng đồng bào dân tộc thiểu số; phối hợp Ủy ban nhân dân các phường, xã có đông đồng bào dân tộc thiểu số rà soát danh sách hộ nghèo, cận nghèo."],
           rows, diffs, props, "Sơn Thị Ngọc Bích", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
           ["- Sở Nội vụ;", "- Ban Chỉ đạo giảm nghèo Thành phố;", "- Lưu: VT, CSDT."], plan_report=False,
           closing_to="Sở Nội vụ")
    k = key(fname, "SO-DTTG", "Sở Dân tộc và Tôn giáo", "1186/BC-SDTTG", date, [], [], [], status="rejected",
            reason="Báo cáo kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững vùng đồng bào dân tộc thiểu số (gửi Sở Nội vụ), không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW")
    finish(fname, k)


# ====================================================================== HAND B
# Lê Quang Vinh – phó trưởng phòng, older drafter of công văn replies. Answers only the
# contents where his agency is a partner: one short paragraph per content, lettered
# "a/ b/ c/", each opening with "Phối hợp với <lead> …"; plain numerals, no zero padding;
# status inside the last sentence; one closing sentence that the other contents have
# nothing to report; "Khó khăn, vướng mắc:" and "Kiến nghị:" as run-in lines.
def hand_b(fname, parent, unit_caps, unit_name, number, date, vv, kinh_gui, intro, items, closing,
           diffs, props, sign_role, signer, noi_nhan):
    d = new_doc(14)
    header_block(d, parent, unit_caps, "Số: " + number, date, extra_left="V/v " + vv)
    runs(d, [("Kính gửi: ", "b"), (kinh_gui, "")], indent=False).alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph()
    para(d, intro)
    for letter, text in items:
        runs(d, [(letter + "/ ", "b"), (text, "")])
    para(d, closing)
    if diffs:
        if len(diffs) == 1:
            runs(d, [("Khó khăn, vướng mắc: ", "b"), (diffs[0], "")])
        else:
            runs(d, [("Khó khăn, vướng mắc:", "b")])
            for x in diffs:
                para(d, "- " + x)
    else:
        runs(d, [("Khó khăn, vướng mắc: ", "b"), ("không có.", "")])
    if len(props) == 1:
        runs(d, [("Kiến nghị: ", "b"), (props[0], "")])
    else:
        runs(d, [("Kiến nghị:", "b")])
        for x in props:
            para(d, "- " + x)
    para(d, "%s báo cáo để Sở Khoa học và Công nghệ biết, tổng hợp./." % unit_name)
    signature(d, noi_nhan, sign_role, signer)
    d.save(os.path.join(OUT, fname))


def b1():
    fname = "6031-STP-PBGDPL.docx"
    date = dt.date(2026, 11, 19)
    items = [
        ("a", "Phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng trong việc góp ý, đề xuất sửa đổi, bổ sung văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng: trong năm, Sở Tư pháp đã thẩm định 2 dự thảo quyết định quy phạm pháp luật của Ủy ban nhân dân Thành phố có nội dung liên quan và có ý kiến đối với dự thảo Nghị định sửa đổi, bổ sung Nghị định số 119/2017/NĐ-CP khi được lấy ý kiến. Nội dung này Sở đã thực hiện xong."),
        ("b", "Phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng: Sở lồng ghép nội dung này vào 3 hội nghị phổ biến, giáo dục pháp luật cho doanh nghiệp với 410 lượt người tham dự; đăng 5 tin, bài trên Trang thông tin điện tử phổ biến, giáo dục pháp luật Thành phố. Sở đang tiếp tục phối hợp thực hiện đến hết năm."),
        ("c", "Phối hợp với Phòng Kiểm tra – Pháp chế (Sở Khoa học và Công nghệ) trong việc hướng dẫn áp dụng pháp luật về xử lý vi phạm hành chính, bảo vệ người tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng: năm 2026 không phát sinh yêu cầu phối hợp."),
    ]
    diffs = []
    props = ["Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu pháp luật chuyên đề về tiêu chuẩn, đo lường, chất lượng để Sở Tư pháp lồng ghép vào hoạt động phổ biến, giáo dục pháp luật năm 2027."]
    hand_b(fname, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "SỞ TƯ PHÁP", "Sở Tư pháp", "6031/STP-PBGDPL", date,
           "báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
           "Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.",
           "Sở Tư pháp nhận được Công văn số 3561/SKHCN-TĐC ngày 08/10/2026 của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Theo Kế hoạch, Sở Tư pháp tham gia phối hợp ở một số nội dung; Sở Tư pháp báo cáo các nội dung phối hợp như sau:",
           items,
           "Đối với các nội dung còn lại của Kế hoạch, Sở Tư pháp không có nội dung báo cáo do không được giao chủ trì hoặc phối hợp thực hiện.",
           diffs, props, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Lâm Thị Hồng Vân",
           ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, PBGDPL (Vinh)."])
    ents = [
        ("II.2.c", "completed", {}, items[0][1]),
        ("II.1.a", "in_progress", {"training_courses": 3, "participants": 410, "communications": 5}, items[1][1]),
        ("II.5.d", "not_applicable", {}, items[2][1]),
    ]
    finish(fname, key(fname, "SO-TP", "Sở Tư pháp", "6031/STP-PBGDPL", date, ents, diffs, props))


def b2():
    fname = "CV 2417 TTTP phoi hop CT38.docx"
    date = dt.date(2026, 11, 16)
    items = [
        ("a", "Phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng và Văn phòng Sở Khoa học và Công nghệ trong việc tiếp nhận, xử lý phản ánh, tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng và bảo vệ người tố giác: Thanh tra Thành phố đã tiếp nhận 3 đơn phản ánh về gian lận đo lường tại cửa hàng xăng dầu, chuyển cơ quan có thẩm quyền xử lý theo quy định, thông tin người phản ánh được giữ bí mật. Các đơn này đều đã được giải quyết xong."),
        ("b", "Phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng trong công tác kiểm tra: Thanh tra Thành phố cử 2 thanh tra viên tham gia 2 đoàn kiểm tra liên ngành về đo lường, chất lượng xăng dầu dịp cao điểm Tết Nguyên đán Bính Ngọ, kiểm tra 15 cơ sở. Nội dung này đã hoàn thành."),
        ("c", "Phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng trong việc áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan: Thanh tra Thành phố đang rà soát, cập nhật các quy trình tiếp công dân, giải quyết khiếu nại, tố cáo theo quy định mới; dự kiến công bố lại trong tháng 12/2026."),
    ]
    diffs = ["Một số đơn phản ánh không ghi rõ địa chỉ cơ sở kinh doanh, gây khó khăn cho việc xác minh."]
    props = ["Đề nghị Sở Khoa học và Công nghệ công khai đường dây nóng tiếp nhận phản ánh về gian lận đo lường trên Cổng thông tin điện tử của Sở."]
    hand_b(fname, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "THANH TRA THÀNH PHỐ", "Thanh tra Thành phố", "2417/TTTP-VP", date,
           "phối hợp thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
           "Sở Khoa học và Công nghệ.",
           "Phúc đáp đề nghị của Sở Khoa học và Công nghệ về việc báo cáo tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Thanh tra Thành phố báo cáo các nội dung có tham gia phối hợp như sau:",
           items,
           "Các nội dung khác của Kế hoạch không thuộc phạm vi phối hợp của Thanh tra Thành phố nên không có nội dung báo cáo.",
           diffs, props, ["KT. CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA"], "Võ Thành Công",
           ["- Như trên;", "- Chánh Thanh tra (để b/c);", "- Lưu: VT, VP (Vinh)."])
    ents = [
        ("II.5.d", "completed", {}, items[0][1]),
        ("II.5.a", "completed", {"inspections": 2, "establishments_inspected": 15}, items[1][1]),
        ("II.2.đ", "in_progress", {}, items[2][1]),
    ]
    finish(fname, key(fname, "THANHTRA-TP", "Thanh tra Thành phố", "2417/TTTP-VP", date, ents, diffs, props))


def b3():
    fname = "9904_SNV-CCVC.docx"
    date = dt.date(2026, 11, 25)
    items = [
        ("a", "Phối hợp với Phòng Quản lý Khoa học (Sở Khoa học và Công nghệ) trong việc thu hút chuyên gia theo Nghị quyết số 27/2023/NQ-HĐND và Quyết định số 05/2026/QĐ-UBND: Sở Nội vụ đã tiếp nhận, thẩm định 2 hồ sơ đề xuất thu hút chuyên gia trong lĩnh vực đo lường, thử nghiệm; hiện đang trình Ủy ban nhân dân Thành phố xem xét."),
        ("b", "Phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 1 hội thảo “Nâng cao năng suất khu vực công” ngày 09/9/2026 với 150 đại biểu là lãnh đạo các sở, ngành, phường, xã tham dự. Nội dung này đã hoàn thành."),
        ("c", "Phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng hướng dẫn, theo dõi việc áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại các cơ quan hành chính: Sở đã tổng hợp kết quả công bố hệ thống quản lý chất lượng của 38 cơ quan, đơn vị và 168 phường, xã, đặc khu vào kết quả chấm điểm cải cách hành chính năm 2026. Đã thực hiện xong."),
        ("d", "Phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng mở lớp bồi dưỡng kiến thức quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho công chức phường, xã, đặc khu: đã tổ chức 2 lớp với 264 học viên. Hoàn thành."),
    ]
    diffs = ["Việc thu hút chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng còn khó do mức thu nhập chưa cạnh tranh được với khu vực doanh nghiệp."]
    props = ["Đề nghị Sở Khoa học và Công nghệ sớm xác định danh mục vị trí cần thu hút chuyên gia về tiêu chuẩn, đo lường, chất lượng để Sở Nội vụ tổng hợp, tham mưu."]
    hand_b(fname, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "SỞ NỘI VỤ", "Sở Nội vụ", "9904/SNV-CCVC", date,
           "báo cáo nội dung phối hợp thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026",
           "Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.",
           "Thực hiện Công văn số 3561/SKHCN-TĐC ngày 08/10/2026 của Sở Khoa học và Công nghệ, Sở Nội vụ báo cáo kết quả các nội dung Sở tham gia phối hợp như sau:",
           items,
           "Các nội dung khác của Kế hoạch, Sở Nội vụ không được giao nên không có nội dung báo cáo.",
           diffs, props, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Nguyễn Hoàng Phúc",
           ["- Như trên;", "- Lưu: VT, CCVC (Vinh)."])
    ents = [
        ("II.3.c", "in_progress", {}, items[0][1]),
        ("II.6.b", "completed", {"training_courses": 1, "participants": 150}, items[1][1]),
        ("II.2.đ", "completed", {}, items[2][1]),
        ("II.3.a", "completed", {"training_courses": 2, "participants": 264}, items[3][1]),
    ]
    finish(fname, key(fname, "SO-NV", "Sở Nội vụ", "9904/SNV-CCVC", date, ents, diffs, props))


def b4():
    fname = "7715-VP-KSTT.docx"
    date = dt.date(2026, 11, 27)
    items = [
        ("a", "Phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng và Phòng Chuyển đổi số (Sở Khoa học và Công nghệ) kết nối Hệ thống thông tin giải quyết thủ tục hành chính Thành phố với Hệ thống thông tin giải quyết thủ tục hành chính của Bộ Khoa học và Công nghệ và Cổng thông tin một cửa quốc gia: đã hoàn tất kết nối, đồng bộ 46 thủ tục hành chính lĩnh vực tiêu chuẩn, đo lường, chất lượng từ tháng 3/2026."),
        ("b", "Phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng kết nối, chia sẻ dữ liệu với cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng qua Nền tảng tích hợp, chia sẻ dữ liệu của Thành phố (LGSP): Văn phòng đang phối hợp chạy thử kết nối, dự kiến hoàn thành trong Quý I/2027."),
        ("c", "Phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng theo dõi, đôn đốc việc duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Văn phòng Ủy ban nhân dân Thành phố: Văn phòng đã đánh giá nội bộ, xem xét của lãnh đạo và công bố lại hệ thống; nội dung này đã làm xong."),
    ]
    diffs = []
    props = ["Đề nghị Sở Khoa học và Công nghệ cập nhật, chuẩn hóa dữ liệu thủ tục hành chính lĩnh vực tiêu chuẩn, đo lường, chất lượng trên Cơ sở dữ liệu quốc gia về thủ tục hành chính kịp thời khi có thay đổi."]
    hand_b(fname, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "VĂN PHÒNG", "Văn phòng Ủy ban nhân dân Thành phố", "7715/VP-KSTT", date,
           "kết quả phối hợp thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ",
           "Sở Khoa học và Công nghệ.",
           "Văn phòng Ủy ban nhân dân Thành phố nhận được Công văn số 3561/SKHCN-TĐC ngày 08/10/2026 của Sở Khoa học và Công nghệ. Văn phòng báo cáo các nội dung có tham gia phối hợp như sau:",
           items,
           "Ngoài các nội dung trên, Văn phòng Ủy ban nhân dân Thành phố không có nội dung khác để báo cáo.",
           diffs, props, ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"], "Trần Thị Kim Loan",
           ["- Như trên;", "- Chánh Văn phòng (để b/c);", "- Lưu: VT, KSTT (Vinh)."])
    ents = [
        ("II.2.h", "completed", {}, items[0][1]),
        ("II.2.i", "in_progress", {}, items[1][1]),
        ("II.2.đ", "completed", {}, items[2][1]),
    ]
    finish(fname, key(fname, "VP-UBND", "Văn phòng Ủy ban nhân dân Thành phố", "7715/VP-KSTT", date, ents, diffs, props))


# ====================================================================== HAND C
# Phạm Ngọc Hân – chuyên viên phòng Kế hoạch – Tài chính. Runs last year's carry-over
# and this year's items together; every item heading ends with its source in parentheses
# "(KH 2026)" / "(chuyển tiếp KH 2025)"; under each heading "- Kết quả:" then an italic
# "- Tiến độ:" line; counts without zero padding, money "42,5 triệu đồng".
def hand_c(fname, unit_caps, unit_name, number, date, title2, intro, khaiquat, items, diffs, props,
           signer, sign_role, noi_nhan):
    d = new_doc(13)
    header_block(d, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", unit_caps, "Số: " + number, date)
    para(d, "BÁO CÁO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    para(d, title2, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    d.add_paragraph()
    para(d, intro)
    para(d, "I. KHÁI QUÁT", bold=True, indent=False)
    for t in khaiquat:
        para(d, t)
    para(d, "II. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for i, it in enumerate(items, 1):
        if "sub" in it:
            runs(d, [("%d. %s " % (i, it["head"]), "b")])
            for j, s in enumerate(it["sub"], 1):
                runs(d, [("%d.%d. %s " % (i, j, s["head"]), "i"), ("(%s)" % s["src"], "i")])
                para(d, "- Kết quả: " + s["kq"])
                p = para(d, "- Tiến độ: " + s["td"], italic=True)
        else:
            runs(d, [("%d. %s " % (i, it["head"]), "b"), ("(%s)" % it["src"], "bi")])
            para(d, "- Kết quả: " + it["kq"])
            para(d, "- Tiến độ: " + it["td"], italic=True)
    para(d, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in diffs:
        para(d, "- " + x)
    para(d, "IV. KIẾN NGHỊ", bold=True, indent=False)
    for x in props:
        para(d, "- " + x)
    para(d, "Trên đây là báo cáo kết quả thực hiện của %s./." % unit_name)
    signature(d, noi_nhan, sign_role, signer)
    d.save(os.path.join(OUT, fname))


def c1():
    fname = "BC 10274 SYT - TDC 2026.docx"
    date = dt.date(2026, 11, 21)
    items = [
        dict(head="Kiểm tra đo lường đối với phương tiện đo dùng trong khám bệnh, chữa bệnh", src="KH 2026",
             kq="Thanh tra Sở phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 14 cuộc tại 96 cơ sở khám bệnh, chữa bệnh (huyết áp kế, nhiệt kế y học, cân sức khỏe); phát hiện 7 cơ sở sử dụng phương tiện đo quá hạn kiểm định; xử phạt 42,5 triệu đồng.",
             td="đang thực hiện, tiếp tục kiểm tra trong tháng 12/2026."),
        dict(head="Kiểm định phương tiện đo tồn đọng tại bệnh viện công lập", src="chuyển tiếp KH 2025",
             kq="Hoàn thành kiểm định 1.240 phương tiện đo tại 11 bệnh viện công lập còn tồn từ năm 2025; thực hiện 2 cuộc kiểm tra bổ sung tại 9 cơ sở, 1 cơ sở vi phạm, xử phạt 7,5 triệu đồng.",
             td="đã hoàn thành trong Quý I/2026."),
        dict(head="Tập huấn về đo lường trong y tế", sub=[
            dict(head="Lớp tập huấn “Quản lý phương tiện đo trong cơ sở y tế”", src="chuyển tiếp KH 2025",
                 kq="Lớp học dời từ tháng 12/2025 sang ngày 12/3/2026, có 180 học viên là cán bộ thiết bị y tế của các bệnh viện.",
                 td="hoàn thành."),
            dict(head="Cử viên chức tham dự tập huấn nghiệp vụ", src="KH 2026",
                 kq="Cử 22 viên chức tham dự các lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức.",
                 td="hoàn thành."),
        ]),
        dict(head="Góp ý dự thảo quy chuẩn kỹ thuật về trang thiết bị y tế", src="KH 2026",
             kq="Góp ý 3 dự thảo QCVN về trang thiết bị y tế (máy X-quang chẩn đoán, máy thở, lồng ấp trẻ sơ sinh) theo đề nghị của Bộ Y tế.",
             td="hoàn thành."),
        dict(head="Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", src="KH 2026",
             kq="Sở và 27 đơn vị sự nghiệp trực thuộc duy trì, cải tiến hệ thống; hoàn thành đánh giá nội bộ tháng 8/2026.",
             td="hoàn thành."),
        dict(head="Tuyên truyền về đo lường, chất lượng trong ngành y tế", src="KH 2026",
             kq="Đăng 9 tin, bài trên Cổng thông tin điện tử Sở Y tế và trang của các bệnh viện.",
             td="đang thực hiện."),
    ]
    diffs = [
        "Nhiều phương tiện đo dùng trong y tế tại trạm y tế phường, xã đã cũ, không còn hồ sơ gốc, khó xác định chu kỳ kiểm định.",
        "Nội dung chuyển tiếp từ năm 2025 làm tăng khối lượng công việc trong Quý I/2026, ảnh hưởng đến tiến độ các nội dung năm 2026.",
    ]
    props = [
        "Đề nghị Sở Khoa học và Công nghệ chỉ đạo Chi cục Tiêu chuẩn Đo lường Chất lượng thông báo lịch kiểm định định kỳ phương tiện đo nhóm 2 cho các cơ sở y tế công lập ngay từ đầu năm.",
        "Đề nghị tách riêng các nội dung chuyển tiếp năm 2025 trong đề cương báo cáo năm 2027 để thuận tiện tổng hợp.",
    ]
    hand_c(fname, "SỞ Y TẾ", "Sở Y tế", "10274/BC-SYT", date,
           "Kết quả thực hiện nhiệm vụ về tiêu chuẩn, đo lường, chất lượng trong ngành y tế năm 2026 (Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 và các nội dung chuyển tiếp từ Kế hoạch năm 2025)",
           "Thực hiện Công văn số 3561/SKHCN-TĐC ngày 08/10/2026 của Sở Khoa học và Công nghệ, Sở Y tế báo cáo như sau:",
           ["Năm 2026, Sở Y tế thực hiện đồng thời các nội dung được giao tại Kế hoạch năm 2026 của Sở Khoa học và Công nghệ và một số nội dung chưa hoàn thành của Kế hoạch năm 2025 chuyển sang. Để thuận tiện theo dõi, mỗi nội dung dưới đây được ghi rõ thuộc kế hoạch năm nào."],
           items, diffs, props, "Lê Văn Thắng", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
           ["- Sở Khoa học và Công nghệ;", "- Chi cục TĐC;", "- Lưu: VT, KHTC (Hân)."])
    ents = [
        ("II.5.a", "in_progress", {"inspections": 14, "establishments_inspected": 96, "violations": 7, "fines_vnd": 42500000},
         "Kiểm tra 14 cuộc tại 96 cơ sở khám bệnh, chữa bệnh; 7 cơ sở vi phạm; xử phạt 42,5 triệu đồng – đang thực hiện"),
        ("II.3.a", "completed", {"participants": 22}, "Cử 22 viên chức tham dự các lớp tập huấn nghiệp vụ TĐC (KH 2026) – hoàn thành"),
        ("II.2.e", "completed", {"standards_reviewed": 3}, "Góp ý 3 dự thảo QCVN về trang thiết bị y tế – hoàn thành"),
        ("II.2.đ", "completed", {}, "Sở và 27 đơn vị trực thuộc duy trì, cải tiến hệ thống ISO 9001:2015 – hoàn thành"),
        ("II.1.a", "in_progress", {"communications": 9}, "Đăng 9 tin, bài trên Cổng thông tin điện tử Sở Y tế – đang thực hiện"),
    ]
    finish(fname, key(fname, "SO-YT", "Sở Y tế", "10274/BC-SYT", date, ents, diffs, props))


def c2():
    fname = "5583_BC-SGDDT.docx"
    date = dt.date(2026, 11, 23)
    items = [
        dict(head="Đưa nội dung tiêu chuẩn, đo lường, chất lượng vào hoạt động của trường trung cấp, cao đẳng", src="KH 2026",
             kq="Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 6 buổi tập huấn chuyên đề về tiêu chuẩn, đo lường, mã số mã vạch, truy xuất nguồn gốc tại 6 trường trung cấp, cao đẳng với 1.450 lượt học sinh, sinh viên tham dự.",
             td="đang thực hiện (tiếp tục trong học kỳ II năm học 2026-2027)."),
        dict(head="Biên soạn tài liệu tham khảo về tiêu chuẩn, đo lường, chất lượng cho trường nghề", src="chuyển tiếp KH 2025",
             kq="Nghiệm thu 2 bộ tài liệu tham khảo; phát hành cho 34 trường.",
             td="hoàn thành tháng 5/2026."),
        dict(head="Tuyên truyền trong trường học", src="KH 2026",
             kq="Phát hành 12 bản tin, bài viết về chất lượng sản phẩm, nhãn hàng hóa trên Cổng thông tin ngành giáo dục và trang của các trường.",
             td="hoàn thành."),
        dict(head="Kiểm tra chất lượng đồ chơi trẻ em, thiết bị dạy học", src="KH 2026",
             kq="Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng thành lập 5 đoàn kiểm tra tại 40 cơ sở giáo dục mầm non ngoài công lập; không phát hiện vi phạm.",
             td="hoàn thành."),
        dict(head="Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở", src="KH 2026",
             kq="Cập nhật quy trình giải quyết thủ tục hành chính theo bộ thủ tục mới; đánh giá nội bộ tháng 9/2026.",
             td="hoàn thành."),
    ]
    diffs = ["Thời lượng chương trình đào tạo tại các trường trung cấp, cao đẳng đã kín, khó bố trí thêm nội dung về tiêu chuẩn, đo lường, chất lượng."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ báo cáo viên và tài liệu cho các buổi tập huấn chuyên đề tại trường trong học kỳ II năm học 2026-2027."]
    hand_c(fname, "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo", "5583/BC-SGDĐT", date,
           "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trong ngành giáo dục và đào tạo",
           "Thực hiện Công văn số 3561/SKHCN-TĐC ngày 08/10/2026 của Sở Khoa học và Công nghệ, Sở Giáo dục và Đào tạo báo cáo như sau:",
           ["Từ năm 2025, Sở Giáo dục và Đào tạo tiếp nhận quản lý nhà nước về giáo dục nghề nghiệp; một số nội dung của Kế hoạch năm 2025 được tiếp tục thực hiện trong năm 2026 và được ghi chú tại từng mục."],
           items, diffs, props, "Hồ Thị Thanh Tâm", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
           ["- Sở Khoa học và Công nghệ;", "- Lưu: VT, KHTC (Hân)."])
    ents = [
        ("II.3.d", "in_progress", {"training_courses": 6, "participants": 1450},
         "6 buổi tập huấn chuyên đề tại 6 trường trung cấp, cao đẳng, 1.450 lượt học sinh, sinh viên – đang thực hiện"),
        ("II.1.a", "completed", {"communications": 12}, "Phát hành 12 bản tin, bài viết về chất lượng sản phẩm, nhãn hàng hóa – hoàn thành"),
        ("II.5.a", "completed", {"inspections": 5, "establishments_inspected": 40},
         "5 đoàn kiểm tra tại 40 cơ sở giáo dục mầm non ngoài công lập; không phát hiện vi phạm – hoàn thành"),
        ("II.2.đ", "completed", {}, "Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở – hoàn thành"),
    ]
    finish(fname, key(fname, "SO-GDDT", "Sở Giáo dục và Đào tạo", "5583/BC-SGDĐT", date, ents, diffs, props))


def c4():
    fname = "BC 3719-SVHTT (TDC).docx"
    date = dt.date(2026, 11, 28)
    items = [
        dict(head="Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên báo chí, phát thanh, truyền hình", src="KH 2026",
             kq="Chỉ đạo các cơ quan báo chí đăng, phát tổng cộng 20 tin, bài, phóng sự (18 tin, bài và 2 phóng sự) về Ngày Tiêu chuẩn thế giới, Ngày Đo lường Việt Nam và Giải thưởng Chất lượng Quốc gia.",
             td="đang thực hiện."),
        dict(head="Cụm pano tuyên truyền Ngày Tiêu chuẩn thế giới", src="chuyển tiếp KH 2025",
             kq="Duy trì 15 pano tại các tuyến đường trung tâm đến hết tháng 02/2026.",
             td="đã kết thúc."),
        dict(head="Kiểm tra việc áp dụng tiêu chuẩn, quy chuẩn đối với trang thiết bị tại cơ sở kinh doanh hoạt động thể thao", src="KH 2026",
             kq="Thanh tra Sở kiểm tra 3 cuộc tại 24 cơ sở (bể bơi, phòng tập thể hình), 5 cơ sở vi phạm, xử phạt 18 triệu đồng.",
             td="đang thực hiện."),
        dict(head="Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", src="KH 2026",
             kq="Sở đã công bố lại hệ thống sau khi hợp nhất, áp dụng cho toàn bộ thủ tục hành chính thuộc thẩm quyền.",
             td="hoàn thành."),
        dict(head="Cử công chức tham dự tập huấn nghiệp vụ", src="KH 2026",
             kq="Cử 6 công chức tham dự lớp tập huấn do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức.",
             td="hoàn thành."),
    ]
    diffs = ["Kinh phí tuyên truyền chuyên đề về tiêu chuẩn, đo lường, chất lượng chưa được bố trí riêng."]
    props = ["Đề nghị Sở Khoa học và Công nghệ cung cấp tư liệu, hình ảnh tuyên truyền để các cơ quan báo chí khai thác."]
    hand_c(fname, "SỞ VĂN HÓA VÀ THỂ THAO", "Sở Văn hóa và Thể thao", "3719/BC-SVHTT", date,
           "Kết quả thực hiện nhiệm vụ tiêu chuẩn, đo lường, chất lượng năm 2026",
           "Theo đề nghị của Sở Khoa học và Công nghệ tại Công văn số 3561/SKHCN-TĐC ngày 08/10/2026, Sở Văn hóa và Thể thao báo cáo như sau:",
           ["Sở Văn hóa và Thể thao thực hiện các nội dung của Kế hoạch năm 2026 theo chức năng quản lý nhà nước về báo chí, thông tin cơ sở và thể dục thể thao; một nội dung của năm 2025 được duy trì sang đầu năm 2026."],
           items, diffs, props, "Nguyễn Thị Mai Phương", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
           ["- Sở Khoa học và Công nghệ;", "- Lưu: VT, KHTC (Hân)."])
    ents = [
        ("II.1.a", "in_progress", {"communications": 20}, "Đăng, phát tổng cộng 20 tin, bài, phóng sự – đang thực hiện"),
        ("II.5.a", "in_progress", {"inspections": 3, "establishments_inspected": 24, "violations": 5, "fines_vnd": 18000000},
         "Kiểm tra 3 cuộc tại 24 cơ sở, 5 cơ sở vi phạm, xử phạt 18 triệu đồng – đang thực hiện"),
        ("II.2.đ", "completed", {}, "Công bố lại hệ thống ISO 9001:2015 sau khi hợp nhất – hoàn thành"),
        ("II.3.a", "completed", {"participants": 6}, "Cử 6 công chức tham dự lớp tập huấn do Chi cục TĐC tổ chức – hoàn thành"),
    ]
    finish(fname, key(fname, "SO-VHTT", "Sở Văn hóa và Thể thao", "3719/BC-SVHTT", date, ents, diffs, props))


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def put(ws, ref, val, bold=False, italic=False, align=None, border=False, size=None, fmt=None, fill=None):
    c = ws[ref]
    c.value = nfc(val) if isinstance(val, str) else val
    c.font = Font(name="Times New Roman", bold=bold, italic=italic, size=size or 12)
    c.alignment = align or WRAP
    if border:
        c.border = BOX
    if fmt:
        c.number_format = fmt
    if fill:
        c.fill = PatternFill("solid", fgColor=fill)
    return c


def c3():
    """Hand C in Excel: Sở An toàn thực phẩm – one sheet with a 'Nguồn nhiệm vụ' column."""
    fname = "842-BC-SATTP.xlsx"
    date = dt.date(2026, 11, 26)
    wb = Workbook()
    ws = wb.active
    ws.title = "BC CT38"
    for col, w in zip("ABCDE", (6, 42, 16, 52, 18)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:B1"); put(ws, "A1", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", align=CENTER, size=11)
    ws.merge_cells("A2:B2"); put(ws, "A2", "SỞ AN TOÀN THỰC PHẨM", bold=True, align=CENTER)
    ws.merge_cells("C1:E1"); put(ws, "C1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align=CENTER, size=11)
    ws.merge_cells("C2:E2"); put(ws, "C2", "Độc lập - Tự do - Hạnh phúc", bold=True, align=CENTER)
    ws.merge_cells("A4:B4"); put(ws, "A4", "Số: 842/BC-SATTP", align=CENTER)
    ws.merge_cells("C4:E4"); put(ws, "C4", "Thành phố Hồ Chí Minh, ngày 26 tháng 11 năm 2026", italic=True, align=CENTER)
    ws.merge_cells("A6:E6"); put(ws, "A6", "BÁO CÁO", bold=True, align=CENTER, size=14)
    ws.merge_cells("A7:E7"); put(ws, "A7", "Kết quả thực hiện nhiệm vụ tiêu chuẩn, đo lường, chất lượng năm 2026 (Kế hoạch Chỉ thị 38-CT/TW năm 2026 và nội dung chuyển tiếp Kế hoạch năm 2025)", bold=True, align=CENTER)
    ws.row_dimensions[7].height = 34
    hdr = ["STT", "Nội dung công việc", "Nguồn nhiệm vụ", "Kết quả thực hiện", "Tiến độ"]
    for i, h in enumerate(hdr):
        put(ws, "%s9" % "ABCDE"[i], h, bold=True, align=CENTER, border=True, fill="DDEBF7")
    rows = [
        ("1", "Hỗ trợ cơ sở sản xuất, kinh doanh thực phẩm áp dụng truy xuất nguồn gốc (Đề án 100)", "KH 2026",
         "Hướng dẫn, hỗ trợ 35 cơ sở áp dụng hệ thống truy xuất nguồn gốc; cấp tem truy xuất điện tử cho 120 sản phẩm.", "Đang thực hiện"),
        ("2", "Xây dựng phần mềm truy xuất nguồn gốc thực phẩm tươi sống", "KH 2025 chuyển sang",
         "Đã nghiệm thu, đưa vào vận hành tháng 6/2026; kinh phí thực hiện 1.150.000.000 đồng.", "Hoàn thành"),
        ("3", "Lấy mẫu giám sát chất lượng thực phẩm lưu thông trên thị trường", "KH 2026",
         "Lấy 420 mẫu thực phẩm gửi thử nghiệm; 17 mẫu không đạt, đã thông báo cơ quan chức năng xử lý.", "Hoàn thành"),
        ("4", "Phối hợp kiểm tra nhãn hàng hóa, chất lượng thực phẩm bao gói sẵn", "KH 2026",
         "21 cuộc kiểm tra tại 87 cơ sở; 13 cơ sở vi phạm; phạt tiền 96.250.000 đồng.", "Đang thực hiện"),
        ("5", "Kiểm tra cao điểm Tết Nguyên đán Bính Ngọ 2026", "KH 2025 chuyển sang",
         "Thực hiện tháng 01/2026: 6 cuộc kiểm tra tại 28 cơ sở.", "Hoàn thành"),
        ("6", "Cử công chức tham dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng", "KH 2026",
         "Cử 9 công chức tham dự.", "Hoàn thành"),
    ]
    r = 10
    for row in rows:
        for i, v in enumerate(row):
            put(ws, "%s%d" % ("ABCDE"[i], r), v, border=True, align=CENTER if i in (0, 2, 4) else WRAP)
        r += 1
    diffs = ["Nhiều cơ sở nhỏ lẻ chưa đủ điều kiện về hạ tầng công nghệ thông tin để áp dụng truy xuất nguồn gốc điện tử."]
    props = ["Đề nghị Sở Khoa học và Công nghệ thống nhất danh mục dữ liệu truy xuất nguồn gốc dùng chung để liên thông với hệ thống của Sở An toàn thực phẩm."]
    r += 1
    put(ws, "A%d" % r, "III", bold=True); put(ws, "B%d" % r, "Khó khăn, vướng mắc", bold=True); r += 1
    for x in diffs:
        ws.merge_cells("B%d:E%d" % (r, r)); put(ws, "B%d" % r, "- " + x); ws.row_dimensions[r].height = 32; r += 1
    put(ws, "A%d" % r, "IV", bold=True); put(ws, "B%d" % r, "Đề xuất, kiến nghị", bold=True); r += 1
    for x in props:
        ws.merge_cells("B%d:E%d" % (r, r)); put(ws, "B%d" % r, "- " + x); ws.row_dimensions[r].height = 32; r += 1
    r += 1
    ws.merge_cells("D%d:E%d" % (r, r)); put(ws, "D%d" % r, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", bold=True, align=CENTER)
    ws.row_dimensions[r].height = 32
    ws.merge_cells("D%d:E%d" % (r + 4, r + 4)); put(ws, "D%d" % (r + 4), "Phan Văn Lộc", bold=True, align=CENTER)
    put(ws, "A%d" % (r + 6), "Người lập: Phạm Ngọc Hân", italic=True, align=Alignment(horizontal="left"))
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fname))
    ents = [
        ("II.2.a", "in_progress", {"enterprises_supported": 35}, "Hướng dẫn, hỗ trợ 35 cơ sở áp dụng hệ thống truy xuất nguồn gốc – Đang thực hiện"),
        ("II.5.b", "completed", {"samples_tested": 420}, "Lấy 420 mẫu thực phẩm gửi thử nghiệm; 17 mẫu không đạt – Hoàn thành"),
        ("II.5.a", "in_progress", {"inspections": 21, "establishments_inspected": 87, "violations": 13, "fines_vnd": 96250000},
         "21 cuộc kiểm tra tại 87 cơ sở; 13 cơ sở vi phạm; phạt tiền 96.250.000 đồng – Đang thực hiện"),
        ("II.3.a", "completed", {"participants": 9}, "Cử 9 công chức tham dự tập huấn nghiệp vụ TĐC – Hoàn thành"),
    ]
    finish(fname, key(fname, "SO-ATTP", "Sở An toàn thực phẩm", "842/BC-SATTP", date, ents, diffs, props))


# ====================================================================== HAND D
# Võ Minh Khoa – kế toán kiêm tổng hợp ở đơn vị sự nghiệp / phòng KHTC. Workbook:
# sheet "BaoCao" = one bold task row carrying "Tình trạng", then one row per figure
# (Chỉ tiêu | ĐVT | Số lượng as real numbers, money "#,##0") with a "GC" column of
# "(1)", "(2)" pointing into sheet "Ghi chú", which holds the numbered figure notes and
# then "KHÓ KHĂN, VƯỚNG MẮC" and "ĐỀ XUẤT, KIẾN NGHỊ" lists.  Date as a real Excel date.
def hand_d(fname, unit_caps, parent, number, date, title, tasks, notes, diffs, props, signer, sign_role):
    wb = Workbook()
    ws = wb.active
    ws.title = "BaoCao"
    for col, w in zip("ABCDEFG", (6, 46, 34, 12, 16, 16, 6)):
        ws.column_dimensions[col].width = w
    put(ws, "A1", parent, size=11, align=Alignment(horizontal="left"))
    put(ws, "A2", unit_caps, bold=True, align=Alignment(horizontal="left"))
    put(ws, "A3", "Số: " + number, align=Alignment(horizontal="left"))
    put(ws, "E2", "Ngày báo cáo:", italic=True, align=Alignment(horizontal="right"))
    c = put(ws, "F2", dt.datetime(date.year, date.month, date.day), fmt="dd/mm/yyyy", align=Alignment(horizontal="left"))
    ws.merge_cells("A5:G5"); put(ws, "A5", title, bold=True, align=CENTER, size=13)
    ws.row_dimensions[5].height = 36
    hdr = ["STT", "Nội dung công việc", "Chỉ tiêu", "ĐVT", "Số lượng", "Tình trạng", "GC"]
    for i, h in enumerate(hdr):
        put(ws, "%s7" % "ABCDEFG"[i], h, bold=True, align=CENTER, border=True, fill="E2EFDA")
    r = 8
    for n, t in enumerate(tasks, 1):
        put(ws, "A%d" % r, n, bold=True, align=CENTER, border=True)
        put(ws, "B%d" % r, t["name"], bold=True, border=True)
        for col in "CDE":
            put(ws, "%s%d" % (col, r), None, border=True)
        put(ws, "F%d" % r, t["status"], border=True, align=CENTER)
        put(ws, "G%d" % r, t.get("gc"), border=True, align=CENTER)
        r += 1
        for fig in t.get("figs", []):
            label, dvt, val = fig[:3]
            gc = fig[3] if len(fig) > 3 else None
            put(ws, "A%d" % r, None, border=True)
            put(ws, "B%d" % r, None, border=True)
            put(ws, "C%d" % r, "- " + label, border=True)
            put(ws, "D%d" % r, dvt, border=True, align=CENTER)
            put(ws, "E%d" % r, val, border=True, fmt="#,##0", align=Alignment(horizontal="right"))
            put(ws, "F%d" % r, None, border=True)
            put(ws, "G%d" % r, gc, border=True, align=CENTER)
            r += 1
    r += 1
    put(ws, "A%d" % r, "Ghi chú: các ký hiệu (1), (2)… ở cột GC xem tại sheet \"Ghi chú\".", italic=True, align=Alignment(horizontal="left"))
    r += 2
    ws.merge_cells("E%d:G%d" % (r, r)); put(ws, "E%d" % r, sign_role, bold=True, align=CENTER)
    ws.row_dimensions[r].height = 32
    put(ws, "B%d" % r, "NGƯỜI LẬP BIỂU", bold=True, align=CENTER)
    ws.merge_cells("E%d:G%d" % (r + 4, r + 4)); put(ws, "E%d" % (r + 4), signer, bold=True, align=CENTER)
    put(ws, "B%d" % (r + 4), "Võ Minh Khoa", bold=True, align=CENTER)
    ws.freeze_panes = "A8"
    ws.print_title_rows = "7:7"

    wn = wb.create_sheet("Ghi chú")
    wn.column_dimensions["A"].width = 8
    wn.column_dimensions["B"].width = 110
    rr = 1
    put(wn, "A%d" % rr, "GHI CHÚ SỐ LIỆU", bold=True, align=Alignment(horizontal="left")); rr += 1
    for tag, text in notes:
        put(wn, "A%d" % rr, tag, align=CENTER); put(wn, "B%d" % rr, text); rr += 1
    rr += 1
    put(wn, "A%d" % rr, "KHÓ KHĂN, VƯỚNG MẮC", bold=True, align=Alignment(horizontal="left")); rr += 1
    if not diffs:
        put(wn, "B%d" % rr, "Không có."); rr += 1
    for i, x in enumerate(diffs, 1):
        put(wn, "A%d" % rr, "%d." % i, align=CENTER); put(wn, "B%d" % rr, x); rr += 1
    rr += 1
    put(wn, "A%d" % rr, "ĐỀ XUẤT, KIẾN NGHỊ", bold=True, align=Alignment(horizontal="left")); rr += 1
    for i, x in enumerate(props, 1):
        put(wn, "A%d" % rr, "%d." % i, align=CENTER); put(wn, "B%d" % rr, x); rr += 1
    wb.save(os.path.join(OUT, fname))


def d1():
    fname = "STC_BC_CT38_8120.xlsx"
    date = dt.date(2026, 11, 20)
    tasks = [
        dict(name="Bố trí, giải ngân kinh phí đầu tư cơ sở vật chất, trang thiết bị cho đơn vị sự nghiệp công lập thuộc Sở Khoa học và Công nghệ",
             status="Đang thực hiện", figs=[("Kinh phí đã giải ngân", "đồng", 14280000000, "(1)")]),
        dict(name="Thẩm định danh mục, dự toán mua sắm phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra (Nghị định 135/2021/NĐ-CP)",
             status="Chưa thực hiện", gc="(2)"),
        dict(name="Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở Tài chính", status="Hoàn thành"),
        dict(name="Cử công chức tham dự tập huấn về tiêu chuẩn, đo lường, chất lượng", status="Hoàn thành",
             figs=[("Số lượt công chức tham dự", "lượt người", 5)]),
    ]
    notes = [("(1)", "Số giải ngân tính đến ngày 15/11/2026, gồm vốn đầu tư công và kinh phí mua sắm thường xuyên của Trung tâm Dịch vụ Phân tích thí nghiệm."),
             ("(2)", "Đến thời điểm báo cáo, Sở Tài chính chưa nhận được hồ sơ đề nghị thẩm định của Chi cục Tiêu chuẩn Đo lường Chất lượng.")]
    diffs = ["Một số gói thầu mua sắm thiết bị phân tích có giá trị lớn phải đấu thầu quốc tế nên tiến độ giải ngân chậm."]
    props = ["Đề nghị Trung tâm Dịch vụ Phân tích thí nghiệm đẩy nhanh thủ tục nghiệm thu để giải ngân dứt điểm trong tháng 12/2026."]
    hand_d(fname, "SỞ TÀI CHÍNH", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "8120/BC-STC", date,
           "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026 (phần việc của Sở Tài chính)",
           tasks, notes, diffs, props, "Đỗ Quang Huy", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
    ents = [
        ("II.4.a", "in_progress", {"budget_spent_vnd": 14280000000}, "Giải ngân kinh phí đầu tư cơ sở vật chất, trang thiết bị: 14.280.000.000 đồng – Đang thực hiện"),
        ("II.4.b", "not_started", {}, "Thẩm định dự toán mua sắm phương tiện, thiết bị kỹ thuật nghiệp vụ (NĐ 135/2021) – Chưa thực hiện"),
        ("II.2.đ", "completed", {}, "Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 – Hoàn thành"),
        ("II.3.a", "completed", {"participants": 5}, "Số lượt công chức tham dự tập huấn: 5 – Hoàn thành"),
    ]
    finish(fname, key(fname, "SO-TC", "Sở Tài chính", "8120/BC-STC", date, ents, diffs, props))


def d2():
    fname = "BC 6675-SNNMT CT38.xlsx"
    date = dt.date(2026, 11, 19)
    tasks = [
        dict(name="Triển khai truy xuất nguồn gốc nông sản, thủy sản theo Đề án 100", status="Đang thực hiện",
             figs=[("Cơ sở được hỗ trợ áp dụng truy xuất nguồn gốc", "cơ sở", 58)]),
        dict(name="Kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi, giống cây trồng", status="Đang thực hiện",
             figs=[("Số cuộc kiểm tra", "cuộc", 47), ("Số cơ sở được kiểm tra", "cơ sở", 212),
                   ("Số cơ sở vi phạm", "cơ sở", 29), ("Tiền xử phạt", "đồng", 1384000000, "(1)")]),
        dict(name="Lấy mẫu kiểm tra chất lượng vật tư nông nghiệp lưu thông", status="Hoàn thành",
             figs=[("Số mẫu lấy, thử nghiệm", "mẫu", 336, "(2)")]),
        dict(name="Góp ý dự thảo TCVN, QCVN ngành nông nghiệp và môi trường", status="Hoàn thành",
             figs=[("Số dự thảo đã góp ý", "dự thảo", 7)]),
        dict(name="Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở", status="Hoàn thành"),
    ]
    notes = [("(1)", "Tiền xử phạt gồm cả các quyết định xử phạt do Thanh tra Sở và Chi cục Trồng trọt và Bảo vệ thực vật ban hành."),
             ("(2)", "Gồm 198 mẫu phân bón và 138 mẫu thức ăn chăn nuôi.")]
    diffs = ["Lực lượng thanh tra chuyên ngành mỏng trong khi địa bàn Thành phố mở rộng sau hợp nhất.",
             "Chi phí phân tích mẫu phân bón, thức ăn chăn nuôi cao, dự toán năm 2026 chỉ đáp ứng khoảng 70% nhu cầu."]
    props = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ dữ liệu các tổ chức thử nghiệm được chỉ định trên địa bàn Thành phố.",
             "Đề nghị Ủy ban nhân dân Thành phố bổ sung kinh phí lấy mẫu kiểm tra chất lượng vật tư nông nghiệp năm 2027."]
    hand_d(fname, "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "6675/BC-SNNMT", date,
           "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
           tasks, notes, diffs, props, "Cao Minh Triết", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
    ents = [
        ("II.2.a", "in_progress", {"enterprises_supported": 58}, "Cơ sở được hỗ trợ áp dụng truy xuất nguồn gốc: 58 – Đang thực hiện"),
        ("II.5.a", "in_progress", {"inspections": 47, "establishments_inspected": 212, "violations": 29, "fines_vnd": 1384000000},
         "Kiểm tra chất lượng vật tư nông nghiệp: 47 cuộc, 212 cơ sở, 29 vi phạm, phạt 1.384.000.000 đồng – Đang thực hiện"),
        ("II.5.b", "completed", {"samples_tested": 336}, "Lấy mẫu kiểm tra chất lượng vật tư nông nghiệp: 336 mẫu – Hoàn thành"),
        ("II.2.e", "completed", {"standards_reviewed": 7}, "Góp ý 7 dự thảo TCVN, QCVN – Hoàn thành"),
        ("II.2.đ", "completed", {}, "Duy trì HTQLCL TCVN ISO 9001:2015 – Hoàn thành"),
    ]
    finish(fname, key(fname, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "6675/BC-SNNMT", date, ents, diffs, props))


def d3():
    fname = "TT DVPTTN - BC CT38 nam 2026.xlsx"
    date = dt.date(2026, 11, 17)
    tasks = [
        dict(name="Đầu tư, hiện đại hóa trang thiết bị thử nghiệm, kiểm định, hiệu chuẩn", status="Đang thực hiện",
             figs=[("Kinh phí đã giải ngân", "đồng", 6845000000, "(1)")]),
        dict(name="Duy trì chuẩn đo lường, liên kết chuẩn đến chuẩn quốc gia", status="Hoàn thành",
             figs=[("Chuẩn đo lường được hiệu chuẩn, liên kết", "chuẩn", 18)]),
        dict(name="Cung cấp dịch vụ kiểm định, hiệu chuẩn, thử nghiệm cho tổ chức, doanh nghiệp", status="Đang thực hiện",
             figs=[("Phương tiện đo được kiểm định, hiệu chuẩn", "phương tiện", 48620, "(2)"),
                   ("Mẫu thử nghiệm", "mẫu", 6215)]),
        dict(name="Phối hợp Chi cục TĐC tổ chức tập huấn văn bản pháp luật về tiêu chuẩn, đo lường, chất lượng cho doanh nghiệp", status="Hoàn thành",
             figs=[("Số lớp", "lớp", 2), ("Số học viên", "lượt người", 145)]),
        dict(name="Thử nghiệm mẫu khảo sát chất lượng sản phẩm, hàng hóa cho Chi cục TĐC", status="Hoàn thành",
             figs=[("Số mẫu thử nghiệm", "mẫu", 310)]),
    ]
    notes = [("(1)", "Số giải ngân đến ngày 10/11/2026, gồm hệ thống sắc ký khí khối phổ và bộ chuẩn áp suất."),
             ("(2)", "Số lũy kế từ 01/01/2026 đến 10/11/2026 theo phần mềm quản lý kiểm định.")]
    diffs = ["Nhiều thiết bị thử nghiệm đã sử dụng trên 10 năm, chi phí bảo trì, sửa chữa lớn."]
    props = ["Đề nghị Sở Khoa học và Công nghệ ưu tiên bố trí vốn đầu tư công giai đoạn 2026–2030 cho dự án nâng cấp phòng thử nghiệm điện – điện tử."]
    hand_d(fname, "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH",
           "SỞ KHOA HỌC VÀ CÔNG NGHỆ THÀNH PHỐ HỒ CHÍ MINH", "512/BC-TTDVPTTN", date,
           "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
           tasks, notes, diffs, props, "Phạm Thị Thu Hà", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
    ents = [
        ("II.4.a", "in_progress", {"budget_spent_vnd": 6845000000}, "Kinh phí đã giải ngân đầu tư trang thiết bị: 6.845.000.000 đồng – Đang thực hiện"),
        ("II.4.c", "completed", {"instruments_verified": 18}, "Chuẩn đo lường được hiệu chuẩn, liên kết: 18 chuẩn – Hoàn thành"),
        ("II.2.g", "in_progress", {"instruments_verified": 48620, "samples_tested": 6215},
         "Kiểm định, hiệu chuẩn 48.620 phương tiện đo; thử nghiệm 6.215 mẫu – Đang thực hiện"),
        ("II.1.a", "completed", {"training_courses": 2, "participants": 145}, "Phối hợp tổ chức 2 lớp tập huấn, 145 học viên – Hoàn thành"),
        ("II.5.b", "completed", {"samples_tested": 310}, "Thử nghiệm 310 mẫu khảo sát chất lượng cho Chi cục TĐC – Hoàn thành"),
    ]
    finish(fname, key(fname, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
                      "512/BC-TTDVPTTN", date, ents, diffs, props))


def d4():
    fname = "TTCNTT-DKG_BC_CT38.xlsx"
    date = dt.date(2026, 11, 25)
    tasks = [
        dict(name="Kết nối, tích hợp dữ liệu tiêu chuẩn, đo lường, chất lượng của Thành phố với cơ sở dữ liệu quốc gia", status="Đang thực hiện", gc="(1)"),
        dict(name="Đăng tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử Sở", status="Hoàn thành",
             figs=[("Số tin, bài đã đăng", "tin, bài", 24)]),
        dict(name="Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Trung tâm", status="Hoàn thành"),
        dict(name="Cử viên chức tham dự tập huấn chuyên môn về tiêu chuẩn, đo lường, chất lượng", status="Chưa thực hiện", gc="(2)"),
    ]
    notes = [("(1)", "Đã hoàn thành kết nối thử nghiệm qua nền tảng LGSP; đang chờ đặc tả API chính thức."),
             ("(2)", "Chưa bố trí được nhân sự do Trung tâm đang triển khai nhiều dự án chuyển đổi số cuối năm.")]
    diffs = ["Cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng chưa công bố đầy đủ tài liệu đặc tả kỹ thuật giao diện kết nối (API)."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng làm đầu mối đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia cung cấp tài liệu đặc tả kết nối."]
    hand_d(fname, "TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ ĐỊA KHÔNG GIAN THÀNH PHỐ HỒ CHÍ MINH",
           "SỞ KHOA HỌC VÀ CÔNG NGHỆ THÀNH PHỐ HỒ CHÍ MINH", "301/BC-TTCNTTĐKG", date,
           "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026",
           tasks, notes, diffs, props, "Lý Hoàng Nam", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
    ents = [
        ("II.2.i", "in_progress", {}, "Kết nối, tích hợp dữ liệu TĐC với cơ sở dữ liệu quốc gia – Đang thực hiện"),
        ("II.1.a", "completed", {"communications": 24}, "Đăng 24 tin, bài tuyên truyền trên Cổng thông tin điện tử Sở – Hoàn thành"),
        ("II.2.đ", "completed", {}, "Duy trì HTQLCL TCVN ISO 9001:2015 tại Trung tâm – Hoàn thành"),
        ("II.3.a", "not_started", {}, "Cử viên chức tham dự tập huấn chuyên môn về TĐC – Chưa thực hiện"),
    ]
    finish(fname, key(fname, "SKHCN-TTCNTT", "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh",
                      "301/BC-TTCNTTĐKG", date, ents, diffs, props))


def d5():
    fname = "SDL_BC_1944_CDS.xlsx"
    date = dt.date(2026, 11, 22)
    tasks = [
        dict(name="Vận hành ứng dụng du lịch thông minh và hệ thống trợ lý ảo (chatbot) cho du khách", status="Hoàn thành",
             figs=[("Lượt tải ứng dụng", "lượt", 186400), ("Lượt hỏi đáp qua chatbot", "lượt", 512300)]),
        dict(name="Số hóa điểm đến, xây dựng bản đồ du lịch số", status="Đang thực hiện",
             figs=[("Điểm đến đã số hóa (thực tế ảo 360°)", "điểm", 126, "(1)")]),
        dict(name="Kết nối dữ liệu lưu trú du lịch với hệ thống quản lý của Thành phố", status="Đang thực hiện",
             figs=[("Cơ sở lưu trú đã kết nối", "cơ sở", 2318)]),
        dict(name="Tập huấn kỹ năng số cho doanh nghiệp, người lao động ngành du lịch", status="Hoàn thành",
             figs=[("Số lớp", "lớp", 8), ("Số học viên", "lượt người", 960)]),
    ]
    notes = [("(1)", "Gồm 98 điểm của Kế hoạch năm 2026 và 28 điểm bổ sung theo đề xuất của các phường, xã.")]
    diffs = ["Dữ liệu lưu trú của nhiều cơ sở nhỏ còn nhập thủ công, chưa đồng bộ với hệ thống khai báo lưu trú."]
    props = ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ kết nối Kho dữ liệu du lịch với Nền tảng tích hợp, chia sẻ dữ liệu của Thành phố."]
    hand_d(fname, "SỞ DU LỊCH", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "1944/BC-SDL", date,
           "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ NGÀNH DU LỊCH NĂM 2026",
           tasks, notes, diffs, props, "Bùi Thị Ngọc Hạnh", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
    k = key(fname, "SO-DL", "Sở Du lịch", "1944/BC-SDL", date, [], [], [], status="rejected",
            reason="Báo cáo kết quả thực hiện Kế hoạch chuyển đổi số ngành du lịch năm 2026, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW")
    finish(fname, k)


# ---------------------------------------------------------------- LibreOffice re-save
def lo_resave(fname, fmt):
    src = os.path.join(OUT, fname)
    tmp = tempfile.mkdtemp()
    shutil.copy(src, os.path.join(tmp, "in." + fmt))
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", os.path.join(tmp, "out"),
                    os.path.join(tmp, "in." + fmt)], check=True, capture_output=True, timeout=180)
    shutil.copy(os.path.join(tmp, "out", "in." + fmt), src)
    shutil.rmtree(tmp)


def main():
    for f in (a1, a2, a3, a4, b1, b2, b3, b4, c1, c2, c3, c4, d1, d2, d3, d4, d5):
        f()
    lo_resave("SQHKT_BC CT38_2026.docx", "docx")
    lo_resave("TTCNTT-DKG_BC_CT38.xlsx", "xlsx")
    for fname, k in REPORTS:
        with open(os.path.join(OUT, fname), "rb") as fh:
            k["sha256"] = hashlib.sha256(fh.read()).hexdigest()
        with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)
    print(len(REPORTS), "files")


if __name__ == "__main__":
    main()
