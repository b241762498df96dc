# Generator for set90. Run: python3 gen.py   (then the two LibreOffice re-saves are done at the end)
import json, hashlib, os, subprocess, shutil, datetime
from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
KEYS = {}

def key(fname, unit_id, unit_name, number, date, entries, diffs=(), props=(), rejected=None):
    KEYS[fname] = dict(file=fname, sha256=None,
        status="rejected" if rejected else "extracted", reason=rejected,
        unit={"id": unit_id, "name": unit_name}, document={"number": number, "date": date},
        entries=[] if rejected else [dict(task=t, status=s, indicators=ind, text=tx) for t, s, ind, tx in entries],
        findings=[], difficulties=[] if rejected else list(diffs), proposals=[] if rejected else list(props))

CC = ("SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh")
KT = ("SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế")

def sign(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2); no_borders(t)
    for ci, lines in enumerate((left_lines, right_lines)):
        c = t.rows[0].cells[ci]; c.paragraphs[0].text = ""
        for i, (tx, f) in enumerate(lines):
            p = c.paragraphs[0] if i == 0 else c.add_paragraph()
            if ci == 1: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(tx); r.bold = "b" in f; r.italic = "i" in f
            r.font.size = Pt(11 if ci == 0 else 13); p.paragraph_format.space_after = Pt(0)

# ======================= HAND 1: inspector, "Chuyên đề kiểm tra số n" =======================
# habits: one block per "Chuyên đề kiểm tra", results as "Tổng số … – Đạt … – Không đạt …" triads,
# fines listed decision by decision with a "Cộng" line, block closed by "Tình trạng chuyên đề: …";
# non-inspection work under "Công việc khác" a) b) c) with "Tình trạng: …".

def h1_docx(fname, unit_lines, number, date_line, title, intro, blocks, others, diffs, props, signer):
    d = new_doc()
    header_table(d, unit_lines, QH + [(date_line, "i")])
    para(d, "Số: " + number, align=None, size=12)
    para(d, "BÁO CÁO", bold=True, align="c", size=14, space_after=0)
    para(d, title, bold=True, align="c", size=13)
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng (bộ phận tổng hợp).", align="c", size=13)
    for tx in intro: para(d, tx, align="j", indent=1.0)
    para(d, "I. KẾT QUẢ CÁC CHUYÊN ĐỀ KIỂM TRA", bold=True)
    for b in blocks:
        runs(d, [(b["head"], "b")], indent=0)
        for ln in b["lines"]:
            para(d, ln, align="j", indent=0.5, space_after=2)
        if b.get("qd"):
            para(d, "- Quyết định xử phạt đã ban hành:", indent=0.5, space_after=0)
            for q in b["qd"]: para(d, "   + " + q, indent=0.5, space_after=0)
        if b.get("state"):
            runs(d, [("- Tình trạng chuyên đề: ", "b"), (b["state"], "")], indent=0.5)
    if others:
        para(d, "II. CÔNG VIỆC KHÁC CÓ LIÊN QUAN", bold=True)
        for i, (h, body, st) in enumerate(others):
            runs(d, [("abcdefgh"[i] + ") " + h + ". ", "b"), (body, "")], indent=0.5)
            runs(d, [("Tình trạng: ", "i"), (st, "i")], indent=1.0)
    para(d, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for x in diffs: para(d, "- " + x, align="j", indent=0.5)
    para(d, "IV. ĐỀ XUẤT", bold=True)
    for x in props: para(d, "- " + x, align="j", indent=0.5)
    sign(d, [("Nơi nhận:", "bi"), ("- Như trên;", ""), ("- Lưu: " + signer[2] + ".", "")],
         [(signer[0], "b"), ("", ""), ("", ""), ("", ""), (signer[1], "b")])
    d.save(os.path.join(OUT, fname))

# ---- 01: Phòng Kiểm tra – Pháp chế (Sở)
f = "01-ktpc-bc-chuyen-de-kiem-tra.docx"
b1 = dict(head="1. Chuyên đề kiểm tra số 01/2026: đo lường, chất lượng xăng dầu tại cửa hàng bán lẻ",
  lines=["- Thời gian: từ 09/3 đến 24/4/2026, phối hợp Chi cục TĐC và Công an phường sở tại.",
         "- Số đoàn đã ra quân: 06 đoàn.",
         "- Tổng số cơ sở được kiểm tra: 42 – Đạt: 37 – Không đạt: 05 (03 cột đo sai số vượt mức cho phép, 02 cơ sở không niêm yết kết quả thử nghiệm)."],
  qd=["QĐ số 15/QĐ-XPHC ngày 20/4/2026: 22.500.000 đồng;",
      "QĐ số 16/QĐ-XPHC ngày 20/4/2026: 17.500.000 đồng;",
      "QĐ số 19/QĐ-XPHC ngày 05/5/2026: 21.500.000 đồng;",
      "Cộng: 61.500.000 đồng (đã nộp Kho bạc đủ)."],
  state="đã kết thúc toàn bộ 06 đoàn, đã có thông báo kết luận.")
b2 = dict(head="2. Chuyên đề kiểm tra số 02/2026: chất lượng, nhãn mũ bảo hiểm cho người đi mô tô, xe máy và đồ chơi trẻ em",
  lines=["- Thời gian: tháng 6 – tháng 8/2026.",
         "- Số cuộc: 05 cuộc.",
         "- Tổng số cơ sở được kiểm tra: 28 – Đạt: 24 – Không đạt: 04.",
         "- Cộng tiền phạt: 34.750.000 đồng; tịch thu 112 mũ bảo hiểm không dấu hợp quy."],
  state="đã kết thúc.")
b12 = dict(head="Cộng chung chuyên đề 01 và 02 (kiểm tra trong sản xuất, lưu thông):",
  lines=["11 cuộc; tổng số 70 cơ sở – đạt 61 – không đạt 09; tiền phạt 96.250.000 đồng."])
b3 = dict(head="3. Chuyên đề kiểm tra số 03/2026: phối hợp UBND phường, xã kiểm tra đo lường tại chợ (nội dung đã phân quyền cho cấp xã)",
  lines=["- Đã phối hợp với 04 phường (Bến Thành, Chợ Lớn, Bình Tây, Tân Định), mỗi phường 01 cuộc: 04 cuộc.",
         "- Tổng số cơ sở được kiểm tra: 23 – Đạt: 21 – Không đạt: 02 (chỉ nhắc nhở, yêu cầu kiểm định lại cân, chưa xử phạt)."],
  state="chưa kết thúc, còn 02 phường đăng ký phối hợp trong tháng 11/2026.")
others1 = [
  ("Tiếp nhận, xử lý phản ánh và bảo vệ người tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng",
   "Trong kỳ Phòng tiếp nhận 07 đơn phản ánh của người dân qua đường dây nóng, đã xác minh, trả lời 06 đơn; thông tin người phản ánh được giữ bí mật theo quy định.",
   "đang tiếp tục giải quyết 01 đơn còn lại."),
  ("Góp ý văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng",
   "Phối hợp Chi cục góp ý 03 dự thảo văn bản (dự thảo Nghị định quy định xử phạt trong lĩnh vực TĐC sửa đổi, 02 dự thảo Thông tư của Bộ) theo đề nghị của Sở.",
   "đã thực hiện xong các lượt góp ý được yêu cầu."),
  ("Phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra (Nghị định 135/2021/NĐ-CP)",
   "Đã gửi kiểm định, hiệu chuẩn 12 phương tiện, thiết bị kỹ thuật nghiệp vụ (bình chuẩn kim loại, quả cân chuẩn, thiết bị đo nhanh chỉ số octan).",
   "đã xong trong Quý II/2026."),
]
d1 = ["Lực lượng kiểm tra viên của Phòng chỉ có 04 người trong khi số chuyên đề tăng, nhiều đoàn phải kéo dài thời gian.",
      "Một số phường chưa bố trí được công chức theo dõi lĩnh vực đo lường nên việc phối hợp tại chợ còn chậm."]
p1 = ["Đề nghị Lãnh đạo Sở bổ sung 02 biên chế kiểm tra viên cho Phòng trong năm 2027.",
      "Đề nghị Chi cục TĐC tổ chức 01 lớp hướng dẫn nghiệp vụ kiểm tra cân tại chợ cho công chức phường, xã."]
h1_docx(f, [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", ""), ("PHÒNG KIỂM TRA – PHÁP CHẾ", "b"), ("", "")],
        "412/BC-KTPC", "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
        "Kết quả kiểm tra về tiêu chuẩn, đo lường, chất lượng phục vụ Kế hoạch thực hiện Chỉ thị 38-CT/TW năm 2026",
        ["Thực hiện Kế hoạch của Sở Khoa học và Công nghệ triển khai Chỉ thị số 38-CT/TW năm 2026, Phòng Kiểm tra – Pháp chế báo cáo kết quả các chuyên đề kiểm tra và công việc có liên quan tính đến ngày 20/10/2026 như sau:"],
        [b1, b2, b12, b3], others1, d1, p1, ("TRƯỞNG PHÒNG", "Võ Thành Nhân", "VT, KTPC"))
key(f, *KT, "412/BC-KTPC", "2026-10-27", [
  ("II.5.a", "completed", {"inspections": 11, "establishments_inspected": 70, "violations": 9, "fines_vnd": 96250000},
   "Chuyên đề 01 (xăng dầu) và 02 (mũ bảo hiểm, đồ chơi trẻ em): 11 cuộc, 70 cơ sở, 09 không đạt, phạt 96.250.000 đồng; cả hai chuyên đề đã kết thúc."),
  ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 23, "violations": 2},
   "Chuyên đề 03: phối hợp 04 phường kiểm tra đo lường tại chợ, 23 cơ sở, 02 không đạt; chưa kết thúc."),
  ("II.5.d", "in_progress", {}, "Tiếp nhận 07 đơn phản ánh, đã xử lý 06; đang tiếp tục giải quyết 01 đơn."),
  ("II.2.c", "completed", {}, "Góp ý 03 dự thảo văn bản QPPL; đã thực hiện xong."),
  ("II.4.b", "completed", {"instruments_verified": 12}, "Kiểm định, hiệu chuẩn 12 phương tiện, thiết bị kỹ thuật nghiệp vụ; đã xong Quý II."),
], d1, p1)

# ---- 03: Chi cục – Đội Kiểm tra số 2
f = "03-chicuc-doi-kt2-bao-cao-10-2026.docx"
c1 = dict(head="1. Chuyên đề kiểm tra số 04/ĐKT2: định lượng hàng đóng gói sẵn tại siêu thị, cửa hàng tiện lợi",
  lines=["- Số cuộc: 07 cuộc (thực hiện từ tháng 3 đến tháng 9/2026).",
         "- Tổng số cơ sở: 53 – Đạt: 46 – Không đạt: 07 (lượng thiếu vượt giới hạn cho phép, nhãn ghi sai lượng danh định)."],
  qd=["QĐ số 08/QĐ-XPHC: 14.400.000 đồng;", "QĐ số 11/QĐ-XPHC: 12.800.000 đồng;", "QĐ số 13/QĐ-XPHC: 16.000.000 đồng;",
      "Cộng: 43.200.000 đồng."],
  state="đã kết thúc, đã báo cáo Lãnh đạo Chi cục.")
c2 = dict(head="2. Chuyên đề số 05/ĐKT2: khảo sát chất lượng dây và cáp điện, ổ cắm, phích cắm trên thị trường",
  lines=["- Đã lấy 24 mẫu tại 11 cửa hàng điện gia dụng, gửi Trung tâm Dịch vụ Phân tích thí nghiệm thử nghiệm.",
         "- Đã có kết quả 16 mẫu, trong đó 05 mẫu không phù hợp tiêu chuẩn công bố; đã thông tin cho đơn vị kiểm tra."],
  state="chưa kết thúc (còn chờ 08 kết quả thử nghiệm).")
c3 = dict(head="3. Chuyên đề số 06/ĐKT2: hỗ trợ phường, xã thực hiện nội dung được phân quyền",
  lines=["- Hướng dẫn nghiệp vụ cho công chức 06 phường khu vực phía Tây.",
         "- Kiểm tra liên ngành cùng UBND phường: 02 cuộc; tổng số cơ sở: 14 – Đạt: 12 – Không đạt: 02."],
  state="thường xuyên, đang tiếp tục theo lịch phối hợp với các phường.")
others3 = [
  ("Bảo trì, hiệu chuẩn thiết bị nghiệp vụ của Đội",
   "Đội đã hiệu chuẩn 09 thiết bị (cân kiểm tra, quả cân chuẩn, thước cặp, nhiệt kế chuẩn); kinh phí đã chi 18.600.000 đồng.",
   "hoàn thành."),
  ("Cử công chức đi tập huấn chuyên sâu",
   "Cử 04 công chức tham dự 02 khóa tập huấn nghiệp vụ kiểm tra nhà nước về đo lường do Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia tổ chức tại Đà Nẵng.",
   "đã xong."),
]
d3 = ["Kết quả thử nghiệm mẫu khảo sát trả về chậm (trung bình 35 ngày), ảnh hưởng việc cảnh báo kịp thời."]
p3 = ["Đề nghị Chi cục ký hợp đồng khung với đơn vị thử nghiệm để rút ngắn thời gian trả kết quả.",
      "Đề nghị trang bị thêm 01 bộ thiết bị kiểm tra nhanh hàng đóng gói sẵn cho Đội."]
h1_docx(f, [("CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", ""), ("ĐỘI KIỂM TRA SỐ 2", "b"), ("", "")],
        "58/BC-ĐKT2", "TP. Hồ Chí Minh, ngày 22 tháng 10 năm 2026",
        "Kết quả thực hiện các nội dung kiểm tra theo Kế hoạch Chỉ thị 38-CT/TW năm 2026",
        ["Đội Kiểm tra số 2 báo cáo kết quả thực hiện các chuyên đề kiểm tra được Chi cục giao năm 2026 (số liệu đến 15/10/2026):"],
        [c1, c2, c3], others3, d3, p3, ("ĐỘI TRƯỞNG", "Phan Văn Lộc", "Đội KT2"))
key(f, *CC, "58/BC-ĐKT2", "2026-10-22", [
  ("II.5.a", "completed", {"inspections": 7, "establishments_inspected": 53, "violations": 7, "fines_vnd": 43200000},
   "Chuyên đề 04/ĐKT2 hàng đóng gói sẵn: 07 cuộc, 53 cơ sở, 07 không đạt, phạt 43.200.000 đồng; đã kết thúc."),
  ("II.5.b", "in_progress", {"samples_tested": 24}, "Khảo sát chất lượng dây cáp điện, ổ cắm: lấy 24 mẫu; còn chờ kết quả."),
  ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 14, "violations": 2},
   "Hỗ trợ 06 phường; 02 cuộc liên ngành, 14 cơ sở, 02 không đạt; đang tiếp tục."),
  ("II.4.b", "completed", {"instruments_verified": 9, "budget_spent_vnd": 18600000}, "Hiệu chuẩn 09 thiết bị nghiệp vụ, chi 18.600.000 đồng; hoàn thành."),
  ("II.3.a", "completed", {"training_courses": 2, "participants": 4}, "Cử 04 công chức dự 02 khóa tập huấn chuyên sâu; đã xong."),
], d3, p3)

# ---- H1 XLSX (02, 04): "Sổ theo dõi chuyên đề"
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
def h1_xlsx(fname, top, title, rows, total, diffs, props, foot):
    wb = Workbook(); ws = wb.active; ws.title = "So theo doi chuyen de"
    for i, t in enumerate(top, 1):
        ws.cell(i, 1, t).font = Font(name="Times New Roman", bold=(i == 2), size=11)
    r0 = len(top) + 1
    ws.cell(r0, 1, title).font = Font(name="Times New Roman", bold=True, size=13)
    ws.merge_cells(start_row=r0, start_column=1, end_row=r0, end_column=10)
    ws.cell(r0, 1).alignment = Alignment(horizontal="center")
    hdr = ["STT", "Chuyên đề kiểm tra", "Việc này thuộc phần nào của KH 38", "Số cuộc", "Tổng số cơ sở KT",
           "Đạt", "Không đạt", "Số mẫu lấy", "Tiền phạt (đồng)", "Tình trạng chuyên đề"]
    hr = r0 + 2
    for c, h in enumerate(hdr, 1):
        x = ws.cell(hr, c, h); x.font = Font(name="Times New Roman", bold=True, size=11)
        x.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center"); x.border = BOX
    r = hr + 1
    for row in rows + ([total] if total else []):
        for c, v in enumerate(row, 1):
            x = ws.cell(r, c, v); x.border = BOX; x.font = Font(name="Times New Roman", size=11, bold=(row is total))
            x.alignment = Alignment(wrap_text=True, vertical="top")
            if c == 9 and isinstance(v, int): x.number_format = "#,##0"
        r += 1
    for c, w in zip(range(1, 11), [5, 38, 30, 8, 10, 7, 9, 9, 14, 26]):
        ws.column_dimensions[get_column_letter(c)].width = w
    r += 1
    for ln in foot: ws.cell(r, 2, ln).font = Font(name="Times New Roman", italic=True, size=11); r += 1
    ws2 = wb.create_sheet("Kho khan - de xuat")
    ws2["A1"] = "KHÓ KHĂN, VƯỚNG MẮC"; ws2["A1"].font = Font(bold=True)
    rr = 2
    for x in diffs: ws2.cell(rr, 1, "- " + x); rr += 1
    rr += 1; ws2.cell(rr, 1, "ĐỀ XUẤT").font = Font(bold=True); rr += 1
    for x in props: ws2.cell(rr, 1, "- " + x); rr += 1
    ws2.column_dimensions["A"].width = 110
    wb.save(os.path.join(OUT, fname))

f = "02-ktpc-to-kiem-tra-so-theo-doi.xlsx"
rows2 = [
 [1, "Chuyên đề 01/TKT2: đo lường cân tại chợ đầu mối Bình Điền (cùng UBND phường Bình Đông)", "Phối hợp phường thực hiện nội dung phân quyền", 3, 31, 26, 5, None, 12000000, "Xong"],
 [2, "Chuyên đề 02/TKT2: chất lượng khí dầu mỏ hóa lỏng (LPG) chai", "Kiểm tra chất lượng hàng hóa lưu thông", 4, 19, 17, 2, None, 15000000, "Xong"],
 [3, "Chuyên đề 03/TKT2: lấy mẫu thép làm cốt bê tông tại cửa hàng vật liệu xây dựng", "Khảo sát chất lượng, cảnh báo", None, None, None, None, 14, None, "Đang chờ kết quả thử nghiệm"],
 [4, "Thiết bị đo nhanh của Tổ (máy đo tỷ trọng, bình chuẩn 20 lít)", "Bảo trì, kiểm định PTKTNV", None, None, None, None, None, None, "Xong - đã kiểm định 06 thiết bị"],
 [5, "Tin báo, tố giác vi phạm", "Bảo vệ người tố giác", None, None, None, None, None, None, "Không phát sinh"],
]
tot2 = ["", "Cộng", "", 7, 50, 43, 7, 14, 27000000, ""]
d2 = ["Chợ đầu mối hoạt động ban đêm (từ 0 giờ đến 4 giờ), Tổ phải bố trí kiểm tra ngoài giờ nhưng chưa có chế độ bồi dưỡng."]
p2 = ["Xin Phòng đề xuất Sở bố trí kinh phí bồi dưỡng cho các đợt kiểm tra ban đêm.",
      "Đề nghị Chi cục sớm chuyển kết quả thử nghiệm mẫu thép để Tổ kết thúc chuyên đề 03."]
h1_xlsx(f, ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TP. HỒ CHÍ MINH", "PHÒNG KIỂM TRA – PHÁP CHẾ", "Tổ kiểm tra số 2 – KTV Lê Minh Tâm", "Số: 37/BC-TKT2          Ngày lập: 19/10/2026"],
        "SỔ THEO DÕI CHUYÊN ĐỀ KIỂM TRA NĂM 2026 (phục vụ báo cáo KH thực hiện Chỉ thị 38)", rows2, tot2, d2, p2,
        ["Người lập: Lê Minh Tâm", "Tổ trưởng duyệt: Nguyễn Hữu Phước"])
key(f, *KT, "37/BC-TKT2", "2026-10-19", [
  ("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 31, "violations": 5, "fines_vnd": 12000000}, "Cân tại chợ đầu mối Bình Điền cùng UBND phường: 3 cuộc, 31 cơ sở, 5 không đạt, phạt 12.000.000; Xong."),
  ("II.5.a", "completed", {"inspections": 4, "establishments_inspected": 19, "violations": 2, "fines_vnd": 15000000}, "Chất lượng LPG chai: 4 cuộc, 19 cơ sở, 2 không đạt, phạt 15.000.000; Xong."),
  ("II.5.b", "in_progress", {"samples_tested": 14}, "Lấy 14 mẫu thép cốt bê tông; đang chờ kết quả thử nghiệm."),
  ("II.4.b", "completed", {"instruments_verified": 6}, "Đã kiểm định 06 thiết bị đo nhanh của Tổ; Xong."),
  ("II.5.d", "not_applicable", {}, "Tin báo, tố giác vi phạm: Không phát sinh."),
], d2, p2)

f = "04-chicuc-doi-kt1-so-chuyen-de.xlsx"
rows4 = [
 [1, "Chuyên đề 01/ĐKT1: đo lường, chất lượng xăng dầu khu vực cửa ngõ phía Bắc", "Kiểm tra trong lưu thông", 5, 38, 34, 4, None, 37500000, "Đã xong"],
 [2, "Chuyên đề 02/ĐKT1: cân tại chợ Bình Trị Đông, chợ An Lạc (cùng UBND phường Bình Trị Đông, An Lạc)", "Phối hợp UBND phường", 2, 17, 15, 2, None, 3000000, "Còn tiếp"],
 [3, "Chuyên đề 03/ĐKT1: khảo sát chất lượng mũ bảo hiểm bán lẻ", "Khảo sát, cảnh báo chất lượng", None, None, None, None, 30, None, "Đã xong"],
 [4, "Phát tờ gấp pháp luật đo lường cho hộ kinh doanh khi đi kiểm tra", "Tuyên truyền pháp luật TĐC", None, None, None, None, None, None, "Đã xong - phát 350 tờ gấp"],
 [5, "Khen thưởng người tố giác", "Bảo vệ, khen thưởng người tố giác", None, None, None, None, None, None, "Không có"],
]
tot4 = ["", "Cộng", "", 7, 55, 49, 6, 30, 40500000, ""]
d4 = ["Nhiều hộ kinh doanh tại chợ dùng cân không rõ nguồn gốc, không có dấu kiểm định, khó xác định người chịu trách nhiệm."]
p4 = ["Đề nghị UBND các phường bố trí cân đối chứng tại các chợ do phường quản lý."]
h1_xlsx(f, ["CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TP.HCM", "ĐỘI KIỂM TRA SỐ 1", "", "Số: 61/BC-ĐKT1          Ngày 21/10/2026"],
        "SỔ THEO DÕI CHUYÊN ĐỀ KIỂM TRA – SỐ LIỆU ĐẾN 15/10/2026", rows4, tot4, d4, p4,
        ["Đội trưởng: Trần Quốc Bảo"])
key(f, *CC, "61/BC-ĐKT1", "2026-10-21", [
  ("II.5.a", "completed", {"inspections": 5, "establishments_inspected": 38, "violations": 4, "fines_vnd": 37500000}, "Xăng dầu cửa ngõ phía Bắc: 5 cuộc, 38 cơ sở, 4 không đạt, phạt 37.500.000; Đã xong."),
  ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 17, "violations": 2, "fines_vnd": 3000000}, "Cân tại chợ cùng UBND phường: 2 cuộc, 17 cơ sở, 2 không đạt, phạt 3.000.000; Còn tiếp."),
  ("II.5.b", "completed", {"samples_tested": 30}, "Khảo sát mũ bảo hiểm: 30 mẫu; Đã xong."),
  ("II.1.a", "completed", {"communications": 350}, "Phát 350 tờ gấp pháp luật đo lường cho hộ kinh doanh; Đã xong."),
  ("II.5.d", "not_applicable", {}, "Khen thưởng người tố giác: Không có."),
], d4, p4)

# ======================= HAND 2: e-office "phiếu giao việc" list =======================
# habits: the division exports its task slips (phiếu giao việc) from the document-management system;
# one row per slip; the status is the slip's state: "Đã đóng phiếu" / "Đang xử lý" / "Chưa xử lý" /
# "Đóng phiếu – không phát sinh"; the result is typed by the officer in "Kết quả xử lý".
STMAP = {"Đã đóng phiếu": "completed", "Đang xử lý": "in_progress", "Chưa xử lý": "not_started",
         "Đóng phiếu – không phát sinh": "not_applicable"}
HDR2 = ["Số phiếu", "Ngày giao", "Nội dung việc được giao", "Người thực hiện", "Hạn xử lý", "Kết quả xử lý (người thực hiện nhập)", "Trạng thái phiếu"]

def dt(s):
    dd, mm, yy = s.split("/"); return datetime.datetime(int(yy), int(mm), int(dd))

def h2_xlsx(fname, top, slips, diffs, props, sign_lines, sheet="DS phieu giao viec"):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    r = 1
    for t, b in top:
        ws.cell(r, 1, t).font = Font(name="Arial", bold=b, size=10); r += 1
    r += 1; hr = r
    for c, h in enumerate(HDR2, 1):
        x = ws.cell(hr, c, h); x.font = Font(name="Arial", bold=True, size=10, color="FFFFFF")
        x.fill = PatternFill("solid", fgColor="1F4E78"); x.alignment = Alignment(wrap_text=True, vertical="center"); x.border = BOX
    r = hr + 1
    for s in slips:
        vals = [s[0], dt(s[1]), s[2], s[3], dt(s[4]), s[5], s[6]]
        for c, v in enumerate(vals, 1):
            x = ws.cell(r, c, v); x.font = Font(name="Arial", size=10); x.border = BOX
            x.alignment = Alignment(wrap_text=True, vertical="top")
            if c in (2, 5): x.number_format = "dd/mm/yyyy"
        r += 1
    for c, w in zip(range(1, 8), [11, 11, 42, 16, 11, 52, 18]):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.freeze_panes = ws.cell(hr + 1, 1)
    r += 1
    if diffs:
        ws.cell(r, 1, "Khó khăn:").font = Font(name="Arial", bold=True, size=10); r += 1
        for x in diffs: ws.cell(r, 3, "- " + x).font = Font(name="Arial", size=10); r += 1
    if props:
        ws.cell(r, 1, "Kiến nghị:").font = Font(name="Arial", bold=True, size=10); r += 1
        for x in props: ws.cell(r, 3, "- " + x).font = Font(name="Arial", size=10); r += 1
    r += 1
    for t in sign_lines: ws.cell(r, 6, t).font = Font(name="Arial", size=10, bold=True); r += 1
    ws.print_options.gridLines = False
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fname))

f = "05-chicuc-qldl-phieu-giao-viec-kh38.xlsx"
s5 = [
 ["PGV-031", "12/01/2026", "Triển khai Đề án 996 – hỗ trợ doanh nghiệp nâng cao năng lực đo lường", "Nguyễn Thị Mai", "30/11/2026",
  "Đã hỗ trợ 15 doanh nghiệp xây dựng hệ thống quản lý đo lường theo TCVN ISO 10012; tổ chức 01 hội thảo \"Đo lường trong doanh nghiệp\" có 86 đại biểu dự.", "Đang xử lý"],
 ["PGV-044", "05/02/2026", "Rà soát, duy trì chuẩn đo lường chính, liên kết chuẩn lên chuẩn quốc gia", "Hồ Văn Khải", "30/06/2026",
  "Đã rà soát 07 chuẩn chính; đã gửi hiệu chuẩn 03 chuẩn lên Viện Đo lường Việt Nam (giấy chứng nhận hiệu chuẩn lưu hồ sơ).", "Đã đóng phiếu"],
 ["PGV-052", "20/02/2026", "Theo dõi hoạt động tổ chức kiểm định, hiệu chuẩn, thử nghiệm phương tiện đo trên địa bàn", "Hồ Văn Khải", "31/12/2026",
  "Hướng dẫn 04 tổ chức hoàn thiện hồ sơ đăng ký mở rộng lĩnh vực kiểm định (đồng hồ nước, taximet).", "Đang xử lý"],
 ["PGV-058", "03/03/2026", "Hiệu chuẩn, bảo dưỡng phương tiện kỹ thuật nghiệp vụ của Phòng", "Lý Quốc Huy", "30/09/2026",
  "Hiệu chuẩn 11 bộ quả cân chuẩn, bình chuẩn; kinh phí 24.350.000 đ (đã thanh toán).", "Đã đóng phiếu"],
 ["PGV-063", "10/03/2026", "Hướng dẫn UBND phường, xã quản lý đo lường tại chợ, phối hợp kiểm tra", "Nguyễn Thị Mai", "31/12/2026",
  "Hướng dẫn 09 phường; cùng kiểm tra 03 cuộc tại 03 chợ, 27 quầy cân; chưa phát hiện vi phạm phải xử phạt.", "Đang xử lý"],
 ["PGV-070", "15/04/2026", "Cập nhật khuyến nghị OIML, thỏa thuận quốc tế về đo lường để phổ biến trên địa bàn", "Lý Quốc Huy", "31/12/2026",
  "", "Chưa xử lý"],
]
d5 = ["Tổ chức kiểm định tư nhân đăng ký mở rộng nhiều nhưng hồ sơ thiếu, phải hướng dẫn nhiều lần."]
p5 = ["Đề nghị Chi cục bố trí thêm 01 công chức theo dõi Đề án 996 trong Quý IV."]
h2_xlsx(f, [("CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG - PHÒNG QUẢN LÝ ĐO LƯỜNG", True),
            ("Danh sách phiếu giao việc (xuất từ hệ thống Quản lý văn bản và điều hành) - Nhóm việc: KH 38/2026", False),
            ("Kèm theo Báo cáo số 203/BC-QLĐL ngày 24/10/2026 của Phòng Quản lý Đo lường", False),
            ("Ngày xuất: 24/10/2026 08:47", False)], s5, d5, p5, ["TRƯỞNG PHÒNG", "", "", "Đặng Minh Triết"])
key(f, *CC, "203/BC-QLĐL", "2026-10-24", [
  ("II.2.a", "in_progress", {"enterprises_supported": 15, "training_courses": 1, "participants": 86}, s5[0][5]),
  ("II.4.c", "completed", {"instruments_verified": 3}, s5[1][5]),
  ("II.2.g", "in_progress", {"enterprises_supported": 4}, s5[2][5]),
  ("II.4.b", "completed", {"instruments_verified": 11, "budget_spent_vnd": 24350000}, s5[3][5]),
  ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 27}, s5[4][5]),
  ("II.6.a", "not_started", {}, "Cập nhật khuyến nghị OIML, thỏa thuận quốc tế về đo lường: Chưa xử lý."),
], d5, p5)

f = "06-chicuc-to-msmv-txng-phieu-viec.xlsx"
s6 = [
 ["PGV-012", "08/01/2026", "Đề án 100 – hướng dẫn doanh nghiệp, hợp tác xã áp dụng truy xuất nguồn gốc", "Trương Thị Bích Ngọc", "30/11/2026",
  "Đã hướng dẫn 22 doanh nghiệp, HTX; tổ chức 02 hội nghị giới thiệu giải pháp truy xuất nguồn gốc.", "Đang xử lý"],
 ["PGV-019", "22/01/2026", "Tập huấn mã số, mã vạch, truy xuất nguồn gốc cho sinh viên", "Võ Hoàng Nam", "30/09/2026",
  "01 lớp tại Trường Cao đẳng Kinh tế đối ngoại ngày 17/9, 140 sinh viên tham dự.", "Đã đóng phiếu"],
 ["PGV-027", "02/02/2026", "Kết nối, đồng bộ dữ liệu mã số mã vạch với cơ sở dữ liệu quốc gia về TĐC", "Võ Hoàng Nam", "31/12/2026",
  "Đã đồng bộ 1.245 hồ sơ cấp mã; đang chờ Bộ mở API kết nối chính thức.", "Đang xử lý"],
 ["PGV-033", "02/02/2026", "Góp ý cải tiến Hệ thống thông tin giải quyết TTHC của Bộ (mảng mã số mã vạch), liên thông một cửa quốc gia", "Trương Thị Bích Ngọc", "31/03/2026",
  "Đã gửi văn bản góp ý 12 nội dung; hệ thống liên thông đã vận hành từ 25/3.", "Đã đóng phiếu"],
 ["PGV-040", "11/03/2026", "Viết tin bài tuyên truyền về mã số mã vạch, truy xuất nguồn gốc", "Võ Hoàng Nam", "30/06/2026",
  "Đăng 06 tin bài trên trang thông tin điện tử của Sở và Chi cục.", "Đã đóng phiếu"],
]
d6 = ["Nhiều doanh nghiệp nhỏ chưa sẵn sàng chi phí cho phần mềm truy xuất nguồn gốc."]
p6 = ["Đề nghị Sở xem xét hỗ trợ một phần chi phí tem truy xuất cho hợp tác xã nông nghiệp.",
      "Đề nghị Chi cục đôn đốc Bộ sớm mở kết nối dữ liệu chính thức."]
h2_xlsx(f, [("CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TP. HỒ CHÍ MINH", True),
            ("Tổ Mã số mã vạch - Truy xuất nguồn gốc", True),
            ("Danh sách phiếu giao việc – Nhóm việc: Kế hoạch 38 năm 2026 (gửi kèm Báo cáo số 22/BC-MSMV ngày 23/10/2026)", False)],
        s6, d6, p6, ["TỔ TRƯỞNG", "", "", "Trương Thị Bích Ngọc"], sheet="Phieu giao viec")
key(f, *CC, "22/BC-MSMV", "2026-10-23", [
  ("II.2.a", "in_progress", {"enterprises_supported": 22, "training_courses": 2}, s6[0][5]),
  ("II.3.d", "completed", {"training_courses": 1, "participants": 140}, s6[1][5]),
  ("II.2.i", "in_progress", {}, s6[2][5]),
  ("II.2.h", "completed", {}, s6[3][5]),
  ("II.1.a", "completed", {"communications": 6}, s6[4][5]),
], d6, p6)

# ---- 08 mistaken: Tổ Chuyển đổi số of the Chi cục sends its digital-transformation slips
f = "08-chicuc-to-cds-phieu-viec-chuyen-doi-so.xlsx"
s8 = [
 ["PGV-005", "06/01/2026", "Triển khai chữ ký số cho 100% công chức của Chi cục", "Lâm Gia Huy", "31/03/2026", "Đã cấp 46 chứng thư số cá nhân.", "Đã đóng phiếu"],
 ["PGV-017", "19/01/2026", "Số hóa hồ sơ lưu trữ giai đoạn 2020-2024", "Lâm Gia Huy", "30/09/2026", "Đã số hóa 3.820 hồ sơ/5.000 hồ sơ.", "Đang xử lý"],
 ["PGV-029", "10/02/2026", "Nâng cấp đường truyền, tường lửa phòng máy chủ", "Phạm Thành Đạt", "30/06/2026", "Đã lắp đặt tường lửa mới, nâng băng thông lên 300 Mbps.", "Đã đóng phiếu"],
 ["PGV-046", "02/04/2026", "Tập huấn kỹ năng số cho công chức (Kế hoạch chuyển đổi số 2026)", "Phạm Thành Đạt", "31/10/2026", "02 lớp, 58 lượt công chức.", "Đã đóng phiếu"],
 ["PGV-061", "04/05/2026", "Chuyển dịch vụ công trực tuyến toàn trình lên Cổng dịch vụ công quốc gia", "Lâm Gia Huy", "31/12/2026", "", "Chưa xử lý"],
]
h2_xlsx(f, [("CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG - TỔ CHUYỂN ĐỔI SỐ", True),
            ("Danh sách phiếu giao việc – Nhóm việc: Kế hoạch chuyển đổi số năm 2026", False),
            ("Kèm theo Báo cáo số 19/BC-CĐS ngày 20/10/2026", False)],
        s8, [], [], ["TỔ TRƯỞNG", "", "", "Lâm Gia Huy"])
key(f, *CC, "19/BC-CĐS", "2026-10-20", [], rejected="Không phải báo cáo Kế hoạch thực hiện Chỉ thị 38: danh sách phiếu giao việc của Kế hoạch chuyển đổi số năm 2026 (gửi nhầm).")

# ---- 07: Phòng Quản lý Tiêu chuẩn Chất lượng – slips pasted into a Word cover report (re-saved in LibreOffice later)
f = "07-chicuc-qltccl-bao-cao-phieu-viec.docx"
s7 = [
 ["PGV-008", "07/01/2026", "Tuyên truyền, vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia 2026", "Lê Thị Hồng", "30/06/2026",
  "Hướng dẫn 12 doanh nghiệp lập hồ sơ đăng ký; đăng 03 tin bài giới thiệu giải thưởng.", "Đã đóng phiếu"],
 ["PGV-021", "14/01/2026", "Tổ chức Giải thưởng Chất lượng Quốc gia 2026 tại Thành phố (sơ tuyển)", "Lê Thị Hồng", "15/12/2026",
  "Đã đánh giá tại 07 doanh nghiệp; đã họp 02 phiên Hội đồng sơ tuyển, đang hoàn thiện hồ sơ gửi Ủy ban.", "Đang xử lý"],
 ["PGV-026", "14/01/2026", "Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý tiên tiến, công bố hợp chuẩn, hợp quy", "Ngô Văn Sang", "31/12/2026",
  "Tiếp nhận 318 hồ sơ công bố hợp quy; hướng dẫn 45 doanh nghiệp áp dụng ISO 9001, ISO 22000.", "Đang xử lý"],
 ["PGV-030", "20/01/2026", "Hướng dẫn cơ quan hành chính duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015", "Ngô Văn Sang", "30/11/2026",
  "Đã hướng dẫn, kiểm tra 23 cơ quan hành chính (sở, ngành, UBND phường, xã).", "Đã đóng phiếu"],
 ["PGV-035", "03/02/2026", "Góp ý dự thảo TCVN, QCVN của Bộ và các Bộ ngành", "Đoàn Thu Trang", "31/12/2026",
  "Góp ý 16 dự thảo TCVN và 04 dự thảo QCVN (tổng 20 dự thảo).", "Đang xử lý"],
 ["PGV-039", "03/02/2026", "Khảo sát chất lượng xăng dầu, LPG trên thị trường", "Đoàn Thu Trang", "30/09/2026",
  "Lấy 36 mẫu xăng dầu và 20 mẫu LPG, tổng 56 mẫu; 02 mẫu không đạt đã chuyển Đội kiểm tra.", "Đã đóng phiếu"],
 ["PGV-041", "10/02/2026", "Triển khai Luật Chất lượng sản phẩm, hàng hóa sửa đổi tại Thành phố", "Lê Thị Hồng", "31/12/2026",
  "Chờ Nghị định hướng dẫn.", "Chưa xử lý"],
]
d7 = ["Hồ sơ công bố hợp quy nộp giấy còn nhiều, chưa chuyển hết sang dịch vụ công trực tuyến."]
p7 = ["Đề nghị Chi cục có văn bản hướng dẫn thống nhất cách ghi phiếu giao việc thuộc Kế hoạch 38 để dễ tổng hợp."]
d = new_doc(size=13)
header_table(d, [("CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", ""), ("PHÒNG QUẢN LÝ TIÊU CHUẨN CHẤT LƯỢNG", "b"), ("Số: 187/BC-QLTCCL", "")],
             QH + [("TP. Hồ Chí Minh, ngày 20 tháng 10 năm 2026", "i")])
para(d, "BÁO CÁO", bold=True, align="c", size=14, space_after=0)
para(d, "Tình hình xử lý phiếu giao việc thuộc Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026", bold=True, align="c")
para(d, "Phòng Quản lý Tiêu chuẩn Chất lượng báo cáo tình hình xử lý các phiếu giao việc thuộc nhóm việc “KH 38/2026” trên hệ thống Quản lý văn bản và điều hành, số liệu đến ngày 16/10/2026 (bảng dưới đây sao từ hệ thống, cột Kết quả do chuyên viên nhập):", align="j", indent=1.0)
t = d.add_table(rows=1, cols=7); t.style = "Table Grid"
for c, h in enumerate(HDR2): cell_text(t.rows[0].cells[c], h, bold=True, size=10)
for s in s7:
    rr = t.add_row().cells
    for c, v in enumerate(s): cell_text(rr[c], v, size=10)
para(d, "")
para(d, "Khó khăn: " + d7[0], align="j", indent=1.0)
para(d, "Kiến nghị: " + p7[0], align="j", indent=1.0)
sign(d, [("Nơi nhận:", "bi"), ("- Lãnh đạo Chi cục;", ""), ("- Phòng HC-TH (tổng hợp);", ""), ("- Lưu: QLTCCL.", "")],
     [("TRƯỞNG PHÒNG", "b"), ("", ""), ("", ""), ("Huỳnh Thị Kim Loan", "b")])
d.save(os.path.join(OUT, f))
key(f, *CC, "187/BC-QLTCCL", "2026-10-20", [
  ("II.1.b", "completed", {"enterprises_supported": 12, "communications": 3}, s7[0][5]),
  ("II.2.b", "in_progress", {"enterprises_supported": 7}, s7[1][5]),
  ("II.2.d", "in_progress", {"enterprises_supported": 45}, s7[2][5]),
  ("II.2.đ", "completed", {"enterprises_supported": 23}, s7[3][5]),
  ("II.2.e", "in_progress", {"standards_reviewed": 20}, s7[4][5]),
  ("II.5.b", "completed", {"samples_tested": 56}, s7[5][5]),
  ("II.2.c", "not_started", {}, "Triển khai Luật Chất lượng SPHH sửa đổi: chờ Nghị định hướng dẫn; Chưa xử lý."),
], d7, p7)

# ======================= HAND 3: "Ưu điểm / Hạn chế" under every task =======================
# habits: each job in the unit's own words as a bold numbered line, one "Kết quả:" paragraph with the
# figures in running text, then two dash lines "- Ưu điểm: …" and "- Hạn chế: …"; the status is said
# inside one of those two lines ("đã hoàn thành đúng thời gian", "chưa triển khai được do …").
def h3_docx(fname, left, date_line, number_in_left, title, kg, intro, parts, diffs, props, signer, nfd=False):
    d = new_doc(size=14)
    header_table(d, left, QH + [(date_line, "i")])
    para(d, "BÁO CÁO", bold=True, align="c", size=14, space_after=0)
    para(d, title, bold=True, align="c", size=14)
    if kg: para(d, kg, align="c")
    for x in intro: para(d, x, align="j", indent=1.27)
    for sec_title, items in parts:
        para(d, sec_title, bold=True)
        for i, (h, res, uu, han) in enumerate(items, 1):
            runs(d, [(f"{i}. {h}", "b")], indent=1.27)
            runs(d, [("Kết quả: ", "i"), (res, "")], indent=1.27)
            runs(d, [("- Ưu điểm: ", "b"), (uu, "")], indent=1.27)
            runs(d, [("- Hạn chế: ", "b"), (han, "")], indent=1.27)
    para(d, "KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ", bold=True)
    para(d, "1. Khó khăn, vướng mắc", bold=True, italic=True)
    for x in diffs: para(d, "- " + x, align="j", indent=1.27)
    para(d, "2. Kiến nghị, đề xuất", bold=True, italic=True)
    for x in props: para(d, "- " + x, align="j", indent=1.27)
    sign(d, [("Nơi nhận:", "bi")] + [(x, "") for x in signer[2]], [(signer[0], "b"), ("", ""), ("", ""), ("", ""), (signer[1], "b")])
    d.save(os.path.join(OUT, fname))

# ---- 09 Chi cục – Phòng Hành chính – Tổng hợp
f = "09-chicuc-hcth-bao-cao-kh38.docx"
i9 = [
 ("Tập huấn văn bản quy phạm pháp luật về TĐC cho tổ chức, doanh nghiệp; tọa đàm với doanh nghiệp nhập khẩu",
  "Phòng đã phối hợp các phòng chuyên môn tổ chức 03 lớp tập huấn (412 lượt học viên) và 01 buổi tọa đàm với doanh nghiệp nhập khẩu (65 đại biểu doanh nghiệp); tính chung 04 lớp, buổi với 477 lượt người tham dự. Kinh phí đã chi cho các lớp là 86.400.000 đồng.",
  "tổ chức đúng thời gian Quý I – III, đã hoàn thành nội dung này theo Kế hoạch.",
  "tài liệu tập huấn còn in giấy, chưa số hóa để học viên tra cứu."),
 ("Tập huấn nghiệp vụ cho công chức sở, ngành, UBND phường, xã, đặc khu",
  "Đã tổ chức 02 lớp cho 236 công chức cấp xã phụ trách lĩnh vực TĐC (tháng 7 và tháng 9/2026).",
  "nội dung sát với các việc được phân quyền cho cấp xã.",
  "còn 01 lớp dự kiến tháng 11/2026 nên nội dung này vẫn đang thực hiện, chưa xong."),
 ("Góp ý Hệ thống thông tin giải quyết TTHC của Bộ; liên thông Cổng một cửa quốc gia",
  "Đã gửi ý kiến góp ý theo đề nghị của Bộ; việc liên thông đăng ký kiểm tra nhà nước hàng nhập khẩu qua Cổng một cửa quốc gia đã vận hành.",
  "đã hoàn thành trong Quý I/2026 như kế hoạch.",
  "đường truyền có lúc gián đoạn, doanh nghiệp phản ánh chậm nhận kết quả."),
 ("Kết nối, áp dụng cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng",
  "Phối hợp Phòng Chuyển đổi số, Trung tâm Công nghệ thông tin và Địa không gian khảo sát hạ tầng, lập danh mục dữ liệu dùng chung.",
  "đã có danh mục dữ liệu.",
  "đang thực hiện, chưa kết nối chính thức do Bộ chưa ban hành chuẩn dữ liệu."),
 ("Thu hút chuyên gia, cán bộ trình độ cao lĩnh vực TĐC (phối hợp Phòng Quản lý Khoa học)",
  "Trong kỳ Chi cục chưa có hồ sơ đề nghị thu hút chuyên gia.",
  "—",
  "không phát sinh việc phải phối hợp trong năm 2026."),
]
d9 = ["Kinh phí Kế hoạch được giao muộn (tháng 02/2026) nên các lớp Quý I phải lùi sang cuối tháng 3.",
      "Nhiều phòng gửi số liệu cho Phòng tổng hợp chậm, không theo một mẫu thống nhất."]
p9 = ["Đề nghị Sở giao dự toán kinh phí Kế hoạch năm 2027 ngay từ tháng 01.",
      "Đề nghị Lãnh đạo Chi cục ban hành mẫu báo cáo thống nhất cho các phòng, đội."]
h3_docx(f, [("CHI CỤC TIÊU CHUẨN", ""), ("ĐO LƯỜNG CHẤT LƯỢNG", ""), ("PHÒNG HÀNH CHÍNH – TỔNG HỢP", "b"), ("Số: 96/BC-HCTH", "")],
        "Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026", None,
        "Kết quả thực hiện các nhiệm vụ Phòng được giao theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
        "Kính gửi: Ban Lãnh đạo Chi cục Tiêu chuẩn Đo lường Chất lượng",
        ["Căn cứ phân công của Lãnh đạo Chi cục, Phòng Hành chính – Tổng hợp báo cáo kết quả thực hiện như sau:"],
        [("I. KẾT QUẢ THỰC HIỆN", i9)], d9, p9, ("TRƯỞNG PHÒNG", "Nguyễn Ngọc Thùy Dương", ["- Như trên;", "- Lưu: HCTH."]))
key(f, *CC, "96/BC-HCTH", "2026-10-26", [
  ("II.1.a", "completed", {"training_courses": 4, "participants": 477, "budget_spent_vnd": 86400000}, i9[0][1]),
  ("II.3.a", "in_progress", {"training_courses": 2, "participants": 236}, i9[1][1]),
  ("II.2.h", "completed", {}, i9[2][1]),
  ("II.2.i", "in_progress", {}, i9[3][1]),
  ("II.3.c", "not_applicable", {}, i9[4][1]),
], d9, p9)

# ---- 10 Chi cục – Tổ Năng suất – Giải thưởng chất lượng
f = "10-chicuc-to-nang-suat-gtcl.docx"
i10 = [
 ("Hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng (Chương trình 1322, Kế hoạch 36)",
  "Hỗ trợ 18 doanh nghiệp áp dụng công cụ cải tiến năng suất (5S, Kaizen, Lean); kinh phí hỗ trợ đã giải ngân 540.000.000 đồng.",
  "doanh nghiệp hưởng ứng tốt, nhiều đơn vị tự bỏ thêm kinh phí.",
  "một số hợp đồng tư vấn còn dở dang, Tổ đang tiếp tục thực hiện đến tháng 12."),
 ("Khóa bồi dưỡng chuyên sâu về năng suất; mạng lưới chuyên gia tư vấn",
  "Tổ chức 04 khóa bồi dưỡng với 198 học viên là cán bộ doanh nghiệp; mạng lưới chuyên gia tư vấn năng suất hiện có 27 người.",
  "đã hoàn thành trong Quý II và Quý III đúng kế hoạch.",
  "số chuyên gia có chứng chỉ quốc tế còn ít."),
 ("Phối hợp với Ủy ban TĐC Quốc gia và APO",
  "Cử 02 chuyên gia tham dự 01 hội thảo trực tuyến của APO về năng suất khu vực công.",
  "việc được yêu cầu đã hoàn thành.",
  "chưa có dự án hợp tác trực tiếp với APO."),
 ("Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
  "Đăng 05 tin bài, gửi thư mời và hướng dẫn trực tiếp 09 doanh nghiệp.",
  "hoàn thành từ tháng 6/2026.",
  "số doanh nghiệp đăng ký tham dự chưa tăng so với năm trước."),
 ("Tổ chức đánh giá Giải thưởng Chất lượng Quốc gia năm 2026",
  "Đang đánh giá tại 06 doanh nghiệp đăng ký tham dự.",
  "hội đồng đánh giá có kinh nghiệm.",
  "việc đánh giá chưa xong, đang thực hiện theo lịch của Ủy ban (dự kiến kết thúc tháng 12)."),
]
d10 = ["Định mức hỗ trợ mỗi doanh nghiệp còn thấp so với chi phí tư vấn thực tế."]
p10 = ["Đề nghị nâng mức hỗ trợ tối đa cho mỗi doanh nghiệp tham gia Chương trình năng suất lên 50 triệu đồng.",
       "Đề nghị Sở giới thiệu chuyên gia tham gia khóa đào tạo chuyên gia năng suất của APO."]
h3_docx(f, [("CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", ""), ("TỔ NĂNG SUẤT – GIẢI THƯỞNG CHẤT LƯỢNG", "b"), ("Số: 14/BC-NSCL", "")],
        "TP.HCM, ngày 19 tháng 10 năm 2026", None,
        "Về kết quả thực hiện Kế hoạch Chỉ thị 38 năm 2026 (phần việc của Tổ)", None,
        ["Tổ Năng suất – Giải thưởng chất lượng báo cáo kết quả các phần việc được giao, số liệu đến 15/10/2026:"],
        [("A. CÁC PHẦN VIỆC ĐƯỢC GIAO", i10)], d10, p10, ("TỔ TRƯỞNG", "Bùi Thanh Hải", ["- Phòng HC-TH;", "- Lưu."]))
key(f, *CC, "14/BC-NSCL", "2026-10-19", [
  ("II.2.a", "in_progress", {"enterprises_supported": 18, "budget_spent_vnd": 540000000}, i10[0][1]),
  ("II.3.b", "completed", {"training_courses": 4, "participants": 198}, i10[1][1]),
  ("II.6.b", "completed", {"training_courses": 1, "participants": 2}, i10[2][1]),
  ("II.1.b", "completed", {"communications": 5, "enterprises_supported": 9}, i10[3][1]),
  ("II.2.b", "in_progress", {"enterprises_supported": 6}, i10[4][1]),
], d10, p10)

# ---- 11 Phòng KT–PC – Tổ Pháp chế
f = "11-ktpc-to-phap-che-bao-cao.docx"
i11 = [
 ("Góp ý sửa đổi, bổ sung Luật và văn bản quy phạm pháp luật về TĐC",
  "Tổ đã chủ trì tham mưu Sở góp ý 05 dự thảo văn bản quy phạm pháp luật (trong đó có dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa sửa đổi).",
  "các văn bản góp ý đều gửi đúng hạn; việc này đã hoàn thành.",
  "thời gian Bộ lấy ý kiến ngắn (05 – 07 ngày)."),
 ("Thẩm định hồ sơ xử phạt, xử lý vi phạm; bảo vệ, khen thưởng người tố giác",
  "Thẩm định 14 hồ sơ xử phạt vi phạm hành chính về TĐC với tổng số tiền phạt 126.750.000 đồng; đề nghị khen thưởng 01 cá nhân tố giác gian lận đo lường xăng dầu.",
  "hồ sơ thẩm định đúng thời hạn; công việc thường xuyên này đang tiếp tục thực hiện.",
  "chưa có quy chế riêng về bảo vệ người tố giác trong lĩnh vực TĐC."),
 ("Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP",
  "Rà soát danh mục 21 phương tiện, thiết bị đang sử dụng; lập đề xuất mua sắm bổ sung gửi Văn phòng Sở.",
  "danh mục đã cập nhật đầy đủ.",
  "chưa được bố trí kinh phí mua sắm nên việc này đang thực hiện dở."),
 ("Hướng dẫn UBND phường, xã xử phạt trong lĩnh vực TĐC được phân cấp",
  "Tổ chức 02 lớp hướng dẫn nghiệp vụ xử phạt cho 164 công chức phường, xã, đặc khu.",
  "đã làm xong trong tháng 8/2026.",
  "một số phường cử người không đúng chức danh."),
]
d11 = ["Thiếu công chức có chuyên môn pháp luật chuyên ngành đo lường."]
p11 = ["Đề nghị Sở ban hành quy chế bảo vệ, khen thưởng người tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng."]
h3_docx(f, [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", ""), ("PHÒNG KIỂM TRA – PHÁP CHẾ", "b"), ("Số: 415/BC-KTPC", "")],
        "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026", None,
        "Kết quả công tác pháp chế, xử lý vi phạm phục vụ Kế hoạch Chỉ thị 38-CT/TW năm 2026", None,
        ["(Phần việc do Tổ Pháp chế thực hiện, bổ sung cho Báo cáo số 412/BC-KTPC về các chuyên đề kiểm tra.)"],
        [("I. KẾT QUẢ", i11)], d11, p11, ("KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG", "Đỗ Thị Hạnh", ["- Chi cục TĐC;", "- Lưu: VT, PC."]))
key(f, *KT, "415/BC-KTPC", "2026-10-29", [
  ("II.2.c", "completed", {}, i11[0][1]),
  ("II.5.d", "in_progress", {"violations": 14, "fines_vnd": 126750000}, i11[1][1]),
  ("II.4.b", "in_progress", {}, i11[2][1]),
  ("II.5.c", "completed", {"training_courses": 2, "participants": 164}, i11[3][1]),
], d11, p11)

# ---- 17 Phường Hòa Lợi (H3, ward)
f = "17-phuong-hoa-loi-bc-ct38.docx"
i17 = [
 ("Phối hợp kiểm tra đo lường tại chợ, cửa hàng xăng dầu trên địa bàn",
  "Phường chủ trì 04 cuộc kiểm tra tại chợ Hòa Lợi, chợ Mỹ Phước 3 và 02 cửa hàng xăng dầu; kiểm tra 36 cơ sở, phát hiện 03 cơ sở vi phạm, xử phạt 6.000.000 đồng.",
  "đã hoàn thành các đợt theo kế hoạch của phường.",
  "phường chưa có cân đối chứng tại chợ Mỹ Phước 3."),
 ("Tuyên truyền pháp luật về đo lường, chất lượng cho người dân, hộ kinh doanh",
  "Đăng 20 tin trên nhóm Zalo các khu phố và trang thông tin của phường.",
  "lan tỏa nhanh tới hộ kinh doanh.",
  "việc tuyên truyền vẫn đang thực hiện, chưa có tài liệu in riêng cho chợ."),
 ("Cử công chức tham dự tập huấn",
  "Cử 02 công chức Phòng Kinh tế dự lớp tập huấn do Chi cục TĐC tổ chức tháng 7/2026.",
  "đã hoàn thành.",
  "không."),
]
d17 = ["Phường mới sắp xếp, công chức kiêm nhiệm nhiều lĩnh vực nên thời gian dành cho công tác TĐC còn ít."]
p17 = ["Kiến nghị Chi cục hỗ trợ phường 01 cân đối chứng đặt tại chợ Mỹ Phước 3."]
h3_docx(f, [("ỦY BAN NHÂN DÂN", ""), ("PHƯỜNG HÒA LỢI", "b"), ("Số: 278/BC-UBND", "")],
        "Hòa Lợi, ngày 30 tháng 10 năm 2026", None,
        "Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026",
        "Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng)",
        ["Ủy ban nhân dân phường Hòa Lợi báo cáo kết quả như sau:"],
        [("I. KẾT QUẢ THỰC HIỆN", i17)], d17, p17, ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lê Văn Thắng", ["- Như trên;", "- Lưu: VT, KT."]))
key(f, "25849", "Phường Hòa Lợi", "278/BC-UBND", "2026-10-30", [
  ("II.5.c", "completed", {"inspections": 4, "establishments_inspected": 36, "violations": 3, "fines_vnd": 6000000}, i17[0][1]),
  ("II.1.a", "in_progress", {"communications": 20}, i17[1][1]),
  ("II.3.a", "completed", {"participants": 2}, i17[2][1]),
], d17, p17)

# ---- 12 Chi cục – Đội Kiểm tra số 3 (H3 in Excel: Nội dung | Kết quả | Ưu điểm | Hạn chế)
f = "12-chicuc-doi-kt3-uu-diem-han-che.xlsx"
wb = Workbook(); ws = wb.active; ws.title = "Bao cao"
top = ["CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "ĐỘI KIỂM TRA SỐ 3", "Số: 44/BC-ĐKT3",
       "", "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38 NĂM 2026", "(Kèm theo ngày 25 tháng 10 năm 2026)"]
for i, t in enumerate(top, 1):
    ws.cell(i, 1, t).font = Font(name="Times New Roman", size=12, bold=i in (2, 5))
ws.cell(6, 1).value = "TP. Hồ Chí Minh, ngày 25 tháng 10 năm 2026"; ws.cell(6, 1).font = Font(name="Times New Roman", italic=True)
hdr = ["STT", "Nội dung công việc", "Kết quả", "Ưu điểm", "Hạn chế"]
for c, h in enumerate(hdr, 1):
    x = ws.cell(8, c, h); x.font = Font(name="Times New Roman", bold=True); x.border = BOX; x.alignment = Alignment(horizontal="center", wrap_text=True)
i12 = [
 ("Kiểm tra nhà nước chất lượng hàng hóa nhập khẩu",
  "Tiếp nhận 1.732 hồ sơ đăng ký kiểm tra; kiểm tra 04 cuộc tại 26 doanh nghiệp nhập khẩu, 03 doanh nghiệp vi phạm, phạt 28.000.000 đ",
  "Đã thực hiện xong các đợt kiểm tra theo kế hoạch năm", "Hồ sơ giấy còn nhiều"),
 ("Lấy mẫu khảo sát, cảnh báo chất lượng đồ chơi trẻ em nhập khẩu",
  "Lấy 18 mẫu gửi thử nghiệm", "Mẫu lấy đúng quy trình", "Còn chờ 05 kết quả thử nghiệm nên đang thực hiện"),
 ("Phối hợp UBND đặc khu Côn Đảo kiểm tra đo lường, chất lượng",
  "01 cuộc, 09 cơ sở; không phát hiện vi phạm", "Hoàn thành chuyến công tác tháng 5/2026", "Chi phí đi lại cao"),
 ("Cập nhật điều ước, thỏa thuận quốc tế liên quan hàng nhập khẩu (FTA, TBT)",
  "—", "—", "Chưa triển khai do chưa có văn bản hướng dẫn của Chi cục"),
]
for i, row in enumerate(i12, 1):
    for c, v in enumerate([i] + list(row), 1):
        x = ws.cell(8 + i, c, v); x.border = BOX; x.alignment = Alignment(wrap_text=True, vertical="top"); x.font = Font(name="Times New Roman")
r = 8 + len(i12) + 2
d12 = ["Số hồ sơ đăng ký kiểm tra hàng nhập khẩu tăng nhanh, Đội chỉ có 05 công chức."]
p12 = ["Đề nghị Chi cục bổ sung công chức cho bộ phận tiếp nhận hồ sơ hàng nhập khẩu."]
ws.cell(r, 2, "Khó khăn, vướng mắc:").font = Font(name="Times New Roman", bold=True)
for x in d12: r += 1; ws.cell(r, 2, "- " + x)
r += 1; ws.cell(r, 2, "Kiến nghị:").font = Font(name="Times New Roman", bold=True)
for x in p12: r += 1; ws.cell(r, 2, "- " + x)
r += 2; ws.cell(r, 4, "ĐỘI TRƯỞNG").font = Font(name="Times New Roman", bold=True); ws.cell(r + 3, 4, "Mai Xuân Trường").font = Font(name="Times New Roman", bold=True)
for c, w in zip("ABCDE", [5, 40, 50, 34, 34]): ws.column_dimensions[c].width = w
wb.save(os.path.join(OUT, f))
key(f, *CC, "44/BC-ĐKT3", "2026-10-25", [
  ("II.5.a", "completed", {"inspections": 4, "establishments_inspected": 26, "violations": 3, "fines_vnd": 28000000}, i12[0][1]),
  ("II.5.b", "in_progress", {"samples_tested": 18}, i12[1][1]),
  ("II.5.c", "completed", {"inspections": 1, "establishments_inspected": 9}, i12[2][1]),
  ("II.6.a", "not_started", {}, "Cập nhật điều ước, thỏa thuận quốc tế: chưa triển khai."),
], d12, p12)

# ======================= HAND 4: ward officer grouping work under the ward's own "mô hình"/campaign names =======================
# habits: bold headings are the ward's own models and movements in quotes (Mô hình "…", Phong trào "…"),
# under each a few "+" lines; the status is a sentence about the model ("Mô hình đang được duy trì",
# "Phong trào đã tổng kết"); plan tasks are never named.
def h4_docx(fname, left, date_line, title, kg, intro, groups, diffs, props, signer):
    d = new_doc(size=13)
    header_table(d, left, QH + [(date_line, "i")], widths=(6.5, 10))
    para(d, "BÁO CÁO", bold=True, align="c", size=14, space_after=0)
    para(d, title, bold=True, align="c")
    para(d, kg, align="c")
    for x in intro: para(d, x, align="j", indent=1.0)
    para(d, "1. Kết quả thực hiện", bold=True)
    for g, lines, st in groups:
        runs(d, [(g, "b")], indent=0.5)
        for ln in lines: para(d, "+ " + ln, align="j", indent=1.0, space_after=1)
        if st: runs(d, [(st, "i")], indent=1.0)
    para(d, "2. Khó khăn, vướng mắc", bold=True)
    for x in diffs: para(d, "- " + x, align="j", indent=1.0)
    para(d, "3. Đề xuất, kiến nghị", bold=True)
    for x in props: para(d, "- " + x, align="j", indent=1.0)
    sign(d, [("Nơi nhận:", "bi")] + [(x, "") for x in signer[2]], [(signer[0], "b"), ("", ""), ("", ""), ("", ""), (signer[1], "b")])
    d.save(os.path.join(OUT, fname))

f = "13-phuong-xom-chieu-bao-cao.docx"
g13 = [
 ("Mô hình “Chợ Xóm Chiếu – cân đúng, bán đủ”",
  ["Đặt 02 cân đối chứng tại cổng chợ, phân công Ban quản lý chợ kiểm tra cân hằng tuần.",
   "Phường phối hợp Chi cục TĐC kiểm tra 03 cuộc, 41 hộ kinh doanh; 06 hộ vi phạm (cân sai, không kiểm định), xử phạt 4.500.000 đồng."],
  "Mô hình đang được phường tiếp tục duy trì đến cuối năm."),
 ("Phong trào “Hộ kinh doanh Xóm Chiếu nói không với hàng kém chất lượng”",
  ["Phát thanh 12 tin bài trên hệ thống loa của phường.",
   "Tổ chức 01 buổi tuyên truyền pháp luật về đo lường, nhãn hàng hóa cho 85 hộ kinh doanh."],
  "Phong trào đã tổng kết đợt 1 vào tháng 9/2026, các việc của đợt đã làm xong."),
 ("Phong trào “Cán bộ phường học nghiệp vụ”",
  ["Cử 03 công chức (Phòng Kinh tế, Văn phòng HĐND-UBND) dự lớp tập huấn nghiệp vụ TĐC do Chi cục tổ chức."],
  "Các đồng chí đã dự đủ, đã xong."),
]
d13 = ["Chợ Xóm Chiếu nhỏ, nhiều hộ kinh doanh tự phát ngoài chợ nên khó quản lý cân."]
p13 = ["Đề nghị Chi cục TĐC hỗ trợ thêm 02 cân đối chứng cho khu vực kinh doanh ngoài chợ.",
       "Đề nghị Sở cung cấp tài liệu tuyên truyền in sẵn để phát cho hộ kinh doanh."]
h4_docx(f, [("ỦY BAN NHÂN DÂN", ""), ("PHƯỜNG XÓM CHIẾU", "b"), ("Số: 312/BC-UBND", "")], "Xóm Chiếu, ngày 28 tháng 10 năm 2026",
        "Tình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Chỉ thị số 38-CT/TW)",
        "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh",
        ["Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Xóm Chiếu báo cáo như sau:"],
        g13, d13, p13, ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Trần Thị Ngọc Hân", ["- Như trên;", "- Lưu: VT."]))
key(f, "27259", "Phường Xóm Chiếu", "312/BC-UBND", "2026-10-28", [
  ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 41, "violations": 6, "fines_vnd": 4500000}, " ".join(g13[0][1])),
  ("II.1.a", "completed", {"communications": 12, "training_courses": 1, "participants": 85}, " ".join(g13[1][1])),
  ("II.3.a", "completed", {"participants": 3}, g13[2][1][0]),
], d13, p13)

f = "15-xa-xuan-thoi-son-bao-cao.docx"
g15 = [
 ("Mô hình “Sản phẩm Xuân Thới Sơn có nguồn gốc rõ ràng”",
  ["Phối hợp Chi cục TĐC hướng dẫn 05 hợp tác xã rau, hoa kiểng đăng ký mã số mã vạch và dán tem truy xuất nguồn gốc."],
  "Mô hình đang làm, 02 hợp tác xã còn hoàn thiện hồ sơ."),
 ("Mô hình “Cân đối chứng tại chợ Xuân Thới Thượng”",
  ["Phối hợp kiểm tra 02 cuộc, 15 cơ sở kinh doanh tại chợ; chưa phát hiện vi phạm."],
  "Mô hình đã thực hiện xong phần việc năm 2026."),
 ("Phong trào “Người tiêu dùng thông thái”",
  ["Đăng 08 bài trên trang thông tin điện tử xã về nhận biết hàng giả, hàng kém chất lượng."],
  "Phong trào đã hoàn thành."),
 ("Tiếp nhận phản ánh, tố giác vi phạm", [],
  "Trong năm không phát sinh đơn phản ánh, tố giác về đo lường, chất lượng trên địa bàn xã."),
]
d15 = ["Hợp tác xã còn lúng túng về thủ tục cấp mã số mã vạch."]
p15 = ["Đề nghị Chi cục tổ chức hướng dẫn trực tiếp tại xã cho các hợp tác xã."]
h4_docx(f, [("UBND XÃ XUÂN THỚI SƠN", "b"), ("", ""), ("Số: 145/BC-UBND", "")], "Xuân Thới Sơn, ngày 23 tháng 10 năm 2026",
        "Kết quả triển khai Kế hoạch thực hiện Chỉ thị 38-CT/TW năm 2026 trên địa bàn xã",
        "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
        ["Ủy ban nhân dân xã Xuân Thới Sơn báo cáo kết quả thực hiện như sau:"],
        g15, d15, p15, ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Nguyễn Văn Đức", ["- Như trên;", "- Lưu: VT, KT."]))
key(f, "27577", "Xã Xuân Thới Sơn", "145/BC-UBND", "2026-10-23", [
  ("II.2.a", "in_progress", {"enterprises_supported": 5}, g15[0][1][0]),
  ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 15}, g15[1][1][0]),
  ("II.1.a", "completed", {"communications": 8}, g15[2][1][0]),
  ("II.5.d", "not_applicable", {}, g15[3][2]),
], d15, p15)

# ---- 16 mistaken: Phường Vũng Tàu sends its disaster-prevention report in the same hand
f = "16-phuong-vung-tau-bc-pctt.docx"
g16 = [
 ("Mô hình “Tổ xung kích phòng chống thiên tai khu phố”",
  ["Kiện toàn 12 tổ xung kích với 146 thành viên; diễn tập 01 lần ứng phó triều cường tháng 8/2026."],
  "Mô hình đang được duy trì."),
 ("Phong trào “Nhà an toàn mùa mưa bão”",
  ["Rà soát 38 hộ ở khu vực sạt lở ven biển, hỗ trợ gia cố 09 căn nhà."], "Đã hoàn thành đợt 1."),
]
h4_docx(f, [("ỦY BAN NHÂN DÂN", ""), ("PHƯỜNG VŨNG TÀU", "b"), ("Số: 401/BC-UBND", "")], "Vũng Tàu, ngày 27 tháng 10 năm 2026",
        "Kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 10 tháng năm 2026",
        "Kính gửi: Ban Chỉ huy Phòng thủ dân sự Thành phố",
        ["Ủy ban nhân dân phường Vũng Tàu báo cáo kết quả công tác phòng, chống thiên tai như sau:"],
        g16, ["Kinh phí gia cố nhà ở còn hạn chế."], ["Đề nghị Thành phố hỗ trợ kinh phí di dời hộ dân vùng sạt lở."],
        ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Phạm Hồng Sơn", ["- Như trên;", "- Lưu: VT."]))
key(f, "26506", "Phường Vũng Tàu", "401/BC-UBND", "2026-10-27", [],
    rejected="Không phải báo cáo Kế hoạch thực hiện Chỉ thị 38: báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn (gửi nhầm).")

# ---- 14 Phường Tân Tạo – Excel with the ward's models as group rows
f = "14-phuong-tan-tao-bieu-mo-hinh.xlsx"
wb = Workbook(); ws = wb.active; ws.title = "Bieu ket qua"
TNR = lambda **k: Font(name="Times New Roman", size=12, **k)
ws["A1"] = "UBND PHƯỜNG TÂN TẠO"; ws["A1"].font = TNR(bold=True)
ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E1"].font = TNR(bold=True)
ws["A2"] = "Số: 266/BC-UBND"; ws["E2"] = "Độc lập - Tự do - Hạnh phúc"; ws["E2"].font = TNR(bold=True)
ws["E3"] = "Tân Tạo, ngày 29 tháng 10 năm 2026"; ws["E3"].font = TNR(italic=True)
ws["A5"] = "KẾT QUẢ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026 THEO CÁC MÔ HÌNH CỦA PHƯỜNG"
ws["A5"].font = TNR(bold=True); ws.merge_cells("A5:F5")
hdr = ["TT", "Mô hình / hoạt động", "Kết quả", "Thời gian", "Tình hình", "Ghi chú"]
for c, h in enumerate(hdr, 1):
    x = ws.cell(7, c, h); x.font = TNR(bold=True); x.border = BOX; x.alignment = Alignment(horizontal="center", wrap_text=True)
rows14 = [
 ("G", "Mô hình “Tuyến Quốc lộ 1A kinh doanh xăng dầu đủ lượng”"),
 ("1", "Phối hợp Chi cục TĐC kiểm tra cửa hàng xăng dầu", "02 cuộc, 08 cửa hàng; 01 cửa hàng vi phạm, phạt 7.500.000 đ", "Tháng 4/2026", "Đã xong", ""),
 ("G", "Chương trình “Chợ Tân Tạo văn minh thương mại”"),
 ("2", "Kiểm tra cân tại chợ Tân Tạo, chợ Bà Hom", "02 cuộc, 19 cơ sở; không có vi phạm", "Tháng 6 và 9/2026", "Đang duy trì", ""),
 ("3", "Mua cân đối chứng đặt tại chợ Tân Tạo", "02 cân; kinh phí 6.800.000 đ (ngân sách phường)", "Tháng 5/2026", "Đã xong", ""),
 ("S", "Cộng phần phối hợp kiểm tra tại phường", "04 cuộc; 27 cơ sở; 01 vi phạm; phạt 7.500.000 đ; kinh phí cân 6.800.000 đ", "", "Đang duy trì", ""),
 ("G", "Phong trào “Khu phố nói không với hàng giả”"),
 ("4", "Tin tuyên truyền trên loa, Zalo khu phố", "15 tin", "Cả năm", "Đã xong", ""),
 ("G", "Phong trào “Cán bộ phường học tập nghiệp vụ”"),
 ("5", "Cử công chức dự tập huấn của Chi cục", "04 công chức dự 02 lớp", "Tháng 7, 8/2026", "Đã xong", ""),
]
r = 8
for row in rows14:
    if row[0] == "G":
        ws.cell(r, 1, ""); x = ws.cell(r, 2, row[1]); x.font = TNR(bold=True, italic=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        for c in range(1, 7): ws.cell(r, c).border = BOX
    else:
        vals = list(row); vals[0] = "" if vals[0] == "S" else int(vals[0])
        for c, v in enumerate(vals, 1):
            x = ws.cell(r, c, v); x.border = BOX; x.alignment = Alignment(wrap_text=True, vertical="top"); x.font = TNR(bold=(row[0] == "S"))
    r += 1
d14 = ["Cửa hàng xăng dầu ven Quốc lộ 1A thay đổi chủ nhiều lần, khó theo dõi."]
p14 = ["Đề nghị Chi cục thông báo cho phường kết quả kiểm định cột đo xăng dầu trên địa bàn."]
r += 1; ws.cell(r, 1, "Khó khăn: " + d14[0]); r += 1; ws.cell(r, 1, "Kiến nghị: " + p14[0])
r += 2; ws.cell(r, 5, "KT. CHỦ TỊCH").font = TNR(bold=True); ws.cell(r + 1, 5, "PHÓ CHỦ TỊCH").font = TNR(bold=True)
ws.cell(r + 4, 5, "Huỳnh Văn Tới").font = TNR(bold=True)
for c, w in zip("ABCDEF", [5, 46, 46, 16, 14, 12]): ws.column_dimensions[c].width = w
wb.save(os.path.join(OUT, f))
key(f, "27457", "Phường Tân Tạo", "266/BC-UBND", "2026-10-29", [
  ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 27, "violations": 1, "fines_vnd": 7500000, "budget_spent_vnd": 6800000},
   "Phối hợp kiểm tra xăng dầu (02 cuộc, 08 cửa hàng, 01 vi phạm, phạt 7.500.000 đ) và cân tại chợ (02 cuộc, 19 cơ sở); mua 02 cân đối chứng 6.800.000 đ; cộng 04 cuộc, 27 cơ sở; đang duy trì."),
  ("II.1.a", "completed", {"communications": 15}, "Tin tuyên truyền trên loa, Zalo khu phố: 15 tin; Đã xong."),
  ("II.3.a", "completed", {"training_courses": 2, "participants": 4}, "04 công chức dự 02 lớp tập huấn của Chi cục; Đã xong."),
], d14, p14)

# ======================= re-save two files through LibreOffice, then hash and write keys =======================
def lo_resave(fname, fmt):
    tmp = os.path.join(OUT, "_lo"); os.makedirs(tmp, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", tmp, os.path.join(OUT, fname)],
                   check=True, capture_output=True, timeout=240)
    shutil.move(os.path.join(tmp, fname), os.path.join(OUT, fname)); shutil.rmtree(tmp)

if os.environ.get("NO_LO") != "1":
    lo_resave("07-chicuc-qltccl-bao-cao-phieu-viec.docx", "docx")
    lo_resave("14-phuong-tan-tao-bieu-mo-hinh.xlsx", "xlsx")

for fname, k in KEYS.items():
    k["sha256"] = hashlib.sha256(open(os.path.join(OUT, fname), "rb").read()).hexdigest()
    json.dump(k, open(os.path.join(OUT, "truth", fname + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(KEYS), "files")
