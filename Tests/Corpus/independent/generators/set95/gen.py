# -*- coding: utf-8 -*-
"""Generator for set95: reports from the Sở KHCN's own units, four hands (A, B, C, D)."""
import json, os, hashlib, datetime, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

PLAN = {
 "II.1.a": "Tổ chức các lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng … và buổi Tọa đàm với doanh nghiệp nhập khẩu",
 "II.1.b": "Tuyên truyền, vận động, hướng dẫn tổ chức, doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
 "II.2.a": "Triển khai Kế hoạch nâng cao năng suất và chất lượng … (Chương trình 1322, Kế hoạch 36), … (Đề án 996), … (Đề án 100)",
 "II.2.b": "Triển khai hoạt động Giải thưởng Chất lượng Quốc gia theo kế hoạch của Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia",
 "II.2.c": "Đề xuất, kiến nghị việc sửa đổi, bổ sung các Luật và các văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng có liên quan",
 "II.2.d": "Hỗ trợ doanh nghiệp xây dựng, áp dụng các hệ thống quản lý chất lượng tiên tiến … thực hiện công bố chất lượng sản phẩm, hàng hóa",
 "II.2.đ": "Tổ chức triển khai xây dựng, áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng tiên tiến trong hoạt động các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước",
 "II.2.e": "xây dựng, góp ý tiêu chuẩn, quy chuẩn kỹ thuật quốc gia …; tổ chức việc xây dựng và tham gia xây dựng quy chuẩn kỹ thuật địa phương",
 "II.2.g": "Củng cố, nâng cao hiệu quả hoạt động của các tổ chức dịch vụ kỹ thuật về tiêu chuẩn, đo lường, chất lượng",
 "II.2.h": "Đề xuất cải tiến, hoàn thiện Hệ thống thông tin giải quyết thủ tục hành chính …; kết nối liên thông với Cổng thông tin một cửa quốc gia",
 "II.2.i": "Tổ chức kết nối, triển khai, áp dụng hệ thống cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường và chất lượng",
 "II.3.a": "Tổ chức các chương trình tập huấn và cập nhật kiến thức về chuyên môn, nghiệp vụ … cử cán bộ tham gia hội nghị, hội thảo, các khóa đào tạo",
 "II.3.b": "Tổ chức các khóa tập huấn, bồi dưỡng chuyên sâu về năng suất, chất lượng; hình thành mạng lưới tư vấn",
 "II.3.c": "Thực hiện thu hút đội ngũ cán bộ có trình độ chuyên môn cao, đội ngũ chuyên gia tư vấn, đánh giá",
 "II.3.d": "đào tạo, bồi dưỡng, tập huấn cho viên chức, người lao động và sinh viên trong các trường Đại học, Cao đẳng, Trung cấp",
 "II.4.a": "Tiếp tục đầu tư cơ sở vật chất, trang thiết bị, nguồn nhân lực đối với đơn vị sự nghiệp công lập thuộc Sở",
 "II.4.b": "Rà soát đầu tư; tổ chức bảo trì, bảo dưỡng, kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ",
 "II.4.c": "Phối hợp … trong việc đầu tư, thiết lập, duy trì các chuẩn đo lường chính thuộc thẩm quyền quản lý",
 "II.5.a": "Tổ chức kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng bảo đảm an toàn của sản phẩm, hàng hóa",
 "II.5.b": "Triển khai công tác khảo sát chất lượng sản phẩm, hàng hóa",
 "II.5.c": "Phối hợp các Ủy ban nhân dân phường/xã và đặc khu thực hiện các nội dung được phân quyền",
 "II.5.d": "Khen thưởng và có biện pháp phù hợp để bảo vệ người tố giác hành vi vi phạm",
 "II.6.a": "Cập nhật kịp thời các điều ước, các thỏa thuận quốc tế có liên quan về công tác tiêu chuẩn, đo lường, chất lượng",
 "II.6.b": "Phối hợp với Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia và Tổ chức Năng suất Châu Á (APO) thúc đẩy năng suất",
}

SOKHCN = "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
CHICUC = "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG"
KH = "Kế hoạch số 52/KH-SKHCN ngày 20 tháng 01 năm 2026 của Sở Khoa học và Công nghệ"

# ---------------------------------------------------------------- helpers

def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + e)
        el.set(qn('w:val'), 'nil')
        b.append(el)
    tblPr.append(b)


def set_font(doc, name="Times New Roman", size=13):
    st = doc.styles['Normal']
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), name)
    pf = st.paragraph_format
    pf.space_after = Pt(3)


def para(doc, text="", bold=False, italic=False, align=None, size=None, indent=True):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j" or align is None:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.first_line_indent = Cm(1)
    return p


def cell_lines(cell, lines, align="c"):
    cell.text = ""
    first = True
    for text, bold, italic in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(12.5)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == "c" else WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.space_after = Pt(0)


def header_table(doc, left_lines, number, date_line, right_motto=True):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.columns[0].width = Cm(7)
    t.columns[1].width = Cm(9.5)
    ll = [(x, b, False) for x, b in left_lines] + [("―――――", False, False), ("Số: " + number, False, False)]
    cell_lines(t.cell(0, 0), ll)
    rl = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
          ("Độc lập - Tự do - Hạnh phúc", True, False),
          ("―――――――――――", False, False),
          (date_line, False, True)]
    cell_lines(t.cell(0, 1), rl)
    doc.add_paragraph()


def date_words(d):
    return "Thành phố Hồ Chí Minh, ngày %02d tháng %02d năm %d" % (d.day, d.month, d.year)


def sha(path):
    return hashlib.sha256(open(path, 'rb').read()).hexdigest()


KEYS = []


def key(fname, status, unit_id, unit_name, number, date, entries, diffs, props, reason=None):
    KEYS.append(dict(file=fname, status=status, reason=reason,
                     unit={"id": unit_id, "name": unit_name},
                     document={"number": number, "date": date.isoformat() if date else None},
                     entries=[{"task": e["task"], "status": e["status"], "indicators": e.get("ind", {}),
                               "text": e["text"]} for e in entries],
                     findings=[], difficulties=diffs, proposals=props))

# ====================================================================== HAND A
# Lộc – division heads of the Chi cục. Word. Each task: bold run-in
# "n. Thực hiện nhiệm vụ «plan wording»," then the narrative in the same paragraph;
# then a separate line "Tiến độ so với Kế hoạch: …".

A_STATUS = {
    "completed": "đã hoàn thành",
    "in_progress": "đang thực hiện",
    "not_started": "chưa triển khai",
    "not_applicable": "không phát sinh",
}


def hand_a(fname, unit_lines, unit_self, number, d, kinh_gui, intro, entries, diffs, props, signer):
    doc = Document()
    set_font(doc)
    sec = doc.sections[0]
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    header_table(doc, unit_lines, number, date_words(d))
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    para(doc, "(Số liệu tính từ ngày 01/01/2026 đến ngày 15/10/2026)", italic=True, align="c")
    p = para(doc, "", align="c"); p.add_run("Kính gửi: " + kinh_gui)
    para(doc, intro)
    para(doc, "I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC PHÂN CÔNG", bold=True, indent=False)
    for i, e in enumerate(entries, 1):
        p = para(doc)
        r = p.add_run("%d. Thực hiện nhiệm vụ «%s», " % (i, PLAN[e["task"]]))
        r.bold = True
        p.add_run(e["body"])
        p2 = para(doc)
        r = p2.add_run("Tiến độ so với Kế hoạch: ")
        r.italic = True
        p2.add_run(e.get("sp", A_STATUS[e["status"]]) + ".")
    para(doc, "II. TỒN TẠI, HẠN CHẾ", bold=True, indent=False)
    for x in diffs:
        para(doc, "- " + x)
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for x in props:
        para(doc, "- " + x)
    para(doc, "Trên đây là báo cáo kết quả thực hiện của %s./." % unit_self)
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    cell_lines(t.cell(0, 0), [("Nơi nhận:", True, True), ("- Như trên;", False, False), ("- Lưu: VT.", False, False)], align="l")
    cell_lines(t.cell(0, 1), [(signer[0], True, False), ("", False, False), ("", False, False), (signer[1], True, False)])
    doc.save(os.path.join(OUT, fname))


# ---------------- A1 Chi cục (whole)
A1 = [
 dict(task="II.1.a", status="completed", ind={"training_courses": 5, "participants": 526, "budget_spent_vnd": 86400000},
      body="Chi cục đã tổ chức 05 buổi (gồm 04 lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng và 01 buổi Tọa đàm với doanh nghiệp nhập khẩu) cho 526 lượt người là đại diện tổ chức, doanh nghiệp sản xuất, kinh doanh trên địa bàn Thành phố; kinh phí đã sử dụng 86,4 triệu đồng.",
      text="Chi cục đã tổ chức 05 buổi (gồm 04 lớp tập huấn và 01 buổi Tọa đàm) cho 526 lượt người; kinh phí 86,4 triệu đồng"),
 dict(task="II.1.b", status="completed", ind={"communications": 12, "enterprises_supported": 37},
      body="Chi cục đã đăng tải 12 tin, bài giới thiệu về Giải thưởng Chất lượng Quốc gia trên trang thông tin điện tử và gửi thư mời, hướng dẫn trực tiếp 37 doanh nghiệp tìm hiểu tiêu chí, hồ sơ tham dự.",
      text="đăng tải 12 tin, bài về Giải thưởng Chất lượng Quốc gia; hướng dẫn trực tiếp 37 doanh nghiệp"),
 dict(task="II.2.a", status="in_progress", ind={"enterprises_supported": 18, "budget_spent_vnd": 124500000},
      body="Chi cục đã hỗ trợ 18 doanh nghiệp áp dụng công cụ cải tiến năng suất, hệ thống truy xuất nguồn gốc và các giải pháp đo lường theo Đề án 996; kinh phí đã giải ngân 124,5 triệu đồng. Các nội dung còn lại thực hiện trong Quý IV/2026.",
      sp="đang thực hiện, dự kiến hoàn thành trong Quý IV/2026",
      text="hỗ trợ 18 doanh nghiệp áp dụng công cụ cải tiến năng suất …; kinh phí đã giải ngân 124,5 triệu đồng"),
 dict(task="II.2.b", status="in_progress", ind={"enterprises_supported": 9},
      body="Chi cục đã tiếp nhận hồ sơ của 09 doanh nghiệp đăng ký tham dự Giải thưởng năm 2026, Hội đồng sơ tuyển đang tổ chức đánh giá tại doanh nghiệp.",
      text="tiếp nhận hồ sơ của 09 doanh nghiệp đăng ký tham dự Giải thưởng năm 2026"),
 dict(task="II.2.e", status="in_progress", ind={"standards_reviewed": 14},
      body="Chi cục đã chủ trì tổng hợp ý kiến góp ý đối với 14 dự thảo (11 dự thảo TCVN và 03 dự thảo QCVN) theo đề nghị của Bộ Khoa học và Công nghệ và các Bộ quản lý ngành.",
      text="góp ý đối với 14 dự thảo (11 dự thảo TCVN và 03 dự thảo QCVN)"),
 dict(task="II.3.a", status="completed", ind={"training_courses": 2, "participants": 168},
      body="Chi cục đã mở 02 lớp tập huấn chuyên môn, nghiệp vụ cho 168 công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng của các Sở, ngành và Ủy ban nhân dân phường, xã, đặc khu.",
      text="mở 02 lớp tập huấn chuyên môn, nghiệp vụ cho 168 công chức"),
 dict(task="II.5.a", status="in_progress", ind={"inspections": 23, "establishments_inspected": 96, "violations": 11, "fines_vnd": 187500000},
      body="Chi cục đã tiến hành 23 cuộc kiểm tra tại 96 cơ sở sản xuất, kinh doanh (xăng dầu, vàng trang sức, mũ bảo hiểm, đồ chơi trẻ em); phát hiện 11 cơ sở vi phạm, đã chuyển hồ sơ xử phạt với tổng số tiền 187,5 triệu đồng.",
      sp="đang thực hiện theo kế hoạch kiểm tra năm",
      text="23 cuộc kiểm tra tại 96 cơ sở; 11 cơ sở vi phạm; xử phạt 187,5 triệu đồng"),
 dict(task="II.5.b", status="in_progress", ind={"samples_tested": 120},
      body="Chi cục đã lấy 120 mẫu sản phẩm, hàng hóa (xăng dầu, phân bón, thép xây dựng) để khảo sát chất lượng; kết quả được thông tin tới các cơ quan chức năng.",
      text="lấy 120 mẫu sản phẩm, hàng hóa để khảo sát chất lượng"),
 dict(task="II.6.b", status="not_applicable",
      body="trong kỳ báo cáo Chi cục chưa nhận được yêu cầu phối hợp từ Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia và Tổ chức Năng suất Châu Á (APO).",
      sp="không phát sinh",
      text="trong kỳ báo cáo Chi cục chưa nhận được yêu cầu phối hợp"),
]
A1_D = ["Lực lượng công chức làm công tác kiểm tra còn mỏng so với số lượng cơ sở sản xuất, kinh doanh trên địa bàn Thành phố sau sắp xếp đơn vị hành chính.",
        "Số doanh nghiệp đăng ký tham dự Giải thưởng Chất lượng Quốc gia còn ít, chủ yếu là doanh nghiệp đã từng đạt giải."]
A1_P = ["Đề nghị Sở bổ sung kinh phí cho hoạt động lấy mẫu khảo sát chất lượng trong Quý IV/2026.",
        "Đề nghị Sở có văn bản đôn đốc Ủy ban nhân dân các phường, xã, đặc khu bố trí công chức theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng."]

# ---------------- A2 Phòng Quản lý Đo lường
A2 = [
 dict(task="II.2.a", status="in_progress", ind={"enterprises_supported": 12, "training_courses": 1, "participants": 64},
      body="Phòng đã tư vấn, hướng dẫn 12 doanh nghiệp xây dựng hệ thống quản lý đo lường theo Đề án 996 và phối hợp tổ chức 01 hội thảo về đo lường trong doanh nghiệp với 64 đại biểu tham dự.",
      text="hướng dẫn 12 doanh nghiệp … Đề án 996; 01 hội thảo với 64 đại biểu"),
 dict(task="II.4.b", status="completed", ind={"instruments_verified": 46, "budget_spent_vnd": 38250000},
      body="Phòng đã rà soát danh mục và gửi kiểm định, hiệu chuẩn 46 phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra (cân chuẩn, bình chuẩn kim loại, thiết bị đo độ ẩm) với kinh phí 38.250.000 đồng.",
      sp="đã hoàn thành trong tháng 8/2026",
      text="gửi kiểm định, hiệu chuẩn 46 phương tiện, thiết bị kỹ thuật nghiệp vụ; kinh phí 38.250.000 đồng"),
 dict(task="II.4.c", status="in_progress",
      body="Phòng đã rà soát hồ sơ các chuẩn đo lường chính do Chi cục quản lý, phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm lập kế hoạch liên kết chuẩn đến chuẩn quốc gia năm 2026.",
      sp="đang thực hiện",
      text="rà soát hồ sơ các chuẩn đo lường chính; lập kế hoạch liên kết chuẩn"),
 dict(task="II.5.a", status="in_progress", ind={"inspections": 9, "establishments_inspected": 41, "violations": 4, "fines_vnd": 22000000},
      body="về lĩnh vực đo lường, Phòng đã tham mưu thực hiện 09 cuộc kiểm tra tại 41 cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng và vàng trang sức; 04 cơ sở vi phạm, xử phạt 22 triệu đồng.",
      text="09 cuộc kiểm tra tại 41 cơ sở; 04 cơ sở vi phạm, xử phạt 22 triệu đồng"),
 dict(task="II.5.c", status="in_progress", ind={"inspections": 6, "establishments_inspected": 27},
      body="Phòng đã cử công chức phối hợp với Ủy ban nhân dân các phường thực hiện 06 cuộc kiểm tra đo lường tại 27 chợ và cửa hàng; hướng dẫn công chức phường sử dụng cân đối chứng.",
      text="phối hợp với Ủy ban nhân dân các phường thực hiện 06 cuộc kiểm tra đo lường tại 27 chợ và cửa hàng"),
]
A2_D = ["Một số phương tiện, thiết bị kỹ thuật nghiệp vụ đã hết khấu hao, sai số lớn, chưa được bố trí kinh phí thay thế."]
A2_P = ["Đề nghị Lãnh đạo Chi cục trình Sở bổ sung dự toán mua sắm 02 bộ bình chuẩn kim loại dung tích 20 lít.",
        "Đề nghị tổ chức thêm lớp hướng dẫn nghiệp vụ đo lường cho công chức các phường, xã mới sau sắp xếp."]

# ---------------- A3 Phòng Quản lý Tiêu chuẩn Chất lượng
A3 = [
 dict(task="II.2.c", status="completed",
      body="Phòng đã tham mưu Chi cục có văn bản góp ý dự thảo Nghị định quy định chi tiết Luật Tiêu chuẩn và Quy chuẩn kỹ thuật và dự thảo Thông tư hướng dẫn Luật Chất lượng sản phẩm, hàng hóa theo đề nghị của Bộ.",
      text="góp ý dự thảo Nghị định quy định chi tiết Luật Tiêu chuẩn và Quy chuẩn kỹ thuật …"),
 dict(task="II.2.d", status="in_progress", ind={"enterprises_supported": 26},
      body="Phòng đã hướng dẫn 26 doanh nghiệp thực hiện công bố hợp chuẩn, hợp quy và áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn ISO 9001, ISO 22000.",
      text="hướng dẫn 26 doanh nghiệp thực hiện công bố hợp chuẩn, hợp quy"),
 dict(task="II.2.e", status="in_progress", ind={"standards_reviewed": 10},
      body="Phòng đã góp ý 09 dự thảo TCVN và đang xây dựng 01 dự thảo quy chuẩn kỹ thuật địa phương về chất lượng nước sạch, tổng cộng 10 dự thảo.",
      text="góp ý 09 dự thảo TCVN và đang xây dựng 01 dự thảo quy chuẩn kỹ thuật địa phương, tổng cộng 10 dự thảo"),
 dict(task="II.2.g", status="in_progress",
      body="Phòng đã rà soát danh sách tổ chức đánh giá sự phù hợp đang hoạt động trên địa bàn và cập nhật thông tin trên trang điện tử của Chi cục.",
      sp="thực hiện thường xuyên, đang tiếp tục",
      text="rà soát danh sách tổ chức đánh giá sự phù hợp"),
 dict(task="II.5.b", status="completed", ind={"samples_tested": 60, "budget_spent_vnd": 96000000},
      body="Phòng đã phối hợp lấy 60 mẫu mũ bảo hiểm và đồ chơi trẻ em gửi thử nghiệm, kinh phí thực hiện 96 triệu đồng; đã có báo cáo kết quả khảo sát gửi Lãnh đạo Chi cục.",
      sp="đã hoàn thành đợt khảo sát năm 2026",
      text="lấy 60 mẫu mũ bảo hiểm và đồ chơi trẻ em; kinh phí 96 triệu đồng"),
 dict(task="II.6.a", status="in_progress", ind={"communications": 4},
      body="Phòng đã biên soạn, phát hành 04 bản tin cảnh báo hàng rào kỹ thuật trong thương mại (TBT) và cập nhật các thỏa thuận quốc tế có liên quan cho doanh nghiệp.",
      text="phát hành 04 bản tin cảnh báo hàng rào kỹ thuật trong thương mại (TBT)"),
]
A3_D = ["Việc xây dựng quy chuẩn kỹ thuật địa phương cần ý kiến của nhiều Sở, ngành nên thời gian tổng hợp kéo dài."]
A3_P = ["Đề nghị Lãnh đạo Chi cục báo cáo Sở chủ trì họp liên ngành để thống nhất nội dung dự thảo quy chuẩn kỹ thuật địa phương về nước sạch."]

# ---------------- A4 Phòng Hỗ trợ doanh nghiệp – Năng suất chất lượng
A4 = [
 dict(task="II.1.b", status="completed", ind={"communications": 8, "enterprises_supported": 22},
      body="Phòng đã phối hợp đăng 08 tin, bài tuyên truyền và trực tiếp hướng dẫn 22 doanh nghiệp về điều kiện, tiêu chí tham dự Giải thưởng Chất lượng Quốc gia.",
      text="đăng 08 tin, bài tuyên truyền và trực tiếp hướng dẫn 22 doanh nghiệp"),
 dict(task="II.2.b", status="in_progress", ind={"enterprises_supported": 7},
      body="Phòng đang cùng Hội đồng sơ tuyển đánh giá hồ sơ của 07 doanh nghiệp được đề xuất vào vòng đánh giá tại cơ sở.",
      text="đánh giá hồ sơ của 07 doanh nghiệp"),
 dict(task="II.2.đ", status="in_progress", ind={"enterprises_supported": 15},
      body="Phòng đã hướng dẫn 15 cơ quan hành chính nhà nước duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 và kiểm tra việc áp dụng tại các cơ quan này.",
      sp="đang thực hiện, hoàn thành trước tháng 11/2026",
      text="hướng dẫn 15 cơ quan hành chính nhà nước duy trì, cải tiến hệ thống quản lý chất lượng"),
 dict(task="II.3.b", status="completed", ind={"training_courses": 3, "participants": 245, "budget_spent_vnd": 57800000},
      body="Phòng đã tổ chức 03 khóa bồi dưỡng chuyên sâu về năng suất, chất lượng (Lean, 5S, Kaizen) với 245 học viên là cán bộ doanh nghiệp; kinh phí 57.800.000 đồng.",
      text="03 khóa bồi dưỡng chuyên sâu về năng suất, chất lượng với 245 học viên; kinh phí 57.800.000 đồng"),
 dict(task="II.3.d", status="in_progress", ind={"training_courses": 2, "participants": 310},
      body="Phòng đã phối hợp với 02 trường cao đẳng tổ chức 02 buổi tập huấn về mã số, mã vạch và truy xuất nguồn gốc cho 310 sinh viên; các buổi còn lại dự kiến tổ chức trong tháng 11/2026.",
      text="02 buổi tập huấn về mã số, mã vạch và truy xuất nguồn gốc cho 310 sinh viên"),
 dict(task="II.6.b", status="not_applicable",
      body="đến nay chưa phát sinh yêu cầu phối hợp với APO trong năm 2026.",
      sp="không phát sinh",
      text="chưa phát sinh yêu cầu phối hợp với APO"),
]
A4_D = ["Doanh nghiệp nhỏ và vừa còn e ngại chi phí khi áp dụng các công cụ cải tiến năng suất.",
        "Chưa có cơ chế hỗ trợ kinh phí cho đội ngũ chuyên gia tư vấn năng suất tại doanh nghiệp."]
A4_P = ["Đề nghị Chi cục xây dựng danh sách mạng lưới chuyên gia tư vấn năng suất của Thành phố để giới thiệu cho doanh nghiệp."]


def build_A():
    hand_a("CCTDC_BC412_KH38_2026.docx", [(SOKHCN, False), (CHICUC, True)], "Chi cục", "412/BC-CCTĐC",
           datetime.date(2026, 10, 27), "Giám đốc Sở Khoa học và Công nghệ",
           "Thực hiện %s về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Chi cục Tiêu chuẩn Đo lường Chất lượng báo cáo kết quả thực hiện như sau:" % KH,
           A1, A1_D, A1_P, ("KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG", "Nguyễn Văn Lộc"))
    key("CCTDC_BC412_KH38_2026.docx", "extracted", "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
        "412/BC-CCTĐC", datetime.date(2026, 10, 27), A1, A1_D, A1_P)

    hand_a("QLDL_bao cao KH38 nam 2026.docx", [(CHICUC, False), ("PHÒNG QUẢN LÝ ĐO LƯỜNG", True)], "Phòng Quản lý Đo lường", "31/BC-QLĐL",
           datetime.date(2026, 10, 20), "Lãnh đạo Chi cục Tiêu chuẩn Đo lường Chất lượng",
           "Thực hiện %s và phân công của Lãnh đạo Chi cục, Phòng Quản lý Đo lường báo cáo kết quả thực hiện các nhiệm vụ được giao như sau:" % KH,
           A2, A2_D, A2_P, ("TRƯỞNG PHÒNG", "Nguyễn Văn Lộc"))
    key("QLDL_bao cao KH38 nam 2026.docx", "extracted", "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
        "31/BC-QLĐL", datetime.date(2026, 10, 20), A2, A2_D, A2_P)

    hand_a("Phong QLTCCL - BC CT38.docx", [(CHICUC, False), ("PHÒNG QUẢN LÝ TIÊU CHUẨN CHẤT LƯỢNG", True)], "Phòng Quản lý Tiêu chuẩn Chất lượng", "18/BC-TCCL",
           datetime.date(2026, 10, 21), "Lãnh đạo Chi cục Tiêu chuẩn Đo lường Chất lượng",
           "Căn cứ %s; Phòng Quản lý Tiêu chuẩn Chất lượng báo cáo kết quả thực hiện các nội dung do Phòng tham mưu như sau:" % KH,
           A3, A3_D, A3_P, ("TRƯỞNG PHÒNG", "Trần Thị Mỹ Linh"))
    key("Phong QLTCCL - BC CT38.docx", "extracted", "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
        "18/BC-TCCL", datetime.date(2026, 10, 21), A3, A3_D, A3_P)

    hand_a("NSCL_BC09_CT38.docx", [(CHICUC, False), ("PHÒNG HỖ TRỢ DOANH NGHIỆP –", True), ("NĂNG SUẤT CHẤT LƯỢNG", True)], "Phòng Hỗ trợ doanh nghiệp – Năng suất chất lượng", "09/BC-NSCL",
           datetime.date(2026, 10, 23), "Lãnh đạo Chi cục Tiêu chuẩn Đo lường Chất lượng",
           "Thực hiện %s, Phòng Hỗ trợ doanh nghiệp – Năng suất chất lượng báo cáo như sau:" % KH,
           A4, A4_D, A4_P, ("TRƯỞNG PHÒNG", "Phạm Quốc Huy"))
    key("NSCL_BC09_CT38.docx", "extracted", "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
        "09/BC-NSCL", datetime.date(2026, 10, 23), A4, A4_D, A4_P)

# ====================================================================== HAND B
# Phương – Trung tâm staff, Excel. Header block in merged cells, one row per task:
# STT | Nhiệm vụ theo KH | Vai trò | Công việc cụ thể | Khối lượng (ghi rõ đơn vị) | Kinh phí (đồng) |
# Thời gian hoàn thành | Tình trạng.  Status words: Đã hoàn thành / Chuyển tiếp /
# Chưa đến thời hạn / Không có phát sinh.  "Khối lượng" is text with unit, one per line.

B_STATUS = {"completed": "Đã hoàn thành", "in_progress": "Chuyển tiếp",
            "not_started": "Chưa đến thời hạn", "not_applicable": "Không có phát sinh"}
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
TNR = "Times New Roman"


def hand_b(fname, unit_top, unit_name_caps, number, d, sheetname, entries, diffs, props, signer):
    wb = Workbook()
    ws = wb.active
    ws.title = sheetname
    widths = [6, 38, 11, 46, 24, 17, 15, 16]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    def put(rng, val, bold=False, italic=False, size=12, h="center", wrap=True):
        ws.merge_cells(rng)
        c = ws[rng.split(":")[0]]
        c.value = val
        c.font = Font(name=TNR, bold=bold, italic=italic, size=size)
        c.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    put("A1:C1", unit_top, size=11)
    put("A2:C2", unit_name_caps, bold=True, size=11)
    put("A3:C3", "Số: " + number, size=11)
    put("E1:H1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=11)
    put("E2:H2", "Độc lập - Tự do - Hạnh phúc", bold=True, size=11)
    put("E3:H3", "TP. Hồ Chí Minh, ngày %d tháng %d năm %d" % (d.day, d.month, d.year), italic=True, size=11)
    ws.row_dimensions[2].height = 30
    put("A5:H5", "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026", bold=True, size=13)
    put("A6:H6", "(Thực hiện Kế hoạch số 52/KH-SKHCN ngày 20/01/2026 của Sở Khoa học và Công nghệ; số liệu đến ngày 15/10/2026)", italic=True, size=11)
    hdr = ["STT", "Nhiệm vụ theo Kế hoạch", "Vai trò", "Công việc cụ thể đã thực hiện", "Khối lượng\n(ghi rõ đơn vị)", "Kinh phí\n(đồng)", "Thời gian hoàn thành", "Tình trạng"]
    r = 8
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h)
        c.font = Font(name=TNR, bold=True, size=11)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    ws.row_dimensions[r].height = 32
    for n, e in enumerate(entries, 1):
        r += 1
        vals = [n, e["name"], e["role"], e["work"], e.get("kl", ""), e.get("money"), e.get("when", ""), e.get("sw", B_STATUS[e["status"]])]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.font = Font(name=TNR, size=11)
            c.alignment = Alignment(horizontal="center" if i in (1, 3, 7, 8) else "left", vertical="top", wrap_text=True)
            c.border = BOX
            if i == 6 and v is not None:
                c.number_format = '#,##0'
                c.alignment = Alignment(horizontal="right", vertical="top")
        ws.row_dimensions[r].height = 15 * max(3, len(e["work"]) // 42 + 1)
    r += 2
    ws.cell(r, 1, "II").font = Font(name=TNR, bold=True)
    ws.cell(r, 2, "KHÓ KHĂN, VƯỚNG MẮC").font = Font(name=TNR, bold=True)
    for i, x in enumerate(diffs, 1):
        r += 1
        ws.cell(r, 1, i).alignment = Alignment(horizontal="center", vertical="top")
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
        ws.cell(r, 2, x).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 30
    r += 1
    ws.cell(r, 1, "III").font = Font(name=TNR, bold=True)
    ws.cell(r, 2, "ĐỀ XUẤT, KIẾN NGHỊ").font = Font(name=TNR, bold=True)
    for i, x in enumerate(props, 1):
        r += 1
        ws.cell(r, 1, i).alignment = Alignment(horizontal="center", vertical="top")
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
        ws.cell(r, 2, x).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 30
    r += 2
    ws.cell(r, 2, "NGƯỜI LẬP BIỂU").font = Font(name=TNR, bold=True)
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=8)
    ws.cell(r, 5, signer[0]).font = Font(name=TNR, bold=True)
    ws.cell(r, 5).alignment = Alignment(horizontal="center")
    r += 4
    ws.cell(r, 2, "Lê Thị Phương").font = Font(name=TNR, bold=True)
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=8)
    ws.cell(r, 5, signer[1]).font = Font(name=TNR, bold=True)
    ws.cell(r, 5).alignment = Alignment(horizontal="center")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.print_title_rows = "8:8"
    wb.save(os.path.join(OUT, fname))


B1 = [
 dict(task="II.4.a", status="in_progress", ind={"budget_spent_vnd": 2350000000}, role="Chủ trì",
      name="Tiếp tục đầu tư cơ sở vật chất, trang thiết bị, nguồn nhân lực đối với đơn vị sự nghiệp công lập; hiện đại hóa trang thiết bị",
      work="Hoàn thành mua sắm, lắp đặt hệ thống sắc ký lỏng khối phổ và tủ vi khí hậu; đang lựa chọn nhà thầu gói thiết bị đo lường nhiệt; tuyển dụng bổ sung 03 viên chức kỹ thuật.",
      kl="02 gói thầu đã nghiệm thu\n01 gói thầu đang lựa chọn nhà thầu", money=2350000000, when="Quý IV/2026",
      text="mua sắm, lắp đặt hệ thống sắc ký lỏng khối phổ…; kinh phí 2.350.000.000 đồng"),
 dict(task="II.2.g", status="in_progress", ind={"enterprises_supported": 1840, "samples_tested": 6215}, role="Phối hợp",
      name="Củng cố, nâng cao hiệu quả hoạt động của các tổ chức dịch vụ kỹ thuật về TCĐLCL",
      work="Mở rộng phạm vi được chỉ định thử nghiệm thêm 14 chỉ tiêu lĩnh vực nông sản, thực phẩm; cung cấp dịch vụ thử nghiệm, kiểm định cho khách hàng là doanh nghiệp.",
      kl="1.840 khách hàng doanh nghiệp\n6.215 mẫu thử nghiệm", when="Thường xuyên",
      text="1.840 khách hàng doanh nghiệp; 6.215 mẫu thử nghiệm"),
 dict(task="II.4.c", status="in_progress", role="Phối hợp",
      name="Phối hợp thiết lập, duy trì các chuẩn đo lường chính, bảo đảm liên kết chuẩn",
      work="Phối hợp Chi cục lập kế hoạch liên kết chuẩn; đã gửi hiệu chuẩn các chuẩn khối lượng và áp suất tại Viện Đo lường Việt Nam, đang chờ kết quả.",
      kl="", when="Thường xuyên",
      text="Phối hợp Chi cục lập kế hoạch liên kết chuẩn"),
 dict(task="II.1.a", status="completed", ind={"training_courses": 1, "participants": 85}, role="Phối hợp",
      name="Tập huấn văn bản quy phạm pháp luật về TCĐLCL cho doanh nghiệp",
      work="Cử báo cáo viên và tổ chức tại Trung tâm 01 lớp tập huấn về yêu cầu thử nghiệm hàng hóa nhập khẩu.",
      kl="01 lớp\n85 lượt người", when="Tháng 5/2026",
      text="01 lớp tập huấn …; 85 lượt người"),
 dict(task="II.5.b", status="completed", ind={"samples_tested": 75}, role="Phối hợp",
      name="Khảo sát chất lượng sản phẩm, hàng hóa",
      work="Thử nghiệm mẫu khảo sát do Chi cục lấy (xăng dầu, phân bón) và trả kết quả đúng hạn.",
      kl="75 mẫu", when="Tháng 9/2026",
      text="Thử nghiệm 75 mẫu khảo sát"),
 dict(task="II.3.d", status="not_started", role="Phối hợp",
      name="Đào tạo, tập huấn cho viên chức, người lao động và sinh viên các trường về TCĐLCL",
      work="Đã thống nhất với 01 trường đại học nội dung thực tập cho sinh viên; dự kiến tổ chức trong tháng 11/2026.",
      kl="", when="Quý IV/2026",
      text="dự kiến tổ chức trong tháng 11/2026"),
]
B1_D = ["Thủ tục mua sắm thiết bị kéo dài, một số gói thầu phải tổ chức lựa chọn nhà thầu lại do không có nhà thầu đáp ứng.",
        "Thiếu nhân lực có trình độ vận hành thiết bị phân tích hiện đại."]
B1_P = ["Đề nghị Sở sớm phê duyệt điều chỉnh dự toán mua sắm thiết bị năm 2026 để Trung tâm kịp giải ngân.",
        "Đề nghị Sở hỗ trợ cử viên chức tham gia khóa đào tạo chuyên sâu về sắc ký và quang phổ."]

B2 = [
 dict(task="II.2.g", status="in_progress", ind={"instruments_verified": 18406, "enterprises_supported": 932}, role="Phối hợp",
      name="Nâng cao hiệu quả hoạt động dịch vụ kỹ thuật kiểm định, hiệu chuẩn",
      work="Thực hiện kiểm định, hiệu chuẩn phương tiện đo nhóm 2 (cân, đồng hồ nước, cột đo xăng dầu, huyết áp kế) cho tổ chức, doanh nghiệp trên địa bàn.",
      kl="18.406 phương tiện đo\n932 khách hàng", when="Thường xuyên",
      text="kiểm định, hiệu chuẩn 18.406 phương tiện đo cho 932 khách hàng"),
 dict(task="II.4.b", status="completed", ind={"instruments_verified": 46}, role="Phối hợp",
      name="Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ",
      work="Hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ của Chi cục theo đề nghị.",
      kl="46 phương tiện", money=None, when="Tháng 8/2026",
      text="Hiệu chuẩn 46 phương tiện, thiết bị kỹ thuật nghiệp vụ của Chi cục"),
 dict(task="II.4.c", status="in_progress", role="Phối hợp",
      name="Duy trì các chuẩn đo lường chính, liên kết chuẩn",
      work="Duy trì chuẩn khối lượng, dung tích; gửi liên kết chuẩn theo kế hoạch.",
      kl="", when="Thường xuyên",
      text="Duy trì chuẩn khối lượng, dung tích; gửi liên kết chuẩn"),
 dict(task="II.2.a", status="in_progress", ind={"enterprises_supported": 6}, role="Phối hợp",
      name="Đề án 996 – hỗ trợ doanh nghiệp về đo lường",
      work="Tư vấn xây dựng hệ thống quản lý đo lường, đào tạo nhân viên đo lường nội bộ.",
      kl="06 doanh nghiệp", when="Quý IV/2026",
      text="Tư vấn xây dựng hệ thống quản lý đo lường cho 06 doanh nghiệp"),
]
B2_D = ["Chuẩn dung tích 1000 lít đã quá hạn hiệu chuẩn, phải gửi ra Hà Nội nên ảnh hưởng tiến độ kiểm định xitec."]
B2_P = ["Đề nghị Trung tâm bố trí kinh phí vận chuyển, hiệu chuẩn chuẩn dung tích trong Quý IV/2026."]

B3 = [
 dict(task="II.2.g", status="in_progress", ind={"samples_tested": 5870, "enterprises_supported": 640}, role="Phối hợp",
      name="Nâng cao hiệu quả hoạt động dịch vụ thử nghiệm",
      work="Thử nghiệm mẫu hóa, lý, vi sinh cho khách hàng; mở rộng 14 chỉ tiêu được chỉ định.",
      kl="5.870 mẫu\n640 doanh nghiệp", when="Thường xuyên",
      text="Thử nghiệm 5.870 mẫu cho 640 doanh nghiệp"),
 dict(task="II.5.b", status="completed", ind={"samples_tested": 75}, role="Phối hợp",
      name="Khảo sát chất lượng sản phẩm, hàng hóa",
      work="Thử nghiệm mẫu khảo sát xăng dầu, phân bón do Chi cục gửi.",
      kl="75 mẫu", when="Tháng 9/2026",
      text="Thử nghiệm 75 mẫu khảo sát"),
 dict(task="II.5.a", status="completed", ind={"samples_tested": 32}, role="Phối hợp",
      name="Kiểm tra chất lượng sản phẩm, hàng hóa",
      work="Thử nghiệm mẫu lấy trong các cuộc kiểm tra của Chi cục (mũ bảo hiểm, thép).",
      kl="32 mẫu", when="Tháng 7/2026",
      text="Thử nghiệm 32 mẫu lấy trong các cuộc kiểm tra"),
 dict(task="II.4.a", status="in_progress", ind={"budget_spent_vnd": 640000000}, role="Phối hợp",
      name="Đầu tư, hiện đại hóa trang thiết bị phòng thử nghiệm",
      work="Tiếp nhận, vận hành thử tủ vi khí hậu và máy quang phổ hấp thụ nguyên tử.",
      kl="02 thiết bị", money=640000000, when="Quý IV/2026",
      text="Tiếp nhận 02 thiết bị; 640.000.000 đồng"),
 dict(task="II.3.a", status="completed", ind={"training_courses": 3, "participants": 8}, role="Phối hợp",
      name="Cử cán bộ tham gia các khóa đào tạo chuyên sâu",
      work="Cử viên chức tham dự khóa đào tạo ISO/IEC 17025:2017 và đánh giá độ không đảm bảo đo.",
      kl="03 khóa\n08 lượt viên chức", when="Tháng 6/2026",
      text="Cử 08 lượt viên chức tham dự 03 khóa"),
]
B3_D = ["Số lượng mẫu tăng nhưng nhân lực phòng thử nghiệm không tăng, thời gian trả kết quả có lúc chậm."]
B3_P = ["Đề nghị Ban Giám đốc Trung tâm bổ sung 02 kỹ thuật viên cho Phòng Thử nghiệm Hóa – Vi sinh."]

B4 = [
 dict(task="II.2.i", status="in_progress", role="Phối hợp",
      name="Kết nối, áp dụng cơ sở dữ liệu quốc gia về TCĐLCL",
      work="Khảo sát hạ tầng, chuẩn bị đường truyền và tài khoản kết nối cho Chi cục; đang chờ Bộ cung cấp tài liệu kỹ thuật API.",
      kl="", when="Thường xuyên",
      text="Khảo sát hạ tầng, chuẩn bị đường truyền và tài khoản kết nối"),
 dict(task="II.1.a", status="completed", ind={"communications": 6}, role="Phối hợp",
      name="Tuyên truyền, phổ biến văn bản về TCĐLCL",
      work="Đăng tải tin, bài về các lớp tập huấn, tọa đàm trên Cổng thông tin điện tử Sở.",
      kl="06 tin, bài", when="Tháng 9/2026",
      text="Đăng tải 06 tin, bài trên Cổng thông tin điện tử Sở"),
 dict(task="II.2.đ", status="completed", role="Phối hợp",
      name="Duy trì hệ thống quản lý chất lượng ISO tại cơ quan",
      work="Trung tâm đã đánh giá nội bộ, cập nhật quy trình và công bố lại hệ thống quản lý chất lượng TCVN ISO 9001:2015.",
      kl="", when="Tháng 7/2026",
      text="đánh giá nội bộ, công bố lại hệ thống quản lý chất lượng TCVN ISO 9001:2015"),
 dict(task="II.6.a", status="not_applicable", role="Phối hợp",
      name="Cập nhật điều ước, thỏa thuận quốc tế",
      work="Không có nội dung Trung tâm được đề nghị phối hợp.",
      kl="", when="",
      text="Không có nội dung Trung tâm được đề nghị phối hợp"),
]
B4_D = ["Chưa có tài liệu đặc tả kỹ thuật kết nối của Bộ Khoa học và Công nghệ nên chưa thể triển khai tích hợp."]
B4_P = ["Đề nghị Chi cục đôn đốc Bộ sớm cung cấp tài liệu kỹ thuật để Trung tâm phối hợp kết nối trong Quý IV/2026."]


def build_B():
    TT = "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG"
    hand_b("TTPTTN_BC265_KeHoach38.xlsx", "SỞ KHOA HỌC VÀ CÔNG NGHỆ TP. HỒ CHÍ MINH", TT, "265/BC-TTPT",
           datetime.date(2026, 10, 26), "BC KH38", B1, B1_D, B1_P, ("GIÁM ĐỐC", "Võ Thành Nhân"))
    key("TTPTTN_BC265_KeHoach38.xlsx", "extracted", "SKHCN-TTPTTN",
        "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
        "265/BC-TTPT", datetime.date(2026, 10, 26), B1, B1_D, B1_P)

    hand_b("KDHC_so lieu KH38_T10.xlsx", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG",
           "PHÒNG KIỂM ĐỊNH – HIỆU CHUẨN", "14/BC-KĐHC", datetime.date(2026, 10, 19), "KĐHC", B2, B2_D, B2_P, ("TRƯỞNG PHÒNG", "Đặng Minh Trí"))
    key("KDHC_so lieu KH38_T10.xlsx", "extracted", "SKHCN-TTPTTN",
        "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
        "14/BC-KĐHC", datetime.date(2026, 10, 19), B2, B2_D, B2_P)

    hand_b("PTN-HoaViSinh_BC11.xlsx", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG",
           "PHÒNG THỬ NGHIỆM HÓA – VI SINH", "11/BC-PTN", datetime.date(2026, 10, 19), "Bao cao", B3, B3_D, B3_P, ("TRƯỞNG PHÒNG", "Huỳnh Thị Kim Oanh"))
    key("PTN-HoaViSinh_BC11.xlsx", "extracted", "SKHCN-TTPTTN",
        "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
        "11/BC-PTN", datetime.date(2026, 10, 19), B3, B3_D, B3_P)

    hand_b("TTCNTT-DKG_BC88_CT38.xlsx", "SỞ KHOA HỌC VÀ CÔNG NGHỆ TP. HỒ CHÍ MINH",
           "TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ ĐỊA KHÔNG GIAN", "88/BC-TTCNTT", datetime.date(2026, 10, 22), "CT38", B4, B4_D, B4_P, ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lâm Hữu Phước"))
    key("TTCNTT-DKG_BC88_CT38.xlsx", "extracted", "SKHCN-TTCNTT",
        "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh",
        "88/BC-TTCNTT", datetime.date(2026, 10, 22), B4, B4_D, B4_P)

# ====================================================================== HAND C
# Tuấn – specialist in the Sở's offices. Word prose: "Đối với nội dung *plan wording (italic)*
# (Phòng là đơn vị chủ trì/phối hợp), …" followed by a closing status sentence of his own.
# Difficulties / proposals as "a) b)".  Figures plain, not zero-padded.

def hand_c(fname, unit_lines, number, d, title2, intro, blocks, diffs, props, signer, section_heads=None):
    doc = Document()
    set_font(doc, size=14)
    sec = doc.sections[0]
    sec.left_margin = Cm(3); sec.right_margin = Cm(1.5); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    header_table(doc, unit_lines, number, date_words(d))
    para(doc, "BÁO CÁO", bold=True, align="c")
    para(doc, title2, bold=True, align="c")
    para(doc, intro)
    sh = section_heads or ("I. TÌNH HÌNH TRIỂN KHAI", "II. KẾT QUẢ THỰC HIỆN", "III. KHÓ KHĂN, VƯỚNG MẮC", "IV. KIẾN NGHỊ")
    para(doc, sh[0], bold=True, indent=False)
    para(doc, blocks["general"])
    para(doc, sh[1], bold=True, indent=False)
    for e in blocks["items"]:
        p = para(doc)
        if "task" in e and e["task"] in PLAN:
            p.add_run("Đối với nội dung ")
            r = p.add_run(PLAN[e["task"]].replace("…", "...").rstrip(".") )
            r.italic = True
            p.add_run(" (%s), " % e["role"])
        else:
            p.add_run(e["lead"])
        p.add_run(e["body"] + " " + e["close"])
    para(doc, sh[2], bold=True, indent=False)
    for i, x in enumerate(diffs):
        para(doc, "%s) %s" % ("abcdefg"[i], x))
    para(doc, sh[3], bold=True, indent=False)
    for i, x in enumerate(props):
        para(doc, "%s) %s" % ("abcdefg"[i], x))
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    cell_lines(t.cell(0, 0), [("Nơi nhận:", True, True), ("- Chi cục TĐC (để tổng hợp);", False, False), ("- Lãnh đạo Sở (để b/c);", False, False), ("- Lưu: VT.", False, False)], align="l")
    cell_lines(t.cell(0, 1), [(signer[0], True, False), ("", False, False), ("", False, False), (signer[1], True, False)])
    doc.save(os.path.join(OUT, fname))

C_CLOSE = {
    "completed": "Đến nay Phòng đã thực hiện xong phần việc được giao.",
    "in_progress": "Nội dung này hiện vẫn đang tiếp tục thực hiện.",
    "not_applicable": "Trong kỳ không phát sinh nội dung cần thực hiện.",
}

C1 = [
 dict(task="II.2.h", status="completed", role="Phòng là đơn vị phối hợp",
      body="Phòng đã phối hợp với Chi cục rà soát quy trình điện tử của các thủ tục hành chính lĩnh vực tiêu chuẩn, đo lường, chất lượng trên Hệ thống thông tin giải quyết thủ tục hành chính và hoàn tất kết nối liên thông hồ sơ đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu với Cổng thông tin một cửa quốc gia từ tháng 3/2026.",
      close="Đến nay Phòng đã thực hiện xong phần việc được giao.",
      text="hoàn tất kết nối liên thông … với Cổng thông tin một cửa quốc gia từ tháng 3/2026"),
 dict(task="II.2.i", status="in_progress", role="Phòng là đơn vị phối hợp",
      body="Phòng đã tham mưu đưa nội dung kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng vào Kế hoạch chuyển đổi số của Sở và phối hợp Trung tâm Công nghệ thông tin và Địa không gian chuẩn bị hạ tầng kết nối.",
      close="Nội dung này hiện vẫn đang tiếp tục thực hiện.",
      text="tham mưu đưa nội dung kết nối cơ sở dữ liệu quốc gia … vào Kế hoạch chuyển đổi số của Sở"),
 dict(task="II.2.đ", status="completed", role="Phòng là đơn vị phối hợp",
      body="Phòng đã cập nhật 7 quy trình nội bộ của Phòng trong hệ thống quản lý chất lượng TCVN ISO 9001:2015 của Sở, tham gia đánh giá nội bộ tháng 6/2026.",
      close="Đến nay Phòng đã thực hiện xong phần việc được giao.",
      text="cập nhật 7 quy trình nội bộ … TCVN ISO 9001:2015"),
]
C1_D = ["Hệ thống thông tin giải quyết thủ tục hành chính của Bộ và hệ thống của Thành phố chưa đồng bộ trạng thái hồ sơ theo thời gian thực."]
C1_P = ["Kiến nghị Chi cục phản ánh với Bộ Khoa học và Công nghệ để hoàn thiện chức năng đồng bộ trạng thái hồ sơ giữa hai hệ thống."]

C2 = [
 dict(task="II.3.c", status="in_progress", role="Phòng là đơn vị chủ trì",
      body="Phòng đã tham mưu Sở thông báo nhu cầu thu hút chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng theo Quyết định số 05/2026/QĐ-UBND; đã tiếp nhận 3 hồ sơ đăng ký và đang thẩm định.",
      close="Nội dung này hiện vẫn đang tiếp tục thực hiện.",
      text="tiếp nhận 3 hồ sơ đăng ký và đang thẩm định"),
 dict(task="II.3.b", status="completed", ind={"participants": 4}, role="Phòng là đơn vị phối hợp",
      body="Phòng đã cử 4 công chức tham dự các khóa bồi dưỡng chuyên sâu về năng suất, chất lượng do Chi cục tổ chức.",
      close="Đến nay Phòng đã thực hiện xong phần việc được giao.",
      text="cử 4 công chức tham dự các khóa bồi dưỡng chuyên sâu về năng suất, chất lượng"),
 dict(task="II.2.a", status="in_progress", role="Phòng là đơn vị phối hợp",
      body="Phòng đã phối hợp thẩm định nội dung các nhiệm vụ khoa học và công nghệ thuộc Chương trình nâng cao năng suất và chất lượng; các nhiệm vụ đang trong quá trình thực hiện hợp đồng.",
      close="Nội dung này hiện vẫn đang tiếp tục thực hiện.",
      text="phối hợp thẩm định nội dung các nhiệm vụ khoa học và công nghệ thuộc Chương trình nâng cao năng suất và chất lượng"),
 dict(task="II.6.b", status="not_applicable", role="Phòng là đơn vị phối hợp",
      body="Phòng chưa nhận được đề nghị phối hợp.",
      close="Trong kỳ không phát sinh nội dung cần thực hiện.",
      text="Phòng chưa nhận được đề nghị phối hợp"),
]
C2_D = ["Mức hỗ trợ theo quy định hiện hành chưa đủ hấp dẫn đối với chuyên gia đánh giá có kinh nghiệm trong lĩnh vực đo lường."]
C2_P = ["Kiến nghị Sở nghiên cứu đề xuất Ủy ban nhân dân Thành phố bổ sung lĩnh vực tiêu chuẩn, đo lường, chất lượng vào danh mục ưu tiên thu hút năm 2027."]

C3 = [
 dict(task="II.5.a", status="in_progress", ind={"inspections": 4, "establishments_inspected": 19, "violations": 5, "fines_vnd": 64750000}, role="Phòng là đơn vị phối hợp",
      body="Phòng đã cử công chức tham gia 4 đoàn kiểm tra liên ngành, kiểm tra 19 cơ sở kinh doanh mũ bảo hiểm, thép và xăng dầu; phát hiện 5 cơ sở vi phạm, tham mưu Giám đốc Sở ban hành quyết định xử phạt với tổng số tiền 64.750.000 đồng.",
      close="Nội dung này hiện vẫn đang tiếp tục thực hiện.",
      text="4 đoàn kiểm tra liên ngành, kiểm tra 19 cơ sở; 5 cơ sở vi phạm; 64.750.000 đồng"),
 dict(task="II.5.d", status="completed", role="Phòng là đơn vị phối hợp",
      body="Phòng đã tiếp nhận, xử lý 2 đơn phản ánh về gian lận đo lường tại cửa hàng xăng dầu, bảo đảm giữ bí mật thông tin người phản ánh theo quy định.",
      close="Đến nay Phòng đã thực hiện xong phần việc được giao.",
      text="tiếp nhận, xử lý 2 đơn phản ánh về gian lận đo lường"),
 dict(task="II.2.c", status="in_progress", role="Phòng là đơn vị phối hợp",
      body="Phòng đã cho ý kiến về mặt pháp lý đối với dự thảo văn bản góp ý Luật sửa đổi, bổ sung một số điều của Luật Đo lường do Chi cục chủ trì.",
      close="Nội dung này hiện vẫn đang tiếp tục thực hiện.",
      text="cho ý kiến … dự thảo văn bản góp ý Luật sửa đổi, bổ sung một số điều của Luật Đo lường"),
 dict(task="II.4.b", status="completed", role="Phòng là đơn vị phối hợp",
      body="Phòng đã rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP cùng Chi cục.",
      close="Đến nay Phòng đã thực hiện xong phần việc được giao.",
      text="rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP"),
 dict(task="II.5.c", status="in_progress", role="Phòng là đơn vị phối hợp",
      body="Phòng đã hướng dẫn nghiệp vụ xử phạt vi phạm hành chính cho công chức một số phường, xã khi có đề nghị.",
      close="Nội dung này hiện vẫn đang tiếp tục thực hiện.",
      text="hướng dẫn nghiệp vụ xử phạt vi phạm hành chính cho công chức một số phường, xã"),
 dict(task="II.5.b", status="not_applicable", role="Phòng là đơn vị phối hợp",
      body="Chi cục chưa có đề nghị Phòng phối hợp xử lý kết quả khảo sát.",
      close="Trong kỳ không phát sinh nội dung cần thực hiện.",
      text="Chi cục chưa có đề nghị Phòng phối hợp xử lý kết quả khảo sát"),
]
C3_D = ["Việc xác minh hành vi vi phạm về đo lường đối với cột đo xăng dầu có can thiệp bo mạch điện tử cần thiết bị chuyên dụng mà Phòng chưa có."]
C3_P = ["Kiến nghị Sở trang bị thiết bị kiểm tra bo mạch cột đo xăng dầu cho lực lượng kiểm tra.",
        "Kiến nghị Chi cục chia sẻ kế hoạch kiểm tra năm 2027 sớm để Phòng chủ động bố trí công chức."]

C5 = [
 dict(task="II.2.đ", status="completed", role="Văn phòng là đơn vị phối hợp",
      body="Văn phòng đã phối hợp Chi cục tổ chức đánh giá nội bộ và xem xét của lãnh đạo đối với hệ thống quản lý chất lượng TCVN ISO 9001:2015 của Sở; đã công bố lại hệ thống ngày 15/7/2026.",
      close="Đến nay Văn phòng đã thực hiện xong phần việc được giao.",
      text="đánh giá nội bộ … công bố lại hệ thống ngày 15/7/2026"),
 dict(task="II.2.h", status="completed", role="Văn phòng là đơn vị phối hợp",
      body="Bộ phận Một cửa đã cập nhật quy trình tiếp nhận hồ sơ đăng ký kiểm tra chất lượng hàng hóa nhập khẩu theo hướng liên thông với Cổng thông tin một cửa quốc gia.",
      close="Đến nay Văn phòng đã thực hiện xong phần việc được giao.",
      text="cập nhật quy trình tiếp nhận hồ sơ … liên thông với Cổng thông tin một cửa quốc gia"),
 dict(task="II.2.i", status="in_progress", role="Văn phòng là đơn vị phối hợp",
      body="Văn phòng đã cung cấp danh mục tài liệu, văn bản phục vụ việc chia sẻ dữ liệu với cơ sở dữ liệu quốc gia.",
      close="Nội dung này hiện vẫn đang tiếp tục thực hiện.",
      text="cung cấp danh mục tài liệu, văn bản phục vụ việc chia sẻ dữ liệu"),
 dict(task="II.4.a", status="in_progress", ind={"budget_spent_vnd": 1120000000}, role="Văn phòng là đơn vị phối hợp",
      body="Văn phòng đã thẩm định dự toán, kế hoạch lựa chọn nhà thầu mua sắm thiết bị cho Trung tâm Dịch vụ Phân tích thí nghiệm; lũy kế đã giải ngân 1.120.000.000 đồng từ nguồn kinh phí Sở quản lý.",
      close="Nội dung này hiện vẫn đang tiếp tục thực hiện.",
      text="đã giải ngân 1.120.000.000 đồng"),
 dict(task="II.1.a", status="completed", ind={"communications": 15}, role="Văn phòng là đơn vị phối hợp",
      body="Văn phòng đã đăng 15 tin, bài về các hoạt động tập huấn, tọa đàm trên Cổng thông tin điện tử của Sở.",
      close="Đến nay Văn phòng đã thực hiện xong phần việc được giao.",
      text="đăng 15 tin, bài … trên Cổng thông tin điện tử của Sở"),
 dict(task="II.5.d", status="not_applicable", role="Văn phòng là đơn vị phối hợp",
      body="chưa có trường hợp tố giác vi phạm cần khen thưởng.",
      close="Trong kỳ không phát sinh nội dung cần thực hiện.",
      text="chưa có trường hợp tố giác vi phạm cần khen thưởng"),
]
C5_D = ["Nhân sự Văn phòng kiêm nhiệm nhiều việc nên việc cập nhật tài liệu hệ thống quản lý chất lượng có lúc chưa kịp thời."]
C5_P = ["Kiến nghị Chi cục gửi trước dự thảo báo cáo tổng hợp để Văn phòng rà soát số liệu phần phối hợp."]


def build_C():
    hand_c("CDS_BC45-KH38.docx", [(SOKHCN, False), ("PHÒNG CHUYỂN ĐỔI SỐ", True)], "45/BC-CĐS", datetime.date(2026, 10, 21),
           "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
           "Thực hiện %s, Phòng Chuyển đổi số báo cáo kết quả phối hợp thực hiện như sau:" % KH,
           {"general": "Phòng đã phân công 01 lãnh đạo phòng và 02 chuyên viên theo dõi các nội dung phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng về số hóa, kết nối hệ thống.",
            "items": [dict(e, close=C_CLOSE[e["status"]]) for e in C1]},
           C1_D, C1_P, ("TRƯỞNG PHÒNG", "Nguyễn Anh Tuấn"))
    key("CDS_BC45-KH38.docx", "extracted", "SKHCN-CDS", "Phòng Chuyển đổi số", "45/BC-CĐS", datetime.date(2026, 10, 21), C1, C1_D, C1_P)

    hand_c("QLKH - bao cao phoi hop CT38.docx", [(SOKHCN, False), ("PHÒNG QUẢN LÝ KHOA HỌC", True)], "112/BC-QLKH", datetime.date(2026, 10, 22),
           "Kết quả thực hiện các nhiệm vụ tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
           "Phòng Quản lý Khoa học báo cáo kết quả thực hiện các nhiệm vụ được giao tại %s như sau:" % KH,
           {"general": "Phòng chủ trì 01 nội dung và phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng thực hiện các nội dung còn lại theo Phụ lục của Kế hoạch.",
            "items": [dict(e, close=C_CLOSE[e["status"]]) for e in C2]},
           C2_D, C2_P, ("KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG", "Đỗ Thị Hồng Nhung"))
    key("QLKH - bao cao phoi hop CT38.docx", "extracted", "SKHCN-QLKH", "Phòng Quản lý Khoa học", "112/BC-QLKH", datetime.date(2026, 10, 22), C2, C2_D, C2_P)

    hand_c("KTPC_BC57_CT38_2026.docx", [(SOKHCN, False), ("PHÒNG KIỂM TRA – PHÁP CHẾ", True)], "57/BC-KTPC", datetime.date(2026, 10, 23),
           "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
           "Thực hiện %s, Phòng Kiểm tra – Pháp chế báo cáo như sau:" % KH,
           {"general": "Phòng là đơn vị phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng trong các nội dung về kiểm tra, xử lý vi phạm, pháp chế và phương tiện kỹ thuật nghiệp vụ.",
            "items": [dict(e, close=C_CLOSE[e["status"]]) for e in C3]},
           C3_D, C3_P, ("TRƯỞNG PHÒNG", "Bùi Văn Thắng"))
    key("KTPC_BC57_CT38_2026.docx", "extracted", "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "57/BC-KTPC", datetime.date(2026, 10, 23), C3, C3_D, C3_P)

    c5items = []
    for e in C5:
        c5items.append(dict(e, close=e["close"]))
    hand_c("VPS_BC-KH38-2026.docx", [(SOKHCN, False), ("VĂN PHÒNG", True)], "1873/BC-VP", datetime.date(2026, 10, 24),
           "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
           "Thực hiện %s, Văn phòng Sở báo cáo kết quả phối hợp thực hiện như sau:" % KH,
           {"general": "Văn phòng Sở phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng trong các nội dung về hệ thống quản lý chất lượng, thủ tục hành chính, thông tin tuyên truyền và tài chính, mua sắm.",
            "items": c5items},
           C5_D, C5_P, ("KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG", "Trương Thị Hạnh"))
    key("VPS_BC-KH38-2026.docx", "extracted", "SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ", "1873/BC-VP", datetime.date(2026, 10, 24), C5, C5_D, C5_P)

    # mistaken: Phòng Kế hoạch – Tài chính sends its thrift / anti-waste report
    items = [
     dict(lead="Về quản lý, sử dụng kinh phí chi thường xuyên: ", body="Các đơn vị thực hiện tiết kiệm 10% chi thường xuyên theo quy định, số kinh phí tiết kiệm 9 tháng là 1.245.000.000 đồng.", close="Đã thực hiện đúng quy định."),
     dict(lead="Về mua sắm, quản lý tài sản công: ", body="Tổ chức 6 gói mua sắm tài sản theo hình thức đấu thầu qua mạng, tiết kiệm sau đấu thầu 312.400.000 đồng.", close="Đang tiếp tục thực hiện."),
     dict(lead="Về sử dụng trụ sở, xe công: ", body="Rà soát, sắp xếp lại 02 cơ sở nhà đất sau hợp nhất; điều chuyển 01 xe ô tô cho đơn vị sự nghiệp.", close="Đã thực hiện xong."),
     dict(lead="Về quản lý, sử dụng lao động và thời gian lao động: ", body="Thực hiện tinh giản 4 biên chế theo lộ trình.", close="Đã thực hiện xong."),
    ]
    hand_c("P.KHTC_BC-THTK-CLP_9T2026.docx", [(SOKHCN, False), ("PHÒNG KẾ HOẠCH – TÀI CHÍNH", True)], "98/BC-KHTC", datetime.date(2026, 10, 12),
           "Kết quả thực hành tiết kiệm, chống lãng phí 9 tháng đầu năm 2026",
           "Thực hiện Chương trình thực hành tiết kiệm, chống lãng phí năm 2026 của Sở Khoa học và Công nghệ, Phòng Kế hoạch – Tài chính tổng hợp kết quả 9 tháng đầu năm 2026 như sau:",
           {"general": "Sở đã ban hành Chương trình thực hành tiết kiệm, chống lãng phí năm 2026 và giao chỉ tiêu tiết kiệm cho các phòng, đơn vị trực thuộc.", "items": items},
           ["Một số đơn vị sự nghiệp chậm gửi số liệu tiết kiệm chi."], ["Kiến nghị các đơn vị gửi số liệu Quý IV trước ngày 10/01/2027."],
           ("TRƯỞNG PHÒNG", "Nguyễn Thị Thanh Tâm"),
           section_heads=("I. CÔNG TÁC CHỈ ĐẠO", "II. KẾT QUẢ THỰC HÀNH TIẾT KIỆM, CHỐNG LÃNG PHÍ", "III. TỒN TẠI, HẠN CHẾ", "IV. KIẾN NGHỊ"))
    key("P.KHTC_BC-THTK-CLP_9T2026.docx", "rejected", None, "Phòng Kế hoạch – Tài chính", "98/BC-KHTC", datetime.date(2026, 10, 12), [], [], [],
        reason="Không phải báo cáo Kế hoạch triển khai Chỉ thị 38-CT/TW: báo cáo thực hành tiết kiệm, chống lãng phí 9 tháng năm 2026 gửi nhầm")

# ====================================================================== HAND D
# Ngân – văn thư/kế toán at the Chi cục's office and the Centre's admin: a plain working sheet,
# no quốc hiệu; "Đơn vị:" / "Số BC:" label rows with the date as a real Excel date cell;
# frozen header, autofilter; separate numeric columns; status column "Kết quả đến 15/10":
# Xong / Chưa xong, đang làm / Chưa làm / Không có việc; money in triệu đồng (decimal).
# Difficulties/proposals typed below the table as "Khó khăn:" / "Đề nghị:" rows in column B.

D_STATUS = {"completed": "Xong", "in_progress": "Chưa xong, đang làm", "not_started": "Chưa làm", "not_applicable": "Không có việc"}
D_COLS = [("training_courses", "Lớp/HN"), ("participants", "Lượt người"), ("communications", "Tin, bài"),
          ("enterprises_supported", "DN/tổ chức"), ("budget_spent_vnd", "Kinh phí (tr.đ)")]


def hand_d(fname, unit, number, d, sheet, rows, diffs, props, cols=D_COLS, status_map=D_STATUS, title="KẾT QUẢ THỰC HIỆN KH 38 NĂM 2026"):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    ws["A1"] = "Đơn vị:"; ws["B1"] = unit
    ws["A2"] = "Số BC:"; ws["B2"] = number
    ws["A3"] = "Ngày lập:"; ws["B3"] = datetime.datetime(d.year, d.month, d.day); ws["B3"].number_format = "dd/mm/yyyy"
    ws["B3"].alignment = Alignment(horizontal="left")
    for c in ("A1", "A2", "A3"):
        ws[c].font = Font(bold=True)
    ws["D2"] = title; ws["D2"].font = Font(bold=True, size=13)
    hdr = ["TT", "Nhiệm vụ (theo KH)", "Từ ngày", "Đến ngày", "Việc đã làm"] + [h for _, h in cols] + ["Kết quả đến 15/10"]
    R = 5
    for i, h in enumerate(hdr, 1):
        c = ws.cell(R, i, h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="FFF2CC")
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center"); c.border = BOX
    widths = [5, 40, 11, 11, 50] + [11] * len(cols) + [20]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[ws.cell(1, i).column_letter].width = w
    for n, e in enumerate(rows, 1):
        r = R + n
        vals = [n, e["name"], e.get("from"), e.get("to"), e["work"]]
        for k, _ in cols:
            v = e.get("ind", {}).get(k)
            if k == "budget_spent_vnd" and v is not None:
                v = v / 1e6
            vals.append(v)
        vals.append(e.get("sw", status_map[e["status"]]))
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, datetime.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == len(vals) - 1 and cols[-1][0] == "budget_spent_vnd" and v is not None:
                c.number_format = "#,##0.0"
    last = R + len(rows)
    ws.freeze_panes = "C6"
    ws.auto_filter.ref = "A5:%s%d" % (ws.cell(5, len(hdr)).column_letter, last)
    r = last + 2
    for x in diffs:
        ws.cell(r, 2, "Khó khăn:").font = Font(bold=True); ws.cell(r, 5, x).alignment = Alignment(wrap_text=True); r += 1
    for x in props:
        ws.cell(r, 2, "Đề nghị:").font = Font(bold=True); ws.cell(r, 5, x).alignment = Alignment(wrap_text=True); r += 1
    r += 1
    ws.cell(r, 2, "Người lập: " + ("Phan Thị Ngân" if "Văn phòng Chi cục" in unit else "Mai Thị Ngân"))
    wb.save(os.path.join(OUT, fname))

DT = lambda y, m, dd: datetime.datetime(y, m, dd)

D2 = [
 dict(task="II.1.a", status="completed", ind={"communications": 21, "budget_spent_vnd": 86400000},
      name="Tập huấn VBQPPL về TĐC cho DN, tọa đàm DN nhập khẩu", **{"from": DT(2026, 3, 2), "to": DT(2026, 9, 25)},
      work="Chuẩn bị hội trường, tài liệu, thanh quyết toán các lớp tập huấn và buổi tọa đàm; đưa tin trên trang thông tin điện tử Chi cục",
      text="Lớp/HN … Tin, bài 21; Kinh phí 86,4 tr.đ; Xong"),
 dict(task="II.2.đ", status="in_progress",
      name="Duy trì, cải tiến HTQLCL ISO tại cơ quan hành chính", **{"from": DT(2026, 1, 5), "to": None},
      work="Cập nhật danh mục tài liệu, theo dõi hành động khắc phục sau đánh giá nội bộ của Chi cục",
      text="Cập nhật danh mục tài liệu … Chưa xong, đang làm"),
 dict(task="II.3.a", status="completed", ind={"training_courses": 2, "participants": 168, "budget_spent_vnd": 31200000},
      name="Tập huấn nghiệp vụ TĐC cho công chức Sở, ngành, phường, xã", **{"from": DT(2026, 5, 12), "to": DT(2026, 8, 14)},
      work="Gửi giấy mời, tổng hợp danh sách học viên, thanh toán chi phí 02 lớp",
      text="Lớp/HN 2; Lượt người 168; Kinh phí 31,2 tr.đ; Xong"),
 dict(task="II.5.d", status="in_progress",
      name="Khen thưởng, bảo vệ người tố giác vi phạm", **{"from": DT(2026, 1, 5), "to": None},
      work="Tiếp nhận đơn thư qua đường dây nóng, chuyển phòng chuyên môn xử lý",
      text="Tiếp nhận đơn thư qua đường dây nóng … Chưa xong, đang làm"),
 dict(task="II.6.a", status="completed", ind={"communications": 4},
      name="Cập nhật điều ước, thỏa thuận quốc tế về TĐC", **{"from": DT(2026, 2, 1), "to": DT(2026, 9, 30)},
      work="Phát hành bản tin TBT định kỳ qua thư điện tử cho doanh nghiệp",
      text="Phát hành bản tin TBT … Tin, bài 4; Xong"),
]
D2_D = ["Hội trường Chi cục nhỏ, các lớp trên 100 người phải thuê địa điểm ngoài."]
D2_P = ["Bố trí thêm kinh phí thuê hội trường cho các lớp tập huấn Quý IV."]

D4_COLS = [("training_courses", "Khóa ĐT"), ("participants", "Lượt VC"), ("budget_spent_vnd", "Kinh phí (tr.đ)")]
D4 = [
 dict(task="II.4.a", status="in_progress", ind={"budget_spent_vnd": 1786400000},
      name="Đầu tư CSVC, trang thiết bị, nhân lực cho Trung tâm", **{"from": DT(2026, 2, 10), "to": None},
      work="Lập hồ sơ mua sắm, ký hợp đồng, tạm ứng và thanh toán các gói thiết bị đã nghiệm thu; tuyển dụng 03 viên chức",
      text="Kinh phí 1.786,4 tr.đ; Chưa xong, đang làm"),
 dict(task="II.2.đ", status="completed",
      name="Duy trì HTQLCL ISO 9001 tại Trung tâm", **{"from": DT(2026, 3, 1), "to": DT(2026, 7, 20)},
      work="Tổ chức đánh giá nội bộ, họp xem xét của lãnh đạo, ban hành lại sổ tay chất lượng",
      text="Tổ chức đánh giá nội bộ … Xong"),
 dict(task="II.3.a", status="completed", ind={"training_courses": 4, "participants": 12},
      name="Cử viên chức dự hội nghị, hội thảo, khóa đào tạo chuyên sâu", **{"from": DT(2026, 4, 6), "to": DT(2026, 9, 18)},
      work="Làm thủ tục cử viên chức tham dự các khóa đào tạo nghiệp vụ do Ủy ban TĐC Quốc gia tổ chức",
      text="Khóa ĐT 4; Lượt VC 12; Xong"),
]
D4_D = ["Tiến độ giải ngân vốn mua sắm chậm do nhà cung cấp giao hàng trễ."]
D4_P = ["Đề nghị Ban Giám đốc cho phép gia hạn hợp đồng gói thiết bị đo nhiệt đến tháng 12/2026."]


def build_D():
    hand_d("VPCC_TH KH38 den 15-10.xlsx", "Văn phòng Chi cục Tiêu chuẩn Đo lường Chất lượng", "05/BC-VPCC", datetime.date(2026, 10, 16),
           "TH KH38", D2, D2_D, D2_P)
    key("VPCC_TH KH38 den 15-10.xlsx", "extracted", "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
        "05/BC-VPCC", datetime.date(2026, 10, 16), D2, D2_D, D2_P)

    hand_d("HCTH_TT_KH38.xlsx", "Phòng Hành chính – Tổng hợp, Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng",
           "07/BC-HCTH", datetime.date(2026, 10, 15), "Sheet1", D4, D4_D, D4_P, cols=D4_COLS)
    key("HCTH_TT_KH38.xlsx", "extracted", "SKHCN-TTPTTN",
        "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
        "07/BC-HCTH", datetime.date(2026, 10, 15), D4, D4_D, D4_P)

    # mistaken: Phòng Quản lý Công nghệ và Đổi mới sáng tạo sends its administrative-reform sheet
    cols = [("a", "Số TTHC"), ("b", "Hồ sơ tiếp nhận"), ("c", "Đúng hạn")]
    rows = [
     dict(status="completed", ind={"a": 12, "b": 214, "c": 214}, name="Rà soát, đơn giản hóa TTHC lĩnh vực chuyển giao công nghệ", **{"from": DT(2026, 1, 6), "to": DT(2026, 6, 30)},
          work="Rà soát 12 TTHC, đề xuất cắt giảm thành phần hồ sơ"),
     dict(status="in_progress", ind={"a": 5, "b": 88, "c": 86}, name="Cung cấp dịch vụ công trực tuyến toàn trình", **{"from": DT(2026, 1, 6), "to": None},
          work="Cập nhật biểu mẫu điện tử trên Cổng dịch vụ công"),
     dict(status="completed", ind={}, name="Cải cách tổ chức bộ máy, sắp xếp lại bộ phận chuyên môn", **{"from": DT(2026, 3, 1), "to": DT(2026, 4, 15)},
          work="Ban hành quy chế làm việc của Phòng sau kiện toàn"),
    ]
    hand_d("QLCN-DMST_CCHC_Q3-2026.xlsx", "Phòng Quản lý Công nghệ và Đổi mới sáng tạo", "21/BC-QLCN", datetime.date(2026, 10, 8),
           "CCHC Q3", rows, ["Cổng dịch vụ công đôi lúc lỗi khi ký số hồ sơ."], ["Đề nghị Phòng Chuyển đổi số hỗ trợ khắc phục lỗi ký số."],
           cols=cols, title="KẾT QUẢ CẢI CÁCH HÀNH CHÍNH QUÝ III/2026")
    key("QLCN-DMST_CCHC_Q3-2026.xlsx", "rejected", None, "Phòng Quản lý Công nghệ và Đổi mới sáng tạo", "21/BC-QLCN", datetime.date(2026, 10, 8), [], [], [],
        reason="Không phải báo cáo Kế hoạch triển khai Chỉ thị 38-CT/TW: biểu kết quả cải cách hành chính Quý III/2026 gửi nhầm")


def resave(fname, fmt):
    """Re-save one file through LibreOffice, as real offices do."""
    src = os.path.join(OUT, fname)
    tmp = os.path.join(OUT, ".lo_tmp")
    os.makedirs(tmp, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", tmp, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, os.path.basename(fname)), src)
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    build_A(); build_B(); build_C(); build_D()
    resave("KTPC_BC57_CT38_2026.docx", "docx")
    resave("KDHC_so lieu KH38_T10.xlsx", "xlsx")
    for k in KEYS:
        k["sha256"] = sha(os.path.join(OUT, k["file"]))
        ordered = {x: k[x] for x in ("file", "sha256", "status", "reason", "unit", "document", "entries", "findings", "difficulties", "proposals")}
        with open(os.path.join(TRUTH, k["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(ordered, f, ensure_ascii=False, indent=2)
    print(len(KEYS), "files")
