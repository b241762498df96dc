# -*- coding: utf-8 -*-
"""Generator for set263: 17 progress reports in four hands + answer keys (sha256 filled by finalize.py)."""
import json, os, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": [{"task": t, "status": s, "indicators": ind, "text": tx} for (t, s, ind, tx) in entries],
        "findings": [], "difficulties": diffs, "proposals": props,
    }

# ---------------------------------------------------------------- common docx helpers

def set_font(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is None:
        from docx.oxml import OxmlElement
        rf = OxmlElement('w:rFonts'); rpr.append(rf)
    from docx.oxml.ns import qn
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), name)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)


def para(doc, text="", bold=False, italic=False, align=None, indent=True, size=None, underline=False, after=3):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j" or align is None: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align not in ("c", "r"):
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(after)
    return p


def runs(p, parts):
    """parts: list of (text, style) style in '', 'b', 'i', 'bi'"""
    for t, s in parts:
        r = p.add_run(t); r.bold = "b" in s; r.italic = "i" in s
    return p


def header_table(doc, left_lines, right_lines, left_bold_from=1):
    t = doc.add_table(rows=1, cols=2)
    t.autofit = False
    for ci, lines in enumerate((left_lines, right_lines)):
        cell = t.rows[0].cells[ci]
        cell.width = Cm(6.5) if ci == 0 else Cm(9.5)
        first = True
        for i, (txt, sty) in enumerate(lines):
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt); r.bold = "b" in sty; r.italic = "i" in sty; r.underline = "u" in sty
            r.font.size = Pt(12 if "s" in sty else 13)
    return t


def signature(doc, left_lines, right_lines):
    t = doc.add_table(rows=1, cols=2)
    for ci, lines in enumerate((left_lines, right_lines)):
        cell = t.rows[0].cells[ci]
        first = True
        for txt, sty in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            if ci == 1: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt); r.bold = "b" in sty; r.italic = "i" in sty
            r.font.size = Pt(11 if "s" in sty else 13)

# =================================================================== HAND 1: Dung (department công văn)
# Phó Chánh Văn phòng / chuyên viên tổng hợp ở sở: "I. TÌNH HÌNH CHUNG" với số liệu ngành (không phải kết quả),
# mục "1." in đậm + viện dẫn KH in nghiêng cuối tiêu đề, số liệu trong câu, số đệm 0,
# câu chốt "Nội dung này Sở … đã hoàn thành / đang tiếp tục thực hiện / …", khó khăn "- ", kiến nghị "1."

def dung_doc(fname, dept_upper, dept_name, so, vv, date_words, kinh_gui, opening, chung, items, diffs, props, signer, role, noinhan, title=None):
    doc = Document(); set_font(doc, "Times New Roman", 13)
    header_table(doc, [("ỦY BAN NHÂN DÂN", "s"), ("THÀNH PHỐ HỒ CHÍ MINH", "s"), (dept_upper, "b"), ("Số: " + so, ""),
                       (vv, "s")],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "bu"), ("", ""),
                  (date_words, "i")])
    para(doc, "")
    if title:
        para(doc, title[0], bold=True, align="c"); para(doc, title[1], bold=True, align="c")
    if kinh_gui:
        p = para(doc, "", align="c"); runs(p, [("Kính gửi: ", ""), (kinh_gui, "")])
    para(doc, opening)
    para(doc, "I. TÌNH HÌNH CHUNG", bold=True, indent=True)
    for c in chung:
        para(doc, c)
    para(doc, "II. KẾT QUẢ THỰC HIỆN", bold=True)
    for i, it in enumerate(items, 1):
        p = para(doc, "")
        runs(p, [(f"{i}. {it['h']}", "b")] + ([(" " + it["ref"], "i")] if it.get("ref") else []))
        for tx in it["body"]:
            para(doc, tx)
    if diffs:
        para(doc, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
        for d in diffs: para(doc, "- " + d)
    if props:
        para(doc, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
        for j, d in enumerate(props, 1): para(doc, f"{j}. {d}")
    para(doc, f"Trên đây là báo cáo của {dept_name} gửi {kinh_gui.rstrip('.') if kinh_gui else 'Sở Khoa học và Công nghệ'} để tổng hợp./.")
    signature(doc, [("Nơi nhận:", "bi")] + [(n, "s") for n in noinhan],
              [(r, "b") for r in role] + [("", ""), ("", ""), ("", ""), (signer, "b")])
    doc.save(os.path.join(OUT, fname))


def F01():
    fn = "SYT-6127-bao-cao-CT38.docx"
    items = [
        dict(h="Việc áp dụng, duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở", ref="(điểm đ khoản 2 Mục II Kế hoạch)",
             body=["Sở Y tế đã ban hành Quyết định số 1185/QĐ-SYT ngày 12/5/2026 công bố lại Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015 đối với 146 thủ tục hành chính thuộc thẩm quyền giải quyết; tổ chức 01 đợt đánh giá nội bộ tại 09 phòng chức năng và khắc phục các điểm không phù hợp sau đánh giá. Nội dung này Sở Y tế đã hoàn thành."]),
        dict(h="Công tác kiểm tra chất lượng, nhãn hàng hóa đối với mỹ phẩm, trang thiết bị y tế lưu thông trên địa bàn", ref="(điểm a khoản 5 Mục II)",
             body=["Thanh tra Sở phối hợp Phòng Nghiệp vụ Dược tổ chức 14 cuộc kiểm tra tại 63 cơ sở kinh doanh mỹ phẩm, trang thiết bị y tế; phát hiện 11 cơ sở vi phạm về nhãn hàng hóa, công bố chất lượng; ban hành quyết định xử phạt vi phạm hành chính với tổng số tiền 186.500.000 đồng. Nội dung này Sở Y tế đang tiếp tục thực hiện theo kế hoạch kiểm tra năm 2026."]),
        dict(h="Lấy mẫu giám sát chất lượng thuốc, mỹ phẩm", ref="(điểm b khoản 5 Mục II)",
             body=["Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm Thành phố đã lấy tổng cộng 1.450 mẫu (gồm 1.236 mẫu thuốc và 214 mẫu mỹ phẩm) để kiểm tra chất lượng; phát hiện 07 mẫu không đạt chất lượng, đã thông báo thu hồi theo quy định. Nội dung này Sở Y tế đang tiếp tục thực hiện."]),
        dict(h="Góp ý dự thảo quy chuẩn kỹ thuật quốc gia", ref="(điểm e khoản 2 Mục II)",
             body=["Sở đã có văn bản góp ý đối với 03 dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế do Bộ Y tế chủ trì soạn thảo. Nội dung này Sở Y tế đã hoàn thành."]),
        dict(h="Cử công chức tham gia tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng", ref="",
             body=["Sở đã cử 06 công chức Thanh tra Sở và Phòng Nghiệp vụ Dược tham gia lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức ngày 17/6/2026. Nội dung này Sở Y tế đã hoàn thành."]),
        dict(h="Thông tin, tuyên truyền", ref="(khoản 1 Mục II)",
             body=["Sở đăng tải 12 tin, bài trên Trang thông tin điện tử của Sở về ghi nhãn, công bố chất lượng mỹ phẩm và trang thiết bị y tế, khuyến cáo người dân lựa chọn sản phẩm có nguồn gốc rõ ràng. Nội dung này Sở Y tế đã hoàn thành."]),
    ]
    diffs = ["Số lượng cơ sở kinh doanh mỹ phẩm, trang thiết bị y tế lớn, thường xuyên thay đổi địa điểm kinh doanh, trong khi lực lượng thanh tra chuyên ngành còn mỏng.",
             "Kinh phí lấy mẫu kiểm nghiệm mỹ phẩm còn hạn chế, chưa đáp ứng yêu cầu giám sát hậu kiểm."]
    props = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ dữ liệu kết quả kiểm tra chất lượng hàng hóa nhập khẩu thuộc lĩnh vực y tế để phối hợp hậu kiểm.",
             "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức lớp tập huấn chuyên sâu về nhãn hàng hóa cho công chức làm công tác thanh tra, kiểm tra của Sở."]
    dung_doc(fn, "SỞ Y TẾ", "Sở Y tế", "6127/SYT-NVD", "V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
             "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026", "Sở Khoa học và Công nghệ.",
             "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư năm 2026, Sở Y tế báo cáo kết quả thực hiện như sau:",
             ["Trên địa bàn Thành phố hiện có 128 bệnh viện, hơn 6.400 cơ sở bán lẻ thuốc và khoảng 1.150 cơ sở kinh doanh trang thiết bị y tế. Sở Y tế đã quán triệt Kế hoạch đến các phòng chức năng, Thanh tra Sở và các đơn vị trực thuộc có liên quan."],
             items, diffs, props, "Nguyễn Anh Dũng", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
             ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Chi cục TĐC (để t/h);", "- Lưu: VT, NVD. (Dung)"])
    key(fn, "SO-YT", "Sở Y tế", "6127/SYT-NVD", "2026-10-28", [
        ("II.2.đ", "completed", {}, items[0]["body"][0]),
        ("II.5.a", "in_progress", {"inspections": 14, "establishments_inspected": 63, "violations": 11, "fines_vnd": 186500000}, items[1]["body"][0]),
        ("II.5.b", "in_progress", {"samples_tested": 1450}, items[2]["body"][0]),
        ("II.2.e", "completed", {"standards_reviewed": 3}, items[3]["body"][0]),
        ("II.3.a", "completed", {"participants": 6}, items[4]["body"][0]),
        ("II.1.a", "completed", {"communications": 12}, items[5]["body"][0]),
    ], diffs, props)


def F02():
    fn = "SGDDT_4380_BC_KH38.docx"
    items = [
        dict(h="Duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", ref="(điểm đ khoản 2 Mục II Kế hoạch)",
             body=["Sở tiếp tục duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; đã rà soát, cập nhật 12 quy trình nội bộ cho phù hợp với cơ cấu tổ chức mới của Sở; việc đánh giá nội bộ năm 2026 dự kiến thực hiện trong tháng 11/2026. Nội dung này Sở Giáo dục và Đào tạo đang tiếp tục thực hiện."]),
        dict(h="Tuyên truyền kiến thức về đo lường, chất lượng, nhãn hàng hóa trong nhà trường", ref="(khoản 1 Mục II)",
             body=["Sở phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 04 buổi tập huấn cho cán bộ, giáo viên phụ trách bếp ăn bán trú về cân, đong, nhãn hàng hóa thực phẩm đầu vào với 520 lượt người tham dự; phát hành 1.200 tờ gấp tuyên truyền đến các trường tiểu học, trung học cơ sở. Nội dung này Sở Giáo dục và Đào tạo đã hoàn thành."]),
        dict(h="Đưa nội dung tiêu chuẩn, đo lường, mã số mã vạch vào hoạt động ngoại khóa của các trường cao đẳng, trung cấp trực thuộc", ref="(điểm d khoản 3 Mục II)",
             body=["Sở chỉ đạo các trường cao đẳng, trung cấp trực thuộc lồng ghép nội dung tiêu chuẩn, quy chuẩn kỹ thuật, mã số mã vạch, truy xuất nguồn gốc vào hoạt động ngoại khóa; đến nay đã tổ chức 03 chuyên đề ngoại khóa tại 03 trường với 640 lượt học sinh, sinh viên tham gia. Nội dung này Sở Giáo dục và Đào tạo đang tiếp tục thực hiện trong học kỳ I năm học 2026 – 2027."]),
        dict(h="Cử công chức tham gia tập huấn nghiệp vụ", ref="(điểm a khoản 3 Mục II)",
             body=["Lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng dành cho công chức các sở, ngành trùng thời gian tổ chức Kỳ thi tuyển sinh lớp 10 nên Sở chưa cử được công chức tham dự. Nội dung này Sở Giáo dục và Đào tạo chưa triển khai, sẽ cử công chức tham gia khi Chi cục mở lớp tiếp theo."]),
        dict(h="Góp ý dự thảo quy chuẩn kỹ thuật", ref="(điểm e khoản 2 Mục II)",
             body=["Trong năm 2026, Sở không nhận được đề nghị góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật liên quan đến lĩnh vực giáo dục. Nội dung này Sở Giáo dục và Đào tạo không phát sinh."]),
    ]
    diffs = ["Việc lồng ghép nội dung tiêu chuẩn, đo lường, chất lượng vào hoạt động ngoại khóa chưa có tài liệu hướng dẫn thống nhất, các trường tự biên soạn nên nội dung chưa đồng đều."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng biên soạn tài liệu tuyên truyền phù hợp với học sinh, sinh viên.",
             "Đề nghị bố trí lịch tập huấn cho công chức ngoài thời gian cao điểm của ngành giáo dục (tháng 5 – tháng 7)."]
    dung_doc(fn, "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo", "4380/SGDĐT-VP", "V/v báo cáo kết quả triển khai Kế hoạch thực hiện Chỉ thị 38-CT/TW năm 2026",
             "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026", "Sở Khoa học và Công nghệ.",
             "Sở Giáo dục và Đào tạo nhận được Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026. Sở Giáo dục và Đào tạo báo cáo kết quả thực hiện như sau:",
             ["Toàn ngành hiện có 2.143 cơ sở giáo dục mầm non, phổ thông và 38 trường cao đẳng, trung cấp trực thuộc Sở; trong đó 1.076 trường có tổ chức bán trú. Sở đã giao Văn phòng Sở làm đầu mối theo dõi, tổng hợp việc thực hiện Kế hoạch."],
             items, diffs, props, "Lê Thị Thanh Hương", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
             ["- Như trên;", "- Ban Giám đốc;", "- Lưu: VT, VP."])
    key(fn, "SO-GDDT", "Sở Giáo dục và Đào tạo", "4380/SGDĐT-VP", "2026-10-30", [
        ("II.2.đ", "in_progress", {}, items[0]["body"][0]),
        ("II.1.a", "completed", {"training_courses": 4, "participants": 520, "communications": 1200}, items[1]["body"][0]),
        ("II.3.d", "in_progress", {"training_courses": 3, "participants": 640}, items[2]["body"][0]),
        ("II.3.a", "not_started", {}, items[3]["body"][0]),
        ("II.2.e", "not_applicable", {}, items[4]["body"][0]),
    ], diffs, props)


def F03():
    fn = "STC_8815-BC thuc hien KH 38.docx"
    items = [
        dict(h="Bố trí kinh phí đầu tư trang thiết bị cho đơn vị sự nghiệp công lập thuộc Sở Khoa học và Công nghệ", ref="(điểm a khoản 4 Mục II Kế hoạch – Sở phối hợp)",
             body=["Sở Tài chính đã thẩm định, tham mưu Ủy ban nhân dân Thành phố giao dự toán năm 2026 cho Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng để mua sắm, hiện đại hóa trang thiết bị thử nghiệm. Theo số liệu Kho bạc Nhà nước, đến ngày 31/10/2026 đơn vị đã giải ngân 2,1 tỷ đồng. Nội dung này Sở Tài chính đang tiếp tục phối hợp thực hiện."]),
        dict(h="Thẩm định dự toán bảo trì, bảo dưỡng, kiểm định phương tiện kỹ thuật nghiệp vụ", ref="(điểm b khoản 4 Mục II)",
             body=["Sở đã tiếp nhận và thẩm định 01 hồ sơ dự toán bảo trì, bảo dưỡng, kiểm định phương tiện, thiết bị kỹ thuật nghiệp vụ của Chi cục Tiêu chuẩn Đo lường Chất lượng; hiện đang chờ đơn vị bổ sung báo giá. Nội dung này Sở Tài chính đang tiếp tục thực hiện."]),
        dict(h="Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", ref="(điểm đ khoản 2 Mục II)",
             body=["Sở Tài chính đã cập nhật Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau khi hợp nhất với Sở Kế hoạch và Đầu tư; tổ chức đánh giá nội bộ năm 2026 vào ngày 24/9/2026. Nội dung này Sở Tài chính đã hoàn thành."]),
        dict(h="Cử công chức tham gia tập huấn", ref="(điểm a khoản 3 Mục II)",
             body=["Sở đã cử 04 công chức phòng Hành chính sự nghiệp và phòng Quản lý giá tham gia lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng. Nội dung này Sở Tài chính đã hoàn thành."]),
        dict(h="Chi khen thưởng người tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng", ref="(điểm d khoản 5 Mục II)",
             body=["Trong năm 2026, Sở không nhận được hồ sơ đề nghị chi khen thưởng cho tổ chức, cá nhân tố giác vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng. Nội dung này Sở Tài chính không phát sinh."]),
    ]
    diffs = ["Một số đơn vị gửi hồ sơ đề nghị bổ sung dự toán mua sắm thiết bị chậm, thiếu báo giá, làm kéo dài thời gian thẩm định."]
    props = ["Đề nghị Sở Khoa học và Công nghệ chỉ đạo các đơn vị trực thuộc lập dự toán mua sắm, bảo trì trang thiết bị năm 2027 gửi Sở Tài chính trước ngày 15/12/2026."]
    dung_doc(fn, "SỞ TÀI CHÍNH", "Sở Tài chính", "8815/STC-HCSN", "V/v báo cáo tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW",
             "Thành phố Hồ Chí Minh, ngày 04 tháng 11 năm 2026", "Sở Khoa học và Công nghệ.",
             "Phúc đáp Công văn của Sở Khoa học và Công nghệ đề nghị báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Tài chính báo cáo như sau:",
             ["Năm 2026, tổng dự toán chi sự nghiệp khoa học và công nghệ của Thành phố được giao là 2.915 tỷ đồng. Sở Tài chính tham gia Kế hoạch với vai trò phối hợp bố trí, thẩm định kinh phí và thực hiện các nội dung áp dụng tại cơ quan Sở."],
             items, diffs, props, "Trần Văn Bảy", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
             ["- Như trên;", "- Lưu: VT, HCSN (Ng)."])
    key(fn, "SO-TC", "Sở Tài chính", "8815/STC-HCSN", "2026-11-04", [
        ("II.4.a", "in_progress", {"budget_spent_vnd": 2100000000}, items[0]["body"][0]),
        ("II.4.b", "in_progress", {}, items[1]["body"][0]),
        ("II.2.đ", "completed", {}, items[2]["body"][0]),
        ("II.3.a", "completed", {"participants": 4}, items[3]["body"][0]),
        ("II.5.d", "not_applicable", {}, items[4]["body"][0]),
    ], diffs, props)


def F04():  # mistaken: cải cách hành chính
    fn = "SXD-BC-CCHC-quy-III-2026.docx"
    items = [
        dict(h="Cải cách thể chế", ref="",
             body=["Sở đã rà soát 27 văn bản quy phạm pháp luật thuộc lĩnh vực xây dựng do Ủy ban nhân dân Thành phố ban hành; đề xuất bãi bỏ 04 văn bản không còn phù hợp sau sắp xếp đơn vị hành chính."]),
        dict(h="Cải cách thủ tục hành chính", ref="",
             body=["Trong quý III/2026, Sở tiếp nhận 18.432 hồ sơ, giải quyết đúng hạn 18.105 hồ sơ (đạt 98,2%); 100% thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình hoặc một phần."]),
        dict(h="Cải cách tổ chức bộ máy và hiện đại hóa hành chính", ref="",
             body=["Sở tiếp tục duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 trong giải quyết thủ tục hành chính; triển khai ký số trên Hệ thống quản lý văn bản và điều hành cho 100% công chức."]),
    ]
    diffs = ["Hệ thống thông tin giải quyết thủ tục hành chính của Thành phố đôi lúc bị gián đoạn, ảnh hưởng đến tiến độ xử lý hồ sơ trực tuyến."]
    props = ["Đề nghị Sở Nội vụ tổ chức tập huấn chuyên sâu về kiểm soát thủ tục hành chính cho công chức đầu mối."]
    dung_doc(fn, "SỞ XÂY DỰNG", "Sở Xây dựng", "9120/BC-SXD", "",
             "Thành phố Hồ Chí Minh, ngày 05 tháng 10 năm 2026", "Sở Nội vụ.",
             "Thực hiện Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân Thành phố, Sở Xây dựng báo cáo kết quả công tác cải cách hành chính quý III năm 2026 như sau:",
             ["Trong quý III/2026, Sở Xây dựng tiếp tục kiện toàn tổ chức bộ máy sau hợp nhất; ban hành Kế hoạch cải cách hành chính năm 2026 và Kế hoạch kiểm tra công tác cải cách hành chính tại các phòng, đơn vị."],
             items, diffs, props, "Phạm Quốc Thịnh", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
             ["- Sở Nội vụ;", "- Ban Giám đốc;", "- Lưu: VT, VP."],
             title=("BÁO CÁO", "Kết quả công tác cải cách hành chính quý III năm 2026"))
    key(fn, "SO-XD", "Sở Xây dựng", "9120/BC-SXD", "2026-10-05", [], [], [], status="rejected",
        reason="Báo cáo kết quả công tác cải cách hành chính quý III/2026 gửi Sở Nội vụ, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")

# =================================================================== HAND 2: Tuấn (Excel biểu kèm công văn)
# Bold task row carrying the status in column "Tiến độ" only; under it one "- label" row per figure with a numeric SL
# and an ĐVT column; money as whole đồng under format #,##0; "(Kèm theo Công văn số … ngày dd/mm/yyyy …)";
# "Ngày lập biểu" as a real date cell; "Khó khăn:"/"Kiến nghị:" rows at the foot; statuses "Đã xong / Đang thực hiện / Chưa thực hiện / Không PS".

thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def tuan_xlsx(fname, parent, unit_upper, title_tail, kem_theo, tasks, diffs, props, lap_bieu_date, nguoi_lap, sheet="Bieu KQ"):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    widths = {"A": 6, "B": 48, "C": 12, "D": 9, "E": 17, "F": 26}
    for c, w in widths.items(): ws.column_dimensions[c].width = w
    ws["A1"] = parent; ws["A2"] = unit_upper; ws["A2"].font = Font(bold=True)
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(bold=True)
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws.merge_cells("A4:F4"); ws["A4"] = "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"
    ws["A4"].font = Font(bold=True, size=13); ws["A4"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A5:F5"); ws["A5"] = title_tail; ws["A5"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A6:F6"); ws["A6"] = kem_theo; ws["A6"].font = Font(italic=True); ws["A6"].alignment = Alignment(horizontal="center")
    hdr = ["TT", "Công việc / kết quả", "SL", "ĐVT", "Tiến độ", "Ghi chú"]
    r = 8
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h); c.font = Font(bold=True); c.border = BOX; c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    r += 1
    for n, t in enumerate(tasks, 1):
        vals = [n, t["name"], None, None, t["tt"], t.get("note")]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.font = Font(bold=True) if i in (1, 2, 5) else Font(); c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
        for lab, sl, dvt in t["rows"]:
            vals = [None, "- " + lab, sl, dvt, None, None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
                if i == 3 and isinstance(v, (int, float)): c.number_format = "#,##0"
            r += 1
    r += 1
    ws.cell(r, 1, "II").font = Font(bold=True); ws.cell(r, 2, "Khó khăn:").font = Font(bold=True); r += 1
    for d in diffs:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6); ws.cell(r, 2, "- " + d).alignment = Alignment(wrap_text=True); ws.row_dimensions[r].height = 32; r += 1
    ws.cell(r, 1, "III").font = Font(bold=True); ws.cell(r, 2, "Kiến nghị:").font = Font(bold=True); r += 1
    for d in props:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6); ws.cell(r, 2, "- " + d).alignment = Alignment(wrap_text=True); ws.row_dimensions[r].height = 32; r += 1
    r += 1
    ws.cell(r, 2, "Ngày lập biểu:"); c = ws.cell(r, 3, lap_bieu_date); c.number_format = "dd/mm/yyyy"
    ws.cell(r, 5, "THỦ TRƯỞNG ĐƠN VỊ").font = Font(bold=True); r += 1
    ws.cell(r, 2, "Người lập biểu: " + nguoi_lap)
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fname))


def entries_from_tasks(tasks):
    out = []
    for t in tasks:
        txt = t["name"] + ": " + "; ".join(f"{lab} {sl if not isinstance(sl,int) else sl} {dvt}" for lab, sl, dvt in t["rows"])
        out.append((t["task"], t["status"], t["ind"], txt))
    return out


def F05():
    fn = "SCT - Bieu ket qua CT38 nam 2026.xlsx"
    tasks = [
        dict(task="II.5.a", status="in_progress", tt="Đang thực hiện", name="Kiểm tra đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng (LPG) tại các cửa hàng",
             rows=[("Số cuộc kiểm tra", 9, "cuộc"), ("Cửa hàng xăng dầu, LPG được kiểm tra", 74, "cửa hàng"), ("Cơ sở vi phạm", 5, "cơ sở"), ("Tiền phạt VPHC", 97500000, "đồng")],
             ind={"inspections": 9, "establishments_inspected": 74, "violations": 5, "fines_vnd": 97500000}, note="Phối hợp Chi cục TĐC, Đội QLTT"),
        dict(task="II.6.a", status="completed", tt="Đã xong", name="Thông báo, cảnh báo về hàng rào kỹ thuật trong thương mại (TBT) cho doanh nghiệp xuất khẩu",
             rows=[("Tin cảnh báo TBT đăng trên Cổng thông tin của Sở", 36, "tin"), ("Doanh nghiệp được giải đáp, tư vấn", 58, "doanh nghiệp")],
             ind={"communications": 36, "enterprises_supported": 58}),
        dict(task="II.2.d", status="in_progress", tt="Đang thực hiện", name="Hỗ trợ doanh nghiệp công nghiệp áp dụng hệ thống quản lý chất lượng, công cụ cải tiến năng suất (Chương trình khuyến công)",
             rows=[("Doanh nghiệp được hỗ trợ", 11, "DN"), ("Kinh phí hỗ trợ đã giải ngân", 1320000000, "đồng")],
             ind={"enterprises_supported": 11, "budget_spent_vnd": 1320000000}),
        dict(task="II.1.a", status="completed", tt="Đã xong", name="Hội nghị phổ biến quy định về nhãn hàng hóa, chất lượng hàng hóa nhập khẩu cho doanh nghiệp",
             rows=[("Hội nghị", 2, "hội nghị"), ("Đại biểu tham dự", 310, "lượt")],
             ind={"training_courses": 2, "participants": 310}),
        dict(task="II.2.đ", status="completed", tt="Đã xong", name="Áp dụng, duy trì HTQLCL TCVN ISO 9001:2015 tại Sở",
             rows=[], ind={}, note="QĐ số 412/QĐ-SCT ngày 08/4/2026"),
        dict(task="II.2.e", status="not_applicable", tt="Không PS", name="Góp ý dự thảo QCVN thuộc lĩnh vực công thương",
             rows=[], ind={}, note="Bộ Công Thương chưa gửi dự thảo trong kỳ"),
    ]
    diffs = ["Nhiều cửa hàng xăng dầu thay đổi chủ sở hữu, thông tin đăng ký chưa được cập nhật kịp thời nên khó khăn khi lập danh sách kiểm tra."]
    props = ["Đề nghị Chi cục TĐC cử cán bộ kỹ thuật tham gia các đoàn kiểm tra đo lường tại cửa hàng xăng dầu trong quý IV/2026.",
             "Đề nghị Sở KH&CN cung cấp danh sách tổ chức thử nghiệm được chỉ định đối với xăng dầu, LPG trên địa bàn."]
    tuan_xlsx(fn, "UBND TP. HỒ CHÍ MINH", "SỞ CÔNG THƯƠNG", "(Số liệu từ 01/01/2026 đến 20/10/2026)",
              "(Kèm theo Công văn số 3871/SCT-KTATMT ngày 29/10/2026 của Sở Công Thương)", tasks, diffs, props,
              datetime.datetime(2026, 10, 29), "Võ Minh Tuấn – P. Kỹ thuật an toàn môi trường")
    key(fn, "SO-CT", "Sở Công Thương", "3871/SCT-KTATMT", "2026-10-29", entries_from_tasks(tasks), diffs, props)


def F06():
    fn = "SNNMT_bieu_KH38_T10.xlsx"
    tasks = [
        dict(task="II.5.a", status="in_progress", tt="Đang thực hiện", name="Kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, giống cây trồng lưu thông trên địa bàn",
             rows=[("Cuộc kiểm tra", 16, "cuộc"), ("Cơ sở được kiểm tra", 142, "cơ sở"), ("Cơ sở vi phạm", 13, "cơ sở"), ("Số tiền xử phạt", 214500000, "đồng")],
             ind={"inspections": 16, "establishments_inspected": 142, "violations": 13, "fines_vnd": 214500000}),
        dict(task="II.5.b", status="in_progress", tt="Đang thực hiện", name="Lấy mẫu phân bón, thuốc BVTV kiểm tra chất lượng",
             rows=[("Mẫu đã lấy, gửi thử nghiệm", 96, "mẫu")], ind={"samples_tested": 96}, note="07 mẫu không đạt"),
        dict(task="II.2.a", status="in_progress", tt="Đang thực hiện", name="Triển khai truy xuất nguồn gốc nông sản (Đề án 100)",
             rows=[("Cơ sở, HTX được hướng dẫn cấp mã, truy xuất nguồn gốc", 27, "cơ sở")], ind={"enterprises_supported": 27}),
        dict(task="II.2.d", status="completed", tt="Đã xong", name="Tập huấn, hướng dẫn áp dụng VietGAP cho hợp tác xã",
             rows=[("Lớp tập huấn", 5, "lớp"), ("Học viên", 236, "lượt người"), ("HTX được hỗ trợ chứng nhận VietGAP", 14, "HTX")],
             ind={"training_courses": 5, "participants": 236, "enterprises_supported": 14}),
        dict(task="II.2.e", status="in_progress", tt="Đang thực hiện", name="Xây dựng QCĐP về chất lượng nước sạch sử dụng cho mục đích sinh hoạt",
             rows=[("Dự thảo QCĐP", 1, "dự thảo")], ind={"standards_reviewed": 1}, note="Đang lấy ý kiến"),
        dict(task="II.2.đ", status="in_progress", tt="Đang thực hiện", name="Xây dựng lại HTQLCL ISO 9001:2015 sau hợp nhất Sở",
             rows=[], ind={}),
    ]
    diffs = ["Nhiều cơ sở kinh doanh phân bón, thuốc BVTV nhỏ lẻ ở các xã ven đô, không có đăng ký kinh doanh.",
             "Chi phí thử nghiệm mẫu thuốc BVTV cao, dự toán năm 2026 không đủ để lấy mẫu theo kế hoạch."]
    props = ["Đề nghị Sở Tài chính xem xét bổ sung kinh phí lấy mẫu giám sát chất lượng vật tư nông nghiệp năm 2027."]
    tuan_xlsx(fn, "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "(Số liệu 10 tháng năm 2026)",
              "(Kèm theo Công văn số 7703/SNNMT-QLCL ngày 02/11/2026)", tasks, diffs, props,
              datetime.datetime(2026, 11, 2), "Nguyễn Thanh Tâm")
    key(fn, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "7703/SNNMT-QLCL", "2026-11-02", entries_from_tasks(tasks), diffs, props)


def F07():
    fn = "SATTP 2290 bieu CT38.xlsx"
    tasks = [
        dict(task="II.5.a", status="in_progress", tt="Đang thực hiện", name="Kiểm tra ghi nhãn, chất lượng thực phẩm bao gói sẵn lưu thông trên thị trường",
             rows=[("Cuộc kiểm tra", 21, "cuộc"), ("Cơ sở được kiểm tra", 318, "cơ sở"), ("Cơ sở vi phạm", 27, "cơ sở"), ("Tiền phạt", 356000000, "đồng")],
             ind={"inspections": 21, "establishments_inspected": 318, "violations": 27, "fines_vnd": 356000000}),
        dict(task="II.5.b", status="in_progress", tt="Đang thực hiện", name="Giám sát, lấy mẫu thực phẩm kiểm nghiệm chỉ tiêu chất lượng",
             rows=[("Mẫu thực phẩm lấy kiểm nghiệm", 2450, "mẫu")], ind={"samples_tested": 2450}),
        dict(task="II.2.d", status="in_progress", tt="Đang thực hiện", name="Hướng dẫn doanh nghiệp tự công bố sản phẩm, áp dụng HACCP, ISO 22000",
             rows=[("Doanh nghiệp được hướng dẫn", 412, "doanh nghiệp")], ind={"enterprises_supported": 412}),
        dict(task="II.2.e", status="completed", tt="Đã xong", name="Góp ý dự thảo QCVN về thực phẩm",
             rows=[("Dự thảo QCVN đã góp ý", 4, "dự thảo")], ind={"standards_reviewed": 4}),
        dict(task="II.1.a", status="completed", tt="Đã xong", name="Tuyên truyền, hội nghị phổ biến quy định ghi nhãn thực phẩm",
             rows=[("Tin, bài", 48, "tin bài"), ("Hội nghị", 3, "hội nghị"), ("Người tham dự", 415, "lượt")],
             ind={"communications": 48, "training_courses": 3, "participants": 415}),
    ]
    diffs = ["Thực phẩm bao gói sẵn bán qua mạng xã hội, sàn thương mại điện tử khó xác định cơ sở chịu trách nhiệm để kiểm tra."]
    props = ["Đề nghị Chi cục TĐC chia sẻ kết quả khảo sát chất lượng hàng hóa có liên quan đến thực phẩm để phối hợp xử lý.",
             "Đề nghị tổ chức đoàn kiểm tra liên ngành về nhãn hàng hóa thực phẩm nhập khẩu vào dịp cuối năm."]
    tuan_xlsx(fn, "UBND TP HỒ CHÍ MINH", "SỞ AN TOÀN THỰC PHẨM", "(Số liệu từ 01/01 đến 25/10/2026)",
              "(Kèm theo Công văn số 2290/SATTP-NVTT ngày 31/10/2026 của Sở An toàn thực phẩm)", tasks, diffs, props,
              datetime.datetime(2026, 10, 31), "Đặng Quốc Tuấn", sheet="Sheet1")
    key(fn, "SO-ATTP", "Sở An toàn thực phẩm", "2290/SATTP-NVTT", "2026-10-31", entries_from_tasks(tasks), diffs, props)


def F08():
    fn = "TTPTTN_KQ_CT38_2026.xlsx"
    tasks = [
        dict(task="II.4.a", status="in_progress", tt="Đang thực hiện", name="Đầu tư, hiện đại hóa trang thiết bị thử nghiệm, kiểm định",
             rows=[("Thiết bị đã mua sắm, đưa vào sử dụng", 7, "bộ"), ("Kinh phí đã giải ngân", 3685000000, "đồng")],
             ind={"budget_spent_vnd": 3685000000}, note="Gói thầu số 2 đang chờ nghiệm thu"),
        dict(task="II.4.c", status="completed", tt="Đã xong", name="Duy trì chuẩn đo lường, liên kết chuẩn đến chuẩn quốc gia",
             rows=[("Chuẩn, phương tiện đo chuẩn được hiệu chuẩn", 42, "chuẩn")], ind={"instruments_verified": 42}),
        dict(task="II.2.g", status="in_progress", tt="Đang thực hiện", name="Cung cấp dịch vụ kiểm định, hiệu chuẩn, thử nghiệm cho người dân, doanh nghiệp",
             rows=[("Phương tiện đo được kiểm định, hiệu chuẩn", 18640, "phương tiện"), ("Mẫu thử nghiệm", 6215, "mẫu")],
             ind={"instruments_verified": 18640, "samples_tested": 6215}),
        dict(task="II.3.d", status="completed", tt="Đã xong", name="Đào tạo nghiệp vụ đo lường, thử nghiệm cho sinh viên thực tập",
             rows=[("Khóa đào tạo", 2, "khóa"), ("Học viên", 85, "người")], ind={"training_courses": 2, "participants": 85}),
        dict(task="II.5.b", status="not_applicable", tt="Không PS", name="Phối hợp thử nghiệm mẫu khảo sát chất lượng theo đề nghị của Chi cục",
             rows=[], ind={}, note="Chi cục chưa đề nghị"),
    ]
    diffs = ["Một số thiết bị thử nghiệm nhập khẩu có thời gian giao hàng dài, ảnh hưởng tiến độ giải ngân."]
    props = ["Đề nghị Sở cho phép điều chỉnh thời gian thực hiện gói thầu số 2 sang quý I/2027."]
    tuan_xlsx(fn, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TP.HCM",
              "(Từ 01/01/2026 đến 15/10/2026)", "(Kèm theo Công văn số 512/TTPT-KH ngày 26/10/2026)", tasks, diffs, props,
              datetime.datetime(2026, 10, 26), "Trần Minh Tuấn")
    key(fn, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
        "512/TTPT-KH", "2026-10-26", entries_from_tasks(tasks), diffs, props)

# =================================================================== HAND 3: Hạnh (ward/commune office, plain Word)
# Centred header lines (no layout table), "I. CÔNG TÁC TRIỂN KHAI" without results, "II." topics by the ward's own words
# "n. Công tác … (status in round brackets, lower case)" in bold, figures un-padded ("4 cuộc") and money "4,5 triệu đồng",
# "III. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ" split into "1. Khó khăn" / "2. Kiến nghị" with "+" lines; TM. UBND signature.

def hanh_doc(fname, unit_upper, unit_lower, so, date_words, title2, trien_khai, items, diffs, props, signer, title=None):
    doc = Document(); set_font(doc, "Times New Roman", 14)
    for s in doc.sections: s.left_margin = Cm(2.5); s.right_margin = Cm(1.5)
    p = para(doc, "", align="l", indent=False, after=0); runs(p, [("ỦY BAN NHÂN DÂN\t\t\t", "b"), ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b")])
    p = para(doc, "", align="l", indent=False, after=0); runs(p, [(unit_upper + "\t\t\t\t", "b"), ("Độc lập - Tự do - Hạnh phúc", "b")])
    para(doc, "", after=0)
    p = para(doc, "", align="l", indent=False); runs(p, [("Số: " + so + "\t\t\t", ""), (date_words, "i")])
    para(doc, "BÁO CÁO" if not title else title[0], bold=True, align="c", after=0)
    para(doc, title2, bold=True, align="c")
    para(doc, "I. CÔNG TÁC TRIỂN KHAI", bold=True, indent=False)
    for t in trien_khai: para(doc, t)
    para(doc, "II. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for i, it in enumerate(items, 1):
        p = para(doc, ""); runs(p, [(f"{i}. {it['h']}", "b")] + ([(f" ({it['st']})", "")] if it.get("st") else []))
        for b in it["body"]: para(doc, b)
    para(doc, "III. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ", bold=True, indent=False)
    para(doc, "1. Khó khăn", bold=True)
    for d in diffs: para(doc, "+ " + d)
    para(doc, "2. Kiến nghị", bold=True)
    for d in props: para(doc, "+ " + d)
    para(doc, f"Trên đây là báo cáo của Ủy ban nhân dân {unit_lower}./.")
    signature(doc, [("Nơi nhận:", "bi"), ("- Sở KH&CN (Chi cục TĐC);", "s"), ("- TT Đảng ủy, TT HĐND;", "s"), ("- CT, các PCT UBND;", "s"), ("- Lưu: VT, KT.", "s")],
              [("TM. ỦY BAN NHÂN DÂN", "b"), ("KT. CHỦ TỊCH", "b"), ("PHÓ CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), (signer, "b")])
    doc.save(os.path.join(OUT, fname))


def F09():
    fn = "BC 318 phuong Tang Nhon Phu - CT38.docx"
    items = [
        dict(h="Công tác tuyên truyền", st="đã thực hiện xong",
             body=["Phường đăng 16 tin, bài trên trang Zalo, Facebook của phường và phát trên hệ thống loa các khu phố về quyền lợi của người tiêu dùng, cách nhận biết hàng giả, hàng kém chất lượng, cân sai."]),
        dict(h="Công tác kiểm tra đo lường, chất lượng tại chợ và các hộ kinh doanh", st="đang thực hiện",
             body=["Phòng Kinh tế, Hạ tầng và Đô thị phối hợp Đội Quản lý thị trường số 3 kiểm tra 4 cuộc tại chợ Tăng Nhơn Phú A và chợ Phước Long; kiểm tra 39 hộ kinh doanh, phát hiện 3 hộ sử dụng cân không đảm bảo, đã lập biên bản, xử phạt 4,5 triệu đồng. Phường sẽ tiếp tục kiểm tra trong tháng 12."]),
        dict(h="Cử cán bộ tham gia tập huấn", st="đã thực hiện xong",
             body=["Phường cử 2 công chức phòng Kinh tế, Hạ tầng và Đô thị tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho cán bộ phường, xã do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức."]),
        dict(h="Áp dụng ISO 9001 tại UBND phường", st="đang thực hiện",
             body=["Sau khi sắp xếp, phường đang xây dựng lại Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho các thủ tục hành chính tại Trung tâm phục vụ hành chính công phường, dự kiến công bố trong tháng 12/2026."]),
        dict(h="Khen thưởng, bảo vệ người tố giác vi phạm", st="chưa phát sinh",
             body=["Trong năm, phường không nhận được tin báo, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng."]),
    ]
    diffs = ["Phường mới sắp xếp, công chức phụ trách lĩnh vực kiêm nhiệm nhiều việc, chưa được bồi dưỡng chuyên sâu.",
             "Chợ Phước Long chưa có cân đối chứng để người dân tự kiểm tra."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ trang bị cân đối chứng cho các chợ trên địa bàn phường."]
    hanh_doc(fn, "PHƯỜNG TĂNG NHƠN PHÚ", "phường Tăng Nhơn Phú", "318/BC-UBND", "Tăng Nhơn Phú, ngày 06 tháng 11 năm 2026",
             "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn phường",
             ["Ủy ban nhân dân phường ban hành Kế hoạch số 145/KH-UBND ngày 20/3/2026 triển khai thực hiện Chỉ thị số 38-CT/TW trên địa bàn phường; giao Phòng Kinh tế, Hạ tầng và Đô thị làm đầu mối theo dõi."],
             items, diffs, props, "Hồ Văn Hạnh")
    key(fn, "26842", "Phường Tăng Nhơn Phú", "318/BC-UBND", "2026-11-06", [
        ("II.1.a", "completed", {"communications": 16}, items[0]["body"][0]),
        ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 39, "violations": 3, "fines_vnd": 4500000}, items[1]["body"][0]),
        ("II.3.a", "completed", {"participants": 2}, items[2]["body"][0]),
        ("II.2.đ", "in_progress", {}, items[3]["body"][0]),
        ("II.5.d", "not_applicable", {}, items[4]["body"][0]),
    ], diffs, props)


def F10():
    fn = "Ben Cat_BC_KH38.docx"
    items = [
        dict(h="Tuyên truyền, phổ biến quy định cho hộ kinh doanh", st="đã thực hiện xong",
             body=["Phường tổ chức 2 hội nghị tuyên truyền cho tiểu thương chợ Bến Cát và chợ Thới Hòa về sử dụng cân đúng, ghi nhãn hàng hóa, có 135 lượt người tham dự."]),
        dict(h="Kiểm tra các cơ sở kinh doanh xăng dầu, vàng bạc trên địa bàn", st="đã thực hiện xong",
             body=["Tổ kiểm tra liên ngành của phường thực hiện 6 cuộc kiểm tra tại 48 cơ sở kinh doanh xăng dầu, vàng bạc, trang sức; phát hiện 2 cơ sở vi phạm về phương tiện đo, đã xử phạt với tổng số tiền 7 triệu đồng."]),
        dict(h="Cử công chức đi tập huấn", st="chưa thực hiện",
             body=["Lớp tập huấn của Chi cục tổ chức đúng đợt phường chuẩn bị Đại hội Mặt trận nên phường chưa cử được công chức tham dự, sẽ cử vào đợt sau."]),
        dict(h="Duy trì ISO 9001 tại bộ phận một cửa", st="đã thực hiện xong",
             body=["Phường đã công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 tại Quyết định số 88/QĐ-UBND ngày 15/7/2026 và áp dụng cho toàn bộ thủ tục hành chính tiếp nhận tại bộ phận một cửa."]),
    ]
    diffs = ["Phường chưa có công chức có chuyên môn về đo lường, khi kiểm tra phải mời cán bộ của Chi cục hỗ trợ."]
    props = ["Đề nghị Sở Khoa học và Công nghệ ban hành hướng dẫn cụ thể nội dung quản lý nhà nước về đo lường, chất lượng được phân cấp cho cấp phường.",
             "Đề nghị mở thêm lớp tập huấn cho công chức phường, xã khu vực Bình Dương (cũ)."]
    hanh_doc(fn, "PHƯỜNG BẾN CÁT", "phường Bến Cát", "205/BC-UBND", "Bến Cát, ngày 10 tháng 11 năm 2026",
             "Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
             ["Phường đã ban hành Kế hoạch số 61/KH-UBND ngày 02/4/2026 và thành lập Tổ kiểm tra liên ngành của phường do Phó Chủ tịch UBND phường làm tổ trưởng."],
             items, diffs, props, "Nguyễn Thị Hạnh")
    key(fn, "25813", "Phường Bến Cát", "205/BC-UBND", "2026-11-10", [
        ("II.1.a", "completed", {"training_courses": 2, "participants": 135}, items[0]["body"][0]),
        ("II.5.c", "completed", {"inspections": 6, "establishments_inspected": 48, "violations": 2, "fines_vnd": 7000000}, items[1]["body"][0]),
        ("II.3.a", "not_started", {}, items[2]["body"][0]),
        ("II.2.đ", "completed", {}, items[3]["body"][0]),
    ], diffs, props)


def F11():
    fn = "BC xa Hoa Hiep tieu chuan do luong 2026.docx"
    items = [
        dict(h="Tuyên truyền", st="đang thực hiện",
             body=["Xã lồng ghép tuyên truyền trong các buổi họp ấp, đã đăng 9 tin trên trang thông tin điện tử của xã; việc tuyên truyền trên loa được duy trì hằng tuần."]),
        dict(h="Kiểm tra đo lường tại chợ Hòa Hiệp và các điểm bán lẻ", st="đã thực hiện xong",
             body=["Xã phối hợp Chi cục kiểm tra 2 cuộc tại chợ Hòa Hiệp và các điểm bán hải sản ven biển, kiểm tra 15 cơ sở, nhắc nhở các hộ còn dùng cân chưa kiểm định."]),
        dict(h="Tập huấn cho công chức", st="đã thực hiện xong",
             body=["Xã cử 1 công chức văn phòng tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức tại phường Bà Rịa."]),
        dict(h="Xây dựng ISO 9001 tại xã", st="đang thực hiện",
             body=["Xã đang thuê đơn vị tư vấn xây dựng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, đã hoàn thành dự thảo sổ tay chất lượng."]),
        dict(h="Khen thưởng người tố giác", st="không phát sinh", body=["Trong kỳ không có trường hợp tố giác."]),
    ]
    diffs = ["Địa bàn xã rộng, các điểm bán hàng ven biển hoạt động theo mùa nên khó kiểm tra thường xuyên."]
    props = ["Đề nghị Chi cục phối hợp với xã kiểm tra vào mùa du lịch (tháng 4 – tháng 8)."]
    hanh_doc(fn, "XÃ HÒA HIỆP", "xã Hòa Hiệp", "97/BC-UBND", "Hòa Hiệp, ngày 12 tháng 11 năm 2026",
             "Tình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
             ["Ủy ban nhân dân xã triển khai Kế hoạch của Sở Khoa học và Công nghệ đến các ấp và bộ phận chuyên môn; giao Phòng Kinh tế xã theo dõi, tổng hợp."],
             items, diffs, props, "Lê Văn Hiếu")
    key(fn, "26647", "Xã Hòa Hiệp", "97/BC-UBND", "2026-11-12", [
        ("II.1.a", "in_progress", {"communications": 9}, items[0]["body"][0]),
        ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 15}, items[1]["body"][0]),
        ("II.3.a", "completed", {"participants": 1}, items[2]["body"][0]),
        ("II.2.đ", "in_progress", {}, items[3]["body"][0]),
        ("II.5.d", "not_applicable", {}, items[4]["body"][0]),
    ], diffs, props)


def F12():  # mistaken: phòng chống thiên tai
    fn = "BC xa Nghia Thanh - PCTT 2026.docx"
    items = [
        dict(h="Công tác chuẩn bị phương án ứng phó", st="đã thực hiện xong",
             body=["Xã kiện toàn Ban Chỉ huy phòng thủ dân sự xã, xây dựng phương án ứng phó bão, áp thấp nhiệt đới và mưa lớn, chuẩn bị 4 điểm sơ tán tại trường học và nhà văn hóa ấp."]),
        dict(h="Tình hình thiệt hại do mưa lớn tháng 8 và tháng 9", st="",
             body=["Mưa lớn làm sạt lở 120 m bờ kênh ấp Suối Cát, tốc mái 7 căn nhà; ước thiệt hại khoảng 350 triệu đồng. Xã đã huy động lực lượng dân quân hỗ trợ người dân khắc phục."]),
        dict(h="Thu Quỹ phòng, chống thiên tai", st="đang thực hiện",
             body=["Đến ngày 31/10/2026, xã đã thu được 186 triệu đồng, đạt 74% kế hoạch giao."]),
    ]
    diffs = ["Kinh phí sửa chữa bờ kênh bị sạt lở lớn, ngân sách xã không đủ bố trí."]
    props = ["Đề nghị Thành phố hỗ trợ kinh phí khắc phục sạt lở bờ kênh ấp Suối Cát."]
    hanh_doc(fn, "XÃ NGHĨA THÀNH", "xã Nghĩa Thành", "112/BC-UBND", "Nghĩa Thành, ngày 03 tháng 11 năm 2026",
             "Công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026, phương hướng năm 2027",
             ["Thực hiện Chỉ thị của Ủy ban nhân dân Thành phố về công tác phòng, chống thiên tai năm 2026, UBND xã đã ban hành Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026."],
             items, diffs, props, "Trần Thị Mỹ Hạnh")
    key(fn, "26617", "Xã Nghĩa Thành", "112/BC-UBND", "2026-11-03", [], [], [], status="rejected",
        reason="Báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")

# =================================================================== HAND 4: Quang (Sở's own units)
# "Thời gian lấy số liệu: từ … đến …" line first; Word: sections by the plan's six groups (own short titles) with
# "n.m." items, each followed by a two-column "Chỉ tiêu | Số lượng (ĐVT)" mini-table where figures exist and an italic
# "Tình trạng: …" line; Excel: one row per figure, "Mục KH" column written the plan's way ("2.đ", "5.a"),
# "Chỉ tiêu | Số | ĐVT" and a "Trạng thái" column filled only on the first row of each task.

def quang_doc(fname, parent, unit_upper, so, date_words, title2, scope, groups, diffs, props, signer, role):
    doc = Document(); set_font(doc, "Times New Roman", 13)
    header_table(doc, [(parent, "s"), (unit_upper, "b"), ("Số: " + so, "")],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "bu"), (date_words, "i")])
    para(doc, "")
    para(doc, "BÁO CÁO", bold=True, align="c", after=0)
    para(doc, title2, bold=True, align="c")
    para(doc, scope, italic=True, align="c")
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for gi, (gtitle, items) in enumerate(groups, 1):
        para(doc, f"{gi}. {gtitle}", bold=True)
        for ii, it in enumerate(items, 1):
            p = para(doc, ""); runs(p, [(f"{gi}.{ii}. ", "b"), (it["h"] + ". ", "b"), (it["body"], "")])
            if it.get("fig"):
                t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
                t.rows[0].cells[0].text = "Chỉ tiêu"; t.rows[0].cells[1].text = "Số lượng"
                for c in t.rows[0].cells:
                    for r in c.paragraphs[0].runs: r.bold = True
                for lab, val in it["fig"]:
                    row = t.add_row(); row.cells[0].text = lab; row.cells[1].text = val
            para(doc, "Tình trạng: " + it["tt"] + ".", italic=True)
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for d in diffs: para(doc, "- " + d)
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for d in props: para(doc, "- " + d)
    signature(doc, [("Nơi nhận:", "bi"), ("- Ban Giám đốc Sở;", "s"), ("- Chi cục TĐC (tổng hợp);", "s"), ("- Lưu: VT.", "s")],
              [(r, "b") for r in role] + [("", ""), ("", ""), (signer, "b")])
    doc.save(os.path.join(OUT, fname))


def F13():
    fn = "ChiCucTDC_BC_1542_CT38_2026.docx"
    G = [
        ("Tuyên truyền, nâng cao nhận thức", [
            dict(task="II.1.a", st="completed", tt="Hoàn thành", h="Tập huấn văn bản pháp luật và tọa đàm với doanh nghiệp nhập khẩu",
                 body="Chi cục tổ chức 05 lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng cho tổ chức, doanh nghiệp và 01 buổi tọa đàm với doanh nghiệp nhập khẩu (tổng cộng 06 lớp, buổi).",
                 fig=[("Lớp tập huấn, tọa đàm", "06 lớp/buổi"), ("Lượt người tham dự", "642 lượt")], ind={"training_courses": 6, "participants": 642}),
            dict(task="II.1.b", st="completed", tt="Hoàn thành", h="Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
                 body="Chi cục gửi thư mời, hướng dẫn hồ sơ và trực tiếp làm việc với các doanh nghiệp tiềm năng; có 17 doanh nghiệp được hướng dẫn, trong đó 12 doanh nghiệp nộp hồ sơ.",
                 fig=[("Doanh nghiệp được hướng dẫn", "17 DN")], ind={"enterprises_supported": 17}),
        ]),
        ("Quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng", [
            dict(task="II.2.b", st="in_progress", tt="Đang thực hiện", h="Giải thưởng Chất lượng Quốc gia năm 2026",
                 body="Hội đồng sơ tuyển đã đánh giá hồ sơ và thẩm định tại doanh nghiệp; đang hoàn thiện hồ sơ đề xuất gửi Hội đồng Quốc gia.", ind={}),
            dict(task="II.2.d", st="in_progress", tt="Đang thực hiện", h="Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công cụ cải tiến năng suất",
                 body="Chi cục hỗ trợ doanh nghiệp xây dựng, áp dụng ISO 9001, ISO 22000, 5S, Kaizen; tiếp tục tiếp nhận hồ sơ công bố hợp quy theo quy định.",
                 fig=[("Doanh nghiệp được hỗ trợ", "23 DN")], ind={"enterprises_supported": 23}),
            dict(task="II.2.đ", st="completed", tt="Hoàn thành", h="ISO 9001 trong cơ quan hành chính nhà nước",
                 body="Chi cục hướng dẫn, hỗ trợ các sở, ngành và UBND phường, xã, đặc khu xây dựng, công bố lại Hệ thống quản lý chất lượng sau sắp xếp.",
                 fig=[("Cơ quan được hướng dẫn, hỗ trợ", "41 cơ quan")], ind={"enterprises_supported": 41}),
            dict(task="II.2.e", st="completed", tt="Hoàn thành", h="Góp ý dự thảo TCVN, QCVN",
                 body="Chi cục chủ trì tổng hợp ý kiến và gửi góp ý các dự thảo do Bộ Khoa học và Công nghệ và các Bộ chuyên ngành gửi xin ý kiến.",
                 fig=[("Dự thảo TCVN, QCVN đã góp ý", "14 dự thảo")], ind={"standards_reviewed": 14}),
        ]),
        ("Đào tạo nguồn nhân lực", [
            dict(task="II.3.a", st="in_progress", tt="Đang thực hiện", h="Tập huấn cho công chức các sở, ngành, phường, xã",
                 body="Đã tổ chức 03 lớp tại khu vực trung tâm, Thủ Dầu Một và Bà Rịa; lớp thứ tư dự kiến tổ chức trong tháng 11/2026.",
                 fig=[("Lớp tập huấn", "03 lớp"), ("Học viên", "377 người")], ind={"training_courses": 3, "participants": 377}),
        ]),
        ("Kiểm tra, giám sát", [
            dict(task="II.5.a", st="in_progress", tt="Đang thực hiện", h="Kiểm tra nhà nước về đo lường, chất lượng, nhãn hàng hóa",
                 body="Chi cục chủ trì, phối hợp Phòng Kiểm tra – Pháp chế kiểm tra xăng dầu, vàng trang sức, đồ chơi trẻ em, mũ bảo hiểm, thiết bị điện – điện tử.",
                 fig=[("Cuộc kiểm tra", "32 cuộc"), ("Cơ sở được kiểm tra", "268 cơ sở"), ("Cơ sở vi phạm", "41 cơ sở"), ("Tiền phạt", "612.750.000 đồng")],
                 ind={"inspections": 32, "establishments_inspected": 268, "violations": 41, "fines_vnd": 612750000}),
            dict(task="II.5.b", st="in_progress", tt="Đang thực hiện", h="Khảo sát chất lượng sản phẩm, hàng hóa",
                 body="Chi cục lấy mẫu khảo sát chất lượng xăng dầu, đồ chơi trẻ em và dây cáp điện; kết quả được thông báo cho cơ quan chức năng và đăng tải cảnh báo.",
                 fig=[("Mẫu khảo sát", "180 mẫu")], ind={"samples_tested": 180}),
            dict(task="II.5.c", st="in_progress", tt="Đang thực hiện", h="Phối hợp với UBND phường, xã, đặc khu",
                 body="Chi cục tổ chức hội nghị hướng dẫn nội dung quản lý nhà nước được phân quyền cho phường, xã, đặc khu và cử công chức hỗ trợ các đoàn kiểm tra của địa phương khi có đề nghị.",
                 fig=[("Hội nghị hướng dẫn", "01 hội nghị"), ("Đại biểu", "168 người")], ind={"training_courses": 1, "participants": 168}),
        ]),
    ]
    diffs = ["Biên chế công chức làm công tác kiểm tra của Chi cục còn thiếu so với địa bàn sau hợp nhất ba tỉnh, thành.",
             "Một số phương tiện, thiết bị kỹ thuật nghiệp vụ đã hết hạn kiểm định nhưng chưa được bố trí kinh phí hiệu chuẩn.",
             "Nhiều phường, xã chưa bố trí công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng."]
    props = ["Đề nghị Sở bố trí bổ sung biên chế cho Chi cục để đáp ứng yêu cầu kiểm tra trên địa bàn Thành phố mới.",
             "Đề nghị Sở chỉ đạo các phòng, đơn vị gửi báo cáo đúng thời hạn để Chi cục tổng hợp."]
    quang_doc(fn, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "1542/BC-TĐC",
              "Thành phố Hồ Chí Minh, ngày 09 tháng 11 năm 2026", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
              "(Thời gian lấy số liệu: từ 01/01/2026 đến 31/10/2026)", [(g, its) for g, its in G], diffs, props, "Lương Văn Quang", ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"])
    ents = []
    for g, its in G:
        for it in its:
            ents.append((it["task"], it["st"], it["ind"], it["h"] + ". " + it["body"]))
    key(fn, "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "1542/BC-TĐC", "2026-11-09", ents, diffs, props)


def F14():
    fn = "P.KTPC - BC 61 phoi hop CT38.docx"
    G = [
        ("Kiểm tra, xử lý vi phạm", [
            dict(task="II.5.a", st="in_progress", tt="Đang thực hiện", h="Phối hợp kiểm tra chất lượng sản phẩm, hàng hóa",
                 body="Phòng cử công chức tham gia các đoàn kiểm tra của Chi cục và đoàn liên ngành; thẩm định hồ sơ, tham mưu Giám đốc Sở ban hành quyết định xử phạt vi phạm hành chính.",
                 fig=[("Đoàn kiểm tra có công chức Phòng tham gia", "08 đoàn"), ("Tiền phạt theo quyết định Giám đốc Sở", "45.000.000 đồng")],
                 ind={"inspections": 8, "fines_vnd": 45000000}),
            dict(task="II.5.d", st="in_progress", tt="Đang thực hiện", h="Tiếp nhận, xử lý phản ánh, tố giác",
                 body="Phòng tiếp nhận 06 đơn phản ánh về cân sai, xăng dầu kém chất lượng; đã xác minh, trả lời 05 đơn, 01 đơn đang xác minh.", ind={}),
        ]),
        ("Pháp chế và phương tiện nghiệp vụ", [
            dict(task="II.2.c", st="completed", tt="Hoàn thành", h="Góp ý dự thảo văn bản quy phạm pháp luật",
                 body="Phòng phối hợp Chi cục góp ý dự thảo Nghị định quy định chi tiết Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) và dự thảo Thông tư hướng dẫn về nhãn hàng hóa.", ind={}),
            dict(task="II.4.b", st="completed", tt="Hoàn thành", h="Rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP",
                 body="Phòng phối hợp Chi cục rà soát danh mục, đề xuất bổ sung thiết bị đo nhanh chất lượng xăng dầu phục vụ kiểm tra.", ind={}),
        ]),
    ]
    diffs = ["Việc xác minh đơn phản ánh qua mạng xã hội gặp khó khăn do người phản ánh không cung cấp thông tin liên lạc."]
    props = ["Đề nghị Chi cục chia sẻ kế hoạch kiểm tra quý để Phòng chủ động bố trí công chức tham gia."]
    quang_doc(fn, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ", "61/BC-KTPC",
              "Thành phố Hồ Chí Minh, ngày 22 tháng 10 năm 2026", "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
              "(Thời gian lấy số liệu: từ 01/01/2026 đến 15/10/2026)", G, diffs, props, "Phan Minh Quang", ["TRƯỞNG PHÒNG"])
    ents = [(it["task"], it["st"], it["ind"], it["h"] + ". " + it["body"]) for g, its in G for it in its]
    key(fn, "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "61/BC-KTPC", "2026-10-22", ents, diffs, props)


def quang_xlsx(fname, unit_upper, so, date_words, scope, rows_by_task, diffs, props, signer):
    wb = Workbook(); ws = wb.active; ws.title = "KQ CT38"
    for c, w in zip("ABCDEFG", (6, 8, 44, 34, 11, 12, 18)): ws.column_dimensions[c].width = w
    ws["A1"] = "SỞ KHOA HỌC VÀ CÔNG NGHỆ"; ws["A2"] = unit_upper; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: " + so
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E2"] = "Độc lập - Tự do - Hạnh phúc"; ws["E3"] = date_words
    ws["E3"].font = Font(italic=True)
    ws.merge_cells("A5:G5"); ws["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"
    ws["A5"].font = Font(bold=True); ws["A5"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A6:G6"); ws["A6"] = scope; ws["A6"].font = Font(italic=True); ws["A6"].alignment = Alignment(horizontal="center")
    hdr = ["STT", "Mục KH", "Nội dung công việc", "Chỉ tiêu", "Số", "ĐVT", "Trạng thái"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(8, i, h); c.font = Font(bold=True); c.border = BOX; c.fill = PatternFill("solid", fgColor="DDEBF7")
    r = 9
    for n, t in enumerate(rows_by_task, 1):
        figs = t["fig"] or [(None, None, None)]
        for k, (lab, val, dvt) in enumerate(figs):
            vals = [n if k == 0 else None, t["code"] if k == 0 else None, t["name"] if k == 0 else None, lab, val, dvt, t["tt"] if k == 0 else None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
                if i == 5 and isinstance(v, int): c.number_format = "#,##0"
            r += 1
    r += 1
    ws.cell(r, 1, "Khó khăn, vướng mắc:").font = Font(bold=True); r += 1
    for d in diffs: ws.cell(r, 2, "- " + d); r += 1
    ws.cell(r, 1, "Đề xuất, kiến nghị:").font = Font(bold=True); r += 1
    for d in props: ws.cell(r, 2, "- " + d); r += 1
    r += 1
    ws.cell(r, 6, "NGƯỜI BÁO CÁO").font = Font(bold=True); ws.cell(r + 3, 6, signer)
    wb.save(os.path.join(OUT, fname))


def q_entries(rows):
    out = []
    for t in rows:
        txt = t["name"] + ("" if not t["fig"] else ": " + "; ".join(f"{lab} {val} {dvt}" for lab, val, dvt in t["fig"]))
        out.append((t["task"], t["st"], t["ind"], txt))
    return out


def F15():
    fn = "VP So - KQ CT38 2026.xlsx"
    rows = [
        dict(task="II.2.đ", code="2.đ", st="completed", tt="Hoàn thành", name="Phối hợp duy trì, cải tiến HTQLCL TCVN ISO 9001:2015 tại cơ quan Sở; tổ chức đánh giá nội bộ năm 2026",
             fig=[], ind={}),
        dict(task="II.4.a", code="4.a", st="in_progress", tt="Đang thực hiện", name="Phối hợp mua sắm trang thiết bị cho Trung tâm Dịch vụ Phân tích thí nghiệm (thẩm định giá, thanh toán)",
             fig=[("Kinh phí đã thanh toán", 1240000000, "đồng")], ind={"budget_spent_vnd": 1240000000}),
        dict(task="II.2.h", code="2.h", st="in_progress", tt="Đang thực hiện", name="Phối hợp cập nhật TTHC lĩnh vực TĐC trên Hệ thống thông tin giải quyết TTHC, kết nối Cổng một cửa quốc gia",
             fig=[], ind={}),
        dict(task="II.5.d", code="5.d", st="not_applicable", tt="Không phát sinh", name="Khen thưởng tổ chức, cá nhân tố giác vi phạm", fig=[], ind={}),
    ]
    diffs = ["Thủ tục thanh toán gói thầu mua sắm thiết bị phụ thuộc tiến độ nghiệm thu của đơn vị sử dụng."]
    props = ["Đề nghị Trung tâm Dịch vụ Phân tích thí nghiệm gửi hồ sơ nghiệm thu gói thầu số 2 trước ngày 30/11/2026."]
    quang_xlsx(fn, "VĂN PHÒNG SỞ", "214/BC-VP", "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
               "(Thời gian lấy số liệu: từ 01/01/2026 đến 20/10/2026)", rows, diffs, props, "Nguyễn Hữu Quang")
    key(fn, "SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ", "214/BC-VP", "2026-10-27", q_entries(rows), diffs, props)


def F16():
    fn = "PhongCDS_BC_CT38.xlsx"
    rows = [
        dict(task="II.2.h", code="2.h", st="completed", tt="Hoàn thành", name="Kết nối liên thông Hệ thống thông tin giải quyết TTHC với Cổng một cửa quốc gia (đăng ký kiểm tra nhà nước hàng nhập khẩu)",
             fig=[], ind={}),
        dict(task="II.2.i", code="2.i", st="in_progress", tt="Đang thực hiện", name="Kết nối, đồng bộ dữ liệu với Cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng",
             fig=[], ind={}),
        dict(task="II.1.a", code="1.a", st="completed", tt="Hoàn thành", name="Đăng tin, bài tuyên truyền trên Cổng thông tin điện tử của Sở",
             fig=[("Tin, bài đã đăng", 27, "tin, bài")], ind={"communications": 27}),
        dict(task="II.3.a", code="3.a", st="completed", tt="Hoàn thành", name="Cử công chức tham gia tập huấn nghiệp vụ TĐC",
             fig=[("Công chức tham gia", 3, "người")], ind={"participants": 3}),
    ]
    diffs = ["Cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng chưa công bố đầy đủ tài liệu kỹ thuật kết nối (API)."]
    props = ["Đề nghị Chi cục đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia cung cấp tài liệu API để hoàn thành kết nối."]
    quang_xlsx(fn, "PHÒNG CHUYỂN ĐỔI SỐ", "37/BC-CĐS", "Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2026",
               "(Thời gian lấy số liệu: từ 01/01/2026 đến 20/10/2026)", rows, diffs, props, "Đỗ Nhật Quang")
    key(fn, "SKHCN-CDS", "Phòng Chuyển đổi số", "37/BC-CĐS", "2026-10-23", q_entries(rows), diffs, props)


def F17():
    fn = "QLKH-bao cao CT38-nam2026.xlsx"
    rows = [
        dict(task="II.3.c", code="3.c", st="in_progress", tt="Đang thực hiện", name="Thu hút chuyên gia, nhà khoa học lĩnh vực tiêu chuẩn, đo lường, chất lượng theo Quyết định 05/2026/QĐ-UBND",
             fig=[], ind={}),
        dict(task="II.3.b", code="3.b", st="completed", tt="Hoàn thành", name="Phối hợp tổ chức khóa đào tạo chuyên gia năng suất",
             fig=[("Khóa đào tạo", 2, "khóa"), ("Học viên", 96, "học viên")], ind={"training_courses": 2, "participants": 96}),
        dict(task="II.2.a", code="2.a", st="in_progress", tt="Đang thực hiện", name="Nhiệm vụ KH&CN hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng (Chương trình 1322)",
             fig=[("Doanh nghiệp được hỗ trợ", 9, "DN"), ("Kinh phí đã giải ngân", 1850000000, "đồng")], ind={"enterprises_supported": 9, "budget_spent_vnd": 1850000000}),
        dict(task="II.6.b", code="6.b", st="not_started", tt="Chưa triển khai", name="Phối hợp APO thúc đẩy năng suất khu vực công", fig=[], ind={}),
    ]
    diffs = ["Mức thu nhập theo Nghị quyết 27/2023/NQ-HĐND chưa đủ hấp dẫn chuyên gia lĩnh vực đo lường, thử nghiệm."]
    props = ["Đề nghị Chi cục đề xuất danh mục vị trí chuyên gia cần thu hút năm 2027 để Phòng tổng hợp trình Sở."]
    quang_xlsx(fn, "PHÒNG QUẢN LÝ KHOA HỌC", "45/BC-QLKH", "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
               "(Thời gian lấy số liệu: từ 01/01/2026 đến 25/10/2026)", rows, diffs, props, "Vũ Đình Quang")
    key(fn, "SKHCN-QLKH", "Phòng Quản lý Khoa học", "45/BC-QLKH", "2026-10-28", q_entries(rows), diffs, props)


RESAVE = ["SNNMT_bieu_KH38_T10.xlsx", "P.KTPC - BC 61 phoi hop CT38.docx"]  # re-saved through LibreOffice, as offices do


def finalize():
    import hashlib, shutil, subprocess, tempfile
    for fn in RESAVE:
        ext = fn.rsplit(".", 1)[1]
        with tempfile.TemporaryDirectory() as td:
            src = os.path.join(td, "in." + ext); shutil.copy(os.path.join(OUT, fn), src)
            od = os.path.join(td, "out"); os.makedirs(od)
            subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + td + "/prof",
                            "--convert-to", ext, "--outdir", od, src], check=True, capture_output=True)
            shutil.copy(os.path.join(od, "in." + ext), os.path.join(OUT, fn))
    for fn, k in KEYS.items():  # sha256 computed last, after the re-save
        k["sha256"] = hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest()
        with open(os.path.join(TRUTH, fn + ".json"), "w", encoding="utf-8") as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    for f in (F01, F02, F03, F04, F05, F06, F07, F08, F09, F10, F11, F12, F13, F14, F15, F16, F17):
        f()
    finalize()
    print(len(KEYS), "files and keys written")
