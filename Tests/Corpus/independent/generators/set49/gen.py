# -*- coding: utf-8 -*-
"""Generator for set49: 17 progress reports in five hands + answer keys.
Run: python3 gen.py   (then python3 check.py)"""
import hashlib, json, os, re, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}

MARK = re.compile(r"(\*\*.+?\*\*|__.+?__)")


def plain(s):
    return s.replace("**", "").replace("__", "")


def set_font(doc, name, size):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2)
        s.top_margin = Cm(2); s.bottom_margin = Cm(2)


def para(doc, text, bold=False, italic=False, align=None, indent=True, size=None, space=3):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(space)
    for part in MARK.split(text):
        if not part:
            continue
        if part.startswith("**"):
            r = p.add_run(part[2:-2]); r.bold = True
        elif part.startswith("__"):
            r = p.add_run(part[2:-2]); r.underline = True; r.bold = bold
        else:
            r = p.add_run(part); r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def header_table(doc, left, right, widths=(6.5, 9.5)):
    """left/right: list of (text, bold, italic)"""
    t = doc.add_table(rows=1, cols=2)
    for ci, lines in enumerate((left, right)):
        c = t.cell(0, ci)
        c.width = Cm(widths[ci])
        c.paragraphs[0].text = ""
        first = True
        for txt, b, i in lines:
            p = c.paragraphs[0] if first else c.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt); r.bold = b; r.italic = i
    doc.add_paragraph()
    return t


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": [{"task": e["task"], "status": e["status"], "indicators": e.get("ind", {}),
                     "text": plain(e["text"])} for e in entries],
        "findings": [], "difficulties": diffs, "proposals": props,
    }


# ---------------------------------------------------------------------------
# HAND A - ward officer (VH-XH / Kinh te): numbered "1." paragraphs with a bold
# run-in title, figures bolded and zero-padded, every item closed by "Hiện nay: ...",
# difficulties as "+ " lines, proposals "(1) (2)".
# ---------------------------------------------------------------------------

def hand_a(fname, unit_id, unit_name, place, upper, number, date_vn, date_iso, title_sub, intro,
           items, diffs, props, signer, sections=("I. KẾT QUẢ THỰC HIỆN", "II. KHÓ KHĂN, VƯỚNG MẮC", "III. KIẾN NGHỊ, ĐỀ XUẤT"),
           status="extracted", reason=None, key_entries=True, extra_tail=None):
    doc = Document(); set_font(doc, "Times New Roman", 13)
    header_table(doc, [("ỦY BAN NHÂN DÂN", True, False), (upper, True, False), ("", False, False),
                       ("Số: " + number, False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("", False, False), (place + ", " + date_vn, False, True)])
    para(doc, "BÁO CÁO", bold=True, align="c", size=14, space=0)
    para(doc, title_sub, bold=True, align="c", space=12)
    para(doc, intro)
    para(doc, sections[0], bold=True, indent=False)
    for i, it in enumerate(items, 1):
        t = "%d. **%s** %s Hiện nay: %s" % (i, it["head"], it["body"], it["now"])
        para(doc, t)
    if extra_tail:
        for x in extra_tail:
            para(doc, x)
    para(doc, sections[1], bold=True, indent=False)
    for d in diffs:
        para(doc, "+ " + d)
    para(doc, sections[2], bold=True, indent=False)
    for j, pp in enumerate(props, 1):
        para(doc, "(%d) %s" % (j, pp))
    para(doc, "Trên đây là báo cáo của Ủy ban nhân dân %s./." % (unit_name[0].lower() + unit_name[1:]))
    t = doc.add_table(rows=1, cols=2)
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    c0.paragraphs[0].add_run("Nơi nhận:").bold = True
    for l in ["- Sở Khoa học và Công nghệ;", "- Chi cục TĐC;", "- TT. Đảng ủy, TT. HĐND phường;" if "Phường" in unit_name else "- TT. Đảng ủy, TT. HĐND xã;", "- Lưu: VT, VHXH."]:
        c0.add_paragraph(l)
    for l, b in [("TM. ỦY BAN NHÂN DÂN", True), ("KT. CHỦ TỊCH", True), ("PHÓ CHỦ TỊCH", True), ("", False), ("", False), ("", False), (signer, True)]:
        p = c1.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run(l).bold = b
    doc.save(os.path.join(OUT, fname))
    ents = []
    if key_entries:
        for it in items:
            ents.append({"task": it["task"], "status": it["st"], "ind": it.get("ind", {}),
                         "text": it["head"] + " " + it["body"] + " Hiện nay: " + it["now"]})
    key(fname, unit_id, unit_name, number, date_iso, ents, diffs if key_entries else [], props if key_entries else [], status, reason)


# A1 Phường Đông Hòa
hand_a("dong-hoa-bc-ct38.docx", "25951", "Phường Đông Hòa", "Đông Hòa", "PHƯỜNG ĐÔNG HÒA",
       "412/BC-UBND", "ngày 27 tháng 10 năm 2026", "2026-10-27",
       "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn phường",
       "Thực hiện Công văn số 2987/SKHCN-TĐC ngày 06/10/2026 của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Đông Hòa báo cáo kết quả như sau:",
       [
           {"task": "II.1.a", "st": "in_progress", "ind": {"communications": 14, "training_courses": 1, "participants": 45},
            "head": "Về tuyên truyền, phổ biến pháp luật.",
            "body": "Phường phối hợp Ủy ban MTTQ và các đoàn thể lồng ghép tuyên truyền về đo lường, chất lượng hàng hóa trong các buổi sinh hoạt khu phố; đăng **14** tin, bài trên trang thông tin điện tử phường và nhóm Zalo của các khu phố; tổ chức **01** hội nghị phổ biến pháp luật về đo lường, chất lượng cho **45** hộ kinh doanh tại chợ Đông Hòa.",
            "now": "vẫn đang tiếp tục thực hiện thường xuyên."},
           {"task": "II.5.c", "st": "completed", "ind": {"inspections": 3, "establishments_inspected": 21, "violations": 2, "fines_vnd": 4500000, "instruments_verified": 36},
            "head": "Phối hợp kiểm tra đo lường tại chợ, cửa hàng xăng dầu.",
            "body": "Phường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng và Đội Quản lý thị trường tổ chức **03** cuộc kiểm tra tại **21** cơ sở (chợ Đông Hòa, các cửa hàng xăng dầu trên đường Trần Hưng Đạo), phát hiện **02** cơ sở sử dụng cân không đạt yêu cầu, đã xử phạt **4.500.000đ**. Ngoài ra phối hợp Trung tâm kiểm định miễn phí **36** cân của tiểu thương tại chợ.",
            "now": "đã thực hiện xong theo kế hoạch kiểm tra năm 2026 của phường."},
           {"task": "II.2.đ", "st": "in_progress",
            "head": "Áp dụng hệ thống quản lý chất lượng ISO tại UBND phường.",
            "body": "Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; đang rà soát, cập nhật **12** quy trình giải quyết thủ tục hành chính theo danh mục mới công bố.",
            "now": "đang làm, dự kiến xong trong tháng 11/2026."},
           {"task": "II.3.a", "st": "completed", "ind": {"participants": 2},
            "head": "Cử công chức tham gia tập huấn.",
            "body": "Phường đã cử **02** công chức (Văn hóa - Xã hội, Kinh tế) tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức trong tháng 6/2026.",
            "now": "đã xong."},
       ],
       ["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng, cán bộ phải kiêm nhiệm nhiều việc.",
        "Cân đối chứng đặt tại chợ Đông Hòa đã cũ, nhiều lúc người dân phản ánh cân không chính xác."],
       ["Đề nghị Sở Khoa học và Công nghệ tổ chức thêm lớp tập huấn nghiệp vụ cho công chức phường trong năm 2027.",
        "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ trang bị 01 cân đối chứng mới cho chợ Đông Hòa."],
       "Nguyễn Văn Hiếu")

# A2 Phường Tăng Nhơn Phú
hand_a("tang-nhon-phu-bc.docx", "26842", "Phường Tăng Nhơn Phú", "Tăng Nhơn Phú", "PHƯỜNG TĂNG NHƠN PHÚ",
       "287/BC-UBND", "ngày 05 tháng 11 năm 2026", "2026-11-05",
       "Tình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng theo Chỉ thị 38-CT/TW năm 2026",
       "Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026; Ủy ban nhân dân phường Tăng Nhơn Phú báo cáo tình hình thực hiện từ đầu năm đến nay như sau:",
       [
           {"task": "II.1.a", "st": "in_progress", "ind": {"communications": 8},
            "head": "Công tác tuyên truyền.",
            "body": "Đã đăng **08** tin, bài về tiêu chuẩn, đo lường, chất lượng, nhãn hàng hóa trên Trang thông tin điện tử phường; treo băng rôn, pa nô tại các chợ Tăng Nhơn Phú A và Phước Long.",
            "now": "đang làm, tiếp tục đến cuối năm."},
           {"task": "II.5.c", "st": "completed", "ind": {"inspections": 2, "establishments_inspected": 9},
            "head": "Phối hợp kiểm tra theo nội dung được phân quyền.",
            "body": "Phối hợp đoàn liên ngành kiểm tra **02** đợt tại 09 cửa hàng xăng dầu và cơ sở kinh doanh vàng trang sức trên địa bàn; qua kiểm tra chưa phát hiện vi phạm về đo lường.",
            "now": "xong đợt kiểm tra năm."},
           {"task": "II.2.a", "st": "in_progress", "ind": {"enterprises_supported": 6},
            "head": "Truy xuất nguồn gốc.",
            "body": "Hướng dẫn **06** hộ sản xuất, cơ sở kinh doanh thực phẩm đăng ký sử dụng tem, mã QR truy xuất nguồn gốc sản phẩm theo hướng dẫn của Sở.",
            "now": "đang làm, còn nhiều hộ chưa tham gia."},
           {"task": "II.2.đ", "st": "completed",
            "head": "Hệ thống quản lý chất lượng TCVN ISO 9001:2015.",
            "body": "UBND phường đã công bố lại hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 ngày 15/5/2026 sau khi sắp xếp bộ máy.",
            "now": "đã xong."},
           {"task": "II.5.d", "st": "not_applicable",
            "head": "Tiếp nhận tố giác, phản ánh vi phạm.",
            "body": "Trong kỳ phường không nhận được đơn thư tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng.",
            "now": "không phát sinh."},
       ],
       ["Hộ kinh doanh nhỏ lẻ ngại tham gia truy xuất nguồn gốc vì phát sinh chi phí in tem."],
       ["Đề nghị Sở hỗ trợ kinh phí in tem truy xuất nguồn gốc cho hộ sản xuất nhỏ trên địa bàn phường."],
       "Trần Minh Quang")

# A3 Xã Thạnh An (re-saved through LibreOffice later)
hand_a("thanh-an-ct38.docx", "27676", "Xã Thạnh An", "Thạnh An", "XÃ THẠNH AN",
       "96/BC-UBND", "ngày 30 tháng 10 năm 2026", "2026-10-30",
       "Kết quả thực hiện Chỉ thị số 38-CT/TW của Ban Bí thư về công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
       "Thực hiện chỉ đạo của Sở Khoa học và Công nghệ, Ủy ban nhân dân xã Thạnh An báo cáo kết quả thực hiện như sau:",
       [
           {"task": "II.1.a", "st": "in_progress", "ind": {"communications": 20},
            "head": "Tuyên truyền trên hệ thống truyền thanh.",
            "body": "Phát **20** tin trên hệ thống truyền thanh xã về sử dụng cân đúng, đủ khi mua bán hải sản, chất lượng mũ bảo hiểm, bình gas.",
            "now": "đang thực hiện."},
           {"task": "II.5.c", "st": "completed", "ind": {"inspections": 1, "establishments_inspected": 11, "violations": 1, "fines_vnd": 1500000},
            "head": "Kiểm tra cân tại bến cá, vựa hải sản.",
            "body": "Xã phối hợp Chi cục tổ chức **01** cuộc kiểm tra tại **11** vựa hải sản và điểm mua bán ở bến đò Thạnh An, phát hiện **01** trường hợp dùng cân sai số vượt quy định, phạt **1.500.000đ**.",
            "now": "đã xong."},
           {"task": "II.3.a", "st": "not_started",
            "head": "Cử cán bộ dự tập huấn.",
            "body": "Do đi lại bằng tàu khó khăn, lịch tập huấn trùng đợt trực phòng chống thiên tai nên xã chưa cử được cán bộ tham dự.",
            "now": "chưa làm được."},
           {"task": "II.2.đ", "st": "in_progress",
            "head": "ISO hành chính.",
            "body": "Đang  xây dựng lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau khi hợp nhất bộ phận một cửa.",
            "now": "đang làm."},
       ],
       ["Xã đảo, đi lại phụ thuộc tàu đò nên khó tổ chức kiểm tra thường xuyên.",
        "Cán bộ phụ trách kiêm nhiệm, chưa qua đào tạo về đo lường."],
       ["Đề nghị Chi cục tổ chức lớp tập huấn trực tuyến để cán bộ xã đảo tham dự được.",
        "Đề nghị bố trí kiểm định cân miễn phí định kỳ tại xã Thạnh An."],
       "Lê Hoàng Nam")

# A4 Phường Long Hương - MISTAKEN (dân vận, quy chế dân chủ ở cơ sở)
hand_a("long-huong-bao-cao.docx", "26566", "Phường Long Hương", "Long Hương", "PHƯỜNG LONG HƯƠNG",
       "318/BC-UBND", "ngày 22 tháng 10 năm 2026", "2026-10-22",
       "Kết quả thực hiện công tác dân vận chính quyền và Quy chế dân chủ ở cơ sở 9 tháng đầu năm 2026",
       "Thực hiện Kế hoạch số 12-KH/ĐU của Đảng ủy phường về công tác dân vận năm 2026, Ủy ban nhân dân phường Long Hương báo cáo kết quả thực hiện công tác dân vận chính quyền và thực hiện dân chủ ở cơ sở như sau:",
       [
           {"task": "-", "st": "-", "head": "Công tác quán triệt, triển khai.",
            "body": "Tổ chức **02** hội nghị quán triệt Luật Thực hiện dân chủ ở cơ sở cho **160** cán bộ, công chức và Ban điều hành các khu phố.",
            "now": "đã xong."},
           {"task": "-", "st": "-", "head": "Công khai, minh bạch.",
            "body": "Niêm yết công khai **47** thủ tục hành chính, dự toán ngân sách phường năm 2026 tại trụ sở và các nhà văn hóa khu phố.",
            "now": "đang thực hiện thường xuyên."},
           {"task": "-", "st": "-", "head": "Đối thoại với Nhân dân.",
            "body": "Chủ tịch UBND phường tổ chức **03** buổi đối thoại với Nhân dân về bồi thường, giải phóng mặt bằng tuyến đường Vành đai 4; tiếp nhận **26** ý kiến, đã trả lời trực tiếp **21** ý kiến.",
            "now": "đang làm."},
           {"task": "-", "st": "-", "head": "Phong trào \"Dân vận khéo\".",
            "body": "Đăng ký **05** mô hình \"Dân vận khéo\" trên các lĩnh vực cải cách hành chính, chỉnh trang đô thị, an sinh xã hội.",
            "now": "đang thực hiện."},
       ],
       ["Một số khu phố tổ chức hội nghị nhân dân chưa đúng thời gian quy định."],
       ["Đề nghị Ban Dân vận Đảng ủy phường tiếp tục hướng dẫn việc xây dựng, nhân rộng mô hình \"Dân vận khéo\"."],
       "Phạm Thị Thu", status="rejected",
       reason="Không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng: đây là báo cáo công tác dân vận chính quyền và Quy chế dân chủ ở cơ sở.",
       key_entries=False)


# ---------------------------------------------------------------------------
# HAND B - commune clerk's Excel: one sheet "Bao cao", columns STT | Công việc |
# Thời gian (T3, T5-T8) | Kết quả (số liệu) written as "tên = số" pairs |
# Tình hình (Xong / Còn làm / Chưa làm / Không có việc) | Ghi chú;
# "* Khó khăn:" / "* Đề nghị:" rows under the table, "Người lập biểu" bottom left.
# ---------------------------------------------------------------------------
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
ST_B = {"Xong": "completed", "Còn làm": "in_progress", "Chưa làm": "not_started", "Không có việc": "not_applicable"}


def hand_b(fname, unit_id, unit_name, upper, place, number, date_vn, date_iso, title, subtitle, rows, diffs, props,
           clerk, chief, status="extracted", reason=None, sheet="Bao cao"):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    f = "Times New Roman"
    widths = {"A": 5, "B": 42, "C": 11, "D": 40, "E": 12, "F": 18}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.merge_cells("A1:B1"); ws["A1"] = "UBND " + upper; ws["A1"].font = Font(name=f, bold=True, size=12)
    ws.merge_cells("D1:F1"); ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(name=f, bold=True, size=12)
    ws.merge_cells("A2:B2"); ws["A2"] = "Số: " + number; ws["A2"].font = Font(name=f, size=12)
    ws.merge_cells("D2:F2"); ws["D2"] = "Độc lập - Tự do - Hạnh phúc"; ws["D2"].font = Font(name=f, bold=True, size=12)
    ws.merge_cells("D3:F3"); ws["D3"] = place + ", " + date_vn; ws["D3"].font = Font(name=f, italic=True, size=12)
    for c in ("A1", "D1", "A2", "D2", "D3"):
        ws[c].alignment = Alignment(horizontal="center")
    ws.merge_cells("A5:F5"); ws["A5"] = title; ws["A5"].font = Font(name=f, bold=True, size=13)
    ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True); ws.row_dimensions[5].height = 34
    ws.merge_cells("A6:F6"); ws["A6"] = subtitle; ws["A6"].font = Font(name=f, italic=True, size=12)
    ws["A6"].alignment = Alignment(horizontal="center", wrap_text=True)
    hdr = ["STT", "Công việc", "Thời gian", "Kết quả (số liệu)", "Tình hình", "Ghi chú"]
    r = 8
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h); c.font = Font(name=f, bold=True, size=12); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ents = []
    for n, row in enumerate(rows, 1):
        r += 1
        vals = [n, row["job"], row["time"], row["res"], row["st"], row.get("note", "")]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.font = Font(name=f, size=12); c.border = BOX
            c.alignment = Alignment(vertical="top", wrap_text=True, horizontal="center" if i in (1, 3, 5) else "left")
        if row.get("task"):
            ents.append({"task": row["task"], "status": ST_B[row["st"]], "ind": row.get("ind", {}),
                         "text": row["job"] + " | " + row["res"] + (" | " + row["note"] if row.get("note") else "")})
    r += 2
    ws.cell(r, 1, "* Khó khăn:").font = Font(name=f, bold=True, size=12)
    for d in diffs:
        r += 1; ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(r, 2, "- " + d).font = Font(name=f, size=12)
    r += 1
    ws.cell(r, 1, "* Đề nghị:").font = Font(name=f, bold=True, size=12)
    for p in props:
        r += 1; ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(r, 2, "- " + p).font = Font(name=f, size=12)
    r += 2
    ws.cell(r, 2, "Người lập biểu").font = Font(name=f, bold=True, size=12)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
    ws.cell(r, 4, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH").font = Font(name=f, bold=True, size=12)
    ws.cell(r, 4).alignment = Alignment(horizontal="center", wrap_text=True); ws.row_dimensions[r].height = 32
    r += 4
    ws.cell(r, 2, clerk).font = Font(name=f, bold=True, size=12)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
    ws.cell(r, 4, chief).font = Font(name=f, bold=True, size=12); ws.cell(r, 4).alignment = Alignment(horizontal="center")
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, ents if status == "extracted" else [],
        diffs if status == "extracted" else [], props if status == "extracted" else [], status, reason)


# B1 Xã Bắc Tân Uyên
hand_b("bac-tan-uyen-ct38.xlsx", "25906", "Xã Bắc Tân Uyên", "XÃ BẮC TÂN UYÊN", "Bắc Tân Uyên",
       "158/BC-UBND", "ngày 24 tháng 10 năm 2026", "2026-10-24",
       "BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026",
       "(Về công tác tiêu chuẩn, đo lường, chất lượng trên địa bàn xã - số liệu tính đến ngày 20/10/2026)",
       [
           {"task": "II.1.a", "job": "Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh, HTX",
            "time": "T3 - T9", "res": "tin bài = 06, hội nghị = 01, người dự = 62", "st": "Còn làm",
            "ind": {"communications": 6, "training_courses": 1, "participants": 62}},
           {"task": "II.5.c", "job": "Phối hợp kiểm tra cân tại chợ, cửa hàng xăng dầu trên địa bàn xã",
            "time": "T5, T8", "res": "số cuộc = 02, cơ sở = 14, vi phạm = 01, phạt = 2.000.000 đ", "st": "Xong",
            "ind": {"inspections": 2, "establishments_inspected": 14, "violations": 1, "fines_vnd": 2000000},
            "note": "cùng Chi cục TĐC"},
           {"task": "II.2.d", "job": "Hướng dẫn HTX, cơ sở sản xuất áp dụng VietGAP, tự công bố chất lượng sản phẩm",
            "time": "T4 - T10", "res": "cơ sở được hướng dẫn = 04", "st": "Còn làm",
            "ind": {"enterprises_supported": 4}},
           {"task": "II.2.đ", "job": "Duy trì ISO 9001:2015 tại UBND xã", "time": "T1 - T11",
            "res": "cập nhật quy trình = 18", "st": "Còn làm"},
           {"task": "II.3.a", "job": "Cử cán bộ dự tập huấn nghiệp vụ TĐC", "time": "T6",
            "res": "người dự = 01", "st": "Xong", "ind": {"participants": 1}},
           {"task": "II.5.d", "job": "Tiếp nhận, xử lý tố giác vi phạm về TĐC", "time": "", "res": "", "st": "Không có việc"},
       ],
       ["Địa bàn rộng, nhiều chợ tự phát nên khó kiểm soát việc dùng cân sai.",
        "Chưa có kinh phí riêng cho hoạt động kiểm tra đo lường của xã."],
       ["Đề nghị Chi cục TĐC hỗ trợ kiểm định cân miễn phí tại chợ Tân Thành."],
       "Lê Văn Phúc", "Huỳnh Tấn Lộc")

# B2 Xã Phước Hải - MISTAKEN (kinh tế tập thể, HTX)
hand_b("phuoc-hai-tong-hop.xlsx", "26686", "Xã Phước Hải", "XÃ PHƯỚC HẢI", "Phước Hải",
       "204/BC-UBND", "ngày 19 tháng 10 năm 2026", "2026-10-19",
       "BẢNG TỔNG HỢP TÌNH HÌNH PHÁT TRIỂN KINH TẾ TẬP THỂ, HỢP TÁC XÃ NĂM 2026",
       "(Thực hiện Kế hoạch phát triển kinh tế tập thể, hợp tác xã giai đoạn 2026 - 2030 của UBND Thành phố)",
       [
           {"job": "Thành lập mới hợp tác xã, tổ hợp tác", "time": "T2 - T9", "res": "HTX mới = 02, THT mới = 05", "st": "Còn làm"},
           {"job": "Củng cố HTX hoạt động yếu kém, giải thể HTX ngưng hoạt động", "time": "T6",
            "res": "HTX giải thể = 01", "st": "Xong"},
           {"job": "Hỗ trợ HTX tham gia chương trình OCOP", "time": "T4 - T10", "res": "sản phẩm OCOP 3 sao = 02", "st": "Còn làm"},
           {"job": "Bồi dưỡng cán bộ quản lý HTX", "time": "T7", "res": "lớp = 01, học viên = 28", "st": "Xong"},
           {"job": "Hỗ trợ vay vốn Quỹ hỗ trợ phát triển HTX", "time": "", "res": "", "st": "Chưa làm"},
       ],
       ["Các HTX nuôi trồng, khai thác hải sản quy mô nhỏ, vốn ít, khó tiếp cận vốn vay."],
       ["Đề nghị Liên minh HTX Thành phố hỗ trợ xây dựng phương án sản xuất kinh doanh cho HTX mới thành lập."],
       "Lê Văn Phúc", "Đỗ Văn Thành", status="rejected",
       reason="Không phải báo cáo thực hiện Kế hoạch CT38: đây là bảng tổng hợp tình hình phát triển kinh tế tập thể, hợp tác xã.")

# B3 Phường Chánh Hiệp (re-saved through LibreOffice later)
hand_b("chanh-hiep-bieu-ct38.xlsx", "25771", "Phường Chánh Hiệp", "PHƯỜNG CHÁNH HIỆP", "Chánh Hiệp",
       "233/BC-UBND", "ngày 28 tháng 10 năm 2026", "2026-10-28",
       "BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026",
       "(Kèm theo Báo cáo số 233/BC-UBND của UBND phường Chánh Hiệp)",
       [
           {"task": "II.1.a", "job": "Tuyên truyền, tập huấn cho hộ kinh doanh về nhãn hàng hóa, đo lường trong kinh doanh vàng, xăng dầu",
            "time": "T3 - T10", "res": "tin bài = 10, lớp = 01, người dự = 35", "st": "Xong",
            "ind": {"communications": 10, "training_courses": 1, "participants": 35}},
           {"task": "II.5.c", "job": "Kiểm tra đo lường, chất lượng theo phân cấp (chợ, cửa hàng xăng dầu, vàng bạc)",
            "time": "T4, T7, T9", "res": "số cuộc = 04, cơ sở = 26, vi phạm = 03, phạt = 8.250.000 đ", "st": "Còn làm",
            "ind": {"inspections": 4, "establishments_inspected": 26, "violations": 3, "fines_vnd": 8250000},
            "note": "còn 01 đợt tháng 12"},
           {"task": "II.2.a", "job": "Hướng dẫn hộ sản xuất, kinh doanh áp dụng truy xuất nguồn gốc (mã QR)",
            "time": "T5 - T10", "res": "hộ được hướng dẫn = 09", "st": "Còn làm", "ind": {"enterprises_supported": 9}},
           {"task": "II.2.đ", "job": "Áp dụng, duy trì TCVN ISO 9001:2015 tại UBND phường", "time": "T1 - T6",
            "res": "", "st": "Xong", "note": "đã công bố lại"},
           {"task": "II.3.a", "job": "Cử công chức dự lớp tập huấn của Chi cục TĐC", "time": "",
            "res": "", "st": "Chưa làm", "note": "chưa có thư mời"},
       ],
       ["Công chức phụ trách mới, chưa nắm hết nghiệp vụ kiểm tra đo lường."],
       ["Đề nghị Chi cục TĐC gửi sớm lịch tập huấn năm 2027 để phường bố trí người tham dự.",
        "Đề nghị cung cấp tài liệu tuyên truyền mẫu (tờ rơi, pa nô) về đo lường trong kinh doanh vàng."],
       "Nguyễn Thị Kim Oanh", "Võ Văn Đức")

# B4 Phường Phú Lâm
hand_b("phu-lam-ct38-2026.xlsx", "27349", "Phường Phú Lâm", "PHƯỜNG PHÚ LÂM", "Phú Lâm",
       "176/BC-UBND", "ngày 02 tháng 11 năm 2026", "2026-11-02",
       "KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
       "(Số liệu từ 01/01/2026 đến 31/10/2026)",
       [
           {"task": "II.1.a", "job": "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên trang thông tin, loa phát thanh khu phố",
            "time": "T1 - T10", "res": "tin bài = 12", "st": "Còn làm", "ind": {"communications": 12}},
           {"task": "II.5.c", "job": "Phối hợp kiểm tra cửa hàng xăng dầu, kinh doanh vàng, chợ Phú Lâm",
            "time": "T6, T9", "res": "số cuộc=02 , cơ sở = 12, vi phạm= 02, phạt = 6.000.000 đ", "st": "Xong",
            "ind": {"inspections": 2, "establishments_inspected": 12, "violations": 2, "fines_vnd": 6000000}},
           {"task": "II.2.đ", "job": "Cập nhật hệ thống quản lý chất lượng ISO theo bộ TTHC mới", "time": "T8 - T11",
            "res": "", "st": "Còn làm"},
           {"task": "II.3.a", "job": "Cử cán bộ dự tập huấn nghiệp vụ", "time": "T6",
            "res": "người dự = 02", "st": "Xong", "ind": {"participants": 2}},
           {"task": "II.5.d", "job": "Khen thưởng người tố giác vi phạm về TĐC", "time": "", "res": "", "st": "Không có việc"},
       ],
       ["Chưa có kinh phí in ấn tài liệu tuyên truyền."],
       ["Đề nghị Sở KH&CN cấp tài liệu tuyên truyền cho các phường."],
       "Trương Thị Bích", "Lý Quốc Hùng")


# ---------------------------------------------------------------------------
# HAND C - department chuyên viên, công văn reply: "V/v", "Kính gửi", body split by
# ROLE: "A. Những việc Sở thực hiện theo chức năng của ngành" / "B. Những việc Sở
# phối hợp với Sở KH&CN", statuses only as everyday verbs in a closing sentence
# ("thực hiện thường xuyên", "đã thực hiện xong", "sẽ thực hiện trong Quý IV",
# "chưa phát sinh"), money in "triệu đồng" with decimal comma, Times 14.
# ---------------------------------------------------------------------------

def hand_c(fname, unit_id, unit_name, upper, number, date_vn, date_iso, vv, intro, part_a, part_b, diffs, props, signer):
    doc = Document(); set_font(doc, "Times New Roman", 14)
    header_table(doc, [("ỦY BAN NHÂN DÂN", False, False), ("THÀNH PHỐ HỒ CHÍ MINH", False, False), (upper, True, False),
                       ("", False, False), ("Số: " + number, False, False), ("V/v " + vv, False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("", False, False), ("Thành phố Hồ Chí Minh, " + date_vn, False, True)])
    para(doc, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", align="c")
    para(doc, intro)
    ents = []
    para(doc, "A. NHỮNG VIỆC SỞ THỰC HIỆN THEO CHỨC NĂNG, NHIỆM VỤ CỦA NGÀNH", bold=True, indent=False)
    for i, it in enumerate(part_a, 1):
        para(doc, "%d. %s" % (i, it["text"]))
        ents.append(it)
    para(doc, "B. NHỮNG VIỆC SỞ PHỐI HỢP VỚI SỞ KHOA HỌC VÀ CÔNG NGHỆ", bold=True, indent=False)
    for i, it in enumerate(part_b, 1):
        para(doc, "%d. %s" % (i, it["text"]))
        ents.append(it)
    para(doc, "C. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ", bold=True, indent=False)
    para(doc, "Khó khăn:", italic=True)
    for d in diffs:
        para(doc, "- " + d)
    para(doc, "Kiến nghị:", italic=True)
    for p in props:
        para(doc, "- " + p)
    para(doc, "Trên đây là báo cáo của %s gửi Sở Khoa học và Công nghệ để tổng hợp./." % unit_name)
    t = doc.add_table(rows=1, cols=2)
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    r = c0.paragraphs[0].add_run("Nơi nhận:"); r.bold = True; r.italic = True
    for l in ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, KHTC."]:
        c0.add_paragraph(l)
    for l, b in [("KT. GIÁM ĐỐC", True), ("PHÓ GIÁM ĐỐC", True), ("", False), ("", False), ("", False), (signer, True)]:
        p = c1.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run(l).bold = b
    doc.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso,
        [{"task": e["task"], "status": e["st"], "ind": e.get("ind", {}), "text": e["text"]} for e in ents], diffs, props)


hand_c("so-cong-thuong-bc-ct38-2026.docx", "SO-CT", "Sở Công Thương", "SỞ CÔNG THƯƠNG", "5123/SCT-QLTM",
       "ngày 29 tháng 10 năm 2026", "2026-10-29",
       "báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
       "Phúc đáp Công văn số 2987/SKHCN-TĐC ngày 06/10/2026 của Sở Khoa học và Công nghệ về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo như sau:",
       [
           {"task": "II.5.a", "st": "in_progress", "ind": {"inspections": 6, "establishments_inspected": 63, "violations": 7, "fines_vnd": 96500000},
            "text": "Về kiểm tra đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng trong lưu thông: Sở chủ trì, phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng thành lập 06 đoàn kiểm tra tại 63 cơ sở (gồm 48 cửa hàng xăng dầu và 15 cửa hàng kinh doanh LPG); phát hiện 07 cơ sở vi phạm (chủ yếu không niêm yết, sai số cột đo vượt mức cho phép), đã ra quyết định xử phạt với tổng số tiền 96,5 triệu đồng. Công việc này Sở thực hiện thường xuyên và tiếp tục đến cuối năm 2026."},
           {"task": "II.2.e", "st": "completed", "ind": {"standards_reviewed": 6},
            "text": "Về góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật: Sở đã góp ý 06 dự thảo (gồm 04 QCVN do Bộ Công Thương chủ trì soạn thảo và 02 TCVN về an toàn điện). Các văn bản xin ý kiến gửi đến trong năm Sở đã thực hiện xong, đúng thời hạn."},
           {"task": "II.6.a", "st": "in_progress", "ind": {"communications": 12, "training_courses": 2, "participants": 180},
            "text": "Về phổ biến cam kết hàng rào kỹ thuật trong thương mại (TBT) của các FTA: đăng 12 tin, bài trên Cổng thông tin điện tử Sở; tổ chức 02 hội nghị phổ biến cam kết TBT trong CPTPP, EVFTA với 180 đại biểu doanh nghiệp tham dự. Sở tiếp tục thực hiện thường xuyên."},
       ],
       [
           {"task": "II.1.b", "st": "completed",
            "text": "Tuyên truyền Giải thưởng Chất lượng Quốc gia: Sở đã gửi văn bản giới thiệu, vận động đến các hiệp hội ngành hàng (dệt may, da giày, nhựa, cơ khí); đã thực hiện xong trong Quý II/2026."},
           {"task": "II.3.a", "st": "completed", "ind": {"participants": 3},
            "text": "Tập huấn nghiệp vụ: Sở cử 03 công chức phòng Quản lý thương mại tham dự lớp tập huấn do Chi cục tổ chức tháng 7/2026; đã thực hiện xong."},
           {"task": "II.2.đ", "st": "in_progress",
            "text": "Áp dụng hệ thống quản lý chất lượng trong cơ quan: Sở duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; việc đánh giá nội bộ năm 2026 sẽ thực hiện trong tháng 11/2026."},
       ],
       ["Việc phối hợp kiểm tra tại cơ sở sau khi sắp xếp lực lượng quản lý thị trường còn chậm, thủ tục thành lập đoàn mất nhiều thời gian."],
       ["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng xăng dầu năm 2026 để Sở có cơ sở lựa chọn đối tượng kiểm tra."],
       "Nguyễn Thành Trung")

hand_c("so-xay-dung-ct38.docx", "SO-XD", "Sở Xây dựng", "SỞ XÂY DỰNG", "8841/SXD-KTXD",
       "ngày 30 tháng 10 năm 2026", "2026-10-30",
       "báo cáo tình hình thực hiện Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng",
       "Thực hiện đề nghị của Sở Khoa học và Công nghệ tại Công văn số 2987/SKHCN-TĐC ngày 06/10/2026, Sở Xây dựng báo cáo kết quả như sau:",
       [
           {"task": "II.2.e", "st": "completed", "ind": {"standards_reviewed": 3},
            "text": "Góp ý tiêu chuẩn, quy chuẩn ngành xây dựng: Sở đã tham gia góp ý 03 dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Xây dựng lấy ý kiến (QCVN về vật liệu xây dựng, an toàn cháy cho nhà và công trình, hệ thống cấp thoát nước); đã thực hiện xong."},
           {"task": "II.5.a", "st": "in_progress", "ind": {"inspections": 2, "establishments_inspected": 17, "samples_tested": 24, "budget_spent_vnd": 38200000},
            "text": "Kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng: tổ chức 02 đoàn kiểm tra tại 17 cơ sở sản xuất, kinh doanh xi măng, thép, gạch ốp lát; lấy 24 mẫu gửi thử nghiệm, kinh phí lấy mẫu, thử nghiệm 38,2 triệu đồng. Hiện đang chờ kết quả thử nghiệm của 06 mẫu, Sở tiếp tục theo dõi, xử lý."},
       ],
       [
           {"task": "II.2.đ", "st": "completed",
            "text": "Áp dụng TCVN ISO 9001:2015: Sở đã hoàn tất việc xây dựng, công bố lại hệ thống quản lý chất lượng sau khi hợp nhất (Quyết định công bố ngày 12/6/2026)."},
           {"task": "II.3.a", "st": "not_started",
            "text": "Cử công chức tham gia tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng: trong kỳ Sở chưa nhận được thông báo chiêu sinh nên chưa cử công chức tham dự, sẽ thực hiện trong Quý IV khi có lịch."},
           {"task": "II.6.a", "st": "not_applicable",
            "text": "Cập nhật các điều ước, thỏa thuận quốc tế liên quan: chưa phát sinh nội dung liên quan đến ngành xây dựng."},
       ],
       ["Kinh phí lấy mẫu thử nghiệm vật liệu xây dựng chưa được bố trí đủ, phải lồng ghép từ nguồn chi thường xuyên."],
       ["Đề nghị Sở Khoa học và Công nghệ thông báo kế hoạch tập huấn sớm để Sở chủ động cử công chức.",
        "Đề nghị bổ sung kinh phí khảo sát chất lượng vật liệu xây dựng vào dự toán năm 2027."],
       "Trần Quốc Bảo")

hand_c("so-y-te-phuc-dap-ct38.docx", "SO-YT", "Sở Y tế", "SỞ Y TẾ", "9702/SYT-NVD",
       "ngày 26 tháng 10 năm 2026", "2026-10-26",
       "báo cáo kết quả phối hợp thực hiện Kế hoạch CT38 năm 2026",
       "Sở Y tế nhận được Công văn số 2987/SKHCN-TĐC ngày 06/10/2026 của Sở Khoa học và Công nghệ đề nghị báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Sở Y tế báo cáo như sau:",
       [
           {"task": "II.5.a", "st": "in_progress", "ind": {"inspections": 5, "establishments_inspected": 32, "violations": 3, "fines_vnd": 21000000, "instruments_verified": 1245},
            "text": "Kiểm tra trang thiết bị y tế và phương tiện đo dùng trong khám, chữa bệnh: Sở tổ chức 05 cuộc kiểm tra tại 32 cơ sở khám, chữa bệnh và kinh doanh trang thiết bị y tế, phát hiện 03 cơ sở vi phạm, phạt tiền 21 triệu đồng; phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm kiểm định 1.245 phương tiện đo (huyết áp kế, nhiệt kế y học, cân sức khỏe). Sở tiếp tục thực hiện thường xuyên."},
           {"task": "II.2.e", "st": "completed", "ind": {"standards_reviewed": 2},
            "text": "Góp ý quy chuẩn kỹ thuật quốc gia: Sở đã góp ý 02 dự thảo QCVN về trang thiết bị y tế theo đề nghị của Bộ Y tế; đã thực hiện xong."},
           {"task": "II.1.a", "st": "in_progress", "ind": {"communications": 5},
            "text": "Tuyên truyền: đăng 05 tin, bài về sử dụng phương tiện đo trong y tế đúng quy định trên Cổng thông tin điện tử Sở; đang tiếp tục thực hiện."},
       ],
       [
           {"task": "II.2.đ", "st": "in_progress",
            "text": "Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở: đang cập nhật quy trình theo thủ tục hành chính mới được phân cấp, thực hiện thường xuyên."},
       ],
       ["Số lượng phương tiện đo nhóm 2 tại các phòng khám tư nhân lớn, nhiều cơ sở chưa thực hiện kiểm định định kỳ."],
       ["Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức đợt kiểm định lưu động phương tiện đo cho các phòng khám tại các xã ngoại thành."],
       "Lê Thị Ngọc Hà")


# ---------------------------------------------------------------------------
# HAND D - unit deputy with an old-school outline: hyphen numbering "I-", "1-",
# task heading in bold ending with ": " + the status UNDERLINED, figures on
# middle-dot sub-lines "· Số lớp: 04", then one prose line. Arial 12.
# ---------------------------------------------------------------------------
ST_D = {"Đã hoàn thành": "completed", "Đang thực hiện": "in_progress", "Chưa thực hiện": "not_started",
        "Chưa phát sinh": "not_applicable", "Đã xong": "completed", "Đang làm": "in_progress"}


def hand_d(fname, unit_id, unit_name, upper_lines, number, place_date, date_iso, title_sub, general, items, diffs, props,
           sign_lines, noi_nhan):
    doc = Document(); set_font(doc, "Arial", 12)
    header_table(doc, [(l, b, False) for l, b in upper_lines] + [("", False, False), ("Số: " + number, False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập – Tự do – Hạnh phúc", True, False),
                  ("", False, False), (place_date, False, True)])
    para(doc, "BÁO CÁO", bold=True, align="c", space=0)
    para(doc, title_sub, bold=True, align="c", space=12)
    para(doc, "I- ĐÁNH GIÁ CHUNG", bold=True, indent=False)
    para(doc, general)
    para(doc, "II- KẾT QUẢ CỤ THỂ", bold=True, indent=False)
    ents = []
    for i, it in enumerate(items, 1):
        p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(6)
        r = p.add_run("%d- %s: " % (i, it["head"])); r.bold = True
        r = p.add_run(it["stw"]); r.underline = True
        for fl in it.get("lines", []):
            q = doc.add_paragraph(); q.paragraph_format.left_indent = Cm(1); q.paragraph_format.space_after = Pt(0)
            q.add_run("· " + fl)
        if it.get("prose"):
            para(doc, it["prose"])
        ents.append({"task": it["task"], "status": ST_D[it["stw"]], "ind": it.get("ind", {}),
                     "text": it["head"] + ": " + it["stw"] + ". " + "; ".join(it.get("lines", [])) + (" " + it["prose"] if it.get("prose") else "")})
    para(doc, "III- KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for d in diffs:
        para(doc, "- " + d)
    para(doc, "IV- ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for pp in props:
        para(doc, "- " + pp)
    t = doc.add_table(rows=1, cols=2)
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    r = c0.paragraphs[0].add_run("Nơi nhận:"); r.bold = True; r.italic = True
    for l in noi_nhan:
        c0.add_paragraph(l)
    for l, b in sign_lines:
        p = c1.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run(l).bold = b
    doc.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, ents, diffs, props)


hand_d("chi-cuc-tdc-bc-ket-qua-ct38-2026.docx", "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
       [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False), ("CHI CỤC TIÊU CHUẨN ĐO LƯỜNG", True), ("CHẤT LƯỢNG", True)],
       "1874/BC-TĐC", "Thành phố Hồ Chí Minh, ngày 20 tháng 10 năm 2026", "2026-10-20",
       "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (số liệu đến ngày 15/10/2026)",
       "Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo kết quả như sau. Năm 2026 là năm đầu Chi cục hoạt động theo địa bàn Thành phố sau sắp xếp. Chi cục đã chủ động triển khai các nhiệm vụ được giao tại Kế hoạch; phần lớn nhiệm vụ thường xuyên đang được thực hiện đúng tiến độ, một số nhiệm vụ theo quý đã hoàn thành.",
       [
           {"task": "II.1.a", "stw": "Đã hoàn thành", "head": "Tập huấn văn bản quy phạm pháp luật cho doanh nghiệp và tọa đàm với doanh nghiệp nhập khẩu",
            "lines": ["Số lớp/buổi: 05 (04 lớp tập huấn, 01 buổi tọa đàm)", "Số học viên, đại biểu: 386 lượt", "Kinh phí đã sử dụng: 86.400.000 đồng"],
            "ind": {"training_courses": 5, "participants": 386, "budget_spent_vnd": 86400000}},
           {"task": "II.1.b", "stw": "Đã hoàn thành", "head": "Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
            "lines": ["Tin, bài giới thiệu: 07", "Doanh nghiệp được hướng dẫn hồ sơ: 12"],
            "ind": {"communications": 7, "enterprises_supported": 12}},
           {"task": "II.2.b", "stw": "Đang thực hiện", "head": "Tổ chức hoạt động Giải thưởng Chất lượng Quốc gia năm 2026",
            "prose": "Hội đồng sơ tuyển đã đánh giá 05 hồ sơ, đang hoàn thiện biên bản gửi Hội đồng quốc gia."},
           {"task": "II.2.a", "stw": "Đang thực hiện", "head": "Chương trình năng suất chất lượng, Đề án 996, Đề án 100",
            "lines": ["Doanh nghiệp được hỗ trợ: 23"],
            "prose": "Hỗ trợ doanh nghiệp cải tiến năng suất, áp dụng công cụ Lean, 5S và truy xuất nguồn gốc; các hợp đồng hỗ trợ sẽ nghiệm thu trong Quý IV.",
            "ind": {"enterprises_supported": 23}},
           {"task": "II.2.d", "stw": "Đang thực hiện", "head": "Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố chất lượng",
            "lines": ["Lượt doanh nghiệp được hướng dẫn: 41"], "ind": {"enterprises_supported": 41}},
           {"task": "II.2.đ", "stw": "Đang thực hiện", "head": "Hệ thống quản lý chất lượng trong cơ quan hành chính nhà nước",
            "lines": ["Cơ quan được hướng dẫn, kiểm tra việc áp dụng: 09"], "ind": {"enterprises_supported": 9}},
           {"task": "II.2.e", "stw": "Đang thực hiện", "head": "Góp ý TCVN, QCVN; xây dựng quy chuẩn kỹ thuật địa phương",
            "lines": ["Dự thảo TCVN, QCVN đã góp ý: 15"],
            "prose": "Đang phối hợp Sở Xây dựng xây dựng dự thảo quy chuẩn kỹ thuật địa phương về chất lượng nước sạch.",
            "ind": {"standards_reviewed": 15}},
           {"task": "II.3.a", "stw": "Đã hoàn thành", "head": "Tập huấn nghiệp vụ cho công chức các sở, ngành, UBND phường, xã, đặc khu",
            "lines": ["Số lớp: 02", "Số học viên: 214"], "ind": {"training_courses": 2, "participants": 214}},
           {"task": "II.5.a", "stw": "Đang thực hiện", "head": "Kiểm tra nhà nước về tiêu chuẩn, đo lường, chất lượng",
            "lines": ["Số cuộc: 11", "Số cơ sở được kiểm tra: 97", "Số cơ sở vi phạm: 14", "Tiền phạt: 187.350.000 đồng"],
            "ind": {"inspections": 11, "establishments_inspected": 97, "violations": 14, "fines_vnd": 187350000}},
           {"task": "II.5.b", "stw": "Đang thực hiện", "head": "Khảo sát chất lượng sản phẩm, hàng hóa",
            "lines": ["Số mẫu khảo sát: 120"],
            "prose": "Đã lấy mẫu xăng, dầu diesel, mũ bảo hiểm, đồ chơi trẻ em; 120 mẫu đã gửi Trung tâm Dịch vụ Phân tích thí nghiệm thử nghiệm.",
            "ind": {"samples_tested": 120}},
           {"task": "II.5.c", "stw": "Đang thực hiện", "head": "Phối hợp UBND phường, xã, đặc khu thực hiện nội dung được phân quyền",
            "prose": "Chi cục đã có văn bản hướng dẫn các địa phương về nội dung được phân quyền và cử công chức tham gia các đoàn kiểm tra khi được mời."},
           {"task": "II.6.a", "stw": "Chưa phát sinh", "head": "Cập nhật điều ước, thỏa thuận quốc tế"},
           {"task": "II.6.b", "stw": "Chưa phát sinh", "head": "Phối hợp với Ủy ban TĐC Quốc gia và APO",
            "prose": "Chưa có yêu cầu trong kỳ."},
       ],
       ["Biên chế của Chi cục còn thiếu so với khối lượng công việc khi địa bàn quản lý mở rộng.",
        "Hệ thống kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng chưa hoàn thiện, dữ liệu còn nhập thủ công."],
       ["Đề nghị Sở bổ sung kinh phí cho hoạt động khảo sát chất lượng sản phẩm, hàng hóa năm 2027.",
        "Đề nghị Sở chỉ đạo Phòng Chuyển đổi số hỗ trợ hoàn thiện việc kết nối cơ sở dữ liệu quốc gia trong Quý IV/2026."],
       [("KT. CHI CỤC TRƯỞNG", True), ("PHÓ CHI CỤC TRƯỞNG", True), ("", False), ("", False), ("", False), ("Võ Thanh Tâm", True)],
       ["- Giám đốc Sở (để b/c);", "- PGĐ Nguyễn Kỳ (để b/c);", "- Lưu: VT, QLĐL."])

hand_d("phong-ktpc-bc-ct38.docx", "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế",
       [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False), ("PHÒNG KIỂM TRA – PHÁP CHẾ", True)],
       "47/BC-KTPC", "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026", "2026-10-28",
       "Kết quả phối hợp thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026",
       "Phòng Kiểm tra – Pháp chế tham gia phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng ở các nội dung kiểm tra, khảo sát, pháp chế theo phân công tại Kế hoạch.",
       [
           {"task": "II.5.a", "stw": "Đang thực hiện", "head": "Phối hợp kiểm tra về tiêu chuẩn, đo lường, chất lượng",
            "lines": ["Số cuộc phối hợp: 03", "Cơ sở được kiểm tra: 25", "Cơ sở vi phạm: 06", "Tiền phạt: 42.000.000 đồng"],
            "ind": {"inspections": 3, "establishments_inspected": 25, "violations": 6, "fines_vnd": 42000000}},
           {"task": "II.5.b", "stw": "Đã xong", "head": "Phối hợp khảo sát chất lượng sản phẩm, hàng hóa",
            "prose": "Phòng đã cử công chức tham gia tổ lấy mẫu khảo sát đợt 1 và đợt 2 năm 2026."},
           {"task": "II.5.d", "stw": "Đã hoàn thành", "head": "Tiếp nhận, xử lý phản ánh, tố giác vi phạm",
            "prose": "Tiếp nhận 02 đơn phản ánh về cân sai tại chợ, đã chuyển Chi cục xác minh và trả lời công dân."},
           {"task": "II.2.c", "stw": "Đã hoàn thành", "head": "Góp ý dự thảo văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng",
            "prose": "Góp ý 02 dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) theo đề nghị của Bộ."},
           {"task": "II.4.b", "stw": "Chưa thực hiện", "head": "Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP",
            "prose": "Dự kiến phối hợp Chi cục rà soát trong tháng 11/2026."},
       ],
       ["Lực lượng công chức của Phòng mỏng, cùng lúc tham gia nhiều đoàn kiểm tra chuyên ngành khác."],
       ["Đề nghị Chi cục gửi kế hoạch kiểm tra theo quý để Phòng chủ động bố trí người tham gia."],
       [("KT. TRƯỞNG PHÒNG", True), ("PHÓ TRƯỞNG PHÒNG", True), ("", False), ("", False), ("", False), ("Đặng Minh Khoa", True)],
       ["- Chi cục TĐC;", "- Lưu: KTPC."])

hand_d("so-gddt-bc-ct38-2026.docx", "SO-GDDT", "Sở Giáo dục và Đào tạo",
       [("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", False), ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", True)],
       "6315/BC-SGDĐT", "Thành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026", "2026-11-03",
       "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trong ngành giáo dục",
       "Sở Giáo dục và Đào tạo đã phổ biến Kế hoạch của Sở Khoa học và Công nghệ đến các trường cao đẳng, trung cấp và các cơ sở giáo dục trực thuộc; lồng ghép nội dung tiêu chuẩn, đo lường, chất lượng vào hoạt động ngoại khóa.",
       [
           {"task": "II.3.d", "stw": "Đã hoàn thành", "head": "Phối hợp tập huấn cho giáo viên, học sinh, sinh viên các trường cao đẳng, trung cấp",
            "lines": ["Số lớp: 03", "Số lượt tham dự: 260"],
            "prose": "Nội dung về mã số, mã vạch, nhãn hàng hóa, truy xuất nguồn gốc; phối hợp Chi cục TĐC tổ chức tại 03 trường.",
            "ind": {"training_courses": 3, "participants": 260}},
           {"task": "II.1.a", "stw": "Đang làm", "head": "Tuyên truyền trong nhà trường",
            "lines": ["Tin, bài trên trang thông tin các trường: 09"], "ind": {"communications": 9}},
           {"task": "II.2.đ", "stw": "Đang thực hiện", "head": "Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở"},
           {"task": "II.3.a", "stw": "Đã xong", "head": "Cử công chức dự tập huấn nghiệp vụ",
            "lines": ["Số công chức tham dự: 02"], "ind": {"participants": 2}},
           {"task": "II.6.b", "stw": "Chưa phát sinh", "head": "Phối hợp thúc đẩy năng suất khu vực công (APO)"},
       ],
       ["Chương trình đào tạo chính khóa chưa có nội dung riêng về tiêu chuẩn, đo lường, chất lượng."],
       ["Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu, học liệu điện tử về tiêu chuẩn, đo lường, chất lượng để các trường sử dụng."],
       [("KT. GIÁM ĐỐC", True), ("PHÓ GIÁM ĐỐC", True), ("", False), ("", False), ("", False), ("Huỳnh Thị Mai", True)],
       ["- Sở KH&CN;", "- Chi cục TĐC;", "- Lưu: VT, GDCN."])


# ---------------------------------------------------------------------------
# HAND E - unit's Excel builder: identity block at the top of the same sheet
# ("Đơn vị báo cáo:", "Số văn bản:", "Ngày báo cáo:" dd/mm/yyyy, "Người lập biểu:"),
# table TT | Nội dung công việc | Kết quả thực hiện | Tình trạng | Ghi chú, status words
# with a progress figure in brackets "Đang thực hiện (70%)"; below: "Khó khăn, vướng
# mắc" and "Kiến nghị" labels in column A with items "1." "2." in column B. Arial 10.
# ---------------------------------------------------------------------------
ST_E = {"Hoàn thành": "completed", "Đang thực hiện": "in_progress", "Chưa thực hiện": "not_started", "Không phát sinh": "not_applicable"}


def hand_e(fname, unit_id, unit_name, unit_written, number, date_dm, date_iso, maker, topic, rows, diffs, props, sheet="KQ CT38"):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    f = "Arial"
    for k, v in {"A": 16, "B": 40, "C": 52, "D": 22, "E": 20}.items():
        ws.column_dimensions[k].width = v
    info = [("Đơn vị báo cáo:", unit_written), ("Số văn bản:", number), ("Ngày báo cáo:", date_dm),
            ("Người lập biểu:", maker), ("Nội dung:", topic)]
    for i, (a, b) in enumerate(info, 1):
        ws.cell(i, 1, a).font = Font(name=f, bold=True, size=10)
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=5)
        ws.cell(i, 2, b).font = Font(name=f, size=10)
    r = 7
    for i, h in enumerate(["TT", "Nội dung công việc", "Kết quả thực hiện", "Tình trạng", "Ghi chú"], 1):
        c = ws.cell(r, i, h); c.font = Font(name=f, bold=True, size=10); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ents = []
    for n, row in enumerate(rows, 1):
        r += 1
        stw = row["st"] + (" (%s)" % row["pct"] if row.get("pct") else "")
        for i, v in enumerate([n, row["job"], row["res"], stw, row.get("note", "")], 1):
            c = ws.cell(r, i, v); c.font = Font(name=f, size=10); c.border = BOX
            c.alignment = Alignment(vertical="top", wrap_text=True, horizontal="center" if i == 1 else "left")
        ents.append({"task": row["task"], "status": ST_E[row["st"]], "ind": row.get("ind", {}),
                     "text": row["job"] + " | " + row["res"]})
    r += 2
    ws.cell(r, 1, "Khó khăn, vướng mắc").font = Font(name=f, bold=True, size=10)
    for j, d in enumerate(diffs, 1):
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        ws.cell(r, 2, "%d. %s" % (j, d)).font = Font(name=f, size=10); r += 1
    r += 1
    ws.cell(r, 1, "Kiến nghị").font = Font(name=f, bold=True, size=10)
    for j, p in enumerate(props, 1):
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        ws.cell(r, 2, "%d. %s" % (j, p)).font = Font(name=f, size=10); r += 1
    ws.freeze_panes = "A8"
    wb.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, ents, diffs, props)


hand_e("tt-phan-tich-thi-nghiem-kq-ct38.xlsx", "SKHCN-TTPTTN",
       "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
       "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
       "642/BC-TTDV", "26/10/2026", "2026-10-26", "Ngô Bảo Trâm - Phòng Kế hoạch Tổng hợp",
       "Báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
       [
           {"task": "II.4.a", "job": "Đầu tư, hiện đại hóa trang thiết bị thử nghiệm, kiểm định",
            "res": "Đã nghiệm thu, đưa vào sử dụng 03 thiết bị (máy sắc ký khí ghép khối phổ, bộ quả cân chuẩn F1, thiết bị hiệu chuẩn áp suất); giá trị giải ngân 2,85 tỷ đồng.",
            "st": "Đang thực hiện", "pct": "70%", "note": "Gói thiết bị đợt 2 đang đấu thầu", "ind": {"budget_spent_vnd": 2850000000}},
           {"task": "II.4.c", "job": "Duy trì chuẩn đo lường, liên kết chuẩn đến chuẩn quốc gia",
            "res": "Hiệu chuẩn, liên kết 14 chuẩn chính của Trung tâm đến chuẩn đo lường quốc gia.",
            "st": "Hoàn thành", "pct": "100%", "ind": {"instruments_verified": 14}},
           {"task": "II.2.g", "job": "Mở rộng dịch vụ kiểm định, hiệu chuẩn, thử nghiệm phục vụ quản lý và doanh nghiệp",
            "res": "Kiểm định, hiệu chuẩn 18.540 phương tiện đo; thử nghiệm 2.315 mẫu; mở rộng 02 lĩnh vực thử nghiệm mới (linh kiện điện tử, bao bì thực phẩm).",
            "st": "Đang thực hiện", "pct": "80%", "ind": {"instruments_verified": 18540, "samples_tested": 2315}},
           {"task": "II.5.b", "job": "Phối hợp thử nghiệm mẫu khảo sát chất lượng",
            "res": "Thử nghiệm xong 120 mẫu khảo sát do Chi cục TĐC chuyển đến, đã gửi kết quả.",
            "st": "Hoàn thành", "pct": "100%", "ind": {"samples_tested": 120}},
           {"task": "II.3.d", "job": "Bồi dưỡng cho sinh viên các trường về đo lường, thử nghiệm",
            "res": "Tổ chức 02 lớp bồi dưỡng về đo lường, thử nghiệm cho 46 sinh viên thực tập.",
            "st": "Hoàn thành", "pct": "100%", "ind": {"training_courses": 2, "participants": 46}},
       ],
       ["Một số thiết bị chuẩn đã sử dụng trên 10 năm, chi phí sửa chữa, hiệu chuẩn ở nước ngoài cao.",
        "Thiếu kiểm định viên có chứng chỉ cho lĩnh vực đo lường điện, điện tử."],
       ["Đề nghị Sở ưu tiên bố trí vốn đầu tư thiết bị chuẩn năm 2027 cho Trung tâm."])

hand_e("phong-cds-bc-ct38.xlsx", "SKHCN-CDS", "Phòng Chuyển đổi số", "Phòng Chuyển đổi số - Sở Khoa học và Công nghệ",
       "88/BC-CĐS", "27/10/2026", "2026-10-27", "Đinh Gia Huy",
       "Kết quả phối hợp thực hiện KH triển khai CT 38-CT/TW năm 2026",
       [
           {"task": "II.2.h", "job": "Phối hợp đề xuất cải tiến Hệ thống thông tin giải quyết TTHC của Bộ KH&CN; kết nối Cổng một cửa quốc gia",
            "res": "Phối hợp Chi cục rà soát, gửi Bộ 05 đề xuất cải tiến; đã thông luồng kết nối kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu.",
            "st": "Hoàn thành", "pct": "100%"},
           {"task": "II.2.i", "job": "Kết nối, áp dụng cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng",
            "res": "Đã xây dựng bảng ánh xạ dữ liệu, đang thử nghiệm kết nối với Trung tâm CNTT và Địa không gian.",
            "st": "Đang thực hiện", "pct": "50%"},
           {"task": "II.2.đ", "job": "Hỗ trợ áp dụng ISO điện tử trong cơ quan Sở",
            "res": "Chuyển 35 quy trình ISO lên phần mềm quản lý văn bản.", "st": "Đang thực hiện", "pct": "60%"},
           {"task": "II.1.a", "job": "Đăng tải tin bài tuyên truyền về TĐC trên Cổng thông tin điện tử Sở",
            "res": "Đăng tải 16 tin, bài.", "st": "Đang thực hiện", "ind": {"communications": 16}},
           {"task": "II.3.a", "job": "Cử viên chức tham dự tập huấn nghiệp vụ TĐC",
            "res": "04 viên chức tham dự.", "st": "Hoàn thành", "pct": "100%", "ind": {"participants": 4}},
       ],
       ["Cơ sở dữ liệu quốc gia chưa công bố đầy đủ tài liệu kỹ thuật API."],
       ["Đề nghị Chi cục TĐC làm việc với Bộ để được cấp tài khoản kết nối chính thức."])

hand_e("so-nnmt-tong-hop-ct38.xlsx", "SO-NNMT", "Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường Thành phố Hồ Chí Minh",
       "7420/BC-SNNMT", "31/10/2026", "2026-10-31", "Phòng Quản lý chất lượng - Chi cục Chất lượng, Chế biến và Phát triển thị trường",
       "Kết quả thực hiện các nội dung phối hợp theo Kế hoạch CT38 năm 2026 của Sở KH&CN",
       [
           {"task": "II.2.a", "job": "Truy xuất nguồn gốc nông sản (Đề án 100)",
            "res": "Hỗ trợ 27 HTX, cơ sở cấp mã số vùng trồng, áp dụng tem truy xuất nguồn gốc điện tử.",
            "st": "Đang thực hiện", "pct": "65%", "ind": {"enterprises_supported": 27}},
           {"task": "II.2.d", "job": "Hỗ trợ áp dụng VietGAP, hệ thống quản lý chất lượng",
            "res": "Hướng dẫn 15 cơ sở áp dụng VietGAP, ISO 22000; kinh phí hỗ trợ chứng nhận đã giải ngân 450 triệu đồng.",
            "st": "Đang thực hiện", "pct": "75%", "ind": {"enterprises_supported": 15, "budget_spent_vnd": 450000000}},
           {"task": "II.2.e", "job": "Góp ý QCVN; xây dựng quy chuẩn kỹ thuật địa phương",
            "res": "06 quy chuẩn (05 QCVN về phân bón, thức ăn chăn nuôi đã góp ý; 01 QCĐP về nước thải chăn nuôi đang xây dựng).",
            "st": "Đang thực hiện", "pct": "60%", "ind": {"standards_reviewed": 6}},
           {"task": "II.5.a", "job": "Kiểm tra chất lượng vật tư nông nghiệp lưu thông trên thị trường",
            "res": "12 cuộc; 146 cơ sở; 19 cơ sở vi phạm; phạt 312.500.000 đồng; lấy 85 mẫu phân tích.",
            "st": "Đang thực hiện", "pct": "85%",
            "ind": {"inspections": 12, "establishments_inspected": 146, "violations": 19, "fines_vnd": 312500000, "samples_tested": 85}},
           {"task": "II.2.đ", "job": "Áp dụng TCVN ISO 9001:2015 tại Sở và các đơn vị", "res": "Đã công bố lại sau hợp nhất.",
            "st": "Hoàn thành", "pct": "100%"},
       ],
       ["Nhiều HTX, hộ nông dân chưa đủ điều kiện áp dụng truy xuất nguồn gốc điện tử do thiếu thiết bị, nhân lực."],
       ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí tem truy xuất nguồn gốc cho HTX nông nghiệp năm 2027.",
        "Đề nghị phối hợp lấy mẫu khảo sát phân bón lưu thông để cảnh báo người tiêu dùng."])


# ---------------------------------------------------------------------------
# LibreOffice re-save of two files, then hashes + keys
# ---------------------------------------------------------------------------

def lo_resave(fname, fmt):
    src = os.path.join(OUT, fname)
    tmp = tempfile.mkdtemp()
    prof = tempfile.mkdtemp()
    try:
        subprocess.run(["libreoffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", fmt,
                        "--outdir", tmp, src], check=True, capture_output=True, timeout=180)
        shutil.copy(os.path.join(tmp, fname), src)
        return True
    except Exception as e:
        print("LibreOffice re-save failed for", fname, e)
        return False
    finally:
        shutil.rmtree(tmp, ignore_errors=True); shutil.rmtree(prof, ignore_errors=True)


lo_resave("thanh-an-ct38.docx", "docx")
lo_resave("chanh-hiep-bieu-ct38.xlsx", "xlsx")

for fname, k in KEYS.items():
    with open(os.path.join(OUT, fname), "rb") as fh:
        k["sha256"] = hashlib.sha256(fh.read()).hexdigest()
    with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as fh:
        json.dump(k, fh, ensure_ascii=False, indent=2)
print(len(KEYS), "files")
