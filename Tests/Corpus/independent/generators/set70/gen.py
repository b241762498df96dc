# -*- coding: utf-8 -*-
"""Generator for set70. Five hands (H1..H5). Writes files + truth keys."""
import hashlib, json, os, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

FILES = []  # (fname, key) ; sha filled at end


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    FILES.append((fname, {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": [{"task": t, "status": s, "indicators": ind, "text": tx} for (t, s, ind, tx) in entries],
        "findings": [], "difficulties": diffs, "proposals": props}))


def base_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is not None:
        rf.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia', font)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d


def header_table(d, left, right, bold_left_idx=(1,)):
    t = d.add_table(rows=len(left), cols=2)
    for i, (l, r) in enumerate(zip(left, right)):
        for j, txt in enumerate((l, r)):
            c = t.cell(i, j)
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(txt)
            run.font.size = Pt(12 if j == 0 else 12)
            if (j == 0 and i in bold_left_idx) or (j == 1 and i in (0, 1)):
                run.bold = True
            if j == 1 and i == len(left) - 1:
                run.italic = True
    return t


def para(d, text, bold=False, italic=False, align=None, indent=True, size=None):
    p = d.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j" or align is None:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align != "c":
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    r = p.add_run(text)
    r.bold = bold; r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def signature(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    p = c0.paragraphs[0]
    for i, l in enumerate(left_lines):
        if i:
            p = c0.add_paragraph()
        r = p.add_run(l); r.font.size = Pt(11)
        if i == 0:
            r.bold = True; r.italic = True
    p = c1.paragraphs[0]
    for i, l in enumerate(right_lines):
        if i:
            p = c1.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(l); r.bold = True


# ---------------------------------------------------------------- H1
# Chị Lê Thị Thu Hà, công chức Kinh tế phường/xã. Numbered "1." paragraphs,
# each followed by a figure line with pipe separators "Số cuộc: 03 | ...",
# status in a plain closing sentence "Việc này ...".

def h1(fname, unit_upper, place, number, date_words, title_sub, intro, items, diffs, props, signer, chuc_vu="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"):
    d = base_doc()
    header_table(d, ["ỦY BAN NHÂN DÂN", unit_upper, "", "Số: " + number],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", place + ", " + date_words])
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c", indent=False)
    para(d, title_sub, bold=True, align="c", indent=False)
    para(d, "")
    para(d, intro)
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for i, (head, body, figs) in enumerate(items, 1):
        p = para(d, "")
        r = p.add_run(f"{i}. {head}. "); r.bold = True
        p.add_run(body)
        if figs:
            q = para(d, figs, italic=True)
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in diffs:
        para(d, "- " + x)
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for x in props:
        para(d, "- " + x)
    para(d, "Trên đây là báo cáo của Ủy ban nhân dân " + place_full(unit_upper) + "./.")
    signature(d, ["Nơi nhận:", "- Chi cục TĐC TP.HCM;", "- TT. Đảng ủy, TT. HĐND;", "- Lưu: VT, KT."],
              chuc_vu.split("\n") + ["", "", "", signer])
    d.save(os.path.join(OUT, fname))


def place_full(u):
    return u.title().replace("Xã ", "xã ").replace("Phường ", "phường ").replace("Đặc Khu ", "đặc khu ")


# ---- file 1 : Phường Bình Thạnh
f = "BC-412-CT38-PhuongBinhThanh.docx"
it = [
    ("Tuyên truyền, tập huấn cho hộ kinh doanh",
     "Phường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức buổi tập huấn phổ biến Luật Đo lường, quy định về ghi nhãn hàng hóa cho hộ kinh doanh tại chợ và các tuyến đường kinh doanh; đăng tin, bài trên trang thông tin điện tử phường. Việc này phường đã làm xong.",
     "Lớp tập huấn: 01 | Người dự: 85 | Tin, bài: 04"),
    ("Phối hợp kiểm tra đo lường tại chợ",
     "Tổ công tác phường phối hợp Chi cục kiểm tra cân tại chợ Cây Thị, chợ Văn Thánh và các điểm kinh doanh trái cây tự phát; lập biên bản, ra quyết định xử phạt các trường hợp sử dụng cân sai số vượt mức cho phép. Việc này còn đang làm, quý IV phường tiếp tục kiểm tra chợ tạm dịp Tết.",
     "Số cuộc: 03 | Hộ, cơ sở được kiểm tra: 26 | Vi phạm: 02 | Phạt tiền: 3,5 triệu đồng"),
    ("Cử công chức đi tập huấn nghiệp vụ",
     "Phường cử công chức Kinh tế và công chức Văn hóa - Xã hội dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức ngày 18/6/2026. Việc này phường đã làm xong.",
     "Công chức được cử đi: 02"),
    ("Hệ thống quản lý chất lượng ISO",
     "Bộ phận Một cửa phường tiếp tục duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, rà soát lại các quy trình sau sắp xếp đơn vị hành chính. Việc này vẫn đang làm, dự kiến công bố lại trong tháng 12/2026.",
     "Quy trình đã rà soát: 38"),
    ("Khen thưởng người tố giác vi phạm",
     "Trong kỳ phường không nhận được tin báo, tố giác nào về vi phạm tiêu chuẩn, đo lường, chất lượng. Việc này không phát sinh.",
     None),
]
h1(f, "PHƯỜNG BÌNH THẠNH", "Bình Thạnh", "412/BC-UBND", "ngày 27 tháng 10 năm 2026",
   "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026\n(theo Chỉ thị số 38-CT/TW)",
   "Thực hiện Công văn của Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Bình Thạnh báo cáo như sau:",
   it,
   ["Phường chưa có cán bộ chuyên trách về tiêu chuẩn, đo lường, chất lượng; công chức Kinh tế kiêm nhiệm nhiều việc.",
    "Chưa có cân đối chứng đặt tại các chợ để người dân tự kiểm tra."],
   ["Đề nghị Chi cục hỗ trợ phường 02 cân đối chứng cho chợ Cây Thị và chợ Văn Thánh.",
    "Đề nghị Chi cục tổ chức thêm lớp tập huấn nghiệp vụ cho công chức mới của phường."],
   "Nguyễn Văn Lộc")
key(f, "26929", "Phường Bình Thạnh", "412/BC-UBND", "2026-10-27", [
    ("II.1.a", "completed", {"training_courses": 1, "participants": 85, "communications": 4}, it[0][1] + " " + it[0][2]),
    ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 26, "violations": 2, "fines_vnd": 3500000}, it[1][1] + " " + it[1][2]),
    ("II.3.a", "completed", {"participants": 2}, it[2][1] + " " + it[2][2]),
    ("II.2.đ", "in_progress", {}, it[3][1]),
    ("II.5.d", "not_applicable", {}, it[4][1]),
], ["Phường chưa có cán bộ chuyên trách về tiêu chuẩn, đo lường, chất lượng; công chức Kinh tế kiêm nhiệm nhiều việc.",
    "Chưa có cân đối chứng đặt tại các chợ để người dân tự kiểm tra."],
   ["Đề nghị Chi cục hỗ trợ phường 02 cân đối chứng cho chợ Cây Thị và chợ Văn Thánh.",
    "Đề nghị Chi cục tổ chức thêm lớp tập huấn nghiệp vụ cho công chức mới của phường."])

# ---- file 2 : Xã Củ Chi
f = "CuChi_baocao_TDC_2026.docx"
it = [
    ("Tuyên truyền về tiêu chuẩn, đo lường, chất lượng",
     "Xã đăng tin, bài về ghi nhãn hàng hóa, cân đong đúng trên trang thông tin điện tử xã và Đài truyền thanh xã. Việc này còn làm tiếp đến cuối năm.",
     "Tin, bài: 05"),
    ("Hướng dẫn hợp tác xã làm truy xuất nguồn gốc",
     "Phối hợp Phòng Kinh tế hướng dẫn các hợp tác xã, tổ hợp tác rau an toàn, bò sữa đăng ký mã số mã vạch, dán tem truy xuất nguồn gốc sản phẩm. Việc này đang làm, còn 03 hợp tác xã đang hoàn thiện hồ sơ.",
     "Hợp tác xã, tổ hợp tác được hướng dẫn: 07"),
    ("Phối hợp kiểm tra cửa hàng xăng dầu",
     "Xã phối hợp Chi cục kiểm tra đo lường tại các cửa hàng xăng dầu dọc Quốc lộ 22 và Tỉnh lộ 8; các cửa hàng đều chấp hành tốt, không phát hiện vi phạm. Các đợt kiểm tra theo kế hoạch năm, việc này đã làm xong.",
     "Số cuộc: 02 | Cửa hàng được kiểm tra: 09 | Vi phạm: 0"),
    ("Cử công chức tập huấn",
     "Lớp tập huấn nghiệp vụ của Chi cục tháng 6/2026 trùng lịch tiếp công dân nên xã chưa cử người tham dự. Việc này xã chưa làm được.",
     None),
]
h1(f, "XÃ CỦ CHI", "Củ Chi", "156/BC-UBND", "ngày 30 tháng 10 năm 2026",
   "Tình hình thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
   "Ủy ban nhân dân xã Củ Chi báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn xã như sau:",
   it,
   ["Địa bàn xã rộng, nhiều cửa hàng xăng dầu dọc Quốc lộ 22 và Tỉnh lộ 8 trong khi lực lượng kiểm tra của xã mỏng."],
   ["Đề nghị Chi cục thông báo lịch tập huấn sớm để xã bố trí người tham dự."],
   "Trần Minh Tâm")
key(f, "27553", "Xã Củ Chi", "156/BC-UBND", "2026-10-30", [
    ("II.1.a", "in_progress", {"communications": 5}, it[0][1] + " " + it[0][2]),
    ("II.2.a", "in_progress", {"enterprises_supported": 7}, it[1][1] + " " + it[1][2]),
    ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 9, "violations": 0}, it[2][1] + " " + it[2][2]),
    ("II.3.a", "not_started", {}, it[3][1]),
], ["Địa bàn xã rộng, nhiều cửa hàng xăng dầu dọc Quốc lộ 22 và Tỉnh lộ 8 trong khi lực lượng kiểm tra của xã mỏng."],
   ["Đề nghị Chi cục thông báo lịch tập huấn sớm để xã bố trí người tham dự."])

# ---- file 3 : Phường Thủ Dầu Một
f = "bao cao CT38 - P.ThuDauMot.docx"
it = [
    ("Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
     "Phường gửi thư mời, gặp gỡ trực tiếp và vận động các doanh nghiệp sản xuất trên địa bàn tìm hiểu, đăng ký tham dự Giải thưởng Chất lượng Quốc gia năm 2026. Việc này phường đã làm xong.",
     "Doanh nghiệp được vận động, hướng dẫn: 03"),
    ("Hội nghị phổ biến quy định ghi nhãn hàng hóa",
     "Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức hội nghị phổ biến Nghị định 111/2021/NĐ-CP về nhãn hàng hóa cho doanh nghiệp, hộ kinh doanh. Việc này phường đã làm xong.",
     "Hội nghị: 02 | Đại biểu: 160"),
    ("Phối hợp kiểm tra trên địa bàn",
     "Phường phối hợp Chi cục kiểm tra đo lường, chất lượng, nhãn hàng hóa tại chợ Thủ Dầu Một, cửa hàng xăng dầu và cơ sở kinh doanh mũ bảo hiểm; xử phạt theo thẩm quyền. Việc này còn đang làm.",
     "Số cuộc: 04 | Cơ sở được kiểm tra: 31 | Vi phạm: 05 | Phạt tiền: 12,75 triệu đồng"),
    ("Áp dụng ISO tại Ủy ban nhân dân phường",
     "Phường đã xây dựng, công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 ngày 15/8/2026 cho toàn bộ thủ tục hành chính thuộc thẩm quyền. Việc này phường đã làm xong.",
     None),
]
h1(f, "PHƯỜNG THỦ DẦU MỘT", "Thủ Dầu Một", "289/BC-UBND", "ngày 29 tháng 10 năm 2026",
   "Kết quả triển khai Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
   "Căn cứ Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ và đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân phường Thủ Dầu Một báo cáo kết quả như sau:",
   it,
   ["Kinh phí cho hoạt động kiểm tra, lấy mẫu ở phường chưa được bố trí riêng."],
   ["Kiến nghị Sở Khoa học và Công nghệ hướng dẫn cụ thể thẩm quyền xử phạt của Chủ tịch UBND phường trong lĩnh vực đo lường, chất lượng.",
    "Đề nghị bố trí kinh phí lấy mẫu khảo sát chất lượng cho phường."],
   "Võ Thị Kim Ngân", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH")
key(f, "25747", "Phường Thủ Dầu Một", "289/BC-UBND", "2026-10-29", [
    ("II.1.b", "completed", {"enterprises_supported": 3}, it[0][1] + " " + it[0][2]),
    ("II.1.a", "completed", {"training_courses": 2, "participants": 160}, it[1][1] + " " + it[1][2]),
    ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 31, "violations": 5, "fines_vnd": 12750000}, it[2][1] + " " + it[2][2]),
    ("II.2.đ", "completed", {}, it[3][1]),
], ["Kinh phí cho hoạt động kiểm tra, lấy mẫu ở phường chưa được bố trí riêng."],
   ["Kiến nghị Sở Khoa học và Công nghệ hướng dẫn cụ thể thẩm quyền xử phạt của Chủ tịch UBND phường trong lĩnh vực đo lường, chất lượng.",
    "Đề nghị bố trí kinh phí lấy mẫu khảo sát chất lượng cho phường."])

# ---- file 4 : Phường Bà Rịa — MISTAKEN (an toàn thực phẩm)
f = "BaRia_BC_ATTP_10thang.docx"
it = [
    ("Tuyên truyền an toàn thực phẩm",
     "Phường tổ chức tuyên truyền Luật An toàn thực phẩm, phát tờ rơi tại các bếp ăn tập thể, trường mầm non; treo băng rôn Tháng hành động vì an toàn thực phẩm. Việc này phường đã làm xong.",
     "Buổi tuyên truyền: 06 | Tờ rơi: 1.500 | Băng rôn: 12"),
    ("Kiểm tra cơ sở kinh doanh dịch vụ ăn uống",
     "Đoàn kiểm tra liên ngành phường kiểm tra các cơ sở kinh doanh dịch vụ ăn uống, thức ăn đường phố dịp Tết Nguyên đán và Tháng hành động. Việc này còn đang làm.",
     "Số cuộc: 05 | Cơ sở: 64 | Vi phạm: 09 | Phạt tiền: 28 triệu đồng"),
    ("Ngộ độc thực phẩm",
     "Trong 10 tháng không xảy ra vụ ngộ độc thực phẩm trên địa bàn. Việc này không phát sinh.",
     None),
]
h1(f, "PHƯỜNG BÀ RỊA", "Bà Rịa", "501/BC-UBND", "ngày 28 tháng 10 năm 2026",
   "Công tác bảo đảm an toàn thực phẩm 10 tháng năm 2026",
   "Thực hiện chỉ đạo của Sở An toàn thực phẩm Thành phố, Ủy ban nhân dân phường Bà Rịa báo cáo công tác bảo đảm an toàn thực phẩm 10 tháng năm 2026 như sau:",
   it,
   ["Nhiều cơ sở thức ăn đường phố không cố định, khó quản lý."],
   ["Đề nghị Sở An toàn thực phẩm hỗ trợ test nhanh cho phường."],
   "Phan Thanh Hùng")
key(f, "26560", "Phường Bà Rịa", "501/BC-UBND", "2026-10-28", [], [], [],
    status="rejected", reason="Báo cáo công tác bảo đảm an toàn thực phẩm gửi nhầm, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW.")


# ---------------------------------------------------------------- H2
# Anh Phạm Quốc Bảo, chuyên viên ở các Sở. Công văn; "•" bullets each ending with
# the evidence document in parentheses, then an em dash and a lowercase
# "tình trạng: ..." tail.

def h2(fname, so_upper, dept_name, number, place_date, vv, intro, bullets, diffs, props, signer, ky="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"):
    d = base_doc()
    header_table(d, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", so_upper, "", "Số: " + number, vv],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "", place_date, ""], bold_left_idx=(2,))
    para(d, "")
    para(d, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh\n(Chi cục Tiêu chuẩn Đo lường Chất lượng)", align="c", indent=False)
    para(d, intro)
    para(d, "1. Kết quả thực hiện", bold=True, indent=False)
    for b in bullets:
        p = para(d, "• " + b, indent=False)
        p.paragraph_format.left_indent = Cm(0.75)
    para(d, "2. Khó khăn, vướng mắc", bold=True, indent=False)
    for x in diffs:
        para(d, "• " + x, indent=False)
    para(d, "3. Kiến nghị, đề xuất", bold=True, indent=False)
    for x in props:
        para(d, "• " + x, indent=False)
    para(d, dept_name + " kính báo cáo Sở Khoa học và Công nghệ tổng hợp./.")
    signature(d, ["Nơi nhận:", "- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT."], ky.split("\n") + ["", "", "", signer])
    d.save(os.path.join(OUT, fname))


# ---- file 5 : Sở Công Thương
f = "SCT_6215_bao cao CT38.docx"
b = [
    "Tham gia góp ý các dự thảo tiêu chuẩn, quy chuẩn kỹ thuật trong lĩnh vực xăng dầu, khí dầu mỏ hóa lỏng và an toàn điện: đã góp ý 05 dự thảo (03 QCVN, 02 TCVN) (Công văn số 2874/SCT-QLCN ngày 14/5/2026 và Công văn số 4102/SCT-QLCN ngày 22/7/2026) — tình trạng: đã xong.",
    "Phối hợp kiểm tra đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng tại cửa hàng bán lẻ: thành lập 06 đoàn kiểm tra, kiểm tra 48 cửa hàng, phát hiện 07 cơ sở vi phạm, xử phạt 86.500.000 đồng (Quyết định số 1126/QĐ-SCT ngày 03/4/2026) — tình trạng: đang làm, tiếp tục đến hết tháng 12/2026.",
    "Tổ chức hội nghị phổ biến quy định về nhãn hàng hóa, tiêu chuẩn cơ sở cho doanh nghiệp tham gia chương trình đưa hàng Việt về nông thôn: 02 hội nghị, 310 đại biểu doanh nghiệp tham dự (Kế hoạch số 905/KH-SCT ngày 10/3/2026) — tình trạng: đã xong.",
    "Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở, chuyển đổi sang áp dụng trên môi trường điện tử (Quyết định số 77/QĐ-SCT ngày 15/01/2026) — tình trạng: đang làm.",
    "Cập nhật thông tin về các hiệp định thương mại tự do, cảnh báo rào cản kỹ thuật trong thương mại (TBT) cho doanh nghiệp xuất khẩu: phát hành 14 bản tin (đăng trên Cổng thông tin điện tử Sở) — tình trạng: đang làm, thực hiện thường xuyên.",
]
D = ["Lực lượng Quản lý thị trường không còn trực thuộc Sở nên việc phối hợp kiểm tra phải qua nhiều đầu mối.",
     "Chưa có phần mềm dùng chung để chia sẻ kết quả kiểm tra giữa các sở, ngành."]
P = ["Đề nghị Sở Khoa học và Công nghệ chủ trì xây dựng cơ sở dữ liệu dùng chung về kết quả kiểm tra tiêu chuẩn, đo lường, chất lượng.",
     "Đề nghị Chi cục TĐC cung cấp danh sách cửa hàng xăng dầu đã kiểm tra trong năm để tránh trùng lặp."]
h2(f, "SỞ CÔNG THƯƠNG", "Sở Công Thương", "6215/SCT-QLCN", "Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026",
   "V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
   "Phúc đáp đề nghị của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo các nội dung Sở được giao phối hợp như sau:",
   b, D, P, "Lâm Quang Thái")
key(f, "SO-CT", "Sở Công Thương", "6215/SCT-QLCN", "2026-11-02", [
    ("II.2.e", "completed", {"standards_reviewed": 5}, b[0]),
    ("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 48, "violations": 7, "fines_vnd": 86500000}, b[1]),
    ("II.1.a", "completed", {"training_courses": 2, "participants": 310}, b[2]),
    ("II.2.đ", "in_progress", {}, b[3]),
    ("II.6.a", "in_progress", {"communications": 14}, b[4]),
], D, P)

# ---- file 6 : Sở Y tế
f = "SYT-bao-cao-KH38-nam-2026.docx"
b = [
    "Góp ý dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế và thực phẩm bảo vệ sức khỏe theo đề nghị của Bộ Y tế và Bộ Khoa học và Công nghệ: 04 dự thảo QCVN (Công văn số 3391/SYT-NVY ngày 08/6/2026) — tình trạng: đã xong.",
    "Triển khai, duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Văn phòng Sở và các đơn vị trực thuộc; đến nay 32/35 đơn vị đã công bố (Kế hoạch số 612/KH-SYT ngày 20/02/2026) — tình trạng: đang làm, 03 đơn vị mới sáp nhập đang xây dựng.",
    "Phối hợp Chi cục TĐC kiểm tra đo lường đối với phương tiện đo nhóm 2 (huyết áp kế, nhiệt kế y học, cân sức khỏe) tại cơ sở khám bệnh, chữa bệnh tư nhân: 02 đoàn, 17 cơ sở được kiểm tra, 03 cơ sở vi phạm, phạt 22.000.000 đồng (Quyết định số 2240/QĐ-SYT ngày 11/5/2026) — tình trạng: đang làm.",
    "Cử 06 công chức, viên chức dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức (Công văn số 3012/SYT-TCCB ngày 12/6/2026) — tình trạng: đã xong.",
    "Khen thưởng, bảo vệ người tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng trong ngành y tế: không phát sinh trường hợp nào (không có văn bản) — tình trạng: không phát sinh.",
]
D = ["Danh mục phương tiện đo nhóm 2 trong lĩnh vực y tế nhiều chủng loại, nhiều cơ sở tư nhân chưa lập sổ theo dõi kiểm định."]
P = ["Đề nghị Chi cục TĐC phối hợp tổ chức hướng dẫn riêng cho cơ sở khám bệnh, chữa bệnh tư nhân về kiểm định phương tiện đo.",
     "Đề nghị Sở Khoa học và Công nghệ cung cấp danh sách tổ chức kiểm định được chỉ định trên địa bàn Thành phố."]
h2(f, "SỞ Y TẾ", "Sở Y tế", "8830/SYT-NVY", "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
   "V/v báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026",
   "Sở Y tế nhận được Công văn của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Sở Y tế báo cáo như sau:",
   b, D, P, "Nguyễn Anh Dũng")
key(f, "SO-YT", "Sở Y tế", "8830/SYT-NVY", "2026-10-30", [
    ("II.2.e", "completed", {"standards_reviewed": 4}, b[0]),
    ("II.2.đ", "in_progress", {}, b[1]),
    ("II.5.a", "in_progress", {"inspections": 2, "establishments_inspected": 17, "violations": 3, "fines_vnd": 22000000}, b[2]),
    ("II.3.a", "completed", {"participants": 6}, b[3]),
    ("II.5.d", "not_applicable", {}, b[4]),
], D, P)

# ---- file 7 : Sở Xây dựng (re-saved through LibreOffice)
f = "SXD 12417 - BC TDC CT38.docx"
b = [
    "Góp ý dự thảo quy chuẩn, tiêu chuẩn về sản phẩm, hàng hóa vật liệu xây dựng (sửa đổi QCVN 16:2023/BXD) và an toàn cháy cho nhà và công trình: đã góp ý 08 dự thảo (02 QCVN, 06 TCVN) (Công văn số 5530/SXD-QLCL ngày 19/6/2026) — tình trạng: đã xong.",
    "Kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng lưu thông trên thị trường (thép, xi măng, kính, gạch ốp lát): 03 đoàn kiểm tra, 21 cơ sở, lấy 18 mẫu thử nghiệm, 02 cơ sở vi phạm, phạt 40.000.000 đồng (Kế hoạch số 2104/KH-SXD ngày 27/3/2026) — tình trạng: đang làm, đợt 4 dự kiến tháng 12/2026.",
    "Tiếp nhận, hướng dẫn doanh nghiệp công bố hợp quy sản phẩm vật liệu xây dựng: hướng dẫn 97 doanh nghiệp, tiếp nhận 146 bản công bố (đăng tải trên Cổng thông tin điện tử Sở) — tình trạng: đang làm, thực hiện thường xuyên.",
    "Rà soát năng lực phòng thí nghiệm chuyên ngành xây dựng (LAS-XD) trên địa bàn, đề nghị mở rộng phép thử phục vụ quản lý (Công văn số 6018/SXD-QLCL ngày 03/8/2026) — tình trạng: đang làm.",
    "Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở; đã công bố lại ngày 20/5/2026 (Quyết định số 415/QĐ-SXD) — tình trạng: đã xong.",
]
D = ["Một số phép thử vật liệu xây dựng mới theo QCVN 16 chưa có phòng thí nghiệm trên địa bàn đủ năng lực thực hiện."]
P = ["Đề nghị Sở Khoa học và Công nghệ phối hợp thông tin danh sách tổ chức thử nghiệm được chỉ định cho nhóm vật liệu xây dựng mới."]
h2(f, "SỞ XÂY DỰNG", "Sở Xây dựng", "12417/SXD-QLCL", "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026",
   "V/v báo cáo kết quả triển khai Chỉ thị 38-CT/TW năm 2026",
   "Thực hiện đề nghị của Sở Khoa học và Công nghệ, Sở Xây dựng báo cáo kết quả thực hiện các nhiệm vụ liên quan tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
   b, D, P, "Huỳnh Thanh Khiết")
key(f, "SO-XD", "Sở Xây dựng", "12417/SXD-QLCL", "2026-10-29", [
    ("II.2.e", "completed", {"standards_reviewed": 8}, b[0]),
    ("II.5.a", "in_progress", {"inspections": 3, "establishments_inspected": 21, "samples_tested": 18, "violations": 2, "fines_vnd": 40000000}, b[1]),
    ("II.2.d", "in_progress", {"enterprises_supported": 97}, b[2]),
    ("II.2.g", "in_progress", {}, b[3]),
    ("II.2.đ", "completed", {}, b[4]),
], D, P)


# ---------------------------------------------------------------- H3
# Chị Đỗ Thị Phương Thảo (Chi cục) / same hand copied by two localities.
# Per task: a bold short title, then three labelled lines
# "Nội dung:" (own paraphrase), "Đã làm:" (figures), "Thời gian thực tế: … – <status>".

def h3(fname, org_top, org, number, place_date, title, intro, blocks, diffs, props, signer, ky):
    d = base_doc(size=13)
    header_table(d, [org_top, org, "", "Số: " + number],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", place_date])
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c", indent=False)
    para(d, title, bold=True, align="c", indent=False)
    para(d, intro)
    para(d, "A. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", bold=True, indent=False)
    for i, (t, nd, dl, tg) in enumerate(blocks, 1):
        para(d, f"{i}) {t}", bold=True, indent=False)
        for lab, val in (("Nội dung:", nd), ("Đã làm:", dl), ("Thời gian thực tế:", tg)):
            p = d.add_paragraph(); p.paragraph_format.left_indent = Cm(1); p.paragraph_format.space_after = Pt(2)
            r = p.add_run(lab + " "); r.italic = True
            p.add_run(val)
    para(d, "B. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for i, x in enumerate(diffs, 1):
        para(d, f"{i}. {x}")
    para(d, "C. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for i, x in enumerate(props, 1):
        para(d, f"{i}. {x}")
    signature(d, ["Nơi nhận:", "- Như trên;", "- Lưu: VT."], ky.split("\n") + ["", "", "", signer])
    d.save(os.path.join(OUT, fname))


# ---- file 8 : Chi cục TĐC
f = "ChiCucTDC_BC_1187_KH38_2026.docx"
bl = [
    ("Tập huấn văn bản pháp luật, tọa đàm doanh nghiệp nhập khẩu",
     "mở lớp phổ biến Luật Đo lường, Luật Chất lượng sản phẩm hàng hóa, các nghị định hướng dẫn cho doanh nghiệp; tọa đàm với doanh nghiệp nhập khẩu về kiểm tra nhà nước hàng nhập khẩu.",
     "05 lớp tập huấn và 01 buổi tọa đàm (tổng cộng 06), có 742 lượt người tham dự.",
     "tháng 3 đến tháng 9/2026 – Hoàn thành."),
    ("Vận động tham dự Giải thưởng Chất lượng Quốc gia",
     "tuyên truyền, hướng dẫn tổ chức, doanh nghiệp tham dự Giải thưởng.",
     "hướng dẫn trực tiếp 27 doanh nghiệp; nhận 09 hồ sơ đăng ký tham dự.",
     "quý I và quý II/2026 – Hoàn thành."),
    ("Chương trình năng suất chất lượng, đo lường, truy xuất nguồn gốc",
     "triển khai Chương trình 1322, Kế hoạch 36, Đề án 996 và Đề án 100 trên địa bàn Thành phố.",
     "hỗ trợ 15 doanh nghiệp áp dụng công cụ cải tiến năng suất và hệ thống truy xuất nguồn gốc; kinh phí đã giải ngân 120.500.000 đồng.",
     "từ tháng 4/2026, đến nay chưa kết thúc – Đang thực hiện."),
    ("Tổ chức xét Giải thưởng Chất lượng Quốc gia",
     "tổ chức Hội đồng sơ tuyển, đánh giá hồ sơ theo kế hoạch của Ủy ban TCĐLCL Quốc gia.",
     "Hội đồng sơ tuyển đã đánh giá 09 hồ sơ, đề xuất 06 doanh nghiệp lên Hội đồng quốc gia.",
     "tháng 7 – 10/2026, đang chờ kết quả Hội đồng quốc gia – Đang thực hiện."),
    ("Góp ý, xây dựng tiêu chuẩn, quy chuẩn",
     "góp ý dự thảo TCVN, QCVN của các Bộ; xây dựng quy chuẩn kỹ thuật địa phương.",
     "góp ý 23 dự thảo TCVN, QCVN và đang xây dựng 01 quy chuẩn kỹ thuật địa phương về nước sạch (tổng cộng 24 văn bản).",
     "cả năm 2026; quy chuẩn địa phương dự kiến trình trong quý IV – Đang thực hiện."),
    ("Hệ thống thông tin giải quyết thủ tục hành chính",
     "đề xuất cải tiến hệ thống thông tin giải quyết TTHC của Bộ, kết nối Cổng một cửa quốc gia đối với đăng ký kiểm tra hàng nhập khẩu.",
     "đã kết nối liên thông, tiếp nhận hồ sơ đăng ký kiểm tra trên Cổng một cửa quốc gia từ ngày 16/3/2026.",
     "quý I/2026 – Hoàn thành."),
    ("Tập huấn cho công chức sở, ngành, xã, phường",
     "tập huấn, cập nhật kiến thức quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho công chức.",
     "02 lớp tập huấn với 318 học viên là công chức sở, ngành và UBND phường, xã, đặc khu.",
     "tháng 6 và tháng 8/2026 – Hoàn thành."),
    ("Bảo trì, kiểm định phương tiện kỹ thuật nghiệp vụ",
     "kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra theo Nghị định 135/2021/NĐ-CP.",
     "kiểm định, hiệu chuẩn 42 phương tiện, thiết bị; kinh phí 64.300.000 đồng.",
     "tháng 5/2026 – Hoàn thành."),
    ("Kiểm tra về tiêu chuẩn, đo lường, chất lượng",
     "kiểm tra hàng hóa trong sản xuất, nhập khẩu, lưu thông.",
     "14 đoàn kiểm tra, 163 cơ sở được kiểm tra, 29 cơ sở vi phạm, xử phạt 318.750.000 đồng.",
     "thường xuyên trong năm – Đang thực hiện."),
    ("Khảo sát chất lượng sản phẩm, hàng hóa",
     "khảo sát chất lượng xăng dầu, mũ bảo hiểm, đồ chơi trẻ em để cảnh báo.",
     "lấy 120 mẫu khảo sát, kết quả đã gửi Phòng Kiểm tra – Pháp chế và thông tin trên trang của Chi cục.",
     "tháng 4 – 9/2026 – Hoàn thành."),
    ("Hợp tác với APO về năng suất khu vực công",
     "phối hợp Ủy ban TCĐLCL Quốc gia và APO khi có yêu cầu.",
     "trong kỳ chưa nhận được yêu cầu.",
     "không có – Không phát sinh."),
]
D = ["Biên chế Chi cục mỏng trong khi số phường, xã, đặc khu cần hướng dẫn sau sắp xếp tăng nhiều.",
     "Thiết bị kiểm tra nhanh chất lượng xăng dầu đã cũ, thường xuyên phải hiệu chuẩn lại.",
     "Doanh nghiệp chưa mặn mà với Giải thưởng Chất lượng Quốc gia do hồ sơ phức tạp."]
P = ["Đề nghị Sở bổ sung kinh phí mua sắm 02 bộ thiết bị kiểm tra nhanh xăng dầu năm 2027.",
     "Đề nghị Sở có văn bản đôn đốc UBND phường, xã, đặc khu phân công công chức đầu mối về tiêu chuẩn, đo lường, chất lượng.",
     "Kiến nghị Bộ Khoa học và Công nghệ đơn giản hóa hồ sơ tham dự Giải thưởng Chất lượng Quốc gia."]
h3(f, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "1187/BC-TĐC",
   "Thành phố Hồ Chí Minh, ngày 09 tháng 11 năm 2026",
   "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
   "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo kết quả thực hiện các nhiệm vụ được giao chủ trì tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ như sau:",
   bl, D, P, "Trương Văn Phúc", "CHI CỤC TRƯỞNG")
codes = ["II.1.a", "II.1.b", "II.2.a", "II.2.b", "II.2.e", "II.2.h", "II.3.a", "II.4.b", "II.5.a", "II.5.b", "II.6.b"]
sts = ["completed", "completed", "in_progress", "in_progress", "in_progress", "completed", "completed", "completed", "in_progress", "completed", "not_applicable"]
inds = [{"training_courses": 6, "participants": 742}, {"enterprises_supported": 27}, {"enterprises_supported": 15, "budget_spent_vnd": 120500000},
        {}, {"standards_reviewed": 24}, {}, {"training_courses": 2, "participants": 318}, {"instruments_verified": 42, "budget_spent_vnd": 64300000},
        {"inspections": 14, "establishments_inspected": 163, "violations": 29, "fines_vnd": 318750000}, {"samples_tested": 120}, {}]
key(f, "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "1187/BC-TĐC", "2026-11-09",
    [(c, s, ind, f"{x[0]}. Nội dung: {x[1]} Đã làm: {x[2]} Thời gian thực tế: {x[3]}") for c, s, ind, x in zip(codes, sts, inds, bl)], D, P)

# ---- file 9 : Phường Dĩ An
f = "DiAn-BC203-TDC.docx"
bl = [
    ("Tuyên truyền, phổ biến cho hộ kinh doanh",
     "phổ biến quy định về đo lường, nhãn hàng hóa cho hộ kinh doanh tại chợ Dĩ An và khu công nghiệp.",
     "01 hội nghị với 120 hộ kinh doanh tham dự; đăng 03 tin bài trên trang thông tin của phường.",
     "tháng 5/2026 – Hoàn thành."),
    ("Phối hợp kiểm tra đo lường, chất lượng",
     "phối hợp Chi cục kiểm tra cân tại chợ, cửa hàng xăng dầu theo phân cấp.",
     "02 cuộc kiểm tra, 15 cơ sở, 01 cơ sở vi phạm, phạt 2.500.000 đồng.",
     "từ tháng 6/2026, còn tiếp tục – Đang thực hiện."),
    ("ISO tại UBND phường",
     "xây dựng lại hệ thống quản lý chất lượng TCVN ISO 9001:2015 sau sắp xếp.",
     "đã công bố hệ thống ngày 05/9/2026.",
     "tháng 7 – 9/2026 – Hoàn thành."),
    ("Cử công chức tập huấn",
     "cử công chức dự tập huấn nghiệp vụ của Chi cục.",
     "cử 01 công chức Kinh tế dự lớp ngày 20/8/2026.",
     "tháng 8/2026 – Hoàn thành."),
]
D = ["Công chức phụ trách mới, chưa có kinh nghiệm về đo lường, chất lượng."]
P = ["Đề nghị Chi cục gửi tài liệu hướng dẫn nghiệp vụ kiểm tra cân tại chợ cho phường."]
h3(f, "ỦY BAN NHÂN DÂN", "PHƯỜNG DĨ AN", "203/BC-UBND", "Dĩ An, ngày 31 tháng 10 năm 2026",
   "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
   "Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Dĩ An báo cáo kết quả như sau:",
   bl, D, P, "Lê Hoàng Nam", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
codes = ["II.1.a", "II.5.c", "II.2.đ", "II.3.a"]
sts = ["completed", "in_progress", "completed", "completed"]
inds = [{"training_courses": 1, "participants": 120, "communications": 3},
        {"inspections": 2, "establishments_inspected": 15, "violations": 1, "fines_vnd": 2500000}, {}, {"participants": 1}]
key(f, "25942", "Phường Dĩ An", "203/BC-UBND", "2026-10-31",
    [(c, s, ind, f"{x[0]}. Nội dung: {x[1]} Đã làm: {x[2]} Thời gian thực tế: {x[3]}") for c, s, ind, x in zip(codes, sts, inds, bl)], D, P)

# ---- file 10 : Đặc khu Côn Đảo
f = "ConDao_bao cao CT38_2026.docx"
bl = [
    ("Tuyên truyền",
     "tuyên truyền về đo lường, chất lượng hàng hóa phục vụ khách du lịch.",
     "04 tin bài trên Đài Truyền thanh – Truyền hình đặc khu.",
     "từ tháng 3/2026 đến nay – Đang thực hiện."),
    ("Phối hợp kiểm tra",
     "phối hợp kiểm tra cửa hàng xăng dầu, cân tại chợ Côn Đảo.",
     "01 đoàn kiểm tra liên ngành, kiểm tra 11 cơ sở, không có vi phạm (0 trường hợp).",
     "tháng 7/2026 – Hoàn thành."),
    ("Cử công chức tập huấn",
     "cử công chức tham dự tập huấn của Chi cục.",
     "chưa cử được do lịch tàu, thời tiết.",
     "chưa có – Chưa thực hiện."),
    ("ISO tại UBND đặc khu",
     "xây dựng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.",
     "đang rà soát quy trình, dự kiến công bố tháng 12/2026.",
     "từ tháng 9/2026 – Đang thực hiện."),
]
D = ["Đi lại giữa đặc khu và đất liền phụ thuộc thời tiết, chi phí cử người đi tập huấn lớn."]
P = ["Đề nghị Chi cục tổ chức tập huấn trực tuyến để công chức đặc khu tham dự."]
h3(f, "ỦY BAN NHÂN DÂN", "ĐẶC KHU CÔN ĐẢO", "88/BC-UBND", "Côn Đảo, ngày 26 tháng 10 năm 2026",
   "Tình hình thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026",
   "Ủy ban nhân dân đặc khu Côn Đảo báo cáo kết quả thực hiện các nội dung về tiêu chuẩn, đo lường, chất lượng năm 2026 như sau:",
   bl, D, P, "Nguyễn Thị Hồng Vân", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
codes = ["II.1.a", "II.5.c", "II.3.a", "II.2.đ"]
sts = ["in_progress", "completed", "not_started", "in_progress"]
inds = [{"communications": 4}, {"inspections": 1, "establishments_inspected": 11, "violations": 0}, {}, {}]
key(f, "26732", "Đặc khu Côn Đảo", "88/BC-UBND", "2026-10-26",
    [(c, s, ind, f"{x[0]}. Nội dung: {x[1]} Đã làm: {x[2]} Thời gian thực tế: {x[3]}") for c, s, ind, x in zip(codes, sts, inds, bl)], D, P)


# ---------------------------------------------------------------- H4
# Anh Nguyễn Hữu Khang, văn phòng UBND phường/xã, Excel. One row per task,
# figures inside the "Kết quả" text, status as a one-letter code
# X / Đ / C / K whose legend is in the column header itself.
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def h4(fname, unit_upper, number, place_date, rows, diffs, props, signer):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "BC CT38"
    ws["A1"] = "UBND " + unit_upper; ws["A1"].font = Font(bold=True)
    ws["A2"] = "Số: " + number
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(bold=True)
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["D3"] = place_date; ws["D3"].font = Font(italic=True)
    ws.merge_cells("A5:E5")
    ws["A5"] = "KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"
    ws["A5"].font = Font(bold=True, size=13); ws["A5"].alignment = Alignment(horizontal="center")
    hdr = ["STT", "Công việc", "Kết quả", "Tình trạng\n(X: xong; Đ: đang làm; C: chưa làm; K: không phát sinh)", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(7, j, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    ws.row_dimensions[7].height = 60
    r = 8
    for i, (task, res, code, note) in enumerate(rows, 1):
        for j, v in enumerate([i, task, res, code, note], 1):
            c = ws.cell(r, j, v); c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if j in (1, 4) else "left")
        r += 1
    r += 1
    ws.cell(r, 1, "Khó khăn, vướng mắc:").font = Font(bold=True); r += 1
    for x in diffs:
        ws.cell(r, 2, "- " + x); r += 1
    ws.cell(r, 1, "Kiến nghị:").font = Font(bold=True); r += 1
    for x in props:
        ws.cell(r, 2, "- " + x); r += 1
    r += 1
    ws.cell(r, 4, "KT. CHỦ TỊCH").font = Font(bold=True)
    ws.cell(r + 1, 4, "PHÓ CHỦ TỊCH").font = Font(bold=True)
    ws.cell(r + 5, 4, signer).font = Font(bold=True)
    for col, w in zip("ABCDE", (6, 34, 60, 18, 20)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))


# ---- file 11 : Phường Vũng Tàu
f = "VungTau_BC377_CT38.xlsx"
rows = [
    ("Tuyên truyền, tập huấn hộ kinh doanh hải sản khô", "Đăng 08 tin bài trên Zalo OA phường; mở 01 lớp tập huấn về cân, ghi nhãn cho 64 hộ kinh doanh hải sản khô", "X", "Phối hợp Chi cục"),
    ("Kiểm tra cân tại chợ Vũng Tàu, chợ Xóm Lưới", "03 cuộc, 40 hộ được kiểm tra, 04 hộ vi phạm, phạt 6.000.000đ", "Đ", "Tiếp tục quý IV"),
    ("Khen thưởng người tố giác vi phạm", "Không có tin báo", "K", ""),
    ("Duy trì ISO 9001:2015 tại bộ phận một cửa", "Đã công bố lại sau sắp xếp", "X", ""),
    ("Cử công chức đi tập huấn nghiệp vụ", "Chưa có lớp phù hợp trong kỳ", "C", ""),
]
D = ["Hộ kinh doanh ở chợ thay đổi thường xuyên, khó theo dõi việc sử dụng cân."]
P = ["Đề nghị Chi cục hỗ trợ kiểm định miễn phí cân cho hộ kinh doanh nhỏ tại chợ."]
h4(f, "PHƯỜNG VŨNG TÀU", "377/BC-UBND", "Vũng Tàu, ngày 28 tháng 10 năm 2026", rows, D, P, "Đặng Văn Thuận")
key(f, "26506", "Phường Vũng Tàu", "377/BC-UBND", "2026-10-28", [
    ("II.1.a", "completed", {"communications": 8, "training_courses": 1, "participants": 64}, rows[0][0] + ": " + rows[0][1]),
    ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 40, "violations": 4, "fines_vnd": 6000000}, rows[1][0] + ": " + rows[1][1]),
    ("II.5.d", "not_applicable", {}, rows[2][0] + ": " + rows[2][1]),
    ("II.2.đ", "completed", {}, rows[3][0] + ": " + rows[3][1]),
    ("II.3.a", "not_started", {}, rows[4][0] + ": " + rows[4][1]),
], D, P)

# ---- file 12 : Xã Bình Chánh
f = "XaBinhChanh-CT38-bieu.xlsx"
rows = [
    ("Tập huấn cho cơ sở sản xuất, kinh doanh", "02 buổi tập huấn, 95 người dự (quy định nhãn hàng hóa, công bố chất lượng)", "X", ""),
    ("Hướng dẫn cơ sở làm truy xuất nguồn gốc", "Hướng dẫn 04 cơ sở sản xuất rau, nấm áp dụng tem truy xuất nguồn gốc", "Đ", "Còn 02 cơ sở đang làm hồ sơ"),
    ("Phối hợp kiểm tra đo lường xăng dầu, cân chợ", "02 cuộc, 12 cơ sở, 0 vi phạm", "Đ", ""),
    ("Phối hợp lấy mẫu khảo sát chất lượng", "Phối hợp Chi cục lấy 10 mẫu xăng dầu tại cửa hàng trên địa bàn xã", "X", "Chi cục đã gửi kết quả"),
]
D = ["Xã chưa có công chức được đào tạo chuyên sâu về đo lường.", "Cơ sở sản xuất nhỏ lẻ ngại chi phí làm tem truy xuất nguồn gốc."]
P = ["Đề nghị có chính sách hỗ trợ chi phí tem truy xuất nguồn gốc cho hộ sản xuất nhỏ."]
h4(f, "XÃ BÌNH CHÁNH", "245/BC-UBND", "Bình Chánh, ngày 03 tháng 11 năm 2026", rows, D, P, "Tô Văn Cường")
key(f, "27637", "Xã Bình Chánh", "245/BC-UBND", "2026-11-03", [
    ("II.1.a", "completed", {"training_courses": 2, "participants": 95}, rows[0][0] + ": " + rows[0][1]),
    ("II.2.a", "in_progress", {"enterprises_supported": 4}, rows[1][0] + ": " + rows[1][1]),
    ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 12, "violations": 0}, rows[2][0] + ": " + rows[2][1]),
    ("II.5.b", "completed", {"samples_tested": 10}, rows[3][0] + ": " + rows[3][1]),
], D, P)

# ---- file 13 : Phường Gò Vấp
f = "GoVap_512_tonghop_TDC.xlsx"
rows = [
    ("Tuyên truyền về tiêu chuẩn, đo lường, chất lượng", "06 tin bài trên trang thông tin điện tử và màn hình LED phường", "Đ", "Thường xuyên"),
    ("Vận động doanh nghiệp dự Giải thưởng Chất lượng Quốc gia", "Vận động 02 doanh nghiệp (cơ khí, may mặc) đăng ký tham dự", "X", ""),
    ("Phối hợp kiểm tra trên địa bàn", "05 cuộc; 37 cơ sở; 06 vi phạm; phạt 18.500.000đ", "Đ", "Chủ yếu vi phạm nhãn hàng hóa"),
    ("ISO tại UBND phường", "Đã công bố hệ thống ngày 10/7/2026", "X", ""),
    ("Cử công chức tập huấn", "02 công chức dự lớp của Chi cục", "X", ""),
]
D = ["Số cơ sở kinh doanh nhỏ lẻ nhiều, phường thiếu người có chuyên môn về đo lường, chất lượng."]
P = ["Đề nghị Chi cục tổ chức lớp tập huấn kỹ năng kiểm tra nhãn hàng hóa cho tổ công tác phường."]
h4(f, "PHƯỜNG GÒ VẤP", "512/BC-UBND", "Gò Vấp, ngày 30 tháng 10 năm 2026", rows, D, P, "Hồ Thị Mai Phương")
key(f, "26884", "Phường Gò Vấp", "512/BC-UBND", "2026-10-30", [
    ("II.1.a", "in_progress", {"communications": 6}, rows[0][0] + ": " + rows[0][1]),
    ("II.1.b", "completed", {"enterprises_supported": 2}, rows[1][0] + ": " + rows[1][1]),
    ("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 37, "violations": 6, "fines_vnd": 18500000}, rows[2][0] + ": " + rows[2][1]),
    ("II.2.đ", "completed", {}, rows[3][0] + ": " + rows[3][1]),
    ("II.3.a", "completed", {"participants": 2}, rows[4][0] + ": " + rows[4][1]),
], D, P)


# ---------------------------------------------------------------- H5
# Chị Huỳnh Ngọc Trâm, kế toán kiêm văn thư xã. Excel: the status is typed in the
# task cell itself after Alt+Enter, in capitals in parentheses; figures in
# numeric columns (number format #,##0), "Diễn giải" column; no total row;
# header block without quốc hiệu on the right, number + date on one line.
H5COLS = ["Lớp/hội nghị", "Lượt người", "Tin bài", "Cuộc KT", "Cơ sở KT", "Vi phạm", "Tiền phạt (đồng)", "Mẫu", "DN/cơ sở được HD"]
H5IDS = ["training_courses", "participants", "communications", "inspections", "establishments_inspected", "violations", "fines_vnd", "samples_tested", "enterprises_supported"]


def h5(fname, unit_upper, number, date_line, title, rows, diffs, props, signer):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Bao cao"
    ws["A1"] = "ỦY BAN NHÂN DÂN " + unit_upper; ws["A1"].font = Font(bold=True)
    ws["A2"] = f"Số: {number}          {date_line}"
    ws["A4"] = title; ws["A4"].font = Font(bold=True, size=13)
    hdr = ["STT", "Nội dung công việc"] + H5COLS + ["Diễn giải"]
    fill = PatternFill("solid", fgColor="DDEBF7")
    for j, h in enumerate(hdr, 1):
        c = ws.cell(6, j, h); c.font = Font(bold=True); c.border = BOX; c.fill = fill
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    r = 7
    for i, (task, st, figs, expl) in enumerate(rows, 1):
        ws.cell(r, 1, i)
        ws.cell(r, 2, f"{task}\n({st})")
        for k, idn in enumerate(H5IDS):
            if idn in figs:
                c = ws.cell(r, 3 + k, figs[idn]); c.number_format = "#,##0"
        ws.cell(r, 3 + len(H5IDS), expl)
        for j in range(1, len(hdr) + 1):
            ws.cell(r, j).border = BOX
            ws.cell(r, j).alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    r += 1
    ws.cell(r, 1, "* Khó khăn:").font = Font(bold=True); r += 1
    for x in diffs:
        ws.cell(r, 2, x); r += 1
    ws.cell(r, 1, "* Đề xuất:").font = Font(bold=True); r += 1
    for x in props:
        ws.cell(r, 2, x); r += 1
    r += 1
    ws.cell(r, 2, "Người lập biểu"); ws.cell(r, 9, "CHỦ TỊCH").font = Font(bold=True)
    ws.cell(r + 4, 2, "Huỳnh Ngọc Trâm"); ws.cell(r + 4, 9, signer).font = Font(bold=True)
    ws.column_dimensions["B"].width = 40; ws.column_dimensions["L"].width = 45
    for col in "CDEFGHIJK":
        ws.column_dimensions[col].width = 11
    ws.column_dimensions["I"].width = 15
    wb.save(os.path.join(OUT, fname))


# ---- file 14 : Phường Tân Định
f = "TanDinh_CT38_2026.xlsx"
rows = [
    ("Tập huấn, tuyên truyền cho hộ kinh doanh", "ĐÃ XONG", {"training_courses": 1, "participants": 70, "communications": 3}, "Lớp về nhãn hàng hóa tại chợ Tân Định; tin bài trên trang phường"),
    ("Phối hợp Chi cục kiểm tra đo lường, nhãn hàng hóa", "ĐANG LÀM", {"inspections": 4, "establishments_inspected": 28, "violations": 3, "fines_vnd": 9000000}, "Chợ Tân Định và cửa hàng trên đường Hai Bà Trưng"),
    ("Duy trì ISO 9001:2015 ở bộ phận một cửa", "ĐÃ XONG", {}, "Đã đánh giá nội bộ tháng 9"),
    ("Khen thưởng, bảo vệ người tố giác", "KHÔNG PHÁT SINH", {}, ""),
]
D = ["Hộ kinh doanh chưa quan tâm kiểm định cân định kỳ."]
P = ["Đề nghị Chi cục tăng số đợt kiểm tra liên ngành tại chợ Tân Định dịp cuối năm."]
h5(f, "PHƯỜNG TÂN ĐỊNH", "198/BC-UBND", "Tân Định, ngày 27 tháng 10 năm 2026",
   "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026", rows, D, P, "Bùi Quang Vinh")
key(f, "26737", "Phường Tân Định", "198/BC-UBND", "2026-10-27", [
    ("II.1.a", "completed", rows[0][2], rows[0][0] + " " + rows[0][3]),
    ("II.5.c", "in_progress", rows[1][2], rows[1][0] + " " + rows[1][3]),
    ("II.2.đ", "completed", {}, rows[2][0] + " " + rows[2][3]),
    ("II.5.d", "not_applicable", {}, rows[3][0]),
], D, P)

# ---- file 15 : Xã Hóc Môn (re-saved through LibreOffice)
f = "HocMon bao cao TDC nam 2026.xlsx"
rows = [
    ("Tuyên truyền trên Đài truyền thanh, trang thông tin xã", "ĐANG LÀM", {"communications": 5}, "Phát thường xuyên đến cuối năm"),
    ("Hướng dẫn cơ sở áp dụng truy xuất nguồn gốc", "ĐANG LÀM", {"enterprises_supported": 6}, "Cơ sở rau, hoa, cá cảnh"),
    ("Phối hợp kiểm tra xăng dầu, cân tại chợ", "ĐÃ XONG", {"inspections": 3, "establishments_inspected": 19, "violations": 2, "fines_vnd": 4500000}, "Theo kế hoạch năm của xã"),
    ("Cử công chức dự tập huấn nghiệp vụ TĐC", "ĐÃ XONG", {"participants": 2}, "Lớp ngày 18/6/2026"),
    ("Phối hợp lấy mẫu khảo sát", "ĐÃ XONG", {"samples_tested": 8}, "Mẫu xăng dầu, mũ bảo hiểm"),
]
D = ["Xã chưa được giao kinh phí riêng cho công tác tiêu chuẩn, đo lường, chất lượng."]
P = ["Đề nghị Thành phố bố trí kinh phí hỗ trợ xã thực hiện nhiệm vụ được phân cấp.", "Đề nghị Chi cục hướng dẫn mẫu biên bản kiểm tra dùng cho cấp xã."]
h5(f, "XÃ HÓC MÔN", "301/BC-UBND", "Hóc Môn, ngày 02 tháng 11 năm 2026",
   "KẾT QUẢ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG (CT 38) NĂM 2026", rows, D, P, "Lý Văn Sang")
key(f, "27559", "Xã Hóc Môn", "301/BC-UBND", "2026-11-02", [
    ("II.1.a", "in_progress", rows[0][2], rows[0][0] + " " + rows[0][3]),
    ("II.2.a", "in_progress", rows[1][2], rows[1][0] + " " + rows[1][3]),
    ("II.5.c", "completed", rows[2][2], rows[2][0] + " " + rows[2][3]),
    ("II.3.a", "completed", rows[3][2], rows[3][0] + " " + rows[3][3]),
    ("II.5.b", "completed", rows[4][2], rows[4][0] + " " + rows[4][3]),
], D, P)

# ---- file 16 : Xã Long Hải — MISTAKEN (giảm nghèo), H5's layout with its own columns
f = "LongHai_BC_giamngheo_2026.xlsx"
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Bao cao"
ws["A1"] = "ỦY BAN NHÂN DÂN XÃ LONG HẢI"; ws["A1"].font = Font(bold=True)
ws["A2"] = "Số: 214/BC-UBND          Long Hải, ngày 29 tháng 10 năm 2026"
ws["A4"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG NĂM 2026"; ws["A4"].font = Font(bold=True, size=13)
hdr = ["STT", "Nội dung công việc", "Số hộ", "Số người", "Kinh phí (đồng)", "Diễn giải"]
for j, h in enumerate(hdr, 1):
    c = ws.cell(6, j, h); c.font = Font(bold=True); c.border = BOX
rowsG = [
    ("Rà soát hộ nghèo, cận nghèo\n(ĐÃ XONG)", 146, 512, None, "Theo chuẩn nghèo đa chiều"),
    ("Hỗ trợ vay vốn Ngân hàng CSXH\n(ĐANG LÀM)", 38, None, 1520000000, "Vay sản xuất, đánh bắt thủy sản"),
    ("Hỗ trợ nhà ở cho hộ nghèo\n(ĐANG LÀM)", 5, None, 300000000, "Xóa nhà tạm"),
    ("Đào tạo nghề cho lao động nông thôn\n(ĐÃ XONG)", None, 65, 97500000, "Nghề chế biến hải sản"),
]
for i, rr in enumerate(rowsG, 1):
    ws.cell(6 + i, 1, i)
    for j, v in enumerate(rr, 2):
        if v is not None:
            c = ws.cell(6 + i, j, v)
            if isinstance(v, int):
                c.number_format = "#,##0"
ws.cell(12, 1, "* Khó khăn:"); ws.cell(13, 2, "Nguồn vốn vay ưu đãi chưa đáp ứng nhu cầu.")
ws.cell(14, 1, "* Đề xuất:"); ws.cell(15, 2, "Đề nghị bổ sung nguồn vốn cho vay hộ cận nghèo.")
ws.column_dimensions["B"].width = 40; ws.column_dimensions["F"].width = 40; ws.column_dimensions["E"].width = 16
wb.save(os.path.join(OUT, f))
key(f, "26662", "Xã Long Hải", "214/BC-UBND", "2026-10-29", [], [], [],
    status="rejected", reason="Báo cáo kết quả thực hiện chương trình giảm nghèo bền vững gửi nhầm, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW.")


# ---------------------------------------------------------------- LibreOffice re-save
def lo_resave(fname, ext):
    tmp = os.path.join(OUT, ".lo_tmp"); os.makedirs(tmp, exist_ok=True)
    src = os.path.join(OUT, fname)
    subprocess.run(["libreoffice", "--headless", "--convert-to", ext, "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    out = os.path.join(tmp, os.path.splitext(fname)[0] + "." + ext)
    shutil.move(out, src)
    shutil.rmtree(tmp, ignore_errors=True)


lo_resave("SXD 12417 - BC TDC CT38.docx", "docx")
lo_resave("HocMon bao cao TDC nam 2026.xlsx", "xlsx")

for fname, k in FILES:
    k["sha256"] = hashlib.sha256(open(os.path.join(OUT, fname), "rb").read()).hexdigest()
    with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as fh:
        json.dump(k, fh, ensure_ascii=False, indent=2)
print(len(FILES), "files")
