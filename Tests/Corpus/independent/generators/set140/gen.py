# -*- coding: utf-8 -*-
"""Generator for set140. Writes the report files and their keys (sha256 filled by finalize.py)."""
import json, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
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

# ----------------------------------------------------------------- docx helpers

def new_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(3)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d


def para(d, text="", bold=False, italic=False, align=None, indent=True, size=None, runs=None):
    p = d.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j" or align is None:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "l":
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    if indent and align in (None, "j"):
        p.paragraph_format.first_line_indent = Cm(1)
    if runs is None:
        runs = [(text, bold, italic)]
    for t, b, i in runs:
        r = p.add_run(t)
        r.bold = b; r.italic = i
        if size:
            r.font.size = Pt(size)
    return p


def cell_lines(cell, lines, bold_first=0, italic_idx=(), align="c", size=None):
    cell.text = ""
    for k, ln in enumerate(lines):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == "c" else WD_ALIGN_PARAGRAPH.LEFT
        r = p.add_run(ln)
        r.bold = k < bold_first
        r.italic = k in italic_idx
        if size:
            r.font.size = Pt(size)


def header_table(d, left, right, left_bold=2, right_bold=2, right_italic=(), size=12):
    t = d.add_table(rows=1, cols=2)
    t.autofit = False
    t.columns[0].width = Cm(6.5); t.columns[1].width = Cm(9.5)
    cell_lines(t.cell(0, 0), left, bold_first=left_bold, size=size)
    cell_lines(t.cell(0, 1), right, bold_first=right_bold, italic_idx=right_italic, size=size)
    return t


def signature(d, noi_nhan, sign_lines):
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    c0.text = ""
    p = c0.paragraphs[0]; r = p.add_run("Nơi nhận:"); r.bold = True; r.italic = True; r.font.size = Pt(11)
    for ln in noi_nhan:
        p = c0.add_paragraph(); r = p.add_run(ln); r.font.size = Pt(10)
    cell_lines(c1, sign_lines, bold_first=len(sign_lines))

# ================================================================ HAND A
# Trần Thị Mỹ Dung, chuyên viên Phòng Kinh tế (phường). Items headed by the ward's own
# document (số, ngày, trích yếu) or a paraphrase of the plan; status only implied by the
# stage/date of that document; a bold-italic run-in "Kết quả cụ thể:" paragraph mixing
# the year's target with what was done.

def hand_a(fname, ward_upper, ward_short, number, date_vn, intro, items, diffs, props, signer,
           title2="Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường"):
    d = new_doc(size=13)
    header_table(d, ["ỦY BAN NHÂN DÂN", ward_upper, "", "Số: " + number],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                  f"{ward_short}, {date_vn}"], left_bold=2, right_bold=2, right_italic=(3,))
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, title2, bold=True, align="c")
    para(d, "")
    for t in intro:
        para(d, t)
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False, align="l")
    for k, it in enumerate(items, 1):
        para(d, f"{k}. {it['title']}", bold=True)
        for b in it["body"]:
            para(d, b)
        para(d, runs=[("Kết quả cụ thể: ", True, True), (it["kq"], False, False)])
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False, align="l")
    for x in diffs:
        para(d, "- " + x)
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False, align="l")
    for x in props:
        para(d, "- " + x)
    para(d, f"Trên đây là báo cáo của Ủy ban nhân dân phường {ward_short}./.")
    signature(d, ["- Sở Khoa học và Công nghệ (Chi cục TĐC);", "- TT Đảng ủy, TT HĐND phường;", "- CT, các PCT UBND phường;", "- Lưu: VT, KT."],
              ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", signer])
    d.save(os.path.join(OUT, fname))

# --- A1 Phường Hạnh Thông
A1_d = ["Lực lượng làm công tác quản lý tiêu chuẩn, đo lường, chất lượng tại phường chỉ có 01 công chức kiêm nhiệm, vừa phụ trách nhiều lĩnh vực khác nên việc kiểm tra định kỳ còn hạn chế.",
        "Phường chưa được trang bị bộ quả cân chuẩn để kiểm tra nhanh cân tại chợ, phải mượn thiết bị của Chi cục khi kiểm tra."]
A1_p = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ phường 01 bộ quả cân chuẩn phục vụ điểm cân đối chứng tại chợ Hạnh Thông Tây.",
        "Đề nghị Sở Khoa học và Công nghệ ban hành hướng dẫn thống nhất về mẫu biên bản, quy trình kiểm tra đo lường thuộc thẩm quyền phân quyền cho cấp phường."]
A1_items = [
    dict(title="Kế hoạch số 45/KH-UBND ngày 12/3/2026 của UBND phường về kiểm tra nhà nước về đo lường đối với phương tiện đo nhóm 2 tại chợ, cửa hàng xăng dầu trên địa bàn phường",
         body=["Kế hoạch đã ban hành ngày 12/3/2026 và giao Tổ kiểm tra liên ngành phường thực hiện theo nội dung được phân quyền trong quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng. Đợt 1 thực hiện từ ngày 06/4/2026, đợt 2 từ ngày 15/6/2026, đợt 3 từ ngày 14/9/2026."],
         kq="Kế hoạch đề ra 04 đợt kiểm tra trong năm 2026. Đến ngày 20/10/2026, Tổ kiểm tra liên ngành phường đã thực hiện 03 đợt với 03 cuộc kiểm tra tại 26 cơ sở (chợ Hạnh Thông Tây 17 hộ kinh doanh, 09 cửa hàng xăng dầu); phát hiện 04 cơ sở vi phạm (sử dụng cân không đạt yêu cầu kỹ thuật đo lường), đã lập biên bản và ban hành quyết định xử phạt với tổng số tiền 7.500.000 đồng. Đợt 4 dự kiến thực hiện trong tháng 12/2026."),
    dict(title="Quyết định số 112/QĐ-UBND ngày 02/02/2026 của UBND phường về việc công bố lại Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015",
         body=["Quyết định đã ban hành. Ngày 15/7/2026 phường tổ chức đánh giá nội bộ; cuộc họp xem xét của lãnh đạo dự kiến tổ chức trong tháng 11/2026."],
         kq="Đã cập nhật 148/151 quy trình giải quyết thủ tục hành chính vào hệ thống (chỉ tiêu năm 2026: 100% quy trình được cập nhật); 03 quy trình còn lại đang chờ Quyết định công bố thủ tục hành chính của Thành phố."),
    dict(title="Việc cử công chức tham gia các chương trình tập huấn, cập nhật kiến thức về chuyên môn, nghiệp vụ công tác tiêu chuẩn, đo lường, chất lượng",
         body=["Theo thư mời của Chi cục Tiêu chuẩn Đo lường Chất lượng, phường đã cử công chức tham dự các lớp tập huấn ngày 22/4/2026 và ngày 16/9/2026."],
         kq="Chỉ tiêu của phường năm 2026 là mỗi công chức phụ trách được tập huấn ít nhất 01 lần; đến nay đã cử 03 lượt công chức tham dự, 03/03 công chức đã được tập huấn (đạt 100% chỉ tiêu)."),
    dict(title="Thông báo số 27/TB-UBND ngày 10/4/2026 về việc tuyên truyền, vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia năm 2026",
         body=["Thông báo đã ban hành và gửi đến các doanh nghiệp trên địa bàn; việc tuyên truyền, vận động kết thúc cùng thời hạn nhận hồ sơ của Chi cục (30/6/2026)."],
         kq="Đăng 06 tin, bài trên trang thông tin điện tử phường; trực tiếp hướng dẫn 05 doanh nghiệp tìm hiểu hồ sơ tham dự. Theo kế hoạch phường vận động ít nhất 02 doanh nghiệp đăng ký; năm nay chưa có doanh nghiệp đăng ký tham dự."),
    dict(title="Về tiếp nhận, xử lý phản ánh, tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng",
         body=["Trong kỳ báo cáo (từ ngày 01/01/2026 đến ngày 20/10/2026), phường không tiếp nhận đơn thư, phản ánh, tố giác nào liên quan đến lĩnh vực tiêu chuẩn, đo lường, chất lượng; không phát sinh trường hợp khen thưởng."],
         kq="Không phát sinh."),
]
hand_a("26890-bc318-hanhthong-ct38.docx", "PHƯỜNG HẠNH THÔNG", "Hạnh Thông", "318/BC-UBND", "ngày 27 tháng 10 năm 2026",
       ["Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư năm 2026 và Công văn đề nghị báo cáo của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân phường Hạnh Thông báo cáo kết quả thực hiện từ đầu năm đến ngày 20/10/2026 như sau:"],
       A1_items, A1_d, A1_p, "Nguyễn Hoàng Phúc")
key("26890-bc318-hanhthong-ct38.docx", "26890", "Phường Hạnh Thông", "318/BC-UBND", "2026-10-27", [
    ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 26, "violations": 4, "fines_vnd": 7500000}, A1_items[0]["kq"]),
    ("II.2.đ", "in_progress", {}, A1_items[1]["title"]),
    ("II.3.a", "completed", {"participants": 3}, A1_items[2]["kq"]),
    ("II.1.b", "completed", {"communications": 6, "enterprises_supported": 5}, A1_items[3]["kq"]),
    ("II.5.d", "not_applicable", {}, A1_items[4]["body"][0]),
], A1_d, A1_p)

# --- A2 Phường Phú Nhuận
A2_d = ["Nhiều hộ kinh doanh tại chợ là hộ nhỏ lẻ, thay đổi địa điểm thường xuyên nên khó mời tham dự hội nghị phổ biến pháp luật.",
        "Kinh phí cho hoạt động kiểm tra, tuyên truyền về tiêu chuẩn, đo lường, chất lượng không được bố trí riêng mà lồng ghép trong kinh phí hoạt động chung của phường."]
A2_p = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cung cấp tài liệu tuyên truyền (tờ gấp, video ngắn) về đo lường trong kinh doanh vàng, xăng dầu để phường phát trên hệ thống loa và mạng xã hội."]
A2_items = [
    dict(title="Kế hoạch số 77/KH-UBND ngày 20/02/2026 của UBND phường về kiểm tra đo lường, chất lượng, nhãn hàng hóa trong kinh doanh xăng dầu, vàng trang sức trên địa bàn",
         body=["Kế hoạch đã ban hành; đợt 1 kiểm tra từ ngày 18/5/2026, đợt 2 kiểm tra từ ngày 14/9/2026 và đã kết thúc ngày 25/9/2026, Tổ kiểm tra đã báo cáo kết quả cho Chủ tịch UBND phường (Báo cáo số 356/BC-TKT ngày 30/9/2026)."],
         kq="Kế hoạch đề ra 02 cuộc kiểm tra trong năm (mỗi 06 tháng 01 cuộc); đã thực hiện 02 cuộc, kiểm tra 11 cơ sở (05 cửa hàng vàng bạc, 06 cửa hàng xăng dầu), phát hiện 01 cơ sở vi phạm về nhãn hàng hóa, xử phạt 2.500.000 đồng."),
    dict(title="Hội nghị phổ biến văn bản quy phạm pháp luật về đo lường, chất lượng sản phẩm, hàng hóa cho hộ kinh doanh trên địa bàn phường",
         body=["Hội nghị thứ nhất đã tổ chức ngày 14/5/2026 tại Hội trường UBND phường, phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng cử báo cáo viên. Hội nghị thứ hai dự kiến tổ chức trong tháng 11/2026 cho các hộ kinh doanh vàng bạc, đá quý."],
         kq="Kế hoạch của phường năm 2026 là 02 hội nghị với khoảng 150 lượt người; đã tổ chức 01 hội nghị với 85 lượt người tham dự."),
    dict(title="Quyết định số 09/QĐ-UBND ngày 15/01/2026 của UBND phường về việc công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015",
         body=["Quyết định đã ban hành. Việc đánh giá nội bộ năm 2026 dự kiến thực hiện trong tháng 11/2026, sau đó phường sẽ tổ chức họp xem xét của lãnh đạo."],
         kq="Duy trì áp dụng đối với 100% thủ tục hành chính thuộc thẩm quyền giải quyết của phường."),
    dict(title="Việc cử công chức tham gia tập huấn, cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng",
         body=["Phường đã cử công chức tham dự lớp tập huấn do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức ngày 16/9/2026; không còn lớp nào theo thư mời trong năm."],
         kq="02 công chức phụ trách kinh tế, văn hóa - xã hội được cử tham dự (chỉ tiêu: 02 người)."),
    dict(title="Quyết định số 201/QĐ-UBND ngày 05/8/2026 của Chủ tịch UBND phường về khen thưởng cá nhân có thành tích phát hiện, tố giác hành vi gian lận đo lường",
         body=["Quyết định đã ban hành và trao thưởng tại buổi sinh hoạt khu phố 3 ngày 12/8/2026, góp phần khuyến khích người dân tham gia giám sát, phát hiện vi phạm về đo lường tại chợ."],
         kq="Khen thưởng 01 cá nhân, mức thưởng theo quy định."),
]
hand_a("27073-bc402-phunhuan.docx", "PHƯỜNG PHÚ NHUẬN", "Phú Nhuận", "402/BC-UBND", "ngày 30 tháng 10 năm 2026",
       ["Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026;",
        "Ủy ban nhân dân phường Phú Nhuận báo cáo kết quả thực hiện 10 tháng đầu năm 2026 như sau:"],
       A2_items, A2_d, A2_p, "Lâm Thị Ngọc Bích")
key("27073-bc402-phunhuan.docx", "27073", "Phường Phú Nhuận", "402/BC-UBND", "2026-10-30", [
    ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 11, "violations": 1, "fines_vnd": 2500000}, A2_items[0]["kq"]),
    ("II.1.a", "in_progress", {"training_courses": 1, "participants": 85}, A2_items[1]["kq"]),
    ("II.2.đ", "in_progress", {}, A2_items[2]["title"]),
    ("II.3.a", "completed", {"participants": 2}, A2_items[3]["kq"]),
    ("II.5.d", "completed", {}, A2_items[4]["title"]),
], A2_d, A2_p)

# --- A3 Phường Thuận Giao
A3_d = ["Các hộ sản xuất nhỏ trên địa bàn chưa quan tâm đến việc áp dụng truy xuất nguồn gốc do chi phí in tem, duy trì hệ thống còn cao so với quy mô sản xuất."]
A3_p = ["Đề nghị Sở Khoa học và Công nghệ có chính sách hỗ trợ chi phí tem truy xuất nguồn gốc cho hộ sản xuất, hợp tác xã quy mô nhỏ.",
        "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức lớp tập huấn riêng cho công chức các phường thuộc khu vực Bình Dương (cũ) để thuận tiện đi lại."]
A3_items = [
    dict(title="Kế hoạch số 31/KH-UBND ngày 03/3/2026 của UBND phường về kiểm tra đo lường, chất lượng hàng hóa tại chợ Thuận Giao và các điểm kinh doanh khí dầu mỏ hóa lỏng",
         body=["Kế hoạch đã ban hành; đợt kiểm tra thứ nhất thực hiện trong tháng 4/2026, đợt thứ hai thực hiện trong tháng 8/2026. Theo Kế hoạch còn 01 đợt kiểm tra vào dịp cuối năm (dự kiến tháng 12/2026)."],
         kq="Chỉ tiêu năm: 03 cuộc kiểm tra. Kết quả đến ngày báo cáo: 02 cuộc, 19 cơ sở được kiểm tra (11 hộ kinh doanh tại chợ, 08 cửa hàng LPG), 03 cơ sở vi phạm, số tiền xử phạt 4.250.000 đồng."),
    dict(title="Hướng dẫn hộ sản xuất, hợp tác xã trên địa bàn tham gia triển khai, áp dụng hệ thống truy xuất nguồn gốc (Đề án 100)",
         body=["Thực hiện Công văn của Chi cục Tiêu chuẩn Đo lường Chất lượng, từ tháng 5/2026 phường phối hợp Hội Nông dân phường hướng dẫn các hộ sản xuất, hợp tác xã đăng ký tài khoản trên hệ thống truy xuất nguồn gốc; việc hướng dẫn tiếp tục đến hết tháng 12/2026."],
         kq="Đã hướng dẫn 07 hộ sản xuất, hợp tác xã (kế hoạch: 10 cơ sở); 02 cơ sở đã được cấp mã truy xuất."),
    dict(title="Quyết định số 58/QĐ-UBND ngày 26/02/2026 về việc công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 và Báo cáo số 290/BC-UBND ngày 30/9/2026 về kết quả đánh giá nội bộ",
         body=["Quyết định đã ban hành; việc đánh giá nội bộ và họp xem xét của lãnh đạo năm 2026 đã thực hiện xong, kết quả được tổng hợp tại Báo cáo số 290/BC-UBND ngày 30/9/2026."],
         kq="100% quy trình được rà soát, cập nhật; không có điểm không phù hợp nghiêm trọng."),
    dict(title="Việc cử công chức tham gia tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho công chức UBND xã, phường",
         body=["Phường đã cử công chức tham dự lớp tập huấn ngày 22/4/2026 do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức; lớp tập huấn đợt 2 dự kiến tổ chức trong tháng 11/2026, phường sẽ cử công chức tham dự theo thư mời."],
         kq="01 lượt công chức tham dự (dự kiến cả năm 02 lượt)."),
]
hand_a("25969-thuangiao-bc156.docx", "PHƯỜNG THUẬN GIAO", "Thuận Giao", "156/BC-UBND", "ngày 26 tháng 10 năm 2026",
       ["Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Thuận Giao báo cáo kết quả thực hiện như sau:"],
       A3_items, A3_d, A3_p, "Trần Văn Sang")
key("25969-thuangiao-bc156.docx", "25969", "Phường Thuận Giao", "156/BC-UBND", "2026-10-26", [
    ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 19, "violations": 3, "fines_vnd": 4250000}, A3_items[0]["kq"]),
    ("II.2.a", "in_progress", {"enterprises_supported": 7}, A3_items[1]["kq"]),
    ("II.2.đ", "completed", {}, A3_items[2]["body"][0]),
    ("II.3.a", "in_progress", {"participants": 1}, A3_items[3]["kq"]),
], A3_d, A3_p)

# --- A4 mistaken: Phường Chợ Quán, giảm nghèo
A4_items = [
    dict(title="Kế hoạch số 19/KH-UBND ngày 22/01/2026 của UBND phường về thực hiện Chương trình giảm nghèo bền vững năm 2026",
         body=["Kế hoạch đã ban hành; Ban Chỉ đạo giảm nghèo phường đã phân công thành viên phụ trách từng khu phố."],
         kq="Chỉ tiêu năm 2026 giảm 40 hộ nghèo, hộ cận nghèo theo chuẩn Thành phố; đến ngày 15/10/2026 đã giảm 31 hộ (đạt 77,5%)."),
    dict(title="Quyết định số 85/QĐ-UBND ngày 10/4/2026 về hỗ trợ vay vốn giải quyết việc làm cho hộ nghèo, hộ cận nghèo",
         body=["Quyết định đã ban hành; Ngân hàng Chính sách xã hội đã giải ngân đợt 1 và đợt 2."],
         kq="Giải ngân cho 27 hộ vay với tổng số tiền 1.350.000.000 đồng (kế hoạch năm: 35 hộ)."),
    dict(title="Việc tặng quà Tết, hỗ trợ bảo hiểm y tế cho hộ nghèo, hộ cận nghèo",
         body=["Đã thực hiện xong trong dịp Tết Nguyên đán Bính Ngọ."],
         kq="Tặng 212 phần quà; cấp 96 thẻ bảo hiểm y tế cho thành viên hộ cận nghèo."),
]
hand_a("27301-bc-choquan-giamngheo.docx", "PHƯỜNG CHỢ QUÁN", "Chợ Quán", "341/BC-UBND", "ngày 20 tháng 10 năm 2026",
       ["Thực hiện Công văn của Sở Nội vụ về báo cáo kết quả thực hiện Chương trình giảm nghèo bền vững 10 tháng đầu năm 2026, Ủy ban nhân dân phường Chợ Quán báo cáo như sau:"],
       A4_items, ["Một số hộ thoát nghèo nhưng thu nhập chưa ổn định, nguy cơ tái nghèo cao."],
       ["Đề nghị Thành phố tăng nguồn vốn vay giải quyết việc làm cho hộ cận nghèo."], "Huỳnh Thị Kim Liên",
       title2="Kết quả thực hiện Chương trình giảm nghèo bền vững 10 tháng đầu năm 2026")
key("27301-bc-choquan-giamngheo.docx", "27301", "Phường Chợ Quán", "341/BC-UBND", "2026-10-20", [], [], [],
    status="rejected", reason="Báo cáo về Chương trình giảm nghèo bền vững (gửi nhầm), không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng.")

# ================================================================ HAND C
# Nguyễn Văn Lộc, phó trưởng phòng tổng hợp (Chi cục / Trung tâm / Phòng KT-PC).
# Formal report; the unit's own Roman groups; each item title paraphrases the plan and ends
# with the plan's deadline in an italic bracket "(Kế hoạch: Quý …/2026)"; status only by how
# the dates compare with that deadline; "Kết quả cụ thể:" with "x/y … (đạt z%)".

def hand_c(fname, parent, unit_upper, number, date_vn, title, intro, groups, diffs, props, sign, noi):
    d = new_doc(size=13)
    header_table(d, [parent, unit_upper, "", "Số: " + number],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                  "Thành phố Hồ Chí Minh, " + date_vn], left_bold=2, right_bold=2, right_italic=(3,))
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, title, bold=True, align="c")
    para(d, "")
    for t in intro:
        para(d, t)
    para(d, "Phần I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False, align="l")
    n = 0
    for gname, items in groups:
        para(d, gname, bold=True, indent=False, align="l")
        for it in items:
            n += 1
            para(d, runs=[(f"{n}. {it['title']} ", True, False), (f"(Kế hoạch: {it['sched']})", False, True)])
            for b in it["body"]:
                para(d, b)
            para(d, runs=[("Kết quả cụ thể: ", True, False), (it["kq"], False, False)])
    para(d, "Phần II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False, align="l")
    for k, x in enumerate(diffs, 1):
        para(d, f"{k}. {x}")
    para(d, "Phần III. KIẾN NGHỊ, ĐỀ XUẤT", bold=True, indent=False, align="l")
    for k, x in enumerate(props, 1):
        para(d, f"{k}. {x}")
    signature(d, noi, sign)
    d.save(os.path.join(OUT, fname))

C1_d = ["Dự toán kinh phí thực hiện Kế hoạch năm 2026 được giao từ tháng 01 nhưng việc lựa chọn đơn vị cung cấp dịch vụ in ấn tài liệu, hội trường kéo dài, làm chậm một số lớp tập huấn.",
        "Số lượng công chức làm công tác kiểm tra của Chi cục còn ít so với số lượng cơ sở sản xuất, kinh doanh trên địa bàn Thành phố sau hợp nhất.",
        "Một số phường, xã chưa bố trí công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng ổn định nên việc phối hợp thực hiện nội dung phân quyền chưa đồng đều."]
C1_p = ["Đề nghị Sở Khoa học và Công nghệ bổ sung biên chế công chức làm công tác kiểm tra cho Chi cục trong năm 2027.",
        "Đề nghị Ủy ban nhân dân Thành phố chỉ đạo Ủy ban nhân dân các phường, xã, đặc khu phân công công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng.",
        "Đề nghị Sở Tài chính bố trí kinh phí mua sắm bổ sung phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP."]
C1_groups = [
    ("I. CÔNG TÁC TUYÊN TRUYỀN, ĐÀO TẠO, TẬP HUẤN", [
        dict(title="Tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng cho tổ chức, cá nhân, doanh nghiệp và tọa đàm với doanh nghiệp nhập khẩu",
             sched="Quý I, II và III/2026",
             body=["Chi cục ban hành Kế hoạch số 08/KH-CCTĐC ngày 14/01/2026 về tổ chức các lớp tập huấn năm 2026. Lớp đầu tiên tổ chức ngày 12/3/2026, lớp cuối cùng tổ chức ngày 28/8/2026; Tọa đàm với doanh nghiệp nhập khẩu tổ chức ngày 22/8/2026 tại Hội trường Sở. Toàn bộ các lớp đã kết thúc trong Quý III/2026, đúng mốc thời gian Kế hoạch."],
             kq="Tổ chức 07 lớp, hội nghị (06 lớp tập huấn và 01 buổi tọa đàm) trên tổng số 07 theo kế hoạch năm (đạt 100%); 540 lượt người tham dự so với dự kiến 500 lượt (đạt 108%)."),
        dict(title="Tuyên truyền, vận động, hướng dẫn tổ chức, doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
             sched="Quý I và II/2026",
             body=["Chi cục có Công văn số 215/CCTĐC-QLCL ngày 10/3/2026 gửi các hiệp hội, doanh nghiệp về việc tham dự Giải thưởng Chất lượng Quốc gia năm 2026; thời hạn nhận hồ sơ đã kết thúc ngày 30/6/2026, trong Quý II/2026."],
             kq="Đăng 12 tin, bài trên Trang thông tin điện tử của Sở và Chi cục; hướng dẫn 09 doanh nghiệp hoàn thiện hồ sơ đăng ký (năm 2025: 06 doanh nghiệp)."),
        dict(title="Tập huấn, cập nhật kiến thức chuyên môn, nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho công chức các Sở, ngành, UBND xã, phường, đặc khu",
             sched="Quý II, III và IV/2026",
             body=["Lớp thứ nhất tổ chức ngày 22/4/2026, lớp thứ hai tổ chức ngày 16/9/2026. Lớp thứ ba dành cho công chức các xã, đặc khu khu vực Bà Rịa - Vũng Tàu (cũ) dự kiến tổ chức trong tháng 11/2026, trước thời hạn kết thúc Quý IV/2026."],
             kq="Đã tổ chức 02/03 lớp theo kế hoạch, với 312 lượt công chức của các sở, ngành và 168 xã, phường, đặc khu tham dự (kế hoạch cả năm khoảng 450 lượt)."),
    ]),
    ("II. CÔNG TÁC QUẢN LÝ NHÀ NƯỚC VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG", [
        dict(title="Triển khai hoạt động Giải thưởng Chất lượng Quốc gia theo kế hoạch của Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia",
             sched="Quý II, III và IV/2026",
             body=["Quyết định số 96/QĐ-CCTĐC ngày 15/7/2026 thành lập Hội đồng sơ tuyển Giải thưởng Chất lượng Quốc gia năm 2026 đã ban hành. Hội đồng đã đánh giá tại doanh nghiệp trong tháng 9 và tháng 10/2026; hồ sơ đề xuất dự kiến trình Hội đồng Quốc gia trong tháng 12/2026."],
             kq="09 hồ sơ được đánh giá tại doanh nghiệp; dự kiến đề xuất 05 doanh nghiệp đạt giải."),
        dict(title="Góp ý tiêu chuẩn quốc gia, quy chuẩn kỹ thuật quốc gia và xây dựng quy chuẩn kỹ thuật địa phương",
             sched="Quý IV/2026",
             body=["Chi cục đã gửi ý kiến góp ý đối với các dự thảo TCVN, QCVN do Bộ Khoa học và Công nghệ và các Bộ chuyên ngành lấy ý kiến. Dự thảo quy chuẩn kỹ thuật địa phương về chất lượng khí dầu mỏ hóa lỏng đang lấy ý kiến các sở, ngành; dự kiến trình Ủy ban nhân dân Thành phố trong tháng 12/2026."],
             kq="Góp ý 14 dự thảo TCVN và 03 dự thảo QCVN (tổng cộng 17 dự thảo); 01 dự thảo quy chuẩn kỹ thuật địa phương đang lấy ý kiến (kế hoạch: ban hành 01 quy chuẩn trong năm)."),
        dict(title="Đề xuất cải tiến Hệ thống thông tin giải quyết thủ tục hành chính của Bộ về tiêu chuẩn, đo lường, chất lượng; kết nối với Cổng thông tin một cửa quốc gia",
             sched="Quý I/2026",
             body=["Việc kết nối liên thông thủ tục đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu với Cổng thông tin một cửa quốc gia đã vận hành chính thức từ ngày 25/3/2026, trong Quý I/2026 theo Kế hoạch."],
             kq="100% hồ sơ đăng ký kiểm tra hàng hóa nhập khẩu được tiếp nhận trực tuyến qua Cổng thông tin một cửa quốc gia kể từ ngày 25/3/2026."),
        dict(title="Rà soát, bảo trì, kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra, phát hiện vi phạm",
             sched="Thường xuyên",
             body=["Chi cục thực hiện hiệu chuẩn định kỳ các phương tiện, thiết bị theo kế hoạch năm; các thiết bị đến hạn trong tháng 11 và tháng 12/2026 sẽ tiếp tục được gửi hiệu chuẩn."],
             kq="Hiệu chuẩn 46 phương tiện, thiết bị (quả cân chuẩn, bình chuẩn kim loại, máy đo độ ẩm, thiết bị thử nhanh xăng dầu) trên tổng số 58 phương tiện, thiết bị cần hiệu chuẩn trong năm; kinh phí đã sử dụng 85,6 triệu đồng/dự toán 120 triệu đồng."),
    ]),
    ("III. CÔNG TÁC KIỂM TRA, GIÁM SÁT", [
        dict(title="Kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng đối với sản phẩm, hàng hóa trong sản xuất, nhập khẩu, lưu thông",
             sched="Thường xuyên",
             body=["Chi cục triển khai theo Kế hoạch kiểm tra năm 2026 được Giám đốc Sở phê duyệt; các cuộc kiểm tra còn lại thực hiện trong tháng 11 và tháng 12/2026."],
             kq="Thực hiện 38 cuộc kiểm tra so với kế hoạch năm 45 cuộc (đạt 84,4%); kiểm tra 412 cơ sở; phát hiện 57 cơ sở vi phạm; tổng số tiền xử phạt 1,35 tỷ đồng."),
        dict(title="Khảo sát chất lượng sản phẩm, hàng hóa để thông tin tới các cơ quan chức năng và cảnh báo người tiêu dùng",
             sched="Thường xuyên",
             body=["Đợt khảo sát năm 2026 đã kết thúc ngày 15/10/2026; Thông báo số 301/TB-CCTĐC ngày 25/10/2026 về kết quả khảo sát đã gửi các cơ quan chức năng và đăng tải trên Trang thông tin điện tử của Sở."],
             kq="Lấy 260 mẫu (xăng dầu 120 mẫu, mũ bảo hiểm 60 mẫu, đồ chơi trẻ em 80 mẫu); 14 mẫu không phù hợp tiêu chuẩn công bố."),
        dict(title="Phối hợp với Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia và Tổ chức Năng suất Châu Á (APO) thúc đẩy năng suất",
             sched="Thường xuyên, nếu có yêu cầu",
             body=["Trong kỳ báo cáo, Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia chưa có yêu cầu phối hợp; nội dung này không phát sinh."],
             kq="Không có."),
    ]),
]
hand_c("cctdc-bc1287-ct38-2026.docx", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "1287/BC-CCTĐC",
       "ngày 05 tháng 11 năm 2026",
       "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
       ["Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo kết quả thực hiện các nhiệm vụ do Chi cục chủ trì tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ (số liệu tính đến ngày 31/10/2026) như sau:"],
       C1_groups, C1_d, C1_p,
       ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG", "", "", "", "Nguyễn Văn Lộc"],
       ["- Giám đốc Sở (để b/c);", "- Phòng KT-PC;", "- Lưu: VT, QLĐL."])
g = C1_groups
key("cctdc-bc1287-ct38-2026.docx", "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "1287/BC-CCTĐC", "2026-11-05", [
    ("II.1.a", "completed", {"training_courses": 7, "participants": 540}, g[0][1][0]["kq"]),
    ("II.1.b", "completed", {"communications": 12, "enterprises_supported": 9}, g[0][1][1]["kq"]),
    ("II.3.a", "in_progress", {"training_courses": 2, "participants": 312}, g[0][1][2]["kq"]),
    ("II.2.b", "in_progress", {}, g[1][1][0]["body"][0]),
    ("II.2.e", "in_progress", {"standards_reviewed": 17}, g[1][1][1]["kq"]),
    ("II.2.h", "completed", {}, g[1][1][2]["body"][0]),
    ("II.4.b", "in_progress", {"instruments_verified": 46, "budget_spent_vnd": 85600000}, g[1][1][3]["kq"]),
    ("II.5.a", "in_progress", {"inspections": 38, "establishments_inspected": 412, "violations": 57, "fines_vnd": 1350000000}, g[2][1][0]["kq"]),
    ("II.5.b", "completed", {"samples_tested": 260}, g[2][1][1]["kq"]),
    ("II.6.b", "not_applicable", {}, g[2][1][2]["body"][0]),
], C1_d, C1_p)

# --- C2 Trung tâm Dịch vụ Phân tích thí nghiệm
C2_d = ["Thủ tục mua sắm thiết bị có giá trị lớn phải qua nhiều bước thẩm định nên thời gian lựa chọn nhà thầu kéo dài, 03 thiết bị chưa thể bàn giao trong Quý III/2026.",
        "Chi phí gửi chuẩn đi hiệu chuẩn tại Viện Đo lường Việt Nam tăng so với năm 2025, trong khi nguồn thu dịch vụ chưa tăng tương ứng."]
C2_p = ["Đề nghị Sở Khoa học và Công nghệ ưu tiên bố trí vốn năm 2027 để Trung tâm hoàn thiện phòng thử nghiệm điện - điện tử.",
        "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng thông báo sớm kế hoạch khảo sát chất lượng năm 2027 để Trung tâm chủ động hóa chất, nhân lực."]
C2_groups = [
    ("I. ĐẦU TƯ CƠ SỞ VẬT CHẤT, TRANG THIẾT BỊ", [
        dict(title="Đầu tư cơ sở vật chất, trang thiết bị, hiện đại hóa hệ thống thiết bị đạt chuẩn của Trung tâm", sched="Thường xuyên",
             body=["Quyết định số 233/QĐ-SKHCN ngày 18/3/2026 phê duyệt dự toán mua sắm thiết bị năm 2026 đã ban hành; hợp đồng cung cấp thiết bị ký ngày 10/7/2026. Đã nghiệm thu 05/08 thiết bị; 03 thiết bị còn lại (máy sắc ký khí khối phổ, buồng thử khí hậu, hệ thống hiệu chuẩn áp suất) dự kiến bàn giao trong tháng 12/2026."],
             kq="Giải ngân 4,86 tỷ đồng trên kế hoạch vốn 7,2 tỷ đồng (đạt 67,5%)."),
        dict(title="Duy trì các chuẩn đo lường chính, bảo đảm liên kết chuẩn đến chuẩn đo lường quốc gia", sched="Thường xuyên",
             body=["Toàn bộ chuẩn chính đến hạn năm 2026 đã được gửi hiệu chuẩn và nhận lại giấy chứng nhận trước ngày 30/9/2026; việc liên kết chuẩn năm 2026 đã xong."],
             kq="12/12 chuẩn chính được hiệu chuẩn tại Viện Đo lường Việt Nam (đạt 100%)."),
    ]),
    ("II. DỊCH VỤ KỸ THUẬT VÀ PHỐI HỢP VỚI CHI CỤC", [
        dict(title="Nâng cao hiệu quả dịch vụ kỹ thuật về tiêu chuẩn, đo lường, chất lượng; mở rộng phạm vi, lĩnh vực cung cấp dịch vụ", sched="Thường xuyên",
             body=["Ngày 04/6/2026, Văn phòng Công nhận Chất lượng cấp Quyết định số 512/QĐ-VPCNCL công nhận mở rộng 03 phép thử mới. Trung tâm tiếp tục mở rộng dịch vụ hiệu chuẩn thiết bị cho doanh nghiệp logistics đến cuối năm."],
             kq="Kiểm định, hiệu chuẩn, thử nghiệm 18.450 phương tiện đo (kế hoạch năm 22.000 phương tiện, đạt 83,9%)."),
        dict(title="Thử nghiệm mẫu phục vụ khảo sát chất lượng sản phẩm, hàng hóa của Chi cục", sched="Thường xuyên",
             body=["Trung tâm đã trả toàn bộ kết quả thử nghiệm cho Chi cục ngày 12/10/2026, kết thúc hợp đồng năm 2026."],
             kq="Thử nghiệm 180 mẫu (xăng dầu, mũ bảo hiểm) theo hợp đồng; 11 mẫu không phù hợp."),
        dict(title="Đào tạo, bồi dưỡng cho viên chức, sinh viên các trường đại học, cao đẳng, trung cấp về đo lường, thử nghiệm", sched="Quý II, III và IV/2026",
             body=["Đã tổ chức 03 khóa thực tập nghề nghiệp tại phòng thí nghiệm trong các tháng 6, 7 và 8/2026; khóa thứ tư dự kiến tổ chức trong tháng 12/2026."],
             kq="03 khóa, 95 sinh viên tham dự (kế hoạch: 04 khóa, 120 sinh viên)."),
    ]),
]
hand_c("ttpttn_bc452_ct38.docx", "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
       "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH", "452/BC-TTPTTN",
       "ngày 30 tháng 10 năm 2026",
       "Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
       ["Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh (Trung tâm) báo cáo kết quả thực hiện các nội dung được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ như sau:"],
       C2_groups, C2_d, C2_p,
       ["GIÁM ĐỐC", "", "", "", "Phan Thị Thanh Xuân"],
       ["- Chi cục TĐC (để tổng hợp);", "- Văn phòng Sở;", "- Lưu: VT, KHTH."])
g = C2_groups
key("ttpttn_bc452_ct38.docx", "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "452/BC-TTPTTN", "2026-10-30", [
    ("II.4.a", "in_progress", {"budget_spent_vnd": 4860000000}, g[0][1][0]["body"][0]),
    ("II.4.c", "completed", {"instruments_verified": 12}, g[0][1][1]["kq"]),
    ("II.2.g", "in_progress", {"instruments_verified": 18450}, g[1][1][0]["kq"]),
    ("II.5.b", "completed", {"samples_tested": 180}, g[1][1][1]["kq"]),
    ("II.3.d", "in_progress", {"training_courses": 3, "participants": 95}, g[1][1][2]["kq"]),
], C2_d, C2_p)

# --- C3 Phòng Kiểm tra - Pháp chế
C3_d = ["Nhiều quy định về xử phạt vi phạm hành chính trong lĩnh vực tiêu chuẩn, đo lường, chất lượng đang chờ sửa đổi theo Luật Chất lượng sản phẩm, hàng hóa (sửa đổi), gây lúng túng khi áp dụng."]
C3_p = ["Đề nghị Bộ Khoa học và Công nghệ sớm ban hành Nghị định thay thế Nghị định về xử phạt vi phạm hành chính trong lĩnh vực tiêu chuẩn, đo lường và chất lượng sản phẩm, hàng hóa."]
C3_groups = [
    ("I. CÔNG TÁC XÂY DỰNG, GÓP Ý VĂN BẢN", [
        dict(title="Đề xuất, kiến nghị sửa đổi, bổ sung các Luật và văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng", sched="Định kỳ hoặc đột xuất theo yêu cầu",
             body=["Công văn số 1602/SKHCN-KTPC ngày 06/5/2026 góp ý dự thảo Nghị định quy định chi tiết Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) đã ký ban hành và gửi Bộ Khoa học và Công nghệ đúng thời hạn Bộ yêu cầu."],
             kq="Tổng hợp 21 ý kiến góp ý của các phòng, đơn vị thuộc Sở."),
        dict(title="Rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP", sched="Thường xuyên",
             body=["Phòng phối hợp Chi cục xây dựng dự thảo Quyết định ban hành danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ của Sở; dự thảo đang lấy ý kiến các đơn vị, dự kiến trình Giám đốc Sở trong tháng 12/2026."],
             kq="Dự thảo danh mục gồm 9 nhóm phương tiện, thiết bị."),
    ]),
    ("II. CÔNG TÁC KIỂM TRA, XỬ LÝ VI PHẠM", [
        dict(title="Phối hợp kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng sản phẩm, hàng hóa", sched="Thường xuyên",
             body=["Phòng cử công chức tham gia các đoàn kiểm tra liên ngành do Chi cục chủ trì và tham mưu Giám đốc Sở ban hành quyết định xử phạt; theo Kế hoạch năm còn 02 cuộc sẽ thực hiện trong Quý IV/2026."],
             kq="Phối hợp 06 cuộc kiểm tra tại 54 cơ sở; tham mưu xử phạt 11 tổ chức, cá nhân vi phạm với tổng số tiền 186,5 triệu đồng (kế hoạch năm: 08 cuộc)."),
        dict(title="Khen thưởng, bảo vệ người tố giác; xử lý nghiêm hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng", sched="Thường xuyên",
             body=["Quyết định số 1789/QĐ-SKHCN ngày 14/8/2026 của Giám đốc Sở về khen thưởng cá nhân có thành tích tố giác hành vi gian lận đo lường trong kinh doanh xăng dầu đã ban hành; việc khen thưởng năm 2026 đã hoàn tất."],
             kq="Khen thưởng 02 cá nhân."),
        dict(title="Phối hợp khảo sát chất lượng sản phẩm, hàng hóa", sched="Thường xuyên",
             body=["Trong kỳ, Chi cục không có đề nghị phối hợp đối với nội dung này; không phát sinh."],
             kq="Không có số liệu."),
    ]),
]
hand_c("ktpc-87-bc-ct38.docx", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ", "87/BC-KTPC",
       "ngày 29 tháng 10 năm 2026",
       "Kết quả thực hiện nhiệm vụ phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
       ["Phòng Kiểm tra – Pháp chế báo cáo kết quả thực hiện các nội dung được giao phối hợp như sau:"],
       C3_groups, C3_d, C3_p,
       ["TRƯỞNG PHÒNG", "", "", "", "Đặng Minh Trí"],
       ["- Chi cục TĐC;", "- Lưu: KTPC."])
g = C3_groups
key("ktpc-87-bc-ct38.docx", "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "87/BC-KTPC", "2026-10-29", [
    ("II.2.c", "completed", {}, g[0][1][0]["body"][0]),
    ("II.4.b", "in_progress", {}, g[0][1][1]["body"][0]),
    ("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 54, "violations": 11, "fines_vnd": 186500000}, g[1][1][0]["kq"]),
    ("II.5.d", "completed", {}, g[1][1][1]["body"][0]),
    ("II.5.b", "not_applicable", {}, g[1][1][2]["body"][0]),
], C3_d, C3_p)

# ================================================================ HAND E
# Lê Hoàng Nam, chuyên viên tổng hợp (Văn phòng Sở ngành / Phòng QLKH). Công văn; unnumbered
# bold headings paraphrasing the plan; a "Kết quả cụ thể:" paragraph; each item closed by an
# italic "Mốc tiếp theo: …" line, the only clue to status.

def hand_e(fname, left, number, vv, date_vn, kg, intro, items, diffs, props, sign, noi):
    d = new_doc(size=14)
    header_table(d, left + ["Số: " + number, vv],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Thành phố Hồ Chí Minh, " + date_vn],
                 left_bold=len(left) - 0, right_bold=2, right_italic=(3,))
    para(d, "")
    para(d, kg, align="c")
    para(d, "")
    for t in intro:
        para(d, t)
    for it in items:
        para(d, it["title"], bold=True)
        for b in it["body"]:
            para(d, b)
        para(d, runs=[("Kết quả cụ thể: ", True, False), (it["kq"], False, False)])
        para(d, runs=[("Mốc tiếp theo: ", False, True), (it["next"], False, True)])
    para(d, "Khó khăn, vướng mắc", bold=True)
    for x in diffs:
        para(d, "- " + x)
    para(d, "Kiến nghị", bold=True)
    for x in props:
        para(d, "- " + x)
    para(d, "Trân trọng./.")
    signature(d, noi, sign)
    d.save(os.path.join(OUT, fname))

E1_d = ["Chương trình đào tạo tại các trường trung cấp chưa có học phần riêng về tiêu chuẩn, đo lường, chất lượng nên việc lồng ghép phụ thuộc vào kế hoạch từng trường."]
E1_p = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng biên soạn bộ tài liệu chuyên đề ngắn về tiêu chuẩn, đo lường, mã số mã vạch dành cho học sinh, sinh viên."]
E1_items = [
    dict(title="Phối hợp đào tạo, bồi dưỡng cho viên chức, học sinh, sinh viên các trường trung cấp về tiêu chuẩn, quy chuẩn kỹ thuật, đo lường, nhãn hàng hóa, mã số mã vạch",
         body=["Sở ban hành Kế hoạch số 1890/KH-SGDĐT ngày 08/4/2026 về phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức chuyên đề ngoại khóa tại 05 trường trung cấp. Bốn buổi chuyên đề đã tổ chức trong các tháng 5, 9 và 10/2026."],
         kq="Đã tổ chức 04 buổi chuyên đề với 668 lượt người tham dự (620 học sinh, sinh viên và 48 giáo viên); kế hoạch năm là 05 buổi tại 05 trường.",
         next="buổi chuyên đề thứ năm tại Trường Trung cấp Kỹ thuật Nông nghiệp, ngày 20/11/2026."),
    dict(title="Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở",
         body=["Quyết định số 2033/QĐ-SGDĐT ngày 10/6/2026 công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 (cập nhật theo danh mục thủ tục hành chính mới) đã ban hành; đánh giá nội bộ đã thực hiện ngày 25/9/2026."],
         kq="112 quy trình nội bộ được cập nhật.",
         next="không còn; nội dung năm 2026 đã xong."),
    dict(title="Tham gia góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực giáo dục",
         body=["Sở đã có văn bản góp ý gửi Bộ Giáo dục và Đào tạo và Bộ Khoa học và Công nghệ trong tháng 7/2026."],
         kq="Góp ý 02 dự thảo QCVN (thiết bị dạy học tối thiểu; an toàn đồ chơi trong trường mầm non).",
         next="không còn."),
    dict(title="Cử công chức tham gia tập huấn, cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng",
         body=["Sở đã cử công chức tham dự lớp tập huấn do Chi cục tổ chức ngày 16/9/2026."],
         kq="02 công chức tham dự.",
         next="cử tiếp công chức tham dự lớp Quý IV/2026 khi Chi cục có thư mời."),
]
hand_e("sogddt-4512-baocao-ct38.docx", ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"], "4512/SGDĐT-KHTC",
       "V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", "ngày 31 tháng 10 năm 2026",
       "Kính gửi: Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng).",
       ["Sở Giáo dục và Đào tạo nhận được đề nghị báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Sở Giáo dục và Đào tạo báo cáo như sau:"],
       E1_items, E1_d, E1_p, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Lê Thụy Mỵ Châu"],
       ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, KHTC."])
key("sogddt-4512-baocao-ct38.docx", "SO-GDDT", "Sở Giáo dục và Đào tạo", "4512/SGDĐT-KHTC", "2026-10-31", [
    ("II.3.d", "in_progress", {"training_courses": 4, "participants": 668}, E1_items[0]["kq"]),
    ("II.2.đ", "completed", {}, E1_items[1]["body"][0]),
    ("II.2.e", "completed", {"standards_reviewed": 2}, E1_items[2]["kq"]),
    ("II.3.a", "in_progress", {"participants": 2}, E1_items[3]["kq"]),
], E1_d, E1_p)

E2_d = ["Nhiều hợp tác xã, cơ sở sản xuất nông nghiệp chưa có nhân lực cập nhật dữ liệu lên hệ thống truy xuất nguồn gốc sau khi được cấp mã.",
        "Kết quả thử nghiệm mẫu phân bón có thời gian trả kết quả dài (15–20 ngày) ảnh hưởng đến thời hạn xử lý vi phạm."]
E2_p = ["Đề nghị Sở Khoa học và Công nghệ kết nối hệ thống truy xuất nguồn gốc của ngành nông nghiệp với Cổng truy xuất nguồn gốc sản phẩm, hàng hóa quốc gia.",
        "Đề nghị Trung tâm Dịch vụ Phân tích thí nghiệm rút ngắn thời gian trả kết quả thử nghiệm mẫu phục vụ kiểm tra."]
E2_items = [
    dict(title="Triển khai, áp dụng và quản lý hệ thống truy xuất nguồn gốc đối với sản phẩm nông nghiệp (Đề án 100)",
         body=["Kế hoạch số 2214/KH-SNNMT ngày 16/3/2026 về hỗ trợ áp dụng truy xuất nguồn gốc nông sản năm 2026 đã ban hành; các lớp hướng dẫn và việc cấp mã cho cơ sở thực hiện từ tháng 4/2026."],
         kq="Hỗ trợ 35 cơ sở, hợp tác xã được cấp mã và áp dụng truy xuất nguồn gốc (kế hoạch năm: 50 cơ sở); kinh phí đã giải ngân 420.000.000 đồng trên dự toán 600.000.000 đồng.",
         next="hỗ trợ 15 cơ sở còn lại và tổng kết trong tháng 12/2026."),
    dict(title="Xây dựng quy chuẩn kỹ thuật địa phương; góp ý quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực nông nghiệp và môi trường",
         body=["Quyết định số 41/2026/QĐ-UBND ngày 15/5/2026 của Ủy ban nhân dân Thành phố ban hành Quy chuẩn kỹ thuật địa phương về chất lượng nước sạch sử dụng cho mục đích sinh hoạt đã có hiệu lực từ ngày 01/6/2026. Sở đã gửi ý kiến góp ý các dự thảo QCVN về phân bón, thức ăn chăn nuôi theo đề nghị của Bộ Nông nghiệp và Môi trường."],
         kq="01 quy chuẩn kỹ thuật địa phương được ban hành (đạt chỉ tiêu năm: 01 quy chuẩn); góp ý 05 dự thảo QCVN; tổng cộng 06 văn bản tiêu chuẩn, quy chuẩn.",
         next="không còn trong năm 2026."),
    dict(title="Kiểm tra chất lượng vật tư nông nghiệp (phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi) lưu thông trên thị trường",
         body=["Sở thực hiện theo Kế hoạch kiểm tra năm 2026; 09 cuộc đã kết thúc, các cuộc còn lại đang triển khai."],
         kq="09 cuộc kiểm tra (kế hoạch năm 12 cuộc), kiểm tra 126 cơ sở, phát hiện 18 cơ sở vi phạm, xử phạt 612,5 triệu đồng; lấy 74 mẫu phân bón gửi thử nghiệm (14 mẫu không đạt).",
         next="03 cuộc kiểm tra còn lại trong tháng 11 và tháng 12/2026."),
    dict(title="Cử công chức tham gia tập huấn, cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng",
         body=["Năm 2026 Sở chưa cử được công chức tham dự do trùng lịch kiểm tra chuyên ngành."],
         kq="Chưa có.",
         next="cử công chức tham dự khi Chi cục có thông báo chiêu sinh (dự kiến Quý I/2027)."),
]
hand_e("sonnmt_7730_ct38.docx", ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"], "7730/SNNMT-CLNS",
       "V/v báo cáo tình hình thực hiện Chỉ thị số 38-CT/TW năm 2026", "ngày 30 tháng 10 năm 2026",
       "Kính gửi: Sở Khoa học và Công nghệ.",
       ["Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Sở Nông nghiệp và Môi trường báo cáo kết quả thực hiện các nội dung có liên quan như sau:"],
       E2_items, E2_d, E2_p, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Trần Quốc Bảo"],
       ["- Như trên;", "- Chi cục TĐC;", "- Lưu: VT, CLNS."])
key("sonnmt_7730_ct38.docx", "SO-NNMT", "Sở Nông nghiệp và Môi trường", "7730/SNNMT-CLNS", "2026-10-30", [
    ("II.2.a", "in_progress", {"enterprises_supported": 35, "budget_spent_vnd": 420000000}, E2_items[0]["kq"]),
    ("II.2.e", "completed", {"standards_reviewed": 6}, E2_items[1]["kq"]),
    ("II.5.a", "in_progress", {"inspections": 9, "establishments_inspected": 126, "violations": 18, "fines_vnd": 612500000, "samples_tested": 74}, E2_items[2]["kq"]),
    ("II.3.a", "not_started", {}, E2_items[3]["body"][0]),
], E2_d, E2_p)

E3_d = ["Mức thu nhập theo Nghị quyết số 27/2023/NQ-HĐND chưa đủ hấp dẫn chuyên gia đánh giá sự phù hợp đang làm việc tại khu vực tư nhân."]
E3_p = ["Đề nghị Giám đốc Sở cho phép đặt hàng chuyên gia theo nhiệm vụ ngắn hạn trong lĩnh vực tiêu chuẩn, đo lường, chất lượng."]
E3_items = [
    dict(title="Thu hút đội ngũ cán bộ có trình độ chuyên môn cao, chuyên gia tư vấn, đánh giá lĩnh vực tiêu chuẩn, đo lường, chất lượng theo Nghị quyết số 27/2023/NQ-HĐND và Quyết định số 05/2026/QĐ-UBND",
         body=["Dự thảo Kế hoạch thu hút chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng giai đoạn 2026 – 2027 đang lấy ý kiến các phòng, đơn vị thuộc Sở."],
         kq="Đã tiếp nhận 02 hồ sơ chuyên gia đăng ký; chỉ tiêu giai đoạn là 05 chuyên gia.",
         next="trình Giám đốc Sở ban hành Kế hoạch trong tháng 12/2026."),
    dict(title="Phối hợp tổ chức các khóa bồi dưỡng chuyên sâu về năng suất, chất lượng; hình thành mạng lưới tư vấn năng suất",
         body=["Phòng phối hợp Chi cục tổ chức 02 khóa bồi dưỡng trong tháng 6 và tháng 8/2026; cả hai khóa đã bế giảng."],
         kq="02 khóa, 86 học viên tham dự; 23 học viên được đề xuất đưa vào mạng lưới tư vấn năng suất.",
         next="không còn."),
    dict(title="Hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng dựa trên nền tảng khoa học, công nghệ và đổi mới sáng tạo (Chương trình 1322)",
         body=["Quyết định số 1456/QĐ-SKHCN ngày 22/5/2026 phê duyệt 03 nhiệm vụ khoa học và công nghệ hỗ trợ doanh nghiệp nâng cao năng suất đã ban hành; các nhiệm vụ đang thực hiện."],
         kq="Hỗ trợ 03 doanh nghiệp; kinh phí đã cấp 1,8 tỷ đồng (tổng kinh phí phê duyệt 3,2 tỷ đồng).",
         next="kiểm tra giữa kỳ các nhiệm vụ trong tháng 11/2026."),
    dict(title="Phối hợp với Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia và APO thúc đẩy năng suất",
         body=["Trong năm chưa có yêu cầu phối hợp; không phát sinh."],
         kq="Không có.",
         next="chưa xác định."),
]
hand_e("qlkh-142-bc-ct38.docx", ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG QUẢN LÝ KHOA HỌC"], "142/BC-QLKH",
       "V/v báo cáo kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026", "ngày 28 tháng 10 năm 2026",
       "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng.",
       ["Phòng Quản lý Khoa học báo cáo kết quả thực hiện các nội dung do Phòng chủ trì và phối hợp như sau:"],
       E3_items, E3_d, E3_p, ["TRƯỞNG PHÒNG", "", "", "", "Võ Thị Hồng Nhung"],
       ["- Như trên;", "- Lưu: QLKH."])
key("qlkh-142-bc-ct38.docx", "SKHCN-QLKH", "Phòng Quản lý Khoa học", "142/BC-QLKH", "2026-10-28", [
    ("II.3.c", "in_progress", {}, E3_items[0]["body"][0]),
    ("II.3.b", "completed", {"training_courses": 2, "participants": 86}, E3_items[1]["kq"]),
    ("II.2.a", "in_progress", {"enterprises_supported": 3, "budget_spent_vnd": 1800000000}, E3_items[2]["kq"]),
    ("II.6.b", "not_applicable", {}, E3_items[3]["body"][0]),
], E3_d, E3_p)

# ================================================================ HAND B (xlsx)
# Phạm Quốc Huy, chuyên viên kế hoạch của sở ngành. One sheet: header block, a note line
# "(Kèm theo Công văn số … ngày …)", table "Nội dung công việc (trích Kế hoạch) | Sản phẩm /
# văn bản | Thời điểm | Kết quả cụ thể | Ghi chú" — no status column: the stage of the
# document ("đã ban hành", "đang lấy ý kiến", "dự kiến trình …") is the status.
thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)


def hand_b(fname, sheet, unit_upper, unit_name, number, date_vn, rows, diffs, props, signer, title="BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    f = Font(name="Times New Roman", size=12)
    fb = Font(name="Times New Roman", size=12, bold=True)
    widths = [6, 48, 40, 16, 46, 20]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.merge_cells("A1:B1"); ws["A1"] = "UBND THÀNH PHỐ HỒ CHÍ MINH"
    ws.merge_cells("A2:B2"); ws["A2"] = unit_upper
    ws.merge_cells("D1:F1"); ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws.merge_cells("D2:F2"); ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws.merge_cells("A5:F5"); ws["A5"] = title
    ws.merge_cells("A6:F6"); ws["A6"] = f"(Kèm theo Công văn số {number} {date_vn} của {unit_name})"
    for c in ("A1", "A2", "D1", "D2", "A5"):
        ws[c].font = fb; ws[c].alignment = Alignment(horizontal="center")
    ws["A1"].font = f
    ws["A6"].font = Font(name="Times New Roman", size=12, italic=True); ws["A6"].alignment = Alignment(horizontal="center")
    hdr = ["STT", "Nội dung công việc (trích Kế hoạch số …/KH-SKHCN)", "Sản phẩm / văn bản", "Thời điểm", "Kết quả cụ thể", "Ghi chú"]
    r = 8
    for i, h in enumerate(hdr):
        c = ws.cell(r, i + 1, h); c.font = fb; c.border = BORDER
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    for k, row in enumerate(rows, 1):
        r += 1
        vals = [k] + list(row)
        for i, v in enumerate(vals):
            c = ws.cell(r, i + 1, v); c.font = f; c.border = BORDER
            c.alignment = Alignment(vertical="top", wrap_text=True, horizontal="center" if i in (0, 3) else "left")
    r += 2
    ws.cell(r, 1, "Khó khăn, vướng mắc:").font = fb
    for k, x in enumerate(diffs, 1):
        r += 1; ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(r, 1, f"{k})").font = f; c = ws.cell(r, 2, x); c.font = f; c.alignment = Alignment(wrap_text=True)
        ws.row_dimensions[r].height = 32
    r += 1
    ws.cell(r, 1, "Kiến nghị:").font = fb
    for k, x in enumerate(props, 1):
        r += 1; ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(r, 1, f"{k})").font = f; c = ws.cell(r, 2, x); c.font = f; c.alignment = Alignment(wrap_text=True)
        ws.row_dimensions[r].height = 32
    r += 2
    ws.cell(r, 5, "Người lập biểu").font = fb
    ws.cell(r + 4, 5, signer).font = f
    ws.freeze_panes = "A9"
    wb.save(os.path.join(OUT, fname))

B1_d = ["Một số doanh nghiệp công nghiệp hỗ trợ quy mô nhỏ chưa đủ điều kiện đối ứng kinh phí để tham gia chương trình cải tiến năng suất."]
B1_p = ["Đề nghị Sở Khoa học và Công nghệ phối hợp chia sẻ danh sách chuyên gia tư vấn năng suất để Sở Công Thương giới thiệu cho doanh nghiệp.",
        "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng gửi kế hoạch kiểm tra năm 2027 trước tháng 12/2026 để hai bên thống nhất lịch kiểm tra liên ngành xăng dầu."]
B1_rows = [
    ("Góp ý xây dựng tiêu chuẩn, quy chuẩn kỹ thuật quốc gia do các Bộ quản lý ngành, lĩnh vực ban hành",
     "Công văn số 1450/SCT-KTAT ngày 12/5/2026 góp ý dự thảo QCVN về an toàn chai chứa khí dầu mỏ hóa lỏng; Công văn số 2210/SCT-KTAT ngày 18/8/2026 góp ý dự thảo TCVN về xăng sinh học (đã gửi)",
     "12/5/2026; 18/8/2026",
     "Kỳ này: 03 dự thảo đã góp ý (01 QCVN, 02 TCVN).\nChỉ tiêu: theo đề nghị của Bộ.", ""),
    ("Triển khai Kế hoạch nâng cao năng suất và chất lượng dựa trên nền tảng khoa học công nghệ và đổi mới sáng tạo (Chương trình 1322) đối với doanh nghiệp công nghiệp",
     "Quyết định số 845/QĐ-SCT ngày 20/4/2026 phê duyệt danh sách doanh nghiệp tham gia (đã ban hành); Biên bản nghiệm thu: dự kiến trình trong tháng 12/2026",
     "Nghiệm thu dự kiến T12/2026",
     "12 doanh nghiệp được hỗ trợ (chỉ tiêu năm: 15 DN).\nGiải ngân: 1,2 tỷ đồng / dự toán 2,5 tỷ đồng.", "Phối hợp Chi cục TĐC"),
    ("Phối hợp kiểm tra về tiêu chuẩn, đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng lưu thông trên thị trường",
     "Kế hoạch số 60/KH-SCT ngày 05/3/2026 kiểm tra liên ngành (đã ban hành); cuộc thứ 6 dự kiến tháng 11/2026",
     "03/2026 – 11/2026",
     "Kỳ này: 05 cuộc; 48 cơ sở; 06 cơ sở vi phạm; phạt 82,5 triệu đồng.\nKế hoạch năm: 06 cuộc.", ""),
    ("Xây dựng, áp dụng, duy trì hệ thống quản lý chất lượng tiên tiến trong cơ quan hành chính nhà nước",
     "Quyết định số 1020/QĐ-SCT ngày 08/6/2026 công bố HTQLCL phù hợp TCVN ISO 9001:2015 (cập nhật) – đã ban hành; Báo cáo đánh giá nội bộ số 3012/BC-SCT ngày 15/10/2026 – đã ban hành",
     "08/6/2026; 15/10/2026",
     "100% thủ tục hành chính được áp dụng HTQLCL.", ""),
    ("Cử công chức tham gia tập huấn, cập nhật kiến thức chuyên môn, nghiệp vụ về tiêu chuẩn, đo lường, chất lượng",
     "Quyết định cử công chức số 1633/QĐ-SCT ngày 10/9/2026 (đã ban hành); lớp học đã kết thúc",
     "16/9/2026",
     "04 công chức tham dự.", ""),
]
hand_b("soct-3185-phuluc-ct38.xlsx", "BC KH38", "SỞ CÔNG THƯƠNG", "Sở Công Thương", "3185/SCT-KHTC", "ngày 29 tháng 10 năm 2026", B1_rows, B1_d, B1_p, "Phạm Quốc Huy")
key("soct-3185-phuluc-ct38.xlsx", "SO-CT", "Sở Công Thương", "3185/SCT-KHTC", "2026-10-29", [
    ("II.2.e", "completed", {"standards_reviewed": 3}, B1_rows[0][3]),
    ("II.2.a", "in_progress", {"enterprises_supported": 12, "budget_spent_vnd": 1200000000}, B1_rows[1][3]),
    ("II.5.a", "in_progress", {"inspections": 5, "establishments_inspected": 48, "violations": 6, "fines_vnd": 82500000}, B1_rows[2][3]),
    ("II.2.đ", "completed", {}, B1_rows[3][1]),
    ("II.3.a", "completed", {"participants": 4}, B1_rows[4][3]),
], B1_d, B1_p)

B2_d = ["Nhiều cơ sở khám bệnh, chữa bệnh tư nhân chưa nắm rõ danh mục phương tiện đo nhóm 2 phải kiểm định trong lĩnh vực y tế."]
B2_p = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng phối hợp Sở Y tế tổ chức hội nghị hướng dẫn quy định về đo lường trong y tế cho cơ sở khám bệnh, chữa bệnh tư nhân trong năm 2027."]
B2_rows = [
    ("Góp ý quy chuẩn kỹ thuật quốc gia do Bộ quản lý ngành ban hành (trang thiết bị y tế)",
     "Dự thảo văn bản góp ý 02 QCVN về trang thiết bị y tế: đang lấy ý kiến các bệnh viện; dự kiến gửi Bộ Y tế trong tháng 11/2026",
     "Dự kiến 11/2026",
     "Đã tổng hợp ý kiến đối với 02 dự thảo QCVN (thiết bị X-quang; máy đo huyết áp).", ""),
    ("Phối hợp kiểm tra về đo lường đối với phương tiện đo dùng trong y tế",
     "Kế hoạch số 410/KH-SYT ngày 02/3/2026 (đã ban hành); Báo cáo kết quả số 5870/BC-SYT ngày 09/10/2026 (đã ban hành)",
     "03/2026 – 9/2026",
     "Thực hiện: 04/04 cuộc theo kế hoạch; 22 cơ sở khám chữa bệnh; 03 cơ sở vi phạm (sử dụng phương tiện đo chưa kiểm định); phạt 15 triệu đồng.", ""),
    ("Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở",
     "Quyết định số 1188/QĐ-SYT ngày 21/5/2026 công bố lại HTQLCL (đã ban hành)",
     "21/5/2026",
     "Đánh giá nội bộ: đã thực hiện ngày 18/8/2026.", ""),
    ("Cử công chức tham gia tập huấn chuyên môn, nghiệp vụ về tiêu chuẩn, đo lường, chất lượng",
     "Chưa có (chờ thư mời lớp Quý IV của Chi cục TĐC)",
     "Dự kiến 11–12/2026",
     "—", ""),
    ("Khen thưởng, bảo vệ người tố giác vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng",
     "Không phát sinh",
     "",
     "Không phát sinh trong kỳ.", ""),
]
hand_b("soyte-6120-bieu-kq-ct38.xlsx", "Bieu", "SỞ Y TẾ", "Sở Y tế", "6120/SYT-NVY", "ngày 30 tháng 10 năm 2026", B2_rows, B2_d, B2_p, "Phạm Quốc Huy")
key("soyte-6120-bieu-kq-ct38.xlsx", "SO-YT", "Sở Y tế", "6120/SYT-NVY", "2026-10-30", [
    ("II.2.e", "in_progress", {"standards_reviewed": 2}, B2_rows[0][3]),
    ("II.5.a", "completed", {"inspections": 4, "establishments_inspected": 22, "violations": 3, "fines_vnd": 15000000}, B2_rows[1][3]),
    ("II.2.đ", "completed", {}, B2_rows[2][1]),
    ("II.3.a", "not_started", {}, B2_rows[3][1]),
    ("II.5.d", "not_applicable", {}, B2_rows[4][3]),
], B2_d, B2_p)

B3_d = ["Phòng thử nghiệm vật liệu xây dựng được chỉ định trên địa bàn còn ít, thời gian chờ kết quả thử nghiệm kéo dài.",
        "Dự thảo quy chuẩn kỹ thuật địa phương nhận được nhiều ý kiến khác nhau về chỉ tiêu kỹ thuật nên phải tổ chức thêm hội thảo."]
B3_p = ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ thẩm định dự thảo quy chuẩn kỹ thuật địa phương về gạch bê tông trước khi trình Ủy ban nhân dân Thành phố."]
B3_rows = [
    ("Tổ chức việc xây dựng quy chuẩn kỹ thuật địa phương; góp ý tiêu chuẩn quốc gia về vật liệu xây dựng",
     "Dự thảo QCĐP về gạch bê tông không nung: đang lấy ý kiến các sở, ngành (Công văn số 7702/SXD-KTXD ngày 25/8/2026); dự kiến trình UBND TP trong tháng 12/2026",
     "Dự kiến 12/2026",
     "Góp ý 04 dự thảo TCVN về vật liệu xây dựng.\nChỉ tiêu năm: ban hành 01 QCĐP.", ""),
    ("Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường",
     "Kế hoạch số 112/KH-SXD ngày 27/02/2026 (đã ban hành); đợt kiểm tra đã kết thúc ngày 30/9/2026, Báo cáo số 9120/BC-SXD ngày 10/10/2026",
     "03/2026 – 30/9/2026",
     "03 cuộc – 27 cơ sở – 36 mẫu lấy thử nghiệm – 02 cơ sở vi phạm – phạt 24 triệu đồng.", ""),
    ("Đề xuất, kiến nghị sửa đổi, bổ sung Luật và văn bản quy phạm pháp luật về tiêu chuẩn, chất lượng",
     "Công văn số 4410/SXD-PC ngày 03/6/2026 góp ý dự thảo Luật sửa đổi, bổ sung một số điều của Luật Chất lượng sản phẩm, hàng hóa (đã gửi Sở KH&CN)",
     "03/6/2026",
     "Góp ý 12 điều khoản liên quan đến vật liệu xây dựng.", ""),
    ("Xây dựng, áp dụng, duy trì hệ thống quản lý chất lượng tiên tiến tại cơ quan",
     "Quyết định số 655/QĐ-SXD ngày 14/4/2026 công bố HTQLCL (đã ban hành); đánh giá nội bộ: đã thực hiện tháng 9/2026",
     "14/4/2026",
     "", ""),
]
hand_b("soxd_9841_ct38.xlsx", "Sheet1", "SỞ XÂY DỰNG", "Sở Xây dựng", "9841/SXD-KTXD", "ngày 28 tháng 10 năm 2026", B3_rows, B3_d, B3_p, "Ngô Thị Thùy Trang")
key("soxd_9841_ct38.xlsx", "SO-XD", "Sở Xây dựng", "9841/SXD-KTXD", "2026-10-28", [
    ("II.2.e", "in_progress", {"standards_reviewed": 4}, B3_rows[0][1]),
    ("II.5.a", "completed", {"inspections": 3, "establishments_inspected": 27, "samples_tested": 36, "violations": 2, "fines_vnd": 24000000}, B3_rows[1][3]),
    ("II.2.c", "completed", {}, B3_rows[2][1]),
    ("II.2.đ", "completed", {}, B3_rows[3][1]),
], B3_d, B3_p)

# B4 mistaken: Sở Du lịch, phòng chống thiên tai
B4_rows = [
    ("Rà soát phương án bảo đảm an toàn cho khách du lịch mùa mưa bão năm 2026",
     "Kế hoạch số 301/KH-SDL ngày 12/5/2026 (đã ban hành)", "12/5/2026",
     "Rà soát 126 cơ sở lưu trú, 34 điểm du lịch ven biển, đảo.", ""),
    ("Diễn tập ứng phó sự cố thiên tai tại khu du lịch Cần Giờ, Côn Đảo",
     "Dự kiến tổ chức trong tháng 11/2026", "Dự kiến 11/2026", "—", ""),
    ("Tuyên truyền kỹ năng phòng, chống thiên tai cho doanh nghiệp lữ hành",
     "Công văn số 822/SDL-QLLH ngày 20/8/2026 (đã gửi)", "20/8/2026", "Phát hành 18 tin, bài.", ""),
]
hand_b("sodulich-bc-pctt-2026.xlsx", "PCTT", "SỞ DU LỊCH", "Sở Du lịch", "1104/SDL-VP", "ngày 22 tháng 10 năm 2026", B4_rows,
       ["Kinh phí diễn tập chưa được bố trí."], ["Đề nghị Ban Chỉ huy phòng thủ dân sự Thành phố hỗ trợ phương tiện cho diễn tập."], "Phạm Quốc Huy",
       title="BÁO CÁO KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN NĂM 2026")
key("sodulich-bc-pctt-2026.xlsx", "SO-DL", "Sở Du lịch", "1104/SDL-VP", "2026-10-22", [], [], [],
    status="rejected", reason="Báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn của Sở Du lịch (gửi nhầm), không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW.")

# ================================================================ HAND D (xlsx)
# Võ Thành Tâm, văn phòng UBND xã / tổ tổng hợp của đơn vị. Tasks quoted from the plan in
# quotation marks with "…" ellipses; "Thời gian" column holds real past dates, a running
# period "… – nay", "Dự kiến …" or "Không phát sinh" — no status column; "Kết quả cụ thể"
# cells carry an "Đạt:" line over a "Chỉ tiêu:" line (Alt+Enter); difficulties and proposals
# as "•" lines under KHÓ KHĂN / KIẾN NGHỊ banners.

def hand_d(fname, left1, left2, number, place_date, title, rows, diffs, props, signer, sign_title):
    wb = Workbook(); ws = wb.active; ws.title = "Báo cáo"
    f = Font(name="Times New Roman", size=11)
    fb = Font(name="Times New Roman", size=11, bold=True)
    for col, w in zip("ABCD", [5, 55, 24, 52]):
        ws.column_dimensions[col].width = w
    ws["A1"] = left1; ws["A2"] = left2; ws["A3"] = "Số: " + number
    ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["C2"] = "Độc lập - Tự do - Hạnh phúc"; ws["C3"] = place_date
    for c in ("A1", "A2", "C1", "C2"):
        ws[c].font = fb
    ws["A3"].font = f; ws["C3"].font = Font(name="Times New Roman", size=11, italic=True)
    ws.merge_cells("A5:D5"); ws["A5"] = title; ws["A5"].font = Font(name="Times New Roman", size=13, bold=True)
    ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True); ws.row_dimensions[5].height = 36
    hdr = ["TT", "Việc Kế hoạch giao (trích nguyên văn)", "Thời gian", "Kết quả cụ thể"]
    r = 7
    for i, h in enumerate(hdr):
        c = ws.cell(r, i + 1, h); c.font = fb; c.border = BORDER
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.fill = PatternFill("solid", fgColor="FFF2CC")
    for k, row in enumerate(rows, 1):
        r += 1
        for i, v in enumerate([k] + list(row)):
            c = ws.cell(r, i + 1, v); c.font = f; c.border = BORDER
            c.alignment = Alignment(vertical="top", wrap_text=True, horizontal="center" if i == 0 else "left")
        ws.row_dimensions[r].height = 75
    r += 2
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4); ws.cell(r, 1, "KHÓ KHĂN").font = fb
    for x in diffs:
        r += 1; ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        c = ws.cell(r, 1, "• " + x); c.font = f; c.alignment = Alignment(wrap_text=True); ws.row_dimensions[r].height = 30
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4); ws.cell(r, 1, "KIẾN NGHỊ").font = fb
    for x in props:
        r += 1; ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        c = ws.cell(r, 1, "• " + x); c.font = f; c.alignment = Alignment(wrap_text=True); ws.row_dimensions[r].height = 30
    r += 2
    ws.cell(r, 4, sign_title).font = fb
    ws.cell(r + 4, 4, signer).font = fb
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fname))

D1_d = ["Xã chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; công chức kinh tế kiêm nhiệm nhiều việc.",
        "Chợ Phú Xuân đang cải tạo, nhiều hộ kinh doanh di dời tạm nên khó kiểm tra theo lịch."]
D1_p = ["Đề nghị Chi cục TĐC cử cán bộ hướng dẫn nghiệp vụ kiểm tra đo lường tại chợ cho Tổ kiểm tra liên ngành xã."]
D1_rows = [
    ("\"…thực hiện các nội dung được phân quyền trong công tác quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng.\"",
     "Từ 03/2026 – nay; đợt cuối trong tháng 11/2026",
     "Đạt: 02 cuộc; 14 cơ sở (cửa hàng xăng dầu, chợ Phú Xuân); 02 cơ sở vi phạm; phạt 3.000.000đ\nChỉ tiêu năm: 03 cuộc; 20 cơ sở"),
    ("\"…cử cán bộ tham gia hội nghị, hội thảo, các khóa đào tạo, tập huấn chuyên sâu về tiêu chuẩn, đo lường, chất lượng…\"",
     "16/9/2026",
     "Đạt: 02 lượt công chức tham dự lớp của Chi cục TĐC\nChỉ tiêu: 02 lượt"),
    ("\"…xây dựng, áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng tiên tiến trong hoạt động các cơ quan…\"",
     "01/2026 – nay; đánh giá nội bộ dự kiến 11/2026",
     "Đạt: Quyết định số 14/QĐ-UBND ngày 20/01/2026 công bố HTQLCL TCVN ISO 9001:2015 đã ban hành\nChỉ tiêu: 100% TTHC áp dụng"),
    ("\"Khen thưởng và có biện pháp phù hợp để bảo vệ người tố giác hành vi vi phạm…\"",
     "Không phát sinh",
     "Đạt: —\nChỉ tiêu: —"),
    ("\"Tuyên truyền, vận động, hướng dẫn tổ chức, doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia.\"",
     "",
     "Đạt: 03 tin phát trên hệ thống truyền thanh xã\nChỉ tiêu: —"),
]
hand_d("27655-nhabe-bc211.xlsx", "UBND XÃ NHÀ BÈ", "VĂN PHÒNG HĐND VÀ UBND", "211/BC-UBND", "Nhà Bè, ngày 28 tháng 10 năm 2026",
       "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (TỪ 01/01 ĐẾN 25/10/2026)",
       D1_rows, D1_d, D1_p, "Lương Văn Thắng", "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH")
key("27655-nhabe-bc211.xlsx", "27655", "Xã Nhà Bè", "211/BC-UBND", "2026-10-28", [
    ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 14, "violations": 2, "fines_vnd": 3000000}, D1_rows[0][2]),
    ("II.3.a", "completed", {"participants": 2}, D1_rows[1][2]),
    ("II.2.đ", "in_progress", {}, D1_rows[2][2]),
    ("II.5.d", "not_applicable", {}, D1_rows[3][0]),
    ("II.1.b", "unknown", {"communications": 3}, D1_rows[4][2]),
], D1_d, D1_p)

D2_d = ["Hợp tác xã nông nghiệp trên địa bàn thiếu thiết bị (điện thoại thông minh, máy in tem) để áp dụng truy xuất nguồn gốc."]
D2_p = ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ máy in tem truy xuất nguồn gốc cho các hợp tác xã của xã Bàu Bàng.",
        "Đề nghị Chi cục TĐC thông báo sớm lịch lớp tập huấn Quý IV để xã bố trí công chức."]
D2_rows = [
    ("\"…thực hiện các nội dung được phân quyền trong công tác quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng.\"",
     "Từ 15/4 đến 30/9/2026",
     "Đạt: 03 cuộc; 25 cơ sở; 05 cơ sở vi phạm; phạt 9.750.000đ\nChỉ tiêu: 03 cuộc"),
    ("\"Kế hoạch triển khai, áp dụng và quản lý hệ thống truy xuất nguồn gốc… (Đề án 100)\"",
     "Từ 06/2026 – nay",
     "Đạt: hướng dẫn 04 HTX, tổ hợp tác\nChỉ tiêu: 08 HTX"),
    ("\"…tập huấn và cập nhật kiến thức về chuyên môn, nghiệp vụ công tác tiêu chuẩn, đo lường, chất lượng cho công chức… UBND xã, phường, đặc khu\"",
     "Dự kiến 11/2026 (chờ lịch Chi cục)",
     "Đạt: —\nChỉ tiêu: 02 công chức"),
    ("\"…xây dựng, áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng tiên tiến…\"",
     "30/6/2026",
     "Đạt: Quyết định số 66/QĐ-UBND ngày 30/6/2026 về công bố HTQLCL đã ban hành; đánh giá nội bộ ngày 25/6/2026\nChỉ tiêu: 100% TTHC"),
    ("\"Tổ chức các lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng đối với cá nhân, tổ chức, doanh nghiệp…\"",
     "22/5/2026",
     "Đạt: 01 hội nghị, 64 lượt người (hộ kinh doanh, HTX)\nChỉ tiêu: 01 hội nghị"),
]
hand_d("25822_baubang_ct38_bc178.xlsx", "UBND XÃ BÀU BÀNG", "PHÒNG KINH TẾ", "178/BC-UBND", "Bàu Bàng, ngày 02 tháng 11 năm 2026",
       "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
       D2_rows, D2_d, D2_p, "Nguyễn Thị Mai", "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH")
key("25822_baubang_ct38_bc178.xlsx", "25822", "Xã Bàu Bàng", "178/BC-UBND", "2026-11-02", [
    ("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 25, "violations": 5, "fines_vnd": 9750000}, D2_rows[0][2]),
    ("II.2.a", "in_progress", {"enterprises_supported": 4}, D2_rows[1][2]),
    ("II.3.a", "not_started", {}, D2_rows[2][0]),
    ("II.2.đ", "completed", {}, D2_rows[3][2]),
    ("II.1.a", "completed", {"training_courses": 1, "participants": 64}, D2_rows[4][2]),
], D2_d, D2_p)

D3_d = ["Hệ thống cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng của Bộ thay đổi chuẩn kết nối (API) trong tháng 8/2026 nên phải chỉnh sửa lại 02 phân hệ đã kết nối."]
D3_p = ["Đề nghị Chi cục TĐC cử đầu mối nghiệp vụ thường trực để phối hợp kiểm thử dữ liệu trước khi vận hành chính thức."]
D3_rows = [
    ("\"Tổ chức kết nối, triển khai, áp dụng hệ thống cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường và chất lượng nhằm chia sẻ, cung cấp thông tin…\"",
     "Từ 02/2026 – nay; vận hành chính thức dự kiến 12/2026",
     "Đạt: kết nối 03/05 phân hệ; kinh phí đã giải ngân 640 triệu đồng\nChỉ tiêu: 05 phân hệ; 900 triệu đồng"),
    ("\"…xây dựng, áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng tiên tiến trong hoạt động các cơ quan, tổ chức…\"",
     "20/4/2026",
     "Đạt: Quyết định số 37/QĐ-TTCNTT ngày 20/4/2026 công bố HTQLCL đã ban hành\nChỉ tiêu: —"),
    ("\"…cử cán bộ tham gia hội nghị, hội thảo, các khóa đào tạo, tập huấn chuyên sâu về tiêu chuẩn, đo lường, chất lượng…\"",
     "08/7/2026",
     "Đạt: 03 viên chức tham dự hội thảo về dữ liệu đo lường\nChỉ tiêu: 03 viên chức"),
]
hand_d("ttcntt-219-ct38.xlsx", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ ĐỊA KHÔNG GIAN THÀNH PHỐ HỒ CHÍ MINH", "219/BC-TTCNTT",
       "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
       "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG THUỘC KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
       D3_rows, D3_d, D3_p, "Hồ Minh Khang", "GIÁM ĐỐC")
key("ttcntt-219-ct38.xlsx", "SKHCN-TTCNTT", "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh", "219/BC-TTCNTT", "2026-10-27", [
    ("II.2.i", "in_progress", {"budget_spent_vnd": 640000000}, D3_rows[0][2]),
    ("II.2.đ", "completed", {}, D3_rows[1][2]),
    ("II.3.a", "completed", {"participants": 3}, D3_rows[2][2]),
], D3_d, D3_p)

with open(os.path.join(TRUTH, "_keys.tmp.json"), "w", encoding="utf-8") as fh:
    json.dump(KEYS, fh, ensure_ascii=False, indent=1)
print(len(KEYS), "files generated")
