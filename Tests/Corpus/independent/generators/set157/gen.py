# -*- coding: utf-8 -*-
"""Generator for set157: 17 progress reports (10 DOCX, 7 XLSX, 2 mistaken) + truth keys.
Truth for each file is written by hand next to its content (TRUTH dict)."""
import hashlib, json, os, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = {}

KH = "Kế hoạch số 215/KH-SKHCN ngày 22/01/2026"
CV = "Công văn số 4127/SKHCN-TĐC ngày 10/11/2026"


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------- DOCX helpers
def new_doc(font="Times New Roman", size=14, margins=(2, 1.5, 3, 2)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    pf = st.paragraph_format
    pf.space_after = Pt(3)
    pf.space_before = Pt(0)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Cm(x) for x in margins]
    return d


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e)
        x.set(qn("w:val"), "nil")
        b.append(x)
    tblPr.append(b)


def grid(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e)
        x.set(qn("w:val"), "single")
        x.set(qn("w:sz"), "4")
        x.set(qn("w:color"), "000000")
        b.append(x)
    tblPr.append(b)


def cell_par(cell, text, bold=False, italic=False, size=None, align="center", underline=False, first=True):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT,
                   "right": WD_ALIGN_PARAGRAPH.RIGHT, "just": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(text)
    r.bold, r.italic, r.underline = bold, italic, underline
    if size:
        r.font.size = Pt(size)
    return p


def header_block(d, top, unit, so, date_line, size=13, vv=None):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    l.width, r.width = Cm(6.5), Cm(9.5)
    first = True
    if top:
        cell_par(l, top, size=size)
        first = False
    cell_par(l, unit, bold=True, size=size, first=first)
    cell_par(l, "––––––––", size=size, first=False)
    cell_par(l, "Số: " + so, size=size, first=False)
    if vv:
        cell_par(l, vv, size=11, first=False)
    cell_par(r, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=size - 1)
    cell_par(r, "Độc lập - Tự do - Hạnh phúc", bold=True, size=size, first=False)
    cell_par(r, "––––––––––––––––––––", size=size, first=False)
    cell_par(r, date_line, italic=True, size=size, first=False)
    d.add_paragraph()


def P(d, text="", bold=False, italic=False, align="just", indent=1.0, size=None, runs=None, underline=False):
    p = d.add_paragraph()
    p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT,
                   "right": WD_ALIGN_PARAGRAPH.RIGHT, "just": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    if indent:
        p.paragraph_format.first_line_indent = Cm(indent)
    if runs is None:
        runs = [(text, bold, italic)]
    for rr in runs:
        tx, b, i = rr[0], rr[1], rr[2]
        r = p.add_run(tx)
        r.bold, r.italic = b, i
        if underline:
            r.underline = True
        if size:
            r.font.size = Pt(size)
    return p


def signature(d, left_lines, right_title, name, size=12):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    first = True
    for i, ln in enumerate(left_lines):
        cell_par(l, ln, bold=(i == 0), italic=(i == 0), size=size if i == 0 else size - 1, align="left", first=first)
        first = False
    first = True
    for ln in right_title:
        cell_par(r, ln, bold=True, size=13, first=first)
        first = False
    for _ in range(3):
        cell_par(r, "", first=False)
    cell_par(r, name, bold=True, size=13, first=False)


# ---------------------------------------------------------------- XLSX helpers
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def put(ws, ref, v, bold=False, italic=False, size=11, align=None, wrap=True, border=False, fill=None, font="Times New Roman", numfmt=None):
    c = ws[ref]
    c.value = v
    c.font = Font(name=font, bold=bold, italic=italic, size=size)
    c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    if border:
        c.border = BOX
    if fill:
        c.fill = PatternFill("solid", fgColor=fill)
    if numfmt:
        c.number_format = numfmt
    return c


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    TRUTH[fname] = dict(status=status, reason=reason, unit={"id": unit_id, "name": unit_name},
                        document={"number": number, "date": date},
                        entries=[dict(task=t, status=s, indicators=ind, text=tx) for (t, s, ind, tx) in entries],
                        findings=[], difficulties=diffs, proposals=props)


def E(task, status, text, **ind):
    return (task, status, ind, text)


# ======================================================================
# HAND A – chị Lan (tổng hợp of a department): the department's own sector
# programme report; the plan's tasks only in one section
# "NỘI DUNG LIÊN QUAN ĐẾN KẾ HOẠCH SỐ 215/KH-SKHCN …"; items as "-" paragraphs
# whose status is a verb phrase late in the sentence; money in "triệu đồng".
# ======================================================================
def hand_a(fname, unit_up, unit_name, so, date_line, title, sector_parts, plan_items, diffs, props, signer, nn):
    d = new_doc()
    header_block(d, "UBND THÀNH PHỐ HỒ CHÍ MINH", unit_up, so, date_line)
    P(d, "BÁO CÁO", bold=True, align="center", indent=0)
    P(d, title, bold=True, align="center", indent=0)
    P(d, "_______________", align="center", indent=0)
    P(d, "Thực hiện " + CV + " của Sở Khoa học và Công nghệ về việc báo cáo tình hình thực hiện "
         "Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026; căn cứ kết quả thực hiện nhiệm vụ của ngành, "
         + unit_name + " báo cáo như sau:")
    P(d, "I. KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH CỦA NGÀNH", bold=True, indent=0)
    for i, (h, body) in enumerate(sector_parts, 1):
        P(d, f"{i}. {h}", bold=True, indent=0.5)
        for b in body:
            P(d, b)
    P(d, "II. NỘI DUNG LIÊN QUAN ĐẾN KẾ HOẠCH SỐ 215/KH-SKHCN NGÀY 22/01/2026 CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ", bold=True, indent=0)
    for it in plan_items:
        if isinstance(it, tuple):
            P(d, runs=[(it[0], False, True), (it[1], False, False)])
        else:
            P(d, it)
    P(d, "III. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ", bold=True, indent=0)
    P(d, "1. Khó khăn, vướng mắc", bold=True, indent=0.5)
    for x in diffs:
        P(d, "- " + x)
    P(d, "2. Kiến nghị", bold=True, indent=0.5)
    for x in props:
        P(d, "- " + x)
    P(d, unit_name + " báo cáo Sở Khoa học và Công nghệ tổng hợp./.")
    signature(d, ["Nơi nhận:", "- Sở KH&CN (qua Chi cục TĐC);", "- Giám đốc Sở (để b/c);", "- Lưu: VT, " + nn + "."],
              ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer)
    d.save(os.path.join(OUT, fname))


def build_a():
    # A1 Sở Công Thương
    f = "SCT_bao-cao-chuong-trinh-CN-TM-11thang-2026.docx"
    d1 = ["Khó khăn chung: sức mua thị trường nội địa phục hồi chậm, nhiều doanh nghiệp thu hẹp sản xuất.",
          "Số lượng cửa hàng xăng dầu lớn, lực lượng kiểm tra đo lường còn mỏng, thiếu thiết bị kiểm tra nhanh chất lượng xăng dầu tại hiện trường."]
    p1 = ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ trang bị bình chuẩn kim loại và thiết bị thử nhanh chất lượng xăng dầu cho lực lượng quản lý thị trường.",
          "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng chia sẻ định kỳ kết quả kiểm định cột đo xăng dầu để phục vụ công tác kiểm tra."]
    hand_a(f, "SỞ CÔNG THƯƠNG", "Sở Công Thương", "2874/BC-SCT",
           "Thành phố Hồ Chí Minh, ngày 24 tháng 11 năm 2026",
           "Kết quả thực hiện Chương trình phát triển công nghiệp – thương mại 11 tháng năm 2026 và nội dung liên quan đến Kế hoạch triển khai Chỉ thị số 38-CT/TW",
           [("Sản xuất công nghiệp",
             ["Chỉ số sản xuất công nghiệp (IIP) 11 tháng ước tăng 8,2% so với cùng kỳ; bốn ngành công nghiệp trọng yếu tăng 9,1%. Giá trị sản xuất công nghiệp hỗ trợ chiếm khoảng 27% toàn ngành."]),
            ("Thương mại, dịch vụ",
             ["Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 11 tháng ước đạt 1.184.000 tỷ đồng, tăng 11,4%. Sở đã tổ chức 06 chương trình kết nối cung cầu, hỗ trợ 420 lượt doanh nghiệp tham gia hội chợ trong nước và nước ngoài (theo Chương trình xúc tiến thương mại, không thuộc Kế hoạch 215)."]),
            ("Quản lý kinh doanh xăng dầu, khí",
             ["Đã cấp mới, cấp điều chỉnh 37 giấy xác nhận đủ điều kiện làm thương nhân phân phối, đại lý bán lẻ xăng dầu; toàn Thành phố hiện có 1.146 cửa hàng bán lẻ xăng dầu đang hoạt động."])],
           ["- Công tác tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng: Sở đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 02 hội nghị phổ biến quy định về đo lường trong kinh doanh xăng dầu và ghi nhãn hàng hóa cho 185 lượt thương nhân, cửa hàng trưởng; đăng 06 tin, bài trên Trang thông tin điện tử của Sở. Nội dung này Sở đã triển khai xong.",
            "- Công tác kiểm tra đo lường, chất lượng xăng dầu: từ đầu năm đến nay, lực lượng Quản lý thị trường thuộc Sở đã thực hiện 09 cuộc kiểm tra tại 46 cửa hàng bán lẻ xăng dầu, phát hiện 05 cửa hàng vi phạm (sai số cột đo vượt giới hạn cho phép, không niêm yết giá), ra quyết định xử phạt vi phạm hành chính tổng số tiền 87,5 triệu đồng. Công tác kiểm tra đang tiếp tục triển khai đến hết tháng 12/2026.",
            "- Việc góp ý dự thảo quy chuẩn kỹ thuật quốc gia: theo đề nghị của Bộ Công Thương, Sở đã góp ý 03 dự thảo QCVN (xăng, nhiên liệu điêzen; khí dầu mỏ hóa lỏng; an toàn điện trong công nghiệp), đã gửi văn bản góp ý đúng thời hạn, hoàn thành.",
            "- Cập nhật thông tin về hàng rào kỹ thuật trong thương mại (TBT) của các thị trường xuất khẩu: Sở đã đăng 14 bản tin cảnh báo TBT trên Trang thông tin điện tử và gửi đến các hiệp hội ngành hàng; đây là việc làm thường xuyên, Sở đang tiếp tục thực hiện.",
            "- Hỗ trợ doanh nghiệp áp dụng hệ thống truy xuất nguồn gốc (Đề án 100): năm 2026 Sở chưa triển khai do chưa được bố trí kinh phí, dự kiến đưa vào kế hoạch năm 2027.",
            "- Duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở: Sở đã cập nhật quy trình theo bộ thủ tục hành chính mới và công bố lại ngày 15/8/2026, đã hoàn thành."],
           d1, p1, "Nguyễn Văn Lộc", "QLTM")
    key(f, "SO-CT", "Sở Công Thương", "2874/BC-SCT", "2026-11-24", [
        E("II.1.a", "completed", "phối hợp tổ chức 02 hội nghị phổ biến quy định về đo lường trong kinh doanh xăng dầu và ghi nhãn hàng hóa cho 185 lượt; đăng 06 tin, bài", training_courses=2, participants=185, communications=6),
        E("II.5.a", "in_progress", "09 cuộc kiểm tra tại 46 cửa hàng bán lẻ xăng dầu, 05 cửa hàng vi phạm, xử phạt 87,5 triệu đồng; đang tiếp tục triển khai", inspections=9, establishments_inspected=46, violations=5, fines_vnd=87500000),
        E("II.2.e", "completed", "góp ý 03 dự thảo QCVN, hoàn thành", standards_reviewed=3),
        E("II.6.a", "in_progress", "đăng 14 bản tin cảnh báo TBT; đang tiếp tục thực hiện", communications=14),
        E("II.2.a", "not_started", "hỗ trợ doanh nghiệp áp dụng truy xuất nguồn gốc (Đề án 100): chưa triển khai"),
        E("II.2.đ", "completed", "duy trì HTQLCL TCVN ISO 9001:2015, công bố lại ngày 15/8/2026, đã hoàn thành"),
    ], d1, p1)

    # A2 Sở Nông nghiệp và Môi trường
    f = "SoNNMT_BC_CT_vat_tu_nong_nghiep_2026.docx"
    d2 = ["Kinh phí lấy mẫu thử nghiệm chất lượng phân bón, thuốc bảo vệ thực vật còn hạn chế trong khi chi phí thử nghiệm cao.",
          "Nhiều cơ sở kinh doanh vật tư nông nghiệp nhỏ lẻ tại các xã thường xuyên thay đổi địa điểm, khó theo dõi, quản lý."]
    p2 = ["Đề nghị Sở Khoa học và Công nghệ hướng dẫn cơ chế phối hợp, chia sẻ kết quả thử nghiệm mẫu giữa hai Sở để tránh trùng lặp.",
          "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ tập huấn về truy xuất nguồn gốc cho hợp tác xã nông nghiệp."]
    hand_a(f, "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Sở Nông nghiệp và Môi trường", "1452/BC-SNNMT",
           "Thành phố Hồ Chí Minh, ngày 26 tháng 11 năm 2026",
           "Kết quả thực hiện Chương trình quản lý chất lượng vật tư nông nghiệp và an toàn nông sản năm 2026 (phục vụ báo cáo Kế hoạch triển khai Chỉ thị số 38-CT/TW)",
           [("Sản xuất nông nghiệp",
             ["Giá trị sản xuất nông nghiệp 11 tháng ước tăng 3,6%; diện tích gieo trồng rau các loại đạt 21.450 ha; tổng đàn heo 312.000 con."]),
            ("Quản lý vật tư nông nghiệp",
             ["Toàn Thành phố hiện có 1.893 cơ sở buôn bán phân bón và 1.277 cơ sở buôn bán thuốc bảo vệ thực vật; trong năm cấp mới 214 giấy chứng nhận đủ điều kiện buôn bán."])],
           ["- Tuyên truyền, tập huấn quy định về nhãn hàng hóa, chất lượng vật tư nông nghiệp: Sở đã tổ chức 03 lớp tập huấn cho 240 lượt chủ cơ sở, hộ kinh doanh vật tư nông nghiệp; các lớp đã tổ chức xong trong quý III.",
            "- Kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, giống cây trồng: Sở đã thực hiện 12 cuộc kiểm tra tại 138 cơ sở sản xuất, kinh doanh; phát hiện 17 cơ sở vi phạm (nhãn không đúng quy định, hàng hóa không đạt chất lượng công bố), xử phạt 214,5 triệu đồng; hiện đang tiếp tục thực hiện theo kế hoạch kiểm tra năm.",
            "- Lấy mẫu kiểm tra chất lượng: đã lấy 64 mẫu phân bón gửi thử nghiệm, trong đó 09 mẫu không đạt chỉ tiêu chất lượng đã công bố; kết quả đã được thông báo cho Chi cục Tiêu chuẩn Đo lường Chất lượng. Việc lấy mẫu năm 2026 đã hoàn thành.",
            "- Triển khai áp dụng hệ thống truy xuất nguồn gốc nông sản (Đề án 100): đã hỗ trợ 23 hợp tác xã, doanh nghiệp áp dụng truy xuất nguồn gốc, gắn mã vùng trồng; đang tiếp tục triển khai.",
            "- Góp ý dự thảo QCVN: Sở đã góp ý 02 dự thảo quy chuẩn kỹ thuật quốc gia về chất lượng phân bón và thức ăn chăn nuôi theo đề nghị của Bộ Nông nghiệp và Môi trường, đã hoàn thành."],
           d2, p2, "Trần Thị Kim Hoa", "QLCL")
    key(f, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "1452/BC-SNNMT", "2026-11-26", [
        E("II.1.a", "completed", "tổ chức 03 lớp tập huấn cho 240 lượt chủ cơ sở; đã tổ chức xong", training_courses=3, participants=240),
        E("II.5.a", "in_progress", "12 cuộc kiểm tra tại 138 cơ sở; 17 cơ sở vi phạm; xử phạt 214,5 triệu đồng; đang tiếp tục", inspections=12, establishments_inspected=138, violations=17, fines_vnd=214500000),
        E("II.5.b", "completed", "lấy 64 mẫu phân bón gửi thử nghiệm; đã hoàn thành", samples_tested=64),
        E("II.2.a", "in_progress", "hỗ trợ 23 hợp tác xã, doanh nghiệp áp dụng truy xuất nguồn gốc; đang tiếp tục", enterprises_supported=23),
        E("II.2.e", "completed", "góp ý 02 dự thảo QCVN; đã hoàn thành", standards_reviewed=2),
    ], d2, p2)

    # A3 Sở Xây dựng
    f = "SXD-BC-3310-CT-VLXD-va-KH38.docx"
    d3 = ["Chưa có quy định cụ thể về phân công kiểm tra chất lượng vật liệu xây dựng trong lưu thông giữa Sở Xây dựng và lực lượng quản lý thị trường sau khi sắp xếp tổ chức bộ máy."]
    p3 = ["Kiến nghị Sở Khoa học và Công nghệ tham mưu Ủy ban nhân dân Thành phố ban hành quy chế phối hợp quản lý chất lượng sản phẩm, hàng hóa nhóm 2 thuộc lĩnh vực xây dựng."]
    hand_a(f, "SỞ XÂY DỰNG", "Sở Xây dựng", "3310/BC-SXD",
           "Thành phố Hồ Chí Minh, ngày 27 tháng 11 năm 2026",
           "Tình hình thực hiện Chương trình phát triển vật liệu xây dựng và quản lý chất lượng công trình năm 2026",
           [("Phát triển vật liệu xây dựng",
             ["Tỷ lệ sử dụng vật liệu xây không nung trong các công trình sử dụng vốn đầu tư công đạt 100%, các công trình khác đạt khoảng 78%. Đã thẩm định 126 hồ sơ thiết kế có sử dụng vật liệu mới."]),
            ("Quản lý chất lượng công trình",
             ["Sở đã kiểm tra công tác nghiệm thu 214 công trình, chấp thuận kết quả nghiệm thu đưa vào sử dụng 187 công trình (thuộc nhiệm vụ quản lý chất lượng công trình xây dựng)."])],
           ["- Kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng lưu thông trên thị trường (xi măng, thép, kính xây dựng): Sở đã thành lập 05 đoàn kiểm tra tại 31 cơ sở kinh doanh; phát hiện 04 cơ sở vi phạm về hợp quy, ghi nhãn, đã chuyển hồ sơ đến cơ quan có thẩm quyền xử phạt. Đến nay việc kiểm tra đang thực hiện, còn 01 đợt trong tháng 12.",
            "- Góp ý dự thảo quy chuẩn kỹ thuật quốc gia về sản phẩm, hàng hóa vật liệu xây dựng: Sở đã góp ý 04 dự thảo (QCVN 16 sửa đổi và 03 dự thảo tiêu chuẩn quốc gia liên quan), đã hoàn thành.",
            "- Cập nhật, duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015: Sở đang cập nhật lại hệ thống theo danh mục thủ tục hành chính sau sắp xếp, dự kiến hoàn thành trong tháng 12/2026.",
            "- Tham gia tập huấn nghiệp vụ: Sở đã cử 06 công chức tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức, đã hoàn thành.",
            "- Tuyên truyền, hướng dẫn doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia: năm 2026 không phát sinh doanh nghiệp ngành xây dựng đăng ký tham dự."],
           d3, p3, "Lê Minh Tâm", "KTVLXD")
    key(f, "SO-XD", "Sở Xây dựng", "3310/BC-SXD", "2026-11-27", [
        E("II.5.a", "in_progress", "05 đoàn kiểm tra tại 31 cơ sở; 04 cơ sở vi phạm; đang thực hiện", inspections=5, establishments_inspected=31, violations=4),
        E("II.2.e", "completed", "góp ý 04 dự thảo, đã hoàn thành", standards_reviewed=4),
        E("II.2.đ", "in_progress", "đang cập nhật lại HTQLCL ISO 9001:2015, dự kiến hoàn thành tháng 12/2026"),
        E("II.3.a", "completed", "cử 06 công chức tham dự lớp tập huấn nghiệp vụ TĐC", participants=6),
        E("II.1.b", "not_applicable", "Giải thưởng Chất lượng Quốc gia: không phát sinh doanh nghiệp đăng ký"),
    ], d3, p3)

    # A4 Sở Giáo dục và Đào tạo
    f = "SGDDT_5127_BC_ke-hoach-GD-nghe-nghiep_CT38.docx"
    d4 = ["Nội dung tiêu chuẩn, đo lường, chất lượng chưa có trong chương trình đào tạo chính khóa của các trường trung cấp, cao đẳng nên chỉ tổ chức được dưới hình thức ngoại khóa."]
    p4 = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cung cấp tài liệu và báo cáo viên cho các buổi ngoại khóa năm học 2026 - 2027."]
    hand_a(f, "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo", "5127/BC-SGDĐT",
           "Thành phố Hồ Chí Minh, ngày 20 tháng 11 năm 2026",
           "Kết quả thực hiện Kế hoạch giáo dục nghề nghiệp và giáo dục STEM năm 2026; nội dung phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW",
           [("Giáo dục nghề nghiệp",
             ["Tuyển sinh trình độ trung cấp, cao đẳng năm 2026 đạt 96,3% chỉ tiêu; 54 cơ sở giáo dục nghề nghiệp đã hoàn thành tự đánh giá chất lượng."]),
            ("Giáo dục STEM",
             ["Có 1.120 trường phổ thông triển khai bài học STEM; tổ chức Ngày hội STEM cấp Thành phố với 85 gian trưng bày."])],
           ["- Đào tạo, tập huấn về tiêu chuẩn, đo lường, mã số mã vạch, truy xuất nguồn gốc cho học sinh, sinh viên: Sở đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 04 buổi ngoại khóa tại 04 trường trung cấp, cao đẳng với 620 học sinh, sinh viên tham dự. Nội dung này đã thực hiện xong.",
            "- Tuyên truyền trong ngành giáo dục: đã đăng 08 tin, bài về Tháng chất lượng, Ngày Tiêu chuẩn thế giới trên Cổng thông tin điện tử của ngành; Sở tiếp tục thực hiện trong thời gian tới.",
            "- Duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở: đã hoàn thành việc công bố lại hệ thống.",
            "- Kiểm tra chất lượng thiết bị dạy học, đồ chơi trẻ em tại cơ sở giáo dục: năm 2026 Sở chưa tổ chức kiểm tra, dự kiến phối hợp thực hiện trong quý I/2027."],
           d4, p4, "Phạm Quốc Hưng", "GDNN")
    key(f, "SO-GDDT", "Sở Giáo dục và Đào tạo", "5127/BC-SGDĐT", "2026-11-20", [
        E("II.3.d", "completed", "04 buổi ngoại khóa tại 04 trường với 620 học sinh, sinh viên; đã thực hiện xong", training_courses=4, participants=620),
        E("II.1.a", "in_progress", "đăng 08 tin, bài; tiếp tục thực hiện", communications=8),
        E("II.2.đ", "completed", "đã hoàn thành việc công bố lại HTQLCL"),
        E("II.5.a", "not_started", "kiểm tra thiết bị dạy học, đồ chơi trẻ em: chưa tổ chức kiểm tra"),
    ], d4, p4)


# ======================================================================
# HAND B – anh Tín (planner): one sheet "Chỉ tiêu | ĐVT | Kế hoạch giao |
# Thực hiện | Tỷ lệ % | Ghi chú"; Roman group rows in the unit's own words,
# the group's status typed in the group row's "Ghi chú"; target-only rows
# (empty Thực hiện, "chỉ tiêu định hướng") mixed in and a last group of next
# year's targets; % typed as numbers; text rows for KK / KN at the bottom.
# ======================================================================
def hand_b(fname, sheet, top, unit_up, so, date_txt, title, sub, groups, diffs, props, signer_title, signer, col_th="Thực hiện đến 20/11/2026"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for col, w in zip("ABCDEFG", (6, 52, 11, 14, 16, 10, 34)):
        ws.column_dimensions[col].width = w
    put(ws, "A1", top, size=11, align="center")
    ws.merge_cells("A1:C1")
    put(ws, "A2", unit_up, bold=True, size=11, align="center")
    ws.merge_cells("A2:C2")
    put(ws, "A3", "Số: " + so, size=11, align="center")
    ws.merge_cells("A3:C3")
    put(ws, "D1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=11, align="center")
    ws.merge_cells("D1:G1")
    put(ws, "D2", "Độc lập - Tự do - Hạnh phúc", bold=True, size=11, align="center")
    ws.merge_cells("D2:G2")
    put(ws, "D3", date_txt, italic=True, size=11, align="center")
    ws.merge_cells("D3:G3")
    put(ws, "A5", title, bold=True, size=13, align="center")
    ws.merge_cells("A5:G5")
    put(ws, "A6", sub, italic=True, size=11, align="center")
    ws.merge_cells("A6:G6")
    hdr = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch giao năm 2026", col_th, "Tỷ lệ %", "Ghi chú"]
    for i, h in enumerate(hdr):
        put(ws, f"{'ABCDEFG'[i]}8", h, bold=True, align="center", border=True, fill="D9E1F2")
    for i in range(7):
        put(ws, f"{'ABCDEFG'[i]}9", f"({i+1})", italic=True, size=10, align="center", border=True)
    r = 10
    for g in groups:
        roman, gname, gnote, rows = g
        put(ws, f"A{r}", roman, bold=True, align="center", border=True)
        put(ws, f"B{r}", gname, bold=True, border=True)
        for c in "CDEF":
            put(ws, f"{c}{r}", None, border=True)
        put(ws, f"G{r}", gnote, bold=True, italic=True, border=True)
        r += 1
        for j, row in enumerate(rows, 1):
            name, dvt, kh, th, tl, note = row
            put(ws, f"A{r}", j, align="center", border=True)
            put(ws, f"B{r}", name, border=True)
            put(ws, f"C{r}", dvt, align="center", border=True)
            put(ws, f"D{r}", kh, align="right", border=True, numfmt="#,##0" if isinstance(kh, int) else None)
            put(ws, f"E{r}", th, align="right", border=True, numfmt="#,##0" if isinstance(th, int) else None)
            put(ws, f"F{r}", tl, align="right", border=True, numfmt="0.0" if isinstance(tl, float) else None)
            put(ws, f"G{r}", note, border=True)
            r += 1
    r += 1
    put(ws, f"A{r}", "Khó khăn, vướng mắc:", bold=True, wrap=False)
    r += 1
    for x in diffs:
        put(ws, f"B{r}", "- " + x)
        ws.merge_cells(f"B{r}:G{r}")
        ws.row_dimensions[r].height = 32
        r += 1
    put(ws, f"A{r}", "Kiến nghị, đề xuất:", bold=True, wrap=False)
    r += 1
    for x in props:
        put(ws, f"B{r}", "- " + x)
        ws.merge_cells(f"B{r}:G{r}")
        ws.row_dimensions[r].height = 32
        r += 1
    r += 1
    put(ws, f"E{r}", signer_title, bold=True, align="center")
    ws.merge_cells(f"E{r}:G{r}")
    put(ws, f"E{r+4}", signer, bold=True, align="center")
    ws.merge_cells(f"E{r+4}:G{r+4}")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.print_title_rows = "8:9"
    wb.save(os.path.join(OUT, fname))


def build_b():
    # B1 Sở Y tế
    f = "SYT_Bieu_chi_tieu_CT38_2026.xlsx"
    d = ["Phương tiện đo dùng trong y tế (huyết áp kế, cân trẻ sơ sinh, nhiệt kế) tại các trạm y tế xã, phường chưa được kiểm định đầy đủ do thiếu kinh phí."]
    p = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ kiểm định lưu động phương tiện đo tại các trạm y tế."]
    hand_b(f, "BC_CT38", "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ Y TẾ", "918/BC-SYT", "TP. Hồ Chí Minh, ngày 25 tháng 11 năm 2026",
           "BIỂU KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU LIÊN QUAN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
           "(Phục vụ báo cáo theo " + CV + ")",
           [("I", "Kiểm tra chất lượng trang thiết bị y tế, nhãn hàng hóa tại cơ sở kinh doanh", "Đang triển khai, dự kiến đạt kế hoạch trong tháng 12",
             [("Số cuộc kiểm tra", "cuộc", 10, 8, 80.0, "còn 02 cuộc trong tháng 12"),
              ("Số cơ sở được kiểm tra", "cơ sở", 120, 96, 80.0, None),
              ("Số cơ sở vi phạm", "cơ sở", None, 7, None, "nhãn không đúng quy định"),
              ("Số tiền xử phạt", "đồng", None, 63000000, None, "đã nộp KBNN"),
              ("Tỷ lệ cơ sở kinh doanh TTBYT được kiểm tra/tổng số", "%", 15, None, None, "chỉ tiêu định hướng, chưa tổng hợp")]),
            ("II", "Tuyên truyền, tập huấn quy định về đo lường, chất lượng trong ngành y tế", "Hoàn thành",
             [("Số lớp tập huấn", "lớp", 2, 2, 100.0, None),
              ("Số lượt người tham dự", "lượt", 200, 236, 118.0, "cán bộ khoa dược, vật tư bệnh viện"),
              ("Số tin, bài tuyên truyền", "tin, bài", 10, "—", None, "chưa thống kê riêng")]),
            ("III", "Góp ý dự thảo QCVN về trang thiết bị y tế", "Xong",
             [("Số dự thảo đã góp ý", "dự thảo", "Theo yêu cầu", 2, None, "theo đề nghị của Bộ Y tế")]),
            ("IV", "Chỉ tiêu dự kiến năm 2027 (định hướng, chưa thực hiện)", None,
             [("Số cuộc kiểm tra", "cuộc", 12, None, None, "chỉ tiêu năm 2027"),
              ("Số lớp tập huấn", "lớp", 3, None, None, "chỉ tiêu năm 2027")])],
           d, p, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Võ Thị Ngọc Diệp")
    key(f, "SO-YT", "Sở Y tế", "918/BC-SYT", "2026-11-25", [
        E("II.5.a", "in_progress", "Kiểm tra chất lượng trang thiết bị y tế: 8 cuộc, 96 cơ sở, 7 vi phạm, 63.000.000 đồng; Đang triển khai", inspections=8, establishments_inspected=96, violations=7, fines_vnd=63000000),
        E("II.1.a", "completed", "Tuyên truyền, tập huấn: 2 lớp, 236 lượt; Hoàn thành", training_courses=2, participants=236),
        E("II.2.e", "completed", "Góp ý dự thảo QCVN về trang thiết bị y tế: 2 dự thảo; Xong", standards_reviewed=2),
    ], d, p)

    # B2 Trung tâm Dịch vụ Phân tích thí nghiệm
    f = "TTPTTN_bieu-chi-tieu-KH38_T11-2026.xlsx"
    d = ["Thủ tục mua sắm trang thiết bị phân tích có giá trị lớn kéo dài, ảnh hưởng tiến độ giải ngân vốn đầu tư."]
    p = ["Đề nghị Sở sớm phê duyệt danh mục trang thiết bị năm 2027 để Trung tâm chủ động lựa chọn nhà thầu."]
    hand_b(f, "Bieu KH38", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH",
           "245/BC-TTPTTN", "Thành phố Hồ Chí Minh, ngày 23 tháng 11 năm 2026",
           "KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2026 THEO KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW",
           "(Số liệu tính đến ngày 20/11/2026; kinh phí tính bằng triệu đồng)",
           [("I", "Đầu tư cơ sở vật chất, trang thiết bị phòng thử nghiệm, phòng hiệu chuẩn", "Đang thực hiện (gói thầu số 3 chưa nghiệm thu)",
             [("Kinh phí đầu tư trang thiết bị đã giải ngân", "triệu đồng", 12500, 9870, 79.0, None),
              ("Số thiết bị mới đưa vào sử dụng", "thiết bị", 14, 11, 78.6, "không phải phương tiện đo được kiểm định")]),
            ("II", "Duy trì hệ thống chuẩn đo lường, liên kết chuẩn quốc gia", "Hoàn thành",
             [("Số chuẩn đo lường được hiệu chuẩn, liên kết chuẩn", "chuẩn", 35, 35, 100.0, "tại Viện Đo lường Việt Nam")]),
            ("III", "Cung cấp dịch vụ kiểm định, hiệu chuẩn, thử nghiệm", "Đang thực hiện (thường xuyên)",
             [("Số phương tiện đo được kiểm định, hiệu chuẩn", "phương tiện", 42000, 45318, 107.9, None),
              ("Số mẫu thử nghiệm", "mẫu", 8000, 7412, 92.7, None),
              ("Số lĩnh vực mở rộng công nhận ISO/IEC 17025", "lĩnh vực", 3, 2, 66.7, "01 lĩnh vực đang đánh giá")]),
            ("IV", "Chỉ tiêu đăng ký năm 2027", None,
             [("Số phương tiện đo kiểm định, hiệu chuẩn", "phương tiện", 46000, None, None, "định hướng"),
              ("Kinh phí đầu tư trang thiết bị", "triệu đồng", 15000, None, None, "đề xuất")])],
           d, p, "GIÁM ĐỐC", "Đặng Hữu Phúc", col_th="Thực hiện đến 20/11")
    key(f, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "245/BC-TTPTTN", "2026-11-23", [
        E("II.4.a", "in_progress", "Đầu tư trang thiết bị: đã giải ngân 9.870 triệu đồng; Đang thực hiện", budget_spent_vnd=9870000000),
        E("II.4.c", "completed", "35 chuẩn đo lường được hiệu chuẩn, liên kết chuẩn; Hoàn thành", instruments_verified=35),
        E("II.2.g", "in_progress", "45.318 phương tiện đo được kiểm định, hiệu chuẩn; 7.412 mẫu thử nghiệm; Đang thực hiện (thường xuyên)", instruments_verified=45318, samples_tested=7412),
    ], d, p)

    # B3 Phường Tân Khánh
    f = "P.TanKhanh_bieu_ket_qua_TDC_2026.xlsx"
    d = ["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; cán bộ kiêm nhiệm nhiều việc."]
    p = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức tập huấn nghiệp vụ kiểm tra đo lường cho công chức phường."]
    hand_b(f, "Sheet1", "UBND THÀNH PHỐ HỒ CHÍ MINH", "ỦY BAN NHÂN DÂN PHƯỜNG TÂN KHÁNH", "412/BC-UBND", "Phường Tân Khánh, ngày 21 tháng 11 năm 2026",
           "BIỂU KẾT QUẢ THỰC HIỆN NHIỆM VỤ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026",
           "(Kèm theo Báo cáo số 412/BC-UBND ngày 21/11/2026 của UBND phường Tân Khánh)",
           [("I", "Phối hợp kiểm tra đo lường tại chợ, cơ sở kinh doanh trên địa bàn (nội dung được phân cấp)", "Đang thực hiện",
             [("Số cuộc phối hợp kiểm tra", "cuộc", 4, 3, 75.0, "cuộc thứ 4 dự kiến tháng 12"),
              ("Số hộ, cơ sở kinh doanh được kiểm tra", "cơ sở", 40, 37, 92.5, "chợ Tân Khánh, chợ Bình Hòa"),
              ("Số trường hợp vi phạm", "trường hợp", None, 2, None, "cân sai"),
              ("Số tiền xử phạt", "đồng", None, 3000000, None, None),
              ("Số cân đối chứng được kiểm định", "chiếc", 2, 2, 100.0, "đặt tại 02 chợ")]),
            ("II", "Tuyên truyền trên hệ thống loa, trang thông tin điện tử phường", "Hoàn thành",
             [("Số tin, bài tuyên truyền", "tin", 12, 15, 125.0, None)]),
            ("III", "Công chức tham gia tập huấn nghiệp vụ", "Hoàn thành",
             [("Số lượt công chức tham gia", "lượt", 3, 3, 100.0, "lớp do Chi cục TĐC tổ chức")]),
            ("IV", "Chỉ tiêu năm 2027", None,
             [("Số cuộc phối hợp kiểm tra", "cuộc", 6, None, None, "định hướng")])],
           d, p, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Huỳnh Văn Sang", col_th="Thực hiện")
    key(f, "25891", "Phường Tân Khánh", "412/BC-UBND", "2026-11-21", [
        E("II.5.c", "in_progress", "Phối hợp kiểm tra đo lường tại chợ: 3 cuộc, 37 cơ sở, 2 trường hợp vi phạm, 3.000.000 đồng, 2 cân đối chứng được kiểm định; Đang thực hiện", inspections=3, establishments_inspected=37, violations=2, fines_vnd=3000000, instruments_verified=2),
        E("II.1.a", "completed", "Tuyên truyền trên loa, trang TTĐT: 15 tin; Hoàn thành", communications=15),
        E("II.3.a", "completed", "3 lượt công chức tham gia tập huấn; Hoàn thành", participants=3),
    ], d, p)

    # B4 MISTAKEN: Xã Bình Giã – giảm nghèo
    f = "XaBinhGia_Bieu_chi_tieu_2026.xlsx"
    hand_b(f, "GN2026", "UBND THÀNH PHỐ HỒ CHÍ MINH", "ỦY BAN NHÂN DÂN XÃ BÌNH GIÃ", "287/BC-UBND", "Bình Giã, ngày 19 tháng 11 năm 2026",
           "BIỂU KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU GIẢM NGHÈO BỀN VỮNG NĂM 2026",
           "(Kèm theo Báo cáo số 287/BC-UBND ngày 19/11/2026 của UBND xã Bình Giã)",
           [("I", "Giảm hộ nghèo, hộ cận nghèo theo chuẩn Thành phố", "Đạt",
             [("Số hộ nghèo đầu năm", "hộ", None, 126, None, None),
              ("Số hộ thoát nghèo trong năm", "hộ", 60, 71, 118.3, None),
              ("Số hộ cận nghèo thoát cận nghèo", "hộ", 80, 64, 80.0, "còn khó khăn về việc làm")]),
            ("II", "Hỗ trợ vay vốn, sinh kế", "Đang thực hiện",
             [("Số hộ được vay vốn Ngân hàng CSXH", "hộ", 90, 84, 93.3, None),
              ("Dư nợ cho vay hộ nghèo", "triệu đồng", 6500, 5980, 92.0, None)]),
            ("III", "Hỗ trợ nhà ở, bảo hiểm y tế", "Hoàn thành",
             [("Số căn nhà tình thương xây mới", "căn", 5, 5, 100.0, None),
              ("Số thẻ BHYT cấp cho hộ cận nghèo", "thẻ", 400, 412, 103.0, None)])],
           ["Một số hộ nghèo thuộc diện không còn khả năng lao động, khó thoát nghèo bền vững."],
           ["Đề nghị Thành phố tiếp tục bố trí vốn hỗ trợ sinh kế cho hộ cận nghèo năm 2027."],
           "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Thị Thu Ba", col_th="Thực hiện")
    TRUTH[f] = dict(status="rejected", reason="Biểu chỉ tiêu giảm nghèo bền vững năm 2026 của xã, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).",
                    unit={"id": "26590", "name": "Xã Bình Giã"}, document={"number": "287/BC-UBND", "date": "2026-11-19"},
                    entries=[], findings=[], difficulties=[], proposals=[])


# ======================================================================
# HAND C – chị Hạnh (inspection officer): results told team by team,
# "Đoàn kiểm tra số 0n" run-in bold headings with the decision that set the
# team up, the establishments listed by name, then "Số cơ sở được kiểm tra /
# Số cơ sở vi phạm / Hình thức xử lý" indented lines; a "Tổng hợp chung:"
# sentence; other tasks in short "*" paragraphs; status only in a closing
# "Tình hình chung:" paragraph for each part.
# ======================================================================
def team(d, no, qd, where, names, checked, viol, handling):
    P(d, runs=[(f"Đoàn kiểm tra số {no:02d}", True, False), (f" ({qd}): ", False, True), (where, False, False)])
    P(d, "Cơ sở được kiểm tra: " + names + ".", indent=1.5)
    P(d, f"Số cơ sở được kiểm tra: {checked:02d} cơ sở.", indent=1.5)
    P(d, f"Số cơ sở vi phạm: {viol:02d} cơ sở." if viol else "Số cơ sở vi phạm: không.", indent=1.5)
    P(d, "Hình thức xử lý: " + handling, indent=1.5)


def hand_c_head(d, top, unit_up, so, date_line, title, intro):
    header_block(d, top, unit_up, so, date_line, size=12)
    P(d, "BÁO CÁO", bold=True, align="center", indent=0, size=15)
    P(d, title, bold=True, align="center", indent=0)
    P(d, intro)


def build_c():
    # C1 Sở An toàn thực phẩm
    f = "SATTP_BC_kiem_tra_nhan_CL_thuc_pham_KH38.docx"
    diffs = ["Nhiều sản phẩm thực phẩm nhập khẩu bán trên sàn thương mại điện tử khó xác định cơ sở chịu trách nhiệm về nhãn và chất lượng.",
             "Chưa có hướng dẫn thống nhất về kiểm tra định lượng hàng đóng gói sẵn khi kiểm tra liên ngành."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cử công chức tham gia các đoàn kiểm tra liên ngành đối với thực phẩm bao gói sẵn có dấu hiệu vi phạm về đo lường (định lượng)."]
    d = new_doc(size=13)
    hand_c_head(d, "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ AN TOÀN THỰC PHẨM", "604/BC-SATTP",
                "Thành phố Hồ Chí Minh, ngày 22 tháng 11 năm 2026",
                "Kết quả kiểm tra nhãn hàng hóa, chất lượng thực phẩm bao gói sẵn năm 2026\n(phục vụ báo cáo thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW)",
                "Thực hiện " + CV + " của Sở Khoa học và Công nghệ, Sở An toàn thực phẩm báo cáo kết quả các nội dung có liên quan như sau:")
    P(d, "I. KẾT QUẢ KIỂM TRA", bold=True, indent=0)
    team(d, 1, "Quyết định số 45/QĐ-SATTP ngày 10/3/2026", "kiểm tra nhãn, chất lượng thực phẩm bao gói sẵn tại các siêu thị, cửa hàng tiện lợi",
         "Siêu thị Co.op Mart Phú Lâm, cửa hàng Bách Hóa Xanh 1204, cửa hàng tiện lợi GS25 Tân Định và 09 cửa hàng khác", 12, 2,
         "phạt tiền 02 cơ sở về ghi nhãn không đủ nội dung bắt buộc, tổng số tiền 18.000.000 đồng.")
    team(d, 2, "Quyết định số 131/QĐ-SATTP ngày 02/6/2026", "kiểm tra cơ sở sản xuất, đóng gói bánh kẹo, nước giải khát",
         "Công ty TNHH Thực phẩm Hưng Phát, Cơ sở bánh kẹo Thuận Thành, Công ty CP Nước giải khát Sài Gòn Xanh và 12 cơ sở khác", 15, 3,
         "phạt tiền 03 cơ sở (nhãn sai lệch thành phần, định lượng thiếu), tổng số tiền 31.500.000 đồng; buộc thu hồi 1.250 sản phẩm.")
    team(d, 3, "Quyết định số 228/QĐ-SATTP ngày 15/8/2026", "kiểm tra thực phẩm nhập khẩu tại kho, đại lý phân phối",
         "Công ty TNHH XNK Đông Á, kho hàng Công ty CP Phân phối Minh Long và 10 đại lý", 12, 2,
         "phạt tiền 02 cơ sở (không có nhãn phụ tiếng Việt), tổng số tiền 12.000.000 đồng.")
    team(d, 4, "Quyết định số 317/QĐ-SATTP ngày 28/10/2026", "kiểm tra thực phẩm phục vụ Tết Nguyên đán 2027 (đợt sớm)",
         "08 cơ sở kinh doanh bánh mứt tại chợ Bình Tây, chợ Tân Định", 8, 0,
         "đoàn đang tiếp tục kiểm tra, chưa ban hành kết luận.")
    P(d, "Tổng hợp chung: 04 đoàn kiểm tra, 47 cơ sở được kiểm tra, 07 cơ sở vi phạm, tổng số tiền xử phạt 61.500.000 đồng.", bold=True)
    P(d, "* Lấy mẫu giám sát: các đoàn đã lấy 36 mẫu thực phẩm bao gói sẵn gửi thử nghiệm chỉ tiêu chất lượng và định lượng; 33 mẫu đạt, 03 mẫu không đạt đã xử lý theo quy định.")
    P(d, "* Tuyên truyền: phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 hội nghị phổ biến quy định về ghi nhãn thực phẩm với 112 đại biểu là đại diện doanh nghiệp.")
    P(d, "* Tiếp nhận phản ánh, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng: trong năm không có đơn thư, phản ánh.")
    P(d, runs=[("Tình hình chung: ", True, True), ("kế hoạch kiểm tra năm 2026 đang được tiếp tục thực hiện (Đoàn số 04 chưa kết thúc); việc lấy mẫu và hội nghị tuyên truyền đã hoàn thành; việc khen thưởng người tố giác không phát sinh.", False, True)])
    P(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=0)
    for x in diffs:
        P(d, "- " + x)
    P(d, "III. ĐỀ XUẤT", bold=True, indent=0)
    for x in props:
        P(d, "- " + x)
    signature(d, ["Nơi nhận:", "- Sở KH&CN;", "- Chi cục TĐC;", "- Lưu: VT, P.TTr-KT."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Lâm Quang Vinh")
    d.save(os.path.join(OUT, f))
    key(f, "SO-ATTP", "Sở An toàn thực phẩm", "604/BC-SATTP", "2026-11-22", [
        E("II.5.a", "in_progress", "04 đoàn kiểm tra, 47 cơ sở được kiểm tra, 07 cơ sở vi phạm, tổng số tiền xử phạt 61.500.000 đồng; kế hoạch kiểm tra đang được tiếp tục thực hiện", inspections=4, establishments_inspected=47, violations=7, fines_vnd=61500000),
        E("II.5.b", "completed", "lấy 36 mẫu thực phẩm bao gói sẵn gửi thử nghiệm; đã hoàn thành", samples_tested=36),
        E("II.1.a", "completed", "01 hội nghị phổ biến quy định về ghi nhãn thực phẩm với 112 đại biểu; đã hoàn thành", training_courses=1, participants=112),
        E("II.5.d", "not_applicable", "không có đơn thư, phản ánh; khen thưởng người tố giác không phát sinh"),
    ], diffs, props)

    # C2 Phòng Kiểm tra – Pháp chế
    f = "P.KTPC_88-BC_ket-qua-kiem-tra-TDC-2026.docx"
    diffs = ["Quy định về thẩm quyền lập biên bản vi phạm hành chính đối với hàng hóa kinh doanh trên môi trường mạng chưa rõ.",
             "Phòng chỉ có 05 công chức làm công tác kiểm tra, vừa kiểm tra chuyên ngành vừa làm công tác pháp chế."]
    props = ["Đề nghị Lãnh đạo Sở bổ sung 02 biên chế công chức kiểm tra cho Phòng trong năm 2027.",
             "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng chủ trì xây dựng quy trình phối hợp kiểm tra hàng hóa kinh doanh trên sàn thương mại điện tử."]
    d = new_doc(size=13)
    hand_c_head(d, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ", "88/BC-KTPC",
                "Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2026",
                "Kết quả thực hiện các nội dung phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
                "Phòng Kiểm tra – Pháp chế báo cáo kết quả thực hiện các nội dung được giao phối hợp tại " + KH + " như sau:")
    P(d, "I. KIỂM TRA VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG", bold=True, indent=0)
    team(d, 1, "Quyết định số 112/QĐ-SKHCN ngày 14/4/2026", "kiểm tra chất lượng mũ bảo hiểm cho người đi mô tô, xe máy",
         "Cửa hàng mũ bảo hiểm Phát Đạt, Công ty TNHH Nón Sơn Hải và 07 cửa hàng trên đường Lê Hồng Phong", 9, 3,
         "phạt tiền 03 cơ sở kinh doanh mũ bảo hiểm không có dấu hợp quy, tổng số tiền 22.500.000 đồng; tịch thu 214 mũ.")
    team(d, 2, "Quyết định số 287/QĐ-SKHCN ngày 18/7/2026", "kiểm tra đo lường trong kinh doanh vàng trang sức, mỹ nghệ",
         "Tiệm vàng Kim Thành, Tiệm vàng Mỹ Ngọc, Công ty TNHH Vàng bạc Đá quý Phú Quý Nam và 08 tiệm khác", 11, 2,
         "phạt tiền 02 cơ sở (cân không được kiểm định, hàm lượng vàng thấp hơn công bố), tổng số tiền 40.000.000 đồng.")
    team(d, 3, "Quyết định số 402/QĐ-SKHCN ngày 09/10/2026", "kiểm tra chất lượng đồ chơi trẻ em",
         "Nhà sách Nguyễn Văn Cừ, chuỗi cửa hàng Kids Plaza (03 điểm) và 06 cửa hàng tại chợ Bình Tây", 10, 1,
         "phạt tiền 01 cơ sở (đồ chơi không có dấu hợp quy CR), số tiền 7.500.000 đồng.")
    P(d, "Tổng hợp chung: 03 đoàn kiểm tra, 30 cơ sở, 06 cơ sở vi phạm, xử phạt 70.000.000 đồng.", bold=True)
    P(d, runs=[("Tình hình chung: ", True, True), ("03 đoàn đã kết thúc kiểm tra, ban hành kết luận; nội dung kiểm tra năm 2026 của Phòng đã hoàn thành.", False, True)])
    P(d, "II. CÁC NỘI DUNG PHỐI HỢP KHÁC", bold=True, indent=0)
    P(d, "* Phương tiện, thiết bị kỹ thuật nghiệp vụ: Phòng đã rà soát 14 thiết bị kỹ thuật nghiệp vụ đang quản lý, phối hợp Chi cục gửi hiệu chuẩn 09 thiết bị (cân phân tích, máy thử vàng, thước cặp điện tử...).")
    P(d, "* Góp ý văn bản quy phạm pháp luật: Phòng đã phối hợp Chi cục góp ý dự thảo Luật sửa đổi, bổ sung một số điều của Luật Chất lượng sản phẩm, hàng hóa và dự thảo Nghị định hướng dẫn.")
    P(d, "* Tiếp nhận, xử lý phản ánh, tố giác vi phạm: tiếp nhận 03 đơn phản ánh về cân sai tại chợ, đã xác minh, trả lời 02 đơn, 01 đơn đang xác minh.")
    P(d, "* Hướng dẫn phường, xã thực hiện nội dung được phân cấp: Phòng đã trả lời bằng văn bản các vướng mắc về thẩm quyền xử phạt của Chủ tịch UBND cấp xã khi có yêu cầu.")
    P(d, runs=[("Tình hình chung: ", True, True), ("việc hiệu chuẩn thiết bị nghiệp vụ và góp ý văn bản đã hoàn thành; việc xử lý phản ánh và hướng dẫn phường, xã đang tiếp tục thực hiện.", False, True)])
    P(d, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=0)
    for x in diffs:
        P(d, "- " + x)
    P(d, "IV. ĐỀ XUẤT", bold=True, indent=0)
    for x in props:
        P(d, "- " + x)
    signature(d, ["Nơi nhận:", "- Chi cục TĐC (tổng hợp);", "- PGĐ Sở phụ trách (b/c);", "- Lưu: KTPC."], ["TRƯỞNG PHÒNG"], "Bùi Thanh Sơn")
    d.save(os.path.join(OUT, f))
    key(f, "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "88/BC-KTPC", "2026-11-19", [
        E("II.5.a", "completed", "03 đoàn kiểm tra, 30 cơ sở, 06 cơ sở vi phạm, xử phạt 70.000.000 đồng; đã hoàn thành", inspections=3, establishments_inspected=30, violations=6, fines_vnd=70000000),
        E("II.4.b", "completed", "rà soát 14 thiết bị kỹ thuật nghiệp vụ, gửi hiệu chuẩn 09 thiết bị; đã hoàn thành", instruments_verified=9),
        E("II.2.c", "completed", "góp ý dự thảo Luật sửa đổi Luật Chất lượng sản phẩm, hàng hóa; đã hoàn thành"),
        E("II.5.d", "in_progress", "tiếp nhận 03 đơn phản ánh, 01 đơn đang xác minh; đang tiếp tục"),
        E("II.5.c", "in_progress", "hướng dẫn phường, xã thực hiện nội dung được phân cấp; đang tiếp tục"),
    ], diffs, props)

    # C3 Phường Phú Thạnh
    f = "PhuThanh_233-BC-UBND_kiem-tra-do-luong-cho.docx"
    diffs = ["Chợ Phú Thạnh chưa có cân đối chứng để người tiêu dùng tự kiểm tra."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ 01 cân đối chứng cho chợ Phú Thạnh."]
    d = new_doc(size=13)
    hand_c_head(d, "UBND THÀNH PHỐ HỒ CHÍ MINH", "ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚ THẠNH", "233/BC-UBND",
                "Phú Thạnh, ngày 18 tháng 11 năm 2026",
                "Kết quả thực hiện công tác quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng trên địa bàn phường năm 2026",
                "Thực hiện " + CV + " của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Phú Thạnh báo cáo như sau:")
    P(d, "I. KẾT QUẢ KIỂM TRA ĐO LƯỜNG TẠI CHỢ, CƠ SỞ KINH DOANH", bold=True, indent=0)
    team(d, 1, "Quyết định số 15/QĐ-UBND ngày 20/3/2026 của Chủ tịch UBND phường", "kiểm tra cân tại chợ Phú Thạnh",
         "18 hộ kinh doanh thịt, cá, rau củ tại nhà lồng chợ Phú Thạnh", 18, 2,
         "phạt tiền 02 hộ sử dụng cân sai, tổng số tiền 2.500.000 đồng.")
    team(d, 2, "Quyết định số 61/QĐ-UBND ngày 05/8/2026", "kiểm tra cửa hàng kinh doanh khí dầu mỏ hóa lỏng (gas), vàng trang sức trên đường Lũy Bán Bích",
         "Cửa hàng gas Minh Phát, Cửa hàng gas Thành Công, Tiệm vàng Kim Phát Lộc và 11 cửa hàng khác", 14, 0,
         "nhắc nhở 03 cửa hàng về niêm yết, không xử phạt.")
    P(d, "Tổng hợp chung: 02 đoàn kiểm tra, 32 cơ sở, 02 trường hợp vi phạm, tiền phạt 2.500.000 đồng.", bold=True)
    P(d, runs=[("Tình hình chung: ", True, True), ("công tác kiểm tra đang tiếp tục, Đoàn kiểm tra số 03 dự kiến thực hiện trong tháng 12/2026.", False, True)])
    P(d, "II. CÁC NỘI DUNG KHÁC", bold=True, indent=0)
    P(d, "* Tuyên truyền: phát 20 tin trên hệ thống truyền thanh phường về sử dụng cân đúng, hàng hóa có nhãn.")
    P(d, "* Hệ thống quản lý chất lượng tại UBND phường: đã công bố lại HTQLCL phù hợp TCVN ISO 9001:2015 sau khi sắp xếp đơn vị hành chính.")
    P(d, runs=[("Tình hình chung: ", True, True), ("hai nội dung trên đã hoàn thành.", False, True)])
    P(d, "III. KHÓ KHĂN VÀ ĐỀ XUẤT", bold=True, indent=0)
    P(d, "1. Khó khăn: " + diffs[0])
    P(d, "2. Đề xuất: " + props[0])
    signature(d, ["Nơi nhận:", "- Sở KH&CN (qua Chi cục TĐC);", "- TT. Đảng ủy phường;", "- Lưu: VT, KT."], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Đỗ Thị Mỹ Linh")
    d.save(os.path.join(OUT, f))
    key(f, "27028", "Phường Phú Thạnh", "233/BC-UBND", "2026-11-18", [
        E("II.5.c", "in_progress", "02 đoàn kiểm tra, 32 cơ sở, 02 trường hợp vi phạm, tiền phạt 2.500.000 đồng; đang tiếp tục", inspections=2, establishments_inspected=32, violations=2, fines_vnd=2500000),
        E("II.1.a", "completed", "phát 20 tin trên hệ thống truyền thanh phường; đã hoàn thành", communications=20),
        E("II.2.đ", "completed", "đã công bố lại HTQLCL TCVN ISO 9001:2015; đã hoàn thành"),
    ], diffs, props)


# ======================================================================
# HAND D – ông Phước (phó giám đốc / phó trưởng phòng): a one-page công văn
# "V/v …" with "Kính gửi:"; what was done told in two or three short prose
# paragraphs WITHOUT numbers, the statuses given together in one sentence
# ("Các nội dung trên đều đã hoàn thành, riêng …"); then "Số liệu cụ thể như
# sau:" followed by one full sentence per figure ("Số … là …"); one line of
# difficulty, one line of proposal, no headings.
# ======================================================================
def hand_d(fname, top, unit_up, so, vv, date_line, kg, paras, status_sentence, figs, diff_line, prop_line, sign, signer, nn):
    d = new_doc(size=14, margins=(2, 2, 3, 1.5))
    header_block(d, top, unit_up, so, date_line, size=13, vv=vv)
    P(d, runs=[("Kính gửi: ", False, False), (kg, False, False)], align="center", indent=0)
    for x in paras:
        P(d, x)
    if status_sentence:
        P(d, status_sentence)
    if figs:
        P(d, "Số liệu cụ thể như sau:")
        for x in figs:
            P(d, x, indent=1.5)
    if diff_line:
        P(d, diff_line)
    if prop_line:
        P(d, prop_line)
    P(d, "Trân trọng./.")
    signature(d, ["Nơi nhận:", "- Như trên;", "- Lưu: VT, " + nn + "."], sign, signer)
    d.save(os.path.join(OUT, fname))


def build_d():
    # D1 Sở Văn hóa và Thể thao
    f = "SVHTT_3981_phuc-dap-KH38.docx"
    dif = "Sở không có cán bộ chuyên môn về tiêu chuẩn, đo lường, chất lượng nên việc định hướng nội dung tuyên truyền còn phụ thuộc tài liệu do ngành khoa học và công nghệ cung cấp."
    prop = "Đề nghị Sở Khoa học và Công nghệ cung cấp định kỳ nội dung, tài liệu tuyên truyền để Sở định hướng các cơ quan báo chí đăng tải."
    hand_d(f, "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ VĂN HÓA VÀ THỂ THAO", "3981/SVHTT-VP",
           "V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
           "Thành phố Hồ Chí Minh, ngày 25 tháng 11 năm 2026", "Sở Khoa học và Công nghệ",
           ["Phúc đáp " + CV + " của Sở Khoa học và Công nghệ, Sở Văn hóa và Thể thao báo cáo như sau:",
            "Sở đã chỉ đạo các cơ quan báo chí, hệ thống thông tin cơ sở trên địa bàn Thành phố tuyên truyền về Chỉ thị số 38-CT/TW, Tháng chất lượng, Ngày Đo lường thế giới và Ngày Tiêu chuẩn thế giới. Sở đã cử công chức Phòng Quản lý báo chí tham dự lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức. Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở được duy trì, cập nhật theo các thủ tục hành chính mới."],
           "Các nội dung trên đều đã hoàn thành.",
           ["Số tin, bài, phóng sự tuyên truyền đã đăng, phát là 29 (gồm 27 tin, bài trên báo in, báo điện tử và 02 phóng sự trên Đài Truyền hình Thành phố).",
            "Số công chức của Sở tham dự tập huấn là 02 người."],
           "Khó khăn: " + dif, "Đề xuất: " + prop, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Trương Công Phước", "QLBC")
    key(f, "SO-VHTT", "Sở Văn hóa và Thể thao", "3981/SVHTT-VP", "2026-11-25", [
        E("II.1.a", "completed", "chỉ đạo các cơ quan báo chí tuyên truyền; 29 tin, bài, phóng sự (27 tin, bài và 02 phóng sự); đã hoàn thành", communications=29),
        E("II.3.a", "completed", "cử công chức tham dự lớp tập huấn nghiệp vụ TĐC; 02 người; đã hoàn thành", participants=2),
        E("II.2.đ", "completed", "HTQLCL TCVN ISO 9001:2015 được duy trì, cập nhật; đã hoàn thành"),
    ], [dif], [prop])

    # D2 Phòng Quản lý Khoa học
    f = "QLKH_bao-cao-nhanh-KH38_2026.docx"
    dif = "Mức thu nhập theo Nghị quyết số 27/2023/NQ-HĐND chưa đủ sức cạnh tranh để thu hút chuyên gia lĩnh vực đo lường, chất lượng từ khu vực doanh nghiệp."
    prop = "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng chủ động đề xuất danh mục vị trí chuyên gia cần thu hút trong lĩnh vực tiêu chuẩn, đo lường, chất lượng để Phòng tổng hợp trình Sở."
    hand_d(f, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG QUẢN LÝ KHOA HỌC", "57/BC-QLKH",
           None, "Thành phố Hồ Chí Minh, ngày 21 tháng 11 năm 2026", "Chi cục Tiêu chuẩn Đo lường Chất lượng",
           ["Theo đề nghị của Chi cục về việc báo cáo tình hình thực hiện " + KH + ", Phòng Quản lý Khoa học báo cáo như sau:",
            "Phòng đã tham mưu Sở rà soát nhu cầu và hồ sơ thu hút chuyên gia theo Nghị quyết số 27/2023/NQ-HĐND và Quyết định số 05/2026/QĐ-UBND; đã phối hợp với Chi cục tổ chức hội thảo về năng suất dựa trên khoa học, công nghệ và đổi mới sáng tạo; đã thẩm định, đặt hàng các nhiệm vụ khoa học và công nghệ hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng sản phẩm. Về phối hợp với Tổ chức Năng suất Châu Á (APO), trong năm chưa có yêu cầu nên không phát sinh."],
           "Việc tổ chức hội thảo đã hoàn thành; việc thu hút chuyên gia và các nhiệm vụ hỗ trợ doanh nghiệp nâng cao năng suất đang tiếp tục thực hiện.",
           ["Số hội thảo về năng suất đã phối hợp tổ chức là 01 hội thảo.",
            "Số đại biểu tham dự hội thảo là 95 đại biểu.",
            "Số chuyên gia đã được thu hút trong năm là 02 chuyên gia (lĩnh vực vật liệu và tự động hóa).",
            "Số doanh nghiệp được hỗ trợ qua nhiệm vụ khoa học và công nghệ về năng suất, chất lượng là 04 doanh nghiệp.",
            "Số kinh phí đã giải ngân cho các nhiệm vụ này là 1,86 tỷ đồng."],
           "Khó khăn: " + dif, "Đề xuất: " + prop, ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"], "Ngô Thanh Phong", "QLKH")
    key(f, "SKHCN-QLKH", "Phòng Quản lý Khoa học", "57/BC-QLKH", "2026-11-21", [
        E("II.3.c", "in_progress", "tham mưu thu hút chuyên gia theo Nghị quyết 27/2023/NQ-HĐND; 02 chuyên gia; đang tiếp tục thực hiện"),
        E("II.3.b", "completed", "phối hợp tổ chức 01 hội thảo về năng suất với 95 đại biểu; đã hoàn thành", training_courses=1, participants=95),
        E("II.2.a", "in_progress", "nhiệm vụ KH&CN hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng: 04 doanh nghiệp, giải ngân 1,86 tỷ đồng; đang tiếp tục", enterprises_supported=4, budget_spent_vnd=1860000000),
        E("II.6.b", "not_applicable", "phối hợp với APO: chưa có yêu cầu nên không phát sinh"),
    ], [dif], [prop])

    # D3 MISTAKEN: Sở Du lịch – cải cách hành chính
    f = "SDL_2107_bao-cao-CCHC-2026.docx"
    hand_d(f, "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ DU LỊCH", "2107/SDL-VP",
           "V/v báo cáo kết quả thực hiện công tác cải cách hành chính năm 2026",
           "Thành phố Hồ Chí Minh, ngày 24 tháng 11 năm 2026", "Sở Nội vụ",
           ["Thực hiện Công văn số 3390/SNV-CCHC ngày 03/11/2026 của Sở Nội vụ về báo cáo công tác cải cách hành chính năm 2026, Sở Du lịch báo cáo như sau:",
            "Sở đã rà soát, chuẩn hóa bộ thủ tục hành chính thuộc lĩnh vực du lịch; cập nhật quy trình nội bộ giải quyết thủ tục hành chính trên Hệ thống thông tin giải quyết thủ tục hành chính của Thành phố; triển khai tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích và dịch vụ công trực tuyến toàn trình."],
           "Các nội dung trên đều đã hoàn thành, riêng việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn đang thực hiện.",
           ["Số thủ tục hành chính thuộc thẩm quyền giải quyết của Sở là 41 thủ tục.",
            "Số hồ sơ tiếp nhận trong năm là 3.826 hồ sơ.",
            "Tỷ lệ hồ sơ giải quyết đúng hạn là 99,6%.",
            "Tỷ lệ hồ sơ nộp trực tuyến là 87,2%."],
           "Khó khăn: Phần mềm một cửa điện tử đôi lúc gián đoạn khi đồng bộ dữ liệu với Cổng dịch vụ công quốc gia.",
           "Đề xuất: Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ kiểm soát thủ tục hành chính cho công chức làm công tác cải cách hành chính.",
           ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Phan Văn Phước", "VP")
    TRUTH[f] = dict(status="rejected", reason="Công văn báo cáo công tác cải cách hành chính năm 2026 gửi Sở Nội vụ, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).",
                    unit={"id": "SO-DL", "name": "Sở Du lịch"}, document={"number": "2107/SDL-VP", "date": "2026-11-24"},
                    entries=[], findings=[], difficulties=[], proposals=[])


# ======================================================================
# HAND E – chị Mai (văn phòng of a department): a "Phuc dap" sheet listing
# each item the Sở's request names for the unit, with an "Ý kiến của đơn vị"
# column ("Thống nhất" / "Không thuộc chức năng, nhiệm vụ …") before the
# result; disputed items left without a result and "Không thuộc phạm vi" as
# their status; plan items cited as "(mục 2.đ)"; KK/KN in merged text cells
# under "Ý kiến khác:".
# ======================================================================
def hand_e(fname, sheet, top, unit_up, so, date_txt, kg, intro, cols, widths, rows, diffs, props, signer_title, signer):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    n = len(cols)
    L = "ABCDEFGH"[:n]
    for c, w in zip(L, widths):
        ws.column_dimensions[c].width = w
    put(ws, "A1", top, size=11, wrap=False)
    put(ws, "A2", unit_up, bold=True, size=11, wrap=False)
    put(ws, "A3", "Số: " + so, size=11, wrap=False)
    put(ws, f"{L[-2]}1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=11, wrap=False)
    put(ws, f"{L[-2]}2", "Độc lập - Tự do - Hạnh phúc", bold=True, size=11, wrap=False)
    put(ws, f"{L[-2]}3", date_txt, italic=True, size=11, wrap=False)
    put(ws, "A5", "Kính gửi: " + kg, size=12, align="center")
    ws.merge_cells(f"A5:{L[-1]}5")
    put(ws, "A6", intro, size=11)
    ws.merge_cells(f"A6:{L[-1]}6")
    ws.row_dimensions[6].height = 45
    for i, h in enumerate(cols):
        put(ws, f"{L[i]}8", h, bold=True, align="center", border=True, fill="FFF2CC")
    r = 9
    for row in rows:
        for i, v in enumerate(row):
            put(ws, f"{L[i]}{r}", v, border=True, align="center" if i == 0 else None)
        ws.row_dimensions[r].height = 75
        r += 1
    r += 1
    put(ws, f"A{r}", "Ý kiến khác:", bold=True, wrap=False)
    r += 1
    put(ws, f"A{r}", "- Khó khăn, vướng mắc:", italic=True, wrap=False)
    r += 1
    for x in diffs:
        put(ws, f"B{r}", x)
        ws.merge_cells(f"B{r}:{L[-1]}{r}")
        ws.row_dimensions[r].height = 30
        r += 1
    put(ws, f"A{r}", "- Kiến nghị:", italic=True, wrap=False)
    r += 1
    for x in props:
        put(ws, f"B{r}", x)
        ws.merge_cells(f"B{r}:{L[-1]}{r}")
        ws.row_dimensions[r].height = 30
        r += 1
    r += 1
    put(ws, f"{L[-2]}{r}", signer_title, bold=True, align="center")
    put(ws, f"{L[-2]}{r+4}", signer, bold=True, align="center")
    wb.save(os.path.join(OUT, fname))


def build_e():
    # E1 Sở Nội vụ
    f = "SNV_phuc-dap-KH215-SKHCN.xlsx"
    diffs = ["Kế hoạch giao Sở Nội vụ phối hợp một số nội dung không đúng chức năng, nhiệm vụ nên Sở không có số liệu để báo cáo các nội dung này."]
    props = ["Đề nghị Sở Khoa học và Công nghệ rà soát lại việc phân công đơn vị phối hợp trong Kế hoạch năm 2027 cho phù hợp với chức năng của từng sở, ngành."]
    hand_e(f, "Phuc dap", "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ NỘI VỤ", "2210/SNV-CCHC", "TP. Hồ Chí Minh, ngày 24 tháng 11 năm 2026",
           "Sở Khoa học và Công nghệ",
           "Phúc đáp " + CV + " về báo cáo tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Nội vụ có ý kiến và báo cáo kết quả đối với từng nội dung như sau:",
           ["STT", "Nội dung đề nghị báo cáo", "Vai trò theo Công văn", "Ý kiến của Sở Nội vụ", "Kết quả thực hiện", "Tình trạng"],
           (5, 42, 14, 36, 44, 16),
           [(1, "Xây dựng, áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng tiên tiến trong cơ quan hành chính nhà nước (mục 2.đ)", "Phối hợp", "Thống nhất",
             "Theo dõi việc áp dụng, duy trì HTQLCL khi đánh giá Chỉ số cải cách hành chính; 38/41 cơ quan, đơn vị cấp Thành phố đã công bố lại hệ thống sau sắp xếp.", "Đang thực hiện"),
            (2, "Tập huấn, cập nhật kiến thức tiêu chuẩn, đo lường, chất lượng cho công chức các sở, ngành, UBND xã, phường, đặc khu (mục 3.a)", "Phối hợp", "Thống nhất",
             "Đã lồng ghép chuyên đề tiêu chuẩn, đo lường, chất lượng vào 02 lớp bồi dưỡng kiến thức quản lý nhà nước cho 310 công chức cấp xã.", "Hoàn thành"),
            (3, "Thu hút đội ngũ cán bộ có trình độ chuyên môn cao, chuyên gia theo Nghị quyết số 27/2023/NQ-HĐND (mục 3.c)", "Phối hợp",
             "Không thuộc chức năng, nhiệm vụ của Sở Nội vụ. Nội dung do Phòng Quản lý Khoa học - Sở Khoa học và Công nghệ chủ trì theo Quyết định số 05/2026/QĐ-UBND.", None, "Không thuộc phạm vi"),
            (4, "Khen thưởng và bảo vệ người tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng (mục 5.d)", "Phối hợp",
             "Thống nhất đối với phần khen thưởng; phần bảo vệ người tố giác không thuộc chức năng của Sở Nội vụ.",
             "Trong năm Sở chưa nhận được hồ sơ đề nghị khen thưởng liên quan.", "Không phát sinh")],
           diffs, props, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lý Thị Thanh Mai")
    key(f, "SO-NV", "Sở Nội vụ", "2210/SNV-CCHC", "2026-11-24", [
        E("II.2.đ", "in_progress", "Theo dõi việc áp dụng, duy trì HTQLCL; Đang thực hiện"),
        E("II.3.a", "completed", "lồng ghép chuyên đề TĐC vào 02 lớp bồi dưỡng cho 310 công chức cấp xã; Hoàn thành", training_courses=2, participants=310),
        E("II.3.c", "not_applicable", "Không thuộc chức năng, nhiệm vụ của Sở Nội vụ; Không thuộc phạm vi"),
        E("II.5.d", "not_applicable", "chưa nhận được hồ sơ đề nghị khen thưởng; Không phát sinh"),
    ], diffs, props)

    # E2 Sở Quy hoạch - Kiến trúc
    f = "SQHKT_1187_y-kien-va-ket-qua-KH38.xlsx"
    diffs = ["Sở mới được tái thành lập từ ngày 01/10/2025, tổ chức bộ máy đang kiện toàn, chưa bố trí công chức theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng."]
    props = ["Đề nghị Sở Khoa học và Công nghệ không phân công Sở Quy hoạch - Kiến trúc phối hợp các nội dung kiểm tra chất lượng sản phẩm, hàng hóa và tuyên truyền trong Kế hoạch năm 2027."]
    hand_e(f, "Phuc dap", "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ QUY HOẠCH - KIẾN TRÚC", "1187/SQHKT-VP", "Thành phố Hồ Chí Minh, ngày 26 tháng 11 năm 2026",
           "Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng)",
           "Sở Quy hoạch - Kiến trúc nhận được " + CV + ". Sau khi rà soát chức năng, nhiệm vụ, Sở có ý kiến như sau:",
           ["STT", "Nội dung", "Ý kiến của đơn vị", "Kết quả thực hiện", "Tình trạng"],
           (5, 44, 40, 46, 18),
           [(1, "Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng (mục 1.a)",
             "Không thuộc chức năng, nhiệm vụ của Sở.", None, "Không thuộc phạm vi"),
            (2, "Góp ý quy chuẩn kỹ thuật quốc gia (mục 2.e)", "Thống nhất (đối với QCVN thuộc lĩnh vực quy hoạch, kiến trúc).",
             "Đã góp ý 01 dự thảo QCVN 01 sửa đổi về quy hoạch xây dựng theo đề nghị của Bộ Xây dựng.", "Đã thực hiện xong"),
            (3, "Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 (mục 2.đ)", "Thống nhất.",
             "Sở đang xây dựng hệ thống quản lý chất lượng, dự kiến công bố trong tháng 01/2027.", "Đang xây dựng"),
            (4, "Cử công chức tham gia tập huấn nghiệp vụ (mục 3.a)", "Thống nhất.",
             "Đã cử 01 công chức Văn phòng Sở tham dự lớp tập huấn do Chi cục tổ chức tháng 9/2026.", "Đã thực hiện xong"),
            (5, "Kiểm tra, giám sát chất lượng sản phẩm, hàng hóa (mục 5.a)",
             "Không thuộc chức năng, nhiệm vụ của Sở (Sở không có chức năng kiểm tra chất lượng sản phẩm, hàng hóa).", None, "Không thuộc phạm vi")],
           diffs, props, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Hồ Minh Khánh")
    key(f, "SO-QHKT", "Sở Quy hoạch - Kiến trúc", "1187/SQHKT-VP", "2026-11-26", [
        E("II.1.a", "not_applicable", "Không thuộc chức năng, nhiệm vụ của Sở; Không thuộc phạm vi"),
        E("II.2.e", "completed", "góp ý 01 dự thảo QCVN 01 sửa đổi; Đã thực hiện xong", standards_reviewed=1),
        E("II.2.đ", "in_progress", "đang xây dựng HTQLCL, dự kiến công bố 01/2027; Đang xây dựng"),
        E("II.3.a", "completed", "cử 01 công chức tham dự lớp tập huấn; Đã thực hiện xong", participants=1),
        E("II.5.a", "not_applicable", "Không thuộc chức năng, nhiệm vụ của Sở; Không thuộc phạm vi"),
    ], diffs, props)

    # E3 Phòng Chuyển đổi số
    f = "PhongCDS_BC-31_KH38.xlsx"
    diffs = ["Hệ thống thông tin giải quyết thủ tục hành chính của Bộ Khoa học và Công nghệ chưa mở giao diện (API) đồng bộ trạng thái hồ sơ với hệ thống của Thành phố."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng phối hợp đề xuất Bộ Khoa học và Công nghệ cung cấp tài liệu kỹ thuật kết nối."]
    hand_e(f, "BC 31", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG CHUYỂN ĐỔI SỐ", "31/BC-CĐS", "Thành phố Hồ Chí Minh, ngày 20 tháng 11 năm 2026",
           "Chi cục Tiêu chuẩn Đo lường Chất lượng",
           "Phòng Chuyển đổi số báo cáo kết quả các nội dung được phân công phối hợp tại " + KH + " như sau:",
           ["STT", "Nội dung Kế hoạch", "Ý kiến của Phòng", "Kết quả thực hiện", "Tình trạng"],
           (5, 44, 38, 50, 16),
           [(1, "Đề xuất cải tiến Hệ thống thông tin giải quyết TTHC; kết nối liên thông với Cổng thông tin một cửa quốc gia (mục 2.h)", "Thống nhất",
             "Đã phối hợp Văn phòng Sở và Chi cục kết nối liên thông 04 thủ tục đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu với Cổng thông tin một cửa quốc gia, vận hành từ tháng 3/2026.", "Hoàn thành"),
            (2, "Kết nối, áp dụng hệ thống cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng (mục 2.i)", "Thống nhất",
             "Đang phối hợp Trung tâm Công nghệ thông tin và Địa không gian xây dựng API đồng bộ; đã chuẩn hóa dữ liệu 2.314 hồ sơ công bố hợp quy.", "Đang thực hiện"),
            (3, "Xây dựng, áp dụng, duy trì HTQLCL trong hoạt động cơ quan (mục 2.đ)",
             "Không thuộc chức năng của Phòng (Văn phòng Sở là đầu mối ISO của cơ quan Sở); Phòng chỉ áp dụng các quy trình nội bộ.", None, "Không thuộc phạm vi"),
            (4, "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng (mục 1.a)", "Thống nhất",
             "Đăng 09 tin, bài về hoạt động tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử của Sở.", "Hoàn thành")],
           diffs, props, "TRƯỞNG PHÒNG", "Vũ Đức Khải")
    key(f, "SKHCN-CDS", "Phòng Chuyển đổi số", "31/BC-CĐS", "2026-11-20", [
        E("II.2.h", "completed", "kết nối liên thông 04 thủ tục với Cổng thông tin một cửa quốc gia; Hoàn thành"),
        E("II.2.i", "in_progress", "đang xây dựng API đồng bộ CSDL quốc gia về TĐC; Đang thực hiện"),
        E("II.2.đ", "not_applicable", "Không thuộc chức năng của Phòng; Không thuộc phạm vi"),
        E("II.1.a", "completed", "Đăng 09 tin, bài trên Cổng thông tin điện tử của Sở; Hoàn thành", communications=9),
    ], diffs, props)


AUTHORS = {"SCT_": "Lan NTP", "SoNNMT": "Lan NTP", "SXD-": "Lan NTP", "SGDDT": "Lan NTP",
           "SYT_": "tin.lv", "TTPTTN": "tin.lv", "P.TanKhanh": "tin.lv", "XaBinhGia": "tin.lv",
           "SATTP": "Hanh", "P.KTPC": "Hanh", "PhuThanh": "Hanh",
           "SVHTT": "Phuoc TC", "QLKH": "Phuoc TC", "SDL_": "Phuoc TC",
           "SNV_": "Mai VP", "SQHKT": "Mai VP", "PhongCDS": "Mai VP"}


def set_props():
    import datetime
    from docx import Document as D
    from openpyxl import load_workbook
    for i, fn in enumerate(sorted(TRUTH)):
        who = next(v for k, v in AUTHORS.items() if fn.startswith(k))
        when = datetime.datetime(2026, 11, 17, 8, 30) + datetime.timedelta(days=i % 9, hours=i % 7, minutes=7 * i)
        p = os.path.join(OUT, fn)
        if fn.endswith(".docx"):
            d = D(p)
            cp = d.core_properties
            cp.author = who
            cp.last_modified_by = who
            cp.created = when - datetime.timedelta(days=2)
            cp.modified = when
            cp.revision = 3 + i % 4
            cp.title = ""
            cp.comments = ""
            d.save(p)
        else:
            wb = load_workbook(p)
            wb.properties.creator = who
            wb.properties.lastModifiedBy = who
            wb.properties.created = when - datetime.timedelta(days=1)
            wb.properties.modified = when
            wb.save(p)


def main():
    build_a(); build_b(); build_c(); build_d(); build_e()
    set_props()
    for fn, t in TRUTH.items():
        p = os.path.join(OUT, fn)
        h = hashlib.sha256(open(p, "rb").read()).hexdigest()
        obj = {"file": fn, "sha256": h}
        obj.update(t)
        with open(os.path.join(OUT, "truth", fn + ".json"), "w", encoding="utf-8") as fh:
            json.dump(obj, fh, ensure_ascii=False, indent=2)
    print(len(TRUTH), "files")


if __name__ == "__main__":
    main()
