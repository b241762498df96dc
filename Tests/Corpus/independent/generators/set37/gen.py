# -*- coding: utf-8 -*-
"""Generator for set37: 17 ward/commune/special-zone reports in five hands.
Writes the files into this folder and the answer keys into truth/ (sha256 filled last)."""
import hashlib, json, os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, "truth")
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}


def E(task, status, ind, text):
    return {"task": task, "status": status, "indicators": ind, "text": text}


def key(fname, uid, uname, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = {"file": fname, "sha256": None, "status": status, "reason": reason,
                   "unit": {"id": uid, "name": uname},
                   "document": {"number": number, "date": date},
                   "entries": entries, "findings": [], "difficulties": diffs, "proposals": props}


def setfont(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)


def para(doc, text="", bold=False, italic=False, align=None, size=None, indent=None, space_after=None):
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
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


# ---------------------------------------------------------------- H1
# Hand 1 — "the e-mail letter": a commune economic officer who pastes the reply into Word
# like an e-mail: "Kính gửi" line, "Dạ, …" opening, plain paragraphs with no headings or
# numbering, statuses as spoken phrases ("đã làm xong", "đang làm tiếp", "chưa làm được"),
# difficulties/proposals as "Xã xin phản ánh…"/"Xã kiến nghị…" paragraphs, "Trân trọng./."
# and an e-mail-style signature block (name, phone, "Gửi lúc hh:mm ngày dd/mm/yyyy").

def h1_doc(fname, top_lines, kinhgui, opening, body, diff_intro, diffs, prop_intro, props, closing, sig):
    doc = Document()
    setfont(doc, "Arial", 11)
    for s in doc.sections:
        s.left_margin = Cm(2.5); s.right_margin = Cm(2)
    for t in top_lines:
        para(doc, t, space_after=0)
    para(doc, kinhgui, bold=True)
    para(doc, opening)
    for b in body:
        para(doc, b)
    para(doc, diff_intro)
    for d in diffs:
        para(doc, d)
    para(doc, prop_intro)
    for p in props:
        para(doc, p)
    para(doc, closing)
    para(doc, "Trân trọng./.")
    para(doc, "--", space_after=0)
    for s in sig:
        para(doc, s, italic=True, space_after=0, size=10)
    doc.save(os.path.join(HERE, fname))


# Xã Thường Tân
b1 = "Phần tuyên truyền thì xã đã lồng ghép nội dung về đo lường, chất lượng hàng hóa vào các cuộc họp tổ dân cư, đăng 06 tin bài trên trang thông tin điện tử xã và phát lại trên loa truyền thanh; ngoài ra xã phối hợp với Hội Liên hiệp Phụ nữ tổ chức 01 hội nghị tuyên truyền cho tiểu thương chợ Thường Tân, có 45 người dự. Việc này xã làm thường xuyên, đang tiếp tục làm trong quý IV ạ."
b2 = "Công chức kinh tế của xã có 02 người đi dự lớp tập huấn nghiệp vụ đo lường, chất lượng cho cán bộ xã, phường do Chi cục tổ chức hồi tháng 6, phần này đã làm xong."
b3 = "Xã đã phối hợp với Chi cục kiểm tra cân tại chợ Thường Tân và các cửa hàng xăng dầu trên địa bàn, tổng cộng 03 cuộc, kiểm tra 17 cơ sở, phát hiện 02 hộ dùng cân sai quá mức cho phép, đã lập biên bản và xử phạt 3.000.000 đồng. Cân đối chứng ở chợ thì trong tháng 8 đã đưa đi kiểm định lại 02 cái. Việc kiểm tra vẫn đang làm tiếp theo kế hoạch của Chi cục."
b4 = "Bộ phận một cửa của xã đã làm xong việc xây dựng, công bố lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau khi sắp xếp đơn vị hành chính."
b5 = "Còn việc vận động hộ sản xuất, hợp tác xã tham gia truy xuất nguồn gốc thì xã chưa làm được vì chưa có hướng dẫn cụ thể cho cấp xã."
d = ["Thứ nhất là công chức phụ trách kiêm nhiệm nhiều việc, chưa có chuyên môn về đo lường nên kiểm tra còn phụ thuộc vào Chi cục.",
     "Thứ hai là xã chưa có kinh phí riêng để mua cân đối chứng mới thay cho cân cũ đã hư."]
p = ["Đề nghị Chi cục gửi tài liệu tuyên truyền in sẵn (tờ rơi, áp phích) để xã phát cho bà con.",
     "Đề nghị có văn bản hướng dẫn cấp xã về truy xuất nguồn gốc nông sản."]
h1_doc("thuong-tan-bc-ct38.docx", ["UBND XÃ THƯỜNG TÂN", "Phòng Kinh tế"],
       "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng TP.HCM (Phòng Quản lý Đo lường)",
       "Dạ, UBND xã Thường Tân gửi anh chị nội dung báo cáo theo công văn của Chi cục về việc thực hiện Kế hoạch triển khai Chỉ thị 38 năm 2026, cụ thể như sau ạ:",
       [b1, b2, b3, b4, b5], "Xã cũng xin phản ánh mấy khó khăn:", d, "Xã có mấy kiến nghị:", p,
       "Nếu cần bổ sung số liệu anh chị cứ liên hệ số điện thoại bên dưới giúp em.",
       ["Nguyễn Văn Phúc - công chức Phòng Kinh tế, UBND xã Thường Tân", "ĐT: 0913 472 118",
        "Gửi lúc 16:42 ngày 27/10/2026"])
key("thuong-tan-bc-ct38.docx", "25909", "Xã Thường Tân", None, "2026-10-27", [
    E("II.1.a", "in_progress", {"communications": 6, "training_courses": 1, "participants": 45}, b1),
    E("II.3.a", "completed", {"participants": 2}, b2),
    E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 17, "violations": 2,
                                "fines_vnd": 3000000, "instruments_verified": 2}, b3),
    E("II.2.đ", "completed", {}, b4),
    E("II.2.a", "not_started", {}, b5)], d, p)

# Xã Đất Đỏ
b1 = "Trong năm xã đã đăng 04 tin trên Zalo OA của xã và trang thông tin điện tử nhân Ngày Tiêu chuẩn Thế giới, Ngày Đo lường Việt Nam, có phát tờ rơi cho hộ kinh doanh ở chợ Đất Đỏ. Phần tuyên truyền xã đã làm xong theo kế hoạch năm."
b2 = "Xã đã giới thiệu 03 hợp tác xã, cơ sở sản xuất (nước mắm, khô cá) lên Chi cục để được hướng dẫn công bố tiêu chuẩn cơ sở và ghi nhãn hàng hóa, hiện xã đang tiếp tục hỗ trợ các cơ sở hoàn thiện hồ sơ."
b3 = "Xã phối hợp với Đội Quản lý thị trường và Chi cục kiểm tra 02 đợt về đo lường xăng dầu và cân tại chợ, tổng số 11 cơ sở, chưa phát hiện vi phạm. Đợt kiểm tra năm nay đã làm xong."
b4 = "Lấy mẫu xăng dầu, hàng hóa gửi đi thử nghiệm thì trên địa bàn xã không có phát sinh."
b5 = "Thủ tục hành chính của xã vẫn đang áp dụng ISO 9001:2015, xã đang cập nhật lại quy trình theo bộ thủ tục mới của Thành phố."
d = ["Các cơ sở chế biến hải sản nhỏ lẻ ngại làm hồ sơ công bố vì tốn chi phí thử nghiệm."]
p = ["Xin Chi cục hỗ trợ một phần chi phí thử nghiệm mẫu cho các hợp tác xã của xã."]
h1_doc("dat-do-tra-loi-cv-chicuc.docx",
       ["ỦY BAN NHÂN DÂN XÃ ĐẤT ĐỎ", "Số: 388/UBND-KT", "Đất Đỏ, ngày 29 tháng 10 năm 2026"],
       "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng",
       "Dạ, xã Đất Đỏ xin gửi báo cáo kết quả triển khai Chỉ thị 38 về tiêu chuẩn, đo lường, chất lượng năm 2026 (theo đề nghị của Chi cục qua điện thoại ngày 20/10) như sau:",
       [b1, b2, b3, b4, b5], "Xã xin phản ánh khó khăn:", d, "Kiến nghị của xã:", p,
       "Bản có chữ ký xã sẽ gửi qua hệ thống văn bản điện tử sau ạ.",
       ["Lê Thị Thu Hà - Phòng Kinh tế xã Đất Đỏ", "ĐT: 0254 3868 021 - 0908 155 276"])
key("dat-do-tra-loi-cv-chicuc.docx", "26680", "Xã Đất Đỏ", "388/UBND-KT", "2026-10-29", [
    E("II.1.a", "completed", {"communications": 4}, b1),
    E("II.2.d", "in_progress", {"enterprises_supported": 3}, b2),
    E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 11}, b3),
    E("II.5.b", "not_applicable", {}, b4),
    E("II.2.đ", "in_progress", {}, b5)], d, p)

# Xã Bàu Bàng — MISTAKEN (phòng, chống thiên tai)
h1_doc("bau-bang-bao-cao.docx", ["UBND XÃ BÀU BÀNG", "Số: 402/UBND"],
       "Kính gửi: Ban Chỉ huy Phòng thủ dân sự Thành phố",
       "Dạ, UBND xã Bàu Bàng gửi báo cáo kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 10 tháng đầu năm 2026 như sau:",
       ["Từ đầu năm đến nay trên địa bàn xã xảy ra 03 đợt mưa lớn kèm lốc xoáy, làm tốc mái 14 căn nhà, ngã đổ 220 cây cao su; xã đã huy động lực lượng dân quân, công an hỗ trợ khắc phục trong ngày, không có thiệt hại về người.",
        "Xã đã kiện toàn Ban Chỉ huy phòng thủ dân sự xã, xây dựng phương án ứng phó với mưa lớn, ngập úng cục bộ theo phương châm 4 tại chỗ; tổ chức 01 buổi diễn tập cứu nạn có 85 người tham gia.",
        "Việc nạo vét kênh mương thoát nước ở ấp Bàu Hốt và ấp Cầu Sắt đã làm xong trước mùa mưa."],
       "Xã xin phản ánh khó khăn:",
       ["Trang thiết bị phục vụ cứu hộ, cứu nạn của xã còn thiếu, nhất là máy cưa, áo phao, đèn pin."],
       "Xã kiến nghị:",
       ["Đề nghị Thành phố hỗ trợ kinh phí mua sắm trang thiết bị phòng, chống thiên tai cho cấp xã."],
       "Trân trọng báo cáo để Ban Chỉ huy tổng hợp.",
       ["Phan Minh Tâm - Văn phòng HĐND-UBND xã Bàu Bàng", "ĐT: 0274 3566 109",
        "Gửi lúc 09:15 ngày 26/10/2026"])
key("bau-bang-bao-cao.docx", "25822", "Xã Bàu Bàng", "402/UBND", "2026-10-26", [], [], [],
    status="rejected",
    reason="Không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW: đây là báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn gửi nhầm.")

# Đặc khu Côn Đảo
b1 = "Đặc khu đã phối hợp với Chi cục kiểm tra phương tiện đo tại các cửa hàng xăng dầu và chợ Côn Đảo, 01 đoàn kiểm tra, 09 cơ sở, có 01 cơ sở vi phạm bị phạt 2,5 triệu đồng. Cân đối chứng tại chợ Côn Đảo và chợ hải sản Bến Đầm đã kiểm định 02 chiếc. Đợt kiểm tra năm 2026 đã làm xong ạ."
b2 = "Đặc khu hướng dẫn các cơ sở sản xuất đặc sản (hạt bàng, mắm, hải sản khô) làm tem truy xuất nguồn gốc, đến nay đã hướng dẫn được 05 cơ sở, đang làm tiếp với các cơ sở còn lại."
b3 = "Tuyên truyền trên Trung tâm Truyền thông - Văn hóa - Thể thao đặc khu được 08 tin, đang tiếp tục đưa tin trong quý IV."
b4 = "Cử cán bộ đi tập huấn nghiệp vụ thì năm nay đặc khu chưa cử được do lớp tổ chức ở đất liền, đi lại khó khăn."
d = ["Việc đi lại giữa đặc khu và đất liền tốn kém, phụ thuộc thời tiết nên cán bộ khó tham gia tập huấn tại Thành phố.",
     "Trên đặc khu chưa có tổ chức kiểm định nên phương tiện đo phải chờ đoàn từ đất liền ra."]
p = ["Đề nghị Chi cục tổ chức tập huấn trực tuyến hoặc mở lớp tại Côn Đảo.",
     "Đề nghị bố trí đoàn kiểm định lưu động ra đặc khu mỗi năm ít nhất 01 lần."]
h1_doc("con-dao-ct38-2026.docx", ["ỦY BAN NHÂN DÂN ĐẶC KHU CÔN ĐẢO", "Phòng Kinh tế"],
       "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
       "Dạ, Phòng Kinh tế đặc khu Côn Đảo gửi anh chị báo cáo tình hình thực hiện Chỉ thị 38 năm 2026 trên địa bàn đặc khu như sau:",
       [b1, b2, b3, b4], "Đặc khu xin phản ánh một số khó khăn:", d, "Đặc khu kiến nghị:", p,
       "Do đường truyền ở đảo chập chờn nên em gửi bản Word, bản ký số sẽ gửi sau.",
       ["Trần Quốc Việt - Phòng Kinh tế, UBND đặc khu Côn Đảo", "ĐT: 0254 3830 447",
        "Gửi lúc 10:05 ngày 30/10/2026"])
key("con-dao-ct38-2026.docx", "26732", "Đặc khu Côn Đảo", None, "2026-10-30", [
    E("II.5.c", "completed", {"inspections": 1, "establishments_inspected": 9, "violations": 1,
                              "fines_vnd": 2500000, "instruments_verified": 2}, b1),
    E("II.2.a", "in_progress", {"enterprises_supported": 5}, b2),
    E("II.1.a", "in_progress", {"communications": 8}, b3),
    E("II.3.a", "not_started", {}, b4)], d, p)


# ---------------------------------------------------------------- H2
# Hand 2 — "a. b. c. and Số liệu tổng hợp": a ward culture-economy officer who writes a
# short formal report, header lines as plain centred paragraphs (no table), results as
# lettered items "a." "b." "c." "d." "đ." each ending in a short status sentence
# ("Đã thực hiện xong." / "Đang tiếp tục thực hiện." / "Chưa thực hiện."), with (almost)
# no numbers in the items: the figures are gathered in one final "Số liệu tổng hợp:"
# paragraph, items separated by semicolons. Difficulties and proposals also lettered.

def h2_doc(fname, ward_upper, number, placeline, title, intro, items, summary, diffs, props, signer):
    doc = Document()
    setfont(doc, "Times New Roman", 13)
    para(doc, "ỦY BAN NHÂN DÂN", align="c", space_after=0)
    para(doc, ward_upper, bold=True, align="c", space_after=0)
    para(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align="c", space_after=0)
    para(doc, "Độc lập - Tự do - Hạnh phúc", bold=True, align="c")
    para(doc, "Số: " + number, space_after=0)
    para(doc, placeline, italic=True, align="r")
    para(doc, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(doc, title, bold=True, align="c")
    para(doc, intro, align="j", indent=1)
    para(doc, "1. Kết quả thực hiện", bold=True)
    for it in items:
        para(doc, it, align="j", indent=1)
    pp = para(doc, "", align="j", indent=1)
    r = pp.add_run("Số liệu tổng hợp: "); r.bold = True
    pp.add_run(summary)
    para(doc, "2. Khó khăn, vướng mắc", bold=True)
    for i, d in enumerate(diffs):
        para(doc, "abcdđ"[i] + ". " + d, align="j", indent=1)
    para(doc, "3. Kiến nghị", bold=True)
    for i, x in enumerate(props):
        para(doc, "abcdđ"[i] + ". " + x, align="j", indent=1)
    para(doc, "Trên đây là báo cáo của Ủy ban nhân dân phường./.", indent=1)
    para(doc, "TM. ỦY BAN NHÂN DÂN", bold=True, align="r", space_after=0)
    para(doc, "KT. CHỦ TỊCH", bold=True, align="r", space_after=0)
    para(doc, "PHÓ CHỦ TỊCH", bold=True, align="r")
    para(doc, "")
    para(doc, signer, bold=True, align="r")
    doc.save(os.path.join(HERE, fname))


# Phường Tân Định
ia = "a. Công tác tuyên truyền: phường đăng tin, bài về pháp luật tiêu chuẩn, đo lường, chất lượng trên trang thông tin điện tử và bảng tin các khu phố; phối hợp Ban quản lý chợ Tân Định tổ chức hội nghị phổ biến cho tiểu thương về cân đúng, ghi nhãn hàng hóa. Đã thực hiện xong."
ib = "b. Phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đo lường, nhãn hàng hóa tại chợ Tân Định và các cửa hàng vàng bạc trên đường Hai Bà Trưng; tiếp nhận cân đối chứng, đưa đi kiểm định định kỳ. Đang tiếp tục thực hiện theo kế hoạch."
ic = "c. Cử công chức tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Sở Khoa học và Công nghệ tổ chức. Đã thực hiện xong."
idd = "d. Gửi thông báo, vận động doanh nghiệp trên địa bàn tìm hiểu, đăng ký tham dự Giải thưởng Chất lượng Quốc gia. Đang tiếp tục thực hiện."
summ = "tin, bài tuyên truyền 12; hội nghị phổ biến 01 (82 lượt người dự); kiểm tra 05 cuộc, 38 cơ sở được kiểm tra, 04 cơ sở vi phạm, phạt tiền 14.250.000 đồng; cân đối chứng được kiểm định 03 chiếc; công chức dự tập huấn 03 người; doanh nghiệp được hướng dẫn hồ sơ Giải thưởng 02."
d = ["Chợ Tân Định có nhiều hộ kinh doanh nhỏ, thay đổi thường xuyên nên khó theo dõi việc sử dụng cân.",
     "Phường chưa có công chức chuyên trách, phải kiêm nhiệm thêm lĩnh vực tiêu chuẩn, đo lường, chất lượng."]
p = ["Đề nghị Chi cục hỗ trợ thêm cân đối chứng cho chợ Tân Định.",
     "Đề nghị Sở tổ chức tập huấn định kỳ hằng năm cho công chức phường, xã."]
h2_doc("tan-dinh-245-bc-ubnd.docx", "PHƯỜNG TÂN ĐỊNH", "245/BC-UBND",
       "Tân Định, ngày 26 tháng 10 năm 2026",
       "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Chỉ thị 38-CT/TW)",
       "Thực hiện Công văn của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Tân Định báo cáo như sau:",
       [ia, ib, ic, idd], summ, d, p, "Võ Thị Mỹ Dung")
key("tan-dinh-245-bc-ubnd.docx", "26737", "Phường Tân Định", "245/BC-UBND", "2026-10-26", [
    E("II.1.a", "completed", {"communications": 12, "training_courses": 1, "participants": 82}, ia),
    E("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 38, "violations": 4,
                                "fines_vnd": 14250000, "instruments_verified": 3}, ib),
    E("II.3.a", "completed", {"participants": 3}, ic),
    E("II.1.b", "in_progress", {"enterprises_supported": 2}, idd)], d, p)

# Phường Chợ Lớn
ia = "a. Tuyên truyền về chất lượng sản phẩm, hàng hóa, nhãn hàng hóa trên trang thông tin điện tử phường, băng rôn tại các tuyến đường kinh doanh. Đang tiếp tục thực hiện."
ib = "b. Phối hợp Chi cục kiểm tra chất lượng mũ bảo hiểm, đồ chơi trẻ em tại các cửa hàng trên địa bàn. Đang tiếp tục thực hiện."
ic = "c. Phối hợp Chi cục lấy mẫu mũ bảo hiểm khảo sát chất lượng, gửi thử nghiệm. Đã thực hiện xong, đã có kết quả."
idd = "d. Tiếp nhận tin báo của người dân về việc sử dụng cân không đảm bảo tại chợ, phối hợp xác minh, chuyển cơ quan có thẩm quyền xử lý. Đã thực hiện xong."
ie = "đ. Xây dựng lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho bộ phận một cửa của phường sau sắp xếp. Đang thực hiện."
summ = "tin bài 09; kiểm tra 04 cuộc/26 cơ sở; vi phạm 03; phạt 9 triệu đồng; mẫu mũ bảo hiểm gửi thử nghiệm 06 mẫu; tin báo của người dân 02."
d = ["Hàng hóa nhập khẩu bày bán nhiều, khó xác định nguồn gốc khi kiểm tra."]
p = ["Đề nghị Chi cục cung cấp danh mục sản phẩm, hàng hóa nhóm 2 thường vi phạm để phường tuyên truyền.",
     "Đề nghị tổ chức kiểm tra liên ngành định kỳ tại khu vực chợ."]
h2_doc("cho-lon-bc-318.docx", "PHƯỜNG CHỢ LỚN", "318/BC-UBND",
       "Chợ Lớn, ngày 30 tháng 10 năm 2026",
       "Tình hình thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
       "Căn cứ Kế hoạch của Sở Khoa học và Công nghệ triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 và đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân phường Chợ Lớn báo cáo kết quả như sau:",
       [ia, ib, ic, idd, ie], summ, d, p, "Quách Thành Long")
key("cho-lon-bc-318.docx", "27343", "Phường Chợ Lớn", "318/BC-UBND", "2026-10-30", [
    E("II.1.a", "in_progress", {"communications": 9}, ia),
    E("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 26, "violations": 3,
                                "fines_vnd": 9000000}, ib),
    E("II.5.b", "completed", {"samples_tested": 6}, ic),
    E("II.5.d", "completed", {}, idd),
    E("II.2.đ", "in_progress", {}, ie)], d, p)

# Phường Lái Thiêu
ia = "a. Lồng ghép tuyên truyền Chỉ thị 38 và pháp luật về tiêu chuẩn, đo lường, chất lượng trong các buổi sinh hoạt khu phố, đăng bài trên trang thông tin phường. Đã thực hiện xong."
ib = "b. Phối hợp Chi cục hướng dẫn doanh nghiệp gốm sứ, chế biến gỗ áp dụng hệ thống quản lý chất lượng, công bố hợp chuẩn, hợp quy. Đang tiếp tục thực hiện."
ic = "c. Hướng dẫn nhà vườn trồng măng cụt, sầu riêng đặc sản Lái Thiêu đăng ký mã số vùng trồng, dán tem truy xuất nguồn gốc (mã QR). Đang thực hiện."
idd = "d. Phối hợp kiểm tra đo lường tại các cửa hàng xăng dầu; không phát hiện vi phạm. Đã thực hiện xong."
ie = "đ. Góp ý dự thảo quy chuẩn kỹ thuật địa phương theo đề nghị của Sở Khoa học và Công nghệ. Đã thực hiện xong."
summ = "05 bài tuyên truyền; 04 doanh nghiệp được hướng dẫn áp dụng hệ thống quản lý, công bố; 07 hộ nhà vườn được hướng dẫn truy xuất nguồn gốc; 02 cuộc kiểm tra tại 06 cửa hàng xăng dầu; góp ý 01 dự thảo quy chuẩn."
d = ["Nhà vườn phần lớn lớn tuổi, chưa quen sử dụng điện thoại thông minh để cập nhật nhật ký truy xuất."]
p = ["Đề nghị Sở hỗ trợ chi phí in tem truy xuất nguồn gốc cho nhà vườn năm đầu."]
h2_doc("lai-thieu-156.docx", "PHƯỜNG LÁI THIÊU", "156/BC-UBND",
       "Lái Thiêu, ngày 22 tháng 10 năm 2026",
       "Kết quả thực hiện Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026",
       "Thực hiện đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố, Ủy ban nhân dân phường Lái Thiêu báo cáo kết quả thực hiện như sau:",
       [ia, ib, ic, idd, ie], summ, d, p, "Huỳnh Văn Sang")
key("lai-thieu-156.docx", "25966", "Phường Lái Thiêu", "156/BC-UBND", "2026-10-22", [
    E("II.1.a", "completed", {"communications": 5}, ia),
    E("II.2.d", "in_progress", {"enterprises_supported": 4}, ib),
    E("II.2.a", "in_progress", {"enterprises_supported": 7}, ic),
    E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 6}, idd),
    E("II.2.e", "completed", {"standards_reviewed": 1}, ie)], d, p)


# ---------------------------------------------------------------- H4
# Hand 4 — "month by month": a ward office clerk who writes the quarter report as three
# month blocks ("Tháng 7/2026:", "Tháng 8/2026:", "Tháng 9/2026:") of dash lines, mixing
# tasks inside each month, then a "Cộng quý III:" line with the quarter totals and a
# closing "Tình hình chung đến hết tháng 9" paragraph in which each job gets its state.
# Header is a borderless two-column table. Difficulties/proposals as "+ " lines.

def h4_doc(fname, left, number, placeline, title, intro, months, total, state, diffs, props, signer):
    doc = Document()
    setfont(doc, "Times New Roman", 13)
    t = doc.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    c0.text = left + "\nSố: " + number
    c1.text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" + placeline
    for c in (c0, c1):
        for pp in c.paragraphs:
            pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(doc, "")
    para(doc, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(doc, title, bold=True, align="c")
    para(doc, intro, align="j", indent=1)
    for head, lines in months:
        para(doc, head, bold=True, italic=True, space_after=2)
        for l in lines:
            para(doc, "- " + l, align="j", space_after=2)
    pp = para(doc, "", align="j")
    r = pp.add_run("Cộng quý III: "); r.bold = True
    pp.add_run(total)
    para(doc, state, align="j", indent=1)
    para(doc, "Khó khăn:", bold=True, space_after=2)
    for x in diffs:
        para(doc, "+ " + x, space_after=2)
    para(doc, "Kiến nghị:", bold=True, space_after=2)
    for x in props:
        para(doc, "+ " + x, space_after=2)
    para(doc, "")
    para(doc, "CHỦ TỊCH", bold=True, align="r")
    para(doc, "")
    para(doc, signer, bold=True, align="r")
    doc.save(os.path.join(HERE, fname))


# Phường Bàn Cờ
m7 = ["Đăng 03 tin trên trang thông tin điện tử phường về ghi nhãn hàng hóa, cân đo đúng.",
      "Cử 02 công chức dự 01 lớp tập huấn nghiệp vụ đo lường, chất lượng cho công chức phường, xã do Chi cục tổ chức."]
m8 = ["Phối hợp Chi cục kiểm tra 01 cuộc tại chợ Bàn Cờ, 14 hộ kinh doanh, 01 hộ vi phạm cân thiếu, phạt 1.500.000 đồng.",
      "Đăng 02 tin tuyên truyền trên nhóm Zalo các khu phố."]
m9 = ["Kiểm tra tiếp 01 cuộc tại các cửa hàng kinh doanh khí dầu mỏ hóa lỏng, 05 cửa hàng, không vi phạm.",
      "Đưa 02 cân đối chứng tại chợ đi kiểm định.",
      "Rà soát, cập nhật quy trình ISO 9001:2015 cho các thủ tục hành chính tiếp nhận tại bộ phận một cửa."]
tot = "tin tuyên truyền 05 tin; kiểm tra 02 cuộc, 19 cơ sở; vi phạm 01; tiền phạt 1.500.000 đồng; cân đối chứng kiểm định 02 cái."
st = "Tình hình chung đến hết tháng 9: việc tuyên truyền phường làm thường xuyên, tiếp tục trong quý IV; việc cử công chức đi tập huấn đã xong; kiểm tra đo lường tại chợ và cửa hàng vẫn đang tiếp tục theo kế hoạch; hệ thống ISO của phường đang duy trì, cập nhật."
d = ["Chợ Bàn Cờ đang sửa chữa nên việc bố trí điểm cân đối chứng chưa ổn định."]
p = ["Đề nghị Chi cục hướng dẫn cách lập sổ theo dõi cân đối chứng tại chợ."]
h4_doc("ban-co-bc-quy3.docx", "ỦY BAN NHÂN DÂN\nPHƯỜNG BÀN CỜ", "97/BC-UBND",
       "Bàn Cờ, ngày 05 tháng 10 năm 2026",
       "Kết quả công tác tiêu chuẩn, đo lường, chất lượng quý III năm 2026",
       "Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, UBND phường Bàn Cờ báo cáo kết quả quý III/2026 theo từng tháng như sau:",
       [("Tháng 7/2026:", m7), ("Tháng 8/2026:", m8), ("Tháng 9/2026:", m9)], tot, st, d, p, "Đinh Công Khải")
key("ban-co-bc-quy3.docx", "27154", "Phường Bàn Cờ", "97/BC-UBND", "2026-10-05", [
    E("II.1.a", "in_progress", {"communications": 5}, m7[0] + " " + m8[1]),
    E("II.3.a", "completed", {"participants": 2, "training_courses": 1}, m7[1]),
    E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 19, "violations": 1,
                                "fines_vnd": 1500000, "instruments_verified": 2}, m8[0] + " " + m9[0] + " " + m9[1]),
    E("II.2.đ", "in_progress", {}, m9[2])], d, p)

# Phường Vĩnh Hội
m7 = ["Đăng 02 tin về Ngày Đo lường Việt Nam trên trang thông tin phường.",
      "Tổ chức 01 buổi tập huấn cho 35 hộ kinh doanh về nhãn hàng hóa, cân đo."]
m8 = ["Phối hợp Chi cục kiểm tra đo lường xăng dầu 01 cuộc, 03 cửa hàng, 01 cửa hàng vi phạm, phạt 5.000.000 đồng."]
m9 = ["Kiểm tra tiếp 01 cuộc tại 08 cơ sở kinh doanh vàng bạc, không vi phạm.",
      "Đăng 01 tin.",
      "Gửi thư mời, vận động 01 doanh nghiệp trên địa bàn tìm hiểu Giải thưởng Chất lượng Quốc gia."]
tot = "tin 03; tập huấn 01 buổi/35 người; kiểm tra 02 cuộc/11 cơ sở; vi phạm 01; phạt 5.000.000 đồng."
st = "Tình hình chung đến hết tháng 9: tuyên truyền đang tiếp tục; kiểm tra đo lường đang tiếp tục, quý IV kiểm tra cân tại chợ Xóm Chiếu cũ; vận động doanh nghiệp tham dự Giải thưởng đang thực hiện, chưa có doanh nghiệp nộp hồ sơ."
d = ["Kinh phí cho hoạt động tuyên truyền của phường chưa được bố trí riêng.",
     "Các cơ sở kinh doanh vàng bạc chưa chủ động kiểm định cân."]
p = ["Đề nghị Chi cục phối hợp tổ chức kiểm tra chuyên đề vàng bạc trên địa bàn phường trong quý IV."]
h4_doc("vinh-hoi-112.docx", "UBND PHƯỜNG VĨNH HỘI\nVĂN PHÒNG HĐND VÀ UBND", "112/BC-UBND",
       "Vĩnh Hội, ngày 08 tháng 10 năm 2026",
       "Tình hình thực hiện nhiệm vụ tiêu chuẩn, đo lường, chất lượng quý III/2026",
       "UBND phường Vĩnh Hội báo cáo kết quả thực hiện các nội dung của Kế hoạch triển khai Chỉ thị 38 trong quý III/2026 như sau:",
       [("Tháng 7/2026:", m7), ("Tháng 8/2026:", m8), ("Tháng 9/2026:", m9)], tot, st, d, p, "Phạm Ngọc Bích")
key("vinh-hoi-112.docx", "27286", "Phường Vĩnh Hội", "112/BC-UBND", "2026-10-08", [
    E("II.1.a", "in_progress", {"communications": 3, "training_courses": 1, "participants": 35}, m7[0] + " " + m7[1] + " " + m9[1]),
    E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 11, "violations": 1,
                                "fines_vnd": 5000000}, m8[0] + " " + m9[0]),
    E("II.1.b", "in_progress", {"enterprises_supported": 1}, m9[2])], d, p)

# Xã Ngãi Giao (re-saved through LibreOffice)
m7 = ["Hướng dẫn 02 hợp tác xã cà phê, hồ tiêu đăng ký tem truy xuất nguồn gốc (mã QR)."]
m8 = ["Hướng dẫn thêm 03 cơ sở sản xuất (hạt điều, mật ong) làm tem truy xuất.",
      "Phối hợp Chi cục kiểm tra cân tại chợ Ngãi Giao 01 cuộc, 21 hộ, 03 hộ vi phạm, phạt 4.500.000 đồng."]
m9 = ["Phát 04 tin tuyên truyền về đo lường, chất lượng trên loa truyền thanh các ấp.",
      "01 công chức dự lớp tập huấn trực tuyến về quản lý đo lường do Chi cục tổ chức."]
tot = "hỗ trợ truy xuất nguồn gốc 05 cơ sở; kiểm tra 01 cuộc, 21 hộ; vi phạm 03; phạt 4.500.000 đồng; tin tuyên truyền 04; dự tập huấn 01 người."
st = "Tình hình chung đến hết tháng 9: hỗ trợ truy xuất nguồn gốc đang tiếp tục với các hợp tác xã còn lại; kiểm tra cân đã xong đợt quý III, quý IV tiếp tục kiểm tra; tuyên truyền tiếp tục thực hiện; cử cán bộ tập huấn đã hoàn thành."
d = ["Một số hợp tác xã chưa có máy in tem, phải thuê in bên ngoài."]
p = ["Đề nghị Sở hỗ trợ hợp tác xã phần mềm truy xuất nguồn gốc miễn phí năm đầu.",
     "Đề nghị Chi cục cấp thêm 01 cân đối chứng cho chợ Ngãi Giao."]
h4_doc("ngai-giao-bc-q3-2026.docx", "UBND XÃ NGÃI GIAO", "64/BC-UBND",
       "Ngãi Giao, ngày 06 tháng 10 năm 2026",
       "Kết quả thực hiện Chỉ thị 38-CT/TW quý III năm 2026",
       "Ủy ban nhân dân xã Ngãi Giao báo cáo kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng trong quý III/2026 như sau:",
       [("Tháng 7/2026:", m7), ("Tháng 8/2026:", m8), ("Tháng 9/2026:", m9)], tot, st, d, p, "Nguyễn Thị Kim Oanh")
key("ngai-giao-bc-q3-2026.docx", "26575", "Xã Ngãi Giao", "64/BC-UBND", "2026-10-06", [
    E("II.2.a", "in_progress", {"enterprises_supported": 5}, m7[0] + " " + m8[0]),
    E("II.5.c", "in_progress", {"inspections": 1, "establishments_inspected": 21, "violations": 3,
                                "fines_vnd": 4500000}, m8[1]),
    E("II.1.a", "in_progress", {"communications": 4}, m9[0]),
    E("II.3.a", "completed", {"participants": 1}, m9[1])], d, p)


# ---------------------------------------------------------------- H3
# Hand 3 — "Công việc | Thời gian | Đơn vị phối hợp | Kết quả": a ward officer's Excel
# work table; header lines typed in column A/D, the status only as a bracket at the end
# of the Kết quả cell ("(xong)", "(đang làm)", "(chưa làm)", "(không phát sinh)"),
# "Khó khăn:" / "Kiến nghị:" rows under the table with numbered items in column B.

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def h3_xlsx(fname, ward_upper, number, placeline, title, rows, diffs, props, signer):
    wb = Workbook(); ws = wb.active; ws.title = "Bao cao"
    ws["A1"] = "UBND " + ward_upper
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["A2"] = "Số: " + number
    ws["D3"] = placeline
    ws["A5"] = "BÁO CÁO"; ws.merge_cells("A5:E5")
    ws["A6"] = title; ws.merge_cells("A6:E6")
    for c in ("A1", "D1", "D2", "A5", "A6"):
        ws[c].font = Font(name="Times New Roman", bold=True, size=12)
    ws["A5"].alignment = ws["A6"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[6].height = 32
    hdr = ["STT", "Công việc", "Thời gian", "Đơn vị phối hợp", "Kết quả"]
    r0 = 8
    for j, h in enumerate(hdr):
        c = ws.cell(row=r0, column=j + 1, value=h)
        c.font = Font(name="Times New Roman", bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, row in enumerate(rows):
        vals = [i + 1] + list(row)
        for j, v in enumerate(vals):
            c = ws.cell(row=r0 + 1 + i, column=j + 1, value=v)
            c.border = BOX; c.alignment = WRAP; c.font = Font(name="Times New Roman", size=11)
    r = r0 + len(rows) + 2
    ws.cell(row=r, column=1, value="Khó khăn:").font = Font(bold=True)
    for i, x in enumerate(diffs):
        ws.cell(row=r + 1 + i, column=1, value=i + 1)
        ws.cell(row=r + 1 + i, column=2, value=x)
    r = r + len(diffs) + 2
    ws.cell(row=r, column=1, value="Kiến nghị:").font = Font(bold=True)
    for i, x in enumerate(props):
        ws.cell(row=r + 1 + i, column=1, value=i + 1)
        ws.cell(row=r + 1 + i, column=2, value=x)
    r = r + len(props) + 2
    ws.cell(row=r, column=4, value="KT. CHỦ TỊCH").font = Font(bold=True)
    ws.cell(row=r + 1, column=4, value="PHÓ CHỦ TỊCH").font = Font(bold=True)
    ws.cell(row=r + 4, column=4, value=signer).font = Font(bold=True)
    for col, w in zip("ABCDE", (6, 42, 16, 24, 58)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fname))


# Phường Phú Lâm
rw = [("Tuyên truyền pháp luật về đo lường, ghi nhãn cho tiểu thương chợ Phú Lâm", "Tháng 4 và tháng 9/2026", "Ban quản lý chợ, Hội LHPN phường",
       "Tổ chức 02 buổi tập huấn, 120 lượt tiểu thương dự; đăng 04 tin trên fanpage phường (xong)"),
      ("Kiểm tra đo lường cân tại chợ", "Quý II, quý III", "Chi cục TĐC, Công an phường",
       "03 cuộc, 46 hộ được kiểm tra, 05 hộ vi phạm, phạt 6.750.000 đồng (đang làm, quý IV kiểm tra tiếp)"),
      ("Kiểm định cân đối chứng tại chợ", "Tháng 6/2026", "Trung tâm Dịch vụ Phân tích thí nghiệm",
       "04 cân đối chứng đã kiểm định đạt, còn 01 cân chờ kiểm định (đang làm)"),
      ("Lấy mẫu xăng dầu khảo sát chất lượng", "Tháng 8/2026", "Chi cục TĐC",
       "Chi cục lấy 03 mẫu tại 03 cửa hàng trên địa bàn, phường cử người đi cùng; chưa có kết quả thử nghiệm (đang làm)"),
      ("Cử công chức đi tập huấn nghiệp vụ", "Tháng 5/2026", "Chi cục TĐC",
       "02 công chức dự 01 lớp (xong)"),
      ("Duy trì ISO 9001 tại bộ phận một cửa", "Cả năm", "Văn phòng HĐND-UBND",
       "Đang cập nhật quy trình sau khi sắp xếp lại bộ máy (đang làm)")]
d = ["Phường chưa có công chức chuyên trách lĩnh vực đo lường, chất lượng.",
     "Tiểu thương thay đổi nhiều, cân hư hỏng không báo cho Ban quản lý chợ."]
p = ["Đề nghị Chi cục hỗ trợ thêm 01 cân đối chứng loại 100 kg cho chợ Phú Lâm."]
h3_xlsx("phu-lam-bc-ct38.xlsx", "PHƯỜNG PHÚ LÂM", "203/BC-UBND", "Phú Lâm, ngày 27 tháng 10 năm 2026",
        "Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026", rw, d, p, "Lâm Gia Huy")
tx = lambda row: row[0] + ": " + row[3]
key("phu-lam-bc-ct38.xlsx", "27349", "Phường Phú Lâm", "203/BC-UBND", "2026-10-27", [
    E("II.1.a", "completed", {"training_courses": 2, "participants": 120, "communications": 4}, tx(rw[0])),
    E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 46, "violations": 5,
                                "fines_vnd": 6750000, "instruments_verified": 4}, tx(rw[1]) + " " + tx(rw[2])),
    E("II.5.b", "in_progress", {"samples_tested": 3}, tx(rw[3])),
    E("II.3.a", "completed", {"participants": 2, "training_courses": 1}, tx(rw[4])),
    E("II.2.đ", "in_progress", {}, tx(rw[5]))], d, p)

# Phường Thuận An
rw = [("Tuyên truyền Chỉ thị 38, pháp luật TĐC", "Quý I - quý III", "Đài truyền thanh phường",
       "07 tin bài; 01 hội nghị cho hộ kinh doanh, 60 người dự (xong)"),
      ("Hướng dẫn doanh nghiệp công bố hợp quy, ghi nhãn hàng hóa", "Thường xuyên", "Chi cục TĐC",
       "Hướng dẫn 06 doanh nghiệp (đang làm)"),
      ("Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia", "Quý I - quý II", "Chi cục TĐC",
       "Chưa triển khai do chưa nhận được hướng dẫn, thể lệ (chưa làm)"),
      ("Kiểm tra xăng dầu, cân tại chợ", "Quý III", "Chi cục TĐC, Đội QLTT",
       "02 đoàn, 09 cơ sở, 01 cơ sở vi phạm, phạt 12.500.000 đồng (xong)"),
      ("Tiếp nhận phản ánh, tố giác vi phạm về đo lường, chất lượng", "", "Công an phường",
       "Không có phản ánh (không phát sinh)")]
d = ["Nhiều doanh nghiệp trong khu công nghiệp không thuộc phường quản lý trực tiếp nên khó nắm số liệu."]
p = ["Đề nghị Chi cục gửi danh sách doanh nghiệp đã công bố hợp quy trên địa bàn để phường theo dõi.",
     "Đề nghị hướng dẫn cách thức phối hợp khi tiếp nhận tố giác vi phạm."]
h3_xlsx("thuan-an-188.xlsx", "PHƯỜNG THUẬN AN", "188/BC-UBND", "Thuận An, ngày 28 tháng 10 năm 2026",
        "Tình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026", rw, d, p, "Trương Minh Nhựt")
key("thuan-an-188.xlsx", "25978", "Phường Thuận An", "188/BC-UBND", "2026-10-28", [
    E("II.1.a", "completed", {"communications": 7, "training_courses": 1, "participants": 60}, tx(rw[0])),
    E("II.2.d", "in_progress", {"enterprises_supported": 6}, tx(rw[1])),
    E("II.1.b", "not_started", {}, tx(rw[2])),
    E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 9, "violations": 1,
                              "fines_vnd": 12500000}, tx(rw[3])),
    E("II.5.d", "not_applicable", {}, tx(rw[4]))], d, p)

# Xã Hồ Tràm
rw = [("Tuyên truyền trên loa, nhóm Zalo các ấp", "Cả năm", "Các ấp",
       "10 tin (đang làm)"),
      ("Hỗ trợ cơ sở chế biến hải sản làm tem truy xuất nguồn gốc, tham gia OCOP", "Quý II - quý III", "Chi cục TĐC, Phòng Kinh tế",
       "04 cơ sở được hướng dẫn dán tem (đang làm)"),
      ("Kiểm tra cân tại chợ xã", "Tháng 9/2026", "Chi cục TĐC",
       "01 cuộc, 12 hộ, 02 hộ vi phạm, phạt 2.000.000đ (xong)"),
      ("Cử công chức đi tập huấn", "", "",
       "Chưa cử được người (chưa làm)")]
d = ["Xã rộng, chợ và cơ sở chế biến ở xa trung tâm, công chức kiêm nhiệm nhiều việc."]
p = ["Đề nghị Chi cục mở lớp tập huấn tại khu vực các xã ven biển."]
h3_xlsx("ho-tram-bc.xlsx", "XÃ HỒ TRÀM", "77/BC-UBND", "Hồ Tràm, ngày 31 tháng 10 năm 2026",
        "Báo cáo kết quả thực hiện Chỉ thị 38 năm 2026", rw, d, p, "Tô Văn Hiền")
key("ho-tram-bc.xlsx", "26620", "Xã Hồ Tràm", "77/BC-UBND", "2026-10-31", [
    E("II.1.a", "in_progress", {"communications": 10}, tx(rw[0])),
    E("II.2.a", "in_progress", {"enterprises_supported": 4}, tx(rw[1])),
    E("II.5.c", "completed", {"inspections": 1, "establishments_inspected": 12, "violations": 2,
                              "fines_vnd": 2000000}, tx(rw[2])),
    E("II.3.a", "not_started", {}, tx(rw[3]))], d, p)

# Phường Chánh Hưng — MISTAKEN (chuyển đổi số)
rw = [("Hướng dẫn người dân kích hoạt tài khoản định danh điện tử VNeID mức 2", "Tháng 1 - tháng 9/2026", "Công an phường, Đoàn Thanh niên",
       "Kích hoạt thêm 4.215 tài khoản (xong)"),
      ("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Thường xuyên", "Bộ phận một cửa",
       "Số hóa 92% hồ sơ tiếp nhận (đang làm)"),
      ("Vận động tiểu thương thanh toán không dùng tiền mặt", "Quý II - quý III", "Ban quản lý chợ, ngân hàng",
       "312 hộ có mã QR thanh toán (đang làm)"),
      ("Tổ công nghệ số cộng đồng các khu phố", "Tháng 3/2026", "Mặt trận Tổ quốc phường",
       "Kiện toàn 18 tổ (xong)")]
h3_xlsx("chanh-hung-bao-cao-9t.xlsx", "PHƯỜNG CHÁNH HƯNG", "276/BC-UBND", "Chánh Hưng, ngày 14 tháng 10 năm 2026",
        "Kết quả thực hiện chuyển đổi số 9 tháng năm 2026", rw,
        ["Hạ tầng mạng tại một số khu phố chưa ổn định."],
        ["Đề nghị Thành phố bố trí kinh phí cho Tổ công nghệ số cộng đồng."], "Nguyễn Hoàng Phương")
key("chanh-hung-bao-cao-9t.xlsx", "27418", "Phường Chánh Hưng", "276/BC-UBND", "2026-10-14", [], [], [],
    status="rejected",
    reason="Không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW: đây là báo cáo kết quả chuyển đổi số 9 tháng năm 2026 gửi nhầm.")


# ---------------------------------------------------------------- H5
# Hand 5 — "Định tính / Định lượng": a ward officer trained on a statistics course who
# splits each job into a descriptive cell ("Định tính") and a figures cell ("Định lượng")
# written as plain numbers without zero-padding followed by the noun, separated by
# semicolons, money in "triệu đồng" with a decimal comma; a short "Tình hình" column
# (Đã xong / Đang làm / Chưa làm / Không có); date as dd/mm/yyyy in the place line.

def h5_xlsx(fname, ward_upper, number, placeline, title, rows, diffs, props, signer):
    wb = Workbook(); ws = wb.active; ws.title = "BC CT38"
    ws["A1"] = "ỦY BAN NHÂN DÂN"; ws["A2"] = ward_upper
    ws["A3"] = "Số: " + number
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["D3"] = placeline
    ws["A5"] = title; ws.merge_cells("A5:E5")
    ws["A5"].font = Font(bold=True, size=13); ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[5].height = 34
    hdr = ["STT", "Nội dung", "Định tính", "Định lượng", "Tình hình"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=7, column=j + 1, value=h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center")
    for i, row in enumerate(rows):
        for j, v in enumerate([i + 1] + list(row)):
            c = ws.cell(row=8 + i, column=j + 1, value=v); c.border = BOX; c.alignment = WRAP
    r = 8 + len(rows) + 1
    ws.cell(row=r, column=1, value="Khó khăn, vướng mắc").font = Font(bold=True, italic=True)
    for i, x in enumerate(diffs):
        ws.cell(row=r + 1 + i, column=2, value="- " + x)
    r = r + len(diffs) + 1
    ws.cell(row=r, column=1, value="Đề xuất, kiến nghị").font = Font(bold=True, italic=True)
    for i, x in enumerate(props):
        ws.cell(row=r + 1 + i, column=2, value="- " + x)
    r = r + len(props) + 2
    ws.cell(row=r, column=4, value="TM. ỦY BAN NHÂN DÂN").font = Font(bold=True)
    ws.cell(row=r + 1, column=4, value="CHỦ TỊCH").font = Font(bold=True)
    ws.cell(row=r + 4, column=4, value=signer).font = Font(bold=True)
    for col, w in zip("ABCDE", (5, 34, 48, 30, 12)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fname))


tx5 = lambda row: " ".join(x for x in (row[0] + ":", row[1], row[2]) if x)

# Phường Bình Tây
rw = [("Tuyên truyền", "Lồng ghép vào họp khu phố, phát tờ rơi tại chợ Bình Tây, tổ chức hội nghị cho tiểu thương", "6 tin bài; 1 hội nghị; 150 người tham dự", "Đã xong"),
      ("Kiểm tra đo lường, nhãn hàng hóa tại chợ Bình Tây", "Phối hợp Chi cục TĐC và Đội Quản lý thị trường", "4 cuộc; 52 cơ sở; 6 cơ sở vi phạm; phạt 10,5 triệu đồng", "Đang làm"),
      ("Khảo sát chất lượng đồ chơi trẻ em", "Chi cục lấy mẫu, phường cử cán bộ phối hợp", "8 mẫu", "Đã xong"),
      ("Duy trì ISO 9001:2015", "Cập nhật quy trình theo thủ tục hành chính mới", "", "Đang làm"),
      ("Tập huấn công chức", "Dự lớp do Chi cục tổ chức", "2 người", "Đã xong")]
d = ["Chợ Bình Tây đông hộ kinh doanh, nhiều hộ dùng cân không rõ nguồn gốc."]
p = ["Đề nghị Chi cục hỗ trợ chương trình đổi cân miễn phí cho tiểu thương chợ Bình Tây.",
     "Đề nghị gửi kết quả khảo sát đồ chơi trẻ em để phường thông báo cho người dân."]
h5_xlsx("binh-tay-265.xlsx", "PHƯỜNG BÌNH TÂY", "265/BC-UBND", "Bình Tây, ngày 23/10/2026",
        "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW NĂM 2026", rw, d, p, "Lý Quốc Bảo")
key("binh-tay-265.xlsx", "27367", "Phường Bình Tây", "265/BC-UBND", "2026-10-23", [
    E("II.1.a", "completed", {"communications": 6, "training_courses": 1, "participants": 150}, tx5(rw[0])),
    E("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 52, "violations": 6,
                                "fines_vnd": 10500000}, tx5(rw[1])),
    E("II.5.b", "completed", {"samples_tested": 8}, tx5(rw[2])),
    E("II.2.đ", "in_progress", {}, tx5(rw[3])),
    E("II.3.a", "completed", {"participants": 2}, tx5(rw[4]))], d, p)

# Xã Long Hòa (re-saved through LibreOffice)
rw = [("Tuyên truyền", "Phát trên loa truyền thanh xã, nhóm Zalo các ấp", "5 tin", "Đang làm"),
      ("Truy xuất nguồn gốc sản phẩm nông nghiệp", "Hướng dẫn hợp tác xã, trang trại đăng ký mã QR truy xuất", "3 hợp tác xã", "Đang làm"),
      ("Kiểm tra cân, xăng dầu", "Phối hợp Chi cục kiểm tra tại chợ Long Hòa và cửa hàng xăng dầu", "2 cuộc; 7 cơ sở", "Đã xong"),
      ("Tập huấn công chức", "Chưa có lớp phù hợp", "", "Chưa làm"),
      ("Tiếp nhận tố giác vi phạm", "Trong kỳ không có tố giác", "", "Không có")]
d = ["Xã chưa có cán bộ phụ trách riêng, số liệu phải tổng hợp từ nhiều bộ phận."]
p = ["Đề nghị Chi cục mở lớp tập huấn cho công chức các xã khu vực Dầu Tiếng."]
h5_xlsx("long-hoa-bc-ct38.xlsx", "XÃ LONG HÒA", "59/BC-UBND", "Long Hòa, ngày 24/10/2026",
        "BÁO CÁO THỰC HIỆN CHỈ THỊ 38 VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026", rw, d, p, "Đoàn Văn Lộc")
key("long-hoa-bc-ct38.xlsx", "25792", "Xã Long Hòa", "59/BC-UBND", "2026-10-24", [
    E("II.1.a", "in_progress", {"communications": 5}, tx5(rw[0])),
    E("II.2.a", "in_progress", {"enterprises_supported": 3}, tx5(rw[1])),
    E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 7}, tx5(rw[2])),
    E("II.3.a", "not_started", {}, tx5(rw[3])),
    E("II.5.d", "not_applicable", {}, tx5(rw[4]))], d, p)

# Phường Bến Cát
rw = [("Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý chất lượng", "Phối hợp Chi cục giới thiệu ISO 9001, 5S, Kaizen cho doanh nghiệp trong khu công nghiệp Mỹ Phước; tổ chức hội thảo", "5 doanh nghiệp; 1 hội thảo; 64 người", "Đang làm"),
      ("Vận động tham dự Giải thưởng Chất lượng Quốc gia", "Gửi thư mời, hướng dẫn hồ sơ", "2 doanh nghiệp đăng ký", "Đã xong"),
      ("Kiểm tra đo lường xăng dầu", "Phối hợp Chi cục và Công an phường", "3 cuộc; 14 cửa hàng; 2 vi phạm; phạt 25 triệu đồng", "Đang làm"),
      ("Tuyên truyền", "Đăng trên trang thông tin điện tử phường", "4 tin", "Đã xong"),
      ("ISO hành chính", "Duy trì, cải tiến hệ thống ISO 9001:2015 tại bộ phận một cửa", "", "Đang làm")]
d = ["Doanh nghiệp FDI ít quan tâm đến Giải thưởng Chất lượng Quốc gia.",
     "Phường chưa có kinh phí hỗ trợ doanh nghiệp nhỏ thuê tư vấn."]
p = ["Đề nghị Sở có cơ chế hỗ trợ chi phí tư vấn áp dụng công cụ năng suất cho doanh nghiệp nhỏ và vừa."]
h5_xlsx("ben-cat-301-bc.xlsx", "PHƯỜNG BẾN CÁT", "301/BC-UBND", "Bến Cát, ngày 29/10/2026",
        "BÁO CÁO KẾT QUẢ CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026", rw, d, p, "Mai Thanh Tùng")
key("ben-cat-301-bc.xlsx", "25813", "Phường Bến Cát", "301/BC-UBND", "2026-10-29", [
    E("II.2.d", "in_progress", {"enterprises_supported": 5, "training_courses": 1, "participants": 64}, tx5(rw[0])),
    E("II.1.b", "completed", {"enterprises_supported": 2}, tx5(rw[1])),
    E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 14, "violations": 2,
                                "fines_vnd": 25000000}, tx5(rw[2])),
    E("II.1.a", "completed", {"communications": 4}, tx5(rw[3])),
    E("II.2.đ", "in_progress", {}, tx5(rw[4]))], d, p)


# ---------------------------------------------------------------- LibreOffice re-save
def lo_resave(fname, fmt):
    src = os.path.join(HERE, fname)
    with tempfile.TemporaryDirectory() as td:
        tmp_in = os.path.join(td, "in"); os.makedirs(tmp_in)
        shutil.copy(src, tmp_in)
        out = os.path.join(td, "out"); os.makedirs(out)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + td + "/prof",
                        "--convert-to", fmt, "--outdir", out, os.path.join(tmp_in, fname)],
                       check=True, capture_output=True, timeout=180)
        shutil.copy(os.path.join(out, fname), src)


lo_resave("ngai-giao-bc-q3-2026.docx", "docx")
lo_resave("long-hoa-bc-ct38.xlsx", "xlsx")

for fname, k in KEYS.items():
    with open(os.path.join(HERE, fname), "rb") as f:
        k["sha256"] = hashlib.sha256(f.read()).hexdigest()
    with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(k, f, ensure_ascii=False, indent=2)
print(len(KEYS), "files")
