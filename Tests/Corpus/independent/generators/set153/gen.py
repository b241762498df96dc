# -*- coding: utf-8 -*-
"""Generator for set153 (wards, communes, special zone of province 79).
Writes the report files into this folder and the answer keys (without sha256) into
truth/_draft/; finalize() then adds sha256 of the final files."""
import os, json, hashlib, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
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
def new_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    return d


def run_font(r, font=None, size=None, bold=None, italic=None, underline=None):
    if font:
        r.font.name = font
        rpr = r._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = rpr.makeelement(qn("w:rFonts"), {})
            rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rf.set(qn(a), font)
    if size:
        r.font.size = Pt(size)
    if bold is not None:
        r.bold = bold
    if italic is not None:
        r.italic = italic
    if underline is not None:
        r.underline = underline


def para(d, text="", bold=False, italic=False, align=None, indent=None, font=None, size=None, space_after=None, runs=None):
    p = d.add_paragraph()
    if runs is None:
        runs = [(text, {"bold": bold, "italic": italic})]
    for t, fmt in runs:
        r = p.add_run(t)
        run_font(r, font=font, size=size, **fmt)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_text(cell, lines, bold=False, italic=False, align="c", size=None, font=None):
    cell.text = ""
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if isinstance(ln, tuple):
            t, fmt = ln
        else:
            t, fmt = ln, {"bold": bold, "italic": italic}
        r = p.add_run(t)
        run_font(r, font=font, size=size, **fmt)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def header(d, left, right_place_date, number_line, size=13):
    t = d.add_table(rows=2, cols=2)
    cell_text(t.cell(0, 0), left, size=size)
    cell_text(t.cell(0, 1), [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {"bold": True}),
                             ("Độc lập - Tự do - Hạnh phúc", {"bold": True}),
                             ("---------------", {})], size=size)
    cell_text(t.cell(1, 0), [number_line], size=size)
    cell_text(t.cell(1, 1), [(right_place_date, {"italic": True})], size=size)
    return t


def grid_table(d, rows, widths=None, font=None, size=None, header_bold=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            lines = v.split("\n")
            for k, ln in enumerate(lines):
                p = c.paragraphs[0] if k == 0 else c.add_paragraph()
                r = p.add_run(ln)
                run_font(r, font=font, size=size, bold=(header_bold and i == 0))
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def signature(d, left_lines, right_lines, size=13):
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    cell_text(c0, left_lines, align="l", size=11)
    cell_text(c1, right_lines, size=size)
    return t


# =============================================================== HAND 1
# Nguyễn Hoàng Phúc-type: new công chức Kinh tế of a phường; headings loosely follow the
# Sở's plan groups, each heading ends with "– <status in plain words>"; one paragraph per
# heading mixing the ward's routine work; hurried figures (no zero padding, "đ" glued,
# "tr" for millions).

def h1_common_head(d, ward_upper, number, place_date, title2):
    header(d, ["ỦY BAN NHÂN DÂN", (ward_upper, {"bold": True}), ("________", {})], place_date, number)
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, title2, bold=True, align="c", size=14)
    para(d, "Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng)", align="c")


def h1_head(d, text):
    # heading with status suffix after an en dash
    para(d, text, bold=True, indent=1, space_after=3)


def h1_ban_co():
    f = "BC_CT38_phuong_Ban_Co.docx"
    d = new_doc(size=14)
    h1_common_head(d, "PHƯỜNG BÀN CỜ", "Số: 318/BC-UBND", "Bàn Cờ, ngày 18 tháng 11 năm 2026",
                   "Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 trên địa bàn phường")
    para(d, "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Bàn Cờ báo cáo kết quả thực hiện như sau:", indent=1, align="j")
    h1_head(d, "1. Công tác tuyên truyền – đã làm xong")
    t1 = ("Trong tháng 10 và tháng 11, cùng với đợt ra quân lập lại trật tự lòng lề đường và tuyên truyền an toàn thực phẩm (3 đợt, khoảng 120 lượt hộ), "
          "bộ phận Kinh tế phối hợp Đài truyền thanh phường đăng 6 tin, bài về đo lường, chất lượng trên loa và trang Zalo của phường; "
          "tổ chức 1 buổi phổ biến Luật Đo lường, quy định về cân đo cho 45 hộ kinh doanh tại chợ Bàn Cờ.")
    para(d, t1, indent=1, align="j")
    h1_head(d, "2. Quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng (ISO, hỗ trợ hộ kinh doanh) – còn đang làm")
    t2 = ("Phường tiếp tục duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, đang rà soát lại 14 quy trình giải quyết thủ tục hành chính cho phù hợp sau sắp xếp; "
          "song song bộ phận một cửa vẫn tiếp nhận hồ sơ đăng ký hộ kinh doanh bình thường (tháng 11 cấp mới 27 hộ). "
          "Bộ phận Kinh tế hướng dẫn 8 hộ kinh doanh sản xuất thực phẩm, đồ uống ghi nhãn hàng hóa và công bố tiêu chuẩn áp dụng.")
    para(d, t2, indent=1, align="j")
    h1_head(d, "3. Tập huấn cho cán bộ phường – đã xong")
    t3 = "Phường cử 2 công chức (Kinh tế, Văn phòng) dự 1 lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức ngày 24/9/2026."
    para(d, t3, indent=1, align="j")
    h1_head(d, "4. Kiểm tra trên địa bàn – đang làm, tháng 12 làm tiếp")
    t4 = ("Bên cạnh kiểm tra trật tự đô thị hằng tuần, Tổ công tác liên ngành phường đã kiểm tra 3 cuộc về đo lường, nhãn hàng hóa tại chợ Bàn Cờ và các cửa hàng tạp hóa trên đường Nguyễn Thiện Thuật, "
          "tổng cộng 21 cơ sở, phát hiện 2 cơ sở dùng cân sai số vượt mức cho phép, đã lập biên bản và xử phạt 4.500.000đ. "
          "Phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm kiểm định miễn phí 36 cân cho tiểu thương chợ Bàn Cờ. "
          "Kiểm tra an toàn thực phẩm 12 cơ sở thì phường đã báo cáo riêng về Sở An toàn thực phẩm.")
    para(d, t4, indent=1, align="j")
    h1_head(d, "5. Tiếp nhận phản ánh, tố giác – không có phát sinh")
    t5 = "Trong năm phường chưa nhận được phản ánh, tố giác nào về gian lận đo lường, chất lượng hàng hóa."
    para(d, t5, indent=1, align="j")
    h1_head(d, "6. Khó khăn")
    D = ["Công chức phụ trách kiêm nhiệm nhiều việc, chưa được tập huấn sâu về đo lường.",
         "Chợ Bàn Cờ chưa có cân đối chứng để người mua tự kiểm tra."]
    for x in D:
        para(d, "- " + x, indent=1)
    h1_head(d, "7. Kiến nghị")
    P = ["Đề nghị Chi cục TĐC hỗ trợ 1 cân đối chứng cho chợ Bàn Cờ.",
         "Đề nghị mở thêm lớp tập huấn cho công chức phường về xử phạt vi phạm hành chính trong lĩnh vực đo lường."]
    for x in P:
        para(d, "- " + x, indent=1)
    para(d, "Trên đây là báo cáo của UBND phường Bàn Cờ./.", indent=1)
    signature(d, [("Nơi nhận:", {"bold": True, "italic": True}), "- Như trên;", "- Chủ tịch UBND phường;", "- Lưu: VT, KT."],
              [("KT. CHỦ TỊCH", {"bold": True}), ("PHÓ CHỦ TỊCH", {"bold": True}), "", "", "", ("Lê Văn Hùng", {"bold": True})])
    d.save(os.path.join(HERE, f))
    key(f, "27154", "Phường Bàn Cờ", "318/BC-UBND", "2026-11-18", [
        ("II.1.a", "completed", {"communications": 6, "training_courses": 1, "participants": 45}, t1),
        ("II.2.đ", "in_progress", {}, t2.split(";")[0]),
        ("II.2.d", "in_progress", {"enterprises_supported": 8}, t2.split(". ")[-1]),
        ("II.3.a", "completed", {"training_courses": 1, "participants": 2}, t3),
        ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 21, "violations": 2, "fines_vnd": 4500000, "instruments_verified": 36}, t4),
        ("II.5.d", "not_applicable", {}, t5),
    ], D, P)


def h1_tan_dinh():
    f = "Bao cao CT38 - P.Tan Dinh.docx"
    d = new_doc(size=13)
    h1_common_head(d, "PHƯỜNG TÂN ĐỊNH", "Số: 254/BC-UBND", "Tân Định, ngày 16 tháng 11 năm 2026",
                   "Tình hình thực hiện Chỉ thị 38 về tiêu chuẩn, đo lường, chất lượng năm 2026")
    para(d, "UBND phường Tân Định báo cáo kết quả năm 2026 như sau:", indent=1)
    h1_head(d, "1. Tuyên truyền, phổ biến – đang làm")
    t1 = ("Tháng 10 phường tập trung cho Tháng hành động vì an toàn thực phẩm (phát 300 tờ rơi an toàn thực phẩm cho các quán ăn) và tuyên truyền phòng cháy chữa cháy nhà trọ; "
          "riêng về đo lường, chất lượng thì đã đăng 9 tin, bài trên trang thông tin điện tử phường và các nhóm Zalo khu phố.")
    t1b = "Về Giải thưởng Chất lượng Quốc gia, phường đã chuyển thông báo của Sở và hướng dẫn 3 doanh nghiệp trên địa bàn tìm hiểu hồ sơ tham dự."
    para(d, t1, indent=1, align="j")
    para(d, t1b, indent=1, align="j")
    h1_head(d, "2. Kiểm tra về đo lường, chất lượng hàng hóa – đã xong đợt cuối năm")
    t2 = ("Phường kiểm tra 2 cuộc tại 14 cửa hàng xăng dầu, gas và tạp hóa trên đường Hai Bà Trưng, Trần Quang Khải, chưa phát hiện vi phạm. "
          "Trong đợt này cũng kiểm tra giấy phép kinh doanh, niêm yết giá theo kế hoạch thường xuyên của phường.")
    t2b = "Phối hợp Chi cục TĐC lấy 6 mẫu xăng tại 2 cửa hàng để khảo sát chất lượng, kết quả Chi cục chưa gửi về."
    para(d, t2, indent=1, align="j")
    para(d, t2b, indent=1, align="j")
    h1_head(d, "3. Cán bộ phường đi tập huấn – chưa đi")
    t3 = "Năm nay phường chưa cử được công chức đi lớp tập huấn nghiệp vụ của Chi cục do trùng lịch tiếp công dân, chờ lớp tiếp theo."
    para(d, t3, indent=1, align="j")
    h1_head(d, "4. ISO trong hành chính – xong")
    t4 = ("Phường đã đánh giá nội bộ, xây dựng lại 22 quy trình sau sắp xếp đơn vị hành chính, công bố lại hệ thống quản lý chất lượng; "
          "kinh phí thuê tư vấn đã chi 18.500.000đ.")
    para(d, t4, indent=1, align="j")
    h1_head(d, "5. Khó khăn, kiến nghị")
    D = ["Địa bàn nhiều cửa hàng nhỏ lẻ, buôn bán không cố định nên khó kiểm tra."]
    P = ["Đề nghị Chi cục cung cấp tài liệu tuyên truyền mẫu (file thiết kế) để phường in phát cho hộ kinh doanh.",
         "Đề nghị Chi cục gửi kết quả khảo sát mẫu xăng để phường thông tin cho người dân."]
    para(d, "- Khó khăn: " + D[0], indent=1)
    for x in P:
        para(d, "- Kiến nghị: " + x, indent=1)
    signature(d, [("Nơi nhận:", {"bold": True, "italic": True}), "- Như trên;", "- Lưu: VT."],
              [("TM. ỦY BAN NHÂN DÂN", {"bold": True}), ("KT. CHỦ TỊCH", {"bold": True}), ("PHÓ CHỦ TỊCH", {"bold": True}), "", "", ("Trương Thị Bích Ngọc", {"bold": True})])
    d.save(os.path.join(HERE, f))
    key(f, "26737", "Phường Tân Định", "254/BC-UBND", "2026-11-16", [
        ("II.1.a", "in_progress", {"communications": 9}, t1),
        ("II.1.b", "in_progress", {"enterprises_supported": 3}, t1b),
        ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 14}, t2),
        ("II.5.b", "completed", {"samples_tested": 6}, t2b),
        ("II.3.a", "not_started", {}, t3),
        ("II.2.đ", "completed", {"budget_spent_vnd": 18500000}, t4),
    ], D, P)


def h1_binh_thanh():
    f = "BC 38 phuong Binh Thanh (gui Chi cuc).docx"
    d = new_doc(size=13)
    h1_common_head(d, "PHƯỜNG BÌNH THẠNH", "Số: 507/BC-UBND", "Bình Thạnh, ngày 24 tháng 11 năm 2026",
                   "Kết quả triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW năm 2026")
    para(d, "Căn cứ Kế hoạch của Sở Khoa học và Công nghệ, UBND phường Bình Thạnh báo cáo như sau (phường báo cáo theo các mục của Kế hoạch của Sở):", indent=1, align="j")
    h1_head(d, "1. Tuyên truyền – đang làm")
    t1 = ("Nhân Ngày Chuyển đổi số 10/10 phường tổ chức tuyên truyền dịch vụ công trực tuyến và thanh toán không dùng tiền mặt tại chợ Bà Chiểu; cũng dịp này phường tổ chức "
          "2 buổi tập huấn cho 130 hộ kinh doanh chợ Bà Chiểu về sử dụng cân, ghi nhãn hàng hóa, và đăng 11 tin bài về đo lường, chất lượng trên trang của phường.")
    para(d, t1, indent=1, align="j")
    h1_head(d, "3. Đào tạo, tập huấn cán bộ – đã xong")
    t3 = "3 công chức của phường đã dự 2 lớp do Chi cục tổ chức (tháng 6 và tháng 9/2026)."
    para(d, t3, indent=1, align="j")
    h1_head(d, "5. Kiểm tra, giám sát – đang làm")
    t5 = ("Cùng với kiểm tra hàng giả, hàng lậu dịp cuối năm theo chỉ đạo của Thành phố, phường kiểm tra 5 cuộc về đo lường, chất lượng tại 38 cơ sở, "
          "4 cơ sở vi phạm (cân không kiểm định, hàng không nhãn phụ tiếng Việt), phạt tổng 12tr.")
    t5b = "Riêng 1 phản ánh của người dân về cân điêu tại chợ Bà Chiểu thì phường đã xác minh, xử lý xong và trả lời người dân."
    para(d, t5, indent=1, align="j")
    para(d, t5b, indent=1, align="j")
    para(d, "Khó khăn:", bold=True, indent=1)
    D = ["Tiểu thương chợ Bà Chiểu thay đổi thường xuyên, nhiều người mới chưa biết quy định về cân.",
         "Phường chưa có kinh phí riêng cho công tác tiêu chuẩn, đo lường, chất lượng."]
    for x in D:
        para(d, "+ " + x, indent=1)
    para(d, "Kiến nghị:", bold=True, indent=1)
    P = ["Đề nghị Sở bố trí kinh phí hỗ trợ phường in tài liệu tuyên truyền năm 2027."]
    for x in P:
        para(d, "+ " + x, indent=1)
    signature(d, [("Nơi nhận:", {"bold": True, "italic": True}), "- Chi cục TĐC;", "- Lưu: VT."],
              [("KT. CHỦ TỊCH", {"bold": True}), ("PHÓ CHỦ TỊCH", {"bold": True}), "", "", ("Đỗ Minh Khang", {"bold": True})])
    d.save(os.path.join(HERE, f))
    key(f, "26929", "Phường Bình Thạnh", "507/BC-UBND", "2026-11-24", [
        ("II.1.a", "in_progress", {"training_courses": 2, "participants": 130, "communications": 11}, t1),
        ("II.3.a", "completed", {"training_courses": 2, "participants": 3}, t3),
        ("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 38, "violations": 4, "fines_vnd": 12000000}, t5),
        ("II.5.d", "completed", {}, t5b),
    ], D, P)


def h1_linh_xuan_mistaken():
    f = "BC chuyen doi so phuong Linh Xuan T11.docx"
    d = new_doc(size=13)
    h1_common_head(d, "PHƯỜNG LINH XUÂN", "Số: 466/BC-UBND", "Linh Xuân, ngày 19 tháng 11 năm 2026",
                   "Kết quả thực hiện chuyển đổi số và Đề án 06 tháng 11 năm 2026")
    para(d, "UBND phường Linh Xuân báo cáo kết quả chuyển đổi số, Đề án 06 trong tháng 11 như sau:", indent=1)
    h1_head(d, "1. Dịch vụ công trực tuyến – đang làm")
    para(d, "Tỷ lệ hồ sơ nộp trực tuyến toàn trình đạt 78%; bộ phận một cửa hướng dẫn người dân nộp hồ sơ qua Cổng dịch vụ công quốc gia, song song vẫn nhận hồ sơ giấy cho người lớn tuổi.", indent=1, align="j")
    h1_head(d, "2. Tổ công nghệ số cộng đồng – đã xong")
    para(d, "Kiện toàn 12 tổ công nghệ số cộng đồng ở 12 khu phố với 96 thành viên; tổ chức 2 buổi hướng dẫn cài đặt VNeID mức 2 cho 350 người dân.", indent=1, align="j")
    h1_head(d, "3. Thanh toán không dùng tiền mặt – đang làm")
    para(d, "Vận động 210 hộ kinh doanh tại chợ Thủ Đức mở mã QR thanh toán; thu phí, lệ phí không dùng tiền mặt đạt 64%.", indent=1, align="j")
    h1_head(d, "4. Khó khăn, kiến nghị")
    para(d, "- Đường truyền tại bộ phận một cửa chập chờn; đề nghị Trung tâm Chuyển đổi số Thành phố hỗ trợ nâng cấp.", indent=1)
    signature(d, [("Nơi nhận:", {"bold": True, "italic": True}), "- Như trên;", "- Lưu: VT."],
              [("KT. CHỦ TỊCH", {"bold": True}), ("PHÓ CHỦ TỊCH", {"bold": True}), "", "", ("Phan Thanh Tùng", {"bold": True})])
    d.save(os.path.join(HERE, f))
    key(f, "26800", "Phường Linh Xuân", "466/BC-UBND", "2026-11-19", [], [], [],
        status="rejected", reason="Báo cáo kết quả chuyển đổi số và Đề án 06, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW (gửi nhầm).")


# =============================================================== HAND 3
# Phạm Thị Kim Loan-type: a ward văn thư who compiles three officers' inputs pasted one
# after another under one header: Kinh tế (Times 14, "- " lines ending with a status
# sentence, zero-padded figures), Văn hóa - Xã hội (Arial 12 prose, status in the last
# sentence), Văn phòng (Calibri 11 table "Nội dung | Kết quả | Tình trạng").

def h3_head(d, ward_upper, number, place_date):
    header(d, ["ỦY BAN NHÂN DÂN", (ward_upper, {"bold": True}), ("--------", {})], place_date, number)
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026", bold=True, align="c", size=14)
    para(d, "------", align="c")


def kt_part(d, title, lines):
    para(d, title, bold=True, indent=1, font="Times New Roman", size=14)
    for ln in lines:
        para(d, ln, indent=1, align="j", font="Times New Roman", size=14, space_after=2)


def vh_part(d, title, paras):
    para(d, title, bold=True, font="Arial", size=12)
    for p in paras:
        para(d, p, font="Arial", size=12, space_after=6)


def vp_part(d, title, rows):
    para(d, title, bold=True, font="Calibri", size=11)
    grid_table(d, [["Nội dung", "Kết quả", "Tình trạng"]] + rows, widths=[5.5, 7.5, 3], font="Calibri", size=11)
    para(d)


def h3_close(d, D, P, signer):
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for x in D:
        para(d, "- " + x, indent=1, align="j")
    para(d, "III. KIẾN NGHỊ, ĐỀ XUẤT", bold=True)
    for x in P:
        para(d, "- " + x, indent=1, align="j")
    para(d, "Trên đây là báo cáo tổng hợp của Ủy ban nhân dân phường./.", indent=1)
    signature(d, [("Nơi nhận:", {"bold": True, "italic": True}), "- Sở KH&CN (Chi cục TĐC);", "- TT. Đảng ủy phường;", "- CT, các PCT UBND phường;", "- Lưu: VT."],
              [("TM. ỦY BAN NHÂN DÂN", {"bold": True}), ("KT. CHỦ TỊCH", {"bold": True}), ("PHÓ CHỦ TỊCH", {"bold": True}), "", "", (signer, {"bold": True})])


def h3_cho_lon():
    f = "27343_BC_KH38_ChoLon.docx"
    d = new_doc(size=13)
    h3_head(d, "PHƯỜNG CHỢ LỚN", "Số: 441/BC-UBND", "Chợ Lớn, ngày 19 tháng 11 năm 2026")
    para(d, "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026 và Công văn đôn đốc của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân phường Chợ Lớn tổng hợp báo cáo của các bộ phận như sau:", indent=1, align="j")
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    k1 = "- Kiểm tra đo lường, nhãn hàng hóa tại chợ Bình Tây, chợ Kim Biên: 04 cuộc, 32 cơ sở; 03 cơ sở vi phạm (cân sai số vượt mức cho phép, hàng nhập khẩu không nhãn phụ); đã xử phạt 7.500.000 đồng. Đã thực hiện."
    k2 = "- Kiểm tra niêm yết giá, bán đúng giá niêm yết dịp cuối năm: 06 cơ sở. Đã thực hiện."
    k3 = "- Phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm kiểm định 58 cân đồng hồ của tiểu thương chợ Bình Tây. Đang thực hiện (còn chợ Kim Biên)."
    k4 = "- Hướng dẫn 05 hộ kinh doanh sản xuất bánh, nước giải khát ghi nhãn hàng hóa, công bố tiêu chuẩn cơ sở. Đã thực hiện."
    kt_part(d, "1. Phòng Kinh tế (đ/c Võ Minh Tâm cung cấp):", [k1, k2, k3, k4])
    v1 = ("Trong năm 2026, bộ phận Văn hóa – Xã hội đã phối hợp Phòng Kinh tế tuyên truyền Chỉ thị 38 và các quy định về đo lường, chất lượng trên hệ thống loa, trang Facebook phường được 14 tin, bài; "
          "lồng ghép nội dung này vào 02 hội nghị khu phố với 160 lượt người dự. Bên cạnh đó, bộ phận cũng tuyên truyền phòng chống sốt xuất huyết, vận động hiến máu tình nguyện và chuẩn bị Tết Nguyên đán 2027. "
          "Nội dung tuyên truyền về đo lường, chất lượng vẫn tiếp tục làm đến cuối năm.")
    vh_part(d, "2. Văn hóa – Xã hội (đ/c Đặng Thu Trang):", [v1])
    r1 = ["Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015", "Đánh giá nội bộ tháng 9/2026; cập nhật 31 quy trình TTHC sau sắp xếp", "Hoàn thành"]
    r2 = ["Cử cán bộ dự tập huấn nghiệp vụ TĐC", "01 công chức dự lớp tập huấn ngày 15/10/2026 tại Chi cục", "Hoàn thành"]
    vp_part(d, "3. Văn phòng HĐND và UBND (đ/c Huỳnh Tấn Lộc):", [r1, r2])
    D = ["Tiểu thương ở chợ Kim Biên buôn bán theo giờ, khó bố trí kiểm định cân cùng lúc.",
         "Bộ phận Kinh tế chỉ có 02 công chức, kiêm nhiệm nhiều lĩnh vực."]
    P = ["Đề nghị Chi cục TĐC phối hợp bố trí lịch kiểm định cân tại chợ Kim Biên vào buổi chiều.",
         "Đề nghị Sở tổ chức tập huấn xử phạt vi phạm hành chính về nhãn hàng hóa cho công chức phường."]
    h3_close(d, D, P, "Nguyễn Thị Thanh Hà")
    d.save(os.path.join(HERE, f))
    key(f, "27343", "Phường Chợ Lớn", "441/BC-UBND", "2026-11-19", [
        ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 32, "violations": 3, "fines_vnd": 7500000, "instruments_verified": 58}, k1 + " " + k3),
        ("II.2.d", "completed", {"enterprises_supported": 5}, k4),
        ("II.1.a", "in_progress", {"communications": 14, "training_courses": 2, "participants": 160}, v1),
        ("II.2.đ", "completed", {}, " | ".join(r1)),
        ("II.3.a", "completed", {"participants": 1}, " | ".join(r2)),
    ], D, P)


def h3_go_vap():
    f = "BC CT38 nam 2026 - UBND phuong Go Vap.docx"
    d = new_doc(size=13)
    h3_head(d, "PHƯỜNG GÒ VẤP", "Số: 622/BC-UBND", "Gò Vấp, ngày 21 tháng 11 năm 2026")
    para(d, "Ủy ban nhân dân phường Gò Vấp tổng hợp báo cáo của các bộ phận về kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:", indent=1, align="j")
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    k1 = "- Kiểm tra an toàn thực phẩm Tháng hành động: 10 cơ sở. Đã thực hiện."
    k2 = "- Kiểm tra đo lường tại chợ Gò Vấp, chợ Tân Sơn Nhất: 02 cuộc, 15 cơ sở, 01 cơ sở vi phạm, phạt 1.500.000 đồng. Đang thực hiện."
    kt_part(d, "1. Phòng Kinh tế (đ/c Lâm Quốc Bảo):", [k1, k2])
    v1 = ("Bộ phận Văn hóa – Xã hội đã đăng 08 tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng và quyền lợi người tiêu dùng trên trang thông tin của phường, "
          "phát trên loa tại 02 chợ vào sáng thứ bảy hằng tuần. Đến nay đã làm xong phần việc này.")
    v2 = ("Cùng với việc bình xét gia đình văn hóa năm 2026, bộ phận đã vận động 02 doanh nghiệp trên địa bàn tìm hiểu, chuẩn bị hồ sơ Giải thưởng Chất lượng Quốc gia. "
          "Việc vận động vẫn đang tiếp tục.")
    vh_part(d, "2. Văn hóa – Xã hội (đ/c Ngô Mỹ Linh):", [v1, v2])
    r1 = ["Duy trì HTQLCL theo TCVN ISO 9001:2015", "Đã cập nhật danh mục quy trình; chờ công bố lại sau khi sáp nhập khu phố", "Đang thực hiện"]
    r2 = ["Cử công chức dự tập huấn về tiêu chuẩn, đo lường, chất lượng", "Chưa có lớp trong năm", "Chưa thực hiện"]
    vp_part(d, "3. Văn phòng HĐND và UBND (đ/c Trần Văn Sang):", [r1, r2])
    D = ["Một số hộ kinh doanh không hợp tác khi kiểm tra cân."]
    P = ["Đề nghị Chi cục TĐC sớm mở lớp tập huấn cho công chức phường trong Quý I/2027."]
    h3_close(d, D, P, "Võ Thị Kim Chi")
    d.save(os.path.join(HERE, f))
    key(f, "26884", "Phường Gò Vấp", "622/BC-UBND", "2026-11-21", [
        ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 15, "violations": 1, "fines_vnd": 1500000}, k2),
        ("II.1.a", "completed", {"communications": 8}, v1),
        ("II.1.b", "in_progress", {"enterprises_supported": 2}, v2),
        ("II.2.đ", "in_progress", {}, " | ".join(r1)),
        ("II.3.a", "not_started", {}, " | ".join(r2)),
    ], D, P)


def h3_thu_dau_mot():
    f = "TDM_BaoCao_CT38_2026.docx"
    d = new_doc(size=13)
    h3_head(d, "PHƯỜNG THỦ DẦU MỘT", "Số: 389/BC-UBND", "Thủ Dầu Một, ngày 25 tháng 11 năm 2026")
    para(d, "Theo đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân phường Thủ Dầu Một tổng hợp kết quả như sau:", indent=1, align="j")
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    k1 = "- Kiểm tra về đo lường, chất lượng, nhãn hàng hóa tại chợ Thủ Dầu Một và các cửa hàng điện máy, mũ bảo hiểm: 05 cuộc, 41 cơ sở; 06 cơ sở vi phạm; xử phạt 18.250.000 đồng. Đang thực hiện."
    k2 = "- Phối hợp Chi cục TĐC lấy 12 mẫu mũ bảo hiểm, đồ chơi trẻ em để khảo sát chất lượng. Đã thực hiện."
    k3 = "- Ra quân giải tỏa lấn chiếm vỉa hè đường Yersin, Bạch Đằng: 04 đợt. Đã thực hiện."
    kt_part(d, "1. Phòng Kinh tế (đ/c Nguyễn Thành Nhân):", [k1, k2, k3])
    v1 = ("Năm 2026, bộ phận Văn hóa – Xã hội cùng Đài truyền thanh phường đưa 20 tin, bài về tiêu chuẩn, đo lường, chất lượng; phối hợp tổ chức 01 hội nghị phổ biến quy định về nhãn hàng hóa, "
          "mã số mã vạch cho hộ kinh doanh với 95 đại biểu dự. Ngoài ra, bộ phận vẫn duy trì tuyên truyền bảo vệ môi trường, phân loại rác tại nguồn theo kế hoạch của phường. "
          "Phần việc này đã hoàn thành.")
    vh_part(d, "2. Văn hóa – Xã hội (đ/c Lê Hoàng Yến):", [v1])
    r1 = ["Áp dụng, duy trì HTQLCL TCVN ISO 9001:2015", "Đã công bố lại HTQLCL ngày 12/8/2026", "Hoàn thành"]
    r2 = ["Tiếp nhận phản ánh, tố giác về đo lường, chất lượng qua đường dây nóng", "Không phát sinh", "Không phát sinh"]
    vp_part(d, "3. Văn phòng HĐND và UBND (đ/c Phạm Quang Vinh):", [r1, r2])
    D = ["Việc kiểm tra hàng hóa bán online, livestream trên địa bàn chưa có hướng dẫn cụ thể."]
    P = ["Đề nghị Sở hướng dẫn phường cách kiểm tra nhãn hàng hóa đối với hàng bán qua mạng.",
         "Đề nghị Chi cục thông báo kết quả khảo sát mẫu mũ bảo hiểm, đồ chơi để phường tuyên truyền."]
    h3_close(d, D, P, "Bùi Văn Thắng")
    d.save(os.path.join(HERE, f))
    key(f, "25747", "Phường Thủ Dầu Một", "389/BC-UBND", "2026-11-25", [
        ("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 41, "violations": 6, "fines_vnd": 18250000}, k1),
        ("II.5.b", "completed", {"samples_tested": 12}, k2),
        ("II.1.a", "completed", {"communications": 20, "training_courses": 1, "participants": 95}, v1),
        ("II.2.đ", "completed", {}, " | ".join(r1)),
        ("II.5.d", "not_applicable", {}, " | ".join(r2)),
    ], D, P)


def h3_tan_son_nhi():
    f = "Tan Son Nhi - bao cao KH38.docx"
    d = new_doc(size=13)
    h3_head(d, "PHƯỜNG TÂN SƠN NHÌ", "Số: 173/BC-UBND", "Tân Sơn Nhì, ngày 17 tháng 11 năm 2026")
    para(d, "Ủy ban nhân dân phường Tân Sơn Nhì báo cáo kết quả thực hiện Kế hoạch năm 2026 (tổng hợp từ các bộ phận) như sau:", indent=1, align="j")
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    k1 = "- Kiểm tra đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng trên địa bàn: 03 cuộc, 20 cơ sở, 02 cơ sở vi phạm, phạt 3.000.000 đồng. Đã thực hiện."
    k2 = "- Hướng dẫn 04 doanh nghiệp nhỏ (may mặc, in bao bì) về công bố hợp chuẩn, ghi nhãn. Đang thực hiện."
    kt_part(d, "1. Phòng Kinh tế (đ/c Đinh Công Hậu):", [k1, k2])
    v1 = ("Bộ phận phối hợp các khu phố tuyên truyền về đo lường, chất lượng được 05 tin, bài, đồng thời lồng ghép với tuyên truyền phòng cháy chữa cháy và an toàn giao thông tại các khu nhà trọ công nhân. "
          "Việc tuyên truyền còn đang tiếp tục.")
    vh_part(d, "2. Văn hóa – Xã hội (đ/c Tạ Thị Hồng):", [v1])
    r1 = ["Duy trì HTQLCL TCVN ISO 9001:2015", "Đã đánh giá nội bộ, họp xem xét của lãnh đạo", "Hoàn thành"]
    r2 = ["Cử công chức dự tập huấn", "02 công chức dự lớp của Chi cục TĐC", "Hoàn thành"]
    vp_part(d, "3. Văn phòng HĐND và UBND (đ/c Mai Xuân Phương):", [r1, r2])
    D = ["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng."]
    P = ["Đề nghị Chi cục TĐC cung cấp danh sách cơ sở kinh doanh xăng dầu, gas trên địa bàn phường để phối hợp quản lý."]
    h3_close(d, D, P, "Hồ Ngọc Tuấn")
    d.save(os.path.join(HERE, f))
    key(f, "27019", "Phường Tân Sơn Nhì", "173/BC-UBND", "2026-11-17", [
        ("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 20, "violations": 2, "fines_vnd": 3000000}, k1),
        ("II.2.d", "in_progress", {"enterprises_supported": 4}, k2),
        ("II.1.a", "in_progress", {"communications": 5}, v1),
        ("II.2.đ", "completed", {}, " | ".join(r1)),
        ("II.3.a", "completed", {"participants": 2}, " | ".join(r2)),
    ], D, P)


# =============================================================== HAND 2
# Lê Thị Ngọc Hân-type: new Phòng Kinh tế officer of a xã, one Excel sheet named after the
# month, header typed in A1..E3, a table "TT | Công việc | Kết quả (số liệu) | Tình hình |
# Ghi chú" where the commune's routine jobs sit between plan rows; figures joined by " - "
# with abbreviations ("cs", "vp", "phạt 3,5tr"); statuses "xong / đang làm / chưa làm / ko ps".

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def h2_book(sheet_title, xa_upper, number, date_text, title, rows, D, P, signer, money_col=False, preparer="Lê Thị Ngọc Hân"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_title
    ws["A1"] = "UBND " + xa_upper
    ws["A2"] = "PHÒNG KINH TẾ"
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["A3"] = number
    ws["D3"] = date_text
    for c in ("A1", "A2", "D1", "D2"):
        ws[c].font = Font(name="Times New Roman", bold=True, size=12)
    ws["D3"].font = Font(name="Times New Roman", italic=True, size=12)
    ws["A5"] = title
    ws["A5"].font = Font(name="Times New Roman", bold=True, size=13)
    ws.merge_cells("A5:F5" if money_col else "A5:E5")
    ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[5].height = 36
    hdr = ["TT", "Công việc", "Kết quả (số liệu)"] + (["Tiền phạt (đ)"] if money_col else []) + ["Tình hình", "Ghi chú"]
    r0 = 7
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r0, j, h)
        c.font = Font(name="Times New Roman", bold=True)
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, row in enumerate(rows, 1):
        vals = [i] + list(row)
        for j, v in enumerate(vals, 1):
            c = ws.cell(r0 + i, j, v)
            c.border = BOX
            c.font = Font(name="Times New Roman")
            c.alignment = Alignment(vertical="top", wrap_text=True)
            if money_col and j == 4 and isinstance(v, int):
                c.number_format = "#,##0"
    r = r0 + len(rows) + 2
    ws.cell(r, 1, "Khó khăn:").font = Font(name="Times New Roman", bold=True)
    for x in D:
        r += 1
        ws.cell(r, 2, "- " + x)
    r += 1
    ws.cell(r, 1, "Kiến nghị:").font = Font(name="Times New Roman", bold=True)
    for x in P:
        r += 1
        ws.cell(r, 2, "- " + x)
    r += 2
    ws.cell(r, 4, "KT. CHỦ TỊCH").font = Font(name="Times New Roman", bold=True)
    ws.cell(r + 1, 4, "PHÓ CHỦ TỊCH").font = Font(name="Times New Roman", bold=True)
    ws.cell(r + 5, 4, signer).font = Font(name="Times New Roman", bold=True)
    ws.cell(r, 1, "Người lập biểu")
    ws.cell(r + 5, 1, preparer)
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 46
    ws.column_dimensions["C"].width = 34
    ws.column_dimensions["D"].width = 16
    ws.column_dimensions["E"].width = 14
    ws.column_dimensions["F"].width = 18
    return wb


def h2_cu_chi():
    f = "BC_CT38_xa_CuChi_T11.xlsx"
    rows = [
        ["Ra quân kiểm tra trật tự lòng lề đường khu vực chợ Củ Chi", "6 đợt", "xong", "việc thường xuyên"],
        ["Kiểm tra cân, đo tại chợ Củ Chi + chợ Phước Thạnh (KH 38)", "3 cuộc - 18 cs - 2 vp - phạt 3,5tr", "đang làm", "tháng 12 kiểm tra tiếp"],
        ["Kiểm tra giá phân bón, thuốc BVTV dịp vụ Đông Xuân", "9 cs", "xong", ""],
        ["Tuyên truyền đo lường - chất lượng trên loa xã, nhóm Zalo ấp", "7 tin bài", "đang làm", ""],
        ["Cử cán bộ dự tập huấn của Chi cục TĐC", "1 người, lớp ngày 24/9", "xong", ""],
        ["Hỗ trợ HTX, hộ SX ghi nhãn, mã số mã vạch, truy xuất nguồn gốc", "3 HTX", "đang làm", "HTX rau an toàn Tân Trung"],
        ["Duy trì ISO 9001:2015 tại UBND xã", "", "xong", ""],
        ["Phản ánh về gian lận cân, đo", "", "ko ps", ""],
    ]
    D = ["Chưa có cân đối chứng ở chợ Phước Thạnh.", "Cán bộ kiêm nhiệm, chưa rành nghiệp vụ đo lường."]
    P = ["Xin Chi cục cấp thêm 01 cân đối chứng cho chợ Phước Thạnh.", "Xin tài liệu hướng dẫn kiểm tra cân cho cán bộ xã."]
    wb = h2_book("BC thang 11", "XÃ CỦ CHI", "Số: 412/BC-UBND", "Củ Chi, ngày 20 tháng 11 năm 2026",
                 "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (KÈM CÔNG VIỆC THƯỜNG XUYÊN THÁNG 11)", rows, D, P, "Huỳnh Văn Lợi")
    wb.save(os.path.join(HERE, f))
    j = lambda r: " | ".join(x for x in r if x)
    key(f, "27553", "Xã Củ Chi", "412/BC-UBND", "2026-11-20", [
        ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 18, "violations": 2, "fines_vnd": 3500000}, j(rows[1])),
        ("II.1.a", "in_progress", {"communications": 7}, j(rows[3])),
        ("II.3.a", "completed", {"participants": 1}, j(rows[4])),
        ("II.2.d", "in_progress", {"enterprises_supported": 3}, j(rows[5])),
        ("II.2.đ", "completed", {}, j(rows[6])),
        ("II.5.d", "not_applicable", {}, j(rows[7])),
    ], D, P)


def h2_hoc_mon():
    f = "HocMon_BC KH38 nam 2026.xlsx"
    rows = [
        ["Tháng hành động vì ATTP: kiểm tra bếp ăn, quán ăn", "14 cs", "", "xong", ""],
        ["Kiểm tra xăng dầu, gas (đo lường, chất lượng)", "2 cuộc - 9 cs - 1 vp", 2500000, "xong", ""],
        ["Tuyên truyền CT38 trên loa, Zalo xã", "5 tin bài", "", "đang làm", ""],
        ["Phổ biến quy định ghi nhãn cho hộ KD chợ Hóc Môn", "1 buổi / 60 người", "", "xong", "phối hợp Chi cục"],
        ["Lấy mẫu xăng phối hợp Chi cục TĐC", "4 mẫu", "", "xong", "chưa có kết quả"],
        ["Duy trì ISO 9001 tại UBND xã", "", "", "đang làm", "chờ đánh giá nội bộ"],
        ["Thu ngân sách phí chợ tháng 11", "đạt 92%", "", "đang làm", ""],
    ]
    D = ["Xã mới sáp nhập, địa bàn rộng, nhiều cửa hàng xăng dầu ven quốc lộ."]
    P = ["Đề nghị Chi cục gửi kết quả phân tích mẫu xăng sớm để xã thông báo cho người dân."]
    wb = h2_book("Thang11", "XÃ HÓC MÔN", "Số: 377/BC-UBND", "Hóc Môn, ngày 17 tháng 11 năm 2026",
                 "BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38 VÀ MỘT SỐ CÔNG VIỆC TRONG THÁNG", rows, D, P, "Lý Thị Thu Ba", money_col=True, preparer="Nguyễn Ngọc Thảo Vy")
    wb.save(os.path.join(HERE, f))
    j = lambda r: " | ".join(str(x) for x in r if x)
    key(f, "27559", "Xã Hóc Môn", "377/BC-UBND", "2026-11-17", [
        ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 9, "violations": 1, "fines_vnd": 2500000}, j(rows[1])),
        ("II.1.a", "in_progress", {"communications": 5, "training_courses": 1, "participants": 60}, j(rows[2]) + " ; " + j(rows[3])),
        ("II.5.b", "completed", {"samples_tested": 4}, j(rows[4])),
        ("II.2.đ", "in_progress", {}, j(rows[5])),
    ], D, P)


def h2_binh_chanh():
    f = "BC 38 xa Binh Chanh.xlsx"
    rows = [
        ["Giải thưởng chất lượng quốc gia: gửi thông báo, hướng dẫn DN", "2 DN", "xong", ""],
        ["Kiểm tra đo lường, nhãn hàng hóa chợ Bình Chánh, chợ Đa Phước", "4 cuộc - 26 cs - 3 vp - phạt 6tr", "đang làm", ""],
        ["Kiểm tra vệ sinh môi trường khu dân cư, cơ sở chăn nuôi", "11 cs", "xong", "việc của xã"],
        ["Phối hợp TT Dịch vụ PTTN kiểm định cân chợ Bình Chánh", "45 cái cân", "đang làm", "còn chợ Đa Phước"],
        ["Cán bộ xã đi tập huấn nghiệp vụ TĐC", "", "chưa làm", "chưa có lớp"],
        ["Tuyên truyền trên loa, trang TTĐT xã", "10 tin bài", "xong", ""],
    ]
    D = ["Nhiều tiểu thương lớn tuổi, không rành quy định về cân."]
    P = ["Đề nghị Chi cục mở lớp tập huấn cho công chức xã đầu năm 2027.", "Đề nghị hỗ trợ xã 02 cân đối chứng."]
    wb = h2_book("BC T11-2026", "XÃ BÌNH CHÁNH", "Số: 505/BC-UBND", "Bình Chánh, ngày 26 tháng 11 năm 2026",
                 "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH 38 NĂM 2026", rows, D, P, "Phạm Hữu Nghĩa", preparer="Trần Bảo Ngân")
    wb.save(os.path.join(HERE, f))
    j = lambda r: " | ".join(x for x in r if x)
    key(f, "27637", "Xã Bình Chánh", "505/BC-UBND", "2026-11-26", [
        ("II.1.b", "completed", {"enterprises_supported": 2}, j(rows[0])),
        ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 26, "violations": 3, "fines_vnd": 6000000, "instruments_verified": 45}, j(rows[1]) + " ; " + j(rows[3])),
        ("II.3.a", "not_started", {}, j(rows[4])),
        ("II.1.a", "completed", {"communications": 10}, j(rows[5])),
    ], D, P)


def h2_phu_giao():
    f = "PhuGiao_KH38_T11.xlsx"
    rows = [
        ["Kiểm tra VSATTP bếp ăn trường mầm non", "5 cs", "xong", ""],
        ["Kiểm tra đo lường, chất lượng cửa hàng xăng dầu, vật liệu xây dựng", "2 cuộc - 11 cs - ko có vp", "đang làm", ""],
        ["Tuyên truyền CT 38", "6 tin", "đang làm", "loa + Zalo"],
        ["Hướng dẫn cơ sở SX hạt điều ghi nhãn, tự công bố sản phẩm", "4 cơ sở", "xong", ""],
        ["ISO 9001 của UBND xã", "", "xong", "đã công bố lại"],
        ["Đi tập huấn Chi cục TĐC", "1 lớp - 2 người", "xong", ""],
        ["Thống kê hộ kinh doanh để thu thuế khoán 2027", "412 hộ", "đang làm", ""],
    ]
    D = ["Xã rộng, đường đến các cửa hàng xăng dầu ven ĐT741 xa, thiếu phương tiện đi kiểm tra."]
    P = ["Đề nghị Chi cục phối hợp kiểm tra chung với xã ít nhất 01 đợt/quý."]
    wb = h2_book("T11", "XÃ PHÚ GIÁO", "Số: 290/BC-UBND", "Phú Giáo, ngày 28 tháng 11 năm 2026",
                 "BÁO CÁO CÔNG VIỆC THÁNG 11 VÀ KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38", rows, D, P, "Đoàn Văn Thịnh", preparer="Hà Thị Kiều Oanh")
    wb.save(os.path.join(HERE, f))
    j = lambda r: " | ".join(x for x in r if x)
    key(f, "25858", "Xã Phú Giáo", "290/BC-UBND", "2026-11-28", [
        ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 11}, j(rows[1])),
        ("II.1.a", "in_progress", {"communications": 6}, j(rows[2])),
        ("II.2.d", "completed", {"enterprises_supported": 4}, j(rows[3])),
        ("II.2.đ", "completed", {}, j(rows[4])),
        ("II.3.a", "completed", {"training_courses": 1, "participants": 2}, j(rows[5])),
    ], D, P)


# =============================================================== HAND 4
# Trịnh Văn Khoa-type: young officer in the former Bà Rịa - Vũng Tàu area; every item opens
# with a bold short label and closes with a spoken "Đến giờ: …" line; money typed "1tr5",
# "4tr2"; in Excel he writes the letter one paragraph per row on "BaoCao" and the figures
# on "SoLieu" with a "Đến giờ" column.

def h4_doc(f, unit_upper, number, place_date, intro, items, D, P, signer, title_line):
    d = new_doc(size=13)
    header(d, ["ỦY BAN NHÂN DÂN", (unit_upper, {"bold": True}), ("_______", {})], place_date, number)
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, title_line, bold=True, align="c")
    para(d, intro, indent=1, align="j")
    for lab, body, st in items:
        para(d, runs=[(lab + " ", {"bold": True}), (body + " ", {}), ("Đến giờ: " + st, {"italic": True})], indent=1, align="j")
    para(d, runs=[("Khó khăn: ", {"bold": True}), (" ".join(D), {})], indent=1, align="j")
    para(d, runs=[("Kiến nghị: ", {"bold": True}), (" ".join(P), {})], indent=1, align="j")
    signature(d, [("Nơi nhận:", {"bold": True, "italic": True}), "- Chi cục TĐC TP.HCM;", "- Lưu: VT, KT."],
              [("KT. CHỦ TỊCH", {"bold": True}), ("PHÓ CHỦ TỊCH", {"bold": True}), "", "", (signer, {"bold": True})])
    d.save(os.path.join(HERE, f))


def h4_con_dao():
    f = "CD_bao cao CT38 2026.docx"
    items = [
        ("Tuyên truyền:", "Đặc khu đưa 5 tin, bài lên Trang thông tin điện tử đặc khu và phát trên Đài truyền thanh; đồng thời tuyên truyền về mùa du lịch, chống khai thác IUU cho ngư dân (việc thường xuyên của Phòng Kinh tế).", "đang làm tiếp."),
        ("Kiểm tra đo lường, chất lượng:", "Phối hợp Đội Quản lý thị trường kiểm tra 2 cuộc ở chợ Côn Đảo và các cửa hàng xăng dầu, tổng 14 cs, 1 cs vi phạm về cân, phạt 1tr5.", "xong đợt 1, đợt 2 để tháng 12."),
        ("Tập huấn:", "Đặc khu cử 1 người vào đất liền học 1 lớp nghiệp vụ của Chi cục hồi tháng 8.", "xong."),
        ("ISO:", "Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan đặc khu, đã đánh giá nội bộ.", "xong."),
        ("Khảo sát chất lượng hàng hóa:", "Chưa làm được, chờ Chi cục ra đảo lấy mẫu.", "chưa làm."),
    ]
    D = ["Địa bàn đảo xa, đi lại phụ thuộc tàu, máy bay nên đoàn kiểm tra, kiểm định của Thành phố ra đảo ít."]
    P = ["Đề nghị Chi cục bố trí 01 đợt kiểm định cân, cột đo xăng dầu tại Côn Đảo trong Quý I/2027."]
    h4_doc(f, "ĐẶC KHU CÔN ĐẢO", "Số: 96/BC-UBND", "Côn Đảo, ngày 22 tháng 11 năm 2026",
           "Ủy ban nhân dân Đặc khu Côn Đảo báo cáo kết quả thực hiện Kế hoạch của Sở Khoa học và Công nghệ về Chỉ thị 38-CT/TW năm 2026 như sau:",
           items, D, P, "Nguyễn Văn Sơn", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026")
    t = lambda i: items[i][0] + " " + items[i][1] + " Đến giờ: " + items[i][2]
    key(f, "26732", "Đặc khu Côn Đảo", "96/BC-UBND", "2026-11-22", [
        ("II.1.a", "in_progress", {"communications": 5}, t(0)),
        ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 14, "violations": 1, "fines_vnd": 1500000}, t(1)),
        ("II.3.a", "completed", {"participants": 1, "training_courses": 1}, t(2)),
        ("II.2.đ", "completed", {}, t(3)),
        ("II.5.b", "not_started", {}, t(4)),
    ], D, P)


def h4_long_hai():
    f = "LongHai_BC_CT38.docx"
    items = [
        ("Tuyên truyền cho bà con:", "Xã phát 9 tin trên loa xã, nhóm Zalo các ấp; tổ chức 1 buổi tọa đàm cho 70 hộ kinh doanh hải sản khô ở chợ Long Hải về cân đúng, ghi nhãn hàng hóa.", "xong."),
        ("Hỗ trợ cơ sở làm nước mắm, khô:", "Hướng dẫn 6 cơ sở làm hồ sơ tự công bố sản phẩm, ghi nhãn hàng hóa; 2 cơ sở đã in xong nhãn mới. Song song xã vẫn cấp giấy xác nhận nguồn gốc hải sản theo quy định.", "đang làm."),
        ("Kiểm tra:", "Kiểm tra 3 cuộc tại chợ Long Hải, chợ Phước Hưng và cửa hàng vàng bạc, 19 cs, 3 vi phạm, phạt 4tr2.", "đang làm."),
        ("Tiếp nhận phản ánh:", "Có 1 phản ánh về cân thiếu ở chợ Long Hải, xã đã xác minh và chuyển Đội Quản lý thị trường xử lý.", "xong."),
    ]
    D = ["Mùa du lịch hàng hóa buôn bán nhiều, hộ kinh doanh thời vụ khó quản lý."]
    P = ["Xin Chi cục hỗ trợ in 500 tờ rơi về cân đúng, nhãn hàng hóa cho chợ du lịch."]
    h4_doc(f, "XÃ LONG HẢI", "Số: 208/BC-UBND", "Long Hải, ngày 16 tháng 11 năm 2026",
           "UBND xã Long Hải báo cáo nhanh các việc đã làm theo Kế hoạch Chỉ thị 38 năm 2026:",
           items, D, P, "Tô Hoàng Nam", "Về việc thực hiện Kế hoạch Chỉ thị 38 năm 2026")
    t = lambda i: items[i][0] + " " + items[i][1] + " Đến giờ: " + items[i][2]
    key(f, "26662", "Xã Long Hải", "208/BC-UBND", "2026-11-16", [
        ("II.1.a", "completed", {"communications": 9, "training_courses": 1, "participants": 70}, t(0)),
        ("II.2.d", "in_progress", {"enterprises_supported": 6}, t(1)),
        ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 19, "violations": 3, "fines_vnd": 4200000}, t(2)),
        ("II.5.d", "completed", {}, t(3)),
    ], D, P)


def h4_book(unit_upper, number, place_date, title, paras, data_hdr, data_rows, D, P, signer):
    wb = Workbook()
    ws = wb.active
    ws.title = "BaoCao"
    ws.column_dimensions["A"].width = 110
    lines = [("ỦY BAN NHÂN DÂN " + unit_upper, True), (number, False), (place_date, False), ("", False),
             ("BÁO CÁO", True), (title, True), ("", False)]
    r = 1
    for t, b in lines:
        ws.cell(r, 1, t).font = Font(name="Times New Roman", bold=b, size=13)
        r += 1
    for lab, body, st in paras:
        c = ws.cell(r, 1, lab + " " + body + " Đến giờ: " + st)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.font = Font(name="Times New Roman", size=13)
        r += 1
    ws.cell(r, 1, "Khó khăn:").font = Font(name="Times New Roman", bold=True, size=13)
    r += 1
    for x in D:
        ws.cell(r, 1, "- " + x).alignment = Alignment(wrap_text=True)
        r += 1
    ws.cell(r, 1, "Kiến nghị:").font = Font(name="Times New Roman", bold=True, size=13)
    r += 1
    for x in P:
        ws.cell(r, 1, "- " + x).alignment = Alignment(wrap_text=True)
        r += 1
    r += 1
    ws.cell(r, 1, "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH").font = Font(name="Times New Roman", bold=True)
    ws.cell(r + 4, 1, signer).font = Font(name="Times New Roman", bold=True)
    s2 = wb.create_sheet("SoLieu")
    for j, h in enumerate(data_hdr, 1):
        c = s2.cell(1, j, h)
        c.font = Font(bold=True)
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.alignment = Alignment(wrap_text=True, horizontal="center")
        s2.column_dimensions[c.column_letter].width = 40 if j == 1 else 12
    for i, row in enumerate(data_rows, 2):
        for j, v in enumerate(row, 1):
            c = s2.cell(i, j, v)
            c.border = BOX
            if isinstance(v, int) and v >= 100000:
                c.number_format = "#,##0"
    return wb


H4HDR = ["Việc", "Số cuộc", "Số cơ sở", "Vi phạm", "Tiền phạt (đ)", "Người dự", "Tin bài", "Đến giờ"]


def h4_xuyen_moc():
    f = "XuyenMoc_BC38_T11-2026.xlsx"
    paras = [
        ("1. Tuyên truyền:", "Xã đưa tin trên loa các ấp và trang Facebook xã; tổ chức 1 hội nghị phổ biến quy định đo lường, nhãn hàng hóa cho hộ kinh doanh (số liệu ở sheet SoLieu). Cùng đợt xã tuyên truyền phòng chống cháy rừng mùa khô.", "đang làm."),
        ("2. Kiểm tra:", "Kiểm tra đo lường, chất lượng tại chợ Xuyên Mộc, các cửa hàng xăng dầu, vật liệu xây dựng (số liệu ở sheet SoLieu); kiểm tra ATTP bánh Trung thu 7 cơ sở.", "xong."),
        ("3. Tập huấn cán bộ:", "Xã cử công chức Kinh tế và công chức Văn phòng đi lớp của Chi cục.", "xong."),
        ("4. ISO 9001:", "Đang chỉnh lại các quy trình sau sáp nhập, chưa công bố lại.", "đang làm."),
    ]
    data = [
        ["Hội nghị phổ biến quy định đo lường, nhãn hàng hóa (1 hội nghị)", None, None, None, None, 85, None, "đang làm"],
        ["Tin bài trên loa, Facebook", None, None, None, None, None, 8, "đang làm"],
        ["Kiểm tra đo lường, chất lượng", 3, 22, 2, 3000000, None, None, "xong"],
        ["Tập huấn cán bộ xã", None, None, None, None, 2, None, "xong"],
    ]
    D = ["Xã mới sáp nhập 3 xã cũ, địa bàn rộng, cán bộ ít."]
    P = ["Đề nghị Chi cục hướng dẫn mẫu biên bản kiểm tra đo lường dùng cho cấp xã."]
    wb = h4_book("XÃ XUYÊN MỘC", "Số: 344/BC-UBND", "Xuyên Mộc, ngày 23 tháng 11 năm 2026",
                 "Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026", paras, H4HDR, data, D, P, "Võ Thanh Liêm")
    wb.save(os.path.join(HERE, f))
    t = lambda i: paras[i][0] + " " + paras[i][1] + " Đến giờ: " + paras[i][2]
    key(f, "26632", "Xã Xuyên Mộc", "344/BC-UBND", "2026-11-23", [
        ("II.1.a", "in_progress", {"training_courses": 1, "participants": 85, "communications": 8}, t(0)),
        ("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 22, "violations": 2, "fines_vnd": 3000000}, t(1)),
        ("II.3.a", "completed", {"participants": 2}, t(2)),
        ("II.2.đ", "in_progress", {}, t(3)),
    ], D, P)


def h4_ba_ria():
    f = "Ba Ria_bao cao CT38.xlsx"
    paras = [
        ("1. Tuyên truyền:", "Đăng tin bài về đo lường, chất lượng trên cổng thông tin phường và loa khu phố, lồng với tuyên truyền văn minh đô thị.", "xong."),
        ("2. Kiểm tra trên địa bàn:", "Phối hợp kiểm tra cân, đo ở chợ Bà Rịa, chợ Long Toàn và cửa hàng xăng dầu; phối hợp Trung tâm kiểm định cân cho tiểu thương; phạt 5tr5. Số liệu chi tiết ở sheet SoLieu.", "đang làm, còn đợt tháng 12."),
        ("3. Khảo sát chất lượng:", "Hỗ trợ Chi cục lấy mẫu xăng dầu, mũ bảo hiểm tại các cửa hàng trên địa bàn.", "xong."),
        ("4. ISO 9001:", "Phường đã công bố lại hệ thống sau sắp xếp.", "xong."),
        ("5. Tập huấn cán bộ:", "Chưa đi lớp nào vì trùng đợt cao điểm.", "chưa làm."),
    ]
    data = [
        ["Tin bài tuyên truyền", None, None, None, None, None, 12, "xong"],
        ["Kiểm tra cân, đo, xăng dầu", 4, 30, 3, 5500000, None, None, "đang làm"],
        ["Kiểm định cân cho tiểu thương (cái)", None, 60, None, None, None, None, "đang làm"],
        ["Mẫu khảo sát (mẫu)", None, 8, None, None, None, None, "xong"],
    ]
    D = ["Phường chưa có cân đối chứng ở chợ Long Toàn."]
    P = ["Đề nghị Sở hỗ trợ 01 cân đối chứng cho chợ Long Toàn.", "Đề nghị Chi cục mở lớp tập huấn vào Quý I/2027 cho công chức phường."]
    wb = h4_book("PHƯỜNG BÀ RỊA", "Số: 615/BC-UBND", "Bà Rịa, ngày 29 tháng 11 năm 2026",
                 "Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026 trên địa bàn phường", paras, H4HDR, data, D, P, "Châu Minh Trí")
    wb.save(os.path.join(HERE, f))
    t = lambda i: paras[i][0] + " " + paras[i][1] + " Đến giờ: " + paras[i][2]
    key(f, "26560", "Phường Bà Rịa", "615/BC-UBND", "2026-11-29", [
        ("II.1.a", "completed", {"communications": 12}, t(0)),
        ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 30, "violations": 3, "fines_vnd": 5500000, "instruments_verified": 60}, t(1)),
        ("II.5.b", "completed", {"samples_tested": 8}, t(2)),
        ("II.2.đ", "completed", {}, t(3)),
        ("II.3.a", "not_started", {}, t(4)),
    ], D, P)


def h4_binh_chau_mistaken():
    f = "BinhChau_BC PCTT T11.xlsx"
    paras = [
        ("1. Triều cường, sạt lở:", "Đợt triều cường giữa tháng 11 gây sạt lở 120 m bờ biển khu vực ấp Bình Tiến; xã đã cắm biển cảnh báo, di dời 6 hộ.", "đang theo dõi."),
        ("2. Trực ban PCTT:", "Duy trì trực 24/24 trong mùa mưa bão, kiểm tra 3 lần phương tiện, vật tư cứu hộ.", "xong."),
        ("3. Tàu thuyền:", "Thông báo tin bão cho 312 tàu cá, kêu gọi vào nơi tránh trú an toàn.", "xong."),
    ]
    data = [
        ["Sạt lở bờ biển (m)", None, 120, None, None, None, None, "đang theo dõi"],
        ["Hộ di dời", None, 6, None, None, None, None, "xong"],
        ["Tàu cá được thông báo", None, 312, None, None, None, None, "xong"],
    ]
    D = ["Kè tạm ấp Bình Tiến xuống cấp."]
    P = ["Đề nghị Sở Nông nghiệp và Môi trường hỗ trợ kinh phí gia cố kè."]
    wb = h4_book("XÃ BÌNH CHÂU", "Số: 351/BC-UBND", "Bình Châu, ngày 20 tháng 11 năm 2026",
                 "Tình hình phòng, chống thiên tai và tìm kiếm cứu nạn tháng 11 năm 2026", paras,
                 ["Việc", "Số cuộc", "Số lượng", "-", "-", "-", "-", "Đến giờ"], data, D, P, "Lưu Quốc Hưng")
    wb.save(os.path.join(HERE, f))
    key(f, "26656", "Xã Bình Châu", "351/BC-UBND", "2026-11-20", [], [], [],
        status="rejected", reason="Báo cáo về phòng, chống thiên tai và tìm kiếm cứu nạn, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW (gửi nhầm).")


# ---------------------------------------------------------------- re-save, keys
def lo_resave(fname, fmt):
    tmp = tempfile.mkdtemp()
    src = os.path.join(HERE, fname)
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    out = os.path.join(tmp, os.path.basename(fname))
    shutil.move(out, src)
    shutil.rmtree(tmp, ignore_errors=True)


def main():
    for fn in [h1_ban_co, h1_tan_dinh, h1_binh_thanh, h1_linh_xuan_mistaken,
               h3_cho_lon, h3_go_vap, h3_thu_dau_mot, h3_tan_son_nhi,
               h2_cu_chi, h2_hoc_mon, h2_binh_chanh, h2_phu_giao,
               h4_con_dao, h4_long_hai, h4_xuyen_moc, h4_ba_ria, h4_binh_chau_mistaken]:
        fn()
    # as real offices do: two files re-saved through LibreOffice
    lo_resave("BC 38 phuong Binh Thanh (gui Chi cuc).docx", "docx")
    lo_resave("BC 38 xa Binh Chanh.xlsx", "xlsx")
    os.makedirs(os.path.join(HERE, "truth"), exist_ok=True)
    for fname, k in KEYS.items():
        with open(os.path.join(HERE, fname), "rb") as fh:
            k["sha256"] = hashlib.sha256(fh.read()).hexdigest()
        with open(os.path.join(HERE, "truth", fname + ".json"), "w", encoding="utf-8") as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)
    print(len(KEYS), "files")


if __name__ == "__main__":
    main()
