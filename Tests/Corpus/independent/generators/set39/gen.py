# -*- coding: utf-8 -*-
"""Generator for set39. Builds the report files and the raw keys (sha filled in by finalize.py)."""
import json, os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
KEYS = {}


def key(fname, unit, number, date, entries, diffs=(), props=(), status="extracted", reason=None):
    if status == "rejected":
        entries, diffs, props = [], (), ()
    KEYS[fname] = {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit[0], "name": unit[1]},
        "document": {"number": number, "date": date},
        "entries": [{"task": t, "status": s, "indicators": ind, "text": txt} for (t, s, ind, txt) in entries],
        "findings": [], "difficulties": list(diffs), "proposals": list(props),
    }

# ---------------------------------------------------------------- docx helpers

def new_doc(size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(size)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(2)
    return d


def para(d, text="", bold=False, italic=False, align=None, indent=True, size=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, "j"):
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    return p


def header_table(d, left_lines, right_lines, widths=(7.2, 9)):
    t = d.add_table(rows=1, cols=2)
    for i, lines in enumerate((left_lines, right_lines)):
        c = t.cell(0, i)
        c.width = Cm(widths[i])
        c.paragraphs[0].text = ""
        first = True
        for (txt, b, it) in lines:
            p = c.paragraphs[0] if first else c.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt)
            r.bold, r.italic = b, it
            r.font.size = Pt(12 if not it else 13)
    return t


def simple_table(d, rows, widths, bold_first=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.width = Cm(widths[j])
            c.text = ""
            r = c.paragraphs[0].add_run(str(v))
            r.font.size = Pt(12)
            r.bold = bold_first and i == 0
            if i == 0 or j == 0:
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


def signature(d, noi_nhan, role_lines, name):
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    c0.paragraphs[0].text = ""
    r = c0.paragraphs[0].add_run("Nơi nhận:")
    r.bold, r.italic = True, True
    r.font.size = Pt(12)
    for n in noi_nhan:
        rr = c0.add_paragraph().add_run(n)
        rr.font.size = Pt(11)
    c1.paragraphs[0].text = ""
    first = True
    for rl in role_lines:
        p = c1.paragraphs[0] if first else c1.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(rl).bold = True
    for _ in range(3):
        c1.add_paragraph()
    p = c1.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(name).bold = True

# =============================================================== HAND A
# Ward economic officer (letter): no figures in the running text, statuses in
# plain words at the end of each numbered paragraph, all figures only in a short
# "Một số kết quả cụ thể" table after the text, closing "(Gửi kèm Biểu số liệu)".

def hand_a(fname, unit, upper, place, so, date_words, iso, paras, table_rows, diffs, props, signer):
    d = new_doc(13)
    header_table(d, [("ỦY BAN NHÂN DÂN", False, False), (upper, True, False), ("", False, False),
                     ("Số: " + so, False, False),
                     ("V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("", False, False), (place + ", " + date_words, False, True)])
    para(d)
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align="c", indent=False)
    para(d, "Thực hiện Công văn số 1524/CCTĐC-HCTH ngày 02 tháng 10 năm 2026 của Chi cục Tiêu chuẩn Đo lường "
            "Chất lượng về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, "
            + "Ủy ban nhân dân " + unit[1][0].lower() + unit[1][1:] + " báo cáo như sau:", align="j")
    entries = []
    for i, (task, status, ind, txt) in enumerate(paras, 1):
        para(d, f"{i}. {txt}", align="j")
        entries.append((task, status, ind, txt))
    para(d, "Một số kết quả cụ thể như sau:", italic=True, indent=True)
    simple_table(d, [("STT", "Nội dung", "Kết quả")] + [(str(i), a, b) for i, (a, b) in enumerate(table_rows, 1)],
                 (1.2, 9.5, 5.3))
    para(d)
    para(d, "Khó khăn, vướng mắc:", bold=True)
    for x in diffs:
        para(d, "- " + x, align="j")
    para(d, "Đề xuất:", bold=True)
    for x in props:
        para(d, "- " + x, align="j")
    para(d, "(Gửi kèm Biểu số liệu thực hiện Kế hoạch)", italic=True)
    para(d, "Ủy ban nhân dân " + unit[1][0].lower() + unit[1][1:] + " báo cáo Chi cục Tiêu chuẩn Đo lường Chất lượng tổng hợp./.", align="j")
    signature(d, ["- Như trên;", "- TT. Đảng ủy (b/c);", "- CT, PCT UBND;", "- Lưu: VT, KT."],
              ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer)
    d.save(os.path.join(OUT, fname))
    # text of each entry: its paragraph plus the table rows that carry its figures
    key(fname, unit, so, iso, entries, diffs, props)

# =============================================================== HAND B
# Ward statistician's biểu: ĐVT column and "Kế hoạch năm 2026 | Thực hiện kỳ này |
# Lũy kế từ năm 2025" — only "Thực hiện kỳ này" is the report's figure; statuses only
# when "Ghi chú" says so; "-" in empty cells; date line above the signatures.

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def hand_b(fname, unit, upper, place, date_words, iso, title, period, groups, note_lines=(), signer="",
           status="extracted", reason=None, entries=None, diffs=(), props=()):
    wb = Workbook()
    ws = wb.active
    ws.title = "Bieu 01"
    ws["A1"] = "UBND " + upper
    ws["A1"].font = Font(name="Times New Roman", bold=True, size=11)
    ws["G1"] = "Biểu số 01"
    ws["G1"].font = Font(name="Times New Roman", italic=True, size=11)
    ws.merge_cells("A3:G3")
    ws["A3"] = title
    ws["A3"].font = Font(name="Times New Roman", bold=True, size=13)
    ws["A3"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[3].height = 36
    ws.merge_cells("A4:G4")
    ws["A4"] = period
    ws["A4"].font = Font(name="Times New Roman", italic=True, size=11)
    ws["A4"].alignment = Alignment(horizontal="center")
    hdr = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Thực hiện kỳ này", "Lũy kế từ năm 2025", "Ghi chú"]
    r = 6
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r, j, h)
        c.font = Font(name="Times New Roman", bold=True, size=11)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = BOX
    ws.row_dimensions[r].height = 32
    r += 1
    for j in range(1, 8):
        c = ws.cell(r, j, f"({j})")
        c.font = Font(name="Times New Roman", italic=True, size=10)
        c.alignment = Alignment(horizontal="center")
        c.border = BOX
    n = 0
    for (roman, gname, rows) in groups:
        r += 1
        ws.cell(r, 1, roman)
        ws.cell(r, 2, gname)
        for j in range(1, 8):
            ws.cell(r, j).font = Font(name="Times New Roman", bold=True, size=11)
            ws.cell(r, j).border = BOX
        for row in rows:
            r += 1
            n += 1
            vals = [n] + list(row)
            while len(vals) < 7:
                vals.append(None)
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                c.font = Font(name="Times New Roman", size=11)
                c.border = BOX
                c.alignment = Alignment(wrap_text=(j in (2, 7)), vertical="center",
                                        horizontal="center" if j in (1, 3) else ("right" if j in (4, 5, 6) else None))
                if isinstance(v, int) and v >= 1000:
                    c.number_format = "#,##0"
    r += 1
    for nl in note_lines:
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1, nl).font = Font(name="Times New Roman", italic=True, size=11)
        ws.cell(r, 1).alignment = Alignment(wrap_text=True)
        ws.row_dimensions[r].height = 30
    r += 2
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=7)
    ws.cell(r, 4, place + ", " + date_words).font = Font(name="Times New Roman", italic=True, size=11)
    ws.cell(r, 4).alignment = Alignment(horizontal="center")
    r += 1
    ws.cell(r, 2, "NGƯỜI LẬP BIỂU").font = Font(name="Times New Roman", bold=True, size=11)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=7)
    ws.cell(r, 4, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH").font = Font(name="Times New Roman", bold=True, size=11)
    ws.cell(r, 4).alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[r].height = 30
    r += 4
    ws.cell(r, 2, signer[0]).font = Font(name="Times New Roman", bold=True, size=11)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=7)
    ws.cell(r, 4, signer[1]).font = Font(name="Times New Roman", bold=True, size=11)
    ws.cell(r, 4).alignment = Alignment(horizontal="center")
    for col, w in zip("ABCDEFG", (5, 46, 11, 12, 12, 12, 20)):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fname))
    key(fname, unit, None, iso, entries or [], diffs, props, status=status, reason=reason)

# =============================================================== wards (A letter + B biểu)

def wards():
    # ---- Phường Thủ Dầu Một
    u = ("25747", "Phường Thủ Dầu Một")
    p1 = ("Phường đã lồng ghép tuyên truyền các quy định về tiêu chuẩn, đo lường, chất lượng trên Trang thông tin "
          "điện tử phường, hệ thống loa truyền thanh các khu phố và tổ chức hội nghị phổ biến pháp luật cho hộ kinh "
          "doanh tại chợ. Nội dung này thực hiện thường xuyên, hiện đang tiếp tục triển khai trong các tháng cuối năm.")
    p2 = ("Phường đã cử công chức phụ trách kinh tế tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, "
          "đo lường, chất lượng cho cán bộ cấp xã do Chi cục tổ chức; nội dung này đã hoàn thành.")
    p3 = ("Phối hợp với Chi cục kiểm tra đo lường theo nội dung được phân cấp tại chợ Thủ Dầu Một, chợ Phú Hòa và "
          "các cửa hàng xăng dầu trên địa bàn, chủ yếu kiểm tra cân, đồng hồ đo xăng dầu. Nhiệm vụ đang thực hiện.")
    p4 = ("Việc vận động hộ kinh doanh, hợp tác xã trên địa bàn áp dụng truy xuất nguồn gốc sản phẩm phường chưa "
          "triển khai do chưa nhận được hướng dẫn cụ thể.")
    rows = [("Tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng", "18 tin, bài"),
            ("Hội nghị phổ biến pháp luật cho hộ kinh doanh", "01 hội nghị, 85 lượt người dự"),
            ("Công chức được cử tham dự tập huấn", "04 người"),
            ("Kiểm tra đo lường tại chợ, cửa hàng xăng dầu", "03 cuộc, 26 cơ sở"),
            ("Cơ sở vi phạm / số tiền xử phạt", "02 cơ sở / 3,5 triệu đồng")]
    dif = ["Phường chưa được trang bị quả cân chuẩn, cân đối chứng để phục vụ kiểm tra cân tại chợ."]
    pro = ["Đề nghị Chi cục hỗ trợ phường 01 bộ quả cân chuẩn và cân đối chứng đặt tại chợ Thủ Dầu Một."]
    hand_a("25747-thu-dau-mot-cv-ct38.docx", u, "PHƯỜNG THỦ DẦU MỘT", "Thủ Dầu Một", "1873/UBND-KT",
           "ngày 27 tháng 10 năm 2026", "2026-10-27",
           [("II.1.a", "in_progress", {"communications": 18, "training_courses": 1, "participants": 85}, p1),
            ("II.3.a", "completed", {"participants": 4}, p2),
            ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 26, "violations": 2, "fines_vnd": 3500000}, p3),
            ("II.2.a", "not_started", {}, p4)], rows, dif, pro, "Nguyễn Văn Hậu")
    g = [("I", "Công tác tuyên truyền, phổ biến", [
            ("Tin, bài tuyên truyền về TCĐLCL", "tin, bài", 20, 18, 31, None),
            ("Hội nghị phổ biến pháp luật về TCĐLCL", "hội nghị", 2, 1, 2, None),
            ("Lượt người tham dự hội nghị", "lượt người", 150, 85, 160, None)]),
         ("II", "Đào tạo, tập huấn", [
            ("Công chức được cử tham dự tập huấn nghiệp vụ", "người", 4, 4, 7, None)]),
         ("III", "Kiểm tra theo phân cấp", [
            ("Số cuộc kiểm tra", "cuộc", 4, 3, 5, None),
            ("Số cơ sở được kiểm tra", "cơ sở", 30, 26, 41, None),
            ("Số cơ sở vi phạm", "cơ sở", "-", 2, 3, None),
            ("Số tiền xử phạt", "đồng", "-", 3500000, 5000000, None)]),
         ("IV", "Truy xuất nguồn gốc", [
            ("Hộ kinh doanh, HTX được hướng dẫn áp dụng truy xuất nguồn gốc", "cơ sở", 5, "-", "-", "Chưa triển khai")])]
    hand_b("25747-thu-dau-mot-bieu-so-lieu.xlsx", u, "PHƯỜNG THỦ DẦU MỘT", "Thủ Dầu Một", "ngày 27 tháng 10 năm 2026",
           "2026-10-27", "BIỂU SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
           "(Kèm theo Công văn số 1873/UBND-KT ngày 27/10/2026 của UBND phường Thủ Dầu Một; kỳ báo cáo: từ 01/01/2026 đến 15/10/2026)",
           g, signer=("Trần Thị Mỹ Linh", "Nguyễn Văn Hậu"),
           entries=[("II.1.a", "unknown", {"communications": 18, "training_courses": 1, "participants": 85}, "Tin, bài tuyên truyền về TCĐLCL: 18; Hội nghị phổ biến pháp luật về TCĐLCL: 1; Lượt người tham dự hội nghị: 85"),
                    ("II.3.a", "unknown", {"participants": 4}, "Công chức được cử tham dự tập huấn nghiệp vụ: 4 người"),
                    ("II.5.c", "unknown", {"inspections": 3, "establishments_inspected": 26, "violations": 2, "fines_vnd": 3500000}, "Số cuộc kiểm tra 3; Số cơ sở được kiểm tra 26; Số cơ sở vi phạm 2; Số tiền xử phạt 3.500.000 đồng"),
                    ("II.2.a", "not_started", {}, "Hộ kinh doanh, HTX được hướng dẫn áp dụng truy xuất nguồn gốc: - (Chưa triển khai)")])

    # ---- Xã Long Hải
    u = ("26662", "Xã Long Hải")
    p1 = ("Xã đã tuyên truyền các quy định về đo lường trong mua bán hải sản, hàng đóng gói sẵn trên hệ thống "
          "truyền thanh và Trang thông tin điện tử xã; nội dung này đã hoàn thành theo kế hoạch của xã.")
    p2 = ("Về vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia: trên địa bàn xã không có doanh nghiệp "
          "đăng ký tham dự, không phát sinh.")
    p3 = "Xã đã cử công chức tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức, đã hoàn thành."
    p4 = ("Phối hợp với Chi cục kiểm tra cân tại chợ hải sản Long Hải và các điểm thu mua hải sản theo nội dung được "
          "phân cấp; nhiệm vụ đang thực hiện, dự kiến tiếp tục kiểm tra trong dịp cuối năm.")
    rows = [("Tin, bài tuyên truyền", "06 tin, bài"),
            ("Công chức tham dự tập huấn", "02 người"),
            ("Kiểm tra cân tại chợ, điểm thu mua hải sản", "02 cuộc, 14 cơ sở"),
            ("Vi phạm, xử phạt", "01 cơ sở, phạt 1.500.000 đồng")]
    dif = ["Công chức kinh tế xã kiêm nhiệm nhiều lĩnh vực, chưa được đào tạo chuyên sâu về đo lường."]
    pro = ["Đề nghị Chi cục mở lớp tập huấn kỹ năng kiểm tra cân tại các chợ hải sản ven biển."]
    hand_a("26662-long-hai-cv-ct38.docx", u, "XÃ LONG HẢI", "Long Hải", "642/UBND-KT", "ngày 24 tháng 10 năm 2026",
           "2026-10-24",
           [("II.1.a", "completed", {"communications": 6}, p1),
            ("II.1.b", "not_applicable", {}, p2),
            ("II.3.a", "completed", {"participants": 2}, p3),
            ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 14, "violations": 1, "fines_vnd": 1500000}, p4)],
           rows, dif, pro, "Lê Hoàng Phúc")
    g = [("I", "Tuyên truyền", [
            ("Tin, bài tuyên truyền về đo lường, chất lượng", "tin, bài", 10, 6, 9, None),
            ("Doanh nghiệp được vận động tham dự Giải thưởng Chất lượng Quốc gia", "doanh nghiệp", "-", "-", "-", "Không phát sinh")]),
         ("II", "Tập huấn", [
            ("Công chức tham dự tập huấn", "người", 2, 2, 3, None)]),
         ("III", "Kiểm tra đo lường tại chợ (phân cấp)", [
            ("Số cuộc kiểm tra", "cuộc", 3, 2, 4, None),
            ("Số cơ sở được kiểm tra", "cơ sở", 20, 14, 22, None),
            ("Số cơ sở vi phạm", "cơ sở", "-", 1, 1, None),
            ("Tiền phạt vi phạm hành chính", "đồng", "-", 1500000, 1500000, None)])]
    props_b = ["Xã đề nghị Chi cục hỗ trợ 02 cân đối chứng đặt tại chợ hải sản Long Hải."]
    hand_b("26662-long-hai-bieu.xlsx", u, "XÃ LONG HẢI", "Long Hải", "ngày 24 tháng 10 năm 2026", "2026-10-24",
           "BIỂU TỔNG HỢP SỐ LIỆU THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026",
           "(Số liệu từ ngày 01/01/2026 đến ngày 20/10/2026)", g,
           note_lines=["Ghi chú: " + props_b[0]], signer=("Phạm Ngọc Trâm", "Lê Hoàng Phúc"),
           entries=[("II.1.a", "unknown", {"communications": 6}, "Tin, bài tuyên truyền về đo lường, chất lượng: 6"),
                    ("II.1.b", "not_applicable", {}, "Doanh nghiệp được vận động tham dự Giải thưởng Chất lượng Quốc gia: Không phát sinh"),
                    ("II.3.a", "unknown", {"participants": 2}, "Công chức tham dự tập huấn: 2 người"),
                    ("II.5.c", "unknown", {"inspections": 2, "establishments_inspected": 14, "violations": 1, "fines_vnd": 1500000}, "Số cuộc kiểm tra 2; cơ sở được kiểm tra 14; vi phạm 1; tiền phạt 1.500.000 đồng")],
           props=props_b)

    # ---- Phường Bà Rịa (letter good, biểu = wrong subject)
    u = ("26560", "Phường Bà Rịa")
    p1 = ("Phường tiếp tục tuyên truyền quy định pháp luật về tiêu chuẩn, đo lường, chất lượng, ghi nhãn hàng hóa "
          "trên Trang thông tin điện tử và nhóm Zalo của các khu phố; nội dung đang triển khai thường xuyên.")
    p2 = ("Phòng Kinh tế phường hướng dẫn các doanh nghiệp trên địa bàn liên hệ Chi cục để thực hiện công bố hợp chuẩn, "
          "hợp quy sản phẩm; nội dung này đang thực hiện.")
    p3 = "Phường đã cử công chức tham dự các lớp tập huấn nghiệp vụ do Chi cục tổ chức, đã hoàn thành."
    p4 = ("Phối hợp kiểm tra đo lường đối với cửa hàng xăng dầu và cân tại chợ Bà Rịa theo phân cấp; phường đã hoàn "
          "thành đợt kiểm tra năm 2026.")
    rows = [("Tin, bài tuyên truyền", "12 tin bài"),
            ("Doanh nghiệp được hướng dẫn công bố hợp chuẩn, hợp quy", "03 doanh nghiệp"),
            ("Công chức tham dự tập huấn", "03 người"),
            ("Kiểm tra đo lường", "02 cuộc/09 cơ sở; 01 cơ sở vi phạm (nhắc nhở, chưa xử phạt)")]
    dif = ["Kinh phí cho công tác kiểm tra chưa được bố trí riêng trong dự toán của phường."]
    pro = ["Đề nghị Sở Khoa học và Công nghệ ban hành hướng dẫn quy trình kiểm tra đo lường áp dụng cho cấp phường sau sắp xếp."]
    hand_a("26560-ba-ria-cv-ct38.docx", u, "PHƯỜNG BÀ RỊA", "Bà Rịa", "905/UBND-KT", "ngày 29 tháng 10 năm 2026",
           "2026-10-29",
           [("II.1.a", "in_progress", {"communications": 12}, p1),
            ("II.2.d", "in_progress", {"enterprises_supported": 3}, p2),
            ("II.3.a", "completed", {"participants": 3}, p3),
            ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 9, "violations": 1}, p4)],
           rows, dif, pro, "Võ Thị Kim Oanh")
    g = [("I", "Hộ nghèo, hộ cận nghèo", [
            ("Số hộ nghèo đầu năm", "hộ", "-", 37, 37, None),
            ("Số hộ nghèo thoát nghèo", "hộ", 20, 24, 41, None),
            ("Số hộ cận nghèo", "hộ", "-", 112, "-", None)]),
         ("II", "Chính sách hỗ trợ", [
            ("Thẻ BHYT cấp cho hộ nghèo, cận nghèo", "thẻ", 450, 438, 890, None),
            ("Vay vốn Ngân hàng Chính sách xã hội", "triệu đồng", 3000, 2650, 5120, None),
            ("Nhà đại đoàn kết được xây mới, sửa chữa", "căn", 5, 4, 9, None)])]
    hand_b("26560-ba-ria-bieu.xlsx", u, "PHƯỜNG BÀ RỊA", "Bà Rịa", "ngày 29 tháng 10 năm 2026", "2026-10-29",
           "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG NĂM 2026",
           "(Kỳ báo cáo: 10 tháng năm 2026)", g, signer=("Đặng Thị Thu", "Võ Thị Kim Oanh"),
           status="rejected",
           reason="Không phải báo cáo Kế hoạch CT38: biểu số liệu chương trình giảm nghèo bền vững gửi nhầm kèm công văn CT38")

    # ---- Phường Tân Đông Hiệp
    u = ("25945", "Phường Tân Đông Hiệp")
    p1 = ("Phường đã đăng tải tin, bài về tiêu chuẩn, đo lường, chất lượng trên Trang thông tin điện tử, phát trên "
          "loa truyền thanh khu phố; nội dung đang triển khai.")
    p2 = ("Phối hợp hỗ trợ các hợp tác xã, cơ sở sản xuất trên địa bàn đăng ký mã số mã vạch, áp dụng truy xuất "
          "nguồn gốc sản phẩm; đang tiếp tục thực hiện.")
    p3 = "Cử công chức tham dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cấp xã; đã hoàn thành."
    p4 = ("Tổ chức kiểm tra đo lường theo phân cấp đối với cân tại chợ Tân Đông Hiệp, cân tại các cơ sở thu mua phế "
          "liệu và cột đo xăng dầu; nhiệm vụ đang thực hiện.")
    p5 = ("Phối hợp với Chi cục lấy mẫu xăng dầu để khảo sát chất lượng tại các cửa hàng trên địa bàn phường; đã "
          "hoàn thành.")
    rows = [("Tin, bài tuyên truyền", "09 tin, bài"),
            ("Hợp tác xã, cơ sở được hỗ trợ truy xuất nguồn gốc", "02 cơ sở"),
            ("Công chức tham dự tập huấn", "02 người"),
            ("Kiểm tra đo lường", "04 cuộc, 31 cơ sở, 03 cơ sở vi phạm, phạt 6 triệu đồng"),
            ("Mẫu xăng dầu được lấy khảo sát", "05 mẫu")]
    dif = ["Nhiều cơ sở thu mua phế liệu sử dụng cân không rõ nguồn gốc, chưa được kiểm định.",
           "Công chức phụ trách mới được phân công, chưa nắm vững nghiệp vụ kiểm tra đo lường."]
    pro = ["Đề nghị Chi cục phối hợp tổ chức kiểm định cân miễn phí tại chợ Tân Đông Hiệp."]
    hand_a("25945-tan-dong-hiep-cv-ct38.docx", u, "PHƯỜNG TÂN ĐÔNG HIỆP", "Tân Đông Hiệp", "377/UBND-KT",
           "ngày 26 tháng 10 năm 2026", "2026-10-26",
           [("II.1.a", "in_progress", {"communications": 9}, p1),
            ("II.2.a", "in_progress", {"enterprises_supported": 2}, p2),
            ("II.3.a", "completed", {"participants": 2}, p3),
            ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 31, "violations": 3, "fines_vnd": 6000000}, p4),
            ("II.5.b", "completed", {"samples_tested": 5}, p5)], rows, dif, pro, "Huỳnh Minh Tâm")
    g = [("I", "Tuyên truyền", [
            ("Tin, bài tuyên truyền", "tin, bài", 12, 9, 17, None)]),
         ("II", "Hỗ trợ truy xuất nguồn gốc, mã số mã vạch", [
            ("HTX, cơ sở sản xuất được hỗ trợ", "cơ sở", 3, 2, 2, None)]),
         ("III", "Tập huấn", [
            ("Công chức tham dự tập huấn", "người", 2, 2, 4, None)]),
         ("IV", "Kiểm tra, khảo sát", [
            ("Số cuộc kiểm tra đo lường", "cuộc", 4, 4, 7, None),
            ("Số cơ sở được kiểm tra", "cơ sở", 30, 31, 52, None),
            ("Số cơ sở vi phạm", "cơ sở", "-", 3, 5, None),
            ("Số tiền xử phạt", "đồng", "-", 6000000, 9500000, None),
            ("Mẫu xăng dầu lấy khảo sát chất lượng (phối hợp Chi cục)", "mẫu", 5, 5, 5, "Hoàn thành")])]
    hand_b("25945-tan-dong-hiep-bieu.xlsx", u, "PHƯỜNG TÂN ĐÔNG HIỆP", "Tân Đông Hiệp", "ngày 26 tháng 10 năm 2026",
           "2026-10-26", "BIỂU SỐ LIỆU THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
           "(Kèm theo Công văn số 377/UBND-KT ngày 26/10/2026)", g, signer=("Ngô Thanh Bình", "Huỳnh Minh Tâm"),
           entries=[("II.1.a", "unknown", {"communications": 9}, "Tin, bài tuyên truyền: 9"),
                    ("II.2.a", "unknown", {"enterprises_supported": 2}, "HTX, cơ sở sản xuất được hỗ trợ: 2"),
                    ("II.3.a", "unknown", {"participants": 2}, "Công chức tham dự tập huấn: 2"),
                    ("II.5.c", "unknown", {"inspections": 4, "establishments_inspected": 31, "violations": 3, "fines_vnd": 6000000}, "Số cuộc kiểm tra đo lường 4; cơ sở được kiểm tra 31; vi phạm 3; tiền xử phạt 6.000.000 đồng"),
                    ("II.5.b", "completed", {"samples_tested": 5}, "Mẫu xăng dầu lấy khảo sát chất lượng (phối hợp Chi cục): 5 mẫu - Hoàn thành")])

# =============================================================== HAND C
# Division head reporting by the documents the unit issued: each numbered item is one
# Kế hoạch / Quyết định / Công văn, then "- Kết quả:" and "- Tình hình thực hiện:".

def hand_c(fname, unit, head_lines, so, date_words, iso, title_sub, intro, items, diffs, props, role, signer, noi_nhan):
    d = new_doc(14)
    header_table(d, [(l, i > 0, False) for i, l in enumerate(head_lines)] + [("", False, False), ("Số: " + so, False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("", False, False), ("Thành phố Hồ Chí Minh, " + date_words, False, True)], widths=(7.8, 8.4))
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", indent=False)
    para(d, title_sub, bold=True, align="c", indent=False)
    para(d, intro, align="j")
    para(d, "I. CÁC VĂN BẢN ĐÃ BAN HÀNH VÀ KẾT QUẢ TRIỂN KHAI", bold=True, indent=False)
    merged = {}
    order = []
    for i, (doc_title, task, status_txt, status, ind, result) in enumerate(items, 1):
        para(d, f"{i}. {doc_title}", bold=True, italic=False, align="j")
        para(d, "- Kết quả: " + result, align="j")
        para(d, "- Tình hình thực hiện: " + status_txt, align="j")
        txt = doc_title + " — " + result + " Tình hình thực hiện: " + status_txt
        if task in merged:
            m = merged[task]
            m[1].update(ind)
            m[2] += " " + txt
        else:
            merged[task] = [status, dict(ind), txt]
            order.append(task)
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in diffs:
        para(d, "- " + x, align="j")
    para(d, "III. KIẾN NGHỊ", bold=True, indent=False)
    for x in props:
        para(d, "- " + x, align="j")
    para(d, "Trên đây là báo cáo kết quả thực hiện, kính gửi Chi cục Tiêu chuẩn Đo lường Chất lượng tổng hợp./."
         if "CHI CỤC" not in head_lines[1] else "Trên đây là báo cáo của phòng, kính trình Lãnh đạo Chi cục xem xét, tổng hợp./.", align="j")
    signature(d, noi_nhan, role, signer)
    d.save(os.path.join(OUT, fname))
    key(fname, unit, so, iso, [(t, merged[t][0], merged[t][1], merged[t][2]) for t in order], diffs, props)


CC = ("SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh")


def hand_c_all():
    hand_c("cctdc-phong-tccl-bc-ct38.docx", CC,
           ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "PHÒNG QUẢN LÝ TIÊU CHUẨN CHẤT LƯỢNG"],
           "112/BC-TCCL", "ngày 22 tháng 10 năm 2026", "2026-10-22",
           "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\n(phần việc do Phòng Quản lý Tiêu chuẩn Chất lượng tham mưu)",
           "Thực hiện chỉ đạo của Lãnh đạo Chi cục về việc tổng hợp kết quả thực hiện Kế hoạch triển khai Chỉ thị số "
           "38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Phòng Quản lý Tiêu chuẩn Chất lượng báo cáo kết quả theo "
           "các văn bản đã tham mưu ban hành như sau:",
           [("Kế hoạch số 41/KH-CCTĐC ngày 05/02/2026 về tuyên truyền, hướng dẫn doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia năm 2026",
             "II.1.b", "Đã hoàn thành.", "completed", {"communications": 5, "enterprises_supported": 12},
             "Đăng 05 tin, bài trên Trang thông tin điện tử của Chi cục; trực tiếp hướng dẫn 12 doanh nghiệp về tiêu chí, hồ sơ tham dự Giải thưởng."),
            ("Quyết định số 208/QĐ-CCTĐC ngày 14/5/2026 về thành lập Hội đồng sơ tuyển Giải thưởng Chất lượng Quốc gia năm 2026",
             "II.2.b", "Đang triển khai.", "in_progress", {"enterprises_supported": 7},
             "Hội đồng sơ tuyển đã hướng dẫn 07 doanh nghiệp hoàn thiện hồ sơ tham dự, tổ chức đánh giá tại cơ sở; đang tổng hợp kết quả trình Hội đồng Quốc gia."),
            ("Công văn số 355/CCTĐC-TCCL ngày 03/3/2026 gửi các hiệp hội ngành hàng về hỗ trợ doanh nghiệp áp dụng hệ thống quản lý chất lượng, công bố hợp chuẩn, hợp quy",
             "II.2.d", "Đang triển khai (thực hiện thường xuyên).", "in_progress", {"enterprises_supported": 23},
             "Hướng dẫn, tư vấn cho 23 doanh nghiệp về áp dụng ISO 9001, ISO 22000 và thủ tục công bố hợp quy; tiếp nhận 186 hồ sơ công bố hợp quy."),
            ("Công văn số 512/CCTĐC-TCCL ngày 27/3/2026 và Công văn số 1048/CCTĐC-TCCL ngày 18/6/2026 về góp ý dự thảo tiêu chuẩn quốc gia, quy chuẩn kỹ thuật quốc gia",
             "II.2.e", "Đang triển khai.", "in_progress", {"standards_reviewed": 14},
             "Góp ý tổng cộng 14 dự thảo (11 dự thảo TCVN, 03 dự thảo QCVN) do Bộ Khoa học và Công nghệ, Bộ Công Thương gửi lấy ý kiến."),
            ("Kế hoạch số 96/KH-CCTĐC ngày 08/4/2026 về khảo sát chất lượng sản phẩm, hàng hóa lưu thông trên thị trường năm 2026",
             "II.5.b", "Đã hoàn thành.", "completed", {"samples_tested": 60, "budget_spent_vnd": 85400000},
             "Lấy 60 mẫu (mũ bảo hiểm, đồ chơi trẻ em, xăng dầu) gửi thử nghiệm; kinh phí đã sử dụng 85.400.000 đồng; 07 mẫu không phù hợp đã thông tin cho Phòng Kiểm tra – Pháp chế."),
            ("Kế hoạch số 133/KH-CCTĐC ngày 20/5/2026 về tập huấn kiến thức tiêu chuẩn, mã số mã vạch, truy xuất nguồn gốc cho sinh viên",
             "II.3.d", "Đã hoàn thành.", "completed", {"training_courses": 2, "participants": 240},
             "Tổ chức 02 buổi tập huấn tại Trường Đại học Công nghiệp Thực phẩm và Trường Cao đẳng Kỹ thuật Cao Thắng với 240 sinh viên tham dự."),
            ("Cập nhật điều ước, thỏa thuận quốc tế về tiêu chuẩn, đo lường, chất lượng (không ban hành văn bản riêng)",
             "II.6.a", "Đang triển khai.", "in_progress", {},
             "Phòng thường xuyên cập nhật thông báo TBT của các nước thành viên WTO, đăng tải trên Trang thông tin điện tử của Chi cục.")],
           ["Số lượng doanh nghiệp đăng ký tham dự Giải thưởng Chất lượng Quốc gia còn ít so với tiềm năng của Thành phố.",
            "Kinh phí khảo sát chất lượng chỉ đủ cho một số nhóm sản phẩm, chưa mở rộng được phạm vi khảo sát."],
           ["Đề nghị Lãnh đạo Chi cục trình Sở bổ sung kinh phí khảo sát chất lượng năm 2027 đối với nhóm hàng điện, điện tử."],
           ["TRƯỞNG PHÒNG"], "Phan Thị Thanh Vân", ["- Lãnh đạo Chi cục (b/c);", "- Phòng HC-TH (tổng hợp);", "- Lưu: TCCL."])

    hand_c("cctdc-phong-qldl-bc-ct38.docx", CC,
           ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "PHÒNG QUẢN LÝ ĐO LƯỜNG"],
           "87/BC-QLĐL", "ngày 21 tháng 10 năm 2026", "2026-10-21",
           "Kết quả triển khai các nội dung về đo lường thuộc Kế hoạch thực hiện Chỉ thị số 38-CT/TW năm 2026",
           "Phòng Quản lý Đo lường báo cáo kết quả triển khai các nội dung về đo lường thuộc Kế hoạch thực hiện Chỉ "
           "thị số 38-CT/TW năm 2026 theo từng văn bản đã tham mưu Lãnh đạo Chi cục ban hành như sau:",
           [("Kế hoạch số 58/KH-CCTĐC ngày 24/02/2026 về triển khai Đề án 996 (tăng cường, đổi mới hoạt động đo lường hỗ trợ doanh nghiệp) năm 2026",
             "II.2.a", "Đang triển khai.", "in_progress", {"training_courses": 1, "enterprises_supported": 15},
             "Tổ chức 01 hội thảo giới thiệu mô hình doanh nghiệp đo lường; hỗ trợ 15 doanh nghiệp xây dựng hệ thống quản lý đo lường theo TCVN ISO 10012."),
            ("Quyết định số 77/QĐ-CCTĐC ngày 09/3/2026 phê duyệt danh mục bảo dưỡng, kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ năm 2026",
             "II.4.b", "Đã hoàn thành.", "completed", {"instruments_verified": 32, "budget_spent_vnd": 46200000},
             "Đã kiểm định, hiệu chuẩn 32 phương tiện, thiết bị (quả cân, bình chuẩn kim loại, cân kiểm tra, thiết bị đo điện) với kinh phí 46.200.000 đồng."),
            ("Công văn số 640/CCTĐC-QLĐL ngày 10/4/2026 gửi Trung tâm Dịch vụ Phân tích thí nghiệm về phối hợp liên kết chuẩn đo lường",
             "II.4.c", "Đang triển khai.", "in_progress", {"instruments_verified": 9},
             "09 chuẩn đo lường chính của Chi cục đã được hiệu chuẩn, liên kết đến chuẩn quốc gia; 02 chuẩn còn lại chờ Viện Đo lường Việt Nam bố trí lịch."),
            ("Kế hoạch số 101/KH-CCTĐC ngày 15/4/2026 về kiểm tra nhà nước về đo lường năm 2026",
             "II.5.a", "Đang triển khai (đoàn thứ tư đang kiểm tra).", "in_progress",
             {"inspections": 4, "establishments_inspected": 38, "violations": 5, "fines_vnd": 42500000},
             "Thành lập 04 đoàn kiểm tra; kiểm tra 38 cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng, vàng trang sức; phát hiện 05 cơ sở vi phạm, chuyển Phòng Kiểm tra – Pháp chế tham mưu xử phạt tổng số tiền 42.500.000 đồng."),
            ("Công văn số 1190/CCTĐC-QLĐL ngày 02/7/2026 hướng dẫn UBND phường, xã, đặc khu thực hiện kiểm tra đo lường theo phân cấp",
             "II.5.c", "Đang triển khai.", "in_progress", {"training_courses": 3, "participants": 126},
             "Tổ chức 03 buổi hướng dẫn nghiệp vụ cho 126 lượt công chức phường, xã, đặc khu; phối hợp một số phường kiểm tra cân tại chợ.")],
           ["Nhiều phường, xã sau sắp xếp chưa có công chức chuyên trách, việc kiểm tra đo lường theo phân cấp còn lúng túng.",
            "Chuẩn đo lường của Chi cục phải gửi hiệu chuẩn ngoài Thành phố, thời gian chờ kéo dài."],
           ["Đề nghị Sở đầu tư bổ sung 02 bộ chuẩn dung tích và 01 xe kiểm định lưu động phục vụ kiểm tra xăng dầu.",
            "Đề nghị Chi cục ban hành sổ tay hướng dẫn kiểm tra đo lường cho cấp phường, xã."],
           ["TRƯỞNG PHÒNG"], "Đỗ Minh Khôi", ["- Lãnh đạo Chi cục (b/c);", "- Phòng HC-TH;", "- Lưu: QLĐL."])

    hand_c("cctdc-phong-hcth-bc-ct38.docx", CC,
           ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "PHÒNG HÀNH CHÍNH – TỔNG HỢP"],
           "64/BC-HCTH", "ngày 26 tháng 10 năm 2026", "2026-10-26",
           "Kết quả thực hiện các nhiệm vụ được phân công tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
           "Phòng Hành chính – Tổng hợp báo cáo kết quả thực hiện các nhiệm vụ được Lãnh đạo Chi cục phân công tại "
           "Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, cụ thể theo các văn bản như sau:",
           [("Kế hoạch số 19/KH-CCTĐC ngày 15/01/2026 về tổ chức lớp tập huấn văn bản quy phạm pháp luật và tọa đàm với doanh nghiệp nhập khẩu",
             "II.1.a", "Đã hoàn thành.", "completed", {"training_courses": 3, "participants": 410},
             "Đã tổ chức 02 lớp tập huấn và 01 buổi tọa đàm với doanh nghiệp nhập khẩu, tổng cộng 03 hội nghị với 410 đại biểu tham dự."),
            ("Kế hoạch số 160/KH-CCTĐC ngày 02/6/2026 về bồi dưỡng nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho công chức sở, ngành, UBND xã, phường, đặc khu",
             "II.3.a", "Đã hoàn thành.", "completed", {"training_courses": 4, "participants": 312},
             "Tổ chức 04 lớp bồi dưỡng với 312 học viên; cử công chức tham dự Lễ kỷ niệm Ngày Tiêu chuẩn Thế giới do Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia tổ chức."),
            ("Quyết định số 25/QĐ-CCTĐC ngày 20/01/2026 ban hành Kế hoạch duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
             "II.2.đ", "Đang triển khai, dự kiến hoàn thành trong tháng 11/2026.", "in_progress", {},
             "Đã đánh giá nội bộ tại Chi cục; đang hướng dẫn các phường, xã mới sắp xếp rà soát, cập nhật hệ thống."),
            ("Công văn số 230/CCTĐC-HCTH ngày 12/01/2026 gửi Văn phòng Sở đề xuất cải tiến Hệ thống thông tin giải quyết thủ tục hành chính",
             "II.2.h", "Đã hoàn thành.", "completed", {},
             "Các đề xuất đã được Bộ tiếp thu; hồ sơ đăng ký kiểm tra nhà nước hàng nhập khẩu đã được tiếp nhận qua Cổng thông tin một cửa quốc gia."),
            ("Phối hợp với Tổ chức Năng suất Châu Á (APO) (không ban hành văn bản)",
             "II.6.b", "Không phát sinh.", "not_applicable", {},
             "Trong kỳ Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia chưa có yêu cầu phối hợp.")],
           ["Số lượng lớp tập huấn tăng nhưng nhân sự phục vụ hội nghị của phòng còn mỏng."],
           ["Đề nghị bố trí thêm 01 biên chế chuyên viên tổng hợp cho Phòng Hành chính – Tổng hợp."],
           ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"], "Bùi Thị Ngọc Hà", ["- Lãnh đạo Chi cục (b/c);", "- Lưu: HCTH."])

    hand_c("vp-so-bc-ct38.docx", ("SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ"),
           ["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "VĂN PHÒNG SỞ"],
           "488/BC-VP", "ngày 20 tháng 10 năm 2026", "2026-10-20",
           "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
           "Văn phòng Sở báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 theo các "
           "văn bản đã tham mưu ban hành như sau:",
           [("Quyết định số 102/QĐ-SKHCN ngày 26/02/2026 công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 (cập nhật)",
             "II.2.đ", "Đã hoàn thành.", "completed", {},
             "Đã cập nhật 14 quy trình nội bộ; tổ chức đánh giá nội bộ một đợt trong tháng 8/2026."),
            ("Công văn số 2210/SKHCN-VP ngày 18/3/2026 về nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính",
             "II.2.h", "Đã hoàn thành.", "completed", {},
             "Phối hợp Chi cục hoàn tất đề xuất cải tiến, kết nối với Cổng thông tin một cửa quốc gia."),
            ("Quyết định số 640/QĐ-SKHCN ngày 19/6/2026 phê duyệt dự toán mua sắm trang thiết bị cho Trung tâm Dịch vụ Phân tích thí nghiệm",
             "II.4.a", "Đang triển khai.", "in_progress", {"budget_spent_vnd": 1250000000},
             "Phối hợp thẩm định, lựa chọn nhà thầu 03 gói thầu; đã giải ngân 1.250.000.000 đồng."),
            ("Công văn số 3025/SKHCN-VP ngày 28/8/2026 về phối hợp kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng",
             "II.2.i", "Đang triển khai.", "in_progress", {},
             "Đã cung cấp danh mục dữ liệu dùng chung; đang phối hợp Phòng Chuyển đổi số thử nghiệm đồng bộ."),
            ("Tiếp nhận, xử lý đơn thư tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng",
             "II.5.d", "Không phát sinh.", "not_applicable", {},
             "Trong kỳ không phát sinh đơn thư tố giác; không có trường hợp đề nghị khen thưởng.")],
           ["Tiến độ giải ngân các gói thầu mua sắm thiết bị chậm do thủ tục thẩm định giá kéo dài."],
           ["Đề nghị Chi cục tổng hợp, báo cáo Giám đốc Sở cho phép chuyển nguồn kinh phí mua sắm còn lại sang năm 2027."],
           ["CHÁNH VĂN PHÒNG"], "Trương Quốc Việt", ["- Chi cục TĐC;", "- Lưu: VP."])

    hand_c("ktpc-bc-ct38.docx", ("SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế"),
           ["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ"],
           "301/BC-KTPC", "ngày 27 tháng 10 năm 2026", "2026-10-27",
           "Kết quả thực hiện nhiệm vụ phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
           "Phòng Kiểm tra – Pháp chế báo cáo kết quả thực hiện nhiệm vụ phối hợp theo Kế hoạch triển khai Chỉ thị "
           "số 38-CT/TW năm 2026 như sau:",
           [("Công văn số 1502/SKHCN-KTPC ngày 21/4/2026 góp ý dự thảo Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và Quy chuẩn kỹ thuật",
             "II.2.c", "Đã hoàn thành.", "completed", {},
             "Đã tổng hợp 27 ý kiến của các phòng, đơn vị gửi Bộ Khoa học và Công nghệ đúng thời hạn."),
            ("Quyết định số 455/QĐ-SKHCN ngày 12/5/2026 về kiểm tra chuyên ngành chất lượng sản phẩm, hàng hóa",
             "II.5.a", "Đã hoàn thành.", "completed",
             {"inspections": 2, "establishments_inspected": 11, "violations": 3, "fines_vnd": 27000000},
             "Thành lập 02 đoàn, kiểm tra 11 cơ sở kinh doanh; 03 cơ sở vi phạm, ban hành 03 quyết định xử phạt với tổng số tiền 27.000.000 đồng."),
            ("Công văn số 1733/SKHCN-KTPC ngày 09/5/2026 về rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP",
             "II.4.b", "Đang triển khai.", "in_progress", {},
             "Phối hợp Chi cục rà soát danh mục thiết bị cần bổ sung; đang chờ ý kiến của Văn phòng Sở về nguồn kinh phí."),
            ("Công văn số 1980/SKHCN-KTPC ngày 30/6/2026 về xử lý kết quả khảo sát chất lượng hàng hóa",
             "II.5.b", "Đang triển khai.", "in_progress", {},
             "Tiếp nhận thông tin các mẫu không phù hợp từ Chi cục; đang xác minh nguồn gốc hàng hóa."),
            ("Khen thưởng, bảo vệ người tố giác vi phạm",
             "II.5.d", "Không phát sinh.", "not_applicable", {},
             "Trong kỳ không có trường hợp tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng.")],
           ["Việc xác minh nguồn gốc hàng hóa không phù hợp bán trên sàn thương mại điện tử gặp nhiều khó khăn."],
           ["Đề nghị Sở ký quy chế phối hợp với Sở Công Thương trong kiểm tra hàng hóa kinh doanh trên môi trường mạng."],
           ["TRƯỞNG PHÒNG"], "Lâm Quang Hưng", ["- Chi cục TĐC;", "- Lưu: KTPC."])

# =============================================================== HAND D
# Centre planning officer: one sheet in lettered blocks. A = services/work counted by
# type (ĐVT, Số lượng), never tied to a plan task; B = "Tình hình thực hiện nhiệm vụ"
# listing the unit's own wording of each task with a status; C = khó khăn, kiến nghị.

def hand_d(fname, unit, l1, l2, so, place_date, iso, title, period, a_rows, b_rows, diffs, props, signer,
           entries=None, status="extracted", reason=None, sheet="BC"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    f = lambda b=False, i=False, s=11: Font(name="Times New Roman", bold=b, italic=i, size=s)
    ws["A1"], ws["A2"] = l1, l2
    ws["A1"].font, ws["A2"].font = f(), f(True)
    ws["D1"], ws["D2"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"
    ws["D1"].font, ws["D2"].font = f(True), f(True)
    ws["A3"] = "Số: " + so if so else None
    ws["D3"] = place_date
    ws["D3"].font = f(False, True)
    ws.merge_cells("A5:E5")
    ws["A5"] = title
    ws["A5"].font = f(True, False, 13)
    ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[5].height = 34
    ws.merge_cells("A6:E6")
    ws["A6"] = period
    ws["A6"].font = f(False, True)
    ws["A6"].alignment = Alignment(horizontal="center")
    r = 8
    ws.cell(r, 1, "A. SỐ LIỆU THEO LOẠI DỊCH VỤ, CÔNG VIỆC").font = f(True)
    r += 1
    for j, h in enumerate(["STT", "Loại dịch vụ / công việc", "ĐVT", "Số lượng", "Ghi chú"], 1):
        c = ws.cell(r, j, h)
        c.font, c.border = f(True), BOX
        c.alignment = Alignment(horizontal="center", vertical="center")
    for row in a_rows:
        r += 1
        for j, v in enumerate(row, 1):
            c = ws.cell(r, j, v)
            c.font = f(row[0] == "")
            c.border = BOX
            c.alignment = Alignment(wrap_text=(j in (2, 5)), vertical="center")
            if isinstance(v, (int, float)) and j == 4:
                c.number_format = "#,##0"
    r += 2
    ws.cell(r, 1, "B. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ THEO KẾ HOẠCH").font = f(True)
    r += 1
    for j, h in enumerate(["STT", "Nhiệm vụ", "Tình hình", "", "Ghi chú"], 1):
        c = ws.cell(r, j, h if h else None)
        c.font, c.border = f(True), BOX
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    for i, (txt, st, note) in enumerate(b_rows, 1):
        r += 1
        vals = [i, txt, st, None, note]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.font, c.border = f(), BOX
            c.alignment = Alignment(wrap_text=True, vertical="center")
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
        ws.row_dimensions[r].height = 32
    r += 2
    ws.cell(r, 1, "C. KHÓ KHĂN, KIẾN NGHỊ").font = f(True)
    r += 1
    ws.cell(r, 1, "1. Khó khăn:").font = f(True, True)
    for x in diffs:
        r += 1
        ws.cell(r, 2, "- " + x).alignment = Alignment(wrap_text=True)
        ws.row_dimensions[r].height = 30
    r += 1
    ws.cell(r, 1, "2. Kiến nghị:").font = f(True, True)
    for x in props:
        r += 1
        ws.cell(r, 2, "- " + x).alignment = Alignment(wrap_text=True)
        ws.row_dimensions[r].height = 30
    r += 2
    ws.cell(r, 4, signer[0]).font = f(True)
    r += 4
    ws.cell(r, 4, signer[1]).font = f(True)
    for col, w in zip("ABCDE", (6, 58, 14, 14, 30)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))
    key(fname, unit, so, iso, entries or [], diffs, props, status=status, reason=reason)


def hand_d_all():
    hand_d("ttpttn-bc-ct38.xlsx", ("SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"),
           "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TP.HCM",
           "356/BC-TTPTTN", "Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2026", "2026-10-23",
           "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
           "(Số liệu từ 01/01/2026 đến 15/10/2026)",
           [(1, "Kiểm định phương tiện đo", "phương tiện", 12480, None),
            (2, "Hiệu chuẩn thiết bị đo", "thiết bị", 3215, None),
            ("", "Cộng kiểm định, hiệu chuẩn", "", 15695, None),
            (3, "Thử nghiệm mẫu sản phẩm, hàng hóa", "mẫu", 5870, "Mở rộng thêm lĩnh vực thiết bị điện tử, viễn thông"),
            (4, "Tư vấn áp dụng ISO, công cụ cải tiến năng suất cho doanh nghiệp", "doanh nghiệp", 27, None),
            (5, "Đào tạo nghiệp vụ đo lường, kiểm nghiệm cho người lao động doanh nghiệp", "lớp", 6, None),
            (6, "Học viên các lớp đào tạo (dòng 5)", "học viên", 184, None),
            (7, "Thiết bị thử nghiệm mới đưa vào sử dụng", "bộ", 6, None),
            (8, "Kinh phí đầu tư trang thiết bị đã giải ngân", "đồng", 3860000000, "Nguồn sự nghiệp KH&CN"),
            (9, "Chuẩn đo lường được liên kết đến chuẩn quốc gia", "chuẩn", 14, None)],
           [("Củng cố, mở rộng dịch vụ kiểm định, hiệu chuẩn, thử nghiệm", "Đang thực hiện", "Thường xuyên"),
            ("Đầu tư, hiện đại hóa trang thiết bị thử nghiệm", "Đang thực hiện", "Còn 03 gói thầu"),
            ("Duy trì liên kết chuẩn đo lường", "Hoàn thành", None),
            ("Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công cụ năng suất", "Đang thực hiện", None),
            ("Đào tạo nghiệp vụ cho người lao động doanh nghiệp", "Hoàn thành", None)],
           ["Một số thiết bị thử nghiệm đã cũ, chi phí bảo trì cao; nhân lực kiểm định viên có chứng chỉ còn thiếu."],
           ["Đề nghị Sở ưu tiên bố trí kinh phí năm 2027 để thay thế hệ thống thử nghiệm tương thích điện từ (EMC)."],
           ("GIÁM ĐỐC", "Nguyễn Thành Đạt"),
           entries=[("II.2.g", "in_progress", {"instruments_verified": 15695, "samples_tested": 5870},
                     "Kiểm định phương tiện đo 12.480; Hiệu chuẩn 3.215; Cộng 15.695; Thử nghiệm mẫu 5.870 — Củng cố, mở rộng dịch vụ kiểm định, hiệu chuẩn, thử nghiệm: Đang thực hiện"),
                    ("II.4.a", "in_progress", {"budget_spent_vnd": 3860000000},
                     "Thiết bị thử nghiệm mới 6 bộ; kinh phí đã giải ngân 3.860.000.000 đồng — Đầu tư, hiện đại hóa trang thiết bị thử nghiệm: Đang thực hiện"),
                    ("II.4.c", "completed", {"instruments_verified": 14},
                     "Chuẩn đo lường được liên kết đến chuẩn quốc gia: 14 — Duy trì liên kết chuẩn đo lường: Hoàn thành"),
                    ("II.2.d", "in_progress", {"enterprises_supported": 27},
                     "Tư vấn áp dụng ISO, công cụ cải tiến năng suất: 27 doanh nghiệp — Đang thực hiện"),
                    ("II.3.d", "completed", {"training_courses": 6, "participants": 184},
                     "Đào tạo nghiệp vụ cho người lao động doanh nghiệp: 6 lớp, 184 học viên — Hoàn thành")])

    hand_d("ttcntt-bc-ct38.xlsx", ("SKHCN-TTCNTT", "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh"),
           "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ ĐỊA KHÔNG GIAN",
           "118/BC-TTCNTT", "TP. Hồ Chí Minh, ngày 28 tháng 10 năm 2026", "2026-10-28",
           "BÁO CÁO KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
           "(Kỳ báo cáo: 10 tháng năm 2026)",
           [(1, "Hỗ trợ kỹ thuật kết nối, đồng bộ dữ liệu với CSDL quốc gia về TĐC", "lượt", 46, None),
            (2, "Lớp hướng dẫn sử dụng hệ thống cho công chức Chi cục", "lớp", 2, None),
            (3, "Người tham dự các lớp hướng dẫn", "người", 58, None),
            (4, "Tin, bài về tiêu chuẩn, đo lường, chất lượng đăng trên Cổng thông tin điện tử Sở", "tin, bài", 22, None),
            (5, "Viên chức Trung tâm tham dự tập huấn về TĐC", "người", 3, None)],
           [("Kết nối, vận hành cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng", "Đang thực hiện", "Chờ Bộ cấp API chính thức"),
            ("Đăng tải tin, bài tuyên truyền về TĐC trên Cổng thông tin điện tử Sở", "Đang thực hiện", None),
            ("Cử viên chức tham dự tập huấn chuyên môn TĐC", "Hoàn thành", None)],
           ["Hệ thống CSDL quốc gia về TĐC chưa cung cấp giao diện kết nối ổn định, việc đồng bộ dữ liệu còn gián đoạn."],
           ["Đề nghị Chi cục phối hợp đề nghị Bộ Khoa học và Công nghệ cung cấp tài liệu kỹ thuật kết nối chính thức."],
           ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Trịnh Hoài Nam"), sheet="Sheet1",
           entries=[("II.2.i", "in_progress", {"training_courses": 2, "participants": 58},
                     "Hỗ trợ kỹ thuật kết nối 46 lượt; 2 lớp hướng dẫn, 58 người tham dự — Kết nối, vận hành CSDL quốc gia về TĐC: Đang thực hiện"),
                    ("II.1.a", "in_progress", {"communications": 22},
                     "Tin, bài về TĐC đăng trên Cổng thông tin điện tử Sở: 22 — Đang thực hiện"),
                    ("II.3.a", "completed", {"participants": 3},
                     "Viên chức Trung tâm tham dự tập huấn về TĐC: 3 người — Hoàn thành")])

    hand_d("qlkh-bc-ct38.xlsx", ("SKHCN-QLKH", "Phòng Quản lý Khoa học"),
           "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG QUẢN LÝ KHOA HỌC",
           "57/BC-QLKH", "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026", "2026-10-29",
           "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
           "(Phần việc của Phòng Quản lý Khoa học)",
           [(1, "Hồ sơ chuyên gia lĩnh vực TĐC đề nghị thu hút theo Nghị quyết 27/2023/NQ-HĐND", "hồ sơ", 3, None),
            (2, "Nhiệm vụ KH&CN về năng suất, chất lượng đang thực hiện", "nhiệm vụ", 4, None),
            (3, "Kinh phí đã giải ngân cho các nhiệm vụ tại dòng 2", "đồng", 1150000000, None),
            (4, "Dự thảo quy chuẩn kỹ thuật địa phương được nghiên cứu xây dựng", "dự thảo", 2, "Thuộc nhiệm vụ tại dòng 2"),
            (5, "Hội thảo khoa học về năng suất dựa trên KH&CN", "hội thảo", 1, None),
            (6, "Đại biểu tham dự hội thảo", "người", 65, None)],
           [("Thu hút chuyên gia, nhà khoa học lĩnh vực tiêu chuẩn, đo lường, chất lượng", "Đang thực hiện", "Chờ Sở Nội vụ thẩm định"),
            ("Nhiệm vụ KH&CN nâng cao năng suất, chất lượng (Chương trình 1322)", "Đang thực hiện", None),
            ("Xây dựng quy chuẩn kỹ thuật địa phương", "Đang thực hiện", None),
            ("Hội thảo, bồi dưỡng về năng suất", "Hoàn thành", None)],
           ["Chế độ đãi ngộ theo Nghị quyết 27/2023/NQ-HĐND chưa đủ hấp dẫn đối với chuyên gia đánh giá có kinh nghiệm."],
           ["Đề nghị Chi cục cung cấp danh sách chuyên gia TĐC có nhu cầu để Phòng tham mưu thu hút."],
           ("TRƯỞNG PHÒNG", "Hồ Thị Bích Ngọc"),
           entries=[("II.3.c", "in_progress", {}, "Hồ sơ chuyên gia TĐC đề nghị thu hút: 3 — Thu hút chuyên gia: Đang thực hiện"),
                    ("II.2.a", "in_progress", {"budget_spent_vnd": 1150000000},
                     "4 nhiệm vụ KH&CN về năng suất, chất lượng; kinh phí đã giải ngân 1.150.000.000 đồng — Đang thực hiện"),
                    ("II.2.e", "in_progress", {"standards_reviewed": 2},
                     "Dự thảo quy chuẩn kỹ thuật địa phương được nghiên cứu xây dựng: 2 — Đang thực hiện"),
                    ("II.3.b", "completed", {"training_courses": 1, "participants": 65},
                     "Hội thảo khoa học về năng suất: 1; đại biểu tham dự 65 — Hoàn thành")])

    hand_d("cds-bc-10thang.xlsx", ("SKHCN-CDS", "Phòng Chuyển đổi số"),
           "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG CHUYỂN ĐỔI SỐ",
           "212/BC-CĐS", "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026", "2026-10-27",
           "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ 10 THÁNG NĂM 2026",
           "(Theo Kế hoạch số 2339/KH-SKHCN ngày 22/9/2025)",
           [(1, "Thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình", "thủ tục", 112, None),
            (2, "Hồ sơ trực tuyến tiếp nhận", "hồ sơ", 18640, None),
            (3, "Hồ sơ, tài liệu lưu trữ được số hóa", "hồ sơ", 9350, None),
            (4, "Lớp bồi dưỡng kỹ năng số cho công chức", "lớp", 5, None),
            (5, "Hệ thống thông tin được đánh giá an toàn thông tin cấp độ", "hệ thống", 4, None)],
           [("Nâng cao tỷ lệ dịch vụ công trực tuyến toàn trình", "Đang thực hiện", None),
            ("Số hóa hồ sơ, tài liệu lưu trữ", "Đang thực hiện", None),
            ("Bảo đảm an toàn thông tin theo cấp độ", "Hoàn thành", None)],
           ["Hạ tầng máy chủ của Sở đã cũ, chưa đáp ứng yêu cầu vận hành các hệ thống mới."],
           ["Đề nghị bố trí kinh phí nâng cấp hạ tầng máy chủ năm 2027."],
           ("TRƯỞNG PHÒNG", "Phạm Gia Huy"), status="rejected",
           reason="Không phải báo cáo Kế hoạch CT38: báo cáo kết quả chuyển đổi số 10 tháng năm 2026 gửi nhầm")


if __name__ == "__main__":
    wards()
    hand_c_all()
    hand_d_all()
    os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
    with open(os.path.join(OUT, "keys.raw.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
    print(len(KEYS), "files")
