# -*- coding: utf-8 -*-
"""Generator for set97: partner city departments / agencies reporting little.
Four hands (A: công văn with cut-off period, D: ISO form, B: press/culture item list,
C: statistician's per-row-period sheet). Writes files + truth/*.json."""
import json, os, hashlib, unicodedata, datetime, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
N = lambda s: unicodedata.normalize("NFC", s)
KEYS = []  # (fname, key dict)


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS.append((fname, {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit_id, "name": unit_name} if unit_name else None,
        "document": {"number": number, "date": date},
        "entries": [{"task": t, "status": s, "indicators": ind, "text": N(tx)} for (t, s, ind, tx) in entries],
        "findings": [], "difficulties": [N(d) for d in diffs], "proposals": [N(p) for p in props]}))


# ---------------------------------------------------------------- docx helpers
def base_doc(font="Times New Roman", size=14, landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    return d


def para(d, text="", bold=False, italic=False, align=None, indent=True, size=None, space_after=6, underline=False):
    p = d.add_paragraph()
    if text:
        r = p.add_run(N(text))
        r.bold, r.italic, r.underline = bold, italic, underline
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_text(c, lines, bold=False, italic=False, align="c", size=13):
    c.text = ""
    first = True
    for ln in lines:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        b, it, t = bold, italic, ln
        if isinstance(ln, tuple):
            t, b, it = ln
        r = p.add_run(N(t))
        r.bold, r.italic = b, it
        r.font.size = Pt(size)
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT,
                       "j": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
        p.paragraph_format.space_after = Pt(0)


def header_table(d, left, right_place_date, number_line, vv=None):
    t = d.add_table(rows=2, cols=2)
    cell_text(t.cell(0, 0), left)
    cell_text(t.cell(0, 1), [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
                             ("Độc lập - Tự do - Hạnh phúc", True, False), ("_______________", False, False)])
    l2 = [number_line] + ([(vv, False, False)] if vv else [])
    cell_text(t.cell(1, 0), l2)
    cell_text(t.cell(1, 1), [(right_place_date, False, True)])
    t.cell(0, 0).width = Cm(7)
    t.cell(0, 1).width = Cm(9)
    return t


def signature(d, left_lines, right_lines, name):
    t = d.add_table(rows=1, cols=2)
    c = t.cell(0, 0)
    c.text = ""
    p = c.paragraphs[0]
    r = p.add_run("Nơi nhận:")
    r.bold = r.italic = True
    r.font.size = Pt(12)
    for ln in left_lines:
        q = c.add_paragraph()
        rr = q.add_run(N(ln))
        rr.font.size = Pt(11)
        q.paragraph_format.space_after = Pt(0)
    cell_text(t.cell(0, 1), [(x, True, False) for x in right_lines] + ["", "", "", (name, True, False)])


def grid(t):
    t.style = "Table Grid"


# ======================================================================== HAND A
# Hồng Vân-type: a Sở's công văn; an italic cut-off line "(Thời gian chốt số liệu: …)";
# one paragraph per task opening with the Sở's ROLE ("Với vai trò cơ quan phối hợp …",
# "Nội dung … Sở không được giao …") and closing with "Đến ngày chốt số liệu, …".

def hand_a(fname, unit_id, unit_name, parent, short, number, vv, date_iso, place_date, cutoff,
           intro, items, diffs, props, closing, signer, nhan, entries, status="extracted", reason=None,
           diff_none=None, prop_none=None, extra_heading=None):
    d = base_doc()
    header_table(d, [(parent, False, False), (short, True, False), ("_______", False, False)],
                 place_date, "Số: " + number, vv)
    para(d, "")
    p = para(d, "", align="c")
    r = p.add_run("Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.")
    para(d, intro)
    para(d, cutoff, italic=True)
    if extra_heading:
        para(d, extra_heading, bold=True)
    for it in items:
        para(d, it)
    para(d, "Khó khăn, vướng mắc:", bold=True)
    if diffs:
        for x in diffs:
            para(d, "- " + x)
    else:
        para(d, diff_none or "Không có.")
    para(d, "Kiến nghị, đề xuất:", bold=True)
    if props:
        for x in props:
            para(d, "- " + x)
    else:
        para(d, prop_none or "Không có.")
    para(d, closing)
    signature(d, nhan, signer[:-1], signer[-1])
    path = os.path.join(OUT, fname)
    d.save(path)
    dd = {"number": number, "date": date_iso}
    key(fname, unit_id, unit_name, number, date_iso, entries, diffs, props, status, reason)


def make_hand_a():
    # A1 Sở Tài chính ------------------------------------------------------
    it1 = ("1. Với vai trò cơ quan phối hợp trong việc bố trí kinh phí đầu tư cơ sở vật chất, trang thiết bị cho "
           "đơn vị sự nghiệp công lập thuộc Sở Khoa học và Công nghệ: Sở Tài chính đã có ý kiến thẩm định dự toán "
           "mua sắm trang thiết bị thử nghiệm năm 2026 của Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo "
           "lường Chất lượng với tổng dự toán 4.850.000.000 đồng; trong kỳ đã giải ngân 3.126.400.000 đồng, phần còn "
           "lại chờ nghiệm thu gói thầu số 03. Đến ngày chốt số liệu, nội dung này đang tiếp tục thực hiện.")
    it2 = ("2. Với vai trò cơ quan được Sở Khoa học và Công nghệ mời cử công chức tham gia tập huấn chuyên môn "
           "về tiêu chuẩn, đo lường, chất lượng: Sở Tài chính đã cử 02 công chức Phòng Quản lý giá tham gia lớp "
           "tập huấn do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức tháng 6/2026. Đến ngày chốt số liệu, "
           "việc này đã thực hiện xong.")
    it3 = ("3. Với vai trò cơ quan hành chính nhà nước áp dụng hệ thống quản lý chất lượng: Sở Tài chính tiếp tục "
           "duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, đã rà soát, cập nhật các quy trình giải "
           "quyết thủ tục hành chính sau sắp xếp bộ máy và hoàn thành đánh giá nội bộ năm 2026 vào tháng 8/2026. "
           "Đến ngày chốt số liệu, việc này đã hoàn thành.")
    it4 = ("4. Nội dung kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng đối với sản phẩm, hàng hóa: Sở Tài "
           "chính không được giao chủ trì hay phối hợp. Đến ngày chốt số liệu, không phát sinh.")
    diffs = ["Một số hồ sơ đề nghị bổ sung dự toán mua sắm trang thiết bị gửi chậm so với thời điểm xây dựng dự toán "
             "năm, dẫn đến phải điều chỉnh dự toán trong năm."]
    props = ["Đề nghị Sở Khoa học và Công nghệ chỉ đạo các đơn vị sự nghiệp trực thuộc lập dự toán mua sắm trang thiết "
             "bị năm 2027 gửi Sở Tài chính trước ngày 15/7/2026 (kèm báo giá, thuyết minh nhu cầu)."]
    hand_a("STC_phuc dap BC KH38 nam 2026.docx", "SO-TC", "Sở Tài chính",
           "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ TÀI CHÍNH", "8123/STC-HCSN",
           "V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
           "2026-10-27", "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
           "(Thời gian chốt số liệu: từ ngày 15/10/2025 đến hết ngày 14/10/2026)",
           "Sở Tài chính nhận được Công văn số 2871/SKHCN-TĐC ngày 02 tháng 10 năm 2026 của Sở Khoa học và Công nghệ "
           "về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Trên cơ sở chức năng, "
           "nhiệm vụ, Sở Tài chính báo cáo như sau:",
           [it1, it2, it3, it4], diffs, props,
           "Trên đây là báo cáo của Sở Tài chính, kính gửi Sở Khoa học và Công nghệ tổng hợp./.",
           ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lâm Thị Ngọc Hoa"],
           ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, HCSN (Vân)."],
           [("II.4.a", "in_progress", {"budget_spent_vnd": 3126400000}, it1),
            ("II.3.a", "completed", {"participants": 2}, it2),
            ("II.2.đ", "completed", {}, it3),
            ("II.5.a", "not_applicable", {}, it4)])

    # A2 Sở Nội vụ ---------------------------------------------------------
    it1 = ("1. Với vai trò cơ quan tham mưu về thu hút, trọng dụng nhân tài: Sở Nội vụ đã phối hợp tiếp nhận, thẩm "
           "định hồ sơ theo Quyết định số 05/2026/QĐ-UBND; riêng lĩnh vực tiêu chuẩn, đo lường, chất lượng chưa có "
           "cơ quan, đơn vị nào gửi hồ sơ đề nghị thu hút chuyên gia. Đến ngày chốt số liệu, nội dung này không phát sinh.")
    it2 = ("2. Với vai trò phối hợp bồi dưỡng công chức cấp xã: Sở Nội vụ đã phối hợp với Chi cục Tiêu chuẩn Đo lường "
           "Chất lượng lồng ghép chuyên đề quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng vào 01 lớp bồi dưỡng "
           "công chức phường, xã, đặc khu (tháng 7/2026) với 86 học viên. Đến ngày chốt số liệu, việc này đã hoàn thành.")
    it3 = ("3. Với vai trò cơ quan theo dõi công tác cải cách hành chính: trong 04 đoàn kiểm tra công tác cải cách hành "
           "chính năm 2026, Sở Nội vụ đã lồng ghép nội dung kiểm tra việc áp dụng, duy trì Hệ thống quản lý chất lượng "
           "theo TCVN ISO 9001:2015 tại các cơ quan, đơn vị được kiểm tra. Đến ngày chốt số liệu, việc này đang tiếp "
           "tục thực hiện theo Kế hoạch kiểm tra năm, dự kiến kết thúc trong tháng 11/2026.")
    it4 = ("4. Nội dung khen thưởng người tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng: Sở Nội "
           "vụ (Ban Thi đua – Khen thưởng) chưa nhận được đề nghị khen thưởng nào. Đến ngày chốt số liệu, không phát sinh.")
    diffs = ["Công chức phụ trách cải cách hành chính tại nhiều phường, xã mới sắp xếp còn kiêm nhiệm nhiều việc, "
             "chưa nắm vững yêu cầu duy trì hệ thống quản lý chất lượng."]
    props = []
    hand_a("SNV_BC ket qua KH 38-CT-TW.docx", "SO-NV", "Sở Nội vụ",
           "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "SỞ NỘI VỤ", "4567/SNV-CCHC",
           "V/v báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW",
           "2026-10-30", "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
           "(Thời gian chốt số liệu: từ ngày 01/11/2025 đến ngày 20/10/2026)",
           "Thực hiện Công văn số 2871/SKHCN-TĐC ngày 02/10/2026 của Sở Khoa học và Công nghệ, Sở Nội vụ báo cáo kết "
           "quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
           [it1, it2, it3, it4], diffs, props,
           "Sở Nội vụ báo cáo để Sở Khoa học và Công nghệ tổng hợp./.",
           ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trương Văn Lắm"],
           ["- Như trên;", "- Ban Giám đốc Sở;", "- Lưu: VT, CCHC."],
           [("II.3.c", "not_applicable", {}, it1),
            ("II.3.a", "completed", {"training_courses": 1, "participants": 86}, it2),
            ("II.2.đ", "in_progress", {"inspections": 4}, it3),
            ("II.5.d", "not_applicable", {}, it4)],
           prop_none="Không.")

    # A3 Sở Tư pháp --------------------------------------------------------
    it1 = ("1. Với vai trò cơ quan thường trực Hội đồng phối hợp phổ biến, giáo dục pháp luật Thành phố: Sở Tư pháp đã "
           "lồng ghép giới thiệu Luật Đo lường, Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) trong 03 hội nghị phổ biến "
           "pháp luật cho doanh nghiệp với khoảng 640 lượt người tham dự; đăng 05 tin, bài trên Trang thông tin phổ "
           "biến, giáo dục pháp luật Thành phố. Đến ngày chốt số liệu, việc này đã thực hiện xong.")
    it2 = ("2. Với vai trò cơ quan góp ý, thẩm định dự thảo văn bản: Sở Tư pháp đã có ý kiến góp ý đối với dự thảo "
           "Nghị định quy định chi tiết một số điều của Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) theo đề nghị của "
           "Sở Khoa học và Công nghệ. Đến ngày chốt số liệu, nội dung này đã hoàn thành.")
    it3 = ("3. Với vai trò phối hợp xây dựng quy chuẩn kỹ thuật địa phương: Sở Tư pháp đã thẩm định 01 dự thảo quy "
           "chuẩn kỹ thuật địa phương về chất lượng nước sạch sử dụng cho mục đích sinh hoạt trên địa bàn Thành phố "
           "(Báo cáo thẩm định số 412/BC-STP ngày 16/9/2026). Đến ngày chốt số liệu, việc này đã xong.")
    it4 = ("4. Nội dung cập nhật điều ước, thỏa thuận quốc tế về tiêu chuẩn, đo lường, chất lượng: Sở Tư pháp không "
           "được giao nhiệm vụ; trong kỳ không có yêu cầu phối hợp. Đến ngày chốt số liệu, không phát sinh.")
    diffs = []
    props = ["Đề nghị Sở Khoa học và Công nghệ gửi dự thảo văn bản cần góp ý, thẩm định sớm hơn (tối thiểu 10 ngày "
             "làm việc) để Sở Tư pháp có đủ thời gian nghiên cứu."]
    hand_a("STP_bao cao KH38 (chot 30.9).docx", "SO-TP", "Sở Tư pháp",
           "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ TƯ PHÁP", "3390/STP-VB",
           "V/v báo cáo kết quả thực hiện Kế hoạch số 38 năm 2026 của Sở Khoa học và Công nghệ",
           "2026-10-22", "Thành phố Hồ Chí Minh, ngày 22 tháng 10 năm 2026",
           "(Thời gian chốt số liệu: từ ngày 01/10/2025 đến ngày 30/9/2026, theo kỳ báo cáo công tác tư pháp)",
           "Phúc đáp Công văn số 2871/SKHCN-TĐC ngày 02/10/2026 của Sở Khoa học và Công nghệ, Sở Tư pháp báo cáo "
           "các nội dung có liên quan như sau:",
           [it1, it2, it3, it4], diffs, props,
           "Trên đây là báo cáo của Sở Tư pháp./.",
           ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Bảo Trân"],
           ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, VB."],
           [("II.1.a", "completed", {"training_courses": 3, "participants": 640, "communications": 5}, it1),
            ("II.2.c", "completed", {}, it2),
            ("II.2.e", "completed", {"standards_reviewed": 1}, it3),
            ("II.6.a", "not_applicable", {}, it4)],
           diff_none="Không có khó khăn, vướng mắc.")

    # A4 Thanh tra Thành phố ---------------------------------------------
    it1 = ("1. Với vai trò cơ quan tiếp nhận, xử lý đơn thư: Thanh tra Thành phố đã tiếp nhận 02 đơn phản ánh, tố cáo "
           "liên quan đến gian lận đo lường tại cửa hàng xăng dầu, đã chuyển Sở Khoa học và Công nghệ giải quyết theo "
           "thẩm quyền và đang theo dõi kết quả. Đến ngày chốt số liệu, việc này đang thực hiện.")
    it2 = ("2. Nội dung thanh tra, kiểm tra chuyên đề về tiêu chuẩn, đo lường, chất lượng: Kế hoạch thanh tra năm 2026 "
           "của Thanh tra Thành phố không có cuộc thanh tra thuộc lĩnh vực này. Đến ngày chốt số liệu, không phát sinh.")
    it3 = ("3. Nội dung phối hợp với Ủy ban nhân dân phường, xã, đặc khu thực hiện các nội dung được phân quyền: "
           "Thanh tra Thành phố không nhận được đề nghị phối hợp. Đến ngày chốt số liệu, không phát sinh.")
    hand_a("TTTP_BC phoi hop CT38.docx", "THANHTRA-TP", "Thanh tra Thành phố",
           "UBND THÀNH PHỐ HỒ CHÍ MINH", "THANH TRA THÀNH PHỐ", "1125/TTTP-P2",
           "V/v báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
           "2026-11-03", "Thành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026",
           "(Thời gian chốt số liệu: từ ngày 16/12/2025 đến ngày 15/10/2026, theo kỳ báo cáo công tác thanh tra)",
           "Thực hiện Công văn số 2871/SKHCN-TĐC ngày 02/10/2026 của Sở Khoa học và Công nghệ, Thanh tra Thành phố "
           "báo cáo như sau:",
           [it1, it2, it3], [], [],
           "Thanh tra Thành phố báo cáo Sở Khoa học và Công nghệ tổng hợp./.",
           ["KT. CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA", "Đặng Minh Khoa"],
           ["- Như trên;", "- Chánh Thanh tra (để b/c);", "- Lưu: VT, P2."],
           [("II.5.d", "in_progress", {}, it1),
            ("II.5.a", "not_applicable", {}, it2),
            ("II.5.c", "not_applicable", {}, it3)],
           diff_none="Không.", prop_none="Không.")

    # A5 MISTAKEN: Sở Dân tộc và Tôn giáo – cải cách hành chính Quý III --
    its = ["1. Với vai trò cơ quan chủ trì cải cách thủ tục hành chính của ngành: Sở đã rà soát 14 thủ tục hành chính "
           "lĩnh vực tôn giáo, đề xuất đơn giản hóa 03 thủ tục. Đến ngày chốt số liệu, việc này đã hoàn thành.",
           "2. Với vai trò đơn vị thực hiện chuyển đổi số trong giải quyết thủ tục hành chính: tỷ lệ hồ sơ trực tuyến "
           "toàn trình đạt 87,4%; 100% hồ sơ được số hóa kết quả. Đến ngày chốt số liệu, đang tiếp tục thực hiện.",
           "3. Với vai trò cơ quan thực hiện cải cách tổ chức bộ máy: Sở đã kiện toàn 02 phòng chuyên môn sau sắp xếp. "
           "Đến ngày chốt số liệu, việc này đã hoàn thành."]
    hand_a("SDTTG_BC CCHC quy III-2026.docx", None, None,
           "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ DÂN TỘC VÀ TÔN GIÁO", "1874/SDTTG-VP",
           "V/v báo cáo kết quả công tác cải cách hành chính Quý III năm 2026",
           "2026-09-25", "Thành phố Hồ Chí Minh, ngày 25 tháng 9 năm 2026",
           "(Thời gian chốt số liệu: từ ngày 15/6/2026 đến ngày 14/9/2026)",
           "Thực hiện Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân Thành phố, Sở Dân tộc và Tôn giáo "
           "báo cáo kết quả công tác cải cách hành chính Quý III năm 2026 như sau:",
           its, ["Hệ thống một cửa điện tử còn chậm khi đồng bộ hồ sơ."], ["Đề nghị nâng cấp đường truyền."],
           "Sở Dân tộc và Tôn giáo báo cáo./.",
           ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Huỳnh Thị Kim Xuyến"],
           ["- Như trên;", "- Sở Nội vụ;", "- Lưu: VT, VP."],
           [], status="rejected",
           reason="Báo cáo cải cách hành chính Quý III/2026 của Sở Dân tộc và Tôn giáo, không phải báo cáo thực hiện "
                  "Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")
    # mistaken key: keep it simple
    KEYS[-1][1]["unit"] = {"id": "SO-DTTG", "name": "Sở Dân tộc và Tôn giáo"}
    KEYS[-1][1]["difficulties"] = []
    KEYS[-1][1]["proposals"] = []


# ======================================================================== HAND D
# ISO-form person: the unit's ISO 9001 form (control box "Mã hiệu / Lần ban hành / Ngày hiệu
# lực / Trang"), field lines, a grid "STT | Công việc | Kết quả | Trạng thái | Hồ sơ lưu",
# then numbered form fields for difficulties/proposals and the three-box ISO signing row
# "Người lập | Người kiểm tra | Người phê duyệt".

def hand_d(fname, org_lines, form_code, fields, rows, diffs, props, signers, date_line,
           key_args, diff_none="Không có.", prop_none="Không có."):
    d = base_doc(size=13)
    t = d.add_table(rows=1, cols=3)
    grid(t)
    cell_text(t.cell(0, 0), [(x, True, False) for x in org_lines], size=12)
    cell_text(t.cell(0, 1), [("BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ", True, False),
                             ("(theo kế hoạch của Sở)", False, True)], size=13)
    cell_text(t.cell(0, 2), form_code, align="l", size=11)
    t.cell(0, 0).width, t.cell(0, 1).width, t.cell(0, 2).width = Cm(5), Cm(7), Cm(4.5)
    para(d, "")
    for lab, val in fields:
        p = para(d, "", indent=False, space_after=2)
        r = p.add_run(N(lab + " "))
        r.bold = True
        p.add_run(N(val))
    para(d, "1. Kết quả thực hiện các công việc", bold=True, indent=False)
    tb = d.add_table(rows=1, cols=5)
    grid(tb)
    hdr = ["STT", "Công việc được giao (theo Kế hoạch)", "Kết quả thực hiện", "Trạng thái", "Hồ sơ lưu"]
    for i, h in enumerate(hdr):
        cell_text(tb.rows[0].cells[i], [(h, True, False)], size=12)
    for i, (job, res, st, rec) in enumerate(rows, 1):
        cs = tb.add_row().cells
        cell_text(cs[0], [str(i)], size=12)
        cell_text(cs[1], [job], align="l", size=12)
        cell_text(cs[2], res if isinstance(res, list) else [res], align="j", size=12)
        cell_text(cs[3], [st], size=12)
        cell_text(cs[4], [rec], align="l", size=11)
    widths = [Cm(1), Cm(4.2), Cm(6.8), Cm(2.3), Cm(2.4)]
    for row in tb.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    para(d, "2. Khó khăn, vướng mắc", bold=True, indent=False)
    if diffs:
        for x in diffs:
            para(d, "- " + x, indent=False)
    else:
        para(d, diff_none, indent=False)
    para(d, "3. Đề xuất, kiến nghị", bold=True, indent=False)
    if props:
        for x in props:
            para(d, "- " + x, indent=False)
    else:
        para(d, prop_none, indent=False)
    para(d, date_line, italic=True, align="r")
    s = d.add_table(rows=2, cols=3)
    grid(s)
    for i, (role, name) in enumerate(signers):
        cell_text(s.cell(0, i), [(role, True, False)], size=12)
        cell_text(s.cell(1, i), ["", "", "", (name, True, False)], size=12)
    path = os.path.join(OUT, fname)
    d.save(path)
    key(fname, *key_args, diffs, props)


def make_hand_d():
    ISO = lambda code, ed, dt, pg: [("Mã hiệu: " + code, False, False), ("Lần ban hành: " + ed, False, False),
                                    ("Ngày hiệu lực: " + dt, False, False), ("Trang: " + pg, False, False)]
    # D1 Văn phòng Sở ----------------------------------------------------
    r1 = ("Tổ chức 01 lớp đào tạo chuyên gia đánh giá nội bộ TCVN ISO 9001:2015 cho 42 công chức, viên chức các "
          "phòng, đơn vị; đã đánh giá nội bộ đợt 1 (tháng 5/2026); đợt 2 dự kiến tháng 11/2026.")
    r2 = ("Đã phối hợp Chi cục TĐC và Phòng Chuyển đổi số hoàn thiện quy trình điện tử, kết nối liên thông hồ sơ "
          "đăng ký kiểm tra chất lượng hàng hóa nhập khẩu với Cổng thông tin một cửa quốc gia từ tháng 3/2026.")
    r3 = ("Tham mưu mua sắm, bàn giao thiết bị cho Trung tâm Dịch vụ Phân tích thí nghiệm; đã thanh toán "
          "1.275.500.000 đồng (02/03 gói); gói còn lại đang thẩm định giá.")
    r4 = "Không phát sinh đề nghị khen thưởng người tố giác."
    r5 = "Phối hợp cung cấp danh mục dữ liệu TTHC để kết nối cơ sở dữ liệu quốc gia; đang chờ Bộ hướng dẫn."
    rows = [("Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015 tại Sở (phối hợp Chi cục)", r1, "Đang thực hiện", "ISO/2026-05"),
            ("Kết nối hệ thống TTHC với Cổng một cửa quốc gia", r2, "Đạt – đã hoàn thành", "VP/TTHC-2026/03"),
            ("Đầu tư trang thiết bị cho đơn vị sự nghiệp", r3, "Đang thực hiện", "VP/MS-2026/01-03"),
            ("Khen thưởng, bảo vệ người tố giác vi phạm", r4, "Không phát sinh", "—"),
            ("Kết nối cơ sở dữ liệu quốc gia về TĐC", r5, "Đang thực hiện", "VP/CSDL-2026")]
    hand_d("VP_BM03-QT.TH_BC nhiem vu CT38.docx", ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "VĂN PHÒNG SỞ"],
           ISO("BM.03-QT.TH.01", "02", "15/3/2025", "1/2"),
           [("Đơn vị báo cáo:", "Văn phòng Sở Khoa học và Công nghệ"),
            ("Kế hoạch:", "Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ"),
            ("Kỳ báo cáo:", "từ 01/01/2026 đến 15/10/2026"),
            ("Nơi nhận báo cáo:", "Chi cục Tiêu chuẩn Đo lường Chất lượng (đầu mối tổng hợp)")],
           rows, ["Nhân sự phụ trách ISO của Văn phòng thay đổi sau sắp xếp, phải đào tạo lại."],
           ["Đề nghị Chi cục hỗ trợ chuyên gia tư vấn cho đợt đánh giá nội bộ lần 2 năm 2026."],
           [("Người lập", "Phạm Thị Thu Hà"), ("Người kiểm tra", "Võ Quốc Bảo"), ("Người phê duyệt", "Lê Thanh Tùng")],
           "Ngày lập: 19/10/2026",
           ("SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ", None, "2026-10-19",
            [("II.2.đ", "in_progress", {"training_courses": 1, "participants": 42}, r1),
             ("II.2.h", "completed", {}, r2),
             ("II.4.a", "in_progress", {"budget_spent_vnd": 1275500000}, r3),
             ("II.5.d", "not_applicable", {}, r4),
             ("II.2.i", "in_progress", {}, r5)]))

    # D2 Phòng Chuyển đổi số --------------------------------------------
    r1 = ("Phối hợp Văn phòng Sở, Chi cục TĐC hoàn thiện, vận hành liên thông hồ sơ kiểm tra nhà nước về chất lượng "
          "hàng nhập khẩu; đã chạy chính thức.")
    r2 = ("Xây dựng API đồng bộ dữ liệu TĐC của Thành phố lên CSDL quốc gia; đã thử nghiệm kết nối, đang chờ Bộ "
          "cấp tài khoản chính thức.")
    r3 = "Đăng 18 tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử của Sở."
    r4 = "Chưa triển khai do chưa có yêu cầu từ Chi cục."
    rows = [("Cải tiến hệ thống TTHC, liên thông Cổng một cửa quốc gia", r1, "Đạt – đã hoàn thành", "CĐS/HS-04"),
            ("Kết nối, áp dụng CSDL quốc gia về TĐC", r2, "Đang thực hiện", "CĐS/HS-07"),
            ("Tuyên truyền trên Cổng TTĐT của Sở", r3, "Đang thực hiện", "Chuyên mục TĐC"),
            ("Cập nhật thông tin điều ước, thỏa thuận quốc tế lên Cổng", r4, "Chưa thực hiện", "—")]
    hand_d("CDS_BM03 bao cao CT38.docx", ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG CHUYỂN ĐỔI SỐ"],
           ISO("BM.03-QT.TH.01", "02", "15/3/2025", "1/1"),
           [("Số:", "27/BC-CĐS"), ("Đơn vị báo cáo:", "Phòng Chuyển đổi số"),
            ("Kế hoạch:", "Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"),
            ("Kỳ báo cáo:", "từ 01/01/2026 đến 20/10/2026")],
           rows, [], ["Đề nghị Chi cục TĐC cử đầu mối cung cấp nội dung tin, bài định kỳ hằng tháng."],
           [("Người lập", "Nguyễn Hoàng Phúc"), ("Người kiểm tra", "Trần Minh Trí"), ("Người phê duyệt", "Hồ Thị Mỹ Linh")],
           "Ngày lập: 22/10/2026",
           ("SKHCN-CDS", "Phòng Chuyển đổi số", "27/BC-CĐS", "2026-10-22",
            [("II.2.h", "completed", {}, r1),
             ("II.2.i", "in_progress", {}, r2),
             ("II.1.a", "in_progress", {"communications": 18}, r3),
             ("II.6.a", "not_started", {}, r4)]),
           diff_none="Không.")

    # D3 Trung tâm CNTT và Địa không gian -------------------------------
    r1 = ("Bố trí hạ tầng máy chủ, đường truyền cho hệ thống CSDL tiêu chuẩn, đo lường, chất lượng của Thành phố tại "
          "Trung tâm dữ liệu; đã cấp 04 máy chủ ảo; đang rà soát an toàn thông tin trước khi kết nối.")
    r2 = "Cử 03 viên chức tham gia lớp tập huấn nghiệp vụ TĐC do Chi cục tổ chức (tháng 8/2026)."
    r3 = "Không phát sinh (Trung tâm không được giao nội dung này)."
    rows = [("Kết nối, vận hành CSDL quốc gia về TĐC (phối hợp)", r1, "Đang thực hiện", "TT/HT-2026-11"),
            ("Cử viên chức dự tập huấn chuyên môn TĐC", r2, "Hoàn thành", "TT/TCHC-DT-2026"),
            ("Kết nối hệ thống TTHC với Cổng một cửa quốc gia", r3, "Không phát sinh", "—")]
    hand_d("TTCNTT-DKG_BC CT38 2026.docx",
           ["UBND TP. HỒ CHÍ MINH", "TRUNG TÂM CÔNG NGHỆ THÔNG TIN", "VÀ ĐỊA KHÔNG GIAN"],
           ISO("BM-07/QT-KH", "01", "02/01/2026", "1/1"),
           [("Số:", "188/BC-TTCNTT"), ("Đơn vị:", "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh"),
            ("Kỳ báo cáo:", "từ ngày 01/01/2026 đến ngày 30/9/2026 (số liệu 9 tháng)")],
           rows, ["Dung lượng lưu trữ của Trung tâm dữ liệu gần hết, chưa đáp ứng nhu cầu mở rộng cơ sở dữ liệu chuyên ngành."],
           ["Đề nghị Sở Khoa học và Công nghệ bố trí kinh phí năm 2027 để nâng cấp hạ tầng lưu trữ."],
           [("Người lập", "Lý Gia Huy"), ("Người kiểm tra", "Đoàn Thị Tuyết Mai"), ("Người phê duyệt", "Phan Văn Sơn")],
           "Ngày lập: 14/10/2026",
           ("SKHCN-TTCNTT", "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh", "188/BC-TTCNTT",
            "2026-10-14",
            [("II.2.i", "in_progress", {}, r1),
             ("II.3.a", "completed", {"participants": 3}, r2),
             ("II.2.h", "not_applicable", {}, r3)]))

    # D4 Sở Giáo dục và Đào tạo (re-saved through LibreOffice) -----------
    r1 = ("Phối hợp Chi cục TĐC đưa nội dung tiêu chuẩn, đo lường, chất lượng, nhãn hàng hóa, mã số mã vạch vào 04 "
          "buổi sinh hoạt ngoại khóa tại 04 trường trung cấp, cao đẳng với 520 học sinh, sinh viên tham dự.")
    r2 = "Duy trì HTQLCL theo TCVN ISO 9001:2015 tại cơ quan Sở; đã đánh giá nội bộ và xem xét của lãnh đạo tháng 9/2026."
    r3 = "Sao gửi văn bản hướng dẫn về TĐC đến các trường trực thuộc qua hệ thống quản lý văn bản."
    r4 = "Không phát sinh."
    rows = [("Bồi dưỡng kiến thức TĐC cho học sinh, sinh viên các trường", r1, "Đang thực hiện", "SGDĐT/GDNN-2026"),
            ("Áp dụng, duy trì ISO 9001 tại cơ quan Sở", r2, "Hoàn thành", "SGDĐT/ISO-2026"),
            ("Phổ biến văn bản QPPL về TĐC", r3, "Hoàn thành", "SGDĐT/VP-2026"),
            ("Kiểm tra chất lượng thiết bị, đồ dùng dạy học", r4, "Không phát sinh", "—")]
    hand_d("SGDDT_BM bao cao phoi hop CT38.docx", ["SỞ GIÁO DỤC VÀ ĐÀO TẠO", "TP. HỒ CHÍ MINH"],
           ISO("BM.02-QT.VP.05", "03", "01/8/2025", "1/2"),
           [("Số:", "5821/BC-SGDĐT"), ("Đơn vị báo cáo:", "Sở Giáo dục và Đào tạo"),
            ("Kỳ báo cáo:", "năm học 2025-2026 và từ 01/9/2026 đến 25/10/2026")],
           rows, ["Thời lượng sinh hoạt ngoại khóa của các trường có hạn, khó bố trí thêm chuyên đề."], [],
           [("Người lập", "Trịnh Thị Ánh Nguyệt"), ("Người kiểm tra", "Bùi Văn Cường"), ("Người phê duyệt", "Ngô Thanh Hải")],
           "Ngày lập: 28/10/2026",
           ("SO-GDDT", "Sở Giáo dục và Đào tạo", "5821/BC-SGDĐT", "2026-10-28",
            [("II.3.d", "in_progress", {"training_courses": 4, "participants": 520}, r1),
             ("II.2.đ", "completed", {}, r2),
             ("II.1.a", "completed", {}, r3),
             ("II.5.a", "not_applicable", {}, r4)]),
           prop_none="Không.")

    # D5 Phòng Quản lý Khoa học -----------------------------------------
    r1 = ("Tiếp nhận 02 hồ sơ đề nghị thu hút chuyên gia lĩnh vực đo lường, thử nghiệm; đã thẩm định, trình UBND "
          "Thành phố 01 hồ sơ, 01 hồ sơ đang bổ sung.")
    r2 = "Góp ý 03 dự thảo TCVN (lĩnh vực thiết bị điện, vật liệu xây dựng) theo đề nghị của Chi cục."
    r3 = "Không phát sinh."
    rows = [("Thu hút chuyên gia, cán bộ trình độ cao lĩnh vực TĐC (chủ trì)", r1, "Đang thực hiện", "QLKH/TH-2026/02"),
            ("Góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật", r2, "Hoàn thành", "QLKH/GY-2026"),
            ("Tập huấn năng suất, chất lượng cho doanh nghiệp (phối hợp)", r3, "Không phát sinh", "—")]
    hand_d("QLKH_BM03_KH38 nam 2026.docx", ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG QUẢN LÝ KHOA HỌC"],
           ISO("BM.03-QT.TH.01", "02", "15/3/2025", "1/1"),
           [("Đơn vị báo cáo:", "Phòng Quản lý Khoa học"),
            ("Kỳ báo cáo:", "từ 01/01/2026 đến 31/10/2026")],
           rows, ["Chế độ thu hút theo Nghị quyết 27/2023/NQ-HĐND chưa đủ hấp dẫn với chuyên gia đo lường đang làm cho doanh nghiệp FDI."],
           ["Đề nghị Sở kiến nghị UBND Thành phố bổ sung lĩnh vực đo lường, thử nghiệm vào danh mục ưu tiên thu hút năm 2027."],
           [("Người lập", "Mai Xuân Đức"), ("Người kiểm tra", "Tạ Thị Hồng"), ("Người phê duyệt", "Vũ Đình Nam")],
           "Ngày lập: 02/11/2026",
           ("SKHCN-QLKH", "Phòng Quản lý Khoa học", None, "2026-11-02",
            [("II.3.c", "in_progress", {}, r1),
             ("II.2.e", "completed", {"standards_reviewed": 3}, r2),
             ("II.3.b", "not_applicable", {}, r3)]))


# ======================================================================== HAND B
# Press / culture secretary: an Excel "bảng kê" with ONE ROW PER PUBLISHED ITEM OR EVENT
# (date, title, form, channel); figures exist only as counts in each group's closing
# "Cộng:" row, which also carries the group's state; number and date only in the
# "Kèm theo Công văn số … ngày …" line under the title.

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def hand_b(fname, unit_lines, title, period, attach, groups, diffs, props, signer, key_args):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bang ke"
    for i, ln in enumerate(unit_lines, 1):
        ws.cell(i, 1, N(ln)).font = Font(name="Times New Roman", bold=(i == len(unit_lines)), size=12)
    r = len(unit_lines) + 2
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(r, 1, N(title)).font = Font(name="Times New Roman", bold=True, size=13)
    ws.cell(r, 1).alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[r].height = 36
    for txt in (period, attach):
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(r, 1, N(txt)).font = Font(name="Times New Roman", italic=True, size=12)
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
    r += 2
    hdr = ["STT", "Ngày đăng/phát/tổ chức", "Tên tin, bài / hoạt động", "Hình thức", "Kênh, chuyên mục / địa điểm", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r, j, N(h))
        c.font = Font(name="Times New Roman", bold=True, size=12)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    for gname, items, total in groups:
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(r, 1, N(gname)).font = Font(name="Times New Roman", bold=True, size=12)
        for j in range(1, 7):
            ws.cell(r, j).border = BOX
        for k, it in enumerate(items, 1):
            r += 1
            vals = [k] + list(it)
            for j, v in enumerate(vals, 1):
                if isinstance(v, datetime.date):
                    c = ws.cell(r, j, v)
                    c.number_format = "dd/mm/yyyy"
                else:
                    c = ws.cell(r, j, N(v) if isinstance(v, str) else v)
                c.font = Font(name="Times New Roman", size=12)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = BOX
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(r, 1, N(total)).font = Font(name="Times New Roman", italic=True, bold=True, size=12)
        for j in range(1, 7):
            ws.cell(r, j).border = BOX
    r += 2
    ws.cell(r, 1, N("Khó khăn, vướng mắc:")).font = Font(name="Times New Roman", bold=True, size=12)
    for x in (diffs or ["Không."]):
        r += 1
        ws.cell(r, 1, N("- " + x)).font = Font(name="Times New Roman", size=12)
    r += 1
    ws.cell(r, 1, N("Đề xuất:")).font = Font(name="Times New Roman", bold=True, size=12)
    for x in (props or ["Không."]):
        r += 1
        ws.cell(r, 1, N("- " + x)).font = Font(name="Times New Roman", size=12)
    r += 2
    for k, s in enumerate(signer):
        c = ws.cell(r + k if k < 2 else r + k + 3, 5, N(s))
        c.font = Font(name="Times New Roman", bold=True, size=12)
        c.alignment = Alignment(horizontal="center")
    for col, w in zip("ABCDEF", [6, 14, 58, 14, 28, 18]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fname))
    key(fname, *key_args, diffs, props)


def make_hand_b():
    D = datetime.date
    # B1 Sở Văn hóa và Thể thao -----------------------------------------
    g1 = [(D(2026, 3, 15), "Ngày Quyền của người tiêu dùng Việt Nam: hiểu đúng về nhãn hàng hóa", "Tin", "Trang TTĐT Sở"),
          (D(2026, 4, 2), "Cụm pano cổ động \"Hàng Việt chất lượng – người tiêu dùng tin dùng\"", "Pano", "Quận 1 cũ, đường Lê Lợi"),
          (D(2026, 6, 9), "Ngày Đo lường thế giới 20/5: đo lường cho đời sống", "Bài", "Bản tin Văn hóa – Thể thao"),
          (D(2026, 6, 20), "Hướng dẫn nhận biết cân điện tử đã kiểm định tại chợ", "Tranh cổ động", "Nhà văn hóa các phường"),
          (D(2026, 9, 14), "Ngày Tiêu chuẩn thế giới 14/10: tiêu chuẩn và phát triển bền vững", "Bài", "Trang TTĐT Sở"),
          (D(2026, 10, 14), "Phát thanh cổ động tiêu chuẩn, đo lường, chất lượng", "Băng rôn, phát thanh", "Hệ thống loa các nhà văn hóa")]
    g1 = [x + ("",) for x in g1]
    groups = [("1. Thông tin, tuyên truyền về tiêu chuẩn, đo lường, chất lượng (phối hợp Sở KH&CN)", g1,
               "Cộng: 06 tin, bài, sản phẩm cổ động. Tình hình: đã thực hiện xong phần việc trong năm."),
              ("2. Tuyên truyền Giải thưởng Chất lượng Quốc gia", [],
               "Cộng: không phát sinh (Sở không nhận được tài liệu tuyên truyền)."),
              ("3. Kiểm tra về chất lượng sản phẩm, hàng hóa tại cơ sở văn hóa, thể thao", [],
               "Cộng: không phát sinh.")]
    hand_b("SVHTT_bang ke tuyen truyen TDC 2026.xlsx",
           ["UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ VĂN HÓA VÀ THỂ THAO"],
           "BẢNG KÊ TIN, BÀI, SẢN PHẨM TUYÊN TRUYỀN VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026",
           "(Từ ngày 01/01/2026 đến ngày 25/10/2026)",
           "Kèm theo Công văn số 2214/SVHTT-VP ngày 28/10/2026 của Sở Văn hóa và Thể thao",
           groups, [], ["Đề nghị Sở Khoa học và Công nghệ cung cấp file thiết kế pano, áp phích mẫu để các nhà văn hóa in, treo."],
           ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thế Thuận"],
           ("SO-VHTT", "Sở Văn hóa và Thể thao", "2214/SVHTT-VP", "2026-10-28",
            [("II.1.a", "completed", {"communications": 6}, "Cộng: 06 tin, bài, sản phẩm cổ động. Tình hình: đã thực hiện xong phần việc trong năm."),
             ("II.1.b", "not_applicable", {}, "Cộng: không phát sinh (Sở không nhận được tài liệu tuyên truyền)."),
             ("II.5.a", "not_applicable", {}, "Cộng: không phát sinh.")]))

    # B2 Sở Du lịch -------------------------------------------------------
    g1 = [(D(2026, 2, 24), "Công văn số 318/SDL-QLLH đề nghị doanh nghiệp lữ hành, lưu trú đăng ký tham dự Giải thưởng Chất lượng Quốc gia 2026", "Công văn", "Gửi 46 doanh nghiệp", ""),
          (D(2026, 3, 19), "Hội nghị phổ biến tiêu chí Giải thưởng Chất lượng Quốc gia cho doanh nghiệp du lịch", "Hội nghị", "Hội trường Sở Du lịch", "120 đại biểu")]
    g2 = [(D(2026, 5, 12), "Hướng dẫn khách sạn 3–5 sao áp dụng TCVN 4391:2015 và ISO 9001", "Hướng dẫn trực tiếp", "12 cơ sở lưu trú", "đợt 1"),
          (D(2026, 9, 8), "Góp ý dự thảo TCVN về dịch vụ du lịch cộng đồng", "Văn bản góp ý", "Gửi Chi cục TĐC", "01 dự thảo")]
    t1 = "Cộng: 01 hội nghị, 120 đại biểu; đã phổ biến đến 46 doanh nghiệp. Tình hình: đã hoàn thành."
    t2 = ("Cộng: hướng dẫn 12 cơ sở lưu trú; góp ý 01 dự thảo TCVN (đã xong). Tình hình: phần hướng dẫn áp dụng "
          "tiêu chuẩn đang tiếp tục, đợt 2 dự kiến tháng 11/2026.")
    groups = [("1. Tuyên truyền, vận động doanh nghiệp du lịch tham dự Giải thưởng Chất lượng Quốc gia", g1, t1),
              ("2. Hỗ trợ doanh nghiệp du lịch áp dụng tiêu chuẩn, hệ thống quản lý chất lượng", g2, t2)]
    hand_b("SDL_bang ke hoat dong CT38.xlsx",
           ["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ DU LỊCH"],
           "BẢNG KÊ HOẠT ĐỘNG PHỐI HỢP THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
           "(Số liệu tính đến ngày 31/10/2026)",
           "Kèm theo Công văn số 1562/SDL-QLLH ngày 04/11/2026 của Sở Du lịch",
           groups, ["Nhiều doanh nghiệp du lịch quy mô nhỏ chưa quan tâm đến Giải thưởng Chất lượng Quốc gia do hồ sơ phức tạp."],
           ["Đề nghị Chi cục TĐC tổ chức 01 buổi tư vấn riêng cho khối doanh nghiệp du lịch về hồ sơ tham dự Giải thưởng."],
           ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Ánh Hoa"],
           ("SO-DL", "Sở Du lịch", "1562/SDL-QLLH", "2026-11-04",
            [("II.1.b", "completed", {"training_courses": 1, "participants": 120, "enterprises_supported": 46}, t1),
             ("II.2.d", "in_progress", {"enterprises_supported": 12}, t2),
             ("II.2.e", "completed", {"standards_reviewed": 1}, t2)]))

    # B3 Đài Tiếng nói Nhân dân TP (not in agencies.csv) ------------------
    g1 = [(D(2026, 1, 18), "Cân điện tử ở chợ truyền thống: người bán, người mua cùng giám sát", "Phóng sự", "Chương trình Thời sự FM 99.9"),
          (D(2026, 3, 15), "Ngày Quyền của người tiêu dùng: đọc nhãn trước khi mua", "Tin", "Bản tin 6 giờ"),
          (D(2026, 4, 22), "Tọa đàm: doanh nghiệp nhập khẩu và thủ tục kiểm tra chất lượng", "Tọa đàm trực tiếp", "Kênh FM 95.6"),
          (D(2026, 5, 20), "Ngày Đo lường thế giới", "Tin", "Bản tin thời sự trưa"),
          (D(2026, 6, 11), "Xăng dầu và câu chuyện đo lường", "Phóng sự", "Chương trình Người tiêu dùng thông thái"),
          (D(2026, 7, 3), "Mã số mã vạch và truy xuất nguồn gốc nông sản", "Bài", "Trang voh.com.vn"),
          (D(2026, 8, 26), "Đồ chơi trẻ em nhập khẩu: cần dấu hợp quy", "Tin", "Bản tin 17 giờ"),
          (D(2026, 10, 14), "Ngày Tiêu chuẩn thế giới", "Tin", "Bản tin thời sự trưa"),
          (D(2026, 10, 20), "Kiểm tra đo lường tại cửa hàng xăng dầu cuối năm", "Tin", "Trang voh.com.vn")]
    g2 = [(D(2026, 4, 8), "Doanh nghiệp TP.HCM với Giải thưởng Chất lượng Quốc gia", "Phóng sự", "Chương trình Kinh tế 24h"),
          (D(2026, 5, 6), "Hạn nộp hồ sơ Giải thưởng Chất lượng Quốc gia năm 2026", "Tin", "Bản tin 6 giờ"),
          (D(2026, 9, 30), "Gặp gỡ doanh nghiệp đạt Giải Vàng Chất lượng Quốc gia", "Bài", "Trang voh.com.vn")]
    g1 = [x + ("",) for x in g1]
    g2 = [x + ("",) for x in g2]
    t1 = "Cộng: 09 tin, bài, phóng sự, tọa đàm. Tình hình: đã phát sóng, đăng tải đủ theo kế hoạch."
    t2 = "Cộng: 03 tin, bài, phóng sự. Tình hình: đã phát sóng xong."
    groups = [("I. Tuyên truyền về tiêu chuẩn, đo lường, chất lượng", g1, t1),
              ("II. Tuyên truyền Giải thưởng Chất lượng Quốc gia", g2, t2)]
    hand_b("VOH_bang ke tin bai TDC 2026.xlsx",
           ["UBND THÀNH PHỐ HỒ CHÍ MINH", "ĐÀI TIẾNG NÓI NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"],
           "BẢNG KÊ TIN, BÀI, CHƯƠNG TRÌNH PHÁT SÓNG VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG",
           "(Từ ngày 01/01/2026 đến ngày 20/10/2026)",
           "Kèm theo Công văn số 845/ĐTNND-TKBT ngày 23/10/2026",
           groups, ["Chưa có kinh phí đặt hàng chuyên mục riêng về tiêu chuẩn, đo lường, chất lượng nên chỉ lồng ghép vào các chương trình thời sự."],
           ["Đề nghị Sở Khoa học và Công nghệ xem xét đặt hàng chuyên mục định kỳ hằng tháng trên sóng FM năm 2027."],
           ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "Lê Công Đồng"],
           (None, "Đài Tiếng nói Nhân dân Thành phố Hồ Chí Minh", "845/ĐTNND-TKBT", "2026-10-23",
            [("II.1.a", "completed", {"communications": 9}, t1),
             ("II.1.b", "completed", {"communications": 3}, t2)]))


# ======================================================================== HAND C
# Statistician: "BaoCao" sheet with a "Số liệu từ ngày | Đến ngày" pair of real date cells
# ON EVERY ROW (each task counted over its own period), results typed as sentences, status
# words "Đã thực hiện / Đang thực hiện / Không thuộc phạm vi / Không phát sinh", and a
# "Người lập biểu … ĐT … Email" contact line under the table.

def hand_c(fname, unit_lines, number, place_date, title, rows, diffs, props, contact, signer, key_args,
           sheet="BaoCao", status="extracted", reason=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    f = lambda b=False, i=False, s=11: Font(name="Times New Roman", bold=b, italic=i, size=s)
    for i, ln in enumerate(unit_lines, 1):
        ws.cell(i, 1, N(ln)).font = f(i == len(unit_lines))
    ws.cell(len(unit_lines) + 1, 1, N("Số: " + number)).font = f()
    ws.cell(1, 5, N("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).font = f(True)
    ws.cell(2, 5, N("Độc lập - Tự do - Hạnh phúc")).font = f(True)
    ws.cell(3, 5, N(place_date)).font = f(False, True)
    r = len(unit_lines) + 3
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(r, 1, N(title)).font = f(True, s=12)
    ws.cell(r, 1).alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[r].height = 32
    r += 2
    hdr = ["STT", "Nội dung phối hợp theo Kế hoạch", "Số liệu từ ngày", "Đến ngày",
           "Kết quả thực hiện (nêu cụ thể số liệu)", "Tình trạng", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r, j, N(h))
        c.font = f(True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = BOX
    for k, (job, d1, d2, res, st, note) in enumerate(rows, 1):
        r += 1
        vals = [k, job, d1, d2, res, st, note]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, N(v) if isinstance(v, str) else v)
            if isinstance(v, datetime.date):
                c.number_format = "dd/mm/yyyy"
            c.font = f()
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = BOX
    r += 2
    ws.cell(r, 1, N("Khó khăn, vướng mắc:")).font = f(True)
    for x in (diffs or ["Không có."]):
        r += 1
        ws.cell(r, 2, N(x))
    r += 1
    ws.cell(r, 1, N("Đề xuất, kiến nghị:")).font = f(True)
    for x in (props or ["Không có."]):
        r += 1
        ws.cell(r, 2, N(x))
    r += 2
    ws.cell(r, 1, N(contact)).font = f(False, True)
    r += 2
    for k, s in enumerate(signer):
        c = ws.cell(r + (k if k < 2 else k + 3), 5, N(s))
        c.font = f(True)
        c.alignment = Alignment(horizontal="center")
    for col, w in zip("ABCDEFG", [5, 36, 12, 12, 52, 16, 16]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))
    if key_args is not None:
        key(fname, *key_args, diffs, props, status=status, reason=reason)


def make_hand_c():
    D = datetime.date
    # C1 Sở Công Thương (re-saved through LibreOffice) --------------------
    r1 = ("Chủ trì, phối hợp Chi cục TĐC kiểm tra đo lường, chất lượng xăng dầu: 14 cuộc, 58 cơ sở; phát hiện 09 "
          "cơ sở vi phạm; xử phạt 96.500.000 đồng.")
    r2 = "Phối hợp Chi cục TĐC lấy 24 mẫu xăng, dầu điêzen tại cửa hàng bán lẻ để khảo sát chất lượng."
    r3 = ("Hỗ trợ 35 doanh nghiệp công nghiệp hỗ trợ áp dụng công cụ cải tiến năng suất, hệ thống quản lý chất "
          "lượng (Chương trình khuyến công)")
    r4 = "Cung cấp thông tin về các FTA và hàng rào kỹ thuật cho 210 lượt doanh nghiệp xuất khẩu."
    r5 = "Sở không được giao."
    rows = [("Kiểm tra, giám sát chất lượng hàng hóa lưu thông (xăng dầu)", D(2026, 1, 1), D(2026, 9, 30), r1, "Đang thực hiện", "Kỳ 9 tháng"),
            ("Khảo sát chất lượng sản phẩm, hàng hóa", D(2026, 1, 1), D(2026, 6, 30), r2, "Đã thực hiện", "Đợt 1/2026"),
            ("Hỗ trợ DN áp dụng HTQLCL, nâng cao năng suất", D(2026, 1, 1), D(2026, 10, 31), r3, "Đang thực hiện", ""),
            ("Cập nhật điều ước, thỏa thuận quốc tế (TBT)", D(2025, 11, 1), D(2026, 10, 31), r4, "Đã thực hiện", ""),
            ("Khen thưởng người tố giác vi phạm TĐC", None, None, r5, "Không thuộc phạm vi", "")]
    hand_c("SCT_so lieu phoi hop CT38.xlsx", ["UBND TP. HỒ CHÍ MINH", "SỞ CÔNG THƯƠNG"], "5512/BC-SCT",
           "TP. Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
           "BÁO CÁO SỐ LIỆU PHỐI HỢP THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
           rows, ["Lực lượng quản lý thị trường sau sắp xếp giảm, việc phối hợp kiểm tra định kỳ với Chi cục TĐC khó bố trí người."],
           ["Đề nghị Chi cục TĐC thông báo kế hoạch kiểm tra xăng dầu Quý IV trước ít nhất 15 ngày để Sở bố trí lực lượng."],
           "Người lập biểu: Lê Thị Kim Loan – ĐT: 028 3829 6xxx – Email: ltkloan.sct@tphcm.gov.vn",
           ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Bùi Tá Hoàng Vũ"],
           ("SO-CT", "Sở Công Thương", "5512/BC-SCT", "2026-10-28",
            [("II.5.a", "in_progress", {"inspections": 14, "establishments_inspected": 58, "violations": 9, "fines_vnd": 96500000}, r1),
             ("II.5.b", "completed", {"samples_tested": 24}, r2),
             ("II.2.d", "in_progress", {"enterprises_supported": 35}, r3),
             ("II.6.a", "completed", {"enterprises_supported": 210}, r4),
             ("II.5.d", "not_applicable", {}, r5)]))

    # C2 Sở An toàn thực phẩm ---------------------------------------------
    r1 = ("Kiểm tra ghi nhãn thực phẩm bao gói sẵn, phụ gia thực phẩm: 06 cuộc tại 41 cơ sở; 05 cơ sở vi phạm về "
          "nhãn hàng hóa; phạt 37.000.000 đồng.")
    r2 = "Lấy 132 mẫu thực phẩm kiểm nghiệm nhanh tại chợ đầu mối, siêu thị; 07 mẫu không đạt đã thông báo cơ quan chức năng."
    r3 = "Tổ chức 03 lớp tập huấn quy định ghi nhãn, công bố sản phẩm cho 275 lượt cơ sở sản xuất, kinh doanh thực phẩm."
    r4 = "Trong kỳ không có đề nghị phối hợp từ phường, xã."
    rows = [("Kiểm tra chất lượng, nhãn hàng hóa thực phẩm lưu thông", D(2025, 12, 15), D(2026, 10, 14), r1, "Đang thực hiện", ""),
            ("Khảo sát chất lượng (kiểm nghiệm nhanh)", D(2025, 12, 15), D(2026, 10, 14), r2, "Đã thực hiện", ""),
            ("Tập huấn văn bản QPPL về nhãn hàng hóa", D(2026, 1, 1), D(2026, 9, 30), r3, "Đã thực hiện", "Quý I–III"),
            ("Phối hợp UBND phường, xã thực hiện nội dung phân quyền", D(2025, 12, 15), D(2026, 10, 14), r4, "Không phát sinh", "")]
    hand_c("SATTP_so lieu CT38_T10.xlsx", ["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ AN TOÀN THỰC PHẨM"],
           "903/BC-SATTP", "Thành phố Hồ Chí Minh, ngày 21 tháng 10 năm 2026",
           "BÁO CÁO KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
           rows, [], ["Đề nghị Chi cục TĐC chia sẻ danh sách cơ sở đã kiểm tra nhãn hàng hóa để tránh kiểm tra trùng lặp."],
           "Người lập biểu: Châu Ngọc Diễm – ĐT: 0908 xxx 214 – Email: cndiem.attp@tphcm.gov.vn",
           ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Phạm Khánh Phong Lan"],
           ("SO-ATTP", "Sở An toàn thực phẩm", "903/BC-SATTP", "2026-10-21",
            [("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 41, "violations": 5, "fines_vnd": 37000000}, r1),
             ("II.5.b", "completed", {"samples_tested": 132}, r2),
             ("II.1.a", "completed", {"training_courses": 3, "participants": 275}, r3),
             ("II.5.c", "not_applicable", {}, r4)]))

    # C3 Thuế Thành phố (not in agencies.csv) ----------------------------
    r1 = ("Phối hợp Chi cục TĐC, Sở Công Thương kiểm tra việc lập hóa đơn điện tử từng lần bán hàng gắn với cột đo "
          "xăng dầu: 03 cuộc, 18 cửa hàng xăng dầu.")
    r2 = "Ngành thuế không tham gia nội dung này."
    r3 = "Không có hồ sơ, đơn thư liên quan."
    rows = [("Kiểm tra đo lường xăng dầu (phối hợp)", D(2026, 1, 1), D(2026, 9, 30), r1, "Đang thực hiện", "Số liệu 9 tháng"),
            ("Kết nối, chia sẻ CSDL về tiêu chuẩn, đo lường, chất lượng", None, None, r2, "Không thuộc phạm vi", ""),
            ("Xử lý vi phạm, tố giác về TĐC", D(2026, 1, 1), D(2026, 9, 30), r3, "Không phát sinh", "")]
    hand_c("ThueTP_phoi hop KT xang dau CT38.xlsx", ["BỘ TÀI CHÍNH", "THUẾ THÀNH PHỐ HỒ CHÍ MINH"],
           "6140/TTP-QLDN", "TP. Hồ Chí Minh, ngày 09 tháng 10 năm 2026",
           "SỐ LIỆU PHỐI HỢP THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (9 THÁNG)",
           rows, ["Một số cửa hàng xăng dầu chưa kết nối dữ liệu cột bơm với phần mềm hóa đơn điện tử nên khó đối chiếu số liệu."],
           ["Đề nghị Chi cục TĐC chia sẻ danh sách cột đo xăng dầu đã kiểm định để đối chiếu với dữ liệu hóa đơn."],
           "Người lập biểu: Đỗ Văn Phát – ĐT: 028 3930 xxxx – Email: dvphat.hcm@gdt.gov.vn",
           ["KT. TRƯỞNG THUẾ THÀNH PHỐ", "PHÓ TRƯỞNG THUẾ THÀNH PHỐ", "Nguyễn Nam Bình"],
           (None, "Thuế Thành phố Hồ Chí Minh", "6140/TTP-QLDN", "2026-10-09",
            [("II.5.a", "in_progress", {"inspections": 3, "establishments_inspected": 18}, r1),
             ("II.2.i", "not_applicable", {}, r2),
             ("II.5.d", "not_applicable", {}, r3)]))

    # C4 MISTAKEN Sở Y tế: chuyển đổi số y tế ----------------------------
    rows = [("Triển khai bệnh án điện tử tại bệnh viện công lập", D(2026, 1, 1), D(2026, 9, 30), "42/56 bệnh viện đã triển khai", "Đang thực hiện", ""),
            ("Sổ sức khỏe điện tử trên VNeID", D(2026, 1, 1), D(2026, 9, 30), "Đạt 71% dân số", "Đang thực hiện", ""),
            ("Thanh toán không dùng tiền mặt viện phí", D(2026, 1, 1), D(2026, 9, 30), "100% bệnh viện", "Đã thực hiện", "")]
    hand_c("SYT_BC chuyen doi so 9T-2026.xlsx", ["UBND TP. HỒ CHÍ MINH", "SỞ Y TẾ"], "7721/BC-SYT",
           "TP. Hồ Chí Minh, ngày 12 tháng 10 năm 2026",
           "BÁO CÁO SỐ LIỆU THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ NGÀNH Y TẾ 9 THÁNG NĂM 2026",
           rows, ["Kinh phí đầu tư hạ tầng công nghệ thông tin của các bệnh viện còn hạn chế."],
           ["Đề nghị Sở Tài chính bố trí kinh phí nâng cấp hạ tầng."],
           "Người lập biểu: Văn Thị Tuyết – ĐT: 028 3930 xxxx",
           ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Vĩnh Châu"], None)
    key("SYT_BC chuyen doi so 9T-2026.xlsx", "SO-YT", "Sở Y tế", "7721/BC-SYT", "2026-10-12", [], [], [],
        status="rejected", reason="Báo cáo kết quả chuyển đổi số ngành y tế 9 tháng năm 2026, không phải báo cáo "
                                  "thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")


# ======================================================================== main
def resave(fname, fmt):
    src = os.path.join(OUT, fname)
    tmp = tempfile.mkdtemp()
    shutil.copy(src, os.path.join(tmp, "in." + fmt))
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", os.path.join(tmp, "o"),
                    os.path.join(tmp, "in." + fmt)], check=True, capture_output=True, timeout=180)
    shutil.copy(os.path.join(tmp, "o", "in." + fmt), src)
    shutil.rmtree(tmp)


if __name__ == "__main__":
    make_hand_a()
    make_hand_d()
    make_hand_b()
    make_hand_c()
    resave("SGDDT_BM bao cao phoi hop CT38.docx", "docx")
    resave("SCT_so lieu phoi hop CT38.xlsx", "xlsx")
    for fname, k in KEYS:
        with open(os.path.join(OUT, fname), "rb") as fh:
            k["sha256"] = hashlib.sha256(fh.read()).hexdigest()
        if k["status"] == "rejected":
            k["entries"] = []
        with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)
    print(len(KEYS), "files")
