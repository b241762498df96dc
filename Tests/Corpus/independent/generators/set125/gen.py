# -*- coding: utf-8 -*-
"""Generator for set125. Writes the report files and their answer keys (sha filled later by finalize)."""
import json, os, hashlib, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
KEYS = {}

def new_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d

def header(d, left_lines, so, place_date, bold_left=1):
    t = d.add_table(rows=2, cols=2)
    c = t.cell(0, 0); c.text = ""
    p = c.paragraphs[0]
    for i, l in enumerate(left_lines):
        if i: p = c.add_paragraph()
        r = p.add_run(l); r.bold = i >= bold_left; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = t.cell(0, 1); p = c.paragraphs[0]
    r = p.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"); r.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = c.add_paragraph(); r = p.add_run("Độc lập - Tự do - Hạnh phúc"); r.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.cell(1, 0).paragraphs[0].add_run(so); t.cell(1, 0).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = t.cell(1, 1).paragraphs[0]; r = p.add_run(place_date); r.italic = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def title(d, lines):
    for i, l in enumerate(lines):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(l); r.bold = True
        if i == 0: r.font.size = Pt(14)

def para(d, text, bold=False, italic=False, center=False, indent=True):
    p = d.add_paragraph()
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent: p.paragraph_format.first_line_indent = Cm(1)
    r = p.add_run(text); r.bold = bold; r.italic = italic
    return p

def sign(d, noi_nhan, chuc, ten):
    t = d.add_table(rows=1, cols=2)
    c = t.cell(0, 0); p = c.paragraphs[0]; r = p.add_run("Nơi nhận:"); r.bold = True; r.italic = True
    for l in noi_nhan:
        q = c.add_paragraph(l); q.runs[0].font.size = Pt(11)
    c = t.cell(0, 1); p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, l in enumerate(chuc):
        if i: p = c.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(l).bold = True
    for _ in range(3): c.add_paragraph()
    p = c.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run(ten).bold = True

def key(fname, uid, uname, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": uid, "name": uname},
        "document": {"number": number, "date": date},
        "entries": [{"task": t, "status": s, "indicators": ind, "text": tx} for (t, s, ind, tx) in entries],
        "findings": [], "difficulties": diffs, "proposals": props,
    }

STAR = "*  *  *"

# ---------------------------------------------------------------- H1: anh Tâm (former Bình Dương wards)
def h1_block(d, paras):
    for t in paras: para(d, t)
    para(d, STAR, center=True)

def f01():
    fn = "25747_ThuDauMot_BC_CT38_2026.docx"
    d = new_doc()
    header(d, ["UBND THÀNH PHỐ HỒ CHÍ MINH", "ỦY BAN NHÂN DÂN", "PHƯỜNG THỦ DẦU MỘT"], "Số: 412/BC-UBND",
           "Phường Thủ Dầu Một, ngày 24 tháng 10 năm 2026")
    title(d, ["BÁO CÁO", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW", "về tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn phường"])
    para(d, "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 và văn bản đôn đốc của Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh, Ủy ban nhân dân phường Thủ Dầu Một báo cáo kết quả thực hiện từ đầu năm đến ngày 20/10/2026 như sau:")
    para(d, "I. TÌNH HÌNH CHUNG", bold=True, indent=False)
    para(d, "Phường Thủ Dầu Một được sắp xếp từ các phường Phú Cường, Hiệp Thành, Chánh Nghĩa, Phú Thọ và Phú Hòa cũ, có 02 chợ truyền thống lớn, nhiều cửa hàng xăng dầu và cơ sở kinh doanh vàng bạc. Phòng Kinh tế là bộ phận tham mưu; công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng hiện kiêm nhiệm thêm công tác thương mại, dịch vụ.")
    para(d, "II. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    h1_block(d, [
        "Công tác tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng được phường lồng ghép vào sinh hoạt khu phố và các buổi gặp gỡ hộ kinh doanh. Trong năm, phường tổ chức khoảng chục hội nghị (đúng ra là 9 hội nghị) tuyên truyền tại các khu phố với gần 500 lượt người (cụ thể là 476 lượt) tham dự; đồng thời đăng tải 14 tin, bài trên trang thông tin điện tử và các nhóm Zalo khu phố, chủ yếu về ghi nhãn hàng hóa và sử dụng cân đúng quy định.",
        "Phường xác định việc này đã làm xong theo kế hoạch năm.",
    ])
    h1_block(d, [
        "Về bồi dưỡng nghiệp vụ, phường đã cử 03 người (gồm 01 công chức Phòng Kinh tế và 02 cán bộ khu phố) tham gia lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức vào tháng 5/2026.",
        "Phường xác định việc này đã làm xong.",
    ])
    h1_block(d, [
        "Việc phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng thực hiện các nội dung được phân quyền cho phường được triển khai chủ yếu tại chợ Thủ Dầu Một và chợ Phú Hòa. Từ đầu năm, phường đã tham gia 04 cuộc kiểm tra, kiểm tra gần 40 cơ sở (chính xác là 38 cơ sở), phát hiện 05 cơ sở vi phạm về đo lường, chuyển hồ sơ đề xuất xử phạt với tổng số tiền hơn 12 triệu đồng (12.500.000 đồng). Bên cạnh đó, phường vận động tiểu thương mang khoảng 60 chiếc cân (thực tế là 61 chiếc) đi kiểm định tại điểm kiểm định lưu động đặt tại chợ.",
        "Việc này phường vẫn đang làm, chưa xong, vì còn đợt kiểm tra cao điểm cuối năm trước Tết Nguyên đán.",
    ])
    h1_block(d, [
        "Đối với hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại UBND phường, sau khi sắp xếp đơn vị hành chính phường đã rà soát, xây dựng lại toàn bộ quy trình giải quyết thủ tục hành chính và công bố lại hệ thống vào ngày 12/6/2026; kinh phí tư vấn, duy trì khoảng 15 triệu đồng (đúng là 14.800.000 đồng).",
        "Phường xác định việc này đã làm xong.",
    ])
    h1_block(d, [
        "Về khen thưởng, bảo vệ người tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng, từ đầu năm đến nay trên địa bàn phường không phát sinh trường hợp nào.",
    ])
    para(d, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    diffs = ["Công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu.",
             "Phường chưa được trang bị cân đối chứng và quả cân chuẩn để kiểm tra nhanh tại chợ."]
    for x in diffs: para(d, x)
    para(d, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ phường 01 bộ quả cân chuẩn phục vụ kiểm tra tại chợ.",
             "Đề nghị Sở Khoa học và Công nghệ tổ chức thêm lớp tập huấn cho công chức phường, xã trong quý I/2027."]
    for x in props: para(d, x)
    para(d, "Trên đây là báo cáo của Ủy ban nhân dân phường Thủ Dầu Một./.")
    sign(d, ["- Sở Khoa học và Công nghệ;", "- Chi cục TĐC;", "- TT Đảng ủy, UBND phường;", "- Lưu: VT, KT."],
         ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Văn Tâm")
    d.save(os.path.join(OUT, fn))
    key(fn, "25747", "Phường Thủ Dầu Một", "412/BC-UBND", "2026-10-24", [
        ("II.1.a", "completed", {"training_courses": 9, "participants": 476, "communications": 14},
         "Tổ chức 9 hội nghị tuyên truyền tại khu phố, 476 lượt người; đăng 14 tin, bài."),
        ("II.3.a", "completed", {"participants": 3}, "Cử 03 người tham gia lớp tập huấn nghiệp vụ của Chi cục tháng 5/2026."),
        ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 38, "violations": 5, "fines_vnd": 12500000, "instruments_verified": 61},
         "Tham gia 04 cuộc kiểm tra, 38 cơ sở, 05 vi phạm, đề xuất phạt 12.500.000 đồng; 61 chiếc cân được kiểm định."),
        ("II.2.đ", "completed", {"budget_spent_vnd": 14800000}, "Rà soát, công bố lại hệ thống ISO 9001:2015 ngày 12/6/2026; kinh phí 14.800.000 đồng."),
        ("II.5.d", "not_applicable", {}, "Không phát sinh trường hợp khen thưởng, bảo vệ người tố giác."),
    ], diffs, props)

def f02():
    fn = "25942_DiAn_baocao_KH38.docx"
    d = new_doc()
    header(d, ["ỦY BAN NHÂN DÂN", "PHƯỜNG DĨ AN"], "Số: 287/BC-UBND", "Dĩ An, ngày 28 tháng 10 năm 2026")
    title(d, ["BÁO CÁO", "Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"])
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", center=True)
    para(d, "Ủy ban nhân dân phường Dĩ An báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn phường, cụ thể như sau:")
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    h1_block(d, [
        "Trong công tác kiểm tra, phường phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng và Đội Quản lý thị trường kiểm tra đo lường, chất lượng xăng dầu trên các tuyến đường Quốc lộ 1K, Quốc lộ 1A: 02 cuộc, kiểm tra gần 20 cửa hàng (đúng 17 cửa hàng), không phát hiện vi phạm. Tháng 8/2026, phường tiếp tục phối hợp kiểm tra đo lường tại chợ Dĩ An 01 cuộc với 23 cơ sở, phát hiện 02 cơ sở sử dụng cân không đạt yêu cầu, xử phạt 3 triệu đồng. Tính chung, phường đã tham gia 03 cuộc với 40 cơ sở được kiểm tra.",
        "Phường xác định phần việc kiểm tra của năm 2026 đã làm xong.",
    ])
    h1_block(d, [
        "Phường hướng dẫn doanh nghiệp nhỏ và vừa, hộ sản xuất trên địa bàn thực hiện công bố hợp chuẩn, hợp quy và ghi nhãn hàng hóa theo quy định; đến nay đã hướng dẫn trên 30 doanh nghiệp (cụ thể là 32 doanh nghiệp), chủ yếu trong lĩnh vực cơ khí, bao bì và thực phẩm chế biến.",
        "Việc này phường vẫn đang làm, chưa xong.",
    ])
    h1_block(d, [
        "Ngày 16/4/2026, phường phối hợp tổ chức 01 hội nghị tập huấn văn bản quy phạm pháp luật về đo lường, ghi nhãn hàng hóa cho hộ kinh doanh tại hội trường phường, có gần 100 đại biểu (chính xác là 94 đại biểu) tham dự.",
        "Phường xác định việc này đã làm xong.",
    ])
    h1_block(d, [
        "Về áp dụng hệ thống truy xuất nguồn gốc, trên địa bàn phường chủ yếu là doanh nghiệp công nghiệp, chưa có hướng dẫn cụ thể cho cấp phường nên phường chưa triển khai nội dung này.",
    ])
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    diffs = ["Số lượng doanh nghiệp, hộ kinh doanh trên địa bàn lớn, biến động thường xuyên nên việc nắm danh sách để hướng dẫn còn chậm."]
    for x in diffs: para(d, x)
    para(d, "III. KIẾN NGHỊ", bold=True, indent=False)
    props = ["Đề nghị Chi cục ban hành hướng dẫn cụ thể việc triển khai truy xuất nguồn gốc ở cấp phường."]
    for x in props: para(d, x)
    sign(d, ["- Như trên;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lê Thị Thu Hà")
    d.save(os.path.join(OUT, fn))
    key(fn, "25942", "Phường Dĩ An", "287/BC-UBND", "2026-10-28", [
        ("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 40, "violations": 2, "fines_vnd": 3000000},
         "Tham gia 03 cuộc kiểm tra (xăng dầu và chợ Dĩ An), 40 cơ sở, 02 vi phạm, phạt 3 triệu đồng."),
        ("II.2.d", "in_progress", {"enterprises_supported": 32}, "Hướng dẫn 32 doanh nghiệp công bố hợp chuẩn, hợp quy, ghi nhãn."),
        ("II.1.a", "completed", {"training_courses": 1, "participants": 94}, "01 hội nghị tập huấn văn bản pháp luật về đo lường, 94 đại biểu."),
        ("II.2.a", "not_started", {}, "Chưa triển khai truy xuất nguồn gốc."),
    ], diffs, props)

def f03():
    fn = "25978_ThuanAn_BC_TDC.docx"
    d = new_doc(size=14)
    header(d, ["ỦY BAN NHÂN DÂN", "PHƯỜNG THUẬN AN"], "Số: 335/BC-UBND", "Thuận An, ngày 30 tháng 10 năm 2026")
    title(d, ["BÁO CÁO", "Kết quả triển khai công tác tiêu chuẩn, đo lường, chất lượng năm 2026", "(theo Kế hoạch thực hiện Chỉ thị số 38-CT/TW)"])
    para(d, "Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, UBND phường Thuận An báo cáo như sau:")
    h1_block(d, [
        "Phường phối hợp kiểm tra việc chấp hành pháp luật về đo lường, chất lượng vàng trang sức, mỹ nghệ tại các cơ sở kinh doanh vàng bạc trên đường Châu Văn Tiếp và khu vực chợ Lái Thiêu cũ: 01 cuộc, gần chục cơ sở (cụ thể là 8 cơ sở), phát hiện 01 cơ sở vi phạm về ghi nhãn, xử phạt gần 8 triệu đồng (7.500.000 đồng).",
        "Việc này phường vẫn đang làm, dự kiến kiểm tra thêm 01 cuộc trong tháng 12.",
    ])
    h1_block(d, [
        "Phường đã cử 02 công chức dự lớp tập huấn nghiệp vụ của Chi cục và 01 công chức dự hội thảo về đo lường trong thương mại bán lẻ, tổng cộng 03 lượt công chức được bồi dưỡng.",
        "Phường xác định việc này đã làm xong.",
    ])
    h1_block(d, [
        "Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 của UBND phường được duy trì, cập nhật theo danh mục thủ tục hành chính mới.",
        "Phường xác định việc này đã làm xong.",
    ])
    h1_block(d, [
        "Công tác tuyên truyền được thực hiện qua hệ thống loa truyền thanh khu phố và trang Facebook của phường; đến nay đã phát khoảng 20 tin, bài (chính xác là 18 tin, bài) về cân đúng, đủ và hàng hóa không rõ nguồn gốc.",
        "Phường xác định việc này đã làm xong.",
    ])
    para(d, "KHÓ KHĂN VÀ KIẾN NGHỊ", bold=True, indent=False)
    diffs = ["Phường chưa có kinh phí riêng cho công tác tiêu chuẩn, đo lường, chất lượng."]
    props = ["Kiến nghị Sở Khoa học và Công nghệ bố trí kinh phí hỗ trợ phường thực hiện các cuộc kiểm tra phối hợp."]
    para(d, diffs[0]); para(d, props[0])
    sign(d, ["- Chi cục TĐC TP.HCM;", "- Lưu: VT, KT."], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Trần Minh Khôi")
    d.save(os.path.join(OUT, fn))
    key(fn, "25978", "Phường Thuận An", "335/BC-UBND", "2026-10-30", [
        ("II.5.c", "in_progress", {"inspections": 1, "establishments_inspected": 8, "violations": 1, "fines_vnd": 7500000},
         "Kiểm tra vàng trang sức: 01 cuộc, 8 cơ sở, 01 vi phạm, phạt 7.500.000 đồng."),
        ("II.3.a", "completed", {"participants": 3}, "03 lượt công chức được bồi dưỡng (tập huấn, hội thảo)."),
        ("II.2.đ", "completed", {}, "Duy trì, cập nhật ISO 9001:2015 tại UBND phường."),
        ("II.1.a", "completed", {"communications": 18}, "Phát 18 tin, bài trên loa truyền thanh và Facebook."),
    ], diffs, props)

def xl_border(ws, rng):
    s = Side(style="thin")
    for row in ws[rng]:
        for c in row:
            c.border = Border(left=s, right=s, top=s, bottom=s)
            c.alignment = Alignment(wrap_text=True, vertical="top")

def f04():
    fn = "25822_BauBang_Bieu_so_lieu_CT38.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Bieu"
    ws["A1"] = "UBND XÃ BÀU BÀNG"; ws["A1"].font = Font(bold=True)
    ws["A3"] = "BIỂU SỐ LIỆU THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"; ws["A3"].font = Font(bold=True, size=13)
    ws["A4"] = "(Kèm theo Báo cáo số 198/BC-UBND ngày 29/10/2026 của UBND xã Bàu Bàng)"; ws["A4"].font = Font(italic=True)
    hdr = ["STT", "Nội dung công việc", "Số ước (làm tròn)", "Số chính xác", "Đơn vị tính", "Tình hình"]
    ws.append([]); ws.append(hdr)
    for c in ws[6]: c.font = Font(bold=True)
    rows = [
        [1, "Tuyên truyền trên loa truyền thanh xã, ấp", "khoảng 30", 27, "tin, bài", "Đã làm xong"],
        [2, "Phối hợp Chi cục TĐC kiểm tra đo lường tại chợ Bàu Bàng, chợ Lai Uyên", "khoảng 5", 4, "cuộc", "Còn đang làm"],
        ["", "   - Cơ sở được kiểm tra", "gần 50", 46, "cơ sở", ""],
        ["", "   - Cơ sở vi phạm", "", 3, "cơ sở", ""],
        ["", "   - Tiền phạt", "gần 10 triệu", 9000000, "đồng", ""],
        [3, "Hướng dẫn HTX, trang trại áp dụng truy xuất nguồn gốc (tem QR)", "hơn chục", 11, "HTX, trang trại", "Đang làm"],
        [4, "Cử công chức dự tập huấn nghiệp vụ TĐC", "", 2, "người", "Xong"],
    ]
    for r in rows: ws.append(r)
    ws["E11"].number_format = "#,##0"
    ws["D11"].number_format = "#,##0"
    xl_border(ws, "A6:F13")
    ws.append([])
    ws.append(["", "Khó khăn:", "Xã chưa có công chức chuyên trách, cán bộ kinh tế kiêm nhiệm nhiều lĩnh vực."])
    ws.append(["", "Kiến nghị:", "Đề nghị Chi cục TĐC cho xã mượn bộ cân đối chứng để đặt tại chợ Bàu Bàng."])
    ws.append([]); ws.append(["", "", "", "", "Người lập biểu", ""]); ws.append(["", "", "", "", "Nguyễn Thị Diễm", ""])
    for col, w in zip("ABCDEF", [6, 52, 16, 14, 16, 16]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    key(fn, "25822", "Xã Bàu Bàng", "198/BC-UBND", "2026-10-29", [
        ("II.1.a", "completed", {"communications": 27}, "27 tin, bài tuyên truyền trên loa truyền thanh."),
        ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 46, "violations": 3, "fines_vnd": 9000000},
         "Phối hợp kiểm tra đo lường tại chợ: 4 cuộc, 46 cơ sở, 3 vi phạm, phạt 9.000.000 đồng."),
        ("II.2.a", "in_progress", {"enterprises_supported": 11}, "Hướng dẫn 11 HTX, trang trại áp dụng truy xuất nguồn gốc."),
        ("II.3.a", "completed", {"participants": 2}, "Cử 2 công chức dự tập huấn."),
    ], ["Xã chưa có công chức chuyên trách, cán bộ kinh tế kiêm nhiệm nhiều lĩnh vực."],
       ["Đề nghị Chi cục TĐC cho xã mượn bộ cân đối chứng để đặt tại chợ Bàu Bàng."])

# ---------------------------------------------------------------- H2: chị Ngọc (former Bà Rịa - Vũng Tàu)
def h2_head(d, unitline, so, pd, kind="BÁO CÁO"):
    header(d, ["ỦY BAN NHÂN DÂN", unitline], so, pd)

def f05():
    fn = "26575_NgaiGiao_bao_cao_CT38_nam_2026.docx"
    d = new_doc()
    h2_head(d, "XÃ NGÃI GIAO", "Số: 156/BC-UBND", "Ngãi Giao, ngày 26 tháng 10 năm 2026")
    title(d, ["BÁO CÁO", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"])
    para(d, "I. KHÁI QUÁT", bold=True, indent=False)
    para(d, "Xã Ngãi Giao là xã nông nghiệp, có chợ Ngãi Giao, 11 cửa hàng xăng dầu và nhiều hợp tác xã, trang trại hồ tiêu, cà phê. Công tác tiêu chuẩn, đo lường, chất lượng do Phòng Kinh tế xã tham mưu, thực hiện theo Kế hoạch của Sở Khoa học và Công nghệ.")
    para(d, "II. DIỄN BIẾN THỰC HIỆN TRONG NĂM", bold=True, indent=False)
    para(d, "Ngay từ đầu năm, sau khi nhận Kế hoạch của Sở Khoa học và Công nghệ, UBND xã giao Phòng Kinh tế làm đầu mối, phân công công chức theo dõi từng phần việc. Tháng 02, dịp trước và sau Tết Nguyên đán, xã phát 12 tin trên hệ thống loa truyền thanh về ghi nhãn hàng hóa và cân đong đúng, đủ.")
    para(d, "Sang quý II, xã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đo lường tại chợ Ngãi Giao (01 cuộc, 21 cơ sở, phát hiện 02 cơ sở sử dụng cân sai, xử phạt 2.500.000 đồng). Cũng trong tháng 5, xã cử 02 công chức dự lớp tập huấn nghiệp vụ do Chi cục tổ chức tại phường Bà Rịa; đến đây việc cử người đi tập huấn của năm đã xong.")
    para(d, "Bước sang quý III, xã phối hợp với Phòng Nông nghiệp hướng dẫn 07 hợp tác xã, trang trại hồ tiêu, cà phê đăng ký mã số vùng trồng, in tem truy xuất nguồn gốc cho sản phẩm. Tháng 8, xã tiếp tục đăng thêm 09 tin, bài trên trang thông tin điện tử, nâng tổng số tin, bài tuyên truyền từ đầu năm lên 21; phần tuyên truyền đến đây coi như đã xong.")
    para(d, "Tháng 9, đoàn kiểm tra liên ngành có sự tham gia của xã kiểm tra 01 cuộc tại các cửa hàng xăng dầu trên tuyến Quốc lộ 56 với 06 cửa hàng, không có vi phạm, nâng tổng số cuộc kiểm tra xã tham gia lên 02 cuộc và tổng số cơ sở được kiểm tra lên 27 cơ sở. Việc kiểm tra vẫn đang tiếp tục, xã dự kiến kiểm tra thêm dịp cuối năm.")
    para(d, "Đến cuối tháng 10, việc hướng dẫn truy xuất nguồn gốc có thêm 04 hợp tác xã tham gia, nâng tổng số lên 11 đơn vị được hướng dẫn; việc này còn đang làm, do nhiều trang trại chưa đủ điều kiện cấp mã số vùng trồng.")
    para(d, "III. NHỮNG KHÓ KHĂN", bold=True, indent=False)
    diffs = ["Nhiều hợp tác xã, trang trại quy mô nhỏ, chưa quen sử dụng phần mềm truy xuất nguồn gốc.",
             "Xã không có phương tiện đo chuẩn để kiểm tra nhanh tại chợ."]
    for x in diffs: para(d, x)
    para(d, "IV. KIẾN NGHỊ", bold=True, indent=False)
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ tập huấn sử dụng phần mềm truy xuất nguồn gốc cho hợp tác xã trên địa bàn xã."]
    for x in props: para(d, x)
    sign(d, ["- Sở KH&CN;", "- Chi cục TĐC;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Phạm Thị Bích Ngọc")
    d.save(os.path.join(OUT, fn))
    key(fn, "26575", "Xã Ngãi Giao", "156/BC-UBND", "2026-10-26", [
        ("II.1.a", "completed", {"communications": 21}, "Tổng số tin, bài tuyên truyền từ đầu năm: 21 (12 tin tháng 2, 09 tin, bài tháng 8)."),
        ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 27, "violations": 2, "fines_vnd": 2500000},
         "Tham gia 02 cuộc kiểm tra (chợ Ngãi Giao, xăng dầu QL56), 27 cơ sở, 02 vi phạm, phạt 2.500.000 đồng."),
        ("II.3.a", "completed", {"participants": 2}, "Cử 02 công chức dự lớp tập huấn của Chi cục."),
        ("II.2.a", "in_progress", {"enterprises_supported": 11}, "Hướng dẫn tổng số 11 hợp tác xã, trang trại truy xuất nguồn gốc."),
    ], diffs, props)

def f06():
    fn = "26632_XuyenMoc_BC_TC-DL-CL_2026.docx"
    d = new_doc()
    h2_head(d, "XÃ XUYÊN MỘC", "Số: 203/BC-UBND", "Xuyên Mộc, ngày 27 tháng 10 năm 2026")
    title(d, ["BÁO CÁO", "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026", "theo Kế hoạch triển khai Chỉ thị số 38-CT/TW"])
    para(d, "I. KHÁI QUÁT", bold=True, indent=False)
    para(d, "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ, UBND xã Xuyên Mộc đã ban hành kế hoạch của xã ngay trong tháng 01/2026, giao Phòng Kinh tế chủ trì, Phòng Văn hóa - Xã hội phối hợp tuyên truyền.")
    para(d, "II. DIỄN BIẾN THỰC HIỆN TRONG NĂM", bold=True, indent=False)
    para(d, "Tháng 3, xã rà soát lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 của UBND xã sau sắp xếp, cập nhật 48 quy trình giải quyết thủ tục hành chính và công bố lại ngày 15/4/2026; việc duy trì ISO của năm đến đây đã xong.")
    para(d, "Trong quý II, xã tổ chức 01 hội nghị tuyên truyền pháp luật về đo lường, chất lượng và ghi nhãn hàng hóa cho tiểu thương chợ Xuyên Mộc và các hộ kinh doanh, có 85 lượt người tham dự; hội nghị kết thúc tốt đẹp và phần việc này xã đã làm xong.")
    para(d, "Sang quý III, xã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đo lường tại chợ Xuyên Mộc 01 cuộc với 15 cơ sở, phát hiện 01 cơ sở vi phạm, xử phạt 1.500.000 đồng. Tháng 7, xã nhận 01 tin báo của người dân về cửa hàng xăng dầu bơm thiếu, đã chuyển Chi cục xử lý; việc khen thưởng người báo tin hiện đang được xã xem xét, làm thủ tục.")
    para(d, "Đầu tháng 10, xã kiểm tra thêm 01 cuộc tại các cửa hàng xăng dầu và cơ sở kinh doanh vàng bạc với 13 cơ sở, phát hiện thêm 02 cơ sở vi phạm, nâng tổng số cuộc kiểm tra trong năm lên 02 cuộc, tổng số cơ sở được kiểm tra lên 28 cơ sở, số cơ sở vi phạm lên 03 và tổng tiền phạt lên 4.000.000 đồng; đến nay việc kiểm tra theo kế hoạch năm 2026 của xã đã xong.")
    para(d, "III. NHỮNG KHÓ KHĂN", bold=True, indent=False)
    diffs = ["Địa bàn xã rộng, các cửa hàng xăng dầu nằm rải rác trên nhiều tuyến đường nên việc kiểm tra mất nhiều thời gian."]
    for x in diffs: para(d, x)
    para(d, "IV. KIẾN NGHỊ", bold=True, indent=False)
    props = ["Đề nghị Sở Khoa học và Công nghệ sớm hướng dẫn mức khen thưởng đối với người tố giác vi phạm về đo lường."]
    for x in props: para(d, x)
    sign(d, ["- Chi cục TĐC;", "- Lưu: VT, KT."], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Võ Thị Ngọc")
    d.save(os.path.join(OUT, fn))
    key(fn, "26632", "Xã Xuyên Mộc", "203/BC-UBND", "2026-10-27", [
        ("II.2.đ", "completed", {}, "Rà soát, công bố lại hệ thống ISO 9001:2015 ngày 15/4/2026."),
        ("II.1.a", "completed", {"training_courses": 1, "participants": 85}, "01 hội nghị tuyên truyền pháp luật về đo lường, chất lượng, 85 lượt người."),
        ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 28, "violations": 3, "fines_vnd": 4000000},
         "Tổng số trong năm: 02 cuộc kiểm tra, 28 cơ sở, 03 vi phạm, phạt 4.000.000 đồng."),
        ("II.5.d", "in_progress", {}, "Nhận 01 tin báo, chuyển Chi cục xử lý; đang xem xét khen thưởng người báo tin."),
    ], diffs, props)

def f07():
    fn = "26560_BaRia_BC_KH38.docx"
    d = new_doc()
    h2_head(d, "PHƯỜNG BÀ RỊA", "Số: 519/BC-UBND", "Bà Rịa, ngày 29 tháng 10 năm 2026")
    title(d, ["BÁO CÁO", "Tình hình, kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"])
    para(d, "I. KHÁI QUÁT", bold=True, indent=False)
    para(d, "Phường Bà Rịa là trung tâm hành chính cũ của tỉnh Bà Rịa - Vũng Tàu, tập trung nhiều cơ sở thương mại, dịch vụ. Sau khi nhập vào Thành phố Hồ Chí Minh, phường tiếp tục được Chi cục Tiêu chuẩn Đo lường Chất lượng chọn là điểm tổ chức một số lớp tập huấn cho khu vực phía Đông.")
    para(d, "II. DIỄN BIẾN THỰC HIỆN TRONG NĂM", bold=True, indent=False)
    para(d, "Quý I, phường lồng ghép tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng vào các buổi sinh hoạt khu phố và đăng 15 tin, bài trên trang thông tin điện tử phường. Cùng thời gian, phường phối hợp với Chi cục kiểm tra 01 cuộc tại chợ Bà Rịa với 10 cơ sở, phát hiện 01 cơ sở vi phạm.")
    para(d, "Tháng 4, phường tổ chức 01 buổi tọa đàm với các hộ kinh doanh, doanh nghiệp nhập khẩu hàng tiêu dùng về ghi nhãn và công bố hợp quy, có 60 đại biểu tham dự; đến đây phần tuyên truyền, tọa đàm của năm đã xong. Tháng 5, phường cử 04 công chức dự lớp tập huấn nghiệp vụ do Chi cục tổ chức ngay tại hội trường phường; việc này cũng đã xong.")
    para(d, "Từ tháng 6, phường bắt đầu hướng dẫn doanh nghiệp nhỏ trên địa bàn xây dựng tiêu chuẩn cơ sở và công bố hợp chuẩn; đến nay đã hướng dẫn 05 doanh nghiệp, việc này đang tiếp tục làm.")
    para(d, "Trong quý III, phường tham gia thêm 02 cuộc kiểm tra xăng dầu, vàng bạc với 25 cơ sở, nâng tổng số lên 03 cuộc, 35 cơ sở được kiểm tra; phát hiện thêm 03 trường hợp vi phạm, nâng tổng số vi phạm lên 04 trường hợp, tổng tiền phạt 11.250.000 đồng. Việc kiểm tra còn đang làm, phường sẽ tiếp tục phối hợp kiểm tra trong mùa cao điểm Tết.")
    para(d, "III. NHỮNG KHÓ KHĂN", bold=True, indent=False)
    diffs = ["Sau sáp nhập, danh sách cơ sở kinh doanh chưa được cập nhật đầy đủ, gây khó khăn cho việc lập kế hoạch kiểm tra."]
    for x in diffs: para(d, x)
    para(d, "IV. KIẾN NGHỊ", bold=True, indent=False)
    props = ["Đề nghị Chi cục chia sẻ cơ sở dữ liệu các cơ sở kinh doanh xăng dầu, vàng bạc trên địa bàn phường.",
             "Đề nghị tiếp tục tổ chức lớp tập huấn tại phường Bà Rịa cho công chức các phường, xã khu vực phía Đông."]
    for x in props: para(d, x)
    sign(d, ["- Chi cục TĐC;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Đặng Văn Lực")
    d.save(os.path.join(OUT, fn))
    key(fn, "26560", "Phường Bà Rịa", "519/BC-UBND", "2026-10-29", [
        ("II.1.a", "completed", {"communications": 15, "training_courses": 1, "participants": 60},
         "15 tin, bài; 01 buổi tọa đàm với hộ kinh doanh, doanh nghiệp nhập khẩu, 60 đại biểu."),
        ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 35, "violations": 4, "fines_vnd": 11250000},
         "Tổng cộng 03 cuộc, 35 cơ sở, 04 vi phạm, phạt 11.250.000 đồng."),
        ("II.3.a", "completed", {"participants": 4}, "Cử 04 công chức dự tập huấn nghiệp vụ."),
        ("II.2.d", "in_progress", {"enterprises_supported": 5}, "Hướng dẫn 05 doanh nghiệp xây dựng tiêu chuẩn cơ sở, công bố hợp chuẩn."),
    ], diffs, props)

def f08():
    fn = "26662_LongHai_BC_9thang_2026.docx"
    d = new_doc()
    h2_head(d, "XÃ LONG HẢI", "Số: 188/BC-UBND", "Long Hải, ngày 20 tháng 10 năm 2026")
    title(d, ["BÁO CÁO", "Công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng đầu năm 2026"])
    para(d, "I. KHÁI QUÁT", bold=True, indent=False)
    para(d, "Xã Long Hải có bờ biển dài, nhiều tàu cá và khu dân cư ven biển thường xuyên chịu ảnh hưởng của triều cường, sạt lở.")
    para(d, "II. DIỄN BIẾN THỰC HIỆN TRONG NĂM", bold=True, indent=False)
    para(d, "Ngay từ đầu năm, xã kiện toàn Ban Chỉ huy phòng thủ dân sự, xây dựng phương án ứng phó theo cấp độ rủi ro thiên tai. Tháng 3, xã tổ chức diễn tập ứng phó sạt lở bờ biển tại khu vực Lò Vôi với 120 người tham gia.")
    para(d, "Sang quý II, triều cường kết hợp gió mạnh làm sạt lở khoảng 150 m bờ kè tạm; xã di dời 14 hộ dân đến nơi an toàn. Bước sang quý III, cơn bão số 5 gây mưa lớn, xã kêu gọi 236 tàu cá vào nơi tránh trú an toàn, không có thiệt hại về người.")
    para(d, "III. NHỮNG KHÓ KHĂN", bold=True, indent=False)
    para(d, "Bờ kè chống sạt lở chưa được đầu tư kiên cố; lực lượng xung kích phần lớn kiêm nhiệm.")
    para(d, "IV. KIẾN NGHỊ", bold=True, indent=False)
    para(d, "Đề nghị Thành phố sớm đầu tư kè chống sạt lở đoạn bờ biển Long Hải - Phước Hải.")
    sign(d, ["- Bộ Chỉ huy Quân sự TP;", "- Lưu: VT."], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Huỳnh Văn Toàn")
    d.save(os.path.join(OUT, fn))
    key(fn, "26662", "Xã Long Hải", "188/BC-UBND", "2026-10-20", [], [], [], status="rejected",
        reason="Không phải báo cáo thực hiện Kế hoạch CT38 (tiêu chuẩn, đo lường, chất lượng): xã gửi nhầm báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng năm 2026.")

# ---------------------------------------------------------------- H3: anh Khoa (department specialist)
def f09():
    fn = "SCT_BC_trien_khai_CT38_2026.docx"
    d = new_doc()
    header(d, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ CÔNG THƯƠNG"], "Số: 1854/BC-SCT",
           "Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026", bold_left=2)
    title(d, ["BÁO CÁO", "Kết quả thực hiện các nội dung phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ"])
    para(d, "Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng).", center=True)
    para(d, "Sở Công Thương báo cáo kết quả thực hiện các nội dung có liên quan tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, số liệu tính đến ngày 20/10/2026, như sau:")
    para(d, "1. Kiểm tra chất lượng hàng hóa lưu thông trên thị trường", bold=True, indent=False)
    para(d, "Nội dung kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng và hàng công nghiệp tiêu dùng: đang thực hiện. Chi cục Quản lý thị trường Thành phố đã thực hiện 46 cuộc kiểm tra tại 1,1 nghìn cơ sở kinh doanh, phát hiện 87 cơ sở vi phạm, xử phạt vi phạm hành chính 1,35 tỷ đồng; lấy 240 mẫu xăng dầu, khí dầu mỏ hóa lỏng gửi thử nghiệm. Các đợt kiểm tra cao điểm cuối năm đang được triển khai.")
    para(d, "2. Tập huấn, tọa đàm với doanh nghiệp", bold=True, indent=False)
    para(d, "Nội dung phối hợp tập huấn văn bản pháp luật và tọa đàm với doanh nghiệp nhập khẩu: hoàn thành. Sở phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 06 lớp tập huấn, tọa đàm về ghi nhãn, kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu với 1,2 nghìn lượt doanh nghiệp, người lao động tham dự.")
    para(d, "3. Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công cụ cải tiến năng suất", bold=True, indent=False)
    para(d, "Nội dung hỗ trợ doanh nghiệp áp dụng hệ thống quản lý chất lượng tiên tiến: đang thực hiện. Thông qua Chương trình khuyến công, Sở đã hỗ trợ 38 doanh nghiệp công nghiệp nông thôn áp dụng ISO 9001, 5S, Kaizen; kinh phí đã giải ngân 0,42 tỷ đồng. Một số hồ sơ hỗ trợ đợt 2 đang thẩm định, dự kiến hoàn tất trong tháng 12/2026.")
    para(d, "4. Cập nhật cam kết quốc tế về hàng rào kỹ thuật trong thương mại", bold=True, indent=False)
    para(d, "Nội dung cập nhật các điều ước, thỏa thuận quốc tế: duy trì thường xuyên, đang thực hiện. Sở đã đăng 12 tin, bài về các biện pháp TBT của thị trường EU, Hoa Kỳ, Nhật Bản trên Cổng thông tin của Sở để doanh nghiệp xuất khẩu tra cứu.")
    para(d, "5. Khó khăn, vướng mắc", bold=True, indent=False)
    diffs = ["Việc phân định thẩm quyền kiểm tra chất lượng hàng hóa giữa lực lượng Quản lý thị trường và Chi cục Tiêu chuẩn Đo lường Chất lượng ở một số nhóm hàng còn chồng chéo.",
             "Chi phí thử nghiệm mẫu xăng dầu cao, kinh phí được giao không đủ cho các đợt kiểm tra đột xuất."]
    for x in diffs: para(d, "- " + x, indent=False)
    para(d, "6. Đề xuất, kiến nghị", bold=True, indent=False)
    props = ["Đề nghị Sở Khoa học và Công nghệ chủ trì xây dựng quy chế phối hợp kiểm tra chất lượng hàng hóa lưu thông giữa hai Sở.",
             "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng chia sẻ kết quả khảo sát chất lượng hàng hóa để làm căn cứ lập kế hoạch kiểm tra năm 2027."]
    for x in props: para(d, "- " + x, indent=False)
    sign(d, ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Chi cục QLTT;", "- Lưu: VT, QLTM."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Bùi Minh Khoa")
    d.save(os.path.join(OUT, fn))
    key(fn, "SO-CT", "Sở Công Thương", "1854/BC-SCT", "2026-10-31", [
        ("II.5.a", "in_progress", {"inspections": 46, "establishments_inspected": 1100, "violations": 87, "fines_vnd": 1350000000, "samples_tested": 240},
         "46 cuộc kiểm tra, 1,1 nghìn cơ sở, 87 vi phạm, phạt 1,35 tỷ đồng, 240 mẫu xăng dầu, LPG."),
        ("II.1.a", "completed", {"training_courses": 6, "participants": 1200}, "06 lớp tập huấn, tọa đàm với doanh nghiệp nhập khẩu, 1,2 nghìn lượt."),
        ("II.2.d", "in_progress", {"enterprises_supported": 38, "budget_spent_vnd": 420000000}, "Hỗ trợ 38 doanh nghiệp áp dụng ISO 9001, 5S, Kaizen; giải ngân 0,42 tỷ đồng."),
        ("II.6.a", "in_progress", {"communications": 12}, "Đăng 12 tin, bài về biện pháp TBT."),
    ], diffs, props)

def f10():
    fn = "SXD_BaoCao_KH38_SKHCN_2026.docx"
    d = new_doc()
    header(d, ["UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ XÂY DỰNG"], "Số: 9310/BC-SXD", "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026")
    title(d, ["BÁO CÁO", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", "(lĩnh vực xây dựng)"])
    para(d, "Thực hiện đề nghị của Sở Khoa học và Công nghệ, Sở Xây dựng báo cáo kết quả thực hiện như sau:")
    para(d, "1. Góp ý, xây dựng tiêu chuẩn, quy chuẩn kỹ thuật", bold=True, indent=False)
    para(d, "Nội dung góp ý, xây dựng tiêu chuẩn, quy chuẩn kỹ thuật ngành xây dựng: hoàn thành. Trong năm, Sở đã góp ý 07 dự thảo TCVN, QCVN do Bộ Xây dựng, Bộ Khoa học và Công nghệ gửi lấy ý kiến và phối hợp xây dựng 01 dự thảo quy chuẩn kỹ thuật địa phương về chiếu sáng đô thị, tổng cộng 08 dự thảo.")
    para(d, "2. Kiểm tra chất lượng vật liệu xây dựng", bold=True, indent=False)
    para(d, "Nội dung kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng lưu thông trên thị trường: đang thực hiện. Sở đã thành lập 05 đoàn kiểm tra tại 62 cơ sở sản xuất, kinh doanh xi măng, thép, gạch ốp lát, kính xây dựng; lấy 126 mẫu thử nghiệm; phát hiện 09 cơ sở vi phạm về ghi nhãn và công bố hợp quy, xử phạt 0,28 tỷ đồng. Đợt kiểm tra quý IV tại khu vực Bình Dương (cũ) đang triển khai.")
    para(d, "3. Hệ thống quản lý chất lượng tại cơ quan", bold=True, indent=False)
    para(d, "Nội dung áp dụng, duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở: hoàn thành. Sở đã hợp nhất hệ thống quản lý chất lượng của ba sở Xây dựng (cũ) và công bố lại trong tháng 7/2026; kinh phí tư vấn, đánh giá nội bộ 0,12 tỷ đồng.")
    para(d, "4. Bồi dưỡng công chức", bold=True, indent=False)
    para(d, "Nội dung cử công chức tham gia tập huấn chuyên môn về tiêu chuẩn, đo lường, chất lượng: hoàn thành, với 24 lượt công chức, viên chức tham gia các lớp do Chi cục Tiêu chuẩn Đo lường Chất lượng và Bộ Xây dựng tổ chức.")
    para(d, "5. Khó khăn, vướng mắc và kiến nghị", bold=True, indent=False)
    diffs = ["Danh mục sản phẩm, hàng hóa vật liệu xây dựng nhóm 2 thay đổi, nhiều cơ sở chưa kịp công bố hợp quy theo quy chuẩn mới."]
    props = ["Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức hội nghị phổ biến QCVN 16:2023/BXD cho doanh nghiệp vật liệu xây dựng trong quý I/2027."]
    para(d, "- Khó khăn: " + diffs[0], indent=False)
    para(d, "- Kiến nghị: " + props[0], indent=False)
    sign(d, ["- Sở KH&CN;", "- Lưu: VT, KTXD."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Lương Thế Vinh")
    d.save(os.path.join(OUT, fn))
    key(fn, "SO-XD", "Sở Xây dựng", "9310/BC-SXD", "2026-10-28", [
        ("II.2.e", "completed", {"standards_reviewed": 8}, "Góp ý 07 dự thảo TCVN, QCVN và phối hợp xây dựng 01 QCĐP, tổng cộng 08 dự thảo."),
        ("II.5.a", "in_progress", {"inspections": 5, "establishments_inspected": 62, "samples_tested": 126, "violations": 9, "fines_vnd": 280000000},
         "05 đoàn kiểm tra, 62 cơ sở, 126 mẫu, 09 vi phạm, phạt 0,28 tỷ đồng."),
        ("II.2.đ", "completed", {"budget_spent_vnd": 120000000}, "Hợp nhất, công bố lại ISO 9001:2015 tháng 7/2026; kinh phí 0,12 tỷ đồng."),
        ("II.3.a", "completed", {"participants": 24}, "24 lượt công chức, viên chức tham gia tập huấn."),
    ], diffs, props)

def f11():
    fn = "SNV_bao_cao_CT38_2026.docx"
    d = new_doc()
    header(d, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ NỘI VỤ"], "Số: 6021/BC-SNV",
           "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026", bold_left=2)
    title(d, ["BÁO CÁO", "Kết quả thực hiện nhiệm vụ phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"])
    para(d, "Sở Nội vụ báo cáo kết quả thực hiện các nội dung liên quan đến chức năng, nhiệm vụ của Sở tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ như sau:")
    para(d, "1. Hệ thống quản lý chất lượng trong cơ quan hành chính", bold=True, indent=False)
    para(d, "Nội dung theo dõi, đôn đốc xây dựng, áp dụng, duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại các cơ quan hành chính: đang thực hiện. Sở đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 03 lớp tập huấn về xây dựng lại hệ thống sau sắp xếp cho 1,3 nghìn lượt công chức của 168 phường, xã, đặc khu; tổng hợp tình hình công bố lại hệ thống tại các địa phương. Kinh phí đã sử dụng 0,18 tỷ đồng. Việc kiểm tra, đánh giá tại các sở, ngành sẽ thực hiện trong tháng 11/2026.")
    para(d, "2. Thu hút chuyên gia, nhà khoa học", bold=True, indent=False)
    para(d, "Nội dung thu hút chuyên gia, nhà khoa học theo Nghị quyết số 27/2023/NQ-HĐND và Quyết định số 05/2026/QĐ-UBND: đang thực hiện. Sở đang phối hợp với Phòng Quản lý Khoa học thẩm định hồ sơ đề xuất thu hút chuyên gia lĩnh vực đo lường, thử nghiệm của Trung tâm Dịch vụ Phân tích thí nghiệm; chưa có trường hợp được phê duyệt.")
    para(d, "3. Bồi dưỡng kiến thức quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng", bold=True, indent=False)
    para(d, "Nội dung bồi dưỡng cho công chức phường, xã, đặc khu: hoàn thành. Sở đưa chuyên đề tiêu chuẩn, đo lường, chất lượng vào chương trình bồi dưỡng công chức cấp xã năm 2026, mở 02 lớp với 0,45 nghìn học viên.")
    para(d, "4. Khó khăn, vướng mắc", bold=True, indent=False)
    diffs = ["Sau sắp xếp, nhiều phường, xã thay đổi công chức đầu mối ISO nên việc xây dựng lại hệ thống còn chậm."]
    for x in diffs: para(d, "- " + x, indent=False)
    para(d, "5. Kiến nghị", bold=True, indent=False)
    props = ["Đề nghị Sở Khoa học và Công nghệ ban hành bộ quy trình mẫu ISO dùng chung cho cấp xã sau sắp xếp.",
             "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cử chuyên gia hỗ trợ trực tiếp các xã vùng sâu, vùng xa và đặc khu Côn Đảo."]
    for x in props: para(d, "- " + x, indent=False)
    sign(d, ["- Sở KH&CN;", "- Lưu: VT, CCHC."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Trương Thị Mỹ Linh")
    d.save(os.path.join(OUT, fn))
    key(fn, "SO-NV", "Sở Nội vụ", "6021/BC-SNV", "2026-10-30", [
        ("II.2.đ", "in_progress", {"training_courses": 3, "participants": 1300, "budget_spent_vnd": 180000000},
         "03 lớp tập huấn ISO cho 1,3 nghìn lượt công chức phường, xã; kinh phí 0,18 tỷ đồng."),
        ("II.3.c", "in_progress", {}, "Đang thẩm định hồ sơ thu hút chuyên gia lĩnh vực đo lường, thử nghiệm."),
        ("II.3.a", "completed", {"training_courses": 2, "participants": 450}, "02 lớp bồi dưỡng chuyên đề TĐC cho công chức cấp xã, 0,45 nghìn học viên."),
    ], diffs, props)

def f12():
    fn = "SGDDT_Phu_luc_so_lieu_CT38.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "PhuLuc"
    ws["A1"] = "SỞ GIÁO DỤC VÀ ĐÀO TẠO"; ws["A1"].font = Font(bold=True)
    ws["A2"] = "PHỤ LỤC SỐ LIỆU"; ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "(Kèm theo Báo cáo số 3377/BC-SGDĐT ngày 27/10/2026 của Sở Giáo dục và Đào tạo)"; ws["A3"].font = Font(italic=True)
    ws.append([])
    ws.append(["STT", "Nội dung", "Số liệu", "Đơn vị tính", "Tình hình", "Vị trí trong báo cáo"])
    for c in ws[5]: c.font = Font(bold=True)
    rows = [
        [1, "Chuyên đề ngoại khóa về tiêu chuẩn, đo lường, mã số mã vạch cho học sinh trung cấp, giáo dục nghề nghiệp - giáo dục thường xuyên", 14, "lớp", "Đang triển khai", "tr.2, đoạn 1"],
        ["", "   Học sinh, giáo viên tham dự", "2,3", "nghìn lượt", "", "tr.2, đoạn 1"],
        [2, "Duy trì ISO 9001:2015 tại cơ quan Sở", "0,09", "tỷ đồng (kinh phí)", "Hoàn thành", "tr.2, đoạn 3"],
        [3, "Tin, bài tuyên truyền trên Cổng thông tin ngành giáo dục", 26, "tin, bài", "Hoàn thành", "tr.3, đoạn 1"],
    ]
    for r in rows: ws.append(r)
    xl_border(ws, "A5:F9")
    ws.append([])
    ws.append(["", "Khó khăn: Chương trình chính khóa dày, khó bố trí thời lượng cho chuyên đề ngoại khóa."])
    ws.append(["", "Kiến nghị: Đề nghị Chi cục TĐC biên soạn tài liệu tuyên truyền phù hợp lứa tuổi học sinh."])
    for col, w in zip("ABCDEF", [6, 60, 10, 20, 18, 18]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    key(fn, "SO-GDDT", "Sở Giáo dục và Đào tạo", "3377/BC-SGDĐT", "2026-10-27", [
        ("II.3.d", "in_progress", {"training_courses": 14, "participants": 2300}, "14 lớp chuyên đề ngoại khóa, 2,3 nghìn lượt học sinh, giáo viên."),
        ("II.2.đ", "completed", {"budget_spent_vnd": 90000000}, "Duy trì ISO 9001:2015 tại Sở, kinh phí 0,09 tỷ đồng."),
        ("II.1.a", "completed", {"communications": 26}, "26 tin, bài tuyên truyền."),
    ], ["Chương trình chính khóa dày, khó bố trí thời lượng cho chuyên đề ngoại khóa."],
       ["Đề nghị Chi cục TĐC biên soạn tài liệu tuyên truyền phù hợp lứa tuổi học sinh."])

# ---------------------------------------------------------------- H4: cô Lan (older vice-chairwoman, central wards)
def f13():
    fn = "26743_BenThanh_BC_38.docx"
    d = new_doc()
    header(d, ["ỦY BAN NHÂN DÂN", "PHƯỜNG BẾN THÀNH"], "Số: 301/BC-UBND", "Phường Bến Thành, ngày 25 tháng 10 năm 2026")
    title(d, ["BÁO CÁO", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"])
    para(d, "Ủy ban nhân dân phường Bến Thành báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ trên địa bàn phường, là địa bàn trung tâm có chợ Bến Thành, nhiều trung tâm thương mại và 45 cơ sở kinh doanh vàng bạc, đá quý đang hoạt động, như sau:")
    para(d, "Về công tác tuyên truyền", bold=True, indent=False)
    para(d, "Phường đã in và phát hành 1.200 tờ rơi hướng dẫn ghi nhãn hàng hóa, cân đong đúng, đủ đến 350 trong tổng số 412 hộ kinh doanh tại chợ Bến Thành và các tuyến đường Lê Thánh Tôn, Lê Lợi, Nguyễn An Ninh; phối hợp Ban Quản lý chợ nhắc nhở tiểu thương qua loa phát thanh chợ hằng tuần. Có thể nói, phần việc tuyên truyền năm nay phường đã làm trọn.")
    para(d, "Về công tác kiểm tra phối hợp", bold=True, indent=False)
    para(d, "Phường phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 03 cuộc kiểm tra đo lường, chất lượng vàng trang sức, mỹ nghệ, đã kiểm tra 12 trong tổng số 45 cơ sở kinh doanh vàng bạc trên địa bàn; phát hiện 02 cơ sở vi phạm về hàm lượng vàng và ghi nhãn, đã xử phạt 15.000.000 đồng. Có thể nói, việc kiểm tra còn phải làm tiếp cho đến cuối năm, vì số cơ sở chưa được kiểm tra còn nhiều.")
    para(d, "Về bồi dưỡng công chức", bold=True, indent=False)
    para(d, "Phòng Kinh tế phường có 05 công chức, trong đó 03 trong tổng số 05 công chức đã được cử dự lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức. Có thể nói, việc này phường đã làm trọn theo kế hoạch.")
    para(d, "Về hệ thống quản lý chất lượng tại phường", bold=True, indent=False)
    para(d, "Phường đã xây dựng lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho toàn bộ thủ tục hành chính tại Trung tâm phục vụ hành chính công phường và công bố lại vào tháng 6/2026. Có thể nói, việc này cũng đã làm trọn.")
    para(d, "Khó khăn, vướng mắc", bold=True, indent=False)
    diffs = ["Chợ Bến Thành đông khách du lịch, hoạt động kinh doanh kéo dài đến khuya nên việc kiểm tra ngoài giờ hành chính gặp nhiều khó khăn.",
             "Công chức Phòng Kinh tế ít, phải kiêm nhiệm nhiều lĩnh vực."]
    for x in diffs: para(d, x)
    para(d, "Đề xuất, kiến nghị", bold=True, indent=False)
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng bố trí thiết bị kiểm tra nhanh hàm lượng vàng hỗ trợ phường trong các đợt kiểm tra."]
    for x in props: para(d, x)
    sign(d, ["- Chi cục TĐC;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Thị Lan")
    d.save(os.path.join(OUT, fn))
    key(fn, "26743", "Phường Bến Thành", "301/BC-UBND", "2026-10-25", [
        ("II.1.a", "completed", {"communications": 1200}, "Phát hành 1.200 tờ rơi hướng dẫn ghi nhãn, cân đong đến 350/412 hộ kinh doanh."),
        ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 12, "violations": 2, "fines_vnd": 15000000},
         "03 cuộc kiểm tra vàng trang sức, 12/45 cơ sở, 02 vi phạm, phạt 15.000.000 đồng."),
        ("II.3.a", "completed", {"participants": 3}, "03 trong tổng số 05 công chức Phòng Kinh tế dự tập huấn."),
        ("II.2.đ", "completed", {}, "Xây dựng lại, công bố lại ISO 9001:2015 tháng 6/2026."),
    ], diffs, props)

def f14():
    fn = "27343_ChoLon_BC_CT38_2026.docx"
    d = new_doc()
    header(d, ["ỦY BAN NHÂN DÂN", "PHƯỜNG CHỢ LỚN"], "Số: 244/BC-UBND", "Phường Chợ Lớn, ngày 30 tháng 10 năm 2026")
    title(d, ["BÁO CÁO", "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026", "theo Kế hoạch triển khai Chỉ thị số 38-CT/TW"])
    para(d, "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Chợ Lớn báo cáo như sau:")
    para(d, "Về công tác kiểm tra phối hợp", bold=True, indent=False)
    para(d, "Trên địa bàn phường có chợ Bình Tây với 1.640 sạp hàng đang hoạt động, là chợ đầu mối hàng khô, gia vị, tạp hóa lớn của Thành phố; phường đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 02 cuộc kiểm tra đo lường trong kinh doanh, kiểm tra 57 trong tổng số 1.640 sạp hàng, phát hiện 06 trường hợp sử dụng cân không được kiểm định, đã xử phạt 9.750.000 đồng, tạm giữ cân không đạt yêu cầu. Có thể nói, việc kiểm tra theo kế hoạch năm phường đã làm trọn.")
    para(d, "Về hỗ trợ doanh nghiệp", bold=True, indent=False)
    para(d, "Phường đã hướng dẫn 9 trong tổng số 31 doanh nghiệp sản xuất, đóng gói hàng hóa trên địa bàn thực hiện ghi nhãn, công bố tiêu chuẩn áp dụng theo quy định. Có thể nói, việc này còn phải làm tiếp sang quý I/2027.")
    para(d, "Về tập huấn, tuyên truyền", bold=True, indent=False)
    para(d, "Ngày 18/6/2026, phường tổ chức 01 hội nghị phổ biến văn bản pháp luật về đo lường, ghi nhãn hàng hóa cho tiểu thương chợ Bình Tây, có 120 trong tổng số 150 tiểu thương được mời tham dự. Có thể nói, phần việc này đã làm trọn.")
    para(d, "Về khen thưởng người tố giác vi phạm", bold=True, indent=False)
    para(d, "Phường chưa thực hiện việc khen thưởng người tố giác vi phạm về đo lường do chưa có hướng dẫn về mức khen và nguồn kinh phí.")
    para(d, "Khó khăn, vướng mắc", bold=True, indent=False)
    diffs = ["Tiểu thương chợ Bình Tây phần lớn là người cao tuổi, người Hoa, việc tuyên truyền cần song ngữ."]
    for x in diffs: para(d, x)
    para(d, "Đề xuất, kiến nghị", bold=True, indent=False)
    props = ["Đề nghị Sở Khoa học và Công nghệ hướng dẫn mức khen thưởng và nguồn kinh phí khen thưởng người tố giác vi phạm về đo lường.",
             "Đề nghị Chi cục in tài liệu tuyên truyền bằng tiếng Việt và tiếng Hoa."]
    for x in props: para(d, x)
    sign(d, ["- Chi cục TĐC;", "- Lưu: VT, KT."], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lâm Thị Ngọc Lan")
    d.save(os.path.join(OUT, fn))
    key(fn, "27343", "Phường Chợ Lớn", "244/BC-UBND", "2026-10-30", [
        ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 57, "violations": 6, "fines_vnd": 9750000},
         "02 cuộc kiểm tra đo lường tại chợ Bình Tây, 57/1.640 sạp, 06 vi phạm, phạt 9.750.000 đồng."),
        ("II.2.d", "in_progress", {"enterprises_supported": 9}, "Hướng dẫn 9/31 doanh nghiệp ghi nhãn, công bố tiêu chuẩn áp dụng."),
        ("II.1.a", "completed", {"training_courses": 1, "participants": 120}, "01 hội nghị phổ biến văn bản pháp luật, 120/150 tiểu thương tham dự."),
        ("II.5.d", "not_started", {}, "Chưa thực hiện khen thưởng người tố giác do chưa có hướng dẫn."),
    ], diffs, props)

def f15():
    fn = "26884_GoVap_Bieu_kem_BC377.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Bieu kem BC"
    ws["A1"] = "UBND PHƯỜNG GÒ VẤP"; ws["A1"].font = Font(bold=True)
    ws["A2"] = "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"; ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "(Kèm theo Báo cáo số 377/BC-UBND ngày 29/10/2026 của UBND phường Gò Vấp)"; ws["A3"].font = Font(italic=True)
    ws.append([])
    ws.append(["TT", "Nội dung", "Số đã thực hiện", "Tổng số trên địa bàn", "Đơn vị tính", "Nhận định"])
    for c in ws[5]: c.font = Font(bold=True)
    rows = [
        [1, "Kiểm tra phối hợp với Chi cục TĐC (xăng dầu, vàng bạc, chợ Gò Vấp)", 3, "", "cuộc", "Còn phải làm tiếp"],
        ["", "   Cơ sở được kiểm tra", 26, 180, "cơ sở", ""],
        ["", "   Cơ sở vi phạm", 4, "", "cơ sở", ""],
        ["", "   Tiền phạt", 8500000, "", "đồng", ""],
        [2, "Tin, bài tuyên truyền trên trang thông tin điện tử và loa khu phố", 16, "", "tin, bài", "Đã làm trọn"],
        [3, "Công chức được cử dự tập huấn nghiệp vụ TĐC", 2, 6, "người", "Đã làm trọn"],
    ]
    for r in rows: ws.append(r)
    ws["C9"].number_format = "#,##0"
    xl_border(ws, "A5:F11")
    ws.append([])
    ws.append(["", "Khó khăn: Nhiều cơ sở kinh doanh nhỏ lẻ thay đổi địa điểm thường xuyên, khó theo dõi."])
    ws.append(["", "Kiến nghị: Đề nghị Chi cục TĐC cung cấp danh sách cơ sở kinh doanh xăng dầu, vàng bạc trên địa bàn phường."])
    for col, w in zip("ABCDEF", [5, 58, 16, 18, 12, 20]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    key(fn, "26884", "Phường Gò Vấp", "377/BC-UBND", "2026-10-29", [
        ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 26, "violations": 4, "fines_vnd": 8500000},
         "3 cuộc kiểm tra phối hợp, 26/180 cơ sở, 4 vi phạm, phạt 8.500.000 đồng."),
        ("II.1.a", "completed", {"communications": 16}, "16 tin, bài tuyên truyền."),
        ("II.3.a", "completed", {"participants": 2}, "2/6 công chức được cử dự tập huấn."),
    ], ["Nhiều cơ sở kinh doanh nhỏ lẻ thay đổi địa điểm thường xuyên, khó theo dõi."],
       ["Đề nghị Chi cục TĐC cung cấp danh sách cơ sở kinh doanh xăng dầu, vàng bạc trên địa bàn phường."])

def f16():
    fn = "26737_TanDinh_Bieu_tong_hop_9thang.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "ATTP 9T"
    ws["A1"] = "UBND PHƯỜNG TÂN ĐỊNH"; ws["A1"].font = Font(bold=True)
    ws["A2"] = "BIỂU TỔNG HỢP KẾT QUẢ KIỂM TRA AN TOÀN THỰC PHẨM 9 THÁNG NĂM 2026"; ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "(Kèm theo Báo cáo số 296/BC-UBND ngày 12/10/2026 của UBND phường Tân Định)"; ws["A3"].font = Font(italic=True)
    ws.append([])
    ws.append(["TT", "Loại hình cơ sở", "Số đã kiểm tra", "Tổng số trên địa bàn", "Số vi phạm", "Nhận định"])
    for c in ws[5]: c.font = Font(bold=True)
    for r in [[1, "Nhà hàng, quán ăn", 48, 215, 3, "Còn phải làm tiếp"],
              [2, "Bếp ăn tập thể trường học", 9, 9, 0, "Đã làm trọn"],
              [3, "Cơ sở kinh doanh thức ăn đường phố", 37, 160, 5, "Còn phải làm tiếp"]]:
        ws.append(r)
    xl_border(ws, "A5:F8")
    ws.append([]); ws.append(["", "Kiến nghị: Đề nghị Sở An toàn thực phẩm tập huấn kiến thức ATTP cho hộ kinh doanh thức ăn đường phố."])
    for col, w in zip("ABCDEF", [5, 40, 16, 18, 12, 20]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    key(fn, "26737", "Phường Tân Định", "296/BC-UBND", "2026-10-12", [], [], [], status="rejected",
        reason="Không phải báo cáo Kế hoạch CT38: phường gửi nhầm biểu tổng hợp kết quả kiểm tra an toàn thực phẩm 9 tháng năm 2026.")

def relibre(fn, fmt):
    """Re-save through LibreOffice as a real office would."""
    tmp = os.path.join(OUT, ".lo"); os.makedirs(tmp, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", tmp, os.path.join(OUT, fn)],
                   check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, fn), os.path.join(OUT, fn))
    shutil.rmtree(tmp, ignore_errors=True)

if __name__ == "__main__":
    for f in [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14, f15, f16]:
        f()
    relibre("27343_ChoLon_BC_CT38_2026.docx", "docx")
    relibre("26884_GoVap_Bieu_kem_BC377.xlsx", "xlsx")
    os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
    for fn, k in KEYS.items():
        k["sha256"] = hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest()
        with open(os.path.join(OUT, "truth", fn + ".json"), "w", encoding="utf-8") as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)
    print(len(KEYS), "files")
