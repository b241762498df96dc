# -*- coding: utf-8 -*-
"""Generator for set31: 17 progress reports in 5 hands + answer keys."""
import hashlib, json, os, datetime
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

CCTDC = ("SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh")
KEYS = {}


def E(task, status, ind, text):
    return {"task": task, "status": status, "indicators": ind, "text": text}


def key(fname, unit, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit[0], "name": unit[1]} if unit else None,
        "document": {"number": number, "date": date},
        "entries": [{"task": e["task"], "status": e["status"], "indicators": e["indicators"],
                     "text": e["text"]} for e in entries],
        "findings": [], "difficulties": diffs, "proposals": props,
    }


# ---------------------------------------------------------------- docx helpers
def base_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is not None:
        for a in ("w:eastAsia", "w:cs"):
            rf.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}' + a.split(':')[1], font)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d


def para(d, text="", bold=False, italic=False, align=None, size=None, indent=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(3)
    return p


def header_table(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2)
    for cell, lines in zip(t.rows[0].cells, (left_lines, right_lines)):
        cell.paragraphs[0].text = ""
        first = True
        for txt, b, it in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt); r.bold = b; r.italic = it; r.font.size = Pt(12 if not b else 12.5)
    return t


def save_docx(d, fname, app=None):
    d.core_properties.author = app or ""
    d.save(os.path.join(OUT, fname))


# ================================================================ HAND 1: Phúc
# metrology inspector; own decimal outline numbering 1.1/1.2, each item opens with a
# bold status word, "trong đó đạt/không đạt" breakdowns, PTĐ abbreviation.
def phuc_doc(fname, unit_lines, number, date_words, title2, intro, groups, diffs, props, signer,
             unit, date_iso, author):
    d = base_doc()
    header_table(d, [(l, i > 0, False) for i, l in enumerate(unit_lines)] + [("Số: " + number, False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("", False, False), ("Thành phố Hồ Chí Minh, " + date_words, False, True)])
    para(d)
    para(d, "BÁO CÁO", True, align="c", size=14)
    para(d, title2, True, align="c")
    para(d, intro, align="j", indent=1)
    para(d, "I. KẾT QUẢ THỰC HIỆN", True)
    entries = []
    for gi, (gtitle, items) in enumerate(groups, 1):
        para(d, f"{gi}. {gtitle}", True)
        for ii, (sw, e) in enumerate(items, 1):
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1)
            p.add_run(f"{gi}.{ii}. ")
            r = p.add_run(sw + " "); r.bold = True
            p.add_run(e["text"])
            entries.append(e)
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", True)
    for x in diffs: para(d, "- " + x, align="j", indent=1)
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", True)
    for x in props: para(d, "- " + x, align="j", indent=1)
    para(d, f"Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của {unit_lines[-1].title() if False else 'đơn vị'}./.", align="j", indent=1)
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    c0.paragraphs[0].add_run("Nơi nhận:").bold = True
    c0.add_paragraph("- Như trên;"); c0.add_paragraph("- Lưu: VT.")
    for i, l in enumerate(signer):
        p = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(l).bold = (i != len(signer) - 2)
    save_docx(d, fname, author)
    key(fname, unit, number, date_iso, entries, diffs, props)


def hand_phuc():
    # ---- 01 Chi cục TĐC (long)
    g = [
        ("Công tác tuyên truyền, phổ biến", [
            ("Hoàn thành.", E("II.1.a", "completed", {"training_courses": 5, "participants": 386, "communications": 14},
                "Đã tổ chức 05 lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng cho cá nhân, tổ chức, doanh nghiệp (kể cả buổi tọa đàm với doanh nghiệp nhập khẩu ngày 16/9/2026), tổng cộng 386 lượt người tham dự; đăng tải 14 tin, bài trên Trang thông tin điện tử của Chi cục.")),
            ("Hoàn thành.", E("II.1.b", "completed", {"enterprises_supported": 9},
                "Phối hợp Hiệp hội doanh nghiệp vận động, hướng dẫn 09 doanh nghiệp lập hồ sơ đăng ký tham dự Giải thưởng Chất lượng Quốc gia năm 2026.")),
        ]),
        ("Công tác quản lý nhà nước về TĐC", [
            ("Đang thực hiện.", E("II.2.a", "in_progress", {"enterprises_supported": 11, "budget_spent_vnd": 186500000},
                "Triển khai Chương trình năng suất chất lượng (Chương trình 1322, Kế hoạch 36), Đề án 996 và Đề án 100: hỗ trợ 11 doanh nghiệp áp dụng công cụ cải tiến năng suất (5S, Kaizen, Lean), truy xuất nguồn gốc; kinh phí đã giải ngân 186.500.000 đồng.")),
            ("Đang thực hiện.", E("II.2.d", "in_progress", {"enterprises_supported": 58},
                "Tiếp nhận, xử lý 1.437 hồ sơ công bố hợp quy; hướng dẫn 58 doanh nghiệp xây dựng, áp dụng hệ thống quản lý ISO 9001, ISO 22000 và thực hiện công bố chất lượng sản phẩm, hàng hóa theo quy định.")),
            ("Hoàn thành.", E("II.2.đ", "completed", {"enterprises_supported": 21},
                "Hướng dẫn 21 cơ quan, đơn vị hành chính trên địa bàn duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; tổng hợp báo cáo tình hình áp dụng gửi Bộ Khoa học và Công nghệ đúng hạn.")),
            ("Đang thực hiện.", E("II.2.e", "in_progress", {"standards_reviewed": 22},
                "Góp ý 22 dự thảo tiêu chuẩn, quy chuẩn kỹ thuật (17 TCVN, 05 QCVN) theo đề nghị của Bộ Khoa học và Công nghệ và các Bộ quản lý ngành; đang rà soát nhu cầu xây dựng quy chuẩn kỹ thuật địa phương.")),
        ]),
        ("Đào tạo nguồn nhân lực", [
            ("Đang thực hiện.", E("II.3.a", "in_progress", {"training_courses": 2, "participants": 168},
                "Tổ chức 02 lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho công chức các Sở, ngành và UBND xã, phường, đặc khu với 168 học viên; cử công chức tham dự các khóa đào tạo chuyên sâu do Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia tổ chức.")),
        ]),
        ("Phương tiện, thiết bị kỹ thuật nghiệp vụ", [
            ("Hoàn thành.", E("II.4.b", "completed", {"instruments_verified": 36, "budget_spent_vnd": 74200000},
                "Rà soát, kiểm định, hiệu chuẩn 36 phương tiện đo (PTĐ), thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra, trong đó đạt yêu cầu 35, không đạt 01 (đã thay thế); kinh phí thực hiện 74.200.000 đồng.")),
        ]),
        ("Kiểm tra, giám sát", [
            ("Đang thực hiện.", E("II.5.a", "in_progress", {"inspections": 9, "establishments_inspected": 143, "violations": 17, "fines_vnd": 212750000},
                "Tổ chức 09 cuộc kiểm tra (đo lường 05 cuộc, chất lượng hàng hóa 04 cuộc) tại 143 cơ sở sản xuất, kinh doanh; phát hiện 17 cơ sở vi phạm, ban hành quyết định xử phạt vi phạm hành chính với tổng số tiền 212.750.000 đồng.")),
            ("Hoàn thành.", E("II.5.b", "completed", {"samples_tested": 165},
                "Khảo sát chất lượng, lấy 165 mẫu (xăng dầu 120 mẫu, mũ bảo hiểm 45 mẫu) gửi thử nghiệm; kết quả đã thông tin cho Phòng Kiểm tra – Pháp chế và cảnh báo trên Trang thông tin điện tử.")),
        ]),
    ]
    diffs = ["Biên chế công chức làm công tác kiểm tra còn mỏng so với số lượng cơ sở sản xuất, kinh doanh trên địa bàn Thành phố sau sắp xếp.",
             "Kinh phí lấy mẫu thử nghiệm khảo sát chất lượng chưa đáp ứng nhu cầu, nhiều nhóm hàng chưa được khảo sát."]
    props = ["Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027 cho nhóm hàng điện, điện tử và đồ chơi trẻ em.",
             "Đề nghị Sở có văn bản đôn đốc UBND các xã, phường, đặc khu cử công chức đầu mối theo dõi công tác tiêu chuẩn, đo lường, chất lượng."]
    phuc_doc("BC_CT38_ChiCucTDC_10-2026.docx",
             ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG"],
             "812/BC-CCTĐC", "ngày 28 tháng 10 năm 2026",
             "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
             "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Chi cục Tiêu chuẩn Đo lường Chất lượng báo cáo kết quả thực hiện từ đầu năm đến ngày 25/10/2026 như sau:",
             g, diffs, props, ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG", "", "Trần Văn Phúc"],
             CCTDC, "2026-10-28", "phuc.tv")

    # ---- 02 Phòng Kiểm tra – Pháp chế (partner)
    g = [
        ("Công tác pháp chế", [
            ("Hoàn thành.", E("II.2.c", "completed", {},
                "Phối hợp Chi cục nghiên cứu, góp ý dự thảo Luật sửa đổi, bổ sung một số điều của Luật Chất lượng sản phẩm, hàng hóa và 02 dự thảo Nghị định hướng dẫn; văn bản góp ý đã gửi Bộ Khoa học và Công nghệ đúng thời hạn.")),
        ]),
        ("Công tác kiểm tra", [
            ("Đang thực hiện.", E("II.5.a", "in_progress", {"inspections": 4, "establishments_inspected": 31, "violations": 6, "fines_vnd": 48500000},
                "Phối hợp Chi cục tổ chức 04 đoàn kiểm tra liên ngành về chất lượng hàng hóa lưu thông tại 31 cơ sở kinh doanh; phát hiện 06 cơ sở vi phạm (hàng hóa không ghi nhãn, không công bố hợp quy), tham mưu xử phạt 48.500.000 đồng.")),
            ("Đang thực hiện.", E("II.5.b", "in_progress", {},
                "Tiếp nhận kết quả khảo sát chất lượng xăng dầu, mũ bảo hiểm do Chi cục chuyển đến để đưa vào kế hoạch kiểm tra Quý IV/2026.")),
            ("Hoàn thành.", E("II.5.d", "completed", {},
                "Tiếp nhận, xử lý 03 đơn phản ánh, tố giác liên quan đến đo lường trong kinh doanh vàng bạc; thông tin người tố giác được bảo mật theo quy định.")),
        ]),
        ("Phương tiện, thiết bị kỹ thuật nghiệp vụ", [
            ("Không phát sinh.", E("II.4.b", "not_applicable", {},
                "Phòng không được giao quản lý phương tiện, thiết bị kỹ thuật nghiệp vụ trong năm 2026.")),
        ]),
    ]
    diffs = ["Một số cơ sở vi phạm đã ngừng kinh doanh hoặc thay đổi địa chỉ nên việc thi hành quyết định xử phạt gặp khó khăn."]
    props = ["Đề nghị Chi cục chia sẻ cơ sở dữ liệu kết quả khảo sát chất lượng để Phòng chủ động xây dựng kế hoạch kiểm tra."]
    phuc_doc("Bao cao CT38 - Phong KTPC.docx",
             ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ"],
             "45/BC-KTPC", "ngày 26 tháng 10 năm 2026",
             "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
             "Căn cứ nhiệm vụ được phân công tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở, Phòng Kiểm tra – Pháp chế báo cáo kết quả như sau:",
             g, diffs, props, ["TRƯỞNG PHÒNG", "", "", "Lê Quang Hiếu"],
             ("SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế"), "2026-10-26", "phuc.tv")

    # ---- 03 Phòng Quản lý Đo lường (division of Chi cục)
    g = [
        ("Đề án 996 - hỗ trợ doanh nghiệp về đo lường", [
            ("Đang thực hiện.", E("II.2.a", "in_progress", {"enterprises_supported": 7, "instruments_verified": 1318},
                "Hỗ trợ 07 doanh nghiệp xây dựng hệ thống quản lý đo lường theo TCVN ISO 10012; phối hợp các tổ chức được chỉ định kiểm định 1.318 PTĐ (cân, đồng hồ đo xăng dầu, taximet) cho doanh nghiệp, trong đó đạt 1.296, không đạt 22.")),
            ("Đang thực hiện.", E("II.2.g", "in_progress", {},
                "Rà soát năng lực 12 tổ chức kiểm định, hiệu chuẩn, thử nghiệm được chỉ định trên địa bàn; hướng dẫn 02 tổ chức mở rộng phạm vi sang lĩnh vực đo lường phục vụ logistics.")),
        ]),
        ("Chuẩn đo lường", [
            ("Đang thực hiện.", E("II.4.c", "in_progress", {"instruments_verified": 8},
                "Đưa 08 chuẩn đo lường chính đi hiệu chuẩn tại Viện Đo lường Việt Nam để bảo đảm liên kết chuẩn đến chuẩn quốc gia; 03 chuẩn còn lại dự kiến hoàn thành trong tháng 12/2026.")),
        ]),
        ("Kiểm tra về đo lường", [
            ("Đang thực hiện.", E("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 58, "violations": 9, "fines_vnd": 96000000},
                "Thực hiện 06 cuộc kiểm tra nhà nước về đo lường tại 58 cơ sở kinh doanh xăng dầu, vàng bạc; phát hiện 09 cơ sở vi phạm, xử phạt 96.000.000 đồng.")),
            ("Hoàn thành.", E("II.5.c", "completed", {"inspections": 3},
                "Phối hợp UBND phường Bến Thành, phường Chợ Lớn, phường Tân Định thực hiện 03 cuộc kiểm tra cân đối chứng, cân kỹ thuật tại chợ theo nội dung được phân quyền.")),
        ]),
    ]
    diffs = ["Chuẩn đo lường chính phải gửi hiệu chuẩn tại Hà Nội, thời gian chờ kéo dài ảnh hưởng công tác kiểm định."]
    props = ["Đề nghị Lãnh đạo Chi cục ưu tiên bố trí kinh phí mua sắm bộ chuẩn dung tích thay thế trong năm 2027."]
    phuc_doc("QLDL_baocao_CT38_thang10.docx",
             ["CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "PHÒNG QUẢN LÝ ĐO LƯỜNG"],
             "17/BC-QLĐL", "ngày 20 tháng 10 năm 2026",
             "Kết quả thực hiện nhiệm vụ về đo lường theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
             "Phòng Quản lý Đo lường báo cáo Lãnh đạo Chi cục kết quả thực hiện các nhiệm vụ về đo lường được phân công như sau:",
             g, diffs, props, ["TRƯỞNG PHÒNG", "", "", "Trần Văn Phúc"],
             CCTDC, "2026-10-20", "phuc.tv")


# ================================================================ HAND 3: Linh
# centre admin; no header table: lines stacked and centred; date "ngày dd/mm/yyyy";
# one paragraph per section, items with hand-typed "+" separated by soft line breaks
# (Shift+Enter); each section closes with "Tiến độ: ..." line.
def linh_doc(fname, parent, unitname, number, date_line, title, intro, sections, diffs, props,
             signer, unit, date_iso):
    d = base_doc("Arial", 12)
    para(d, parent, align="c")
    para(d, unitname.upper(), True, align="c")
    para(d, "Số: " + number, align="c")
    para(d, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, align="c")
    para(d, "Độc lập - Tự do - Hạnh phúc", True, align="c")
    para(d, date_line, italic=True, align="r")
    para(d, "BÁO CÁO", True, align="c")
    para(d, title, True, align="c")
    para(d, intro, align="j")
    entries = []
    for si, (head, plus, prog, e) in enumerate(sections, 1):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        r = p.add_run(f"{si}. {head}:"); r.bold = True
        for x in plus:
            p.add_run().add_break()
            p.add_run("+ " + x)
        p.add_run().add_break()
        r = p.add_run("Tiến độ: " + prog); r.italic = True
        entries.append(e)
    p = d.add_paragraph(); p.add_run(f"{len(sections)+1}. Khó khăn, vướng mắc:").bold = True
    for x in diffs:
        p.add_run().add_break(); p.add_run("+ " + x)
    if not diffs:
        p.add_run().add_break(); p.add_run("+ Không có.")
    p = d.add_paragraph(); p.add_run(f"{len(sections)+2}. Đề xuất, kiến nghị:").bold = True
    for x in props:
        p.add_run().add_break(); p.add_run("+ " + x)
    para(d, "Trân trọng./.")
    for i, l in enumerate(signer):
        para(d, l, bold=(i == 0 or i == len(signer) - 1), align="r")
    save_docx(d, fname, "linh.admin")
    key(fname, unit, number, date_iso, entries, diffs, props)


def hand_linh():
    TT = ("SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh")
    s = [
        ("Đầu tư cơ sở vật chất, trang thiết bị",
         ["Đã nhận bàn giao, lắp đặt 07 thiết bị thử nghiệm (máy sắc ký khí khối phổ, máy quang phổ hấp thụ nguyên tử...)",
          "Giải ngân 2,35 tỷ đồng từ nguồn vốn đầu tư phát triển năm 2026",
          "Gói thầu nâng cấp phòng thí nghiệm hóa lý đang chờ thẩm định giá"],
         "Đang thực hiện, dự kiến xong trong Quý IV/2026",
         E("II.4.a", "in_progress", {"budget_spent_vnd": 2350000000},
           "Nhận bàn giao, lắp đặt 07 thiết bị thử nghiệm; giải ngân 2,35 tỷ đồng; gói thầu nâng cấp phòng thí nghiệm hóa lý đang chờ thẩm định giá.")),
        ("Duy trì chuẩn đo lường, liên kết chuẩn",
         ["Phối hợp Chi cục hiệu chuẩn 24 chuẩn công tác tại Viện Đo lường Việt Nam và Trung tâm Kỹ thuật 3"],
         "Hoàn thành",
         E("II.4.c", "completed", {"instruments_verified": 24},
           "Phối hợp Chi cục hiệu chuẩn 24 chuẩn công tác tại Viện Đo lường Việt Nam và Trung tâm Kỹ thuật 3.")),
        ("Cung cấp dịch vụ kỹ thuật tiêu chuẩn, đo lường, chất lượng",
         ["Kiểm định, hiệu chuẩn 12.540 phương tiện đo các loại",
          "Thử nghiệm 3.860 mẫu sản phẩm, hàng hóa cho tổ chức, cá nhân",
          "Mở rộng thêm 15 phép thử trong lĩnh vực điện - điện tử"],
         "thực hiện thường xuyên",
         E("II.2.g", "in_progress", {"instruments_verified": 12540, "samples_tested": 3860},
           "Kiểm định, hiệu chuẩn 12.540 phương tiện đo; thử nghiệm 3.860 mẫu sản phẩm, hàng hóa; mở rộng thêm 15 phép thử lĩnh vực điện - điện tử.")),
        ("Tham gia đào tạo sinh viên",
         ["Tổ chức 01 khóa bồi dưỡng kỹ thuật thử nghiệm và đo lường cho 18 sinh viên thực tập của Trường Đại học Công nghiệp Thành phố Hồ Chí Minh"],
         "Đã hoàn thành",
         E("II.3.d", "completed", {"training_courses": 1, "participants": 18},
           "Tổ chức 01 khóa bồi dưỡng kỹ thuật thử nghiệm và đo lường cho 18 sinh viên thực tập.")),
        ("Phối hợp tập huấn cho doanh nghiệp",
         ["Cử 02 chuyên gia tham gia giảng dạy tại các lớp tập huấn văn bản pháp luật về TĐC do Chi cục tổ chức"],
         "Đã hoàn thành",
         E("II.1.a", "completed", {},
           "Cử 02 chuyên gia tham gia giảng dạy tại các lớp tập huấn văn bản pháp luật về TĐC do Chi cục tổ chức.")),
    ]
    diffs = ["Thiết bị thử nghiệm hiện đại nhưng thiếu kỹ thuật viên có chứng chỉ vận hành.",
             "Thủ tục mua sắm, thẩm định giá thiết bị chuyên dùng kéo dài."]
    props = ["Đề nghị Sở xem xét giao bổ sung 03 vị trí việc làm kỹ thuật viên thử nghiệm cho Trung tâm."]
    linh_doc("TTPTTN - BC thuc hien CT38 nam 2026.docx", "SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM",
             "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng",
             "356/BC-TTPTTN", "TP. Hồ Chí Minh, ngày 27/10/2026",
             "Tình hình thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
             "Trung tâm báo cáo kết quả thực hiện các nhiệm vụ được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở như sau:",
             s, diffs, props, ["GIÁM ĐỐC", "(đã ký)", "Phạm Thị Thu Hà"], TT, "2026-10-27")

    s = [
        ("Kết nối cơ sở dữ liệu quốc gia về TĐC",
         ["Phối hợp Chi cục và Phòng Chuyển đổi số khảo sát, thiết kế giải pháp kết nối qua nền tảng tích hợp, chia sẻ dữ liệu (LGSP) của Thành phố",
          "Đã đồng bộ thử nghiệm 4.512 bản ghi dữ liệu công bố hợp quy"],
         "Đang triển khai",
         E("II.2.i", "in_progress", {},
           "Phối hợp khảo sát, thiết kế giải pháp kết nối qua LGSP; đồng bộ thử nghiệm 4.512 bản ghi dữ liệu công bố hợp quy.")),
        ("Hỗ trợ tuyên truyền",
         ["Đăng tải 09 tin, bài về tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử của Sở"],
         "Hoàn thành",
         E("II.1.a", "completed", {"communications": 9},
           "Đăng tải 09 tin, bài về tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử của Sở.")),
        ("Cập nhật điều ước, thỏa thuận quốc tế",
         ["Trung tâm không được giao nội dung này"],
         "Không phát sinh",
         E("II.6.a", "not_applicable", {}, "Trung tâm không được giao nội dung này.")),
        ("Đào tạo, bồi dưỡng cho viên chức, sinh viên về TĐC",
         ["Trong kỳ chưa có hoạt động"],
         "Không phát sinh",
         E("II.3.d", "not_applicable", {}, "Trong kỳ chưa có hoạt động.")),
    ]
    diffs = ["Hệ thống cơ sở dữ liệu quốc gia về TĐC chưa công bố đầy đủ tài liệu đặc tả API nên chưa thể kết nối chính thức."]
    props = ["Kiến nghị Chi cục làm đầu mối đề nghị Ủy ban TĐC Quốc gia cung cấp tài khoản kết nối và tài liệu kỹ thuật."]
    linh_doc("TT CNTT&DKG_BC CT38.docx", "SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM",
             "Trung tâm Công nghệ thông tin và Địa không gian",
             "118/BC-TTCNTT", "TP. Hồ Chí Minh, ngày 29/10/2026",
             "Kết quả phối hợp thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026",
             "Thực hiện yêu cầu của Chi cục Tiêu chuẩn Đo lường Chất lượng, Trung tâm Công nghệ thông tin và Địa không gian báo cáo như sau:",
             s, diffs, props, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Võ Minh Tuấn"],
             ("SKHCN-TTCNTT", "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh"), "2026-10-29")

    s = [
        ("Hệ thống thông tin giải quyết TTHC, kết nối Cổng một cửa quốc gia",
         ["Tích hợp 27 thủ tục hành chính lĩnh vực tiêu chuẩn, đo lường, chất lượng lên Cổng dịch vụ công",
          "Kết nối liên thông đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu từ tháng 3/2026"],
         "Đã hoàn thành",
         E("II.2.h", "completed", {},
           "Tích hợp 27 thủ tục hành chính lĩnh vực TĐC lên Cổng dịch vụ công; kết nối liên thông đăng ký kiểm tra chất lượng hàng hóa nhập khẩu từ tháng 3/2026.")),
        ("Kết nối, áp dụng cơ sở dữ liệu quốc gia về TĐC",
         ["Đang phối hợp Trung tâm Công nghệ thông tin và Địa không gian xây dựng phương án kết nối"],
         "Đang thực hiện",
         E("II.2.i", "in_progress", {}, "Đang phối hợp Trung tâm CNTT và Địa không gian xây dựng phương án kết nối.")),
        ("Tham gia tập huấn nghiệp vụ TĐC",
         ["Cử 03 công chức tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức tháng 8/2026"],
         "Hoàn thành",
         E("II.3.a", "completed", {"participants": 3},
           "Cử 03 công chức tham dự lớp tập huấn nghiệp vụ TĐC do Chi cục tổ chức tháng 8/2026.")),
    ]
    props = ["Đề nghị Chi cục cử đầu mối kỹ thuật phối hợp kiểm thử kết nối dữ liệu trong Quý IV/2026."]
    linh_doc("CDS_bao cao ket qua CT38.docx", "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
             "Phòng Chuyển đổi số", "22/BC-CĐS", "Thành phố Hồ Chí Minh, ngày 23/10/2026",
             "Kết quả thực hiện nhiệm vụ phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
             "Phòng Chuyển đổi số báo cáo kết quả thực hiện các nội dung phối hợp như sau:",
             s, [], props, ["TRƯỞNG PHÒNG", "Đỗ Hoàng Nam"],
             ("SKHCN-CDS", "Phòng Chuyển đổi số"), "2026-10-23")


# ================================================================ HAND 4: Tâm
# ward economic officer; items numbered i), ii), iii) in the ward's own wording, each item
# ends with an italic bracketed status tag "[đang thực hiện]"; money glued "đ"; em-dash
# bullets in difficulties/proposals; quotes the Sở's request letter.
def tam_doc(fname, ward, number, date_words, vv, intro, items, diffs, props, signer, unit, date_iso,
            section_title="1. Kết quả thực hiện", key_it=True, status="extracted", reason=None):
    d = base_doc()
    header_table(d, [("ỦY BAN NHÂN DÂN", False, False), (ward.upper(), True, False), ("Số: " + number, False, False),
                     (vv, False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("", False, False), (ward.replace("Phường ", "").replace("Xã ", "").replace("Đặc khu ", "") + ", " + date_words, False, True)])
    para(d)
    if vv.startswith("V/v"):
        para(d, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh", align="c")
    else:
        para(d, "BÁO CÁO", True, align="c")
        para(d, vv, True, align="c")
    para(d, intro, align="j", indent=1)
    para(d, section_title, True)
    roman = ["i", "ii", "iii", "iv", "v", "vi", "vii"]
    entries = []
    for k, (txt, tag, e) in enumerate(items):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1)
        p.add_run(f"{roman[k]}) {txt} ")
        r = p.add_run(f"[{tag}]"); r.italic = True
        if e: entries.append(e)
    para(d, "2. Khó khăn, vướng mắc", True)
    for x in diffs: para(d, "– " + x, align="j", indent=1)
    para(d, "3. Đề xuất, kiến nghị", True)
    for x in props: para(d, "– " + x, align="j", indent=1)
    para(d, f"Trên đây là báo cáo của Ủy ban nhân dân {ward.lower().replace('phường', 'phường').split(' ',1)[0]} {ward.split(' ',1)[1]}./.", align="j", indent=1)
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    c0.paragraphs[0].add_run("Nơi nhận:").bold = True
    c0.add_paragraph("- Như trên;"); c0.add_paragraph("- Lưu: VT, KT.")
    for i, l in enumerate(signer):
        p = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(l).bold = True
    save_docx(d, fname, "Tam-PKT")
    if key_it:
        key(fname, unit, number, date_iso, entries, diffs, props, status, reason)


def hand_tam():
    req = "Công văn số 2871/SKHCN-TĐC ngày 02/10/2026 của Sở Khoa học và Công nghệ"
    # 11 Bến Thành
    it = [
        ("Tuyên truyền về tiêu chuẩn, đo lường, chất lượng: đã đăng 06 tin, bài trên trang thông tin điện tử và trang Zalo OA của phường, vận động hộ kinh doanh tại chợ Bến Thành sử dụng cân đã kiểm định.",
         "đã hoàn thành", E("II.1.a", "completed", {"communications": 6},
            "Đăng 06 tin, bài trên trang thông tin điện tử và trang Zalo OA của phường.")),
        ("Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đo lường tại chợ Bến Thành: 02 cuộc, kiểm tra 37 hộ kinh doanh, phát hiện 04 trường hợp sử dụng cân sai số vượt mức cho phép, phạt tổng cộng 10.500.000đ.",
         "đang thực hiện", E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 37, "violations": 4, "fines_vnd": 10500000},
            "Phối hợp Chi cục kiểm tra đo lường tại chợ Bến Thành: 02 cuộc, 37 hộ kinh doanh, 04 trường hợp vi phạm, phạt 10.500.000đ.")),
        ("Cử 02 công chức Phòng Kinh tế tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức ngày 14/8/2026.",
         "đã hoàn thành", E("II.3.a", "completed", {"participants": 2},
            "Cử 02 công chức tham dự lớp tập huấn nghiệp vụ TĐC do Chi cục tổ chức.")),
        ("Tiếp nhận tin báo, tố giác vi phạm về đo lường, chất lượng: trong kỳ không có.",
         "không phát sinh", E("II.5.d", "not_applicable", {}, "Tiếp nhận tin báo, tố giác vi phạm về đo lường, chất lượng: trong kỳ không có.")),
    ]
    diffs = ["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng, cán bộ Phòng Kinh tế kiêm nhiệm nhiều việc.",
             "Chưa được trang bị cân đối chứng để tự kiểm tra tại chợ."]
    props = ["Đề nghị Chi cục hỗ trợ phường 02 bộ cân đối chứng đặt tại chợ Bến Thành.",
             "Đề nghị Sở ban hành hướng dẫn cụ thể các nội dung quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng được phân quyền cho cấp xã."]
    tam_doc("UBND P.BenThanh - BC CT38.docx", "Phường Bến Thành", "214/BC-UBND", "ngày 29 tháng 10 năm 2026",
            "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
            f"Thực hiện {req} về việc báo cáo kết quả thực hiện Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Bến Thành báo cáo như sau:",
            it, diffs, props, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Nguyễn Thị Thanh Tâm"],
            ("26743", "Phường Bến Thành"), "2026-10-29")

    # 12 Chợ Lớn (công văn)
    it = [
        ("Phối hợp tổ chức 01 hội nghị phổ biến quy định về ghi nhãn hàng hóa, đo lường trong mua bán cho 120 hộ kinh doanh tại chợ Bình Tây.",
         "đã hoàn thành", E("II.1.a", "completed", {"training_courses": 1, "participants": 120},
            "Phối hợp tổ chức 01 hội nghị phổ biến quy định về ghi nhãn, đo lường cho 120 hộ kinh doanh.")),
        ("Cùng Chi cục kiểm tra các cơ sở kinh doanh vàng bạc trên địa bàn: 03 cuộc, 19 cơ sở, có 01 cơ sở vi phạm về đo lường, đã xử phạt 15.000.000đ.",
         "đang thực hiện", E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 19, "violations": 1, "fines_vnd": 15000000},
            "Cùng Chi cục kiểm tra cơ sở kinh doanh vàng bạc: 03 cuộc, 19 cơ sở, 01 vi phạm, phạt 15.000.000đ.")),
        ("Hỗ trợ đoàn khảo sát của Chi cục lấy 12 mẫu xăng dầu tại các cửa hàng trên địa bàn phường.",
         "đã hoàn thành", E("II.5.b", "completed", {"samples_tested": 12},
            "Hỗ trợ đoàn khảo sát của Chi cục lấy 12 mẫu xăng dầu.")),
        ("Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại UBND phường sau sắp xếp, đang rà soát lại các quy trình giải quyết thủ tục hành chính.",
         "đang thực hiện", E("II.2.đ", "in_progress", {},
            "Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015 tại UBND phường; đang rà soát quy trình.")),
    ]
    diffs = ["Nhiều hộ kinh doanh nhỏ lẻ thay đổi thường xuyên, khó quản lý việc sử dụng phương tiện đo."]
    props = ["Đề nghị Sở tổ chức tập huấn chuyên sâu về kiểm tra đo lường cho công chức phường."]
    tam_doc("CV 388 P.ChoLon tra loi SKHCN.docx", "Phường Chợ Lớn", "388/UBND-KT", "ngày 30 tháng 10 năm 2026",
            "V/v báo cáo kết quả thực hiện Chỉ thị số 38-CT/TW năm 2026",
            f"Phúc đáp {req}, Ủy ban nhân dân phường Chợ Lớn báo cáo kết quả thực hiện như sau:",
            it, diffs, props, ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Lâm Quốc Khải"],
            ("27343", "Phường Chợ Lớn"), "2026-10-30")

    # 13 Xuyên Mộc
    it = [
        ("Thông tin, tuyên truyền trên hệ thống loa truyền thanh của xã: 14 tin về sử dụng phương tiện đo, hàng hóa bảo đảm chất lượng.",
         "đang thực hiện", E("II.1.a", "in_progress", {"communications": 14},
            "Tuyên truyền trên hệ thống loa truyền thanh xã: 14 tin.")),
        ("Phối hợp kiểm tra cân tại chợ Xuyên Mộc và các điểm thu mua nông sản: Chi cục chưa bố trí lịch nên xã chưa tổ chức được.",
         "chưa thực hiện", E("II.5.c", "not_started", {},
            "Phối hợp kiểm tra cân tại chợ Xuyên Mộc và điểm thu mua nông sản: chưa tổ chức được.")),
        ("Xây dựng lại hệ thống quản lý chất lượng ISO tại UBND xã sau hợp nhất; đã công bố phù hợp tháng 9/2026, kinh phí thuê tư vấn 8.000.000đ.",
         "đã hoàn thành", E("II.2.đ", "completed", {"budget_spent_vnd": 8000000},
            "Xây dựng lại HTQLCL ISO tại UBND xã; đã công bố phù hợp tháng 9/2026, kinh phí 8.000.000đ.")),
        ("Cử 01 công chức tham dự tập huấn nghiệp vụ do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức.",
         "đã hoàn thành", E("II.3.a", "completed", {"participants": 1},
            "Cử 01 công chức tham dự tập huấn nghiệp vụ do Chi cục tổ chức.")),
    ]
    diffs = ["Địa bàn xã rộng, các điểm thu mua nông sản phân tán, dùng nhiều loại cân chưa kiểm định."]
    props = ["Đề nghị Chi cục sớm bố trí lịch phối hợp kiểm tra cân tại các điểm thu mua nông sản trong mùa thu hoạch."]
    tam_doc("XuyenMoc_BC_TDC_2026.docx", "Xã Xuyên Mộc", "97/BC-UBND", "ngày 27 tháng 10 năm 2026",
            "Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
            f"Thực hiện {req}, UBND xã Xuyên Mộc báo cáo kết quả như sau:",
            it, diffs, props, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Huỳnh Văn Lộc"],
            ("26632", "Xã Xuyên Mộc"), "2026-10-27")

    # 14 MISTAKEN: Gò Vấp ATTP
    it = [
        ("Tổ chức lễ phát động Tháng hành động vì an toàn thực phẩm năm 2026 với 250 đại biểu tham dự.", "đã hoàn thành", None),
        ("Đoàn kiểm tra liên ngành về an toàn thực phẩm của phường kiểm tra 64 cơ sở kinh doanh dịch vụ ăn uống, bếp ăn tập thể; 05 cơ sở vi phạm, phạt 22.000.000đ.", "đã hoàn thành", None),
        ("Lấy 40 mẫu thực phẩm test nhanh (hàn the, formol, phẩm màu), 02 mẫu không đạt.", "đã hoàn thành", None),
        ("Giám sát bếp ăn bán trú các trường mầm non trên địa bàn.", "đang thực hiện", None),
    ]
    tam_doc("GoVap_BC thang hanh dong ATTP 2026.docx", "Phường Gò Vấp", "301/BC-UBND", "ngày 28 tháng 10 năm 2026",
            "Kết quả triển khai Tháng hành động vì an toàn thực phẩm năm 2026",
            "Thực hiện Kế hoạch của Ban Chỉ đạo liên ngành về an toàn thực phẩm Thành phố, Ủy ban nhân dân phường Gò Vấp báo cáo kết quả Tháng hành động vì an toàn thực phẩm năm 2026 như sau:",
            it, ["Lực lượng kiểm tra an toàn thực phẩm của phường còn mỏng."],
            ["Đề nghị Sở An toàn thực phẩm hỗ trợ bộ test nhanh cho phường."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Trương Minh Đức"],
            ("26884", "Phường Gò Vấp"), "2026-10-28", key_it=False)
    key("GoVap_BC thang hanh dong ATTP 2026.docx", ("26884", "Phường Gò Vấp"), "301/BC-UBND", "2026-10-28",
        [], [], [], status="rejected",
        reason="Báo cáo về Tháng hành động vì an toàn thực phẩm, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW")


# ================================================================ XLSX helpers
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def cellw(ws, ref, val, bold=False, italic=False, align="left", wrap=True, box=False, fill=None, size=12, fmt=None):
    c = ws[ref]
    c.value = val
    c.font = Font(name="Times New Roman", size=size, bold=bold, italic=italic)
    c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    if box: c.border = BOX
    if fill: c.fill = PatternFill("solid", start_color=fill, end_color=fill)
    if fmt: c.number_format = fmt
    return c


# ================================================================ HAND 2: Hạnh
# planning-finance officer; biểu with Dự toán / Đã giải ngân (đồng, numeric #,##0) /
# Tỷ lệ GN formula; status column is a data-validation dropdown; signatures
# Người lập biểu - Kế toán - Thủ trưởng đơn vị; khó khăn / kiến nghị typed below the table.
HANH_STATUS = ["Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Không phát sinh"]


def hanh_xlsx(fname, top_left, number, date_words, title, rows, diffs, props, signer, unit, date_iso,
              sheet="BC CT38", entries_override=None, status="extracted", reason=None, col2="Nội dung nhiệm vụ"):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    widths = {"A": 6, "B": 42, "C": 40, "D": 17, "E": 17, "F": 9, "G": 17, "H": 22}
    for k, v in widths.items(): ws.column_dimensions[k].width = v
    ws.merge_cells("A1:C1"); cellw(ws, "A1", top_left[0], align="center")
    ws.merge_cells("A2:C2"); cellw(ws, "A2", top_left[1], bold=True, align="center")
    ws.merge_cells("A3:C3"); cellw(ws, "A3", "Số: " + number, align="center")
    ws.merge_cells("D1:H1"); cellw(ws, "D1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align="center")
    ws.merge_cells("D2:H2"); cellw(ws, "D2", "Độc lập - Tự do - Hạnh phúc", bold=True, align="center")
    ws.merge_cells("D3:H3"); cellw(ws, "D3", date_words, italic=True, align="center")
    ws.merge_cells("A5:H5"); cellw(ws, "A5", title, bold=True, align="center", size=13)
    ws.merge_cells("A6:H6"); cellw(ws, "A6", "(Số liệu tính đến ngày 25/10/2026; đơn vị tiền: đồng)", italic=True, align="center")
    hdr = ["STT", col2, "Kết quả thực hiện", "Dự toán được giao", "Đã giải ngân", "Tỷ lệ GN (%)", "Tình trạng", "Ghi chú"]
    for i, h in enumerate(hdr):
        cellw(ws, f"{'ABCDEFGH'[i]}8", h, bold=True, align="center", box=True)
    dv = DataValidation(type="list", formula1='"' + ",".join(HANH_STATUS) + '"', allow_blank=True)
    ws.add_data_validation(dv)
    r = 9
    entries = []
    for stt, name, result, dt, gn, st, note, e in rows:
        cellw(ws, f"A{r}", stt, align="center", box=True)
        cellw(ws, f"B{r}", name, box=True, bold=isinstance(stt, str) and stt.isupper() and len(stt) <= 3 and e is None)
        cellw(ws, f"C{r}", result, box=True)
        cellw(ws, f"D{r}", dt, box=True, align="right", fmt="#,##0")
        cellw(ws, f"E{r}", gn, box=True, align="right", fmt="#,##0")
        if dt and gn is not None:
            cellw(ws, f"F{r}", f"=IF(D{r}=0,\"\",E{r}/D{r}*100)", box=True, align="right", fmt="0.0")
        else:
            cellw(ws, f"F{r}", None, box=True)
        cellw(ws, f"G{r}", st, box=True, align="center")
        if st is not None: dv.add(f"G{r}")
        cellw(ws, f"H{r}", note, box=True)
        if e: entries.append(e)
        r += 1
    r += 1
    cellw(ws, f"A{r}", "* Khó khăn, vướng mắc:", bold=True, wrap=False); r += 1
    for x in diffs:
        ws.merge_cells(f"A{r}:H{r}"); cellw(ws, f"A{r}", "- " + x); ws.row_dimensions[r].height = 32; r += 1
    cellw(ws, f"A{r}", "* Kiến nghị:", bold=True, wrap=False); r += 1
    for x in props:
        ws.merge_cells(f"A{r}:H{r}"); cellw(ws, f"A{r}", "- " + x); ws.row_dimensions[r].height = 32; r += 1
    r += 1
    cellw(ws, f"B{r}", "NGƯỜI LẬP BIỂU", bold=True, align="center")
    cellw(ws, f"D{r}", "KẾ TOÁN", bold=True, align="center")
    ws.merge_cells(f"F{r}:H{r}"); cellw(ws, f"F{r}", signer[0], bold=True, align="center")
    r += 4
    cellw(ws, f"B{r}", "Nguyễn Thị Hạnh", bold=True, align="center")
    cellw(ws, f"D{r}", signer[1], bold=True, align="center")
    ws.merge_cells(f"F{r}:H{r}"); cellw(ws, f"F{r}", signer[2], bold=True, align="center")
    ws.freeze_panes = "C9"
    ws.print_title_rows = "8:8"
    ws.page_setup.orientation = "landscape"
    wb.properties.creator = "hanh.kt"
    wb.save(os.path.join(OUT, fname))
    key(fname, unit, number, date_iso, entries if entries_override is None else entries_override,
        diffs, props, status, reason)


def hand_hanh():
    # 04 Văn phòng Sở
    rows = [
        (1, "Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở",
         "Rà soát, cập nhật 48 quy trình nội bộ; đánh giá nội bộ tháng 6/2026", 35000000, 32400000, "Hoàn thành", "",
         E("II.2.đ", "completed", {"budget_spent_vnd": 32400000}, "Rà soát, cập nhật 48 quy trình nội bộ; đánh giá nội bộ tháng 6/2026; đã giải ngân 32.400.000 đồng.")),
        (2, "Phối hợp cải tiến Hệ thống thông tin giải quyết TTHC, kết nối Cổng một cửa quốc gia",
         "Phối hợp cập nhật quy trình điện tử trên Hệ thống thông tin giải quyết TTHC", 0, 0, "Đang thực hiện", "Không sử dụng kinh phí",
         E("II.2.h", "in_progress", {}, "Phối hợp cập nhật quy trình điện tử trên Hệ thống thông tin giải quyết TTHC.")),
        (3, "Phối hợp kết nối cơ sở dữ liệu quốc gia về TĐC",
         "Cung cấp danh mục dữ liệu dùng chung của Sở", None, None, "Đang thực hiện", "",
         E("II.2.i", "in_progress", {}, "Cung cấp danh mục dữ liệu dùng chung của Sở.")),
        (4, "Phối hợp đầu tư cơ sở vật chất, trang thiết bị cho đơn vị sự nghiệp",
         "Thẩm định dự toán mua sắm; thanh toán 02 gói thiết bị đợt 1", 3200000000, 1245600000, "Đang thực hiện", "Đợt 2 thanh toán tháng 12",
         E("II.4.a", "in_progress", {"budget_spent_vnd": 1245600000}, "Thẩm định dự toán mua sắm; thanh toán 02 gói thiết bị đợt 1; đã giải ngân 1.245.600.000 đồng.")),
        (5, "Khen thưởng, bảo vệ người tố giác vi phạm về TĐC",
         "Trong kỳ không có hồ sơ đề nghị khen thưởng", None, None, "Không phát sinh", "",
         E("II.5.d", "not_applicable", {}, "Trong kỳ không có hồ sơ đề nghị khen thưởng.")),
    ]
    hanh_xlsx("VP So - Bieu KQ CT38 va kinh phi.xlsx", ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "VĂN PHÒNG SỞ"), "3021/BC-VP",
              "TP. Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
              "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 VÀ TÌNH HÌNH SỬ DỤNG KINH PHÍ",
              rows, ["Dự toán mua sắm thiết bị giao muộn (tháng 5/2026) nên tiến độ giải ngân chậm."],
              ["Đề nghị Sở cho phép chuyển nguồn kinh phí mua sắm chưa giải ngân sang năm 2027."],
              ["CHÁNH VĂN PHÒNG", "Trần Thị Mai", "Bùi Đức Thắng"],
              ("SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ"), "2026-10-27")

    # 05 Phường Thủ Dầu Một
    rows = [
        (1, "Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng",
         "Tổ chức 01 hội nghị tuyên truyền cho 85 hộ kinh doanh; phát 10 tin trên loa phường", 6000000, 5200000, "Hoàn thành", "",
         E("II.1.a", "completed", {"training_courses": 1, "participants": 85, "communications": 10, "budget_spent_vnd": 5200000},
           "Tổ chức 01 hội nghị tuyên truyền cho 85 hộ kinh doanh; phát 10 tin trên loa phường; chi 5.200.000 đồng.")),
        (2, "Phối hợp kiểm tra đo lường, chất lượng hàng hóa theo phân quyền",
         "03 cuộc kiểm tra, 22 cơ sở; 02 cơ sở vi phạm, phạt 7.000.000 đồng", 12000000, 9000000, "Đang thực hiện", "Tiền phạt nộp KBNN",
         E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 22, "violations": 2, "fines_vnd": 7000000, "budget_spent_vnd": 9000000},
           "03 cuộc kiểm tra, 22 cơ sở; 02 cơ sở vi phạm, phạt 7.000.000 đồng; chi 9.000.000 đồng.")),
        (3, "Cử công chức tham gia tập huấn nghiệp vụ TĐC",
         "03 lượt công chức tham dự", None, None, "Hoàn thành", "Chi cục đài thọ",
         E("II.3.a", "completed", {"participants": 3}, "03 lượt công chức tham dự tập huấn nghiệp vụ TĐC.")),
        (4, "Áp dụng ISO 9001 trong giải quyết thủ tục hành chính tại UBND phường",
         "Chưa bố trí được kinh phí thuê tư vấn", 15000000, 0, "Chưa thực hiện", "",
         E("II.2.đ", "not_started", {}, "Chưa bố trí được kinh phí thuê tư vấn.")),
    ]
    hanh_xlsx("TDM_bieu bao cao CT38_2026.xlsx", ("UBND PHƯỜNG THỦ DẦU MỘT", "PHÒNG KINH TẾ"), "156/BC-PKT",
              "Thủ Dầu Một, ngày 24 tháng 10 năm 2026",
              "BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026 (CHỈ THỊ 38-CT/TW)",
              rows, ["Kinh phí bố trí cho công tác kiểm tra của phường còn thấp."],
              ["Đề nghị Chi cục hỗ trợ tài liệu tuyên truyền in sẵn cho các phường."],
              ["TRƯỞNG PHÒNG KINH TẾ", "Lý Thanh Vân", "Đặng Quốc Bảo"],
              ("25747", "Phường Thủ Dầu Một"), "2026-10-24", sheet="Bieu 01")

    # 06 MISTAKEN: Xã Long Hải giảm nghèo
    rows = [
        ("I", "Hỗ trợ hộ nghèo, hộ cận nghèo", None, None, None, None, None, None),
        (1, "Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế", "Hỗ trợ 26 hộ nghèo con giống, vật tư", 450000000, 312000000, "Đang thực hiện", "", None),
        (2, "Hỗ trợ nhà ở cho hộ nghèo", "Xây mới 04 căn, sửa chữa 06 căn", 600000000, 600000000, "Hoàn thành", "", None),
        (3, "Hỗ trợ đóng BHYT hộ cận nghèo", "1.120 thẻ BHYT", 840000000, 705000000, "Đang thực hiện", "", None),
        ("II", "Truyền thông và giảm nghèo về thông tin", None, None, None, None, None, None),
        (4, "Tập huấn nâng cao năng lực cán bộ giảm nghèo", "02 lớp, 95 lượt người", 30000000, 28500000, "Hoàn thành", "", None),
    ]
    hanh_xlsx("LongHai - Bieu giam ngheo 10T.xlsx", ("UBND XÃ LONG HẢI", "PHÒNG KINH TẾ"), "212/BC-UBND",
              "Long Hải, ngày 26 tháng 10 năm 2026",
              "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG NĂM 2026",
              rows, ["Nguồn vốn sự nghiệp giao chậm."], ["Đề nghị Thành phố sớm phân bổ vốn năm 2027."],
              ["TRƯỞNG PHÒNG KINH TẾ", "Phan Thị Ngọc", "Võ Văn Hùng"],
              ("26662", "Xã Long Hải"), "2026-10-26", sheet="Giam ngheo",
              entries_override=[], status="rejected",
              reason="Biểu về Chương trình mục tiêu quốc gia giảm nghèo bền vững, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW")
    KEYS["LongHai - Bieu giam ngheo 10T.xlsx"]["difficulties"] = []
    KEYS["LongHai - Bieu giam ngheo 10T.xlsx"]["proposals"] = []

    # 07 Phường Tân Định
    rows = [
        (1, "Thông tin, tuyên truyền về TĐC trên loa, fanpage phường",
         "12 tin, bài", 2000000, 1500000, "Hoàn thành", "",
         E("II.1.a", "completed", {"communications": 12, "budget_spent_vnd": 1500000}, "12 tin, bài trên loa, fanpage phường; chi 1.500.000 đồng.")),
        (2, "Phối hợp Chi cục TĐC kiểm tra cơ sở kinh doanh vàng bạc, trang sức",
         "02 cuộc, 15 cơ sở được kiểm tra", 5000000, 4500000, "Hoàn thành", "Chi bồi dưỡng thành viên đoàn",
         E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 15, "budget_spent_vnd": 4500000},
           "02 cuộc, 15 cơ sở kinh doanh vàng bạc được kiểm tra; chi 4.500.000 đồng.")),
        (3, "Duy trì hệ thống quản lý chất lượng ISO tại UBND phường",
         "Đã xây dựng 36 quy trình, đang đánh giá nội bộ", 18000000, 9600000, "Đang thực hiện", "",
         E("II.2.đ", "in_progress", {"budget_spent_vnd": 9600000}, "Đã xây dựng 36 quy trình, đang đánh giá nội bộ; giải ngân 9.600.000 đồng.")),
        (4, "Cử công chức dự tập huấn chuyên môn TĐC",
         "Chưa được phân bổ chỉ tiêu", None, None, "Chưa thực hiện", "",
         E("II.3.a", "not_started", {}, "Chưa được phân bổ chỉ tiêu.")),
    ]
    hanh_xlsx("TanDinh_BC TDC 2026 (kinh phi).xlsx", ("UBND PHƯỜNG TÂN ĐỊNH", "PHÒNG KINH TẾ"), "77/BC-KT",
              "Tân Định, ngày 30 tháng 10 năm 2026",
              "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 VÀ KINH PHÍ",
              rows, ["Phòng Kinh tế chỉ có 01 công chức theo dõi nhiều lĩnh vực."],
              ["Đề nghị Chi cục phân bổ chỉ tiêu tập huấn cho công chức phường trong Quý IV/2026.",
               "Đề nghị hướng dẫn định mức chi bồi dưỡng đoàn kiểm tra liên ngành cấp phường."],
              ["TRƯỞNG PHÒNG", "Hà Thị Lan", "Mai Xuân Trường"],
              ("26737", "Phường Tân Định"), "2026-10-30", col2="Nội dung công việc")


# ================================================================ HAND 5: Quân
# wide matrix: one column per kind of figure, "-" for nothing; status shown ONLY by the fill
# colour of the task cell, with a colour legend under the table; subtitle "Kèm theo Báo cáo số ...".
GREEN, YELLOW, GREY = "92D050", "FFFF00", "BFBFBF"
COLMAP = [("training_courses", "Số lớp, hội nghị, hội thảo"), ("participants", "Số lượt người"),
          ("communications", "Tin, bài"), ("enterprises_supported", "DN, tổ chức được hỗ trợ"),
          ("inspections", "Số cuộc KT"), ("establishments_inspected", "Số cơ sở được KT"),
          ("violations", "Số vi phạm"), ("fines_vnd", "Tiền phạt (đồng)"), ("samples_tested", "Số mẫu"),
          ("instruments_verified", "PTĐ kiểm định, hiệu chuẩn"), ("standards_reviewed", "TCVN, QCVN góp ý/xây dựng"),
          ("budget_spent_vnd", "Kinh phí đã chi (đồng)")]
FILL_OF = {"completed": GREEN, "in_progress": YELLOW, "not_started": GREY, "not_applicable": None}


def quan_xlsx(fname, unit_lines, number, date_dm, title, rows, diffs, props, unit, date_iso, signer):
    wb = Workbook(); ws = wb.active; ws.title = "Bieu 01"
    ncol = 3 + len(COLMAP) + 1
    from openpyxl.utils import get_column_letter as L
    ws.column_dimensions["A"].width = 5; ws.column_dimensions["B"].width = 44
    for i in range(3, ncol + 1): ws.column_dimensions[L(i)].width = 11
    ws.column_dimensions[L(ncol)].width = 30
    ws.merge_cells("A1:B1"); cellw(ws, "A1", unit_lines[0], align="center", size=11)
    ws.merge_cells("A2:B2"); cellw(ws, "A2", unit_lines[1], bold=True, align="center", size=11)
    ws.merge_cells(f"I1:{L(ncol)}1"); cellw(ws, "I1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align="center", size=11)
    ws.merge_cells(f"I2:{L(ncol)}2"); cellw(ws, "I2", "Độc lập - Tự do - Hạnh phúc", bold=True, align="center", size=11)
    ws.merge_cells(f"A4:{L(ncol)}4"); cellw(ws, "A4", title, bold=True, align="center", size=13)
    ws.merge_cells(f"A5:{L(ncol)}5")
    cellw(ws, "A5", f"(Kèm theo Báo cáo số {number} ngày {date_dm})", italic=True, align="center", size=11)
    hdr = ["TT", "Nội dung thực hiện", "Đơn vị phối hợp / chủ trì"] + [h for _, h in COLMAP] + ["Ghi chú"]
    for i, h in enumerate(hdr, 1):
        c = cellw(ws, f"{L(i)}7", h, bold=True, align="center", box=True, size=10)
    ws.row_dimensions[7].height = 48
    entries = []
    r = 8
    for k, (name, role, e, note) in enumerate(rows, 1):
        cellw(ws, f"A{r}", k, align="center", box=True, size=11)
        cellw(ws, f"B{r}", name, box=True, size=11, fill=FILL_OF[e["status"]])
        cellw(ws, f"C{r}", role, box=True, size=10, align="center")
        for j, (iid, _) in enumerate(COLMAP):
            v = e["indicators"].get(iid)
            fmt = "#,##0" if iid.endswith("_vnd") or (v or 0) >= 1000 else None
            cellw(ws, f"{L(4 + j)}{r}", v if v is not None else "-", box=True, align="center", size=11, fmt=fmt)
        cellw(ws, f"{L(ncol)}{r}", note, box=True, size=10)
        entries.append(e); r += 1
    r += 1
    cellw(ws, f"B{r}", "Ghi chú màu ô \"Nội dung thực hiện\":", italic=True, wrap=False, size=10); r += 1
    for col, txt in ((GREEN, "Đã hoàn thành"), (YELLOW, "Đang thực hiện"), (GREY, "Chưa thực hiện"), (None, "Không tô màu: không phát sinh trong kỳ")):
        cellw(ws, f"A{r}", "", box=True, fill=col)
        cellw(ws, f"B{r}", txt, italic=True, size=10, wrap=False); r += 1
    r += 1
    cellw(ws, f"B{r}", "Khó khăn, vướng mắc:", bold=True, wrap=False, size=11); r += 1
    for x in diffs:
        ws.merge_cells(f"B{r}:{L(ncol)}{r}"); cellw(ws, f"B{r}", "- " + x, size=11); r += 1
    cellw(ws, f"B{r}", "Đề xuất, kiến nghị:", bold=True, wrap=False, size=11); r += 1
    for x in props:
        ws.merge_cells(f"B{r}:{L(ncol)}{r}"); cellw(ws, f"B{r}", "- " + x, size=11); r += 1
    r += 1
    ws.merge_cells(f"J{r}:{L(ncol)}{r}"); cellw(ws, f"J{r}", signer[0], bold=True, align="center", size=11)
    r += 4
    ws.merge_cells(f"J{r}:{L(ncol)}{r}"); cellw(ws, f"J{r}", signer[1], bold=True, align="center", size=11)
    ws.freeze_panes = "C8"
    ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1
    wb.properties.creator = "quan.nv"
    wb.save(os.path.join(OUT, fname))
    key(fname, unit, number, date_iso, entries, diffs, props)


def hand_quan():
    rows = [
        ("Thu hút chuyên gia, nhà khoa học lĩnh vực TĐC theo NQ 27/2023/NQ-HĐND", "Chủ trì",
         E("II.3.c", "in_progress", {"budget_spent_vnd": 420000000}, "Thu hút chuyên gia, nhà khoa học lĩnh vực TĐC; kinh phí đã chi 420.000.000 đồng."),
         "Đã tiếp nhận 03 hồ sơ chuyên gia"),
        ("Hỗ trợ DN nâng cao năng suất qua nhiệm vụ KH&CN (CT 1322)", "Phối hợp",
         E("II.2.a", "completed", {"enterprises_supported": 5}, "Hỗ trợ 05 doanh nghiệp nâng cao năng suất qua nhiệm vụ KH&CN."),
         "05 nhiệm vụ nghiệm thu"),
        ("Hội thảo mạng lưới tư vấn năng suất", "Phối hợp",
         E("II.3.b", "completed", {"training_courses": 1, "participants": 74}, "01 hội thảo mạng lưới tư vấn năng suất, 74 đại biểu."),
         ""),
        ("Hợp tác APO về năng suất khu vực công", "Phối hợp",
         E("II.6.b", "not_applicable", {}, "Hợp tác APO về năng suất khu vực công: không phát sinh."),
         "Chưa có yêu cầu của Ủy ban TĐC QG"),
    ]
    quan_xlsx("QLKH_Bieu01_CT38_2026.xlsx", ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG QUẢN LÝ KHOA HỌC"), "59/BC-QLKH",
              "26/10/2026", "BIỂU SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026",
              rows, ["Mức thu nhập theo Nghị quyết 27/2023/NQ-HĐND chưa đủ hấp dẫn chuyên gia đầu ngành về đo lường."],
              ["Đề nghị bổ sung lĩnh vực tiêu chuẩn, đo lường, chất lượng vào danh mục ưu tiên thu hút năm 2027."],
              ("SKHCN-QLKH", "Phòng Quản lý Khoa học"), "2026-10-26", ["TRƯỞNG PHÒNG", "Ngô Thị Kim Oanh"])

    rows = [
        ("Vận động DN tham dự Giải thưởng Chất lượng Quốc gia", "Chủ trì",
         E("II.1.b", "completed", {"enterprises_supported": 9}, "Vận động, hướng dẫn 09 doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia."), ""),
        ("Hỗ trợ DN áp dụng HTQL, công bố hợp chuẩn, hợp quy", "Chủ trì",
         E("II.2.d", "in_progress", {"enterprises_supported": 46}, "Hỗ trợ 46 doanh nghiệp áp dụng HTQL, công bố hợp chuẩn, hợp quy."), "Thường xuyên"),
        ("Góp ý dự thảo TCVN, QCVN; xây dựng QCĐP", "Chủ trì",
         E("II.2.e", "in_progress", {"standards_reviewed": 9}, "Góp ý 09 dự thảo TCVN, QCVN."), "QCĐP chưa có đề xuất"),
        ("Kiểm tra chất lượng hàng hóa lưu thông, nhập khẩu", "Chủ trì",
         E("II.5.a", "in_progress", {"inspections": 4, "establishments_inspected": 52, "violations": 7, "fines_vnd": 63250000},
           "04 cuộc kiểm tra, 52 cơ sở, 07 vi phạm, phạt 63.250.000 đồng."), "Đoàn Quý IV đang làm"),
        ("Khảo sát chất lượng sản phẩm, hàng hóa", "Chủ trì",
         E("II.5.b", "completed", {"samples_tested": 85, "budget_spent_vnd": 96800000}, "Khảo sát 85 mẫu; kinh phí 96.800.000 đồng."), ""),
        ("Cập nhật điều ước, thỏa thuận quốc tế về TĐC (TBT)", "Chủ trì",
         E("II.6.a", "not_started", {}, "Cập nhật điều ước, thỏa thuận quốc tế về TĐC: chưa thực hiện."), "Chuyển sang Quý IV"),
    ]
    quan_xlsx("P.QLTCCL - so lieu CT38 den 31-10.xlsx", ("CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "PHÒNG QUẢN LÝ TIÊU CHUẨN CHẤT LƯỢNG"),
              "24/BC-TCCL", "21/10/2026", "SỐ LIỆU THỰC HIỆN NHIỆM VỤ TIÊU CHUẨN, CHẤT LƯỢNG THEO KẾ HOẠCH CT 38 NĂM 2026",
              rows, ["Số lượng hàng hóa nhập khẩu phải kiểm tra tăng mạnh trong khi nhân sự không đổi."],
              ["Đề nghị Lãnh đạo Chi cục bổ sung 02 công chức cho bộ phận kiểm tra hàng hóa nhập khẩu."],
              CCTDC, "2026-10-21", ["TRƯỞNG PHÒNG", "Đinh Quang Quân"])

    rows = [
        ("Tuyên truyền về TĐC trên Đài truyền thanh đặc khu", "Thực hiện",
         E("II.1.a", "completed", {"communications": 8}, "08 tin, bài tuyên truyền về TĐC trên Đài truyền thanh đặc khu."), ""),
        ("Phối hợp kiểm tra xăng dầu, cân tại chợ Côn Đảo", "Phối hợp",
         E("II.5.c", "in_progress", {"inspections": 1, "establishments_inspected": 9, "violations": 2, "fines_vnd": 3500000},
           "01 cuộc kiểm tra, 09 cơ sở, 02 vi phạm, phạt 3.500.000 đồng."), "Đợt 2 chờ tàu ra đảo"),
        ("Công chức dự tập huấn nghiệp vụ TĐC (trực tuyến)", "Tham dự",
         E("II.3.a", "completed", {"participants": 2}, "02 công chức dự tập huấn nghiệp vụ TĐC trực tuyến."), ""),
        ("Áp dụng ISO 9001 tại UBND đặc khu", "Thực hiện",
         E("II.2.đ", "not_started", {}, "Áp dụng ISO 9001 tại UBND đặc khu: chưa thực hiện."), "Đang chọn đơn vị tư vấn"),
        ("Hỗ trợ lấy mẫu khảo sát chất lượng", "Phối hợp",
         E("II.5.b", "not_applicable", {}, "Hỗ trợ lấy mẫu khảo sát chất lượng: không phát sinh."), ""),
    ]
    quan_xlsx("ConDao - bieu so lieu TDC 2026.xlsx", ("ỦY BAN NHÂN DÂN", "ĐẶC KHU CÔN ĐẢO"), "133/BC-UBND",
              "28/10/2026", "BIỂU SỐ LIỆU KẾT QUẢ CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026",
              rows, ["Đi lại giữa đất liền và đặc khu phụ thuộc thời tiết, khó bố trí đoàn kiểm tra phối hợp."],
              ["Đề nghị Chi cục hướng dẫn đặc khu tự kiểm tra cân tại chợ và ủy quyền lấy mẫu xăng dầu."],
              ("26732", "Đặc khu Côn Đảo"), "2026-10-28", ["TM. ỦY BAN NHÂN DÂN", "Trần Văn Sơn"])


if __name__ == "__main__":
    hand_phuc(); hand_linh(); hand_tam(); hand_hanh(); hand_quan()
    for fname, k in KEYS.items():
        with open(os.path.join(OUT, fname), "rb") as f:
            k["sha256"] = hashlib.sha256(f.read()).hexdigest()
        with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as f:
            json.dump(k, f, ensure_ascii=False, indent=2)
    print(len(KEYS), "files")
