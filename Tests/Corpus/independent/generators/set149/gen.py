# -*- coding: utf-8 -*-
"""Generator for set149: plan-mirror tables in five hands."""
import os, json, hashlib, subprocess, shutil, copy
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

# ---------------------------------------------------------------- the plan
GROUPS = [
    ("1", "Tuyên truyền, nâng cao nhận thức, kiến thức, trách nhiệm của các cấp ủy đảng, chính quyền và nhân dân về vai trò, vị trí và tầm quan trọng của công tác tiêu chuẩn, đo lường, chất lượng"),
    ("2", "Tổ chức triển khai có hiệu quả công tác quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng; rà soát, đề xuất sửa đổi, bổ sung, hoàn thiện hệ thống chính sách pháp luật"),
    ("3", "Xây dựng, đào tạo nguồn nhân lực lĩnh vực tiêu chuẩn, đo lường, chất lượng"),
    ("4", "Đầu tư ngân sách nhà nước cho công tác tiêu chuẩn, đo lường, chất lượng"),
    ("5", "Tăng cường công tác kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng"),
    ("6", "Trao đổi thông tin, kinh nghiệm, hợp tác đào tạo về tiêu chuẩn, đo lường, chất lượng"),
]
CC = "Chi cục TĐC"
TASKS = [  # code, letter, short text, chủ trì, phối hợp, thời gian
    ("II.1.a", "a", "Tổ chức các lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng đối với cá nhân, tổ chức, doanh nghiệp và buổi Tọa đàm với doanh nghiệp nhập khẩu", CC, "Các phòng, đơn vị thuộc Sở", "Quý I, II và III/2026"),
    ("II.1.b", "b", "Tuyên truyền, vận động, hướng dẫn tổ chức, doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia", CC, "", "Quý I và II/2026"),
    ("II.2.a", "a", "Triển khai Kế hoạch nâng cao năng suất và chất lượng (Chương trình 1322, Kế hoạch 36), Đề án 996, Đề án 100 về truy xuất nguồn gốc", CC, "Các phòng, đơn vị thuộc Sở", "Quý IV/2026"),
    ("II.2.b", "b", "Triển khai hoạt động Giải thưởng Chất lượng Quốc gia", CC, "", "Quý II, III và IV/2026"),
    ("II.2.c", "c", "Đề xuất, kiến nghị sửa đổi, bổ sung Luật và văn bản QPPL về tiêu chuẩn, đo lường, chất lượng", CC, "Phòng Kiểm tra – Pháp chế, các phòng, đơn vị", "Định kỳ hoặc đột xuất"),
    ("II.2.d", "d", "Hỗ trợ doanh nghiệp xây dựng, áp dụng hệ thống quản lý chất lượng tiên tiến; công bố chất lượng sản phẩm, hàng hóa", CC, "Các phòng, đơn vị thuộc Sở", "Thường xuyên"),
    ("II.2.đ", "đ", "Xây dựng, áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng trong cơ quan hành chính nhà nước", CC, "Văn phòng Sở, các phòng, đơn vị", "Tháng 01 - 11/2026"),
    ("II.2.e", "e", "Xây dựng, góp ý tiêu chuẩn, quy chuẩn kỹ thuật quốc gia; xây dựng quy chuẩn kỹ thuật địa phương", CC, "Các phòng, đơn vị thuộc Sở", "Quý IV/2026"),
    ("II.2.g", "g", "Củng cố, nâng cao hiệu quả hoạt động của các tổ chức dịch vụ kỹ thuật về tiêu chuẩn, đo lường, chất lượng", CC, "Trung tâm Dịch vụ Phân tích thí nghiệm", "Thường xuyên"),
    ("II.2.h", "h", "Cải tiến Hệ thống thông tin giải quyết TTHC; kết nối Cổng thông tin một cửa quốc gia", CC, "Văn phòng Sở, Phòng Chuyển đổi số", "Quý I/2026"),
    ("II.2.i", "i", "Kết nối, áp dụng hệ thống cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng", CC, "Phòng CĐS, Văn phòng Sở, TT CNTT và Địa không gian", "Thường xuyên"),
    ("II.3.a", "a", "Tập huấn, cập nhật kiến thức chuyên môn, nghiệp vụ cho công chức các Sở, ngành, UBND xã, phường, đặc khu; cử cán bộ tham gia hội nghị, hội thảo, đào tạo", CC, "", "Quý II, III và IV/2026"),
    ("II.3.b", "b", "Tập huấn, bồi dưỡng chuyên sâu về năng suất, chất lượng; hình thành mạng lưới tư vấn", CC, "Các phòng, đơn vị thuộc Sở", "Quý II và III/2026"),
    ("II.3.c", "c", "Thu hút đội ngũ cán bộ có trình độ cao, chuyên gia tư vấn, đánh giá (NQ 27/2023/NQ-HĐND, QĐ 05/2026/QĐ-UBND)", "Phòng Quản lý Khoa học", "Chi cục TĐC, các phòng, đơn vị", "Thường xuyên"),
    ("II.3.d", "d", "Đào tạo, bồi dưỡng cho viên chức, người lao động và sinh viên các trường về tiêu chuẩn, đo lường, chất lượng, mã số mã vạch, truy xuất nguồn gốc", CC, "Các phòng, đơn vị thuộc Sở", "Quý II, III và IV/2026"),
    ("II.4.a", "a", "Đầu tư cơ sở vật chất, trang thiết bị, nguồn nhân lực cho đơn vị sự nghiệp công lập thuộc Sở", "Trung tâm Dịch vụ Phân tích thí nghiệm", "Văn phòng Sở, Chi cục TĐC", "Thường xuyên"),
    ("II.4.b", "b", "Bảo trì, bảo dưỡng, kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ (Nghị định 135/2021/NĐ-CP)", CC, "Phòng Kiểm tra – Pháp chế", "Thường xuyên"),
    ("II.4.c", "c", "Phối hợp đầu tư, thiết lập, duy trì chuẩn đo lường chính, liên kết chuẩn quốc gia", CC, "Trung tâm Dịch vụ Phân tích thí nghiệm", "Thường xuyên"),
    ("II.5.a", "a", "Kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng sản phẩm, hàng hóa trong sản xuất, nhập khẩu, lưu thông", CC, "Phòng Kiểm tra – Pháp chế", "Thường xuyên"),
    ("II.5.b", "b", "Khảo sát chất lượng sản phẩm, hàng hóa, cảnh báo người tiêu dùng", CC, "Phòng Kiểm tra – Pháp chế", "Thường xuyên"),
    ("II.5.c", "c", "Phối hợp UBND phường, xã, đặc khu thực hiện các nội dung được phân quyền về tiêu chuẩn, đo lường, chất lượng", CC, "Phòng Kiểm tra – Pháp chế", "Thường xuyên"),
    ("II.5.d", "d", "Khen thưởng, bảo vệ người tố giác vi phạm; xử lý nghiêm hành vi tham nhũng, tiêu cực", CC, "Văn phòng Sở, Phòng KT-PC", "Thường xuyên"),
    ("II.6.a", "a", "Cập nhật kịp thời các điều ước, thỏa thuận quốc tế về tiêu chuẩn, đo lường, chất lượng", CC, "Các phòng, đơn vị thuộc Sở", "Thường xuyên"),
    ("II.6.b", "b", "Phối hợp Ủy ban TĐC Quốc gia và APO thúc đẩy năng suất, năng suất khu vực công", CC, "Các phòng, đơn vị thuộc Sở", "Thường xuyên"),
]
TASKMAP = {t[0]: t for t in TASKS}

def sha(p):
    return hashlib.sha256(open(p, "rb").read()).hexdigest()

KEYS = []

def key(fname, unit_id, unit_name, number, date, entries=None, diffs=(), props=(), rejected=None):
    KEYS.append(dict(file=fname, status="rejected" if rejected else "extracted",
                     reason=rejected, unit={"id": unit_id, "name": unit_name},
                     document={"number": number, "date": date},
                     entries=[dict(task=e["task"], status=e["status"], indicators=e.get("ind", {}),
                                   text=e["text"]) for e in (entries or [])],
                     findings=[], difficulties=list(diffs), proposals=list(props)))

# ---------------------------------------------------------------- docx helpers
def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        if len(set(id(c._tc) for c in row.cells)) != len(widths):
            continue
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)

def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), color)
    tcPr.append(shd)

def ctext(cell, text, bold=False, italic=False, align=None, size=None, font=None):
    lines = text.split("\n") if isinstance(text, str) else text
    cell.text = ""
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if font: r.font.name = font
        if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)

def para(doc, text, bold=False, italic=False, align=None, size=None, indent=None, space=3):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent: p.paragraph_format.first_line_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(space)
    return p

def base_doc(font="Times New Roman", size=13, landscape=False):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21)
    s.left_margin = Cm(2.5 if not landscape else 1.8); s.right_margin = Cm(1.5)
    s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d

def header_block(doc, left_lines, number_line, place_date, size=13):
    t = doc.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    ctext(l, left_lines + ["―――――", number_line], align="c", size=size)
    for i, p in enumerate(l.paragraphs):
        if i < len(left_lines):
            for rr in p.runs: rr.bold = (i == len(left_lines) - 1)
    ctext(r, ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "―――――――――――", place_date], align="c", size=size)
    for i, p in enumerate(r.paragraphs):
        for rr in p.runs:
            rr.bold = i in (0, 1); rr.italic = i == 3
    doc.add_paragraph()

def sign_block(doc, left, right_title, name, size=12):
    t = doc.add_table(rows=1, cols=2)
    ctext(t.rows[0].cells[0], left, size=size - 1)
    ctext(t.rows[0].cells[1], right_title + ["", "", "", name], bold=True, align="c", size=size)

# ---------------------------------------------------------------- HAND 1: Lan (wards, docx)
def hand1(fname, unit_id, unit_name, upper, place, number, date_iso, rows, extra, diffs, props, signer, chairman_title):
    """rows: code -> (result text, status) ; extra: list of (text, status, code or None)"""
    y, m, dd = date_iso.split("-")
    d = base_doc(size=13)
    header_block(d, ["ỦY BAN NHÂN DÂN", upper], f"Số: {number}", f"{place}, ngày {int(dd)} tháng {int(m)} năm {y}")
    para(d, "BÁO CÁO", bold=True, align="c", size=14, space=0)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c")
    para(d, "―――――", align="c")
    para(d, f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân {unit_name.split(' ',1)[0].lower()} {unit_name.split(' ',1)[1]} báo cáo kết quả thực hiện như sau:", align="j", indent=1)
    para(d, "I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ THEO KẾ HOẠCH", bold=True)
    para(d, "(Đánh dấu ✓ vào cột tình hình thực hiện tương ứng)", italic=True, size=12)
    hdr = ["TT", "Nội dung nhiệm vụ (trích Kế hoạch)", "Chủ trì", "Phối hợp", "Thời gian thực hiện", "Kết quả thực hiện của phường" if upper.startswith("PHƯỜNG") else "Kết quả thực hiện của xã", "Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện"]
    t = d.add_table(rows=1, cols=9); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [0.9, 4.6, 1.6, 1.8, 1.7, 4.6, 1.1, 1.1, 1.1]
    for c, h in zip(t.rows[0].cells, hdr):
        ctext(c, h, bold=True, align="c", size=10); shade(c, "D9D9D9")
    si = {"completed": 6, "in_progress": 7, "not_started": 8}
    gi = 0
    for g, gt in GROUPS:
        r = t.add_row(); c = r.cells[0].merge(r.cells[8])
        ctext(c, f"{g}. {gt}", bold=True, size=10); shade(c, "F2F2F2")
        for code, letter, txt, lead, part, when in [x for x in TASKS if x[0].split(".")[1] == g]:
            r = t.add_row().cells
            res, st = rows.get(code, ("Không", None))
            vals = [f"{g}.{letter}", txt, lead, part, when, res, "", "", ""]
            if st in si: vals[si[st]] = "✓"
            for i, v in enumerate(vals):
                ctext(r[i], v, size=10, align="c" if i in (0, 6, 7, 8) else None)
    r = t.add_row(); c = r.cells[0].merge(r.cells[8])
    ctext(c, "NHIỆM VỤ PHÁT SINH NGOÀI KẾ HOẠCH", bold=True, size=10); shade(c, "F2F2F2")
    for i, (txt, st, _code) in enumerate(extra, 1):
        r = t.add_row().cells
        vals = [str(i), txt[0], "UBND " + ("phường" if upper.startswith("PHƯỜNG") else "xã"), txt[1], txt[2], txt[3], "", "", ""]
        if st in si: vals[si[st]] = "✓"
        for j, v in enumerate(vals):
            ctext(r[j], v, size=10, align="c" if j in (0, 6, 7, 8) else None)
    set_widths(t, widths)
    d.add_paragraph()
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for x in diffs: para(d, "- " + x, align="j", indent=1)
    para(d, "III. KIẾN NGHỊ, ĐỀ XUẤT", bold=True)
    for x in props: para(d, "- " + x, align="j", indent=1)
    para(d, f"Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Ủy ban nhân dân {unit_name[0].lower()+unit_name[1:]}./.", align="j", indent=1)
    sign_block(d, ["Nơi nhận:", "- Sở Khoa học và Công nghệ;", "- Chi cục TĐC (để tổng hợp);", "- TT: ĐU, UBND phường;" if upper.startswith("PHƯỜNG") else "- TT: ĐU, UBND xã;", "- Lưu: VT, VHXH."], chairman_title, signer)
    p = os.path.join(OUT, fname); d.save(p)

# ---------------------------------------------------------------- HAND 5: Ngọc (docx, two-row blocks)
def hand5(fname, left_lines, number, place, date_iso, title, intro, table_groups, diffs, props, signer, signer_title, nhan, font="Times New Roman"):
    """table_groups: list of (group label, [ (tt, text, lead, part, when, progress, result) ])"""
    y, m, dd = date_iso.split("-")
    d = base_doc(font=font, size=13)
    header_block(d, left_lines, f"Số: {number}", f"{place}, ngày {dd} tháng {m} năm {y}")
    para(d, "BÁO CÁO", bold=True, align="c", size=14, space=0)
    para(d, title, bold=True, align="c")
    for x in intro: para(d, x, align="j", indent=1.27)
    t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Tiến độ (%)"]):
        ctext(c, h, bold=True, align="c", size=11)
    widths = [1.1, 6.6, 2.4, 2.6, 2.2, 1.8]
    for glabel, items in table_groups:
        r = t.add_row(); c = r.cells[0].merge(r.cells[5]); ctext(c, glabel, bold=True, size=11)
        for tt, text, lead, part, when, prog, result in items:
            cells = t.add_row().cells
            for i, v in enumerate([tt, text, lead, part, when, prog]):
                ctext(cells[i], v, size=11, align="c" if i in (0, 5) else None)
            r2 = t.add_row(); c2 = r2.cells[0].merge(r2.cells[5])
            c2.text = ""
            p = c2.paragraphs[0]
            rr = p.add_run("Kết quả: "); rr.italic = True; rr.bold = True; rr.font.size = Pt(11)
            rr = p.add_run(result); rr.italic = True; rr.font.size = Pt(11)
    set_widths(t, widths)
    d.add_paragraph()
    para(d, "Khó khăn, vướng mắc:", bold=True)
    for i, x in enumerate(diffs, 1): para(d, f"{i}. {x}", align="j", indent=1.27)
    if not diffs: para(d, "Không.", indent=1.27)
    para(d, "Đề xuất, kiến nghị:", bold=True)
    for i, x in enumerate(props, 1): para(d, f"{i}. {x}", align="j", indent=1.27)
    sign_block(d, nhan, signer_title, signer)
    p = os.path.join(OUT, fname); d.save(p)

# ---------------------------------------------------------------- HAND 3: Hạnh (docx landscape, two-level header, x marks, kk/kn inside table)
def hand3(fname, parent, unit_upper, number, date_iso, intro, rows, extra, diffs, props, signer, signer_title, nhan):
    y, m, dd = date_iso.split("-")
    d = base_doc(size=12, landscape=True)
    header_block(d, [parent, unit_upper], f"Số: {number}", f"Thành phố Hồ Chí Minh, ngày {dd} tháng {m} năm {y}", size=12)
    para(d, "BÁO CÁO", bold=True, align="c", size=14, space=0)
    para(d, "Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    para(d, "(Kỳ báo cáo: từ ngày 01/01/2026 đến ngày 20/10/2026)", italic=True, align="c")
    for x in intro: para(d, x, align="j", indent=1)
    t = d.add_table(rows=2, cols=9); t.style = "Table Grid"
    h1 = t.rows[0].cells; h2 = t.rows[1].cells
    heads = ["TT", "Nhiệm vụ theo Kế hoạch", "Chủ trì", "Phối hợp", "Thời gian", "Kết quả thực hiện"]
    for i, h in enumerate(heads):
        c = h1[i].merge(h2[i]); ctext(c, h, bold=True, align="c", size=10)
    c = h1[6].merge(h1[8]); ctext(c, "Tình hình thực hiện", bold=True, align="c", size=10)
    for i, h in zip((6, 7, 8), ("Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện")):
        ctext(h2[i], h, bold=True, align="c", size=10)
    for row in t.rows[:2]:
        for c in row.cells: shade(c, "DEEAF6")
    si = {"completed": 6, "in_progress": 7, "not_started": 8}
    roman = {"1": "I", "2": "II", "3": "III", "4": "IV", "5": "V", "6": "VI"}
    for g, gt in GROUPS:
        r = t.add_row(); c = r.cells[0].merge(r.cells[8]); ctext(c, f"{roman[g]}. {gt.upper()}", bold=True, size=10)
        for code, letter, txt, lead, part, when in [x for x in TASKS if x[0].split(".")[1] == g]:
            cells = t.add_row().cells
            res, st = rows.get(code, ("—", None))
            vals = [letter, txt, lead, part, when, res, "", "", ""]
            if st in si: vals[si[st]] = "x"
            for i, v in enumerate(vals):
                ctext(cells[i], v, size=10, align="c" if i in (0, 6, 7, 8) or v == "—" else None)
    if extra:
        r = t.add_row(); c = r.cells[0].merge(r.cells[8]); ctext(c, "VII. HOẠT ĐỘNG KHÁC CỦA ĐƠN VỊ (ngoài Kế hoạch)", bold=True, size=10)
        for i, (txt, when, res, st) in enumerate(extra, 1):
            cells = t.add_row().cells
            vals = [f"*{i}", txt, "Đơn vị", "", when, res, "", "", ""]
            if st in si: vals[si[st]] = "x"
            for j, v in enumerate(vals): ctext(cells[j], v, size=10, align="c" if j in (0, 6, 7, 8) else None)
    r = t.add_row(); c = r.cells[0].merge(r.cells[8]); ctext(c, "KHÓ KHĂN, VƯỚNG MẮC", bold=True, size=10)
    r = t.add_row(); c = r.cells[0].merge(r.cells[8]); ctext(c, ["+ " + x for x in diffs], size=10)
    r = t.add_row(); c = r.cells[0].merge(r.cells[8]); ctext(c, "ĐỀ XUẤT, KIẾN NGHỊ", bold=True, size=10)
    r = t.add_row(); c = r.cells[0].merge(r.cells[8]); ctext(c, ["+ " + x for x in props], size=10)
    widths = [0.9, 6.0, 2.0, 2.6, 2.0, 8.4, 1.4, 1.4, 1.4]
    set_widths(t, widths)
    d.add_paragraph()
    sign_block(d, nhan, signer_title, signer)
    d.save(os.path.join(OUT, fname))

# ---------------------------------------------------------------- xlsx helpers
thin = Side(style="thin"); BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
def wcell(ws, ref, v, bold=False, italic=False, size=11, h=None, wrap=True, fill=None, border=True, name="Times New Roman"):
    c = ws[ref]; c.value = v
    c.font = Font(name=name, bold=bold, italic=italic, size=size)
    c.alignment = Alignment(horizontal=h, vertical="center" if h == "center" else "top", wrap_text=wrap)
    if fill: c.fill = PatternFill("solid", fgColor=fill)
    if border: c.border = BORDER
    return c

# ---------------------------------------------------------------- HAND 2: Tâm (xlsx, % column)
def hand2(fname, unit_upper, number, date_iso, title, groups, diffs, props, signer, signer_title, sheet="BC CT38"):
    """groups: list of (group label, [(stt, text, lead, part, when, result, pct, note)])"""
    y, m, dd = date_iso.split("-")
    wb = Workbook(); ws = wb.active; ws.title = sheet
    for col, w in zip("ABCDEFGH", [6, 46, 16, 18, 14, 52, 10, 20]):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:C1"); wcell(ws, "A1", "UBND THÀNH PHỐ HỒ CHÍ MINH", border=False, h="center")
    ws.merge_cells("A2:C2"); wcell(ws, "A2", unit_upper, bold=True, border=False, h="center")
    ws.merge_cells("A3:C3"); wcell(ws, "A3", f"Số: {number}", border=False, h="center")
    ws.merge_cells("E1:H1"); wcell(ws, "E1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, border=False, h="center")
    ws.merge_cells("E2:H2"); wcell(ws, "E2", "Độc lập - Tự do - Hạnh phúc", bold=True, border=False, h="center")
    ws.merge_cells("E3:H3"); wcell(ws, "E3", f"Thành phố Hồ Chí Minh, ngày {dd} tháng {m} năm {y}", italic=True, border=False, h="center")
    ws.merge_cells("A5:H5"); wcell(ws, "A5", "BÁO CÁO", bold=True, size=14, border=False, h="center")
    ws.merge_cells("A6:H6"); wcell(ws, "A6", title, bold=True, border=False, h="center")
    r = 8
    for col, h in zip("ABCDEFGH", ["STT", "Nội dung nhiệm vụ (theo Kế hoạch)", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Kết quả thực hiện", "Tiến độ (%)", "Ghi chú"]):
        wcell(ws, f"{col}{r}", h, bold=True, h="center", fill="BDD7EE")
    r += 1
    for glabel, items in groups:
        ws.merge_cells(f"A{r}:H{r}"); wcell(ws, f"A{r}", glabel, bold=True, fill="FFF2CC")
        for col in "BCDEFGH": ws[f"{col}{r}"].border = BORDER
        r += 1
        for stt, text, lead, part, when, result, pct, note in items:
            for col, v in zip("ABCDEF", [stt, text, lead, part, when, result]):
                wcell(ws, f"{col}{r}", v, h="center" if col == "A" else None)
            c = wcell(ws, f"G{r}", pct, h="center")
            if isinstance(pct, (int, float)): c.number_format = "0%"
            wcell(ws, f"H{r}", note)
            r += 1
    r += 1
    wcell(ws, f"B{r}", "Khó khăn, vướng mắc:", bold=True, border=False); r += 1
    for i, x in enumerate(diffs, 1):
        ws.merge_cells(f"B{r}:F{r}"); wcell(ws, f"B{r}", f"{i}. {x}", border=False); ws.row_dimensions[r].height = 32; r += 1
    wcell(ws, f"B{r}", "Đề xuất, kiến nghị:", bold=True, border=False); r += 1
    for i, x in enumerate(props, 1):
        ws.merge_cells(f"B{r}:F{r}"); wcell(ws, f"B{r}", f"{i}. {x}", border=False); ws.row_dimensions[r].height = 32; r += 1
    r += 1
    ws.merge_cells(f"E{r}:H{r}"); wcell(ws, f"E{r}", signer_title, bold=True, border=False, h="center")
    ws.merge_cells(f"E{r+4}:H{r+4}"); wcell(ws, f"E{r+4}", signer, bold=True, border=False, h="center")
    ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1
    wb.save(os.path.join(OUT, fname))

# ---------------------------------------------------------------- HAND 4: Phúc (xlsx, four tick columns incl. KPS, full plan, empty rows)
def hand4(fname, unit_upper, number_text, date_iso, rows, extra, diffs, props, signer, signer_title, sheet="KH38_2026"):
    y, m, dd = date_iso.split("-")
    wb = Workbook(); ws = wb.active; ws.title = sheet
    for col, w in zip("ABCDEFGHIJK", [6, 50, 14, 18, 14, 50, 8, 8, 8, 8, 18]):
        ws.column_dimensions[col].width = w
    F = "Arial"
    wcell(ws, "A1", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", border=False, wrap=False, name=F, size=10)
    wcell(ws, "A2", unit_upper, bold=True, border=False, wrap=False, name=F, size=10)
    wcell(ws, "A3", number_text, border=False, wrap=False, name=F, size=10)
    wcell(ws, "F1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, border=False, wrap=False, name=F, size=10)
    wcell(ws, "F2", "Độc lập - Tự do - Hạnh phúc", bold=True, border=False, wrap=False, name=F, size=10)
    wcell(ws, "F3", f"TP. Hồ Chí Minh, ngày {dd} tháng {m} năm {y}", italic=True, border=False, wrap=False, name=F, size=10)
    ws.merge_cells("A5:K5"); wcell(ws, "A5", "BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026", bold=True, border=False, h="center", name=F, size=12)
    ws.merge_cells("A6:K6"); wcell(ws, "A6", "(đơn vị đánh dấu ✓ vào một trong bốn cột tình trạng; dòng không liên quan để trống)", italic=True, border=False, h="center", name=F, size=10)
    r = 8
    for col, h in zip("ABCDEFGHIJK", ["TT", "Nhiệm vụ (theo Kế hoạch của Sở)", "Chủ trì", "Phối hợp", "Thời gian", "Kết quả của đơn vị", "Đã HT", "Đang TH", "Chưa TH", "KPS", "Ghi chú"]):
        wcell(ws, f"{col}{r}", h, bold=True, h="center", fill="D9E1F2", name=F, size=10)
    r += 1
    si = {"completed": "G", "in_progress": "H", "not_started": "I", "not_applicable": "J"}
    for g, gt in GROUPS:
        ws.merge_cells(f"A{r}:K{r}"); wcell(ws, f"A{r}", f"{g}. {gt}", bold=True, fill="E2EFDA", name=F, size=10)
        r += 1
        for code, letter, txt, lead, part, when in [x for x in TASKS if x[0].split(".")[1] == g]:
            res, st, note = rows.get(code, (None, None, None))
            for col, v in zip("ABCDEFK", [f"{g}{letter}", txt, lead, part, when, res, note]):
                wcell(ws, f"{col}{r}", v, name=F, size=10, h="center" if col == "A" else None)
            for col in "GHIJ":
                wcell(ws, f"{col}{r}", "✓" if si.get(st) == col else None, h="center", name=F, size=10)
            r += 1
    ws.merge_cells(f"A{r}:K{r}"); wcell(ws, f"A{r}", "Phát sinh ngoài KH", bold=True, italic=True, fill="E2EFDA", name=F, size=10); r += 1
    for i, (txt, res, st) in enumerate(extra, 1):
        for col, v in zip("ABCDEFK", [f"+{i}", txt, "Đơn vị", "", "", res, ""]):
            wcell(ws, f"{col}{r}", v, italic=True, name=F, size=10)
        for col in "GHIJ":
            wcell(ws, f"{col}{r}", "✓" if si.get(st) == col else None, h="center", name=F, size=10)
        r += 1
    r += 1
    wcell(ws, f"B{r}", "Khó khăn:", bold=True, border=False, name=F, size=10); r += 1
    for x in diffs:
        wcell(ws, f"B{r}", "- " + x, border=False, name=F, size=10); r += 1
    wcell(ws, f"B{r}", "Kiến nghị:", bold=True, border=False, name=F, size=10); r += 1
    for x in props:
        wcell(ws, f"B{r}", "- " + x, border=False, name=F, size=10); r += 1
    r += 1
    wcell(ws, f"F{r}", signer_title, bold=True, border=False, name=F, size=10, h="center")
    wcell(ws, f"F{r+4}", signer, bold=True, border=False, name=F, size=10, h="center")
    ws.freeze_panes = "C9"
    wb.save(os.path.join(OUT, fname))

# =================================================================== REPORTS
# ---------- H1 Lan: Phường Tân Thuận
E = [
    dict(task="II.1.a", status="completed", ind={"participants": 42, "communications": 9},
         text="Phối hợp Chi cục TĐC mời 42 lượt người (đại diện hộ kinh doanh, doanh nghiệp) dự lớp tập huấn ngày 18/6/2026; đăng 09 tin, bài tuyên truyền trên trang thông tin điện tử phường."),
    dict(task="II.2.đ", status="in_progress", ind={}, text="Duy trì áp dụng HTQLCL theo TCVN ISO 9001:2015; đang cập nhật các quy trình giải quyết TTHC."),
    dict(task="II.3.a", status="completed", ind={"participants": 3}, text="Cử 03 công chức dự lớp tập huấn nghiệp vụ TĐC cho công chức cấp xã."),
    dict(task="II.5.a", status="completed", ind={"inspections": 1, "establishments_inspected": 2}, text="Phối hợp Đoàn kiểm tra của Chi cục 01 cuộc tại 02 cửa hàng xăng dầu."),
    dict(task="II.5.c", status="in_progress", ind={"inspections": 4, "establishments_inspected": 27, "violations": 3, "fines_vnd": 4500000},
         text="Kiểm tra 04 cuộc tại chợ Tân Mỹ, chợ Tân Quy: 27 cơ sở; 03 trường hợp vi phạm; xử phạt 4.500.000 đồng."),
]
rows = {
    "II.1.a": ("Phối hợp Chi cục TĐC mời 42 lượt người (đại diện hộ kinh doanh, doanh nghiệp) trên địa bàn dự lớp tập huấn văn bản pháp luật ngày 18/6/2026.", "completed"),
    "II.2.đ": ("Duy trì áp dụng HTQLCL theo TCVN ISO 9001:2015 tại bộ phận một cửa; đang cập nhật, sửa đổi các quy trình giải quyết TTHC theo danh mục mới.", "in_progress"),
    "II.3.a": ("Cử 03 công chức (Phòng Kinh tế, Văn phòng HĐND-UBND) dự lớp tập huấn nghiệp vụ TĐC cho công chức cấp xã do Chi cục tổ chức.", "completed"),
    "II.5.a": ("Phối hợp Đoàn kiểm tra của Chi cục TĐC 01 cuộc kiểm tra đo lường, chất lượng tại 02 cửa hàng xăng dầu trên đường Huỳnh Tấn Phát.", "completed"),
    "II.5.c": ("Tổ kiểm tra của phường kiểm tra 04 cuộc về đo lường tại chợ Tân Mỹ, chợ Tân Quy: 27 cơ sở; phát hiện 03 trường hợp sử dụng cân sai số vượt mức cho phép; xử phạt 4.500.000 đồng.", "in_progress"),
}
extra = [(("Đăng tin, bài tuyên truyền về đo lường, chất lượng trên trang thông tin điện tử phường", "Đoàn Thanh niên phường", "Cả năm", "Đã đăng 09 tin, bài."), "completed", "II.1.a"),
         (("Tham gia kiểm tra liên ngành an toàn thực phẩm dịp Tết Trung thu", "Trạm Y tế phường", "Tháng 9/2026", "Kiểm tra 06 cơ sở sản xuất bánh trung thu."), "completed", None)]
D = ["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; công chức kiêm nhiệm nhiều việc.",
     "Chưa được trang bị quả cân chuẩn, cân đối chứng để kiểm tra tại chợ."]
P = ["Đề nghị Chi cục TĐC hỗ trợ trang bị 01 bộ quả cân chuẩn cho phường.",
     "Đề nghị tổ chức thêm lớp tập huấn nghiệp vụ cho công chức phường trong năm 2027."]
f = "PhuongTanThuan_BC_CT38_2026.docx"
hand1(f, "27478", "Phường Tân Thuận", "PHƯỜNG TÂN THUẬN", "Tân Thuận", "412/BC-UBND", "2026-10-27", rows, extra, D, P, "Lê Hoàng Phúc", ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])
key(f, "27478", "Phường Tân Thuận", "412/BC-UBND", "2026-10-27", E, D, P)

# ---------- H1 Lan: Phường Lái Thiêu
E = [
    dict(task="II.1.a", status="completed", ind={"communications": 500}, text="Phát 500 tờ rơi tuyên truyền về cân đúng, cân đủ tại chợ Lái Thiêu."),
    dict(task="II.1.b", status="completed", ind={"enterprises_supported": 15}, text="Phổ biến thông tin về Giải thưởng Chất lượng Quốc gia đến 15 doanh nghiệp."),
    dict(task="II.2.d", status="in_progress", ind={"enterprises_supported": 7}, text="Hướng dẫn 07 hộ sản xuất thực hiện công bố tiêu chuẩn cơ sở."),
    dict(task="II.2.đ", status="completed", ind={}, text="Đã công bố HTQLCL phù hợp TCVN ISO 9001:2015 ngày 20/8/2026."),
    dict(task="II.3.a", status="completed", ind={"participants": 2}, text="Cử 02 công chức tham dự tập huấn."),
    dict(task="II.5.c", status="in_progress", ind={"inspections": 3, "establishments_inspected": 19, "violations": 2, "fines_vnd": 3000000},
         text="Kiểm tra 03 cuộc, 19 cơ sở; 02 trường hợp vi phạm; phạt 3.000.000 đồng."),
    dict(task="II.5.d", status="not_applicable", ind={}, text="Không phát sinh trường hợp tố giác vi phạm."),
]
rows = {
    "II.1.b": ("Phổ biến thông tin, tài liệu về Giải thưởng Chất lượng Quốc gia đến 15 doanh nghiệp trên địa bàn qua nhóm Zalo doanh nghiệp phường.", "completed"),
    "II.2.d": ("Hướng dẫn 07 hộ sản xuất (bánh, nước mắm, đồ gỗ) thực hiện công bố tiêu chuẩn cơ sở đối với sản phẩm; còn 03 hộ đang hoàn thiện hồ sơ.", "in_progress"),
    "II.2.đ": ("Đã xây dựng và công bố HTQLCL phù hợp TCVN ISO 9001:2015 ngày 20/8/2026 sau khi sắp xếp bộ máy.", "completed"),
    "II.3.a": ("Cử 02 công chức tham dự tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng.", "completed"),
    "II.5.c": ("Kiểm tra đo lường, ghi nhãn hàng hóa: 03 cuộc, 19 cơ sở; phát hiện 02 trường hợp vi phạm; phạt 3.000.000 đồng.", "in_progress"),
    "II.5.d": ("Không phát sinh trường hợp tố giác vi phạm.", None),
}
extra = [(("Phát tờ rơi tuyên truyền \"cân đúng, cân đủ\" tại chợ Lái Thiêu", "Ban quản lý chợ", "Tháng 3/2026", "Phát 500 tờ rơi cho tiểu thương và người dân."), "completed", "II.1.a")]
D = ["Các hộ sản xuất nhỏ lẻ chưa quan tâm đến việc công bố tiêu chuẩn cơ sở, hồ sơ còn sai sót nhiều lần.",
     "Kinh phí dành cho công tác kiểm tra tại phường chưa được bố trí riêng."]
P = ["Đề nghị Sở Khoa học và Công nghệ ban hành mẫu hồ sơ công bố tiêu chuẩn cơ sở đơn giản cho hộ kinh doanh."]
f = "LaiThieu-BaoCao-ChiThi38.docx"
hand1(f, "25966", "Phường Lái Thiêu", "PHƯỜNG LÁI THIÊU", "Lái Thiêu", "287/BC-UBND", "2026-10-29", rows, extra, D, P, "Nguyễn Thị Kim Thoa", ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])
key(f, "25966", "Phường Lái Thiêu", "287/BC-UBND", "2026-10-29", E, D, P)

# ---------- H1 Lan: Phường Bình Tây (will be re-saved through LibreOffice)
E = [
    dict(task="II.1.a", status="completed", ind={"training_courses": 1, "participants": 60}, text="Tổ chức 01 hội nghị tuyên truyền cho 60 hộ kinh doanh tại chợ Bình Tây."),
    dict(task="II.2.a", status="not_started", ind={}, text="Chưa triển khai hướng dẫn truy xuất nguồn gốc."),
    dict(task="II.2.đ", status="in_progress", ind={}, text="Đang rà soát, cập nhật HTQLCL theo TCVN ISO 9001:2015."),
    dict(task="II.3.a", status="completed", ind={"participants": 4}, text="Cử 04 công chức dự tập huấn."),
    dict(task="II.5.a", status="completed", ind={"samples_tested": 6, "establishments_inspected": 3}, text="Phối hợp Chi cục TĐC lấy 06 mẫu xăng dầu tại 03 cửa hàng."),
    dict(task="II.5.c", status="in_progress", ind={"inspections": 5, "establishments_inspected": 34, "violations": 4, "fines_vnd": 6250000},
         text="Kiểm tra 05 cuộc, 34 cơ sở, 04 vi phạm, phạt 6.250.000 đ."),
]
rows = {
    "II.1.a": ("Tổ chức 01 hội nghị tuyên truyền pháp luật về đo lường, ghi nhãn hàng hóa cho 60 hộ kinh doanh tại chợ Bình Tây (ngày 12/4/2026).", "completed"),
    "II.2.a": ("Chưa triển khai hướng dẫn hộ kinh doanh áp dụng truy xuất nguồn gốc do chưa có văn bản hướng dẫn cụ thể cho cấp phường.", "not_started"),
    "II.2.đ": ("Đang rà soát, cập nhật HTQLCL theo TCVN ISO 9001:2015 sau khi hợp nhất bộ phận một cửa của các phường cũ.", "in_progress"),
    "II.3.a": ("Cử 04 công chức dự tập huấn nghiệp vụ tại Chi cục TĐC.", "completed"),
    "II.5.a": ("Phối hợp Chi cục TĐC lấy 06 mẫu xăng dầu tại 03 cửa hàng trên địa bàn để kiểm tra chất lượng.", "completed"),
    "II.5.c": ("Kiểm tra về đo lường, chất lượng tại các chợ, cửa hàng: 05 cuộc, 34 cơ sở; 04 cơ sở vi phạm; phạt 6.250.000 đ.", "in_progress"),
}
extra = [(("Kiểm tra trật tự lòng lề đường, biển hiệu quảng cáo khu vực chợ Bình Tây", "Công an phường", "Hằng tháng", "Thực hiện 10 đợt ra quân."), "in_progress", None)]
D = ["Lực lượng kiểm tra mỏng, địa bàn chợ đầu mối rộng, tiểu thương thay đổi thường xuyên."]
P = ["Đề nghị Chi cục TĐC phối hợp kiểm tra định kỳ cân tại chợ Bình Tây.",
     "Đề nghị ban hành hướng dẫn về truy xuất nguồn gốc áp dụng cho hộ kinh doanh tại chợ."]
f = "BinhTay_bc38_2026.docx"
hand1(f, "27367", "Phường Bình Tây", "PHƯỜNG BÌNH TÂY", "Bình Tây", "355/BC-UBND", "2026-11-03", rows, extra, D, P, "Trương Minh Đức", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"])
key(f, "27367", "Phường Bình Tây", "355/BC-UBND", "2026-11-03", E, D, P)

# ---------- H5 Ngọc helpers
def full_groups(results, prefix_roman=False):
    """results: code -> (progress, result). All 24 rows copied; unconcerned rows with empty result."""
    out = []
    for g, gt in GROUPS:
        items = []
        for code, letter, txt, lead, part, when in [x for x in TASKS if x[0].split(".")[1] == g]:
            prog, res = results.get(code, ("", ""))
            items.append((f"{g}.{letter}", txt, lead, part, when, prog, res))
        out.append((f"{g}. {gt}", items))
    return out

# ---------- H5 Ngọc: Xã Bàu Bàng
E = [
    dict(task="II.1.a", status="completed", ind={"communications": 4}, text="Đăng 04 tin trên trang Zalo xã."),
    dict(task="II.2.a", status="in_progress", ind={"enterprises_supported": 5}, text="Hướng dẫn 05 hợp tác xã, cơ sở OCOP áp dụng tem truy xuất nguồn gốc."),
    dict(task="II.2.d", status="completed", ind={"enterprises_supported": 3}, text="Hỗ trợ 03 cơ sở xây dựng hồ sơ công bố tiêu chuẩn cơ sở."),
    dict(task="II.2.đ", status="completed", ind={}, text="Đã xây dựng, công bố lại HTQLCL sau sắp xếp."),
    dict(task="II.3.a", status="completed", ind={"participants": 2}, text="02 lượt công chức tham dự tập huấn."),
    dict(task="II.5.c", status="in_progress", ind={"inspections": 2, "establishments_inspected": 11, "violations": 1, "fines_vnd": 1500000},
         text="Kiểm tra 02 cuộc, 11 cơ sở, 01 vi phạm, phạt 1,5 triệu đồng."),
]
res = {
    "II.1.a": ("100%", "Đăng 04 tin về tiêu chuẩn, đo lường, chất lượng trên trang Zalo \"Xã Bàu Bàng thông tin\"; phát thanh lồng ghép trên loa ấp."),
    "II.2.a": ("60%", "Hướng dẫn 05 hợp tác xã, cơ sở có sản phẩm OCOP (măng cụt, mật ong, hạt điều) đăng ký và dán tem truy xuất nguồn gốc; đang tiếp tục hướng dẫn các cơ sở còn lại."),
    "II.2.d": ("100%", "Hỗ trợ 03 cơ sở sản xuất xây dựng hồ sơ công bố tiêu chuẩn cơ sở cho sản phẩm."),
    "II.2.đ": ("100%", "Đã xây dựng, công bố lại Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau sắp xếp đơn vị hành chính."),
    "II.3.a": ("100%", "Cử công chức tham dự tập huấn nghiệp vụ do Chi cục TĐC tổ chức: 02 lượt."),
    "II.5.c": ("75%", "Tổ kiểm tra của xã kiểm tra 02 cuộc về đo lường tại chợ Bàu Bàng và các đại lý vật tư nông nghiệp: 11 cơ sở; 01 cơ sở vi phạm, xử phạt 1,5 triệu đồng."),
}
D = ["Xã địa bàn rộng, các cơ sở sản xuất phân tán; công chức phụ trách kiêm nhiệm nhiều lĩnh vực."]
P = ["Đề nghị Chi cục TĐC hỗ trợ kinh phí in tem truy xuất nguồn gốc cho các sản phẩm OCOP của xã.",
     "Đề nghị Sở cung cấp tài liệu tuyên truyền mẫu để xã phát trên loa truyền thanh."]
f = "XaBauBang-BC-CT38-nam2026.docx"
hand5(f, ["ỦY BAN NHÂN DÂN", "XÃ BÀU BÀNG"], "198/BC-UBND", "Bàu Bàng", "2026-11-05",
      "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn xã",
      ["Căn cứ Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ; Ủy ban nhân dân xã Bàu Bàng báo cáo kết quả thực hiện theo bảng dưới đây (cột Tiến độ ghi tỷ lệ phần trăm khối lượng công việc đã thực hiện):"],
      full_groups(res), D, P, "Phạm Văn Sang", ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
      ["Nơi nhận:", "- Sở KH&CN (Chi cục TĐC);", "- TT Đảng ủy, HĐND xã;", "- Lưu: VT, KT."])
key(f, "25822", "Xã Bàu Bàng", "198/BC-UBND", "2026-11-05", E, D, P)

# ---------- H5 Ngọc: Xã Hồ Tràm — MISTAKEN (phòng chống thiên tai)
pctt = [
    ("1. Công tác chỉ đạo, điều hành", [
        ("1.1", "Kiện toàn Ban Chỉ huy phòng thủ dân sự xã; phân công nhiệm vụ thành viên", "UBND xã", "Các ban ngành, ấp", "Quý I/2026", "100%", "Ban hành Quyết định kiện toàn Ban Chỉ huy phòng thủ dân sự xã gồm 21 thành viên."),
        ("1.2", "Xây dựng Phương án ứng phó thiên tai theo cấp độ rủi ro thiên tai trên địa bàn xã", "UBND xã", "Công an xã, Ban CHQS xã", "Quý II/2026", "100%", "Đã phê duyệt phương án, sơ tán dự kiến 312 hộ ven biển khi có bão cấp 8 trở lên.")]),
    ("2. Công tác phòng ngừa", [
        ("2.1", "Tuyên truyền kiến thức phòng, chống thiên tai cho người dân ven biển, tàu thuyền", "UBND xã", "Đồn Biên phòng, các ấp", "Thường xuyên", "80%", "Phát 24 tin trên loa truyền thanh; tuyên truyền cho 146 chủ tàu cá."),
        ("2.2", "Kiểm tra, gia cố kè biển, các điểm sạt lở bờ biển Hồ Tràm - Hồ Cốc", "UBND xã", "Sở NN&MT", "Trước mùa mưa bão", "50%", "Đã kiểm tra 03 điểm sạt lở, cắm biển cảnh báo; đang chờ kinh phí gia cố.")]),
    ("3. Diễn tập, tìm kiếm cứu nạn", [
        ("3.1", "Tổ chức diễn tập phòng chống thiên tai và tìm kiếm cứu nạn cấp xã", "Ban CHQS xã", "Các lực lượng", "Quý III/2026", "0%", "Chưa tổ chức do trùng lịch diễn tập khu vực phòng thủ.")]),
]
f = "HoTram_BaoCao_2026.docx"
hand5(f, ["ỦY BAN NHÂN DÂN", "XÃ HỒ TRÀM"], "176/BC-UBND", "Hồ Tràm", "2026-10-20",
      "Kết quả thực hiện Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026",
      ["Thực hiện Kế hoạch số 112/KH-UBND của Ủy ban nhân dân xã về phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026, Ủy ban nhân dân xã Hồ Tràm báo cáo kết quả thực hiện như sau:"],
      pctt, ["Kinh phí gia cố các điểm sạt lở bờ biển vượt khả năng cân đối của ngân sách xã."],
      ["Đề nghị Sở Nông nghiệp và Môi trường hỗ trợ kinh phí xử lý sạt lở bờ biển khu vực Hồ Tràm."],
      "Võ Thành Nhân", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
      ["Nơi nhận:", "- Ban Chỉ huy PTDS Thành phố;", "- Sở Khoa học và Công nghệ;", "- Lưu: VT."])
key(f, "26620", "Xã Hồ Tràm", "176/BC-UBND", "2026-10-20", None, [], [],
    rejected="Báo cáo về phòng, chống thiên tai và tìm kiếm cứu nạn, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW")

# ---------- H5 Ngọc: Sở Giáo dục và Đào tạo
E = [
    dict(task="II.1.a", status="completed", ind={"communications": 6}, text="Đăng 06 tin, bài trên Cổng thông tin điện tử ngành giáo dục."),
    dict(task="II.2.đ", status="completed", ind={}, text="Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015; đã đánh giá nội bộ."),
    dict(task="II.2.e", status="completed", ind={"standards_reviewed": 2}, text="Góp ý 02 dự thảo QCVN về thiết bị dạy học, đồ chơi trẻ em."),
    dict(task="II.3.d", status="in_progress", ind={"training_courses": 3, "participants": 420}, text="03 buổi tập huấn cho 420 học sinh, sinh viên."),
    dict(task="II.6.b", status="not_applicable", ind={}, text="Không phát sinh."),
]
res = {
    "II.1.a": ("100%", "Phổ biến văn bản QPPL về tiêu chuẩn, đo lường, chất lượng đến các cơ sở giáo dục; đăng 06 tin, bài trên Cổng thông tin điện tử ngành giáo dục."),
    "II.2.đ": ("100%", "Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015 tại cơ quan Sở; đã tổ chức đánh giá nội bộ tháng 7/2026."),
    "II.2.e": ("100%", "Góp ý 02 dự thảo QCVN về thiết bị dạy học tối thiểu và đồ chơi trẻ em theo đề nghị của Bộ Khoa học và Công nghệ."),
    "II.3.d": ("70%", "Phối hợp Chi cục TĐC tổ chức 03 buổi tập huấn về mã số mã vạch, truy xuất nguồn gốc cho 420 học sinh, sinh viên các trường trung cấp; dự kiến tổ chức thêm trong tháng 11."),
    "II.6.b": ("KPS", "Không phát sinh."),
}
D = ["Chương trình đào tạo của các trường trung cấp chưa có nội dung chính khóa về tiêu chuẩn, đo lường, chất lượng."]
P = ["Đề nghị Chi cục TĐC biên soạn tài liệu ngắn gọn về mã số mã vạch dùng cho học sinh, sinh viên.",
     "Đề nghị bố trí kinh phí tập huấn năm 2027 từ nguồn kinh phí của Kế hoạch."]
f = "SoGDDT_BC_thuc_hien_KH_CT38.docx"
hand5(f, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"], "3562/BC-SGDĐT", "Thành phố Hồ Chí Minh", "2026-10-30",
      "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
      ["Theo đề nghị của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Giáo dục và Đào tạo báo cáo như sau (các nội dung không thuộc chức năng của Sở để trống):"],
      full_groups(res), D, P, "Trần Quốc Hưng", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
      ["Nơi nhận:", "- Sở KH&CN;", "- Chi cục TĐC;", "- Lưu: VT, KHTC."])
key(f, "SO-GDDT", "Sở Giáo dục và Đào tạo", "3562/BC-SGDĐT", "2026-10-30", E, D, P)

# ---------- H5 Ngọc: Sở Nội vụ
E = [
    dict(task="II.2.đ", status="in_progress", ind={"inspections": 4, "establishments_inspected": 12}, text="04 đoàn kiểm tra việc áp dụng HTQLCL tại 12 cơ quan hành chính."),
    dict(task="II.3.a", status="completed", ind={"training_courses": 1, "participants": 85}, text="01 lớp bồi dưỡng về ISO cho 85 công chức."),
    dict(task="II.3.c", status="in_progress", ind={}, text="Thẩm định hồ sơ 02 chuyên gia."),
    dict(task="II.5.d", status="not_applicable", ind={}, text="Không phát sinh."),
    dict(task="II.6.b", status="not_started", ind={}, text="Chưa triển khai do chưa có yêu cầu."),
]
res = {
    "II.2.đ": ("80%", "Phối hợp Chi cục TĐC thành lập 04 đoàn kiểm tra việc áp dụng, duy trì HTQLCL theo TCVN ISO 9001:2015 tại 12 cơ quan hành chính; còn 02 đoàn kiểm tra trong tháng 11/2026."),
    "II.3.a": ("100%", "Phối hợp mở 01 lớp bồi dưỡng về áp dụng ISO trong cơ quan hành chính cho 85 công chức các sở, ngành, phường, xã."),
    "II.3.c": ("50%", "Tiếp nhận, thẩm định hồ sơ 02 chuyên gia lĩnh vực đo lường theo Quyết định số 05/2026/QĐ-UBND; đang trình Hội đồng xem xét."),
    "II.5.d": ("KPS", "Không phát sinh."),
    "II.6.b": ("0%", "Chưa triển khai do chưa có yêu cầu về nâng cao năng suất khu vực công."),
}
D = ["Một số cơ quan sau sắp xếp chưa kịp cập nhật hệ thống quản lý chất lượng theo chức năng, nhiệm vụ mới."]
P = ["Đề nghị Sở Khoa học và Công nghệ sớm ban hành danh sách tổ chức tư vấn, chuyên gia tư vấn ISO đủ điều kiện năm 2027."]
f = "SNV_BC_CT38_2026.docx"
hand5(f, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ NỘI VỤ"], "1904/BC-SNV", "Thành phố Hồ Chí Minh", "2026-11-06",
      "Kết quả thực hiện các nhiệm vụ được phân công tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
      ["Sở Nội vụ báo cáo kết quả thực hiện các nội dung liên quan tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ như sau:"],
      full_groups(res), D, P, "Đỗ Thị Bích Vân", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
      ["Nơi nhận:", "- Sở Khoa học và Công nghệ;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, CCHC."])
key(f, "SO-NV", "Sở Nội vụ", "1904/BC-SNV", "2026-11-06", E, D, P)

# ---------- H2 Tâm: Sở Công Thương
def trow(code, result, pct, note, text=None):
    t = TASKMAP[code]
    return (t[1], text or t[2], t[3], t[4], t[5], result, pct, note)
E = [
    dict(task="II.1.a", status="completed", ind={"training_courses": 1, "participants": 110}, text="Phối hợp tổ chức 01 tọa đàm với doanh nghiệp nhập khẩu, 110 đại biểu."),
    dict(task="II.2.a", status="in_progress", ind={"enterprises_supported": 18}, text="Hướng dẫn 18 doanh nghiệp áp dụng truy xuất nguồn gốc."),
    dict(task="II.2.đ", status="completed", ind={}, text="Duy trì HTQLCL ISO 9001:2015 tại cơ quan Sở."),
    dict(task="II.2.e", status="completed", ind={"standards_reviewed": 3}, text="Góp ý 03 dự thảo QCVN (xăng dầu, khí)."),
    dict(task="II.5.a", status="in_progress", ind={"inspections": 9, "establishments_inspected": 64, "violations": 5, "fines_vnd": 87500000},
         text="09 cuộc, 64 cơ sở, 05 cơ sở vi phạm, xử phạt 87,5 triệu đồng."),
    dict(task="II.5.b", status="completed", ind={"samples_tested": 24}, text="Lấy 24 mẫu xăng dầu khảo sát chất lượng."),
    dict(task="II.6.a", status="not_applicable", ind={}, text="KPS"),
]
G = [
    ("1. Tuyên truyền, nâng cao nhận thức về tiêu chuẩn, đo lường, chất lượng", [
        trow("II.1.a", "Phối hợp Chi cục TĐC tổ chức 01 tọa đàm với doanh nghiệp nhập khẩu hàng công nghiệp, có 110 đại biểu tham dự.", 1, "Tháng 5/2026"),
        trow("II.1.b", None, None, None)]),
    ("2. Tổ chức triển khai công tác quản lý nhà nước về TĐC", [
        trow("II.2.a", "Hướng dẫn 18 doanh nghiệp tham gia Chương trình Tự hào hàng Việt áp dụng giải pháp truy xuất nguồn gốc hàng hóa.", 0.6, "Số liệu Phòng QLTM"),
        trow("II.2.d", None, None, None),
        trow("II.2.đ", "Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015 tại cơ quan Sở; đã đánh giá nội bộ, xem xét của lãnh đạo.", 1, "Văn phòng Sở"),
        trow("II.2.e", "Góp ý 03 dự thảo QCVN về xăng dầu, khí dầu mỏ hóa lỏng theo đề nghị của Bộ Công Thương.", 1, "Phòng QLNL")]),
    ("5. Tăng cường công tác kiểm tra, giám sát", [
        trow("II.5.a", "Phối hợp kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng: 09 cuộc, 64 cơ sở; 05 cơ sở vi phạm; xử phạt 87,5 triệu đồng.", 0.8, "Số liệu đến 20/10/2026"),
        trow("II.5.b", "Lấy 24 mẫu xăng dầu tại các cửa hàng để khảo sát chất lượng; 02 mẫu không đạt đã chuyển Chi cục xử lý.", 1, "Phòng Kỹ thuật an toàn")]),
    ("6. Trao đổi thông tin, hợp tác", [
        trow("II.6.a", "Trong kỳ không phát sinh điều ước, thỏa thuận mới thuộc lĩnh vực của Sở.", "KPS", ""),
        trow("II.6.b", None, None, None)]),
]
D = ["Lực lượng quản lý thị trường đã chuyển về Bộ Công Thương nên việc phối hợp kiểm tra xăng dầu phải chờ kế hoạch chung.",
     "Chi phí thử nghiệm mẫu khí dầu mỏ hóa lỏng cao, chưa có dự toán riêng."]
P = ["Đề nghị Chi cục TĐC chia sẻ kết quả khảo sát chất lượng xăng dầu hằng quý để Sở Công Thương theo dõi.",
     "Đề nghị bố trí kinh phí lấy mẫu khí dầu mỏ hóa lỏng năm 2027."]
f = "SCT_BC_KH38_T10-2026.xlsx"
hand2(f, "SỞ CÔNG THƯƠNG", "2718/BC-SCT", "2026-10-31",
      "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (phần Sở Công Thương phối hợp)",
      G, D, P, "Huỳnh Văn Lộc", "KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC")
key(f, "SO-CT", "Sở Công Thương", "2718/BC-SCT", "2026-10-31", E, D, P)

# ---------- H2 Tâm: Sở Nông nghiệp và Môi trường
E = [
    dict(task="II.2.a", status="in_progress", ind={"enterprises_supported": 32}, text="Hỗ trợ 32 cơ sở áp dụng truy xuất nguồn gốc nông sản."),
    dict(task="II.2.d", status="not_started", ind={}, text="Chưa triển khai do chưa bố trí kinh phí."),
    dict(task="II.2.e", status="in_progress", ind={"standards_reviewed": 6}, text="Góp ý 06 dự thảo (05 TCVN/QCVN, 01 QCĐP)."),
    dict(task="II.3.b", status="completed", ind={"training_courses": 2, "participants": 150}, text="02 lớp tập huấn năng suất, chất lượng cho 150 học viên."),
    dict(task="II.5.a", status="in_progress", ind={"inspections": 14, "establishments_inspected": 126, "violations": 11, "fines_vnd": 152000000},
         text="14 cuộc, 126 cơ sở, 11 vi phạm, 152.000.000 đồng."),
    dict(task="II.5.b", status="completed", ind={"samples_tested": 58}, text="Lấy 58 mẫu phân bón, thức ăn chăn nuôi."),
]
G = [
    ("II. Tổ chức triển khai công tác quản lý nhà nước về TĐC", [
        trow("II.2.a", "Hỗ trợ 32 cơ sở, hợp tác xã sản xuất nông sản chủ lực áp dụng truy xuất nguồn gốc trên hệ thống của Thành phố.", 0.7, "Chi cục Trồng trọt và BVTV"),
        trow("II.2.d", "Chưa triển khai hỗ trợ doanh nghiệp nông nghiệp áp dụng hệ thống quản lý tiên tiến do chưa bố trí kinh phí.", 0, ""),
        trow("II.2.e", "Góp ý 06 dự thảo (05 dự thảo TCVN/QCVN lĩnh vực nông nghiệp, 01 dự thảo quy chuẩn kỹ thuật địa phương về chất lượng nước sạch).", 0.5, "QCĐP đang lấy ý kiến")]),
    ("III. Xây dựng, đào tạo nguồn nhân lực", [
        trow("II.3.b", "Tổ chức 02 lớp tập huấn về năng suất, chất lượng cho 150 học viên là cán bộ quản lý hợp tác xã nông nghiệp.", 1, "Quý II, III"),
        trow("II.3.d", None, None, None)]),
    ("V. Tăng cường công tác kiểm tra, giám sát", [
        trow("II.5.a", "Kiểm tra chất lượng vật tư nông nghiệp (phân bón, thuốc BVTV, thức ăn chăn nuôi): 14 cuộc, 126 cơ sở; 11 cơ sở vi phạm; phạt tiền 152.000.000 đồng.", 0.85, "Thanh tra Sở cung cấp"),
        trow("II.5.b", "Lấy 58 mẫu phân bón, thức ăn chăn nuôi để kiểm tra, khảo sát chất lượng.", 1, ""),
        trow("II.5.c", None, None, None)]),
]
D = ["Dự thảo quy chuẩn kỹ thuật địa phương về nước sạch còn nhiều ý kiến khác nhau về chỉ tiêu, chưa thống nhất được."]
P = ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí xây dựng quy chuẩn kỹ thuật địa phương năm 2027.",
     "Đề nghị Chi cục TĐC phối hợp tập huấn truy xuất nguồn gốc cho các hợp tác xã."]
f = "SoNNMT-BaoCao-CT38-2026.xlsx"
hand2(f, "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "1345/BC-SNNMT", "2026-11-10",
      "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
      G, D, P, "Nguyễn Thanh Bình", "KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC", sheet="Bao cao")
key(f, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "1345/BC-SNNMT", "2026-11-10", E, D, P)

# ---------- H2 Tâm: Sở Xây dựng — MISTAKEN (cải cách hành chính)
G = [
    ("1. Cải cách thể chế", [
        ("1", "Rà soát, đề xuất bãi bỏ văn bản QPPL không còn phù hợp", "Phòng Pháp chế", "Các phòng", "Quý II/2026", "Rà soát 46 văn bản, đề xuất bãi bỏ 03 văn bản.", 1, "")]),
    ("2. Cải cách thủ tục hành chính", [
        ("2", "Cắt giảm, đơn giản hóa TTHC lĩnh vực xây dựng", "Văn phòng Sở", "Các phòng", "Quý III/2026", "Đề xuất đơn giản hóa 12 TTHC; tỷ lệ hồ sơ đúng hạn 98,6%.", 0.9, ""),
        ("3", "Số hóa hồ sơ, kết quả giải quyết TTHC", "Văn phòng Sở", "TT CNTT", "Thường xuyên", "Số hóa 18.250 hồ sơ cấp phép xây dựng.", 0.75, "")]),
    ("3. Cải cách tổ chức bộ máy", [
        ("4", "Sắp xếp các phòng chuyên môn sau hợp nhất", "Văn phòng Sở", "", "Quý I/2026", "Đã hoàn thành, giảm 04 phòng.", 1, "")]),
]
f = "SXD_BC_CCHC_2026.xlsx"
hand2(f, "SỞ XÂY DỰNG", "9821/BC-SXD", "2026-10-28",
      "Kết quả thực hiện Kế hoạch cải cách hành chính năm 2026",
      G, ["Khối lượng hồ sơ tồn đọng lớn do hợp nhất dữ liệu của ba địa phương."],
      ["Đề nghị Sở Nội vụ hướng dẫn chấm điểm chỉ số cải cách hành chính sau sắp xếp."],
      "Lâm Quang Vinh", "KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC", sheet="CCHC")
key(f, "SO-XD", "Sở Xây dựng", "9821/BC-SXD", "2026-10-28", None, [], [],
    rejected="Báo cáo kết quả cải cách hành chính, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW")

# ---------- H3 Hạnh: Chi cục TĐC
E = [
    dict(task="II.1.a", status="completed", ind={"training_courses": 5, "participants": 386}, text="05 lớp (04 lớp tập huấn, 01 tọa đàm); 386 lượt học viên."),
    dict(task="II.1.b", status="completed", ind={"enterprises_supported": 11}, text="Hướng dẫn 11 doanh nghiệp đăng ký tham dự GTCLQG."),
    dict(task="II.2.a", status="in_progress", ind={"enterprises_supported": 26, "budget_spent_vnd": 145300000}, text="Hỗ trợ 26 doanh nghiệp; giải ngân 145,3 triệu đồng."),
    dict(task="II.2.e", status="in_progress", ind={"standards_reviewed": 14}, text="Góp ý 14 dự thảo TCVN, QCVN."),
    dict(task="II.2.đ", status="in_progress", ind={}, text="Hướng dẫn các cơ quan hành chính duy trì, cải tiến HTQLCL."),
    dict(task="II.3.a", status="completed", ind={"training_courses": 2, "participants": 248}, text="02 lớp cho công chức phường, xã; 248 học viên."),
    dict(task="II.4.b", status="completed", ind={"instruments_verified": 46}, text="Kiểm định, hiệu chuẩn 46 phương tiện, thiết bị kỹ thuật nghiệp vụ."),
    dict(task="II.5.a", status="in_progress", ind={"inspections": 18, "establishments_inspected": 142, "violations": 21, "fines_vnd": 318250000},
         text="18 cuộc; 142 cơ sở; 21 vi phạm; 318,25 triệu đồng."),
    dict(task="II.5.b", status="in_progress", ind={"samples_tested": 120}, text="Khảo sát 120 mẫu."),
    dict(task="II.6.a", status="completed", ind={}, text="Cập nhật, thông báo các thỏa thuận quốc tế."),
]
rows = {
    "II.1.a": (["+ Số lớp tập huấn VBQPPL, tọa đàm: 05 (04 lớp tập huấn, 01 tọa đàm với doanh nghiệp nhập khẩu)", "+ Số học viên: 386 lượt"], "completed"),
    "II.1.b": (["+ Hướng dẫn 11 doanh nghiệp đăng ký tham dự Giải thưởng Chất lượng Quốc gia năm 2026"], "completed"),
    "II.2.a": (["+ Hỗ trợ 26 doanh nghiệp áp dụng công cụ cải tiến năng suất, truy xuất nguồn gốc", "+ Kinh phí đã giải ngân: 145,3 triệu đồng"], "in_progress"),
    "II.2.đ": (["+ Hướng dẫn các cơ quan hành chính duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015; tiếp nhận thông báo công bố của các đơn vị"], "in_progress"),
    "II.2.e": (["+ Góp ý 14 dự thảo TCVN, QCVN theo đề nghị của Bộ KH&CN và các Bộ"], "in_progress"),
    "II.3.a": (["+ Tổ chức 02 lớp tập huấn nghiệp vụ cho công chức phường, xã, đặc khu", "+ Số học viên: 248"], "completed"),
    "II.4.b": (["+ Kiểm định, hiệu chuẩn 46 phương tiện, thiết bị kỹ thuật nghiệp vụ (cân, quả cân, thiết bị đo xăng dầu)"], "completed"),
    "II.5.a": (["+ Số cuộc kiểm tra: 18", "+ Số cơ sở được kiểm tra: 142", "+ Số cơ sở vi phạm: 21", "+ Tiền phạt: 318,25 triệu đồng"], "in_progress"),
    "II.5.b": (["+ Khảo sát 120 mẫu (mũ bảo hiểm, đồ chơi trẻ em, xăng dầu)"], "in_progress"),
    "II.6.a": (["+ Cập nhật, thông báo đến doanh nghiệp các thỏa thuận quốc tế (TBT) có liên quan"], "completed"),
}
extra = [("Hội nghị sơ kết 6 tháng công tác của Chi cục", "Tháng 7/2026", ["+ Tổ chức 01 hội nghị nội bộ"], "completed"),
         ("Tiếp nhận hồ sơ thủ tục hành chính qua bộ phận một cửa", "Thường xuyên", ["+ Tiếp nhận 1.248 hồ sơ"], "in_progress")]
D = ["Số lượng công chức làm công tác kiểm tra ít so với số lượng cơ sở sản xuất, kinh doanh trên địa bàn Thành phố sau hợp nhất.",
     "Kinh phí lấy mẫu khảo sát chất lượng chưa đáp ứng yêu cầu."]
P = ["Đề nghị Sở bổ sung kinh phí khảo sát chất lượng sản phẩm, hàng hóa năm 2027.",
     "Đề nghị các phường, xã cử đầu mối phụ trách công tác tiêu chuẩn, đo lường, chất lượng để phối hợp."]
f = "ChiCucTDC_BC_CT38_2026.docx"
hand3(f, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "512/BC-TĐC", "2026-10-28",
      ["Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Chi cục Tiêu chuẩn Đo lường Chất lượng báo cáo kết quả thực hiện các nhiệm vụ trọng tâm theo bảng sau:"],
      rows, extra, D, P, "Nguyễn Minh Trí", ["CHI CỤC TRƯỞNG"], ["Nơi nhận:", "- Giám đốc Sở (để b/c);", "- Lưu: VT, HC."])
key(f, "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "512/BC-TĐC", "2026-10-28", E, D, P)

# ---------- H3 Hạnh: Phòng Kiểm tra – Pháp chế
E = [
    dict(task="II.2.c", status="completed", ind={}, text="Góp ý 02 dự thảo Nghị định sửa đổi."),
    dict(task="II.4.b", status="in_progress", ind={}, text="Rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ."),
    dict(task="II.5.a", status="in_progress", ind={"inspections": 6, "establishments_inspected": 47, "violations": 9, "fines_vnd": 126500000},
         text="Tham gia 06 cuộc, 47 cơ sở; 09 quyết định xử phạt, 126,5 triệu đồng."),
    dict(task="II.5.c", status="completed", ind={"training_courses": 1, "participants": 120}, text="01 hội nghị hướng dẫn cho 120 công chức phường, xã."),
    dict(task="II.5.d", status="completed", ind={}, text="Tiếp nhận, xử lý 03 đơn phản ánh, tố giác."),
]
rows = {
    "II.2.c": (["+ Góp ý 02 dự thảo Nghị định sửa đổi Nghị định 119/2017/NĐ-CP và Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa"], "completed"),
    "II.4.b": (["+ Rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP; đề xuất bổ sung thiết bị"], "in_progress"),
    "II.5.a": (["+ Tham gia 06 cuộc kiểm tra liên ngành với Chi cục TĐC tại 47 cơ sở", "+ Tham mưu ban hành 09 quyết định xử phạt đối với 09 cơ sở vi phạm", "+ Tổng tiền phạt: 126,5 triệu đồng"], "in_progress"),
    "II.5.c": (["+ Tổ chức 01 hội nghị hướng dẫn thực hiện nội dung phân quyền cho 120 công chức phường, xã, đặc khu"], "completed"),
    "II.5.d": (["+ Tiếp nhận, xử lý 03 đơn phản ánh, tố giác; bảo mật thông tin người tố giác theo quy định"], "completed"),
}
D = ["Một số quy định về phân quyền cho cấp xã chưa có hướng dẫn thống nhất của Bộ Khoa học và Công nghệ."]
P = ["Đề nghị Sở kiến nghị Bộ Khoa học và Công nghệ sớm ban hành hướng dẫn về thẩm quyền xử phạt của Chủ tịch UBND cấp xã."]
f = "P.KTPC_bc_ct38.docx"
hand3(f, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ", "45/BC-KTPC", "2026-10-26",
      ["Phòng Kiểm tra – Pháp chế báo cáo kết quả thực hiện các nhiệm vụ được phân công phối hợp tại Kế hoạch như sau:"],
      rows, [], D, P, "Phan Thị Hồng Nhung", ["TRƯỞNG PHÒNG"], ["Nơi nhận:", "- Chi cục TĐC (để tổng hợp);", "- Lưu: KTPC."])
key(f, "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "45/BC-KTPC", "2026-10-26", E, D, P)

# ---------- H3 Hạnh: Trung tâm Dịch vụ Phân tích thí nghiệm
E = [
    dict(task="II.2.g", status="in_progress", ind={"instruments_verified": 15420, "samples_tested": 3860}, text="Kiểm định, hiệu chuẩn 15.420 phương tiện đo; thử nghiệm 3.860 mẫu."),
    dict(task="II.3.d", status="completed", ind={"participants": 24}, text="Hướng dẫn thực tập cho 24 sinh viên."),
    dict(task="II.4.a", status="in_progress", ind={"budget_spent_vnd": 4200000000}, text="Đầu tư 07 thiết bị; đã giải ngân 4,2 tỷ đồng."),
    dict(task="II.4.c", status="completed", ind={"instruments_verified": 9}, text="Hiệu chuẩn 09 chuẩn chính tại Viện Đo lường Việt Nam."),
]
rows = {
    "II.2.g": (["+ Mở rộng 12 phép thử mới được công nhận", "+ Kiểm định, hiệu chuẩn: 15.420 phương tiện đo", "+ Thử nghiệm: 3.860 mẫu"], "in_progress"),
    "II.3.d": (["+ Hướng dẫn thực tập về đo lường, thử nghiệm cho 24 sinh viên các trường đại học, cao đẳng"], "completed"),
    "II.4.a": (["+ Đầu tư 07 thiết bị thử nghiệm (sắc ký, quang phổ, tủ môi trường)", "+ Kinh phí đã giải ngân: 4,2 tỷ đồng"], "in_progress"),
    "II.4.c": (["+ Duy trì liên kết chuẩn: hiệu chuẩn 09 chuẩn chính tại Viện Đo lường Việt Nam"], "completed"),
}
extra = [("Tham gia chương trình thử nghiệm thành thạo (PT) trong và ngoài nước", "Cả năm", ["+ Tham gia 06 chương trình, kết quả đạt"], "completed")]
D = ["Thủ tục mua sắm thiết bị kéo dài, một số gói thầu phải tổ chức lại.",
     "Thiếu nhân lực có trình độ cao vận hành thiết bị mới."]
P = ["Đề nghị Sở ưu tiên bố trí vốn đầu tư trang thiết bị năm 2027 cho Trung tâm."]
f = "TTPTTN-BaoCaoCT38-2026.docx"
hand3(f, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "630/BC-TTPTTN", "2026-10-27",
      ["Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo kết quả thực hiện Kế hoạch như sau:"],
      rows, extra, D, P, "Lê Văn Toàn", ["GIÁM ĐỐC"], ["Nơi nhận:", "- Sở KH&CN;", "- Chi cục TĐC;", "- Lưu: VT."])
key(f, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "630/BC-TTPTTN", "2026-10-27", E, D, P)

# ---------- H4 Phúc: Văn phòng Sở
E = [
    dict(task="II.1.a", status="in_progress", ind={"communications": 12}, text="Đăng 12 tin bài trên Cổng TTĐT của Sở."),
    dict(task="II.2.h", status="completed", ind={}, text="Phối hợp kết nối hệ thống một cửa."),
    dict(task="II.2.đ", status="completed", ind={}, text="Duy trì HTQLCL ISO 9001:2015 tại Sở; đánh giá nội bộ."),
    dict(task="II.4.a", status="in_progress", ind={"budget_spent_vnd": 1850000000}, text="Đã giải ngân 1.850.000.000 đồng kinh phí mua sắm trang thiết bị."),
    dict(task="II.5.d", status="not_applicable", ind={}, text="Không phát sinh."),
]
rows = {
    "II.1.a": ("Đăng 12 tin bài về hoạt động tiêu chuẩn, đo lường, chất lượng trên Cổng TTĐT của Sở", "in_progress", "đến 25/10"),
    "II.2.đ": ("Duy trì HTQLCL ISO 9001:2015 tại Sở; đã đánh giá nội bộ tại 14 phòng, đơn vị", "completed", ""),
    "II.2.h": ("Phối hợp Chi cục, Phòng CĐS kết nối hệ thống một cửa với Cổng thông tin một cửa quốc gia", "completed", "xong T3"),
    "II.4.a": ("Thẩm định dự toán mua sắm; đã giải ngân 1.850.000.000 đồng kinh phí mua sắm trang thiết bị cho Trung tâm", "in_progress", ""),
    "II.5.d": ("Không phát sinh đơn thư tố giác", "not_applicable", ""),
}
extra = [("Tổ chức Hội nghị cán bộ, công chức, viên chức năm 2026", "Đã tổ chức tháng 1/2026", "completed")]
D = ["Văn phòng Sở kiêm nhiệm nhiều đầu mối, chưa có cán bộ theo dõi riêng kế hoạch này."]
P = ["Đề nghị Chi cục TĐC gửi trước danh mục tin bài cần đăng để Văn phòng chủ động bố trí."]
f = "VPSo_TheoDoi_KH38.xlsx"
hand4(f, "VĂN PHÒNG SỞ", "Số: 88/BC-VP", "2026-10-29", rows, extra, D, P, "Bùi Thanh Tùng", "CHÁNH VĂN PHÒNG")
key(f, "SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ", "88/BC-VP", "2026-10-29", E, D, P)

# ---------- H4 Phúc: Phòng Chuyển đổi số
E = [
    dict(task="II.2.a", status="in_progress", ind={"enterprises_supported": 8}, text="Hỗ trợ kỹ thuật nền tảng truy xuất nguồn gốc cho 08 doanh nghiệp."),
    dict(task="II.2.h", status="completed", ind={}, text="Hoàn thành kết nối liên thông với Cổng một cửa quốc gia."),
    dict(task="II.2.i", status="in_progress", ind={"budget_spent_vnd": 320000000}, text="Kết nối CSDL quốc gia về TĐC; giải ngân 320 triệu đồng."),
    dict(task="II.3.a", status="completed", ind={"participants": 2}, text="Cử 02 công chức dự tập huấn."),
]
rows = {
    "II.2.a": ("Hỗ trợ kỹ thuật nền tảng truy xuất nguồn gốc cho 08 doanh nghiệp", "in_progress", ""),
    "II.2.h": ("Hoàn thành kết nối liên thông hệ thống giải quyết TTHC với Cổng một cửa quốc gia", "completed", "T3/2026"),
    "II.2.i": ("Đang kết nối, đồng bộ dữ liệu với CSDL quốc gia về TĐC; kinh phí đã giải ngân 320 triệu đồng", "in_progress", ""),
    "II.3.a": ("Cử 02 công chức dự tập huấn về CSDL đo lường", "completed", ""),
}
extra = [("Triển khai chữ ký số cho công chức, viên chức", "Cấp 45 chứng thư số", "completed")]
D = ["API của CSDL quốc gia về TĐC thay đổi nhiều lần, phải điều chỉnh lại phần mềm kết nối."]
P = ["Đề nghị Chi cục TĐC làm đầu mối liên hệ với Trung tâm Thông tin của Ủy ban TĐC Quốc gia về tài liệu kết nối."]
f = "PCDS-KH38-tiendo.xlsx"
hand4(f, "PHÒNG CHUYỂN ĐỔI SỐ", "Số:       /BC-CĐS", "2026-10-30", rows, extra, D, P, "Vũ Hoàng Long", "TRƯỞNG PHÒNG", sheet="TienDo")
key(f, "SKHCN-CDS", "Phòng Chuyển đổi số", None, "2026-10-30", E, D, P)

# ---------- H4 Phúc: Phòng Quản lý Khoa học (re-saved via LibreOffice)
E = [
    dict(task="II.2.a", status="in_progress", ind={"budget_spent_vnd": 640000000}, text="02 nhiệm vụ KH&CN; tổng kinh phí 1,2 tỷ đồng, đã giải ngân 640 triệu đồng."),
    dict(task="II.2.c", status="not_applicable", ind={}, text="Không phát sinh."),
    dict(task="II.3.b", status="not_started", ind={}, text="Chưa tổ chức, chờ Chi cục xây dựng chương trình."),
    dict(task="II.3.c", status="in_progress", ind={}, text="Thẩm định hồ sơ 03 chuyên gia; trình thu hút 01 chuyên gia đo lường."),
    dict(task="II.6.b", status="completed", ind={"training_courses": 1, "participants": 95}, text="01 hội thảo năng suất khu vực công, 95 đại biểu."),
]
rows = {
    "II.2.a": ("Phê duyệt 02 nhiệm vụ KH&CN về nâng cao năng suất, chất lượng; tổng kinh phí 1,2 tỷ đồng, đã giải ngân 640 triệu đồng", "in_progress", ""),
    "II.2.c": ("Không phát sinh", "not_applicable", ""),
    "II.3.b": ("Chưa tổ chức, chờ Chi cục xây dựng chương trình", "not_started", ""),
    "II.3.c": ("Tiếp nhận, thẩm định hồ sơ 03 chuyên gia; trình thu hút 01 chuyên gia lĩnh vực đo lường theo QĐ 05/2026/QĐ-UBND", "in_progress", "chủ trì"),
    "II.6.b": ("Phối hợp APO tổ chức 01 hội thảo về năng suất khu vực công, 95 đại biểu tham dự", "completed", "T8/2026"),
}
extra = [("Xét duyệt đề tài cấp cơ sở đợt 2", "Đã họp 03 hội đồng", "completed")]
D = ["Hồ sơ đề nghị thu hút chuyên gia chưa đầy đủ minh chứng, phải bổ sung nhiều lần."]
P = ["Đề nghị Sở Nội vụ hướng dẫn cụ thể tiêu chí chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng."]
f = "QLKH_KH38_2026.xlsx"
hand4(f, "PHÒNG QUẢN LÝ KHOA HỌC", "Số: 21/BC-QLKH", "2026-10-30", rows, extra, D, P, "Đặng Thị Mai Anh", "TRƯỞNG PHÒNG")
key(f, "SKHCN-QLKH", "Phòng Quản lý Khoa học", "21/BC-QLKH", "2026-10-30", E, D, P)

# ---------------------------------------------------------------- LibreOffice re-save
def lo_resave(fname, fmt):
    tmp = os.path.join(OUT, "_lo"); os.makedirs(tmp, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", tmp, os.path.join(OUT, fname)],
                   check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, fname), os.path.join(OUT, fname))
    shutil.rmtree(tmp)

lo_resave("BinhTay_bc38_2026.docx", "docx")
lo_resave("QLKH_KH38_2026.xlsx", "xlsx")

for k in KEYS:
    k["sha256"] = sha(os.path.join(OUT, k["file"]))
    order = ["file", "sha256", "status", "reason", "unit", "document", "entries", "findings", "difficulties", "proposals"]
    with open(os.path.join(TRUTH, k["file"] + ".json"), "w", encoding="utf-8") as fh:
        json.dump({o: k[o] for o in order}, fh, ensure_ascii=False, indent=2)
print(len(KEYS), "files")
