# -*- coding: utf-8 -*-
"""Generator for set33: builds the 17 report files and their truth keys."""
import os, json, hashlib, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from content import REPORTS, CANCU_KH, CANCU_CV, C, P, N, NA, U

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
PERSONS = {"A": "Nguyễn Thị Thu Hà", "B": "Trần Minh Khoa", "C": "Lê Quốc Bảo", "D": "Phạm Thị Ngọc Diễm"}

def d_parts(iso):
    y, m, d = iso.split("-"); return d, m, y

def date_words(iso):
    d, m, y = d_parts(iso); return f"ngày {d} tháng {m} năm {y}"

# ------------------------------------------------------------------ docx helpers
def new_doc(font="Times New Roman", size=13):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return doc

def para(doc, text="", bold=False, italic=False, align=None, indent=True, size=None, space_after=4):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j" or align is None: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent and align in (None, "j"): p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(space_after)
    return p

def no_borders(table):
    tbl = table._tbl; tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement(f"w:{e}"); x.set(qn("w:val"), "nil"); b.append(x)
    tblPr.append(b)

def cell_lines(cell, lines):
    """lines: list of (text, bold, italic, size)"""
    cell.paragraphs[0].text = ""
    first = True
    for t, b, i, s in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(t); r.bold = b; r.italic = i; r.font.size = Pt(s)

def header_table(doc, left, right, widths=(6.5, 9.5)):
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    t.columns[0].width = Cm(widths[0]); t.columns[1].width = Cm(widths[1])
    cell_lines(t.cell(0, 0), left); cell_lines(t.cell(0, 1), right)
    return t

def signature(doc, noi_nhan, sig_lines):
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    c0 = t.cell(0, 0); c0.paragraphs[0].text = ""
    r = c0.paragraphs[0].add_run("Nơi nhận:"); r.bold = True; r.italic = True; r.font.size = Pt(12)
    for x in noi_nhan:
        p = c0.add_paragraph(); p.paragraph_format.space_after = Pt(0)
        rr = p.add_run(x); rr.font.size = Pt(11)
    cell_lines(t.cell(0, 1), sig_lines)

def place_of(r):
    if r["hand"] in ("A", "D") and r["unit_id"].isdigit():
        return r["unit_name"].split(" ", 1)[1] if not r["unit_name"].startswith("Đặc khu") else "Côn Đảo"
    return "Thành phố Hồ Chí Minh"

# ------------------------------------------------------------------ Hand A
A_STATUS = {
    C: ["Nhiệm vụ đã thực hiện xong.", "Đến nay nội dung này đã hoàn thành.", "Nhiệm vụ đã thực hiện xong."],
    P: ["{kind} đang tiếp tục triển khai.", "Nội dung này đang tiếp tục thực hiện đến cuối năm."],
    N: ["Nhiệm vụ này {kind_l} chưa thực hiện."],
    NA: ["Trong kỳ không phát sinh."],
    U: [""],
}

def build_A(r):
    doc = new_doc()
    kind = r["unit_name"].split(" ")[0]  # Phường / Xã
    num = r["number"]
    header_table(doc,
        [("ỦY BAN NHÂN DÂN", False, False, 12), (r["upper"], True, False, 12), ("", False, False, 6), (f"Số: {num}", False, False, 13)],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False, 12), ("Độc lập - Tự do - Hạnh phúc", True, False, 13), ("", False, False, 6),
         (f"{place_of(r)}, {date_words(r['date'])}", False, True, 13)])
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", space_after=0)
    if r.get("rejected"):
        para(doc, r["title"], bold=True, align="c")
        para(doc, f"Căn cứ Kế hoạch số 61/KH-UBND ngày 12 tháng 02 năm 2026 của Ủy ban nhân dân {kind.lower()} về thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2026;", italic=True)
        para(doc, f"Ủy ban nhân dân {r['unit_name'][0].lower() + r['unit_name'][1:]} báo cáo kết quả thực hiện như sau:")
        para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
        para(doc, "1. Công tác lãnh đạo, chỉ đạo", bold=True)
        para(doc, "Ủy ban nhân dân phường kiện toàn Ban Chỉ đạo các chương trình mục tiêu quốc gia phường; ban hành Kế hoạch rà soát hộ nghèo, hộ cận nghèo năm 2026 theo chuẩn nghèo đa chiều giai đoạn 2026-2030.")
        para(doc, "2. Kết quả thực hiện các chính sách giảm nghèo", bold=True)
        para(doc, "- Đối với chính sách hỗ trợ bảo hiểm y tế: cấp 214 thẻ bảo hiểm y tế cho thành viên hộ nghèo, hộ cận nghèo với kinh phí 198.450.000 đồng (Một trăm chín mươi tám triệu bốn trăm năm mươi nghìn đồng). Nhiệm vụ đã thực hiện xong.")
        para(doc, "- Đối với chính sách tín dụng ưu đãi: phối hợp Ngân hàng Chính sách xã hội giải ngân cho 37 hộ vay vốn sản xuất, kinh doanh, tổng dư nợ 1.850.000.000 đồng. Phường đang tiếp tục triển khai.")
        para(doc, "- Đối với hỗ trợ nhà ở: vận động xây mới, sửa chữa 03 căn nhà cho hộ nghèo. Nhiệm vụ đã thực hiện xong.")
        para(doc, "- Đối với giáo dục nghề nghiệp, việc làm: giới thiệu việc làm cho 26 lao động thuộc hộ cận nghèo.")
        para(doc, "II. ĐÁNH GIÁ", bold=True, indent=False)
        para(doc, "1. Ưu điểm", bold=True)
        para(doc, "Công tác giảm nghèo được cấp ủy, chính quyền quan tâm chỉ đạo; tỷ lệ hộ nghèo giảm còn 0,21% so với tổng số hộ dân.")
        para(doc, "2. Hạn chế, khó khăn", bold=True)
        para(doc, "+ Một số hộ thoát nghèo chưa bền vững, nguy cơ tái nghèo cao do không có việc làm ổn định.")
        para(doc, "III. PHƯƠNG HƯỚNG NHIỆM VỤ THỜI GIAN TỚI", bold=True, indent=False)
        para(doc, "- Tổ chức rà soát hộ nghèo, hộ cận nghèo cuối năm 2026 đúng quy trình.")
        para(doc, "IV. KIẾN NGHỊ, ĐỀ XUẤT", bold=True, indent=False)
        para(doc, "+ Đề nghị Sở Y tế hướng dẫn thủ tục cấp thẻ bảo hiểm y tế cho hộ thoát nghèo.")
        para(doc, f"Trên đây là báo cáo kết quả thực hiện công tác giảm nghèo bền vững năm 2026 của Ủy ban nhân dân {kind.lower()}./.")
    else:
        para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c")
        para(doc, f"Căn cứ {CANCU_KH};", italic=True)
        para(doc, f"Căn cứ {CANCU_CV};", italic=True)
        para(doc, f"Ủy ban nhân dân {r['unit_name'][0].lower() + r['unit_name'][1:]} báo cáo kết quả thực hiện như sau:")
        para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
        para(doc, "1. Công tác lãnh đạo, chỉ đạo", bold=True)
        kh = {"27073": "42/KH-UBND ngày 10 tháng 3 năm 2026", "26983": "37/KH-UBND ngày 02 tháng 3 năm 2026", "26662": "19/KH-UBND ngày 25 tháng 02 năm 2026"}[r["unit_id"]]
        para(doc, f"Ủy ban nhân dân {kind.lower()} ban hành Kế hoạch số {kh} về triển khai công tác tiêu chuẩn, đo lường, chất lượng trên địa bàn {kind.lower()}; phân công Phòng Kinh tế{', Hạ tầng và Đô thị' if kind == 'Phường' else ''} làm đầu mối tham mưu, phối hợp các đơn vị liên quan tổ chức thực hiện.")
        para(doc, "2. Kết quả thực hiện các nhiệm vụ cụ thể", bold=True)
        cyc = {}
        for e in r["entries"]:
            opts = A_STATUS[e["status"]]; i = cyc.get(e["status"], 0); cyc[e["status"]] = i + 1
            st = opts[i % len(opts)].format(kind=kind, kind_l=kind.lower())
            txt = f"- Đối với nhiệm vụ {e['head']}: {e['body']}" + (f" {st}" if st else "")
            para(doc, txt)
            e["_text"] = txt
        para(doc, "II. ĐÁNH GIÁ", bold=True, indent=False)
        para(doc, "1. Ưu điểm", bold=True)
        para(doc, f"Công tác tiêu chuẩn, đo lường, chất lượng được Ủy ban nhân dân {kind.lower()} quan tâm chỉ đạo; ý thức chấp hành quy định về đo lường, nhãn hàng hóa của các cơ sở kinh doanh từng bước được nâng lên.")
        para(doc, "2. Hạn chế, khó khăn", bold=True)
        for d in r["diffs"]:
            para(doc, f"+ {d}")
        para(doc, "III. PHƯƠNG HƯỚNG NHIỆM VỤ THỜI GIAN TỚI", bold=True, indent=False)
        para(doc, "- Tiếp tục tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng đến hộ kinh doanh, người tiêu dùng.")
        para(doc, "- Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra theo nội dung được phân quyền trong Quý IV/2026.")
        para(doc, "IV. KIẾN NGHỊ, ĐỀ XUẤT", bold=True, indent=False)
        for pr in r["props"]:
            para(doc, f"+ {pr}")
        para(doc, f"Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Ủy ban nhân dân {kind.lower()}./.")
    signature(doc, ["- Sở Khoa học và Công nghệ;", "- Chi cục TĐC;", "- TT Đảng ủy, TT HĐND phường;" if kind == "Phường" else "- TT Đảng ủy, TT HĐND xã;", "- Lưu: VT, KT."],
              [("TM. ỦY BAN NHÂN DÂN", True, False, 13), ("KT. CHỦ TỊCH", True, False, 13), ("PHÓ CHỦ TỊCH", True, False, 13),
               ("", False, False, 13), ("", False, False, 13), ("(đã ký)", False, True, 12), ("", False, False, 13),
               ({"27073": "Lê Thị Hồng Nhung", "26983": "Võ Thanh Tùng", "26662": "Đỗ Văn Lực", "27487": "Huỳnh Ngọc Mai"}[r["unit_id"]], True, False, 13)])
    return doc

# ------------------------------------------------------------------ Hand B
B_STATUS = {C: "đã hoàn thành", P: "đang triển khai", N: "chưa triển khai", NA: "không phát sinh", U: None}

def build_B(r):
    doc = new_doc(size=14)
    parent = r.get("parent", "UBND THÀNH PHỐ HỒ CHÍ MINH")
    header_table(doc,
        [(parent, False, False, 12), (r["upper"], True, False, 12), ("", False, False, 6), (f"Số: {r['number']}", False, False, 13)],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False, 12), ("Độc lập - Tự do - Hạnh phúc", True, False, 13), ("", False, False, 6),
         (f"Thành phố Hồ Chí Minh, {date_words(r['date'])}", False, True, 13)])
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", space_after=0)
    internal = r["unit_id"].startswith("SKHCN")
    name = r["unit_name"]
    if r.get("rejected"):
        para(doc, r["title"], bold=True, align="c")
        p = para(doc, "Kính gửi: Ban Chỉ huy Phòng thủ dân sự Thành phố.", align="c")
        para(doc, "Căn cứ Luật Phòng, chống thiên tai năm 2013 và Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều năm 2020;", italic=True)
        para(doc, "Căn cứ Kế hoạch số 88/KH-BCH ngày 15 tháng 3 năm 2026 của Ban Chỉ huy Phòng thủ dân sự Thành phố về công tác phòng, chống thiên tai năm 2026;", italic=True)
        para(doc, f"{name} báo cáo kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026 như sau:")
        para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
        para(doc, "1. Rà soát công trình nhà ở, công trình công cộng có nguy cơ mất an toàn – đã hoàn thành", bold=True)
        para(doc, "Sở đã phối hợp Ủy ban nhân dân các phường, xã rà soát, gồm: 1.146 công trình nhà ở cũ, chung cư xây dựng trước năm 1975; 38 công trình có nguy cơ sạt lở ven kênh rạch; 214 biển quảng cáo tấm lớn.")
        para(doc, "2. Kiểm tra an toàn cây xanh đô thị mùa mưa bão – đang triển khai", bold=True)
        para(doc, "Chỉ đạo các đơn vị cắt tỉa, gia cố, gồm: 12.480 cây xanh được cắt tỉa; 326 cây nghiêng, mục được đốn hạ, thay thế.")
        para(doc, "3. Vận hành hệ thống thoát nước, chống ngập – đang triển khai", bold=True)
        para(doc, "Nạo vét 185 km cống, kênh rạch; vận hành 06 trạm bơm chống ngập cục bộ khi triều cường kết hợp mưa lớn.")
        para(doc, "II. ĐÁNH GIÁ CHUNG", bold=True, indent=False)
        para(doc, "b) Khó khăn, vướng mắc:", italic=True)
        para(doc, "(1) Nhiều chung cư cũ chưa thể di dời do vướng bồi thường, tái định cư.")
        para(doc, "III. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2027", bold=True, indent=False)
        para(doc, "- Tiếp tục rà soát, cảnh báo công trình nguy hiểm trước mùa mưa bão năm 2027.")
        para(doc, "IV. KIẾN NGHỊ, ĐỀ XUẤT", bold=True, indent=False)
        para(doc, "(1) Đề nghị Ủy ban nhân dân Thành phố bổ sung kinh phí sửa chữa cấp bách các chung cư hư hỏng nặng.")
        para(doc, f"Trên đây là báo cáo của {name} về công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026./.")
    else:
        para(doc, f"Tình hình, kết quả triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 (phần nhiệm vụ của {name})", bold=True, align="c")
        para(doc, "Kính gửi: " + ("Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh." if internal else "Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh."), align="c")
        para(doc, "Căn cứ Quyết định số 76/QĐ-UBND ngày 01 tháng 7 năm 2025 của Ủy ban nhân dân Thành phố về ban hành Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW đến năm 2030 và những năm tiếp theo;", italic=True)
        para(doc, f"Căn cứ {CANCU_KH};", italic=True)
        para(doc, f"{name} báo cáo tình hình, kết quả thực hiện như sau:")
        para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
        para(doc, "1. Công tác triển khai", bold=True)
        para(doc, f"Trên cơ sở Kế hoạch của Sở Khoa học và Công nghệ, {name} đã quán triệt đến các phòng, đơn vị trực thuộc; lồng ghép các nhiệm vụ về tiêu chuẩn, đo lường, chất lượng vào chương trình công tác năm 2026 của đơn vị.")
        para(doc, "2. Kết quả thực hiện các nhiệm vụ cụ thể", bold=True)
        for i, e in enumerate(r["entries"], 1):
            p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1); p.paragraph_format.space_after = Pt(2)
            rr = p.add_run(f"2.{i}. {e['head']}"); rr.bold = True
            st = B_STATUS[e["status"]]
            if st:
                r2 = p.add_run(" – "); r2.bold = True
                r3 = p.add_run(st); r3.italic = True; r3.bold = True
            para(doc, e["body"])
            e["_text"] = f"{e['head']}" + (f" – {st}. " if st else ". ") + e["body"]
        para(doc, "II. ĐÁNH GIÁ CHUNG", bold=True, indent=False)
        para(doc, "a) Thuận lợi:", italic=True)
        para(doc, "Được sự quan tâm chỉ đạo của Ủy ban nhân dân Thành phố, sự phối hợp chặt chẽ của Sở Khoa học và Công nghệ và các đơn vị liên quan.")
        para(doc, "b) Khó khăn, vướng mắc:", italic=True)
        for i, d in enumerate(r["diffs"], 1):
            para(doc, f"({i}) {d}")
        para(doc, "III. PHƯƠNG HƯỚNG NHIỆM VỤ THỜI GIAN TỚI", bold=True, indent=False)
        para(doc, "- Tiếp tục thực hiện các nhiệm vụ được giao tại Kế hoạch; phối hợp chặt chẽ với Chi cục Tiêu chuẩn Đo lường Chất lượng trong công tác kiểm tra, tuyên truyền.")
        para(doc, "- Tổng kết, đánh giá kết quả năm 2026, xây dựng nhiệm vụ năm 2027.")
        para(doc, "IV. KIẾN NGHỊ, ĐỀ XUẤT", bold=True, indent=False)
        for i, pr in enumerate(r["props"], 1):
            para(doc, f"({i}) {pr}")
        para(doc, f"Trên đây là báo cáo tình hình, kết quả thực hiện Chỉ thị số 38-CT/TW năm 2026 của {name}./.")
    sig = {"SO-CT": ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Nguyên Phương"), "SO-YT": ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Vĩnh Châu"),
           "SO-NNMT": ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Thanh Hương"), "SKHCN-QLKH": ("TRƯỞNG PHÒNG", "", "Phan Thị Mỹ Linh"),
           "SO-XD": ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Bùi Hòa An")}[r["unit_id"]]
    signature(doc, ["- Như trên;", "- Giám đốc Sở (để b/c);" if not internal else "- Lãnh đạo Sở (để b/c);", "- Lưu: VT, " + r["abbr"] + "."],
              [(sig[0], True, False, 13), (sig[1], True, False, 13), ("", False, False, 13), ("", False, False, 13), ("", False, False, 13), (sig[2], True, False, 13)])
    return doc

# ------------------------------------------------------------------ Hand C (xlsx)
C_STATUS = {C: "Đã xong", P: "Đang thực hiện", N: "Chưa thực hiện", NA: "Không phát sinh", U: None}
C_COLS = [("training_courses", "Lớp, hội nghị\n(lớp)"), ("participants", "Người tham dự\n(lượt)"), ("communications", "Tin, bài\n(tin)"),
          ("enterprises_supported", "DN, tổ chức được hỗ trợ\n(đơn vị)"), ("inspections", "Kiểm tra\n(cuộc)"), ("establishments_inspected", "Cơ sở được KT\n(cơ sở)"),
          ("violations", "Vi phạm\n(cơ sở)"), ("fines_vnd", "Tiền phạt\n(đồng)"), ("samples_tested", "Mẫu\n(mẫu)"), ("instruments_verified", "PTĐ kiểm định, hiệu chuẩn\n(chiếc)"),
          ("standards_reviewed", "TCVN, QCVN góp ý\n(văn bản)"), ("budget_spent_vnd", "Kinh phí đã sử dụng\n(đồng)")]
C_NOTES = {("SKHCN-CCTDC", "II.2.h"): "Chờ Bộ KH&CN hướng dẫn", ("SKHCN-TTPTTN", "II.2.g"): "Lũy kế đến 30/9/2026",
           ("SKHCN-KTPC", "II.5.c"): "Phường Bến Thành, Sài Gòn, Tân Định, Cầu Ông Lãnh"}
C_SUMMARY = {
    "SKHCN-CCTDC": "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh đã tham mưu Giám đốc Sở ban hành Kế hoạch năm 2026, phân công phòng chuyên môn theo dõi từng nhóm nhiệm vụ; chủ động phối hợp các sở, ngành, Ủy ban nhân dân phường, xã, đặc khu triển khai.",
    "SKHCN-TTPTTN": "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh triển khai các nhiệm vụ được giao gắn với kế hoạch hoạt động dịch vụ năm 2026 của Trung tâm.",
    "SKHCN-KTPC": "Phòng Kiểm tra – Pháp chế phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng thực hiện các nhiệm vụ kiểm tra, pháp chế được phân công tại Kế hoạch.",
    "SKHCN-CDS": "Phòng Chuyển đổi số thực hiện các nhiệm vụ phối hợp về hệ thống thông tin, cơ sở dữ liệu tiêu chuẩn, đo lường, chất lượng theo Kế hoạch số 2339/KH-SKHCN ngày 22/9/2025.",
}
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def build_C(r):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "BC"
    ws.column_dimensions["A"].width = 62; ws.column_dimensions["B"].width = 4; ws.column_dimensions["C"].width = 50
    f = lambda b=False, i=False, s=12: Font(name="Times New Roman", bold=b, italic=i, size=s)
    ws["A1"] = "SỞ KHOA HỌC VÀ CÔNG NGHỆ"; ws["A1"].font = f()
    ws["A2"] = r["upper"]; ws["A2"].font = f(True)
    ws["A3"] = f"Số: {r['number']}"; ws["A3"].font = f()
    ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["C1"].font = f(True)
    ws["C2"] = "Độc lập - Tự do - Hạnh phúc"; ws["C2"].font = f(True)
    ws["C3"] = f"Thành phố Hồ Chí Minh, {date_words(r['date'])}"; ws["C3"].font = f(False, True)
    for c in ("A1", "A2", "A3", "C1", "C2", "C3"): ws[c].alignment = Alignment(horizontal="center")
    d, m, y = d_parts(r["date"])
    lines = [("", 0), ("BÁO CÁO", 1), ("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", 1), ("", 0),
             ("Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh." if r["unit_id"] != "SKHCN-CCTDC" else "Kính gửi: Giám đốc Sở Khoa học và Công nghệ.", 0),
             (f"Căn cứ {CANCU_KH};", 2), (f"Căn cứ {CANCU_CV};", 2),
             (f"{r['unit_name']} báo cáo kết quả thực hiện như sau:", 0),
             ("I. KẾT QUẢ THỰC HIỆN", 1), ("1. Công tác triển khai", 1), (C_SUMMARY[r["unit_id"]], 0),
             ("2. Kết quả thực hiện các nhiệm vụ", 1),
             (f"Kết quả thực hiện {len(r['entries'])} nhiệm vụ được giao tại Kế hoạch được tổng hợp chi tiết tại Phụ lục 01 (sheet PL01) kèm theo Báo cáo này.", 0),
             ("II. ĐÁNH GIÁ", 1), ("1. Kết quả đạt được", 1),
             ("Các nhiệm vụ cơ bản được triển khai đúng tiến độ; số liệu được cập nhật đến ngày 30/9/2026.", 0),
             ("2. Khó khăn, vướng mắc", 1)]
    lines += [(f"- {x}", 0) for x in r["diffs"]]
    lines += [("III. PHƯƠNG HƯỚNG NHIỆM VỤ QUÝ IV VÀ NĂM 2027", 1),
              ("- Tập trung hoàn thành các nhiệm vụ còn đang thực hiện trước ngày 15/12/2026.", 0),
              ("- Xây dựng kế hoạch thực hiện năm 2027 trình Giám đốc Sở phê duyệt.", 0),
              ("IV. KIẾN NGHỊ, ĐỀ XUẤT", 1)]
    lines += [(f"- {x}", 0) for x in r["props"]]
    lines += [("", 0), ("Nơi nhận:", 3), ("- Như trên;", 0), ("- Lưu: VT.", 0)]
    row = 4
    for t, sty in lines:
        row += 1
        c = ws.cell(row=row, column=1, value=t if t else None)
        c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if sty == 1 and t in ("BÁO CÁO",) or t.startswith("Kết quả thực hiện Kế hoạch") else "left")
        c.font = f(sty in (1, 3), sty in (2, 3), 13)
    signer = {"SKHCN-CCTDC": ("CHI CỤC TRƯỞNG", "Nguyễn Thanh Bình"), "SKHCN-TTPTTN": ("GIÁM ĐỐC", "Trương Văn Sáu"),
              "SKHCN-KTPC": ("TRƯỞNG PHÒNG", "Đặng Quốc Hưng"), "SKHCN-CDS": ("KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG", "Lý Minh Trí")}[r["unit_id"]]
    ws.cell(row=row - 3, column=3, value=signer[0]).font = f(True); ws.cell(row=row - 3, column=3).alignment = Alignment(horizontal="center", wrap_text=True)
    ws.cell(row=row + 1, column=3, value=signer[1]).font = f(True); ws.cell(row=row + 1, column=3).alignment = Alignment(horizontal="center")

    pl = wb.create_sheet("PL01")
    ncol = 2 + len(C_COLS) + 2
    pl.cell(row=1, column=1, value="PHỤ LỤC 01").font = f(True)
    pl.cell(row=2, column=1, value="KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026").font = f(True)
    pl.cell(row=3, column=1, value=f"(Kèm theo Báo cáo số {r['number']} ngày {d}/{m}/{y} của {r['unit_name']})").font = f(False, True)
    for rr in (1, 2, 3):
        pl.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=ncol)
        pl.cell(row=rr, column=1).alignment = Alignment(horizontal="center")
    hdr = ["STT", "Nội dung nhiệm vụ"] + [h for _, h in C_COLS] + ["Tình hình thực hiện", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = pl.cell(row=5, column=j, value=h); c.font = f(True, s=11); c.border = BOX
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    pl.row_dimensions[5].height = 58
    pl.column_dimensions["A"].width = 5; pl.column_dimensions["B"].width = 48
    for j in range(3, 3 + len(C_COLS)):
        pl.column_dimensions[openpyxl.utils.get_column_letter(j)].width = 12
    pl.column_dimensions[openpyxl.utils.get_column_letter(ncol - 1)].width = 16
    pl.column_dimensions[openpyxl.utils.get_column_letter(ncol)].width = 24
    for i, e in enumerate(r["entries"], 1):
        rowi = 5 + i
        vals = [i, e["body"]] + [e["ind"].get(k) for k, _ in C_COLS] + [C_STATUS[e["status"]], C_NOTES.get((r["unit_id"], e["task"]))]
        for j, v in enumerate(vals, 1):
            c = pl.cell(row=rowi, column=j, value=v); c.border = BOX; c.font = f(s=11)
            c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left" if j == 2 else "center")
            if isinstance(v, int) and j > 2: c.number_format = "#,##0"
        e["_text"] = e["body"]
    wb.properties.creator = PERSONS["C"]
    return wb

# ------------------------------------------------------------------ Hand D
D_STATUS = {C: "Hoàn thành.", P: "Đang thực hiện.", N: "Chưa thực hiện.", NA: "Không phát sinh.", U: ""}

def build_D_xlsx(r):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Bao cao"
    f = lambda b=False, i=False, s=12: Font(name="Times New Roman", bold=b, italic=i, size=s)
    widths = {"A": 6, "B": 38, "C": 62, "D": 18}
    for k, v in widths.items(): ws.column_dimensions[k].width = v
    def m(rw, c1, c2, val, font, al="center", h=None):
        ws.merge_cells(start_row=rw, start_column=c1, end_row=rw, end_column=c2)
        c = ws.cell(row=rw, column=c1, value=val); c.font = font; c.alignment = Alignment(horizontal=al, vertical="top", wrap_text=True)
        if h: ws.row_dimensions[rw].height = h
        return c
    m(1, 1, 2, "ỦY BAN NHÂN DÂN", f()); m(2, 1, 2, r["upper"], f(True))
    num = r["number"] if r["number"] else r["number_blank"]
    m(3, 1, 2, f"Số: {num}", f())
    m(1, 3, 4, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", f(True)); m(2, 3, 4, "Độc lập - Tự do - Hạnh phúc", f(True))
    m(3, 3, 4, f"{place_of(r)}, {date_words(r['date'])}", f(False, True))
    m(5, 1, 4, "BÁO CÁO", f(True, s=14))
    m(6, 1, 4, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026", f(True), h=32)
    m(7, 1, 4, f"Căn cứ {CANCU_KH};", f(False, True), al="left", h=48)
    kind = r["unit_name"].split(" ")[0].lower()
    m(8, 1, 4, f"Ủy ban nhân dân {kind} {r['unit_name'].split(' ', 1)[1]} báo cáo kết quả thực hiện như sau:", f(), al="left")
    m(10, 1, 4, "I. KẾT QUẢ THỰC HIỆN", f(True), al="left")
    hdr = ["TT", f"Nhiệm vụ (theo Kế hoạch của UBND {kind})", "Kết quả thực hiện đến ngày 31/10/2026", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=11, column=j, value=h); c.font = f(True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    rw = 11
    for i, e in enumerate(r["entries"], 1):
        rw += 1
        st = D_STATUS[e["status"]]
        rich = CellRichText([TextBlock(InlineFont(rFont="Times New Roman", b=True, sz=12), st + " "), TextBlock(InlineFont(rFont="Times New Roman", sz=12), e["body"])]) if st else e["body"]
        for j, v in enumerate([i, e["head"], rich, None], 1):
            c = ws.cell(row=rw, column=j, value=v); c.border = BOX; c.font = f()
            c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if j == 1 else "left")
        ws.row_dimensions[rw].height = 15 * max(2, len(e["body"]) // 55 + 1)
        e["_text"] = f"{e['head']}: {st + ' ' if st else ''}{e['body']}"
    rw += 2
    m(rw, 1, 4, "II. ĐÁNH GIÁ", f(True), al="left"); rw += 1
    m(rw, 1, 4, "1. Ưu điểm: Công tác tiêu chuẩn, đo lường, chất lượng được triển khai kịp thời, đúng nội dung phân quyền.", f(), al="left"); rw += 1
    m(rw, 1, 4, "2. Khó khăn, vướng mắc:", f(), al="left"); rw += 1
    for x in r["diffs"]:
        m(rw, 2, 4, f"- {x}", f(), al="left", h=32); rw += 1
    m(rw, 1, 4, "III. PHƯƠNG HƯỚNG THỜI GIAN TỚI", f(True), al="left"); rw += 1
    m(rw, 2, 4, "- Tiếp tục phối hợp kiểm tra đo lường, nhãn hàng hóa dịp cuối năm và Tết Nguyên đán 2027.", f(), al="left"); rw += 1
    m(rw, 1, 4, "IV. KIẾN NGHỊ", f(True), al="left"); rw += 1
    for x in r["props"]:
        m(rw, 2, 4, f"- {x}", f(), al="left", h=32); rw += 1
    rw += 1
    ws.cell(row=rw, column=1, value="Nơi nhận:").font = f(True, True)
    m(rw, 3, 4, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", f(True), h=48); rw += 1
    ws.cell(row=rw, column=1, value="- Sở KH&CN (Chi cục TĐC);").font = f(s=11); rw += 1
    ws.cell(row=rw, column=1, value="- Lưu: VT, KT.").font = f(s=11); rw += 3
    m(rw, 3, 4, {"27676": "Trần Văn Út", "27301": "Nguyễn Hoàng Phúc", "25747": "Lâm Thị Kim Thoa"}[r["unit_id"]], f(True))
    ws.page_setup.orientation = "landscape"
    wb.properties.creator = PERSONS["D"]
    return wb

def build_D_docx(r):
    doc = new_doc()
    header_table(doc,
        [("ỦY BAN NHÂN DÂN", False, False, 12), (r["upper"], True, False, 12), ("", False, False, 6), (f"Số: {r['number']}", False, False, 13)],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False, 12), ("Độc lập - Tự do - Hạnh phúc", True, False, 13), ("", False, False, 6),
         (f"{place_of(r)}, {date_words(r['date'])}", False, True, 13)])
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c")
    para(doc, f"Căn cứ {CANCU_KH};", italic=True)
    para(doc, f"Căn cứ {CANCU_CV};", italic=True)
    para(doc, "Ủy ban nhân dân đặc khu Côn Đảo báo cáo kết quả thực hiện như sau:")
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
    for j, h in enumerate(["TT", "Nhiệm vụ (theo Kế hoạch của UBND đặc khu)", "Kết quả thực hiện đến ngày 31/10/2026"]):
        c = t.rows[0].cells[j]; c.paragraphs[0].text = ""; rr = c.paragraphs[0].add_run(h); rr.bold = True
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, e in enumerate(r["entries"], 1):
        cells = t.add_row().cells
        cells[0].text = str(i); cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cells[1].text = e["head"]
        p = cells[2].paragraphs[0]; st = D_STATUS[e["status"]]
        if st:
            a = p.add_run(st + " "); a.bold = True
        p.add_run(e["body"])
        e["_text"] = f"{e['head']}: {st + ' ' if st else ''}{e['body']}"
    for row in t.rows:
        row.cells[0].width = Cm(1.2); row.cells[1].width = Cm(5.5); row.cells[2].width = Cm(9.3)
    para(doc)
    para(doc, "II. ĐÁNH GIÁ", bold=True, indent=False)
    para(doc, "1. Ưu điểm: Các nhiệm vụ được phân quyền cơ bản được triển khai; hộ kinh doanh phục vụ du khách chấp hành tốt quy định về đo lường.")
    para(doc, "2. Khó khăn, vướng mắc:")
    for x in r["diffs"]: para(doc, f"- {x}")
    para(doc, "III. PHƯƠNG HƯỚNG THỜI GIAN TỚI", bold=True, indent=False)
    para(doc, "- Tăng cường kiểm tra đo lường tại các điểm kinh doanh đặc sản, hải sản khô phục vụ du khách mùa cao điểm.")
    para(doc, "IV. KIẾN NGHỊ", bold=True, indent=False)
    for x in r["props"]: para(doc, f"- {x}")
    signature(doc, ["- Sở KH&CN (Chi cục TĐC);", "- Lưu: VT, KT."],
              [("TM. ỦY BAN NHÂN DÂN", True, False, 13), ("KT. CHỦ TỊCH", True, False, 13), ("PHÓ CHỦ TỊCH", True, False, 13),
               ("", False, False, 13), ("", False, False, 13), ("", False, False, 13), ("Nguyễn Thị Bích Vân", True, False, 13)])
    return doc

# ------------------------------------------------------------------ main
def main():
    for r in REPORTS:
        path = os.path.join(OUT, r["file"])
        if r["hand"] == "A": obj = build_A(r)
        elif r["hand"] == "B": obj = build_B(r)
        elif r["hand"] == "C": obj = build_C(r)
        else: obj = build_D_xlsx(r) if r["file"].endswith(".xlsx") else build_D_docx(r)
        if r["file"].endswith(".docx"):
            cp = obj.core_properties; cp.author = PERSONS[r["hand"]]; cp.last_modified_by = PERSONS[r["hand"]]
            cp.created = datetime.datetime(2026, int(r["date"][5:7]), int(r["date"][8:10]) - 1 if int(r["date"][8:10]) > 1 else 1, 8, 30)
        obj.save(path)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        rej = bool(r.get("rejected"))
        key = {
            "file": r["file"], "sha256": sha,
            "status": "rejected" if rej else "extracted",
            "reason": r.get("reason") if rej else None,
            "unit": {"id": r["unit_id"], "name": r["unit_name"]},
            "document": {"number": r["number"], "date": r["date"]},
            "entries": [] if rej else [{"task": e["task"], "status": e["status"], "indicators": e["ind"], "text": e["_text"]} for e in r["entries"]],
            "findings": [],
            "difficulties": [] if rej else r["diffs"],
            "proposals": [] if rej else r["props"],
        }
        with open(os.path.join(TRUTH, r["file"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(key, fh, ensure_ascii=False, indent=2)
        print(r["file"], sha[:12])

if __name__ == "__main__":
    main()
