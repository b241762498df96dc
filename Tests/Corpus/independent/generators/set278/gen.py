# -*- coding: utf-8 -*-
"""Generator for set278: 16 progress reports in four hands + answer keys.
Run: python3 gen.py  (then the LibreOffice re-save step and truth sha256 are done here too)."""
import json, os, hashlib, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set folder (scripts live in setN/.build/)
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}


def key(fname, unit_id, unit_name, number, date, entries, diffs, props,
        status="extracted", reason=None):
    KEYS[fname] = {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": [{"task": t, "status": s, "indicators": ind, "text": tx}
                    for (t, s, ind, tx) in entries],
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
    sec.page_height, sec.page_width = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(margins[0]), Cm(margins[1])
    sec.left_margin, sec.right_margin = Cm(margins[2]), Cm(margins[3])
    return d


def para(d_or_cell, text="", bold=False, italic=False, align=None, size=None,
         indent=None, space_after=None, underline=False):
    p = d_or_cell.add_paragraph()
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
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(p, parts):
    """parts: list of (text, 'b'/'i'/'bi'/'' )"""
    for t, f in parts:
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
        r.underline = "u" in f
    return p


def cell_text(cell, lines, bold=False, italic=False, align=None, size=None):
    cell.text = ""
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
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
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def nd30_header(d, parent, unit_lines, number, place_date, size=13):
    t = d.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    l.text = ""
    p = l.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = p.add_run(parent); rr.font.size = Pt(size - 1)
    for u in unit_lines:
        pp = l.add_paragraph(); pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        x = pp.add_run(u); x.bold = True; x.font.size = Pt(size - 1)
    pp = l.add_paragraph("―――――"); pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pp = l.add_paragraph(); pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pp.add_run(number).font.size = Pt(size)
    r.text = ""
    p = r.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    x = p.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"); x.bold = True; x.font.size = Pt(size - 1)
    pp = r.add_paragraph(); pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    x = pp.add_run("Độc lập - Tự do - Hạnh phúc"); x.bold = True
    pp = r.add_paragraph("――――――――――――"); pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pp = r.add_paragraph(); pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    x = pp.add_run(place_date); x.italic = True
    return t


def signature(d, left_lines, right_lines, name):
    t = d.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    l.text = ""
    p = l.paragraphs[0]
    x = p.add_run("Nơi nhận:"); x.bold = True; x.italic = True; x.font.size = Pt(12)
    for ln in left_lines:
        x = l.add_paragraph().add_run(ln); x.font.size = Pt(11)
    r.text = ""
    p = r.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    x = p.add_run(right_lines[0]); x.bold = True
    for ln in right_lines[1:]:
        pp = r.add_paragraph(); pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        x = pp.add_run(ln); x.bold = True
    for _ in range(3):
        r.add_paragraph()
    pp = r.add_paragraph(); pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    x = pp.add_run(name); x.bold = True


# =====================================================================
# HAND 1 — "Trang": chuyên viên tổng hợp kiểu Chi cục.  Each task is a block
#   "Nội dung n – <own short name>" (bold) followed by three fixed lines
#   "- Việc đã làm: …" / "- Con số: 09 cuộc / 146 cơ sở / …" (number first,
#   full nouns, spaced slashes) / "- Tự nhận xét: <status sentence>".
#   Counts zero-padded, money "236.500.000 đồng". Khó khăn/Kiến nghị as (1) (2).
# =====================================================================
def hand1(fname, unit_hdr, parent, number, place_date, title_unit, kinhgui, intro,
          blocks, diffs, props, sign, noi_nhan):
    d = new_doc()
    nd30_header(d, parent, unit_hdr, number, place_date)
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW "
            "về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c", space_after=0)
    para(d, "(Số liệu từ ngày 01/01/2026 đến ngày 20/10/2026)", italic=True, align="c")
    p = para(d, align="c"); runs(p, [("Kính gửi: ", ""), (kinhgui, "")])
    para(d, intro, align="j", indent=1)
    para(d, "I. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG ĐƯỢC GIAO", bold=True)
    for i, b in enumerate(blocks, 1):
        para(d, f"Nội dung {i} – {b['name']}", bold=True, space_after=2)
        para(d, "- Việc đã làm: " + b["done"], align="j", indent=1, space_after=2)
        if b.get("figs"):
            p = para(d, align="j", indent=1, space_after=2)
            runs(p, [("- Con số: ", ""), (" / ".join(b["figs"]), "")])
        p = para(d, align="j", indent=1)
        runs(p, [("- Tự nhận xét: ", "i"), (b["verdict"], "")])
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for i, x in enumerate(diffs, 1):
        para(d, f"({i}) {x}", align="j", indent=1)
    para(d, "III. KIẾN NGHỊ, ĐỀ XUẤT", bold=True)
    for i, x in enumerate(props, 1):
        para(d, f"({i}) {x}", align="j", indent=1)
    para(d, f"Trên đây là báo cáo kết quả thực hiện Kế hoạch năm 2026 của {title_unit}./.", align="j", indent=1)
    signature(d, noi_nhan, sign[:-1], sign[-1])
    d.save(os.path.join(OUT, fname))


# ---- 1. Chi cục TĐC
f = "cctdc-bc-ct38-10thang.docx"
blocks = [
    dict(name="Tập huấn văn bản pháp luật cho doanh nghiệp, tọa đàm nhập khẩu",
         done="Chi cục phối hợp Hiệp hội Doanh nghiệp Thành phố tổ chức các lớp tập huấn Luật Chất lượng sản phẩm, hàng hóa, Nghị định 119/2017/NĐ-CP (sửa đổi) và 01 buổi tọa đàm với doanh nghiệp nhập khẩu tại Khu chế xuất Tân Thuận.",
         figs=["06 lớp, buổi (05 lớp tập huấn và 01 buổi tọa đàm)", "412 lượt người tham dự"],
         verdict="Đã thực hiện xong trong Quý III/2026."),
    dict(name="Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
         done="Đăng tin trên Cổng thông tin Sở, gửi thư mời và trực tiếp hướng dẫn hồ sơ cho các doanh nghiệp có nhu cầu.",
         figs=["06 tin, bài tuyên truyền", "14 doanh nghiệp được hướng dẫn"],
         verdict="Hoàn thành."),
    dict(name="Kế hoạch năng suất chất lượng, Đề án 996, Đề án 100",
         done="Hỗ trợ doanh nghiệp áp dụng công cụ cải tiến năng suất (5S, Kaizen, Lean) và triển khai truy xuất nguồn gốc cho sản phẩm nông sản, thực phẩm chủ lực.",
         figs=["23 doanh nghiệp được hỗ trợ", "kinh phí đã giải ngân 186.400.000 đồng"],
         verdict="Đang thực hiện, dự kiến hoàn tất trong tháng 12/2026."),
    dict(name="Tổ chức Giải thưởng Chất lượng Quốc gia năm 2026",
         done="Tiếp nhận hồ sơ, thành lập Hội đồng sơ tuyển cấp Thành phố; đang tổ chức đánh giá tại doanh nghiệp.",
         figs=["09 doanh nghiệp đăng ký tham dự"],
         verdict="Đang thực hiện theo tiến độ của Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia."),
    dict(name="Hỗ trợ áp dụng hệ thống quản lý, công bố hợp chuẩn hợp quy",
         done="Hướng dẫn thủ tục công bố hợp quy, công bố tiêu chuẩn áp dụng; tư vấn áp dụng ISO 9001, ISO 22000 cho doanh nghiệp nhỏ và vừa.",
         figs=["37 doanh nghiệp được hướng dẫn, tư vấn"],
         verdict="Nhiệm vụ thường xuyên, đang tiếp tục thực hiện."),
    dict(name="Góp ý TCVN, QCVN và quy chuẩn địa phương",
         done="Chi cục tổng hợp ý kiến các sở, ngành, góp ý dự thảo tiêu chuẩn quốc gia, quy chuẩn kỹ thuật quốc gia do Bộ Khoa học và Công nghệ và các Bộ gửi lấy ý kiến.",
         figs=["11 dự thảo TCVN, QCVN đã góp ý"],
         verdict="Đang thực hiện (Quý IV/2026)."),
    dict(name="Tập huấn nghiệp vụ cho công chức sở, ngành, xã, phường, đặc khu",
         done="Tổ chức tập huấn nghiệp vụ quản lý đo lường, chất lượng hàng hóa lưu thông cho công chức phụ trách tại các phường, xã, đặc khu theo 03 cụm.",
         figs=["03 lớp", "265 lượt công chức tham dự"],
         verdict="Đã hoàn thành."),
    dict(name="Kiểm tra chất lượng, đo lường hàng hóa lưu thông",
         done="Kiểm tra theo kế hoạch và đột xuất đối với xăng dầu, khí dầu mỏ hóa lỏng (LPG), mũ bảo hiểm, đồ chơi trẻ em, thép làm cốt bê tông.",
         figs=["12 cuộc kiểm tra", "148 cơ sở", "17 cơ sở vi phạm", "phạt 236.500.000 đồng"],
         verdict="Đang thực hiện, còn 02 cuộc theo kế hoạch trong tháng 11 và 12/2026."),
    dict(name="Khảo sát chất lượng sản phẩm, hàng hóa",
         done="Lấy mẫu khảo sát xăng dầu, sữa dạng lỏng, nước uống đóng chai trên thị trường; kết quả đã thông tin tới Phòng Kiểm tra – Pháp chế và cơ quan chức năng.",
         figs=["64 mẫu"],
         verdict="Đã thực hiện xong."),
    dict(name="Phối hợp với APO về năng suất khu vực công",
         done="Trong kỳ, Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia chưa có yêu cầu phối hợp.",
         figs=None,
         verdict="Không phát sinh."),
]
diffs = [
    "Lực lượng công chức làm công tác kiểm tra của Chi cục còn mỏng so với số lượng cơ sở sản xuất, kinh doanh trên địa bàn Thành phố sau sắp xếp.",
    "Kinh phí lấy mẫu, thử nghiệm khảo sát chất lượng còn hạn chế, chưa đáp ứng nhu cầu khảo sát nhiều nhóm hàng.",
]
props = [
    "Đề nghị Sở Khoa học và Công nghệ bổ sung kinh phí khảo sát chất lượng sản phẩm, hàng hóa năm 2027.",
    "Đề nghị Ủy ban nhân dân các phường, xã, đặc khu bố trí công chức ổn định phụ trách công tác tiêu chuẩn, đo lường, chất lượng.",
]
hand1(f, ["CHI CỤC TIÊU CHUẨN ĐO LƯỜNG", "CHẤT LƯỢNG"], "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
      "Số: 1187/BC-CCTĐC", "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
      "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "Sở Khoa học và Công nghệ",
      "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo kết quả thực hiện như sau:",
      blocks, diffs, props, ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG", "Võ Thị Ngọc Hân"],
      ["- Như trên;", "- Lãnh đạo Sở (để b/c);", "- Lưu: VT, TH."])
key(f, "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    "1187/BC-CCTĐC", "2026-10-27", [
        ("II.1.a", "completed", {"training_courses": 6, "participants": 412}, "06 lớp, buổi (05 lớp tập huấn và 01 buổi tọa đàm) / 412 lượt người tham dự"),
        ("II.1.b", "completed", {"communications": 6, "enterprises_supported": 14}, "06 tin, bài tuyên truyền / 14 doanh nghiệp được hướng dẫn"),
        ("II.2.a", "in_progress", {"enterprises_supported": 23, "budget_spent_vnd": 186400000}, "23 doanh nghiệp được hỗ trợ / kinh phí đã giải ngân 186.400.000 đồng"),
        ("II.2.b", "in_progress", {"enterprises_supported": 9}, "09 doanh nghiệp đăng ký tham dự"),
        ("II.2.d", "in_progress", {"enterprises_supported": 37}, "37 doanh nghiệp được hướng dẫn, tư vấn"),
        ("II.2.e", "in_progress", {"standards_reviewed": 11}, "11 dự thảo TCVN, QCVN đã góp ý"),
        ("II.3.a", "completed", {"training_courses": 3, "participants": 265}, "03 lớp / 265 lượt công chức tham dự"),
        ("II.5.a", "in_progress", {"inspections": 12, "establishments_inspected": 148, "violations": 17, "fines_vnd": 236500000}, "12 cuộc kiểm tra / 148 cơ sở / 17 cơ sở vi phạm / phạt 236.500.000 đồng"),
        ("II.5.b", "completed", {"samples_tested": 64}, "64 mẫu"),
        ("II.6.b", "not_applicable", {}, "chưa có yêu cầu phối hợp. Không phát sinh."),
    ], diffs, props)

# ---- 2. Phòng Kiểm tra – Pháp chế
f = "ktpc-baocao-kh38-2026.docx"
blocks = [
    dict(name="Góp ý sửa đổi văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng",
         done="Phòng phối hợp Chi cục rà soát, góp ý dự thảo Nghị định sửa đổi Nghị định 119/2017/NĐ-CP về xử phạt vi phạm hành chính và dự thảo Thông tư hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi).",
         figs=None, verdict="Đã hoàn thành khi có yêu cầu của Bộ."),
    dict(name="Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP",
         done="Phối hợp Chi cục lập danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ hiện có, đề xuất bảo dưỡng, hiệu chuẩn định kỳ.",
         figs=None, verdict="Đang phối hợp thực hiện."),
    dict(name="Phối hợp kiểm tra chất lượng hàng hóa lưu thông",
         done="Cử công chức tham gia các đoàn kiểm tra liên ngành về xăng dầu, LPG và mũ bảo hiểm; tham mưu Giám đốc Sở ban hành quyết định xử phạt.",
         figs=["04 đoàn kiểm tra", "37 cơ sở được kiểm tra", "06 cơ sở vi phạm", "phạt 58.000.000 đồng"],
         verdict="Đang thực hiện theo kế hoạch kiểm tra năm."),
    dict(name="Phối hợp khảo sát chất lượng sản phẩm, hàng hóa",
         done="Tham gia lấy mẫu khảo sát nước uống đóng chai, sữa dạng lỏng cùng Chi cục.",
         figs=["18 mẫu"], verdict="Đang phối hợp thực hiện."),
    dict(name="Hướng dẫn phường, xã, đặc khu thực hiện nội dung được phân quyền",
         done="Tổ chức các buổi hướng dẫn nghiệp vụ kiểm tra đo lường, xử phạt vi phạm hành chính cho công chức các phường, xã, đặc khu.",
         figs=["02 buổi hướng dẫn", "46 công chức tham dự"], verdict="Đã hoàn thành."),
    dict(name="Khen thưởng, bảo vệ người tố giác vi phạm",
         done="Trong kỳ không có đơn, thư tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng.",
         figs=None, verdict="Không phát sinh."),
]
diffs = ["Quy định về thẩm quyền xử phạt của Chủ tịch UBND cấp xã sau khi bỏ cấp huyện chưa được hướng dẫn đầy đủ, khó khăn khi phối hợp xử lý."]
props = ["Đề nghị Sở có văn bản hướng dẫn thống nhất thẩm quyền xử phạt vi phạm hành chính về đo lường, chất lượng cho cấp xã."]
hand1(f, ["PHÒNG KIỂM TRA – PHÁP CHẾ"], "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
      "Số: 214/BC-KTPC", "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026",
      "Phòng Kiểm tra – Pháp chế", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
      "Theo đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Phòng Kiểm tra – Pháp chế báo cáo phần việc Phòng được giao như sau:",
      blocks, diffs, props, ["TRƯỞNG PHÒNG", "Đặng Minh Quân"],
      ["- Như trên;", "- Lưu: KTPC."])
key(f, "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "214/BC-KTPC", "2026-10-29", [
    ("II.2.c", "completed", {}, "góp ý dự thảo Nghị định sửa đổi Nghị định 119/2017/NĐ-CP ... Đã hoàn thành"),
    ("II.4.b", "in_progress", {}, "Đang phối hợp thực hiện."),
    ("II.5.a", "in_progress", {"inspections": 4, "establishments_inspected": 37, "violations": 6, "fines_vnd": 58000000}, "04 đoàn kiểm tra / 37 cơ sở được kiểm tra / 06 cơ sở vi phạm / phạt 58.000.000 đồng"),
    ("II.5.b", "in_progress", {"samples_tested": 18}, "18 mẫu"),
    ("II.5.c", "completed", {"training_courses": 2, "participants": 46}, "02 buổi hướng dẫn / 46 công chức tham dự"),
    ("II.5.d", "not_applicable", {}, "Không phát sinh."),
], diffs, props)

# ---- 3. Trung tâm Dịch vụ Phân tích thí nghiệm
f = "trungtam-pttn-bao-cao-ct38.docx"
blocks = [
    dict(name="Đầu tư trang thiết bị, hiện đại hóa phòng thử nghiệm",
         done="Hoàn tất mua sắm, lắp đặt thiết bị sắc ký khí ghép khối phổ, hệ thống hiệu chuẩn áp kế tự động và tủ môi trường; đang thực hiện gói thầu thứ tư.",
         figs=["kinh phí đã giải ngân 2.450.000.000 đồng"], verdict="Đang thực hiện."),
    dict(name="Duy trì chuẩn đo lường, liên kết chuẩn",
         done="Gửi hiệu chuẩn chuẩn chính tại Viện Đo lường Việt Nam và Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 3, bảo đảm liên kết đến chuẩn quốc gia.",
         figs=["14 chuẩn, phương tiện đo được hiệu chuẩn"], verdict="Đã hoàn thành."),
    dict(name="Mở rộng dịch vụ kiểm định, hiệu chuẩn, thử nghiệm",
         done="Mở rộng phạm vi công nhận ISO/IEC 17025 thêm các phép thử; cung cấp dịch vụ kiểm định, hiệu chuẩn, thử nghiệm cho doanh nghiệp và cơ quan quản lý.",
         figs=["12.340 phương tiện đo được kiểm định, hiệu chuẩn", "1.826 mẫu thử nghiệm"], verdict="Thường xuyên, đang tiếp tục thực hiện."),
    dict(name="Cử viên chức tham gia đào tạo chuyên sâu",
         done="Cử viên chức kỹ thuật tham gia các khóa đào tạo kiểm định viên đo lường và đánh giá viên nội bộ phòng thử nghiệm.",
         figs=["03 khóa đào tạo", "08 viên chức tham gia"], verdict="Đã hoàn thành."),
]
diffs = ["Thủ tục mua sắm thiết bị có giá trị lớn kéo dài, ảnh hưởng tiến độ giải ngân."]
props = ["Đề nghị Sở xem xét giao dự toán mua sắm trang thiết bị năm 2027 sớm từ đầu năm."]
hand1(f, ["TRUNG TÂM DỊCH VỤ PHÂN TÍCH", "THÍ NGHIỆM VÀ TIÊU CHUẨN", "ĐO LƯỜNG CHẤT LƯỢNG"], "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
      "Số: 356/BC-TTPTTN", "Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026",
      "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
      "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
      "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo kết quả thực hiện các nội dung được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
      blocks, diffs, props, ["GIÁM ĐỐC", "Phạm Hoàng Long"],
      ["- Như trên;", "- Ban Giám đốc;", "- Lưu: VT, KHTH."])
key(f, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    "356/BC-TTPTTN", "2026-10-26", [
        ("II.4.a", "in_progress", {"budget_spent_vnd": 2450000000}, "kinh phí đã giải ngân 2.450.000.000 đồng"),
        ("II.4.c", "completed", {"instruments_verified": 14}, "14 chuẩn, phương tiện đo được hiệu chuẩn"),
        ("II.2.g", "in_progress", {"instruments_verified": 12340, "samples_tested": 1826}, "12.340 phương tiện đo được kiểm định, hiệu chuẩn / 1.826 mẫu thử nghiệm"),
        ("II.3.a", "completed", {"training_courses": 3, "participants": 8}, "03 khóa đào tạo / 08 viên chức tham gia"),
    ], diffs, props)

# ---- 4. Phòng Quản lý Khoa học
f = "phong-qlkh-bc-kh-ct38.docx"
blocks = [
    dict(name="Thu hút chuyên gia, nhà khoa học lĩnh vực tiêu chuẩn, đo lường, chất lượng",
         done="Phòng tiếp nhận, thẩm định hồ sơ đề nghị thu hút theo Quyết định số 05/2026/QĐ-UBND; đã trình UBND Thành phố hồ sơ 01 chuyên gia đo lường, hồ sơ còn lại đang bổ sung.",
         figs=None, verdict="Đang thực hiện."),
    dict(name="Mạng lưới tư vấn năng suất",
         done="Phối hợp Chi cục giới thiệu chuyên gia từ các viện, trường tham gia mạng lưới tư vấn năng suất, chất lượng cho doanh nghiệp.",
         figs=None, verdict="Đã hoàn thành phần phối hợp."),
    dict(name="Nhiệm vụ khoa học và công nghệ về năng suất, chất lượng",
         done="Phê duyệt và triển khai các nhiệm vụ khoa học và công nghệ hỗ trợ doanh nghiệp nâng cao năng suất chất lượng gắn với Chương trình 1322.",
         figs=["03 nhiệm vụ", "kinh phí đã giải ngân 1.180.000.000 đồng"], verdict="Đang thực hiện."),
    dict(name="Hợp tác với APO",
         done="Chưa nhận được yêu cầu phối hợp.",
         figs=None, verdict="Không phát sinh."),
]
diffs = ["Mức thu nhập theo Nghị quyết số 27/2023/NQ-HĐND chưa đủ sức cạnh tranh với khu vực doanh nghiệp trong lĩnh vực đo lường."]
props = ["Đề nghị Chi cục cung cấp danh sách vị trí cần thu hút chuyên gia để Phòng tham mưu đợt thu hút năm 2027."]
hand1(f, ["PHÒNG QUẢN LÝ KHOA HỌC"], "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
      "Số: 129/BC-QLKH", "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
      "Phòng Quản lý Khoa học", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
      "Phòng Quản lý Khoa học báo cáo kết quả thực hiện các nội dung Phòng chủ trì và phối hợp tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
      blocks, diffs, props, ["TRƯỞNG PHÒNG", "Lâm Quốc Bảo"],
      ["- Như trên;", "- Lưu: QLKH."])
key(f, "SKHCN-QLKH", "Phòng Quản lý Khoa học", "129/BC-QLKH", "2026-10-28", [
    ("II.3.c", "in_progress", {}, "trình UBND Thành phố hồ sơ 01 chuyên gia đo lường ... Đang thực hiện."),
    ("II.3.b", "completed", {}, "giới thiệu chuyên gia ... mạng lưới tư vấn năng suất. Đã hoàn thành phần phối hợp."),
    ("II.2.a", "in_progress", {"budget_spent_vnd": 1180000000}, "03 nhiệm vụ / kinh phí đã giải ngân 1.180.000.000 đồng"),
    ("II.6.b", "not_applicable", {}, "Không phát sinh."),
], diffs, props)


# =====================================================================
# HAND 2 — "Khoa": cán bộ kinh tế phường/xã. Plain Word, Arial 12, header as
#   plain centred lines (no table, the number on its own line under the unit),
#   body of typed "* " asterisk lines (not Word bullets), figures inside the
#   sentence, unpadded counts, money as "7,5 triệu đồng"; each asterisk line
#   ends "=> <status>" in plain text ("đã làm xong", "đang làm", "chưa làm được",
#   "không có phát sinh"). Khó khăn / Kiến nghị as lower-case "- " lines.
# =====================================================================
def hand2(fname, ubnd, number, place_date, title, intro, items, diffs, props,
          sign, extra_sections=None):
    d = new_doc(font="Arial", size=12, margins=(2, 2, 2.5, 1.5))
    para(d, "UBND " + ubnd.upper(), bold=True, space_after=0)
    para(d, number, space_after=0)
    para(d, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align="c", space_after=0)
    para(d, "Độc lập - Tự do - Hạnh phúc", bold=True, align="c", space_after=0)
    para(d, place_date, italic=True, align="r")
    para(d, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(d, title, bold=True, align="c")
    para(d, intro, align="j")
    if extra_sections:
        for h, lines in extra_sections:
            para(d, h, bold=True)
            for ln in lines:
                para(d, ln, align="j")
    else:
        para(d, "1. Kết quả", bold=True)
        for it in items:
            para(d, "* " + it, align="j")
    if diffs:
        para(d, "2. Khó khăn", bold=True)
        for x in diffs:
            para(d, "- " + x, align="j")
    if props:
        para(d, "3. Kiến nghị", bold=True)
        for x in props:
            para(d, "- " + x, align="j")
    para(d, "Trên đây là báo cáo của " + ubnd + "./.", align="j")
    p = para(d, space_after=0); runs(p, [("Nơi nhận:", "bi")])
    para(d, "- Sở KH&CN (Chi cục TĐC);", size=10, space_after=0)
    para(d, "- Lưu: VT, KT.", size=10, space_after=0)
    for i, ln in enumerate(sign):
        para(d, ln, bold=(i != len(sign) - 2 or True), align="r", space_after=0)
    d.save(os.path.join(OUT, fname))


# ---- 5. Phường Tăng Nhơn Phú
f = "TangNhonPhu_BC_CT38_T10.docx"
items = [
    "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng: phường đưa 18 tin bài lên trang Zalo, fanpage phường và loa truyền thanh khu phố; tổ chức 1 hội nghị phổ biến Luật Đo lường cho hộ kinh doanh tại chợ Tăng Nhơn Phú, có 120 người dự => đã làm xong",
    "Kiểm tra đo lường tại chợ và cửa hàng xăng dầu: phường lập 3 cuộc kiểm tra tại 42 cơ sở (chợ, cửa hàng xăng dầu, cửa hàng vàng bạc), phát hiện 5 cơ sở vi phạm, xử phạt 7,5 triệu đồng; phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm kiểm định miễn phí 85 cân cho tiểu thương => đang làm, còn đợt kiểm tra cuối năm",
    "Cử cán bộ đi tập huấn: phường cử 2 công chức Phòng Kinh tế - Hạ tầng và Đô thị dự lớp tập huấn nghiệp vụ của Chi cục => đã làm xong",
    "Hệ thống quản lý chất lượng ISO 9001 tại Bộ phận một cửa: phường đang rà soát, cập nhật lại quy trình sau sáp nhập => đang làm",
]
diffs = ["Phường chưa có công chức chuyên trách, cán bộ kinh tế kiêm nhiệm nhiều việc nên khó bố trí kiểm tra thường xuyên."]
props = ["Kiến nghị Chi cục cấp cho phường bộ quả cân chuẩn để đặt tại các chợ cho bà con tự kiểm tra."]
hand2(f, "phường Tăng Nhơn Phú", "Số: 512/BC-UBND", "Tăng Nhơn Phú, ngày 28 tháng 10 năm 2026",
      "Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 trên địa bàn phường",
      "Thực hiện văn bản của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Tăng Nhơn Phú báo cáo kết quả như sau:",
      items, diffs, props, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nguyễn Văn Tài"])
key(f, "26842", "Phường Tăng Nhơn Phú", "512/BC-UBND", "2026-10-28", [
    ("II.1.a", "completed", {"communications": 18, "training_courses": 1, "participants": 120}, items[0]),
    ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 42, "violations": 5, "fines_vnd": 7500000, "instruments_verified": 85}, items[1]),
    ("II.3.a", "completed", {"participants": 2}, items[2]),
    ("II.2.đ", "in_progress", {}, items[3]),
], diffs, props)

# ---- 6. Phường Lái Thiêu
f = "LaiThieu_bao cao CT38.docx"
items = [
    "Về kiểm tra: phường phối hợp Đội Quản lý thị trường kiểm tra được 4 cuộc, 27 cơ sở kinh doanh (cân tại chợ Lái Thiêu, xăng dầu, gas), có 2 cơ sở vi phạm, phạt 4 triệu đồng => đang làm",
    "Về tuyên truyền: đăng 9 tin bài trên trang thông tin điện tử phường, phát trên loa các khu phố => đã làm xong",
    "Hỗ trợ truy xuất nguồn gốc: phường hướng dẫn 3 hợp tác xã trái cây Lái Thiêu dán tem truy xuất nguồn gốc => đang làm",
    "Tố giác vi phạm: không có => không có phát sinh",
]
diffs = ["Kinh phí kiểm tra của phường chưa được bố trí riêng.",
         "Hộ kinh doanh nhỏ lẻ chưa quen với truy xuất nguồn gốc."]
props = ["Đề nghị Sở hướng dẫn phường mẫu biên bản, quyết định xử phạt về đo lường theo quy định mới."]
hand2(f, "phường Lái Thiêu", "Số: 347/BC-UBND", "Lái Thiêu, ngày 30 tháng 10 năm 2026",
      "Tình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Chỉ thị 38-CT/TW)",
      "Ủy ban nhân dân phường Lái Thiêu báo cáo như sau:",
      items, diffs, props, ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Trần Thị Bích Liên"])
key(f, "25966", "Phường Lái Thiêu", "347/BC-UBND", "2026-10-30", [
    ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 27, "violations": 2, "fines_vnd": 4000000}, items[0]),
    ("II.1.a", "completed", {"communications": 9}, items[1]),
    ("II.2.a", "in_progress", {"enterprises_supported": 3}, items[2]),
    ("II.5.d", "not_applicable", {}, items[3]),
], diffs, props)

# ---- 7. Xã Thạnh An (re-saved through LibreOffice later)
f = "xa-thanh-an-bc-tdc-2026.docx"
items = [
    "Kiểm tra đo lường, chất lượng: do đi lại bằng tàu nên xã chỉ tổ chức được 2 cuộc kiểm tra tại 14 cơ sở kinh doanh xăng dầu, gas, tạp hóa ở ấp Thạnh Hòa và ấp Thiềng Liềng, phát hiện 1 cơ sở vi phạm về ghi nhãn, nhắc nhở và phạt 1,5 triệu đồng => đang làm",
    "Tuyên truyền: xã đăng 6 tin bài trên loa truyền thanh và trang thông tin của xã => đã làm xong",
    "Cán bộ xã đi tập huấn: năm nay xã chưa cử được cán bộ đi tập huấn do lịch tàu và thiếu người => chưa làm được",
]
diffs = ["Xã đảo xa trung tâm, đi lại phụ thuộc lịch tàu, rất khó tham gia các lớp tập huấn tập trung."]
props = ["Đề nghị Chi cục tổ chức tập huấn trực tuyến hoặc tập huấn tại xã cho cán bộ."]
hand2(f, "xã Thạnh An", "Số: 89/BC-UBND", "Thạnh An, ngày 31 tháng 10 năm 2026",
      "Kết quả thực hiện công tác tiêu chuẩn đo lường chất lượng 10 tháng năm 2026",
      "Căn cứ đề nghị của Sở Khoa học và Công nghệ, UBND xã Thạnh An báo cáo kết quả như sau:",
      items, diffs, props, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Huỳnh Văn Sang"])
key(f, "27676", "Xã Thạnh An", "89/BC-UBND", "2026-10-31", [
    ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 14, "violations": 1, "fines_vnd": 1500000}, items[0]),
    ("II.1.a", "completed", {"communications": 6}, items[1]),
    ("II.3.a", "not_started", {}, items[2]),
], diffs, props)

# ---- 8. Xã Xuân Sơn — MISTAKEN (giảm nghèo)
f = "XuanSon_BC_giamngheo_10T.docx"
sections = [
    ("1. Kết quả rà soát hộ nghèo, hộ cận nghèo", [
        "* Xã rà soát theo chuẩn nghèo đa chiều giai đoạn 2026-2030: còn 37 hộ nghèo, 64 hộ cận nghèo; giảm 12 hộ nghèo so với đầu năm => đang làm",
        "* Cấp thẻ bảo hiểm y tế cho 101 người thuộc hộ nghèo, cận nghèo => đã làm xong"]),
    ("2. Hỗ trợ sinh kế", [
        "* Giải ngân vốn vay Ngân hàng Chính sách xã hội cho 28 hộ, tổng 1,4 tỷ đồng; hỗ trợ 15 con bò giống cho hộ nghèo ở ấp Xuân Tân => đang làm",
        "* Sửa chữa 3 căn nhà cho hộ nghèo từ nguồn Quỹ Vì người nghèo => đã làm xong"]),
]
diffs = ["Một số hộ nghèo thuộc diện bảo trợ xã hội, không còn khả năng lao động nên khó thoát nghèo."]
props = ["Đề nghị Phòng Văn hóa - Xã hội hỗ trợ thêm nguồn vốn hỗ trợ sinh kế năm 2027."]
hand2(f, "xã Xuân Sơn", "Số: 211/BC-UBND", "Xuân Sơn, ngày 22 tháng 10 năm 2026",
      "Kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững 10 tháng năm 2026",
      "Ủy ban nhân dân xã Xuân Sơn báo cáo kết quả thực hiện công tác giảm nghèo 10 tháng năm 2026 như sau:",
      None, diffs, props, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lê Thị Hồng Nhung"],
      extra_sections=sections)
key(f, "26584", "Xã Xuân Sơn", "211/BC-UBND", "2026-10-22", [], [], [],
    status="rejected",
    reason="Không phải báo cáo Kế hoạch Chỉ thị 38-CT/TW: đây là báo cáo giảm nghèo bền vững 10 tháng năm 2026 của UBND xã Xuân Sơn (gửi nhầm).")


# =====================================================================
# HAND 3 — "Vy": chuyên viên tổng hợp sở/phường làm Excel. One sheet "BC_CT38":
#   header typed in merged cells A1:D?/E1:H? (unit | quốc hiệu), title, then a
#   table "STT | Nội dung công việc | Vai trò | Kết quả thực hiện | Số lượng |
#   ĐVT | Tình trạng | Ghi chú". A task row carries its first figure, further
#   figures are on rows whose STT is "-" and task cell empty; status only on
#   the task row, in the plain official words (Hoàn thành / Đang thực hiện /
#   Chưa thực hiện / Không phát sinh). Money in the Số lượng column as a full
#   integer shown "#,##0" with ĐVT "đồng". A second sheet "KK_KN" with two
#   columns "Khó khăn, vướng mắc" | "Đề xuất, kiến nghị" side by side.
# =====================================================================
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def hand3(fname, unit_upper, parent_upper, number, place_date, title, rows, diffs, props, signer):
    wb = Workbook()
    ws = wb.active
    ws.title = "BC_CT38"
    widths = [6, 42, 12, 48, 11, 11, 17, 20]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells("A1:C1"); ws["A1"] = parent_upper
    ws.merge_cells("A2:C2"); ws["A2"] = unit_upper; ws["A2"].font = Font(bold=True)
    ws.merge_cells("A3:C3"); ws["A3"] = number
    ws.merge_cells("D1:H1"); ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(bold=True)
    ws.merge_cells("D2:H2"); ws["D2"] = "Độc lập - Tự do - Hạnh phúc"; ws["D2"].font = Font(bold=True)
    ws.merge_cells("D3:H3"); ws["D3"] = place_date; ws["D3"].font = Font(italic=True)
    for c in ("A1", "A2", "A3", "D1", "D2", "D3"):
        ws[c].alignment = Alignment(horizontal="center")
    ws.merge_cells("A5:H5"); ws["A5"] = "BÁO CÁO"; ws["A5"].font = Font(bold=True, size=13)
    ws.merge_cells("A6:H6"); ws["A6"] = title; ws["A6"].font = Font(bold=True)
    ws["A5"].alignment = ws["A6"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[6].height = 32
    hdr = ["STT", "Nội dung công việc", "Vai trò", "Kết quả thực hiện", "Số lượng", "ĐVT", "Tình trạng", "Ghi chú"]
    r0 = 8
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r0, i, h)
        c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    r = r0 + 1
    n = 0
    for task in rows:
        n += 1
        figs = task["figs"] or [(None, None)]
        for j, (q, u) in enumerate(figs):
            vals = [n if j == 0 else "-", task["name"] if j == 0 else None,
                    task["role"] if j == 0 else None, task["result"] if j == 0 else None,
                    q, u, task["status"] if j == 0 else None, task.get("note") if j == 0 else None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.border = BOX
                c.alignment = Alignment(vertical="top", wrap_text=True,
                                        horizontal="center" if i in (1, 3, 5, 6, 7) else None)
                if i == 5 and isinstance(v, int) and v >= 10000:
                    c.number_format = "#,##0"
            r += 1
    r += 1
    ws.cell(r, 5, place_date.split(",")[0] + ", " + place_date.split(",")[1].strip()).font = Font(italic=True)
    ws.cell(r + 1, 2, "NGƯỜI LẬP BIỂU").font = Font(bold=True)
    ws.cell(r + 5, 2, signer[0])
    for i, ln in enumerate(signer[1].split("\n")):
        ws.cell(r + 1 + i, 5, ln).font = Font(bold=True)
    ws.cell(r + 6, 5, signer[2]).font = Font(bold=True)
    ws.freeze_panes = "A9"
    ws2 = wb.create_sheet("KK_KN")
    ws2.column_dimensions["A"].width = 60; ws2.column_dimensions["B"].width = 60
    ws2["A1"] = "Khó khăn, vướng mắc"; ws2["B1"] = "Đề xuất, kiến nghị"
    for c in ("A1", "B1"):
        ws2[c].font = Font(bold=True); ws2[c].border = BOX
    for i in range(max(len(diffs), len(props))):
        a = ws2.cell(i + 2, 1, diffs[i] if i < len(diffs) else None)
        b = ws2.cell(i + 2, 2, props[i] if i < len(props) else None)
        for c in (a, b):
            c.alignment = Alignment(wrap_text=True, vertical="top"); c.border = BOX
    wb.save(os.path.join(OUT, fname))


# ---- 9. Sở Y tế
f = "SYT_bao-cao-thuc-hien-KH-CT38_2026.xlsx"
rows = [
    dict(name="Áp dụng, duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở và các đơn vị", role="Phối hợp",
         result="Sở Y tế và 100% đơn vị trực thuộc đã công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015; cập nhật quy trình theo thủ tục hành chính mới.",
         figs=None, status="Hoàn thành"),
    dict(name="Cử công chức tham gia tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng", role="Phối hợp",
         result="Cử công chức Phòng Nghiệp vụ Dược và Phòng Quản lý hành nghề tham dự các lớp do Chi cục tổ chức.",
         figs=[(15, "lượt người")], status="Hoàn thành"),
    dict(name="Phối hợp kiểm tra phương tiện đo, trang thiết bị y tế lưu thông", role="Phối hợp",
         result="Phối hợp Chi cục kiểm tra nhiệt kế, huyết áp kế, cân sức khỏe tại các nhà thuốc, phòng khám tư nhân.",
         figs=[(2, "cuộc"), (19, "cơ sở"), (1, "cơ sở vi phạm"), (12000000, "đồng")], status="Đang thực hiện",
         note="Phạt tiền cơ sở vi phạm"),
    dict(name="Góp ý dự thảo quy chuẩn kỹ thuật quốc gia ngành y tế", role="Phối hợp",
         result="Góp ý dự thảo QCVN về trang thiết bị y tế, nước sạch sinh hoạt theo đề nghị của Bộ Y tế và Chi cục.",
         figs=[(3, "dự thảo")], status="Hoàn thành"),
]
diffs = ["Việc phân định trách nhiệm kiểm tra phương tiện đo trong lĩnh vực y tế giữa Sở Y tế và Chi cục chưa rõ ràng."]
props = ["Đề nghị Chi cục chủ trì xây dựng quy chế phối hợp kiểm tra phương tiện đo nhóm 2 trong lĩnh vực y tế."]
hand3(f, "SỞ Y TẾ", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "Số: 6120/BC-SYT",
      "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026",
      "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ (phần Sở Y tế phối hợp)",
      rows, diffs, props, ["Ngô Thị Thanh Vy", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Bùi Minh Trí"])
key(f, "SO-YT", "Sở Y tế", "6120/BC-SYT", "2026-10-29", [
    ("II.2.đ", "completed", {}, rows[0]["result"]),
    ("II.3.a", "completed", {"participants": 15}, rows[1]["result"] + " 15 lượt người"),
    ("II.5.a", "in_progress", {"inspections": 2, "establishments_inspected": 19, "violations": 1, "fines_vnd": 12000000}, rows[2]["result"]),
    ("II.2.e", "completed", {"standards_reviewed": 3}, rows[3]["result"]),
], diffs, props)

# ---- 10. Sở Giáo dục và Đào tạo
f = "SGDDT_BC_TDC_CT38.xlsx"
rows = [
    dict(name="Phối hợp đưa nội dung tiêu chuẩn, đo lường, chất lượng, mã số mã vạch, truy xuất nguồn gốc vào hoạt động ngoại khóa tại các trường trung cấp, cao đẳng", role="Phối hợp",
         result="Phối hợp Chi cục tổ chức các buổi ngoại khóa, chuyên đề cho học sinh, sinh viên tại các trường trung cấp, cao đẳng trực thuộc.",
         figs=[(6, "buổi"), (1480, "lượt học sinh, sinh viên")], status="Đang thực hiện"),
    dict(name="Duy trì ISO 9001 trong hoạt động của cơ quan Sở", role="Phối hợp",
         result="Đã đánh giá nội bộ, họp xem xét của lãnh đạo và cập nhật hệ thống theo TCVN ISO 9001:2015.",
         figs=None, status="Hoàn thành"),
    dict(name="Kiểm tra chất lượng sản phẩm, hàng hóa (thiết bị dạy học, đồ chơi)", role="Phối hợp",
         result="Trong kỳ Chi cục không có đề nghị phối hợp kiểm tra thiết bị dạy học, đồ chơi trong trường học.",
         figs=None, status="Không phát sinh"),
]
diffs = ["Thời lượng ngoại khóa của các trường có hạn, khó bố trí thêm chuyên đề."]
props = ["Đề nghị Chi cục cung cấp tài liệu, video ngắn về tiêu chuẩn, đo lường, chất lượng để các trường sử dụng."]
hand3(f, "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "Số: 4415/BC-SGDĐT",
      "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
      "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026",
      rows, diffs, props, ["Đỗ Thị Kim Vy", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Huỳnh Thanh Phong"])
key(f, "SO-GDDT", "Sở Giáo dục và Đào tạo", "4415/BC-SGDĐT", "2026-10-28", [
    ("II.3.d", "in_progress", {"training_courses": 6, "participants": 1480}, rows[0]["result"]),
    ("II.2.đ", "completed", {}, rows[1]["result"]),
    ("II.5.a", "not_applicable", {}, rows[2]["result"]),
], diffs, props)

# ---- 11. Sở Nông nghiệp và Môi trường (re-saved through LibreOffice later)
f = "SNNMT-bc-ct38-thang10.xlsx"
rows = [
    dict(name="Triển khai truy xuất nguồn gốc nông sản, thực phẩm (Đề án 100)", role="Phối hợp",
         result="Hướng dẫn cơ sở trồng trọt, chăn nuôi, thủy sản cập nhật dữ liệu lên hệ thống truy xuất nguồn gốc của Thành phố; tổ chức tập huấn cho hợp tác xã.",
         figs=[(64, "cơ sở, HTX"), (4, "lớp"), (310, "lượt người")], status="Đang thực hiện"),
    dict(name="Góp ý QCVN; xây dựng quy chuẩn kỹ thuật địa phương ngành nông nghiệp, môi trường", role="Phối hợp",
         result="Góp ý dự thảo QCVN về phân bón, thức ăn chăn nuôi, nước thải; chủ trì xây dựng dự thảo quy chuẩn địa phương về chất lượng nước ao nuôi.",
         figs=[(6, "quy chuẩn (05 QCVN góp ý, 01 QCĐP)")], status="Đang thực hiện"),
    dict(name="Kiểm tra chất lượng vật tư nông nghiệp lưu thông", role="Phối hợp",
         result="Thanh tra, kiểm tra phân bón, thuốc bảo vệ thực vật, giống cây trồng; lấy mẫu kiểm tra chất lượng.",
         figs=[(8, "cuộc"), (96, "cơ sở"), (11, "cơ sở vi phạm"), (143000000, "đồng"), (120, "mẫu")], status="Đang thực hiện"),
    dict(name="Cập nhật thông tin về rào cản kỹ thuật (SPS/TBT) cho doanh nghiệp xuất khẩu nông sản", role="Phối hợp",
         result="Đăng tải thông tin cảnh báo SPS/TBT trên trang thông tin điện tử của Sở.",
         figs=[(12, "tin")], status=None),
]
diffs = ["Nhiều cơ sở sản xuất nhỏ lẻ chưa đủ điều kiện tham gia hệ thống truy xuất nguồn gốc."]
props = ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí gắn tem truy xuất nguồn gốc cho hợp tác xã năm 2027."]
hand3(f, "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "Số: 9032/BC-SNNMT",
      "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
      "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (số liệu đến ngày 20/10/2026)",
      rows, diffs, props, ["Trương Ngọc Vy", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Hữu Hoài"])
key(f, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "9032/BC-SNNMT", "2026-10-30", [
    ("II.2.a", "in_progress", {"enterprises_supported": 64, "training_courses": 4, "participants": 310}, rows[0]["result"]),
    ("II.2.e", "in_progress", {"standards_reviewed": 6}, rows[1]["result"]),
    ("II.5.a", "in_progress", {"inspections": 8, "establishments_inspected": 96, "violations": 11, "fines_vnd": 143000000, "samples_tested": 120}, rows[2]["result"]),
    ("II.6.a", "unknown", {"communications": 12}, rows[3]["result"]),
], diffs, props)

# ---- 12. Phường Rạch Dừa
f = "RachDua_BC-CT38-2026.xlsx"
rows = [
    dict(name="Kiểm tra đo lường, chất lượng tại chợ, cửa hàng xăng dầu, gas trên địa bàn phường", role="Chủ trì",
         result="Tổ kiểm tra liên ngành phường kiểm tra cân tại chợ Rạch Dừa, chợ Phước Thắng cũ và các cửa hàng xăng dầu, gas.",
         figs=[(3, "cuộc"), (35, "cơ sở"), (4, "cơ sở vi phạm"), (6500000, "đồng")], status="Hoàn thành"),
    dict(name="Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng", role="Chủ trì",
         result="Đưa tin trên loa, Zalo khu phố; tổ chức hội nghị phổ biến cho hộ kinh doanh.",
         figs=[(11, "tin, bài"), (1, "hội nghị"), (85, "người")], status="Hoàn thành"),
    dict(name="Cử công chức tham gia tập huấn của Chi cục", role="Phối hợp",
         result="Cử công chức Phòng Kinh tế tham dự lớp tập huấn tại Chi cục.",
         figs=[(3, "người")], status="Hoàn thành"),
    dict(name="Duy trì ISO 9001 tại Trung tâm Phục vụ hành chính công phường", role="Chủ trì",
         result="Đang xây dựng lại bộ quy trình sau sắp xếp đơn vị hành chính.",
         figs=None, status="Đang thực hiện"),
]
diffs = ["Công chức phụ trách thay đổi sau sắp xếp, chưa nắm vững nghiệp vụ đo lường."]
props = ["Đề nghị Chi cục tiếp tục mở lớp tập huấn cho công chức phường vào Quý I/2027."]
hand3(f, "ỦY BAN NHÂN DÂN PHƯỜNG RẠCH DỪA", "THÀNH PHỐ HỒ CHÍ MINH", "Số: 276/BC-UBND",
      "Rạch Dừa, ngày 27 tháng 10 năm 2026",
      "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 theo Chỉ thị số 38-CT/TW",
      rows, diffs, props, ["Phan Thị Tường Vy", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lê Văn Hậu"])
key(f, "26536", "Phường Rạch Dừa", "276/BC-UBND", "2026-10-27", [
    ("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 35, "violations": 4, "fines_vnd": 6500000}, rows[0]["result"]),
    ("II.1.a", "completed", {"communications": 11, "training_courses": 1, "participants": 85}, rows[1]["result"]),
    ("II.3.a", "completed", {"participants": 3}, rows[2]["result"]),
    ("II.2.đ", "in_progress", {}, rows[3]["result"]),
], diffs, props)


# =====================================================================
# HAND 4 — "Dũng": chuyên viên trẻ làm công văn ngắn. Word or Excel, always a
#   table "TT | Việc | Đã làm | Số liệu | Tình trạng (lý do)" where the last
#   cell joins the status and its reason after a semicolon ("Đang thực hiện;
#   chờ Bộ KH&CN nâng cấp hệ thống"). Figures as "noun: n" separated by
#   "; " in Số liệu; money with a glued "đ" ("1.120.000.000đ") or "triệu đ".
#   Header is a one-line "Đơn vị: … | Số: … | Ngày: dd/mm/yyyy" strip.
#   Khó khăn and Đề xuất as rows "KK1, KK2 / ĐX1" under the table.
# =====================================================================
def hand4_docx(fname, unit, number, date_dmy, title, rows, diffs, props, signer):
    d = new_doc(size=12, margins=(2, 2, 2.5, 1.5))
    t = d.add_table(rows=1, cols=3)
    set_borders(t, 2)
    cells = t.rows[0].cells
    cell_text(cells[0], ["Đơn vị: " + unit], bold=True, size=11)
    cell_text(cells[1], [number], size=11)
    cell_text(cells[2], ["Ngày: " + date_dmy], size=11)
    para(d)
    para(d, title, bold=True, align="c")
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", align="c")
    t = d.add_table(rows=1, cols=5)
    set_borders(t)
    for c, h in zip(t.rows[0].cells, ["TT", "Việc", "Đã làm", "Số liệu", "Tình trạng (lý do)"]):
        cell_text(c, [h], bold=True, align="c")
    for i, rw in enumerate(rows, 1):
        cs = t.add_row().cells
        cell_text(cs[0], [str(i)], align="c")
        cell_text(cs[1], [rw["name"]])
        cell_text(cs[2], [rw["done"]])
        cell_text(cs[3], [rw["figs"] or "—"])
        cell_text(cs[4], [rw["st"]])
    para(d)
    for i, x in enumerate(diffs, 1):
        p = para(d, align="j"); runs(p, [(f"KK{i}: ", "b"), (x, "")])
    for i, x in enumerate(props, 1):
        p = para(d, align="j"); runs(p, [(f"ĐX{i}: ", "b"), (x, "")])
    para(d)
    para(d, signer[0], bold=True, align="r", space_after=36)
    para(d, signer[1], bold=True, align="r")
    d.save(os.path.join(OUT, fname))


def hand4_xlsx(fname, unit, number, date_dmy, title, rows, diffs, props, signer, sheet="Sheet1"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for col, w in zip("ABCDE", [5, 38, 52, 34, 34]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Đơn vị: " + unit; ws["A1"].font = Font(bold=True)
    ws["C1"] = number
    ws["D1"] = "Ngày: " + date_dmy
    ws.merge_cells("A3:E3"); ws["A3"] = title; ws["A3"].font = Font(bold=True, size=12)
    ws["A3"].alignment = Alignment(horizontal="center")
    hdr = ["TT", "Việc", "Đã làm", "Số liệu", "Tình trạng (lý do)"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center")
    r = 6
    for i, rw in enumerate(rows, 1):
        for j, v in enumerate([i, rw["name"], rw["done"], rw["figs"] or "—", rw["st"]], 1):
            c = ws.cell(r, j, v); c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    r += 1
    for i, x in enumerate(diffs, 1):
        ws.cell(r, 1, f"KK{i}").font = Font(bold=True); ws.cell(r, 2, x); r += 1
    for i, x in enumerate(props, 1):
        ws.cell(r, 1, f"ĐX{i}").font = Font(bold=True); ws.cell(r, 2, x); r += 1
    r += 1
    ws.cell(r, 4, signer[0]).font = Font(bold=True)
    ws.cell(r + 4, 4, signer[1]).font = Font(bold=True)
    wb.save(os.path.join(OUT, fname))


# ---- 13. Văn phòng Sở (DOCX)
f = "VPS_CT38_baocao.docx"
rows = [
    dict(name="ISO 9001 tại cơ quan Sở", done="Phối hợp Chi cục cập nhật, ban hành lại 46 quy trình nội bộ theo TCVN ISO 9001:2015; đánh giá nội bộ tháng 8/2026.",
         figs=None, st="Hoàn thành; đã công bố lại hệ thống ngày 15/9/2026"),
    dict(name="Đầu tư trang thiết bị cho đơn vị sự nghiệp", done="Thẩm định dự toán, thanh toán các gói mua sắm thiết bị thử nghiệm cho Trung tâm Dịch vụ Phân tích thí nghiệm.",
         figs="Kinh phí đã thanh toán: 1.120.000.000đ", st="Đang thực hiện; còn 01 gói chờ nghiệm thu"),
    dict(name="Kết nối hệ thống một cửa với Cổng một cửa quốc gia", done="Phối hợp Chi cục, Phòng Chuyển đổi số rà soát quy trình tiếp nhận hồ sơ đăng ký kiểm tra nhà nước hàng nhập khẩu.",
         figs=None, st="Hoàn thành; đã chạy chính thức từ tháng 3/2026"),
    dict(name="Khen thưởng người tố giác", done="Không nhận được hồ sơ đề nghị khen thưởng.",
         figs=None, st="Không phát sinh; không có tố giác trong kỳ"),
]
diffs = ["Dự toán mua sắm giao muộn nên thời gian thực hiện thủ tục đấu thầu ngắn."]
props = ["Đề nghị Chi cục gửi sớm danh mục thiết bị dự kiến đầu tư năm 2027 để Văn phòng tổng hợp dự toán."]
hand4_docx(f, "Văn phòng Sở Khoa học và Công nghệ", "Số: 77/BC-VP", "30/10/2026",
           "BÁO CÁO NHANH KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026",
           rows, diffs, props, ["CHÁNH VĂN PHÒNG", "Trịnh Quốc Dũng"])
key(f, "SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ", "77/BC-VP", "2026-10-30", [
    ("II.2.đ", "completed", {}, rows[0]["done"]),
    ("II.4.a", "in_progress", {"budget_spent_vnd": 1120000000}, rows[1]["figs"]),
    ("II.2.h", "completed", {}, rows[2]["done"]),
    ("II.5.d", "not_applicable", {}, rows[3]["done"]),
], diffs, props)

# ---- 14. Phòng Chuyển đổi số (XLSX)
f = "CDS_tinh-hinh-KH38.xlsx"
rows = [
    dict(name="Cải tiến hệ thống TTHC về TĐC, kết nối Cổng một cửa quốc gia", done="Phối hợp Chi cục đề xuất Bộ KH&CN bổ sung trường dữ liệu; kiểm thử kết nối liên thông hồ sơ kiểm tra nhà nước hàng nhập khẩu.",
         figs=None, st="Hoàn thành; kết nối chạy ổn định từ 25/3/2026"),
    dict(name="Kết nối CSDL quốc gia về tiêu chuẩn, đo lường, chất lượng", done="Xây dựng API đồng bộ dữ liệu công bố hợp quy, phương tiện đo với CSDL quốc gia; đang thử nghiệm.",
         figs=None, st="Đang thực hiện; chờ Bộ KH&CN cấp tài khoản kết nối chính thức"),
    dict(name="ISO điện tử tại Sở", done="Chuyển 46 quy trình ISO lên phần mềm quản lý văn bản, theo dõi hồ sơ điện tử.",
         figs=None, st="Đang thực hiện; còn 9 quy trình chưa số hóa"),
    dict(name="Nền tảng truy xuất nguồn gốc", done="Hỗ trợ doanh nghiệp tạo tài khoản, kết nối dữ liệu lên nền tảng truy xuất nguồn gốc Thành phố.",
         figs="Doanh nghiệp được hỗ trợ: 17", st="Đang thực hiện; tiếp tục đến hết năm"),
]
diffs = ["Hệ thống CSDL quốc gia chưa công bố đầy đủ tài liệu kỹ thuật kết nối."]
props = ["Đề nghị Chi cục có văn bản gửi Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia đề nghị cung cấp tài liệu API."]
hand4_xlsx(f, "Phòng Chuyển đổi số", "Số: 41/BC-CĐS", "29/10/2026",
           "TÌNH HÌNH THỰC HIỆN KẾ HOẠCH 38 (PHẦN PHÒNG CĐS)", rows, diffs, props,
           ["TRƯỞNG PHÒNG", "Hồ Anh Dũng"])
key(f, "SKHCN-CDS", "Phòng Chuyển đổi số", "41/BC-CĐS", "2026-10-29", [
    ("II.2.h", "completed", {}, rows[0]["done"]),
    ("II.2.i", "in_progress", {}, rows[1]["done"]),
    ("II.2.đ", "in_progress", {}, rows[2]["done"]),
    ("II.2.a", "in_progress", {"enterprises_supported": 17}, rows[3]["figs"]),
], diffs, props)

# ---- 15. Sở Công Thương (DOCX)
f = "SCT_BC_phoi-hop_CT38.docx"
rows = [
    dict(name="Truy xuất nguồn gốc hàng hóa tại chợ, siêu thị", done="Vận động doanh nghiệp phân phối, chợ đầu mối áp dụng mã truy xuất nguồn gốc cho nông sản, thực phẩm.",
         figs="Doanh nghiệp được hướng dẫn: 45", st="Đang thực hiện; mở rộng thêm chợ đầu mối Hóc Môn"),
    dict(name="Kiểm tra xăng dầu, LPG (phối hợp Chi cục)", done="Phối hợp kiểm tra đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng tại cửa hàng bán lẻ; lấy mẫu xăng dầu.",
         figs="Cuộc: 6; Cơ sở: 58; Vi phạm: 7; Phạt: 215 triệu đ; Mẫu: 40", st="Đang thực hiện; còn kiểm tra cao điểm Tết"),
    dict(name="Hội nghị phổ biến pháp luật về chất lượng cho doanh nghiệp công nghiệp", done="Tổ chức hội nghị cho doanh nghiệp các khu công nghiệp.",
         figs="Hội nghị: 2; Đại biểu: 260", st="Hoàn thành; xong trong tháng 6/2026"),
    dict(name="Thông tin rào cản kỹ thuật FTA", done="Cập nhật cam kết về TBT trong các FTA cho doanh nghiệp xuất khẩu.",
         figs="Tin, bài: 4", st="Hoàn thành"),
]
diffs = ["Một số cửa hàng xăng dầu đổi chủ sở hữu sau sáp nhập, hồ sơ quản lý chưa cập nhật."]
props = ["Đề nghị Chi cục chia sẻ kết quả khảo sát chất lượng xăng dầu để Sở Công Thương phục vụ quản lý."]
hand4_docx(f, "Sở Công Thương Thành phố Hồ Chí Minh", "Số: 10254/BC-SCT", "31/10/2026",
           "Báo cáo kết quả phối hợp thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026",
           rows, diffs, props, ["KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC", "Lý Văn Dũng"])
key(f, "SO-CT", "Sở Công Thương", "10254/BC-SCT", "2026-10-31", [
    ("II.2.a", "in_progress", {"enterprises_supported": 45}, rows[0]["figs"]),
    ("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 58, "violations": 7, "fines_vnd": 215000000, "samples_tested": 40}, rows[1]["figs"]),
    ("II.1.a", "completed", {"training_courses": 2, "participants": 260}, rows[2]["figs"]),
    ("II.6.a", "completed", {"communications": 4}, rows[3]["figs"]),
], diffs, props)

# ---- 16. Sở Du lịch — MISTAKEN (cải cách hành chính)
f = "SDL_CCHC_quy-III.xlsx"
rows = [
    dict(name="Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực lữ hành", done="Rà soát 12 TTHC, đề xuất cắt giảm thời gian giải quyết 3 thủ tục.",
         figs="TTHC rà soát: 12", st="Hoàn thành"),
    dict(name="Dịch vụ công trực tuyến toàn trình", done="Cung cấp 18 dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến 87%.",
         figs="DVC: 18; Tỷ lệ: 87%", st="Đang thực hiện; nâng tỷ lệ lên 90%"),
    dict(name="Chỉ số hài lòng", done="Khảo sát sự hài lòng của tổ chức, cá nhân.",
         figs="Phiếu: 350", st="Hoàn thành"),
]
hand4_xlsx(f, "Sở Du lịch", "Số: 1893/BC-SDL", "20/10/2026",
           "KẾT QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2026", rows,
           ["Phần mềm một cửa thỉnh thoảng gián đoạn."], ["Đề nghị Sở Nội vụ tập huấn về chỉ số PAR INDEX."],
           ["KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC", "Châu Minh Dũng"], sheet="CCHC")
key(f, "SO-DL", "Sở Du lịch", "1893/BC-SDL", "2026-10-20", [], [], [],
    status="rejected",
    reason="Không phải báo cáo Kế hoạch Chỉ thị 38-CT/TW: biểu kết quả công tác cải cách hành chính Quý III/2026 của Sở Du lịch (gửi nhầm).")


# ------------------------------------------------- LibreOffice re-save (as offices do)
RESAVE = ["xa-thanh-an-bc-tdc-2026.docx", "SNNMT-bc-ct38-thang10.xlsx"]
tmp = tempfile.mkdtemp()
for fn in RESAVE:
    ext = fn.rsplit(".", 1)[1]
    src = os.path.join(tmp, "in_" + fn)
    shutil.copy(os.path.join(OUT, fn), src)
    outdir = os.path.join(tmp, "out")
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/prof",
                    "--convert-to", ext, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(outdir, "in_" + fn), os.path.join(OUT, fn))
shutil.rmtree(tmp, ignore_errors=True)

# ------------------------------------------------- keys, sha256 last
for fn, k in KEYS.items():
    with open(os.path.join(OUT, fn), "rb") as fh:
        k["sha256"] = hashlib.sha256(fh.read()).hexdigest()
    with open(os.path.join(TRUTH, fn + ".json"), "w", encoding="utf-8") as fh:
        json.dump(k, fh, ensure_ascii=False, indent=2)
print(len(KEYS), "files written")
