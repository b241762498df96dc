# -*- coding: utf-8 -*-
"""Generator for set128: 16 reports in 4 hands (see NOTES.md).
Writes the files into this folder and draft keys into truth/ (sha256 is filled in by finalize.py
after any LibreOffice re-save)."""
import json, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

QH1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
QH2 = "Độc lập - Tự do - Hạnh phúc"


def key(fname, unit, number, date, entries, difficulties, proposals, status="extracted", reason=None):
    d = {"file": fname, "sha256": None, "status": status, "reason": reason,
         "unit": {"id": unit[0], "name": unit[1]},
         "document": {"number": number, "date": date},
         "entries": [{"task": e["task"], "status": e["status"], "indicators": e.get("ind", {}),
                      "text": e["text"]} for e in entries],
         "findings": [], "difficulties": difficulties, "proposals": proposals}
    with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)


# ---------------------------------------------------------------- docx helpers
def new_doc(font="Times New Roman", size=13, landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    return doc


def para(doc_or_cell, text="", bold=False, italic=False, align=None, size=None, underline=False,
         space_after=3, indent=None, color=None):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    return p


def runs(p, parts):
    """parts: list of (text, style) where style contains b/i/u"""
    for t, s in parts:
        r = p.add_run(t)
        r.bold = "b" in s
        r.italic = "i" in s
        r.underline = "u" in s
    return p


def cell_text(cell, lines, bold=False, italic=False, align=None, size=None):
    cell.text = ""
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(ln)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)


def header_table(doc, left_lines, number, date_line, size=12):
    t = doc.add_table(rows=2, cols=2)
    cell_text(t.cell(0, 0), left_lines, bold=True, align="c", size=size)
    cell_text(t.cell(0, 1), [QH1, QH2, "_______________"], bold=True, align="c", size=size)
    cell_text(t.cell(1, 0), [number] if number else [""], align="c", size=size)
    cell_text(t.cell(1, 1), [date_line], italic=True, align="c", size=size)
    for c in t.columns[0].cells:
        c.width = Cm(7)
    for c in t.columns[1].cells:
        c.width = Cm(9)
    return t


def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def vn_date(iso):
    y, m, d = iso.split("-")
    return d, m, y


def fmt(n):
    return f"{n:,}".replace(",", ".")


# ================================================================= HAND 1
# Trần Minh Khoa - metrology engineer: every job told as an extract of a numbered register
# ("Sổ ĐL-02 ... số vào sổ từ 0041 đến 0054"), counts after the range, status as the
# state of the register ("Sổ đã khóa ngày … / Sổ còn mở / Chưa mở sổ / Không có số vào sổ").
def hand1(fname, unit, left_lines, number, date, place, title2, basis_line, intro, items, diffs, props, signer,
          role_line, _unused=""):
    doc = new_doc(size=13)
    d, m, y = vn_date(date)
    header_table(doc, left_lines, number, f"{place}, ngày {d} tháng {m} năm {y}")
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", size=14, space_after=0)
    para(doc, title2, bold=True, align="c", space_after=0)
    para(doc, basis_line, italic=True, align="c")
    para(doc, intro, align="j", indent=1)
    para(doc, "I. KẾT QUẢ THEO TỪNG SỔ THEO DÕI", bold=True)
    for i, it in enumerate(items, 1):
        runs(para(doc, space_after=1), [(f"Mục {i}. ", "b"), (it["title"], "b")])
        for ln in it["lines"]:
            para(doc, "- " + ln, align="j", indent=0.5, space_after=1)
        runs(para(doc, indent=0.5), [("Tình trạng sổ: ", "iu"), (it["sline"], "i")])
    para(doc, "II. TỒN TẠI, VƯỚNG MẮC", bold=True)
    if diffs:
        for i, t in enumerate(diffs, 1):
            para(doc, f"({i}) {t}", align="j", indent=0.5, space_after=1)
    else:
        para(doc, "Không có.", indent=0.5)
    para(doc, "III. ĐỀ XUẤT", bold=True)
    for i, t in enumerate(props, 1):
        para(doc, f"({i}) {t}", align="j", indent=0.5, space_after=1)
    para(doc, role_line, italic=True, align="j", indent=1)
    t = doc.add_table(rows=1, cols=2)
    cell_text(t.cell(0, 0), ["Nơi nhận:", "- Như trên;", "- Lưu: sổ ĐL, VT."], italic=False, size=11)
    cell_text(t.cell(0, 1), [signer[0], "", "", "", signer[1]], bold=True, align="c")
    doc.save(os.path.join(OUT, fname))
    ents = [{"task": it["task"], "status": it["status"], "ind": it.get("ind", {}),
             "text": it["title"] + ": " + " ".join(it["lines"])} for it in items]
    key(fname, unit, number.replace("Số: ", "") if number else None, date, ents, diffs, props)


CCTDC = ("SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh")
TTPTTN = ("SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh")
KTPC = ("SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế")
CDS = ("SKHCN-CDS", "Phòng Chuyển đổi số")
QLKH = ("SKHCN-QLKH", "Phòng Quản lý Khoa học")
VP = ("SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ")
TTCNTT = ("SKHCN-TTCNTT", "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh")
ATTP = ("SO-ATTP", "Sở An toàn thực phẩm")
W_TANHIEP = ("25920", "Phường Tân Hiệp")
W_BINHDUONG = ("25760", "Phường Bình Dương")
W_TNP = ("26842", "Phường Tăng Nhơn Phú")

BASIS = "(Số liệu lấy từ các sổ theo dõi, tính đến hết ngày 15/10/2026)"

# ---- F01 Chi cục - Phòng Quản lý Đo lường
hand1(
    "qldl-chicuc-bc-ct38-2026.docx", CCTDC,
    ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "PHÒNG QUẢN LÝ ĐO LƯỜNG", "_______"],
    "Số: 87/BC-QLĐL", "2026-10-19", "TP. Hồ Chí Minh",
    "Kết quả thực hiện các nội dung về đo lường thuộc Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
    BASIS,
    "Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ và phân công "
    "của Lãnh đạo Chi cục, Phòng Quản lý Đo lường báo cáo kết quả trên cơ sở các sổ theo dõi đang lưu tại Phòng "
    "(sổ ĐL-02 đến ĐL-09). Mỗi số vào sổ tương ứng với một việc hoặc một phương tiện, cụ thể như sau:",
    [
        dict(task="II.5.a", status="in_progress",
             title="Kiểm tra nhà nước về đo lường tại cửa hàng xăng dầu, cơ sở kinh doanh vàng bạc, chợ",
             lines=["Sổ sử dụng: ĐL-02 \u201cSổ theo dõi kiểm tra nhà nước về đo lường\u201d, số vào sổ từ 0041 đến 0054.",
                    "Ghi nhận: 14 cuộc kiểm tra; 96 cơ sở được kiểm tra; 11 cơ sở vi phạm về đo lường.",
                    "Tiền phạt theo các quyết định xử phạt đã vào sổ: 71.250.000 đồng."],
             sline="sổ còn mở, tiếp tục ghi đến hết năm (kiểm tra thường xuyên, đang thực hiện).",
             ind={"inspections": 14, "establishments_inspected": 96, "violations": 11, "fines_vnd": 71250000}),
        dict(task="II.4.b", status="completed",
             title="Kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ của Phòng (cân chuẩn, bình chuẩn, quả cân, thiết bị kiểm tra nhanh)",
             lines=["Sổ sử dụng: ĐL-04 \u201cSổ quản lý phương tiện kỹ thuật nghiệp vụ\u201d, số vào sổ từ 0007 đến 0029.",
                    "Ghi nhận: 23 phương tiện kỹ thuật nghiệp vụ đã được kiểm định, hiệu chuẩn năm 2026, đều đạt yêu cầu."],
             sline="đã khóa sổ ngày 31/8/2026 - đợt kiểm định, hiệu chuẩn năm 2026 đã xong.",
             ind={"instruments_verified": 23}),
        dict(task="II.4.c", status="in_progress",
             title="Duy trì chuẩn đo lường chính, liên kết chuẩn đến chuẩn quốc gia",
             lines=["Sổ sử dụng: ĐL-05 \u201cSổ theo dõi chuẩn đo lường\u201d, số vào sổ từ 0003 đến 0008.",
                    "Ghi nhận: 06 chuẩn đo lường chính được hiệu chuẩn liên kết lên chuẩn quốc gia (khối lượng, dung tích, áp suất)."],
             sline="sổ còn mở, còn 02 chuẩn chờ Viện Đo lường Việt Nam trả kết quả.",
             ind={"instruments_verified": 6}),
        dict(task="II.2.a", status="in_progress",
             title="Hỗ trợ doanh nghiệp về đo lường theo Đề án 996",
             lines=["Sổ sử dụng: ĐL-06 \u201cSổ theo dõi hỗ trợ doanh nghiệp\u201d, số vào sổ từ 0001 đến 0019.",
                    "Ghi nhận: 19 doanh nghiệp được hướng dẫn xây dựng hệ thống quản lý đo lường, lập danh mục phương tiện đo phải kiểm định.",
                    "Tổ chức 01 hội thảo \u201cĐo lường trong doanh nghiệp sản xuất\u201d ngày 12/6/2026 với 74 đại biểu tham dự."],
             sline="sổ còn mở (đang thực hiện).",
             ind={"enterprises_supported": 19, "training_courses": 1, "participants": 74}),
        dict(task="II.5.c", status="in_progress",
             title="Phối hợp, hướng dẫn UBND phường, xã kiểm tra đo lường tại chợ",
             lines=["Sổ sử dụng: ĐL-07 \u201cSổ phối hợp với địa phương\u201d, số vào sổ từ 0012 đến 0020.",
                    "Ghi nhận: 09 cuộc kiểm tra phối hợp với UBND các phường, xã tại chợ; 57 cơ sở (quầy, sạp sử dụng cân) được kiểm tra."],
             sline="sổ còn mở (đang thực hiện).",
             ind={"inspections": 9, "establishments_inspected": 57}),
        dict(task="II.3.a", status="completed",
             title="Tập huấn nghiệp vụ đo lường cho công chức phường, xã, đặc khu",
             lines=["Sổ sử dụng: ĐL-08 \u201cSổ theo dõi tập huấn\u201d, số vào sổ từ 0001 đến 0003.",
                    "Ghi nhận: 03 lớp tập huấn với 212 lượt công chức tham dự."],
             sline="đã khóa sổ ngày 25/7/2026 (hoàn thành).",
             ind={"training_courses": 3, "participants": 212}),
        dict(task="II.5.d", status="not_applicable",
             title="Tiếp nhận, xử lý tố giác vi phạm về đo lường",
             lines=["Sổ sử dụng: ĐL-09 \u201cSổ tiếp nhận phản ánh, tố giác\u201d."],
             sline="không có số vào sổ trong kỳ - không phát sinh.",
             ind={}),
    ],
    ["Một số cân đối chứng tại chợ đã hư hỏng, các phường chưa bố trí kinh phí thay thế.",
     "Cột đo xăng dầu có gắn thiết bị can thiệp điện tử ngày càng tinh vi, kiểm tra viên chưa có thiết bị chuyên dụng để phát hiện."],
    ["Đề nghị Chi cục trình Sở bổ sung kinh phí mua thiết bị kiểm tra nhanh cột đo xăng dầu trong năm 2027.",
     "Đề nghị các phường, xã rà soát và thay thế cân đối chứng hư hỏng tại chợ."],
    ("TRƯỞNG PHÒNG", "Trần Minh Khoa"),
    "Phòng Quản lý Đo lường kính báo cáo Lãnh đạo Chi cục tổng hợp./.",
    BASIS)

# ---- F02 Trung tâm Dịch vụ Phân tích thí nghiệm (whole centre)
hand1(
    "ttpttn-baocao-ct38.docx", TTPTTN,
    ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM", "VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "_______"],
    "Số: 214/BC-TTPTTN", "2026-10-23", "Thành phố Hồ Chí Minh",
    "Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ",
    "(Số liệu trích từ sổ nhận mẫu, sổ kiểm định và sổ tài sản đến ngày 20/10/2026)",
    "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh (Trung tâm) "
    "báo cáo phần việc được giao chủ trì và phối hợp trong Kế hoạch. Số liệu được trích trực tiếp từ các sổ của "
    "Phòng Kiểm định - Hiệu chuẩn, Phòng Thử nghiệm và Phòng Hành chính - Tổng hợp:",
    [
        dict(task="II.2.g", status="in_progress",
             title="Cung cấp dịch vụ kiểm định, hiệu chuẩn, thử nghiệm cho doanh nghiệp và người dân",
             lines=["Sổ KĐ-26 (kiểm định, hiệu chuẩn): số vào sổ từ 00001 đến 14382, tương ứng 14.382 phương tiện đo đã kiểm định, hiệu chuẩn.",
                    "Sổ TN-26 (nhận mẫu thử nghiệm dịch vụ): số vào sổ từ 0001 đến 2615, tương ứng 2.615 mẫu đã thử nghiệm.",
                    "Mở rộng thêm 03 phép thử lĩnh vực điện - điện tử."],
             sline="các sổ KĐ-26, TN-26 còn mở (công việc thường xuyên, đang thực hiện).",
             ind={"instruments_verified": 14382, "samples_tested": 2615}),
        dict(task="II.4.a", status="completed",
             title="Đầu tư, hiện đại hóa trang thiết bị phòng thí nghiệm năm 2026",
             lines=["Sổ tài sản TB-2026: số vào sổ từ 0118 đến 0124, tiếp nhận 07 thiết bị mới (máy sắc ký khí, bộ quả cân cấp chính xác E2, tủ vi khí hậu...).",
                    "Giá trị đã thanh toán theo sổ: 4.862.500.000 đồng."],
             sline="đã khóa sổ ngày 30/9/2026, gói thầu đã nghiệm thu, đưa vào sử dụng (hoàn thành).",
             ind={"budget_spent_vnd": 4862500000}),
        dict(task="II.4.c", status="in_progress",
             title="Phối hợp Chi cục duy trì, liên kết chuẩn đo lường",
             lines=["Sổ HC-CHUAN: số vào sổ từ 0015 đến 0026, tương ứng 12 chuẩn của Trung tâm được hiệu chuẩn tại Viện Đo lường Việt Nam."],
             sline="sổ còn mở (đang thực hiện).",
             ind={"instruments_verified": 12}),
        dict(task="II.5.b", status="completed",
             title="Thử nghiệm mẫu khảo sát chất lượng sản phẩm, hàng hóa theo đặt hàng của Chi cục",
             lines=["Sổ TN-KS: số vào sổ từ 0001 đến 0145, tương ứng 145 mẫu khảo sát (xăng dầu, khí dầu mỏ hóa lỏng, sữa) đã thử nghiệm và trả kết quả."],
             sline="đã khóa sổ ngày 15/9/2026 (hoàn thành).",
             ind={"samples_tested": 145}),
    ],
    ["Một số thiết bị thử nghiệm đã sử dụng trên 10 năm, chi phí bảo trì, hiệu chuẩn lớn.",
     "Nhân lực kiểm định viên đo lường còn thiếu so với khối lượng công việc."],
    ["Đề nghị Sở xem xét bố trí kinh phí đầu tư hệ thống chuẩn dung tích (bình chuẩn kim loại hạng II) năm 2027."],
    ("GIÁM ĐỐC", "Võ Thành Nhân"),
    "Trung tâm kính báo cáo Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng) tổng hợp./.",
    "")

# ---- F03 Phòng Kiểm tra - Pháp chế
hand1(
    "ktpc-bc-ct38-nam2026.docx", KTPC,
    ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ", "_______"],
    "Số: 36/BC-KTPC", "2026-10-26", "TP. Hồ Chí Minh",
    "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
    "(Trích sổ theo dõi kiểm tra, sổ pháp chế của Phòng đến ngày 20/10/2026)",
    "Phòng Kiểm tra – Pháp chế là đơn vị phối hợp trong các nội dung kiểm tra, xử lý vi phạm và hoàn thiện văn bản "
    "về tiêu chuẩn, đo lường, chất lượng. Phòng báo cáo theo các sổ đang theo dõi như sau:",
    [
        dict(task="II.5.a", status="in_progress",
             title="Phối hợp Chi cục kiểm tra tiêu chuẩn, đo lường, chất lượng hàng hóa lưu thông",
             lines=["Sổ KT-01 (các đoàn kiểm tra liên ngành): số vào sổ từ 0009 đến 0015, tương ứng 07 cuộc kiểm tra phối hợp; 41 cơ sở được kiểm tra; 06 cơ sở vi phạm.",
                    "Sổ KT-03 (quyết định xử phạt do Giám đốc Sở ký): số vào sổ từ 0021 đến 0026, tổng tiền phạt 38.500.000 đồng."],
             sline="sổ KT-01 còn mở, tiếp tục phối hợp đến hết năm.",
             ind={"inspections": 7, "establishments_inspected": 41, "violations": 6, "fines_vnd": 38500000}),
        dict(task="II.2.c", status="completed",
             title="Góp ý dự thảo văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng",
             lines=["Sổ PC-02 (góp ý văn bản): số vào sổ từ 0031 đến 0034, tương ứng 04 dự thảo (dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa sửa đổi và các dự thảo Thông tư của Bộ)."],
             sline="đã khóa sổ - đã gửi đủ ý kiến góp ý theo yêu cầu.",
             ind={}),
        dict(task="II.4.b", status="not_started",
             title="Phối hợp rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP",
             lines=["Chưa có số vào sổ; Phòng đang chờ Chi cục gửi danh mục phương tiện cần rà soát."],
             sline="chưa mở sổ (chưa triển khai).",
             ind={}),
        dict(task="II.5.b", status="unknown",
             title="Phối hợp khảo sát chất lượng sản phẩm, hàng hóa",
             lines=["Sổ KT-01 số vào sổ 0013: Phòng cử 01 công chức tham gia đoàn khảo sát chất lượng xăng dầu của Chi cục tháng 8/2026."],
             sline="xem sổ KT-01.",
             ind={}),
        dict(task="II.5.d", status="not_applicable",
             title="Tiếp nhận tố giác, xử lý hành vi tiêu cực trong lĩnh vực tiêu chuẩn, đo lường, chất lượng",
             lines=["Sổ KT-05 (tiếp nhận đơn): không có đơn nào liên quan đến lĩnh vực tiêu chuẩn, đo lường, chất lượng."],
             sline="không có số vào sổ - không phát sinh.",
             ind={}),
    ],
    ["Số liệu xử phạt giữa Chi cục và Phòng còn lệch do hai bên vào sổ theo hai thời điểm khác nhau (ngày lập biên bản và ngày ban hành quyết định)."],
    ["Đề nghị thống nhất dùng ngày ban hành quyết định xử phạt làm mốc vào sổ và tổng hợp số liệu."],
    ("TRƯỞNG PHÒNG", "Lương Quốc Bảo"),
    "Phòng Kiểm tra – Pháp chế báo cáo để Chi cục Tiêu chuẩn Đo lường Chất lượng tổng hợp./.",
    "")

# ---- F04 Phường Tân Hiệp
hand1(
    "bc-tdc-phuong-tan-hiep.docx", W_TANHIEP,
    ["ỦY BAN NHÂN DÂN", "PHƯỜNG TÂN HIỆP", "_______"],
    "Số: 318/BC-UBND", "2026-11-04", "Tân Hiệp",
    "Kết quả thực hiện nhiệm vụ về tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn phường",
    "(theo Kế hoạch của Sở Khoa học và Công nghệ triển khai Chỉ thị số 38-CT/TW)",
    "Ủy ban nhân dân phường Tân Hiệp báo cáo kết quả theo các sổ theo dõi do công chức phụ trách kinh tế lập "
    "từ đầu năm 2026 như sau:",
    [
        dict(task="II.5.c", status="in_progress",
             title="Kiểm tra cân tại chợ Tân Hiệp và các cửa hàng xăng dầu trên địa bàn (phối hợp Chi cục)",
             lines=["Sổ theo dõi kiểm tra: số vào sổ từ 001 đến 006, tương ứng 06 cuộc kiểm tra; 48 cơ sở được kiểm tra; 05 cơ sở vi phạm.",
                    "Đã nộp phạt theo quyết định của Chủ tịch UBND phường: 9.500.000 đồng."],
             sline="sổ vẫn để mở, phường tiếp tục kiểm tra đợt cao điểm Tết.",
             ind={"inspections": 6, "establishments_inspected": 48, "violations": 5, "fines_vnd": 9500000}),
        dict(task="II.3.a", status="completed",
             title="Cử công chức dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức",
             lines=["Sổ công văn đến số 0412 và 0577: phường cử 03 lượt công chức tham dự."],
             sline="đã khóa (hoàn thành).",
             ind={"participants": 3}),
        dict(task="II.1.a", status="in_progress",
             title="Tuyên truyền về đo lường, ghi nhãn hàng hóa trên hệ thống loa và trang thông tin điện tử phường",
             lines=["Sổ nhật ký phát thanh: số vào sổ từ 0112 đến 0127, tương ứng 16 tin, bài."],
             sline="sổ còn mở (đang thực hiện).",
             ind={"communications": 16}),
        dict(task="II.5.d", status="not_applicable",
             title="Tiếp nhận phản ánh, tố giác vi phạm",
             lines=["Sổ tiếp nhận phản ánh: không có trường hợp liên quan đến đo lường, chất lượng."],
             sline="không phát sinh.",
             ind={}),
    ],
    ["Phường chưa có công chức chuyên trách về tiêu chuẩn, đo lường, chất lượng; công chức kinh tế kiêm nhiệm nhiều việc.",
     "Chợ Tân Hiệp chưa có cân đối chứng đạt yêu cầu."],
    ["Đề nghị Chi cục hỗ trợ phường 01 cân đối chứng và hướng dẫn kiểm tra định kỳ."],
    ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đặng Văn Lực"),
    "Ủy ban nhân dân phường Tân Hiệp kính báo cáo Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng)./.",
    "")


# ================================================================= HAND 2
# Nguyễn Thị Hồng Vân - quality specialist: each job laid out like a test/calibration
# certificate: "ĐỐI TƯỢNG 0n" / "Căn cứ" / "Phương pháp" / a small "Đại lượng | Giá trị |
# Đơn vị | Ghi chú" table / "KẾT LUẬN:" carrying the status.
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def hand2_xlsx(fname, unit, left1, left2, number, date, title, intro, items, diffs, props, signer,
               preparer="Nguyễn Thị Hồng Vân"):
    wb = Workbook()
    ws = wb.active
    ws.title = "PhieuKQ"
    for col, w in zip("ABCDE", [24, 46, 14, 14, 34]):
        ws.column_dimensions[col].width = w
    d, m, y = vn_date(date)
    ws["A1"] = left1
    ws["A2"] = left2
    ws["D1"] = QH1
    ws["D2"] = QH2
    for c in ("A1", "A2", "D1"):
        ws[c].font = Font(bold=True, name="Times New Roman", size=11)
    ws["A3"] = number
    ws["D3"] = f"Ngày lập phiếu: {d}/{m}/{y}"
    ws["D3"].font = Font(italic=True, name="Times New Roman", size=11)
    ws["A5"] = title
    ws["A5"].font = Font(bold=True, size=13, name="Times New Roman")
    ws.merge_cells("A5:E5")
    ws["A5"].alignment = Alignment(horizontal="center")
    ws["A6"] = intro
    ws.merge_cells("A6:E6")
    ws["A6"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[6].height = 45
    r = 8
    for i, it in enumerate(items, 1):
        ws.cell(r, 1, f"ĐỐI TƯỢNG {i:02d}:").font = Font(bold=True)
        ws.cell(r, 2, it["title"]).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        r += 1
        ws.cell(r, 1, "Căn cứ thực hiện:")
        ws.cell(r, 2, it["cancu"])
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        r += 1
        ws.cell(r, 1, "Phương pháp:")
        ws.cell(r, 2, it["pp"])
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        ws.cell(r, 2).alignment = Alignment(wrap_text=True)
        r += 1
        if it["rows"]:
            for j, h in enumerate(["", "Đại lượng", "Giá trị", "Đơn vị", "Ghi chú"], 1):
                c = ws.cell(r, j, h if h else None)
                if h:
                    c.font = Font(bold=True)
                    c.border = BOX
                    c.alignment = Alignment(horizontal="center")
            r += 1
            for (lab, val, unitm, note) in it["rows"]:
                ws.cell(r, 2, lab).border = BOX
                c = ws.cell(r, 3, val)
                c.border = BOX
                if isinstance(val, float):
                    c.number_format = "0.0"
                elif isinstance(val, int) and val >= 1000:
                    c.number_format = "#,##0"
                ws.cell(r, 4, unitm).border = BOX
                ws.cell(r, 5, note).border = BOX
                r += 1
        else:
            ws.cell(r, 2, "(Không có đại lượng định lượng)").font = Font(italic=True)
            r += 1
        ws.cell(r, 1, "KẾT LUẬN:").font = Font(bold=True, underline="single")
        ws.cell(r, 2, it["kl"]).font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        r += 2
    ws.cell(r, 1, "NHẬN XÉT - TỒN TẠI:").font = Font(bold=True)
    r += 1
    for i, t in enumerate(diffs, 1):
        ws.cell(r, 1, f"Tồn tại {i}")
        ws.cell(r, 2, t)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        r += 1
    if not diffs:
        ws.cell(r, 2, "Không có")
        r += 1
    r += 1
    ws.cell(r, 1, "KIẾN NGHỊ:").font = Font(bold=True)
    r += 1
    for i, t in enumerate(props, 1):
        ws.cell(r, 1, f"Kiến nghị {i}")
        ws.cell(r, 2, t)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        r += 1
    r += 1
    ws.cell(r, 1, "Người lập phiếu")
    ws.cell(r, 4, signer[0]).font = Font(bold=True)
    ws.cell(r + 4, 1, preparer)
    ws.cell(r + 4, 4, signer[1]).font = Font(bold=True)
    ws.page_setup.orientation = "portrait"
    wb.save(os.path.join(OUT, fname))
    ents = [{"task": it["task"], "status": it["status"], "ind": it.get("ind", {}),
             "text": it["title"] + ". " + "; ".join(f"{a}: {b} {c}" for a, b, c, _ in it["rows"])}
            for it in items]
    key(fname, unit, number.replace("Số: ", "") if number else None, date, ents, diffs, props)


def hand2_docx(fname, unit, left_lines, number, date, title, intro, items, diffs, props, signer,
               preparer="Nguyễn Thị Hồng Vân"):
    doc = new_doc(size=13)
    d, m, y = vn_date(date)
    header_table(doc, left_lines, number, f"Thành phố Hồ Chí Minh, ngày {d} tháng {m} năm {y}")
    para(doc)
    para(doc, title, bold=True, align="c", size=14)
    para(doc, intro, align="j", indent=1)
    for i, it in enumerate(items, 1):
        t = doc.add_table(rows=3, cols=4)
        t.style = "Table Grid"
        a = t.cell(0, 0).merge(t.cell(0, 3))
        cell_text(a, [f"ĐỐI TƯỢNG {i:02d}: {it['title']}"], bold=True)
        set_cell_bg(a, "DDEBF7")
        b = t.cell(1, 0)
        cell_text(b, ["Căn cứ thực hiện:"], italic=True)
        cell_text(t.cell(1, 1).merge(t.cell(1, 3)), [it["cancu"]])
        cell_text(t.cell(2, 0), ["Phương pháp:"], italic=True)
        cell_text(t.cell(2, 1).merge(t.cell(2, 3)), [it["pp"]])
        row = t.add_row().cells
        for j, h in enumerate(["Đại lượng", "Giá trị", "Đơn vị", "Ghi chú"]):
            cell_text(row[j], [h], bold=True, align="c")
        for (lab, val, unitm, note) in it["rows"]:
            row = t.add_row().cells
            vs = fmt(val) if isinstance(val, int) else str(val).replace(".", ",")
            for j, v in enumerate([lab, vs, unitm, note]):
                cell_text(row[j], [v], align="c" if j in (1, 2) else None)
        row = t.add_row().cells
        cell_text(row[0], ["KẾT LUẬN:"], bold=True)
        cell_text(row[1].merge(row[3]), [it["kl"]], bold=True, italic=True)
        para(doc)
    para(doc, "NHẬN XÉT - TỒN TẠI", bold=True)
    for t in diffs:
        para(doc, "– " + t, align="j", indent=0.5)
    para(doc, "KIẾN NGHỊ", bold=True)
    for t in props:
        para(doc, "– " + t, align="j", indent=0.5)
    t = doc.add_table(rows=1, cols=2)
    cell_text(t.cell(0, 0), ["NGƯỜI LẬP", "", "", "", preparer], bold=True, align="c")
    cell_text(t.cell(0, 1), [signer[0], "", "", "", signer[1]], bold=True, align="c")
    doc.save(os.path.join(OUT, fname))
    ents = [{"task": it["task"], "status": it["status"], "ind": it.get("ind", {}),
             "text": it["title"] + ". " + "; ".join(f"{a}: {b} {c}" for a, b, c, _ in it["rows"])}
            for it in items]
    key(fname, unit, number.replace("Số: ", "") if number else None, date, ents, diffs, props)


# ---- F05 Chi cục - Phòng Quản lý Chất lượng (xlsx)
hand2_xlsx(
    "PhieuKQ_QLCL_CT38_2026.xlsx", CCTDC,
    "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "PHÒNG QUẢN LÝ CHẤT LƯỢNG",
    "Số: 64/BC-QLCL", "2026-10-20",
    "PHIẾU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
    "Phòng Quản lý Chất lượng lập phiếu kết quả cho từng đối tượng công việc được Lãnh đạo Chi cục phân công "
    "trong Kế hoạch; số liệu tính đến ngày 15/10/2026.",
    [
        dict(task="II.5.a", status="in_progress",
             title="Kiểm tra chất lượng hàng hóa lưu thông (mũ bảo hiểm, đồ chơi trẻ em, thép xây dựng)",
             cancu="Kế hoạch kiểm tra năm 2026 của Chi cục",
             pp="Kiểm tra hồ sơ, nhãn, dấu hợp quy; lấy mẫu thử nghiệm khi nghi ngờ",
             rows=[("Số cuộc kiểm tra", 9, "cuộc", ""), ("Cơ sở được kiểm tra", 63, "cơ sở", ""),
                   ("Mẫu lấy thử nghiệm", 27, "mẫu", "gửi Trung tâm"), ("Cơ sở vi phạm", 8, "cơ sở", ""),
                   ("Tiền phạt", 52.3, "triệu đồng", "theo QĐ đã ban hành")],
             kl="Chưa kết thúc - tiếp tục kiểm tra đến hết Quý IV/2026.",
             ind={"inspections": 9, "establishments_inspected": 63, "samples_tested": 27, "violations": 8,
                  "fines_vnd": 52300000}),
        dict(task="II.5.b", status="completed",
             title="Khảo sát chất lượng xăng dầu, khí dầu mỏ hóa lỏng, sữa dạng lỏng",
             cancu="Kế hoạch khảo sát số 12/KH-CCTĐC",
             pp="Lấy mẫu ngẫu nhiên tại cơ sở bán lẻ, thử nghiệm tại Trung tâm",
             rows=[("Mẫu khảo sát", 120, "mẫu", ""), ("Mẫu không phù hợp", 7, "mẫu", "đã thông tin Phòng KT-PC")],
             kl="Hoàn thành (đã gửi kết quả cho Phòng Kiểm tra – Pháp chế ngày 12/9/2026).",
             ind={"samples_tested": 120}),
        dict(task="II.2.d", status="in_progress",
             title="Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý chất lượng, công bố hợp chuẩn, hợp quy",
             cancu="Chức năng, nhiệm vụ thường xuyên",
             pp="Hướng dẫn trực tiếp, qua điện thoại, thư điện tử",
             rows=[("Doanh nghiệp được hướng dẫn", 146, "doanh nghiệp", ""),
                   ("Hồ sơ công bố hợp quy tiếp nhận", 389, "hồ sơ", "")],
             kl="Chưa kết thúc - việc thường xuyên, đang thực hiện.",
             ind={"enterprises_supported": 146}),
        dict(task="II.1.b", status="completed",
             title="Tuyên truyền, vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
             cancu="Công văn của Ủy ban TĐC Quốc gia",
             pp="Đăng tin trên trang thông tin Chi cục; gửi thư mời; hướng dẫn lập hồ sơ",
             rows=[("Tin, bài tuyên truyền", 5, "tin bài", ""),
                   ("Doanh nghiệp được vận động, hướng dẫn", 32, "doanh nghiệp", "")],
             kl="Hoàn thành.",
             ind={"communications": 5, "enterprises_supported": 32}),
        dict(task="II.2.b", status="in_progress",
             title="Tổ chức xét Giải thưởng Chất lượng Quốc gia năm 2026 tại Thành phố",
             cancu="Kế hoạch của Ủy ban TĐC Quốc gia",
             pp="Tiếp nhận hồ sơ, Hội đồng sơ tuyển đánh giá tại cơ sở",
             rows=[("Hồ sơ dự thưởng", 11, "hồ sơ", "")],
             kl="Chưa kết thúc - chờ Hội đồng Quốc gia xét chọn.",
             ind={}),
        dict(task="II.2.h", status="completed",
             title="Đề xuất hoàn thiện hệ thống giải quyết thủ tục hành chính, kết nối Cổng một cửa quốc gia",
             cancu="Kế hoạch của Sở",
             pp="Rà soát quy trình, gửi ý kiến Bộ",
             rows=[],
             kl="Hoàn thành (Quý I/2026).",
             ind={}),
        dict(task="II.6.a", status="not_applicable",
             title="Cập nhật điều ước, thỏa thuận quốc tế về tiêu chuẩn, đo lường, chất lượng",
             cancu="Thông báo của Văn phòng TBT Việt Nam",
             pp="Theo dõi thông báo",
             rows=[],
             kl="Không đánh giá - không phát sinh trong kỳ.",
             ind={}),
    ],
    ["Chi phí thử nghiệm mẫu kiểm tra lớn, dự toán năm 2026 chỉ đáp ứng khoảng 60% nhu cầu lấy mẫu.",
     "Nhiều hàng hóa bán qua sàn thương mại điện tử, khó xác định cơ sở để kiểm tra."],
    ["Kiến nghị Sở bổ sung kinh phí lấy mẫu thử nghiệm cho Quý IV/2026.",
     "Kiến nghị có cơ chế phối hợp với các sàn thương mại điện tử trong kiểm tra chất lượng hàng hóa."],
    ("TRƯỞNG PHÒNG", "Hồ Thị Mỹ Linh"))

# ---- F06 Phòng Chuyển đổi số (xlsx)
hand2_xlsx(
    "CDS_phieu_ket_qua_KH38.xlsx", CDS,
    "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG CHUYỂN ĐỔI SỐ",
    "Số: 29/BC-CĐS", "2026-10-27",
    "PHIẾU KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026",
    "Phòng Chuyển đổi số là đơn vị phối hợp với Chi cục TĐC trong các nội dung về hệ thống thông tin, "
    "cơ sở dữ liệu; kết quả như sau:",
    [
        dict(task="II.2.h", status="completed",
             title="Phối hợp kết nối Hệ thống thông tin giải quyết TTHC về tiêu chuẩn, đo lường, chất lượng với Cổng thông tin một cửa quốc gia",
             cancu="Kế hoạch của Sở; Kế hoạch 2339/KH-SKHCN",
             pp="Cấu hình kết nối, kiểm thử liên thông",
             rows=[("Thủ tục được kết nối", 8, "thủ tục", "")],
             kl="Hoàn thành.", ind={}),
        dict(task="II.2.i", status="in_progress",
             title="Kết nối, áp dụng cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng",
             cancu="Kế hoạch 2339/KH-SKHCN",
             pp="Đồng bộ dữ liệu thử nghiệm với hệ thống của Bộ",
             rows=[("Bản ghi đã đồng bộ", 12640, "bản ghi", "giai đoạn thử")],
             kl="Chưa kết thúc - đang thử nghiệm kết nối.", ind={}),
        dict(task="II.1.a", status="completed",
             title="Hỗ trợ kỹ thuật tổ chức tập huấn trực tuyến văn bản quy phạm pháp luật về TĐC cho doanh nghiệp",
             cancu="Đề nghị của Chi cục",
             pp="Vận hành phòng họp trực tuyến, ghi hình",
             rows=[("Lớp được hỗ trợ trực tuyến", 2, "lớp", ""), ("Lượt người tham dự trực tuyến", 315, "lượt", "")],
             kl="Hoàn thành.", ind={"training_courses": 2, "participants": 315}),
    ],
    ["Hệ thống của Bộ chưa công bố đầy đủ tài liệu kỹ thuật để kết nối cơ sở dữ liệu."],
    ["Đề nghị Chi cục làm đầu mối đề nghị Bộ cung cấp tài liệu kỹ thuật kết nối."],
    ("TRƯỞNG PHÒNG", "Mai Xuân Đức"), preparer="Tô Hoàng Nam")

# ---- F07 Phường Bình Dương (xlsx, re-saved by LibreOffice later)
hand2_xlsx(
    "UBND_P.BinhDuong_BC_TDC_2026.xlsx", W_BINHDUONG,
    "ỦY BAN NHÂN DÂN", "PHƯỜNG BÌNH DƯƠNG",
    "Số: 402/BC-UBND", "2026-11-06",
    "PHIẾU KẾT QUẢ THỰC HIỆN NHIỆM VỤ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026",
    "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ triển khai Chỉ thị số 38-CT/TW, UBND phường Bình Dương "
    "báo cáo kết quả các việc phường được giao như sau:",
    [
        dict(task="II.5.c", status="in_progress",
             title="Phối hợp Chi cục kiểm tra đo lường, chất lượng tại chợ, cửa hàng xăng dầu",
             cancu="Kế hoạch kiểm tra của UBND phường",
             pp="Tổ công tác phường phối hợp kiểm tra viên Chi cục",
             rows=[("Số cuộc kiểm tra", 4, "cuộc", ""), ("Cơ sở được kiểm tra", 31, "cơ sở", ""),
                   ("Cơ sở vi phạm", 3, "cơ sở", ""), ("Tiền phạt", 7000000, "đồng", "")],
             kl="Chưa kết thúc - tiếp tục kiểm tra trong tháng 12/2026.",
             ind={"inspections": 4, "establishments_inspected": 31, "violations": 3, "fines_vnd": 7000000}),
        dict(task="II.1.a", status="completed",
             title="Tuyên truyền pháp luật về đo lường, chất lượng cho hộ kinh doanh",
             cancu="Kế hoạch tuyên truyền của phường",
             pp="Loa phát thanh, nhóm Zalo khu phố",
             rows=[("Tin, bài tuyên truyền", 22, "tin", "")],
             kl="Hoàn thành.", ind={"communications": 22}),
        dict(task="II.3.a", status="completed",
             title="Cử công chức dự tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng",
             cancu="Giấy mời của Chi cục",
             pp="Cử công chức kinh tế, công chức văn hóa",
             rows=[("Công chức tham dự", 4, "người", "")],
             kl="Hoàn thành.", ind={"participants": 4}),
        dict(task="II.5.d", status="not_applicable",
             title="Tiếp nhận tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng",
             cancu="", pp="", rows=[],
             kl="Không đánh giá - không phát sinh.", ind={}),
    ],
    ["Phường mới sắp xếp, chưa có danh sách đầy đủ cơ sở kinh doanh phương tiện đo trên địa bàn."],
    ["Đề nghị Chi cục cung cấp danh sách cửa hàng xăng dầu, cơ sở kinh doanh vàng trên địa bàn phường."],
    ("KT. CHỦ TỊCH - PHÓ CHỦ TỊCH", "Trương Minh Hải"), preparer="Lý Thị Bích Hằng")

# ---- F16 Trung tâm - Phòng Thử nghiệm (docx)
hand2_docx(
    "PTN_phieu-ket-qua_KH-CT38.docx", TTPTTN,
    ["TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM", "VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "PHÒNG THỬ NGHIỆM HÓA - VI SINH", "_______"],
    "Số: 17/BC-PTN", "2026-10-16",
    "PHIẾU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026\n(phần việc của Phòng Thử nghiệm Hóa - Vi sinh)",
    "Phòng Thử nghiệm Hóa - Vi sinh báo cáo Ban Giám đốc Trung tâm kết quả thực hiện các đối tượng công việc "
    "thuộc Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, số liệu tính đến ngày 10/10/2026:",
    [
        dict(task="II.2.g", status="in_progress",
             title="Mở rộng phạm vi thử nghiệm, cung cấp dịch vụ thử nghiệm cho doanh nghiệp",
             cancu="Kế hoạch hoạt động dịch vụ năm 2026 của Trung tâm",
             pp="Tiếp nhận mẫu, thử nghiệm theo phương pháp được công nhận ISO/IEC 17025",
             rows=[("Mẫu thử nghiệm dịch vụ", 1874, "mẫu", ""), ("Phép thử mở rộng công nhận", 14, "phép thử", "")],
             kl="Chưa kết thúc - việc thường xuyên.",
             ind={"samples_tested": 1874}),
        dict(task="II.5.b", status="completed",
             title="Thử nghiệm mẫu khảo sát chất lượng cho Chi cục TĐC",
             cancu="Hợp đồng với Chi cục",
             pp="Thử nghiệm chỉ tiêu hóa lý, vi sinh",
             rows=[("Mẫu khảo sát đã thử nghiệm", 98, "mẫu", "")],
             kl="Hoàn thành.",
             ind={"samples_tested": 98}),
        dict(task="II.4.a", status="completed",
             title="Đầu tư thiết bị phân tích (máy ICP-MS)",
             cancu="Quyết định phê duyệt dự toán mua sắm năm 2026",
             pp="Mua sắm theo Luật Đấu thầu",
             rows=[("Kinh phí đã giải ngân", 3150000000, "đồng", ""), ("Thiết bị tiếp nhận", 1, "máy", "")],
             kl="Hoàn thành (nghiệm thu ngày 28/8/2026).",
             ind={"budget_spent_vnd": 3150000000}),
        dict(task="II.3.d", status="in_progress",
             title="Hướng dẫn thực tập về thử nghiệm, tiêu chuẩn cho sinh viên các trường đại học, cao đẳng",
             cancu="Thỏa thuận hợp tác với các trường",
             pp="Tổ chức khóa thực tập ngắn hạn tại phòng thí nghiệm",
             rows=[("Khóa thực tập đã tổ chức", 2, "khóa", ""), ("Sinh viên tham gia", 46, "người", "")],
             kl="Chưa kết thúc - còn 01 khóa vào tháng 11/2026.",
             ind={"training_courses": 2, "participants": 46}),
    ],
    ["Hóa chất chuẩn, chất chuẩn đối chứng nhập khẩu có thời gian giao hàng dài."],
    ["Đề nghị Trung tâm ưu tiên mua sắm chất chuẩn theo hình thức mua sắm tập trung hằng năm."],
    ("TRƯỞNG PHÒNG", "Lâm Bảo Ngọc"), preparer="Đoàn Thị Thu")


# ================================================================= HAND 3
# Lê Văn Phúc - standards officer: the report laid out like a TCVN standard
# ("Lời nói đầu", "1 Phạm vi", "2 Tài liệu viện dẫn", "3 Thuật ngữ và chữ viết tắt",
# "4 Kết quả thực hiện" with clauses "4.1" without a trailing dot, small "CHÚ THÍCH:" notes
# holding the status, "Phụ lục A (tham khảo)" table).
def hand3(fname, unit, left_lines, number, date, title2, foreword, scope, refs, terms, clauses,
          diffs, props, signer, annex=True, heading5="5 Khó khăn, vướng mắc", heading6="6 Kiến nghị",
          sec4="4 Kết quả thực hiện", key_status="extracted", reason=None):
    doc = new_doc(font="Arial", size=11)
    d, m, y = vn_date(date)
    header_table(doc, left_lines, number, f"TP. Hồ Chí Minh, ngày {d} tháng {m} năm {y}", size=10)
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", size=13, space_after=0)
    para(doc, title2, bold=True, align="c")
    para(doc, "Lời nói đầu", bold=True, size=12)
    para(doc, foreword, align="j")
    para(doc, "1 Phạm vi", bold=True, size=12)
    para(doc, scope, align="j")
    para(doc, "2 Tài liệu viện dẫn", bold=True, size=12)
    for rf in refs:
        para(doc, rf, align="j", space_after=1)
    para(doc, "3 Thuật ngữ và chữ viết tắt", bold=True, size=12)
    for i, (a, b) in enumerate(terms, 1):
        p = para(doc, space_after=0)
        runs(p, [(f"3.{i}", "b")])
        p2 = para(doc, space_after=1)
        runs(p2, [(a, "b"), (f" ({b})", "")])
    para(doc, sec4, bold=True, size=12)
    for i, c in enumerate(clauses, 1):
        para(doc, f"4.{i}  {c['title']}", bold=True)
        for tx in c["paras"]:
            para(doc, tx, align="j")
        if c.get("note"):
            p = para(doc, size=9)
            runs(p, [("CHÚ THÍCH:  ", ""), (c["note"], "")])
            for r in p.runs:
                r.font.size = Pt(9)
    para(doc, heading5, bold=True, size=12)
    if diffs:
        for i, t in enumerate(diffs, 1):
            para(doc, f"5.{i}  {t}", align="j")
    else:
        para(doc, "Không có.")
    para(doc, heading6, bold=True, size=12)
    for i, t in enumerate(props, 1):
        para(doc, f"6.{i}  {t}", align="j")
    if annex:
        para(doc)
        para(doc, "Phụ lục A", bold=True, align="c", space_after=0)
        para(doc, "(tham khảo)", italic=True, align="c", space_after=0)
        para(doc, "Tổng hợp số liệu", bold=True, align="c")
        rows = [(f"4.{i}", lab, val) for i, c in enumerate(clauses, 1) for lab, val in c.get("annex", [])]
        t = doc.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for j, h in enumerate(["Điều", "Nội dung số liệu", "Số liệu"]):
            cell_text(t.cell(0, j), [h], bold=True, align="c")
        for a, b, cc in rows:
            row = t.add_row().cells
            cell_text(row[0], [a], align="c")
            cell_text(row[1], [b])
            cell_text(row[2], [cc], align="c")
        if not rows:
            row = t.add_row().cells
            cell_text(row[1], ["(không có số liệu định lượng)"], italic=True)
    para(doc)
    t = doc.add_table(rows=1, cols=2)
    cell_text(t.cell(0, 0), ["Nơi nhận:", "- Chi cục TĐC (để tổng hợp);", "- Lưu: VT."], size=9)
    cell_text(t.cell(0, 1), [signer[0], "", "", "", signer[1]], bold=True, align="c")
    doc.save(os.path.join(OUT, fname))
    ents = [{"task": c["task"], "status": c["status"], "ind": c.get("ind", {}),
             "text": c["title"] + ": " + " ".join(c["paras"])} for c in clauses]
    if key_status == "rejected":
        ents = []
    key(fname, unit, number.replace("Số: ", "") if number else None, date, ents, diffs, props,
        status=key_status, reason=reason)


REFS = ["Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia.",
        "Quyết định số 76/QĐ-UBND ngày 01/7/2025 của Ủy ban nhân dân Thành phố.",
        "Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ."]

# ---- F08 Chi cục - Phòng Quản lý Tiêu chuẩn
hand3(
    "QLTC_BaoCao_CT38_2026_final.docx", CCTDC,
    ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "PHÒNG QUẢN LÝ TIÊU CHUẨN"],
    "Số: 41/BC-QLTC", "2026-10-22",
    "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 – phần việc của Phòng Quản lý Tiêu chuẩn",
    "Báo cáo này do Phòng Quản lý Tiêu chuẩn biên soạn, thay thế Báo cáo số 22/BC-QLTC ngày 10/7/2026 (báo cáo "
    "6 tháng). Báo cáo được trình bày theo bố cục quen dùng của Phòng để thuận tiện tra cứu, đối chiếu.",
    "Báo cáo này nêu kết quả thực hiện các nội dung của Kế hoạch do Phòng được Lãnh đạo Chi cục phân công, "
    "tính đến ngày 15/10/2026.",
    REFS,
    [("TCVN", "tiêu chuẩn quốc gia"), ("QCĐP", "quy chuẩn kỹ thuật địa phương"),
     ("HTQLCL", "hệ thống quản lý chất lượng theo TCVN ISO 9001:2015")],
    [
        dict(task="II.2.e", status="in_progress",
             title="Xây dựng, góp ý tiêu chuẩn, quy chuẩn kỹ thuật",
             paras=["Trong kỳ, Phòng đã tham mưu góp ý và xây dựng 43 dự thảo tiêu chuẩn, quy chuẩn, gồm 37 dự thảo TCVN, "
                    "05 dự thảo QCVN do Bộ Khoa học và Công nghệ và các Bộ gửi lấy ý kiến và 01 dự thảo QCĐP về chất lượng nước sạch."],
             note="Nội dung này chưa kết thúc; dự thảo QCĐP đang lấy ý kiến các sở, ngành.",
             annex=[("Dự thảo tiêu chuẩn, quy chuẩn đã góp ý, xây dựng", "43")],
             ind={"standards_reviewed": 43}),
        dict(task="II.2.đ", status="in_progress",
             title="HTQLCL trong cơ quan hành chính nhà nước",
             paras=["Phòng đã hướng dẫn xây dựng, duy trì, cải tiến HTQLCL cho 52 cơ quan, đơn vị (18 sở, ngành và 34 UBND phường, xã); "
                    "tiếp nhận thông báo công bố lại của 21 cơ quan sau sắp xếp bộ máy."],
             note="Đang thực hiện, dự kiến xong trong tháng 11/2026.",
             annex=[("Cơ quan, đơn vị được hướng dẫn HTQLCL", "52")],
             ind={"enterprises_supported": 52}),
        dict(task="II.2.a", status="completed",
             title="Truy xuất nguồn gốc (Đề án 100)",
             paras=["Phòng đã hướng dẫn 9 doanh nghiệp sản xuất nông sản, thực phẩm áp dụng hệ thống truy xuất nguồn gốc "
                    "theo TCVN 12850:2019."],
             note="Đã hoàn thành phần việc năm 2026.",
             annex=[("Doanh nghiệp được hướng dẫn truy xuất nguồn gốc", "9")],
             ind={"enterprises_supported": 9}),
        dict(task="II.3.b", status="completed",
             title="Bồi dưỡng chuyên sâu về năng suất, chất lượng",
             paras=["Phòng tổ chức 01 khóa bồi dưỡng chuyên sâu về công cụ năng suất (Lean, 5S, Kaizen) từ ngày 08/7 đến 10/7/2026 "
                    "cho 58 học viên là cán bộ của doanh nghiệp."],
             note="Hoàn thành.",
             annex=[("Khóa bồi dưỡng", "01"), ("Học viên", "58")],
             ind={"training_courses": 1, "participants": 58}),
        dict(task="II.2.c", status="completed",
             title="Góp ý dự thảo văn bản pháp luật",
             paras=["Phòng tham mưu Chi cục góp ý dự thảo Nghị định quy định chi tiết Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi)."],
             note="Thực hiện theo yêu cầu của Bộ; đã gửi ý kiến, hoàn thành.",
             ind={}),
        dict(task="II.6.b", status="not_applicable",
             title="Phối hợp với APO về năng suất",
             paras=["Trong kỳ, Phòng chưa nhận được yêu cầu từ Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia."],
             note="Không phát sinh.",
             ind={}),
        dict(task="II.6.a", status="unknown",
             title="Cập nhật điều ước, thỏa thuận quốc tế",
             paras=["Phòng cập nhật, chuyển tiếp các thông báo của Văn phòng TBT Việt Nam đến các doanh nghiệp xuất khẩu có liên quan."],
             note=None,
             ind={}),
    ],
    ["Thời hạn góp ý dự thảo TCVN thường ngắn, khó lấy ý kiến doanh nghiệp.",
     "Một số UBND phường, xã mới sắp xếp chưa cập nhật HTQLCL theo bộ máy mới."],
    ["Đề nghị Sở có văn bản nhắc các phường, xã hoàn thành cập nhật HTQLCL trước tháng 11/2026."],
    ("TRƯỞNG PHÒNG", "Lê Văn Phúc"))

# ---- F09 Phòng Quản lý Khoa học
hand3(
    "P.QLKH - BC thuc hien KH CT38.docx", QLKH,
    ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG QUẢN LÝ KHOA HỌC"],
    "Số: 58/BC-QLKH", "2026-10-28",
    "Kết quả thực hiện nhiệm vụ được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
    "Báo cáo do Phòng Quản lý Khoa học lập theo đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng; bố cục "
    "theo mẫu báo cáo chung của Chi cục.",
    "Báo cáo nêu kết quả nội dung Phòng chủ trì (thu hút chuyên gia) và các nội dung Phòng phối hợp, tính đến ngày 20/10/2026.",
    REFS + ["Nghị quyết số 27/2023/NQ-HĐND ngày 08/12/2023 của Hội đồng nhân dân Thành phố."],
    [("NQ 27", "Nghị quyết số 27/2023/NQ-HĐND"), ("NSCL", "năng suất, chất lượng")],
    [
        dict(task="II.3.c", status="in_progress",
             title="Thu hút chuyên gia, nhà khoa học lĩnh vực tiêu chuẩn, đo lường, chất lượng",
             paras=["Phòng tiếp nhận 03 hồ sơ đề xuất thu hút chuyên gia lĩnh vực đo lường, thử nghiệm theo NQ 27 và "
                    "Quyết định số 05/2026/QĐ-UBND; 01 hồ sơ đã trình UBND Thành phố."],
             note="Đang thực hiện (nhiệm vụ thường xuyên).",
             annex=[("Hồ sơ thu hút chuyên gia tiếp nhận", "03")], ind={}),
        dict(task="II.3.b", status="completed",
             title="Phối hợp đào tạo năng suất",
             paras=["Phòng giới thiệu 02 chuyên gia tham gia giảng dạy khóa bồi dưỡng chuyên sâu về năng suất do Chi cục tổ chức."],
             note="Hoàn thành phần phối hợp.", ind={}),
        dict(task="II.2.a", status="in_progress",
             title="Nhiệm vụ khoa học và công nghệ thuộc Chương trình NSCL",
             paras=["Phòng phối hợp thẩm định, quản lý 04 nhiệm vụ khoa học và công nghệ thuộc Chương trình nâng cao năng suất "
                    "và chất lượng (Chương trình 1322); kinh phí đã giải ngân 1,85 tỷ đồng."],
             note="Chưa kết thúc; 02 nhiệm vụ đang thực hiện.",
             annex=[("Nhiệm vụ KH&CN được quản lý", "04"), ("Kinh phí đã giải ngân", "1,85 tỷ đồng")],
             ind={"budget_spent_vnd": 1850000000}),
    ],
    ["Mức thu nhập theo Nghị quyết 27/2023/NQ-HĐND chưa đủ hấp dẫn chuyên gia lĩnh vực đo lường chuyên sâu."],
    ["Đề nghị bổ sung lĩnh vực tiêu chuẩn, đo lường, chất lượng vào danh mục lĩnh vực ưu tiên thu hút năm 2027."],
    ("KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG", "Dương Thị Kim Oanh"))

# ---- F10 Văn phòng Sở
hand3(
    "VPS_bc_CT38_2026.docx", VP,
    ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "VĂN PHÒNG SỞ"],
    "Số: 311/BC-VP", "2026-10-29",
    "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
    "Văn phòng Sở lập báo cáo này theo bố cục Chi cục Tiêu chuẩn Đo lường Chất lượng đề nghị dùng chung.",
    "Báo cáo nêu các nội dung Văn phòng Sở là đơn vị phối hợp trong Kế hoạch, tính đến ngày 25/10/2026.",
    REFS,
    [("ISO", "TCVN ISO 9001:2015"), ("TTHC", "thủ tục hành chính")],
    [
        dict(task="II.2.đ", status="completed",
             title="Duy trì, cải tiến HTQLCL tại cơ quan Sở",
             paras=["Văn phòng rà soát, cập nhật 126 quy trình nội bộ theo ISO; tổ chức 01 đợt đánh giá nội bộ tại các phòng."],
             note="Đã hoàn thành đánh giá nội bộ ngày 18/9/2026.",
             annex=[("Quy trình được rà soát, cập nhật", "126")], ind={}),
        dict(task="II.2.h", status="completed",
             title="Cập nhật TTHC về tiêu chuẩn, đo lường, chất lượng trên Hệ thống thông tin giải quyết TTHC",
             paras=["Văn phòng phối hợp Chi cục công bố, cập nhật danh mục TTHC và quy trình nội bộ giải quyết TTHC lĩnh vực TĐC."],
             note="Hoàn thành Quý I/2026.", ind={}),
        dict(task="II.4.a", status="in_progress",
             title="Mua sắm trang thiết bị cho đơn vị sự nghiệp",
             paras=["Văn phòng thẩm định 03 gói thầu mua sắm thiết bị của Trung tâm Dịch vụ Phân tích thí nghiệm; "
                    "tổng giá trị đã giải ngân 6.420.000.000 đồng."],
             note="Đang thực hiện; còn 01 gói thầu chưa nghiệm thu.",
             annex=[("Gói thầu đã thẩm định", "03"), ("Giá trị đã giải ngân", "6.420.000.000 đồng")],
             ind={"budget_spent_vnd": 6420000000}),
        dict(task="II.5.d", status="not_applicable",
             title="Khen thưởng, bảo vệ người tố giác vi phạm",
             paras=["Trong kỳ không có hồ sơ đề nghị khen thưởng người tố giác vi phạm trong lĩnh vực TĐC."],
             note="Không phát sinh.", ind={}),
        dict(task="II.2.i", status="not_started",
             title="Cung cấp dữ liệu cho cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng",
             paras=["Văn phòng sẵn sàng cung cấp dữ liệu văn bản, hồ sơ khi có yêu cầu."],
             note="Chưa triển khai do Chi cục chưa có yêu cầu cụ thể.", ind={}),
    ],
    [],
    ["Đề nghị Chi cục gửi danh mục dữ liệu cần cung cấp cho cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng trước ngày 30/11/2026."],
    ("KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG", "Nguyễn Hữu Tài"))

# ---- F11 TTCNTT - MISTAKEN (digital transformation report)
hand3(
    "TTCNTT_BaoCao_KH2339_CDS_2026.docx", TTCNTT,
    ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM CÔNG NGHỆ THÔNG TIN", "VÀ ĐỊA KHÔNG GIAN"],
    "Số: 95/BC-TTCNTT", "2026-10-21",
    "Kết quả thực hiện Kế hoạch chuyển đổi số của Sở Khoa học và Công nghệ giai đoạn 2025 – 2026 (Kế hoạch số 2339/KH-SKHCN), 9 tháng năm 2026",
    "Báo cáo do Trung tâm biên soạn theo đề nghị của Phòng Chuyển đổi số về tình hình thực hiện Kế hoạch số 2339/KH-SKHCN.",
    "Báo cáo nêu kết quả các hạng mục hạ tầng, nền tảng, dữ liệu số do Trung tâm thực hiện trong 9 tháng năm 2026.",
    ["Kế hoạch số 2339/KH-SKHCN ngày 22/9/2025 của Sở Khoa học và Công nghệ về chuyển đổi số giai đoạn 2025 – 2026.",
     "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị."],
    [("LGSP", "nền tảng tích hợp, chia sẻ dữ liệu"), ("GIS", "hệ thống thông tin địa lý")],
    [
        dict(task="-", status="-", title="Hạ tầng điện toán đám mây",
             paras=["Trung tâm chuyển 14 hệ thống thông tin của Sở lên nền tảng điện toán đám mây của Thành phố."],
             note="Hoàn thành.", annex=[("Hệ thống chuyển lên đám mây", "14")]),
        dict(task="-", status="-", title="Nền tảng tích hợp, chia sẻ dữ liệu",
             paras=["Kết nối 6 cơ sở dữ liệu chuyên ngành với LGSP Thành phố; xây dựng 22 dịch vụ dữ liệu (API)."],
             note="Đang thực hiện.", annex=[("Dịch vụ dữ liệu", "22")]),
        dict(task="-", status="-", title="Bản đồ số GIS",
             paras=["Cập nhật lớp dữ liệu các tổ chức khoa học và công nghệ trên bản đồ số của Thành phố."],
             note="Đang thực hiện."),
        dict(task="-", status="-", title="An toàn thông tin",
             paras=["Tổ chức 01 đợt diễn tập ứng cứu sự cố an toàn thông tin mạng với 45 cán bộ tham gia."],
             note="Hoàn thành.", annex=[("Cán bộ tham gia diễn tập", "45")]),
    ],
    ["Kinh phí thuê dịch vụ đám mây năm 2027 chưa được phê duyệt."],
    ["Đề nghị Sở sớm phê duyệt dự toán thuê dịch vụ công nghệ thông tin năm 2027."],
    ("GIÁM ĐỐC", "Phan Quang Vinh"),
    key_status="rejected",
    reason="Báo cáo kết quả thực hiện Kế hoạch chuyển đổi số 2339/KH-SKHCN, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng")


# ================================================================= HAND 4
# Phạm Thị Thu Trang - data officer: a table that checks every reported figure against
# the original register ("Số liệu báo cáo | Số theo sổ gốc | Đối chiếu") and a status column
# "Tình trạng số liệu" worded as the state of the data
# ("Đã chốt – xong việc / Đang cập nhật – còn làm / Chưa mở sổ – chưa làm /
#  Không có số liệu – không phát sinh").
ST4 = {"completed": "Đã chốt – xong việc", "in_progress": "Đang cập nhật – còn làm",
       "not_started": "Chưa mở sổ – chưa làm", "not_applicable": "Không có số liệu – không phát sinh"}
HDR4 = ["STT", "Việc", "Chỉ tiêu", "Số liệu báo cáo", "ĐVT", "Số theo sổ gốc", "Đối chiếu", "Tình trạng số liệu"]


def hand4_xlsx(fname, unit, unit_lines, number, date, title, items, diffs, props, signer, sheet="DoiChieu",
               date_text=None, key_status="extracted", reason=None, preparer="Phạm Thị Thu Trang"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for col, w in zip("ABCDEFGH", [5, 44, 30, 14, 11, 14, 30, 26]):
        ws.column_dimensions[col].width = w
    d, m, y = vn_date(date)
    for i, ln in enumerate(unit_lines, 1):
        ws.cell(i, 1, ln).font = Font(bold=True)
    ws.cell(1, 6, QH1).font = Font(bold=True)
    ws.cell(2, 6, QH2)
    r = len(unit_lines) + 1
    if number:
        ws.cell(r, 1, number)
    ws.cell(r, 6, date_text or f"TP. Hồ Chí Minh, ngày {d} tháng {m} năm {y}").font = Font(italic=True)
    r += 2
    ws.cell(r, 1, title).font = Font(bold=True, size=13)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(r, 1).alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[r].height = 36
    r += 2
    for j, h in enumerate(HDR4, 1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True)
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="E2EFDA")
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r += 1
    for i, it in enumerate(items, 1):
        rows = it["rows"] or [("—", None, "", None, "")]
        start = r
        for (lab, val, dvt, goc, dc) in rows:
            ws.cell(r, 3, lab)
            c = ws.cell(r, 4, val)
            c2 = ws.cell(r, 6, goc)
            for cc in (c, c2):
                if isinstance(cc.value, int) and cc.value >= 1000:
                    cc.number_format = "#,##0"
            ws.cell(r, 5, dvt)
            ws.cell(r, 7, dc)
            for j in range(1, 9):
                ws.cell(r, j).border = BOX
            r += 1
        ws.cell(start, 1, i)
        ws.cell(start, 2, it["title"])
        ws.cell(start, 8, it.get("st") or ST4[it["status"]])
        if r - start > 1:
            for col in (1, 2, 8):
                ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
        for col in (1, 2, 8):
            ws.cell(start, col).alignment = Alignment(vertical="top", wrap_text=True)
    r += 1
    ws.cell(r, 1, "VƯỚNG MẮC (ghi nhận khi đối chiếu số liệu):").font = Font(bold=True)
    r += 1
    for t in diffs:
        ws.cell(r, 2, "- " + t)
        r += 1
    ws.cell(r, 1, "ĐỀ XUẤT:").font = Font(bold=True)
    r += 1
    for t in props:
        ws.cell(r, 2, "- " + t)
        r += 1
    r += 1
    ws.cell(r, 2, "Người tổng hợp, đối chiếu").font = Font(bold=True)
    ws.cell(r, 7, signer[0]).font = Font(bold=True)
    ws.cell(r + 4, 2, preparer)
    ws.cell(r + 4, 7, signer[1]).font = Font(bold=True)
    ws.freeze_panes = None
    wb.save(os.path.join(OUT, fname))
    ents = [{"task": it["task"], "status": it["status"], "ind": it.get("ind", {}),
             "text": it["title"] + ": " + "; ".join(f"{a} {b} {c}" for a, b, c, _, _ in it["rows"])}
            for it in items]
    if key_status == "rejected":
        ents = []
    key(fname, unit, number.replace("Số: ", "") if number else None, date, ents, diffs, props,
        status=key_status, reason=reason)


# ---- F12 Chi cục TĐC (whole unit)
hand4_xlsx(
    "ChiCucTDC_BC_KH38_2026_doichieu.xlsx", CCTDC,
    ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG"],
    "Số: 356/BC-CCTĐC", "2026-10-30",
    "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026\n(bảng tổng hợp có đối chiếu sổ gốc của các phòng, số liệu đến 15/10/2026)",
    [
        dict(task="II.1.a", status="completed", title="Tập huấn văn bản QPPL về TĐC cho doanh nghiệp; tọa đàm với doanh nghiệp nhập khẩu",
             rows=[("Lớp tập huấn, tọa đàm", 4, "lớp", 4, "Khớp"), ("Lượt người tham dự", 436, "lượt", 436, "Khớp")],
             ind={"training_courses": 4, "participants": 436}),
        dict(task="II.1.b", status="completed", title="Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
             rows=[("Doanh nghiệp được hướng dẫn", 32, "DN", 32, "Khớp"), ("Tin, bài", 5, "tin bài", 5, "Khớp")],
             ind={"enterprises_supported": 32, "communications": 5}),
        dict(task="II.2.a", status="in_progress", title="Đề án 996 và Đề án 100: hỗ trợ doanh nghiệp về đo lường, truy xuất nguồn gốc",
             rows=[("Doanh nghiệp được hỗ trợ", 28, "DN", 28, "Khớp (19 ĐL + 9 TXNG)")],
             ind={"enterprises_supported": 28}),
        dict(task="II.2.d", status="in_progress", title="Hướng dẫn doanh nghiệp áp dụng HTQLCL, công bố hợp chuẩn, hợp quy",
             rows=[("Doanh nghiệp được hướng dẫn", 146, "DN", 146, "Khớp")],
             ind={"enterprises_supported": 146}),
        dict(task="II.2.e", status="in_progress", title="Góp ý, xây dựng TCVN, QCVN, QCĐP",
             rows=[("Dự thảo đã góp ý, xây dựng", 43, "dự thảo", 43, "Khớp")],
             ind={"standards_reviewed": 43}),
        dict(task="II.3.a", status="completed", title="Tập huấn nghiệp vụ cho công chức sở, ngành, UBND phường, xã, đặc khu",
             rows=[("Lớp tập huấn", 3, "lớp", 3, "Khớp"), ("Lượt công chức", 212, "lượt", 214, "Lệch 2 – sổ ghi trùng 2 người, lấy 212")],
             ind={"training_courses": 3, "participants": 212}),
        dict(task="II.4.b", status="completed", title="Kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ",
             rows=[("Phương tiện được kiểm định, hiệu chuẩn", 23, "chiếc", 23, "Khớp")],
             ind={"instruments_verified": 23}),
        dict(task="II.5.a", status="in_progress", title="Kiểm tra tiêu chuẩn, đo lường, chất lượng hàng hóa (đo lường + chất lượng)",
             rows=[("Cuộc kiểm tra", 23, "cuộc", 23, "Khớp (14 + 9)"), ("Cơ sở được kiểm tra", 159, "cơ sở", 159, "Khớp"),
                   ("Cơ sở vi phạm", 19, "cơ sở", 19, "Khớp"),
                   ("Tiền phạt", 123550000, "đồng", 129050000, "Lệch 5.500.000 – 01 QĐ chưa có hiệu lực, chưa tính")],
             ind={"inspections": 23, "establishments_inspected": 159, "violations": 19, "fines_vnd": 123550000}),
        dict(task="II.5.b", status="completed", title="Khảo sát chất lượng sản phẩm, hàng hóa",
             rows=[("Mẫu khảo sát", 120, "mẫu", 120, "Khớp")],
             ind={"samples_tested": 120}),
        dict(task="II.6.b", status="not_applicable", title="Phối hợp Ủy ban TĐC Quốc gia, APO thúc đẩy năng suất",
             rows=[], ind={}),
    ],
    ["Số liệu giữa các phòng vào sổ theo các mốc thời gian khác nhau, phải đối chiếu thủ công trước khi tổng hợp.",
     "Dự toán lấy mẫu thử nghiệm chưa đáp ứng nhu cầu kiểm tra, khảo sát."],
    ["Đề nghị Sở cho phép Chi cục xây dựng phần mềm sổ theo dõi dùng chung giữa các phòng.",
     "Đề nghị bổ sung kinh phí lấy mẫu thử nghiệm Quý IV/2026."],
    ("KT. CHI CỤC TRƯỞNG - PHÓ CHI CỤC TRƯỞNG", "Huỳnh Thanh Sơn"))

# ---- F13 Chi cục - Đội Kiểm tra số 2 (no number; internal)
hand4_xlsx(
    "Doi2_doichieu_so_KT_T10.xlsx", CCTDC,
    ["CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "ĐỘI KIỂM TRA SỐ 2"],
    None, "2026-10-14",
    "BÁO CÁO KẾT QUẢ CÔNG VIỆC THUỘC KẾ HOẠCH CT38 (đối chiếu sổ kiểm tra của Đội)",
    [
        dict(task="II.5.a", status="in_progress", title="Kiểm tra đo lường, chất lượng xăng dầu tại cửa hàng bán lẻ",
             rows=[("Cuộc kiểm tra", 6, "cuộc", 6, "Khớp"), ("Cửa hàng được kiểm tra", 38, "cửa hàng", 38, "Khớp"),
                   ("Cửa hàng vi phạm", 4, "cửa hàng", 4, "Khớp"), ("Tiền phạt", 48000000, "đồng", 48000000, "Khớp")],
             ind={"inspections": 6, "establishments_inspected": 38, "violations": 4, "fines_vnd": 48000000}),
        dict(task="II.5.c", status="completed", title="Phối hợp UBND phường, xã kiểm tra cân tại chợ",
             rows=[("Cuộc kiểm tra phối hợp", 5, "cuộc", 5, "Khớp"), ("Cơ sở được kiểm tra", 29, "cơ sở", 30, "Lệch 1 – 01 sạp nghỉ bán, không kiểm tra")],
             ind={"inspections": 5, "establishments_inspected": 29}),
        dict(task="II.4.b", status="completed", title="Hiệu chuẩn thiết bị kiểm tra nhanh của Đội",
             rows=[("Thiết bị được hiệu chuẩn", 9, "bộ", 9, "Khớp")],
             ind={"instruments_verified": 9}),
        dict(task="II.5.d", status="not_applicable", title="Tiếp nhận tố giác vi phạm",
             rows=[], ind={}),
    ],
    ["Đội chỉ có 01 xe chuyên dùng, khó bố trí kiểm tra đồng thời nhiều địa bàn."],
    ["Đề nghị Chi cục bố trí thêm xe hoặc thuê xe theo đợt kiểm tra."],
    ("ĐỘI TRƯỞNG", "Châu Văn Khải"), sheet="T10-2026", preparer="Ngô Minh Triết",
    date_text="Ngày chốt sổ: 14/10/2026")

# ---- F14 Sở An toàn thực phẩm - MISTAKEN
hand4_xlsx(
    "SoATTP_doi-chieu-so-lieu-kiem-tra-Q3.xlsx", ATTP,
    ["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ AN TOÀN THỰC PHẨM"],
    "Số: 1207/BC-SATTP", "2026-10-12",
    "BÁO CÁO KẾT QUẢ KIỂM TRA AN TOÀN THỰC PHẨM DỊP TẾT TRUNG THU VÀ QUÝ III NĂM 2026\n(đối chiếu sổ theo dõi của các đoàn)",
    [
        dict(task="-", status="in_progress", title="Kiểm tra cơ sở sản xuất bánh Trung thu",
             rows=[("Đoàn kiểm tra", 12, "đoàn", 12, "Khớp"), ("Cơ sở được kiểm tra", 187, "cơ sở", 187, "Khớp"),
                   ("Cơ sở vi phạm", 23, "cơ sở", 23, "Khớp"), ("Tiền phạt", 412500000, "đồng", 412500000, "Khớp")]),
        dict(task="-", status="completed", title="Giám sát mối nguy ô nhiễm thực phẩm tại chợ đầu mối",
             rows=[("Mẫu test nhanh", 1350, "mẫu", 1352, "Lệch 2 – mẫu hỏng")]),
        dict(task="-", status="completed", title="Tuyên truyền an toàn thực phẩm",
             rows=[("Tin, bài", 48, "tin bài", 48, "Khớp")]),
    ],
    ["Lực lượng kiểm tra an toàn thực phẩm cấp phường còn mỏng sau sắp xếp."],
    ["Đề nghị UBND Thành phố bổ sung biên chế cho Chi cục An toàn vệ sinh thực phẩm cấp khu vực."],
    ("KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC", "Trần Thị Ngọc Hà"), sheet="Q3-2026", preparer="Bùi Thanh Tuyền",
    key_status="rejected",
    reason="Báo cáo kiểm tra an toàn thực phẩm (Tết Trung thu, Quý III), không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng")


# ---- F15 Phường Tăng Nhơn Phú (docx: a short letter + her cross-check table pasted into Word)
def f15():
    fname = "TangNhonPhu_BC_TDC_nam2026.docx"
    unit = W_TNP
    number, date = "Số: 587/BC-UBND", "2026-11-09"
    items = [
        dict(task="II.5.c", status="completed", title="Phối hợp kiểm tra đo lường, chất lượng tại chợ, cửa hàng xăng dầu",
             rows=[("Cuộc kiểm tra", "03", "cuộc", "03", "Khớp"), ("Cơ sở được kiểm tra", "22", "cơ sở", "22", "Khớp"),
                   ("Cơ sở vi phạm", "02", "cơ sở", "02", "Khớp"), ("Tiền phạt", "4.500.000", "đồng", "4.500.000", "Khớp")],
             ind={"inspections": 3, "establishments_inspected": 22, "violations": 2, "fines_vnd": 4500000}),
        dict(task="II.1.a", status="in_progress", title="Tuyên truyền về đo lường, chất lượng hàng hóa trên loa, trang thông tin phường",
             rows=[("Tin, bài", "09", "tin bài", "07", "Lệch 2 – sổ khu phố 3 chưa nhập, đã cộng bổ sung")],
             ind={"communications": 9}),
        dict(task="II.3.a", status="completed", title="Cử công chức dự tập huấn nghiệp vụ TĐC",
             rows=[("Công chức tham dự", "02", "người", "02", "Khớp")],
             ind={"participants": 2}),
        dict(task="II.5.d", status="not_applicable", title="Tiếp nhận tố giác vi phạm về TĐC", rows=[], ind={}),
    ]
    diffs = ["Sổ theo dõi của 3 phường cũ trước sắp xếp chưa được hợp nhất, phải cộng tay."]
    props = ["Đề nghị Chi cục cung cấp mẫu sổ theo dõi thống nhất cho các phường, xã."]
    doc = new_doc(size=13)
    d, m, y = vn_date(date)
    header_table(doc, ["ỦY BAN NHÂN DÂN", "PHƯỜNG TĂNG NHƠN PHÚ", "_______"], number,
                 f"Tăng Nhơn Phú, ngày {d} tháng {m} năm {y}")
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", size=14, space_after=0)
    para(doc, "Kết quả thực hiện nhiệm vụ tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c")
    para(doc, "Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng).", align="c")
    para(doc, "Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân "
              "phường Tăng Nhơn Phú báo cáo kết quả thực hiện theo bảng dưới đây. Số liệu đã được đối chiếu với sổ theo dõi "
              "gốc của phường (cột \u201cSố theo sổ gốc\u201d); trường hợp lệch có ghi rõ lý do.", align="j", indent=1)
    t = doc.add_table(rows=1, cols=len(HDR4))
    t.style = "Table Grid"
    for j, h in enumerate(HDR4):
        cell_text(t.cell(0, j), [h], bold=True, align="c", size=10)
        set_cell_bg(t.cell(0, j), "E2EFDA")
    for i, it in enumerate(items, 1):
        rows = it["rows"] or [("—", "", "", "", "")]
        first = None
        for k, (lab, val, dvt, goc, dc) in enumerate(rows):
            cells = t.add_row().cells
            if k == 0:
                first = cells
            for j, v in zip(range(2, 7), [lab, val, dvt, goc, dc]):
                cell_text(cells[j], [v], size=10, align="c" if j in (3, 4, 5) else None)
        last = t.rows[-1].cells
        a = first[0].merge(last[0]) if len(rows) > 1 else first[0]
        b = first[1].merge(last[1]) if len(rows) > 1 else first[1]
        h = first[7].merge(last[7]) if len(rows) > 1 else first[7]
        cell_text(a, [str(i)], size=10, align="c")
        cell_text(b, [it["title"]], size=10)
        cell_text(h, [ST4[it["status"]]], size=10)
    para(doc)
    para(doc, "Vướng mắc:", bold=True)
    for tx in diffs:
        para(doc, "- " + tx, indent=0.5)
    para(doc, "Đề xuất:", bold=True)
    for tx in props:
        para(doc, "- " + tx, indent=0.5)
    t = doc.add_table(rows=1, cols=2)
    cell_text(t.cell(0, 0), ["Nơi nhận:", "- Như trên;", "- Lưu: VT, KT."], size=10)
    cell_text(t.cell(0, 1), ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Võ Thị Thanh Tâm"], bold=True, align="c")
    doc.save(os.path.join(OUT, fname))
    ents = [{"task": it["task"], "status": it["status"], "ind": it["ind"],
             "text": it["title"] + ": " + "; ".join(f"{a} {b} {c}" for a, b, c, _, _ in it["rows"])} for it in items]
    key(fname, unit, "587/BC-UBND", date, ents, diffs, props)


f15()
print("generated")
