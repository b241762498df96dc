# -*- coding: utf-8 -*-
"""Generator for set281: 17 report files in 5 hands, plus answer keys (sha256 filled by finalize.py)."""
import json, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {}


def key(fname, unit_id, unit_name, number, date, entries, dif, pro, status="extracted", reason=None):
    KEYS[fname] = {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": [{"task": t, "status": s, "indicators": ind, "text": tx} for (t, s, ind, tx) in entries],
        "findings": [], "difficulties": dif, "proposals": pro,
    }


# ------------------------------------------------------------------ docx helpers
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


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def set_widths(tbl, widths):
    tbl.autofit = False
    for col, w in zip(tbl.columns, widths):
        col.width = w
    for row in tbl.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def cell_par(cell, text, bold=False, italic=False, align=None, size=None, first=True, underline=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic, r.underline = bold, italic, underline
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    return p


def header_table(d, left_lines, so, right_date, size=12):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    set_widths(t, [Cm(6.5), Cm(9.5)])
    l, r = t.rows[0].cells
    C = WD_ALIGN_PARAGRAPH.CENTER
    first = True
    for txt, b in left_lines:
        cell_par(l, txt, bold=b, align=C, size=size, first=first)
        first = False
    cell_par(l, so, align=C, size=size, first=False)
    cell_par(r, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align=C, size=size)
    cell_par(r, "Độc lập - Tự do - Hạnh phúc", bold=True, align=C, size=size, first=False, underline=False)
    cell_par(r, right_date, italic=True, align=C, size=size, first=False)
    return t


def para(d, text="", bold=False, italic=False, align=None, indent=True, size=None, runs=None):
    p = d.add_paragraph()
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
    if align is not None:
        p.alignment = align
    elif indent:
        p.paragraph_format.first_line_indent = Cm(1)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def sign_block(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    set_widths(t, [Cm(7.5), Cm(8.5)])
    l, r = t.rows[0].cells
    first = True
    for txt, b, i in left_lines:
        cell_par(l, txt, bold=b, italic=i, size=11, first=first)
        first = False
    first = True
    for txt, b, i in right_lines:
        cell_par(r, txt, bold=b, italic=i, align=WD_ALIGN_PARAGRAPH.CENTER, first=first)
        first = False


C = WD_ALIGN_PARAGRAPH.CENTER

# ================================================================== HAND 1: Võ Thị Ngọc Hân (ward, DOCX)
# "Đối với việc …," paragraphs; ward vocabulary (hộ kinh doanh, tổ dân phố, Tổ kiểm tra liên ngành phường);
# a separate short last line per item: "Tiến độ: …" in plain text, preceded by an en dash.


def hand1(fname, unit_id, unit_upper, unit_name, so, datestr, iso, intro, items, dif, pro, signer, nguoi_ky):
    d = new_doc()
    header_table(d, [("ỦY BAN NHÂN DÂN", False), (unit_upper, True)], so, datestr)
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align=C)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn phường", bold=True, align=C)
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align=C)
    para(d, intro)
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    entries = []
    for i, it in enumerate(items, 1):
        body, tien_do, task, st, ind = it
        para(d, f"{i}. {body}")
        para(d, f"– Tiến độ: {tien_do}", indent=True)
        entries.append((task, st, ind, body[:220]))
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in dif:
        para(d, "- " + x)
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for x in pro:
        para(d, "- " + x)
    para(d, f"Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Ủy ban nhân dân {unit_name}./.")
    sign_block(d, [("Nơi nhận:", True, True), ("- Như trên;", False, False), ("- TT. Đảng ủy phường;", False, False),
                   ("- CT, PCT UBND phường;", False, False), ("- Lưu: VT, KT.", False, False)],
               [("TM. ỦY BAN NHÂN DÂN", True, False), (signer, True, False), ("", False, False), ("", False, False), (nguoi_ky, True, False)])
    d.save(os.path.join(OUT, fname))
    return entries


# ---- F1 Tân Định
f = "ptandinh-bc-ct38-2026.docx"
items = [
    ("Đối với việc tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng, Ủy ban nhân dân phường đã chỉ đạo đăng 06 tin, bài trên Trang thông tin điện tử phường và chia sẻ qua nhóm Zalo của 38 tổ dân phố; phối hợp Chi cục tổ chức 01 buổi phổ biến quy định về đo lường trong mua bán và ghi nhãn hàng hóa tại Nhà văn hóa phường với 72 lượt người tham dự, chủ yếu là hộ kinh doanh tại chợ Tân Định.",
     "đang tiếp tục thực hiện, dự kiến tổ chức thêm 01 buổi trong tháng 12/2026.", "II.1.a", "in_progress",
     {"communications": 6, "training_courses": 1, "participants": 72}),
    ("Đối với việc thực hiện các nội dung được phân quyền về đo lường, chất lượng, Tổ kiểm tra liên ngành phường phối hợp Chi cục kiểm tra 03 cuộc tại chợ Tân Định và các tuyến đường Hai Bà Trưng, Trần Quang Khải; đã kiểm tra 27 hộ kinh doanh, phát hiện 04 trường hợp sử dụng cân không đạt yêu cầu, lập biên bản chuyển Chi cục ra quyết định xử phạt với tổng số tiền 6.000.000 đồng. Phường cũng phối hợp đưa 02 cân đối chứng tại chợ Tân Định đi kiểm định lại theo định kỳ.",
     "đang thực hiện (thường xuyên).", "II.5.c", "in_progress",
     {"inspections": 3, "establishments_inspected": 27, "violations": 4, "fines_vnd": 6000000, "instruments_verified": 2}),
    ("Đối với việc áp dụng, duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, phường đã rà soát, ban hành lại danh mục quy trình giải quyết thủ tục hành chính sau sắp xếp, tổ chức đánh giá nội bộ trong tháng 9/2026 và công bố Hệ thống phù hợp.",
     "đã thực hiện xong.", "II.2.đ", "completed", {}),
    ("Đối với việc cử công chức tham gia tập huấn nghiệp vụ, phường đã cử 02 công chức (Phòng Kinh tế) tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho cấp xã do Chi cục tổ chức ngày 14/5/2026.",
     "đã thực hiện xong.", "II.3.a", "completed", {"participants": 2}),
    ("Đối với việc tiếp nhận, xử lý phản ánh, tố giác vi phạm về đo lường, chất lượng, trong kỳ phường không tiếp nhận phản ánh nào của người dân.",
     "không phát sinh.", "II.5.d", "not_applicable", {}),
]
dif = ["Lực lượng làm công tác quản lý về tiêu chuẩn, đo lường, chất lượng tại phường chỉ có 01 công chức kiêm nhiệm, chưa được đào tạo chuyên sâu.",
       "Hộ kinh doanh tại chợ thay đổi thường xuyên, nhiều hộ dùng cân chưa được kiểm định nên việc theo dõi, nhắc nhở gặp khó khăn."]
pro = ["Đề nghị Chi cục tiếp tục mở lớp tập huấn nghiệp vụ cho công chức phường, nhất là về kiểm tra đo lường tại chợ.",
       "Đề nghị Chi cục hỗ trợ thêm 01 cân đối chứng cho chợ Tân Định."]
e = hand1(f, "26737", "PHƯỜNG TÂN ĐỊNH", "phường Tân Định", "Số: 418/BC-UBND", "Tân Định, ngày 24 tháng 10 năm 2026", "2026-10-24",
          "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Tân Định báo cáo kết quả thực hiện từ đầu năm đến ngày 20/10/2026 như sau:",
          items, dif, pro, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lê Thanh Bình")
key(f, "26737", "Phường Tân Định", "418/BC-UBND", "2026-10-24", e, dif, pro)

# ---- F2 Cầu Ông Lãnh
f = "pcauonglanh-bc-ct38.docx"
items = [
    ("Đối với việc tuyên truyền, phường đã đăng 04 tin, bài về Chỉ thị số 38-CT/TW và các quy định về đo lường, chất lượng trên Trang thông tin điện tử phường; treo băng rôn tại chợ Cầu Muối, chợ Dân Sinh và phát tờ rơi đến hộ kinh doanh qua các tổ dân phố.",
     "đã thực hiện xong.", "II.1.a", "completed", {"communications": 4}),
    ("Đối với việc kiểm tra theo phân cấp, Tổ kiểm tra liên ngành phường phối hợp Chi cục kiểm tra 02 cuộc tại các cửa hàng xăng dầu trên đường Trần Hưng Đạo, Nguyễn Thái Học và 01 cuộc kiểm tra đo lường tại chợ Cầu Muối. Tổng cộng 03 cuộc, 23 cơ sở (05 cửa hàng xăng dầu và 18 hộ kinh doanh tại chợ); qua kiểm tra chưa phát hiện trường hợp vi phạm.",
     "đang thực hiện.", "II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 23}),
    ("Đối với việc khảo sát chất lượng hàng hóa, phường đã phối hợp Đoàn của Chi cục lấy 06 mẫu xăng, dầu điêzen tại các cửa hàng trên địa bàn để khảo sát chất lượng; kết quả thử nghiệm các mẫu đều phù hợp.",
     "đã thực hiện xong.", "II.5.b", "completed", {"samples_tested": 6}),
    ("Đối với việc duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, phường đang chuyển đổi các quy trình sang môi trường điện tử trên Hệ thống thông tin giải quyết thủ tục hành chính của Thành phố.",
     "đang thực hiện, dự kiến xong trong tháng 11/2026.", "II.2.đ", "in_progress", {}),
    ("Đối với việc cử công chức tham gia tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng, do trùng lịch tiếp công dân và công tác sắp xếp bộ máy nên phường chưa cử được công chức tham dự.",
     "chưa thực hiện.", "II.3.a", "not_started", {}),
]
dif = ["Phường chưa có kinh phí riêng cho công tác tiêu chuẩn, đo lường, chất lượng; hoạt động tuyên truyền phải lồng ghép với các chuyên đề khác."]
pro = ["Đề nghị Chi cục thông báo sớm lịch các lớp tập huấn để phường chủ động bố trí công chức tham dự.",
       "Đề nghị Chi cục cung cấp tài liệu tuyên truyền mẫu (tờ rơi, pano) để phường in, phát cho hộ kinh doanh."]
e = hand1(f, "26758", "PHƯỜNG CẦU ÔNG LÃNH", "phường Cầu Ông Lãnh", "Số: 297/BC-UBND", "Cầu Ông Lãnh, ngày 27 tháng 10 năm 2026", "2026-10-27",
          "Căn cứ Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ và văn bản đôn đốc của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân phường Cầu Ông Lãnh báo cáo như sau:",
          items, dif, pro, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Hoàng Phúc")
key(f, "26758", "Phường Cầu Ông Lãnh", "297/BC-UBND", "2026-10-27", e, dif, pro)

# ---- F3 Khánh Hội
f = "khanhhoi_baocao_CT38.docx"
items = [
    ("Đối với việc phổ biến quy định pháp luật về chất lượng sản phẩm, hàng hóa, phường phối hợp Chi cục tổ chức 01 hội nghị phổ biến Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) cho doanh nghiệp, hộ kinh doanh trên địa bàn với 86 đại biểu tham dự; đăng 03 tin, bài trên Trang thông tin điện tử và Zalo OA của phường.",
     "đã thực hiện xong.", "II.1.a", "completed", {"training_courses": 1, "participants": 86, "communications": 3}),
    ("Đối với việc kiểm tra đo lường theo thẩm quyền được phân cấp, Tổ kiểm tra liên ngành phường đã kiểm tra 04 cuộc tại chợ Xóm Chiếu, chợ Khánh Hội và các cửa hàng vàng bạc trên đường Hoàng Diệu; kiểm tra 31 hộ kinh doanh, phát hiện 05 trường hợp vi phạm (cân sai số vượt mức cho phép, không có dấu kiểm định). Chủ tịch UBND phường đã ban hành quyết định xử phạt vi phạm hành chính theo thẩm quyền, tổng số tiền phạt 7.500.000 đồng.",
     "đang thực hiện (thường xuyên).", "II.5.c", "in_progress",
     {"inspections": 4, "establishments_inspected": 31, "violations": 5, "fines_vnd": 7500000}),
    ("Đối với việc tiếp nhận tin báo, tố giác vi phạm, phường tiếp nhận 01 tin báo của người dân về việc gian lận cân tại chợ và đã chuyển Chi cục xử lý theo thẩm quyền.",
     "đã thực hiện xong.", "II.5.d", "completed", {}),
    ("Đối với việc duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan, phường đã cập nhật 42 quy trình và tổ chức đánh giá nội bộ năm 2026.",
     "đã thực hiện xong.", "II.2.đ", "completed", {}),
    ("Đối với việc tập huấn cho công chức, phường cử 03 công chức tham gia lớp tập huấn nghiệp vụ của Chi cục tổ chức trong tháng 6/2026.",
     "đã thực hiện xong.", "II.3.a", "completed", {"participants": 3}),
]
dif = ["Một số hộ kinh doanh nhỏ lẻ, hàng rong không cố định nên khó kiểm tra, quản lý.",
       "Trang thiết bị kiểm tra (quả cân chuẩn, cân đối chứng) của phường còn thiếu."]
pro = ["Đề nghị Chi cục hỗ trợ phường bộ quả cân chuẩn phục vụ kiểm tra nhanh tại chợ."]
e = hand1(f, "27265", "PHƯỜNG KHÁNH HỘI", "phường Khánh Hội", "Số: 155/BC-UBND", "Khánh Hội, ngày 21 tháng 10 năm 2026", "2026-10-21",
          "Thực hiện văn bản của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Khánh Hội báo cáo như sau:",
          items, dif, pro, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Trần Minh Tâm")
key(f, "27265", "Phường Khánh Hội", "155/BC-UBND", "2026-10-21", e, dif, pro)

# ---- F4 Bến Thành (mistaken: chuyển đổi số)
f = "benthanh-bc-quy3.docx"
d = new_doc()
header_table(d, [("ỦY BAN NHÂN DÂN", False), ("PHƯỜNG BẾN THÀNH", True)], "Số: 402/BC-UBND", "Bến Thành, ngày 22 tháng 10 năm 2026")
para(d, "")
para(d, "BÁO CÁO", bold=True, align=C)
para(d, "Kết quả thực hiện chuyển đổi số và Đề án 06 quý III năm 2026", bold=True, align=C)
para(d, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", align=C)
para(d, "Thực hiện Kế hoạch chuyển đổi số năm 2026 của Ủy ban nhân dân Thành phố, Ủy ban nhân dân phường Bến Thành báo cáo kết quả quý III năm 2026 như sau:")
para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
para(d, "1. Đối với việc cung cấp dịch vụ công trực tuyến, trong quý phường tiếp nhận 3.418 hồ sơ, trong đó 3.102 hồ sơ nộp trực tuyến toàn trình, đạt tỷ lệ 90,8%.")
para(d, "– Tiến độ: đang thực hiện.")
para(d, "2. Đối với việc làm sạch dữ liệu dân cư theo Đề án 06, phường đã rà soát, cập nhật 12.560 trường hợp; kích hoạt 1.240 tài khoản định danh điện tử mức độ 2.")
para(d, "– Tiến độ: đang thực hiện.")
para(d, "3. Đối với việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính, phường đã số hóa 100% hồ sơ hộ tịch phát sinh trong kỳ.")
para(d, "– Tiến độ: đã thực hiện xong.")
para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
para(d, "- Đường truyền mạng tại Bộ phận Một cửa thường xuyên chập chờn vào giờ cao điểm.")
para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
para(d, "- Đề nghị Sở Khoa học và Công nghệ hỗ trợ nâng cấp đường truyền và thiết bị ký số cho phường.")
para(d, "Trên đây là báo cáo kết quả chuyển đổi số quý III năm 2026 của Ủy ban nhân dân phường Bến Thành./.")
sign_block(d, [("Nơi nhận:", True, True), ("- Như trên;", False, False), ("- Lưu: VT.", False, False)],
           [("TM. ỦY BAN NHÂN DÂN", True, False), ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", True, False), ("", False, False), ("Đặng Quốc Huy", True, False)])
d.save(os.path.join(OUT, f))
key(f, "26743", "Phường Bến Thành", "402/BC-UBND", "2026-10-22", [], [], [], status="rejected",
    reason="Báo cáo kết quả chuyển đổi số và Đề án 06 quý III/2026, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")

# ================================================================== HAND 5: Hồ Văn Lực (ward công văn + one Word table)
# Short công văn "V/v …" (số …/UBND-KT) with a 4-column table "Nội dung | Kết quả | Số liệu | Tiến độ";
# "Số liệu" cell holds one "label: value" line per figure (Shift+Enter), "Tiến độ" the plain official word.


def set_cell_shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def hand5(fname, unit_upper, unit_name, so, vv, datestr, rows, dif, pro, signer):
    d = new_doc(size=13)
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    set_widths(t, [Cm(6.5), Cm(9.5)])
    l, r = t.rows[0].cells
    cell_par(l, "ỦY BAN NHÂN DÂN", align=C, size=12)
    cell_par(l, unit_upper, bold=True, align=C, size=12, first=False)
    cell_par(l, "", first=False)
    cell_par(l, so, align=C, size=12, first=False)
    cell_par(l, vv, align=C, size=11, first=False)
    cell_par(r, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align=C, size=12)
    cell_par(r, "Độc lập - Tự do - Hạnh phúc", bold=True, align=C, size=12, first=False)
    cell_par(r, "", first=False)
    cell_par(r, datestr, italic=True, align=C, size=12, first=False)
    para(d, "")
    para(d, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh\n(Chi cục Tiêu chuẩn Đo lường Chất lượng)", align=C)
    para(d, f"Ủy ban nhân dân {unit_name} nhận được văn bản đề nghị báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Ủy ban nhân dân phường báo cáo kết quả thực hiện (số liệu tính đến ngày 20/10/2026) theo bảng dưới đây:")
    tb = d.add_table(rows=1, cols=5)
    tb.style = "Table Grid"
    hdr = ["TT", "Nội dung", "Kết quả", "Số liệu", "Tiến độ"]
    for c, h in zip(tb.rows[0].cells, hdr):
        cell_par(c, h, bold=True, align=C, size=12)
        set_cell_shade(c, "D9D9D9")
    entries = []
    for i, (noidung, ketqua, solieu, tiendo, task, st, ind) in enumerate(rows, 1):
        cs = tb.add_row().cells
        cell_par(cs[0], str(i), align=C, size=12)
        cell_par(cs[1], noidung, size=12)
        cell_par(cs[2], ketqua, size=12)
        p = cs[3].paragraphs[0]
        for j, line in enumerate(solieu):
            run = p.add_run(line)
            run.font.size = Pt(12)
            if j < len(solieu) - 1:
                run.add_break()
        if not solieu:
            p.add_run("-").font.size = Pt(12)
            p.alignment = C
        cell_par(cs[4], tiendo, size=12, align=C)
        entries.append((task, st, ind, ketqua[:220]))
    set_widths(tb, [Cm(1), Cm(4), Cm(6.3), Cm(3.5), Cm(2.7)])
    para(d, "")
    para(d, "Khó khăn, vướng mắc:", bold=True, indent=False)
    for x in dif:
        para(d, "- " + x)
    para(d, "Đề xuất:", bold=True, indent=False)
    for x in pro:
        para(d, "- " + x)
    para(d, f"Ủy ban nhân dân {unit_name} kính báo cáo./.")
    sign_block(d, [("Nơi nhận:", True, True), ("- Như trên;", False, False), ("- Phòng Kinh tế;", False, False), ("- Lưu: VT.", False, False)],
               [("KT. CHỦ TỊCH", True, False), ("PHÓ CHỦ TỊCH", True, False), ("", False, False), ("", False, False), (signer, True, False)])
    d.save(os.path.join(OUT, fname))
    return entries


# ---- F8 Diên Hồng
f = "DienHong_CV_bao_cao_CT38.docx"
rows = [
    ("Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng",
     "Đăng tin, bài trên Trang thông tin điện tử phường, màn hình LED tại trụ sở; tổ chức 01 buổi tập huấn cho hộ kinh doanh tại chợ Hòa Hưng.",
     ["Tin, bài: 08", "Buổi tập huấn: 01", "Người tham dự: 40"], "Hoàn thành", "II.1.a", "completed",
     {"communications": 8, "training_courses": 1, "participants": 40}),
    ("Kiểm tra về đo lường, chất lượng theo phân cấp",
     "Tổ kiểm tra phường phối hợp Chi cục kiểm tra tại chợ, cửa hàng vàng bạc, cửa hàng kinh doanh khí dầu mỏ hóa lỏng; các trường hợp vi phạm đã được xử phạt theo quy định.",
     ["Số cuộc: 05", "Số cơ sở: 38", "Vi phạm: 06", "Tiền phạt: 12.000.000 đ"], "Đang thực hiện", "II.5.c", "in_progress",
     {"inspections": 5, "establishments_inspected": 38, "violations": 6, "fines_vnd": 12000000}),
    ("Phối hợp kiểm tra chất lượng xăng dầu lưu thông trên địa bàn",
     "Cử cán bộ tham gia Đoàn kiểm tra của Chi cục tại các cửa hàng xăng dầu trên đường Cách Mạng Tháng Tám, Lý Thái Tổ.",
     ["Số cuộc: 01", "Cửa hàng: 03"], "Hoàn thành", "II.5.a", "completed",
     {"inspections": 1, "establishments_inspected": 3}),
    ("Duy trì, cải tiến Hệ thống quản lý chất lượng TCVN ISO 9001:2015",
     "Đã rà soát, cập nhật quy trình sau sắp xếp đơn vị hành chính; đánh giá nội bộ tháng 8/2026.",
     [], "Hoàn thành", "II.2.đ", "completed", {}),
    ("Cử công chức tham gia tập huấn nghiệp vụ",
     "Cử công chức Phòng Kinh tế tham gia lớp tập huấn do Chi cục tổ chức.",
     ["Số người: 02"], "Hoàn thành", "II.3.a", "completed", {"participants": 2}),
]
dif = ["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; cán bộ kiêm nhiệm nhiều việc."]
pro = ["Đề nghị Chi cục hướng dẫn quy trình xử phạt vi phạm hành chính về đo lường thuộc thẩm quyền của Chủ tịch UBND phường.",
       "Đề nghị Sở Khoa học và Công nghệ bố trí kinh phí hỗ trợ phường mua sắm quả cân chuẩn."]
e = hand5(f, "PHƯỜNG DIÊN HỒNG", "phường Diên Hồng", "Số: 512/UBND-KT",
          "V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", "Diên Hồng, ngày 29 tháng 10 năm 2026", rows, dif, pro, "Phạm Thị Thu Trang")
key(f, "27169", "Phường Diên Hồng", "512/UBND-KT", "2026-10-29", e, dif, pro)

# ---- F9 Cầu Kiệu (re-saved through LibreOffice later)
f = "CauKieu-CT38-2026.docx"
rows = [
    ("Tuyên truyền về tiêu chuẩn, đo lường, chất lượng",
     "Đăng tin, bài trên Trang thông tin điện tử và Fanpage phường; tiếp tục tuyên truyền qua hệ thống loa tại các khu phố.",
     ["Tin, bài: 04"], "Đang thực hiện", "II.1.a", "in_progress", {"communications": 4}),
    ("Kiểm tra đo lường tại chợ, cửa hàng theo phân cấp",
     "Phối hợp Chi cục kiểm tra cân tại chợ Phú Nhuận và các cửa hàng vàng trên đường Phan Đăng Lưu; 01 trường hợp vi phạm đã bị xử phạt.",
     ["Cuộc kiểm tra: 02", "Cơ sở: 14", "Vi phạm: 01", "Tiền phạt: 2.500.000 đồng"], "Đang thực hiện", "II.5.c", "in_progress",
     {"inspections": 2, "establishments_inspected": 14, "violations": 1, "fines_vnd": 2500000}),
    ("Phối hợp khảo sát chất lượng hàng hóa",
     "Phối hợp Chi cục lấy mẫu mũ bảo hiểm cho người đi mô tô, xe máy tại các cửa hàng trên địa bàn để khảo sát chất lượng.",
     ["Mẫu: 08"], "Hoàn thành", "II.5.b", "completed", {"samples_tested": 8}),
    ("Tiếp nhận phản ánh, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng",
     "Trong kỳ không có phản ánh, tố giác.", [], "Không phát sinh", "II.5.d", "not_applicable", {}),
    ("Duy trì Hệ thống quản lý chất lượng TCVN ISO 9001:2015",
     "Đang xây dựng lại bộ quy trình nội bộ theo tổ chức bộ máy mới.", [], "Đang thực hiện", "II.2.đ", "in_progress", {}),
]
dif = ["Địa bàn phường có nhiều cửa hàng kinh doanh nhỏ, thay đổi chủ thường xuyên.",
       "Người dân còn ngại phản ánh các trường hợp gian lận về đo lường."]
pro = ["Đề nghị Chi cục phối hợp tổ chức kiểm tra định kỳ tại chợ Phú Nhuận ít nhất 02 lần/năm."]
e = hand5(f, "PHƯỜNG CẦU KIỆU", "phường Cầu Kiệu", "Số: 233/UBND-KT",
          "V/v báo cáo tình hình thực hiện Kế hoạch số 38 năm 2026", "Cầu Kiệu, ngày 23 tháng 10 năm 2026", rows, dif, pro, "Võ Đức Long")
key(f, "27058", "Phường Cầu Kiệu", "233/UBND-KT", "2026-10-23", e, dif, pro)

# ---- F10 An Đông
f = "andong_cv_kh38.docx"
rows = [
    ("Tuyên truyền, tập huấn cho hộ kinh doanh, doanh nghiệp",
     "Phối hợp Chi cục tổ chức tập huấn về ghi nhãn hàng hóa, đo lường trong thương mại bán lẻ tại chợ An Đông và Thuận Kiều Plaza; đăng tin, bài trên Trang thông tin điện tử phường.",
     ["Lớp tập huấn: 02", "Lượt người dự: 130", "Tin, bài: 05"], "Hoàn thành", "II.1.a", "completed",
     {"training_courses": 2, "participants": 130, "communications": 5}),
    ("Kiểm tra đo lường, chất lượng theo phân cấp; quản lý cân đối chứng tại chợ",
     "Tổ kiểm tra phường kiểm tra tại chợ An Đông, các cửa hàng vàng bạc trên đường An Dương Vương; phối hợp Chi cục kiểm định cân đối chứng tại chợ An Đông.",
     ["Số cuộc: 03", "Số cơ sở: 25", "Vi phạm: 02", "Tiền phạt: 8.000.000 đ", "Cân đối chứng được kiểm định: 04"], "Đang thực hiện", "II.5.c", "in_progress",
     {"inspections": 3, "establishments_inspected": 25, "violations": 2, "fines_vnd": 8000000, "instruments_verified": 4}),
    ("Cử công chức dự tập huấn chuyên môn về tiêu chuẩn, đo lường, chất lượng",
     "Chưa cử công chức tham dự do lớp tập huấn trùng thời gian tổ chức Đại hội các chi bộ khu phố.", [], "Chưa thực hiện", "II.3.a", "not_started", {}),
    ("Áp dụng, duy trì Hệ thống quản lý chất lượng TCVN ISO 9001:2015",
     "Đã công bố lại Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 ngày 15/7/2026.", [], "Hoàn thành", "II.2.đ", "completed", {}),
]
dif = ["Chợ An Đông đang sửa chữa một phần, nhiều hộ kinh doanh di dời tạm nên việc kiểm tra cân gặp khó khăn."]
pro = ["Đề nghị Chi cục tổ chức thêm lớp tập huấn cho công chức phường vào Quý I/2027.",
       "Đề nghị Sở Khoa học và Công nghệ sớm ban hành hướng dẫn về phân cấp kiểm tra đo lường cho phường sau sắp xếp."]
e = hand5(f, "PHƯỜNG AN ĐÔNG", "phường An Đông", "Số: 176/UBND-KT",
          "V/v báo cáo kết quả thực hiện Chỉ thị 38-CT/TW năm 2026", "An Đông, ngày 30 tháng 10 năm 2026", rows, dif, pro, "Lâm Chí Hùng")
key(f, "27316", "Phường An Đông", "176/UBND-KT", "2026-10-30", e, dif, pro)

# ================================================================== HAND 3: Đỗ Minh Khoa (department công văn)
# Nghị định 30 công văn from a Sở; items numbered "1." with a bold run-in title in the Sở's own work names
# ("Công tác …. "), narrative with figures, the status as an italic closing sentence "Nội dung này …" in the same
# paragraph; difficulties and proposals continue the same numbering as the last two items (n+1, n+2).


def hand3(fname, agency_upper_lines, so, vv, datestr, intro, items, dif, pro, signer_title, signer, kinh_gui):
    d = new_doc(size=14, margins=(2, 2, 3, 2))
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    set_widths(t, [Cm(6.5), Cm(9.5)])
    l, r = t.rows[0].cells
    first = True
    for txt, b in agency_upper_lines:
        cell_par(l, txt, bold=b, align=C, size=12, first=first)
        first = False
    cell_par(l, so, align=C, size=13, first=False)
    cell_par(l, vv, align=C, size=12, first=False)
    cell_par(r, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align=C, size=12)
    cell_par(r, "Độc lập - Tự do - Hạnh phúc", bold=True, align=C, size=13, first=False)
    cell_par(r, "", first=False)
    cell_par(r, datestr, italic=True, align=C, size=13, first=False)
    para(d, "")
    para(d, kinh_gui, align=C)
    para(d, intro)
    entries = []
    for i, (title, body, verdict, task, st, ind) in enumerate(items, 1):
        para(d, runs=[(f"{i}. {title}. ", True, False), (body + " ", False, False), (verdict, False, True)])
        entries.append((task, st, ind, (title + ". " + body)[:220]))
    para(d, runs=[(f"{len(items) + 1}. Khó khăn, vướng mắc", True, False)])
    for x in dif:
        para(d, "- " + x)
    para(d, runs=[(f"{len(items) + 2}. Kiến nghị", True, False)])
    for x in pro:
        para(d, "- " + x)
    para(d, "Trân trọng./.")
    sign_block(d, [("Nơi nhận:", True, True), ("- Như trên;", False, False), ("- Giám đốc Sở (để b/c);", False, False), ("- Lưu: VT.", False, False)],
               [(signer_title, True, False), ("", False, False), ("", False, False), (signer, True, False)])
    d.save(os.path.join(OUT, fname))
    return entries


# ---- F11 Sở Công Thương
f = "SCT_4127_phoi-hop-CT38.docx"
items = [
    ("Công tác phổ biến quy định pháp luật cho doanh nghiệp",
     "Trong năm, Sở đã phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 02 hội nghị phổ biến quy định về nhãn hàng hóa và quản lý chất lượng hàng hóa nhập khẩu cho doanh nghiệp ngành công thương, với tổng số 310 đại biểu tham dự.",
     "Nội dung này đã hoàn thành.", "II.1.a", "completed", {"training_courses": 2, "participants": 310}),
    ("Công tác góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật",
     "Sở đã có ý kiến góp ý đối với 04 dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực xăng dầu, khí và an toàn điện theo đề nghị của Bộ Công Thương và Sở Khoa học và Công nghệ.",
     "Nội dung này đã hoàn thành.", "II.2.e", "completed", {"standards_reviewed": 4}),
    ("Công tác kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng",
     "Sở cử công chức tham gia 06 cuộc kiểm tra liên ngành với Chi cục tại 42 cửa hàng xăng dầu và cửa hàng kinh doanh khí dầu mỏ hóa lỏng; phát hiện 05 cơ sở vi phạm, xử phạt vi phạm hành chính 87,5 triệu đồng.",
     "Nội dung này đang tiếp tục thực hiện theo kế hoạch kiểm tra năm.", "II.5.a", "in_progress",
     {"inspections": 6, "establishments_inspected": 42, "violations": 5, "fines_vnd": 87500000}),
    ("Công tác hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng",
     "Thông qua Chương trình phát triển công nghiệp hỗ trợ, Sở đã hướng dẫn, hỗ trợ 15 doanh nghiệp xây dựng, áp dụng hệ thống quản lý chất lượng ISO 9001, IATF 16949 và công cụ cải tiến năng suất.",
     "Nội dung này đang tiếp tục thực hiện.", "II.2.d", "in_progress", {"enterprises_supported": 15}),
    ("Công tác áp dụng Hệ thống quản lý chất lượng tại cơ quan",
     "Sở đã duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, cập nhật quy trình đối với các thủ tục hành chính mới được giao sau sắp xếp.",
     "Nội dung này đã hoàn thành.", "II.2.đ", "completed", {}),
    ("Công tác đào tạo, bồi dưỡng",
     "Sở cử 05 công chức tham gia lớp tập huấn, cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức.",
     "Nội dung này đã hoàn thành.", "II.3.a", "completed", {"participants": 5}),
]
dif = ["Số lượng cửa hàng xăng dầu, khí dầu mỏ hóa lỏng lớn, lực lượng kiểm tra liên ngành còn mỏng.",
       "Một số văn bản hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) chưa được ban hành kịp thời."]
pro = ["Đề nghị Sở Khoa học và Công nghệ chủ trì xây dựng kế hoạch kiểm tra liên ngành năm 2027 sớm, gửi các sở để phối hợp.",
       "Đề nghị tổ chức tập huấn chuyên sâu về Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) cho công chức các sở, ngành."]
e = hand3(f, [("ỦY BAN NHÂN DÂN", False), ("THÀNH PHỐ HỒ CHÍ MINH", False), ("SỞ CÔNG THƯƠNG", True)], "Số: 4127/SCT-QLCN",
          "V/v báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
          "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
          "Phúc đáp văn bản của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo kết quả phối hợp thực hiện như sau:",
          items, dif, pro, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Thị Mai Hương",
          "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.")
key(f, "SO-CT", "Sở Công Thương", "4127/SCT-QLCN", "2026-10-30", e, dif, pro)

# ---- F12 Sở Y tế
f = "SYT-bao-cao-KH-CT38-2026.docx"
items = [
    ("Công tác góp ý quy chuẩn kỹ thuật",
     "Sở đã tổ chức lấy ý kiến các bệnh viện, trung tâm y tế và góp ý 02 dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế do Bộ Y tế chủ trì soạn thảo.",
     "Nội dung này đã hoàn thành.", "II.2.e", "completed", {"standards_reviewed": 2}),
    ("Công tác kiểm tra phương tiện đo dùng trong y tế",
     "Sở phối hợp Chi cục kiểm tra 03 cuộc về đo lường đối với phương tiện đo nhóm 2 (huyết áp kế, cân y tế, nhiệt kế) tại 11 cơ sở khám bệnh, chữa bệnh; qua đó đôn đốc các cơ sở đưa 214 phương tiện đo đi kiểm định theo quy định.",
     "Nội dung này đang thực hiện.", "II.5.a", "in_progress",
     {"inspections": 3, "establishments_inspected": 11, "instruments_verified": 214}),
    ("Công tác áp dụng Hệ thống quản lý chất lượng",
     "Sở và các đơn vị trực thuộc tiếp tục duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 trong giải quyết thủ tục hành chính.",
     "Nội dung này đã hoàn thành.", "II.2.đ", "completed", {}),
    ("Công tác đào tạo, bồi dưỡng",
     "Sở cử 03 công chức phòng Nghiệp vụ Y và phòng Quản lý hành nghề tham gia tập huấn do Chi cục tổ chức.",
     "Nội dung này đã hoàn thành.", "II.3.a", "completed", {"participants": 3}),
]
dif = ["Nhiều cơ sở y tế tư nhân chưa quan tâm đến việc kiểm định định kỳ phương tiện đo nhóm 2."]
pro = ["Đề nghị Sở Khoa học và Công nghệ cung cấp danh sách tổ chức kiểm định được chỉ định đối với phương tiện đo dùng trong y tế để Sở thông báo đến các cơ sở."]
e = hand3(f, [("ỦY BAN NHÂN DÂN", False), ("THÀNH PHỐ HỒ CHÍ MINH", False), ("SỞ Y TẾ", True)], "Số: 7890/SYT-NVY",
          "V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
          "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
          "Thực hiện đề nghị của Sở Khoa học và Công nghệ, Sở Y tế báo cáo kết quả thực hiện các nội dung có liên quan như sau:",
          items, dif, pro, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Trương Văn Khánh",
          "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.")
key(f, "SO-YT", "Sở Y tế", "7890/SYT-NVY", "2026-10-28", e, dif, pro)

# ---- F13 Sở Xây dựng
f = "SXD_10452_bc_CT38.docx"
items = [
    ("Công tác góp ý tiêu chuẩn, quy chuẩn về vật liệu xây dựng",
     "Sở đã góp ý 03 dự thảo tiêu chuẩn quốc gia, quy chuẩn kỹ thuật quốc gia về vật liệu xây dựng (xi măng, thép cốt bê tông, kính xây dựng) theo đề nghị của Bộ Xây dựng.",
     "Nội dung này đã hoàn thành.", "II.2.e", "completed", {"standards_reviewed": 3}),
    ("Công tác kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường",
     "Sở chủ trì, phối hợp Chi cục thực hiện 04 cuộc kiểm tra tại 19 cơ sở kinh doanh vật liệu xây dựng; phát hiện 02 cơ sở vi phạm về ghi nhãn và công bố hợp quy, xử phạt 30 triệu đồng.",
     "Nội dung này đang thực hiện.", "II.5.a", "in_progress",
     {"inspections": 4, "establishments_inspected": 19, "violations": 2, "fines_vnd": 30000000}),
    ("Công tác khảo sát chất lượng",
     "Trong đợt kiểm tra, Đoàn đã lấy 24 mẫu thép, xi măng gửi thử nghiệm; kết quả có 01 mẫu thép không phù hợp tiêu chuẩn công bố, đã chuyển xử lý.",
     "Nội dung này đã hoàn thành.", "II.5.b", "completed", {"samples_tested": 24}),
    ("Công tác áp dụng Hệ thống quản lý chất lượng tại cơ quan",
     "Sở đang xây dựng lại Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 do thay đổi chức năng, nhiệm vụ sau hợp nhất.",
     "Nội dung này đang thực hiện, dự kiến công bố trong tháng 12/2026.", "II.2.đ", "in_progress", {}),
    ("Công tác đào tạo, bồi dưỡng",
     "Do chưa nhận được thông báo mở lớp phù hợp, Sở chưa cử công chức tham gia tập huấn về tiêu chuẩn, đo lường, chất lượng trong năm 2026.",
     "Nội dung này chưa thực hiện.", "II.3.a", "not_started", {}),
]
dif = ["Chi phí thử nghiệm mẫu vật liệu xây dựng lớn, kinh phí kiểm tra của Sở còn hạn chế."]
pro = ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí thử nghiệm mẫu trong các đợt kiểm tra liên ngành về vật liệu xây dựng.",
       "Đề nghị thông báo kế hoạch tập huấn năm 2027 đến Sở trước Quý I/2027."]
e = hand3(f, [("ỦY BAN NHÂN DÂN", False), ("THÀNH PHỐ HỒ CHÍ MINH", False), ("SỞ XÂY DỰNG", True)], "Số: 10452/SXD-KTXD",
          "V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW",
          "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
          "Sở Xây dựng nhận được văn bản của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Sở Xây dựng báo cáo như sau:",
          items, dif, pro, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Huỳnh Tấn Lộc",
          "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.")
key(f, "SO-XD", "Sở Xây dựng", "10452/SXD-KTXD", "2026-10-27", e, dif, pro)


# ================================================================== HAND 2: Phạm Quốc Tuấn (ward, XLSX)
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
CW = Alignment(wrap_text=True, vertical="center", horizontal="center")


def hand2(fname, unit_upper, so, datestr, rows, dif, pro, signer, sheetname="BC KH38"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheetname
    widths = {"A": 5, "B": 34, "C": 58, "D": 14, "E": 26}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "UBND " + unit_upper
    ws["A1"].font = Font(name="Times New Roman", bold=True, size=12)
    ws.merge_cells("A1:B1")
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["D1"].font = Font(name="Times New Roman", bold=True, size=12)
    ws["A2"] = so
    ws["A2"].font = Font(name="Times New Roman", size=12)
    ws.merge_cells("A2:B2")
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["D2"].font = Font(name="Times New Roman", bold=True, size=12)
    ws["D3"] = datestr
    ws["D3"].font = Font(name="Times New Roman", italic=True, size=12)
    ws["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"
    ws["A5"].font = Font(name="Times New Roman", bold=True, size=13)
    ws["A5"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A5:E5")
    ws["A6"] = "(Số liệu từ 01/01/2026 đến 20/10/2026)"
    ws["A6"].font = Font(name="Times New Roman", italic=True, size=12)
    ws["A6"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A6:E6")
    hdr = ["STT", "Công việc", "Kết quả thực hiện", "Tình hình", "Ghi chú"]
    r = 8
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(name="Times New Roman", bold=True, size=12)
        cell.alignment = CW
        cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    entries = []
    for i, (cv, kq, th, gc, task, st, ind) in enumerate(rows, 1):
        r += 1
        vals = [i, cv, kq, th, gc]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.font = Font(name="Times New Roman", size=12)
            cell.alignment = CW if c in (1, 4) else WRAP
            cell.border = BOX
        entries.append((task, st, ind, kq[:220]))
    r += 2
    ws.cell(row=r, column=1, value="Khó khăn, vướng mắc:").font = Font(name="Times New Roman", bold=True, size=12)
    for x in dif:
        r += 1
        ws.cell(row=r, column=2, value="- " + x).font = Font(name="Times New Roman", size=12)
    r += 1
    ws.cell(row=r, column=1, value="Kiến nghị:").font = Font(name="Times New Roman", bold=True, size=12)
    for x in pro:
        r += 1
        ws.cell(row=r, column=2, value="- " + x).font = Font(name="Times New Roman", size=12)
    r += 2
    ws.cell(row=r, column=4, value="KT. CHỦ TỊCH").font = Font(name="Times New Roman", bold=True, size=12)
    ws.cell(row=r + 1, column=4, value="PHÓ CHỦ TỊCH").font = Font(name="Times New Roman", bold=True, size=12)
    ws.cell(row=r + 5, column=4, value=signer).font = Font(name="Times New Roman", bold=True, size=12)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    wb.save(os.path.join(OUT, fname))
    return entries


# ---- F5 Xuân Hòa
f = "XuanHoa_BC_KH38_T10.xlsx"
rows = [
    ("Tuyên truyền Chỉ thị 38, pháp luật về TC-ĐL-CL",
     "Đăng 05 tin bài trên Trang TTĐT phường; lồng ghép phổ biến tại 12 cuộc họp tổ dân phố.", "Đã xong",
     "KH 12/KH-UBND ngày 20/02/2026 của phường", "II.1.a", "completed", {"communications": 5}),
    ("Phối hợp Chi cục kiểm tra đo lường vàng trang sức",
     "Kiểm tra 02 cuộc tại 09 cửa hàng vàng bạc trên đường Nguyễn Đình Chiểu, Võ Văn Tần; 01 cơ sở vi phạm, Chi cục phạt 5.000.000 đ.", "Đang làm",
     "Tiếp tục KT quý IV", "II.5.c", "in_progress",
     {"inspections": 2, "establishments_inspected": 9, "violations": 1, "fines_vnd": 5000000}),
    ("Kiểm tra chất lượng hàng hóa lưu thông (mũ bảo hiểm, đồ chơi trẻ em)",
     "Tham gia 01 cuộc kiểm tra cùng Chi cục tại 06 cửa hàng trên đường Cách Mạng Tháng Tám; không phát hiện vi phạm.", "Đã xong",
     "", "II.5.a", "completed", {"inspections": 1, "establishments_inspected": 6}),
    ("Duy trì ISO 9001:2015 tại UBND phường",
     "Đã đánh giá nội bộ, xem xét của lãnh đạo tháng 9/2026.", "Đã xong", "", "II.2.đ", "completed", {}),
    ("Cử công chức dự tập huấn nghiệp vụ TC-ĐL-CL",
     "Cử 02 công chức dự lớp tập huấn của Chi cục ngày 14/5/2026.", "Đã xong", "", "II.3.a", "completed", {"participants": 2}),
]
dif = ["Chưa có hướng dẫn cụ thể về thẩm quyền kiểm tra đo lường của phường sau sắp xếp."]
pro = ["Đề nghị Chi cục ban hành hướng dẫn nghiệp vụ kiểm tra đo lường cho phường."]
e = hand2(f, "PHƯỜNG XUÂN HÒA", "Số: 201/BC-UBND", "Xuân Hòa, ngày 26 tháng 10 năm 2026", rows, dif, pro, "Bùi Thị Ngọc Ánh")
key(f, "27139", "Phường Xuân Hòa", "201/BC-UBND", "2026-10-26", e, dif, pro)

# ---- F6 Chợ Quán
f = "ChoQuan-baocao-CT38.xlsx"
rows = [
    ("Tập huấn, tuyên truyền cho hộ kinh doanh",
     "Tổ chức 01 buổi tập huấn về ghi nhãn hàng hóa, cân đúng – bán đúng cho 54 người (hộ kinh doanh chợ, tiểu thương); đăng 02 tin bài.", "Đã xong",
     "Phối hợp Chi cục", "II.1.a", "completed", {"training_courses": 1, "participants": 54, "communications": 2}),
    ("Kiểm tra đo lường, chất lượng theo phân cấp",
     "KT 03 cuộc tại chợ và các cửa hàng trên đường Trần Hưng Đạo, Nguyễn Trãi: 22 cơ sở, 02 vi phạm, phạt 3 triệu đồng.", "Đang làm",
     "", "II.5.c", "in_progress",
     {"inspections": 3, "establishments_inspected": 22, "violations": 2, "fines_vnd": 3000000}),
    ("Phối hợp khảo sát chất lượng hàng hóa",
     "Phối hợp Chi cục lấy 04 mẫu đồ chơi trẻ em tại các cửa hàng trên địa bàn.", "Đã xong",
     "Chờ Chi cục thông báo KQ", "II.5.b", "completed", {"samples_tested": 4}),
    ("Tiếp nhận phản ánh, tố giác vi phạm về TC-ĐL-CL",
     "Không có.", "Không phát sinh", "", "II.5.d", "not_applicable", {}),
    ("ISO 9001:2015 tại UBND phường",
     "Đang cập nhật quy trình sau sáp nhập (phường mới).", "Đang làm", "Dự kiến xong T12/2026", "II.2.đ", "in_progress", {}),
]
dif = ["Phường mới sắp xếp, công chức phụ trách lĩnh vực thay đổi nhiều lần trong năm.",
       "Chưa có kinh phí cho hoạt động kiểm tra, tuyên truyền về TC-ĐL-CL."]
pro = ["Đề nghị Chi cục hỗ trợ tài liệu, tờ rơi tuyên truyền bằng tiếng Việt và tiếng Hoa cho hộ kinh doanh."]
e = hand2(f, "PHƯỜNG CHỢ QUÁN", "Số: 88/BC-UBND", "TP. Hồ Chí Minh, ngày 22 tháng 10 năm 2026", rows, dif, pro, "Lý Minh Quang")
key(f, "27301", "Phường Chợ Quán", "88/BC-UBND", "2026-10-22", e, dif, pro)

# ---- F7 Vườn Lài (re-saved through LibreOffice later)
f = "VuonLai_BC_CT38_2026.xlsx"
rows = [
    ("Tuyên truyền về TC-ĐL-CL",
     "Đăng 03 tin bài trên Trang TTĐT, Zalo OA phường; phát tờ gấp tại chợ.", "Đã xong", "", "II.1.a", "completed", {"communications": 3}),
    ("Kiểm tra cân, đo lường tại chợ và điểm kinh doanh",
     "KT 02 cuộc, 17 cơ sở; 03 trường hợp VP, phạt 4.500.000 đ. Phối hợp Chi cục kiểm định 01 cân đối chứng.", "Đang làm", "",
     "II.5.c", "in_progress",
     {"inspections": 2, "establishments_inspected": 17, "violations": 3, "fines_vnd": 4500000, "instruments_verified": 1}),
    ("Cử công chức tập huấn nghiệp vụ",
     "Chưa cử (chưa nhận được thông báo lớp).", "Chưa làm", "", "II.3.a", "not_started", {}),
    ("ISO 9001:2015", "Đã công bố lại HTQLCL tháng 8/2026.", "Đã xong", "", "II.2.đ", "completed", {}),
    ("Tiếp nhận phản ánh, tố giác vi phạm", "Không có.", "Không phát sinh", "", "II.5.d", "not_applicable", {}),
]
dif = ["Cân đối chứng tại các chợ đã cũ, thường xuyên hư hỏng."]
pro = ["Đề nghị Chi cục thay mới cân đối chứng cho các chợ trên địa bàn phường.",
       "Đề nghị Chi cục gửi thông báo lớp tập huấn trực tiếp về phường qua hệ thống quản lý văn bản."]
e = hand2(f, "PHƯỜNG VƯỜN LÀI", "Số: 140/BC-UBND", "Vườn Lài, ngày 28 tháng 10 năm 2026", rows, dif, pro, "Ngô Văn Sáu")
key(f, "27190", "Phường Vườn Lài", "140/BC-UBND", "2026-10-28", e, dif, pro)


# ================================================================== HAND 4: Trịnh Bảo Ngọc (Excel, Sở's units + one Sở)
# One sheet; columns "STT | Nhiệm vụ | Kết quả | Số tiền (đồng) | Tiến độ | Ghi chú": money only in a real numeric
# column formatted #,##0 (the Ghi chú says whether it is kinh phí or tiền phạt); tiến độ as "Hoàn thành /
# Đang triển khai / Chưa triển khai / Không phát sinh"; difficulties and proposals numbered in two merged blocks.


def hand4(fname, top_lines, so, datestr, title, rows, dif, pro, signer_lines, sheet="CT38_2026"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for k, v in {"A": 6, "B": 40, "C": 60, "D": 18, "E": 16, "F": 24}.items():
        ws.column_dimensions[k].width = v
    r = 1
    for txt, b in top_lines:
        ws.cell(row=r, column=1, value=txt).font = Font(name="Arial", bold=b, size=10)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        r += 1
    ws.cell(row=r, column=1, value=so).font = Font(name="Arial", size=10)
    ws.cell(row=1, column=5, value="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").font = Font(name="Arial", bold=True, size=10)
    ws.cell(row=2, column=5, value="Độc lập - Tự do - Hạnh phúc").font = Font(name="Arial", bold=True, size=10)
    ws.cell(row=r, column=5, value=datestr).font = Font(name="Arial", italic=True, size=10)
    r += 2
    ws.cell(row=r, column=1, value=title).font = Font(name="Arial", bold=True, size=12)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(row=r, column=1).alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[r].height = 32
    r += 2
    hdr = ["STT", "Nhiệm vụ", "Kết quả", "Số tiền (đồng)", "Tiến độ", "Ghi chú"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(name="Arial", bold=True, size=10)
        cell.alignment = CW
        cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="FFF2CC")
    ws.freeze_panes = ws.cell(row=r + 1, column=1)
    entries = []
    for i, (nv, kq, tien, td, gc, task, st, ind) in enumerate(rows, 1):
        r += 1
        for c, v in enumerate([i, nv, kq, tien, td, gc], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.font = Font(name="Arial", size=10)
            cell.border = BOX
            cell.alignment = CW if c in (1, 5) else WRAP
            if c == 4 and v is not None:
                cell.number_format = "#,##0"
                cell.alignment = Alignment(vertical="top", horizontal="right")
        entries.append((task, st, ind, kq[:220]))
    r += 2
    for lab, items in (("KHÓ KHĂN, VƯỚNG MẮC", dif), ("ĐỀ XUẤT, KIẾN NGHỊ", pro)):
        ws.cell(row=r, column=1, value=lab).font = Font(name="Arial", bold=True, size=10)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        for j, x in enumerate(items, 1):
            r += 1
            ws.cell(row=r, column=1, value=j).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=2, value=x).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
            ws.row_dimensions[r].height = 28
        r += 2
    for j, (txt, b) in enumerate(signer_lines):
        ws.cell(row=r + j, column=5, value=txt).font = Font(name="Arial", bold=b, size=10)
    wb.save(os.path.join(OUT, fname))
    return entries


# ---- F14 Trung tâm PTTN
f = "TTPTTN_BC_CT38_2026.xlsx"
rows = [
    ("Đầu tư cơ sở vật chất, trang thiết bị thử nghiệm, kiểm định (KH mục 4a)",
     "Đã nghiệm thu, đưa vào sử dụng 01 hệ thống sắc ký lỏng khối phổ LC-MS/MS và 02 bộ chuẩn áp suất; đang lựa chọn nhà thầu gói thiết bị hiệu chuẩn lưu lượng.",
     4860000000, "Đang triển khai", "Kinh phí đã giải ngân", "II.4.a", "in_progress", {"budget_spent_vnd": 4860000000}),
    ("Cung cấp dịch vụ kỹ thuật kiểm định, hiệu chuẩn, thử nghiệm",
     "Kiểm định, hiệu chuẩn 12.640 phương tiện đo các loại; thử nghiệm 3.275 mẫu sản phẩm, hàng hóa phục vụ quản lý nhà nước và doanh nghiệp; mở rộng 06 phép thử mới được công nhận ISO/IEC 17025.",
     None, "Đang triển khai", "Số liệu đến 20/10/2026", "II.2.g", "in_progress",
     {"instruments_verified": 12640, "samples_tested": 3275}),
    ("Duy trì, liên kết chuẩn đo lường chính",
     "Đã gửi hiệu chuẩn 18 chuẩn đo lường chính tại Viện Đo lường Việt Nam, bảo đảm liên kết chuẩn đến chuẩn quốc gia.",
     None, "Hoàn thành", "", "II.4.c", "completed", {"instruments_verified": 18}),
    ("Đào tạo, tập huấn cho sinh viên về đo lường, thử nghiệm",
     "Phối hợp Trường Đại học Bách khoa, Trường Cao đẳng Kỹ thuật Cao Thắng tổ chức 02 khóa thực tập chuyên đề về đo lường, thử nghiệm cho 65 sinh viên.",
     None, "Hoàn thành", "", "II.3.d", "completed", {"training_courses": 2, "participants": 65}),
    ("Phối hợp tổ chức tọa đàm với doanh nghiệp nhập khẩu",
     "Phối hợp Chi cục tổ chức 01 tọa đàm về thử nghiệm, đánh giá sự phù hợp hàng hóa nhập khẩu; 120 đại biểu doanh nghiệp tham dự.",
     None, "Hoàn thành", "Trung tâm là đơn vị phối hợp", "II.1.a", "completed", {"training_courses": 1, "participants": 120}),
]
dif = ["Thiết bị thử nghiệm hiện đại đòi hỏi nhân lực vận hành trình độ cao, Trung tâm còn thiếu kỹ thuật viên có kinh nghiệm.",
       "Thủ tục mua sắm thiết bị kéo dài, ảnh hưởng đến tiến độ giải ngân."]
pro = ["Đề nghị Sở bổ sung chỉ tiêu tuyển dụng viên chức kỹ thuật cho Trung tâm năm 2027.",
       "Đề nghị Sở hỗ trợ kinh phí đào tạo kỹ thuật viên vận hành thiết bị LC-MS/MS."]
e = hand4(f, [("SỞ KHOA HỌC VÀ CÔNG NGHỆ TP. HỒ CHÍ MINH", False),
              ("TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ", True),
              ("TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH", True)],
          "Số: 512/BC-TTPTTN", "TP. Hồ Chí Minh, ngày 29 tháng 10 năm 2026",
          "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
          rows, dif, pro, [("GIÁM ĐỐC", True), ("", False), ("", False), ("Lê Hoàng Nam", True)])
key(f, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    "512/BC-TTPTTN", "2026-10-29", e, dif, pro)

# ---- F15 Phòng Kiểm tra – Pháp chế
f = "P.KTPC_tonghop_CT38.xlsx"
rows = [
    ("Phối hợp kiểm tra về tiêu chuẩn, đo lường, chất lượng hàng hóa lưu thông",
     "Phối hợp Chi cục thực hiện 05 cuộc kiểm tra tại 47 cơ sở; phát hiện 09 cơ sở vi phạm; tham mưu Giám đốc Sở ban hành quyết định xử phạt.",
     126500000, "Đang triển khai", "Tiền phạt (đã nộp NSNN)", "II.5.a", "in_progress",
     {"inspections": 5, "establishments_inspected": 47, "violations": 9, "fines_vnd": 126500000}),
    ("Bảo trì, kiểm định phương tiện, thiết bị kỹ thuật nghiệp vụ (Nghị định 135/2021/NĐ-CP)",
     "Phối hợp Chi cục rà soát danh mục và đưa 06 thiết bị kỹ thuật nghiệp vụ đi kiểm định, hiệu chuẩn.",
     None, "Đang triển khai", "", "II.4.b", "in_progress", {"instruments_verified": 6}),
    ("Góp ý văn bản quy phạm pháp luật về TC-ĐL-CL",
     "Góp ý 03 dự thảo Nghị định, Thông tư hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) và Luật Tiêu chuẩn và Quy chuẩn kỹ thuật.",
     None, "Hoàn thành", "", "II.2.c", "completed", {}),
    ("Xử lý đơn thư, tố giác vi phạm về TC-ĐL-CL",
     "Tiếp nhận, xử lý xong 02 đơn tố giác về gian lận đo lường tại cửa hàng xăng dầu.",
     None, "Hoàn thành", "", "II.5.d", "completed", {}),
    ("Phối hợp hướng dẫn UBND phường, xã thực hiện nội dung phân quyền",
     "Hướng dẫn nghiệp vụ lập biên bản, xử phạt vi phạm hành chính về đo lường cho công chức các phường khi có đề nghị.",
     None, "Đang triển khai", "Thường xuyên", "II.5.c", "in_progress", {}),
]
dif = ["Lực lượng kiểm tra của Phòng còn mỏng, đồng thời phải thực hiện nhiều nhiệm vụ thanh tra, kiểm tra chuyên ngành khác."]
pro = ["Đề nghị Chi cục chia sẻ dữ liệu kết quả kiểm tra định kỳ hằng tháng để Phòng theo dõi, tổng hợp."]
e = hand4(f, [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False), ("PHÒNG KIỂM TRA – PHÁP CHẾ", True)],
          "Số: 37/BC-KTPC", "TP. Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
          "BÁO CÁO KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
          rows, dif, pro, [("TRƯỞNG PHÒNG", True), ("", False), ("", False), ("Đinh Thị Hồng Vân", True)])
key(f, "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "37/BC-KTPC", "2026-10-30", e, dif, pro)

# ---- F16 Sở GD&ĐT
f = "SGDDT_bc_KH-CT38.xlsx"
rows = [
    ("Tập huấn, ngoại khóa về tiêu chuẩn, đo lường, mã số mã vạch cho học sinh, sinh viên",
     "Phối hợp Chi cục tổ chức 03 buổi ngoại khóa tại các trường trung cấp, trung tâm giáo dục nghề nghiệp – giáo dục thường xuyên với 420 học sinh, sinh viên tham gia.",
     None, "Đang triển khai", "Còn 01 buổi dự kiến T11/2026", "II.3.d", "in_progress", {"training_courses": 3, "participants": 420}),
    ("Tuyên truyền Chỉ thị 38-CT/TW trong ngành giáo dục",
     "Đăng 06 tin, bài trên Cổng thông tin điện tử ngành giáo dục và gửi tài liệu đến các phòng, trường.",
     None, "Hoàn thành", "", "II.1.a", "completed", {"communications": 6}),
    ("Duy trì HTQLCL TCVN ISO 9001:2015 tại cơ quan Sở",
     "Đã đánh giá nội bộ và cập nhật 27 quy trình giải quyết TTHC.", None, "Hoàn thành", "", "II.2.đ", "completed", {}),
    ("Cử công chức dự tập huấn nghiệp vụ TC-ĐL-CL",
     "Cử 04 công chức tham dự lớp tập huấn của Chi cục.", None, "Hoàn thành", "", "II.3.a", "completed", {"participants": 4}),
    ("Góp ý dự thảo TCVN, QCVN", "Trong kỳ chưa nhận được đề nghị góp ý.", None, "Không phát sinh", "", "II.2.e", "not_applicable", {}),
]
dif = ["Lịch học của các trường dày, khó bố trí thời gian tổ chức ngoại khóa."]
pro = ["Đề nghị Chi cục biên soạn tài liệu ngắn gọn về đo lường, mã số mã vạch phù hợp với học sinh."]
e = hand4(f, [("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", False), ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", True)],
          "Số: 5318/BC-SGDĐT", "Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026",
          "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG PHỐI HỢP THEO KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
          rows, dif, pro, [("KT. GIÁM ĐỐC", True), ("PHÓ GIÁM ĐỐC", True), ("", False), ("", False), ("Phan Thị Thanh Tâm", True)])
key(f, "SO-GDDT", "Sở Giáo dục và Đào tạo", "5318/BC-SGDĐT", "2026-10-31", e, dif, pro)

# ---- F17 Sở Du lịch (mistaken: cải cách hành chính)
f = "SDL_BC_CCHC_Q3.xlsx"
rows = [
    ("Cải cách thể chế", "Rà soát 12 văn bản quy phạm pháp luật thuộc lĩnh vực du lịch; đề xuất bãi bỏ 02 văn bản.", None, "Hoàn thành", "", None, None, None),
    ("Cải cách thủ tục hành chính", "Tiếp nhận 1.146 hồ sơ, giải quyết đúng hạn 1.139 hồ sơ (99,4%).", None, "Đang triển khai", "", None, None, None),
    ("Hiện đại hóa hành chính", "100% thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình.", None, "Hoàn thành", "", None, None, None),
    ("Kinh phí CCHC quý III", "Chi hội nghị, tập huấn CCHC.", 85000000, "Hoàn thành", "Kinh phí", None, None, None),
]
hand4(f, [("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", False), ("SỞ DU LỊCH", True)],
      "Số: 2215/BC-SDL", "TP. Hồ Chí Minh, ngày 15 tháng 10 năm 2026",
      "BÁO CÁO KẾT QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2026",
      rows, ["Hệ thống phần mềm một cửa điện tử đôi lúc bị lỗi kết nối."],
      ["Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ CCHC cho công chức mới."],
      [("KT. GIÁM ĐỐC", True), ("PHÓ GIÁM ĐỐC", True), ("", False), ("", False), ("Trần Quốc Việt", True)], sheet="CCHC_Q3")
key(f, "SO-DL", "Sở Du lịch", "2215/BC-SDL", "2026-10-15", [], [], [], status="rejected",
    reason="Báo cáo kết quả cải cách hành chính quý III/2026, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")

json.dump(KEYS, open(os.path.join(OUT, ".build", ".keys_draft.json"), "w"), ensure_ascii=False, indent=1)
print(len(KEYS), "files")
