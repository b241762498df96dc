# -*- coding: utf-8 -*-
"""Generator for set161: 17 reports in 5 hands + answer keys.
Run: python3 gen.py   (then the LibreOffice re-save step runs inside, keys written last)."""
import os, json, hashlib, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
REPORTS = []   # (fname, key)
RESAVE = set()


def key(fname, uid, uname, number, date, entries=(), diffs=(), props=(), rejected=None):
    k = {"file": fname, "sha256": None,
         "status": "rejected" if rejected else "extracted",
         "reason": rejected,
         "unit": {"id": uid, "name": uname},
         "document": {"number": number, "date": date},
         "entries": [dict(task=t, status=s, indicators=i, text=x) for (t, s, i, x) in entries],
         "findings": [], "difficulties": list(diffs), "proposals": list(props)}
    REPORTS.append((fname, k))


# ---------------------------------------------------------------- docx helpers
def new_doc(font="Times New Roman", size=13, margins=(2, 2, 3, 1.5)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(3)
    for s in d.sections:
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
    return d


def para(d, text="", bold=False, italic=False, align=None, size=None, indent=True, underline=False):
    p = d.add_paragraph()
    if indent and align is None:
        p.paragraph_format.first_line_indent = Cm(1)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j" or (align is None):
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
        if size:
            r.font.size = Pt(size)
    return p


def runs(d, parts, indent=True):
    """parts: list of (text, 'b'/'i'/'bi'/'')"""
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    for t, f in parts:
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
        r.underline = "u" in f
    return p


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e)
        x.set(qn("w:val"), "nil")
        b.append(x)
    tblPr.append(b)


def header_block(d, left_lines, right_lines, widths=(6.5, 9.5)):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    for ci, lines in enumerate((left_lines, right_lines)):
        c = t.rows[0].cells[ci]
        c.width = Cm(widths[ci])
        c.paragraphs[0].text = ""
        first = True
        for txt, f in lines:
            p = c.paragraphs[0] if first else c.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            r = p.add_run(txt)
            r.bold = "b" in f
            r.italic = "i" in f
            r.font.size = Pt(12 if "s" in f else 13)
    return t


def cell_text(c, text, bold=False, align=None, size=12):
    c.paragraphs[0].text = ""
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(ln)
        r.bold = bold
        r.font.size = Pt(size)


QH = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "bs"), ("Độc lập - Tự do - Hạnh phúc", "b"), ("", "")]

# =====================================================================
# HAND 1 — Chị Ngọc Hương, văn phòng HĐND-UBND phường: báo cáo tình hình
# kinh tế - xã hội tháng 11; CT38 content scattered in the ward's own sections
# =====================================================================

def h1_doc(fname, ward, ward_up, number, place_date, title, sections, tail_sign, cdsonly=False):
    d = new_doc()
    header_block(d, [("ỦY BAN NHÂN DÂN", "s"), ("PHƯỜNG " + ward_up, "b"), ("", ""), ("Số: " + number if number else "Số:       /BC-UBND", "s")],
                 QH + [(place_date, "i")])
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", indent=False)
    for t in title:
        para(d, t, bold=True, align="c", indent=False)
    para(d, "_______________", align="c", indent=False)
    for kind, content in sections:
        if kind == "h":
            para(d, content, bold=True, indent=True)
        elif kind == "h2":
            para(d, content, bold=True, italic=True, indent=True)
        elif kind == "p":
            para(d, content)
        elif kind == "r":
            runs(d, content)
    para(d)
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    cell_text(t.rows[0].cells[0], "Nơi nhận:\n" + tail_sign[0], size=11)
    t.rows[0].cells[0].paragraphs[0].runs[0].bold = True
    t.rows[0].cells[0].paragraphs[0].runs[0].italic = True
    cell_text(t.rows[0].cells[1], tail_sign[1], bold=True, align="c")
    d.save(os.path.join(OUT, fname))


def build_h1():
    # ---- 1. Phường Bàn Cờ
    f = "27154_bc-thang11-ban-co.docx"
    s = []
    s += [("h", "I. LĨNH VỰC KINH TẾ"),
          ("h2", "1. Tài chính - ngân sách"),
          ("p", "Tổng thu ngân sách trên địa bàn tháng 11 ước đạt 4,1 tỷ đồng; lũy kế 11 tháng đạt 94,3% dự toán năm. Chi ngân sách đảm bảo kịp thời cho các hoạt động thường xuyên và chính sách an sinh xã hội."),
          ("h2", "2. Thương mại - dịch vụ, quản lý chợ"),
          ("p", "Tình hình hoạt động thương mại, dịch vụ trên địa bàn ổn định, hàng hóa phục vụ nhu cầu mua sắm cuối năm dồi dào, giá cả không có biến động lớn. Ban Quản lý chợ Bàn Cờ duy trì tốt công tác vệ sinh, phòng cháy chữa cháy."),
          ("p", "Thực hiện nhiệm vụ quản lý nhà nước về đo lường được phân cấp, trong tháng Tổ kiểm tra liên ngành phường tiếp tục kiểm tra việc sử dụng cân trong mua bán tại chợ Bàn Cờ (01 cuộc, 07 hộ kinh doanh). Tính từ đầu năm đến nay, phường đã thực hiện 05 cuộc kiểm tra đo lường tại chợ và các điểm kinh doanh, kiểm tra 38 hộ kinh doanh, phát hiện 03 trường hợp sử dụng cân sai số vượt mức cho phép, ban hành quyết định xử phạt với tổng số tiền 4.500.000 đồng. Công tác này phường tiếp tục thực hiện thường xuyên đến cuối năm."),
          ("p", "Phường đã phối hợp với Đoàn kiểm tra của Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra chất lượng mũ bảo hiểm cho người đi mô tô, xe máy tại 04 cửa hàng trên đường Nguyễn Thiện Thuật và Cao Thắng (tháng 8/2026), chưa phát hiện vi phạm; nội dung phối hợp này đã thực hiện xong."),
          ("h2", "3. Quản lý đô thị - tài nguyên môi trường"),
          ("p", "Ra quân lập lại trật tự lòng lề đường 08 đợt, xử lý 21 trường hợp lấn chiếm. Thu gom rác thải sinh hoạt đạt 100%."),
          ("h", "II. LĨNH VỰC VĂN HÓA - XÃ HỘI"),
          ("h2", "1. Văn hóa - thông tin - thể thao"),
          ("p", "Tuyên truyền trực quan chào mừng Ngày Nhà giáo Việt Nam 20/11 với 35 băng rôn, 120 cờ các loại. Tổ chức Giải bóng bàn phường mở rộng với 64 vận động viên tham gia."),
          ("p", "Về tuyên truyền Chỉ thị số 38-CT/TW của Ban Bí thư và pháp luật về tiêu chuẩn, đo lường, chất lượng: từ đầu năm, phường tổ chức 03 hội nghị tuyên truyền (lồng ghép họp dân khu phố và hội nghị tiểu thương chợ Bàn Cờ) với 145 lượt người dự; đăng 06 tin, bài trên Trang thông tin điện tử phường. Đến nay phường đã hoàn thành kế hoạch tuyên truyền năm 2026 về nội dung này."),
          ("h2", "2. Lao động - thương binh - xã hội"),
          ("p", "Chi trả trợ cấp ưu đãi người có công và bảo trợ xã hội tháng 11 đầy đủ, đúng hạn. Vận động Quỹ \"Vì người nghèo\" được 86 triệu đồng."),
          ("h", "III. CẢI CÁCH HÀNH CHÍNH"),
          ("p", "Bộ phận Một cửa tiếp nhận 1.248 hồ sơ, giải quyết đúng hạn 1.240 hồ sơ, đạt 99,4%. Phường đã duy trì, áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, tổ chức đánh giá nội bộ trong tháng 10/2026 và ban hành báo cáo xem xét của lãnh đạo; việc này đã hoàn thành cho năm 2026."),
          ("p", "Phường đã cử 02 công chức (Phòng Kinh tế, Hạ tầng và Đô thị) tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về đo lường, chất lượng do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức ngày 18/9/2026, đảm bảo đủ thành phần."),
          ("h", "IV. QUỐC PHÒNG - AN NINH"),
          ("p", "Tình hình an ninh chính trị, trật tự an toàn xã hội ổn định. Hoàn thành giao chỉ tiêu tuyển quân năm 2027 cho các khu phố."),
          ("h", "V. ĐÁNH GIÁ CHUNG"),
          ("r", [("Khó khăn, hạn chế:", "bi")]),
          ("p", "- Tình trạng buôn bán lấn chiếm vỉa hè tại một số tuyến đường còn tái diễn."),
          ("p", "- Công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng kiêm nhiệm nhiều việc, chưa qua đào tạo chuyên sâu."),
          ("r", [("Kiến nghị:", "bi")]),
          ("p", "- Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ phường 02 bộ quả cân chuẩn để kiểm tra cân tại chợ."),
          ("p", "- Đề nghị Ủy ban nhân dân Thành phố sớm phê duyệt dự án cải tạo chợ Bàn Cờ."),
          ("h", "VI. NHIỆM VỤ TRỌNG TÂM THÁNG 12 NĂM 2026"),
          ("p", "Tập trung thu ngân sách; đảm bảo an ninh trật tự dịp Tết Dương lịch; tổng kết công tác năm 2026."),
          ]
    h1_doc(f, "Phường Bàn Cờ", "BÀN CỜ", "412/BC-UBND", "Bàn Cờ, ngày 26 tháng 11 năm 2026",
           ["Tình hình kinh tế - xã hội, quốc phòng - an ninh tháng 11", "và phương hướng nhiệm vụ tháng 12 năm 2026"], s,
           ["- UBND Thành phố;\n- Sở Khoa học và Công nghệ (Chi cục TĐC);\n- Đảng ủy phường;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nTrần Minh Khoa"])
    key(f, "27154", "Phường Bàn Cờ", "412/BC-UBND", "2026-11-26", [
        ("II.1.a", "completed", {"training_courses": 3, "participants": 145, "communications": 6},
         "từ đầu năm, phường tổ chức 03 hội nghị tuyên truyền (lồng ghép họp dân khu phố và hội nghị tiểu thương chợ Bàn Cờ) với 145 lượt người dự; đăng 06 tin, bài trên Trang thông tin điện tử phường. Đến nay phường đã hoàn thành kế hoạch tuyên truyền năm 2026"),
        ("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 38, "violations": 3, "fines_vnd": 4500000},
         "Tính từ đầu năm đến nay, phường đã thực hiện 05 cuộc kiểm tra đo lường tại chợ và các điểm kinh doanh, kiểm tra 38 hộ kinh doanh, phát hiện 03 trường hợp ... xử phạt ... 4.500.000 đồng. Công tác này phường tiếp tục thực hiện thường xuyên"),
        ("II.5.a", "completed", {"establishments_inspected": 4},
         "phối hợp với Đoàn kiểm tra của Chi cục ... kiểm tra chất lượng mũ bảo hiểm ... tại 04 cửa hàng ... nội dung phối hợp này đã thực hiện xong"),
        ("II.2.đ", "completed", {},
         "Phường đã duy trì, áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 ... việc này đã hoàn thành cho năm 2026"),
        ("II.3.a", "completed", {"participants": 2},
         "Phường đã cử 02 công chức ... tham dự lớp tập huấn nghiệp vụ ... do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức ngày 18/9/2026"),
    ], ["Công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng kiêm nhiệm nhiều việc, chưa qua đào tạo chuyên sâu."],
       ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ phường 02 bộ quả cân chuẩn để kiểm tra cân tại chợ."])

    # ---- 2. Phường Tân Định
    f = "26737-bao-cao-thang-11-2026.docx"
    s = [("h", "I. KINH TẾ"),
         ("h2", "1. Thu - chi ngân sách"),
         ("p", "Thu ngân sách tháng 11 đạt 3,6 tỷ đồng. Phường tiếp tục rà soát, đôn đốc thu nợ thuế hộ kinh doanh."),
         ("h2", "2. Thương mại, dịch vụ - chợ Tân Định"),
         ("p", "Hoạt động mua bán tại chợ Tân Định ổn định; phường phối hợp Ban Quản lý chợ sắp xếp lại 12 sạp hàng khu vực nhà lồng."),
         ("p", "Phường đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 lớp tập huấn pháp luật về đo lường cho 62 hộ kinh doanh tại chợ Tân Định (ngày 10/6/2026); nội dung này phường đã làm xong."),
         ("p", "Từ đầu năm, Tổ kiểm tra của phường thực hiện 04 cuộc kiểm tra đo lường theo phân cấp tại chợ Tân Định và các cửa hàng vàng bạc, kiểm tra 52 cơ sở, phát hiện 02 cơ sở vi phạm, đã nhắc nhở, yêu cầu khắc phục; phường đang tiếp tục kiểm tra trong tháng 12."),
         ("p", "Ngày 14/8/2026 phường tiếp nhận 01 phản ánh của người dân về cân thiếu tại chợ; qua xác minh, xác định 01 trường hợp vi phạm, Chủ tịch UBND phường đã ban hành quyết định xử phạt 1.500.000 đồng. Vụ việc đã xử lý xong."),
         ("p", "Phường đã chuyển thông tin về Giải thưởng Chất lượng Quốc gia năm 2026 đến 12 doanh nghiệp trên địa bàn, hoàn thành trong Quý II."),
         ("h", "II. VĂN HÓA - XÃ HỘI"),
         ("p", "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 09 khu phố. Trao 150 phần quà cho hộ có hoàn cảnh khó khăn."),
         ("h", "III. CẢI CÁCH HÀNH CHÍNH - CHUYỂN ĐỔI SỐ"),
         ("p", "Tiếp nhận 1.032 hồ sơ, 100% hồ sơ giải quyết đúng hạn. Về Hệ thống quản lý chất lượng TCVN ISO 9001:2015, phường đang cập nhật các quy trình theo danh mục thủ tục hành chính mới công bố, dự kiến xong trong tháng 12/2026."),
         ("h", "IV. QUỐC PHÒNG - AN NINH"),
         ("p", "Xảy ra 03 vụ trộm cắp tài sản, đã điều tra làm rõ 02 vụ."),
         ("h", "V. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ"),
         ("p", "1. Khó khăn: Chợ Tân Định có nhiều tiểu thương sử dụng cân không rõ nguồn gốc, việc kiểm tra thường xuyên gặp khó khăn do thiếu cân đối chứng. Ngoài ra, nguồn thu từ hộ kinh doanh giảm so với cùng kỳ."),
         ("p", "2. Kiến nghị: Kiến nghị Sở Khoa học và Công nghệ sớm ban hành hướng dẫn phân cấp kiểm tra đo lường đối với UBND phường sau sắp xếp."),
         ("h", "VI. PHƯƠNG HƯỚNG THÁNG 12/2026"),
         ("p", "Tổng kết năm; chuẩn bị Tết Nguyên đán Đinh Mùi 2027."),
         ]
    h1_doc(f, "Phường Tân Định", "TÂN ĐỊNH", "389/BC-UBND", "Tân Định, ngày 28 tháng 11 năm 2026",
           ["Kết quả thực hiện nhiệm vụ tháng 11 năm 2026"], s,
           ["- Thường trực Đảng ủy;\n- Chi cục TĐC TP (để biết);\n- Lưu: VT, VP.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\n\nNguyễn Thị Bích Vân"])
    key(f, "26737", "Phường Tân Định", "389/BC-UBND", "2026-11-28", [
        ("II.1.a", "completed", {"training_courses": 1, "participants": 62},
         "Phường đã phối hợp với Chi cục ... tổ chức 01 lớp tập huấn pháp luật về đo lường cho 62 hộ kinh doanh tại chợ Tân Định ...; nội dung này phường đã làm xong."),
        ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 52, "violations": 2},
         "Tổ kiểm tra của phường thực hiện 04 cuộc kiểm tra đo lường theo phân cấp ..., kiểm tra 52 cơ sở, phát hiện 02 cơ sở vi phạm ...; phường đang tiếp tục kiểm tra trong tháng 12."),
        ("II.5.d", "completed", {"violations": 1, "fines_vnd": 1500000},
         "phường tiếp nhận 01 phản ánh ... xác định 01 trường hợp vi phạm, Chủ tịch UBND phường đã ban hành quyết định xử phạt 1.500.000 đồng. Vụ việc đã xử lý xong."),
        ("II.1.b", "completed", {"enterprises_supported": 12},
         "Phường đã chuyển thông tin về Giải thưởng Chất lượng Quốc gia năm 2026 đến 12 doanh nghiệp trên địa bàn, hoàn thành trong Quý II."),
        ("II.2.đ", "in_progress", {},
         "Về Hệ thống quản lý chất lượng TCVN ISO 9001:2015, phường đang cập nhật các quy trình ..., dự kiến xong trong tháng 12/2026."),
    ], ["Chợ Tân Định có nhiều tiểu thương sử dụng cân không rõ nguồn gốc, việc kiểm tra thường xuyên gặp khó khăn do thiếu cân đối chứng."],
       ["Kiến nghị Sở Khoa học và Công nghệ sớm ban hành hướng dẫn phân cấp kiểm tra đo lường đối với UBND phường sau sắp xếp."])

    # ---- 3. Phường Hạnh Thông (re-saved through LibreOffice)
    f = "UBND_HanhThong_BC_T11.docx"
    s = [("p", "Thực hiện Chương trình công tác năm 2026, Ủy ban nhân dân phường Hạnh Thông báo cáo tình hình thực hiện nhiệm vụ tháng 11/2026 (số liệu tính đến ngày 30/11/2026) như sau:"),
         ("h", "1. Công tác kinh tế"),
         ("p", "- Thu ngân sách: ước đạt 2,8 tỷ đồng trong tháng."),
         ("p", "- Về quản lý đo lường: đến nay phường đã hoàn thành kế hoạch kiểm tra năm 2026 của phường đối với cửa hàng xăng dầu, với 02 cuộc kiểm tra tại 05 cửa hàng xăng dầu trên đường Nguyễn Oanh, Phan Văn Trị; không phát hiện vi phạm về đo lường."),
         ("p", "- Phối hợp Đội Quản lý thị trường kiểm tra chất lượng đồ chơi trẻ em dịp Tết Trung thu: 01 cuộc, 06 cơ sở, phát hiện 01 cơ sở kinh doanh đồ chơi không có dấu hợp quy CR, xử phạt 3.000.000 đồng. Đã xong."),
         ("p", "- Hướng dẫn 09 hộ kinh doanh, doanh nghiệp nhỏ trên địa bàn áp dụng tem truy xuất nguồn gốc, mã QR cho sản phẩm theo Đề án 100; đang tiếp tục hướng dẫn."),
         ("h", "2. Công tác văn hóa - xã hội"),
         ("p", "- Tuyên truyền về tiêu chuẩn, đo lường, chất lượng: biên soạn 04 tin, bài phát trên hệ thống truyền thanh phường, cấp phát tờ rơi tại chợ Hạnh Thông Tây; đã thực hiện xong."),
         ("p", "- Khám sức khỏe cho 320 người cao tuổi; tổ chức 02 lớp kỹ năng sống cho thiếu nhi."),
         ("h", "3. Công tác nội chính, tổ chức bộ máy"),
         ("p", "- Công chức Phòng Kinh tế chưa tham gia lớp tập huấn chuyên môn về tiêu chuẩn, đo lường, chất lượng do trùng lịch tiếp công dân định kỳ."),
         ("p", "- Hoàn thành đánh giá, xếp loại công chức năm 2026."),
         ("h", "4. Khó khăn - Đề xuất"),
         ("p", "- Khó khăn: Kinh phí cho hoạt động kiểm tra đo lường chưa được bố trí riêng trong dự toán của phường."),
         ("p", "- Đề xuất: Đề nghị Chi cục tổ chức thêm lớp tập huấn nghiệp vụ cho công chức phường trong Quý I/2027."),
         ]
    h1_doc(f, "Phường Hạnh Thông", "HẠNH THÔNG", "301/BC-UBND", "Hạnh Thông, ngày 02 tháng 12 năm 2026",
           ["Tình hình thực hiện nhiệm vụ tháng 11/2026"], s,
           ["- Như trên;\n- Lưu: VT.", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nĐỗ Văn Thắng"])
    RESAVE.add(f)
    key(f, "26890", "Phường Hạnh Thông", "301/BC-UBND", "2026-12-02", [
        ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 5},
         "đến nay phường đã hoàn thành kế hoạch kiểm tra năm 2026 ... với 02 cuộc kiểm tra tại 05 cửa hàng xăng dầu ...; không phát hiện vi phạm về đo lường."),
        ("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 6, "violations": 1, "fines_vnd": 3000000},
         "Phối hợp Đội Quản lý thị trường kiểm tra chất lượng đồ chơi trẻ em ...: 01 cuộc, 06 cơ sở, phát hiện 01 cơ sở ..., xử phạt 3.000.000 đồng. Đã xong."),
        ("II.2.a", "in_progress", {"enterprises_supported": 9},
         "Hướng dẫn 09 hộ kinh doanh, doanh nghiệp nhỏ ... áp dụng tem truy xuất nguồn gốc ... theo Đề án 100; đang tiếp tục hướng dẫn."),
        ("II.1.a", "completed", {"communications": 4},
         "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng: biên soạn 04 tin, bài ...; đã thực hiện xong."),
        ("II.3.a", "not_started", {},
         "Công chức Phòng Kinh tế chưa tham gia lớp tập huấn chuyên môn về tiêu chuẩn, đo lường, chất lượng do trùng lịch"),
    ], ["Kinh phí cho hoạt động kiểm tra đo lường chưa được bố trí riêng trong dự toán của phường."],
       ["Đề nghị Chi cục tổ chức thêm lớp tập huấn nghiệp vụ cho công chức phường trong Quý I/2027."])

    # ---- 4. Phường Phú Lâm — MISTAKEN (chuyển đổi số)
    f = "27349_bao_cao_thang_11.docx"
    s = [("p", "Thực hiện Kế hoạch số 57/KH-UBND ngày 15/01/2026 của UBND phường về chuyển đổi số năm 2026, UBND phường Phú Lâm báo cáo kết quả tháng 11/2026 như sau:"),
         ("h", "I. CHÍNH QUYỀN SỐ"),
         ("p", "Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến toàn trình trong tháng đạt 78,5%; 100% văn bản đi được ký số. Phường đã số hóa 2.140 hồ sơ hộ tịch, đạt 91% kế hoạch năm; đang tiếp tục thực hiện."),
         ("h", "II. KINH TẾ SỐ"),
         ("p", "Tổ công nghệ số cộng đồng hướng dẫn 46 hộ kinh doanh tại chợ Phú Lâm mở tài khoản thanh toán không dùng tiền mặt; 100% sạp hàng có mã QR thanh toán."),
         ("h", "III. XÃ HỘI SỐ"),
         ("p", "Hướng dẫn 1.320 lượt người dân cài đặt, kích hoạt tài khoản định danh điện tử mức 2 và ứng dụng Công dân số Thành phố."),
         ("h", "IV. KHÓ KHĂN, ĐỀ XUẤT"),
         ("p", "- Thiết bị máy tính tại Bộ phận Một cửa đã cũ, thường xuyên hư hỏng."),
         ("p", "- Đề xuất Sở Khoa học và Công nghệ bổ sung đường truyền số liệu chuyên dùng cho phường."),
         ]
    h1_doc(f, "Phường Phú Lâm", "PHÚ LÂM", "447/BC-UBND", "Phú Lâm, ngày 27 tháng 11 năm 2026",
           ["Kết quả thực hiện chuyển đổi số tháng 11 năm 2026"], s,
           ["- Sở Khoa học và Công nghệ;\n- Lưu: VT.", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nLâm Quốc Huy"])
    key(f, "27349", "Phường Phú Lâm", "447/BC-UBND", "2026-11-27",
        rejected="Báo cáo kết quả chuyển đổi số tháng 11/2026, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng")


# =====================================================================
# HAND 2 — anh Phúc, công chức văn phòng xã: each job one long sentence,
# no numbering, opened by a fused status verb phrase "Đã xong việc … /
# Đang làm việc … / Chưa làm được việc … / Chưa phát sinh việc …", then
# "cụ thể là" + figures, ending with the officer in charge.
# =====================================================================

def h2_doc(fname, unit_up1, unit_up2, number, place_date, title, intro, jobs, diffs, props, signer, nfd=False):
    d = new_doc(size=14, margins=(2, 2, 3, 2))
    header_block(d, [(unit_up1, "s"), (unit_up2, "b"), ("", ""), ("Số: " + number, "s")], QH + [(place_date, "i")])
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", indent=False)
    para(d, title, bold=True, align="c", indent=False)
    para(d)
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align="c", indent=False)
    para(d)
    para(d, intro)
    for j in jobs:
        para(d, j)
    if diffs:
        para(d, "Những khó khăn của xã trong thời gian qua là: " + " ".join(diffs))
    if props:
        para(d, "Xã có đề nghị như sau: " + " ".join(props))
    para(d, "Trên đây là báo cáo của Ủy ban nhân dân " + unit_up2.title().replace("Xã ", "xã ").replace("Đặc Khu ", "đặc khu ") + "./.")
    para(d)
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    cell_text(t.rows[0].cells[0], "Nơi nhận:\n- Như trên;\n- Phòng Kinh tế (cũ);\n- Lưu: VT.", size=11)
    cell_text(t.rows[0].cells[1], signer, bold=True, align="c")
    d.save(os.path.join(OUT, fname))


def build_h2():
    f = "BinhKhanh-BC-KH-CT38-2026.docx"
    jobs = [
        "Đã xong việc tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng cho bà con tiểu thương, cụ thể là xã đã phối hợp với Chi cục mở 01 lớp tập huấn tại Hội trường UBND xã vào ngày 22/5/2026 có 48 hộ kinh doanh tham dự và đăng 05 tin, bài trên Trang thông tin điện tử của xã, việc này do đồng chí Lê Thị Mai công chức Văn hóa - Xã hội phụ trách.",
        "Đang làm việc kiểm tra cân tại chợ Bình Khánh và các điểm thu mua hải sản theo phân cấp quản lý, cụ thể là từ tháng 3 đến nay Tổ kiểm tra của xã đã đi 04 cuộc, kiểm tra 36 hộ kinh doanh, phát hiện 05 trường hợp sử dụng cân không đạt yêu cầu đã nhắc nhở và yêu cầu thay cân, đồng thời Ban Quản lý chợ đã đưa 03 cân đối chứng đi kiểm định lại, việc này do đồng chí Trần Văn Lực công chức Kinh tế phụ trách và còn làm tiếp trong tháng 12.",
        "Đã xong việc phối hợp với Đoàn kiểm tra liên ngành của Thành phố kiểm tra chất lượng xăng dầu tại 03 cửa hàng xăng dầu trên địa bàn xã vào tháng 7/2026, cụ thể là các cửa hàng chấp hành tốt quy định, không có vi phạm, việc này do đồng chí Trần Văn Lực tham gia đoàn.",
        "Đang làm việc chuyển đổi, cập nhật Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau khi sắp xếp đơn vị hành chính, cụ thể là xã đã ban hành lại chính sách chất lượng và đang xây dựng các quy trình giải quyết thủ tục hành chính mới, việc này do Văn phòng HĐND và UBND xã phụ trách.",
        "Chưa làm được việc cử công chức đi tập huấn chuyên sâu về tiêu chuẩn, đo lường, chất lượng, vì lớp tập huấn của Chi cục tổ chức trùng thời gian xã trực phòng chống bão số 9.",
    ]
    diffs = ["Địa bàn xã rộng, giao thông đi lại bằng phà mất nhiều thời gian nên việc tham gia các lớp tập huấn tại trung tâm Thành phố còn hạn chế.",
             "Xã chưa có cán bộ chuyên trách về tiêu chuẩn, đo lường, chất lượng."]
    props = ["Đề nghị Chi cục tổ chức lớp tập huấn trực tuyến hoặc tại chỗ cho công chức các xã thuộc huyện Cần Giờ (cũ)."]
    h2_doc(f, "ỦY BAN NHÂN DÂN", "XÃ BÌNH KHÁNH", "178/BC-UBND", "Bình Khánh, ngày 25 tháng 11 năm 2026",
           "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
           "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 và đề nghị của Chi cục, Ủy ban nhân dân xã Bình Khánh báo cáo các việc đã làm như sau:",
           jobs, diffs, props, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nPhạm Hữu Tài")
    key(f, "27667", "Xã Bình Khánh", "178/BC-UBND", "2026-11-25", [
        ("II.1.a", "completed", {"training_courses": 1, "participants": 48, "communications": 5}, jobs[0]),
        ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 36, "violations": 5, "instruments_verified": 3}, jobs[1]),
        ("II.5.a", "completed", {"establishments_inspected": 3}, jobs[2]),
        ("II.2.đ", "in_progress", {}, jobs[3]),
        ("II.3.a", "not_started", {}, jobs[4]),
    ], diffs, props)

    f = "NhuanDuc_baocao_CT38.docx"
    jobs = [
        "Đã xong việc tổ chức tuyên truyền Chỉ thị 38 và các quy định về đo lường, chất lượng hàng hóa cho người dân, cụ thể là xã tổ chức 02 hội nghị tuyên truyền tại ấp Bàu Trăn và ấp Ràng với 120 lượt người tham dự, việc này do đồng chí Nguyễn Thị Thu công chức Văn hóa - Xã hội phụ trách.",
        "Đang làm việc hướng dẫn hợp tác xã, tổ hợp tác trồng rau an toàn áp dụng truy xuất nguồn gốc, cụ thể là đến nay xã đã hướng dẫn 04 hợp tác xã, tổ hợp tác đăng ký mã QR truy xuất nguồn gốc trên hệ thống của Thành phố, việc này do đồng chí Võ Thanh Hải công chức Nông nghiệp phụ trách.",
        "Đã xong việc kiểm tra đo lường tại chợ Nhuận Đức và các cửa hàng vật tư nông nghiệp theo kế hoạch năm của xã, cụ thể là xã đã kiểm tra 03 cuộc với 27 cơ sở, phát hiện 02 cơ sở vi phạm và xử phạt tổng cộng 2.000.000 đồng, việc này do đồng chí Võ Thanh Hải phụ trách.",
        "Chưa phát sinh việc tiếp nhận, xử lý tố giác vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng trên địa bàn xã trong năm 2026.",
        "Đã xong việc duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại UBND xã, cụ thể là xã đã công bố lại hệ thống sau sắp xếp và tổ chức đánh giá nội bộ vào tháng 9/2026, việc này do Văn phòng HĐND và UBND xã phụ trách.",
    ]
    diffs = ["Một số hộ sản xuất nhỏ lẻ chưa quan tâm áp dụng truy xuất nguồn gốc do chi phí in tem, mã QR."]
    props = ["Đề nghị Sở Khoa học và Công nghệ có chính sách hỗ trợ kinh phí in tem truy xuất nguồn gốc cho hợp tác xã nông nghiệp."]
    h2_doc(f, "ỦY BAN NHÂN DÂN", "XÃ NHUẬN ĐỨC", "96/BC-UBND", "Nhuận Đức, ngày 30 tháng 11 năm 2026",
           "Về kết quả thực hiện Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026",
           "Ủy ban nhân dân xã Nhuận Đức nhận được đề nghị báo cáo của Chi cục Tiêu chuẩn Đo lường Chất lượng, xã báo cáo như sau:",
           jobs, diffs, props, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nHuỳnh Văn Bé")
    key(f, "27511", "Xã Nhuận Đức", "96/BC-UBND", "2026-11-30", [
        ("II.1.a", "completed", {"training_courses": 2, "participants": 120}, jobs[0]),
        ("II.2.a", "in_progress", {"enterprises_supported": 4}, jobs[1]),
        ("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 27, "violations": 2, "fines_vnd": 2000000}, jobs[2]),
        ("II.5.d", "not_applicable", {}, jobs[3]),
        ("II.2.đ", "completed", {}, jobs[4]),
    ], diffs, props)

    f = "26732_ConDao_bao-cao-CT38.docx"
    jobs = [
        "Đã xong việc tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên các phương tiện thông tin của đặc khu, cụ thể là đã đăng và phát 07 tin, bài trên Trang thông tin điện tử đặc khu và Đài Truyền thanh - Truyền hình Côn Đảo, việc này do đồng chí Nguyễn Hoàng Yến, Phòng Văn hóa - Xã hội phụ trách.",
        "Đã xong việc phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng trên địa bàn đặc khu, cụ thể là đã tổ chức 02 cuộc kiểm tra tại 06 cơ sở, phát hiện 01 cơ sở vi phạm và xử phạt 7.500.000 đồng, việc này do đồng chí Đặng Văn Phước, Phòng Kinh tế phụ trách.",
        "Đang làm việc kiểm tra cân tại chợ Côn Đảo theo phân cấp, cụ thể là đã kiểm tra 02 cuộc với 21 hộ kinh doanh và sẽ kiểm tra tiếp trước Tết Nguyên đán, việc này do Phòng Kinh tế phụ trách.",
        "Đã xong việc cử 01 công chức Phòng Kinh tế tham dự trực tuyến lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức.",
        "Chưa làm được việc vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia, vì trên địa bàn chủ yếu là doanh nghiệp nhỏ hoạt động dịch vụ du lịch.",
    ]
    diffs = ["Việc vận chuyển phương tiện đo đi kiểm định tại đất liền tốn kém chi phí và thời gian."]
    props = ["Đề nghị Chi cục bố trí đợt kiểm định lưu động phương tiện đo tại Côn Đảo trong năm 2027."]
    h2_doc(f, "ỦY BAN NHÂN DÂN", "ĐẶC KHU CÔN ĐẢO", "211/BC-UBND", "Côn Đảo, ngày 03 tháng 12 năm 2026",
           "Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026 trên địa bàn đặc khu",
           "Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân đặc khu Côn Đảo báo cáo như sau:",
           jobs, diffs, props, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nLê Văn Phong")
    key(f, "26732", "Đặc khu Côn Đảo", "211/BC-UBND", "2026-12-03", [
        ("II.1.a", "completed", {"communications": 7}, jobs[0]),
        ("II.5.a", "completed", {"inspections": 2, "establishments_inspected": 6, "violations": 1, "fines_vnd": 7500000}, jobs[1]),
        ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 21}, jobs[2]),
        ("II.3.a", "completed", {"participants": 1}, jobs[3]),
        ("II.1.b", "not_started", {}, jobs[4]),
    ], diffs, props)

    # mistaken: phòng chống thiên tai
    f = "LongHai_BC_2026.docx"
    jobs = [
        "Đã xong việc kiện toàn Ban Chỉ huy phòng thủ dân sự xã, cụ thể là xã đã ban hành Quyết định kiện toàn với 27 thành viên và phân công nhiệm vụ cho từng thành viên phụ trách các ấp, việc này do Văn phòng HĐND và UBND xã phụ trách.",
        "Đã xong việc diễn tập phòng chống bão, sạt lở bờ biển tại khu vực Long Hải, cụ thể là xã huy động 150 lượt lực lượng, 04 tàu thuyền, 02 xe cứu thương tham gia diễn tập vào ngày 18/6/2026.",
        "Đang làm việc rà soát các hộ dân sống ven biển có nguy cơ sạt lở để lập phương án di dời, cụ thể là đã rà soát 86 hộ với 312 nhân khẩu, việc này do công chức Địa chính - Xây dựng phụ trách.",
        "Chưa làm được việc nâng cấp kè chắn sóng đoạn Hòn Hang, vì chưa được bố trí vốn.",
    ]
    h2_doc(f, "ỦY BAN NHÂN DÂN", "XÃ LONG HẢI", "203/BC-UBND", "Long Hải, ngày 01 tháng 12 năm 2026",
           "Kết quả công tác phòng thủ dân sự, phòng chống thiên tai và tìm kiếm cứu nạn năm 2026",
           "Ủy ban nhân dân xã Long Hải báo cáo kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026 như sau:",
           jobs, ["Kinh phí cho công tác phòng chống thiên tai còn hạn chế, trang thiết bị cứu hộ chưa đáp ứng yêu cầu."],
           ["Đề nghị cấp trên sớm bố trí vốn nâng cấp kè chắn sóng đoạn Hòn Hang."],
           "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\n\nNguyễn Văn Tám")
    key(f, "26662", "Xã Long Hải", "203/BC-UBND", "2026-12-01",
        rejected="Báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026, gửi nhầm; không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW")


# =====================================================================
# HAND 3 — chị Thảo, Phòng Kinh tế phường: table "STT | Nội dung công việc |
# Kết quả | Ghi chú"; status only in Ghi chú as "<office> - <shorthand>"
# ("KT - xg", "VH - đg", "VP - chưa", "k/ps"), never explained.
# =====================================================================

def build_h3():
    # --- DOCX: Tân Sơn Nhì
    f = "TSN_baocao_TDC_2026.docx"
    d = new_doc(size=13)
    header_block(d, [("UBND PHƯỜNG TÂN SƠN NHÌ", "b"), ("PHÒNG KINH TẾ", "bs"), ("", ""), ("Số: 517/BC-UBND", "s")],
                 QH + [("Tân Sơn Nhì, ngày 27 tháng 11 năm 2026", "i")])
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", indent=False)
    para(d, "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c", indent=False)
    para(d, "(theo Kế hoạch triển khai Chỉ thị 38-CT/TW của Sở Khoa học và Công nghệ)", italic=True, align="c", indent=False)
    para(d)
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    rows = [
        ("1.", "Tuyên truyền Chỉ thị 38, pháp luật về TC-ĐL-CL trên trang TTĐT phường, nhóm Zalo khu phố", "Đăng 09 tin, bài; phát tờ rơi tại chợ Tân Sơn Nhì", "VH - xg"),
        ("2.", "Phối hợp Chi cục TĐC tổ chức hội nghị phổ biến quy định về đo lường cho hộ kinh doanh", "01 hội nghị, 85 đại biểu (ngày 16/7)", "KT - xg"),
        ("3.", "Kiểm tra đo lường tại chợ Tân Sơn Nhì, chợ Tân Hương (theo phân cấp)", "04 cuộc / 47 hộ; VP 03, phạt 6.000.000đ\n02 cân đối chứng đã kiểm định lại", "KT - đg"),
        ("4.", "Hướng dẫn hộ KD, DN công bố chất lượng sản phẩm, ghi nhãn hàng hóa", "Hướng dẫn 06 cơ sở", "KT - đg"),
        ("5.", "Duy trì HTQLCL ISO 9001:2015 tại UBND phường", "Đánh giá nội bộ xong 15/10/2026", "VP - xg"),
        ("6.", "Xử lý phản ánh, tố giác vi phạm về ĐL-CL", "Không có", "k/ps"),
        ("7.", "Cử CC dự tập huấn nghiệp vụ do Chi cục tổ chức", "—", "VP - chưa"),
    ]
    t = d.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["STT", "Nội dung công việc", "Kết quả", "Ghi chú"]):
        cell_text(t.rows[0].cells[i], h, bold=True, align="c")
    for r, row in enumerate(rows, 1):
        for i, v in enumerate(row):
            cell_text(t.rows[r].cells[i], v, align="c" if i in (0, 3) else None)
    for r in t.rows:
        for i, w in enumerate((1.2, 7, 5.5, 2.5)):
            r.cells[i].width = Cm(w)
    para(d)
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    para(d, "- Phường chưa được trang bị quả cân chuẩn, cân đối chứng còn thiếu tại chợ Tân Hương.")
    para(d, "III. KIẾN NGHỊ", bold=True)
    para(d, "- Đề nghị Chi cục TĐC hướng dẫn quy trình xử phạt vi phạm hành chính về đo lường thuộc thẩm quyền Chủ tịch UBND phường.")
    para(d)
    t2 = d.add_table(rows=1, cols=2)
    no_borders(t2)
    cell_text(t2.rows[0].cells[0], "Nơi nhận:\n- Chi cục TĐC;\n- Lưu: VT, KT.", size=11)
    cell_text(t2.rows[0].cells[1], "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nVũ Thị Thanh Thảo", bold=True, align="c")
    d.save(os.path.join(OUT, f))
    key(f, "27019", "Phường Tân Sơn Nhì", "517/BC-UBND", "2026-11-27", [
        ("II.1.a", "completed", {"communications": 9, "training_courses": 1, "participants": 85},
         "Tuyên truyền Chỉ thị 38 ... Đăng 09 tin, bài ... | Phối hợp Chi cục TĐC tổ chức hội nghị phổ biến ... 01 hội nghị, 85 đại biểu | VH - xg / KT - xg"),
        ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 47, "violations": 3, "fines_vnd": 6000000, "instruments_verified": 2},
         "Kiểm tra đo lường tại chợ ... (theo phân cấp) | 04 cuộc / 47 hộ; VP 03, phạt 6.000.000đ; 02 cân đối chứng đã kiểm định lại | KT - đg"),
        ("II.2.d", "in_progress", {"enterprises_supported": 6},
         "Hướng dẫn hộ KD, DN công bố chất lượng sản phẩm, ghi nhãn hàng hóa | Hướng dẫn 06 cơ sở | KT - đg"),
        ("II.2.đ", "completed", {}, "Duy trì HTQLCL ISO 9001:2015 tại UBND phường | Đánh giá nội bộ xong 15/10/2026 | VP - xg"),
        ("II.5.d", "not_applicable", {}, "Xử lý phản ánh, tố giác vi phạm về ĐL-CL | Không có | k/ps"),
        ("II.3.a", "not_started", {}, "Cử CC dự tập huấn nghiệp vụ do Chi cục tổ chức | — | VP - chưa"),
    ], ["Phường chưa được trang bị quả cân chuẩn, cân đối chứng còn thiếu tại chợ Tân Hương."],
       ["Đề nghị Chi cục TĐC hướng dẫn quy trình xử phạt vi phạm hành chính về đo lường thuộc thẩm quyền Chủ tịch UBND phường."])

    # --- XLSX helper for this hand
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)

    def h3_xlsx(fname, sheet, unit_up, number, place_date, title, rows, diff, prop, signer):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = sheet
        ws.column_dimensions["A"].width = 6
        ws.column_dimensions["B"].width = 52
        ws.column_dimensions["C"].width = 42
        ws.column_dimensions["D"].width = 14
        ws["A1"] = "UBND " + unit_up
        ws["A1"].font = Font(bold=True)
        ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        ws["C1"].font = Font(bold=True)
        ws["C2"] = "Độc lập - Tự do - Hạnh phúc"
        ws["A3"] = "Số: " + number
        ws["C3"] = place_date
        ws["C3"].font = Font(italic=True)
        ws["A5"] = title
        ws["A5"].font = Font(bold=True, size=13)
        ws.merge_cells("A5:D5")
        ws["A5"].alignment = Alignment(horizontal="center")
        r0 = 7
        for i, h in enumerate(["STT", "Nội dung công việc", "Kết quả", "Ghi chú"], 1):
            c = ws.cell(r0, i, h)
            c.font = Font(bold=True)
            c.border = box
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        r = r0
        for row in rows:
            r += 1
            for i, v in enumerate(row, 1):
                c = ws.cell(r, i, v)
                c.border = box
                c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if i in (1, 4) else None)
        r += 2
        ws.cell(r, 1, "Khó khăn:").font = Font(bold=True, italic=True)
        ws.cell(r, 2, diff)
        r += 1
        ws.cell(r, 1, "Kiến nghị:").font = Font(bold=True, italic=True)
        ws.cell(r, 2, prop)
        r += 2
        ws.cell(r, 3, signer).font = Font(bold=True)
        wb.save(os.path.join(OUT, fname))

    f = "ThuanGiao_TDC_T11.xlsx"
    rows = [
        (1, "Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng", "Đăng 04 tin trên Fanpage phường; lồng ghép tuyên truyền trong sinh hoạt khu phố, 110 lượt người nghe", "VH - xg"),
        (2, "Hướng dẫn DN tham gia Giải thưởng CLQG", "Gửi thông tin cho 15 DN trong KCN Việt Hương, KCN Đồng An", "KT - xg"),
        (3, "Hỗ trợ DN nâng cao năng suất chất lượng (CT 1322)", "Giới thiệu 03 DN đăng ký tham gia chương trình của Chi cục", "KT - đg"),
        (4, "Kiểm tra đo lường cửa hàng xăng dầu, chợ (phân cấp)", "03 cuộc; 19 cơ sở; 01 VP; phạt 2.500.000 đ", "KT - đg"),
        (5, "Duy trì ISO 9001:2015 của UBND phường", "Cập nhật 12 quy trình mới", "VP - đg"),
        (6, "Tiếp nhận, xử lý tố giác vi phạm TC-ĐL-CL", "", "k/ps"),
    ]
    diff = "Nhiều doanh nghiệp trong khu công nghiệp do Ban Quản lý các KCN quản lý nên phường khó nắm số liệu."
    prop = "Đề nghị Chi cục chia sẻ danh sách doanh nghiệp đã công bố hợp chuẩn, hợp quy trên địa bàn phường."
    h3_xlsx(f, "BC T11", "PHƯỜNG THUẬN GIAO", "244/BC-UBND", "Thuận Giao, ngày 01 tháng 12 năm 2026",
            "BÁO CÁO KẾT QUẢ CÔNG TÁC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG NĂM 2026 (CT 38)", rows, diff, prop,
            "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH   Nguyễn Văn Hùng")
    key(f, "25969", "Phường Thuận Giao", "244/BC-UBND", "2026-12-01", [
        ("II.1.a", "completed", {"communications": 4, "participants": 110}, "Tuyên truyền pháp luật ... | Đăng 04 tin ...; 110 lượt người nghe | VH - xg"),
        ("II.1.b", "completed", {"enterprises_supported": 15}, "Hướng dẫn DN tham gia Giải thưởng CLQG | Gửi thông tin cho 15 DN | KT - xg"),
        ("II.2.a", "in_progress", {"enterprises_supported": 3}, "Hỗ trợ DN nâng cao năng suất chất lượng (CT 1322) | Giới thiệu 03 DN | KT - đg"),
        ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 19, "violations": 1, "fines_vnd": 2500000}, "Kiểm tra đo lường cửa hàng xăng dầu, chợ (phân cấp) | 03 cuộc; 19 cơ sở; 01 VP; phạt 2.500.000 đ | KT - đg"),
        ("II.2.đ", "in_progress", {}, "Duy trì ISO 9001:2015 của UBND phường | Cập nhật 12 quy trình mới | VP - đg"),
        ("II.5.d", "not_applicable", {}, "Tiếp nhận, xử lý tố giác vi phạm TC-ĐL-CL | | k/ps"),
    ], [diff], [prop])

    f = "LongTruong-bc-tieuchuan-doluong-2026.xlsx"
    rows = [
        ("1", "Phối hợp Chi cục TĐC tập huấn pháp luật TC-ĐL-CL cho DN, hộ KD", "01 lớp; 57 người", "KT - xg"),
        ("2", "Phối hợp đoàn KT Chi cục kiểm tra chất lượng hàng hóa (mũ BH, đồ chơi trẻ em)", "02 cuộc; 09 cửa hàng; 02 vi phạm; phạt 11.000.000đ", "KT - xg"),
        ("3", "Kiểm tra cân tại chợ Long Trường, chợ tạm Trường Lưu (phân cấp)", "05 cuộc / 63 hộ; 07 hộ vi phạm, đã nhắc nhở", "KT - đg"),
        ("4", "Lấy mẫu xăng dầu khảo sát chất lượng (phối hợp Chi cục)", "04 mẫu", "KT - xg"),
        ("5", "ISO 9001:2015 tại UBND phường", "", "VP - đg"),
        ("6", "Cử CC dự tập huấn", "02 CC tham dự", "VP - xg"),
    ]
    diff = "Thiếu kinh phí mua cân đối chứng cho chợ tạm Long Trường."
    prop = "Đề nghị Sở Khoa học và Công nghệ hỗ trợ trang bị 01 cân đối chứng cho chợ Long Trường."
    h3_xlsx(f, "Sheet1", "PHƯỜNG LONG TRƯỜNG", "733/BC-UBND", "Long Trường, ngày 04 tháng 12 năm 2026",
            "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026", rows, diff, prop,
            "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH   Trương Công Danh")
    key(f, "26860", "Phường Long Trường", "733/BC-UBND", "2026-12-04", [
        ("II.1.a", "completed", {"training_courses": 1, "participants": 57}, "Phối hợp Chi cục TĐC tập huấn pháp luật ... | 01 lớp; 57 người | KT - xg"),
        ("II.5.a", "completed", {"inspections": 2, "establishments_inspected": 9, "violations": 2, "fines_vnd": 11000000}, "Phối hợp đoàn KT Chi cục kiểm tra chất lượng hàng hóa | 02 cuộc; 09 cửa hàng; 02 vi phạm; phạt 11.000.000đ | KT - xg"),
        ("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 63, "violations": 7}, "Kiểm tra cân tại chợ ... (phân cấp) | 05 cuộc / 63 hộ; 07 hộ vi phạm | KT - đg"),
        ("II.5.b", "completed", {"samples_tested": 4}, "Lấy mẫu xăng dầu khảo sát chất lượng (phối hợp Chi cục) | 04 mẫu | KT - xg"),
        ("II.2.đ", "in_progress", {}, "ISO 9001:2015 tại UBND phường | | VP - đg"),
        ("II.3.a", "completed", {"participants": 2}, "Cử CC dự tập huấn | 02 CC tham dự | VP - xg"),
    ], [diff], [prop])


# =====================================================================
# HAND 4 — anh Khải, Phòng Kinh tế phường: Excel "THEO KHU PHỐ", one row per
# khu phố, jobs as merged bands across the top, "Tổng cộng" row, and the
# statuses only in a "Nhận xét của phường" list under the table ("+ job: …").
# =====================================================================

def build_h4():
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    grey = PatternFill("solid", fgColor="D9D9D9")

    def h4(fname, unit_up, number, place_date, bands, kp_rows, total, notes, diffs, props, signer, formulas=False, sheet="THEO KHU PHO"):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = sheet
        ncol = 1 + sum(len(b[1]) for b in bands)
        ws["A1"] = "ỦY BAN NHÂN DÂN " + unit_up
        ws["A1"].font = Font(bold=True)
        ws.cell(1, max(4, ncol - 3), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").font = Font(bold=True)
        ws.cell(2, max(4, ncol - 3), "Độc lập - Tự do - Hạnh phúc")
        ws["A3"] = ("Số: " + number) if number else "Số:        /BC-UBND"
        ws.cell(3, max(4, ncol - 3), place_date).font = Font(italic=True)
        ws["A5"] = "BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026 THEO KHU PHỐ"
        ws["A5"].font = Font(bold=True, size=12)
        ws.merge_cells(start_row=5, start_column=1, end_row=5, end_column=ncol)
        ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
        ws.row_dimensions[5].height = 32
        ws["A6"] = "(Thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 của Sở KH&CN; số liệu từ 01/01/2026 đến ngày báo cáo)"
        ws["A6"].font = Font(italic=True)
        ws.merge_cells(start_row=6, start_column=1, end_row=6, end_column=ncol)
        ws["A6"].alignment = Alignment(horizontal="center")
        # headers rows 8-9
        ws.cell(8, 1, "Khu phố")
        ws.merge_cells(start_row=8, start_column=1, end_row=9, end_column=1)
        col = 2
        for bname, subs in bands:
            ws.cell(8, col, bname)
            if len(subs) > 1:
                ws.merge_cells(start_row=8, start_column=col, end_row=8, end_column=col + len(subs) - 1)
            for j, sname in enumerate(subs):
                ws.cell(9, col + j, sname)
            col += len(subs)
        for rr in (8, 9):
            for cc in range(1, ncol + 1):
                c = ws.cell(rr, cc)
                c.font = Font(bold=True)
                c.border = box
                c.fill = grey
                c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.row_dimensions[8].height = 45
        ws.row_dimensions[9].height = 30
        ws.column_dimensions["A"].width = 14
        for cc in range(2, ncol + 1):
            ws.column_dimensions[get_column_letter(cc)].width = 13
        r = 9
        for name, vals in kp_rows:
            r += 1
            ws.cell(r, 1, name).border = box
            for j, v in enumerate(vals):
                c = ws.cell(r, 2 + j, v)
                c.border = box
                c.alignment = Alignment(horizontal="center")
                if isinstance(v, int) and v >= 100000:
                    c.number_format = "#,##0"
        first, last = 10, r
        r += 1
        ws.cell(r, 1, "Tổng cộng").font = Font(bold=True)
        ws.cell(r, 1).border = box
        for j, v in enumerate(total):
            cl = get_column_letter(2 + j)
            val = f"=SUM({cl}{first}:{cl}{last})" if formulas else v
            c = ws.cell(r, 2 + j, val)
            c.font = Font(bold=True)
            c.border = box
            c.alignment = Alignment(horizontal="center")
            if v >= 100000:
                c.number_format = "#,##0"
        r += 2
        ws.cell(r, 1, "Nhận xét của phường:").font = Font(bold=True, underline="single")
        for n in notes:
            r += 1
            ws.cell(r, 1, n)
        r += 2
        ws.cell(r, 1, "Khó khăn, vướng mắc:").font = Font(bold=True, underline="single")
        for n in diffs:
            r += 1
            ws.cell(r, 1, "- " + n)
        r += 1
        ws.cell(r, 1, "Đề xuất:").font = Font(bold=True, underline="single")
        for n in props:
            r += 1
            ws.cell(r, 1, "- " + n)
        r += 2
        ws.cell(r, 1, "Người lập biểu").font = Font(bold=True)
        ws.cell(r, max(4, ncol - 3), signer).font = Font(bold=True)
        ws.page_setup.orientation = "landscape"
        wb.save(os.path.join(OUT, fname))

    # --- Chánh Hưng
    f = "ChanhHung_CT38_theoKP.xlsx"
    bands = [("Hội nghị tuyên truyền", ["Số HN", "Lượt người dự"]),
             ("Kiểm tra đo lường (theo phân cấp)", ["Số cuộc", "Số cơ sở", "Số VP", "Tiền phạt (đồng)"]),
             ("Hướng dẫn ghi nhãn, công bố chất lượng", ["Số cơ sở được HD"])]
    kp = [("KP 1", [1, 38, 1, 9, 1, 1500000, 3]), ("KP 2", [0, 0, 1, 8, 0, 0, 2]), ("KP 3", [1, 76, 1, 12, 2, 4000000, 4]),
          ("KP 4", [0, 0, 1, 7, 0, 0, 1]), ("KP 5", [1, 100, 1, 10, 1, 2000000, 5]), ("KP 6", [0, 0, 1, 6, 0, 0, 0]),
          ("KP 7", [0, 0, 0, 6, 0, 0, 2])]
    tot = [sum(v[i] for _, v in kp) for i in range(7)]
    assert tot == [3, 214, 6, 58, 4, 7500000, 17], tot
    notes = ["+ Hội nghị tuyên truyền: đã tổ chức đủ 03 hội nghị theo kế hoạch của phường, làm xong trong Quý III.",
             "+ Kiểm tra đo lường: còn 01 đợt kiểm tra cao điểm Tết trong tháng 12, đang thực hiện.",
             "+ Hướng dẫn ghi nhãn, công bố chất lượng: đang tiếp tục hướng dẫn các cơ sở sản xuất thực phẩm nhỏ lẻ.",
             "+ Hệ thống ISO 9001:2015 tại UBND phường: đã đánh giá nội bộ, xem xét lãnh đạo xong ngày 20/10/2026."]
    diffs = ["Phường mới sắp xếp, nhiều khu phố thay đổi ranh giới nên việc thống kê cơ sở kinh doanh theo khu phố còn chưa đầy đủ."]
    props = ["Đề nghị Chi cục TĐC cung cấp mẫu biểu thống kê thống nhất cho các phường."]
    h4(f, "PHƯỜNG CHÁNH HƯNG", "402/BC-UBND", "Chánh Hưng, ngày 24/11/2026", bands, kp, tot, notes, diffs, props,
       "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH: Lý Minh Khải")
    key(f, "27418", "Phường Chánh Hưng", "402/BC-UBND", "2026-11-24", [
        ("II.1.a", "completed", {"training_courses": 3, "participants": 214}, "Hội nghị tuyên truyền — Tổng cộng: 3 HN, 214 lượt người; + Hội nghị tuyên truyền: đã tổ chức đủ 03 hội nghị ..., làm xong trong Quý III."),
        ("II.5.c", "in_progress", {"inspections": 6, "establishments_inspected": 58, "violations": 4, "fines_vnd": 7500000}, "Kiểm tra đo lường (theo phân cấp) — Tổng cộng: 6 cuộc, 58 cơ sở, 4 VP, 7.500.000 đồng; + Kiểm tra đo lường: còn 01 đợt ..., đang thực hiện."),
        ("II.2.d", "in_progress", {"enterprises_supported": 17}, "Hướng dẫn ghi nhãn, công bố chất lượng — Tổng cộng 17 cơ sở; đang tiếp tục hướng dẫn"),
        ("II.2.đ", "completed", {}, "+ Hệ thống ISO 9001:2015 tại UBND phường: đã đánh giá nội bộ, xem xét lãnh đạo xong ngày 20/10/2026."),
    ], diffs, props)

    # --- Rạch Dừa (formulas in the total row; re-saved by LibreOffice so values are cached)
    f = "RachDua-ket-qua-TDC-2026.xlsx"
    bands = [("Hội nghị tuyên truyền", ["Số HN", "Lượt người"]),
             ("Kiểm tra cân (chợ, điểm bán hải sản)", ["Cuộc", "Cơ sở", "Vi phạm"]),
             ("Cân đối chứng đưa đi kiểm định", ["Chiếc"])]
    kp = [("Khu phố 1", [1, 52, 1, 8, 1, 1]), ("Khu phố 2", [0, 0, 1, 9, 0, 0]), ("Khu phố 3", [0, 0, 1, 7, 1, 1]),
          ("Khu phố 4", [1, 44, 1, 11, 1, 2]), ("Khu phố 5", [0, 0, 1, 5, 0, 0]), ("Khu phố 6", [0, 0, 0, 4, 0, 0])]
    tot = [sum(v[i] for _, v in kp) for i in range(6)]
    assert tot == [2, 96, 5, 44, 3, 4], tot
    notes = ["+ Tuyên truyền: xong (02 hội nghị tại khu phố 1 và khu phố 4).",
             "+ Kiểm tra cân tại chợ Rạch Dừa và điểm bán hải sản: các trường hợp vi phạm đã nhắc nhở, buộc thay cân; phường tiếp tục kiểm tra định kỳ.",
             "+ Cân đối chứng: đã kiểm định xong 04 chiếc, hiệu lực đến năm 2027.",
             "+ Áp dụng ISO 9001:2015 tại UBND phường: đang thực hiện, đang chuẩn hóa lại quy trình sau sáp nhập."]
    diffs = ["Điểm bán hải sản tự phát dọc tuyến đường 30/4 thay đổi thường xuyên nên khó quản lý việc sử dụng cân."]
    props = ["Đề nghị Chi cục hỗ trợ kiểm định miễn phí cân đối chứng cho các chợ tạm."]
    h4(f, "PHƯỜNG RẠCH DỪA", None, "Rạch Dừa, ngày 27 tháng 11 năm 2026", bands, kp, tot, notes, diffs, props,
       "CHỦ TỊCH: Hồ Thị Lan", formulas=True, sheet="Tong hop KP")
    RESAVE.add(f)
    key(f, "26536", "Phường Rạch Dừa", None, "2026-11-27", [
        ("II.1.a", "completed", {"training_courses": 2, "participants": 96}, "+ Tuyên truyền: xong (02 hội nghị tại khu phố 1 và khu phố 4). Tổng cộng: 2 HN, 96 lượt người"),
        ("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 44, "violations": 3, "instruments_verified": 4}, "Kiểm tra cân — Tổng cộng: 5 cuộc, 44 cơ sở, 3 vi phạm; phường tiếp tục kiểm tra định kỳ. Cân đối chứng: đã kiểm định xong 04 chiếc"),
        ("II.2.đ", "in_progress", {}, "+ Áp dụng ISO 9001:2015 tại UBND phường: đang thực hiện"),
    ], diffs, props)

    # --- Bình Hưng Hòa
    f = "BHH_TDC_nam2026_KP.xlsx"
    bands = [("Kiểm tra đo lường (phân cấp)", ["Số cuộc", "Số cơ sở", "Vi phạm", "Phạt tiền (đ)"]),
             ("Phối hợp đoàn Chi cục KT chất lượng hàng hóa", ["Số cơ sở", "Vi phạm"]),
             ("Hướng dẫn truy xuất nguồn gốc", ["Số cơ sở"])]
    kp = [("KP 1", [1, 6, 0, 0, 2, 0, 1]), ("KP 2", [1, 7, 1, 1250000, 0, 0, 0]), ("KP 3", [1, 5, 0, 0, 3, 1, 2]),
          ("KP 4", [0, 4, 0, 0, 0, 0, 1]), ("KP 5", [1, 8, 1, 1250000, 1, 0, 0]), ("KP 6", [0, 3, 0, 0, 0, 0, 3]),
          ("KP 7", [1, 6, 0, 0, 2, 1, 0]), ("KP 8", [0, 2, 0, 0, 0, 0, 1]), ("KP 9", [0, 3, 0, 0, 0, 0, 0])]
    tot = [sum(v[i] for _, v in kp) for i in range(7)]
    assert tot == [5, 44, 2, 2500000, 8, 2, 8], tot
    notes = ["+ Kiểm tra đo lường theo phân cấp: phường tiếp tục kiểm tra, chưa xong kế hoạch năm (còn chợ Bình Long).",
             "+ Phối hợp đoàn Chi cục kiểm tra chất lượng hàng hóa (đồ điện, đồ chơi): đã hoàn thành; 02 vi phạm do đoàn của Chi cục xử lý.",
             "+ Hướng dẫn truy xuất nguồn gốc: chưa có kết quả nhiều, đang triển khai tiếp.",
             "+ Tiếp nhận phản ánh, tố giác về đo lường, chất lượng: năm 2026 không phát sinh."]
    diffs = ["Cơ sở sản xuất nhỏ trong khu dân cư nhiều, thường xuyên thay đổi địa điểm.",
             "Công chức Phòng Kinh tế phụ trách nhiều lĩnh vực."]
    props = ["Đề nghị Chi cục tổ chức tập huấn cách tra cứu, sử dụng Cổng truy xuất nguồn gốc cho công chức phường."]
    h4(f, "PHƯỜNG BÌNH HƯNG HÒA", "575/BC-UBND", "Bình Hưng Hòa, ngày 30 tháng 11 năm 2026", bands, kp, tot, notes, diffs, props,
       "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH: Đinh Quang Vinh", sheet="CT38")
    key(f, "27439", "Phường Bình Hưng Hòa", "575/BC-UBND", "2026-11-30", [
        ("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 44, "violations": 2, "fines_vnd": 2500000}, "Kiểm tra đo lường (phân cấp) — Tổng cộng 5 cuộc, 44 cơ sở, 2 vi phạm, 2.500.000 đ; phường tiếp tục kiểm tra, chưa xong kế hoạch năm"),
        ("II.5.a", "completed", {"establishments_inspected": 8, "violations": 2}, "Phối hợp đoàn Chi cục kiểm tra chất lượng hàng hóa — Tổng cộng 8 cơ sở, 2 vi phạm; đã hoàn thành"),
        ("II.2.a", "in_progress", {"enterprises_supported": 8}, "Hướng dẫn truy xuất nguồn gốc — Tổng cộng 8 cơ sở; đang triển khai tiếp"),
        ("II.5.d", "not_applicable", {}, "+ Tiếp nhận phản ánh, tố giác về đo lường, chất lượng: năm 2026 không phát sinh."),
    ], diffs, props)


# =====================================================================
# HAND 5 — chuyên viên tổng hợp of a city department (partner only):
# "phiếu phối hợp" table "Nội dung phối hợp (theo KH của Sở KH&CN) | Đơn vị
# chủ trì | Bộ phận của Sở tham gia | Cán bộ đầu mối (SĐT) | Kết quả phối hợp |
# Trạng thái"; statuses worded as the partner relationship: "Đã phối hợp xong /
# Đang phối hợp / Chưa được mời phối hợp / Không có nội dung phối hợp".
# =====================================================================
H5_HEAD = ["TT", "Nội dung phối hợp (theo KH của Sở KH&CN)", "Đơn vị chủ trì", "Bộ phận của Sở tham gia",
           "Cán bộ đầu mối (SĐT)", "Kết quả phối hợp", "Trạng thái"]


def build_h5():
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)

    def h5_xlsx(fname, parent, dept_up, number, place_date, vv, rows, diffs, props, signer):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Phieu phoi hop"
        ws["A1"] = parent
        ws["A2"] = dept_up
        ws["A2"].font = Font(bold=True)
        ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        ws["E1"].font = Font(bold=True)
        ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
        ws["A3"] = "Số: " + number
        ws["A4"] = vv
        ws["A4"].font = Font(italic=True)
        ws["E3"] = place_date
        ws["E3"].font = Font(italic=True)
        ws["A6"] = "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"
        ws["A7"] = ("Phúc đáp đề nghị của Chi cục về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, "
                    + dept_up.title().replace("Sở Y Tế", "Sở Y tế") + " báo cáo kết quả đối với các nội dung Sở được mời phối hợp như sau:")
        ws.merge_cells("A7:G7")
        ws["A7"].alignment = Alignment(wrap_text=True)
        ws.row_dimensions[7].height = 34
        for i, h in enumerate(H5_HEAD, 1):
            c = ws.cell(9, i, h)
            c.font = Font(bold=True)
            c.border = box
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        for col, w in zip("ABCDEFG", (5, 38, 16, 22, 22, 44, 18)):
            ws.column_dimensions[col].width = w
        r = 9
        for row in rows:
            r += 1
            for i, v in enumerate(row, 1):
                c = ws.cell(r, i, v)
                c.border = box
                c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 2
        ws.cell(r, 1, "Khó khăn, vướng mắc:").font = Font(bold=True)
        for x in diffs:
            r += 1
            ws.cell(r, 2, x)
        r += 1
        ws.cell(r, 1, "Kiến nghị:").font = Font(bold=True)
        for x in props:
            r += 1
            ws.cell(r, 2, x)
        r += 2
        ws.cell(r, 6, signer).font = Font(bold=True)
        wb.save(os.path.join(OUT, fname))

    f = "SCT_phoihop_CT38_2026.xlsx"
    rows = [
        (1, "Kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng lưu thông trên thị trường", "Chi cục TĐC", "Phòng Quản lý Năng lượng; Phòng Quản lý Thương mại",
         "Đ/c Nguyễn Quốc Bảo – 0903 418 726", "Cử cán bộ tham gia 03 đoàn kiểm tra liên ngành; kiểm tra 24 cửa hàng xăng dầu; 05 cửa hàng vi phạm; xử phạt 86.500.000 đồng", "Đã phối hợp xong"),
        (2, "Tọa đàm với doanh nghiệp nhập khẩu", "Chi cục TĐC", "Phòng Xuất nhập khẩu",
         "Đ/c Trần Mỹ Linh – 0938 552 014", "Đồng tổ chức 01 tọa đàm ngày 14/8/2026 với 135 đại biểu doanh nghiệp", "Đã phối hợp xong"),
        (3, "Góp ý dự thảo QCVN thuộc lĩnh vực Bộ Công Thương quản lý", "Chi cục TĐC", "Phòng Kỹ thuật an toàn - Môi trường",
         "Đ/c Lê Hoàng Nam – 0918 207 365", "Góp ý 03 dự thảo QCVN (thép làm cốt bê tông, dây và cáp điện, chai chứa LPG)", "Đã phối hợp xong"),
        (4, "Cập nhật điều ước, FTA, biện pháp TBT mà Việt Nam tham gia", "Chi cục TĐC", "Trung tâm Xúc tiến Thương mại và Đầu tư (phối hợp)",
         "Đ/c Trần Mỹ Linh – 0938 552 014", "Đăng 12 tin, bài về FTA và rào cản kỹ thuật TBT trên Cổng thông tin của Sở", "Đang phối hợp"),
        (5, "Truy xuất nguồn gốc hàng hóa (Đề án 100)", "Chi cục TĐC", "—", "—", "Chưa được mời phối hợp, chưa triển khai", "Chưa được mời phối hợp"),
    ]
    diffs = ["Danh sách đoàn kiểm tra liên ngành thường được thông báo sát ngày, Sở khó bố trí cán bộ tham gia."]
    props = ["Đề nghị Chi cục TĐC gửi kế hoạch kiểm tra liên ngành năm 2027 trước ngày 31/01/2027 để Sở chủ động bố trí nhân sự."]
    h5_xlsx(f, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ CÔNG THƯƠNG", "8125/SCT-QLTM", "Thành phố Hồ Chí Minh, ngày 26 tháng 11 năm 2026",
            "V/v báo cáo kết quả phối hợp thực hiện KH Chỉ thị 38-CT/TW năm 2026", rows, diffs, props, "KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC  Bùi Tá Hoàng Vũ")
    key(f, "SO-CT", "Sở Công Thương", "8125/SCT-QLTM", "2026-11-26", [
        ("II.5.a", "completed", {"inspections": 3, "establishments_inspected": 24, "violations": 5, "fines_vnd": 86500000}, "Kiểm tra chất lượng xăng dầu ... 03 đoàn kiểm tra liên ngành; kiểm tra 24 cửa hàng xăng dầu; 05 cửa hàng vi phạm; xử phạt 86.500.000 đồng | Đã phối hợp xong"),
        ("II.1.a", "completed", {"training_courses": 1, "participants": 135}, "Tọa đàm với doanh nghiệp nhập khẩu | Đồng tổ chức 01 tọa đàm ... 135 đại biểu | Đã phối hợp xong"),
        ("II.2.e", "completed", {"standards_reviewed": 3}, "Góp ý dự thảo QCVN ... | Góp ý 03 dự thảo QCVN | Đã phối hợp xong"),
        ("II.6.a", "in_progress", {"communications": 12}, "Cập nhật điều ước, FTA, biện pháp TBT ... | Đăng 12 tin, bài ... | Đang phối hợp"),
        ("II.2.a", "not_started", {}, "Truy xuất nguồn gốc hàng hóa (Đề án 100) | Chưa được mời phối hợp, chưa triển khai"),
    ], diffs, props)

    f = "SoYTe_BC_phoi_hop_TDC.xlsx"
    rows = [
        (1, "Góp ý dự thảo QCVN, TCVN lĩnh vực trang thiết bị y tế", "Chi cục TĐC", "Phòng Nghiệp vụ Y; Phòng Quản lý Dược",
         "BS. Phan Thị Ngọc Hà – 028 3930 9912", "Góp ý 02 dự thảo QCVN và 01 dự thảo TCVN", "Đã phối hợp xong"),
        (2, "Kiểm tra phương tiện đo nhóm 2 dùng trong y tế (huyết áp kế, nhiệt kế y học)", "Chi cục TĐC", "Thanh tra Sở; Phòng Nghiệp vụ Y",
         "Ths. Đỗ Minh Tâm – 0907 311 485", "02 cuộc; 14 cơ sở khám bệnh, chữa bệnh tư nhân; 01 cơ sở vi phạm (huyết áp kế chưa kiểm định)", "Đang phối hợp"),
        (3, "Tập huấn đo lường trong y tế cho viên chức bệnh viện", "Chi cục TĐC", "Phòng Tổ chức cán bộ",
         "CN. Võ Thanh Tú – 0909 742 630", "01 lớp tại Bệnh viện Nhân dân Gia Định, 96 viên chức tham dự", "Đã phối hợp xong"),
        (4, "Xử lý tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng", "Chi cục TĐC", "—", "—", "Năm 2026 không phát sinh", "Không có nội dung phối hợp"),
        (5, "Nâng cao năng suất khu vực công (APO)", "Chi cục TĐC", "—", "—", "—", "Chưa được mời phối hợp"),
    ]
    diffs = ["Nhiều cơ sở y tế tư nhân chưa thực hiện kiểm định định kỳ huyết áp kế, nhiệt kế y học do chưa nắm quy định."]
    props = ["Đề nghị Chi cục cung cấp danh sách tổ chức được chỉ định kiểm định phương tiện đo nhóm 2 dùng trong y tế để Sở Y tế thông báo đến các cơ sở."]
    h5_xlsx(f, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ Y TẾ", "10342/SYT-NVY", "Thành phố Hồ Chí Minh, ngày 02 tháng 12 năm 2026",
            "V/v phối hợp báo cáo thực hiện Kế hoạch CT 38-CT/TW năm 2026", rows, diffs, props, "KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC  Nguyễn Văn Vĩnh Châu")
    key(f, "SO-YT", "Sở Y tế", "10342/SYT-NVY", "2026-12-02", [
        ("II.2.e", "completed", {"standards_reviewed": 3}, "Góp ý dự thảo QCVN, TCVN lĩnh vực trang thiết bị y tế | Góp ý 02 dự thảo QCVN và 01 dự thảo TCVN | Đã phối hợp xong"),
        ("II.5.a", "in_progress", {"inspections": 2, "establishments_inspected": 14, "violations": 1}, "Kiểm tra phương tiện đo nhóm 2 dùng trong y tế | 02 cuộc; 14 cơ sở ...; 01 cơ sở vi phạm | Đang phối hợp"),
        ("II.3.d", "completed", {"training_courses": 1, "participants": 96}, "Tập huấn đo lường trong y tế cho viên chức bệnh viện | 01 lớp ..., 96 viên chức | Đã phối hợp xong"),
        ("II.5.d", "not_applicable", {}, "Xử lý tố giác vi phạm ... | Năm 2026 không phát sinh | Không có nội dung phối hợp"),
        ("II.6.b", "not_started", {}, "Nâng cao năng suất khu vực công (APO) | Chưa được mời phối hợp"),
    ], diffs, props)

    # --- DOCX công văn, Sở NN&MT
    f = "SNNMT_cv_phoihop_CT38.docx"
    d = new_doc(size=13, margins=(2, 2, 2.5, 1.5))
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    header_block(d, [("ỦY BAN NHÂN DÂN", "s"), ("THÀNH PHỐ HỒ CHÍ MINH", "s"), ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "b"), ("", ""),
                     ("Số: 6718/SNNMT-CLNS", "s"), ("V/v phối hợp báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026", "is")],
                 QH + [("Thành phố Hồ Chí Minh, ngày 01 tháng 12 năm 2026", "i")], widths=(9, 15))
    para(d)
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align="c", indent=False)
    para(d)
    para(d, "Sở Nông nghiệp và Môi trường nhận được đề nghị của Chi cục về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ. Sở Nông nghiệp và Môi trường chỉ báo cáo các nội dung Sở được mời phối hợp, cụ thể như sau:")
    rows = [
        ("1", "Triển khai áp dụng truy xuất nguồn gốc nông lâm thủy sản (Đề án 100)", "Chi cục TĐC", "Chi cục Chất lượng, Chế biến và Phát triển thị trường",
         "KS. Trịnh Văn Lộc – 0913 662 048", "Hỗ trợ 27 cơ sở, hợp tác xã cấp mã số vùng trồng, áp dụng tem truy xuất nguồn gốc", "Đang phối hợp"),
        ("2", "Góp ý dự thảo QCVN lĩnh vực nông nghiệp", "Chi cục TĐC", "Phòng Quản lý Khoa học và Công nghệ",
         "ThS. Lê Thị Kim Oanh – 028 3829 4471", "Góp ý 04 dự thảo QCVN về phân bón, thức ăn chăn nuôi", "Đã phối hợp xong"),
        ("3", "Khảo sát chất lượng phân bón, thức ăn chăn nuôi lưu thông", "Chi cục TĐC", "Chi cục Trồng trọt và Bảo vệ thực vật; Chi cục Chăn nuôi và Thú y",
         "KS. Trịnh Văn Lộc – 0913 662 048", "Lấy 45 mẫu phân bón, 18 mẫu thức ăn chăn nuôi gửi thử nghiệm (tổng 63 mẫu)", "Đã phối hợp xong"),
        ("4", "Kiểm tra chất lượng vật tư nông nghiệp (phân bón)", "Chi cục TĐC", "Thanh tra Sở",
         "Đ/c Huỳnh Tấn Phát – 0988 107 259", "03 cuộc, 32 cơ sở, 04 cơ sở vi phạm, phạt 62.000.000 đồng", "Đã phối hợp xong"),
        ("5", "Tập huấn văn bản pháp luật cho doanh nghiệp nhập khẩu", "Chi cục TĐC", "—", "—", "—", "Không có nội dung phối hợp"),
    ]
    t = d.add_table(rows=1 + len(rows), cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(H5_HEAD):
        cell_text(t.rows[0].cells[i], h, bold=True, align="c", size=11)
    for r, row in enumerate(rows, 1):
        for i, v in enumerate(row):
            cell_text(t.rows[r].cells[i], v, size=11)
    para(d)
    diffs = ["Kinh phí thử nghiệm mẫu phân bón cao, vượt dự toán được giao."]
    props = ["Đề nghị Sở Khoa học và Công nghệ phối hợp chia sẻ kết quả khảo sát chất lượng hàng hóa để tránh trùng lặp lấy mẫu."]
    runs(d, [("Khó khăn, vướng mắc: ", "b"), (diffs[0], "")])
    runs(d, [("Kiến nghị: ", "b"), (props[0], "")])
    para(d, "Sở Nông nghiệp và Môi trường gửi Chi cục tổng hợp./.")
    t2 = d.add_table(rows=1, cols=2)
    no_borders(t2)
    cell_text(t2.rows[0].cells[0], "Nơi nhận:\n- Như trên;\n- Giám đốc Sở (để b/c);\n- Lưu: VT, CLNS.", size=11)
    cell_text(t2.rows[0].cells[1], "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nNguyễn Phước Trung", bold=True, align="c")
    d.save(os.path.join(OUT, f))
    key(f, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "6718/SNNMT-CLNS", "2026-12-01", [
        ("II.2.a", "in_progress", {"enterprises_supported": 27}, "Triển khai áp dụng truy xuất nguồn gốc ... | Hỗ trợ 27 cơ sở, hợp tác xã ... | Đang phối hợp"),
        ("II.2.e", "completed", {"standards_reviewed": 4}, "Góp ý dự thảo QCVN lĩnh vực nông nghiệp | Góp ý 04 dự thảo QCVN | Đã phối hợp xong"),
        ("II.5.b", "completed", {"samples_tested": 63}, "Khảo sát chất lượng phân bón, thức ăn chăn nuôi | Lấy 45 mẫu ..., 18 mẫu ... (tổng 63 mẫu) | Đã phối hợp xong"),
        ("II.5.a", "completed", {"inspections": 3, "establishments_inspected": 32, "violations": 4, "fines_vnd": 62000000}, "Kiểm tra chất lượng vật tư nông nghiệp | 03 cuộc, 32 cơ sở, 04 cơ sở vi phạm, phạt 62.000.000 đồng | Đã phối hợp xong"),
        ("II.1.a", "not_applicable", {}, "Tập huấn văn bản pháp luật cho doanh nghiệp nhập khẩu | — | Không có nội dung phối hợp"),
    ], diffs, props)


def resave(fname):
    ext = fname.rsplit(".", 1)[1]
    src = os.path.join(OUT, fname)
    with tempfile.TemporaryDirectory() as td:
        prof = "file://" + os.path.join(td, "profile")
        outd = os.path.join(td, "out")
        os.makedirs(outd)
        subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", ext,
                        "--outdir", outd, src], check=True, capture_output=True, timeout=180)
        shutil.move(os.path.join(outd, fname), src)


def main():
    for fn in os.listdir(OUT):
        if fn.endswith((".docx", ".xlsx")):
            os.remove(os.path.join(OUT, fn))
    build_h1(); build_h2(); build_h3(); build_h4(); build_h5()
    for fn in sorted(RESAVE):
        resave(fn)
    for fn in os.listdir(TRUTH):
        os.remove(os.path.join(TRUTH, fn))
    for fname, k in REPORTS:
        k["sha256"] = hashlib.sha256(open(os.path.join(OUT, fname), "rb").read()).hexdigest()
        with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)
    print(len(REPORTS), "files")


if __name__ == "__main__":
    main()
