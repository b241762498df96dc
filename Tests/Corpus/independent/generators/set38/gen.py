# -*- coding: utf-8 -*-
"""Generator for set38. Four hands, 17 files."""
import json, hashlib, os, subprocess, shutil, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
KEYS = []

def dots(n):
    return f"{n:,}".replace(",", ".")

def pad(n):
    return f"{n:02d}"

def vdate(iso, place="Thành phố Hồ Chí Minh"):
    y, m, d = iso.split("-")
    return f"{place}, ngày {d} tháng {m} năm {y}"

def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS.append(dict(file=fname, status=status, reason=reason,
                     unit={"id": unit_id, "name": unit_name},
                     document={"number": number, "date": date},
                     entries=[dict(task=t, status=s, indicators=i, text=x) for (t, s, i, x) in entries],
                     findings=[], difficulties=diffs, proposals=props))

def base_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is None:
        from docx.oxml import OxmlElement
        rf = OxmlElement('w:rFonts'); rpr.append(rf)
    from docx.oxml.ns import qn
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d

def header_table(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2)
    for cell, lines in zip(t.rows[0].cells, (left_lines, right_lines)):
        cell.paragraphs[0].text = ""
        for i, (txt, bold, ital) in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt); r.bold = bold; r.italic = ital; r.font.size = Pt(12)
    return t

def para(d, text, bold=False, italic=False, center=False, indent=True, size=None):
    p = d.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent:
        p.paragraph_format.first_line_indent = Cm(1)
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(4)
    return p

# ---------------------------------------------------------------- HAND A
# Chị Nguyễn Thị Thảo-style department clerk: answers ONLY the tasks her department is
# named in, each as ONE numbered line "n. Nhiệm vụ được giao: … – Kết quả: … – Tiến độ: … –"
# (en dashes, trailing dash), zero-padded counts "05", money "62.500.000 đồng".
def hand_a(fname, parent, unit_upper, unit_id, unit_name, number, date, title, kinh_gui, can_cu,
           items, diffs, props, signer, status="extracted", reason=None, heading1="I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO"):
    d = base_doc()
    header_table(d, [(parent, False, False), (unit_upper, True, False), (f"Số: {number}", False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  (vdate(date), False, True)])
    para(d, "")
    para(d, "BÁO CÁO", bold=True, center=True)
    para(d, title, bold=True, center=True)
    para(d, f"Kính gửi: {kinh_gui}", center=True)
    para(d, can_cu)
    para(d, heading1, bold=True, indent=False)
    entries = []
    for i, (task, st, ind, giao, ketqua, tiendo) in enumerate(items, 1):
        line = f"{i}. Nhiệm vụ được giao: {giao} – Kết quả: {ketqua} – Tiến độ: {tiendo} –"
        para(d, line)
        entries.append((task, st, ind, line))
    if diffs is not None:
        para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
        if diffs:
            for x in diffs: para(d, f"- {x}")
        else:
            para(d, "- Không có.")
        para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
        for x in props: para(d, f"- {x}")
    para(d, f"Trên đây là báo cáo của {unit_name}./.")
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    c0.paragraphs[0].add_run("Nơi nhận:").bold = True
    c0.add_paragraph("- Như trên;"); c0.add_paragraph("- Lưu: VT.")
    for j, s in enumerate(signer):
        p = c1.paragraphs[0] if j == 0 else c1.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(s).bold = (j != len(signer) - 2)
    d.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date, entries if status == "extracted" else [],
        (diffs or []) if status == "extracted" else [], props if status == "extracted" else [], status, reason)

KG = "Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng)"

hand_a("SGDDT-bc-ct38-2026.docx", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
       "SO-GDDT", "Sở Giáo dục và Đào tạo", "4187/BC-SGDĐT", "2026-10-27",
       "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
       KG,
       "Thực hiện Công văn của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Giáo dục và Đào tạo báo cáo các nội dung được giao như sau:",
       [("II.1.a", "completed", {"communications": 6, "training_courses": 2, "participants": 215},
         "phối hợp phổ biến các văn bản pháp luật về tiêu chuẩn, đo lường, chất lượng trong các cơ sở giáo dục",
         "đăng 06 tin, bài trên Cổng thông tin điện tử của Sở; phối hợp Chi cục TĐC tổ chức 02 hội nghị phổ biến cho 215 cán bộ quản lý trường học",
         "đã hoàn thành"),
        ("II.3.d", "in_progress", {"training_courses": 3, "participants": 148},
         "lồng ghép nội dung tiêu chuẩn, đo lường, mã số mã vạch, truy xuất nguồn gốc vào bồi dưỡng giáo viên các trường trung cấp, cao đẳng trực thuộc",
         "tổ chức 03 khóa bồi dưỡng với 148 học viên là giáo viên, viên chức",
         "đang thực hiện, còn một khóa dự kiến mở trong tháng 12/2026"),
        ("II.2.đ", "completed", {},
         "duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở",
         "đã đánh giá nội bộ, cập nhật các quy trình giải quyết thủ tục hành chính",
         "hoàn thành"),
        ("II.2.e", "not_applicable", {},
         "góp ý dự thảo quy chuẩn kỹ thuật quốc gia về thiết bị dạy học khi có đề nghị",
         "trong kỳ chưa nhận được văn bản đề nghị góp ý",
         "không phát sinh")],
       ["Kinh phí tuyên truyền về tiêu chuẩn, đo lường, chất lượng chưa được bố trí riêng, phải lồng ghép vào kinh phí hoạt động chuyên môn."],
       ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cung cấp tài liệu tuyên truyền mẫu để các trường sử dụng thống nhất."],
       ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Lê Thụy Mỵ Châu"])

hand_a("SXD_BC_thuc_hien_CT38.docx", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "SỞ XÂY DỰNG",
       "SO-XD", "Sở Xây dựng", "9352/BC-SXD", "2026-11-05",
       "Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (phần việc của Sở Xây dựng)",
       KG,
       "Căn cứ Kế hoạch của Sở Khoa học và Công nghệ triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Xây dựng báo cáo kết quả thực hiện các nội dung có liên quan như sau:",
       [("II.2.e", "completed", {"standards_reviewed": 11},
         "tham gia góp ý dự thảo quy chuẩn, tiêu chuẩn về vật liệu xây dựng",
         "góp ý 11 dự thảo (04 QCVN và 07 TCVN) do Bộ Xây dựng gửi lấy ý kiến",
         "hoàn thành"),
        ("II.5.a", "in_progress", {"inspections": 3, "establishments_inspected": 42, "violations": 5, "fines_vnd": 62500000},
         "phối hợp kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường",
         "03 đoàn liên ngành đã kiểm tra 42 cơ sở kinh doanh vật liệu xây dựng, phát hiện 05 cơ sở vi phạm, xử phạt 62.500.000 đồng",
         "đang thực hiện"),
        ("II.2.d", "in_progress", {"enterprises_supported": 64},
         "hướng dẫn doanh nghiệp công bố hợp quy sản phẩm, hàng hóa vật liệu xây dựng",
         "tiếp nhận 186 hồ sơ công bố hợp quy; hướng dẫn trực tiếp 64 doanh nghiệp",
         "đang làm, thực hiện thường xuyên"),
        ("II.3.a", "completed", {"participants": 9},
         "cử công chức tham gia tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng",
         "cử 09 lượt công chức tham dự các lớp do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức",
         "đã xong")],
       ["Nhiều cơ sở kinh doanh vật liệu xây dựng nhỏ lẻ, thay đổi địa điểm thường xuyên nên khó theo dõi sau kiểm tra.",
        "Chưa có phòng thử nghiệm chuyên ngành trực thuộc Sở để lấy mẫu đối chứng nhanh."],
       ["Đề nghị Sở Khoa học và Công nghệ chia sẻ danh sách tổ chức thử nghiệm được chỉ định trong lĩnh vực vật liệu xây dựng."],
       ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Trần Quang Lâm"])

hand_a("STP-2741-BC.docx", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "SỞ TƯ PHÁP",
       "SO-TP", "Sở Tư pháp", "2741/BC-STP", "2026-10-30",
       "Kết quả thực hiện nhiệm vụ theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
       KG,
       "Sở Tư pháp nhận được đề nghị báo cáo của Sở Khoa học và Công nghệ. Sở Tư pháp báo cáo kết quả thực hiện các nhiệm vụ có liên quan như sau:",
       [("II.2.c", "completed", {},
         "tham gia ý kiến, thẩm định dự thảo văn bản quy phạm pháp luật của Thành phố có nội dung về tiêu chuẩn, đo lường, chất lượng",
         "đã thẩm định 02 dự thảo quyết định của Ủy ban nhân dân Thành phố",
         "hoàn thành"),
        ("II.1.a", "in_progress", {"training_courses": 5, "participants": 1230, "communications": 12},
         "lồng ghép phổ biến Luật Chất lượng sản phẩm, hàng hóa và Luật Tiêu chuẩn và Quy chuẩn kỹ thuật trong công tác phổ biến, giáo dục pháp luật",
         "lồng ghép vào 05 hội nghị phổ biến pháp luật với 1.230 lượt đại biểu; đăng 12 tin, bài trên Trang thông tin phổ biến, giáo dục pháp luật",
         "đang thực hiện"),
        ("II.2.đ", "in_progress", {},
         "duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở",
         "đang chuyển đổi các quy trình sang mô hình ISO điện tử",
         "đang triển khai"),
        ("II.5.d", "not_applicable", {},
         "phối hợp xử lý đơn tố giác vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng",
         "không có đơn",
         "không phát sinh")],
       [],
       ["Đề nghị Sở Khoa học và Công nghệ gửi sớm danh mục văn bản quy phạm pháp luật dự kiến ban hành năm 2027 để Sở Tư pháp chủ động bố trí thẩm định."],
       ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Nguyễn Thị Bích Ngọc"])

hand_a("ThanhtraTP_BC_CT38.docx", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "THANH TRA THÀNH PHỐ",
       "THANHTRA-TP", "Thanh tra Thành phố", "1518/BC-TTTP", "2026-11-10",
       "Kết quả thực hiện các nhiệm vụ liên quan Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
       KG,
       "Thanh tra Thành phố báo cáo kết quả thực hiện các nhiệm vụ được giao phối hợp tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
       [("II.5.d", "completed", {},
         "tiếp nhận, xử lý đơn tố cáo hành vi vi phạm trong lĩnh vực tiêu chuẩn, đo lường, chất lượng; bảo vệ người tố giác; phòng, chống tham nhũng, tiêu cực",
         "tiếp nhận 03 đơn, chuyển Sở Khoa học và Công nghệ xử lý theo thẩm quyền 02 đơn, 01 đơn lưu theo dõi; không phát hiện hành vi tham nhũng, tiêu cực, không có trường hợp người tố giác bị trù dập",
         "hoàn thành"),
        ("II.5.a", "in_progress", {"inspections": 1, "establishments_inspected": 14, "violations": 4, "fines_vnd": 118000000},
         "thanh tra chuyên đề về đo lường, chất lượng trong kinh doanh xăng dầu",
         "01 cuộc thanh tra tại 14 cơ sở, phát hiện 04 cơ sở vi phạm, kiến nghị xử phạt 118.000.000 đồng",
         "đang thực hiện (đã kết thúc thanh tra trực tiếp, đang dự thảo kết luận)"),
        ("II.3.a", "completed", {"participants": 4},
         "cử thanh tra viên tham gia tập huấn nghiệp vụ đo lường, chất lượng",
         "cử 04 thanh tra viên tham dự lớp tập huấn do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức",
         "đã hoàn thành")],
       ["Lực lượng thanh tra viên có chuyên môn kỹ thuật về đo lường còn mỏng."],
       ["Đề nghị Sở Khoa học và Công nghệ cử công chức có chuyên môn tham gia các đoàn thanh tra chuyên đề năm 2027."],
       ["KT. CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA", "", "Huỳnh Văn Tâm"])

# mistaken: Sở Du lịch sends its digital-transformation report
hand_a("SDL-bao-cao-2026.docx", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "SỞ DU LỊCH",
       "SO-DL", "Sở Du lịch", "3066/BC-SDL", "2026-10-29",
       "Kết quả thực hiện Kế hoạch chuyển đổi số ngành du lịch Thành phố năm 2026",
       "Sở Khoa học và Công nghệ",
       "Thực hiện Kế hoạch chuyển đổi số của Thành phố năm 2026, Sở Du lịch báo cáo kết quả thực hiện các nhiệm vụ được giao như sau:",
       [("", "", {}, "số hóa dữ liệu cơ sở lưu trú du lịch trên địa bàn", "đã cập nhật 2.140 cơ sở lưu trú vào cơ sở dữ liệu ngành", "đang thực hiện"),
        ("", "", {}, "vận hành ứng dụng du lịch thông minh của Thành phố", "ứng dụng có 315.000 lượt tải, bổ sung 4 ngôn ngữ", "hoàn thành"),
        ("", "", {}, "tập huấn kỹ năng số cho doanh nghiệp lữ hành", "tổ chức 04 lớp cho 260 học viên", "đã xong"),
        ("", "", {}, "kết nối dữ liệu với Trung tâm điều hành đô thị thông minh", "đang thử nghiệm kết nối", "đang làm")],
       ["Dữ liệu các cơ sở lưu trú nhỏ chưa đầy đủ."],
       ["Đề nghị bố trí kinh phí duy trì hạ tầng dữ liệu du lịch."],
       ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Bùi Thị Ngọc Hiếu"],
       status="rejected", reason="Báo cáo chuyển đổi số ngành du lịch, không phải báo cáo Kế hoạch triển khai Chỉ thị 38-CT/TW")

# ---------------------------------------------------------------- HAND B
# Anh Phúc (văn phòng/tổng hợp of the Sở's units): landscape page, one Word table with one column
# per quarter (Quý I, Quý II, Quý III), then "Cộng 9 tháng" and "Tình hình thực hiện"; each task is
# a bold row followed by "- label (unit)" sub-rows; money in full đồng with dots.
def hand_b(fname, unit_upper, unit_id, unit_name, number, date, tasks, diffs, props, signer, intro):
    d = base_doc(size=12)
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = Cm(2); s.right_margin = Cm(1.5)
    header_table(d, [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False, False), (unit_upper, True, False), (f"Số: {number}", False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  (vdate(date, "TP. Hồ Chí Minh"), False, True)])
    para(d, "")
    para(d, "BÁO CÁO", bold=True, center=True)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (9 tháng đầu năm)", bold=True, center=True)
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", center=True)
    para(d, intro)
    cols = ["TT", "Nội dung công việc", "Quý I", "Quý II", "Quý III", "Cộng 9 tháng", "Tình hình thực hiện"]
    t = d.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        c.paragraphs[0].add_run(h).bold = True
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    entries = []
    for i, (task, st, name, status_txt, rows) in enumerate(tasks, 1):
        r = t.add_row().cells
        r[0].text = str(i)
        r[1].paragraphs[0].add_run(name).bold = True
        for k in (2, 3, 4, 5): r[k].text = ""
        r[6].text = status_txt
        ind = {}
        txt = [name]
        if not rows:
            for k in (2, 3, 4, 5): r[k].text = "–"
        for (label, q, total, iid, money) in rows:
            rr = t.add_row().cells
            rr[1].text = f"- {label}"
            f = (lambda v: "–" if v is None else dots(v))
            for k, v in zip((2, 3, 4), q): rr[k].text = f(v)
            rr[5].text = f(total)
            if iid: ind[iid] = total
            txt.append(f"{label}: {f(total)}")
        entries.append((task, st, ind, "; ".join(txt) + f" ({status_txt})"))
    para(d, "")
    para(d, "Khó khăn, vướng mắc:", bold=True, indent=False)
    for x in diffs: para(d, f"- {x}")
    para(d, "Đề xuất, kiến nghị:", bold=True, indent=False)
    for x in props: para(d, f"- {x}")
    t2 = d.add_table(rows=1, cols=2)
    c0, c1 = t2.rows[0].cells
    c0.paragraphs[0].add_run("Nơi nhận:").bold = True
    c0.add_paragraph("- Như trên;"); c0.add_paragraph("- Ban Giám đốc Sở (để b/c);"); c0.add_paragraph("- Lưu: VT.")
    for j, sgn in enumerate(signer):
        p = c1.paragraphs[0] if j == 0 else c1.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(sgn).bold = True
    d.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date, entries, diffs, props)

hand_b("KTPC_bc_quy_CT38_2026.docx", "PHÒNG KIỂM TRA – PHÁP CHẾ", "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế",
       "215/BC-KTPC", "2026-10-28",
       [("II.5.a", "in_progress", "Phối hợp kiểm tra tiêu chuẩn, đo lường, chất lượng hàng hóa lưu thông trên thị trường", "Đang thực hiện",
         [("Số cuộc kiểm tra (cuộc)", (2, 3, 2), 7, "inspections", False),
          ("Số cơ sở được kiểm tra (cơ sở)", (11, 19, 9), 39, "establishments_inspected", False),
          ("Số cơ sở vi phạm (cơ sở)", (2, 4, 1), 7, "violations", False),
          ("Tiền phạt (đồng)", (7500000, 21000000, 4000000), 32500000, "fines_vnd", True)]),
        ("II.5.b", "in_progress", "Phối hợp khảo sát chất lượng sản phẩm, hàng hóa", "Đang thực hiện",
         [("Số mẫu lấy khảo sát (mẫu)", (None, 30, 25), 55, "samples_tested", False)]),
        ("II.2.c", "completed", "Góp ý dự thảo văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng", "Hoàn thành",
         [("Số dự thảo văn bản đã góp ý (văn bản)", (1, 2, 0), 3, None, False)]),
        ("II.4.b", "completed", "Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra", "Hoàn thành",
         [("Số phương tiện đo được kiểm định, hiệu chuẩn (chiếc)", (0, 6, 0), 6, "instruments_verified", False)]),
        ("II.5.c", "in_progress", "Hướng dẫn UBND phường, xã, đặc khu thực hiện nội dung được phân quyền", "Đang thực hiện",
         [("Số buổi tập huấn cho công chức phường, xã (buổi)", (1, 1, 0), 2, "training_courses", False),
          ("Số lượt công chức tham dự (lượt)", (85, 64, 0), 149, "participants", False)]),
        ("II.5.d", "not_applicable", "Khen thưởng, bảo vệ người tố giác; xử lý hành vi tham nhũng, tiêu cực", "Không phát sinh", [])],
       ["Một số phường, xã mới sắp xếp chưa bố trí công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng nên việc phối hợp còn chậm.",
        "Thiết bị kiểm tra nhanh chất lượng xăng dầu hiện có đã cũ, thường xuyên phải hiệu chỉnh."],
       ["Đề nghị Lãnh đạo Sở bố trí kinh phí mua sắm bổ sung 01 bộ thiết bị kiểm tra nhanh chất lượng xăng dầu trong năm 2027."],
       ["TRƯỞNG PHÒNG", "", "", "Phạm Minh Đức"],
       "Phòng Kiểm tra – Pháp chế báo cáo kết quả thực hiện các nhiệm vụ phối hợp theo Kế hoạch, chi tiết theo từng quý như bảng dưới đây:")

hand_b("TTPTTN-BC-9T-CT38.docx", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM\nVÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "SKHCN-TTPTTN",
       "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
       "318/BC-TTPT", "2026-10-26",
       [("II.4.a", "in_progress", "Đầu tư cơ sở vật chất, trang thiết bị phòng thử nghiệm, hiệu chuẩn", "Đang thực hiện; gói thiết bị đo điện dự kiến nghiệm thu tháng 12",
         [("Kinh phí đã giải ngân (đồng)", (0, 1250000000, 2870000000), 4120000000, "budget_spent_vnd", True)]),
        ("II.2.g", "in_progress", "Cung cấp dịch vụ kỹ thuật kiểm định, hiệu chuẩn, thử nghiệm", "Thường xuyên, đang thực hiện",
         [("Phương tiện đo được kiểm định, hiệu chuẩn (phương tiện)", (3412, 4105, 3876), 11393, "instruments_verified", False),
          ("Mẫu thử nghiệm (mẫu)", (1520, 1748, 1690), 4958, "samples_tested", False)]),
        ("II.4.c", "in_progress", "Duy trì, liên kết chuẩn đo lường đến chuẩn quốc gia", "Đang thực hiện",
         [("Chuẩn đo lường được hiệu chuẩn, liên kết (chuẩn)", (5, 8, 4), 17, "instruments_verified", False)]),
        ("II.1.a", "completed", "Phối hợp Chi cục tổ chức tập huấn văn bản pháp luật cho doanh nghiệp", "Hoàn thành",
         [("Số lớp (lớp)", (None, 1, 1), 2, "training_courses", False),
          ("Số học viên (người)", (None, 60, 75), 135, "participants", False)])],
       ["Quy trình mua sắm thiết bị kéo dài do phải lấy ý kiến thẩm định giá nhiều lần."],
       ["Đề nghị Sở sớm phê duyệt danh mục đầu tư thiết bị năm 2027 để Trung tâm chủ động lập hồ sơ."],
       ["GIÁM ĐỐC", "", "", "Võ Thành Công"],
       "Trung tâm báo cáo kết quả các nhiệm vụ chủ trì và phối hợp theo Kế hoạch như sau:")

hand_b("VPS_bao_cao_CT38_9T.docx", "VĂN PHÒNG SỞ", "SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ",
       "402/BC-VP", "2026-10-29",
       [("II.2.đ", "completed", "Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở", "Hoàn thành",
         [("Số lớp tập huấn ISO cho công chức (lớp)", (1, 0, 1), 2, "training_courses", False),
          ("Số lượt tham dự (lượt)", (48, 0, 52), 100, "participants", False)]),
        ("II.2.h", "completed", "Phối hợp hoàn thiện Hệ thống thông tin giải quyết TTHC, kết nối Cổng một cửa quốc gia", "Hoàn thành", []),
        ("II.2.i", "in_progress", "Phối hợp kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng", "Đang triển khai", []),
        ("II.1.a", "in_progress", "Đăng tin, bài tuyên truyền trên Cổng thông tin điện tử của Sở", "Đang thực hiện",
         [("Số tin, bài (tin)", (8, 11, 9), 28, "communications", False)]),
        ("II.4.a", "in_progress", "Phối hợp mua sắm, bổ sung trang thiết bị cho đơn vị sự nghiệp", "Đang thực hiện",
         [("Kinh phí đã thanh toán (đồng)", (0, 0, 385000000), 385000000, "budget_spent_vnd", True)]),
        ("II.5.d", "not_applicable", "Khen thưởng người tố giác vi phạm", "Không phát sinh", [])],
       ["Hệ thống quản lý văn bản chưa liên thông hoàn toàn với phần mềm một cửa của Chi cục."],
       ["Đề nghị Phòng Chuyển đổi số hỗ trợ kỹ thuật kết nối liên thông trong Quý IV/2026."],
       ["CHÁNH VĂN PHÒNG", "", "", "Đặng Thị Kim Oanh"],
       "Văn phòng Sở báo cáo kết quả thực hiện các nội dung được phân công tại Kế hoạch như sau:")

hand_b("QLKH_BC_KH38_2026.docx", "PHÒNG QUẢN LÝ KHOA HỌC", "SKHCN-QLKH", "Phòng Quản lý Khoa học",
       "97/BC-QLKH", "2026-10-30",
       [("II.3.c", "in_progress", "Thu hút chuyên gia, nhà khoa học lĩnh vực tiêu chuẩn, đo lường, chất lượng", "Đang thực hiện",
         [("Số chuyên gia được thu hút (người)", (0, 1, 1), 2, None, False)]),
        ("II.2.a", "in_progress", "Hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng (Chương trình 1322, Kế hoạch 36)", "Đang thực hiện",
         [("Số doanh nghiệp được hỗ trợ (DN)", (0, 6, 9), 15, "enterprises_supported", False),
          ("Kinh phí hỗ trợ đã giải ngân (đồng)", (0, 450000000, 780000000), 1230000000, "budget_spent_vnd", True)]),
        ("II.1.a", "completed", "Phối hợp tổ chức hội thảo về năng suất dựa trên khoa học, công nghệ", "Hoàn thành",
         [("Số hội thảo (cuộc)", (0, 0, 1), 1, "training_courses", False),
          ("Số đại biểu (người)", (0, 0, 120), 120, "participants", False)]),
        ("II.6.b", "not_started", "Phối hợp với APO thúc đẩy năng suất khu vực công", "Chưa triển khai", [])],
       ["Quy định về thu hút chuyên gia mới ban hành, hồ sơ ứng viên còn ít."],
       ["Đề nghị Chi cục giới thiệu chuyên gia tiêu chuẩn, đo lường, chất lượng để Phòng đưa vào danh sách thu hút năm 2027."],
       ["TRƯỞNG PHÒNG", "", "", "Lâm Quốc Thịnh"],
       "Phòng Quản lý Khoa học báo cáo kết quả thực hiện theo từng quý như sau:")

# ---------------------------------------------------------------- HAND C
# Chị Hằng, statistician of a city department: an XLSX "biểu" whose figures are copied from the
# sector's own statistical reports; every figure row has a "Nguồn số liệu" cell, and a
# "Nguồn số liệu:" note closes the sheet. Figures are real numbers with #,##0 format.
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def hand_c(fname, unit_upper, unit_id, unit_name, number, date, sheet_title, blocks, diffs, props, note, signer,
           status="extracted", reason=None, sheetname="BC CT38"):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sheetname
    ws["A1"] = "UBND THÀNH PHỐ HỒ CHÍ MINH"; ws["A2"] = unit_upper; ws["A2"].font = Font(bold=True)
    ws["A3"] = f"Số: {number}"
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E1"].font = Font(bold=True)
    ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["E3"] = vdate(date, "TP. Hồ Chí Minh"); ws["E3"].font = Font(italic=True)
    ws["A5"] = sheet_title; ws["A5"].font = Font(bold=True, size=13)
    ws.merge_cells("A5:G5"); ws["A5"].alignment = Alignment(horizontal="center")
    hdr = ["STT", "Nội dung thực hiện", "Chỉ tiêu", "Số liệu", "Đơn vị", "Nguồn số liệu", "Tình hình thực hiện"]
    r = 7
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r, j, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    entries = []
    for i, (task, st, name, status_txt, rows) in enumerate(blocks, 1):
        r += 1
        first = r
        ws.cell(r, 1, i); ws.cell(r, 2, name); ws.cell(r, 7, status_txt)
        ind = {}; txt = [name]
        if not rows:
            ws.cell(r, 3, "—"); ws.cell(r, 6, "—")
        for k, (label, val, unitw, src, iid) in enumerate(rows):
            if k: r += 1
            ws.cell(r, 3, label); c = ws.cell(r, 4, val); c.number_format = "#,##0"
            ws.cell(r, 5, unitw); ws.cell(r, 6, src)
            if iid: ind[iid] = val
            txt.append(f"{label}: {val} {unitw}")
        if r > first:
            for col in (1, 2, 7):
                ws.merge_cells(start_row=first, start_column=col, end_row=r, end_column=col)
        for rr in range(first, r + 1):
            for col in range(1, 8):
                ws.cell(rr, col).border = BOX
                ws.cell(rr, col).alignment = Alignment(vertical="top", wrap_text=True)
        entries.append((task, st, ind, "; ".join(txt) + f" – {status_txt}"))
    r += 2
    ws.cell(r, 1, note).font = Font(italic=True); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(r, 1).alignment = Alignment(wrap_text=True); ws.row_dimensions[r].height = 32
    r += 2
    ws.cell(r, 1, "Khó khăn, vướng mắc:").font = Font(bold=True)
    for x in diffs:
        r += 1; ws.cell(r, 2, x)
    r += 1
    ws.cell(r, 1, "Kiến nghị, đề xuất:").font = Font(bold=True)
    for x in props:
        r += 1; ws.cell(r, 2, x)
    r += 2
    for s in signer:
        ws.cell(r, 6, s).font = Font(bold=True); r += 1
    for col, w in zip("ABCDEFG", (6, 46, 34, 14, 10, 40, 22)):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date, entries if status == "extracted" else [],
        diffs if status == "extracted" else [], props if status == "extracted" else [], status, reason)

SRC_CT = "Báo cáo thống kê ngành Công Thương, Biểu 05/QLTT, kỳ 9 tháng 2026"
hand_c("SCT-bieu-CT38-2026.xlsx", "SỞ CÔNG THƯƠNG", "SO-CT", "Sở Công Thương", "6120/BC-SCT", "2026-11-03",
       "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (Sở Công Thương)",
       [("II.5.a", "in_progress", "Kiểm tra đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng (LPG) lưu thông trên thị trường", "Đang thực hiện",
         [("Số cuộc kiểm tra", 26, "cuộc", SRC_CT, "inspections"),
          ("Số cơ sở được kiểm tra", 148, "cơ sở", SRC_CT, "establishments_inspected"),
          ("Số cơ sở vi phạm", 17, "cơ sở", SRC_CT, "violations"),
          ("Tiền xử phạt vi phạm hành chính", 356750000, "đồng", SRC_CT, "fines_vnd"),
          ("Số mẫu xăng dầu lấy thử nghiệm", 64, "mẫu", "Sổ theo dõi lấy mẫu của Phòng Quản lý thương mại", "samples_tested")]),
        ("II.2.e", "completed", "Góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực Bộ Công Thương quản lý", "Hoàn thành",
         [("Số dự thảo QCVN đã góp ý", 6, "dự thảo", "Sổ văn bản đi của Sở (văn bản góp ý gửi Bộ Công Thương)", "standards_reviewed")]),
        ("II.1.a", "completed", "Phổ biến quy định về đo lường, chất lượng cho doanh nghiệp kinh doanh xăng dầu, khí", "Đã thực hiện xong",
         [("Số hội nghị phổ biến", 3, "hội nghị", "Báo cáo công tác phổ biến pháp luật năm 2026 của Sở", "training_courses"),
          ("Số lượt doanh nghiệp tham dự", 410, "lượt", "Danh sách ký tên đại biểu", "participants"),
          ("Số tin, bài đăng tải", 15, "tin, bài", "Thống kê Cổng thông tin điện tử Sở", "communications")]),
        ("II.2.d", "in_progress", "Hướng dẫn doanh nghiệp công nghiệp áp dụng hệ thống quản lý chất lượng, công bố hợp quy", "Đang thực hiện",
         [("Số doanh nghiệp được hướng dẫn", 37, "doanh nghiệp", "Báo cáo Trung tâm Khuyến công, 9 tháng 2026", "enterprises_supported")]),
        ("II.6.a", "in_progress", "Cập nhật cam kết về hàng rào kỹ thuật trong thương mại (TBT) trong các FTA cho doanh nghiệp", "Đang thực hiện", [])],
       ["Số liệu 9 tháng là số liệu sơ bộ, một số đơn vị chưa gửi báo cáo chính thức.",
        "Lực lượng quản lý thị trường sau sắp xếp còn thiếu công chức có chuyên môn đo lường."],
       ["Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức 01 lớp tập huấn nghiệp vụ kiểm tra đo lường xăng dầu cho công chức quản lý thị trường."],
       "Nguồn số liệu: tổng hợp từ báo cáo thống kê ngành Công Thương kỳ 9 tháng năm 2026 và sổ theo dõi của các phòng chuyên môn; số liệu tính đến ngày 30/9/2026.",
       ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Nguyễn Phương Đông"])

SRC_YT = "Báo cáo thống kê y tế (Biểu TTB-03), 9 tháng 2026"
hand_c("SYT_bao_cao_TĐC_2026.xlsx", "SỞ Y TẾ", "SO-YT", "Sở Y tế", "5274/BC-SYT", "2026-10-31",
       "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026 – NGÀNH Y TẾ",
       [("II.2.e", "completed", "Góp ý dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế", "Hoàn thành",
         [("Số dự thảo QCVN đã góp ý", 3, "dự thảo", "Sổ văn bản đi, Phòng Nghiệp vụ Dược – Trang thiết bị", "standards_reviewed")]),
        ("II.5.a", "in_progress", "Kiểm tra phương tiện đo, trang thiết bị y tế tại cơ sở khám bệnh, chữa bệnh", "Đang thực hiện",
         [("Số cuộc kiểm tra", 8, "cuộc", SRC_YT, "inspections"),
          ("Số cơ sở được kiểm tra", 52, "cơ sở", SRC_YT, "establishments_inspected"),
          ("Số cơ sở vi phạm", 6, "cơ sở", SRC_YT, "violations"),
          ("Số tiền xử phạt", 84000000, "đồng", "Báo cáo Thanh tra chuyên ngành y tế, 9 tháng 2026", "fines_vnd")]),
        ("II.3.a", "completed", "Cử công chức, viên chức tham gia tập huấn về đo lường trong y tế", "Hoàn thành",
         [("Số lượt cán bộ được cử tập huấn", 12, "lượt", "Phòng Tổ chức cán bộ", "participants")]),
        ("II.2.đ", "in_progress", "Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở", "Duy trì, đang thực hiện", [])],
       ["Nhiều cơ sở y tế tư nhân chưa lập hồ sơ theo dõi kiểm định phương tiện đo nhóm 2."],
       ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cung cấp danh sách tổ chức được chỉ định kiểm định phương tiện đo dùng trong y tế."],
       "Nguồn số liệu: trích từ Báo cáo thống kê y tế định kỳ (Biểu TTB-03) và báo cáo của Thanh tra chuyên ngành; số liệu đến hết tháng 9/2026.",
       ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Nguyễn Anh Dũng"])

SRC_NN = "Báo cáo thống kê ngành Nông nghiệp và Môi trường, 9 tháng 2026"
hand_c("SNNMT-CT38-bieu-so-lieu.xlsx", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "SO-NNMT", "Sở Nông nghiệp và Môi trường",
       "8841/BC-SNNMT", "2026-11-07",
       "SỐ LIỆU THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
       [("II.2.a", "in_progress", "Triển khai áp dụng hệ thống truy xuất nguồn gốc nông sản (Đề án 100)", "Đang thực hiện",
         [("Số doanh nghiệp, hợp tác xã được hỗ trợ áp dụng truy xuất nguồn gốc", 85, "đơn vị", "Báo cáo Chi cục Chất lượng, Chế biến và Phát triển thị trường", "enterprises_supported"),
          ("Kinh phí hỗ trợ đã giải ngân", 640000000, "đồng", "Phòng Kế hoạch – Tài chính", "budget_spent_vnd")]),
        ("II.5.b", "in_progress", "Lấy mẫu giám sát chất lượng phân bón, thức ăn chăn nuôi lưu thông", "Đang thực hiện",
         [("Số mẫu lấy giám sát", 230, "mẫu", SRC_NN, "samples_tested")]),
        ("II.5.a", "in_progress", "Thanh tra, kiểm tra chất lượng vật tư nông nghiệp", "Đang thực hiện",
         [("Số cuộc thanh tra, kiểm tra", 11, "cuộc", SRC_NN, "inspections"),
          ("Số cơ sở được kiểm tra", 97, "cơ sở", SRC_NN, "establishments_inspected"),
          ("Số cơ sở vi phạm", 21, "cơ sở", SRC_NN, "violations"),
          ("Tiền xử phạt", 412500000, "đồng", SRC_NN, "fines_vnd")]),
        ("II.2.e", "completed", "Góp ý dự thảo quy chuẩn kỹ thuật quốc gia ngành nông nghiệp, môi trường", "Hoàn thành",
         [("Số dự thảo đã góp ý", 5, "dự thảo", "Sổ văn bản đi của Sở", "standards_reviewed")]),
        ("II.1.a", "completed", "Tập huấn quy định về chất lượng vật tư nông nghiệp cho cơ sở sản xuất, kinh doanh", "Hoàn thành",
         [("Số lớp tập huấn", 7, "lớp", "Báo cáo Trung tâm Khuyến nông", "training_courses"),
          ("Số lượt người tham dự", 540, "lượt", "Báo cáo Trung tâm Khuyến nông", "participants")])],
       ["Kinh phí lấy mẫu giám sát năm 2026 chỉ đáp ứng khoảng hai phần ba nhu cầu."],
       ["Đề nghị Sở Tài chính bổ sung kinh phí lấy mẫu giám sát chất lượng vật tư nông nghiệp năm 2027.",
        "Đề nghị Sở Khoa học và Công nghệ hướng dẫn kết nối dữ liệu truy xuất nguồn gốc với Cổng truy xuất nguồn gốc quốc gia."],
       "Nguồn số liệu: số liệu thống kê ngành Nông nghiệp và Môi trường kỳ 9 tháng năm 2026 và báo cáo của các đơn vị trực thuộc Sở.",
       ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Trần Văn Thiện"])

# mistaken: Sở An toàn thực phẩm sends its Tết food-safety biểu
hand_c("SATTP_bieu_so_lieu_2026.xlsx", "SỞ AN TOÀN THỰC PHẨM", "SO-ATTP", "Sở An toàn thực phẩm",
       "1904/BC-SATTP", "2026-10-30",
       "KẾT QUẢ BẢO ĐẢM AN TOÀN THỰC PHẨM TẾT NGUYÊN ĐÁN VÀ MÙA LỄ HỘI XUÂN BÍNH NGỌ 2026",
       [("", "", "Thanh tra, kiểm tra an toàn thực phẩm", "Hoàn thành",
         [("Số đoàn kiểm tra", 48, "đoàn", "Báo cáo thống kê ATTP, Biểu 01/ATTP", None),
          ("Số cơ sở được kiểm tra", 1260, "cơ sở", "Báo cáo thống kê ATTP, Biểu 01/ATTP", None),
          ("Số tiền phạt", 927000000, "đồng", "Báo cáo thống kê ATTP, Biểu 01/ATTP", None)]),
        ("", "", "Xét nghiệm nhanh mẫu thực phẩm", "Hoàn thành",
         [("Số mẫu xét nghiệm nhanh", 3415, "mẫu", "Sổ theo dõi xét nghiệm", None)]),
        ("", "", "Truyền thông an toàn thực phẩm", "Hoàn thành",
         [("Số tin, bài", 92, "tin, bài", "Phòng Truyền thông", None)])],
       ["Nhiều cơ sở thức ăn đường phố chưa đăng ký cam kết."],
       ["Đề nghị UBND phường, xã tăng cường hậu kiểm sau Tết."],
       "Nguồn số liệu: Báo cáo thống kê an toàn thực phẩm định kỳ, đợt cao điểm Tết 2026.",
       ["GIÁM ĐỐC", "", "", "Phạm Khánh Phong Lan"],
       status="rejected", reason="Biểu kết quả bảo đảm an toàn thực phẩm Tết, không phải báo cáo Kế hoạch triển khai Chỉ thị 38-CT/TW",
       sheetname="ATTP Tet 2026")

# ---------------------------------------------------------------- HAND D
# Anh Tùng, văn phòng HĐND-UBND of a ward/commune: every status is a percentage or a date,
# never a status word: "Tiến độ: 100% (xong ngày 18/7/2026)", "Tiến độ: 70%",
# "Tiến độ: 0% – dự kiến 15/12/2026". Money as "6 triệu đồng".
def d_status(s):
    return s

def hand_d_docx(fname, unit_upper, place, unit_id, unit_name, number, date, items, diffs, props, signer):
    d = base_doc()
    header_table(d, [("ỦY BAN NHÂN DÂN", False, False), (unit_upper, True, False), (f"Số: {number}", False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  (vdate(date, place), False, True)])
    para(d, "")
    para(d, "BÁO CÁO", bold=True, center=True)
    para(d, "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 theo Chỉ thị số 38-CT/TW", bold=True, center=True)
    para(d, f"Ủy ban nhân dân {unit_name.split(' ',1)[0].lower()} {unit_name.split(' ',1)[1]} báo cáo kết quả thực hiện như sau:")
    para(d, "1. Kết quả thực hiện", bold=True, indent=False)
    entries = []
    for i, (task, st, ind, head, body, td) in enumerate(items, 1):
        p = d.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
        p.add_run(f"1.{i}. {head}: ").bold = True
        p.add_run(body)
        p2 = d.add_paragraph(); p2.paragraph_format.first_line_indent = Cm(1)
        p2.add_run(f"Tiến độ: {td}").italic = True
        entries.append((task, st, ind, f"{head}: {body} Tiến độ: {td}"))
    para(d, "2. Khó khăn", bold=True, indent=False)
    for x in diffs: para(d, f"- {x}")
    para(d, "3. Kiến nghị", bold=True, indent=False)
    for x in props: para(d, f"- {x}")
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    c0.paragraphs[0].add_run("Nơi nhận:").bold = True
    c0.add_paragraph("- Sở Khoa học và Công nghệ;"); c0.add_paragraph("- Lưu: VT.")
    for j, sgn in enumerate(signer):
        p = c1.paragraphs[0] if j == 0 else c1.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(sgn).bold = True
    d.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date, entries, diffs, props)

def hand_d_xlsx(fname, unit_upper, place, unit_id, unit_name, number, date, items, diffs, props, signer):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Bao cao"
    ws["A1"] = "UBND " + unit_upper; ws["A1"].font = Font(bold=True)
    ws["A2"] = f"Số: {number}"
    ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["C2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["C3"] = vdate(date, place)
    ws["A5"] = "KẾT QUẢ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026 (CHỈ THỊ 38-CT/TW)"
    ws["A5"].font = Font(bold=True)
    hdr = ["STT", "Công việc", "Kết quả", "Tiến độ"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(7, j, h); c.font = Font(bold=True); c.border = BOX
    r = 7; entries = []
    for i, (task, st, ind, head, body, td) in enumerate(items, 1):
        r += 1
        for j, v in enumerate((i, head, body, td), 1):
            c = ws.cell(r, j, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
        entries.append((task, st, ind, f"{head}: {body} Tiến độ: {td}"))
    r += 2; ws.cell(r, 1, "Khó khăn:").font = Font(bold=True)
    for x in diffs:
        r += 1; ws.cell(r, 2, "- " + x)
    r += 1; ws.cell(r, 1, "Kiến nghị:").font = Font(bold=True)
    for x in props:
        r += 1; ws.cell(r, 2, "- " + x)
    r += 2
    for s in signer:
        ws.cell(r, 3, s).font = Font(bold=True); r += 1
    for col, w in zip("ABCD", (6, 40, 60, 28)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date, entries, diffs, props)

hand_d_docx("ThoiHoa_BC_TDC_2026.docx", "PHƯỜNG THỚI HÒA", "Thới Hòa", "25846", "Phường Thới Hòa",
            "245/BC-UBND", "2026-11-12",
            [("II.1.a", "completed", {"communications": 9, "training_courses": 1, "participants": 86},
              "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng",
              "Đăng 09 tin, bài trên trang thông tin điện tử phường; tổ chức 01 buổi phổ biến quy định về đo lường cho 86 hộ kinh doanh tại chợ.",
              "100% (hoàn tất ngày 30/9/2026)"),
             ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 63, "violations": 5, "fines_vnd": 6000000, "instruments_verified": 2},
              "Kiểm tra đo lường trong kinh doanh tại chợ, cân đối chứng (nội dung được phân quyền)",
              "Tổ công tác phường kiểm tra 04 đợt, 63 hộ kinh doanh; 05 trường hợp sử dụng cân sai, xử phạt 6 triệu đồng; đưa 02 cân đối chứng tại chợ Thới Hòa đi kiểm định lại.",
              "75%"),
             ("II.3.a", "completed", {"participants": 3},
              "Cử công chức tham gia tập huấn",
              "Cử 03 công chức văn hóa – xã hội và kinh tế tham dự lớp tập huấn của Chi cục Tiêu chuẩn Đo lường Chất lượng.",
              "100% – xong ngày 18/7/2026"),
             ("II.2.đ", "in_progress", {},
              "Áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại UBND phường",
              "Đang rà soát, ban hành lại các quy trình sau sắp xếp đơn vị hành chính.",
              "60%")],
            ["Công chức phụ trách kiêm nhiệm nhiều việc, chưa được bồi dưỡng chuyên sâu về đo lường."],
            ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ thêm 01 cân đối chứng cho chợ Thới Hòa."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Lê Văn Hòa"])

hand_d_xlsx("TangNhonPhu-TDC-nam2026.xlsx", "PHƯỜNG TĂNG NHƠN PHÚ", "Tăng Nhơn Phú", "26842", "Phường Tăng Nhơn Phú",
            "612/BC-UBND", "2026-11-09",
            [("II.5.c", "in_progress", {"inspections": 6, "establishments_inspected": 41, "violations": 3},
              "Kiểm tra đo lường, ghi nhãn hàng hóa tại chợ và cửa hàng (phân quyền)",
              "Kiểm tra 6 đợt tại 41 cơ sở; phát hiện 3 trường hợp vi phạm về ghi nhãn, đã nhắc nhở, chuyển hồ sơ.", "80%"),
             ("II.1.a", "completed", {"communications": 14},
              "Tuyên truyền Chỉ thị 38-CT/TW trên hệ thống loa, trang Zalo phường",
              "Phát 14 tin tuyên truyền.", "100% (30/6/2026)"),
             ("II.3.a", "not_started", {},
              "Cử công chức dự tập huấn nghiệp vụ đo lường",
              "Chưa có lớp phù hợp trong kỳ.", "0% – dự kiến 10/12/2026"),
             ("II.2.đ", "completed", {},
              "Duy trì ISO 9001:2015 tại bộ phận một cửa",
              "Đã đánh giá nội bộ, công bố lại hệ thống.", "100% – ngày 22/8/2026")],
            ["Chưa có trang thiết bị kiểm tra nhanh phục vụ kiểm tra tại chợ."],
            ["Đề nghị Chi cục TĐC cử cán bộ hỗ trợ phường trong các đợt kiểm tra cao điểm cuối năm."],
            ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Nguyễn Hữu Phước"])

hand_d_docx("LongHai-bc-chi-thi-38.docx", "XÃ LONG HẢI", "Long Hải", "26662", "Xã Long Hải",
            "188/BC-UBND", "2026-11-04",
            [("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 27, "violations": 2, "fines_vnd": 3500000},
              "Kiểm tra đo lường tại chợ hải sản và các cửa hàng xăng dầu trên địa bàn",
              "Phối hợp kiểm tra 02 đợt, 27 cơ sở (trong đó 4 cửa hàng xăng dầu); xử phạt 02 trường hợp sử dụng cân không kiểm định, số tiền 3,5 triệu đồng.",
              "65%"),
             ("II.1.a", "completed", {"training_courses": 1, "participants": 54},
              "Tuyên truyền, phổ biến quy định về đo lường cho tiểu thương",
              "Tổ chức 01 buổi tuyên truyền cho 54 tiểu thương chợ Long Hải.",
              "100% (ngày 14/5/2026)"),
             ("II.3.a", "completed", {"participants": 2},
              "Cử công chức tập huấn",
              "Cử 02 công chức tham dự tập huấn trực tuyến.",
              "100% – xong 26/8/2026")],
            ["Chợ hải sản họp sớm, tiểu thương thay đổi thường xuyên nên khó quản lý cân."],
            ["Đề nghị hỗ trợ 02 cân đối chứng cho chợ hải sản Long Hải."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Trương Văn Lộc"])

hand_d_xlsx("AnLong_TDC_2026.xlsx", "XÃ AN LONG", "An Long", "25867", "Xã An Long",
            "97/BC-UBND", "2026-11-13",
            [("II.1.a", "completed", {"communications": 5},
              "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng",
              "Đăng 05 tin bài trên trang thông tin xã.", "100% (15/10/2026)"),
             ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 22},
              "Kiểm tra cân tại chợ An Long và các đại lý vật tư nông nghiệp",
              "Kiểm tra 03 đợt, 22 cơ sở, chưa phát hiện vi phạm.", "50%"),
             ("II.2.đ", "not_started", {},
              "Xây dựng lại hệ thống ISO 9001 sau sáp nhập",
              "Chưa thực hiện do chờ hướng dẫn.", "0% – dự kiến quý I/2027"),
             ("II.3.a", "completed", {"participants": 2},
              "Cử công chức tham dự tập huấn",
              "02 công chức tham dự.", "xong ngày 09/9/2026")],
            ["Xã chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng."],
            ["Đề nghị Sở Khoa học và Công nghệ hướng dẫn xây dựng hệ thống ISO cho xã mới sáp nhập."],
            ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Đỗ Thành Nhân"])

# ---------------------------------------------------------------- re-save two through LibreOffice
def lo_resave(fname):
    src = os.path.join(OUT, fname); ext = fname.rsplit(".", 1)[1]
    tmp = os.path.join(OUT, "_lo"); os.makedirs(tmp, exist_ok=True)
    shutil.copy(src, os.path.join(tmp, "in." + ext))
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", os.path.join(tmp, "out"),
                    os.path.join(tmp, "in." + ext)], check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, "out", "in." + ext), src)
    shutil.rmtree(tmp)

lo_resave("TTPTTN-BC-9T-CT38.docx")
lo_resave("SYT_bao_cao_TĐC_2026.xlsx")

os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
for k in KEYS:
    path = os.path.join(OUT, k["file"])
    k["sha256"] = hashlib.sha256(open(path, "rb").read()).hexdigest()
    out = {"file": k["file"], "sha256": k["sha256"]}
    out.update({x: k[x] for x in ("status", "reason", "unit", "document", "entries", "findings", "difficulties", "proposals")})
    with open(os.path.join(OUT, "truth", k["file"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
print(len(KEYS), "files")
