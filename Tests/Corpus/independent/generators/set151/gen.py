# -*- coding: utf-8 -*-
"""Generator for set151 (meeting minutes / briefing notes hands).
Writes the report files and a keys draft (truth_draft.json); finalize.py adds sha256."""
import json, os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
KEYS = {}

# ---------------------------------------------------------------- docx helpers
def new_doc(size=13, font="Times New Roman"):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(3)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d

def P(d, text="", bold=False, italic=False, align=None, size=None, indent=None, under=False):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = under
        if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    return p

def PR(d, runs, align="j", indent=1.0):
    """paragraph of (text, style) runs; style chars: b i u"""
    p = d.add_paragraph()
    for t, s in runs:
        r = p.add_run(t); r.bold = "b" in s; r.italic = "i" in s; r.underline = "u" in s
    if align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent: p.paragraph_format.first_line_indent = Cm(indent)
    return p

def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e); x.set(qn("w:val"), "nil"); b.append(x)
    tblPr.append(b)

def cell_text(cell, lines, bold=False, italic=False, align="c", size=None):
    cell.text = ""
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if isinstance(ln, tuple):
            t, s = ln
        else:
            t, s = ln, ("b" if bold else "") + ("i" if italic else "")
        r = p.add_run(t); r.bold = "b" in s; r.italic = "i" in s; r.underline = "u" in s
        if size: r.font.size = Pt(size)
        if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def header(d, left, right_date, number, size=12):
    t = d.add_table(rows=2, cols=2); no_borders(t)
    cell_text(t.cell(0, 0), [(x, "b") for x in left] + [("———", "")], size=size)
    cell_text(t.cell(0, 1), [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"), ("———————————", "")], size=size)
    cell_text(t.cell(1, 0), [number], size=size)
    cell_text(t.cell(1, 1), [(right_date, "i")], size=size)

def grid_table(d, rows, widths=None, head_bold=True, size=12):
    t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v.split("\n"), bold=(i == 0 and head_bold), align="c" if (i == 0 or j == 0) else "l", size=size)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t

def sign2(d, left, right, size=12):
    t = d.add_table(rows=1, cols=2); no_borders(t)
    cell_text(t.cell(0, 0), left, size=size)
    cell_text(t.cell(0, 1), right, size=size)

def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
                       unit={"id": unit_id, "name": unit_name},
                       document={"number": number, "date": date},
                       entries=[dict(task=t, status=s, indicators=ind, text=tx) for (t, s, ind, tx) in entries],
                       findings=[], difficulties=diffs, proposals=props)

# ================================================================ HAND A
# Chị Trần Thị Ngọc Hân-type ward secretaries: "BIÊN BẢN HỌP GIAO BAN", named comrades
# report in turn, figures inside their speech, "Ý KIẾN THẢO LUẬN" by name, status only
# in the chair's numbered conclusions ("KẾT LUẬN CỦA CHỦ TRÌ") with "giao … thời hạn".

def bb_common(d, ward_caps, number, place_date, subtitle, t, place, chair, secretary, attend):
    header(d, ["ỦY BAN NHÂN DÂN", ward_caps], place_date, number)
    P(d)
    P(d, "BIÊN BẢN HỌP GIAO BAN", bold=True, align="c", size=14)
    P(d, subtitle, bold=True, align="c")
    P(d, "I. THỜI GIAN, ĐỊA ĐIỂM", bold=True)
    P(d, "- Thời gian: " + t, indent=1)
    P(d, "- Địa điểm: " + place, indent=1)
    P(d, "II. THÀNH PHẦN", bold=True)
    P(d, "- Chủ trì: " + chair, indent=1)
    P(d, "- Thư ký: " + secretary, indent=1)
    P(d, "- Tham dự: " + attend, indent=1, align="j")

def speaker(d, who, paras):
    PR(d, [(who, "b")], indent=1)
    for x in paras:
        P(d, x, align="j", indent=1)

def hand_a():
    # ---------------- W1 Phường Thủ Dầu Một
    fn = "BB giao ban CT38 - P.Thu Dau Mot (22.10.2026).docx"
    d = new_doc()
    bb_common(d, "PHƯỜNG THỦ DẦU MỘT", "Số: 112/BB-UBND", "Thủ Dầu Một, ngày 22 tháng 10 năm 2026",
              "Về tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường",
              "08 giờ 00 phút, ngày 22/10/2026.",
              "Phòng họp số 2, trụ sở UBND phường Thủ Dầu Một.",
              "Đ/c Trương Văn Sang – Phó Chủ tịch UBND phường.",
              "Đ/c Trần Thị Ngọc Hân – Chuyên viên Văn phòng HĐND và UBND phường.",
              "Lãnh đạo Phòng Kinh tế, Phòng Văn hóa – Xã hội, Văn phòng HĐND và UBND phường, Ban quản lý chợ Thủ Dầu Một, Công an phường.")
    P(d, "III. NỘI DUNG CUỘC HỌP", bold=True)
    P(d, "Đ/c Chủ trì thông qua mục đích, yêu cầu của cuộc họp; các đồng chí lần lượt báo cáo như sau:", indent=1, align="j")
    s1a = ("Thực hiện Kế hoạch của UBND phường, từ đầu năm đến ngày 15/10/2026 Phòng đã tham mưu thành lập Tổ kiểm tra liên ngành, "
           "phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra về đo lường, chất lượng tại chợ Thủ Dầu Một, chợ Phú Hòa và các cửa hàng "
           "xăng dầu trên địa bàn; tổng cộng 03 cuộc, kiểm tra 27 cơ sở kinh doanh. Qua kiểm tra phát hiện 04 cơ sở sử dụng cân chưa được kiểm định, "
           "đã lập biên bản, Chủ tịch UBND phường ban hành quyết định xử phạt với tổng số tiền 6.000.000 đồng.")
    s1b = ("Bên cạnh đó, Phòng đã hướng dẫn 15 hộ kinh doanh, doanh nghiệp nhỏ về ghi nhãn hàng hóa, công bố tiêu chuẩn áp dụng và công bố hợp quy "
           "đối với sản phẩm, hàng hóa.")
    speaker(d, "1. Đ/c Nguyễn Hoàng Phúc – Trưởng phòng Kinh tế báo cáo:", [s1a, s1b])
    s2a = ("Phòng đã phối hợp đăng tải 12 tin, bài về tiêu chuẩn, đo lường, chất lượng trên Trang thông tin điện tử phường và các nhóm Zalo khu phố; "
           "lồng ghép tuyên truyền vào các buổi sinh hoạt khu phố.")
    s2b = ("Tháng 7/2026, phường cử 02 công chức tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức.")
    speaker(d, "2. Đ/c Võ Thị Mỹ Linh – Trưởng phòng Văn hóa – Xã hội báo cáo:", [s2a + " " + s2b])
    s3 = ("Phường đã ban hành Quyết định công bố Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015 sau sắp xếp; "
          "hiện đang rà soát, cập nhật các quy trình giải quyết thủ tục hành chính, dự kiến đánh giá nội bộ trong tháng 11/2026.")
    speaker(d, "3. Đ/c Đặng Minh Trí – Phó Chánh Văn phòng HĐND và UBND phường báo cáo:", [s3])
    P(d, "IV. Ý KIẾN THẢO LUẬN", bold=True)
    k1 = "Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; cán bộ phụ trách kiêm nhiệm nhiều việc nên việc theo dõi còn hạn chế."
    k2 = "Nhiều tiểu thương vẫn sử dụng cân trôi nổi, chợ Phú Hòa chưa có điểm cân đối chứng."
    d1 = "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cấp phát tờ gấp, tài liệu tuyên truyền về đo lường cho phường."
    d2 = "Kiến nghị Sở Khoa học và Công nghệ hỗ trợ trang bị bộ quả cân chuẩn để bố trí điểm cân đối chứng tại chợ Phú Hòa."
    PR(d, [("- Đ/c Nguyễn Hoàng Phúc: ", "i"), (k1, "")])
    PR(d, [("- Đ/c Lâm Thị Hồng – Trưởng Ban quản lý chợ: ", "i"), (k2, "")])
    PR(d, [("- Đ/c Võ Thị Mỹ Linh đề xuất: ", "i"), (d1, "")])
    PR(d, [("- Đ/c Lâm Thị Hồng kiến nghị: ", "i"), (d2, "")])
    P(d, "V. KẾT LUẬN CỦA CHỦ TRÌ", bold=True)
    P(d, "Sau khi nghe báo cáo và ý kiến thảo luận, Đ/c Chủ trì kết luận:", indent=1)
    for x in ["1. Công tác kiểm tra đo lường, chất lượng tại chợ và cửa hàng xăng dầu: ghi nhận Phòng Kinh tế đã hoàn thành kế hoạch kiểm tra năm 2026 của phường.",
              "2. Việc hướng dẫn hộ kinh doanh: tiếp tục thực hiện thường xuyên; giao Phòng Kinh tế theo dõi.",
              "3. Công tác tuyên truyền và cử công chức tập huấn: đã hoàn thành.",
              "4. Về Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015: đang thực hiện; giao Văn phòng HĐND và UBND phường hoàn thành đánh giá nội bộ, thời hạn trước ngày 30/11/2026.",
              "5. Giao Phòng Kinh tế tổng hợp, dự thảo báo cáo gửi Sở Khoa học và Công nghệ (qua Chi cục) trước ngày 10/11/2026."]:
        P(d, x, indent=1, align="j")
    P(d, "Cuộc họp kết thúc lúc 10 giờ 15 phút cùng ngày. Biên bản đã được đọc lại cho các thành viên dự họp cùng nghe và thống nhất./.", indent=1, align="j")
    sign2(d, [("THƯ KÝ", "b"), ("", ""), ("(đã ký)", "i"), ("", ""), ("Trần Thị Ngọc Hân", "b")],
          [("CHỦ TRÌ", "b"), ("PHÓ CHỦ TỊCH UBND PHƯỜNG", "b"), ("(đã ký)", "i"), ("", ""), ("Trương Văn Sang", "b")])
    d.save(os.path.join(OUT, fn))
    key(fn, "25747", "Phường Thủ Dầu Một", "112/BB-UBND", "2026-10-22", [
        ("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 27, "violations": 4, "fines_vnd": 6000000}, s1a),
        ("II.2.d", "in_progress", {"enterprises_supported": 15}, s1b),
        ("II.1.a", "completed", {"communications": 12}, s2a),
        ("II.3.a", "completed", {"participants": 2}, s2b),
        ("II.2.đ", "in_progress", {}, s3)], [k1, k2], [d1, d2])

    # ---------------- W2 Phường Bà Rịa
    fn = "Bien ban giao ban thang 10 - phuong Ba Ria.docx"
    d = new_doc(size=14)
    bb_common(d, "PHƯỜNG BÀ RỊA", "Số: 58/BB-UBND", "Bà Rịa, ngày 27 tháng 10 năm 2026",
              "Nội dung: kiểm điểm kết quả thực hiện Kế hoạch của Sở Khoa học và Công nghệ triển khai Chỉ thị số 38-CT/TW năm 2026",
              "14 giờ 00 phút, ngày 27 tháng 10 năm 2026.",
              "Hội trường UBND phường Bà Rịa.",
              "Đ/c Lê Thị Bích Vân – Phó Chủ tịch UBND phường.",
              "Đ/c Huỳnh Ngọc Sương – Chuyên viên Văn phòng HĐND và UBND phường.",
              "Phòng Kinh tế, Phòng Văn hóa – Xã hội, Văn phòng HĐND và UBND phường, Ban quản lý chợ Bà Rịa.")
    P(d, "III. NỘI DUNG CUỘC HỌP", bold=True)
    s1a = ("Trong 9 tháng đầu năm và tháng 10/2026, Phòng phối hợp Đội Quản lý thị trường và Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 02 cuộc "
           "về đo lường, nhãn hàng hóa tại chợ Bà Rịa và các cửa hàng vàng bạc, với 14 cơ sở được kiểm tra; 01 cơ sở vi phạm về ghi nhãn hàng hóa, "
           "bị xử phạt 3.500.000 đồng.")
    s1b = "Trong kỳ, phường không nhận được đơn thư, tin báo tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng."
    speaker(d, "1. Đ/c Phan Thanh Tùng – Trưởng phòng Kinh tế báo cáo:", [s1a, s1b])
    s2a = "Phòng đã thực hiện 09 tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên trang thông tin điện tử và hệ thống loa truyền thanh của phường."
    s2b = "Riêng việc cử công chức dự tập huấn nghiệp vụ, đến nay phường chưa cử được do chưa nhận được giấy mời."
    speaker(d, "2. Đ/c Ngô Thị Thu Trang – Phó Trưởng phòng Văn hóa – Xã hội báo cáo:", [s2a + " " + s2b])
    s3 = "Phường đã hoàn tất việc xây dựng, công bố Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 từ tháng 5/2026; đang duy trì áp dụng."
    speaker(d, "3. Đ/c Châu Minh Khoa – Chánh Văn phòng HĐND và UBND phường báo cáo:", [s3])
    P(d, "IV. Ý KIẾN THẢO LUẬN", bold=True)
    k1 = "Kinh phí cho hoạt động kiểm tra của phường chưa được bố trí riêng, phải lồng ghép vào kinh phí quản lý thị trường."
    d1 = "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng thông báo sớm lịch tập huấn để phường chủ động cử người tham dự."
    PR(d, [("- Đ/c Phan Thanh Tùng: ", "i"), (k1, "")])
    PR(d, [("- Đ/c Ngô Thị Thu Trang đề xuất: ", "i"), (d1, "")])
    P(d, "V. KẾT LUẬN CỦA CHỦ TRÌ", bold=True)
    for x in ["1. Kiểm tra đo lường, nhãn hàng hóa: phường đã thực hiện được 02 đợt, tiếp tục triển khai đợt kiểm tra cao điểm cuối năm và Tết Nguyên đán; giao Phòng Kinh tế chủ trì.",
              "2. Tuyên truyền: đạt yêu cầu, xem như hoàn thành.",
              "3. Tiếp nhận, xử lý tố giác vi phạm: trong kỳ không phát sinh.",
              "4. Cử công chức tập huấn: chưa thực hiện; giao Phòng Văn hóa – Xã hội liên hệ Chi cục, thời hạn trong tháng 11/2026.",
              "5. Hệ thống quản lý chất lượng: đã xong, giao Văn phòng duy trì, cải tiến."]:
        P(d, x, indent=1, align="j")
    P(d, "Biên bản kết thúc vào lúc 15 giờ 40 phút cùng ngày, đã thông qua cho các thành viên dự họp và thống nhất nội dung./.", indent=1, align="j")
    sign2(d, [("THƯ KÝ", "b"), ("", ""), ("", ""), ("Huỳnh Ngọc Sương", "b")],
          [("CHỦ TRÌ", "b"), ("", ""), ("", ""), ("Lê Thị Bích Vân", "b")])
    d.save(os.path.join(OUT, fn))
    key(fn, "26560", "Phường Bà Rịa", "58/BB-UBND", "2026-10-27", [
        ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 14, "violations": 1, "fines_vnd": 3500000}, s1a),
        ("II.5.d", "not_applicable", {}, s1b),
        ("II.1.a", "completed", {"communications": 9}, s2a),
        ("II.3.a", "not_started", {}, s2b),
        ("II.2.đ", "completed", {}, s3)], [k1], [d1])

    # ---------------- W3 Xã Châu Đức
    fn = "BB hop giao ban CT38 xa Chau Duc.docx"
    d = new_doc()
    bb_common(d, "XÃ CHÂU ĐỨC", "Số: 31/BB-UBND", "Châu Đức, ngày 30 tháng 10 năm 2026",
              "Về kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
              "07 giờ 30 phút, ngày 30/10/2026.",
              "Phòng họp UBND xã Châu Đức.",
              "Đ/c Nguyễn Thành Đạt – Phó Chủ tịch UBND xã.",
              "Đ/c Bùi Thị Hoa – công chức Văn phòng HĐND và UBND xã.",
              "Phòng Kinh tế, Phòng Văn hóa – Xã hội, Văn phòng HĐND và UBND xã, Đài truyền thanh xã.")
    P(d, "III. NỘI DUNG CUỘC HỌP", bold=True)
    s1a = ("Ngày 18/9/2026, Phòng phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 01 cuộc tại chợ Ngãi Giao, kiểm tra 09 cơ sở kinh doanh; "
           "các cơ sở cơ bản chấp hành quy định về đo lường.")
    s1b = ("Phòng đã hướng dẫn 03 hợp tác xã nông nghiệp (sầu riêng, hồ tiêu) áp dụng tem truy xuất nguồn gốc cho sản phẩm; hiện còn một hợp tác xã "
           "đang hoàn thiện hồ sơ.")
    speaker(d, "1. Đ/c Trần Quốc Bảo – Trưởng phòng Kinh tế báo cáo:", [s1a, s1b])
    s2a = "Đài truyền thanh xã phát 06 tin, bài tuyên truyền về đo lường, chất lượng hàng hóa, phòng chống gian lận thương mại."
    s2b = "Xã đã cử 01 công chức tham dự tập huấn trực tuyến do Chi cục tổ chức ngày 24/7/2026."
    speaker(d, "2. Đ/c Lê Thị Kim Cúc – công chức Văn hóa – Xã hội báo cáo:", [s2a + " " + s2b])
    s3 = ("Do sắp xếp đơn vị hành chính, xã chưa xây dựng lại Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; Văn phòng dự kiến tham mưu thực hiện "
          "trong Quý I/2027.")
    speaker(d, "3. Đ/c Bùi Thị Hoa – Văn phòng HĐND và UBND xã báo cáo:", [s3])
    P(d, "IV. Ý KIẾN THẢO LUẬN", bold=True)
    k1 = "Địa bàn xã rộng, các điểm kinh doanh phân tán, lực lượng kiểm tra mỏng."
    k2 = "Người dân chưa quan tâm nhiều đến nội dung tuyên truyền về đo lường, chất lượng."
    d1 = "Kiến nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí cấp tem truy xuất nguồn gốc cho các hợp tác xã trên địa bàn xã."
    PR(d, [("- Đ/c Trần Quốc Bảo: ", "i"), (k1, "")])
    PR(d, [("- Đ/c Lê Thị Kim Cúc: ", "i"), (k2, "")])
    PR(d, [("- Đ/c Trần Quốc Bảo đề xuất: ", "i"), (d1, "")])
    P(d, "V. KẾT LUẬN CỦA CHỦ TRÌ", bold=True)
    for x in ["1. Kiểm tra tại chợ: hoàn thành kiểm tra theo kế hoạch năm.",
              "2. Truy xuất nguồn gốc nông sản: tiếp tục hướng dẫn các hợp tác xã; giao Phòng Kinh tế, thời hạn 31/12/2026.",
              "3. Tuyên truyền: tiếp tục duy trì trên Đài truyền thanh xã.",
              "4. Tập huấn: đã hoàn thành.",
              "5. Hệ thống quản lý chất lượng: chưa thực hiện; giao Văn phòng HĐND và UBND xã tham mưu trong Quý I/2027."]:
        P(d, x, indent=1, align="j")
    P(d, "Cuộc họp kết thúc lúc 09 giờ 00 cùng ngày./.", indent=1)
    sign2(d, [("THƯ KÝ", "b"), ("", ""), ("", ""), ("Bùi Thị Hoa", "b")],
          [("CHỦ TRÌ", "b"), ("PHÓ CHỦ TỊCH", "b"), ("", ""), ("Nguyễn Thành Đạt", "b")])
    d.save(os.path.join(OUT, fn))
    key(fn, "26596", "Xã Châu Đức", "31/BB-UBND", "2026-10-30", [
        ("II.5.c", "completed", {"inspections": 1, "establishments_inspected": 9}, s1a),
        ("II.2.a", "in_progress", {"enterprises_supported": 3}, s1b),
        ("II.1.a", "in_progress", {"communications": 6}, s2a),
        ("II.3.a", "completed", {"participants": 1}, s2b),
        ("II.2.đ", "not_started", {}, s3)], [k1, k2], [d1])

    # ---------------- W4 Phường Tăng Nhơn Phú (MISTAKEN: chuyển đổi số)
    fn = "BB giao ban CDS T10-2026 Tang Nhon Phu.docx"
    d = new_doc()
    bb_common(d, "PHƯỜNG TĂNG NHƠN PHÚ", "Số: 140/BB-UBND", "Tăng Nhơn Phú, ngày 24 tháng 10 năm 2026",
              "Về tiến độ thực hiện chuyển đổi số và Đề án 06 tháng 10/2026",
              "08 giờ 00 phút, ngày 24/10/2026.", "Phòng họp trực tuyến UBND phường Tăng Nhơn Phú.",
              "Đ/c Mai Văn Hiếu – Phó Chủ tịch UBND phường, Tổ trưởng Tổ chuyển đổi số.",
              "Đ/c Đinh Thị Thanh Thủy – Chuyên viên Văn phòng HĐND và UBND phường.",
              "Thành viên Tổ chuyển đổi số phường, Công an phường, Trung tâm Phục vụ hành chính công phường.")
    P(d, "III. NỘI DUNG CUỘC HỌP", bold=True)
    speaker(d, "1. Đ/c Phạm Quốc Huy – Giám đốc Trung tâm Phục vụ hành chính công báo cáo:",
            ["Trong tháng 10/2026, Trung tâm tiếp nhận 2.418 hồ sơ, trong đó 2.231 hồ sơ trực tuyến (đạt 92,3%); đã số hóa kết quả giải quyết 18.540 hồ sơ; tỷ lệ hồ sơ trễ hạn 0,4%."])
    speaker(d, "2. Đ/c Thiếu tá Lương Văn Nhân – Phó Trưởng Công an phường báo cáo:",
            ["Đã hỗ trợ kích hoạt tài khoản định danh điện tử mức 2 cho 3.215 công dân; rà soát, làm sạch dữ liệu dân cư tại 42 khu phố."])
    speaker(d, "3. Đ/c Đinh Thị Thanh Thủy – Văn phòng báo cáo:",
            ["Hệ thống quản lý văn bản và điều hành vận hành ổn định; 100% văn bản đi được ký số; tổ công nghệ số cộng đồng tổ chức 06 buổi hướng dẫn kỹ năng số cho người dân."])
    P(d, "IV. Ý KIẾN THẢO LUẬN", bold=True)
    PR(d, [("- Đ/c Phạm Quốc Huy: ", "i"), ("Đường truyền tại Trung tâm thường xuyên chập chờn vào giờ cao điểm.", "")])
    PR(d, [("- Đ/c Lương Văn Nhân đề xuất: ", "i"), ("Đề nghị bố trí thêm 02 máy quét chuyên dụng phục vụ số hóa hồ sơ.", "")])
    P(d, "V. KẾT LUẬN CỦA CHỦ TRÌ", bold=True)
    for x in ["1. Dịch vụ công trực tuyến: đạt chỉ tiêu tháng, tiếp tục duy trì.",
              "2. Đề án 06: tiếp tục đẩy mạnh kích hoạt định danh điện tử; giao Công an phường, thời hạn 30/11/2026.",
              "3. Giao Văn phòng dự thảo báo cáo chuyển đổi số tháng 10 gửi Sở Khoa học và Công nghệ trước ngày 28/10/2026."]:
        P(d, x, indent=1, align="j")
    P(d, "Cuộc họp kết thúc lúc 09 giờ 30 phút cùng ngày./.", indent=1)
    sign2(d, [("THƯ KÝ", "b"), ("", ""), ("Đinh Thị Thanh Thủy", "b")], [("CHỦ TRÌ", "b"), ("", ""), ("Mai Văn Hiếu", "b")])
    d.save(os.path.join(OUT, fn))
    key(fn, "26842", "Phường Tăng Nhơn Phú", "140/BB-UBND", "2026-10-24", [], [], [],
        status="rejected", reason="Biên bản giao ban về chuyển đổi số và Đề án 06, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")

# ================================================================ HAND B
# Anh Lê Quang Vinh-type department clerks: "THÔNG BÁO Kết luận của (Phó) Giám đốc …";
# divisions (not persons) report in turn as bold run-in headings; "Ý KIẾN THẢO LUẬN" as
# "- Phòng X phản ánh: …"; conclusion is a 4-column table
# "TT | Nội dung | Chủ trì ghi nhận | Giao thực hiện – thời hạn"; proposals in a closing
# "KIẾN NGHỊ GỬI SỞ KHOA HỌC VÀ CÔNG NGHỆ" list; counts never zero-padded.

def tb_common(d, left, number, date_line, title2, opening):
    header(d, left, date_line, number)
    P(d)
    P(d, "THÔNG BÁO", bold=True, align="c", size=14)
    P(d, title2, bold=True, align="c")
    P(d, "————", align="c")
    P(d, opening, indent=1, align="j")

def division(d, head, text):
    PR(d, [(head, "b"), (text, "")])

def tb_table(d, rows):
    grid_table(d, [["TT", "Nội dung", "Chủ trì ghi nhận", "Giao thực hiện – thời hạn"]] + rows, widths=[1.0, 6.5, 4.0, 5.0])

def hand_b():
    # ---------------- D1 Sở Công Thương
    fn = "215-TB-SCT ket luan hop CT38.docx"
    d = new_doc()
    tb_common(d, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ CÔNG THƯƠNG"], "Số: 215/TB-SCT",
              "Thành phố Hồ Chí Minh, ngày 20 tháng 10 năm 2026",
              "Kết luận của Phó Giám đốc Sở Công Thương Đỗ Minh Khang tại cuộc họp nghe báo cáo kết quả thực hiện các nội dung phối hợp triển khai Chỉ thị số 38-CT/TW năm 2026",
              "Ngày 16 tháng 10 năm 2026, Phó Giám đốc Sở Công Thương Đỗ Minh Khang chủ trì cuộc họp nghe các phòng báo cáo kết quả thực hiện các nội dung phối hợp với "
              "Sở Khoa học và Công nghệ theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Tham dự có lãnh đạo Phòng Quản lý thương mại, Phòng Quản lý công nghiệp, "
              "Phòng Kế hoạch – Tài chính, Văn phòng Sở và đại diện Chi cục Tiêu chuẩn Đo lường Chất lượng. Sau khi nghe các phòng báo cáo và ý kiến của các đại biểu, "
              "Phó Giám đốc Sở kết luận như sau:")
    P(d, "I. NỘI DUNG CÁC PHÒNG BÁO CÁO TẠI CUỘC HỌP", bold=True)
    a1 = ("Phòng đã tham gia góp ý 3 dự thảo quy chuẩn kỹ thuật quốc gia (QCVN về xăng dầu, khí dầu mỏ hóa lỏng và thép làm cốt bê tông) theo đề nghị "
          "của Bộ Công Thương và Bộ Khoa học và Công nghệ.")
    a2 = ("Đồng thời phối hợp Chi cục tổ chức 1 hội nghị phổ biến quy định pháp luật về tiêu chuẩn, đo lường, chất lượng cho 120 đại biểu là doanh nghiệp "
          "ngành công nghiệp.")
    division(d, "1. Phòng Quản lý công nghiệp báo cáo: ", a1 + " " + a2)
    b1 = ("Phối hợp lực lượng quản lý thị trường và Chi cục kiểm tra chất lượng xăng dầu, hàng hóa lưu thông trên thị trường được 6 cuộc, 41 cơ sở; "
          "phát hiện 7 cơ sở vi phạm, xử phạt 48,5 triệu đồng.")
    b2 = "Về khảo sát chất lượng hàng hóa, Phòng chưa triển khai do chưa thống nhất được danh mục sản phẩm khảo sát năm 2026."
    division(d, "2. Phòng Quản lý thương mại báo cáo: ", b1 + " " + b2)
    c1 = ("Điểm hỏi đáp TBT của Sở đã cập nhật, đăng tải 8 bản tin cảnh báo về biện pháp kỹ thuật trong thương mại của các thị trường xuất khẩu và "
          "các cam kết về tiêu chuẩn, quy chuẩn trong các FTA mà Việt Nam tham gia.")
    division(d, "3. Văn phòng Sở (bộ phận TBT) báo cáo: ", c1)
    P(d, "II. Ý KIẾN THẢO LUẬN", bold=True)
    k1 = "Một số vụ việc vi phạm về chất lượng xăng dầu phải chờ kết quả thử nghiệm mẫu, thời gian chờ kéo dài làm chậm việc xử lý."
    k2 = "Kinh phí lấy mẫu, thử nghiệm năm 2026 chưa được bố trí riêng cho nội dung phối hợp."
    P(d, "- Phòng Quản lý thương mại phản ánh: " + k1, indent=1, align="j")
    P(d, "- Phòng Kế hoạch – Tài chính phản ánh: " + k2, indent=1, align="j")
    P(d, "III. KẾT LUẬN CỦA PHÓ GIÁM ĐỐC SỞ", bold=True)
    P(d, "Phó Giám đốc Sở ghi nhận kết quả các phòng đã thực hiện và kết luận cụ thể như sau:", indent=1)
    tb_table(d, [["1", "Góp ý dự thảo QCVN", "Đã xong", "Phòng Quản lý công nghiệp lưu hồ sơ"],
                 ["2", "Hội nghị phổ biến quy định về tiêu chuẩn, đo lường, chất lượng cho doanh nghiệp", "Đã xong", "—"],
                 ["3", "Kiểm tra chất lượng xăng dầu, hàng hóa lưu thông", "Chưa xong, tiếp tục thực hiện", "Phòng Quản lý thương mại – đến 31/12/2026"],
                 ["4", "Khảo sát chất lượng sản phẩm, hàng hóa", "Chưa triển khai", "Phòng Quản lý thương mại phối hợp Chi cục thống nhất danh mục – Quý IV/2026"],
                 ["5", "Cập nhật thông tin TBT, cam kết FTA", "Duy trì thường xuyên", "Văn phòng Sở – thường xuyên"]])
    P(d, "IV. KIẾN NGHỊ GỬI SỞ KHOA HỌC VÀ CÔNG NGHỆ", bold=True)
    p1 = "Đề nghị Sở Khoa học và Công nghệ chỉ đạo Trung tâm Dịch vụ Phân tích thí nghiệm rút ngắn thời gian trả kết quả thử nghiệm mẫu phục vụ xử lý vi phạm."
    p2 = "Đề nghị Sở Khoa học và Công nghệ bố trí kinh phí lấy mẫu, thử nghiệm cho các đoàn kiểm tra liên ngành."
    P(d, "1. " + p1, indent=1, align="j"); P(d, "2. " + p2, indent=1, align="j")
    P(d, "Văn phòng Sở thông báo để các phòng biết, thực hiện./.", indent=1)
    sign2(d, [("Nơi nhận:", "bi"), ("- PGĐ Đỗ Minh Khang (để b/c);", ""), ("- Các phòng dự họp;", ""), ("- Sở KH&CN (Chi cục TĐC);", ""), ("- Lưu: VT, VP.", "")],
          [("TL. GIÁM ĐỐC", "b"), ("CHÁNH VĂN PHÒNG", "b"), ("", ""), ("", ""), ("Lê Quang Vinh", "b")], size=11)
    d.save(os.path.join(OUT, fn))
    key(fn, "SO-CT", "Sở Công Thương", "215/TB-SCT", "2026-10-20", [
        ("II.2.e", "completed", {"standards_reviewed": 3}, a1),
        ("II.1.a", "completed", {"training_courses": 1, "participants": 120}, a2),
        ("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 41, "violations": 7, "fines_vnd": 48500000}, b1),
        ("II.5.b", "not_started", {}, b2),
        ("II.6.a", "in_progress", {"communications": 8}, c1)], [k1, k2], [p1, p2])

    # ---------------- D2 Sở Y tế
    fn = "TB ket luan PGD - KH CT38 (So Y te).docx"
    d = new_doc()
    tb_common(d, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ Y TẾ"], "Số: 1187/TB-SYT",
              "Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2026",
              "Kết luận của Phó Giám đốc Sở Y tế Lý Thanh Hà tại cuộc họp đánh giá tình hình thực hiện nhiệm vụ phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ",
              "Chiều ngày 21/10/2026, tại trụ sở Sở Y tế, Phó Giám đốc Sở Lý Thanh Hà chủ trì cuộc họp nghe báo cáo tình hình thực hiện các nhiệm vụ Sở Y tế "
              "phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Dự họp có Thanh tra Sở, Phòng Nghiệp vụ Dược, Phòng Tổ chức cán bộ, Văn phòng Sở. "
              "Sau khi nghe báo cáo và ý kiến thảo luận, Phó Giám đốc Sở kết luận như sau:")
    P(d, "I. NỘI DUNG BÁO CÁO", bold=True)
    a1 = ("Thanh tra Sở đã chủ trì 4 cuộc kiểm tra về chất lượng trang thiết bị y tế và phương tiện đo dùng trong y tế (huyết áp kế, nhiệt kế, cân sức khỏe) "
          "tại 23 cơ sở kinh doanh, cơ sở khám bệnh, chữa bệnh tư nhân; phát hiện 2 cơ sở vi phạm, xử phạt 30 triệu đồng.")
    division(d, "1. Thanh tra Sở báo cáo: ", a1)
    b1 = "Phối hợp góp ý 2 dự thảo QCVN về trang thiết bị y tế theo đề nghị của Bộ Y tế."
    b2 = "Đối với khảo sát chất lượng khẩu trang y tế lưu thông trên thị trường, Phòng đã lấy 30 mẫu gửi thử nghiệm, hiện đang chờ kết quả."
    division(d, "2. Phòng Nghiệp vụ Dược báo cáo: ", b1 + " " + b2)
    c1 = "Sở đã cử 4 công chức, viên chức tham dự lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức tháng 8/2026."
    division(d, "3. Phòng Tổ chức cán bộ báo cáo: ", c1)
    e1 = ("Sở Y tế duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; đã đánh giá nội bộ năm 2026 và công bố lại phạm vi áp dụng "
          "sau khi tiếp nhận thêm thủ tục hành chính.")
    division(d, "4. Văn phòng Sở báo cáo: ", e1)
    P(d, "II. Ý KIẾN THẢO LUẬN", bold=True)
    k1 = "Chưa có hướng dẫn thống nhất về thẩm quyền kiểm tra phương tiện đo dùng trong y tế giữa ngành y tế và ngành khoa học và công nghệ."
    P(d, "- Thanh tra Sở phản ánh: " + k1, indent=1, align="j")
    P(d, "III. KẾT LUẬN", bold=True)
    tb_table(d, [["1", "Kiểm tra chất lượng trang thiết bị y tế, phương tiện đo", "Đã xong (đạt kế hoạch năm)", "Thanh tra Sở tổng hợp hồ sơ – 15/11/2026"],
                 ["2", "Góp ý dự thảo QCVN", "Đã xong", "—"],
                 ["3", "Khảo sát chất lượng khẩu trang y tế", "Đang thực hiện (chờ kết quả thử nghiệm)", "Phòng Nghiệp vụ Dược – 30/11/2026"],
                 ["4", "Cử công chức dự tập huấn", "Đã xong", "—"],
                 ["5", "Hệ thống quản lý chất lượng ISO", "Đã xong", "Văn phòng Sở duy trì"]])
    P(d, "IV. KIẾN NGHỊ GỬI SỞ KHOA HỌC VÀ CÔNG NGHỆ", bold=True)
    p1 = "Đề nghị Sở Khoa học và Công nghệ phối hợp ban hành hướng dẫn liên ngành về kiểm tra phương tiện đo nhóm 2 dùng trong y tế."
    P(d, "- " + p1, indent=1, align="j")
    P(d, "Văn phòng Sở Y tế thông báo để các đơn vị biết, thực hiện./.", indent=1)
    sign2(d, [("Nơi nhận:", "bi"), ("- BGĐ Sở;", ""), ("- Các phòng liên quan;", ""), ("- Lưu: VT.", "")],
          [("TL. GIÁM ĐỐC", "b"), ("KT. CHÁNH VĂN PHÒNG", "b"), ("PHÓ CHÁNH VĂN PHÒNG", "b"), ("", ""), ("Trịnh Quốc Toản", "b")], size=11)
    d.save(os.path.join(OUT, fn))
    key(fn, "SO-YT", "Sở Y tế", "1187/TB-SYT", "2026-10-23", [
        ("II.5.a", "completed", {"inspections": 4, "establishments_inspected": 23, "violations": 2, "fines_vnd": 30000000}, a1),
        ("II.2.e", "completed", {"standards_reviewed": 2}, b1),
        ("II.5.b", "in_progress", {"samples_tested": 30}, b2),
        ("II.3.a", "completed", {"participants": 4}, c1),
        ("II.2.đ", "completed", {}, e1)], [k1], [p1])

    # ---------------- D3 Sở Nội vụ
    fn = "TB-SNV 402 ket luan giao ban (CT38).docx"
    d = new_doc()
    tb_common(d, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ NỘI VỤ"], "Số: 402/TB-SNV",
              "Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026",
              "Kết luận của Phó Giám đốc Sở Nội vụ Hồ Thị Minh Thư tại cuộc họp giao ban chuyên đề về các nội dung Sở Nội vụ tham gia thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
              "Ngày 22/10/2026, Phó Giám đốc Sở Nội vụ Hồ Thị Minh Thư chủ trì cuộc họp giao ban chuyên đề; tham dự có Phòng Cải cách hành chính, Phòng Công chức – Viên chức, "
              "Phòng Đào tạo, bồi dưỡng. Sau khi nghe các phòng báo cáo, Phó Giám đốc Sở kết luận:")
    P(d, "I. CÁC PHÒNG BÁO CÁO", bold=True)
    a1 = ("Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng hướng dẫn 35 cơ quan, đơn vị (sở, ngành và UBND phường, xã) xây dựng, áp dụng Hệ thống quản lý "
          "chất lượng theo TCVN ISO 9001:2015 sau sắp xếp; tổ chức 2 lớp tập huấn về áp dụng ISO trong cơ quan hành chính nhà nước cho 210 công chức làm đầu mối. "
          "Đến nay còn một số phường, xã chưa công bố lại hệ thống.")
    division(d, "1. Phòng Cải cách hành chính: ", a1)
    b1 = ("Phối hợp Sở Khoa học và Công nghệ thẩm định hồ sơ thu hút chuyên gia theo Quyết định số 05/2026/QĐ-UBND; năm 2026 chưa nhận được hồ sơ đề nghị "
          "thu hút chuyên gia trong lĩnh vực tiêu chuẩn, đo lường, chất lượng.")
    division(d, "2. Phòng Công chức – Viên chức: ", b1)
    c1 = ("Đã đưa chuyên đề quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng vào chương trình bồi dưỡng công chức phường, xã năm 2026; đã mở 3 lớp với "
          "265 học viên.")
    division(d, "3. Phòng Đào tạo, bồi dưỡng: ", c1)
    P(d, "II. Ý KIẾN THẢO LUẬN", bold=True)
    k1 = "Một số phường, xã sau sắp xếp thay đổi nhân sự đầu mối ISO, phải hướng dẫn lại từ đầu."
    P(d, "- Phòng Cải cách hành chính phản ánh: " + k1, indent=1, align="j")
    P(d, "III. KẾT LUẬN", bold=True)
    tb_table(d, [["1", "Hướng dẫn xây dựng, áp dụng HTQLCL trong cơ quan hành chính", "Chưa xong – tiếp tục hướng dẫn", "Phòng Cải cách hành chính – 30/11/2026"],
                 ["2", "Thu hút chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng", "Không phát sinh", "—"],
                 ["3", "Bồi dưỡng công chức phường, xã về tiêu chuẩn, đo lường, chất lượng", "Đã xong", "—"]])
    P(d, "IV. KIẾN NGHỊ GỬI SỞ KHOA HỌC VÀ CÔNG NGHỆ", bold=True)
    p1 = "Kiến nghị Sở Khoa học và Công nghệ cung cấp tài liệu chuẩn về chuyên đề tiêu chuẩn, đo lường, chất lượng để đưa vào chương trình bồi dưỡng năm 2027."
    P(d, "- " + p1, indent=1, align="j")
    P(d, "Văn phòng Sở thông báo để các phòng biết, thực hiện./.", indent=1)
    sign2(d, [("Nơi nhận:", "bi"), ("- PGĐ Hồ Thị Minh Thư;", ""), ("- Các phòng dự họp;", ""), ("- Lưu: VT.", "")],
          [("TL. GIÁM ĐỐC", "b"), ("CHÁNH VĂN PHÒNG", "b"), ("", ""), ("Võ Hữu Nghĩa", "b")], size=11)
    d.save(os.path.join(OUT, fn))
    key(fn, "SO-NV", "Sở Nội vụ", "402/TB-SNV", "2026-10-26", [
        ("II.2.đ", "in_progress", {"enterprises_supported": 35, "training_courses": 2, "participants": 210}, a1),
        ("II.3.c", "not_applicable", {}, b1),
        ("II.3.a", "completed", {"training_courses": 3, "participants": 265}, c1)], [k1], [p1])

    # ---------------- S1 Văn phòng Sở KH&CN
    fn = "TB 18-VP ket luan giao ban VP thang 10.docx"
    d = new_doc()
    tb_common(d, ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "VĂN PHÒNG"], "Số: 18/TB-VP",
              "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026",
              "Kết luận của Chánh Văn phòng Sở tại cuộc họp giao ban Văn phòng tháng 10/2026 về các nội dung phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
              "Ngày 27/10/2026, Chánh Văn phòng Sở Phùng Thị Lan Anh chủ trì cuộc họp giao ban của Văn phòng Sở Khoa học và Công nghệ, trong đó dành một phần nghe các tổ, "
              "bộ phận báo cáo các nội dung phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Kết luận như sau:")
    P(d, "I. CÁC TỔ, BỘ PHẬN BÁO CÁO", bold=True)
    a1 = ("Phối hợp Chi cục duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở; đã tổ chức đánh giá nội bộ năm 2026 tại các phòng, đơn vị "
          "và khắc phục xong các điểm không phù hợp.")
    division(d, "1. Tổ Tổng hợp – ISO: ", a1)
    b1 = ("Phối hợp Chi cục và Phòng Chuyển đổi số tổng hợp đề xuất cải tiến chức năng Hệ thống thông tin giải quyết thủ tục hành chính của Bộ Khoa học và Công nghệ; "
          "việc kết nối với Cổng thông tin một cửa quốc gia về đăng ký kiểm tra nhà nước đối với hàng hóa nhập khẩu đang chờ Bộ hướng dẫn.")
    division(d, "2. Bộ phận Một cửa: ", b1)
    c1 = ("Đã thẩm định, trình phê duyệt dự toán mua sắm thiết bị cho Trung tâm Dịch vụ Phân tích thí nghiệm; lũy kế giải ngân đến ngày 25/10/2026 đạt 1,85 tỷ đồng.")
    division(d, "3. Tổ Kế toán – Tài vụ: ", c1)
    e1 = "Trong năm, không phát sinh hồ sơ đề nghị khen thưởng người tố giác vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng."
    division(d, "4. Tổ Thi đua – Khen thưởng: ", e1)
    P(d, "II. Ý KIẾN THẢO LUẬN", bold=True)
    k1 = "Thủ tục mua sắm tập trung kéo dài, một số gói thiết bị phải điều chỉnh dự toán."
    P(d, "- Tổ Kế toán – Tài vụ phản ánh: " + k1, indent=1, align="j")
    P(d, "III. KẾT LUẬN CỦA CHÁNH VĂN PHÒNG", bold=True)
    tb_table(d, [["1", "Duy trì HTQLCL theo TCVN ISO 9001:2015 tại Sở", "Đã xong", "Tổ Tổng hợp – ISO"],
                 ["2", "Cải tiến Hệ thống thông tin giải quyết TTHC, kết nối một cửa quốc gia", "Chưa xong (chờ Bộ)", "Bộ phận Một cửa – theo hướng dẫn của Bộ"],
                 ["3", "Giải ngân mua sắm thiết bị cho Trung tâm", "Chưa xong – tiếp tục", "Tổ Kế toán – Tài vụ – 15/12/2026"],
                 ["4", "Khen thưởng người tố giác vi phạm", "Không phát sinh", "—"]])
    P(d, "IV. KIẾN NGHỊ", bold=True)
    p1 = "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng thông báo sớm kế hoạch đánh giá ISO năm 2027 để Văn phòng chủ động bố trí nhân sự."
    P(d, "- " + p1, indent=1, align="j")
    P(d, "Văn phòng Sở thông báo để các tổ, bộ phận biết, thực hiện./.", indent=1)
    sign2(d, [("Nơi nhận:", "bi"), ("- Chi cục TĐC (để tổng hợp);", ""), ("- Các tổ, bộ phận VP;", ""), ("- Lưu: VT.", "")],
          [("CHÁNH VĂN PHÒNG", "b"), ("", ""), ("", ""), ("Phùng Thị Lan Anh", "b")], size=11)
    d.save(os.path.join(OUT, fn))
    key(fn, "SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ", "18/TB-VP", "2026-10-29", [
        ("II.2.đ", "completed", {}, a1),
        ("II.2.h", "in_progress", {}, b1),
        ("II.4.a", "in_progress", {"budget_spent_vnd": 1850000000}, c1),
        ("II.5.d", "not_applicable", {}, e1)], [k1], [p1])

# ================================================================ HAND C
# Chị Phạm Thùy Dung-type Excel minute-keepers: one sheet "theo dõi kết luận giao ban",
# grey merged band row per meeting session, columns
# "STT | Nội dung báo cáo | Người báo cáo | Kết luận | Thời hạn"; the status is inside the
# chair's conclusion prose; second sheet "Y kien thao luan" with a "Loại" column
# (Khó khăn / Kiến nghị).

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GREY = PatternFill("solid", fgColor="D9D9D9")

def xl_tracker(fn, sheet, unit_lines, number, date_line, title, sub, sessions, opinions, signer):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    widths = [6, 58, 24, 42, 16]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDE"[i]].width = w
    for i, t in enumerate(unit_lines):
        ws.cell(row=1 + i, column=1, value=t).font = Font(name="Times New Roman", bold=(i == len(unit_lines) - 1), size=11)
        ws.merge_cells(start_row=1 + i, start_column=1, end_row=1 + i, end_column=2)
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(name="Times New Roman", bold=True, size=11)
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"; ws["D2"].font = Font(name="Times New Roman", bold=True, size=11)
    r = len(unit_lines) + 1
    ws.cell(row=r, column=1, value=number).font = Font(name="Times New Roman", size=11)
    ws.cell(row=r, column=4, value=date_line).font = Font(name="Times New Roman", italic=True, size=11)
    r += 2
    ws.cell(row=r, column=1, value=title).font = Font(name="Times New Roman", bold=True, size=13)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    ws.cell(row=r, column=1).alignment = Alignment(horizontal="center")
    r += 1
    ws.cell(row=r, column=1, value=sub).font = Font(name="Times New Roman", italic=True, size=11)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    ws.cell(row=r, column=1).alignment = Alignment(horizontal="center", wrap_text=True)
    r += 2
    for j, h in enumerate(["STT", "Nội dung báo cáo", "Người báo cáo", "Kết luận", "Thời hạn"]):
        c = ws.cell(row=r, column=1 + j, value=h); c.font = Font(name="Times New Roman", bold=True, size=11)
        c.border = BOX; c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r += 1
    n = 0
    for band, rows in sessions:
        ws.cell(row=r, column=1, value=band).font = Font(name="Times New Roman", bold=True, italic=True, size=11)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        for j in range(1, 6):
            ws.cell(row=r, column=j).fill = GREY; ws.cell(row=r, column=j).border = BOX
        r += 1
        for row in rows:
            n += 1
            vals = [n] + list(row)
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v); c.border = BOX
                c.font = Font(name="Times New Roman", size=11)
                c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if j in (0, 4) else "left")
            r += 1
    r += 1
    ws.cell(row=r, column=4, value="NGƯỜI LẬP BẢNG").font = Font(name="Times New Roman", bold=True, size=11)
    ws.cell(row=r + 4, column=4, value=signer).font = Font(name="Times New Roman", bold=True, size=11)
    ws.page_setup.orientation = "landscape"
    ws2 = wb.create_sheet("Y kien thao luan")
    for i, w in enumerate([6, 16, 22, 70, 12]):
        ws2.column_dimensions["ABCDE"[i]].width = w
    for j, h in enumerate(["STT", "Phiên", "Người nêu", "Ý kiến", "Loại"]):
        c = ws2.cell(row=1, column=1 + j, value=h); c.font = Font(bold=True); c.border = BOX
    for i, (ph, who, txt, kind) in enumerate(opinions):
        for j, v in enumerate([i + 1, ph, who, txt, kind]):
            c = ws2.cell(row=2 + i, column=1 + j, value=v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(os.path.join(OUT, fn))

def hand_c():
    # ---------------- S2 Chi cục TĐC
    fn = "Theo doi KL giao ban - CT38 (Chi cuc TDC).xlsx"
    r1 = "Tập huấn VBQPPL về tiêu chuẩn, đo lường, chất lượng cho doanh nghiệp – đợt 1: đã tổ chức 03 lớp tại Thủ Đức, Thủ Dầu Một, Bà Rịa với 265 lượt học viên."
    r2 = "Hướng dẫn doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia: đã hướng dẫn 14 doanh nghiệp hoàn thiện hồ sơ tham dự."
    r3 = "Đề xuất cải tiến Hệ thống thông tin giải quyết TTHC của Bộ KH&CN; kết nối Cổng thông tin một cửa quốc gia về đăng ký kiểm tra hàng nhập khẩu."
    r4 = "Kiểm tra nhà nước về đo lường, chất lượng: đến 31/8/2026 đã thực hiện 09 cuộc kiểm tra, 132 cơ sở; 17 cơ sở vi phạm; đã tham mưu xử phạt 186.250.000 đồng."
    r5 = "Khảo sát chất lượng sản phẩm, hàng hóa: đã lấy 104 mẫu (xăng dầu 64 mẫu, mũ bảo hiểm 40 mẫu) gửi thử nghiệm; đã có kết quả, chuyển thông tin cho Phòng Kiểm tra – Pháp chế."
    r6 = "Góp ý dự thảo TCVN, QCVN: đã góp ý 11 dự thảo; dự thảo quy chuẩn kỹ thuật địa phương về dịch vụ đo lường đang lấy ý kiến các sở, ngành."
    r7 = "Tập huấn VBQPPL về tiêu chuẩn, đo lường, chất lượng (lũy kế từ đầu năm): 08 lớp/buổi (07 lớp tập huấn và 01 buổi tọa đàm với doanh nghiệp nhập khẩu), 612 lượt học viên."
    r8 = "Hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng (Chương trình 1322, Đề án 996, Đề án 100): đã hỗ trợ 22 doanh nghiệp (năng suất 17, truy xuất nguồn gốc 05)."
    r9 = "Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra: đã kiểm định, hiệu chuẩn 36 phương tiện, thiết bị."
    r10 = "Cử công chức dự hội nghị, hội thảo, khóa tập huấn chuyên ngành do Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia tổ chức: 12 lượt công chức tham dự."
    r11 = "Giải thưởng Chất lượng Quốc gia năm 2026: Hội đồng sơ tuyển đã đánh giá hồ sơ, đang chuẩn bị đánh giá tại doanh nghiệp."
    sessions = [
        ("Phiên giao ban tháng 7/2026 (ngày 08/7/2026) – chủ trì: Chi cục trưởng", [
            (r1, "Phòng Quản lý TC-CL (bà Ngân)", "Ghi nhận. Tiếp tục tổ chức các lớp đợt 2 và tọa đàm với DN nhập khẩu trong Quý III.", "30/9/2026"),
            (r2, "Phòng Quản lý TC-CL (ông Hưng)", "Hoàn thành phần tuyên truyền, vận động. Chuyển sang giai đoạn sơ tuyển.", "—"),
            (r3, "Bộ phận Một cửa (ông Tín)", "Chưa triển khai được do Bộ chưa nâng cấp hệ thống; theo dõi, báo cáo khi có hướng dẫn.", "Theo hướng dẫn của Bộ")]),
        ("Phiên giao ban tháng 9/2026 (ngày 09/9/2026) – chủ trì: Phó Chi cục trưởng Huỳnh Tấn Lộc", [
            (r4, "Phòng Quản lý Đo lường (ông Khoa)", "Tiếp tục thực hiện theo kế hoạch kiểm tra năm; tập trung xăng dầu, vàng trang sức dịp cuối năm.", "31/12/2026"),
            (r5, "Phòng Quản lý TC-CL (bà Ngân)", "Hoàn thành. Giao Phòng dự thảo thông tin cảnh báo người tiêu dùng.", "15/10/2026"),
            (r6, "Phòng Quản lý TC-CL (ông Hưng)", "Đang thực hiện; hoàn thiện hồ sơ QCĐP trình Sở trong Quý IV.", "Quý IV/2026")]),
        ("Phiên giao ban tháng 10/2026 (ngày 14/10/2026) – chủ trì: Chi cục trưởng", [
            (r7, "Phòng Quản lý TC-CL (bà Ngân)", "Đã hoàn thành kế hoạch năm.", "—"),
            (r8, "Phòng Quản lý TC-CL (ông Hưng)", "Đang triển khai, tập trung hoàn thành trong Quý IV.", "15/12/2026"),
            (r9, "Phòng Quản lý Đo lường (ông Khoa)", "Hoàn thành.", "—"),
            (r10, "Tổ chức – Hành chính (bà Mai)", "Tiếp tục cử người theo thư mời.", "Thường xuyên"),
            (r11, "Phòng Quản lý TC-CL (ông Hưng)", "Tiếp tục thực hiện theo kế hoạch của Ủy ban TĐC Quốc gia.", "Quý IV/2026")])]
    k1 = "Thời gian trả kết quả thử nghiệm mẫu xăng dầu kéo dài, ảnh hưởng tiến độ xử lý vi phạm."
    k2 = "Nhiều doanh nghiệp nhỏ chưa mặn mà tham gia các lớp tập huấn, tỷ lệ đăng ký thấp ở khu vực Bình Dương (cũ) và Bà Rịa - Vũng Tàu (cũ)."
    p1 = "Kiến nghị Sở bổ sung kinh phí hỗ trợ doanh nghiệp áp dụng truy xuất nguồn gốc trong năm 2027."
    p2 = "Đề nghị Sở giao Trung tâm Dịch vụ Phân tích thí nghiệm ưu tiên thử nghiệm mẫu phục vụ kiểm tra."
    xl_tracker(fn, "TheoDoi_KL", ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TP. HỒ CHÍ MINH", "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG"],
               "Số: 245/BC-CCTĐC", "TP. Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
               "BẢNG THEO DÕI NỘI DUNG BÁO CÁO VÀ KẾT LUẬN TẠI CÁC PHIÊN GIAO BAN",
               "Chuyên đề: thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 – Đơn vị: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
               sessions,
               [("09/9", "ông Khoa", k1, "Khó khăn"), ("14/10", "bà Ngân", k2, "Khó khăn"),
                ("14/10", "ông Hưng", p1, "Kiến nghị"), ("14/10", "ông Khoa", p2, "Kiến nghị")],
               "Phạm Thùy Dung")
    key(fn, "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "245/BC-CCTĐC", "2026-10-28", [
        ("II.1.a", "completed", {"training_courses": 8, "participants": 612}, r7),
        ("II.1.b", "completed", {"enterprises_supported": 14}, r2),
        ("II.2.h", "not_started", {}, r3),
        ("II.5.a", "in_progress", {"inspections": 9, "establishments_inspected": 132, "violations": 17, "fines_vnd": 186250000}, r4),
        ("II.5.b", "completed", {"samples_tested": 104}, r5),
        ("II.2.e", "in_progress", {"standards_reviewed": 11}, r6),
        ("II.2.a", "in_progress", {"enterprises_supported": 22}, r8),
        ("II.4.b", "completed", {"instruments_verified": 36}, r9),
        ("II.3.a", "in_progress", {"participants": 12}, r10),
        ("II.2.b", "in_progress", {}, r11)], [k1, k2], [p1, p2])

    # ---------------- S3 Trung tâm PTTN (re-saved through LibreOffice later)
    fn = "TT PTTN - bang theo doi ket luan giao ban Q3-T10.xlsx"
    q1 = "Đầu tư trang thiết bị phòng thử nghiệm (dự án nâng cao năng lực): lũy kế giải ngân 3,2 tỷ đồng/dự toán 5,6 tỷ đồng."
    q2 = "Duy trì chuẩn đo lường: đã hiệu chuẩn liên kết 12 chuẩn chính lên chuẩn quốc gia."
    q3 = "Dịch vụ kiểm định, hiệu chuẩn, thử nghiệm: 9 tháng kiểm định, hiệu chuẩn 18.450 phương tiện đo; mở rộng thêm 2 lĩnh vực thử nghiệm (điện – điện tử, vật liệu xây dựng)."
    q4 = "Thử nghiệm mẫu phục vụ khảo sát chất lượng của Chi cục TĐC: đã thử nghiệm xong 104 mẫu, trả kết quả."
    q5 = "Tham gia góp ý dự thảo TCVN về phương pháp thử: 03 dự thảo."
    sessions = [
        ("Giao ban Quý III/2026 (ngày 05/10/2026)", [
            (q1, "Phòng Kế hoạch – Tài chính (ông Phát)", "Chưa xong; đẩy nhanh giải ngân phần còn lại.", "15/12/2026"),
            (q2, "Phòng Đo lường (bà Thảo)", "Đạt yêu cầu, hoàn thành đợt liên kết chuẩn năm 2026.", "—"),
            (q3, "Phòng Đo lường (bà Thảo)", "Tiếp tục duy trì, mở rộng dịch vụ.", "Thường xuyên")]),
        ("Giao ban tháng 10/2026 (ngày 21/10/2026)", [
            (q4, "Phòng Hóa (ông Đạt)", "Hoàn thành.", "—"),
            (q5, "Phòng Hóa (ông Đạt)", "Hoàn thành.", "—")])]
    k1 = "Một số thiết bị đặt hàng nhập khẩu giao chậm so với hợp đồng."
    p1 = "Đề nghị Sở bố trí bổ sung biên chế kỹ thuật viên cho Phòng Đo lường."
    xl_tracker(fn, "GB-T10", ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH"],
               "Số: 512/BC-TTPTTN", "TP. Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
               "BẢNG THEO DÕI KẾT LUẬN GIAO BAN – NỘI DUNG KẾ HOẠCH CT38/2026",
               "(Trích các nội dung liên quan Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026)",
               sessions, [("05/10", "ông Phát", k1, "Khó khăn"), ("21/10", "bà Thảo", p1, "Kiến nghị")], "Phạm Thùy Dung")
    key(fn, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "512/BC-TTPTTN", "2026-10-27", [
        ("II.4.a", "in_progress", {"budget_spent_vnd": 3200000000}, q1),
        ("II.4.c", "completed", {"instruments_verified": 12}, q2),
        ("II.2.g", "in_progress", {"instruments_verified": 18450}, q3),
        ("II.5.b", "completed", {"samples_tested": 104}, q4),
        ("II.2.e", "completed", {"standards_reviewed": 3}, q5)], [k1], [p1])

    # ---------------- W5 Phường Lái Thiêu
    fn = "Giao ban T9-T10 phuong Lai Thieu (CT38).xlsx"
    w1 = "Phối hợp kiểm tra đo lường, ghi nhãn tại chợ Lái Thiêu: 02 cuộc, 16 hộ kinh doanh được kiểm tra; 03 hộ vi phạm; phạt 4.500.000 đ."
    w2 = "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng: 05 tin bài trên trang thông tin điện tử phường."
    w3 = "Duy trì Hệ thống quản lý chất lượng ISO 9001:2015 của UBND phường."
    w4 = "Cử công chức dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng."
    sessions = [
        ("Giao ban UBND phường tháng 9 (ngày 28/9/2026)", [
            (w1, "Phòng Kinh tế – đ/c Thanh", "Xong đợt kiểm tra năm 2026.", "—"),
            (w2, "Phòng VH-XH – đ/c Duyên", "Tiếp tục tuyên truyền.", "Thường xuyên")]),
        ("Giao ban UBND phường tháng 10 (ngày 26/10/2026)", [
            (w3, "VP HĐND-UBND – đ/c Quân", "Đã hoàn thành đánh giá nội bộ.", "—"),
            (w4, "Phòng Kinh tế – đ/c Thanh", "Chưa thực hiện; chờ lịch của Chi cục.", "Quý IV/2026")])]
    k1 = "Phường chưa có cân đối chứng, tiểu thương phải tự kiểm tra bằng cân của Ban quản lý chợ."
    p1 = "Đề nghị Chi cục TĐC hướng dẫn thủ tục đăng ký kiểm định cân tại chợ cho hộ kinh doanh."
    xl_tracker(fn, "Giao ban T10", ["ỦY BAN NHÂN DÂN", "PHƯỜNG LÁI THIÊU"], "Số: 226/BC-UBND", "Lái Thiêu, ngày 31 tháng 10 năm 2026",
               "THEO DÕI KẾT LUẬN GIAO BAN VỀ KẾ HOẠCH CT38 NĂM 2026",
               "(Gửi Sở Khoa học và Công nghệ qua Chi cục Tiêu chuẩn Đo lường Chất lượng)",
               sessions, [("28/9", "đ/c Thanh", k1, "Khó khăn"), ("26/10", "đ/c Thanh", p1, "Kiến nghị")], "Nguyễn Thị Mỹ Duyên")
    key(fn, "25966", "Phường Lái Thiêu", "226/BC-UBND", "2026-10-31", [
        ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 16, "violations": 3, "fines_vnd": 4500000}, w1),
        ("II.1.a", "in_progress", {"communications": 5}, w2),
        ("II.2.đ", "completed", {}, w3),
        ("II.3.a", "not_started", {}, w4)], [k1], [p1])

    # ---------------- D4 Sở Tư pháp (MISTAKEN: cải cách hành chính)
    fn = "STP - theo doi KL giao ban CCHC quy III.xlsx"
    sessions = [
        ("Giao ban CCHC tháng 7/2026 (ngày 10/7/2026)", [
            ("Tỷ lệ hồ sơ TTHC giải quyết đúng hạn 6 tháng: 98,7%; tiếp nhận 41.236 hồ sơ lý lịch tư pháp.", "Phòng Hành chính tư pháp (bà Hạnh)", "Đạt chỉ tiêu; tiếp tục duy trì.", "Thường xuyên"),
            ("Rà soát, đề xuất đơn giản hóa 12 TTHC lĩnh vực hộ tịch, chứng thực.", "Phòng Kiểm soát TTHC (ông Sơn)", "Hoàn thành; trình UBND TP.", "31/7/2026")]),
        ("Giao ban CCHC tháng 9/2026 (ngày 18/9/2026)", [
            ("Chỉ số PAR INDEX 2025 của Sở xếp thứ 4/21 sở, ngành; xây dựng kế hoạch khắc phục tiêu chí bị trừ điểm.", "Văn phòng Sở (ông Lợi)", "Đang thực hiện.", "30/11/2026"),
            ("Số hóa kết quả giải quyết TTHC: 27.504 hồ sơ.", "Trung tâm Lý lịch tư pháp (bà Vy)", "Tiếp tục số hóa.", "31/12/2026")])]
    xl_tracker(fn, "KL giao ban", ["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ TƯ PHÁP"], "Số: 1530/BC-STP", "Thành phố Hồ Chí Minh, ngày 21 tháng 10 năm 2026",
               "BẢNG THEO DÕI KẾT LUẬN GIAO BAN – CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ III/2026",
               "(Báo cáo kết quả thực hiện Kế hoạch cải cách hành chính năm 2026)",
               sessions, [("18/9", "ông Lợi", "Phần mềm một cửa chưa liên thông dữ liệu hộ tịch với cơ sở dữ liệu dân cư.", "Khó khăn"),
                          ("18/9", "bà Hạnh", "Đề nghị bổ sung 05 biên chế cho bộ phận tiếp nhận hồ sơ.", "Kiến nghị")], "Đoàn Minh Tâm")
    key(fn, "SO-TP", "Sở Tư pháp", "1530/BC-STP", "2026-10-21", [], [], [],
        status="rejected", reason="Bảng theo dõi kết luận giao ban về cải cách hành chính quý III/2026, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")

# ================================================================ HAND D
# Ông Huỳnh Tấn Lộc-type two-party working-session records: "BẢN GHI NHỚ" between the
# reporting unit and the Chi cục's delegation; "chúng tôi gồm: A. Đại diện … B. Đại diện …";
# the unit's statement (figures) and "hai bên thống nhất" (statuses) are separate parts;
# vướng mắc / kiến nghị of the unit at the end; "lập thành 02 bản, mỗi bên giữ 01 bản";
# in Excel the same as a 5-column "Nội dung trao đổi | X trình bày | Ý kiến Chi cục | Hai bên thống nhất".

def hand_d():
    # ---------------- D5 Sở Xây dựng
    fn = "Ban ghi nho lam viec voi Chi cuc TDC - SXD.docx"
    d = new_doc()
    header(d, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ XÂY DỰNG"], "Thành phố Hồ Chí Minh, ngày 19 tháng 10 năm 2026", "Số: 07/GN-SXD")
    P(d)
    P(d, "BẢN GHI NHỚ", bold=True, align="c", size=14)
    P(d, "Buổi làm việc giữa Sở Xây dựng và Chi cục Tiêu chuẩn Đo lường Chất lượng về kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    P(d, "Hôm nay, vào lúc 14 giờ 00 ngày 19 tháng 10 năm 2026, tại Phòng họp tầng 3, Sở Xây dựng, chúng tôi gồm:", indent=1, align="j")
    P(d, "A. ĐẠI DIỆN SỞ XÂY DỰNG:", bold=True)
    for x in ["- Ông Vũ Đình Nam – Phó Giám đốc Sở;", "- Bà Hà Thị Tuyết – Trưởng phòng Quản lý vật liệu xây dựng;", "- Ông Tạ Quang Minh – Phó Chánh Thanh tra Sở."]:
        P(d, x, indent=1)
    P(d, "B. ĐẠI DIỆN CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG:", bold=True)
    for x in ["- Ông Huỳnh Tấn Lộc – Phó Chi cục trưởng;", "- Bà Đoàn Thị Mai – chuyên viên."]:
        P(d, x, indent=1)
    P(d, "Hai bên đã trao đổi và thống nhất ghi nhớ các nội dung như sau:", indent=1)
    P(d, "I. PHÍA SỞ XÂY DỰNG TRÌNH BÀY", bold=True)
    a1 = ("1) Về góp ý quy chuẩn: Sở đã góp ý 4 dự thảo QCVN về sản phẩm, hàng hóa vật liệu xây dựng (xi măng, kính xây dựng, gạch ốp lát, thép) "
          "theo đề nghị của Bộ Xây dựng.")
    a2 = ("2) Về kiểm tra chất lượng vật liệu xây dựng lưu thông: Thanh tra Sở chủ trì 3 cuộc kiểm tra tại 19 cơ sở kinh doanh vật liệu xây dựng; "
          "2 cơ sở vi phạm về nhãn hàng hóa và dấu hợp quy, xử phạt 25.000.000 đồng.")
    a3 = "3) Về khảo sát chất lượng: Phòng Quản lý vật liệu xây dựng lấy 20 mẫu thép, xi măng để khảo sát; đến nay đã có kết quả 12 mẫu."
    a4 = "4) Về đào tạo: Sở cử 6 công chức tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức."
    for x in (a1, a2, a3, a4):
        P(d, x, indent=1, align="j")
    P(d, "II. PHÍA CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TRAO ĐỔI", bold=True)
    P(d, "Chi cục ghi nhận các kết quả Sở Xây dựng đã thực hiện; đề nghị Sở tiếp tục phối hợp kiểm tra chất lượng vật liệu xây dựng nhóm 2 và chia sẻ kết quả thử nghiệm mẫu để tổng hợp báo cáo Sở Khoa học và Công nghệ.", indent=1, align="j")
    P(d, "III. NỘI DUNG HAI BÊN THỐNG NHẤT", bold=True)
    for x in ["- Nội dung góp ý QCVN: Sở Xây dựng đã thực hiện xong.",
              "- Nội dung kiểm tra vật liệu xây dựng: đang tiếp tục thực hiện, hai bên phối hợp thêm một đợt kiểm tra trong tháng 12/2026.",
              "- Nội dung khảo sát chất lượng: đang thực hiện, Sở Xây dựng gửi kết quả cho Chi cục khi có đủ.",
              "- Nội dung cử công chức tập huấn: đã xong."]:
        P(d, x, indent=1, align="j")
    P(d, "IV. VƯỚNG MẮC VÀ KIẾN NGHỊ CỦA SỞ XÂY DỰNG", bold=True)
    k1 = "Danh mục sản phẩm, hàng hóa vật liệu xây dựng nhóm 2 thay đổi, cơ sở kinh doanh chưa cập nhật kịp."
    k2 = "Chi phí thử nghiệm mẫu vật liệu xây dựng cao, Sở chưa có nguồn kinh phí riêng."
    p1 = "Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức tập huấn về ghi nhãn, dấu hợp quy cho cơ sở kinh doanh vật liệu xây dựng."
    P(d, "Vướng mắc:", italic=True, indent=1)
    P(d, "- " + k1, indent=1); P(d, "- " + k2, indent=1)
    P(d, "Kiến nghị:", italic=True, indent=1)
    P(d, "- " + p1, indent=1, align="j")
    P(d, "Buổi làm việc kết thúc lúc 16 giờ 30 cùng ngày. Bản ghi nhớ được lập thành 02 bản có giá trị như nhau, mỗi bên giữ 01 bản./.", indent=1, align="j")
    sign2(d, [("ĐẠI DIỆN SỞ XÂY DỰNG", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("Vũ Đình Nam", "b")],
          [("ĐẠI DIỆN CHI CỤC TĐC", "b"), ("PHÓ CHI CỤC TRƯỞNG", "b"), ("", ""), ("", ""), ("Huỳnh Tấn Lộc", "b")])
    d.save(os.path.join(OUT, fn))
    key(fn, "SO-XD", "Sở Xây dựng", "07/GN-SXD", "2026-10-19", [
        ("II.2.e", "completed", {"standards_reviewed": 4}, a1),
        ("II.5.a", "in_progress", {"inspections": 3, "establishments_inspected": 19, "violations": 2, "fines_vnd": 25000000}, a2),
        ("II.5.b", "in_progress", {"samples_tested": 20}, a3),
        ("II.3.a", "completed", {"participants": 6}, a4)], [k1, k2], [p1])

    # ---------------- S4 Phòng Kiểm tra – Pháp chế
    fn = "GN 09 - KTPC va Chi cuc TDC.docx"
    d = new_doc()
    header(d, ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ"], "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026", "Số: 09/GN-KTPC")
    P(d)
    P(d, "BẢN GHI NHỚ", bold=True, align="c", size=14)
    P(d, "Cuộc làm việc giữa Phòng Kiểm tra – Pháp chế và Chi cục Tiêu chuẩn Đo lường Chất lượng về phối hợp thực hiện các nhiệm vụ được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    P(d, "Hôm nay, ngày 28 tháng 10 năm 2026, tại Phòng họp số 1, Sở Khoa học và Công nghệ, chúng tôi gồm:", indent=1)
    P(d, "A. ĐẠI DIỆN PHÒNG KIỂM TRA – PHÁP CHẾ:", bold=True)
    P(d, "- Bà Nguyễn Thị Thanh Xuân – Trưởng phòng;", indent=1)
    P(d, "- Ông Lâm Gia Bảo – chuyên viên.", indent=1)
    P(d, "B. ĐẠI DIỆN CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG:", bold=True)
    P(d, "- Ông Huỳnh Tấn Lộc – Phó Chi cục trưởng.", indent=1)
    P(d, "Hai bên thống nhất ghi nhớ như sau:", indent=1)
    P(d, "I. PHÍA PHÒNG KIỂM TRA – PHÁP CHẾ TRÌNH BÀY", bold=True)
    a1 = "1) Phối hợp kiểm tra: Phòng cử công chức tham gia 4 đoàn kiểm tra liên ngành với Chi cục, kiểm tra 37 cơ sở sản xuất, kinh doanh xăng dầu, vàng trang sức, đồ chơi trẻ em."
    a2 = ("2) Xử lý vi phạm: Phòng đã thẩm định, tham mưu Giám đốc Sở ban hành quyết định xử phạt vi phạm hành chính về tiêu chuẩn, đo lường, chất lượng "
          "với tổng số tiền 96.500.000 đồng. Trong năm không tiếp nhận đơn tố giác nào.")
    a3 = ("3) Hướng dẫn phường, xã: phối hợp Chi cục tổ chức 3 hội nghị trực tuyến giải đáp vướng mắc về thẩm quyền xử phạt cho công chức phường, xã, đặc khu, "
          "với 168 lượt người tham dự.")
    a4 = "4) Góp ý văn bản: Phòng góp ý dự thảo Nghị định sửa đổi quy định xử phạt vi phạm hành chính lĩnh vực tiêu chuẩn, đo lường, chất lượng theo đề nghị của Bộ."
    a5 = "5) Phương tiện, thiết bị kỹ thuật nghiệp vụ: trong năm Chi cục chưa đề nghị Phòng phối hợp rà soát."
    for x in (a1, a2, a3, a4, a5):
        P(d, x, indent=1, align="j")
    P(d, "II. PHÍA CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TRAO ĐỔI", bold=True)
    P(d, "Chi cục thống nhất với số liệu Phòng trình bày; đề nghị Phòng tiếp tục cử công chức tham gia các đoàn kiểm tra cuối năm.", indent=1, align="j")
    P(d, "III. NỘI DUNG HAI BÊN THỐNG NHẤT", bold=True)
    for x in ["- Việc phối hợp kiểm tra: đang thực hiện, tiếp tục theo kế hoạch kiểm tra cuối năm.",
              "- Việc thẩm định, xử lý vi phạm: đã thực hiện đầy đủ, hoàn thành.",
              "- Việc hướng dẫn phường, xã: đang thực hiện.",
              "- Việc góp ý dự thảo Nghị định: đã xong.",
              "- Việc rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ: không phát sinh."]:
        P(d, x, indent=1)
    P(d, "IV. VƯỚNG MẮC VÀ KIẾN NGHỊ CỦA PHÒNG KIỂM TRA – PHÁP CHẾ", bold=True)
    k1 = "Một số phường, xã chưa nắm rõ thẩm quyền xử phạt sau khi thực hiện chính quyền địa phương hai cấp."
    p1 = "Đề nghị Lãnh đạo Sở ban hành quy chế phối hợp giữa Phòng Kiểm tra – Pháp chế và Chi cục trong kiểm tra, xử lý vi phạm."
    P(d, "Vướng mắc:", italic=True, indent=1); P(d, "- " + k1, indent=1)
    P(d, "Kiến nghị:", italic=True, indent=1); P(d, "- " + p1, indent=1)
    P(d, "Bản ghi nhớ được lập thành 02 bản, mỗi bên giữ 01 bản./.", indent=1)
    sign2(d, [("ĐẠI DIỆN PHÒNG KIỂM TRA – PHÁP CHẾ", "b"), ("TRƯỞNG PHÒNG", "b"), ("", ""), ("Nguyễn Thị Thanh Xuân", "b")],
          [("ĐẠI DIỆN CHI CỤC TĐC", "b"), ("PHÓ CHI CỤC TRƯỞNG", "b"), ("", ""), ("Huỳnh Tấn Lộc", "b")])
    d.save(os.path.join(OUT, fn))
    key(fn, "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "09/GN-KTPC", "2026-10-28", [
        ("II.5.a", "in_progress", {"inspections": 4, "establishments_inspected": 37}, a1),
        ("II.5.d", "completed", {"fines_vnd": 96500000}, a2),
        ("II.5.c", "in_progress", {"training_courses": 3, "participants": 168}, a3),
        ("II.2.c", "completed", {}, a4),
        ("II.4.b", "not_applicable", {}, a5)], [k1], [p1])

    # ---------------- D6 Sở NN&MT (xlsx)  and  S5 Phòng CĐS (xlsx)
    def gn_xlsx(fn, sheet, left, number, date_line, title, party_a, party_b, colA, rows, diffs, props, signA, signB):
        wb = Workbook(); ws = wb.active; ws.title = sheet
        for i, w in enumerate([5, 26, 44, 30, 30]):
            ws.column_dimensions["ABCDE"[i]].width = w
        F = lambda **k: Font(name="Times New Roman", size=11, **k)
        for i, t in enumerate(left):
            ws.cell(row=1 + i, column=1, value=t).font = F(bold=True)
            ws.merge_cells(start_row=1 + i, start_column=1, end_row=1 + i, end_column=2)
        ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = F(bold=True)
        ws["D2"] = "Độc lập - Tự do - Hạnh phúc"; ws["D2"].font = F(bold=True)
        r = len(left) + 1
        ws.cell(row=r, column=1, value=number).font = F()
        ws.cell(row=r, column=4, value=date_line).font = F(italic=True)
        r += 2
        for t, b in [("BẢN GHI NHỚ", True), (title, True)]:
            ws.cell(row=r, column=1, value=t).font = F(bold=b)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            ws.cell(row=r, column=1).alignment = Alignment(horizontal="center", wrap_text=True)
            r += 1
        r += 1
        for t in (party_a, party_b):
            ws.cell(row=r, column=1, value=t).font = F()
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True)
            ws.row_dimensions[r].height = 30
            r += 1
        r += 1
        for j, h in enumerate(["TT", "Nội dung trao đổi", colA, "Ý kiến Chi cục TĐC", "Hai bên thống nhất"]):
            c = ws.cell(row=r, column=1 + j, value=h); c.font = F(bold=True); c.border = BOX; c.fill = GREY
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        r += 1
        for i, row in enumerate(rows):
            for j, v in enumerate([i + 1] + list(row)):
                c = ws.cell(row=r, column=1 + j, value=v); c.border = BOX; c.font = F()
                c.alignment = Alignment(wrap_text=True, vertical="top")
            r += 1
        r += 1
        for lab, items in (("Vướng mắc:", diffs), ("Kiến nghị:", props)):
            ws.cell(row=r, column=2, value=lab).font = F(bold=True, italic=True)
            for it in items:
                ws.cell(row=r, column=3, value="- " + it).font = F()
                ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
                ws.cell(row=r, column=3).alignment = Alignment(wrap_text=True)
                r += 1
        r += 1
        ws.cell(row=r, column=1, value="Bản ghi nhớ được lập thành 02 bản, mỗi bên giữ 01 bản.").font = F(italic=True)
        r += 2
        ws.cell(row=r, column=2, value=signA[0]).font = F(bold=True); ws.cell(row=r, column=4, value=signB[0]).font = F(bold=True)
        ws.cell(row=r + 4, column=2, value=signA[1]).font = F(bold=True); ws.cell(row=r + 4, column=4, value=signB[1]).font = F(bold=True)
        wb.save(os.path.join(OUT, fn))

    fn = "GN lam viec SNNMT - Chi cuc TDC (CT38).xlsx"
    n1 = "Đã hỗ trợ 46 cơ sở, hợp tác xã cấp mã số vùng trồng, mã số cơ sở đóng gói và áp dụng tem truy xuất nguồn gốc."
    n2 = "Góp ý 5 dự thảo QCVN (phân bón, thức ăn chăn nuôi, giống cây trồng) theo đề nghị của Bộ Nông nghiệp và Môi trường."
    n3 = "Kiểm tra vật tư nông nghiệp: 7 cuộc; 58 cơ sở; 9 cơ sở vi phạm; phạt 112,5 triệu đồng."
    n4 = "Lấy 85 mẫu phân bón, thuốc bảo vệ thực vật để thử nghiệm, khảo sát chất lượng."
    rows = [("Truy xuất nguồn gốc nông sản, thực phẩm", n1, "Đề nghị chia sẻ dữ liệu để cập nhật lên hệ thống truy xuất nguồn gốc của Thành phố.", "Đang thực hiện, tiếp tục đến hết năm 2026."),
            ("Góp ý quy chuẩn kỹ thuật quốc gia", n2, "Ghi nhận.", "Đã hoàn thành."),
            ("Kiểm tra chất lượng phân bón, thuốc BVTV, thức ăn chăn nuôi", n3, "Đề nghị phối hợp kiểm tra đo lường tại cơ sở kinh doanh phân bón.", "Đang tiếp tục kiểm tra theo kế hoạch."),
            ("Khảo sát chất lượng vật tư nông nghiệp", n4, "—", "Đã xong.")]
    k1 = "Cơ sở dữ liệu truy xuất nguồn gốc của ngành nông nghiệp và của Thành phố chưa được kết nối."
    p1 = "Đề nghị Sở Khoa học và Công nghệ hướng dẫn kết nối dữ liệu truy xuất nguồn gốc giữa hai hệ thống."
    gn_xlsx(fn, "Ghi nho", ["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"], "Số: 1412/GN-SNNMT",
            "Thành phố Hồ Chí Minh, ngày 24 tháng 10 năm 2026",
            "Buổi làm việc giữa Sở Nông nghiệp và Môi trường và Chi cục Tiêu chuẩn Đo lường Chất lượng về kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
            "A. Phía Sở Nông nghiệp và Môi trường: ông Trần Văn Hậu – Phó Giám đốc Sở; bà Lưu Ngọc Diệp – Phó Chi cục trưởng Chi cục Trồng trọt và Bảo vệ thực vật.",
            "B. Phía Chi cục Tiêu chuẩn Đo lường Chất lượng: ông Huỳnh Tấn Lộc – Phó Chi cục trưởng; bà Đoàn Thị Mai – chuyên viên.",
            "Sở NN&MT trình bày", rows, [k1], [p1],
            ("ĐẠI DIỆN SỞ NN&MT", "Trần Văn Hậu"), ("ĐẠI DIỆN CHI CỤC TĐC", "Huỳnh Tấn Lộc"))
    key(fn, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "1412/GN-SNNMT", "2026-10-24", [
        ("II.2.a", "in_progress", {"enterprises_supported": 46}, n1),
        ("II.2.e", "completed", {"standards_reviewed": 5}, n2),
        ("II.5.a", "in_progress", {"inspections": 7, "establishments_inspected": 58, "violations": 9, "fines_vnd": 112500000}, n3),
        ("II.5.b", "completed", {"samples_tested": 85}, n4)], [k1], [p1])

    fn = "Ghi nho Phong CDS - Chi cuc (KH38).xlsx"
    c1 = "Đã rà soát luồng dữ liệu, gửi Bộ các kiến nghị kỹ thuật về cải tiến Hệ thống thông tin giải quyết TTHC và kết nối Cổng một cửa quốc gia; chờ Bộ mở giao diện kết nối."
    c2 = "Đã cấp tài khoản, kết nối thử nghiệm giữa hệ thống của Sở và cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng."
    c3 = "Đăng 10 tin, bài về tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử Sở."
    rows = [("Cải tiến Hệ thống thông tin giải quyết TTHC; kết nối một cửa quốc gia", c1, "Cử đầu mối cùng kiểm thử.", "Đang thực hiện."),
            ("Kết nối cơ sở dữ liệu quốc gia về TĐC", c2, "Đề nghị bàn giao tài khoản cho Chi cục.", "Đang thực hiện; vận hành chính thức từ tháng 12/2026."),
            ("Tuyên truyền trên Cổng thông tin điện tử Sở", c3, "Ghi nhận.", "Đã xong.")]
    k1 = "Hệ thống của Bộ chưa công bố chuẩn kết nối chính thức."
    p1 = "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cử đầu mối nghiệp vụ thường trực phối hợp kiểm thử."
    gn_xlsx(fn, "GhiNho_CDS", ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG CHUYỂN ĐỔI SỐ"], "Số: 21/GN-CĐS",
            "TP. Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
            "Cuộc làm việc giữa Phòng Chuyển đổi số và Chi cục Tiêu chuẩn Đo lường Chất lượng về các nhiệm vụ phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
            "A. Phía Phòng Chuyển đổi số: ông Quách Minh Nhật – Trưởng phòng; ông Kha Vĩnh Phú – chuyên viên.",
            "B. Phía Chi cục Tiêu chuẩn Đo lường Chất lượng: ông Huỳnh Tấn Lộc – Phó Chi cục trưởng.",
            "Phòng CĐS trình bày", rows, [k1], [p1],
            ("ĐẠI DIỆN PHÒNG CĐS", "Quách Minh Nhật"), ("ĐẠI DIỆN CHI CỤC TĐC", "Huỳnh Tấn Lộc"))
    key(fn, "SKHCN-CDS", "Phòng Chuyển đổi số", "21/GN-CĐS", "2026-10-30", [
        ("II.2.h", "in_progress", {}, c1),
        ("II.2.i", "in_progress", {}, c2),
        ("II.1.a", "completed", {"communications": 10}, c3)], [k1], [p1])

if __name__ == "__main__":
    hand_a(); hand_b(); hand_c(); hand_d()
    with open(os.path.join(OUT, "truth_draft.json"), "w", encoding="utf-8") as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=1)
    print(len(KEYS), "files")
