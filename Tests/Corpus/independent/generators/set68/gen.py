# -*- coding: utf-8 -*-
"""Generator for set68. Builds 17 files (10 DOCX, 7 XLSX) in 5 hands + truth keys (sha256 filled by finish.py)."""
import json, os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
KEYS = {}

def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = {"file": fname, "sha256": None, "status": status, "reason": reason,
                   "unit": {"id": unit_id, "name": unit_name},
                   "document": {"number": number, "date": date},
                   "entries": [{"task": t, "status": s, "indicators": ind, "text": tx} for (t, s, ind, tx) in entries],
                   "findings": [], "difficulties": diffs, "proposals": props}

# ---------------------------------------------------------------- helpers (docx)
def newdoc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return d

def para(d, text="", bold=False, italic=False, center=False, size=None, indent=True, underline=False):
    p = d.add_paragraph()
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent: p.paragraph_format.first_line_indent = Cm(1)
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
    if size: r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(3)
    return p

def runs(d, parts, indent=True):
    p = d.add_paragraph()
    if indent: p.paragraph_format.first_line_indent = Cm(1)
    for t, fmt in parts:
        r = p.add_run(t); r.bold = "b" in fmt; r.italic = "i" in fmt; r.underline = "u" in fmt
    p.paragraph_format.space_after = Pt(3)
    return p

def header_table(d, left, right, widths=(7, 9)):
    t = d.add_table(rows=len(left), cols=2)
    for i, (l, r) in enumerate(zip(left, right)):
        for j, (txt, b) in enumerate([l, r]):
            c = t.cell(i, j); c.width = Cm(widths[j]); c.text = ""
            p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            rr = p.add_run(txt); rr.bold = b
            if i == len(left) - 1 and j == 1: rr.italic = True
    return t

def grid(t):
    t.style = "Table Grid"

# ================================================================ HAND A: Lê Văn Tư (xã, southern spoken wording)
def hand_a(fname, unit_id, unit_name, upper, place, number, date_txt, iso, title, intro, items, vuong, xin, signer, entries):
    d = newdoc()
    header_table(d, [("ỦY BAN NHÂN DÂN", True), (upper, True), ("", False), ("Số: " + number, False)],
                    [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True), ("", False),
                     (place + ", " + date_txt, False)])
    para(d)
    para(d, "BÁO CÁO", bold=True, center=True, size=14)
    para(d, title, bold=True, center=True)
    para(d, "")
    para(d, intro)
    para(d, "1. Những việc bên " + ("xã" if unit_name.startswith("Xã") else "phường") + " đã làm", bold=True, indent=False)
    for lab, body in items:
        runs(d, [("* Vụ " + lab + ": ", "b"), (body, "")])
    para(d, "2. Vướng:", bold=True, indent=False)
    for v in vuong: para(d, "- " + v)
    para(d, "3. Xin:", bold=True, indent=False)
    for x in xin: para(d, "- " + x)
    para(d, "Trên đây là báo cáo của UBND " + unit_name.split(" ", 1)[0].lower() + " " + unit_name.split(" ", 1)[1] + ", kính gửi Chi cục tổng hợp./.")
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Nơi nhận:\n- Chi cục TĐC (Sở KH&CN);\n- CT, PCT UBND;\n- Lưu: VT, KT."
    t.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\n" + signer
    for p in t.cell(0, 1).paragraphs: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.save(os.path.join(OUT, fname))
    return entries

# --- A1 Xã Long Điền
f = "bc-xa-long-dien-ct38.docx"
items = [
 ("tuyên truyền", "Xã viết 8 tin, bài về cân đong, xăng dầu, hàng giả hàng kém chất lượng, cho phát trên loa truyền thanh và đăng lên Fanpage của xã. Việc này làm rồi."),
 ("cân đối chứng ở chợ", "Cái cân đối chứng ở chợ Long Điền vẫn để cho bà con cân lại. Trong năm xã cho người đi coi lại 31 cái cân của tiểu thương ở chợ, cân nào sai thì nhắc bà con đem đi kiểm định lại. Việc này đang làm tiếp tới cuối năm."),
 ("cây xăng", "Xã đi chung với Công an xã kiểm tra 2 đợt, coi 5 cây xăng trên địa bàn, có 1 cây vi phạm niêm phong cột đo, đã lập biên bản chuyển lên phạt 7.500.000 đồng."),
 ("đi học tập huấn", "Xã cử 2 anh chị công chức kinh tế đi dự lớp tập huấn nghiệp vụ tiêu chuẩn đo lường chất lượng do Chi cục mở hồi tháng 6. Việc này làm rồi."),
 ("ISO ở bộ phận một cửa", "Xã vẫn đang duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015, mấy cái quy trình mới thì đang làm tiếp, chưa xong."),
 ("vận động doanh nghiệp dự Giải thưởng chất lượng", "Bên xã chưa làm tới, vì trên địa bàn mấy cơ sở đa phần là hộ kinh doanh nhỏ."),
]
vuong = ["Xã chỉ có 1 người làm kinh tế mà ôm nhiều việc, không có người chuyên lo mảng đo lường.",
         "Xã không có máy móc gì để thử cân, đo xăng, phải chờ Chi cục xuống."]
xin = ["Xin Chi cục năm sau mở thêm lớp tập huấn ngắn cho cán bộ xã, phường.",
       "Xin Sở cấp cho xã 1 bộ quả cân chuẩn để kiểm tra cân ở chợ."]
E = [("II.1.a", "completed", {"communications": 8}, items[0][1]),
     ("II.5.c", "in_progress", {"instruments_verified": 31, "inspections": 2, "establishments_inspected": 5, "violations": 1, "fines_vnd": 7500000}, items[1][1] + " " + items[2][1]),
     ("II.3.a", "completed", {"participants": 2}, items[3][1]),
     ("II.2.đ", "in_progress", {}, items[4][1]),
     ("II.1.b", "not_started", {}, items[5][1])]
hand_a(f, "26659", "Xã Long Điền", "XÃ LONG ĐIỀN", "Long Điền", "318/BC-UBND", "ngày 27 tháng 10 năm 2026", "2026-10-27",
       "Kết quả làm theo Kế hoạch của Sở Khoa học và Công nghệ về Chỉ thị 38-CT/TW (tiêu chuẩn, đo lường, chất lượng) năm 2026",
       "Thực hiện Công văn của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả thực hiện Chỉ thị số 38-CT/TW năm 2026, UBND xã Long Điền báo cáo lại như sau:",
       items, vuong, xin, "Trần Văn Sáu", E)
key(f, "26659", "Xã Long Điền", "318/BC-UBND", "2026-10-27", E, vuong, xin)

# --- A2 Xã Bàu Bàng
f = "xa-bau-bang-bao-cao-tdc-2026.docx"
items = [
 ("tuyên truyền", "Xã in tờ rơi nói về cân, đo, hàng hóa có nhãn mác đàng hoàng, phát cho các hộ kinh doanh ở chợ Bàu Bàng và mấy tiệm tạp hóa; kèm theo đó có đăng 3 bài trên trang thông tin điện tử của xã. Vụ này làm rồi."),
 ("kiểm tra cân, xăng, vàng", "Tới nay xã đi kiểm tra 3 cuộc, coi được 14 cơ sở (cây xăng, tiệm vàng, vựa nông sản), có 2 cơ sở không có giấy kiểm định cân, đã nhắc nhở, chưa phạt tiền. Vụ này đang làm tiếp, tháng 11 còn đi 1 đợt nữa."),
 ("tập huấn", "Xã có cử 3 người dự hội nghị tập huấn của Chi cục tổ chức theo hình thức trực tuyến. Vụ này làm rồi."),
 ("truy xuất nguồn gốc", "Xã có đi hướng dẫn cho 4 hợp tác xã, tổ hợp tác làm tem truy xuất nguồn gốc cho trái cây, hạt điều. Vụ này đang làm tiếp."),
 ("người tố giác vi phạm", "Năm nay không có ai báo tin, tố giác gì về đo lường chất lượng, nên không có phát sinh."),
]
vuong = ["Cơ sở kinh doanh nhỏ lẻ nhiều, hay đổi chỗ bán nên khó theo dõi.",
         "Kinh phí cho việc này xã không có dòng riêng."]
xin = ["Xin Chi cục gửi tài liệu tuyên truyền in sẵn về cho xã để phát cho bà con."]
E = [("II.1.a", "completed", {"communications": 3}, items[0][1]),
     ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 14, "violations": 2}, items[1][1]),
     ("II.3.a", "completed", {"participants": 3}, items[2][1]),
     ("II.2.a", "in_progress", {"enterprises_supported": 4}, items[3][1]),
     ("II.5.d", "not_applicable", {}, items[4][1])]
hand_a(f, "25822", "Xã Bàu Bàng", "XÃ BÀU BÀNG", "Bàu Bàng", "274/BC-UBND", "ngày 30 tháng 10 năm 2026", "2026-10-30",
       "Tình hình làm công tác tiêu chuẩn, đo lường, chất lượng theo Chỉ thị 38-CT/TW năm 2026",
       "Theo Công văn của Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng) đề nghị báo cáo, UBND xã Bàu Bàng báo cáo như sau:",
       items, vuong, xin, "Nguyễn Thanh Hùng", E)
key(f, "25822", "Xã Bàu Bàng", "274/BC-UBND", "2026-10-30", E, vuong, xin)

# --- A3 Phường Lái Thiêu
f = "PLaiThieu_baocao_CT38.docx"
items = [
 ("tuyên truyền", "Phường có đưa tin lên loa phát thanh các khu phố và Zalo khu phố, tổng cộng 12 tin về đo lường, chất lượng xăng dầu, mũ bảo hiểm. Việc này làm xong rồi."),
 ("phối hợp kiểm tra theo phân cấp", "Phường phối hợp Chi cục TĐC đi 2 cuộc kiểm tra, coi 9 cửa hàng vàng bạc và cây xăng ở đường Nguyễn Văn Tiết, Phan Đình Phùng; có 1 tiệm vàng dùng cân chưa kiểm định, Chi cục phạt 3.000.000 đồng. Còn đang làm tiếp."),
 ("kiểm định cân chợ", "Phường gom cân ở chợ Lái Thiêu cho đơn vị kiểm định tới làm một lần, được 46 cái cân đã kiểm định xong, dán tem. Việc này làm rồi."),
 ("đi tập huấn", "Phường chưa cử người đi được lớp nào vì trùng lịch, chưa làm tới."),
]
vuong = ["Mấy tiệm vàng nhỏ hay đóng cửa khi thấy đoàn kiểm tra tới."]
xin = ["Xin Chi cục báo lịch lớp tập huấn sớm để phường sắp xếp người đi.",
       "Xin cho phường được dùng chung phương tiện đo của Chi cục khi kiểm tra."]
E = [("II.1.a", "completed", {"communications": 12}, items[0][1]),
     ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 9, "violations": 1, "fines_vnd": 3000000, "instruments_verified": 46}, items[1][1] + " " + items[2][1]),
     ("II.3.a", "not_started", {}, items[3][1])]
hand_a(f, "25966", "Phường Lái Thiêu", "PHƯỜNG LÁI THIÊU", "Lái Thiêu", "412/BC-UBND", "ngày 29 tháng 10 năm 2026", "2026-10-29",
       "Kết quả triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn phường",
       "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ triển khai Chỉ thị số 38-CT/TW năm 2026, UBND phường Lái Thiêu báo cáo như sau:",
       items, vuong, xin, "Lê Thị Bích Thủy", E)
key(f, "25966", "Phường Lái Thiêu", "412/BC-UBND", "2026-10-29", E, vuong, xin)

# --- A4 Xã Hồ Tràm (MISTAKEN: phòng chống thiên tai)
f = "bc-xa-ho-tram-10-2026.docx"
items = [
 ("chằng chống nhà cửa", "Xã cho các ấp đi nhắc bà con chằng chống nhà cửa trước mùa mưa bão, được 420 hộ. Việc này làm rồi."),
 ("tàu thuyền", "Xã phối hợp Đồn Biên phòng kêu gọi 86 tàu cá vô bờ neo đậu khi có áp thấp nhiệt đới. Việc này làm rồi."),
 ("sạt lở bờ biển", "Đoạn bờ biển ấp Hồ Tràm bị sạt lở khoảng 150 mét, xã đã cắm biển cảnh báo, đang làm tiếp hồ sơ xin kinh phí kè tạm."),
 ("diễn tập", "Xã chưa làm tới cuộc diễn tập phòng chống thiên tai năm nay, dời qua tháng 12."),
]
vuong = ["Xã thiếu áo phao, nhà bạt để dùng khi phải di dời dân."]
xin = ["Xin huyện, thành phố hỗ trợ kinh phí làm kè tạm đoạn bờ biển sạt lở."]
hand_a(f, "26620", "Xã Hồ Tràm", "XÃ HỒ TRÀM", "Hồ Tràm", "356/BC-UBND", "ngày 26 tháng 10 năm 2026", "2026-10-26",
       "Kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 10 tháng năm 2026",
       "Theo yêu cầu của Ban Chỉ huy phòng thủ dân sự Thành phố, UBND xã Hồ Tràm báo cáo lại như sau:",
       items, vuong, xin, "Phạm Văn Lợi", [])
key(f, "26620", "Xã Hồ Tràm", "356/BC-UBND", "2026-10-26", [], [], [], status="rejected",
    reason="Không phải báo cáo thực hiện Kế hoạch CT38 (tiêu chuẩn, đo lường, chất lượng): đây là báo cáo phòng, chống thiên tai và tìm kiếm cứu nạn gửi nhầm.")

# ================================================================ HAND B: Võ Thị Kim Loan (Sở units, IT jargon in prose)
def hand_b(fname, unit_upper, number, place_date, title, intro, items, kk, dx, signer, role):
    d = newdoc(size=13)
    header_table(d, [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False), (unit_upper, True), ("Số: " + number, False)],
                    [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True), (place_date, False)])
    para(d)
    para(d, "BÁO CÁO", bold=True, center=True, size=14)
    para(d, title, bold=True, center=True)
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", center=True)
    para(d, intro)
    para(d, "I. KẾT QUẢ TRIỂN KHAI", bold=True, indent=False)
    for i, (ttl, body, st) in enumerate(items, 1):
        para(d, f"{i}) {ttl}", bold=True, indent=False)
        for b in body: para(d, b)
        runs(d, [("Trạng thái: ", "i"), (st, "b")])
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for k in kk: para(d, "- " + k)
    para(d, "III. ĐỀ XUẤT", bold=True, indent=False)
    for k in dx: para(d, "- " + k)
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Nơi nhận:\n- Như trên;\n- Ban Giám đốc Sở (để b/c);\n- Lưu: VT."
    t.cell(0, 1).text = role + "\n\n\n\n" + signer
    for p in t.cell(0, 1).paragraphs: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.save(os.path.join(OUT, fname))

# --- B1 Phòng Chuyển đổi số
f = "cds-bao-cao-ct38-2026.docx"
items = [
 ("Phối hợp nâng cấp Hệ thống thông tin giải quyết TTHC về TĐC và liên thông Cổng một cửa quốc gia",
  ["Phòng đã cùng Chi cục rà soát yêu cầu nghiệp vụ, chốt 07 API trao đổi dữ liệu hồ sơ đăng ký kiểm tra nhà nước về chất lượng hàng nhập khẩu với Cổng thông tin một cửa quốc gia. Môi trường UAT chạy thử từ tháng 02/2026, đã go-live chính thức ngày 15/4/2026.",
   "Sau go-live, phòng tổ chức 02 buổi hướng dẫn sử dụng cho 38 lượt công chức, viên chức của Chi cục và bộ phận một cửa."],
  "Đã hoàn thành (go-live 15/4/2026)"),
 ("Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng",
  ["Đã xây dựng phương án kết nối qua nền tảng tích hợp, chia sẻ dữ liệu (LGSP) của Thành phố; hiện đang chờ Bộ cấp tài khoản kết nối và tài liệu đặc tả dịch vụ (web service) phía Trung ương. Phần mapping dữ liệu danh mục phương tiện đo, chuẩn đo lường đã làm xong khoảng một nửa."],
  "Đang thực hiện"),
 ("Số hóa hồ sơ, quy trình ISO điện tử tại Sở",
  ["Phòng phối hợp Văn phòng Sở và Chi cục đưa bộ quy trình ISO lên hệ thống quản lý văn bản và điều hành, số hóa 112 quy trình nội bộ; workflow phê duyệt chạy trên hệ thống từ tháng 7/2026. Kinh phí đã sử dụng: 85.000.000 đồng."],
  "Đã hoàn thành"),
 ("Tuyên truyền trên nền tảng số",
  ["Phòng hỗ trợ đăng tải 15 tin, bài về tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử Sở và fanpage; phần này làm thường xuyên."],
  "Đang thực hiện"),
]
kk = ["Phía Trung ương chưa công bố tài liệu đặc tả API của cơ sở dữ liệu quốc gia về TĐC nên chưa thể kết nối chính thức.",
      "Hạ tầng server của Sở đã cũ, hiệu năng chưa đáp ứng khi số lượng hồ sơ tăng cao vào cuối năm."]
dx = ["Đề nghị Chi cục có văn bản gửi Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia sớm cung cấp tài khoản và tài liệu kết nối.",
      "Đề nghị Sở bố trí kinh phí nâng cấp hạ tầng máy chủ năm 2027."]
hand_b(f, "PHÒNG CHUYỂN ĐỔI SỐ", "45/BC-CĐS", "Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2026",
       "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
       "Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Phòng Chuyển đổi số báo cáo kết quả phối hợp thực hiện như sau:",
       items, kk, dx, "Đặng Minh Khoa", "TRƯỞNG PHÒNG")
E = [("II.2.h", "completed", {"training_courses": 2, "participants": 38}, " ".join(items[0][1])),
     ("II.2.i", "in_progress", {}, items[1][1][0]),
     ("II.2.đ", "completed", {"budget_spent_vnd": 85000000}, items[2][1][0]),
     ("II.1.a", "in_progress", {"communications": 15}, items[3][1][0])]
key(f, "SKHCN-CDS", "Phòng Chuyển đổi số", "45/BC-CĐS", "2026-10-23", E, kk, dx)

# --- B2 Trung tâm CNTT và Địa không gian
f = "TTCNTT-DKG_bc-phoi-hop-CT38.docx"
items = [
 ("Hạ tầng cho cơ sở dữ liệu TĐC của Thành phố",
  ["Trung tâm đã cấp phát 04 máy chủ ảo (VM) trên Trung tâm dữ liệu Thành phố cho cơ sở dữ liệu về tiêu chuẩn, đo lường, chất lượng; cấu hình backup hằng ngày và giám sát uptime. Đang phối hợp Chi cục và Phòng Chuyển đổi số test kết nối với LGSP, dự kiến xong trong tháng 12/2026."],
  "Đang thực hiện"),
 ("Bản đồ số mạng lưới phương tiện đo, tổ chức dịch vụ kỹ thuật",
  ["Trung tâm xây dựng lớp dữ liệu GIS về vị trí 1.250 cửa hàng xăng dầu và 86 tổ chức kiểm định, hiệu chuẩn, thử nghiệm trên nền bản đồ số Thành phố để Chi cục khai thác. Bản đồ đã publish bản beta nội bộ từ tháng 9/2026, đang bổ sung dữ liệu các phường, xã còn thiếu."],
  "Đang thực hiện"),
 ("Hỗ trợ đăng ký, công bố trực tuyến cho doanh nghiệp",
  ["Tổng đài hỗ trợ kỹ thuật của Trung tâm đã xử lý yêu cầu cho 63 doanh nghiệp gặp lỗi khi nộp hồ sơ công bố hợp quy, đăng ký kiểm tra nhập khẩu trực tuyến."],
  "Đang thực hiện"),
 ("Đào tạo nội bộ",
  ["Chưa tổ chức được lớp tập huấn về khai thác dữ liệu GIS cho cán bộ Chi cục do chưa chốt được lịch."],
  "Chưa thực hiện"),
]
kk = ["Dữ liệu vị trí cửa hàng xăng dầu nhận từ nhiều nguồn, định dạng không thống nhất, phải làm sạch thủ công."]
dx = ["Đề nghị Chi cục cử đầu mối cập nhật dữ liệu định kỳ hằng quý cho lớp bản đồ số."]
hand_b(f, "TRUNG TÂM CÔNG NGHỆ THÔNG TIN\nVÀ ĐỊA KHÔNG GIAN", "118/BC-TTCNTT", "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
       "Tình hình phối hợp thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026",
       "Căn cứ Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh báo cáo như sau:",
       items, kk, dx, "Huỳnh Tấn Phát", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
E = [("II.2.i", "in_progress", {}, items[0][1][0] + " " + items[1][1][0]),
     ("II.2.h", "in_progress", {"enterprises_supported": 63}, items[2][1][0]),
     ("II.3.a", "not_started", {}, items[3][1][0])]
key(f, "SKHCN-TTCNTT", "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh", "118/BC-TTCNTT", "2026-10-28", E, kk, dx)

# --- B3 Văn phòng Sở
f = "VPS_baocao_thuc_hien_KH_CT38_2026.docx"
items = [
 ("Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở",
  ["Văn phòng Sở là đầu mối ISO của Sở: đã rà soát, cập nhật 24 quy trình theo các thủ tục hành chính mới; tổ chức đánh giá nội bộ tháng 8/2026 tại 09 phòng, đơn vị. Toàn bộ quy trình đã chạy workflow trên hệ thống điều hành, không còn hồ sơ giấy song song."],
  "Đã hoàn thành"),
 ("Tiếp nhận hồ sơ TTHC về TĐC qua Cổng dịch vụ công và một cửa liên thông",
  ["Bộ phận một cửa của Văn phòng tiếp nhận, chuyển xử lý trên hệ thống 1.436 hồ sơ TTHC lĩnh vực TĐC, 100% online, không hồ sơ trễ hạn. Phối hợp Phòng Chuyển đổi số báo lỗi, đề xuất 05 điểm cải tiến giao diện cho hệ thống."],
  "Đang thực hiện"),
 ("Bố trí kinh phí đầu tư trang thiết bị cho đơn vị sự nghiệp",
  ["Văn phòng đã thẩm định dự toán, trình Giám đốc Sở phê duyệt mua sắm thiết bị thử nghiệm cho Trung tâm Dịch vụ Phân tích thí nghiệm; đã giải ngân 1,2 tỷ đồng, phần còn lại chờ nghiệm thu gói thầu thứ hai."],
  "Đang thực hiện"),
 ("Khen thưởng, bảo vệ người tố giác vi phạm về TĐC",
  ["Trong kỳ không có hồ sơ đề nghị khen thưởng người tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng."],
  "Không phát sinh"),
]
kk = ["Số lượng thủ tục hành chính thay đổi nhiều trong năm, phải cập nhật quy trình ISO liên tục."]
dx = ["Đề nghị Chi cục thông báo sớm các thủ tục hành chính được sửa đổi để Văn phòng kịp cập nhật quy trình."]
hand_b(f, "VĂN PHÒNG SỞ", "302/BC-VP", "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
       "Kết quả thực hiện các nhiệm vụ phối hợp theo Kế hoạch Chỉ thị 38-CT/TW năm 2026",
       "Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Văn phòng Sở báo cáo kết quả như sau:",
       items, kk, dx, "Lâm Thị Ngọc Hân", "CHÁNH VĂN PHÒNG")
E = [("II.2.đ", "completed", {}, items[0][1][0]),
     ("II.2.h", "in_progress", {}, items[1][1][0]),
     ("II.4.a", "in_progress", {"budget_spent_vnd": 1200000000}, items[2][1][0]),
     ("II.5.d", "not_applicable", {}, items[3][1][0])]
key(f, "SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ", "302/BC-VP", "2026-10-27", E, kk, dx)

# ================================================================ HAND C: Phạm Quốc Bảo (Sở units, XLSX with "Căn cứ triển khai" column, Hoàn tất/Đang tiến hành vocabulary)
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
def hand_c(fname, unit_upper, number, date_line, cols, rows, kk, kn, signer):
    wb = Workbook(); ws = wb.active; ws.title = "BC CT38"
    ncol = 3 + len(cols) + 2
    ws["A1"] = "SỞ KHOA HỌC VÀ CÔNG NGHỆ"; ws["A2"] = unit_upper; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: " + number
    ws.cell(1, 6, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").font = Font(bold=True)
    ws.cell(2, 6, "Độc lập - Tự do - Hạnh phúc").font = Font(bold=True)
    ws.cell(3, 6, date_line).font = Font(italic=True)
    ws.cell(5, 1, "BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026").font = Font(bold=True, size=13)
    ws.merge_cells(start_row=5, start_column=1, end_row=5, end_column=ncol)
    ws.cell(5, 1).alignment = Alignment(horizontal="center")
    hdr = ["STT", "Nội dung nhiệm vụ", "Căn cứ triển khai (văn bản của đơn vị)"] + cols + ["Tình trạng", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(7, j, h); c.font = Font(bold=True); c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center"); c.border = BOX
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    r = 8
    for i, row in enumerate(rows, 1):
        name, cancu, figs, st, note = row
        vals = [i, name, cancu] + [figs.get(cname, None) for cname in cols] + [st, note]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, int) and v >= 100000: c.number_format = "#,##0"
        r += 1
    ws.column_dimensions["A"].width = 5; ws.column_dimensions["B"].width = 48; ws.column_dimensions["C"].width = 28
    for j in range(4, 4 + len(cols)): ws.column_dimensions[ws.cell(7, j).column_letter].width = 12
    ws.column_dimensions[ws.cell(7, ncol - 1).column_letter].width = 16; ws.column_dimensions[ws.cell(7, ncol).column_letter].width = 30
    ws.cell(r + 1, 2, "Người lập biểu"); ws.cell(r + 1, 6, "THỦ TRƯỞNG ĐƠN VỊ").font = Font(bold=True)
    ws.cell(r + 5, 2, "Phạm Quốc Bảo"); ws.cell(r + 5, 6, signer)
    w2 = wb.create_sheet("Y kien")
    w2["A1"] = "Ý KIẾN CỦA ĐƠN VỊ"; w2["A1"].font = Font(bold=True)
    w2["A3"] = "STT"; w2["B3"] = "Khó khăn, vướng mắc"; w2["C3"] = "Kiến nghị, đề xuất"
    for c in ("A3", "B3", "C3"): w2[c].font = Font(bold=True); w2[c].border = BOX
    for i in range(max(len(kk), len(kn))):
        w2.cell(4 + i, 1, i + 1)
        if i < len(kk): w2.cell(4 + i, 2, kk[i])
        if i < len(kn): w2.cell(4 + i, 3, kn[i])
        for j in (1, 2, 3): w2.cell(4 + i, j).border = BOX; w2.cell(4 + i, j).alignment = Alignment(wrap_text=True, vertical="top")
    w2.column_dimensions["B"].width = 60; w2.column_dimensions["C"].width = 60
    wb.save(os.path.join(OUT, fname))

ST = {"Hoàn tất": "completed", "Đang tiến hành": "in_progress", "Chưa tiến hành": "not_started", "Không có nhu cầu": "not_applicable"}
def c_entries(rows, tasks, colmap):
    out = []
    for row, t in zip(rows, tasks):
        name, cancu, figs, st, note = row
        out.append((t, ST[st], {colmap[k]: v for k, v in figs.items() if k in colmap}, name + (" " + note if note else "")))
    return out

# --- C1 Chi cục TĐC
f = "ChiCuc_TDC_tong_hop_CT38_T10-2026.xlsx"
cols = ["Số lớp/hội nghị", "Số lượt người", "Tin, bài", "Số DN được hỗ trợ", "Số cuộc KT", "Số cơ sở được KT", "Số cơ sở vi phạm", "Tiền phạt (đồng)", "Số mẫu", "Số TCVN/QCVN góp ý", "Kinh phí đã chi (đồng)"]
colmap = dict(zip(cols, ["training_courses", "participants", "communications", "enterprises_supported", "inspections", "establishments_inspected", "violations", "fines_vnd", "samples_tested", "standards_reviewed", "budget_spent_vnd"]))
rows = [
 ("Tập huấn văn bản QPPL về TĐC cho tổ chức, doanh nghiệp; tọa đàm với doanh nghiệp nhập khẩu", "KH số 112/KH-TĐC ngày 20/02/2026", {"Số lớp/hội nghị": 4, "Số lượt người": 386, "Kinh phí đã chi (đồng)": 96500000}, "Hoàn tất", "03 lớp + 01 tọa đàm"),
 ("Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia", "CV số 245/TĐC-QLCL ngày 10/3/2026", {"Số DN được hỗ trợ": 11}, "Hoàn tất", "11 DN nộp hồ sơ"),
 ("Triển khai Chương trình năng suất chất lượng, Đề án 996, Đề án 100", "KH số 301/KH-TĐC ngày 05/5/2026", {"Số DN được hỗ trợ": 27, "Kinh phí đã chi (đồng)": 142000000}, "Đang tiến hành", "Phần Đề án 100 làm tiếp Quý IV"),
 ("Hỗ trợ doanh nghiệp áp dụng HTQLCL tiên tiến, công bố hợp chuẩn, hợp quy", "Thường xuyên", {"Số DN được hỗ trợ": 58}, "Đang tiến hành", ""),
 ("Góp ý dự thảo TCVN, QCVN; xây dựng quy chuẩn kỹ thuật địa phương", "CV số 512/TĐC-TC ngày 14/8/2026", {"Số TCVN/QCVN góp ý": 17}, "Đang tiến hành", "QCĐP chưa đủ điều kiện xây dựng"),
 ("Tập huấn nghiệp vụ TĐC cho công chức sở, ngành, UBND phường, xã, đặc khu", "KH số 188/KH-TĐC ngày 02/4/2026", {"Số lớp/hội nghị": 2, "Số lượt người": 214}, "Hoàn tất", ""),
 ("Tập huấn chuyên sâu về năng suất, chất lượng; mạng lưới tư vấn", "KH số 301/KH-TĐC ngày 05/5/2026", {}, "Chưa tiến hành", "Dời sang năm 2027"),
 ("Kiểm tra nhà nước về đo lường, chất lượng hàng hóa lưu thông, nhập khẩu", "KH số 95/KH-TĐC ngày 12/02/2026", {"Số cuộc KT": 12, "Số cơ sở được KT": 163, "Số cơ sở vi phạm": 19, "Tiền phạt (đồng)": 186500000}, "Đang tiến hành", ""),
 ("Khảo sát chất lượng sản phẩm, hàng hóa", "KH số 140/KH-TĐC ngày 03/3/2026", {"Số mẫu": 95}, "Hoàn tất", "xăng, dầu, mũ bảo hiểm, đồ chơi"),
 ("Phối hợp với Tổ chức Năng suất Châu Á (APO)", "-", {}, "Không có nhu cầu", "Không có yêu cầu trong năm"),
]
kk = ["Biên chế kiểm soát viên chất lượng mỏng so với địa bàn Thành phố sau sáp nhập.",
      "Một số doanh nghiệp chưa quan tâm đến việc áp dụng công cụ năng suất do chi phí cao."]
kn = ["Kiến nghị Sở bổ sung chỉ tiêu biên chế cho Chi cục năm 2027.",
      "Đề nghị UBND các phường, xã, đặc khu bố trí công chức đầu mối theo dõi lĩnh vực TĐC."]
hand_c(f, "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "1034/BC-TĐC", "Thành phố Hồ Chí Minh, ngày 05 tháng 11 năm 2026", cols, rows, kk, kn, "Nguyễn Hữu Phước")
E = c_entries(rows, ["II.1.a", "II.1.b", "II.2.a", "II.2.d", "II.2.e", "II.3.a", "II.3.b", "II.5.a", "II.5.b", "II.6.b"], colmap)
key(f, "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "1034/BC-TĐC", "2026-11-05", E, kk, kn)

# --- C2 Trung tâm Dịch vụ Phân tích thí nghiệm
f = "TTPTTN-bao-cao-KH38-nam2026.xlsx"
cols = ["Số PTĐ kiểm định, hiệu chuẩn", "Số mẫu thử nghiệm", "Số lớp", "Số lượt người", "Kinh phí đã giải ngân (đồng)"]
colmap = dict(zip(cols, ["instruments_verified", "samples_tested", "training_courses", "participants", "budget_spent_vnd"]))
rows = [
 ("Đầu tư cơ sở vật chất, trang thiết bị; hiện đại hóa phòng thử nghiệm", "QĐ số 77/QĐ-TTPT ngày 18/3/2026", {"Kinh phí đã giải ngân (đồng)": 2350000000}, "Đang tiến hành", "Gói 2 chờ nghiệm thu"),
 ("Mở rộng dịch vụ kiểm định, hiệu chuẩn, thử nghiệm phục vụ quản lý và doanh nghiệp", "KH số 21/KH-TTPT ngày 06/01/2026", {"Số PTĐ kiểm định, hiệu chuẩn": 18640, "Số mẫu thử nghiệm": 4275}, "Đang tiến hành", "Bổ sung 03 lĩnh vực mới được chỉ định"),
 ("Phối hợp duy trì chuẩn đo lường, liên kết chuẩn đến chuẩn quốc gia", "KH số 21/KH-TTPT ngày 06/01/2026", {"Số PTĐ kiểm định, hiệu chuẩn": 42}, "Hoàn tất", "chuẩn chính đã hiệu chuẩn lại"),
 ("Đào tạo về đo lường, thử nghiệm cho sinh viên các trường", "Hợp đồng với ĐH Công nghiệp, CĐ Kỹ thuật Cao Thắng", {"Số lớp": 3, "Số lượt người": 145}, "Hoàn tất", ""),
]
kk = ["Một số thiết bị thử nghiệm đã sử dụng trên 15 năm, chi phí sửa chữa lớn."]
kn = ["Đề nghị Sở ưu tiên kinh phí năm 2027 cho thay thế thiết bị thử nghiệm xăng dầu."]
hand_c(f, "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM\nVÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "214/BC-TTPT", "TP. Hồ Chí Minh, ngày 29 tháng 10 năm 2026", cols, rows, kk, kn, "Trương Công Danh")
E = c_entries(rows, ["II.4.a", "II.2.g", "II.4.c", "II.3.d"], colmap)
key(f, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "214/BC-TTPT", "2026-10-29", E, kk, kn)

# --- C3 Phòng Kiểm tra – Pháp chế
f = "P.KTPC_CT38_2026.xlsx"
cols = ["Số cuộc KT", "Số cơ sở", "Số vi phạm", "Số tiền phạt (đ)", "Số văn bản góp ý"]
colmap = dict(zip(cols, ["inspections", "establishments_inspected", "violations", "fines_vnd", "standards_reviewed"]))
rows = [
 ("Phối hợp góp ý dự thảo Luật, Nghị định, Thông tư về tiêu chuẩn, đo lường, chất lượng", "Theo đề nghị của Chi cục", {}, "Hoàn tất", "Góp ý 03 dự thảo văn bản QPPL"),
 ("Phối hợp kiểm tra, giám sát về TĐC đối với hàng hóa lưu thông", "QĐ số 55/QĐ-SKHCN ngày 10/3/2026", {"Số cuộc KT": 4, "Số cơ sở": 37, "Số vi phạm": 6, "Số tiền phạt (đ)": 64000000}, "Đang tiến hành", ""),
 ("Phối hợp hướng dẫn UBND phường, xã thực hiện nội dung được phân quyền", "CV số 88/KTPC ngày 21/4/2026", {}, "Đang tiến hành", "Hướng dẫn qua điện thoại, văn bản"),
 ("Rà soát, kiểm định phương tiện, thiết bị kỹ thuật nghiệp vụ (NĐ 135/2021)", "-", {}, "Chưa tiến hành", "Chờ danh mục của Chi cục"),
 ("Xử lý đơn thư, tố giác vi phạm về TĐC", "Thường xuyên", {}, "Không có nhu cầu", "Không nhận được đơn thư"),
]
kk = ["Thiếu công chức có chuyên môn kỹ thuật để tham gia đoàn kiểm tra đo lường."]
kn = ["Đề nghị Chi cục gửi danh mục phương tiện nghiệp vụ cần kiểm định để Phòng phối hợp."]
hand_c(f, "PHÒNG KIỂM TRA – PHÁP CHẾ", "61/BC-KTPC", "TP.HCM, ngày 26 tháng 10 năm 2026", cols, rows, kk, kn, "Hồ Thị Mai Phương")
E = c_entries(rows, ["II.2.c", "II.5.a", "II.5.c", "II.4.b", "II.5.d"], colmap)
key(f, "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "61/BC-KTPC", "2026-10-26", E, kk, kn)

# --- C4 Phòng Quản lý Khoa học
f = "QLKH_ketqua_CT38_2026.xlsx"
cols = ["Số chuyên gia / DN", "Số lớp, hội thảo", "Số lượt người"]
colmap = {"Số lớp, hội thảo": "training_courses", "Số lượt người": "participants"}
rows = [
 ("Thu hút chuyên gia, nhà khoa học lĩnh vực TĐC theo NQ 27/2023/NQ-HĐND, QĐ 05/2026/QĐ-UBND", "TB số 19/TB-QLKH ngày 15/3/2026", {"Số chuyên gia / DN": 2}, "Đang tiến hành", "02 hồ sơ chuyên gia đang thẩm định"),
 ("Phối hợp nhiệm vụ KH&CN về năng suất, chất lượng (Chương trình 1322)", "QĐ giao nhiệm vụ số 412/QĐ-SKHCN", {"Số lớp, hội thảo": 1, "Số lượt người": 120}, "Hoàn tất", "Hội thảo năng suất tháng 6"),
 ("Phối hợp APO thúc đẩy năng suất dựa trên KH&CN, ĐMST", "-", {}, "Không có nhu cầu", ""),
]
kk = ["Mức thu nhập theo Nghị quyết 27 chưa đủ hấp dẫn chuyên gia đầu ngành đo lường."]
kn = ["Đề xuất bổ sung lĩnh vực đo lường, thử nghiệm vào danh mục ưu tiên thu hút năm 2027."]
hand_c(f, "PHÒNG QUẢN LÝ KHOA HỌC", "77/BC-QLKH", "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026", cols, rows, kk, kn, "Vũ Đức Thịnh")
E = c_entries(rows, ["II.3.c", "II.2.a", "II.6.b"], colmap)
E[0] = ("II.3.c", "in_progress", {}, E[0][3])   # "Số chuyên gia" is not a contract indicator
key(f, "SKHCN-QLKH", "Phòng Quản lý Khoa học", "77/BC-QLKH", "2026-10-30", E, kk, kn)

# ================================================================ HAND D: Nguyễn Hoàng Yến (ward XLSX activity log + SUMIFS/COUNTIFS summary block on the same sheet)
def hand_d(fname, upper, number, date_line, title, legend, log, summary, kk, kn, signer):
    """log rows: (date, activity, qty, unit, code); summary rows: (code, content, label, formula_kind, unit_filter, status)"""
    wb = Workbook(); ws = wb.active; ws.title = "Nhat ky"
    ws["A1"] = "UBND " + upper; ws["A1"].font = Font(bold=True)
    ws["A2"] = "Số: " + number
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(bold=True)
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["D3"] = date_line; ws["D3"].font = Font(italic=True)
    ws["A5"] = title; ws["A5"].font = Font(bold=True, size=12)
    ws["A6"] = legend; ws["A6"].font = Font(italic=True, size=10)
    h = ["STT", "Ngày", "Hoạt động", "Số lượng", "ĐVT", "Mã việc"]
    for j, x in enumerate(h, 1):
        c = ws.cell(8, j, x); c.font = Font(bold=True); c.border = BOX; c.fill = PatternFill("solid", fgColor="FFF2CC")
    r0 = 9
    for i, (dt, act, q, u, code) in enumerate(log):
        r = r0 + i
        for j, v in enumerate([i + 1, dt, act, q, u, code], 1):
            c = ws.cell(r, j, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
            if j == 4 and isinstance(v, int) and v >= 10000: c.number_format = "#,##0"
    r1 = r0 + len(log) - 1
    rs = r1 + 2
    ws.cell(rs, 1, "TỔNG HỢP THEO VIỆC").font = Font(bold=True)
    for j, x in enumerate(["Mã việc", "Nội dung", "Chỉ tiêu", "Tổng", "Tình hình"], 1):
        c = ws.cell(rs + 1, j, x); c.font = Font(bold=True); c.border = BOX; c.fill = PatternFill("solid", fgColor="E2EFDA")
    D = f"$D${r0}:$D${r1}"; EE = f"$E${r0}:$E${r1}"; F = f"$F${r0}:$F${r1}"
    r = rs + 2
    for code, content, label, kind, uf, st in summary:
        if kind == "sum": fm = f'=SUMIFS({D},{F},"{code}")'
        elif kind == "sumu": fm = f'=SUMIFS({D},{F},"{code}",{EE},"{uf}")'
        elif kind == "count": fm = f'=COUNTIFS({F},"{code}",{EE},"{uf}")'
        else: fm = None
        for j, v in enumerate([code, content, label, fm, st], 1):
            c = ws.cell(r, j, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
            if j == 4: c.number_format = "#,##0"
        r += 1
    r += 1
    ws.cell(r, 1, "Khó khăn:").font = Font(bold=True); r += 1
    for k in kk: ws.cell(r, 2, "-"); ws.cell(r, 3, k); r += 1
    ws.cell(r, 1, "Kiến nghị:").font = Font(bold=True); r += 1
    for k in kn: ws.cell(r, 2, "-"); ws.cell(r, 3, k); r += 1
    r += 1
    ws.cell(r, 4, "TM. ỦY BAN NHÂN DÂN").font = Font(bold=True); ws.cell(r + 1, 4, "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH")
    ws.cell(r + 5, 4, signer); ws.cell(r + 5, 2, "Người lập: Nguyễn Hoàng Yến")
    for col, w in zip("ABCDEF", (6, 12, 58, 12, 14, 10)): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))

LEG = "Mã việc: TT = tuyên truyền; TH = đi tập huấn; KT = kiểm tra đo lường, chất lượng theo phân cấp; ISO = hệ thống quản lý chất lượng tại UBND phường; TX = hướng dẫn truy xuất nguồn gốc, mã số mã vạch; GT = Giải thưởng chất lượng"
DST = {"Đã xong": "completed", "Đang làm": "in_progress", "Chưa làm": "not_started", "Không phát sinh": "not_applicable"}

# --- D1 Phường Thủ Dầu Một
f = "TDM_nhat-ky-CT38-2026.xlsx"
log = [
 ("15/01/2026", "Đăng tin trên Trang thông tin điện tử phường về Chỉ thị 38-CT/TW", 2, "tin", "TT"),
 ("16/3/2026", "Phát thanh trên loa các khu phố nhân Ngày Quyền của người tiêu dùng Việt Nam 15/3", 4, "tin", "TT"),
 ("10/4/2026", "Cử công chức Phòng Kinh tế dự lớp tập huấn nghiệp vụ của Chi cục TĐC", 2, "người", "TH"),
 ("22/4/2026", "Kiểm tra đo lường cửa hàng xăng dầu trên đường Yersin", 3, "cơ sở", "KT"),
 ("22/4/2026", "Phát hiện 01 cột đo sai niêm phong, chuyển hồ sơ Chi cục xử lý", 1, "trường hợp VP", "KT"),
 ("15/5/2026", "Kiểm tra cân của tiểu thương tại chợ Thủ Dầu Một bằng cân đối chứng", 28, "chiếc cân", "KT"),
 ("18/6/2026", "Kiểm tra cửa hàng vàng bạc đường Bạch Đằng", 4, "cơ sở", "KT"),
 ("18/6/2026", "Tiệm vàng dùng cân quá hạn kiểm định", 1, "trường hợp VP", "KT"),
 ("03/7/2026", "Ra quyết định xử phạt tiệm vàng dùng cân quá hạn kiểm định", 5000000, "đồng", "KT"),
 ("08/7/2026", "Đánh giá nội bộ ISO 9001:2015 tại Bộ phận một cửa phường", None, None, "ISO"),
 ("12/8/2026", "Đăng bài hướng dẫn người dân nhận biết xăng dầu kém chất lượng", 3, "bài", "TT"),
 ("25/9/2026", "Kiểm tra cửa hàng xăng dầu khu phố 5", 2, "cơ sở", "KT"),
]
summary = [
 ("TT", "Tuyên truyền", "Tin, bài", "sum", None, "Đã xong"),
 ("TH", "Đi tập huấn", "Người", "sum", None, "Đã xong"),
 ("KT", "Kiểm tra theo phân cấp", "Số cuộc kiểm tra", "count", "cơ sở", "Đang làm"),
 ("KT", "", "Số cơ sở được kiểm tra", "sumu", "cơ sở", ""),
 ("KT", "", "Số trường hợp vi phạm", "sumu", "trường hợp VP", ""),
 ("KT", "", "Tiền phạt (đồng)", "sumu", "đồng", ""),
 ("KT", "", "Số cân được kiểm tra", "sumu", "chiếc cân", ""),
 ("ISO", "Duy trì ISO tại UBND phường", "", None, None, "Đang làm"),
 ("GT", "Vận động DN dự Giải thưởng Chất lượng Quốc gia", "", None, None, "Chưa làm"),
]
kk = ["Phường chưa có công chức chuyên trách lĩnh vực đo lường, chất lượng.", "Hộ kinh doanh ở chợ thường xuyên thay đổi, khó quản lý cân."]
kn = ["Đề nghị Chi cục hỗ trợ phường 01 bộ cân đối chứng mới thay bộ cũ đã hỏng."]
hand_d(f, "PHƯỜNG THỦ DẦU MỘT", "265/BC-UBND", "Thủ Dầu Một, ngày 28 tháng 10 năm 2026",
       "NHẬT KÝ HOẠT ĐỘNG THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 (từ 01/01 đến 25/10/2026)", LEG, log, summary, kk, kn, "Đoàn Văn Nghĩa")
E = [("II.1.a", "completed", {"communications": 9}, "; ".join(x[1] for x in log if x[4] == "TT")),
     ("II.3.a", "completed", {"participants": 2}, log[2][1]),
     ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 9, "violations": 2, "fines_vnd": 5000000, "instruments_verified": 28}, "; ".join(x[1] for x in log if x[4] == "KT")),
     ("II.2.đ", "in_progress", {}, log[9][1]),
     ("II.1.b", "not_started", {}, "Vận động DN dự Giải thưởng Chất lượng Quốc gia")]
key(f, "25747", "Phường Thủ Dầu Một", "265/BC-UBND", "2026-10-28", E, kk, kn)

# --- D2 Phường Dĩ An
f = "DiAn-theo-doi-TDC-2026.xlsx"
log = [
 ("05/02/2026", "Treo băng rôn, phát tờ rơi về cân đong đo đếm tại chợ Dĩ An", 1, "đợt", "TT"),
 ("05/02/2026", "Bài viết trên trang Facebook phường về đo lường trong mua bán", 2, "bài", "TT"),
 ("14/3/2026", "Tin phát thanh Ngày Quyền của người tiêu dùng", 3, "tin", "TT"),
 ("09/4/2026", "Hướng dẫn hộ kinh doanh đăng ký mã số mã vạch, tem truy xuất nguồn gốc", 6, "cơ sở", "TX"),
 ("21/5/2026", "Hướng dẫn hợp tác xã rau an toàn làm tem truy xuất nguồn gốc", 2, "cơ sở", "TX"),
 ("11/6/2026", "Kiểm tra đo lường cửa hàng xăng dầu trên Quốc lộ 1K", 5, "cơ sở", "KT"),
 ("11/6/2026", "Kiểm tra cân tại chợ Dĩ An, chợ Nhị Đồng", 53, "chiếc cân", "KT"),
 ("17/9/2026", "Kiểm tra mũ bảo hiểm, đồ chơi trẻ em tại các cửa hàng", 7, "cơ sở", "KT"),
 ("17/9/2026", "Cửa hàng bán mũ bảo hiểm không có dấu hợp quy", 3, "trường hợp VP", "KT"),
 ("30/9/2026", "Xử phạt 03 cửa hàng bán mũ bảo hiểm không dấu hợp quy", 10500000, "đồng", "KT"),
]
summary = [
 ("TT", "Tuyên truyền", "Tin, bài (không tính đợt treo băng rôn)", "sumu", "<>đợt", "Đã xong"),
 ("TX", "Hướng dẫn truy xuất nguồn gốc", "Số cơ sở được hướng dẫn", "sum", None, "Đang làm"),
 ("KT", "Kiểm tra theo phân cấp", "Số cuộc kiểm tra", "count", "cơ sở", "Đang làm"),
 ("KT", "", "Số cơ sở được kiểm tra", "sumu", "cơ sở", ""),
 ("KT", "", "Số trường hợp vi phạm", "sumu", "trường hợp VP", ""),
 ("KT", "", "Tiền phạt (đồng)", "sumu", "đồng", ""),
 ("KT", "", "Số cân được kiểm tra", "sumu", "chiếc cân", ""),
 ("TH", "Đi tập huấn", "", None, None, "Chưa làm"),
]
kk = ["Phường chưa được trang bị phương tiện kiểm tra nhanh chất lượng xăng dầu."]
kn = ["Đề nghị Chi cục mở lớp tập huấn tại chỗ cho công chức các phường khu vực Dĩ An.", "Đề nghị Sở cung cấp mẫu biên bản kiểm tra dùng chung cho cấp phường."]
hand_d(f, "PHƯỜNG DĨ AN", "198/BC-UBND", "Dĩ An, ngày 02 tháng 11 năm 2026",
       "THEO DÕI KẾT QUẢ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026 (KH CT38)", LEG, log, summary, kk, kn, "Lý Thị Thanh Tâm")
E = [("II.1.a", "completed", {"communications": 5}, "; ".join(x[1] for x in log if x[4] == "TT" and x[3] != "đợt")),
     ("II.2.a", "in_progress", {"enterprises_supported": 8}, log[3][1] + "; " + log[4][1]),
     ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 12, "violations": 3, "fines_vnd": 10500000, "instruments_verified": 53}, "; ".join(x[1] for x in log if x[4] == "KT")),
     ("II.3.a", "not_started", {}, "Đi tập huấn")]
key(f, "25942", "Phường Dĩ An", "198/BC-UBND", "2026-11-02", E, kk, kn)

# --- D3 Phường Chánh Hiệp (MISTAKEN: an toàn thực phẩm)
f = "ChanhHiep_theo-doi-2026.xlsx"
LEG3 = "Mã việc: TT = tuyên truyền; KT = kiểm tra ATTP; BA = bếp ăn tập thể; NĐ = ngộ độc thực phẩm"
log = [
 ("20/01/2026", "Tuyên truyền an toàn thực phẩm dịp Tết Nguyên đán trên loa khu phố", 6, "tin", "TT"),
 ("28/01/2026", "Kiểm tra cơ sở kinh doanh thực phẩm Tết (bánh mứt, thịt, giò chả)", 11, "cơ sở", "KT"),
 ("28/01/2026", "Cơ sở không có giấy xác nhận kiến thức ATTP", 2, "trường hợp VP", "KT"),
 ("14/4/2026", "Kiểm tra bếp ăn tập thể trường mầm non, công ty", 5, "cơ sở", "BA"),
 ("20/8/2026", "Kiểm tra thức ăn đường phố khu vực chợ Chánh Hiệp", 18, "cơ sở", "KT"),
 ("20/8/2026", "Xử phạt cơ sở vi phạm điều kiện vệ sinh ATTP", 6000000, "đồng", "KT"),
]
summary = [
 ("TT", "Tuyên truyền ATTP", "Tin", "sum", None, "Đã xong"),
 ("KT", "Kiểm tra ATTP", "Số cơ sở", "sumu", "cơ sở", "Đang làm"),
 ("BA", "Bếp ăn tập thể", "Số cơ sở", "sum", None, "Đã xong"),
 ("NĐ", "Ngộ độc thực phẩm", "", None, None, "Không phát sinh"),
]
kk = ["Cơ sở thức ăn đường phố nhỏ lẻ, không đăng ký kinh doanh."]
kn = ["Đề nghị Sở An toàn thực phẩm hỗ trợ test nhanh cho phường."]
hand_d(f, "PHƯỜNG CHÁNH HIỆP", "301/BC-UBND", "Chánh Hiệp, ngày 27 tháng 10 năm 2026",
       "NHẬT KÝ HOẠT ĐỘNG BẢO ĐẢM AN TOÀN THỰC PHẨM NĂM 2026", LEG3, log, summary, kk, kn, "Mai Xuân Trường")
key(f, "25771", "Phường Chánh Hiệp", "301/BC-UBND", "2026-10-27", [], [], [], status="rejected",
    reason="Không phải báo cáo thực hiện Kế hoạch CT38: đây là nhật ký hoạt động bảo đảm an toàn thực phẩm của phường, gửi nhầm.")

# ================================================================ HAND E: Trịnh Thị Phương Thảo (ward công văn with a Word table naming each establishment inspected)
def hand_e(fname, upper, unit_lower, number, vv, place_date, intro, sections, kk, kn, signer):
    d = newdoc(size=14)
    header_table(d, [("ỦY BAN NHÂN DÂN", False), (upper, True), ("Số: " + number, False), (vv, False)],
                    [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True), (place_date, False), ("", False)])
    para(d)
    para(d, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh\n(Chi cục Tiêu chuẩn Đo lường Chất lượng)", center=True)
    para(d, intro)
    n = 0
    for sec in sections:
        n += 1
        para(d, f"{n}. {sec['title']}", bold=True, indent=False)
        for b in sec["body"]: para(d, b)
        if sec.get("table"):
            para(d, "Danh sách cơ sở đã kiểm tra:", italic=True, indent=False)
            rows = sec["table"]
            t = d.add_table(rows=1 + len(rows), cols=6); grid(t)
            for j, h in enumerate(["STT", "Tên cơ sở", "Địa chỉ", "Ngày kiểm tra", "Kết quả", "Xử lý"]):
                t.cell(0, j).text = h
                for r in t.cell(0, j).paragraphs[0].runs: r.bold = True
            for i, row in enumerate(rows, 1):
                for j, v in enumerate([str(i)] + list(row)):
                    t.cell(i, j).text = v
            if sec.get("after"): para(d, sec["after"])
        runs(d, [("Kết quả: ", "b"), (sec["st"], "")])
    n += 1
    para(d, f"{n}. Khó khăn, vướng mắc", bold=True, indent=False)
    for k in kk: para(d, "+ " + k)
    n += 1
    para(d, f"{n}. Kiến nghị", bold=True, indent=False)
    for k in kn: para(d, "+ " + k)
    para(d, "Ủy ban nhân dân " + unit_lower + " báo cáo Sở Khoa học và Công nghệ biết, tổng hợp./.")
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Nơi nhận:\n- Như trên;\n- Chủ tịch, các PCT UBND;\n- Lưu: VT, Phòng KT."
    t.cell(0, 1).text = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\n" + signer
    for p in t.cell(0, 1).paragraphs: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.save(os.path.join(OUT, fname))

ES = {"Hoàn thành.": "completed", "Đang thực hiện.": "in_progress", "Chưa thực hiện.": "not_started", "Không phát sinh.": "not_applicable"}

# --- E1 Phường Bình Tây
f = "cv-phuong-binh-tay-ct38.docx"
secs = [
 {"title": "Công tác tuyên truyền", "body": ["Phường đã phối hợp Mặt trận Tổ quốc và các đoàn thể tuyên truyền về tiêu chuẩn, đo lường, chất lượng tới các hộ kinh doanh tại chợ Bình Tây; đăng 07 tin, bài trên Trang thông tin điện tử và Zalo của phường; phát tờ rơi tại chợ."], "st": "Hoàn thành."},
 {"title": "Công tác phối hợp kiểm tra về đo lường, chất lượng trên địa bàn", "body": ["Phường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng thực hiện 02 cuộc kiểm tra theo nội dung được phân quyền tại khu vực chợ Bình Tây và các tuyến đường Tháp Mười, Hậu Giang."],
  "table": [("Cửa hàng xăng dầu Hậu Giang", "415 Hậu Giang", "14/5/2026", "Đạt", "—"),
            ("Tiệm vàng Kim Thành", "22 Tháp Mười", "14/5/2026", "Cân chưa kiểm định", "Phạt 2.500.000 đồng"),
            ("Tiệm vàng Mỹ Ngọc", "30 Tháp Mười", "14/5/2026", "Đạt", "—"),
            ("Đại lý gạo Tấn Phát", "Chợ Bình Tây, sạp 118", "09/9/2026", "Đạt", "—"),
            ("Cửa hàng mũ bảo hiểm An Bình", "186 Hậu Giang", "09/9/2026", "Mũ không có dấu hợp quy", "Phạt 2.000.000 đồng"),
            ("Đại lý cân điện tử Phúc Lộc", "54 Phạm Đình Hổ", "09/9/2026", "Đạt", "—")],
  "after": "Tổng cộng đã kiểm tra 06 cơ sở, phát hiện 02 cơ sở vi phạm, xử phạt 4.500.000 đồng. Phường tiếp tục kiểm tra trong Quý IV.", "st": "Đang thực hiện."},
 {"title": "Tham gia tập huấn", "body": ["Phường cử 03 công chức tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức ngày 18/6/2026."], "st": "Hoàn thành."},
 {"title": "Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", "body": ["Phường duy trì áp dụng hệ thống quản lý chất lượng tại Bộ phận một cửa, cập nhật 09 quy trình theo thủ tục hành chính mới."], "st": "Hoàn thành."},
]
kk = ["Tiểu thương tại chợ Bình Tây đông, nhiều cân nhỏ không có tem kiểm định, khó kiểm soát hết."]
kn = ["Đề nghị Chi cục phối hợp tổ chức đợt kiểm định cân miễn phí tại chợ Bình Tây.", "Đề nghị tăng cường hướng dẫn nghiệp vụ kiểm tra cho công chức phường."]
hand_e(f, "PHƯỜNG BÌNH TÂY", "phường Bình Tây", "1187/UBND-KT", "V/v báo cáo kết quả thực hiện Kế hoạch\ntriển khai Chỉ thị 38-CT/TW năm 2026",
       "Phường Bình Tây, ngày 31 tháng 10 năm 2026",
       "Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Bình Tây báo cáo kết quả thực hiện như sau:",
       secs, kk, kn, "Châu Minh Quang")
E = [("II.1.a", "completed", {"communications": 7}, secs[0]["body"][0]),
     ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 6, "violations": 2, "fines_vnd": 4500000}, secs[1]["body"][0] + " " + secs[1]["after"]),
     ("II.3.a", "completed", {"participants": 3}, secs[2]["body"][0]),
     ("II.2.đ", "completed", {}, secs[3]["body"][0])]
key(f, "27367", "Phường Bình Tây", "1187/UBND-KT", "2026-10-31", E, kk, kn)

# --- E2 Phường Tân Định (re-saved through LibreOffice)
f = "TanDinh_CV_bao-cao-TDC.docx"
secs = [
 {"title": "Tuyên truyền, phổ biến", "body": ["Phường lồng ghép nội dung Chỉ thị 38-CT/TW vào các buổi họp khu phố; đăng 05 tin trên Trang thông tin điện tử phường."], "st": "Hoàn thành."},
 {"title": "Kiểm tra đo lường, chất lượng theo phân quyền", "body": ["Phường thành lập Tổ kiểm tra liên ngành, thực hiện 03 cuộc kiểm tra tại chợ Tân Định và các cửa hàng trên đường Hai Bà Trưng."],
  "table": [("Cửa hàng vàng bạc Kim Long", "301 Hai Bà Trưng", "12/3/2026", "Đạt", "—"),
            ("Cửa hàng xăng dầu Tân Định", "102 Trần Quang Khải", "12/3/2026", "Đạt", "—"),
            ("Sạp trái cây Út Hiền", "Chợ Tân Định, sạp 24", "21/7/2026", "Cân sai số vượt mức", "Phạt 1.500.000 đồng"),
            ("Sạp hải sản Bảy Lành", "Chợ Tân Định, sạp 57", "21/7/2026", "Đạt", "—"),
            ("Cửa hàng điện máy Quốc Thịnh", "215 Hai Bà Trưng", "15/9/2026", "Đạt", "—")],
  "after": "Qua 03 cuộc kiểm tra 05 cơ sở, có 01 cơ sở vi phạm, phạt 1.500.000 đồng.", "st": "Đang thực hiện."},
 {"title": "Vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia", "body": ["Trên địa bàn phường chưa có doanh nghiệp đăng ký tham gia."], "st": "Chưa thực hiện."},
 {"title": "Tiếp nhận tin báo, tố giác vi phạm", "body": ["Trong năm phường không nhận được tin báo, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng."], "st": "Không phát sinh."},
]
kk = ["Công chức kiêm nhiệm nhiều lĩnh vực, thời gian dành cho công tác kiểm tra hạn chế."]
kn = ["Đề nghị Chi cục cung cấp danh sách cơ sở kinh doanh xăng dầu, vàng bạc trên địa bàn phường để phối hợp quản lý."]
hand_e(f, "PHƯỜNG TÂN ĐỊNH", "phường Tân Định", "842/UBND-KT", "V/v báo cáo tình hình thực hiện\nChỉ thị 38-CT/TW năm 2026",
       "Tân Định, ngày 30 tháng 10 năm 2026",
       "Ủy ban nhân dân phường Tân Định nhận được Công văn của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Ủy ban nhân dân phường báo cáo như sau:",
       secs, kk, kn, "Bùi Thị Hồng Nhung")
E = [("II.1.a", "completed", {"communications": 5}, secs[0]["body"][0]),
     ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 5, "violations": 1, "fines_vnd": 1500000}, secs[1]["body"][0] + " " + secs[1]["after"]),
     ("II.1.b", "not_started", {}, secs[2]["body"][0]),
     ("II.5.d", "not_applicable", {}, secs[3]["body"][0])]
key(f, "26737", "Phường Tân Định", "842/UBND-KT", "2026-10-30", E, kk, kn)

# --- E3 Phường Vũng Tàu
f = "vungtau-bc-ct38-2026.docx"
secs = [
 {"title": "Tuyên truyền", "body": ["Phường tuyên truyền trên hệ thống loa truyền thanh và Trang thông tin điện tử, tổng cộng 10 tin, bài về đo lường trong kinh doanh hải sản, xăng dầu."], "st": "Hoàn thành."},
 {"title": "Phối hợp kiểm tra đo lường tại các chợ, vựa hải sản", "body": ["Phường phối hợp Chi cục kiểm tra 02 cuộc tại chợ Xóm Lưới, chợ Bến Đình và các vựa hải sản; kiểm tra bằng cân đối chứng 64 chiếc cân của tiểu thương."],
  "table": [("Vựa hải sản Hai Tốt", "Chợ Xóm Lưới", "07/5/2026", "Cân sai số vượt mức", "Phạt 2.000.000 đồng"),
            ("Vựa hải sản Ba Lụa", "Chợ Xóm Lưới", "07/5/2026", "Đạt", "—"),
            ("Cửa hàng xăng dầu Bến Đình", "12 Trần Phú", "19/8/2026", "Đạt", "—"),
            ("Vựa cá Năm Hùng", "Chợ Bến Đình", "19/8/2026", "Cân chưa kiểm định", "Phạt 1.250.000 đồng")],
  "after": "Tổng cộng 04 cơ sở được kiểm tra, 02 cơ sở vi phạm, số tiền xử phạt 3.250.000 đồng.", "st": "Đang thực hiện."},
 {"title": "Tập huấn cho công chức", "body": ["Phường cử 02 công chức tham dự hội nghị tập huấn của Chi cục ngày 18/6/2026."], "st": "Hoàn thành."},
]
kk = ["Nhiều vựa hải sản hoạt động ban đêm, ngoài giờ hành chính nên khó kiểm tra."]
kn = ["Đề nghị Chi cục bố trí cân đối chứng tại chợ Bến Đình."]
hand_e(f, "PHƯỜNG VŨNG TÀU", "phường Vũng Tàu", "655/UBND-KT", "V/v báo cáo kết quả thực hiện\nKế hoạch CT38 năm 2026",
       "Vũng Tàu, ngày 29 tháng 10 năm 2026",
       "Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Vũng Tàu báo cáo như sau:",
       secs, kk, kn, "Tạ Quang Vinh")
E = [("II.1.a", "completed", {"communications": 10}, secs[0]["body"][0]),
     ("II.5.c", "in_progress", {"inspections": 2, "instruments_verified": 64, "establishments_inspected": 4, "violations": 2, "fines_vnd": 3250000}, secs[1]["body"][0] + " " + secs[1]["after"]),
     ("II.3.a", "completed", {"participants": 2}, secs[2]["body"][0])]
key(f, "26506", "Phường Vũng Tàu", "655/UBND-KT", "2026-10-29", E, kk, kn)

json.dump(KEYS, open(os.path.join(OUT, "_keys.json"), "w"), ensure_ascii=False, indent=1)
print(len(KEYS), "files")
