# -*- coding: utf-8 -*-
"""Generator for set120: city departments and city-level partner bodies."""
import csv, hashlib, json, os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
AG = {r["id"]: r["name"] for r in csv.DictReader(open("/work/shared/data/agencies.csv", encoding="utf-8"))}


def vn(n):
    return f"{n:,}".replace(",", ".")


def date_words(d):
    y, m, dd = d.split("-")
    return f"ngày {dd} tháng {m} năm {y}"


# ---------------------------------------------------------------- DOCX helpers
def new_doc(font="Times New Roman", size=13):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return doc


def para(doc_or_cell, text="", bold=False, italic=False, align=None, size=None, indent=None, space_after=None):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    return p


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}"); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)


def cell_text(cell, lines, bold_first=False, size=None, align=None, italic=False):
    cell.text = ""
    first = True
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(ln)
        r.bold = bold_first and i == 0
        r.italic = italic
        if size: r.font.size = Pt(size)
        if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def header_block(doc, parent, unit_upper, number, date, sub=None):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    l = [parent, unit_upper] if parent else [unit_upper]
    l += ["_______", f"Số: {number}" if number else "Số:        /BC-"]
    cell_text(t.cell(0, 0), l, size=12, align="c")
    for p in t.cell(0, 0).paragraphs[:len(l) - 2]:
        for r in p.runs: r.bold = True
    cell_text(t.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "_______________",
                             f"Thành phố Hồ Chí Minh, {date_words(date)}"], size=12, align="c")
    for p in t.cell(0, 1).paragraphs[:2]:
        for r in p.runs: r.bold = True
    t.cell(0, 1).paragraphs[3].runs[0].italic = True


def sign(doc, role, name, noi_nhan):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    c = t.cell(0, 0)
    cell_text(c, ["Nơi nhận:"] + noi_nhan, size=11)
    c.paragraphs[0].runs[0].bold = True; c.paragraphs[0].runs[0].italic = True
    cell_text(t.cell(0, 1), role + ["", "", "", name], align="c")
    for p in t.cell(0, 1).paragraphs:
        for r in p.runs: r.bold = True


# ---------------------------------------------------------------- XLSX helpers
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CWRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")


# ================================================================ DATA
FILES = []


def F(**kw):
    FILES.append(kw)


# ---------------- Hand 1: "margin note" layout (borderless two-column table, status in narrow right cell)
F(hand="H1", fn="SCT-bao-cao-phoi-hop-KH38-2026.docx", unit="SO-CT", parent="UBND THÀNH PHỐ HỒ CHÍ MINH",
  number="1847/BC-SCT", date="2026-10-28",
  intro="Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo kết quả phối hợp thực hiện từ đầu năm đến ngày 25/10/2026 như sau:",
  entries=[
      dict(task="II.5.a", status="in_progress", sw=["Đang tiếp tục", "(thường xuyên)"],
           title="Kiểm tra đo lường, chất lượng xăng dầu, LPG lưu thông trên thị trường",
           body="Sở chỉ đạo Chi cục Quản lý thị trường Thành phố phối hợp với Chi cục TĐC kiểm tra đo lường, chất lượng xăng dầu và khí dầu mỏ hóa lượng tại các cửa hàng, đại lý, tập trung khu vực Bình Dương (cũ) và Bà Rịa - Vũng Tàu (cũ). Tổng cộng đã tiến hành 14 cuộc kiểm tra tại 62 cửa hàng; phát hiện 09 cơ sở vi phạm (cột đo quá hạn kiểm định, sai số vượt mức cho phép, không niêm yết), xử phạt 187.500.000 đồng.",
           ind=dict(inspections=14, establishments_inspected=62, violations=9, fines_vnd=187500000)),
      dict(task="II.5.b", status="completed", sw=["Xong", "tháng 9/2026"],
           title="Lấy mẫu xăng dầu để khảo sát chất lượng",
           body="Phối hợp lấy 36 mẫu xăng RON 95, E5 RON 92 và dầu diesel gửi Trung tâm Dịch vụ Phân tích thí nghiệm thử nghiệm; kết quả có 02 mẫu không phù hợp chỉ tiêu trị số octan, đã chuyển Chi cục Quản lý thị trường xử lý theo thẩm quyền.",
           ind=dict(samples_tested=36)),
      dict(task="II.2.e", status="completed", sw=["Xong"],
           title="Góp ý dự thảo quy chuẩn kỹ thuật",
           body="Có văn bản góp ý đối với 03 dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Công Thương và Bộ Khoa học và Công nghệ gửi lấy ý kiến (xăng, nhiên liệu điện tử; LPG; chai chứa khí).",
           ind=dict(standards_reviewed=3)),
      dict(task="II.3.a", status="completed", sw=["Xong", "tháng 6/2026"],
           title="Cử công chức dự tập huấn nghiệp vụ",
           body="Cử 11 công chức phòng Quản lý thương mại và Chi cục Quản lý thị trường tham dự lớp tập huấn nghiệp vụ đo lường, chất lượng do Chi cục TĐC tổ chức.",
           ind=dict(participants=11)),
      dict(task="II.1.a", status="in_progress", sw=["Đang làm"],
           title="Tuyên truyền, phổ biến pháp luật về đo lường trong kinh doanh",
           body="Đăng 08 tin, bài trên Trang thông tin điện tử của Sở về đo lường trong kinh doanh xăng dầu, ghi nhãn hàng hóa; lồng ghép nội dung vào hội nghị doanh nghiệp ngành thương mại.",
           ind=dict(communications=8)),
  ],
  diff=["Lực lượng quản lý thị trường sau sắp xếp còn mỏng trong khi địa bàn rộng, nên việc kiểm tra đo lường tại cửa hàng xăng dầu chưa được thường xuyên.",
        "Chi phí thử nghiệm mẫu xăng dầu cao, kinh phí được giao chưa đáp ứng yêu cầu."],
  prop=["Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí thử nghiệm mẫu đối với các đợt kiểm tra liên ngành.",
        "Đề nghị Chi cục TĐC cung cấp danh sách cửa hàng xăng dầu có cột đo chưa kiểm định để phối hợp kiểm tra."],
  signer=(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Trần Quốc Hưng"))

F(hand="H1", fn="BC 2315-SYT CT38.docx", unit="SO-YT", parent="ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH",
  number="2315/BC-SYT", date="2026-10-26", resave=True,
  intro="Sở Y tế nhận được Công văn đề nghị báo cáo của Chi cục Tiêu chuẩn Đo lường Chất lượng về kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Sở Y tế báo cáo như sau:",
  entries=[
      dict(task="II.5.a", status="in_progress", sw=["Đang làm", "(đến hết năm)"],
           title="Kiểm tra phương tiện đo dùng trong khám bệnh, chữa bệnh",
           body="Thanh tra Sở phối hợp kiểm tra 05 cuộc tại 41 cơ sở khám bệnh, chữa bệnh tư nhân về việc kiểm định phương tiện đo (huyết áp kế, nhiệt kế y học, cân sức khỏe); 06 cơ sở sử dụng phương tiện đo quá hạn kiểm định, đã lập biên bản và yêu cầu kiểm định lại.",
           ind=dict(inspections=5, establishments_inspected=41, violations=6)),
      dict(task="II.2.đ", status="completed", sw=["Xong", "T8/2026"],
           title="Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
           body="Duy trì, cải tiến hệ thống quản lý chất lượng tại Văn phòng Sở và các Chi cục trực thuộc; tổ chức đánh giá nội bộ, xem xét của lãnh đạo và công bố lại hệ thống sau khi sắp xếp bộ máy."),
      dict(task="II.3.a", status="completed", sw=["Xong"],
           title="Tham gia tập huấn",
           body="Cử 07 viên chức phụ trách trang thiết bị y tế tham dự tập huấn về đo lường do Chi cục TĐC tổ chức.",
           ind=dict(participants=7)),
      dict(task="II.2.e", status="completed", sw=["Xong"],
           title="Góp ý quy chuẩn",
           body="Góp ý 02 dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế theo đề nghị của Bộ Y tế.",
           ind=dict(standards_reviewed=2)),
      dict(task="II.5.d", status="not_applicable", sw=["Không có"],
           title="Tiếp nhận tố giác vi phạm",
           body="Trong kỳ, Sở không nhận được đơn thư tố giác vi phạm về đo lường, chất lượng trong lĩnh vực y tế."),
  ],
  diff=["Nhiều cơ sở y tế tư nhân chưa nắm danh mục phương tiện đo nhóm 2 phải kiểm định."],
  prop=["Đề nghị Chi cục TĐC phối hợp biên soạn tài liệu hướng dẫn về phương tiện đo trong lĩnh vực y tế để Sở phổ biến đến các cơ sở."],
  signer=(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Nguyễn Thị Mỹ Hạnh"))

F(hand="H1", fn="SXD_baocao_CT38_10thang.docx", unit="SO-XD", parent="UBND THÀNH PHỐ HỒ CHÍ MINH",
  number="3562/BC-SXD", date="2026-10-29",
  intro="Căn cứ nhiệm vụ được phân công, Sở Xây dựng báo cáo kết quả phối hợp thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (số liệu đến 20/10/2026):",
  entries=[
      dict(task="II.5.a", status="in_progress", sw=["Còn tiếp tục"],
           title="Kiểm tra chất lượng vật liệu xây dựng lưu thông",
           body="Phối hợp kiểm tra 04 cuộc về chất lượng sản phẩm, hàng hóa vật liệu xây dựng (xi măng, thép, kính xây dựng) tại 23 cửa hàng, đại lý; 03 cơ sở vi phạm về ghi nhãn và công bố hợp quy, xử phạt tổng số tiền 42.000.000 đồng.",
           ind=dict(inspections=4, establishments_inspected=23, violations=3, fines_vnd=42000000)),
      dict(task="II.5.b", status="in_progress", sw=["Đợt 1 xong,", "đợt 2 đang làm"],
           title="Lấy mẫu khảo sát vật liệu xây dựng",
           body="Đợt 1 đã lấy 18 mẫu thép cốt bê tông và xi măng để thử nghiệm, kết quả đạt yêu cầu; đợt 2 đang triển khai tại khu vực xã, phường phía Bắc Thành phố.",
           ind=dict(samples_tested=18)),
      dict(task="II.2.e", status="in_progress", sw=["Đang lấy ý kiến"],
           title="Xây dựng quy chuẩn kỹ thuật địa phương",
           body="Chủ trì soạn thảo 01 quy chuẩn kỹ thuật địa phương về hệ thống chiếu sáng đô thị; dự thảo đang gửi lấy ý kiến các sở, ngành.",
           ind=dict(standards_reviewed=1)),
      dict(task="II.1.a", status="completed", sw=["Đã làm xong", "(T4/2026)"],
           title="Phổ biến quy chuẩn vật liệu xây dựng cho doanh nghiệp",
           body="Tổ chức 01 hội nghị phổ biến QCVN 16:2023/BXD về sản phẩm, hàng hóa vật liệu xây dựng cho 160 đại biểu là doanh nghiệp sản xuất, nhập khẩu, kinh doanh vật liệu xây dựng.",
           ind=dict(training_courses=1, participants=160)),
  ],
  diff=["Việc lấy mẫu vật liệu xây dựng tại công trình gặp khó khăn do chủ đầu tư chưa phối hợp.",
        "Chưa có quy định cụ thể về kinh phí thử nghiệm mẫu khảo sát đối với vật liệu xây dựng."],
  prop=["Kiến nghị Sở Khoa học và Công nghệ chủ trì cuộc họp liên ngành thống nhất cơ chế lấy mẫu vật liệu xây dựng lưu thông."],
  signer=(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Lê Văn Thông"))

F(hand="H1", fn="TTTP - bc phoi hop CT38.docx", unit="THANHTRA-TP", parent="UBND THÀNH PHỐ HỒ CHÍ MINH",
  number="412/BC-TTTP", date="2026-10-30",
  intro="Thanh tra Thành phố báo cáo các nội dung có liên quan đến trách nhiệm phối hợp của cơ quan trong Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
  entries=[
      dict(task="II.5.d", status="completed", sw=["Đã giải quyết xong"],
           title="Xử lý đơn phản ánh, tố cáo liên quan đo lường, chất lượng",
           body="Tiếp nhận 03 đơn phản ánh về gian lận đo lường tại chợ và cửa hàng vàng bạc; đã chuyển Sở Khoa học và Công nghệ giải quyết theo thẩm quyền và theo dõi kết quả, bảo đảm giữ bí mật thông tin người phản ánh."),
      dict(task="II.5.a", status="completed", sw=["Xong"],
           title="Tham gia đoàn kiểm tra liên ngành",
           body="Cử thanh tra viên tham gia 02 đoàn kiểm tra liên ngành do Sở Khoa học và Công nghệ chủ trì tại 15 cơ sở kinh doanh vàng trang sức, mỹ nghệ.",
           ind=dict(inspections=2, establishments_inspected=15)),
      dict(task="II.3.a", status="completed", sw=["Xong"],
           title="Bồi dưỡng nghiệp vụ",
           body="04 thanh tra viên dự lớp cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng.",
           ind=dict(participants=4)),
      dict(task="II.2.c", status="not_applicable", sw=["Không phát sinh"],
           title="Góp ý văn bản quy phạm pháp luật",
           body="Trong kỳ chưa nhận được đề nghị góp ý dự thảo văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng."),
  ],
  diff=["Một số đơn phản ánh gửi qua nhiều cơ quan, nội dung trùng lặp, khó theo dõi kết quả xử lý."],
  prop=["Đề nghị Sở Khoa học và Công nghệ thông báo kết quả giải quyết đơn do Thanh tra Thành phố chuyển đến để tổng hợp."],
  signer=(["KT. CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA"], "Phạm Minh Tuấn"))

F(hand="H1", fn="STP_BC_CCHC_quy3.docx", unit="SO-TP", parent="UBND THÀNH PHỐ HỒ CHÍ MINH",
  number="2870/BC-STP", date="2026-10-12", rejected=True,
  reason="Báo cáo công tác cải cách hành chính quý III/2026 của Sở Tư pháp, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).",
  title_override=["BÁO CÁO", "Kết quả thực hiện công tác cải cách hành chính quý III năm 2026"],
  intro="Sở Tư pháp báo cáo kết quả thực hiện công tác cải cách hành chính quý III năm 2026 như sau:",
  entries=[
      dict(sw=["Xong"], title="Cải cách thể chế",
           body="Thẩm định 27 dự thảo văn bản quy phạm pháp luật; rà soát 112 văn bản, kiến nghị bãi bỏ 09 văn bản."),
      dict(sw=["Đang làm"], title="Cải cách thủ tục hành chính",
           body="Công bố 14 thủ tục hành chính mới, sửa đổi; tỷ lệ hồ sơ trực tuyến toàn trình đạt 86,4%."),
      dict(sw=["Xong"], title="Hiện đại hóa hành chính",
           body="Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015; số hóa 48.500 hồ sơ hộ tịch."),
  ],
  diff=["Số lượng hồ sơ chứng thực tăng cao, biên chế chưa đáp ứng."],
  prop=["Đề nghị Sở Nội vụ bổ sung chỉ tiêu biên chế cho bộ phận một cửa."],
  signer=(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Võ Thanh Bình"))

# ---------------- Hand 2: XLSX, binary "Đã xong / Chưa xong (…)" + "Cập nhật" column, units in headers
F(hand="H2", fn="STC_CT38_2026.xlsx", unit="SO-TC", upper="SỞ TÀI CHÍNH", number="5120/BC-STC", date="2026-10-27",
  entries=[
      dict(task="II.4.a", status="in_progress", sw="Chưa xong (đang làm)", upd="15/10/2026",
           title="Bố trí, thẩm định dự toán mua sắm trang thiết bị cho Trung tâm Dịch vụ Phân tích thí nghiệm",
           ind=dict(budget_spent_vnd=4350000000), note="Giải ngân đến 30/9/2026"),
      dict(task="II.4.b", status="completed", sw="Đã xong", upd="30/9/2026",
           title="Kinh phí bảo trì, kiểm định phương tiện, thiết bị kỹ thuật nghiệp vụ (Chi cục TĐC)",
           ind=dict(budget_spent_vnd=286400000)),
      dict(task="II.2.đ", status="completed", sw="Đã xong", upd="20/8/2026",
           title="Duy trì HTQLCL TCVN ISO 9001:2015 tại Sở Tài chính"),
      dict(task="II.3.a", status="completed", sw="Đã xong", upd="12/6/2026",
           title="Cử công chức dự tập huấn nghiệp vụ TĐC do Chi cục tổ chức",
           ind=dict(participants=5)),
      dict(task="II.2.c", status="completed", sw="Đã xong", upd="03/7/2026",
           title="Góp ý dự thảo văn bản về phí, lệ phí trong lĩnh vực TĐC (khi có yêu cầu)", note="01 văn bản góp ý"),
  ],
  diff=["Hồ sơ đề nghị mua sắm thiết bị của đơn vị gửi chậm, phải bổ sung báo giá nhiều lần."],
  prop=["Đề nghị Sở KH&CN chỉ đạo Trung tâm hoàn thiện hồ sơ mua sắm trước ngày 15/11/2026 để kịp giải ngân trong năm."])

F(hand="H2", fn="SNNMT - BC CT38 (T10).xlsx", unit="SO-NNMT", upper="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", number="4471/BC-SNNMT", date="2026-10-28",
  entries=[
      dict(task="II.5.a", status="in_progress", sw="Chưa xong (đang làm)", upd="24/10/2026",
           title="Kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi lưu thông",
           ind=dict(inspections=7, establishments_inspected=58, violations=11, fines_vnd=96750000)),
      dict(task="II.5.b", status="completed", sw="Đã xong", upd="30/9/2026",
           title="Lấy mẫu phân bón khảo sát chất lượng", ind=dict(samples_tested=45), note="08 mẫu không đạt"),
      dict(task="II.2.e", status="completed", sw="Đã xong", upd="10/9/2026",
           title="Góp ý dự thảo QCVN lĩnh vực nông nghiệp, môi trường", ind=dict(standards_reviewed=4)),
      dict(task="II.2.a", status="in_progress", sw="Chưa xong (đang làm)", upd="24/10/2026",
           title="Hỗ trợ HTX, doanh nghiệp nông nghiệp áp dụng truy xuất nguồn gốc (Đề án 100)",
           ind=dict(enterprises_supported=12)),
      dict(task="II.1.a", status="completed", sw="Đã xong", upd="28/7/2026",
           title="Tập huấn ghi nhãn phân bón, thuốc BVTV cho cơ sở kinh doanh",
           ind=dict(training_courses=2, participants=210)),
      dict(task="II.3.b", status="not_started", sw="Chưa xong (chưa làm)", upd="24/10/2026",
           title="Bồi dưỡng chuyên sâu năng suất chất lượng cho cán bộ khuyến nông", note="Chờ Chi cục TĐC mở lớp"),
  ],
  diff=["Địa bàn sau hợp nhất rộng, nhiều cơ sở kinh doanh phân bón nhỏ lẻ ở các xã thuộc Bình Dương (cũ), Bà Rịa - Vũng Tàu (cũ) chưa được kiểm tra.",
        "Một số HTX chưa đủ điều kiện hạ tầng để áp dụng truy xuất nguồn gốc."],
  prop=["Đề nghị Sở KH&CN ưu tiên hỗ trợ kinh phí tem truy xuất nguồn gốc cho HTX nông nghiệp năm 2027."])

F(hand="H2", fn="SGDDT_BaoCao_CT38.xlsx", unit="SO-GDDT", upper="SỞ GIÁO DỤC VÀ ĐÀO TẠO", number="3088/BC-SGDĐT", date="2026-10-26",
  entries=[
      dict(task="II.3.d", status="completed", sw="Đã xong", upd="18/9/2026",
           title="Phối hợp tập huấn tiêu chuẩn, mã số mã vạch cho học sinh, sinh viên các trường cao đẳng, trung cấp",
           ind=dict(training_courses=3, participants=420)),
      dict(task="II.5.a", status="in_progress", sw="Chưa xong (đang làm)", upd="22/10/2026",
           title="Phối hợp kiểm tra chất lượng thiết bị dạy học, đồ chơi trẻ em tại cơ sở cung ứng",
           ind=dict(inspections=2, establishments_inspected=16)),
      dict(task="II.1.a", status="completed", sw="Đã xong", upd="30/9/2026",
           title="Đưa tin, bài tuyên truyền lên Cổng thông tin ngành giáo dục", ind=dict(communications=5)),
      dict(task="II.2.đ", status="in_progress", sw="Chưa xong (đang làm)", upd="22/10/2026",
           title="Chuyển đổi HTQLCL ISO 9001 sang môi trường điện tử tại Văn phòng Sở"),
      dict(task="II.3.b", status="not_started", sw="Chưa xong (chưa làm)", upd="22/10/2026",
           title="Bồi dưỡng năng suất chất lượng cho giáo viên trường nghề", note="Dự kiến Quý I/2027"),
  ],
  diff=["Lịch học của các trường không thống nhất nên khó bố trí thời gian tập huấn chung."],
  prop=["Đề nghị Chi cục TĐC cung cấp tài liệu, bài giảng điện tử để các trường tự tổ chức."])

F(hand="H2", fn="SDL-CT38.xlsx", unit="SO-DL", upper="SỞ DU LỊCH", number="1206/BC-SDL", date="2026-10-29", resave=True,
  entries=[
      dict(task="II.1.a", status="completed", sw="Đã xong", upd="25/9/2026",
           title="Tuyên truyền về đo lường, chất lượng trong kinh doanh tại điểm du lịch", ind=dict(communications=6)),
      dict(task="II.5.a", status="completed", sw="Đã xong", upd="14/8/2026",
           title="Phối hợp kiểm tra cân tại chợ Bến Thành và khu ẩm thực phục vụ khách du lịch",
           ind=dict(inspections=1, establishments_inspected=24, violations=2, fines_vnd=7500000)),
      dict(task="II.2.d", status="in_progress", sw="Chưa xong (đang làm)", upd="20/10/2026",
           title="Hướng dẫn doanh nghiệp lữ hành, cơ sở lưu trú áp dụng tiêu chuẩn quốc gia (TCVN 4391:2015)",
           ind=dict(enterprises_supported=9)),
      dict(task="II.6.b", status="not_applicable", sw="Không phát sinh việc", upd="20/10/2026",
           title="Phối hợp APO nâng cao năng suất (nếu có yêu cầu)"),
  ],
  diff=["Phản ánh của khách du lịch về cân thiếu thường phát sinh ngoài giờ hành chính, khó xác minh."],
  prop=["Đề nghị bố trí cân đối chứng tại các chợ có đông khách du lịch."])

# ---------------- Hand 3: internal division DOCX, narrative + "Những con số chính:" bare list + "Tính đến ngày báo cáo:" line
F(hand="H3", fn="KTPC_bao cao CT38 nam 2026.docx", unit="SKHCN-KTPC", parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ",
  upper="PHÒNG KIỂM TRA – PHÁP CHẾ", number="86/BC-KTPC", date="2026-10-23",
  entries=[
      dict(task="II.5.a", status="in_progress", sw="đang tiếp tục thực hiện theo kế hoạch kiểm tra năm",
           title="Phối hợp kiểm tra, xử lý vi phạm về tiêu chuẩn, đo lường, chất lượng",
           body="Phòng phối hợp với Chi cục TĐC tổ chức các đoàn kiểm tra theo kế hoạch và đột xuất đối với hàng hóa lưu thông, cửa hàng xăng dầu, vàng trang sức; tham mưu Giám đốc Sở ban hành quyết định xử phạt vi phạm hành chính.",
           figs=[("06 cuộc kiểm tra", "inspections", 6), ("47 cơ sở được kiểm tra", "establishments_inspected", 47),
                 ("08 cơ sở vi phạm", "violations", 8), ("134.250.000 đồng tiền phạt (08 quyết định)", "fines_vnd", 134250000)]),
      dict(task="II.2.c", status="completed", sw="đã hoàn thành",
           title="Góp ý sửa đổi văn bản quy phạm pháp luật",
           body="Phòng chủ trì tổng hợp ý kiến của Sở đối với dự thảo Nghị định sửa đổi, bổ sung Nghị định số 119/2017/NĐ-CP quy định xử phạt vi phạm hành chính trong lĩnh vực tiêu chuẩn, đo lường và chất lượng sản phẩm, hàng hóa, gửi Bộ Khoa học và Công nghệ đúng hạn."),
      dict(task="II.4.b", status="completed", sw="đã hoàn thành",
           title="Phương tiện, thiết bị kỹ thuật nghiệp vụ",
           body="Phối hợp Chi cục rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP; các phương tiện đến hạn đã được gửi kiểm định, hiệu chuẩn.",
           figs=[("12 phương tiện, thiết bị được kiểm định, hiệu chuẩn", "instruments_verified", 12)]),
      dict(task="II.5.d", status="in_progress", sw="còn 01 đơn đang xác minh",
           title="Tiếp nhận, xử lý tố giác",
           body="Tiếp nhận 02 đơn tố giác hành vi gian lận đo lường; đã giải quyết xong 01 đơn, 01 đơn đang phối hợp xác minh. Thông tin người tố giác được bảo mật theo quy định."),
      dict(task="II.5.c", status="in_progress", sw="thực hiện thường xuyên, đang tiếp tục",
           title="Hướng dẫn phường, xã, đặc khu thực hiện nội dung được phân quyền",
           body="Tổ chức buổi hướng dẫn trực tuyến về thẩm quyền, trình tự xử phạt vi phạm hành chính lĩnh vực TĐC cho công chức 168 phường, xã, đặc khu.",
           figs=[("01 buổi hướng dẫn trực tuyến", "training_courses", 1), ("236 lượt công chức tham dự", "participants", 236)]),
  ],
  diff=["Công chức phường, xã sau sắp xếp phần lớn mới tiếp cận lĩnh vực TĐC, hồ sơ xử phạt chuyển lên còn thiếu sót.",
        "Phòng chỉ có 05 công chức nhưng phải đảm nhiệm cả công tác pháp chế, kiểm tra toàn lĩnh vực của Sở."],
  prop=["Đề xuất Chi cục TĐC xây dựng bộ mẫu biên bản, quyết định xử phạt dùng chung cho phường, xã, đặc khu."])

F(hand="H3", fn="QLKH-BC CT38.docx", unit="SKHCN-QLKH", parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ",
  upper="PHÒNG QUẢN LÝ KHOA HỌC", number="54/BC-QLKH", date="2026-10-22",
  entries=[
      dict(task="II.3.c", status="in_progress", sw="đang thực hiện",
           title="Thu hút chuyên gia, nhà khoa học lĩnh vực tiêu chuẩn, đo lường, chất lượng",
           body="Phòng tiếp nhận 02 hồ sơ đề nghị thu hút chuyên gia lĩnh vực đo lường theo Quyết định số 05/2026/QĐ-UBND; hồ sơ đang được Hội đồng thẩm định xem xét, chưa có trường hợp được công nhận."),
      dict(task="II.2.a", status="in_progress", sw="đang thực hiện",
           title="Hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng bằng nhiệm vụ khoa học và công nghệ",
           body="Phê duyệt và triển khai nhiệm vụ hỗ trợ doanh nghiệp đổi mới công nghệ, nâng cao năng suất chất lượng (Chương trình 1322 của Thành phố).",
           figs=[("04 doanh nghiệp được hỗ trợ", "enterprises_supported", 4), ("1,2 tỷ đồng kinh phí đã cấp", "budget_spent_vnd", 1200000000)]),
      dict(task="II.3.b", status="completed", sw="đã hoàn thành",
           title="Cử viên chức đào tạo chuyên gia năng suất",
           body="Cử viên chức tham dự khóa đào tạo chuyên gia năng suất do Viện Năng suất Việt Nam tổ chức.",
           figs=[("02 viên chức tham dự", "participants", 2)]),
      dict(task="II.6.b", status="not_applicable", sw="không phát sinh (chưa có yêu cầu)",
           title="Hợp tác với APO",
           body="Trong năm chưa có yêu cầu phối hợp với Tổ chức Năng suất Châu Á."),
  ],
  diff=["Mức hỗ trợ thu hút chuyên gia theo quy định mới chưa có hướng dẫn chi tiết về nguồn kinh phí."],
  prop=["Đề nghị Văn phòng Sở phối hợp Sở Tài chính hướng dẫn nguồn chi cho chính sách thu hút chuyên gia.",
        "Đề nghị Chi cục TĐC giới thiệu doanh nghiệp có nhu cầu đổi mới công nghệ để Phòng hướng dẫn đăng ký nhiệm vụ."])

F(hand="H3", fn="VPS bao cao KH CT38.docx", unit="SKHCN-VP", parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ",
  upper="VĂN PHÒNG SỞ", number="131/BC-VP", date="2026-10-24",
  entries=[
      dict(task="II.2.đ", status="completed", sw="đã hoàn thành",
           title="Hệ thống quản lý chất lượng của Sở",
           body="Phối hợp Chi cục TĐC cập nhật hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau khi kiện toàn tổ chức; ban hành 14 quy trình sửa đổi, tổ chức đánh giá nội bộ tháng 9/2026."),
      dict(task="II.2.h", status="completed", sw="đã hoàn thành (Quý I/2026)",
           title="Kết nối hệ thống giải quyết thủ tục hành chính",
           body="Phối hợp Chi cục, Phòng Chuyển đổi số hoàn tất kết nối liên thông với Cổng thông tin một cửa quốc gia đối với thủ tục đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu."),
      dict(task="II.4.a", status="in_progress", sw="đang thực hiện",
           title="Mua sắm trang thiết bị cho đơn vị sự nghiệp",
           body="Phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm lựa chọn nhà thầu cung cấp thiết bị thử nghiệm; gói thầu số 2 đang chấm thầu.",
           figs=[("2.785.000.000 đồng đã giải ngân", "budget_spent_vnd", 2785000000)]),
      dict(task="II.1.a", status="in_progress", sw="đang thực hiện",
           title="Thông tin, tuyên truyền",
           body="Đăng tải tin, bài về hoạt động tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử Sở.",
           figs=[("23 tin, bài", "communications", 23)]),
      dict(task="II.5.d", status="not_started", sw="chưa thực hiện, dự kiến tháng 12/2026 khi tổng kết",
           title="Khen thưởng",
           body="Tham mưu khen thưởng tập thể, cá nhân có thành tích trong phát hiện, tố giác vi phạm sẽ thực hiện cùng đợt tổng kết năm."),
  ],
  diff=["Thời gian mua sắm kéo dài do giá thiết bị biến động, phải thẩm định giá lại."],
  prop=["Đề nghị Chi cục TĐC gửi sớm danh sách đề xuất khen thưởng để Văn phòng tổng hợp."])

F(hand="H3", fn="TTPT_BC_ket qua CT38.docx", unit="SKHCN-TTPTTN", parent="SỞ KHOA HỌC VÀ CÔNG NGHỆ",
  upper="TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM\nVÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", number="207/BC-TTPT", date="2026-10-27",
  entries=[
      dict(task="II.4.a", status="in_progress", sw="đang thực hiện",
           title="Đầu tư trang thiết bị thử nghiệm, kiểm định",
           body="Trung tâm tiếp nhận, lắp đặt thiết bị từ nguồn ngân sách năm 2026 (máy sắc ký khí khối phổ, hệ thống chuẩn lưu lượng, cân chuẩn); một số thiết bị đang chạy thử.",
           figs=[("09 thiết bị đã bàn giao", None, None), ("6.420.500.000 đồng đã giải ngân", "budget_spent_vnd", 6420500000)]),
      dict(task="II.2.g", status="completed", sw="đã hoàn thành",
           title="Mở rộng phạm vi dịch vụ kỹ thuật",
           body="Được công nhận mở rộng 27 phép thử theo ISO/IEC 17025 (lĩnh vực điện – điện tử, vật liệu); kiểm định, hiệu chuẩn phương tiện đo phục vụ doanh nghiệp, người dân.",
           figs=[("18.640 phương tiện đo được kiểm định, hiệu chuẩn", "instruments_verified", 18640)]),
      dict(task="II.4.c", status="in_progress", sw="duy trì thường xuyên, đang tiếp tục",
           title="Duy trì chuẩn đo lường, liên kết chuẩn",
           body="Thực hiện hiệu chuẩn định kỳ chuẩn đo lường của Trung tâm tại Viện Đo lường Việt Nam, bảo đảm liên kết chuẩn.",
           figs=[("38 chuẩn, phương tiện đo chuẩn được hiệu chuẩn", "instruments_verified", 38)]),
      dict(task="II.5.b", status="completed", sw="đã hoàn thành",
           title="Thử nghiệm mẫu phục vụ khảo sát chất lượng",
           body="Thử nghiệm mẫu theo đặt hàng của Chi cục TĐC (xăng dầu, mũ bảo hiểm, đồ chơi trẻ em, thép).",
           figs=[("312 mẫu", "samples_tested", 312)]),
  ],
  diff=["Nhân lực kỹ thuật vận hành thiết bị mới còn thiếu.",
        "Chi phí hiệu chuẩn chuẩn đo lường tại Viện tăng so với năm 2025."],
  prop=["Đề nghị Sở bố trí kinh phí đào tạo vận hành thiết bị cho kỹ thuật viên năm 2027.",
        "Đề nghị Chi cục TĐC gửi kế hoạch lấy mẫu năm 2027 trước tháng 01/2027 để Trung tâm chủ động hóa chất."])

# ---------------- Hand 4: XLSX "BC gui Chi cuc", "Mục 2.h" refs, activity "-" sub-rows with Số lượng | Đơn vị, lowercase status on task row
F(hand="H4", fn="CDS_bc CT38.xlsx", unit="SKHCN-CDS", upper="PHÒNG CHUYỂN ĐỔI SỐ", number="47/BC-CĐS", date="2026-10-21",
  entries=[
      dict(task="II.2.h", ref="Mục 2.h", status="completed", sw="hoàn thành",
           title="Kết nối hệ thống giải quyết TTHC với Cổng một cửa quốc gia",
           subs=[("- Rà soát quy trình điện tử các thủ tục lĩnh vực TĐC", "11", "thủ tục", None),
                 ("- Kết nối liên thông đăng ký kiểm tra hàng nhập khẩu", "", "", None)]),
      dict(task="II.2.i", ref="Mục 2.i", status="in_progress", sw="đang thực hiện",
           title="Kết nối CSDL quốc gia về tiêu chuẩn, đo lường, chất lượng",
           subs=[("- Hướng dẫn sử dụng CSDL cho công chức Chi cục, phường, xã", "02", "đợt", "training_courses"),
                 ("- Số lượt tham dự", "46", "lượt", "participants")],
           ind=dict(training_courses=2, participants=46)),
      dict(task="II.3.a", ref="Mục 3.a", status="completed", sw="hoàn thành",
           title="Cử công chức dự tập huấn nghiệp vụ TĐC",
           subs=[("- Công chức tham dự", "03", "người", "participants")], ind=dict(participants=3)),
      dict(task="II.6.a", ref="Mục 6.a", status="not_applicable", sw="không phát sinh",
           title="Cập nhật điều ước, thỏa thuận quốc tế", subs=[]),
  ],
  diff=["Dữ liệu của Chi cục còn lưu nhiều định dạng, chưa chuẩn hóa để đồng bộ lên CSDL quốc gia."],
  prop=["Đề nghị Chi cục TĐC cử đầu mối phụ trách dữ liệu để phối hợp chuẩn hóa."])

F(hand="H4", fn="SATTP - Bao cao CT38 nam 2026.xlsx", unit="SO-ATTP", upper="SỞ AN TOÀN THỰC PHẨM", number="1678/BC-SATTP", date="2026-10-28",
  entries=[
      dict(task="II.5.a", ref="Mục 5.a", status="in_progress", sw="đang thực hiện",
           title="Kiểm tra ghi nhãn, chất lượng thực phẩm lưu thông",
           subs=[("- Kiểm tra liên ngành dịp Tết Nguyên đán", "03", "cuộc", None),
                 ("   + cơ sở được kiểm tra", "54", "cơ sở", None),
                 ("- Kiểm tra Tháng hành động vì ATTP", "02", "cuộc", None),
                 ("   + cơ sở được kiểm tra", "37", "cơ sở", None),
                 ("- Cộng số cuộc", "05", "cuộc", "inspections"),
                 ("- Cộng số cơ sở", "91", "cơ sở", "establishments_inspected"),
                 ("- Cơ sở vi phạm ghi nhãn", "12", "cơ sở", "violations"),
                 ("- Tiền phạt", "58.000.000", "đồng", "fines_vnd")],
           ind=dict(inspections=5, establishments_inspected=91, violations=12, fines_vnd=58000000)),
      dict(task="II.5.b", ref="Mục 5.b", status="completed", sw="hoàn thành",
           title="Lấy mẫu thực phẩm giám sát chất lượng",
           subs=[("- Mẫu lấy kiểm nghiệm", "120", "mẫu", "samples_tested")], ind=dict(samples_tested=120)),
      dict(task="II.2.e", ref="Mục 2.e", status="completed", sw="hoàn thành",
           title="Góp ý dự thảo QCVN về thực phẩm",
           subs=[("- Dự thảo quy chuẩn đã góp ý", "03", "dự thảo", "standards_reviewed")], ind=dict(standards_reviewed=3)),
      dict(task="II.1.a", ref="Mục 1.a", status="completed", sw="hoàn thành",
           title="Tập huấn ghi nhãn thực phẩm cho doanh nghiệp",
           subs=[("- Lớp tập huấn", "04", "lớp", "training_courses"), ("- Người tham dự", "380", "lượt", "participants")],
           ind=dict(training_courses=4, participants=380)),
  ],
  diff=["Nhiều cơ sở kinh doanh thực phẩm nhỏ lẻ trên mạng xã hội khó xác định địa chỉ để kiểm tra."],
  prop=["Đề nghị Sở KH&CN chia sẻ kết quả khảo sát chất lượng hàng hóa để phối hợp cảnh báo người tiêu dùng."])

F(hand="H4", fn="SVHTT_CT38.xlsx", unit="SO-VHTT", upper="SỞ VĂN HÓA VÀ THỂ THAO", number="2931/BC-SVHTT", date="2026-10-30",
  entries=[
      dict(task="II.1.a", ref="Mục 1.a", status="completed", sw="hoàn thành",
           title="Chỉ đạo báo chí, hệ thống thông tin cơ sở tuyên truyền về TĐC",
           subs=[("- Tin, bài trên báo in, báo điện tử", "37", "tin, bài", None),
                 ("- Phóng sự truyền hình", "04", "phóng sự", None),
                 ("- Cộng", "41", "tin, bài, phóng sự", "communications")],
           ind=dict(communications=41)),
      dict(task="II.5.a", ref="Mục 5.a", status="in_progress", sw="đang thực hiện",
           title="Phối hợp kiểm tra chất lượng dụng cụ thể dục thể thao",
           subs=[("- Cuộc kiểm tra", "01", "cuộc", "inspections"), ("- Cơ sở kinh doanh được kiểm tra", "08", "cơ sở", "establishments_inspected")],
           ind=dict(inspections=1, establishments_inspected=8)),
      dict(task="II.2.đ", ref="Mục 2.đ", status="completed", sw="hoàn thành",
           title="Duy trì HTQLCL ISO 9001:2015 tại Sở", subs=[]),
      dict(task="II.6.b", ref="Mục 6.b", status="not_applicable", sw="không phát sinh",
           title="Phối hợp APO (nếu có yêu cầu)", subs=[]),
  ],
  diff=["Kinh phí tuyên truyền chuyên đề TĐC chưa được bố trí riêng."],
  prop=["Đề nghị Sở KH&CN cung cấp nội dung, tài liệu tuyên truyền để Sở chỉ đạo đăng tải."])

F(hand="H4", fn="TTCNTT-BC chuyen doi so 9T.xlsx", unit="SKHCN-TTCNTT", upper="TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ ĐỊA KHÔNG GIAN THÀNH PHỐ HỒ CHÍ MINH",
  number="188/BC-TTCNTT", date="2026-10-09", rejected=True,
  reason="Biểu kết quả thực hiện chuyển đổi số 9 tháng năm 2026 của Trung tâm CNTT và Địa không gian, không phải báo cáo Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).",
  sheet_title="KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ 9 THÁNG NĂM 2026",
  entries=[
      dict(ref="Mục 1.2", sw="hoàn thành", title="Nâng cấp hạ tầng máy chủ, trung tâm dữ liệu",
           subs=[("- Máy chủ ảo hóa bổ sung", "16", "máy", None)]),
      dict(ref="Mục 2.1", sw="đang thực hiện", title="Số hóa hồ sơ, tài liệu lưu trữ",
           subs=[("- Hồ sơ đã số hóa", "125.400", "trang", None)]),
      dict(ref="Mục 3.4", sw="đang thực hiện", title="Xây dựng bản đồ số dùng chung",
           subs=[("- Lớp dữ liệu đã chuẩn hóa", "22", "lớp", None)]),
  ],
  diff=["Đường truyền tại một số điểm cầu chưa ổn định."],
  prop=["Đề nghị bổ sung kinh phí thuê dịch vụ lưu trữ đám mây."])


# ================================================================ BUILDERS
def build_h1(f, path):
    doc = new_doc()
    uname = AG[f["unit"]]
    header_block(doc, None, f["parent"] + "\n" + uname.upper() if "\n" not in f["parent"] else f["parent"] + "\n" + uname.upper(),
                 f["number"], f["date"])
    para(doc)
    ttl = f.get("title_override") or ["BÁO CÁO", "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW", "về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026"]
    para(doc, ttl[0], bold=True, align="c", size=14)
    for t in ttl[1:]:
        para(doc, t, bold=True, align="c")
    if not f.get("rejected"):
        para(doc, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh", align="c")
        para(doc, "(qua Chi cục Tiêu chuẩn Đo lường Chất lượng)", italic=True, align="c")
    para(doc, f["intro"], indent=1, align="j")
    para(doc, "I. KẾT QUẢ THỰC HIỆN" if not f.get("rejected") else "I. KẾT QUẢ", bold=True)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.autofit = False
    cell_text(t.cell(0, 0), ["Nội dung đã triển khai"], size=11, italic=True)
    cell_text(t.cell(0, 1), ["Tình trạng"], size=11, italic=True, align="c")
    for i, e in enumerate(f["entries"], 1):
        row = t.add_row()
        cell_text(row.cells[0], [f"{i}. {e['title']}", e["body"]], bold_first=True)
        cell_text(row.cells[1], e["sw"], size=11, align="c", italic=True)
    for row in t.rows:
        row.cells[0].width = Cm(12.8); row.cells[1].width = Cm(3.2)
    para(doc)
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for d in f["diff"]:
        para(doc, "- " + d, indent=1, align="j")
    para(doc, "III. KIẾN NGHỊ", bold=True)
    for p_ in f["prop"]:
        para(doc, "- " + p_, indent=1, align="j")
    para(doc, f"Trên đây là báo cáo của {uname}./.", indent=1)
    sign(doc, f["signer"][0], f["signer"][1], ["- Như trên;", "- Giám đốc (để b/c);", "- Lưu: VT."])
    doc.save(path)


def build_h3(f, path):
    doc = new_doc(size=14)
    uname = AG[f["unit"]]
    header_block(doc, None, f["parent"] + "\n" + f["upper"], f["number"], f["date"])
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c")
    para(doc, "Kết quả thực hiện các nội dung được phân công tại Kế hoạch triển khai", bold=True, align="c")
    para(doc, "Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ", bold=True, align="c")
    para(doc, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", align="c")
    para(doc, f"Theo phân công tại Kế hoạch, {uname} báo cáo kết quả thực hiện đến ngày 20/10/2026 như sau:", indent=1, align="j")
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    for i, e in enumerate(f["entries"], 1):
        para(doc, f"{i}. {e['title']}", bold=True)
        para(doc, e["body"], indent=1, align="j")
        if e.get("figs"):
            para(doc, "Những con số chính:", indent=1)
            for s, _, _ in e["figs"]:
                para(doc, "      + " + s, space_after=0)
        para(doc, f"Tính đến ngày báo cáo: {e['sw']}.", indent=1)
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for i, d in enumerate(f["diff"], 1):
        para(doc, f"{i}) {d}", indent=1, align="j")
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for i, d in enumerate(f["prop"], 1):
        para(doc, f"{i}) {d}", indent=1, align="j")
    role = ["GIÁM ĐỐC"] if f["unit"] == "SKHCN-TTPTTN" else (["CHÁNH VĂN PHÒNG"] if f["unit"] == "SKHCN-VP" else ["TRƯỞNG PHÒNG"])
    sign(doc, role, {"SKHCN-KTPC": "Huỳnh Văn Lộc", "SKHCN-QLKH": "Đỗ Thị Kim Oanh", "SKHCN-VP": "Ngô Thanh Sơn",
                     "SKHCN-TTPTTN": "Bùi Quang Vinh"}[f["unit"]],
         ["- Như trên;", "- Ban Giám đốc Sở (để b/c);", "- Lưu: VT."])
    doc.save(path)


H2COLS = [("training_courses", "Lớp, hội nghị\n(lớp)"), ("participants", "Người tham dự\n(lượt)"),
          ("communications", "Tin, bài\n(tin/bài)"), ("enterprises_supported", "DN được hỗ trợ\n(DN)"),
          ("inspections", "Kiểm tra\n(cuộc)"), ("establishments_inspected", "Cơ sở được KT\n(cơ sở)"),
          ("violations", "Vi phạm\n(cơ sở)"), ("fines_vnd", "Tiền phạt\n(đồng)"), ("samples_tested", "Mẫu\n(mẫu)"),
          ("standards_reviewed", "QCVN/TCVN góp ý\n(văn bản)"), ("budget_spent_vnd", "Kinh phí đã giải ngân\n(đồng)")]


def build_h2(f, path):
    wb = Workbook(); ws = wb.active; ws.title = "BaoCao"
    used = [c for c in H2COLS if any(c[0] in e.get("ind", {}) for e in f["entries"])]
    ncol = 2 + len(used) + 3
    ws["A1"] = "UBND TP. HỒ CHÍ MINH"; ws["A2"] = f["upper"]; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: " + f["number"]
    qc = 5 if ncol > 7 else 4
    ws.cell(1, qc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").font = Font(bold=True)
    ws.cell(2, qc, "Độc lập - Tự do - Hạnh phúc").font = Font(bold=True)
    ws.cell(3, qc, "TP. Hồ Chí Minh, " + date_words(f["date"])).font = Font(italic=True)
    ws["A5"] = "BÁO CÁO KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"
    ws["A5"].font = Font(bold=True, size=13)
    ws["A6"] = "(Số liệu từ 01/01/2026 đến ngày cập nhật ghi tại từng dòng)"; ws["A6"].font = Font(italic=True)
    hdr = ["STT", "Nội dung công việc"] + [u[1] for u in used] + ["Tình trạng", "Cập nhật", "Ghi chú"]
    r0 = 8
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r0, j, h); c.font = Font(bold=True); c.alignment = CWRAP; c.border = BOX
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    r = r0 + 1
    for i, e in enumerate(f["entries"], 1):
        ws.cell(r, 1, i); ws.cell(r, 2, e["title"])
        for j, (k, _) in enumerate(used, 3):
            if k in e.get("ind", {}):
                v = e["ind"][k]
                c = ws.cell(r, j, v)
                if v >= 1000: c.number_format = "#,##0"
        ws.cell(r, 3 + len(used), e["sw"]); ws.cell(r, 4 + len(used), e["upd"]); ws.cell(r, 5 + len(used), e.get("note", ""))
        for j in range(1, ncol + 1):
            ws.cell(r, j).border = BOX; ws.cell(r, j).alignment = WRAP
        r += 1
    r += 1
    ws.cell(r, 1, "Khó khăn:").font = Font(bold=True); r += 1
    for d in f["diff"]:
        ws.cell(r, 2, "- " + d); r += 1
    ws.cell(r, 1, "Kiến nghị:").font = Font(bold=True); r += 1
    for d in f["prop"]:
        ws.cell(r, 2, "- " + d); r += 1
    r += 1
    ws.cell(r, ncol - 1, "Người lập biểu"); ws.cell(r, 2, "Ghi chú: Tình trạng ghi Đã xong / Chưa xong (đang làm) / Chưa xong (chưa làm) / Không phát sinh việc")
    ws.column_dimensions["A"].width = 5; ws.column_dimensions["B"].width = 48
    for j in range(3, ncol + 1):
        ws.column_dimensions[ws.cell(r0, j).column_letter].width = 14
    ws.freeze_panes = ws.cell(r0 + 1, 3)
    wb.save(path)


def build_h4(f, path):
    wb = Workbook(); ws = wb.active; ws.title = "BC gui Chi cuc"
    ws["A1"] = "SỞ KHOA HỌC VÀ CÔNG NGHỆ" if f["unit"].startswith("SKHCN") else "UBND THÀNH PHỐ HỒ CHÍ MINH"
    ws["A2"] = f["upper"]; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: " + f["number"]
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E1"].font = Font(bold=True)
    ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    d = f["date"].split("-")
    ws["E3"] = f"Tp.HCM, ngày {d[2]}/{d[1]}/{d[0]}"
    ws["A5"] = f.get("sheet_title", "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026")
    ws["A5"].font = Font(bold=True, size=13)
    hdr = ["STT", "Mục KH", "Nội dung / đầu việc", "Số lượng", "Đơn vị", "Tình trạng", "Ghi chú"]
    r = 7
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r, j, h); c.font = Font(bold=True); c.alignment = CWRAP; c.border = BOX
    r += 1
    for i, e in enumerate(f["entries"], 1):
        ws.cell(r, 1, i); ws.cell(r, 2, e["ref"]); c = ws.cell(r, 3, e["title"]); c.font = Font(bold=True)
        ws.cell(r, 6, e["sw"])
        for j in range(1, 8): ws.cell(r, j).border = BOX; ws.cell(r, j).alignment = WRAP
        r += 1
        for txt, q, u, _ in e["subs"]:
            ws.cell(r, 3, txt); ws.cell(r, 4, q); ws.cell(r, 5, u)
            for j in range(1, 8): ws.cell(r, j).border = BOX; ws.cell(r, j).alignment = WRAP
            r += 1
    r += 1
    ws.cell(r, 3, "Khó khăn, vướng mắc").font = Font(bold=True); r += 1
    for x in f["diff"]:
        ws.cell(r, 3, x); r += 1
    ws.cell(r, 3, "Kiến nghị, đề xuất").font = Font(bold=True); r += 1
    for x in f["prop"]:
        ws.cell(r, 3, x); r += 1
    ws.cell(r + 1, 6, "Người lập"); ws.cell(r + 1, 3, "Thủ trưởng đơn vị")
    for col, w in zip("ABCDEFG", (5, 10, 55, 11, 14, 16, 20)):
        ws.column_dimensions[col].width = w
    wb.save(path)


def resave(path):
    ext = path.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, path],
                   check=True, capture_output=True, timeout=180)
    out = os.path.join(tmp, os.path.basename(path))
    shutil.move(out, path)
    shutil.rmtree(tmp, ignore_errors=True)


def truth(f, path):
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    ents = []
    if not f.get("rejected"):
        for e in f["entries"]:
            ind = dict(e.get("ind", {}))
            for s, k, v in e.get("figs", []):
                if k: ind[k] = v
            text = e["title"] + (": " + e["body"] if e.get("body") else "")
            ents.append({"task": e["task"], "status": e["status"], "indicators": ind, "text": text})
    t = {"file": f["fn"], "sha256": sha,
         "status": "rejected" if f.get("rejected") else "extracted",
         "reason": f.get("reason"),
         "unit": {"id": f["unit"], "name": AG[f["unit"]]},
         "document": {"number": f["number"], "date": f["date"]},
         "entries": ents, "findings": [],
         "difficulties": [] if f.get("rejected") else list(f["diff"]),
         "proposals": [] if f.get("rejected") else list(f["prop"])}
    json.dump(t, open(os.path.join(TRUTH, f["fn"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)


def main():
    os.makedirs(TRUTH, exist_ok=True)
    for f in FILES:
        path = os.path.join(OUT, f["fn"])
        {"H1": build_h1, "H2": build_h2, "H3": build_h3, "H4": build_h4}[f["hand"]](f, path)
        if f.get("resave"):
            resave(path)
        truth(f, path)
    pass
    print(len(FILES), "files")


if __name__ == "__main__":
    main()
