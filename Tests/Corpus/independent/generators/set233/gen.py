# -*- coding: utf-8 -*-
import json, hashlib, os, subprocess, shutil
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
OUT = os.path.dirname(os.path.abspath(__file__))
KEYS = {}
def key(fn, unit, number, date, entries, diff, prop, status="extracted", reason=None):
    KEYS[fn] = dict(file=fn, sha256=None, status=status, reason=reason, unit=dict(id=unit[0], name=unit[1]),
        document=dict(number=number, date=date),
        entries=[dict(task=t, status=s, indicators=i, text=x) for t, s, i, x in entries],
        findings=[], difficulties=diff, proposals=prop)

# ---------------- HAND 1: phone Google Doc, emoji statuses, no legend ----------------
def h1(fn, unitname, hdr, lines, diff, prop, sign):
    d = Document()
    st = d.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(11)
    for l in hdr: d.add_paragraph(l)
    for l in lines:
        p = d.add_paragraph(l)
    if diff:
        d.add_paragraph('Khó khăn:')
        for x in diff: d.add_paragraph('- ' + x)
    if prop:
        d.add_paragraph('Kiến nghị:')
        for x in prop: d.add_paragraph('- ' + x)
    for l in sign: d.add_paragraph(l)
    d.save(os.path.join(OUT, fn))

# Phường Minh Phụng
E = [
 ("II.5.c", "completed", {"inspections": 4, "establishments_inspected": 27, "violations": 3, "fines_vnd": 7500000},
  "Kiểm tra đo lường tại chợ Bình Tây phân khu và các cây xăng"),
 ("II.1.a", "in_progress", {"communications": 12, "training_courses": 1, "participants": 85},
  "Tuyên truyền pháp luật TĐC cho hộ kinh doanh"),
 ("II.3.a", "completed", {"participants": 3}, "Cử cán bộ dự tập huấn"),
 ("II.5.d", "not_applicable", {}, "Tiếp nhận phản ánh, tố giác vi phạm"),
]
D = ["Phường chưa có công chức chuyên trách mảng TĐC, anh em kinh tế kiêm nhiệm nhiều việc",
     "Cân đối chứng ở chợ bị hư 1 cái chưa thay được"]
P = ["Xin Chi cục cấp bổ sung 02 cân đối chứng cho chợ",
     "Đề nghị mở thêm lớp tập huấn nghiệp vụ cho cán bộ phường đầu năm 2027"]
h1("27238_MinhPhung_BC_CT38.docx", "Phường Minh Phụng",
 ["UBND PHƯỜNG MINH PHỤNG", "Phòng Kinh tế", "Số: 412/BC-UBND", "Minh Phụng, ngày 05/11/2026", "",
  "BÁO CÁO kết quả thực hiện KH Chỉ thị 38 (tiêu chuẩn đo lường chất lượng) năm 2026", ""],
 ["Gửi Chi cục TĐC, phường báo cáo nhanh như sau ạ:", "",
  "1. Kiểm tra cân, đồng hồ xăng dầu (phần phân quyền cho phường) ✅",
  "Làm 4 cuộc, ktra 27 cơ sở (chợ 19, cây xăng 8). Vi phạm 3 cs, phạt 7,5tr.",
  "",
  "2. Tuyên truyền luật đo lường, chất lượng cho hộ KD 🔄",
  "Đăng 12 tin bài trên trang fb phường + loa KP. Tổ chức 1 buổi nói chuyện ở chợ có 85 người dự.",
  "Tháng 12 làm tiếp đợt 2.",
  "",
  "3. Cán bộ đi tập huấn ✅",
  "Cử 3 đ/c dự lớp của Chi cục tháng 8.",
  "",
  "4. Nhận phản ánh, tố giác vi phạm ❌",
  "Năm nay ko có đơn nào.", ""],
 D, P, ["", "Người báo cáo: Lâm Thu Thảo (cán bộ Kinh tế)", "KT. CHỦ TỊCH – PHÓ CHỦ TỊCH", "Trần Văn Hậu"])
key("27238_MinhPhung_BC_CT38.docx", ("27238", "Phường Minh Phụng"), "412/BC-UBND", "2026-11-05", E, D, P)

# correction file, same ward
h1("27238_MinhPhung_dinhchinh.docx", "Phường Minh Phụng",
 ["UBND PHƯỜNG MINH PHỤNG", "Số: 419/BC-UBND", "Minh Phụng, ngày 09/11/2026", "",
  "V/v điều chỉnh số liệu BC 412/BC-UBND ngày 05/11/2026 (CT38)", ""],
 ["Kính gửi Chi cục TĐC,",
  "Phường xin sửa 1 số liệu trong báo cáo số 412 ạ:",
  "Mục 1 kiểm tra cân, đồng hồ xăng dầu: số cơ sở vi phạm là 4 cs (không phải 3), tiền phạt vẫn 7,5tr. Các số khác giữ nguyên ✅",
  "Lý do: sót 1 biên bản của tổ QLĐT chuyển qua trễ.", "Các nội dung còn lại không thay đổi."],
 [], [], ["", "Lâm Thu Thảo", "KT. CHỦ TỊCH – PHÓ CHỦ TỊCH", "Trần Văn Hậu"])
key("27238_MinhPhung_dinhchinh.docx", ("27238", "Phường Minh Phụng"), "419/BC-UBND", "2026-11-09",
 [("II.5.c", "completed", {"violations": 4, "fines_vnd": 7500000}, "Điều chỉnh số cơ sở vi phạm: 4 cơ sở")], [], [])

# Xã Xuyên Mộc
E = [
 ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 11, "violations": 0}, "Kiểm tra cân chợ và cây xăng"),
 ("II.1.a", "completed", {"communications": 6}, "Tuyên truyền trên loa truyền thanh xã"),
 ("II.3.a", "not_started", {}, "Tập huấn cán bộ xã"),
]
D = ["Địa bàn rộng, chợ và cây xăng nằm rải rác, đi kiểm tra mất nhiều thời gian"]
P = ["Mong Sở sớm mở lớp cho cán bộ xã, năm nay xã chưa được đi lớp nào"]
h1("26632_XuyenMoc_ct38.docx", "Xã Xuyên Mộc",
 ["ỦY BAN NHÂN DÂN XÃ XUYÊN MỘC", "Số: 287/BC-UBND", "Xuyên Mộc, ngày 03 tháng 11 năm 2026", "",
  "BÁO CÁO", "Tình hình thực hiện KH 38 về tiêu chuẩn, đo lường, chất lượng", ""],
 ["👉 Kiểm tra đo lường ở chợ, cây xăng: 🔄",
  "   2 cuộc / 11 cơ sở, chưa phát hiện vi phạm (0). Còn 1 cuộc cuối năm ở chợ Bàu Lâm.",
  "👉 Tuyên truyền: ✅",
  "   Phát 06 tin trên đài truyền thanh xã về cân đo, hàng giả hàng kém chất lượng.",
  "👉 Cán bộ xã dự tập huấn chuyên môn: ⏳",
  "   Chưa có đợt nào, chờ lịch của Chi cục.", ""],
 D, P, ["", "Nơi nhận: Chi cục TĐC; Lưu VT.", "TM. UBND XÃ", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Hữu Lộc"])
key("26632_XuyenMoc_ct38.docx", ("26632", "Xã Xuyên Mộc"), "287/BC-UBND", "2026-11-03", E, D, P)

# Phường Bình Tiên
E = [
 ("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 15, "violations": 1, "fines_vnd": 2500000}, "Kiểm tra đo lường trong kinh doanh"),
 ("II.5.a", "in_progress", {"inspections": 1, "establishments_inspected": 6, "samples_tested": 4}, "Phối hợp kiểm tra hàng hóa"),
 ("II.1.a", "completed", {"training_courses": 1, "participants": 42}, "Hội nghị phổ biến cho hộ KD"),
 ("II.5.d", "not_applicable", {}, "Khen thưởng, tố giác"),
]
D = ["Nhiều hộ kinh doanh nhỏ lẻ ở chợ tạm, thay đổi liên tục"]
P = []
h1("27373_BinhTien_BC.docx", "Phường Bình Tiên",
 ["UBND Phường Bình Tiên", "Số: 356/BC-UBND      Bình Tiên, ngày 06 tháng 11 năm 2026", "",
  "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW NĂM 2026", ""],
 ["✅ Kiểm tra cân, thước, đồng hồ nước ở chợ Phú Lâm, chợ đường Bình Tiên: 3 cuộc, 15 cơ sở, 1 cơ sở vi phạm phạt 2.500.000đ",
  "🔄 Phối hợp đoàn liên ngành kiểm tra hàng hóa lưu thông: 1 cuộc, 6 cửa hàng, lấy 4 mẫu gửi đi thử (chờ kết quả)",
  "✅ Hội nghị phổ biến quy định đo lường, nhãn hàng hóa cho hộ KD: 01 hội nghị, 42 người dự",
  "Khen thưởng người tố giác vi phạm: phường có rà soát, chưa có trường hợp nào đề xuất", ""],
 D, P, ["", "Người lập: Thảo – VP", "CHỦ TỊCH", "Phạm Minh Quân"])
key("27373_BinhTien_BC.docx", ("27373", "Phường Bình Tiên"), "356/BC-UBND", "2026-11-06", E, D, P)

# Phường An Phú
E = [
 ("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 34, "violations": 2, "fines_vnd": 12000000}, "Kiểm tra xăng dầu, vàng bạc"),
 ("II.1.a", "completed", {"communications": 20}, "Tuyên truyền"),
 ("II.3.a", "completed", {"training_courses": 2, "participants": 4}, "Tập huấn"),
 ("II.2.d", "in_progress", {"enterprises_supported": 9}, "Hướng dẫn công bố chất lượng"),
]
D = ["Kinh phí kiểm tra chưa được bố trí riêng"]
P = ["Đề nghị Sở hướng dẫn thống nhất biểu mẫu biên bản kiểm tra đo lường cấp phường"]
h1("25975_AnPhu_CT38_2026.docx", "Phường An Phú",
 ["UBND PHƯỜNG AN PHÚ", "Số: 1024/BC-UBND", "An Phú, ngày 04/11/2026", "",
  "Báo cáo kết quả triển khai KH CT38 năm 2026", ""],
 ["- Kiểm tra đo lường cây xăng, tiệm vàng 🔄  → 5 cuộc, 34 cs, 2 cs vi phạm, phạt 12tr. Đang làm đợt cuối năm",
  "- Tuyên truyền trên zalo KP, trang tin phường ✅ → 20 tin bài",
  "- Cán bộ dự tập huấn ✅ → 2 lớp, 4 lượt cán bộ",
  "- Hướng dẫn hộ KD, DN nhỏ công bố chất lượng SP 🔄 → 9 DN/hộ được hướng dẫn", ""],
 D, P, ["", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH – PHÓ CHỦ TỊCH", "Võ Thị Kim Ngân"])
key("25975_AnPhu_CT38_2026.docx", ("25975", "Phường An Phú"), "1024/BC-UBND", "2026-11-04", E, D, P)

# ---------------- HAND 2: ASCII checklists "[x] Xong  [ ] Đang làm" ----------------
def cb(s):
    m = {"completed": "[x] Xong  [ ] Đang làm  [ ] Chưa làm",
         "in_progress": "[ ] Xong  [x] Đang làm  [ ] Chưa làm",
         "not_started": "[ ] Xong  [ ] Đang làm  [x] Chưa làm",
         "not_applicable": "[ ] Xong  [ ] Đang làm  [ ] Chưa làm  [x] Không phát sinh"}
    return m[s]
def h2(fn, left, number, place_date, title, items, diff, prop, sign):
    d = Document()
    st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(13)
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = left; t.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    t.cell(1, 0).text = "Số: " + number; t.cell(1, 1).text = place_date
    p = d.add_paragraph(); r = p.add_run(title); r.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, (head, body, s) in enumerate(items, 1):
        p = d.add_paragraph(); r = p.add_run(f"{i}) {head}"); r.bold = True
        for b in body: d.add_paragraph(b)
        p = d.add_paragraph(); r = p.add_run("    " + cb(s)); r.font.name = 'Courier New'
    if diff or prop:
        p = d.add_paragraph(); p.add_run("Vướng mắc, đề xuất").bold = True
        for x in diff: d.add_paragraph("* Vướng: " + x)
        for x in prop: d.add_paragraph("* Đề xuất: " + x)
    for l in sign: d.add_paragraph(l)
    d.save(os.path.join(OUT, fn))

E = [
 ("II.5.a", "completed", {"inspections": 6, "establishments_inspected": 48, "violations": 7, "fines_vnd": 86500000}, "Phối hợp kiểm tra hàng hóa lưu thông"),
 ("II.1.a", "completed", {"training_courses": 2, "participants": 310}, "Hội nghị phổ biến cho doanh nghiệp"),
 ("II.2.e", "in_progress", {"standards_reviewed": 3}, "Góp ý QCVN"),
 ("II.2.d", "not_applicable", {}, "Hỗ trợ DN áp dụng HTQLCL"),
]
D = ["Lực lượng quản lý thị trường đã chuyển về Sở nên việc phối hợp đoàn liên ngành phải làm lại quy chế"]
P = ["Đề nghị Sở KH&CN chủ trì xây dựng quy chế phối hợp kiểm tra chất lượng hàng hóa giữa hai Sở"]
h2("SOCT_bao_cao_CT38.docx", "UBND THÀNH PHỐ HỒ CHÍ MINH\nSỞ CÔNG THƯƠNG", "3318/SCT-QLTM",
   "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
   "BÁO CÁO\nKết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
   [("Phối hợp kiểm tra chất lượng hàng hóa lưu thông trên thị trường",
     ["Sở tham gia 06 đoàn kiểm tra liên ngành, kiểm tra 48 cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng; phát hiện 07 cơ sở vi phạm, xử phạt 86,5 triệu đồng."], "completed"),
    ("Phổ biến quy định về chất lượng cho doanh nghiệp ngành công thương",
     ["Lồng ghép 02 hội nghị với Hiệp hội doanh nghiệp, 310 đại biểu tham dự."], "completed"),
    ("Góp ý dự thảo quy chuẩn kỹ thuật",
     ["Đã góp ý 03 dự thảo QCVN do Bộ Công Thương gửi; còn 01 dự thảo đang lấy ý kiến các phòng."], "in_progress"),
    ("Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý chất lượng",
     ["Trong kỳ Sở không nhận được đề nghị nào."], "not_applicable")],
   D, P, ["", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đặng Quốc Thịnh"])
key("SOCT_bao_cao_CT38.docx", ("SO-CT", "Sở Công Thương"), "3318/SCT-QLTM", "2026-10-30", E, D, P)

E = [
 ("II.5.a", "in_progress", {"inspections": 14, "establishments_inspected": 96, "violations": 18, "fines_vnd": 214500000}, "Kiểm tra TĐC"),
 ("II.5.b", "completed", {"samples_tested": 60}, "Khảo sát chất lượng"),
 ("II.5.c", "in_progress", {"training_courses": 3, "participants": 120}, "Hướng dẫn phường xã"),
 ("II.5.d", "completed", {}, "Xử lý tố giác"),
 ("II.4.b", "not_started", {}, "Kiểm định thiết bị nghiệp vụ"),
 ("II.2.c", "completed", {"standards_reviewed": 2}, "Góp ý văn bản QPPL"),
]
D = ["Thiết bị đo kiểm tra nhanh xăng dầu hết hạn kiểm định từ tháng 9, chưa có kinh phí hiệu chuẩn",
     "Một số phường mới sáp nhập chưa phân công công chức phụ trách đo lường"]
P = ["Đề nghị Văn phòng Sở bố trí kinh phí hiệu chuẩn thiết bị nghiệp vụ trong Quý I/2027"]
h2("KTPC_CT38_nam2026.docx", "SỞ KHOA HỌC VÀ CÔNG NGHỆ\nPHÒNG KIỂM TRA – PHÁP CHẾ", "57/BC-KTPC",
   "TP. Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
   "BÁO CÁO\nTình hình thực hiện Kế hoạch Chỉ thị 38 năm 2026 (phần Phòng KT-PC)",
   [("Kiểm tra về tiêu chuẩn, đo lường, chất lượng (phối hợp Chi cục)",
     ["- Số cuộc: 14; cơ sở được kiểm tra: 96; cơ sở vi phạm: 18.",
      "- Tổng tiền phạt: 214.500.000 đồng (đã nộp ngân sách 190 triệu)."], "in_progress"),
    ("Khảo sát chất lượng sản phẩm, hàng hóa",
     ["- Lấy 60 mẫu (mũ bảo hiểm, đồ chơi trẻ em, xăng E10) gửi thử nghiệm; đã có kết quả, đã thông báo cho các đơn vị."], "completed"),
    ("Hướng dẫn UBND phường, xã thực hiện nội dung được phân quyền",
     ["- Mở 03 lớp hướng dẫn nghiệp vụ kiểm tra đo lường, 120 lượt công chức phường/xã dự."], "in_progress"),
    ("Xử lý phản ánh, tố giác vi phạm",
     ["- Nhận 5 đơn phản ánh cân gian lận, đã xác minh và trả lời xong."], "completed"),
    ("Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ",
     ["- Chưa làm do chưa có kinh phí."], "not_started"),
    ("Góp ý văn bản QPPL về TĐC",
     ["- Góp ý 02 dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa sửa đổi."], "completed")],
   D, P, ["", "TRƯỞNG PHÒNG", "Hồ Thanh Bình"])
key("KTPC_CT38_nam2026.docx", ("SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế"), "57/BC-KTPC", "2026-10-28", E, D, P)

E = [
 ("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 21, "violations": 2, "fines_vnd": 5000000}, "Kiểm tra đo lường"),
 ("II.1.a", "in_progress", {"communications": 8}, "Tuyên truyền"),
 ("II.3.a", "completed", {"participants": 2}, "Tập huấn"),
 ("II.5.d", "not_applicable", {}, "Tố giác"),
]
D = []
P = ["Đề nghị Chi cục gửi tài liệu tuyên truyền in sẵn cho phường"]
h2("26977_TanSonHoa.docx", "ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN SƠN HÒA", "198/BC-UBND",
   "Tân Sơn Hòa, ngày 07 tháng 11 năm 2026",
   "BÁO CÁO\nKết quả thực hiện các nội dung về tiêu chuẩn, đo lường, chất lượng năm 2026",
   [("Kiểm tra phương tiện đo tại chợ Tân Sơn Nhất và các cửa hàng xăng dầu",
     ["Thực hiện 03 cuộc, 21 cơ sở; 02 cơ sở vi phạm, phạt 5 triệu đồng."], "completed"),
    ("Thông tin tuyên truyền",
     ["08 tin, bài trên Cổng thông tin phường; đang chuẩn bị pano ở chợ."], "in_progress"),
    ("Cử công chức dự tập huấn",
     ["02 công chức dự lớp do Phòng KT-PC tổ chức."], "completed"),
    ("Tiếp nhận tố giác vi phạm",
     ["Không có."], "not_applicable")],
   D, P, ["", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Hồng Vân"])
key("26977_TanSonHoa.docx", ("26977", "Phường Tân Sơn Hòa"), "198/BC-UBND", "2026-11-07", E, D, P)

# mistaken: Sở Nội vụ, cải cách hành chính
h2("SoNoiVu_BC_thang11.docx", "UBND THÀNH PHỐ HỒ CHÍ MINH\nSỞ NỘI VỤ", "4410/BC-SNV",
   "Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026",
   "BÁO CÁO\nKết quả thực hiện công tác cải cách hành chính 10 tháng năm 2026",
   [("Cải cách thể chế", ["Rà soát 46 văn bản quy phạm pháp luật, đề xuất bãi bỏ 5 văn bản."], "completed"),
    ("Cải cách thủ tục hành chính", ["Công bố 112 thủ tục hành chính được chuẩn hóa; tỷ lệ hồ sơ trực tuyến toàn trình đạt 78%."], "in_progress"),
    ("Cải cách tổ chức bộ máy", ["Hoàn thành sắp xếp các phòng chuyên môn sau sáp nhập."], "completed"),
    ("Chỉ số hài lòng (SIPAS)", ["Chưa có kết quả khảo sát năm 2026."], "not_started")],
   ["Hệ thống một cửa điện tử còn gián đoạn"], ["Đề nghị bố trí kinh phí nâng cấp hệ thống"], ["", "GIÁM ĐỐC", "Trương Minh Đức"])
key("SoNoiVu_BC_thang11.docx", ("SO-NV", "Sở Nội vụ"), "4410/BC-SNV", "2026-11-02", [], [], [],
    status="rejected", reason="Báo cáo về cải cách hành chính, không phải báo cáo thực hiện Kế hoạch CT38 (gửi nhầm)")

# ---------------- HAND 3: XLSX, '-' = 0, 'x' = không áp dụng, note under table ----------------
thin = Side(style='thin'); BD = Border(left=thin, right=thin, top=thin, bottom=thin)
COLS3 = ["STT", "Nội dung công việc", "Số cuộc", "Số cơ sở", "Vi phạm", "Tiền phạt (đồng)", "Tin, bài", "Lượt người", "Tình hình"]
def h3(fn, top, title, rows, note, diff, prop, sign, sheet="BC"):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    r = 1
    for l in top:
        ws.cell(r, 1, l); r += 1
    ws.cell(r, 1, title).font = Font(bold=True); r += 2
    for j, h in enumerate(COLS3, 1):
        c = ws.cell(r, j, h); c.font = Font(bold=True); c.border = BD; c.alignment = Alignment(wrap_text=True)
    r += 1
    for i, row in enumerate(rows, 1):
        vals = [i] + list(row)
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.border = BD
            if j == 6 and isinstance(v, int): c.number_format = '#,##0'
        r += 1
    ws.cell(r, 1, note).font = Font(italic=True); r += 2
    if diff:
        ws.cell(r, 1, "Khó khăn, vướng mắc:"); r += 1
        for x in diff: ws.cell(r, 2, x); r += 1
    if prop:
        ws.cell(r, 1, "Kiến nghị:"); r += 1
        for x in prop: ws.cell(r, 2, x); r += 1
    r += 1
    for l in sign: ws.cell(r, 7, l); r += 1
    ws.column_dimensions['B'].width = 48; ws.column_dimensions['I'].width = 22
    wb.save(os.path.join(OUT, fn))
NOTE = "Ghi chú: dấu \"-\" là không có số liệu (bằng 0); \"x\" là nội dung không áp dụng với chỉ tiêu này."

E = [
 ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 14, "violations": 0, "fines_vnd": 0}, "Kiểm tra đo lường chợ Dầu Tiếng"),
 ("II.1.a", "in_progress", {"communications": 5, "participants": 60}, "Tuyên truyền"),
 ("II.3.a", "completed", {"participants": 2}, "Cán bộ dự tập huấn"),
 ("II.5.d", "not_applicable", {"inspections": 0, "establishments_inspected": 0, "violations": 0, "fines_vnd": 0}, "Tố giác"),
]
D = ["Xã chưa có cân đối chứng tại chợ"]
P = ["Đề nghị Chi cục hỗ trợ 01 cân đối chứng cho chợ Dầu Tiếng"]
h3("25777_DauTieng_bieu.xlsx", ["UBND XÃ DẦU TIẾNG", "Số: 233/BC-UBND", "Dầu Tiếng, ngày 05 tháng 11 năm 2026"],
   "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026",
   [("Kiểm tra cân, phương tiện đo tại chợ và cây xăng", 2, 14, "-", "-", "x", "x", "Đã hoàn thành"),
    ("Tuyên truyền pháp luật về đo lường, chất lượng", "x", "x", "x", "x", 5, 60, "Đang thực hiện"),
    ("Cử cán bộ dự tập huấn nghiệp vụ", "x", "x", "x", "x", "x", 2, "Đã hoàn thành"),
    ("Tiếp nhận, xử lý tố giác vi phạm", "-", "-", "-", "-", "x", "x", "Không phát sinh")],
   NOTE, D, P, ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Huỳnh Văn Tài"])
key("25777_DauTieng_bieu.xlsx", ("25777", "Xã Dầu Tiếng"), "233/BC-UBND", "2026-11-05", E, D, P)

E = [
 ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 30, "violations": 5, "fines_vnd": 17250000}, "Kiểm tra"),
 ("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 9, "violations": 0, "fines_vnd": 0}, "Phối hợp kiểm tra hàng hóa"),
 ("II.1.a", "completed", {"communications": 15, "participants": 120}, "Tuyên truyền"),
 ("II.3.a", "not_started", {"participants": 0}, "Tập huấn"),
]
D = ["Phường mới thành lập sau sắp xếp, địa bàn rộng, nhiều cơ sở sản xuất nhỏ"]
P = ["Đề nghị Sở KH&CN tổ chức tập huấn tại chỗ cho công chức phường"]
h3("25837_ChanhPhuHoa_CT38.xlsx", ["ỦY BAN NHÂN DÂN PHƯỜNG CHÁNH PHÚ HÒA", "Số: 611/BC-UBND", "Ngày 06/11/2026"],
   "KẾT QUẢ THỰC HIỆN NHIỆM VỤ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026",
   [("Kiểm tra đo lường trong kinh doanh xăng dầu, vàng, chợ", 4, 30, 5, 17250000, "x", "x", "Đang thực hiện"),
    ("Phối hợp đoàn kiểm tra chất lượng hàng hóa của Chi cục", 1, 9, "-", "-", "x", "x", "Hoàn thành"),
    ("Tuyên truyền, phổ biến cho hộ kinh doanh", "x", "x", "x", "x", 15, 120, "Hoàn thành"),
    ("Cán bộ phường dự tập huấn", "x", "x", "x", "x", "x", "-", "Chưa thực hiện")],
   NOTE, D, P, ["CHỦ TỊCH", "Đoàn Văn Phúc"])
key("25837_ChanhPhuHoa_CT38.xlsx", ("25837", "Phường Chánh Phú Hòa"), "611/BC-UBND", "2026-11-06", E, D, P)

E = [
 ("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 18, "violations": 1, "fines_vnd": 3000000}, "Kiểm tra"),
 ("II.1.a", "completed", {"communications": 9, "participants": 0}, "Tuyên truyền"),
 ("II.3.a", "completed", {"participants": 3}, "Tập huấn"),
 ("II.5.d", "not_applicable", {"inspections": 0, "establishments_inspected": 0, "violations": 0, "fines_vnd": 0}, "Tố giác"),
]
D = ["Đi lại giữa các ấp xa, phương tiện của xã hạn chế"]
P = []
h3("27664_CanGio_KQ_CT38.xlsx", ["UBND XÃ CẦN GIỜ", "Số: 145/BC-UBND", "Cần Giờ, ngày 04 tháng 11 năm 2026"],
   "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH 38 (TĐC) NĂM 2026",
   [("Kiểm tra cân tại chợ Hàng Dương, cây xăng", 3, 18, 1, 3000000, "x", "x", "Xong"),
    ("Phát thanh, tuyên truyền trên loa xã", "x", "x", "x", "x", 9, "-", "Xong"),
    ("Cán bộ dự lớp tập huấn", "x", "x", "x", "x", "x", 3, "Xong"),
    ("Tố giác vi phạm", "-", "-", "-", "-", "x", "x", "Không phát sinh")],
   NOTE, D, P, ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lý Thanh Hải"])
key("27664_CanGio_KQ_CT38.xlsx", ("27664", "Xã Cần Giờ"), "145/BC-UBND", "2026-11-04", E, D, P)

# mistaken: Tân Vĩnh Lộc, giảm nghèo, same hand/layout
wb = Workbook(); ws = wb.active; ws.title = "BC"
for r, l in enumerate(["UBND XÃ TÂN VĨNH LỘC", "Số: 377/BC-UBND", "Tân Vĩnh Lộc, ngày 03 tháng 11 năm 2026", "BIỂU KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG NĂM 2026"], 1):
    ws.cell(r, 1, l)
hdr = ["STT", "Nội dung", "Số hộ", "Số tiền (đồng)", "Lượt người", "Tình hình"]
for j, h in enumerate(hdr, 1): ws.cell(6, j, h).font = Font(bold=True)
rows = [("Hỗ trợ hộ nghèo vay vốn ưu đãi", 42, 2100000000, "x", "Đang thực hiện"),
        ("Đào tạo nghề cho lao động hộ cận nghèo", "x", "x", 65, "Hoàn thành"),
        ("Hỗ trợ sửa chữa nhà ở hộ nghèo", 6, 240000000, "x", "Hoàn thành"),
        ("Cấp thẻ BHYT hộ cận nghèo", 118, "-", "x", "Hoàn thành")]
for i, row in enumerate(rows, 1):
    for j, v in enumerate((i,) + row, 1): ws.cell(6 + i, j, v)
ws.cell(12, 1, NOTE); ws.cell(14, 5, "CHỦ TỊCH"); ws.cell(15, 5, "Nguyễn Văn Sang")
ws.column_dimensions['B'].width = 44
wb.save(os.path.join(OUT, "27604_TanVinhLoc_bieu.xlsx"))
key("27604_TanVinhLoc_bieu.xlsx", ("27604", "Xã Tân Vĩnh Lộc"), "377/BC-UBND", "2026-11-03", [], [], [],
    status="rejected", reason="Biểu kết quả giảm nghèo bền vững, không phải báo cáo thực hiện Kế hoạch CT38 (gửi nhầm)")

# ---------------- HAND 4: XLSX with text progress bars ----------------
def bar(p): n = round(p / 10); return "▓" * n + "░" * (10 - n) + f" {p}%"
def h4(fn, top, rows, diff, prop, sign):
    wb = Workbook(); ws = wb.active; ws.title = "TienDo"
    r = 1
    for l in top: ws.cell(r, 1, l); r += 1
    r += 1
    hdr = ["#", "Việc", "Đã làm được", "Tiến độ", "Nhận xét"]
    for j, h in enumerate(hdr, 1): ws.cell(r, j, h).font = Font(bold=True)
    r += 1
    for i, (viec, kq, pct, nx) in enumerate(rows, 1):
        for j, v in enumerate([i, viec, kq, bar(pct), nx], 1):
            c = ws.cell(r, j, v); c.alignment = Alignment(wrap_text=True, vertical='top')
        ws.cell(r, 4).font = Font(name='Consolas')
        r += 1
    r += 1
    if diff:
        ws.cell(r, 1, "Vướng mắc"); r += 1
        for x in diff: ws.cell(r, 2, "• " + x); r += 1
    if prop:
        ws.cell(r, 1, "Kiến nghị"); r += 1
        for x in prop: ws.cell(r, 2, "• " + x); r += 1
    r += 1
    for l in sign: ws.cell(r, 3, l); r += 1
    for col, w in zip("ABCDE", (4, 46, 52, 18, 26)): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))

E = [
 ("II.1.a", "completed", {"training_courses": 4, "participants": 386}, "Tập huấn VBQPPL, tọa đàm DN nhập khẩu"),
 ("II.1.b", "completed", {"enterprises_supported": 23}, "Vận động tham dự GTCLQG"),
 ("II.2.a", "in_progress", {"enterprises_supported": 31, "budget_spent_vnd": 148000000}, "NSCL, 996, 100"),
 ("II.2.b", "in_progress", {}, "Giải thưởng CLQG"),
 ("II.2.d", "in_progress", {"enterprises_supported": 17}, "Hỗ trợ HTQLCL"),
 ("II.2.e", "in_progress", {"standards_reviewed": 9}, "Góp ý TCVN/QCVN"),
 ("II.2.h", "completed", {}, "Kết nối một cửa quốc gia"),
 ("II.3.b", "not_started", {}, "Khóa bồi dưỡng năng suất"),
 ("II.5.a", "in_progress", {"inspections": 22, "establishments_inspected": 174, "violations": 29, "fines_vnd": 356750000}, "Kiểm tra"),
 ("II.6.b", "not_applicable", {}, "APO"),
]
D = ["Thủ tục lựa chọn đơn vị tổ chức lớp tập huấn kéo dài nên giải ngân chậm so với dự toán",
     "Thiếu kiểm soát viên chất lượng khi số cuộc kiểm tra tăng"]
P = ["Đề nghị Sở cho phép chuyển phần kinh phí chưa dùng của khóa bồi dưỡng năng suất sang Quý I/2027",
     "Kiến nghị bổ sung 02 biên chế kiểm soát viên"]
h4("CCTDC_tiendo_CT38_T10.xlsx",
   ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "Số: 902/BC-TĐC", "Ngày 31/10/2026",
    "THEO DÕI TIẾN ĐỘ KẾ HOẠCH CT38 NĂM 2026"],
   [("Tập huấn VBQPPL cho DN + tọa đàm DN nhập khẩu", "4 lớp/tọa đàm, 386 lượt người", 100, "Xong"),
    ("Vận động DN tham dự Giải thưởng CLQG", "23 doanh nghiệp được hướng dẫn hồ sơ", 100, "Xong"),
    ("Triển khai CT 1322, KH 36, Đề án 996, Đề án 100", "Hỗ trợ 31 DN; kinh phí đã giải ngân 148.000.000 đ", 60, "Đang làm, Quý IV làm tiếp"),
    ("Hoạt động Giải thưởng CLQG 2026", "11 DN vào vòng thẩm định", 70, "Đang chấm"),
    ("Hỗ trợ DN áp dụng HTQLCL tiên tiến, công bố chất lượng", "17 DN", 50, "Đang làm"),
    ("Góp ý TCVN, QCVN; QCĐP", "9 dự thảo đã góp ý", 45, "Đang làm"),
    ("Kết nối Cổng một cửa quốc gia (kiểm tra NK)", "Đã kết nối, chạy chính thức từ tháng 3", 100, "Xong"),
    ("Khóa bồi dưỡng chuyên sâu năng suất", "Chưa mở lớp", 0, "Chưa làm"),
    ("Kiểm tra TĐC hàng hóa lưu thông, sản xuất, NK", "22 cuộc / 174 cơ sở / 29 vi phạm / phạt 356,75 triệu", 80, "Đang làm"),
    ("Phối hợp APO (nếu có yêu cầu)", "Không có yêu cầu", 0, "Không phát sinh")],
   D, P, ["CHI CỤC TRƯỞNG", "Phan Thị Mỹ Linh"])
key("CCTDC_tiendo_CT38_T10.xlsx", ("SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"), "902/BC-TĐC", "2026-10-31", E, D, P)

E = [
 ("II.4.a", "in_progress", {"budget_spent_vnd": 2350000000}, "Đầu tư thiết bị"),
 ("II.4.c", "completed", {"instruments_verified": 38}, "Liên kết chuẩn"),
 ("II.2.g", "in_progress", {"instruments_verified": 1284, "samples_tested": 2760}, "Mở rộng dịch vụ"),
]
D = ["Gói thầu mua máy sắc ký khí phải đấu thầu lại"]
P = ["Đề nghị Sở gia hạn thời gian giải ngân gói thiết bị sang năm 2027"]
h4("TTPTTN_CT38.xlsx",
   ["TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TP.HCM", "Số: 315/BC-TTPTTN", "Ngày 29 tháng 10 năm 2026",
    "Tiến độ các việc Trung tâm được giao tại KH CT38/2026"],
   [("Đầu tư, hiện đại hóa trang thiết bị", "Đã giải ngân 2,35 tỷ đồng (3/5 gói)", 60, "Đang làm"),
    ("Duy trì chuẩn, liên kết chuẩn đo lường", "Hiệu chuẩn 38 chuẩn chính lên chuẩn quốc gia, liên kết đủ", 100, "Xong"),
    ("Mở rộng dịch vụ thử nghiệm (nông nghiệp CNC, điện tử)", "Kiểm định, hiệu chuẩn 1.284 phương tiện đo; thử nghiệm 2.760 mẫu; đang xin chỉ định thêm 2 lĩnh vực", 65, "Đang làm")],
   D, P, ["GIÁM ĐỐC", "Tô Minh Khoa"])
key("TTPTTN_CT38.xlsx", ("SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"), "315/BC-TTPTTN", "2026-10-29", E, D, P)

E = [
 ("II.2.e", "in_progress", {"standards_reviewed": 4}, "Góp ý QCVN xây dựng"),
 ("II.5.a", "completed", {"inspections": 2, "establishments_inspected": 16, "samples_tested": 24}, "Kiểm tra VLXD"),
 ("II.1.a", "not_started", {}, "Tập huấn"),
]
D = []
P = ["Đề nghị Sở KH&CN gửi sớm danh mục dự thảo QCĐP cần góp ý để Sở Xây dựng bố trí chuyên gia"]
h4("SXD_CT38_2026.xlsx",
   ["UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ XÂY DỰNG", "Số: 8127/SXD-KTXD", "TP.HCM, ngày 30/10/2026",
    "Kết quả phối hợp thực hiện Kế hoạch CT38 năm 2026"],
   [("Góp ý QCVN, xây dựng QCĐP lĩnh vực xây dựng", "04 dự thảo", 50, "Đang làm"),
    ("Phối hợp kiểm tra chất lượng vật liệu xây dựng lưu thông", "2 cuộc, 16 cửa hàng VLXD, lấy 24 mẫu thép, xi măng", 100, "Xong"),
    ("Phổ biến quy chuẩn cho DN xây dựng", "Chưa tổ chức, dời sang 2027", 0, "Chưa làm")],
   D, P, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Mai Xuân Trường"])
key("SXD_CT38_2026.xlsx", ("SO-XD", "Sở Xây dựng"), "8127/SXD-KTXD", "2026-10-30", E, D, P)

E = [
 ("II.5.c", "in_progress", {"inspections": 6, "establishments_inspected": 41, "violations": 4, "fines_vnd": 22000000}, "Kiểm tra"),
 ("II.1.a", "completed", {"communications": 18, "training_courses": 1, "participants": 95}, "Tuyên truyền"),
 ("II.3.a", "completed", {"participants": 5}, "Tập huấn"),
 ("II.2.d", "in_progress", {"enterprises_supported": 12}, "Hướng dẫn công bố"),
]
D = ["Nhiều cửa hàng bán online không có địa điểm cố định, khó kiểm tra"]
P = ["Đề nghị Chi cục hướng dẫn cách kiểm tra đối với hộ kinh doanh trên sàn thương mại điện tử"]
h4("26824_ThuDuc_tiendo.xlsx",
   ["UBND PHƯỜNG THỦ ĐỨC", "Số: 733/BC-UBND", "Thủ Đức, ngày 05 tháng 11 năm 2026",
    "Tiến độ thực hiện các việc về TC-ĐL-CL năm 2026"],
   [("Kiểm tra đo lường (xăng dầu, vàng, chợ Thủ Đức)", "6 cuộc, 41 cơ sở, 4 vi phạm, phạt 22 triệu", 75, "Còn đợt tháng 12"),
    ("Tuyên truyền, phổ biến", "18 tin bài; 01 hội nghị 95 người", 100, "Xong"),
    ("Cán bộ dự tập huấn", "5 công chức", 100, "Xong"),
    ("Hướng dẫn hộ KD công bố chất lượng", "12 cơ sở", 40, "Đang làm")],
   D, P, ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Bùi Quốc Việt"])
key("26824_ThuDuc_tiendo.xlsx", ("26824", "Phường Thủ Đức"), "733/BC-UBND", "2026-11-05", E, D, P)

# re-save two files through LibreOffice
tmp = os.path.join(OUT, "_lo"); os.makedirs(tmp, exist_ok=True)
for fn, fmt in (("26977_TanSonHoa.docx", "docx"), ("25837_ChanhPhuHoa_CT38.xlsx", "xlsx")):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", tmp, os.path.join(OUT, fn)],
                   check=True, capture_output=True, timeout=120)
    shutil.move(os.path.join(tmp, fn), os.path.join(OUT, fn))
shutil.rmtree(tmp)

for fn, k in KEYS.items():
    k["sha256"] = hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest()
    json.dump(k, open(os.path.join(OUT, "truth", fn + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(KEYS), "files")
