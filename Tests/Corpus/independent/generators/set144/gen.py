# -*- coding: utf-8 -*-
"""Generator for set144: 16 reports in 4 hands (old-way typing / converted .doc/.xls)."""
import os, json, hashlib, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
import openpyxl
from openpyxl.styles import Font, Alignment

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

KEYS = []  # list of dicts (without sha256 yet)


def key(file, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS.append(dict(file=file, status=status, reason=reason,
                     unit={"id": unit_id, "name": unit_name},
                     document={"number": number, "date": date},
                     entries=[dict(task=t, status=s, indicators=ind, text=tx) for (t, s, ind, tx) in entries],
                     findings=[], difficulties=diffs, proposals=props))


# ---------------------------------------------------------------- docx helpers
def new_doc(font="Times New Roman", size=13, margins=(2, 2, 3, 1.5)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    pf = st.paragraph_format
    pf.space_after = Pt(0)
    pf.space_before = Pt(0)
    for s in d.sections:
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
    return d


def para(d, text, bold=False, italic=False, align=None, size=None, underline=False, indent=None, font=None):
    p = d.add_paragraph()
    r = p.add_run(text)  # '\n' -> <w:br/> (soft return), '\t' -> <w:tab/>
    r.bold, r.italic, r.underline = bold, italic, underline
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
        r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    return p


def runs(d, parts, align=None, indent=None):
    """parts: list of (text, dict(bold=..,italic=..))"""
    p = d.add_paragraph()
    for t, f in parts:
        r = p.add_run(t)
        r.bold = f.get("b", False)
        r.italic = f.get("i", False)
        r.underline = f.get("u", False)
    if align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    return p


# =================================================================== HAND 1
# Trần Thị Mỹ Lệ — ward office clerk, documents that came from old .doc files:
# every part of the report is ONE Word paragraph whose lines are split with Shift+Enter
# (soft returns); numbering typed by hand "I/ 1/ - +"; header typed with tabs in the same
# paragraph; each item closed by a "- Tình trạng: …" line.  Her Excel: one cell per part,
# lines inside the cell split with Alt+Enter, everything in column A.

def h1_docx(fname, unit_upper, unit_place, number, date_words, title_lines, intro, part1, part2, part3, signer):
    d = new_doc(size=13)
    head = (f"ỦY BAN NHÂN DÂN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            f"{unit_upper}\t\t\tĐộc lập - Tự do - Hạnh phúc\n"
            f"     -------\t\t\t\t-------------------------------\n"
            f"Số: {number}\t\t\t{unit_place}, {date_words}")
    para(d, head, bold=False, size=12)
    para(d, "")
    para(d, title_lines, bold=True, align="c")
    para(d, "")
    para(d, intro, align="j", indent=1.0)
    para(d, part1, align="j")
    para(d, part2, align="j")
    para(d, part3, align="j")
    para(d, "")
    para(d, signer, size=12)
    d.save(os.path.join(OUT, fname))


# ---- 1. Phường Tăng Nhơn Phú (docx)
f = "tangnhonphu-bc-ct38-2026.docx"
part1 = ("I/ KẾT QUẢ THỰC HIỆN:\n"
         "1/ Công tác tuyên truyền về tiêu chuẩn, đo lường, chất lượng:\n"
         "- Phường đăng tải 06 tin, bài trên Trang thông tin điện tử phường và nhóm Zalo các khu phố về quyền lợi người tiêu dùng, cân đối chứng tại chợ, ghi nhãn hàng hóa.\n"
         "- Lồng ghép nội dung tuyên truyền trong các buổi họp khu phố, họp tổ dân phố.\n"
         "- Tình trạng: thực hiện thường xuyên, đang tiếp tục.\n"
         "2/ Cử công chức tham dự tập huấn:\n"
         "- Phường cử 02 công chức (Văn phòng HĐND-UBND và Phòng Kinh tế) tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục TĐC tổ chức ngày 14/8/2026.\n"
         "- Tình trạng: đã thực hiện xong.\n"
         "3/ Phối hợp kiểm tra về đo lường tại chợ và hộ kinh doanh:\n"
         "- Phối hợp Chi cục TĐC và Đội Quản lý thị trường tổ chức 03 cuộc kiểm tra tại chợ Tăng Nhơn Phú, chợ Phước Long và các điểm kinh doanh xăng dầu trên địa bàn.\n"
         "+ Số cơ sở, hộ kinh doanh được kiểm tra: 27 cơ sở.\n"
         "+ Phát hiện 04 trường hợp vi phạm (sử dụng cân không đạt yêu cầu về sai số, cân chưa kiểm định).\n"
         "+ Đã ra quyết định xử phạt vi phạm hành chính, số tiền 6.250.000 đồng.\n"
         "- Tình trạng: đang thực hiện (dự kiến kiểm tra thêm 01 đợt trong tháng 12/2026).\n"
         "4/ Áp dụng, duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại UBND phường:\n"
         "- Phường đã ban hành Quyết định công bố hệ thống quản lý chất lượng phù hợp tiêu chuẩn TCVN ISO 9001:2015 sau sắp xếp, tổ chức đánh giá nội bộ trong tháng 9/2026.\n"
         "- Tình trạng: đã hoàn thành.")
part2 = ("II/ KHÓ KHĂN, VƯỚNG MẮC:\n"
         "- Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng, công chức kiêm nhiệm nhiều việc.\n"
         "- Chưa được trang bị cân đối chứng, quả cân chuẩn để phục vụ kiểm tra tại chợ.")
part3 = ("III/ KIẾN NGHỊ, ĐỀ XUẤT:\n"
         "- Đề nghị Sở Khoa học và Công nghệ hỗ trợ trang bị 01 bộ cân đối chứng cho chợ Tăng Nhơn Phú.\n"
         "- Đề nghị Chi cục TĐC tiếp tục mở lớp tập huấn nghiệp vụ cho công chức phường trong năm 2027.")
h1_docx(f, "PHƯỜNG TĂNG NHƠN PHÚ", "Tăng Nhơn Phú", "412/BC-UBND", "ngày 27 tháng 10 năm 2026",
        "BÁO CÁO\nKết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\nvề công tác tiêu chuẩn, đo lường, chất lượng trên địa bàn phường",
        "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026; Ủy ban nhân dân phường Tăng Nhơn Phú báo cáo kết quả thực hiện như sau:",
        part1, part2, part3,
        "Nơi nhận:\t\t\t\t\tTM. ỦY BAN NHÂN DÂN\n- Sở KH&CN (Chi cục TĐC);\t\t\tKT. CHỦ TỊCH\n- Lưu: VT.\t\t\t\t\tPHÓ CHỦ TỊCH\n\n\n\t\t\t\t\t\tVõ Thành Đạt")
key(f, "26842", "Phường Tăng Nhơn Phú", "412/BC-UBND", "2026-10-27", [
    ("II.1.a", "in_progress", {"communications": 6}, "Phường đăng tải 06 tin, bài trên Trang thông tin điện tử phường và nhóm Zalo các khu phố"),
    ("II.3.a", "completed", {"participants": 2}, "Phường cử 02 công chức tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục TĐC tổ chức"),
    ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 27, "violations": 4, "fines_vnd": 6250000}, "Phối hợp Chi cục TĐC và Đội Quản lý thị trường tổ chức 03 cuộc kiểm tra tại chợ … 27 cơ sở … 04 trường hợp vi phạm … 6.250.000 đồng"),
    ("II.2.đ", "completed", {}, "Áp dụng, duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại UBND phường"),
], ["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng, công chức kiêm nhiệm nhiều việc.",
    "Chưa được trang bị cân đối chứng, quả cân chuẩn để phục vụ kiểm tra tại chợ."],
   ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ trang bị 01 bộ cân đối chứng cho chợ Tăng Nhơn Phú.",
    "Đề nghị Chi cục TĐC tiếp tục mở lớp tập huấn nghiệp vụ cho công chức phường trong năm 2027."])

# ---- 2. Xã Bàu Lâm (docx, later re-saved by LibreOffice)
f = "baulam-bc-ct38.docx"
part1 = ("I/ KẾT QUẢ THỰC HIỆN:\n"
         "1/ Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng:\n"
         "- Đài truyền thanh xã phát 04 tin về ghi nhãn hàng hóa, cân đối chứng, mũ bảo hiểm đạt chuẩn.\n"
         "- Phối hợp Chi cục TĐC tổ chức 01 hội nghị tuyên truyền pháp luật về đo lường cho tiểu thương chợ Bàu Lâm và hộ kinh doanh, có 65 lượt người tham dự.\n"
         "- Tình trạng: đã thực hiện xong.\n"
         "2/ Phối hợp kiểm tra đo lường tại chợ, cửa hàng xăng dầu (nội dung phân cấp cho xã):\n"
         "- Tổ kiểm tra liên ngành của xã tổ chức 02 cuộc kiểm tra, kiểm tra 18 hộ kinh doanh tại chợ Bàu Lâm và chợ Xuyên Mộc cũ; chưa phát hiện trường hợp vi phạm.\n"
         "- Tình trạng: đang thực hiện.\n"
         "3/ Phối hợp kiểm tra chất lượng hàng hóa lưu thông (đồ chơi trẻ em dịp Tết Trung thu):\n"
         "- Phối hợp Đội Quản lý thị trường số 8 kiểm tra 01 cuộc tại 09 cơ sở kinh doanh; phát hiện 02 cơ sở vi phạm về nhãn hàng hóa, đã lập biên bản chuyển Đội QLTT xử lý theo thẩm quyền.\n"
         "- Tình trạng: đã hoàn thành.\n"
         "4/ Tiếp nhận, xử lý tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng:\n"
         "- Trong kỳ không phát sinh.\n"
         "5/ Xây dựng, áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015:\n"
         "- Do xã mới sắp xếp, bộ phận một cửa đang kiện toàn nên xã chưa triển khai xây dựng lại hệ thống ISO.\n"
         "- Tình trạng: chưa thực hiện.")
part2 = ("II/ KHÓ KHĂN, VƯỚNG MẮC:\n"
         "- Địa bàn xã rộng, chợ và điểm kinh doanh phân tán, lực lượng kiểm tra mỏng.\n"
         "- Kinh phí cho công tác kiểm tra, tuyên truyền chưa được bố trí riêng.")
part3 = ("III/ ĐỀ XUẤT, KIẾN NGHỊ:\n"
         "- Đề nghị Chi cục TĐC hướng dẫn xã quy trình xây dựng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau sắp xếp.\n"
         "- Đề nghị bố trí kinh phí hỗ trợ xã thực hiện công tác kiểm tra đo lường tại chợ.")
h1_docx(f, "XÃ BÀU LÂM", "Bàu Lâm", "95/BC-UBND", "ngày 30 tháng 10 năm 2026",
        "BÁO CÁO\nTình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026\n(theo Kế hoạch triển khai Chỉ thị số 38-CT/TW)",
        "Căn cứ Kế hoạch của Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh về triển khai Chỉ thị số 38-CT/TW năm 2026, UBND xã Bàu Lâm báo cáo như sau:",
        part1, part2, part3,
        "Nơi nhận:\t\t\t\t\tTM. ỦY BAN NHÂN DÂN\n- Chi cục TĐC TP.HCM;\t\t\t\tCHỦ TỊCH\n- TT Đảng ủy, HĐND xã;\n- Lưu: VT, KT.\n\n\t\t\t\t\t\tNguyễn Văn Bảy")
key(f, "26638", "Xã Bàu Lâm", "95/BC-UBND", "2026-10-30", [
    ("II.1.a", "completed", {"communications": 4, "training_courses": 1, "participants": 65}, "Đài truyền thanh xã phát 04 tin … tổ chức 01 hội nghị tuyên truyền pháp luật về đo lường … 65 lượt người tham dự"),
    ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 18}, "Tổ kiểm tra liên ngành của xã tổ chức 02 cuộc kiểm tra, kiểm tra 18 hộ kinh doanh"),
    ("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 9, "violations": 2}, "Phối hợp Đội Quản lý thị trường số 8 kiểm tra 01 cuộc tại 09 cơ sở kinh doanh; phát hiện 02 cơ sở vi phạm về nhãn hàng hóa"),
    ("II.5.d", "not_applicable", {}, "Tiếp nhận, xử lý tố giác vi phạm … Trong kỳ không phát sinh."),
    ("II.2.đ", "not_started", {}, "xã chưa triển khai xây dựng lại hệ thống ISO"),
], ["Địa bàn xã rộng, chợ và điểm kinh doanh phân tán, lực lượng kiểm tra mỏng.",
    "Kinh phí cho công tác kiểm tra, tuyên truyền chưa được bố trí riêng."],
   ["Đề nghị Chi cục TĐC hướng dẫn xã quy trình xây dựng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau sắp xếp.",
    "Đề nghị bố trí kinh phí hỗ trợ xã thực hiện công tác kiểm tra đo lường tại chợ."])

# ---- 3. Phường Tân Khánh (xlsx, one cell per part, Alt+Enter lines)
f = "TanKhanh_BC_CT38_T10.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.column_dimensions["A"].width = 110
cells = [
    "UBND PHƯỜNG TÂN KHÁNH                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "        --------                                          Độc lập - Tự do - Hạnh phúc\n"
    "Số: 233/BC-UBND                                  Tân Khánh, ngày 29 tháng 10 năm 2026",
    "BÁO CÁO\nKết quả triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026",
    "I/ KẾT QUẢ ĐẠT ĐƯỢC\n"
    "1/ Tuyên truyền:\n"
    "- Đăng 08 tin, bài trên trang thông tin điện tử và fanpage phường.\n"
    "- Tổ chức 01 hội nghị phổ biến quy định về đo lường, nhãn hàng hóa cho hộ kinh doanh, có 120 đại biểu tham dự.\n"
    "- Tình trạng: đã xong.\n"
    "2/ Bồi dưỡng cán bộ:\n"
    "- Cử 03 lượt công chức tham dự các lớp tập huấn về tiêu chuẩn, đo lường, chất lượng do Chi cục TĐC tổ chức.\n"
    "- Tình trạng: đã xong.\n"
    "3/ Kiểm tra đo lường tại chợ, cửa hàng xăng dầu (phối hợp Chi cục TĐC):\n"
    "- Tổ chức 04 cuộc kiểm tra, 35 cơ sở được kiểm tra.\n"
    "+ Vi phạm: 05 cơ sở.\n"
    "+ Phạt tiền: 12,5 triệu đồng.\n"
    "- Tình trạng: đang làm, tiếp tục kiểm tra đến cuối năm.\n"
    "4/ Tiếp nhận phản ánh, tố giác:\n"
    "- Tiếp nhận 01 phản ánh của người dân về cân thiếu tại chợ Tân Khánh, đã phối hợp xác minh, xử lý và trả lời người dân.\n"
    "- Tình trạng: đã xong.",
    "II/ KHÓ KHĂN\n"
    "- Tiểu thương thường xuyên thay đổi, nhiều hộ chưa đăng ký kinh doanh nên khó quản lý.\n"
    "- Phường chưa có cân đối chứng đặt tại chợ.",
    "III/ KIẾN NGHỊ\n"
    "- Kiến nghị Sở KH&CN trang bị cân đối chứng cho chợ Tân Khánh.\n"
    "- Kiến nghị Chi cục TĐC cung cấp tài liệu tuyên truyền (tờ rơi, pa nô) cho phường.",
    "Nơi nhận:                                               KT. CHỦ TỊCH\n- Chi cục TĐC;                                          PHÓ CHỦ TỊCH\n- Lưu VT.\n\n                                                              Lê Thị Kim Hoa",
]
for i, t in enumerate(cells, 1):
    c = ws.cell(row=i, column=1, value=t)
    c.alignment = Alignment(wrap_text=True, vertical="top")
    c.font = Font(name="Times New Roman", size=12, bold=(i == 2))
    ws.row_dimensions[i].height = 15 * (t.count("\n") + 1)
wb.save(os.path.join(OUT, f))
key(f, "25891", "Phường Tân Khánh", "233/BC-UBND", "2026-10-29", [
    ("II.1.a", "completed", {"communications": 8, "training_courses": 1, "participants": 120}, "Đăng 08 tin, bài … Tổ chức 01 hội nghị phổ biến quy định về đo lường … 120 đại biểu tham dự"),
    ("II.3.a", "completed", {"participants": 3}, "Cử 03 lượt công chức tham dự các lớp tập huấn"),
    ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 35, "violations": 5, "fines_vnd": 12500000}, "Tổ chức 04 cuộc kiểm tra, 35 cơ sở … Vi phạm: 05 cơ sở … Phạt tiền: 12,5 triệu đồng"),
    ("II.5.d", "completed", {}, "Tiếp nhận 01 phản ánh của người dân về cân thiếu tại chợ Tân Khánh, đã phối hợp xác minh, xử lý"),
], ["Tiểu thương thường xuyên thay đổi, nhiều hộ chưa đăng ký kinh doanh nên khó quản lý.",
    "Phường chưa có cân đối chứng đặt tại chợ."],
   ["Kiến nghị Sở KH&CN trang bị cân đối chứng cho chợ Tân Khánh.",
    "Kiến nghị Chi cục TĐC cung cấp tài liệu tuyên truyền (tờ rơi, pa nô) cho phường."])


# =================================================================== HAND 2
# Phạm Văn Lộc — a department's senior statistician with a DOS-era habit: the whole
# document in Courier New, the figures in a fixed-width "table" drawn with = and - rule
# lines and aligned with spaces; each task is a row, its figures on indented sub-rows
# "   . cuộc kiểm tra ....  cuộc   05"; status in a "T.TRẠNG" column (Xong / Đang làm /
# Chưa làm / KPS) with a typed legend.  In Excel the same printout is pasted into
# column A, one printed line per row, Courier New.

W = 78


def tbl_lines(rows, legend):
    """rows: list of (stt, name_lines, status, subrows[(label, dvt, value)])"""
    L = []
    L.append("=" * W)
    L.append(f"{'STT':<4}{'NỘI DUNG CÔNG VIỆC':<44}{'ĐVT':<9}{'SỐ LƯỢNG':>11}  {'T.TRẠNG':<8}")
    L.append("-" * W)
    for stt, names, status, subs in rows:
        for i, nm in enumerate(names):
            if i == 0:
                L.append(f"{stt:<4}{nm:<64}  {status:<8}")
            else:
                L.append(f"{'':<4}{nm:<64}")
        for lab, dvt, val in subs:
            L.append(f"{'':<4}{('  . ' + lab):<44}{dvt:<9}{val:>11}")
        L.append("-" * W)
    L.append("=" * W)
    L.append(legend)
    return L


def h2_docx(fname, header_lines, title_lines, intro, table, after_lines):
    d = new_doc(font="Courier New", size=10, margins=(2, 2, 2.5, 1.5))
    for ln in header_lines:
        para(d, ln)
    para(d, "")
    for ln in title_lines:
        para(d, ln, bold=True)
    para(d, "")
    for ln in intro:
        para(d, ln)
    para(d, "")
    for ln in table:
        para(d, ln)
    para(d, "")
    for ln in after_lines:
        para(d, ln)
    d.save(os.path.join(OUT, fname))


def h2_xlsx(fname, lines, sheet="Sheet1"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws.column_dimensions["A"].width = 100
    for i, ln in enumerate(lines, 1):
        c = ws.cell(row=i, column=1, value=ln if ln != "" else None)
        c.font = Font(name="Courier New", size=10)
    ws.sheet_view.showGridLines = False
    wb.save(os.path.join(OUT, fname))


LEGEND = "Ghi chú cột T.TRẠNG: Xong = đã hoàn thành; Đang làm = đang thực hiện; Chưa làm = chưa thực hiện; KPS = không phát sinh."

# ---- 4. Sở Công Thương (docx)
f = "SCT_bao-cao-CT38-nam2026.docx"
hdr = ["UBND THÀNH PHỐ HỒ CHÍ MINH          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
       "     SỞ CÔNG THƯƠNG                       Độc lập - Tự do - Hạnh phúc",
       "     ------------                      -------------------------------",
       "Số: 5821/BC-SCT                 TP. Hồ Chí Minh, ngày 24 tháng 10 năm 2026"]
ttl = ["                               BÁO CÁO",
       "       Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW",
       "          về công tác tiêu chuẩn, đo lường, chất lượng năm 2026"]
intro = ["     Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số",
         "38-CT/TW năm 2026, Sở Công Thương báo cáo kết quả các nội dung được giao",
         "phối hợp (số liệu tính từ 01/01/2026 đến 15/10/2026) theo bảng sau:"]
rows = [
    ("1", ["Phối hợp Chi cục TĐC kiểm tra chất lượng xăng dầu,", "khí dầu mỏ hóa lỏng (LPG) lưu thông trên thị trường"], "Đang làm",
     [("cuộc kiểm tra", "cuộc", "05"), ("cơ sở được kiểm tra", "cơ sở", "42"), ("cơ sở vi phạm", "cơ sở", "03"), ("tiền phạt VPHC", "đồng", "37.500.000")]),
    ("2", ["Hỗ trợ doanh nghiệp công nghiệp áp dụng ISO, công cụ", "cải tiến năng suất (Chương trình khuyến công)"], "Đang làm",
     [("DN được hỗ trợ", "DN", "14"), ("kinh phí đã giải ngân", "đồng", "850.000.000")]),
    ("3", ["Góp ý dự thảo QCVN, TCVN thuộc ngành Công Thương"], "Xong",
     [("dự thảo QCVN/TCVN đã góp ý", "văn bản", "03")]),
    ("4", ["Tập huấn quy định nhãn hàng hóa, truy xuất nguồn gốc", "cho doanh nghiệp sản xuất, kinh doanh"], "Xong",
     [("lớp tập huấn", "lớp", "02"), ("lượt học viên", "lượt", "180")]),
    ("5", ["Duy trì HTQLCL TCVN ISO 9001:2015 tại cơ quan Sở"], "Xong", []),
    ("6", ["Tiếp nhận tố giác vi phạm về TC-ĐL-CL"], "KPS", []),
]
after = ["KHÓ KHĂN, VƯỚNG MẮC:",
         "- Lực lượng Quản lý thị trường sau sắp xếp thay đổi đầu mối, việc phối hợp",
         "  kiểm tra liên ngành có lúc chưa kịp thời.",
         "- Kinh phí lấy mẫu thử nghiệm xăng dầu còn hạn chế.",
         "KIẾN NGHỊ:",
         "- Đề nghị Chi cục TĐC gửi kế hoạch kiểm tra năm 2027 sớm để Sở Công Thương chủ",
         "  động bố trí lực lượng phối hợp.",
         "",
         "Nơi nhận:                                       KT. GIÁM ĐỐC",
         "- Sở KH&CN (Chi cục TĐC);                       PHÓ GIÁM ĐỐC",
         "- Lưu: VT, QLTM.",
         "",
         "                                                Trương Minh Hiếu"]
h2_docx(f, hdr, ttl, intro, tbl_lines(rows, LEGEND), after)
key(f, "SO-CT", "Sở Công Thương", "5821/BC-SCT", "2026-10-24", [
    ("II.5.a", "in_progress", {"inspections": 5, "establishments_inspected": 42, "violations": 3, "fines_vnd": 37500000}, "Phối hợp Chi cục TĐC kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng (LPG) lưu thông trên thị trường"),
    ("II.2.d", "in_progress", {"enterprises_supported": 14, "budget_spent_vnd": 850000000}, "Hỗ trợ doanh nghiệp công nghiệp áp dụng ISO, công cụ cải tiến năng suất (Chương trình khuyến công)"),
    ("II.2.e", "completed", {"standards_reviewed": 3}, "Góp ý dự thảo QCVN, TCVN thuộc ngành Công Thương"),
    ("II.1.a", "completed", {"training_courses": 2, "participants": 180}, "Tập huấn quy định nhãn hàng hóa, truy xuất nguồn gốc cho doanh nghiệp sản xuất, kinh doanh"),
    ("II.2.đ", "completed", {}, "Duy trì HTQLCL TCVN ISO 9001:2015 tại cơ quan Sở"),
    ("II.5.d", "not_applicable", {}, "Tiếp nhận tố giác vi phạm về TC-ĐL-CL — KPS"),
], ["Lực lượng Quản lý thị trường sau sắp xếp thay đổi đầu mối, việc phối hợp kiểm tra liên ngành có lúc chưa kịp thời.",
    "Kinh phí lấy mẫu thử nghiệm xăng dầu còn hạn chế."],
   ["Đề nghị Chi cục TĐC gửi kế hoạch kiểm tra năm 2027 sớm để Sở Công Thương chủ động bố trí lực lượng phối hợp."])

# ---- 5. Sở Y tế (xlsx, printout pasted in column A; later re-saved by LibreOffice)
f = "SYT_CT38_2026.xlsx"
lines = ["UBND THÀNH PHỐ HỒ CHÍ MINH          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         "       SỞ Y TẾ                          Độc lập - Tự do - Hạnh phúc",
         "Số: 4410/BC-SYT                 TP. Hồ Chí Minh, ngày 22 tháng 10 năm 2026",
         "",
         "                               BÁO CÁO",
         "    Kết quả thực hiện các nội dung phối hợp theo Kế hoạch triển khai Chỉ thị",
         "        38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026 của Sở KH&CN",
         ""]
rows = [
    ("1", ["Góp ý dự thảo QCVN về trang thiết bị y tế, phương", "tiện đo dùng trong y tế (theo đề nghị của Bộ Y tế)"], "Xong",
     [("dự thảo QCVN đã góp ý", "văn bản", "02")]),
    ("2", ["Duy trì, cải tiến HTQLCL TCVN ISO 9001:2015 tại", "Văn phòng Sở và các phòng chuyên môn"], "Xong", []),
    ("3", ["Cử viên chức tham dự tập huấn nghiệp vụ đo lường", "trong lĩnh vực y tế do Chi cục TĐC tổ chức"], "Xong",
     [("lượt viên chức tham dự", "lượt", "04")]),
    ("4", ["Phối hợp kiểm tra nhà nước về đo lường đối với", "phương tiện đo nhóm 2 tại cơ sở khám, chữa bệnh"], "Đang làm",
     [("cuộc kiểm tra", "cuộc", "02"), ("cơ sở được kiểm tra", "cơ sở", "11"), ("cơ sở vi phạm", "cơ sở", "01")]),
    ("5", ["Hỗ trợ cơ sở y tế xây dựng tiêu chuẩn cơ sở"], "Chưa làm", []),
]
lines += tbl_lines(rows, LEGEND)
lines += ["",
          "KHÓ KHĂN, VƯỚNG MẮC:",
          "- Nhiều phương tiện đo nhóm 2 tại trạm y tế cũ chưa được kiểm định định kỳ",
          "  do thiếu kinh phí.",
          "ĐỀ XUẤT:",
          "- Đề nghị Sở KH&CN phối hợp bố trí kinh phí kiểm định phương tiện đo cho các",
          "  trạm y tế xã, phường sau sắp xếp.",
          "- Đề nghị Chi cục TĐC hướng dẫn cơ sở y tế xây dựng tiêu chuẩn cơ sở.",
          "",
          "                                                KT. GIÁM ĐỐC",
          "                                                PHÓ GIÁM ĐỐC",
          "                                                Nguyễn Anh Dũng"]
h2_xlsx(f, lines, sheet="BC")
key(f, "SO-YT", "Sở Y tế", "4410/BC-SYT", "2026-10-22", [
    ("II.2.e", "completed", {"standards_reviewed": 2}, "Góp ý dự thảo QCVN về trang thiết bị y tế, phương tiện đo dùng trong y tế"),
    ("II.2.đ", "completed", {}, "Duy trì, cải tiến HTQLCL TCVN ISO 9001:2015 tại Văn phòng Sở và các phòng chuyên môn"),
    ("II.3.a", "completed", {"participants": 4}, "Cử viên chức tham dự tập huấn nghiệp vụ đo lường trong lĩnh vực y tế do Chi cục TĐC tổ chức"),
    ("II.5.a", "in_progress", {"inspections": 2, "establishments_inspected": 11, "violations": 1}, "Phối hợp kiểm tra nhà nước về đo lường đối với phương tiện đo nhóm 2 tại cơ sở khám, chữa bệnh"),
    ("II.2.d", "not_started", {}, "Hỗ trợ cơ sở y tế xây dựng tiêu chuẩn cơ sở — Chưa làm"),
], ["Nhiều phương tiện đo nhóm 2 tại trạm y tế cũ chưa được kiểm định định kỳ do thiếu kinh phí."],
   ["Đề nghị Sở KH&CN phối hợp bố trí kinh phí kiểm định phương tiện đo cho các trạm y tế xã, phường sau sắp xếp.",
    "Đề nghị Chi cục TĐC hướng dẫn cơ sở y tế xây dựng tiêu chuẩn cơ sở."])

# ---- 6. Sở Nông nghiệp và Môi trường (docx)
f = "SNNMT-BC-CT38.docx"
hdr = ["UBND THÀNH PHỐ HỒ CHÍ MINH          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
       "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG              Độc lập - Tự do - Hạnh phúc",
       "Số: 7312/BC-SNNMT               TP. Hồ Chí Minh, ngày 28 tháng 10 năm 2026"]
ttl = ["                               BÁO CÁO",
       "     Tình hình thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
       "                 (phần việc của Sở Nông nghiệp và Môi trường)"]
intro = ["     Sở Nông nghiệp và Môi trường tổng hợp kết quả thực hiện theo bảng dưới đây."]
rows = [
    ("1", ["Hỗ trợ HTX, DN nông nghiệp áp dụng truy xuất nguồn", "gốc sản phẩm (Đề án 100)"], "Đang làm",
     [("HTX, DN được hỗ trợ", "đơn vị", "26")]),
    ("2", ["Góp ý dự thảo TCVN, QCVN lĩnh vực nông nghiệp, môi", "trường; xây dựng QCĐP về chất lượng nước sạch"], "Đang làm",
     [("TCVN, QCVN đã góp ý", "văn bản", "04")]),
    ("3", ["Kiểm tra chất lượng phân bón, thuốc BVTV, thức ăn", "chăn nuôi (phối hợp Chi cục TĐC)"], "Đang làm",
     [("cuộc kiểm tra", "cuộc", "06"), ("cơ sở được kiểm tra", "cơ sở", "58"), ("mẫu lấy thử nghiệm", "mẫu", "40"),
      ("cơ sở vi phạm", "cơ sở", "07"), ("tiền phạt VPHC", "đồng", "96.000.000")]),
    ("4", ["Tập huấn tiêu chuẩn VietGAP, nhãn hàng hóa nông sản"], "Xong",
     [("lớp tập huấn", "lớp", "03"), ("lượt người tham dự", "lượt", "210")]),
    ("5", ["Áp dụng HTQLCL TCVN ISO 9001:2015 tại cơ quan Sở", "sau hợp nhất"], "Xong", []),
]
after = ["KHÓ KHĂN, VƯỚNG MẮC:",
         "- Nhiều hộ sản xuất nhỏ lẻ chưa đủ điều kiện áp dụng truy xuất nguồn gốc điện tử.",
         "KIẾN NGHỊ:",
         "- Đề nghị Sở KH&CN chia sẻ dữ liệu truy xuất nguồn gốc trên hệ thống chung của",
         "  Thành phố để Sở NN&MT khai thác.",
         "",
         "Nơi nhận:                                       KT. GIÁM ĐỐC",
         "- Sở KH&CN;                                     PHÓ GIÁM ĐỐC",
         "- Lưu: VT, CCQLCL.",
         "                                                Trần Văn Phúc"]
h2_docx(f, hdr, ttl, intro, tbl_lines(rows, LEGEND), after)
key(f, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "7312/BC-SNNMT", "2026-10-28", [
    ("II.2.a", "in_progress", {"enterprises_supported": 26}, "Hỗ trợ HTX, DN nông nghiệp áp dụng truy xuất nguồn gốc sản phẩm (Đề án 100)"),
    ("II.2.e", "in_progress", {"standards_reviewed": 4}, "Góp ý dự thảo TCVN, QCVN lĩnh vực nông nghiệp, môi trường; xây dựng QCĐP về chất lượng nước sạch"),
    ("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 58, "samples_tested": 40, "violations": 7, "fines_vnd": 96000000}, "Kiểm tra chất lượng phân bón, thuốc BVTV, thức ăn chăn nuôi"),
    ("II.1.a", "completed", {"training_courses": 3, "participants": 210}, "Tập huấn tiêu chuẩn VietGAP, nhãn hàng hóa nông sản"),
    ("II.2.đ", "completed", {}, "Áp dụng HTQLCL TCVN ISO 9001:2015 tại cơ quan Sở sau hợp nhất"),
], ["Nhiều hộ sản xuất nhỏ lẻ chưa đủ điều kiện áp dụng truy xuất nguồn gốc điện tử."],
   ["Đề nghị Sở KH&CN chia sẻ dữ liệu truy xuất nguồn gốc trên hệ thống chung của Thành phố để Sở NN&MT khai thác."])

# ---- 7. Sở Xây dựng (xlsx) — MISTAKEN: a cải cách hành chính report
f = "SXD_baocao_2026.xlsx"
lines = ["UBND THÀNH PHỐ HỒ CHÍ MINH          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         "     SỞ XÂY DỰNG                        Độc lập - Tự do - Hạnh phúc",
         "Số: 9027/BC-SXD                 TP. Hồ Chí Minh, ngày 21 tháng 10 năm 2026",
         "",
         "                               BÁO CÁO",
         "      Kết quả thực hiện công tác cải cách hành chính Quý III năm 2026",
         "",
         "=" * W,
         f"{'STT':<4}{'NỘI DUNG':<44}{'ĐVT':<9}{'SỐ LƯỢNG':>11}  {'T.TRẠNG':<8}",
         "-" * W,
         f"{'1':<4}{'Rà soát, đơn giản hóa thủ tục hành chính':<64}  {'Xong':<8}",
         f"{'':<4}{'  . TTHC được rà soát':<44}{'thủ tục':<9}{'37':>11}",
         f"{'2':<4}{'Tiếp nhận, giải quyết hồ sơ cấp phép xây dựng':<64}  {'Đang làm':<8}",
         f"{'':<4}{'  . hồ sơ tiếp nhận':<44}{'hồ sơ':<9}{'2.418':>11}",
         f"{'':<4}{'  . hồ sơ giải quyết đúng hạn':<44}{'hồ sơ':<9}{'2.361':>11}",
         f"{'3':<4}{'Cung cấp dịch vụ công trực tuyến toàn trình':<64}  {'Đang làm':<8}",
         f"{'':<4}{'  . dịch vụ công toàn trình':<44}{'dịch vụ':<9}{'52':>11}",
         f"{'4':<4}{'Khảo sát mức độ hài lòng của người dân':<64}  {'Xong':<8}",
         f"{'':<4}{'  . phiếu khảo sát':<44}{'phiếu':<9}{'1.200':>11}",
         "=" * W,
         "",
         "KHÓ KHĂN: Hệ thống một cửa điện tử sau hợp nhất còn lỗi kết nối.",
         "KIẾN NGHỊ: Đề nghị Sở Nội vụ hướng dẫn chấm điểm chỉ số CCHC năm 2026.",
         "",
         "                                                KT. GIÁM ĐỐC",
         "                                                PHÓ GIÁM ĐỐC",
         "                                                Lâm Quốc Khánh"]
h2_xlsx(f, lines)
key(f, "SO-XD", "Sở Xây dựng", "9027/BC-SXD", "2026-10-21", [], [], [], status="rejected",
    reason="Báo cáo kết quả cải cách hành chính Quý III/2026 của Sở Xây dựng, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW.")


# =================================================================== HAND 3
# Đỗ Quang Vinh — deputy head at the Sở's units, a writer of long justified prose:
# each part of the report (results, difficulties, proposals) is ONE unbroken paragraph;
# tasks follow one another inside it, introduced by phrases ("Về …", "Song song đó,",
# "Ngoài ra,") and ending with the status folded into the sentence; difficulties and
# proposals numbered inline "(1) … ; (2) …".  His Excel: each part in one merged A:H cell.

def h3_doc(fname, unit_lines, number, place_date, title, intro, p_results, p_diff, p_prop, signer, extra=None):
    d = new_doc(size=14, margins=(2, 2, 3, 2))
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    c0.text = ""
    c0.paragraphs[0].add_run(unit_lines[0]).bold = False
    for ln in unit_lines[1:]:
        pp = c0.add_paragraph()
        pp.add_run(ln).bold = True
        pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c0.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    pp = c0.add_paragraph("Số: " + number)
    pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c1.text = ""
    r = c1.paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    r.bold = True
    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    pp = c1.add_paragraph()
    pp.add_run("Độc lập - Tự do - Hạnh phúc").bold = True
    pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pp = c1.add_paragraph()
    pp.add_run(place_date).italic = True
    pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, title, bold=True, align="c")
    para(d, "")
    para(d, intro, align="j", indent=1.27)
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    para(d, p_results, align="j", indent=1.27)
    if extra:
        para(d, extra, align="j", indent=1.27)
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    para(d, p_diff, align="j", indent=1.27)
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    para(d, p_prop, align="j", indent=1.27)
    para(d, "")
    para(d, signer, bold=True, align="r")
    d.save(os.path.join(OUT, fname))


# ---- 8. Chi cục TĐC (docx)
f = "ChiCucTDC_BC_KH38_2026.docx"
diffs = ["kinh phí thực hiện Kế hoạch được giao 349 triệu đồng nhưng nhiều nội dung phát sinh sau sắp xếp đơn vị hành chính nên chưa đáp ứng đủ nhu cầu",
         "đội ngũ công chức làm công tác tiêu chuẩn, đo lường, chất lượng tại các phường, xã, đặc khu phần lớn kiêm nhiệm, thường xuyên thay đổi",
         "Bộ Khoa học và Công nghệ chưa ban hành hướng dẫn kết nối hệ thống thông tin giải quyết thủ tục hành chính nên Chi cục chưa thể đề xuất cải tiến"]
props = ["đề nghị Sở bổ sung kinh phí cho công tác khảo sát chất lượng sản phẩm, hàng hóa trong năm 2027",
         "đề nghị Ủy ban nhân dân các phường, xã, đặc khu phân công công chức ổn định theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng",
         "kiến nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia sớm hướng dẫn việc kết nối, chia sẻ dữ liệu"]
p_res = ("Về công tác tập huấn, phổ biến văn bản quy phạm pháp luật, trong 10 tháng năm 2026 Chi cục đã tổ chức 05 hoạt động (04 lớp tập huấn và 01 buổi tọa đàm với doanh nghiệp nhập khẩu) "
         "với tổng cộng 520 lượt học viên, đại biểu tham dự, đến nay nội dung này đã hoàn thành theo kế hoạch; về tuyên truyền Giải thưởng Chất lượng Quốc gia, Chi cục đăng 03 tin, bài "
         "trên Trang thông tin điện tử của Sở và trực tiếp hướng dẫn 12 doanh nghiệp hoàn thiện hồ sơ đăng ký, việc này cũng đã xong; song song đó, hoạt động Giải thưởng Chất lượng Quốc gia năm 2026 "
         "đang được triển khai với 07 doanh nghiệp tham dự, Hội đồng sơ tuyển đã hoàn tất đánh giá hồ sơ và đang chuẩn bị đánh giá tại doanh nghiệp; đối với Chương trình năng suất chất lượng (Chương trình 1322), "
         "Chi cục đang hỗ trợ 09 doanh nghiệp áp dụng công cụ cải tiến năng suất, kinh phí đã giải ngân 412,5 triệu đồng, nội dung này đang thực hiện và dự kiến hoàn thành trong Quý IV; "
         "việc góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật vẫn đang tiếp tục, đến nay đã góp ý 15 dự thảo TCVN, QCVN theo đề nghị của Bộ và các sở, ngành; "
         "ngoài ra, Chi cục đã tổ chức 02 lớp tập huấn, cập nhật kiến thức nghiệp vụ cho công chức các sở, ngành, phường, xã, đặc khu với 310 lượt công chức tham dự, hoàn thành nội dung đào tạo nguồn nhân lực của năm; "
         "công tác kiểm tra nhà nước về tiêu chuẩn, đo lường, chất lượng được duy trì thường xuyên và đang tiếp tục, lũy kế đến ngày 15/10/2026 Chi cục đã thực hiện 11 cuộc kiểm tra tại 164 cơ sở, phát hiện 19 cơ sở vi phạm, "
         "xử phạt vi phạm hành chính tổng số tiền 287.500.000 đồng; bên cạnh đó, Chi cục đang triển khai khảo sát chất lượng xăng dầu, mũ bảo hiểm, đồ chơi trẻ em, đã lấy 120 mẫu gửi thử nghiệm; "
         "việc cập nhật các điều ước, thỏa thuận quốc tế về tiêu chuẩn, đo lường, chất lượng (thông tin cảnh báo TBT) được thực hiện thường xuyên và đang tiếp tục; "
         "riêng nội dung đề xuất cải tiến Hệ thống thông tin giải quyết thủ tục hành chính của Bộ và kết nối với Cổng thông tin một cửa quốc gia thì Chi cục chưa thực hiện.")
p_diff = "Quá trình thực hiện còn một số khó khăn: (1) " + diffs[0] + "; (2) " + diffs[1] + "; (3) " + diffs[2] + "."
p_prop = "Từ những khó khăn nêu trên, Chi cục đề xuất: (1) " + props[0] + "; (2) " + props[1] + "; (3) " + props[2] + "."
h3_doc(f, ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CHI CỤC TIÊU CHUẨN", "ĐO LƯỜNG CHẤT LƯỢNG"], "1188/BC-TĐC",
       "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
       "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
       "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30 tháng 7 năm 2024 của Ban Bí thư năm 2026, Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo kết quả thực hiện như sau:",
       p_res, p_diff, p_prop, "CHI CỤC TRƯỞNG\n\n\n\nHoàng Minh Tâm")
key(f, "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "1188/BC-TĐC", "2026-10-30", [
    ("II.1.a", "completed", {"training_courses": 5, "participants": 520}, "tổ chức 05 hoạt động (04 lớp tập huấn và 01 buổi tọa đàm với doanh nghiệp nhập khẩu) với tổng cộng 520 lượt"),
    ("II.1.b", "completed", {"communications": 3, "enterprises_supported": 12}, "về tuyên truyền Giải thưởng Chất lượng Quốc gia, Chi cục đăng 03 tin, bài … hướng dẫn 12 doanh nghiệp"),
    ("II.2.b", "in_progress", {"enterprises_supported": 7}, "hoạt động Giải thưởng Chất lượng Quốc gia năm 2026 đang được triển khai với 07 doanh nghiệp tham dự"),
    ("II.2.a", "in_progress", {"enterprises_supported": 9, "budget_spent_vnd": 412500000}, "Chương trình 1322 … hỗ trợ 09 doanh nghiệp … kinh phí đã giải ngân 412,5 triệu đồng"),
    ("II.2.e", "in_progress", {"standards_reviewed": 15}, "góp ý 15 dự thảo TCVN, QCVN"),
    ("II.3.a", "completed", {"training_courses": 2, "participants": 310}, "02 lớp tập huấn, cập nhật kiến thức nghiệp vụ cho công chức … 310 lượt"),
    ("II.5.a", "in_progress", {"inspections": 11, "establishments_inspected": 164, "violations": 19, "fines_vnd": 287500000}, "11 cuộc kiểm tra tại 164 cơ sở, phát hiện 19 cơ sở vi phạm … 287.500.000 đồng"),
    ("II.5.b", "in_progress", {"samples_tested": 120}, "khảo sát chất lượng xăng dầu, mũ bảo hiểm, đồ chơi trẻ em, đã lấy 120 mẫu"),
    ("II.6.a", "in_progress", {}, "cập nhật các điều ước, thỏa thuận quốc tế … thường xuyên và đang tiếp tục"),
    ("II.2.h", "not_started", {}, "đề xuất cải tiến Hệ thống thông tin giải quyết thủ tục hành chính … chưa thực hiện"),
], diffs, props)

# ---- 9. Phòng Kiểm tra – Pháp chế (docx)
f = "P.KTPC_baocao_CT38.docx"
diffs = ["việc xác định thẩm quyền xử phạt giữa Ủy ban nhân dân cấp xã và Chi cục sau khi phân quyền còn lúng túng",
         "phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra hiện có nhiều thiết bị đã cũ, chưa được hiệu chuẩn lại"]
props = ["đề nghị Lãnh đạo Sở bố trí kinh phí năm 2027 để hiệu chuẩn, thay thế phương tiện, thiết bị kỹ thuật nghiệp vụ",
         "đề nghị Chi cục chủ trì xây dựng tài liệu hướng dẫn thẩm quyền xử phạt cho cấp xã"]
p_res = ("Về góp ý sửa đổi, bổ sung văn bản quy phạm pháp luật, Phòng đã phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng góp ý dự thảo Nghị định hướng dẫn Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi) "
         "và dự thảo Nghị định quy định xử phạt vi phạm hành chính trong lĩnh vực tiêu chuẩn, đo lường, chất lượng, nội dung này đã hoàn thành; đối với việc rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP, "
         "Phòng đang phối hợp Chi cục lập danh mục, rà soát tình trạng thiết bị, dự kiến xong trong tháng 12/2026; trong công tác kiểm tra, Phòng đã phối hợp Chi cục thực hiện 04 cuộc kiểm tra tại 37 cơ sở, "
         "phát hiện 06 cơ sở vi phạm, tham mưu Giám đốc Sở ban hành 06 quyết định xử phạt với tổng số tiền 94.000.000 đồng, phần việc phối hợp này đang tiếp tục theo kế hoạch kiểm tra của Chi cục; "
         "để hỗ trợ các phường, xã, đặc khu thực hiện các nội dung được phân quyền, Phòng đã phối hợp tổ chức 01 hội nghị hướng dẫn nghiệp vụ kiểm tra, xử phạt cho 168 công chức cấp xã, việc này đã xong; "
         "riêng công tác khen thưởng, bảo vệ người tố giác và xử lý hành vi tham nhũng, tiêu cực trong lĩnh vực tiêu chuẩn, đo lường, chất lượng thì trong kỳ không phát sinh.")
p_diff = "Khó khăn chủ yếu gồm: (1) " + diffs[0] + "; (2) " + diffs[1] + "."
p_prop = "Phòng kiến nghị: (1) " + props[0] + "; (2) " + props[1] + "."
h3_doc(f, ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ"], "96/BC-KTPC",
       "Thành phố Hồ Chí Minh, ngày 21 tháng 10 năm 2026",
       "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
       "Căn cứ nhiệm vụ được phân công tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở, Phòng Kiểm tra – Pháp chế báo cáo như sau:",
       p_res, p_diff, p_prop, "TRƯỞNG PHÒNG\n\n\n\nNgô Thị Bích Vân")
key(f, "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "96/BC-KTPC", "2026-10-21", [
    ("II.2.c", "completed", {}, "góp ý dự thảo Nghị định hướng dẫn Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi) và dự thảo Nghị định quy định xử phạt … đã hoàn thành"),
    ("II.4.b", "in_progress", {}, "rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP … dự kiến xong trong tháng 12/2026"),
    ("II.5.a", "in_progress", {"inspections": 4, "establishments_inspected": 37, "violations": 6, "fines_vnd": 94000000}, "04 cuộc kiểm tra tại 37 cơ sở, phát hiện 06 cơ sở vi phạm … 94.000.000 đồng"),
    ("II.5.c", "completed", {"training_courses": 1, "participants": 168}, "hỗ trợ các phường, xã, đặc khu thực hiện các nội dung được phân quyền … 01 hội nghị … 168 công chức cấp xã"),
    ("II.5.d", "not_applicable", {}, "khen thưởng, bảo vệ người tố giác … trong kỳ không phát sinh"),
], diffs, props)

# ---- 10. Trung tâm Dịch vụ Phân tích thí nghiệm (xlsx, merged cells as running text)
f = "TTPTTN_BC_CT38_10T2026.xlsx"
diffs = ["Một số thiết bị thử nghiệm đầu tư từ năm 2012 đã xuống cấp, chi phí sửa chữa lớn.",
         "Nhân lực kiểm định viên đo lường còn thiếu so với khối lượng công việc tăng sau hợp nhất."]
props = ["Đề nghị Sở ưu tiên bố trí vốn đầu tư năm 2027 cho dự án nâng cấp phòng thử nghiệm hóa lý.",
         "Đề nghị Sở xem xét bổ sung chỉ tiêu viên chức kiểm định viên cho Trung tâm."]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "BaoCao"
for col in "ABCDEFGH":
    ws.column_dimensions[col].width = 14
blocks = [
    ("SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG\nSố: 402/BC-TTPT", 1, 4, True, 60),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026", 5, 8, True, 60),
    ("BÁO CÁO\nKết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", 1, 8, True, 36),
    ("I. KẾT QUẢ THỰC HIỆN", 1, 8, True, 18),
    ("Về đầu tư cơ sở vật chất, trang thiết bị, Trung tâm đang triển khai dự án mua sắm thiết bị thử nghiệm và chuẩn đo lường năm 2026, đến ngày 15/10/2026 đã giải ngân 6,85 tỷ đồng, "
     "dự án đang thực hiện, dự kiến nghiệm thu trong tháng 12; đối với việc duy trì các chuẩn đo lường và liên kết chuẩn đến chuẩn quốc gia, Trung tâm đã gửi hiệu chuẩn 46 chuẩn, "
     "phương tiện đo chuẩn tại Viện Đo lường Việt Nam và Trung tâm Kỹ thuật 3, việc này đã hoàn thành trong Quý III; song song đó, hoạt động dịch vụ kỹ thuật phục vụ quản lý nhà nước "
     "và doanh nghiệp tiếp tục được mở rộng, 10 tháng qua Trung tâm đã kiểm định, hiệu chuẩn 18.430 phương tiện đo và thử nghiệm 2.615 mẫu sản phẩm, hàng hóa, hoạt động này duy trì thường xuyên, "
     "đang tiếp tục; ngoài ra, Trung tâm phối hợp với Chi cục thử nghiệm mẫu phục vụ khảo sát chất lượng, đã nhận và trả kết quả 120 mẫu xăng dầu, mũ bảo hiểm, việc phối hợp này đã xong.", 1, 8, False, 170),
    ("II. KHÓ KHĂN, VƯỚNG MẮC: (1) " + diffs[0] + " (2) " + diffs[1], 1, 8, False, 48),
    ("III. KIẾN NGHỊ: (1) " + props[0] + " (2) " + props[1], 1, 8, False, 48),
    ("GIÁM ĐỐC\n\n\nPhan Thanh Sơn", 5, 8, True, 70),
]
rowno = [1, 1, 3, 4, 5, 6, 7, 9]
for (text, c1_, c2_, bold, h), r in zip(blocks, rowno):
    ws.merge_cells(start_row=r, start_column=c1_, end_row=r, end_column=c2_)
    c = ws.cell(row=r, column=c1_, value=text)
    c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if bold else "justify")
    c.font = Font(name="Times New Roman", size=12, bold=bold)
    ws.row_dimensions[r].height = max(h, ws.row_dimensions[r].height or 0)
wb.save(os.path.join(OUT, f))
key(f, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "402/BC-TTPT", "2026-10-26", [
    ("II.4.a", "in_progress", {"budget_spent_vnd": 6850000000}, "dự án mua sắm thiết bị thử nghiệm và chuẩn đo lường năm 2026 … đã giải ngân 6,85 tỷ đồng"),
    ("II.4.c", "completed", {"instruments_verified": 46}, "đã gửi hiệu chuẩn 46 chuẩn, phương tiện đo chuẩn … đã hoàn thành trong Quý III"),
    ("II.2.g", "in_progress", {"instruments_verified": 18430, "samples_tested": 2615}, "kiểm định, hiệu chuẩn 18.430 phương tiện đo và thử nghiệm 2.615 mẫu"),
    ("II.5.b", "completed", {"samples_tested": 120}, "phối hợp với Chi cục thử nghiệm mẫu phục vụ khảo sát chất lượng … 120 mẫu"),
], diffs, props)

# ---- 11. Phòng Quản lý Khoa học (docx)
f = "QLKH-BC-CT38-2026.docx"
diffs = ["quy định thu hút chuyên gia theo Quyết định số 05/2026/QĐ-UBND mới ban hành, các đơn vị còn chậm đề xuất nhu cầu"]
props = ["đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng đề xuất cụ thể vị trí chuyên gia cần thu hút trong lĩnh vực đo lường, thử nghiệm"]
p_res = ("Đối với nhiệm vụ chủ trì về thu hút đội ngũ cán bộ có trình độ chuyên môn cao, chuyên gia tư vấn, đánh giá trong lĩnh vực tiêu chuẩn, đo lường, chất lượng theo Nghị quyết số 27/2023/NQ-HĐND "
         "và Quyết định số 05/2026/QĐ-UBND, Phòng đã tham mưu Sở thông báo nhu cầu thu hút, tiếp nhận hồ sơ của các ứng viên và đang phối hợp thẩm định, nội dung này đang thực hiện; "
         "về phối hợp triển khai Chương trình năng suất chất lượng, Phòng đã phối hợp Chi cục thẩm định thuyết minh các nhiệm vụ khoa học và công nghệ về nâng cao năng suất, chất lượng đặt hàng năm 2026, việc thẩm định đã hoàn thành; "
         "đối với các khóa bồi dưỡng chuyên sâu về năng suất, chất lượng và việc phối hợp với Tổ chức Năng suất Châu Á (APO), trong kỳ Phòng không nhận được đề nghị phối hợp nên không phát sinh.")
p_diff = "Khó khăn: " + diffs[0] + "."
p_prop = "Kiến nghị: " + props[0] + "."
h3_doc(f, ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG QUẢN LÝ KHOA HỌC"], "318/BC-QLKH",
       "Thành phố Hồ Chí Minh, ngày 20 tháng 10 năm 2026",
       "Kết quả thực hiện nhiệm vụ được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
       "Phòng Quản lý Khoa học báo cáo kết quả thực hiện các nhiệm vụ được giao như sau:",
       p_res, p_diff, p_prop, "TRƯỞNG PHÒNG\n\n\n\nĐặng Hữu Nghĩa")
key(f, "SKHCN-QLKH", "Phòng Quản lý Khoa học", "318/BC-QLKH", "2026-10-20", [
    ("II.3.c", "in_progress", {}, "thu hút đội ngũ cán bộ có trình độ chuyên môn cao … đang phối hợp thẩm định, nội dung này đang thực hiện"),
    ("II.2.a", "completed", {}, "phối hợp Chi cục thẩm định thuyết minh các nhiệm vụ khoa học và công nghệ về nâng cao năng suất, chất lượng … đã hoàn thành"),
    ("II.3.b", "not_applicable", {}, "các khóa bồi dưỡng chuyên sâu về năng suất, chất lượng … không phát sinh"),
    ("II.6.b", "not_applicable", {}, "phối hợp với Tổ chức Năng suất Châu Á (APO) … không phát sinh"),
], diffs, props)

# ---- 12. Phòng Chuyển đổi số (docx)
f = "PhongCDS_BaoCao_KH38.docx"
diffs = ["dữ liệu tiêu chuẩn, đo lường, chất lượng của Bộ Khoa học và Công nghệ chưa có giao diện lập trình ứng dụng (API) chính thức để kết nối"]
props = ["đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng làm đầu mối đề nghị Bộ cung cấp tài liệu kỹ thuật kết nối cơ sở dữ liệu quốc gia",
         "đề nghị Trung tâm Công nghệ thông tin và Địa không gian bố trí hạ tầng máy chủ cho phân hệ dữ liệu tiêu chuẩn, đo lường, chất lượng"]
p_res = ("Về phối hợp kết nối liên thông Hệ thống thông tin giải quyết thủ tục hành chính với Cổng thông tin một cửa quốc gia đối với thủ tục đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu, "
         "Phòng đã phối hợp Chi cục và Văn phòng Sở hoàn tất cấu hình, kiểm thử và đưa vào vận hành từ tháng 3/2026, nội dung này đã hoàn thành; "
         "về kết nối, áp dụng hệ thống cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng, Phòng đang cùng Chi cục và Trung tâm Công nghệ thông tin và Địa không gian khảo sát, xây dựng phương án kết nối, "
         "chưa hoàn thành do đang chờ tài liệu kỹ thuật của Bộ; ngoài ra, Phòng đã đăng 09 tin, bài về hoạt động tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử của Sở, việc này thực hiện thường xuyên và đang tiếp tục.")
p_diff = "Khó khăn: " + diffs[0] + "."
p_prop = "Phòng đề xuất: (1) " + props[0] + "; (2) " + props[1] + "."
h3_doc(f, ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG CHUYỂN ĐỔI SỐ"], "77/BC-CĐS",
       "Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2026",
       "Tình hình phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
       "Thực hiện Kế hoạch của Sở về triển khai Chỉ thị số 38-CT/TW năm 2026, Phòng Chuyển đổi số báo cáo như sau:",
       p_res, p_diff, p_prop, "KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\n\n\n\nLý Gia Huy")
key(f, "SKHCN-CDS", "Phòng Chuyển đổi số", "77/BC-CĐS", "2026-10-23", [
    ("II.2.h", "completed", {}, "kết nối liên thông Hệ thống thông tin giải quyết thủ tục hành chính với Cổng thông tin một cửa quốc gia … đã hoàn thành"),
    ("II.2.i", "in_progress", {}, "kết nối, áp dụng hệ thống cơ sở dữ liệu quốc gia … đang cùng Chi cục … chưa hoàn thành do đang chờ tài liệu kỹ thuật"),
    ("II.1.a", "in_progress", {"communications": 9}, "đăng 09 tin, bài về hoạt động tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử của Sở … đang tiếp tục"),
], diffs, props)


# =================================================================== HAND 4
# Huỳnh Văn Sang — commune/department officer typing "tables" with tabs (default tab stops,
# so columns wander) and runs of spaces; hand numbering "1/", "a/", "+"; the last pseudo-
# column "Tình hình" holds lower-case spoken words: "rồi", "còn làm", "chưa làm",
# "không có"; no legend.  His Excel: the same tab-table stuck in ONE cell (pasted while
# editing the cell), or rows with the hand numbering in column A and the rest in B.

def h4_docx(fname, head, title, intro, table_lines, tail):
    d = new_doc(size=13)
    for ln in head:
        para(d, ln, size=12)
    para(d, "")
    for ln in title:
        para(d, ln, bold=True, align="c")
    para(d, "")
    para(d, intro, indent=1.0, align="j")
    for ln in table_lines:
        para(d, ln)
    para(d, "")
    for ln in tail:
        para(d, ln)
    d.save(os.path.join(OUT, fname))


# ---- 13. Phường Chánh Hiệp (docx)
f = "ChanhHiep_bc_TDC_2026.docx"
head = ["ỦY BAN NHÂN DÂN\t\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "PHƯỜNG CHÁNH HIỆP\t\t\t       Độc lập - Tự do - Hạnh phúc",
        "Số: 518/UBND-KT\t\t\t\tChánh Hiệp, ngày 05 tháng 11 năm 2026"]
title = ["BÁO CÁO", "kết quả thực hiện Chỉ thị 38-CT/TW năm 2026 (lĩnh vực TC-ĐL-CL)"]
intro = "UBND phường Chánh Hiệp báo cáo kết quả thực hiện các nội dung theo Kế hoạch của Sở Khoa học và Công nghệ như sau:"
tl = ["",
      "STT\tCông việc\t\t\t\t\tSố liệu\t\t\tTình hình",
      "1/\tTuyên truyền TC-ĐL-CL trên trang\t\t05 tin bài\t\trồi",
      "\tthông tin điện tử phường, loa khu phố",
      "2/\tCử cán bộ đi tập huấn nghiệp vụ\t\t02 người\t\trồi",
      "\t(lớp của Chi cục TĐC tháng 8)",
      "3/\tPhối hợp kiểm tra cân, đo lường tại\t\t\t\t\tcòn làm",
      "\tchợ Chánh Hiệp, chợ Hiệp Thành",
      "\t+ số cuộc\t\t\t\t\t03 cuộc",
      "\t+ hộ kinh doanh được kiểm tra\t\t22 hộ",
      "\t+ vi phạm\t\t\t\t\t02 hộ",
      "\t+ tiền phạt\t\t\t\t\t3.000.000đ",
      "4/\tKiểm tra mũ bảo hiểm bán lề đường\t01 cuộc/06 cơ sở\trồi",
      "\t(phối hợp Công an phường, QLTT)",
      "5/\tTiếp nhận tố giác vi phạm\t\t\t\t-\t\tkhông có",
      ""]
tail = ["* Khó khăn:",
        "- Phường không có cán bộ chuyên môn về đo lường, kiểm tra phải chờ Chi cục hỗ trợ.",
        "* Kiến nghị:",
        "- Đề nghị Chi cục TĐC cho phường mượn cân chuẩn khi tổ chức kiểm tra tại chợ.",
        "- Đề nghị tổ chức tập huấn lại cho cán bộ mới của phường.",
        "",
        "Nơi nhận:\t\t\t\t\t\tKT. CHỦ TỊCH",
        "- Chi cục TĐC;\t\t\t\t\t\tPHÓ CHỦ TỊCH",
        "- Lưu: VT.",
        "\t\t\t\t\t\t\tPhạm Thị Ngọc Hân"]
h4_docx(f, head, title, intro, tl, tail)
key(f, "25771", "Phường Chánh Hiệp", "518/UBND-KT", "2026-11-05", [
    ("II.1.a", "completed", {"communications": 5}, "Tuyên truyền TC-ĐL-CL trên trang thông tin điện tử phường, loa khu phố — 05 tin bài — rồi"),
    ("II.3.a", "completed", {"participants": 2}, "Cử cán bộ đi tập huấn nghiệp vụ — 02 người — rồi"),
    ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 22, "violations": 2, "fines_vnd": 3000000}, "Phối hợp kiểm tra cân, đo lường tại chợ Chánh Hiệp, chợ Hiệp Thành — còn làm"),
    ("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 6}, "Kiểm tra mũ bảo hiểm bán lề đường — 01 cuộc/06 cơ sở — rồi"),
    ("II.5.d", "not_applicable", {}, "Tiếp nhận tố giác vi phạm — không có"),
], ["Phường không có cán bộ chuyên môn về đo lường, kiểm tra phải chờ Chi cục hỗ trợ."],
   ["Đề nghị Chi cục TĐC cho phường mượn cân chuẩn khi tổ chức kiểm tra tại chợ.",
    "Đề nghị tổ chức tập huấn lại cho cán bộ mới của phường."])

# ---- 14. Xã Châu Pha (xlsx, whole tab-table stuck in one cell)
f = "ChauPha-CT38.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.column_dimensions["A"].width = 95
vals = {
    1: "UBND XÃ CHÂU PHA\t\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    2: "Số: 141/BC-UBND\t\t\tĐộc lập - Tự do - Hạnh phúc",
    3: "\t\t\t\tChâu Pha, ngày 31 tháng 10 năm 2026",
    5: "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026",
    7: ("STT\tCông việc\t\t\t\tSố liệu\t\tTình hình\n"
        "1/\tTổ chức tuyên truyền pháp luật đo lường,\t01 buổi\t\trồi\n"
        "\tnhãn hàng hóa cho hộ kinh doanh chợ Châu Pha\t45 người dự\n"
        "2/\tPhối hợp Chi cục TĐC kiểm tra đo lường\t02 cuộc\t\tcòn làm\n"
        "\ttại chợ, cửa hàng xăng dầu trên địa bàn\t14 cơ sở\n"
        "3/\tKiểm tra chất lượng hàng hóa lưu thông\t-\t\tchưa làm\n"
        "\t(chưa có kế hoạch liên ngành)\n"
        "4/\tDuy trì ISO 9001:2015 tại bộ phận một cửa\t-\t\trồi"),
    9: "* Khó khăn: Xã chưa có kinh phí mua tài liệu, in ấn tờ rơi tuyên truyền.",
    10: "* Kiến nghị: Đề nghị Chi cục TĐC hỗ trợ tài liệu tuyên truyền và cử cán bộ hướng dẫn xã kiểm tra hàng hóa.",
    12: "\t\t\t\tTM. UBND XÃ\n\t\t\t\tCHỦ TỊCH\n\n\t\t\t\tTrịnh Văn Lực",
}
for r_, v in vals.items():
    c = ws.cell(row=r_, column=1, value=v)
    c.font = Font(name="Times New Roman", size=12, bold=(r_ == 5))
    c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[r_].height = 16 * (v.count("\n") + 1)
wb.save(os.path.join(OUT, f))
key(f, "26728", "Xã Châu Pha", "141/BC-UBND", "2026-10-31", [
    ("II.1.a", "completed", {"training_courses": 1, "participants": 45}, "Tổ chức tuyên truyền pháp luật đo lường, nhãn hàng hóa cho hộ kinh doanh chợ Châu Pha — 01 buổi, 45 người dự — rồi"),
    ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 14}, "Phối hợp Chi cục TĐC kiểm tra đo lường tại chợ, cửa hàng xăng dầu — 02 cuộc, 14 cơ sở — còn làm"),
    ("II.5.a", "not_started", {}, "Kiểm tra chất lượng hàng hóa lưu thông — chưa làm"),
    ("II.2.đ", "completed", {}, "Duy trì ISO 9001:2015 tại bộ phận một cửa — rồi"),
], ["Xã chưa có kinh phí mua tài liệu, in ấn tờ rơi tuyên truyền."],
   ["Đề nghị Chi cục TĐC hỗ trợ tài liệu tuyên truyền và cử cán bộ hướng dẫn xã kiểm tra hàng hóa."])

# ---- 15. Xã Hồ Tràm (docx) — MISTAKEN: phòng chống thiên tai report
f = "HoTram_baocao_thang10.docx"
head = ["ỦY BAN NHÂN DÂN\t\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "XÃ HỒ TRÀM\t\t\t\t       Độc lập - Tự do - Hạnh phúc",
        "Số: 204/BC-UBND\t\t\t\tHồ Tràm, ngày 26 tháng 10 năm 2026"]
title = ["BÁO CÁO", "Công tác phòng, chống thiên tai và tìm kiếm cứu nạn 10 tháng năm 2026"]
intro = "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã Hồ Tràm báo cáo kết quả như sau:"
tl = ["",
      "STT\tCông việc\t\t\t\t\tSố liệu\t\t\tTình hình",
      "1/\tKiện toàn Ban chỉ huy PCTT-TKCN xã\t\t01 quyết định\t\trồi",
      "2/\tDiễn tập ứng phó bão, triều cường\t\t01 cuộc\t\trồi",
      "\t+ lực lượng tham gia\t\t\t\t150 người",
      "3/\tRà soát hộ dân ven biển cần di dời\t\t86 hộ\t\t\tcòn làm",
      "4/\tGia cố kè chắn sóng Hồ Tràm\t\t\t-\t\t\tchưa làm",
      ""]
tail = ["* Khó khăn:",
        "- Kinh phí gia cố kè chắn sóng chưa được bố trí.",
        "* Kiến nghị:",
        "- Đề nghị Thành phố hỗ trợ vốn gia cố kè chắn sóng đoạn ấp Hồ Tràm.",
        "",
        "\t\t\t\t\t\tTM. ỦY BAN NHÂN DÂN",
        "\t\t\t\t\t\tCHỦ TỊCH",
        "\t\t\t\t\t\tCao Văn Thuận"]
h4_docx(f, head, title, intro, tl, tail)
key(f, "26620", "Xã Hồ Tràm", "204/BC-UBND", "2026-10-26", [], [], [], status="rejected",
    reason="Báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn của xã Hồ Tràm, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW.")

# ---- 16. Sở Giáo dục và Đào tạo (xlsx: hand numbering in column A, text in column B)
f = "SGDDT_BC_CT38.xlsx"
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.column_dimensions["A"].width = 6
ws.column_dimensions["B"].width = 100
rows_ = [
    ("", "UBND THÀNH PHỐ HỒ CHÍ MINH\t\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("", "SỞ GIÁO DỤC VÀ ĐÀO TẠO\t\t\t\tĐộc lập - Tự do - Hạnh phúc"),
    ("", "Số: 3620/BC-SGDĐT\t\t\t\tTP. Hồ Chí Minh, ngày 27 tháng 10 năm 2026"),
    ("", ""),
    ("", "BÁO CÁO KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"),
    ("", ""),
    ("1/", "Giáo dục kiến thức về tiêu chuẩn, đo lường, chất lượng cho học sinh, sinh viên"),
    ("", "+ Phối hợp Chi cục TĐC tổ chức 03 buổi sinh hoạt ngoại khóa về đo lường, mã số mã vạch, truy xuất nguồn gốc tại các trường trung cấp, THPT"),
    ("", "+ Số học sinh, sinh viên tham gia: 640 em"),
    ("", "+ Tình hình: còn làm (tiếp tục tổ chức trong học kỳ I năm học 2026-2027)"),
    ("2/", "Tuyên truyền trên Cổng thông tin điện tử ngành giáo dục"),
    ("", "+ Đăng 04 tin, bài về Ngày Tiêu chuẩn Thế giới, Ngày Đo lường Thế giới"),
    ("", "+ Tình hình: rồi"),
    ("3/", "Góp ý dự thảo QCVN về bàn ghế học sinh, thiết bị dạy học"),
    ("", "+ Đã góp ý 01 dự thảo QCVN theo đề nghị của Bộ GD&ĐT"),
    ("", "+ Tình hình: rồi"),
    ("4/", "Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở"),
    ("", "+ Tình hình: rồi"),
    ("", ""),
    ("*", "Khó khăn: Thời lượng chương trình chính khóa dày, khó bố trí thời gian cho hoạt động ngoại khóa về tiêu chuẩn, đo lường, chất lượng."),
    ("*", "Kiến nghị: Đề nghị Chi cục TĐC biên soạn tài liệu ngắn gọn, phù hợp lứa tuổi học sinh để các trường sử dụng."),
    ("", ""),
    ("", "\t\t\t\t\t\tKT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC"),
    ("", "\t\t\t\t\t\tNguyễn Thị Thanh Hương"),
]
for i, (a, b) in enumerate(rows_, 1):
    ws.cell(row=i, column=1, value=a or None).font = Font(name="Times New Roman", size=12)
    cb = ws.cell(row=i, column=2, value=b or None)
    cb.font = Font(name="Times New Roman", size=12, bold=(i == 5))
wb.save(os.path.join(OUT, f))
key(f, "SO-GDDT", "Sở Giáo dục và Đào tạo", "3620/BC-SGDĐT", "2026-10-27", [
    ("II.3.d", "in_progress", {"training_courses": 3, "participants": 640}, "Phối hợp Chi cục TĐC tổ chức 03 buổi sinh hoạt ngoại khóa … Số học sinh, sinh viên tham gia: 640 em"),
    ("II.1.a", "completed", {"communications": 4}, "Đăng 04 tin, bài về Ngày Tiêu chuẩn Thế giới, Ngày Đo lường Thế giới"),
    ("II.2.e", "completed", {"standards_reviewed": 1}, "Đã góp ý 01 dự thảo QCVN theo đề nghị của Bộ GD&ĐT"),
    ("II.2.đ", "completed", {}, "Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở"),
], ["Thời lượng chương trình chính khóa dày, khó bố trí thời gian cho hoạt động ngoại khóa về tiêu chuẩn, đo lường, chất lượng."],
   ["Đề nghị Chi cục TĐC biên soạn tài liệu ngắn gọn, phù hợp lứa tuổi học sinh để các trường sử dụng."])


# ---------------------------------------------------------------- LibreOffice re-save
def lo_resave(fname, fmt):
    src = os.path.join(OUT, fname)
    tmp = tempfile.mkdtemp()
    try:
        subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.move(os.path.join(tmp, fname), src)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


lo_resave("baulam-bc-ct38.docx", "docx")
lo_resave("SYT_CT38_2026.xlsx", "xlsx")

# ---------------------------------------------------------------- write keys
for k in KEYS:
    with open(os.path.join(OUT, k["file"]), "rb") as fh:
        sha = hashlib.sha256(fh.read()).hexdigest()
    out = {"file": k["file"], "sha256": sha, "status": k["status"], "reason": k["reason"],
           "unit": k["unit"], "document": k["document"], "entries": k["entries"],
           "findings": k["findings"], "difficulties": k["difficulties"], "proposals": k["proposals"]}
    with open(os.path.join(TRUTH, k["file"] + ".json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2)
print(len(KEYS), "files")
