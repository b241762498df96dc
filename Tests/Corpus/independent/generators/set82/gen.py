# -*- coding: utf-8 -*-
"""Generator for set82: 17 progress reports in 4 hands + answer keys."""
import hashlib, json, os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
                       unit={"id": unit_id, "name": unit_name},
                       document={"number": number, "date": date},
                       entries=[dict(task=t, status=s, indicators=i, text=x) for (t, s, i, x) in entries],
                       findings=[], difficulties=diffs, proposals=props)


# ---------------------------------------------------------------- docx helpers
def base_doc(font="Times New Roman", size=13, landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is not None:
        for a in ("w:eastAsia", "w:cs"):
            rf.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}' + a.split(':')[1], font)
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    else:
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = Cm(3 if not landscape else 2)
    sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(2)
    return d


def para(d, text="", bold=False, italic=False, align=None, size=None, indent=True, space=3, underline=False):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j" or align is None:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align is None:
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(space)
    return p


def runs(d, parts, indent=True):
    """parts: list of (text, 'b'/'i'/'bi'/'')"""
    p = d.add_paragraph()
    for t, f in parts:
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    return p


def cell_text(c, lines, bold=False, italic=False, align=None, size=None):
    c.text = ""
    p = c.paragraphs[0]
    first = True
    for ln in lines if isinstance(lines, list) else [lines]:
        if not first:
            p = c.add_paragraph()
        first = False
        r = p.add_run(ln)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def nd30_header(d, left_lines, number, place_date, size=13):
    t = d.add_table(rows=2, cols=2)
    t.autofit = False
    for row in t.rows:
        row.cells[0].width, row.cells[1].width = Cm(6.5), Cm(9.5)
    cell_text(t.cell(0, 0), left_lines[:-1], align="c", size=size)
    p = t.cell(0, 0).add_paragraph()
    r = p.add_run(left_lines[-1]); r.bold = True; r.font.size = Pt(size)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cell_text(t.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], bold=True, align="c", size=size - 1)
    p = t.cell(0, 1).add_paragraph()
    r = p.add_run("Độc lập - Tự do - Hạnh phúc"); r.bold = True; r.font.size = Pt(size)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cell_text(t.cell(1, 0), number, align="c", size=size)
    cell_text(t.cell(1, 1), place_date, italic=True, align="c", size=size)
    return t


def grid(t):
    t.style = "Table Grid"


def signature(d, left, right, name):
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    c0.text = ""
    p = c0.paragraphs[0]
    r = p.add_run("Nơi nhận:"); r.bold = True; r.italic = True; r.font.size = Pt(12)
    for ln in left:
        q = c0.add_paragraph(); rr = q.add_run(ln); rr.font.size = Pt(11)
    cell_text(c1, right, bold=True, align="c")
    for _ in range(3):
        c1.add_paragraph()
    q = c1.add_paragraph(); rr = q.add_run(name); rr.bold = True
    q.alignment = WD_ALIGN_PARAGRAPH.CENTER


def bullets(d, items, mark="- "):
    for it in items:
        para(d, mark + it)


# =========================================================== HAND 1 (Thủy)
# ward economy officer: "a)" bold topic headings in the ward's own words, figures
# given by listing the places by name and then "tổng cộng NN …", each topic closed
# by the line "Nội dung này được đánh giá: …" (lower-case status after the colon).

def hand1(fname, unit_id, unit_name, upper, number, date_iso, date_line, intro, topics, diffs, props, signer, extra_entries=()):
    d = base_doc()
    nd30_header(d, [upper, unit_name.upper()], "Số: " + number, date_line)
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", space=0)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c")
    para(d, "―――――", align="c")
    para(d, intro)
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False, align="j")
    entries = []
    for (head, body, verdict, task, status, ind) in topics:
        para(d, head, bold=True, align="j")
        for b in body:
            para(d, b)
        if verdict:
            runs(d, [("Nội dung này được đánh giá: ", "i"), (verdict, "")])
        entries.append((task, status, ind, " ".join(body)))
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False, align="j")
    bullets(d, diffs)
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False, align="j")
    bullets(d, props)
    para(d, "Trên đây là báo cáo của Ủy ban nhân dân " + unit_name.split(" ", 1)[0].lower() + " " + unit_name.split(" ", 1)[1] + " về kết quả thực hiện Kế hoạch năm 2026./.")
    signature(d, ["- Sở Khoa học và Công nghệ;", "- Chi cục TĐC;", "- TT Đảng ủy, TT HĐND;", "- Lưu: VT, KT."],
              ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer)
    d.save(os.path.join(OUT, fname))
    return entries


def build_h1():
    # 1. Phường Bình Thạnh
    topics = [
        ("a) Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên địa bàn phường",
         ["Phường đã phối hợp Mặt trận Tổ quốc phường và Ban điều hành các khu phố tuyên truyền về Chỉ thị số 38-CT/TW và quyền lợi người tiêu dùng khi mua hàng qua cân, đo. Các tin, bài đã đăng gồm: tin \"Phường ra quân kiểm tra cân tại chợ Bà Chiểu\", bài \"Người dân cần biết về cân đối chứng\", tin về Ngày Tiêu chuẩn Thế giới 14/10, bài hướng dẫn nhận biết tem kiểm định, tin trên loa truyền thanh khu phố 3 và khu phố 7 – tổng cộng 06 tin, bài."],
         "hoàn thành.", "II.1.a", "completed", {"communications": 6}),
        ("b) Kiểm tra đo lường, chất lượng theo phân cấp",
         ["Tổ kiểm tra liên ngành phường đã tổ chức 03 đợt kiểm tra tại chợ Bà Chiểu, chợ Thanh Đa và tuyến đường Nơ Trang Long; đã kiểm tra các cơ sở gồm: 09 tiểu thương ngành hàng thịt, cá tại chợ Bà Chiểu, Cửa hàng xăng dầu Số 12, Cửa hàng xăng dầu Thanh Đa, Cửa hàng vàng bạc Kim Phát, 02 cửa hàng gas trên đường Nơ Trang Long – tổng cộng 14 cơ sở. Phát hiện 02 cơ sở sử dụng cân chưa kiểm định, đã lập biên bản và chuyển Chủ tịch UBND phường xử phạt với tổng số tiền 4,5 triệu đồng."],
         "đang thực hiện, phường tiếp tục kiểm tra trong tháng 11 và tháng 12.", "II.5.c", "in_progress",
         {"inspections": 3, "establishments_inspected": 14, "violations": 2, "fines_vnd": 4500000}),
        ("c) Cử công chức tham gia tập huấn nghiệp vụ",
         ["Phường đã cử công chức tham gia lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức ngày 15/5/2026, gồm: đ/c Nguyễn Văn Hải (Phó Trưởng phòng Kinh tế), đ/c Trần Thị Mai, đ/c Lê Quốc Bảo, đ/c Võ Thị Hồng – tổng cộng 04 người."],
         "hoàn thành.", "II.3.a", "completed", {"participants": 4}),
        ("d) Duy trì hệ thống quản lý chất lượng tại phường",
         ["Phường tiếp tục duy trì, áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Bộ phận Một cửa; đã rà soát, cập nhật các quy trình nội bộ giải quyết thủ tục hành chính theo danh mục mới."],
         "hoàn thành.", "II.2.đ", "completed", {}),
    ]
    diffs = ["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; công chức kiêm nhiệm nhiều việc.",
             "Phường chưa được trang bị quả cân chuẩn, cân đối chứng để phục vụ kiểm tra tại chợ."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ phường 01 bộ quả cân chuẩn và cân đối chứng đặt tại chợ Bà Chiểu.",
             "Đề nghị Sở Khoa học và Công nghệ ban hành hướng dẫn mẫu biên bản kiểm tra đo lường dùng chung cho cấp phường."]
    e = hand1("26929-bc-ct38-2026.docx", "26929", "Phường Bình Thạnh", "ỦY BAN NHÂN DÂN", "214/BC-UBND", "2026-10-22",
              "Bình Thạnh, ngày 22 tháng 10 năm 2026",
              "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Bình Thạnh báo cáo kết quả thực hiện từ đầu năm đến ngày 20 tháng 10 năm 2026 như sau:",
              topics, diffs, props, "Phạm Thị Thanh Tâm")
    key("26929-bc-ct38-2026.docx", "26929", "Phường Bình Thạnh", "214/BC-UBND", "2026-10-22", e, diffs, props)

    # 2. Phường Tân Định
    topics = [
        ("a) Phổ biến Chỉ thị 38 và các văn bản về đo lường đến hộ kinh doanh",
         ["Phường đã in và phát tờ rơi hướng dẫn về đo lường trong kinh doanh, treo băng rôn tại chợ Tân Định và đăng tin trên Trang thông tin điện tử phường; cụ thể: tờ rơi \"Cân đúng – bán đủ\", băng rôn tại cổng chợ Tân Định, tin \"Phường Tân Định hưởng ứng Ngày Tiêu chuẩn Thế giới\" – tổng cộng 03 tài liệu, tin."],
         "hoàn thành.", "II.1.a", "completed", {"communications": 3}),
        ("b) Phối hợp kiểm tra chất lượng hàng hóa trên địa bàn",
         ["Phường đã phối hợp với Đội Quản lý thị trường số 1 và Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra các cơ sở gồm: Cửa hàng gas Hòa Bình, Cửa hàng điện máy Minh Khoa, Nhà thuốc Tân Định, Cửa hàng mũ bảo hiểm Phúc An, Công ty TNHH Thương mại Kim Long – tổng cộng 05 cơ sở, trong 02 cuộc kiểm tra. Qua kiểm tra chưa phát hiện vi phạm."],
         "đang thực hiện.", "II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 5}),
        ("c) Tiếp nhận phản ánh, tố giác về đo lường, chất lượng",
         ["Trong kỳ báo cáo, phường không tiếp nhận phản ánh, tố giác nào liên quan đến gian lận đo lường, hàng hóa kém chất lượng."],
         "không phát sinh.", "II.5.d", "not_applicable", {}),
        ("d) Tập huấn cho công chức phường",
         ["Lớp tập huấn nghiệp vụ theo phân cấp dự kiến tổ chức trong Quý IV/2026; phường đã đăng ký danh sách công chức tham dự với Chi cục nhưng đến nay chưa được triệu tập."],
         "chưa thực hiện.", "II.3.a", "not_started", {}),
    ]
    diffs = ["Kinh phí phục vụ công tác kiểm tra chưa được bố trí riêng trong dự toán năm 2026 của phường."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng sớm tổ chức lớp tập huấn nghiệp vụ cho công chức phường trong Quý IV/2026."]
    e = hand1("26737-bc-tdc-2026.docx", "26737", "Phường Tân Định", "ỦY BAN NHÂN DÂN", "389/BC-UBND", "2026-10-19",
              "Tân Định, ngày 19 tháng 10 năm 2026",
              "Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026; Ủy ban nhân dân phường Tân Định báo cáo kết quả thực hiện như sau:",
              topics, diffs, props, "Đỗ Minh Trí")
    key("26737-bc-tdc-2026.docx", "26737", "Phường Tân Định", "389/BC-UBND", "2026-10-19", e, diffs, props)

    # 3. Xã Bình Chánh
    topics = [
        ("a) Tuyên truyền trên hệ thống loa truyền thanh các ấp",
         ["Xã đã phát thanh nội dung tuyên truyền về Chỉ thị số 38-CT/TW và quy định về đo lường trong mua bán nông sản trên loa truyền thanh các ấp: ấp 1, ấp 2, ấp 3, ấp 4, ấp 5, ấp 6A, ấp 6B và ấp 7 – tổng cộng 08 bài phát thanh; đồng thời đăng 02 tin trên Trang thông tin điện tử xã, nâng tổng số lên 10 tin, bài."],
         "hoàn thành.", "II.1.a", "completed", {"communications": 10}),
        ("b) Kiểm tra cân tại chợ và cơ sở thu mua nông sản",
         ["Xã đã kiểm tra 04 đợt tại các cơ sở gồm: chợ Bình Chánh (11 tiểu thương), vựa thu mua lúa Út Hiền, vựa trái cây Năm Lợi, cửa hàng vật tư nông nghiệp Tấn Phát – tổng cộng 14 cơ sở. Phát hiện 03 trường hợp vi phạm (sử dụng cân sai số vượt mức cho phép), đã xử phạt 7.500.000 đồng."],
         "hoàn thành đợt kiểm tra 9 tháng; tiếp tục duy trì thường xuyên.", "II.5.c", "completed",
         {"inspections": 4, "establishments_inspected": 14, "violations": 3, "fines_vnd": 7500000}),
        ("c) Hỗ trợ hợp tác xã về truy xuất nguồn gốc, mã số mã vạch",
         ["Xã đã phối hợp hướng dẫn các đơn vị đăng ký mã số mã vạch và tem truy xuất nguồn gốc gồm: Hợp tác xã Nông nghiệp Bình Chánh, Hợp tác xã rau an toàn Tân Nhựt, Tổ hợp tác trồng nấm ấp 3 – tổng cộng 03 đơn vị; hiện còn 01 hợp tác xã đang hoàn thiện hồ sơ."],
         "đang thực hiện.", "II.2.a", "in_progress", {"enterprises_supported": 3}),
        ("d) Áp dụng hệ thống quản lý chất lượng tại Ủy ban nhân dân xã",
         ["Sau sắp xếp đơn vị hành chính, xã đang xây dựng lại hệ thống tài liệu quản lý chất lượng theo TCVN ISO 9001:2015 cho các thủ tục hành chính mới tiếp nhận."],
         "đang thực hiện.", "II.2.đ", "in_progress", {}),
    ]
    diffs = ["Nhiều tiểu thương, vựa thu mua sử dụng cân đồng hồ cũ, không có dấu kiểm định; việc kiểm tra còn gặp khó khăn do buôn bán không cố định.",
             "Hợp tác xã còn hạn chế về kinh phí để duy trì tem truy xuất nguồn gốc."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng phối hợp tổ chức kiểm định cân miễn phí tại chợ Bình Chánh.",
             "Đề nghị Sở Khoa học và Công nghệ xem xét hỗ trợ kinh phí cho hợp tác xã tham gia hệ thống truy xuất nguồn gốc."]
    e = hand1("27637-bao-cao-ct38.docx", "27637", "Xã Bình Chánh", "ỦY BAN NHÂN DÂN", "156/BC-UBND", "2026-10-27",
              "Bình Chánh, ngày 27 tháng 10 năm 2026",
              "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân xã Bình Chánh báo cáo như sau:",
              topics, diffs, props, "Huỳnh Văn Sáu")
    key("27637-bao-cao-ct38.docx", "27637", "Xã Bình Chánh", "156/BC-UBND", "2026-10-27", e, diffs, props)

    # 4. mistaken: Phường Phú Nhuận sends an food-safety report
    d = base_doc()
    nd30_header(d, ["ỦY BAN NHÂN DÂN", "PHƯỜNG PHÚ NHUẬN"], "Số: 402/BC-UBND", "Phú Nhuận, ngày 21 tháng 10 năm 2026")
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", space=0)
    para(d, "Kết quả công tác bảo đảm an toàn thực phẩm 9 tháng đầu năm 2026", bold=True, align="c")
    para(d, "―――――", align="c")
    para(d, "Thực hiện Kế hoạch số 18/KH-BCĐ về bảo đảm an toàn thực phẩm năm 2026 của Ban Chỉ đạo liên ngành vệ sinh an toàn thực phẩm Thành phố, Ủy ban nhân dân phường Phú Nhuận báo cáo kết quả như sau:")
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False, align="j")
    para(d, "a) Tuyên truyền an toàn thực phẩm", bold=True, align="j")
    para(d, "Phường đã tuyên truyền về an toàn thực phẩm trong dịp Tết Nguyên đán và Tháng hành động vì an toàn thực phẩm, gồm: băng rôn tại chợ Phú Nhuận, tờ rơi cho bếp ăn tập thể các trường mầm non, tin trên loa khu phố – tổng cộng 12 tin, bài, tài liệu.")
    runs(d, [("Nội dung này được đánh giá: ", "i"), ("hoàn thành.", "")])
    para(d, "b) Kiểm tra cơ sở kinh doanh dịch vụ ăn uống", bold=True, align="j")
    para(d, "Đoàn kiểm tra liên ngành an toàn thực phẩm phường đã kiểm tra các cơ sở gồm: 18 quán ăn trên đường Phan Xích Long, 07 bếp ăn tập thể, 04 cơ sở thức ăn đường phố – tổng cộng 29 cơ sở; phát hiện 05 cơ sở vi phạm điều kiện vệ sinh, xử phạt 21 triệu đồng.")
    runs(d, [("Nội dung này được đánh giá: ", "i"), ("đang thực hiện.", "")])
    para(d, "c) Giám sát ngộ độc thực phẩm", bold=True, align="j")
    para(d, "Trong 9 tháng, trên địa bàn phường không xảy ra vụ ngộ độc thực phẩm.")
    runs(d, [("Nội dung này được đánh giá: ", "i"), ("không phát sinh.", "")])
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False, align="j")
    para(d, "- Nhiều cơ sở thức ăn đường phố hoạt động không cố định, khó quản lý.")
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False, align="j")
    para(d, "- Đề nghị Sở An toàn thực phẩm tổ chức tập huấn kiến thức an toàn thực phẩm cho hộ kinh doanh nhỏ lẻ.")
    signature(d, ["- Sở An toàn thực phẩm;", "- Lưu: VT, VHXH."], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lâm Quang Vinh")
    d.save(os.path.join(OUT, "27073-bc-9thang.docx"))
    key("27073-bc-9thang.docx", "27073", "Phường Phú Nhuận", "402/BC-UBND", "2026-10-21", [], [], [],
        status="rejected", reason="Báo cáo công tác bảo đảm an toàn thực phẩm, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")


# =========================================================== HAND 2 (Lộc)
# department specialist: each task cited the legal way "điểm e khoản 2 Mục II Kế hoạch",
# narrative with no status words; the status only in a closing "BẢNG TÓM TẮT" table keyed
# by the same citation; figures followed by a comparison with 2025 in parentheses.

def hand2(fname, unit_id, unit_name, short, number, date_iso, date_line, intro, tasks, table_rows, diffs, props, signer, title2):
    d = base_doc(size=14)
    nd30_header(d, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", unit_name.upper()], "Số: " + number,
                date_line)
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", space=0)
    para(d, title2, bold=True, align="c")
    para(d, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", align="c")
    para(d, intro)
    para(d, "I. CÔNG TÁC TRIỂN KHAI", bold=True, indent=False, align="j")
    para(d, unit_name + " đã ban hành văn bản triển khai đến các phòng, đơn vị trực thuộc; phân công đầu mối theo dõi, tổng hợp là " + short + ".")
    para(d, "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC PHÂN CÔNG", bold=True, indent=False, align="j")
    entries = []
    for i, (cite, gist, body, task, status, ind) in enumerate(tasks, 1):
        runs(d, [("%d. Nhiệm vụ tại %s Mục II Kế hoạch" % (i, cite), "b"), (" (" + gist + ")", "i")])
        for b in body:
            para(d, b)
        entries.append((task, status, ind, " ".join(body)))
    para(d, "III. BẢNG TÓM TẮT TÌNH HÌNH THỰC HIỆN", bold=True, indent=False, align="j")
    t = d.add_table(rows=1, cols=3)
    grid(t)
    for c, h in zip(t.rows[0].cells, ["STT", "Nhiệm vụ (điểm, khoản Mục II Kế hoạch)", "Tình hình thực hiện"]):
        cell_text(c, h, bold=True, align="c")
    for i, (cite, st) in enumerate(table_rows, 1):
        r = t.add_row().cells
        cell_text(r[0], str(i), align="c"); cell_text(r[1], cite); cell_text(r[2], st)
    para(d)
    para(d, "IV. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False, align="j")
    for i, x in enumerate(diffs, 1):
        para(d, "%d. %s" % (i, x))
    para(d, "V. KIẾN NGHỊ", bold=True, indent=False, align="j")
    for i, x in enumerate(props, 1):
        para(d, "%d. %s" % (i, x))
    para(d, unit_name + " kính báo cáo./.")
    signature(d, ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT."],
              ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer)
    d.save(os.path.join(OUT, fname))
    return entries


def build_h2():
    tasks = [
        ("điểm a khoản 5", "kiểm tra, giám sát chất lượng sản phẩm, hàng hóa lưu thông trên thị trường",
         ["Lực lượng quản lý thị trường đã tổ chức 12 cuộc kiểm tra chuyên đề về chất lượng, đo lường, nhãn hàng hóa đối với xăng dầu, khí dầu mỏ hóa lỏng, đồ chơi trẻ em và mũ bảo hiểm (năm 2025 cùng kỳ: 10 cuộc); kiểm tra 86 cơ sở, phát hiện 09 cơ sở vi phạm, xử phạt vi phạm hành chính 63.500.000 đồng (năm 2025 cùng kỳ: 48.000.000 đồng)."],
         "II.5.a", "in_progress", {"inspections": 12, "establishments_inspected": 86, "violations": 9, "fines_vnd": 63500000}),
        ("điểm e khoản 2", "góp ý dự thảo quy chuẩn kỹ thuật quốc gia",
         ["Sở đã có văn bản góp ý 03 dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương (an toàn chai chứa khí dầu mỏ hóa lỏng, xăng sinh học E10, thiết bị điện gia dụng) theo đề nghị của Sở Khoa học và Công nghệ."],
         "II.2.e", "completed", {"standards_reviewed": 3}),
        ("điểm a khoản 3", "tham gia tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng",
         ["Sở đã cử 06 lượt công chức Phòng Quản lý thương mại và Chi cục Quản lý thị trường tham dự lớp tập huấn do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức."],
         "II.3.a", "completed", {"participants": 6}),
        ("điểm đ khoản 2", "duy trì hệ thống quản lý chất lượng trong cơ quan hành chính",
         ["Sở tiếp tục duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; đã thực hiện đánh giá nội bộ và xem xét của lãnh đạo trong tháng 8/2026."],
         "II.2.đ", "completed", {}),
        ("điểm a khoản 6", "cập nhật các cam kết quốc tế về hàng rào kỹ thuật trong thương mại",
         ["Sở duy trì chuyên mục thông tin về hàng rào kỹ thuật trong thương mại (TBT) trên Cổng thông tin điện tử của Sở, cập nhật cảnh báo của các thị trường xuất khẩu cho doanh nghiệp."],
         "II.6.a", "unknown", {}),
    ]
    rows = [("điểm a khoản 5", "Đang thực hiện"), ("điểm e khoản 2", "Đã hoàn thành"),
            ("điểm a khoản 3", "Đã hoàn thành"), ("điểm đ khoản 2", "Đã hoàn thành")]
    diffs = ["Lực lượng kiểm tra mỏng so với số lượng cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng trên địa bàn Thành phố sau sắp xếp.",
             "Chưa có cơ chế chia sẻ kết quả thử nghiệm mẫu giữa các cơ quan kiểm tra."]
    props = ["Kiến nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng hàng hóa định kỳ để Sở Công Thương định hướng kiểm tra."]
    e = hand2("SO-CT-bc-thuc-hien-ct38.docx", "SO-CT", "Sở Công Thương", "Phòng Quản lý thương mại", "1875/BC-SCT", "2026-10-28",
              "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
              "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 (sau đây gọi là Kế hoạch), Sở Công Thương báo cáo kết quả thực hiện các nhiệm vụ được phân công như sau:",
              tasks, rows, diffs, props, "Nguyễn Hoàng Phúc",
              "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026")
    key("SO-CT-bc-thuc-hien-ct38.docx", "SO-CT", "Sở Công Thương", "1875/BC-SCT", "2026-10-28", e, diffs, props)

    tasks = [
        ("điểm e khoản 2", "góp ý tiêu chuẩn, quy chuẩn kỹ thuật",
         ["Sở đã tổ chức lấy ý kiến các bệnh viện, trung tâm y tế và có văn bản góp ý 05 dự thảo tiêu chuẩn, quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế và khí y tế (năm 2025: 02 dự thảo)."],
         "II.2.e", "completed", {"standards_reviewed": 5}),
        ("điểm đ khoản 2", "hệ thống quản lý chất lượng tại cơ quan",
         ["Sở đang chuyển đổi hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sang môi trường điện tử, tích hợp với hệ thống quản lý văn bản; dự kiến hoàn tất trong tháng 12/2026."],
         "II.2.đ", "in_progress", {}),
        ("điểm a khoản 3", "tập huấn, cập nhật kiến thức cho công chức",
         ["Sở đã cử 03 công chức Phòng Nghiệp vụ Dược và Phòng Trang thiết bị y tế tham dự hội nghị tập huấn về đo lường trong lĩnh vực y tế."],
         "II.3.a", "completed", {"participants": 3}),
        ("điểm a khoản 5", "phối hợp kiểm tra chất lượng trang thiết bị y tế",
         ["Thanh tra Sở phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 04 cuộc kiểm tra chất lượng, nhãn hàng hóa trang thiết bị y tế và khẩu trang y tế lưu thông trên thị trường; kiểm tra 23 cơ sở (năm 2025: 17 cơ sở), phát hiện 02 cơ sở vi phạm về nhãn hàng hóa, xử phạt 30.000.000 đồng."],
         "II.5.a", "in_progress", {"inspections": 4, "establishments_inspected": 23, "violations": 2, "fines_vnd": 30000000}),
    ]
    rows = [("điểm e khoản 2", "Hoàn thành"), ("điểm đ khoản 2", "Đang triển khai"),
            ("điểm a khoản 3", "Hoàn thành"), ("điểm a khoản 5", "Đang triển khai")]
    diffs = ["Một số phương tiện đo nhóm 2 dùng trong y tế chưa có tổ chức kiểm định đủ năng lực trên địa bàn, phải gửi đi tỉnh khác."]
    props = ["Đề nghị Sở Khoa học và Công nghệ chỉ đạo Trung tâm Dịch vụ Phân tích thí nghiệm mở rộng phạm vi kiểm định phương tiện đo dùng trong y tế.",
             "Đề nghị tổ chức lớp tập huấn riêng về đo lường trong lĩnh vực y tế cho các bệnh viện."]
    e = hand2("SO-YT-bao-cao-CT38.docx", "SO-YT", "Sở Y tế", "Phòng Kế hoạch - Tài chính", "5120/BC-SYT", "2026-10-30",
              "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
              "Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 (sau đây gọi là Kế hoạch), Sở Y tế báo cáo như sau:",
              tasks, rows, diffs, props, "Trần Thị Kim Oanh",
              "Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trong ngành y tế")
    key("SO-YT-bao-cao-CT38.docx", "SO-YT", "Sở Y tế", "5120/BC-SYT", "2026-10-30", e, diffs, props)

    tasks = [
        ("điểm a khoản 2", "truy xuất nguồn gốc nông sản theo Đề án 100",
         ["Sở đã hướng dẫn 27 doanh nghiệp, hợp tác xã nông nghiệp áp dụng hệ thống truy xuất nguồn gốc và cấp mã vùng trồng (năm 2025: 19 đơn vị)."],
         "II.2.a", "in_progress", {"enterprises_supported": 27}),
        ("điểm b khoản 5", "khảo sát chất lượng vật tư nông nghiệp",
         ["Chi cục Trồng trọt và Bảo vệ thực vật đã lấy 120 mẫu phân bón, thuốc bảo vệ thực vật lưu thông trên thị trường để thử nghiệm chất lượng; kết quả có 07 mẫu không đạt."],
         "II.5.b", "completed", {"samples_tested": 120}),
        ("điểm e khoản 2", "góp ý quy chuẩn kỹ thuật",
         ["Sở đã góp ý 04 dự thảo quy chuẩn kỹ thuật quốc gia về phân bón, thức ăn chăn nuôi và nước thải công nghiệp."],
         "II.2.e", "completed", {"standards_reviewed": 4}),
        ("điểm b khoản 6", "năng suất khu vực công",
         ["Trong kỳ, Sở không nhận được yêu cầu phối hợp về nội dung năng suất khu vực công."],
         "II.6.b", "not_applicable", {}),
    ]
    rows = [("điểm a khoản 2", "Đang thực hiện"), ("điểm b khoản 5", "Đã hoàn thành"),
            ("điểm e khoản 2", "Đã hoàn thành"), ("điểm b khoản 6", "Không phát sinh")]
    diffs = ["Chi phí duy trì tem truy xuất nguồn gốc còn cao đối với hợp tác xã quy mô nhỏ.",
             "Số lượng mẫu thử nghiệm bị giới hạn do dự toán kinh phí lấy mẫu năm 2026 thấp."]
    props = ["Đề nghị Sở Khoa học và Công nghệ kết nối dữ liệu truy xuất nguồn gốc nông sản với Cổng truy xuất nguồn gốc quốc gia."]
    e = hand2("SO-NNMT-bc-ct38-nam2026.docx", "SO-NNMT", "Sở Nông nghiệp và Môi trường", "Phòng Quản lý chất lượng", "2904/BC-SNNMT", "2026-10-26",
              "Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026",
              "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 (sau đây gọi là Kế hoạch), Sở Nông nghiệp và Môi trường báo cáo như sau:",
              tasks, rows, diffs, props, "Lê Văn Thắng",
              "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026")
    key("SO-NNMT-bc-ct38-nam2026.docx", "SO-NNMT", "Sở Nông nghiệp và Môi trường", "2904/BC-SNNMT", "2026-10-26", e, diffs, props)


# =========================================================== HAND 3 (Vân) -- XLSX
# Sở's own units: one sheet named after the period "T10-2026"; rows grouped by the unit's
# internal divisions; task cell and status merged over one row per figure, the number in
# "Số lượng" and its counted noun in "Đơn vị tính"; statuses "Đã xong / Đang làm / Chưa làm /
# Không có việc".
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def hand3(fname, unit_id, unit_name, number, date_line, title, groups, diffs, props, signer, sheet="T10-2026"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    widths = [5, 46, 36, 14, 13, 14]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    ws["A2"] = unit_name.upper()
    ws["A2"].font = Font(bold=True)
    ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["C1"].font = Font(bold=True)
    ws["C2"] = "Độc lập - Tự do - Hạnh phúc"; ws["C2"].font = Font(bold=True)
    ws.merge_cells("A1:B1"); ws.merge_cells("A2:B2"); ws.merge_cells("C1:F1"); ws.merge_cells("C2:F2")
    ws["A3"] = "Số: " + number
    ws.merge_cells("A3:B3")
    ws["C3"] = date_line; ws["C3"].font = Font(italic=True)
    ws.merge_cells("C3:F3")
    for c in ("A1", "A2", "A3", "C1", "C2", "C3"):
        ws[c].alignment = Alignment(horizontal="center")
    ws["A5"] = title; ws["A5"].font = Font(bold=True, size=13)
    ws.merge_cells("A5:F5"); ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[5].height = 36
    hdr = ["STT", "Nhiệm vụ", "Nội dung số liệu", "Số lượng", "Đơn vị tính", "Tình trạng"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=i, value=h)
        c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 8
    n = 0
    entries = []
    roman = ["I", "II", "III", "IV", "V"]
    for gi, (division, tasks) in enumerate(groups):
        ws.cell(row=r, column=1, value=roman[gi]).font = Font(bold=True)
        ws.cell(row=r, column=2, value=division).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        for col in range(1, 7):
            ws.cell(row=r, column=col).border = BOX
        r += 1
        for (taskname, figs, status_word, task, status, ind) in tasks:
            n += 1
            start = r
            rows = figs if figs else [("", None, "")]
            for (label, qty, unit) in rows:
                ws.cell(row=r, column=3, value=label)
                if qty is not None:
                    c = ws.cell(row=r, column=4, value=qty)
                    c.number_format = "#,##0" if qty >= 1000 else "00"
                ws.cell(row=r, column=5, value=unit)
                r += 1
            end = r - 1
            ws.cell(row=start, column=1, value=n)
            ws.cell(row=start, column=2, value=taskname)
            ws.cell(row=start, column=6, value=status_word)
            if end > start:
                for col in (1, 2, 6):
                    ws.merge_cells(start_row=start, start_column=col, end_row=end, end_column=col)
            for rr in range(start, end + 1):
                for col in range(1, 7):
                    c = ws.cell(row=rr, column=col)
                    c.border = BOX
                    c.alignment = Alignment(vertical="center", wrap_text=True,
                                            horizontal="center" if col in (1, 4, 5, 6) else None)
            text = taskname + (": " + "; ".join("%s %s %s" % (l, q, u) for (l, q, u) in figs) if figs else "")
            entries.append((task, status, ind, text))
    r += 1
    ws.cell(row=r, column=2, value="Khó khăn, vướng mắc:").font = Font(bold=True)
    r += 1
    for i, x in enumerate(diffs, 1):
        ws.cell(row=r, column=2, value="%d. %s" % (i, x))
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(row=r, column=2).alignment = Alignment(wrap_text=True)
        ws.row_dimensions[r].height = 32
        r += 1
    ws.cell(row=r, column=2, value="Đề xuất, kiến nghị:").font = Font(bold=True)
    r += 1
    for i, x in enumerate(props, 1):
        ws.cell(row=r, column=2, value="%d. %s" % (i, x))
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(row=r, column=2).alignment = Alignment(wrap_text=True)
        ws.row_dimensions[r].height = 32
        r += 1
    r += 1
    ws.cell(row=r, column=4, value="THỦ TRƯỞNG ĐƠN VỊ").font = Font(bold=True)
    ws.cell(row=r + 4, column=4, value=signer).font = Font(bold=True)
    ws.cell(row=r, column=2, value="Người lập biểu").font = Font(bold=True)
    ws.cell(row=r + 4, column=2, value="Nguyễn Thị Thanh Vân")
    ws.freeze_panes = "A8"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fname))
    return entries


def build_h3():
    groups = [
        ("Phòng Quản lý Tiêu chuẩn Chất lượng", [
            ("Tập huấn văn bản pháp luật về TĐC cho doanh nghiệp và tọa đàm doanh nghiệp nhập khẩu",
             [("Lớp tập huấn, tọa đàm", 4, "lớp"), ("Học viên, đại biểu tham dự", 415, "lượt người")],
             "Đã xong", "II.1.a", "completed", {"training_courses": 4, "participants": 415}),
            ("Tuyên truyền, hướng dẫn doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
             [("Doanh nghiệp được hướng dẫn hồ sơ", 18, "doanh nghiệp"), ("Tin bài, tài liệu giới thiệu giải thưởng", 5, "tin bài")],
             "Đã xong", "II.1.b", "completed", {"enterprises_supported": 18, "communications": 5}),
            ("Hội đồng sơ tuyển Giải thưởng Chất lượng Quốc gia 2026",
             [("Phiên họp Hội đồng sơ tuyển", 2, "phiên")],
             "Đang làm", "II.2.b", "in_progress", {}),
            ("Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố hợp chuẩn hợp quy",
             [("Doanh nghiệp được tư vấn, hỗ trợ", 32, "doanh nghiệp")],
             "Đang làm", "II.2.d", "in_progress", {"enterprises_supported": 32}),
            ("Góp ý dự thảo TCVN, QCVN; xây dựng quy chuẩn kỹ thuật địa phương",
             [("Dự thảo TCVN, QCVN đã góp ý", 7, "dự thảo")],
             "Đang làm", "II.2.e", "in_progress", {"standards_reviewed": 7}),
        ]),
        ("Phòng Quản lý Đo lường", [
            ("Tập huấn nghiệp vụ cho công chức sở ngành, xã, phường, đặc khu",
             [("Lớp tập huấn", 2, "lớp"), ("Công chức tham dự", 160, "người")],
             "Đã xong", "II.3.a", "completed", {"training_courses": 2, "participants": 160}),
            ("Bảo trì, kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ",
             [("Phương tiện, thiết bị đã kiểm định, hiệu chuẩn", 48, "chiếc"), ("Kinh phí đã sử dụng", 86400000, "đồng")],
             "Đang làm", "II.4.b", "in_progress", {"instruments_verified": 48, "budget_spent_vnd": 86400000}),
        ]),
        ("Phòng Thanh tra - Kiểm tra (thuộc Chi cục)", [
            ("Kiểm tra nhà nước về TĐC đối với hàng hóa sản xuất, nhập khẩu, lưu thông",
             [("Cuộc kiểm tra", 14, "cuộc"), ("Cơ sở được kiểm tra", 96, "cơ sở"), ("Cơ sở vi phạm", 11, "cơ sở"),
              ("Tiền phạt vi phạm hành chính", 128750000, "đồng")],
             "Đang làm", "II.5.a", "in_progress",
             {"inspections": 14, "establishments_inspected": 96, "violations": 11, "fines_vnd": 128750000}),
            ("Khảo sát chất lượng sản phẩm, hàng hóa trên thị trường",
             [("Mẫu đã lấy, thử nghiệm", 150, "mẫu")],
             "Đã xong", "II.5.b", "completed", {"samples_tested": 150}),
            ("Hợp tác với APO về năng suất khu vực công",
             [], "Không có việc", "II.6.b", "not_applicable", {}),
        ]),
    ]
    diffs = ["Kinh phí lấy mẫu khảo sát chất lượng chỉ đáp ứng khoảng 60% nhu cầu.",
             "Công chức làm công tác kiểm tra vừa thiếu vừa phải kiêm nhiệm tổng hợp báo cáo cho 168 xã, phường, đặc khu."]
    props = ["Đề nghị Sở bổ sung kinh phí khảo sát chất lượng hàng hóa năm 2027.",
             "Đề nghị Sở có văn bản đôn đốc các xã, phường, đặc khu báo cáo đúng hạn về Chi cục."]
    e = hand3("CCTDC_BC_CT38_T10-2026.xlsx", "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng", "312/BC-TĐC",
              "Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026",
              "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026\n(số liệu đến ngày 25/10/2026)", groups, diffs, props, "Võ Thành Nhân")
    key("CCTDC_BC_CT38_T10-2026.xlsx", "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
        "312/BC-TĐC", "2026-10-26", e, diffs, props)

    groups = [
        ("Phòng Đo lường", [
            ("Duy trì chuẩn đo lường, liên kết chuẩn đến chuẩn quốc gia",
             [("Chuẩn, thiết bị đã hiệu chuẩn liên kết", 36, "chuẩn")],
             "Đã xong", "II.4.c", "completed", {"instruments_verified": 36}),
            ("Mở rộng dịch vụ kiểm định, hiệu chuẩn, thử nghiệm phục vụ doanh nghiệp",
             [("Khách hàng doanh nghiệp được phục vụ", 210, "doanh nghiệp"), ("Mẫu thử nghiệm", 3460, "mẫu")],
             "Đang làm", "II.2.g", "in_progress", {"enterprises_supported": 210, "samples_tested": 3460}),
        ]),
        ("Phòng Hành chính - Tổng hợp", [
            ("Đầu tư trang thiết bị, hiện đại hóa phòng thử nghiệm",
             [("Kinh phí đã giải ngân", 1250000000, "đồng")],
             "Đang làm", "II.4.a", "in_progress", {"budget_spent_vnd": 1250000000}),
            ("Đào tạo cho sinh viên các trường đại học, cao đẳng về đo lường, thử nghiệm",
             [("Khóa đào tạo", 3, "khóa"), ("Sinh viên tham dự", 240, "sinh viên")],
             "Đã xong", "II.3.d", "completed", {"training_courses": 3, "participants": 240}),
            ("Kết nối cơ sở dữ liệu quốc gia về TĐC",
             [], "Chưa làm", "II.2.i", "not_started", {}),
        ]),
    ]
    diffs = ["Một số thiết bị thử nghiệm đã qua 10 năm sử dụng, chi phí sửa chữa cao."]
    props = ["Đề nghị Sở xem xét bổ sung dự toán mua sắm thiết bị thử nghiệm năm 2027."]
    e = hand3("TTPTTN-bao-cao-KH38.xlsx", "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm", "87/BC-TTPTTN",
              "Thành phố Hồ Chí Minh, ngày 24 tháng 10 năm 2026",
              "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026", groups, diffs, props, "Đặng Quốc Huy")
    key("TTPTTN-bao-cao-KH38.xlsx", "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
        "87/BC-TTPTTN", "2026-10-24", e, diffs, props)

    groups = [
        ("Bộ phận Kiểm tra", [
            ("Phối hợp kiểm tra về tiêu chuẩn, đo lường, chất lượng",
             [("Cuộc kiểm tra", 5, "cuộc"), ("Cơ sở được kiểm tra", 37, "cơ sở"), ("Cơ sở vi phạm", 4, "cơ sở"), ("Tiền phạt", 42000000, "đồng")],
             "Đã xong", "II.5.a", "completed", {"inspections": 5, "establishments_inspected": 37, "violations": 4, "fines_vnd": 42000000}),
            ("Xử lý tố giác, phản ánh hành vi vi phạm về TĐC",
             [("Đơn phản ánh đã xử lý", 3, "đơn")],
             "Đã xong", "II.5.d", "completed", {}),
        ]),
        ("Bộ phận Pháp chế", [
            ("Góp ý sửa đổi Luật Tiêu chuẩn và Quy chuẩn kỹ thuật, Luật Chất lượng sản phẩm, hàng hóa",
             [("Văn bản góp ý", 2, "văn bản")],
             "Đã xong", "II.2.c", "completed", {}),
            ("Phối hợp rà soát phương tiện kỹ thuật nghiệp vụ theo Nghị định 135",
             [], "Đang làm", "II.4.b", "in_progress", {}),
        ]),
    ]
    diffs = ["Quy định về thẩm quyền xử phạt sau khi sắp xếp chính quyền hai cấp còn chưa thống nhất giữa các văn bản."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng phối hợp xây dựng kế hoạch kiểm tra liên ngành năm 2027 ngay từ tháng 12/2026."]
    e = hand3("KTPC_tien-do-CT38.xlsx", "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "45/BC-KTPC",
              "Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2026",
              "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 (phần việc Phòng phối hợp)", groups, diffs, props, "Bùi Ngọc Lan")
    key("KTPC_tien-do-CT38.xlsx", "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "45/BC-KTPC", "2026-10-23", e, diffs, props)

    groups = [
        ("Bộ phận Quản lý chuyên gia", [
            ("Thu hút chuyên gia, nhà khoa học lĩnh vực tiêu chuẩn, đo lường, chất lượng theo Nghị quyết 27/2023/NQ-HĐND",
             [("Hồ sơ chuyên gia đang thẩm định", 2, "hồ sơ")],
             "Đang làm", "II.3.c", "in_progress", {}),
        ]),
        ("Bộ phận Kế hoạch - Tổng hợp", [
            ("Phối hợp triển khai Chương trình năng suất chất lượng (Chương trình 1322)",
             [("Nhiệm vụ khoa học công nghệ về năng suất được hỗ trợ", 3, "nhiệm vụ")],
             "Đang làm", "II.2.a", "in_progress", {}),
            ("Phối hợp với APO về năng suất khu vực công", [], "Không có việc", "II.6.b", "not_applicable", {}),
        ]),
    ]
    diffs = ["Mức thu nhập thu hút theo Nghị quyết 27/2023/NQ-HĐND chưa đủ hấp dẫn chuyên gia lĩnh vực đo lường."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng đề xuất danh mục vị trí chuyên gia cần thu hút năm 2027."]
    e = hand3("QLKH-CT38-2026.xlsx", "SKHCN-QLKH", "Phòng Quản lý Khoa học", "28/BC-QLKH",
              "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026",
              "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026", groups, diffs, props, "Phan Minh Đức")
    key("QLKH-CT38-2026.xlsx", "SKHCN-QLKH", "Phòng Quản lý Khoa học", "28/BC-QLKH", "2026-10-29", e, diffs, props)

    # mistaken: Văn phòng Sở sends its administrative-reform report in the same layout
    groups = [
        ("Bộ phận Tổng hợp - Cải cách hành chính", [
            ("Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền của Sở",
             [("Thủ tục hành chính được rà soát", 46, "thủ tục"), ("Phương án đơn giản hóa đề xuất", 9, "phương án")],
             "Đã xong", "", "", {}),
            ("Tiếp nhận, giải quyết hồ sơ trực tuyến toàn trình",
             [("Hồ sơ tiếp nhận", 3812, "hồ sơ"), ("Hồ sơ giải quyết đúng hạn", 3790, "hồ sơ")],
             "Đang làm", "", "", {}),
        ]),
        ("Bộ phận Một cửa", [
            ("Khảo sát mức độ hài lòng của người dân, doanh nghiệp", [("Phiếu khảo sát", 520, "phiếu")], "Đã xong", "", "", {}),
        ]),
    ]
    hand3("VPS-BC-CCHC-QuyIII.xlsx", "SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ", "1204/BC-VP",
          "Thành phố Hồ Chí Minh, ngày 07 tháng 10 năm 2026",
          "BÁO CÁO KẾT QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2026",
          groups, ["Hệ thống một cửa điện tử đôi lúc bị gián đoạn."], ["Đề nghị nâng cấp đường truyền cho Bộ phận Một cửa."],
          "Trương Thị Hoa", sheet="Q3-2026")
    key("VPS-BC-CCHC-QuyIII.xlsx", "SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ", "1204/BC-VP", "2026-10-07", [], [], [],
        status="rejected", reason="Báo cáo công tác cải cách hành chính Quý III/2026, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm).")


# =========================================================== HAND 4 (Khoa)
# commune / special-zone economy officer: a landscape tracker "STT | Việc | Người/bộ phận làm |
# Thời gian | Kết quả | Tình trạng" with plain spoken statuses "Xong / Đang làm / Chưa làm /
# Không có việc"; Khó khăn / Kiến nghị below as "+" lines. Same layout in Word and Excel.
H4HDR = ["STT", "Việc", "Người/bộ phận làm", "Thời gian", "Kết quả", "Tình trạng"]
STATUS4 = {"Xong": "completed", "Đang làm": "in_progress", "Chưa làm": "not_started", "Không có việc": "not_applicable"}


def hand4_docx(fname, upper, unit_name, number, date_line, title, rows, diffs, props, signer):
    d = base_doc(size=12, landscape=True)
    nd30_header(d, [upper, unit_name.upper()], "Số: " + number, date_line, size=12)
    para(d)
    para(d, title, bold=True, align="c")
    para(d, "(Kèm theo báo cáo gửi Sở Khoa học và Công nghệ, Chi cục Tiêu chuẩn Đo lường Chất lượng)", italic=True, align="c")
    t = d.add_table(rows=1, cols=6)
    grid(t)
    for c, h in zip(t.rows[0].cells, H4HDR):
        cell_text(c, h, bold=True, align="c")
    entries = []
    for i, (viec, who, when, kq, st, task, ind) in enumerate(rows, 1):
        c = t.add_row().cells
        for cc, v in zip(c, [str(i), viec, who, when, kq, st]):
            cell_text(cc, v)
        entries.append((task, STATUS4[st], ind, viec + ": " + kq))
    for row in t.rows:
        for cc, w in zip(row.cells, [1.2, 6.5, 4, 3, 8, 2.6]):
            cc.width = Cm(w)
    para(d)
    para(d, "Khó khăn:", bold=True, indent=False, align="j")
    for x in diffs:
        para(d, "+ " + x)
    para(d, "Kiến nghị:", bold=True, indent=False, align="j")
    for x in props:
        para(d, "+ " + x)
    signature(d, ["- Sở KH&CN;", "- Chi cục TĐC;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer)
    d.save(os.path.join(OUT, fname))
    return entries


def hand4_xlsx(fname, upper, unit_name, number, date_line, title, rows, diffs, props, signer):
    wb = Workbook()
    ws = wb.active
    ws.title = "Bao cao"
    for i, w in enumerate([5, 40, 20, 14, 48, 13], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = upper; ws.merge_cells("A1:C1")
    ws["A2"] = unit_name.upper(); ws["A2"].font = Font(bold=True); ws.merge_cells("A2:C2")
    ws["A3"] = "Số: " + number; ws.merge_cells("A3:C3")
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(bold=True); ws.merge_cells("D1:F1")
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"; ws["D2"].font = Font(bold=True); ws.merge_cells("D2:F2")
    ws["D3"] = date_line; ws["D3"].font = Font(italic=True); ws.merge_cells("D3:F3")
    for c in ("A1", "A2", "A3", "D1", "D2", "D3"):
        ws[c].alignment = Alignment(horizontal="center")
    ws["A5"] = title; ws["A5"].font = Font(bold=True, size=12); ws.merge_cells("A5:F5")
    ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[5].height = 32
    for i, h in enumerate(H4HDR, 1):
        c = ws.cell(row=7, column=i, value=h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center")
    r = 8
    entries = []
    for i, (viec, who, when, kq, st, task, ind) in enumerate(rows, 1):
        for col, v in enumerate([i, viec, who, when, kq, st], 1):
            c = ws.cell(row=r, column=col, value=v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 62
        entries.append((task, STATUS4[st], ind, viec + ": " + kq))
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Khó khăn:").font = Font(bold=True); r += 1
    for x in diffs:
        ws.cell(row=r, column=2, value="+ " + x); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6); r += 1
    ws.cell(row=r, column=2, value="Kiến nghị:").font = Font(bold=True); r += 1
    for x in props:
        ws.cell(row=r, column=2, value="+ " + x); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6); r += 1
    r += 1
    ws.cell(row=r, column=5, value="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH").font = Font(bold=True)
    ws.cell(row=r + 4, column=5, value=signer).font = Font(bold=True)
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "7:7"
    wb.save(os.path.join(OUT, fname))
    return entries


def build_h4():
    T = "BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"
    rows = [
        ("Tuyên truyền Chỉ thị 38 trên Đài truyền thanh đặc khu, trang Facebook Côn Đảo", "Phòng Văn hóa - Xã hội", "tháng 3 - tháng 9",
         "Phát 05 tin trên Đài truyền thanh, đăng 03 bài trên trang Facebook; tổng 8 tin bài", "Xong", "II.1.a", {"communications": 8}),
        ("Kiểm tra cân, đồng hồ xăng dầu tại chợ Côn Đảo, cảng Bến Đầm", "Phòng Kinh tế + Công an đặc khu", "tháng 4, tháng 8",
         "2 đợt kiểm tra, 19 cơ sở (16 tiểu thương hải sản, 3 cây xăng); 2 cơ sở vi phạm, phạt 5.000.000 đ", "Xong", "II.5.c",
         {"inspections": 2, "establishments_inspected": 19, "violations": 2, "fines_vnd": 5000000}),
        ("Cử công chức đi tập huấn nghiệp vụ TĐC tại Thành phố", "Phòng Kinh tế", "tháng 5",
         "Cử 2 công chức dự lớp tập huấn ngày 15/5", "Xong", "II.3.a", {"participants": 2}),
        ("Hướng dẫn cơ sở sản xuất hải sản khô đăng ký mã số mã vạch, truy xuất nguồn gốc", "Phòng Kinh tế", "từ tháng 6",
         "Đã hướng dẫn 4 cơ sở; 1 cơ sở đã có mã số mã vạch", "Đang làm", "II.2.a", {"enterprises_supported": 4}),
        ("Tiếp nhận phản ánh về cân thiếu tại chợ", "Bộ phận Một cửa", "cả năm",
         "Không nhận được phản ánh nào", "Không có việc", "II.5.d", {}),
    ]
    diffs = ["Đặc khu xa trung tâm, đi lại tập huấn tốn kém thời gian và chi phí.",
             "Chưa có cân đối chứng đặt tại chợ Côn Đảo."]
    props = ["Đề nghị Chi cục TĐC tổ chức lớp tập huấn trực tuyến hoặc tập huấn tại chỗ cho công chức đặc khu.",
             "Đề nghị hỗ trợ 01 cân đối chứng cho chợ Côn Đảo."]
    e = hand4_docx("26732-theo-doi-CT38.docx", "ỦY BAN NHÂN DÂN", "Đặc khu Côn Đảo", "97/BC-UBND",
                   "Côn Đảo, ngày 20 tháng 10 năm 2026", T, rows, diffs, props, "Lê Hữu Phước")
    key("26732-theo-doi-CT38.docx", "26732", "Đặc khu Côn Đảo", "97/BC-UBND", "2026-10-20", e, diffs, props)

    rows = [
        ("Tuyên truyền về đo lường, chất lượng tại chợ và khu dân cư", "Văn phòng HĐND-UBND xã", "Quý II",
         "Treo 6 băng rôn, phát 2 tin trên loa ấp; tổng 8 sản phẩm tuyên truyền", "Xong", "II.1.a", {"communications": 8}),
        ("Kiểm tra đo lường, chất lượng xăng dầu, gas trên địa bàn xã", "Phòng Kinh tế", "tháng 7 - tháng 10",
         "3 cuộc, kiểm tra 11 cơ sở (6 cửa hàng xăng dầu, 5 đại lý gas); 1 cơ sở vi phạm; phạt 12.500.000 đ", "Đang làm", "II.5.c",
         {"inspections": 3, "establishments_inspected": 11, "violations": 1, "fines_vnd": 12500000}),
        ("Duy trì ISO 9001 tại Bộ phận Một cửa xã", "Văn phòng HĐND-UBND xã", "tháng 1 - tháng 11",
         "Đã ban hành lại 38 quy trình nội bộ sau sáp nhập", "Đang làm", "II.2.đ", {}),
        ("Tập huấn cho cán bộ ấp về đo lường", "Phòng Kinh tế", "Quý IV",
         "Chưa tổ chức, chờ tài liệu của Chi cục", "Chưa làm", "II.3.a", {}),
    ]
    diffs = ["Xã mới sáp nhập, địa bàn rộng, nhiều cửa hàng xăng dầu dọc tỉnh lộ 8."]
    props = ["Đề nghị Chi cục TĐC cung cấp tài liệu tập huấn mẫu cho cán bộ ấp."]
    e = hand4_docx("27553-CT38-2026.docx", "ỦY BAN NHÂN DÂN", "Xã Củ Chi", "233/BC-UBND",
                   "Củ Chi, ngày 23 tháng 10 năm 2026", T, rows, diffs, props, "Nguyễn Thành Long")
    key("27553-CT38-2026.docx", "27553", "Xã Củ Chi", "233/BC-UBND", "2026-10-23", e, diffs, props)

    # Phòng Chuyển đổi số, same tracker (signed by the head of the office, not a commune)
    rows = [
        ("Đề xuất cải tiến Hệ thống thông tin giải quyết TTHC của Bộ KH&CN về TĐC; kết nối Cổng một cửa quốc gia", "Tổ Hạ tầng - Dữ liệu", "Quý I",
         "Đã gửi 2 văn bản đề xuất; kết nối liên thông chạy chính thức từ 01/4/2026", "Xong", "II.2.h", {}),
        ("Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng", "Tổ Hạ tầng - Dữ liệu", "thường xuyên",
         "Đang thử nghiệm đồng bộ dữ liệu phương tiện đo với Trung tâm CNTT và Địa không gian", "Đang làm", "II.2.i", {}),
        ("Cử công chức tham gia tập huấn về cơ sở dữ liệu TĐC", "Phòng", "tháng 9",
         "Cử 2 công chức tham dự hội thảo do Ủy ban TĐC Quốc gia tổ chức", "Xong", "II.3.a", {"participants": 2}),
    ]
    diffs = ["Dữ liệu từ các hệ thống của Bộ chưa có chuẩn trao đổi thống nhất."]
    props = ["Đề nghị Chi cục TĐC cử đầu mối phối hợp chuẩn hóa dữ liệu phương tiện đo."]
    d = base_doc(size=12, landscape=True)
    nd30_header(d, ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG CHUYỂN ĐỔI SỐ"], "Số: 19/BC-CĐS", "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026", size=12)
    para(d)
    para(d, T, bold=True, align="c")
    t = d.add_table(rows=1, cols=6); grid(t)
    for c, h in zip(t.rows[0].cells, H4HDR):
        cell_text(c, h, bold=True, align="c")
    e = []
    for i, (viec, who, when, kq, st, task, ind) in enumerate(rows, 1):
        c = t.add_row().cells
        for cc, v in zip(c, [str(i), viec, who, when, kq, st]):
            cell_text(cc, v)
        e.append((task, STATUS4[st], ind, viec + ": " + kq))
    para(d)
    para(d, "Khó khăn:", bold=True, indent=False, align="j")
    for x in diffs:
        para(d, "+ " + x)
    para(d, "Kiến nghị:", bold=True, indent=False, align="j")
    for x in props:
        para(d, "+ " + x)
    signature(d, ["- Lãnh đạo Sở;", "- Chi cục TĐC;", "- Lưu: CĐS."], ["TRƯỞNG PHÒNG"], "Hồ Minh Khoa")
    d.save(os.path.join(OUT, "CDS-theo-doi-CT38.docx"))
    key("CDS-theo-doi-CT38.docx", "SKHCN-CDS", "Phòng Chuyển đổi số", "19/BC-CĐS", "2026-10-27", e, diffs, props)

    rows = [
        ("Tuyên truyền Chỉ thị 38 cho hộ kinh doanh chợ Long Hải, chợ Phước Tỉnh", "Phòng Văn hóa - Xã hội", "tháng 4 - tháng 6",
         "Phát 4 tin trên loa, 1 bài trên Trang thông tin xã (tổng 5 tin bài); phát tờ rơi tại 2 chợ", "Xong", "II.1.a", {"communications": 5}),
        ("Kiểm tra cân tại chợ hải sản, vựa cá Phước Tỉnh", "Phòng Kinh tế", "tháng 5, tháng 9",
         "2 đợt, 27 cơ sở; 4 cơ sở dùng cân không đạt; phạt 6.000.000 đ", "Xong", "II.5.c",
         {"inspections": 2, "establishments_inspected": 27, "violations": 4, "fines_vnd": 6000000}),
        ("Hỗ trợ cơ sở nước mắm đăng ký nhãn, công bố tiêu chuẩn cơ sở", "Phòng Kinh tế", "từ tháng 7",
         "Hướng dẫn 6 cơ sở nước mắm; 2 cơ sở đã công bố", "Đang làm", "II.2.d", {"enterprises_supported": 6}),
        ("Cử công chức dự tập huấn nghiệp vụ", "Phòng Kinh tế", "tháng 5",
         "Cử 3 công chức", "Xong", "II.3.a", {"participants": 3}),
    ]
    diffs = ["Vựa cá mua bán chủ yếu ban đêm và rạng sáng nên khó tổ chức kiểm tra."]
    props = ["Đề nghị Chi cục TĐC hỗ trợ kiểm định cân tại chỗ cho tiểu thương chợ Phước Tỉnh.",
             "Đề nghị có tài liệu hướng dẫn ghi nhãn nước mắm dễ hiểu cho hộ sản xuất."]
    e = hand4_xlsx("26662_CT38_2026.xlsx", "ỦY BAN NHÂN DÂN", "Xã Long Hải", "118/BC-UBND",
                   "Long Hải, ngày 21 tháng 10 năm 2026", T, rows, diffs, props, "Trần Văn Bé")
    key("26662_CT38_2026.xlsx", "26662", "Xã Long Hải", "118/BC-UBND", "2026-10-21", e, diffs, props)

    rows = [
        ("Tuyên truyền trên cổng thông tin phường và màn hình LED tại trụ sở", "Văn phòng HĐND-UBND", "cả năm",
         "Đăng 7 tin bài", "Xong", "II.1.a", {"communications": 7}),
        ("Phối hợp Chi cục TĐC kiểm tra hàng hóa tại khu thương mại Thủ Dầu Một", "Phòng Kinh tế", "tháng 6, tháng 10",
         "2 cuộc, 15 cơ sở; không phát hiện vi phạm", "Đang làm", "II.5.c",
         {"inspections": 2, "establishments_inspected": 15}),
        ("Hỗ trợ doanh nghiệp nhỏ áp dụng công cụ năng suất (5S, Kaizen)", "Phòng Kinh tế", "tháng 8",
         "Giới thiệu 9 doanh nghiệp tham gia chương trình hỗ trợ của Chi cục", "Xong", "II.2.d", {"enterprises_supported": 9}),
        ("Duy trì hệ thống ISO 9001 tại phường", "Văn phòng HĐND-UBND", "thường xuyên",
         "Đánh giá nội bộ tháng 9/2026", "Xong", "II.2.đ", {}),
        ("Xử lý phản ánh, tố giác vi phạm TĐC", "Công an phường + Phòng Kinh tế", "cả năm",
         "Không có phản ánh", "Không có việc", "II.5.d", {}),
    ]
    diffs = ["Phường chưa có công chức được đào tạo chuyên sâu về đo lường."]
    props = ["Đề nghị mở thêm lớp tập huấn cho công chức phường khu vực Thủ Dầu Một cũ."]
    e = hand4_xlsx("25747-bang-theo-doi-CT38.xlsx", "ỦY BAN NHÂN DÂN", "Phường Thủ Dầu Một", "301/BC-UBND",
                   "Thủ Dầu Một, ngày 28 tháng 10 năm 2026", T, rows, diffs, props, "Võ Thị Ngọc Hà")
    key("25747-bang-theo-doi-CT38.xlsx", "25747", "Phường Thủ Dầu Một", "301/BC-UBND", "2026-10-28", e, diffs, props)


def resave_lo(name):
    """Re-save one file through LibreOffice, as an office would."""
    so = shutil.which("libreoffice") or shutil.which("soffice") or "/usr/lib/libreoffice/program/soffice"
    if not os.path.exists(so):
        return False
    ext = name.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    src = os.path.join(OUT, name)
    try:
        subprocess.run([so, "--headless", "-env:UserInstallation=file://" + tmp + "/prof", "--convert-to", ext,
                        "--outdir", tmp + "/out", src], check=True, timeout=180, capture_output=True)
        out = os.path.join(tmp, "out", name)
        if os.path.exists(out):
            shutil.copy(out, src)
            return True
    except Exception as ex:
        print("LibreOffice re-save failed:", ex)
    return False


if __name__ == "__main__":
    build_h1(); build_h2(); build_h3(); build_h4()
    for n in ("27637-bao-cao-ct38.docx", "TTPTTN-bao-cao-KH38.xlsx"):
        print("LO re-save", n, resave_lo(n))
    for fname, k in KEYS.items():
        k["sha256"] = hashlib.sha256(open(os.path.join(OUT, fname), "rb").read()).hexdigest()
        json.dump(k, open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    print(len(KEYS), "files")
