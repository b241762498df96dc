# -*- coding: utf-8 -*-
"""Generator for set283: 16 progress reports (CT38 plan) in four hands + answer keys.
Keys are written WITHOUT sha256 here; finalize.py (after any LibreOffice re-save) adds it."""
import json, os, copy
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

ALL = []  # (fname, key)


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    k = {"file": fname, "sha256": None, "status": status, "reason": reason,
         "unit": {"id": unit_id, "name": unit_name},
         "document": {"number": number, "date": date},
         "entries": [{"task": e["task"], "status": e["status"], "indicators": e.get("ind", {}),
                      "text": e["text"]} for e in entries],
         "findings": [], "difficulties": diffs, "proposals": props}
    ALL.append((fname, k))


# ---------------------------------------------------------------- docx helpers
def base_doc(font="Times New Roman", size=13, margins=(2, 2, 3, 1.5)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    pf = st.paragraph_format
    pf.space_after = Pt(3)
    pf.space_before = Pt(3)
    for s in d.sections:
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
        s.page_width, s.page_height = Cm(21), Cm(29.7)
    return d


def para(d_or_cell, text="", bold=False, italic=False, align=None, size=None, indent=None, underline=False, runs=None):
    p = d_or_cell.add_paragraph()
    if runs is None:
        runs = [(text, bold, italic, underline)]
    for r in runs:
        t, b, i = r[0], r[1], r[2]
        u = r[3] if len(r) > 3 else False
        run = p.add_run(t)
        run.bold, run.italic, run.underline = b, i, u
        if size:
            run.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    return p


def cell_text(cell, lines, bold=False, italic=False, align=None, size=None):
    """Write lines into a cell: first into the existing paragraph, others new paragraphs."""
    cell.paragraphs[0].text = ""
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(ln)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def set_borders(table, sz=4):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def header_table(d, left_lines, right_lines, left_bold_from=1, size=13):
    t = d.add_table(rows=1, cols=2)
    t.autofit = False
    for i, (cell, lines) in enumerate(zip(t.rows[0].cells, (left_lines, right_lines))):
        cell.paragraphs[0].text = ""
        for j, ln in enumerate(lines):
            p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            txt, b, it = ln
            r = p.add_run(txt)
            r.bold, r.italic = b, it
            r.font.size = Pt(size if not it else size)
    for col, w in zip(t.columns, (Cm(6.8), Cm(10.2))):
        col.width = w
        for c in col.cells:
            c.width = w
    return t


def shift_enter_lines(cell, lines, bold_first=False):
    """one paragraph with soft line breaks"""
    p = cell.paragraphs[0]
    p.text = ""
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)


QH = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False)
DL = ("Độc lập - Tự do - Hạnh phúc", True, False)

# ============================================================== HAND 1: Lan (Title Case)
# Phan Thị Ngọc Lan, văn phòng Chi cục; also types for the Trung tâm, Phòng QLKH, VP Sở.
# Habit: Every Word Capitalised in headings AND in the closing status line ("Tiến Độ: Đang Thực Hiện.").


def h1_docx(fname, unit_id, unit_name, hdr_left, number, place_date, date_iso, title2, intro, sections,
            diffs, props, sign, romans=("III", "IV")):
    d = base_doc()
    header_table(d, hdr_left + [("Số: " + number if number else "Số:       /", False, False)],
                 [QH, DL, ("", False, False), (place_date, False, True)])
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, title2, bold=True, align="c")
    para(d, "_______________", align="c")
    para(d, intro, align="j", indent=1)
    entries = []
    for sec in sections:
        if sec[0] == "H":  # heading
            para(d, sec[1], bold=True, align="j")
        elif sec[0] == "P":
            para(d, sec[1], align="j", indent=1)
        elif sec[0] == "T":  # task
            _, title, body, status_word, e = sec
            para(d, title, bold=True, italic=True)
            for b in body:
                para(d, b, align="j", indent=1)
            para(d, "Tiến Độ: " + status_word + ".", bold=True, indent=1)
            e = dict(e)
            e["text"] = body[0]
            entries.append(e)
    para(d, romans[0] + ". Khó Khăn, Vướng Mắc", bold=True)
    for x in diffs:
        para(d, "- " + x, align="j", indent=1)
    para(d, romans[1] + ". Đề Xuất, Kiến Nghị", bold=True)
    for x in props:
        para(d, "- " + x, align="j", indent=1)
    para(d, sign[0], align="j", indent=1)
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    c0.paragraphs[0].text = ""
    r = c0.paragraphs[0].add_run("Nơi nhận:")
    r.bold, r.italic = True, True
    r.font.size = Pt(12)
    for ln in sign[1]:
        rr = c0.add_paragraph().add_run(ln)
        rr.font.size = Pt(11)
    cell_text(c1, sign[2] + ["", "", "", sign[3]], bold=True, align="c")
    d.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, entries, diffs, props)


def gen_h1():
    # ---- 1. Chi cục TĐC (long)
    S = []
    S.append(("H", "I. Công Tác Chỉ Đạo, Triển Khai"))
    S.append(("P", "Ngay sau khi Sở ban hành Kế hoạch, Chi cục đã xây dựng kế hoạch chi tiết, phân công từng phòng chuyên môn "
                   "phụ trách theo nhóm nhiệm vụ; định kỳ hằng tháng giao ban, rà soát tiến độ và báo cáo Lãnh đạo Sở."))
    S.append(("H", "II. Kết Quả Thực Hiện Các Nhiệm Vụ"))
    S.append(("H", "1. Công Tác Tuyên Truyền, Tập Huấn"))
    S.append(("T", "1.1. Tập Huấn Văn Bản Pháp Luật Và Tọa Đàm Với Doanh Nghiệp Nhập Khẩu",
              ["Trong Quý I và Quý II/2026, Chi cục đã tổ chức 05 hội nghị, lớp tập huấn (gồm 04 lớp tập huấn văn bản quy phạm pháp luật "
               "về tiêu chuẩn, đo lường, chất lượng và 01 buổi tọa đàm với doanh nghiệp nhập khẩu) tại Thủ Dầu Một, Vũng Tàu và khu vực "
               "trung tâm Thành phố, thu hút 412 lượt người tham dự là đại diện doanh nghiệp, hộ kinh doanh và công chức phường, xã."],
              "Hoàn Thành", {"task": "II.1.a", "status": "completed", "ind": {"training_courses": 5, "participants": 412}}))
    S.append(("T", "1.2. Vận Động Doanh Nghiệp Tham Dự Giải Thưởng Chất Lượng Quốc Gia",
              ["Chi cục đã đăng 06 tin, bài giới thiệu Giải thưởng Chất lượng Quốc gia trên Cổng thông tin điện tử của Sở và trang tin của Chi cục; "
               "trực tiếp hướng dẫn 18 doanh nghiệp hoàn thiện hồ sơ đăng ký tham dự Giải thưởng năm 2026."],
              "Hoàn Thành", {"task": "II.1.b", "status": "completed", "ind": {"communications": 6, "enterprises_supported": 18}}))
    S.append(("H", "2. Quản Lý Nhà Nước Về Tiêu Chuẩn, Đo Lường, Chất Lượng"))
    S.append(("T", "2.1. Chương Trình Năng Suất Chất Lượng, Đề Án 996 Và Đề Án 100",
              ["Chi cục đã hỗ trợ 23 doanh nghiệp áp dụng công cụ cải tiến năng suất, hệ thống quản lý và truy xuất nguồn gốc sản phẩm; "
               "kinh phí đã giải ngân 186.500.000 đồng. Các hạng mục còn lại đang triển khai, dự kiến nghiệm thu trong tháng 12/2026."],
              "Đang Thực Hiện", {"task": "II.2.a", "status": "in_progress", "ind": {"enterprises_supported": 23, "budget_spent_vnd": 186500000}}))
    S.append(("T", "2.2. Hoạt Động Giải Thưởng Chất Lượng Quốc Gia Năm 2026",
              ["Chi cục đã tiếp nhận 09 hồ sơ tham dự Giải thưởng; Hội đồng sơ tuyển đang tổ chức đánh giá tại doanh nghiệp, "
               "dự kiến trình Hội đồng quốc gia trong Quý IV/2026."],
              "Đang Thực Hiện", {"task": "II.2.b", "status": "in_progress", "ind": {}}))
    S.append(("T", "2.3. Góp Ý Dự Thảo Tiêu Chuẩn, Quy Chuẩn Kỹ Thuật",
              ["Chi cục chủ trì, phối hợp các sở, ngành góp ý 14 dự thảo TCVN, QCVN do Bộ Khoa học và Công nghệ và các Bộ chuyên ngành gửi lấy ý kiến; "
               "việc rà soát nhu cầu xây dựng quy chuẩn kỹ thuật địa phương đang thực hiện."],
              "Đang Thực Hiện", {"task": "II.2.e", "status": "in_progress", "ind": {"standards_reviewed": 14}}))
    S.append(("H", "3. Đào Tạo Nguồn Nhân Lực"))
    S.append(("T", "3.1. Tập Huấn Nghiệp Vụ Cho Công Chức Sở, Ngành, Xã, Phường",
              ["Chi cục đã tổ chức 02 lớp tập huấn nghiệp vụ quản lý đo lường, chất lượng cho công chức các sở, ngành và Ủy ban nhân dân xã, phường, "
               "đặc khu với 236 học viên; lớp thứ ba dự kiến mở trong tháng 11/2026."],
              "Đang Thực Hiện", {"task": "II.3.a", "status": "in_progress", "ind": {"training_courses": 2, "participants": 236}}))
    S.append(("H", "4. Đầu Tư Cho Công Tác Tiêu Chuẩn, Đo Lường, Chất Lượng"))
    S.append(("T", "4.1. Bảo Trì, Kiểm Định Phương Tiện Kỹ Thuật Nghiệp Vụ",
              ["Chi cục đã rà soát và đưa 35 phương tiện, thiết bị kỹ thuật nghiệp vụ đi kiểm định, hiệu chuẩn theo Nghị định 135/2021/NĐ-CP; "
               "công tác bảo trì, bảo dưỡng được thực hiện định kỳ."],
              "Đang Thực Hiện", {"task": "II.4.b", "status": "in_progress", "ind": {"instruments_verified": 35}}))
    S.append(("H", "5. Kiểm Tra, Giám Sát"))
    S.append(("T", "5.1. Kiểm Tra Về Tiêu Chuẩn, Đo Lường, Chất Lượng Sản Phẩm, Hàng Hóa",
              ["Chi cục đã tiến hành 11 cuộc kiểm tra tại 96 cơ sở sản xuất, kinh doanh (xăng dầu, vàng trang sức, mũ bảo hiểm, đồ chơi trẻ em); "
               "phát hiện 14 cơ sở vi phạm, đã ban hành quyết định xử phạt vi phạm hành chính với tổng số tiền 163.750.000 đồng."],
              "Đang Thực Hiện", {"task": "II.5.a", "status": "in_progress",
                                 "ind": {"inspections": 11, "establishments_inspected": 96, "violations": 14, "fines_vnd": 163750000}}))
    S.append(("T", "5.2. Khảo Sát Chất Lượng Sản Phẩm, Hàng Hóa",
              ["Chi cục đã lấy 120 mẫu xăng, dầu diesel và khí dầu mỏ hóa lỏng để khảo sát chất lượng; kết quả khảo sát đã được thông tin "
               "đến các cơ quan chức năng và cảnh báo trên trang tin của Chi cục."],
              "Đang Thực Hiện", {"task": "II.5.b", "status": "in_progress", "ind": {"samples_tested": 120}}))
    S.append(("H", "6. Hợp Tác, Trao Đổi Thông Tin"))
    S.append(("T", "6.1. Phối Hợp Với Tổ Chức Năng Suất Châu Á (APO)",
              ["Trong kỳ báo cáo chưa có yêu cầu phối hợp từ Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia về các chương trình của APO."],
              "Không Phát Sinh", {"task": "II.6.b", "status": "not_applicable", "ind": {}}))
    h1_docx("BC 412 CCTDC - KQ thuc hien KH CT38 nam 2026.docx", "SKHCN-CCTDC",
            "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
            [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False, False), ("CHI CỤC TIÊU CHUẨN", True, False),
             ("ĐO LƯỜNG CHẤT LƯỢNG", True, False)],
            "412/BC-CCTĐC", "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026", "2026-10-28",
            "Kết Quả Thực Hiện Kế Hoạch Triển Khai Chỉ Thị Số 38-CT/TW Năm 2026",
            "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Chi cục Tiêu chuẩn "
            "Đo lường Chất lượng báo cáo kết quả thực hiện từ ngày 01/01/2026 đến ngày 25/10/2026 như sau:",
            S,
            ["Lực lượng công chức làm công tác kiểm tra còn mỏng so với địa bàn Thành phố sau sắp xếp.",
             "Một số phường, xã chưa bố trí công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng nên việc phối hợp còn chậm."],
            ["Đề nghị Sở bổ sung biên chế cho Chi cục để đáp ứng nhiệm vụ kiểm tra trên địa bàn mở rộng.",
             "Đề nghị Ủy ban nhân dân Thành phố chỉ đạo các phường, xã phân công công chức đầu mối về tiêu chuẩn, đo lường, chất lượng."],
            ("Trên đây là báo cáo kết quả thực hiện Kế hoạch năm 2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng./.",
             ["- Giám đốc Sở (để b/c);", "- Phòng Kiểm tra – Pháp chế;", "- Lưu: VT, HCTH. Lan."],
             ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"], "Nguyễn Văn Thành"))

    # ---- 2. Trung tâm Dịch vụ Phân tích thí nghiệm
    S = [("H", "I. Kết Quả Thực Hiện")]
    S.append(("T", "1. Đầu Tư Cơ Sở Vật Chất, Trang Thiết Bị Thử Nghiệm",
              ["Trung tâm đã hoàn thành lắp đặt hệ thống sắc ký khí ghép khối phổ và 02 tủ vi khí hậu; kinh phí đã giải ngân 2,35 tỷ đồng "
               "trên tổng dự toán 3,1 tỷ đồng. Gói thầu thiết bị đo điện đang trong giai đoạn lựa chọn nhà thầu."],
              "Đang Thực Hiện", {"task": "II.4.a", "status": "in_progress", "ind": {"budget_spent_vnd": 2350000000}}))
    S.append(("T", "2. Mở Rộng Phạm Vi Dịch Vụ Kỹ Thuật",
              ["Từ đầu năm đến ngày 20/10/2026, Trung tâm đã kiểm định, hiệu chuẩn 18.426 phương tiện đo các loại và thử nghiệm 3.154 mẫu "
               "sản phẩm, hàng hóa; mở rộng thêm 12 phép thử được công nhận theo ISO/IEC 17025."],
              "Đang Thực Hiện", {"task": "II.2.g", "status": "in_progress", "ind": {"instruments_verified": 18426, "samples_tested": 3154}}))
    S.append(("T", "3. Duy Trì Chuẩn Đo Lường, Bảo Đảm Liên Kết Chuẩn",
              ["Trung tâm đã gửi hiệu chuẩn 42 chuẩn đo lường và phương tiện đo chuẩn tại Viện Đo lường Việt Nam, bảo đảm liên kết chuẩn "
               "đến chuẩn đo lường quốc gia theo đúng chu kỳ."],
              "Hoàn Thành", {"task": "II.4.c", "status": "completed", "ind": {"instruments_verified": 42}}))
    S.append(("T", "4. Tập Huấn Về Đo Lường, Thử Nghiệm Cho Sinh Viên",
              ["Phối hợp với Chi cục tổ chức 02 buổi tập huấn về đo lường và thử nghiệm cho 150 sinh viên Trường Cao đẳng Kỹ thuật Cao Thắng."],
              "Hoàn Thành", {"task": "II.3.d", "status": "completed", "ind": {"training_courses": 2, "participants": 150}}))
    h1_docx("BaoCao_TTPTTN_KH38_2026.docx", "SKHCN-TTPTTN",
            "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
            [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False, False), ("TRUNG TÂM DỊCH VỤ PHÂN TÍCH", True, False),
             ("THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG", True, False), ("CHẤT LƯỢNG", True, False)],
            "287/BC-TTPTTN", "Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026", "2026-10-26",
            "Tình Hình Thực Hiện Kế Hoạch Triển Khai Chỉ Thị 38-CT/TW Năm 2026",
            "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng báo cáo kết quả thực hiện các nội dung được giao "
            "chủ trì và phối hợp như sau:",
            S,
            ["Một số thiết bị đã sử dụng trên 10 năm, chi phí sửa chữa lớn, ảnh hưởng tiến độ trả kết quả thử nghiệm."],
            ["Đề nghị Sở xem xét bố trí bổ sung kinh phí năm 2027 để thay thế thiết bị thử nghiệm đã hết khấu hao."],
            ("Trung tâm kính báo cáo./.", ["- Chi cục TĐC (để tổng hợp);", "- Lưu: VT, KHTH."],
             ["GIÁM ĐỐC"], "Lê Thị Kim Oanh"), romans=("II", "III"))

    # ---- 3. Phòng Quản lý Khoa học
    S = [("H", "I. Kết Quả Thực Hiện Các Nội Dung Được Giao")]
    S.append(("T", "1. Thu Hút Chuyên Gia, Nhà Khoa Học Lĩnh Vực Tiêu Chuẩn, Đo Lường, Chất Lượng",
              ["Phòng đã tham mưu Sở hướng dẫn triển khai Quyết định số 05/2026/QĐ-UBND; tiếp nhận 03 hồ sơ đề nghị thu hút chuyên gia "
               "trong lĩnh vực đo lường, thử nghiệm, hiện đang phối hợp thẩm định."],
              "Đang Thực Hiện", {"task": "II.3.c", "status": "in_progress", "ind": {}}))
    S.append(("T", "2. Phối Hợp Bồi Dưỡng Chuyên Sâu Về Năng Suất, Chất Lượng",
              ["Phòng phối hợp với Chi cục tổ chức 01 khóa bồi dưỡng chuyên sâu về công cụ cải tiến năng suất cho 45 học viên là cán bộ "
               "quản lý doanh nghiệp trong tháng 7/2026."],
              "Hoàn Thành", {"task": "II.3.b", "status": "completed", "ind": {"training_courses": 1, "participants": 45}}))
    S.append(("T", "3. Nhiệm Vụ Khoa Học Và Công Nghệ Hỗ Trợ Nâng Cao Năng Suất",
              ["Phòng đang quản lý 02 nhiệm vụ khoa học và công nghệ về nâng cao năng suất, chất lượng với 04 doanh nghiệp tham gia "
               "ứng dụng kết quả; 01 nhiệm vụ đã nghiệm thu cấp cơ sở."],
              "Đang Thực Hiện", {"task": "II.2.a", "status": "in_progress", "ind": {"enterprises_supported": 4}}))
    S.append(("T", "4. Phối Hợp Các Chương Trình Của Tổ Chức Năng Suất Châu Á",
              ["Trong kỳ chưa có yêu cầu phối hợp."],
              "Không Phát Sinh", {"task": "II.6.b", "status": "not_applicable", "ind": {}}))
    h1_docx("96-BC-QLKH.docx", "SKHCN-QLKH", "Phòng Quản lý Khoa học",
            [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False, False), ("PHÒNG QUẢN LÝ KHOA HỌC", True, False)],
            "96/BC-QLKH", "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026", "2026-10-30",
            "Kết Quả Thực Hiện Kế Hoạch Chỉ Thị 38-CT/TW Năm 2026 (Phần Việc Của Phòng Quản Lý Khoa Học)",
            "Phòng Quản lý Khoa học báo cáo kết quả thực hiện các nội dung của Kế hoạch như sau:",
            S,
            ["Mức thu nhập thu hút theo Nghị quyết số 27/2023/NQ-HĐND chưa đủ hấp dẫn đối với chuyên gia đầu ngành đo lường."],
            ["Đề nghị Chi cục cung cấp danh mục vị trí chuyên môn cần thu hút để Phòng tổng hợp, tham mưu Lãnh đạo Sở."],
            ("Phòng Quản lý Khoa học báo cáo để Chi cục tổng hợp./.", ["- Chi cục TĐC;", "- Lưu: QLKH."],
             ["TRƯỞNG PHÒNG"], "Đỗ Minh Khoa"), romans=("II", "III"))

    # ---- 4. Văn phòng Sở (xlsx, Title Case headers and statuses)
    wb = Workbook()
    ws = wb.active
    ws.title = "Bao Cao"
    thin = Side(style="thin")
    B = Border(top=thin, bottom=thin, left=thin, right=thin)
    ws["A1"] = "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    ws["A2"] = "VĂN PHÒNG SỞ"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: 158/BC-VP"
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["E1"].font = ws["E2"].font = Font(bold=True)
    ws["E3"] = "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026"
    ws["E3"].font = Font(italic=True)
    ws["A5"] = "Báo Cáo Kết Quả Thực Hiện Kế Hoạch Triển Khai Chỉ Thị 38-CT/TW Năm 2026 Của Văn Phòng Sở"
    ws["A5"].font = Font(bold=True, size=13)
    ws.merge_cells("A5:E5")
    hdr = ["Stt", "Nội Dung Công Việc", "Kết Quả Thực Hiện", "Tiến Độ", "Ghi Chú"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = B
    rows = [
        ("Phối Hợp Duy Trì Hệ Thống Quản Lý Chất Lượng Theo TCVN ISO 9001:2015 Tại Sở",
         "Rà soát, cập nhật 112 quy trình nội bộ; công bố lại Hệ thống quản lý chất lượng ngày 15/5/2026.", "Hoàn Thành", "",
         {"task": "II.2.đ", "status": "completed", "ind": {}}),
        ("Phối Hợp Hoàn Thiện Hệ Thống Thông Tin Giải Quyết Thủ Tục Hành Chính",
         "Phối hợp Chi cục, Phòng Chuyển đổi số cấu hình lại 27 thủ tục lĩnh vực tiêu chuẩn đo lường chất lượng; kết nối Cổng một cửa quốc gia hoàn tất trong tháng 3/2026.",
         "Hoàn Thành", "", {"task": "II.2.h", "status": "completed", "ind": {}}),
        ("Đăng Tin, Bài Tuyên Truyền Trên Cổng Thông Tin Điện Tử Sở",
         "Đăng 09 tin, bài về tiêu chuẩn, đo lường, chất lượng và các lớp tập huấn của Chi cục.", "Hoàn Thành", "",
         {"task": "II.1.a", "status": "completed", "ind": {"communications": 9}}),
        ("Mua Sắm Trang Thiết Bị Cho Đơn Vị Sự Nghiệp",
         "Hoàn tất thủ tục mua sắm tập trung thiết bị thử nghiệm cho Trung tâm Phân tích; đã thanh toán 640.000.000 đồng, phần còn lại thanh toán khi nghiệm thu.",
         "Đang Thực Hiện", "Nghiệm thu dự kiến T12/2026", {"task": "II.4.a", "status": "in_progress", "ind": {"budget_spent_vnd": 640000000}}),
        ("Tiếp Nhận Đơn Thư Phản Ánh, Tố Giác Vi Phạm",
         "Tiếp nhận 02 đơn phản ánh về đo lường tại chợ, đã chuyển Chi cục xử lý theo thẩm quyền.", "Hoàn Thành", "",
         {"task": "II.5.d", "status": "completed", "ind": {}}),
    ]
    entries = []
    r = 8
    for i, (a, b, s, g, e) in enumerate(rows, 1):
        for j, v in enumerate([i, a, b, s, g], 1):
            c = ws.cell(r, j, v)
            c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if j in (1, 4) else "left")
            c.border = B
        e = dict(e)
        e["text"] = b
        entries.append(e)
        r += 1
    diffs = ["Thủ tục mua sắm thiết bị chuyên dụng kéo dài do phải lấy nhiều báo giá."]
    props = ["Đề nghị Chi cục thống nhất đầu mối cập nhật tin, bài để tránh trùng lặp trên Cổng thông tin."]
    r += 1
    ws.cell(r, 1, "Khó Khăn, Vướng Mắc:").font = Font(bold=True)
    ws.cell(r + 1, 2, "- " + diffs[0])
    ws.cell(r + 2, 1, "Đề Xuất, Kiến Nghị:").font = Font(bold=True)
    ws.cell(r + 3, 2, "- " + props[0])
    ws.cell(r + 5, 5, "CHÁNH VĂN PHÒNG").font = Font(bold=True)
    ws.cell(r + 9, 5, "Trương Quang Huy").font = Font(bold=True)
    for col, w in zip("ABCDE", (6, 42, 60, 16, 24)):
        ws.column_dimensions[col].width = w
    fname = "VP So - Bao cao KH38 (T10-2026).xlsx"
    wb.save(os.path.join(OUT, fname))
    key(fname, "SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ", "158/BC-VP", "2026-10-29", entries, diffs, props)


# ============================================================== HAND 2: Tuấn (Excel, ISO dates, HĐ-nn codes)
def h2_xlsx(fname, unit_id, unit_name, agency_lines, number, date_iso, title, rows, diffs, props, signer,
            sheet="BC_KH38", mistaken=False, reason=None, cutoff=None):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    thin = Side(style="thin")
    B = Border(top=thin, bottom=thin, left=thin, right=thin)
    r = 1
    for ln in agency_lines:
        ws.cell(r, 1, ln).font = Font(bold=(r > 1))
        r += 1
    ws.cell(r, 1, "Số: " + number)
    ws.cell(r + 1, 1, "Ngày báo cáo: " + date_iso)
    ws.cell(r + 3, 1, title).font = Font(bold=True, size=12)
    ws.merge_cells(start_row=r + 3, start_column=1, end_row=r + 3, end_column=8)
    r += 5
    hdr_row = r
    hdr = ["Mã HĐ", "Nội dung công việc", "Hoạt động đã thực hiện", "Thời gian", "Số lượng", "ĐVT",
           ("Tình trạng (tại " + cutoff + ")") if cutoff else "Tình trạng", "Ghi chú"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = B
    r += 1
    entries = {}
    order = []
    for n, row in enumerate(rows, 1):
        job, act, when, qty, unit, st, note, e = row
        vals = ["HĐ-%02d" % n, job, act, when, qty, unit, st, note]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = B
        r += 1
        if e:
            t = e["task"]
            if t not in entries:
                entries[t] = {"task": t, "status": e["status"], "ind": {}, "text": act}
                order.append(t)
            entries[t]["ind"].update(e.get("ind", {}))
    r += 1
    if diffs:
        ws.cell(r, 1, "Khó khăn:").font = Font(bold=True)
        for x in diffs:
            ws.cell(r, 2, x)
            r += 1
    if props:
        ws.cell(r, 1, "Kiến nghị:").font = Font(bold=True)
        for x in props:
            ws.cell(r, 2, x)
            r += 1
    r += 1
    ws.cell(r, 2, "Người lập biểu")
    ws.cell(r, 6, "THỦ TRƯỞNG ĐƠN VỊ").font = Font(bold=True)
    ws.cell(r + 4, 2, "Võ Minh Tuấn")
    ws.cell(r + 4, 6, signer).font = Font(bold=True)
    for col, w in zip("ABCDEFGH", (9, 34, 52, 22, 10, 12, 18, 22)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = ws.cell(hdr_row + 1, 3)
    wb.save(os.path.join(OUT, fname))
    if mistaken:
        key(fname, unit_id, unit_name, number, date_iso, [], [], [], status="rejected", reason=reason)
    else:
        key(fname, unit_id, unit_name, number, date_iso, [entries[t] for t in order], diffs, props)


def gen_h2():
    # ---- Sở Công Thương
    rows = [
        ("Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng", "Đăng tin, bài trên Cổng thông tin Sở và Zalo OA của Sở",
         "2026-01-05 → 2026-10-30", 12, "tin, bài", "Hoàn thành", "",
         {"task": "II.1.a", "status": "completed", "ind": {"communications": 12}}),
        ("Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng",
         "Hội nghị phổ biến quy định về đo lường trong kinh doanh xăng dầu; 260 đại biểu doanh nghiệp tham dự", "2026-04-16; 2026-09-24", 2,
         "hội nghị", "Hoàn thành", "Phối hợp Chi cục TĐC",
         {"task": "II.1.a", "status": "completed", "ind": {"training_courses": 2, "participants": 260}}),
        ("Hỗ trợ doanh nghiệp công bố hợp quy", "Hướng dẫn doanh nghiệp công bố hợp quy sản phẩm thép, dây và cáp điện", "2026-02 → nay", 35,
         "doanh nghiệp", "Đang triển khai", "", {"task": "II.2.d", "status": "in_progress", "ind": {"enterprises_supported": 35}}),
        ("Góp ý dự thảo quy chuẩn kỹ thuật", "Góp ý dự thảo QCVN về an toàn điện, hóa chất do Bộ Công Thương gửi", "2026-03-12 → 2026-08-20", 5,
         "dự thảo", "Hoàn thành", "", {"task": "II.2.e", "status": "completed", "ind": {"standards_reviewed": 5}}),
        ("Cử công chức tập huấn nghiệp vụ", "Cử công chức dự lớp tập huấn nghiệp vụ do Chi cục TĐC tổ chức", "2026-08-11", 6, "người",
         "Hoàn thành", "", {"task": "II.3.a", "status": "completed", "ind": {"participants": 6}}),
        ("Phối hợp kiểm tra đo lường, chất lượng xăng dầu",
         "Kiểm tra 57 cơ sở kinh doanh xăng dầu; phát hiện 06 cơ sở vi phạm, xử phạt 94.500.000 đồng", "2026-03-02 → 2026-10-15", 8, "cuộc",
         "Đang triển khai", "Phối hợp Đội QLTT",
         {"task": "II.5.a", "status": "in_progress",
          "ind": {"inspections": 8, "establishments_inspected": 57, "violations": 6, "fines_vnd": 94500000}}),
    ]
    h2_xlsx("SCT_BC-KH38-2026.xlsx", "SO-CT", "Sở Công Thương",
            ["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ CÔNG THƯƠNG"], "5127/BC-SCT", "2026-11-05",
            "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (phần việc của Sở Công Thương)",
            rows,
            ["Lực lượng quản lý thị trường sau sắp xếp phải đảm nhiệm địa bàn rộng, khó bố trí kiểm tra chuyên đề về đo lường."],
            ["Đề nghị Chi cục TĐC chia sẻ kết quả khảo sát chất lượng xăng dầu để Sở định hướng kiểm tra.",
             "Đề nghị Sở Khoa học và Công nghệ tổ chức tập huấn chuyên sâu về đo lường cho lực lượng quản lý thị trường."],
            "Phạm Thị Bích Ngọc", cutoff="2026-10-31")
    # ---- Sở Y tế (re-saved via LibreOffice later)
    rows = [
        ("Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", "Đánh giá nội bộ tại tất cả phòng chuyên môn thuộc Sở; cập nhật quy trình theo thủ tục hành chính mới",
         "2026-06-08 → 2026-06-19", None, None, "Hoàn thành", "", {"task": "II.2.đ", "status": "completed", "ind": {}}),
        ("Góp ý dự thảo quy chuẩn kỹ thuật", "Góp ý dự thảo QCVN về trang thiết bị y tế, khí y tế", "2026-05-04 → 2026-09-30", 3, "dự thảo",
         "Hoàn thành", "", {"task": "II.2.e", "status": "completed", "ind": {"standards_reviewed": 3}}),
        ("Kiểm tra chất lượng trang thiết bị y tế", "Kiểm tra 22 cơ sở kinh doanh trang thiết bị y tế; 02 cơ sở vi phạm, phạt 30.000.000 đồng",
         "2026-04-20 → 2026-10-22", 4, "cuộc", "Đang triển khai", "",
         {"task": "II.5.a", "status": "in_progress",
          "ind": {"inspections": 4, "establishments_inspected": 22, "violations": 2, "fines_vnd": 30000000}}),
        ("Kiểm tra chất lượng trang thiết bị y tế", "Lấy mẫu khẩu trang y tế, găng tay y tế gửi thử nghiệm", "2026-07-14", 16, "mẫu",
         "Đang triển khai", "Đã có KQ 10 mẫu",
         {"task": "II.5.a", "status": "in_progress", "ind": {"samples_tested": 16}}),
        ("Cử viên chức tập huấn nghiệp vụ", "Cử viên chức dự lớp tập huấn do Chi cục TĐC tổ chức", "2026-08-11", 4, "lượt người",
         "Hoàn thành", "", {"task": "II.3.a", "status": "completed", "ind": {"participants": 4}}),
        ("Cập nhật điều ước, thỏa thuận quốc tế về TC-ĐL-CL", "Trong kỳ không có điều ước mới liên quan lĩnh vực y tế", "", None, None,
         "Không phát sinh", "", {"task": "II.6.a", "status": "not_applicable", "ind": {}}),
    ]
    h2_xlsx("SYT 8841 bao cao CT38.xlsx", "SO-YT", "Sở Y tế",
            ["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ Y TẾ"], "8841/BC-SYT", "2026-11-10",
            "BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
            rows,
            ["Danh mục trang thiết bị y tế thuộc diện quản lý chất lượng thay đổi nhiều, cán bộ cần thời gian cập nhật."],
            ["Đề nghị Chi cục TĐC phối hợp tổ chức 01 lớp chuyên đề về quy chuẩn trang thiết bị y tế trong Quý I/2027."],
            "Nguyễn Hoài Nam", sheet="Sheet1", cutoff="2026-11-05")
    # ---- Phòng Kiểm tra – Pháp chế
    rows = [
        ("Phối hợp kiểm tra, xử phạt vi phạm về TC-ĐL-CL",
         "Phối hợp Chi cục kiểm tra 38 cơ sở; tham mưu ban hành quyết định xử phạt 07 trường hợp vi phạm, tổng tiền phạt 121.000.000 đồng",
         "2026-02-24 → 2026-10-20", 5, "cuộc", "Đang triển khai", "",
         {"task": "II.5.a", "status": "in_progress",
          "ind": {"inspections": 5, "establishments_inspected": 38, "violations": 7, "fines_vnd": 121000000}}),
        ("Góp ý văn bản quy phạm pháp luật", "Góp ý dự thảo Luật Đo lường (sửa đổi) và dự thảo Nghị định hướng dẫn", "2026-04-02; 2026-07-17", 2,
         "văn bản", "Hoàn thành", "", {"task": "II.2.c", "status": "completed", "ind": {}}),
        ("Phương tiện kỹ thuật nghiệp vụ", "Phối hợp Chi cục đưa thiết bị kỹ thuật nghiệp vụ đi kiểm định, hiệu chuẩn", "2026-05-15", 12,
         "thiết bị", "Hoàn thành", "", {"task": "II.4.b", "status": "completed", "ind": {"instruments_verified": 12}}),
        ("Xử lý đơn thư phản ánh, tố giác", "Tiếp nhận, xử lý đơn phản ánh, tố giác vi phạm về đo lường", "2026-01 → 2026-10", 3, "đơn",
         "Hoàn thành", "Đã trả lời công dân", {"task": "II.5.d", "status": "completed", "ind": {}}),
        ("Phối hợp UBND phường, xã thực hiện nội dung được phân quyền",
         "Trả lời bằng văn bản các vướng mắc về thẩm quyền xử phạt của UBND phường, xã", "2026-03 → nay", 14, "văn bản",
         "Đang triển khai", "", {"task": "II.5.c", "status": "in_progress", "ind": {}}),
    ]
    h2_xlsx("KTPC_tonghop_KH38_T10.xlsx", "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế",
            ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ"], "44/BC-KTPC", "2026-10-27",
            "KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 - PHẦN PHỐI HỢP CỦA PHÒNG KIỂM TRA – PHÁP CHẾ",
            rows,
            ["Một số hồ sơ vi phạm do phường, xã chuyển đến còn thiếu biên bản, phải bổ sung nhiều lần."],
            ["Đề nghị Chi cục ban hành mẫu hồ sơ thống nhất để phường, xã sử dụng khi chuyển vụ việc."],
            "Lâm Quốc Việt", cutoff="2026-10-25")
    # ---- Trung tâm CNTT và Địa không gian: MISTAKEN (chuyển đổi số report)
    rows = [
        ("Hạ tầng số", "Nâng cấp hệ thống máy chủ, chuyển 14 ứng dụng lên nền tảng điện toán đám mây của Thành phố", "2026-02 → 2026-09", 14,
         "ứng dụng", "Hoàn thành", "", None),
        ("Hạ tầng số", "Rà soát, cấp mới chứng thư chữ ký số cho công chức, viên chức", "2026-03 → 2026-05", 126, "chứng thư",
         "Hoàn thành", "", None),
        ("An toàn thông tin", "Diễn tập ứng cứu sự cố an toàn thông tin mạng", "2026-08-27", 1, "cuộc", "Hoàn thành", "", None),
        ("Nền tảng, dữ liệu", "Xây dựng kho dữ liệu địa không gian dùng chung giai đoạn 1", "2026-04 → nay", None, None, "Đang triển khai",
         "Đạt khoảng 60% khối lượng", None),
        ("Kỹ năng số", "Tổ chức lớp bồi dưỡng kỹ năng số cho công chức, viên chức", "2026-06 → 2026-10", 3, "lớp", "Hoàn thành", "", None),
        ("Văn phòng điện tử", "Triển khai ký số, gửi nhận văn bản điện tử 4 cấp", "2026-01 → nay", None, None, "Đang triển khai", "", None),
    ]
    h2_xlsx("TTCNTT_BC-CDS-2026.xlsx", "SKHCN-TTCNTT", "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh",
            ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ ĐỊA KHÔNG GIAN"], "203/BC-TTCNTT", "2026-10-20",
            "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026 (theo Kế hoạch số 2339/KH-SKHCN)",
            rows,
            ["Kinh phí thuê dịch vụ điện toán đám mây năm 2027 chưa được phê duyệt."],
            ["Đề nghị Sở sớm phê duyệt danh mục dự án chuyển đổi số năm 2027."],
            "Trịnh Văn Hậu", mistaken=True,
            reason="Báo cáo kết quả thực hiện Kế hoạch chuyển đổi số năm 2026 (Kế hoạch 2339/KH-SKHCN), không phải báo cáo Kế hoạch triển khai Chỉ thị 38-CT/TW; gửi nhầm.")


# ============================================================== HAND 3: Phúc (ward, routine vs one-off statuses)
PHUC_ST = {"thuong_xuyen": "Việc này làm thường xuyên, vẫn đang tiếp tục.",
           "mot_lan": "Việc này làm một lần, đã xong."}


def h3_docx(fname, unit_id, unit_name, ward_upper, number, place_date, date_iso, kinhgui, intro, items, diffs, props, signer,
            title2=None, mistaken=False, reason=None):
    d = base_doc(size=14, margins=(2, 2, 3, 2))
    header_table(d, [("ỦY BAN NHÂN DÂN", True, False), (ward_upper, True, False), ("", False, False), ("Số: " + number, False, False)],
                 [QH, DL, ("", False, False), (place_date, False, True)])
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, title2 or "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    para(d, "", )
    para(d, runs=[("Kính gửi: ", False, False), (kinhgui, False, False)], align="c")
    para(d, intro, align="j", indent=1.27)
    para(d, "1. Kết quả thực hiện", bold=True)
    entries = []
    for it in items:
        label, body, stline, e = it
        para(d, runs=[(label + ": ", True, False), (body + " " + stline, False, False)], align="j", indent=1.27)
        if e:
            e = dict(e)
            e["text"] = body
            entries.append(e)
    para(d, "2. Khó khăn, vướng mắc", bold=True)
    for x in diffs:
        para(d, "- " + x, align="j", indent=1.27)
    para(d, "3. Kiến nghị", bold=True)
    for x in props:
        para(d, "- " + x, align="j", indent=1.27)
    para(d, "Trên đây là báo cáo của Ủy ban nhân dân " + unit_name[0].lower() + unit_name[1:] + "./.", align="j", indent=1.27)
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    cell_text(c0, ["Nơi nhận:", "- Như trên;", "- TT Đảng ủy, HĐND;", "- CT, PCT UBND;", "- Lưu: VT, KT."], size=11)
    c0.paragraphs[0].runs[0].bold = True
    c0.paragraphs[0].runs[0].italic = True
    cell_text(c1, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", signer], bold=True, align="c")
    d.save(os.path.join(OUT, fname))
    if mistaken:
        key(fname, unit_id, unit_name, number, date_iso, [], [], [], status="rejected", reason=reason)
    else:
        key(fname, unit_id, unit_name, number, date_iso, entries, diffs, props)


def gen_h3():
    TX, ML = PHUC_ST["thuong_xuyen"], PHUC_ST["mot_lan"]
    KG = "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"
    # ---- Phường Thủ Dầu Một
    items = [
        ("Tuyên truyền", "Phường đăng được 14 tin, bài trên Trang thông tin điện tử phường và nhóm Zalo các khu phố về ghi nhãn hàng hóa, "
                         "cân đúng – bán đủ, hàng giả, hàng kém chất lượng.", TX,
         {"task": "II.1.a", "status": "in_progress", "ind": {"communications": 14}}),
        ("Phối hợp kiểm tra ở chợ", "Phường phối hợp Chi cục và Đội Quản lý thị trường số 3 kiểm tra được 03 cuộc tại chợ Thủ Dầu Một, chợ Phú Hòa; "
                                   "kiểm tra 26 cơ sở kinh doanh, phát hiện 02 cơ sở dùng cân không đạt yêu cầu, phạt 7.500.000 đồng.", TX,
         {"task": "II.5.c", "status": "in_progress",
          "ind": {"inspections": 3, "establishments_inspected": 26, "violations": 2, "fines_vnd": 7500000}}),
        ("Cử cán bộ đi tập huấn", "Phường cử được 02 công chức Phòng Kinh tế, Hạ tầng và Đô thị dự lớp tập huấn nghiệp vụ do Chi cục mở tháng 8/2026.", ML,
         {"task": "II.3.a", "status": "completed", "ind": {"participants": 2}}),
        ("ISO ở bộ phận một cửa", "Phường đã rà soát, cập nhật quy trình ISO 9001:2015 theo thủ tục hành chính mới và đánh giá nội bộ trong tháng 9/2026.",
         "Việc này làm một lần trong năm, đã xong.", {"task": "II.2.đ", "status": "completed", "ind": {}}),
    ]
    h3_docx("UBND P.TDM - BC CT38 nam 2026.docx", "25747", "Phường Thủ Dầu Một", "PHƯỜNG THỦ DẦU MỘT", "318/BC-UBND",
            "Thủ Dầu Một, ngày 06 tháng 11 năm 2026", "2026-11-06", KG,
            "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Thủ Dầu Một "
            "báo cáo kết quả như sau:", items,
            ["Phường chưa có cân đối chứng đặt tại chợ Phú Hòa sau khi sắp xếp lại ban quản lý chợ."],
            ["Đề nghị Chi cục hỗ trợ phường 01 cân đối chứng cho chợ Phú Hòa."], "Trần Văn Lộc")
    # ---- Phường Rạch Dừa
    items = [
        ("Kiểm tra cân ở chợ", "Phường kiểm tra được 02 đợt tại chợ Rạch Dừa và chợ Phước Thắng, gồm 48 hộ kinh doanh; có 05 hộ dùng cân sai số quá mức "
                              "cho phép, phường đã lập biên bản, nhắc nhở và yêu cầu thay cân.", TX,
         {"task": "II.5.c", "status": "in_progress", "ind": {"inspections": 2, "establishments_inspected": 48, "violations": 5}}),
        ("Phát thanh tuyên truyền", "Đài truyền thanh phường phát được 24 tin về đo lường, chất lượng hàng hóa dịp Tết và Tháng hành động vì "
                                   "quyền lợi người tiêu dùng.", TX,
         {"task": "II.1.a", "status": "in_progress", "ind": {"communications": 24}}),
        ("Tập huấn nghiệp vụ cho công chức", "Chi cục chưa mở lớp cho khu vực Vũng Tàu nên phường chưa cử người tham dự.", "Việc này chưa tới đợt.",
         {"task": "II.3.a", "status": "not_started", "ind": {}}),
        ("ISO", "Phường duy trì hệ thống quản lý chất lượng ISO 9001:2015; đánh giá nội bộ năm 2026 dự kiến làm trong tháng 12.", TX,
         {"task": "II.2.đ", "status": "in_progress", "ind": {}}),
    ]
    h3_docx("Rach Dua_bao cao KH 38.docx", "26536", "Phường Rạch Dừa", "PHƯỜNG RẠCH DỪA", "227/BC-UBND",
            "Vũng Tàu, ngày 12 tháng 11 năm 2026", "2026-11-12", KG,
            "Ủy ban nhân dân phường Rạch Dừa báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường như sau:",
            items,
            ["Phường chưa có công chức chuyên trách, cán bộ kiểm tra cân kiêm nhiệm nhiều việc."],
            ["Đề nghị Chi cục sớm mở lớp tập huấn nghiệp vụ đo lường tại khu vực Vũng Tàu."], "Lê Thị Hồng Vân")
    # ---- Xã Bàu Lâm (re-saved via LibreOffice later)
    items = [
        ("Tuyên truyền", "Xã đăng được 06 tin, bài trên Zalo OA xã; ngày 24/6/2026 tổ chức 01 hội nghị phổ biến quy định về ghi nhãn, "
                         "đo lường cho 85 hộ kinh doanh tham dự.", "Việc này xã làm một lần theo kế hoạch, đã xong.",
         {"task": "II.1.a", "status": "completed", "ind": {"communications": 6, "training_courses": 1, "participants": 85}}),
        ("Kiểm tra tại chợ Bàu Lâm", "Xã phối hợp Chi cục kiểm tra được 01 cuộc tại 09 cơ sở kinh doanh xăng dầu, vàng bạc; các cơ sở cơ bản "
                                    "chấp hành tốt quy định.", TX,
         {"task": "II.5.c", "status": "in_progress", "ind": {"inspections": 1, "establishments_inspected": 9}}),
        ("ISO", "Bộ phận một cửa xã tiếp tục áp dụng quy trình ISO 9001:2015 đối với các thủ tục hành chính.", TX,
         {"task": "II.2.đ", "status": "in_progress", "ind": {}}),
        ("Cử cán bộ tập huấn", "Xã cử 01 công chức văn phòng – thống kê dự lớp tập huấn do Chi cục tổ chức.", ML,
         {"task": "II.3.a", "status": "completed", "ind": {"participants": 1}}),
    ]
    h3_docx("BaoCao_CT38_XaBauLam.docx", "26638", "Xã Bàu Lâm", "XÃ BÀU LÂM", "154/BC-UBND",
            "Bàu Lâm, ngày 04 tháng 11 năm 2026", "2026-11-04", KG,
            "Ủy ban nhân dân xã Bàu Lâm báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
            items,
            ["Xã ở xa trung tâm, việc đi lại phối hợp kiểm tra với Chi cục tốn nhiều thời gian.",
             "Kinh phí tuyên truyền của xã năm 2026 không bố trí riêng cho lĩnh vực này."],
            ["Đề nghị Chi cục cung cấp tài liệu tuyên truyền mẫu (tờ rơi, pa-nô) để xã in ấn, phát cho hộ kinh doanh."], "Nguyễn Văn Sang")
    # ---- Xã Long Hải: MISTAKEN (phòng chống thiên tai)
    items = [
        ("Chuẩn bị lực lượng", "Xã kiện toàn Ban Chỉ huy phòng thủ dân sự, phân công 4 tổ xung kích tại các ấp ven biển.", "Việc này làm một lần, đã xong.", None),
        ("Sạt lở bờ biển", "Xã phối hợp đơn vị chuyên môn cắm biển cảnh báo tại 3 điểm sạt lở khu vực Phước Hải – Long Hải.", TX, None),
        ("Ứng phó bão số 5", "Xã vận động 126 tàu thuyền vào nơi neo đậu an toàn, di dời 42 hộ dân vùng trũng thấp.", "Việc này làm một lần, đã xong.", None),
        ("Quỹ phòng, chống thiên tai", "Xã thu được 186.400.000 đồng, đạt 91% kế hoạch năm.", TX, None),
    ]
    h3_docx("Long Hai - BC PCTT 10 thang.docx", "26662", "Xã Long Hải", "XÃ LONG HẢI", "301/BC-UBND",
            "Long Hải, ngày 02 tháng 11 năm 2026", "2026-11-02", "Ban Chỉ huy Phòng thủ dân sự Thành phố",
            "Ủy ban nhân dân xã Long Hải báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn 10 tháng năm 2026 như sau:",
            items,
            ["Kè chắn sóng đoạn Phước Hải xuống cấp, nguy cơ sạt lở cao trong mùa mưa bão."],
            ["Đề nghị Thành phố bố trí kinh phí gia cố kè chắn sóng đoạn Phước Hải."], "Võ Thanh Tâm",
            title2="Công tác phòng, chống thiên tai và tìm kiếm cứu nạn 10 tháng năm 2026", mistaken=True,
            reason="Báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn, không phải báo cáo Kế hoạch triển khai Chỉ thị 38-CT/TW; gửi nhầm.")
    # ---- Phường Tăng Nhơn Phú (xlsx, same hand)
    wb = Workbook()
    ws = wb.active
    ws.title = "BC"
    thin = Side(style="thin")
    B = Border(top=thin, bottom=thin, left=thin, right=thin)
    ws["A1"] = "UBND PHƯỜNG TĂNG NHƠN PHÚ"
    ws["A1"].font = Font(bold=True)
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["D3"] = "Tăng Nhơn Phú, ngày 09 tháng 11 năm 2026"
    ws["D3"].font = Font(italic=True)
    ws["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"
    ws["A5"].font = Font(bold=True, size=13)
    ws.merge_cells("A5:F5")
    hdr = ["TT", "Việc phường làm", "Làm thường xuyên hay một lần", "Đã làm được", "Số lượng", "Tình hình"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = B
    rows = [
        ("Tuyên truyền về tiêu chuẩn, đo lường, chất lượng", "Thường xuyên", "Đăng tin, bài trên trang thông tin phường, nhóm Zalo khu phố",
         "10 tin, bài", "Vẫn đang tiếp tục", {"task": "II.1.a", "status": "in_progress", "ind": {"communications": 10}}),
        ("Kiểm tra đo lường, nhãn hàng hóa tại chợ, cửa hàng", "Thường xuyên",
         "Phối hợp Chi cục kiểm tra 31 cơ sở; 03 cơ sở vi phạm; phạt 12 triệu đồng", "04 cuộc", "Vẫn đang tiếp tục",
         {"task": "II.5.c", "status": "in_progress",
          "ind": {"inspections": 4, "establishments_inspected": 31, "violations": 3, "fines_vnd": 12000000}}),
        ("Cử công chức đi tập huấn", "Một lần", "Cử công chức Phòng Kinh tế, Hạ tầng và Đô thị dự lớp của Chi cục", "03 người", "Đã xong",
         {"task": "II.3.a", "status": "completed", "ind": {"participants": 3}}),
        ("ISO ở bộ phận một cửa", "Một lần trong năm", "Đánh giá nội bộ, cập nhật quy trình theo thủ tục mới", "", "Đã xong",
         {"task": "II.2.đ", "status": "completed", "ind": {}}),
    ]
    entries = []
    r = 8
    for i, (a, b, c_, d_, s, e) in enumerate(rows, 1):
        for j, v in enumerate([i, a, b, c_, d_, s], 1):
            cc = ws.cell(r, j, v)
            cc.alignment = Alignment(wrap_text=True, vertical="top")
            cc.border = B
        e = dict(e)
        e["text"] = c_
        entries.append(e)
        r += 1
    diffs = ["Địa bàn phường rộng, nhiều chợ tự phát nên khó kiểm tra thường xuyên."]
    props = ["Đề nghị Chi cục phối hợp kiểm tra chuyên đề cân tại các chợ tự phát trên địa bàn phường."]
    ws.cell(r + 1, 2, "Khó khăn:").font = Font(bold=True)
    ws.cell(r + 1, 3, diffs[0])
    ws.cell(r + 2, 2, "Kiến nghị:").font = Font(bold=True)
    ws.cell(r + 2, 3, props[0])
    ws.cell(r + 4, 4, "KT. CHỦ TỊCH").font = Font(bold=True)
    ws.cell(r + 5, 4, "PHÓ CHỦ TỊCH").font = Font(bold=True)
    ws.cell(r + 9, 4, "Đinh Công Thắng").font = Font(bold=True)
    for col, w in zip("ABCDEF", (5, 36, 16, 48, 14, 18)):
        ws.column_dimensions[col].width = w
    fname = "TNP - BC KH38 (gui Chi cuc).xlsx"
    wb.save(os.path.join(OUT, fname))
    key(fname, "26842", "Phường Tăng Nhơn Phú", None, "2026-11-09", entries, diffs, props)


# ============================================================== HAND 4: Bảo (department, one 3-cell table per task)
def h4_docx(fname, unit_id, unit_name, hdr_left, number, place_date, date_iso, title2, intro, tasks, diffs, props, sign):
    d = base_doc(size=13)
    header_table(d, hdr_left + [("Số: " + number, False, False)], [QH, DL, ("", False, False), (place_date, False, True)])
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, title2, bold=True, align="c")
    para(d, intro, align="j", indent=1.27)
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    entries = []
    for n, (title, did, nums, st, e) in enumerate(tasks, 1):
        para(d, "%d. %s" % (n, title), bold=True, align="j")
        t = d.add_table(rows=2, cols=3)
        set_borders(t)
        for c, h in zip(t.rows[0].cells, ("Việc đã làm", "Con số", "Tình trạng")):
            cell_text(c, [h], bold=True, align="c", size=11)
        cell_text(t.rows[1].cells[0], [did], size=12)
        shift_enter_lines(t.rows[1].cells[1], nums)
        for rr in t.rows[1].cells[1].paragraphs[0].runs:
            rr.font.size = Pt(12)
        cell_text(t.rows[1].cells[2], [st], size=12)
        widths = (Cm(8.5), Cm(5.5), Cm(3))
        t.autofit = False
        for col, w in zip(t.columns, widths):
            col.width = w
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        para(d, "")
        e = dict(e)
        e["text"] = did
        entries.append(e)
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for i, x in enumerate(diffs, 1):
        para(d, "%d. %s" % (i, x), align="j", indent=1.27)
    para(d, "III. KIẾN NGHỊ, ĐỀ XUẤT", bold=True)
    for i, x in enumerate(props, 1):
        para(d, "%d. %s" % (i, x), align="j", indent=1.27)
    para(d, sign[0], align="j", indent=1.27)
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    cell_text(c0, ["Nơi nhận:"] + sign[1], size=11)
    cell_text(c1, sign[2] + ["", "", "", sign[3]], bold=True, align="c")
    d.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, entries, diffs, props)


def gen_h4():
    hdrUB = ("ỦY BAN NHÂN DÂN", False, False)
    hdrTP = ("THÀNH PHỐ HỒ CHÍ MINH", False, False)
    # ---- Sở Nông nghiệp và Môi trường
    tasks = [
        ("Góp ý quy chuẩn kỹ thuật quốc gia về vật tư nông nghiệp",
         "Tổng hợp ý kiến các đơn vị thuộc Sở, gửi Bộ Nông nghiệp và Môi trường góp ý dự thảo QCVN về chất lượng phân bón, thức ăn chăn nuôi và nước sạch nông thôn.",
         ["Dự thảo đã góp ý — 04"], "Đã hoàn thành", {"task": "II.2.e", "status": "completed", "ind": {"standards_reviewed": 4}}),
        ("Kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật",
         "Thanh tra Sở và Chi cục Trồng trọt và Bảo vệ thực vật kiểm tra chất lượng, ghi nhãn phân bón, thuốc bảo vệ thực vật tại các xã Củ Chi, Hóc Môn, Bình Chánh, Bàu Bàng.",
         ["Cuộc kiểm tra — 06", "Cơ sở được kiểm tra — 44", "Cơ sở vi phạm — 05", "Tiền phạt — 187.500.000 đồng", "Mẫu lấy kiểm nghiệm — 32"],
         "Đang thực hiện", {"task": "II.5.a", "status": "in_progress",
                            "ind": {"inspections": 6, "establishments_inspected": 44, "violations": 5, "fines_vnd": 187500000, "samples_tested": 32}}),
        ("Hướng dẫn hợp tác xã áp dụng tiêu chuẩn, quy trình sản xuất tốt",
         "Hướng dẫn hợp tác xã nông nghiệp xây dựng tiêu chuẩn cơ sở, áp dụng VietGAP và công bố sản phẩm phù hợp tiêu chuẩn.",
         ["Hợp tác xã được hướng dẫn — 15"], "Đang thực hiện", {"task": "II.2.d", "status": "in_progress", "ind": {"enterprises_supported": 15}}),
        ("Truy xuất nguồn gốc nông sản (Đề án 100)",
         "Hỗ trợ cơ sở sản xuất cấp mã số vùng trồng, tem truy xuất nguồn gốc và kết nối cổng truy xuất của Thành phố.",
         ["Cơ sở được hỗ trợ — 08"], "Đang thực hiện", {"task": "II.2.a", "status": "in_progress", "ind": {"enterprises_supported": 8}}),
        ("Cử công chức tham gia tập huấn nghiệp vụ",
         "Cử công chức các phòng chuyên môn dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức.",
         ["Lượt công chức tham dự — 05"], "Đã hoàn thành", {"task": "II.3.a", "status": "completed", "ind": {"participants": 5}}),
    ]
    h4_docx("SNNMT_6650_BC_CT38.docx", "SO-NNMT", "Sở Nông nghiệp và Môi trường",
            [hdrUB, hdrTP, ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", True, False)], "6650/BC-SNNMT",
            "Thành phố Hồ Chí Minh, ngày 11 tháng 11 năm 2026", "2026-11-11",
            "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
            "Theo đề nghị của Sở Khoa học và Công nghệ, Sở Nông nghiệp và Môi trường báo cáo kết quả thực hiện các nội dung có liên quan như sau:",
            tasks,
            ["Chưa có quy chuẩn kỹ thuật địa phương đối với một số sản phẩm nông nghiệp đặc thù của Thành phố.",
             "Kinh phí lấy mẫu kiểm nghiệm phân bón còn hạn chế so với số cơ sở kinh doanh."],
            ["Đề nghị Sở Khoa học và Công nghệ hướng dẫn quy trình xây dựng quy chuẩn kỹ thuật địa phương.",
             "Đề nghị bổ sung kinh phí lấy mẫu kiểm nghiệm vật tư nông nghiệp năm 2027."],
            ("Sở Nông nghiệp và Môi trường báo cáo để Sở Khoa học và Công nghệ tổng hợp./.",
             ["- Sở Khoa học và Công nghệ;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, TTr."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Huỳnh Thanh Bình"))
    # ---- Sở Giáo dục và Đào tạo
    tasks = [
        ("Lồng ghép kiến thức tiêu chuẩn, đo lường, chất lượng trong các trường cao đẳng, trung cấp",
         "Chỉ đạo 03 trường cao đẳng, trung cấp lồng ghép nội dung tiêu chuẩn, đo lường, chất lượng vào môn học liên quan; phối hợp Chi cục tổ chức các buổi ngoại khóa.",
         ["Buổi ngoại khóa — 04", "Học sinh, sinh viên tham dự — 620"], "Đang thực hiện",
         {"task": "II.3.d", "status": "in_progress", "ind": {"training_courses": 4, "participants": 620}}),
        ("Duy trì hệ thống quản lý chất lượng tại cơ quan Sở",
         "Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; hoàn thành đánh giá nội bộ năm 2026.",
         ["Không có số liệu"], "Đã hoàn thành", {"task": "II.2.đ", "status": "completed", "ind": {}}),
        ("Thông tin, tuyên truyền trong ngành giáo dục",
         "Đăng tin, bài về Ngày Tiêu chuẩn thế giới, Ngày Đo lường Việt Nam trên Cổng thông tin ngành.",
         ["Tin, bài — 07"], "Đã hoàn thành", {"task": "II.1.a", "status": "completed", "ind": {"communications": 7}}),
        ("Góp ý dự thảo tiêu chuẩn, quy chuẩn",
         "Trong kỳ không có dự thảo tiêu chuẩn, quy chuẩn thuộc lĩnh vực giáo dục gửi lấy ý kiến.",
         ["—"], "Không phát sinh", {"task": "II.2.e", "status": "not_applicable", "ind": {}}),
    ]
    h4_docx("4219-BC-SGDDT (CT38).docx", "SO-GDDT", "Sở Giáo dục và Đào tạo",
            [hdrUB, hdrTP, ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", True, False)], "4219/BC-SGDĐT",
            "Thành phố Hồ Chí Minh, ngày 07 tháng 11 năm 2026", "2026-11-07",
            "Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trong ngành giáo dục",
            "Sở Giáo dục và Đào tạo báo cáo kết quả thực hiện các nội dung có liên quan đến ngành giáo dục như sau:",
            tasks,
            ["Chương trình đào tạo các trường đã ổn định, việc bổ sung nội dung mới cần thời gian thẩm định."],
            ["Đề nghị Chi cục biên soạn tài liệu ngắn gọn về tiêu chuẩn, đo lường, chất lượng dùng cho hoạt động ngoại khóa."],
            ("Trên đây là báo cáo của Sở Giáo dục và Đào tạo./.", ["- Sở Khoa học và Công nghệ;", "- Lưu: VT, GDNN."],
             ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Trần Thị Diệu Hiền"))
    # ---- Sở Xây dựng
    tasks = [
        ("Góp ý, xây dựng quy chuẩn kỹ thuật về vật liệu xây dựng",
         "Góp ý các dự thảo QCVN về sản phẩm, hàng hóa vật liệu xây dựng do Bộ Xây dựng gửi; đang chủ trì nghiên cứu đề xuất quy chuẩn kỹ thuật địa phương về gạch không nung.",
         ["Dự thảo quy chuẩn đã góp ý — 06"], "Đang thực hiện", {"task": "II.2.e", "status": "in_progress", "ind": {"standards_reviewed": 6}}),
        ("Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường",
         "Thanh tra Sở kiểm tra chất lượng xi măng, thép, kính xây dựng tại các cơ sở kinh doanh; lấy mẫu gửi thử nghiệm.",
         ["Cuộc kiểm tra — 03", "Cơ sở được kiểm tra — 17", "Cơ sở vi phạm — 02", "Tiền phạt — 45.000.000 đồng", "Mẫu thử nghiệm — 12"],
         "Đã hoàn thành", {"task": "II.5.a", "status": "completed",
                           "ind": {"inspections": 3, "establishments_inspected": 17, "violations": 2, "fines_vnd": 45000000, "samples_tested": 12}}),
        ("Hướng dẫn công bố hợp quy vật liệu xây dựng",
         "Tiếp nhận và hướng dẫn doanh nghiệp thực hiện công bố hợp quy sản phẩm vật liệu xây dựng theo QCVN 16:2023/BXD.",
         ["Doanh nghiệp được hướng dẫn — 21"], "Đang thực hiện", {"task": "II.2.d", "status": "in_progress", "ind": {"enterprises_supported": 21}}),
        ("Tập huấn cho công chức ngành xây dựng",
         "Tổ chức lớp tập huấn về quản lý chất lượng sản phẩm, hàng hóa vật liệu xây dựng cho công chức Sở và công chức phường, xã.",
         ["Lớp tập huấn — 01", "Công chức tham dự — 70"], "Đã hoàn thành",
         {"task": "II.3.a", "status": "completed", "ind": {"training_courses": 1, "participants": 70}}),
    ]
    h4_docx("SXD - Bao cao thuc hien KH CT38-2026.docx", "SO-XD", "Sở Xây dựng",
            [hdrUB, hdrTP, ("SỞ XÂY DỰNG", True, False)], "7305/BC-SXD",
            "Thành phố Hồ Chí Minh, ngày 13 tháng 11 năm 2026", "2026-11-13",
            "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
            "Sở Xây dựng báo cáo kết quả thực hiện các nội dung thuộc lĩnh vực xây dựng như sau:",
            tasks,
            ["Nhiều cơ sở kinh doanh vật liệu xây dựng nhỏ lẻ chưa nắm quy định về công bố hợp quy."],
            ["Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức tuyên truyền quy định công bố hợp quy cho hộ kinh doanh vật liệu xây dựng."],
            ("Sở Xây dựng kính báo cáo./.", ["- Sở Khoa học và Công nghệ;", "- Lưu: VT, KTVL."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
             "Ngô Hoàng Phúc"))


if __name__ == "__main__":
    gen_h1()
    gen_h2()
    gen_h3()
    gen_h4()
    for fname, k in ALL:
        with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as f:
            json.dump(k, f, ensure_ascii=False, indent=1)
    print(len(ALL), "files")
