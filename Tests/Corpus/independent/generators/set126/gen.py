# -*- coding: utf-8 -*-
"""Generator for set126: quarterly CT38 reports written by ward/commune officers
(VP HĐND-UBND, Văn hóa - Xã hội, Kinh tế) and two city departments.
Writes the files into /work/unseen/set126/ and the keys (without sha256) into
truth/. fix_sha.py-step at the end (inside this script) fills the sha256 after an
optional LibreOffice re-save."""
import json, os, hashlib, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

KEYS = {}


def key(fname, unit_id, unit_name, number, date, entries, diffs, props,
        status="extracted", reason=None):
    KEYS[fname] = {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": [
            {"task": t, "status": s, "indicators": ind, "text": tx}
            for (t, s, ind, tx) in entries
        ],
        "findings": [], "difficulties": diffs, "proposals": props,
    }


# ---------------------------------------------------------------- docx helpers
def new_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    pf = st.paragraph_format
    pf.space_after = Pt(4)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2)
        s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)


def cell_par(cell, text, bold=False, italic=False, center=True, size=None, first=True, underline=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
    if size: r.font.size = Pt(size)
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(0)
    return p


def header_block(d, left_lines, number, place_date, sub=None):
    t = d.add_table(rows=1, cols=2); no_borders(t)
    L, R = t.rows[0].cells
    first = True
    for txt, b in left_lines:
        cell_par(L, txt, bold=b, size=12, first=first); first = False
    cell_par(L, "Số: " + number, size=12, first=False)
    if sub:
        cell_par(L, sub, size=11, first=False)
    cell_par(R, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=12)
    cell_par(R, "Độc lập - Tự do - Hạnh phúc", bold=True, size=12, first=False, underline=True)
    cell_par(R, "", first=False)
    cell_par(R, place_date, italic=True, size=12, first=False)
    d.add_paragraph()


def para(d, text="", bold=False, italic=False, center=False, indent=True, runs=None, size=None):
    p = d.add_paragraph()
    if runs is None:
        runs = [(text, bold, italic)]
    for txt, b, i in runs:
        r = p.add_run(txt); r.bold = b; r.italic = i
        if size: r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent: p.paragraph_format.first_line_indent = Cm(1)
    return p


def signature(d, left_recv, right_lines):
    t = d.add_table(rows=1, cols=2); no_borders(t)
    L, R = t.rows[0].cells
    cell_par(L, "Nơi nhận:", bold=True, italic=True, center=False, size=11)
    for x in left_recv:
        cell_par(L, x, center=False, size=10, first=False)
    first = True
    for txt, b in right_lines:
        cell_par(R, txt, bold=b, first=first); first = False


# ============================================================ HAND A (Lực)
# Văn phòng HĐND-UBND, 58: every event told from its clock time "Vào lúc …",
# topics as "* …:" lines, each topic closed by "Đến nay, nội dung này …".

def handA(fname, commune_up, commune, number, place_date, title_sub, intro, topics,
          diffs, props, signer, section_titles=("I. KẾT QUẢ THỰC HIỆN", "II. KHÓ KHĂN, VƯỚNG MẮC", "III. ĐỀ XUẤT, KIẾN NGHỊ")):
    d = new_doc()
    header_block(d, [("ỦY BAN NHÂN DÂN", True), (commune_up, True), ("", False)], number, place_date)
    para(d, "BÁO CÁO", bold=True, center=True)
    para(d, title_sub, bold=True, center=True)
    para(d, "_______________", center=True)
    para(d, intro)
    para(d, section_titles[0], bold=True, indent=False)
    for head, paras in topics:
        para(d, runs=[("* " + head, True, True)])
        for pt in paras:
            para(d, pt)
    para(d, section_titles[1], bold=True, indent=False)
    for x in diffs:
        para(d, "+ " + x)
    if section_titles[2]:
        para(d, section_titles[2], bold=True, indent=False)
        for x in props:
            para(d, "+ " + x)
    para(d, "Trên đây là báo cáo của Ủy ban nhân dân " + commune + "./.")
    signature(d, ["- Sở Khoa học và Công nghệ;", "- Chi cục TĐC Thành phố;", "- TT. Đảng ủy, TT. HĐND xã;",
                  "- CT, các PCT UBND xã;", "- Lưu: VT, VP."],
              [("TM. ỦY BAN NHÂN DÂN", True), ("KT. CHỦ TỊCH", True), ("PHÓ CHỦ TỊCH", True),
               ("", False), ("", False), ("", False), (signer, True)])
    d.save(os.path.join(OUT, fname))


# ---- A1 Xã Cần Giờ
f = "BC 412 KQ thuc hien CT38 quy III-2026 xa Can Gio.docx"
A1_diffs = [
    "Xã chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; công chức Kinh tế phải kiêm nhiệm nhiều việc.",
    "Xã chưa được trang bị cân đối chứng, phương tiện đo phục vụ kiểm tra tại chợ.",
]
A1_props = [
    "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ trang bị 01 bộ cân đối chứng cho chợ Cần Thạnh.",
    "Đề nghị tiếp tục mở lớp tập huấn nghiệp vụ cho công chức cấp xã trong Quý IV/2026.",
]
A1_t1 = ("Vào lúc 08 giờ 00 phút, ngày 14/7/2026, tại Hội trường Ủy ban nhân dân xã, UBND xã phối hợp với Chi cục "
         "Tiêu chuẩn Đo lường Chất lượng tổ chức 01 hội nghị tuyên truyền, phổ biến các quy định về đo lường, ghi nhãn "
         "hàng hóa cho hộ kinh doanh tại chợ Cần Thạnh, có 64 lượt hộ kinh doanh tham dự.")
A1_t1b = ("Vào lúc 06 giờ 30 phút hằng ngày trong các tháng 7, 8, 9, Đài truyền thanh xã phát tin tuyên truyền về "
          "\"cân đúng, cân đủ\"; tổng cộng trong quý đã phát 24 tin, bài trên hệ thống loa truyền thanh của xã.")
A1_t2 = ("Vào lúc 07 giờ 30 phút, ngày 20/8/2026, UBND xã cử 02 công chức (01 công chức Kinh tế, 01 công chức "
         "Văn phòng - Thống kê) tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng "
         "cho công chức cấp xã do Chi cục tổ chức.")
A1_t3 = ("Vào lúc 08 giờ 30 phút, ngày 09/9/2026, Tổ kiểm tra liên ngành xã tiến hành kiểm tra về đo lường tại chợ "
         "Cần Thạnh và chợ Đồng Hòa. Tính chung trong quý, Tổ đã thực hiện 03 cuộc kiểm tra tại 27 cơ sở (trong đó "
         "19 hộ kinh doanh tại chợ, 08 cửa hàng tạp hóa), phát hiện 04 cơ sở vi phạm (sử dụng cân không đạt yêu cầu), "
         "đã lập biên bản và ban hành quyết định xử phạt vi phạm hành chính với tổng số tiền 6.000.000 đồng.")
A1_t4 = ("Vào lúc 14 giờ 00 phút, ngày 25/9/2026, UBND xã tổ chức họp rà soát, cập nhật Hệ thống quản lý chất lượng "
         "theo TCVN ISO 9001:2015 đối với 126 quy trình giải quyết thủ tục hành chính sau sắp xếp.")
handA(f, "XÃ CẦN GIỜ", "xã Cần Giờ", "412/BC-UBND", "Cần Giờ, ngày 05 tháng 10 năm 2026",
      "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng quý III năm 2026",
      "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 và Công văn "
      "của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo định kỳ, Ủy ban nhân dân xã Cần Giờ báo cáo kết quả "
      "thực hiện quý III năm 2026 như sau:",
      [("Công tác tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng:",
        [A1_t1, A1_t1b, "Đến nay, nội dung này Ủy ban nhân dân xã đã thực hiện xong."]),
       ("Công tác tập huấn, bồi dưỡng nghiệp vụ cho công chức:",
        [A1_t2, "Đến nay, nội dung này Ủy ban nhân dân xã đã thực hiện xong."]),
       ("Công tác kiểm tra theo phân quyền:",
        [A1_t3, "Đến nay, nội dung này thực hiện thường xuyên, Ủy ban nhân dân xã đang tiếp tục thực hiện trong Quý IV."]),
       ("Công tác áp dụng ISO tại cơ quan:",
        [A1_t4, "Đến nay, việc cập nhật đang thực hiện, dự kiến hoàn thành trong tháng 11/2026."]),
       ("Công tác tiếp nhận tố giác vi phạm:",
        ["Trong quý, trên địa bàn xã không phát sinh trường hợp tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng."]),
       ],
      A1_diffs, A1_props, "Nguyễn Thanh Tùng")
key(f, "27664", "Xã Cần Giờ", "412/BC-UBND", "2026-10-05", [
    ("II.1.a", "completed", {"training_courses": 1, "participants": 64, "communications": 24}, A1_t1 + " " + A1_t1b),
    ("II.3.a", "completed", {"participants": 2}, A1_t2),
    ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 27, "violations": 4, "fines_vnd": 6000000}, A1_t3),
    ("II.2.đ", "in_progress", {}, A1_t4),
    ("II.5.d", "not_applicable", {}, "Trong quý, trên địa bàn xã không phát sinh trường hợp tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng."),
], A1_diffs, A1_props)

# ---- A2 Xã Thạnh An (island commune)
f = "BC 87-UBND Thanh An KH38 Q3.docx"
A2_diffs = ["Địa bàn xã đảo cách xa trung tâm, việc đi lại phụ thuộc con nước, thời tiết nên việc phối hợp kiểm tra với các đơn vị của Thành phố còn hạn chế."]
A2_props = ["Kiến nghị Chi cục Tiêu chuẩn Đo lường Chất lượng bố trí đoàn kiểm tra định kỳ ra xã đảo ít nhất 01 lần/quý."]
A2_t1 = ("Vào lúc 15 giờ 00 phút, ngày 03/8/2026, tại Nhà văn hóa ấp Thạnh Bình, UBND xã tổ chức 01 hội nghị tuyên truyền "
         "lồng ghép các quy định về đo lường, chất lượng hàng hóa với 38 đại biểu là hộ kinh doanh, người dân trong ấp. "
         "Ngoài ra, Trang thông tin điện tử xã đã đăng 06 tin, bài về nội dung này.")
A2_t2 = ("Vào lúc 09 giờ 00 phút, ngày 17/9/2026, UBND xã tổ chức 01 cuộc kiểm tra về đo lường tại chợ Thạnh An đối với "
         "11 hộ kinh doanh thủy hải sản; qua kiểm tra có 01 hộ sử dụng cân có sai số vượt mức cho phép, Tổ kiểm tra đã lập "
         "biên bản nhắc nhở, yêu cầu thay cân mới.")
A2_t3 = ("Vào lúc 08 giờ 00 phút, ngày 21/8/2026, công chức Kinh tế xã trực tiếp hướng dẫn 05 hộ, cơ sở chế biến khô "
         "hải sản đăng ký tài khoản, tạo mã truy xuất nguồn gốc sản phẩm trên hệ thống của Thành phố.")
A2_t4 = ("Vào lúc 10 giờ 00 phút, ngày 28/8/2026, Chủ tịch UBND xã ký Quyết định công bố lại Hệ thống quản lý chất lượng "
         "phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015 tại cơ quan UBND xã.")
handA(f, "XÃ THẠNH AN", "xã Thạnh An", "87/BC-UBND", "Thạnh An, ngày 07 tháng 10 năm 2026",
      "Tình hình thực hiện Chỉ thị số 38-CT/TW của Ban Bí thư về tiêu chuẩn, đo lường, chất lượng (quý III/2026)",
      "Căn cứ Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân "
      "xã Thạnh An báo cáo tình hình thực hiện trong quý III năm 2026 như sau:",
      [("Về tuyên truyền:", [A2_t1, "Đến nay, nội dung này Ủy ban nhân dân xã đã thực hiện xong."]),
       ("Về kiểm tra đo lường tại chợ:", [A2_t2, "Đến nay, nội dung này đang tiếp tục thực hiện."]),
       ("Về hướng dẫn truy xuất nguồn gốc:", [A2_t3, "Đến nay, nội dung này đang thực hiện, còn 02 hộ chưa hoàn tất hồ sơ."]),
       ("Về hệ thống quản lý chất lượng ISO:", [A2_t4, "Đến nay, nội dung này Ủy ban nhân dân xã đã thực hiện hoàn thành."]),
       ],
      A2_diffs, A2_props, "Lê Văn Hậu")
key(f, "27676", "Xã Thạnh An", "87/BC-UBND", "2026-10-07", [
    ("II.1.a", "completed", {"training_courses": 1, "participants": 38, "communications": 6}, A2_t1),
    ("II.5.c", "in_progress", {"inspections": 1, "establishments_inspected": 11, "violations": 1}, A2_t2),
    ("II.2.a", "in_progress", {"enterprises_supported": 5}, A2_t3),
    ("II.2.đ", "completed", {}, A2_t4),
], A2_diffs, A2_props)

# ---- A3 Xã Bình Khánh
f = "Bao cao CT38 quy 3 - Binh Khanh.docx"
A3_diffs = ["Kinh phí dành cho công tác tuyên truyền về tiêu chuẩn, đo lường, chất lượng còn hạn chế, chưa có dự toán riêng."]
A3_props = ["Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu, tờ rơi tuyên truyền về đo lường, chất lượng cho xã."]
A3_t1 = ("Vào lúc 06 giờ 00 phút các ngày thứ hai, thứ tư và thứ sáu trong quý, hệ thống loa truyền thanh xã phát "
         "tin tuyên truyền về đo lường, chất lượng hàng hóa; tổng cộng đã phát 30 tin. Kinh phí thực hiện tuyên truyền "
         "đã chi là 3.500.000 đồng.")
A3_t2 = ("Vào lúc 08 giờ 00 phút, ngày 12/8/2026, UBND xã gửi thư mời, vận động 02 doanh nghiệp trên địa bàn tìm hiểu "
         "và đăng ký tham dự Giải thưởng Chất lượng Quốc gia; đến nay chưa có doanh nghiệp đăng ký tham dự.")
A3_t3 = ("Vào lúc 08 giờ 00 phút, ngày 06/8/2026 và ngày 15/9/2026, Tổ kiểm tra của xã thực hiện 02 cuộc kiểm tra "
         "tại 15 cơ sở kinh doanh xăng dầu, tạp hóa; các cơ sở được kiểm tra đều chấp hành tốt quy định.")
A3_t4 = ("Vào lúc 07 giờ 30 phút, ngày 20/8/2026, UBND xã cử 01 công chức tham dự lớp tập huấn nghiệp vụ về tiêu chuẩn, "
         "đo lường, chất lượng do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức.")
A3_t5 = ("Đối với việc hướng dẫn doanh nghiệp, hộ sản xuất công bố chất lượng sản phẩm, hàng hóa: trong quý, UBND xã "
         "chưa triển khai do chưa có doanh nghiệp, hộ sản xuất nào có nhu cầu.")
handA(f, "XÃ BÌNH KHÁNH", "xã Bình Khánh", "298/BC-UBND", "Bình Khánh, ngày 02 tháng 10 năm 2026",
      "Kết quả thực hiện nhiệm vụ về tiêu chuẩn, đo lường, chất lượng theo Chỉ thị số 38-CT/TW, quý III năm 2026",
      "Thực hiện Công văn của Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố về việc báo cáo kết quả thực hiện Kế "
      "hoạch triển khai Chỉ thị số 38-CT/TW, Ủy ban nhân dân xã Bình Khánh báo cáo như sau:",
      [("Tuyên truyền trên hệ thống truyền thanh:", [A3_t1, "Đến nay, nội dung này Ủy ban nhân dân xã đã thực hiện xong."]),
       ("Vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia:", [A3_t2, "Đến nay, nội dung vận động Ủy ban nhân dân xã đã thực hiện xong."]),
       ("Kiểm tra tại cơ sở:", [A3_t3, "Đến nay, nội dung này đang tiếp tục thực hiện theo kế hoạch."]),
       ("Tập huấn:", [A3_t4, "Đến nay, nội dung này Ủy ban nhân dân xã đã thực hiện xong."]),
       ("Hướng dẫn công bố chất lượng:", [A3_t5]),
       ],
      A3_diffs, A3_props, "Trần Minh Phụng")
key(f, "27667", "Xã Bình Khánh", "298/BC-UBND", "2026-10-02", [
    ("II.1.a", "completed", {"communications": 30, "budget_spent_vnd": 3500000}, A3_t1),
    ("II.1.b", "completed", {"enterprises_supported": 2}, A3_t2),
    ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 15}, A3_t3),
    ("II.3.a", "completed", {"participants": 1}, A3_t4),
    ("II.2.d", "not_started", {}, A3_t5),
], A3_diffs, A3_props)

# ---- A4 Xã An Thới Đông: MISTAKEN (phòng, chống thiên tai)
f = "BC 156 PCTT-TKCN quy III An Thoi Dong.docx"
handA(f, "XÃ AN THỚI ĐÔNG", "xã An Thới Đông", "156/BC-UBND", "An Thới Đông, ngày 06 tháng 10 năm 2026",
      "Công tác phòng, chống thiên tai và tìm kiếm cứu nạn quý III năm 2026",
      "Thực hiện chỉ đạo của Ban Chỉ huy Phòng thủ dân sự Thành phố về việc báo cáo công tác phòng, chống thiên tai và "
      "tìm kiếm cứu nạn định kỳ, Ủy ban nhân dân xã An Thới Đông báo cáo như sau:",
      [("Công tác chuẩn bị ứng phó triều cường:",
        ["Vào lúc 17 giờ 00 phút, ngày 10/9/2026, triều cường đạt đỉnh 1,72 m tại trạm Phú An, gây ngập cục bộ tuyến đường "
         "Rừng Sác đoạn qua ấp An Bình; UBND xã huy động 45 lượt dân quân, 02 xe chuyên dụng hỗ trợ người dân kê dọn tài sản.",
         "Đến nay, nội dung này Ủy ban nhân dân xã đã thực hiện xong."]),
       ("Công tác gia cố bờ bao:",
        ["Vào lúc 07 giờ 00 phút, ngày 18/9/2026, xã tổ chức gia cố 320 m bờ bao tại ấp Doi Lầu bằng bao cát, cừ tràm.",
         "Đến nay, nội dung này đang tiếp tục thực hiện."]),
       ("Công tác diễn tập:",
        ["Vào lúc 08 giờ 00 phút, ngày 25/8/2026, xã tổ chức diễn tập phương án sơ tán dân khi có bão cấp 10 với 120 người tham gia.",
         "Đến nay, nội dung này Ủy ban nhân dân xã đã thực hiện xong."]),
       ],
      ["Bờ bao tại các ấp ven sông xuống cấp, kinh phí gia cố hằng năm không đủ."],
      ["Đề nghị Thành phố bố trí vốn gia cố kiên cố tuyến bờ bao ấp Doi Lầu."], "Võ Văn Chín")
key(f, "27673", "Xã An Thới Đông", "156/BC-UBND", "2026-10-06", [], [], [],
    status="rejected", reason="Báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW")


# ============================================================ HAND B (Duyên)
# Công chức Văn hóa - Xã hội, 31: writes the report like the commune's news
# bulletin: bold-italic headlines, a lead paragraph with a quoted official,
# figures in running text, status only in the closing "Được biết, …" sentence;
# minor items under "TIN NGẮN".

def handB(fname, unit_up, unit_lower, number, place_date, title, intro, stories, shorts, diffs, props, signer, sign_title):
    d = new_doc(font="Times New Roman", size=14)
    header_block(d, [("ỦY BAN NHÂN DÂN", False), (unit_up, True)], number, place_date)
    para(d, "BÁO CÁO", bold=True, center=True)
    para(d, title, bold=True, center=True)
    para(d, intro)
    para(d, "I. NHỮNG HOẠT ĐỘNG NỔI BẬT TRONG QUÝ", bold=True, indent=False)
    for headline, body in stories:
        para(d, runs=[(headline, True, True)], indent=False)
        for b in body:
            para(d, b)
    if shorts:
        para(d, "TIN NGẮN", bold=True, indent=False)
        for s in shorts:
            para(d, runs=[("» ", True, False), (s, False, False)])
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in diffs:
        para(d, "– " + x)
    para(d, "III. KIẾN NGHỊ", bold=True, indent=False)
    for x in props:
        para(d, "– " + x)
    signature(d, ["- Sở KH&CN (qua Chi cục TĐC);", "- Lưu: VT, VHXH."],
              [(sign_title[0], True), (sign_title[1], True), (sign_title[2], True), ("", False), ("", False),
               ("", False), (signer, True)])
    d.save(os.path.join(OUT, fname))


# ---- B1 Đặc khu Côn Đảo
f = "ConDao_BC233_ChiThi38_Q3.2026.docx"
B1_s1 = ["Sáng 22/7/2026, tại Nhà văn hóa Côn Đảo, UBND đặc khu tổ chức hội nghị tuyên truyền pháp luật về đo lường, "
         "chất lượng hàng hóa, thu hút 126 tiểu thương tham dự.",
         "Phát biểu tại hội nghị, bà Nguyễn Thị Kim Loan – Phó Chủ tịch UBND đặc khu nhấn mạnh: \"Cân đúng, cân đủ là giữ "
         "uy tín cho khách du lịch đến Côn Đảo, cũng là giữ khách cho chính bà con mình\".",
         "Cùng với đó, Trung tâm Văn hóa, Thông tin và Thể thao đặc khu đã đăng tải 11 tin, bài và phóng sự về chủ đề này "
         "trên trang thông tin điện tử và fanpage của đặc khu.",
         "Được biết, hoạt động tuyên truyền theo kế hoạch quý III đã hoàn thành."]
B1_s2 = ["Trong tháng 8 và tháng 9/2026, Tổ công tác liên ngành của đặc khu đã tiến hành 02 cuộc kiểm tra tại 18 cơ sở "
         "kinh doanh xăng dầu, vàng bạc và khu chợ Côn Đảo; phát hiện 02 cơ sở vi phạm quy định về đo lường, xử phạt "
         "tổng số tiền 7.500.000 đồng.",
         "\"Chúng tôi sẽ kiểm tra lại các cơ sở đã vi phạm trong quý tới\", ông Trần Văn Bảy, công chức Kinh tế cho biết.",
         "Được biết, công tác kiểm tra vẫn đang tiếp tục được duy trì trong quý IV/2026."]
B1_s3 = ["Ngày 19/8/2026, Đoàn công tác của Chi cục Tiêu chuẩn Đo lường Chất lượng ra Côn Đảo phối hợp với đặc khu "
         "lấy 06 mẫu xăng dầu tại các cửa hàng để khảo sát, thử nghiệm chất lượng.",
         "Được biết, kết quả thử nghiệm cả 06 mẫu đều đạt yêu cầu; hoạt động khảo sát đã kết thúc."]
B1_s4 = ["Thực hiện Đề án 100, đặc khu đã hướng dẫn 04 cơ sở sản xuất hạt bàng, hải sản khô đặc sản Côn Đảo đăng ký "
         "tem truy xuất nguồn gốc.",
         "Được biết, đến nay mới có 01 cơ sở được cấp tem, các cơ sở còn lại đang hoàn thiện hồ sơ."]
B1_short = "UBND đặc khu tiếp tục duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; được biết, việc rà soát các quy trình đang thực hiện."
B1_diffs = ["Đặc khu chưa có tổ chức đủ năng lực kiểm định phương tiện đo; việc kiểm định cột đo xăng dầu phải chờ đơn vị từ đất liền ra."]
B1_props = ["Đề nghị Sở Khoa học và Công nghệ xem xét hỗ trợ kinh phí vận chuyển, kiểm định phương tiện đo cho các cơ sở trên địa bàn đặc khu."]
handB(f, "ĐẶC KHU CÔN ĐẢO", "đặc khu Côn Đảo", "233/BC-UBND", "Côn Đảo, ngày 08 tháng 10 năm 2026",
      "Kết quả thực hiện Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng quý III/2026",
      "Ủy ban nhân dân đặc khu Côn Đảo báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của "
      "Sở Khoa học và Công nghệ trong quý III/2026 như sau:",
      [("Hơn 120 tiểu thương chợ Côn Đảo được tuyên truyền về \"cân đúng, cân đủ\"", B1_s1),
       ("Kiểm tra đo lường tại 18 cơ sở kinh doanh", B1_s2),
       ("Lấy mẫu xăng dầu khảo sát chất lượng ngay tại đặc khu", B1_s3),
       ("Đặc sản Côn Đảo từng bước có tem truy xuất nguồn gốc", B1_s4)],
      [B1_short], B1_diffs, B1_props, "Nguyễn Thị Kim Loan", ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"))
key(f, "26732", "Đặc khu Côn Đảo", "233/BC-UBND", "2026-10-08", [
    ("II.1.a", "completed", {"participants": 126, "communications": 11}, " ".join(B1_s1)),
    ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 18, "violations": 2, "fines_vnd": 7500000}, " ".join(B1_s2)),
    ("II.5.b", "completed", {"samples_tested": 6}, " ".join(B1_s3)),
    ("II.2.a", "in_progress", {"enterprises_supported": 4}, " ".join(B1_s4)),
    ("II.2.đ", "in_progress", {}, B1_short),
], B1_diffs, B1_props)

# ---- B2 Xã Long Hải
f = "Long Hai - bao cao 174 thuc hien CT 38 quy III.docx"
B2_s1 = ["Ngày 05/8/2026, UBND xã phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng mở 01 lớp tập huấn về ghi nhãn, đo lường "
         "trong mua bán hải sản cho 55 hộ kinh doanh tại chợ Long Hải và bến cá Lộc An.",
         "\"Từ nay tôi sẽ đem cân đi kiểm định đúng hạn\", chị Lê Thị Hoa, tiểu thương chợ Long Hải chia sẻ sau buổi học.",
         "Song song đó, loa truyền thanh các ấp đã phát 42 tin về nội dung này.",
         "Được biết, các hoạt động tuyên truyền, tập huấn trong quý đã hoàn thành theo kế hoạch."]
B2_s2 = ["Trong quý III, Tổ kiểm tra liên ngành xã tổ chức 03 cuộc kiểm tra tại chợ Long Hải và khu bán hải sản ven biển, "
         "kiểm tra 34 cơ sở; phát hiện 05 cơ sở vi phạm (cân sai, không kiểm định), xử phạt tổng cộng 12,5 triệu đồng.",
         "Được biết, xã sẽ tiếp tục kiểm tra vào mùa cao điểm du lịch cuối năm, việc này đang được thực hiện."]
B2_sh1 = "Xã cử 02 cán bộ tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho công chức cấp xã do Chi cục tổ chức ngày 20/8/2026; được biết, việc cử người đã hoàn thành."
B2_sh2 = "Trong quý không phát sinh trường hợp tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng trên địa bàn xã."
B2_diffs = ["Nhiều hộ bán hải sản tại bến cá là hộ thời vụ, không đăng ký kinh doanh nên khó quản lý, xử lý.",
            "Người dân còn ngại phản ánh, tố giác hành vi gian lận cân đo."]
B2_props = ["Đề nghị Chi cục tổ chức kiểm định cân miễn phí lưu động tại chợ Long Hải.",
            "Đề nghị Sở Khoa học và Công nghệ hỗ trợ in pano \"cân đối chứng\" đặt tại chợ."]
handB(f, "XÃ LONG HẢI", "xã Long Hải", "174/BC-UBND", "Long Hải, ngày 09 tháng 10 năm 2026",
      "Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW quý III năm 2026",
      "Ủy ban nhân dân xã Long Hải báo cáo kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng trên địa bàn xã "
      "trong quý III năm 2026 như sau:",
      [("Tiểu thương hải sản Long Hải học cách \"cân đúng, cân đủ\"", B2_s1),
       ("Ba cuộc kiểm tra, năm cơ sở bị xử phạt", B2_s2)],
      [B2_sh1, B2_sh2], B2_diffs, B2_props, "Phạm Thị Ngọc Ánh", ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"))
key(f, "26662", "Xã Long Hải", "174/BC-UBND", "2026-10-09", [
    ("II.1.a", "completed", {"training_courses": 1, "participants": 55, "communications": 42}, " ".join(B2_s1)),
    ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 34, "violations": 5, "fines_vnd": 12500000}, " ".join(B2_s2)),
    ("II.3.a", "completed", {"participants": 2}, B2_sh1),
    ("II.5.d", "not_applicable", {}, B2_sh2),
], B2_diffs, B2_props)

# ---- B3 Xã Hồ Tràm
f = "121-BC-UBND Ho Tram (CT38, Q3-2026).docx"
B3_s1 = ["Ngày 14/8/2026, UBND xã tổ chức 01 hội nghị tuyên truyền về tiêu chuẩn, đo lường, chất lượng với 80 đại biểu là "
         "chủ cơ sở kinh doanh, lưu trú du lịch trên địa bàn.",
         "Trang thông tin điện tử và nhóm Zalo các ấp đã đăng 15 tin, bài tuyên truyền.",
         "Được biết, nội dung tuyên truyền của quý đã được xã thực hiện xong."]
B3_s2 = ["Trong quý, cán bộ xã đã phối hợp hỗ trợ 03 hợp tác xã nông nghiệp (tiêu, điều, hải sản) áp dụng công cụ cải "
         "tiến năng suất chất lượng 5S, Kaizen.",
         "Được biết, các hợp tác xã đang triển khai áp dụng, dự kiến đánh giá kết quả vào cuối năm."]
B3_s3 = ["Một khu nghỉ dưỡng trên địa bàn đã được xã vận động, hướng dẫn (01 doanh nghiệp) hồ sơ tham dự Giải thưởng "
         "Chất lượng Quốc gia năm 2026.",
         "\"Đây là lần đầu một doanh nghiệp của xã tham dự giải thưởng\", ông Nguyễn Văn Sáu, Phó Chủ tịch UBND xã cho biết.",
         "Được biết, doanh nghiệp đã nộp hồ sơ; việc vận động của xã đã hoàn thành."]
B3_sh1 = "Việc kiểm tra đo lường tại chợ Hồ Tràm trong quý chưa triển khai do Tổ kiểm tra đang kiện toàn sau sắp xếp, dự kiến kiểm tra trong tháng 11/2026."
B3_sh2 = "UBND xã đã hoàn thành xây dựng, công bố Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 ngày 30/7/2026."
B3_diffs = ["Tổ kiểm tra liên ngành của xã chưa được kiện toàn sau sắp xếp đơn vị hành chính."]
B3_props = ["Đề nghị Chi cục hướng dẫn thành phần, quy chế hoạt động của Tổ kiểm tra cấp xã sau sắp xếp."]
handB(f, "XÃ HỒ TRÀM", "xã Hồ Tràm", "121/BC-UBND", "Hồ Tràm, ngày 30 tháng 9 năm 2026",
      "Tình hình thực hiện Chỉ thị số 38-CT/TW của Ban Bí thư, quý III năm 2026",
      "Ủy ban nhân dân xã Hồ Tràm báo cáo tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trong "
      "quý III như sau:",
      [("80 chủ cơ sở du lịch, kinh doanh tìm hiểu pháp luật về đo lường", B3_s1),
       ("Hợp tác xã làm quen với 5S, Kaizen", B3_s2),
       ("Lần đầu có doanh nghiệp của xã tham dự Giải thưởng Chất lượng Quốc gia", B3_s3)],
      [B3_sh1, B3_sh2], B3_diffs, B3_props, "Nguyễn Văn Sáu", ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"))
key(f, "26620", "Xã Hồ Tràm", "121/BC-UBND", "2026-09-30", [
    ("II.1.a", "completed", {"training_courses": 1, "participants": 80, "communications": 15}, " ".join(B3_s1)),
    ("II.2.a", "in_progress", {"enterprises_supported": 3}, " ".join(B3_s2)),
    ("II.1.b", "completed", {"enterprises_supported": 1}, " ".join(B3_s3)),
    ("II.5.c", "not_started", {}, B3_sh1),
    ("II.2.đ", "completed", {}, B3_sh2),
], B3_diffs, B3_props)


# ============================================================ HAND C (Danh)
# Công chức Kinh tế, 39, XLSX: one row per job, the job cell holding two lines
# (his own words, then "(theo KH Sở: …)" his reading of the plan), fixed numeric
# columns, "Mức độ" = Xong / Đang làm / Chưa làm / Không có, frozen panes and an
# autofilter, "KHÓ KHĂN – ĐỀ XUẤT" block below the table.
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def handC(fname, unit_up, number, place_date, title, cols, rows, diffs, props, signer, sheet="BC quy III"):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sheet
    ncol = 2 + len(cols) + 2
    last = openpyxl.utils.get_column_letter(ncol)
    ws.merge_cells("A1:C1"); ws["A1"] = "UBND " + unit_up
    ws.merge_cells("A2:C2"); ws["A2"] = "Số: " + number
    mid = openpyxl.utils.get_column_letter(4)
    ws.merge_cells(f"D1:{last}1"); ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws.merge_cells(f"D2:{last}2"); ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws.merge_cells(f"D3:{last}3"); ws["D3"] = place_date
    for c in ("A1", "D1", "D2"):
        ws[c].font = Font(bold=True, name="Times New Roman", size=12)
    ws["D3"].font = Font(italic=True, name="Times New Roman", size=12)
    for c in ("A1", "A2", "D1", "D2", "D3"):
        ws[c].alignment = Alignment(horizontal="center")
    ws.merge_cells(f"A5:{last}5"); ws["A5"] = title
    ws["A5"].font = Font(bold=True, size=13, name="Times New Roman"); ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[5].height = 36
    hdr = ["TT", "Công việc đã làm"] + cols + ["Mức độ", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=j, value=h)
        c.font = Font(bold=True, name="Times New Roman", size=11)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2"); c.border = BOX
    ws.row_dimensions[7].height = 45
    r = 8
    for i, (job, plan, vals, level, note) in enumerate(rows, 1):
        ws.cell(row=r, column=1, value=i)
        ws.cell(row=r, column=2, value=job + "\n(theo KH Sở: " + plan + ")")
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=3 + j, value=v)
            if isinstance(v, int) and v >= 1000:
                c.number_format = "#,##0"
        ws.cell(row=r, column=3 + len(cols), value=level)
        ws.cell(row=r, column=4 + len(cols), value=note)
        for j in range(1, ncol + 1):
            c = ws.cell(row=r, column=j); c.border = BOX
            c.alignment = Alignment(vertical="top", wrap_text=True, horizontal="left" if j in (2, ncol) else "center")
            c.font = Font(name="Times New Roman", size=11)
        r += 1
    ws.auto_filter.ref = f"A7:{last}{r-1}"
    ws.freeze_panes = "C8"
    r += 1
    ws.cell(row=r, column=1, value="KHÓ KHĂN – ĐỀ XUẤT").font = Font(bold=True); r += 1
    ws.cell(row=r, column=1, value="Khó khăn:").font = Font(bold=True, italic=True); r += 1
    for i, x in enumerate(diffs, 1):
        ws.cell(row=r, column=1, value=i); ws.merge_cells(f"B{r}:{last}{r}"); ws.cell(row=r, column=2, value=x); r += 1
    ws.cell(row=r, column=1, value="Đề xuất:").font = Font(bold=True, italic=True); r += 1
    for i, x in enumerate(props, 1):
        ws.cell(row=r, column=1, value=i); ws.merge_cells(f"B{r}:{last}{r}"); ws.cell(row=r, column=2, value=x); r += 1
    r += 1
    ws.cell(row=r, column=2, value="Người lập biểu").font = Font(bold=True)
    ws.cell(row=r, column=ncol - 2, value="KT. CHỦ TỊCH").font = Font(bold=True)
    ws.cell(row=r + 1, column=ncol - 2, value="PHÓ CHỦ TỊCH").font = Font(bold=True)
    ws.cell(row=r + 4, column=2, value="Huỳnh Công Danh")
    ws.cell(row=r + 4, column=ncol - 2, value=signer).font = Font(bold=True)
    widths = [5, 46] + [11] * len(cols) + [11, 28]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fname))


COLS = ["Số cuộc KT", "Số cơ sở KT", "Số cơ sở VP", "Tiền phạt (đồng)", "Số lớp/ hội nghị", "Số người dự",
        "Số tin, bài", "Số DN/ HTX được HD", "Số mẫu"]


def vals(cu=None, cs=None, vp=None, ph=None, lop=None, ng=None, tin=None, dn=None, mau=None):
    return [cu, cs, vp, ph, lop, ng, tin, dn, mau]


# ---- C1 Xã Củ Chi
f = "CuChi_BC510_KH38_quy3.xlsx"
C1_rows = [
    ("Tuyên truyền trên loa, pano về đo lường, chất lượng hàng hóa", "tuyên truyền, phổ biến văn bản về TC-ĐL-CL",
     vals(tin=18), "Xong", "Phát trên loa 3 ấp"),
    ("Kiểm tra cân tại chợ Củ Chi, chợ Phước Thạnh", "phối hợp thực hiện nội dung phân quyền",
     vals(cu=4, cs=52, vp=6, ph=9000000), "Đang làm", "Làm tiếp Quý IV"),
    ("Hướng dẫn HTX rau an toàn làm truy xuất nguồn gốc", "Đề án 100 truy xuất nguồn gốc",
     vals(dn=4), "Đang làm", ""),
    ("Cử công chức đi tập huấn ở Chi cục", "tập huấn cho công chức xã, phường",
     vals(ng=2), "Xong", "Ngày 20/8"),
    ("Tiếp nhận tố giác vi phạm", "khen thưởng, bảo vệ người tố giác",
     vals(), "Không có", "Không phát sinh"),
    ("Cập nhật ISO 9001 tại UBND xã", "HTQLCL trong cơ quan hành chính",
     vals(), "Đang làm", "Dự kiến xong T11"),
]
C1_diffs = ["Chợ Phước Thạnh chưa có cân đối chứng, người mua không có chỗ kiểm tra lại.",
            "Công chức kinh tế kiêm nhiệm, không có thời gian kiểm tra thường xuyên."]
C1_props = ["Xin Chi cục cấp 01 cân đối chứng cho chợ Phước Thạnh.",
            "Đề nghị Sở có văn bản hướng dẫn mức phạt đối với hộ kinh doanh nhỏ lẻ tại chợ."]
handC(f, "XÃ CỦ CHI", "510/BC-UBND", "Củ Chi, ngày 03 tháng 10 năm 2026",
      "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW QUÝ III NĂM 2026", COLS, C1_rows, C1_diffs, C1_props, "Lê Văn Út")
key(f, "27553", "Xã Củ Chi", "510/BC-UBND", "2026-10-03", [
    ("II.1.a", "completed", {"communications": 18}, "Tuyên truyền trên loa, pano về đo lường, chất lượng hàng hóa"),
    ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 52, "violations": 6, "fines_vnd": 9000000}, "Kiểm tra cân tại chợ Củ Chi, chợ Phước Thạnh"),
    ("II.2.a", "in_progress", {"enterprises_supported": 4}, "Hướng dẫn HTX rau an toàn làm truy xuất nguồn gốc"),
    ("II.3.a", "completed", {"participants": 2}, "Cử công chức đi tập huấn ở Chi cục"),
    ("II.5.d", "not_applicable", {}, "Tiếp nhận tố giác vi phạm – Không có"),
    ("II.2.đ", "in_progress", {}, "Cập nhật ISO 9001 tại UBND xã"),
], C1_diffs, C1_props)

# ---- C2 Xã Nhà Bè
f = "NhaBe_BC377_CT38_Q3.xlsx"
C2_rows = [
    ("Hội nghị phổ biến quy định đo lường cho tiểu thương; đưa tin trên trang xã", "tuyên truyền, phổ biến văn bản về TC-ĐL-CL",
     vals(lop=1, ng=70, tin=12), "Xong", ""),
    ("Kiểm tra cân, đồng hồ xăng dầu", "phối hợp thực hiện nội dung phân quyền",
     vals(cu=2, cs=24, vp=2, ph=3000000), "Đang làm", ""),
    ("Đi cùng đoàn Chi cục lấy mẫu xăng dầu", "khảo sát chất lượng sản phẩm, hàng hóa",
     vals(mau=8), "Xong", "Kết quả đạt"),
    ("Cử người dự tập huấn", "tập huấn cho công chức xã, phường",
     vals(ng=1), "Xong", ""),
    ("Duy trì ISO 9001", "HTQLCL trong cơ quan hành chính",
     vals(), "Xong", "Đã công bố lại 15/8"),
]
C2_diffs = ["Một số cửa hàng xăng dầu đóng cửa khi đoàn đến kiểm tra."]
C2_props = ["Đề nghị Chi cục chủ trì kiểm tra đột xuất các cửa hàng xăng dầu trên địa bàn xã."]
handC(f, "XÃ NHÀ BÈ", "377/BC-UBND", "Nhà Bè, ngày 05 tháng 10 năm 2026",
      "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG - QUÝ III/2026", COLS, C2_rows, C2_diffs, C2_props, "Đặng Thị Thu")
key(f, "27655", "Xã Nhà Bè", "377/BC-UBND", "2026-10-05", [
    ("II.1.a", "completed", {"training_courses": 1, "participants": 70, "communications": 12}, "Hội nghị phổ biến quy định đo lường cho tiểu thương; đưa tin trên trang xã"),
    ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 24, "violations": 2, "fines_vnd": 3000000}, "Kiểm tra cân, đồng hồ xăng dầu"),
    ("II.5.b", "completed", {"samples_tested": 8}, "Đi cùng đoàn Chi cục lấy mẫu xăng dầu"),
    ("II.3.a", "completed", {"participants": 1}, "Cử người dự tập huấn"),
    ("II.2.đ", "completed", {}, "Duy trì ISO 9001"),
], C2_diffs, C2_props)

# ---- C3 Xã Hiệp Phước
f = "HiepPhuoc_402_BC_ChiThi38_Q3-2026.xlsx"
C3_rows = [
    ("Đưa tin tuyên truyền trên trang thông tin xã", "tuyên truyền, phổ biến văn bản về TC-ĐL-CL",
     vals(tin=9), "Xong", ""),
    ("Kiểm tra đo lường tại chợ và cửa hàng xăng dầu", "phối hợp thực hiện nội dung phân quyền",
     vals(cu=3, cs=30, vp=4, ph=10500000), "Đang làm", ""),
    ("Hướng dẫn DN trong KCN công bố hợp quy", "hỗ trợ DN công bố chất lượng sản phẩm",
     vals(dn=5), "Đang làm", "Phối hợp BQL KCN"),
    ("Vận động DN dự Giải thưởng Chất lượng Quốc gia", "tuyên truyền, vận động Giải thưởng CLQG",
     vals(), "Chưa làm", "Chưa nhận được thể lệ"),
    ("Tố giác vi phạm", "khen thưởng, bảo vệ người tố giác",
     vals(), "Không có", ""),
    ("Cử công chức dự tập huấn", "tập huấn cho công chức xã, phường",
     vals(ng=2), "Xong", ""),
]
C3_diffs = ["Xã chưa nhận được thể lệ, tài liệu về Giải thưởng Chất lượng Quốc gia năm 2026 để vận động doanh nghiệp."]
C3_props = ["Đề nghị Chi cục gửi tài liệu hướng dẫn Giải thưởng Chất lượng Quốc gia về UBND xã."]
handC(f, "XÃ HIỆP PHƯỚC", "402/BC-UBND", "Hiệp Phước, ngày 02 tháng 10 năm 2026",
      "BÁO CÁO THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW QUÝ III NĂM 2026", COLS, C3_rows, C3_diffs, C3_props, "Phan Văn Lợi")
key(f, "27658", "Xã Hiệp Phước", "402/BC-UBND", "2026-10-02", [
    ("II.1.a", "completed", {"communications": 9}, "Đưa tin tuyên truyền trên trang thông tin xã"),
    ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 30, "violations": 4, "fines_vnd": 10500000}, "Kiểm tra đo lường tại chợ và cửa hàng xăng dầu"),
    ("II.2.d", "in_progress", {"enterprises_supported": 5}, "Hướng dẫn DN trong KCN công bố hợp quy"),
    ("II.1.b", "not_started", {}, "Vận động DN dự Giải thưởng Chất lượng Quốc gia – Chưa làm"),
    ("II.5.d", "not_applicable", {}, "Tố giác vi phạm – Không có"),
    ("II.3.a", "completed", {"participants": 2}, "Cử công chức dự tập huấn"),
], C3_diffs, C3_props)

# ---- C4 Xã Bình Chánh: MISTAKEN (giảm nghèo)
f = "BinhChanh_BC455_quy3.xlsx"
handC(f, "XÃ BÌNH CHÁNH", "455/BC-UBND", "Bình Chánh, ngày 04 tháng 10 năm 2026",
      "BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG QUÝ III NĂM 2026",
      ["Số hộ", "Số người", "Số tiền (đồng)"],
      [("Rà soát hộ nghèo, hộ cận nghèo giữa kỳ", "giảm nghèo bền vững", [212, 798, None], "Xong", ""),
       ("Hỗ trợ vay vốn Ngân hàng CSXH", "giảm nghèo bền vững", [35, None, 1750000000], "Đang làm", ""),
       ("Cấp thẻ BHYT cho hộ cận nghèo", "giảm nghèo bền vững", [64, 241, None], "Xong", ""),
       ("Sửa chữa nhà ở cho hộ nghèo", "giảm nghèo bền vững", [3, None, 150000000], "Chưa làm", "Chờ vốn")],
      ["Nguồn vốn vay ưu đãi chưa đáp ứng nhu cầu."], ["Đề nghị bổ sung vốn ủy thác cho Ngân hàng CSXH."], "Nguyễn Văn Quang",
      sheet="Giam ngheo Q3")
key(f, "27637", "Xã Bình Chánh", "455/BC-UBND", "2026-10-04", [], [], [],
    status="rejected", reason="Báo cáo kết quả thực hiện Chương trình giảm nghèo bền vững, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW")


# ============================================================ HAND D (Thu Trang)
# Chuyên viên tổng hợp, 44 (Sở Công Thương; the same form reused by Sở NN&MT and a
# commune): one table "Nhiệm vụ Sở KH&CN giao | Đơn vị đã làm gì | Số liệu |
# Kết quả đến 30/9", the Số liệu cell a lettered list "a) 02 cuộc; b) 17 cơ sở;",
# statuses "Xong / Chưa xong – làm tiếp Quý IV / Chưa bắt đầu / Không có việc".

D_HDR = ["TT", "Nhiệm vụ Sở KH&CN giao", "{u} đã làm gì", "Số liệu", "Kết quả đến 30/9"]


def handD_docx(fname, agency_lines, number, place_date, kinh_gui, title, unit_short, intro, rows, diffs, props, signer):
    d = new_doc(size=13)
    sec = d.sections[0]
    header_block(d, agency_lines, number, place_date, sub="V/v báo cáo kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW quý III/2026")
    para(d, runs=[("Kính gửi: ", False, False), (kinh_gui, False, False)], center=True)
    para(d, intro)
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for j, h in enumerate(D_HDR):
        cell_par(t.rows[0].cells[j], h.format(u=unit_short), bold=True, size=11)
    for i, (task, did, figs, res) in enumerate(rows, 1):
        cells = t.add_row().cells
        cell_par(cells[0], str(i), size=11)
        cell_par(cells[1], task, center=False, size=11)
        cell_par(cells[2], did, center=False, size=11)
        cell_par(cells[3], "; ".join(figs) + (";" if figs else "Không"), center=False, size=11)
        cell_par(cells[4], res, size=11)
    d.add_paragraph()
    para(d, "Khó khăn, vướng mắc:", bold=True, indent=False)
    for x in diffs:
        para(d, "- " + x)
    para(d, "Đề xuất, kiến nghị:", bold=True, indent=False)
    for x in props:
        para(d, "- " + x)
    para(d, unit_short + " báo cáo để Sở Khoa học và Công nghệ tổng hợp./.")
    signature(d, ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, KHTH."],
              [("KT. GIÁM ĐỐC", True), ("PHÓ GIÁM ĐỐC", True), ("", False), ("", False), ("", False), (signer, True)])
    d.save(os.path.join(OUT, fname))


def handD_xlsx(fname, unit_up_lines, number, place_date, title, unit_short, rows, diffs, props, signer, sheet):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sheet
    for i, ln in enumerate(unit_up_lines, 1):
        ws.merge_cells(f"A{i}:B{i}"); ws[f"A{i}"] = ln; ws[f"A{i}"].font = Font(bold=True)
        ws[f"A{i}"].alignment = Alignment(horizontal="center")
    n = len(unit_up_lines) + 1
    ws.merge_cells(f"A{n}:B{n}"); ws[f"A{n}"] = "Số: " + number; ws[f"A{n}"].alignment = Alignment(horizontal="center")
    ws.merge_cells("C1:E1"); ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["C1"].font = Font(bold=True)
    ws.merge_cells("C2:E2"); ws["C2"] = "Độc lập - Tự do - Hạnh phúc"; ws["C2"].font = Font(bold=True)
    ws.merge_cells(f"C{n}:E{n}"); ws[f"C{n}"] = place_date; ws[f"C{n}"].font = Font(italic=True)
    for c in ("C1", "C2", f"C{n}"):
        ws[c].alignment = Alignment(horizontal="center")
    r = n + 2
    ws.merge_cells(f"A{r}:E{r}"); ws[f"A{r}"] = title; ws[f"A{r}"].font = Font(bold=True, size=13)
    ws[f"A{r}"].alignment = Alignment(horizontal="center", wrap_text=True); ws.row_dimensions[r].height = 34
    r += 2
    for j, h in enumerate(D_HDR, 1):
        c = ws.cell(row=r, column=j, value=h.format(u=unit_short)); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r += 1
    for i, (task, did, figs, res) in enumerate(rows, 1):
        vs = [i, task, did, ";\n".join(figs) + ";" if figs else "Không", res]
        for j, v in enumerate(vs, 1):
            c = ws.cell(row=r, column=j, value=v); c.border = BOX
            c.alignment = Alignment(vertical="top", wrap_text=True)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Khó khăn, vướng mắc:").font = Font(bold=True); r += 1
    for x in diffs:
        ws.merge_cells(f"A{r}:E{r}"); ws.cell(row=r, column=1, value="- " + x)
        ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True); ws.row_dimensions[r].height = 32; r += 1
    ws.cell(row=r, column=1, value="Đề xuất, kiến nghị:").font = Font(bold=True); r += 1
    for x in props:
        ws.merge_cells(f"A{r}:E{r}"); ws.cell(row=r, column=1, value="- " + x)
        ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True); ws.row_dimensions[r].height = 32; r += 1
    r += 1
    for k, (txt, b) in enumerate(signer):
        ws.cell(row=r + k, column=4, value=txt).font = Font(bold=b)
    for col, w in zip("ABCDE", (5, 34, 46, 26, 18)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))


# ---- D1 Sở Công Thương (DOCX)
f = "SCT_2315_BC_ket qua KH CT38_quy III_2026.docx"
D1_rows = [
    ("Tuyên truyền, tập huấn văn bản về TC-ĐL-CL cho doanh nghiệp (phối hợp)",
     "Phối hợp tổ chức hội nghị phổ biến quy định về nhãn hàng hóa, đo lường cho doanh nghiệp xuất nhập khẩu; đăng tin trên Cổng thông tin điện tử Sở",
     ["a) 02 hội nghị", "b) 310 đại biểu", "c) 14 tin, bài"], "Xong"),
    ("Kiểm tra chất lượng sản phẩm, hàng hóa lưu thông trên thị trường (phối hợp)",
     "Chỉ đạo lực lượng Quản lý thị trường phối hợp kiểm tra chất lượng xăng dầu, mũ bảo hiểm, đồ chơi trẻ em",
     ["a) 11 cuộc", "b) 64 cơ sở", "c) 09 cơ sở vi phạm", "d) phạt 186.500.000 đồng"], "Chưa xong – làm tiếp Quý IV"),
    ("Góp ý dự thảo quy chuẩn kỹ thuật quốc gia",
     "Góp ý dự thảo QCVN về an toàn điện, xăng dầu sinh học theo đề nghị của Bộ Công Thương",
     ["a) 03 dự thảo QCVN"], "Xong"),
    ("Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố chất lượng",
     "Hướng dẫn doanh nghiệp công nghiệp hỗ trợ áp dụng ISO 9001, công bố hợp quy sản phẩm",
     ["a) 25 doanh nghiệp được hướng dẫn"], "Chưa xong – làm tiếp Quý IV"),
    ("Cập nhật điều ước, thỏa thuận quốc tế về TC-ĐL-CL",
     "Cập nhật, phổ biến cam kết TBT trong các FTA (CPTPP, EVFTA) trên Cổng thông tin điện tử Sở",
     [], "Xong"),
    ("Khen thưởng, bảo vệ người tố giác; xử lý vi phạm về TC-ĐL-CL",
     "Không nhận được tố giác nào trong kỳ", [], "Không có việc"),
]
D1_diffs = ["Lực lượng Quản lý thị trường sau sắp xếp còn mỏng so với địa bàn Thành phố mở rộng.",
            "Chưa có cơ chế chia sẻ dữ liệu kết quả kiểm tra giữa Sở Công Thương và Chi cục TĐC."]
D1_props = ["Đề nghị Sở Khoa học và Công nghệ xây dựng quy chế phối hợp, chia sẻ dữ liệu kiểm tra chất lượng hàng hóa lưu thông giữa hai Sở."]
handD_docx(f, [("ỦY BAN NHÂN DÂN", False), ("THÀNH PHỐ HỒ CHÍ MINH", False), ("SỞ CÔNG THƯƠNG", True)],
           "2315/BC-SCT", "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026", "Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng)",
           "", "Sở Công Thương",
           "Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Sở Công Thương báo cáo "
           "kết quả thực hiện các nội dung được giao phối hợp trong 9 tháng đầu năm (số liệu đến 30/9/2026) theo bảng sau:",
           D1_rows, D1_diffs, D1_props, "Bùi Tá Hoàng")
key(f, "SO-CT", "Sở Công Thương", "2315/BC-SCT", "2026-10-28", [
    ("II.1.a", "completed", {"training_courses": 2, "participants": 310, "communications": 14}, D1_rows[0][1]),
    ("II.5.a", "in_progress", {"inspections": 11, "establishments_inspected": 64, "violations": 9, "fines_vnd": 186500000}, D1_rows[1][1]),
    ("II.2.e", "completed", {"standards_reviewed": 3}, D1_rows[2][1]),
    ("II.2.d", "in_progress", {"enterprises_supported": 25}, D1_rows[3][1]),
    ("II.6.a", "completed", {}, D1_rows[4][1]),
    ("II.5.d", "not_applicable", {}, D1_rows[5][1]),
], D1_diffs, D1_props)

# ---- D2 Sở Nông nghiệp và Môi trường (XLSX)
f = "SNNMT_BC5530_CT38_9thang.xlsx"
D2_rows = [
    ("Triển khai Đề án 100 – truy xuất nguồn gốc",
     "Hướng dẫn cơ sở, hợp tác xã cấp mã số vùng trồng, cơ sở đóng gói và truy xuất nguồn gốc nông sản",
     ["a) 46 cơ sở, HTX được hướng dẫn"], "Chưa xong – làm tiếp Quý IV"),
    ("Góp ý, xây dựng quy chuẩn kỹ thuật",
     "Góp ý dự thảo QCVN của Bộ Nông nghiệp và Môi trường; dự thảo quy chuẩn kỹ thuật địa phương về nước sạch nông thôn",
     ["a) 03 quy chuẩn (02 QCVN, 01 QCĐP)"], "Xong"),
    ("Khảo sát chất lượng sản phẩm, hàng hóa",
     "Lấy mẫu phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi lưu thông để thử nghiệm",
     ["a) 120 mẫu"], "Xong"),
    ("Kiểm tra chất lượng vật tư nông nghiệp (phối hợp)",
     "Thanh tra chuyên ngành kiểm tra cơ sở kinh doanh phân bón, thuốc BVTV, giống cây trồng",
     ["a) 08 cuộc", "b) 95 cơ sở", "c) 12 cơ sở vi phạm", "d) phạt 214.000.000 đồng"], "Chưa xong – làm tiếp Quý IV"),
    ("Tuyên truyền, tập huấn văn bản về TC-ĐL-CL",
     "Tập huấn quy định về chất lượng vật tư nông nghiệp, ghi nhãn cho hộ kinh doanh, HTX",
     ["a) 04 lớp", "b) 260 người"], "Xong"),
]
D2_diffs = ["Chi phí thử nghiệm mẫu vật tư nông nghiệp cao, dự toán năm 2026 chỉ đáp ứng khoảng 60% nhu cầu."]
D2_props = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng hàng hóa của Chi cục TĐC để tránh trùng lặp mẫu.",
            "Đề nghị Chi cục TĐC hướng dẫn kết nối dữ liệu truy xuất nguồn gốc nông sản với hệ thống của Thành phố."]
handD_xlsx(f, ["ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"], "5530/BC-SNNMT",
           "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
           "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (SỐ LIỆU ĐẾN 30/9/2026)",
           "Sở NN&MT", D2_rows, D2_diffs, D2_props,
           [("KT. GIÁM ĐỐC", True), ("PHÓ GIÁM ĐỐC", True), ("", False), ("", False), ("Trần Văn Phúc", True)], "BC KH38")
key(f, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "5530/BC-SNNMT", "2026-10-27", [
    ("II.2.a", "in_progress", {"enterprises_supported": 46}, D2_rows[0][1]),
    ("II.2.e", "completed", {"standards_reviewed": 3}, D2_rows[1][1]),
    ("II.5.b", "completed", {"samples_tested": 120}, D2_rows[2][1]),
    ("II.5.a", "in_progress", {"inspections": 8, "establishments_inspected": 95, "violations": 12, "fines_vnd": 214000000}, D2_rows[3][1]),
    ("II.1.a", "completed", {"training_courses": 4, "participants": 260}, D2_rows[4][1]),
], D2_diffs, D2_props)

# ---- D3 Xã Dầu Tiếng (XLSX, same form)
f = "DauTieng_188_BC_CT38_Q3.xlsx"
D3_rows = [
    ("Tuyên truyền văn bản về tiêu chuẩn, đo lường, chất lượng",
     "Tổ chức hội nghị tuyên truyền cho hộ kinh doanh chợ Dầu Tiếng; đưa tin trên loa, trang thông tin xã",
     ["a) 01 hội nghị", "b) 45 người", "c) 12 tin, bài"], "Xong"),
    ("Kiểm tra theo phân quyền",
     "Kiểm tra đo lường tại chợ Dầu Tiếng, cửa hàng xăng dầu",
     ["a) 02 cuộc", "b) 19 cơ sở", "c) 01 cơ sở vi phạm", "d) phạt 1.500.000 đ"], "Chưa xong – làm tiếp Quý IV"),
    ("Truy xuất nguồn gốc",
     "Hướng dẫn hộ, HTX mủ cao su, hạt điều đăng ký truy xuất nguồn gốc",
     ["a) 06 hộ, HTX"], "Chưa xong – làm tiếp Quý IV"),
    ("Tập huấn cho công chức xã",
     "Cử công chức dự lớp tập huấn của Chi cục TĐC",
     ["a) 02 người"], "Xong"),
    ("ISO trong cơ quan hành chính",
     "Chưa thực hiện chuyển đổi sang ISO điện tử, chờ hướng dẫn của Thành phố", [], "Chưa bắt đầu"),
]
D3_diffs = ["Xã chưa nhận được hướng dẫn áp dụng ISO điện tử sau sắp xếp."]
D3_props = ["Đề nghị Chi cục TĐC sớm có hướng dẫn áp dụng ISO điện tử cho UBND cấp xã."]
handD_xlsx(f, ["UBND XÃ DẦU TIẾNG"], "188/BC-UBND", "Dầu Tiếng, ngày 04 tháng 10 năm 2026",
           "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW QUÝ III NĂM 2026",
           "UBND xã", D3_rows, D3_diffs, D3_props,
           [("TM. ỦY BAN NHÂN DÂN", True), ("KT. CHỦ TỊCH", True), ("PHÓ CHỦ TỊCH", True), ("", False), ("Hồ Văn Thắng", True)], "Bao cao")
key(f, "25777", "Xã Dầu Tiếng", "188/BC-UBND", "2026-10-04", [
    ("II.1.a", "completed", {"training_courses": 1, "participants": 45, "communications": 12}, D3_rows[0][1]),
    ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 19, "violations": 1, "fines_vnd": 1500000}, D3_rows[1][1]),
    ("II.2.a", "in_progress", {"enterprises_supported": 6}, D3_rows[2][1]),
    ("II.3.a", "completed", {"participants": 2}, D3_rows[3][1]),
    ("II.2.đ", "not_started", {}, D3_rows[4][1]),
], D3_diffs, D3_props)


# ============================================================ HAND E (Việt)
# Văn phòng HĐND-UBND, 35: each task in a two-column row: a narrow shaded left
# "sidebar" cell stacking the task's key figures one per line in bold
# ("03 cuộc", "28 cơ sở"), the right cell a plain narrative closed by
# "Tình trạng: …". Numbered "Phần 1/2/3" instead of Roman sections.

def shade(cell, color="E7E6E6"):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), color)
    tcPr.append(sh)


def handE_docx(fname, unit_up, number, place_date, title, intro, items, diffs, props, signer):
    d = new_doc(font="Arial", size=11)
    header_block(d, [("ỦY BAN NHÂN DÂN", False), (unit_up, True)], number, place_date)
    para(d, "BÁO CÁO", bold=True, center=True, size=13)
    para(d, title, bold=True, center=True)
    para(d, intro)
    para(d, "Phần 1. Kết quả thực hiện", bold=True, indent=False)
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for head, figs, narr, state in items:
        row = t.add_row().cells
        row[0].width = Cm(3.2); row[1].width = Cm(12.8)
        shade(row[0])
        first = True
        for fg in (figs or ["—"]):
            cell_par(row[0], fg, bold=True, first=first, size=11); first = False
        cell_par(row[1], head, bold=True, center=False, size=11)
        cell_par(row[1], narr, center=False, first=False, size=11)
        cell_par(row[1], "Tình trạng: " + state, italic=True, center=False, first=False, size=11)
    d.add_paragraph()
    para(d, "Phần 2. Khó khăn, vướng mắc", bold=True, indent=False)
    for i, x in enumerate(diffs, 1):
        para(d, f"{i}. {x}")
    para(d, "Phần 3. Đề xuất", bold=True, indent=False)
    for i, x in enumerate(props, 1):
        para(d, f"{i}. {x}")
    signature(d, ["- Chi cục TĐC TP.HCM;", "- Lưu: VT."],
              [("TM. ỦY BAN NHÂN DÂN", True), ("KT. CHỦ TỊCH", True), ("PHÓ CHỦ TỊCH", True), ("", False), ("", False), (signer, True)])
    d.save(os.path.join(OUT, fname))


# ---- E1 Xã Xuyên Mộc
f = "XuyenMoc_265-BC-UBND_CT38_quy3.docx"
E1_items = [
    ("Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng", ["20 tin, bài", "01 lớp", "62 người"],
     "Trong quý, xã phối hợp Chi cục TĐC mở lớp tập huấn về ghi nhãn hàng hóa, đo lường cho hộ kinh doanh tại chợ Xuyên Mộc "
     "(ngày 11/8/2026); đăng tin trên trang thông tin điện tử và phát trên loa truyền thanh các ấp.", "xong"),
    ("Kiểm tra đo lường, chất lượng tại chợ, cửa hàng", ["03 cuộc", "28 cơ sở", "03 vi phạm", "4,5 triệu đồng"],
     "Tổ kiểm tra của xã kiểm tra cân tại chợ Xuyên Mộc, chợ Bông Trang và các cửa hàng xăng dầu ven tỉnh lộ 328; các cơ sở "
     "vi phạm đã bị xử phạt, tổng tiền phạt như bên cạnh.", "đang làm tiếp"),
    ("Phối hợp lấy mẫu khảo sát chất lượng", ["10 mẫu"],
     "Phối hợp đoàn của Chi cục TĐC lấy mẫu mũ bảo hiểm, đồ chơi trẻ em tại các cửa hàng trên địa bàn xã để khảo sát chất lượng.",
     "xong"),
    ("Cử công chức tập huấn nghiệp vụ", ["02 người"],
     "Xã cử công chức Kinh tế và công chức Văn phòng - Thống kê dự lớp tập huấn của Chi cục ngày 20/8/2026.", "xong"),
    ("Tố giác vi phạm về TC-ĐL-CL", [],
     "Trong quý không nhận được tin báo, tố giác nào.", "không phát sinh"),
]
E1_diffs = ["Xã rộng, nhiều chợ tự phát ven đường, Tổ kiểm tra chỉ có 03 người nên không kiểm tra thường xuyên được."]
E1_props = ["Đề nghị Chi cục TĐC hỗ trợ xã 01 bộ quả cân chuẩn để kiểm tra cân tại chợ."]
handE_docx(f, "XÃ XUYÊN MỘC", "265/BC-UBND", "Xuyên Mộc, ngày 07 tháng 10 năm 2026",
           "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW, quý III năm 2026",
           "UBND xã Xuyên Mộc báo cáo kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng quý III năm 2026 (cột bên trái ghi các số liệu chính của từng việc):",
           E1_items, E1_diffs, E1_props, "Lâm Thị Mỹ Hằng")
key(f, "26632", "Xã Xuyên Mộc", "265/BC-UBND", "2026-10-07", [
    ("II.1.a", "completed", {"communications": 20, "training_courses": 1, "participants": 62}, E1_items[0][2]),
    ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 28, "violations": 3, "fines_vnd": 4500000}, E1_items[1][2]),
    ("II.5.b", "completed", {"samples_tested": 10}, E1_items[2][2]),
    ("II.3.a", "completed", {"participants": 2}, E1_items[3][2]),
    ("II.5.d", "not_applicable", {}, E1_items[4][2]),
], E1_diffs, E1_props)

# ---- E2 Xã Bình Châu
f = "Binh Chau 140 BC ChiThi38 Q3.docx"
E2_items = [
    ("Tuyên truyền về đo lường, chất lượng", ["20 tin, bài", "2.800.000 đồng"],
     "Phát tin trên loa truyền thanh xã, đăng trên trang thông tin điện tử; in, treo băng rôn tại chợ Bình Châu. "
     "Kinh phí đã chi cho tuyên truyền như số bên cạnh.", "xong"),
    ("Kiểm tra đo lường tại chợ, cửa hàng xăng dầu", ["02 cuộc", "21 cơ sở", "03 vi phạm", "6.750.000 đồng"],
     "Tổ kiểm tra liên ngành kiểm tra cân, cột đo xăng dầu; xử phạt các cơ sở vi phạm.", "đang làm tiếp"),
    ("Hướng dẫn công bố chất lượng sản phẩm", ["02 cơ sở"],
     "Hướng dẫn cơ sở sản xuất nước mắm Bình Châu làm hồ sơ tự công bố sản phẩm, ghi nhãn theo quy định.", "đang làm"),
    ("Tập huấn công chức", ["03 người"],
     "Cử công chức tham dự tập huấn nghiệp vụ do Chi cục TĐC tổ chức.", "xong"),
]
E2_diffs = ["Các cơ sở sản xuất nước mắm quy mô hộ gia đình chưa quen thủ tục tự công bố sản phẩm."]
E2_props = ["Đề nghị Chi cục TĐC tổ chức 01 buổi hướng dẫn công bố sản phẩm, ghi nhãn tại xã Bình Châu."]
handE_docx(f, "XÃ BÌNH CHÂU", "140/BC-UBND", "Bình Châu, ngày 06 tháng 10 năm 2026",
           "Kết quả thực hiện Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng - quý III/2026",
           "UBND xã Bình Châu báo cáo kết quả thực hiện quý III năm 2026 như sau (cột trái: số liệu):",
           E2_items, E2_diffs, E2_props, "Võ Thành Nhân")
key(f, "26656", "Xã Bình Châu", "140/BC-UBND", "2026-10-06", [
    ("II.1.a", "completed", {"communications": 20, "budget_spent_vnd": 2800000}, E2_items[0][2]),
    ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 21, "violations": 3, "fines_vnd": 6750000}, E2_items[1][2]),
    ("II.2.d", "in_progress", {"enterprises_supported": 2}, E2_items[2][2]),
    ("II.3.a", "completed", {"participants": 3}, E2_items[3][2]),
], E2_diffs, E2_props)


# ---- E3 Xã Long Sơn (XLSX): same sidebar idea, column B figures stacked
f = "LongSon_BC_CT38_quy III.xlsx"
E3_items = [
    ("Tuyên truyền về tiêu chuẩn, đo lường, chất lượng", ["16 tin, bài"],
     "Phát trên loa truyền thanh và trang Zalo của xã.", "xong"),
    ("Kiểm tra đo lường tại chợ Long Sơn, bến cá", ["02 cuộc", "14 cơ sở", "02 vi phạm", "3.000.000 đồng"],
     "Kiểm tra cân tại chợ và các vựa hải sản; xử phạt 02 cơ sở dùng cân chưa kiểm định.", "đang làm tiếp"),
    ("Hướng dẫn truy xuất nguồn gốc hải sản", ["03 HTX"],
     "Hướng dẫn các HTX nuôi hàu, cá lồng bè đăng ký mã truy xuất nguồn gốc.", "đang làm"),
    ("ISO 9001 tại UBND xã", [],
     "Đã công bố lại Hệ thống quản lý chất lượng sau sắp xếp ngày 20/8/2026.", "xong"),
]
E3_diffs = ["Các vựa hải sản hoạt động theo con nước, giờ giấc không cố định nên khó kiểm tra."]
E3_props = ["Đề nghị Chi cục phối hợp kiểm tra đột xuất vào sáng sớm tại bến cá Long Sơn."]
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Q3-2026"
ws["A1"] = "ỦY BAN NHÂN DÂN"; ws["A2"] = "XÃ LONG SƠN"; ws["A3"] = "Số: 203/BC-UBND"
ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
ws["D3"] = "Long Sơn, ngày 08 tháng 10 năm 2026"
for c in ("A2", "D1", "D2"):
    ws[c].font = Font(bold=True, name="Arial", size=11)
ws["D3"].font = Font(italic=True, name="Arial", size=11)
ws.merge_cells("A5:D5"); ws["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW QUÝ III NĂM 2026"
ws["A5"].font = Font(bold=True, name="Arial", size=12); ws["A5"].alignment = Alignment(horizontal="center")
ws["A6"] = "Phần 1. Kết quả thực hiện"; ws["A6"].font = Font(bold=True)
hdr = ["STT", "Số liệu", "Việc đã làm", "Tình trạng"]
for j, h in enumerate(hdr, 1):
    c = ws.cell(row=7, column=j, value=h); c.font = Font(bold=True); c.border = BOX
    c.alignment = Alignment(horizontal="center")
r = 8
grey = PatternFill("solid", fgColor="E7E6E6")
for i, (head, figs, narr, state) in enumerate(E3_items, 1):
    ws.cell(row=r, column=1, value=i)
    c = ws.cell(row=r, column=2, value="\n".join(figs) if figs else "—"); c.fill = grey; c.font = Font(bold=True)
    ws.cell(row=r, column=3, value=head + "\n" + narr)
    ws.cell(row=r, column=4, value="Tình trạng: " + state)
    for j in range(1, 5):
        cc = ws.cell(row=r, column=j); cc.border = BOX; cc.alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[r].height = 15 * max(2, len(figs) + 1)
    r += 1
r += 1
ws.cell(row=r, column=1, value="Phần 2. Khó khăn, vướng mắc").font = Font(bold=True); r += 1
for i, x in enumerate(E3_diffs, 1):
    ws.cell(row=r, column=1, value=f"{i}. {x}"); r += 1
ws.cell(row=r, column=1, value="Phần 3. Đề xuất").font = Font(bold=True); r += 1
for i, x in enumerate(E3_props, 1):
    ws.cell(row=r, column=1, value=f"{i}. {x}"); r += 1
r += 1
for k, (txt, b) in enumerate([("TM. ỦY BAN NHÂN DÂN", True), ("KT. CHỦ TỊCH", True), ("PHÓ CHỦ TỊCH", True), ("", False), ("", False), ("Đỗ Văn Tài", True)]):
    ws.cell(row=r + k, column=4, value=txt).font = Font(bold=b)
for col, w in zip("ABCD", (6, 18, 70, 22)):
    ws.column_dimensions[col].width = w
wb.save(os.path.join(OUT, f))
key(f, "26545", "Xã Long Sơn", "203/BC-UBND", "2026-10-08", [
    ("II.1.a", "completed", {"communications": 16}, E3_items[0][2]),
    ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 14, "violations": 2, "fines_vnd": 3000000}, E3_items[1][2]),
    ("II.2.a", "in_progress", {"enterprises_supported": 3}, E3_items[2][2]),
    ("II.2.đ", "completed", {}, E3_items[3][2]),
], E3_diffs, E3_props)


# ============================================================ LibreOffice re-save
RESAVE = ["Bao cao CT38 quy 3 - Binh Khanh.docx", "NhaBe_BC377_CT38_Q3.xlsx"]


def lo_resave(fname):
    src = os.path.join(OUT, fname)
    ext = fname.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    shutil.copy(src, os.path.join(tmp, "in." + ext))
    outdir = os.path.join(tmp, "out")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/prof", "--convert-to", ext,
                    "--outdir", outdir, os.path.join(tmp, "in." + ext)], check=True, capture_output=True, timeout=180)
    shutil.copy(os.path.join(outdir, "in." + ext), src)
    shutil.rmtree(tmp)


for fn in RESAVE:
    lo_resave(fn)

for fn, k in KEYS.items():
    with open(os.path.join(OUT, fn), "rb") as fh:
        k["sha256"] = hashlib.sha256(fh.read()).hexdigest()
    with open(os.path.join(TRUTH, fn + ".json"), "w", encoding="utf-8") as fh:
        json.dump(k, fh, ensure_ascii=False, indent=2)
print(len(KEYS), "files")
