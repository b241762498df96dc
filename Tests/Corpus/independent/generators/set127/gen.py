# -*- coding: utf-8 -*-
"""Generator for set127: department specialists answering in their own department's customs.
Writes the report files into this folder and the answer keys (without sha256) into truth/.
sha256 is filled in by finalize.py after the optional LibreOffice re-save."""
import json, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, "truth")
KEYS = {}


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": [{"task": t, "status": s, "indicators": ind, "text": tx} for (t, s, ind, tx) in entries],
        "findings": [], "difficulties": diffs, "proposals": props,
    }

# ------------------------------------------------------------------ DOCX helpers

def new_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
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


def cell_par(cell, text, bold=False, italic=False, size=None, align=WD_ALIGN_PARAGRAPH.CENTER, first=True):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.alignment = align
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    return p


def header(d, left, right_date, number):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    first = True
    for txt, b in left:
        cell_par(l, txt, bold=b, size=12, first=first)
        first = False
    cell_par(l, "―――――", size=10, first=False)
    if number:
        cell_par(l, number, size=12, first=False)
    cell_par(r, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=12)
    cell_par(r, "Độc lập - Tự do - Hạnh phúc", bold=True, size=13, first=False)
    cell_par(r, "――――――――――――", size=10, first=False)
    cell_par(r, right_date, italic=True, size=13, first=False)
    return t


def para(d, text="", bold=False, italic=False, align=None, indent=True, size=None, runs=None):
    p = d.add_paragraph()
    if align is not None:
        p.alignment = align
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(4)
    if runs:
        for txt, b, i in runs:
            r = p.add_run(txt)
            r.bold, r.italic = b, i
            if size:
                r.font.size = Pt(size)
    else:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    return p


def grid_table(d, rows, widths=None, header_bold=True, size=11):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if (i == 0 or j > 0) else WD_ALIGN_PARAGRAPH.LEFT
            r = p.add_run(str(val))
            r.font.size = Pt(size)
            r.bold = header_bold and i == 0
    if widths:
        for i, w in enumerate(widths):
            for row in t.rows:
                row.cells[i].width = Cm(w)
    return t


def signature(d, left_lines, title_lines, name):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    cell_par(l, "Nơi nhận:", bold=True, italic=True, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
    for x in left_lines:
        cell_par(l, x, size=11, align=WD_ALIGN_PARAGRAPH.LEFT, first=False)
    first = True
    for x in title_lines:
        cell_par(r, x, bold=True, size=13, first=first)
        first = False
    for _ in range(3):
        cell_par(r, "", first=False)
    cell_par(r, name, bold=True, size=13, first=False)


# ================================================================== HAND 1: Tâm (health-programme logframe)

def h1_report(fname, unit_left, number, date_line, title2, kinhgui, intro, acts, diffs, props, signer, extra_close=None):
    d = new_doc(size=13)
    header(d, unit_left, date_line, number)
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(d, title2, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(d, kinhgui, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    for x in intro:
        para(d, x)
    para(d, "A. KẾT QUẢ THỰC HIỆN THEO TỪNG HOẠT ĐỘNG", bold=True, indent=False)
    for n, a in enumerate(acts, 1):
        para(d, f"Hoạt động {n}. {a['name']}", bold=True, indent=False)
        para(d, runs=[("- Mục tiêu: ", False, True), (a["goal"], False, False)])
        para(d, runs=[("- Hoạt động đã triển khai: ", False, True), (a["done"], False, False)])
        if a.get("kpi"):
            para(d, "- Chỉ số theo dõi:", italic=True)
            rows = [["Chỉ số", "Tử số", "Mẫu số", "Tỷ lệ (%)"]] + a["kpi"]
            grid_table(d, rows, widths=[8.5, 2.2, 2.2, 2.2], size=11)
        para(d, runs=[("- Tiến độ hoạt động: ", True, False), (a["prog"], False, True)])
    para(d, "B. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in diffs:
        para(d, "- " + x)
    para(d, "C. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for x in props:
        para(d, "- " + x)
    if extra_close:
        para(d, extra_close)
    signature(d, ["- Như trên;", "- Giám đốc (để b/c);", "- Lưu: VT, " + signer[2] + "."], signer[0], signer[1])
    d.save(os.path.join(HERE, fname))


def gen_h1():
    # ---- Sở Y tế
    f = "so-yte-bc-ct38-2026.docx"
    acts = [
        dict(name="Phổ biến quy định về tiêu chuẩn, đo lường, chất lượng cho doanh nghiệp trang thiết bị y tế",
             goal="Doanh nghiệp kinh doanh, nhập khẩu trang thiết bị y tế nắm được quy định về công bố tiêu chuẩn áp dụng, ghi nhãn và kiểm định thiết bị.",
             done="Phòng Quản lý Dược – Trang thiết bị y tế phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 02 hội nghị phổ biến Nghị định 98/2021/NĐ-CP và các quy chuẩn kỹ thuật có liên quan (tháng 4 và tháng 8/2026), có 315 lượt đại diện doanh nghiệp tham dự.",
             kpi=[["Lượt doanh nghiệp tham dự / số doanh nghiệp được mời", "315", "350", "90,0"]],
             prog="Hoàn thành."),
        dict(name="Góp ý dự thảo quy chuẩn, tiêu chuẩn thuộc lĩnh vực y tế",
             goal="Bảo đảm 100% dự thảo do Bộ Y tế, Bộ Khoa học và Công nghệ gửi xin ý kiến được góp ý đúng hạn.",
             done="Trong kỳ, Sở nhận 04 dự thảo (QCVN về nước sạch sử dụng cho mục đích sinh hoạt; 02 TCVN về trang thiết bị chẩn đoán in vitro; 01 QCVN về tương thích điện từ thiết bị y tế) và đã có văn bản góp ý đối với cả 04 dự thảo.",
             kpi=[["Dự thảo được góp ý đúng hạn / dự thảo nhận được", "04", "04", "100"]],
             prog="Hoàn thành."),
        dict(name="Kiểm tra chất lượng trang thiết bị y tế, mỹ phẩm lưu thông trên thị trường",
             goal="Phát hiện, xử lý sản phẩm không bảo đảm chất lượng, ghi nhãn không đúng quy định.",
             done="Thanh tra Sở chủ trì 06 cuộc kiểm tra tại 58 cơ sở kinh doanh trang thiết bị y tế, mỹ phẩm; phát hiện 07 cơ sở vi phạm (ghi nhãn, không có giấy chứng nhận hợp quy), xử phạt vi phạm hành chính 86.500.000 đồng.",
             kpi=[["Cơ sở vi phạm / cơ sở được kiểm tra", "07", "58", "12,1"],
                  ["Cuộc kiểm tra đã thực hiện / cuộc theo kế hoạch năm", "06", "08", "75,0"]],
             prog="Đang triển khai, 02 cuộc còn lại thực hiện trong tháng 11 và 12/2026."),
        dict(name="Lấy mẫu giám sát chất lượng thuốc, mỹ phẩm",
             goal="Giám sát chất lượng thuốc, mỹ phẩm lưu hành, kịp thời cảnh báo cho người sử dụng.",
             done="Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm lấy 120 mẫu thuốc, mỹ phẩm tại các cơ sở bán lẻ để kiểm nghiệm; 117 mẫu đạt chất lượng, 03 mẫu không đạt đã được thông báo thu hồi.",
             kpi=[["Mẫu đạt chất lượng / mẫu được kiểm nghiệm", "117", "120", "97,5"]],
             prog="Hoàn thành chỉ tiêu lấy mẫu năm 2026."),
        dict(name="Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở",
             goal="Hệ thống quản lý chất lượng được duy trì, cập nhật thủ tục hành chính mới.",
             done="Sở đã cập nhật 21 quy trình nội bộ theo các thủ tục hành chính được công bố mới, tổ chức đánh giá nội bộ và ban hành quyết định công bố lại Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015.",
             kpi=None, prog="Hoàn thành."),
        dict(name="Cử công chức tham gia tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng",
             goal="Nâng cao năng lực công chức làm công tác quản lý chất lượng trang thiết bị y tế.",
             done="Sở đã cử 12 lượt công chức, viên chức tham dự lớp tập huấn nghiệp vụ do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức.",
             kpi=None, prog="Hoàn thành."),
    ]
    diffs = ["Lực lượng thanh tra chuyên ngành trang thiết bị y tế còn mỏng, chủ yếu kiêm nhiệm nhiều lĩnh vực.",
             "Kinh phí lấy mẫu kiểm nghiệm mỹ phẩm chưa đáp ứng nhu cầu giám sát thực tế."]
    props = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng sản phẩm liên quan đến trang thiết bị y tế để Sở Y tế có cơ sở lập kế hoạch kiểm tra năm 2027.",
             "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tiếp tục mở lớp tập huấn chuyên sâu về kiểm định thiết bị y tế cho công chức của Sở."]
    h1_report(f, [("ỦY BAN NHÂN DÂN", False), ("THÀNH PHỐ HỒ CHÍ MINH", False), ("SỞ Y TẾ", True)],
              "Số: 4127/BC-SYT", "Thành phố Hồ Chí Minh, ngày 24 tháng 10 năm 2026",
              "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trong ngành y tế",
              "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.",
              ["Thực hiện đề nghị của Sở Khoa học và Công nghệ về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Y tế báo cáo theo khung theo dõi hoạt động của ngành (mục tiêu – hoạt động – chỉ số) như sau:"],
              acts, diffs, props, (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Nguyễn Văn Vĩnh Châu", "QLD"))
    key(f, "SO-YT", "Sở Y tế", "4127/BC-SYT", "2026-10-24", [
        ("II.1.a", "completed", {"training_courses": 2, "participants": 315}, acts[0]["done"]),
        ("II.2.e", "completed", {"standards_reviewed": 4}, acts[1]["done"]),
        ("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 58, "violations": 7, "fines_vnd": 86500000}, acts[2]["done"]),
        ("II.5.b", "completed", {"samples_tested": 120}, acts[3]["done"]),
        ("II.2.đ", "completed", {}, acts[4]["done"]),
        ("II.3.a", "completed", {"participants": 12}, acts[5]["done"]),
    ], diffs, props)

    # ---- Sở An toàn thực phẩm
    f = "bc-38-so-attp.docx"
    acts = [
        dict(name="Truyền thông, tập huấn về chất lượng, ghi nhãn thực phẩm",
             goal="Cơ sở sản xuất, kinh doanh thực phẩm hiểu và thực hiện đúng quy định về tự công bố sản phẩm, ghi nhãn hàng hóa.",
             done="Tổ chức 04 lớp tập huấn cho 620 lượt chủ cơ sở, người trực tiếp sản xuất; phát hành 45 tin, bài, tờ gấp trên Trang thông tin điện tử của Sở và các nhóm Zalo của chợ đầu mối.",
             kpi=[["Lượt người được tập huấn / lượt đăng ký", "620", "700", "88,6"]],
             prog="Hoàn thành."),
        dict(name="Kiểm tra chất lượng, nhãn hàng hóa thực phẩm bao gói sẵn",
             goal="Phát hiện và xử lý thực phẩm không bảo đảm chất lượng, ghi nhãn sai quy định.",
             done="Tổ chức 14 đoàn kiểm tra tại 236 cơ sở; 19 cơ sở vi phạm; phạt tiền 312.000.000 đồng, buộc tiêu hủy 1.240 kg sản phẩm.",
             kpi=[["Cơ sở vi phạm / cơ sở được kiểm tra", "19", "236", "8,1"]],
             prog="Đang triển khai (cao điểm Tết Nguyên đán 2027 bắt đầu từ tháng 12/2026)."),
        dict(name="Giám sát mối nguy, lấy mẫu kiểm nghiệm thực phẩm",
             goal="Chủ động phát hiện mẫu thực phẩm không đạt, cảnh báo cho người tiêu dùng.",
             done="Lấy 480 mẫu thực phẩm tại chợ, siêu thị, bếp ăn tập thể để kiểm nghiệm các chỉ tiêu an toàn, chất lượng; 455 mẫu đạt.",
             kpi=[["Mẫu đạt / mẫu kiểm nghiệm", "455", "480", "94,8"]],
             prog="Đang triển khai."),
        dict(name="Phối hợp phường, xã, đặc khu kiểm tra theo phân cấp",
             goal="Hỗ trợ Ủy ban nhân dân cấp xã thực hiện nhiệm vụ được phân cấp về kiểm tra chất lượng thực phẩm.",
             done="Sở phối hợp Ủy ban nhân dân 22 phường, xã tổ chức 31 cuộc kiểm tra liên ngành tại 204 cơ sở kinh doanh thực phẩm nhỏ lẻ.",
             kpi=[["Phường, xã được hỗ trợ / phường, xã đề nghị", "22", "22", "100"]],
             prog="Hoàn thành."),
        dict(name="Tiếp nhận, xử lý phản ánh, tố giác vi phạm",
             goal="Bảo vệ người phản ánh, tố giác vi phạm về chất lượng thực phẩm.",
             done="Trong kỳ không phát sinh trường hợp tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng thuộc phạm vi của Sở.",
             kpi=None, prog="Không phát sinh."),
    ]
    diffs = ["Nhiều cơ sở kinh doanh thực phẩm nhỏ lẻ không có hồ sơ tự công bố, khó truy xuất nguồn gốc.",
             "Chi phí kiểm nghiệm một số chỉ tiêu chất lượng cao, vượt định mức được giao."]
    props = ["Đề nghị Sở Khoa học và Công nghệ hướng dẫn việc kết nối dữ liệu truy xuất nguồn gốc thực phẩm với hệ thống của Thành phố."]
    h1_report(f, [("ỦY BAN NHÂN DÂN", False), ("THÀNH PHỐ HỒ CHÍ MINH", False), ("SỞ AN TOÀN THỰC PHẨM", True)],
              "Số: 612/BC-SATTP", "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
              "Tình hình thực hiện Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026",
              "Kính gửi: Sở Khoa học và Công nghệ.",
              ["Sở An toàn thực phẩm báo cáo các hoạt động có liên quan đến Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, số liệu tính từ ngày 01/01/2026 đến ngày 20/10/2026, như sau:"],
              acts, diffs, props, (["GIÁM ĐỐC"], "Phạm Khánh Phong Lan", "NVTT"))
    key(f, "SO-ATTP", "Sở An toàn thực phẩm", "612/BC-SATTP", "2026-10-27", [
        ("II.1.a", "completed", {"training_courses": 4, "participants": 620, "communications": 45}, acts[0]["done"]),
        ("II.5.a", "in_progress", {"inspections": 14, "establishments_inspected": 236, "violations": 19, "fines_vnd": 312000000}, acts[1]["done"]),
        ("II.5.b", "in_progress", {"samples_tested": 480}, acts[2]["done"]),
        ("II.5.c", "completed", {"inspections": 31, "establishments_inspected": 204}, acts[3]["done"]),
        ("II.5.d", "not_applicable", {}, acts[4]["done"]),
    ], diffs, props)

    # ---- Sở Giáo dục và Đào tạo (school-year wording)
    f = "SGDDT_BaoCao_CT38.docx"
    acts = [
        dict(name="Lồng ghép kiến thức tiêu chuẩn, đo lường, chất lượng vào hoạt động ngoại khóa của học sinh, sinh viên",
             goal="Học sinh trung học phổ thông, học sinh – sinh viên các trường trung cấp, cao đẳng hiểu về mã số mã vạch, nhãn hàng hóa, truy xuất nguồn gốc.",
             done="Năm học 2025-2026, 18 trường tổ chức 06 buổi tập huấn ngoại khóa theo chuyên đề “Người tiêu dùng thông thái” với 1.940 học sinh, sinh viên tham gia; học kỳ I năm học 2026-2027 tiếp tục triển khai tại các trường còn lại.",
             kpi=[["Trường đã tổ chức chuyên đề / trường được giao", "18", "25", "72,0"]],
             prog="Đang thực hiện trong học kỳ I năm học 2026-2027."),
        dict(name="Cử công chức, cán bộ quản lý tham dự tập huấn nghiệp vụ",
             goal="Công chức cơ quan Sở và cán bộ quản lý thiết bị nắm được yêu cầu về kiểm định, hiệu chuẩn dụng cụ đo.",
             done="Trong dịp hè 2026, Sở cử 35 lượt công chức cơ quan Sở và cán bộ quản lý thiết bị dạy học tham dự lớp tập huấn nghiệp vụ do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức.",
             kpi=[["Cán bộ được bồi dưỡng / cán bộ được triệu tập", "35", "35", "100"]],
             prog="Hoàn thành trong hè 2026."),
        dict(name="Duy trì ISO 9001 tại cơ quan Sở",
             goal="Bảo đảm giải quyết thủ tục hành chính theo quy trình đã công bố.",
             done="Sở đã rà soát, cập nhật hệ thống tài liệu và thực hiện đánh giá nội bộ theo TCVN ISO 9001:2015 trong tháng 6/2026.",
             kpi=None, prog="Hoàn thành."),
        dict(name="Hợp tác nâng cao năng suất khu vực công",
             goal="—",
             done="Trong năm học chưa nhận được yêu cầu phối hợp với Tổ chức Năng suất Châu Á.",
             kpi=None, prog="Không phát sinh."),
    ]
    diffs = ["Thời lượng chương trình chính khóa kín, việc bố trí chuyên đề ngoại khóa phụ thuộc kế hoạch năm học của từng trường."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cung cấp bộ tài liệu, video ngắn phù hợp lứa tuổi học sinh để các trường sử dụng thống nhất.",
             "Đề nghị hỗ trợ kinh phí kiểm định, hiệu chuẩn dụng cụ đo tại phòng thí nghiệm của các trường trung học phổ thông."]
    h1_report(f, [("UBND THÀNH PHỐ HỒ CHÍ MINH", False), ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", True)],
              "Số: 3390/BC-SGDĐT", "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026",
              "Kết quả thực hiện nội dung giáo dục về tiêu chuẩn, đo lường, chất lượng theo Chỉ thị 38-CT/TW",
              "Kính gửi: Sở Khoa học và Công nghệ Thành phố.",
              ["Sở Giáo dục và Đào tạo báo cáo kết quả năm học 2025-2026 và đầu năm học 2026-2027 đối với các nội dung Sở được đề nghị phối hợp như sau:"],
              acts, diffs, props, (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Lê Hoài Nam", "GDCN"))
    key(f, "SO-GDDT", "Sở Giáo dục và Đào tạo", "3390/BC-SGDĐT", "2026-10-29", [
        ("II.3.d", "in_progress", {"training_courses": 6, "participants": 1940}, acts[0]["done"]),
        ("II.3.a", "completed", {"participants": 35}, acts[1]["done"]),
        ("II.2.đ", "completed", {}, acts[2]["done"]),
        ("II.6.b", "not_applicable", {}, acts[3]["done"]),
    ], diffs, props)

    # ---- Trung tâm Dịch vụ Phân tích thí nghiệm (internal unit)
    f = "TTPTTN-bao-cao-KH38-nam-2026.docx"
    acts = [
        dict(name="Đầu tư, hiện đại hóa trang thiết bị thử nghiệm, kiểm định",
             goal="Nâng cao năng lực thử nghiệm, kiểm định, đáp ứng yêu cầu quản lý nhà nước và doanh nghiệp.",
             done="Hoàn tất mua sắm và đưa vào sử dụng 07 thiết bị (máy sắc ký khí ghép khối phổ, hệ thống chuẩn lưu lượng…); giá trị đã giải ngân 4,35 tỷ đồng; gói thầu thiết bị quang phổ đang trong giai đoạn lựa chọn nhà thầu.",
             kpi=[["Kinh phí đã giải ngân / dự toán được giao (triệu đồng)", "4.350", "5.800", "75,0"]],
             prog="Đang triển khai."),
        dict(name="Cung cấp dịch vụ kỹ thuật kiểm định, hiệu chuẩn, thử nghiệm",
             goal="Mở rộng phạm vi dịch vụ, phục vụ quản lý nhà nước và nhu cầu của người dân, doanh nghiệp.",
             done="Từ đầu năm đến 15/10/2026, Trung tâm đã kiểm định, hiệu chuẩn 18.640 phương tiện đo và thử nghiệm 9.215 mẫu; mở rộng thêm 12 phép thử được công nhận theo ISO/IEC 17025.",
             kpi=[["Phương tiện đo đã thực hiện / kế hoạch năm", "18.640", "22.000", "84,7"]],
             prog="Đang triển khai (nhiệm vụ thường xuyên)."),
        dict(name="Duy trì liên kết chuẩn đo lường",
             goal="Các chuẩn chính được hiệu chuẩn định kỳ, bảo đảm liên kết đến chuẩn quốc gia.",
             done="Đã gửi hiệu chuẩn 46 chuẩn chính tại Viện Đo lường Việt Nam theo đúng chu kỳ.",
             kpi=[["Chuẩn đã hiệu chuẩn / chuẩn đến hạn", "46", "46", "100"]],
             prog="Hoàn thành."),
        dict(name="Đào tạo nghiệp vụ kiểm định viên, thử nghiệm viên",
             goal="Bồi dưỡng nguồn nhân lực cho các phòng thử nghiệm, tổ chức kiểm định.",
             done="Tổ chức 05 khóa đào tạo (kiểm định viên đo lường; quản lý phòng thử nghiệm theo ISO/IEC 17025:2017) cho 132 học viên.",
             kpi=None, prog="Hoàn thành."),
        dict(name="Phối hợp thử nghiệm mẫu khảo sát chất lượng",
             goal="Cung cấp kết quả thử nghiệm phục vụ khảo sát chất lượng sản phẩm, hàng hóa của Chi cục.",
             done="Thử nghiệm 210 mẫu khảo sát (xăng dầu, mũ bảo hiểm, đồ chơi trẻ em) theo đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng, trả kết quả đúng hạn.",
             kpi=[["Mẫu trả kết quả đúng hạn / mẫu tiếp nhận", "210", "210", "100"]],
             prog="Hoàn thành."),
    ]
    diffs = ["Thủ tục mua sắm thiết bị có giá trị lớn kéo dài, ảnh hưởng tiến độ giải ngân."]
    props = ["Đề nghị Sở xem xét bổ sung biên chế kiểm định viên cho Trung tâm trong năm 2027."]
    h1_report(f, [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False), ("TRUNG TÂM DỊCH VỤ PHÂN TÍCH", True), ("THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG", True), ("CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH", True)],
              "Số: 285/BC-TTPTTN", "Thành phố Hồ Chí Minh, ngày 21 tháng 10 năm 2026",
              "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
              "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.",
              ["Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo kết quả thực hiện các nhiệm vụ được giao như sau:"],
              acts, diffs, props, (["GIÁM ĐỐC"], "Trần Quang Huy", "KHTH"))
    key(f, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "285/BC-TTPTTN", "2026-10-21", [
        ("II.4.a", "in_progress", {"budget_spent_vnd": 4350000000}, acts[0]["done"]),
        ("II.2.g", "in_progress", {"instruments_verified": 18640, "samples_tested": 9215}, acts[1]["done"]),
        ("II.4.c", "completed", {"instruments_verified": 46}, acts[2]["done"]),
        ("II.3.d", "completed", {"training_courses": 5, "participants": 132}, acts[3]["done"]),
        ("II.5.b", "completed", {"samples_tested": 210}, acts[4]["done"]),
    ], diffs, props)


# ================================================================== HAND 4: Khoa (department sectors, "nộp ngân sách", inline Kiến nghị)

def h4_report(fname, unit_left, number, date_line, title2, kinhgui, intro, sectors, diffs, signer, tail_title="III. KHÓ KHĂN, VƯỚNG MẮC"):
    d = new_doc(size=14)
    header(d, unit_left, date_line, number)
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(d, title2, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(d, kinhgui, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    for x in intro:
        para(d, x)
    para(d, "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", bold=True, indent=False)
    para(d, sectors["chidao"])
    para(d, "II. KẾT QUẢ THỰC HIỆN THEO LĨNH VỰC", bold=True, indent=False)
    for n, s in enumerate(sectors["items"], 1):
        para(d, f"{n}. {s['sector']}", bold=True, indent=False)
        for x in s["body"]:
            para(d, x)
        para(d, runs=[("Kết quả so với kế hoạch: ", True, False), (s["status"], False, False)])
        para(d, runs=[("Kiến nghị: ", False, True), (s["kn"], False, True)])
    if diffs is not None:
        para(d, tail_title, bold=True, indent=False)
        for x in diffs:
            para(d, "- " + x)
    signature(d, ["- Như trên;", "- Ban Giám đốc Sở;", "- Lưu: VT, " + signer[2] + "."], signer[0], signer[1])
    d.save(os.path.join(HERE, fname))


def gen_h4():
    # ---- Sở Công Thương
    f = "SCT-bao-cao-chi-thi-38-nam-2026.docx"
    items = [
        dict(sector="Lĩnh vực quản lý công nghiệp",
             body=["Thông qua Chương trình khuyến công, Phòng Quản lý Công nghiệp đã hỗ trợ 14 doanh nghiệp công nghiệp hỗ trợ áp dụng công cụ cải tiến năng suất (5S, Kaizen, Lean), tổng kinh phí đã thanh toán 1,15 tỷ đồng."],
             status="Hoàn thành.", kn="không."),
        dict(sector="Lĩnh vực quản lý thương mại (kinh doanh xăng dầu)",
             body=["Sở chủ trì 05 cuộc kiểm tra điều kiện kinh doanh, đo lường và chất lượng xăng dầu tại 64 cửa hàng; phát hiện 04 cửa hàng vi phạm (cột đo sai số vượt mức cho phép, không niêm yết thông tin), chuyển xử phạt và thu nộp ngân sách nhà nước 118 triệu đồng."],
             status="Đang thực hiện (còn đợt kiểm tra cuối năm).",
             kn="đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cử kiểm định viên tham gia đoàn kiểm tra đợt cuối năm để kiểm tra nhanh cột đo xăng dầu."),
        dict(sector="Lĩnh vực xúc tiến thương mại, doanh nghiệp",
             body=["Phòng Quản lý Thương mại phối hợp các hiệp hội ngành hàng vận động, hướng dẫn 09 doanh nghiệp đăng ký tham dự Giải thưởng Chất lượng Quốc gia năm 2026."],
             status="Hoàn thành.", kn="không."),
        dict(sector="Lĩnh vực hội nhập kinh tế quốc tế",
             body=["Cập nhật các cam kết về hàng rào kỹ thuật trong thương mại (TBT) trong các FTA mà Việt Nam tham gia, đăng tải 26 tin, bài trên Cổng thông tin của Sở và bản tin WTO/FTA hằng tháng."],
             status="Đang thực hiện thường xuyên.",
             kn="đề nghị Sở Khoa học và Công nghệ chia sẻ thông báo của Mạng lưới TBT để Sở Công Thương đăng tải kịp thời."),
        dict(sector="Lĩnh vực kỹ thuật an toàn, năng lượng",
             body=["Sở đã góp ý 03 dự thảo quy chuẩn kỹ thuật quốc gia về an toàn điện, an toàn chai chứa khí dầu mỏ hóa lỏng do Bộ Công Thương gửi xin ý kiến."],
             status="Hoàn thành.", kn="không."),
    ]
    sectors = dict(chidao="Sở Công Thương đã ban hành văn bản giao các phòng chuyên môn triển khai các nội dung có liên quan; kết quả được tổng hợp theo từng lĩnh vực quản lý của Sở như sau.", items=items)
    diffs = ["Các cửa hàng xăng dầu phân tán, nhiều cửa hàng ở xã ngoại thành, đặc khu Côn Đảo nên việc bố trí đoàn kiểm tra gặp khó khăn.",
             "Doanh nghiệp nhỏ và vừa còn e ngại chi phí tham gia Giải thưởng Chất lượng Quốc gia."]
    h4_report(f, [("ỦY BAN NHÂN DÂN", False), ("THÀNH PHỐ HỒ CHÍ MINH", False), ("SỞ CÔNG THƯƠNG", True)],
              "Số: 5318/BC-SCT", "Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2026",
              "Kết quả thực hiện Chỉ thị số 38-CT/TW của Ban Bí thư năm 2026",
              "Kính gửi: Sở Khoa học và Công nghệ.",
              ["Phúc đáp Công văn của Sở Khoa học và Công nghệ đề nghị báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo như sau:"],
              sectors, diffs, (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Bùi Tá Hoàng Vũ", "QLTM"))
    key(f, "SO-CT", "Sở Công Thương", "5318/BC-SCT", "2026-10-23", [
        ("II.2.a", "completed", {"enterprises_supported": 14, "budget_spent_vnd": 1150000000}, items[0]["body"][0]),
        ("II.5.a", "in_progress", {"inspections": 5, "establishments_inspected": 64, "violations": 4, "fines_vnd": 118000000}, items[1]["body"][0]),
        ("II.1.b", "completed", {"enterprises_supported": 9}, items[2]["body"][0]),
        ("II.6.a", "in_progress", {"communications": 26}, items[3]["body"][0]),
        ("II.2.e", "completed", {"standards_reviewed": 3}, items[4]["body"][0]),
    ], diffs, ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cử kiểm định viên tham gia đoàn kiểm tra đợt cuối năm để kiểm tra nhanh cột đo xăng dầu.",
               "Đề nghị Sở Khoa học và Công nghệ chia sẻ thông báo của Mạng lưới TBT để Sở Công Thương đăng tải kịp thời."])

    # ---- Thanh tra Thành phố
    f = "thanh-tra-tp-bc-ct38.docx"
    items = [
        dict(sector="Công tác thanh tra trách nhiệm, phòng, chống tham nhũng, tiêu cực",
             body=["Thanh tra Thành phố đã tiến hành 01 cuộc thanh tra trách nhiệm thực hiện pháp luật về tiêu chuẩn, đo lường, chất lượng đối với cơ quan quản lý chuyên ngành; đã ban hành kết luận thanh tra, không phát hiện hành vi tham nhũng."],
             status="Hoàn thành.", kn="không."),
        dict(sector="Công tác tiếp công dân, giải quyết khiếu nại, tố cáo",
             body=["Trong kỳ không tiếp nhận đơn tố cáo liên quan đến hoạt động tiêu chuẩn, đo lường, chất lượng."],
             status="Không phát sinh.", kn="không."),
        dict(sector="Công tác xây dựng, hoàn thiện thể chế",
             body=["Qua thanh tra, Thanh tra Thành phố đã kiến nghị Ủy ban nhân dân Thành phố chỉ đạo rà soát, sửa đổi quy chế phối hợp kiểm tra chất lượng hàng hóa giữa các sở, ngành."],
             status="Đã thực hiện xong.", kn="không."),
        dict(sector="Công tác bồi dưỡng nghiệp vụ",
             body=["Cử 04 thanh tra viên tham dự lớp tập huấn nghiệp vụ kiểm tra đo lường do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức."],
             status="Hoàn thành.",
             kn="đề nghị Chi cục tổ chức thêm lớp tập huấn về kỹ năng thu thập chứng cứ trong kiểm tra đo lường cho thanh tra viên các sở, ngành."),
    ]
    sectors = dict(chidao="Thanh tra Thành phố lồng ghép nội dung tiêu chuẩn, đo lường, chất lượng vào kế hoạch thanh tra năm 2026 được phê duyệt.", items=items)
    diffs = ["Không có."]
    h4_report(f, [("UBND THÀNH PHỐ HỒ CHÍ MINH", False), ("THANH TRA THÀNH PHỐ", True)],
              "Số: 1046/BC-TTTP", "TP. Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
              "Kết quả thực hiện các nội dung phối hợp theo Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
              "Kính gửi: Sở Khoa học và Công nghệ.",
              ["Thanh tra Thành phố báo cáo kết quả thực hiện các nội dung có liên quan như sau:"],
              sectors, diffs, (["KT. CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA"], "Trương Văn Lắm", "P3"))
    key(f, "THANHTRA-TP", "Thanh tra Thành phố", "1046/BC-TTTP", "2026-10-30", [
        ("II.5.d", "completed", {"inspections": 1}, items[0]["body"][0] + " " + items[1]["body"][0]),
        ("II.2.c", "completed", {}, items[2]["body"][0]),
        ("II.3.a", "completed", {"participants": 4}, items[3]["body"][0]),
    ], [], ["Đề nghị Chi cục tổ chức thêm lớp tập huấn về kỹ năng thu thập chứng cứ trong kiểm tra đo lường cho thanh tra viên các sở, ngành."])

    # ---- Sở Quy hoạch - Kiến trúc
    f = "SQHKT_BC_KH38_2026.docx"
    items = [
        dict(sector="Lĩnh vực quy chuẩn, tiêu chuẩn về quy hoạch, kiến trúc",
             body=["Sở đã góp ý 02 dự thảo quy chuẩn kỹ thuật quốc gia (sửa đổi QCVN 01:2021/BXD về quy hoạch xây dựng; QCVN về hệ thống công trình hạ tầng kỹ thuật).",
                   "Đang xây dựng dự thảo Quy chế quản lý kiến trúc kèm quy định kỹ thuật địa phương về chiều cao, khoảng lùi công trình; dự kiến trình Ủy ban nhân dân Thành phố trong Quý I/2027."],
             status="Đang thực hiện.", kn="không."),
        dict(sector="Lĩnh vực cải cách hành chính",
             body=["Sở duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, cập nhật 09 quy trình giải quyết thủ tục hành chính."],
             status="Hoàn thành.", kn="không."),
        dict(sector="Lĩnh vực dữ liệu, thông tin",
             body=["Việc kết nối cơ sở dữ liệu về quy chuẩn, tiêu chuẩn với hệ thống dữ liệu của Sở chưa triển khai do chưa có hướng dẫn kỹ thuật kết nối."],
             status="Chưa thực hiện.",
             kn="đề nghị Sở Khoa học và Công nghệ ban hành hướng dẫn kỹ thuật kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng."),
        dict(sector="Lĩnh vực tổ chức cán bộ",
             body=["Cử 08 công chức tham gia hội thảo, tập huấn về quy chuẩn kỹ thuật quốc gia mới ban hành."],
             status="Hoàn thành.", kn="không."),
        dict(sector="Lĩnh vực kiểm tra",
             body=["Nhiệm vụ kiểm tra chất lượng sản phẩm, hàng hóa không thuộc chức năng của Sở; trong kỳ không phát sinh."],
             status="Không phát sinh.", kn="không."),
    ]
    sectors = dict(chidao="Sở Quy hoạch - Kiến trúc triển khai các nội dung có liên quan trong phạm vi chức năng, nhiệm vụ của Sở sau khi được tái thành lập từ ngày 01/10/2025.", items=items)
    diffs = ["Sở mới được tái thành lập, nhân sự còn thiếu, chưa bố trí công chức theo dõi riêng lĩnh vực tiêu chuẩn, quy chuẩn."]
    h4_report(f, [("ỦY BAN NHÂN DÂN", False), ("THÀNH PHỐ HỒ CHÍ MINH", False), ("SỞ QUY HOẠCH - KIẾN TRÚC", True)],
              "Số: 702/BC-SQHKT", "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
              "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
              "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.",
              ["Sở Quy hoạch - Kiến trúc báo cáo như sau:"],
              sectors, diffs, (["GIÁM ĐỐC"], "Nguyễn Thanh Nhã", "VP"))
    key(f, "SO-QHKT", "Sở Quy hoạch - Kiến trúc", "702/BC-SQHKT", "2026-10-28", [
        ("II.2.e", "in_progress", {"standards_reviewed": 2}, " ".join(items[0]["body"])),
        ("II.2.đ", "completed", {}, items[1]["body"][0]),
        ("II.2.i", "not_started", {}, items[2]["body"][0]),
        ("II.3.a", "completed", {"participants": 8}, items[3]["body"][0]),
        ("II.5.a", "not_applicable", {}, items[4]["body"][0]),
    ], diffs, ["Đề nghị Sở Khoa học và Công nghệ ban hành hướng dẫn kỹ thuật kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng."])

    # ---- Sở Văn hóa và Thể thao
    f = "svhtt-bao-cao-tieu-chuan-do-luong-chat-luong.docx"
    items = [
        dict(sector="Lĩnh vực báo chí, tuyên truyền",
             body=["Chỉ đạo các cơ quan báo chí, đài phát thanh – truyền hình đăng, phát 48 tin, bài, phóng sự về vai trò của công tác tiêu chuẩn, đo lường, chất lượng và Ngày Tiêu chuẩn Thế giới 14/10.",
                   "Phối hợp phát sóng 03 phóng sự giới thiệu doanh nghiệp đạt Giải thưởng Chất lượng Quốc gia, vận động doanh nghiệp tham dự giải thưởng."],
             status="Hoàn thành.", kn="không."),
        dict(sector="Lĩnh vực thể dục, thể thao",
             body=["Phối hợp kiểm tra chất lượng, nhãn hàng hóa dụng cụ thể thao: 02 cuộc tại 17 cơ sở kinh doanh; 02 cơ sở vi phạm về ghi nhãn, đã xử phạt, nộp ngân sách 9 triệu đồng.",
                   "Góp ý 02 dự thảo TCVN về thiết bị tập luyện thể thao ngoài trời."],
             status="Đang thực hiện đối với công tác kiểm tra; đã hoàn thành việc góp ý dự thảo tiêu chuẩn.",
             kn="đề nghị Sở Khoa học và Công nghệ phối hợp lấy mẫu thử nghiệm một số dụng cụ thể thao nhập khẩu có dấu hiệu kém chất lượng."),
        dict(sector="Lĩnh vực tổ chức cán bộ",
             body=["Cử 05 công chức tham gia tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng."],
             status="Hoàn thành.", kn="không."),
    ]
    sectors = dict(chidao="Sở Văn hóa và Thể thao đã có văn bản định hướng tuyên truyền gửi các cơ quan báo chí, đồng thời giao Phòng Quản lý Thể dục thể thao phối hợp các nội dung liên quan.", items=items)
    diffs = ["Kinh phí sản xuất phóng sự chuyên đề chưa được bố trí riêng, phải lồng ghép với các chương trình tuyên truyền khác."]
    h4_report(f, [("ỦY BAN NHÂN DÂN", False), ("THÀNH PHỐ HỒ CHÍ MINH", False), ("SỞ VĂN HÓA VÀ THỂ THAO", True)],
              "Số: 4480/BC-SVHTT", "Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026",
              "Kết quả phối hợp thực hiện Chỉ thị số 38-CT/TW năm 2026",
              "Kính gửi: Sở Khoa học và Công nghệ.",
              ["Thực hiện đề nghị của Sở Khoa học và Công nghệ, Sở Văn hóa và Thể thao báo cáo kết quả như sau:"],
              sectors, diffs, (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Nguyễn Ngọc Hồi", "QLBC"))
    key(f, "SO-VHTT", "Sở Văn hóa và Thể thao", "4480/BC-SVHTT", "2026-10-31", [
        ("II.1.a", "completed", {"communications": 48}, items[0]["body"][0]),
        ("II.1.b", "completed", {"communications": 3}, items[0]["body"][1]),
        ("II.5.a", "in_progress", {"inspections": 2, "establishments_inspected": 17, "violations": 2, "fines_vnd": 9000000}, items[1]["body"][0]),
        ("II.2.e", "completed", {"standards_reviewed": 2}, items[1]["body"][1]),
        ("II.3.a", "completed", {"participants": 5}, items[2]["body"][0]),
    ], diffs, ["Đề nghị Sở Khoa học và Công nghệ phối hợp lấy mẫu thử nghiệm một số dụng cụ thể thao nhập khẩu có dấu hiệu kém chất lượng."])

    # ---- Sở Du lịch: MISTAKEN (chuyển đổi số report)
    f = "SDL-bao-cao-thang-10.docx"
    items = [
        dict(sector="Hạ tầng số và dữ liệu du lịch",
             body=["Hoàn thành nâng cấp Cơ sở dữ liệu du lịch Thành phố, tích hợp 2.860 cơ sở lưu trú và 1.120 doanh nghiệp lữ hành; kết nối với Hệ tri thức Việt số hóa."],
             status="Hoàn thành.", kn="không."),
        dict(sector="Dịch vụ công trực tuyến",
             body=["100% thủ tục hành chính lĩnh vực du lịch được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ nộp trực tuyến đạt 91,4%."],
             status="Đang thực hiện.", kn="đề nghị Trung tâm Chuyển đổi số Thành phố hỗ trợ đồng bộ dữ liệu hồ sơ với Cổng Dịch vụ công quốc gia."),
        dict(sector="Du lịch thông minh",
             body=["Triển khai ứng dụng Thuyết minh tự động tại 12 điểm tham quan; phát hành bản đồ số du lịch với 35.000 lượt tải."],
             status="Đang thực hiện.", kn="không."),
    ]
    sectors = dict(chidao="Thực hiện Kế hoạch chuyển đổi số ngành du lịch Thành phố năm 2026, Sở Du lịch báo cáo kết quả tháng 10/2026 như sau.", items=items)
    h4_report(f, [("ỦY BAN NHÂN DÂN", False), ("THÀNH PHỐ HỒ CHÍ MINH", False), ("SỞ DU LỊCH", True)],
              "Số: 2291/BC-SDL", "Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026",
              "Kết quả thực hiện chuyển đổi số ngành du lịch tháng 10 năm 2026",
              "Kính gửi: Sở Khoa học và Công nghệ.",
              [], sectors, ["Nguồn nhân lực công nghệ thông tin của Sở còn thiếu."],
              (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Lê Trương Hiền Hòa", "VP"))
    key(f, "SO-DL", "Sở Du lịch", "2291/BC-SDL", "2026-10-26", [], [], [], status="rejected",
        reason="Báo cáo về chuyển đổi số ngành du lịch, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")


# ================================================================== XLSX helpers
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def put(ws, r, c, v, bold=False, italic=False, border=True, align=WRAP, fmt=None, fill=None, size=11):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name="Times New Roman", bold=bold, italic=italic, size=size)
    cell.alignment = align
    if border:
        cell.border = BOX
    if fmt:
        cell.number_format = fmt
    if fill:
        cell.fill = PatternFill("solid", fgColor=fill)
    return cell


# ================================================================== HAND 2: Bảo (product-group biểu with "Quy chuẩn áp dụng")

H2_COLS = ["STT", "Nội dung công việc / nhóm sản phẩm", "Quy chuẩn áp dụng", "Số cuộc", "Số cơ sở", "Số cơ sở vi phạm",
           "Tiền phạt (đồng)", "Số mẫu", "Số lượng khác", "Đánh giá tiến độ"]


def h2_book(fname, unit_upper, number_line, title, date_cell, blocks, kk, kn, signer, sheet="Bieu02"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    widths = [6, 46, 22, 9, 9, 10, 15, 9, 22, 20]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    put(ws, 1, 1, "UBND THÀNH PHỐ HỒ CHÍ MINH", border=False, align=Alignment(horizontal="left"))
    put(ws, 2, 1, unit_upper, bold=True, border=False, align=Alignment(horizontal="left"))
    put(ws, 1, 7, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, border=False, align=Alignment(horizontal="left"))
    put(ws, 2, 7, "Độc lập - Tự do - Hạnh phúc", bold=True, border=False, align=Alignment(horizontal="left"))
    if number_line:
        put(ws, 3, 1, number_line, border=False, align=Alignment(horizontal="left"))
    put(ws, 3, 7, date_cell, italic=True, border=False, align=Alignment(horizontal="left"))
    ws.merge_cells("A5:J5")
    put(ws, 5, 1, title, bold=True, border=False, align=CENTER, size=13)
    ws.row_dimensions[5].height = 36
    r = 7
    for c, h in enumerate(H2_COLS, 1):
        put(ws, r, c, h, bold=True, align=CENTER, fill="D9E1F2")
    r += 1
    for c in range(1, 11):
        put(ws, r, c, f"({c})", italic=True, align=CENTER)
    r += 1
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
    for bi, b in enumerate(blocks):
        start = r
        put(ws, r, 1, roman[bi], bold=True, align=CENTER)
        put(ws, r, 2, b["title"], bold=True)
        for c in range(3, 10):
            put(ws, r, c, None)
        r += 1
        for k, row in enumerate(b.get("rows", []), 1):
            put(ws, r, 1, k, align=CENTER)
            put(ws, r, 2, row[0])
            put(ws, r, 3, row[1])
            for c, v in zip(range(4, 10), row[2:]):
                put(ws, r, c, v, fmt="#,##0" if isinstance(v, int) else None, align=CENTER if c < 9 else WRAP)
            r += 1
        if b.get("total"):
            put(ws, r, 1, None)
            put(ws, r, 2, "Cộng " + roman[bi], bold=True, italic=True)
            put(ws, r, 3, None)
            for c, v in zip(range(4, 10), b["total"]):
                put(ws, r, c, v, bold=True, fmt="#,##0" if isinstance(v, int) else None, align=CENTER if c < 9 else WRAP)
            r += 1
        ws.merge_cells(start_row=start, start_column=10, end_row=r - 1, end_column=10)
        put(ws, start, 10, b["status"], align=CENTER)
        for rr in range(start + 1, r):
            ws.cell(row=rr, column=10).border = BOX
    r += 1
    put(ws, r, 1, "Khó khăn, vướng mắc:", bold=True, border=False, align=Alignment(horizontal="left"))
    r += 1
    for x in kk:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
        put(ws, r, 1, "-", border=False, align=Alignment(horizontal="right", vertical="top"))
        put(ws, r, 2, x, border=False)
        r += 1
    put(ws, r, 1, "Kiến nghị:", bold=True, border=False, align=Alignment(horizontal="left"))
    r += 1
    for x in kn:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
        put(ws, r, 1, "-", border=False, align=Alignment(horizontal="right", vertical="top"))
        put(ws, r, 2, x, border=False)
        r += 1
    r += 1
    put(ws, r, 2, "NGƯỜI LẬP BIỂU", bold=True, border=False, align=CENTER)
    put(ws, r, 7, signer[0], bold=True, border=False, align=Alignment(horizontal="left"))
    put(ws, r + 4, 2, signer[1], bold=True, border=False, align=CENTER)
    put(ws, r + 4, 7, signer[2], bold=True, border=False, align=Alignment(horizontal="left"))
    ws.freeze_panes = "C9"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(HERE, fname))


def gen_h2():
    # ---- Sở Nông nghiệp và Môi trường (no "Số:" on the biểu)
    f = "Bieu02_SoNNMT_CT38_2026.xlsx"
    blocks = [
        dict(title="Kiểm tra chất lượng vật tư nông nghiệp lưu thông trên thị trường", status="Đang triển khai",
             rows=[["Phân bón", "QCVN 01-189:2019/BNNPTNT", 4, 52, 6, 96000000, None, None],
                   ["Thuốc bảo vệ thực vật", "—", 3, 40, 3, 37500000, None, None],
                   ["Thức ăn chăn nuôi", "QCVN 01-190:2020/BNNPTNT", 2, 28, 1, 15000000, None, None],
                   ["Giống cây trồng", "—", 1, 12, 0, 0, None, None]],
             total=[10, 132, 10, 148500000, None, None]),
        dict(title="Lấy mẫu kiểm tra, khảo sát chất lượng vật tư nông nghiệp", status="Hoàn thành",
             rows=[["Phân bón", "QCVN 01-189:2019/BNNPTNT", None, None, None, None, 60, None],
                   ["Thức ăn chăn nuôi", "QCVN 01-190:2020/BNNPTNT", None, None, None, None, 35, None]],
             total=[None, None, None, None, 95, None]),
        dict(title="Góp ý dự thảo quy chuẩn kỹ thuật quốc gia", status="Hoàn thành",
             rows=[["Dự thảo QCVN về chất lượng phân bón (sửa đổi)", "—", None, None, None, None, None, "02 dự thảo"],
                   ["Dự thảo QCVN về thức ăn chăn nuôi", "—", None, None, None, None, None, "01 dự thảo"]],
             total=[None, None, None, None, None, "03 dự thảo"]),
        dict(title="Hướng dẫn tổ chức, cá nhân công bố hợp quy phân bón, thức ăn chăn nuôi", status="Đang triển khai",
             rows=[["Hướng dẫn hồ sơ công bố hợp quy", "—", None, None, None, None, None, "26 doanh nghiệp"]]),
        dict(title="Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng với CSDL ngành nông nghiệp", status="Chưa triển khai", rows=[]),
        dict(title="Cập nhật điều ước, thỏa thuận quốc tế về TBT/SPS liên quan nông sản", status="Không phát sinh", rows=[]),
    ]
    kk = ["Một số quyết định xử phạt đang trong thời hạn khiếu nại nên chưa thu được tiền phạt.",
          "Chưa có phòng thử nghiệm được chỉ định cho một số chỉ tiêu của thuốc bảo vệ thực vật tại Thành phố."]
    kn = ["Đề nghị Sở Khoa học và Công nghệ sớm hướng dẫn cách thức kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng cho các sở, ngành."]
    h2_book(f, "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", None,
            "BIỂU SỐ 02 – KẾT QUẢ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026 (theo Kế hoạch triển khai Chỉ thị 38-CT/TW)",
            "TP. Hồ Chí Minh, ngày 26 tháng 10 năm 2026", blocks, kk, kn,
            ("KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC", "Đỗ Minh Tâm", "Nguyễn Văn Cảnh"))
    key(f, "SO-NNMT", "Sở Nông nghiệp và Môi trường", None, "2026-10-26", [
        ("II.5.a", "in_progress", {"inspections": 10, "establishments_inspected": 132, "violations": 10, "fines_vnd": 148500000}, blocks[0]["title"]),
        ("II.5.b", "completed", {"samples_tested": 95}, blocks[1]["title"]),
        ("II.2.e", "completed", {"standards_reviewed": 3}, blocks[2]["title"]),
        ("II.2.d", "in_progress", {"enterprises_supported": 26}, blocks[3]["title"]),
        ("II.2.i", "not_started", {}, blocks[4]["title"]),
        ("II.6.a", "not_applicable", {}, blocks[5]["title"]),
    ], kk, kn)

    # ---- Sở Xây dựng
    f = "SXD-bieu-KQ-CT38-10thang.xlsx"
    blocks = [
        dict(title="Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường", status="Đang thực hiện",
             rows=[["Xi măng", "QCVN 16:2023/BXD", 2, 15, 1, 20000000, None, None],
                   ["Thép làm cốt bê tông", "QCVN 16:2023/BXD", 2, 18, 2, 45000000, None, None],
                   ["Kính xây dựng", "QCVN 16:2023/BXD", 1, 9, 0, 0, None, None],
                   ["Gạch ốp lát", "QCVN 16:2023/BXD", 1, 11, 1, 12500000, None, None]],
             total=[6, 53, 4, 77500000, None, None]),
        dict(title="Lấy mẫu thử nghiệm vật liệu xây dựng", status="Hoàn thành",
             rows=[["Xi măng", "TCVN 6260:2020", None, None, None, None, 12, None],
                   ["Thép làm cốt bê tông", "TCVN 1651:2018", None, None, None, None, 20, None],
                   ["Gạch ốp lát", "TCVN 7745:2007", None, None, None, None, 16, None]],
             total=[None, None, None, None, 48, None]),
        dict(title="Góp ý dự thảo QCVN, TCVN lĩnh vực vật liệu xây dựng", status="Hoàn thành",
             rows=[["Dự thảo sửa đổi QCVN 16:2023/BXD", "—", None, None, None, None, None, "01 dự thảo"],
                   ["Dự thảo TCVN về vật liệu xây dựng", "—", None, None, None, None, None, "04 dự thảo"]],
             total=[None, None, None, None, None, "05 dự thảo"]),
        dict(title="Phổ biến QCVN 16:2023/BXD cho doanh nghiệp sản xuất, kinh doanh vật liệu xây dựng", status="Hoàn thành",
             rows=[["Hội nghị phổ biến", "QCVN 16:2023/BXD", None, None, None, None, None, "02 lớp; 180 người"]]),
        dict(title="Duy trì Hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở", status="Hoàn thành", rows=[]),
    ]
    kk = ["Nhiều cửa hàng kinh doanh vật liệu xây dựng nhỏ lẻ không lưu giữ giấy chứng nhận hợp quy của lô hàng."]
    kn = ["Đề nghị Sở Khoa học và Công nghệ phối hợp thông tin danh sách tổ chức chứng nhận hợp quy vật liệu xây dựng đã đăng ký hoạt động.",
          "Đề nghị bố trí kinh phí lấy mẫu thử nghiệm vật liệu xây dựng năm 2027."]
    h2_book(f, "SỞ XÂY DỰNG", "Số: 1875/BC-SXD",
            "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW – 10 THÁNG NĂM 2026\n(Kèm theo Báo cáo số 1875/BC-SXD)",
            "Thành phố Hồ Chí Minh, ngày 22 tháng 10 năm 2026", blocks, kk, kn,
            ("KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC", "Phan Thị Thu Hà", "Huỳnh Thanh Khiết"), sheet="BieuKQ")
    key(f, "SO-XD", "Sở Xây dựng", "1875/BC-SXD", "2026-10-22", [
        ("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 53, "violations": 4, "fines_vnd": 77500000}, blocks[0]["title"]),
        ("II.5.b", "completed", {"samples_tested": 48}, blocks[1]["title"]),
        ("II.2.e", "completed", {"standards_reviewed": 5}, blocks[2]["title"]),
        ("II.1.a", "completed", {"training_courses": 2, "participants": 180}, blocks[3]["title"]),
        ("II.2.đ", "completed", {}, blocks[4]["title"]),
    ], kk, kn)

    # ---- Sở Dân tộc và Tôn giáo: MISTAKEN (giảm nghèo)
    f = "Bieu02_SDTTG_2026.xlsx"
    blocks = [
        dict(title="Hỗ trợ hộ nghèo, hộ cận nghèo đồng bào dân tộc thiểu số", status="Đang triển khai",
             rows=[["Hỗ trợ vay vốn sản xuất", "—", None, None, None, None, None, "146 hộ"],
                   ["Hỗ trợ học nghề", "—", None, None, None, None, None, "58 người"]]),
        dict(title="Hỗ trợ nhà ở cho hộ nghèo dân tộc thiểu số", status="Hoàn thành",
             rows=[["Xây mới, sửa chữa nhà", "—", None, None, None, None, None, "21 căn"]]),
        dict(title="Tuyên truyền chính sách giảm nghèo bền vững", status="Hoàn thành",
             rows=[["Hội nghị tuyên truyền", "—", None, None, None, None, None, "07 hội nghị"]]),
    ]
    h2_book(f, "SỞ DÂN TỘC VÀ TÔN GIÁO", "Số: 388/BC-SDTTG",
            "BIỂU SỐ 02 – KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ NĂM 2026",
            "TP. Hồ Chí Minh, ngày 20 tháng 10 năm 2026", blocks,
            ["Một số hộ thoát nghèo nhưng chưa bền vững."], ["Đề nghị tiếp tục bố trí vốn hỗ trợ sinh kế."],
            ("KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC", "Trần Thị Mai", "Lâm Văn Ơn"))
    key(f, "SO-DTTG", "Sở Dân tộc và Tôn giáo", "388/BC-SDTTG", "2026-10-20", [], [], [], status="rejected",
        reason="Biểu kết quả Chương trình mục tiêu quốc gia giảm nghèo bền vững, không phải báo cáo Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")


# ================================================================== HAND 3: Hương (budget-classification biểu)

H3_COLS = ["STT", "Nội dung nhiệm vụ", "Chương", "Loại - Khoản", "Mục - Tiểu mục", "Dự toán giao (đồng)",
           "Thực hiện đến 30/9/2026 (đồng)", "Tỷ lệ TH (%)", "Kết quả khác (số lượng)", "Tình trạng nhiệm vụ"]


def h3_book(fname, parent, unit_upper, number, date_cell, title, rows, kk, kn, signer, sheet="TH_KP_NV"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    widths = [5, 48, 8, 10, 11, 17, 17, 9, 30, 20]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    put(ws, 1, 1, parent, border=False, align=Alignment(horizontal="left"))
    put(ws, 2, 1, unit_upper, bold=True, border=False, align=Alignment(horizontal="left"))
    put(ws, 3, 1, "Mã ĐVQHNS: " + signer[3], border=False, align=Alignment(horizontal="left"), italic=True)
    put(ws, 1, 8, "Mẫu theo dõi nội bộ TC-03", italic=True, border=False, align=Alignment(horizontal="left"))
    if number:
        put(ws, 4, 1, "Số: " + number, border=False, align=Alignment(horizontal="left"))
    put(ws, 4, 8, date_cell, italic=True, border=False, align=Alignment(horizontal="left"))
    ws.merge_cells("A6:J6")
    put(ws, 6, 1, title, bold=True, border=False, align=CENTER, size=13)
    ws.row_dimensions[6].height = 34
    put(ws, 7, 10, "Đơn vị tính: đồng", italic=True, border=False, align=Alignment(horizontal="right"))
    r = 8
    for c, h in enumerate(H3_COLS, 1):
        put(ws, r, c, h, bold=True, align=CENTER, fill="FFF2CC")
    r += 1
    first = r
    for i, row in enumerate(rows, 1):
        put(ws, r, 1, i, align=CENTER)
        put(ws, r, 2, row["nd"])
        put(ws, r, 3, row.get("ch"), align=CENTER)
        put(ws, r, 4, row.get("lk"), align=CENTER)
        put(ws, r, 5, row.get("mtm"), align=CENTER)
        put(ws, r, 6, row.get("dt"), fmt="#,##0")
        put(ws, r, 7, row.get("th"), fmt="#,##0")
        if row.get("dt") and row.get("th") is not None:
            put(ws, r, 8, f"=ROUND(G{r}/F{r}*100,1)", fmt="0.0", align=CENTER)
        else:
            put(ws, r, 8, None)
        put(ws, r, 9, row.get("kq"))
        put(ws, r, 10, row["tt"], align=CENTER)
        r += 1
    put(ws, r, 2, "Cộng", bold=True, align=CENTER)
    for c in (1, 3, 4, 5, 8, 9, 10):
        put(ws, r, c, None)
    put(ws, r, 6, f"=SUM(F{first}:F{r-1})", bold=True, fmt="#,##0")
    put(ws, r, 7, f"=SUM(G{first}:G{r-1})", bold=True, fmt="#,##0")
    r += 2
    put(ws, r, 1, "Thuyết minh:", bold=True, border=False, align=Alignment(horizontal="left"))
    r += 1
    put(ws, r, 2, "a) Khó khăn:", italic=True, border=False)
    r += 1
    for x in kk:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
        put(ws, r, 2, "+ " + x, border=False)
        r += 1
    put(ws, r, 2, "b) Kiến nghị:", italic=True, border=False)
    r += 1
    for x in kn:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
        put(ws, r, 2, "+ " + x, border=False)
        r += 1
    r += 1
    put(ws, r, 2, "Người lập", bold=True, border=False, align=CENTER)
    put(ws, r, 5, "Kế toán trưởng / Phụ trách kế toán", bold=True, border=False, align=CENTER)
    put(ws, r, 9, signer[0], bold=True, border=False, align=CENTER)
    put(ws, r + 4, 2, signer[4], bold=True, border=False, align=CENTER)
    put(ws, r + 4, 5, signer[5], bold=True, border=False, align=CENTER)
    put(ws, r + 4, 9, signer[1], bold=True, border=False, align=CENTER)
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(HERE, fname))


def gen_h3():
    # ---- Sở Tài chính
    f = "STC_theo-doi-KP-nhiem-vu-CT38.xlsx"
    rows = [
        dict(nd="Bố trí, giải ngân vốn đầu tư trang thiết bị cho đơn vị sự nghiệp công lập thuộc Sở Khoa học và Công nghệ", ch="417", lk="100-101", mtm="9050-9062",
             dt=12600000000, th=7845000000, kq="Đã cấp phát theo tiến độ gói thầu", tt="Đang thực hiện"),
        dict(nd="Kinh phí bảo trì, kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ (Nghị định 135/2021/NĐ-CP)", ch="417", lk="100-101", mtm="6900-6912",
             dt=850000000, th=612300000, kq=None, tt="Đang thực hiện"),
        dict(nd="Góp ý dự thảo văn bản hướng dẫn Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (nội dung phí, lệ phí)", kq="Đã có văn bản góp ý", tt="Đã thực hiện xong"),
        dict(nd="Duy trì Hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở Tài chính", kq="Đã đánh giá nội bộ, công bố lại", tt="Đã thực hiện xong"),
        dict(nd="Cử công chức tham gia tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng", kq="06 công chức", tt="Đã thực hiện xong"),
    ]
    kk = ["Một số gói thầu mua sắm thiết bị chậm hoàn thiện hồ sơ thanh toán nên tỷ lệ giải ngân đến 30/9/2026 chưa đạt yêu cầu."]
    kn = ["Đề nghị Sở Khoa học và Công nghệ chỉ đạo đơn vị sự nghiệp hoàn thiện hồ sơ thanh toán trước ngày 15/12/2026 để giải ngân hết dự toán."]
    h3_book(f, "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ TÀI CHÍNH", "3902/BC-STC", "TP.HCM, ngày 19 tháng 10 năm 2026",
            "TÌNH HÌNH BỐ TRÍ, GIẢI NGÂN KINH PHÍ VÀ THỰC HIỆN NHIỆM VỤ THEO KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
            rows, kk, kn, ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Hoàng Hải", None, "1061287", "Lê Thị Kim Hương", "Võ Văn Tài"))
    key(f, "SO-TC", "Sở Tài chính", "3902/BC-STC", "2026-10-19", [
        ("II.4.a", "in_progress", {"budget_spent_vnd": 7845000000}, rows[0]["nd"]),
        ("II.4.b", "in_progress", {"budget_spent_vnd": 612300000}, rows[1]["nd"]),
        ("II.2.c", "completed", {}, rows[2]["nd"]),
        ("II.2.đ", "completed", {}, rows[3]["nd"]),
        ("II.3.a", "completed", {"participants": 6}, rows[4]["nd"] + ": 06 công chức"),
    ], kk, kn)

    # ---- Văn phòng Sở KH&CN (internal)
    f = "VPS_KP-nhiem-vu-KH38_2026.xlsx"
    rows = [
        dict(nd="Mua sắm tài sản, thiết bị cho Trung tâm Dịch vụ Phân tích thí nghiệm (phối hợp)", ch="417", lk="100-101", mtm="9050-9062",
             dt=1750000000, th=1280000000, kq="Đã ký 02 hợp đồng, nghiệm thu 01 hợp đồng", tt="Đang thực hiện"),
        dict(nd="Duy trì, cải tiến HTQLCL TCVN ISO 9001:2015 tại Sở (phối hợp Chi cục)", ch="417", lk="340-341", mtm="7000-7049",
             dt=65000000, th=58500000, kq="Đánh giá nội bộ 14 phòng, đơn vị", tt="Đã thực hiện xong"),
        dict(nd="Phối hợp kết nối Hệ thống thông tin giải quyết TTHC với Cổng một cửa quốc gia", kq=None, tt="Đã thực hiện xong"),
        dict(nd="Tuyên truyền trên Cổng thông tin điện tử Sở về tiêu chuẩn, đo lường, chất lượng", ch="417", lk="100-101", mtm="6650-6699",
             dt=30000000, th=21000000, kq="14 tin, bài", tt="Đã thực hiện xong"),
        dict(nd="Khen thưởng tập thể, cá nhân có thành tích trong công tác tiêu chuẩn, đo lường, chất lượng", kq="Đang tổng hợp hồ sơ đề nghị", tt="Đang thực hiện"),
        dict(nd="Kết nối, chia sẻ cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng (phối hợp)", kq=None, tt="Chưa thực hiện"),
    ]
    kk = ["Định mức chi cho công tác đánh giá nội bộ HTQLCL chưa được quy định cụ thể."]
    kn = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng chủ trì xây dựng dự toán chung cho việc kết nối cơ sở dữ liệu quốc gia năm 2027."]
    h3_book(f, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "VĂN PHÒNG SỞ", None, "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
            "TÌNH HÌNH THỰC HIỆN KINH PHÍ VÀ NHIỆM VỤ PHỐI HỢP – KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
            rows, kk, kn, ("CHÁNH VĂN PHÒNG", "Đặng Thị Thu Trang", None, "1118405", "Phạm Ngọc Hân", "Trương Mỹ Lệ"), sheet="KP-NV")
    key(f, "SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ", None, "2026-10-28", [
        ("II.4.a", "in_progress", {"budget_spent_vnd": 1280000000}, rows[0]["nd"]),
        ("II.2.đ", "completed", {"budget_spent_vnd": 58500000}, rows[1]["nd"]),
        ("II.2.h", "completed", {}, rows[2]["nd"]),
        ("II.1.a", "completed", {"communications": 14, "budget_spent_vnd": 21000000}, rows[3]["nd"] + ": 14 tin, bài"),
        ("II.5.d", "in_progress", {}, rows[4]["nd"]),
        ("II.2.i", "not_started", {}, rows[5]["nd"]),
    ], kk, kn)

    # ---- Sở Nội vụ
    f = "SNV-bieu-CT38-2026.xlsx"
    rows = [
        dict(nd="Bồi dưỡng kiến thức quản lý nhà nước cho công chức (lồng ghép chuyên đề tiêu chuẩn, đo lường, chất lượng)", ch="422", lk="340-341", mtm="6750-6757",
             dt=220000000, th=185400000, kq="02 lớp; 260 học viên", tt="Đã thực hiện xong"),
        dict(nd="Thu hút chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng theo Nghị quyết 27/2023/NQ-HĐND", ch="422", lk="340-341", mtm="6000-6001",
             dt=720000000, th=540000000, kq="Thẩm định hồ sơ 03 chuyên gia", tt="Đang thực hiện"),
        dict(nd="Kiểm tra cải cách hành chính, trong đó có việc duy trì ISO 9001 tại các cơ quan hành chính", kq="04 đoàn kiểm tra", tt="Đang thực hiện"),
        dict(nd="Nâng cao năng suất khu vực công (phối hợp APO)", kq="Chờ hướng dẫn của Bộ", tt="Chưa thực hiện"),
    ]
    kk = ["Đối tượng chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng đáp ứng điều kiện thu hút còn ít."]
    kn = ["Đề nghị Sở Khoa học và Công nghệ đề xuất danh mục vị trí cần thu hút chuyên gia năm 2027."]
    h3_book(f, "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ NỘI VỤ", "2754/BC-SNV", "TP. Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
            "KẾT QUẢ THỰC HIỆN NHIỆM VỤ VÀ KINH PHÍ LIÊN QUAN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
            rows, kk, kn, ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Trương Văn Lắm", None, "1049630", "Ngô Thị Hồng", "Lý Thanh Phong"), sheet="Bieu")
    key(f, "SO-NV", "Sở Nội vụ", "2754/BC-SNV", "2026-10-30", [
        ("II.3.a", "completed", {"training_courses": 2, "participants": 260, "budget_spent_vnd": 185400000}, rows[0]["nd"] + ": 02 lớp; 260 học viên"),
        ("II.3.c", "in_progress", {"budget_spent_vnd": 540000000}, rows[1]["nd"]),
        ("II.2.đ", "in_progress", {"inspections": 4}, rows[2]["nd"] + ": 04 đoàn kiểm tra"),
        ("II.6.b", "not_started", {}, rows[3]["nd"]),
    ], kk, kn)

    # ---- Văn phòng UBND Thành phố
    f = "VPUB_bieu-theo-doi-CT38.xlsx"
    rows = [
        dict(nd="Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015 tại Văn phòng UBND Thành phố", ch="401", lk="340-341", mtm="7000-7049",
             dt=120000000, th=96000000, kq="Cập nhật 37 quy trình", tt="Đã thực hiện xong"),
        dict(nd="Liên thông thủ tục hành chính lĩnh vực tiêu chuẩn, đo lường, chất lượng trên Cổng Dịch vụ công Thành phố", kq="15 thủ tục được liên thông", tt="Đã thực hiện xong"),
        dict(nd="Cử công chức dự tập huấn về tiêu chuẩn, đo lường, chất lượng", kq="03 công chức", tt="Đã thực hiện xong"),
        dict(nd="Phối hợp UBND phường, xã thực hiện nội dung phân quyền về tiêu chuẩn, đo lường, chất lượng", kq=None, tt="Không phát sinh"),
    ]
    kk = ["Không."]
    kn = ["Đề nghị Sở Khoa học và Công nghệ cập nhật kịp thời danh mục thủ tục hành chính lĩnh vực tiêu chuẩn, đo lường, chất lượng khi Bộ công bố mới."]
    h3_book(f, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "VĂN PHÒNG", "618/BC-VP", "Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026",
            "BIỂU THEO DÕI KINH PHÍ VÀ NHIỆM VỤ – KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
            rows, kk, kn, ("KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG", "Võ Ngọc Quốc Thuận", None, "1022018", "Huỳnh Thị Ngọc Hân", "Đinh Văn Bảy"), sheet="TD")
    key(f, "VP-UBND", "Văn phòng Ủy ban nhân dân Thành phố", "618/BC-VP", "2026-11-02", [
        ("II.2.đ", "completed", {"budget_spent_vnd": 96000000}, rows[0]["nd"]),
        ("II.2.h", "completed", {}, rows[1]["nd"]),
        ("II.3.a", "completed", {"participants": 3}, rows[2]["nd"] + ": 03 công chức"),
        ("II.5.c", "not_applicable", {}, rows[3]["nd"]),
    ], [], kn)


if __name__ == "__main__":
    gen_h1(); gen_h4(); gen_h2(); gen_h3()
    for fn, k in KEYS.items():
        with open(os.path.join(TRUTH, fn + ".json"), "w", encoding="utf-8") as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)
    print(len(KEYS), "files")
