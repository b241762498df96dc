# -*- coding: utf-8 -*-
"""Generator for set113: city departments and the Sở KH&CN's units.
Four hands (see NOTES.md). Writes the files into this folder, re-saves two through
LibreOffice, then writes truth/<file>.json with the sha256 of the final file."""
import hashlib, json, os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

def E(task, status, ind, title, body, st=None, extra=None):
    return dict(task=task, status=status, ind=ind, title=title, body=body, st=st, extra=extra or {})

# ---------------------------------------------------------------------------
# HAND 1 — ông Phạm Văn Khải, trưởng phòng tổng hợp (older, formal công văn).
# Bold run-in own-words title ending with " – ", results in one paragraph,
# then a separate paragraph "Nhận định: …" carrying the only status.
# Figures zero-padded, money "15.000.000 đồng".
# ---------------------------------------------------------------------------
H1 = [
dict(file="SYT_4127_bao-cao-phoi-hop-CT38.docx", unit=("SO-YT", "Sở Y tế"), up="SỞ Y TẾ",
     number="4127/SYT-NVY", date="2026-10-27", signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Kim Oanh"),
     vv="V/v báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
     entries=[
 E("II.5.a", "in_progress", {"inspections": 3, "establishments_inspected": 21, "violations": 2, "fines_vnd": 15000000},
   "Về phối hợp kiểm tra phương tiện đo trong cơ sở y tế",
   "Trong 9 tháng năm 2026, Thanh tra Sở Y tế phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 03 cuộc kiểm tra tại 21 cơ sở khám bệnh, chữa bệnh tư nhân và nhà thuốc về việc sử dụng phương tiện đo (nhiệt kế y học, huyết áp kế, cân sức khỏe trẻ em); phát hiện 02 cơ sở sử dụng huyết áp kế chưa được kiểm định, đã ban hành quyết định xử phạt vi phạm hành chính với tổng số tiền 15.000.000 đồng.",
   "nội dung thực hiện thường xuyên, Sở đang tiếp tục triển khai trong Quý IV/2026."),
 E("II.2.e", "completed", {"standards_reviewed": 6},
   "Về góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật",
   "Sở đã có văn bản góp ý đối với 06 dự thảo (gồm 04 dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế và 02 dự thảo tiêu chuẩn quốc gia về dược liệu) theo đề nghị của Bộ Y tế và Sở Khoa học và Công nghệ.",
   "Sở đã hoàn thành toàn bộ các lượt góp ý được đề nghị trong kỳ."),
 E("II.2.đ", "completed", {},
   "Về duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
   "Sở ban hành Quyết định công bố lại Hệ thống quản lý chất lượng sau khi sắp xếp tổ chức bộ máy, cập nhật 146 quy trình giải quyết thủ tục hành chính; tổ chức đánh giá nội bộ và xem xét của lãnh đạo theo quy định.",
   "việc duy trì, cải tiến hệ thống năm 2026 đã hoàn thành."),
 E("II.3.a", "unknown", {"participants": 5},
   "Về tập huấn nghiệp vụ đo lường",
   "Sở cử 05 công chức, viên chức tham dự lớp tập huấn nghiệp vụ đo lường trong lĩnh vực y tế do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức ngày 18/6/2026.",
   None),
 E("II.1.a", "completed", {"communications": 8},
   "Về thông tin, tuyên truyền",
   "Đăng tải 08 tin, bài phổ biến quy định về đo lường, chất lượng trang thiết bị y tế trên Cổng thông tin điện tử của Sở và gửi văn bản hướng dẫn đến các bệnh viện trực thuộc.",
   "hoàn thành."),
     ],
     diffs=["Một số cơ sở khám bệnh, chữa bệnh tư nhân quy mô nhỏ chưa nắm rõ quy định về kiểm định phương tiện đo nhóm 2, việc tự kiểm tra còn hình thức."],
     props=["Đề nghị Chi cục cung cấp danh sách tổ chức được chỉ định kiểm định huyết áp kế, nhiệt kế y học trên địa bàn Thành phố để Sở thông tin đến các cơ sở."]),
dict(file="SCT-2985-CT38-2026.docx", unit=("SO-CT", "Sở Công Thương"), up="SỞ CÔNG THƯƠNG",
     number="2985/SCT-KTAT", date="2026-10-29", signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Hoàng Phúc"),
     vv="V/v báo cáo tình hình thực hiện Kế hoạch CT38 năm 2026",
     entries=[
 E("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 37, "violations": 5, "fines_vnd": 47500000},
   "Về kiểm tra đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng",
   "Sở chủ trì, phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng và Công an Thành phố thực hiện 06 cuộc kiểm tra đối với 37 cửa hàng bán lẻ xăng dầu, LPG; phát hiện 05 cơ sở vi phạm (cột đo xăng dầu sai số vượt mức cho phép, chai LPG không ghi nhãn đầy đủ), xử phạt 47.500.000 đồng.",
   "đây là nhiệm vụ thường xuyên, đang tiếp tục thực hiện đến cuối năm."),
 E("II.5.b", "completed", {"samples_tested": 24},
   "Về khảo sát chất lượng xăng dầu",
   "Phối hợp lấy 24 mẫu xăng RON 95, E5 RON 92 và dầu diesel tại các cửa hàng bán lẻ trên địa bàn gửi Trung tâm Dịch vụ Phân tích thí nghiệm thử nghiệm; kết quả các mẫu đều phù hợp quy chuẩn kỹ thuật quốc gia.",
   "đợt khảo sát năm 2026 đã hoàn thành."),
 E("II.2.a", "in_progress", {"enterprises_supported": 15},
   "Về truy xuất nguồn gốc hàng hóa (Đề án 100)",
   "Hướng dẫn 15 doanh nghiệp sản xuất hàng tiêu dùng, thực phẩm chế biến áp dụng mã QR truy xuất nguồn gốc và kết nối với Cổng truy xuất nguồn gốc sản phẩm, hàng hóa quốc gia.",
   "đang triển khai, dự kiến kết thúc trong Quý IV/2026."),
 E("II.6.a", "completed", {"training_courses": 2, "participants": 260},
   "Về phổ biến cam kết TBT trong các hiệp định thương mại tự do",
   "Tổ chức 02 hội nghị phổ biến cam kết về hàng rào kỹ thuật trong thương mại (TBT) trong các FTA mà Việt Nam tham gia (CPTPP, EVFTA, RCEP) với 260 lượt doanh nghiệp tham dự.",
   "Sở đã hoàn thành nội dung này."),
 E("II.2.e", "not_applicable", {},
   "Về góp ý quy chuẩn kỹ thuật",
   "Trong kỳ, Sở không nhận được đề nghị góp ý dự thảo quy chuẩn kỹ thuật nào thuộc lĩnh vực công thương.",
   "không phát sinh."),
     ],
     diffs=["Lực lượng làm công tác kiểm tra của Sở còn mỏng trong khi số lượng cửa hàng xăng dầu trên địa bàn sau hợp nhất tăng nhiều.",
            "Thiết bị kiểm tra nhanh chất lượng xăng dầu tại hiện trường chưa được trang bị."],
     props=["Đề nghị Sở Khoa học và Công nghệ hỗ trợ trang bị 01 bộ thiết bị kiểm tra nhanh chất lượng xăng dầu cho đoàn kiểm tra liên ngành."]),
dict(file="BC CT38 - So Xay dung.docx", unit=("SO-XD", "Sở Xây dựng"), up="SỞ XÂY DỰNG",
     number="7702/SXD-KTXD", date="2026-10-30", signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thanh Sơn"),
     vv="V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW",
     entries=[
 E("II.2.e", "in_progress", {"standards_reviewed": 3},
   "Về quy chuẩn kỹ thuật vật liệu xây dựng",
   "Sở đã góp ý 03 dự thảo quy chuẩn kỹ thuật quốc gia về sản phẩm, hàng hóa vật liệu xây dựng do Bộ Xây dựng chủ trì soạn thảo; đồng thời đang hoàn chỉnh hồ sơ dự thảo quy chuẩn kỹ thuật địa phương về chiếu sáng đô thị để gửi thẩm định.",
   "phần góp ý đã xong, phần quy chuẩn địa phương đang thực hiện nên nội dung này chưa kết thúc."),
 E("II.5.a", "completed", {"inspections": 2, "establishments_inspected": 14, "violations": 1, "fines_vnd": 8000000},
   "Về kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường",
   "Thực hiện 02 cuộc kiểm tra tại 14 cơ sở kinh doanh vật liệu xây dựng (xi măng, thép, kính xây dựng); 01 cơ sở vi phạm về ghi nhãn và công bố hợp quy, xử phạt 8.000.000 đồng.",
   "Sở đã hoàn thành kế hoạch kiểm tra năm 2026."),
 E("II.5.b", "in_progress", {"samples_tested": 18},
   "Về lấy mẫu thử nghiệm",
   "Lấy 18 mẫu xi măng, thép cốt bê tông gửi phòng thử nghiệm được chỉ định; đã có kết quả 11 mẫu, còn lại đang chờ kết quả.",
   "đang thực hiện."),
 E("II.2.đ", "completed", {},
   "Về áp dụng ISO trong hoạt động của Sở",
   "Sở duy trì và cập nhật Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 đối với toàn bộ thủ tục hành chính thuộc thẩm quyền; tổ chức đánh giá nội bộ tháng 8/2026.",
   "đã hoàn thành."),
 E("II.3.a", "completed", {"participants": 3},
   "Về cử cán bộ tập huấn",
   "Cử 03 công chức Phòng Kinh tế xây dựng và Vật liệu xây dựng tham dự lớp tập huấn nghiệp vụ quản lý chất lượng sản phẩm, hàng hóa do Chi cục tổ chức.",
   "đã thực hiện xong."),
     ],
     diffs=["Một số cơ sở kinh doanh vật liệu xây dựng nhỏ lẻ ở các xã ngoại thành không lưu giữ hồ sơ công bố hợp quy của lô hàng."],
     props=["Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức hội nghị phổ biến quy định công bố hợp quy vật liệu xây dựng cho các cửa hàng tại các xã ngoại thành."]),
dict(file="SNV_512_BC_CCHC_QuyIII.docx", unit=("SO-NV", "Sở Nội vụ"), up="SỞ NỘI VỤ",
     number="512/BC-SNV", date="2026-10-05", signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Võ Minh Châu"),
     vv=None, mistaken=True,
     title="BÁO CÁO\nKết quả công tác cải cách hành chính Quý III năm 2026",
     entries=[
 E(None, None, {}, "Về cải cách thể chế",
   "Sở tham mưu Ủy ban nhân dân Thành phố ban hành 04 quyết định quy định chức năng, nhiệm vụ, quyền hạn của các cơ quan chuyên môn sau sắp xếp; rà soát 27 văn bản quy phạm pháp luật thuộc lĩnh vực nội vụ.",
   "các nội dung theo kế hoạch quý đã thực hiện."),
 E(None, None, {}, "Về cải cách tổ chức bộ máy",
   "Hoàn thành việc kiện toàn tổ chức bộ máy của 168 phường, xã, đặc khu; hướng dẫn xây dựng đề án vị trí việc làm tại các đơn vị sự nghiệp công lập.",
   "đang tiếp tục thực hiện."),
 E(None, None, {}, "Về cải cách chế độ công vụ",
   "Tổ chức 03 lớp bồi dưỡng kỹ năng giải quyết thủ tục hành chính cho 420 công chức bộ phận một cửa cấp xã; thực hiện đánh giá, xếp loại chất lượng công chức 6 tháng đầu năm.",
   "đã hoàn thành."),
     ],
     diffs=["Khối lượng công việc sau sắp xếp lớn, đội ngũ công chức cấp xã làm công tác cải cách hành chính còn thiếu kinh nghiệm."],
     props=["Đề nghị Bộ Nội vụ sớm ban hành hướng dẫn bộ chỉ số cải cách hành chính áp dụng cho chính quyền địa phương hai cấp."]),
dict(file="TTTP-1642-phoi-hop-KH38.docx", unit=("THANHTRA-TP", "Thanh tra Thành phố"), up="THANH TRA THÀNH PHỐ",
     number="1642/TTTP-P3", date="2026-10-26", signer=("KT. CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA", "Đặng Quốc Việt"),
     vv="V/v báo cáo nội dung phối hợp thực hiện Kế hoạch CT38 năm 2026",
     entries=[
 E("II.5.d", "in_progress", {"violations": 1, "fines_vnd": 20000000},
   "Về xử lý đơn tố giác vi phạm về đo lường",
   "Thanh tra Thành phố tiếp nhận và chuyển Sở Khoa học và Công nghệ 02 đơn tố giác hành vi gian lận đo lường trong kinh doanh xăng dầu; qua xác minh, 01 trường hợp vi phạm đã bị xử phạt 20.000.000 đồng, đơn còn lại đang xác minh; thông tin người tố giác được bảo mật theo quy định.",
   "đang thực hiện, tiếp tục theo dõi kết quả giải quyết đơn còn lại."),
 E("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 9},
   "Về tham gia đoàn kiểm tra liên ngành",
   "Cử 02 thanh tra viên tham gia 01 đoàn kiểm tra liên ngành về chất lượng hàng hóa dịp Tết Nguyên đán tại 09 cơ sở kinh doanh; không phát hiện vi phạm.",
   "đã hoàn thành."),
 E("II.2.c", "completed", {},
   "Về góp ý văn bản quy phạm pháp luật",
   "Có ý kiến góp ý dự thảo Luật sửa đổi, bổ sung một số điều của Luật Chất lượng sản phẩm, hàng hóa đối với các quy định về thanh tra, kiểm tra chuyên ngành.",
   "đã hoàn thành."),
 E("II.2.đ", "completed", {},
   "Về Hệ thống quản lý chất lượng",
   "Cơ quan duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, cập nhật quy trình tiếp công dân và xử lý đơn thư.",
   "hoàn thành."),
     ],
     diffs=["Việc xác minh đơn tố giác gian lận đo lường cần có phương tiện kỹ thuật nghiệp vụ chuyên dùng, Thanh tra Thành phố chưa được trang bị."],
     props=["Đề nghị Sở Khoa học và Công nghệ cử công chức có chuyên môn đo lường tham gia xác minh khi Thanh tra Thành phố có yêu cầu."]),
]

def set_font(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rfonts is None:
        from docx.oxml import OxmlElement
        rfonts = OxmlElement('w:rFonts'); rpr.append(rfonts)
    from docx.oxml.ns import qn
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), name)

def para(doc_or_cell, text="", bold=False, italic=False, align=None, size=None, indent=True, space_after=4):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent and align in (None, "j"):
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(space_after)
    return p

def header_table(doc, left_lines, right_lines, date_line, widths=(7, 9.5)):
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, lines in enumerate((left_lines, right_lines)):
        c = t.cell(0, i); c.width = Cm(widths[i])
        c.paragraphs[0].text = ""
        first = True
        for txt, b, it in lines:
            p = c.paragraphs[0] if first else c.add_paragraph()
            first = False
            r = p.add_run(txt); r.bold = b; r.italic = it; r.font.size = Pt(12 if b else 12)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
    p = doc.add_paragraph(); r = p.add_run(date_line); r.italic = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return t

def vn_date(iso):
    y, m, d = iso.split("-")
    return f"ngày {d} tháng {m} năm {y}"

def h1_docx(r):
    doc = Document(); set_font(doc, "Times New Roman", 13)
    sec = doc.sections[0]; sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2)
    left = [("ỦY BAN NHÂN DÂN", False, False), ("THÀNH PHỐ HỒ CHÍ MINH", False, False), (r["up"], True, False),
            ("––––––", False, False), ("Số: " + r["number"], False, False)]
    if r.get("vv"):
        left.append((r["vv"], False, False))
    if r["unit"][0] == "THANHTRA-TP":
        left = [("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", False, False), (r["up"], True, False), ("––––––", False, False),
                ("Số: " + r["number"], False, False), (r["vv"], False, False)]
    right = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False), ("––––––––––––––", False, False)]
    header_table(doc, left, right, "Thành phố Hồ Chí Minh, " + vn_date(r["date"]))
    unitname = r["unit"][1]
    if r.get("mistaken"):
        for i, line in enumerate(r["title"].split("\n")):
            para(doc, line, bold=True, align="c", size=14 if i == 0 else 13)
        para(doc, f"Thực hiện Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân Thành phố, {unitname} báo cáo kết quả công tác cải cách hành chính Quý III năm 2026 như sau:", align="j")
        para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    else:
        p = para(doc, "", align="c"); rr = p.add_run("Kính gửi: "); rr.italic = True
        p.add_run("Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.")
        para(doc, f"Thực hiện Công văn số 1879/TĐC-VP ngày 02/10/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, {unitname} báo cáo như sau:", align="j")
        para(doc, "1. Kết quả thực hiện", bold=True, indent=False)
    for e in r["entries"]:
        p = para(doc, "", align="j")
        rr = p.add_run(e["title"] + " – "); rr.bold = True
        p.add_run(e["body"])
        if e["st"]:
            p = para(doc, "", align="j")
            rr = p.add_run("Nhận định: "); rr.bold = True; rr.italic = True
            rr = p.add_run(e["st"][0].upper() + e["st"][1:] if r["unit"][0] in ("SO-XD",) else e["st"]); rr.italic = True
    para(doc, ("II. KHÓ KHĂN, VƯỚNG MẮC" if r.get("mistaken") else "2. Khó khăn, vướng mắc"), bold=True, indent=False)
    for d in r["diffs"]:
        para(doc, "- " + d, align="j")
    para(doc, ("III. KIẾN NGHỊ" if r.get("mistaken") else "3. Kiến nghị, đề xuất"), bold=True, indent=False)
    for d in r["props"]:
        para(doc, "- " + d, align="j")
    para(doc, f"Trên đây là báo cáo của {unitname}./.", align="j")
    t = doc.add_table(rows=1, cols=2)
    c0 = t.cell(0, 0); c0.paragraphs[0].add_run("Nơi nhận:").bold = True
    c0.paragraphs[0].runs[0].italic = True
    for line in (["- Như trên;", "- Sở Khoa học và Công nghệ (để b/c);", "- Giám đốc Sở (để b/c);", "- Lưu: VT, " + r["number"].split("-")[-1] + "."]
                 if not r.get("mistaken") else ["- UBND Thành phố (để b/c);", "- Bộ Nội vụ;", "- Lưu: VT, CCHC."]):
        pp = c0.add_paragraph(line); pp.runs[0].font.size = Pt(11)
    c1 = t.cell(0, 1)
    c1.paragraphs[0].text = ""
    lines = [r["signer"][0], r["signer"][1], "", "", "", r["signer"][2]]
    for i, line in enumerate(lines):
        pp = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
        if line:
            pp.add_run(line).bold = True
        pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(os.path.join(OUT, r["file"]))

# ---------------------------------------------------------------------------
# HAND 2 — chị Thảo, chuyên viên tổng hợp (Excel). One row per job named in
# the unit's own words; results typed on separate lines in one cell
# ("- Số cuộc: 05"); status column "Có kết quả chưa?" answered
# "Đã có kết quả / Có kết quả bước đầu / Chưa có kết quả / Không có nội dung".
# Money written "63,5 triệu đồng".
# ---------------------------------------------------------------------------
H2 = [
dict(file="TTPTTN_BC_KH38_2026.xlsx", unit=("SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
     head=["SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM", "VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TP.HCM"],
     number="318/BC-TTPTTN", date="2026-10-22", sheet="BC KH38",
     entries=[
 E("II.4.a", "in_progress", {"budget_spent_vnd": 2364500000},
   "Đầu tư, nâng cấp trang thiết bị phòng thử nghiệm, phòng hiệu chuẩn",
   "- Hoàn thành đấu thầu, nhận bàn giao 07 thiết bị (máy sắc ký khí khối phổ, cân chuẩn, buồng nhiệt…)\n- Kinh phí đã giải ngân: 2.364,5 triệu đồng",
   "Có kết quả bước đầu", {"how": "Mua sắm theo dự toán được giao", "note": "Còn 03 thiết bị đang làm thủ tục nhập khẩu"}),
 E("II.2.g", "completed", {},
   "Mở rộng phạm vi dịch vụ thử nghiệm, hiệu chuẩn",
   "- Được công nhận mở rộng 12 phép thử theo ISO/IEC 17025 (lĩnh vực thực phẩm, vật liệu)\n- Bổ sung đăng ký hoạt động kiểm định 03 loại phương tiện đo",
   "Đã có kết quả", {"how": "Đăng ký, đánh giá công nhận", "note": ""}),
 E("II.4.c", "completed", {"instruments_verified": 46},
   "Duy trì liên kết chuẩn đo lường",
   "- Số chuẩn, phương tiện đo chuẩn đã hiệu chuẩn/kiểm định: 46 chuẩn\n- Tham gia 02 chương trình so sánh liên phòng",
   "Đã có kết quả", {"how": "Gửi hiệu chuẩn tại Viện Đo lường Việt Nam và Trung tâm Kỹ thuật 3", "note": ""}),
 E("II.5.b", "in_progress", {"samples_tested": 185},
   "Thử nghiệm mẫu khảo sát chất lượng cho Chi cục TĐC",
   "- Số mẫu đã thử nghiệm: 185 mẫu (xăng dầu, mũ bảo hiểm, đồ chơi trẻ em, thép)",
   "Có kết quả bước đầu", {"how": "Theo hợp đồng với Chi cục", "note": "Đợt 3 nhận mẫu tháng 11"}),
 E("II.3.d", "completed", {"training_courses": 2, "participants": 96},
   "Bồi dưỡng kiến thức đo lường, thử nghiệm cho sinh viên",
   "- Số lớp: 02\n- Số học viên: 96 sinh viên Trường Cao đẳng Kỹ thuật Cao Thắng",
   "Đã có kết quả", {"how": "Phối hợp nhà trường, thực tập tại phòng thí nghiệm", "note": ""}),
 E("II.6.b", "not_applicable", {},
   "Phối hợp APO về năng suất",
   "",
   "Không có nội dung", {"how": "", "note": "Chưa có yêu cầu"}),
     ],
     diffs=["Thủ tục nhập khẩu thiết bị chuyên dùng kéo dài, ảnh hưởng tiến độ giải ngân.",
            "Nhân lực vận hành thiết bị phân tích hiện đại còn thiếu."],
     props=["Đề nghị Sở xem xét điều chỉnh thời hạn giải ngân phần kinh phí mua sắm thiết bị nhập khẩu sang Quý I/2027."],
     signer=("GIÁM ĐỐC", "Huỳnh Thanh Tùng"), maker="Nguyễn Thị Thảo"),
dict(file="SATTP - KH38 - bieu bao cao.xlsx", unit=("SO-ATTP", "Sở An toàn thực phẩm"),
     head=["ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH", "SỞ AN TOÀN THỰC PHẨM"],
     number="1874/SATTP-NVTT", date="2026-10-28", sheet="Sheet1",
     entries=[
 E("II.5.a", "in_progress", {"inspections": 5, "establishments_inspected": 42, "violations": 7, "fines_vnd": 63500000},
   "Kiểm tra nhãn, chất lượng thực phẩm bao gói sẵn",
   "- Số cuộc: 05\n- Số cơ sở được kiểm tra: 42\n- Cơ sở vi phạm: 07\n- Tiền phạt: 63,5 triệu đồng",
   "Có kết quả bước đầu", {"how": "Kiểm tra theo kế hoạch và đột xuất", "note": "Tiếp tục kiểm tra dịp Tết 2027"}),
 E("II.5.b", "completed", {"samples_tested": 120},
   "Lấy mẫu giám sát chất lượng thực phẩm",
   "- Số mẫu: 120 mẫu (nước mắm, dầu ăn, bánh kẹo, sữa)\n- 03 mẫu không đạt chỉ tiêu ghi nhãn",
   "Đã có kết quả", {"how": "Lấy mẫu tại chợ đầu mối, siêu thị", "note": ""}),
 E("II.1.a", "completed", {"communications": 14},
   "Tuyên truyền quy định ghi nhãn, công bố sản phẩm",
   "- Tin, bài: 14 tin bài trên website Sở và báo Sài Gòn Giải Phóng\n- Phát tờ rơi tại các chợ",
   "Đã có kết quả", {"how": "", "note": ""}),
 E("II.2.e", "completed", {"standards_reviewed": 2},
   "Góp ý dự thảo quy chuẩn",
   "- Góp ý 02 dự thảo QCVN về phụ gia thực phẩm và bao bì tiếp xúc thực phẩm",
   "Đã có kết quả", {"how": "Văn bản góp ý gửi Bộ Y tế", "note": ""}),
 E("II.3.a", "not_started", {},
   "Cử công chức dự tập huấn nghiệp vụ TĐC",
   "",
   "Chưa có kết quả", {"how": "", "note": "Chưa triển khai, chờ Chi cục mở lớp tháng 11"}),
     ],
     diffs=["Nhiều sản phẩm bán trên sàn thương mại điện tử không xác định được cơ sở sản xuất để kiểm tra."],
     props=["Đề nghị có cơ chế phối hợp giữa Sở An toàn thực phẩm và Chi cục TĐC trong kiểm tra nhãn hàng hóa thực phẩm nhập khẩu.",
            "Đề nghị tổ chức lớp tập huấn về ghi nhãn theo Nghị định 111/2021/NĐ-CP cho công chức các phường, xã."],
     signer=("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Phan Thị Bích Ngọc"), maker="Lâm Thu Thảo"),
dict(file="SNNMT_3390_KH38.xlsx", unit=("SO-NNMT", "Sở Nông nghiệp và Môi trường"),
     head=["ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"],
     number="3390/BC-SNNMT", date="2026-10-30", sheet="KH38_2026",
     entries=[
 E("II.2.a", "in_progress", {"enterprises_supported": 28, "budget_spent_vnd": 415000000},
   "Hỗ trợ truy xuất nguồn gốc nông sản, cấp mã số vùng trồng",
   "- Số HTX, doanh nghiệp được hỗ trợ: 28\n- Kinh phí đã sử dụng: 415 triệu đồng",
   "Có kết quả bước đầu", {"how": "Hỗ trợ tem truy xuất, tập huấn", "note": ""}),
 E("II.2.d", "completed", {"enterprises_supported": 11},
   "Hướng dẫn áp dụng VietGAP, hệ thống quản lý chất lượng",
   "- Số cơ sở được hướng dẫn: 11 cơ sở (rau, thủy sản)",
   "Đã có kết quả", {"how": "Chi cục Trồng trọt và Bảo vệ thực vật thực hiện", "note": ""}),
 E("II.5.a", "in_progress", {"inspections": 4, "establishments_inspected": 36, "violations": 6, "fines_vnd": 82000000},
   "Kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật",
   "- Số cuộc: 04\n- Số cơ sở: 36\n- Vi phạm: 06 cơ sở\n- Tiền phạt: 82 triệu đồng",
   "Có kết quả bước đầu", {"how": "Kiểm tra theo chuyên đề", "note": ""}),
 E("II.1.a", "completed", {"training_courses": 3, "participants": 210},
   "Tập huấn quy định về chất lượng vật tư nông nghiệp",
   "- Số lớp: 03\n- Số người dự: 210 lượt (đại lý phân bón, nông dân)",
   "Đã có kết quả", {"how": "", "note": ""}),
 E("II.2.e", "not_applicable", {},
   "Góp ý quy chuẩn kỹ thuật",
   "",
   "Không có nội dung", {"how": "", "note": "Kỳ này không có dự thảo gửi xin ý kiến"}),
     ],
     diffs=["Kinh phí hỗ trợ truy xuất nguồn gốc còn hạn chế so với nhu cầu của các hợp tác xã."],
     props=["Đề nghị Sở Khoa học và Công nghệ chia sẻ dữ liệu mã số, mã vạch của các cơ sở sản xuất nông sản để phục vụ quản lý vùng trồng."],
     signer=("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Trương Văn Hiếu"), maker="Võ Thị Thảo"),
dict(file="SGDDT-2716-KH38.xlsx", unit=("SO-GDDT", "Sở Giáo dục và Đào tạo"),
     head=["ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
     number="2716/SGDĐT-VP", date="2026-10-23", sheet="Bao cao",
     entries=[
 E("II.3.d", "in_progress", {"training_courses": 4, "participants": 1150},
   "Lồng ghép kiến thức tiêu chuẩn, đo lường, mã số mã vạch trong nhà trường",
   "- Số buổi ngoại khóa: 04 buổi tại 06 trường trung cấp\n- Số học sinh, sinh viên tham gia: 1.150",
   "Có kết quả bước đầu", {"how": "Ngoại khóa, sinh hoạt chuyên đề", "note": "Học kỳ I năm học 2026-2027 tiếp tục"}),
 E("II.2.đ", "completed", {},
   "Duy trì ISO 9001 tại cơ quan Sở",
   "- Đánh giá nội bộ, cập nhật quy trình sau sắp xếp",
   "Đã có kết quả", {"how": "", "note": ""}),
 E("II.1.a", "completed", {"communications": 5},
   "Thông tin tuyên truyền",
   "- 05 tin bài trên trang thông tin điện tử của Sở",
   "Đã có kết quả", {"how": "", "note": ""}),
 E("II.2.e", "completed", {"standards_reviewed": 1},
   "Góp ý tiêu chuẩn về thiết bị dạy học",
   "- Góp ý 01 dự thảo TCVN về bàn ghế học sinh",
   "Đã có kết quả", {"how": "", "note": ""}),
 E("II.3.a", "not_started", {},
   "Cử công chức tham gia tập huấn TĐC",
   "",
   "Chưa có kết quả", {"how": "", "note": "Chưa thực hiện"}),
     ],
     diffs=["Chương trình chính khóa dày, khó bố trí thời lượng cho nội dung ngoại khóa về tiêu chuẩn, đo lường."],
     props=["Đề nghị Chi cục TĐC biên soạn tài liệu ngắn gọn về tiêu chuẩn, đo lường dùng cho học sinh trung cấp."],
     signer=("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lê Thụy Mỵ Châu"), maker="Đỗ Phương Thảo"),
]

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def h2_xlsx(r):
    wb = Workbook(); ws = wb.active; ws.title = r["sheet"]
    for i, h in enumerate(r["head"]):
        ws.cell(row=1 + i, column=1, value=h).font = Font(name="Times New Roman", bold=(i > 0), size=11)
        ws.merge_cells(start_row=1 + i, start_column=1, end_row=1 + i, end_column=3)
        ws.cell(row=1 + i, column=1).alignment = Alignment(horizontal="center")
    ws.cell(row=1, column=4, value="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").font = Font(name="Times New Roman", bold=True, size=11)
    ws.cell(row=2, column=4, value="Độc lập - Tự do - Hạnh phúc").font = Font(name="Times New Roman", bold=True, size=11)
    for rr in (1, 2):
        ws.merge_cells(start_row=rr, start_column=4, end_row=rr, end_column=6)
        ws.cell(row=rr, column=4).alignment = Alignment(horizontal="center")
    n = len(r["head"]) + 1
    ws.cell(row=n, column=1, value="Số: " + r["number"]).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=n, start_column=1, end_row=n, end_column=3)
    y, m, d = r["date"].split("-")
    ws.cell(row=n, column=4, value=f"TP. Hồ Chí Minh, ngày {d} tháng {m} năm {y}").font = Font(name="Times New Roman", italic=True, size=11)
    ws.merge_cells(start_row=n, start_column=4, end_row=n, end_column=6)
    row = n + 2
    ws.cell(row=row, column=1, value="BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026").font = Font(name="Times New Roman", bold=True, size=13)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
    ws.cell(row=row, column=1).alignment = Alignment(horizontal="center")
    row += 1
    ws.cell(row=row, column=1, value="(Số liệu tính từ 01/01/2026 đến ngày báo cáo)").font = Font(name="Times New Roman", italic=True, size=11)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
    ws.cell(row=row, column=1).alignment = Alignment(horizontal="center")
    row += 2
    hdr = ["STT", "Nội dung công việc", "Cách thức / hình thức", "Kết quả có được", "Có kết quả chưa?", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=row, column=j, value=h)
        c.font = Font(name="Times New Roman", bold=True, size=11); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    row += 1
    for i, e in enumerate(r["entries"], 1):
        vals = [i, e["title"], e["extra"].get("how", ""), e["body"], e["st"], e["extra"].get("note", "")]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=row, column=j, value=(v if v != "" else None))
            c.font = Font(name="Times New Roman", size=11); c.border = BOX
            c.alignment = Alignment(vertical="top", wrap_text=True, horizontal=("center" if j in (1, 5) else "left"))
        ws.row_dimensions[row].height = max(30, 16 * (e["body"].count("\n") + 1) + 6)
        row += 1
    row += 1
    ws.cell(row=row, column=1, value="Khó khăn:").font = Font(name="Times New Roman", bold=True, size=11)
    for d in r["diffs"]:
        ws.cell(row=row, column=2, value=d).alignment = Alignment(wrap_text=False)
        row += 1
    ws.cell(row=row, column=1, value="Đề xuất:").font = Font(name="Times New Roman", bold=True, size=11)
    for d in r["props"]:
        ws.cell(row=row, column=2, value=d)
        row += 1
    row += 1
    ws.cell(row=row, column=2, value="Người lập biểu").font = Font(name="Times New Roman", bold=True, size=11)
    ws.cell(row=row, column=5, value=r["signer"][0]).font = Font(name="Times New Roman", bold=True, size=11)
    ws.cell(row=row, column=5).alignment = Alignment(wrap_text=True, horizontal="center")
    ws.cell(row=row + 4, column=2, value=r["maker"])
    ws.cell(row=row + 4, column=5, value=r["signer"][1]).alignment = Alignment(horizontal="center")
    for col, w in zip("ABCDEF", (6, 38, 24, 46, 18, 26)):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, r["file"]))

# ---------------------------------------------------------------------------
# HAND 3 — anh Duy, chuyên viên trẻ (Word). Part I is a narrative by own topic
# with NO status words; part II "TỰ KIỂM TRA TIẾN ĐỘ" is a table
# "TT | Nội dung (theo mục I) | Đúng thời hạn KH? | Còn việc tồn? | Ghi chú"
# answered Có / Không; the status is read from "Còn việc tồn?" (+ Ghi chú).
# Plain digits, money "186,5 triệu đồng", "1,25 tỷ đồng".
# ---------------------------------------------------------------------------
H3 = [
dict(file="TTCNTT_BC205_KH38.docx", unit=("SKHCN-TTCNTT", "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh"),
     parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ", up="TRUNG TÂM CÔNG NGHỆ THÔNG TIN\nVÀ ĐỊA KHÔNG GIAN",
     number="205/BC-TTCNTT", date="2026-10-21", signer=("GIÁM ĐỐC", "Phạm Minh Duy"),
     intro="Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh báo cáo tình hình thực hiện các nội dung được phân công phối hợp tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ như sau:",
     entries=[
 E("II.2.i", "in_progress", {"budget_spent_vnd": 186500000},
   "Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng",
   "Trung tâm xây dựng 4 dịch vụ kết nối (API) giữa hệ thống dữ liệu dùng chung của Sở với cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng; đồng bộ dữ liệu tổ chức đánh giá sự phù hợp và phương tiện đo nhóm 2. Kinh phí đã sử dụng 186,5 triệu đồng.",
   ("Có", "Có", "Còn đồng bộ dữ liệu mã số mã vạch")),
 E("II.2.đ", "completed", {},
   "Hệ thống quản lý chất lượng nội bộ",
   "Trung tâm cập nhật quy trình cung cấp dịch vụ dữ liệu địa không gian vào Hệ thống quản lý chất lượng TCVN ISO 9001:2015 của Sở; thực hiện đánh giá nội bộ tháng 7/2026.",
   ("Có", "Không", "")),
 E("II.3.a", "completed", {"participants": 4},
   "Cử viên chức tham dự hội thảo, tập huấn",
   "Trung tâm cử 4 viên chức tham dự hội thảo về chuyển đổi số trong hoạt động tiêu chuẩn, đo lường, chất lượng do Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia tổ chức tại Hà Nội.",
   ("Có", "Không", "")),
 E("II.6.a", "not_applicable", {},
   "Cập nhật điều ước, thỏa thuận quốc tế",
   "Trong kỳ, Trung tâm không nhận được yêu cầu phối hợp cập nhật điều ước, thỏa thuận quốc tế về tiêu chuẩn, đo lường, chất lượng.",
   ("—", "—", "Không phát sinh")),
     ],
     diffs=["Cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng thay đổi cấu trúc dữ liệu nhiều lần, phải điều chỉnh dịch vụ kết nối."],
     props=["Đề nghị Chi cục TĐC làm đầu mối đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia cung cấp tài liệu đặc tả kết nối ổn định."]),
dict(file="CDS-88-bao-cao-KH38.docx", unit=("SKHCN-CDS", "Phòng Chuyển đổi số"),
     parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ", up="PHÒNG CHUYỂN ĐỔI SỐ",
     number="88/BC-CĐS", date="2026-10-19", signer=("TRƯỞNG PHÒNG", "Lưu Hoàng Nam"),
     intro="Phòng Chuyển đổi số báo cáo kết quả thực hiện nhiệm vụ phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
     entries=[
 E("II.2.h", "completed", {},
   "Kết nối thủ tục hành chính về tiêu chuẩn, đo lường, chất lượng với Cổng một cửa quốc gia",
   "Phòng phối hợp Chi cục TĐC và Văn phòng Sở rà soát, đề xuất cải tiến Hệ thống thông tin giải quyết thủ tục hành chính của Bộ Khoa học và Công nghệ; thủ tục đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu được kết nối liên thông với Cổng thông tin một cửa quốc gia từ tháng 3/2026.",
   ("Có", "Không", "")),
 E("II.2.i", "in_progress", {},
   "Chia sẻ dữ liệu tiêu chuẩn, đo lường, chất lượng",
   "Phòng hướng dẫn Trung tâm Công nghệ thông tin và Địa không gian xây dựng danh mục dữ liệu mở về tổ chức đánh giá sự phù hợp, phương tiện đo; công khai trên Cổng dữ liệu của Sở.",
   ("Có", "Có", "Thường xuyên")),
 E("II.1.a", "completed", {"communications": 9},
   "Truyền thông trên môi trường số",
   "Phòng phối hợp đăng 9 tin, bài về tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử và trang mạng xã hội của Sở.",
   ("Có", "Không", "")),
 E("II.3.a", "unknown", {"training_courses": 1, "participants": 65},
   "Tập huấn phần mềm dịch vụ công",
   "Phòng tổ chức 1 lớp tập huấn sử dụng phần mềm dịch vụ công trực tuyến lĩnh vực tiêu chuẩn, đo lường, chất lượng cho 65 công chức các phường, xã.",
   None),
     ],
     diffs=["Một số phường, xã chưa bố trí công chức phụ trách dịch vụ công trực tuyến lĩnh vực khoa học và công nghệ."],
     props=["Đề nghị Văn phòng Sở bố trí kinh phí năm 2027 cho việc duy trì kết nối liên thông."]),
dict(file="STC_6120_BC_CT38.docx", unit=("SO-TC", "Sở Tài chính"),
     parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", up="SỞ TÀI CHÍNH",
     number="6120/BC-STC", date="2026-10-31", signer=("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Hữu Duy"),
     intro="Theo đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh, Sở Tài chính báo cáo các nội dung liên quan như sau:",
     entries=[
 E("II.4.a", "in_progress", {"budget_spent_vnd": 1250000000},
   "Bố trí, giải ngân kinh phí đầu tư trang thiết bị cho đơn vị sự nghiệp thuộc Sở Khoa học và Công nghệ",
   "Sở Tài chính thẩm định và trình bố trí dự toán mua sắm trang thiết bị thử nghiệm, hiệu chuẩn cho Trung tâm Dịch vụ Phân tích thí nghiệm; số kinh phí đã giải ngân đến 30/9/2026 là 1,25 tỷ đồng.",
   ("Có", "Có", "Còn phần dự toán bổ sung")),
 E("II.2.đ", "completed", {},
   "ISO tại cơ quan",
   "Sở duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; cập nhật quy trình thẩm định giá và quản lý công sản sau hợp nhất.",
   ("Có", "Không", "")),
 E("II.3.a", "completed", {"participants": 2},
   "Cử công chức dự tập huấn",
   "Cử 2 công chức Phòng Quản lý ngân sách tham dự lớp tập huấn về quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng.",
   ("Có", "Không", "")),
 E("II.2.c", "completed", {},
   "Góp ý văn bản",
   "Có ý kiến đối với dự thảo Nghị định quy định chi tiết Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) về các nội dung phí, lệ phí và kinh phí lấy mẫu.",
   ("Có", "Không", "")),
     ],
     diffs=["Các đơn vị đề nghị bổ sung dự toán mua sắm thiết bị muộn, sát thời điểm cuối năm."],
     props=["Đề nghị Sở Khoa học và Công nghệ chỉ đạo các đơn vị lập dự toán mua sắm năm 2027 trước ngày 30/6/2027."]),
dict(file="SDL_1408_KH38_2026.docx", unit=("SO-DL", "Sở Du lịch"),
     parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", up="SỞ DU LỊCH",
     number="1408/BC-SDL", date="2026-10-27", signer=("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Bùi Thị Ngọc Hiếu"),
     intro="Sở Du lịch báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
     entries=[
 E("II.1.a", "completed", {"training_courses": 1, "participants": 85},
   "Tọa đàm với doanh nghiệp du lịch",
   "Sở phối hợp Chi cục TĐC tổ chức 1 buổi tọa đàm về tiêu chuẩn chất lượng dịch vụ du lịch và đo lường trong kinh doanh, có 85 đại biểu doanh nghiệp lữ hành, lưu trú tham dự.",
   ("Có", "Không", "")),
 E("II.2.d", "in_progress", {"enterprises_supported": 17},
   "Hướng dẫn cơ sở lưu trú áp dụng tiêu chuẩn",
   "Hướng dẫn 17 cơ sở lưu trú áp dụng TCVN 4391:2015 về khách sạn – xếp hạng và chuẩn bị hồ sơ công nhận hạng sao.",
   ("Có", "Có", "")),
 E("II.2.e", "completed", {"standards_reviewed": 3},
   "Góp ý tiêu chuẩn dịch vụ du lịch",
   "Góp ý 3 dự thảo TCVN về dịch vụ lữ hành và điểm du lịch theo đề nghị của Bộ Văn hóa, Thể thao và Du lịch.",
   ("Có", "Không", "")),
 E("II.5.a", "in_progress", {"inspections": 2, "establishments_inspected": 12, "violations": 1, "fines_vnd": 7500000},
   "Kiểm tra cơ sở lưu trú",
   "Phối hợp 2 cuộc kiểm tra tại 12 cơ sở lưu trú về điều kiện kinh doanh, sử dụng phương tiện đo và ghi nhãn hàng hóa tại quầy; 1 cơ sở vi phạm, xử phạt 7,5 triệu đồng.",
   ("Có", "Có", "")),
 E("II.2.đ", "not_started", {},
   "Xây dựng lại ISO sau sắp xếp",
   "Sở mới được tổ chức lại, Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cần xây dựng lại toàn bộ; dự kiến khởi động tháng 11/2026.",
   ("Không", "Có", "Chưa bắt đầu")),
     ],
     diffs=["Nhiều cơ sở lưu trú nhỏ chưa quan tâm áp dụng tiêu chuẩn quốc gia do chi phí tư vấn cao."],
     props=["Đề nghị Chi cục TĐC hỗ trợ Sở Du lịch chuyên gia tư vấn xây dựng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.",
            "Đề nghị đưa doanh nghiệp du lịch vào đối tượng hỗ trợ của Chương trình năng suất chất lượng Thành phố."]),
dict(file="SVHTT-3877-CT38.docx", unit=("SO-VHTT", "Sở Văn hóa và Thể thao"),
     parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", up="SỞ VĂN HÓA VÀ THỂ THAO",
     number="3877/BC-SVHTT", date="2026-11-02", signer=("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Thị Ánh Hoa"),
     intro="Sở Văn hóa và Thể thao báo cáo kết quả thực hiện các nội dung liên quan tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ như sau:",
     entries=[
 E("II.1.a", "completed", {"communications": 25},
   "Tuyên truyền trên báo chí, truyền hình",
   "Sở chỉ đạo các cơ quan báo chí, Đài Truyền hình Thành phố đăng, phát 25 tin, bài, phóng sự (trong đó 3 phóng sự truyền hình) về chất lượng sản phẩm, hàng hóa và quyền lợi người tiêu dùng.",
   ("Có", "Không", "")),
 E("II.2.e", "completed", {"standards_reviewed": 2},
   "Góp ý tiêu chuẩn thể thao",
   "Góp ý 2 dự thảo TCVN về sân thể thao đa năng và thảm cỏ nhân tạo.",
   ("Có", "Không", "")),
 E("II.2.đ", "in_progress", {},
   "ISO tại Sở",
   "Sở rà soát, chuẩn hóa lại các quy trình theo TCVN ISO 9001:2015 sau khi chuyển chức năng quản lý nhà nước về du lịch sang Sở Du lịch; đã cập nhật 38/71 quy trình.",
   ("Có", "Có", "")),
 E("II.6.a", "not_applicable", {},
   "Thỏa thuận quốc tế",
   "Không có nội dung thuộc lĩnh vực của Sở.",
   ("—", "—", "Không phát sinh")),
     ],
     diffs=["Kinh phí sản xuất phóng sự truyền hình chuyên đề về tiêu chuẩn, chất lượng chưa được bố trí riêng."],
     props=["Đề nghị Sở Khoa học và Công nghệ cung cấp tư liệu, số liệu định kỳ hằng quý cho các cơ quan báo chí."]),
]

def h3_docx(r):
    doc = Document(); set_font(doc, "Times New Roman", 13)
    sec = doc.sections[0]; sec.left_margin = Cm(2.5); sec.right_margin = Cm(2)
    left = [(l, False, False) for l in r["parent"].split("\n")] + [(l, True, False) for l in r["up"].split("\n")] + \
           [("_______", False, False), ("Số: " + r["number"], False, False)]
    right = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False), ("_________________", False, False)]
    header_table(doc, left, right, "TP. Hồ Chí Minh, " + vn_date(r["date"]))
    para(doc, "BÁO CÁO", bold=True, align="c", size=14, space_after=0)
    para(doc, "Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    para(doc, r["intro"], align="j")
    para(doc, "I. KẾT QUẢ TRIỂN KHAI", bold=True, indent=False)
    for i, e in enumerate(r["entries"], 1):
        para(doc, f"{i}. {e['title']}", bold=True, indent=False)
        para(doc, e["body"], align="j")
    para(doc, "II. TỰ KIỂM TRA TIẾN ĐỘ", bold=True, indent=False)
    rows = [(i, e) for i, e in enumerate(r["entries"], 1) if e["st"]]
    t = doc.add_table(rows=1 + len(rows), cols=5); t.style = "Table Grid"
    for j, h in enumerate(["TT", "Nội dung (theo mục I)", "Đúng thời hạn KH?", "Còn việc tồn?", "Ghi chú"]):
        c = t.cell(0, j); c.paragraphs[0].add_run(h).bold = True
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for k, (i, e) in enumerate(rows, 1):
        vals = [str(i), e["title"], e["st"][0], e["st"][1], e["st"][2]]
        for j, v in enumerate(vals):
            t.cell(k, j).text = v
            if j in (0, 2, 3):
                t.cell(k, j).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for row in t.rows:
        for j, w in enumerate((1, 7, 2.6, 2.4, 4)):
            row.cells[j].width = Cm(w)
    para(doc, "")
    para(doc, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for d in r["diffs"]:
        para(doc, "- " + d, align="j")
    para(doc, "IV. ĐỀ XUẤT", bold=True, indent=False)
    for d in r["props"]:
        para(doc, "- " + d, align="j")
    t = doc.add_table(rows=1, cols=2)
    c0 = t.cell(0, 0); c0.paragraphs[0].add_run("Nơi nhận:").bold = True
    for line in ["- Chi cục TĐC (để tổng hợp);", "- Lưu: VT."]:
        c0.add_paragraph(line)
    c1 = t.cell(0, 1)
    lines = r["signer"][0].split("\n") + ["", "", ""] + [r["signer"][1]]
    for i, line in enumerate(lines):
        pp = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
        if line: pp.add_run(line).bold = True
        pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(os.path.join(OUT, r["file"]))

# ---------------------------------------------------------------------------
# HAND 4 — chị Mai, văn thư kiêm tổng hợp (Excel, one sheet "Theo doi").
# Block A: job list "Việc số | Tên việc | Thuộc KH | Trạng thái việc" with
# "Đóng / Mở / Chưa mở / Không có" (ticket words, legend in italics under it);
# Block B: figures "Việc số | Nội dung số liệu | Số | ĐVT" as numeric cells;
# Block C / D: vướng mắc and đề nghị numbered rows.
# ---------------------------------------------------------------------------
H4 = [
dict(file="ChiCucTDC_1955_TongHop_KH38.xlsx", unit=("SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
     head=["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG"],
     number="1955/BC-TĐC", date="2026-11-10",
     entries=[
 E("II.1.a", "completed", {"training_courses": 5, "participants": 412}, "Tập huấn văn bản QPPL cho doanh nghiệp và tọa đàm DN nhập khẩu", "",
   "Đóng", {"ref": "mục 1", "rows": [("Số lớp tập huấn, tọa đàm đã tổ chức", 5, "lớp/buổi"), ("Lượt người tham dự", 412, "lượt")]}),
 E("II.1.b", "completed", {"enterprises_supported": 9}, "Vận động, hướng dẫn DN tham dự Giải thưởng CLQG", "",
   "Đóng", {"ref": "mục 1", "rows": [("Doanh nghiệp được hướng dẫn hồ sơ", 9, "DN")]}),
 E("II.2.b", "in_progress", {}, "Tổ chức Hội đồng sơ tuyển Giải thưởng CLQG 2026", "",
   "Mở", {"ref": "mục 2", "rows": []}),
 E("II.2.d", "in_progress", {"enterprises_supported": 23}, "Hỗ trợ DN áp dụng HTQL tiên tiến, công bố hợp chuẩn hợp quy", "",
   "Mở", {"ref": "mục 2", "rows": [("DN được hỗ trợ, tư vấn", 23, "DN")]}),
 E("II.2.a", "not_started", {}, "Triển khai KH năng suất chất lượng, Đề án 996, Đề án 100 năm 2026", "",
   "Chưa mở", {"ref": "mục 2", "rows": []}),
 E("II.3.a", "in_progress", {"training_courses": 3, "participants": 268}, "Tập huấn nghiệp vụ cho công chức Sở, ngành, phường xã", "",
   "Mở", {"ref": "mục 3", "rows": [("Lớp tập huấn", 3, "lớp"), ("Học viên", 268, "người")]}),
 E("II.4.b", "completed", {"instruments_verified": 34}, "Kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ", "",
   "Đóng", {"ref": "mục 4", "rows": [("Phương tiện đo đã kiểm định, hiệu chuẩn", 34, "chiếc")]}),
 E("II.5.a", "in_progress", {"inspections": 12, "establishments_inspected": 146, "violations": 19, "fines_vnd": 287500000}, "Kiểm tra TĐC hàng hóa lưu thông, nhập khẩu", "",
   "Mở", {"ref": "mục 5", "rows": [("Cuộc kiểm tra", 12, "cuộc"), ("Cơ sở được kiểm tra", 146, "cơ sở"), ("Cơ sở vi phạm", 19, "cơ sở"), ("Tiền phạt VPHC", 287500000, "đồng")]}),
 E("II.5.b", "in_progress", {"samples_tested": 160}, "Khảo sát chất lượng sản phẩm hàng hóa", "",
   "Mở", {"ref": "mục 5", "rows": [("Mẫu khảo sát đã lấy", 160, "mẫu")]}),
 E("II.5.c", "in_progress", {}, "Hướng dẫn phường, xã, đặc khu thực hiện nội dung phân quyền", "",
   "Mở", {"ref": "mục 5", "rows": []}),
 E("II.6.b", "not_applicable", {}, "Phối hợp APO", "",
   "Không có", {"ref": "mục 6", "rows": []}),
     ],
     diffs=["Số lượng công chức làm công tác kiểm tra ít so với địa bàn Thành phố sau hợp nhất.",
            "Một số phường, xã chưa phân công công chức theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng."],
     props=["Đề nghị Sở bổ sung biên chế cho Phòng Quản lý đo lường và Phòng Quản lý chất lượng.",
            "Đề nghị Sở có văn bản nhắc các phường, xã cử đầu mối phối hợp."],
     signer=("CHI CỤC TRƯỞNG", "Nguyễn Văn Mai Anh"), maker="Trần Ngọc Mai"),
dict(file="KTPC_74_theo-doi-KH38.xlsx", unit=("SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế"),
     head=["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA - PHÁP CHẾ"],
     number="74/BC-KTPC", date="2026-10-24",
     entries=[
 E("II.5.a", "in_progress", {"inspections": 5, "establishments_inspected": 38}, "Phối hợp Chi cục kiểm tra hàng hóa", "",
   "Mở", {"ref": "5a", "rows": [("Đoàn kiểm tra có Phòng tham gia", 5, "đoàn"), ("Cơ sở được kiểm tra", 38, "cơ sở")]}),
 E("II.5.d", "in_progress", {"violations": 2, "fines_vnd": 24000000}, "Tiếp nhận, xử lý phản ánh, tố giác vi phạm", "",
   "Mở", {"ref": "5d", "rows": [("Trường hợp vi phạm đã xử phạt", 2, "trường hợp"), ("Số tiền phạt", 24000000, "đồng")]}),
 E("II.2.c", "completed", {}, "Góp ý dự thảo Luật, Nghị định về TĐC", "",
   "Đóng", {"ref": "2c", "rows": []}),
 E("II.4.b", "not_applicable", {}, "Bảo trì, kiểm định phương tiện kỹ thuật nghiệp vụ", "",
   "Không có", {"ref": "4b", "rows": []}),
 E("II.5.b", "in_progress", {}, "Tổng hợp kết quả khảo sát chất lượng gửi cơ quan thanh tra", "",
   "Mở", {"ref": "5b", "rows": []}),
     ],
     diffs=["Phòng chỉ có 03 công chức, không đủ người tham gia tất cả các đoàn kiểm tra của Chi cục."],
     props=["Đề nghị Chi cục gửi kế hoạch kiểm tra theo quý để Phòng chủ động bố trí người."],
     signer=("TRƯỞNG PHÒNG", "Hồ Văn Lộc"), maker="Mai"),
dict(file="SoDTTG_GiamNgheo_2026.xlsx", unit=("SO-DTTG", "Sở Dân tộc và Tôn giáo"),
     head=["ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH", "SỞ DÂN TỘC VÀ TÔN GIÁO"],
     number="905/BC-SDTTG", date="2026-10-20", mistaken=True,
     title="KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ NĂM 2026",
     entries=[
 E(None, None, {}, "Hỗ trợ hộ nghèo người dân tộc thiểu số vay vốn sản xuất", "", "Mở",
   {"ref": "", "rows": [("Hộ được vay vốn", 214, "hộ"), ("Dư nợ", 9850000000, "đồng")]}),
 E(None, None, {}, "Tập huấn sinh kế cho đồng bào dân tộc thiểu số", "", "Đóng",
   {"ref": "", "rows": [("Lớp", 6, "lớp"), ("Học viên", 342, "người")]}),
 E(None, None, {}, "Rà soát hộ nghèo, cận nghèo cuối năm", "", "Chưa mở",
   {"ref": "", "rows": []}),
     ],
     diffs=["Một số hộ đồng bào dân tộc thiểu số di cư tự do, khó theo dõi."],
     props=["Đề nghị bổ sung nguồn vốn vay ưu đãi cho hộ mới thoát nghèo."],
     signer=("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Thạch Sô Phanh"), maker="Lý Thị Mai"),
dict(file="VPS_412_KH38_tinh-hinh.xlsx", unit=("SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ"),
     head=["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "VĂN PHÒNG SỞ"],
     number="412/BC-VP", date="2026-10-28",
     entries=[
 E("II.2.đ", "completed", {}, "Duy trì ISO 9001 của Sở (đánh giá nội bộ, cập nhật quy trình)", "",
   "Đóng", {"ref": "2đ", "rows": []}),
 E("II.2.h", "completed", {}, "Phối hợp kết nối hệ thống TTHC với Cổng một cửa quốc gia", "",
   "Đóng", {"ref": "2h", "rows": []}),
 E("II.4.a", "in_progress", {"budget_spent_vnd": 1738000000}, "Thủ tục mua sắm thiết bị cho Trung tâm Phân tích", "",
   "Mở", {"ref": "4a", "rows": [("Kinh phí đã thanh toán", 1738000000, "đồng")]}),
 E("II.5.d", "not_started", {}, "Khen thưởng người tố giác vi phạm TĐC", "",
   "Chưa mở", {"ref": "5d", "rows": []}),
 E("II.1.a", "completed", {"communications": 16}, "Đăng tin bài TĐC trên Cổng TTĐT Sở", "",
   "Đóng", {"ref": "1a", "rows": [("Tin, bài đã đăng", 16, "tin/bài")]}),
     ],
     diffs=["Chưa có hướng dẫn về mức khen thưởng cho người tố giác vi phạm trong lĩnh vực tiêu chuẩn, đo lường, chất lượng."],
     props=["Đề nghị Chi cục TĐC chủ trì dự thảo quy chế khen thưởng người tố giác để Văn phòng trình Giám đốc Sở."],
     signer=("CHÁNH VĂN PHÒNG", "Đinh Thị Hồng Nhung"), maker="N.T.Mai"),
]

def h4_xlsx(r):
    wb = Workbook(); ws = wb.active; ws.title = "Theo doi"
    F = lambda **k: Font(name="Arial", **({"size": 10} | k))
    ws["A1"] = r["head"][0]; ws["A2"] = r["head"][1]; ws["A2"].font = F(bold=True)
    ws["A3"] = "Số: " + r["number"]
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = F(bold=True)
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"; ws["D2"].font = F(bold=True)
    y, m, d = r["date"].split("-")
    ws["D3"] = f"Ngày báo cáo: {d}/{m}/{y}"; ws["D3"].font = F(italic=True)
    ws["A5"] = r.get("title", "TÌNH HÌNH THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (theo dõi đến ngày báo cáo)")
    ws["A5"].font = F(bold=True, size=12)
    row = 7
    ws.cell(row=row, column=1, value="A. DANH SÁCH VIỆC").font = F(bold=True); row += 1
    for j, h in enumerate(["Việc số", "Tên việc", "Thuộc KH", "Trạng thái việc"], 1):
        c = ws.cell(row=row, column=j, value=h); c.font = F(bold=True); c.border = BOX
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    row += 1
    for i, e in enumerate(r["entries"], 1):
        vals = [f"V{i:02d}", e["title"], e["extra"]["ref"] or None, e["st"]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=row, column=j, value=v); c.font = F(); c.border = BOX
            c.alignment = Alignment(wrap_text=(j == 2), vertical="top")
        row += 1
    ws.cell(row=row, column=2, value="Đóng = việc đã xong; Mở = đang làm; Chưa mở = chưa làm; Không có = không phát sinh việc").font = F(italic=True, size=9)
    row += 2
    ws.cell(row=row, column=1, value="B. SỐ LIỆU").font = F(bold=True); row += 1
    for j, h in enumerate(["Việc số", "Nội dung số liệu", "Số", "ĐVT"], 1):
        c = ws.cell(row=row, column=j, value=h); c.font = F(bold=True); c.border = BOX
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    row += 1
    for i, e in enumerate(r["entries"], 1):
        for (lab, num, dvt) in e["extra"]["rows"]:
            vals = [f"V{i:02d}", lab, num, dvt]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=row, column=j, value=v); c.font = F(); c.border = BOX
                if j == 3: c.number_format = "#,##0"
            row += 1
    row += 1
    ws.cell(row=row, column=1, value="C. VƯỚNG MẮC").font = F(bold=True); row += 1
    for k, d in enumerate(r["diffs"], 1):
        ws.cell(row=row, column=1, value=k); ws.cell(row=row, column=2, value=d); row += 1
    row += 1
    ws.cell(row=row, column=1, value="D. ĐỀ NGHỊ").font = F(bold=True); row += 1
    for k, d in enumerate(r["props"], 1):
        ws.cell(row=row, column=1, value=k); ws.cell(row=row, column=2, value=d); row += 1
    row += 1
    ws.cell(row=row, column=1, value="Người tổng hợp: " + r["maker"]).font = F(italic=True)
    ws.cell(row=row, column=4, value=r["signer"][0]).font = F(bold=True)
    ws.cell(row=row + 4, column=4, value=r["signer"][1]).font = F(bold=True)
    for col, w in zip("ABCD", (9, 62, 16, 22)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, r["file"]))

# ---------------------------------------------------------------------------
def libre_resave(fname):
    src = os.path.join(OUT, fname)
    ext = fname.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, fname), src)
    shutil.rmtree(tmp, ignore_errors=True)

def key_for(r):
    path = os.path.join(OUT, r["file"])
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    mistaken = r.get("mistaken", False)
    entries = []
    if not mistaken:
        for e in r["entries"]:
            entries.append({"task": e["task"], "status": e["status"], "indicators": dict(e["ind"]),
                            "text": (e["title"] + (": " + e["body"].replace("\n", "; ") if e["body"] else "")).strip()})
    return {
        "file": r["file"], "sha256": sha,
        "status": "rejected" if mistaken else "extracted",
        "reason": (r.get("reason") if mistaken else None),
        "unit": {"id": r["unit"][0], "name": r["unit"][1]},
        "document": {"number": r["number"], "date": r["date"]},
        "entries": entries, "findings": [],
        "difficulties": [] if mistaken else list(r["diffs"]),
        "proposals": [] if mistaken else list(r["props"]),
    }

H1[3]["reason"] = "Báo cáo công tác cải cách hành chính Quý III/2026 của Sở Nội vụ, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm)."
H4[2]["reason"] = "Báo cáo kết quả Chương trình giảm nghèo bền vững vùng đồng bào dân tộc thiểu số, không phải báo cáo thực hiện Kế hoạch CT38 (gửi nhầm)."

RESAVE = {"SVHTT-3877-CT38.docx", "KTPC_74_theo-doi-KH38.xlsx"}

if __name__ == "__main__":
    allr = [(h1_docx, r) for r in H1] + [(h2_xlsx, r) for r in H2] + [(h3_docx, r) for r in H3] + [(h4_xlsx, r) for r in H4]
    for fn, r in allr:
        fn(r)
        if r["file"] in RESAVE:
            libre_resave(r["file"])
        k = key_for(r)
        with open(os.path.join(TRUTH, r["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(k, f, ensure_ascii=False, indent=2)
    print(len(allr), "files")
