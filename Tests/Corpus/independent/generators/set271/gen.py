# -*- coding: utf-8 -*-
"""Generator for set271: 17 report files in five hands, plus answer keys (sha256 filled by finalize.py)."""
import json, os, unicodedata
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {}


def key(fname, unit, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit[0], "name": unit[1]},
        "document": {"number": number, "date": date},
        "entries": [{"task": t, "status": s, "indicators": ind, "text": txt} for (t, s, ind, txt) in entries],
        "findings": [], "difficulties": diffs, "proposals": props,
    }

# ---------------------------------------------------------------- docx helpers

def new_doc(font="Times New Roman", size=13, margins=(2, 2, 3, 1.5)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    pf = st.paragraph_format
    pf.space_after = Pt(3)
    pf.space_before = Pt(0)
    s = d.sections[0]
    s.page_height, s.page_width = Cm(29.7), Cm(21)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Cm(margins[0]), Cm(margins[1]), Cm(margins[2]), Cm(margins[3])
    return d


def para(d, text="", bold=False, italic=False, align=None, size=None, indent=True, underline=False, after=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, "j"):
        p.paragraph_format.first_line_indent = Cm(1)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def runs(d, parts, align="j", indent=True):
    """parts: list of (text, fmt) with fmt among '', 'b', 'i', 'bi', 'u'."""
    p = d.add_paragraph()
    for t, f in parts:
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
        r.underline = "u" in f
    if align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    return p


def cell_text(c, lines, bold=False, italic=False, align=None, size=None):
    c.text = ""
    first = True
    for ln in lines:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        if isinstance(ln, tuple):
            t, f = ln
        else:
            t, f = ln, ("b" if bold else "") + ("i" if italic else "")
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
        if size:
            r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)


def no_borders(t):
    tbl = t._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def header_table(d, left, right, size=13):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    cell_text(t.cell(0, 0), left, align="c", size=size)
    cell_text(t.cell(0, 1), right, align="c", size=size)
    return t


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def signature(d, noi_nhan, who, name, size=12):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    c0 = t.cell(0, 0)
    c0.text = ""
    p = c0.paragraphs[0]
    r = p.add_run("Nơi nhận:")
    r.bold, r.italic = True, True
    r.font.size = Pt(12)
    for ln in noi_nhan:
        pp = c0.add_paragraph()
        rr = pp.add_run(ln)
        rr.font.size = Pt(11)
        pp.paragraph_format.space_after = Pt(0)
    cell_text(t.cell(0, 1), [(w, "b") for w in who] + ["", "", "", (name, "b")], align="c")

# ================================================================ HAND 1 — Kim Loan (ward, DOCX)
# Results grouped under the ward's three post-2025 offices ("2.1. Phòng Kinh tế, Hạ tầng và Đô thị"),
# jobs lettered a), b) inside each office, each job closed by an italic "Tiến độ: …" line giving the month.

def hand1(fname, unit, num, date_txt, date_iso, place, intro, offices, diffs, props, signer, entries):
    d = new_doc()
    ward_up = unit[1].replace("Phường", "PHƯỜNG").upper()
    header_table(d, ["ỦY BAN NHÂN DÂN", (ward_up, "b"), "———", "Số: " + num],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"), "———————",
                  (place + ", " + date_txt, "i")], size=12)
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", after=0)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c", after=0)
    para(d, "về tiêu chuẩn, đo lường, chất lượng trên địa bàn phường", bold=True, align="c", after=0)
    para(d, "(số liệu từ ngày 01/01/2026 đến ngày 20/10/2026)", italic=True, align="c")
    para(d, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", align="c")
    para(d, intro, align="j")
    para(d, "I. CÔNG TÁC TRIỂN KHAI", bold=True, indent=False)
    para(d, offices[0], align="j")
    para(d, "II. KẾT QUẢ THỰC HIỆN THEO TỪNG BỘ PHẬN", bold=True, indent=False)
    for i, (office, jobs) in enumerate(offices[1], 1):
        para(d, "2.%d. %s" % (i, office), bold=True, indent=False)
        for j, (title, body, tiendo) in enumerate(jobs):
            runs(d, [("%s) %s: " % ("abcdđeg"[j], title), "i"), (body, "")])
            para(d, "Tiến độ: " + tiendo, italic=True, align="j")
    para(d, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in diffs:
        para(d, "- " + x, align="j")
    para(d, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for x in props:
        para(d, "- " + x, align="j")
    para(d, "Trên đây là báo cáo kết quả thực hiện của Ủy ban nhân dân " + unit[1].replace("Phường", "phường") + "./.", align="j")
    signature(d, ["- Như trên;", "- Chi cục TĐC (để biết);", "- TT.ĐU, TT.HĐND phường;", "- Lưu: VT, KT."],
              ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer)
    d.save(os.path.join(OUT, fname))
    key(fname, unit, num, date_iso, entries, diffs, props)


def make_h1():
    # --- Tân Định
    u = ("26737", "Phường Tân Định")
    diffs = ["Phường chưa có công chức chuyên trách về tiêu chuẩn, đo lường, chất lượng; công chức Phòng Kinh tế, Hạ tầng và Đô thị kiêm nhiệm nhiều lĩnh vực nên thời gian dành cho công tác kiểm tra còn hạn chế.",
             "Phường chưa được trang bị cân đối chứng và thiết bị kiểm tra nhanh nên khi kiểm tra tại chợ phải mượn của Ban quản lý chợ."]
    props = ["Đề nghị Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng) hỗ trợ trang bị 02 cân đối chứng cho phường để phục vụ kiểm tra tại chợ Tân Định.",
             "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức thêm lớp tập huấn nghiệp vụ kiểm tra đo lường cho công chức phường trong năm 2027."]
    offices = [
        "Ủy ban nhân dân phường ban hành Kế hoạch số 58/KH-UBND ngày 12/3/2026 triển khai thực hiện trên địa bàn phường, giao Phòng Kinh tế, Hạ tầng và Đô thị là đầu mối, phối hợp Phòng Văn hóa – Xã hội và Văn phòng HĐND và UBND phường theo dõi, tổng hợp.",
        [("Phòng Kinh tế, Hạ tầng và Đô thị", [
            ("Kiểm tra đo lường, chất lượng tại chợ Tân Định và các tuyến đường kinh doanh",
             "Phòng phối hợp Ban quản lý chợ Tân Định và Công an phường tổ chức 03 cuộc kiểm tra về đo lường, ghi nhãn hàng hóa đối với 42 hộ kinh doanh tại chợ và trên tuyến đường Hai Bà Trưng; qua kiểm tra phát hiện 04 trường hợp sử dụng cân không đạt yêu cầu, Chủ tịch UBND phường đã ban hành quyết định xử phạt vi phạm hành chính với tổng số tiền 6.000.000 đồng.",
             "phường đang tiếp tục thực hiện, dự kiến kiểm tra thêm 01 đợt trong tháng 12/2026."),
            ("Tiếp nhận phản ánh về gian lận đo lường",
             "Từ đầu năm đến nay, phường không nhận được đơn, thư hay phản ánh nào của người dân về gian lận cân, đong, đo hoặc về chất lượng hàng hóa trên địa bàn.",
             "không phát sinh."),
        ]),
         ("Phòng Văn hóa – Xã hội", [
             ("Tuyên truyền về tiêu chuẩn, đo lường, chất lượng",
              "Phòng đã đăng tải 06 tin, bài tuyên truyền về Chỉ thị số 38-CT/TW và các quy định về đo lường trong kinh doanh trên trang thông tin điện tử phường và nhóm Zalo của các khu phố.",
              "đã thực hiện xong trong tháng 9/2026."),
         ]),
         ("Văn phòng HĐND và UBND phường", [
             ("Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015",
              "Văn phòng đã rà soát, cập nhật các quy trình giải quyết thủ tục hành chính sau khi sắp xếp đơn vị hành chính, tổ chức đánh giá nội bộ và công bố lại hệ thống quản lý chất lượng của phường.",
              "đã hoàn thành trong tháng 8/2026."),
             ("Cử công chức tham gia tập huấn",
              "Văn phòng đã cử 02 công chức tham dự lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng cho công chức phường, xã do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức.",
              "đã thực hiện xong."),
         ])]]
    entries = [
        ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 42, "violations": 4, "fines_vnd": 6000000},
         "Kiểm tra đo lường, ghi nhãn tại chợ Tân Định: 03 cuộc, 42 hộ kinh doanh, 04 trường hợp vi phạm, phạt 6.000.000 đồng; đang tiếp tục thực hiện."),
        ("II.5.d", "not_applicable", {}, "Không nhận được đơn, thư phản ánh về gian lận đo lường, chất lượng; không phát sinh."),
        ("II.1.a", "completed", {"communications": 6}, "Đăng tải 06 tin, bài tuyên truyền về Chỉ thị 38-CT/TW và đo lường; đã thực hiện xong."),
        ("II.2.đ", "completed", {}, "Rà soát quy trình, đánh giá nội bộ, công bố lại HTQLCL TCVN ISO 9001:2015; đã hoàn thành."),
        ("II.3.a", "completed", {"participants": 2}, "Cử 02 công chức tham dự lớp tập huấn của Chi cục TĐC; đã thực hiện xong."),
    ]
    hand1("BC_TanDinh_CT38_2026.docx", u, "412/BC-UBND", "ngày 27 tháng 10 năm 2026", "2026-10-27", "Tân Định",
          "Thực hiện Kế hoạch số 15/KH-SKHCN của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Tân Định báo cáo kết quả thực hiện như sau:",
          offices, diffs, props, "Nguyễn Thị Thanh Hương", entries)

    # --- Bàn Cờ
    u = ("27154", "Phường Bàn Cờ")
    diffs = ["Nhiều hộ kinh doanh nhỏ lẻ trên địa bàn chưa nắm được quy định về ghi nhãn, công bố chất lượng sản phẩm; một số hộ còn e ngại khi được hướng dẫn."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cung cấp tài liệu, tờ gấp tuyên truyền mẫu để phường in ấn, phát cho hộ kinh doanh.",
             "Đề nghị Sở Khoa học và Công nghệ có văn bản hướng dẫn cụ thể nội dung phân quyền cho Ủy ban nhân dân phường trong kiểm tra đo lường tại chợ."]
    offices = [
        "Ngay sau khi nhận Kế hoạch của Sở, Ủy ban nhân dân phường đã giao nhiệm vụ cho các phòng chuyên môn thực hiện theo chức năng; lồng ghép nội dung vào chương trình công tác của phường năm 2026.",
        [("Phòng Văn hóa – Xã hội", [
            ("Tuyên truyền cho hộ kinh doanh",
             "Phòng phối hợp Mặt trận Tổ quốc phường tổ chức 01 hội nghị tuyên truyền pháp luật về đo lường, chất lượng sản phẩm, hàng hóa cho 65 hộ kinh doanh trên địa bàn; đăng 04 tin, bài trên trang thông tin điện tử phường.",
             "đang thực hiện; hội nghị thứ hai dự kiến tổ chức trong tháng 11/2026."),
        ]),
         ("Phòng Kinh tế, Hạ tầng và Đô thị", [
             ("Kiểm tra cân, đo tại chợ Bàn Cờ",
              "Phòng chủ trì 02 cuộc kiểm tra phương tiện đo tại chợ Bàn Cờ với 18 hộ kinh doanh được kiểm tra; phát hiện 01 hộ sử dụng cân chưa kiểm định, đã lập biên bản nhắc nhở và yêu cầu khắc phục.",
              "đã làm xong theo kế hoạch của phường (02 đợt trong năm)."),
             ("Hướng dẫn hộ kinh doanh, doanh nghiệp nhỏ về ghi nhãn và công bố chất lượng",
              "Phòng đã hướng dẫn trực tiếp 12 hộ kinh doanh, doanh nghiệp nhỏ trên địa bàn về ghi nhãn hàng hóa và thủ tục tự công bố sản phẩm.",
              "đang tiếp tục thực hiện."),
         ]),
         ("Văn phòng HĐND và UBND phường", [
             ("Hệ thống quản lý chất lượng ISO",
              "Văn phòng đang xây dựng lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho phù hợp với bộ máy của phường sau sắp xếp; đã dự thảo xong danh mục quy trình.",
              "đang thực hiện, dự kiến công bố trong tháng 11/2026."),
             ("Cử công chức dự tập huấn",
              "Phường đã cử 03 công chức tham dự các lớp tập huấn chuyên môn về tiêu chuẩn, đo lường, chất lượng.",
              "đã xong."),
         ])]]
    entries = [
        ("II.1.a", "in_progress", {"training_courses": 1, "participants": 65, "communications": 4},
         "01 hội nghị tuyên truyền cho 65 hộ kinh doanh; 04 tin, bài; đang thực hiện."),
        ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 18, "violations": 1},
         "02 cuộc kiểm tra phương tiện đo tại chợ Bàn Cờ, 18 hộ, 01 hộ vi phạm; đã làm xong."),
        ("II.2.d", "in_progress", {"enterprises_supported": 12},
         "Hướng dẫn 12 hộ kinh doanh, doanh nghiệp nhỏ về ghi nhãn và tự công bố; đang tiếp tục thực hiện."),
        ("II.2.đ", "in_progress", {}, "Xây dựng lại HTQLCL TCVN ISO 9001:2015; đang thực hiện."),
        ("II.3.a", "completed", {"participants": 3}, "Cử 03 công chức tham dự tập huấn; đã xong."),
    ]
    hand1("Bao cao CT38 - P.Ban Co.docx", u, "287/BC-UBND", "ngày 30 tháng 10 năm 2026", "2026-10-30", "Bàn Cờ",
          "Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư năm 2026, Ủy ban nhân dân phường Bàn Cờ báo cáo như sau:",
          offices, diffs, props, "Lê Hoàng Phong", entries)

    # --- Vĩnh Hội
    u = ("27286", "Phường Vĩnh Hội")
    diffs = ["Trong năm 2026 phường chưa được mời tham dự lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng nên công chức còn lúng túng khi lập biên bản, xử lý vi phạm.",
             "Địa bàn có nhiều điểm kinh doanh tự phát ven kênh, khó kiểm tra thường xuyên."]
    props = ["Kính đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng bố trí cho công chức phường Vĩnh Hội tham dự lớp tập huấn gần nhất."]
    offices = [
        "Ủy ban nhân dân phường đã ban hành Kế hoạch số 102/KH-UBND ngày 02/4/2026 và phân công nhiệm vụ cụ thể cho các bộ phận.",
        [("Phòng Kinh tế, Hạ tầng và Đô thị", [
            ("Phối hợp kiểm tra đo lường, chất lượng hàng hóa",
             "Phòng đã phối hợp Đội Quản lý thị trường và Công an phường thực hiện 04 cuộc kiểm tra tại các chợ và cửa hàng xăng dầu, kiểm tra 27 cơ sở; phát hiện 02 cơ sở vi phạm, xử phạt 3.500.000 đồng.",
             "đang thực hiện, còn 01 đợt cao điểm trước Tết Nguyên đán."),
        ]),
         ("Phòng Văn hóa – Xã hội", [
             ("Thông tin, tuyên truyền",
              "Phòng đã biên tập, đăng 05 tin, bài về Chỉ thị 38 và quyền lợi người tiêu dùng trên trang thông tin điện tử và bản tin khu phố.",
              "đã hoàn thành trong tháng 10/2026."),
             ("Cử công chức tham gia tập huấn",
              "Đến nay phường chưa cử được công chức nào tham gia tập huấn do chưa nhận được giấy mời.",
              "chưa thực hiện."),
         ]),
         ("Văn phòng HĐND và UBND phường", [
             ("Áp dụng ISO 9001 trong giải quyết thủ tục hành chính",
              "Văn phòng đã hoàn tất việc cập nhật, công bố lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 và áp dụng cho toàn bộ thủ tục hành chính thuộc thẩm quyền phường.",
              "đã hoàn thành trong tháng 7/2026."),
         ])]]
    entries = [
        ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 27, "violations": 2, "fines_vnd": 3500000},
         "Phối hợp 04 cuộc kiểm tra, 27 cơ sở, 02 vi phạm, phạt 3.500.000 đồng; đang thực hiện."),
        ("II.1.a", "completed", {"communications": 5}, "Đăng 05 tin, bài về Chỉ thị 38; đã hoàn thành."),
        ("II.3.a", "not_started", {}, "Chưa cử được công chức tham gia tập huấn; chưa thực hiện."),
        ("II.2.đ", "completed", {}, "Cập nhật, công bố lại HTQLCL TCVN ISO 9001:2015; đã hoàn thành."),
    ]
    hand1("VinhHoi-BC-KH38.docx", u, "198/BC-UBND", "ngày 23 tháng 10 năm 2026", "2026-10-23", "Vĩnh Hội",
          "Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Vĩnh Hội báo cáo kết quả như sau:",
          offices, diffs, props, "Trần Quốc Bảo", entries)

# ================================================================ HAND 2 — Tâm (ward market officer, XLSX)
# One sheet "BC" typed by a ward economics officer: header text in merged cells, table
# "STT | Công việc | Phối hợp với | Kết quả (theo tháng) | Tình hình | Ghi chú"; result cells hold
# Alt+Enter lines each opening with the month ("T4: …"), status words "Xong / Còn làm / Chưa tới / Không có việc";
# money as "2tr" or "1.500.000đ"; difficulties/proposals as two merged rows "Vướng" / "Kiến nghị" at the bottom.

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def hand2(fname, unit, num, date_iso, date_cell, title, rows, diffs, props, signer, entries, status="extracted", reason=None, sheet="BC"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    widths = [6, 38, 20, 52, 13, 18]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEF"[i]].width = w
    F = Font(name="Times New Roman", size=12)
    FB = Font(name="Times New Roman", size=12, bold=True)
    ward = unit[1].replace("Phường", "PHƯỜNG").upper()
    ws.merge_cells("A1:C1"); ws["A1"] = "UBND " + ward
    ws.merge_cells("D1:F1"); ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws.merge_cells("A2:C2"); ws["A2"] = "Phòng Kinh tế, Hạ tầng và Đô thị"
    ws.merge_cells("D2:F2"); ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws.merge_cells("A3:C3"); ws["A3"] = "Số: " + num if num else ""
    ws.merge_cells("D3:F3"); ws["D3"] = date_cell
    for c in ("A1", "D1", "A2", "D2", "A3", "D3"):
        ws[c].font = FB if c in ("A1", "D1", "D2") else F
        ws[c].alignment = Alignment(horizontal="center")
    ws["D3"].font = Font(name="Times New Roman", size=12, italic=True)
    ws.merge_cells("A5:F5"); ws["A5"] = title[0]
    ws.merge_cells("A6:F6"); ws["A6"] = title[1]
    ws["A5"].font = Font(name="Times New Roman", size=14, bold=True)
    ws["A6"].font = Font(name="Times New Roman", size=12, italic=True)
    for c in ("A5", "A6"):
        ws[c].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[6].height = 32
    hdr = ["STT", "Công việc", "Phối hợp với", "Kết quả (theo tháng)", "Tình hình", "Ghi chú"]
    r = 8
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h)
        c.font = FB
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    r += 1
    for i, (job, partner, lines, tinhhinh, note) in enumerate(rows, 1):
        vals = [i, job, partner, "\n".join(lines), tinhhinh, note]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.font = F
            c.border = BOX
            c.alignment = Alignment(vertical="top", wrap_text=True, horizontal="center" if j in (1, 5) else None)
        ws.row_dimensions[r].height = max(30, 17 * max(len(lines), 2))
        r += 1
    r += 1
    for lab, items in (("Vướng:", diffs), ("Kiến nghị:", props)):
        ws.cell(r, 1, lab).font = FB
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        c = ws.cell(r, 2, "\n".join("%d. %s" % (k, x) for k, x in enumerate(items, 1)))
        c.font = F
        c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 20 * max(1, len(items)) + 12
        r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
    ws.cell(r, 4, "Người lập biểu").font = FB
    ws.cell(r, 4).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=r + 4, start_column=4, end_row=r + 4, end_column=6)
    ws.cell(r + 4, 4, signer).font = FB
    ws.cell(r + 4, 4).alignment = Alignment(horizontal="center")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.print_title_rows = "8:8"
    wb.save(os.path.join(OUT, fname))
    key(fname, unit, num, date_iso, entries, diffs, props, status, reason)


def make_h2():
    # --- Chợ Quán
    u = ("27301", "Phường Chợ Quán")
    rows = [
        ("Tuyên truyền Chỉ thị 38 và quy định đo lường cho tiểu thương", "Ban QL chợ, MTTQ phường",
         ["T3: phát thanh trên loa chợ, dán thông báo tại 3 cổng chợ", "T5: đăng 03 tin bài trên fanpage phường", "T9: đăng thêm 02 tin bài về cân đúng - đủ", "Cộng: 05 tin bài"], "Xong", ""),
        ("Kiểm tra cân tại chợ Nancy, chợ Bùi Phát", "Chi cục TĐC, Đội QLTT số 5",
         ["T4: 01 cuộc, 21 hộ KD, 02 hộ vi phạm", "T8: 01 cuộc, 17 hộ KD, 01 hộ vi phạm", "Cộng: 02 cuộc, 38 hộ KD, 03 hộ vi phạm; phạt 2tr + 1.500.000đ (tổng 3.500.000đ)"], "Còn làm", "Đợt T12 chưa làm"),
        ("Hướng dẫn tiểu thương dán tem truy xuất nguồn gốc (QR) cho rau, thịt", "Ban QL chợ",
         ["T6-T9: hướng dẫn 34 hộ KD tạo mã QR truy xuất"], "Còn làm", "mới 34/120 hộ"),
        ("Đơn thư, phản ánh về cân điêu", "",
         ["Không nhận đơn thư nào"], "Không có việc", ""),
    ]
    diffs = ["Tiểu thương lớn tuổi không sử dụng được điện thoại thông minh nên việc tạo mã QR truy xuất nguồn gốc rất chậm.",
             "Trạm cân đối chứng tại chợ Nancy đã hư hỏng, chưa có kinh phí sửa chữa."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ kiểm định, sửa chữa cân đối chứng tại chợ Nancy."]
    entries = [
        ("II.1.a", "completed", {"communications": 5}, "Đăng 03 + 02 tin bài trên fanpage phường; Xong."),
        ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 38, "violations": 3, "fines_vnd": 3500000},
         "Kiểm tra cân tại chợ: 02 cuộc (T4, T8), 38 hộ KD (21+17), 03 hộ vi phạm (2+1), phạt 3.500.000đ; Còn làm."),
        ("II.2.a", "in_progress", {"enterprises_supported": 34}, "Hướng dẫn 34 hộ KD tạo mã QR truy xuất nguồn gốc; Còn làm."),
        ("II.5.d", "not_applicable", {}, "Không nhận đơn thư phản ánh về cân điêu; Không có việc."),
    ]
    hand2("ChoQuan_BC_CT38_T10.xlsx", u, "156/BC-UBND", "2026-10-26", "Chợ Quán, ngày 26 tháng 10 năm 2026",
          ("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH 38 (TIÊU CHUẨN - ĐO LƯỜNG - CHẤT LƯỢNG) NĂM 2026",
           "(Kèm theo văn bản báo cáo gửi Sở Khoa học và Công nghệ; số liệu đến 25/10/2026)"),
          rows, diffs, props, "Võ Thanh Tâm", entries)

    # --- An Đông
    u = ("27316", "Phường An Đông")
    rows = [
        ("Tuyên truyền, phổ biến về đo lường - chất lượng", "Đoàn TN, Hội LHPN",
         ["T4: tổ chức 01 buổi tập huấn cho 48 tiểu thương chợ An Đông", "T7: 04 tin bài trên trang TTĐT phường"], "Xong", ""),
        ("Kiểm tra đo lường, nhãn hàng hóa tại chợ An Đông và khu vực lân cận", "Đội QLTT số 5, Công an phường",
         ["T5: 01 cuộc, 25 cơ sở", "T9: 01 cuộc, 19 cơ sở, 01 cơ sở vi phạm nhãn hàng hóa, phạt 1tr5", "T10: 01 cuộc, 14 cơ sở, không vi phạm", "Cộng: 03 cuộc, 58 cơ sở"], "Còn làm", ""),
        ("Hỗ trợ hộ KD tự công bố, ghi nhãn hàng hóa", "",
         ["T6: hướng dẫn 09 cơ sở may mặc ghi nhãn", "T8: hướng dẫn 06 cơ sở thực phẩm tự công bố", "Cộng: 15 cơ sở"], "Còn làm", ""),
        ("Cử công chức đi tập huấn của Chi cục TĐC", "",
         ["Chưa có đợt tập huấn cho phường"], "Chưa tới", "chờ giấy mời"),
    ]
    diffs = ["Khu vực chợ An Đông có nhiều hộ kinh doanh hàng nhập khẩu, phường chưa đủ chuyên môn để nhận biết hàng hóa không đảm bảo chất lượng."]
    props = ["Đề nghị Chi cục TĐC cử cán bộ hỗ trợ phường trong các đợt kiểm tra hàng hóa nhập khẩu tại chợ An Đông.",
             "Đề nghị Sở KH&CN sớm tổ chức lớp tập huấn cho công chức phường."]
    entries = [
        ("II.1.a", "completed", {"training_courses": 1, "participants": 48, "communications": 4},
         "01 buổi tập huấn cho 48 tiểu thương; 04 tin bài; Xong."),
        ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 58, "violations": 1, "fines_vnd": 1500000},
         "03 cuộc kiểm tra (T5, T9, T10), 58 cơ sở (25+19+14), 01 vi phạm, phạt 1tr5; Còn làm."),
        ("II.2.d", "in_progress", {"enterprises_supported": 15}, "Hướng dẫn 09 + 06 cơ sở ghi nhãn, tự công bố; Còn làm."),
        ("II.3.a", "not_started", {}, "Chưa có đợt tập huấn cho phường; Chưa tới."),
    ]
    hand2("BC_AnDong_KH38.xlsx", u, "203/BC-UBND", "2026-10-29", "An Đông, ngày 29 tháng 10 năm 2026",
          ("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
           "(từ 01/01/2026 đến 28/10/2026)"),
          rows, diffs, props, "Huỳnh Văn Tâm", entries)

    # --- Vườn Lài
    u = ("27190", "Phường Vườn Lài")
    rows = [
        ("Kiểm tra cân, thước tại chợ Hòa Hưng cũ và các cửa hàng vàng bạc", "Chi cục TĐC",
         ["T3: 01 cuộc tại chợ, 30 hộ KD", "T6: 01 cuộc tại 08 cửa hàng vàng bạc, 01 cửa hàng vi phạm, phạt 5.000.000đ", "Cộng: 02 cuộc, 38 cơ sở"], "Xong", "đủ 2 đợt theo KH phường"),
        ("Tuyên truyền trên loa, Zalo khu phố", "Các khu phố",
         ["T3 - T10: 07 tin tuyên truyền phát trên hệ thống Zalo 24 khu phố"], "Còn làm", "làm thường xuyên"),
        ("ISO 9001 tại bộ phận một cửa", "Văn phòng HĐND-UBND",
         ["T6: đánh giá nội bộ, T7: công bố lại HTQLCL"], "Xong", ""),
        ("Cử CC dự lớp nghiệp vụ TĐC", "",
         ["T9: cử 02 công chức"], "Xong", ""),
    ]
    diffs = ["Số cửa hàng vàng bạc trên địa bàn nhiều nhưng phường không có thiết bị kiểm tra hàm lượng vàng."]
    props = ["Đề nghị Chi cục TĐC phối hợp kiểm tra chuyên đề vàng trang sức trên địa bàn phường vào dịp cuối năm."]
    entries = [
        ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 38, "violations": 1, "fines_vnd": 5000000},
         "02 cuộc kiểm tra (chợ 30 hộ KD, 08 cửa hàng vàng bạc), 01 vi phạm, phạt 5.000.000đ; Xong."),
        ("II.1.a", "in_progress", {"communications": 7}, "07 tin tuyên truyền trên Zalo khu phố; Còn làm."),
        ("II.2.đ", "completed", {}, "Đánh giá nội bộ, công bố lại HTQLCL ISO 9001; Xong."),
        ("II.3.a", "completed", {"participants": 2}, "Cử 02 công chức dự lớp nghiệp vụ; Xong."),
    ]
    hand2("VuonLai-CT38.xlsx", u, "", "2026-11-02", "Vườn Lài, ngày 02 tháng 11 năm 2026",
          ("TỔNG HỢP KẾT QUẢ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026 (KH 38)",
           "(gửi Chi cục Tiêu chuẩn Đo lường Chất lượng tổng hợp)"),
          rows, diffs, props, "Ngô Thị Mỹ Duyên", entries)
    KEYS["VuonLai-CT38.xlsx"]["document"]["number"] = None

    # --- Cầu Kiệu (mistaken: giảm nghèo)
    u = ("27058", "Phường Cầu Kiệu")
    rows = [
        ("Rà soát hộ nghèo, hộ cận nghèo năm 2026", "Các khu phố, Hội LHPN",
         ["T8: lập danh sách rà soát 215 hộ", "T9: họp bình xét tại 12 khu phố", "T10: công nhận 07 hộ cận nghèo"], "Xong", ""),
        ("Hỗ trợ vay vốn giải quyết việc làm", "NHCSXH",
         ["T3 - T10: giải ngân cho 19 hộ, 1,2 tỷ đồng"], "Còn làm", ""),
        ("Thăm, tặng quà hộ khó khăn dịp 2/9", "MTTQ phường",
         ["T8: tặng 150 phần quà"], "Xong", ""),
        ("Đào tạo nghề cho lao động thuộc hộ cận nghèo", "Trung tâm DVVL",
         ["Chưa mở lớp"], "Chưa tới", ""),
    ]
    diffs = ["Một số hộ cận nghèo có nhu cầu vay vốn nhưng không có phương án sản xuất kinh doanh."]
    props = ["Đề nghị phân bổ thêm nguồn vốn ủy thác qua Ngân hàng Chính sách xã hội cho phường."]
    hand2("CauKieu_BC_T10_2026.xlsx", u, "244/BC-UBND", "2026-10-28", "Cầu Kiệu, ngày 28 tháng 10 năm 2026",
          ("BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG NĂM 2026",
           "(số liệu đến ngày 25/10/2026)"),
          rows, diffs, props, "Đặng Minh Trí", [], status="rejected",
          reason="Báo cáo về chương trình giảm nghèo bền vững, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).")
    KEYS["CauKieu_BC_T10_2026.xlsx"]["difficulties"] = []
    KEYS["CauKieu_BC_T10_2026.xlsx"]["proposals"] = []

# ================================================================ HAND 3 — Vinh (department clerk, DOCX công văn)
# A "Phúc đáp" công văn: V/v under the number; items are "–" dash paragraphs in the department's own
# words, each closing with the division that did the work in brackets "(Phòng … thực hiện)" and then
# a separate short sentence "Kết quả: đã hoàn thành." / "Kết quả: đang tiếp tục thực hiện." ;
# money spelt with "đồng" and thousand dots; difficulties and proposals as "(1)", "(2)" in one paragraph each.

def hand3(fname, unit, agency_up, num, vv, date_txt, date_iso, reply_to, items, diffs, props, signer, entries,
          status="extracted", reason=None, title_sections=("I. KẾT QUẢ THỰC HIỆN", "II. KHÓ KHĂN, VƯỚNG MẮC", "III. KIẾN NGHỊ, ĐỀ XUẤT")):
    d = new_doc(size=14, margins=(2, 2, 3, 2))
    header_table(d, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", (agency_up, "b"), "———", "Số: " + num, (vv, "")],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"), "———————",
                  ("Thành phố Hồ Chí Minh, " + date_txt, "i")], size=12)
    para(d)
    para(d, reply_to[0], align="c")
    para(d, reply_to[1], align="j")
    para(d, title_sections[0], bold=True, indent=False)
    for body, div, st in items:
        para(d, "– " + body + " (" + div + ")", align="j")
        para(d, "Kết quả: " + st, align="j")
    para(d, title_sections[1], bold=True, indent=False)
    para(d, " ".join("(%d) %s" % (i, x) for i, x in enumerate(diffs, 1)), align="j")
    para(d, title_sections[2], bold=True, indent=False)
    para(d, " ".join("(%d) %s" % (i, x) for i, x in enumerate(props, 1)), align="j")
    para(d, "Trân trọng./.", align="j")
    signature(d, ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer)
    d.save(os.path.join(OUT, fname))
    key(fname, unit, num, date_iso, entries, diffs, props, status, reason)


REPLY = "Phúc đáp Công văn số 2875/SKHCN-TĐC ngày 05/10/2026 của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, %s báo cáo như sau:"


def make_h3():
    u = ("SO-CT", "Sở Công Thương")
    items = [
        ("Phối hợp kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng lưu thông trên địa bàn Thành phố: Sở đã chủ trì, phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng thực hiện 06 cuộc kiểm tra đối với 48 cửa hàng, trạm chiết nạp; lấy 24 mẫu xăng dầu gửi thử nghiệm; phát hiện 05 cơ sở vi phạm, tham mưu xử phạt tổng số tiền 87.500.000 đồng",
         "Phòng Quản lý Thương mại thực hiện", "đang tiếp tục thực hiện theo kế hoạch kiểm tra năm."),
        ("Góp ý dự thảo quy chuẩn kỹ thuật quốc gia: Sở đã có văn bản góp ý 03 dự thảo QCVN thuộc lĩnh vực công thương (xăng dầu, chai chứa LPG, an toàn thiết bị điện) theo đề nghị của Bộ Công Thương",
         "Phòng Kỹ thuật an toàn – Môi trường thực hiện", "đã hoàn thành."),
        ("Hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng thông qua Chương trình khuyến công: hỗ trợ 11 doanh nghiệp công nghiệp nông thôn áp dụng hệ thống quản lý chất lượng, công cụ cải tiến năng suất",
         "Phòng Quản lý Công nghiệp thực hiện", "đang tiếp tục thực hiện, dự kiến hoàn tất hồ sơ nghiệm thu trong tháng 12/2026."),
        ("Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở: đã thực hiện đánh giá nội bộ, xem xét của lãnh đạo và cập nhật quy trình theo các thủ tục hành chính mới",
         "Văn phòng Sở thực hiện", "đã hoàn thành."),
        ("Cử công chức tham gia tập huấn chuyên môn về tiêu chuẩn, đo lường, chất lượng do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức: 04 công chức",
         "Văn phòng Sở thực hiện", "đã hoàn thành."),
    ]
    diffs = ["Lực lượng công chức làm công tác kiểm tra chuyên ngành của Sở mỏng trong khi số lượng cửa hàng xăng dầu trên địa bàn Thành phố sau sắp xếp tăng nhiều.",
             "Kinh phí lấy mẫu, thử nghiệm chất lượng xăng dầu còn hạn chế."]
    props = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng xăng dầu của Chi cục Tiêu chuẩn Đo lường Chất lượng để Sở Công Thương phối hợp kiểm tra có trọng tâm."]
    entries = [
        ("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 48, "samples_tested": 24, "violations": 5, "fines_vnd": 87500000},
         "Kiểm tra chất lượng xăng dầu, LPG: 06 cuộc, 48 cơ sở, 24 mẫu, 05 vi phạm, phạt 87.500.000 đồng; đang tiếp tục thực hiện."),
        ("II.2.e", "completed", {"standards_reviewed": 3}, "Góp ý 03 dự thảo QCVN lĩnh vực công thương; đã hoàn thành."),
        ("II.2.d", "in_progress", {"enterprises_supported": 11}, "Khuyến công hỗ trợ 11 doanh nghiệp áp dụng HTQLCL, công cụ năng suất; đang tiếp tục thực hiện."),
        ("II.2.đ", "completed", {}, "Duy trì, cải tiến HTQLCL TCVN ISO 9001:2015 tại Sở; đã hoàn thành."),
        ("II.3.a", "completed", {"participants": 4}, "Cử 04 công chức tham gia tập huấn; đã hoàn thành."),
    ]
    hand3("SCT_3418_BC_CT38.docx", u, "SỞ CÔNG THƯƠNG", "3418/SCT-QLTM",
          "V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
          "ngày 29 tháng 10 năm 2026", "2026-10-29",
          ("Kính gửi: Sở Khoa học và Công nghệ.", REPLY % "Sở Công Thương"), items, diffs, props, "Phạm Hữu Thắng", entries)

    u = ("SO-YT", "Sở Y tế")
    items = [
        ("Kiểm tra việc chấp hành quy định về đo lường, chất lượng đối với trang thiết bị y tế, phương tiện đo dùng trong y tế (huyết áp kế, nhiệt kế, cân sức khỏe) tại các cơ sở khám, chữa bệnh và nhà thuốc: đã thực hiện 05 cuộc kiểm tra tại 37 cơ sở, phát hiện 03 cơ sở sử dụng phương tiện đo chưa được kiểm định, xử phạt 42.000.000 đồng",
         "Thanh tra Sở phối hợp Phòng Quản lý hành nghề thực hiện", "đang tiếp tục thực hiện."),
        ("Tham gia góp ý 02 dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế do Bộ Y tế chủ trì xây dựng",
         "Phòng Nghiệp vụ Dược thực hiện", "đã hoàn thành."),
        ("Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 trong giải quyết thủ tục hành chính của Sở",
         "Văn phòng Sở thực hiện", "đã hoàn thành."),
        ("Tiếp nhận, xử lý phản ánh, tố giác về vi phạm tiêu chuẩn, đo lường, chất lượng trang thiết bị y tế: trong kỳ không phát sinh",
         "Thanh tra Sở", "không phát sinh."),
        ("Cử viên chức, công chức tham gia các lớp bồi dưỡng về tiêu chuẩn, đo lường, chất lượng: đã cử 06 lượt người; các đợt tiếp theo tùy theo kế hoạch của Chi cục",
         "Phòng Tổ chức cán bộ thực hiện", "đang thực hiện."),
    ]
    diffs = ["Nhiều cơ sở y tế tư nhân quy mô nhỏ chưa nắm quy định về kiểm định phương tiện đo nhóm 2 dùng trong y tế."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cung cấp danh sách tổ chức được chỉ định kiểm định phương tiện đo dùng trong y tế để Sở Y tế thông báo đến các cơ sở.",
             "Đề nghị tổ chức tập huấn chuyên đề đo lường trong lĩnh vực y tế cho cán bộ thanh tra của Sở."]
    entries = [
        ("II.5.a", "in_progress", {"inspections": 5, "establishments_inspected": 37, "violations": 3, "fines_vnd": 42000000},
         "Kiểm tra đo lường, chất lượng trang thiết bị y tế: 05 cuộc, 37 cơ sở, 03 vi phạm, phạt 42.000.000 đồng; đang tiếp tục thực hiện."),
        ("II.2.e", "completed", {"standards_reviewed": 2}, "Góp ý 02 dự thảo QCVN về trang thiết bị y tế; đã hoàn thành."),
        ("II.2.đ", "completed", {}, "Duy trì HTQLCL TCVN ISO 9001:2015; đã hoàn thành."),
        ("II.5.d", "not_applicable", {}, "Không phát sinh phản ánh, tố giác."),
        ("II.3.a", "in_progress", {"participants": 6}, "Cử 06 lượt người tham gia bồi dưỡng; đang thực hiện."),
    ]
    hand3("SYT-bao cao KH38 nam 2026.docx", u, "SỞ Y TẾ", "8105/SYT-TTra",
          "V/v báo cáo tình hình thực hiện Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng",
          "ngày 31 tháng 10 năm 2026", "2026-10-31",
          ("Kính gửi: Sở Khoa học và Công nghệ.", REPLY % "Sở Y tế"), items, diffs, props, "Nguyễn Văn Vĩnh Châu", entries)

    u = ("SO-GDDT", "Sở Giáo dục và Đào tạo")
    items = [
        ("Phối hợp đưa nội dung về tiêu chuẩn, đo lường, chất lượng, mã số mã vạch, truy xuất nguồn gốc vào hoạt động ngoại khóa của các trường trung cấp, cao đẳng trực thuộc: đã tổ chức 03 buổi tập huấn chuyên đề với 420 học sinh, sinh viên tham dự",
         "Phòng Giáo dục nghề nghiệp – Giáo dục thường xuyên thực hiện", "đang thực hiện, còn 02 trường đăng ký tổ chức trong Quý IV."),
        ("Tuyên truyền trên Cổng thông tin điện tử ngành giáo dục: đăng 08 tin, bài về Chỉ thị 38-CT/TW và Ngày Tiêu chuẩn thế giới",
         "Văn phòng Sở thực hiện", "đã hoàn thành."),
        ("Duy trì áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở",
         "Văn phòng Sở thực hiện", "đã hoàn thành."),
        ("Góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật liên quan đến thiết bị dạy học: trong kỳ Sở chưa nhận được đề nghị góp ý",
         "Phòng Kế hoạch – Tài chính", "không phát sinh."),
    ]
    diffs = ["Thời lượng hoạt động ngoại khóa của các trường có hạn, khó bố trí thêm chuyên đề."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ báo cáo viên và tài liệu cho các buổi sinh hoạt chuyên đề tại trường."]
    entries = [
        ("II.3.d", "in_progress", {"training_courses": 3, "participants": 420},
         "03 buổi tập huấn chuyên đề với 420 học sinh, sinh viên tại các trường trung cấp, cao đẳng; đang thực hiện."),
        ("II.1.a", "completed", {"communications": 8}, "Đăng 08 tin, bài trên Cổng thông tin ngành; đã hoàn thành."),
        ("II.2.đ", "completed", {}, "Duy trì HTQLCL TCVN ISO 9001:2015; đã hoàn thành."),
        ("II.2.e", "not_applicable", {}, "Chưa nhận được đề nghị góp ý; không phát sinh."),
    ]
    hand3("SGDDT_BC_KH38-SKHCN.docx", u, "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "6620/SGDĐT-VP",
          "V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
          "ngày 04 tháng 11 năm 2026", "2026-11-04",
          ("Kính gửi: Sở Khoa học và Công nghệ.", REPLY % "Sở Giáo dục và Đào tạo"), items, diffs, props, "Lê Thị Minh Nguyệt", entries)

    # mistaken: phòng chống thiên tai
    u = ("SO-NNMT", "Sở Nông nghiệp và Môi trường")
    items = [
        ("Kiện toàn Ban Chỉ huy phòng thủ dân sự, phòng chống thiên tai và tìm kiếm cứu nạn cấp Thành phố sau sắp xếp; ban hành Kế hoạch ứng phó bão mạnh, siêu bão năm 2026",
         "Chi cục Thủy lợi thực hiện", "đã hoàn thành."),
        ("Rà soát 46 khu vực có nguy cơ sạt lở bờ sông, bờ biển; lắp đặt 120 biển cảnh báo",
         "Chi cục Thủy lợi thực hiện", "đang tiếp tục thực hiện."),
        ("Tổ chức diễn tập phòng chống thiên tai tại 03 xã ven biển và đặc khu Côn Đảo",
         "Phòng Quản lý Đê điều thực hiện", "đang thực hiện."),
    ]
    diffs = ["Kinh phí duy tu hệ thống đê bao, cống ngăn triều còn thiếu."]
    props = ["Đề nghị UBND Thành phố bổ sung kinh phí khắc phục sạt lở khẩn cấp."]
    hand3("SNNMT_BC_PCTT_10thang.docx", u, "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "9154/SNNMT-TL",
          "V/v báo cáo công tác phòng, chống thiên tai 10 tháng năm 2026",
          "ngày 30 tháng 10 năm 2026", "2026-10-30",
          ("Kính gửi: Ban Chỉ huy Phòng thủ dân sự Thành phố.",
           "Thực hiện chỉ đạo của Ban Chỉ huy Phòng thủ dân sự Thành phố, Sở Nông nghiệp và Môi trường báo cáo kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 10 tháng năm 2026 như sau:"),
          items, diffs, props, "Võ Tấn Lộc", [], status="rejected",
          reason="Báo cáo công tác phòng, chống thiên tai gửi Ban Chỉ huy Phòng thủ dân sự, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")
    KEYS["SNNMT_BC_PCTT_10thang.docx"]["difficulties"] = []
    KEYS["SNNMT_BC_PCTT_10thang.docx"]["proposals"] = []

# ================================================================ HAND 4 — Khoa (engineer at the Sở's units, XLSX + one DOCX)
# A "Thông tin" block of label | value rows (Đơn vị, Số văn bản, Ngày báo cáo, Người lập) above one flat
# table "Mã KH | Nội dung công việc | Kết quả | Số lượng | ĐVT | Trạng thái" where the plan code (II.4.a …)
# is typed on every row, one row per figure, real numbers with #,##0, a status drop-down; status words
# "Hoàn thành / Đang thực hiện / Chưa thực hiện / Không phát sinh"; second sheet "KhoKhan_DeXuat".
H4COLS = ["Mã KH", "Nội dung công việc", "Kết quả", "Số lượng", "ĐVT", "Trạng thái"]


def hand4_xlsx(fname, unit, num, date_iso, date_cell, author, rows, diffs, props, entries):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "TienDo"
    F = Font(name="Arial", size=10)
    FB = Font(name="Arial", size=10, bold=True)
    for i, w in enumerate([9, 44, 52, 12, 12, 18]):
        ws.column_dimensions["ABCDEF"[i]].width = w
    ws["A1"] = "BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH 38 NĂM 2026"
    ws["A1"].font = Font(name="Arial", size=12, bold=True)
    info = [("Đơn vị:", unit[1]), ("Số văn bản:", num), ("Ngày báo cáo:", date_cell), ("Người lập:", author)]
    for i, (a, b) in enumerate(info, 3):
        ws.cell(i, 1, a).font = FB
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=3)
        ws.cell(i, 2, b).font = F
    r = 8
    for j, h in enumerate(H4COLS, 1):
        c = ws.cell(r, j, h)
        c.font = Font(name="Arial", size=10, bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="305496")
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = BOX
    ws.freeze_panes = "A9"
    dv = DataValidation(type="list", formula1='"Hoàn thành,Đang thực hiện,Chưa thực hiện,Không phát sinh"', allow_blank=True)
    ws.add_data_validation(dv)
    first = 9
    for row in rows:
        r += 1
        for j, v in enumerate(row, 1):
            c = ws.cell(r, j, v)
            c.font = F
            c.border = BOX
            c.alignment = Alignment(vertical="top", wrap_text=True)
            if j == 4 and isinstance(v, (int, float)):
                c.number_format = "#,##0"
        dv.add(ws.cell(r, 6))
    ws.auto_filter.ref = "A8:F%d" % r
    ws2 = wb.create_sheet("KhoKhan_DeXuat")
    ws2.column_dimensions["A"].width = 8
    ws2.column_dimensions["B"].width = 16
    ws2.column_dimensions["C"].width = 100
    for j, h in enumerate(["TT", "Loại", "Nội dung"], 1):
        ws2.cell(1, j, h).font = FB
    rr = 2
    for lab, items in (("Khó khăn", diffs), ("Đề xuất", props)):
        for k, x in enumerate(items, 1):
            ws2.cell(rr, 1, rr - 1).font = F
            ws2.cell(rr, 2, lab).font = F
            ws2.cell(rr, 3, x).font = F
            ws2.cell(rr, 3).alignment = Alignment(wrap_text=True)
            rr += 1
    wb.save(os.path.join(OUT, fname))
    key(fname, unit, num, date_iso, entries, diffs, props)


def make_h4():
    u = ("SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh")
    rows = [
        ("II.4.a", "Đầu tư, hiện đại hóa trang thiết bị thử nghiệm, kiểm định", "Đã nghiệm thu, đưa vào sử dụng 02 hệ thống sắc ký và 01 buồng thử môi trường; kinh phí đã giải ngân", 2350000000, "đồng", "Đang thực hiện"),
        ("II.4.a", "Đầu tư, hiện đại hóa trang thiết bị thử nghiệm, kiểm định", "Gói thầu thiết bị đo khí thải đang chấm thầu", None, "", "Đang thực hiện"),
        ("II.4.c", "Duy trì, liên kết chuẩn đo lường chính", "Chuẩn đo lường chính được hiệu chuẩn, liên kết đến chuẩn quốc gia", 14, "chuẩn", "Hoàn thành"),
        ("II.2.g", "Cung cấp dịch vụ kỹ thuật kiểm định, hiệu chuẩn, thử nghiệm", "Phương tiện đo được kiểm định, hiệu chuẩn", 18640, "phương tiện", "Đang thực hiện"),
        ("II.2.g", "Cung cấp dịch vụ kỹ thuật kiểm định, hiệu chuẩn, thử nghiệm", "Mẫu thử nghiệm theo yêu cầu của khách hàng", 3215, "mẫu", "Đang thực hiện"),
        ("II.5.b", "Phối hợp Chi cục TĐC khảo sát chất lượng hàng hóa", "Mẫu khảo sát đã thử nghiệm, trả kết quả (xăng dầu, đồ chơi trẻ em, mũ bảo hiểm)", 60, "mẫu", "Hoàn thành"),
        ("II.3.d", "Đào tạo kiểm định viên, nhân viên thử nghiệm", "Khóa đào tạo kiểm định viên đo lường", 4, "khóa", "Hoàn thành"),
        ("II.3.d", "Đào tạo kiểm định viên, nhân viên thử nghiệm", "Học viên được cấp chứng chỉ", 136, "học viên", "Hoàn thành"),
    ]
    diffs = ["Thủ tục mua sắm thiết bị chuyên dùng kéo dài, một số gói thầu phải tổ chức đấu thầu lại do không có nhà thầu đáp ứng.",
             "Thiếu kiểm định viên có chứng chỉ cho lĩnh vực đo lường khí thải và bức xạ."]
    props = ["Đề nghị Sở Khoa học và Công nghệ sớm phê duyệt danh mục thiết bị chuyên dùng năm 2027 của Trung tâm.",
             "Đề nghị Sở hỗ trợ kinh phí cử viên chức đi đào tạo kiểm định viên tại Tổng cục/Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia."]
    entries = [
        ("II.4.a", "in_progress", {"budget_spent_vnd": 2350000000}, "Đầu tư thiết bị: 02 hệ thống sắc ký, 01 buồng thử; giải ngân 2.350.000.000 đồng; Đang thực hiện."),
        ("II.4.c", "completed", {}, "14 chuẩn đo lường chính được hiệu chuẩn, liên kết chuẩn quốc gia; Hoàn thành."),
        ("II.2.g", "in_progress", {"instruments_verified": 18640, "samples_tested": 3215}, "Kiểm định, hiệu chuẩn 18.640 phương tiện đo; thử nghiệm 3.215 mẫu; Đang thực hiện."),
        ("II.5.b", "completed", {"samples_tested": 60}, "Thử nghiệm 60 mẫu khảo sát chất lượng; Hoàn thành."),
        ("II.3.d", "completed", {"training_courses": 4, "participants": 136}, "04 khóa đào tạo kiểm định viên, 136 học viên; Hoàn thành."),
    ]
    hand4_xlsx("TTPTTN_TienDo_KH38_T10-2026.xlsx", u, "1187/BC-TTPTTN", "2026-10-30", "30/10/2026", "Trương Đăng Khoa (Phòng Kế hoạch – Tổng hợp)", rows, diffs, props, entries)

    u = ("SO-XD", "Sở Xây dựng")
    rows = [
        ("II.2.e", "Góp ý dự thảo QCVN lĩnh vực xây dựng", "Số dự thảo QCVN đã có văn bản góp ý (vật liệu xây dựng, an toàn cháy, kính xây dựng…)", 5, "dự thảo", "Hoàn thành"),
        ("II.5.a", "Kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng", "Số cuộc kiểm tra", 4, "cuộc", "Đang thực hiện"),
        ("II.5.a", "Kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng", "Cơ sở sản xuất, kinh doanh VLXD được kiểm tra", 22, "cơ sở", "Đang thực hiện"),
        ("II.5.a", "Kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng", "Mẫu VLXD lấy thử nghiệm (xi măng, thép, gạch ốp lát)", 35, "mẫu", "Đang thực hiện"),
        ("II.5.a", "Kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng", "Cơ sở vi phạm", 2, "cơ sở", "Đang thực hiện"),
        ("II.5.a", "Kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng", "Tiền phạt VPHC", 60000000, "đồng", "Đang thực hiện"),
        ("II.2.đ", "Duy trì HTQLCL TCVN ISO 9001:2015 tại cơ quan Sở", "Đã đánh giá nội bộ, công bố lại", None, "", "Hoàn thành"),
        ("II.3.a", "Cử công chức tham gia tập huấn TĐC", "Công chức tham gia tập huấn", 3, "người", "Hoàn thành"),
    ]
    diffs = ["Chưa có quy chuẩn kỹ thuật địa phương cho một số vật liệu xây dựng đặc thù của Thành phố."]
    props = ["Đề nghị Sở Khoa học và Công nghệ phối hợp Sở Xây dựng rà soát, đề xuất xây dựng quy chuẩn kỹ thuật địa phương về vật liệu xây dựng không nung."]
    entries = [
        ("II.2.e", "completed", {"standards_reviewed": 5}, "Góp ý 05 dự thảo QCVN lĩnh vực xây dựng; Hoàn thành."),
        ("II.5.a", "in_progress", {"inspections": 4, "establishments_inspected": 22, "samples_tested": 35, "violations": 2, "fines_vnd": 60000000},
         "Kiểm tra chất lượng VLXD: 4 cuộc, 22 cơ sở, 35 mẫu, 2 vi phạm, phạt 60.000.000 đồng; Đang thực hiện."),
        ("II.2.đ", "completed", {}, "Duy trì HTQLCL TCVN ISO 9001:2015; Hoàn thành."),
        ("II.3.a", "completed", {"participants": 3}, "3 công chức tham gia tập huấn; Hoàn thành."),
    ]
    hand4_xlsx("SXD_KH38_baocao_2026.xlsx", u, "15032/SXD-VLXD", "2026-11-03", "03/11/2026", "Phòng Vật liệu xây dựng", rows, diffs, props, entries)


def make_h4_docx():
    u = ("SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế")
    d = new_doc(font="Arial", size=11, margins=(1.8, 1.8, 2.5, 1.5))
    header_table(d, ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", ("PHÒNG KIỂM TRA – PHÁP CHẾ", "b"), "———"],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"), "———————"], size=11)
    para(d)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    info = [("Đơn vị:", "Phòng Kiểm tra – Pháp chế"), ("Số văn bản:", "62/BC-KTPC"), ("Ngày báo cáo:", "28/10/2026"), ("Người lập:", "Trương Đăng Khoa")]
    for i, (a, b) in enumerate(info):
        cell_text(t.cell(i, 0), [(a, "b")], size=10)
        cell_text(t.cell(i, 1), [b], size=10)
    para(d)
    para(d, "BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH 38 NĂM 2026", bold=True, align="c", size=12)
    para(d, "(phần việc của Phòng Kiểm tra – Pháp chế, số liệu đến 25/10/2026)", italic=True, align="c")
    rows = [
        ("II.5.a", "Phối hợp Chi cục TĐC kiểm tra đo lường, chất lượng hàng hóa", "Số cuộc kiểm tra phối hợp", "07", "cuộc", "Đang thực hiện"),
        ("II.5.a", "", "Cơ sở được kiểm tra", "52", "cơ sở", ""),
        ("II.5.a", "", "Cơ sở vi phạm", "09", "cơ sở", ""),
        ("II.5.a", "", "Tiền phạt đã ra quyết định", "128.500.000", "đồng", ""),
        ("II.5.b", "Phối hợp khảo sát chất lượng sản phẩm, hàng hóa", "Mẫu khảo sát đã lấy (phối hợp)", "45", "mẫu", "Đang thực hiện"),
        ("II.2.c", "Góp ý dự thảo luật, VBQPPL về TC-ĐL-CL", "Góp ý dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi)", "", "", "Hoàn thành"),
        ("II.4.b", "Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ", "Đã rà soát, lập danh mục đề nghị bảo dưỡng, hiệu chuẩn", "", "", "Hoàn thành"),
        ("II.5.d", "Xử lý phản ánh, tố giác; bảo vệ người tố giác", "Không có đơn tố giác trong kỳ", "", "", "Không phát sinh"),
    ]
    tb = d.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for j, h in enumerate(H4COLS):
        cell_text(tb.cell(0, j), [(h, "b")], align="c", size=10)
        shade(tb.cell(0, j), "BDD7EE")
    for row in rows:
        cs = tb.add_row().cells
        for j, v in enumerate(row):
            cell_text(cs[j], [v], size=10)
    para(d)
    para(d, "Khó khăn:", bold=True, indent=False)
    diffs = ["Phòng chỉ có 03 công chức trong khi phải phối hợp nhiều đoàn kiểm tra cùng lúc.",
             "Một số quyết định xử phạt chưa được tổ chức, cá nhân chấp hành đúng hạn."]
    for x in diffs:
        para(d, "- " + x, indent=False)
    para(d, "Đề xuất:", bold=True, indent=False)
    props = ["Đề nghị Chi cục TĐC gửi kế hoạch kiểm tra theo quý sớm để Phòng chủ động bố trí nhân sự phối hợp."]
    for x in props:
        para(d, "- " + x, indent=False)
    para(d, "Người lập: Trương Đăng Khoa                    Trưởng phòng: Lâm Quốc Hùng", italic=True, indent=False)
    fname = "KTPC_tiendo_KH38_2026.docx"
    d.save(os.path.join(OUT, fname))
    entries = [
        ("II.5.a", "in_progress", {"inspections": 7, "establishments_inspected": 52, "violations": 9, "fines_vnd": 128500000},
         "Phối hợp kiểm tra: 07 cuộc, 52 cơ sở, 09 vi phạm, phạt 128.500.000 đồng; Đang thực hiện."),
        ("II.5.b", "in_progress", {"samples_tested": 45}, "Phối hợp lấy 45 mẫu khảo sát; Đang thực hiện."),
        ("II.2.c", "completed", {}, "Góp ý dự thảo Nghị định hướng dẫn Luật Chất lượng SPHH (sửa đổi); Hoàn thành."),
        ("II.4.b", "completed", {}, "Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ; Hoàn thành."),
        ("II.5.d", "not_applicable", {}, "Không có đơn tố giác; Không phát sinh."),
    ]
    key(fname, u, "62/BC-KTPC", "2026-10-28", entries, diffs, props)

# ================================================================ HAND 5 — Ngọc (ward officer, plan-group sections)
# Sections numbered with the PLAN's own group numbers, so numbering jumps ("1. TUYÊN TRUYỀN…",
# "2. …", "3. …", "5. KIỂM TRA…"); under each, "- " lines in the ward's words ending after a semicolon
# with a lower-case status ("; đã xong", "; đang làm", "; chưa làm", "; không phát sinh");
# figures as bare numerals without zero-padding, money as "2,5 triệu đồng"; a bit untidy (double spaces).
GROUPS = {1: "1. TUYÊN TRUYỀN, NÂNG CAO NHẬN THỨC", 2: "2. QUẢN LÝ NHÀ NƯỚC VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG",
          3: "3. ĐÀO TẠO, BỒI DƯỠNG", 4: "4. ĐẦU TƯ", 5: "5. KIỂM TRA, GIÁM SÁT", 6: "6. TRAO ĐỔI THÔNG TIN"}


def hand5_docx(fname, unit, num, date_txt, date_iso, place, groups, diffs, props, signer, entries):
    d = new_doc(size=13)
    ward_up = unit[1].replace("Phường", "PHƯỜNG").upper()
    header_table(d, ["UBND " + ward_up, "———", "Số: " + num],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"), "———", (place + ", " + date_txt, "i")], size=12)
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", after=0)
    para(d, "Tình hình thực hiện Kế hoạch 38 năm 2026 (tiêu chuẩn, đo lường, chất lượng)", bold=True, align="c")
    para(d, "Ủy ban nhân dân phường báo cáo kết quả thực hiện các nội dung theo Kế hoạch của Sở Khoa học và Công nghệ (xếp theo các nhóm nhiệm vụ của Kế hoạch) như sau:", align="j")
    for g, lines in groups:
        para(d, GROUPS[g], bold=True, indent=False)
        for ln in lines:
            para(d, "- " + ln, align="j", indent=False)
    para(d, "KHÓ KHĂN", bold=True, indent=False)
    for x in diffs:
        para(d, "- " + x, align="j", indent=False)
    para(d, "KIẾN NGHỊ", bold=True, indent=False)
    for x in props:
        para(d, "- " + x, align="j", indent=False)
    signature(d, ["- Sở KH&CN;", "- Chi cục TĐC;", "- Lưu VT."], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer)
    d.save(os.path.join(OUT, fname))
    key(fname, unit, num, date_iso, entries, diffs, props)


def make_h5():
    u = ("27043", "Phường Đức Nhuận")
    groups = [
        (1, ["Đăng 9 tin, bài về đo lường, chất lượng và Ngày Tiêu chuẩn thế giới 14/10 trên trang thông tin điện tử phường;  đã xong",
             "Tổ chức 2 hội nghị tuyên truyền pháp luật về đo lường tại chợ Phú Nhuận, khoảng 110 lượt tiểu thương tham dự; đã xong"]),
        (2, ["Hướng dẫn 7 cơ sở sản xuất bánh, cà phê rang xay trên địa bàn ghi nhãn, tự công bố sản phẩm; đang làm",
             "Duy trì HTQLCL theo TCVN ISO 9001:2015 tại bộ phận tiếp nhận và trả kết quả, cập nhật 14 quy trình sau sáp nhập; đã xong"]),
        (3, ["Cử 2 công chức dự lớp tập huấn của Chi cục TĐC tháng 6/2026; đã xong"]),
        (5, ["Phối hợp Chi cục TĐC kiểm tra đo lường tại chợ Phú Nhuận và 4 cửa hàng xăng dầu: 3 cuộc, 29 cơ sở, 2 cơ sở vi phạm, phạt 2,5 triệu đồng;  đang làm, còn đợt tháng 12",
             "Không nhận phản ánh, tố giác về gian lận đo lường; không phát sinh"]),
    ]
    diffs = ["Một số tiểu thương chưa hợp tác khi kiểm tra, đóng cửa sạp khi thấy đoàn kiểm tra.",
             "Phường chưa có kinh phí riêng cho công tác tuyên truyền về tiêu chuẩn, đo lường, chất lượng."]
    props = ["Kiến nghị Sở Khoa học và Công nghệ bố trí kinh phí hỗ trợ in ấn tài liệu tuyên truyền cho các phường."]
    entries = [
        ("II.1.a", "completed", {"communications": 9, "training_courses": 2, "participants": 110},
         "9 tin, bài; 2 hội nghị tuyên truyền tại chợ, khoảng 110 lượt tiểu thương; đã xong."),
        ("II.2.d", "in_progress", {"enterprises_supported": 7}, "Hướng dẫn 7 cơ sở ghi nhãn, tự công bố; đang làm."),
        ("II.2.đ", "completed", {}, "Duy trì HTQLCL TCVN ISO 9001:2015, cập nhật 14 quy trình; đã xong."),
        ("II.3.a", "completed", {"participants": 2}, "Cử 2 công chức dự lớp tập huấn; đã xong."),
        ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 29, "violations": 2, "fines_vnd": 2500000},
         "Phối hợp kiểm tra đo lường: 3 cuộc, 29 cơ sở, 2 vi phạm, phạt 2,5 triệu đồng; đang làm."),
        ("II.5.d", "not_applicable", {}, "Không nhận phản ánh, tố giác; không phát sinh."),
    ]
    hand5_docx("DucNhuan_BC_KH38.docx", u, "175/BC-UBND", "ngày 26 tháng 10 năm 2026", "2026-10-26", "Đức Nhuận", groups, diffs, props, "Phan Thị Bảo Ngọc", entries)

    u = ("27259", "Phường Xóm Chiếu")
    groups = [
        (1, ["Phát 6 tin tuyên truyền trên hệ thống loa và nhóm Zalo khu phố về cân đúng, đủ; đang làm"]),
        (3, ["Cử công chức dự tập huấn: chưa có lớp nên chưa cử; chưa làm"]),
        (5, ["Kiểm tra cân tại chợ Xóm Chiếu: 2 cuộc, 31 hộ kinh doanh, 3 hộ vi phạm, phạt 4,2 triệu đồng; đã xong",
             "Kiểm tra việc đổi cân đối chứng tại chợ: cân đối chứng đã được kiểm định lại; đã xong"]),
    ]
    diffs = ["Chợ Xóm Chiếu xuống cấp, nhiều hộ kinh doanh chuyển ra lòng đường nên khó quản lý."]
    props = ["Kiến nghị Chi cục TĐC hỗ trợ 1 cân đối chứng mới cho chợ Xóm Chiếu.",
             "Kiến nghị sớm mở lớp tập huấn cho công chức phường phụ trách lĩnh vực đo lường."]
    entries = [
        ("II.1.a", "in_progress", {"communications": 6}, "6 tin tuyên truyền trên loa, Zalo; đang làm."),
        ("II.3.a", "not_started", {}, "Chưa có lớp nên chưa cử; chưa làm."),
        ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 31, "violations": 3, "fines_vnd": 4200000},
         "Kiểm tra cân tại chợ Xóm Chiếu: 2 cuộc, 31 hộ, 3 vi phạm, phạt 4,2 triệu đồng; cân đối chứng đã kiểm định lại; đã xong."),
    ]
    hand5_docx("BC KH38 Xom Chieu.docx", u, "231/BC-UBND", "ngày 05 tháng 11 năm 2026", "2026-11-05", "Xóm Chiếu", groups, diffs, props, "Lý Văn Hiếu", entries)


def make_h5_xlsx():
    u = ("27169", "Phường Diên Hồng")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    F = Font(name="Times New Roman", size=12)
    FB = Font(name="Times New Roman", size=12, bold=True)
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 95
    ws.column_dimensions["C"].width = 18
    lines = [
        ("", "UBND PHƯỜNG DIÊN HỒNG", ""),
        ("", "Số: 189/BC-UBND                                   Diên Hồng, ngày 28 tháng 10 năm 2026", ""),
        ("", "", ""),
        ("", "BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH 38 NĂM 2026 (TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG)", ""),
        ("", "(xếp theo các nhóm nhiệm vụ của Kế hoạch Sở KH&CN)", ""),
        ("Nhóm", "Nội dung phường đã làm", "Tình trạng"),
        (1, "TUYÊN TRUYỀN, NÂNG CAO NHẬN THỨC", ""),
        ("", "- Đăng 5 tin bài trên trang thông tin phường, treo băng rôn tại chợ Hòa Hưng", "đã xong"),
        (2, "QUẢN LÝ NHÀ NƯỚC", ""),
        ("", "- Duy trì ISO 9001:2015 ở bộ phận một cửa", "đang làm"),
        (3, "ĐÀO TẠO, BỒI DƯỠNG", ""),
        ("", "- Cử 1 công chức dự tập huấn nghiệp vụ đo lường", "đã xong"),
        (5, "KIỂM TRA, GIÁM SÁT", ""),
        ("", "- Phối hợp Đội QLTT kiểm tra 2 cuộc tại 16 cửa hàng điện thoại, điện máy (nhãn hàng hóa, hợp quy), 1 cơ sở vi phạm, phạt 7,5 triệu đồng", "đang làm"),
        ("", "", ""),
        ("", "KHÓ KHĂN", ""),
        ("", "- Các cửa hàng điện máy nhập hàng qua nhiều tầng trung gian, khó xác định nguồn gốc khi kiểm tra.", ""),
        ("", "KIẾN NGHỊ", ""),
        ("", "- Kiến nghị Chi cục TĐC hướng dẫn phường danh mục sản phẩm, hàng hóa nhóm 2 phải chứng nhận hợp quy.", ""),
        ("", "", ""),
        ("", "Người lập: Phan Thị Bảo Ngọc", "KT. CHỦ TỊCH"),
    ]
    for i, row in enumerate(lines, 1):
        for j, v in enumerate(row, 1):
            if v != "":
                c = ws.cell(i, j, v)
                c.font = FB if (i in (1, 4, 6, 16, 18) or (j == 2 and isinstance(row[0], int))) else F
                c.alignment = Alignment(wrap_text=(j == 2 and i > 6), vertical="top")
    fname = "DienHong_CT38_2026.xlsx"
    wb.save(os.path.join(OUT, fname))
    diffs = ["Các cửa hàng điện máy nhập hàng qua nhiều tầng trung gian, khó xác định nguồn gốc khi kiểm tra."]
    props = ["Kiến nghị Chi cục TĐC hướng dẫn phường danh mục sản phẩm, hàng hóa nhóm 2 phải chứng nhận hợp quy."]
    entries = [
        ("II.1.a", "completed", {"communications": 5}, "Đăng 5 tin bài; treo băng rôn tại chợ; đã xong."),
        ("II.2.đ", "in_progress", {}, "Duy trì ISO 9001:2015 ở bộ phận một cửa; đang làm."),
        ("II.3.a", "completed", {"participants": 1}, "Cử 1 công chức dự tập huấn; đã xong."),
        ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 16, "violations": 1, "fines_vnd": 7500000},
         "Phối hợp kiểm tra 2 cuộc, 16 cửa hàng, 1 vi phạm, phạt 7,5 triệu đồng; đang làm."),
    ]
    key(fname, u, "189/BC-UBND", "2026-10-28", entries, diffs, props)


if __name__ == "__main__":
    make_h1(); make_h2(); make_h3(); make_h4(); make_h4_docx(); make_h5(); make_h5_xlsx()
    os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
    for fn, k in KEYS.items():
        with open(os.path.join(OUT, "truth", fn + ".json"), "w", encoding="utf-8") as f:
            json.dump(k, f, ensure_ascii=False, indent=2)
    print(len(KEYS), "files")
