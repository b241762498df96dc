# -*- coding: utf-8 -*-
import json, os, hashlib, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = {}
CC = ("SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh")

def E(task, status, ind=None, text=""):
    return {"task": task, "status": status, "indicators": ind or {}, "text": text}

def key(fn, unit, number, date, entries, diff=(), prop=(), status="extracted", reason=None):
    TRUTH[fn] = {"file": fn, "sha256": None, "status": status, "reason": reason,
                 "unit": {"id": unit[0], "name": unit[1]} if unit else None,
                 "document": {"number": number, "date": date},
                 "entries": entries, "findings": [], "difficulties": list(diff), "proposals": list(prop)}

# ---------------- docx helpers
def newdoc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    sec = d.sections[0]; sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return d

def header(d, left1, left2, num, place_date):
    t = d.add_table(rows=3, cols=2)
    c = t.cell(0, 0); c.text = left1
    c = t.cell(1, 0); r = c.paragraphs[0].add_run(left2); r.bold = True
    c = t.cell(2, 0); c.text = num
    c = t.cell(0, 1); r = c.paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"); r.bold = True
    c = t.cell(1, 1); r = c.paragraphs[0].add_run("Độc lập - Tự do - Hạnh phúc"); r.bold = True
    c = t.cell(2, 1); r = c.paragraphs[0].add_run(place_date); r.italic = True
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs: p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def P(d, text, bold=False, italic=False, center=False, indent=True, size=None):
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent: p.paragraph_format.first_line_indent = Cm(1)
    return p

def runs(d, parts, indent=True):
    p = d.add_paragraph()
    if indent: p.paragraph_format.first_line_indent = Cm(1)
    for t, fmt in parts:
        r = p.add_run(t); r.bold = "b" in fmt; r.italic = "i" in fmt
    return p

# =====================================================================
# HAND 1 — Kỹ sư Lâm Quốc Thịnh: technical/metrology jargon, PTĐ, ĐLVN,
# marks what is "thuộc KH CT38" vs routine service work (not keyed).
# =====================================================================
def h1_sign(d, who, title):
    P(d, "")
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run(title + "\n\n\n" + who); r.bold = True
    p = d.add_paragraph(); r = p.add_run("Nơi nhận:\n- Chi cục TĐC (để t/h);\n- Lưu: VT, KT."); r.italic = True; r.font.size = Pt(11)

def f01():
    fn = "ttpttn-bc-412-kiem-dinh-hieu-chuan-ct38.docx"
    U = ("SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh")
    d = newdoc()
    header(d, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM\nVÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG\nTHÀNH PHỐ HỒ CHÍ MINH",
           "Số: 412/BC-TTPTTN", "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026")
    P(d, "BÁO CÁO", bold=True, center=True)
    P(d, "Tình hình hoạt động kỹ thuật đo lường – thử nghiệm năm 2026 và phần việc thuộc Kế hoạch triển khai Chỉ thị số 38-CT/TW", bold=True, center=True)
    P(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", center=True)
    P(d, "Trung tâm báo cáo số liệu kỹ thuật tính đến hết ngày 20/10/2026. Các mục có ghi chú (KH CT38) là phần việc được giao tại Kế hoạch của Sở; các mục còn lại là hoạt động dịch vụ kỹ thuật thường xuyên, báo cáo để Chi cục tham khảo.")
    P(d, "I. HOẠT ĐỘNG KIỂM ĐỊNH, HIỆU CHUẨN, THỬ NGHIỆM", bold=True, indent=False)
    P(d, "1.1. Kiểm định phương tiện đo nhóm 2 theo yêu cầu (dịch vụ thường xuyên): đã kiểm định ban đầu, định kỳ 5.412 PTĐ (cân ô tô, cân bàn, đồng hồ đo nước lạnh cơ khí, cột đo xăng dầu, taximet) theo ĐLVN tương ứng; 97 PTĐ không đạt, đã dán tem không đạt và thông báo cơ sở sử dụng.")
    P(d, "1.2. Hiệu chuẩn chuẩn công tác, thiết bị đo (dịch vụ): 2.317 thiết bị (áp kế, nhiệt kế, quả cân E2/F1/M1, pipet, bình định mức). Thử nghiệm mẫu hóa lý, vi sinh: 3.860 mẫu; chứng nhận hợp quy (phương thức 5, phương thức 7): 74 giấy chứng nhận.")
    P(d, "1.3. Duy trì liên kết chuẩn đo lường (KH CT38 – phối hợp với Chi cục): đã gửi hiệu chuẩn định kỳ 14 chuẩn chính (chuẩn khối lượng, chuẩn dung tích, chuẩn áp suất, chuẩn nhiệt độ) tại Viện Đo lường Việt Nam, bảo đảm liên kết chuẩn đến chuẩn đo lường quốc gia. Tình trạng thực hiện: hoàn tất phần việc năm 2026.")
    P(d, "II. ĐẦU TƯ TRANG THIẾT BỊ, NĂNG LỰC PHÒNG THỬ NGHIỆM", bold=True, indent=False)
    P(d, "2.1. Hiện đại hóa trang thiết bị (KH CT38 – Trung tâm chủ trì): lắp đặt, hiệu chỉnh và đưa vào vận hành 03 hệ thống (GC-MS/MS, bộ chuẩn áp suất piston 0–700 bar, cân so sánh chuẩn E2); giá trị giải ngân đến 20/10 là 4,86 tỷ đồng. Hạng mục bộ chuẩn lưu lượng khí chưa có vốn. Tình trạng thực hiện: đang tiếp tục, dự kiến quyết toán tháng 12/2026.")
    P(d, "2.2. Mở rộng phạm vi công nhận VILAS/ đăng ký lĩnh vực (KH CT38 – phối hợp nâng cao năng lực tổ chức dịch vụ kỹ thuật): bổ sung 11 phép thử vào phạm vi công nhận ISO/IEC 17025; đánh giá năng lực đo, tư vấn bố trí hệ thống đo cho 27 doanh nghiệp lĩnh vực logistics, điện tử – viễn thông. Tình trạng thực hiện: đang tiếp tục.")
    P(d, "III. ĐÀO TẠO, THỰC TẬP KỸ THUẬT", bold=True, indent=False)
    P(d, "Phối hợp Chi cục tổ chức 02 đợt thực tập kỹ thuật đo lường – thử nghiệm cho 85 sinh viên Trường Đại học Bách khoa và Trường Cao đẳng Kỹ thuật Cao Thắng (KH CT38). Tình trạng thực hiện: hoàn tất.")
    P(d, "IV. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    d1 = "Viện Đo lường Việt Nam quá tải, thời gian chờ hiệu chuẩn chuẩn chính kéo dài 6–8 tuần, một số chuẩn có nguy cơ quá hạn chu kỳ."
    d2 = "Bộ chuẩn lưu lượng khí chưa được bố trí vốn nên Trung tâm chưa nhận được yêu cầu kiểm định đồng hồ đo khí."
    P(d, "- " + d1); P(d, "- " + d2)
    P(d, "V. ĐỀ XUẤT", bold=True, indent=False)
    p1 = "Đề nghị Sở bố trí kinh phí năm 2027 cho hạng mục bộ chuẩn lưu lượng khí."
    p2 = "Đề nghị Chi cục làm đầu mối với Viện Đo lường Việt Nam để ưu tiên lịch hiệu chuẩn chuẩn chính cho các đơn vị của Thành phố."
    P(d, "- " + p1); P(d, "- " + p2)
    h1_sign(d, "Lâm Quốc Thịnh", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
    d.save(os.path.join(OUT, fn))
    key(fn, U, "412/BC-TTPTTN", "2026-10-27", [
        E("II.4.c", "completed", {"instruments_verified": 14}, "hiệu chuẩn định kỳ 14 chuẩn chính tại Viện Đo lường Việt Nam"),
        E("II.4.a", "in_progress", {"budget_spent_vnd": 4860000000}, "đưa vào vận hành 03 hệ thống; giải ngân 4,86 tỷ đồng"),
        E("II.2.g", "in_progress", {"enterprises_supported": 27}, "mở rộng phạm vi công nhận; tư vấn 27 doanh nghiệp"),
        E("II.3.d", "completed", {"training_courses": 2, "participants": 85}, "02 đợt thực tập cho 85 sinh viên"),
    ], [d1, d2], [p1, p2])
    return fn

def f02():
    fn = "chicuc-qldl-bc58-do-luong.docx"
    d = newdoc()
    header(d, "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG\nTHÀNH PHỐ HỒ CHÍ MINH", "PHÒNG QUẢN LÝ ĐO LƯỜNG",
           "Số: 58/BC-QLĐL", "TP. Hồ Chí Minh, ngày 22 tháng 10 năm 2026")
    P(d, "BÁO CÁO", bold=True, center=True)
    P(d, "Kết quả công tác quản lý đo lường phục vụ Kế hoạch CT38 năm 2026 (10 tháng)", bold=True, center=True)
    P(d, "Kính gửi: Lãnh đạo Chi cục.", indent=False)
    P(d, "1. Phương tiện, thiết bị kỹ thuật nghiệp vụ (NĐ 135/2021/NĐ-CP)", bold=True, indent=False)
    P(d, "Rà soát danh mục; kiểm định, hiệu chuẩn 36 phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra (bình chuẩn kim loại hạng II 2 L/5 L/10 L, bộ quả cân chuẩn M1 đến 20 kg, đồng hồ chuẩn kiểm tra cột đo xăng dầu, máy đo hàm lượng vàng XRF). Bảo dưỡng 01 xe kiểm tra lưu động. Tình trạng thực hiện: hoàn tất kế hoạch năm.")
    P(d, "2. Chuẩn đo lường chính của địa phương", bold=True, indent=False)
    P(d, "Duy trì 08 chuẩn chính (khối lượng, dung tích, áp suất) đặt tại Trung tâm Dịch vụ Phân tích thí nghiệm; đã lập hồ sơ đề nghị phê duyệt chuẩn dung tích 100 L; chờ Ủy ban TĐC Quốc gia phản hồi. Tình trạng thực hiện: đang thực hiện.")
    P(d, "3. Kiểm tra nhà nước về đo lường", bold=True, indent=False)
    P(d, "Kiểm tra đo lường đối với PTĐ nhóm 2 đang sử dụng và phép đo trong thương mại bán lẻ: 11 cuộc, 64 cơ sở (cửa hàng xăng dầu, kinh doanh vàng trang sức, chiết nạp LPG); phát hiện 07 cơ sở vi phạm (PTĐ hết hạn kiểm định, sai số vượt MPE, không niêm phong/kẹp chì); ban hành quyết định xử phạt tổng số tiền 96,5 triệu đồng. Tình trạng thực hiện: đang thực hiện theo kế hoạch Quý IV.")
    P(d, "4. Hỗ trợ phường, xã thực hiện nhiệm vụ phân quyền", bold=True, indent=False)
    P(d, "Hướng dẫn nghiệp vụ kiểm tra cân tại chợ, trạm cân đối chứng cho 14 phường, xã; phối hợp 06 cuộc kiểm tra với UBND phường tại chợ truyền thống, kiểm tra 38 quầy/cơ sở kinh doanh. Tình trạng thực hiện: đang thực hiện.")
    P(d, "5. Đề án 996 – hỗ trợ doanh nghiệp về đo lường", bold=True, indent=False)
    P(d, "Hỗ trợ 09 doanh nghiệp xây dựng hệ thống quản lý đo lường theo TCVN ISO 10012:2007, đánh giá độ không đảm bảo đo tại phòng hiệu chuẩn nội bộ. Tình trạng thực hiện: đang thực hiện.")
    P(d, "6. Ngoài kế hoạch: phê duyệt mẫu PTĐ 03 hồ sơ; chỉ định tổ chức kiểm định 02 hồ sơ (không thuộc KH CT38).")
    P(d, "7. Khó khăn – kiến nghị", bold=True, indent=False)
    d1 = "Nhiều phường, xã chưa có cán bộ am hiểu đo lường, chưa phân biệt được PTĐ nhóm 2 phải kiểm định với PTĐ không thuộc danh mục."
    p1 = "Kiến nghị Chi cục ban hành sổ tay hướng dẫn kiểm tra cân tại chợ cho cấp phường, xã."
    P(d, "- Khó khăn: " + d1); P(d, "- " + p1)
    h1_sign(d, "Võ Thanh Tùng", "TRƯỞNG PHÒNG")
    d.save(os.path.join(OUT, fn))
    key(fn, CC, "58/BC-QLĐL", "2026-10-22", [
        E("II.4.b", "completed", {"instruments_verified": 36}, "kiểm định, hiệu chuẩn 36 phương tiện, thiết bị kỹ thuật nghiệp vụ"),
        E("II.4.c", "in_progress", {}, "duy trì 08 chuẩn chính"),
        E("II.5.a", "in_progress", {"inspections": 11, "establishments_inspected": 64, "violations": 7, "fines_vnd": 96500000}, "11 cuộc, 64 cơ sở, 07 vi phạm, 96,5 triệu đồng"),
        E("II.5.c", "in_progress", {"inspections": 6, "establishments_inspected": 38}, "phối hợp 06 cuộc với UBND phường, 38 quầy/cơ sở"),
        E("II.2.a", "in_progress", {"enterprises_supported": 9}, "Đề án 996 hỗ trợ 09 doanh nghiệp"),
    ], [d1], [p1])
    return fn

def f03():
    fn = "chicuc-tccl-bc21-hop-quy-khao-sat.docx"
    d = newdoc()
    header(d, "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG\nTHÀNH PHỐ HỒ CHÍ MINH", "PHÒNG QUẢN LÝ TIÊU CHUẨN CHẤT LƯỢNG",
           "Số: 21/BC-TCCL", "Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026")
    P(d, "BÁO CÁO", bold=True, center=True)
    P(d, "Hoạt động tiêu chuẩn, chất lượng sản phẩm hàng hóa năm 2026 (phục vụ tổng hợp Kế hoạch CT38)", bold=True, center=True)
    P(d, "A. PHẦN VIỆC THUỘC KẾ HOẠCH CT38", bold=True, indent=False)
    P(d, "1. Công bố hợp chuẩn, hợp quy: tiếp nhận, cấp thông báo 1.318 hồ sơ công bố hợp quy (thép làm cốt bê tông, mũ bảo hiểm, đồ chơi trẻ em, thiết bị điện – điện tử theo QCVN 4:2009/BKHCN, QCVN 9:2012/BKHCN); hướng dẫn trực tiếp 146 doanh nghiệp lựa chọn phương thức đánh giá, tổ chức chứng nhận hợp quy được chỉ định. Tình trạng thực hiện: thường xuyên, đang thực hiện.")
    P(d, "2. Xây dựng, góp ý TCVN, QCVN: góp ý 22 dự thảo (17 dự thảo TCVN, 05 dự thảo QCVN) theo đề nghị của Ủy ban TĐC Quốc gia và các Bộ; chưa có QCĐP được đặt hàng. Tình trạng thực hiện: đang thực hiện.")
    P(d, "3. Khảo sát chất lượng: lấy 120 mẫu (mũ bảo hiểm, đồ chơi, thép cuộn, ổ cắm điện) gửi thử nghiệm tại phòng thử nghiệm được chỉ định; 09 mẫu không phù hợp chỉ tiêu an toàn, đã chuyển Phòng Kiểm tra – Pháp chế. Tình trạng thực hiện: hoàn tất đợt khảo sát năm 2026.")
    P(d, "4. Giải thưởng Chất lượng Quốc gia: vận động, hướng dẫn 12 doanh nghiệp đăng ký tham dự. Tình trạng thực hiện: hoàn tất.")
    P(d, "5. Áp dụng TCVN ISO 9001:2015 trong cơ quan hành chính nhà nước: chưa triển khai do chờ hướng dẫn chuyển đổi sang mô hình khung mới của Bộ KH&CN.")
    P(d, "6. Cập nhật thông báo WTO/TBT, FTA liên quan hàng rào kỹ thuật: đã cập nhật và đăng tải định kỳ hằng tháng. Tình trạng thực hiện: hoàn tất.")
    P(d, "B. HOẠT ĐỘNG KHÁC (không thuộc KH CT38)", bold=True, indent=False)
    P(d, "Kiểm tra nhà nước chất lượng hàng hóa nhập khẩu: 2.460 lô hàng; 03 lô không đạt, thông báo Hải quan.")
    P(d, "C. KHÓ KHĂN, ĐỀ XUẤT", bold=True, indent=False)
    d1 = "Số lượng hồ sơ công bố hợp quy tăng mạnh trong khi phòng chỉ có 04 chuyên viên xử lý."
    p1 = "Đề xuất Chi cục bổ sung 02 biên chế cho bộ phận tiếp nhận hồ sơ công bố hợp quy."
    P(d, "- " + d1); P(d, "- " + p1)
    h1_sign(d, "Nguyễn Thị Kim Loan", "TRƯỞNG PHÒNG")
    d.save(os.path.join(OUT, fn))
    key(fn, CC, "21/BC-TCCL", "2026-10-26", [
        E("II.2.d", "in_progress", {"enterprises_supported": 146}, "hướng dẫn 146 doanh nghiệp công bố hợp quy"),
        E("II.2.e", "in_progress", {"standards_reviewed": 22}, "góp ý 22 dự thảo TCVN, QCVN"),
        E("II.5.b", "completed", {"samples_tested": 120}, "khảo sát 120 mẫu"),
        E("II.1.b", "completed", {"enterprises_supported": 12}, "vận động 12 doanh nghiệp tham dự GTCLQG"),
        E("II.2.đ", "not_started", {}, "chưa triển khai ISO 9001 trong cơ quan HCNN"),
        E("II.6.a", "completed", {}, "cập nhật thông báo WTO/TBT, FTA"),
    ], [d1], [p1])
    return fn

# =====================================================================
# HAND 2 — cán bộ tổng hợp Phan Hữu Đức: tracking sheet, status ONLY by
# row fill colour, legend of 4 coloured cells at the bottom.
# =====================================================================
FILL = {"completed": "C6EFCE", "in_progress": "FFEB9C", "not_started": "FFC7CE", "not_applicable": "D9D9D9"}
thin = Side(style="thin", color="999999")
def tracker(fn, title_lines, rows, legend_row_gap=2, sheet="Theo doi"):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    r = 1
    for t in title_lines:
        ws.cell(r, 1, t).font = Font(bold=(r <= 2)); r += 1
    r += 1
    hdr = ["STT", "Nội dung công việc", "Bộ phận/người theo dõi", "Hạn", "Kết quả (số liệu)", "Ghi chú"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h); c.font = Font(bold=True); c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    r += 1
    for i, (job, who, due, res, note, st) in enumerate(rows, 1):
        vals = [i, job, who, due, res, note]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            if st: c.fill = PatternFill("solid", fgColor=FILL[st])
        r += 1
    r += legend_row_gap
    ws.cell(r, 2, "Chú thích màu:").font = Font(italic=True, bold=True); r += 1
    for st, lab in [("completed", "Đã xong"), ("in_progress", "Đang làm"), ("not_started", "Chưa làm"), ("not_applicable", "Không phát sinh")]:
        ws.cell(r, 1).fill = PatternFill("solid", fgColor=FILL[st]); ws.cell(r, 2, lab); r += 1
    for col, w in zip("ABCDEF", [5, 48, 18, 12, 42, 26]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))

def f04():
    fn = "chicuc-tdc-theo-doi-ct38-30-10.xlsx"
    rows = [
        ("Tập huấn VBQPPL về TĐC cho tổ chức, DN; tọa đàm DN nhập khẩu", "P.HCTH – c.Hạnh", "Quý I–III", "Tổng 07 buổi, 860 lượt người (06 lớp tập huấn + 01 tọa đàm DN nhập khẩu)", "", "completed"),
        ("Vận động DN tham dự Giải thưởng CLQG", "P.TCCL", "Quý I–II", "15 DN đăng ký", "", "completed"),
        ("Chương trình 1322 / KH36, Đề án 996, Đề án 100", "P.NS – a.Phát", "Quý IV", "Hỗ trợ 23 DN; kinh phí đã chi 185,4 triệu", "còn giải ngân đợt 2", "in_progress"),
        ("Hội đồng GTCLQG cấp Thành phố – sơ tuyển", "P.TCCL", "Quý II–IV", "Đã thẩm định hồ sơ, chờ chấm điểm tại DN", "", "in_progress"),
        ("Góp ý sửa đổi Luật, VBQPPL về TĐC", "P.HCTH", "Khi có yêu cầu", "Chưa có yêu cầu", "", "not_applicable"),
        ("Xây dựng, góp ý TCVN, QCVN, QCĐP", "P.TCCL", "Quý IV", "Góp ý 19 dự thảo", "", "in_progress"),
        ("Hệ thống TTHC Bộ KH&CN – liên thông Cổng một cửa QG", "P.HCTH + P.CĐS", "Quý I", "Chưa kết nối được, chờ Bộ mở API", "", "not_started"),
        ("Tập huấn nghiệp vụ TĐC cho CC sở ngành, phường xã, đặc khu", "P.HCTH", "Quý II–IV", "02 lớp, 310 học viên", "", "completed"),
        ("Kiểm tra TĐC hàng hóa lưu thông, sản xuất, nhập khẩu", "Đoàn KT Chi cục", "Thường xuyên", "18 cuộc / 137 cơ sở / 21 vi phạm / phạt 312.750.000 đ", "", "in_progress"),
        ("Hợp tác APO về năng suất", "P.NS", "Nếu có yêu cầu", "Chưa nhận yêu cầu", "", "not_applicable"),
    ]
    tracker(fn, ["CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH",
                 "BẢNG THEO DÕI TIẾN ĐỘ KẾ HOẠCH CT38 NĂM 2026",
                 "Cập nhật ngày 30 tháng 10 năm 2026 (người cập nhật: Phan Hữu Đức)"], rows)
    key(fn, CC, None, "2026-10-30", [
        E("II.1.a", "completed", {"training_courses": 7, "participants": 860}),
        E("II.1.b", "completed", {"enterprises_supported": 15}),
        E("II.2.a", "in_progress", {"enterprises_supported": 23, "budget_spent_vnd": 185400000}),
        E("II.2.b", "in_progress", {}),
        E("II.2.c", "not_applicable", {}),
        E("II.2.e", "in_progress", {"standards_reviewed": 19}),
        E("II.2.h", "not_started", {}),
        E("II.3.a", "completed", {"training_courses": 2, "participants": 310}),
        E("II.5.a", "in_progress", {"inspections": 18, "establishments_inspected": 137, "violations": 21, "fines_vnd": 312750000}),
        E("II.6.b", "not_applicable", {}),
    ])
    return fn

def f05():
    fn = "vanphongso-theo-doi-phoi-hop-ct38.xlsx"
    rows = [
        ("Duy trì HTQLCL TCVN ISO 9001:2015 tại cơ quan Sở; đánh giá nội bộ", "VP – c.Ngân", "T11/2026", "Đã đánh giá nội bộ tháng 9, khắc phục xong", "", "completed"),
        ("Phối hợp cập nhật TTHC lĩnh vực TĐC trên Hệ thống TTHC", "VP – bộ phận một cửa", "Quý I", "Cập nhật 46 TTHC; còn đồng bộ trạng thái hồ sơ", "", "in_progress"),
        ("Mua sắm, đầu tư thiết bị cho Trung tâm Dịch vụ Phân tích thí nghiệm", "VP – Kế toán", "Thường xuyên", "Đã giải ngân 2.150.000.000đ", "gói 2 đang đấu thầu", "in_progress"),
        ("Tiếp nhận, xử lý tố giác vi phạm TĐC; khen thưởng người tố giác", "VP – Thi đua", "Thường xuyên", "Không có đơn", "", "not_applicable"),
        ("Tin bài tuyên truyền CT38 trên Cổng TTĐT Sở", "VP – Tổ thông tin", "Quý I–III", "14 tin, bài", "", "completed"),
    ]
    tracker(fn, ["VĂN PHÒNG SỞ KHOA HỌC VÀ CÔNG NGHỆ",
                 "Theo dõi các việc Văn phòng Sở phối hợp thực hiện KH CT38/2026",
                 "Ngày 29/10/2026"], rows, legend_row_gap=3)
    key(fn, ("SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ"), None, "2026-10-29", [
        E("II.2.đ", "completed", {}),
        E("II.2.h", "in_progress", {}),
        E("II.4.a", "in_progress", {"budget_spent_vnd": 2150000000}),
        E("II.5.d", "not_applicable", {}),
        E("II.1.a", "completed", {"communications": 14}),
    ])
    return fn

def f06():
    fn = "so-attp-theo-doi-kiem-tra-attp-2026.xlsx"
    rows = [
        ("Kiểm tra ATTP dịp Tết Nguyên đán Bính Ngọ", "Phòng NVĐT", "Quý I", "42 cơ sở, 5 vi phạm", "", "completed"),
        ("Tháng hành động vì ATTP", "Phòng TT", "T4–T5", "Đã tổ chức lễ phát động", "", "completed"),
        ("Giám sát ô nhiễm thực phẩm tại chợ đầu mối", "Trung tâm KN", "Thường xuyên", "1.260 mẫu test nhanh", "", "in_progress"),
        ("Cấp giấy chứng nhận cơ sở đủ điều kiện ATTP", "Phòng QL", "Thường xuyên", "318 giấy", "", "in_progress"),
        ("Kiểm tra bếp ăn tập thể trường học", "Đoàn liên ngành", "Quý III–IV", "Chưa xong đợt 2", "", "not_started"),
    ]
    tracker(fn, ["SỞ AN TOÀN THỰC PHẨM THÀNH PHỐ HỒ CHÍ MINH",
                 "THEO DÕI TIẾN ĐỘ KẾ HOẠCH BẢO ĐẢM AN TOÀN THỰC PHẨM NĂM 2026",
                 "Cập nhật ngày 28/10/2026"], rows)
    key(fn, ("SO-ATTP", "Sở An toàn thực phẩm"), None, "2026-10-28", [], status="rejected",
        reason="Không phải báo cáo Kế hoạch CT38: bảng theo dõi kế hoạch bảo đảm an toàn thực phẩm năm 2026 gửi nhầm")
    return fn

# =====================================================================
# HAND 3 — chuyên viên Đặng Thị Mỹ Dung: "Biểu mẫu số 03/BC", column
# numbers (1)…(8), "Cộng nhóm" row per group, status as % hoàn thành.
# =====================================================================
def bieu03(fn, unit_lines, so_ngay, groups, kk, dx, signer):
    wb = Workbook(); ws = wb.active; ws.title = "BM03"
    ws["A1"] = "Biểu mẫu số 03/BC"; ws["A1"].font = Font(italic=True, bold=True)
    r = 2
    for t in unit_lines: ws.cell(r, 1, t).font = Font(bold=True); r += 1
    ws.cell(r, 1, so_ngay); r += 1
    ws.cell(r, 1, "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026").font = Font(bold=True); r += 2
    hdr = ["STT", "Nội dung nhiệm vụ", "Kết quả thực hiện", "Số lớp/cuộc", "Số lượt người/cơ sở", "Số tiền (đồng)", "Tỷ lệ hoàn thành", "Ghi chú"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h); c.font = Font(bold=True); c.alignment = Alignment(wrap_text=True, horizontal="center")
        c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    r += 1
    for i in range(1, 9):
        c = ws.cell(r, i, f"({i})"); c.alignment = Alignment(horizontal="center"); c.font = Font(italic=True)
    r += 1
    for gi, (gname, items) in enumerate(groups):
        c = ws.cell(r, 1, ["I", "II", "III", "IV"][gi]); ws.cell(r, 2, gname).font = Font(bold=True); r += 1
        first = r
        for k, (name, res, n1, n2, money, pct, note) in enumerate(items, 1):
            for j, v in enumerate([k, name, res, n1, n2, money, pct, note], 1):
                c = ws.cell(r, j, v); c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            ws.cell(r, 6).number_format = "#,##0"
            r += 1
        ws.cell(r, 2, f"Cộng nhóm {['I','II','III','IV'][gi]}").font = Font(bold=True)
        for col in "DEF":
            ws[f"{col}{r}"] = f"=SUM({col}{first}:{col}{r-1})"; ws[f"{col}{r}"].font = Font(bold=True)
        ws[f"F{r}"].number_format = "#,##0"
        r += 1
    r += 1
    ws.cell(r, 1, "Khó khăn, vướng mắc:").font = Font(bold=True); r += 1
    for t in kk: ws.cell(r, 2, t); r += 1
    ws.cell(r, 1, "Đề xuất, kiến nghị:").font = Font(bold=True); r += 1
    for t in dx: ws.cell(r, 2, t); r += 1
    r += 1
    ws.cell(r, 6, "Người lập biểu"); ws.cell(r, 8, signer[0]); r += 3
    ws.cell(r, 6, signer[2]); ws.cell(r, 8, signer[1])
    for col, w in zip("ABCDEFGH", [6, 40, 46, 11, 13, 16, 12, 22]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))

def f07():
    fn = "ktpc-bieu-03-bc-ct38.xlsx"
    kk = ["Lực lượng kiểm tra mỏng, phòng chỉ có 05 công chức trong khi phải phối hợp nhiều đoàn kiểm tra liên ngành."]
    dx = ["Đề nghị Sở ban hành quy chế phối hợp giữa Phòng Kiểm tra – Pháp chế và Chi cục trong kiểm tra, xử lý vi phạm về TĐC."]
    groups = [
        ("Công tác kiểm tra, xử lý vi phạm", [
            ("Phối hợp Chi cục kiểm tra hàng hóa lưu thông", "Tham gia 05 đoàn; 41 cơ sở; 06 cơ sở vi phạm; phạt 58.000.000 đồng", 5, 41, 58000000, "70%", ""),
            ("Xử lý kết quả khảo sát chất lượng", "Tiếp nhận kết quả 09 mẫu không phù hợp, đã chuyển xử lý", None, None, None, "100%", ""),
            ("Hướng dẫn phường, xã nội dung phân quyền", "Trả lời 04 văn bản hỏi của phường", None, None, None, "70%", ""),
            ("Tiếp nhận, xử lý tố giác vi phạm TĐC", "Tiếp nhận 03 đơn, giải quyết xong 03 đơn", None, None, None, "100%", ""),
        ]),
        ("Công tác pháp chế", [
            ("Góp ý dự thảo luật, nghị định về TĐC", "Góp ý dự thảo Nghị định hướng dẫn Luật Chất lượng SPHH (sửa đổi)", None, None, None, "100%", ""),
            ("Thẩm định danh mục phương tiện kỹ thuật nghiệp vụ (NĐ 135)", "Chưa nhận hồ sơ của Chi cục", None, None, None, "0%", ""),
        ]),
    ]
    bieu03(fn, ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ"],
           "Số: 96/BC-KTPC            TP. Hồ Chí Minh, ngày 28 tháng 10 năm 2026", groups, kk, dx, ("TRƯỞNG PHÒNG", "Lê Văn Quyết", "Đặng Thị Mỹ Dung"))
    key(fn, ("SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế"), "96/BC-KTPC", "2026-10-28", [
        E("II.5.a", "in_progress", {"inspections": 5, "establishments_inspected": 41, "violations": 6, "fines_vnd": 58000000}),
        E("II.5.b", "completed", {}),
        E("II.5.c", "in_progress", {}),
        E("II.5.d", "completed", {}),
        E("II.2.c", "completed", {}),
        E("II.4.b", "not_started", {}),
    ], kk, dx)
    return fn

def f08():
    fn = "phong-cds-bieu03-ct38.xlsx"
    kk = ["API của Hệ thống thông tin giải quyết TTHC Bộ KH&CN thay đổi nhiều lần, phải sửa lại bộ chuyển đổi dữ liệu."]
    dx = ["Đề nghị Chi cục cử 01 đầu mối nghiệp vụ làm việc thường xuyên với Phòng khi chuẩn hóa dữ liệu CSDL TĐC."]
    groups = [
        ("Kết nối, liên thông hệ thống", [
            ("Liên thông Hệ thống TTHC Bộ KH&CN với Cổng một cửa quốc gia (đăng ký KTNN hàng nhập khẩu)", "Đã kết nối, chạy chính thức từ 15/3/2026", None, None, None, "100%", ""),
            ("Kết nối CSDL quốc gia về TĐC", "Đã chuẩn hóa dữ liệu 3.200 hồ sơ công bố; đang thử nghiệm chia sẻ", None, None, None, "70%", ""),
        ]),
        ("Bồi dưỡng kỹ năng", [
            ("Tập huấn khai thác CSDL TĐC cho công chức phường, xã", "01 lớp; 45 công chức tham dự", 1, 45, None, "100%", ""),
        ]),
    ]
    bieu03(fn, ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG CHUYỂN ĐỔI SỐ"],
           "Số: 33/BC-CĐS   —   ngày 30 tháng 10 năm 2026", groups, kk, dx, ("KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG", "Huỳnh Gia Bảo", "Ngô Thanh Tâm"))
    key(fn, ("SKHCN-CDS", "Phòng Chuyển đổi số"), "33/BC-CĐS", "2026-10-30", [
        E("II.2.h", "completed", {}),
        E("II.2.i", "in_progress", {}),
        E("II.3.a", "completed", {"training_courses": 1, "participants": 45}),
    ], kk, dx)
    return fn

def f09():
    fn = "chicuc-msmv-bieu03-truy-xuat.xlsx"
    kk = ["Doanh nghiệp nhỏ chưa sẵn sàng chi phí tem truy xuất nguồn gốc."]
    dx = ["Đề nghị Sở cho phép hỗ trợ 50% chi phí tem truy xuất cho hợp tác xã năm 2027.",
          "Đề nghị các phòng của Sở cử người tham gia giảng dạy lớp mã số mã vạch cho sinh viên."]
    groups = [
        ("Đề án 100 – truy xuất nguồn gốc", [
            ("Hỗ trợ DN, HTX áp dụng hệ thống truy xuất nguồn gốc", "Hỗ trợ 17 DN/HTX; kinh phí 96.300.000 đ", None, 17, 96300000, "70%", ""),
        ]),
        ("Mã số mã vạch, hỗ trợ công bố", [
            ("Hướng dẫn DN sử dụng mã số mã vạch, công bố tiêu chuẩn cơ sở", "Hướng dẫn 58 doanh nghiệp", None, 58, None, "70%", ""),
            ("Lớp mã số mã vạch, truy xuất nguồn gốc cho sinh viên", "Chưa tổ chức, dời sang Quý IV", None, None, None, "0%", ""),
        ]),
    ]
    bieu03(fn, ["CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH", "PHÒNG MÃ SỐ MÃ VẠCH – TRUY XUẤT NGUỒN GỐC"],
           "Số: 07/BC-MSMV      Ngày 24 tháng 10 năm 2026", groups, kk, dx, ("TRƯỞNG PHÒNG", "Trịnh Minh Châu", "Lý Bảo Ngọc"))
    key(fn, CC, "07/BC-MSMV", "2026-10-24", [
        E("II.2.a", "in_progress", {"enterprises_supported": 17, "budget_spent_vnd": 96300000}),
        E("II.2.d", "in_progress", {"enterprises_supported": 58}),
        E("II.3.d", "not_started", {}),
    ], kk, dx)
    return fn

# =====================================================================
# HAND 4 — trưởng phòng Hồ Văn Sang: memo of short bullet fragments,
# his own abbreviations (incl. status codes) defined in a glossary at the end.
# =====================================================================
def memo(fn, top, num, date_line, title, bullets, kk, dx, gloss, signer):
    d = newdoc(size=13)
    header(d, top[0], top[1], num, date_line)
    P(d, "PHIẾU BÁO CÁO NHANH", bold=True, center=True)
    P(d, title, italic=True, center=True)
    P(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng (đầu mối tổng hợp).", indent=False)
    for head, lines in bullets:
        P(d, head, bold=True, indent=False)
        for l in lines:
            p = d.add_paragraph(style="List Bullet"); p.add_run(l)
    if kk:
        P(d, "Vướng:", bold=True, indent=False)
        for l in kk: d.add_paragraph(style="List Bullet").add_run(l)
    if dx:
        P(d, "Đề nghị:", bold=True, indent=False)
        for l in dx: d.add_paragraph(style="List Bullet").add_run(l)
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; r = p.add_run(signer); r.bold = True
    P(d, "Viết tắt dùng trong phiếu:", italic=True, bold=True, indent=False)
    for a, b in gloss:
        p = d.add_paragraph(); r = p.add_run(a); r.bold = True; r.font.size = Pt(11); r2 = p.add_run(" – " + b); r2.font.size = Pt(11); r2.italic = True
    d.save(os.path.join(OUT, fn))

STGLOSS = [("HT", "hoàn thành"), ("ĐTK", "đang triển khai"), ("CTK", "chưa triển khai"), ("KPS", "không phát sinh")]

def f10():
    fn = "qlkh-phieu-bao-cao-nhanh-ct38.docx"
    kk = ["HS CG: thiếu tiêu chí riêng cho lĩnh vực ĐL-CL → HĐ thẩm định khó chấm."]
    dx = ["Chi cục góp tiêu chí chuyên môn ĐL-CL cho HĐ thẩm định trước 30/11."]
    memo(fn, ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG QUẢN LÝ KHOA HỌC"), "Số: 118/BC-QLKH", "TP.HCM, ngày 23 tháng 10 năm 2026",
         "(phần việc của P.QLKH trong KH CT38/2026)",
         [("1. Thu hút CG, nhà KH lĩnh vực TĐC (chủ trì)", ["02 HS CG lĩnh vực ĐL nộp theo QĐ 05/2026", "HĐ thẩm định họp lần 1 ngày 12/10", "→ ĐTK"]),
          ("2. Khóa chuyên sâu NSCL (phối hợp Chi cục)", ["01 khóa / 64 HV", "QLKH cử 02 giảng viên", "→ HT"]),
          ("3. NV KH&CN hỗ trợ NSCL (phối hợp CT 1322)", ["03 NV đang thực hiện", "KP đã cấp: 1,2 tỷ", "→ ĐTK"]),
          ("4. APO (phối hợp)", ["chưa có YC", "→ KPS"])],
         kk, dx, [("CG", "chuyên gia"), ("HS", "hồ sơ"), ("HĐ", "hội đồng"), ("HV", "học viên"), ("NV", "nhiệm vụ"), ("KP", "kinh phí"),
                  ("NSCL", "năng suất chất lượng"), ("ĐL-CL", "đo lường – chất lượng"), ("YC", "yêu cầu")] + STGLOSS,
         "TRƯỞNG PHÒNG\n\n\nHồ Văn Sang")
    key(fn, ("SKHCN-QLKH", "Phòng Quản lý Khoa học"), "118/BC-QLKH", "2026-10-23", [
        E("II.3.c", "in_progress", {}),
        E("II.3.b", "completed", {"training_courses": 1, "participants": 64}),
        E("II.2.a", "in_progress", {"budget_spent_vnd": 1200000000}),
        E("II.6.b", "not_applicable", {}),
    ], kk, dx)
    return fn

def f11():
    fn = "chicuc-hcth-phieu-nhanh-dao-tao-tuyen-truyen.docx"
    kk = ["SV chỉ học được cuối tuần → lịch lớp dồn Quý IV.", "Website CC hay lỗi, đăng tin chậm."]
    dx = ["Sở cho dùng hội trường tầng 3 miễn phí cho lớp CC phường xã."]
    memo(fn, ("CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG\nTHÀNH PHỐ HỒ CHÍ MINH", "PHÒNG HÀNH CHÍNH – TỔNG HỢP"), "Số: 64/HCTH", "TP.HCM, ngày 21 tháng 10 năm 2026",
         "(đào tạo – tuyên truyền – ISO nội bộ, KH CT38/2026)",
         [("a) Lớp CN kiến thức TĐC cho CC sở ngành, P/X/ĐK", ["03 lớp / 284 HV", "→ HT"]),
          ("b) Lớp cho SV ĐH, CĐ", ["02 lớp / 190 SV (ĐH Bách khoa, CĐ Cao Thắng)", "còn 01 lớp T11", "→ ĐTK"]),
          ("c) Tin bài TĐC", ["27 tin/bài trên website CC", "→ ĐTK"]),
          ("d) ISO 9001:2015 nội bộ CC", ["ĐGNB xong T9", "→ HT"]),
          ("e) KP chung KH", ["đã GN 214,6 tr / 349 tr"])],
         kk, dx, [("CN", "cập nhật"), ("CC", "công chức / Chi cục (theo ngữ cảnh)"), ("P/X/ĐK", "phường, xã, đặc khu"), ("HV", "học viên"),
                  ("SV", "sinh viên"), ("ĐGNB", "đánh giá nội bộ"), ("KP", "kinh phí"), ("GN", "giải ngân"), ("tr", "triệu đồng")] + STGLOSS,
         "TRƯỞNG PHÒNG\n\n\nTạ Quang Vinh")
    key(fn, CC, "64/HCTH", "2026-10-21", [
        E("II.3.a", "completed", {"training_courses": 3, "participants": 284}),
        E("II.3.d", "in_progress", {"training_courses": 2, "participants": 190}),
        E("II.1.a", "in_progress", {"communications": 27}),
        E("II.2.đ", "completed", {}),
    ], kk, dx)
    return fn

def f12():
    fn = "ttcntt-phieu-nhanh-chuyen-doi-so-2026.docx"
    memo(fn, ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM CÔNG NGHỆ THÔNG TIN\nVÀ ĐỊA KHÔNG GIAN"), "Số: 205/BC-TTCNTT", "TP.HCM, ngày 25 tháng 10 năm 2026",
         "(tiến độ KH chuyển đổi số của Sở giai đoạn 2025–2026)",
         [("1. Hạ tầng", ["nâng cấp TTDL: 02 cụm máy chủ", "→ HT"]),
          ("2. Bản đồ số", ["nền BĐS TP tỷ lệ 1/2000: 68%", "→ ĐTK"]),
          ("3. ATTT", ["diễn tập T8", "→ HT"]),
          ("4. Dịch vụ công trực tuyến", ["tỷ lệ HS trực tuyến toàn trình 81%", "→ ĐTK"])],
         ["Thiếu nhân lực ATTT."], ["Sở bổ sung KP thuê dịch vụ giám sát ATTT."],
         [("TTDL", "trung tâm dữ liệu"), ("BĐS", "bản đồ số"), ("ATTT", "an toàn thông tin"), ("HS", "hồ sơ"), ("KP", "kinh phí")] + STGLOSS,
         "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\nMai Xuân Lộc")
    key(fn, ("SKHCN-TTCNTT", "Trung tâm Công nghệ thông tin và Địa không gian"), "205/BC-TTCNTT", "2026-10-25", [],
        status="rejected", reason="Không phải báo cáo Kế hoạch CT38: phiếu báo cáo tiến độ kế hoạch chuyển đổi số của Sở gửi nhầm")
    return fn

def f13():
    fn = "chicuc-nscl-phieu-nhanh-nang-suat.docx"
    kk = ["DN ngại chi phí đối ứng 50% khi áp dụng công cụ NS."]
    dx = ["Chi cục xin Sở nâng mức hỗ trợ lên 70% cho DN nhỏ và vừa năm 2027."]
    memo(fn, ("CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG\nTHÀNH PHỐ HỒ CHÍ MINH", "PHÒNG NĂNG SUẤT CHẤT LƯỢNG"), "Số: 19/BC-NSCL", "TP.HCM, ngày 20 tháng 10 năm 2026",
         "(CT 1322 – đào tạo NS – GTCLQG – APO)",
         [("1. CT 1322 / KH 36", ["31 DN áp dụng công cụ NS (5S, Kaizen, Lean)", "KP đã chi 126,8 tr", "→ ĐTK"]),
          ("2. Khóa chuyên sâu NS, mạng lưới TVV", ["03 khóa / 87 HV", "→ HT"]),
          ("3. GTCLQG", ["HĐ sơ tuyển chấm xong 09 HS", "→ HT"]),
          ("4. APO – NS khu vực công", ["chưa có YC từ UB TĐC QG", "→ CTK"])],
         kk, dx, [("CT", "Chương trình"), ("NS", "năng suất"), ("DN", "doanh nghiệp"), ("KP", "kinh phí"), ("tr", "triệu đồng"), ("TVV", "tư vấn viên"),
                  ("HV", "học viên"), ("HĐ", "hội đồng"), ("HS", "hồ sơ"), ("YC", "yêu cầu"), ("UB TĐC QG", "Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia")] + STGLOSS,
         "TRƯỞNG PHÒNG\n\n\nCao Thị Bích Thủy")
    key(fn, CC, "19/BC-NSCL", "2026-10-20", [
        E("II.2.a", "in_progress", {"enterprises_supported": 31, "budget_spent_vnd": 126800000}),
        E("II.3.b", "completed", {"training_courses": 3, "participants": 87}),
        E("II.2.b", "completed", {}),
        E("II.6.b", "not_started", {}),
    ], kk, dx)
    return fn

# =====================================================================
# HAND 5 — công chức kinh tế phường Trương Ngọc Hân: results grouped by
# the people concerned ("Đối với …"), each closed by "Phường xác định …".
# =====================================================================
def ward(fn, code, name, upper, num, date_line, blocks, kk, dx, chair, clerk):
    d = newdoc(size=14)
    header(d, "ỦY BAN NHÂN DÂN", upper, num, date_line)
    P(d, "BÁO CÁO", bold=True, center=True)
    P(d, "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng trên địa bàn phường năm 2026 (theo Kế hoạch triển khai Chỉ thị 38-CT/TW)", bold=True, center=True)
    P(d, f"Thực hiện văn bản đôn đốc của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân {name} báo cáo kết quả như sau:")
    for i, (head, txt, verdict) in enumerate(blocks, 1):
        runs(d, [(f"{i}. Đối với {head}: ", "b"), (txt + " ", ""), (verdict, "i")])
    P(d, "Khó khăn:", bold=True, indent=False)
    for t in kk: P(d, "- " + t)
    P(d, "Kiến nghị:", bold=True, indent=False)
    for t in dx: P(d, "- " + t)
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n" + chair); r.bold = True
    P(d, "Người soạn: " + clerk + " – Phòng Kinh tế", italic=True, indent=False, size=10)
    d.save(os.path.join(OUT, fn))

def f14():
    fn = "27301-phuong-cho-quan-bc-tdc-2026.docx"
    kk = ["Cân tại chợ Bình Tây khu vực phường quản lý phần lớn là cân đồng hồ lò xo cũ, tiểu thương ngại thay mới."]
    dx = ["Đề nghị Chi cục tăng số buổi kiểm định lưu động tại chợ trên địa bàn phường.", "Đề nghị cấp cho phường 01 bộ quả cân chuẩn để đặt tại trạm cân đối chứng."]
    ward(fn, "27301", "Phường Chợ Quán", "PHƯỜNG CHỢ QUÁN", "Số: 412/BC-UBND", "Chợ Quán, ngày 29 tháng 10 năm 2026", [
        ("hộ kinh doanh, doanh nghiệp trên địa bàn", "Phường đăng 09 tin, bài trên trang thông tin điện tử và nhóm Zalo khu phố, phát thanh tuyên truyền về ghi nhãn hàng hóa, sử dụng phương tiện đo đã kiểm định.", "Phường xác định nội dung này đã hoàn thành."),
        ("cán bộ, công chức phường", "Phường cử 03 công chức Phòng Kinh tế tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức tháng 6.", "Phường xác định nội dung này đã hoàn thành."),
        ("các cơ sở kinh doanh xăng dầu, vàng bạc và tiểu thương tại chợ", "Phường chủ trì 04 cuộc kiểm tra liên ngành, kiểm tra 26 cơ sở, phát hiện 02 cơ sở sử dụng cân sai số vượt mức cho phép; xử phạt 4.500.000 đồng.", "Phường xác định nội dung này còn đang tiếp tục đến cuối năm."),
        ("người dân phản ánh, tố giác vi phạm", "Trong kỳ không có đơn thư phản ánh về đo lường, chất lượng.", "Phường xác định nội dung này không phát sinh."),
    ], kk, dx, "Lâm Hoàng Nam", "Trương Ngọc Hân")
    key(fn, ("27301", "Phường Chợ Quán"), "412/BC-UBND", "2026-10-29", [
        E("II.1.a", "completed", {"communications": 9}),
        E("II.3.a", "completed", {"participants": 3}),
        E("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 26, "violations": 2, "fines_vnd": 4500000}),
        E("II.5.d", "not_applicable", {}),
    ], kk, dx)
    return fn

def f15():
    fn = "26767-an-phu-dong-bao-cao-ct38.docx"
    kk = ["Phường mới sắp xếp, công chức phụ trách kiêm nhiệm nhiều lĩnh vực."]
    dx = ["Đề nghị Chi cục tổ chức tập huấn tại chỗ cho tổ kiểm tra liên ngành phường."]
    ward(fn, "26767", "Phường An Phú Đông", "PHƯỜNG AN PHÚ ĐÔNG", "Số: 238/BC-UBND", "An Phú Đông, ngày 30 tháng 10 năm 2026", [
        ("các doanh nghiệp, hộ sản xuất trên địa bàn", "Phối hợp Chi cục tổ chức 01 hội nghị phổ biến Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) có 35 doanh nghiệp, hộ sản xuất tham dự; in, cấp phát 600 tờ rơi.", "Phường xác định nội dung này đã hoàn thành."),
        ("các cửa hàng xăng dầu và cơ sở chiết nạp khí hóa lỏng", "Thành lập tổ kiểm tra, đã kiểm tra 02 cuộc, 11 cơ sở; chưa phát hiện vi phạm.", "Phường xác định nội dung này đang thực hiện."),
        ("cán bộ, công chức phường", "Chưa cử được công chức dự lớp tập huấn do trùng lịch sắp xếp bộ máy.", "Phường xác định nội dung này chưa thực hiện."),
    ], kk, dx, "Phạm Thị Thu Ba", "Võ Hoài Phong")
    key(fn, ("26767", "Phường An Phú Đông"), "238/BC-UBND", "2026-10-30", [
        E("II.1.a", "completed", {"training_courses": 1, "participants": 35, "communications": 600}),
        E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 11}),
        E("II.3.a", "not_started", {}),
    ], kk, dx)
    return fn

def f16():
    fn = "26977-tan-son-hoa-bc-tieu-chuan-do-luong.docx"
    kk = ["Nhiều cơ sở kinh doanh vàng nhỏ lẻ đóng cửa khi có đoàn kiểm tra."]
    dx = ["Đề nghị Sở Khoa học và Công nghệ hướng dẫn cụ thể thẩm quyền xử phạt của Chủ tịch UBND phường về đo lường."]
    ward(fn, "26977", "Phường Tân Sơn Hòa", "PHƯỜNG TÂN SƠN HÒA", "Số: 571/BC-UBND", "Tân Sơn Hòa, ngày 02 tháng 11 năm 2026", [
        ("tiểu thương các chợ và cơ sở kinh doanh vàng trang sức", "Phối hợp Chi cục kiểm tra 03 cuộc, 19 cơ sở; 01 cơ sở vi phạm về ghi nhãn, phạt 2.500.000 đồng.", "Phường xác định nội dung này đã hoàn thành."),
        ("người dân", "Phường treo 12 băng rôn, đăng 05 tin bài (cộng 17 sản phẩm tuyên truyền) về quyền lợi người tiêu dùng khi mua hàng cân đong.", "Phường xác định nội dung này đã hoàn thành."),
        ("cán bộ, công chức phường", "Cử 02 công chức dự lớp cập nhật kiến thức TĐC do Chi cục tổ chức.", "Phường xác định nội dung này đã hoàn thành."),
        ("người phát hiện, tố giác vi phạm", "Phường chưa triển khai hình thức khen thưởng riêng, chờ hướng dẫn của Sở.", "Phường xác định nội dung này chưa thực hiện."),
    ], kk, dx, "Đoàn Minh Trí", "Nguyễn Thảo Vy")
    key(fn, ("26977", "Phường Tân Sơn Hòa"), "571/BC-UBND", "2026-11-02", [
        E("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 19, "violations": 1, "fines_vnd": 2500000}),
        E("II.1.a", "completed", {"communications": 17}),
        E("II.3.a", "completed", {"participants": 2}),
        E("II.5.d", "not_started", {}),
    ], kk, dx)
    return fn

def lo_resave(fn):
    ext = fn.rsplit(".", 1)[1]
    tmp = os.path.join(OUT, "_lo"); os.makedirs(tmp, exist_ok=True)
    subprocess.run(["libreoffice", "--headless", "--convert-to", ext, "--outdir", tmp, os.path.join(OUT, fn)],
                   check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, fn), os.path.join(OUT, fn)); shutil.rmtree(tmp)

if __name__ == "__main__":
    files = [f() for f in (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14, f15, f16)]
    lo_resave("ttpttn-bc-412-kiem-dinh-hieu-chuan-ct38.docx")
    lo_resave("ktpc-bieu-03-bc-ct38.xlsx")
    for fn in files:
        t = TRUTH[fn]
        t["sha256"] = hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest()
        json.dump(t, open(os.path.join(OUT, "truth", fn + ".json"), "w"), ensure_ascii=False, indent=1)
    print(len(files), "files")
