# -*- coding: utf-8 -*-
"""Generator for set164: 17 reports in 5 plain hands + answer keys.
Run: python3 gen.py   (then check.py)"""
import json, os, hashlib, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
KEYS = {}


def E(task, status, text, **ind):
    return {"task": task, "status": status, "indicators": ind, "text": text}


def key(fn, unit, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fn] = {"file": fn, "sha256": None, "status": status, "reason": reason,
                "unit": {"id": unit[0], "name": unit[1]} if unit else None,
                "document": {"number": number, "date": date},
                "entries": entries, "findings": [],
                "difficulties": diffs, "proposals": props}


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


def para(d, text="", bold=False, italic=False, align=None, indent=None, size=None,
         underline=False, space_after=None, justify=False):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif justify:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(d, parts, justify=False, indent=None, space_after=None):
    """parts: list of (text, fmt) fmt in '', 'b', 'i', 'bi', 'u'"""
    p = d.add_paragraph()
    for t, f in parts:
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
        r.underline = "u" in f
    if justify:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e)
        x.set(qn("w:val"), "nil")
        b.append(x)
    tblPr.append(b)


def header_table(d, left_lines, right_lines, size=12):
    t = d.add_table(rows=len(max(left_lines, right_lines, key=len)), cols=2)
    no_borders(t)
    for i in range(len(t.rows)):
        for j, lines in enumerate((left_lines, right_lines)):
            c = t.cell(i, j)
            if i < len(lines):
                txt, fmt = lines[i]
                p = c.paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(txt)
                r.bold = "b" in fmt
                r.italic = "i" in fmt
                r.underline = "u" in fmt
                r.font.size = Pt(size)
    return t


def grid_table(d, rows, bold_first=True, widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(str(v))
            r.bold = bold_first and i == 0
            if widths:
                c.width = Cm(widths[j])
    return t


def signature(d, role, name, left=None):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    if left:
        p = c0.paragraphs[0]
        r = p.add_run("Nơi nhận:")
        r.bold, r.italic = True, True
        r.font.size = Pt(11)
        for l in left:
            rr = c0.add_paragraph().add_run(l)
            rr.font.size = Pt(10)
    p = c1.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(role).bold = True
    for _ in range(3):
        c1.add_paragraph()
    p2 = c1.add_paragraph()
    p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p2.add_run(name).bold = True


# ============================================================ HAND A
# Anh Tú / chị Ngân kind: young ward officer, Word with no styles, header typed
# with tabs, numbering typed by hand (repeats / skips), status trailing after a
# comma or dash in lower case or missing, closing 3-col recap table with an
# empty "Ghi chú" column.

def a_header(d, ward_upper, so, date_line):
    para(d, "UBND " + ward_upper + "\t\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=12)
    para(d, "\t\t\t\tĐộc lập - Tự do - Hạnh phúc", bold=True, size=12)
    para(d, "Số: " + so + "\t\t\t" + date_line, italic=False, size=12)
    para(d)


def gen_A1():
    fn = "BC_CT38_ChanhHung.docx"
    d = new_doc()
    a_header(d, "PHƯỜNG CHÁNH HƯNG", "412/BC-UBND", "Chánh Hưng, ngày     tháng 10 năm 2026")
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    para(d, "(về công tác tiêu chuẩn, đo lường, chất lượng trên địa bàn phường)", italic=True, align="c")
    para(d)
    para(d, "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị 38-CT/TW năm 2026, UBND Phường Chánh Hưng báo cáo kết quả thưc hiện như sau:", indent=1)
    para(d, "I. Kết quả thực hiện", bold=True)
    t1 = "1. Tuyên truyền về tiêu chuẩn, đo lường, chất lượng: phường đã đăng 06 tin bài trên trang thông tin điện tử và nhóm Zalo các khu phố, lồng ghép nội dung vào các buổi họp khu phố, đang tiếp tục thực hiện."
    para(d, t1)
    t2 = "2. Cử công chức tham gia lớp tập huấn nghiệp vụ do Chi cục TĐC tổ chức: cử 02 công chức Phòng Kinh tế tham dự, đã xong."
    para(d, t2)
    t3 = "2. Phối hợp kiểm tra về đo lường, chất lượng hàng hoá tại các chợ, cửa hàng: tổ chức 3 cuộc kiểm tra tại 18 cơ sở kinh doanh, phát hiện 02 cơ sở vi phạm, xử phạt 4.500.000 đồng"
    para(d, t3)
    t3b = "   + Phối hợp kiểm định 46 cân tại chợ Phạm Thế Hiển và chợ Rạch Ông, dán tem cho các cân đạt yêu cầu – đang làm."
    para(d, t3b)
    t4 = "4. Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại UBND phường: phường thực hiện rà soát, cập nhật quy trình giải quyết thủ tục hành chính theo bộ TTHC mới."
    para(d, t4)
    para(d, "II. Khó khăn, vướng mắc", bold=True)
    k1 = "Phường chưa có cán bộ chuyên trách về tiêu chuẩn đo lường chất lượng, công chức phải kiêm nhiệm nhiều việc."
    k2 = "Kinh phí cho công tác tuyên truyền còn hạn chế."
    para(d, "- " + k1)
    para(d, "- " + k2)
    para(d, "III. Kiến nghị", bold=True)
    p1 = "Đề nghị Chi cục TĐC tổ chức tập huấn nghiệp vụ kiểm tra đo lường cho công chức phường."
    para(d, "- " + p1)
    para(d)
    para(d, "Số liệu tổng hợp:", italic=True)
    grid_table(d, [["Nội dung", "Số lượng", "Ghi chú"],
                   ["Tin bài tuyên truyền", "6", ""],
                   ["Công chức dự tập huấn", "2", ""],
                   ["Cuộc kiểm tra", "3", ""],
                   ["Cơ sở được kiểm tra", "18", ""],
                   ["Cơ sở vi phạm", "2", ""],
                   ["Tiền phạt (đồng)", "4.500.000", ""],
                   ["Cân được kiểm định", "46", ""]])
    para(d)
    signature(d, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lê Văn Thịnh",
              ["- Sở KH&CN (Chi cục TĐC);", "- Lưu: VT, KT."])
    d.save(os.path.join(OUT, fn))
    key(fn, ("27418", "Phường Chánh Hưng"), "412/BC-UBND", None, [
        E("II.1.a", "in_progress", t1, communications=6),
        E("II.3.a", "completed", t2, participants=2),
        E("II.5.c", "in_progress", t3 + "\n" + t3b, inspections=3, establishments_inspected=18,
          violations=2, fines_vnd=4500000, instruments_verified=46),
        E("II.2.đ", "unknown", t4),
    ], [k1, k2], [p1])


def gen_A2():
    fn = "Phuong Binh Tri Dong - bao cao CT38.docx"
    d = new_doc()
    a_header(d, "PHƯỜNG BÌNH TRỊ ĐÔNG", "287/BC-UBND", "Bình Trị Đông, ngày 27 tháng 10 năm 2026")
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, "Tình hình thực hiện Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c")
    para(d)
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng TP.HCM", align="c")
    para(d)
    para(d, "UBND phường Bình Trị Đông báo cáo kết quả như sau:")
    t1 = "1) Công tác tuyên truyền: đăng 4 tin trên trang fanpage phường; tổ chức 01 buổi tuyên truyền pháp luật về đo lường, nhãn hàng hoá cho 65 hộ kinh doanh tại chợ Bình Trị Đông - đã xong."
    para(d, t1)
    t2 = "2) Phối hợp với Chi cục TĐC và Đội QLTT kiểm tra: 05 cuộc, kiểm tra 27 cơ sở (xăng dầu, vàng bạc, tạp hoá), 3 cơ sở vi phạm, phạt tổng 7,2 triệu đồng, đang thực hiện."
    para(d, t2)
    t3 = "3) Hướng dẫn hộ kinh doanh, doanh nghiệp nhỏ thực hiện công bố chất lượng sản phẩm, ghi nhãn hàng hoá: đã hướng dẫn 9 cơ sở, hoàn thành."
    para(d, t3)
    t4 = "5) Khen thưởng, bảo vệ người tố giác vi phạm về TĐC: trong kỳ không phát sinh."
    para(d, t4)
    para(d, "* Khó khăn:", bold=True)
    k1 = "Một số hộ kinh doanh nhỏ lẻ chưa hiểu rõ quy định về ghi nhãn hàng hoá, còn ngại hợp tác khi kiểm tra."
    para(d, "- " + k1)
    para(d, "* Đề xuất:", bold=True)
    p1 = "Đề nghị Sở cung cấp tài liệu tuyên truyền (tờ gấp, pano) để phường phát cho hộ kinh doanh."
    p2 = "Đề nghị có hướng dẫn mức phân cấp xử phạt cho UBND phường."
    para(d, "- " + p1)
    para(d, "- " + p2)
    para(d)
    grid_table(d, [["Nội dung", "Số lượng", "Ghi chú"],
                   ["Tin bài", "04", ""], ["Buổi tuyên truyền", "01", ""], ["Người tham dự", "65", ""],
                   ["Cuộc kiểm tra", "05", ""], ["Cơ sở kiểm tra", "27", ""], ["Vi phạm", "03", ""],
                   ["Tiền phạt", "7.200.000", ""], ["Cơ sở được hướng dẫn", "09", ""]])
    para(d)
    signature(d, "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Phạm Thị Hồng Nhung", ["- Như trên;", "- Lưu: VT."])
    d.save(os.path.join(OUT, fn))
    key(fn, ("27448", "Phường Bình Trị Đông"), "287/BC-UBND", "2026-10-27", [
        E("II.1.a", "completed", t1, communications=4, training_courses=1, participants=65),
        E("II.5.c", "in_progress", t2, inspections=5, establishments_inspected=27, violations=3, fines_vnd=7200000),
        E("II.2.d", "completed", t3, enterprises_supported=9),
        E("II.5.d", "not_applicable", t4),
    ], [k1], [p1, p2])


def gen_A3():
    fn = "95-BC-UBND-ThongTayHoi.docx"
    d = new_doc(size=14)
    a_header(d, "PHƯỜNG THÔNG TÂY HỘI", "95/BC-UBND", "Thông Tây Hội, ngày   tháng 11 năm 2026")
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, "Kết quả thực hiện KH triển khai CT 38 năm 2026", bold=True, align="c")
    para(d)
    para(d, "1. Tuyên truyền", bold=True)
    t1 = "Phường đăng 3 tin bài trên Cổng thông tin phường về Luật Đo lường, Luật Chất lượng sản phẩm hàng hoá, đã xong."
    para(d, "- " + t1)
    para(d, "2. Tập huấn", bold=True)
    t2 = "Cử 3 cán bộ (Phòng Kinh tế 2, Văn phòng 1) dự lớp bồi dưỡng kiến thức TĐC cho công chức xã phường ngày 14/8/2026, đã hoàn thành."
    para(d, "- " + t2)
    para(d, "3. Kiểm tra", bold=True)
    t3 = "Phối hợp Chi cục kiểm tra 2 cuộc đối với 11 cửa hàng xăng dầu, vàng bạc trên địa bàn; 01 cơ sở vi phạm (cân vàng hết hạn kiểm định), đã lập biên bản chuyển Chi cục xử lý."
    para(d, "- " + t3)
    para(d, "3. ISO", bold=True)
    t4 = "UBND phường đã công bố lại Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 sau sắp xếp, xong."
    para(d, "- " + t4)
    para(d, "4. Khó khăn, kiến nghị", bold=True)
    k1 = "Phường mới sắp xếp lại bộ máy, công chức phụ trách mới nên còn lúng túng."
    p1 = "Kiến nghị Chi cục TĐC gửi danh sách cơ sở kinh doanh xăng dầu, vàng bạc trên địa bàn phường để phối hợp theo dõi."
    para(d, "- " + k1)
    para(d, "- " + p1)
    para(d)
    grid_table(d, [["Nội dung", "Số lượng", "Ghi chú"], ["Tin bài", "3", ""], ["Cán bộ dự tập huấn", "3", ""],
                   ["Cuộc kiểm tra", "2", ""], ["Cơ sở", "11", ""], ["Vi phạm", "1", ""]])
    para(d)
    signature(d, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Trần Minh Quân", ["- Chi cục TĐC;", "- Lưu VT."])
    d.save(os.path.join(OUT, fn))
    key(fn, ("26898", "Phường Thông Tây Hội"), "95/BC-UBND", None, [
        E("II.1.a", "completed", t1, communications=3),
        E("II.3.a", "completed", t2, participants=3),
        E("II.5.c", "unknown", t3, inspections=2, establishments_inspected=11, violations=1),
        E("II.2.đ", "completed", t4),
    ], [k1], [p1])


def gen_A4_mistaken():
    fn = "BC TanSonNhi thang10.docx"
    d = new_doc()
    a_header(d, "PHƯỜNG TÂN SƠN NHÌ", "318/BC-UBND", "Tân Sơn Nhì, ngày 26 tháng 10 năm 2026")
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, "Kết quả thực hiện chuyển đổi số quý III năm 2026", bold=True, align="c")
    para(d)
    para(d, "1. Hạ tầng số: phường đã lắp đặt 12 camera tại các khu phố, nâng cấp đường truyền Internet cho bộ phận một cửa, đã xong.")
    para(d, "2. Dịch vụ công trực tuyến: tiếp nhận 1.254 hồ sơ trực tuyến, tỷ lệ 87%, đang thực hiện.")
    para(d, "2. Tổ công nghệ số cộng đồng: 9 tổ, hướng dẫn người dân cài đặt VNeID, đang làm.")
    para(d, "4. Khó khăn: máy tính bộ phận một cửa cũ, hay treo.")
    para(d, "5. Kiến nghị: đề nghị cấp thêm 05 máy tính cho bộ phận một cửa.")
    para(d)
    signature(d, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đỗ Thanh Bình", ["- Phòng VH-XH;", "- Lưu: VT."])
    d.save(os.path.join(OUT, fn))
    key(fn, ("27019", "Phường Tân Sơn Nhì"), "318/BC-UBND", "2026-10-26", [], [], [],
        status="rejected",
        reason="Báo cáo kết quả chuyển đổi số quý III/2026, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")


# ============================================================ HAND B
# Older officer: long justified paragraphs with first-line indent, no numbering
# of the results at all (tasks separated by paragraph only), the status in the
# paragraph's last sentence, difficulties/proposals as running sentences under a
# single unnumbered heading ("Một khó khăn nữa là ...").

def b_header(d, left, so, place_date):
    header_table(d, left, [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "bu"), ("", ""),
                           (place_date, "i")], size=12)
    # số goes under left column: append line
    para(d, "Số: " + so, size=12)
    para(d)


def B(d, text):
    return para(d, text, justify=True, indent=1.27, space_after=6)


def gen_B1():
    fn = "1520-BC-TDC_KQ CT38 nam 2026.docx"
    d = new_doc(size=14)
    b_header(d, [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", ""), ("CHI CỤC TIÊU CHUẨN", "b"), ("ĐO LƯỜNG CHẤT LƯỢNG", "b")],
             "1520/BC-TĐC", "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026")
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    para(d, "_______________", align="c")
    B(d, "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30 tháng 7 năm 2024 của Ban Bí thư năm 2026, Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo kết quả thực hiện từ đầu năm đến ngày 25 tháng 10 năm 2026 như sau:")
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    t = {}
    t["1a"] = ("Về tập huấn, phổ biến văn bản quy phạm pháp luật, trong các quý I, II và III Chi cục đã phối hợp với Hiệp hội doanh nghiệp và các phòng của Sở tổ chức 04 lớp tập huấn về Luật Đo lường, Luật Chất lượng sản phẩm, hàng hóa, Nghị định 119/2017/NĐ-CP đã được sửa đổi và 01 buổi tọa đàm với các doanh nghiệp nhập khẩu về thủ tục đăng ký kiểm tra nhà nước, tổng cộng 05 lớp và buổi tọa đàm với 520 lượt người tham dự. Đến thời điểm báo cáo, nội dung này đã được thực hiện hoàn thành theo kế hoạch.")
    t["1b"] = ("Đối với Giải thưởng Chất lượng Quốc gia, Chi cục đã gửi thư mời, gọi điện và trực tiếp hướng dẫn 12 doanh nghiệp hoàn thiện hồ sơ đăng ký tham dự; việc tuyên truyền, vận động năm 2026 đã kết thúc, hoàn thành trong quý II.")
    t["2a"] = ("Chương trình nâng cao năng suất chất lượng và các đề án đo lường, truy xuất nguồn gốc vẫn được Chi cục triển khai; trong năm đã hỗ trợ 7 doanh nghiệp áp dụng công cụ cải tiến năng suất (5S, Kaizen, Lean), kinh phí đã giải ngân là 185.400.000 đồng trên tổng dự toán được giao. Việc này hiện đang thực hiện, dự kiến xong trong quý IV.")
    t["2b"] = ("Hoạt động Giải thưởng Chất lượng Quốc gia năm 2026 theo kế hoạch của Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia: Hội đồng sơ tuyển đã đi đánh giá tại doanh nghiệp, đang hoàn thiện hồ sơ đề nghị xét thưởng gửi Hội đồng quốc gia, nên việc này đang thực hiện.")
    t["2e"] = ("Công tác góp ý tiêu chuẩn, quy chuẩn kỹ thuật: Chi cục đã tổ chức lấy ý kiến và gửi góp ý 14 dự thảo TCVN, QCVN theo đề nghị của Bộ Khoa học và Công nghệ và các Bộ ngành; việc nghiên cứu xây dựng quy chuẩn kỹ thuật địa phương đang được triển khai.")
    t["3a"] = ("Về bồi dưỡng nghiệp vụ cho công chức, Chi cục đã tổ chức 02 lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho công chức các xã, phường, đặc khu với 214 lượt học viên; đồng thời cử công chức tham dự các hội nghị, hội thảo chuyên ngành. Nội dung này vẫn đang tiếp tục thực hiện trong quý IV.")
    t["4b"] = ("Chi cục đã rà soát và tổ chức kiểm định, hiệu chuẩn 38 phương tiện, thiết bị kỹ thuật nghiệp vụ (cân, bình chuẩn, thiết bị đo nhanh) phục vụ kiểm tra; việc này đã hoàn thành trong tháng 6.")
    t["5a"] = ("Công tác kiểm tra nhà nước về đo lường, chất lượng sản phẩm hàng hóa được duy trì thường xuyên: từ đầu năm Chi cục đã thực hiện 16 cuộc kiểm tra tại 142 cơ sở sản xuất, kinh doanh xăng dầu, vàng trang sức, khí dầu mỏ hóa lỏng, đồ chơi trẻ em; phát hiện 21 cơ sở vi phạm, ban hành quyết định xử phạt với tổng số tiền 386.500.000 đồng. Các đoàn kiểm tra đang tiếp tục thực hiện theo kế hoạch.")
    t["5b"] = ("Về khảo sát chất lượng, Chi cục đã lấy 120 mẫu xăng dầu, mũ bảo hiểm và đồ chơi trẻ em để thử nghiệm; kết quả khảo sát đã được thông báo cho các cơ quan chức năng và cảnh báo người tiêu dùng, đợt khảo sát năm 2026 đã hoàn thành.")
    t["5c"] = ("Chi cục phối hợp với Ủy ban nhân dân các phường, xã, đặc khu trong việc thực hiện các nội dung được phân quyền, hướng dẫn nghiệp vụ qua điện thoại, văn bản và trực tiếp khi địa phương đề nghị; công việc này vẫn đang thực hiện.")
    t["6a"] = ("Các điều ước, thỏa thuận quốc tế mới về tiêu chuẩn, đo lường, chất lượng được Chi cục cập nhật trên trang thông tin điện tử và gửi các phòng, đơn vị. Việc này Chi cục làm thường xuyên và đang thực hiện.")
    for k in ["1a", "1b", "2a", "2b", "2e", "3a", "4b", "5a", "5b", "5c", "6a"]:
        B(d, t[k])
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ", bold=True)
    k1 = "Biên chế của Chi cục còn ít so với khối lượng công việc sau khi mở rộng địa bàn Thành phố."
    k2 = "Một khó khăn nữa là phương tiện đi lại phục vụ kiểm tra tại các xã xa trung tâm và đặc khu Côn Đảo còn thiếu."
    B(d, k1 + " " + k2)
    p1 = "Chi cục kính đề nghị Sở bố trí bổ sung kinh phí năm 2027 cho hoạt động khảo sát chất lượng."
    p2 = "Đề nghị Sở xem xét bổ sung 02 biên chế công chức làm công tác kiểm tra."
    B(d, p1 + " " + p2)
    para(d)
    signature(d, "CHI CỤC TRƯỞNG", "Nguyễn Hoàng Phúc", ["- Ban Giám đốc Sở;", "- Lưu: VT, TĐC."])
    d.save(os.path.join(OUT, fn))
    key(fn, ("SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"), "1520/BC-TĐC", "2026-10-30", [
        E("II.1.a", "completed", t["1a"], training_courses=5, participants=520),
        E("II.1.b", "completed", t["1b"], enterprises_supported=12),
        E("II.2.a", "in_progress", t["2a"], enterprises_supported=7, budget_spent_vnd=185400000),
        E("II.2.b", "in_progress", t["2b"]),
        E("II.2.e", "in_progress", t["2e"], standards_reviewed=14),
        E("II.3.a", "in_progress", t["3a"], training_courses=2, participants=214),
        E("II.4.b", "completed", t["4b"], instruments_verified=38),
        E("II.5.a", "in_progress", t["5a"], inspections=16, establishments_inspected=142, violations=21, fines_vnd=386500000),
        E("II.5.b", "completed", t["5b"], samples_tested=120),
        E("II.5.c", "in_progress", t["5c"]),
        E("II.6.a", "in_progress", t["6a"]),
    ], [k1, k2], [p1, p2])


def gen_B2():
    fn = "Xa Hoc Mon - BC 38.docx"
    d = new_doc(size=14)
    b_header(d, [("ỦY BAN NHÂN DÂN", ""), ("XÃ HÓC MÔN", "b")], "58/BC-UBND",
             "Hóc Môn, ngày 22 tháng 10 năm 2026")
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c")
    para(d, "(theo Kế hoạch triển khai Chỉ thị số 38-CT/TW của Sở Khoa học và Công nghệ)", italic=True, align="c")
    para(d)
    B(d, "Ủy ban nhân dân xã Hóc Môn nhận được Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, xã đã giao Phòng Kinh tế tham mưu triển khai, kết quả như sau:")
    t1 = ("Trong năm, xã tận dụng hệ thống loa truyền thanh của các ấp để phát thanh 12 lượt tin về quy định ghi nhãn hàng hóa, sử dụng cân đúng, đủ tại chợ, đồng thời lồng ghép nội dung vào các buổi sinh hoạt của Hội Phụ nữ, Hội Nông dân. Đến nay công tác tuyên truyền vẫn đang được thực hiện.")
    t2 = ("Về phối hợp kiểm tra, xã thành lập Tổ công tác liên ngành phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tiến hành 04 cuộc kiểm tra đối với 23 cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng và các sạp tại chợ Hóc Môn, qua đó phát hiện 2 trường hợp vi phạm về đo lường, Chủ tịch UBND xã ra quyết định xử phạt tổng số tiền là 3.000.000 đồng. Các đợt kiểm tra theo kế hoạch năm của xã đã thực hiện xong.")
    t3 = ("Xã đã cử hai (02) công chức tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức vào tháng 8, việc này đã hoàn thành.")
    t4 = ("Đối với hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015, sau khi hợp nhất các xã cũ, Ủy ban nhân dân xã đang xây dựng lại hệ thống tài liệu và quy trình nội bộ, dự kiến công bố trong tháng 12.")
    for x in (t1, t2, t3, t4):
        B(d, x)
    para(d, "Khó khăn, vướng mắc và kiến nghị", bold=True, italic=True)
    k1 = "Địa bàn xã rộng, các cơ sở kinh doanh nhỏ lẻ phân tán nên việc kiểm tra mất nhiều thời gian."
    k2 = "Một khó khăn nữa là công chức phụ trách chưa được đào tạo chuyên sâu về đo lường."
    p1 = "Xã kiến nghị Chi cục hỗ trợ trang bị 01 bộ cân đối chứng đặt tại chợ Hóc Môn."
    B(d, k1 + " " + k2 + " " + p1)
    para(d)
    signature(d, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Huỳnh Văn Lợi",
              ["- Sở KH&CN;", "- Chi cục TĐC;", "- Lưu: VT."])
    d.save(os.path.join(OUT, fn))
    key(fn, ("27559", "Xã Hóc Môn"), "58/BC-UBND", "2026-10-22", [
        E("II.1.a", "in_progress", t1, communications=12),
        E("II.5.c", "completed", t2, inspections=4, establishments_inspected=23, violations=2, fines_vnd=3000000),
        E("II.3.a", "completed", t3, participants=2),
        E("II.2.đ", "in_progress", t4),
    ], [k1, k2], [p1])


def gen_B3():
    fn = "SCT_bao cao CT38_2026.docx"
    d = new_doc(size=14)
    b_header(d, [("ỦY BAN NHÂN DÂN", ""), ("THÀNH PHỐ HỒ CHÍ MINH", ""), ("SỞ CÔNG THƯƠNG", "b")],
             "4127/BC-SCT", "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026")
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, "Kết quả phối hợp thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c")
    para(d)
    para(d, "Kính gửi: Sở Khoa học và Công nghệ", align="c")
    para(d)
    B(d, "Sở Công Thương nhận được văn bản của Sở Khoa học và Công nghệ đề nghị báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026; Sở Công Thương báo cáo như sau:")
    t1 = ("Sở Công Thương đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 02 hội nghị phổ biến quy định về chất lượng xăng dầu, khí dầu mỏ hóa lỏng và ghi nhãn hàng hóa cho các thương nhân phân phối, tổng số 180 đại biểu tham dự. Hai hội nghị đã được tổ chức xong trong quý II và quý III.")
    t2 = ("Trong công tác kiểm tra, lực lượng của Sở đã tham gia 06 cuộc kiểm tra liên ngành đối với 48 cửa hàng xăng dầu, kho khí dầu mỏ hóa lỏng; phát hiện 05 cơ sở vi phạm về đo lường và chất lượng, xử phạt 62.000.000 đồng, tịch thu hàng hóa vi phạm theo quy định. Công tác này vẫn đang tiếp tục trong các tháng cuối năm.")
    t3 = ("Thông qua Chương trình khuyến công và xúc tiến thương mại, Sở đã hỗ trợ 15 doanh nghiệp công nghiệp nông thôn xây dựng, áp dụng hệ thống quản lý chất lượng ISO 9001 và ISO 22000, hoàn thiện hồ sơ công bố chất lượng sản phẩm.")
    t4 = ("Sở đã nghiên cứu và gửi ý kiến góp ý đối với 03 dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương theo đề nghị của Bộ Công Thương; việc góp ý đã hoàn thành.")
    for x in (t1, t2, t3, t4):
        B(d, x)
    para(d, "Khó khăn và kiến nghị", bold=True, italic=True)
    k1 = "Việc phối hợp kiểm tra liên ngành đôi khi chưa thống nhất được thời gian giữa các đơn vị."
    p1 = "Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng xăng dầu để Sở Công Thương phục vụ công tác quản lý."
    B(d, k1 + " " + p1)
    para(d)
    signature(d, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Thị Mai Lan",
              ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, QLCN."])
    d.save(os.path.join(OUT, fn))
    key(fn, ("SO-CT", "Sở Công Thương"), "4127/BC-SCT", "2026-10-29", [
        E("II.1.a", "completed", t1, training_courses=2, participants=180),
        E("II.5.a", "in_progress", t2, inspections=6, establishments_inspected=48, violations=5, fines_vnd=62000000),
        E("II.2.d", "unknown", t3, enterprises_supported=15),
        E("II.2.e", "completed", t4, standards_reviewed=3),
    ], [k1], [p1])


# ============================================================ HAND C
# A clerk filling the Sở's suggested outline loosely: outline headings kept with
# their italic hints "(nêu rõ …)", the clerk's answer typed under each hint,
# some hints left with dotted "………" (nothing to report), hint numbering kept
# from the outline even where the clerk skipped items.

HINT = "(Nêu cụ thể kết quả thực hiện từng nội dung được giao chủ trì/phối hợp, số liệu minh chứng)"


def gen_C1():
    fn = "KTPC - bao cao thuc hien KH CT38.docx"
    d = new_doc(size=13)
    header_table(d, [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", ""), ("PHÒNG KIỂM TRA – PHÁP CHẾ", "b"), ("", ""), ("Số: 64/BC-KTPC", "")],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "bu"), ("", ""),
                  ("Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026", "i")])
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, "Tình hình triển khai, kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    para(d)
    para(d, "I. TÌNH HÌNH TRIỂN KHAI", bold=True)
    para(d, "(Nêu việc ban hành văn bản triển khai, phân công thực hiện)", italic=True)
    para(d, "Phòng đã phân công 02 chuyên viên theo dõi các nội dung Phòng được giao phối hợp.")
    para(d, "II. KẾT QUẢ THỰC HIỆN", bold=True)
    para(d, HINT, italic=True)
    para(d, "1. Nội dung chủ trì:", bold=True)
    para(d, "………………………………………………………………")
    para(d, "2. Nội dung phối hợp:", bold=True)
    t1 = "Góp ý dự thảo văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng: Phòng đã góp ý 02 dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) khi Chi cục lấy ý kiến. Đã hoàn thành."
    t2 = "Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP: phối hợp với Chi cục rà soát danh mục thiết bị, đã xong."
    t3 = "Kiểm tra, thanh tra về tiêu chuẩn, đo lường, chất lượng: Phòng tham gia 4 đoàn kiểm tra (phối hợp Chi cục) tại 31 cơ sở; phát hiện 6 cơ sở vi phạm, tham mưu Giám đốc Sở ban hành quyết định xử phạt tổng số tiền 94.500.000 đồng. Đang tiếp tục thực hiện."
    t4 = "Khảo sát chất lượng sản phẩm, hàng hóa: trong kỳ không phát sinh yêu cầu phối hợp."
    t5 = "Xử lý hành vi vi phạm, bảo vệ người tố giác: tiếp nhận và xử lý 01 đơn phản ánh về cân sai tại chợ, đã chuyển Chi cục giải quyết xong."
    for i, x in enumerate((t1, t2, t3, t4, t5), 1):
        para(d, "2.%d. " % i + x, justify=True)
    para(d, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    para(d, "(Nêu cụ thể khó khăn, nguyên nhân)", italic=True)
    k1 = "Quy định về thẩm quyền xử phạt giữa Chi cục và Thanh tra Sở sau sắp xếp chưa rõ ràng."
    para(d, "- " + k1)
    para(d, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    para(d, "(Nêu cụ thể đề xuất, kiến nghị và cơ quan có thẩm quyền giải quyết)", italic=True)
    p1 = "Đề nghị Văn phòng Sở tham mưu ban hành quy chế phối hợp kiểm tra giữa Phòng và Chi cục."
    para(d, "- " + p1)
    para(d)
    signature(d, "TRƯỞNG PHÒNG", "Võ Quốc Trung", ["- Chi cục TĐC;", "- Lưu: KTPC."])
    d.save(os.path.join(OUT, fn))
    key(fn, ("SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế"), "64/BC-KTPC", "2026-10-28", [
        E("II.2.c", "completed", t1),
        E("II.4.b", "completed", t2),
        E("II.5.a", "in_progress", t3, inspections=4, establishments_inspected=31, violations=6, fines_vnd=94500000),
        E("II.5.b", "not_applicable", t4),
        E("II.5.d", "completed", t5),
    ], [k1], [p1])


def gen_C2():
    fn = "TTPTTN_BC CT38 (gui Chi cuc).docx"
    d = new_doc(size=13)
    header_table(d, [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", ""), ("TRUNG TÂM DỊCH VỤ PHÂN TÍCH", "b"), ("THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG", "b"),
                     ("CHẤT LƯỢNG TP. HỒ CHÍ MINH", "b"), ("Số: 211/BC-TTPT", "")],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "bu"), ("", ""), ("", ""),
                  ("TP. Hồ Chí Minh, ngày 31 tháng 10 năm 2026", "i")])
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    para(d)
    para(d, "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo theo đề cương của Sở như sau:", indent=1)
    para(d, "I. TÌNH HÌNH TRIỂN KHAI", bold=True)
    para(d, "(Nêu việc ban hành văn bản triển khai, phân công thực hiện)", italic=True)
    para(d, "………………………………………………………………")
    para(d, "II. KẾT QUẢ THỰC HIỆN", bold=True)
    para(d, HINT, italic=True)
    t1 = "Đầu tư cơ sở vật chất, trang thiết bị: Trung tâm đã mua sắm bổ sung máy sắc ký khí khối phổ và hệ thống chuẩn áp suất; tổng kinh phí đã giải ngân 2,35 tỷ đồng. Hiện đang thực hiện gói thầu thứ hai."
    t2 = "Duy trì chuẩn đo lường, liên kết chuẩn đến chuẩn quốc gia: đã gửi hiệu chuẩn 12 chuẩn chính (khối lượng, dung tích, áp suất, nhiệt độ) tại Viện Đo lường Việt Nam."
    t3 = "Cung cấp dịch vụ kỹ thuật về TĐC: kiểm định, hiệu chuẩn 15.420 phương tiện đo; thử nghiệm 3 870 mẫu sản phẩm, hàng hoá phục vụ quản lý nhà nước và doanh nghiệp; mở rộng 2 lĩnh vực thử nghiệm mới. Đang thực hiện."
    t4 = "Phối hợp đào tạo cho sinh viên: phối hợp Trường Cao đẳng Kỹ thuật Cao Thắng mở 01 lớp về đo lường, thử nghiệm cho 85 sinh viên, đã xong."
    para(d, "1. Nội dung chủ trì", bold=True)
    para(d, "- " + t1, justify=True)
    para(d, "2. Nội dung phối hợp", bold=True)
    para(d, "- " + t2, justify=True)
    para(d, "- " + t3, justify=True)
    para(d, "- " + t4, justify=True)
    para(d, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    para(d, "(Nêu cụ thể khó khăn, nguyên nhân)", italic=True)
    k1 = "Thủ tục mua sắm thiết bị kéo dài do phải thẩm định giá nhiều lần."
    k2 = "Thiếu kiểm định viên có chứng chỉ cho lĩnh vực áp suất, lưu lượng."
    para(d, "- " + k1)
    para(d, "- " + k2)
    para(d, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    para(d, "(Nêu cụ thể đề xuất, kiến nghị và cơ quan có thẩm quyền giải quyết)", italic=True)
    p1 = "Kiến nghị Sở hỗ trợ kinh phí đào tạo kiểm định viên năm 2027."
    para(d, "- " + p1)
    para(d)
    signature(d, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lâm Chí Thanh", ["- Chi cục TĐC (để t/h);", "- Lưu: VT, KH."])
    d.save(os.path.join(OUT, fn))
    key(fn, ("SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
        "211/BC-TTPT", "2026-10-31", [
        E("II.4.a", "in_progress", t1, budget_spent_vnd=2350000000),
        E("II.4.c", "unknown", t2, instruments_verified=12),
        E("II.2.g", "in_progress", t3, instruments_verified=15420, samples_tested=3870),
        E("II.3.d", "completed", t4, training_courses=1, participants=85),
    ], [k1, k2], [p1])


# ---------------------------------------------------------------- xlsx helpers
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def wrap(ws, cols, rows):
    for r in rows:
        for c in cols:
            ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")


def gen_C3():
    fn = "BinhKhanh_de cuong BC CT38.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Đề cương"
    ws.column_dimensions["A"].width = 48
    ws.column_dimensions["B"].width = 70
    rows = [
        ("UBND XÃ BÌNH KHÁNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("Số: 143/BC-UBND", "Độc lập - Tự do - Hạnh phúc"),
        ("", "Bình Khánh, ngày 29 tháng 10 năm 2026"),
        ("", ""),
        ("ĐỀ CƯƠNG BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026", ""),
        ("(Kèm theo văn bản đề nghị báo cáo của Sở Khoa học và Công nghệ)", ""),
        ("Nội dung đề cương", "Xã trả lời"),
        ("I. TÌNH HÌNH TRIỂN KHAI", ""),
        ("(Nêu việc ban hành văn bản triển khai)", "UBND xã giao Phòng Kinh tế theo dõi, tham mưu."),
        ("II. KẾT QUẢ THỰC HIỆN", ""),
        ("1. Công tác tuyên truyền (số tin, bài, số lớp…)", None),
        ("2. Công tác tập huấn, cử cán bộ tham gia tập huấn", "………………"),
        ("3. Phối hợp kiểm tra, thực hiện nội dung phân quyền (số cuộc, số cơ sở, vi phạm, xử phạt)", None),
        ("4. Áp dụng HTQLCL theo TCVN ISO 9001 tại cơ quan", None),
        ("5. Nội dung khác (nếu có)", "Không"),
        ("III. KHÓ KHĂN, VƯỚNG MẮC", None),
        ("IV. ĐỀ XUẤT, KIẾN NGHỊ", None),
    ]
    t1 = "Đăng 05 tin trên trang TTĐT xã, phát trên loa các ấp. Đã thực hiện xong."
    t2 = "Phối hợp Chi cục TĐC kiểm tra 2 cuộc, 9 cơ sở (cửa hàng xăng dầu, đại lý gas); chưa phát hiện vi phạm. Đang làm."
    t3 = "Đang xây dựng, rà soát quy trình sau hợp nhất."
    k1 = "Địa bàn xã rộng, đi lại bằng phà, đường thủy mất nhiều thời gian."
    k2 = "Chưa có công chức chuyên trách mảng TĐC"
    p1 = "Đề nghị Chi cục hỗ trợ xã 01 lớp tập huấn tại chỗ cho công chức và hộ kinh doanh."
    answers = {11: t1, 13: t2, 14: t3, 16: "- " + k1 + "\n- " + k2, 17: p1}
    for i, (a, b) in enumerate(rows, 1):
        ws.cell(i, 1, a)
        ws.cell(i, 2, answers.get(i, b) if b is None else b)
    for i in range(1, 4):
        ws.cell(i, 1).font = Font(bold=True)
        ws.cell(i, 2).font = Font(bold=i < 3, italic=i == 3)
        ws.cell(i, 1).alignment = ws.cell(i, 2).alignment = Alignment(horizontal="center")
    ws.merge_cells("A5:B5")
    ws.merge_cells("A6:B6")
    ws["A5"].font = Font(bold=True)
    ws["A6"].font = Font(italic=True)
    ws["A5"].alignment = ws["A6"].alignment = Alignment(horizontal="center", wrap_text=True)
    for c in ws[7]:
        c.font = Font(bold=True)
    for r in range(7, 18):
        for c in (1, 2):
            ws.cell(r, c).border = BOX
    for r in (8, 10, 16, 17):
        ws.cell(r, 1).font = Font(bold=True)
    ws.cell(9, 1).font = Font(italic=True)
    wrap(ws, (1, 2), range(7, 18))
    ws.cell(19, 2, "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH").font = Font(bold=True)
    ws.cell(22, 2, "Nguyễn Văn Sang").font = Font(bold=True)
    ws.cell(19, 2).alignment = ws.cell(22, 2).alignment = Alignment(horizontal="center")
    wb.save(os.path.join(OUT, fn))
    key(fn, ("27667", "Xã Bình Khánh"), "143/BC-UBND", "2026-10-29", [
        E("II.1.a", "completed", t1, communications=5),
        E("II.5.c", "in_progress", t2, inspections=2, establishments_inspected=9),
        E("II.2.đ", "in_progress", t3),
    ], [k1, k2], [p1])


# ============================================================ HAND D
# Plain Excel list, one sheet "Sheet1": unit / title typed in column A (merged
# across), header "STT | Nội dung công việc | Kết quả thực hiện | Tình trạng |
# Ghi chú" where Ghi chú stays empty; the Tình trạng column typed freely
# ("Xong", "Đang TH", "hoàn thành", "Không PS") and sometimes left blank; the
# STT typed by hand (skips one); "Khó khăn:" / "Kiến nghị:" rows under the list
# after a blank row, each item in its own row in column B.

def d_sheet(fn, unit_line, so, date_line, title, items, diffs, props, signer, sheet="Sheet1",
            quochieu=True, stt=None):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    widths = {"A": 6, "B": 46, "C": 60, "D": 14, "E": 14}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    r = 1
    ws.cell(r, 1, unit_line).font = Font(bold=True)
    if quochieu:
        ws.cell(r, 3, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").font = Font(bold=True)
    r += 1
    ws.cell(r, 1, so)
    if quochieu:
        ws.cell(r, 3, "Độc lập - Tự do - Hạnh phúc").font = Font(bold=True)
    r += 1
    ws.cell(r, 3, date_line).font = Font(italic=True)
    r += 2
    ws.cell(r, 1, title).font = Font(bold=True, size=13)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    ws.cell(r, 1).alignment = Alignment(horizontal="center")
    r += 2
    hdr = ["STT", "Nội dung công việc", "Kết quả thực hiện", "Tình trạng", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True)
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    first = r + 1
    for i, (name, res, st) in enumerate(items):
        r += 1
        n = stt[i] if stt else i + 1
        ws.cell(r, 1, n)
        ws.cell(r, 2, name)
        ws.cell(r, 3, res)
        ws.cell(r, 4, st)
        for j in range(1, 6):
            ws.cell(r, j).border = BOX
    wrap(ws, (2, 3, 4), range(first, r + 1))
    r += 2
    if diffs:
        ws.cell(r, 1, "Khó khăn:").font = Font(bold=True)
        for x in diffs:
            r += 1
            ws.cell(r, 2, x)
    r += 1
    if props:
        ws.cell(r, 1, "Kiến nghị:").font = Font(bold=True)
        for x in props:
            r += 1
            ws.cell(r, 2, x)
    r += 2
    ws.cell(r, 3, signer[0]).font = Font(bold=True)
    ws.cell(r + 3, 3, signer[1]).font = Font(bold=True)
    ws.cell(r, 3).alignment = ws.cell(r + 3, 3).alignment = Alignment(horizontal="center")
    wb.save(os.path.join(OUT, fn))


def gen_D1():
    fn = "LongTruong_CT38_2026.xlsx"
    it = [
        ("Tuyên truyền Luật Đo lường, Luật CLSPHH trên loa phát thanh, trang TTĐT phường",
         "8 tin, bài; lồng ghép tại các buổi họp khu phố", "Xong"),
        ("Cử công chức dự tập huấn nghiệp vụ TĐC", "Cử 2 đ/c dự lớp ngày 21/8", "hoàn thành"),
        ("Phối hợp kiểm tra đo lường, chất lượng xăng dầu, vàng bạc, chợ",
         "Kiểm tra 04 cuộc / 21 cơ sở; vi phạm 2 cơ sở; phạt 5,5 triệu đồng", "Đang TH"),
        ("Bảo vệ người tố giác, xử lý vi phạm về TĐC", "Không có", "Không PS"),
    ]
    k = ["Chưa có cân đối chứng tại chợ Long Trường", "Lực lượng mỏng, phải phối hợp nhiều việc khác"]
    p = ["Đề nghị Chi cục TĐC hỗ trợ trang bị cân đối chứng cho chợ."]
    d_sheet(fn, "UBND PHƯỜNG LONG TRƯỜNG", "Số: 201/BC-UBND", "Long Trường, ngày 30 tháng 10 năm 2026",
            "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
            it, k, p, ("KT. CHỦ TỊCH - PHÓ CHỦ TỊCH", "Trương Công Hậu"), stt=[1, 2, 4, 5])
    key(fn, ("26860", "Phường Long Trường"), "201/BC-UBND", "2026-10-30", [
        E("II.1.a", "completed", it[0][0] + " | " + it[0][1], communications=8),
        E("II.3.a", "completed", it[1][0] + " | " + it[1][1], participants=2),
        E("II.5.c", "in_progress", it[2][0] + " | " + it[2][1], inspections=4, establishments_inspected=21,
          violations=2, fines_vnd=5500000),
        E("II.5.d", "not_applicable", it[3][0] + " | " + it[3][1]),
    ], k, p)


def gen_D2():
    fn = "PhuHoaDong - KQ thuc hien CT38.xlsx"
    it = [
        ("Tuyên truyền, phổ biến pháp luật về TĐC",
         "Tổ chức 1 buổi tuyên truyền tại Hội trường xã, 40 người tham dự (hộ kinh doanh, HTX); đăng 03 tin trên Zalo xã",
         "Đã xong"),
        ("Phối hợp kiểm tra chất lượng phân bón, xăng dầu, đo lường tại chợ",
         "3 cuộc; 15 cơ sở; 1 vi phạm; phạt 1.500.000đ", ""),
        ("Áp dụng ISO 9001:2015 tại UBND xã", "Rà soát lại quy trình sau sáp nhập", "Đang TH"),
        ("Hướng dẫn HTX, hộ sản xuất áp dụng truy xuất nguồn gốc nông sản (Đề án 100)",
         "Hướng dẫn 4 HTX rau an toàn làm hồ sơ truy xuất nguồn gốc", "Đang TH"),
    ]
    k = ["HTX chưa mặn mà với truy xuất nguồn gốc do chi phí tem cao"]
    p = ["Xin hỗ trợ kinh phí in tem truy xuất nguồn gốc cho HTX", "Xin tài liệu tuyên truyền in sẵn"]
    d_sheet(fn, "UBND XÃ PHÚ HÒA ĐÔNG", "Số:        /BC-UBND", "Phú Hòa Đông, ngày    tháng 11 năm 2026",
            "Kết quả thực hiện Kế hoạch Chỉ thị 38 (tiêu chuẩn đo lường chất lượng) năm 2026",
            it, k, p, ("CHỦ TỊCH", "Lê Thị Thu Hà"), stt=[1, 2, 3, 3])
    key(fn, ("27541", "Xã Phú Hòa Đông"), None, None, [
        E("II.1.a", "completed", it[0][0] + " | " + it[0][1], training_courses=1, participants=40, communications=3),
        E("II.5.c", "unknown", it[1][0] + " | " + it[1][1], inspections=3, establishments_inspected=15, violations=1,
          fines_vnd=1500000),
        E("II.2.đ", "in_progress", it[2][0] + " | " + it[2][1]),
        E("II.2.a", "in_progress", it[3][0] + " | " + it[3][1], enterprises_supported=4),
    ], k, p)


def gen_D3():
    fn = "DiAn-BC-CT38.xlsx"
    it = [
        ("Phối hợp kiểm tra đo lường, chất lượng tại các chợ, cửa hàng xăng dầu",
         "Kiểm tra 6 cuộc, 34 cơ sở. Vi phạm: 4 cơ sở, phạt 12.750.000 đồng", "Đang thực hiện"),
        ("Phối hợp kiểm định cân tại chợ Dĩ An, chợ Nội Hóa", "Kiểm định 52 cân các loại", ""),
        ("Tuyên truyền về TĐC", "Phát 2 phóng sự trên Đài truyền thanh phường; 1 hội nghị 120 người", "xong"),
        ("Hướng dẫn doanh nghiệp công bố hợp quy, ghi nhãn", "6 DN", ""),
    ]
    k = ["Nhiều cơ sở kinh doanh thay đổi địa điểm, khó theo dõi."]
    p = ["Đề nghị phân cấp cho phường kiểm tra nhãn hàng hóa tại chợ."]
    d_sheet(fn, "ỦY BAN NHÂN DÂN PHƯỜNG DĨ AN", "Số: 377/BC-UBND", "Dĩ An, ngày 28 tháng 10 năm 2026",
            "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW NĂM 2026", it, k, p,
            ("CHỦ TỊCH", "Phan Văn Tài"), stt=[1, 2, 3, 5])
    key(fn, ("25942", "Phường Dĩ An"), "377/BC-UBND", "2026-10-28", [
        E("II.5.c", "in_progress", it[0][1] + "\n" + it[1][1], inspections=6, establishments_inspected=34,
          violations=4, fines_vnd=12750000, instruments_verified=52),
        E("II.1.a", "completed", it[2][1], communications=2, training_courses=1, participants=120),
        E("II.2.d", "unknown", it[3][0] + " | " + it[3][1], enterprises_supported=6),
    ], k, p)


def gen_D4():
    fn = "QLKH_tinh hinh CT38.xlsx"
    it = [
        ("Thu hút chuyên gia, nhà khoa học lĩnh vực TĐC theo NQ 27/2023 và QĐ 05/2026",
         "Tiếp nhận 02 hồ sơ đề xuất, đang thẩm định", "đang thực hiện"),
        ("Phối hợp hỗ trợ DN nâng cao năng suất chất lượng qua nhiệm vụ KH&CN",
         "04 doanh nghiệp được hỗ trợ; kinh phí đã giải ngân 1,2 tỷ đồng", "Đang TH"),
        ("Phối hợp tổ chức hội thảo chuyên sâu về năng suất", "01 hội thảo, 120 đại biểu", "Xong"),
        ("Phối hợp APO thúc đẩy năng suất", "", ""),
    ]
    p = ["Đề nghị Chi cục gửi danh mục nhu cầu chuyên gia TĐC để Phòng tổng hợp."]
    d_sheet(fn, "PHÒNG QUẢN LÝ KHOA HỌC", "Số: 37/BC-QLKH", "TP.HCM, ngày 29 tháng 10 năm 2026",
            "TÌNH HÌNH THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026", it, [], p,
            ("TRƯỞNG PHÒNG", "Đặng Minh Khoa"), quochieu=False)
    key(fn, ("SKHCN-QLKH", "Phòng Quản lý Khoa học"), "37/BC-QLKH", "2026-10-29", [
        E("II.3.c", "in_progress", it[0][0] + " | " + it[0][1]),
        E("II.2.a", "in_progress", it[1][0] + " | " + it[1][1], enterprises_supported=4, budget_spent_vnd=1200000000),
        E("II.3.b", "completed", it[2][0] + " | " + it[2][1], training_courses=1, participants=120),
        E("II.6.b", "unknown", it[3][0]),
    ], [], p)


def gen_D5_mistaken():
    fn = "PhuThanh_BC kiem tra.xlsx"
    it = [
        ("Kiểm tra ATTP cơ sở sản xuất bánh trung thu", "05 cơ sở, 01 vi phạm", "Xong"),
        ("Kiểm tra bếp ăn tập thể trường học", "8 bếp ăn", "Xong"),
        ("Tuyên truyền ATTP Tết Trung thu", "Phát 300 tờ rơi", "Xong"),
        ("Lấy mẫu test nhanh thực phẩm tại chợ Phú Thạnh", "25 mẫu, 1 mẫu không đạt", "Đang TH"),
    ]
    d_sheet(fn, "UBND PHƯỜNG PHÚ THẠNH", "Số: 266/BC-UBND", "Phú Thạnh, ngày 12 tháng 10 năm 2026",
            "BÁO CÁO KẾT QUẢ KIỂM TRA AN TOÀN THỰC PHẨM TẾT TRUNG THU NĂM 2026", it,
            ["Thiếu kinh phí test nhanh"], ["Xin bổ sung bộ test nhanh"], ("KT. CHỦ TỊCH - PHÓ CHỦ TỊCH", "Hồ Thị Lan"))
    key(fn, ("27028", "Phường Phú Thạnh"), "266/BC-UBND", "2026-10-12", [], [], [],
        status="rejected",
        reason="Báo cáo kiểm tra an toàn thực phẩm Tết Trung thu, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")


# ============================================================ HAND E
# A department's one-page reply: "V/v" công văn, "Kính gửi", then ONE running
# paragraph listing what the unit did for each task joined by semicolons, a
# single line "Khó khăn: không có." and a single proposal line, then sign-off.

def gen_E1():
    fn = "SXD - phuc dap bao cao CT38.docx"
    d = new_doc(size=13)
    header_table(d, [("ỦY BAN NHÂN DÂN", ""), ("THÀNH PHỐ HỒ CHÍ MINH", ""), ("SỞ XÂY DỰNG", "b"), ("Số: 9876/SXD-KTXD", ""),
                     ("V/v báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026", "i")],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "bu"), ("", ""),
                  ("Thành phố Hồ Chí Minh, ngày 24 tháng 10 năm 2026", "i")], size=12)
    para(d)
    para(d, "Kính gửi: Sở Khoa học và Công nghệ.", align="c")
    para(d)
    body = ("Sở Xây dựng nhận được văn bản đề nghị của Sở Khoa học và Công nghệ về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Sở Xây dựng báo cáo như sau: "
            "đã góp ý 04 dự thảo quy chuẩn kỹ thuật quốc gia về vật liệu xây dựng và an toàn cháy cho nhà và công trình, việc góp ý đã hoàn thành; "
            "tổ chức 01 hội nghị phổ biến QCVN 16:2023/BXD cho 150 đại biểu là doanh nghiệp sản xuất, kinh doanh vật liệu xây dựng, đã tổ chức xong trong tháng 9; "
            "phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường 02 cuộc tại 14 cơ sở kinh doanh, hiện đang tiếp tục thực hiện.")
    para(d, body, justify=True, indent=1.0)
    k = "Khó khăn: không có."
    para(d, k, indent=1.0)
    p1 = "Sở Xây dựng đề nghị Sở Khoa học và Công nghệ thông tin sớm danh mục dự thảo quy chuẩn cần góp ý để Sở chủ động bố trí chuyên gia."
    para(d, p1, justify=True, indent=1.0)
    para(d, "Trân trọng./.", indent=1.0)
    para(d)
    signature(d, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Trịnh Quang Vinh", ["- Như trên;", "- Lưu: VT, KTXD."])
    d.save(os.path.join(OUT, fn))
    key(fn, ("SO-XD", "Sở Xây dựng"), "9876/SXD-KTXD", "2026-10-24", [
        E("II.2.e", "completed", "đã góp ý 04 dự thảo quy chuẩn kỹ thuật quốc gia về vật liệu xây dựng và an toàn cháy", standards_reviewed=4),
        E("II.1.a", "completed", "tổ chức 01 hội nghị phổ biến QCVN 16:2023/BXD cho 150 đại biểu", training_courses=1, participants=150),
        E("II.5.a", "in_progress", "phối hợp Chi cục kiểm tra chất lượng vật liệu xây dựng 02 cuộc tại 14 cơ sở", inspections=2, establishments_inspected=14),
    ], [], [p1])


def gen_E2():
    fn = "CDS_tra loi CT38.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Traloi"
    ws.column_dimensions["A"].width = 110
    lines = [
        ("SỞ KHOA HỌC VÀ CÔNG NGHỆ - PHÒNG CHUYỂN ĐỔI SỐ", "b"),
        ("Số: 52/CĐS", ""),
        ("V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026", "i"),
        ("TP. Hồ Chí Minh, ngày 27 tháng 10 năm 2026", "i"),
        ("", ""),
        ("Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng", "b"),
        ("", ""),
    ]
    body = ("Phòng Chuyển đổi số báo cáo như sau: việc kết nối liên thông Hệ thống thông tin giải quyết TTHC của Bộ với Cổng một cửa quốc gia về đăng ký kiểm tra chất lượng hàng nhập khẩu đã hoàn thành từ tháng 3/2026; "
            "việc kết nối, tích hợp cơ sở dữ liệu quốc gia về TĐC vào kho dữ liệu dùng chung của Sở đang thực hiện, đã tích hợp 3 nhóm dữ liệu; "
            "các nội dung về nâng cao năng suất chất lượng (Chương trình 1322, Đề án 996, Đề án 100) và cập nhật điều ước quốc tế: Phòng không phát sinh nội dung phối hợp.")
    k = "Khó khăn: không có."
    p1 = "Đề nghị Chi cục cử đầu mối phối hợp chuẩn hóa dữ liệu TĐC trước khi tích hợp."
    lines += [(body, ""), ("", ""), (k, ""), (p1, ""), ("", ""), ("TRƯỞNG PHÒNG", "b"), ("", ""), ("", ""), ("Bùi Thị Ngọc Ánh", "b")]
    for i, (t, f) in enumerate(lines, 1):
        c = ws.cell(i, 1, t)
        c.font = Font(bold="b" in f, italic="i" in f)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[8].height = 95
    wb.save(os.path.join(OUT, fn))
    key(fn, ("SKHCN-CDS", "Phòng Chuyển đổi số"), "52/CĐS", "2026-10-27", [
        E("II.2.h", "completed", "kết nối liên thông Hệ thống thông tin giải quyết TTHC của Bộ với Cổng một cửa quốc gia … đã hoàn thành"),
        E("II.2.i", "in_progress", "kết nối, tích hợp cơ sở dữ liệu quốc gia về TĐC … đang thực hiện, đã tích hợp 3 nhóm dữ liệu"),
        E("II.2.a", "not_applicable", "nâng cao năng suất chất lượng (Chương trình 1322, Đề án 996, Đề án 100): không phát sinh"),
        E("II.6.a", "not_applicable", "cập nhật điều ước quốc tế: không phát sinh nội dung phối hợp"),
    ], [], [p1])


# ---------------------------------------------------------------- main
def lo_resave(fn, fmt):
    """Re-save through LibreOffice, as offices do."""
    src = os.path.join(OUT, fn)
    tmp = tempfile.mkdtemp()
    prof = tempfile.mkdtemp()
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
                        "--convert-to", fmt, "--outdir", tmp, src],
                       check=True, capture_output=True, timeout=180)
        out = os.path.join(tmp, os.path.splitext(os.path.basename(fn))[0] + "." + fmt)
        shutil.move(out, src)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(prof, ignore_errors=True)


if __name__ == "__main__":
    for g in [gen_A1, gen_A2, gen_A3, gen_A4_mistaken, gen_B1, gen_B2, gen_B3, gen_C1, gen_C2, gen_C3,
              gen_D1, gen_D2, gen_D3, gen_D4, gen_D5_mistaken, gen_E1, gen_E2]:
        g()
    lo_resave("Xa Hoc Mon - BC 38.docx", "docx")
    lo_resave("DiAn-BC-CT38.xlsx", "xlsx")
    for fn, k in KEYS.items():
        with open(os.path.join(OUT, fn), "rb") as f:
            k["sha256"] = hashlib.sha256(f.read()).hexdigest()
        with open(os.path.join(TRUTH, fn + ".json"), "w", encoding="utf-8") as f:
            json.dump(k, f, ensure_ascii=False, indent=2)
    print(len(KEYS), "files")
