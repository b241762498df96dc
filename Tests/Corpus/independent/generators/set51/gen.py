# -*- coding: utf-8 -*-
"""Generator for set51. Writes the report files and their truth keys.
Five hands: HAN (dept DOCX), PHUC (XLSX per-quarter status), SAU (ward DOCX caps labels),
TRAM (XLSX KH/TH paired rows), KHANH (DOCX shaded banner per task)."""
import hashlib, json, os, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
                       unit={"id": unit_id, "name": unit_name},
                       document={"number": number, "date": date},
                       entries=[dict(task=t, status=s, indicators=i, text=x) for (t, s, i, x) in entries],
                       findings=[], difficulties=diffs, proposals=props)


# ---------------------------------------------------------------- docx helpers
def base_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    return d


def para(d, text="", bold=False, italic=False, align=None, size=None, indent=True, space=6, underline=False):
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
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(space)
    return p


def runs(d, parts, indent=True, space=6):
    """parts: list of (text, style) where style in '', 'b', 'i', 'bi'"""
    p = d.add_paragraph()
    for t, s in parts:
        r = p.add_run(t)
        r.bold = "b" in s
        r.italic = "i" in s
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(space)
    return p


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def cell_lines(cell, lines):
    """lines: list of (text, bold, italic, underline)"""
    cell.paragraphs[0].text = ""
    first = True
    for (t, b, i, u) in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(t)
        r.bold, r.italic, r.underline = b, i, u
        r.font.size = Pt(12.5)
        p.paragraph_format.space_after = Pt(0)


def header_table(d, left, right, widths=(7.0, 9.5)):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    cell_lines(t.cell(0, 0), left)
    cell_lines(t.cell(0, 1), right)
    set_widths(t, widths)
    return t


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def sign_block(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    c0.paragraphs[0].text = ""
    first = True
    for (txt, b, i) in left_lines:
        p = c0.paragraphs[0] if first else c0.add_paragraph()
        first = False
        r = p.add_run(txt)
        r.bold, r.italic = b, i
        r.font.size = Pt(11 if not b else 12)
        p.paragraph_format.space_after = Pt(0)
    cell_lines(c1, [(x, b, i, False) for (x, b, i) in right_lines])


QH = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False, False),
      ("Độc lập - Tự do - Hạnh phúc", True, False, True)]


# ================================================================ HAND 1: HÂN (departments, DOCX)
def han_report(fname, unit_id, unit_name, upper_name, number, date_iso, date_line, kinh_gui, intro,
               items, diffs, props, signer, role):
    d = base_doc()
    header_table(d, [("ỦY BAN NHÂN DÂN", False, False, False),
                     ("THÀNH PHỐ HỒ CHÍ MINH", False, False, False),
                     (upper_name, True, False, True),
                     ("", False, False, False),
                     ("Số: " + number, False, False, False)],
                 QH + [("", False, False, False), (date_line, False, True, False)])
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c", space=0, size=14)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW\nvề đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026",
         bold=True, align="c", space=12)
    para(d, "Kính gửi: " + kinh_gui, align="c", space=12)
    para(d, intro)
    para(d, "I. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG ĐƯỢC GIAO", bold=True, indent=True)
    entries = []
    for n, (task, status, ind, quote, body) in enumerate(items, 1):
        runs(d, [(f"{n}. Nội dung ", "b"), ("“" + quote + "”", "bi")])
        for b in body:
            para(d, b)
        entries.append((task, status, ind, " ".join(body)))
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for x in diffs:
        para(d, "- " + x)
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for x in props:
        para(d, "- " + x)
    para(d, f"Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của {unit_name}, kính gửi Sở Khoa học và Công nghệ tổng hợp./.")
    sign_block(d, [("Nơi nhận:", True, True), ("- Như trên;", False, False),
                   ("- Giám đốc Sở (để b/c);", False, False), ("- Lưu: VT, " + role[0] + ".", False, False)],
               [(role[1], True, False), (role[2], True, False), ("", False, False), ("(đã ký)", False, True),
                ("", False, False), (signer, True, False)])
    d.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, entries, diffs, props)


def hand_han():
    # 1. Sở Công Thương
    items = [
        ("II.1.a", "completed", {"training_courses": 2, "participants": 186},
         "Tổ chức các lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng đối với cá nhân, tổ chức, doanh nghiệp sản xuất kinh doanh",
         ["Sở đã hoàn thành nội dung này trong quý III/2026. Cụ thể, Sở phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 02 (hai) lớp tập huấn về ghi nhãn hàng hóa và đo lường trong kinh doanh xăng dầu, khí dầu mỏ hóa lỏng, có 186 (một trăm tám mươi sáu) lượt người tham dự là đại diện thương nhân phân phối, tổng đại lý và cửa hàng bán lẻ."]),
        ("II.2.a", "in_progress", {"enterprises_supported": 14, "budget_spent_vnd": 1260000000},
         "Triển khai Kế hoạch nâng cao năng suất và chất lượng dựa trên nền tảng khoa học và công nghệ và đổi mới sáng tạo",
         ["Sở đang tiếp tục thực hiện nội dung này. Từ nguồn kinh phí khuyến công năm 2026, Sở đã hỗ trợ 14 (mười bốn) doanh nghiệp công nghiệp hỗ trợ áp dụng các công cụ cải tiến năng suất (5S, Kaizen, quản lý tinh gọn), kinh phí đã giải ngân 1.260.000.000 đồng (một tỷ hai trăm sáu mươi triệu đồng); các đề án còn lại dự kiến nghiệm thu trong tháng 12/2026."]),
        ("II.5.a", "in_progress", {"inspections": 9, "establishments_inspected": 57, "violations": 8, "fines_vnd": 126500000},
         "Tổ chức kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng bảo đảm an toàn của sản phẩm, hàng hóa trong tiêu dùng, sản xuất, nhập khẩu, lưu thông trên thị trường",
         ["Nội dung này Sở đang triển khai theo Kế hoạch kiểm tra năm 2026. Đến ngày 20/10/2026, Chi cục Quản lý thị trường đã tiến hành 09 (chín) cuộc kiểm tra tại 57 (năm mươi bảy) cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng, phân bón; phát hiện 08 (tám) cơ sở vi phạm về đo lường, nhãn hàng hóa, đã ban hành quyết định xử phạt vi phạm hành chính với tổng số tiền 126.500.000 đồng."]),
        ("II.2.e", "completed", {"standards_reviewed": 3},
         "Phối hợp với các sở, ban, ngành liên quan xây dựng, góp ý quy chuẩn kỹ thuật quốc gia",
         ["Sở đã hoàn thành việc góp ý 03 (ba) dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Công Thương chủ trì soạn thảo (an toàn bình chịu áp lực, khí dầu mỏ hóa lỏng, an toàn điện) theo đề nghị của Sở Khoa học và Công nghệ."]),
        ("II.6.a", "in_progress", {"communications": 12},
         "Cập nhật kịp thời các điều ước, các thỏa thuận quốc tế có liên quan về công tác tiêu chuẩn, đo lường, chất lượng mà Việt Nam tham gia",
         ["Đây là nhiệm vụ thường xuyên, Sở đang tiếp tục thực hiện. Trong năm, Sở đăng tải 12 (mười hai) tin về hàng rào kỹ thuật trong thương mại (TBT) và các cam kết trong các Hiệp định thương mại tự do trên Cổng thông tin điện tử của Sở để doanh nghiệp xuất khẩu theo dõi."]),
    ]
    diffs = ["Lực lượng quản lý thị trường sau sắp xếp còn mỏng so với địa bàn rộng, số lượng cơ sở kinh doanh xăng dầu, khí lớn.",
             "Một số doanh nghiệp nhỏ chưa quan tâm tham gia chương trình nâng cao năng suất do phải đối ứng kinh phí."]
    props = ["Đề nghị Sở Khoa học và Công nghệ cung cấp danh mục phương tiện đo nhóm 2 hết hạn kiểm định để phối hợp kiểm tra.",
             "Đề nghị tiếp tục bố trí kinh phí tổ chức tập huấn về đo lường cho hộ kinh doanh tại các chợ đầu mối."]
    han_report("sct-bao-cao-ct38-2026.docx", "SO-CT", "Sở Công Thương", "SỞ CÔNG THƯƠNG", "3125/BC-SCT",
               "2026-10-27", "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026", "Sở Khoa học và Công nghệ",
               "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 và Công văn đề nghị báo cáo kết quả thực hiện, Sở Công Thương báo cáo kết quả thực hiện các nội dung có liên quan như sau:",
               items, diffs, props, "Trần Quốc Bảo", ("KH", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"))

    # 2. Sở Xây dựng
    items = [
        ("II.5.a", "completed", {"inspections": 6, "establishments_inspected": 31, "samples_tested": 24, "violations": 2, "fines_vnd": 45000000},
         "Tổ chức kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng bảo đảm an toàn của sản phẩm, hàng hóa",
         ["Sở đã hoàn thành Kế hoạch kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng năm 2026. Kết quả: thực hiện 06 (sáu) cuộc kiểm tra tại 31 (ba mươi mốt) cơ sở sản xuất, kinh doanh xi măng, thép, kính xây dựng; lấy 24 (hai mươi bốn) mẫu gửi thử nghiệm.",
          "Qua kiểm tra phát hiện 02 (hai) cơ sở vi phạm về công bố hợp quy và ghi nhãn, xử phạt 45.000.000 đồng (bốn mươi lăm triệu đồng)."]),
        ("II.2.e", "in_progress", {"standards_reviewed": 5},
         "Phối hợp xây dựng, góp ý quy chuẩn kỹ thuật quốc gia do các Bộ, cơ quan ngang Bộ quản lý ngành, lĩnh vực khác ban hành",
         ["Sở đang thực hiện theo đề nghị của Bộ Xây dựng; đến nay đã góp ý 05 (năm) dự thảo tiêu chuẩn quốc gia, quy chuẩn kỹ thuật quốc gia lĩnh vực xây dựng, còn 01 dự thảo đang tổng hợp ý kiến các phòng."]),
        ("II.2.đ", "completed", {},
         "Tổ chức triển khai xây dựng, áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng tiên tiến trong hoạt động các cơ quan",
         ["Sở đã hoàn thành việc duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, cập nhật quy trình đối với các thủ tục hành chính mới được công bố và công bố lại hệ thống vào tháng 8/2026."]),
        ("II.3.a", "completed", {"participants": 4},
         "Tổ chức các chương trình tập huấn và cập nhật kiến thức về chuyên môn, nghiệp vụ công tác tiêu chuẩn, đo lường, chất lượng cho công chức các Sở, ngành",
         ["Sở đã cử 04 (bốn) công chức Phòng Quản lý vật liệu xây dựng tham gia lớp tập huấn nghiệp vụ do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức; nội dung này đã hoàn thành."]),
    ]
    diffs = ["Chi phí thử nghiệm mẫu vật liệu xây dựng cao, kinh phí bố trí cho công tác lấy mẫu còn hạn chế."]
    props = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng vật liệu xây dựng trên thị trường để phối hợp kiểm tra.",
             "Đề nghị tổ chức thêm lớp tập huấn chuyên sâu về hợp quy vật liệu xây dựng theo QCVN 16:2023/BXD."]
    han_report("sxd-bc-ct38-nam-2026.docx", "SO-XD", "Sở Xây dựng", "SỞ XÂY DỰNG", "5870/BC-SXD",
               "2026-10-30", "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026", "Sở Khoa học và Công nghệ",
               "Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Xây dựng báo cáo như sau:",
               items, diffs, props, "Lê Hoàng Nam", ("QLVLXD", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"))

    # 3. Sở Nông nghiệp và Môi trường
    items = [
        ("II.5.a", "in_progress", {"inspections": 11, "establishments_inspected": 94, "samples_tested": 52, "violations": 6, "fines_vnd": 187000000},
         "Tổ chức kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng bảo đảm an toàn của sản phẩm, hàng hóa trong tiêu dùng, sản xuất",
         ["Nội dung này Sở đang tiếp tục thực hiện. Từ đầu năm đến nay, Sở đã thành lập 11 (mười một) đoàn kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi tại 94 (chín mươi bốn) cơ sở; lấy 52 (năm mươi hai) mẫu kiểm nghiệm chỉ tiêu chất lượng; xử lý 06 (sáu) cơ sở vi phạm với tổng số tiền phạt 187.000.000 đồng."]),
        ("II.2.a", "in_progress", {"enterprises_supported": 23},
         "Kế hoạch triển khai, áp dụng và quản lý hệ thống truy xuất nguồn gốc trên địa bàn Thành phố Hồ Chí Minh (Đề án 100)",
         ["Sở đang triển khai; đã hướng dẫn 23 (hai mươi ba) hợp tác xã, doanh nghiệp sản xuất rau, quả, thủy sản áp dụng mã số vùng trồng và tem truy xuất nguồn gốc điện tử."]),
        ("II.1.a", "completed", {"training_courses": 1, "participants": 120},
         "Tổ chức các lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng",
         ["Sở đã hoàn thành; phối hợp tổ chức 01 (một) hội nghị phổ biến quy định về chất lượng vật tư nông nghiệp cho 120 (một trăm hai mươi) đại biểu là đại diện các cơ sở sản xuất, kinh doanh."]),
        ("II.2.e", "not_applicable", {},
         "Góp ý quy chuẩn kỹ thuật quốc gia do các Bộ, cơ quan ngang Bộ quản lý ngành, lĩnh vực khác ban hành",
         ["Nội dung này không phát sinh trong kỳ báo cáo do Sở chưa nhận được dự thảo quy chuẩn kỹ thuật nào cần lấy ý kiến."]),
        ("II.2.đ", "completed", {},
         "Xây dựng, áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng tiên tiến trong hoạt động các cơ quan",
         ["Sở đã hoàn thành việc xây dựng, áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho các lĩnh vực sau hợp nhất, và đã công bố phù hợp."]),
    ]
    diffs = ["Sau hợp nhất, hệ thống văn bản, quy trình nội bộ của hai sở cũ chưa thống nhất, mất thời gian rà soát.",
             "Kinh phí lấy mẫu, kiểm nghiệm vật tư nông nghiệp không đáp ứng đủ nhu cầu kiểm tra."]
    props = ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ tư vấn chuyên môn về truy xuất nguồn gốc cho các hợp tác xã nông nghiệp."]
    han_report("snnmt-bao-cao-chi-thi-38.docx", "SO-NNMT", "Sở Nông nghiệp và Môi trường", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
               "4412/BC-SNNMT", "2026-10-29", "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026", "Sở Khoa học và Công nghệ",
               "Thực hiện đề nghị của Sở Khoa học và Công nghệ, Sở Nông nghiệp và Môi trường báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
               items, diffs, props, "Nguyễn Văn Phước", ("CCTT", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"))

    # 4. Sở Y tế  (later re-saved through LibreOffice)
    items = [
        ("II.5.a", "in_progress", {"inspections": 5, "establishments_inspected": 42, "violations": 1},
         "Tổ chức kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng",
         ["Sở đang thực hiện nội dung này lồng ghép trong kiểm tra định kỳ cơ sở khám bệnh, chữa bệnh. Đến nay đã tổ chức 05 (năm) cuộc kiểm tra việc kiểm định phương tiện đo nhóm 2 (huyết áp kế, nhiệt kế y học, cân sức khỏe) tại 42 (bốn mươi hai) cơ sở; 01 (một) cơ sở sử dụng phương tiện đo quá hạn kiểm định, đã yêu cầu khắc phục."]),
        ("II.2.đ", "completed", {},
         "Duy trì, cải tiến hệ thống quản lý chất lượng tiên tiến trong hoạt động các cơ quan",
         ["Sở đã hoàn thành việc duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở, thực hiện đánh giá nội bộ trong tháng 6/2026."]),
        ("II.3.a", "completed", {"participants": 6},
         "Tập huấn, cập nhật kiến thức về chuyên môn, nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho công chức các Sở, ngành",
         ["Nội dung đã hoàn thành: Sở cử 06 (sáu) công chức, viên chức tham dự khóa tập huấn về đo lường trong lĩnh vực y tế."]),
        ("II.1.a", "completed", {"communications": 9},
         "Tuyên truyền, nâng cao nhận thức về tiêu chuẩn, đo lường, chất lượng",
         ["Sở đã hoàn thành việc đăng tải 09 (chín) tin, bài phổ biến quy định về đo lường, chất lượng trang thiết bị y tế trên Trang thông tin điện tử của Sở."]),
    ]
    diffs = ["Nhiều cơ sở y tế tư nhân chưa lập danh mục phương tiện đo phải kiểm định."]
    props = ["Đề nghị Sở Khoa học và Công nghệ hướng dẫn danh mục phương tiện đo nhóm 2 sử dụng trong lĩnh vực y tế và chu kỳ kiểm định."]
    han_report("syt-bc-thuc-hien-kh-ct38.docx", "SO-YT", "Sở Y tế", "SỞ Y TẾ", "2968/BC-SYT",
               "2026-10-26", "Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026", "Sở Khoa học và Công nghệ",
               "Sở Y tế báo cáo kết quả thực hiện các nội dung có liên quan trong Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
               items, diffs, props, "Phạm Thị Hồng Vân", ("NVY", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"))


# ================================================================ HAND 2: PHÚC (XLSX, one status column per quarter)
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def phuc_report(fname, unit_id, unit_name, upper_name, number, date_iso, date_txt, rows, diffs, props, signer):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "BC CT38"
    cols = ["STT", "Nội dung công việc", "Quý I", "Quý II", "Quý III", "Quý IV (dự kiến)",
            "Số lớp/hội nghị", "Lượt người", "Tin, bài", "DN được hướng dẫn", "Số cuộc KT", "Cơ sở được KT",
            "Cơ sở vi phạm", "Tiền phạt (đồng)", "Ghi chú"]
    imap = {6: "training_courses", 7: "participants", 8: "communications", 9: "enterprises_supported",
            10: "inspections", 11: "establishments_inspected", 12: "violations", 13: "fines_vnd"}
    ws["A1"] = upper_name
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = f"(Kèm theo Báo cáo số {number} ngày {date_txt} của {unit_name})"
    ws["A3"].font = Font(italic=True)
    ws["C4"] = "Tình hình thực hiện theo quý"
    ws.merge_cells("C4:F4")
    ws["G4"] = "Kết quả lũy kế đến thời điểm báo cáo"
    ws.merge_cells("G4:N4")
    for c, h in enumerate(cols, 1):
        ws.cell(5, c, h)
    for r in (4, 5):
        for c in range(1, len(cols) + 1):
            cl = ws.cell(r, c)
            cl.font = Font(bold=True)
            cl.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
            cl.border = BOX
            cl.fill = PatternFill("solid", fgColor="DDEBF7")
    r = 6
    entries = []
    for i, (task, status, text, q, vals, note) in enumerate(rows, 1):
        ws.cell(r, 1, i)
        ws.cell(r, 2, text)
        for j, s in enumerate(q):
            if s:
                ws.cell(r, 3 + j, s)
        ind = {}
        for c, v in vals.items():
            ws.cell(r, c + 1, v)
            ind[imap[c]] = v
        if note:
            ws.cell(r, 15, note)
        for c in range(1, 16):
            cl = ws.cell(r, c)
            cl.border = BOX
            cl.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left" if c in (2, 15) else "center")
        ws.cell(r, 14).number_format = "#,##0"
        entries.append((task, status, ind, text + (" " + note if note else "")))
        r += 1
    r += 1
    ws.cell(r, 2, "Khó khăn, vướng mắc:").font = Font(bold=True)
    r += 1
    for k, x in enumerate(diffs, 1):
        ws.cell(r, 2, f"{k}) {x}")
        r += 1
    ws.cell(r, 2, "Kiến nghị, đề xuất:").font = Font(bold=True)
    r += 1
    for k, x in enumerate(props, 1):
        ws.cell(r, 2, f"{k}) {x}")
        r += 1
    r += 1
    ws.cell(r, 2, "Người lập biểu")
    ws.cell(r, 11, "THỦ TRƯỞNG ĐƠN VỊ").font = Font(bold=True)
    ws.cell(r + 4, 2, "Võ Minh Phúc")
    ws.cell(r + 4, 11, signer).font = Font(bold=True)
    ws.cell(r + 5, 2, "Ghi chú: cột Quý IV ghi tình hình dự kiến đến 31/12/2026.").font = Font(italic=True, size=9)
    widths = [5, 48, 12, 12, 12, 13, 9, 9, 8, 10, 8, 9, 9, 14, 28]
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.freeze_panes = "C6"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, entries, diffs, props)


def hand_phuc():
    # 5. Sở GD&ĐT
    rows = [
        ("II.3.d", "completed", "Lồng ghép nội dung tiêu chuẩn, đo lường, chất lượng, nhãn hàng hóa trong hoạt động bồi dưỡng giáo viên và ngoại khóa học sinh các trường trung cấp, trung tâm GDNN-GDTX",
         ["Chưa bắt đầu", "Đang làm", "Hoàn thành", ""], {6: 4, 7: 1350}, "4 buổi chuyên đề"),
        ("II.1.a", "in_progress", "Tuyên truyền trên cổng thông tin ngành giáo dục về tiêu chuẩn, đo lường, chất lượng",
         ["Đang làm", "Đang làm", "Đang làm", "Hoàn thành"], {8: 18}, ""),
        ("II.2.đ", "completed", "Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở",
         ["Đang làm", "Hoàn thành", "", ""], {}, "Đã công bố lại tháng 5/2026"),
        ("II.5.a", "in_progress", "Phối hợp kiểm tra chất lượng thiết bị dạy học, đồ chơi trẻ em tại các cơ sở giáo dục mầm non, phổ thông",
         ["Chưa bắt đầu", "Chưa bắt đầu", "Đang làm", "Hoàn thành"], {10: 3, 11: 26}, "Đợt 2 dự kiến tháng 11"),
    ]
    diffs = ["Giáo viên phụ trách thiết bị tại các trường chủ yếu kiêm nhiệm, chưa được bồi dưỡng về tiêu chuẩn, chất lượng thiết bị dạy học.",
             "Chưa có tài liệu tuyên truyền phù hợp lứa tuổi học sinh."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng biên soạn tài liệu ngoại khóa về đo lường, chất lượng cho học sinh."]
    phuc_report("sgddt-bieu-th-ct38-q3.xlsx", "SO-GDDT", "Sở Giáo dục và Đào tạo", "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
                "1877/BC-SGDĐT", "2026-10-24", "24/10/2026", rows, diffs, props, "Nguyễn Thị Kim Chi")

    # 6. Sở An toàn thực phẩm
    rows = [
        ("II.5.a", "in_progress", "Kiểm tra việc ghi nhãn, công bố sản phẩm và đo lường trong kinh doanh thực phẩm bao gói sẵn",
         ["Đang làm", "Đang làm", "Đang làm", "Hoàn thành"], {9: None, 10: 14, 11: 163, 12: 21, 13: 298400000}, "Lấy 75 mẫu kiểm nghiệm"),
        ("II.5.c", "completed", "Phối hợp UBND phường, xã kiểm tra đo lường (cân) tại các chợ truyền thống",
         ["Chưa bắt đầu", "Đang làm", "Hoàn thành", ""], {10: 7, 11: 12}, "12 chợ"),
        ("II.1.a", "completed", "Hội nghị phổ biến quy định về ghi nhãn, công bố sản phẩm thực phẩm",
         ["Đang làm", "Hoàn thành", "", ""], {6: 3, 7: 540}, ""),
        ("II.2.d", "in_progress", "Hướng dẫn doanh nghiệp tự công bố sản phẩm, áp dụng tiêu chuẩn cơ sở",
         ["Đang làm", "Đang làm", "Đang làm", "Đang làm"], {9: 86}, "Thường xuyên"),
    ]
    # None means written nowhere; drop it
    rows[0][4].pop(9)
    diffs = ["Số cơ sở kinh doanh thực phẩm nhỏ lẻ nhiều, thay đổi địa điểm thường xuyên.",
             "Chi phí kiểm nghiệm mẫu thực phẩm cao."]
    props = ["Đề nghị Sở Khoa học và Công nghệ phối hợp chia sẻ dữ liệu công bố hợp quy để tránh kiểm tra trùng lặp.",
             "Đề nghị hỗ trợ kiểm định miễn phí cân tại các chợ truyền thống."]
    phuc_report("so-attp-tien-do-ct38.xlsx", "SO-ATTP", "Sở An toàn thực phẩm", "SỞ AN TOÀN THỰC PHẨM",
                "2544/BC-SATTP", "2026-10-28", "28/10/2026", rows, diffs, props, "Đặng Quang Huy")
    # the 75 samples are only in Ghi chú: key them as well
    KEYS["so-attp-tien-do-ct38.xlsx"]["entries"][0]["indicators"]["samples_tested"] = 75

    # 7. Thanh tra Thành phố
    rows = [
        ("II.5.d", "in_progress", "Tiếp nhận, xử lý phản ánh, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng; thanh tra trách nhiệm quản lý nhà nước",
         ["Đang làm", "Đang làm", "Đang làm", "Đang làm"], {10: 2}, "02 cuộc thanh tra trách nhiệm"),
        ("II.2.c", "not_applicable", "Góp ý dự thảo văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng",
         ["Không phát sinh", "Không phát sinh", "Không phát sinh", ""], {}, ""),
        ("II.3.a", "completed", "Cử thanh tra viên dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng",
         ["", "Hoàn thành", "", ""], {7: 3}, "03 thanh tra viên"),
    ]
    diffs = ["Đơn thư phản ánh về đo lường, chất lượng phần lớn nặc danh, thiếu thông tin để xác minh."]
    props = ["Đề nghị Sở Khoa học và Công nghệ cử chuyên gia hỗ trợ đoàn thanh tra khi có nội dung chuyên ngành đo lường."]
    phuc_report("thanh-tra-tp-ct38-2026.xlsx", "THANHTRA-TP", "Thanh tra Thành phố", "THANH TRA THÀNH PHỐ",
                "418/BC-TTTP", "2026-10-21", "21/10/2026", rows, diffs, props, "Hồ Văn Lợi")

    # 8. Sở Văn hóa và Thể thao
    rows = [
        ("II.1.a", "in_progress", "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên báo chí, pano, màn hình LED công cộng",
         ["Đang làm", "Đang làm", "Đang làm", "Hoàn thành"], {8: 26}, "tin, bài, phóng sự"),
        ("II.1.b", "completed", "Thông tin về Giải thưởng Chất lượng Quốc gia trên các phương tiện thông tin đại chúng",
         ["Chưa bắt đầu", "Hoàn thành", "", ""], {8: 4}, ""),
        ("II.2.đ", "completed", "Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
         ["Hoàn thành", "", "", ""], {}, ""),
        ("II.5.a", "not_applicable", "Kiểm tra chất lượng dụng cụ, trang thiết bị thể dục thể thao",
         ["Không phát sinh", "Không phát sinh", "Không phát sinh", "Không phát sinh"], {}, ""),
    ]
    diffs = ["Kinh phí thông tin, tuyên truyền lĩnh vực tiêu chuẩn, đo lường, chất lượng chưa được bố trí riêng."]
    props = ["Đề nghị Sở Khoa học và Công nghệ cung cấp nội dung, hình ảnh tuyên truyền để phát trên màn hình LED công cộng."]
    phuc_report("svhtt-ket-qua-ct38.xlsx", "SO-VHTT", "Sở Văn hóa và Thể thao", "SỞ VĂN HÓA VÀ THỂ THAO",
                "3301/BC-SVHTT", "2026-10-31", "31/10/2026", rows, diffs, props, "Lâm Thị Thu Hà")


# ================================================================ HAND 3: SÁU (ward DOCX, ALL-CAPS topic labels)
def sau_report(fname, unit_id, unit_name, upper_name, place, number, date_iso, dd, mm, intro, blocks, diffs, props,
               signer, status="extracted", reason=None, title2="Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"):
    d = base_doc(size=13)
    header_table(d, [("ỦY BAN NHÂN DÂN", True, False, False), (upper_name, True, False, True),
                     ("", False, False, False), ("Số: " + number, False, False, False)],
                 QH + [("", False, False, False), (f"{place}, ngày {dd} tháng {mm} năm 2026", False, True, False)],
                 widths=(6.5, 10))
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c", space=0)
    para(d, title2, bold=True, align="c", space=12)
    para(d, intro)
    entries = []
    for (label, task, st, ind, texts) in blocks:
        para(d, label, bold=True, indent=False, space=3)
        for t in texts:
            para(d, t)
        if task:
            entries.append((task, st, ind, " ".join(texts)))
    if diffs:
        para(d, "KHÓ KHĂN:", bold=True, indent=False, space=3)
        for x in diffs:
            para(d, "- " + x)
    if props:
        para(d, "KIẾN NGHỊ:", bold=True, indent=False, space=3)
        for x in props:
            para(d, "- " + x)
    para(d, "Trên đây là báo cáo của Ủy ban nhân dân " + unit_name.replace("Phường", "phường").replace("Xã", "xã") + "./.")
    sign_block(d, [("Nơi nhận:", True, True), ("- Sở KH&CN;", False, False), ("- TT ĐU, TT HĐND;", False, False),
                   ("- Lưu: VT, KT.", False, False)],
               [("TM. ỦY BAN NHÂN DÂN", True, False), ("KT. CHỦ TỊCH", True, False), ("PHÓ CHỦ TỊCH", True, False),
                ("", False, False), ("", False, False), (signer, True, False)])
    d.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, entries, diffs, props, status=status, reason=reason)
    if status == "rejected":
        KEYS[fname]["entries"] = []
        KEYS[fname]["difficulties"] = []
        KEYS[fname]["proposals"] = []


def hand_sau():
    # 9. Phường Tăng Nhơn Phú
    blocks = [
        ("TUYÊN TRUYỀN:", "II.1.a", "in_progress", {"communications": 6},
         ["Phường giao Văn phòng HĐND-UBND in tờ rơi phát cho bà con tiểu thương ở chợ và hộ kinh doanh dọc các tuyến đường chính, nhắc việc dùng cân đúng, hàng hóa có nhãn. Đăng 6 tin trên trang fanpage của phường và phát trên loa các khu phố. Việc này còn đang làm tiếp tới cuối năm."]),
        ("KIỂM TRA ĐO LƯỜNG Ở CHỢ, CÂY XĂNG:", "II.5.c", "completed", {"inspections": 3, "establishments_inspected": 22, "violations": 4, "fines_vnd": 7500000},
         ["Phường có phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng đi kiểm tra 3 cuộc, tổng cộng 22 cơ sở (chợ Tăng Nhơn Phú, chợ Phước Long và 4 cây xăng). Phát hiện 4 trường hợp cân sai, không kiểm định, đã lập biên bản, phạt tổng cộng 7 triệu rưỡi. Đợt kiểm tra năm nay đã xong."]),
        ("TẬP HUẤN CÁN BỘ:", "II.3.a", "completed", {"participants": 2},
         ["Cử 2 cán bộ Phòng Kinh tế đi dự lớp tập huấn do Sở KH&CN tổ chức hồi tháng 6. Việc này đã xong."]),
        ("ISO Ở BỘ PHẬN MỘT CỬA:", "II.2.đ", "in_progress", {},
         ["Phường đang chuyển hệ thống quản lý chất lượng ISO 9001 sang làm trên môi trường mạng cho phù hợp với bộ máy mới sau sắp xếp, còn đang làm, chưa xong."]),
    ]
    diffs = ["Phường không có cán bộ chuyên trách về tiêu chuẩn, đo lường, chất lượng, anh em làm kiêm nhiệm.",
             "Tiểu thương ở chợ còn dùng cân tiểu ly không kiểm định, nhắc nhiều lần nhưng chưa chuyển biến."]
    props = ["Đề nghị Sở KH&CN tổ chức kiểm định cân miễn phí tại chợ cho bà con tiểu thương.",
             "Đề nghị cấp tờ rơi, tài liệu tuyên truyền mẫu để phường in phát."]
    sau_report("ubnd-p-tang-nhon-phu-bc-ct38.docx", "26842", "Phường Tăng Nhơn Phú", "PHƯỜNG TĂNG NHƠN PHÚ", "Tăng Nhơn Phú",
               "214/BC-UBND", "2026-10-22", "22", "10",
               "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị 38-CT/TW năm 2026, Ủy ban nhân dân phường báo cáo kết quả như sau:",
               blocks, diffs, props, "Nguyễn Văn Sáu")

    # 10. Phường Phú Lợi
    blocks = [
        ("TUYÊN TRUYỀN:", "II.1.a", "completed", {"training_courses": 1, "participants": 65},
         ["Tháng 5 vừa rồi phường có tổ chức 1 buổi hội nghị tuyên truyền cho hộ kinh doanh ở chợ Phú Lợi, có 65 hộ tới dự, nói về cân đo, ghi nhãn hàng hóa. Việc này đã xong."]),
        ("KIỂM TRA:", "II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 15, "violations": 2, "fines_vnd": 12800000},
         ["Phường phối hợp với Chi cục kiểm tra 2 cuộc, 15 cơ sở kinh doanh (tạp hóa, vàng bạc, cây xăng). Có 2 cơ sở vi phạm, phạt 12 triệu 800 ngàn. Còn đang làm tiếp, quý IV dự kiến kiểm tra thêm một đợt."]),
        ("TẬP HUẤN CÁN BỘ:", "II.3.a", "not_started", {},
         ["Năm nay phường chưa cử được người đi tập huấn vì trùng lịch tiếp công dân, chưa làm được."]),
        ("ISO:", "II.2.đ", "completed", {},
         ["Phường đã xây dựng xong hệ thống ISO 9001 cho các thủ tục hành chính theo bộ máy mới, đã công bố. Việc này đã xong."]),
    ]
    diffs = ["Cán bộ phụ trách mới nhận việc sau sắp xếp, chưa nắm vững nghiệp vụ đo lường."]
    props = ["Đề nghị Sở mở thêm lớp tập huấn vào cuối tuần để cán bộ phường dễ sắp xếp đi học."]
    sau_report("pl-bao-cao-38.docx", "25750", "Phường Phú Lợi", "PHƯỜNG PHÚ LỢI", "Phú Lợi",
               "388/BC-UBND", "2026-10-28", "28", "10",
               "Ủy ban nhân dân phường Phú Lợi báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026 như sau:",
               blocks, diffs, props, "Trương Công Lý")

    # 11. Xã Châu Đức  -- MISTAKEN: phòng chống thiên tai
    blocks = [
        ("CHỈ ĐẠO, ĐIỀU HÀNH:", None, None, None,
         ["Ủy ban nhân dân xã kiện toàn Ban Chỉ huy phòng thủ dân sự xã, phân công thành viên phụ trách từng ấp; xây dựng phương án ứng phó mưa lớn, lốc xoáy, sạt lở mùa mưa năm 2026."]),
        ("THIỆT HẠI:", None, None, None,
         ["Từ đầu mùa mưa tới nay trên địa bàn xảy ra 3 trận lốc, làm tốc mái 17 căn nhà, ngã đổ 64 cây cao su; thiệt hại ước khoảng 1 tỷ 2. Không có thiệt hại về người."]),
        ("KHẮC PHỤC:", None, None, None,
         ["Xã huy động 120 lượt dân quân, đoàn viên giúp dân lợp lại mái nhà; trích quỹ phòng chống thiên tai hỗ trợ 17 hộ, mỗi hộ 3 triệu rưỡi. Việc khắc phục đã xong."]),
        ("DIỄN TẬP:", None, None, None,
         ["Tháng 9 xã tổ chức diễn tập ứng phó lốc xoáy ở ấp Suối Nghệ, có 150 người tham gia."]),
    ]
    diffs = ["Một số hộ dân ở ven suối chưa chịu di dời khi có cảnh báo mưa lớn."]
    props = ["Đề nghị Thành phố hỗ trợ kinh phí nạo vét suối Ông Tô trước mùa mưa năm sau."]
    sau_report("xa-chau-duc-bc-pctt.docx", "26596", "Xã Châu Đức", "XÃ CHÂU ĐỨC", "Châu Đức",
               "97/BC-UBND", "2026-10-20", "20", "10",
               "Ủy ban nhân dân xã Châu Đức báo cáo công tác phòng chống thiên tai và tìm kiếm cứu nạn 9 tháng đầu năm 2026 như sau:",
               blocks, diffs, props, "Phan Thanh Tâm", status="rejected",
               reason="Báo cáo về công tác phòng chống thiên tai và tìm kiếm cứu nạn, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW.",
               title2="Công tác phòng chống thiên tai và tìm kiếm cứu nạn 9 tháng đầu năm 2026")


# ================================================================ HAND 4: TRÂM (XLSX, KH row over TH row)
def tram_report(fname, unit_id, unit_name, upper_lines, number, date_iso, date_line, tasks, diffs, props, signer, place_role):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tong hop"
    cols = ["STT", "Nội dung", "KH/TH", "Lớp, hội nghị", "Lượt người", "Tin bài", "DN, tổ chức được hỗ trợ",
            "Cuộc KT", "Cơ sở KT", "Cơ sở vi phạm", "Tiền phạt (đ)", "Mẫu", "PTĐ kiểm định/hiệu chuẩn", "TCVN, QCVN góp ý",
            "Kinh phí (đ)", "Mức độ thực hiện", "Ghi chú"]
    imap = {"training_courses": 4, "participants": 5, "communications": 6, "enterprises_supported": 7,
            "inspections": 8, "establishments_inspected": 9, "violations": 10, "fines_vnd": 11,
            "samples_tested": 12, "instruments_verified": 13, "standards_reviewed": 14, "budget_spent_vnd": 15}
    row = 1
    for ln in upper_lines:
        ws.cell(row, 1, ln).font = Font(bold=True)
        row += 1
    ws.cell(1, 10, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").font = Font(bold=True)
    ws.cell(2, 10, "Độc lập - Tự do - Hạnh phúc").font = Font(bold=True)
    ws.cell(row, 1, "Số: " + number)
    ws.cell(row, 10, date_line).font = Font(italic=True)
    row += 2
    ws.cell(row, 1, "BẢNG THEO DÕI KẾ HOẠCH - THỰC HIỆN NHIỆM VỤ CHỈ THỊ 38-CT/TW NĂM 2026").font = Font(bold=True, size=13)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=17)
    ws.cell(row, 1).alignment = Alignment(horizontal="center")
    row += 1
    ws.cell(row, 1, "(KH: chỉ tiêu kế hoạch năm; TH: thực hiện đến thời điểm báo cáo)").font = Font(italic=True)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=17)
    ws.cell(row, 1).alignment = Alignment(horizontal="center")
    row += 2
    hdr = row
    for c, h in enumerate(cols, 1):
        cl = ws.cell(row, c, h)
        cl.font = Font(bold=True)
        cl.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        cl.border = BOX
        cl.fill = PatternFill("solid", fgColor="FFF2CC")
    row += 1
    entries = []
    for i, (task, status, text, kh, th, level, note) in enumerate(tasks, 1):
        ws.cell(row, 1, i)
        ws.cell(row, 2, text)
        ws.merge_cells(start_row=row, start_column=1, end_row=row + 1, end_column=1)
        ws.merge_cells(start_row=row, start_column=2, end_row=row + 1, end_column=2)
        ws.cell(row, 3, "KH")
        ws.cell(row + 1, 3, "TH")
        for k, v in kh.items():
            ws.cell(row, imap[k], v)
        for k, v in th.items():
            ws.cell(row + 1, imap[k], v)
        ws.cell(row + 1, 16, level)
        if note:
            ws.cell(row + 1, 17, note)
        for rr in (row, row + 1):
            for c in range(1, 18):
                cl = ws.cell(rr, c)
                cl.border = BOX
                cl.alignment = Alignment(wrap_text=True, vertical="center", horizontal="left" if c in (2, 17) else "center")
            ws.cell(rr, 11).number_format = "#,##0"
            ws.cell(rr, 15).number_format = "#,##0"
            ws.cell(rr, 13).number_format = "#,##0"
            ws.cell(rr, 12).number_format = "#,##0"
        entries.append((task, status, dict(th), text + (" – " + note if note else "")))
        row += 2
    row += 1
    ws.cell(row, 2, "I. Khó khăn, vướng mắc").font = Font(bold=True)
    row += 1
    for x in diffs:
        ws.cell(row, 2, "- " + x)
        row += 1
    ws.cell(row, 2, "II. Đề xuất, kiến nghị").font = Font(bold=True)
    row += 1
    for x in props:
        ws.cell(row, 2, "- " + x)
        row += 1
    row += 1
    ws.cell(row, 2, "Người lập: Huỳnh Ngọc Trâm")
    ws.cell(row, 13, place_role).font = Font(bold=True)
    ws.cell(row + 4, 13, signer).font = Font(bold=True)
    widths = [5, 46, 6, 9, 9, 7, 10, 7, 8, 8, 13, 8, 11, 9, 15, 14, 24]
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.freeze_panes = ws.cell(hdr + 1, 3)
    wb.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, entries, diffs, props)


def hand_tram():
    # 12. Trung tâm Dịch vụ Phân tích thí nghiệm
    tasks = [
        ("II.4.a", "in_progress", "Đầu tư, hiện đại hóa trang thiết bị thử nghiệm, kiểm định (dự án mua sắm năm 2026)",
         {"budget_spent_vnd": 4800000000}, {"budget_spent_vnd": 3915000000}, "Đang thực hiện", "Còn 02 gói thầu chờ nghiệm thu"),
        ("II.2.g", "in_progress", "Cung cấp dịch vụ kiểm định, hiệu chuẩn, thử nghiệm phục vụ quản lý và nhu cầu doanh nghiệp",
         {"samples_tested": 6000, "instruments_verified": 18000}, {"samples_tested": 5274, "instruments_verified": 15432}, "Đang thực hiện", "Số liệu đến 15/10/2026"),
        ("II.4.c", "completed", "Duy trì, liên kết chuẩn đo lường chính của Trung tâm đến chuẩn quốc gia",
         {"instruments_verified": 12}, {"instruments_verified": 12}, "Hoàn thành", "Hiệu chuẩn tại Viện Đo lường Việt Nam"),
        ("II.3.d", "completed", "Tiếp nhận sinh viên các trường đại học, cao đẳng thực tập về đo lường, thử nghiệm",
         {"training_courses": 2, "participants": 40}, {"training_courses": 2, "participants": 46}, "Hoàn thành", ""),
    ]
    diffs = ["Một số thiết bị thử nghiệm nhập khẩu có thời gian giao hàng kéo dài, ảnh hưởng tiến độ giải ngân.",
             "Thiếu kiểm định viên lĩnh vực đo lường điện, nhiệt độ."]
    props = ["Đề nghị Sở Khoa học và Công nghệ bổ sung chỉ tiêu tuyển dụng kiểm định viên cho Trung tâm.",
             "Đề nghị cho phép điều chỉnh thời gian thực hiện gói thầu mua sắm thiết bị sang quý I/2027."]
    tram_report("ttptn-theo-doi-kh-th-ct38.xlsx", "SKHCN-TTPTTN",
                "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
                ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM", "VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG"],
                "612/BC-TTPTTN", "2026-10-23", "Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2026", tasks, diffs, props,
                "Đoàn Minh Tuấn", "GIÁM ĐỐC")

    # 13. Sở Quy hoạch - Kiến trúc
    tasks = [
        ("II.2.đ", "completed", "Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015 sau khi tái thành lập Sở",
         {}, {}, "Hoàn thành", "Công bố ngày 12/3/2026"),
        ("II.2.e", "completed", "Góp ý dự thảo quy chuẩn kỹ thuật quốc gia về quy hoạch xây dựng, kiến trúc",
         {"standards_reviewed": 2}, {"standards_reviewed": 3}, "Hoàn thành", ""),
        ("II.3.a", "in_progress", "Cử công chức tham gia tập huấn nghiệp vụ tiêu chuẩn, quy chuẩn",
         {"participants": 3}, {"participants": 2}, "Đang thực hiện", "01 người dự lớp tháng 11"),
        ("II.1.a", "not_started", "Đăng tin tuyên truyền về tiêu chuẩn, quy chuẩn trên trang thông tin điện tử của Sở",
         {"communications": 4}, {}, "Chưa thực hiện", "Trang TTĐT đang xây dựng lại"),
    ]
    diffs = ["Sở mới được tái thành lập từ 01/10/2025, biên chế chưa đủ, các phòng chuyên môn đang kiện toàn."]
    props = ["Đề nghị Sở Khoa học và Công nghệ gửi danh mục dự thảo quy chuẩn, tiêu chuẩn cần góp ý sớm để Sở chủ động bố trí."]
    tram_report("sqhkt_ct38_kh-th.xlsx", "SO-QHKT", "Sở Quy hoạch - Kiến trúc",
                ["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ QUY HOẠCH - KIẾN TRÚC"],
                "1034/BC-SQHKT", "2026-10-30", "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026", tasks, diffs, props,
                "Vũ Đình Khang", "KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC")

    # 14. Xã An Long  (later re-saved through LibreOffice)
    tasks = [
        ("II.1.a", "in_progress", "Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh",
         {"training_courses": 2, "participants": 150, "communications": 6}, {"training_courses": 1, "participants": 84, "communications": 5},
         "Đang thực hiện", "Hội nghị thứ 2 tổ chức tháng 11"),
        ("II.5.c", "in_progress", "Phối hợp kiểm tra đo lường, nhãn hàng hóa tại chợ, cửa hàng xăng dầu trên địa bàn xã",
         {"inspections": 4}, {"inspections": 3, "establishments_inspected": 18, "violations": 2, "fines_vnd": 6000000},
         "Đang thực hiện", ""),
        ("II.3.a", "completed", "Cử công chức Phòng Kinh tế dự tập huấn nghiệp vụ",
         {"participants": 2}, {"participants": 2}, "Hoàn thành", ""),
        ("II.2.đ", "completed", "Áp dụng ISO 9001 tại Bộ phận tiếp nhận và trả kết quả",
         {}, {}, "Hoàn thành", ""),
    ]
    diffs = ["Địa bàn xã rộng, các cửa hàng xăng dầu nằm rải rác trên tuyến ĐT.744."]
    props = ["Đề nghị Chi cục hỗ trợ phương tiện, thiết bị kiểm tra nhanh đo lường cho xã."]
    tram_report("an-long-bc-ct38.xlsx", "25867", "Xã An Long", ["ỦY BAN NHÂN DÂN", "XÃ AN LONG"],
                "156/BC-UBND", "2026-10-27", "An Long, ngày 27 tháng 10 năm 2026", tasks, diffs, props,
                "Lê Văn Đực", "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH")


# ================================================================ HAND 5: KHÁNH (DOCX, shaded banner per task)
def banner(d, title, status_word):
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    set_widths(t, (12.5, 3.5))
    c0.paragraphs[0].text = ""
    r = c0.paragraphs[0].add_run(title)
    r.bold = True
    r.font.size = Pt(12)
    c1.paragraphs[0].text = ""
    r = c1.paragraphs[0].add_run(status_word)
    r.bold = True
    r.font.size = Pt(11)
    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    shade(c0, "D9D9D9")
    shade(c1, "D9D9D9")
    d.add_paragraph().paragraph_format.space_after = Pt(0)


def khanh_report(fname, unit_id, unit_name, left_hdr, number, date_iso, date_line, title2, intro, items, diffs, props,
                 signer, roles, status="extracted", reason=None):
    d = base_doc(font="Times New Roman", size=13)
    header_table(d, left_hdr + [("Số: " + number, False, False, False)],
                 QH + [("", False, False, False), (date_line, False, True, False)], widths=(7, 9.5))
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c", space=0)
    para(d, title2, bold=True, align="c", space=12)
    para(d, intro)
    para(d, "A. KẾT QUẢ TRIỂN KHAI", bold=True, indent=False)
    entries = []
    for (title, sw, task, st, ind, texts) in items:
        banner(d, title, sw)
        for t in texts:
            para(d, t)
        if task:
            entries.append((task, st, ind, " ".join(texts)))
    para(d, "B. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ", bold=True, indent=False)
    para(d, "1. Khó khăn, vướng mắc", italic=True, bold=True)
    for x in diffs:
        para(d, "- " + x)
    para(d, "2. Kiến nghị", italic=True, bold=True)
    for x in props:
        para(d, "- " + x)
    sign_block(d, [("Nơi nhận:", True, True), ("- Như trên;", False, False), ("- Lưu: VT, HCTH.", False, False)],
               [(roles[0], True, False), (roles[1], True, False), ("", False, False), ("", False, False), (signer, True, False)])
    d.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, entries, diffs, props, status=status, reason=reason)
    if status == "rejected":
        KEYS[fname]["entries"] = []
        KEYS[fname]["difficulties"] = []
        KEYS[fname]["proposals"] = []


def hand_khanh():
    # 15. Trung tâm CNTT và Địa không gian
    items = [
        ("Kết nối, áp dụng cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng", "ĐANG LÀM", "II.2.i", "in_progress", {},
         ["Trung tâm phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng và Phòng Chuyển đổi số xây dựng phương án tích hợp dữ liệu về phương tiện đo, tổ chức thử nghiệm lên kho dữ liệu dùng chung của Sở; đã hoàn thành khảo sát hiện trạng, đang xây dựng API kết nối."]),
        ("Kết nối Hệ thống thông tin giải quyết thủ tục hành chính với Cổng một cửa quốc gia", "ĐÃ XONG", "II.2.h", "completed", {},
         ["Trung tâm đã hỗ trợ kỹ thuật, hoàn thành kết nối liên thông dữ liệu hồ sơ đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu từ tháng 3/2026."]),
        ("Cử viên chức tham gia tập huấn nghiệp vụ", "ĐÃ XONG", "II.3.a", "completed", {"participants": 5},
         ["Trung tâm đã cử 05 viên chức tham gia tập huấn kiến thức về tiêu chuẩn, đo lường, chất lượng và an toàn thông tin do Sở tổ chức."]),
        ("Đầu tư hạ tầng, trang thiết bị phục vụ cơ sở dữ liệu", "ĐANG LÀM", "II.4.a", "in_progress", {"budget_spent_vnd": 680000000},
         ["Trung tâm đang thực hiện gói mua sắm máy chủ, thiết bị lưu trữ; kinh phí đã giải ngân 680 triệu đồng, phần còn lại thanh toán sau nghiệm thu tháng 12/2026."]),
    ]
    diffs = ["Dữ liệu chuyên ngành tiêu chuẩn, đo lường, chất lượng đang nằm ở nhiều hệ thống, chưa chuẩn hóa danh mục dùng chung."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng ban hành danh mục trường dữ liệu thống nhất trước khi tích hợp.",
             "Đề nghị Bộ Khoa học và Công nghệ sớm cung cấp tài liệu kỹ thuật kết nối cơ sở dữ liệu quốc gia."]
    khanh_report("ttcntt-dkg-bao-cao-ct38.docx", "SKHCN-TTCNTT", "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh",
                  [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False, False, False),
                   ("TRUNG TÂM CÔNG NGHỆ THÔNG TIN", True, False, False), ("VÀ ĐỊA KHÔNG GIAN", True, False, True),
                   ("", False, False, False)],
                  "327/BC-TTCNTT", "2026-10-29", "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026",
                  "Tình hình thực hiện các nhiệm vụ phối hợp trong Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
                  "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh báo cáo tình hình thực hiện các nhiệm vụ được giao phối hợp như sau:",
                  items, diffs, props, "Bùi Quang Khánh", ("GIÁM ĐỐC", ""))

    # 16. Sở Tư pháp
    items = [
        ("Phổ biến, giáo dục pháp luật về tiêu chuẩn, đo lường, chất lượng", "ĐÃ XONG", "II.1.a", "completed",
         {"training_courses": 4, "participants": 620, "communications": 7},
         ["Sở đã lồng ghép nội dung Luật Đo lường, Luật Chất lượng sản phẩm, hàng hóa vào 4 hội nghị phổ biến, giáo dục pháp luật cho doanh nghiệp với 620 lượt người tham dự; đăng 7 tin, bài trên Cổng Pháp luật Thành phố."]),
        ("Góp ý, thẩm định dự thảo văn bản quy phạm pháp luật liên quan", "ĐÃ XONG", "II.2.c", "completed", {},
         ["Sở đã thẩm định, góp ý các dự thảo văn bản quy phạm pháp luật do Sở Khoa học và Công nghệ gửi lấy ý kiến trong lĩnh vực tiêu chuẩn, đo lường, chất lượng đúng thời hạn."]),
        ("Duy trì hệ thống quản lý chất lượng ISO tại Sở", "ĐÃ XONG", "II.2.đ", "completed", {},
         ["Sở duy trì, áp dụng hiệu quả hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, đã đánh giá nội bộ và xem xét của lãnh đạo trong quý III."]),
        ("Xử lý tố giác vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng", "KPS", "II.5.d", "not_applicable", {},
         ["Trong kỳ không phát sinh đơn thư, tố giác liên quan đến lĩnh vực này gửi đến Sở."]),
    ]
    diffs = ["Văn bản hướng dẫn Luật Chất lượng sản phẩm, hàng hóa sửa đổi chưa được ban hành đầy đủ, khó khăn cho công tác phổ biến."]
    props = ["Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu hỏi đáp pháp luật về tiêu chuẩn, đo lường, chất lượng để lồng ghép vào hội nghị."]
    khanh_report("stp-bc-38-2026.docx", "SO-TP", "Sở Tư pháp",
                 [("ỦY BAN NHÂN DÂN", False, False, False), ("THÀNH PHỐ HỒ CHÍ MINH", False, False, False),
                  ("SỞ TƯ PHÁP", True, False, True), ("", False, False, False)],
                 "2291/BC-STP", "2026-10-25", "Thành phố Hồ Chí Minh, ngày 25 tháng 10 năm 2026",
                 "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
                 "Sở Tư pháp báo cáo kết quả thực hiện nội dung phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau (KPS: không phát sinh):",
                 items, diffs, props, "Mai Thị Thanh Tâm", ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"))

    # 17. Sở Du lịch -- MISTAKEN: cải cách hành chính
    items = [
        ("Cải cách thể chế", "ĐÃ XONG", None, None, None,
         ["Sở đã rà soát 12 văn bản quy phạm pháp luật trong lĩnh vực du lịch, đề xuất bãi bỏ 2 văn bản không còn phù hợp."]),
        ("Cải cách thủ tục hành chính", "ĐANG LÀM", None, None, None,
         ["Sở tiếp nhận 1.284 hồ sơ thủ tục hành chính, giải quyết đúng hạn 1.279 hồ sơ (đạt 99,6%); 100% thủ tục đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình."]),
        ("Hiện đại hóa nền hành chính", "ĐANG LÀM", None, None, None,
         ["Duy trì hệ thống quản lý chất lượng ISO 9001 điện tử; triển khai ký số trên 98% văn bản đi."]),
    ]
    diffs = ["Hệ thống một cửa điện tử thỉnh thoảng gián đoạn khi đồng bộ với Cổng Dịch vụ công quốc gia."]
    props = ["Đề nghị Sở Nội vụ tổ chức tập huấn chuyên sâu về đo lường sự hài lòng của người dân."]
    khanh_report("sdl-bc-cchc-quy3.docx", "SO-DL", "Sở Du lịch",
                 [("ỦY BAN NHÂN DÂN", False, False, False), ("THÀNH PHỐ HỒ CHÍ MINH", False, False, False),
                  ("SỞ DU LỊCH", True, False, True), ("", False, False, False)],
                 "1562/BC-SDL", "2026-10-05", "Thành phố Hồ Chí Minh, ngày 05 tháng 10 năm 2026",
                 "Kết quả công tác cải cách hành chính quý III năm 2026",
                 "Sở Du lịch báo cáo kết quả công tác cải cách hành chính quý III năm 2026 như sau:",
                 items, diffs, props, "Ngô Minh Hải", ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
                 status="rejected", reason="Báo cáo công tác cải cách hành chính quý III/2026, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW.")


def lo_resave(fname):
    src = os.path.join(OUT, fname)
    ext = fname.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    shutil.copy(src, os.path.join(tmp, "in." + ext))
    outdir = os.path.join(tmp, "out")
    os.makedirs(outdir)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/prof",
                    "--convert-to", ext, "--outdir", outdir, os.path.join(tmp, "in." + ext)],
                   check=True, capture_output=True, timeout=180)
    shutil.copy(os.path.join(outdir, "in." + ext), src)
    shutil.rmtree(tmp)


if __name__ == "__main__":
    hand_han()
    hand_phuc()
    hand_sau()
    hand_tram()
    hand_khanh()
    for f in ("syt-bc-thuc-hien-kh-ct38.docx", "an-long-bc-ct38.xlsx"):
        lo_resave(f)
    for fname, k in KEYS.items():
        k["sha256"] = hashlib.sha256(open(os.path.join(OUT, fname), "rb").read()).hexdigest()
        with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)
    print(len(KEYS), "files")
