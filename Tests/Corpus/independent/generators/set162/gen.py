# -*- coding: utf-8 -*-
"""Generator for set 162: 17 progress reports (10 DOCX, 7 XLSX, 2 mistaken) in 5 hands.
Writes the files into this folder and the answer keys into truth/ (sha256 filled by finish())."""
import os, json, hashlib, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT, WD_SECTION
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


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": [{"task": t, "status": s, "indicators": ind, "text": tx} for (t, s, ind, tx) in entries],
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
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    return d


def para(d, text="", bold=False, italic=False, align=None, size=None, indent=True, underline=False):
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
    elif align == "j" or align is None:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.first_line_indent = Cm(1)
    return p


def runs(d, parts, indent=True, style=None):
    """parts: list of (text, fmt) fmt in '', 'b', 'i', 'bi', 'u'"""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and not style:
        p.paragraph_format.first_line_indent = Cm(1)
    for t, f in parts:
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
        r.underline = "u" in f
    return p


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def cell_text(cell, lines, bold=False, italic=False, align="c", size=None):
    if isinstance(lines, str):
        lines = [lines]
    cell.text = ""
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(ln)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
        p.paragraph_format.first_line_indent = None
        p.paragraph_format.space_after = Pt(0)


def header_table(d, left, right_date, number, left_sub=None, vv=None, widths=(6.5, 9.5)):
    t = d.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    l0 = left + ([left_sub] if left_sub else [])
    cell_text(t.cell(0, 0), l0, bold=True, size=12)
    cell_text(t.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], bold=True, size=12)
    c = t.cell(1, 0)
    cell_text(c, ["Số: " + number] + ([vv] if vv else []), size=12)
    cell_text(t.cell(1, 1), [right_date], italic=True, size=12)
    for row in t.rows:
        row.cells[0].width, row.cells[1].width = Cm(widths[0]), Cm(widths[1])
    d.add_paragraph()
    return t


def grid(tbl):
    tbl.style = "Table Grid"


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def signature(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    c0.text = ""
    for i, (ln, f) in enumerate(left_lines):
        p = c0.paragraphs[0] if i == 0 else c0.add_paragraph()
        r = p.add_run(ln)
        r.bold, r.italic = "b" in f, "i" in f
        r.font.size = Pt(11 if i else 12)
        p.paragraph_format.space_after = Pt(0)
    cell_text(c1, [x for x in right_lines], bold=True, size=13)
    # last line (name) stays bold; blank lines for signing
    return t


# ============================================================ HAND 1
# Nguyễn Thanh Phong — chuyên viên Văn phòng/Phòng Kế hoạch of a department that lives by its
# own inspection plans: sections are the department's own "Kế hoạch số …/KH-S.." documents with a
# fixed "Phạm vi – Thời gian – Lực lượng – Kết quả – Tình hình thực hiện kế hoạch" block; the CT38
# plan is mentioned only in passing ("góp phần thực hiện …") on some sections.

def hand1(fname, unit_upper, unit_short, number, date_words, title, intro, sections, closing_parts,
          diffs, props, signer, nhan, mistaken=False):
    d = new_doc()
    header_table(d, ["UBND THÀNH PHỐ HỒ CHÍ MINH"], date_words, number, left_sub=unit_upper)
    # fix: second line of left cell bold already
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, title, bold=True, align="c")
    para(d, "______", align="c")
    kg = "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh." if not mistaken else "Kính gửi: Ủy ban nhân dân Thành phố Hồ Chí Minh."
    para(d, kg, align="c")
    for x in intro:
        para(d, x)
    para(d, "I. KẾT QUẢ THỰC HIỆN CÁC KẾ HOẠCH KIỂM TRA, HỖ TRỢ NĂM 2026", bold=True, indent=False)
    for i, s in enumerate(sections, 1):
        runs(d, [(f"{i}. {s['name']}", "b")])
        for lab in ("Phạm vi", "Thời gian", "Lực lượng"):
            if s.get(lab):
                runs(d, [(f"- {lab}: ", "i"), (s[lab], "")])
        runs(d, [("- Kết quả: ", "i"), (s["Kết quả"], "")])
        for extra in s.get("more", []):
            para(d, "+ " + extra)
        runs(d, [("- Tình hình thực hiện kế hoạch: ", "i"), (s["Tình hình"], "")])
        if s.get("ct38"):
            para(d, s["ct38"], italic=True)
    para(d, "II. " + closing_parts[0], bold=True, indent=False)
    for x in closing_parts[1]:
        para(d, x)
    para(d, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in diffs:
        para(d, "- " + x)
    para(d, "IV. KIẾN NGHỊ", bold=True, indent=False)
    for x in props:
        para(d, "- " + x)
    para(d, f"Trên đây là báo cáo của {unit_short}./.")
    signature(d, [("Nơi nhận:", "bi")] + [("- " + n, "") for n in nhan], signer)
    d.save(os.path.join(OUT, fname))


def r01():
    f = "bc-so-cong-thuong-kiem-tra-tdc-2026.docx"
    diffs = ["Lực lượng làm công tác kiểm tra chuyên ngành của Sở còn mỏng, cùng lúc phải thực hiện nhiều kế hoạch kiểm tra theo chỉ đạo của Thành phố.",
             "Kinh phí thử nghiệm mẫu xăng dầu, đồ chơi trẻ em lớn, một số chỉ tiêu phải gửi phòng thử nghiệm ngoài Thành phố nên thời gian trả kết quả kéo dài."]
    props = ["Đề nghị Sở Khoa học và Công nghệ chỉ đạo Chi cục Tiêu chuẩn Đo lường Chất lượng tiếp tục cử công chức tham gia các đoàn kiểm tra liên ngành về xăng dầu, khí dầu mỏ hóa lỏng của Sở Công Thương.",
             "Đề nghị chia sẻ danh sách tổ chức thử nghiệm được chỉ định trên địa bàn Thành phố để Sở chủ động lựa chọn khi lấy mẫu khảo sát."]
    sections = [
        {"name": "Kế hoạch số 215/KH-SCT ngày 20/02/2026 về kiểm tra chất lượng, đo lường trong kinh doanh xăng dầu, khí dầu mỏ hóa lỏng (LPG) năm 2026",
         "Phạm vi": "cửa hàng bán lẻ xăng dầu, cơ sở chiết nạp LPG trên địa bàn các phường, xã khu vực phía Đông và phía Bắc Thành phố.",
         "Thời gian": "từ tháng 4/2026 đến hết tháng 9/2026.",
         "Lực lượng": "Phòng Quản lý Năng lượng chủ trì, mời Chi cục Tiêu chuẩn Đo lường Chất lượng và Công an Thành phố cử người tham gia.",
         "Kết quả": "Sở thành lập 03 đoàn kiểm tra, đã kiểm tra 20 cơ sở (14 cửa hàng xăng dầu và 06 cơ sở chiết nạp LPG); lấy 18 mẫu xăng, dầu điêzen gửi thử nghiệm các chỉ tiêu chất lượng theo QCVN 01:2022/BKHCN.",
         "more": ["Phát hiện 03 cơ sở vi phạm (02 cơ sở có cột đo xăng dầu sai số vượt giới hạn cho phép, 01 cơ sở chai LPG không ghi đủ nhãn hàng hóa).",
                  "Đã ban hành quyết định xử phạt vi phạm hành chính với tổng số tiền 67.500.000 đồng, nộp đủ vào ngân sách."],
         "Tình hình": "kế hoạch đã kết thúc, Sở đã ban hành Thông báo kết luận kiểm tra ngày 08/10/2026.",
         "ct38": "(Kết quả kiểm tra nêu trên đồng thời là phần việc Sở Công Thương phối hợp thực hiện nội dung kiểm tra, giám sát bảo đảm an toàn sản phẩm, hàng hóa lưu thông trên thị trường theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ.)"},
        {"name": "Kế hoạch số 388/KH-SCT ngày 15/3/2026 về khảo sát chất lượng đồ chơi trẻ em, thiết bị điện gia dụng lưu thông trên thị trường",
         "Phạm vi": "các chợ đầu mối, trung tâm thương mại, cửa hàng bán lẻ đồ chơi, đồ điện.",
         "Thời gian": "tháng 7/2026 đến tháng 12/2026.",
         "Lực lượng": "Phòng Quản lý Thương mại phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm.",
         "Kết quả": "đến ngày 25/10/2026 đã mua, lấy 35 mẫu đồ chơi trẻ em, bàn là, ấm siêu tốc để khảo sát; đã có kết quả thử nghiệm 21 mẫu, trong đó 04 mẫu không đạt chỉ tiêu ghi nhãn; kết quả được thông tin cho lực lượng Quản lý thị trường để theo dõi.",
         "Tình hình": "đang thực hiện, dự kiến tổng hợp kết quả và thông tin cảnh báo người tiêu dùng trong tháng 12/2026."},
        {"name": "Kế hoạch số 102/KH-SCT ngày 28/01/2026 hỗ trợ doanh nghiệp công nghiệp hỗ trợ nâng cao năng suất, chất lượng",
         "Thời gian": "cả năm 2026.",
         "Kết quả": "Sở đã hỗ trợ 11 doanh nghiệp xây dựng, áp dụng hệ thống quản lý chất lượng ISO 9001, ISO 14001 và công cụ 5S, Kaizen; tổ chức 02 hội thảo giới thiệu mô hình quản lý tiên tiến với 145 đại biểu là đại diện doanh nghiệp tham dự.",
         "Tình hình": "các hội thảo đã tổ chức xong; phần hỗ trợ doanh nghiệp đang tiếp tục thực hiện đến hết năm."},
        {"name": "Kế hoạch số 57/KH-SCT ngày 10/02/2026 về phối hợp với Ủy ban nhân dân các phường, xã kiểm tra đo lường tại chợ truyền thống",
         "Thời gian": "Quý II và Quý III/2026.",
         "Lực lượng": "Phòng Quản lý Thương mại cùng công chức phụ trách kinh tế của UBND phường, xã nơi có chợ.",
         "Kết quả": "đã phối hợp tổ chức 04 cuộc kiểm tra tại 09 chợ, kiểm tra 38 hộ kinh doanh sử dụng cân; nhắc nhở, hướng dẫn các hộ kinh doanh sử dụng cân đã được kiểm định, không vi phạm phải xử phạt.",
         "Tình hình": "đã hoàn thành theo kế hoạch.",
         "ct38": "(Nội dung này Sở báo cáo để Chi cục Tiêu chuẩn Đo lường Chất lượng tổng hợp chung vào phần phối hợp với phường, xã thực hiện các nội dung được phân quyền.)"},
    ]
    closing = ("CÔNG TÁC THÔNG TIN, TUYÊN TRUYỀN",
               ["Trong năm, Cổng thông tin điện tử của Sở đăng tải 24 tin, bài về quy định ghi nhãn hàng hóa, đo lường trong kinh doanh xăng dầu và khuyến cáo người tiêu dùng lựa chọn hàng hóa có dấu hợp quy."])
    hand1(f, "SỞ CÔNG THƯƠNG", "Sở Công Thương", "4127/BC-SCT",
          "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
          "Kết quả thực hiện các kế hoạch kiểm tra chuyên ngành năm 2026 có liên quan đến công tác tiêu chuẩn, đo lường, chất lượng",
          ["Thực hiện Công văn số 3021/SKHCN-TĐC ngày 06/10/2026 của Sở Khoa học và Công nghệ về việc báo cáo tình hình thực hiện Chỉ thị số 38-CT/TW, Sở Công Thương báo cáo kết quả thực hiện các kế hoạch của Sở trong năm 2026 có liên quan như sau:"],
          sections, closing, diffs, props,
          ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Trần Minh Khoa"],
          ["Như trên;", "Giám đốc Sở (để b/c);", "Lưu: VT, QLTM."])
    key(f, "SO-CT", "Sở Công Thương", "4127/BC-SCT", "2026-10-30", [
        ("II.5.a", "completed", {"inspections": 3, "establishments_inspected": 20, "samples_tested": 18, "violations": 3, "fines_vnd": 67500000},
         "Kế hoạch số 215/KH-SCT kiểm tra chất lượng, đo lường trong kinh doanh xăng dầu, LPG: 03 đoàn, 20 cơ sở, 18 mẫu, 03 cơ sở vi phạm, phạt 67.500.000 đồng; kế hoạch đã kết thúc."),
        ("II.5.b", "in_progress", {"samples_tested": 35},
         "Kế hoạch số 388/KH-SCT khảo sát chất lượng đồ chơi trẻ em, thiết bị điện gia dụng: lấy 35 mẫu khảo sát; đang thực hiện."),
        ("II.2.d", "in_progress", {"enterprises_supported": 11, "training_courses": 2, "participants": 145},
         "Kế hoạch số 102/KH-SCT hỗ trợ 11 doanh nghiệp áp dụng ISO 9001, ISO 14001, 5S, Kaizen; 02 hội thảo, 145 đại biểu; đang tiếp tục."),
        ("II.5.c", "completed", {"inspections": 4, "establishments_inspected": 38},
         "Kế hoạch số 57/KH-SCT phối hợp UBND phường, xã kiểm tra đo lường tại chợ: 04 cuộc, 38 hộ kinh doanh; đã hoàn thành."),
        ("II.1.a", "unknown", {"communications": 24},
         "Cổng thông tin điện tử của Sở đăng tải 24 tin, bài về ghi nhãn, đo lường xăng dầu."),
    ], diffs, props)


def r02():
    f = "SXD_baocao_KHkiemtra_VLXD_T10.docx"
    diffs = ["Một số cơ sở sản xuất gạch không nung quy mô nhỏ chưa thực hiện công bố hợp quy, khi kiểm tra không xuất trình được hồ sơ.",
             "Việc chuyển đổi hệ thống quản lý chất lượng sang môi trường điện tử còn chậm do phần mềm quản lý văn bản mới được nâng cấp."]
    props = ["Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức tập huấn về công bố hợp quy sản phẩm vật liệu xây dựng cho doanh nghiệp nhỏ và vừa."]
    sections = [
        {"name": "Kế hoạch số 1120/KH-SXD ngày 05/3/2026 kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng năm 2026",
         "Phạm vi": "cơ sở sản xuất, kinh doanh xi măng, thép xây dựng, gạch ốp lát, kính xây dựng thuộc danh mục QCVN 16:2023/BXD.",
         "Thời gian": "từ tháng 4 đến tháng 8/2026.",
         "Lực lượng": "Phòng Quản lý vật liệu xây dựng chủ trì; mời Chi cục Tiêu chuẩn Đo lường Chất lượng tham gia.",
         "Kết quả": "thực hiện 05 cuộc kiểm tra tại 31 cơ sở; lấy 26 mẫu vật liệu thử nghiệm; phát hiện 04 cơ sở vi phạm về công bố hợp quy, ghi nhãn; xử phạt 42.000.000 đồng.",
         "Tình hình": "kế hoạch đã kết thúc và đã tổng kết.",
         "ct38": "(Góp phần thực hiện nhiệm vụ tăng cường kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng theo Kế hoạch của Sở Khoa học và Công nghệ.)"},
        {"name": "Kế hoạch số 1388/KH-SXD ngày 22/4/2026 kiểm tra điều kiện hoạt động của phòng thí nghiệm chuyên ngành xây dựng (LAS-XD)",
         "Thời gian": "tháng 6 – tháng 11/2026.",
         "Kết quả": "đến nay đã kiểm tra 12 phòng thí nghiệm chuyên ngành xây dựng về năng lực thử nghiệm, việc hiệu chuẩn thiết bị thử nghiệm; yêu cầu 02 phòng thí nghiệm bổ sung hồ sơ hiệu chuẩn.",
         "Tình hình": "đoàn kiểm tra chưa kết thúc, còn 05 phòng thí nghiệm sẽ kiểm tra trong tháng 11/2026."},
        {"name": "Kế hoạch số 640/KH-SXD ngày 02/02/2026 về rà soát, góp ý hệ thống quy chuẩn, tiêu chuẩn ngành xây dựng",
         "Kết quả": "Sở đã có văn bản góp ý 05 dự thảo theo đề nghị của Bộ Xây dựng, gồm 03 dự thảo quy chuẩn kỹ thuật quốc gia (QCVN về vật liệu xây dựng, an toàn cháy cho nhà và công trình, công trình hạ tầng kỹ thuật) và 02 dự thảo tiêu chuẩn quốc gia TCVN.",
         "Tình hình": "đã hoàn thành."},
        {"name": "Kế hoạch số 95/KH-SXD ngày 15/01/2026 về duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở",
         "Kết quả": "đã cập nhật 46 quy trình nội bộ giải quyết thủ tục hành chính sau khi sắp xếp bộ máy; đang chuyển các quy trình sang vận hành trên môi trường điện tử.",
         "Tình hình": "đang thực hiện.",
         "ct38": "(Nội dung này tương ứng với yêu cầu áp dụng hệ thống quản lý chất lượng trong cơ quan hành chính nhà nước.)"},
    ]
    closing = ("CÔNG TÁC KHÁC", ["Sở tiếp tục phối hợp với các đơn vị liên quan theo đề nghị; trong kỳ không phát sinh nội dung khác."])
    hand1(f, "SỞ XÂY DỰNG", "Sở Xây dựng", "8752/BC-SXD",
          "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
          "Tình hình thực hiện các kế hoạch kiểm tra, quản lý chất lượng vật liệu xây dựng năm 2026",
          ["Theo đề nghị của Sở Khoa học và Công nghệ tại Công văn số 3021/SKHCN-TĐC ngày 06/10/2026, Sở Xây dựng báo cáo kết quả thực hiện như sau:"],
          sections, closing, diffs, props,
          ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Lê Hoàng Sơn"],
          ["Sở KH&CN;", "Lưu: VT, QLVLXD."])
    key(f, "SO-XD", "Sở Xây dựng", "8752/BC-SXD", "2026-10-27", [
        ("II.5.a", "completed", {"inspections": 5, "establishments_inspected": 31, "samples_tested": 26, "violations": 4, "fines_vnd": 42000000},
         "Kế hoạch số 1120/KH-SXD kiểm tra chất lượng vật liệu xây dựng: 05 cuộc, 31 cơ sở, 26 mẫu, 04 vi phạm, 42.000.000 đồng; đã kết thúc."),
        ("II.2.g", "in_progress", {"establishments_inspected": 12},
         "Kế hoạch số 1388/KH-SXD kiểm tra phòng thí nghiệm chuyên ngành xây dựng (LAS-XD): 12 phòng thí nghiệm; đoàn chưa kết thúc."),
        ("II.2.e", "completed", {"standards_reviewed": 5},
         "Góp ý 03 dự thảo QCVN và 02 dự thảo TCVN; đã hoàn thành."),
        ("II.2.đ", "in_progress", {},
         "Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở; đang thực hiện."),
    ], diffs, props)


def r03():  # mistaken: food safety
    f = "SATTP-BC-KT-Trung-thu-2026.docx"
    diffs = ["Nhiều cơ sở sản xuất bánh trung thu thủ công hoạt động theo mùa vụ, không đăng ký kinh doanh."]
    props = ["Đề nghị Ủy ban nhân dân Thành phố chỉ đạo Ủy ban nhân dân các phường, xã tăng cường hậu kiểm cơ sở sản xuất thực phẩm theo mùa vụ."]
    sections = [
        {"name": "Kế hoạch số 233/KH-SATTP ngày 18/7/2026 kiểm tra an toàn thực phẩm dịp Tết Trung thu năm 2026",
         "Phạm vi": "cơ sở sản xuất, kinh doanh bánh trung thu, nguyên liệu làm bánh.",
         "Thời gian": "từ 01/8/2026 đến 30/9/2026.",
         "Lực lượng": "Phòng Thanh tra – Pháp chế và các Đội quản lý an toàn thực phẩm.",
         "Kết quả": "06 đoàn kiểm tra 84 cơ sở; lấy 52 mẫu bánh, nhân bánh xét nghiệm nhanh; 09 cơ sở vi phạm điều kiện bảo đảm an toàn thực phẩm; xử phạt 121.000.000 đồng; tiêu hủy 340 kg nguyên liệu không rõ nguồn gốc.",
         "Tình hình": "kế hoạch đã kết thúc."},
        {"name": "Kế hoạch số 241/KH-SATTP ngày 25/7/2026 giám sát ngộ độc thực phẩm tại bếp ăn tập thể khu công nghiệp",
         "Thời gian": "Quý III – Quý IV/2026.",
         "Kết quả": "giám sát 47 bếp ăn tập thể; không ghi nhận vụ ngộ độc thực phẩm tập thể.",
         "Tình hình": "đang thực hiện."},
    ]
    closing = ("CÔNG TÁC THÔNG TIN, TRUYỀN THÔNG", ["Phát hành 12.000 tờ rơi khuyến cáo lựa chọn bánh trung thu an toàn; đăng 31 tin, bài trên trang thông tin điện tử."])
    hand1(f, "SỞ AN TOÀN THỰC PHẨM", "Sở An toàn thực phẩm", "1964/BC-SATTP",
          "Thành phố Hồ Chí Minh, ngày 21 tháng 10 năm 2026",
          "Kết quả thực hiện các kế hoạch kiểm tra, giám sát an toàn thực phẩm dịp Tết Trung thu năm 2026",
          ["Thực hiện chỉ đạo của Ủy ban nhân dân Thành phố, Sở An toàn thực phẩm báo cáo kết quả thực hiện các kế hoạch kiểm tra an toàn thực phẩm dịp Tết Trung thu năm 2026 như sau:"],
          sections, closing, diffs, props,
          ["GIÁM ĐỐC", "", "", "", "Phạm Thị Ngọc Lan"],
          ["UBND Thành phố;", "Sở Y tế;", "Lưu: VT, TTPC."], mistaken=True)
    key(f, "SO-ATTP", "Sở An toàn thực phẩm", "1964/BC-SATTP", "2026-10-21", [], [], [],
        status="rejected",
        reason="Không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng: đây là báo cáo kiểm tra an toàn thực phẩm dịp Tết Trung thu gửi UBND Thành phố, gửi nhầm.")


# ============================================================ HAND 2
# Võ Thị Kim Thoa — chuyên viên Văn phòng Sở, writes a one-page công văn (V/v …) that only points
# to the annex, then a LANDSCAPE section "PHỤ LỤC" table with a repeating header row and the
# columns "Đầu mối trong Sở | Nội dung công việc | Việc đã làm | Số liệu | Tình trạng | Ghi chú".
# Figures in "Số liệu" are one "noun: number" per line; money as "118,5 triệu đồng".

def hand2(fname, unit_upper, unit_short, number, vv, date_words, date_short, body, rows, diffs, props, signer, nhan):
    d = new_doc(size=13)
    header_table(d, ["UBND THÀNH PHỐ HỒ CHÍ MINH"], date_words, number, left_sub=unit_upper, vv="V/v " + vv)
    para(d, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh", align="c")
    for x in body:
        para(d, x)
    if diffs:
        para(d, f"Trong quá trình thực hiện, {unit_short} gặp một số khó khăn:")
        for x in diffs:
            para(d, "- " + x)
    if props:
        para(d, f"{unit_short} kiến nghị:")
        for x in props:
            para(d, "- " + x)
    para(d, f"{unit_short} kính gửi Sở Khoa học và Công nghệ tổng hợp./.")
    signature(d, [("Nơi nhận:", "bi")] + [("- " + n, "") for n in nhan], signer)
    # landscape annex
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(2), Cm(1.5), Cm(1.5), Cm(1.5)
    para(d, "PHỤ LỤC", bold=True, align="c")
    para(d, "KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026", bold=True, align="c")
    para(d, f"(Kèm theo Công văn số {number} ngày {date_short} của {unit_short})", italic=True, align="c")
    cols = ["STT", "Đầu mối trong Sở", "Nội dung công việc", "Việc đã làm", "Số liệu", "Tình trạng", "Ghi chú"]
    widths = [1.1, 3.6, 5.2, 7.6, 4.2, 2.8, 2.6]
    t = d.add_table(rows=1, cols=len(cols))
    grid(t)
    for j, c in enumerate(cols):
        cell_text(t.cell(0, j), c, bold=True, size=11)
    repeat_header(t.rows[0])
    for i, r in enumerate(rows, 1):
        cells = t.add_row().cells
        cell_text(cells[0], str(i), size=11)
        cell_text(cells[1], r[0], size=11, align="l")
        cell_text(cells[2], r[1], size=11, align="l")
        cell_text(cells[3], r[2], size=11, align="l")
        cell_text(cells[4], r[3], size=11, align="l")
        cell_text(cells[5], r[4], size=11)
        cell_text(cells[6], r[5] if len(r) > 5 else "", size=11, align="l", italic=True)
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    d.save(os.path.join(OUT, fname))


def r04():
    f = "CV_SNNMT_bc_CT38_2026.docx"
    diffs = ["Kinh phí lấy mẫu phân bón, thuốc bảo vệ thực vật để kiểm tra chất lượng chưa đáp ứng nhu cầu thực tế, đợt 2 phải thu hẹp số mẫu.",
             "Nhiều hợp tác xã, hộ sản xuất chưa quen với việc cập nhật nhật ký sản xuất điện tử phục vụ truy xuất nguồn gốc."]
    props = ["Đề nghị Sở Khoa học và Công nghệ hướng dẫn việc kết nối dữ liệu truy xuất nguồn gốc nông sản của Sở với Cổng truy xuất nguồn gốc quốc gia.",
             "Đề nghị bố trí thêm kinh phí kiểm định, hiệu chuẩn thiết bị quan trắc môi trường tự động năm 2027."]
    rows = [
        ("Chi cục Trồng trọt và Bảo vệ thực vật", "Kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, giống cây trồng lưu thông trên thị trường",
         "Tổ chức 2 đợt kiểm tra cơ sở buôn bán phân bón, thuốc BVTV; lấy mẫu kiểm tra chất lượng, xử lý vi phạm.",
         "Số cuộc: 08\nSố cơ sở: 64\nSố mẫu: 42\nCơ sở vi phạm: 07\nTiền phạt: 118,5 triệu đồng", "Đang làm", "Đợt 2 kết thúc 30/11"),
        ("Chi cục Phát triển nông thôn", "Truy xuất nguồn gốc nông sản, cấp mã số vùng trồng",
         "Hướng dẫn hợp tác xã, doanh nghiệp áp dụng tem QR truy xuất nguồn gốc và nhật ký điện tử.",
         "HTX, doanh nghiệp được hướng dẫn: 23", "Đang làm", ""),
        ("Phòng Môi trường", "Góp ý quy chuẩn kỹ thuật về môi trường",
         "Góp ý dự thảo QCVN về nước thải công nghiệp và dự thảo quy chuẩn kỹ thuật địa phương về nước thải sinh hoạt.",
         "Số quy chuẩn góp ý: 02", "Đã xong", ""),
        ("Trung tâm Quan trắc tài nguyên và môi trường", "Kiểm định, hiệu chuẩn thiết bị quan trắc môi trường tự động phục vụ phát hiện vi phạm",
         "Thuê đơn vị đủ điều kiện kiểm định, hiệu chuẩn thiết bị của các trạm quan trắc.",
         "Thiết bị được kiểm định, hiệu chuẩn: 37\nKinh phí đã chi: 286,4 triệu đồng", "Đã xong", ""),
        ("Văn phòng Sở", "Tập huấn cho công chức phường, xã về quản lý chất lượng vật tư nông nghiệp",
         "Phối hợp Chi cục TĐC biên soạn tài liệu, tổ chức lớp tại 3 khu vực.",
         "Số lớp: 03\nHọc viên: 260", "Đã xong", ""),
        ("Văn phòng Sở", "Tuyên truyền về tiêu chuẩn, chất lượng vật tư nông nghiệp",
         "Đăng tin trên trang thông tin điện tử Sở, bản tin nông nghiệp.",
         "Tin, bài: 15", "Đang làm", "Thường xuyên"),
    ]
    hand2(f, "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Sở Nông nghiệp và Môi trường", "6215/SNNMT-VP",
          "báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
          "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026", "29/10/2026",
          ["Phúc đáp Công văn số 3021/SKHCN-TĐC ngày 06/10/2026 của Sở Khoa học và Công nghệ, Sở Nông nghiệp và Môi trường gửi kết quả thực hiện các nội dung liên quan tại Phụ lục kèm theo Công văn này."],
          rows, diffs, props, ["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "", "", "", "Huỳnh Văn Lợi"],
          ["Như trên;", "Lưu: VT."])
    key(f, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "6215/SNNMT-VP", "2026-10-29", [
        ("II.5.a", "in_progress", {"inspections": 8, "establishments_inspected": 64, "samples_tested": 42, "violations": 7, "fines_vnd": 118500000},
         "Kiểm tra chất lượng phân bón, thuốc BVTV, giống cây trồng: 08 cuộc, 64 cơ sở, 42 mẫu, 07 vi phạm, 118,5 triệu đồng; đang làm."),
        ("II.2.a", "in_progress", {"enterprises_supported": 23},
         "Truy xuất nguồn gốc nông sản, hướng dẫn 23 HTX, doanh nghiệp; đang làm."),
        ("II.2.e", "completed", {"standards_reviewed": 2},
         "Góp ý 02 quy chuẩn kỹ thuật về nước thải; đã xong."),
        ("II.4.b", "completed", {"instruments_verified": 37, "budget_spent_vnd": 286400000},
         "Kiểm định, hiệu chuẩn 37 thiết bị quan trắc môi trường tự động, 286,4 triệu đồng; đã xong."),
        ("II.3.a", "completed", {"training_courses": 3, "participants": 260},
         "Tập huấn công chức phường, xã: 03 lớp, 260 học viên; đã xong."),
        ("II.1.a", "in_progress", {"communications": 15},
         "Tuyên truyền về tiêu chuẩn, chất lượng vật tư nông nghiệp: 15 tin, bài; đang làm."),
    ], diffs, props)


def r05():
    f = "SGDDT-cong-van-bao-cao-CT38.docx"
    diffs = ["Các trường cao đẳng, trung cấp mới chuyển về Sở quản lý, chưa bố trí được giờ chính khóa cho nội dung tiêu chuẩn, đo lường, chất lượng."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ báo cáo viên cho các buổi sinh hoạt chuyên đề tại trường cao đẳng, trung cấp trong năm học 2026-2027."]
    rows = [
        ("Phòng Giáo dục nghề nghiệp và Giáo dục thường xuyên", "Phổ biến kiến thức tiêu chuẩn, đo lường, chất lượng cho học sinh, sinh viên trường cao đẳng, trung cấp",
         "Phối hợp Chi cục TĐC tổ chức sinh hoạt chuyên đề về mã số mã vạch, truy xuất nguồn gốc tại các trường.",
         "Buổi sinh hoạt chuyên đề: 04\nSinh viên tham dự: 610", "Đang làm", "Còn 02 trường trong tháng 11"),
        ("Phòng Kế hoạch – Tài chính", "Kiểm tra thiết bị dạy học, bàn ghế học sinh theo tiêu chuẩn quốc gia",
         "Kiểm tra việc mua sắm, sử dụng bàn ghế học sinh theo TCVN 7490, thiết bị dạy học tối thiểu.",
         "Số cuộc kiểm tra: 02\nSố trường được kiểm tra: 18", "Đã xong", ""),
        ("Văn phòng Sở", "Áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở",
         "Công bố lại hệ thống quản lý chất lượng sau khi sắp xếp tổ chức bộ máy.", "", "Đã xong", ""),
        ("Văn phòng Sở", "Tuyên truyền hưởng ứng Ngày Tiêu chuẩn thế giới 14/10",
         "Đăng tin trên cổng thông tin ngành giáo dục, gửi tài liệu cho các trường.", "Tin, bài: 06", "Đã xong", ""),
        ("Văn phòng Sở", "Vận động tham dự Giải thưởng Chất lượng Quốc gia", "—", "", "Không có việc", "Ngành không có đơn vị tham dự"),
    ]
    hand2(f, "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo", "5407/SGDĐT-VP",
          "báo cáo tình hình thực hiện Chỉ thị 38-CT/TW năm 2026",
          "Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026", "31/10/2026",
          ["Sở Giáo dục và Đào tạo nhận được Công văn số 3021/SKHCN-TĐC ngày 06/10/2026 của Sở Khoa học và Công nghệ đề nghị báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026.",
           "Sở Giáo dục và Đào tạo gửi kèm Phụ lục tổng hợp kết quả thực hiện của các phòng chuyên môn thuộc Sở."],
          rows, diffs, props, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Nguyễn Bảo Quốc"],
          ["Như trên;", "GĐ, các PGĐ;", "Lưu: VT, VP."])
    key(f, "SO-GDDT", "Sở Giáo dục và Đào tạo", "5407/SGDĐT-VP", "2026-10-31", [
        ("II.3.d", "in_progress", {"training_courses": 4, "participants": 610},
         "Sinh hoạt chuyên đề tiêu chuẩn, đo lường, chất lượng tại trường cao đẳng, trung cấp: 04 buổi, 610 sinh viên; đang làm."),
        ("II.5.a", "completed", {"inspections": 2, "establishments_inspected": 18},
         "Kiểm tra thiết bị dạy học, bàn ghế học sinh theo TCVN: 02 cuộc, 18 trường; đã xong."),
        ("II.2.đ", "completed", {}, "Công bố lại hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở; đã xong."),
        ("II.1.a", "completed", {"communications": 6}, "Tuyên truyền hưởng ứng Ngày Tiêu chuẩn thế giới: 06 tin, bài; đã xong."),
        ("II.1.b", "not_applicable", {}, "Vận động tham dự Giải thưởng Chất lượng Quốc gia: không có việc."),
    ], diffs, props)


def r06():
    f = "SVHTT_CV_ket_qua_CT38.docx"
    diffs = ["Chưa có quy chuẩn kỹ thuật quốc gia riêng cho một số loại dụng cụ tập luyện thể thao ngoài trời nên khó kết luận khi kiểm tra."]
    props = ["Đề nghị Sở Khoa học và Công nghệ cung cấp danh mục tiêu chuẩn quốc gia về dụng cụ, trang thiết bị thể thao hiện hành để Sở phổ biến cho các cơ sở."]
    rows = [
        ("Phòng Quản lý Thể dục thể thao", "Kiểm tra chất lượng dụng cụ, trang thiết bị tại cơ sở kinh doanh hoạt động thể thao",
         "Kiểm tra bể bơi, phòng tập thể hình về trang thiết bị, biển báo, dụng cụ theo tiêu chuẩn.",
         "Số cuộc: 03\nSố cơ sở: 22\nVi phạm: 02\nPhạt tiền: 15 triệu đồng", "Đã xong", ""),
        ("Phòng Báo chí – Xuất bản", "Định hướng báo chí tuyên truyền về tiêu chuẩn, đo lường, chất lượng",
         "Định hướng các cơ quan báo chí đưa tin Ngày Tiêu chuẩn thế giới, Ngày Đo lường Việt Nam.",
         "Tin, bài, phóng sự: 38", "Đang làm", "Thường xuyên"),
        ("Phòng Quản lý Thể dục thể thao", "Góp ý dự thảo quy chuẩn kỹ thuật quốc gia về an toàn bể bơi",
         "Có văn bản góp ý gửi Bộ Văn hóa, Thể thao và Du lịch.", "Số dự thảo QCVN góp ý: 01", "Đã xong", ""),
        ("Văn phòng Sở", "Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015", "Rà soát, cập nhật quy trình sau sắp xếp.", "", "Đang làm", ""),
        ("Văn phòng Sở", "Cử công chức dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng", "Cử công chức dự lớp do Chi cục TĐC tổ chức.",
         "Công chức tham dự: 05", "Đã xong", ""),
    ]
    hand2(f, "SỞ VĂN HÓA VÀ THỂ THAO", "Sở Văn hóa và Thể thao", "4388/SVHTT-VP",
          "kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026",
          "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026", "28/10/2026",
          ["Thực hiện đề nghị của Sở Khoa học và Công nghệ, Sở Văn hóa và Thể thao gửi kết quả thực hiện các nội dung có liên quan (chi tiết tại Phụ lục đính kèm)."],
          rows, diffs, props, ["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "", "", "", "Đặng Thị Mỹ Duyên"],
          ["Như trên;", "Lưu: VT."])
    key(f, "SO-VHTT", "Sở Văn hóa và Thể thao", "4388/SVHTT-VP", "2026-10-28", [
        ("II.5.a", "completed", {"inspections": 3, "establishments_inspected": 22, "violations": 2, "fines_vnd": 15000000},
         "Kiểm tra dụng cụ, trang thiết bị tại cơ sở kinh doanh thể thao: 03 cuộc, 22 cơ sở, 02 vi phạm, 15 triệu đồng; đã xong."),
        ("II.1.a", "in_progress", {"communications": 38}, "Định hướng báo chí tuyên truyền: 38 tin, bài, phóng sự; đang làm."),
        ("II.2.e", "completed", {"standards_reviewed": 1}, "Góp ý 01 dự thảo QCVN về an toàn bể bơi; đã xong."),
        ("II.2.đ", "in_progress", {}, "Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015; đang làm."),
        ("II.3.a", "completed", {"participants": 5}, "Cử 05 công chức dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng; đã xong."),
    ], diffs, props)


def r07():
    f = "QHKT_congvan_phu_luc_CT38.docx"
    diffs = []
    props = ["Đề nghị Sở Khoa học và Công nghệ thông báo sớm kế hoạch các lớp tập huấn năm 2027 để Sở bố trí công chức tham dự."]
    rows = [
        ("Phòng Quy hoạch – Kiến trúc", "Góp ý quy chuẩn kỹ thuật quốc gia về quy hoạch xây dựng",
         "Góp ý dự thảo sửa đổi QCVN 01:2021/BXD, QCVN 07 về công trình hạ tầng kỹ thuật và dự thảo quy chuẩn kiến trúc địa phương.",
         "Số quy chuẩn góp ý: 03", "Đã xong", ""),
        ("Văn phòng Sở", "Xây dựng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 (Sở mới thành lập lại)",
         "Đang xây dựng, rà soát các quy trình nội bộ.", "", "Đang làm", "Dự kiến công bố tháng 12/2026"),
        ("Văn phòng Sở", "Cử công chức dự tập huấn", "Cử công chức dự lớp tập huấn do Chi cục TĐC tổ chức tháng 8/2026.", "Công chức tham dự: 04", "Đã xong", ""),
        ("Văn phòng Sở", "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng", "—", "", "Không có việc", ""),
    ]
    hand2(f, "SỞ QUY HOẠCH - KIẾN TRÚC", "Sở Quy hoạch - Kiến trúc", "912/SQHKT-VP",
          "báo cáo Kế hoạch CT38 năm 2026",
          "Thành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026", "03/11/2026",
          ["Sở Quy hoạch - Kiến trúc được tái lập từ ngày 01/10/2025, các phần việc liên quan đến Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ được tổng hợp tại Phụ lục kèm theo."],
          rows, diffs, props, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Châu Thành Nhân"],
          ["Như trên;", "Lưu: VT."])
    key(f, "SO-QHKT", "Sở Quy hoạch - Kiến trúc", "912/SQHKT-VP", "2026-11-03", [
        ("II.2.e", "completed", {"standards_reviewed": 3}, "Góp ý 03 quy chuẩn kỹ thuật về quy hoạch xây dựng; đã xong."),
        ("II.2.đ", "in_progress", {}, "Xây dựng hệ thống quản lý chất lượng TCVN ISO 9001:2015; đang làm."),
        ("II.3.a", "completed", {"participants": 4}, "Cử 04 công chức dự tập huấn; đã xong."),
        ("II.1.a", "not_applicable", {}, "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng: không có việc."),
    ], diffs, props)


# ============================================================ HAND 3
# Lý Minh Tuấn — thống kê viên. One sheet "BIEU" whose columns are the department's OWN
# indicators with the unit in parentheses in the header cell ("Số cuộc kiểm tra (cuộc)",
# "Tiền phạt (triệu đồng)", plus indicators the contract does not cover), a "Mục KH" column
# with a short reference like "5a", real numbers with number formats; statuses and remarks live on
# a second sheet "DANH GIA" keyed by the same "Mục KH"; difficulties/proposals at the bottom there.

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def hand3(fname, unit_upper, title, sub, cols, rows, eval_rows, diffs, props, signer_line, date_line, lo_resave=False):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "BIEU"
    ncol = 3 + len(cols)
    ws["A1"] = "UBND THÀNH PHỐ HỒ CHÍ MINH"
    ws["A2"] = unit_upper
    ws["A2"].font = Font(bold=True)
    ws["A4"] = title
    ws["A4"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=4, start_column=1, end_row=4, end_column=ncol)
    ws["A4"].alignment = Alignment(horizontal="center")
    ws["A5"] = sub
    ws["A5"].font = Font(italic=True)
    ws.merge_cells(start_row=5, start_column=1, end_row=5, end_column=ncol)
    ws["A5"].alignment = Alignment(horizontal="center")
    hdr = ["STT", "Lĩnh vực / nội dung", "Mục KH"] + [c[0] for c in cols]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    ws.row_dimensions[7].height = 60
    r = 8
    for i, row in enumerate(rows, 1):
        vals = [i, row[0], row[1]] + list(row[2])
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left" if j == 2 else "center")
            if j > 3 and isinstance(v, (int, float)):
                c.number_format = cols[j - 4][1]
        r += 1
    ws.cell(row=r + 1, column=2, value="Ghi chú: ô để trống là không có số liệu; số liệu tính từ 01/01/2026 đến 15/10/2026.").font = Font(italic=True)
    ws.cell(row=r + 3, column=2, value="Người lập biểu").font = Font(bold=True)
    ws.cell(row=r + 3, column=ncol - 2, value=date_line).font = Font(italic=True)
    ws.cell(row=r + 7, column=2, value=signer_line[0])
    ws.cell(row=r + 4, column=ncol - 2, value=signer_line[1]).font = Font(bold=True)
    ws.cell(row=r + 8, column=ncol - 2, value=signer_line[2]).font = Font(bold=True)
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 46
    ws.column_dimensions["C"].width = 8
    for j in range(4, ncol + 1):
        ws.column_dimensions[get_column_letter(j)].width = 14
    ws.freeze_panes = "D8"
    ws.page_setup.orientation = "landscape"
    # second sheet
    w2 = wb.create_sheet("DANH GIA")
    w2["A1"] = "ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN (theo Mục KH tại sheet BIEU)"
    w2["A1"].font = Font(bold=True)
    for j, h in enumerate(["Mục KH", "Tình hình thực hiện", "Nhận xét"], 1):
        c = w2.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    rr = 4
    for e in eval_rows:
        for j, v in enumerate(e, 1):
            c = w2.cell(row=rr, column=j, value=v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        rr += 1
    rr += 1
    if diffs:
        w2.cell(row=rr, column=1, value="Khó khăn, vướng mắc:").font = Font(bold=True)
        rr += 1
        for x in diffs:
            w2.cell(row=rr, column=2, value=x)
            rr += 1
    if props:
        w2.cell(row=rr, column=1, value="Kiến nghị, đề xuất:").font = Font(bold=True)
        rr += 1
        for x in props:
            w2.cell(row=rr, column=2, value=x)
            rr += 1
    w2.column_dimensions["A"].width = 18
    w2.column_dimensions["B"].width = 70
    w2.column_dimensions["C"].width = 40
    wb.save(os.path.join(OUT, fname))


def r08():
    f = "SYT_BieuSL_CT38_2026.xlsx"
    cols = [("Số cuộc kiểm tra (cuộc)", "0"), ("Số cơ sở được kiểm tra (cơ sở)", "0"), ("Số cơ sở vi phạm (cơ sở)", "0"),
            ("Tiền phạt (triệu đồng)", "#,##0.0"), ("Số mẫu lấy kiểm nghiệm (mẫu)", "0"), ("Số thiết bị được kiểm định, hiệu chuẩn (thiết bị)", "0"),
            ("Kinh phí thực hiện (triệu đồng)", "#,##0.0"), ("Số lớp tập huấn (lớp)", "0"), ("Số lượt người tham dự (lượt)", "0"),
            ("Giá trị thuốc, mỹ phẩm thu hồi (triệu đồng)", "#,##0.0")]
    N = None
    rows = [
        ("Kiểm tra chất lượng thuốc, mỹ phẩm, trang thiết bị y tế lưu hành trên thị trường", "5a", [12, 85, 9, 96.5, 140, N, N, N, N, 12.3]),
        ("Kiểm định, hiệu chuẩn thiết bị thử nghiệm của Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm", "4b", [N, N, N, N, N, 46, 182.6, N, N, N]),
        ("Lấy mẫu giám sát chất lượng thuốc hậu mại", "5b", [N, N, N, N, 210, N, N, N, N, N]),
        ("Tập huấn cho trạm y tế phường, xã về quản lý trang thiết bị y tế có yếu tố đo", "3a", [N, N, N, N, N, N, N, 2, 180, N]),
        ("Phối hợp UBND phường, xã kiểm tra nhà thuốc, quầy thuốc", "5c", [6, 41, N, N, N, N, N, N, N, N]),
    ]
    ev = [("5a", "Hoàn thành kế hoạch năm", "Đã xử lý xong các trường hợp vi phạm"),
          ("4b", "Đang thực hiện", "Còn 08 thiết bị chờ hiệu chuẩn trong tháng 11"),
          ("5b", "Đang thực hiện", ""),
          ("3a", "Đã hoàn thành", ""),
          ("5c", "Hoàn thành", "")]
    diffs = ["Một số thiết bị thử nghiệm chuyên dùng phải gửi hiệu chuẩn ở ngoài Thành phố, chi phí vận chuyển cao."]
    props = ["Đề nghị Trung tâm Dịch vụ Phân tích thí nghiệm mở rộng phạm vi hiệu chuẩn cho thiết bị phân tích sắc ký, quang phổ."]
    hand3(f, "SỞ Y TẾ", "BIỂU SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026",
          "(Kèm theo Báo cáo số 1532/BC-SYT ngày 03/11/2026 của Sở Y tế)", cols, rows, ev, diffs, props,
          ["Lý Minh Tuấn", "KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC", "Nguyễn Hữu Hưng"], "TP. Hồ Chí Minh, ngày 03 tháng 11 năm 2026")
    key(f, "SO-YT", "Sở Y tế", "1532/BC-SYT", "2026-11-03", [
        ("II.5.a", "completed", {"inspections": 12, "establishments_inspected": 85, "violations": 9, "fines_vnd": 96500000, "samples_tested": 140},
         "Kiểm tra chất lượng thuốc, mỹ phẩm, trang thiết bị y tế lưu hành: 12 cuộc, 85 cơ sở, 9 vi phạm, 96,5 triệu đồng, 140 mẫu; hoàn thành kế hoạch năm."),
        ("II.4.b", "in_progress", {"instruments_verified": 46, "budget_spent_vnd": 182600000},
         "Kiểm định, hiệu chuẩn 46 thiết bị thử nghiệm của Trung tâm Kiểm nghiệm, 182,6 triệu đồng; đang thực hiện."),
        ("II.5.b", "in_progress", {"samples_tested": 210}, "Lấy 210 mẫu giám sát chất lượng thuốc hậu mại; đang thực hiện."),
        ("II.3.a", "completed", {"training_courses": 2, "participants": 180}, "Tập huấn trạm y tế phường, xã: 2 lớp, 180 lượt; đã hoàn thành."),
        ("II.5.c", "completed", {"inspections": 6, "establishments_inspected": 41}, "Phối hợp UBND phường, xã kiểm tra nhà thuốc: 6 cuộc, 41 cơ sở; hoàn thành."),
    ], diffs, props)


def r09():
    f = "STC-bieu-kinh-phi-TDC-2026.xlsx"
    cols = [("Số hồ sơ dự toán thẩm định (hồ sơ)", "0"), ("Dự toán được bố trí năm 2026 (triệu đồng)", "#,##0.0"),
            ("Kinh phí đã giải ngân đến 30/9 (triệu đồng)", "#,##0.0"), ("Số công chức dự tập huấn (người)", "0")]
    N = None
    rows = [
        ("Bố trí, thẩm định dự toán đầu tư trang thiết bị thử nghiệm cho Trung tâm Dịch vụ Phân tích thí nghiệm", "4a", [3, 12500, 8240.5, N]),
        ("Bố trí kinh phí duy trì, liên kết chuẩn đo lường", "4c", [1, 1850, 1120, N]),
        ("Duy trì hệ thống quản lý chất lượng ISO tại cơ quan Sở Tài chính", "2đ", [N, N, N, N]),
        ("Cử công chức phòng Quản lý giá – công sản dự tập huấn về đo lường, giá trong kinh doanh xăng dầu", "3a", [N, N, N, 3]),
    ]
    ev = [("4a", "Đang giải ngân", "Đạt 65,9% dự toán"),
          ("4c", "Đang thực hiện", ""),
          ("2đ", "Đã hoàn thành", "Đã công bố phạm vi áp dụng năm 2026"),
          ("3a", "Đã hoàn thành", "")]
    diffs = ["Hồ sơ dự toán mua sắm thiết bị của đơn vị sự nghiệp gửi chậm, phải bổ sung báo giá nhiều lần nên tiến độ giải ngân chưa đạt."]
    props = ["Đề nghị Sở Khoa học và Công nghệ đôn đốc Trung tâm Dịch vụ Phân tích thí nghiệm hoàn thiện hồ sơ thanh toán trước ngày 15/12/2026."]
    hand3(f, "SỞ TÀI CHÍNH", "SỐ LIỆU BỐ TRÍ VÀ SỬ DỤNG KINH PHÍ CHO CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026",
          "(Kèm theo Công văn số 9174/STC-HCSN ngày 30/10/2026 của Sở Tài chính)", cols, rows, ev, diffs, props,
          ["Lý Thị Hồng Vân", "KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC", "Bùi Tấn Phát"], "TP. Hồ Chí Minh, ngày 30 tháng 10 năm 2026")
    key(f, "SO-TC", "Sở Tài chính", "9174/STC-HCSN", "2026-10-30", [
        ("II.4.a", "in_progress", {"budget_spent_vnd": 8240500000},
         "Thẩm định, bố trí dự toán đầu tư trang thiết bị cho Trung tâm Dịch vụ Phân tích thí nghiệm: đã giải ngân 8.240,5 triệu đồng; đang giải ngân."),
        ("II.4.c", "in_progress", {"budget_spent_vnd": 1120000000},
         "Bố trí kinh phí duy trì, liên kết chuẩn đo lường: đã giải ngân 1.120 triệu đồng; đang thực hiện."),
        ("II.2.đ", "completed", {}, "Duy trì hệ thống quản lý chất lượng ISO tại cơ quan Sở Tài chính; đã hoàn thành."),
        ("II.3.a", "completed", {"participants": 3}, "Cử 3 công chức dự tập huấn về đo lường, giá trong kinh doanh xăng dầu; đã hoàn thành."),
    ], diffs, props)


def r10():  # mistaken: digital transformation statistics of a ward
    f = "PBinhDuong_bieu_so_lieu_Q3.xlsx"
    cols = [("Số thủ tục hành chính trực tuyến toàn trình (thủ tục)", "0"), ("Số hồ sơ nộp trực tuyến (hồ sơ)", "#,##0"),
            ("Tỷ lệ hồ sơ trực tuyến (%)", "0.0"), ("Số camera giám sát kết nối (cái)", "0"), ("Số tài khoản định danh điện tử kích hoạt (tài khoản)", "#,##0")]
    rows = [
        ("Dịch vụ công trực tuyến tại Trung tâm phục vụ hành chính công phường", "CĐS-1", [87, 4215, 78.4, None, None]),
        ("Hạ tầng số, camera an ninh khu phố", "CĐS-2", [None, None, None, 164, None]),
        ("Đề án 06 – định danh, xác thực điện tử", "CĐS-3", [None, None, None, None, 12650]),
    ]
    ev = [("CĐS-1", "Đạt chỉ tiêu quý", ""), ("CĐS-2", "Đang thực hiện", ""), ("CĐS-3", "Đang thực hiện", "")]
    hand3(f, "UBND PHƯỜNG BÌNH DƯƠNG", "BIỂU SỐ LIỆU CHUYỂN ĐỔI SỐ QUÝ III NĂM 2026",
          "(Kèm theo Báo cáo số 318/BC-UBND ngày 12/10/2026 của UBND phường Bình Dương)", cols, rows, ev,
          ["Đường truyền tại một số khu phố chưa ổn định."], ["Đề nghị hỗ trợ thêm thiết bị đầu cuối cho tổ công nghệ số cộng đồng."],
          ["Lê Thanh Bình", "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH", "Trương Văn Hiếu"], "Phường Bình Dương, ngày 12 tháng 10 năm 2026")
    key(f, "25760", "Phường Bình Dương", "318/BC-UBND", "2026-10-12", [], [], [], status="rejected",
        reason="Không phải báo cáo Kế hoạch Chỉ thị 38-CT/TW: biểu số liệu chuyển đổi số quý III của UBND phường, gửi nhầm.")


# ============================================================ HAND 4
# Tô Ngọc Hân — chuyên viên tổng hợp of a PARTNER unit. Excel tracker "Theo doi phoi hop" with one
# row per coordination request: "Nội dung phối hợp | Đơn vị đề nghị | Văn bản đề nghị (số, ngày) |
# Đơn vị đã làm | Số liệu | Tình trạng phối hợp". Status words are about coordinating:
# "Đã phối hợp" / "Đang phối hợp" / "Chưa có đề nghị phối hợp". Header block as label/value rows.

def hand4(fname, unit_name, number, date_text, rows, diffs, props, signer, sheetname="Theo doi phoi hop", date_cell=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheetname
    ws["A1"] = "Đơn vị báo cáo:"
    ws["C1"] = unit_name
    ws["A2"] = "Số văn bản:"
    ws["C2"] = number
    ws["A3"] = "Ngày:"
    ws["C3"] = date_cell if date_cell is not None else date_text
    if date_cell is not None:
        ws["C3"].number_format = "dd/mm/yyyy"
        ws["C3"].alignment = Alignment(horizontal="left")
    ws["A4"] = "Nội dung:"
    ws["C4"] = "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ"
    for a in ("A1", "A2", "A3", "A4"):
        ws[a].font = Font(bold=True)
    hdr = ["STT", "Nội dung phối hợp", "Đơn vị đề nghị", "Văn bản đề nghị (số, ngày)", "Đơn vị đã làm", "Số liệu", "Tình trạng phối hợp"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="2F5597")
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = BOX
    r = 7
    for i, row in enumerate(rows, 1):
        for j, v in enumerate([i] + list(row), 1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Vướng mắc:").font = Font(bold=True)
    if not diffs:
        ws.cell(row=r, column=2, value="Không")
    for x in diffs:
        ws.cell(row=r, column=2, value=x)
        r += 1
    if diffs:
        pass
    else:
        r += 1
    ws.cell(row=r, column=1, value="Đề nghị:").font = Font(bold=True)
    for x in props:
        ws.cell(row=r, column=2, value=x)
        r += 1
    r += 1
    ws.cell(row=r, column=5, value=signer[0]).font = Font(bold=True)
    ws.cell(row=r + 4, column=5, value=signer[1]).font = Font(bold=True)
    widths = [5, 42, 20, 22, 46, 22, 18]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.auto_filter.ref = f"A6:G{6 + len(rows)}"
    wb.save(os.path.join(OUT, fname))


def r11():
    f = "STP_theo_doi_phoi_hop_TDC.xlsx"
    rows = [
        ("Thẩm định, góp ý dự thảo văn bản quy phạm pháp luật về phân cấp quản lý tiêu chuẩn, đo lường, chất lượng trên địa bàn Thành phố", "Sở KH&CN",
         "CV 1877/SKHCN-TĐC ngày 12/6/2026", "Có văn bản thẩm định 02 dự thảo quyết định của UBND Thành phố; rà soát văn bản về tiêu chuẩn, đo lường, chất lượng theo Luật Chất lượng sản phẩm, hàng hóa sửa đổi.", "", "Đã phối hợp"),
        ("Phổ biến Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) và Luật Tiêu chuẩn và Quy chuẩn kỹ thuật", "Chi cục TĐC",
         "CV 902/TĐC-QLTC ngày 03/4/2026", "Đăng tin trên Cổng Pháp luật Thành phố; tổ chức hội nghị phổ biến cho cán bộ pháp chế các sở, ngành.", "12 tin, bài; 01 hội nghị; 230 đại biểu", "Đã phối hợp"),
        ("Hướng dẫn UBND phường, xã về thẩm quyền xử phạt vi phạm hành chính lĩnh vực đo lường, chất lượng sau phân cấp", "Chi cục TĐC",
         "CV 1540/TĐC-TTr ngày 20/7/2026", "Cử báo cáo viên dự các buổi hướng dẫn theo cụm phường, xã.", "03 buổi; 145 lượt cán bộ", "Đang phối hợp"),
        ("Bảo vệ người tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng", "—", "—", "—", "", "Chưa có đề nghị phối hợp"),
    ]
    diffs = []
    props = ["Đề nghị Chi cục TĐC gửi dự thảo văn bản cần thẩm định sớm ít nhất 10 ngày làm việc theo quy định."]
    hand4(f, "Sở Tư pháp Thành phố Hồ Chí Minh", "3310/STP-PBGDPL", "ngày 26/10/2026", rows, diffs, props,
          ["KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC", "Mai Quốc Thắng"])
    key(f, "SO-TP", "Sở Tư pháp", "3310/STP-PBGDPL", "2026-10-26", [
        ("II.2.c", "completed", {}, "Thẩm định, góp ý 02 dự thảo văn bản QPPL về phân cấp quản lý tiêu chuẩn, đo lường, chất lượng; đã phối hợp."),
        ("II.1.a", "completed", {"communications": 12, "training_courses": 1, "participants": 230},
         "Phổ biến Luật Chất lượng sản phẩm, hàng hóa (sửa đổi): 12 tin, bài; 01 hội nghị; 230 đại biểu; đã phối hợp."),
        ("II.5.c", "in_progress", {"training_courses": 3, "participants": 145},
         "Hướng dẫn UBND phường, xã về thẩm quyền xử phạt sau phân cấp: 03 buổi, 145 lượt cán bộ; đang phối hợp."),
        ("II.5.d", "not_applicable", {}, "Bảo vệ người tố giác: chưa có đề nghị phối hợp."),
    ], diffs, props)


def r12():
    f = "SNV-phoi-hop-KH38-2026.xlsx"
    rows = [
        ("Kiểm tra việc áp dụng, duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại các cơ quan hành chính", "Chi cục TĐC",
         "CV 611/TĐC-QLTC ngày 10/3/2026", "Cử công chức tham gia đoàn kiểm tra; lồng ghép vào kiểm tra cải cách hành chính.", "02 đợt kiểm tra", "Đã phối hợp"),
        ("Thẩm định hồ sơ thu hút chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng theo Quyết định số 05/2026/QĐ-UBND", "Phòng QLKH – Sở KH&CN",
         "CV 2204/SKHCN-QLKH ngày 14/8/2026", "Đang thẩm định hồ sơ 02 chuyên gia do Sở KH&CN đề xuất.", "", "Đang phối hợp"),
        ("Đưa nội dung tiêu chuẩn, đo lường, chất lượng vào kế hoạch bồi dưỡng công chức năm 2026", "Chi cục TĐC",
         "CV 145/TĐC-VP ngày 22/01/2026", "Mở lớp bồi dưỡng trong kế hoạch bồi dưỡng của Thành phố.", "01 lớp; 86 học viên", "Đã phối hợp"),
        ("Năng suất khu vực công (phối hợp APO)", "—", "—", "—", "", "Chưa có đề nghị phối hợp"),
        ("Khen thưởng tổ chức, cá nhân có thành tích trong phát hiện, tố giác vi phạm về đo lường, chất lượng", "Sở KH&CN",
         "Tờ trình 58/TTr-SKHCN ngày 02/9/2026", "Thẩm định, trình UBND Thành phố tặng Bằng khen cho 02 tập thể, 03 cá nhân.", "", "Đã phối hợp"),
    ]
    diffs = ["Hồ sơ đề nghị thu hút chuyên gia còn thiếu minh chứng về thành tích, phải trả lại để bổ sung."]
    props = ["Đề nghị Sở Khoa học và Công nghệ gửi danh sách dự kiến chuyên gia cần thu hút năm 2027 trước ngày 31/12/2026."]
    hand4(f, "Sở Nội vụ", "4471/SNV-CCVC", "", rows, diffs, props,
          ["KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC", "Phan Thị Thu Trang"], date_cell=__import__("datetime").datetime(2026, 10, 28))
    key(f, "SO-NV", "Sở Nội vụ", "4471/SNV-CCVC", "2026-10-28", [
        ("II.2.đ", "completed", {"inspections": 2}, "Kiểm tra việc áp dụng ISO 9001:2015 tại cơ quan hành chính: 02 đợt kiểm tra; đã phối hợp."),
        ("II.3.c", "in_progress", {}, "Thẩm định hồ sơ thu hút chuyên gia theo Quyết định số 05/2026/QĐ-UBND; đang phối hợp."),
        ("II.3.a", "completed", {"training_courses": 1, "participants": 86}, "Lớp bồi dưỡng công chức về tiêu chuẩn, đo lường, chất lượng: 01 lớp, 86 học viên; đã phối hợp."),
        ("II.6.b", "not_applicable", {}, "Năng suất khu vực công (APO): chưa có đề nghị phối hợp."),
        ("II.5.d", "completed", {}, "Khen thưởng tổ chức, cá nhân phát hiện, tố giác vi phạm; đã phối hợp."),
    ], diffs, props)


def r13():
    f = "SDL_bao_cao_phoi_hop_CT38.xlsx"
    rows = [
        ("Kiểm tra đo lường, chất lượng tại cơ sở lưu trú, nhà hàng phục vụ khách du lịch", "Chi cục TĐC",
         "CV 1322/TĐC-TTr ngày 05/6/2026", "Cử cán bộ Phòng Quản lý lữ hành, lưu trú tham gia đoàn.", "02 cuộc; 16 cơ sở", "Đã phối hợp"),
        ("Tuyên truyền tiêu chuẩn quốc gia về xếp hạng cơ sở lưu trú cho doanh nghiệp du lịch", "Chi cục TĐC",
         "CV 902/TĐC-QLTC ngày 03/4/2026", "Đăng tin trên trang thông tin Sở và gửi hiệp hội du lịch.", "05 tin, bài", "Đang phối hợp"),
        ("Góp ý dự thảo tiêu chuẩn quốc gia về du lịch (homestay, bãi biển du lịch)", "Bộ VHTTDL / Sở KH&CN",
         "CV 1760/SKHCN-TĐC ngày 28/5/2026", "Có văn bản góp ý.", "02 dự thảo TCVN", "Đã phối hợp"),
        ("Vận động doanh nghiệp du lịch tham dự Giải thưởng Chất lượng Quốc gia", "Chi cục TĐC",
         "CV 388/TĐC-QLTC ngày 19/02/2026", "Giới thiệu, hướng dẫn hồ sơ cho doanh nghiệp lữ hành, khách sạn.", "03 doanh nghiệp được hướng dẫn", "Đã phối hợp"),
    ]
    diffs = ["Doanh nghiệp du lịch ít quan tâm đến Giải thưởng Chất lượng Quốc gia do thủ tục hồ sơ dài."]
    props = ["Đề nghị Chi cục TĐC tổ chức một buổi hướng dẫn riêng cho khối doanh nghiệp du lịch, dịch vụ."]
    hand4(f, "Sở Du lịch", "2086/SDL-QLLH", "27/10/2026", rows, diffs, props,
          ["KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC", "Lâm Hoài Phong"])
    key(f, "SO-DL", "Sở Du lịch", "2086/SDL-QLLH", "2026-10-27", [
        ("II.5.a", "completed", {"inspections": 2, "establishments_inspected": 16}, "Kiểm tra đo lường, chất lượng tại cơ sở lưu trú, nhà hàng: 02 cuộc, 16 cơ sở; đã phối hợp."),
        ("II.1.a", "in_progress", {"communications": 5}, "Tuyên truyền tiêu chuẩn xếp hạng cơ sở lưu trú: 05 tin, bài; đang phối hợp."),
        ("II.2.e", "completed", {"standards_reviewed": 2}, "Góp ý 02 dự thảo TCVN về du lịch; đã phối hợp."),
        ("II.1.b", "completed", {"enterprises_supported": 3}, "Vận động 03 doanh nghiệp du lịch tham dự Giải thưởng Chất lượng Quốc gia; đã phối hợp."),
    ], diffs, props)


def r14():
    f = "XaChauDuc_phoihop_TDC_2026.xlsx"
    rows = [
        ("Kiểm tra đo lường tại chợ Ngãi Giao, chợ Suối Nghệ và cửa hàng xăng dầu trên địa bàn xã", "Chi cục TĐC",
         "CV 1098/TĐC-ĐL ngày 08/5/2026", "Phòng Kinh tế xã cử người cùng đoàn; Chi cục ra quyết định xử phạt.", "02 cuộc; 35 hộ, cửa hàng; 04 vi phạm; phạt 3.500.000 đ", "Đã phối hợp"),
        ("Tuyên truyền trên hệ thống truyền thanh xã về cân đúng, đo đủ", "Chi cục TĐC",
         "CV 902/TĐC-QLTC ngày 03/4/2026", "Phát tin trên loa truyền thanh các ấp.", "08 tin", "Đang phối hợp"),
        ("Cử công chức dự tập huấn nghiệp vụ quản lý đo lường, chất lượng cấp xã", "Chi cục TĐC",
         "CV 1410/TĐC-VP ngày 01/7/2026", "Cử công chức Phòng Kinh tế dự lớp.", "02 người", "Đã phối hợp"),
        ("Khảo sát chất lượng hàng hóa trên địa bàn xã", "—", "—", "—", "", "Chưa có đề nghị phối hợp"),
    ]
    diffs = ["Xã chưa có cán bộ chuyên trách về đo lường, chất lượng; công chức Phòng Kinh tế kiêm nhiệm nhiều việc."]
    props = ["Đề nghị Chi cục TĐC cấp cho xã 01 bộ quả cân chuẩn để kiểm tra cân tại chợ."]
    hand4(f, "UBND xã Châu Đức", "265/BC-UBND", "ngày 22 tháng 10 năm 2026", rows, diffs, props,
          ["KT. CHỦ TỊCH - PHÓ CHỦ TỊCH", "Nguyễn Văn Út"], sheetname="Phoi hop")
    key(f, "26596", "Xã Châu Đức", "265/BC-UBND", "2026-10-22", [
        ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 35, "violations": 4, "fines_vnd": 3500000},
         "Kiểm tra đo lường tại chợ và cửa hàng xăng dầu: 02 cuộc; 35 hộ, cửa hàng; 04 vi phạm; phạt 3.500.000 đ; đã phối hợp."),
        ("II.1.a", "in_progress", {"communications": 8}, "Tuyên truyền trên hệ thống truyền thanh xã: 08 tin; đang phối hợp."),
        ("II.3.a", "completed", {"participants": 2}, "Cử 02 công chức dự tập huấn nghiệp vụ; đã phối hợp."),
        ("II.5.b", "not_applicable", {}, "Khảo sát chất lượng hàng hóa: chưa có đề nghị phối hợp."),
    ], diffs, props)


# ============================================================ HAND 5
# Đỗ Văn Hùng — trưởng phòng/trưởng bộ phận. Word bullets: level 1 (List Bullet) = a job in own
# words ending with a bold status word after an en dash; level 2 (List Bullet 2) = one line per
# inspection team ("Tổ 1 – đ/c …: …") with a last sub-bullet "Cộng …". Header with tab stops,
# no table. Money like "4,5 triệu" or "4.500.000đ".

def hand5(fname, top, unit_line, number, date_words, title, kg, jobs, diffs, props, signer, vv=None):
    d = new_doc(size=13)
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(8.5))
    r = p.add_run(top + "\t")
    r.bold = False
    r2 = p.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    r2.bold = True
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.7))
    r = p.add_run(unit_line + "\t")
    r.bold = True
    r = p.add_run("Độc lập - Tự do - Hạnh phúc")
    r.bold = True
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(8))
    p.add_run("Số: " + number + "\t")
    r = p.add_run(date_words)
    r.italic = True
    d.add_paragraph()
    para(d, title[0], bold=True, align="c")
    para(d, title[1], bold=True, align="c")
    para(d, kg, align="c")
    for job in jobs:
        bp = d.add_paragraph(style="List Bullet")
        bp.add_run(job["title"] + " – ")
        rr = bp.add_run(job["status"])
        rr.bold = True
        for sb in job["subs"]:
            sp = d.add_paragraph(style="List Bullet 2")
            if sb.startswith("Cộng"):
                sp.add_run(sb).italic = True
            else:
                sp.add_run(sb)
    para(d, "Vướng:", bold=True, indent=False)
    for x in diffs:
        d.add_paragraph(x, style="List Bullet")
    para(d, "Đề xuất:", bold=True, indent=False)
    for x in props:
        d.add_paragraph(x, style="List Bullet")
    d.add_paragraph()
    for ln in signer:
        para(d, ln, bold=True, align="r")
    d.save(os.path.join(OUT, fname))


def r15():
    f = "BenCat_PKT_bc_kiem_tra_DLCL_T10.docx"
    jobs = [
        {"title": "Kiểm tra cân, nhãn hàng tại chợ Bến Cát, chợ Phú Chánh và cây xăng trên phường (theo phân quyền)", "status": "đã xong đợt Quý III",
         "subs": ["Tổ 1 – đ/c Lê Văn Tâm: chợ Bến Cát, 05 cơ sở, 01 vi phạm (cân sai)",
                  "Tổ 2 – đ/c Nguyễn Thị Hạnh: chợ Phú Chánh, 07 cơ sở, 02 vi phạm (hàng không nhãn phụ)",
                  "Tổ 3 – đ/c Phạm Quốc Bảo: 04 cửa hàng xăng dầu, không phát hiện vi phạm",
                  "Cộng 03 tổ: 03 cuộc, 16 cơ sở, 03 vi phạm, phạt 4.500.000đ"]},
        {"title": "Tuyên truyền cân đúng, đo đủ cho tiểu thương", "status": "vẫn đang làm",
         "subs": ["Tổ tuyên truyền khu phố: phát 12 tin trên loa, nhóm Zalo khu phố",
                  "Ban quản lý chợ: treo băng rôn, không tính số liệu"]},
        {"title": "Cán bộ phòng đi học lớp nghiệp vụ tiêu chuẩn, đo lường, chất lượng của Chi cục", "status": "đã xong",
         "subs": ["Đi 03 người (đ/c Tâm, đ/c Hạnh, đ/c Bảo)"]},
    ]
    diffs = ["Phòng chỉ có 3 người đi kiểm tra, không có thiết bị đo kiểm tra cột xăng, phải chờ Chi cục."]
    props = ["Xin Chi cục TĐC hỗ trợ phường 01 bộ quả cân chuẩn và hướng dẫn lập biên bản."]
    hand5(f, "UBND PHƯỜNG BẾN CÁT", "PHÒNG KINH TẾ", "47/BC-PKT", "Bến Cát, ngày 19 tháng 10 năm 2026",
          ("BÁO CÁO", "Kết quả kiểm tra đo lường, chất lượng trên địa bàn phường đến tháng 10/2026"),
          "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng (Sở Khoa học và Công nghệ)", jobs, diffs, props,
          ["TRƯỞNG PHÒNG", "", "", "Đỗ Văn Hùng"])
    key(f, "25813", "Phường Bến Cát", "47/BC-PKT", "2026-10-19", [
        ("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 16, "violations": 3, "fines_vnd": 4500000},
         "Kiểm tra cân, nhãn hàng tại chợ và cây xăng trên phường: 03 tổ, 03 cuộc, 16 cơ sở, 03 vi phạm, phạt 4.500.000đ; đã xong đợt Quý III."),
        ("II.1.a", "in_progress", {"communications": 12}, "Tuyên truyền cân đúng, đo đủ: 12 tin trên loa, nhóm Zalo; vẫn đang làm."),
        ("II.3.a", "completed", {"participants": 3}, "Cán bộ phòng đi học lớp nghiệp vụ của Chi cục: 03 người; đã xong."),
    ], diffs, props)


def r16():
    f = "TangNhonPhu_BC_CT38_nam2026.docx"
    jobs = [
        {"title": "Kiểm tra đo lường, nhãn hàng hóa tại chợ, cửa hàng tạp hóa, điểm kinh doanh xăng dầu (phần việc phường được phân quyền)", "status": "đang làm, còn đợt tháng 11",
         "subs": ["Tổ 1 (Khu phố 1–6) – đ/c Trần Thị Thu: 09 cơ sở, 01 vi phạm",
                  "Tổ 2 (Khu phố 7–12) – đ/c Võ Minh Nhựt: 11 cơ sở, 02 vi phạm",
                  "Tổ 3 (Chợ Tăng Nhơn Phú) – đ/c Ngô Thành Công: 14 cơ sở, 01 vi phạm",
                  "Tổ 4 (xăng dầu) – đ/c Huỳnh Tấn Lộc: 05 cửa hàng, không vi phạm",
                  "Cộng 4 tổ: 04 cuộc, 39 cơ sở, 04 vi phạm; tiền phạt 7,2 triệu đồng"]},
        {"title": "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng", "status": "đang làm thường xuyên",
         "subs": ["Trang thông tin điện tử phường: 07 tin, bài",
                  "Tổ dân phố: phát tờ rơi tại chợ (không đếm số)"]},
        {"title": "Tiếp nhận phản ánh, tố giác gian lận đo lường", "status": "không có phát sinh",
         "subs": ["Đường dây nóng của phường chưa nhận phản ánh nào"]},
        {"title": "Công chức dự tập huấn, bồi dưỡng", "status": "đã xong",
         "subs": ["Dự lớp tập huấn của Chi cục tháng 8: 02 người",
                  "Dự hội nghị trực tuyến của Bộ: 01 người",
                  "Cộng: 03 lượt"]},
    ]
    diffs = ["Nhiều hộ kinh doanh tại chợ thay đổi liên tục, khó theo dõi việc khắc phục sau kiểm tra.",
             "Phường chưa có kinh phí riêng cho công tác kiểm tra đo lường, chất lượng."]
    props = ["Đề nghị Sở Khoa học và Công nghệ hướng dẫn mẫu biên bản, quyết định xử phạt thống nhất cho cấp phường.",
             "Đề nghị Chi cục TĐC phối hợp kiểm tra đột xuất cửa hàng xăng dầu trên địa bàn phường vào tháng 12/2026."]
    hand5(f, "UBND THÀNH PHỐ HỒ CHÍ MINH", "ỦY BAN NHÂN DÂN PHƯỜNG TĂNG NHƠN PHÚ", "402/BC-UBND",
          "Tăng Nhơn Phú, ngày 23 tháng 10 năm 2026",
          ("BÁO CÁO", "Tình hình thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 trên địa bàn phường"),
          "Kính gửi: Sở Khoa học và Công nghệ", jobs, diffs, props,
          ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lê Quang Vinh"])
    key(f, "26842", "Phường Tăng Nhơn Phú", "402/BC-UBND", "2026-10-23", [
        ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 39, "violations": 4, "fines_vnd": 7200000},
         "Kiểm tra đo lường, nhãn hàng hóa tại chợ, tạp hóa, xăng dầu: 4 tổ, 04 cuộc, 39 cơ sở, 04 vi phạm, 7,2 triệu đồng; đang làm."),
        ("II.1.a", "in_progress", {"communications": 7}, "Tuyên truyền: 07 tin, bài trên trang thông tin điện tử phường; đang làm thường xuyên."),
        ("II.5.d", "not_applicable", {}, "Tiếp nhận phản ánh, tố giác gian lận đo lường: không có phát sinh."),
        ("II.3.a", "completed", {"participants": 3}, "Công chức dự tập huấn, bồi dưỡng: 03 lượt; đã xong."),
    ], diffs, props)


def r17():
    f = "ThanhtraTP_P3_bao_cao_TDC_2026.docx"
    jobs = [
        {"title": "Thanh tra trách nhiệm thực hiện pháp luật về phòng, chống tham nhũng, tiêu cực trong quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng", "status": "đang dự thảo kết luận",
         "subs": ["Đoàn 1 – đ/c Trịnh Văn Dũng, trưởng đoàn: thanh tra tại Chi cục TĐC, đã kết thúc thanh tra trực tiếp",
                  "Đoàn 2 – đ/c Cao Thị Minh Nguyệt, trưởng đoàn: thanh tra việc cấp giấy chứng nhận tổ chức kiểm định, đang xác minh",
                  "Cộng: 02 cuộc thanh tra"]},
        {"title": "Tham gia đoàn kiểm tra liên ngành chất lượng hàng hóa dịp cuối năm do Chi cục TĐC chủ trì", "status": "đã xong",
         "subs": ["Tổ 1 – đ/c Lưu Hoàng Nam: 06 cơ sở, 02 vi phạm",
                  "Tổ 2 – đ/c Phó Đức Thịnh: 05 cơ sở, 01 vi phạm",
                  "Cộng: 01 cuộc, 11 cơ sở, 03 vi phạm, phạt 37,5 triệu đồng"]},
        {"title": "Bồi dưỡng nghiệp vụ thanh tra chuyên ngành tiêu chuẩn, đo lường, chất lượng cho thanh tra viên", "status": "đã xong",
         "subs": ["01 lớp, 65 người dự (tháng 6/2026)"]},
    ]
    diffs = ["Hồ sơ lưu trữ giai đoạn trước sắp xếp bộ máy chưa đầy đủ, việc xác minh mất nhiều thời gian."]
    props = ["Đề nghị Sở Khoa học và Công nghệ chỉ đạo Chi cục TĐC cung cấp đầy đủ hồ sơ cho Đoàn thanh tra số 2 trước ngày 15/11/2026."]
    hand5(f, "THANH TRA THÀNH PHỐ", "PHÒNG NGHIỆP VỤ 3", "1187/BC-TTTP", "Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026",
          ("BÁO CÁO", "Kết quả thanh tra, kiểm tra liên quan công tác tiêu chuẩn, đo lường, chất lượng năm 2026"),
          "Kính gửi: Sở Khoa học và Công nghệ (Chi cục TĐC tổng hợp)", jobs, diffs, props,
          ["TRƯỞNG PHÒNG", "", "", "Hà Thanh Tùng"])
    key(f, "THANHTRA-TP", "Thanh tra Thành phố", "1187/BC-TTTP", "2026-11-02", [
        ("II.5.d", "in_progress", {"inspections": 2},
         "Thanh tra trách nhiệm phòng, chống tham nhũng, tiêu cực trong quản lý tiêu chuẩn, đo lường, chất lượng: 02 cuộc thanh tra; đang dự thảo kết luận."),
        ("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 11, "violations": 3, "fines_vnd": 37500000},
         "Đoàn kiểm tra liên ngành chất lượng hàng hóa dịp cuối năm: 01 cuộc, 11 cơ sở, 03 vi phạm, 37,5 triệu đồng; đã xong."),
        ("II.3.a", "completed", {"training_courses": 1, "participants": 65},
         "Bồi dưỡng nghiệp vụ thanh tra chuyên ngành tiêu chuẩn, đo lường, chất lượng: 01 lớp, 65 người; đã xong."),
    ], diffs, props)


# ------------------------------------------------------------------ LibreOffice re-save
def lo_resave(fname):
    src = os.path.join(OUT, fname)
    ext = fname.rsplit(".", 1)[1]
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_profile_set162", "--headless", "--convert-to", ext, "--outdir", td, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.move(os.path.join(td, fname), src)


def finish():
    for fname, k in KEYS.items():
        with open(os.path.join(OUT, fname), "rb") as fh:
            k["sha256"] = hashlib.sha256(fh.read()).hexdigest()
        with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    for fn in (r01, r02, r03, r04, r05, r06, r07, r08, r09, r10, r11, r12, r13, r14, r15, r16, r17):
        fn()
    lo_resave("SVHTT_CV_ket_qua_CT38.docx")
    lo_resave("SDL_bao_cao_phoi_hop_CT38.xlsx")
    finish()
    print(len(KEYS), "files")
