# -*- coding: utf-8 -*-
"""Generator for set277: 16 reports in four hands (A Lộc, B Hạnh, C Phong, D Quyên).
Writes the files into this folder and draft keys into truth/ (sha256 filled by finalize.py)."""
import json, os, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}


def key(fname, unit_id, unit_name, number, date, items=None, dif=(), pro=(), rejected=None):
    k = {"file": fname, "sha256": None,
         "status": "rejected" if rejected else "extracted",
         "reason": rejected,
         "unit": {"id": unit_id, "name": unit_name},
         "document": {"number": number, "date": date},
         "entries": [], "findings": [],
         "difficulties": list(dif), "proposals": list(pro)}
    for it in (items or []):
        k["entries"].append({"task": it["task"], "status": it["status"],
                             "indicators": dict(it.get("ind", {})),
                             "text": it["text"]})
    if rejected:
        k["entries"] = []
    KEYS[fname] = k


# ---------------------------------------------------------------- docx helpers
def new_doc(font="Times New Roman", size=13, margins=(2, 2, 3, 1.5)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    pf = st.paragraph_format
    pf.space_after = Pt(3)
    pf.space_before = Pt(0)
    for s in d.sections:
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
    return d


def para(d, text="", bold=False, italic=False, align=None, size=None, indent=True, underline=False):
    p = d.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.first_line_indent = None
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
        if size:
            r.font.size = Pt(size)
    return p


def runs(d, parts, indent=True, align="j"):
    """parts: list of (text, fmt) with fmt in '', 'b', 'i', 'bi', 'u'."""
    p = d.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    if align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for t, f in parts:
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
        r.underline = "u" in f
    return p


def cell_lines(cell, lines, size=None):
    """lines: list of (text, fmt) — one paragraph each."""
    cell.text = ""
    first = True
    for t, f in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
        r.underline = "u" in f
        if size:
            r.font.size = Pt(size)


def header_table(d, left, right, widths=(7, 10), size=12.5):
    t = d.add_table(rows=1, cols=2)
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
        t.rows[0].cells[i].width = Cm(w)
    cell_lines(t.rows[0].cells[0], left, size)
    cell_lines(t.rows[0].cells[1], right, size)
    return t


def sign_table(d, left, right, size=12):
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    c0.text = ""
    first = True
    for tx, f in left:
        p = c0.paragraphs[0] if first else c0.add_paragraph()
        first = False
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(tx)
        r.bold = "b" in f
        r.italic = "i" in f
        r.font.size = Pt(11 if not f else size)
    cell_lines(c1, right, 13)
    return t


# ================================================================ HAND A — Lộc
# Ward economic officer (former Thủ Đức wards). Each job: "n. own title :" then a
# plain paragraph (or "+" lines), closed by "Đề nghị ghi nhận: …" — the ward asks
# the Chi cục how to record the job; the real proposals sit in part III.
def hand_a(fname, ward_upper, ward_short, unit_id, unit_name, number_written, number_key,
           date_iso, intro_cv, items, dif, pro, signer, title_words, resave=False):
    d = new_doc("Times New Roman", 13.5)
    y, m, dd = date_iso.split("-")
    header_table(d,
                 [("ỦY BAN NHÂN DÂN", "b"), (ward_upper, "b"), ("–––––––", ""),
                  ("Số: " + number_written, "")],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"),
                  ("Độc lập - Tự do - Hạnh phúc", "b"), ("────────────", ""),
                  (f"{ward_short}, ngày {dd} tháng {m} năm {y}", "i")], widths=(6.5, 10.5))
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, title_words, bold=True, align="c")
    para(d, "______", align="c")
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align="c")
    para(d, intro_cv, align="j")
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for i, it in enumerate(items, 1):
        t = f"{i}. {it['title']} :"
        para(d, t, bold=it.get("bold_title", False), align="j")
        for ln in it["body"]:
            para(d, ln, align="j")
        para(d, "Đề nghị ghi nhận: " + it["close"], align="j")
        if it.get("gap"):
            para(d)
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in dif:
        para(d, "- " + x, align="j")
    para(d, "III. KIẾN NGHỊ, ĐỀ XUẤT", bold=True, indent=False)
    for x in pro:
        para(d, "- " + x, align="j")
    para(d, f"Trên đây là báo cáo của Ủy ban nhân dân phường {ward_short} về kết quả thực hiện nội dung Chỉ thị số 38-CT/TW năm 2026./.", align="j")
    sign_table(d, [("Nơi nhận:", "bi"), ("- Như trên;", ""), ("- Chủ tịch, các PCT UBND phường;", ""),
                   ("- Lưu: VT, KT.", "")],
               [("TM. ỦY BAN NHÂN DÂN", "b"), ("KT. CHỦ TỊCH", "b"), ("PHÓ CHỦ TỊCH", "b"),
                ("", ""), ("", ""), ("", ""), (signer, "b")])
    d.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number_key, date_iso, items, dif, pro)


CV = ("Thực hiện Công văn số 1587/CCTĐC-QLTĐC ngày 06/10/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng "
      "về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026; "
      "Ủy ban nhân dân {w} báo cáo kết quả thực hiện từ đầu năm đến nay như sau:")

# --- A1 Hiệp Bình
items = [
    dict(task="II.1.a", status="completed", ind={"communications": 6, "training_courses": 1, "participants": 62},
         title="Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh",
         body=["Phường đã đăng 06 tin, bài trên Trang thông tin điện tử và nhóm Zalo của phường; phát tờ rơi "
               "hướng dẫn sử dụng cân đúng quy định tại chợ Hiệp Bình Chánh và chợ Bình Triệu. Ngày 17/6/2026 phường "
               "phối hợp Chi cục tổ chức 01 buổi tập huấn cho hộ kinh doanh tại hội trường khu phố 12, có 62 người tham dự."],
         close="đã xong.",
         text="đăng 06 tin, bài; 01 buổi tập huấn cho hộ kinh doanh, 62 người tham dự"),
    dict(task="II.3.a", status="completed", ind={"participants": 2},
         title="Cử công chức dự tập huấn nghiệp vụ",
         body=["Cử 02 công chức (Kinh tế; Văn hóa - Xã hội) tham gia lớp tập huấn nghiệp vụ quản lý nhà nước về "
               "tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức ngày 14/5/2026."],
         close="đã xong.", text="cử 02 công chức tham gia lớp tập huấn nghiệp vụ ngày 14/5/2026"),
    dict(task="II.5.c", status="in_progress",
         ind={"inspections": 3, "establishments_inspected": 41, "violations": 5, "fines_vnd": 7500000},
         title="Kiểm tra đo lường tại chợ (nội dung phân cấp cho phường)", bold_title=True,
         body=["Tổ công tác liên ngành phường phối hợp Chi cục kiểm tra 03 đợt tại chợ Hiệp Bình Chánh và chợ Bình Triệu, "
               "đã kiểm tra 41 cơ sở kinh doanh có sử dụng cân; phát hiện 05 trường hợp dùng cân sai số vượt mức cho phép, "
               "lập biên bản chuyển Chi cục xử phạt, tổng số tiền phạt 7.500.000đ."],
         close="đang làm, còn 01 đợt kiểm tra dịp cuối năm.",
         text="kiểm tra 03 đợt, 41 cơ sở, 05 trường hợp vi phạm, phạt 7.500.000đ"),
    dict(task="II.2.đ", status="completed", ind={},
         title="Duy trì hệ thống quản lý chất lượng ISO tại UBND phường",
         body=["Đã ban hành Quyết định công bố lại Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 sau sắp xếp; "
               "cập nhật 118 quy trình giải quyết thủ tục hành chính; đánh giá nội bộ xong ngày 25/9/2026."],
         close="đã xong.", text="công bố lại HTQLCL TCVN ISO 9001:2015, đánh giá nội bộ 25/9/2026"),
    dict(task="II.5.d", status="not_applicable", ind={},
         title="Tiếp nhận tin báo, tố giác vi phạm về đo lường, chất lượng",
         body=["Từ đầu năm đến nay phường chưa nhận được tin báo, tố giác nào."],
         close="không phát sinh.", text="chưa nhận được tin báo, tố giác nào"),
]
hand_a("BC KQ CT38 nam 2026 - P Hiep Binh.docx", "PHƯỜNG HIỆP BÌNH", "Hiệp Bình", "26809", "Phường Hiệp Bình",
       "412/BC-UBND", "412/BC-UBND", "2026-11-03", CV.format(w="phường Hiệp Bình"), items,
       ["Phường chưa có cán bộ chuyên trách về tiêu chuẩn, đo lường, chất lượng; công chức Kinh tế kiêm nhiệm nhiều việc.",
        "Phường chưa được trang bị quả cân chuẩn để kiểm tra nhanh cân tại chợ."],
       ["Đề nghị Chi cục tiếp tục mở lớp tập huấn nghiệp vụ cho công chức phường trong Quý I/2027.",
        "Đề nghị Chi cục hỗ trợ phường 01 bộ quả cân chuẩn đặt tại chợ Bình Triệu."],
       "Nguyễn Văn Thắng",
       "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường")

# --- A2 Tam Bình (number not filled in)
items = [
    dict(task="II.1.a", status="completed", ind={"communications": 4},
         title="Tuyên truyền",
         body=["+ Đăng 04 tin trên fanpage Phường Tam Bình;",
               "+ Treo băng rôn tại các khu phố, lồng ghép nội dung về cân đong đúng, đủ trong các buổi họp tổ dân phố."],
         close="đã xong.", text="đăng 04 tin trên fanpage; treo băng rôn"),
    dict(task="II.5.c", status="in_progress", ind={"inspections": 2, "establishments_inspected": 6},
         title="Phối hợp kiểm tra cửa hàng xăng dầu",
         body=["+ Phối hợp Đội Quản lý thị trường và Chi cục kiểm tra 02 cuộc;",
               "+ Số cửa hàng xăng dầu được kiểm tra: 06 cửa hàng;",
               "+ Qua kiểm tra không phát hiện vi phạm về đo lường."],
         close="đang làm (kiểm tra định kỳ đến hết năm).",
         text="kiểm tra 02 cuộc, 06 cửa hàng xăng dầu, không phát hiện vi phạm"),
    dict(task="II.3.a", status="completed", ind={"participants": 3},
         title="Tập huấn cho cán bộ, công chức",
         body=["Cử 01 đồng chí Phó Chủ tịch và 02 công chức, tổng cộng 03 người, dự Hội nghị tập huấn trực tuyến ngày 22/7/2026."],
         close="đã xong.", text="03 người dự Hội nghị tập huấn trực tuyến ngày 22/7/2026"),
    dict(task="II.2.đ", status="in_progress", ind={},
         title="ISO hành chính",
         body=["Phường đang rà soát, chuẩn hóa lại quy trình theo bộ thủ tục hành chính mới, dự kiến công bố trong tháng 12/2026."],
         close="đang làm, xin lùi đến 31/12/2026.", text="đang rà soát, chuẩn hóa quy trình ISO, dự kiến công bố 12/2026"),
    dict(task="II.5.b", status="not_started", ind={},
         title="Phối hợp khảo sát chất lượng hàng hóa",
         body=["Phường chưa nhận được kế hoạch khảo sát của Chi cục nên chưa triển khai."],
         close="chưa làm.", text="chưa nhận được kế hoạch khảo sát nên chưa triển khai"),
]
hand_a("BaoCao_CT38_TamBinh.docx", "PHƯỜNG TAM BÌNH", "Tam Bình", "26803", "Phường Tam Bình",
       "        /BC-UBND", None, "2026-10-30", CV.format(w="phường Tam Bình"), items,
       ["Số lượng cửa hàng xăng dầu, cơ sở kinh doanh trên địa bàn tăng sau sắp xếp, lực lượng kiểm tra của phường còn mỏng."],
       ["Đề nghị Chi cục gửi sớm kế hoạch khảo sát năm 2027 để phường chủ động bố trí lực lượng phối hợp."],
       "Lê Thị Hồng Nhung",
       "Tình hình thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026 về tiêu chuẩn, đo lường, chất lượng")

# --- A3 Long Phước
items = [
    dict(task="II.1.a", status="completed", ind={"training_courses": 2, "participants": 95},
         title="Tập huấn, phổ biến quy định về đo lường, nhãn hàng hóa cho hộ kinh doanh",
         body=["Phối hợp Chi cục tổ chức 02 buổi tập huấn tại chợ Long Phước và nhà văn hóa khu phố Phước Hậu, tổng cộng 95 lượt người tham dự."],
         close="đã xong.", text="02 buổi tập huấn, 95 lượt người tham dự"),
    dict(task="II.5.c", status="completed", ind={"inspections": 1, "establishments_inspected": 18, "violations": 2},
         title="Kiểm tra cân tại chợ Long Phước",
         body=["Tháng 9/2026 phường tổ chức 01 đợt kiểm tra, kiểm tra 18 quầy kinh doanh; phát hiện 02 hộ vi phạm (cân sai số vượt mức cho phép), "
               "đã nhắc nhở hộ kinh doanh thay cân mới, không xử phạt."],
         close="đã xong phần việc năm 2026.", text="01 đợt kiểm tra, 18 quầy, 02 hộ vi phạm"),
    dict(task="II.3.a", status="not_started", ind={},
         title="Cử công chức dự tập huấn",
         body=["Lớp tập huấn tháng 7/2026 trùng lịch diễn tập khu vực phòng thủ nên phường chưa cử được người tham dự."],
         close="chưa làm.", text="chưa cử được người tham dự lớp tập huấn tháng 7/2026"),
    dict(task="II.2.đ", status="completed", ind={},
         title="Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
         body=["Phường duy trì áp dụng; đánh giá nội bộ ngày 12/9/2026, đã khắc phục các điểm chưa phù hợp."],
         close="đã xong.", text="duy trì ISO 9001:2015, đánh giá nội bộ 12/9/2026"),
]
hand_a("Long Phuoc - bao cao chi thi 38.docx", "PHƯỜNG LONG PHƯỚC", "Long Phước", "26857", "Phường Long Phước",
       "198/BC-UBND", "198/BC-UBND", "2026-11-05", CV.format(w="phường Long Phước"), items,
       ["Chợ Long Phước là chợ tạm, hộ kinh doanh thay đổi thường xuyên nên khó quản lý việc sử dụng cân."],
       ["Đề nghị Chi cục bố trí lớp tập huấn bổ sung cho công chức phường chưa tham dự.",
        "Đề nghị hỗ trợ lắp đặt 01 cân đối chứng tại chợ Long Phước."],
       "Phạm Minh Trí",
       "Kết quả triển khai công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Chỉ thị 38-CT/TW)")

# --- A4 Cát Lái (re-saved through LibreOffice later)
items = [
    dict(task="II.1.a", status="completed", ind={"communications": 8},
         title="Thông tin, tuyên truyền",
         body=["Đăng 08 tin, bài trên Trang thông tin điện tử phường và phát trên hệ thống loa các khu phố về quy định đo lường trong kinh doanh xăng dầu, vàng trang sức."],
         close="đã xong.", text="đăng 08 tin, bài"),
    dict(task="II.5.c", status="in_progress",
         ind={"inspections": 4, "establishments_inspected": 9, "violations": 1, "fines_vnd": 12500000},
         title="Phối hợp kiểm tra xăng dầu, vàng trang sức", bold_title=True,
         body=["Phối hợp Chi cục và Đội Quản lý thị trường kiểm tra 04 cuộc tại 09 cơ sở (07 cửa hàng xăng dầu, 02 tiệm vàng); "
               "phát hiện 01 cơ sở vi phạm, Chi cục đã ra quyết định xử phạt 12,5 triệu đồng."],
         close="đang làm.", text="04 cuộc, 09 cơ sở, 01 vi phạm, phạt 12,5 triệu đồng"),
    dict(task="II.3.a", status="completed", ind={"participants": 2},
         title="Bồi dưỡng nghiệp vụ cho công chức",
         body=["02 công chức phường đã dự lớp tập huấn do Chi cục tổ chức tháng 5/2026."],
         close="đã xong.", text="02 công chức dự lớp tập huấn tháng 5/2026"),
    dict(task="II.2.đ", status="completed", ind={},
         title="ISO 9001 tại cơ quan",
         body=["Phường đã công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 ngày 28/8/2026."],
         close="đã xong.", text="công bố HTQLCL TCVN ISO 9001:2015 ngày 28/8/2026", gap=True),
    dict(task="II.5.d", status="not_applicable", ind={},
         title="Tin báo, tố giác vi phạm",
         body=["Không có."],
         close="không phát sinh.", text="Không có"),
]
hand_a("CatLai_BC_TDC_2026.docx", "PHƯỜNG CÁT LÁI", "Cát Lái", "27112", "Phường Cát Lái",
       "356/BC-UBND", "356/BC-UBND", "2026-10-29", CV.format(w="phường Cát Lái"), items,
       ["Địa bàn có nhiều kho, bãi, cơ sở kinh doanh xăng dầu ven sông; phường chưa có phương tiện, thiết bị kiểm tra nhanh."],
       ["Đề nghị Chi cục phối hợp kiểm tra định kỳ các cửa hàng xăng dầu ven sông trên địa bàn phường."],
       "Trần Quốc Bảo",
       "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026")


# ================================================================ HAND C — Phong
# Department clerk replying point by point to the dashes ("gạch đầu dòng") of the
# Chi cục's reminder letter, each point closed by one plain status sentence.
ORD = ["thứ nhất", "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu"]


def hand_c(fname, agency_upper, unit_id, unit_name, number, date_iso, vv, items, dif, pro, signer,
           division, lead=None, body_override=None):
    d = new_doc("Times New Roman", 14, margins=(2, 2, 3, 2))
    y, m, dd = date_iso.split("-")
    header_table(d,
                 [("ỦY BAN NHÂN DÂN", ""), ("THÀNH PHỐ HỒ CHÍ MINH", ""), (agency_upper, "b"), ("", ""),
                  (f"Số: {number}", ""), (vv, "")],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "bu"), ("", ""),
                  (f"Thành phố Hồ Chí Minh, ngày {dd} tháng {m} năm {y}", "i")], widths=(7.5, 9.5), size=12.5)
    para(d)
    if body_override:
        body_override(d)
    else:
        para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align="c")
        para(d, lead, align="j")
        for i, it in enumerate(items):
            runs(d, [(f"{i+1}. Đối với nội dung tại gạch đầu dòng {ORD[it['dash']-1]} của Công văn ", "b"),
                     (f"({it['topic']})", "bi"), (":", "b")])
            for ln in it["body"]:
                para(d, ln, align="j")
            para(d, it["close"], align="j")
        n = len(items) + 1
        runs(d, [(f"{n}. Đối với nội dung tại gạch đầu dòng cuối của Công văn ", "b"),
                 ("(khó khăn, vướng mắc và đề xuất)", "bi"), (":", "b")])
        para(d, "a) Khó khăn, vướng mắc:", align="j")
        for x in dif:
            para(d, "- " + x, align="j")
        para(d, "b) Đề xuất:", align="j")
        for x in pro:
            para(d, "- " + x, align="j")
        para(d, f"{unit_name} báo cáo để Chi cục tổng hợp./.", align="j")
    sign_table(d, [("Nơi nhận:", "bi"), ("- Như trên;", ""), ("- Giám đốc Sở (để b/c);", ""),
                   (f"- Lưu: VT, {division}.", "")],
               [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), (signer, "b")])
    d.save(os.path.join(OUT, fname))
    if body_override:
        return
    key(fname, unit_id, unit_name, number, date_iso, items, dif, pro)


LEAD = ("{u} nhận được Công văn số 1587/CCTĐC-QLTĐC ngày 06 tháng 10 năm 2026 của Chi cục Tiêu chuẩn Đo lường "
        "Chất lượng về việc đề nghị báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. "
        "Sau khi tổng hợp ý kiến các phòng chuyên môn, {u} báo cáo theo từng nội dung Công văn đề nghị như sau:")

# --- C1 Sở Công Thương
items = [
    dict(dash=1, topic="cử công chức tham gia tập huấn", task="II.3.a", status="completed", ind={"participants": 5},
         body=["Trong năm 2026, Sở đã cử 05 lượt công chức Phòng Quản lý Công nghiệp và Phòng Quản lý Thương mại tham gia các lớp "
               "tập huấn, cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức."],
         close="Đến nay, Sở đã thực hiện xong nội dung này.", text="cử 05 lượt công chức tham gia các lớp tập huấn"),
    dict(dash=2, topic="góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật", task="II.2.e", status="in_progress",
         ind={"standards_reviewed": 6},
         body=["Sở đã có văn bản góp ý đối với 06 dự thảo (gồm 04 dự thảo quy chuẩn kỹ thuật quốc gia và 02 dự thảo tiêu chuẩn quốc gia) "
               "thuộc lĩnh vực hóa chất, an toàn điện, xăng dầu do Bộ Công Thương gửi lấy ý kiến."],
         close="Sở tiếp tục thực hiện khi có đề nghị góp ý.", text="góp ý 06 dự thảo (04 QCVN, 02 TCVN)"),
    dict(dash=3, topic="phối hợp kiểm tra chất lượng hàng hóa lưu thông trên thị trường", task="II.5.a", status="in_progress",
         ind={"inspections": 127, "violations": 38, "fines_vnd": 486300000},
         body=["Lực lượng Quản lý thị trường đã kiểm tra 127 vụ liên quan đến tiêu chuẩn, đo lường, chất lượng, nhãn hàng hóa; "
               "xử lý 38 vụ vi phạm, phạt tiền 486.300.000 đồng; tịch thu, tiêu hủy hàng hóa không bảo đảm chất lượng theo quy định."],
         close="Sở đang tiếp tục thực hiện.", text="kiểm tra 127 vụ, xử lý 38 vụ vi phạm, phạt 486.300.000 đồng"),
    dict(dash=4, topic="truy xuất nguồn gốc theo Đề án 100", task="II.2.a", status="in_progress",
         ind={"enterprises_supported": 23},
         body=["Sở đã hướng dẫn 23 doanh nghiệp sản xuất, phân phối hàng tiêu dùng áp dụng tem truy xuất nguồn gốc, kết nối với "
               "hệ thống truy xuất nguồn gốc của Thành phố."],
         close="Nội dung này Sở đang triển khai.", text="hướng dẫn 23 doanh nghiệp áp dụng tem truy xuất nguồn gốc"),
    dict(dash=5, topic="khen thưởng, bảo vệ người tố giác vi phạm", task="II.5.d", status="not_applicable", ind={},
         body=["Trong kỳ, Sở không nhận được tin báo, tố giác về vi phạm pháp luật tiêu chuẩn, đo lường, chất lượng."],
         close="Nội dung này trong kỳ không phát sinh.", text="không nhận được tin báo, tố giác"),
]
hand_c("SCT - phuc dap CV 1587 CCTDC.docx", "SỞ CÔNG THƯƠNG", "SO-CT", "Sở Công Thương", "4187/SCT-QLCN",
       "2026-10-27", "V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
       items,
       ["Lực lượng Quản lý thị trường mỏng trong khi địa bàn rộng sau sắp xếp, hàng hóa vi phạm chủ yếu trên môi trường thương mại điện tử khó truy vết."],
       ["Đề nghị Chi cục chia sẻ kết quả khảo sát chất lượng hàng hóa để Sở định hướng kiểm tra.",
        "Đề nghị Chi cục tổ chức tập huấn chuyên sâu về nhãn hàng hóa cho công chức Quản lý thị trường."],
       "Bùi Tá Hoàng Vũ", "QLCN", lead=LEAD.format(u="Sở Công Thương"))

# --- C2 Sở Y tế
items = [
    dict(dash=1, topic="tập huấn cho công chức", task="II.3.a", status="completed", ind={"participants": 3},
         body=["Sở Y tế đã cử 03 công chức Phòng Nghiệp vụ Dược và Thanh tra Sở tham dự lớp tập huấn do Chi cục tổ chức ngày 14/5/2026."],
         close="Đến nay, Sở đã thực hiện xong nội dung này.", text="cử 03 công chức tham dự lớp tập huấn 14/5/2026"),
    dict(dash=2, topic="góp ý quy chuẩn kỹ thuật quốc gia", task="II.2.e", status="completed", ind={"standards_reviewed": 2},
         body=["Sở đã góp ý 02 dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế theo đề nghị của Bộ Y tế."],
         close="Đến nay, Sở đã thực hiện xong nội dung này.", text="góp ý 02 dự thảo QCVN về trang thiết bị y tế"),
    dict(dash=3, topic="áp dụng hệ thống quản lý chất lượng tại cơ quan", task="II.2.đ", status="completed", ind={},
         body=["Sở duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; đã tổ chức đánh giá nội bộ trong tháng 8/2026 "
               "và công bố lại sau khi cập nhật các thủ tục hành chính mới."],
         close="Đến nay, Sở đã thực hiện xong nội dung này.", text="duy trì HTQLCL ISO 9001:2015, đánh giá nội bộ 8/2026"),
    dict(dash=4, topic="phối hợp kiểm tra trang thiết bị y tế, phương tiện đo dùng trong y tế", task="II.5.a", status="in_progress",
         ind={"establishments_inspected": 14, "violations": 3, "fines_vnd": 57000000},
         body=["Thanh tra Sở đã kiểm tra 14 cơ sở kinh doanh trang thiết bị y tế (máy đo huyết áp, nhiệt kế điện tử, cân sức khỏe); "
               "phát hiện 03 cơ sở vi phạm về nhãn và công bố tiêu chuẩn áp dụng, xử phạt 57.000.000 đồng."],
         close="Sở đang tiếp tục thực hiện.", text="kiểm tra 14 cơ sở, 03 cơ sở vi phạm, phạt 57.000.000 đồng"),
    dict(dash=5, topic="phối hợp khảo sát chất lượng sản phẩm", task="II.5.b", status="not_started", ind={},
         body=["Sở chưa nhận được kế hoạch khảo sát nhóm sản phẩm thuộc lĩnh vực y tế."],
         close="Sở chưa triển khai nội dung này.", text="chưa nhận được kế hoạch khảo sát"),
]
hand_c("SYT_bao cao KH38_TDC.docx", "SỞ Y TẾ", "SO-YT", "Sở Y tế", "6021/SYT-NVD", "2026-10-30",
       "V/v phúc đáp Công văn số 1587/CCTĐC-QLTĐC", items,
       ["Việc phân định trách nhiệm quản lý chất lượng đối với trang thiết bị y tế vừa là phương tiện đo giữa ngành y tế và ngành khoa học và công nghệ chưa rõ."],
       ["Đề nghị Chi cục chủ trì buổi làm việc liên ngành để thống nhất phân công kiểm tra phương tiện đo dùng trong y tế."],
       "Nguyễn Anh Dũng", "NVD", lead=LEAD.format(u="Sở Y tế"))

# --- C3 Sở Nông nghiệp và Môi trường
items = [
    dict(dash=1, topic="truy xuất nguồn gốc nông sản, thực phẩm", task="II.2.a", status="in_progress",
         ind={"enterprises_supported": 41, "training_courses": 3, "participants": 186},
         body=["Sở đã hỗ trợ 41 cơ sở, hợp tác xã áp dụng truy xuất nguồn gốc; tổ chức 03 lớp tập huấn về mã số, mã vạch và truy xuất "
               "nguồn gốc với 186 học viên là chủ cơ sở, cán bộ hợp tác xã."],
         close="Sở đang tiếp tục thực hiện.", text="hỗ trợ 41 cơ sở, HTX; 03 lớp tập huấn, 186 học viên"),
    dict(dash=2, topic="góp ý tiêu chuẩn, quy chuẩn kỹ thuật", task="II.2.e", status="completed", ind={"standards_reviewed": 5},
         body=["Sở đã góp ý 05 dự thảo tiêu chuẩn, quy chuẩn kỹ thuật về phân bón, thức ăn chăn nuôi, chất lượng nước."],
         close="Đến nay, Sở đã thực hiện xong nội dung này.", text="góp ý 05 dự thảo tiêu chuẩn, quy chuẩn kỹ thuật"),
    dict(dash=3, topic="phối hợp khảo sát, lấy mẫu hàng hóa", task="II.5.b", status="in_progress", ind={"samples_tested": 120},
         body=["Chi cục Trồng trọt và Bảo vệ thực vật đã lấy 120 mẫu phân bón, thuốc bảo vệ thực vật lưu thông trên thị trường để kiểm tra chất lượng; "
               "kết quả đã thông báo cho các cơ sở."],
         close="Sở đang tiếp tục thực hiện.", text="lấy 120 mẫu phân bón, thuốc BVTV"),
    dict(dash=4, topic="tập huấn nghiệp vụ cho công chức", task="II.3.a", status="completed", ind={"participants": 4},
         body=["Sở đã cử 04 công chức tham gia lớp tập huấn về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức."],
         close="Đến nay, Sở đã thực hiện xong nội dung này.", text="cử 04 công chức tham gia lớp tập huấn"),
    dict(dash=5, topic="khen thưởng, bảo vệ người tố giác vi phạm", task="II.5.d", status="not_applicable", ind={},
         body=["Trong kỳ không có trường hợp tố giác hành vi vi phạm."],
         close="Nội dung này trong kỳ không phát sinh.", text="không có trường hợp tố giác"),
]
hand_c("SNNMT - BC thuc hien CT38.docx", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "SO-NNMT", "Sở Nông nghiệp và Môi trường",
       "9133/SNNMT-CCTT", "2026-10-29", "V/v báo cáo kết quả thực hiện Kế hoạch Chỉ thị số 38-CT/TW năm 2026", items,
       ["Kinh phí hỗ trợ cơ sở, hợp tác xã áp dụng truy xuất nguồn gốc còn hạn chế.",
        "Nhiều hộ sản xuất nhỏ lẻ chưa quan tâm áp dụng tem truy xuất nguồn gốc."],
       ["Đề nghị Chi cục phối hợp bố trí kinh phí hỗ trợ mã số, mã vạch cho hợp tác xã năm 2027."],
       "Trần Văn Lâm", "CCTT", lead=LEAD.format(u="Sở Nông nghiệp và Môi trường"))


# --- C4 Sở Văn hóa và Thể thao — MISTAKEN (cải cách hành chính)
def vhtt_body(d):
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, "Kết quả thực hiện công tác cải cách hành chính Quý III năm 2026", bold=True, align="c")
    para(d, "Kính gửi: Sở Nội vụ Thành phố Hồ Chí Minh.", align="c")
    para(d, "Thực hiện Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân Thành phố, Sở Văn hóa và Thể thao báo cáo kết quả "
            "thực hiện công tác cải cách hành chính Quý III năm 2026 như sau:", align="j")
    runs(d, [("1. Đối với nội dung tại gạch đầu dòng thứ nhất ", "b"), ("(cải cách thể chế)", "bi"), (":", "b")])
    para(d, "Sở đã tham mưu ban hành 03 quyết định quy phạm pháp luật; rà soát 27 văn bản, đề xuất bãi bỏ 04 văn bản không còn phù hợp.", align="j")
    para(d, "Đến nay, Sở đã thực hiện xong nội dung này.", align="j")
    runs(d, [("2. Đối với nội dung tại gạch đầu dòng thứ hai ", "b"), ("(cải cách thủ tục hành chính)", "bi"), (":", "b")])
    para(d, "Trong Quý III, Sở tiếp nhận 4.812 hồ sơ, đã giải quyết đúng hạn 4.790 hồ sơ (đạt 99,5%); tỷ lệ hồ sơ trực tuyến toàn trình đạt 86%.", align="j")
    para(d, "Sở đang tiếp tục thực hiện.", align="j")
    runs(d, [("3. Đối với nội dung tại gạch đầu dòng thứ ba ", "b"), ("(hiện đại hóa nền hành chính)", "bi"), (":", "b")])
    para(d, "Sở duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 đối với 100% thủ tục hành chính; triển khai chữ ký số cho 100% công chức.", align="j")
    para(d, "Đến nay, Sở đã thực hiện xong nội dung này.", align="j")
    runs(d, [("4. Khó khăn, đề xuất", "b"), (":", "b")])
    para(d, "- Đề nghị Sở Nội vụ tổ chức tập huấn về chấm điểm Chỉ số cải cách hành chính năm 2026.", align="j")
    para(d, "Sở Văn hóa và Thể thao báo cáo Sở Nội vụ tổng hợp./.", align="j")


hand_c("SVHTT_BC CCHC quy III-2026.docx", "SỞ VĂN HÓA VÀ THỂ THAO", "SO-VHTT", "Sở Văn hóa và Thể thao",
       "3115/BC-SVHTT", "2026-10-20", "", [], [], [], "Nguyễn Ngọc Hồi", "VP", body_override=vhtt_body)
key("SVHTT_BC CCHC quy III-2026.docx", "SO-VHTT", "Sở Văn hóa và Thể thao", "3115/BC-SVHTT", "2026-10-20",
    rejected="Báo cáo kết quả cải cách hành chính Quý III/2026 gửi Sở Nội vụ, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm).")


# ================================================================ XLSX helpers
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def box(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BOX


# ================================================================ HAND B — Hạnh
# Ward văn thư (Gò Vấp / Bình Thạnh). One flat sheet; per-row cut-off date column
# "Chốt số liệu ngày" (real date cells, different for each row); status in
# "Tình hình" with her own words Làm xong / Còn làm / Chưa tới / Không có.
BSTAT = {"completed": "Làm xong", "in_progress": "Còn làm", "not_started": "Chưa tới", "not_applicable": "Không có"}


def hand_b(fname, ward_upper, ward_short, unit_id, unit_name, number, date_iso, rows, dif, pro, signer, sheet="BC CT38"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    y, m, dd = date_iso.split("-")
    f = Font(name="Times New Roman", size=12)
    fb = Font(name="Times New Roman", size=12, bold=True)
    ws["A1"] = "ỦY BAN NHÂN DÂN"; ws["A1"].font = f
    ws["A2"] = ward_upper; ws["A2"].font = fb
    ws["A3"] = f"Số: {number}" if number else "Số:       /BC-UBND"; ws["A3"].font = f
    ws["F1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["F1"].font = fb
    ws["F2"] = "Độc lập - Tự do - Hạnh phúc"; ws["F2"].font = fb
    ws["F3"] = f"{ward_short}, ngày {dd} tháng {m} năm {y}"; ws["F3"].font = Font(name="Times New Roman", size=12, italic=True)
    ws.merge_cells("A5:J5")
    ws["A5"] = "BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"
    ws["A5"].font = Font(name="Times New Roman", size=13, bold=True)
    ws["A5"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A6:J6")
    ws["A6"] = "(Lĩnh vực tiêu chuẩn, đo lường, chất lượng - gửi Chi cục TĐC)"
    ws["A6"].alignment = Alignment(horizontal="center")
    hdr = ["TT", "Công việc", "Nội dung đã làm", "Cuộc", "Cơ sở", "Vi phạm", "Phạt (đ)", "Số liệu khác",
           "Chốt số liệu ngày", "Tình hình"]
    for c, h in enumerate(hdr, 1):
        cl = ws.cell(8, c, h); cl.font = fb
        cl.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 9
    for i, it in enumerate(rows, 1):
        ws.cell(r, 1, i)
        ws.cell(r, 2, it["job"])
        ws.cell(r, 3, it["done"])
        for c, k in ((4, "cuoc"), (5, "coso"), (6, "vp"), (7, "phat")):
            v = it.get(k)
            if v is not None:
                ws.cell(r, c, v)
                if c == 7 and isinstance(v, int):
                    ws.cell(r, c).number_format = "#,##0"
        if it.get("khac"):
            ws.cell(r, 8, it["khac"])
        ws.cell(r, 9, it["cutoff"]); ws.cell(r, 9).number_format = "dd/mm/yyyy"
        ws.cell(r, 10, BSTAT[it["status"]] if "stword" not in it else it["stword"])
        for c in range(1, 11):
            ws.cell(r, c).alignment = Alignment(vertical="top", wrap_text=True)
            ws.cell(r, c).font = f
        r += 1
    box(ws, 8, r - 1, 1, 10)
    r += 1
    ws.cell(r, 2, "Khó khăn:").font = fb; r += 1
    for i, x in enumerate(dif, 1):
        ws.cell(r, 2, f"{i}-"); ws.cell(r, 3, x); r += 1
    ws.cell(r, 2, "Kiến nghị:").font = fb; r += 1
    for i, x in enumerate(pro, 1):
        ws.cell(r, 2, f"{i}-"); ws.cell(r, 3, x); r += 1
    r += 1
    ws.cell(r, 2, "NGƯỜI LẬP BIỂU").font = fb
    ws.cell(r, 8, "KT. CHỦ TỊCH").font = fb
    ws.cell(r + 1, 8, "PHÓ CHỦ TỊCH").font = fb
    ws.cell(r + 5, 2, "Võ Thị Mỹ Hạnh")
    ws.cell(r + 5, 8, signer).font = fb
    for c, w in zip("ABCDEFGHIJ", (5, 28, 48, 7, 7, 8, 13, 20, 12, 12)):
        ws.column_dimensions[c].width = w
    wb.save(os.path.join(OUT, fname))
    items = [dict(task=it["task"], status=it["status"], ind=it["ind"], text=it["done"]) for it in rows]
    key(fname, unit_id, unit_name, number, date_iso, items, dif, pro)


D = datetime.datetime
# --- B1 Gò Vấp
hand_b("BC CT38 P.GoVap T10.2026.xlsx", "PHƯỜNG GÒ VẤP", "Gò Vấp", "26884", "Phường Gò Vấp", "523/BC-UBND", "2026-10-31", [
    dict(task="II.1.a", status="completed", job="Tuyên truyền TCĐLCL cho hộ kinh doanh",
         done="Phát thanh, đăng tin trên fanpage phường; phát tờ rơi tại chợ Gò Vấp; tập huấn cho hộ kinh doanh tại chợ",
         khac="07 tin bài; 01 buổi tập huấn, 58 người", cutoff=D(2026, 9, 30),
         ind={"communications": 7, "training_courses": 1, "participants": 58}),
    dict(task="II.5.c", status="in_progress", job="Kiểm tra cân tại chợ (phân cấp cho phường)",
         done="Tổ kiểm tra phường phối hợp Chi cục kiểm tra cân tại chợ Gò Vấp, chợ Hạnh Thông Tây",
         cuoc=3, coso=36, vp=4, phat=6000000, cutoff=D(2026, 10, 25),
         ind={"inspections": 3, "establishments_inspected": 36, "violations": 4, "fines_vnd": 6000000}),
    dict(task="II.2.đ", status="completed", job="ISO 9001 tại UBND phường",
         done="Công bố lại HTQLCL theo TCVN ISO 9001:2015 sau sắp xếp, đánh giá nội bộ tháng 9", cutoff=D(2026, 9, 30), ind={}),
    dict(task="II.3.a", status="completed", job="Cán bộ phường dự tập huấn",
         done="Cử công chức Kinh tế dự lớp tập huấn của Chi cục", khac="02 người", cutoff=D(2026, 6, 30),
         ind={"participants": 2}),
    dict(task="II.5.d", status="not_applicable", job="Tiếp nhận tố giác vi phạm", done="Chưa có tin báo, tố giác",
         cutoff=D(2026, 10, 25), ind={}),
], ["Công chức Kinh tế kiêm nhiệm nhiều lĩnh vực, chưa được đào tạo chuyên sâu về đo lường.",
    "Kinh phí cho hoạt động kiểm tra tại chợ chưa được bố trí riêng."],
   ["Đề nghị Chi cục cấp phát tài liệu tuyên truyền in sẵn cho phường.",
    "Đề nghị Chi cục hướng dẫn mẫu biên bản kiểm tra cân dùng cho cấp phường."], "Đặng Minh Khoa")

# --- B2 An Hội Tây
hand_b("AnHoiTay_bieu KH38.xlsx", "PHƯỜNG AN HỘI TÂY", "An Hội Tây", "26882", "Phường An Hội Tây", "301/BC-UBND", "2026-11-02", [
    dict(task="II.1.a", status="completed", job="Tuyên truyền về đo lường, chất lượng",
         done="Đăng tin trên Zalo các khu phố, trang thông tin phường", khac="05 tin", cutoff=D(2026, 10, 15),
         ind={"communications": 5}),
    dict(task="II.5.c", status="in_progress", job="Kiểm tra đo lường, nhãn hàng hóa tại tạp hóa, chợ",
         done="Kiểm tra việc sử dụng cân, ghi nhãn hàng hóa tại chợ An Nhơn và các tạp hóa", cuoc="02", coso=15, vp=1,
         phat="2.500.000", cutoff=D(2026, 10, 28),
         ind={"inspections": 2, "establishments_inspected": 15, "violations": 1, "fines_vnd": 2500000}),
    dict(task="II.5.b", status="completed", job="Phối hợp Chi cục lấy mẫu xăng dầu khảo sát",
         done="Bố trí công chức đi cùng đoàn của Chi cục lấy mẫu tại các cửa hàng xăng dầu", khac="06 mẫu",
         cutoff=D(2026, 8, 20), ind={"samples_tested": 6}),
    dict(task="II.3.a", status="not_started", job="Cử người dự tập huấn nghiệp vụ",
         done="Lớp tập huấn Quý IV của Chi cục chưa tổ chức", cutoff=D(2026, 10, 28), ind={}),
    dict(task="II.2.đ", status="in_progress", job="Áp dụng ISO hành chính",
         done="Đang cập nhật quy trình theo thủ tục hành chính mới", cutoff=D(2026, 10, 28), ind={}),
], ["Nhiều tạp hóa nhỏ lẻ không có giấy phép kinh doanh nên khó quản lý."],
   ["Đề nghị Chi cục tổ chức lớp tập huấn Quý IV sớm để phường cử người tham dự."], "Huỳnh Thanh Tâm")

# --- B3 Bình Quới
hand_b("BinhQuoi-CT38-2026.xlsx", "PHƯỜNG BÌNH QUỚI", "Bình Quới", "26911", "Phường Bình Quới", "145/BC-UBND", "2026-11-04", [
    dict(task="II.1.a", status="completed", job="Tuyên truyền, tập huấn cho hộ kinh doanh",
         done="Đăng tin; tổ chức tập huấn quy định về cân, nhãn hàng hóa tại nhà văn hóa khu phố 3",
         khac="03 tin; 01 lớp, 40 người", cutoff=D(2026, 7, 31),
         ind={"communications": 3, "training_courses": 1, "participants": 40}),
    dict(task="II.5.c", status="completed", job="Kiểm tra cân tại chợ Thanh Đa",
         done="Phối hợp Chi cục kiểm tra cân tại chợ Thanh Đa", cuoc=1, coso=12, vp="-", phat="-",
         cutoff=D(2026, 9, 12),
         ind={"inspections": 1, "establishments_inspected": 12}),
    dict(task="II.2.đ", status="completed", job="Duy trì ISO tại phường", done="Đánh giá nội bộ, xem xét lãnh đạo xong",
         cutoff=D(2026, 9, 30), ind={}),
    dict(task="II.5.d", status="not_applicable", job="Tin báo, tố giác vi phạm", done="Không có", cutoff=D(2026, 10, 31), ind={}),
], ["Chợ Thanh Đa đang chỉnh trang nên tiểu thương di dời tạm, khó theo dõi."],
   ["Đề nghị Chi cục phối hợp kiểm tra lại chợ Thanh Đa sau khi chỉnh trang xong."], "Lý Quốc Hùng")

# --- B4 Gia Định (re-saved through LibreOffice later)
hand_b("GiaDinh_BC_TDC.xlsx", "PHƯỜNG GIA ĐỊNH", "Gia Định", "26944", "Phường Gia Định", "612/BC-UBND", "2026-10-28", [
    dict(task="II.1.a", status="completed", job="Thông tin, tuyên truyền", done="Đăng tin, bài trên trang phường và loa khu phố",
         khac="10 tin, bài", cutoff=D(2026, 10, 20), ind={"communications": 10}),
    dict(task="II.5.c", status="in_progress", job="Kiểm tra đo lường tại chợ Bà Chiểu và cửa hàng vàng",
         done="Tổ kiểm tra phường phối hợp Chi cục, Đội QLTT", cuoc=4, coso=52, vp=6, phat=18750000,
         cutoff=D(2026, 10, 24),
         ind={"inspections": 4, "establishments_inspected": 52, "violations": 6, "fines_vnd": 18750000}),
    dict(task="II.3.a", status="completed", job="Công chức dự tập huấn", done="Dự lớp tập huấn tháng 5 của Chi cục",
         khac="03 người", cutoff=D(2026, 5, 31), ind={"participants": 3}),
    dict(task="II.2.đ", status="completed", job="ISO hành chính", done="Công bố lại HTQLCL ngày 15/8/2026",
         cutoff=D(2026, 8, 15), ind={}),
], ["Chợ Bà Chiểu có nhiều tiểu thương, cân không rõ nguồn gốc khó kiểm soát."],
   ["Đề nghị Chi cục hỗ trợ cân đối chứng cho chợ Bà Chiểu.",
    "Đề nghị Chi cục chủ trì kiểm tra chuyên đề cửa hàng vàng trang sức trên địa bàn phường."], "Ngô Thị Bích Vân")


# ================================================================ HAND D — Quyên
# ISO-minded officer. Wide sheet, one row per job; numeric columns each headed by
# its unit in brackets; a "Mã hồ sơ lưu" column of ISO record codes; status column
# "Đánh giá" in internal-audit words: Đạt / Đang theo dõi / Chưa thực hiện / Không áp dụng.
DSTAT = {"completed": "Đạt", "in_progress": "Đang theo dõi", "not_started": "Chưa thực hiện", "not_applicable": "Không áp dụng"}
DCOLS = [("training_courses", "Tập huấn (lớp)"), ("participants", "Tham dự (người)"), ("communications", "Tin, bài (tin)"),
         ("enterprises_supported", "Hỗ trợ (DN)"), ("inspections", "Kiểm tra (cuộc)"), ("establishments_inspected", "Cơ sở KT (cơ sở)"),
         ("violations", "Vi phạm (cơ sở)"), ("fines_vnd", "Phạt tiền (đồng)"), ("samples_tested", "Mẫu (mẫu)"),
         ("instruments_verified", "Phương tiện đo (chiếc)"), ("standards_reviewed", "TC/QC (văn bản)"), ("budget_spent_vnd", "Kinh phí (đồng)")]


def hand_d(fname, top, unit_upper, unit_id, unit_name, number, date_iso, kg, rows, dif, pro, signer, place, cols=None,
           sheet="KQ_CT38", sign_title=("GIÁM ĐỐC",)):
    cols = cols or [c for c in DCOLS if any(c[0] in r["ind"] for r in rows)]
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    y, m, dd = date_iso.split("-")
    f = Font(name="Arial", size=10)
    fb = Font(name="Arial", size=10, bold=True)
    ncol = 4 + len(cols) + 1
    ws["A1"] = top; ws["A1"].font = f
    ws["A2"] = unit_upper; ws["A2"].font = fb
    ws["A3"] = f"Số: {number}"; ws["A3"].font = f
    last = get_column_letter(ncol)
    mid = get_column_letter(ncol - 4)
    ws[f"{mid}1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws[f"{mid}1"].font = fb
    ws[f"{mid}2"] = "Độc lập - Tự do - Hạnh phúc"; ws[f"{mid}2"].font = fb
    ws[f"{mid}3"] = f"{place}, ngày {dd} tháng {m} năm {y}"; ws[f"{mid}3"].font = Font(name="Arial", size=10, italic=True)
    ws.merge_cells(f"A5:{last}5")
    ws["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"
    ws["A5"].font = Font(name="Arial", size=12, bold=True); ws["A5"].alignment = Alignment(horizontal="center")
    ws.merge_cells(f"A6:{last}6")
    ws["A6"] = f"Kính gửi: {kg}"; ws["A6"].alignment = Alignment(horizontal="center")
    hdr = ["STT", "Nội dung công việc", "Kết quả thực hiện"] + [c[1] for c in cols] + ["Mã hồ sơ lưu", "Đánh giá"]
    fill = PatternFill("solid", fgColor="D9E1F2")
    for c, h in enumerate(hdr, 1):
        cl = ws.cell(8, c, h); cl.font = fb; cl.fill = fill
        cl.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[8].height = 42
    r = 9
    for i, it in enumerate(rows, 1):
        ws.cell(r, 1, i); ws.cell(r, 2, it["job"]); ws.cell(r, 3, it["res"])
        for j, (cid, _) in enumerate(cols):
            if cid in it["ind"]:
                cl = ws.cell(r, 4 + j, it["ind"][cid])
                if it["ind"][cid] >= 1000:
                    cl.number_format = "#,##0"
        ws.cell(r, 4 + len(cols), it["hs"])
        ws.cell(r, 5 + len(cols), DSTAT[it["status"]])
        for c in range(1, ncol + 1):
            ws.cell(r, c).font = f
            ws.cell(r, c).alignment = Alignment(vertical="top", wrap_text=True)
        r += 1
    box(ws, 8, r - 1, 1, ncol)
    ws.cell(r, 2, "Ghi chú: cột Đánh giá ghi theo Sổ tay chất lượng (Đạt / Đang theo dõi / Chưa thực hiện / Không áp dụng).").font = Font(name="Arial", size=9, italic=True)
    r += 2
    ws.cell(r, 1, "I").font = fb; ws.cell(r, 2, "Tồn tại, khó khăn").font = fb; r += 1
    for x in dif:
        ws.cell(r, 2, "- " + x); r += 1
    ws.cell(r, 1, "II").font = fb; ws.cell(r, 2, "Kiến nghị, đề xuất").font = fb; r += 1
    for x in pro:
        ws.cell(r, 2, "- " + x); r += 1
    r += 1
    for j, t in enumerate(sign_title):
        ws.cell(r + j, ncol - 3, t).font = fb
    ws.cell(r + 5, ncol - 3, signer).font = fb
    ws.cell(r, 2, "Người lập: Phan Thị Lệ Quyên").font = Font(name="Arial", size=9, italic=True)
    widths = [5, 30, 46] + [11] * len(cols) + [17, 13]
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.freeze_panes = "D9"
    wb.save(os.path.join(OUT, fname))
    items = [dict(task=it["task"], status=it["status"], ind=it["ind"], text=it["res"]) for it in rows]
    key(fname, unit_id, unit_name, number, date_iso, items, dif, pro)


# --- D1 Chi cục TĐC
hand_d("ChiCuc_TDC_TH thuc hien KH CT38_2026.xlsx", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG",
       "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "812/BC-CCTĐC", "2026-10-30",
       "Giám đốc Sở Khoa học và Công nghệ", [
    dict(task="II.1.a", status="completed", job="Tập huấn văn bản QPPL cho doanh nghiệp; tọa đàm doanh nghiệp nhập khẩu",
         res="Tổ chức 04 lớp tập huấn (03 lớp cho cơ sở sản xuất, kinh doanh; 01 tọa đàm với doanh nghiệp nhập khẩu), 612 lượt người tham dự",
         ind={"training_courses": 4, "participants": 612}, hs="HS.01/QT.TĐC.02"),
    dict(task="II.1.b", status="completed", job="Tuyên truyền Giải thưởng Chất lượng Quốc gia",
         res="Đăng 12 tin, bài; hướng dẫn 09 doanh nghiệp hoàn thiện hồ sơ tham dự",
         ind={"communications": 12, "enterprises_supported": 9}, hs="HS.03/QT.TĐC.02"),
    dict(task="II.2.a", status="in_progress", job="Năng suất chất lượng (CT 1322, KH 36), Đề án 996, Đề án 100",
         res="Hỗ trợ 17 doanh nghiệp áp dụng công cụ cải tiến năng suất, truy xuất nguồn gốc; kinh phí đã giải ngân 128.500.000 đồng",
         ind={"enterprises_supported": 17, "budget_spent_vnd": 128500000}, hs="HS.02/QT.TĐC.05"),
    dict(task="II.2.d", status="in_progress", job="Hỗ trợ DN áp dụng hệ thống quản lý, công bố chất lượng",
         res="Hướng dẫn 28 doanh nghiệp xây dựng, áp dụng ISO 9001, ISO 22000 và công bố hợp quy",
         ind={"enterprises_supported": 28}, hs="HS.04/QT.TĐC.05"),
    dict(task="II.2.e", status="in_progress", job="Xây dựng, góp ý TCVN, QCVN, QCĐP",
         res="Góp ý 14 dự thảo TCVN, QCVN; đang xây dựng quy chuẩn kỹ thuật địa phương về chất lượng nước sạch",
         ind={"standards_reviewed": 14}, hs="HS.01/QT.TĐC.07"),
    dict(task="II.2.h", status="completed", job="Hệ thống thông tin giải quyết TTHC, kết nối Cổng một cửa quốc gia",
         res="Đã đề xuất cải tiến, kết nối liên thông hoàn thành trong Quý I/2026", ind={}, hs="HS.05/QT.TĐC.07"),
    dict(task="II.4.b", status="completed", job="Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ",
         res="Kiểm định, hiệu chuẩn 36 phương tiện, thiết bị nghiệp vụ phục vụ kiểm tra", ind={"instruments_verified": 36},
         hs="HS.02/QT.TĐC.09"),
    dict(task="II.5.a", status="in_progress", job="Kiểm tra TĐC hàng hóa sản xuất, nhập khẩu, lưu thông",
         res="11 cuộc kiểm tra tại 96 cơ sở; 14 cơ sở vi phạm; phạt 96.500.000 đồng",
         ind={"inspections": 11, "establishments_inspected": 96, "violations": 14, "fines_vnd": 96500000}, hs="HS.01/QT.TĐC.11"),
    dict(task="II.5.b", status="in_progress", job="Khảo sát chất lượng sản phẩm, hàng hóa",
         res="Lấy 85 mẫu xăng dầu, mũ bảo hiểm, đồ chơi trẻ em để khảo sát", ind={"samples_tested": 85}, hs="HS.03/QT.TĐC.11"),
    dict(task="II.6.b", status="not_applicable", job="Phối hợp APO thúc đẩy năng suất",
         res="Trong năm chưa có yêu cầu từ Ủy ban TĐC Quốc gia", ind={}, hs="—"),
], ["Lực lượng kiểm tra ít so với số lượng cơ sở sau khi mở rộng địa giới Thành phố.",
    "Một số phường, xã chưa bố trí công chức theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng."],
   ["Đề nghị Sở bổ sung biên chế cho Chi cục năm 2027.",
    "Đề nghị Sở bố trí kinh phí mua sắm thiết bị thử nghiệm nhanh cho đoàn kiểm tra."],
   "Lê Hoàng Phúc", "Thành phố Hồ Chí Minh", sign_title=("CHI CỤC TRƯỞNG",))

# --- D2 Trung tâm Dịch vụ Phân tích thí nghiệm
hand_d("TTPTTN - BC CT38 nam 2026.xlsx", "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
       "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG",
       "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
       "455/BC-TTPT", "2026-10-26", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", [
    dict(task="II.4.a", status="in_progress", job="Đầu tư, hiện đại hóa trang thiết bị thử nghiệm",
         res="Mua sắm, lắp đặt 01 hệ thống sắc ký khí khối phổ và thiết bị thử nghiệm vật liệu; đã giải ngân 2.350.000.000 đồng",
         ind={"budget_spent_vnd": 2350000000}, hs="HS.07/QT.KHTH.03"),
    dict(task="II.4.c", status="completed", job="Duy trì chuẩn đo lường, liên kết chuẩn",
         res="Hiệu chuẩn 42 chuẩn đo lường chính, bảo đảm liên kết đến chuẩn quốc gia", ind={"instruments_verified": 42},
         hs="HS.02/QT.ĐL.01"),
    dict(task="II.2.g", status="in_progress", job="Dịch vụ kỹ thuật kiểm định, hiệu chuẩn, thử nghiệm",
         res="Kiểm định, hiệu chuẩn 18.450 phương tiện đo; thử nghiệm 3.126 mẫu cho tổ chức, doanh nghiệp",
         ind={"instruments_verified": 18450, "samples_tested": 3126}, hs="HS.01/QT.ĐL.04"),
    dict(task="II.5.b", status="completed", job="Thử nghiệm mẫu khảo sát cho Chi cục",
         res="Thử nghiệm 85 mẫu khảo sát chất lượng do Chi cục lấy", ind={"samples_tested": 85}, hs="HS.05/QT.TN.02"),
    dict(task="II.1.a", status="completed", job="Phối hợp hội thảo đo lường cho doanh nghiệp",
         res="Phối hợp Chi cục tổ chức 01 hội thảo, 85 đại biểu dự", ind={"training_courses": 1, "participants": 85},
         hs="HS.02/QT.KHTH.06"),
    dict(task="II.3.d", status="completed", job="Đào tạo đo lường, thử nghiệm cho sinh viên",
         res="02 lớp thực tập cho sinh viên Đại học Bách khoa, Cao đẳng Kỹ thuật Cao Thắng, 74 sinh viên",
         ind={"training_courses": 2, "participants": 74}, hs="HS.04/QT.KHTH.06"),
], ["Thiết bị thử nghiệm một số chỉ tiêu an toàn đồ chơi trẻ em chưa có, phải gửi mẫu đi nơi khác."],
   ["Đề nghị Sở ưu tiên bố trí vốn đầu tư thiết bị thử nghiệm đồ chơi trẻ em năm 2027."],
   "Đoàn Văn Hiếu", "Thành phố Hồ Chí Minh")

# --- D3 Thạnh Mỹ Tây (ward) — same hand
hand_d("ThanhMyTay_KQ thuc hien CT38.xlsx", "ỦY BAN NHÂN DÂN", "PHƯỜNG THẠNH MỸ TÂY",
       "26956", "Phường Thạnh Mỹ Tây", "277/BC-UBND", "2026-11-06", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", [
    dict(task="II.2.đ", status="completed", job="Áp dụng HTQLCL TCVN ISO 9001:2015 tại UBND phường",
         res="Công bố lại HTQLCL; đánh giá nội bộ ngày 18/9/2026; xem xét của lãnh đạo ngày 02/10/2026", ind={}, hs="HS.03/QT.ISO.01"),
    dict(task="II.1.a", status="completed", job="Tuyên truyền pháp luật về TĐC", res="Đăng 05 tin trên Trang thông tin điện tử phường",
         ind={"communications": 5}, hs="HS.01/QT.VHXH.02"),
    dict(task="II.5.c", status="in_progress", job="Kiểm tra đo lường tại chợ Văn Thánh, cửa hàng xăng dầu",
         res="02 cuộc, 20 cơ sở; 02 cơ sở vi phạm, phạt 5.000.000 đồng",
         ind={"inspections": 2, "establishments_inspected": 20, "violations": 2, "fines_vnd": 5000000}, hs="HS.02/QT.KT.04"),
    dict(task="II.3.a", status="completed", job="Cử công chức dự tập huấn", res="02 công chức dự lớp tập huấn tháng 5/2026",
         ind={"participants": 2}, hs="HS.05/QT.NV.01"),
    dict(task="II.5.d", status="not_applicable", job="Khen thưởng người tố giác vi phạm", res="Không có tin báo, tố giác", ind={}, hs="—"),
], ["Phường chưa có kinh phí riêng cho hoạt động kiểm tra đo lường."],
   ["Đề nghị Chi cục hướng dẫn phường xây dựng quy trình ISO cho nhiệm vụ kiểm tra đo lường được phân cấp."],
   "Nguyễn Thị Thu Trang", "Thạnh Mỹ Tây", sign_title=("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"))


# --- D4 Linh Xuân — MISTAKEN (chuyển đổi số), same hand, same layout habits
def linhxuan():
    fname = "LinhXuan_BC KQ thuc hien.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "KQ_CDS"
    f = Font(name="Arial", size=10); fb = Font(name="Arial", size=10, bold=True)
    ws["A1"] = "ỦY BAN NHÂN DÂN"; ws["A2"] = "PHƯỜNG LINH XUÂN"; ws["A2"].font = fb
    ws["A3"] = "Số: 384/BC-UBND"
    ws["F1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["F1"].font = fb
    ws["F2"] = "Độc lập - Tự do - Hạnh phúc"; ws["F2"].font = fb
    ws["F3"] = "Linh Xuân, ngày 24 tháng 10 năm 2026"
    ws.merge_cells("A5:H5")
    ws["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026 (QUÝ III)"; ws["A5"].font = Font(name="Arial", size=12, bold=True)
    ws.merge_cells("A6:H6"); ws["A6"] = "Kính gửi: Phòng Chuyển đổi số - Sở Khoa học và Công nghệ"
    hdr = ["STT", "Nội dung công việc", "Kết quả thực hiện", "Hồ sơ (hồ sơ)", "Tỷ lệ (%)", "Tài khoản (TK)", "Mã hồ sơ lưu", "Đánh giá"]
    for c, h in enumerate(hdr, 1):
        cl = ws.cell(8, c, h); cl.font = fb; cl.fill = PatternFill("solid", fgColor="D9E1F2")
        cl.alignment = Alignment(horizontal="center", wrap_text=True)
    rows = [
        ("Tiếp nhận, giải quyết hồ sơ trực tuyến toàn trình", "Tiếp nhận 2.214 hồ sơ trực tuyến", 2214, 78, None, "HS.01/QT.CDS.01", "Đang theo dõi"),
        ("Số hóa kết quả giải quyết thủ tục hành chính", "Số hóa 100% kết quả giải quyết TTHC còn hiệu lực", None, 100, None, "HS.02/QT.CDS.01", "Đạt"),
        ("Hướng dẫn người dân cài đặt VNeID mức 2", "Tổ công nghệ số cộng đồng hỗ trợ kích hoạt 3.460 tài khoản", None, None, 3460, "HS.03/QT.CDS.02", "Đạt"),
        ("Triển khai thanh toán không dùng tiền mặt tại chợ Thủ Đức", "Đang vận động tiểu thương sử dụng mã QR", None, 41, None, "HS.04/QT.CDS.02", "Đang theo dõi"),
        ("Camera giám sát an ninh trật tự kết nối Trung tâm IOC", "Chờ Thành phố phân bổ kinh phí", None, None, None, "—", "Chưa thực hiện"),
    ]
    for i, row in enumerate(rows, 1):
        ws.cell(8 + i, 1, i)
        for j, v in enumerate(row):
            if v is not None:
                ws.cell(8 + i, 2 + j, v)
    box(ws, 8, 8 + len(rows), 1, 8)
    ws.cell(15, 1, "I"); ws.cell(15, 2, "Tồn tại, khó khăn").font = fb
    ws.cell(16, 2, "- Đường truyền tại bộ phận một cửa thường xuyên chập chờn.")
    ws.cell(17, 1, "II"); ws.cell(17, 2, "Kiến nghị, đề xuất").font = fb
    ws.cell(18, 2, "- Đề nghị nâng cấp đường truyền số liệu chuyên dùng cho phường.")
    ws.cell(20, 6, "KT. CHỦ TỊCH").font = fb; ws.cell(21, 6, "PHÓ CHỦ TỊCH").font = fb; ws.cell(25, 6, "Võ Hữu Tài").font = fb
    ws.cell(20, 2, "Người lập: Phan Thị Lệ Quyên")
    for c, w in zip("ABCDEFGH", (5, 40, 45, 12, 10, 12, 17, 13)):
        ws.column_dimensions[c].width = w
    ws.freeze_panes = "D9"
    wb.save(os.path.join(OUT, fname))
    key(fname, "26800", "Phường Linh Xuân", "384/BC-UBND", "2026-10-24",
        rejected="Báo cáo kết quả thực hiện Kế hoạch chuyển đổi số Quý III/2026 gửi Phòng Chuyển đổi số, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW (gửi nhầm).")


linhxuan()

with open(os.path.join(OUT, "keys_draft.json"), "w", encoding="utf-8") as fh:
    json.dump(KEYS, fh, ensure_ascii=False, indent=1)
print(len(KEYS), "files")

# ---------------------------------------------------------------- finalize
# Re-save two files through LibreOffice (as the offices did), then write truth/*.json
# with the sha256 of the final file (computed last).
import subprocess, hashlib, shutil, tempfile, sys
OUT = os.path.dirname(os.path.abspath(__file__))
RESAVE = [("CatLai_BC_TDC_2026.docx", "docx"), ("GiaDinh_BC_TDC.xlsx", "xlsx")]
if "--no-resave" not in sys.argv:
    for fn, ext in RESAVE:
        tmp = tempfile.mkdtemp()
        src = os.path.join(tmp, "in_" + fn)
        shutil.copy(os.path.join(OUT, fn), src)
        subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", os.path.join(tmp, "o"), src],
                       check=True, capture_output=True, timeout=180)
        shutil.copy(os.path.join(tmp, "o", "in_" + fn), os.path.join(OUT, fn))
        shutil.rmtree(tmp)
keys = json.load(open(os.path.join(OUT, "keys_draft.json"), encoding="utf-8"))
for fn, k in keys.items():
    k["sha256"] = hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest()
    with open(os.path.join(OUT, "truth", fn + ".json"), "w", encoding="utf-8") as fh:
        json.dump(k, fh, ensure_ascii=False, indent=2)
os.remove(os.path.join(OUT, "keys_draft.json"))
print("wrote", len(keys), "keys")
