# -*- coding: utf-8 -*-
"""Generator for set96: rural communes (former Củ Chi, Cần Giờ, Bình Chánh, Hóc Môn areas).
Four hands:  A = ông Tư (WPS Writer, Củ Chi), B = chị Hạnh (LibreOffice Calc, Cần Giờ),
C = anh Phúc (LibreOffice Writer, Bình Chánh), D = chú Bảy (WPS Spreadsheets, Hóc Môn).
Run: python3 gen.py   (then it re-saves two files through LibreOffice and writes truth/)."""
import hashlib, json, os, shutil, subprocess, zipfile, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

KEYS = []  # (filename, key dict without sha)


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, rejected=None):
    KEYS.append((fname, {
        "file": fname, "sha256": None,
        "status": "rejected" if rejected else "extracted",
        "reason": rejected,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": [] if rejected else [
            {"task": t, "status": s, "indicators": ind, "text": txt} for (t, s, ind, txt) in entries],
        "findings": [],
        "difficulties": [] if rejected else diffs,
        "proposals": [] if rejected else props,
    }))


def set_font(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = tblPr.find(qn("w:tblBorders"))
    if b is not None:
        tblPr.remove(b)


def cell_lines(cell, lines, bold=False, center=True, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(ln)
        if isinstance(bold, (list, tuple)):
            r.bold = bold[i]
        else:
            r.bold = bold
        if size:
            r.font.size = Pt(size)


def patch_app(path, app_name):
    """Rewrite docProps/app.xml Application (the office suite that 'saved' it)."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():
            data = zin.read(it.filename)
            if it.filename == "docProps/app.xml":
                s = data.decode("utf-8")
                import re
                if "<Application>" in s:
                    s = re.sub(r"<Application>[^<]*</Application>", "<Application>%s</Application>" % app_name, s)
                else:
                    s = s.replace("</Properties>", "<Application>%s</Application></Properties>" % app_name)
                data = s.encode("utf-8")
            zout.writestr(it, data)
    os.replace(tmp, path)


# ---------------------------------------------------------------------------
# HAND A — ông Tư, công chức Kinh tế xã (former Củ Chi), WPS Writer.
# Old pre-merger template: "UBND HUYỆN CỦ CHI" still above the xã; "Kính gửi" still lists
# Phòng Kinh tế huyện; hand-typed numbering that slips (repeated / skipped numbers,
# "a/" "b-" mixed); Telex typing slips (kiễm tra, cở sở, xữ phạt, hướng dẩn); paragraphs
# indented with typed spaces; status in a closing southern phrase "Phần nầy …".
# ---------------------------------------------------------------------------
def hand_a(fname, xa, xa_upper, number, date_words, title_lines, kinh_gui, intro, items,
           diff_head, diffs, prop_head, props, signer, closing_extra=None):
    doc = Document()
    set_font(doc, "Times New Roman", 13)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    cell_lines(t.cell(0, 0), ["UBND HUYỆN CỦ CHI", "UBND " + xa_upper, "-------", "Số: " + number],
               bold=[False, True, False, False], size=12)
    cell_lines(t.cell(0, 1), ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                              "---------------", xa + ", " + date_words],
               bold=[True, True, False, False], size=12)
    t.cell(0, 1).paragraphs[3].runs[0].italic = True
    doc.add_paragraph()
    for i, ln in enumerate(title_lines):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(ln); r.bold = True
        p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    for kg in kinh_gui:
        p = doc.add_paragraph(kg); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    for para in intro:
        doc.add_paragraph("     " + para)
    for it in items:
        kind = it[0]
        if kind == "H":       # section heading
            p = doc.add_paragraph(); r = p.add_run(it[1]); r.bold = True
        elif kind == "T":     # numbered item title (typed number)
            p = doc.add_paragraph(); r = p.add_run("     " + it[1]); r.bold = True
        else:                 # body paragraph
            p = doc.add_paragraph("     " + it[1])
        p.paragraph_format.space_after = Pt(3)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if diffs is not None:
        p = doc.add_paragraph(); p.add_run(diff_head).bold = True
        for d in diffs:
            doc.add_paragraph("     - " + d)
    if props is not None:
        p = doc.add_paragraph(); p.add_run(prop_head).bold = True
        for mark, pr in props:
            doc.add_paragraph("     " + mark + " " + pr)
    if closing_extra:
        doc.add_paragraph("     " + closing_extra)
    doc.add_paragraph("     Trên đây là báo cáo của Ủy ban nhân dân xã, kính báo./.")
    t2 = doc.add_table(rows=1, cols=2); no_borders(t2)
    c = t2.cell(0, 0)
    c.text = ""
    pp = c.paragraphs[0]; r = pp.add_run("Nơi nhận:"); r.bold = True; r.italic = True; r.font.size = Pt(11)
    for ln in ["- Như trên;", "- Phòng Kinh tế huyện (b/c);", "- Lưu: VT."]:
        q = c.add_paragraph(); rr = q.add_run(ln); rr.font.size = Pt(11)
    cell_lines(t2.cell(0, 1), ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", signer],
               bold=True)
    doc.core_properties.author = "Administrator"
    path = os.path.join(OUT, fname)
    doc.save(path)
    patch_app(path, "WPS Office_12.2.0.17153_F1E327BC-269C-435d-A152-05C5408002CA")
    return path


def build_a():
    # A1 — Xã Tân An Hội
    f = "tan-an-hoi-bc-tdc-2026.docx"
    e_tt = ("Xã đã phối hợp với Hội Nông dân, Hội Liên hiệp Phụ nữ xã tổ chức 02 hội nghị tuyên truyền "
            "về đo lường, chất lượng hàng hoá cho tiểu thương chợ Tân An Hội và hộ kinh doanh trên địa bàn, "
            "có 85 lượt người tham dự; đăng 06 tin, bài trên trang thông tin điện tử xã. "
            "Phần nầy xã đã làm xong.")
    e_cb = ("Cử 02 công chức (Kinh tế, Văn hoá - Xã hội) dự lớp tập huấn nghiệp vụ quản lý đo lường "
            "do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức trong tháng 5/2026. Phần nầy xã đã làm xong.")
    e_kt = ("Tổ kiểm tra liên ngành của xã đã kiễm tra 03 cuộc tại chợ Tân An Hội và chợ Phước Thạnh, "
            "kiễm tra 46 cở sở kinh doanh có sử dụng cân; phát hiện 04 trường hợp cân sai số vượt mức cho phép, "
            "lập biên bản nhắc nhở 03 trường hợp, xữ phạt 01 trường hợp với số tiền 1.500.000đ. "
            "Phần nầy xã đã làm xong.")
    e_hh = ("Phối hợp Đội Quản lý thị trường kiểm tra nhãn hàng hoá tại 05 cửa hàng tạp hoá trong 01 cuộc, "
            "phát hiện 02 cửa hàng bán hàng có nhãn chưa đúng quy định, đã hướng dẩn khắc phục. "
            "Phần nầy còn đang làm tiếp tới cuối năm.")
    e_can = ("Xã đã đưa 02 cân đối chứng đặt tại chợ đi kiểm định lại, kinh phí 800.000đ từ nguồn chi thường xuyên. "
             "Phần nầy xã đã làm xong.")
    e_iso = ("UBND xã tiếp tục duy trì, cập nhật hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 "
             "sau khi sắp xếp lại bộ máy. Phần nầy còn đang làm.")
    diffs = ["Cán bộ làm công tác đo lường là kiêm nhiệm, chưa được đào tạo chuyên môn nên khi kiễm tra còn lúng túng.",
             "Xã chưa có bộ quả cân chuẩn để kiểm tra cân tại chợ."]
    props = [("a/", "Đề nghị Chi cục tổ chức tập huấn nghiệp vụ kiễm tra đo lường cho công chức xã trong năm 2027."),
             ("b-", "Đề nghị hỗ trợ cho xã 01 bộ quả cân chuẩn và 01 cân đối chứng đặt tại chợ Phước Thạnh.")]
    hand_a(f, "Tân An Hội", "XÃ TÂN AN HỘI", "118/BC-UBND", "ngày 27 tháng 10 năm 2026",
           ["BÁO CÁO", "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
            "(theo Kế hoạch triển khai Chỉ thị 38-CT/TW của Sở Khoa học và Công nghệ)"],
           ["Kính gửi: - Chi cục Tiêu chuẩn Đo lường Chất lượng TP.HCM;", "- Phòng Kinh tế huyện Củ Chi."],
           ["Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, "
            "Ủy ban nhân dân xã Tân An Hội báo cáo kết quả thực hiện như sau:"],
           [("H", "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI:"),
            ("B", "Ủy ban nhân dân xã đã ban hành Kế hoạch thực hiện trên địa bàn xã, giao công chức Kinh tế tham mưu, "
                  "phối hợp các ấp và các đoàn thể triển khai."),
            ("H", "II. KẾT QUẢ THỰC HIỆN:"),
            ("T", "1. Công tác tuyên truyền, phổ biến:"), ("B", e_tt),
            ("T", "2. Công tác đào tạo, tập huấn:"), ("B", e_cb),
            ("T", "2. Công tác kiễm tra đo lường tại chợ:"), ("B", e_kt),
            ("T", "3. Kiểm tra hàng hoá lưu thông trên địa bàn:"), ("B", e_hh),
            ("T", "5. Cân đối chứng:"), ("B", e_can),
            ("T", "6. Áp dụng ISO tại UBND xã:"), ("B", e_iso)],
           "III. KHÓ KHĂN, VƯỚNG MẮC:", diffs, "IV. KIẾN NGHỊ, ĐỀ XUẤT:", props, "Nguyễn Văn Tư")
    key(f, "27496", "Xã Tân An Hội", "118/BC-UBND", "2026-10-27", [
        ("II.1.a", "completed", {"training_courses": 2, "participants": 85, "communications": 6}, e_tt),
        ("II.3.a", "completed", {"participants": 2}, e_cb),
        ("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 46, "violations": 4, "fines_vnd": 1500000}, e_kt),
        ("II.5.a", "in_progress", {"inspections": 1, "establishments_inspected": 5, "violations": 2}, e_hh),
        ("II.4.b", "completed", {"instruments_verified": 2, "budget_spent_vnd": 800000}, e_can),
        ("II.2.đ", "in_progress", {}, e_iso),
    ], diffs, [p for _, p in props])

    # A2 — Xã Thái Mỹ
    f = "BC thai my - TCDLCL.docx"
    e_tt = ("Xã đã lồng ghép tuyên truyền về cân đúng, cân đủ, chất lượng hàng hoá trong các buổi họp dân tại các ấp; "
            "đăng 04 tin, bài trên trang thông tin điện tử xã và nhóm Zalo của các ấp. Phần nầy xã đã làm xong.")
    e_kt = ("Phối hợp Chi cục kiễm tra 02 cuộc tại chợ Thái Mỹ và các điểm kinh doanh dọc Tỉnh lộ 7, "
            "kiểm tra 28 cở sở; phát hiện 02 cở sở sử dụng cân chưa kiểm định, đã nhắc nhở và yêu cầu đưa cân đi kiểm định. "
            "Phần nầy còn đang làm tiếp.")
    e_cb = ("Xã đã hướng dẩn 04 cơ sở sản xuất (02 cơ sở bánh tráng, 01 cơ sở nước mắm, 01 hợp tác xã rau an toàn) "
            "xây dựng tiêu chuẩn cơ sở và làm hồ sơ tự công bố sản phẩm tham gia chương trình OCOP. Phần nầy còn đang làm.")
    e_qr = ("Vận động các hợp tác xã áp dụng tem truy xuất nguồn gốc (mã QR) cho sản phẩm nông nghiệp, "
            "đến nay có 01 hợp tác xã đã áp dụng cho sản phẩm rau. Phần nầy còn đang làm.")
    e_tg = ("Trong năm không có đơn thư tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng. "
            "Phần nầy không có phát sinh.")
    diffs = ["Các hộ sản xuất nhỏ lẻ chưa quan tâm việc công bố chất lượng, ngại làm hồ sơ.",
             "Kinh phí cho công tác tuyên truyền chưa được bố trí riêng."]
    props = [("a)", "Đề nghị Chi cục hỗ trợ in ấn tờ rơi, tài liệu tuyên truyền phát cho hộ kinh doanh."),
             ("b/", "Đề nghị có hướng dẩn cụ thể về thủ tục tự công bố sản phẩm cho hợp tác xã.")]
    hand_a(f, "Thái Mỹ", "XÃ THÁI MỸ", "95/BC-UBND", "ngày 30 tháng 10 năm 2026",
           ["BÁO CÁO", "Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW",
            "về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026"],
           ["Kính gửi: - Sở Khoa học và Công nghệ;", "- Phòng Kinh tế huyện Củ Chi."],
           ["Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị 38-CT/TW năm 2026; "
            "Ủy ban nhân dân xã Thái Mỹ báo cáo như sau:"],
           [("H", "I/ KẾT QUẢ THỰC HIỆN"),
            ("T", "1. Tuyên truyền:"), ("B", e_tt),
            ("T", "2. Kiễm tra đo lường:"), ("B", e_kt),
            ("T", "3. Hỗ trợ cơ sở sản xuất công bố chất lượng:"), ("B", e_cb),
            ("T", "3. Truy xuất nguồn gốc:"), ("B", e_qr),
            ("T", "6. Khen thưởng, xử lý tố giác:"), ("B", e_tg)],
           "II/ KHÓ KHĂN", diffs, "III/ KIẾN NGHỊ", props, "Lê Thị Mỹ")
    key(f, "27526", "Xã Thái Mỹ", "95/BC-UBND", "2026-10-30", [
        ("II.1.a", "completed", {"communications": 4}, e_tt),
        ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 28, "violations": 2}, e_kt),
        ("II.2.d", "in_progress", {"enterprises_supported": 4}, e_cb),
        ("II.2.a", "in_progress", {"enterprises_supported": 1}, e_qr),
        ("II.5.d", "not_applicable", {}, e_tg),
    ], diffs, [p for _, p in props])

    # A3 — Xã Nhuận Đức
    f = "nhuan duc_bao cao CT38.docx"
    e_tt = ("Ngày 16/4/2026, xã tổ chức 01 hội nghị phổ biến quy định về đo lường trong kinh doanh xăng dầu, "
            "khí dầu mỏ hoá lỏng cho 32 chủ cở sở trên địa bàn. Phần nầy xã đã làm xong.")
    e_kt = ("Xã đã kiễm tra 02 cuộc đối với 05 cửa hàng xăng dầu và 07 đại lý gas, tổng cộng 12 cở sở; "
            "phát hiện 01 cửa hàng xăng dầu vi phạm về đo lường, đã xữ phạt 7.500.000đ. Phần nầy xã đã làm xong.")
    e_ks = ("Phối hợp Chi cục lấy 06 mẫu xăng, dầu trên địa bàn để thử nghiệm chất lượng, "
            "hiện đang chờ kết quả. Phần nầy còn đang làm.")
    e_gt = ("Đã thông báo, giới thiệu Giải thưởng Chất lượng Quốc gia đến 03 doanh nghiệp trên địa bàn xã. "
            "Phần nầy xã đã làm xong.")
    e_iso = ("Việc xây dựng lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho bộ máy mới của xã "
             "do chưa có đơn vị tư vấn. Phần nầy xã chưa làm được.")
    diffs = ["Trên địa bàn có nhiều đại lý gas nhỏ lẻ, thay đổi địa điểm thường xuyên, khó quản lý.",
             "Xã chưa bố trí được kinh phí thuê tư vấn ISO."]
    props = [("-", "Đề nghị Sở Khoa học và Công nghệ hướng dẩn, hỗ trợ xã xây dựng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.")]
    hand_a(f, "Nhuận Đức", "XÃ NHUẬN ĐỨC", "132/BC-UBND", "ngày 03 tháng 11 năm 2026",
           ["BÁO CÁO", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"],
           ["Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh."],
           ["Ủy ban nhân dân xã Nhuận Đức báo cáo kết quả thực hiện trong năm 2026 như sau:"],
           [("H", "I. KẾT QUẢ:"),
            ("T", "1) Phổ biến pháp luật về đo lường:"), ("B", e_tt),
            ("T", "2) Kiễm tra xăng dầu, gas:"), ("B", e_kt),
            ("T", "4) Lấy mẫu thử nghiệm:"), ("B", e_ks),
            ("T", "4) Giải thưởng chất lượng:"), ("B", e_gt),
            ("T", "5) ISO hành chính:"), ("B", e_iso)],
           "II. KHÓ KHĂN:", diffs, "III. ĐỀ XUẤT:", props, "Trần Văn Đức")
    key(f, "27511", "Xã Nhuận Đức", "132/BC-UBND", "2026-11-03", [
        ("II.1.a", "completed", {"training_courses": 1, "participants": 32}, e_tt),
        ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 12, "violations": 1, "fines_vnd": 7500000}, e_kt),
        ("II.5.b", "in_progress", {"samples_tested": 6}, e_ks),
        ("II.1.b", "completed", {"enterprises_supported": 3}, e_gt),
        ("II.2.đ", "not_started", {}, e_iso),
    ], diffs, [p for _, p in props])

    # A4 — Xã Phú Hòa Đông
    f = "PHU HOA DONG - bao cao tieu chuan do luong.docx"
    e_tt = ("Đài truyền thanh xã phát 09 tin về cân đúng, cân đủ và chất lượng hàng hoá; "
            "lồng ghép tuyên truyền tại các buổi sinh hoạt của Hội Phụ nữ. Phần nầy xã đã làm xong.")
    e_cb = "Cử 03 công chức tham dự tập huấn nghiệp vụ đo lường, chất lượng. Phần nầy xã đã làm xong."
    e_kt = ("Từ đầu năm đến nay xã kiễm tra 04 cuộc tại chợ Phú Hoà Đông, chợ Phú Mỹ Hưng, "
            "kiểm tra 53 cở sở kinh doanh; phát hiện 05 trường hợp vi phạm về đo lường, xữ phạt 3.000.000 đồng. "
            "Phần nầy còn đang làm tiếp.")
    e_hh = ("Phối hợp Đội Quản lý thị trường kiểm tra 01 cuộc về mũ bảo hiểm, đồ chơi trẻ em tại 09 cửa hàng. "
            "Phần nầy còn đang làm tiếp.")
    e_can = "Đưa 03 cân đối chứng đi kiểm định định kỳ, chi phí 1.200.000đ. Phần nầy xã đã làm xong."
    diffs = ["Tiểu thương còn dùng cân không rõ nguồn gốc, mua trôi nổi.",
             "Lực lượng kiểm tra của xã mỏng, phải kiêm nhiều việc."]
    props = [("1.", "Đề nghị Chi cục phối hợp tổ chức kiểm tra đột xuất tại các chợ đầu mối trên địa bàn xã."),
             ("2.", "Đề nghị cấp thêm 01 cân đối chứng cho chợ Phú Mỹ Hưng.")]
    hand_a(f, "Phú Hoà Đông", "XÃ PHÚ HOÀ ĐÔNG", "77/BC-UBND", "ngày 24 tháng 10 năm 2026",
           ["BÁO CÁO", "Kết quả thực hiện công tác tiêu chuẩn đo lường chất lượng", "(Chỉ thị 38-CT/TW) năm 2026"],
           ["Kính gửi: - Chi cục Tiêu chuẩn Đo lường Chất lượng;", "- Phòng Kinh tế huyện Củ Chi."],
           ["Ủy ban nhân dân xã Phú Hoà Đông báo cáo kết quả như sau:"],
           [("H", "I. KẾT QUẢ THỰC HIỆN:"),
            ("T", "1. Tuyên truyền:"), ("B", e_tt),
            ("T", "2. Tập huấn:"), ("B", e_cb),
            ("T", "3. Kiễm tra đo lường:"), ("B", e_kt),
            ("T", "3. Kiểm tra chất lượng hàng hoá:"), ("B", e_hh),
            ("T", "5. Cân đối chứng:"), ("B", e_can)],
           "II. KHÓ KHĂN VƯỚNG MẮC:", diffs, "III. KIẾN NGHỊ:", props, "Phạm Văn Hoà")
    key(f, "27541", "Xã Phú Hòa Đông", "77/BC-UBND", "2026-10-24", [
        ("II.1.a", "completed", {"communications": 9}, e_tt),
        ("II.3.a", "completed", {"participants": 3}, e_cb),
        ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 53, "violations": 5, "fines_vnd": 3000000}, e_kt),
        ("II.5.a", "in_progress", {"inspections": 1, "establishments_inspected": 9}, e_hh),
        ("II.4.b", "completed", {"instruments_verified": 3, "budget_spent_vnd": 1200000}, e_can),
    ], diffs, [p for _, p in props])

    # A5 — Xã An Nhơn Tây, MISTAKEN (giảm nghèo)
    f = "an nhon tay - bao cao.docx"
    hand_a(f, "An Nhơn Tây", "XÃ AN NHƠN TÂY", "141/BC-UBND", "ngày 29 tháng 10 năm 2026",
           ["BÁO CÁO", "Kết quả thực hiện Chương trình giảm nghèo bền vững năm 2026"],
           ["Kính gửi: - Phòng Lao động - Thương binh và Xã hội huyện Củ Chi;", "- Sở Nội vụ."],
           ["Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2026, Ủy ban nhân dân xã An Nhơn Tây "
            "báo cáo kết quả như sau:"],
           [("H", "I. KẾT QUẢ THỰC HIỆN:"),
            ("T", "1. Rà soát hộ nghèo, hộ cận nghèo:"),
            ("B", "Đầu năm xã có 47 hộ nghèo, 86 hộ cận nghèo theo chuẩn nghèo Thành phố; qua rà soát đã có 19 hộ thoát nghèo. "
                  "Phần nầy xã đã làm xong."),
            ("T", "2. Hỗ trợ vay vốn:"),
            ("B", "Phối hợp Ngân hàng Chính sách xã hội giải ngân cho 35 hộ vay vốn sản xuất, tổng số tiền 1.750.000.000đ. "
                  "Phần nầy còn đang làm."),
            ("T", "2. Hỗ trợ nhà ở:"),
            ("B", "Xây mới 03 căn nhà tình thương cho hộ nghèo, sửa chữa 05 căn. Phần nầy xã đã làm xong."),
            ("T", "4. Đào tạo nghề:"),
            ("B", "Mở 02 lớp dạy nghề may công nghiệp cho 40 lao động thuộc hộ nghèo, cận nghèo. Phần nầy xã đã làm xong.")],
           "II. KHÓ KHĂN:", ["Một số hộ nghèo không còn sức lao động, khó thoát nghèo."],
           "III. KIẾN NGHỊ:", [("a/", "Đề nghị tăng mức hỗ trợ xây nhà tình thương.")], "Võ Văn Tây")
    key(f, "27508", "Xã An Nhơn Tây", "141/BC-UBND", "2026-10-29", [], [], [],
        rejected="Không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng: "
                 "đây là báo cáo giảm nghèo bền vững gửi nhầm.")


# ---------------------------------------------------------------------------
# HAND B — chị Hạnh, công chức Văn phòng - Thống kê xã (former Cần Giờ), LibreOffice Calc.
# Sheet left with LibreOffice's default Vietnamese name "Trang tính1"; each task is one row
# whose "Số lượng" cell holds several numbers on separate lines (Alt+Enter) matched line by
# line with the nouns in the next cell "Tính theo"; status column typed inconsistently
# ("Đã thực hiện", "đã thực hiện", "ĐANG THỰC HIỆN", "Đã TH", "không phát sinh");
# money with an English decimal point ("1.5 triệu").
# ---------------------------------------------------------------------------
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def hand_b(fname, xa, xa_upper, number, date_str, rows, diffs, props, signer):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Trang tính1"
    F = "Liberation Serif"
    widths = {"A": 5, "B": 42, "C": 12, "D": 34, "E": 16, "F": 18}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "UBND " + xa_upper; ws.merge_cells("A1:B1")
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws.merge_cells("D1:F1")
    ws["A2"] = "Số: " + number; ws.merge_cells("A2:B2")
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"; ws.merge_cells("D2:F2")
    ws["D3"] = xa + ", ngày " + date_str; ws.merge_cells("D3:F3")
    ws["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"; ws.merge_cells("A5:F5")
    ws["A6"] = "(về công tác tiêu chuẩn, đo lường, chất lượng trên địa bàn xã)"; ws.merge_cells("A6:F6")
    for c in ("A1", "D1", "D2", "A5"):
        ws[c].font = Font(name=F, bold=True, size=12)
    for c in ("A2", "A6"):
        ws[c].font = Font(name=F, size=12)
    ws["D3"].font = Font(name=F, italic=True, size=12)
    for c in ("A1", "A2", "D1", "D2", "D3", "A5", "A6"):
        ws[c].alignment = Alignment(horizontal="center")
    hdr = ["STT", "Công việc", "Số lượng", "Tính theo", "Tiến độ", "Ghi chú"]
    r = 8
    for i, h in enumerate(hdr):
        c = ws.cell(r, i + 1, h); c.font = Font(name=F, bold=True, size=12)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); c.border = BOX
    for n, (name, nums, nouns, status, note) in enumerate(rows, 1):
        r += 1
        vals = [n, name, None, "\n".join(nouns), status, note]
        if len(nums) == 1 and nums[0].isdigit():
            vals[2] = int(nums[0])
        else:
            vals[2] = "\n".join(nums)
        for i, v in enumerate(vals):
            c = ws.cell(r, i + 1, v); c.font = Font(name=F, size=12); c.border = BOX
            c.alignment = Alignment(vertical="top", wrap_text=True,
                                    horizontal="center" if i in (0, 2, 4) else "left")
        ws.row_dimensions[r].height = max(1, len(nums), len(name) // 40 + 1) * 17
    r += 2
    ws.cell(r, 1, "Khó khăn, vướng mắc:").font = Font(name=F, bold=True, size=12)
    for d in diffs:
        r += 1; ws.cell(r, 1, "- " + d).font = Font(name=F, size=12)
    r += 1
    ws.cell(r, 1, "Kiến nghị:").font = Font(name=F, bold=True, size=12)
    for p in props:
        r += 1; ws.cell(r, 1, "- " + p).font = Font(name=F, size=12)
    r += 2
    for ln in ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", signer]:
        c = ws.cell(r, 4, ln); c.font = Font(name=F, bold=True, size=12); c.alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6); r += 1
    ws.page_setup.orientation = "landscape"
    wb.properties.creator = "Hanh"
    path = os.path.join(OUT, fname)
    wb.save(path)
    patch_app(path, "LibreOffice/7.3.7.2$Linux_X86_64 LibreOffice_project/30$Build-2")
    return path


def build_b():
    # B1 — Xã Cần Giờ
    f = "can gio - bao cao ct38 2026.xlsx"
    rows = [
        ("Tuyên truyền, phổ biến quy định về đo lường, chất lượng cho tiểu thương chợ Cần Thạnh",
         ["04", "01", "60"], ["tin, bài trên trang TTĐT xã", "hội nghị phổ biến", "lượt người dự"], "Đã thực hiện", ""),
        ("Kiểm tra cân tại chợ Cần Thạnh và các vựa hải sản",
         ["3", "37", "3", "1.5 triệu"], ["cuộc kiểm tra", "cơ sở được kiểm tra", "trường hợp cân sai", "tiền phạt"],
         "đã thực hiện", "Phạt 01 vựa hải sản"),
        ("Phối hợp kiểm tra chất lượng nước mắm, muối i-ốt lưu thông trên địa bàn",
         ["1", "6", "4"], ["cuộc", "cửa hàng tạp hóa", "mẫu gửi thử nghiệm"], "ĐANG THỰC HIỆN", "chờ kết quả mẫu"),
        ("Cử công chức tham gia tập huấn nghiệp vụ", ["2"], ["công chức dự lớp của Chi cục"], "Đã TH", ""),
        ("Duy trì hệ thống quản lý chất lượng ISO 9001 tại UBND xã", [], [], "Đang thực hiện", ""),
        ("Khen thưởng, bảo vệ người tố giác vi phạm", [], [], "không phát sinh", ""),
    ]
    diffs = ["Địa bàn rộng, nhiều vựa hải sản nằm rải rác ven sông, đi kiểm tra mất nhiều thời gian.",
             "Xã chưa có cân đối chứng tại chợ Cần Thạnh."]
    props = ["Đề nghị Chi cục trang bị cân đối chứng cho chợ Cần Thạnh và chợ Đồng Hòa."]
    hand_b(f, "Cần Giờ", "XÃ CẦN GIỜ", "56/BC-UBND", "29 tháng 10 năm 2026", rows, diffs, props, "Nguyễn Thị Hạnh")
    t = lambda i: rows[i][0] + ": " + "; ".join(a + " " + b for a, b in zip(rows[i][1], rows[i][2]))
    key(f, "27664", "Xã Cần Giờ", "56/BC-UBND", "2026-10-29", [
        ("II.1.a", "completed", {"communications": 4, "training_courses": 1, "participants": 60}, t(0)),
        ("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 37, "violations": 3, "fines_vnd": 1500000}, t(1)),
        ("II.5.a", "in_progress", {"inspections": 1, "establishments_inspected": 6, "samples_tested": 4}, t(2)),
        ("II.3.a", "completed", {"participants": 2}, t(3)),
        ("II.2.đ", "in_progress", {}, rows[4][0]),
        ("II.5.d", "not_applicable", {}, rows[5][0]),
    ], diffs, props)

    # B2 — Xã Bình Khánh
    f = "BINH KHANH_BC TDC nam 2026.xlsx"
    rows = [
        ("Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên loa truyền thanh và trang TTĐT", ["3"], ["tin"], "Đã thực hiện", ""),
        ("Kiểm tra đo lường tại chợ Bình Khánh, bến phà Bình Khánh",
         ["2", "24", "1", "2.5 triệu"], ["cuộc", "cơ sở", "cơ sở vi phạm", "phạt tiền"], "đã thực hiện", ""),
        ("Đưa cân đối chứng của chợ đi kiểm định", ["2", "0.6 triệu"], ["cân đối chứng", "kinh phí"], "Đã thực hiện", "chi từ ngân sách xã"),
        ("Hướng dẫn cơ sở chế biến khô cá tự công bố sản phẩm, xây dựng tiêu chuẩn cơ sở",
         ["2"], ["cơ sở"], "Đang TH", ""),
        ("Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia", [], [], "Chưa thực hiện", "trên địa bàn chưa có DN đủ điều kiện"),
    ]
    diffs = ["Các cơ sở chế biến khô cá chủ yếu là hộ gia đình, chưa quan tâm công bố chất lượng."]
    props = ["Đề nghị Chi cục tổ chức lớp hướng dẫn tự công bố sản phẩm tại xã.",
             "Đề nghị hỗ trợ kinh phí kiểm định cân đối chứng hằng năm."]
    hand_b(f, "Bình Khánh", "XÃ BÌNH KHÁNH", "61/BC-UBND", "31 tháng 10 năm 2026", rows, diffs, props, "Lê Văn Khánh")
    t = lambda i: rows[i][0] + ": " + "; ".join(a + " " + b for a, b in zip(rows[i][1], rows[i][2]))
    key(f, "27667", "Xã Bình Khánh", "61/BC-UBND", "2026-10-31", [
        ("II.1.a", "completed", {"communications": 3}, t(0)),
        ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 24, "violations": 1, "fines_vnd": 2500000}, t(1)),
        ("II.4.b", "completed", {"instruments_verified": 2, "budget_spent_vnd": 600000}, t(2)),
        ("II.2.d", "in_progress", {"enterprises_supported": 2}, t(3)),
        ("II.1.b", "not_started", {}, rows[4][0]),
    ], diffs, props)

    # B3 — Xã An Thới Đông
    f = "an thoi dong - ct38.xlsx"
    rows = [
        ("Hội nghị phổ biến Luật Đo lường cho hộ kinh doanh", ["01", "45"], ["hội nghị", "người tham dự"], "Đã thực hiện", "tháng 6/2026"),
        ("Kiểm tra cân tại chợ An Thới Đông, chợ Rạch Lá", ["2", "19"], ["cuộc", "cơ sở"], "đang thực hiện", "không phát hiện vi phạm"),
        ("Phối hợp Chi cục lấy mẫu xăng dầu khảo sát chất lượng", ["3"], ["mẫu"], "ĐÃ THỰC HIỆN", ""),
        ("Cử cán bộ dự tập huấn", ["1"], ["công chức Kinh tế"], "Đã TH", ""),
        ("Khen thưởng người tố giác vi phạm", [], [], "Không phát sinh", ""),
    ]
    diffs = ["Xã chưa có công chức chuyên trách về đo lường, chất lượng."]
    props = ["Đề nghị Chi cục cung cấp tài liệu hướng dẫn kiểm tra cân tại chợ cho cấp xã."]
    hand_b(f, "An Thới Đông", "XÃ AN THỚI ĐÔNG", "48/BC-UBND", "26 tháng 10 năm 2026", rows, diffs, props, "Trần Văn Đông")
    t = lambda i: rows[i][0] + ": " + "; ".join(a + " " + b for a, b in zip(rows[i][1], rows[i][2]))
    key(f, "27673", "Xã An Thới Đông", "48/BC-UBND", "2026-10-26", [
        ("II.1.a", "completed", {"training_courses": 1, "participants": 45}, t(0)),
        ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 19}, t(1)),
        ("II.5.b", "completed", {"samples_tested": 3}, t(2)),
        ("II.3.a", "completed", {"participants": 1}, t(3)),
        ("II.5.d", "not_applicable", {}, rows[4][0]),
    ], diffs, props)

    # B4 — Xã Thạnh An (island)
    f = "Thanh An BC TCDLCL.xlsx"
    rows = [
        ("Tuyên truyền cân đúng, cân đủ cho người dân đảo Thạnh An", ["2"], ["tin phát trên loa"], "Đã thực hiện", ""),
        ("Kiểm tra cân tại chợ Thạnh An và các vựa hàu, vựa hải sản",
         ["1", "14", "2", "1.25 triệu"], ["cuộc", "cơ sở", "trường hợp vi phạm", "tiền phạt"], "Đã thực hiện", ""),
        ("Hỗ trợ HTX nuôi hàu áp dụng tem truy xuất nguồn gốc", ["1"], ["hợp tác xã"], "Đang thực hiện", "đã in tem QR"),
        ("Áp dụng ISO 9001 tại UBND xã", [], [], "đang thực hiện", ""),
    ]
    diffs = ["Đi lại giữa đảo và đất liền phụ thuộc con nước, khó phối hợp với các đoàn kiểm tra của Thành phố."]
    props = ["Đề nghị Chi cục bố trí kiểm tra, kiểm định cân tại chỗ cho xã đảo Thạnh An mỗi năm 01 lần."]
    hand_b(f, "Thạnh An", "XÃ THẠNH AN", "39/BC-UBND", "02 tháng 11 năm 2026", rows, diffs, props, "Huỳnh Văn An")
    t = lambda i: rows[i][0] + ": " + "; ".join(a + " " + b for a, b in zip(rows[i][1], rows[i][2]))
    key(f, "27676", "Xã Thạnh An", "39/BC-UBND", "2026-11-02", [
        ("II.1.a", "completed", {"communications": 2}, t(0)),
        ("II.5.c", "completed", {"inspections": 1, "establishments_inspected": 14, "violations": 2, "fines_vnd": 1250000}, t(1)),
        ("II.2.a", "in_progress", {"enterprises_supported": 1}, t(2)),
        ("II.2.đ", "in_progress", {}, rows[3][0]),
    ], diffs, props)


# ---------------------------------------------------------------------------
# HAND C — anh Phúc, công chức Kinh tế xã (former Bình Chánh), LibreOffice Writer.
# Dates with hyphens ("ngày 20-10-2026"), "Số: 87 /BC-UBND" with a stray space; running
# narrative with every figure in bold, and the status typed in CAPITALS inside the sentence
# wherever it falls ("xã ĐÃ HOÀN THÀNH việc …", "… hiện ĐANG TIẾP TỤC THỰC HIỆN"); topics
# as "+ Về …:" lines under Roman sections; difficulties/proposals in one "Khó khăn – kiến nghị"
# part with "* Khó khăn:" and "* Kiến nghị:".
# ---------------------------------------------------------------------------
import re


def rich_para(doc, text, indent=True):
    """**x** -> bold runs."""
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(4)
    for i, part in enumerate(re.split(r"\*\*", text)):
        if part:
            r = p.add_run(part); r.bold = (i % 2 == 1)
    return p


def plain(s):
    return s.replace("**", "")


def hand_c(fname, xa, xa_upper, number, date_h, title2, intro, topics, diffs, props, signer):
    doc = Document()
    set_font(doc, "Times New Roman", 14)
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    cell_lines(t.cell(0, 0), ["ỦY BAN NHÂN DÂN", xa_upper, "________", "Số: " + number], bold=[True, True, False, False], size=13)
    cell_lines(t.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "________________",
                              xa + ", ngày " + date_h], bold=[True, True, False, False], size=13)
    doc.add_paragraph()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run("BÁO CÁO").bold = True
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run(title2).bold = True
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run("_______________")
    rich_para(doc, intro)
    p = doc.add_paragraph(); p.add_run("I. KẾT QUẢ THỰC HIỆN").bold = True
    for head, body in topics:
        p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
        r = p.add_run("+ " + head); r.bold = True; r.italic = True
        rich_para(doc, body)
    p = doc.add_paragraph(); p.add_run("II. KHÓ KHĂN – KIẾN NGHỊ").bold = True
    p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1); p.add_run("* Khó khăn:").italic = True
    for d in diffs:
        rich_para(doc, "- " + d)
    p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1); p.add_run("* Kiến nghị:").italic = True
    for d in props:
        rich_para(doc, "- " + d)
    rich_para(doc, "Ủy ban nhân dân xã " + xa + " báo cáo Chi cục Tiêu chuẩn Đo lường Chất lượng tổng hợp./.")
    t2 = doc.add_table(rows=1, cols=2); no_borders(t2)
    cell_lines(t2.cell(0, 0), ["Nơi nhận:", "- Chi cục TĐC TP.HCM;", "- Lưu VT."], bold=[True, False, False], center=False, size=11)
    cell_lines(t2.cell(0, 1), ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", signer], bold=True)
    doc.core_properties.author = "Phuc KT"
    path = os.path.join(OUT, fname)
    doc.save(path)
    patch_app(path, "LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1")
    return path


def build_c():
    # C1 — Xã Tân Nhựt
    f = "TanNhut_BC_CT38_2026.docx"
    b_tt = ("Xã ĐÃ HOÀN THÀNH việc tổ chức **02** hội nghị tuyên truyền về tiêu chuẩn, đo lường, chất lượng "
            "cho hộ kinh doanh tại chợ Tân Nhựt và khu dân cư Láng Le, thu hút **120** lượt người tham dự; "
            "đồng thời đăng **05** tin, bài trên trang thông tin điện tử của xã.")
    b_kt = ("Tổ kiểm tra của xã ĐANG TIẾP TỤC THỰC HIỆN việc kiểm tra đo lường tại các chợ và cửa hàng xăng dầu; "
            "tính đến ngày 15-10-2026 đã kiểm tra **04** cuộc, **42** cơ sở, phát hiện **03** cơ sở vi phạm, "
            "phạt tiền **4.500.000** đồng.")
    b_cb = ("Xã ĐÃ HƯỚNG DẪN XONG cho **05** cơ sở sản xuất (nhang, bánh tráng, rau mầm) xây dựng tiêu chuẩn cơ sở "
            "và làm hồ sơ tự công bố sản phẩm.")
    b_iso = ("Việc rà soát, xây dựng lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau khi sáp nhập "
             "xã ĐANG THỰC HIỆN, dự kiến xong trong tháng 12-2026.")
    b_th = ("Do thời gian tổ chức lớp trùng với đợt cao điểm của xã nên xã CHƯA CỬ ĐƯỢC công chức tham gia tập huấn "
            "nghiệp vụ về đo lường, chất lượng trong năm.")
    diffs = ["Hộ kinh doanh tại các chợ tự phát ven đường thay đổi thường xuyên, khó theo dõi.",
             "Kinh phí hoạt động của Tổ kiểm tra xã còn hạn chế."]
    props = ["Đề nghị Chi cục tổ chức thêm lớp tập huấn vào Quý I-2027 để công chức xã tham gia."]
    hand_c(f, "Tân Nhựt", "XÃ TÂN NHỰT", "87 /BC-UBND", "20-10-2026",
           "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
           "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW của Ban Bí thư năm 2026, "
           "Ủy ban nhân dân xã Tân Nhựt báo cáo kết quả thực hiện như sau:",
           [("Về tuyên truyền, phổ biến:", b_tt), ("Về kiểm tra đo lường:", b_kt),
            ("Về hỗ trợ cơ sở công bố chất lượng:", b_cb), ("Về áp dụng ISO tại cơ quan:", b_iso),
            ("Về đào tạo, tập huấn:", b_th)], diffs, props, "Nguyễn Hoàng Phúc")
    key(f, "27595", "Xã Tân Nhựt", "87 /BC-UBND", "2026-10-20", [
        ("II.1.a", "completed", {"training_courses": 2, "participants": 120, "communications": 5}, plain(b_tt)),
        ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 42, "violations": 3, "fines_vnd": 4500000}, plain(b_kt)),
        ("II.2.d", "completed", {"enterprises_supported": 5}, plain(b_cb)),
        ("II.2.đ", "in_progress", {}, plain(b_iso)),
        ("II.3.a", "not_started", {}, plain(b_th)),
    ], diffs, props)

    # C2 — Xã Hưng Long
    f = "hung long bc tdc.docx"
    b_tt = ("Trong năm xã phát **08** tin trên hệ thống loa truyền thanh và trang thông tin điện tử về cân đúng, cân đủ; "
            "phần việc này xã ĐÃ THỰC HIỆN XONG.")
    b_kt = ("Xã ĐÃ HOÀN THÀNH **03** cuộc kiểm tra đo lường tại chợ Hưng Long và chợ Đa Phước, kiểm tra **31** cơ sở, "
            "phát hiện **02** cơ sở sử dụng cân sai, xử phạt **2.000.000** đồng.")
    b_hh = ("Phối hợp Đội Quản lý thị trường kiểm tra **01** cuộc về nhãn hàng hóa, đồ chơi trẻ em tại **07** cửa hàng, "
            "lấy **03** mẫu đồ chơi gửi thử nghiệm; việc này ĐANG THỰC HIỆN, chờ kết quả thử nghiệm.")
    b_can = ("Xã ĐÃ ĐƯA **02** cân đối chứng đi kiểm định, kinh phí **700.000** đồng.")
    b_tg = ("Trong kỳ KHÔNG PHÁT SINH trường hợp tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng.")
    diffs = ["Chợ Đa Phước xuống cấp, chưa có vị trí đặt cân đối chứng."]
    props = ["Đề nghị Chi cục hỗ trợ kinh phí kiểm định cân đối chứng cho các chợ của xã.",
             "Đề nghị phối hợp kiểm tra chất lượng xăng dầu tại các cửa hàng dọc Quốc lộ 50."]
    hand_c(f, "Hưng Long", "XÃ HƯNG LONG", "112 /BC-UBND", "22-10-2026",
           "Về công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (Chỉ thị 38-CT/TW)",
           "Ủy ban nhân dân xã Hưng Long báo cáo kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 như sau:",
           [("Về thông tin, tuyên truyền:", b_tt), ("Về kiểm tra tại chợ:", b_kt),
            ("Về kiểm tra hàng hóa:", b_hh), ("Về cân đối chứng:", b_can), ("Về tố giác, khen thưởng:", b_tg)],
           diffs, props, "Lê Văn Long")
    key(f, "27628", "Xã Hưng Long", "112 /BC-UBND", "2026-10-22", [
        ("II.1.a", "completed", {"communications": 8}, plain(b_tt)),
        ("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 31, "violations": 2, "fines_vnd": 2000000}, plain(b_kt)),
        ("II.5.a", "in_progress", {"inspections": 1, "establishments_inspected": 7, "samples_tested": 3}, plain(b_hh)),
        ("II.4.b", "completed", {"instruments_verified": 2, "budget_spent_vnd": 700000}, plain(b_can)),
        ("II.5.d", "not_applicable", {}, plain(b_tg)),
    ], diffs, props)

    # C3 — Xã Bình Lợi
    f = "Binh Loi - BC 38.docx"
    b_tt = ("Xã ĐÃ TỔ CHỨC XONG **01** lớp tập huấn về ghi nhãn hàng hóa và công bố chất lượng cho **38** hộ sản xuất, kinh doanh.")
    b_kt = ("Việc kiểm tra đo lường tại chợ Bình Lợi và các đại lý gas hiện ĐANG TIẾP TỤC THỰC HIỆN; "
            "đến nay đã tổ chức **02** cuộc, kiểm tra **17** cơ sở.")
    b_qr = ("Xã ĐANG VẬN ĐỘNG các trang trại, hợp tác xã áp dụng truy xuất nguồn gốc; đã có **02** hợp tác xã "
            "(HTX Bình Lợi, HTX rau Tân Quý) đăng ký sử dụng mã QR.")
    b_gt = ("Việc vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia xã CHƯA THỰC HIỆN do trên địa bàn "
            "chủ yếu là hộ sản xuất nhỏ.")
    b_cb = ("Xã ĐÃ CỬ **02** công chức tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức.")
    diffs = ["Người dân, hộ sản xuất còn ngại áp dụng mã QR vì tốn chi phí."]
    props = ["Đề nghị Sở hỗ trợ chi phí in tem truy xuất nguồn gốc cho hợp tác xã năm đầu."]
    hand_c(f, "Bình Lợi", "XÃ BÌNH LỢI", "64 /BC-UBND", "28-10-2026",
           "Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026",
           "Thực hiện chỉ đạo của Sở Khoa học và Công nghệ, Ủy ban nhân dân xã Bình Lợi báo cáo như sau:",
           [("Về tập huấn cho hộ sản xuất:", b_tt), ("Về kiểm tra đo lường:", b_kt),
            ("Về truy xuất nguồn gốc:", b_qr), ("Về Giải thưởng chất lượng:", b_gt), ("Về đào tạo cán bộ:", b_cb)],
           diffs, props, "Trần Thị Lợi")
    key(f, "27610", "Xã Bình Lợi", "64 /BC-UBND", "2026-10-28", [
        ("II.1.a", "completed", {"training_courses": 1, "participants": 38}, plain(b_tt)),
        ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 17}, plain(b_kt)),
        ("II.2.a", "in_progress", {"enterprises_supported": 2}, plain(b_qr)),
        ("II.1.b", "not_started", {}, plain(b_gt)),
        ("II.3.a", "completed", {"participants": 2}, plain(b_cb)),
    ], diffs, props)

    # C4 — Xã Vĩnh Lộc (re-saved through LibreOffice afterwards)
    f = "vinh loc - bao cao TDC 2026.docx"
    b_tt = ("Xã ĐÃ HOÀN THÀNH **03** hội nghị phổ biến pháp luật về đo lường, chất lượng tại các khu dân cư, "
            "có **210** lượt người tham dự; phát hành **500** tờ rơi tuyên truyền.")
    b_kt = ("Đến nay xã đã kiểm tra **06** cuộc, **64** cơ sở kinh doanh (chợ Vĩnh Lộc A, chợ Cầu Xáng, cửa hàng xăng dầu), "
            "phát hiện **07** cơ sở vi phạm, xử phạt **9.500.000** đồng; công tác này ĐANG TIẾP TỤC THỰC HIỆN.")
    b_ks = ("Xã ĐÃ PHỐI HỢP XONG với Chi cục lấy **08** mẫu xăng dầu, khí gas để khảo sát chất lượng.")
    b_cb = ("Xã ĐANG HƯỚNG DẪN **06** doanh nghiệp nhỏ trong khu công nghiệp Vĩnh Lộc áp dụng tiêu chuẩn cơ sở, công bố hợp quy.")
    b_iso = ("Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 của UBND xã ĐÃ ĐƯỢC CÔNG BỐ LẠI trong tháng 8-2026.")
    b_th = ("Xã ĐÃ CỬ **04** công chức tham gia tập huấn nghiệp vụ.")
    b_hh = ("Phối hợp Đội Quản lý thị trường kiểm tra **02** cuộc về chất lượng mũ bảo hiểm tại **11** cửa hàng, "
            "phát hiện **01** cửa hàng vi phạm; việc này ĐANG THỰC HIỆN.")
    diffs = ["Địa bàn xã rộng, dân cư đông sau sáp nhập, lực lượng kiểm tra ít.",
             "Chưa có phần mềm theo dõi cơ sở kinh doanh có sử dụng phương tiện đo."]
    props = ["Đề nghị Chi cục hỗ trợ xã xây dựng cơ sở dữ liệu các cơ sở kinh doanh có sử dụng phương tiện đo.",
             "Đề nghị bổ sung biên chế công chức phụ trách lĩnh vực khoa học công nghệ cho xã."]
    hand_c(f, "Vĩnh Lộc", "XÃ VĨNH LỘC", "203 /BC-UBND", "30-10-2026",
           "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
           "Căn cứ Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, "
           "Ủy ban nhân dân xã Vĩnh Lộc báo cáo như sau:",
           [("Về tuyên truyền:", b_tt), ("Về kiểm tra đo lường:", b_kt), ("Về khảo sát chất lượng:", b_ks),
            ("Về hỗ trợ doanh nghiệp:", b_cb), ("Về ISO hành chính:", b_iso), ("Về tập huấn:", b_th),
            ("Về kiểm tra hàng hóa:", b_hh)], diffs, props, "Phan Văn Lộc")
    key(f, "27601", "Xã Vĩnh Lộc", "203 /BC-UBND", "2026-10-30", [
        ("II.1.a", "completed", {"training_courses": 3, "participants": 210, "communications": 500}, plain(b_tt)),
        ("II.5.c", "in_progress", {"inspections": 6, "establishments_inspected": 64, "violations": 7, "fines_vnd": 9500000}, plain(b_kt)),
        ("II.5.b", "completed", {"samples_tested": 8}, plain(b_ks)),
        ("II.2.d", "in_progress", {"enterprises_supported": 6}, plain(b_cb)),
        ("II.2.đ", "completed", {}, plain(b_iso)),
        ("II.3.a", "completed", {"participants": 4}, plain(b_th)),
        ("II.5.a", "in_progress", {"inspections": 2, "establishments_inspected": 11, "violations": 1}, plain(b_hh)),
    ], diffs, props)

    # C5 — Xã Bình Chánh
    f = "binh chanh_bc_tc-dl-cl.docx"
    b_tt = ("Xã đã đăng **04** tin, bài và tổ chức **01** buổi tọa đàm với tiểu thương chợ Bình Chánh (**52** người dự); "
            "nội dung này ĐÃ HOÀN THÀNH.")
    b_kt = ("Xã ĐÃ THỰC HIỆN **05** cuộc kiểm tra tại chợ Bình Chánh, chợ Tân Túc và các cửa hàng xăng dầu "
            "trên Quốc lộ 1, kiểm tra **48** cơ sở, xử phạt **04** cơ sở với tổng số tiền **6.000.000** đồng.")
    b_can = ("Việc kiểm định cân đối chứng năm 2026 xã CHƯA THỰC HIỆN do chưa được bố trí kinh phí.")
    b_iso = ("Xã ĐANG THỰC HIỆN cập nhật quy trình ISO cho các thủ tục hành chính mới được phân cấp.")
    diffs = ["Chưa được bố trí kinh phí kiểm định cân đối chứng."]
    props = ["Đề nghị Chi cục hỗ trợ kiểm định miễn phí cân đối chứng tại các chợ truyền thống."]
    hand_c(f, "Bình Chánh", "XÃ BÌNH CHÁNH", "158 /BC-UBND", "05-11-2026",
           "Tình hình thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026",
           "Ủy ban nhân dân xã Bình Chánh báo cáo tình hình thực hiện như sau:",
           [("Về tuyên truyền:", b_tt), ("Về kiểm tra đo lường:", b_kt), ("Về cân đối chứng:", b_can),
            ("Về ISO:", b_iso)], diffs, props, "Đỗ Minh Chánh")
    key(f, "27637", "Xã Bình Chánh", "158 /BC-UBND", "2026-11-05", [
        ("II.1.a", "completed", {"communications": 4, "training_courses": 1, "participants": 52}, plain(b_tt)),
        ("II.5.c", "completed", {"inspections": 5, "establishments_inspected": 48, "violations": 4, "fines_vnd": 6000000}, plain(b_kt)),
        ("II.4.b", "not_started", {}, plain(b_can)),
        ("II.2.đ", "in_progress", {}, plain(b_iso)),
    ], diffs, props)


# ---------------------------------------------------------------------------
# HAND D — chú Bảy, công chức Kinh tế xã (former Hóc Môn), WPS Spreadsheets.
# Does not use wrap text: a long result is typed on, row after row, in the "Kết quả" column
# (continuation rows with empty STT/task/status); hand-typed STT that slips (1,2,3,3,5);
# header typed in column A/E cells, "Tình hình" column with "Đã xong / Còn đang làm /
# Chưa làm / Không có"; money as "2 triệu đồng"; difficulties and proposals below the table as
# "Khó khăn 1:", "Kiến nghị 1:" rows.
# ---------------------------------------------------------------------------
def hand_d(fname, xa, xa_upper, number, date_words, title, rows, diffs, props, signer):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "BC"
    F = "Times New Roman"
    for k, v in {"A": 5, "B": 34, "C": 62, "D": 14}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "UBND " + xa_upper
    ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["A2"] = "Số: " + number
    ws["C2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["C3"] = xa + ", " + date_words
    ws["A5"] = title
    ws["A6"] = "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng TP. Hồ Chí Minh"
    for c in ("A1", "C1", "C2", "A5"):
        ws[c].font = Font(name=F, bold=True, size=12)
    for c in ("A2", "C3", "A6"):
        ws[c].font = Font(name=F, size=12, italic=(c == "C3"))
    for c in ("C1", "C2", "C3"):
        ws[c].alignment = Alignment(horizontal="center")
    r = 8
    for i, h in enumerate(["STT", "Nội dung", "Kết quả", "Tình hình"]):
        c = ws.cell(r, i + 1, h); c.font = Font(name=F, bold=True, size=12); c.border = BOX
        c.alignment = Alignment(horizontal="center")
    for stt, name, lines, status in rows:
        r += 1
        for i, v in enumerate([stt, name, lines[0], status]):
            c = ws.cell(r, i + 1, v); c.font = Font(name=F, size=12)
            c.border = Border(left=THIN, right=THIN, top=THIN)
        for ln in lines[1:]:
            r += 1
            for i in range(4):
                c = ws.cell(r, i + 1, ln if i == 2 else None); c.font = Font(name=F, size=12)
                c.border = Border(left=THIN, right=THIN)
    r += 1
    for i in range(4):
        ws.cell(r, i + 1).border = Border(top=THIN)
    for n, d in enumerate(diffs, 1):
        r += 1; ws.cell(r, 2, "Khó khăn %d:" % n).font = Font(name=F, bold=True, size=12)
        ws.cell(r, 3, d).font = Font(name=F, size=12)
    for n, d in enumerate(props, 1):
        r += 1; ws.cell(r, 2, "Kiến nghị %d:" % n).font = Font(name=F, bold=True, size=12)
        ws.cell(r, 3, d).font = Font(name=F, size=12)
    r += 2
    for ln in ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", signer]:
        c = ws.cell(r, 3, ln); c.font = Font(name=F, bold=True, size=12); c.alignment = Alignment(horizontal="center")
        r += 1
    wb.properties.creator = "User"
    path = os.path.join(OUT, fname)
    wb.save(path)
    patch_app(path, "WPS Spreadsheets")
    return path


def build_d():
    # D1 — Xã Bà Điểm
    f = "ba diem bao cao.xlsx"
    rows = [
        (1, "Tuyên truyền phổ biến", ["Tổ chức 02 hội nghị phổ biến quy định về đo lường cho tiểu thương chợ Bà Điểm,",
                                      "chợ Tân Xuân với 96 lượt người dự; đăng 07 tin bài trên trang thông tin xã."], "Đã xong"),
        (2, "Kiểm tra đo lường chợ, xăng dầu", ["Kiểm tra 05 cuộc tại 2 chợ và 9 cửa hàng xăng dầu, tổng số 58 cơ sở được kiểm tra,",
                                                 "có 06 cơ sở vi phạm (cân sai, cột đo xăng dầu hết hạn kiểm định),",
                                                 "phạt 11 triệu đồng."], "Còn đang làm"),
        (3, "Phối hợp kiểm tra hàng hóa", ["Phối hợp Đội QLTT kiểm tra 01 cuộc tại 04 cửa hàng điện máy về nhãn hàng hóa."], "Đã xong"),
        (3, "Tập huấn cán bộ", ["Cử 02 công chức dự lớp tập huấn của Chi cục."], "Đã xong"),
        (5, "Hướng dẫn cơ sở công bố sản phẩm", ["Hướng dẫn 03 cơ sở sản xuất bánh kẹo, thực phẩm khô làm hồ sơ tự công bố,",
                                                  "xây dựng tiêu chuẩn cơ sở."], "Còn đang làm"),
    ]
    diffs = ["Nhiều cửa hàng xăng dầu thuộc doanh nghiệp ngoài địa bàn, khó làm việc với người đại diện.",
             "Công chức Kinh tế phụ trách nhiều lĩnh vực."]
    props = ["Đề nghị Chi cục gửi danh sách cột đo xăng dầu hết hạn kiểm định trên địa bàn xã để phối hợp kiểm tra."]
    hand_d(f, "Bà Điểm", "XÃ BÀ ĐIỂM", "174/BC-UBND", "ngày 02 tháng 11 năm 2026",
           "BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG NĂM 2026 (CHỈ THỊ 38-CT/TW)",
           rows, diffs, props, "Ngô Văn Bảy")
    tx = lambda i: " ".join(rows[i][2])
    key(f, "27592", "Xã Bà Điểm", "174/BC-UBND", "2026-11-02", [
        ("II.1.a", "completed", {"training_courses": 2, "participants": 96, "communications": 7}, tx(0)),
        ("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 58, "violations": 6, "fines_vnd": 11000000}, tx(1)),
        ("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 4}, tx(2)),
        ("II.3.a", "completed", {"participants": 2}, tx(3)),
        ("II.2.d", "in_progress", {"enterprises_supported": 3}, tx(4)),
    ], diffs, props)

    # D2 — Xã Đông Thạnh
    f = "DONG THANH - BC CT38 2026.xlsx"
    rows = [
        (1, "Tuyên truyền", ["Phát 06 tin trên loa truyền thanh các ấp về cân đúng, cân đủ."], "Đã xong"),
        (2, "Kiểm tra cân tại chợ", ["Kiểm tra 03 cuộc tại chợ Đông Thạnh, chợ Nhị Bình, kiểm tra 35 cơ sở,",
                                     "phát hiện 02 trường hợp cân sai, phạt 2 triệu đồng."], "Đã xong"),
        (2, "Cân đối chứng", ["Đưa 01 cân đối chứng chợ Đông Thạnh đi kiểm định, kinh phí 450.000 đồng."], "Đã xong"),
        (4, "Truy xuất nguồn gốc", ["Vận động HTX hoa kiểng, rau sạch áp dụng mã QR truy xuất nguồn gốc,",
                                    "đến nay có 02 HTX tham gia."], "Còn đang làm"),
        (5, "Tố giác vi phạm", ["Không có trường hợp tố giác."], "Không có"),
    ]
    diffs = ["Chợ Nhị Bình chưa có khu vực đặt cân đối chứng."]
    props = ["Đề nghị hỗ trợ 01 cân đối chứng cho chợ Nhị Bình.",
             "Đề nghị Chi cục tập huấn cho HTX về truy xuất nguồn gốc."]
    hand_d(f, "Đông Thạnh", "XÃ ĐÔNG THẠNH", "129/BC-UBND", "ngày 27 tháng 10 năm 2026",
           "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026",
           rows, diffs, props, "Lâm Thị Thạnh")
    tx = lambda i: " ".join(rows[i][2])
    key(f, "27568", "Xã Đông Thạnh", "129/BC-UBND", "2026-10-27", [
        ("II.1.a", "completed", {"communications": 6}, tx(0)),
        ("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 35, "violations": 2, "fines_vnd": 2000000}, tx(1)),
        ("II.4.b", "completed", {"instruments_verified": 1, "budget_spent_vnd": 450000}, tx(2)),
        ("II.2.a", "in_progress", {"enterprises_supported": 2}, tx(3)),
        ("II.5.d", "not_applicable", {}, tx(4)),
    ], diffs, props)

    # D3 — Xã Xuân Thới Sơn, MISTAKEN (phòng chống thiên tai)
    f = "xuan thoi son - bc.xlsx"
    rows = [
        (1, "Kiện toàn Ban chỉ huy PCTT-TKCN", ["Ban hành quyết định kiện toàn Ban chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn xã."], "Đã xong"),
        (2, "Diễn tập phòng chống lụt bão", ["Tổ chức 01 cuộc diễn tập tại ấp 4 với 120 người tham gia,",
                                             "có lực lượng dân quân và thanh niên."], "Đã xong"),
        (3, "Gia cố bờ bao, kênh mương", ["Nạo vét 2,5 km kênh Thầy Cai, gia cố 01 đoạn bờ bao."], "Còn đang làm"),
        (3, "Thiệt hại do mưa giông", ["Mưa giông tháng 6 làm tốc mái 04 căn nhà, đã hỗ trợ 8 triệu đồng."], "Đã xong"),
    ]
    hand_d(f, "Xuân Thới Sơn", "XÃ XUÂN THỚI SƠN", "120/BC-UBND", "ngày 25 tháng 10 năm 2026",
           "BÁO CÁO CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN NĂM 2026",
           rows, ["Kinh phí nạo vét kênh còn thiếu."], ["Đề nghị hỗ trợ kinh phí gia cố bờ bao."], "Cao Văn Sơn")
    key(f, "27577", "Xã Xuân Thới Sơn", "120/BC-UBND", "2026-10-25", [], [], [],
        rejected="Không phải báo cáo thực hiện Kế hoạch CT38: đây là báo cáo phòng, chống thiên tai và tìm kiếm cứu nạn gửi nhầm.")


def lo_resave(fname, fmt):
    """Open and save once through LibreOffice, as a real office does."""
    src = os.path.join(OUT, fname)
    tmpd = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--norestore", "-env:UserInstallation=file://" + tmpd + "/u",
                    "--convert-to", fmt, "--outdir", tmpd + "/o", src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    shutil.copy(os.path.join(tmpd, "o", fname), src)
    shutil.rmtree(tmpd, ignore_errors=True)


if __name__ == "__main__":
    build_a(); build_b(); build_c(); build_d()
    lo_resave("vinh loc - bao cao TDC 2026.docx", "docx")
    lo_resave("an thoi dong - ct38.xlsx", "xlsx")
    for fname, k in KEYS:
        with open(os.path.join(OUT, fname), "rb") as fh:
            k["sha256"] = hashlib.sha256(fh.read()).hexdigest()
        with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)
    print(len(KEYS), "files")
