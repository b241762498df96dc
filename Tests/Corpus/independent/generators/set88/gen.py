# -*- coding: utf-8 -*-
"""Generator for set88 (4 hands, 16 files). Writes files + truth keys."""
import hashlib, json, os, shutil, subprocess, tempfile, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}

SEND_TO = "Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh"
KH = "Kế hoạch số 112/KH-SKHCN ngày 20 tháng 01 năm 2026 của Sở Khoa học và Công nghệ"


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
                       unit={"id": unit_id, "name": unit_name},
                       document={"number": number, "date": date},
                       entries=[dict(task=t, status=s, indicators=ind, text=tx) for (t, s, ind, tx) in entries],
                       findings=[], difficulties=list(diffs) if status != "rejected" else [],
                       proposals=list(props) if status != "rejected" else [])


def vn_date(iso, place):
    y, m, d = iso.split("-")
    return f"{place}, ngày {d} tháng {m} năm {y}"


# ---------------------------------------------------------------- DOCX helpers
def base_doc(font="Times New Roman", size=13, landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is None:
        rf = rpr.makeelement('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts', {})
        rpr.append(rf)
    rf.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia', font)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return doc


def para(doc_or_cell, text="", bold=False, italic=False, align=None, size=None, underline=False, indent=None, space_after=None):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    return p


def cellp(cell, lines, bold=False, italic=False, align="c", size=12):
    cell.paragraphs[0].text = ""
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if isinstance(ln, tuple):
            txt, b, i = ln
        else:
            txt, b, i = ln, bold, italic
        r = p.add_run(txt); r.bold = b; r.italic = i; r.font.size = Pt(size)
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]


def header_table(doc, left, right, widths=(6.5, 9.5)):
    t = doc.add_table(rows=1, cols=2)
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w); t.rows[0].cells[i].width = Cm(w)
    cellp(t.rows[0].cells[0], left)
    cellp(t.rows[0].cells[1], right)
    return t


def grid(doc, rows, widths=None, bold_first=True, size=12, style="Table Grid", aligns=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            al = "c" if (i == 0 or aligns is None) else aligns[j]
            cellp(t.rows[i].cells[j], str(v).split("\n"), bold=(bold_first and i == 0), align=al, size=size)
            if widths: t.rows[i].cells[j].width = Cm(widths[j])
    return t


def sign_block(doc, left_lines, right_lines):
    t = doc.add_table(rows=1, cols=2)
    cellp(t.rows[0].cells[0], left_lines, align="l", size=11)
    cellp(t.rows[0].cells[1], right_lines, bold=True)


# ================================================================ HAND A
# Chị Hân — công chức Văn phòng HĐND-UBND phường (phường nội thành cũ).
# "Đặc điểm tình hình" with ward statistics first; results as untitled "- " paragraphs,
# each closed by a status clause after a semicolon.
def hand_a(fname, uid, uname, short, num, iso, title2, context, items, diffs, props, entries, signer,
           status="extracted", reason=None, intro=None):
    doc = base_doc()
    header_table(doc, [("ỦY BAN NHÂN DÂN", False, False), (uname.upper(), True, False), ("", False, False), (f"Số: {num}", False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False), ("", False, False),
                  (vn_date(iso, uname), False, True)])
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    para(doc, title2, bold=True, align="c")
    para(doc, f"Kính gửi: {SEND_TO}.", align="c")
    para(doc, intro or (f"Thực hiện {KH} về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 và Công văn đôn đốc báo cáo của Chi cục "
                        f"Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân {short} báo cáo kết quả thực hiện như sau:"), align="j", indent=1)
    para(doc, "I. ĐẶC ĐIỂM TÌNH HÌNH", bold=True)
    para(doc, context, align="j", indent=1)
    para(doc, "II. KẾT QUẢ THỰC HIỆN", bold=True)
    for it in items:
        para(doc, it, align="j", indent=1)
    para(doc, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for d in diffs:
        para(doc, "- " + d, align="j", indent=1)
    para(doc, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for p in props:
        para(doc, "- " + p, align="j", indent=1)
    para(doc, f"Trên đây là báo cáo của Ủy ban nhân dân {short}./.", align="j", indent=1)
    sign_block(doc, [("Nơi nhận:", True, True), "- Như trên;", "- Chi cục TĐC (để t/h);", "- TT.ĐU, TT.HĐND phường;", "- Lưu: VT, KT."],
               ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", signer])
    doc.save(os.path.join(OUT, fname))
    key(fname, uid, uname, num, iso, entries, diffs, props, status, reason)


def build_a():
    # A1 — Bến Thành
    e = [
        ("II.1.a", "completed", {"communications": 12},
         "- Phường đã lồng ghép tuyên truyền các quy định về tiêu chuẩn, đo lường, chất lượng vào các buổi họp khu phố, đăng 12 tin, bài trên trang thông tin điện tử và nhóm Zalo của phường, phát tờ rơi cho hộ kinh doanh tại chợ Bến Thành; đã hoàn thành."),
        ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 48, "violations": 5, "fines_vnd": 7500000},
         "- Phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đo lường tại chợ Bến Thành và chợ Thái Bình được 2 cuộc, kiểm tra 48 hộ kinh doanh có sử dụng cân, phát hiện 5 trường hợp sử dụng cân sai số vượt mức cho phép, xử phạt 7.500.000 đồng; đã hoàn thành."),
        ("II.5.a", "in_progress", {"inspections": 1, "establishments_inspected": 9},
         "- Cùng Đội Quản lý thị trường tổ chức 1 cuộc kiểm tra chất lượng hàng hóa (mũ bảo hiểm, đồ chơi trẻ em) tại 9 cửa hàng trên các tuyến đường Lê Thánh Tôn, Phạm Ngũ Lão, chưa phát hiện vi phạm; hiện đang tiếp tục thực hiện trong quý IV."),
        ("II.3.a", "completed", {"participants": 2},
         "- Cử 2 công chức phụ trách kinh tế tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức ngày 18/6/2026; đã hoàn thành."),
        ("II.2.đ", "in_progress", {},
         "- Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Bộ phận Một cửa phường, đã rà soát, cập nhật 27 quy trình giải quyết thủ tục hành chính sau sắp xếp; đang thực hiện."),
    ]
    hand_a("BC-CT38-PBenThanh.docx", "26743", "Phường Bến Thành", "phường Bến Thành", "412/BC-UBND", "2026-10-27",
           "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
           "Phường Bến Thành là trung tâm thương mại, dịch vụ của Thành phố, có 14 khu phố, 2 chợ truyền thống (chợ Bến Thành, chợ Thái Bình), 1 trung tâm thương mại lớn, khoảng 1.860 hộ kinh doanh cá thể, 6 cửa hàng xăng dầu và 35 cơ sở kinh doanh vàng bạc, đá quý. Lượng khách du lịch đông, hoạt động mua bán diễn ra cả ngày lẫn đêm nên công tác quản lý đo lường, chất lượng hàng hóa có nhiều đặc thù.",
           [x[3] for x in e],
           ["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng, cán bộ phụ trách kiêm nhiệm nhiều việc.",
            "Hộ kinh doanh tại chợ thay đổi thường xuyên, nhiều cân đang sử dụng không còn tem kiểm định."],
           ["Đề nghị Chi cục hỗ trợ phường 2 cân đối chứng để đặt tại chợ Thái Bình.",
            "Đề nghị Sở tiếp tục mở lớp tập huấn chuyên sâu cho công chức phường, xã trong năm 2027."],
           e, "Trương Minh Khoa")

    # A2 — Hòa Hưng
    e = [
        ("II.1.a", "completed", {"training_courses": 1, "participants": 85, "communications": 6},
         "- Tổ chức 1 hội nghị phổ biến quy định về đo lường, nhãn hàng hóa cho hộ kinh doanh tại chợ Hòa Hưng với 85 người tham dự; đăng 6 tin trên trang Facebook của phường; đã hoàn thành."),
        ("II.5.c", "completed", {"establishments_inspected": 3},
         "- Phối hợp Chi cục kiểm tra 3 cửa hàng xăng dầu trên địa bàn về đo lường, chất lượng xăng dầu, các cửa hàng đều chấp hành tốt quy định; đã hoàn thành."),
        ("II.2.d", "in_progress", {"enterprises_supported": 16},
         "- Hướng dẫn 16 hộ kinh doanh, doanh nghiệp về ghi nhãn hàng hóa và công bố tiêu chuẩn áp dụng đối với sản phẩm tự sản xuất; đang tiếp tục thực hiện."),
        ("II.5.d", "not_applicable", {},
         "- Tiếp nhận, xử lý phản ánh, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng: trong kỳ không phát sinh."),
        ("II.1.b", "not_started", {},
         "- Vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia: phường đã lập danh sách doanh nghiệp đang hoạt động nhưng chưa triển khai do chưa nhận được tài liệu hướng dẫn."),
    ]
    hand_a("BaoCao_CT38_HoaHung.docx", "27163", "Phường Hòa Hưng", "phường Hòa Hưng", "236/BC-UBND", "2026-10-30",
           "Tình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Chỉ thị số 38-CT/TW)",
           "Phường có 1 chợ truyền thống (chợ Hòa Hưng), 3 cửa hàng xăng dầu, khoảng 2.400 hộ kinh doanh cá thể và 41 doanh nghiệp đang hoạt động, chủ yếu thương mại, dịch vụ ăn uống. Sau sắp xếp đơn vị hành chính, địa bàn phường mở rộng, dân số khoảng 98.000 người.",
           [x[3] for x in e],
           ["Kinh phí cho hoạt động tuyên truyền về tiêu chuẩn, đo lường, chất lượng chưa được bố trí riêng, phải lồng ghép với các hoạt động khác."],
           ["Đề nghị Chi cục gửi tài liệu hướng dẫn Giải thưởng Chất lượng Quốc gia năm 2026 để phường phổ biến cho doanh nghiệp trên địa bàn."],
           e, "Lê Thị Thanh Tâm")

    # A3 — Phú Lợi
    e = [
        ("II.1.a", "completed", {"communications": 32},
         "- Đăng, phát 32 tin, bài về Chỉ thị số 38-CT/TW và Luật Đo lường (trong đó 24 tin phát trên hệ thống loa truyền thanh khu phố, còn lại đăng trên cổng thông tin phường); đã hoàn thành."),
        ("II.5.c", "completed", {"instruments_verified": 215, "inspections": 2, "establishments_inspected": 26, "violations": 2, "fines_vnd": 3000000},
         "- Phối hợp Chi cục và Trung tâm Dịch vụ Phân tích thí nghiệm tổ chức kiểm định 215 cân đồng hồ, cân điện tử tại 3 chợ; kiểm tra 2 cuộc tại 26 hộ kinh doanh, xử phạt 2 trường hợp với số tiền 3.000.000 đồng; đã hoàn thành."),
        ("II.2.a", "in_progress", {"enterprises_supported": 5},
         "- Hỗ trợ 5 cơ sở sản xuất bánh tráng, nem chua trên địa bàn đăng ký tham gia hệ thống truy xuất nguồn gốc của Thành phố; đang thực hiện."),
        ("II.3.a", "completed", {"participants": 3},
         "- Cử 3 lượt cán bộ tham dự tập huấn trực tuyến về công tác tiêu chuẩn, đo lường, chất lượng; đã hoàn thành."),
    ]
    hand_a("PhuLoi_baocao_TDC_10thang.docx", "25750", "Phường Phú Lợi", "phường Phú Lợi", "198/BC-UBND", "2026-11-02",
           "Kết quả triển khai Chỉ thị số 38-CT/TW của Ban Bí thư về công tác tiêu chuẩn, đo lường, chất lượng 10 tháng năm 2026",
           "Phường có 3 chợ, khoảng 1.120 hộ kinh doanh, 9 cửa hàng xăng dầu và 2 khu dân cư tập trung nhiều cơ sở sản xuất nhỏ (bánh tráng, nem chua, chế biến thực phẩm).",
           [x[3] for x in e],
           ["Các cơ sở sản xuất nhỏ lẻ chưa quan tâm việc truy xuất nguồn gốc, còn ngại chi phí tem."],
           ["Kiến nghị Sở hỗ trợ chi phí tem truy xuất nguồn gốc cho hộ sản xuất nhỏ trong năm đầu tham gia."],
           e, "Nguyễn Văn Hùng")

    # A4 — mistaken: an toàn thực phẩm
    items = [
        "- Ban Chỉ đạo phường ban hành kế hoạch kiểm tra an toàn thực phẩm dịp Tết Trung thu; tổ chức 4 đoàn kiểm tra liên ngành tại 63 cơ sở kinh doanh dịch vụ ăn uống, bếp ăn tập thể; đã hoàn thành.",
        "- Xử phạt 6 cơ sở vi phạm điều kiện bảo đảm an toàn thực phẩm với số tiền 21.000.000 đồng; tiêu hủy 35 kg bánh trung thu không rõ nguồn gốc.",
        "- Tuyên truyền về an toàn thực phẩm trên loa phát thanh 40 lượt, cấp phát 1.500 tờ bướm cho người dân; đang tiếp tục thực hiện.",
    ]
    hand_a("TangNhonPhu_BC_ATTP_9T.docx", "26842", "Phường Tăng Nhơn Phú", "phường Tăng Nhơn Phú", "301/BC-UBND", "2026-10-20",
           "Kết quả công tác bảo đảm an toàn thực phẩm 9 tháng đầu năm 2026",
           "Phường có 4 chợ, 2 siêu thị, 718 cơ sở kinh doanh dịch vụ ăn uống, 46 bếp ăn tập thể tại doanh nghiệp và trường học; 12 cơ sở sản xuất thực phẩm quy mô nhỏ.",
           items,
           ["Lực lượng làm công tác an toàn thực phẩm ở phường còn mỏng, chưa có kinh phí test nhanh."],
           ["Đề nghị Sở An toàn thực phẩm cấp bộ test nhanh cho phường."],
           [], "Phạm Quốc Việt", status="rejected",
           reason="Báo cáo về an toàn thực phẩm, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm)",
           intro="Thực hiện Kế hoạch số 57/KH-BCĐ ngày 15/01/2026 của Ban Chỉ đạo liên ngành về an toàn thực phẩm, Ủy ban nhân dân phường Tăng Nhơn Phú báo cáo kết quả như sau:")


# ================================================================ HAND B
# Anh Tùng — công chức Văn phòng UBND xã. The Sở's six-column Excel form
# (STT | Nhiệm vụ | Kết quả | Tiến độ | Khó khăn | Đề xuất) with per-row difficulty and
# proposal cells filled "Không" when there is none; money as "4,5 tr".
thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)


def hand_b(fname, uid, uname, place, num, iso, title, rows, signer, entries, status="extracted", reason=None, sheet="Bieu BC"):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    widths = [6, 34, 46, 16, 30, 30]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = "UBND XÃ " + uname.replace("Xã ", "").upper(); ws["A1"].font = Font(bold=True)
    ws["A2"] = f"Số: {num}"
    ws.merge_cells("D1:F1"); ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(bold=True)
    ws.merge_cells("D2:F2"); ws["D2"] = "Độc lập - Tự do - Hạnh phúc"; ws["D2"].font = Font(bold=True)
    ws.merge_cells("D3:F3"); ws["D3"] = vn_date(iso, place); ws["D3"].font = Font(italic=True)
    for c in ("D1", "D2", "D3"):
        ws[c].alignment = Alignment(horizontal="center")
    ws.merge_cells("A5:F5"); ws["A5"] = title; ws["A5"].font = Font(bold=True, size=13)
    ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True); ws.row_dimensions[5].height = 36
    ws.merge_cells("A6:F6"); ws["A6"] = "(Mẫu biểu kèm theo Công văn đôn đốc của Chi cục Tiêu chuẩn Đo lường Chất lượng)"
    ws["A6"].font = Font(italic=True); ws["A6"].alignment = Alignment(horizontal="center")
    hdr = ["STT", "Nhiệm vụ", "Kết quả thực hiện", "Tiến độ", "Khó khăn, vướng mắc", "Đề xuất, kiến nghị"]
    r = 8
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r, j, h); c.font = Font(bold=True); c.border = BORDER
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, row in enumerate(rows, 1):
        r += 1
        vals = [i] + list(row)
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.border = BORDER
            c.alignment = Alignment(vertical="top", wrap_text=True, horizontal="center" if j in (1, 4) else None)
    r += 2
    ws.cell(r, 2, "NGƯỜI LẬP BIỂU").font = Font(bold=True)
    ws.cell(r, 5, "KT. CHỦ TỊCH").font = Font(bold=True)
    ws.cell(r + 1, 5, "PHÓ CHỦ TỊCH").font = Font(bold=True)
    ws.cell(r + 5, 2, "Lê Văn Tùng")
    ws.cell(r + 5, 5, signer).font = Font(bold=True)
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fname))
    diffs = [x[3] for x in rows if x[3] != "Không"]
    props = [x[4] for x in rows if x[4] != "Không"]
    key(fname, uid, uname, num, iso, entries, diffs, props, status, reason)


def build_b():
    TIT = "BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"
    # B1 Bàu Lâm
    rows = [
        ("Tuyên truyền về đo lường, chất lượng cho bà con, hộ kinh doanh",
         "Phát 15 tin trên đài truyền thanh xã; lồng ghép tuyên truyền tại các buổi họp ấp", "Đã thực hiện", "Không", "Không"),
        ("Kiểm tra cân tại chợ Bàu Lâm (phối hợp Chi cục)",
         "1 cuộc, kiểm tra 32 cân của 30 hộ kinh doanh; 4 trường hợp cân không đạt, lập biên bản nhắc nhở", "Đã thực hiện",
         "Xã chưa có cân đối chứng đặt tại chợ.", "Đề nghị Chi cục cấp 01 cân đối chứng cho chợ Bàu Lâm."),
        ("Cử cán bộ dự tập huấn", "2 người dự lớp tập huấn do Chi cục mở tháng 7/2026", "Đã thực hiện", "Không", "Không"),
        ("Hướng dẫn HTX, cơ sở làm tem truy xuất nguồn gốc hồ tiêu",
         "Hướng dẫn 7 đơn vị (3 HTX, 4 cơ sở thu mua) đăng ký tài khoản trên hệ thống truy xuất", "Đang thực hiện",
         "HTX thiếu người biết công nghệ thông tin để cập nhật dữ liệu lên hệ thống.",
         "Đề nghị Sở mở lớp hướng dẫn riêng cho HTX nông nghiệp."),
        ("Phối hợp kiểm tra nhãn hàng hóa phân bón tại cửa hàng vật tư nông nghiệp",
         "Cùng Đội QLTT kiểm tra 2 cửa hàng, 1 cơ sở vi phạm ghi nhãn, phạt 4,5 tr", "Đã thực hiện", "Không", "Không"),
        ("Tiếp nhận tố giác vi phạm về TC-ĐL-CL", "Không có", "Chưa phát sinh", "Không", "Không"),
    ]
    e = [("II.1.a", "completed", {"communications": 15}, rows[0][1]),
         ("II.5.c", "completed", {"inspections": 1, "establishments_inspected": 30, "violations": 4}, rows[1][1]),
         ("II.3.a", "completed", {"participants": 2}, rows[2][1]),
         ("II.2.a", "in_progress", {"enterprises_supported": 7}, rows[3][1]),
         ("II.5.a", "completed", {"establishments_inspected": 2, "violations": 1, "fines_vnd": 4500000}, rows[4][1]),
         ("II.5.d", "not_applicable", {}, rows[5][1])]
    hand_b("Bieu_CT38_XaBauLam.xlsx", "26638", "Xã Bàu Lâm", "Bàu Lâm", "168/BC-UBND", "2026-10-29", TIT, rows, "Đỗ Văn Lực", e)

    # B2 Phú Giáo
    rows = [
        ("Thông tin, tuyên truyền Chỉ thị 38", "Đăng 9 tin bài trên trang TTĐT xã, treo băng rôn tại trụ sở và chợ", "Đã thực hiện", "Không", "Không"),
        ("Áp dụng ISO 9001 tại UBND xã", "Đã công bố lại hệ thống QLCL phù hợp TCVN ISO 9001:2015 sau sắp xếp bộ máy", "Đã thực hiện", "Không", "Không"),
        ("Phối hợp kiểm tra cân chợ, cửa hàng xăng dầu",
         "2 cuộc kiểm tra tại 17 cơ sở, 3 cơ sở vi phạm, phạt 6,75 tr", "Đã thực hiện", "Lực lượng kiểm tra của xã mỏng, chưa được tập huấn nghiệp vụ đo lường.", "Không"),
        ("Vận động DN dự Giải thưởng Chất lượng Quốc gia", "Giới thiệu 1 DN (Công ty TNHH Cao su Phú Giáo) làm hồ sơ tham dự", "Đang thực hiện", "Không", "Không"),
        ("Cử cán bộ dự tập huấn nghiệp vụ TC-ĐL-CL", "Chưa cử, chờ lịch lớp của Chi cục", "Chưa thực hiện",
         "Cán bộ kiêm nhiệm nhiều việc, khó bố trí thời gian đi học tập trung.", "Đề nghị Chi cục mở lớp tập huấn trực tuyến cho công chức xã."),
    ]
    e = [("II.1.a", "completed", {"communications": 9}, rows[0][1]),
         ("II.3.a", "not_started", {}, rows[4][1]),
         ("II.2.đ", "completed", {}, rows[1][1]),
         ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 17, "violations": 3, "fines_vnd": 6750000}, rows[2][1]),
         ("II.1.b", "in_progress", {"enterprises_supported": 1}, rows[3][1])]
    hand_b("PhuGiao - bieu bao cao CT38 nam 2026.xlsx", "25858", "Xã Phú Giáo", "Phú Giáo", "214/BC-UBND", "2026-10-28", TIT, rows, "Huỳnh Thị Mỹ Dung", e)

    # B3 Phước Hải
    rows = [
        ("Tuyên truyền cho ngư dân, tiểu thương chợ cá", "Phát 20 tin trên loa; tổ chức 1 buổi tập huấn có 64 người dự", "Đã thực hiện", "Không", "Không"),
        ("Kiểm định, kiểm tra cân tại chợ hải sản Phước Hải",
         "Phối hợp Trung tâm kiểm định 142 cân; kiểm tra 1 cuộc 40 hộ, 6 trường hợp vi phạm, phạt 9 tr", "Đã thực hiện", "Không", "Không"),
        ("Hỗ trợ cơ sở nước mắm công bố chất lượng, mã số mã vạch", "Hướng dẫn 6 cơ sở lập hồ sơ", "Đang thực hiện",
         "Cơ sở chế biến nhỏ, hồ sơ công bố còn thiếu phiếu kết quả thử nghiệm.", "Đề nghị giảm phí thử nghiệm mẫu nước mắm cho cơ sở nhỏ."),
        ("Cử cán bộ dự tập huấn nghiệp vụ", "Chưa cử (chưa có lớp phù hợp)", "Chưa thực hiện", "Không", "Không"),
        ("Tố giác vi phạm", "Không phát sinh", "Không phát sinh", "Không", "Không"),
    ]
    e = [("II.1.a", "completed", {"communications": 20, "training_courses": 1, "participants": 64}, rows[0][1]),
         ("II.5.c", "completed", {"instruments_verified": 142, "inspections": 1, "establishments_inspected": 40, "violations": 6, "fines_vnd": 9000000}, rows[1][1]),
         ("II.2.d", "in_progress", {"enterprises_supported": 6}, rows[2][1]),
         ("II.3.a", "not_started", {}, rows[3][1]),
         ("II.5.d", "not_applicable", {}, rows[4][1])]
    hand_b("XaPhuocHai_CT38.xlsx", "26686", "Xã Phước Hải", "Phước Hải", "175/BC-UBND", "2026-10-26", TIT, rows, "Trần Văn Sáu", e)

    # B4 Bà Điểm (re-saved through LibreOffice later)
    rows = [
        ("Tuyên truyền, phổ biến pháp luật TC-ĐL-CL", "12 tin bài; 1 hội nghị có 150 đại biểu là hộ kinh doanh, tiểu thương", "Đã thực hiện", "Không", "Không"),
        ("Phối hợp kiểm tra đo lường chợ Bà Điểm, cây xăng", "3 cuộc, 44 cơ sở, 7 cơ sở vi phạm, phạt 12,5 tr", "Đã thực hiện",
         "Nhiều hộ kinh doanh tạm, không cố định nên khó quản lý.", "Đề nghị Chi cục tăng số đợt kiểm định cân tại chợ."),
        ("Truy xuất nguồn gốc thực phẩm tươi sống", "Hướng dẫn 4 cơ sở giết mổ, sơ chế tham gia hệ thống", "Đang thực hiện", "Không", "Không"),
        ("Cử công chức dự tập huấn", "3 công chức dự", "Đã thực hiện", "Không", "Không"),
        ("Khen thưởng, bảo vệ người tố giác", "Không có trường hợp", "Chưa phát sinh", "Không", "Không"),
    ]
    e = [("II.1.a", "completed", {"communications": 12, "training_courses": 1, "participants": 150}, rows[0][1]),
         ("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 44, "violations": 7, "fines_vnd": 12500000}, rows[1][1]),
         ("II.2.a", "in_progress", {"enterprises_supported": 4}, rows[2][1]),
         ("II.3.a", "completed", {"participants": 3}, rows[3][1]),
         ("II.5.d", "not_applicable", {}, rows[4][1])]
    hand_b("BaDiem_BieuCT38.xlsx", "27592", "Xã Bà Điểm", "Bà Điểm", "322/BC-UBND", "2026-10-31", TIT, rows, "Nguyễn Thành Nhân", e)

    # B5 mistaken: giảm nghèo
    rows = [
        ("Rà soát hộ nghèo, cận nghèo năm 2026", "Rà soát 12 ấp, còn 38 hộ nghèo, 64 hộ cận nghèo", "Đã thực hiện", "Không", "Không"),
        ("Hỗ trợ sinh kế", "Hỗ trợ 15 con bò giống cho 15 hộ, kinh phí 225 tr", "Đang thực hiện", "Hộ nghèo thiếu đất sản xuất.", "Không"),
        ("Hỗ trợ nhà ở", "Xây mới 3 căn nhà tình thương", "Đang thực hiện", "Không", "Đề nghị bổ sung vốn xây nhà cho hộ nghèo vùng ven biển."),
    ]
    hand_b("BinhChau_bieu_giam_ngheo.xlsx", "26656", "Xã Bình Châu", "Bình Châu", "207/BC-UBND", "2026-10-22",
           "BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG NĂM 2026", rows, "Võ Thị Hồng", [],
           status="rejected", reason="Biểu báo cáo về Chương trình MTQG giảm nghèo bền vững, không phải báo cáo Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm)")


# ================================================================ HAND C
# Phòng tổng hợp of a city department: sections by the department's own fields with
# whole-sector totals, the plan's share after "trong đó", and an "Đối chiếu Kế hoạch:" line.
def hand_c_docx(fname, uid, uname, abbr, num, iso, intro, sections, diffs, props, entries, signer):
    doc = base_doc(size=13)
    header_table(doc, [("ỦY BAN NHÂN DÂN", False, False), ("THÀNH PHỐ HỒ CHÍ MINH", False, False), (uname.upper(), True, False), ("", False, False), (f"Số: {num}", False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False), ("", False, False), ("", False, False),
                  (vn_date(iso, "Thành phố Hồ Chí Minh"), False, True)], widths=(7, 9))
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    para(doc, "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 về công tác tiêu chuẩn, đo lường, chất lượng", bold=True, align="c")
    para(doc, "Kính gửi: Sở Khoa học và Công nghệ.", align="c")
    para(doc, intro, align="j", indent=1.27)
    para(doc, "I. KẾT QUẢ THỰC HIỆN THEO LĨNH VỰC", bold=True)
    for (head, paras, verdict) in sections:
        para(doc, head, bold=True, indent=1.27)
        for p in paras:
            para(doc, p, align="j", indent=1.27)
        p = para(doc, "", indent=1.27)
        r = p.add_run("Đối chiếu Kế hoạch: "); r.bold = True
        p.add_run(verdict)
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for d in diffs:
        para(doc, d, align="j", indent=1.27)
    para(doc, "III. KIẾN NGHỊ", bold=True)
    for pp in props:
        para(doc, pp, align="j", indent=1.27)
    para(doc, f"{uname} báo cáo để Sở Khoa học và Công nghệ tổng hợp./.", align="j", indent=1.27)
    sign_block(doc, [("Nơi nhận:", True, True), "- Như trên;", "- Giám đốc Sở (để b/c);", f"- Lưu: VT, {abbr}."],
               ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", signer])
    doc.save(os.path.join(OUT, fname))
    key(fname, uid, uname, num, iso, entries, diffs, props)


def build_c():
    # C1 Sở Công Thương
    s1 = ("1. Lĩnh vực thông tin, tuyên truyền",
          ["Trong 10 tháng năm 2026, Sở đăng tải 46 tin, bài về hoạt động của ngành công thương, trong đó có 9 tin, bài liên quan đến tiêu chuẩn, đo lường, chất lượng, nhãn hàng hóa; phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 1 hội nghị phổ biến quy định về chất lượng xăng dầu, khí cho 120 đại biểu doanh nghiệp."],
          "đã hoàn thành.")
    s2 = ("2. Lĩnh vực kiểm tra chuyên ngành",
          ["Sở đã tổ chức 38 cuộc thanh tra, kiểm tra chuyên ngành trên các lĩnh vực được giao; trong đó 11 cuộc kiểm tra về chất lượng, đo lường xăng dầu, khí dầu mỏ hóa lỏng tại 64 cơ sở, phát hiện 9 cơ sở vi phạm, xử phạt vi phạm hành chính 186.500.000 đồng (trên tổng số 1.240.000.000 đồng tiền phạt của toàn ngành)."],
          "đang thực hiện (kế hoạch kiểm tra quý IV còn 2 cuộc chưa tiến hành).")
    s3 = ("3. Lĩnh vực xây dựng, góp ý tiêu chuẩn, quy chuẩn",
          ["Sở đã có ý kiến góp ý đối với 4 dự thảo tiêu chuẩn, quy chuẩn kỹ thuật quốc gia về xăng dầu, khí và an toàn điện theo đề nghị của Bộ Công Thương và Bộ Khoa học và Công nghệ."],
          "đã hoàn thành.")
    s4 = ("4. Lĩnh vực khuyến công, hỗ trợ doanh nghiệp",
          ["Chương trình khuyến công năm 2026 đã hỗ trợ 27 doanh nghiệp công nghiệp nông thôn; trong đó 6 doanh nghiệp được hỗ trợ xây dựng, áp dụng hệ thống quản lý chất lượng ISO 9001, ISO 22000."],
          "đang thực hiện.")
    e = [("II.1.a", "completed", {"communications": 9, "training_courses": 1, "participants": 120}, s1[1][0]),
         ("II.5.a", "in_progress", {"inspections": 11, "establishments_inspected": 64, "violations": 9, "fines_vnd": 186500000}, s2[1][0]),
         ("II.2.e", "completed", {"standards_reviewed": 4}, s3[1][0]),
         ("II.2.d", "in_progress", {"enterprises_supported": 6}, s4[1][0])]
    hand_c_docx("SCT_BC_phoi_hop_KH_CT38.docx", "SO-CT", "Sở Công Thương", "VP", "5210/BC-SCT", "2026-10-28",
                f"Sở Công Thương nhận được Công văn của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện {KH}. Sở Công Thương báo cáo kết quả phối hợp thực hiện theo các lĩnh vực do Sở quản lý như sau:",
                [s1, s2, s3, s4],
                ["Một số quy chuẩn kỹ thuật về xăng dầu đang trong quá trình sửa đổi nên việc kiểm tra tại cơ sở còn lúng túng."],
                ["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng xăng dầu để phối hợp xây dựng kế hoạch kiểm tra năm 2027."],
                e, "Nguyễn Nguyên Phương")

    # C2 Sở Y tế
    s1 = ("1. Lĩnh vực trang thiết bị y tế",
          ["Sở đã thực hiện 24 cuộc kiểm tra cơ sở kinh doanh, sử dụng trang thiết bị y tế; trong đó 7 cuộc kiểm tra về đo lường đối với phương tiện đo nhóm 2 (huyết áp kế, nhiệt kế y học) tại 31 cơ sở, phát hiện 3 cơ sở sử dụng phương tiện đo chưa được kiểm định, xử phạt 45.000.000 đồng."],
          "đã hoàn thành.")
    s2 = ("2. Lĩnh vực xây dựng, góp ý quy chuẩn kỹ thuật",
          ["Sở góp ý 3 dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Y tế chủ trì soạn thảo (về nước sạch sinh hoạt, bức xạ trong y tế)."],
          "đã hoàn thành.")
    s3 = ("3. Hệ thống quản lý chất lượng tại cơ quan",
          ["Văn phòng Sở tiếp tục duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; đang chuyển đổi các quy trình sang môi trường điện tử theo hướng dẫn của Sở Khoa học và Công nghệ."],
          "đang thực hiện.")
    s4 = ("4. Đào tạo, bồi dưỡng",
          ["Sở đã cử 12 lượt công chức, viên chức tham dự các khóa tập huấn về đo lường, chất lượng trong lĩnh vực y tế do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức."],
          "đã hoàn thành.")
    e = [("II.5.a", "completed", {"inspections": 7, "establishments_inspected": 31, "violations": 3, "fines_vnd": 45000000}, s1[1][0]),
         ("II.2.e", "completed", {"standards_reviewed": 3}, s2[1][0]),
         ("II.2.đ", "in_progress", {}, s3[1][0]),
         ("II.3.a", "completed", {"participants": 12}, s4[1][0])]
    hand_c_docx("SYT_baocao_CT38_2026.docx", "SO-YT", "Sở Y tế", "NVY", "4417/BC-SYT", "2026-10-30",
                f"Thực hiện {KH} và đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng, Sở Y tế báo cáo kết quả phối hợp thực hiện các nội dung liên quan như sau:",
                [s1, s2, s3, s4],
                ["Số lượng phương tiện đo dùng trong y tế lớn, năng lực kiểm định trên địa bàn chưa đáp ứng kịp nhu cầu của các cơ sở khám bệnh, chữa bệnh."],
                ["Đề nghị Trung tâm Dịch vụ Phân tích thí nghiệm bố trí lịch kiểm định lưu động tại các bệnh viện, trạm y tế tuyến cơ sở."],
                e, "Tăng Chí Thượng")


def build_c_xlsx():
    # C3 Sở NN&MT — same hand in Excel: whole-sector columns and "Trong đó" columns + "Đối chiếu KH 38"
    fname = "SNNMT_phuluc_TDC_2026.xlsx"
    uid, uname, num, iso = "SO-NNMT", "Sở Nông nghiệp và Môi trường", "3890/BC-SNNMT", "2026-10-29"
    wb = Workbook(); ws = wb.active; ws.title = "Phu luc"
    ws["A1"] = "UBND THÀNH PHỐ HỒ CHÍ MINH"; ws["A2"] = "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"; ws["A2"].font = Font(bold=True)
    ws.merge_cells("H1:N1"); ws["H1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["H1"].font = Font(bold=True)
    ws.merge_cells("H2:N2"); ws["H2"] = "Độc lập - Tự do - Hạnh phúc"
    ws.merge_cells("A4:N4"); ws["A4"] = "PHỤ LỤC KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"; ws["A4"].font = Font(bold=True, size=13)
    ws.merge_cells("A5:N5"); ws["A5"] = f"(Kèm theo Báo cáo số {num} ngày 29/10/2026 của Sở Nông nghiệp và Môi trường)"; ws["A5"].font = Font(italic=True)
    for c in ("H1", "H2", "A4", "A5"):
        ws[c].alignment = Alignment(horizontal="center")
    # two-row header
    h1 = ["TT", "Lĩnh vực", "Toàn ngành", None, None, None, "Trong đó: tiêu chuẩn, đo lường, chất lượng", None, None, None, None, None, None, "Đối chiếu KH 38"]
    h2 = [None, None, "Số cuộc", "Số cơ sở", "Số vi phạm", "Tiền phạt (đồng)", "Số cuộc", "Số cơ sở", "Số vi phạm", "Tiền phạt (đồng)", "Mẫu lấy, khảo sát", "DN, HTX được hỗ trợ", "TC, QC góp ý", None]
    for j, v in enumerate(h1, 1):
        ws.cell(7, j, v)
    for j, v in enumerate(h2, 1):
        ws.cell(8, j, v)
    for rng in ("A7:A8", "B7:B8", "C7:F7", "G7:M7", "N7:N8"):
        ws.merge_cells(rng)
    rows = [
        (1, "Phân bón, thuốc bảo vệ thực vật, giống cây trồng", 52, 310, 41, 825000000, 14, 96, 12, 214000000, None, None, None, "Đang thực hiện"),
        (2, "Khảo sát chất lượng nông sản, thức ăn chăn nuôi", None, None, None, None, None, None, None, None, 85, None, None, "Hoàn thành"),
        (3, "Truy xuất nguồn gốc nông sản, thủy sản", None, None, None, None, None, None, None, None, None, 23, None, "Đang thực hiện"),
        (4, "Xây dựng, góp ý QCVN, quy chuẩn địa phương", None, None, None, None, None, None, None, None, None, None, 5, "Hoàn thành"),
    ]
    r = 8
    for row in rows:
        r += 1
        for j, v in enumerate(row, 1):
            c = ws.cell(r, j, v)
            if j in (6, 10) and v:
                c.number_format = "#,##0"
    for rr in range(7, r + 1):
        for j in range(1, 15):
            c = ws.cell(rr, j); c.border = BORDER
            c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="left" if j == 2 else "center")
            if rr <= 8: c.font = Font(bold=True)
    ws.column_dimensions["B"].width = 40
    for col in "CDEFGHIJKLM":
        ws.column_dimensions[col].width = 12
    ws.column_dimensions["F"].width = 15; ws.column_dimensions["J"].width = 15; ws.column_dimensions["N"].width = 17
    diffs = ["Hàng hóa nông nghiệp đa dạng, nhiều cơ sở kinh doanh nhỏ lẻ ở vùng ven, khó kiểm soát nguồn gốc.",
             "Chi phí phân tích mẫu phân bón cao so với kinh phí được giao."]
    props = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ dữ liệu kết quả thử nghiệm mẫu trên hệ thống cơ sở dữ liệu về chất lượng."]
    r += 2
    ws.cell(r, 1, "Khó khăn:").font = Font(bold=True)
    for d in diffs:
        r += 1; ws.cell(r, 2, "- " + d)
    r += 1
    ws.cell(r, 1, "Kiến nghị:").font = Font(bold=True)
    for p in props:
        r += 1; ws.cell(r, 2, "- " + p)
    r += 2
    ws.cell(r, 10, "KT. GIÁM ĐỐC").font = Font(bold=True)
    ws.cell(r + 1, 10, "PHÓ GIÁM ĐỐC").font = Font(bold=True)
    ws.cell(r + 5, 10, "Nguyễn Văn Phước").font = Font(bold=True)
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fname))
    e = [("II.5.a", "in_progress", {"inspections": 14, "establishments_inspected": 96, "violations": 12, "fines_vnd": 214000000}, rows[0][1]),
         ("II.5.b", "completed", {"samples_tested": 85}, rows[1][1]),
         ("II.2.a", "in_progress", {"enterprises_supported": 23}, rows[2][1]),
         ("II.2.e", "completed", {"standards_reviewed": 5}, rows[3][1])]
    key(fname, uid, uname, num, iso, e, diffs, props)


# ================================================================ HAND D
# Chị Thư — công chức Kinh tế (ward/commune). Short numbered items "(1)…(n)" with the
# status only; all figures in ONE transposed Word table at the end (indicators as rows,
# the numbered items as columns, "—" where empty).
IND_ROWS = [("communications", "Tin, bài tuyên truyền", "tin, bài"), ("training_courses", "Hội nghị, lớp tập huấn", "lớp"),
            ("participants", "Lượt người tham dự", "lượt"), ("enterprises_supported", "DN, cơ sở được hướng dẫn, hỗ trợ", "đơn vị"),
            ("inspections", "Cuộc kiểm tra", "cuộc"), ("establishments_inspected", "Cơ sở được kiểm tra", "cơ sở"),
            ("instruments_verified", "Cân, phương tiện đo được kiểm định", "chiếc"), ("violations", "Cơ sở vi phạm", "cơ sở"),
            ("fines_vnd", "Tiền phạt", "đồng")]


def dot(n):
    return f"{n:,}".replace(",", ".")


def hand_d(fname, uid, uname, short, num, iso, items, diffs, props, signer):
    """items: list of (task, status, indicators, title, body)"""
    doc = base_doc(font="Times New Roman", size=13)
    header_table(doc, [("UBND " + uname.upper(), True, False), ("_______", False, False), (f"Số: {num}", False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False), ("_______________", False, False),
                  (vn_date(iso, uname.split(" ", 1)[1]), False, True)])
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    para(doc, "Tình hình thực hiện nhiệm vụ tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c")
    para(doc, "(theo Kế hoạch triển khai Chỉ thị số 38-CT/TW của Sở Khoa học và Công nghệ)", italic=True, align="c")
    para(doc, f"Ủy ban nhân dân {short} báo cáo tình hình thực hiện các nội dung được giao trong năm 2026 như sau:", align="j", indent=1)
    para(doc, "I. CÁC NỘI DUNG ĐÃ TRIỂN KHAI", bold=True)
    for i, it in enumerate(items, 1):
        para(doc, f"({i}) {it[3]}", bold=True)
        para(doc, it[4], align="j", indent=1)
    used = [k for k, _, _ in IND_ROWS if any(k in it[2] for it in items)]
    if used:
        para(doc, "Số liệu cụ thể của từng nội dung như bảng sau:", italic=True, indent=1)
        rows = [["Chỉ tiêu", "ĐVT"] + [f"({i})" for i in range(1, len(items) + 1)]]
        for k, lab, unit in IND_ROWS:
            if k not in used:
                continue
            row = [lab, unit]
            for it in items:
                v = it[2].get(k)
                row.append("—" if v is None else dot(v))
            rows.append(row)
        grid(doc, rows, widths=[5.5, 1.8] + [1.9] * len(items), aligns=["l", "c"] + ["r"] * len(items), size=11)
    para(doc, "II. KHÓ KHĂN", bold=True)
    for d in diffs:
        para(doc, "- " + d, align="j", indent=1)
    para(doc, "III. KIẾN NGHỊ", bold=True)
    for p in props:
        para(doc, "- " + p, align="j", indent=1)
    sign_block(doc, [("Nơi nhận:", True, True), "- Sở KH&CN (qua Chi cục TĐC);", "- Lưu: VT."],
               ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", signer])
    doc.save(os.path.join(OUT, fname))
    entries = [(it[0], it[1], it[2], it[3] + ". " + it[4]) for it in items]
    key(fname, uid, uname, num, iso, entries, diffs, props)


def build_d():
    hand_d("TanHiep_BC_TDC_2026.docx", "25920", "Phường Tân Hiệp", "phường Tân Hiệp", "95 /BC-UBND", "2026-10-29", [
        ("II.1.a", "completed", {"communications": 18}, "Tuyên truyền Chỉ thị 38 và các quy định về đo lường, chất lượng",
         "Phường tuyên truyền trên loa truyền thanh, nhóm Zalo khu phố và tại chợ Tân Phước Khánh. Đã triển khai xong."),
        ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 35, "violations": 4, "fines_vnd": 8000000},
         "Kiểm tra đo lường, chất lượng tại chợ và cửa hàng xăng dầu (phối hợp Chi cục)",
         "Phường phối hợp Chi cục kiểm tra theo kế hoạch đợt 1 (tháng 4) và đợt 2 (tháng 9). Đã triển khai xong cả hai đợt."),
        ("II.3.a", "completed", {"participants": 2}, "Cử công chức dự tập huấn", "Phường cử công chức Kinh tế tham dự lớp do Chi cục tổ chức. Đã triển khai xong."),
        ("II.2.d", "in_progress", {"enterprises_supported": 11}, "Hướng dẫn doanh nghiệp công bố hợp chuẩn, hợp quy",
         "Phường hướng dẫn các doanh nghiệp sản xuất gốm, gỗ trên địa bàn. Đang triển khai."),
        ("II.5.d", "not_applicable", {}, "Xử lý tố giác vi phạm", "Không phát sinh."),
    ], ["Cán bộ kiêm nhiệm, không có chuyên môn về đo lường."],
       ["Đề nghị Chi cục cung cấp mẫu biên bản kiểm tra đo lường dùng cho cấp phường."], "Lý Thanh Hải")

    hand_d("BinhTan_BC_CT38.docx", "27442", "Phường Bình Tân", "phường Bình Tân", "511/BC-UBND", "2026-10-30", [
        ("II.1.a", "completed", {"communications": 25, "training_courses": 2, "participants": 230}, "Tuyên truyền, tập huấn cho doanh nghiệp, hộ kinh doanh",
         "Phường tổ chức các hội nghị phổ biến quy định về nhãn hàng hóa, đo lường cho doanh nghiệp trong khu công nghiệp và hộ kinh doanh. Đã triển khai xong."),
        ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 52, "violations": 6, "fines_vnd": 21500000},
         "Phối hợp kiểm tra đo lường, chất lượng xăng dầu, hàng đóng gói sẵn", "Đang triển khai, còn đợt kiểm tra tháng 11."),
        ("II.2.đ", "completed", {}, "Áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015", "Phường đã xây dựng, công bố hệ thống sau sắp xếp. Đã triển khai xong."),
        ("II.1.b", "in_progress", {"enterprises_supported": 3}, "Giới thiệu doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia",
         "Phường giới thiệu các doanh nghiệp đủ điều kiện cho Chi cục. Đang triển khai."),
        ("II.3.a", "not_started", {}, "Cử cán bộ dự tập huấn chuyên sâu", "Chưa triển khai (chưa nhận được thư mời)."),
    ], ["Số lượng doanh nghiệp, hộ kinh doanh lớn trong khi phường chỉ có 01 công chức phụ trách.",
        "Chưa có phần mềm theo dõi kết quả kiểm tra dùng chung với Chi cục."],
       ["Đề nghị Sở cho phường sử dụng phần mềm cơ sở dữ liệu kiểm tra của Chi cục."], "Võ Thành Công")

    hand_d("NgaiGiao_baocao_CT38.docx", "26575", "Xã Ngãi Giao", "xã Ngãi Giao", "142/BC-UBND", "2026-10-27", [
        ("II.1.a", "completed", {"communications": 10}, "Tuyên truyền", "Xã phát tin trên đài truyền thanh và trang thông tin điện tử. Đã triển khai xong."),
        ("II.5.c", "completed", {"inspections": 1, "establishments_inspected": 27, "instruments_verified": 96, "violations": 3, "fines_vnd": 4500000},
         "Kiểm tra, kiểm định cân tại chợ Ngãi Giao", "Xã phối hợp Chi cục và Trung tâm kiểm định cân cho tiểu thương và kiểm tra việc sử dụng cân. Đã triển khai xong."),
        ("II.2.a", "in_progress", {"enterprises_supported": 8}, "Truy xuất nguồn gốc sầu riêng, hồ tiêu",
         "Xã hướng dẫn hợp tác xã, tổ hợp tác cấp mã số vùng trồng và tham gia hệ thống truy xuất. Đang triển khai."),
        ("II.5.d", "not_applicable", {}, "Tố giác vi phạm", "Không phát sinh."),
    ], ["Thương lái thu mua nông sản không cố định nên khó quản lý cân."],
       ["Đề nghị Chi cục tổ chức kiểm định cân lưu động tại xã vào mùa thu hoạch sầu riêng."], "Nguyễn Hữu Tài")

    hand_d("CatLai_BC_TDC.docx", "27112", "Phường Cát Lái", "phường Cát Lái", "377/BC-UBND", "2026-11-03", [
        ("II.1.a", "completed", {"communications": 14, "training_courses": 1, "participants": 90}, "Tuyên truyền, phổ biến cho doanh nghiệp logistics và hộ kinh doanh",
         "Đã triển khai xong."),
        ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 21, "violations": 2, "fines_vnd": 5000000},
         "Phối hợp kiểm tra xăng dầu, hàng đóng gói sẵn", "Phường phối hợp Chi cục thực hiện. Đã triển khai xong."),
        ("II.2.đ", "in_progress", {}, "Duy trì ISO 9001 tại UBND phường", "Đang triển khai rà soát lại quy trình sau sắp xếp."),
        ("II.3.a", "completed", {"participants": 4}, "Cử công chức dự tập huấn", "Đã triển khai xong."),
        ("II.2.d", "in_progress", {"enterprises_supported": 5}, "Hướng dẫn doanh nghiệp về đo lường trong giao nhận hàng hóa", "Đang triển khai."),
    ], ["Doanh nghiệp logistics ít quan tâm đến phương tiện đo khối lượng dùng trong giao nhận."],
       ["Đề nghị Chi cục phối hợp tổ chức hội nghị chuyên đề cho doanh nghiệp khu vực cảng Cát Lái."], "Đặng Văn Bé")


# ================================================================ LibreOffice re-save + keys
def lo_resave(fname, fmt):
    src = os.path.join(OUT, fname)
    tmp = tempfile.mkdtemp()
    prof = tempfile.mkdtemp()
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt, "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, fname), src)
    shutil.rmtree(tmp, ignore_errors=True); shutil.rmtree(prof, ignore_errors=True)


if __name__ == "__main__":
    build_a(); build_b(); build_c(); build_c_xlsx(); build_d()
    lo_resave("CatLai_BC_TDC.docx", "docx")
    lo_resave("BaDiem_BieuCT38.xlsx", "xlsx")
    for fname, k in KEYS.items():
        k["sha256"] = hashlib.sha256(open(os.path.join(OUT, fname), "rb").read()).hexdigest()
        with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as f:
            json.dump(k, f, ensure_ascii=False, indent=2)
    print(len(KEYS), "files")
