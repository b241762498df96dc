# -*- coding: utf-8 -*-
"""Generator for set107 (Sở KH&CN's own units). Writes files + truth keys (sha256 filled later by finalize)."""
import json, os, hashlib, subprocess, shutil
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
KEYS = {}

NAMES = {
    "SKHCN-CCTDC": "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    "SKHCN-VP": "Văn phòng Sở Khoa học và Công nghệ",
    "SKHCN-KTPC": "Phòng Kiểm tra – Pháp chế",
    "SKHCN-CDS": "Phòng Chuyển đổi số",
    "SKHCN-QLKH": "Phòng Quản lý Khoa học",
    "SKHCN-TTPTTN": "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    "SKHCN-TTCNTT": "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh",
}


def key(fname, unit, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit, "name": NAMES[unit]},
        "document": {"number": number, "date": date},
        "entries": [{"task": t, "status": s, "indicators": ind, "text": tx} for (t, s, ind, tx) in entries],
        "findings": [], "difficulties": diffs, "proposals": props,
    }

# ----------------------------------------------------------------- docx helpers

def new_doc(font="Times New Roman", size=13, landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    return d


def para(d, text="", bold=False, italic=False, align=None, size=None, indent=None, space_after=4, underline=False):
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


def runs(d, parts, align="j", indent=1.0, space_after=4):
    """parts: list of (text, 'b'/'i'/'bi'/'')"""
    p = d.add_paragraph()
    for t, f in parts:
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
        r.underline = "u" in f
    if align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def cell_text(c, text, bold=False, italic=False, align=None, size=None):
    c.text = ""
    lines = text.split("\n")
    p = c.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = c.add_paragraph()
        r = p.add_run(ln)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def header_block(d, left_lines, number, place_date, size=12):
    """left_lines: list of (text,bold)"""
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    L, R = t.rows[0].cells
    L.text = ""
    p = L.paragraphs[0]
    for i, (tx, b) in enumerate(left_lines):
        if i:
            p = L.add_paragraph()
        r = p.add_run(tx); r.bold = b; r.font.size = Pt(size)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = L.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("―――――").font.size = Pt(8)
    if number:
        p = L.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(number).font.size = Pt(size + 1)
    R.text = ""
    p = R.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"); r.bold = True; r.font.size = Pt(size)
    p = R.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Độc lập - Tự do - Hạnh phúc"); r.bold = True; r.font.size = Pt(size + 1)
    p = R.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("――――――――――――").font.size = Pt(8)
    p = R.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(place_date); r.italic = True; r.font.size = Pt(size + 1)
    return t


def grid_table(d, rows, widths=None, header_rows=1, size=11, bold_rows=()):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), str(v), bold=(i < header_rows or i in bold_rows),
                      align="c" if (i < header_rows or j != 1) else None, size=size)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def sign_block(d, left, right_title, name):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    L, R = t.rows[0].cells
    L.text = ""
    p = L.paragraphs[0]
    r = p.add_run("Nơi nhận:"); r.bold = True; r.italic = True; r.font.size = Pt(12)
    for ln in left:
        p = L.add_paragraph(); r = p.add_run(ln); r.font.size = Pt(11)
    R.text = ""
    p = R.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, ln in enumerate(right_title.split("\n")):
        if i:
            p = R.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(ln); r.bold = True
    for _ in range(3):
        R.add_paragraph()
    p = R.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(name); r.bold = True


def page_break(d):
    d.add_page_break()


def landscape_section(d):
    from docx.enum.section import WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21)
    s.left_margin, s.right_margin = Cm(2), Cm(1.5)
    return s

# ================================================================= HAND 1: Thu Hà
# Long NĐ30 reports; each task = bold run-in own short title + prose with inline
# quarter breakdowns "(Quý I: 02, Quý II: 03, …)"; status as the last sentence;
# appendix "Biểu 01" with ĐVT and quarter columns and a coded status column incl. KYC.

H1_LEGEND = "Ghi chú cột Tình trạng: HT – Hoàn thành; ĐTH – Đang thực hiện; CTH – Chưa thực hiện; KYC – Không có yêu cầu (không phát sinh)."


def h1_docx(fname, left_lines, number, place_date, title2, kinh_gui, intro, chidao, groups, diffs, props,
            appendix_rows, signer, noi_nhan, unit, iso_date, appendix_title):
    d = new_doc(size=13)
    header_block(d, left_lines, "Số: " + number, place_date)
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(d, title2, bold=True, align="c")
    para(d, "―――――", align="c", size=8)
    if kinh_gui:
        p = para(d, "", align="c")
        p.add_run("Kính gửi: ").italic = False
        p.add_run(kinh_gui)
    para(d, intro, align="j", indent=1.0)
    para(d, "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", bold=True, indent=1.0)
    for c in chidao:
        para(d, c, align="j", indent=1.0)
    para(d, "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", bold=True, indent=1.0)
    entries = []
    for gi, (gtitle, items) in enumerate(groups, 1):
        para(d, f"{gi}. {gtitle}", bold=True, indent=1.0)
        for (ttl, text, ent) in items:
            runs(d, [(ttl + ". ", "b"), (text, "")])
            if ent:
                entries.append((ent[0], ent[1], ent[2], text))
    para(d, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=1.0)
    for x in diffs:
        para(d, "- " + x, align="j", indent=1.0)
    para(d, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=1.0)
    for x in props:
        para(d, "- " + x, align="j", indent=1.0)
    para(d, "Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, kính báo cáo./.", align="j", indent=1.0)
    sign_block(d, noi_nhan, signer[0], signer[1])
    landscape_section(d)
    para(d, "Biểu 01", bold=True, align="r")
    para(d, appendix_title, bold=True, align="c")
    para(d, f"(Kèm theo Báo cáo số {number})", italic=True, align="c")
    rows = [["STT", "Nội dung, chỉ tiêu", "ĐVT", "Quý I", "Quý II", "Quý III", "Tháng 10", "Cộng", "Tình trạng"]] + appendix_rows
    grid_table(d, rows, widths=[1.2, 9.5, 2.6, 1.8, 1.8, 1.8, 1.8, 2.6, 2.2], size=11)
    para(d, H1_LEGEND, italic=True, size=11)
    path = os.path.join(OUT, fname)
    d.save(path)
    key(fname, unit, number, iso_date, entries, diffs, props)


def f01():
    groups = [
        ("Tuyên truyền, nâng cao nhận thức", [
            ("Tập huấn văn bản pháp luật cho doanh nghiệp",
             "Chi cục đã tổ chức 06 lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng cho tổ chức, doanh nghiệp (Quý I: 02 lớp, Quý II: 03 lớp, Quý III: 01 lớp) với 498 lượt người tham dự. Buổi Tọa đàm với doanh nghiệp nhập khẩu đã xây dựng xong nội dung, dự kiến tổ chức trong tháng 11/2026. Nhiệm vụ đang tiếp tục thực hiện.",
             ("II.1.a", "in_progress", {"training_courses": 6, "participants": 498})),
            ("Vận động tham dự Giải thưởng Chất lượng Quốc gia",
             "Chi cục đăng 03 tin, bài trên Trang thông tin điện tử của Chi cục, trực tiếp hướng dẫn 14 doanh nghiệp chuẩn bị hồ sơ tham dự Giải thưởng (Quý I: 06, Quý II: 08). Nhiệm vụ đã hoàn thành trong Quý II/2026.",
             ("II.1.b", "completed", {"communications": 3, "enterprises_supported": 14})),
        ]),
        ("Quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng", [
            ("Năng suất chất lượng, Đề án 996, Đề án 100",
             "Đến nay Chi cục đã hỗ trợ 31 doanh nghiệp (Quý II: 12, Quý III: 19), trong đó 09 doanh nghiệp áp dụng mã số, mã vạch và truy xuất nguồn gốc; kinh phí đã giải ngân 126.400.000 đồng. Các nội dung còn lại triển khai trong Quý IV/2026, nhiệm vụ đang thực hiện.",
             ("II.2.a", "in_progress", {"enterprises_supported": 31, "budget_spent_vnd": 126400000})),
            ("Giải thưởng Chất lượng Quốc gia năm 2026",
             "Hội đồng sơ tuyển cấp Thành phố đã tiếp nhận 11 hồ sơ, đánh giá thực tế tại 07 doanh nghiệp, đang hoàn thiện hồ sơ đề xuất gửi Hội đồng Giải thưởng Chất lượng Quốc gia. Nhiệm vụ đang thực hiện.",
             ("II.2.b", "in_progress", {})),
            ("Góp ý sửa đổi luật",
             "Chi cục đã góp ý dự thảo Nghị định quy định chi tiết Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi) theo đề nghị của Bộ Khoa học và Công nghệ. Nhiệm vụ đã hoàn thành.",
             ("II.2.c", "completed", {})),
            ("Hỗ trợ áp dụng hệ thống quản lý, công bố chất lượng",
             "Hướng dẫn 57 tổ chức, doanh nghiệp thực hiện công bố hợp chuẩn, hợp quy và áp dụng ISO 9001, ISO 22000 (Quý I: 15, Quý II: 18, Quý III: 24). Đây là nhiệm vụ thường xuyên, Chi cục tiếp tục thực hiện.",
             ("II.2.d", "in_progress", {"enterprises_supported": 57})),
            ("Góp ý tiêu chuẩn, quy chuẩn kỹ thuật",
             "Tham gia góp ý 08 dự thảo TCVN, QCVN do Bộ Khoa học và Công nghệ và các Bộ gửi lấy ý kiến (Quý I: 02, Quý II: 03, Quý III: 02, tháng 10: 01). Việc xây dựng quy chuẩn kỹ thuật địa phương đang khảo sát nhu cầu, thực hiện trong Quý IV/2026. Nhiệm vụ đang thực hiện.",
             ("II.2.e", "in_progress", {"standards_reviewed": 8})),
        ]),
        ("Đào tạo nguồn nhân lực", [
            ("Tập huấn cho công chức phường, xã, đặc khu",
             "Tổ chức 02 lớp bồi dưỡng nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho công chức các phường, xã, đặc khu (tháng 5 và tháng 8/2026) với 236 lượt người tham dự. Nhiệm vụ đã hoàn thành.",
             ("II.3.a", "completed", {"training_courses": 2, "participants": 236})),
        ]),
        ("Đầu tư cho công tác tiêu chuẩn, đo lường, chất lượng", [
            ("Phương tiện kỹ thuật nghiệp vụ",
             "Đã kiểm định, hiệu chuẩn 46 phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra (Quý I: 12, Quý II: 15, Quý III: 19); đang lập dự toán mua sắm bổ sung. Nhiệm vụ đang tiếp tục thực hiện.",
             ("II.4.b", "in_progress", {"instruments_verified": 46})),
        ]),
        ("Kiểm tra, giám sát", [
            ("Kiểm tra chất lượng, đo lường, nhãn hàng hóa",
             "Chi cục tổ chức 09 cuộc kiểm tra (Quý I: 02, Quý II: 03, Quý III: 04) tại 118 cơ sở sản xuất, kinh doanh; phát hiện 13 cơ sở vi phạm, ban hành quyết định xử phạt vi phạm hành chính với tổng số tiền 187.500.000 đồng. Nhiệm vụ đang thực hiện theo kế hoạch kiểm tra năm.",
             ("II.5.a", "in_progress", {"inspections": 9, "establishments_inspected": 118, "violations": 13, "fines_vnd": 187500000})),
            ("Khảo sát chất lượng sản phẩm, hàng hóa",
             "Lấy 64 mẫu xăng dầu, mũ bảo hiểm, đồ chơi trẻ em để khảo sát, thử nghiệm; có 05 mẫu không phù hợp, đã thông tin cho cơ quan chức năng. Nhiệm vụ đã hoàn thành.",
             ("II.5.b", "completed", {"samples_tested": 64})),
            ("Phối hợp với phường, xã, đặc khu",
             "Hướng dẫn nghiệp vụ cho công chức 42 phường, xã và phối hợp 05 cuộc kiểm tra tại 37 cơ sở kinh doanh xăng dầu, cân tại chợ (Quý I: 01, Quý II: 02, Quý III: 02). Nhiệm vụ đang thực hiện.",
             ("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 37})),
        ]),
        ("Hợp tác, trao đổi kinh nghiệm", [
            ("Phối hợp với Tổ chức Năng suất Châu Á (APO)",
             "Trong kỳ Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia chưa có yêu cầu nên không phát sinh nội dung thực hiện.",
             ("II.6.b", "not_applicable", {})),
        ]),
    ]
    diffs = ["Nhân lực làm công tác kiểm tra của Chi cục còn mỏng, nhiều cuộc kiểm tra phải bố trí công chức kiêm nhiệm.",
             "Kinh phí khảo sát chất lượng năm 2026 chỉ đáp ứng khoảng 60% số mẫu dự kiến."]
    props = ["Đề nghị Sở bổ sung kinh phí khảo sát chất lượng sản phẩm, hàng hóa trong Quý IV/2026.",
             "Đề nghị Sở có văn bản đôn đốc các phường, xã cử công chức đầu mối về tiêu chuẩn, đo lường, chất lượng."]
    app = [
        ["1", "Lớp tập huấn VBQPPL cho tổ chức, doanh nghiệp", "lớp", "02", "03", "01", "-", "06", "ĐTH"],
        ["", "Lượt người tham dự", "lượt", "160", "245", "93", "-", "498", ""],
        ["2", "Doanh nghiệp được hướng dẫn tham dự GTCLQG", "doanh nghiệp", "06", "08", "-", "-", "14", "HT"],
        ["", "Tin, bài tuyên truyền GTCLQG", "tin, bài", "01", "02", "-", "-", "03", ""],
        ["3", "Doanh nghiệp được hỗ trợ (NSCL, Đề án 996, Đề án 100)", "doanh nghiệp", "-", "12", "19", "-", "31", "ĐTH"],
        ["", "Kinh phí hỗ trợ đã giải ngân", "đồng", "-", "48.200.000", "78.200.000", "-", "126.400.000", ""],
        ["4", "Giải thưởng Chất lượng Quốc gia (hồ sơ tiếp nhận)", "hồ sơ", "-", "11", "-", "-", "11", "ĐTH"],
        ["5", "Góp ý dự thảo Nghị định (Luật TC&QCKT sửa đổi)", "văn bản", "-", "01", "-", "-", "01", "HT"],
        ["6", "Tổ chức, doanh nghiệp được hướng dẫn công bố, áp dụng HTQL", "tổ chức, DN", "15", "18", "24", "-", "57", "ĐTH"],
        ["7", "Dự thảo TCVN, QCVN đã góp ý", "dự thảo", "02", "03", "02", "01", "08", "ĐTH"],
        ["8", "Lớp bồi dưỡng công chức phường, xã, đặc khu", "lớp", "-", "01", "01", "-", "02", "HT"],
        ["", "Lượt người tham dự", "lượt", "-", "118", "118", "-", "236", ""],
        ["9", "Phương tiện KTNV được kiểm định, hiệu chuẩn", "chiếc", "12", "15", "19", "-", "46", "ĐTH"],
        ["10", "Cuộc kiểm tra", "cuộc", "02", "03", "04", "-", "09", "ĐTH"],
        ["", "Cơ sở được kiểm tra", "cơ sở", "25", "41", "52", "-", "118", ""],
        ["", "Cơ sở vi phạm", "cơ sở", "03", "04", "06", "-", "13", ""],
        ["", "Tiền xử phạt VPHC", "đồng", "32.000.000", "61.500.000", "94.000.000", "-", "187.500.000", ""],
        ["11", "Mẫu khảo sát chất lượng", "mẫu", "-", "30", "34", "-", "64", "HT"],
        ["12", "Cuộc kiểm tra phối hợp phường, xã", "cuộc", "01", "02", "02", "-", "05", "ĐTH"],
        ["", "Cơ sở được kiểm tra", "cơ sở", "07", "14", "16", "-", "37", ""],
        ["13", "Phối hợp APO", "-", "-", "-", "-", "-", "-", "KYC"],
    ]
    h1_docx("BC-812-CCTDC-KQ-CT38-2026.docx",
            [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False), ("CHI CỤC TIÊU CHUẨN", True), ("ĐO LƯỜNG CHẤT LƯỢNG", True)],
            "812/BC-CCTĐC", "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
            "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\n(số liệu từ ngày 01/01/2026 đến ngày 20/10/2026)",
            "Sở Khoa học và Công nghệ.",
            "Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh (Chi cục) báo cáo kết quả thực hiện các nhiệm vụ Chi cục chủ trì như sau:",
            ["Chi cục đã ban hành Kế hoạch số 35/KH-CCTĐC ngày 12/02/2026 triển khai thực hiện, phân công cụ thể cho Phòng Quản lý Tiêu chuẩn Chất lượng, Phòng Quản lý Đo lường và Phòng Hành chính – Tổng hợp; định kỳ hằng quý tổ chức họp rà soát tiến độ."],
            groups, diffs, props, app, ("KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG", "Lê Hoàng Phúc"),
            ["- Như trên;", "- Lãnh đạo Chi cục;", "- Lưu: VT, HCTH. Hà."], "SKHCN-CCTDC", "2026-10-28",
            "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THEO QUÝ NĂM 2026")


def f02():
    groups = [
        ("Tuyên truyền về Giải thưởng Chất lượng Quốc gia", [
            ("Vận động tham dự Giải thưởng",
             "Phòng đã biên soạn, đăng 02 tin, bài tuyên truyền về Giải thưởng Chất lượng Quốc gia (Quý I: 01, Quý II: 01), hướng dẫn trực tiếp 09 doanh nghiệp hoàn thiện hồ sơ đăng ký tham dự. Nhiệm vụ đã hoàn thành.",
             ("II.1.b", "completed", {"communications": 2, "enterprises_supported": 9})),
        ]),
        ("Công tác quản lý tiêu chuẩn, chất lượng", [
            ("Hoạt động Giải thưởng năm 2026",
             "Phòng là thường trực Hội đồng sơ tuyển, đã tiếp nhận 11 hồ sơ, tổ chức đánh giá thực tế tại 07 doanh nghiệp (tháng 8 – 9/2026); đang tổng hợp kết quả trình Hội đồng. Nhiệm vụ đang thực hiện.",
             ("II.2.b", "in_progress", {})),
            ("Công bố hợp chuẩn, hợp quy",
             "Tiếp nhận, xử lý 412 hồ sơ công bố hợp quy (Quý I: 128, Quý II: 139, Quý III: 145); hướng dẫn 35 doanh nghiệp áp dụng hệ thống quản lý chất lượng tiên tiến. Nhiệm vụ thường xuyên, đang tiếp tục thực hiện.",
             ("II.2.d", "in_progress", {"enterprises_supported": 35})),
            ("Góp ý tiêu chuẩn, quy chuẩn",
             "Góp ý 07 dự thảo (05 TCVN, 02 QCVN) theo đề nghị của Bộ Khoa học và Công nghệ và Bộ Công Thương. Nhiệm vụ đang thực hiện.",
             ("II.2.e", "in_progress", {"standards_reviewed": 7})),
            ("Hệ thống thông tin giải quyết thủ tục hành chính",
             "Phòng đã gửi văn bản đề xuất cải tiến chức năng tiếp nhận hồ sơ công bố trên Hệ thống của Bộ và phối hợp kiểm tra kết nối với Cổng thông tin một cửa quốc gia. Nhiệm vụ đã hoàn thành trong Quý I/2026.",
             ("II.2.h", "completed", {})),
        ]),
        ("Khảo sát chất lượng, cập nhật thông tin", [
            ("Khảo sát chất lượng sản phẩm, hàng hóa",
             "Lấy 38 mẫu phân bón, thép xây dựng để khảo sát (Quý II: 18, Quý III: 20), kết quả đã gửi Lãnh đạo Chi cục. Nhiệm vụ đã hoàn thành.",
             ("II.5.b", "completed", {"samples_tested": 38})),
            ("Cập nhật điều ước, thỏa thuận quốc tế",
             "Biên soạn 02 bản tin cảnh báo hàng rào kỹ thuật trong thương mại (TBT) gửi doanh nghiệp xuất khẩu. Nhiệm vụ thực hiện thường xuyên, đang tiếp tục.",
             ("II.6.a", "in_progress", {"communications": 2})),
        ]),
    ]
    diffs = ["Số lượng hồ sơ công bố hợp quy tăng nhưng Phòng chỉ có 04 công chức xử lý."]
    props = ["Đề nghị Lãnh đạo Chi cục bố trí thêm 01 công chức hỗ trợ tiếp nhận hồ sơ công bố."]
    app = [
        ["1", "Tin, bài tuyên truyền GTCLQG", "tin, bài", "01", "01", "-", "-", "02", "HT"],
        ["", "Doanh nghiệp được hướng dẫn hồ sơ", "doanh nghiệp", "04", "05", "-", "-", "09", ""],
        ["2", "Hồ sơ GTCLQG tiếp nhận", "hồ sơ", "-", "11", "-", "-", "11", "ĐTH"],
        ["3", "Hồ sơ công bố hợp quy", "hồ sơ", "128", "139", "145", "-", "412", "ĐTH"],
        ["", "Doanh nghiệp được hướng dẫn áp dụng HTQLCL", "doanh nghiệp", "10", "12", "13", "-", "35", ""],
        ["4", "Dự thảo TCVN, QCVN góp ý", "dự thảo", "02", "03", "02", "-", "07", "ĐTH"],
        ["5", "Đề xuất cải tiến Hệ thống TTHC", "văn bản", "01", "-", "-", "-", "01", "HT"],
        ["6", "Mẫu khảo sát", "mẫu", "-", "18", "20", "-", "38", "HT"],
        ["7", "Bản tin TBT", "bản tin", "-", "01", "01", "-", "02", "ĐTH"],
    ]
    h1_docx("57-BC-QLTCCL-bao-cao-CT38.docx",
            [("CHI CỤC TIÊU CHUẨN ĐO LƯỜNG", False), ("CHẤT LƯỢNG", False), ("PHÒNG QUẢN LÝ", True), ("TIÊU CHUẨN CHẤT LƯỢNG", True)],
            "57/BC-QLTCCL", "Thành phố Hồ Chí Minh, ngày 20 tháng 10 năm 2026",
            "Kết quả thực hiện các nhiệm vụ được phân công tại Kế hoạch\ntriển khai Chỉ thị số 38-CT/TW năm 2026 (đến ngày 15/10/2026)",
            "Lãnh đạo Chi cục Tiêu chuẩn Đo lường Chất lượng.",
            "Thực hiện Kế hoạch số 35/KH-CCTĐC ngày 12/02/2026 của Chi cục, Phòng Quản lý Tiêu chuẩn Chất lượng báo cáo kết quả thực hiện các nội dung được phân công như sau:",
            ["Phòng phân công 02 công chức theo dõi các nội dung về Giải thưởng Chất lượng Quốc gia và công bố hợp chuẩn, hợp quy; lập sổ theo dõi tiến độ hằng tháng."],
            groups, diffs, props, app, ("TRƯỞNG PHÒNG", "Đặng Thị Mỹ Linh"),
            ["- Như trên;", "- Lưu: QLTCCL."], "SKHCN-CCTDC", "2026-10-20",
            "SỐ LIỆU THỰC HIỆN THEO QUÝ – PHÒNG QUẢN LÝ TIÊU CHUẨN CHẤT LƯỢNG")


def f03():
    groups = [
        ("Phối hợp tuyên truyền, tập huấn", [
            ("Phối hợp tập huấn cho doanh nghiệp",
             "Trung tâm phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 02 lớp tập huấn về đo lường cho doanh nghiệp (Quý II: 01, Quý III: 01) với 145 lượt người tham dự; cử báo cáo viên phụ trách chuyên đề kiểm định phương tiện đo. Phần việc phối hợp đã hoàn thành.",
             ("II.1.a", "completed", {"training_courses": 2, "participants": 145})),
        ]),
        ("Dịch vụ kỹ thuật tiêu chuẩn, đo lường, chất lượng", [
            ("Mở rộng, nâng cao hiệu quả dịch vụ kỹ thuật",
             "Trung tâm đã kiểm định, hiệu chuẩn, thử nghiệm 18.642 phương tiện đo (Quý I: 5.120; Quý II: 6.385; Quý III: 7.137); thử nghiệm 2.315 mẫu sản phẩm, hàng hóa; mở rộng thêm 12 phép thử trong lĩnh vực thực phẩm và vật liệu xây dựng. Nhiệm vụ thường xuyên, đang tiếp tục thực hiện.",
             ("II.2.g", "in_progress", {"instruments_verified": 18642, "samples_tested": 2315})),
        ]),
        ("Đào tạo nguồn nhân lực", [
            ("Hướng dẫn thực hành cho sinh viên",
             "Tổ chức 03 lớp hướng dẫn thực hành về đo lường, thử nghiệm cho 64 sinh viên các trường Đại học Bách khoa, Đại học Công nghiệp và Cao đẳng Kỹ thuật Cao Thắng. Nhiệm vụ đang thực hiện.",
             ("II.3.d", "in_progress", {"training_courses": 3, "participants": 64})),
        ]),
        ("Đầu tư cơ sở vật chất, trang thiết bị", [
            ("Đầu tư trang thiết bị thử nghiệm, đo lường",
             "Đã tiếp nhận, đưa vào sử dụng 03 hệ thống thiết bị (hệ thống sắc ký khí khối phổ, buồng thử nhiệt ẩm, bộ chuẩn áp suất); đã giải ngân 2.184.000.000 đồng, đạt 72,8% dự toán được giao. Nhiệm vụ đang tiếp tục thực hiện.",
             ("II.4.a", "in_progress", {"budget_spent_vnd": 2184000000})),
            ("Liên kết chuẩn đo lường",
             "Hiệu chuẩn 27 chuẩn đo lường tại Viện Đo lường Việt Nam và Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 3, bảo đảm liên kết đến chuẩn quốc gia. Đã hoàn thành kế hoạch năm 2026.",
             ("II.4.c", "completed", {"instruments_verified": 27})),
        ]),
        ("Phối hợp kiểm tra, khảo sát", [
            ("Thử nghiệm mẫu khảo sát chất lượng",
             "Thực hiện thử nghiệm 102 mẫu khảo sát theo đặt hàng của Chi cục, trả kết quả đúng hạn. Nhiệm vụ đã hoàn thành.",
             ("II.5.b", "completed", {"samples_tested": 102})),
        ]),
    ]
    diffs = ["Một số thiết bị thử nghiệm đã sử dụng trên 10 năm, chi phí sửa chữa lớn.",
             "Thủ tục mua sắm thiết bị kéo dài, ảnh hưởng tiến độ giải ngân."]
    props = ["Đề nghị Sở ưu tiên bố trí vốn đầu tư thiết bị đo lường năm 2027 cho Trung tâm.",
             "Đề nghị Chi cục chia sẻ kế hoạch khảo sát chất lượng Quý IV để Trung tâm chủ động nhân lực thử nghiệm."]
    app = [
        ["1", "Lớp tập huấn phối hợp với Chi cục", "lớp", "-", "01", "01", "-", "02", "HT"],
        ["", "Lượt người tham dự", "lượt", "-", "68", "77", "-", "145", ""],
        ["2", "Phương tiện đo được kiểm định, hiệu chuẩn, thử nghiệm", "phương tiện", "5.120", "6.385", "7.137", "-", "18.642", "ĐTH"],
        ["", "Mẫu thử nghiệm", "mẫu", "702", "788", "825", "-", "2.315", ""],
        ["3", "Lớp hướng dẫn thực hành cho sinh viên", "lớp", "-", "01", "02", "-", "03", "ĐTH"],
        ["", "Sinh viên tham dự", "người", "-", "22", "42", "-", "64", ""],
        ["4", "Kinh phí đầu tư thiết bị đã giải ngân", "đồng", "-", "935.000.000", "1.249.000.000", "-", "2.184.000.000", "ĐTH"],
        ["5", "Chuẩn đo lường được hiệu chuẩn", "chuẩn", "09", "11", "07", "-", "27", "HT"],
        ["6", "Mẫu khảo sát thử nghiệm cho Chi cục", "mẫu", "-", "48", "54", "-", "102", "HT"],
    ]
    h1_docx("245-BC-TTPT-CT38-2026.docx",
            [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False), ("TRUNG TÂM DỊCH VỤ PHÂN TÍCH", True), ("THÍ NGHIỆM VÀ TIÊU CHUẨN", True), ("ĐO LƯỜNG CHẤT LƯỢNG", True)],
            "245/BC-TTPT", "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
            "Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
            "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.",
            "Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh (Trung tâm) báo cáo kết quả thực hiện (số liệu đến ngày 30/9/2026) như sau:",
            ["Trung tâm giao Phòng Kiểm định – Hiệu chuẩn và Phòng Thử nghiệm chủ trì các phần việc; Phòng Tổng hợp theo dõi, tổng hợp báo cáo."],
            groups, diffs, props, app, ("GIÁM ĐỐC", "Võ Thanh Sơn"),
            ["- Như trên;", "- Sở KH&CN (để b/c);", "- Lưu: VT, TH."], "SKHCN-TTPTTN", "2026-10-27",
            "SỐ LIỆU THỰC HIỆN THEO QUÝ NĂM 2026")


# --------------------------------------------------------------- Hand 1 xlsx
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def f04():
    fname = "Bieu-QLDL-CT38-T10-2026.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bieu01"
    ws["A1"] = "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG"
    ws["A2"] = "PHÒNG QUẢN LÝ ĐO LƯỜNG"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: 61/BC-QLĐL"
    ws["F1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["F1"].font = Font(bold=True)
    ws["F2"] = "Độc lập - Tự do - Hạnh phúc"; ws["F2"].font = Font(bold=True)
    ws["F3"] = "Thành phố Hồ Chí Minh, ngày 21 tháng 10 năm 2026"; ws["F3"].font = Font(italic=True)
    ws["A5"] = "BIỂU SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"
    ws["A6"] = "(Phần việc do Phòng Quản lý Đo lường thực hiện – số liệu đến 20/10/2026)"
    ws.merge_cells("A5:J5"); ws.merge_cells("A6:J6")
    ws["A5"].font = Font(bold=True, size=13); ws["A5"].alignment = Alignment(horizontal="center")
    ws["A6"].font = Font(italic=True); ws["A6"].alignment = Alignment(horizontal="center")
    hdr = ["STT", "Nội dung, chỉ tiêu", "ĐVT", "Quý I", "Quý II", "Quý III", "Tháng 10", "Cộng", "Tình trạng", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(8, j, h); c.font = Font(bold=True); c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); c.border = BOX
    D = None
    rows = [
        ("I", "Đo lường hỗ trợ doanh nghiệp (Đề án 996)", None, None, None, None, None, None, "ĐTH", ""),
        ("1", "Doanh nghiệp được hỗ trợ, tư vấn về đo lường", "doanh nghiệp", D, 3, 5, 4, 12, None, ""),
        ("II", "Phương tiện kỹ thuật nghiệp vụ", None, None, None, None, None, None, "ĐTH", ""),
        ("2", "PTKTNV được kiểm định, hiệu chuẩn", "chiếc", 10, 9, 14, 3, 36, None, "đang lập dự toán mua bổ sung"),
        ("III", "Chuẩn đo lường chính của Thành phố", None, None, None, None, None, None, "HT", ""),
        ("3", "Chuẩn được hiệu chuẩn, liên kết đến chuẩn quốc gia", "chuẩn", 4, 3, 2, D, 9, None, "phối hợp Trung tâm PTTN"),
        ("IV", "Kiểm tra nhà nước về đo lường", None, None, None, None, None, None, "ĐTH", ""),
        ("4", "Cuộc kiểm tra", "cuộc", 1, 1, 2, 1, 5, None, ""),
        ("5", "Cơ sở được kiểm tra", "cơ sở", 14, 12, 25, 9, 60, None, ""),
        ("6", "Cơ sở vi phạm", "cơ sở", 2, 1, 4, 1, 8, None, ""),
        ("7", "Tiền xử phạt VPHC", "đồng", 12000000, 7500000, 31000000, 8500000, 59000000, None, ""),
        ("V", "Phối hợp UBND phường, xã, đặc khu (nội dung phân quyền)", None, None, None, None, None, None, "ĐTH", ""),
        ("8", "Cuộc kiểm tra phối hợp", "cuộc", D, 1, 2, 1, 4, None, ""),
        ("9", "Cơ sở được kiểm tra", "cơ sở", D, 11, 19, 8, 38, None, "cân tại chợ, xăng dầu"),
        ("VI", "Góp ý văn bản QPPL về đo lường (khi có yêu cầu)", None, None, None, None, None, None, "KYC", "Bộ chưa gửi lấy ý kiến"),
    ]
    r = 9
    for row in rows:
        for j, v in enumerate(row, 1):
            if v is None and 4 <= j <= 8 and row[2] is not None:
                v = "-"
            c = ws.cell(r, j, v)
            c.border = BOX
            if isinstance(v, (int, float)):
                c.number_format = "#,##0" if v >= 1000 else "00"
                c.alignment = Alignment(horizontal="right")
            if row[0] in ("I", "II", "III", "IV", "V", "VI"):
                c.font = Font(bold=True)
        r += 1
    r += 1
    ws.cell(r, 1, H1_LEGEND).font = Font(italic=True); r += 2
    ws.cell(r, 1, "Khó khăn, vướng mắc:").font = Font(bold=True); r += 1
    d1 = "Phương tiện kỹ thuật nghiệp vụ (bộ quả cân chuẩn, thiết bị kiểm tra taximet) còn thiếu, phải mượn của Trung tâm Dịch vụ Phân tích thí nghiệm."
    ws.cell(r, 1, "- " + d1); r += 1
    ws.cell(r, 1, "Đề xuất:").font = Font(bold=True); r += 1
    p1 = "Đề nghị Lãnh đạo Chi cục trình Sở mua sắm bổ sung 02 bộ quả cân chuẩn F2 trong năm 2027."
    ws.cell(r, 1, "- " + p1); r += 2
    ws.cell(r, 2, "Người lập biểu"); ws.cell(r, 7, "TRƯỞNG PHÒNG").font = Font(bold=True); r += 4
    ws.cell(r, 2, "Nguyễn Thị Thu Hà"); ws.cell(r, 7, "Phan Quốc Bảo").font = Font(bold=True)
    for col, w in zip("ABCDEFGHIJ", [6, 48, 13, 9, 9, 9, 10, 13, 11, 26]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))
    entries = [
        ("II.2.a", "in_progress", {"enterprises_supported": 12}, "Doanh nghiệp được hỗ trợ, tư vấn về đo lường: 12"),
        ("II.4.b", "in_progress", {"instruments_verified": 36}, "PTKTNV được kiểm định, hiệu chuẩn: 36 chiếc"),
        ("II.4.c", "completed", {"instruments_verified": 9}, "Chuẩn được hiệu chuẩn, liên kết đến chuẩn quốc gia: 9 chuẩn"),
        ("II.5.a", "in_progress", {"inspections": 5, "establishments_inspected": 60, "violations": 8, "fines_vnd": 59000000}, "Kiểm tra nhà nước về đo lường: 5 cuộc, 60 cơ sở, 8 vi phạm, 59.000.000 đồng"),
        ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 38}, "Phối hợp UBND phường, xã: 4 cuộc, 38 cơ sở"),
        ("II.2.c", "not_applicable", {}, "Góp ý văn bản QPPL về đo lường (khi có yêu cầu): KYC – Bộ chưa gửi lấy ý kiến"),
    ]
    key(fname, "SKHCN-CCTDC", "61/BC-QLĐL", "2026-10-21", entries, [d1], [p1])


# ================================================================= HAND 2: Minh
# Excel biểu: hierarchical STT (1 / 1.1 / 1.2), status only on the task row
# ("Đã xong / Đang tiến hành / Chưa tiến hành / Không phát sinh"), figures on
# sub-rows with abbreviated ĐVT (PTĐ, DN, lg, tr.đ) explained in a "Viết tắt" row.

def h2_xlsx(fname, sheet, top_lines, number_line, date_line, title, sub, tasks, legend, kk, dx, signer, unit, number, iso):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    r = 1
    for ln, b in top_lines:
        ws.cell(r, 1, ln).font = Font(bold=b); r += 1
    if number_line:
        ws.cell(r, 1, number_line); r += 1
    ws.cell(r, 1, date_line).font = Font(italic=True); r += 2
    ws.cell(r, 1, title).font = Font(bold=True, size=12)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(r, 1).alignment = Alignment(horizontal="center"); r += 1
    ws.cell(r, 1, sub).font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(r, 1).alignment = Alignment(horizontal="center"); r += 2
    for j, h in enumerate(["STT", "Chỉ tiêu", "ĐVT", "Số lượng", "Tình trạng", "Ghi chú"], 1):
        c = ws.cell(r, j, h); c.font = Font(bold=True); c.border = BOX
        c.fill = PatternFill("solid", fgColor="D9D9D9"); c.alignment = Alignment(horizontal="center")
    r += 1
    entries = []
    for i, t in enumerate(tasks, 1):
        name, status_word, code, st, subs, note, ind = t
        vals = [str(i), name, None, None, status_word, note]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.border = BOX; c.font = Font(bold=True)
        r += 1
        for k, (lbl, dvt, val, fmt) in enumerate(subs, 1):
            vals = [f"{i}.{k}", lbl, dvt, val, None, None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v); c.border = BOX
                if j == 4 and isinstance(v, (int, float)):
                    c.number_format = fmt or "#,##0"
            r += 1
        entries.append((code, st, ind, name + (" – " + note if note else "")))
    r += 1
    ws.cell(r, 1, legend).font = Font(italic=True, size=10); r += 2
    if kk:
        ws.cell(r, 1, "Khó khăn").font = Font(bold=True)
        for x in kk:
            ws.cell(r, 2, x); r += 1
    if dx:
        ws.cell(r, 1, "Đề xuất").font = Font(bold=True)
        for x in dx:
            ws.cell(r, 2, x); r += 1
    r += 1
    ws.cell(r, 2, "Người lập biểu"); ws.cell(r, 4, signer[0]).font = Font(bold=True); r += 4
    ws.cell(r, 2, "Trần Văn Minh"); ws.cell(r, 4, signer[1]).font = Font(bold=True)
    for col, w in zip("ABCDEF", [6, 58, 10, 12, 17, 30]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = None
    wb.save(os.path.join(OUT, fname))
    key(fname, unit, number, iso, entries, kk, dx)


H2_LEG = "Viết tắt: PTĐ – phương tiện đo; DN – doanh nghiệp; lg – lượt người; tr.đ – triệu đồng; TĐC – tiêu chuẩn, đo lường, chất lượng."


def f05():
    tasks = [
        ("Kiểm định, hiệu chuẩn, thử nghiệm PTĐ – mở rộng dịch vụ kỹ thuật", "Đang tiến hành", "II.2.g", "in_progress",
         [("Cân các loại", "PTĐ", 10215, None), ("Công tơ điện", "PTĐ", 6730, None), ("Taximet", "PTĐ", 1262, None),
          ("Cột đo xăng dầu", "PTĐ", 2018, None), ("Cộng PTĐ", "PTĐ", 20225, None), ("Mẫu sản phẩm, hàng hóa thử nghiệm", "mẫu", 2541, None),
          ("Phép thử mở rộng", "phép thử", 12, None)], "", {"instruments_verified": 20225, "samples_tested": 2541}),
        ("Đầu tư trang thiết bị", "Đang tiến hành", "II.4.a", "in_progress",
         [("Hệ thống thiết bị đưa vào sử dụng", "hệ thống", 3, None), ("Kinh phí đã giải ngân", "tr.đ", 2184.0, "#,##0.0")],
         "giải ngân đạt 72,8%", {"budget_spent_vnd": 2184000000}),
        ("Liên kết chuẩn đo lường", "Đã xong", "II.4.c", "completed",
         [("Chuẩn được hiệu chuẩn tại VMI, QUATEST 3", "chuẩn", 27, None)], "", {"instruments_verified": 27}),
        ("Hướng dẫn thực hành cho sinh viên", "Đang tiến hành", "II.3.d", "in_progress",
         [("Lớp hướng dẫn", "lớp", 3, None), ("Sinh viên tham dự", "lg", 64, None)], "", {"training_courses": 3, "participants": 64}),
        ("Góp ý dự thảo TCVN, QCVN (phối hợp Chi cục)", "Đã xong", "II.2.e", "completed",
         [("Dự thảo đã góp ý", "dự thảo", 4, None)], "", {"standards_reviewed": 4}),
    ]
    h2_xlsx("TTPTTN_Bieu01_CT38_2026.xlsx", "BIEU 01",
            [("SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM", False),
             ("TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH", True),
             ("Phòng Kiểm định – Hiệu chuẩn", False)],
            "Số: 1187/TTPT-KĐHC", "TP. Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
            "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026", "(số liệu đến ngày 25/10/2026)",
            tasks, H2_LEG + " VMI – Viện Đo lường Việt Nam.",
            ["Chưa có phần mềm quản lý kết quả kiểm định dùng chung với Chi cục."],
            ["Sở đầu tư phần mềm quản lý dữ liệu kiểm định, hiệu chuẩn kết nối với Chi cục."],
            ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Huỳnh Ngọc Tú"), "SKHCN-TTPTTN", "1187/TTPT-KĐHC", "2026-10-30")


def f06():
    tasks = [
        ("Kiểm tra chất lượng hàng hóa nhập khẩu sau thông quan", "Đang tiến hành", "II.5.a", "in_progress",
         [("Cuộc kiểm tra", "cuộc", 4, None), ("DN được kiểm tra", "DN", 17, None), ("DN vi phạm", "DN", 3, None),
          ("Tiền phạt", "tr.đ", 45.0, "#,##0.0"), ("Mẫu lấy thử nghiệm", "mẫu", 11, None)], "",
         {"inspections": 4, "establishments_inspected": 17, "violations": 3, "fines_vnd": 45000000, "samples_tested": 11}),
        ("Liên thông Cổng thông tin một cửa quốc gia (đăng ký KTNN hàng NK)", "Đã xong", "II.2.h", "completed",
         [("Hồ sơ đăng ký kiểm tra tiếp nhận qua Cổng", "hồ sơ", 1236, None)], "chạy chính thức từ 15/3/2026", {}),
        ("Lớp hướng dẫn thủ tục KTNN cho DN nhập khẩu", "Đã xong", "II.1.a", "completed",
         [("Lớp", "lớp", 1, None), ("Người tham dự", "lg", 72, None)], "", {"training_courses": 1, "participants": 72}),
        ("Khen thưởng, bảo vệ người tố giác vi phạm", "Không phát sinh", "II.5.d", "not_applicable", [], "", {}),
        ("Kết nối CSDL quốc gia về TĐC", "Chưa tiến hành", "II.2.i", "not_started", [], "chờ Bộ cấp tài khoản", {}),
    ]
    h2_xlsx("CCTDC_ToKTNK_Bieu_CT38.xlsx", "Sheet1",
            [("CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TP.HCM", True),
             ("Tổ Kiểm tra nhà nước hàng hóa nhập khẩu (Phòng QLTCCL)", False)],
            None, "Ngày lập biểu: 22/10/2026",
            "SỐ LIỆU THỰC HIỆN KẾ HOẠCH CT38 – PHẦN HÀNG HÓA NHẬP KHẨU", "(từ 01/01/2026 đến 20/10/2026)",
            tasks, H2_LEG + " KTNN – kiểm tra nhà nước; NK – nhập khẩu.",
            ["Hồ sơ đăng ký kiểm tra tăng cao vào cuối năm, phần mềm của Bộ thường xuyên bị lỗi kết nối."],
            ["Đề nghị Chi cục phản ánh với Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia để khắc phục lỗi kết nối phần mềm."],
            ("TỔ TRƯỞNG", "Lâm Gia Huy"), "SKHCN-CCTDC", None, "2026-10-22")


def f07():
    tasks = [
        ("Cải tiến Hệ thống TTHC của Bộ, liên thông Cổng một cửa quốc gia", "Đã xong", "II.2.h", "completed",
         [("TTHC lĩnh vực TĐC cung cấp DVC trực tuyến toàn trình", "TTHC", 19, None)], "xong T3/2026", {}),
        ("Kết nối, áp dụng CSDL quốc gia về TĐC", "Đang tiến hành", "II.2.i", "in_progress",
         [("Lớp hướng dẫn khai thác", "lớp", 1, None), ("Người tham dự", "lg", 34, None),
          ("Kinh phí đã sử dụng", "tr.đ", 96.5, "#,##0.0")], "chờ Bộ cấp API chính thức",
         {"training_courses": 1, "participants": 34, "budget_spent_vnd": 96500000}),
        ("Số hóa quy trình ISO 9001 của các phòng", "Đang tiến hành", "II.2.đ", "in_progress",
         [("Quy trình đã số hóa", "quy trình", 7, None)], "", {}),
    ]
    h2_xlsx("CDS_Bieu_KQ_CT38.xlsx", "Bieu",
            [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False), ("PHÒNG CHUYỂN ĐỔI SỐ", True)],
            "Kèm theo Công văn số 88/CĐS ngày 24/10/2026", "TP.HCM, ngày 24 tháng 10 năm 2026",
            "BIỂU SỐ LIỆU THỰC HIỆN KẾ HOẠCH CT38/2026", "(phần việc Phòng Chuyển đổi số phối hợp)",
            tasks, H2_LEG + " TTHC – thủ tục hành chính; DVC – dịch vụ công.",
            ["Dữ liệu của Chi cục còn lưu trên nhiều phần mềm riêng lẻ, chưa chuẩn hóa."],
            ["Đề nghị Chi cục cử 01 đầu mối phối hợp chuẩn hóa dữ liệu trước ngày 30/11/2026."],
            ("TRƯỞNG PHÒNG", "Ngô Minh Khang"), "SKHCN-CDS", "88/CĐS", "2026-10-24")


def f08():
    tasks = [
        ("Hạ tầng kết nối CSDL quốc gia về TĐC", "Đang tiến hành", "II.2.i", "in_progress",
         [("Bảng dữ liệu đã đồng bộ", "bảng", 14, None), ("Lớp hướng dẫn", "lớp", 2, None), ("Người tham dự", "lg", 58, None),
          ("Kinh phí nâng cấp hạ tầng đã giải ngân", "tr.đ", 315.6, "#,##0.0")], "",
         {"training_courses": 2, "participants": 58, "budget_spent_vnd": 315600000}),
        ("Đăng tin, bài về Giải thưởng Chất lượng Quốc gia trên Cổng TTĐT", "Đã xong", "II.1.b", "completed",
         [("Tin, bài", "tin", 5, None)], "", {"communications": 5}),
        ("Tích hợp TTHC lĩnh vực TĐC (phối hợp)", "Không phát sinh", "II.2.h", "not_applicable", [], "không được phân công", {}),
    ]
    h2_xlsx("TTCNTT_CT38_bieu_T10.xlsx", "TH",
            [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False),
             ("TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ ĐỊA KHÔNG GIAN THÀNH PHỐ HỒ CHÍ MINH", True)],
            "Số: 302/TTCNTT-HT", "Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026",
            "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026", "(đến ngày 25/10/2026)",
            tasks, H2_LEG + " CSDL – cơ sở dữ liệu; TTĐT – thông tin điện tử.",
            ["Máy chủ đặt tại Trung tâm dữ liệu đã gần hết dung lượng lưu trữ."],
            ["Đề nghị Sở bổ sung dự toán nâng cấp dung lượng lưu trữ năm 2027."],
            ("GIÁM ĐỐC", "Trịnh Bảo Quốc"), "SKHCN-TTCNTT", "302/TTCNTT-HT", "2026-10-26")


# ================================================================= HAND 3: Ngọc
# Short công văn: numbered items "1." "2." each one or two plain sentences, the
# status at the end in square brackets, often with the month: "[đã xong, T3/2026]",
# "[đang làm]", "[không phát sinh]"; "* Vướng mắc:" / "* Kiến nghị:" with "+" lines.

def h3_docx(fname, left_lines, number, vv, place_date, kinh_gui, intro, items, kk, dx, signer, noi_nhan, unit, iso,
            status="extracted", reason=None, closing=None):
    d = new_doc(size=14)
    t = header_block(d, left_lines, "Số: " + number, place_date, size=12)
    # V/v under number in left cell
    L = t.rows[0].cells[0]
    p = L.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(vv); r.font.size = Pt(11)
    para(d, "")
    p = para(d, "", align="c")
    p.add_run("Kính gửi: " + kinh_gui)
    para(d, intro, align="j", indent=1.27)
    entries = []
    for i, (txt, br, ent) in enumerate(items, 1):
        para(d, f"{i}. {txt} {br}", align="j", indent=1.27)
        if ent:
            entries.append((ent[0], ent[1], ent[2], txt))
    if kk:
        para(d, "* Vướng mắc:", bold=True, indent=1.27)
        for x in kk:
            para(d, "+ " + x, align="j", indent=1.27)
    if dx:
        para(d, "* Kiến nghị:", bold=True, indent=1.27)
        for x in dx:
            para(d, "+ " + x, align="j", indent=1.27)
    para(d, closing or "Trân trọng./.", align="j", indent=1.27)
    sign_block(d, noi_nhan, signer[0], signer[1])
    d.save(os.path.join(OUT, fname))
    key(fname, unit, number, iso, entries if status == "extracted" else [], kk if status == "extracted" else [],
        dx if status == "extracted" else [], status=status, reason=reason)


def f09():
    items = [
        ("Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở: Văn phòng đã ban hành bộ quy trình sửa đổi, phối hợp Chi cục đánh giá nội bộ tại 14 phòng, đơn vị; đang chuẩn bị họp xem xét của lãnh đạo trong tháng 11.",
         "[đang làm, dự kiến xong T11/2026]", ("II.2.đ", "in_progress", {})),
        ("Phối hợp hoàn thiện Hệ thống thông tin giải quyết thủ tục hành chính: Bộ phận Một cửa của Sở đã rà soát, cập nhật 23 thủ tục lĩnh vực tiêu chuẩn, đo lường, chất lượng.",
         "[đã xong, T3/2026]", ("II.2.h", "completed", {})),
        ("Bố trí kinh phí đầu tư thiết bị cho Trung tâm Dịch vụ Phân tích thí nghiệm: đã thẩm định, trình phê duyệt 02 gói mua sắm; kinh phí đã giải ngân qua Văn phòng 1.250.000.000 đồng.",
         "[đang làm]", ("II.4.a", "in_progress", {"budget_spent_vnd": 1250000000})),
        ("Khen thưởng, bảo vệ người tố giác: trong kỳ Văn phòng không nhận được đơn, thư tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng.",
         "[không phát sinh]", ("II.5.d", "not_applicable", {})),
        ("Cung cấp danh mục văn bản, thủ tục để Chi cục cập nhật lên cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng.",
         "[đang làm]", ("II.2.i", "in_progress", {})),
    ]
    h3_docx("1542-SKHCN-VP-phoi-hop-CT38.docx",
            [("UBND THÀNH PHỐ HỒ CHÍ MINH", False), ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", True)],
            "1542/SKHCN-VP", "V/v báo cáo kết quả phối hợp thực hiện\nKế hoạch Chỉ thị 38-CT/TW năm 2026",
            "Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2026",
            "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.",
            "Văn phòng Sở Khoa học và Công nghệ nhận được đề nghị của Chi cục về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Văn phòng Sở báo cáo các phần việc được giao phối hợp như sau:",
            items,
            ["Văn phòng chưa có công chức được đào tạo chuyên gia đánh giá nội bộ ISO."],
            ["Đề nghị Chi cục mở 01 lớp đào tạo chuyên gia đánh giá nội bộ cho công chức Văn phòng Sở."],
            ("TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG", "Bùi Thị Kim Ngọc"),
            ["- Như trên;", "- Lưu: VT, VP."], "SKHCN-VP", "2026-10-23")


def f10():
    items = [
        ("Thu hút chuyên gia, nhà khoa học lĩnh vực tiêu chuẩn, đo lường, chất lượng theo Nghị quyết số 27/2023/NQ-HĐND và Quyết định số 05/2026/QĐ-UBND: Phòng đã tiếp nhận 03 hồ sơ đề xuất chuyên gia, đang thẩm định để trình Hội đồng.",
         "[đang làm]", ("II.3.c", "in_progress", {})),
        ("Phối hợp Chi cục tổ chức lớp tập huấn văn bản pháp luật cho doanh nghiệp: Phòng cử 02 báo cáo viên trình bày chuyên đề về chính sách hỗ trợ khoa học và công nghệ.",
         "[đã xong, T6/2026]", ("II.1.a", "completed", {})),
        ("Nâng cao năng suất, chất lượng dựa trên khoa học, công nghệ: tuyển chọn 04 nhiệm vụ khoa học và công nghệ hỗ trợ doanh nghiệp nâng cao năng suất, kinh phí đã cấp 1,2 tỷ đồng.",
         "[đang làm]", ("II.2.a", "in_progress", {"budget_spent_vnd": 1200000000})),
        ("Hợp tác với Tổ chức Năng suất Châu Á (APO) về năng suất khu vực công: trong năm chưa có yêu cầu.",
         "[không có yêu cầu]", ("II.6.b", "not_applicable", {})),
    ]
    h3_docx("417-QLKH-bao-cao-CT38.docx",
            [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False), ("PHÒNG QUẢN LÝ KHOA HỌC", True)],
            "417/QLKH", "V/v kết quả thực hiện nhiệm vụ\ntheo Kế hoạch CT38 năm 2026",
            "Thành phố Hồ Chí Minh, ngày 19 tháng 10 năm 2026",
            "Chi cục Tiêu chuẩn Đo lường Chất lượng.",
            "Phòng Quản lý Khoa học báo cáo kết quả thực hiện các nội dung theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
            items,
            ["Mức thu nhập theo Nghị quyết 27/2023/NQ-HĐND chưa đủ hấp dẫn chuyên gia đo lường có trình độ cao."],
            ["Đề nghị Chi cục cung cấp danh sách chuyên gia tư vấn, đánh giá đang hoạt động để Phòng làm cơ sở đề xuất thu hút."],
            ("TRƯỞNG PHÒNG", "Tô Hoài Nam"),
            ["- Như trên;", "- Lưu: QLKH."], "SKHCN-QLKH", "2026-10-19")


def f11():
    items = [
        ("Rà soát, đơn giản hóa 12 thủ tục hành chính thuộc thẩm quyền giải quyết của Sở, đề xuất cắt giảm thời gian giải quyết 05 thủ tục.",
         "[đã xong, T8/2026]", None),
        ("Tỷ lệ hồ sơ giải quyết đúng hạn Quý III/2026 đạt 99,2%; tiếp nhận 3.415 hồ sơ, trả kết quả trực tuyến 2.987 hồ sơ.",
         "[đã xong]", None),
        ("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính: đã số hóa 2.640 hồ sơ.", "[đang làm]", None),
        ("Khảo sát mức độ hài lòng của người dân, doanh nghiệp đối với Bộ phận Một cửa.", "[đang làm, dự kiến xong T11/2026]", None),
        ("Kiểm tra công tác cải cách hành chính tại 04 đơn vị trực thuộc.", "[chưa làm – chuyển Quý IV]", None),
    ]
    h3_docx("1498-SKHCN-VP-CCHC-quy-III.docx",
            [("UBND THÀNH PHỐ HỒ CHÍ MINH", False), ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", True)],
            "1498/SKHCN-VP", "V/v báo cáo kết quả công tác\ncải cách hành chính Quý III/2026",
            "Thành phố Hồ Chí Minh, ngày 09 tháng 10 năm 2026",
            "Sở Nội vụ Thành phố Hồ Chí Minh.",
            "Thực hiện Công văn của Sở Nội vụ về báo cáo công tác cải cách hành chính định kỳ, Văn phòng Sở Khoa học và Công nghệ tổng hợp kết quả công tác cải cách hành chính Quý III/2026 như sau:",
            items,
            ["Phần mềm một cửa điện tử của Thành phố chưa kết nối đầy đủ với Cổng Dịch vụ công quốc gia."],
            ["Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ kiểm soát thủ tục hành chính."],
            ("TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG", "Bùi Thị Kim Ngọc"),
            ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, VP."], "SKHCN-VP", "2026-10-09",
            status="rejected",
            reason="Không phải báo cáo Kế hoạch CT38: công văn báo cáo công tác cải cách hành chính Quý III/2026 gửi Sở Nội vụ, gửi nhầm.")


def f15():
    items = [
        ("Phối hợp Chi cục rà soát, đề xuất cải tiến Hệ thống thông tin giải quyết thủ tục hành chính của Bộ; hoàn thành cấu hình liên thông 19 thủ tục lĩnh vực tiêu chuẩn, đo lường, chất lượng lên Cổng dịch vụ công.",
         "[đã xong, T3/2026]", ("II.2.h", "completed", {})),
        ("Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng: đã mở 01 lớp hướng dẫn khai thác cho 34 lượt công chức Chi cục và các phòng; kinh phí đã chi 96,5 triệu đồng; đang chờ Bộ cấp API chính thức.",
         "[đang làm]", ("II.2.i", "in_progress", {"training_courses": 1, "participants": 34, "budget_spent_vnd": 96500000})),
        ("Hỗ trợ số hóa 07 quy trình ISO 9001 của Văn phòng Sở và các phòng trên hệ thống quản lý văn bản.",
         "[đang làm]", ("II.2.đ", "in_progress", {})),
    ]
    h3_docx("88-CDS-bao-cao-CT38.docx",
            [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False), ("PHÒNG CHUYỂN ĐỔI SỐ", True)],
            "88/CĐS", "V/v báo cáo kết quả phối hợp\nthực hiện Kế hoạch CT38 năm 2026",
            "Thành phố Hồ Chí Minh, ngày 24 tháng 10 năm 2026",
            "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.",
            "Phòng Chuyển đổi số báo cáo kết quả các phần việc phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (số liệu chi tiết tại biểu kèm theo):",
            items,
            ["Hạ tầng kết nối của Bộ chưa ổn định, nhiều lần gián đoạn khi đồng bộ thử."],
            ["Đề nghị Chi cục cử 01 đầu mối phối hợp chuẩn hóa dữ liệu trước ngày 30/11/2026."],
            ("TRƯỞNG PHÒNG", "Ngô Minh Khang"),
            ["- Như trên;", "- Lưu: CĐS."], "SKHCN-CDS", "2026-10-24")


# ================================================================= HAND 4: Tâm
# Older head's report "A. KẾT QUẢ / B. TỒN TẠI, VƯỚNG MẮC / C. KIẾN NGHỊ"; tasks as
# "1)" headings in his own words; every figure on a "- label (ĐVT): value" line with
# the unit of measure in parentheses inside the label; closing line
# "Kết quả đánh giá: …".

def h4_docx(fname, left_lines, number, place_date, title2, kinh_gui, intro, items, B, C, signer, noi_nhan, unit, iso, extra=None):
    d = new_doc(size=13)
    header_block(d, left_lines, "Số: " + number, place_date)
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(d, title2, bold=True, align="c")
    if kinh_gui:
        para(d, "Kính gửi: " + kinh_gui, align="c")
    para(d, intro, align="j", indent=1.0)
    para(d, "A. KẾT QUẢ THỰC HIỆN", bold=True)
    entries = []
    for i, (title, lines, verdict, ent, note) in enumerate(items, 1):
        para(d, f"{i}) {title}", bold=True, indent=0.5)
        if note:
            para(d, note, align="j", indent=1.0)
        for lbl, val in lines:
            para(d, f"- {lbl}: {val}", indent=1.0, space_after=0)
        runs(d, [("Kết quả đánh giá: ", "i"), (verdict, "")], indent=1.0)
        if ent:
            entries.append((ent[0], ent[1], ent[2], title + ((" " + note) if note else "")))
    if extra:
        for e in extra:
            para(d, e, align="j", indent=1.0)
    para(d, "B. TỒN TẠI, VƯỚNG MẮC", bold=True)
    for x in B:
        para(d, "- " + x, align="j", indent=1.0)
    para(d, "C. KIẾN NGHỊ", bold=True)
    for x in C:
        para(d, "- " + x, align="j", indent=1.0)
    sign_block(d, noi_nhan, signer[0], signer[1])
    d.save(os.path.join(OUT, fname))
    key(fname, unit, number, iso, entries, B, C)


def f12():
    items = [
        ("Góp ý dự thảo văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng",
         [("Số dự thảo văn bản đã góp ý (văn bản)", "03")], "Hoàn thành.", ("II.2.c", "completed", {}), None),
        ("Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP",
         [], "Đang triển khai.", ("II.4.b", "in_progress", {}),
         "Phòng phối hợp Chi cục rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ, đề xuất danh mục cần bổ sung năm 2027."),
        ("Kiểm tra chuyên ngành về tiêu chuẩn, đo lường, chất lượng",
         [("Số cuộc kiểm tra phối hợp (cuộc)", "04"), ("Số cơ sở được kiểm tra (cơ sở)", "52"),
          ("Số cơ sở vi phạm (cơ sở)", "06"), ("Số tiền xử phạt (đồng)", "74.500.000")],
         "Đang triển khai.", ("II.5.a", "in_progress", {"inspections": 4, "establishments_inspected": 52, "violations": 6, "fines_vnd": 74500000}), None),
        ("Phối hợp khảo sát chất lượng hàng hóa",
         [("Số mẫu được lấy phối hợp (mẫu)", "20")], "Hoàn thành.", ("II.5.b", "completed", {"samples_tested": 20}), None),
        ("Hướng dẫn phường, xã, đặc khu xử phạt theo phân quyền",
         [("Số phường, xã được hướng dẫn (đơn vị)", "26"), ("Số lớp hướng dẫn nghiệp vụ xử phạt (lớp)", "02"),
          ("Số lượt công chức tham dự (lượt)", "131")],
         "Đang triển khai.", ("II.5.c", "in_progress", {"training_courses": 2, "participants": 131}), None),
        ("Xử lý đơn thư, bảo vệ người tố giác",
         [("Số đơn tố giác tiếp nhận (đơn)", "02")], "Hoàn thành (đã giải quyết xong 02/02 đơn).", ("II.5.d", "completed", {}), None),
    ]
    h4_docx("73-BC-KTPC-CT38.docx",
            [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False), ("PHÒNG KIỂM TRA – PHÁP CHẾ", True)],
            "73/BC-KTPC", "Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026",
            "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
            "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
            "Phòng Kiểm tra – Pháp chế báo cáo kết quả phối hợp thực hiện các nhiệm vụ tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (số liệu đến 20/10/2026), cụ thể như sau:",
            items,
            ["Chưa có hướng dẫn thống nhất về thẩm quyền xử phạt của Chủ tịch UBND phường, xã sau sắp xếp.",
             "Một số cơ sở vi phạm đã ngừng kinh doanh, không thi hành quyết định xử phạt."],
            ["Đề nghị Sở kiến nghị Bộ Khoa học và Công nghệ sớm ban hành hướng dẫn thẩm quyền xử phạt cấp xã."],
            ("TRƯỞNG PHÒNG", "Đoàn Văn Tâm"), ["- Như trên;", "- Lãnh đạo Sở (để b/c);", "- Lưu: KTPC."],
            "SKHCN-KTPC", "2026-10-26")


def f13():
    items = [
        ("Áp dụng hệ thống quản lý chất lượng tại các cơ quan hành chính",
         [("Số cơ quan, đơn vị được hướng dẫn áp dụng TCVN ISO 9001:2015 (cơ quan)", "18"),
          ("Số lớp đào tạo chuyên gia đánh giá nội bộ (lớp)", "02"), ("Số lượt học viên (lượt)", "96")],
         "Đang triển khai (thời hạn đến tháng 11/2026).",
         ("II.2.đ", "in_progress", {"enterprises_supported": 18, "training_courses": 2, "participants": 96}), None),
        ("Bồi dưỡng chuyên sâu về năng suất, chất lượng; mạng lưới tư vấn",
         [("Số khóa bồi dưỡng (khóa)", "03"), ("Số lượt học viên (lượt)", "142")], "Hoàn thành.",
         ("II.3.b", "completed", {"training_courses": 3, "participants": 142}), None),
        ("Tập huấn cho giảng viên, sinh viên các trường",
         [("Số buổi tập huấn tại trường (buổi)", "04"), ("Số lượt sinh viên, giảng viên (lượt)", "385")], "Đang triển khai.",
         ("II.3.d", "in_progress", {"training_courses": 4, "participants": 385}), None),
        ("Cử công chức dự hội nghị, hội thảo, lễ kỷ niệm của ngành",
         [("Số lượt công chức được cử tham dự (lượt)", "27")], "Đang triển khai.",
         ("II.3.a", "in_progress", {"participants": 27}), None),
        ("Trao đổi kinh nghiệm với Tổ chức Năng suất Châu Á (APO)",
         [], "Không phát sinh (chưa có yêu cầu).", ("II.6.b", "not_applicable", {}), "- Không có số liệu."),
    ]
    h4_docx("59-BC-HCTH-CT38-2026.docx",
            [("CHI CỤC TIÊU CHUẨN ĐO LƯỜNG", False), ("CHẤT LƯỢNG", False), ("PHÒNG HÀNH CHÍNH – TỔNG HỢP", True)],
            "59/BC-HCTH", "Thành phố Hồ Chí Minh, ngày 22 tháng 10 năm 2026",
            "Kết quả thực hiện phần việc Kế hoạch CT38 năm 2026 do Phòng Hành chính – Tổng hợp phụ trách",
            "Lãnh đạo Chi cục Tiêu chuẩn Đo lường Chất lượng",
            "Thực hiện phân công tại Kế hoạch số 35/KH-CCTĐC ngày 12/02/2026 của Chi cục, Phòng Hành chính – Tổng hợp báo cáo như sau:",
            items,
            ["Kinh phí tập huấn được giao muộn (tháng 3/2026) nên các lớp dồn vào Quý II, Quý III."],
            ["Đề nghị Sở giao dự toán kinh phí năm 2027 ngay từ tháng 01/2027."],
            ("TRƯỞNG PHÒNG", "Đoàn Văn Tâm"), ["- Như trên;", "- Lưu: HCTH."], "SKHCN-CCTDC", "2026-10-22",
            extra=["* Tình hình sử dụng kinh phí chung của Kế hoạch: đã sử dụng 212.650.000 đồng trên tổng dự toán 349.000.000 đồng (đạt 60,9%)."])


def f14():
    items = [
        ("Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng",
         [("Số bảng dữ liệu đã đồng bộ (bảng)", "12"), ("Số lớp hướng dẫn (lớp)", "02"),
          ("Số lượt người tham dự (lượt)", "58"), ("Kinh phí đã giải ngân (đồng)", "298.400.000")],
         "Đang triển khai.", ("II.2.i", "in_progress", {"training_courses": 2, "participants": 58, "budget_spent_vnd": 298400000}), None),
        ("Phối hợp đăng tin Giải thưởng Chất lượng Quốc gia",
         [("Số tin, bài đăng tải (tin)", "05")], "Hoàn thành.", ("II.1.b", "completed", {"communications": 5}), None),
        ("Hạ tầng cho hệ thống quản lý chất lượng ISO điện tử của Sở",
         [("Số máy chủ ảo cấp cho hệ thống (máy)", "02")], "Hoàn thành.", ("II.2.đ", "completed", {}), None),
    ]
    h4_docx("298-BC-TTCNTT-CT38.docx",
            [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False), ("TRUNG TÂM CÔNG NGHỆ THÔNG TIN", True), ("VÀ ĐỊA KHÔNG GIAN", True)],
            "298/BC-TTCNTT", "Thành phố Hồ Chí Minh, ngày 16 tháng 10 năm 2026",
            "Kết quả phối hợp thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026 (đến 15/10/2026)",
            "Chi cục Tiêu chuẩn Đo lường Chất lượng",
            "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh báo cáo kết quả phối hợp như sau:",
            items,
            ["Nhân sự quản trị cơ sở dữ liệu còn thiếu, 01 người phụ trách nhiều hệ thống."],
            ["Đề nghị Chi cục phối hợp xây dựng quy chế khai thác dữ liệu dùng chung."],
            ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Mai Xuân Trường"), ["- Như trên;", "- Lưu: VT, HT."],
            "SKHCN-TTCNTT", "2026-10-16")


def f16():
    fname = "Bieu_KTPC_kem_BC73.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "So lieu"
    ws["A1"] = "SỞ KHOA HỌC VÀ CÔNG NGHỆ – PHÒNG KIỂM TRA – PHÁP CHẾ"; ws["A1"].font = Font(bold=True)
    ws["A2"] = "Biểu số liệu kèm theo Báo cáo số 73/BC-KTPC ngày 26/10/2026"; ws["A2"].font = Font(italic=True)
    ws["A4"] = "SỐ LIỆU PHỐI HỢP THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026"; ws["A4"].font = Font(bold=True, size=12)
    hdr = ["Nội dung / chỉ tiêu (ĐVT)", "Số liệu", "Đánh giá"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(6, j, h); c.font = Font(bold=True); c.border = BOX; c.fill = PatternFill("solid", fgColor="FFF2CC")
    blocks = [
        ("1) Kiểm tra chuyên ngành về tiêu chuẩn, đo lường, chất lượng", "Đang triển khai",
         [("- Số cuộc kiểm tra phối hợp (cuộc)", 4), ("- Số cơ sở được kiểm tra (cơ sở)", 52), ("- Số cơ sở vi phạm (cơ sở)", 6),
          ("- Số tiền xử phạt (đồng)", 74500000)],
         ("II.5.a", "in_progress", {"inspections": 4, "establishments_inspected": 52, "violations": 6, "fines_vnd": 74500000})),
        ("2) Phối hợp khảo sát chất lượng hàng hóa", "Hoàn thành",
         [("- Số mẫu được lấy phối hợp (mẫu)", 20)], ("II.5.b", "completed", {"samples_tested": 20})),
        ("3) Hướng dẫn phường, xã, đặc khu xử phạt theo phân quyền", "Đang triển khai",
         [("- Số phường, xã được hướng dẫn (đơn vị)", 26), ("- Số lớp hướng dẫn nghiệp vụ xử phạt (lớp)", 2),
          ("- Số lượt công chức tham dự (lượt)", 131)], ("II.5.c", "in_progress", {"training_courses": 2, "participants": 131})),
        ("4) Xử lý đơn thư, bảo vệ người tố giác", "Hoàn thành",
         [("- Số đơn tố giác tiếp nhận (đơn)", 2)], ("II.5.d", "completed", {})),
    ]
    r = 7
    entries = []
    for title, st, lines, ent in blocks:
        ws.cell(r, 1, title).font = Font(bold=True); ws.cell(r, 3, st)
        for j in (1, 2, 3):
            ws.cell(r, j).border = BOX
        r += 1
        for lbl, v in lines:
            ws.cell(r, 1, lbl); c = ws.cell(r, 2, v); c.number_format = "#,##0"
            for j in (1, 2, 3):
                ws.cell(r, j).border = BOX
            r += 1
        entries.append((ent[0], ent[1], ent[2], title[3:]))
    r += 1
    ws.cell(r, 1, "Người lập: Đoàn Văn Tâm")
    ws.column_dimensions["A"].width = 62; ws.column_dimensions["B"].width = 14; ws.column_dimensions["C"].width = 18
    wb.save(os.path.join(OUT, fname))
    key(fname, "SKHCN-KTPC", "73/BC-KTPC", "2026-10-26", entries, [], [])


def resave(fname, fmt):
    """Re-save through LibreOffice like an office PC would."""
    tmp = os.path.join(OUT, "_lo")
    os.makedirs(tmp, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", tmp, os.path.join(OUT, fname)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, fname), os.path.join(OUT, fname))
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    for f in (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14, f15, f16):
        f()
    resave("417-QLKH-bao-cao-CT38.docx", "docx")
    resave("Bieu_KTPC_kem_BC73.xlsx", "xlsx")
    for fname, k in KEYS.items():
        k["sha256"] = hashlib.sha256(open(os.path.join(OUT, fname), "rb").read()).hexdigest()
        with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)
    print(len(KEYS), "files")
