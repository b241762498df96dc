# -*- coding: utf-8 -*-
"""Generator for set163: 17 reports in 5 hands + answer keys.
Run: python3 gen.py   (then check.py)"""
import hashlib, json, os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
                       unit={"id": unit_id, "name": unit_name},
                       document={"number": number, "date": date},
                       entries=[dict(task=t, status=s, indicators=i, text=x) for (t, s, i, x) in entries],
                       findings=[], difficulties=diffs, proposals=props)


# ------------------------------------------------------------------ docx helpers
def new_doc(font="Times New Roman", size=13, landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    if landscape:
        sec.page_height, sec.page_width = Cm(21.0), Cm(29.7)
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return d


def para(d, text="", bold=False, italic=False, align=None, size=None, indent=True, underline=False, space_after=4):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j" or align is None: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align is None:
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(d, parts, indent=True, align="j"):
    """parts: list of (text, style) where style in '', 'b', 'i', 'bi', 'u'"""
    p = d.add_paragraph()
    for t, s in parts:
        r = p.add_run(t)
        r.bold = "b" in s; r.italic = "i" in s; r.underline = "u" in s
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if align == "j" else WD_ALIGN_PARAGRAPH.LEFT
    if indent: p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(4)
    return p


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)


def cell_text(cell, text, bold=False, italic=False, align="l", size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i: p = cell.add_paragraph()
        r = p.add_run(ln); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER,
                       "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcolor)
    tcPr.append(s)


def header_block(d, left_top, left_unit, number, place_date, size=13):
    t = d.add_table(rows=3, cols=2)
    no_borders(t)
    cell_text(t.cell(0, 0), left_top, align="c", size=size)
    cell_text(t.cell(1, 0), left_unit, bold=True, align="c", size=size)
    cell_text(t.cell(2, 0), "Số: " + number, align="c", size=size)
    cell_text(t.cell(0, 1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align="c", size=size - 1)
    cell_text(t.cell(1, 1), "Độc lập - Tự do - Hạnh phúc", bold=True, align="c", size=size)
    cell_text(t.cell(2, 1), place_date, italic=True, align="c", size=size)
    para(d, "")


def sign_block(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    cell_text(t.cell(0, 0), "\n".join(left_lines), size=11)
    cell_text(t.cell(0, 1), "\n".join(right_lines), bold=True, align="c")


def set_col_widths(table, widths):
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


# ------------------------------------------------------------------ xlsx helpers
thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
TNR = "Times New Roman"


def xcell(ws, ref, val, bold=False, italic=False, border=False, wrap=True, align="left", size=12, fmt=None, fill=None):
    c = ws[ref]
    c.value = val
    c.font = Font(name=TNR, bold=bold, italic=italic, size=size)
    c.alignment = Alignment(wrap_text=wrap, vertical="center", horizontal=align)
    if border: c.border = BORDER
    if fmt: c.number_format = fmt
    if fill: c.fill = PatternFill("solid", fgColor=fill)
    return c


def table_rows(ws, start_row, rows, cols="ABCDEFGH", bold_first=False, fmts=None, aligns=None, fill_first=None):
    r = start_row
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            ref = f"{cols[j]}{r}"
            f = fmts[j] if fmts and isinstance(v, (int, float)) else None
            a = aligns[j] if aligns else ("center" if isinstance(v, (int, float)) else "left")
            xcell(ws, ref, v, bold=(bold_first and i == 0), border=True, fmt=f, align=a,
                  fill=(fill_first if (fill_first and i == 0) else None))
        r += 1
    return r


def lo_resave(path):
    """Re-save through LibreOffice as real offices do."""
    ext = os.path.splitext(path)[1][1:]
    tmp = tempfile.mkdtemp()
    filt = {"docx": "docx:MS Word 2007 XML", "xlsx": "xlsx:Calc MS Excel 2007 XML"}[ext]
    subprocess.run(["libreoffice", "-env:UserInstallation=file://" + tmp + "/prof", "--headless",
                    "--convert-to", filt, "--outdir", tmp, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    out = os.path.join(tmp, os.path.basename(path))
    shutil.move(out, path)
    shutil.rmtree(tmp, ignore_errors=True)


# ================================================================== HAND A
# Ngô Thị Thanh Hương: planning officer. The plan's groups relettered PHẦN A..F
# (A=1, B=2, C=3, D=4, E=5, F=6), own sub-items "A.1." etc., some items merging
# two plan tasks with "• Riêng phần …:" lines, each item closed by "Kết quả tổng quát: …".

def hand_a_item(d, code, title, body, riengs, tongquat):
    runs(d, [(code + " ", "b"), (title, "b")], indent=False)
    for b in body:
        para(d, b)
    for lab, txt in riengs:
        runs(d, [("• Riêng phần " + lab + ": ", "i"), (txt, "")])
    runs(d, [("Kết quả tổng quát: ", "bu"), (tongquat, "")])


def a1_cctdc():
    fn = "CCTDC_BC-ketqua-KH-CT38-den-20.10.2026.docx"
    d = new_doc()
    header_block(d, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CHI CỤC TIÊU CHUẨN\nĐO LƯỜNG CHẤT LƯỢNG", "1187/BC-CCTĐC",
                 "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026")
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\n(số liệu tính đến ngày 20/10/2026)", bold=True, align="c")
    para(d, "Kính gửi: Giám đốc Sở Khoa học và Công nghệ.", align="c")
    para(d, "Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư năm 2026 của Sở Khoa học và Công nghệ, Chi cục Tiêu chuẩn Đo lường Chất lượng báo cáo kết quả thực hiện các nội dung Chi cục được giao chủ trì như sau. Để thuận tiện theo dõi, các nhóm nhiệm vụ của Kế hoạch được Chi cục sắp xếp lại thành các Phần A, B, C, E; một số nội dung được tổ chức lồng ghép nên báo cáo gộp.")
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    para(d, "PHẦN A. CÔNG TÁC TUYÊN TRUYỀN, NÂNG CAO NHẬN THỨC", bold=True, indent=False)
    hand_a_item(d, "A.1.", "Tập huấn văn bản pháp luật và vận động tham gia Giải thưởng Chất lượng Quốc gia (Chi cục gộp chung do tổ chức lồng ghép trong cùng các lớp)",
                ["Trong kỳ, Chi cục đã tổ chức 05 buổi (gồm 04 lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng cho doanh nghiệp sản xuất, kinh doanh và 01 buổi Tọa đàm với doanh nghiệp nhập khẩu ngày 14/5/2026), thu hút tổng cộng 386 lượt đại biểu tham dự."],
                [("vận động Giải thưởng Chất lượng Quốc gia", "lồng ghép giới thiệu Giải thưởng tại các lớp nêu trên; đăng 03 tin, bài trên Trang thông tin điện tử của Chi cục; hướng dẫn trực tiếp 07 doanh nghiệp hoàn thiện hồ sơ tham dự Giải thưởng năm 2026.")],
                "phần tập huấn đã hoàn thành đủ số lớp theo kế hoạch; phần vận động Giải thưởng đã hoàn thành (hết hạn nhận hồ sơ ngày 30/6/2026).")
    para(d, "PHẦN B. QUẢN LÝ NHÀ NƯỚC VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG", bold=True, indent=False)
    hand_a_item(d, "B.1.", "Năng suất chất lượng, đo lường hỗ trợ doanh nghiệp và truy xuất nguồn gốc (Chương trình 1322, Đề án 996, Đề án 100)",
                ["Chi cục đã hỗ trợ 12 doanh nghiệp triển khai các giải pháp nâng cao năng suất, đo lường và truy xuất nguồn gốc; tổ chức 02 hội thảo chuyên đề với 145 lượt đại biểu; kinh phí đã giải ngân 128.450.000 đồng."],
                [], "đang tiếp tục thực hiện, dự kiến nghiệm thu các mô hình trong Quý IV/2026.")
    hand_a_item(d, "B.2.", "Giải thưởng Chất lượng Quốc gia năm 2026",
                ["Hội đồng sơ tuyển Thành phố đã họp, đánh giá 05 hồ sơ và chuyển kết quả về Hội đồng Quốc gia theo đúng lịch của Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia."],
                [], "đang thực hiện (đã xong vòng sơ tuyển, chờ kết quả xét chọn của Hội đồng Quốc gia).")
    hand_a_item(d, "B.3.", "Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý chất lượng tiên tiến, công bố hợp chuẩn, hợp quy",
                ["Chi cục đã hướng dẫn 23 doanh nghiệp xây dựng, áp dụng TCVN ISO 9001, ISO 22000; tiếp nhận, xử lý 41 hồ sơ công bố hợp quy đúng hạn."],
                [], "thực hiện thường xuyên, đang tiếp tục.")
    hand_a_item(d, "B.4.", "Xây dựng, góp ý tiêu chuẩn, quy chuẩn kỹ thuật",
                ["Chi cục đã góp ý 14 dự thảo TCVN và 05 dự thảo QCVN theo đề nghị của Bộ Khoa học và Công nghệ và các Bộ quản lý ngành, tổng cộng 19 dự thảo; đang rà soát nhu cầu xây dựng quy chuẩn kỹ thuật địa phương."],
                [], "đang thực hiện.")
    para(d, "PHẦN C. NGUỒN NHÂN LỰC", bold=True, indent=False)
    hand_a_item(d, "C.1.", "Bồi dưỡng nghiệp vụ cho công chức và cho viên chức, sinh viên các trường (gộp hai nội dung)",
                ["Chi cục đã tổ chức 03 lớp bồi dưỡng nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho công chức các Sở, ngành, UBND xã, phường, đặc khu với 412 lượt học viên."],
                [("dành cho viên chức, sinh viên", "phối hợp Trường Cao đẳng Kỹ thuật Cao Thắng và Trường Đại học Công nghiệp Thành phố tổ chức 02 buổi ngoại khóa về mã số, mã vạch, truy xuất nguồn gốc cho 530 sinh viên.")],
                "các lớp cho công chức đã hoàn thành theo kế hoạch; phần dành cho sinh viên đang thực hiện, còn 01 buổi trong Quý IV.")
    para(d, "PHẦN E. KIỂM TRA, GIÁM SÁT", bold=True, indent=False)
    hand_a_item(d, "E.1.", "Kiểm tra và khảo sát chất lượng sản phẩm, hàng hóa (gộp)",
                ["Chi cục đã tiến hành 09 cuộc kiểm tra tại 146 cơ sở sản xuất, kinh doanh; phát hiện 17 cơ sở vi phạm, ban hành quyết định xử phạt với tổng số tiền 84.750.000 đồng."],
                [("khảo sát chất lượng", "đã lấy 120 mẫu xăng dầu, mũ bảo hiểm, đồ chơi trẻ em để khảo sát; 08 mẫu không phù hợp, đã thông tin cho cơ quan chức năng.")],
                "kiểm tra và khảo sát là nội dung thường xuyên, đang tiếp tục thực hiện đến cuối năm.")
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    diffs = ["Số lượng công chức làm công tác tiêu chuẩn, đo lường, chất lượng tại các phường, xã sau sắp xếp còn mỏng, nhiều nơi kiêm nhiệm.",
             "Kinh phí khảo sát chất lượng năm 2026 chỉ đáp ứng khoảng 60% số mẫu theo nhu cầu."]
    for x in diffs: para(d, "- " + x)
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    props = ["Đề nghị Sở bổ sung kinh phí khảo sát chất lượng sản phẩm, hàng hóa năm 2027.",
             "Đề nghị Sở có văn bản đôn đốc UBND các phường, xã, đặc khu cử công chức đầu mối về tiêu chuẩn, đo lường, chất lượng."]
    for x in props: para(d, "- " + x)
    para(d, "Chi cục Tiêu chuẩn Đo lường Chất lượng kính báo cáo./.")
    sign_block(d, ["Nơi nhận:", "- Như trên;", "- Ban Giám đốc Sở;", "- Lưu: VT, HCTH. Hương."], ["CHI CỤC TRƯỞNG", "", "", "", "Võ Thanh Tùng"])
    d.save(os.path.join(OUT, fn))
    key(fn, "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "1187/BC-CCTĐC", "2026-10-27", [
        ("II.1.a", "completed", {"training_courses": 5, "participants": 386}, "tổ chức 05 buổi (04 lớp tập huấn + 01 Tọa đàm), 386 lượt đại biểu"),
        ("II.1.b", "completed", {"communications": 3, "enterprises_supported": 7}, "vận động Giải thưởng: 03 tin, bài; hướng dẫn 07 doanh nghiệp"),
        ("II.2.a", "in_progress", {"enterprises_supported": 12, "training_courses": 2, "participants": 145, "budget_spent_vnd": 128450000}, "hỗ trợ 12 doanh nghiệp; 02 hội thảo, 145 lượt; giải ngân 128.450.000 đồng"),
        ("II.2.b", "in_progress", {}, "Hội đồng sơ tuyển đánh giá 05 hồ sơ, chờ Hội đồng Quốc gia"),
        ("II.2.d", "in_progress", {"enterprises_supported": 23}, "hướng dẫn 23 doanh nghiệp áp dụng ISO 9001, ISO 22000"),
        ("II.2.e", "in_progress", {"standards_reviewed": 19}, "góp ý 14 dự thảo TCVN và 05 dự thảo QCVN, tổng cộng 19 dự thảo"),
        ("II.3.a", "completed", {"training_courses": 3, "participants": 412}, "03 lớp bồi dưỡng cho công chức, 412 lượt học viên"),
        ("II.3.d", "in_progress", {"training_courses": 2, "participants": 530}, "02 buổi ngoại khóa cho 530 sinh viên"),
        ("II.5.a", "in_progress", {"inspections": 9, "establishments_inspected": 146, "violations": 17, "fines_vnd": 84750000}, "09 cuộc kiểm tra, 146 cơ sở, 17 vi phạm, phạt 84.750.000 đồng"),
        ("II.5.b", "in_progress", {"samples_tested": 120}, "khảo sát 120 mẫu, 08 mẫu không phù hợp"),
    ], diffs, props)


def a2_ttpttn():
    fn = "TTPTTN_Bao-cao-CT38-nam-2026.docx"
    d = new_doc()
    header_block(d, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH\nTHÍ NGHIỆM VÀ TIÊU CHUẨN\nĐO LƯỜNG CHẤT LƯỢNG TP.HCM", "412/BC-TTPT",
                 "Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2026")
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, "Tình hình thực hiện các nội dung được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng.", align="c")
    para(d, "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo theo các Phần của Kế hoạch (Phần B – quản lý nhà nước, Phần D – đầu tư, Phần E – kiểm tra, giám sát) như sau:")
    para(d, "PHẦN B. NÂNG CAO NĂNG LỰC TỔ CHỨC DỊCH VỤ KỸ THUẬT", bold=True, indent=False)
    hand_a_item(d, "B.1.", "Mở rộng phạm vi dịch vụ kiểm định, hiệu chuẩn, thử nghiệm",
                ["Trung tâm đã được công nhận mở rộng 12 phép thử mới theo ISO/IEC 17025; từ đầu năm đến ngày 15/10/2026 đã kiểm định, hiệu chuẩn 18.640 phương tiện đo các loại và thử nghiệm 2.315 mẫu sản phẩm, hàng hóa phục vụ doanh nghiệp, người dân."],
                [], "đang thực hiện theo đúng kế hoạch năm.")
    para(d, "PHẦN D. ĐẦU TƯ CƠ SỞ VẬT CHẤT, TRANG THIẾT BỊ", bold=True, indent=False)
    hand_a_item(d, "D.1.", "Đầu tư trang thiết bị và duy trì chuẩn đo lường (gộp hai nội dung)",
                ["Trung tâm đã hoàn thành mua sắm, đưa vào sử dụng 07 thiết bị thử nghiệm, hiệu chuẩn; giá trị đã giải ngân 2.146.800.000 đồng (đạt 71,6% dự toán năm). Gói thiết bị đo lường điện đang trong giai đoạn lựa chọn nhà thầu."],
                [("chuẩn đo lường", "đã hiệu chuẩn, liên kết 24 chuẩn đo lường chính của Trung tâm về Viện Đo lường Việt Nam, bảo đảm liên kết chuẩn đến chuẩn quốc gia.")],
                "phần đầu tư thiết bị đang thực hiện; phần liên kết chuẩn năm 2026 đã hoàn thành.")
    para(d, "PHẦN E. PHỐI HỢP KIỂM TRA, GIÁM SÁT", bold=True, indent=False)
    hand_a_item(d, "E.1.", "Thử nghiệm mẫu khảo sát chất lượng do Chi cục lấy",
                ["Trung tâm đã tiếp nhận và thử nghiệm 120 mẫu khảo sát (xăng dầu, mũ bảo hiểm, đồ chơi trẻ em), trả kết quả đúng thời hạn."],
                [], "đã hoàn thành.")
    para(d, "KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    diffs = ["Một số thiết bị nhập khẩu có thời gian giao hàng kéo dài, ảnh hưởng tiến độ giải ngân."]
    for x in diffs: para(d, "- " + x)
    para(d, "ĐỀ XUẤT", bold=True, indent=False)
    props = ["Đề nghị Sở xem xét điều chỉnh kế hoạch lựa chọn nhà thầu gói thiết bị đo lường điện sang Quý I/2027."]
    for x in props: para(d, "- " + x)
    sign_block(d, ["Nơi nhận:", "- Như trên;", "- Lưu: VT, KHTH."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Hồ Minh Trí"])
    d.save(os.path.join(OUT, fn))
    key(fn, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "412/BC-TTPT", "2026-10-23", [
        ("II.2.g", "in_progress", {"instruments_verified": 18640, "samples_tested": 2315}, "kiểm định, hiệu chuẩn 18.640 phương tiện đo; thử nghiệm 2.315 mẫu"),
        ("II.4.a", "in_progress", {"budget_spent_vnd": 2146800000}, "07 thiết bị; đã giải ngân 2.146.800.000 đồng"),
        ("II.4.c", "completed", {"instruments_verified": 24}, "hiệu chuẩn, liên kết 24 chuẩn đo lường chính"),
        ("II.5.b", "completed", {"samples_tested": 120}, "thử nghiệm 120 mẫu khảo sát"),
    ], diffs, props)


def a3_sct():
    fn = "SCT_5620-BC-CT38-2026.docx"
    d = new_doc(size=14)
    header_block(d, "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ CÔNG THƯƠNG", "5620/BC-SCT",
                 "Thành phố Hồ Chí Minh, ngày 05 tháng 11 năm 2026", size=13)
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ", bold=True, align="c")
    para(d, "Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng).", align="c")
    para(d, "Sở Công Thương báo cáo kết quả các nội dung liên quan, sắp xếp theo Phần A (tuyên truyền), Phần B (quản lý nhà nước) và Phần E (kiểm tra, giám sát) như sau:")
    para(d, "PHẦN A. TUYÊN TRUYỀN", bold=True, indent=False)
    hand_a_item(d, "A.1.", "Phổ biến pháp luật về đo lường, nhãn hàng hóa cho thương nhân",
                ["Sở đã đăng 11 tin, bài trên Cổng thông tin điện tử của Sở Công Thương về ghi nhãn hàng hóa, phòng chống hàng giả, gian lận đo lường; hướng dẫn 26 thương nhân kinh doanh xăng dầu thực hiện quy định về đo lường trong kinh doanh."],
                [], "tiếp tục thực hiện thường xuyên.")
    para(d, "PHẦN B. GÓP Ý VĂN BẢN, QUY CHUẨN", bold=True, indent=False)
    hand_a_item(d, "B.1.", "Góp ý văn bản quy phạm pháp luật và quy chuẩn kỹ thuật (gộp)",
                ["Sở đã có ý kiến đối với 02 dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) theo đề nghị của Sở Khoa học và Công nghệ."],
                [("quy chuẩn kỹ thuật", "đã góp ý 06 dự thảo QCVN thuộc lĩnh vực xăng dầu, khí dầu mỏ hóa lỏng và an toàn điện do Bộ Công Thương chủ trì soạn thảo.")],
                "cả hai phần đã hoàn thành, ý kiến gửi đúng hạn.")
    para(d, "PHẦN E. KIỂM TRA", bold=True, indent=False)
    hand_a_item(d, "E.1.", "Kiểm tra chất lượng, đo lường trong kinh doanh xăng dầu",
                ["Sở đã chủ trì, phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng thực hiện 04 cuộc kiểm tra tại 52 cửa hàng xăng dầu; phát hiện 03 cửa hàng vi phạm, xử phạt 37.500.000 đồng."],
                [], "đã hoàn thành 04/04 cuộc theo kế hoạch năm 2026.")
    para(d, "KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ", bold=True, indent=False)
    diffs = ["Lực lượng kiểm tra chuyên ngành của Sở mỏng sau khi sắp xếp tổ chức bộ máy."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng chia sẻ kết quả khảo sát chất lượng xăng dầu để phục vụ công tác kiểm tra."]
    para(d, "1. Khó khăn: " + diffs[0])
    para(d, "2. Kiến nghị: " + props[0])
    sign_block(d, ["Nơi nhận:", "- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, QLTM."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Nguyễn Nguyên Phương"])
    d.save(os.path.join(OUT, fn))
    key(fn, "SO-CT", "Sở Công Thương", "5620/BC-SCT", "2026-11-05", [
        ("II.1.a", "in_progress", {"communications": 11, "enterprises_supported": 26}, "11 tin, bài; hướng dẫn 26 thương nhân kinh doanh xăng dầu"),
        ("II.2.c", "completed", {}, "góp ý 02 dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa"),
        ("II.2.e", "completed", {"standards_reviewed": 6}, "góp ý 06 dự thảo QCVN"),
        ("II.5.a", "completed", {"inspections": 4, "establishments_inspected": 52, "violations": 3, "fines_vnd": 37500000}, "04 cuộc, 52 cửa hàng, 03 vi phạm, 37.500.000 đồng"),
    ], diffs, props)


# ================================================================== HAND B
# Phạm Quốc Vinh: measurement inspector. Workbook with sheet "KQ_chi_tiet" (one row per
# figure with a "Căn cứ số liệu" column citing the record) and sheet "Tinh_trang" whose
# statuses use campaign words: "Đã kết thúc đợt / Đang trong đợt / Chưa vào đợt / Không có đợt".

def hand_b(fn, unit_lines, number_line, date_line, title, rows, statuses, diffs, props, foot_sign, subject_note=None):
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "KQ_chi_tiet"
    for col, w in zip("ABCDEFG", [6, 34, 34, 12, 10, 38, 4]):
        ws.column_dimensions[col].width = w
    xcell(ws, "A1", unit_lines[0], bold=False, wrap=False); xcell(ws, "A2", unit_lines[1], bold=True, wrap=False)
    xcell(ws, "A3", number_line, wrap=False)
    xcell(ws, "E1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, wrap=False)
    xcell(ws, "E2", "Độc lập - Tự do - Hạnh phúc", bold=True, wrap=False)
    xcell(ws, "E3", date_line, italic=True, wrap=False)
    ws.merge_cells("A5:F5"); xcell(ws, "A5", title, bold=True, align="center", size=13)
    ws.row_dimensions[5].height = 36
    hdr = ["STT", "Việc", "Chỉ tiêu", "Số lượng", "ĐVT", "Căn cứ số liệu"]
    r = table_rows(ws, 7, [hdr] + rows, cols="ABCDEF", bold_first=True, fmts=[None, None, None, "#,##0", None, None],
                   fill_first="D9E1F2")
    ws.freeze_panes = "A8"
    ws2 = wb.create_sheet("Tinh_trang")
    for col, w in zip("ABCDE", [6, 36, 22, 50, 14]):
        ws2.column_dimensions[col].width = w
    xcell(ws2, "A1", "TÌNH TRẠNG CÁC VIỆC (theo đợt)", bold=True, wrap=False)
    xcell(ws2, "A2", "Quy ước: Đã kết thúc đợt / Đang trong đợt / Chưa vào đợt / Không có đợt", italic=True, wrap=False)
    r2 = table_rows(ws2, 4, [["STT", "Việc", "Tình trạng", "Diễn giải", "Cập nhật"]] + statuses, cols="ABCDE",
                    bold_first=True, fill_first="D9E1F2")
    r2 += 1
    xcell(ws2, f"A{r2}", "Khó khăn:", bold=True, wrap=False); r2 += 1
    for x in diffs:
        xcell(ws2, f"B{r2}", "- " + x, wrap=False); r2 += 1
    xcell(ws2, f"A{r2}", "Kiến nghị:", bold=True, wrap=False); r2 += 1
    for x in props:
        xcell(ws2, f"B{r2}", "- " + x, wrap=False); r2 += 1
    r2 += 1
    for i, ln in enumerate(foot_sign):
        xcell(ws2, f"D{r2 + i}", ln, bold=(i == 0), align="center", wrap=False)
    wb.save(os.path.join(OUT, fn))


def b1_ktpc():
    fn = "KTPC_SoLieu-CT38_T10-2026.xlsx"
    rows = [
        [1, "Phối hợp kiểm tra hàng hóa lưu thông", "Số cuộc kiểm tra", 6, "cuộc", "QĐ 112/QĐ-SKHCN, QĐ 245/QĐ-SKHCN"],
        [2, "Phối hợp kiểm tra hàng hóa lưu thông", "Số cơ sở được kiểm tra", 71, "cơ sở", "Biên bản kiểm tra đợt 1, đợt 2"],
        [3, "Phối hợp kiểm tra hàng hóa lưu thông", "Số cơ sở vi phạm", 9, "cơ sở", "Biên bản vi phạm hành chính"],
        [4, "Phối hợp kiểm tra hàng hóa lưu thông", "Tiền xử phạt VPHC", 63200000, "đồng", "09 QĐ xử phạt (sổ theo dõi XLVP)"],
        [5, "Phương tiện kỹ thuật nghiệp vụ", "Số phương tiện được hiệu chuẩn", 8, "bộ", "Giấy chứng nhận hiệu chuẩn của Trung tâm PTTN"],
        [6, "Góp ý văn bản QPPL", "Số dự thảo đã góp ý", 4, "văn bản", "Công văn góp ý của Sở"],
        [7, "Đơn tố giác vi phạm", "Số đơn tiếp nhận", 3, "đơn", "Sổ tiếp nhận đơn"],
    ]
    statuses = [
        [1, "Phối hợp kiểm tra hàng hóa lưu thông", "Đang trong đợt", "Đợt 2 (tháng 10-11/2026) đang triển khai", "21/10/2026"],
        [2, "Phương tiện kỹ thuật nghiệp vụ", "Đã kết thúc đợt", "Đã hiệu chuẩn xong 08 bộ", "30/9/2026"],
        [3, "Góp ý văn bản QPPL", "Đang trong đợt", "Đang góp ý dự thảo Luật sửa đổi", "21/10/2026"],
        [4, "Đơn tố giác vi phạm", "Đã kết thúc đợt", "Đã xử lý xong 03/03 đơn, chuyển Chi cục xem xét khen thưởng", "15/9/2026"],
        [5, "Khảo sát chất lượng", "Chưa vào đợt", "Phối hợp Chi cục khảo sát đợt 2 vào tháng 11/2026", "21/10/2026"],
    ]
    diffs = ["Quy định xử phạt giữa lĩnh vực đo lường và lĩnh vực chất lượng còn chồng chéo, khó áp dụng."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng thống nhất lịch kiểm tra liên ngành ngay từ đầu năm để tránh trùng lặp."]
    hand_b(fn, ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ"], "Số: 96/BC-KTPC",
           "TP. Hồ Chí Minh, ngày 26 tháng 10 năm 2026",
           "SỐ LIỆU THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026", rows, statuses, diffs, props,
           ["TRƯỞNG PHÒNG", "", "", "Đinh Công Lực"])
    key(fn, "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "96/BC-KTPC", "2026-10-26", [
        ("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 71, "violations": 9, "fines_vnd": 63200000}, "Phối hợp kiểm tra hàng hóa lưu thông: 6 cuộc, 71 cơ sở, 9 vi phạm, 63.200.000 đồng"),
        ("II.4.b", "completed", {"instruments_verified": 8}, "Phương tiện kỹ thuật nghiệp vụ: hiệu chuẩn 08 bộ"),
        ("II.2.c", "in_progress", {}, "Góp ý văn bản QPPL: 4 dự thảo; đang góp ý dự thảo Luật sửa đổi"),
        ("II.5.d", "completed", {}, "Đơn tố giác vi phạm: đã xử lý xong 03/03 đơn"),
        ("II.5.b", "not_started", {}, "Khảo sát chất lượng: chưa vào đợt, đợt 2 tháng 11/2026"),
    ], diffs, props)


def b2_bencat():
    fn = "PhuongBenCat_BC318_CT38.xlsx"
    rows = [
        [1, "Kiểm tra đo lường tại chợ Bến Cát", "Số cuộc kiểm tra", 3, "cuộc", "Kế hoạch 57/KH-UBND; biên bản ngày 12/6, 18/8, 09/10"],
        [2, "Kiểm tra đo lường tại chợ Bến Cát", "Số hộ, cơ sở được kiểm tra", 42, "cơ sở", "Biên bản kiểm tra"],
        [3, "Kiểm tra đo lường tại chợ Bến Cát", "Số trường hợp vi phạm", 5, "trường hợp", "Biên bản vi phạm hành chính"],
        [4, "Kiểm tra đo lường tại chợ Bến Cát", "Tiền phạt", 7500000, "đồng", "QĐ xử phạt số 41, 42, 55/QĐ-XPHC"],
        [5, "Tuyên truyền", "Tin, bài trên loa, Trang TTĐT phường", 8, "tin, bài", "Sổ theo dõi của Văn hóa – Xã hội"],
        [6, "Cử công chức dự tập huấn", "Số lượt công chức tham dự", 2, "lượt", "Giấy triệu tập của Chi cục TĐC"],
    ]
    statuses = [
        [1, "Kiểm tra đo lường tại chợ Bến Cát", "Đang trong đợt", "Đợt cao điểm cuối năm bắt đầu từ 15/10/2026", "01/11/2026"],
        [2, "Tuyên truyền", "Đã kết thúc đợt", "Xong đợt tuyên truyền năm 2026", "30/9/2026"],
        [3, "Cử công chức dự tập huấn", "Đã kết thúc đợt", "02 công chức đã dự lớp ngày 22/7/2026", "22/7/2026"],
    ]
    diffs = ["Phường chưa có cân đối chứng đặt tại chợ Bến Cát."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ 01 cân đối chứng cho chợ Bến Cát."]
    hand_b(fn, ["ỦY BAN NHÂN DÂN", "PHƯỜNG BẾN CÁT"], "Số: 318/BC-UBND",
           "Bến Cát, ngày 03 tháng 11 năm 2026",
           "KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 – PHẦN VIỆC CỦA PHƯỜNG", rows, statuses, diffs, props,
           ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Huỳnh Văn Thơ"])
    key(fn, "25813", "Phường Bến Cát", "318/BC-UBND", "2026-11-03", [
        ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 42, "violations": 5, "fines_vnd": 7500000}, "Kiểm tra đo lường tại chợ Bến Cát: 3 cuộc, 42 cơ sở, 5 vi phạm, 7.500.000 đồng"),
        ("II.1.a", "completed", {"communications": 8}, "Tuyên truyền: 8 tin, bài"),
        ("II.3.a", "completed", {"participants": 2}, "02 công chức dự lớp tập huấn"),
    ], diffs, props)


def b3_chaupha():
    fn = "XaChauPha_bao-cao-CT38.xlsx"
    rows = [
        [1, "Phối hợp kiểm tra cân, cột đo xăng dầu", "Số cuộc kiểm tra", 2, "cuộc", "Biên bản ngày 14/5 và 20/8/2026"],
        [2, "Phối hợp kiểm tra cân, cột đo xăng dầu", "Số cơ sở được kiểm tra", 19, "cơ sở", "Biên bản kiểm tra"],
        [3, "Phối hợp kiểm tra cân, cột đo xăng dầu", "Số cơ sở vi phạm (nhắc nhở)", 1, "cơ sở", "Biên bản làm việc"],
        [4, "Tuyên truyền trên hệ thống truyền thanh", "Số tin phát", 5, "tin", "Sổ phát thanh của xã"],
    ]
    statuses = [
        [1, "Phối hợp kiểm tra cân, cột đo xăng dầu", "Đã kết thúc đợt", "Đã xong 02 đợt theo kế hoạch của xã", "20/8/2026"],
        [2, "Tuyên truyền trên hệ thống truyền thanh", "Đang trong đợt", "Tiếp tục phát tin đến cuối năm", "28/10/2026"],
        [3, "Cử công chức dự tập huấn", "Chưa vào đợt", "Lớp của Chi cục tổ chức vào tháng 11/2026", "28/10/2026"],
    ]
    diffs = ["Địa bàn xã rộng, các cửa hàng xăng dầu nằm rải rác nên việc kiểm tra mất nhiều thời gian."]
    props = ["Đề nghị Sở Khoa học và Công nghệ tổ chức lớp tập huấn tại khu vực Bà Rịa – Vũng Tàu (cũ) để công chức xã thuận tiện tham dự."]
    hand_b(fn, ["UBND XÃ CHÂU PHA", "PHÒNG KINH TẾ"], "Số: 142/BC-UBND",
           "Châu Pha, ngày 30 tháng 10 năm 2026",
           "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026", rows, statuses, diffs, props,
           ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lê Thị Ngọc Bích"])
    key(fn, "26728", "Xã Châu Pha", "142/BC-UBND", "2026-10-30", [
        ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 19, "violations": 1}, "Phối hợp kiểm tra cân, cột đo xăng dầu: 2 cuộc, 19 cơ sở, 1 vi phạm"),
        ("II.1.a", "in_progress", {"communications": 5}, "Tuyên truyền trên hệ thống truyền thanh: 5 tin"),
        ("II.3.a", "not_started", {}, "Cử công chức dự tập huấn: chưa vào đợt"),
    ], diffs, props)


def b4_attp_mistaken():
    fn = "SoATTP_KQ-kiem-tra-Trung-thu-2026.xlsx"
    rows = [
        [1, "Kiểm tra ATTP bánh Trung thu", "Số đoàn kiểm tra", 12, "đoàn", "QĐ 318/QĐ-SATTP"],
        [2, "Kiểm tra ATTP bánh Trung thu", "Số cơ sở được kiểm tra", 186, "cơ sở", "Biên bản kiểm tra"],
        [3, "Kiểm tra ATTP bánh Trung thu", "Số cơ sở vi phạm", 14, "cơ sở", "Biên bản VPHC"],
        [4, "Kiểm tra ATTP bánh Trung thu", "Tiền phạt", 212000000, "đồng", "QĐ xử phạt"],
        [5, "Giám sát mẫu thực phẩm", "Số mẫu xét nghiệm nhanh", 340, "mẫu", "Phiếu kết quả test nhanh"],
    ]
    statuses = [
        [1, "Kiểm tra ATTP bánh Trung thu", "Đã kết thúc đợt", "Kết thúc đợt cao điểm Tết Trung thu 2026", "30/9/2026"],
        [2, "Giám sát mẫu thực phẩm", "Đã kết thúc đợt", "Đã gửi kết quả cho các phường, xã", "30/9/2026"],
    ]
    hand_b(fn, ["UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ AN TOÀN THỰC PHẨM"], "Số: 2714/BC-SATTP",
           "Thành phố Hồ Chí Minh, ngày 08 tháng 10 năm 2026",
           "KẾT QUẢ KIỂM TRA AN TOÀN THỰC PHẨM DỊP TẾT TRUNG THU NĂM 2026", rows, statuses,
           ["Nhiều cơ sở sản xuất bánh thủ công hoạt động theo mùa vụ, khó quản lý."],
           ["Đề nghị UBND các phường, xã tăng cường hậu kiểm sau đợt cao điểm."],
           ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Phạm Khánh Phong Lan"])
    key(fn, "SO-ATTP", "Sở An toàn thực phẩm", "2714/BC-SATTP", "2026-10-08", [],
        [], [], status="rejected",
        reason="Báo cáo kết quả kiểm tra an toàn thực phẩm dịp Tết Trung thu, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")


# ================================================================== HAND C
# Đặng Minh Khoa: communication officer. A Word table tasks x channels with a "Cộng" column
# and a "Lượt tiếp cận (ước)" column (reach, not an indicator); under it one
# "Tình hình chung:" paragraph carrying every status; other jobs in plain paragraphs.

def hand_c_table(d, channels, rows):
    cols = ["TT", "Nội dung truyền thông"] + channels + ["Cộng (tin, bài, ấn phẩm)", "Lượt tiếp cận (ước)"]
    t = d.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, c in enumerate(cols):
        cell_text(t.rows[0].cells[i], c, bold=True, align="c", size=11)
        shade(t.rows[0].cells[i], "E2EFDA")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, align="l" if i == 1 else "c", size=11)
    para(d, "(Nguồn: sổ theo dõi tin, bài của đơn vị; lượt tiếp cận là số ước theo thống kê của nền tảng)", italic=True, size=11, align="j", indent=False)


def c1_cds():
    fn = "PhongCDS_BC-58_CT38.docx"
    d = new_doc()
    header_block(d, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG CHUYỂN ĐỔI SỐ", "58/BC-CĐS", "Thành phố Hồ Chí Minh, ngày 22 tháng 10 năm 2026")
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, "Kết quả thực hiện nhiệm vụ phối hợp tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    para(d, "1. Công tác thông tin, truyền thông", bold=True, indent=False)
    para(d, "Phòng Chuyển đổi số phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng đưa tin trên các kênh của Sở như sau:")
    hand_c_table(d, ["Cổng TTĐT Sở", "Báo, đài", "Fanpage, Zalo OA"], [
        ["1", "Phổ biến Chỉ thị 38-CT/TW, pháp luật về tiêu chuẩn, đo lường, chất lượng", "09", "–", "14", "23", "41.500"],
        ["2", "Giới thiệu Cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng", "03", "–", "04", "07", "6.200"],
    ])
    runs(d, [("Tình hình chung: ", "b"), ("nội dung phổ biến Chỉ thị 38, phần việc của Phòng trong năm 2026 đã làm xong; nội dung giới thiệu, kết nối Cơ sở dữ liệu quốc gia vẫn đang tiếp tục thực hiện.", "")])
    para(d, "2. Các nhiệm vụ phối hợp khác", bold=True, indent=False)
    para(d, "- Về cải tiến Hệ thống thông tin giải quyết thủ tục hành chính: Phòng đã phối hợp Chi cục rà soát, đề xuất 05 nội dung cải tiến; việc kết nối liên thông với Cổng thông tin một cửa quốc gia đã vận hành chính thức từ ngày 15/3/2026, hoàn thành nhiệm vụ.")
    para(d, "- Về kết nối Cơ sở dữ liệu quốc gia: đã hoàn thành kết nối thử nghiệm 03 nhóm dữ liệu (công bố hợp quy, kiểm tra nhà nước, phương tiện đo), đang chờ Bộ mở API chính thức.")
    para(d, "3. Khó khăn, vướng mắc", bold=True, indent=False)
    diffs = ["Hệ thống của Bộ Khoa học và Công nghệ chưa mở API đầy đủ để đồng bộ dữ liệu kiểm tra."]
    para(d, "- " + diffs[0])
    para(d, "4. Đề xuất", bold=True, indent=False)
    props = ["Đề nghị Chi cục cử đầu mối kỹ thuật để phối hợp hoàn thiện kết nối Cơ sở dữ liệu quốc gia."]
    para(d, "- " + props[0])
    sign_block(d, ["Nơi nhận:", "- Chi cục TĐC;", "- Lưu: CĐS."], ["TRƯỞNG PHÒNG", "", "", "", "Trần Quang Huy"])
    d.save(os.path.join(OUT, fn))
    key(fn, "SKHCN-CDS", "Phòng Chuyển đổi số", "58/BC-CĐS", "2026-10-22", [
        ("II.1.a", "completed", {"communications": 23}, "Phổ biến Chỉ thị 38: 09 + 14 = 23 tin, bài"),
        ("II.2.i", "in_progress", {"communications": 7}, "Giới thiệu CSDL quốc gia: 7 tin, bài; kết nối thử nghiệm 03 nhóm dữ liệu"),
        ("II.2.h", "completed", {}, "đề xuất 05 nội dung cải tiến; kết nối Cổng một cửa quốc gia vận hành từ 15/3/2026"),
    ], diffs, props)


def c2_ttcntt():
    fn = "TTCNTT-DKG_233-BC_CT38.docx"
    d = new_doc()
    header_block(d, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM CÔNG NGHỆ THÔNG TIN\nVÀ ĐỊA KHÔNG GIAN", "233/BC-TTCNTT", "Thành phố Hồ Chí Minh, ngày 19 tháng 10 năm 2026")
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align="c")
    para(d, "I. TRUYỀN THÔNG TRÊN NỀN TẢNG SỐ", bold=True, indent=False)
    hand_c_table(d, ["Cổng dữ liệu / Cổng TTĐT", "Mạng xã hội"], [
        ["1", "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng", "03", "02", "05", "3.900"],
        ["2", "Hướng dẫn tra cứu dữ liệu tiêu chuẩn, đo lường, chất lượng trên nền tảng số", "02", "06", "08", "11.250"],
    ])
    runs(d, [("Tình hình chung: ", "b"), ("việc tuyên truyền đã hoàn thành theo kế hoạch năm; việc kết nối hạ tầng, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng đang thực hiện (đã bố trí máy chủ, đang cấu hình đường truyền).", "")])
    para(d, "II. CÔNG TÁC ĐÀO TẠO", bold=True, indent=False)
    para(d, "Trung tâm đã cử 04 viên chức tham dự lớp bồi dưỡng nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức ngày 22/7/2026; việc này đã xong.")
    para(d, "III. KHÓ KHĂN VÀ KIẾN NGHỊ", bold=True, indent=False)
    diffs = ["Chưa có kinh phí riêng cho hạ tầng kết nối Cơ sở dữ liệu tiêu chuẩn, đo lường, chất lượng."]
    props = ["Đề nghị bố trí kinh phí năm 2027 cho việc nâng cấp máy chủ phục vụ kết nối."]
    para(d, "- Khó khăn: " + diffs[0])
    para(d, "- Kiến nghị: " + props[0])
    sign_block(d, ["Nơi nhận:", "- Như trên;", "- Lưu: VT."], ["GIÁM ĐỐC", "", "", "", "Nguyễn Hữu Tâm"])
    d.save(os.path.join(OUT, fn))
    key(fn, "SKHCN-TTCNTT", "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh", "233/BC-TTCNTT", "2026-10-19", [
        ("II.1.a", "completed", {"communications": 5}, "Tuyên truyền về TĐC: 05 tin, bài"),
        ("II.2.i", "in_progress", {"communications": 8}, "Hướng dẫn tra cứu dữ liệu: 08 tin, bài; kết nối hạ tầng đang thực hiện"),
        ("II.3.a", "completed", {"participants": 4}, "cử 04 viên chức tham dự lớp bồi dưỡng"),
    ], diffs, props)


def c3_svhtt():
    fn = "SoVHTT_4127_BC_tuyen-truyen-CT38.docx"
    d = new_doc(size=14)
    header_block(d, "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ VĂN HÓA VÀ THỂ THAO", "4127/BC-SVHTT", "Thành phố Hồ Chí Minh, ngày 06 tháng 11 năm 2026", size=13)
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, "Kết quả phối hợp tuyên truyền thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    para(d, "Kính gửi: Sở Khoa học và Công nghệ.", align="c")
    para(d, "Sở Văn hóa và Thể thao đã chỉ đạo các đơn vị trực thuộc phối hợp tuyên truyền về công tác tiêu chuẩn, đo lường, chất lượng, kết quả theo từng kênh như sau:")
    hand_c_table(d, ["Cổng TTĐT Sở", "Báo, đài", "Mạng xã hội", "Pano, băng rôn, áp phích"], [
        ["1", "Tuyên truyền Chỉ thị 38-CT/TW, nâng cao nhận thức về tiêu chuẩn, đo lường, chất lượng", "04", "12", "09", "35", "60", "khoảng 250.000"],
        ["2", "Tuyên truyền, vận động tham dự Giải thưởng Chất lượng Quốc gia", "–", "02", "03", "–", "05", "18.000"],
    ])
    runs(d, [("Tình hình chung: ", "b"), ("tuyên truyền Chỉ thị 38 đang tiếp tục thực hiện thường xuyên; tuyên truyền Giải thưởng Chất lượng Quốc gia đã xong (kết thúc theo thời hạn nhận hồ sơ).", "")])
    para(d, "Ngoài ra, Sở đã cử 03 công chức phòng Quản lý Văn hóa tham dự lớp tập huấn nghiệp vụ do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức; đã hoàn thành.")
    para(d, "Khó khăn, vướng mắc:", bold=True, indent=False)
    diffs = ["Nội dung tuyên truyền về tiêu chuẩn, đo lường, chất lượng còn mang tính chuyên môn, khó chuyển tải trên pano, áp phích."]
    para(d, "- " + diffs[0])
    para(d, "Đề xuất:", bold=True, indent=False)
    props = ["Đề nghị Sở Khoa học và Công nghệ cung cấp bộ tài liệu, hình ảnh tuyên truyền mẫu."]
    para(d, "- " + props[0])
    sign_block(d, ["Nơi nhận:", "- Như trên;", "- Lưu: VT, QLVH."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Nguyễn Thị Thanh Thúy"])
    d.save(os.path.join(OUT, fn))
    key(fn, "SO-VHTT", "Sở Văn hóa và Thể thao", "4127/BC-SVHTT", "2026-11-06", [
        ("II.1.a", "in_progress", {"communications": 60}, "Tuyên truyền Chỉ thị 38: cộng 60 tin, bài, ấn phẩm"),
        ("II.1.b", "completed", {"communications": 5}, "Tuyên truyền Giải thưởng CLQG: 05"),
        ("II.3.a", "completed", {"participants": 3}, "cử 03 công chức tham dự lớp tập huấn"),
    ], diffs, props)


def c4_tnp():
    fn = "P.TangNhonPhu_BC705-CT38.docx"
    d = new_doc()
    header_block(d, "ỦY BAN NHÂN DÂN", "PHƯỜNG TĂNG NHƠN PHÚ", "705/BC-UBND", "Tăng Nhơn Phú, ngày 04 tháng 11 năm 2026")
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường", bold=True, align="c")
    para(d, "1. Thông tin, tuyên truyền", bold=True, indent=False)
    hand_c_table(d, ["Trang TTĐT phường", "Loa truyền thanh", "Zalo khu phố", "Tờ rơi, áp phích (mẫu)"], [
        ["1", "Tuyên truyền Chỉ thị 38, pháp luật đo lường tại khu phố, chợ", "06", "24", "31", "02", "63", "≈18.000 (phát 1.500 tờ rơi)"],
        ["2", "Thông báo vị trí cân đối chứng, hướng dẫn hộ kinh doanh tại chợ", "–", "06", "04", "–", "10", "2.300"],
    ])
    para(d, "2. Phối hợp quản lý nhà nước tại địa bàn", bold=True, indent=False)
    para(d, "Phường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 02 cuộc tại chợ Tăng Nhơn Phú và chợ Phước Long, kiểm tra 27 hộ kinh doanh, phát hiện 03 trường hợp sử dụng cân sai số vượt mức cho phép, xử phạt 4.500.000 đồng.")
    para(d, "3. Tập huấn", bold=True, indent=False)
    para(d, "Phường cử 02 công chức Phòng Kinh tế, Hạ tầng và Đô thị tham dự lớp tập huấn của Chi cục.")
    runs(d, [("Tình hình chung: ", "b"), ("phần việc tuyên truyền năm 2026 phường đã làm xong; việc phối hợp quản lý cân đối chứng, kiểm tra tại chợ đang tiếp tục; công chức đã tham dự đầy đủ lớp tập huấn (đã xong).", "")])
    para(d, "4. Khó khăn – Đề xuất", bold=True, indent=False)
    diffs = ["Một số hộ kinh doanh lớn tuổi không sử dụng Zalo, khó tiếp cận thông tin."]
    props = ["Đề nghị Chi cục cấp thêm tờ rơi hướng dẫn sử dụng cân đối chứng."]
    para(d, "- " + diffs[0])
    para(d, "- " + props[0])
    sign_block(d, ["Nơi nhận:", "- Sở KH&CN (Chi cục TĐC);", "- Lưu: VT, KT."], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Phan Văn Đức"])
    d.save(os.path.join(OUT, fn))
    key(fn, "26842", "Phường Tăng Nhơn Phú", "705/BC-UBND", "2026-11-04", [
        ("II.1.a", "completed", {"communications": 63}, "Tuyên truyền tại khu phố, chợ: cộng 63"),
        ("II.5.c", "in_progress", {"communications": 10, "inspections": 2, "establishments_inspected": 27, "violations": 3, "fines_vnd": 4500000}, "thông báo cân đối chứng 10 tin; 02 cuộc, 27 hộ, 03 vi phạm, 4.500.000 đồng"),
        ("II.3.a", "completed", {"participants": 2}, "cử 02 công chức tham dự lớp tập huấn"),
    ], diffs, props)


# ================================================================== HAND D
# Trương Thị Kim Oanh: office secretary-accountant. One sheet "BC-VP": Part I money by
# payment stage (Dự toán | Đã tạm ứng | Đã thanh toán | Giải ngân lũy kế), Part II
# coordination with the advisory document cited, statuses in "tham mưu" words
# ("Đã tham mưu xong / Đang tham mưu / Chưa tham mưu / Không phát sinh", "Đang giải ngân").

def hand_d(fn, unit_top, unit, number, date_line, title, money_rows, coord_rows, diffs, props, signer, sheet="BC-VP"):
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = sheet
    for col, w in zip("ABCDEFG", [5, 40, 16, 16, 16, 18, 30]):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:C1"); xcell(ws, "A1", unit_top, align="center")
    ws.merge_cells("A2:C2"); xcell(ws, "A2", unit, bold=True, align="center")
    ws.merge_cells("A3:C3"); xcell(ws, "A3", "Số: " + number, align="center")
    ws.merge_cells("D1:G1"); xcell(ws, "D1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align="center")
    ws.merge_cells("D2:G2"); xcell(ws, "D2", "Độc lập - Tự do - Hạnh phúc", bold=True, align="center")
    ws.merge_cells("D3:G3"); xcell(ws, "D3", date_line, italic=True, align="center")
    ws.merge_cells("A5:G5"); xcell(ws, "A5", title, bold=True, align="center", size=13)
    ws.row_dimensions[5].height = 34
    r = 7
    ws.merge_cells(f"A{r}:G{r}"); xcell(ws, f"A{r}", "PHẦN I – KINH PHÍ", bold=True); r += 1
    xcell(ws, f"A{r}", "ĐVT: đồng", italic=True, wrap=False); r += 1
    fm = '#,##0'
    r = table_rows(ws, r, [["TT", "Nội dung chi", "Dự toán", "Đã tạm ứng", "Đã thanh toán", "Giải ngân lũy kế", "Tình hình"]] + money_rows,
                   cols="ABCDEFG", bold_first=True, fmts=[None, None, fm, fm, fm, fm, None], fill_first="FCE4D6")
    r += 1
    ws.merge_cells(f"A{r}:G{r}"); xcell(ws, f"A{r}", "PHẦN II – CÔNG TÁC PHỐI HỢP, THAM MƯU", bold=True); r += 1
    hdr = ["TT", "Việc", "Văn bản tham mưu", "", "Kết quả", "", "Tình hình"]
    start = r
    r = table_rows(ws, r, [hdr] + coord_rows, cols="ABCDEFG", bold_first=True, fill_first="FCE4D6")
    for rr in range(start, r):
        ws.merge_cells(f"C{rr}:D{rr}"); ws.merge_cells(f"E{rr}:F{rr}")
        ws.row_dimensions[rr].height = 45 if rr > start else 20
    r += 1
    ws.merge_cells(f"A{r}:G{r}"); xcell(ws, f"A{r}", "PHẦN III – KHÓ KHĂN, ĐỀ XUẤT", bold=True); r += 1
    for x in diffs:
        xcell(ws, f"A{r}", "a)", wrap=False); xcell(ws, f"B{r}", x, wrap=False); r += 1
    for x in props:
        xcell(ws, f"A{r}", "b)", wrap=False); xcell(ws, f"B{r}", x, wrap=False); r += 1
    r += 1
    for i, ln in enumerate(signer):
        ws.merge_cells(f"E{r+i}:G{r+i}"); xcell(ws, f"E{r+i}", ln, bold=(i < 2), align="center")
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fn))


def d1_vp():
    fn = "VanPhongSo_211-BC-VP_CT38.xlsx"
    money = [
        [1, "Mua sắm, sửa chữa trang thiết bị kỹ thuật (phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm)", 1200000000, 360000000, 486500000, 486500000, "Đang giải ngân"],
        [2, "Chi khen thưởng tổ chức, cá nhân tố giác vi phạm về TĐC", 30000000, 0, 12000000, 12000000, "Đã tham mưu xong (QĐ khen thưởng 02 cá nhân)"],
    ]
    coord = [
        [1, "Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015 tại cơ quan Sở", "QĐ 845/QĐ-SKHCN ngày 12/8/2026", "", "Cập nhật 14 quy trình; đánh giá nội bộ ngày 12/8/2026", "", "Đã tham mưu xong"],
        [2, "Kết nối Hệ thống giải quyết TTHC với Cổng một cửa quốc gia", "Tờ trình 31/TTr-VP ngày 02/3/2026", "", "Vận hành chính thức từ 15/3/2026", "", "Đã tham mưu xong"],
        [3, "Hợp tác với APO về năng suất khu vực công", "—", "", "Chưa có yêu cầu của Ủy ban TĐC Quốc gia", "", "Không phát sinh"],
    ]
    diffs = ["Thủ tục mua sắm tập trung kéo dài, ảnh hưởng tỷ lệ giải ngân."]
    props = ["Đề nghị các đơn vị gửi hồ sơ thanh toán trước ngày 15/12/2026."]
    hand_d(fn, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "VĂN PHÒNG SỞ", "211/BC-VP", "TP. Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
           "BÁO CÁO KINH PHÍ VÀ CÔNG TÁC PHỐI HỢP THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026", money, coord, diffs, props,
           ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "", "", "Trương Thị Kim Oanh"])
    key(fn, "SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ", "211/BC-VP", "2026-10-28", [
        ("II.4.a", "in_progress", {"budget_spent_vnd": 486500000}, "Mua sắm trang thiết bị: giải ngân lũy kế 486.500.000"),
        ("II.5.d", "completed", {"budget_spent_vnd": 12000000}, "Chi khen thưởng tố giác: 12.000.000; QĐ khen thưởng 02 cá nhân"),
        ("II.2.đ", "completed", {}, "Duy trì HTQLCL ISO 9001 tại cơ quan Sở: cập nhật 14 quy trình"),
        ("II.2.h", "completed", {}, "Kết nối Hệ thống giải quyết TTHC với Cổng một cửa quốc gia"),
        ("II.6.b", "not_applicable", {}, "Hợp tác APO: không phát sinh"),
    ], diffs, props)


def d2_qlkh():
    fn = "PhongQLKH_BC77_CT38-2026.xlsx"
    money = [
        [1, "Nhiệm vụ KH&CN hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng (Chương trình 1322)", 850000000, 200000000, 615000000, 615000000, "Đang giải ngân"],
    ]
    coord = [
        [1, "Hỗ trợ doanh nghiệp nâng cao năng suất (Chương trình 1322)", "Thông báo 118/TB-SKHCN", "", "08 doanh nghiệp được hỗ trợ qua nhiệm vụ KH&CN", "", "Đang tham mưu nghiệm thu"],
        [2, "Thu hút chuyên gia, nhà khoa học lĩnh vực TĐC theo NQ 27/2023/NQ-HĐND", "Dự thảo Tờ trình danh mục lĩnh vực thu hút", "", "Đã nhận 02 hồ sơ chuyên gia", "", "Đang tham mưu"],
        [3, "Phối hợp APO thúc đẩy năng suất dựa trên KH,CN và ĐMST", "—", "", "Chờ hướng dẫn của Ủy ban TĐC Quốc gia", "", "Chưa tham mưu"],
    ]
    diffs = ["Mức thu nhập theo Nghị quyết 27/2023/NQ-HĐND chưa đủ hấp dẫn chuyên gia tiêu chuẩn, đo lường, chất lượng có trình độ cao."]
    props = ["Đề nghị bổ sung lĩnh vực tiêu chuẩn, đo lường, chất lượng vào danh mục ưu tiên thu hút năm 2027."]
    hand_d(fn, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG QUẢN LÝ KHOA HỌC", "77/BC-QLKH", "TP. Hồ Chí Minh, ngày 29 tháng 10 năm 2026",
           "BÁO CÁO KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026", money, coord, diffs, props,
           ["TRƯỞNG PHÒNG", "", "", "", "Võ Thị Hồng Nhung"], sheet="BC-QLKH")
    key(fn, "SKHCN-QLKH", "Phòng Quản lý Khoa học", "77/BC-QLKH", "2026-10-29", [
        ("II.2.a", "in_progress", {"budget_spent_vnd": 615000000, "enterprises_supported": 8}, "giải ngân lũy kế 615.000.000; 08 doanh nghiệp được hỗ trợ"),
        ("II.3.c", "in_progress", {}, "Thu hút chuyên gia theo NQ 27/2023: đang tham mưu, 02 hồ sơ"),
        ("II.6.b", "not_started", {}, "Phối hợp APO: chưa tham mưu"),
    ], diffs, props)


def d3_stc_mistaken():
    fn = "SoTaiChinh_BC-giai-ngan-CDS-9T-2026.xlsx"
    money = [
        [1, "Nâng cấp Trung tâm dữ liệu Thành phố", 42000000000, 12000000000, 18650000000, 18650000000, "Đang giải ngân"],
        [2, "Nền tảng tích hợp, chia sẻ dữ liệu (LGSP)", 9500000000, 0, 6120000000, 6120000000, "Đang giải ngân"],
    ]
    coord = [
        [1, "Thẩm định dự toán chuyển đổi số năm 2027", "Công văn 8812/STC-NSNN", "", "Đã thẩm định 23 đơn vị", "", "Đã tham mưu xong"],
    ]
    hand_d(fn, "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ TÀI CHÍNH", "9034/BC-STC", "TP. Hồ Chí Minh, ngày 12 tháng 10 năm 2026",
           "BÁO CÁO TÌNH HÌNH GIẢI NGÂN KINH PHÍ CHUYỂN ĐỔI SỐ 9 THÁNG NĂM 2026", money, coord,
           ["Một số dự án chuyển đổi số chậm hoàn thiện hồ sơ thanh toán."],
           ["Đề nghị các chủ đầu tư đẩy nhanh tiến độ nghiệm thu, thanh toán."],
           ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Lê Văn Hào"], sheet="BC-STC")
    key(fn, "SO-TC", "Sở Tài chính", "9034/BC-STC", "2026-10-12", [], [], [], status="rejected",
        reason="Báo cáo giải ngân kinh phí chuyển đổi số 9 tháng năm 2026, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")


# ================================================================== HAND E
# Lý Hoàng Nam: everything in one Word table, three-tier block per task: a shaded title
# row merged across all columns, activity rows "Thời gian | Địa điểm | Hoạt động | Phối hợp",
# then a "Kết quả:" row whose first three cells are merged (figures) and whose last cell
# holds the status.

def hand_e_table(d, blocks):
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Thời gian", "Địa điểm", "Hoạt động", "Phối hợp / Tình trạng"]):
        cell_text(t.rows[0].cells[i], h, bold=True, align="c", size=11)
        shade(t.rows[0].cells[i], "BDD7EE")
    for n, (title, acts, result, status) in enumerate(blocks, 1):
        row = t.add_row().cells
        m = row[0].merge(row[3])
        cell_text(m, f"{n}. {title}", bold=True, size=11)
        shade(m, "EDEDED")
        for a in acts:
            rc = t.add_row().cells
            for i, v in enumerate(a):
                cell_text(rc[i], v, size=11, align="c" if i == 0 else "l")
        rc = t.add_row().cells
        m = rc[0].merge(rc[2])
        cell_text(m, "Kết quả: " + result, size=11)
        cell_text(rc[3], status, bold=True, italic=True, size=11, align="c")
    set_col_widths(t, [2.6, 3.6, 7.2, 3.6])
    return t


def e1_snnmt():
    fn = "SoNNMT_6481-BC-KH38.docx"
    d = new_doc()
    header_block(d, "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ NÔNG NGHIỆP\nVÀ MÔI TRƯỜNG", "6481/BC-SNNMT", "Thành phố Hồ Chí Minh, ngày 07 tháng 11 năm 2026")
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    para(d, "Kính gửi: Sở Khoa học và Công nghệ.", align="c")
    para(d, "Sở Nông nghiệp và Môi trường báo cáo kết quả theo bảng dưới đây:")
    hand_e_table(d, [
        ("Góp ý dự thảo quy chuẩn, tiêu chuẩn lĩnh vực nông nghiệp, môi trường",
         [["Quý I–III/2026", "Văn phòng Sở", "Góp ý dự thảo QCVN về phân bón, thức ăn chăn nuôi, nước thải", "Các Chi cục thuộc Sở"]],
         "góp ý 08 dự thảo QCVN và 03 dự thảo TCVN (tổng 11 dự thảo).", "Đã hoàn thành"),
        ("Hướng dẫn áp dụng VietGAP, truy xuất nguồn gốc nông sản",
         [["04/2026", "Xã Bình Khánh", "Hướng dẫn HTX rau an toàn gắn mã truy xuất", "Chi cục TĐC"],
          ["08/2026", "Xã Phú Hòa Đông", "Hướng dẫn doanh nghiệp chế biến rau quả", "Chi cục TĐC"]],
         "15 hợp tác xã, doanh nghiệp được hướng dẫn.", "Đang thực hiện"),
        ("Phối hợp kiểm tra chất lượng phân bón, thức ăn chăn nuôi",
         [["05/2026", "Các xã phía Bắc", "Kiểm tra đại lý phân bón", "Chi cục TĐC"],
          ["09/2026", "Khu vực Bình Dương (cũ)", "Kiểm tra cơ sở sản xuất thức ăn chăn nuôi", "Công an TP"]],
         "03 cuộc; 34 cơ sở; 04 cơ sở vi phạm; phạt 52.000.000 đồng; lấy 27 mẫu thử nghiệm.", "Đang thực hiện"),
        ("Cử công chức tham dự tập huấn nghiệp vụ TĐC",
         [["22/7/2026", "Chi cục TĐC", "Lớp bồi dưỡng nghiệp vụ TĐC", "—"]],
         "05 lượt công chức tham dự.", "Đã hoàn thành"),
    ])
    para(d, "")
    para(d, "Khó khăn, vướng mắc:", bold=True, indent=False)
    diffs = ["Việc phân định trách nhiệm kiểm tra giữa Sở và Chi cục Tiêu chuẩn Đo lường Chất lượng đối với một số nhóm hàng còn chưa rõ."]
    para(d, "- " + diffs[0])
    para(d, "Kiến nghị:", bold=True, indent=False)
    props = ["Đề nghị Sở Khoa học và Công nghệ chủ trì rà soát, thống nhất danh mục hàng hóa kiểm tra phối hợp năm 2027."]
    para(d, "- " + props[0])
    sign_block(d, ["Nơi nhận:", "- Như trên;", "- Lưu: VT, CCTT."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Trần Thị Thu Hà"])
    d.save(os.path.join(OUT, fn))
    key(fn, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "6481/BC-SNNMT", "2026-11-07", [
        ("II.2.e", "completed", {"standards_reviewed": 11}, "góp ý 08 QCVN và 03 TCVN (tổng 11 dự thảo)"),
        ("II.2.a", "in_progress", {"enterprises_supported": 15}, "VietGAP, truy xuất nguồn gốc: 15 HTX, doanh nghiệp"),
        ("II.5.a", "in_progress", {"inspections": 3, "establishments_inspected": 34, "violations": 4, "fines_vnd": 52000000, "samples_tested": 27}, "03 cuộc; 34 cơ sở; 04 vi phạm; 52.000.000 đồng; 27 mẫu"),
        ("II.3.a", "completed", {"participants": 5}, "05 lượt công chức tham dự"),
    ], diffs, props)


def e2_hotram():
    fn = "XaHoTram_219_BC-CT38-2026.docx"
    d = new_doc()
    header_block(d, "ỦY BAN NHÂN DÂN", "XÃ HỒ TRÀM", "219/BC-UBND", "Hồ Tràm, ngày 31 tháng 10 năm 2026")
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    para(d, "UBND xã Hồ Tràm báo cáo như sau:")
    hand_e_table(d, [
        ("Tuyên truyền về tiêu chuẩn, đo lường, chất lượng tại các ấp",
         [["03/2026", "Hội trường UBND xã", "Hội nghị tuyên truyền cho hộ kinh doanh, chủ cơ sở", "Hội Phụ nữ xã"],
          ["03–09/2026", "Đài truyền thanh xã", "Phát tin trên hệ thống loa", "—"]],
         "01 hội nghị, 85 lượt người dự; 06 tin phát trên loa truyền thanh.", "Đã xong"),
        ("Phối hợp kiểm tra cân tại chợ Hồ Tràm và cửa hàng xăng dầu",
         [["06/2026", "Chợ Hồ Tràm", "Kiểm tra cân của tiểu thương", "Chi cục TĐC"],
          ["10/2026", "Các cửa hàng xăng dầu", "Kiểm tra cột đo nhiên liệu", "Chi cục TĐC"]],
         "02 cuộc, 23 cơ sở; 02 trường hợp vi phạm, phạt 3.000.000 đồng.", "Đang làm"),
        ("Tham gia tập huấn do Sở Khoa học và Công nghệ tổ chức",
         [["22/7/2026", "TP. Hồ Chí Minh", "Lớp bồi dưỡng nghiệp vụ cho công chức xã, phường", "—"]],
         "02 công chức tham dự.", "Đã xong"),
        ("Khen thưởng người tố giác vi phạm về đo lường, chất lượng",
         [["—", "—", "Trong kỳ không có đơn, thư tố giác", "—"]],
         "không có.", "Không phát sinh"),
    ])
    para(d, "")
    para(d, "* Khó khăn:", bold=True, indent=False)
    diffs = ["Xã chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng, công chức kinh tế kiêm nhiệm nhiều việc."]
    para(d, "- " + diffs[0])
    para(d, "* Đề xuất:", bold=True, indent=False)
    props = ["Đề nghị Chi cục hỗ trợ kiểm định cân đối chứng đặt tại chợ Hồ Tràm."]
    para(d, "- " + props[0])
    sign_block(d, ["Nơi nhận:", "- Chi cục TĐC;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Nguyễn Văn Sáu"])
    d.save(os.path.join(OUT, fn))
    key(fn, "26620", "Xã Hồ Tràm", "219/BC-UBND", "2026-10-31", [
        ("II.1.a", "completed", {"training_courses": 1, "participants": 85, "communications": 6}, "01 hội nghị, 85 lượt người; 06 tin"),
        ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 23, "violations": 2, "fines_vnd": 3000000}, "02 cuộc, 23 cơ sở, 02 vi phạm, 3.000.000 đồng"),
        ("II.3.a", "completed", {"participants": 2}, "02 công chức tham dự"),
        ("II.5.d", "not_applicable", {}, "không có đơn, thư tố giác"),
    ], diffs, props)


def e3_sgddt():
    fn = "SoGDDT_3905-BC_phoi-hop-CT38.docx"
    d = new_doc()
    header_block(d, "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "3905/BC-SGDĐT", "Thành phố Hồ Chí Minh, ngày 10 tháng 11 năm 2026")
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    para(d, "Kính gửi: Sở Khoa học và Công nghệ.", align="c")
    hand_e_table(d, [
        ("Chuyên đề tiêu chuẩn, mã số mã vạch, truy xuất nguồn gốc cho học sinh, sinh viên các trường trung cấp",
         [["04/2026", "Trường Trung cấp Kinh tế – Kỹ thuật Nguyễn Hữu Cảnh", "Chuyên đề ngoại khóa", "Chi cục TĐC"],
          ["05/2026", "Trường Trung cấp Bách khoa", "Chuyên đề ngoại khóa", "Chi cục TĐC"],
          ["09/2026", "Trường Trung cấp Việt Giao", "Chuyên đề ngoại khóa", "Chi cục TĐC"]],
         "03 buổi chuyên đề, 640 học sinh, sinh viên tham dự.", "Đang thực hiện"),
        ("Tuyên truyền trong trường học",
         [["Cả năm", "Trang thông tin các trường", "Đăng tin, bài về Ngày Tiêu chuẩn Thế giới, Ngày Đo lường", "—"]],
         "12 tin, bài.", "Hoàn thành"),
        ("Duy trì hệ thống quản lý chất lượng tại cơ quan Sở",
         [["08/2026", "Cơ quan Sở", "Đánh giá nội bộ TCVN ISO 9001:2015", "Văn phòng Sở"]],
         "đã đánh giá nội bộ, cập nhật các quy trình.", "Hoàn thành"),
    ])
    para(d, "")
    diffs = ["Lịch học của các trường dày, khó bố trí thời gian cho chuyên đề ngoại khóa."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng biên soạn tài liệu ngắn gọn phù hợp học sinh trung cấp."]
    runs(d, [("Khó khăn: ", "b"), (diffs[0], "")])
    runs(d, [("Đề xuất: ", "b"), (props[0], "")])
    sign_block(d, ["Nơi nhận:", "- Như trên;", "- Lưu: VT, GDNN."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Lê Thụy Mỵ Châu"])
    d.save(os.path.join(OUT, fn))
    key(fn, "SO-GDDT", "Sở Giáo dục và Đào tạo", "3905/BC-SGDĐT", "2026-11-10", [
        ("II.3.d", "in_progress", {"training_courses": 3, "participants": 640}, "03 buổi chuyên đề, 640 học sinh, sinh viên"),
        ("II.1.a", "completed", {"communications": 12}, "12 tin, bài"),
        ("II.2.đ", "completed", {}, "đánh giá nội bộ TCVN ISO 9001:2015 tại cơ quan Sở"),
    ], diffs, props)


# ================================================================== main
if __name__ == "__main__":
    for f in os.listdir(OUT):
        if f.endswith((".docx", ".xlsx")):
            os.remove(os.path.join(OUT, f))
    for fn in (a1_cctdc, a2_ttpttn, a3_sct, b1_ktpc, b2_bencat, b3_chaupha, b4_attp_mistaken,
               c1_cds, c2_ttcntt, c3_svhtt, c4_tnp, d1_vp, d2_qlkh, d3_stc_mistaken,
               e1_snnmt, e2_hotram, e3_sgddt):
        fn()
    # two files re-saved through LibreOffice, as offices do
    lo_resave(os.path.join(OUT, "TTCNTT-DKG_233-BC_CT38.docx"))
    lo_resave(os.path.join(OUT, "XaChauPha_bao-cao-CT38.xlsx"))
    for f in os.listdir(TRUTH):
        os.remove(os.path.join(TRUTH, f))
    for fn, k in KEYS.items():
        with open(os.path.join(OUT, fn), "rb") as fh:
            k["sha256"] = hashlib.sha256(fh.read()).hexdigest()
        with open(os.path.join(TRUTH, fn + ".json"), "w", encoding="utf-8") as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)
    print(len(KEYS), "files")
