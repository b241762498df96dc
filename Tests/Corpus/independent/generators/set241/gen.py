# -*- coding: utf-8 -*-
"""Generator for set241 (18 files, 5 hands). Writes the files and truth/*.json."""
import hashlib, json, os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)


def E(task, status, ind, text):
    return {"task": task, "status": status, "indicators": ind, "text": text}


def write_truth(fname, unit_id, unit_name, number, date, entries, diffs, props,
                status="extracted", reason=None):
    p = os.path.join(OUT, fname)
    sha = hashlib.sha256(open(p, "rb").read()).hexdigest()
    key = {"file": fname, "sha256": sha, "status": status, "reason": reason,
           "unit": {"id": unit_id, "name": unit_name},
           "document": {"number": number, "date": date},
           "entries": [] if status == "rejected" else entries,
           "findings": [],
           "difficulties": [] if status == "rejected" else diffs,
           "proposals": [] if status == "rejected" else props}
    with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)


def base_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    sec.left_margin = Cm(3); sec.right_margin = Cm(2)
    sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return d


def header_table(d, left_lines, right_lines, size=12):
    t = d.add_table(rows=len(max(left_lines, right_lines, key=len)), cols=2)
    for i in range(len(t.rows)):
        for j, lines in enumerate((left_lines, right_lines)):
            c = t.cell(i, j)
            if i < len(lines):
                txt, bold, ital = lines[i]
                p = c.paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(txt); r.bold = bold; r.italic = ital; r.font.size = Pt(size)
    return t


def para(d, text, bold=False, italic=False, align=None, indent=None, size=None):
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent: p.paragraph_format.first_line_indent = Cm(indent)
    return p


def ward_header(d, parent, unit_up, number, place_date):
    header_table(d, [(parent, False, False), (unit_up, True, False), ("Số: " + number, False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  (place_date, False, True)])


# =====================================================================
# HAND A - voice-to-text dictation (Ms Thu, ward office clerk dictating
# on her phone into Google Docs, then pasted into the ward's Word file)
# =====================================================================
def hand_a(fname, uid, uname, parent, unit_up, number, place_date, date_iso,
           title, body, diffs, props, entries, closing, status="extracted", reason=None):
    d = base_doc()
    ward_header(d, parent, unit_up, number, place_date)
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, title, bold=True, align="c")
    para(d, "kính gửi chi cục tiêu chuẩn đo lường chất lượng thành phố hồ chí minh")
    for b in body:
        para(d, b, align="j", indent=1)
    if diffs:
        para(d, "khó khăn vướng mắc")
        for x in diffs:
            para(d, "- " + x)
    if props:
        para(d, "kiến nghị đề xuất")
        for x in props:
            para(d, "- " + x)
    para(d, closing)
    para(d, "")
    para(d, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", bold=True, align="c")
    d.save(os.path.join(OUT, fname))
    write_truth(fname, uid, uname, number, date_iso, entries, diffs, props, status, reason)


# ---- A1 Phường Tân Định
a1_body = [
    "thực hiện kế hoạch của sở khoa học và công nghệ về triển khai chỉ thị 38 năm 2026 phẩy ủy ban nhân dân phường tân định báo cáo kết quả như sau",
    "về tuyên truyền thì phường đã đăng mười hai tin bài trên trang thông tin điện tử của phường phẩy có phát thanh trên loa các khu phố vào sáng thứ hai hàng tuần phẩy việc này coi như xong rồi cho năm nay",
    "phần kiểm tra theo phân cấp thì phường lập tổ kiểm tra liên ngành đi được 4 cuộc phẩy kiểm tra hai mươi sáu cơ sở kinh doanh ở chợ tân định và các tuyến đường hai bà trưng trần quang khải phẩy phát hiện 3 cơ sở vi phạm do dùng cân không đạt yêu cầu phẩy đã xử phạt tổng cộng 7 phẩy 5 triệu đồng phẩy tháng mười hai phường còn đi tiếp một đợt nên việc này vẫn đang làm",
    "phường có cử hai công chức đi dự lớp tập huấn nghiệp vụ tiêu chu ẩn đo lường chất lượng do chi cục tổ chức hồi tháng 8 phẩy việc này xong",
    "hệ thống quản lý chất lượng iso 9001 của phường sau sáp nhập đang rà soát lại các quy trình phẩy chưa công bố lại được phẩy đang làm",
    "còn tố giác vi phạm về đo lườ ng chất lượng thì trong năm không có ai phản ánh phẩy không phát sinh",
]
a1_entries = [
    E("II.1.a", "completed", {"communications": 12}, a1_body[1]),
    E("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 26, "violations": 3, "fines_vnd": 7500000}, a1_body[2]),
    E("II.3.a", "completed", {"participants": 2}, a1_body[3]),
    E("II.2.đ", "in_progress", {}, a1_body[4]),
    E("II.5.d", "not_applicable", {}, a1_body[5]),
]
hand_a("BC CT38 P.Tan Dinh (doc giong noi).docx", "26737", "Phường Tân Định", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH",
       "ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN ĐỊNH", "412/BC-UBND", "Tân Định, ngày 12 tháng 11 năm 2026", "2026-11-12",
       "kết quả thực hiện kế hoạch chỉ thị 38 về tiêu chuẩn đo lường chất lượng năm 2026",
       a1_body,
       ["cán bộ làm kiêm nhiệm nhiều việc phẩy không có chuyên môn về đo lường"],
       ["đề nghị chi cục cho mượn cân đối chứng và hỗ trợ phương tiện kiểm tra cho phường"],
       a1_entries, "trên đây là báo cáo của ủy ban nhân dân phường tân định chấm")

# ---- A2 Phường Bình Thạnh
a2_body = [
    "ủy ban nhân dân phường bình thạnh báo cáo kết quả thực hiện kế hoạch chỉ thị 38 năm 2026 như sau",
    "phường phối hợp với chi cục tổ chức 1 lớp tập huấn về nhãn hàng hóa và đo lường cho hộ kinh doanh ở chợ bà chiểu phẩy có tám mươi lăm người dự phẩy đã làm xong",
    "kiểm tra theo phân cấp năm nay phường làm ba cuộc phẩy tổng cộng 41 cơ sở phẩy vi phạm 5 cơ sở phẩy phạt 12 triệu đồng phẩy xong hết rồi không còn đợt nào",
    "hướng dẫn các hộ sản xuất nhỏ làm thủ tục tự công bố sản phẩm và đăng ký mã số mã vạch được 9 cơ sở phẩy vẫn đang tiếp tục hướng dẫn",
    "vận động doanh nghiệp tham gia giải thưởng chất lượng quốc gia thì chưa làm được phẩy chưa có doanh nghiệp nào đăng ký nên phường chưa triển khai",
    "công chức văn hóa xã hội và công chức kinh tế đi dự tập huấn của chi cục được 3 lượt phẩy hoàn thành",
]
a2_entries = [
    E("II.1.a", "completed", {"training_courses": 1, "participants": 85}, a2_body[1]),
    E("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 41, "violations": 5, "fines_vnd": 12000000}, a2_body[2]),
    E("II.2.d", "in_progress", {"enterprises_supported": 9}, a2_body[3]),
    E("II.1.b", "not_started", {}, a2_body[4]),
    E("II.3.a", "completed", {"participants": 3}, a2_body[5]),
]
hand_a("bao cao chi thi 38 phuong binh thanh.docx", "26929", "Phường Bình Thạnh", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH",
       "ỦY BAN NHÂN DÂN\nPHƯỜNG BÌNH THẠNH", "287/BC-UBND", "Bình Thạnh, ngày 14 tháng 11 năm 2026", "2026-11-14",
       "kết quả triển khai chỉ thị 38 năm 2026 trên địa bàn phường",
       a2_body,
       ["hộ kinh doanh ít quan tâm phẩy mời tập huấn đi không đủ số lượng"],
       ["xin chi cục gửi tài liệu tuyên truyền bản in để phường phát cho hộ kinh doanh"],
       a2_entries, "trên đây là báo cáo của phường chấm")

# ---- A3 Xã Củ Chi
a3_body = [
    "ủy ban nhân dân xã củ chi báo cáo kết quả thực hiện kế hoạch chỉ thị 38 của sở khoa học và công nghệ năm 2026 như sau",
    "kiểm tra đo lường ở chợ củ chi với chợ phước thạnh thì xã đi được 2 cuộc phẩy mười tám cơ sở phẩy chỉ nhắc nhở chứ chưa phạt phẩy còn phải đi tiếp các cây xăng trong quý bốn nên đang làm",
    "hỗ trợ hợp tác xã và hộ trồng rau áp dụng truy xuất nguồn gốc dán tem qr phẩy được 6 đơn vị phẩy đang làm tiếp",
    "tuyên truyền trên loa xã và nhóm zalo của các ấp được hai mươi bốn tin phẩy xong",
    "hệ thống iso của ủy ban xã đã công bố lại hồi tháng chín phẩy xong",
    "xã có phối hợp với đoàn của chi cục lấy mẫu xăng dầu với phân bón trên địa bàn được 7 mẫu",
]
a3_entries = [
    E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 18}, a3_body[1]),
    E("II.2.a", "in_progress", {"enterprises_supported": 6}, a3_body[2]),
    E("II.1.a", "completed", {"communications": 24}, a3_body[3]),
    E("II.2.đ", "completed", {}, a3_body[4]),
    E("II.5.b", "unknown", {"samples_tested": 7}, a3_body[5]),
]
hand_a("XaCuChi_BC_TDC_2026.docx", "27553", "Xã Củ Chi", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH",
       "ỦY BAN NHÂN DÂN\nXÃ CỦ CHI", "156/BC-UBND", "Củ Chi, ngày 18 tháng 11 năm 2026", "2026-11-18",
       "kết quả thực hiện kế hoạch chỉ thị 38 năm 2026",
       a3_body,
       ["địa bàn rộng phẩy ít người phẩy không có xe chuyên dùng để đi kiểm tra"],
       ["đề nghị chi cục tập huấn lại cho cán bộ xã mới sáp nhập"],
       a3_entries, "trên đây là báo cáo của ủy ban nhân dân xã củ chi chấm")

# ---- A4 Phường Tân Sơn Nhất - MISTAKEN (chuyển đổi số)
a4_body = [
    "ủy ban nhân dân phường tân sơn nhất báo cáo kết quả thực hiện chuyển đổi số quý bốn năm 2026 như sau",
    "về hạ tầng số thì phường đã lắp wifi miễn phí ở 3 điểm công cộng phẩy nâng cấp đường truyền cho bộ phận một cửa",
    "về dịch vụ công trực tuyến thì tỷ lệ hồ sơ nộp trực tuyến toàn trình đạt 86 phần trăm phẩy số hóa kết quả giải quyết được 4.120 hồ sơ",
    "tổ công nghệ số cộng đồng đã đi hướng dẫn người dân cài ứng dụng định danh điện tử vneid ở 9 khu phố phẩy được hai nghìn lượt",
    "về thanh toán không dùng tiền mặt thì chợ phạm văn hai có 210 tiểu thương dùng mã qr",
]
hand_a("BC-519-UBND-TanSonNhat.docx", "26968", "Phường Tân Sơn Nhất", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH",
       "ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN SƠN NHẤT", "519/BC-UBND", "Tân Sơn Nhất, ngày 16 tháng 11 năm 2026", "2026-11-16",
       "kết quả thực hiện chuyển đổi số quý bốn năm 2026",
       a4_body,
       ["thiếu nhân lực công nghệ thông tin phẩy máy tính bộ phận một cửa đã cũ"],
       ["đề nghị sở khoa học và công nghệ hỗ trợ thiết bị cho tổ công nghệ số cộng đồng"],
       [], "trên đây là báo cáo chuyển đổi số của phường chấm",
       status="rejected", reason="Báo cáo kết quả chuyển đổi số quý IV/2026 của phường, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")


# =====================================================================
# HAND B - commune economics officer, every paragraph opens with a
# date range "Từ dd/mm đến dd/mm/2026:", no task headings, no numbering
# =====================================================================
def hand_b(fname, uid, uname, unit_up, number, place_date, date_iso, opening, paras, diffs, props, entries):
    d = base_doc(size=14)
    ward_header(d, "UBND THÀNH PHỐ HỒ CHÍ MINH", unit_up, number, place_date)
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, "Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\n(số liệu từ 01/01/2026 đến 25/11/2026)", bold=True, align="c")
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align="c")
    para(d, opening, align="j", indent=1.27)
    for rng, rest in paras:
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1.27)
        r = p.add_run(rng + ":"); r.bold = True
        p.add_run(" " + rest)
    para(d, "Những khó khăn, vướng mắc:", bold=True)
    for x in diffs:
        para(d, "- " + x, indent=1.27)
    para(d, "Kiến nghị:", bold=True)
    for x in props:
        para(d, "- " + x, indent=1.27)
    para(d, "Ủy ban nhân dân " + uname.split(" ", 1)[0].lower() + " kính báo cáo./.", indent=1.27)
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Nơi nhận:\n- Như trên;\n- Lưu: VT, KT."
    t.cell(0, 1).text = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nLê Văn Tám"
    d.save(os.path.join(OUT, fname))
    write_truth(fname, uid, uname, number, date_iso, entries, diffs, props)


b1 = [
    ("Từ 02/3 đến 28/3/2026", "UBND xã phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 02 lớp tập huấn về đo lường, nhãn hàng hóa cho hộ kinh doanh tại chợ Bình Chánh và chợ Tân Túc, có 146 lượt người tham dự. Việc này đã kết thúc."),
    ("Từ 01/4 đến 25/11/2026", "xã tổ chức 05 cuộc kiểm tra đo lường, chất lượng theo phân cấp tại 37 cơ sở (cân tại chợ, cửa hàng vàng bạc, cửa hàng xăng dầu), phát hiện 04 cơ sở vi phạm, đã ra quyết định xử phạt 9.750.000 đồng. Tháng 12 còn 01 cuộc theo kế hoạch nên việc này vẫn đang tiếp tục."),
    ("Từ 15/5 đến 15/7/2026", "cử 02 công chức phòng Kinh tế dự lớp bồi dưỡng nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục mở. Đã xong."),
    ("Từ 01/8/2026 đến nay", "hướng dẫn 11 hộ sản xuất, cơ sở chế biến nông sản đăng ký mã số mã vạch và tự công bố sản phẩm; công việc còn đang làm."),
    ("Từ 01/01 đến 25/11/2026", "không nhận được tin báo, tố giác nào về vi phạm tiêu chuẩn, đo lường, chất lượng (không phát sinh)."),
]
hand_b("318-BC-UBND Binh Chanh KH38.docx", "27637", "Xã Bình Chánh", "ỦY BAN NHÂN DÂN\nXÃ BÌNH CHÁNH", "318/BC-UBND",
       "Bình Chánh, ngày 26 tháng 11 năm 2026", "2026-11-26",
       "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân xã Bình Chánh báo cáo kết quả thực hiện như sau:",
       b1,
       ["Xã chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; người làm là kiêm nhiệm.",
        "Chưa có thiết bị kiểm tra nhanh chất lượng xăng dầu."],
       ["Đề nghị Chi cục trang bị cho xã 01 bộ cân đối chứng và quả cân chuẩn."],
       [E("II.1.a", "completed", {"training_courses": 2, "participants": 146}, b1[0][1]),
        E("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 37, "violations": 4, "fines_vnd": 9750000}, b1[1][1]),
        E("II.3.a", "completed", {"participants": 2}, b1[2][1]),
        E("II.2.d", "in_progress", {"enterprises_supported": 11}, b1[3][1]),
        E("II.5.d", "not_applicable", {}, b1[4][1])])

b2 = [
    ("Từ 10/01 đến 30/9/2026", "xã đăng 08 tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên trang thông tin điện tử xã và phát trên hệ thống loa các ấp. Việc này kết thúc."),
    ("Từ 01/6 đến 25/11/2026", "phối hợp Chi cục khảo sát chất lượng nước mắm, muối và hải sản khô bày bán tại chợ Cần Thạnh, lấy 12 mẫu gửi thử nghiệm; đang chờ kết quả nên việc này còn dở."),
    ("Từ 01/7 đến 31/10/2026", "xã tổ chức 03 cuộc kiểm tra tại 22 cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng, vàng trang sức; chưa phát hiện vi phạm. Xong."),
    ("Từ 01/9 đến 25/11/2026", "hỗ trợ 04 cơ sở chế biến hải sản áp dụng tem truy xuất nguồn gốc cho sản phẩm khô cá, tôm khô; đang tiếp tục."),
    ("Từ 01/10 đến 25/11/2026", "rà soát, cập nhật quy trình hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho bộ phận một cửa theo bộ máy mới; chưa xong, dự kiến hoàn tất trong tháng 12."),
]
hand_b("Bao cao KH 38 - xa Can Gio.docx", "27664", "Xã Cần Giờ", "ỦY BAN NHÂN DÂN\nXÃ CẦN GIỜ", "204/BC-UBND",
       "Cần Giờ, ngày 20 tháng 11 năm 2026", "2026-11-20",
       "Căn cứ Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, UBND xã Cần Giờ báo cáo như sau:",
       b2,
       ["Địa bàn xã rộng, đi lại chủ yếu bằng đường thủy nên chi phí cho mỗi đợt kiểm tra lớn."],
       ["Kiến nghị Sở bố trí kinh phí hỗ trợ hoạt động kiểm tra tại các xã ven biển."],
       [E("II.1.a", "completed", {"communications": 8}, b2[0][1]),
        E("II.5.b", "in_progress", {"samples_tested": 12}, b2[1][1]),
        E("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 22}, b2[2][1]),
        E("II.2.a", "in_progress", {"enterprises_supported": 4}, b2[3][1]),
        E("II.2.đ", "in_progress", {}, b2[4][1])])

b3 = [
    ("Từ 20/4 đến 20/5/2026", "phường tổ chức 01 hội nghị phổ biến Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) cho doanh nghiệp trên địa bàn, có 120 đại biểu dự. Việc này kết thúc."),
    ("Từ 01/3 đến 30/6/2026", "gửi thư mời và hướng dẫn 06 doanh nghiệp chuẩn bị hồ sơ tham dự Giải thưởng Chất lượng Quốc gia; 01 doanh nghiệp đã nộp hồ sơ, đang chờ Hội đồng đánh giá nên phường còn theo dõi."),
    ("Từ 01/01 đến 25/11/2026", "tổ chức 07 cuộc kiểm tra theo phân cấp tại 58 cơ sở, phát hiện 06 cơ sở vi phạm, xử phạt 21.500.000 đồng; tiếp tục kiểm tra dịp Tết Nguyên đán."),
    ("Từ 08/9 đến 10/9/2026", "cử 04 công chức dự tập huấn nghiệp vụ do Chi cục tổ chức. Đã kết thúc."),
    ("Từ 01/01 đến 25/11/2026", "tiếp nhận 02 phản ánh của người dân về cân thiếu khối lượng tại chợ Dĩ An; đã kiểm tra, xác định 02 trường hợp vi phạm và xử lý dứt điểm. Việc này xong."),
]
hand_b("DiAn_731_BC_ChiThi38.docx", "25942", "Phường Dĩ An", "ỦY BAN NHÂN DÂN\nPHƯỜNG DĨ AN", "731/BC-UBND",
       "Dĩ An, ngày 09 tháng 11 năm 2026", "2026-11-09",
       "Ủy ban nhân dân phường Dĩ An báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ như sau:",
       b3,
       ["Số doanh nghiệp trên địa bàn lớn, lực lượng kiểm tra của phường mỏng."],
       ["Đề nghị Chi cục cử cán bộ chuyên môn tham gia các đoàn kiểm tra liên ngành của phường."],
       [E("II.1.a", "completed", {"training_courses": 1, "participants": 120}, b3[0][1]),
        E("II.1.b", "in_progress", {"enterprises_supported": 6}, b3[1][1]),
        E("II.5.c", "in_progress", {"inspections": 7, "establishments_inspected": 58, "violations": 6, "fines_vnd": 21500000}, b3[2][1]),
        E("II.3.a", "completed", {"participants": 4}, b3[3][1]),
        E("II.5.d", "completed", {"violations": 2}, b3[4][1])])


# =====================================================================
# HAND C - ward office Excel: one row per activity, the plan's task only
# implied by the activity; results typed as text; status per activity
# =====================================================================
thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)


def hand_c(fname, uid, uname, unit_up, number, place_date, date_iso, heads, rows, diffs, props, entries, sheet="Hoat dong"):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    ws["A1"] = "UBND THÀNH PHỐ HỒ CHÍ MINH"; ws["A2"] = unit_up; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: " + number
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E1"].font = Font(bold=True)
    ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["E3"] = place_date; ws["E3"].font = Font(italic=True)
    ws["A5"] = "DANH SÁCH HOẠT ĐỘNG THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"; ws["A5"].font = Font(bold=True)
    ws.merge_cells("A5:G5"); ws["A5"].alignment = Alignment(horizontal="center")
    r0 = 7
    for j, h in enumerate(heads, 1):
        c = ws.cell(r0, j, h); c.font = Font(bold=True); c.border = BORDER
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, row in enumerate(rows, 1):
        vals = [i] + list(row)
        for j, v in enumerate(vals, 1):
            c = ws.cell(r0 + i, j, v); c.border = BORDER
            c.alignment = Alignment(vertical="top", wrap_text=True)
    widths = [5, 14, 46, 20, 26, 14, 18]
    for j, w in enumerate(widths[:len(heads)], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    last = r0 + len(rows) + 2
    ws.cell(last, 5, "Người lập biểu").font = Font(bold=True)
    ws2 = wb.create_sheet("Kho khan - kien nghi")
    ws2["A1"] = "KHÓ KHĂN, VƯỚNG MẮC"; ws2["A1"].font = Font(bold=True)
    r = 2
    for x in diffs:
        ws2.cell(r, 1, "- " + x); r += 1
    r += 1
    ws2.cell(r, 1, "KIẾN NGHỊ, ĐỀ XUẤT").font = Font(bold=True); r += 1
    for x in props:
        ws2.cell(r, 1, "- " + x); r += 1
    ws2.column_dimensions["A"].width = 110
    wb.save(os.path.join(OUT, fname))
    write_truth(fname, uid, uname, number, date_iso, entries, diffs, props)


HC = ["STT", "Thời gian", "Hoạt động", "Địa điểm / đối tượng", "Kết quả", "Tình hình", "Bộ phận làm"]
c1 = [
    ("15/3/2026", "Phát thanh, đăng tin tuyên truyền Ngày Tiêu chuẩn, đo lường, chất lượng và Chỉ thị 38", "Loa khu phố, trang TTĐT phường", "10 tin bài", "Đã làm", "VH-XH"),
    ("22/4/2026", "Mời hộ kinh doanh dự buổi hướng dẫn ghi nhãn hàng hóa, sử dụng cân đúng quy định", "Chợ Bình Tây", "01 buổi, 64 hộ dự", "Đã làm", "Kinh tế"),
    ("6/2026 - 10/2026", "Tổ kiểm tra phường kiểm tra cân, thước tại các chợ", "Chợ Bình Tây, chợ Kim Biên", "05 cuộc / 47 cơ sở", "Đang làm (còn đợt T12)", "Kinh tế"),
    ("10/2026", "Lập biên bản, ra quyết định xử phạt các cơ sở dùng cân sai số vượt mức cho phép", "Chợ Kim Biên", "04 cơ sở vi phạm, phạt 10.000.000đ", "Xong", "Kinh tế"),
    ("8/2026", "Cử công chức dự lớp bồi dưỡng nghiệp vụ của Chi cục TĐC", "Chi cục TĐC", "02 người", "Xong", "Kinh tế"),
    ("9/2026", "Hướng dẫn doanh nghiệp dán tem truy xuất nguồn gốc cho hàng thực phẩm khô", "DN trên đường Hải Thượng Lãn Ông", "07 DN", "Đang làm", "Kinh tế"),
    ("Cả năm", "Tiếp nhận tin báo, tố giác vi phạm về đo lường, chất lượng", "", "0", "Không có", "Tiếp dân"),
]
hand_c("Cho Lon - hoat dong TDC 2026.xlsx", "27343", "Phường Chợ Lớn", "UBND PHƯỜNG CHỢ LỚN", "95/BC-UBND",
       "Chợ Lớn, ngày 13 tháng 11 năm 2026", "2026-11-13", HC, c1,
       ["Tiểu thương ở chợ đông, nhiều người không hợp tác khi kiểm tra cân."],
       ["Đề nghị Chi cục kiểm định miễn phí cân đối chứng cho các chợ trên địa bàn phường."],
       [E("II.1.a", "completed", {"communications": 10, "training_courses": 1, "participants": 64}, c1[0][1] + " – " + c1[0][3] + "; " + c1[1][1] + " – " + c1[1][3]),
        E("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 47, "violations": 4, "fines_vnd": 10000000}, c1[2][1] + " – " + c1[2][3] + "; " + c1[3][1] + " – " + c1[3][3]),
        E("II.3.a", "completed", {"participants": 2}, c1[4][1] + " – " + c1[4][3]),
        E("II.2.a", "in_progress", {"enterprises_supported": 7}, c1[5][1] + " – " + c1[5][3]),
        E("II.5.d", "not_applicable", {}, c1[6][1] + " – Không có")])

HC2 = ["STT", "Tháng", "Việc đã làm", "Ở đâu", "Kết quả", "Tình hình", "Ghi chú"]
c2 = [
    ("Tháng 3", "Treo băng rôn, phát tờ rơi tuyên truyền Chỉ thị 38 về tiêu chuẩn, đo lường, chất lượng", "Chợ Gò Vấp, chợ Hạnh Thông Tây", "500 tờ rơi", "đã xong", ""),
    ("Tháng 5", "Họp phổ biến quy định về nhãn hàng hóa, mã số mã vạch cho doanh nghiệp nhỏ", "Hội trường UBND phường", "01 buổi – 78 người", "đã xong", "mời Chi cục báo cáo viên"),
    ("Tháng 6 – 11", "Kiểm tra cửa hàng xăng dầu, vàng bạc theo phân cấp", "Các tuyến Quang Trung, Nguyễn Oanh", "06 cuộc; 33 cơ sở; 2 VP; phạt 15.000.000 đ", "đang tiếp tục", "còn đợt cuối năm"),
    ("Tháng 7", "Rà soát, công bố lại hệ thống quản lý chất lượng ISO 9001 của UBND phường", "UBND phường", "—", "đã xong", ""),
    ("Tháng 9", "Giới thiệu doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia", "", "—", "chưa tổ chức", "chưa có DN đủ điều kiện"),
    ("Tháng 10", "Phối hợp Chi cục lấy mẫu mũ bảo hiểm, đồ chơi trẻ em tại các cửa hàng", "Đường Lê Đức Thọ", "15 mẫu", "đã xong", ""),
]
hand_c("GoVap_CT38_2026.xlsx", "26884", "Phường Gò Vấp", "UBND PHƯỜNG GÒ VẤP", "402/BC-UBND",
       "Gò Vấp, ngày 11 tháng 11 năm 2026", "2026-11-11", HC2, c2,
       ["Phường chưa có kinh phí riêng cho công tác tiêu chuẩn, đo lường, chất lượng.",
        "Cán bộ phụ trách thay đổi sau sắp xếp bộ máy, chưa nắm nghiệp vụ."],
       ["Đề nghị Sở hướng dẫn cụ thể nội dung được phân quyền cho phường trong kiểm tra đo lường."],
       [E("II.1.a", "completed", {"communications": 500, "training_courses": 1, "participants": 78}, c2[0][1] + " – " + c2[0][3] + "; " + c2[1][1] + " – " + c2[1][3]),
        E("II.5.c", "in_progress", {"inspections": 6, "establishments_inspected": 33, "violations": 2, "fines_vnd": 15000000}, c2[2][1] + " – " + c2[2][3]),
        E("II.2.đ", "completed", {}, c2[3][1]),
        E("II.1.b", "not_started", {}, c2[4][1] + " – chưa tổ chức"),
        E("II.5.b", "completed", {"samples_tested": 15}, c2[5][1] + " – " + c2[5][3])],
       sheet="Sheet1")

c3 = [
    ("12/01/2026", "Đăng bài trên Trang thông tin điện tử phường về tiêu chuẩn, đo lường, chất lượng", "Trang TTĐT phường", "06 bài", "Xong", "VH-XH"),
    ("03/6/2026", "Cử công chức dự hội nghị tập huấn của Chi cục TĐC", "Hội trường Sở KH&CN", "03 lượt", "Xong", "Kinh tế"),
    ("7/2026 - 11/2026", "Kiểm tra đo lường tại chợ Phú Nhuận và các cửa hàng vàng bạc", "Chợ Phú Nhuận, đường Phan Đăng Lưu", "04 cuộc, 29 cơ sở", "Đang làm", "Tổ KT phường"),
    ("11/2026", "Xử phạt cơ sở kinh doanh vàng không niêm yết, cân không kiểm định", "Đường Phan Đăng Lưu", "01 cơ sở, 3.500.000 đồng", "Xong", "Tổ KT phường"),
    ("8/2026", "Hướng dẫn hộ kinh doanh đăng ký mã số mã vạch", "Các hộ sản xuất bánh, mứt", "05 hộ", "Đang làm", "Kinh tế"),
    ("Cả năm", "Phản ánh, tố giác về tiêu chuẩn, đo lường, chất lượng", "", "không phát sinh", "—", "Tiếp dân"),
]
hand_c("PN danh sach hoat dong CT38.xlsx", "27073", "Phường Phú Nhuận", "UBND PHƯỜNG PHÚ NHUẬN", "188/BC-UBND",
       "Phú Nhuận, ngày 16 tháng 11 năm 2026", "2026-11-16", HC, c3,
       ["Chưa có phần mềm theo dõi kết quả kiểm tra, phải tổng hợp thủ công."],
       ["Đề nghị Chi cục tổ chức tập huấn kỹ năng kiểm tra vàng trang sức cho tổ kiểm tra phường.",
        "Đề nghị cung cấp mẫu biên bản, quyết định xử phạt thống nhất."],
       [E("II.1.a", "completed", {"communications": 6}, c3[0][1] + " – " + c3[0][3]),
        E("II.3.a", "completed", {"participants": 3}, c3[1][1] + " – " + c3[1][3]),
        E("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 29, "violations": 1, "fines_vnd": 3500000}, c3[2][1] + " – " + c3[2][3] + "; " + c3[3][1] + " – " + c3[3][3]),
        E("II.2.d", "in_progress", {"enterprises_supported": 5}, c3[4][1] + " – " + c3[4][3]),
        E("II.5.d", "not_applicable", {}, c3[5][1] + " – không phát sinh")])

c4 = [
    ("Quý I", "Tọa đàm với doanh nghiệp về áp dụng tiêu chuẩn và hệ thống quản lý chất lượng", "Khu công nghiệp Đồng An", "01 buổi, 52 đại biểu doanh nghiệp", "Đã làm", "Kinh tế"),
    ("Quý II – IV", "Hỗ trợ doanh nghiệp xây dựng, áp dụng ISO 9001, ISO 22000", "DN nhỏ và vừa", "08 DN", "Đang làm", "Kinh tế"),
    ("4/2026 – 10/2026", "Kiểm tra chất lượng xăng dầu, mũ bảo hiểm lưu thông trên địa bàn", "Cửa hàng xăng dầu, cửa hàng mũ", "06 cuộc | 40 cơ sở | 03 VP | 18.000.000 đ", "Đã làm", "Đội KT liên ngành"),
    ("9/2026", "Vận động doanh nghiệp đăng ký tham dự Giải thưởng Chất lượng Quốc gia", "", "03 DN", "Đã làm", "Kinh tế"),
    ("10/2026", "Công bố lại hệ thống quản lý chất lượng của UBND phường", "UBND phường", "", "Chưa làm", "Văn phòng"),
]
hand_c("TDM hoat dong tieu chuan do luong 2026.xlsx", "25747", "Phường Thủ Dầu Một", "UBND PHƯỜNG THỦ DẦU MỘT", "611/BC-UBND",
       "Thủ Dầu Một, ngày 08 tháng 11 năm 2026", "2026-11-08", HC, c4,
       ["Doanh nghiệp nhỏ ngại chi phí tư vấn áp dụng hệ thống quản lý."],
       ["Đề nghị Chi cục ưu tiên hỗ trợ kinh phí tư vấn ISO cho doanh nghiệp nhỏ của phường."],
       [E("II.1.a", "completed", {"training_courses": 1, "participants": 52}, c4[0][1] + " – " + c4[0][3]),
        E("II.2.d", "in_progress", {"enterprises_supported": 8}, c4[1][1] + " – " + c4[1][3]),
        E("II.5.c", "completed", {"inspections": 6, "establishments_inspected": 40, "violations": 3, "fines_vnd": 18000000}, c4[2][1] + " – " + c4[2][3]),
        E("II.1.b", "completed", {"enterprises_supported": 3}, c4[3][1] + " – " + c4[3][3]),
        E("II.2.đ", "not_started", {}, c4[4][1] + " – Chưa làm")])


# =====================================================================
# HAND D - commune that files everything under its own Party
# resolution's "Chương trình trọng tâm số n", with one mapping sentence
# =====================================================================
def hand_d_xlsx(fname, uid, uname, unit_up, number, place_date, date_iso, mapping, mapping_top, rows, diffs, props,
                entries, title, status="extracted", reason=None):
    wb = Workbook(); ws = wb.active; ws.title = "BC"
    ws["A1"] = "UBND THÀNH PHỐ HỒ CHÍ MINH"; ws["A1"].font = Font(bold=True)
    ws["A2"] = unit_up
    ws["A3"] = "Số: " + number
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(bold=True)
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["D3"] = place_date; ws["D3"].font = Font(italic=True)
    ws["A5"] = title; ws["A5"].font = Font(bold=True, size=13); ws.merge_cells("A5:E5")
    ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True); ws.row_dimensions[5].height = 36
    r = 7
    if mapping_top:
        ws.cell(r, 1, mapping).alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5); ws.row_dimensions[r].height = 75
        r += 2
    heads = ["STT", "Chương trình trọng tâm", "Việc cụ thể", "Kết quả", "Đánh giá"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(r, j, h); c.font = Font(bold=True); c.border = BORDER; c.alignment = Alignment(horizontal="center", wrap_text=True)
    for i, row in enumerate(rows, 1):
        for j, v in enumerate((i,) + tuple(row), 1):
            c = ws.cell(r + i, j, v); c.border = BORDER; c.alignment = Alignment(wrap_text=True, vertical="top")
    r = r + len(rows) + 2
    if not mapping_top:
        ws.cell(r, 1, mapping).alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5); ws.row_dimensions[r].height = 75
        r += 2
    ws.cell(r, 1, "Khó khăn:").font = Font(bold=True); r += 1
    for x in diffs:
        ws.cell(r, 2, x); r += 1
    ws.cell(r, 1, "Kiến nghị:").font = Font(bold=True); r += 1
    for x in props:
        ws.cell(r, 2, x); r += 1
    ws.cell(r + 1, 4, "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH").alignment = Alignment(wrap_text=True)
    for col, w in zip("ABCDE", [6, 26, 48, 40, 18]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))
    write_truth(fname, uid, uname, number, date_iso, entries, diffs, props, status, reason)


d1_map = ("Ghi chú: Các nội dung của Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ được xã lồng ghép vào các Chương trình trọng tâm theo Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025 – 2030, cụ thể: "
          "Chương trình trọng tâm số 2 (kinh tế biển, thương mại – dịch vụ) gồm nội dung kiểm tra đo lường, chất lượng và truy xuất nguồn gốc (mục 2 và mục 5 của Kế hoạch); "
          "Chương trình trọng tâm số 4 (xây dựng chính quyền phục vụ) gồm ISO và đào tạo cán bộ (mục 2, mục 3); "
          "Chương trình trọng tâm số 5 (văn hóa – xã hội) gồm tuyên truyền (mục 1).")
d1 = [
    ("CTTT số 2", "Kiểm tra cân, thước tại chợ Long Hải và bến cá Phước Tỉnh", "04 cuộc, 31 cơ sở, 02 cơ sở vi phạm, phạt 6.000.000 đồng", "Đang thực hiện"),
    ("CTTT số 2", "Hỗ trợ cơ sở nước mắm, hải sản khô áp dụng truy xuất nguồn gốc", "05 cơ sở", "Đang thực hiện"),
    ("CTTT số 4", "Duy trì, cải tiến hệ thống quản lý chất lượng ISO 9001 tại UBND xã", "Đã công bố lại tháng 8/2026", "Hoàn thành"),
    ("CTTT số 4", "Cử công chức dự tập huấn nghiệp vụ của Chi cục TĐC", "02 lượt công chức", "Hoàn thành"),
    ("CTTT số 5", "Tuyên truyền trên loa truyền thanh, fanpage xã", "15 tin", "Hoàn thành"),
]
hand_d_xlsx("LongHai_BC77_CTTT.xlsx", "26662", "Xã Long Hải", "ỦY BAN NHÂN DÂN XÃ LONG HẢI", "77/BC-UBND",
            "Long Hải, ngày 17 tháng 11 năm 2026", "2026-11-17", d1_map, True, d1,
            ["Bến cá đông người, hoạt động chủ yếu ban đêm và sáng sớm nên khó bố trí kiểm tra."],
            ["Đề nghị Chi cục hỗ trợ xã kiểm định cân tại bến cá trước mùa biển."],
            [E("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 31, "violations": 2, "fines_vnd": 6000000}, d1[0][1] + ": " + d1[0][2]),
             E("II.2.a", "in_progress", {"enterprises_supported": 5}, d1[1][1] + ": " + d1[1][2]),
             E("II.2.đ", "completed", {}, d1[2][1] + ": " + d1[2][2]),
             E("II.3.a", "completed", {"participants": 2}, d1[3][1] + ": " + d1[3][2]),
             E("II.1.a", "completed", {"communications": 15}, d1[4][1] + ": " + d1[4][2])],
            "KẾT QUẢ THỰC HIỆN CÁC CHƯƠNG TRÌNH TRỌNG TÂM LIÊN QUAN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026")

d2_map = ("Đối chiếu: Chương trình trọng tâm số 1 (phát triển du lịch, dịch vụ) của Nghị quyết số 02-NQ/ĐU ứng với nội dung kiểm tra, khảo sát chất lượng tại mục 5 Kế hoạch của Sở; "
          "Chương trình trọng tâm số 3 (chính quyền số, cải cách hành chính) ứng với mục 1 (tuyên truyền) và mục 2 (hệ thống quản lý chất lượng).")
d2 = [
    ("CTTT số 1 – Du lịch, dịch vụ", "Kiểm tra đo lường tại cửa hàng xăng dầu, tiệm vàng, khu du lịch", "03 cuộc; 19 cơ sở; 01 vi phạm; phạt 2.500.000 đồng", "Hoàn thành"),
    ("CTTT số 1 – Du lịch, dịch vụ", "Phối hợp Chi cục lấy mẫu xăng dầu để khảo sát chất lượng", "06 mẫu", "Đang thực hiện"),
    ("CTTT số 3 – Chính quyền số", "Công bố lại hệ thống quản lý chất lượng TCVN ISO 9001:2015", "", "Chưa thực hiện"),
    ("CTTT số 3 – Chính quyền số", "Tuyên truyền trên trang thông tin điện tử, nhóm Zalo các ấp", "09 tin bài", "Hoàn thành"),
    ("CTTT số 3 – Chính quyền số", "Tiếp nhận tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng", "", "Không phát sinh"),
]
hand_d_xlsx("Ho Tram BC 11 thang TDC.xlsx", "26620", "Xã Hồ Tràm", "ỦY BAN NHÂN DÂN XÃ HỒ TRÀM", "132/BC-UBND",
            "Hồ Tràm, ngày 19 tháng 11 năm 2026", "2026-11-19", d2_map, False, d2,
            ["Xã mới thành lập sau sắp xếp, hồ sơ ISO của các xã cũ chưa thống nhất."],
            ["Đề nghị Chi cục hướng dẫn xã xây dựng lại hệ thống ISO theo mô hình mới.",
             "Đề nghị tăng số mẫu khảo sát xăng dầu tại các xã ven biển."],
            [E("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 19, "violations": 1, "fines_vnd": 2500000}, d2[0][1] + ": " + d2[0][2]),
             E("II.5.b", "in_progress", {"samples_tested": 6}, d2[1][1] + ": " + d2[1][2]),
             E("II.2.đ", "not_started", {}, d2[2][1]),
             E("II.1.a", "completed", {"communications": 9}, d2[3][1] + ": " + d2[3][2]),
             E("II.5.d", "not_applicable", {}, d2[4][1])],
            "BÁO CÁO KẾT QUẢ 11 THÁNG NĂM 2026 – CÁC NỘI DUNG VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG")

# mistaken: Xã Nhà Bè - poverty reduction under the same kind of programme numbers
d3_map = ("Ghi chú: Chương trình trọng tâm số 6 (an sinh xã hội, giảm nghèo bền vững) theo Nghị quyết Đại hội Đảng bộ xã ứng với Kế hoạch giảm nghèo bền vững năm 2026 của UBND Thành phố.")
d3 = [
    ("CTTT số 6", "Rà soát hộ nghèo, hộ cận nghèo cuối năm 2026", "Đã rà soát 4 ấp, còn 37 hộ nghèo, 52 hộ cận nghèo", "Đang thực hiện"),
    ("CTTT số 6", "Cho vay vốn Ngân hàng Chính sách xã hội", "41 hộ, 2.050.000.000 đồng", "Hoàn thành"),
    ("CTTT số 6", "Hỗ trợ bảo hiểm y tế cho hộ cận nghèo", "168 thẻ", "Hoàn thành"),
    ("CTTT số 6", "Đào tạo nghề cho lao động thuộc hộ nghèo", "02 lớp, 45 học viên", "Hoàn thành"),
]
hand_d_xlsx("NhaBe_BC301_CTTT.xlsx", "27655", "Xã Nhà Bè", "ỦY BAN NHÂN DÂN XÃ NHÀ BÈ", "301/BC-UBND",
            "Nhà Bè, ngày 18 tháng 11 năm 2026", "2026-11-18", d3_map, True, d3,
            ["Một số hộ thoát nghèo chưa bền vững."], ["Đề nghị Thành phố tăng nguồn vốn vay ưu đãi."],
            [], "KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH TRỌNG TÂM SỐ 6 – GIẢM NGHÈO BỀN VỮNG NĂM 2026",
            status="rejected", reason="Báo cáo giảm nghèo bền vững (Chương trình trọng tâm số 6 của xã), không phải báo cáo Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")

# ---- D4 Đặc khu Côn Đảo (DOCX, same hand)
d = base_doc()
ward_header(d, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "ỦY BAN NHÂN DÂN\nĐẶC KHU CÔN ĐẢO", "58/BC-UBND", "Côn Đảo, ngày 21 tháng 11 năm 2026")
para(d, "")
para(d, "BÁO CÁO", bold=True, align="c")
para(d, "Kết quả thực hiện các Chương trình trọng tâm có liên quan đến công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c")
cd_open = ("Các nội dung của Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ được đặc khu lồng ghép vào các Chương trình trọng tâm theo Nghị quyết số 01-NQ/ĐU của Đảng ủy đặc khu: "
           "tuyên truyền và đào tạo cán bộ thuộc Chương trình trọng tâm số 1; kiểm tra, khảo sát chất lượng thuộc Chương trình trọng tâm số 3; hệ thống quản lý chất lượng thuộc Chương trình trọng tâm số 4. "
           "Kết quả cụ thể như sau:")
para(d, cd_open, align="j", indent=1)
cd = {
    "ct1a": "Đặc khu đã đăng 07 tin bài về tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử và Đài truyền thanh đặc khu; nội dung này đã hoàn thành.",
    "ct1b": "Cử 02 công chức Phòng Kinh tế tham dự tập huấn nghiệp vụ do Chi cục tổ chức tại Thành phố; đã hoàn thành.",
    "ct3a": "Tổ kiểm tra của đặc khu tiến hành 02 cuộc kiểm tra đo lường tại 14 cơ sở (chợ Côn Đảo, cửa hàng xăng dầu, khu dịch vụ du lịch); qua kiểm tra chưa phát hiện vi phạm. Nội dung này đang tiếp tục thực hiện trong mùa du lịch cuối năm.",
    "ct3b": "Phối hợp đoàn khảo sát của Chi cục lấy 08 mẫu xăng dầu tại 04 cửa hàng để khảo sát chất lượng; đã có kết quả, đạt yêu cầu. Đã hoàn thành.",
    "ct4": "Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 của Ủy ban nhân dân đặc khu đang được xây dựng mới theo cơ cấu tổ chức của đặc khu; đang triển khai.",
}
para(d, "1. Chương trình trọng tâm số 1", bold=True)
para(d, cd["ct1a"], align="j", indent=1); para(d, cd["ct1b"], align="j", indent=1)
para(d, "2. Chương trình trọng tâm số 3", bold=True)
para(d, cd["ct3a"], align="j", indent=1); para(d, cd["ct3b"], align="j", indent=1)
para(d, "3. Chương trình trọng tâm số 4", bold=True)
para(d, cd["ct4"], align="j", indent=1)
cd_diffs = ["Đặc khu xa đất liền, việc gửi mẫu và đưa cân chuẩn vào đất liền kiểm định mất nhiều thời gian, chi phí."]
cd_props = ["Đề nghị Chi cục bố trí đoàn kiểm định lưu động ra đặc khu mỗi năm ít nhất 01 lần."]
para(d, "4. Khó khăn", bold=True)
for x in cd_diffs: para(d, "- " + x, indent=1)
para(d, "5. Kiến nghị", bold=True)
for x in cd_props: para(d, "- " + x, indent=1)
para(d, "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nTrần Quốc Hưng", bold=True, align="c")
d.save(os.path.join(OUT, "Con Dao 58-BC CTTT.docx"))
write_truth("Con Dao 58-BC CTTT.docx", "26732", "Đặc khu Côn Đảo", "58/BC-UBND", "2026-11-21",
            [E("II.1.a", "completed", {"communications": 7}, cd["ct1a"]),
             E("II.3.a", "completed", {"participants": 2}, cd["ct1b"]),
             E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 14}, cd["ct3a"]),
             E("II.5.b", "completed", {"samples_tested": 8}, cd["ct3b"]),
             E("II.2.đ", "in_progress", {}, cd["ct4"])],
            cd_diffs, cd_props)


# =====================================================================
# HAND E - ward office head who writes each job's status as the agenda
# of the next reporting round ("sẽ báo cáo kết quả vào kỳ sau")
# =====================================================================
def hand_e(fname, uid, uname, unit_up, number, place_date, date_iso, items, diffs, props, entries):
    d = base_doc()
    ward_header(d, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", unit_up, number, place_date)
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 và nội dung đưa vào kỳ báo cáo sau", bold=True, align="c")
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố.", align="c")
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    for title, body, agenda in items:
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1)
        r = p.add_run(title + ". "); r.bold = True
        p.add_run(body)
        q = d.add_paragraph(); q.paragraph_format.left_indent = Cm(1)
        r = q.add_run("Kỳ báo cáo sau: "); r.italic = True; r.underline = True
        r = q.add_run(agenda); r.italic = True
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for x in diffs: para(d, "- " + x, indent=1)
    para(d, "III. KIẾN NGHỊ", bold=True)
    for x in props: para(d, "- " + x, indent=1)
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Nơi nhận:\n- Như trên;\n- Lưu: VT."
    t.cell(0, 1).text = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"
    d.save(os.path.join(OUT, fname))
    write_truth(fname, uid, uname, number, date_iso, entries, diffs, props)


e1 = [
    ("Tuyên truyền, tập huấn cho hộ kinh doanh", "Phường phối hợp Chi cục tổ chức 01 lớp tập huấn về đo lường trong kinh doanh vàng, xăng dầu và hàng đóng gói sẵn cho 70 hộ kinh doanh; đăng 05 tin trên trang thông tin điện tử phường.",
     "không đưa vào chương trình kỳ sau (nội dung đã khép lại)."),
    ("Kiểm tra theo phân cấp", "Tổ kiểm tra phường thực hiện 05 cuộc tại 34 cơ sở, phát hiện 03 cơ sở vi phạm, xử phạt 8.250.000 đồng.",
     "sẽ báo cáo kết quả đợt kiểm tra cao điểm cuối năm vào kỳ sau."),
    ("Hướng dẫn công bố chất lượng", "Đã hướng dẫn 04 hộ sản xuất thực phẩm tự công bố sản phẩm và ghi nhãn đúng quy định.",
     "sẽ báo cáo tiếp số hộ được hướng dẫn vào kỳ sau."),
    ("Hệ thống ISO của phường", "UBND phường đã cập nhật, công bố lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 vào tháng 9/2026.",
     "không đưa vào kỳ sau (đã xong)."),
    ("Vận động tham dự Giải thưởng Chất lượng Quốc gia", "Chưa triển khai do chưa nhận được hướng dẫn của Chi cục.",
     "sẽ báo cáo việc bắt đầu triển khai vào kỳ sau, sau khi có hướng dẫn."),
]
hand_e("BanCo_233_BC.docx", "27154", "Phường Bàn Cờ", "ỦY BAN NHÂN DÂN\nPHƯỜNG BÀN CỜ", "233/BC-UBND",
       "Bàn Cờ, ngày 12 tháng 11 năm 2026", "2026-11-12", e1,
       ["Nhiều hộ kinh doanh nhỏ lẻ thay đổi địa điểm thường xuyên, khó theo dõi sau kiểm tra."],
       ["Đề nghị Chi cục sớm ban hành hướng dẫn vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia năm 2027."],
       [E("II.1.a", "completed", {"training_courses": 1, "participants": 70, "communications": 5}, e1[0][1]),
        E("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 34, "violations": 3, "fines_vnd": 8250000}, e1[1][1]),
        E("II.2.d", "in_progress", {"enterprises_supported": 4}, e1[2][1]),
        E("II.2.đ", "completed", {}, e1[3][1]),
        E("II.1.b", "not_started", {}, e1[4][1])])

e2 = [
    ("Kiểm tra đo lường, chất lượng trên địa bàn", "Trong năm, xã thực hiện 08 cuộc kiểm tra tại 61 cơ sở kinh doanh xăng dầu, vật tư nông nghiệp, vàng trang sức; phát hiện 07 cơ sở vi phạm, xử phạt 24.600.000 đồng.",
     "không còn nội dung báo cáo (kế hoạch kiểm tra năm 2026 đã khép lại)."),
    ("Khảo sát chất lượng phân bón", "Phối hợp Chi cục lấy 10 mẫu phân bón tại các đại lý vật tư nông nghiệp để khảo sát chất lượng.",
     "sẽ báo cáo kết quả thử nghiệm mẫu vào kỳ sau."),
    ("Truy xuất nguồn gốc nông sản", "Hỗ trợ 12 hợp tác xã, hộ trồng rau và hoa lan áp dụng tem truy xuất nguồn gốc.",
     "sẽ báo cáo kết quả vào kỳ sau."),
    ("Bồi dưỡng cán bộ", "Cử 03 lượt công chức dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng của Chi cục.",
     "không đưa vào kỳ sau (đã xong)."),
    ("Tin báo, tố giác vi phạm", "Trong kỳ không phát sinh.",
     "không báo cáo do không phát sinh."),
]
hand_e("Hoc Mon 449 BC tieu chuan do luong.docx", "27559", "Xã Hóc Môn", "ỦY BAN NHÂN DÂN\nXÃ HÓC MÔN", "449/BC-UBND",
       "Hóc Môn, ngày 15 tháng 11 năm 2026", "2026-11-15", e2,
       ["Kinh phí gửi mẫu thử nghiệm do xã tự chi, chưa có nguồn bố trí.",
        "Đại lý vật tư nông nghiệp phân tán, nhiều cơ sở không có giấy phép kinh doanh."],
       ["Đề nghị Sở hỗ trợ kinh phí thử nghiệm mẫu phân bón cho các xã nông nghiệp."],
       [E("II.5.c", "completed", {"inspections": 8, "establishments_inspected": 61, "violations": 7, "fines_vnd": 24600000}, e2[0][1]),
        E("II.5.b", "in_progress", {"samples_tested": 10}, e2[1][1]),
        E("II.2.a", "in_progress", {"enterprises_supported": 12}, e2[2][1]),
        E("II.3.a", "completed", {"participants": 3}, e2[3][1]),
        E("II.5.d", "not_applicable", {}, e2[4][1])])

e3 = [
    ("Tuyên truyền", "Phường đăng 11 tin bài về tiêu chuẩn, đo lường, chất lượng trên trang thông tin điện tử và bản tin khu phố.",
     "không đưa vào kỳ sau (đã xong)."),
    ("Kiểm tra theo phân cấp", "Thực hiện 03 cuộc kiểm tra tại 24 cơ sở, có 02 cơ sở vi phạm, xử phạt 5.000.000 đồng.",
     "sẽ báo cáo kết quả vào kỳ sau."),
    ("Cử cán bộ dự tập huấn", "Lớp tập huấn của Chi cục dời sang tháng 12 nên phường chưa cử cán bộ tham dự.",
     "sẽ báo cáo việc cử cán bộ vào kỳ sau."),
    ("Hệ thống ISO", "Phường đang rà soát, sửa đổi 14 quy trình giải quyết thủ tục hành chính theo TCVN ISO 9001:2015.",
     "sẽ báo cáo kết quả công bố lại vào kỳ sau."),
]
hand_e("AHD bao cao CT38 T11.docx", "26878", "Phường An Hội Đông", "ỦY BAN NHÂN DÂN\nPHƯỜNG AN HỘI ĐÔNG", "176/BC-UBND",
       "An Hội Đông, ngày 10 tháng 11 năm 2026", "2026-11-10", e3,
       ["Công chức phụ trách mới được phân công, chưa qua tập huấn."],
       ["Đề nghị Chi cục mở thêm lớp tập huấn nghiệp vụ cho công chức phường trong quý I/2027."],
       [E("II.1.a", "completed", {"communications": 11}, e3[0][1]),
        E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 24, "violations": 2, "fines_vnd": 5000000}, e3[1][1]),
        E("II.3.a", "not_started", {}, e3[2][1]),
        E("II.2.đ", "in_progress", {}, e3[3][1])])

print("done")
