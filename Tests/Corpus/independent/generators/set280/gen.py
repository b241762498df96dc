# -*- coding: utf-8 -*-
"""Generator for set280: 16 reports in 5 hands + answer keys (sha256 filled by finish.py)."""
import json, os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {}


def key(fname, unit, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit[0], "name": unit[1]},
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


def cellp(cell, text, bold=False, italic=False, center=True, size=None, underline=False, first=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic, r.underline = bold, italic, underline
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(0)
    return p


def header_table(d, left, right, widths=(6.5, 9.5)):
    t = d.add_table(rows=1, cols=2)
    for i, lines in enumerate((left, right)):
        c = t.rows[0].cells[i]
        c.width = Cm(widths[i])
        for j, (txt, b, it) in enumerate(lines):
            cellp(c, txt, bold=b, italic=it, first=(j == 0), size=12 if i == 0 else None)
    return t


def para(d, text="", bold=False, italic=False, center=False, indent=True, size=None, runs=None, justify=True):
    p = d.add_paragraph()
    if runs:
        for txt, b, it in runs:
            r = p.add_run(txt)
            r.bold, r.italic = b, it
            if size:
                r.font.size = Pt(size)
    else:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif justify:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and not center:
        p.paragraph_format.first_line_indent = Cm(1)
    return p


def sign_block(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    for j, (txt, b, it) in enumerate(left_lines):
        p = cellp(c0, txt, bold=b, italic=it, center=False, first=(j == 0), size=11 if j else 12)
    for j, (txt, b, it) in enumerate(right_lines):
        cellp(c1, txt, bold=b, italic=it, first=(j == 0))


QH = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
      ("", False, False)]

# ================================================================ HAND 1: Thoa (commune DOCX)
# "- " paragraphs in the commune's own words; each closed by a line "Đề nghị ghi nhận: …"


def h1(fname, unit, ubnd, place, so, date_words, date_iso, items, diffs, props, signer):
    d = new_doc("Times New Roman", 13)
    header_table(d, [("ỦY BAN NHÂN DÂN", False, False), (ubnd.upper(), True, False),
                     (f"Số: {so}", False, False)],
                 QH[:2] + [("", False, False), (f"{place}, {date_words}", False, True)])
    para(d, "")
    para(d, "BÁO CÁO", bold=True, center=True)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn xã", bold=True, center=True)
    para(d, "_______", center=True)
    para(d, f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 và đề nghị báo cáo của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân {ubnd} báo cáo kết quả thực hiện như sau:")
    para(d, "(Số liệu tính từ ngày 01/01/2026 đến ngày 20/10/2026)", italic=True, center=True)
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    entries = []
    for (task, st, ind, text, verdict) in items:
        para(d, "- " + text)
        para(d, "Đề nghị ghi nhận: " + verdict, indent=True)
        entries.append((task, st, ind, text))
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in diffs:
        para(d, "- " + x)
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for x in props:
        para(d, "- " + x)
    para(d, f"Trên đây là báo cáo kết quả thực hiện Kế hoạch Chỉ thị số 38-CT/TW năm 2026 của Ủy ban nhân dân {ubnd}./.")
    sign_block(d, [("Nơi nhận:", True, True), ("- Chi cục TĐC (để t/h);", False, False),
                   ("- TT. Đảng ủy, HĐND xã (để b/c);", False, False), ("- CT, PCT UBND xã;", False, False),
                   ("- Lưu: VT, KT.", False, False)],
               [("TM. ỦY BAN NHÂN DÂN", True, False), ("KT. CHỦ TỊCH", True, False), ("PHÓ CHỦ TỊCH", True, False),
                ("", False, False), ("", False, False), ("", False, False), (signer, True, False)])
    d.save(os.path.join(OUT, fname))
    key(fname, unit, so, date_iso, entries, diffs, props)


h1("26575_NgaiGiao_BC_CT38.docx", ("26575", "Xã Ngãi Giao"), "xã Ngãi Giao", "Ngãi Giao", "215/BC-UBND",
   "ngày 27 tháng 10 năm 2026", "2026-10-27",
   [("II.1.a", "completed", {"communications": 24},
     "Công tác tuyên truyền: xã chỉ đạo Đài truyền thanh phát 24 tin, bài về quy định đo lường, ghi nhãn hàng hóa trên hệ thống loa và nhóm Zalo của xã; phát tờ rơi cho hộ kinh doanh tại chợ Ngãi Giao.",
     "Hoàn thành."),
    ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 41, "violations": 5, "fines_vnd": 3000000, "instruments_verified": 2},
     "Kiểm tra đo lường tại chợ theo phân cấp: Tổ kiểm tra của xã phối hợp Chi cục TĐC kiểm tra 03 cuộc tại chợ Ngãi Giao và chợ Suối Rao, kiểm tra 41 lượt hộ kinh doanh có sử dụng cân; phát hiện 05 trường hợp cân sai số vượt mức cho phép, lập biên bản, xử phạt 02 trường hợp với tổng số tiền 3.000.000 đồng. Tháng 7/2026 xã đã đưa 02 cân đối chứng đặt tại chợ đi kiểm định lại.",
     "Đang thực hiện (việc thường xuyên, xã tiếp tục kiểm tra trong tháng 11 và tháng 12)."),
    ("II.3.a", "completed", {"participants": 2},
     "Cử 02 công chức (Kinh tế, Văn hóa – Xã hội) tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục TĐC tổ chức ngày 18/6/2026.",
     "Hoàn thành."),
    ("II.2.đ", "in_progress", {},
     "Tiếp tục duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Bộ phận Một cửa; hiện đang rà soát, cập nhật các quy trình giải quyết thủ tục hành chính theo bộ thủ tục mới sau sắp xếp.",
     "Đang thực hiện, dự kiến xong trong tháng 11/2026."),
    ("II.2.a", "completed", {"enterprises_supported": 3},
     "Hướng dẫn 03 hợp tác xã (cà phê, tiêu, sầu riêng) đăng ký mã số mã vạch và sử dụng tem truy xuất nguồn gốc cho sản phẩm OCOP của xã.",
     "Hoàn thành."),
    ("II.5.d", "not_applicable", {},
     "Về tiếp nhận phản ánh, tố giác vi phạm: trong kỳ xã không nhận được phản ánh, tố giác nào về gian lận đo lường, chất lượng hàng hóa.",
     "Không phát sinh.")],
   ["Xã chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; công chức Kinh tế kiêm nhiệm nhiều việc.",
    "Chợ Ngãi Giao chưa có đủ cân đối chứng đặt tại các dãy sạp hàng tươi sống."],
   ["Đề nghị Chi cục TĐC hỗ trợ thêm 01 cân đối chứng cho chợ Ngãi Giao.",
    "Đề nghị Sở Khoa học và Công nghệ tổ chức lớp tập huấn ngắn ngày tại chỗ cho công chức các xã khu vực Châu Đức (cũ)."],
   "Nguyễn Văn Hùng")

h1("26620_HoTram_bao cao CT38.docx", ("26620", "Xã Hồ Tràm"), "xã Hồ Tràm", "Hồ Tràm", "188/BC-UBND",
   "ngày 30 tháng 10 năm 2026", "2026-10-30",
   [("II.1.a", "completed", {"communications": 16, "training_courses": 1, "participants": 65},
     "Tuyên truyền, phổ biến: phát 16 tin trên Đài truyền thanh xã; phối hợp Chi cục TĐC tổ chức 01 hội nghị phổ biến quy định về đo lường, ghi nhãn hàng hóa cho 65 hộ kinh doanh tại chợ Phước Bửu.",
     "Hoàn thành."),
    ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 32, "violations": 3},
     "Phối hợp Đội Quản lý thị trường và Chi cục TĐC kiểm tra 02 cuộc về đo lường tại 32 cơ sở (04 cửa hàng xăng dầu, 28 hộ kinh doanh tại chợ); phát hiện 03 hộ sử dụng cân chưa kiểm định, đã lập biên bản nhắc nhở, yêu cầu khắc phục.",
     "Đang thực hiện."),
    ("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 12, "violations": 1, "fines_vnd": 2500000},
     "Trong dịp cao điểm du lịch hè, Tổ công tác của xã kiểm tra 01 đợt về nhãn hàng hóa, chất lượng mũ bảo hiểm, đồ chơi trẻ em tại 12 cơ sở kinh doanh dọc tuyến ven biển Hồ Tràm – Hồ Cốc; xử phạt 01 cơ sở bán mũ bảo hiểm không có dấu hợp quy, số tiền 2.500.000 đồng.",
     "Hoàn thành (đợt cao điểm hè đã kết thúc)."),
    ("II.2.đ", "not_started", {},
     "Do sắp xếp lại tổ chức bộ máy, xã chưa xây dựng, công bố lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; dự kiến thực hiện trong Quý I/2027.",
     "Chưa thực hiện."),
    ("II.3.a", "completed", {"participants": 1},
     "Cử 01 công chức Kinh tế tham dự lớp tập huấn trực tuyến về quản lý đo lường, chất lượng do Chi cục TĐC tổ chức.",
     "Hoàn thành.")],
   ["Địa bàn xã rộng, nhiều cơ sở kinh doanh nhỏ lẻ dọc tuyến ven biển, hoạt động theo mùa nên khó theo dõi.",
    "Xã chưa được trang bị cân, thiết bị kiểm tra nhanh phục vụ kiểm tra."],
   ["Đề nghị Chi cục TĐC trang bị cho xã 01 bộ quả cân chuẩn để kiểm tra cân tại chợ."],
   "Trần Minh Tuấn")

h1("26659_LongDien_BC38.docx", ("26659", "Xã Long Điền"), "xã Long Điền", "Long Điền", "341/BC-UBND",
   "ngày 04 tháng 11 năm 2026", "2026-11-04",
   [("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 57, "violations": 6, "fines_vnd": 4750000},
     "Kiểm tra đo lường, giá cả tại chợ Long Điền và chợ An Ngãi: thực hiện 03 cuộc, kiểm tra 57 lượt hộ kinh doanh; phát hiện 06 trường hợp vi phạm (cân không đạt yêu cầu, không niêm yết giá), xử phạt vi phạm hành chính 4.750.000 đồng.",
     "Đang thực hiện."),
    ("II.2.d", "completed", {"enterprises_supported": 5},
     "Hướng dẫn 05 cơ sở chế biến hải sản khô, nước mắm trên địa bàn xã xây dựng tiêu chuẩn cơ sở, ghi nhãn và thực hiện tự công bố chất lượng sản phẩm.",
     "Hoàn thành."),
    ("II.1.a", "completed", {"communications": 30},
     "Đăng, phát 30 tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên trang thông tin điện tử và Đài truyền thanh xã.",
     "Hoàn thành."),
    ("II.5.d", "completed", {},
     "Tiếp nhận 02 phản ánh của người dân về việc cân thiếu tại chợ Long Điền; xã đã cử Tổ kiểm tra xác minh, xử lý và trả lời người phản ánh đúng thời hạn.",
     "Hoàn thành."),
    ("II.2.đ", "completed", {},
     "Ủy ban nhân dân xã đã công bố lại hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 ngày 15/8/2026, áp dụng cho toàn bộ thủ tục hành chính thuộc thẩm quyền.",
     "Hoàn thành.")],
   ["Một số hộ kinh doanh tại chợ tự ý thay cân không qua kiểm định, khi kiểm tra thì cất cân.",
    "Kinh phí cho hoạt động kiểm tra của xã chưa được bố trí riêng."],
   ["Đề nghị Chi cục TĐC phối hợp tổ chức kiểm định cân miễn phí tại chợ cho hộ kinh doanh nhỏ.",
    "Đề nghị Sở hướng dẫn cụ thể nội dung phân cấp cho xã sau sắp xếp."],
   "Lê Thị Thu Hà")

# ================================================================ HAND 3: Huy (department công văn DOCX)
# numbered "1.n." sub-items with a bold own name; a separate line "Đánh giá: …" with the Sở's own
# vocabulary (Thực hiện được / Đang duy trì / Chưa có yêu cầu phát sinh / Chưa triển khai).


def h3(fname, unit, so_up, so, vv, date_words, date_iso, intro, items, diffs, props, signer, mistaken=None):
    d = new_doc("Times New Roman", 14, margins=(2, 2, 3, 2))
    header_table(d, [("ỦY BAN NHÂN DÂN", False, False), ("THÀNH PHỐ HỒ CHÍ MINH", False, False),
                     (so_up, True, False), ("", False, False), (f"Số: {so}", False, False), (vv, False, False)],
                 QH[:2] + [("", False, False), (f"Thành phố Hồ Chí Minh, {date_words}", False, True)], widths=(7, 9))
    para(d, "")
    if mistaken:
        para(d, "Kính gửi: " + mistaken["to"], center=True)
        for block in mistaken["body"]:
            if isinstance(block, tuple):
                para(d, block[0], bold=True, indent=False)
            else:
                para(d, block)
    else:
        para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", center=True)
        para(d, intro)
        para(d, "1. Kết quả thực hiện", bold=True, indent=False)
    entries = []
    for i, (task, st, ind, title, text, verdict) in enumerate(items, 1):
        para(d, runs=[(f"1.{i}. {title}. ", True, False), (text, False, False)])
        para(d, runs=[("Đánh giá: ", False, True), (verdict, False, False)])
        entries.append((task, st, ind, text))
    if not mistaken:
        para(d, "2. Khó khăn, vướng mắc", bold=True, indent=False)
        for j, x in enumerate(diffs):
            para(d, f"{'abcdef'[j]}) {x}")
        para(d, "3. Kiến nghị", bold=True, indent=False)
        for j, x in enumerate(props):
            para(d, f"{'abcdef'[j]}) {x}")
        para(d, f"{unit[1]} báo cáo để Chi cục Tiêu chuẩn Đo lường Chất lượng tổng hợp./.")
    sign_block(d, [("Nơi nhận:", True, True), ("- Như trên;", False, False), ("- Giám đốc Sở (để b/c);", False, False),
                   ("- Lưu: VT.", False, False)],
               [("KT. GIÁM ĐỐC", True, False), ("PHÓ GIÁM ĐỐC", True, False), ("", False, False), ("", False, False),
                ("", False, False), (signer, True, False)])
    d.save(os.path.join(OUT, fname))
    if mistaken:
        key(fname, unit, so, date_iso, [], [], [], status="rejected", reason=mistaken["reason"])
    else:
        key(fname, unit, so, date_iso, entries, diffs, props)


h3("SXD_6215-SXD-VP_bc CT38.docx", ("SO-XD", "Sở Xây dựng"), "SỞ XÂY DỰNG", "6215/SXD-VP",
   "V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", "ngày 28 tháng 10 năm 2026", "2026-10-28",
   "Thực hiện đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Sở Xây dựng báo cáo như sau:",
   [("II.2.e", "completed", {"standards_reviewed": 5}, "Góp ý quy chuẩn, tiêu chuẩn",
     "Trong năm, Sở đã có văn bản góp ý 05 dự thảo (03 dự thảo quy chuẩn kỹ thuật quốc gia về sản phẩm, hàng hóa vật liệu xây dựng và 02 dự thảo tiêu chuẩn quốc gia về xi măng, gạch bê tông) theo đề nghị của Bộ Xây dựng và Bộ Khoa học và Công nghệ.",
     "Thực hiện được."),
    ("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 38, "samples_tested": 24, "violations": 4, "fines_vnd": 62500000},
     "Kiểm tra chất lượng vật liệu xây dựng lưu thông",
     "Phòng Quản lý vật liệu xây dựng phối hợp Thanh tra Sở thực hiện 06 cuộc kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng tại 38 cơ sở sản xuất, kinh doanh; lấy 24 mẫu thép, xi măng, kính xây dựng gửi thử nghiệm; phát hiện 04 cơ sở vi phạm về ghi nhãn, công bố hợp quy, xử phạt vi phạm hành chính tổng số tiền 62.500.000 đồng.",
     "Đang duy trì (theo kế hoạch kiểm tra năm, còn 02 cuộc trong tháng 11, 12)."),
    ("II.2.đ", "completed", {}, "Áp dụng hệ thống quản lý chất lượng",
     "Sở tiếp tục duy trì, áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 đối với toàn bộ thủ tục hành chính; đã tổ chức đánh giá nội bộ và xem xét của lãnh đạo trong tháng 9/2026.",
     "Thực hiện được."),
    ("II.3.a", "completed", {"participants": 4}, "Tham gia tập huấn",
     "Sở cử 04 công chức tham dự lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức.",
     "Thực hiện được."),
    ("II.2.c", "not_applicable", {}, "Góp ý văn bản quy phạm pháp luật",
     "Đối với việc góp ý sửa đổi, bổ sung các Luật và văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng: trong kỳ Sở chưa nhận được đề nghị góp ý.",
     "Chưa có yêu cầu phát sinh.")],
   ["Lực lượng thanh tra chuyên ngành xây dựng sau sắp xếp còn mỏng, địa bàn quản lý mở rộng.",
    "Chi phí thử nghiệm mẫu vật liệu xây dựng lớn, chưa được bố trí riêng trong dự toán."],
   ["Đề nghị Sở Khoa học và Công nghệ chia sẻ danh sách tổ chức thử nghiệm được chỉ định đối với sản phẩm vật liệu xây dựng.",
    "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng phối hợp tổ chức đoàn kiểm tra liên ngành đối với kính xây dựng."],
   "Phạm Quốc Bảo")

h3("SYT_8840_BaoCao_KH38.docx", ("SO-YT", "Sở Y tế"), "SỞ Y TẾ", "8840/SYT-NVY",
   "V/v báo cáo tình hình thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026", "ngày 30 tháng 10 năm 2026", "2026-10-30",
   "Sở Y tế nhận được Công văn của Chi cục Tiêu chuẩn Đo lường Chất lượng đề nghị báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Sở Y tế báo cáo như sau:",
   [("II.2.đ", "completed", {}, "Hệ thống quản lý chất lượng tại Sở",
     "Sở Y tế duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Văn phòng Sở và các phòng chuyên môn; đã cập nhật quy trình sau khi tiếp nhận nhiệm vụ từ các đơn vị sáp nhập.",
     "Thực hiện được."),
    ("II.5.a", "in_progress", {"inspections": 2, "establishments_inspected": 21, "violations": 3},
     "Kiểm tra phương tiện đo trong cơ sở y tế",
     "Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 02 cuộc về việc kiểm định phương tiện đo nhóm 2 (huyết áp kế, nhiệt kế y học, cân sức khỏe) tại 21 cơ sở khám bệnh, chữa bệnh; 03 cơ sở có phương tiện đo hết hạn kiểm định, đã yêu cầu khắc phục.",
     "Đang duy trì."),
    ("II.1.a", "completed", {"communications": 6}, "Thông tin, tuyên truyền",
     "Đăng tải 06 tin, bài trên Cổng thông tin điện tử Sở Y tế về đo lường trong y tế và quy định kiểm định phương tiện đo.",
     "Thực hiện được."),
    ("II.2.e", "completed", {"standards_reviewed": 2}, "Góp ý quy chuẩn kỹ thuật",
     "Góp ý 02 dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế theo đề nghị của Bộ Y tế.",
     "Thực hiện được."),
    ("II.5.d", "not_applicable", {}, "Tiếp nhận tố giác vi phạm",
     "Trong kỳ không phát sinh đơn thư, tố giác liên quan đến tiêu chuẩn, đo lường, chất lượng trong lĩnh vực y tế.",
     "Chưa có yêu cầu phát sinh.")],
   ["Số lượng phương tiện đo nhóm 2 tại các cơ sở y tế tư nhân lớn, việc theo dõi hạn kiểm định còn thủ công."],
   ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cung cấp danh sách tổ chức kiểm định được chỉ định đối với phương tiện đo trong y tế để Sở thông báo đến các cơ sở."],
   "Nguyễn Thị Kim Anh")

h3("SGDDT_5127-SGDDT-VP.docx", ("SO-GDDT", "Sở Giáo dục và Đào tạo"), "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "5127/SGDĐT-VP",
   "V/v báo cáo kết quả thực hiện Kế hoạch Chỉ thị số 38-CT/TW năm 2026", "ngày 02 tháng 11 năm 2026", "2026-11-02",
   "Thực hiện đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh, Sở Giáo dục và Đào tạo báo cáo kết quả thực hiện các nội dung có liên quan như sau:",
   [("II.3.d", "in_progress", {"training_courses": 3, "participants": 420}, "Đào tạo, bồi dưỡng trong nhà trường",
     "Sở chỉ đạo 04 trường cao đẳng, trung cấp lồng ghép nội dung tiêu chuẩn, đo lường, chất lượng vào chương trình; phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 03 buổi tập huấn về mã số, mã vạch, truy xuất nguồn gốc cho 420 học sinh, sinh viên.",
     "Đang duy trì (học kỳ I năm học 2026 – 2027 tiếp tục tổ chức)."),
    ("II.2.đ", "completed", {}, "ISO trong cơ quan Sở",
     "Sở duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở; 100% thủ tục hành chính được xây dựng quy trình nội bộ.",
     "Thực hiện được."),
    ("II.1.a", "completed", {"communications": 8}, "Tuyên truyền",
     "Đăng 08 tin, bài trên Cổng thông tin ngành giáo dục về Ngày Tiêu chuẩn thế giới, Ngày Đo lường thế giới.",
     "Thực hiện được."),
    ("II.3.a", "completed", {"participants": 2}, "Cử cán bộ tham gia tập huấn",
     "Sở cử 02 công chức Văn phòng Sở tham dự lớp tập huấn về hệ thống quản lý chất lượng do Chi cục tổ chức.",
     "Thực hiện được."),
    ("II.2.e", "not_applicable", {}, "Góp ý quy chuẩn về thiết bị dạy học",
     "Trong năm chưa nhận được đề nghị góp ý quy chuẩn, tiêu chuẩn liên quan đến thiết bị dạy học.",
     "Chưa có yêu cầu phát sinh.")],
   ["Các trường chưa có giảng viên chuyên sâu về tiêu chuẩn, đo lường, chất lượng."],
   ["Đề nghị Chi cục hỗ trợ tài liệu, báo cáo viên cho các buổi tập huấn tại trường.",
    "Đề nghị xây dựng bộ tài liệu điện tử dùng chung về mã số, mã vạch cho học sinh, sinh viên."],
   "Lê Hoài Nam")

# mistaken: Sở Nội vụ sends its CCHC report
h3("SNV_3390_bao cao CCHC quy III.docx", ("SO-NV", "Sở Nội vụ"), "SỞ NỘI VỤ", "3390/SNV-CCHC",
   "V/v báo cáo kết quả công tác cải cách hành chính quý III năm 2026", "ngày 29 tháng 10 năm 2026", "2026-10-29",
   "", [], [], [], "Trương Thanh Phong",
   mistaken={"to": "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.",
             "reason": "Báo cáo công tác cải cách hành chính quý III/2026 của Sở Nội vụ, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm).",
             "body": ["Thực hiện Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân Thành phố, Sở Nội vụ báo cáo kết quả công tác cải cách hành chính quý III năm 2026 như sau:",
                      ("1. Công tác chỉ đạo, điều hành",),
                      "Sở đã ban hành 04 văn bản chỉ đạo, đôn đốc các sở, ngành, Ủy ban nhân dân phường, xã, đặc khu triển khai nhiệm vụ cải cách hành chính; tổ chức 01 hội nghị giao ban cải cách hành chính quý III.",
                      ("2. Cải cách tổ chức bộ máy",),
                      "Hoàn thành thẩm định đề án vị trí việc làm của 27 cơ quan, đơn vị; rà soát chức năng, nhiệm vụ các phòng chuyên môn sau sắp xếp.",
                      ("3. Cải cách chế độ công vụ",),
                      "Tổ chức 02 lớp bồi dưỡng kỹ năng cho 210 công chức cấp xã; kiểm tra công vụ đột xuất tại 12 đơn vị.",
                      ("4. Hiện đại hóa nền hành chính",),
                      "Tiếp tục hướng dẫn các cơ quan duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 gắn với số hóa hồ sơ; tỷ lệ hồ sơ trực tuyến toàn trình đạt 68%.",
                      ("5. Phương hướng quý IV",),
                      "Tập trung tổng kết công tác cải cách hành chính năm 2026, chuẩn bị xác định Chỉ số cải cách hành chính của các sở, ngành và địa phương."]})

# ================================================================ HAND 5: Tài (older commune officer DOCX)
# long a) b) paragraphs, the status inside the last clause with his fixed verbs
# ("đã thực hiện tốt / đang tiếp tục thực hiện / chưa thực hiện được / trong kỳ không phát sinh"),
# a one-line "Tóm lại" count is NOT given; header typed as two centred blocks one under the other.


def h5(fname, unit, ubnd_up, place, so, date_words, date_iso, items, diffs, props, signer, mistaken=None, title=None):
    d = new_doc("Times New Roman", 13, margins=(2, 2, 2.5, 1.5))
    para(d, f"ỦY BAN NHÂN DÂN {ubnd_up}", bold=True, center=True, size=12)
    para(d, f"Số: {so}", center=True, size=12)
    para(d, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True, size=12)
    para(d, "Độc lập - Tự do - Hạnh phúc", bold=True, center=True, size=12)
    para(d, f"{place}, {date_words}", italic=True, center=True)
    para(d, "")
    para(d, "BÁO CÁO", bold=True, center=True, size=14)
    para(d, title or "Tình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Kế hoạch triển khai Chỉ thị 38-CT/TW của Sở Khoa học và Công nghệ)", bold=True, center=True)
    entries = []
    if mistaken:
        for block in mistaken["body"]:
            if isinstance(block, tuple):
                para(d, block[0], bold=True, indent=False)
            else:
                para(d, block)
    else:
        para(d, f"Căn cứ chức năng, nhiệm vụ được giao và Kế hoạch của Sở Khoa học và Công nghệ, Ủy ban nhân dân {ubnd_up.title().replace('Xã', 'xã').replace('Phường', 'phường')} báo cáo tình hình thực hiện trong năm 2026 như sau:")
        para(d, "1. Kết quả đạt được", bold=True, indent=False)
        for i, (task, st, ind, text) in enumerate(items):
            para(d, f"{'abcdefgh'[i]}) {text}")
            entries.append((task, st, ind, text))
        para(d, "2. Những khó khăn, vướng mắc", bold=True, indent=False)
        for x in diffs:
            para(d, "+ " + x)
        para(d, "3. Đề xuất, kiến nghị", bold=True, indent=False)
        for x in props:
            para(d, "+ " + x)
        para(d, "Trên đây là báo cáo của Ủy ban nhân dân, kính gửi Chi cục Tiêu chuẩn Đo lường Chất lượng tổng hợp./.")
    sign_block(d, [("Nơi nhận:", True, True), ("- Chi cục TĐC TP.HCM;", False, False), ("- Lưu VP.", False, False)],
               [("TM. ỦY BAN NHÂN DÂN", True, False), ("KT. CHỦ TỊCH", True, False), ("PHÓ CHỦ TỊCH", True, False),
                ("", False, False), ("", False, False), (signer, True, False)])
    d.save(os.path.join(OUT, fname))
    if mistaken:
        key(fname, unit, so, date_iso, [], [], [], status="rejected", reason=mistaken["reason"])
    else:
        key(fname, unit, so, date_iso, entries, diffs, props)


h5("26680_DatDo_BC_TDC_2026.docx", ("26680", "Xã Đất Đỏ"), "XÃ ĐẤT ĐỎ", "Đất Đỏ", "156/BC-UBND",
   "ngày 26 tháng 10 năm 2026", "2026-10-26",
   [("II.1.a", "completed", {"communications": 20},
     "Về công tác thông tin, tuyên truyền, Ủy ban nhân dân xã chỉ đạo bộ phận Văn hóa – Xã hội phối hợp Đài truyền thanh phát 20 tin, bài về Luật Đo lường, Luật Chất lượng sản phẩm, hàng hóa, treo băng rôn tại chợ Đất Đỏ và chợ Phước Long Thọ; nội dung này xã đã thực hiện tốt."),
    ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 35, "violations": 4, "fines_vnd": 2000000},
     "Về thực hiện các nội dung được phân cấp quản lý về đo lường tại chợ, Tổ kiểm tra của xã đã tiến hành 02 cuộc kiểm tra tại 35 hộ kinh doanh, qua đó phát hiện 04 hộ sử dụng cân không đảm bảo, xử phạt 2.000.000 đồng và yêu cầu thay cân; đến nay xã đang tiếp tục thực hiện theo kế hoạch đến hết tháng 12."),
    ("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 8},
     "Về kiểm tra hàng hóa lưu thông, trước Tết Nguyên đán, xã tổ chức 01 đợt kiểm tra nhãn hàng hóa đối với mũ bảo hiểm, đồ điện, đồ chơi trẻ em tại 08 cửa hàng trên địa bàn, các cơ sở cơ bản chấp hành đúng quy định; nội dung này xã đã thực hiện tốt."),
    ("II.2.đ", "not_started", {},
     "Về xây dựng, áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan xã, do xã mới được thành lập trên cơ sở sáp nhập, việc rà soát quy trình chưa thực hiện được, xã sẽ triển khai trong năm 2027."),
    ("II.3.a", "completed", {"participants": 2},
     "Về bồi dưỡng nghiệp vụ, xã cử 02 công chức tham dự lớp tập huấn của Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức tại Phường Bà Rịa; nội dung này đã thực hiện tốt.")],
   ["Lực lượng kiểm tra của xã mỏng, chủ yếu kiêm nhiệm.",
    "Người dân, hộ kinh doanh chưa quan tâm việc kiểm định cân định kỳ."],
   ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ kiểm định cân tại chợ mỗi năm 02 đợt.",
    "Đề nghị cấp kinh phí cho hoạt động kiểm tra đo lường ở cấp xã."],
   "Võ Văn Tài")

h5("26566_LongHuong_BC CT38 nam 2026.docx", ("26566", "Phường Long Hương"), "PHƯỜNG LONG HƯƠNG", "Long Hương", "229/BC-UBND",
   "ngày 05 tháng 11 năm 2026", "2026-11-05",
   [("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 48, "violations": 5, "fines_vnd": 7250000},
     "Về kiểm tra đo lường tại chợ Long Hương và các cửa hàng xăng dầu theo phân cấp, phường đã kiểm tra 03 cuộc với 48 cơ sở, phát hiện 05 trường hợp vi phạm, ra quyết định xử phạt tổng cộng 7.250.000 đồng; công việc này phường đang tiếp tục thực hiện."),
    ("II.1.a", "completed", {"training_courses": 1, "participants": 80, "communications": 14},
     "Về tuyên truyền, phổ biến pháp luật, phường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 hội nghị phổ biến quy định về đo lường cho 80 hộ kinh doanh, đồng thời đăng 14 tin, bài trên trang thông tin điện tử phường; nội dung này phường đã thực hiện tốt."),
    ("II.2.a", "in_progress", {"enterprises_supported": 2},
     "Về truy xuất nguồn gốc, phường hỗ trợ 02 cơ sở sản xuất bánh tráng, nước mắm đăng ký mã số mã vạch và làm tem truy xuất nguồn gốc; hiện đang tiếp tục thực hiện, hướng dẫn thêm các cơ sở khác."),
    ("II.5.d", "not_applicable", {},
     "Về tiếp nhận, xử lý phản ánh, tố giác vi phạm về đo lường, chất lượng, trong kỳ không phát sinh."),
    ("II.2.đ", "completed", {},
     "Về áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, phường đã ban hành quyết định công bố lại hệ thống vào tháng 7/2026 và áp dụng tại Bộ phận Một cửa; nội dung này đã thực hiện tốt.")],
   ["Chợ Long Hương đang cải tạo, hộ kinh doanh tạm di dời nên khó tổ chức kiểm tra."],
   ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng bố trí lớp tập huấn cho cán bộ phường về nghiệp vụ kiểm tra đo lường."],
   "Đặng Thị Mỹ Lệ")

h5("26656_BinhChau_BC_PCTT_10thang.docx", ("26656", "Xã Bình Châu"), "XÃ BÌNH CHÂU", "Bình Châu", "171/BC-UBND",
   "ngày 22 tháng 10 năm 2026", "2026-10-22", [], [], [], "Nguyễn Hữu Lộc",
   title="Kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 10 tháng năm 2026, phương hướng nhiệm vụ những tháng cuối năm",
   mistaken={"reason": "Báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn 10 tháng năm 2026, không thuộc Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm).",
             "body": ["Thực hiện chỉ đạo của Ban Chỉ huy phòng thủ dân sự Thành phố, Ủy ban nhân dân xã Bình Châu báo cáo kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 10 tháng năm 2026 như sau:",
                      ("1. Tình hình thiên tai trên địa bàn",),
                      "a) Trong 10 tháng, trên địa bàn xã xảy ra 03 đợt mưa lớn kèm lốc xoáy, làm tốc mái 11 căn nhà, ngã đổ 46 cây xanh; 01 đợt triều cường gây sạt lở khoảng 120 m bờ biển khu vực Bến Lội.",
                      ("2. Kết quả thực hiện",),
                      "a) Kiện toàn Ban Chỉ huy phòng thủ dân sự xã; xây dựng phương án ứng phó theo phương châm “4 tại chỗ”.",
                      "b) Tổ chức 01 buổi diễn tập phòng, chống thiên tai với 150 người tham gia; kiểm tra 38 tàu cá về trang thiết bị an toàn.",
                      "c) Hỗ trợ các hộ bị thiệt hại số tiền 85.000.000 đồng từ nguồn Quỹ phòng, chống thiên tai.",
                      ("3. Phương hướng những tháng cuối năm",),
                      "Tiếp tục theo dõi tình hình thời tiết, sẵn sàng lực lượng, phương tiện ứng phó với bão, áp thấp nhiệt đới và triều cường."]})


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def put(ws, ref, val, bold=False, italic=False, align=None, border=False, size=None, fill=None, fmt=None):
    c = ws[ref]
    c.value = val
    c.font = Font(name="Times New Roman", bold=bold, italic=italic, size=size or 12)
    if align:
        c.alignment = align
    if border:
        c.border = BOX
    if fill:
        c.fill = PatternFill("solid", fgColor=fill)
    if fmt:
        c.number_format = fmt
    return c

# ================================================================ HAND 2: Khoa (ward XLSX)
# one sheet "Bao cao"; "STT | Công việc | Thời gian | Kết quả thực hiện | Tình trạng | Lưu ý";
# results typed as "- label: NN unit" lines in one cell; his own "tiến hành" status family;
# "Lưu ý" holds who supplied the figures and flags a non-plan row; KK/ĐX as lines under the table.


def h2(fname, unit, up, place, so, date_iso, rows, diffs, props, signer, maker):
    wb = Workbook()
    ws = wb.active
    ws.title = "Bao cao"
    for col, w in zip("ABCDEF", (6, 30, 14, 44, 16, 22)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:C1"); put(ws, "A1", "ỦY BAN NHÂN DÂN", align=CENTER)
    ws.merge_cells("A2:C2"); put(ws, "A2", up, bold=True, align=CENTER)
    ws.merge_cells("A3:C3"); put(ws, "A3", f"Số: {so}", align=CENTER)
    ws.merge_cells("D1:F1"); put(ws, "D1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align=CENTER)
    ws.merge_cells("D2:F2"); put(ws, "D2", "Độc lập - Tự do - Hạnh phúc", bold=True, align=CENTER)
    y, m, dd = date_iso.split("-")
    ws.merge_cells("D3:F3"); put(ws, "D3", f"{place}, ngày {dd} tháng {m} năm {y}", italic=True, align=CENTER)
    ws.merge_cells("A5:F5"); put(ws, "A5", "BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026", bold=True, align=CENTER, size=13)
    ws.merge_cells("A6:F6"); put(ws, "A6", "(Về công tác tiêu chuẩn, đo lường, chất lượng trên địa bàn – số liệu đến ngày 25/10/2026)", italic=True, align=CENTER)
    hdr = ["STT", "Công việc", "Thời gian", "Kết quả thực hiện", "Tình trạng", "Lưu ý"]
    for j, h in enumerate(hdr):
        put(ws, f"{'ABCDEF'[j]}8", h, bold=True, align=CENTER, border=True, fill="D9D9D9")
    r = 9
    entries = []
    for k, row in enumerate(rows, 1):
        task, st, ind, job, when, res, status_word, note = row
        vals = [k, job, when, res, status_word, note]
        for j, v in enumerate(vals):
            put(ws, f"{'ABCDEF'[j]}{r}", v, align=CENTER if j in (0, 2, 4) else WRAP, border=True)
        ws.row_dimensions[r].height = max(30, 16 * (res.count("\n") + 1))
        if task:
            entries.append((task, st, ind, job + ": " + res.replace("\n", " ")))
        r += 1
    r += 1
    put(ws, f"A{r}", "Khó khăn, vướng mắc:", bold=True); r += 1
    for j, x in enumerate(diffs, 1):
        ws.merge_cells(f"A{r}:F{r}"); put(ws, f"A{r}", f"{j}. {x}", align=WRAP); r += 1
    put(ws, f"A{r}", "Đề xuất, kiến nghị:", bold=True); r += 1
    for j, x in enumerate(props, 1):
        ws.merge_cells(f"A{r}:F{r}"); put(ws, f"A{r}", f"{j}. {x}", align=WRAP); r += 1
    r += 1
    put(ws, f"B{r}", "NGƯỜI LẬP BIỂU", bold=True, align=CENTER)
    ws.merge_cells(f"D{r}:F{r}"); put(ws, f"D{r}", "KT. CHỦ TỊCH", bold=True, align=CENTER)
    ws.merge_cells(f"D{r+1}:F{r+1}"); put(ws, f"D{r+1}", "PHÓ CHỦ TỊCH", bold=True, align=CENTER)
    put(ws, f"B{r+4}", maker, bold=True, align=CENTER)
    ws.merge_cells(f"D{r+4}:F{r+4}"); put(ws, f"D{r+4}", signer, bold=True, align=CENTER)
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "8:8"
    wb.save(os.path.join(OUT, fname))
    key(fname, unit, so, date_iso, entries, diffs, props)


h2("26560_PhuongBaRia_TH KQ CT38.xlsx", ("26560", "Phường Bà Rịa"), "PHƯỜNG BÀ RỊA", "Bà Rịa", "412/BC-UBND", "2026-10-29",
   [("II.1.a", "completed", {"communications": 18, "training_courses": 2, "participants": 130},
     "Tuyên truyền quy định về đo lường, chất lượng tới hộ kinh doanh", "Tháng 3, tháng 9",
     "- Đăng 18 tin, bài trên trang thông tin điện tử phường\n- Tổ chức 02 buổi hội nghị phổ biến: 130 lượt hộ kinh doanh tham dự",
     "Đã tiến hành xong", "Bộ phận VH-XH"),
    ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 52, "violations": 7, "fines_vnd": 8500000},
     "Kiểm tra đo lường tại chợ Bà Rịa, chợ Long Toàn (nội dung phân cấp)", "Quý I - Quý IV",
     "- Số cuộc kiểm tra: 04 cuộc\n- Hộ kinh doanh được kiểm tra: 52 hộ\n- Vi phạm: 07 trường hợp\n- Phạt tiền: 8.500.000đ",
     "Đang tiến hành", "Số liệu Tổ kiểm tra phường"),
    ("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 15, "violations": 2, "fines_vnd": 3000000},
     "Kiểm tra chất lượng, nhãn hàng hóa dịp Tết (bánh kẹo, đồ chơi, đèn trang trí)", "Tháng 01, tháng 02",
     "- 01 đợt kiểm tra\n- 15 cơ sở kinh doanh\n- 02 cơ sở vi phạm ghi nhãn\n- Phạt: 3.000.000đ",
     "Đã tiến hành xong", ""),
    (None, None, None,
     "Kiểm tra an toàn thực phẩm Tết Trung thu", "Tháng 9",
     "- 01 đợt kiểm tra\n- 09 cơ sở sản xuất bánh trung thu",
     "Đã tiến hành xong", "Không thuộc KH 38 – ghi để theo dõi"),
    ("II.2.đ", "in_progress", {},
     "Áp dụng ISO 9001:2015 tại UBND phường", "Cả năm",
     "Đang cập nhật quy trình giải quyết TTHC sau sắp xếp",
     "Đang tiến hành", ""),
    ("II.5.d", "not_applicable", {},
     "Tiếp nhận phản ánh, tố giác vi phạm về đo lường, chất lượng", "Cả năm",
     "Không nhận được phản ánh",
     "Không có đối tượng", ""),
    ("II.3.a", "completed", {"participants": 3},
     "Cử cán bộ tham gia tập huấn của Chi cục TĐC", "Tháng 6",
     "- 03 công chức tham dự",
     "Đã tiến hành xong", "")],
   ["Chưa có công chức chuyên trách, cán bộ kinh tế kiêm nhiệm nhiều lĩnh vực.",
    "Hộ kinh doanh tại chợ Long Toàn thay đổi thường xuyên, khó quản lý cân."],
   ["Đề nghị Chi cục TĐC hỗ trợ kiểm định cân cho hộ kinh doanh tại chợ trong Quý IV/2026."],
   "Huỳnh Văn Phước", "Đỗ Minh Khoa")

h2("26725_TanThanh_CT38.xlsx", ("26725", "Phường Tân Thành"), "PHƯỜNG TÂN THÀNH", "Tân Thành", "305/BC-UBND", "2026-10-31",
   [("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 9, "violations": 1, "fines_vnd": 15000000},
     "Kiểm tra đo lường các cửa hàng xăng dầu dọc Quốc lộ 51", "Tháng 4, tháng 8",
     "- 02 cuộc kiểm tra\n- 09 cửa hàng xăng dầu\n- 01 cửa hàng vi phạm (cột đo hết hạn kiểm định)\n- Phạt: 15.000.000đ",
     "Đang tiến hành", "Phối hợp Chi cục TĐC"),
    ("II.2.d", "in_progress", {"enterprises_supported": 7},
     "Hướng dẫn doanh nghiệp nhỏ công bố hợp chuẩn, hợp quy, ghi nhãn", "Quý II - Quý IV",
     "- Hướng dẫn 07 doanh nghiệp, hộ sản xuất",
     "Đang tiến hành", ""),
    ("II.1.a", "completed", {"communications": 12},
     "Tuyên truyền trên loa, trang thông tin phường", "Cả năm",
     "- 12 tin, bài",
     "Đã tiến hành xong", "Bộ phận VH-XH"),
    ("II.2.a", "not_started", {},
     "Hỗ trợ cơ sở sản xuất áp dụng truy xuất nguồn gốc", "Quý IV",
     "Chưa có cơ sở đăng ký, chờ hướng dẫn của Sở",
     "Chưa tiến hành", ""),
    ("II.3.a", "completed", {"participants": 2},
     "Cử cán bộ dự tập huấn nghiệp vụ TĐC", "Tháng 6",
     "- 02 công chức",
     "Đã tiến hành xong", "")],
   ["Phường có nhiều doanh nghiệp trong khu công nghiệp nhưng phường không nắm được danh sách sản phẩm phải công bố hợp quy."],
   ["Đề nghị Chi cục TĐC cung cấp danh sách doanh nghiệp đã công bố hợp quy trên địa bàn phường.",
    "Đề nghị Sở hướng dẫn quy trình hỗ trợ truy xuất nguồn gốc cho cơ sở nhỏ."],
   "Lâm Quốc Việt", "Đỗ Minh Khoa")

h2("26732_ConDao_BC CT38 2026.xlsx", ("26732", "Đặc khu Côn Đảo"), "ĐẶC KHU CÔN ĐẢO", "Côn Đảo", "98/BC-UBND", "2026-11-03",
   [("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 26, "violations": 3, "fines_vnd": 4500000},
     "Kiểm tra cân tại chợ Côn Đảo và 02 cửa hàng xăng dầu", "Tháng 5, tháng 10",
     "- 02 cuộc\n- 26 cơ sở, hộ kinh doanh\n- 03 trường hợp vi phạm\n- Phạt: 4.500.000đ",
     "Đang tiến hành", "Đợt 3 dự kiến tháng 12"),
    ("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 10},
     "Kiểm tra hàng hóa phục vụ du lịch dịp 30/4 - 01/5", "Tháng 4",
     "- 01 đợt\n- 10 cơ sở bán đồ lưu niệm, hải sản khô",
     "Đã tiến hành xong", ""),
    ("II.1.a", "completed", {"communications": 9},
     "Tuyên truyền trên Đài truyền thanh, trang Zalo đặc khu", "Cả năm",
     "- 09 tin, bài",
     "Đã tiến hành xong", ""),
    ("II.3.a", "completed", {"participants": 2},
     "Tham dự tập huấn trực tuyến của Chi cục TĐC", "Tháng 6",
     "- 02 công chức tham dự",
     "Đã tiến hành xong", "Học trực tuyến"),
    ("II.2.đ", "in_progress", {},
     "Duy trì ISO 9001:2015 tại Trung tâm Phục vụ hành chính công", "Cả năm",
     "Đang rà soát quy trình",
     "Đang tiến hành", ""),
    ("II.5.d", "not_applicable", {},
     "Khen thưởng, bảo vệ người tố giác vi phạm", "",
     "Không phát sinh",
     "Không có đối tượng", "")],
   ["Đi lại giữa đất liền và đặc khu khó khăn, chi phí đưa cân, cột đo đi kiểm định cao."],
   ["Đề nghị Chi cục TĐC tổ chức kiểm định lưu động tại Côn Đảo mỗi năm 01 đợt."],
   "Phan Thanh Hải", "Đỗ Minh Khoa")

# ================================================================ HAND 4: Phương (statistician XLSX)
# long format: "STT | Nhiệm vụ | Chỉ tiêu | ĐVT | Giá trị | Thời điểm số liệu | Tình trạng nhiệm vụ";
# task and status only on the block's first row (merged down); numbers as real numeric cells,
# money as numbers with #,##0; her status words "Xong / Đang triển khai / Chưa bắt đầu / Không có nhu cầu".
# Below the table: "Khó khăn:" and "Kiến nghị:" each as "- " lines in column B.


def h4(fname, unit, up_lines, so, date_iso, blocks, diffs, props, signer, unitline=None, sheet="Bieu KQ"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for col, w in zip("ABCDEFG", (6, 40, 38, 10, 16, 16, 18)):
        ws.column_dimensions[col].width = w
    for i, t in enumerate(up_lines, 1):
        put(ws, f"A{i}", t, bold=(i == len(up_lines)))
    put(ws, f"A{len(up_lines)+1}", f"Số: {so}")
    put(ws, "E1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True)
    put(ws, "E2", "Độc lập - Tự do - Hạnh phúc", bold=True)
    y, m, dd = date_iso.split("-")
    put(ws, "E3", f"Thành phố Hồ Chí Minh, ngày {dd} tháng {m} năm {y}", italic=True)
    r0 = len(up_lines) + 3
    ws.merge_cells(f"A{r0}:G{r0}")
    put(ws, f"A{r0}", "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026", bold=True, align=CENTER, size=13)
    if unitline:
        ws.merge_cells(f"A{r0+1}:G{r0+1}")
        put(ws, f"A{r0+1}", unitline, italic=True, align=CENTER)
    r = r0 + 3
    for j, h in enumerate(["STT", "Nhiệm vụ", "Chỉ tiêu", "ĐVT", "Giá trị", "Thời điểm số liệu", "Tình trạng nhiệm vụ"]):
        put(ws, f"{'ABCDEFG'[j]}{r}", h, bold=True, align=CENTER, border=True, fill="DDEBF7")
    r += 1
    entries = []
    for k, (task, st, job, status_word, figs, ind) in enumerate(blocks, 1):
        start = r
        figs = figs or [("(không có số liệu định lượng)", "", None, "")]
        for (lab, dvt, val, when) in figs:
            put(ws, f"C{r}", lab, align=WRAP, border=True)
            put(ws, f"D{r}", dvt, align=CENTER, border=True)
            put(ws, f"E{r}", val, align=Alignment(horizontal="right", vertical="top"), border=True,
                fmt="#,##0" if isinstance(val, (int, float)) else None)
            put(ws, f"F{r}", when, align=CENTER, border=True)
            for col in "ABG":
                ws[f"{col}{r}"].border = BOX
            r += 1
        put(ws, f"A{start}", k, align=CENTER, border=True)
        put(ws, f"B{start}", job, align=WRAP, border=True)
        put(ws, f"G{start}", status_word, align=CENTER, border=True)
        if r - start > 1:
            for col in "ABG":
                ws.merge_cells(f"{col}{start}:{col}{r-1}")
        text = job + " – " + "; ".join(f"{lab}: {val} {dvt}".strip() for lab, dvt, val, _ in figs if val is not None)
        entries.append((task, st, ind, text))
    r += 1
    put(ws, f"B{r}", "Khó khăn:", bold=True); r += 1
    for x in diffs:
        put(ws, f"B{r}", "- " + x); r += 1
    put(ws, f"B{r}", "Kiến nghị:", bold=True); r += 1
    for x in props:
        put(ws, f"B{r}", "- " + x); r += 1
    r += 1
    put(ws, f"F{r}", "KT. GIÁM ĐỐC" if not unitline else "GIÁM ĐỐC", bold=True)
    if not unitline:
        put(ws, f"F{r+1}", "PHÓ GIÁM ĐỐC", bold=True)
    put(ws, f"F{r+4}", signer, bold=True)
    put(ws, f"B{r}", "Người lập biểu", italic=True)
    put(ws, f"B{r+4}", "Lâm Thị Phương", italic=True)
    ws.freeze_panes = ws[f"A{r0+4}"]
    wb.save(os.path.join(OUT, fname))
    key(fname, unit, so, date_iso, entries, diffs, props)


D = "đến 25/10/2026"
h4("SCT_4471_Bieu KQ CT38.xlsx", ("SO-CT", "Sở Công Thương"), ["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ CÔNG THƯƠNG"], "4471/BC-SCT", "2026-10-31",
   [("II.5.a", "in_progress", "Kiểm tra chất lượng xăng dầu, hàng hóa lưu thông trên thị trường (lực lượng Quản lý thị trường)", "Đang triển khai",
     [("Số cuộc kiểm tra", "cuộc", 48, D), ("Cơ sở được kiểm tra", "cơ sở", 312, D), ("Cơ sở vi phạm", "cơ sở", 37, D), ("Tiền xử phạt", "đồng", 1248500000, D)],
     {"inspections": 48, "establishments_inspected": 312, "violations": 37, "fines_vnd": 1248500000}),
    ("II.5.b", "completed", "Khảo sát chất lượng xăng dầu tại cửa hàng bán lẻ", "Xong",
     [("Mẫu xăng dầu lấy khảo sát", "mẫu", 60, "đến 30/9/2026")], {"samples_tested": 60}),
    ("II.2.a", "in_progress", "Hỗ trợ doanh nghiệp áp dụng truy xuất nguồn gốc (Đề án 100)", "Đang triển khai",
     [("Doanh nghiệp được hỗ trợ", "DN", 26, D)], {"enterprises_supported": 26}),
    ("II.2.d", "in_progress", "Hỗ trợ doanh nghiệp công nghiệp áp dụng hệ thống quản lý, công cụ cải tiến năng suất chất lượng", "Đang triển khai",
     [("Doanh nghiệp được hỗ trợ", "DN", 15, D), ("Kinh phí khuyến công đã giải ngân", "đồng", 420000000, D)],
     {"enterprises_supported": 15, "budget_spent_vnd": 420000000}),
    ("II.5.c", "in_progress", "Phối hợp UBND phường, xã kiểm tra đo lường tại chợ", "Đang triển khai",
     [("Số cuộc kiểm tra phối hợp", "cuộc", 12, D), ("Hộ kinh doanh được kiểm tra", "hộ", 210, D)],
     {"inspections": 12, "establishments_inspected": 210}),
    ("II.1.a", "completed", "Tập huấn quy định đo lường, chất lượng cho thương nhân kinh doanh xăng dầu", "Xong",
     [("Lớp tập huấn", "lớp", 2, "tháng 5/2026"), ("Người tham dự", "người", 185, "tháng 5/2026")],
     {"training_courses": 2, "participants": 185}),
    ("II.6.a", "not_started", "Cập nhật cam kết về hàng rào kỹ thuật trong thương mại (TBT) trong các FTA", "Chưa bắt đầu",
     None, {})],
   ["Lực lượng Quản lý thị trường sau tiếp nhận còn thiếu thiết bị kiểm tra nhanh chất lượng xăng dầu."],
   ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí thử nghiệm mẫu xăng dầu năm 2027.",
    "Đề nghị Chi cục TĐC chia sẻ kết quả khảo sát chất lượng hàng hóa để phối hợp kiểm tra."],
   "Bùi Thị Thanh Tâm")

h4("SNNMT_7702_CT38.xlsx", ("SO-NNMT", "Sở Nông nghiệp và Môi trường"), ["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"], "7702/BC-SNNMT", "2026-11-03",
   [("II.2.a", "in_progress", "Truy xuất nguồn gốc nông sản, cấp mã số vùng trồng, cơ sở đóng gói", "Đang triển khai",
     [("Cơ sở, HTX được hỗ trợ", "cơ sở", 41, D)], {"enterprises_supported": 41}),
    ("II.5.a", "in_progress", "Kiểm tra chất lượng vật tư nông nghiệp (phân bón, thuốc BVTV, thức ăn chăn nuôi)", "Đang triển khai",
     [("Số cuộc kiểm tra", "cuộc", 35, D), ("Cơ sở được kiểm tra", "cơ sở", 268, D), ("Cơ sở vi phạm", "cơ sở", 22, D), ("Tiền xử phạt", "đồng", 356000000, D)],
     {"inspections": 35, "establishments_inspected": 268, "violations": 22, "fines_vnd": 356000000}),
    ("II.5.b", "completed", "Lấy mẫu giám sát chất lượng phân bón, thuốc bảo vệ thực vật", "Xong",
     [("Mẫu lấy giám sát", "mẫu", 145, "đến 30/9/2026")], {"samples_tested": 145}),
    ("II.2.e", "completed", "Góp ý dự thảo QCVN, TCVN lĩnh vực nông nghiệp, môi trường", "Xong",
     [("Dự thảo QCVN, TCVN đã góp ý", "văn bản", 6, D)], {"standards_reviewed": 6}),
    ("II.3.a", "completed", "Cử công chức tham dự tập huấn nghiệp vụ TĐC", "Xong",
     [("Công chức tham dự", "người", 5, "tháng 6/2026")], {"participants": 5}),
    ("II.2.d", "in_progress", "Hỗ trợ áp dụng VietGAP, ISO 22000, HACCP", "Đang triển khai",
     [("Cơ sở được hỗ trợ", "cơ sở", 18, D), ("Kinh phí đã giải ngân", "đồng", 640500000, D)],
     {"enterprises_supported": 18, "budget_spent_vnd": 640500000})],
   ["Nhiều cơ sở sản xuất nhỏ lẻ chưa đủ điều kiện cấp mã số vùng trồng.",
    "Chi phí chứng nhận VietGAP cao so với khả năng của hộ nông dân."],
   ["Đề nghị Sở Khoa học và Công nghệ phối hợp xây dựng nền tảng truy xuất nguồn gốc dùng chung cho nông sản Thành phố."],
   "Trần Văn Sơn")

h4("TTPTTN_bieu ket qua CT38 2026.xlsx", ("SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
   ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM", "VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG"], "1284/BC-TTPTTN", "2026-10-28",
   [("II.4.a", "in_progress", "Đầu tư, hiện đại hóa trang thiết bị thử nghiệm, kiểm định", "Đang triển khai",
     [("Kinh phí mua sắm thiết bị đã giải ngân", "đồng", 8650000000, D)], {"budget_spent_vnd": 8650000000}),
    ("II.4.c", "completed", "Duy trì chuẩn đo lường, liên kết chuẩn đến chuẩn quốc gia", "Xong",
     [("Chuẩn, thiết bị chuẩn đã hiệu chuẩn liên kết", "chuẩn", 34, "đến 30/9/2026")], {"instruments_verified": 34}),
    ("II.2.g", "in_progress", "Mở rộng phạm vi dịch vụ kiểm định, hiệu chuẩn, thử nghiệm", "Đang triển khai",
     [("Phương tiện đo đã kiểm định, hiệu chuẩn", "phương tiện", 18540, D), ("Mẫu thử nghiệm", "mẫu", 6275, D)],
     {"instruments_verified": 18540, "samples_tested": 6275}),
    ("II.3.d", "completed", "Đào tạo, thực tập về đo lường, thử nghiệm cho sinh viên các trường", "Xong",
     [("Khóa đào tạo", "khóa", 4, "tháng 8/2026"), ("Sinh viên tham gia", "người", 236, "tháng 8/2026")],
     {"training_courses": 4, "participants": 236}),
    ("II.1.a", "completed", "Phối hợp Chi cục tổ chức tập huấn văn bản quy phạm pháp luật", "Xong",
     [("Lớp tập huấn", "lớp", 2, "Quý II/2026"), ("Học viên", "người", 160, "Quý II/2026")],
     {"training_courses": 2, "participants": 160}),
    ("II.5.b", "in_progress", "Phối hợp thử nghiệm mẫu khảo sát chất lượng hàng hóa", "Đang triển khai",
     [("Mẫu khảo sát đã thử nghiệm", "mẫu", 90, D)], {"samples_tested": 90})],
   ["Một số thiết bị đo lường chuẩn đã cũ, chi phí hiệu chuẩn ở nước ngoài lớn."],
   ["Đề nghị Sở bố trí kinh phí năm 2027 để thay thế hệ thống chuẩn khối lượng.",
    "Đề nghị Chi cục giao chỉ tiêu khảo sát sớm để Trung tâm chủ động kế hoạch thử nghiệm."],
   "Ngô Minh Trí",
   unitline="Đơn vị: Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh")

with open(os.path.join(OUT, ".build", "_keys.json"), "w", encoding="utf-8") as f:
    json.dump(KEYS, f, ensure_ascii=False, indent=1)
print("done", len(KEYS))
