# -*- coding: utf-8 -*-
"""Generator for set174. Content + truth are written side by side here."""
import json, os, re
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = {}

def E(task, status, text, **ind):
    return {"task": task, "status": status, "indicators": ind, "text": text}

def truth(fname, uid, uname, number, date, entries, diffs, props, status="extracted", reason=None):
    TRUTH[fname] = {"file": fname, "sha256": None, "status": status, "reason": reason,
                    "unit": {"id": uid, "name": uname},
                    "document": {"number": number, "date": date},
                    "entries": entries, "findings": [], "difficulties": diffs, "proposals": props}

# ---------------------------------------------------------------- docx helpers
def add_runs(p, text, size=None, font=None):
    # **bold** and *italic* markup
    for part in re.split(r"(\*\*[^*]+\*\*|\*[^*]+\*)", text):
        if not part:
            continue
        if part.startswith("**"):
            r = p.add_run(part[2:-2]); r.bold = True
        elif part.startswith("*"):
            r = p.add_run(part[1:-1]); r.italic = True
        else:
            r = p.add_run(part)
        if size: r.font.size = Pt(size)
        if font: r.font.name = font
    return p

def newdoc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d

def P(d, text, align=None, size=None, indent=True, space=3):
    p = d.add_paragraph()
    add_runs(p, text, size=size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j" or align is None: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, "j"):
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(space)
    return p

def header_table(d, left, right):
    t = d.add_table(rows=1, cols=2)
    for cell, lines in zip(t.rows[0].cells, (left, right)):
        cell.paragraphs[0].text = ""
        first = True
        for ln in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            add_runs(p, ln, size=12)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t

QH = ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**"]

def sign(d, lines):
    for ln in lines:
        p = d.add_paragraph(); add_runs(p, ln); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

# =============================================================== HAND 1
# Anh Lê Văn Hậu-type: one commune officer of Phòng Kinh tế holding several posts;
# the body is organised by HIS POSTS ("Phần việc kiêm nhiệm …"), plan tasks mixed with
# routine; statuses as spoken judgements; figures inside sentences. Header typed as
# plain lines separated by tabs (no table).
def h1_doc(fname, commune, so, place_date, title, sections, tail_diff, tail_prop, signer):
    d = newdoc("Times New Roman", 13)
    P(d, f"UBND XÃ {commune.upper()}\t\t**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", align="l", indent=False, space=0)
    P(d, f"**PHÒNG KINH TẾ**\t\t\t\t**Độc lập - Tự do - Hạnh phúc**", align="l", indent=False, space=0)
    P(d, f"Số: {so}\t\t\t\t*{place_date}*", align="l", indent=False, space=12)
    for t in title:
        P(d, t, align="c", indent=False, space=0)
    P(d, "", indent=False)
    P(d, "Kính gửi: Ủy ban nhân dân xã.", align="c", indent=False)
    for head, paras in sections:
        P(d, head, indent=False, space=2)
        for x in paras:
            P(d, x)
    P(d, "**Khó khăn:**", indent=False)
    for x in tail_diff:
        P(d, "- " + x)
    P(d, "**Đề xuất:**", indent=False)
    for x in tail_prop:
        P(d, "- " + x)
    P(d, "Trên đây là báo cáo của Phòng Kinh tế, kính trình UBND xã xem xét./.")
    sign(d, signer)
    d.save(os.path.join(OUT, fname))

# ---- Xã Dầu Tiếng
f = "DauTieng_BC_KT_11thang.docx"
dt_diff = ["Phòng chỉ có 01 công chức kiêm nhiệm cả chợ, nông nghiệp, thống kê và văn hóa nên việc kiểm tra đo lường ở chợ chỉ làm được theo đợt, chưa làm thường xuyên được.",
           "Chợ Định Thành chưa có cân đối chứng dự phòng, khi đem cân đi kiểm định thì chợ không có cân để người dân cân lại."]
dt_prop = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ cấp thêm 02 cân đối chứng cho chợ Định Thành.",
           "Đề nghị Chi cục mở lại lớp tập huấn nghiệp vụ cho cán bộ mới nhận nhiệm vụ ở xã, tổ chức vào đầu năm 2027."]
h1_doc(f, "Dầu Tiếng", "214/BC-KT", "Dầu Tiếng, ngày 18 tháng 11 năm 2026",
       ["**BÁO CÁO**", "**Kết quả công tác 11 tháng năm 2026 các phần việc kiêm nhiệm của Phòng Kinh tế**",
        "*(có nội dung thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng)*"],
       [("**1. Phần việc quản lý chợ – thương mại**", [
           "Trong 11 tháng, phòng đã sắp xếp lại 26 lô sạp ở nhà lồng chợ Dầu Tiếng, thu phí chợ đều hàng tháng, không để tồn đọng.",
           "Về đo lường ở chợ: phòng phối hợp với Chi cục TĐC và Đội Quản lý thị trường kiểm tra cân ở chợ Dầu Tiếng và chợ Định Thành được 3 cuộc, kiểm tra 41 hộ kinh doanh có dùng cân, phát hiện 5 hộ dùng cân sai quá mức cho phép; nhắc nhở 3 hộ, lập biên bản xử phạt 2 hộ với số tiền 3.500.000 đồng. Cân đối chứng của 2 chợ đã đưa đi kiểm định lại 2 cái, đạt yêu cầu. Phần việc này năm nay coi như đã làm xong.",
       ]),
        ("**2. Phần việc nông nghiệp – OCOP**", [
           "Tiêm phòng lở mồm long móng đợt 2 được 3.200 liều, đạt kế hoạch huyện cũ giao.",
           "Phòng đã hướng dẫn 4 hợp tác xã và 2 cơ sở sản xuất (tổng cộng 6 đơn vị) làm hồ sơ sản phẩm OCOP, trong đó có ghi nhãn hàng hóa, đăng ký mã số mã vạch và tem truy xuất nguồn gốc. Tới nay còn 2 hồ sơ chưa hoàn chỉnh nên việc này vẫn đang làm dở, qua tháng 12 làm tiếp.",
       ]),
        ("**3. Phần việc văn hóa – thông tin (kiêm nhiệm từ tháng 7)**", [
           "Đài truyền thanh xã và trang Zalo của xã đã phát, đăng tổng cộng 15 tin, bài về cân đong đúng, hàng giả, hàng kém chất lượng (12 tin trên loa, 3 bài trên Zalo). Việc tuyên truyền làm thường xuyên, phần năm nay đã làm đủ, xong.",
       ]),
        ("**4. Phần việc cải cách hành chính – ISO (kiêm)**", [
           "Xã đang duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, phòng đã rà soát, cập nhật 35 quy trình cho khớp với thủ tục mới. Riêng đánh giá nội bộ thì chưa làm kịp, dự kiến tháng 12 mới làm, nên phần này còn đang làm.",
       ]),
        ("**5. Đi học, tập huấn**", [
           "Phòng cử 2 người dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho cán bộ xã, phường do Chi cục tổ chức hồi tháng 6. Việc này xong rồi.",
       ])],
       dt_diff, dt_prop, ["**TRƯỞNG PHÒNG**", "", "", "**Lê Văn Hậu**"])
truth(f, "25777", "Xã Dầu Tiếng", "214/BC-KT", "2026-11-18", [
    E("II.5.c", "completed", "kiểm tra cân ở chợ Dầu Tiếng và chợ Định Thành được 3 cuộc, kiểm tra 41 hộ kinh doanh …",
      inspections=3, establishments_inspected=41, violations=5, fines_vnd=3500000, instruments_verified=2),
    E("II.2.d", "in_progress", "hướng dẫn 4 hợp tác xã và 2 cơ sở sản xuất (tổng cộng 6 đơn vị) làm hồ sơ sản phẩm OCOP …", enterprises_supported=6),
    E("II.1.a", "completed", "phát, đăng tổng cộng 15 tin, bài về cân đong đúng …", communications=15),
    E("II.2.đ", "in_progress", "duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 … đánh giá nội bộ chưa làm kịp"),
    E("II.3.a", "completed", "cử 2 người dự lớp tập huấn nghiệp vụ …", participants=2),
], dt_diff, dt_prop)

# ---- Xã Nhuận Đức
f = "NhuanDuc_baocao_kiemnhiem_T11.docx"
nd_diff = ["Cán bộ phụ trách vừa làm kinh tế vừa làm thống kê, đi kiểm tra chợ phải xin người của Công an xã đi cùng.",
           "Hộ kinh doanh ở chợ tạm Bàu Tròn buôn bán không cố định, kiểm tra xong lại đổi cân khác."]
nd_prop = ["Đề nghị Sở Khoa học và Công nghệ có tài liệu tuyên truyền in sẵn (tờ rơi, pa nô) gửi về cho xã để phát cho tiểu thương."]
h1_doc(f, "Nhuận Đức", "88/BC-KT", "Nhuận Đức, ngày 20 tháng 11 năm 2026",
       ["**BÁO CÁO**", "**Những việc phòng đã làm trong 11 tháng năm 2026 theo các phần việc được phân công kiêm nhiệm**"],
       [("**- Phần việc thống kê:**", [
           "Tổng hợp xong báo cáo điều tra hộ kinh doanh cá thể, toàn xã có 612 hộ kinh doanh đang hoạt động, trong đó 73 hộ ở chợ.",
       ]),
        ("**- Phần việc chợ và tiêu chuẩn, đo lường, chất lượng (theo Kế hoạch của Sở KH&CN):**", [
           "Phòng cùng Công an xã đi kiểm tra hàng hóa, cân đo ở chợ tạm Bàu Tròn và các tiệm tạp hóa ven tỉnh lộ được 2 cuộc, ghé 19 cơ sở. Có 1 cơ sở bán mũ bảo hiểm không có dấu hợp quy, đã lập biên bản chuyển lên cấp trên xử lý, chưa có tiền phạt. Đợt cuối năm dự tính làm thêm một cuộc nữa trước Tết nên việc này còn làm tiếp.",
           "Chuyện khiếu nại về cân thiếu, hàng kém chất lượng thì năm nay xã không có ai phản ánh, không có phát sinh.",
       ]),
        ("**- Phần việc truyền thanh (kiêm):**", [
           "Đọc trên loa xã được 8 tin về tiêu chuẩn, đo lường, chất lượng, ngày Đo lường Việt Nam 20/01 và ngày Tiêu chuẩn thế giới 14/10. Làm đều, năm nay xem như xong.",
       ]),
        ("**- Phần việc một cửa, ISO:**", [
           "Việc áp dụng hệ thống quản lý chất lượng ISO cho bộ phận một cửa của xã mới thì năm nay chưa làm tới, chờ hướng dẫn của Thành phố về bộ quy trình dùng chung.",
       ])],
       nd_diff, nd_prop, ["**KT. TRƯỞNG PHÒNG**", "**PHÓ TRƯỞNG PHÒNG**", "", "", "**Trần Thị Mộng Tuyền**"])
truth(f, "27511", "Xã Nhuận Đức", "88/BC-KT", "2026-11-20", [
    E("II.5.c", "in_progress", "kiểm tra hàng hóa, cân đo ở chợ tạm Bàu Tròn … được 2 cuộc, ghé 19 cơ sở. Có 1 cơ sở …",
      inspections=2, establishments_inspected=19, violations=1),
    E("II.5.d", "not_applicable", "khiếu nại về cân thiếu … năm nay xã không có ai phản ánh, không có phát sinh"),
    E("II.1.a", "completed", "Đọc trên loa xã được 8 tin về tiêu chuẩn, đo lường, chất lượng …", communications=8),
    E("II.2.đ", "not_started", "áp dụng hệ thống quản lý chất lượng ISO cho bộ phận một cửa … chưa làm tới"),
], nd_diff, nd_prop)

# ---- Xã Tân An Hội
f = "TanAnHoi_BC_PKT_nam2026.docx"
tah_diff = ["Kinh phí cho việc tuyên truyền, kiểm tra về tiêu chuẩn, đo lường, chất lượng chưa có dòng riêng trong dự toán của xã, phải lồng vào kinh phí quản lý chợ."]
tah_prop = ["Đề nghị Chi cục TĐC cho cán bộ xã đi cùng các đoàn kiểm tra của Chi cục trên địa bàn để học cách làm.",
            "Kiến nghị Thành phố sớm ban hành hướng dẫn phân cấp cụ thể việc kiểm tra đo lường ở chợ cho cấp xã."]
h1_doc(f, "Tân An Hội", "301/BC-KT", "Tân An Hội, ngày 24 tháng 11 năm 2026",
       ["**BÁO CÁO**", "**Công tác năm 2026 (số liệu đến 20/11/2026) – các phần việc do Phòng Kinh tế kiêm nhiệm**"],
       [("**Với phần việc quản lý thị trường, chợ:**", [
           "Trước Tết và dịp 30/4, phòng phối hợp Đội QLTT số 9 kiểm tra chất lượng xăng dầu, gas và cân ở chợ được 4 cuộc, tổng cộng 27 cơ sở, trong đó có 3 cơ sở vi phạm (2 cửa hàng gas không niêm yết chứng nhận hợp quy, 1 hộ bán cân không đạt), đã phạt 7,5 triệu đồng. Cuộc thứ năm làm trong tháng 12, nên tới giờ vẫn còn đang làm.",
           "Ngoài ra, bình ổn giá dịp Tết có 14 điểm bán hàng bình ổn, việc thường xuyên của phòng.",
       ]),
        ("**Với phần việc nông nghiệp:**", [
           "Hướng dẫn 3 hợp tác xã rau an toàn dán tem truy xuất nguồn gốc lên sản phẩm đưa vào siêu thị. Làm xong rồi, 3 hợp tác xã đều đã có tem.",
       ]),
        ("**Với phần việc văn hóa – xã hội (kiêm phụ trách truyền thông):**", [
           "Đăng 6 bài trên trang thông tin điện tử của xã và treo 10 băng rôn về chất lượng hàng hóa, tổng cộng 16 sản phẩm tuyên truyền; việc này xong.",
           "Cử 3 đồng chí đi dự hội nghị tập huấn về công tác tiêu chuẩn, đo lường, chất lượng cho công chức cấp xã (tháng 8). Xong.",
       ])],
       tah_diff, tah_prop, ["**TRƯỞNG PHÒNG**", "", "", "**Nguyễn Thành Lộc**"])
truth(f, "27496", "Xã Tân An Hội", "301/BC-KT", "2026-11-24", [
    E("II.5.c", "in_progress", "kiểm tra chất lượng xăng dầu, gas và cân ở chợ được 4 cuộc, tổng cộng 27 cơ sở, trong đó có 3 cơ sở vi phạm … phạt 7,5 triệu đồng",
      inspections=4, establishments_inspected=27, violations=3, fines_vnd=7500000),
    E("II.2.a", "completed", "Hướng dẫn 3 hợp tác xã rau an toàn dán tem truy xuất nguồn gốc …", enterprises_supported=3),
    E("II.1.a", "completed", "Đăng 6 bài … treo 10 băng rôn … tổng cộng 16 sản phẩm tuyên truyền", communications=16),
    E("II.3.a", "completed", "Cử 3 đồng chí đi dự hội nghị tập huấn …", participants=3),
], tah_diff, tah_prop)

# ---- Xã Long Hòa — MISTAKEN (giảm nghèo)
f = "LongHoa_BC_giamngheo_2026.docx"
h1_doc(f, "Long Hòa", "156/BC-KT", "Long Hòa, ngày 16 tháng 11 năm 2026",
       ["**BÁO CÁO**", "**Kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2026**"],
       [("**1. Phần việc lao động – thương binh – xã hội (kiêm):**", [
           "Đầu năm toàn xã còn 41 hộ nghèo và 63 hộ cận nghèo theo chuẩn Thành phố. Đến nay đã hỗ trợ 18 hộ thoát nghèo, 22 hộ thoát cận nghèo; giải ngân vốn vay ưu đãi qua Ngân hàng Chính sách xã hội 2,4 tỷ đồng cho 47 lượt hộ.",
       ]),
        ("**2. Phần việc y tế – bảo hiểm:**", [
           "Cấp 104 thẻ bảo hiểm y tế cho hộ nghèo, hộ cận nghèo; việc này đã xong.",
       ]),
        ("**3. Phần việc nhà ở:**", [
           "Xây mới 5 căn nhà tình thương, sửa chữa 3 căn; còn 1 căn đang làm, dự kiến bàn giao trước Tết.",
       ])],
       ["Một số hộ thoát nghèo chưa bền vững, dễ tái nghèo khi có biến động."],
       ["Đề nghị Thành phố tiếp tục bố trí vốn hỗ trợ nhà ở cho hộ nghèo năm 2027."],
       ["**TRƯỞNG PHÒNG**", "", "", "**Phạm Văn Tâm**"])
truth(f, "25792", "Xã Long Hòa", "156/BC-KT", "2026-11-16", [], [], [], status="rejected",
      reason="Không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng: đây là báo cáo giảm nghèo bền vững năm 2026 gửi nhầm.")

# =============================================================== HAND 2
# A commune vice-chairman's office (Văn phòng HĐND-UBND) clerk who writes each job as a
# topic–comment sentence "Việc … thì …" and closes it with a spoken "tới giờ là …" clause.
# No numbering per task, routine jobs interleaved, a normal header table.
def h2_doc(fname, left, so, place_date, title, paras, diffs, props, signer, kg):
    d = newdoc("Times New Roman", 14)
    header_table(d, left + [f"Số: {so}"], QH + ["", f"*{place_date}*"])
    P(d, "", indent=False)
    for t in title:
        P(d, t, align="c", indent=False, space=0)
    P(d, f"Kính gửi: {kg}", align="c", indent=False, space=8)
    for x in paras:
        P(d, x)
    P(d, "Có mấy khó khăn như sau:")
    for x in diffs:
        P(d, "- " + x)
    P(d, "Xã xin đề xuất:")
    for x in props:
        P(d, "- " + x)
    P(d, "Ủy ban nhân dân xã kính báo cáo./.")
    sign(d, signer)
    d.save(os.path.join(OUT, fname))

# ---- Xã Nhà Bè
f = "NhaBe_BC_TDC_nam2026.docx"
nb_diff = ["Xã mới sắp xếp, cán bộ theo dõi tiêu chuẩn, đo lường, chất lượng kiêm nhiều việc, chưa được tập huấn đầy đủ.",
           "Các cửa hàng xăng dầu dọc đường Nguyễn Bình thuộc nhiều đầu mối quản lý, xã khó nắm danh sách."]
nb_prop = ["Xin Chi cục Tiêu chuẩn Đo lường Chất lượng gửi danh sách cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng trên địa bàn xã để xã phối hợp theo dõi.",
           "Xin Sở Khoa học và Công nghệ bố trí kinh phí in tờ rơi tuyên truyền cho cấp xã."]
h2_doc(f, ["ỦY BAN NHÂN DÂN", "**XÃ NHÀ BÈ**"], "427/BC-UBND", "Nhà Bè, ngày 19 tháng 11 năm 2026",
       ["**BÁO CÁO**", "**Tình hình thực hiện các việc về tiêu chuẩn, đo lường, chất lượng năm 2026**",
        "*(số liệu tính tới ngày 15/11/2026)*"],
       ["Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân xã Nhà Bè báo cáo như sau:",
        "Việc kiểm tra ở chợ và cửa hàng xăng dầu thì xã đã lập tổ liên ngành, đi được 5 cuộc, vào 33 cơ sở (chợ Phú Xuân, chợ Rạch Dơi và các cửa hàng xăng dầu, gas), phát hiện 4 cơ sở vi phạm về đo lường và nhãn hàng hóa, đã ra quyết định phạt tổng cộng 12.000.000 đồng; tới giờ là làm xong phần kế hoạch năm.",
        "Việc giữ giá, bình ổn thị trường dịp cuối năm thì xã vẫn làm thường xuyên, có 9 điểm bán hàng bình ổn giá.",
        "Việc tuyên truyền thì xã phát trên hệ thống loa 20 tin và in 500 tờ rơi phát cho tiểu thương; tới giờ là xong.",
        "Việc cử cán bộ đi tập huấn thì xã cử 2 công chức dự lớp của Chi cục về quản lý đo lường, chất lượng cho cấp xã; tới giờ là xong.",
        "Việc hệ thống quản lý chất lượng ISO ở bộ phận một cửa thì xã đang xây dựng lại bộ quy trình sau sắp xếp, đã xong 42 quy trình; tới giờ là còn làm, chưa công bố.",
        "Việc dọn vệ sinh, chỉnh trang chợ thì làm hàng tuần theo kế hoạch của xã."],
       nb_diff, nb_prop, ["**TM. ỦY BAN NHÂN DÂN**", "**KT. CHỦ TỊCH**", "**PHÓ CHỦ TỊCH**", "", "", "**Đỗ Hữu Phước**"],
       "Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh (qua Chi cục TĐC).")
truth(f, "27655", "Xã Nhà Bè", "427/BC-UBND", "2026-11-19", [
    E("II.5.c", "completed", "Việc kiểm tra ở chợ và cửa hàng xăng dầu thì … đi được 5 cuộc, vào 33 cơ sở … 4 cơ sở vi phạm … 12.000.000 đồng",
      inspections=5, establishments_inspected=33, violations=4, fines_vnd=12000000),
    E("II.1.a", "completed", "Việc tuyên truyền thì xã phát trên hệ thống loa 20 tin …", communications=20),
    E("II.3.a", "completed", "Việc cử cán bộ đi tập huấn thì xã cử 2 công chức …", participants=2),
    E("II.2.đ", "in_progress", "Việc hệ thống quản lý chất lượng ISO ở bộ phận một cửa … tới giờ là còn làm"),
], nb_diff, nb_prop)

# ---- Xã Cần Giờ
f = "CanGio_BaoCao_CT38_11T.docx"
cg_diff = ["Địa bàn xã rộng, nhiều điểm bán hải sản khô tự phát, hàng không có nhãn, khó kiểm soát nguồn gốc.",
           "Chưa có cân đối chứng đặt ở bến đò và điểm chợ tạm ven biển."]
cg_prop = ["Xin Chi cục TĐC hỗ trợ xã 01 cân đối chứng đặt tại chợ Cần Thạnh.",
           "Xin được hướng dẫn cách làm tem truy xuất nguồn gốc cho hải sản khô của các cơ sở nhỏ."]
h2_doc(f, ["ỦY BAN NHÂN DÂN", "**XÃ CẦN GIỜ**"], "512/BC-UBND", "Cần Giờ, ngày 25 tháng 11 năm 2026",
       ["**BÁO CÁO**", "**Kết quả 11 tháng năm 2026 thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW**"],
       ["Việc kiểm tra hàng hóa thì xã tập trung vào hải sản khô, muối và nước mắm bán cho khách du lịch: xã đi 3 cuộc, kiểm tra 24 cơ sở, trong đó 6 cơ sở bán hàng không có nhãn hoặc nhãn không đủ nội dung, phạt 9.500.000 đồng, số còn lại nhắc nhở; tới giờ là còn làm, cuối tháng 12 còn một đợt phục vụ Tết.",
        "Việc hỗ trợ cơ sở làm nhãn, làm hồ sơ chất lượng thì xã hướng dẫn được 5 cơ sở làm nước mắm, mắm ruốc ghi nhãn đúng quy định và tự công bố sản phẩm; tới giờ là làm xong với 5 cơ sở này.",
        "Việc vệ sinh môi trường bãi biển 30/4 và hè thì xã làm như mọi năm, huy động 350 lượt đoàn viên.",
        "Việc tuyên truyền thì loa xã phát 14 tin, kết hợp nhắc tiểu thương khi đi kiểm tra; tới giờ là xong.",
        "Việc khen thưởng người tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng thì trong năm chưa có ai tố giác, xã không có phát sinh."],
       cg_diff, cg_prop, ["**TM. ỦY BAN NHÂN DÂN**", "**KT. CHỦ TỊCH**", "**PHÓ CHỦ TỊCH**", "", "", "**Huỳnh Văn Sang**"],
       "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.")
truth(f, "27664", "Xã Cần Giờ", "512/BC-UBND", "2026-11-25", [
    E("II.5.c", "in_progress", "Việc kiểm tra hàng hóa thì … xã đi 3 cuộc, kiểm tra 24 cơ sở, trong đó 6 cơ sở … phạt 9.500.000 đồng",
      inspections=3, establishments_inspected=24, violations=6, fines_vnd=9500000),
    E("II.2.d", "completed", "Việc hỗ trợ cơ sở làm nhãn, làm hồ sơ chất lượng thì xã hướng dẫn được 5 cơ sở …", enterprises_supported=5),
    E("II.1.a", "completed", "Việc tuyên truyền thì loa xã phát 14 tin …", communications=14),
    E("II.5.d", "not_applicable", "Việc khen thưởng người tố giác … xã không có phát sinh"),
], cg_diff, cg_prop)

# ---- Đặc khu Côn Đảo (re-saved through LibreOffice later)
f = "ConDao_BC_TDC_2026.docx"
cd_diff = ["Hàng hóa ra đảo chủ yếu qua tàu, kiểm tra tại cảng phải phối hợp nhiều lực lượng.",
           "Đặc khu chưa có tổ chức kiểm định phương tiện đo, muốn kiểm định cột đo xăng dầu phải mời đơn vị từ đất liền ra."]
cd_prop = ["Đề nghị Chi cục TĐC phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm bố trí đợt kiểm định phương tiện đo tại Côn Đảo mỗi năm một lần.",
           "Đề nghị Sở hỗ trợ tập huấn trực tuyến cho công chức đặc khu để đỡ chi phí đi lại."]
h2_doc(f, ["ỦY BAN NHÂN DÂN", "**ĐẶC KHU CÔN ĐẢO**"], "233/BC-UBND", "Côn Đảo, ngày 27 tháng 11 năm 2026",
       ["**BÁO CÁO**", "**Việc thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 trên địa bàn đặc khu**"],
       ["Việc kiểm tra xăng dầu, gas và hàng hóa phục vụ du khách thì đặc khu làm 2 cuộc, kiểm tra 11 cơ sở, chưa phát hiện vi phạm; đồng thời mời đơn vị kiểm định ra kiểm định 16 cột đo xăng dầu ở 3 cửa hàng, tất cả đều đạt; tới giờ là xong.",
        "Việc quản lý hàng hóa ở chợ Côn Đảo thì có 1 trường hợp bán hàng không rõ nguồn gốc, đã tạm giữ hàng và giao Công an đặc khu xử lý theo thẩm quyền (không tính vào số kiểm tra ở trên).",
        "Việc đưa cán bộ đi học thì đặc khu cử 1 công chức học trực tuyến lớp tập huấn của Chi cục; tới giờ là xong.",
        "Việc tuyên truyền thì Trung tâm truyền thông đặc khu đưa 7 tin, bài lên sóng phát thanh và trang thông tin điện tử; tới giờ là còn làm đều đặn, hết năm mới tổng kết.",
        "Việc lập tổ giám sát giá dịp cao điểm du lịch hè thì đặc khu làm bình thường như hằng năm."],
       cd_diff, cd_prop, ["**TM. ỦY BAN NHÂN DÂN**", "**KT. CHỦ TỊCH**", "**PHÓ CHỦ TỊCH**", "", "", "**Lê Thị Hồng Nhung**"],
       "Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.")
truth(f, "26732", "Đặc khu Côn Đảo", "233/BC-UBND", "2026-11-27", [
    E("II.5.c", "completed", "Việc kiểm tra xăng dầu, gas … làm 2 cuộc, kiểm tra 11 cơ sở … kiểm định 16 cột đo xăng dầu …",
      inspections=2, establishments_inspected=11, instruments_verified=16),
    E("II.3.a", "completed", "Việc đưa cán bộ đi học thì đặc khu cử 1 công chức …", participants=1),
    E("II.1.a", "in_progress", "Việc tuyên truyền thì … đưa 7 tin, bài … tới giờ là còn làm đều đặn", communications=7),
], cd_diff, cd_prop)

# =============================================================== HAND 3 (XLSX)
# A commune/ward officer's personal Excel notebook "So tay 2026": one row per job he did,
# with a column telling under WHICH POST he did it ("Làm với vai trò"), the result written
# as one sentence in "Ghi chép", and his spoken verdict in "Tự nhận xét". Plan jobs and
# routine jobs mixed; unit, số and date typed in the top rows.
thin = Side(style="thin")
BRD = Border(left=thin, right=thin, top=thin, bottom=thin)

def h3_xlsx(fname, unit_lines, so, date_line, title, rows, diffs, props, signer):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "So tay 2026"
    r = 1
    for ln in unit_lines:
        ws.cell(r, 1, ln).font = Font(name="Times New Roman", bold=True, size=12); r += 1
    ws.cell(r, 1, f"Số: {so}"); r += 1
    ws.cell(r, 4, date_line).font = Font(italic=True); r += 2
    ws.cell(r, 1, title).font = Font(bold=True, size=13); r += 2
    hdr = ["Stt", "Làm với vai trò", "Việc", "Ghi chép (làm được gì, bao nhiêu)", "Tự nhận xét"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(r, c, h); x.font = Font(bold=True); x.border = BRD
        x.fill = PatternFill("solid", fgColor="DDEBF7"); x.alignment = Alignment(wrap_text=True, vertical="center")
    r += 1
    for i, row in enumerate(rows, 1):
        vals = [i] + list(row)
        for c, v in enumerate(vals, 1):
            x = ws.cell(r, c, v); x.border = BRD; x.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    r += 1
    ws.cell(r, 1, "Khó khăn gặp phải:").font = Font(bold=True); r += 1
    for x in diffs:
        ws.cell(r, 2, x); r += 1
    ws.cell(r, 1, "Kiến nghị:").font = Font(bold=True); r += 1
    for x in props:
        ws.cell(r, 2, x); r += 1
    r += 1
    for ln in signer:
        ws.cell(r, 4, ln).font = Font(bold=True); r += 1
    for col, w in zip("ABCDE", (5, 16, 28, 60, 24)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))

# ---- Xã Bình Châu
f = "BinhChau_sotay_TDC_2026.xlsx"
bc_diff = ["Mùa du lịch hè nhiều điểm bán hàng tạm ở khu suối khoáng nóng, xã không đủ người đi kiểm tra hết.",
           "Người dân còn ngại phản ánh cân thiếu vì sợ mất lòng người bán quen."]
bc_prop = ["Xin Chi cục cho xã mượn bộ quả cân chuẩn để tự kiểm tra nhanh cân ở chợ.",
           "Xin tập huấn cho tổ quản lý chợ cách nhận biết cân bị can thiệp."]
h3_xlsx(f, ["UBND XÃ BÌNH CHÂU", "Bộ phận Kinh tế"], "97/BC-UBND", "Bình Châu, ngày 21 tháng 11 năm 2026",
        "KẾT QUẢ CÔNG VIỆC 11 THÁNG NĂM 2026 (phần tiêu chuẩn, đo lường, chất lượng và việc chung)",
        [("CB Kinh tế", "Kiểm tra cân, hàng hóa ở chợ Bình Châu, chợ Bưng Riềng", "Đi 4 cuộc với QLTT, kiểm tra 36 hộ, 7 hộ cân sai, phạt 8.750.000 đồng, tịch thu 3 cân đồng hồ hỏng", "Làm được rồi, xong phần năm nay"),
         ("CB Kinh tế", "Thu thuế khoán hộ kinh doanh", "Phối hợp đội thuế lập bộ 418 hộ", "Việc thường xuyên"),
         ("CB Văn hóa (kiêm)", "Tuyên truyền cân đúng, hàng thật", "Phát loa 10 tin, dán 30 áp phích ở 2 chợ (tổng 40 tin, áp phích)", "Xong"),
         ("CB Kinh tế", "Hướng dẫn cơ sở làm nhãn, mã vạch cho hạt điều, khoai mì", "Hướng dẫn 4 cơ sở, 2 cơ sở đã có mã số mã vạch", "Còn làm dở, 2 cơ sở kia chưa xong"),
         ("Thống kê (kiêm)", "Cập nhật danh sách cơ sở kinh doanh xăng dầu, gas", "Có 12 cửa hàng xăng dầu, 21 đại lý gas", "Việc thường xuyên"),
         ("CB Kinh tế", "Đi tập huấn của Chi cục TĐC", "1 người dự lớp quản lý nhà nước về đo lường cho xã, phường (tháng 9)", "Xong"),
         ("CB Kinh tế", "Giải quyết phản ánh, tố giác về đo lường, chất lượng", "Năm nay không có đơn thư, phản ánh", "Không có phát sinh")],
        bc_diff, bc_prop, ["NGƯỜI LẬP", "", "Võ Minh Trí"])
truth(f, "26656", "Xã Bình Châu", "97/BC-UBND", "2026-11-21", [
    E("II.5.c", "completed", "Đi 4 cuộc với QLTT, kiểm tra 36 hộ, 7 hộ cân sai, phạt 8.750.000 đồng",
      inspections=4, establishments_inspected=36, violations=7, fines_vnd=8750000),
    E("II.1.a", "completed", "Phát loa 10 tin, dán 30 áp phích ở 2 chợ (tổng 40 tin, áp phích)", communications=40),
    E("II.2.d", "in_progress", "Hướng dẫn 4 cơ sở, 2 cơ sở đã có mã số mã vạch", enterprises_supported=4),
    E("II.3.a", "completed", "1 người dự lớp quản lý nhà nước về đo lường cho xã, phường", participants=1),
    E("II.5.d", "not_applicable", "Năm nay không có đơn thư, phản ánh"),
], bc_diff, bc_prop)

# ---- Xã Hiệp Phước
f = "HiepPhuoc_sotay_CT38.xlsx"
hp_diff = ["Trong xã có nhiều doanh nghiệp ở khu công nghiệp, xã không nắm được doanh nghiệp nào thuộc diện kiểm tra về chất lượng."]
hp_prop = ["Đề nghị Chi cục TĐC thông báo kế hoạch kiểm tra doanh nghiệp trong khu công nghiệp Hiệp Phước để xã cử người phối hợp."]
h3_xlsx(f, ["UBND XÃ HIỆP PHƯỚC", "Phòng Kinh tế"], "318/BC-UBND", "Hiệp Phước, ngày 26 tháng 11 năm 2026",
        "SỔ THEO DÕI CÔNG VIỆC NĂM 2026 – gửi kèm báo cáo CT38",
        [("Phó phòng Kinh tế", "Kiểm tra cửa hàng xăng dầu, gas ven đường Nguyễn Văn Tạo", "Làm 2 cuộc, vào 14 cơ sở, 2 cơ sở vi phạm niêm yết, phạt 4 triệu đồng", "Xong đợt 1 và đợt 2, coi như xong năm"),
         ("Phó phòng Kinh tế", "Phối hợp Chi cục lấy mẫu xăng tại cửa hàng", "Chi cục lấy 6 mẫu xăng dầu tại 3 cửa hàng, xã cử người chứng kiến", "Xong"),
         ("Kiêm CCHC", "Duy trì ISO 9001 ở bộ phận một cửa", "Đã có quyết định công bố lại hệ thống, 38 quy trình", "Xong rồi"),
         ("Kiêm CCHC", "Sửa đổi quy chế làm việc của UBND xã", "Đã trình ký", "Việc chung"),
         ("Kiêm Văn hóa", "Tuyên truyền về đo lường, chất lượng", "Chưa làm được, chờ tài liệu của Sở", "Chưa làm")],
        hp_diff, hp_prop, ["NGƯỜI LẬP", "", "Đặng Quốc Khánh"])
truth(f, "27658", "Xã Hiệp Phước", "318/BC-UBND", "2026-11-26", [
    E("II.5.c", "completed", "Làm 2 cuộc, vào 14 cơ sở, 2 cơ sở vi phạm niêm yết, phạt 4 triệu đồng; Chi cục lấy 6 mẫu xăng dầu",
      inspections=2, establishments_inspected=14, violations=2, fines_vnd=4000000, samples_tested=6),
    E("II.2.đ", "completed", "Duy trì ISO 9001 ở bộ phận một cửa – Đã có quyết định công bố lại hệ thống, 38 quy trình"),
    E("II.1.a", "not_started", "Tuyên truyền về đo lường, chất lượng – Chưa làm được, chờ tài liệu của Sở"),
], hp_diff, hp_prop)

# ---- Phường Vĩnh Tân — MISTAKEN (chuyển đổi số)
f = "VinhTan_sotay_CDS_2026.xlsx"
h3_xlsx(f, ["UBND PHƯỜNG VĨNH TÂN", "Văn phòng HĐND và UBND"], "402/BC-UBND", "Vĩnh Tân, ngày 17 tháng 11 năm 2026",
        "KẾT QUẢ CHUYỂN ĐỔI SỐ 11 THÁNG NĂM 2026",
        [("CB Văn phòng", "Hồ sơ trực tuyến toàn trình", "Tiếp nhận 2.318 hồ sơ trực tuyến, đạt 87%", "Đạt"),
         ("CB Văn phòng", "Số hóa hồ sơ hộ tịch", "Số hóa được 12.500 trang sổ hộ tịch", "Còn làm"),
         ("Kiêm CNTT", "Tổ công nghệ số cộng đồng", "Có 14 tổ, 86 thành viên, hướng dẫn người dân cài VNeID", "Xong"),
         ("Kiêm CNTT", "Wifi công cộng ở nhà văn hóa khu phố", "Lắp 6 điểm", "Xong")],
        ["Máy tính ở bộ phận một cửa đã cũ, hay treo khi quét hồ sơ."],
        ["Đề nghị cấp thêm 04 máy quét cho bộ phận một cửa."], ["NGƯỜI LẬP", "", "Lý Thanh Bình"])
truth(f, "25912", "Phường Vĩnh Tân", "402/BC-UBND", "2026-11-17", [], [], [], status="rejected",
      reason="Không phải báo cáo thực hiện Kế hoạch CT38: đây là báo cáo kết quả chuyển đổi số 11 tháng năm 2026 gửi nhầm.")

# =============================================================== HAND 4
# A ward's inter-office working group ("Tổ công tác TĐC phường") secretary: a plain
# table "Việc | Diễn giải | Con số | Ý kiến của Tổ" where the status is the group's agreed
# view ("Tổ thống nhất: …") and the "Con số" cell holds figures as a sentence fragment.
def h4_doc(fname, ward, so, place_date, intro, rows, diffs, props, signer):
    d = newdoc("Times New Roman", 13)
    header_table(d, ["ỦY BAN NHÂN DÂN", f"**PHƯỜNG {ward.upper()}**", "**TỔ CÔNG TÁC TĐC**", f"Số: {so}"], QH + ["", f"*{place_date}*"])
    P(d, "", indent=False)
    P(d, "**BÁO CÁO CỦA TỔ CÔNG TÁC**", align="c", indent=False, space=0)
    P(d, "**Về kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026 (11 tháng)**", align="c", indent=False, space=8)
    P(d, intro)
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["TT", "Việc", "Diễn giải", "Con số", "Ý kiến của Tổ"]):
        c.text = ""; add_runs(c.paragraphs[0], f"**{h}**")
    for i, row in enumerate(rows, 1):
        cells = t.add_row().cells
        for c, v in zip(cells, [str(i)] + list(row)):
            c.text = ""; add_runs(c.paragraphs[0], v)
    P(d, "", indent=False)
    P(d, "**Vướng mắc của Tổ:**", indent=False)
    for x in diffs: P(d, "+ " + x)
    P(d, "**Tổ kiến nghị:**", indent=False)
    for x in props: P(d, "+ " + x)
    sign(d, signer)
    d.save(os.path.join(OUT, fname))

# ---- Phường Dĩ An
f = "DiAn_ToCongTac_BC11T.docx"
da_diff = ["Thành viên Tổ đều kiêm nhiệm, lịch đi kiểm tra hay bị trùng với lịch tiếp dân.",
           "Nhiều cửa hàng điện máy bán online, Tổ không có cách kiểm tra hàng giao qua mạng."]
da_prop = ["Đề nghị Chi cục TĐC cung cấp danh mục sản phẩm, hàng hóa nhóm 2 ưu tiên kiểm tra năm 2027 để Tổ xây dựng kế hoạch.",
           "Đề nghị Sở hướng dẫn mẫu biên bản kiểm tra dùng chung cho cấp phường."]
h4_doc(f, "Dĩ An", "12/BC-TCT", "Dĩ An, ngày 15 tháng 11 năm 2026",
       "Tổ công tác gồm 7 thành viên từ Phòng Kinh tế, Công an phường, Văn phòng HĐND-UBND và Đội QLTT. Tổ họp ngày 12/11/2026 và thống nhất báo cáo như sau:",
       [("Kiểm tra đo lường, chất lượng hàng hóa tại chợ Dĩ An và cửa hàng điện máy, mũ bảo hiểm",
         "Làm theo đợt: trước Tết, tháng hành động vì ATTP, tháng 9", "6 cuộc, 52 cơ sở, có 8 cơ sở vi phạm, phạt 21.300.000 đồng",
         "Tổ thống nhất: đã xong kế hoạch năm"),
        ("Tiếp nhận, giải quyết phản ánh của người dân về cân thiếu", "Qua đường dây nóng và Zalo phường", "2 phản ánh, đã xác minh, xử lý 2 trường hợp",
         "Tổ thống nhất: đã xong"),
        ("Tuyên truyền", "Trang Facebook phường, loa khu phố", "đăng 11 tin, bài",
         "Tổ thống nhất: còn làm tiếp tới cuối năm"),
        ("Tập huấn cho thành viên Tổ", "Chi cục mở lớp tháng 7", "4 thành viên dự",
         "Tổ thống nhất: đã xong"),
        ("Rà soát danh sách cơ sở kinh doanh", "Phục vụ quản lý chung của phường", "cập nhật 1.240 hộ kinh doanh",
         "Việc thường xuyên của Phòng Kinh tế")],
       da_diff, da_prop, ["**TỔ TRƯỞNG**", "**PHÓ CHỦ TỊCH UBND PHƯỜNG**", "", "", "**Ngô Thanh Vũ**"])
truth(f, "25942", "Phường Dĩ An", "12/BC-TCT", "2026-11-15", [
    E("II.5.c", "completed", "Kiểm tra đo lường, chất lượng hàng hóa tại chợ Dĩ An … 6 cuộc, 52 cơ sở, có 8 cơ sở vi phạm, phạt 21.300.000 đồng",
      inspections=6, establishments_inspected=52, violations=8, fines_vnd=21300000),
    E("II.5.d", "completed", "Tiếp nhận, giải quyết phản ánh của người dân về cân thiếu – 2 phản ánh … xử lý 2 trường hợp"),
    E("II.1.a", "in_progress", "Tuyên truyền – đăng 11 tin, bài", communications=11),
    E("II.3.a", "completed", "Tập huấn cho thành viên Tổ – 4 thành viên dự", participants=4),
], da_diff, da_prop)

# ---- Phường Bình Tây
f = "BinhTay_BC_ToTDC_nam2026.docx"
bt_diff = ["Chợ Bình Tây là chợ đầu mối lớn, hàng hóa nhiều chủng loại, Tổ chỉ kiểm tra được một phần nhỏ."]
bt_prop = ["Kiến nghị Chi cục TĐC phối hợp với phường tổ chức một đợt kiểm tra chuyên đề về nhãn hàng hóa nhập khẩu tại chợ Bình Tây trong quý I/2027.",
           "Kiến nghị cho phường được nhận tài liệu tuyên truyền song ngữ Việt – Hoa để phát cho tiểu thương người Hoa."]
h4_doc(f, "Bình Tây", "27/BC-TCT", "Bình Tây, ngày 28 tháng 11 năm 2026",
       "Căn cứ Kế hoạch năm 2026 của Sở Khoa học và Công nghệ, Tổ công tác TĐC phường Bình Tây tổng hợp kết quả như sau:",
       [("Kiểm tra nhãn hàng hóa, đo lường tại chợ Bình Tây, chợ Bình Tiên", "Cùng Đội QLTT số 6", "3 cuộc, 45 sạp hàng, 9 sạp vi phạm nhãn, phạt 18,6 triệu đồng",
         "Tổ thống nhất: còn làm, đợt Tết chưa làm"),
        ("Hướng dẫn hộ kinh doanh tự công bố, ghi nhãn hàng hóa", "Tại bộ phận một cửa và tại chợ", "hướng dẫn 17 hộ",
         "Tổ thống nhất: việc này làm xong"),
        ("Phát tờ rơi, loa tuyên truyền", "Song ngữ ở khu chợ", "in 1.000 tờ rơi, phát loa 9 tin",
         "Tổ thống nhất: xong"),
        ("Áp dụng ISO ở UBND phường", "Sau sắp xếp phải làm lại", "chưa có số",
         "Tổ thống nhất: chưa làm, chờ Văn phòng phường"),
        ("Trật tự lòng lề đường quanh chợ", "Việc chung của phường", "ra quân 22 lượt",
         "—")],
       bt_diff, bt_prop, ["**TỔ TRƯỞNG**", "", "", "**Quách Gia Huy**"])
truth(f, "27367", "Phường Bình Tây", "27/BC-TCT", "2026-11-28", [
    E("II.5.c", "in_progress", "Kiểm tra nhãn hàng hóa, đo lường tại chợ Bình Tây, chợ Bình Tiên – 3 cuộc, 45 sạp hàng, 9 sạp vi phạm nhãn, phạt 18,6 triệu đồng",
      inspections=3, establishments_inspected=45, violations=9, fines_vnd=18600000),
    E("II.2.d", "completed", "Hướng dẫn hộ kinh doanh tự công bố, ghi nhãn hàng hóa – hướng dẫn 17 hộ", enterprises_supported=17),
    E("II.1.a", "completed", "Phát tờ rơi, loa tuyên truyền – in 1.000 tờ rơi, phát loa 9 tin", communications=9),
    E("II.2.đ", "not_started", "Áp dụng ISO ở UBND phường – chưa làm, chờ Văn phòng phường"),
], bt_diff, bt_prop)

# ---- Phường An Đông (XLSX, same hand)
f = "AnDong_ToTDC_11T2026.xlsx"
ad_diff = ["Nhiều cửa hàng vàng bạc trên đường An Dương Vương dùng cân điện tử chưa rõ hạn kiểm định, Tổ chưa có thiết bị để thử."]
ad_prop = ["Đề nghị Chi cục TĐC cử cán bộ đo lường đi cùng Tổ khi kiểm tra cửa hàng vàng bạc."]
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Bao cao To"
lines = ["ỦY BAN NHÂN DÂN PHƯỜNG AN ĐÔNG", "TỔ CÔNG TÁC TĐC", "Số: 31/BC-TCT", "", "An Đông, ngày 22 tháng 11 năm 2026", "",
         "BÁO CÁO CỦA TỔ CÔNG TÁC – kết quả 11 tháng năm 2026 thực hiện Kế hoạch Chỉ thị 38-CT/TW", ""]
for i, ln in enumerate(lines, 1):
    ws.cell(i, 1, ln).font = Font(bold=(i in (1, 2, 7)))
r = len(lines) + 1
for c, h in enumerate(["TT", "Việc", "Diễn giải", "Con số", "Ý kiến của Tổ"], 1):
    x = ws.cell(r, c, h); x.font = Font(bold=True); x.border = BRD
rows = [("Kiểm tra cân vàng bạc, đồng hồ nước ở khu dân cư", "Cùng Công an phường", "2 cuộc, 18 cửa hàng vàng bạc, 1 cửa hàng vi phạm, phạt 5.000.000 đồng", "Tổ thống nhất: đã xong"),
        ("Vận động doanh nghiệp trên phường tham dự Giải thưởng Chất lượng Quốc gia", "Theo văn bản của Chi cục", "giới thiệu 2 doanh nghiệp", "Tổ thống nhất: đã xong"),
        ("Tuyên truyền", "Loa, bảng tin", "6 tin", "Tổ thống nhất: vẫn đang làm"),
        ("Khen thưởng người tố giác vi phạm", "", "", "Tổ thống nhất: không phát sinh"),
        ("Kiểm tra vệ sinh an toàn thực phẩm quán ăn", "Việc của Trạm y tế", "14 quán", "Không thuộc KH 38")]
for i, row in enumerate(rows, 1):
    for c, v in enumerate((i,) + row, 1):
        x = ws.cell(r + i, c, v); x.border = BRD; x.alignment = Alignment(wrap_text=True, vertical="top")
r += len(rows) + 2
ws.cell(r, 1, "Vướng mắc của Tổ:").font = Font(bold=True); ws.cell(r + 1, 2, ad_diff[0])
ws.cell(r + 2, 1, "Tổ kiến nghị:").font = Font(bold=True); ws.cell(r + 3, 2, ad_prop[0])
ws.cell(r + 5, 4, "TỔ TRƯỞNG"); ws.cell(r + 8, 4, "Mai Xuân Thịnh")
for col, w in zip("ABCDE", (5, 40, 24, 40, 28)): ws.column_dimensions[col].width = w
wb.save(os.path.join(OUT, f))
truth(f, "27316", "Phường An Đông", "31/BC-TCT", "2026-11-22", [
    E("II.5.c", "completed", "Kiểm tra cân vàng bạc … 2 cuộc, 18 cửa hàng vàng bạc, 1 cửa hàng vi phạm, phạt 5.000.000 đồng",
      inspections=2, establishments_inspected=18, violations=1, fines_vnd=5000000),
    E("II.1.b", "completed", "Vận động doanh nghiệp … tham dự Giải thưởng Chất lượng Quốc gia – giới thiệu 2 doanh nghiệp", enterprises_supported=2),
    E("II.1.a", "in_progress", "Tuyên truyền – 6 tin", communications=6),
    E("II.5.d", "not_applicable", "Khen thưởng người tố giác vi phạm – không phát sinh"),
], ad_diff, ad_prop)

# =============================================================== HAND 5
# A department specialist who words every status as how far the department has MET the
# Sở's request ("đã đáp ứng đầy đủ / đáp ứng một phần, đang tiếp tục / chưa đáp ứng /
# không có yêu cầu"), quoting the request first: "Sở KH&CN đề nghị: … — Sở … đã …".
def h5_xlsx(fname, unit_lines, so, date_line, title, rows, diffs, props, signer, sheet="BC_KH38"):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sheet
    ws.merge_cells("A1:C1"); ws["A1"] = unit_lines[0]
    ws.merge_cells("A2:C2"); ws["A2"] = unit_lines[1]; ws["A2"].font = Font(bold=True)
    ws.merge_cells("D1:F1"); ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(bold=True)
    ws.merge_cells("D2:F2"); ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws.merge_cells("A3:C3"); ws["A3"] = f"Số: {so}"
    ws.merge_cells("D3:F3"); ws["D3"] = date_line; ws["D3"].font = Font(italic=True)
    ws.merge_cells("A5:F5"); ws["A5"] = title; ws["A5"].font = Font(bold=True, size=13)
    ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    hdr = ["STT", "Sở KH&CN đề nghị", "Đơn vị đã làm", "Số lượng", "Đơn vị tính", "Mức đáp ứng"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(7, c, h); x.font = Font(bold=True); x.border = BRD
        x.fill = PatternFill("solid", fgColor="E2EFDA"); x.alignment = Alignment(wrap_text=True, horizontal="center")
    r = 8; stt = 0
    for req, done, figs, status in rows:
        stt += 1
        n = max(1, len(figs))
        ws.cell(r, 1, stt); ws.cell(r, 2, req); ws.cell(r, 3, done); ws.cell(r, 6, status)
        for k, (q, unit) in enumerate(figs or [(None, None)]):
            ws.cell(r + k, 4, q); ws.cell(r + k, 5, unit)
            if isinstance(q, int) and q >= 1000:
                ws.cell(r + k, 4).number_format = "#,##0"
        if n > 1:
            for c in (1, 2, 3, 6):
                ws.merge_cells(start_row=r, start_column=c, end_row=r + n - 1, end_column=c)
        for rr in range(r, r + n):
            for c in range(1, 7):
                ws.cell(rr, c).border = BRD; ws.cell(rr, c).alignment = Alignment(wrap_text=True, vertical="top")
        r += n
    r += 1
    ws.cell(r, 1, "Khó khăn, vướng mắc:").font = Font(bold=True); r += 1
    for i, x in enumerate(diffs, 1):
        ws.cell(r, 2, f"{i}. {x}"); r += 1
    ws.cell(r, 1, "Đề xuất, kiến nghị:").font = Font(bold=True); r += 1
    for i, x in enumerate(props, 1):
        ws.cell(r, 2, f"{i}. {x}"); r += 1
    r += 1
    for ln in signer:
        ws.cell(r, 5, ln).font = Font(bold=True); r += 1
    for col, w in zip("ABCDEF", (5, 42, 52, 12, 12, 30)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))

# ---- Sở Nông nghiệp và Môi trường
f = "SoNNMT_BC_KH38_11thang_2026.xlsx"
nn_diff = ["Nhiều cơ sở sản xuất nông nghiệp quy mô hộ gia đình chưa đủ điều kiện áp dụng truy xuất nguồn gốc điện tử.",
           "Kinh phí lấy mẫu kiểm nghiệm phân bón, thuốc bảo vệ thực vật còn hạn chế."]
nn_prop = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ dữ liệu mã số mã vạch của doanh nghiệp nông nghiệp để kết nối với hệ thống truy xuất nguồn gốc của ngành.",
           "Đề nghị Chi cục TĐC phối hợp tổ chức lớp tập huấn chung về ghi nhãn phân bón, thức ăn chăn nuôi năm 2027."]
h5_xlsx(f, ["ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"], "5871/BC-SNNMT", "TP. Hồ Chí Minh, ngày 23 tháng 11 năm 2026",
        "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (số liệu 11 tháng)",
        [("Phối hợp kiểm tra chất lượng vật tư nông nghiệp lưu thông trên thị trường",
          "Thanh tra Sở và các Chi cục chuyên ngành kiểm tra phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi; lấy mẫu kiểm nghiệm",
          [(18, "cuộc"), (214, "cơ sở"), (23, "cơ sở vi phạm"), (186000000, "đồng"), (96, "mẫu")],
          "Đã đáp ứng đầy đủ yêu cầu năm 2026"),
         ("Góp ý dự thảo quy chuẩn kỹ thuật quốc gia, quy chuẩn kỹ thuật địa phương",
          "Góp ý các dự thảo QCVN về phân bón, nước sạch sinh hoạt, chất lượng không khí",
          [(5, "quy chuẩn")], "Đã đáp ứng đầy đủ"),
         ("Triển khai hệ thống truy xuất nguồn gốc (Đề án 100) đối với nông sản",
          "Hướng dẫn hợp tác xã, doanh nghiệp cấp mã vùng trồng, dán tem truy xuất",
          [(42, "HTX, doanh nghiệp")], "Đáp ứng một phần, đang tiếp tục"),
         ("Tập huấn về tiêu chuẩn, chất lượng cho doanh nghiệp ngành nông nghiệp",
          "Tổ chức lớp về VietGAP, ghi nhãn sản phẩm nông nghiệp",
          [(3, "lớp"), (260, "lượt người")], "Đã đáp ứng đầy đủ"),
         ("Khảo sát chất lượng sản phẩm phục vụ cảnh báo người tiêu dùng",
          "Chưa triển khai do chưa bố trí được kinh phí khảo sát", [], "Chưa đáp ứng")],
        nn_diff, nn_prop, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Trương Minh Đạt"])
truth(f, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "5871/BC-SNNMT", "2026-11-23", [
    E("II.5.a", "completed", "Phối hợp kiểm tra chất lượng vật tư nông nghiệp lưu thông trên thị trường",
      inspections=18, establishments_inspected=214, violations=23, fines_vnd=186000000, samples_tested=96),
    E("II.2.e", "completed", "Góp ý dự thảo quy chuẩn kỹ thuật quốc gia, quy chuẩn kỹ thuật địa phương", standards_reviewed=5),
    E("II.2.a", "in_progress", "Triển khai hệ thống truy xuất nguồn gốc (Đề án 100) đối với nông sản", enterprises_supported=42),
    E("II.1.a", "completed", "Tập huấn về tiêu chuẩn, chất lượng cho doanh nghiệp ngành nông nghiệp", training_courses=3, participants=260),
    E("II.5.b", "not_started", "Khảo sát chất lượng sản phẩm … Chưa triển khai do chưa bố trí được kinh phí"),
], nn_diff, nn_prop)

# ---- Sở Y tế (re-saved through LibreOffice later)
f = "SoYT_BC_CT38_nam2026.xlsx"
yt_diff = ["Danh mục trang thiết bị y tế phải kiểm định còn thay đổi, các bệnh viện tư nhân chưa cập nhật kịp."]
yt_prop = ["Đề nghị Sở Khoa học và Công nghệ phối hợp rà soát danh mục phương tiện đo nhóm 2 dùng trong y tế để hướng dẫn thống nhất cho các cơ sở khám, chữa bệnh."]
h5_xlsx(f, ["ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH", "SỞ Y TẾ"], "9034/BC-SYT", "Thành phố Hồ Chí Minh, ngày 30 tháng 11 năm 2026",
        "BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 – PHẦN VIỆC CỦA SỞ Y TẾ",
        [("Phối hợp kiểm tra phương tiện đo, trang thiết bị y tế tại cơ sở khám, chữa bệnh",
          "Thanh tra Sở kiểm tra việc kiểm định huyết áp kế, cân y tế, máy đo điện tim",
          [(6, "cuộc"), (58, "cơ sở"), (4, "cơ sở vi phạm"), (45000000, "đồng")], "Đã đáp ứng đầy đủ"),
         ("Áp dụng hệ thống quản lý chất lượng tại cơ quan hành chính",
          "Văn phòng Sở cập nhật hệ thống ISO 9001:2015 theo thủ tục hành chính mới",
          [], "Đáp ứng một phần, đang tiếp tục"),
         ("Góp ý quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực y tế",
          "Góp ý dự thảo QCVN về nước uống đóng chai và thiết bị X-quang", [(2, "quy chuẩn")], "Đã đáp ứng đầy đủ"),
         ("Xử lý, bảo vệ người tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng",
          "Không có trường hợp", [], "Không có yêu cầu phát sinh")],
        yt_diff, yt_prop, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Phan Thị Ngọc Hân"])
truth(f, "SO-YT", "Sở Y tế", "9034/BC-SYT", "2026-11-30", [
    E("II.5.a", "completed", "Phối hợp kiểm tra phương tiện đo, trang thiết bị y tế tại cơ sở khám, chữa bệnh",
      inspections=6, establishments_inspected=58, violations=4, fines_vnd=45000000),
    E("II.2.đ", "in_progress", "Văn phòng Sở cập nhật hệ thống ISO 9001:2015 … Đáp ứng một phần, đang tiếp tục"),
    E("II.2.e", "completed", "Góp ý dự thảo QCVN về nước uống đóng chai và thiết bị X-quang", standards_reviewed=2),
    E("II.5.d", "not_applicable", "Xử lý, bảo vệ người tố giác … Không có yêu cầu phát sinh"),
], yt_diff, yt_prop)

# ---- Trung tâm Dịch vụ Phân tích thí nghiệm (XLSX)
f = "TTPTTN_BC_KH38_11T2026.xlsx"
tt_diff = ["Một số thiết bị thử nghiệm đã sử dụng trên 10 năm, chi phí sửa chữa lớn, ảnh hưởng tiến độ trả kết quả.",
           "Thủ tục mua sắm thiết bị theo quy định mới kéo dài, gói thầu thiết bị hiệu chuẩn áp suất chưa ký được hợp đồng."]
tt_prop = ["Đề nghị Sở bổ sung kinh phí năm 2027 để thay thế hệ thống chuẩn khối lượng cấp 1.",
           "Đề nghị Văn phòng Sở hỗ trợ đẩy nhanh thẩm định kế hoạch lựa chọn nhà thầu."]
h5_xlsx(f, ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG"],
        "612/BC-TTPTTN", "Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2026",
        "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
        [("Đầu tư cơ sở vật chất, trang thiết bị cho đơn vị sự nghiệp",
          "Mua sắm, lắp đặt thiết bị thử nghiệm vi sinh, quang phổ; gói thiết bị hiệu chuẩn áp suất đang lựa chọn nhà thầu",
          [(8420000000, "đồng")], "Đáp ứng một phần, đang tiếp tục"),
         ("Nâng cao hiệu quả dịch vụ kỹ thuật kiểm định, hiệu chuẩn, thử nghiệm",
          "Kiểm định, hiệu chuẩn phương tiện đo cho doanh nghiệp và người dân; thử nghiệm mẫu hàng hóa",
          [(18640, "phương tiện đo"), (5312, "mẫu")], "Đã đáp ứng đầy đủ"),
         ("Duy trì chuẩn đo lường, liên kết chuẩn đến chuẩn quốc gia",
          "Gửi hiệu chuẩn chuẩn chính tại Viện Đo lường Việt Nam", [(27, "chuẩn")], "Đã đáp ứng đầy đủ"),
         ("Đào tạo cho sinh viên các trường về đo lường, thử nghiệm",
          "Phối hợp các trường cao đẳng tổ chức lớp thực hành", [(4, "lớp"), (312, "sinh viên")], "Đã đáp ứng đầy đủ"),
         ("Phối hợp Chi cục khảo sát chất lượng sản phẩm, hàng hóa",
          "Thử nghiệm mẫu khảo sát đồ chơi trẻ em, mũ bảo hiểm", [(150, "mẫu")], "Đáp ứng một phần, đang tiếp tục")],
        tt_diff, tt_prop, ["GIÁM ĐỐC", "", "", "Hà Quang Vinh"], sheet="KH38")
truth(f, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
      "612/BC-TTPTTN", "2026-11-19", [
    E("II.4.a", "in_progress", "Đầu tư cơ sở vật chất, trang thiết bị cho đơn vị sự nghiệp", budget_spent_vnd=8420000000),
    E("II.2.g", "completed", "Kiểm định, hiệu chuẩn phương tiện đo …; thử nghiệm mẫu hàng hóa", instruments_verified=18640, samples_tested=5312),
    E("II.4.c", "completed", "Duy trì chuẩn đo lường, liên kết chuẩn đến chuẩn quốc gia", instruments_verified=27),
    E("II.3.d", "completed", "Đào tạo cho sinh viên các trường về đo lường, thử nghiệm", training_courses=4, participants=312),
    E("II.5.b", "in_progress", "Phối hợp Chi cục khảo sát chất lượng sản phẩm, hàng hóa", samples_tested=150),
], tt_diff, tt_prop)

# ---- Sở Công Thương (DOCX, same hand: "Sở KH&CN đề nghị: … — Mức đáp ứng: …" paragraphs)
f = "SoCongThuong_BC_CT38_2026.docx"
ct_diff = ["Lực lượng quản lý thị trường sau sắp xếp phải bao quát địa bàn rộng, số cuộc kiểm tra chuyên đề về chất lượng còn hạn chế.",
           "Hàng hóa kinh doanh trên sàn thương mại điện tử khó xác định nguồn gốc, xuất xứ."]
ct_prop = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng hàng hóa để lực lượng quản lý thị trường có căn cứ kiểm tra.",
           "Đề nghị tổ chức hội nghị phối hợp liên ngành về kiểm tra chất lượng hàng hóa trên môi trường mạng trong quý I/2027."]
d = newdoc("Times New Roman", 13)
header_table(d, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "**SỞ CÔNG THƯƠNG**", "Số: 7216/SCT-QLTM", "V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"],
             QH + ["", "*Thành phố Hồ Chí Minh, ngày 26 tháng 11 năm 2026*"])
P(d, "", indent=False)
P(d, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", align="c", indent=False, space=8)
P(d, "Phúc đáp đề nghị của Sở Khoa học và Công nghệ về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo từng nội dung Sở Khoa học và Công nghệ đề nghị và mức đáp ứng như sau:")
for req, body, lvl in [
    ("phối hợp kiểm tra, giám sát chất lượng sản phẩm, hàng hóa lưu thông trên thị trường.",
     "Lực lượng Quản lý thị trường Thành phố đã kiểm tra 126 cuộc về chất lượng, nhãn hàng hóa, đo lường tại 126 cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng, mũ bảo hiểm, đồ chơi trẻ em; phát hiện 48 cơ sở vi phạm, xử phạt 412.500.000 đồng.",
     "đã đáp ứng đầy đủ."),
    ("góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương.",
     "Sở đã góp ý 3 dự thảo QCVN (xăng sinh học E10, thép làm cốt bê tông, chai chứa khí dầu mỏ hóa lỏng).",
     "đã đáp ứng đầy đủ."),
    ("hỗ trợ doanh nghiệp áp dụng tiêu chuẩn, công bố hợp quy.",
     "Phòng Quản lý công nghiệp hướng dẫn 35 doanh nghiệp công bố hợp quy sản phẩm thép, điện – điện tử; một số hồ sơ còn đang bổ sung.",
     "đáp ứng một phần, đang tiếp tục."),
    ("tuyên truyền về tiêu chuẩn, đo lường, chất lượng.",
     "Đăng 24 tin, bài trên Cổng thông tin điện tử Sở Công Thương và bản tin Quản lý thị trường.",
     "đã đáp ứng đầy đủ."),
    ("cập nhật các hiệp định thương mại tự do liên quan đến hàng rào kỹ thuật trong thương mại (TBT).",
     "Sở thường xuyên cập nhật, phổ biến cam kết TBT trong các FTA cho doanh nghiệp qua Trung tâm WTO và Hội nhập.",
     "đã đáp ứng đầy đủ.")]:
    P(d, f"**Sở KH&CN đề nghị:** {req}")
    P(d, f"Sở Công Thương đã thực hiện: {body}")
    P(d, f"*Mức đáp ứng: {lvl}*")
P(d, "**Khó khăn, vướng mắc**", indent=False)
for x in ct_diff: P(d, "- " + x)
P(d, "**Kiến nghị**", indent=False)
for x in ct_prop: P(d, "- " + x)
P(d, "Sở Công Thương báo cáo Sở Khoa học và Công nghệ tổng hợp./.")
sign(d, ["**KT. GIÁM ĐỐC**", "**PHÓ GIÁM ĐỐC**", "", "", "**Nguyễn Nguyên Phương**"])
d.save(os.path.join(OUT, f))
truth(f, "SO-CT", "Sở Công Thương", "7216/SCT-QLTM", "2026-11-26", [
    E("II.5.a", "completed", "kiểm tra 126 cuộc … tại 126 cơ sở … phát hiện 48 cơ sở vi phạm, xử phạt 412.500.000 đồng",
      inspections=126, establishments_inspected=126, violations=48, fines_vnd=412500000),
    E("II.2.e", "completed", "góp ý 3 dự thảo QCVN", standards_reviewed=3),
    E("II.2.d", "in_progress", "hướng dẫn 35 doanh nghiệp công bố hợp quy …", enterprises_supported=35),
    E("II.1.a", "completed", "Đăng 24 tin, bài trên Cổng thông tin điện tử …", communications=24),
    E("II.6.a", "completed", "cập nhật, phổ biến cam kết TBT trong các FTA cho doanh nghiệp"),
], ct_diff, ct_prop)

# ---- re-save two files through LibreOffice, as real offices do
import subprocess, shutil, tempfile, hashlib
for fn, ext in (("ConDao_BC_TDC_2026.docx", "docx"), ("SoYT_BC_CT38_nam2026.xlsx", "xlsx")):
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, os.path.join(OUT, fn)],
                   check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, fn), os.path.join(OUT, fn))
os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
for fn, t in TRUTH.items():
    t["sha256"] = hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest()
    json.dump(t, open(os.path.join(OUT, "truth", fn + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(TRUTH), "files")
