# -*- coding: utf-8 -*-
"""Generator for set100: city departments and city-level public bodies (5 hands).
Writes the files into set100/ and the keys into set100/truth/ (sha256 filled by finish.py)."""
import json, os, datetime
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, rejected=None):
    KEYS[fname] = {
        "file": fname, "sha256": None,
        "status": "rejected" if rejected else "extracted",
        "reason": rejected,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": [] if rejected else [
            {"task": t, "status": s, "indicators": ind, "text": tx} for (t, s, ind, tx) in entries],
        "findings": [],
        "difficulties": [] if rejected else diffs,
        "proposals": [] if rejected else props,
    }


# ------------------------------------------------------------------ docx helpers
def new_doc(font="Times New Roman", size=13, landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    return d


def para(d, text="", bold=False, italic=False, align=None, size=None, indent=True, underline=False, space_after=4):
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
    p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(d, parts, align="j", indent=True):
    """parts: list of (text, fmt) with fmt in '', 'b', 'i', 'bi', 'u', 'iu'"""
    p = d.add_paragraph()
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = "b" in fmt
        r.italic = "i" in fmt
        r.underline = "u" in fmt
    if align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(4)
    return p


def cell_text(cell, text, bold=False, italic=False, align=None, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def header_block(d, left, right, size=13):
    t = d.add_table(rows=len(max(left, right, key=len)), cols=2)
    for i in range(len(t.rows)):
        l = left[i] if i < len(left) else ("", False, False)
        r = right[i] if i < len(right) else ("", False, False)
        cell_text(t.cell(i, 0), l[0], bold=l[1], italic=l[2], align="c", size=size)
        cell_text(t.cell(i, 1), r[0], bold=r[1], italic=r[2], align="c", size=size)
    t.columns[0].width = Cm(6.5)
    t.columns[1].width = Cm(9.5)
    for row in t.rows:
        row.cells[0].width = Cm(6.5)
        row.cells[1].width = Cm(9.5)
    return t


def signature(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    c0.text = ""
    p = c0.paragraphs[0]
    for i, (tx, b, it) in enumerate(left_lines):
        if i:
            p = c0.add_paragraph()
        r = p.add_run(tx)
        r.bold, r.italic = b, it
        r.font.size = Pt(11 if i else 12)
    c1.text = ""
    p = c1.paragraphs[0]
    for i, (tx, b, it) in enumerate(right_lines):
        if i:
            p = c1.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(tx)
        r.bold, r.italic = b, it


def set_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    from docx.oxml import OxmlElement
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


# ================================================================== HAND 1
# Chị Ngọc, chuyên viên tổng hợp Văn phòng Sở: full narrative báo cáo, "2.x." items each closed
# by a plain status sentence, same-period 2025 comparisons in brackets, difficulties split
# "Nguyên nhân khách quan / chủ quan", proposals grouped by addressee ("Đối với …").

def h1_doc(fname, agency_up, agency, number, date_words, title, kinhgui, intro, trienkhai,
           items, danhgia, kq_khach, kq_chu, kien_nghi, signer, noinhan, heading2="II. KẾT QUẢ THỰC HIỆN"):
    d = new_doc()
    header_block(d, [("ỦY BAN NHÂN DÂN", False, False), ("THÀNH PHỐ HỒ CHÍ MINH", False, False),
                     (agency_up, True, False), ("", False, False), (f"Số: {number}", False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
                  ("Độc lập - Tự do - Hạnh phúc", True, False), ("", False, False), ("", False, False),
                  (f"Thành phố Hồ Chí Minh, {date_words}", False, True)])
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", size=14, space_after=0)
    for ln in title:
        para(d, ln, bold=True, align="c", space_after=0)
    para(d, "_______________", align="c")
    para(d, f"Kính gửi: {kinhgui}", align="c")
    para(d, intro, align="j")
    para(d, "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", bold=True)
    for t in trienkhai:
        para(d, t, align="j")
    para(d, heading2, bold=True)
    for i, (head, body, closing) in enumerate(items, 1):
        para(d, f"2.{i}. {head}", bold=True, italic=True)
        for b in body:
            para(d, b, align="j")
        if closing:
            para(d, closing, align="j")
    para(d, "III. ĐÁNH GIÁ CHUNG", bold=True)
    para(d, danhgia, align="j")
    para(d, "IV. KHÓ KHĂN, VƯỚNG MẮC VÀ NGUYÊN NHÂN", bold=True)
    para(d, "1. Nguyên nhân khách quan", italic=True)
    for t in kq_khach:
        para(d, "- " + t, align="j")
    para(d, "2. Nguyên nhân chủ quan", italic=True)
    for t in kq_chu:
        para(d, "- " + t, align="j")
    para(d, "V. KIẾN NGHỊ, ĐỀ XUẤT", bold=True)
    for i, (addr, lst) in enumerate(kien_nghi, 1):
        para(d, f"{i}. Đối với {addr}", italic=True)
        for t in lst:
            para(d, "- " + t, align="j")
    para(d, f"Trên đây là báo cáo kết quả thực hiện của {agency}./.", align="j")
    signature(d, [("Nơi nhận:", True, True)] + [("- " + n, False, False) for n in noinhan],
              [("KT. GIÁM ĐỐC", True, False), ("PHÓ GIÁM ĐỐC", True, False), ("", False, False),
               ("(Đã ký)", False, True), ("", False, False), (signer, True, False)])
    d.save(os.path.join(OUT, fname))


def hand1():
    # ---- 1. Sở Công Thương
    f = "sct-bc-ct38-9thang.docx"
    it = [
        ("Tuyên truyền, phổ biến quy định về tiêu chuẩn, đo lường, chất lượng cho doanh nghiệp",
         ["Sở phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 02 hội nghị phổ biến quy định về nhãn hàng hóa, "
          "công bố hợp quy và truy xuất nguồn gốc cho doanh nghiệp sản xuất, nhập khẩu với 286 đại biểu tham dự "
          "(cùng kỳ năm 2025: 01 hội nghị, 140 đại biểu); đăng tải 14 tin, bài trên Trang thông tin điện tử của Sở."],
         "Nội dung này Sở đã thực hiện xong."),
        ("Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
         ["Sở đã giới thiệu, hướng dẫn 06 doanh nghiệp ngành công nghiệp hỗ trợ, cơ khí chế tạo đăng ký tham dự "
          "Giải thưởng Chất lượng Quốc gia năm 2026; trong đó 02 doanh nghiệp đã nộp hồ sơ về Hội đồng sơ tuyển."],
         "Đến hết Quý II/2026 nội dung này đã hoàn thành."),
        ("Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công cụ nâng cao năng suất chất lượng",
         ["Thông qua Chương trình khuyến công và Chương trình phát triển công nghiệp hỗ trợ, Sở đã hỗ trợ 09 doanh nghiệp "
          "áp dụng ISO 9001, ISO 14001, 5S, Kaizen; kinh phí hỗ trợ đã giải ngân 1.350.000.000 đồng "
          "(tăng 18% so với cùng kỳ)."],
         "Sở tiếp tục triển khai nội dung này trong Quý IV/2026."),
        ("Kiểm tra chất lượng, đo lường, nhãn hàng hóa lưu thông trên thị trường",
         ["Chi cục Quản lý thị trường tổ chức 23 cuộc kiểm tra tại 118 cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng, "
          "mũ bảo hiểm, đồ chơi trẻ em; phát hiện 17 cơ sở vi phạm, xử phạt vi phạm hành chính 486.500.000 đồng "
          "(cùng kỳ năm 2025: 21 cuộc, xử phạt 392 triệu đồng)."],
         "Đây là nhiệm vụ thường xuyên, Sở đang tiếp tục thực hiện."),
        ("Cập nhật thông tin về hàng rào kỹ thuật trong thương mại",
         ["Văn phòng TBT đăng 35 tin cảnh báo về quy định kỹ thuật, thông báo của các nước thành viên WTO "
          "liên quan đến mặt hàng xuất khẩu chủ lực của Thành phố."],
         "Nội dung này đang được duy trì thường xuyên."),
    ]
    kh = ["Một số quy chuẩn kỹ thuật quốc gia mới ban hành có hiệu lực ngay, doanh nghiệp chưa kịp chuyển đổi nên lúng túng khi công bố hợp quy.",
          "Hàng hóa kinh doanh trên sàn thương mại điện tử tăng mạnh, khó xác định địa chỉ cơ sở để kiểm tra."]
    ch = ["Lực lượng quản lý thị trường sau sắp xếp còn mỏng so với địa bàn Thành phố mở rộng."]
    kn = [("Bộ Khoa học và Công nghệ", ["Sớm ban hành hướng dẫn chuyển tiếp thực hiện Luật Chất lượng sản phẩm, hàng hóa sửa đổi."]),
          ("Ủy ban nhân dân Thành phố", ["Bố trí kinh phí trang bị thêm phương tiện đo kiểm tra nhanh cho Chi cục Quản lý thị trường."]),
          ("Sở Khoa học và Công nghệ", ["Chia sẻ kế hoạch kiểm tra năm 2027 để hai Sở phối hợp, tránh chồng chéo."])]
    h1_doc(f, "SỞ CÔNG THƯƠNG", "Sở Công Thương", "4127/BC-SCT", "ngày 27 tháng 10 năm 2026",
           ["Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW",
            "về công tác tiêu chuẩn, đo lường, chất lượng năm 2026"],
           "Sở Khoa học và Công nghệ",
           "Thực hiện Công văn số 2915/SKHCN-TĐC ngày 18 tháng 9 năm 2026 của Sở Khoa học và Công nghệ về báo cáo kết quả "
           "thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo như sau:",
           ["Sở đã ban hành Kế hoạch số 1186/KH-SCT ngày 12 tháng 3 năm 2026 triển khai các nội dung được phân công; "
            "giao Phòng Quản lý Công nghiệp, Phòng Quản lý Thương mại và Chi cục Quản lý thị trường theo dõi thực hiện."],
           it,
           "Nhìn chung, các nội dung phối hợp được Sở triển khai đúng kế hoạch; công tác kiểm tra được duy trì thường xuyên, "
           "số cơ sở vi phạm giảm so với cùng kỳ.",
           kh, ch, kn, "Nguyễn Thị Bích Hạnh",
           ["Như trên;", "Giám đốc Sở (để b/c);", "Chi cục QLTT;", "Lưu: VT, QLCN."])
    key(f, "SO-CT", "Sở Công Thương", "4127/BC-SCT", "2026-10-27", [
        ("II.1.a", "completed", {"training_courses": 2, "participants": 286, "communications": 14}, it[0][1][0]),
        ("II.1.b", "completed", {"enterprises_supported": 6}, it[1][1][0]),
        ("II.2.d", "in_progress", {"enterprises_supported": 9, "budget_spent_vnd": 1350000000}, it[2][1][0]),
        ("II.5.a", "in_progress", {"inspections": 23, "establishments_inspected": 118, "violations": 17, "fines_vnd": 486500000}, it[3][1][0]),
        ("II.6.a", "in_progress", {"communications": 35}, it[4][1][0]),
    ], kh + ch, [x for _, l in kn for x in l])

    # ---- 2. Sở Xây dựng
    f = "BC_SXD_CT38_2026.docx"
    it = [
        ("Kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng",
         ["Sở đã tổ chức 08 cuộc kiểm tra tại 41 cơ sở sản xuất, kinh doanh xi măng, thép xây dựng, kính xây dựng, gạch ốp lát; "
          "lấy 26 mẫu gửi thử nghiệm; phát hiện 05 cơ sở vi phạm về nhãn hàng hóa và công bố hợp quy, "
          "xử phạt 142.000.000 đồng (cùng kỳ năm 2025: 06 cuộc, 30 cơ sở)."],
         "Sở tiếp tục kiểm tra theo kế hoạch đến hết năm 2026, nội dung đang thực hiện."),
        ("Góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật lĩnh vực xây dựng",
         ["Sở đã góp ý tổng cộng 11 dự thảo, gồm 04 dự thảo quy chuẩn kỹ thuật quốc gia (trong đó có QCVN 16:2023/BXD sửa đổi) "
          "và 07 dự thảo tiêu chuẩn quốc gia do Bộ Xây dựng gửi lấy ý kiến."],
         "Nội dung này đã hoàn thành."),
        ("Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
         ["Sở đã ban hành Quyết định công bố lại Hệ thống quản lý chất lượng ngày 14 tháng 5 năm 2026, thực hiện đánh giá nội bộ "
          "và xem xét của lãnh đạo theo quy định."],
         "Nội dung này đã hoàn thành."),
        ("Tham gia tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng",
         ["Sở cử 12 công chức các phòng chuyên môn tham dự 03 lớp tập huấn nghiệp vụ do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức."],
         "Đã hoàn thành."),
        ("Tuyên truyền về áp dụng quy chuẩn trong ngành vật liệu xây dựng",
         ["Sở phối hợp với Hội Vật liệu xây dựng Thành phố tổ chức 01 hội thảo về áp dụng quy chuẩn kỹ thuật quốc gia về sản phẩm, "
          "hàng hóa vật liệu xây dựng với 165 đại biểu là doanh nghiệp (cùng kỳ năm 2025 chưa tổ chức)."],
         "Nội dung này đã thực hiện xong."),
    ]
    kh = ["Việc lấy mẫu vật liệu xây dựng tại công trình phụ thuộc tiến độ thi công, nhiều công trình tạm dừng nên không lấy được mẫu theo kế hoạch."]
    ch = ["Kinh phí thử nghiệm mẫu năm 2026 chỉ đáp ứng khoảng 60% nhu cầu.",
          "Công chức làm công tác quản lý chất lượng vật liệu xây dựng còn kiêm nhiệm nhiều việc."]
    kn = [("Bộ Xây dựng", ["Sớm ban hành QCVN 16:2023/BXD sửa đổi để thống nhất áp dụng."]),
          ("Ủy ban nhân dân Thành phố", ["Bổ sung kinh phí thử nghiệm mẫu vật liệu xây dựng cho Sở Xây dựng năm 2027."]),
          ("Sở Khoa học và Công nghệ", ["Hỗ trợ Sở Xây dựng tiếp cận phòng thử nghiệm của Trung tâm Dịch vụ Phân tích thí nghiệm với mức giá ưu đãi."])]
    h1_doc(f, "SỞ XÂY DỰNG", "Sở Xây dựng", "9652/BC-SXD", "ngày 23 tháng 10 năm 2026",
           ["Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW",
            "của Ban Bí thư năm 2026"],
           "Sở Khoa học và Công nghệ",
           "Căn cứ Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ và đề nghị tại "
           "Công văn số 2915/SKHCN-TĐC ngày 18/9/2026, Sở Xây dựng báo cáo kết quả thực hiện như sau:",
           ["Sở đã giao Phòng Kinh tế - Vật liệu xây dựng làm đầu mối, ban hành Kế hoạch kiểm tra chất lượng vật liệu xây dựng năm 2026 "
            "số 347/KH-SXD ngày 05/02/2026."],
           it,
           "Các nội dung phối hợp cơ bản bảo đảm tiến độ; số cuộc kiểm tra tăng so với cùng kỳ.",
           kh, ch, kn, "Trần Quốc Vinh",
           ["Như trên;", "Giám đốc Sở (để b/c);", "Lưu: VT, KTVLXD."])
    key(f, "SO-XD", "Sở Xây dựng", "9652/BC-SXD", "2026-10-23", [
        ("II.5.a", "in_progress", {"inspections": 8, "establishments_inspected": 41, "samples_tested": 26, "violations": 5, "fines_vnd": 142000000}, it[0][1][0]),
        ("II.2.e", "completed", {"standards_reviewed": 11}, it[1][1][0]),
        ("II.2.đ", "completed", {}, it[2][1][0]),
        ("II.3.a", "completed", {"training_courses": 3, "participants": 12}, it[3][1][0]),
        ("II.1.a", "completed", {"training_courses": 1, "participants": 165}, it[4][1][0]),
    ], kh + ch, [x for _, l in kn for x in l])

    # ---- 3. Sở Nông nghiệp và Môi trường
    f = "Bao cao CT38 - So NNMT.docx"
    it = [
        ("Triển khai áp dụng hệ thống truy xuất nguồn gốc đối với nông sản",
         ["Sở đã hướng dẫn 52 hợp tác xã, doanh nghiệp áp dụng mã QR truy xuất nguồn gốc cho 134 sản phẩm nông sản chủ lực; "
          "kinh phí thực hiện đã giải ngân 720 triệu đồng (năm 2025: 38 đơn vị)."],
         "Nội dung này đang triển khai, dự kiến hoàn thành trong tháng 12/2026."),
        ("Kiểm tra chất lượng vật tư nông nghiệp",
         ["Các đơn vị thuộc Sở đã thực hiện 19 cuộc kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi tại 214 cơ sở; "
          "lấy 96 mẫu kiểm tra chất lượng; phát hiện 11 trường hợp vi phạm, phạt tiền 263.750.000 đồng."],
         "Công tác kiểm tra vẫn đang tiếp tục theo kế hoạch năm."),
        ("Góp ý quy chuẩn kỹ thuật quốc gia lĩnh vực nông nghiệp và môi trường",
         ["Sở đã góp ý 06 dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Nông nghiệp và Môi trường gửi lấy ý kiến."],
         "Nội dung này đã hoàn thành."),
        ("Áp dụng Hệ thống quản lý chất lượng tại cơ quan",
         ["Sở và 09 đơn vị trực thuộc đã chuyển đổi, áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 trên môi trường mạng."],
         "Đã hoàn thành."),
        ("Tập huấn cho nông dân, hợp tác xã về tiêu chuẩn, chất lượng",
         ["Sở đã đăng ký với Chi cục Tiêu chuẩn Đo lường Chất lượng nhu cầu mở 02 lớp tập huấn cho nông dân, hợp tác xã tại các xã ngoại thành."],
         "Đến nay nội dung này chưa thực hiện do chưa bố trí được kinh phí."),
    ]
    kh = ["Địa bàn sản xuất nông nghiệp sau hợp nhất rộng, phân tán ở các xã thuộc Bình Dương (cũ) và Bà Rịa - Vũng Tàu (cũ)."]
    ch = ["Cán bộ theo dõi truy xuất nguồn gốc ở các xã còn kiêm nhiệm, chưa được tập huấn."]
    kn = [("Bộ Khoa học và Công nghệ", ["Hoàn thiện Cổng thông tin truy xuất nguồn gốc quốc gia để địa phương kết nối dữ liệu."]),
          ("Sở Khoa học và Công nghệ", ["Phối hợp mở lớp tập huấn về truy xuất nguồn gốc cho cán bộ nông nghiệp cấp xã trong Quý I/2027."])]
    h1_doc(f, "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Sở Nông nghiệp và Môi trường", "5310/BC-SNNMT", "ngày 30 tháng 10 năm 2026",
           ["Kết quả thực hiện nhiệm vụ phối hợp triển khai Chỉ thị số 38-CT/TW",
            "về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026"],
           "Sở Khoa học và Công nghệ",
           "Thực hiện đề nghị của Sở Khoa học và Công nghệ tại Công văn số 2915/SKHCN-TĐC, Sở Nông nghiệp và Môi trường "
           "báo cáo kết quả thực hiện như sau:",
           ["Sở đã phân công Chi cục Trồng trọt và Bảo vệ thực vật, Chi cục Chăn nuôi và Thú y, Chi cục Chất lượng, Chế biến và Phát triển thị trường "
            "thực hiện các nội dung theo chức năng."],
           it,
           "Các nội dung được triển khai cơ bản theo kế hoạch, riêng công tác tập huấn cho nông dân còn chậm.",
           kh, ch, kn, "Lê Hoàng Minh",
           ["Như trên;", "Ban Giám đốc Sở;", "Lưu: VT, CCCL."], heading2="II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ")
    key(f, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "5310/BC-SNNMT", "2026-10-30", [
        ("II.2.a", "in_progress", {"enterprises_supported": 52, "budget_spent_vnd": 720000000}, it[0][1][0]),
        ("II.5.a", "in_progress", {"inspections": 19, "establishments_inspected": 214, "samples_tested": 96, "violations": 11, "fines_vnd": 263750000}, it[1][1][0]),
        ("II.2.e", "completed", {"standards_reviewed": 6}, it[2][1][0]),
        ("II.2.đ", "completed", {}, it[3][1][0]),
        ("II.1.a", "not_started", {}, it[4][1][0] + " " + it[4][2]),
    ], kh + ch, [x for _, l in kn for x in l])

    # ---- 4. Sở An toàn thực phẩm — MISTAKEN (food safety report)
    f = "BC ATTP 9 thang 2026.docx"
    it = [
        ("Công tác thanh tra, kiểm tra an toàn thực phẩm",
         ["Sở đã tổ chức 146 đoàn kiểm tra tại 3.812 cơ sở sản xuất, kinh doanh thực phẩm, dịch vụ ăn uống; phát hiện 412 cơ sở vi phạm, "
          "xử phạt 5.126.000.000 đồng (cùng kỳ năm 2025: 128 đoàn)."],
         "Công tác kiểm tra tiếp tục được đẩy mạnh trong dịp cuối năm."),
        ("Giám sát mối nguy ô nhiễm thực phẩm",
         ["Lấy 2.340 mẫu thực phẩm kiểm nghiệm, 97 mẫu không đạt."], "Đang thực hiện."),
        ("Phòng chống ngộ độc thực phẩm",
         ["Xảy ra 04 vụ ngộ độc thực phẩm với 168 người mắc, không có tử vong."], ""),
    ]
    h1_doc(f, "SỞ AN TOÀN THỰC PHẨM", "Sở An toàn thực phẩm", "2284/BC-SATTP", "ngày 12 tháng 10 năm 2026",
           ["Kết quả công tác bảo đảm an toàn thực phẩm 9 tháng đầu năm 2026",
            "và phương hướng, nhiệm vụ Quý IV/2026"],
           "Ủy ban nhân dân Thành phố",
           "Thực hiện chỉ đạo của Ủy ban nhân dân Thành phố, Sở An toàn thực phẩm báo cáo kết quả công tác bảo đảm an toàn thực phẩm "
           "9 tháng đầu năm 2026 như sau:",
           ["Sở đã tham mưu Ban Chỉ đạo liên ngành ban hành Kế hoạch bảo đảm an toàn thực phẩm Tết Nguyên đán, Tháng hành động vì an toàn thực phẩm năm 2026."],
           it, "Tình hình an toàn thực phẩm trên địa bàn cơ bản được kiểm soát.",
           ["Số lượng cơ sở kinh doanh thức ăn đường phố lớn, thường xuyên thay đổi địa điểm."],
           ["Lực lượng thanh tra chuyên ngành an toàn thực phẩm cấp phường, xã còn thiếu."],
           [("Ủy ban nhân dân Thành phố", ["Bổ sung biên chế thanh tra an toàn thực phẩm cho Sở."])],
           "Phạm Khánh Phong Lan", ["Như trên;", "Bộ Y tế (Cục ATTP);", "Lưu: VT, NVTT."])
    key(f, "SO-ATTP", "Sở An toàn thực phẩm", "2284/BC-SATTP", "2026-10-12", [], [], [],
        rejected="Báo cáo công tác bảo đảm an toàn thực phẩm 9 tháng năm 2026 gửi UBND Thành phố, không phải báo cáo thực hiện "
                 "Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).")


# ================================================================== HAND 2
# Anh Tùng: the Chi cục's common "Biểu mẫu 02" for all city departments, returned with only the
# sender's own block filled in; every other department's block left empty.
FORM = [
    ("VĂN PHÒNG ỦY BAN NHÂN DÂN THÀNH PHỐ", ["Phối hợp kết nối Hệ thống thông tin giải quyết TTHC với Cổng dịch vụ công quốc gia",
                                          "Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015"]),
    ("SỞ NỘI VỤ", ["Thu hút chuyên gia, nhà khoa học trong lĩnh vực tiêu chuẩn, đo lường, chất lượng",
                   "Lồng ghép nội dung TĐC trong các lớp bồi dưỡng công chức"]),
    ("SỞ TƯ PHÁP", ["Thẩm định, góp ý văn bản quy phạm pháp luật về TĐC", "Phổ biến, giáo dục pháp luật về TĐC"]),
    ("SỞ TÀI CHÍNH", ["Thẩm định, bố trí kinh phí đầu tư cơ sở vật chất, trang thiết bị cho đơn vị sự nghiệp công lập thuộc Sở KH&CN",
                      "Thẩm định dự toán bảo trì, kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ",
                      "Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015"]),
    ("THANH TRA THÀNH PHỐ", ["Thanh tra, xử lý hành vi tham nhũng, tiêu cực trong lĩnh vực TĐC"]),
    ("SỞ XÂY DỰNG", ["Kiểm tra chất lượng vật liệu xây dựng", "Góp ý dự thảo TCVN, QCVN lĩnh vực xây dựng"]),
    ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", ["Triển khai truy xuất nguồn gốc nông sản (Đề án 100)", "Kiểm tra chất lượng vật tư nông nghiệp"]),
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", ["Phối hợp tập huấn về TĐC, mã số mã vạch, truy xuất nguồn gốc cho học sinh, sinh viên các trường cao đẳng, trung cấp",
                                "Tuyên truyền về TĐC trong ngành giáo dục",
                                "Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015"]),
    ("SỞ Y TẾ", ["Kiểm tra chất lượng trang thiết bị y tế, mỹ phẩm", "Góp ý dự thảo TCVN, QCVN lĩnh vực y tế"]),
    ("SỞ AN TOÀN THỰC PHẨM", ["Phối hợp kiểm tra nhãn hàng hóa thực phẩm"]),
    ("SỞ CÔNG THƯƠNG", ["Kiểm tra chất lượng, đo lường hàng hóa lưu thông", "Hỗ trợ doanh nghiệp nâng cao năng suất chất lượng",
                        "Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia"]),
    ("SỞ VĂN HÓA VÀ THỂ THAO", ["Định hướng báo chí tuyên truyền về TĐC"]),
    ("SỞ DU LỊCH", ["Hướng dẫn doanh nghiệp du lịch áp dụng tiêu chuẩn, hệ thống quản lý chất lượng",
                    "Góp ý dự thảo TCVN, QCVN lĩnh vực du lịch",
                    "Phối hợp kiểm tra chất lượng dịch vụ, hàng hóa tại khu, điểm du lịch"]),
    ("SỞ DÂN TỘC VÀ TÔN GIÁO", ["Tuyên truyền về TĐC trong vùng đồng bào dân tộc thiểu số"]),
    ("SỞ QUY HOẠCH - KIẾN TRÚC", ["Xây dựng, góp ý quy chuẩn kỹ thuật địa phương, QCVN lĩnh vực quy hoạch, kiến trúc",
                                  "Cử công chức tham gia tập huấn nghiệp vụ TĐC",
                                  "Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015"]),
]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]


def h2_xlsx(fname, sender_block, sender_name, number, date_text, answers, kk, dx, person, extra=None):
    """answers: list (one per form row of the sender's block) of (result, status);
    extra: optional (after_row_index, label, result, status) row inserted by the sender."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Bieu 02"
    thin = Side(style="thin")
    B = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["G1"] = "Biểu mẫu 02"
    ws["G1"].font = Font(italic=True, name="Times New Roman")
    ws.merge_cells("A2:G2")
    ws["A2"] = "BIỂU BÁO CÁO KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"
    ws["A2"].font = Font(bold=True, name="Times New Roman", size=13)
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A3:G3")
    ws["A3"] = "(Dành cho các sở, ban, ngành Thành phố – kèm theo Công văn số 2915/SKHCN-TĐC ngày 18/9/2026 của Sở Khoa học và Công nghệ)"
    ws["A3"].font = Font(italic=True, name="Times New Roman")
    ws["A3"].alignment = Alignment(horizontal="center")
    ws["A5"] = "Đơn vị báo cáo:"
    ws["C5"] = sender_name
    ws["C5"].font = Font(bold=True, name="Times New Roman")
    ws["A6"] = "Số văn bản:"
    ws["C6"] = number
    ws["D6"] = "Ngày:"
    ws["E6"] = date_text
    hdr = ["STT", "Đơn vị / Nội dung phối hợp theo Kế hoạch", "Kết quả thực hiện (nêu rõ số liệu)", "Tình trạng",
           "Khó khăn, vướng mắc", "Đề xuất, kiến nghị", "Ghi chú"]
    r = 8
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, name="Times New Roman")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.border = B
    r += 1
    for c in range(1, 8):
        x = ws.cell(r, c, f"({c})")
        x.alignment = Alignment(horizontal="center")
        x.font = Font(italic=True, size=9, name="Times New Roman")
        x.border = B
    r += 1
    for bi, (dept, rows) in enumerate(FORM):
        ws.cell(r, 1, ROMAN[bi]).font = Font(bold=True, name="Times New Roman")
        ws.cell(r, 2, dept).font = Font(bold=True, name="Times New Roman")
        for c in range(1, 8):
            ws.cell(r, c).border = B
            ws.cell(r, c).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        first = r
        for ri, txt in enumerate(rows):
            ws.cell(r, 1, ri + 1)
            ws.cell(r, 2, txt)
            if bi == sender_block:
                res, st = answers[ri]
                ws.cell(r, 3, res)
                ws.cell(r, 4, st)
            for c in range(1, 8):
                ws.cell(r, c).border = B
                ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")
            r += 1
            if bi == sender_block and extra and extra[0] == ri:
                ws.cell(r, 1, f"{ri + 1}a")
                ws.cell(r, 2, extra[1])
                ws.cell(r, 3, extra[2])
                ws.cell(r, 4, extra[3])
                for c in range(1, 8):
                    ws.cell(r, c).border = B
                    ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")
                r += 1
        if bi == sender_block:
            ws.cell(first, 5, kk)
            ws.cell(first, 6, dx)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=5, end_row=r - 1, end_column=5)
                ws.merge_cells(start_row=first, start_column=6, end_row=r - 1, end_column=6)
            ws.cell(first, 5).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(first, 6).alignment = Alignment(wrap_text=True, vertical="top")
    r += 1
    ws.cell(r, 1, "Ghi chú: Cột (4) ghi một trong các tình trạng: Hoàn thành; Đang thực hiện; Chưa thực hiện; Không phát sinh. "
                  "Mỗi đơn vị chỉ điền vào phần của đơn vị mình.").font = Font(italic=True, size=10, name="Times New Roman")
    r += 2
    ws.cell(r, 2, "NGƯỜI LẬP BIỂU").font = Font(bold=True)
    ws.cell(r, 5, "THỦ TRƯỞNG ĐƠN VỊ").font = Font(bold=True)
    ws.cell(r + 4, 2, person)
    widths = [6, 46, 52, 16, 30, 30, 12]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(os.path.join(OUT, fname))


def hand2():
    # ---- Sở Tài chính
    f = "STC_bieu02_CT38.xlsx"
    ans = [("Đã thẩm định, trình UBND TP giao dự toán mua sắm trang thiết bị thử nghiệm cho Trung tâm Dịch vụ Phân tích thí nghiệm 18,6 tỷ đồng; "
            "lũy kế giải ngân đến 30/9/2026: 11.240.000.000 đ (đạt 60,4%).", "Đang thực hiện"),
           ("Đã thẩm định dự toán 1,2 tỷ đồng, phân bổ trong tháng 4/2026.", "Hoàn thành"),
           ("Rà soát, cập nhật 47 quy trình nội bộ; đánh giá nội bộ tháng 8/2026.", "Hoàn thành")]
    kk = "Một số gói thầu mua sắm thiết bị phải đấu thầu lại do không có nhà thầu đáp ứng."
    dx = "Đề nghị Trung tâm đẩy nhanh tiến độ lựa chọn nhà thầu để giải ngân hết dự toán trước 31/12/2026."
    h2_xlsx(f, 3, "Sở Tài chính", "7741/STC-HCSN", "21/10/2026", ans, kk, dx, "Võ Thanh Tùng")
    key(f, "SO-TC", "Sở Tài chính", "7741/STC-HCSN", "2026-10-21", [
        ("II.4.a", "in_progress", {"budget_spent_vnd": 11240000000}, ans[0][0]),
        ("II.4.b", "completed", {}, ans[1][0]),
        ("II.2.đ", "completed", {}, ans[2][0]),
    ], [kk], [dx])

    # ---- Sở Giáo dục và Đào tạo
    f = "Bieu02_SoGDDT.xlsx"
    ans = [("Phối hợp Chi cục tổ chức 04 buổi tập huấn tại Trường CĐ Kỹ thuật Cao Thắng, CĐ Công Thương, Trung cấp Kinh tế - Kỹ thuật Bình Dương "
            "và CĐ Kỹ thuật Công nghệ Bà Rịa - Vũng Tàu; 612 HSSV tham dự.", "Đã hoàn thành"),
           ("Đăng 09 tin, bài trên cổng thông tin ngành giáo dục.", "đang thực hiện"),
           ("Áp dụng tại cơ quan Sở; chưa mở rộng tại các trường trực thuộc.", "Đang TH")]
    kk = "Lịch học của các trường dày, khó bố trí thời gian tập huấn ngoài giờ."
    dx = "Đề nghị Chi cục cung cấp tài liệu điện tử để các trường tự lồng ghép vào giờ sinh hoạt chuyên đề."
    h2_xlsx(f, 7, "Sở Giáo dục và Đào tạo", "5402/BC-SGDĐT", "29/10/2026", ans, kk, dx, "Nguyễn Thanh Tùng")
    key(f, "SO-GDDT", "Sở Giáo dục và Đào tạo", "5402/BC-SGDĐT", "2026-10-29", [
        ("II.3.d", "completed", {"training_courses": 4, "participants": 612}, ans[0][0]),
        ("II.1.a", "in_progress", {"communications": 9}, ans[1][0]),
        ("II.2.đ", "in_progress", {}, ans[2][0]),
    ], [kk], [dx])

    # ---- Sở Du lịch
    f = "Bieu 02 - So Du lich.xlsx"
    ans = [("Hướng dẫn 53 doanh nghiệp (38 cơ sở lưu trú, 15 doanh nghiệp lữ hành) áp dụng TCVN 4391:2015 và bộ tiêu chí du lịch xanh.",
            "Đang thực hiện"),
           ("Góp ý 02 dự thảo TCVN về du lịch (dịch vụ du lịch MICE; nhà hàng ăn uống đạt chuẩn phục vụ khách du lịch).", "Hoàn thành"),
           ("Không phát sinh", "Không phát sinh")]
    kk = "Không"
    dx = "Đề nghị Sở KH&CN phối hợp tổ chức 01 lớp tập huấn về tiêu chuẩn du lịch cho doanh nghiệp trong năm 2027."
    h2_xlsx(f, 12, "Sở Du lịch", "1893/SDL-QLDL", "20/10/2026", ans, kk, dx, "Đặng Minh Tùng")
    key(f, "SO-DL", "Sở Du lịch", "1893/SDL-QLDL", "2026-10-20", [
        ("II.2.d", "in_progress", {"enterprises_supported": 53}, ans[0][0]),
        ("II.2.e", "completed", {"standards_reviewed": 2}, ans[1][0]),
        ("II.5.a", "not_applicable", {}, ans[2][0]),
    ], [], [dx])

    # ---- Sở Quy hoạch - Kiến trúc
    f = "QHKT - bieu mau 02 CT38.xlsx"
    ans = [("Chủ trì xây dựng dự thảo Quy chuẩn kỹ thuật địa phương về quản lý kiến trúc khu vực trung tâm Thành phố (đang lấy ý kiến); "
            "góp ý 03 dự thảo QCVN về quy hoạch xây dựng. Tổng cộng 04 quy chuẩn.", "Đang thực hiện"),
           ("Cử 06 công chức tham gia.", "Hoàn thành"),
           ("Đang xây dựng HTQLCL do Sở mới tái lập từ 01/10/2025.", "Đang thực hiện")]
    kk = "Sở mới được tái lập, nhân sự còn thiếu."
    dx = "Đề nghị Chi cục hướng dẫn trình tự xây dựng HTQLCL cho cơ quan mới thành lập."
    h2_xlsx(f, 14, "Sở Quy hoạch - Kiến trúc", "2207/SQHKT-VP", "31/10/2026", ans, kk, dx, "Lâm Tùng",
            extra=(1, "Tham dự Hội nghị kỷ niệm Ngày Tiêu chuẩn Thế giới 14/10",
                   "Cử lãnh đạo Phòng Quản lý kiến trúc tham dự.", "Hoàn thành"))
    key(f, "SO-QHKT", "Sở Quy hoạch - Kiến trúc", "2207/SQHKT-VP", "2026-10-31", [
        ("II.2.e", "in_progress", {"standards_reviewed": 4}, ans[0][0]),
        ("II.3.a", "completed", {"participants": 6}, ans[1][0] + " | Cử lãnh đạo Phòng Quản lý kiến trúc tham dự Hội nghị kỷ niệm Ngày Tiêu chuẩn Thế giới."),
        ("II.2.đ", "in_progress", {}, ans[2][0]),
    ], [kk], [dx])


# ================================================================== HAND 3
# Kỹ sư/chuyên viên kỹ thuật: "Hạng mục 0n –" sections after a "Tình hình chung" of service
# statistics the contract does not cover (doanh thu, hợp đồng, TB, bản ghi, lượt xem); each
# hạng mục has "Phạm vi công việc / Khối lượng đã thực hiện / Tình trạng" lines with
# project-lifecycle statuses ("đã nghiệm thu, đưa vào sử dụng", "đang chạy thử", "chưa khởi động").

def h3_doc(fname, parent_up, unit_up, number, date_words, title, kinhgui, can_cu, chung, hangmuc, kk, dx, sign_title, signer):
    d = new_doc(font="Arial", size=11)
    header_block(d, [(parent_up, False, False), (unit_up, True, False), ("", False, False), (f"Số: {number}", False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("", False, False), (f"TP. Hồ Chí Minh, {date_words}", False, True)], size=11)
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", size=13, space_after=0)
    para(d, title, bold=True, align="c")
    para(d, f"Kính gửi: {kinhgui}", align="c")
    para(d, can_cu, align="j")
    para(d, "A. TÌNH HÌNH CHUNG", bold=True, indent=False)
    for c in chung:
        para(d, "• " + c, align=None, indent=False)
    para(d, "B. KẾT QUẢ THEO HẠNG MỤC", bold=True, indent=False)
    for i, (name, pham_vi, khoi_luong, tinh_trang) in enumerate(hangmuc, 1):
        para(d, f"Hạng mục {i:02d} – {name}", bold=True, indent=False)
        runs(d, [("– Phạm vi công việc: ", "i"), (pham_vi, "")], indent=False)
        runs(d, [("– Khối lượng đã thực hiện: ", "i"), (khoi_luong, "")], indent=False)
        runs(d, [("– Tình trạng: ", "i"), (tinh_trang, "b")], indent=False)
    para(d, "C. KHÓ KHĂN – ĐỀ XUẤT", bold=True, indent=False)
    para(d, "Khó khăn:", underline=True, indent=False)
    for t in kk:
        para(d, "- " + t, align="j", indent=False)
    para(d, "Đề xuất:", underline=True, indent=False)
    for t in dx:
        para(d, "- " + t, align="j", indent=False)
    signature(d, [("Nơi nhận:", True, True), ("- Như trên;", False, False), ("- Lưu: VT.", False, False)],
              [(sign_title, True, False), ("", False, False), ("", False, False), (signer, True, False)])
    d.save(os.path.join(OUT, fname))


def hand3():
    f = "TTPTTN_BC_KH38_2026.docx"
    hm = [
        ("Đầu tư, nâng cấp trang thiết bị phòng thử nghiệm",
         "mua sắm, lắp đặt 07 thiết bị phân tích (ICP-MS, GC-MS/MS, LC-MS/MS, máy đo quang phổ…).",
         "đã lắp đặt 07/07 thiết bị; giá trị giải ngân 11.240.000.000 đồng.",
         "04 thiết bị đã nghiệm thu, đưa vào sử dụng; 03 thiết bị đang lắp đặt, chạy thử."),
        ("Duy trì, liên kết chuẩn đo lường",
         "hiệu chuẩn định kỳ các chuẩn đo lường chính lên chuẩn quốc gia.",
         "hiệu chuẩn, liên kết 26 chuẩn đo lường chính tại Viện Đo lường Việt Nam.",
         "Hoàn tất."),
        ("Dịch vụ kiểm định, hiệu chuẩn, thử nghiệm",
         "cung cấp dịch vụ kỹ thuật phục vụ quản lý nhà nước và doanh nghiệp; mở rộng phạm vi được công nhận.",
         "kiểm định, hiệu chuẩn 48.216 phương tiện đo; thử nghiệm 12.530 mẫu; mở rộng 14 phép thử được công nhận ISO/IEC 17025.",
         "Đang vận hành thường xuyên."),
        ("Thử nghiệm mẫu khảo sát chất lượng cho Chi cục",
         "thử nghiệm mẫu xăng dầu, mũ bảo hiểm, đồ chơi trẻ em theo đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng.",
         "180 mẫu.",
         "Đã bàn giao kết quả cho Chi cục."),
        ("Bồi dưỡng kiến thức đo lường, thử nghiệm cho sinh viên",
         "phối hợp các trường đại học, cao đẳng tổ chức bồi dưỡng ngắn hạn cho sinh viên ngành hóa, môi trường.",
         "tiếp nhận 22 sinh viên thực tập tại phòng thí nghiệm.",
         "Chưa khởi động lớp bồi dưỡng do chưa có kế hoạch chung của Chi cục."),
    ]
    kk = ["Một số thiết bị nhập khẩu giao hàng chậm do nhà sản xuất thay đổi lịch sản xuất.",
          "Nhân lực vận hành thiết bị hiện đại còn thiếu, đặc biệt kỹ thuật viên sắc ký."]
    dx = ["Đề nghị Sở cho phép điều chỉnh thời gian nghiệm thu gói thầu số 03 sang Quý I/2027."]
    h3_doc(f, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM\nVÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG",
           "418/BC-TTPTTN", "ngày 28 tháng 10 năm 2026",
           "Tình hình thực hiện các nội dung được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
           "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
           "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo tình hình thực hiện "
           "các nội dung Trung tâm chủ trì và phối hợp như sau:",
           ["Doanh thu dịch vụ 9 tháng đạt 86,4 tỷ đồng, bằng 74% kế hoạch năm.",
            "Ký 2.317 hợp đồng dịch vụ với 1.942 khách hàng.",
            "Tổng số viên chức, người lao động: 214 người."],
           hm, kk, dx, "GIÁM ĐỐC", "Huỳnh Văn Tấn")
    key(f, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
        "418/BC-TTPTTN", "2026-10-28", [
            ("II.4.a", "in_progress", {"budget_spent_vnd": 11240000000}, hm[0][2]),
            ("II.4.c", "completed", {"instruments_verified": 26}, hm[1][2]),
            ("II.2.g", "in_progress", {"instruments_verified": 48216, "samples_tested": 12530}, hm[2][2]),
            ("II.5.b", "completed", {"samples_tested": 180}, hm[3][1] + " " + hm[3][2]),
            ("II.3.d", "not_started", {}, hm[4][2] + " | " + hm[4][3]),
        ], kk, dx)

    f = "BC TTCNTT-DKG phoi hop CT38.docx"
    hm = [
        ("Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng",
         "xây dựng giao diện kết nối (API) giữa hệ thống của Chi cục với cơ sở dữ liệu quốc gia; đồng bộ dữ liệu công bố hợp chuẩn, hợp quy.",
         "thiết lập 03 API; đồng bộ 41.650 bản ghi.",
         "Đang chạy thử, dự kiến vận hành chính thức tháng 12/2026."),
        ("Tích hợp thủ tục kiểm tra nhà nước về chất lượng hàng nhập khẩu lên Cổng dịch vụ công",
         "kết nối liên thông Hệ thống thông tin giải quyết TTHC với Cổng thông tin một cửa quốc gia.",
         "tích hợp 05 thủ tục hành chính.",
         "Đã nghiệm thu, đưa vào sử dụng từ ngày 15/3/2026."),
        ("Hướng dẫn khai thác dữ liệu tiêu chuẩn, đo lường, chất lượng",
         "tập huấn cho công chức các sở, ngành, phường, xã sử dụng hệ thống tra cứu dữ liệu.",
         "tổ chức 02 lớp cho 74 công chức.",
         "Xong."),
    ]
    kk = ["Chuẩn dữ liệu của cơ sở dữ liệu quốc gia về TĐC chưa được Bộ công bố chính thức, phải điều chỉnh API nhiều lần."]
    dx = ["Đề nghị Chi cục cử đầu mối nghiệp vụ làm việc thường trực với Trung tâm trong giai đoạn chạy thử."]
    h3_doc(f, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM CÔNG NGHỆ THÔNG TIN\nVÀ ĐỊA KHÔNG GIAN",
           "256/BC-TTCNTT", "ngày 22 tháng 10 năm 2026",
           "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
           "Chi cục Tiêu chuẩn Đo lường Chất lượng",
           "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh báo cáo kết quả các hạng mục phối hợp như sau:",
           ["Hạ tầng dùng chung phục vụ 312 cơ quan, đơn vị; tổng dung lượng lưu trữ 1.840 TB.",
            "Thời gian hoạt động liên tục của hệ thống đạt 99,8%."],
           hm, kk, dx, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Phan Thị Thu Trang")
    key(f, "SKHCN-TTCNTT", "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh",
        "256/BC-TTCNTT", "2026-10-22", [
            ("II.2.i", "in_progress", {}, hm[0][2]),
            ("II.2.h", "completed", {}, hm[1][2]),
            ("II.3.a", "completed", {"training_courses": 2, "participants": 74}, hm[2][2]),
        ], kk, dx)

    f = "SoVHTT_CT38.docx"
    hm = [
        ("Tuyên truyền trên báo chí về tiêu chuẩn, đo lường, chất lượng",
         "định hướng các cơ quan báo chí Thành phố đưa tin về công tác tiêu chuẩn, đo lường, chất lượng, Ngày Tiêu chuẩn Thế giới, Ngày Đo lường Việt Nam.",
         "126 tin, bài, phóng sự; khoảng 18.500 lượt xem trên các nền tảng số.",
         "Đang triển khai."),
        ("Chuyển đổi Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sang môi trường số",
         "số hóa toàn bộ quy trình ISO của Sở trên phần mềm quản lý văn bản.",
         "52 quy trình.",
         "Đã nghiệm thu."),
        ("Tham gia tập huấn nghiệp vụ",
         "cử công chức dự hội nghị tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng ngày 14/10/2026.",
         "05 công chức.",
         "Xong."),
        ("Phối hợp kiểm tra hàng hóa văn hóa phẩm, dụng cụ thể thao",
         "phối hợp kiểm tra chất lượng, nhãn hàng hóa dụng cụ thể thao khi có đề nghị.",
         "không có.",
         "Không phát sinh trong kỳ."),
    ]
    kk = ["Kinh phí tuyên truyền về tiêu chuẩn, đo lường, chất lượng chưa được bố trí riêng, phải lồng ghép."]
    dx = ["Đề nghị Sở KH&CN cung cấp bộ tài liệu, hình ảnh chuẩn để các cơ quan báo chí sử dụng thống nhất."]
    h3_doc(f, "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ VĂN HÓA VÀ THỂ THAO", "3318/BC-SVHTT", "ngày 26 tháng 10 năm 2026",
           "Kết quả phối hợp triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW năm 2026",
           "Sở Khoa học và Công nghệ",
           "Sở Văn hóa và Thể thao báo cáo kết quả các hạng mục phối hợp như sau:",
           ["Trên địa bàn hiện có 92 cơ quan báo chí, 1.260 trang thông tin điện tử tổng hợp được cấp phép.",
            "Số người theo dõi các trang mạng xã hội chính thức của Sở: 1,2 triệu."],
           hm, kk, dx, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Ngọc Hồi")
    key(f, "SO-VHTT", "Sở Văn hóa và Thể thao", "3318/BC-SVHTT", "2026-10-26", [
        ("II.1.a", "in_progress", {"communications": 126}, hm[0][2]),
        ("II.2.đ", "completed", {}, hm[1][1] + " " + hm[1][2]),
        ("II.3.a", "completed", {"participants": 5}, hm[2][1] + " " + hm[2][2]),
        ("II.5.a", "not_applicable", {}, hm[3][1]),
    ], kk, dx)


# ================================================================== HAND 4
# Chuyên viên pháp chế/thanh tra: under each bold numbered topic, dated lines in REVERSE
# chronological order (newest first), then one "Như vậy, …" sentence giving the totals and
# the status; difficulties and proposals as plain dash lines.

def h4_doc(fname, unit_up, number, date_words, kind, vv, kinhgui, intro, topics, kk, dx, sign_title, signer, noinhan):
    d = new_doc(size=14)
    left = [("UBND THÀNH PHỐ HỒ CHÍ MINH", False, False), (unit_up, True, False), ("", False, False),
            (f"Số: {number}", False, False)]
    if vv:
        left.append((vv, False, False))
    header_block(d, left, [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
                           ("Độc lập - Tự do - Hạnh phúc", True, False), ("", False, False),
                           (f"Thành phố Hồ Chí Minh, {date_words}", False, True)], size=12)
    para(d)
    if kind == "bc":
        para(d, "BÁO CÁO", bold=True, align="c", space_after=0)
        para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    para(d, f"Kính gửi: {kinhgui}", align="c")
    para(d, intro, align="j")
    for i, (title, lines, nhu_vay) in enumerate(topics, 1):
        para(d, f"{i}. {title}", bold=True)
        for dt, tx in lines:
            runs(d, [("- " + dt + ": ", "i"), (tx, "")])
        para(d, nhu_vay, align="j")
    para(d, f"{len(topics) + 1}. Khó khăn, vướng mắc", bold=True)
    for t in kk:
        para(d, "- " + t, align="j")
    para(d, f"{len(topics) + 2}. Đề xuất", bold=True)
    for t in dx:
        para(d, "- " + t, align="j")
    signature(d, [("Nơi nhận:", True, True)] + [("- " + n, False, False) for n in noinhan],
              [(sign_title, True, False), ("", False, False), ("", False, False), (signer, True, False)])
    d.save(os.path.join(OUT, fname))


def hand4():
    f = "TTTP-cv-bao-cao-CT38.docx"
    tp = [
        ("Thanh tra chuyên đề việc chấp hành pháp luật về đo lường, chất lượng trong kinh doanh xăng dầu",
         [("Ngày 30/9/2026", "ban hành Kết luận thanh tra số 215/KL-TTTP; xử phạt 04 doanh nghiệp vi phạm với tổng số tiền 392.000.000 đồng."),
          ("Từ ngày 03/6 đến ngày 15/7/2026", "Đoàn thanh tra làm việc trực tiếp tại 09 doanh nghiệp đầu mối và 27 cửa hàng xăng dầu (tổng cộng 36 cơ sở)."),
          ("Ngày 19/5/2026", "ban hành Quyết định số 88/QĐ-TTTP về thanh tra chuyên đề.")],
         "Như vậy, Thanh tra Thành phố đã thực hiện 01 cuộc thanh tra tại 36 cơ sở, xử phạt 04 doanh nghiệp số tiền 392.000.000 đồng; "
         "nội dung này đã hoàn thành, Thanh tra Thành phố tiếp tục theo dõi, đôn đốc thực hiện kết luận."),
        ("Tiếp nhận, xử lý đơn tố giác và bảo vệ người tố giác",
         [("Ngày 14/10/2026", "chuyển 01 đơn tố giác hành vi gian lận đo lường tại cửa hàng xăng dầu ở phường Thủ Dầu Một đến Chi cục Tiêu chuẩn Đo lường Chất lượng xử lý theo thẩm quyền."),
          ("Ngày 22/8/2026", "tiếp nhận 01 đơn phản ánh về cân điện tử tại chợ đầu mối; đã xác minh, trả lời người phản ánh."),
          ("Ngày 05/3/2026", "ban hành văn bản chỉ đạo bảo mật thông tin người tố giác.")],
         "Như vậy, đã tiếp nhận, xử lý 02 đơn; đây là nhiệm vụ thường xuyên, Thanh tra Thành phố đang tiếp tục thực hiện."),
        ("Duy trì Hệ thống quản lý chất lượng",
         [("Ngày 25/6/2026", "công bố lại Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 của cơ quan.")],
         "Như vậy, nội dung này đã hoàn thành."),
    ]
    kk = ["Một số doanh nghiệp xăng dầu thay đổi địa chỉ kinh doanh nhưng chưa cập nhật, gây khó khăn khi xác minh."]
    dx = ["Đề nghị Sở KH&CN cung cấp danh sách cửa hàng xăng dầu đã kiểm định cột đo để phục vụ thanh tra năm 2027."]
    h4_doc(f, "THANH TRA THÀNH PHỐ", "1462/TTTP-P3", "ngày 19 tháng 10 năm 2026", "cv",
           "V/v báo cáo kết quả phối hợp thực hiện\nKế hoạch triển khai Chỉ thị 38-CT/TW", "Sở Khoa học và Công nghệ",
           "Phúc đáp Công văn số 2915/SKHCN-TĐC ngày 18/9/2026 của Sở Khoa học và Công nghệ, Thanh tra Thành phố báo cáo như sau:",
           tp, kk, dx, "KT. CHÁNH THANH TRA\nPHÓ CHÁNH THANH TRA", "Đỗ Văn Bảo", ["Như trên;", "Chánh Thanh tra (để b/c);", "Lưu: VT, P3."])
    key(f, "THANHTRA-TP", "Thanh tra Thành phố", "1462/TTTP-P3", "2026-10-19", [
        ("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 36, "violations": 4, "fines_vnd": 392000000}, tp[0][2]),
        ("II.5.d", "in_progress", {}, tp[1][2]),
        ("II.2.đ", "completed", {}, tp[2][1][0][1]),
    ], kk, dx)

    f = "STP_BC_CT38_2026.docx"
    tp = [
        ("Thẩm định, góp ý văn bản quy phạm pháp luật",
         [("Ngày 09/10/2026", "thẩm định dự thảo Quyết định của UBND Thành phố ban hành Quy chế phối hợp quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng."),
          ("Ngày 17/6/2026", "có ý kiến góp ý dự thảo Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và Quy chuẩn kỹ thuật.")],
         "Như vậy, Sở đã thẩm định, góp ý 02 dự thảo văn bản; nội dung này đã hoàn thành."),
        ("Phổ biến, giáo dục pháp luật về tiêu chuẩn, đo lường, chất lượng",
         [("Ngày 28/9/2026", "phối hợp tổ chức 01 hội nghị phổ biến Luật Chất lượng sản phẩm, hàng hóa sửa đổi cho 210 đại biểu là đại diện doanh nghiệp, hợp tác xã."),
          ("Ngày 15/7/2026", "đăng thêm 05 tin, bài trên Trang thông tin phổ biến, giáo dục pháp luật Thành phố."),
          ("Ngày 15/3/2026", "đăng 06 tin, bài giới thiệu văn bản mới.")],
         "Như vậy, tổng cộng đã tổ chức 01 hội nghị với 210 đại biểu và đăng 11 tin, bài; nội dung này đang tiếp tục thực hiện đến hết năm."),
        ("Theo dõi thi hành pháp luật về xử lý vi phạm hành chính trong lĩnh vực tiêu chuẩn, đo lường, chất lượng",
         [("Ngày 05/8/2026", "ban hành Kế hoạch kiểm tra tình hình thi hành pháp luật về xử lý vi phạm hành chính năm 2026.")],
         "Như vậy, nội dung này chưa triển khai kiểm tra thực tế, dự kiến thực hiện trong tháng 11/2026."),
    ]
    kk = ["Việc theo dõi thi hành pháp luật về xử lý VPHC trong lĩnh vực TĐC thiếu số liệu thống nhất từ các phường, xã."]
    dx = ["Đề nghị Chi cục TĐC định kỳ 6 tháng chia sẻ số liệu xử phạt vi phạm hành chính cho Sở Tư pháp."]
    h4_doc(f, "SỞ TƯ PHÁP", "6120/BC-STP", "ngày 24 tháng 10 năm 2026", "bc", None, "Sở Khoa học và Công nghệ",
           "Thực hiện Công văn số 2915/SKHCN-TĐC ngày 18/9/2026 của Sở Khoa học và Công nghệ, Sở Tư pháp báo cáo kết quả thực hiện như sau:",
           tp, kk, dx, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lê Thị Ngọc Diệp", ["Như trên;", "Lưu: VT, PBGDPL."])
    key(f, "SO-TP", "Sở Tư pháp", "6120/BC-STP", "2026-10-24", [
        ("II.2.c", "completed", {}, tp[0][2]),
        ("II.1.a", "in_progress", {"training_courses": 1, "participants": 210, "communications": 11}, tp[1][2]),
        ("II.5.d", "not_started", {}, tp[2][2]),
    ], kk, dx)

    f = "SYT-bc-ct38.docx"
    tp = [
        ("Kiểm tra chất lượng trang thiết bị y tế, mỹ phẩm",
         [("Ngày 12/10/2026", "hoàn tất xử lý sau kiểm tra; xử phạt 03 cơ sở, tổng số tiền 127.500.000 đồng."),
          ("Từ ngày 10/8 đến ngày 25/9/2026", "Đoàn kiểm tra liên ngành kiểm tra 24 cơ sở kinh doanh trang thiết bị y tế, mỹ phẩm; lấy 15 mẫu mỹ phẩm gửi kiểm nghiệm."),
          ("Ngày 16/4/2026", "kiểm tra 11 cơ sở kinh doanh trang thiết bị y tế tại khu vực Bình Dương (cũ).")],
         "Như vậy, 9 tháng năm 2026 Sở Y tế đã tổ chức 02 cuộc kiểm tra tại 35 cơ sở, lấy 15 mẫu, xử phạt 03 cơ sở với số tiền 127.500.000 đồng; "
         "nội dung này đang tiếp tục thực hiện."),
        ("Góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật",
         [("Ngày 03/9/2026", "góp ý dự thảo QCVN về an toàn bức xạ trong y tế."),
          ("Ngày 20/5/2026", "góp ý 02 dự thảo TCVN về trang thiết bị y tế.")],
         "Như vậy, Sở đã góp ý 03 dự thảo; nội dung này đã hoàn thành."),
        ("Tham gia tập huấn nghiệp vụ",
         [("Ngày 14/10/2026", "cử 08 viên chức phụ trách trang thiết bị y tế tham dự tập huấn nghiệp vụ đo lường.")],
         "Như vậy, nội dung này đã hoàn thành."),
    ]
    kk = ["Danh mục trang thiết bị y tế phải kiểm định, hiệu chuẩn thay đổi, cơ sở y tế tư nhân chưa cập nhật kịp.",
          "Chưa có phòng thử nghiệm trên địa bàn được chỉ định thử nghiệm một số chỉ tiêu mỹ phẩm."]
    dx = ["Đề nghị Sở KH&CN phối hợp rà soát, đề xuất chỉ định thêm phòng thử nghiệm mỹ phẩm tại Thành phố."]
    h4_doc(f, "SỞ Y TẾ", "8873/BC-SYT", "ngày 30 tháng 10 năm 2026", "bc", None, "Sở Khoa học và Công nghệ",
           "Sở Y tế báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
           tp, kk, dx, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Anh Dũng", ["Như trên;", "Lưu: VT, NVY."])
    key(f, "SO-YT", "Sở Y tế", "8873/BC-SYT", "2026-10-30", [
        ("II.5.a", "in_progress", {"inspections": 2, "establishments_inspected": 35, "samples_tested": 15, "violations": 3, "fines_vnd": 127500000}, tp[0][2]),
        ("II.2.e", "completed", {"standards_reviewed": 3}, tp[1][2]),
        ("II.3.a", "completed", {"participants": 8}, tp[2][1][0][1]),
    ], kk, dx)


# ================================================================== HAND 5
# Chuyên viên văn phòng: an Excel "TIẾN TRÌNH THỰC HIỆN" where every task row is broken into the
# unit's own steps ("Bước 1. Ban hành văn bản / Bước 2. Tổ chức thực hiện / Bước 3. Sơ kết, báo cáo")
# with a "Ngày xong" date per step (blank = not yet), the figures in the step's "Kết quả cụ thể",
# and the task's status only in an "Đánh giá chung" cell on the task row.

def h5_xlsx(fname, sheet, unit_up, number, date_cell, title, tasks, kk, kn, person):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    tnr = "Times New Roman"
    ws["A1"] = "UBND TP. HỒ CHÍ MINH"
    ws["A2"] = unit_up
    ws["A2"].font = Font(bold=True, name=tnr)
    ws["A3"] = f"Số: {number}"
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["D1"].font = Font(bold=True, name=tnr)
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["D3"] = date_cell
    ws["D3"].font = Font(italic=True, name=tnr)
    ws.merge_cells("A5:E5")
    ws["A5"] = title
    ws["A5"].font = Font(bold=True, name=tnr, size=13)
    ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[5].height = 36
    hdr = ["TT", "Nhiệm vụ / Các bước thực hiện", "Ngày xong", "Kết quả cụ thể", "Đánh giá chung"]
    thin = Side(style="thin")
    B = Border(left=thin, right=thin, top=thin, bottom=thin)
    r = 7
    for c, h in enumerate(hdr, 1):
        x = ws.cell(r, c, h)
        x.font = Font(bold=True, name=tnr)
        x.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        x.border = B
    r += 1
    for i, (name, status, steps) in enumerate(tasks, 1):
        ws.cell(r, 1, i)
        ws.cell(r, 2, name).font = Font(bold=True, name=tnr)
        ws.cell(r, 5, status)
        for c in range(1, 6):
            ws.cell(r, c).border = B
            ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
        for sname, sdate, sres in steps:
            ws.cell(r, 2, "    " + sname)
            if sdate:
                if isinstance(sdate, datetime.date):
                    ws.cell(r, 3, sdate).number_format = "dd/mm/yyyy"
                else:
                    ws.cell(r, 3, sdate)
            if sres is not None:
                ws.cell(r, 4, sres)
            for c in range(1, 6):
                ws.cell(r, c).border = B
                ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")
            r += 1
    r += 1
    ws.cell(r, 1, "Khó khăn, vướng mắc:").font = Font(bold=True, name=tnr)
    r += 1
    for j, t in enumerate(kk, 1):
        ws.cell(r, 2, f"{j}. {t}")
        r += 1
    ws.cell(r, 1, "Kiến nghị:").font = Font(bold=True, name=tnr)
    r += 1
    for j, t in enumerate(kn, 1):
        ws.cell(r, 2, f"{j}. {t}")
        r += 1
    r += 1
    ws.cell(r, 2, "Người lập:")
    ws.cell(r, 4, "THỦ TRƯỞNG ĐƠN VỊ").font = Font(bold=True, name=tnr)
    ws.cell(r + 1, 2, person)
    for col, w in zip("ABCDE", [5, 52, 12, 58, 18]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))


def hand5():
    D = datetime.date
    f = "SNV_tien_trinh_CT38.xlsx"
    tasks = [
        ("Thu hút chuyên gia, nhà khoa học lĩnh vực tiêu chuẩn, đo lường, chất lượng", "Đang thực hiện", [
            ("Bước 1. Ban hành văn bản hướng dẫn", D(2026, 3, 12), "Công văn số 812/SNV-CCVC hướng dẫn thực hiện Quyết định số 05/2026/QĐ-UBND"),
            ("Bước 2. Tổ chức thực hiện", None, "Thẩm định 05 hồ sơ; 03 chuyên gia lĩnh vực đo lường, thử nghiệm được chấp thuận"),
            ("Bước 3. Sơ kết, báo cáo", None, None)]),
        ("Lồng ghép nội dung tiêu chuẩn, đo lường, chất lượng trong bồi dưỡng công chức", "Hoàn thành", [
            ("Bước 1. Ban hành văn bản", D(2026, 4, 2), "Kế hoạch bồi dưỡng năm 2026 có chuyên đề TĐC"),
            ("Bước 2. Tổ chức thực hiện", D(2026, 9, 18), "02 lớp bồi dưỡng QLNN cho công chức phường, xã; 168 học viên"),
            ("Bước 3. Sơ kết, báo cáo", D(2026, 10, 5), "Báo cáo kết quả gửi UBND TP")]),
        ("Nâng cao năng suất khu vực công (theo yêu cầu của Ủy ban TĐC Quốc gia)", "Không phát sinh", [
            ("Bước 1. Ban hành văn bản", None, "Chưa có yêu cầu"),
            ("Bước 2. Tổ chức thực hiện", None, None),
            ("Bước 3. Sơ kết, báo cáo", None, None)]),
        ("Kiểm tra việc áp dụng HTQLCL theo TCVN ISO 9001:2015 trong cơ quan hành chính", "Đang thực hiện", [
            ("Bước 1. Ban hành văn bản", D(2026, 2, 20), "Kế hoạch kiểm tra công tác cải cách hành chính năm 2026"),
            ("Bước 2. Tổ chức thực hiện", None, "Đã lồng ghép 14 cuộc kiểm tra (còn 04 cuộc trong Quý IV)"),
            ("Bước 3. Sơ kết, báo cáo", None, None)]),
    ]
    kk = ["Quy định về mức hỗ trợ thu hút chuyên gia trong lĩnh vực TĐC chưa cụ thể."]
    kn = ["Sở KH&CN đề xuất danh mục vị trí chuyên gia cần thu hút năm 2027 để Sở Nội vụ tổng hợp."]
    h5_xlsx(f, "SNV", "SỞ NỘI VỤ", "4410/BC-SNV", "Thành phố Hồ Chí Minh, ngày 25 tháng 10 năm 2026",
            "TIẾN TRÌNH THỰC HIỆN CÁC NHIỆM VỤ PHỐI HỢP THEO KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
            tasks, kk, kn, "Trần Minh Khoa")
    key(f, "SO-NV", "Sở Nội vụ", "4410/BC-SNV", "2026-10-25", [
        ("II.3.c", "in_progress", {}, tasks[0][2][1][2]),
        ("II.3.a", "completed", {"training_courses": 2, "participants": 168}, tasks[1][2][1][2]),
        ("II.6.b", "not_applicable", {}, tasks[2][2][0][2]),
        ("II.2.đ", "in_progress", {"inspections": 14}, tasks[3][2][1][2]),
    ], kk, kn)

    f = "VPUB_tien_trinh_KH38.xlsx"
    tasks = [
        ("Kết nối Cổng dịch vụ công Thành phố với Cổng thông tin một cửa quốc gia (thủ tục kiểm tra chất lượng hàng nhập khẩu)", "Hoàn thành", [
            ("Bước 1. Thống nhất phương án kết nối", "10/01/2026", "Biên bản làm việc với Trung tâm CNTT và Địa không gian"),
            ("Bước 2. Tổ chức thực hiện", "15/03/2026", "Tích hợp 05 thủ tục"),
            ("Bước 3. Sơ kết, báo cáo", "31/03/2026", "Đã báo cáo UBND TP")]),
        ("Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015 tại Văn phòng", "Hoàn thành", [
            ("Bước 1. Ban hành văn bản", "05/02/2026", "Kế hoạch duy trì HTQLCL năm 2026"),
            ("Bước 2. Tổ chức thực hiện", "30/06/2026", "Đánh giá nội bộ, xem xét của lãnh đạo"),
            ("Bước 3. Sơ kết, báo cáo", "15/07/2026", None)]),
        ("Đăng tin về tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử Thành phố", "Đang thực hiện", [
            ("Bước 1. Tiếp nhận tin bài từ các sở, ngành", "thường xuyên", None),
            ("Bước 2. Tổ chức thực hiện", "", "23 tin, bài đã đăng"),
            ("Bước 3. Sơ kết, báo cáo", "", None)]),
        ("Công khai dữ liệu tiêu chuẩn, đo lường, chất lượng trên Cổng dữ liệu mở của Thành phố", "Chưa thực hiện", [
            ("Bước 1. Xác định danh mục dữ liệu", "", "Chưa nhận được danh mục từ Sở KH&CN"),
            ("Bước 2. Tổ chức thực hiện", "", None),
            ("Bước 3. Sơ kết, báo cáo", "", None)]),
    ]
    kk = ["Không có."]
    kn = ["Đề nghị Sở KH&CN gửi danh mục dữ liệu TĐC cần công khai trên Cổng dữ liệu mở của Thành phố."]
    h5_xlsx(f, "VPUB", "VĂN PHÒNG UBND THÀNH PHỐ", "7315/VP-KT", "TP.HCM, ngày 16/10/2026",
            "TIẾN TRÌNH THỰC HIỆN NHIỆM VỤ PHỐI HỢP – KẾ HOẠCH CT38 NĂM 2026",
            tasks, kk, kn, "Ngô Thị Kim Yến")
    key(f, "VP-UBND", "Văn phòng Ủy ban nhân dân Thành phố", "7315/VP-KT", "2026-10-16", [
        ("II.2.h", "completed", {}, tasks[0][0] + " – " + tasks[0][2][1][2]),
        ("II.2.đ", "completed", {}, tasks[1][0]),
        ("II.1.a", "in_progress", {"communications": 23}, tasks[2][2][1][2]),
        ("II.2.i", "not_started", {}, tasks[3][0] + " – " + tasks[3][2][0][2]),
    ], [], kn)

    f = "SDTTG_tien_trinh_2026.xlsx"
    tasks = [
        ("Dự án 5: Phát triển giáo dục nghề nghiệp, giải quyết việc làm cho người dân tộc thiểu số", "Đang thực hiện", [
            ("Bước 1. Ban hành kế hoạch", D(2026, 3, 3), "Kế hoạch số 214/KH-SDTTG"),
            ("Bước 2. Tổ chức thực hiện", None, "06 lớp đào tạo nghề; 245 học viên; giải ngân 1.860.000.000 đồng"),
            ("Bước 3. Sơ kết, báo cáo", None, None)]),
        ("Dự án 10: Truyền thông, tuyên truyền, vận động trong vùng đồng bào dân tộc thiểu số", "Hoàn thành", [
            ("Bước 1. Ban hành kế hoạch", D(2026, 2, 10), None),
            ("Bước 2. Tổ chức thực hiện", D(2026, 8, 30), "12 hội nghị tuyên truyền; 48 tin, bài"),
            ("Bước 3. Sơ kết, báo cáo", D(2026, 9, 15), None)]),
        ("Chính sách hỗ trợ người có uy tín", "Hoàn thành", [
            ("Bước 2. Tổ chức thực hiện", D(2026, 2, 5), "Thăm, tặng quà 318 người có uy tín dịp Tết")]),
    ]
    h5_xlsx(f, "SDTTG", "SỞ DÂN TỘC VÀ TÔN GIÁO", "1127/BC-SDTTG", "Thành phố Hồ Chí Minh, ngày 09 tháng 10 năm 2026",
            "TIẾN TRÌNH THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA PHÁT TRIỂN KINH TẾ - XÃ HỘI VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ NĂM 2026",
            tasks, ["Nguồn vốn sự nghiệp phân bổ chậm."], ["Đề nghị Sở Tài chính sớm phân bổ vốn sự nghiệp năm 2026."], "Điểu Thị Hoa")
    key(f, "SO-DTTG", "Sở Dân tộc và Tôn giáo", "1127/BC-SDTTG", "2026-10-09", [], [], [],
        rejected="Bảng tiến trình thực hiện Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số năm 2026, "
                 "không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")


if __name__ == "__main__":
    hand1(); hand2(); hand3(); hand4(); hand5()
    with open(os.path.join(OUT, "keys_draft.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
    print(len(KEYS), "files")
