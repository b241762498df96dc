# -*- coding: utf-8 -*-
"""Generator for set225. Writes report files, truth keys (sha256 filled in by finish())."""
import json, os, hashlib, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}
DERIVED = {}


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
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d


def header(d, up, unit, so, place_date, up_bold=False):
    t = d.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    l.text = ""
    p = l.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = p.add_run(up + "\n"); rr.bold = up_bold
    rr = p.add_run(unit + "\n"); rr.bold = True
    p.add_run("Số: " + so if so else "Số:      /BC")
    p = r.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = p.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"); rr.bold = True
    rr = p.add_run("Độc lập - Tự do - Hạnh phúc\n"); rr.bold = True
    rr = p.add_run(place_date); rr.italic = True


def title(d, *lines):
    for i, ln in enumerate(lines):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(ln); r.bold = True
        if i == 0:
            r.font.size = Pt(14)


def para(d, text, bold=False, italic=False, indent=True):
    p = d.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    r = p.add_run(text); r.bold = bold; r.italic = italic
    return p


def sign(d, left_lines, role, name):
    t = d.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    p = l.paragraphs[0]
    rr = p.add_run("Nơi nhận:\n"); rr.bold = True; rr.italic = True
    p.add_run("\n".join(left_lines)).font.size = Pt(11)
    p = r.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = p.add_run(role + "\n\n\n\n"); rr.bold = True
    rr = p.add_run(name); rr.bold = True


def grid_table(d, rows, widths=None, bold_first=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            lines = str(val).split("\n")
            p = c.paragraphs[0]
            for k, ln in enumerate(lines):
                if k:
                    p = c.add_paragraph()
                r = p.add_run(ln)
                r.font.size = Pt(12)
                if i == 0 and bold_first:
                    r.bold = True
            if widths:
                c.width = Cm(widths[j])
    return t


def short_name(caps):
    n = caps.replace("ỦY BAN NHÂN DÂN ", "").title()
    w = n.split(" ")
    if w[0] == "Đặc":
        return "đặc khu " + " ".join(w[2:])
    return w[0].lower() + " " + " ".join(w[1:])


# ======================================================================
# HAND A  — ward officer, Ms. Đoàn Thị Mỹ Hạnh style: timeline "Ngày dd/m: …"
# no headings, tasks named inside the sentence, small counts in words.
# ======================================================================
def hand_a(fname, up, unit_caps, so, date_line, ttl, intro, days, kk_sentence, kk, dx_sentence, dx, signer, role):
    d = new_doc("Times New Roman", 13)
    header(d, up, unit_caps, so, date_line)
    d.add_paragraph()
    title(d, *ttl)
    para(d, intro)
    for dd, txt in days:
        p = d.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
        r = p.add_run("Ngày " + dd + ": "); r.bold = False
        p.add_run(txt)
    if kk:
        para(d, kk_sentence + " " + "; ".join(kk) + ".")
    if dx:
        para(d, dx_sentence + " " + "; ".join(dx) + ".")
    para(d, "Trên đây là báo cáo của Ủy ban nhân dân " + short_name(unit_caps) + "./.")
    sign(d, ["- Sở Khoa học và Công nghệ;", "- Chi cục TĐC;", "- Lưu: VT, KT."], role, signer)
    d.save(os.path.join(OUT, fname))


# A1 --------------------------------------------------------------------
f = "26842-tang-nhon-phu-bc-ct38.docx"
a1_kk = ["Phòng Kinh tế chỉ có một công chức kiêm nhiệm theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng",
         "phường chưa có cân đối chứng đặt tại chợ Phước Long"]
a1_dx = ["đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ phường một cân đối chứng cho chợ Phước Long",
         "đề nghị Sở tổ chức thêm lớp tập huấn về xử phạt vi phạm hành chính trong lĩnh vực đo lường cho cán bộ phường"]
hand_a(f, "ỦY BAN NHÂN DÂN", "PHƯỜNG TĂNG NHƠN PHÚ", "412/BC-UBND",
       "Tăng Nhơn Phú, ngày 10 tháng 11 năm 2026",
       ["BÁO CÁO", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", "(từ đầu năm đến ngày 05/11/2026)"],
       "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026, Ủy ban nhân dân phường Tăng Nhơn Phú báo cáo các việc đã làm theo thứ tự thời gian như sau:",
       [("14/01", "Phường ban hành Kế hoạch số 09/KH-UBND về công tác tiêu chuẩn, đo lường, chất lượng năm 2026, giao Phòng Kinh tế theo dõi, tham mưu."),
        ("03/3", "phường cử hai công chức Phòng Kinh tế dự lớp tập huấn nghiệp vụ quản lý nhà nước về đo lường, chất lượng dành cho cán bộ phường, xã do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức; việc cử người đi tập huấn năm nay phường đã làm xong."),
        ("19/3", "phối hợp Chi cục kiểm tra đo lường tại chợ Tăng Nhơn Phú theo nội dung được phân quyền cho phường, làm hai cuộc trong ngày, kiểm tra chín cơ sở kinh doanh, phát hiện một hộ dùng cân sai số vượt mức cho phép, lập biên bản nhắc nhở."),
        ("22/4", "Đài truyền thanh phường phát ba tin về tiêu chuẩn, đo lường, chất lượng."),
        ("20/5", "nhân Ngày Đo lường thế giới, phường đăng thêm hai bài trên trang thông tin điện tử, như vậy việc tuyên truyền về tiêu chuẩn, đo lường, chất lượng từ đầu năm được năm tin, bài; việc này phường làm thường xuyên, vẫn đang tiếp tục."),
        ("12/6", "cùng Đội Quản lý thị trường kiểm tra nhãn hàng hóa và hàng đóng gói sẵn tại bốn cửa hàng tạp hóa trên đường Lê Văn Việt, các cơ sở đều chấp hành tốt; đợt kiểm tra hàng hóa trong năm đến đây đã xong."),
        ("08/8", "kiểm tra đo lường đợt hai tại chợ Tăng Nhơn Phú và chợ Phước Long, một cuộc, bảy cơ sở, có hai hộ vi phạm về cân, Chủ tịch UBND phường ra quyết định xử phạt tổng cộng 3.500.000 đồng. Cộng từ đầu năm, việc kiểm tra đo lường ở chợ được ba cuộc, 16 cơ sở, ba trường hợp vi phạm; phường còn kiểm tra dịp Tết Nguyên đán nên việc này đang tiếp tục làm."),
        ("25/9", "Bộ phận Một cửa hướng dẫn ba cơ sở (hai hộ kinh doanh, một doanh nghiệp nhỏ) về thủ tục tự công bố sản phẩm và ghi nhãn theo tiêu chuẩn; việc hỗ trợ này làm khi có yêu cầu, đang thực hiện."),
        ("15/10", "rà soát lại thì đến nay phường chưa nhận được tin báo, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng nên việc khen thưởng người tố giác không phát sinh."),
        ("05/11", "Phòng Kinh tế chốt số liệu để báo cáo.")],
       "Khó khăn của phường hiện nay là:", a1_kk, "Phường kiến nghị:", a1_dx,
       "Nguyễn Văn Thắng", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
key(f, "26842", "Phường Tăng Nhơn Phú", "412/BC-UBND", "2026-11-10", [
    ("II.3.a", "completed", {"participants": 2}, "Cử hai công chức dự lớp tập huấn nghiệp vụ đo lường, chất lượng; đã làm xong."),
    ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 16, "violations": 3, "fines_vnd": 3500000},
     "Kiểm tra đo lường ở chợ theo phân quyền: ba cuộc, 16 cơ sở, ba vi phạm, phạt 3.500.000 đồng; đang tiếp tục."),
    ("II.1.a", "in_progress", {"communications": 5}, "Tuyên truyền năm tin, bài về tiêu chuẩn, đo lường, chất lượng; làm thường xuyên."),
    ("II.5.a", "completed", {"establishments_inspected": 4}, "Kiểm tra nhãn hàng hóa, hàng đóng gói sẵn tại bốn cửa hàng; đã xong."),
    ("II.2.d", "in_progress", {"enterprises_supported": 3}, "Hướng dẫn ba cơ sở tự công bố sản phẩm, ghi nhãn; đang thực hiện."),
    ("II.5.d", "not_applicable", {}, "Không có tin báo, tố giác nên việc khen thưởng không phát sinh."),
], [s[0].upper() + s[1:] for s in a1_kk], [s[0].upper() + s[1:] for s in a1_dx])

# A2 --------------------------------------------------------------------
f = "26608-xa-kim-long-bao-cao-chi-thi-38.docx"
a2_kk = ["xã chưa có kinh phí riêng cho công tác tiêu chuẩn, đo lường, chất lượng"]
a2_dx = ["đề nghị Chi cục sớm gửi kết quả thử nghiệm mẫu phân bón để xã thông báo cho người dân",
         "đề nghị hỗ trợ xã tài liệu tuyên truyền về đo lường in sẵn để phát cho các ấp"]
hand_a(f, "UBND THÀNH PHỐ HỒ CHÍ MINH", "ỦY BAN NHÂN DÂN XÃ KIM LONG", "187/BC-UBND",
       "Kim Long, ngày 06 tháng 11 năm 2026",
       ["BÁO CÁO", "Tình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026", "theo Kế hoạch triển khai Chỉ thị 38-CT/TW"],
       "Ủy ban nhân dân xã Kim Long báo cáo tình hình thực hiện đến đầu tháng 11/2026 như sau:",
       [("20/02", "xã tổ chức một hội nghị phổ biến văn bản pháp luật về đo lường, chất lượng cho hộ kinh doanh và hợp tác xã trên địa bàn, có 46 người dự."),
        ("09/4", "cùng Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra cân tại chợ Kim Long, một cuộc, 11 cơ sở, không có trường hợp phải xử phạt."),
        ("02/6", "phối hợp Chi cục lấy bốn mẫu phân bón tại các đại lý vật tư nông nghiệp để khảo sát chất lượng; đến nay Chi cục chưa gửi kết quả thử nghiệm về nên việc khảo sát vẫn đang làm."),
        ("16/7", "kiểm tra đo lường tại hai cửa hàng xăng dầu trên Quốc lộ 56; tính chung việc kiểm tra theo nội dung phân quyền, xã đã làm hai cuộc, 13 cơ sở, như vậy đã xong kế hoạch năm."),
        ("21/8", "cử một cán bộ Văn phòng HĐND-UBND xã dự lớp bồi dưỡng nghiệp vụ tiêu chuẩn, đo lường, chất lượng, cán bộ đã học xong, việc này hoàn thành."),
        ("14/10", "phát sáu lượt tin trên loa truyền thanh các ấp về cân đúng, đong đủ; cùng với hội nghị tháng 2, việc tuyên truyền, phổ biến xã vẫn làm thường xuyên."),
        ("30/10", "rà soát thì chưa có hộ kinh doanh, hợp tác xã nào đề nghị hỗ trợ công bố chất lượng sản phẩm, việc này không phát sinh.")],
       "Khó khăn:", a2_kk, "Đề xuất:", a2_dx, "Lê Hoàng Phúc", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
key(f, "26608", "Xã Kim Long", "187/BC-UBND", "2026-11-06", [
    ("II.1.a", "in_progress", {"training_courses": 1, "participants": 46, "communications": 6},
     "Một hội nghị phổ biến pháp luật, 46 người dự; sáu lượt tin trên loa; làm thường xuyên."),
    ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 13}, "Kiểm tra đo lường theo phân quyền: hai cuộc, 13 cơ sở; xong kế hoạch năm."),
    ("II.5.b", "in_progress", {"samples_tested": 4}, "Lấy bốn mẫu phân bón khảo sát; chờ kết quả."),
    ("II.3.a", "completed", {"participants": 1}, "Cử một cán bộ dự lớp bồi dưỡng; hoàn thành."),
    ("II.2.d", "not_applicable", {}, "Không có đề nghị hỗ trợ công bố chất lượng."),
], [s[0].upper() + s[1:] for s in a2_kk], [s[0].upper() + s[1:] for s in a2_dx])

# A3 --------------------------------------------------------------------
f = "25966-lai-thieu-ct38-11thang.docx"
a3_kk = ["tiểu thương ở chợ còn dùng cân không rõ nguồn gốc, chưa được kiểm định",
         "các doanh nghiệp gốm sứ quy mô nhỏ ngại chi phí áp dụng hệ thống quản lý chất lượng"]
a3_dx = ["đề nghị Sở hướng dẫn thống nhất mẫu biên bản kiểm tra đo lường dùng cho cấp phường"]
hand_a(f, "ỦY BAN NHÂN DÂN", "PHƯỜNG LÁI THIÊU", "95/BC-UBND",
       "Lái Thiêu, ngày 12 tháng 11 năm 2026",
       ["BÁO CÁO", "Kết quả thực hiện Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng năm 2026"],
       "Căn cứ Kế hoạch của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Lái Thiêu báo cáo như sau:",
       [("07/01", "triển khai Kế hoạch của Sở đến các khu phố và Ban quản lý chợ Lái Thiêu."),
        ("25/3", "phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức buổi tọa đàm với doanh nghiệp sản xuất gốm sứ về áp dụng tiêu chuẩn và văn bản pháp luật về chất lượng, có 38 đại biểu dự; buổi tọa đàm đã tổ chức xong."),
        ("10/4", "sau tọa đàm có hai doanh nghiệp gốm sứ đăng ký được Chi cục tư vấn áp dụng ISO 9001, hiện Chi cục đang tư vấn, phường tiếp tục theo dõi."),
        ("17/5", "kiểm tra cân tại chợ Lái Thiêu, 14 cơ sở, hai hộ vi phạm, xử phạt 2.000.000 đồng."),
        ("19/8", "UBND phường tổ chức đánh giá nội bộ hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Bộ phận Một cửa; đã đánh giá xong, đang chờ công bố lại nên việc duy trì ISO vẫn đang làm."),
        ("11/9", "kiểm tra đo lường cột đo xăng dầu tại ba cửa hàng xăng dầu trên đường Nguyễn Trãi, không có vi phạm."),
        ("06/10", "cử ba công chức dự hội nghị tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho cán bộ phường, xã; việc này đã xong."),
        ("30/10", "tổng hợp việc kiểm tra đo lường theo phân quyền: hai cuộc, 17 cơ sở, hai hộ vi phạm, tiền phạt 2.000.000 đồng; phường đã hoàn thành kế hoạch kiểm tra năm.")],
       "Khó khăn, vướng mắc:", a3_kk, "Kiến nghị:", a3_dx, "Trần Minh Khoa", "CHỦ TỊCH")
key(f, "25966", "Phường Lái Thiêu", "95/BC-UBND", "2026-11-12", [
    ("II.1.a", "completed", {"training_courses": 1, "participants": 38}, "Tọa đàm với doanh nghiệp gốm sứ, 38 đại biểu; đã tổ chức xong."),
    ("II.2.d", "in_progress", {"enterprises_supported": 2}, "Hai doanh nghiệp được Chi cục tư vấn ISO 9001; đang tư vấn."),
    ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 17, "violations": 2, "fines_vnd": 2000000},
     "Kiểm tra đo lường theo phân quyền: hai cuộc, 17 cơ sở, hai vi phạm, phạt 2.000.000 đồng; hoàn thành kế hoạch năm."),
    ("II.2.đ", "in_progress", {}, "Đánh giá nội bộ ISO 9001 tại Bộ phận Một cửa; chờ công bố lại."),
    ("II.3.a", "completed", {"participants": 3}, "Cử ba công chức dự tập huấn; đã xong."),
], [s[0].upper() + s[1:] for s in a3_kk], [s[0].upper() + s[1:] for s in a3_dx])

# A4 (mistaken: cải cách hành chính) ----------------------------------------
f = "26536-rach-dua-bao-cao-cchc-10t.docx"
hand_a(f, "ỦY BAN NHÂN DÂN", "PHƯỜNG RẠCH DỪA", "233/BC-UBND",
       "Rạch Dừa, ngày 09 tháng 11 năm 2026",
       ["BÁO CÁO", "Kết quả công tác cải cách hành chính 10 tháng năm 2026"],
       "Thực hiện Công văn của Sở Nội vụ về báo cáo công tác cải cách hành chính định kỳ, Ủy ban nhân dân phường Rạch Dừa báo cáo như sau:",
       [("15/01", "ban hành Kế hoạch cải cách hành chính năm 2026 của phường, giao Văn phòng HĐND-UBND theo dõi."),
        ("10/3", "rà soát 126 thủ tục hành chính đang tiếp nhận tại Bộ phận Một cửa, đề nghị đơn giản hóa hai thủ tục về hộ tịch."),
        ("22/5", "tổ chức kiểm tra công vụ tại ba khu phố, nhắc nhở một trường hợp chậm trả hồ sơ."),
        ("18/7", "khảo sát sự hài lòng của người dân, 250 phiếu, tỷ lệ hài lòng đạt 97,2%."),
        ("30/9", "tỷ lệ hồ sơ giải quyết đúng hạn 9 tháng đạt 98,6%; 100% hồ sơ được số hóa."),
        ("31/10", "hoàn thành cập nhật dữ liệu dân cư phục vụ Đề án 06.")],
       "Khó khăn:", ["đường truyền tại Bộ phận Một cửa còn chập chờn"], "Đề xuất:",
       ["đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ cải cách hành chính cho công chức mới"],
       "Phạm Thị Thu Trang", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
key(f, "26536", "Phường Rạch Dừa", "233/BC-UBND", "2026-11-09", [], [], [],
    status="rejected", reason="Báo cáo về công tác cải cách hành chính (gửi nhầm), không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng.")


# ======================================================================
# HAND B — department statistician, Mr. Hồ Quang Vinh style: the same quarterly
# table copied for Quý I, II, III and "Tháng 10 – 11"; sometimes a closing
# "Cộng 11 tháng" (typed or =SUM), sometimes nothing (reader must sum).
# ======================================================================
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def b_sheet(fname, agency_up, agency, so, city_date, ttl, cols, rows, blocks, total, total_status_col,
            last_notes, kk, dx, signer, role, sheetname="BC 11 thang", formula_total=False):
    """rows: list of (name, unit); blocks: list of (label, [values per row]); total: 'typed'|'formula'|None."""
    wb = Workbook(); ws = wb.active; ws.title = sheetname
    ws.column_dimensions["A"].width = 6; ws.column_dimensions["B"].width = 58
    ws.column_dimensions["C"].width = 12; ws.column_dimensions["D"].width = 16; ws.column_dimensions["E"].width = 26
    ws["A1"] = agency_up; ws["A2"] = agency; ws["A2"].font = Font(bold=True)
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(bold=True)
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["A3"] = "Số: " + so
    ws["D3"] = city_date; ws["D3"].font = Font(italic=True)
    r = 5
    for t in ttl:
        ws.cell(r, 1, t).font = Font(bold=True, size=13)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ws.cell(r, 1).alignment = Alignment(horizontal="center")
        r += 1
    r += 1
    first_data_rows = []
    for label, vals, notes in blocks:
        ws.cell(r, 1, label).font = Font(bold=True)
        r += 1
        for j, h in enumerate(cols, 1):
            c = ws.cell(r, j, h); c.font = Font(bold=True); c.border = BOX
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        r += 1
        start = r
        for i, (nm, un) in enumerate(rows):
            ws.cell(r, 1, i + 1); ws.cell(r, 2, nm); ws.cell(r, 3, un)
            v = vals[i]
            ws.cell(r, 4, v if v else "-")
            if isinstance(v, int) and v >= 100000:
                ws.cell(r, 4).number_format = "#,##0"
            ws.cell(r, 5, notes[i] if notes else "")
            for j in range(1, 6):
                ws.cell(r, j).border = BOX
                ws.cell(r, j).alignment = Alignment(wrap_text=True, vertical="top")
            r += 1
        first_data_rows.append(start)
        r += 1
    if total:
        ws.cell(r, 1, "CỘNG 11 THÁNG NĂM 2026").font = Font(bold=True)
        r += 1
        hdr = cols[:4] + [total_status_col]
        for j, h in enumerate(hdr, 1):
            c = ws.cell(r, j, h); c.font = Font(bold=True); c.border = BOX
        r += 1
        for i, (nm, un) in enumerate(rows):
            ws.cell(r, 1, i + 1); ws.cell(r, 2, nm); ws.cell(r, 3, un)
            if total == "formula":
                refs = ",".join("D%d" % (s + i) for s in first_data_rows)
                ws.cell(r, 4, "=SUM(%s)" % refs)
            else:
                ws.cell(r, 4, sum(b[1][i] or 0 for b in blocks))
            ws.cell(r, 4).number_format = "#,##0"
            ws.cell(r, 5, last_notes[i])
            for j in range(1, 6):
                ws.cell(r, j).border = BOX; ws.cell(r, j).font = Font(bold=True)
            r += 1
        r += 1
    ws.cell(r, 1, "Khó khăn, vướng mắc:").font = Font(bold=True); r += 1
    for s in kk:
        ws.cell(r, 1, "- " + s); r += 1
    ws.cell(r, 1, "Kiến nghị, đề xuất:").font = Font(bold=True); r += 1
    for s in dx:
        ws.cell(r, 1, "- " + s); r += 1
    r += 1
    ws.cell(r, 4, role).font = Font(bold=True); r += 4
    ws.cell(r, 4, signer).font = Font(bold=True)
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fname))


# B1 Sở Công Thương — typed Cộng 11 tháng ------------------------------------
f = "SCT-bao-cao-11-thang-TDC.xlsx"
rows = [("Kiểm tra chất lượng hàng hóa lưu thông (xăng dầu, LPG, phân bón, đồ điện)", "cuộc"),
        ("   - Số cơ sở được kiểm tra", "cơ sở"),
        ("   - Số cơ sở vi phạm", "cơ sở"),
        ("   - Tiền xử phạt VPHC", "đồng"),
        ("Lấy mẫu xăng dầu, LPG thử nghiệm chất lượng", "mẫu"),
        ("Góp ý dự thảo QCVN, TCVN do Bộ gửi xin ý kiến", "dự thảo"),
        ("Cử công chức dự tập huấn nghiệp vụ TĐC", "lượt người"),
        ("Hướng dẫn doanh nghiệp về tiêu chuẩn, nhãn hàng hóa, truy xuất nguồn gốc", "doanh nghiệp")]
q = [[4, 22, 3, 42500000, 12, 1, 0, 5], [6, 35, 5, 68000000, 18, 2, 6, 8],
     [5, 28, 2, 25000000, 15, 0, 4, 12], [3, 17, 1, 12500000, 9, 1, 0, 7]]
b1_kk = ["Lực lượng Quản lý thị trường mỏng so với số lượng cơ sở kinh doanh xăng dầu, LPG trên địa bàn mở rộng",
         "Chi phí thử nghiệm mẫu lớn, dự toán năm 2026 chỉ đáp ứng khoảng 60% nhu cầu"]
b1_dx = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng sản phẩm, hàng hóa định kỳ hằng quý",
         "Đề nghị Chi cục TĐC phối hợp lấy mẫu xăng dầu tại các xã ven biển trong Quý IV"]
b_sheet(f, "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ CÔNG THƯƠNG", "3518/BC-SCT", "Thành phố Hồ Chí Minh, ngày 04 tháng 11 năm 2026",
        ["BÁO CÁO", "Kết quả phối hợp thực hiện công tác tiêu chuẩn, đo lường, chất lượng 11 tháng năm 2026",
         "(theo Kế hoạch triển khai Chỉ thị số 38-CT/TW của Sở Khoa học và Công nghệ)"],
        ["STT", "Nội dung", "Đơn vị tính", "Số lượng", "Ghi chú"], rows,
        [("I. QUÝ I/2026", q[0], None), ("II. QUÝ II/2026", q[1], None), ("III. QUÝ III/2026", q[2], None),
         ("IV. THÁNG 10 – 11/2026", q[3], None)], "typed", "Tình trạng",
        ["Đang thực hiện (thường xuyên)", "", "", "", "Đang thực hiện", "Hoàn thành", "Hoàn thành", "Đang thực hiện"],
        b1_kk, b1_dx, "Vũ Đức Long", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
tot = [sum(x[i] for x in q) for i in range(8)]
key(f, "SO-CT", "Sở Công Thương", "3518/BC-SCT", "2026-11-04", [
    ("II.5.a", "in_progress", {"inspections": tot[0], "establishments_inspected": tot[1], "violations": tot[2], "fines_vnd": tot[3]},
     "Kiểm tra chất lượng hàng hóa lưu thông 11 tháng; thường xuyên."),
    ("II.5.b", "in_progress", {"samples_tested": tot[4]}, "Lấy mẫu xăng dầu, LPG thử nghiệm chất lượng."),
    ("II.2.e", "completed", {"standards_reviewed": tot[5]}, "Góp ý dự thảo QCVN, TCVN."),
    ("II.3.a", "completed", {"participants": tot[6]}, "Cử công chức dự tập huấn nghiệp vụ TĐC."),
    ("II.2.d", "in_progress", {"enterprises_supported": tot[7]}, "Hướng dẫn doanh nghiệp về tiêu chuẩn, nhãn, truy xuất nguồn gốc."),
], b1_kk, b1_dx)

# B2 Sở Xây dựng — no total; reader sums -------------------------------------
f = "SXD_BC_CT38_11thang_2026.xlsx"
rows = [("Góp ý dự thảo QCVN, TCVN lĩnh vực vật liệu xây dựng", "dự thảo"),
        ("Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường", "cuộc"),
        ("   Trong đó: số cơ sở được kiểm tra", "cơ sở"),
        ("Hội nghị phổ biến QCVN 16:2023/BXD cho doanh nghiệp", "hội nghị"),
        ("   Số đại biểu tham dự", "người"),
        ("Cử công chức tham dự tập huấn về tiêu chuẩn, đo lường, chất lượng", "người")]
q = [[2, 1, 5, 1, 120, 0], [1, 2, 9, 0, 0, 3], [3, 2, 8, 1, 85, 2], [1, 1, 4, 0, 0, 0]]
b2_kk = ["Một số QCVN mới ban hành chưa có hướng dẫn áp dụng chi tiết, doanh nghiệp còn lúng túng khi chứng nhận hợp quy"]
b2_dx = ["Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức hội nghị phổ biến QCVN mới cho doanh nghiệp sản xuất vật liệu xây dựng"]
b_sheet(f, "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ XÂY DỰNG", "9021/BC-SXD", "Thành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026",
        ["BÁO CÁO", "Tình hình thực hiện nhiệm vụ tiêu chuẩn, đo lường, chất lượng ngành Xây dựng năm 2026 (11 tháng)"],
        ["TT", "Nội dung công việc", "ĐVT", "Kết quả", "Ghi chú"], rows,
        [("QUÝ I/2026", q[0], None), ("QUÝ II/2026", q[1], None), ("QUÝ III/2026", q[2], None),
         ("THÁNG 10 – 11/2026", q[3], ["Hoàn thành", "Đang thực hiện", "", "Hoàn thành", "", "Hoàn thành"])],
        None, None, None, b2_kk, b2_dx, "Lâm Quốc Tuấn", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", sheetname="Bao cao")
s = [sum(x[i] for x in q) for i in range(6)]
key(f, "SO-XD", "Sở Xây dựng", "9021/BC-SXD", "2026-11-03", [
    ("II.2.e", "completed", {"standards_reviewed": s[0]}, "Góp ý dự thảo QCVN, TCVN vật liệu xây dựng (cộng 4 kỳ)."),
    ("II.5.a", "in_progress", {"inspections": s[1], "establishments_inspected": s[2]}, "Kiểm tra chất lượng VLXD lưu thông (cộng 4 kỳ)."),
    ("II.1.a", "completed", {"training_courses": s[3], "participants": s[4]}, "Hội nghị phổ biến QCVN cho doanh nghiệp (cộng 4 kỳ)."),
    ("II.3.a", "completed", {"participants": s[5]}, "Cử công chức dự tập huấn (cộng 4 kỳ)."),
], b2_kk, b2_dx)
DERIVED[f] = [
    {"task": "II.2.e", "indicator": "standards_reviewed", "parts": [x[0] for x in q]},
    {"task": "II.5.a", "indicator": "inspections", "parts": [x[1] for x in q]},
    {"task": "II.5.a", "indicator": "establishments_inspected", "parts": [x[2] for x in q]},
    {"task": "II.1.a", "indicator": "training_courses", "parts": [x[3] for x in q]},
    {"task": "II.1.a", "indicator": "participants", "parts": [x[4] for x in q]},
    {"task": "II.3.a", "indicator": "participants", "parts": [x[5] for x in q]},
]

# B3 Phòng Kiểm tra – Pháp chế — =SUM Cộng row, re-saved by LibreOffice --------
f = "KTPC-tong-hop-11-thang-CT38.xlsx"
rows = [("Kiểm tra về tiêu chuẩn, đo lường, chất lượng (phối hợp Chi cục TĐC)", "cuộc"),
        ("   - Cơ sở được kiểm tra", "cơ sở"),
        ("   - Cơ sở vi phạm", "cơ sở"),
        ("   - Tiền phạt VPHC", "đồng"),
        ("Phối hợp khảo sát chất lượng sản phẩm, hàng hóa", "mẫu"),
        ("Tiếp nhận, xử lý đơn thư phản ánh, tố giác vi phạm về TĐC", "đơn"),
        ("Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ (NĐ 135/2021)", "phương tiện"),
        ("Góp ý dự thảo văn bản quy phạm pháp luật về TĐC", "văn bản")]
q = [[3, 15, 4, 35000000, 0, 1, 0, 1], [4, 21, 6, 52500000, 20, 0, 12, 2],
     [4, 19, 3, 28000000, 25, 2, 0, 0], [2, 8, 2, 14000000, 10, 0, 6, 1]]
b3_kk = ["Thiếu trang thiết bị kiểm tra nhanh chất lượng xăng dầu tại hiện trường",
         "Một số đơn phản ánh nặc danh, không đủ thông tin để xác minh"]
b3_dx = ["Đề nghị bố trí kinh phí mua sắm bổ sung thiết bị kiểm tra nhanh trong dự toán năm 2027"]
b_sheet(f, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ", "145/BC-KTPC", "TP. Hồ Chí Minh, ngày 29 tháng 10 năm 2026",
        ["BÁO CÁO", "Kết quả thực hiện các nội dung được giao tại Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"],
        ["STT", "Nội dung", "ĐVT", "Số lượng", "Ghi chú"], rows,
        [("Quý I", q[0], None), ("Quý II", q[1], None), ("Quý III", q[2], None), ("Tháng 10 – 11 (ước)", q[3], None)],
        "formula", "Tình trạng thực hiện",
        ["Đang thực hiện", "", "", "", "Đang thực hiện", "Đang thực hiện", "Hoàn thành", "Hoàn thành"],
        b3_kk, b3_dx, "Đặng Thị Minh Thư", "TRƯỞNG PHÒNG", sheetname="TongHop")
tot = [sum(x[i] for x in q) for i in range(8)]
key(f, "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "145/BC-KTPC", "2026-10-29", [
    ("II.5.a", "in_progress", {"inspections": tot[0], "establishments_inspected": tot[1], "violations": tot[2], "fines_vnd": tot[3]},
     "Kiểm tra về TĐC phối hợp Chi cục, cộng 11 tháng."),
    ("II.5.b", "in_progress", {"samples_tested": tot[4]}, "Phối hợp khảo sát chất lượng sản phẩm, hàng hóa."),
    ("II.5.d", "in_progress", {}, "Tiếp nhận, xử lý đơn thư tố giác vi phạm về TĐC."),
    ("II.4.b", "completed", {"instruments_verified": tot[6]}, "Kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ."),
    ("II.2.c", "completed", {}, "Góp ý dự thảo văn bản QPPL về TĐC."),
], b3_kk, b3_dx)

# B4 Sở An toàn thực phẩm (mistaken) ------------------------------------------
f = "SATTP-bao-cao-11-thang-2026.xlsx"
rows = [("Số đoàn thanh tra, kiểm tra an toàn thực phẩm", "đoàn"),
        ("Số cơ sở thực phẩm được kiểm tra", "cơ sở"),
        ("Số cơ sở vi phạm", "cơ sở"),
        ("Tiền phạt", "đồng"),
        ("Số mẫu thực phẩm xét nghiệm nhanh", "mẫu"),
        ("Số vụ ngộ độc thực phẩm", "vụ")]
q = [[14, 520, 31, 186000000, 1250, 1], [12, 468, 25, 142500000, 1100, 0],
     [15, 602, 37, 231000000, 1380, 2], [9, 315, 14, 88000000, 760, 0]]
b_sheet(f, "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ AN TOÀN THỰC PHẨM", "2207/BC-SATTP", "Thành phố Hồ Chí Minh, ngày 05 tháng 11 năm 2026",
        ["BÁO CÁO", "Kết quả công tác bảo đảm an toàn thực phẩm 11 tháng năm 2026"],
        ["STT", "Chỉ tiêu", "ĐVT", "Số lượng", "Ghi chú"], rows,
        [("QUÝ I/2026", q[0], None), ("QUÝ II/2026", q[1], None), ("QUÝ III/2026", q[2], None), ("THÁNG 10 – 11/2026", q[3], None)],
        "typed", "Ghi chú", ["", "", "", "", "", ""],
        ["Lực lượng thanh tra chuyên ngành an toàn thực phẩm cấp xã còn mỏng"],
        ["Đề nghị UBND Thành phố bổ sung biên chế thanh tra an toàn thực phẩm"], "Nguyễn Thị Kim Oanh", "GIÁM ĐỐC")
key(f, "SO-ATTP", "Sở An toàn thực phẩm", "2207/BC-SATTP", "2026-11-05", [], [], [],
    status="rejected", reason="Báo cáo kết quả công tác bảo đảm an toàn thực phẩm (gửi nhầm), không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW.")


# ======================================================================
# HAND C — ward officer, Mr. Tạ Minh Trí style: one table with an emoji status
# column explained in a footnote; zero-padded figures with units.
# ======================================================================
EMO_NOTE = "(*) Ký hiệu cột tình trạng: ✅ xong; ⏳ đang làm; ❌ chưa làm; ➖ không phát sinh."


def hand_c_docx(fname, unit_caps, so, date_line, ttl, rows, kk, dx, signer, role):
    d = new_doc("Times New Roman", 13)
    header(d, "ỦY BAN NHÂN DÂN", unit_caps, so, date_line)
    d.add_paragraph()
    title(d, *ttl)
    para(d, "Ủy ban nhân dân " + short_name(unit_caps) +
         " báo cáo kết quả thực hiện các nội dung liên quan đến địa phương như bảng dưới đây:")
    tbl = [["TT", "Nội dung công việc", "Kết quả thực hiện", "Tình trạng (*)"]]
    for i, (a, b, c) in enumerate(rows, 1):
        tbl.append([str(i), a, b, c])
    grid_table(d, tbl, widths=[1, 5.5, 7.5, 2.2])
    p = d.add_paragraph(); r = p.add_run(EMO_NOTE); r.italic = True; r.font.size = Pt(11)
    p = d.add_paragraph(); r = p.add_run("Khó khăn, vướng mắc:"); r.bold = True
    for s in kk:
        d.add_paragraph("- " + s)
    p = d.add_paragraph(); r = p.add_run("Kiến nghị, đề xuất:"); r.bold = True
    for s in dx:
        d.add_paragraph("- " + s)
    sign(d, ["- Sở KH&CN (Chi cục TĐC);", "- Lưu: VT."], role, signer)
    d.save(os.path.join(OUT, fname))


def hand_c_xlsx(fname, unit_up, so, date_line, ttl, rows, kk, dx, signer, role, sheet):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    for col, w in zip("ABCD", (5, 44, 52, 12)):
        ws.column_dimensions[col].width = w
    ws["A1"] = "ỦY BAN NHÂN DÂN"; ws["A2"] = unit_up; ws["A2"].font = Font(bold=True)
    ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["C1"].font = Font(bold=True)
    ws["C2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["A3"] = "Số: " + so; ws["C3"] = date_line; ws["C3"].font = Font(italic=True)
    r = 5
    for t in ttl:
        ws.cell(r, 1, t).font = Font(bold=True, size=13)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        ws.cell(r, 1).alignment = Alignment(horizontal="center"); r += 1
    r += 1
    for j, h in enumerate(["TT", "Việc", "Kết quả", "Tình trạng (*)"], 1):
        c = ws.cell(r, j, h); c.font = Font(bold=True); c.border = BOX
    r += 1
    for i, (a, b, c) in enumerate(rows, 1):
        for j, v in enumerate([i, a, b, c], 1):
            cell = ws.cell(r, j, v); cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if j in (1, 4) else None)
        r += 1
    ws.cell(r, 1, EMO_NOTE).font = Font(italic=True, size=10); r += 2
    ws.cell(r, 1, "Khó khăn:").font = Font(bold=True); r += 1
    for s in kk:
        ws.cell(r, 2, s); r += 1
    ws.cell(r, 1, "Đề xuất:").font = Font(bold=True); r += 1
    for s in dx:
        ws.cell(r, 2, s); r += 1
    r += 1
    ws.cell(r, 3, role).font = Font(bold=True); r += 4
    ws.cell(r, 3, signer).font = Font(bold=True)
    wb.save(os.path.join(OUT, fname))


# C1 Phường Bến Cát (docx; re-saved through LibreOffice) -----------------------
f = "25813-ben-cat-bc-tdc-2026.docx"
c1_kk = ["Cán bộ phụ trách kiêm nhiệm nhiều việc, chưa sắp xếp được thời gian dự tập huấn",
         "Hộ kinh doanh ở chợ tạm thay đổi thường xuyên nên khó theo dõi việc kiểm định cân"]
c1_dx = ["Đề nghị Chi cục TĐC mở thêm lớp tập huấn vào tháng 12/2026 cho cán bộ phường",
         "Đề nghị cấp thêm tờ rơi tuyên truyền về cân đúng, đong đủ"]
hand_c_docx(f, "PHƯỜNG BẾN CÁT", "301/BC-UBND", "Bến Cát, ngày 11 tháng 11 năm 2026",
            ["BÁO CÁO", "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
             "(Kế hoạch triển khai Chỉ thị số 38-CT/TW)"],
            [("Tuyên truyền về tiêu chuẩn, đo lường, chất lượng (loa phường, trang thông tin điện tử, nhóm Zalo khu phố)",
              "08 tin, bài;\n01 buổi nói chuyện chuyên đề với hộ kinh doanh, 65 người dự", "⏳"),
             ("Kiểm tra đo lường tại chợ, cửa hàng xăng dầu (nội dung phân quyền)",
              "04 cuộc, 27 cơ sở;\n03 cơ sở vi phạm, phạt 6.750.000 đồng", "✅"),
             ("Kiểm tra nhãn hàng hóa, hàng đóng gói sẵn", "02 cuộc, 12 cơ sở, chưa phát hiện vi phạm", "⏳"),
             ("Hướng dẫn doanh nghiệp công bố hợp chuẩn, hợp quy", "Không có doanh nghiệp đề nghị", "➖"),
             ("Cử cán bộ dự tập huấn nghiệp vụ TĐC", "Chưa cử được do trùng lịch tiếp công dân, dự kiến tháng 12", "❌"),
             ("Duy trì hệ thống quản lý chất lượng ISO 9001 tại UBND phường",
              "Đã đánh giá nội bộ, công bố lại hệ thống ngày 15/8/2026", "✅")],
            c1_kk, c1_dx, "Huỳnh Văn Lộc", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
key(f, "25813", "Phường Bến Cát", "301/BC-UBND", "2026-11-11", [
    ("II.1.a", "in_progress", {"communications": 8, "training_courses": 1, "participants": 65}, "08 tin, bài; 01 buổi nói chuyện chuyên đề, 65 người dự."),
    ("II.5.c", "completed", {"inspections": 4, "establishments_inspected": 27, "violations": 3, "fines_vnd": 6750000}, "Kiểm tra đo lường tại chợ, cửa hàng xăng dầu."),
    ("II.5.a", "in_progress", {"inspections": 2, "establishments_inspected": 12}, "Kiểm tra nhãn hàng hóa, hàng đóng gói sẵn."),
    ("II.2.d", "not_applicable", {}, "Không có doanh nghiệp đề nghị."),
    ("II.3.a", "not_started", {}, "Chưa cử được cán bộ dự tập huấn."),
    ("II.2.đ", "completed", {}, "Duy trì ISO 9001, công bố lại ngày 15/8/2026."),
], c1_kk, c1_dx)

# C2 Xã Châu Đức (xlsx) ----------------------------------------------------------
f = "26596-chau-duc-bao-cao-ct38.xlsx"
c2_kk = ["Kết quả thử nghiệm mẫu gửi về chậm nên xã chưa thông tin được cho người dân"]
c2_dx = ["Đề nghị Chi cục TĐC hỗ trợ hợp tác xã cà phê hoàn thiện hồ sơ truy xuất nguồn gốc",
         "Đề nghị bố trí kinh phí in tài liệu tuyên truyền cho các ấp"]
hand_c_xlsx(f, "XÃ CHÂU ĐỨC", "142/BC-UBND", "Châu Đức, ngày 07 tháng 11 năm 2026",
            ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW NĂM 2026", "(Công tác tiêu chuẩn, đo lường, chất lượng)"],
            [("Tuyên truyền tiêu chuẩn, đo lường, chất lượng", "05 tin bài trên loa truyền thanh xã", "⏳"),
             ("Kiểm tra cân tại chợ Ngãi Giao, cây xăng", "03 cuộc – 19 cơ sở – 02 vi phạm – phạt 4.000.000đ", "✅"),
             ("Phối hợp lấy mẫu phân bón, thức ăn chăn nuôi để khảo sát chất lượng", "06 mẫu, chờ kết quả", "⏳"),
             ("Cử cán bộ đi tập huấn", "02 lượt cán bộ dự lớp của Chi cục", "✅"),
             ("Khen thưởng người tố giác vi phạm", "Chưa phát sinh", "➖"),
             ("Hỗ trợ HTX áp dụng truy xuất nguồn gốc", "01 HTX cà phê đang làm hồ sơ", "⏳")],
            c2_kk, c2_dx, "Bùi Văn Hậu", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "CT38")
key(f, "26596", "Xã Châu Đức", "142/BC-UBND", "2026-11-07", [
    ("II.1.a", "in_progress", {"communications": 5}, "05 tin bài trên loa truyền thanh."),
    ("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 19, "violations": 2, "fines_vnd": 4000000}, "Kiểm tra cân tại chợ, cây xăng."),
    ("II.5.b", "in_progress", {"samples_tested": 6}, "Lấy 06 mẫu phân bón, thức ăn chăn nuôi khảo sát."),
    ("II.3.a", "completed", {"participants": 2}, "02 lượt cán bộ dự lớp tập huấn."),
    ("II.5.d", "not_applicable", {}, "Khen thưởng tố giác chưa phát sinh."),
    ("II.2.a", "in_progress", {"enterprises_supported": 1}, "01 HTX cà phê làm hồ sơ truy xuất nguồn gốc."),
], c2_kk, c2_dx)

# C3 Phường Thuận Giao (xlsx) ---------------------------------------------------
f = "25969_ThuanGiao_CT38.xlsx"
c3_kk = ["Kế hoạch kiểm tra liên ngành hàng đóng gói sẵn chưa được phê duyệt nên phường chưa triển khai được"]
c3_dx = ["Đề nghị Sở Khoa học và Công nghệ cung cấp danh sách doanh nghiệp trên địa bàn đã công bố hợp quy để phường theo dõi"]
hand_c_xlsx(f, "PHƯỜNG THUẬN GIAO", "276/BC-UBND", "Thuận Giao, ngày 05 tháng 11 năm 2026",
            ["BÁO CÁO", "Tình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026"],
            [("Hội nghị phổ biến pháp luật về TĐC cho doanh nghiệp khu công nghiệp", "01 hội nghị, 112 đại biểu", "✅"),
             ("Vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia", "Đã gửi thông báo, hướng dẫn 03 doanh nghiệp", "✅"),
             ("Kiểm tra đo lường cửa hàng xăng dầu, chợ", "05 cuộc; 31 cơ sở; 04 vi phạm; phạt 9.500.000 đ", "⏳"),
             ("Kiểm tra hàng đóng gói sẵn", "Chờ kế hoạch liên ngành", "❌"),
             ("Cử cán bộ tập huấn", "03 lượt", "✅")],
            c3_kk, c3_dx, "Ngô Thanh Bình", "CHỦ TỊCH", "Sheet1")
key(f, "25969", "Phường Thuận Giao", "276/BC-UBND", "2026-11-05", [
    ("II.1.a", "completed", {"training_courses": 1, "participants": 112}, "01 hội nghị phổ biến pháp luật, 112 đại biểu."),
    ("II.1.b", "completed", {"enterprises_supported": 3}, "Thông báo, hướng dẫn 03 doanh nghiệp tham gia Giải thưởng CLQG."),
    ("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 31, "violations": 4, "fines_vnd": 9500000}, "Kiểm tra đo lường cửa hàng xăng dầu, chợ."),
    ("II.5.a", "not_started", {}, "Kiểm tra hàng đóng gói sẵn chưa làm, chờ kế hoạch liên ngành."),
    ("II.3.a", "completed", {"participants": 3}, "03 lượt cán bộ dự tập huấn."),
], c3_kk, c3_dx)

# C4 Đặc khu Côn Đảo (docx) ------------------------------------------------------
f = "26732-con-dao-bc-ct38-2026.docx"
c4_kk = ["Việc đi lại giữa đặc khu và đất liền phụ thuộc thời tiết, khó bố trí cán bộ dự tập huấn"]
c4_dx = ["Đề nghị Chi cục tổ chức tập huấn trực tuyến cho cán bộ đặc khu",
         "Đề nghị Chi cục bố trí đoàn kiểm tra đo lường ra đặc khu ít nhất 02 lần/năm"]
hand_c_docx(f, "ĐẶC KHU CÔN ĐẢO", "88/BC-UBND", "Côn Đảo, ngày 13 tháng 11 năm 2026",
            ["BÁO CÁO", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"],
            [("Kiểm tra đo lường tại chợ Côn Đảo và cửa hàng xăng dầu", "02 cuộc, 09 cơ sở, 01 vi phạm, phạt 1.500.000 đ", "✅"),
             ("Kiểm tra chất lượng xăng dầu, LPG khi tàu hàng cập cảng Bến Đầm", "01 cuộc, 03 cơ sở", "⏳"),
             ("Phối hợp lấy mẫu xăng dầu khảo sát chất lượng", "04 mẫu", "⏳"),
             ("Tuyên truyền trên Đài truyền thanh - truyền hình đặc khu", "04 tin", "⏳"),
             ("Cử cán bộ dự tập huấn", "Chưa cử được", "❌"),
             ("Hỗ trợ doanh nghiệp về công bố chất lượng", "Không có yêu cầu", "➖")],
            c4_kk, c4_dx, "Lê Văn Tâm", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
key(f, "26732", "Đặc khu Côn Đảo", "88/BC-UBND", "2026-11-13", [
    ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 9, "violations": 1, "fines_vnd": 1500000}, "Kiểm tra đo lường tại chợ, cửa hàng xăng dầu."),
    ("II.5.a", "in_progress", {"inspections": 1, "establishments_inspected": 3}, "Kiểm tra chất lượng xăng dầu, LPG khi tàu cập cảng."),
    ("II.5.b", "in_progress", {"samples_tested": 4}, "Lấy 04 mẫu xăng dầu khảo sát chất lượng."),
    ("II.1.a", "in_progress", {"communications": 4}, "04 tin tuyên truyền."),
    ("II.3.a", "not_started", {}, "Chưa cử được cán bộ dự tập huấn."),
    ("II.2.d", "not_applicable", {}, "Không có yêu cầu hỗ trợ."),
], c4_kk, c4_dx)


# ======================================================================
# HAND D — Ms. Châu Ngọc Diễm style: a month-by-month Word table
# "Thời gian | Công việc | Kết quả, số liệu" and then a closing paragraph
# "Tình hình chung đến thời điểm báo cáo" with one "- " line per job (total + status).
# ======================================================================
def hand_d(fname, up, unit_caps, so, date_line, ttl, intro, months, closing, kk, dx, signer, role, font="Arial", size=11):
    d = new_doc(font, size)
    header(d, up, unit_caps, so, date_line)
    d.add_paragraph()
    title(d, *ttl)
    para(d, intro)
    p = d.add_paragraph(); r = p.add_run("1. Các việc đã làm theo từng tháng"); r.bold = True
    grid_table(d, [["Thời gian", "Công việc", "Kết quả, số liệu"]] + [list(m) for m in months], widths=[2.5, 7, 6.5])
    p = d.add_paragraph(); r = p.add_run("2. Tình hình chung đến thời điểm báo cáo"); r.bold = True
    for ln in closing:
        d.add_paragraph("- " + ln)
    p = d.add_paragraph(); r = p.add_run("3. Khó khăn, vướng mắc"); r.bold = True
    for s in kk:
        d.add_paragraph("- " + s)
    p = d.add_paragraph(); r = p.add_run("4. Đề xuất, kiến nghị"); r.bold = True
    for s in dx:
        d.add_paragraph("- " + s)
    sign(d, ["- Chi cục TĐC (để tổng hợp);", "- Lưu: VT."], role, signer)
    d.save(os.path.join(OUT, fname))


# D1 Trung tâm Dịch vụ Phân tích thí nghiệm -------------------------------------
f = "TTPTTN-bao-cao-KH38-2026.docx"
d1_kk = ["Giá thiết bị nhập khẩu tăng so với dự toán được duyệt, gói thầu số 3 phải lập lại dự toán"]
d1_dx = ["Đề nghị Sở xem xét điều chỉnh dự toán gói thầu số 3 cho phù hợp giá thị trường",
         "Đề nghị Chi cục TĐC giới thiệu doanh nghiệp có nhu cầu hiệu chuẩn để Trung tâm mở rộng dịch vụ"]
hand_d(f, "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
       "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH",
       "512/BC-TTPT", "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
       ["BÁO CÁO", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"],
       "Trung tâm báo cáo kết quả thực hiện các nội dung được giao chủ trì và phối hợp tại Kế hoạch như sau:",
       [("Tháng 01 – 10", "Kiểm định, hiệu chuẩn phương tiện đo và thử nghiệm mẫu phục vụ doanh nghiệp, người dân",
         "18.450 phương tiện đo;\n6.320 mẫu thử nghiệm"),
        ("Tháng 02", "Nghiệm thu gói thầu số 1: mua sắm 02 máy sắc ký khí ghép khối phổ", "Giải ngân 2.350.000.000 đồng"),
        ("Tháng 3", "Gửi hiệu chuẩn chuẩn đo lường chính tại Viện Đo lường Việt Nam, bảo đảm liên kết chuẩn", "14 chuẩn"),
        ("Tháng 5", "Mở rộng phạm vi công nhận ISO/IEC 17025 lĩnh vực điện – điện tử", "Thêm 12 phép thử được công nhận"),
        ("Tháng 6", "Giải ngân đợt 2 dự án nâng cấp phòng thí nghiệm đo lường khối lượng", "1.180.000.000 đồng"),
        ("Tháng 8", "Đào tạo kiểm định viên phương tiện đo cho viên chức, người lao động", "02 lớp, 47 học viên")],
       ["Đầu tư trang thiết bị: cộng 10 tháng đã giải ngân 3,53 tỷ đồng; còn gói thầu số 3 nên đang thực hiện.",
        "Duy trì liên kết chuẩn đo lường: đã hiệu chuẩn xong 14 chuẩn trong năm, hoàn thành.",
        "Dịch vụ kỹ thuật (kiểm định, hiệu chuẩn, thử nghiệm): làm thường xuyên, đang thực hiện.",
        "Đào tạo, bồi dưỡng viên chức: đã hoàn thành kế hoạch năm."],
       d1_kk, d1_dx, "Phan Thanh Sơn", "GIÁM ĐỐC")
key(f, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    "512/BC-TTPT", "2026-10-30", [
    ("II.4.a", "in_progress", {"budget_spent_vnd": 3530000000}, "Đầu tư trang thiết bị, giải ngân 3,53 tỷ đồng; còn gói thầu số 3."),
    ("II.4.c", "completed", {"instruments_verified": 14}, "Hiệu chuẩn 14 chuẩn đo lường chính; hoàn thành."),
    ("II.2.g", "in_progress", {"instruments_verified": 18450, "samples_tested": 6320}, "Dịch vụ kỹ thuật: 18.450 phương tiện đo, 6.320 mẫu; mở rộng ISO/IEC 17025."),
    ("II.3.d", "completed", {"training_courses": 2, "participants": 47}, "02 lớp đào tạo kiểm định viên, 47 học viên."),
], d1_kk, d1_dx)

# D2 Sở Nông nghiệp và Môi trường -------------------------------------------------
f = "SNNMT-7764-BC-CT38.docx"
d2_kk = ["Nhiều hợp tác xã quy mô nhỏ chưa đủ điều kiện duy trì hệ thống truy xuất nguồn gốc sau khi được hỗ trợ",
         "Chi phí kiểm nghiệm mẫu vật tư nông nghiệp cao so với kinh phí được giao"]
d2_dx = ["Đề nghị Sở Khoa học và Công nghệ hướng dẫn tích hợp dữ liệu truy xuất nguồn gốc nông sản vào hệ thống chung của Thành phố"]
hand_d(f, "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "7764/BC-SNNMT",
       "Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026",
       ["BÁO CÁO", "Kết quả phối hợp thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026"],
       "Phúc đáp đề nghị của Sở Khoa học và Công nghệ, Sở Nông nghiệp và Môi trường báo cáo như sau:",
       [("Tháng 3", "Góp ý dự thảo QCVN về phân bón và QCVN về thức ăn chăn nuôi gửi Bộ", "02 dự thảo"),
        ("Tháng 4", "Hướng dẫn hợp tác xã, doanh nghiệp cấp mã số vùng trồng, gắn tem truy xuất nguồn gốc", "15 HTX, doanh nghiệp"),
        ("Tháng 5 – 6", "Kiểm tra chất lượng vật tư nông nghiệp đợt 1", "06 cuộc, 48 cơ sở, 07 vi phạm, phạt 86.500.000 đồng"),
        ("Tháng 7", "Lấy mẫu phân bón, thuốc bảo vệ thực vật kiểm tra chất lượng", "40 mẫu"),
        ("Tháng 9", "Góp ý dự thảo quy chuẩn kỹ thuật địa phương về chất lượng nước sạch", "01 dự thảo"),
        ("Tháng 9", "Hướng dẫn thêm hợp tác xã áp dụng truy xuất nguồn gốc", "09 HTX"),
        ("Tháng 10", "Kiểm tra chất lượng vật tư nông nghiệp đợt 2", "03 cuộc, 22 cơ sở, 02 vi phạm, phạt 18.000.000 đồng")],
       ["Truy xuất nguồn gốc: cộng 24 HTX, doanh nghiệp được hướng dẫn; đang thực hiện.",
        "Góp ý quy chuẩn: 03 dự thảo; đã xong.",
        "Kiểm tra vật tư nông nghiệp: 09 cuộc, 70 cơ sở, 09 vi phạm, phạt 104.500.000 đồng; đang thực hiện.",
        "Lấy mẫu kiểm tra chất lượng: 40 mẫu; hoàn thành.",
        "Cử công chức dự tập huấn về tiêu chuẩn, đo lường, chất lượng: chưa thực hiện do chưa nhận được thông báo chiêu sinh."],
       d2_kk, d2_dx, "Trương Công Hiếu", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", font="Times New Roman", size=13)
key(f, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "7764/BC-SNNMT", "2026-11-02", [
    ("II.2.a", "in_progress", {"enterprises_supported": 24}, "Hướng dẫn 24 HTX, doanh nghiệp truy xuất nguồn gốc."),
    ("II.2.e", "completed", {"standards_reviewed": 3}, "Góp ý 03 dự thảo quy chuẩn."),
    ("II.5.a", "in_progress", {"inspections": 9, "establishments_inspected": 70, "violations": 9, "fines_vnd": 104500000}, "Kiểm tra chất lượng vật tư nông nghiệp."),
    ("II.5.b", "completed", {"samples_tested": 40}, "Lấy 40 mẫu kiểm tra chất lượng."),
    ("II.3.a", "not_started", {}, "Chưa cử công chức dự tập huấn."),
], d2_kk, d2_dx)

# D3 Phòng Chuyển đổi số ----------------------------------------------------------
f = "CDS-bc-ke-hoach-38.docx"
d3_kk = ["Hệ thống của Bộ chưa cung cấp đầy đủ API để đồng bộ dữ liệu hai chiều với cơ sở dữ liệu quốc gia"]
d3_dx = ["Đề nghị Chi cục TĐC làm đầu mối đề nghị Bộ Khoa học và Công nghệ cung cấp tài liệu kỹ thuật API"]
hand_d(f, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG CHUYỂN ĐỔI SỐ", "58/BC-CĐS", "TP. Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
       ["BÁO CÁO", "Kết quả phối hợp thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026"],
       "Phòng Chuyển đổi số báo cáo các việc phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng như sau:",
       [("Tháng 01", "Rà soát, đề xuất cải tiến Hệ thống thông tin giải quyết thủ tục hành chính của Bộ về TĐC", "06 nội dung đề xuất"),
        ("Tháng 3", "Kết nối liên thông với Cổng thông tin một cửa quốc gia cho thủ tục đăng ký kiểm tra nhà nước về chất lượng hàng nhập khẩu", "Đã chạy chính thức từ 25/3/2026"),
        ("Tháng 6", "Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng; hướng dẫn sử dụng cho công chức", "01 buổi hướng dẫn, 35 công chức"),
        ("Tháng 9", "Đồng bộ hồ sơ công bố hợp chuẩn, hợp quy lên cơ sở dữ liệu", "1.240 hồ sơ")],
       ["Cải tiến hệ thống thủ tục hành chính và kết nối một cửa quốc gia: hoàn thành.",
        "Kết nối, áp dụng cơ sở dữ liệu quốc gia về TĐC: đang thực hiện, còn đồng bộ dữ liệu hai chiều."],
       d3_kk, d3_dx, "Võ Hoàng Nam", "TRƯỞNG PHÒNG")
key(f, "SKHCN-CDS", "Phòng Chuyển đổi số", "58/BC-CĐS", "2026-10-28", [
    ("II.2.h", "completed", {}, "Đề xuất cải tiến hệ thống TTHC; kết nối một cửa quốc gia từ 25/3/2026."),
    ("II.2.i", "in_progress", {"training_courses": 1, "participants": 35}, "Kết nối CSDL quốc gia về TĐC; 01 buổi hướng dẫn, 35 công chức."),
], d3_kk, d3_dx)

# D4 Xã Long Hải ------------------------------------------------------------------
f = "26662-long-hai-bc-tdc.docx"
d4_kk = ["Chợ hải sản Phước Hải họp sớm, khó bố trí lực lượng kiểm tra"]
d4_dx = ["Đề nghị Chi cục hỗ trợ kiểm định miễn phí cân cho tiểu thương chợ hải sản"]
hand_d(f, "UBND THÀNH PHỐ HỒ CHÍ MINH", "ỦY BAN NHÂN DÂN XÃ LONG HẢI", "164/BC-UBND", "Long Hải, ngày 09 tháng 11 năm 2026",
       ["BÁO CÁO", "Tình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn xã"],
       "Ủy ban nhân dân xã Long Hải báo cáo như sau:",
       [("Tháng 3", "Tuyên truyền trên loa truyền thanh về đo lường, chất lượng", "03 tin"),
        ("Tháng 4", "Kiểm tra cân tại chợ Long Hải", "01 cuộc, 12 cơ sở, 01 vi phạm, phạt 1.000.000 đồng"),
        ("Tháng 7", "Kiểm tra cân tại chợ hải sản Phước Hải", "01 cuộc, 08 cơ sở"),
        ("Tháng 9", "Tuyên truyền ngày Tiêu chuẩn thế giới", "04 tin"),
        ("Tháng 10", "Cử công chức dự lớp tập huấn nghiệp vụ TĐC của Chi cục", "02 người")],
       ["Tuyên truyền: 07 tin; làm thường xuyên, đang thực hiện.",
        "Kiểm tra đo lường tại chợ: 02 cuộc, 20 cơ sở, 01 vi phạm, phạt 1.000.000 đồng; đã hoàn thành kế hoạch năm.",
        "Tập huấn: 02 người; hoàn thành.",
        "Hỗ trợ doanh nghiệp công bố chất lượng: không phát sinh."],
       d4_kk, d4_dx, "Đỗ Thị Lan", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", font="Times New Roman", size=13)
key(f, "26662", "Xã Long Hải", "164/BC-UBND", "2026-11-09", [
    ("II.1.a", "in_progress", {"communications": 7}, "Tuyên truyền 07 tin."),
    ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 20, "violations": 1, "fines_vnd": 1000000}, "Kiểm tra cân tại chợ."),
    ("II.3.a", "completed", {"participants": 2}, "02 công chức dự tập huấn."),
    ("II.2.d", "not_applicable", {}, "Không phát sinh."),
], d4_kk, d4_dx)


# ---------------------------------------------------------------- LibreOffice re-save
def lo_resave(fname):
    ext = fname.rsplit(".", 1)[1]
    tmp = os.path.join(OUT, "_lo"); os.makedirs(tmp, exist_ok=True)
    src = os.path.join(OUT, fname)
    subprocess.run(["libreoffice", "--headless", "--convert-to", ext, "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, fname), src)
    shutil.rmtree(tmp)


lo_resave("KTPC-tong-hop-11-thang-CT38.xlsx")
lo_resave("25813-ben-cat-bc-tdc-2026.docx")

# ---------------------------------------------------------------- finish keys
for fname, k in KEYS.items():
    with open(os.path.join(OUT, fname), "rb") as fh:
        k["sha256"] = hashlib.sha256(fh.read()).hexdigest()
    with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as fh:
        json.dump(k, fh, ensure_ascii=False, indent=2)
with open(os.path.join(OUT, "derived.json"), "w", encoding="utf-8") as fh:
    json.dump(DERIVED, fh, ensure_ascii=False, indent=2)
print(len(KEYS), "files")
