# -*- coding: utf-8 -*-
"""Generator for set259: 16 reports in 5 hands + answer keys (sha256 filled by finalize.py)."""
import json, os, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
KEYS = {}


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": [{"task": t, "status": s, "indicators": ind, "text": tx} for (t, s, ind, tx) in entries],
        "findings": [], "difficulties": diffs, "proposals": props,
    }

# ---------------------------------------------------------------- docx helpers

def new_doc(font="Times New Roman", size=13, left=3.0):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    rf.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia', font)
    for s in d.sections:
        s.left_margin = Cm(left); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d


def para(d, parts, align=None, indent=True, space_after=4):
    """parts: str or list of (text, fmt) where fmt has b/i/u letters."""
    p = d.add_paragraph()
    if isinstance(parts, str):
        parts = [(parts, "")]
    for tx, f in parts:
        r = p.add_run(tx)
        r.bold = "b" in f or None
        r.italic = "i" in f or None
        r.underline = "u" in f or None
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, "j"):
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def header_table(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2)
    for cell, lines in zip(t.rows[0].cells, (left_lines, right_lines)):
        cell.paragraphs[0].text = ""
        first = True
        for tx, f in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            r = p.add_run(tx)
            r.bold = "b" in f or None
            r.italic = "i" in f or None
            r.underline = "u" in f or None
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
    return t


def sign(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2)
    for cell, lines in zip(t.rows[0].cells, (left_lines, right_lines)):
        first = True
        for tx, f in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            r = p.add_run(tx)
            r.bold = "b" in f or None
            r.italic = "i" in f or None
            r.font.size = Pt(11) if "s" in f else None
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT if "l" in f else WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)


QH = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "bu")]

# =====================================================================
# HAND 1 — chị Thu Hà, công chức Kinh tế phường: groups by VENUE
# ("Tại chợ …", "Tại các cửa hàng …", "Tại trụ sở …"); status as the clause
# "phường đã làm xong / đang làm dở / chưa làm tới"; money "2 triệu 500 nghìn đồng".
# =====================================================================

def h1_bari():
    fn = "26560-phuong-ba-ria-bc-ct38.docx"
    d = new_doc(size=13)
    header_table(d, [("ỦY BAN NHÂN DÂN", ""), ("PHƯỜNG BÀ RỊA", "b"), ("Số: 412/BC-UBND", "")],
                 QH + [("", ""), ("Bà Rịa, ngày 27 tháng 10 năm 2026", "i")])
    para(d, "", indent=False)
    para(d, [("BÁO CÁO", "b")], align="c", indent=False, space_after=0)
    para(d, [("Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng trên địa bàn phường năm 2026", "b")], align="c", indent=False, space_after=0)
    para(d, [("(theo Kế hoạch của Sở Khoa học và Công nghệ triển khai Chỉ thị số 38-CT/TW)", "i")], align="c", indent=False)
    para(d, "Thực hiện văn bản đôn đốc của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Bà Rịa báo cáo như sau:", align="j")
    para(d, [("I. TÌNH HÌNH CHUNG", "b")], indent=False)
    para(d, "Trên địa bàn phường hiện có 02 chợ (chợ Bà Rịa và chợ Long Toàn), 09 cửa hàng xăng dầu, khoảng 1.400 hộ kinh doanh cá thể. Công tác tiêu chuẩn, đo lường, chất lượng được phường giao Phòng Kinh tế tham mưu, phối hợp Ban quản lý chợ và Công an phường thực hiện.", align="j")
    para(d, [("II. KẾT QUẢ THỰC HIỆN", "b")], indent=False)
    para(d, [("1. Tại chợ Bà Rịa, chợ Long Toàn và các cửa hàng xăng dầu", "b")], indent=False)
    l1 = "– Kiểm tra cân, thước của tiểu thương và cột đo xăng dầu: phường đã làm xong, phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng được 03 cuộc, kiểm tra 46 hộ kinh doanh và cửa hàng, phát hiện 05 trường hợp dùng cân sai, xử phạt 2 triệu 500 nghìn đồng; đồng thời đưa đi kiểm định 02 cân đối chứng đặt tại cổng chợ."
    para(d, l1, align="j")
    para(d, "– Ban quản lý chợ niêm yết lại nội quy về cân đối chứng tại các cổng chợ, nhắc nhở tiểu thương tự kiểm tra cân trước khi bán.", align="j")
    para(d, [("2. Tại khu dân cư và các hộ kinh doanh", "b")], indent=False)
    l2 = "– Tuyên truyền Chỉ thị 38 và pháp luật về đo lường, nhãn hàng hóa: phường đang làm dở, đã đăng 06 tin, bài trên trang thông tin điện tử phường, tổ chức 01 hội nghị phổ biến cho hộ kinh doanh có 85 lượt người tham dự; còn tuyên truyền trên loa của các khu phố đến cuối năm."
    para(d, l2, align="j")
    para(d, [("3. Tại trụ sở Ủy ban nhân dân phường", "b")], indent=False)
    l3 = "– Áp dụng, duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Bộ phận Một cửa: phường đã làm xong việc rà soát, cập nhật các quy trình giải quyết thủ tục hành chính sau sắp xếp và công bố lại hệ thống trong tháng 8."
    para(d, l3, align="j")
    l4 = "– Cử cán bộ đi tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức: phường đã làm xong, cử 02 công chức tham dự lớp tháng 7."
    para(d, l4, align="j")
    para(d, [("III. KHÓ KHĂN, VƯỚNG MẮC", "b")], indent=False)
    k = ["Phường chưa có công chức chuyên trách về tiêu chuẩn, đo lường, chất lượng, cán bộ kinh tế kiêm nhiệm nhiều việc.",
         "Phường không có dụng cụ, thiết bị để kiểm tra nhanh cân, cột đo xăng dầu nên phải chờ Chi cục phối hợp."]
    for x in k:
        para(d, "- " + x, align="j")
    para(d, [("IV. ĐỀ XUẤT, KIẾN NGHỊ", "b")], indent=False)
    p_ = ["Đề nghị Chi cục hỗ trợ phường 01 bộ quả cân chuẩn để kiểm tra nhanh cân tại chợ.",
          "Đề nghị Sở Khoa học và Công nghệ mở thêm lớp tập huấn cho cán bộ khu phố về nhận biết hàng giả, hàng kém chất lượng."]
    for x in p_:
        para(d, "- " + x, align="j")
    para(d, "Trên đây là báo cáo của Ủy ban nhân dân phường Bà Rịa./.", align="j")
    sign(d, [("Nơi nhận:", "bil"), ("- Chi cục TĐC (để b/c);", "ls"), ("- TT.ĐU, TT.HĐND phường;", "ls"), ("- Lưu: VT, KT.", "ls")],
         [("TM. ỦY BAN NHÂN DÂN", "b"), ("KT. CHỦ TỊCH", "b"), ("PHÓ CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Lê Văn Thông", "b")])
    d.save(os.path.join(OUT, fn))
    key(fn, "26560", "Phường Bà Rịa", "412/BC-UBND", "2026-10-27", [
        ("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 46, "violations": 5, "fines_vnd": 2500000, "instruments_verified": 2}, l1[2:]),
        ("II.1.a", "in_progress", {"communications": 6, "training_courses": 1, "participants": 85}, l2[2:]),
        ("II.2.đ", "completed", {}, l3[2:]),
        ("II.3.a", "completed", {"participants": 2}, l4[2:]),
    ], k, p_)


def h1_laithieu():
    fn = "25966-lai-thieu-bao-cao-tdc-2026.docx"
    d = new_doc(size=14)
    header_table(d, [("UBND PHƯỜNG LÁI THIÊU", "b"), ("Số: 1187/BC-UBND", "")],
                 QH + [("Lái Thiêu, ngày 04 tháng 11 năm 2026", "i")])
    para(d, "", indent=False)
    para(d, [("BÁO CÁO", "b")], align="c", indent=False, space_after=0)
    para(d, [("Tình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026", "b")], align="c", indent=False)
    para(d, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh (qua Chi cục Tiêu chuẩn Đo lường Chất lượng).", indent=False)
    para(d, "Ủy ban nhân dân phường Lái Thiêu báo cáo kết quả thực hiện các nội dung được giao trong năm 2026 như sau:", align="j")
    para(d, [("1. Tại chợ Lái Thiêu", "b")], indent=False)
    l1 = "Kiểm tra cân của tiểu thương: phường đã làm xong 02 đợt (đợt 1 trước Tết, đợt 2 tháng 8), kiểm tra 31 hộ kinh doanh, phát hiện 03 hộ sử dụng cân thiếu, xử phạt 1 triệu 800 nghìn đồng, buộc thay cân mới."
    para(d, l1, align="j")
    l1b = "Tiếp nhận phản ánh của người dân về cân gian: phường đã làm xong việc xác minh 01 tin báo của người mua hàng, chuyển kết quả cho Ban quản lý chợ xử lý, có thư cảm ơn người báo tin."
    para(d, l1b, align="j")
    para(d, [("2. Tại các cơ sở sản xuất gốm sứ, chế biến gỗ trên địa bàn", "b")], indent=False)
    l2 = "Hướng dẫn áp dụng tem truy xuất nguồn gốc và các công cụ năng suất: phường đang làm dở, đã cùng Chi cục hướng dẫn được 04 doanh nghiệp gốm sứ đăng ký tham gia, dự kiến hết năm thêm 02 doanh nghiệp."
    para(d, l2, align="j")
    l3 = "Vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia: phường đã làm xong việc gửi thư mời và gặp trực tiếp 03 doanh nghiệp, tuy nhiên năm nay chưa có doanh nghiệp nào nộp hồ sơ."
    para(d, l3, align="j")
    para(d, [("3. Tại trụ sở phường", "b")], indent=False)
    l4 = "Xây dựng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho phường mới sau sắp xếp: phường chưa làm tới, đang chờ hướng dẫn khung quy trình dùng chung của Thành phố."
    para(d, l4, align="j")
    para(d, [("4. Khó khăn", "b")], indent=False)
    k = ["Số hộ kinh doanh tại chợ thay đổi thường xuyên, nhiều hộ bán tạm thời nên khó quản lý cân.",
         "Kinh phí của phường cho hoạt động tuyên truyền, kiểm tra về đo lường, chất lượng còn hạn chế."]
    for x in k:
        para(d, "- " + x, align="j")
    para(d, [("5. Kiến nghị", "b")], indent=False)
    p_ = ["Kiến nghị Sở sớm ban hành khung hệ thống quản lý chất lượng dùng chung cho phường, xã sau sắp xếp."]
    for x in p_:
        para(d, "- " + x, align="j")
    sign(d, [("Nơi nhận:", "bil"), ("- Như trên;", "ls"), ("- Lưu: VT.", "ls")],
         [("KT. CHỦ TỊCH", "b"), ("PHÓ CHỦ TỊCH", "b"), ("", ""), ("", ""), ("Trần Thị Mỹ Duyên", "b")])
    d.save(os.path.join(OUT, fn))
    key(fn, "25966", "Phường Lái Thiêu", "1187/BC-UBND", "2026-11-04", [
        ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 31, "violations": 3, "fines_vnd": 1800000}, l1),
        ("II.5.d", "completed", {}, l1b),
        ("II.2.a", "in_progress", {"enterprises_supported": 4}, l2),
        ("II.1.b", "completed", {"enterprises_supported": 3}, l3),
        ("II.2.đ", "not_started", {}, l4),
    ], k, p_)


def h1_hotram_mistaken():
    fn = "26620-ho-tram-bc-pctt-2026.docx"
    d = new_doc(size=13)
    header_table(d, [("ỦY BAN NHÂN DÂN", ""), ("XÃ HỒ TRÀM", "b"), ("Số: 301/BC-UBND", "")],
                 QH + [("Hồ Tràm, ngày 02 tháng 11 năm 2026", "i")])
    para(d, "", indent=False)
    para(d, [("BÁO CÁO", "b")], align="c", indent=False, space_after=0)
    para(d, [("Công tác phòng, chống thiên tai và tìm kiếm cứu nạn 10 tháng năm 2026", "b")], align="c", indent=False)
    para(d, "Thực hiện chỉ đạo của Ban Chỉ huy Phòng thủ dân sự Thành phố, Ủy ban nhân dân xã Hồ Tràm báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn 10 tháng năm 2026 như sau:", align="j")
    para(d, [("1. Tại các ấp ven biển (Hồ Tràm, Láng Gòn, Thạnh Sơn)", "b")], indent=False)
    para(d, "– Rà soát hộ dân sống ven biển có nguy cơ sạt lở: xã đã làm xong, lập danh sách 126 hộ, 438 nhân khẩu cần di dời khi có bão cấp 8 trở lên.", align="j")
    para(d, "– Kiểm đếm tàu thuyền: xã đang làm dở, đã hướng dẫn 54 tàu cá cài đặt thiết bị liên lạc; còn 11 tàu chưa lắp.", align="j")
    para(d, [("2. Tại trụ sở xã và các điểm sơ tán", "b")], indent=False)
    para(d, "– Chuẩn bị vật tư, phương tiện theo phương châm “4 tại chỗ”: xã đã làm xong, bổ sung 200 áo phao, 02 xuồng máy, 30 bao cát.", align="j")
    para(d, "– Diễn tập phòng chống bão kết hợp tìm kiếm cứu nạn: xã chưa làm tới, dự kiến tổ chức trong tháng 12.", align="j")
    para(d, [("3. Khó khăn, kiến nghị", "b")], indent=False)
    para(d, "- Tuyến kè biển đoạn ấp Hồ Tràm xuống cấp; đề nghị Thành phố sớm đầu tư sửa chữa trước mùa mưa bão.", align="j")
    sign(d, [("Nơi nhận:", "bil"), ("- BCH PTDS Thành phố;", "ls"), ("- Lưu: VT.", "ls")],
         [("TM. ỦY BAN NHÂN DÂN", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("Phạm Văn Hiếu", "b")])
    d.save(os.path.join(OUT, fn))
    key(fn, "26620", "Xã Hồ Tràm", "301/BC-UBND", "2026-11-02", [], [], [], status="rejected",
        reason="Không phải báo cáo Kế hoạch triển khai Chỉ thị 38-CT/TW: báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn (gửi nhầm).")

# =====================================================================
# HAND 2 — anh Quốc, văn phòng xã/phường, Excel with "Bắt đầu | Kết thúc"
# date columns per job, extra figure rows under a job, "Đã xong / Còn làm /
# Chưa làm / Không có".
# =====================================================================
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def h2_sheet(fn, unit_upper, unit_id, unit_name, so, place_date, iso, rows, diffs, props, entries, signer):
    wb = Workbook()
    ws = wb.active
    ws.title = "BC CT38"
    ws["A1"] = unit_upper
    ws["A2"] = "Số: " + so
    ws["F1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["F2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["F3"] = place_date
    for c in ("A1", "F1", "F2"):
        ws[c].font = Font(name="Times New Roman", bold=True, size=11)
    ws["F3"].font = Font(name="Times New Roman", italic=True, size=11)
    ws["A5"] = "BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"
    ws["A5"].font = Font(name="Times New Roman", bold=True, size=12)
    ws["A6"] = "(Số liệu tính đến ngày 31/10/2026)"
    ws["A6"].font = Font(name="Times New Roman", italic=True, size=11)
    hdr = ["STT", "Tên công việc", "Bắt đầu", "Kết thúc", "Kết quả", "Số lượng", "ĐVT", "Tình trạng", "Ghi chú"]
    r = 8
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h)
        c.font = Font(name="Times New Roman", bold=True, size=11)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    r += 1
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v)
            c.font = Font(name="Times New Roman", size=11)
            c.border = BOX
            c.alignment = Alignment(vertical="top", wrap_text=True)
            if isinstance(v, datetime.date):
                c.number_format = "dd/mm/yyyy"
            if i == 6 and isinstance(v, int) and v >= 10000:
                c.number_format = "#,##0"
        r += 1
    r += 1
    ws.cell(r, 1, "Khó khăn, vướng mắc:").font = Font(name="Times New Roman", bold=True, size=11)
    r += 1
    for x in diffs:
        ws.cell(r, 2, "- " + x); r += 1
    ws.cell(r, 1, "Kiến nghị:").font = Font(name="Times New Roman", bold=True, size=11)
    r += 1
    for x in props:
        ws.cell(r, 2, "- " + x); r += 1
    r += 1
    ws.cell(r, 2, "Người lập bảng")
    ws.cell(r, 7, "KT. CHỦ TỊCH")
    ws.cell(r + 1, 7, "PHÓ CHỦ TỊCH")
    ws.cell(r + 4, 2, "Nguyễn Minh Quốc")
    ws.cell(r + 4, 7, signer)
    widths = [5, 42, 11, 11, 34, 10, 10, 12, 22]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A9"
    wb.save(os.path.join(OUT, fn))
    key(fn, unit_id, unit_name, so, iso, entries, diffs, props)


D = datetime.date


def h2_ngaigiao():
    rows = [
        [1, "Tuyên truyền Chỉ thị 38, pháp luật về đo lường, chất lượng trên loa truyền thanh xã và nhóm Zalo các ấp", D(2026, 3, 1), D(2026, 12, 31), "Tin, bài phát trên đài truyền thanh xã", 14, "tin", "Còn làm", "Phát định kỳ thứ Hai hàng tuần"],
        [None, None, None, None, "Hội nghị phổ biến cho hộ kinh doanh tại chợ Ngãi Giao", 1, "hội nghị", None, None],
        [None, None, None, None, "Người tham dự hội nghị", 62, "lượt người", None, None],
        [2, "Kiểm tra cân, đo lường tại chợ Ngãi Giao (phối hợp Chi cục TĐC)", D(2026, 5, 12), D(2026, 9, 20), "Số cuộc kiểm tra", 3, "cuộc", "Đã xong", None],
        [None, None, None, None, "Hộ kinh doanh được kiểm tra", 28, "cơ sở", None, None],
        [None, None, None, None, "Trường hợp vi phạm", 2, "trường hợp", None, "Cân không kiểm định"],
        [None, None, None, None, "Tiền phạt", 3000000, "đồng", None, "Đã nộp Kho bạc"],
        [3, "Cử công chức dự tập huấn nghiệp vụ TĐC do Chi cục tổ chức", D(2026, 7, 14), D(2026, 7, 15), "Công chức được cử đi", 3, "người", "Đã xong", "VP-TK 01, Kinh tế 02"],
        [4, "Hướng dẫn HTX, cơ sở nông nghiệp làm tem truy xuất nguồn gốc (mã QR)", D(2026, 4, 1), None, "HTX, cơ sở được hướng dẫn", 5, "cơ sở", "Còn làm", "Chờ Sở NN&MT cấp tài khoản"],
        [5, "Tiếp nhận, xử lý phản ánh, tố giác về đo lường, chất lượng", D(2026, 1, 1), D(2026, 10, 31), "Không có phản ánh", None, None, "Không có", None],
    ]
    diffs = ["Xã chưa có cán bộ chuyên trách, công chức kinh tế kiêm nhiệm.",
             "Nhiều HTX chưa quen dùng phần mềm truy xuất nguồn gốc, phải hướng dẫn lại nhiều lần."]
    props = ["Đề nghị Chi cục TĐC cử cán bộ hỗ trợ xã kiểm tra cân tại chợ trong đợt cao điểm Tết Nguyên đán 2027."]
    entries = [
        ("II.1.a", "in_progress", {"communications": 14, "training_courses": 1, "participants": 62}, "Tuyên truyền Chỉ thị 38, pháp luật về đo lường, chất lượng trên loa truyền thanh xã và nhóm Zalo các ấp"),
        ("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 28, "violations": 2, "fines_vnd": 3000000}, "Kiểm tra cân, đo lường tại chợ Ngãi Giao (phối hợp Chi cục TĐC)"),
        ("II.3.a", "completed", {"participants": 3}, "Cử công chức dự tập huấn nghiệp vụ TĐC do Chi cục tổ chức"),
        ("II.2.a", "in_progress", {"enterprises_supported": 5}, "Hướng dẫn HTX, cơ sở nông nghiệp làm tem truy xuất nguồn gốc (mã QR)"),
        ("II.5.d", "not_applicable", {}, "Tiếp nhận, xử lý phản ánh, tố giác về đo lường, chất lượng: Không có phản ánh"),
    ]
    h2_sheet("26575-ngai-giao-theo-doi-ct38.xlsx", "UBND XÃ NGÃI GIAO", "26575", "Xã Ngãi Giao", "265/BC-UBND",
             "Ngãi Giao, ngày 30 tháng 10 năm 2026", "2026-10-30", rows, diffs, props, entries, "Võ Thanh Tùng")


def h2_phuocthanh():
    rows = [
        [1, "Phối hợp kiểm tra cột đo xăng dầu, cân tại chợ Phước Thành", D(2026, 6, 3), D(2026, 10, 15), "Số cuộc", 2, "cuộc", "Đã xong", None],
        [None, None, None, None, "Cửa hàng xăng dầu, hộ kinh doanh được kiểm tra", 9, "cơ sở", None, "Không phát hiện vi phạm"],
        [2, "Phối hợp Chi cục lấy mẫu xăng dầu khảo sát chất lượng", D(2026, 8, 18), D(2026, 8, 19), "Mẫu xăng, dầu đã lấy", 4, "mẫu", "Đã xong", "Chờ Chi cục thông báo kết quả"],
        [3, "Tuyên truyền trên trang thông tin điện tử xã, loa ấp", D(2026, 2, 1), D(2026, 10, 31), "Tin, bài", 8, "tin", "Đã xong", None],
        [4, "Xây dựng hệ thống quản lý chất lượng ISO 9001 tại UBND xã mới", D(2026, 7, 1), None, "Đã có quyết định thành lập Ban ISO, đang viết quy trình", None, None, "Còn làm", "Dự kiến công bố tháng 12"],
        [5, "Cử công chức dự tập huấn nghiệp vụ đo lường", None, None, "Chưa có lớp cho khu vực xã", None, None, "Chưa làm", None],
    ]
    diffs = ["Xã mới sáp nhập, địa bàn rộng, lực lượng mỏng nên chỉ kiểm tra được các cơ sở dọc ĐT741."]
    props = ["Đề nghị Chi cục mở lớp tập huấn tại cụm xã phía Bắc để cán bộ xã tham dự thuận tiện.",
             "Đề nghị cung cấp mẫu quy trình ISO dùng chung cho cấp xã."]
    entries = [
        ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 9}, "Phối hợp kiểm tra cột đo xăng dầu, cân tại chợ Phước Thành"),
        ("II.5.b", "completed", {"samples_tested": 4}, "Phối hợp Chi cục lấy mẫu xăng dầu khảo sát chất lượng"),
        ("II.1.a", "completed", {"communications": 8}, "Tuyên truyền trên trang thông tin điện tử xã, loa ấp"),
        ("II.2.đ", "in_progress", {}, "Xây dựng hệ thống quản lý chất lượng ISO 9001 tại UBND xã mới"),
        ("II.3.a", "not_started", {}, "Cử công chức dự tập huấn nghiệp vụ đo lường: Chưa có lớp cho khu vực xã"),
    ]
    h2_sheet("25864-phuoc-thanh-bang-theo-doi.xlsx", "ỦY BAN NHÂN DÂN XÃ PHƯỚC THÀNH", "25864", "Xã Phước Thành", "198/BC-UBND",
             "Phước Thành, ngày 06 tháng 11 năm 2026", "2026-11-06", rows, diffs, props, entries, "Đặng Văn Lực")


def h2_tangnhonphu():
    rows = [
        [1, "Kiểm tra đo lường tại chợ Tăng Nhơn Phú A, chợ Phước Long và các cửa hàng xăng dầu", D(2026, 3, 9), None, "Số cuộc kiểm tra", 4, "cuộc", "Còn làm", "Còn 01 đợt tháng 12"],
        [None, None, None, None, "Cơ sở được kiểm tra", 52, "cơ sở", None, None],
        [None, None, None, None, "Cơ sở vi phạm", 6, "cơ sở", None, None],
        [None, None, None, None, "Tiền phạt", 9750000, "đồng", None, None],
        [2, "Tuyên truyền, phổ biến pháp luật về TĐC cho hộ kinh doanh", D(2026, 2, 15), D(2026, 9, 30), "Tin, bài trên fanpage phường", 10, "tin", "Đã xong", None],
        [None, None, None, None, "Buổi tuyên truyền tại khu phố", 2, "buổi", None, None],
        [None, None, None, None, "Người tham dự", 140, "lượt", None, None],
        [3, "Duy trì ISO 9001:2015 tại Trung tâm Phục vụ hành chính công phường", D(2026, 1, 5), D(2026, 9, 25), "Đánh giá nội bộ, công bố lại", None, None, "Đã xong", None],
        [4, "Cử công chức dự tập huấn nghiệp vụ", D(2026, 7, 14), D(2026, 7, 15), "Công chức dự lớp", 4, "người", "Đã xong", None],
        [5, "Tiếp nhận tố giác vi phạm về đo lường, chất lượng", None, None, "Không có", None, None, "Không có", None],
    ]
    diffs = ["Một số hộ kinh doanh nhỏ lẻ ngoài chợ không có cân đạt chuẩn, khó xử lý triệt để."]
    props = ["Đề nghị Sở Khoa học và Công nghệ bổ sung kinh phí cho phường mua 02 cân đối chứng."]
    entries = [
        ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 52, "violations": 6, "fines_vnd": 9750000}, "Kiểm tra đo lường tại chợ Tăng Nhơn Phú A, chợ Phước Long và các cửa hàng xăng dầu"),
        ("II.1.a", "completed", {"communications": 10, "training_courses": 2, "participants": 140}, "Tuyên truyền, phổ biến pháp luật về TĐC cho hộ kinh doanh"),
        ("II.2.đ", "completed", {}, "Duy trì ISO 9001:2015 tại Trung tâm Phục vụ hành chính công phường"),
        ("II.3.a", "completed", {"participants": 4}, "Cử công chức dự tập huấn nghiệp vụ"),
        ("II.5.d", "not_applicable", {}, "Tiếp nhận tố giác vi phạm về đo lường, chất lượng: Không có"),
    ]
    h2_sheet("26842-tang-nhon-phu-ct38.xlsx", "UBND PHƯỜNG TĂNG NHƠN PHÚ", "26842", "Phường Tăng Nhơn Phú", "2034/BC-UBND",
             "Tăng Nhơn Phú, ngày 29 tháng 10 năm 2026", "2026-10-29", rows, diffs, props, entries, "Huỳnh Kim Phượng")

# =====================================================================
# HAND 3 — bà Loan, phó trưởng phòng of a department: formal công văn, each
# item "n. <own title>" then an underlined "Tình hình:" sentence FIRST and a
# "Cụ thể:" paragraph with "tổng số …, trong đó …"; closing "Vướng mắc" /
# "Kiến nghị" numbered a), b).
# =====================================================================

def h3_doc(fn, agency_upper, agency_name, unit_id, so, place_date, iso, vv, items, diffs, props, signer, title2="PHÓ GIÁM ĐỐC"):
    d = new_doc(size=13, left=3.0)
    header_table(d, [("ỦY BAN NHÂN DÂN", ""), ("THÀNH PHỐ HỒ CHÍ MINH", ""), (agency_upper, "b"), ("", ""), ("Số: " + so, ""), (vv, "s")],
                 QH + [("", ""), (place_date, "i")])
    para(d, "", indent=False)
    para(d, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", align="c", indent=False)
    for it in items["intro"]:
        para(d, it, align="j")
    ents = []
    for n, (title, tinhhinh, cuthe, task, st, ind) in enumerate(items["tasks"], 1):
        para(d, [(f"{n}. {title}", "b")], indent=False)
        para(d, [("Tình hình:", "u"), (" " + tinhhinh, "")], align="j")
        para(d, [("Cụ thể:", "u"), (" " + cuthe, "")], align="j")
        ents.append((task, st, ind, cuthe))
    para(d, [("Vướng mắc", "b")], indent=False)
    for i, x in enumerate(diffs):
        para(d, f"{'abcd'[i]}) {x}", align="j")
    para(d, [("Kiến nghị", "b")], indent=False)
    for i, x in enumerate(props):
        para(d, f"{'abcd'[i]}) {x}", align="j")
    para(d, f"Trên đây là báo cáo của {agency_name}, kính gửi Sở Khoa học và Công nghệ tổng hợp./.", align="j")
    sign(d, [("Nơi nhận:", "bil"), ("- Như trên;", "ls"), ("- Chi cục TĐC;", "ls"), ("- Giám đốc Sở (để b/c);", "ls"), ("- Lưu: VT.", "ls")],
         [("KT. GIÁM ĐỐC", "b"), (title2, "b"), ("", ""), ("", ""), ("", ""), (signer, "b")])
    d.save(os.path.join(OUT, fn))
    key(fn, unit_id, agency_name, so, iso, ents, diffs, props)


def h3_congthuong():
    items = {"intro": ["Thực hiện Công văn số 2871/SKHCN-TĐC ngày 06/10/2026 của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo các nội dung có liên quan như sau:"],
             "tasks": [
        ("Kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng, phân bón lưu thông trên thị trường",
         "Sở đang tiếp tục thực hiện theo kế hoạch kiểm tra năm 2026, dự kiến hoàn thành đợt cuối trong tháng 12.",
         "Từ đầu năm đến ngày 31/10/2026, lực lượng Quản lý thị trường và Phòng Quản lý thương mại đã tiến hành tổng số 14 cuộc kiểm tra tại 126 cơ sở, trong đó 71 cửa hàng xăng dầu, 38 cơ sở kinh doanh LPG và 17 cơ sở phân bón; phát hiện, xử lý 19 cơ sở vi phạm, tổng số tiền phạt 412.500.000 đồng.",
         "II.5.a", "in_progress", {"inspections": 14, "establishments_inspected": 126, "violations": 19, "fines_vnd": 412500000}),
        ("Tuyên truyền, phổ biến quy định về nhãn hàng hóa, truy xuất nguồn gốc cho doanh nghiệp",
         "Đã hoàn thành.",
         "Sở tổ chức 02 hội nghị phổ biến quy định về nhãn hàng hóa và truy xuất nguồn gốc cho doanh nghiệp xuất nhập khẩu với tổng số 310 đại biểu tham dự; đăng tải 24 tin, bài trên Cổng thông tin điện tử của Sở.",
         "II.1.a", "completed", {"training_courses": 2, "participants": 310, "communications": 24}),
        ("Góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương",
         "Đã hoàn thành các văn bản góp ý theo đề nghị.",
         "Sở đã góp ý 03 dự thảo QCVN (xăng, nhiên liệu điêzen sinh học; chai chứa LPG; an toàn điện) gửi Bộ Công Thương và Bộ Khoa học và Công nghệ.",
         "II.2.e", "completed", {"standards_reviewed": 3}),
        ("Hỗ trợ doanh nghiệp áp dụng hệ thống truy xuất nguồn gốc (Đề án 100)",
         "Đang thực hiện.",
         "Đến nay đã hỗ trợ tổng số 17 doanh nghiệp, trong đó 11 doanh nghiệp chế biến thực phẩm và 06 doanh nghiệp dệt may, kết nối với Cổng truy xuất nguồn gốc của Thành phố.",
         "II.2.a", "in_progress", {"enterprises_supported": 17}),
    ]}
    diffs = ["Việc phối hợp kiểm tra giữa các lực lượng còn trùng lặp đối tượng tại một số địa bàn.",
             "Doanh nghiệp nhỏ và vừa còn e ngại chi phí khi triển khai hệ thống truy xuất nguồn gốc."]
    props = ["Đề nghị Sở Khoa học và Công nghệ chủ trì xây dựng kế hoạch kiểm tra liên ngành năm 2027 để tránh chồng chéo.",
             "Đề nghị bố trí kinh phí hỗ trợ doanh nghiệp nhỏ và vừa áp dụng truy xuất nguồn gốc."]
    h3_doc("SCT-8841-bc-ct38-2026.docx", "SỞ CÔNG THƯƠNG", "Sở Công Thương", "SO-CT", "8841/SCT-QLTM", "Thành phố Hồ Chí Minh, ngày 10 tháng 11 năm 2026", "2026-11-10",
           "V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", items, diffs, props, "Bùi Tá Hoàng Vũ")


def h3_yte():
    items = {"intro": ["Phúc đáp Công văn số 2871/SKHCN-TĐC ngày 06/10/2026 của Sở Khoa học và Công nghệ, Sở Y tế báo cáo kết quả thực hiện các nội dung phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:"],
             "tasks": [
        ("Kiểm tra đo lường đối với phương tiện đo dùng trong khám, chữa bệnh",
         "Sở đã hoàn thành kế hoạch kiểm tra năm 2026.",
         "Sở phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 05 cuộc kiểm tra tại 23 cơ sở khám, chữa bệnh; tổng số 1.846 phương tiện đo (huyết áp kế, cân y tế, nhiệt kế y học) đã được kiểm định còn hiệu lực; phát hiện 02 cơ sở sử dụng phương tiện đo quá hạn kiểm định, đã nhắc nhở khắc phục.",
         "II.5.a", "completed", {"inspections": 5, "establishments_inspected": 23, "instruments_verified": 1846, "violations": 2}),
        ("Tập huấn đo lường trong y tế cho công chức, viên chức",
         "Đã hoàn thành.",
         "Tổ chức 01 lớp tập huấn về quản lý phương tiện đo nhóm 2 trong lĩnh vực y tế cho 95 học viên là công chức, viên chức phụ trách vật tư - trang thiết bị của các bệnh viện và trạm y tế.",
         "II.3.a", "completed", {"training_courses": 1, "participants": 95}),
        ("Góp ý quy chuẩn kỹ thuật về trang thiết bị y tế",
         "Đã hoàn thành.",
         "Góp ý 02 dự thảo QCVN về thiết bị điện y tế theo đề nghị của Bộ Y tế.",
         "II.2.e", "completed", {"standards_reviewed": 2}),
        ("Duy trì hệ thống quản lý chất lượng tại cơ quan Sở",
         "Đang thực hiện.",
         "Sở đang cập nhật hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho các thủ tục hành chính mới được phân cấp từ ngày 01/7/2025, dự kiến công bố lại trong tháng 12/2026.",
         "II.2.đ", "in_progress", {}),
        ("Tiếp nhận, xử lý tố giác vi phạm về đo lường, chất lượng trong ngành y tế",
         "Không phát sinh.",
         "Trong kỳ báo cáo, Sở không nhận được phản ánh, tố giác nào liên quan đến đo lường, chất lượng trang thiết bị y tế.",
         "II.5.d", "not_applicable", {}),
    ]}
    diffs = ["Số lượng phương tiện đo trong các cơ sở y tế tư nhân lớn, chưa có cơ sở dữ liệu quản lý tập trung."]
    props = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ dữ liệu kiểm định phương tiện đo nhóm 2 trong y tế để Sở Y tế theo dõi."]
    h3_doc("SYT-6120-ct38.docx", "SỞ Y TẾ", "Sở Y tế", "SO-YT", "6120/SYT-NVY", "Thành phố Hồ Chí Minh, ngày 12 tháng 11 năm 2026", "2026-11-12",
           "V/v báo cáo kết quả thực hiện Chỉ thị số 38-CT/TW năm 2026", items, diffs, props, "Nguyễn Văn Vĩnh Châu")


def h3_xaydung():
    items = {"intro": ["Sở Xây dựng nhận được Công văn số 2871/SKHCN-TĐC ngày 06/10/2026 của Sở Khoa học và Công nghệ. Sở Xây dựng báo cáo như sau:"],
             "tasks": [
        ("Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường",
         "Sở đang thực hiện, còn 01 đợt kiểm tra trong tháng 11.",
         "Đã thực hiện 06 cuộc kiểm tra tại 41 cơ sở kinh doanh thép, xi măng, kính xây dựng; lấy 58 mẫu thử nghiệm; phát hiện 04 cơ sở vi phạm về ghi nhãn và công bố hợp quy, xử phạt 86.000.000 đồng.",
         "II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 41, "samples_tested": 58, "violations": 4, "fines_vnd": 86000000}),
        ("Xây dựng, góp ý quy chuẩn kỹ thuật trong lĩnh vực xây dựng",
         "Đang thực hiện.",
         "Tổng số 04 quy chuẩn đã góp ý, trong đó 03 dự thảo QCVN do Bộ Xây dựng chủ trì và 01 dự thảo quy chuẩn kỹ thuật địa phương về vật liệu san lấp; quy chuẩn địa phương đang lấy ý kiến lần 2.",
         "II.2.e", "in_progress", {"standards_reviewed": 4}),
        ("Tuyên truyền về quản lý chất lượng vật liệu xây dựng",
         "Đã hoàn thành.",
         "Đăng 09 tin, bài hướng dẫn công bố hợp quy vật liệu xây dựng trên trang thông tin điện tử của Sở.",
         "II.1.a", "completed", {"communications": 9}),
        ("Cập nhật các điều ước, thỏa thuận quốc tế về tiêu chuẩn, đo lường, chất lượng",
         "Chưa thực hiện.",
         "Sở chưa nhận được danh mục điều ước, thỏa thuận quốc tế liên quan lĩnh vực xây dựng để cập nhật.",
         "II.6.a", "not_started", {}),
    ]}
    diffs = ["Một số cơ sở kinh doanh vật liệu xây dựng nhỏ lẻ không có hồ sơ công bố hợp quy, khó truy xuất nguồn gốc."]
    props = ["Đề nghị Sở Khoa học và Công nghệ cung cấp danh mục điều ước, thỏa thuận quốc tế liên quan để Sở Xây dựng triển khai."]
    h3_doc("SXD-15432-bao-cao-chi-thi-38.docx", "SỞ XÂY DỰNG", "Sở Xây dựng", "SO-XD", "15432/SXD-KTXD", "Thành phố Hồ Chí Minh, ngày 09 tháng 11 năm 2026", "2026-11-09",
           "V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW", items, diffs, props, "Trần Quang Lâm")


def h3_noivu_mistaken():
    fn = "SNV-cchc-quy3-2026.docx"
    d = new_doc(size=13)
    header_table(d, [("ỦY BAN NHÂN DÂN", ""), ("THÀNH PHỐ HỒ CHÍ MINH", ""), ("SỞ NỘI VỤ", "b"), ("", ""), ("Số: 5077/BC-SNV", "")],
                 QH + [("", ""), ("Thành phố Hồ Chí Minh, ngày 05 tháng 11 năm 2026", "i")])
    para(d, "", indent=False)
    para(d, [("BÁO CÁO", "b")], align="c", indent=False, space_after=0)
    para(d, [("Kết quả công tác cải cách hành chính quý III năm 2026", "b")], align="c", indent=False)
    para(d, "Kính gửi: Ủy ban nhân dân Thành phố.", align="c", indent=False)
    tasks = [("Cải cách thể chế", "Đã hoàn thành.", "Rà soát 46 văn bản quy phạm pháp luật do Thành phố ban hành, kiến nghị sửa đổi 07 văn bản."),
             ("Cải cách thủ tục hành chính", "Đang thực hiện.", "Công bố 112 thủ tục hành chính được chuẩn hóa; tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,6%."),
             ("Cải cách tổ chức bộ máy", "Đang thực hiện.", "Hoàn thiện quy định chức năng, nhiệm vụ của 21 cơ quan chuyên môn sau sắp xếp."),
             ("Cải cách chế độ công vụ", "Đã hoàn thành.", "Tổ chức 03 kỳ thi tuyển công chức với 1.240 thí sinh.")]
    for n, (t, th, ct) in enumerate(tasks, 1):
        para(d, [(f"{n}. {t}", "b")], indent=False)
        para(d, [("Tình hình:", "u"), (" " + th, "")], align="j")
        para(d, [("Cụ thể:", "u"), (" " + ct, "")], align="j")
    para(d, [("Kiến nghị", "b")], indent=False)
    para(d, "a) Đề nghị Ủy ban nhân dân Thành phố chỉ đạo các sở, ngành hoàn thành chuẩn hóa thủ tục hành chính trước ngày 15/12/2026.", align="j")
    sign(d, [("Nơi nhận:", "bil"), ("- Như trên;", "ls"), ("- Lưu: VT, CCHC.", "ls")],
         [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("Võ Ngọc Quốc Thuận", "b")])
    d.save(os.path.join(OUT, fn))
    key(fn, "SO-NV", "Sở Nội vụ", "5077/BC-SNV", "2026-11-05", [], [], [], status="rejected",
        reason="Không phải báo cáo Kế hoạch triển khai Chỉ thị 38-CT/TW: báo cáo kết quả cải cách hành chính quý III/2026 (gửi nhầm).")

# =====================================================================
# HAND 4 — anh Khoa, Sở's own units, Excel: ONE SHEET PER INTERNAL DIVISION
# of the unit (phòng / tổ), each a small table "TT | Việc đã làm | Số lượng |
# Đơn vị | Tình hình"; a first sheet "Chung" with header data, difficulties and
# proposals; the same plan task may appear on two division sheets.
# =====================================================================

def h4_book(fn, unit_id, unit_name, unit_upper, parent, so, place_date, iso, sheets, diffs, props, entries, signer):
    wb = Workbook()
    ws = wb.active
    ws.title = "Chung"
    ws["A1"] = parent
    ws["A2"] = unit_upper
    ws["A3"] = "Số: " + so
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["D3"] = place_date
    ws["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"
    ws["A6"] = "(Kết quả của từng phòng, bộ phận xem tại các sheet kèm theo)"
    for c in ("A2", "D1", "A5"):
        ws[c].font = Font(bold=True)
    ws["D3"].font = Font(italic=True)
    r = 8
    ws.cell(r, 1, "I. Các sheet kết quả:").font = Font(bold=True); r += 1
    for sname, _, _ in sheets:
        ws.cell(r, 1, "- " + sname); r += 1
    r += 1
    ws.cell(r, 1, "II. Khó khăn, vướng mắc").font = Font(bold=True); r += 1
    for i, x in enumerate(diffs, 1):
        ws.cell(r, 1, i); ws.cell(r, 2, x); r += 1
    r += 1
    ws.cell(r, 1, "III. Đề xuất, kiến nghị").font = Font(bold=True); r += 1
    for i, x in enumerate(props, 1):
        ws.cell(r, 1, i); ws.cell(r, 2, x); r += 1
    r += 2
    ws.cell(r, 4, "THỦ TRƯỞNG ĐƠN VỊ").font = Font(bold=True)
    ws.cell(r + 4, 4, signer).font = Font(bold=True)
    ws.cell(r + 4, 1, "Người tổng hợp: Lê Đăng Khoa")
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 90
    ws.column_dimensions["D"].width = 40
    for sname, full, rows in sheets:
        s = wb.create_sheet(sname)
        s["A1"] = full
        s["A1"].font = Font(bold=True, size=12)
        hdr = ["TT", "Việc đã làm", "Số lượng", "Đơn vị", "Tình hình"]
        for i, h in enumerate(hdr, 1):
            c = s.cell(3, i, h)
            c.font = Font(bold=True); c.border = BOX
            c.fill = PatternFill("solid", fgColor="E2EFDA")
            c.alignment = Alignment(horizontal="center")
        rr = 4
        for row in rows:
            for i, v in enumerate(row, 1):
                c = s.cell(rr, i, v)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if i == 3 and isinstance(v, int) and v >= 1000:
                    c.number_format = "#,##0"
            rr += 1
        s.column_dimensions["A"].width = 5
        s.column_dimensions["B"].width = 70
        s.column_dimensions["C"].width = 16
        s.column_dimensions["D"].width = 14
        s.column_dimensions["E"].width = 26
    wb.save(os.path.join(OUT, fn))
    key(fn, unit_id, unit_name, so, iso, entries, diffs, props)


def h4_chicuc():
    sheets = [
        ("P.QLTC-CL", "PHÒNG QUẢN LÝ TIÊU CHUẨN - CHẤT LƯỢNG", [
            [1, "Tập huấn văn bản pháp luật về TĐC cho doanh nghiệp và tọa đàm với doanh nghiệp nhập khẩu (03 lớp, 01 tọa đàm)", 4, "lớp/buổi", "Đã xong"],
            [None, "Lượt học viên, đại biểu dự", 420, "lượt", None],
            [None, "Kinh phí đã chi cho lớp tập huấn, tọa đàm", 86400000, "đồng", None],
            [2, "Tuyên truyền, hướng dẫn doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia", 11, "doanh nghiệp", "Đã xong"],
            [3, "Hỗ trợ doanh nghiệp xây dựng, áp dụng hệ thống quản lý chất lượng tiên tiến, công bố hợp chuẩn, hợp quy", 23, "doanh nghiệp", "Đang làm"],
            [4, "Góp ý dự thảo TCVN, QCVN theo đề nghị của Bộ và các sở, ngành", 12, "dự thảo", "Đã xong"],
        ]),
        ("P.QLDL", "PHÒNG QUẢN LÝ ĐO LƯỜNG", [
            [1, "Hỗ trợ doanh nghiệp đo lường theo Đề án 996 (tư vấn chương trình đảm bảo đo lường)", 8, "doanh nghiệp", "Đang làm"],
            [2, "Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra", 17, "thiết bị", "Đã xong"],
            [3, "Phối hợp UBND phường, xã kiểm tra đo lường tại chợ, cửa hàng xăng dầu (nội dung phân cấp)", 9, "cuộc", "Đang làm"],
            [None, "Cơ sở được kiểm tra", 74, "cơ sở", None],
        ]),
        ("P.KiemTra", "PHÒNG KIỂM TRA", [
            [1, "Kiểm tra nhà nước về TĐC đối với hàng hóa sản xuất, nhập khẩu, lưu thông", 32, "cuộc", "Đang làm"],
            [None, "Cơ sở được kiểm tra", 287, "cơ sở", None],
            [None, "Cơ sở vi phạm", 41, "cơ sở", None],
            [None, "Tiền phạt VPHC", 1264500000, "đồng", None],
            [2, "Khảo sát chất lượng sản phẩm, hàng hóa (xăng dầu, mũ bảo hiểm, đồ chơi trẻ em)", 150, "mẫu", "Đã xong"],
        ]),
        ("VP Chi cuc", "VĂN PHÒNG CHI CỤC", [
            [1, "Tin, bài tuyên truyền Chỉ thị 38 trên trang thông tin điện tử Chi cục", 15, "tin, bài", "Đã xong"],
            [2, "Tập huấn nghiệp vụ TĐC cho công chức sở, ngành, phường, xã", 2, "lớp", "Đã xong"],
            [None, "Lượt công chức dự", 236, "lượt", None],
        ]),
    ]
    diffs = ["Biên chế phòng Kiểm tra còn thiếu so với khối lượng công việc sau khi địa bàn Thành phố mở rộng.",
             "Hệ thống thông tin giải quyết thủ tục hành chính của Bộ chưa kết nối đầy đủ với hệ thống của Thành phố."]
    props = ["Đề nghị Sở bổ sung 03 biên chế công chức cho Chi cục trong năm 2027.",
             "Đề nghị Sở tham mưu UBND Thành phố ban hành quy chế phối hợp kiểm tra giữa Chi cục và UBND phường, xã, đặc khu."]
    entries = [
        ("II.1.a", "completed", {"training_courses": 4, "participants": 420, "budget_spent_vnd": 86400000, "communications": 15}, "Tập huấn văn bản pháp luật về TĐC cho doanh nghiệp và tọa đàm với doanh nghiệp nhập khẩu (03 lớp, 01 tọa đàm); tin, bài tuyên truyền Chỉ thị 38"),
        ("II.1.b", "completed", {"enterprises_supported": 11}, "Tuyên truyền, hướng dẫn doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia"),
        ("II.2.d", "in_progress", {"enterprises_supported": 23}, "Hỗ trợ doanh nghiệp xây dựng, áp dụng hệ thống quản lý chất lượng tiên tiến, công bố hợp chuẩn, hợp quy"),
        ("II.2.e", "completed", {"standards_reviewed": 12}, "Góp ý dự thảo TCVN, QCVN theo đề nghị của Bộ và các sở, ngành"),
        ("II.2.a", "in_progress", {"enterprises_supported": 8}, "Hỗ trợ doanh nghiệp đo lường theo Đề án 996 (tư vấn chương trình đảm bảo đo lường)"),
        ("II.4.b", "completed", {"instruments_verified": 17}, "Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra"),
        ("II.5.c", "in_progress", {"inspections": 9, "establishments_inspected": 74}, "Phối hợp UBND phường, xã kiểm tra đo lường tại chợ, cửa hàng xăng dầu (nội dung phân cấp)"),
        ("II.5.a", "in_progress", {"inspections": 32, "establishments_inspected": 287, "violations": 41, "fines_vnd": 1264500000}, "Kiểm tra nhà nước về TĐC đối với hàng hóa sản xuất, nhập khẩu, lưu thông"),
        ("II.5.b", "completed", {"samples_tested": 150}, "Khảo sát chất lượng sản phẩm, hàng hóa (xăng dầu, mũ bảo hiểm, đồ chơi trẻ em)"),
        ("II.3.a", "completed", {"training_courses": 2, "participants": 236}, "Tập huấn nghiệp vụ TĐC cho công chức sở, ngành, phường, xã"),
    ]
    h4_book("CCTDC-1562-tong-hop-theo-phong.xlsx", "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
            "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM", "1562/BC-TĐC",
            "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026", "2026-10-30", sheets, diffs, props, entries, "Nguyễn Thị Kim Dung")


def h4_trungtam():
    sheets = [
        ("P.KiemDinh-HieuChuan", "PHÒNG KIỂM ĐỊNH - HIỆU CHUẨN", [
            [1, "Kiểm định, hiệu chuẩn phương tiện đo phục vụ doanh nghiệp, người dân (mở rộng thêm lĩnh vực đo lường điện, áp suất)", 12640, "phương tiện", "Đang làm"],
            [2, "Phối hợp Chi cục hiệu chuẩn, duy trì liên kết chuẩn đo lường chính đến chuẩn quốc gia", 9, "chuẩn", "Đã xong"],
        ]),
        ("P.ThuNghiem", "PHÒNG THỬ NGHIỆM HÓA - VI SINH", [
            [1, "Thử nghiệm mẫu phục vụ khảo sát chất lượng của Chi cục", 96, "mẫu", "Đã xong"],
            [2, "Đào tạo thực hành thử nghiệm, đo lường cho sinh viên các trường cao đẳng kỹ thuật", 2, "khóa", "Đã xong"],
            [None, "Sinh viên tham gia", 75, "sinh viên", None],
        ]),
        ("P.KeHoach-TaiChinh", "PHÒNG KẾ HOẠCH - TÀI CHÍNH", [
            [1, "Đầu tư, mua sắm thiết bị thử nghiệm, hiệu chuẩn năm 2026 - kinh phí đã giải ngân", 3450000000, "đồng", "Đang làm"],
        ]),
    ]
    diffs = ["Thủ tục mua sắm thiết bị chuyên dùng kéo dài, một số gói thầu phải đấu thầu lại do không có nhà thầu đáp ứng."]
    props = ["Đề nghị Sở hỗ trợ Trung tâm trong việc phê duyệt danh mục thiết bị chuyên dùng năm 2027 sớm trong Quý I."]
    entries = [
        ("II.2.g", "in_progress", {"instruments_verified": 12640}, "Kiểm định, hiệu chuẩn phương tiện đo phục vụ doanh nghiệp, người dân (mở rộng thêm lĩnh vực đo lường điện, áp suất)"),
        ("II.4.c", "completed", {"instruments_verified": 9}, "Phối hợp Chi cục hiệu chuẩn, duy trì liên kết chuẩn đo lường chính đến chuẩn quốc gia"),
        ("II.5.b", "completed", {"samples_tested": 96}, "Thử nghiệm mẫu phục vụ khảo sát chất lượng của Chi cục"),
        ("II.3.d", "completed", {"training_courses": 2, "participants": 75}, "Đào tạo thực hành thử nghiệm, đo lường cho sinh viên các trường cao đẳng kỹ thuật"),
        ("II.4.a", "in_progress", {"budget_spent_vnd": 3450000000}, "Đầu tư, mua sắm thiết bị thử nghiệm, hiệu chuẩn năm 2026 - kinh phí đã giải ngân"),
    ]
    h4_book("TTPTTN-734-bao-cao-ct38.xlsx", "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
            "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM", "734/BC-TTPT",
            "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026", "2026-10-28", sheets, diffs, props, entries, "Phan Thanh Bình")


def h4_vanphong():
    sheets = [
        ("To HC-ISO", "TỔ HÀNH CHÍNH - ISO", [
            [1, "Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở (đánh giá nội bộ, xem xét của lãnh đạo)", None, None, "Đã xong"],
            [2, "Phối hợp Chi cục đề xuất cải tiến Hệ thống thông tin giải quyết TTHC của Bộ KH&CN", None, None, "Đã xong"],
            [3, "Phối hợp kết nối cơ sở dữ liệu quốc gia về TĐC với hệ thống quản lý văn bản của Sở", None, None, "Đang làm"],
        ]),
        ("To Ke toan", "TỔ KẾ TOÁN - TÀI VỤ", [
            [1, "Giải ngân kinh phí đầu tư thiết bị cho đơn vị sự nghiệp công lập thuộc Sở", 1980000000, "đồng", "Đang làm"],
        ]),
        ("To Thi dua", "TỔ THI ĐUA - KHEN THƯỞNG", [
            [1, "Khen thưởng tổ chức, cá nhân tố giác vi phạm về TĐC", None, None, "Không phát sinh"],
        ]),
    ]
    diffs = ["Dữ liệu giữa hệ thống của Bộ và hệ thống quản lý văn bản của Sở chưa đồng bộ danh mục."]
    props = ["Đề nghị Phòng Chuyển đổi số chủ trì thống nhất danh mục dùng chung trước khi kết nối."]
    entries = [
        ("II.2.đ", "completed", {}, "Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở (đánh giá nội bộ, xem xét của lãnh đạo)"),
        ("II.2.h", "completed", {}, "Phối hợp Chi cục đề xuất cải tiến Hệ thống thông tin giải quyết TTHC của Bộ KH&CN"),
        ("II.2.i", "in_progress", {}, "Phối hợp kết nối cơ sở dữ liệu quốc gia về TĐC với hệ thống quản lý văn bản của Sở"),
        ("II.4.a", "in_progress", {"budget_spent_vnd": 1980000000}, "Giải ngân kinh phí đầu tư thiết bị cho đơn vị sự nghiệp công lập thuộc Sở"),
        ("II.5.d", "not_applicable", {}, "Khen thưởng tổ chức, cá nhân tố giác vi phạm về TĐC: Không phát sinh"),
    ]
    h4_book("VPS-512-ket-qua-ct38.xlsx", "SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ",
            "VĂN PHÒNG SỞ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM", "512/BC-VP",
            "Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026", "2026-10-26", sheets, diffs, props, entries, "Hồ Thị Ngọc Hân")

# =====================================================================
# HAND 5 — chị My: each item opens with the months it ran in square brackets
# "[T3–T9]", figures as "SL: …" lines, and a closing "⇒" verdict line;
# "Khó khăn" and "Đề xuất" as "•" lines.
# =====================================================================

def h5_doc(fn, top, unit_upper, unit_id, unit_name, so, place_date, iso, title, intro, items, diffs, props, signer_lines):
    d = new_doc(font="Arial", size=12, left=2.5)
    header_table(d, [(top, ""), (unit_upper, "b"), ("Số: " + so, "")], QH + [(place_date, "i")])
    para(d, "", indent=False)
    para(d, [("BÁO CÁO", "b")], align="c", indent=False, space_after=0)
    para(d, [(title, "b")], align="c", indent=False)
    para(d, intro, align="j")
    ents = []
    for months, name, body, sl, verdict, task, st, ind in items:
        para(d, [(f"[{months}] ", "b"), (name, "b")], indent=False)
        para(d, body, align="j")
        for line in sl:
            para(d, "SL: " + line, indent=False, space_after=0).paragraph_format.left_indent = Cm(1)
        para(d, [("⇒ " + verdict, "i")], indent=False)
        ents.append((task, st, ind, name + ". " + body))
    para(d, [("Khó khăn", "b")], indent=False)
    for x in diffs:
        para(d, "• " + x, indent=False)
    para(d, [("Đề xuất", "b")], indent=False)
    for x in props:
        para(d, "• " + x, indent=False)
    sign(d, [("Nơi nhận:", "bil"), ("- Chi cục TĐC (tổng hợp);", "ls"), ("- Lưu.", "ls")], signer_lines)
    d.save(os.path.join(OUT, fn))
    key(fn, unit_id, unit_name, so, iso, ents, diffs, props)


def h5_ktpc():
    items = [
        ("T3–T10", "Phối hợp Chi cục kiểm tra hàng hóa lưu thông",
         "Phòng cử công chức tham gia các đoàn kiểm tra liên ngành về tiêu chuẩn, đo lường, chất lượng đối với mũ bảo hiểm, đồ điện gia dụng và xăng dầu; thẩm định hồ sơ xử phạt.",
         ["05 cuộc", "38 cơ sở", "07 cơ sở vi phạm", "96.500.000 đồng tiền phạt"], "Còn tiếp tục đến hết năm.", "II.5.a", "in_progress",
         {"inspections": 5, "establishments_inspected": 38, "violations": 7, "fines_vnd": 96500000}),
        ("T5–T8", "Xử lý đơn thư tố giác vi phạm về đo lường, chất lượng",
         "Tiếp nhận và xử lý xong 02 đơn tố giác về cân điện tử gian lận tại chợ đầu mối; đề xuất Giám đốc Sở khen thưởng 01 cá nhân tố giác.",
         [], "Đã xong.", "II.5.d", "completed", {}),
        ("T4–T9", "Góp ý dự thảo văn bản quy phạm pháp luật về TĐC",
         "Phối hợp Chi cục góp ý 04 dự thảo văn bản (dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa sửa đổi và các thông tư liên quan).",
         [], "Đã xong.", "II.2.c", "completed", {}),
        ("T1–T10", "Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP",
         "Phối hợp Chi cục lập danh mục thiết bị nghiệp vụ cần bảo trì, kiểm định; đã trình Sở phê duyệt danh mục bổ sung.",
         [], "Đã xong phần phối hợp.", "II.4.b", "completed", {}),
    ]
    diffs = ["Phòng chỉ có 04 công chức nên việc cử người tham gia đoàn kiểm tra thường trùng lịch tiếp công dân."]
    props = ["Đề nghị Chi cục gửi lịch kiểm tra dự kiến theo quý để Phòng chủ động bố trí nhân sự."]
    h5_doc("KTPC-088-bc-ct38.docx", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ", "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế",
           "88/BC-KTPC", "TP. Hồ Chí Minh, ngày 29 tháng 10 năm 2026", "2026-10-29",
           "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
           "Phòng Kiểm tra – Pháp chế báo cáo kết quả thực hiện phần việc được giao phối hợp trong Kế hoạch năm 2026 (số liệu đến ngày 25/10/2026):",
           items, diffs, props, [("TRƯỞNG PHÒNG", "b"), ("", ""), ("", ""), ("Đỗ Thị Hoài My", "b")])


def h5_nnmt():
    items = [
        ("T2–T10", "Hướng dẫn cơ sở sản xuất nông sản áp dụng truy xuất nguồn gốc",
         "Sở chỉ đạo Chi cục Trồng trọt và Bảo vệ thực vật, Chi cục Chăn nuôi và Thú y hướng dẫn cơ sở cấp mã vùng trồng, gắn tem truy xuất nguồn gốc; một số cơ sở đang chờ cấp tài khoản trên hệ thống.",
         ["46 cơ sở được hướng dẫn"], "Đang làm tiếp.", "II.2.a", "in_progress", {"enterprises_supported": 46}),
        ("T3–T10", "Kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi",
         "Các đoàn kiểm tra chuyên ngành của Sở kiểm tra cơ sở kinh doanh vật tư nông nghiệp, lấy mẫu kiểm nghiệm; xử phạt các cơ sở vi phạm về chất lượng và ghi nhãn.",
         ["21 cuộc", "164 cơ sở", "112 mẫu", "23 cơ sở vi phạm", "537.250.000 đồng"], "Đang làm tiếp.", "II.5.a", "in_progress",
         {"inspections": 21, "establishments_inspected": 164, "samples_tested": 112, "violations": 23, "fines_vnd": 537250000}),
        ("T6–T11", "Xây dựng quy chuẩn kỹ thuật địa phương về nước sạch nông thôn và chất lượng đất",
         "Đang lấy ý kiến các sở, ngành về dự thảo 02 quy chuẩn kỹ thuật địa phương.",
         ["02 quy chuẩn"], "Đang làm, chưa trình ban hành.", "II.2.e", "in_progress", {"standards_reviewed": 2}),
        ("T1–T9", "Tuyên truyền về chất lượng vật tư nông nghiệp, nông sản",
         "Đăng tin, bài trên trang thông tin điện tử của Sở và các chi cục.",
         ["31 tin, bài"], "Đã xong.", "II.1.a", "completed", {"communications": 31}),
    ]
    diffs = ["Kinh phí kiểm nghiệm mẫu phân bón, thuốc bảo vệ thực vật cao, không đủ để lấy mẫu theo kế hoạch ban đầu."]
    props = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng hàng hóa có liên quan đến vật tư nông nghiệp.",
             "Đề nghị Sở Khoa học và Công nghệ góp ý sớm dự thảo 02 quy chuẩn kỹ thuật địa phương do Sở Nông nghiệp và Môi trường gửi."]
    h5_doc("SNNMT-9275-ct38.docx", "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "SO-NNMT", "Sở Nông nghiệp và Môi trường",
           "9275/BC-SNNMT", "Thành phố Hồ Chí Minh, ngày 11 tháng 11 năm 2026", "2026-11-11",
           "Kết quả thực hiện nội dung phối hợp Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
           "Sở Nông nghiệp và Môi trường báo cáo kết quả thực hiện các nội dung liên quan đến ngành như sau:",
           items, diffs, props, [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("Nguyễn Văn Phước", "b")])


def h5_gddt():
    items = [
        ("T3–T11", "Đưa nội dung tiêu chuẩn, đo lường, chất lượng vào hoạt động ngoại khóa của các trường trung cấp, cao đẳng",
         "Phối hợp Chi cục tổ chức các buổi sinh hoạt chuyên đề về mã số mã vạch, truy xuất nguồn gốc, nhãn hàng hóa tại 04 trường; còn 02 trường đăng ký tổ chức trong tháng 11.",
         ["06 buổi", "1.150 học sinh, sinh viên"], "Chưa xong, đang tiếp tục.", "II.3.d", "in_progress",
         {"training_courses": 6, "participants": 1150}),
        ("T1–T8", "Duy trì hệ thống quản lý chất lượng tại cơ quan Sở",
         "Hoàn thành đánh giá nội bộ và công bố lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 ngày 20/8/2026.",
         [], "Đã xong.", "II.2.đ", "completed", {}),
        ("T4–T6", "Tuyên truyền trên website ngành giáo dục",
         "Đăng tải thông tin về Chỉ thị 38 và Ngày Tiêu chuẩn Thế giới.",
         ["05 tin, bài"], "Đã xong.", "II.1.a", "completed", {"communications": 5}),
        ("T7", "Cử công chức dự tập huấn nghiệp vụ TĐC",
         "Cử công chức Phòng Kế hoạch - Tài chính và Văn phòng Sở dự lớp do Chi cục tổ chức.",
         ["03 công chức"], "Đã xong.", "II.3.a", "completed", {"participants": 3}),
        ("—", "Nâng cao năng suất khu vực công (APO)",
         "Chưa có yêu cầu phối hợp trong năm.",
         [], "Không phát sinh.", "II.6.b", "not_applicable", {}),
    ]
    diffs = ["Lịch học của học sinh, sinh viên kín nên khó bố trí thời gian cho hoạt động ngoại khóa chuyên đề."]
    props = ["Đề nghị Chi cục biên soạn tài liệu ngắn, dạng video về tiêu chuẩn, đo lường, chất lượng để các trường sử dụng."]
    h5_doc("SGDDT-4410-bao-cao-ct38.docx", "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SO-GDDT", "Sở Giáo dục và Đào tạo",
           "4410/BC-SGDĐT", "Thành phố Hồ Chí Minh, ngày 13 tháng 11 năm 2026", "2026-11-13",
           "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
           "Sở Giáo dục và Đào tạo báo cáo kết quả thực hiện các nội dung có liên quan như sau:",
           items, diffs, props, [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("Lê Thụy Mỵ Châu", "b")])


if __name__ == "__main__":
    for f in [h1_bari, h1_laithieu, h1_hotram_mistaken, h2_ngaigiao, h2_phuocthanh, h2_tangnhonphu,
              h3_congthuong, h3_yte, h3_xaydung, h3_noivu_mistaken, h4_chicuc, h4_trungtam, h4_vanphong,
              h5_ktpc, h5_nnmt, h5_gddt]:
        f()
    with open(os.path.join(OUT, "keys_draft.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
    print(len(KEYS), "files")
