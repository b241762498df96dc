# -*- coding: utf-8 -*-
"""Generator for set150: chronological work logs / diaries in four hands.
Writes the report files into this folder and draft keys into truth/ (sha256 filled by finalize.py)."""
import json, os, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}

THU = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


def wd(d, m, y=2026):
    dt = datetime.date(y, m, d)
    assert dt.weekday() < 5, (d, m)
    return f"{THU[dt.weekday()]}, {d:02d}/{m}/{y}" if d < 10 else f"{THU[dt.weekday()]}, {d}/{m}/{y}"


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": [{"task": t, "status": s, "indicators": ind, "text": tx} for (t, s, ind, tx) in entries],
        "findings": [], "difficulties": diffs, "proposals": props,
    }

# ---------------------------------------------------------------- docx helpers

def new_doc(font="Times New Roman", size=13, margins=(2, 2, 3, 1.5)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(3)
    for s in d.sections:
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
    return d


def P(doc_or_cell, text="", b=False, i=False, u=False, align=None, size=None, indent=None):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = b, i, u
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
    return p


def R(p, text, b=False, i=False, u=False, size=None):
    r = p.add_run(text)
    r.bold, r.italic, r.underline = b, i, u
    if size:
        r.font.size = Pt(size)
    return r


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement(f"w:{e}")
        x.set(qn("w:val"), "nil")
        b.append(x)
    tblPr.append(b)


def header_table(doc, left, right, size=12):
    """left/right: list of (text, bold, italic)"""
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    for cell, lines in ((t.rows[0].cells[0], left), (t.rows[0].cells[1], right)):
        cell.paragraphs[0].text = ""
        first = True
        for (tx, b, i) in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            R(p, tx, b=b, i=i, size=size)
    t.columns[0].width = Cm(6.5)
    t.columns[1].width = Cm(9.5)
    return t


def cell_text(cell, text, b=False, i=False, size=None, align=None):
    cell.paragraphs[0].text = ""
    lines = text.split("\n")
    for k, ln in enumerate(lines):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        R(p, ln, b=b, i=i, size=size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def signature(doc, left_lines, right_lines):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    c0, c1 = t.rows[0].cells
    cell_text(c0, "")
    p = c0.paragraphs[0]
    for k, (tx, b, i) in enumerate(left_lines):
        p = c0.paragraphs[0] if k == 0 else c0.add_paragraph()
        R(p, tx, b=b, i=i, size=11)
    for k, (tx, b, i) in enumerate(right_lines):
        p = c1.paragraphs[0] if k == 0 else c1.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        R(p, tx, b=b, i=i)

# =============================================================== HAND A
# Ward officer's work diary: "Tháng n/2026" month headings, "- Ngày dd/mm/yyyy: …" entries,
# no per-task summary; status only in the latest entry; difficulties inside entries ("vướng …").

def hand_a(fname, ward_upper, place, so, date_vn, title2, kinh_gui, intro, months, closing_label, closing, signer, chuc):
    d = new_doc()
    header_table(d, [("ỦY BAN NHÂN DÂN", False, False), (ward_upper, True, False), ("––––––––", False, False),
                     (f"Số: {so}", False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("–––––––––––––––––––", False, False), (f"{place}, {date_vn}", False, True)])
    P(d)
    P(d, "BÁO CÁO", b=True, align="c", size=14)
    P(d, title2, b=True, align="c")
    P(d, f"Kính gửi: {kinh_gui}", align="c")
    P(d, intro, align="j", indent=1)
    for mlabel, entries in months:
        P(d, mlabel, b=True, u=True)
        for dt, tx in entries:
            p = P(d, "- ", align="j")
            R(p, f"Ngày {dt}:", b=True)
            R(p, " " + tx)
    if closing:
        P(d, closing_label, b=True)
        for c in closing:
            P(d, "- " + c, align="j")
    P(d)
    signature(d, [("Nơi nhận:", True, True), ("- Như trên;", False, False), ("- Chủ tịch, các PCT UBND;", False, False),
                  ("- Lưu: VT, KT.", False, False)],
              [(chuc[0], True, False), (chuc[1], True, False), ("", False, False), ("", False, False), (signer, True, False)])
    d.save(os.path.join(OUT, fname))


# A1 Phường Tăng Nhơn Phú
fn = "318-BC-UBND_TangNhonPhu_nhatky CT38.docx"
A1_d1 = "nhiều tiểu thương không có mặt tại sạp, Tổ phải đi lại nhiều lần"
A1_p = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ phường 02 cân đối chứng loại 60 kg đặt tại chợ đêm khu phố 3.",
        "Đề nghị Sở tổ chức thêm lớp tập huấn ngắn ngày cho cán bộ khu phố về kiểm tra cân, ghi nhãn hàng hóa."]
hand_a(fn, "PHƯỜNG TĂNG NHƠN PHÚ", "Tăng Nhơn Phú", "318/BC-UBND", "ngày 27 tháng 10 năm 2026",
       "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026",
       "Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng)",
       "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Tăng Nhơn Phú báo cáo kết quả thực hiện, ghi theo nhật ký công việc của Phòng Kinh tế, Hạ tầng và Đô thị phường, như sau:",
       [("Tháng 01/2026", [("20/01/2026", "UBND phường ban hành Kế hoạch duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 năm 2026; phân công Tổ ISO gồm 07 thành viên.")]),
        ("Tháng 3/2026", [("12/3/2026", f"phối hợp Đoàn kiểm tra của Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đo lường tại chợ Tăng Nhơn Phú (01 cuộc), kiểm tra 18 sạp, phát hiện 02 sạp dùng cân sai số vượt mức cho phép; vướng là {A1_d1}."),
                          ("25/3/2026", "Chi cục ban hành quyết định xử phạt 02 hộ kinh doanh tại chợ, tổng số tiền 3.000.000đ; phường đã nhận bản sao, giao Ban quản lý chợ theo dõi.")]),
        ("Tháng 4/2026", [("02/4/2026", "Ban quản lý chợ đưa 03 cân đối chứng đi kiểm định định kỳ, cả 03 cân đạt yêu cầu, đã niêm phong lại."),
                          ("10/4/2026", "đăng 03 tin, bài trên Trang thông tin điện tử phường và nhóm Zalo các khu phố về cân đúng, ghi nhãn hàng hóa.")]),
        ("Tháng 5/2026", [("23/5/2026", "cử 02 công chức Phòng Kinh tế, Hạ tầng và Đô thị dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức (03 ngày)."),
                          ("27/5/2026", "02 đồng chí dự đủ lớp, đã nhận giấy chứng nhận; việc cử người đi học xem như xong.")]),
        ("Tháng 6/2026", [("15/6/2026", "Tổ ISO đánh giá nội bộ, rà soát 46 quy trình giải quyết thủ tục hành chính; sửa 05 quy trình cho khớp danh mục thủ tục mới.")]),
        ("Tháng 8/2026", [("08/8/2026", "Tổ kiểm tra liên ngành phường kiểm tra 01 cuộc tại 06 cửa hàng kinh doanh mũ bảo hiểm trên đường Lê Văn Việt; lập biên bản 01 cửa hàng bày bán mũ không có dấu hợp quy CR, chuyển hồ sơ về Chi cục xử lý. Đợt kiểm tra này đã làm xong.")]),
        ("Tháng 9/2026", [("22/9/2026", "họp xem xét của lãnh đạo về Hệ thống ISO; việc duy trì ISO năm 2026 đến nay đã làm xong.")]),
        ("Tháng 10/2026", [("05/10/2026", "gửi Chi cục biên bản và báo cáo đợt phối hợp tại chợ; chợ đêm khu phố 3 chưa kiểm tra được, phần phối hợp với Chi cục vẫn đang làm."),
                           ("19/10/2026", "phát thanh trên loa các khu phố nội dung “cân đúng – bán đúng”; việc tuyên truyền phường vẫn làm thường xuyên.")])],
       "Đề xuất:", A1_p, "Trần Văn Hiếu", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"))
key(fn, "26842", "Phường Tăng Nhơn Phú", "318/BC-UBND", "2026-10-27", [
    ("II.2.đ", "completed", {}, "Ngày 22/9/2026: họp xem xét của lãnh đạo về Hệ thống ISO; việc duy trì ISO năm 2026 đến nay đã làm xong."),
    ("II.5.c", "in_progress", {"inspections": 1, "establishments_inspected": 18, "violations": 2, "fines_vnd": 3000000, "instruments_verified": 3},
     "phối hợp Đoàn kiểm tra của Chi cục … kiểm tra đo lường tại chợ Tăng Nhơn Phú (01 cuộc), kiểm tra 18 sạp … phần phối hợp với Chi cục vẫn đang làm."),
    ("II.1.a", "in_progress", {"communications": 3}, "đăng 03 tin, bài … việc tuyên truyền phường vẫn làm thường xuyên."),
    ("II.3.a", "completed", {"participants": 2}, "cử 02 công chức … dự lớp tập huấn … việc cử người đi học xem như xong."),
    ("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 6, "violations": 1}, "Tổ kiểm tra liên ngành phường kiểm tra 01 cuộc tại 06 cửa hàng kinh doanh mũ bảo hiểm … Đợt kiểm tra này đã làm xong."),
], [A1_d1], A1_p)

# A2 Xã Xuyên Mộc
fn = "XuyenMoc_BC145_CT38.docx"
A2_d1 = "danh mục thủ tục hành chính cấp xã thay đổi nhiều lần, quy trình phải sửa đi sửa lại"
A2_p = ["Đề nghị Sở Khoa học và Công nghệ ban hành mẫu bộ quy trình ISO dùng chung cho cấp xã sau sắp xếp để các xã áp dụng thống nhất."]
hand_a(fn, "XÃ XUYÊN MỘC", "Xuyên Mộc", "145/BC-UBND", "ngày 22 tháng 10 năm 2026",
       "Kết quả thực hiện Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn xã",
       "Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh",
       "Ủy ban nhân dân xã Xuyên Mộc báo cáo kết quả thực hiện năm 2026 (số liệu tính đến ngày 20/10/2026) theo nhật ký công việc của Phòng Kinh tế xã, cụ thể như sau:",
       [("Tháng 3/2026", [("03/3/2026", "ban hành Quyết định kiện toàn Ban chỉ đạo ISO của xã sau sắp xếp (trước đây là 03 xã)."),
                          ("15/3/2026", "nhân Ngày Quyền của người tiêu dùng Việt Nam, Đài truyền thanh xã phát 05 tin về đo lường, chất lượng hàng hóa, cảnh giác hàng giả, hàng kém chất lượng.")]),
        ("Tháng 5/2026", [("05/5/2026", "phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đo lường xăng dầu 01 cuộc tại 04 cửa hàng xăng dầu trên địa bàn xã; các cửa hàng chấp hành tốt.")]),
        ("Tháng 6/2026", [("09/6/2026", "cử 01 công chức Phòng Kinh tế dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho công chức cấp xã tại phường Bà Rịa.")]),
        ("Tháng 8/2026", [("21/8/2026", "tiếp nhận 01 phản ánh của người dân về cân thiếu tại vựa hải sản ấp 4; chuyển Chi cục xử lý theo thẩm quyền."),
                          ("28/8/2026", "công bố lại Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 sau khi sửa đổi 12 quy trình.")]),
        ("Tháng 9/2026", [("30/9/2026", "Chi cục có văn bản trả lời: đã xử phạt 01 cơ sở số tiền 2.500.000 đồng; việc xử lý phản ánh này đã xong.")]),
        ("Tháng 10/2026", [("14/10/2026", "rà soát lại, phần phối hợp kiểm tra với Chi cục năm nay xã đã làm xong."),
                           ("20/10/2026", f"bộ quy trình ISO còn đang làm lại theo danh mục thủ tục hành chính mới; vướng vì {A2_d1}.")])],
       "Đề xuất:", A2_p, "Huỳnh Thị Kim Loan", ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH"))
key(fn, "26632", "Xã Xuyên Mộc", "145/BC-UBND", "2026-10-22", [
    ("II.2.đ", "in_progress", {}, "bộ quy trình ISO còn đang làm lại theo danh mục thủ tục hành chính mới"),
    ("II.1.a", "unknown", {"communications": 5}, "Đài truyền thanh xã phát 05 tin về đo lường, chất lượng hàng hóa"),
    ("II.5.c", "completed", {"inspections": 1, "establishments_inspected": 4}, "phối hợp Chi cục … kiểm tra đo lường xăng dầu 01 cuộc tại 04 cửa hàng … phần phối hợp kiểm tra với Chi cục năm nay xã đã làm xong."),
    ("II.3.a", "unknown", {"participants": 1}, "cử 01 công chức Phòng Kinh tế dự lớp tập huấn nghiệp vụ"),
    ("II.5.d", "completed", {"violations": 1, "fines_vnd": 2500000}, "tiếp nhận 01 phản ánh … đã xử phạt 01 cơ sở số tiền 2.500.000 đồng; việc xử lý phản ánh này đã xong."),
], [A2_d1], A2_p)

# A3 Phường Chánh Hiệp
fn = "ChanhHiep - bao cao CT38 nam 2026.docx"
A3_d1 = "phường chưa có công chức chuyên trách về tiêu chuẩn, đo lường, chất lượng, anh em kiêm nhiệm nhiều việc"
A3_p = ["Kiến nghị Chi cục gửi trước lịch kiểm tra ít nhất 05 ngày để phường bố trí người đi cùng Đoàn."]
hand_a(fn, "PHƯỜNG CHÁNH HIỆP", "Chánh Hiệp", "205/BC-UBND", "ngày 29 tháng 10 năm 2026",
       "Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
       "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
       "Căn cứ Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ; Ủy ban nhân dân phường Chánh Hiệp báo cáo theo thứ tự thời gian các việc đã làm như sau:",
       [("Tháng 02/2026", [("05/02/2026", "giao Văn phòng HĐND và UBND phường làm đầu mối chuyển Hệ thống quản lý chất lượng ISO sang phần mềm ISO điện tử.")]),
        ("Tháng 4/2026", [("18/4/2026", "phối hợp Chi cục kiểm tra ghi nhãn hàng hóa tại 09 cửa hàng tạp hóa khu phố 2, khu phố 5 (01 cuộc); lập biên bản 01 cơ sở bán hàng nhập khẩu không có nhãn phụ tiếng Việt.")]),
        ("Tháng 5/2026", [("26/5/2026", "phối hợp Chi cục tổ chức 01 hội nghị phổ biến Luật Đo lường, Luật Chất lượng sản phẩm, hàng hóa cho hộ kinh doanh tại chợ Chánh Hiệp, có 45 người dự; hội nghị đã tổ chức xong.")]),
        ("Tháng 7/2026", [("24/7/2026", "đã xong việc chuyển ISO lên phần mềm, 100% hồ sơ thủ tục hành chính chạy trên ISO điện tử.")]),
        ("Tháng 8/2026", [("04/8/2026", "cử 03 công chức dự khóa tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng khu vực Bình Dương (cũ)."),
                          ("12/8/2026", "khóa tập huấn kết thúc, 03 đồng chí đều đạt; việc này phường đã hoàn thành.")]),
        ("Tháng 9/2026", [("25/9/2026", "Chi cục ra quyết định xử phạt cơ sở vi phạm ghi nhãn (kiểm tra ngày 18/4) số tiền 4.000.000 đồng.")]),
        ("Tháng 10/2026", [("10/10/2026", f"việc phối hợp kiểm tra với Chi cục vẫn đang làm, chờ kế hoạch kiểm tra quý IV; vướng: {A3_d1}.")])],
       "Kiến nghị:", A3_p, "Lê Minh Khoa", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"))
key(fn, "25771", "Phường Chánh Hiệp", "205/BC-UBND", "2026-10-29", [
    ("II.2.đ", "completed", {}, "đã xong việc chuyển ISO lên phần mềm"),
    ("II.5.c", "in_progress", {"inspections": 1, "establishments_inspected": 9, "violations": 1, "fines_vnd": 4000000},
     "phối hợp Chi cục kiểm tra ghi nhãn hàng hóa tại 09 cửa hàng … việc phối hợp kiểm tra với Chi cục vẫn đang làm"),
    ("II.1.a", "completed", {"training_courses": 1, "participants": 45}, "phối hợp Chi cục tổ chức 01 hội nghị phổ biến Luật Đo lường … có 45 người dự; hội nghị đã tổ chức xong."),
    ("II.3.a", "completed", {"participants": 3}, "cử 03 công chức dự khóa tập huấn … việc này phường đã hoàn thành."),
], [A3_d1], A3_p)

# A4 Phường Phú Lợi — mistaken (giảm nghèo)
fn = "PhuLoi_BC231_nhat ky.docx"
hand_a(fn, "PHƯỜNG PHÚ LỢI", "Phú Lợi", "231/BC-UBND", "ngày 20 tháng 10 năm 2026",
       "Kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2026 (ghi theo nhật ký công việc)",
       "Sở Nông nghiệp và Môi trường",
       "Ủy ban nhân dân phường Phú Lợi báo cáo kết quả thực hiện công tác giảm nghèo bền vững năm 2026, ghi theo nhật ký công việc của Phòng Văn hóa - Xã hội phường, như sau:",
       [("Tháng 01/2026", [("12/01/2026", "rà soát, chốt danh sách đầu năm: 38 hộ nghèo, 71 hộ cận nghèo theo chuẩn nghèo Thành phố giai đoạn 2026-2030."),
                           ("22/01/2026", "trao 109 phần quà Tết Bính Ngọ cho hộ nghèo, hộ cận nghèo, mỗi phần 1.000.000 đồng từ Quỹ Vì người nghèo phường.")]),
        ("Tháng 4/2026", [("16/4/2026", "phối hợp Ngân hàng Chính sách xã hội giải ngân vốn vay cho 14 hộ, tổng số 840.000.000 đồng; vướng là một số hộ không có phương án sản xuất rõ ràng.")]),
        ("Tháng 6/2026", [("05/6/2026", "mở 01 lớp dạy nghề may công nghiệp cho 22 lao động thuộc hộ cận nghèo.")]),
        ("Tháng 9/2026", [("18/9/2026", "hỗ trợ sửa chữa 03 căn nhà cho hộ nghèo khu phố 4; việc này đã xong.")]),
        ("Tháng 10/2026", [("15/10/2026", "khảo sát giữa kỳ: còn 29 hộ nghèo, 63 hộ cận nghèo; công tác rà soát cuối năm đang làm.")])],
       "Đề xuất:", ["Đề nghị Thành phố sớm ban hành hướng dẫn rà soát hộ nghèo, hộ cận nghèo cuối năm 2026."], "Phạm Thị Ngọc Hân", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"))
key(fn, "25750", "Phường Phú Lợi", "231/BC-UBND", "2026-10-20", [], [], [], status="rejected",
    reason="Báo cáo về Chương trình giảm nghèo bền vững (gửi Sở Nông nghiệp và Môi trường), không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng.")

# =============================================================== HAND B
# Excel event log "Ngày | Nội dung công việc | Kết quả | Người thực hiện", one row per event (real date cells),
# closed by a "CHỐT THEO TỪNG VIỆC" block of one text line per job (totals + status), then "Kiến nghị:".
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def hand_b(fname, agency_upper, unit_upper, so, date_vn, title, period, events, chot_date, chot, kien_nghi, signer, chuc, sheet="NhatKy"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for col, w in zip("ABCD", (13, 58, 44, 24)):
        ws.column_dimensions[col].width = w
    ws["A1"] = agency_upper; ws["A1"].font = Font(name="Times New Roman", size=11)
    ws["A2"] = unit_upper; ws["A2"].font = Font(name="Times New Roman", size=11, bold=True)
    ws["A3"] = f"Số: {so}"
    ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["C1"].font = Font(name="Times New Roman", size=11, bold=True)
    ws["C2"] = "Độc lập - Tự do - Hạnh phúc"; ws["C2"].font = Font(name="Times New Roman", size=11, bold=True)
    ws["C3"] = date_vn; ws["C3"].font = Font(name="Times New Roman", size=11, italic=True)
    ws.merge_cells("A5:D5"); ws["A5"] = title
    ws["A5"].font = Font(name="Times New Roman", size=13, bold=True); ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[5].height = 36
    ws.merge_cells("A6:D6"); ws["A6"] = period
    ws["A6"].font = Font(name="Times New Roman", size=11, italic=True); ws["A6"].alignment = Alignment(horizontal="center")
    r = 8
    for c, h in zip("ABCD", ("Ngày", "Nội dung công việc", "Kết quả", "Người thực hiện")):
        ws[f"{c}{r}"] = h
        ws[f"{c}{r}"].font = Font(name="Times New Roman", bold=True)
        ws[f"{c}{r}"].fill = PatternFill("solid", fgColor="D9E1F2")
        ws[f"{c}{r}"].border = BOX
        ws[f"{c}{r}"].alignment = Alignment(horizontal="center", vertical="center")
    for (dm, noi, kq, ng) in events:
        r += 1
        dd, mm = dm
        ws[f"A{r}"] = datetime.datetime(2026, mm, dd)
        ws[f"A{r}"].number_format = "dd/mm/yyyy"
        ws[f"B{r}"] = noi; ws[f"C{r}"] = kq; ws[f"D{r}"] = ng
        for c in "ABCD":
            ws[f"{c}{r}"].border = BOX
            ws[f"{c}{r}"].alignment = Alignment(vertical="top", wrap_text=True)
            ws[f"{c}{r}"].font = Font(name="Times New Roman", size=11)
    r += 2
    ws.merge_cells(f"A{r}:D{r}"); ws[f"A{r}"] = f"CHỐT THEO TỪNG VIỆC (đến ngày {chot_date})"
    ws[f"A{r}"].font = Font(name="Times New Roman", bold=True)
    for line in chot:
        r += 1
        ws.merge_cells(f"A{r}:D{r}"); ws[f"A{r}"] = line
        ws[f"A{r}"].alignment = Alignment(wrap_text=True, vertical="top")
        ws[f"A{r}"].font = Font(name="Times New Roman", size=11)
        ws.row_dimensions[r].height = 30
    r += 2
    ws[f"A{r}"] = "Kiến nghị:"; ws[f"A{r}"].font = Font(name="Times New Roman", bold=True)
    for k in kien_nghi:
        r += 1
        ws.merge_cells(f"A{r}:D{r}"); ws[f"A{r}"] = "- " + k
        ws[f"A{r}"].alignment = Alignment(wrap_text=True)
        ws.row_dimensions[r].height = 30
    r += 2
    ws[f"B{r}"] = "NGƯỜI LẬP"; ws[f"B{r}"].font = Font(bold=True); ws[f"B{r}"].alignment = Alignment(horizontal="center")
    ws[f"C{r}"] = chuc; ws[f"C{r}"].font = Font(bold=True); ws[f"C{r}"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws[f"B{r+4}"] = "Trịnh Quốc Bảo"; ws[f"B{r+4}"].alignment = Alignment(horizontal="center")
    ws[f"C{r+4}"] = signer; ws[f"C{r+4}"].alignment = Alignment(horizontal="center"); ws[f"C{r+4}"].font = Font(bold=True)
    ws.print_options.gridLines = False
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fname))


# B1 Sở Công Thương
fn = "SCT_NhatKy_CT38_2026.xlsx"
B1_d1 = "02 cơ sở kinh doanh LPG đóng cửa khi Đoàn đến, phải hẹn lại"
B1_p = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng chia sẻ kết quả khảo sát chất lượng xăng dầu, LPG để Sở Công Thương chọn địa bàn kiểm tra quý IV."]
hand_b(fn, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ CÔNG THƯƠNG", "2417/SCT-QLTM", "Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026",
       "NHẬT KÝ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026 CỦA NGÀNH CÔNG THƯƠNG",
       "(Số liệu từ ngày 01/01/2026 đến ngày 25/10/2026)",
       [((15, 1), "Ban hành Kế hoạch số 118/KH-SCT triển khai Chỉ thị 38 trong ngành Công Thương năm 2026", "Đã ban hành, gửi các phòng", "Phòng QLTM (đ/c Hương)"),
        ((3, 3), "Góp ý dự thảo QCVN về khí dầu mỏ hóa lỏng (LPG) và dự thảo QCVN về chai chứa LPG theo đề nghị của Bộ Công Thương", "Gửi văn bản góp ý 02 dự thảo", "Phòng KTAT-MT (đ/c Khoa)"),
        ((19, 3), "Phối hợp Chi cục TĐC kiểm tra chất lượng xăng dầu tại cửa hàng bán lẻ", "01 cuộc; 12 cửa hàng; 02 cửa hàng vi phạm; phạt 15.000.000 đ", "Phòng QLTM (đ/c Tâm)"),
        ((14, 5), "Đoàn liên ngành kiểm tra kinh doanh LPG chai", "01 cuộc; 15 cơ sở; 01 vi phạm; phạt 22.500.000 đ", "Phòng KTAT-MT (đ/c Khoa)"),
        ((22, 6), "Hội nghị phổ biến quy định về ghi nhãn hàng hóa, truy xuất nguồn gốc cho doanh nghiệp ngành Công Thương", "01 hội nghị, 180 đại biểu", "Phòng QLCN (đ/c Lộc)"),
        ((10, 7), "Góp ý dự thảo QCVN về thép làm cốt bê tông (sửa đổi)", "Gửi góp ý 01 dự thảo", "Phòng QLCN"),
        ((18, 8), "Đánh giá nội bộ Hệ thống quản lý chất lượng ISO 9001:2015 của Sở", "Đánh giá 07 phòng; 03 điểm cần cải tiến", "Văn phòng Sở (đ/c Nga)"),
        ((9, 9), "Kiểm tra kinh doanh LPG đợt 2", f"01 cuộc; 09 cơ sở; vướng: {B1_d1}", "Phòng KTAT-MT"),
        ((30, 9), "Hướng dẫn doanh nghiệp áp dụng tem truy xuất nguồn gốc cho hàng hóa đặc trưng của Thành phố", "14 doanh nghiệp", "Phòng QLCN (đ/c Lộc)"),
        ((12, 10), "Họp xem xét của lãnh đạo về ISO", "Cập nhật chính sách, mục tiêu chất lượng năm 2026", "Văn phòng Sở")],
       "25/10/2026",
       ["1. Góp ý dự thảo quy chuẩn: cộng 03 dự thảo QCVN – đã xong.",
        "2. Kiểm tra xăng dầu, LPG: cộng 03 cuộc, 36 cơ sở, 03 vi phạm, phạt 37,5 triệu đồng – còn làm tiếp trong quý IV.",
        "3. Phổ biến ghi nhãn, truy xuất nguồn gốc: 01 hội nghị, 180 đại biểu – đã xong.",
        "4. Hướng dẫn truy xuất nguồn gốc cho doanh nghiệp: 14 doanh nghiệp – đang làm.",
        "5. ISO của Sở: đã xong."],
       B1_p, "Đỗ Thanh Tùng", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
key(fn, "SO-CT", "Sở Công Thương", "2417/SCT-QLTM", "2026-10-26", [
    ("II.2.e", "completed", {"standards_reviewed": 3}, "1. Góp ý dự thảo quy chuẩn: cộng 03 dự thảo QCVN – đã xong."),
    ("II.5.a", "in_progress", {"inspections": 3, "establishments_inspected": 36, "violations": 3, "fines_vnd": 37500000}, "2. Kiểm tra xăng dầu, LPG: cộng 03 cuộc, 36 cơ sở, 03 vi phạm, phạt 37,5 triệu đồng – còn làm tiếp trong quý IV."),
    ("II.1.a", "completed", {"training_courses": 1, "participants": 180}, "3. Phổ biến ghi nhãn, truy xuất nguồn gốc: 01 hội nghị, 180 đại biểu – đã xong."),
    ("II.2.a", "in_progress", {"enterprises_supported": 14}, "4. Hướng dẫn truy xuất nguồn gốc cho doanh nghiệp: 14 doanh nghiệp – đang làm."),
    ("II.2.đ", "completed", {}, "5. ISO của Sở: đã xong."),
], [B1_d1], B1_p)

# B2 Sở Y tế
fn = "SYT nhat ky TDC 2026.xlsx"
B2_d1 = "phần mềm một cửa mới chưa kết xuất được hồ sơ theo quy trình ISO"
B2_p = ["Đề nghị Chi cục TĐC hướng dẫn danh mục phương tiện đo nhóm 2 bắt buộc kiểm định trong cơ sở khám bệnh, chữa bệnh."]
hand_b(fn, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ Y TẾ", "6120/SYT-NVY", "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
       "NHẬT KÝ CÔNG VIỆC VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026 (THỰC HIỆN KẾ HOẠCH CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ)",
       "(Kèm theo Công văn số 6120/SYT-NVY ngày 30/10/2026 của Sở Y tế)",
       [((12, 2), "Góp ý dự thảo Quy chuẩn kỹ thuật địa phương về chất lượng nước sạch sử dụng cho mục đích sinh hoạt trên địa bàn Thành phố", "Đã gửi góp ý", "Phòng NVY (đ/c Phúc)"),
        ((20, 3), "Rà soát phương tiện đo nhóm 2 (huyết áp kế, nhiệt kế, cân sức khỏe) tại bệnh viện công lập", "Gửi văn bản yêu cầu 08 bệnh viện báo cáo", "Phòng NVY"),
        ((16, 4), "Cử công chức dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng của Chi cục TĐC", "04 công chức", "Phòng TCCB (đ/c Mai)"),
        ((11, 6), "Kiểm tra việc kiểm định phương tiện đo tại cơ sở khám bệnh, chữa bệnh", "01 cuộc; 08 bệnh viện; 01 đơn vị có huyết áp kế quá hạn kiểm định", "Phòng NVY (đ/c Phúc)"),
        ((7, 7), "Góp ý dự thảo QCVN về trang thiết bị y tế chẩn đoán in vitro", "Đã gửi góp ý", "Phòng NVD"),
        ((25, 8), "Duy trì ISO 9001:2015 – đánh giá nội bộ", f"Đã đánh giá; vướng: {B2_d1}", "Văn phòng Sở"),
        ((5, 10), "Kiểm tra lại đơn vị có huyết áp kế quá hạn kiểm định", "Đơn vị đã đưa 06 huyết áp kế đi kiểm định, đạt yêu cầu", "Phòng NVY")],
       "28/10/2026",
       ["1. Góp ý quy chuẩn (QCĐP nước sạch, QCVN trang thiết bị y tế): 02 dự thảo – Hoàn thành.",
        "2. Cử công chức dự tập huấn về tiêu chuẩn, đo lường, chất lượng: Hoàn thành.",
        "3. Kiểm tra phương tiện đo tại bệnh viện: 01 cuộc, 08 bệnh viện, 01 đơn vị vi phạm (đã khắc phục) – Hoàn thành.",
        "4. Duy trì ISO 9001: Đang thực hiện (chờ khắc phục phần mềm)."],
       B2_p, "Nguyễn Hoài Nam", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", sheet="Sheet1")
key(fn, "SO-YT", "Sở Y tế", "6120/SYT-NVY", "2026-10-30", [
    ("II.2.e", "completed", {"standards_reviewed": 2}, "1. Góp ý quy chuẩn (QCĐP nước sạch, QCVN trang thiết bị y tế): 02 dự thảo – Hoàn thành."),
    ("II.3.a", "completed", {"participants": 4}, "Cử công chức dự lớp tập huấn … 04 công chức; chốt: Hoàn thành."),
    ("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 8, "violations": 1, "instruments_verified": 6}, "3. Kiểm tra phương tiện đo tại bệnh viện: 01 cuộc, 08 bệnh viện, 01 đơn vị vi phạm (đã khắc phục) – Hoàn thành."),
    ("II.2.đ", "in_progress", {}, "4. Duy trì ISO 9001: Đang thực hiện (chờ khắc phục phần mềm)."),
], [B2_d1], B2_p)

# B3 Phường Bến Cát
fn = "BenCat_nhatky_CT38.xlsx"
B3_d1 = "nhiều sạp đóng cửa sớm, kiểm tra không hết trong buổi sáng"
B3_p = ["Đề nghị Chi cục cấp thêm 01 cân đối chứng cho chợ Thới Hòa."]
hand_b(fn, "ỦY BAN NHÂN DÂN", "PHƯỜNG BẾN CÁT", "276/BC-UBND", "Bến Cát, ngày 23 tháng 10 năm 2026",
       "NHẬT KÝ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 TRÊN ĐỊA BÀN PHƯỜNG",
       "(Kèm theo Báo cáo số 276/BC-UBND của UBND phường Bến Cát)",
       [((9, 1), "Duy trì ISO: ban hành kế hoạch năm 2026", "Xong", "VP HĐND-UBND (đ/c Thảo)"),
        ((16, 3), "Tuyên truyền Ngày Quyền của người tiêu dùng trên trang Facebook phường", "02 bài", "Phòng VH-XH (đ/c Duy)"),
        ((24, 3), "Phối hợp Chi cục kiểm tra đo lường tại chợ Bến Cát", f"01 cuộc; 21 sạp; 03 cân sai, phạt 4.500.000 đ; vướng: {B3_d1}", "Phòng Kinh tế (đ/c Hậu)"),
        ((6, 5), "Cử công chức dự tập huấn nghiệp vụ TĐC", "02 người", "Phòng Kinh tế"),
        ((17, 6), "Tuyên truyền trên loa truyền thanh các khu phố", "04 tin", "Phòng VH-XH"),
        ((19, 8), "Phối hợp Chi cục kiểm tra đo lường tại chợ Mỹ Phước", "01 cuộc; 16 sạp; 01 cân sai, phạt 1.500.000 đ", "Phòng Kinh tế (đ/c Hậu)"),
        ((2, 10), "Đánh giá nội bộ ISO", "Xong, không có điểm không phù hợp lớn", "VP HĐND-UBND")],
       "20/10/2026",
       ["- Phối hợp kiểm tra đo lường tại chợ: 02 cuộc, 37 sạp, 04 vi phạm, phạt 6.000.000 đ – đang làm (còn chợ Thới Hòa).",
        "- Tuyên truyền: 06 tin, bài – đang làm (thường xuyên).",
        "- Cử người dự tập huấn: 02 người – xong.",
        "- ISO của phường: xong.",
        "- Tiếp nhận phản ánh, tố giác vi phạm về đo lường, chất lượng: không phát sinh."],
       B3_p, "Võ Ngọc Trâm", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
key(fn, "25813", "Phường Bến Cát", "276/BC-UBND", "2026-10-23", [
    ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 37, "violations": 4, "fines_vnd": 6000000}, "- Phối hợp kiểm tra đo lường tại chợ: 02 cuộc, 37 sạp, 04 vi phạm, phạt 6.000.000 đ – đang làm (còn chợ Thới Hòa)."),
    ("II.1.a", "in_progress", {"communications": 6}, "- Tuyên truyền: 06 tin, bài – đang làm (thường xuyên)."),
    ("II.3.a", "completed", {"participants": 2}, "- Cử người dự tập huấn: 02 người – xong."),
    ("II.2.đ", "completed", {}, "- ISO của phường: xong."),
    ("II.5.d", "not_applicable", {}, "- Tiếp nhận phản ánh, tố giác vi phạm về đo lường, chất lượng: không phát sinh."),
], [B3_d1], B3_p)

# B4 Xã Hòa Hiệp
fn = "HoaHiep_CT38_T10.xlsx"
B4_d1 = "xã chưa có máy chủ, phần mềm ISO điện tử chưa triển khai được"
B4_p = ["Đề nghị Sở hỗ trợ kinh phí mua phần mềm ISO điện tử cho xã."]
hand_b(fn, "ỦY BAN NHÂN DÂN", "XÃ HÒA HIỆP", "98/BC-UBND", "Hòa Hiệp, ngày 21 tháng 10 năm 2026",
       "NHẬT KÝ CÔNG VIỆC THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW (TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG) NĂM 2026",
       "(Báo cáo số 98/BC-UBND ngày 21/10/2026)",
       [((10, 2), "Kiểm tra 02 cân đối chứng tại chợ Hòa Hiệp", "02 cân bị mòn quả cân, đề nghị sửa", "Ban QL chợ (ông Lực)"),
        ((27, 2), "Mang 02 cân đối chứng đi kiểm định tại Trung tâm Dịch vụ Phân tích thí nghiệm", "02 cân đạt", "Ban QL chợ"),
        ((20, 4), "Phối hợp Chi cục kiểm tra đo lường tại chợ Hòa Hiệp và các vựa hải sản", "01 cuộc; 14 cơ sở; 02 vi phạm", "Phòng Kinh tế (đ/c Nhàn)"),
        ((12, 6), "Chi cục ban hành quyết định xử phạt", "02 cơ sở; 3.500.000 đ", "Phòng Kinh tế"),
        ((15, 7), "ISO xã", f"Chưa làm; vướng: {B4_d1}", "Văn phòng (đ/c Tú)"),
        ((3, 9), "Phát thanh tuyên truyền về cân đúng, hàng hóa có nhãn", "08 lượt tin", "Đài truyền thanh xã")],
       "15/10/2026",
       ["- Cân đối chứng: 02 cân kiểm định đạt – xong.",
        "- Kiểm tra đo lường cùng Chi cục: 01 cuộc, 14 cơ sở, 02 vi phạm, phạt 3.500.000 đ – xong.",
        "- Tuyên truyền: 08 lượt tin – đang làm.",
        "- ISO của xã: chưa làm được."],
       B4_p, "Ngô Văn Sáu", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
key(fn, "26647", "Xã Hòa Hiệp", "98/BC-UBND", "2026-10-21", [
    ("II.5.c", "completed", {"instruments_verified": 2, "inspections": 1, "establishments_inspected": 14, "violations": 2, "fines_vnd": 3500000},
     "- Cân đối chứng: 02 cân kiểm định đạt – xong. - Kiểm tra đo lường cùng Chi cục: 01 cuộc, 14 cơ sở, 02 vi phạm, phạt 3.500.000 đ – xong."),
    ("II.1.a", "in_progress", {"communications": 8}, "- Tuyên truyền: 08 lượt tin – đang làm."),
    ("II.2.đ", "not_started", {}, "- ISO của xã: chưa làm được."),
], [B4_d1], B4_p)

# =============================================================== HAND C
# Per-task diary tables "Ngày | Việc đã làm" with the weekday in every date ("Thứ Ba, 17/3/2026"),
# closed (not always) by a merged "Tổng kết: …" row holding totals and status.

def hand_c(fname, left, so, date_line, title2, kinh_gui, intro, tasks, kn_label, kien_nghi, chuc, signer, font="Times New Roman"):
    d = new_doc(font=font)
    header_table(d, left + [("––––––––", False, False), (f"Số: {so}", False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("–––––––––––––––––––", False, False), (date_line, False, True)])
    P(d)
    P(d, "BÁO CÁO", b=True, align="c", size=14)
    P(d, title2, b=True, align="c")
    if kinh_gui:
        P(d, f"Kính gửi: {kinh_gui}", align="c")
    P(d, intro, align="j", indent=1)
    P(d, "I. DIỄN BIẾN THỰC HIỆN THEO TỪNG VIỆC", b=True)
    for k, (name, rows, tong) in enumerate(tasks, 1):
        P(d, f"{k}. {name}", b=True)
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        cell_text(t.rows[0].cells[0], "Ngày", b=True, align="c")
        cell_text(t.rows[0].cells[1], "Việc đã làm", b=True, align="c")
        for (dd, mm), tx in rows:
            rr = t.add_row().cells
            cell_text(rr[0], wd(dd, mm), size=11)
            cell_text(rr[1], tx, size=12)
        if tong:
            rr = t.add_row().cells
            m = rr[0].merge(rr[1])
            cell_text(m, "")
            p = m.paragraphs[0]
            R(p, "Tổng kết: ", b=True, i=True)
            R(p, tong, i=True)
        for row in t.rows:
            row.cells[0].width = Cm(4.2)
            if len(row.cells) > 1:
                row.cells[1].width = Cm(12)
        P(d)
    P(d, kn_label, b=True)
    for x in kien_nghi:
        P(d, "- " + x, align="j")
    P(d)
    signature(d, [("Nơi nhận:", True, True), ("- Như trên;", False, False), ("- Lưu: VT.", False, False)],
              [(chuc[0], True, False), (chuc[1], True, False), ("", False, False), ("", False, False), (signer, True, False)])
    d.save(os.path.join(OUT, fname))


# C1 Chi cục TĐC
fn = "CCTDC_BC1386_CT38_2026.docx"
C1_d1 = "chưa có kinh phí riêng cho xây dựng quy chuẩn kỹ thuật địa phương"
C1_d2 = "một số phường, xã mới sắp xếp chưa phân công công chức đầu mối, khó liên hệ khi phối hợp"
C1_p = ["Đề nghị Sở bố trí kinh phí riêng cho việc xây dựng quy chuẩn kỹ thuật địa phương trong dự toán năm 2027.",
        "Đề nghị UBND các phường, xã, đặc khu cử công chức đầu mối về tiêu chuẩn, đo lường, chất lượng và gửi danh sách về Chi cục."]
hand_c(fn, [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False, False), ("CHI CỤC TIÊU CHUẨN", True, False), ("ĐO LƯỜNG CHẤT LƯỢNG", True, False)],
       "1386/BC-CCTĐC", "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
       "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (phần việc Chi cục chủ trì)",
       "Sở Khoa học và Công nghệ",
       "Chi cục Tiêu chuẩn Đo lường Chất lượng báo cáo diễn biến và kết quả thực hiện các nhiệm vụ được giao chủ trì tại Kế hoạch, trích từ sổ nhật ký công tác của Chi cục (số liệu đến ngày 25/10/2026), như sau:",
       [("Tập huấn văn bản pháp luật cho doanh nghiệp, tọa đàm doanh nghiệp nhập khẩu",
         [((26, 3), "Lớp tập huấn thứ nhất tại Hội trường Sở (phường Sài Gòn): quy định mới về nhãn hàng hóa, công bố hợp quy; 120 học viên."),
          ((20, 5), "Lớp thứ hai tại phường Thủ Dầu Một: 95 học viên."),
          ((14, 8), "Tọa đàm với doanh nghiệp nhập khẩu về kiểm tra nhà nước chất lượng hàng hóa nhập khẩu; 60 đại biểu.")],
         "03 buổi (02 lớp, 01 tọa đàm), 275 lượt người tham dự; nội dung này đã hoàn thành."),
        ("Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
         [((12, 2), "Gửi thư mời, tài liệu hướng dẫn đến các hiệp hội doanh nghiệp."),
          ((5, 3), "Hướng dẫn trực tiếp 07 doanh nghiệp hoàn thiện hồ sơ tham dự.")],
         "07 doanh nghiệp được hướng dẫn, 03 doanh nghiệp nộp hồ sơ; đã xong."),
        ("Tổ chức sơ tuyển Giải thưởng tại Thành phố",
         [((16, 6), "Hội đồng sơ tuyển họp, đánh giá 03 hồ sơ tại doanh nghiệp."),
          ((8, 9), "Gửi kết quả sơ tuyển về Văn phòng Giải thưởng Chất lượng Quốc gia; đang chờ Hội đồng Quốc gia xét chọn.")],
         None),
        ("Góp ý tiêu chuẩn, quy chuẩn kỹ thuật; quy chuẩn địa phương",
         [((10, 3), "Góp ý 02 dự thảo TCVN về an toàn đồ chơi trẻ em."),
          ((21, 7), "Góp ý 03 dự thảo QCVN do Bộ Công Thương, Bộ Y tế gửi lấy ý kiến."),
          ((2, 10), f"Họp với Sở Y tế về đề cương quy chuẩn địa phương về nước sạch; vướng: {C1_d1}.")],
         "góp ý 05 dự thảo TCVN, QCVN; quy chuẩn địa phương đang soạn đề cương – đang thực hiện."),
        ("Tập huấn nghiệp vụ cho công chức phường, xã, đặc khu",
         [((9, 6), "Lớp khu vực Bình Dương (cũ): 86 công chức."),
          ((23, 7), "Lớp khu vực Bà Rịa - Vũng Tàu (cũ): 64 công chức.")],
         "02 lớp, 150 công chức; lớp khu vực trung tâm dời sang tháng 11/2026 – đang thực hiện."),
        ("Hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ",
         [((6, 4), "Gửi hiệu chuẩn 16 phương tiện (14 quả cân chuẩn, 02 cân kiểm tra) của Đoàn kiểm tra."),
          ((17, 4), "Nhận lại đủ 16 phương tiện kèm giấy chứng nhận hiệu chuẩn; việc này xong.")],
         None),
        ("Kiểm tra nhà nước về tiêu chuẩn, đo lường, chất lượng",
         [((17, 3), "Đoàn 1 bắt đầu kiểm tra xăng dầu, khí dầu mỏ hóa lỏng; trong quý I, II thực hiện 05 cuộc."),
          ((4, 8), "Đoàn 2 kiểm tra mũ bảo hiểm, đồ chơi trẻ em: 06 cuộc."),
          ((15, 10), "Tổng hợp hồ sơ, trình ban hành các quyết định xử phạt còn lại.")],
         "11 cuộc, 214 cơ sở, 37 cơ sở vi phạm, phạt 412.750.000 đồng; còn 02 cuộc quý IV – đang thực hiện."),
        ("Khảo sát chất lượng sản phẩm, hàng hóa",
         [((15, 7), "Lấy 40 mẫu (mũ bảo hiểm, đồ chơi trẻ em, dây cáp điện) gửi Trung tâm thử nghiệm."),
          ((28, 9), "Nhận kết quả thử nghiệm: 06 mẫu không phù hợp tiêu chuẩn công bố."),
          ((19, 10), "Gửi thông báo kết quả đến Chi cục Quản lý thị trường, Phòng Kiểm tra – Pháp chế; xong đợt khảo sát năm 2026.")],
         None),
        ("Phối hợp phường, xã, đặc khu thực hiện nội dung được phân quyền",
         [((12, 3), "Bắt đầu đợt phối hợp kiểm tra đo lường tại chợ (phường Tăng Nhơn Phú)."),
          ((14, 9), f"Rà soát đầu mối phối hợp; vướng: {C1_d2}.")],
         "phối hợp 17 phường, xã; 17 cuộc, 326 cơ sở, 19 vi phạm – đang thực hiện.")],
       "II. KIẾN NGHỊ", C1_p, ("KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"), "Phan Thị Bích Ngọc")
key(fn, "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "1386/BC-CCTĐC", "2026-10-30", [
    ("II.1.a", "completed", {"training_courses": 3, "participants": 275}, "Tổng kết: 03 buổi (02 lớp, 01 tọa đàm), 275 lượt người tham dự; nội dung này đã hoàn thành."),
    ("II.1.b", "completed", {"enterprises_supported": 7}, "Tổng kết: 07 doanh nghiệp được hướng dẫn, 03 doanh nghiệp nộp hồ sơ; đã xong."),
    ("II.2.b", "in_progress", {}, "Gửi kết quả sơ tuyển …; đang chờ Hội đồng Quốc gia xét chọn."),
    ("II.2.e", "in_progress", {"standards_reviewed": 5}, "Tổng kết: góp ý 05 dự thảo TCVN, QCVN; quy chuẩn địa phương đang soạn đề cương – đang thực hiện."),
    ("II.3.a", "in_progress", {"training_courses": 2, "participants": 150}, "Tổng kết: 02 lớp, 150 công chức; lớp khu vực trung tâm dời sang tháng 11/2026 – đang thực hiện."),
    ("II.4.b", "completed", {"instruments_verified": 16}, "Nhận lại đủ 16 phương tiện kèm giấy chứng nhận hiệu chuẩn; việc này xong."),
    ("II.5.a", "in_progress", {"inspections": 11, "establishments_inspected": 214, "violations": 37, "fines_vnd": 412750000}, "Tổng kết: 11 cuộc, 214 cơ sở, 37 cơ sở vi phạm, phạt 412.750.000 đồng; còn 02 cuộc quý IV – đang thực hiện."),
    ("II.5.b", "completed", {"samples_tested": 40}, "Lấy 40 mẫu … xong đợt khảo sát năm 2026."),
    ("II.5.c", "in_progress", {"inspections": 17, "establishments_inspected": 326, "violations": 19}, "Tổng kết: phối hợp 17 phường, xã; 17 cuộc, 326 cơ sở, 19 vi phạm – đang thực hiện."),
], [C1_d1, C1_d2], C1_p)

# C2 Phòng Kiểm tra – Pháp chế
fn = "KTPC_BC214_CT38.docx"
C2_d1 = "người tố giác không cung cấp được chứng cứ cho 01 đơn"
C2_p = ["Đề nghị Chi cục gửi danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ cần rà soát trước ngày 15/11/2026."]
hand_c(fn, [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False, False), ("PHÒNG KIỂM TRA – PHÁP CHẾ", True, False)],
       "214/BC-KTPC", "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
       "Tình hình thực hiện các nội dung phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
       "Chi cục Tiêu chuẩn Đo lường Chất lượng",
       "Phòng Kiểm tra – Pháp chế báo cáo các việc đã làm theo Kế hoạch, ghi theo ngày trong sổ theo dõi của Phòng:",
       [("Tham gia Đoàn kiểm tra của Chi cục",
         [((17, 3), "Cử 01 công chức tham gia Đoàn kiểm tra xăng dầu."),
          ((4, 8), "Tham gia Đoàn 2 kiểm tra mũ bảo hiểm, đồ chơi trẻ em.")],
         "Phòng tham gia 04 cuộc – đang thực hiện."),
        ("Tiếp nhận, xử lý đơn tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng",
         [((2, 4), "Tiếp nhận 03 đơn tố giác (cân thiếu tại chợ, xăng dầu kém chất lượng)."),
          ((20, 5), f"Tham mưu xử phạt 02 trường hợp, tổng số tiền 27.000.000 đồng; 01 đơn không đủ căn cứ xử lý (vướng: {C2_d1}).")],
         "03 đơn; xử phạt 02 trường hợp, 27.000.000 đồng – hoàn thành."),
        ("Góp ý văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng",
         [((14, 5), "Góp ý dự thảo Nghị định sửa đổi Nghị định số 119/2017/NĐ-CP."),
          ((25, 9), "Góp ý dự thảo Thông tư hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi), gửi Chi cục tổng hợp. Phần việc của Phòng đến nay đã xong.")],
         None),
        ("Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ",
         [((1, 10), "Nhắc Chi cục gửi danh mục phương tiện cần rà soát.")],
         "chưa thực hiện, chờ Chi cục gửi danh mục."),
        ("Phối hợp khảo sát chất lượng sản phẩm, hàng hóa",
         [],
         "trong kỳ Chi cục không đề nghị Phòng phối hợp; không phát sinh.")],
       "KIẾN NGHỊ", C2_p, ("TRƯỞNG PHÒNG", ""), "Đặng Quốc Việt")
key(fn, "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "214/BC-KTPC", "2026-10-28", [
    ("II.5.a", "in_progress", {"inspections": 4}, "Tổng kết: Phòng tham gia 04 cuộc – đang thực hiện."),
    ("II.5.d", "completed", {"violations": 2, "fines_vnd": 27000000}, "Tổng kết: 03 đơn; xử phạt 02 trường hợp, 27.000.000 đồng – hoàn thành."),
    ("II.2.c", "completed", {}, "Góp ý dự thảo Thông tư … Phần việc của Phòng đến nay đã xong."),
    ("II.4.b", "not_started", {}, "Tổng kết: chưa thực hiện, chờ Chi cục gửi danh mục."),
    ("II.5.b", "not_applicable", {}, "Tổng kết: trong kỳ Chi cục không đề nghị Phòng phối hợp; không phát sinh."),
], [C2_d1], C2_p)

# C3 Phòng Quản lý Khoa học
fn = "QLKH - BC87 CT38.docx"
C3_d1 = "tiêu chí chuyên gia ngành tiêu chuẩn, đo lường, chất lượng chưa được quy định cụ thể"
C3_p = ["Đề nghị Chi cục đề xuất bộ tiêu chí chuyên gia đặc thù lĩnh vực tiêu chuẩn, đo lường, chất lượng để Phòng trình Sở."]
hand_c(fn, [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False, False), ("PHÒNG QUẢN LÝ KHOA HỌC", True, False)],
       "87/BC-QLKH", "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
       "Kết quả thực hiện nhiệm vụ theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
       None,
       "Phòng Quản lý Khoa học báo cáo Chi cục Tiêu chuẩn Đo lường Chất lượng (để tổng hợp) các việc Phòng đã làm trong năm, ghi theo ngày:",
       [("Thu hút chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng",
         [((20, 3), "Đăng thông báo nhu cầu thu hút chuyên gia lĩnh vực đo lường, thử nghiệm."),
          ((18, 6), "Tiếp nhận 02 hồ sơ đề xuất chuyên gia."),
          ((9, 10), f"Trình Hội đồng thẩm định 02 hồ sơ; vướng: {C3_d1}.")],
         "đang thực hiện."),
        ("Phối hợp tổ chức khóa bồi dưỡng chuyên gia năng suất",
         [((14, 7), "Phối hợp Chi cục mở 01 khóa bồi dưỡng chuyên gia tư vấn năng suất, 48 học viên."),
          ((24, 7), "Khóa học kết thúc, cấp chứng nhận; xong.")],
         None),
        ("Tham gia tọa đàm với doanh nghiệp nhập khẩu",
         [((14, 8), "Cử lãnh đạo Phòng tham dự, trình bày tham luận về chính sách hỗ trợ doanh nghiệp đổi mới công nghệ.")],
         None),
        ("Hợp tác với APO về năng suất",
         [],
         "trong năm chưa có yêu cầu từ Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia; không phát sinh.")],
       "KIẾN NGHỊ", C3_p, ("TRƯỞNG PHÒNG", ""), "Lý Hoàng Phương")
key(fn, "SKHCN-QLKH", "Phòng Quản lý Khoa học", "87/BC-QLKH", "2026-10-27", [
    ("II.3.c", "in_progress", {}, "Thu hút chuyên gia … Tổng kết: đang thực hiện."),
    ("II.3.b", "completed", {"training_courses": 1, "participants": 48}, "Phối hợp Chi cục mở 01 khóa bồi dưỡng chuyên gia tư vấn năng suất, 48 học viên. … xong."),
    ("II.1.a", "unknown", {}, "Cử lãnh đạo Phòng tham dự, trình bày tham luận tại tọa đàm với doanh nghiệp nhập khẩu."),
    ("II.6.b", "not_applicable", {}, "Tổng kết: trong năm chưa có yêu cầu …; không phát sinh."),
], [C3_d1], C3_p)

# C4 Sở Nông nghiệp và Môi trường
fn = "SNNMT_5530_CT38.docx"
C4_d1 = "kinh phí thử nghiệm mẫu phân bón cao, số mẫu lấy được ít hơn kế hoạch"
C4_p = ["Đề nghị Chi cục TĐC phối hợp lấy mẫu phân bón nhập khẩu tại cảng Cát Lái."]
hand_c(fn, [("ỦY BAN NHÂN DÂN", False, False), ("THÀNH PHỐ HỒ CHÍ MINH", False, False), ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", True, False)],
       "5530/SNNMT-QLCL", "Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026",
       "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ",
       "Sở Khoa học và Công nghệ",
       "Sở Nông nghiệp và Môi trường báo cáo các việc đã thực hiện liên quan công tác tiêu chuẩn, đo lường, chất lượng trong lĩnh vực nông nghiệp, ghi theo ngày như sau:",
       [("Truy xuất nguồn gốc nông sản, thực phẩm",
         [((24, 2), "Hướng dẫn 11 hợp tác xã rau an toàn sử dụng hệ thống truy xuất nguồn gốc của Thành phố."),
          ((22, 4), "Hướng dẫn 15 doanh nghiệp chế biến thủy sản cập nhật mã truy xuất nguồn gốc.")],
         "26 hợp tác xã, doanh nghiệp được hướng dẫn – đang thực hiện."),
        ("Góp ý quy chuẩn kỹ thuật ngành nông nghiệp",
         [((4, 3), "Góp ý 02 dự thảo QCVN về chất lượng phân bón."),
          ((19, 6), "Góp ý 02 dự thảo QCVN về thức ăn chăn nuôi.")],
         "04 dự thảo – hoàn thành."),
        ("Kiểm tra chất lượng vật tư nông nghiệp",
         [((20, 3), "Kiểm tra phân bón, thuốc bảo vệ thực vật tại các cửa hàng vật tư khu vực Củ Chi, Hóc Môn (cũ)."),
          ((30, 9), f"Lấy mẫu phân bón gửi thử nghiệm; vướng: {C4_d1}.")],
         "06 cuộc, 58 cơ sở, 09 cơ sở vi phạm, xử phạt 96.000.000 đồng; lấy 35 mẫu phân bón – đang thực hiện."),
        ("Duy trì Hệ thống quản lý chất lượng ISO của Sở",
         [((16, 10), "Hoàn thành đánh giá nội bộ năm 2026, xong.")],
         None)],
       "KIẾN NGHỊ", C4_p, ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), "Trương Công Danh")
key(fn, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "5530/SNNMT-QLCL", "2026-10-31", [
    ("II.2.a", "in_progress", {"enterprises_supported": 26}, "Tổng kết: 26 hợp tác xã, doanh nghiệp được hướng dẫn – đang thực hiện."),
    ("II.2.e", "completed", {"standards_reviewed": 4}, "Tổng kết: 04 dự thảo – hoàn thành."),
    ("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 58, "violations": 9, "fines_vnd": 96000000, "samples_tested": 35},
     "Tổng kết: 06 cuộc, 58 cơ sở, 09 cơ sở vi phạm, xử phạt 96.000.000 đồng; lấy 35 mẫu phân bón – đang thực hiện."),
    ("II.2.đ", "completed", {}, "Hoàn thành đánh giá nội bộ năm 2026, xong."),
], [C4_d1], C4_p)

# =============================================================== HAND D
# Month-by-month register "Ngày ghi | Việc | Đã làm | Số liệu | Tình trạng lúc ghi": the status is what it was on the day
# of writing, so the latest row of a job wins; no totals, no summary. Excel (one sheet per month + "Bia") or Word (a table per month).
DCOLS = ("Ngày ghi", "Việc", "Đã làm", "Số liệu", "Tình trạng lúc ghi")


def hand_d_xlsx(fname, cover, months, de_xuat, signer_block):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bia"
    ws.column_dimensions["A"].width = 90
    r = 1
    for tx, b in cover:
        ws[f"A{r}"] = tx
        ws[f"A{r}"].font = Font(name="Arial", size=11, bold=b)
        ws[f"A{r}"].alignment = Alignment(wrap_text=True)
        r += 1
    r += 1
    ws[f"A{r}"] = "Đề xuất:"; ws[f"A{r}"].font = Font(name="Arial", bold=True); r += 1
    for x in de_xuat:
        ws[f"A{r}"] = "- " + x; ws[f"A{r}"].alignment = Alignment(wrap_text=True); r += 1
    r += 1
    for tx in signer_block:
        ws[f"A{r}"] = tx; ws[f"A{r}"].alignment = Alignment(horizontal="right"); r += 1
    for sname, rows in months:
        s = wb.create_sheet(sname)
        for col, w in zip("ABCDE", (12, 34, 52, 22, 18)):
            s.column_dimensions[col].width = w
        s["A1"] = f"Tháng {sname[1:].replace('-', '/')}"
        s["A1"].font = Font(name="Arial", bold=True, size=12)
        for c, h in zip("ABCDE", DCOLS):
            s[f"{c}2"] = h
            s[f"{c}2"].font = Font(name="Arial", bold=True)
            s[f"{c}2"].fill = PatternFill("solid", fgColor="FFF2CC")
            s[f"{c}2"].border = BOX
        for k, (dm, viec, dalam, so, tt) in enumerate(rows, 3):
            s[f"A{k}"] = f"{dm[0]:02d}/{dm[1]:02d}"
            s[f"B{k}"] = viec; s[f"C{k}"] = dalam; s[f"D{k}"] = so; s[f"E{k}"] = tt
            for c in "ABCDE":
                s[f"{c}{k}"].border = BOX
                s[f"{c}{k}"].alignment = Alignment(wrap_text=True, vertical="top")
        s.freeze_panes = "A3"
    wb.save(os.path.join(OUT, fname))


def hand_d_docx(fname, head_lines, title_lines, months, de_xuat, signer):
    d = new_doc(font="Arial", size=11, margins=(2, 2, 2.5, 1.5))
    for tx, b in head_lines:
        P(d, tx, b=b, align="c")
    P(d)
    for k, tx in enumerate(title_lines):
        P(d, tx, b=(k == 0), align="c", size=13 if k == 0 else None)
    for mlabel, rows in months:
        P(d, mlabel, b=True)
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, DCOLS):
            cell_text(c, h, b=True, size=10)
        for (dm, viec, dalam, so, tt) in rows:
            rr = t.add_row().cells
            for c, v in zip(rr, (f"{dm[0]:02d}/{dm[1]:02d}", viec, dalam, so, tt)):
                cell_text(c, v, size=10)
        P(d)
    P(d, "Đề xuất:", b=True)
    for x in de_xuat:
        P(d, "- " + x)
    P(d)
    for k, tx in enumerate(signer):
        P(d, tx, b=(k in (0, len(signer) - 1)), align="r")
    d.save(os.path.join(OUT, fname))


# D1 Văn phòng Sở (xlsx)
fn = "VPS_so theo doi CT38.xlsx"
D1_d1 = "nhà thầu giao thiết bị chậm do phải nhập khẩu"
D1_p = ["Đề xuất Sở bổ sung kinh phí mua sắm thiết bị đợt 2 cho Trung tâm Dịch vụ Phân tích thí nghiệm vào dự toán năm 2027."]
hand_d_xlsx(fn,
            [("SỞ KHOA HỌC VÀ CÔNG NGHỆ TP. HỒ CHÍ MINH", False), ("VĂN PHÒNG SỞ", True), ("Số: 402/BC-VP", False),
             ("Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026", False), ("", False),
             ("BÁO CÁO", True), ("Việc Văn phòng Sở phối hợp thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 (sổ theo dõi theo tháng)", True),
             ("Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng", False), ("", False),
             ("Ghi chú: mỗi tháng có việc phát sinh ghi một trang tính; cột \"Tình trạng lúc ghi\" là tình trạng của việc tại ngày ghi.", False)],
            [("T2-2026", [((5, 2), "Kết nối Cổng một cửa quốc gia (đăng ký kiểm tra nhà nước hàng nhập khẩu) – phối hợp Chi cục", "Họp với Chi cục, Phòng Chuyển đổi số thống nhất phân công", "", "chưa làm"),
                          ((24, 2), "ISO của Sở", "Ban hành kế hoạch duy trì ISO năm 2026", "", "đang làm")]),
             ("T4-2026", [((13, 4), "Kết nối Cổng một cửa quốc gia", "Cấu hình tài khoản, quy trình điện tử các thủ tục đăng ký kiểm tra", "", "đang làm"),
                          ((22, 4), "Mua sắm thiết bị cho Trung tâm Dịch vụ Phân tích thí nghiệm (phối hợp)", "Thẩm định danh mục, trình phê duyệt dự toán", "dự toán 4,6 tỷ đồng", "đang làm")]),
             ("T6-2026", [((3, 6), "Kết nối Cổng một cửa quốc gia", "Vận hành chính thức", "", "xong"),
                          ((18, 6), "Khen thưởng người tố giác vi phạm về TĐC", "Rà soát hồ sơ đề nghị khen thưởng", "không có trường hợp đủ điều kiện", "không phát sinh")]),
             ("T9-2026", [((10, 9), "ISO của Sở", "Đánh giá nội bộ, họp xem xét của lãnh đạo", "9 phòng, đơn vị", "xong"),
                          ((25, 9), "Mua sắm thiết bị cho Trung tâm", f"Ký hợp đồng; vướng: {D1_d1}", "", "đang làm")]),
             ("T10-2026", [((20, 10), "Mua sắm thiết bị cho Trung tâm", "Thanh toán đợt 1", "đã giải ngân 2,85 tỷ đồng", "đang làm")])],
            D1_p, ["CHÁNH VĂN PHÒNG", "", "", "Bùi Thị Thanh Xuân"])
key(fn, "SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ", "402/BC-VP", "2026-10-26", [
    ("II.2.h", "completed", {}, "03/06 Kết nối Cổng một cửa quốc gia – Vận hành chính thức – xong"),
    ("II.2.đ", "completed", {}, "10/09 ISO của Sở – Đánh giá nội bộ, họp xem xét của lãnh đạo – xong"),
    ("II.4.a", "in_progress", {"budget_spent_vnd": 2850000000}, "20/10 Mua sắm thiết bị cho Trung tâm – Thanh toán đợt 1 – đã giải ngân 2,85 tỷ đồng – đang làm"),
    ("II.5.d", "not_applicable", {}, "18/06 Khen thưởng người tố giác vi phạm về TĐC – không có trường hợp đủ điều kiện – không phát sinh"),
], [D1_d1], D1_p)

# D2 Phòng Chuyển đổi số (docx)
fn = "CDS_BC56_CT38.docx"
D2_d1 = "Bộ chưa cấp tài khoản API chính thức, mới có tài khoản thử nghiệm"
D2_p = ["Đề nghị Chi cục TĐC làm việc với Bộ Khoa học và Công nghệ để Sở được cấp tài khoản API chính thức kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng."]
hand_d_docx(fn, [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False), ("PHÒNG CHUYỂN ĐỔI SỐ", True), ("Số: 56/BC-CĐS", False),
                 ("TP. Hồ Chí Minh, ngày 29 tháng 10 năm 2026", False)],
            ["BÁO CÁO", "Phần việc của Phòng Chuyển đổi số trong Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026", "(ghi theo tháng; cột cuối là tình trạng tại ngày ghi)"],
            [("Tháng 1/2026", [((14, 1), "Kết nối Hệ thống thông tin giải quyết TTHC của Bộ KH&CN với Cổng một cửa quốc gia", "Khảo sát hiện trạng, lập phương án kết nối", "", "đang làm")]),
             ("Tháng 3/2026", [((26, 3), "Kết nối với Cổng một cửa quốc gia", "Hoàn tất kết nối thử, chuyển chạy chính thức", "", "xong")]),
             ("Tháng 4/2026", [((8, 4), "Cơ sở dữ liệu quốc gia về TĐC", "Đăng ký tài khoản kết nối với Bộ", "", "đang làm")]),
             ("Tháng 8/2026", [((19, 8), "Cơ sở dữ liệu quốc gia về TĐC", f"Xây dựng API đồng bộ dữ liệu; vướng: {D2_d1}", "", "đang làm")]),
             ("Tháng 9/2026", [((30, 9), "Tin, bài tuyên truyền Chỉ thị 38 trên Cổng thông tin điện tử Sở", "Đăng tin, bài từ tháng 3 đến tháng 9", "12 tin, bài", "xong")]),
             ("Tháng 10/2026", [((21, 10), "Cơ sở dữ liệu quốc gia về TĐC", "Đồng bộ thử dữ liệu giấy chứng nhận, quyết định chỉ định", "", "đang làm")])],
            D2_p, ["TRƯỞNG PHÒNG", "", "", "Hà Minh Trí"])
key(fn, "SKHCN-CDS", "Phòng Chuyển đổi số", "56/BC-CĐS", "2026-10-29", [
    ("II.2.h", "completed", {}, "26/03 Kết nối với Cổng một cửa quốc gia – Hoàn tất kết nối thử, chuyển chạy chính thức – xong"),
    ("II.2.i", "in_progress", {}, "21/10 Cơ sở dữ liệu quốc gia về TĐC – Đồng bộ thử dữ liệu – đang làm"),
    ("II.1.a", "completed", {"communications": 12}, "30/09 Tin, bài tuyên truyền Chỉ thị 38 trên Cổng thông tin điện tử Sở – 12 tin, bài – xong"),
], [D2_d1], D2_p)

# D3 Trung tâm Dịch vụ Phân tích thí nghiệm (xlsx)
fn = "TTPTTN_BC318_theodoi.xlsx"
D3_d1 = "giá thiết bị nhập khẩu tăng so với dự toán"
D3_p = ["Đề nghị Sở xem xét điều chỉnh dự toán mua sắm do giá thiết bị nhập khẩu tăng."]
hand_d_xlsx(fn,
            [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False), ("TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", True),
             ("Số: 318/BC-TTPT", False), ("TP. Hồ Chí Minh, ngày 28 tháng 10 năm 2026", False), ("", False),
             ("BÁO CÁO", True), ("Theo dõi thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 tại Trung tâm", True),
             ("Ghi chú: số liệu và tình trạng ghi theo ngày ghi ở từng trang tháng.", False)],
            [("T3-2026", [((11, 3), "Đầu tư thiết bị phòng thử nghiệm (máy sắc ký khí, lò nung)", "Lập dự toán, trình Sở", "dự toán 6,2 tỷ đồng", "đang làm"),
                          ((20, 3), "Liên kết chuẩn đo lường", "Gửi chuẩn (bộ quả cân E2, nhiệt kế chuẩn, đồng hồ chuẩn áp suất) đi hiệu chuẩn tại Viện Đo lường Việt Nam", "9 chuẩn", "đang làm")]),
             ("T5-2026", [((7, 5), "Liên kết chuẩn đo lường", "Nhận lại đủ giấy chứng nhận hiệu chuẩn", "9 chuẩn", "xong"),
                          ((22, 5), "Thử nghiệm mẫu khảo sát chất lượng cho Chi cục", "Nhận mẫu", "40 mẫu", "đang làm")]),
             ("T8-2026", [((14, 8), "Mở rộng phạm vi dịch vụ (công nhận ISO/IEC 17025)", "Được công nhận bổ sung phép thử", "14 phép thử", "xong"),
                          ((28, 8), "Thử nghiệm mẫu khảo sát chất lượng cho Chi cục", "Trả kết quả; 06 mẫu không đạt", "", "xong")]),
             ("T10-2026", [((15, 10), "Dịch vụ kiểm định, hiệu chuẩn cho doanh nghiệp (01/01 – 30/9)", "Kiểm định, hiệu chuẩn phương tiện đo", "18.450 phương tiện", "đang làm (thường xuyên)"),
                           ((22, 10), "Đầu tư thiết bị phòng thử nghiệm", f"Lắp đặt xong máy sắc ký; lò nung chờ giao; vướng: {D3_d1}", "đã giải ngân 4.126.500.000 đồng", "đang làm")])],
            D3_p, ["GIÁM ĐỐC", "", "", "Châu Văn Lâm"])
key(fn, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "318/BC-TTPT", "2026-10-28", [
    ("II.4.a", "in_progress", {"budget_spent_vnd": 4126500000}, "22/10 Đầu tư thiết bị phòng thử nghiệm – đã giải ngân 4.126.500.000 đồng – đang làm"),
    ("II.4.c", "completed", {"instruments_verified": 9}, "07/05 Liên kết chuẩn đo lường – Nhận lại đủ giấy chứng nhận hiệu chuẩn – 9 chuẩn – xong"),
    ("II.5.b", "completed", {"samples_tested": 40}, "28/08 Thử nghiệm mẫu khảo sát chất lượng cho Chi cục – Trả kết quả – xong"),
    ("II.2.g", "in_progress", {"instruments_verified": 18450}, "15/10 Dịch vụ kiểm định, hiệu chuẩn cho doanh nghiệp – 18.450 phương tiện – đang làm (thường xuyên)"),
], [D3_d1], D3_p)

# D4 Sở Xây dựng (docx) — mistaken: phòng, chống thiên tai
fn = "SXD_BC7815_PCTT.docx"
hand_d_docx(fn, [("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", False), ("SỞ XÂY DỰNG", True), ("Số: 7815/BC-SXD", False),
                 ("TP. Hồ Chí Minh, ngày 27 tháng 10 năm 2026", False)],
            ["BÁO CÁO", "Công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026 của ngành Xây dựng", "(ghi theo tháng; cột cuối là tình trạng tại ngày ghi)"],
            [("Tháng 3/2026", [((18, 3), "Kiểm tra an toàn chung cư cũ trước mùa mưa bão", "Kiểm tra 27 chung cư xây dựng trước năm 1975", "27 chung cư", "đang làm")]),
             ("Tháng 5/2026", [((12, 5), "Cắt tỉa, gia cố cây xanh đường phố", "Cắt tỉa 1.240 cây, đốn hạ 36 cây nguy hiểm", "1.276 cây", "xong")]),
             ("Tháng 7/2026", [((21, 7), "Diễn tập ứng phó sự cố sập đổ công trình", "Tổ chức 01 cuộc diễn tập tại phường Bình Dương", "01 cuộc", "xong")]),
             ("Tháng 9/2026", [((16, 9), "Kiểm tra an toàn chung cư cũ", "Di dời khẩn cấp 02 block chung cư nguy hiểm", "84 hộ", "xong")]),
             ("Tháng 10/2026", [((9, 10), "Khắc phục điểm ngập do triều cường", "Phối hợp cải tạo 05 tuyến cống thoát nước", "05 tuyến", "đang làm")])],
            ["Đề nghị Ban Chỉ huy phòng thủ dân sự Thành phố bố trí kinh phí dự phòng cho việc di dời khẩn cấp chung cư nguy hiểm."],
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Lương Văn Khải"])
key(fn, "SO-XD", "Sở Xây dựng", "7815/BC-SXD", "2026-10-27", [], [], [], status="rejected",
    reason="Báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn của ngành Xây dựng, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng.")

with open(os.path.join(TRUTH, "_draft_keys.json"), "w", encoding="utf-8") as f:
    json.dump(KEYS, f, ensure_ascii=False, indent=1)
print(len(KEYS), "files generated")
