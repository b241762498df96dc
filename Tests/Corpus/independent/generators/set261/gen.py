# -*- coding: utf-8 -*-
"""Generator for set261: 9 reports (7 communes/special zone of province 79, 2 city departments).
Writes the files into this folder and the answer keys (without sha256) into truth/.
sha256 is filled in by finalize.py after the LibreOffice re-saves."""
import json, os, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, "truth")
os.makedirs(TRUTH, exist_ok=True)
N = lambda s: unicodedata.normalize("NFC", s)


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    d = {"file": fname, "sha256": None, "status": status, "reason": reason,
         "unit": {"id": unit_id, "name": unit_name},
         "document": {"number": number, "date": date},
         "entries": [{"task": t, "status": s, "indicators": ind, "text": N(tx)} for t, s, ind, tx in entries],
         "findings": [], "difficulties": [N(x) for x in diffs], "proposals": [N(x) for x in props]}
    with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)


# ---------------------------------------------------------------- DOCX helpers
def base_doc(font="Times New Roman", size=13):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    pf = st.paragraph_format
    pf.space_after = Pt(3)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return doc


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)


def cell_lines(cell, lines, bold=False, italic=False, size=None, center=True):
    cell.paragraphs[0].text = ""
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        if isinstance(ln, tuple):
            txt, b, it = ln
        else:
            txt, b, it = ln, bold, italic
        r = p.add_run(N(txt)); r.bold = b; r.italic = it
        if size: r.font.size = Pt(size)


def header_table(doc, left, right, widths=(7, 9.5)):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.columns[0].width = Cm(widths[0]); t.columns[1].width = Cm(widths[1])
    cell_lines(t.cell(0, 0), left, size=12)
    cell_lines(t.cell(0, 1), right, size=12)
    return t


def para(doc, runs, align=None, indent=True, after=4):
    p = doc.add_paragraph()
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j" or align is None: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent: p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(after)
    if isinstance(runs, str): runs = [(runs, {})]
    for txt, fmt in runs:
        r = p.add_run(N(txt))
        r.bold = fmt.get("b"); r.italic = fmt.get("i"); r.underline = fmt.get("u")
        if fmt.get("sc"): r.font.small_caps = True
        if fmt.get("size"): r.font.size = Pt(fmt["size"])
    return p


def sign_table(doc, left_lines, right_lines):
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    c = t.cell(0, 0); c.paragraphs[0].text = ""
    for i, (txt, fmt) in enumerate(left_lines):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(N(txt)); r.bold = fmt.get("b"); r.italic = fmt.get("i"); r.font.size = Pt(fmt.get("size", 11))
    cell_lines(t.cell(0, 1), right_lines)


# ================================================================ HAND 1
# Anh Tâm, công chức Kinh tế xã ngoại thành (Củ Chi / Cần Giờ).  Two-part body: "I. Công tác chỉ đạo,
# triển khai" (only documents issued, no results) then "II. Kết quả thực hiện" in which every job is ONE
# paragraph opened by an underlined-italic own-words lead phrase + colon, figures inline (zero-padded,
# money with dots), and the status only as the sentence's tail after a semicolon ("; đến nay đã thực
# hiện xong." / "; hiện vẫn đang tiếp tục."), difficulties and proposals as "+" lines under Roman III/IV.

def hand1(fname, xa, so, place_date, kh_no, jobs, diffs, props, signer, footer_recv):
    doc = base_doc()
    header_table(doc,
                 [("ỦY BAN NHÂN DÂN", False, False), ("XÃ " + xa.upper(), True, False), ("―――――", False, False),
                  ("Số: " + so, False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("――――――――――――", False, False), (place_date, False, True)])
    doc.add_paragraph()
    para(doc, [("BÁO CÁO", {"b": True, "size": 14})], align="c", indent=False, after=0)
    para(doc, [("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, "
                "đo lường, chất lượng năm 2026 trên địa bàn xã " + xa, {"b": True})], align="c", indent=False)
    para(doc, [("Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh (qua Chi cục Tiêu chuẩn Đo lường Chất lượng).", {})],
         align="c", indent=False, after=8)
    para(doc, "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, "
              "Ủy ban nhân dân xã " + xa + " báo cáo kết quả thực hiện từ đầu năm đến nay như sau:")
    para(doc, [("I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", {"b": True})], indent=False)
    para(doc, "Ủy ban nhân dân xã ban hành Kế hoạch số " + kh_no + " triển khai thực hiện trên địa bàn xã; giao Phòng "
              "Kinh tế chủ trì, phối hợp Phòng Văn hóa - Xã hội, Văn phòng HĐND và UBND xã, Công an xã và Ban quản lý "
              "chợ tổ chức thực hiện; các nội dung được lồng ghép vào kế hoạch kiểm tra thị trường, quản lý chợ của xã.")
    para(doc, [("II. KẾT QUẢ THỰC HIỆN", {"b": True})], indent=False)
    for lead, body in jobs:
        para(doc, [(lead + ":", {"i": True, "u": True}), (" " + body, {})])
    para(doc, [("III. KHÓ KHĂN, VƯỚNG MẮC", {"b": True})], indent=False)
    for d in diffs:
        para(doc, "+ " + d)
    para(doc, [("IV. KIẾN NGHỊ, ĐỀ XUẤT", {"b": True})], indent=False)
    for d in props:
        para(doc, "+ " + d)
    para(doc, "Trên đây là báo cáo của Ủy ban nhân dân xã " + xa + " về kết quả thực hiện Kế hoạch triển khai "
              "Chỉ thị số 38-CT/TW năm 2026./.", after=10)
    sign_table(doc, [("Nơi nhận:", {"b": True, "i": True, "size": 12})] + [("- " + x, {}) for x in footer_recv],
               [("TM. ỦY BAN NHÂN DÂN", True, False), ("KT. CHỦ TỊCH", True, False), ("PHÓ CHỦ TỊCH", True, False),
                ("", False, False), ("", False, False), ("", False, False), (signer, True, False)])
    doc.save(os.path.join(HERE, fname))


# F1 Xã Tân An Hội
F1 = "214-BC-UBND_TanAnHoi_CT38.docx"
j_ttr = ("Đài truyền thanh xã phát 24 tin, bài về đo lường trong mua bán, ghi nhãn hàng hóa và chất lượng xăng dầu, "
         "đăng lại trên Trang thông tin điện tử xã; ngày 15/5/2026 xã phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng "
         "tổ chức 01 hội nghị phổ biến quy định về đo lường, nhãn hàng hóa cho hộ kinh doanh tại chợ và cửa hàng xăng dầu "
         "trên địa bàn, có 72 người tham dự; công tác tuyên truyền được duy trì thường xuyên nên hiện vẫn đang tiếp tục.")
j_tap = ("xã cử 03 công chức (Kinh tế, Văn hóa - Xã hội, Văn phòng) tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về "
         "tiêu chuẩn, đo lường, chất lượng cho cấp xã do Chi cục tổ chức ngày 22/4/2026; nội dung này đến nay đã thực hiện xong.")
j_kt = ("Tổ kiểm tra liên ngành của xã tổ chức 04 cuộc kiểm tra về đo lường, nhãn hàng hóa tại 27 cơ sở (19 hộ kinh doanh "
        "tại chợ Tân An Hội, chợ Phước Thạnh và 08 cửa hàng xăng dầu), phát hiện 05 trường hợp vi phạm (cân sai số vượt "
        "mức cho phép, hàng hóa không ghi nhãn), đã lập biên bản và ra quyết định xử phạt với tổng số tiền 6.750.000 đồng; "
        "các đợt kiểm tra theo kế hoạch năm của xã đến nay đã thực hiện xong.")
j_can = ("duy trì 02 điểm cân đối chứng tại chợ Tân An Hội và chợ Phước Thạnh, trong tháng 8/2026 đã phối hợp Trung tâm "
         "Dịch vụ Phân tích thí nghiệm kiểm định lại 02 cân đối chứng, đạt yêu cầu; việc này đã xong.")
j_iso = ("sau sắp xếp đơn vị hành chính, xã đang rà soát, cập nhật lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 "
         "cho các thủ tục hành chính thuộc thẩm quyền; hiện vẫn đang thực hiện, dự kiến công bố lại trong tháng 12/2026.")
j_tg = ("trong kỳ, xã không nhận được đơn thư phản ánh, tố giác hành vi vi phạm về đo lường, chất lượng; nội dung này "
        "không phát sinh.")
F1_diffs = ["Xã chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng, cán bộ phụ trách kiêm nhiệm nhiều việc.",
            "Xã chưa được trang bị quả cân chuẩn nên chưa chủ động kiểm tra nhanh cân tại chợ."]
F1_props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ xã 01 bộ quả cân chuẩn phục vụ công tác kiểm tra.",
            "Đề nghị Sở Khoa học và Công nghệ tiếp tục mở lớp tập huấn nghiệp vụ cho công chức cấp xã trong năm 2027."]
hand1(F1, "Tân An Hội", "214/BC-UBND", "Tân An Hội, ngày 28 tháng 10 năm 2026", "37/KH-UBND ngày 12/02/2026",
      [("Tuyên truyền, phổ biến", j_ttr), ("Cử cán bộ dự tập huấn", j_tap),
       ("Kiểm tra đo lường, nhãn hàng hóa tại chợ và cửa hàng xăng dầu", j_kt), ("Cân đối chứng", j_can),
       ("Áp dụng ISO tại cơ quan", j_iso), ("Tiếp nhận phản ánh, tố giác", j_tg)],
      F1_diffs, F1_props, "Nguyễn Văn Thành", ["Sở KH&CN (qua Chi cục TĐC);", "TT. Đảng ủy xã;", "CT, các PCT UBND xã;", "Lưu: VT, KT."])
key(F1, "27496", "Xã Tân An Hội", "214/BC-UBND", "2026-10-28", [
    ("II.1.a", "in_progress", {"communications": 24, "training_courses": 1, "participants": 72}, j_ttr),
    ("II.3.a", "completed", {"participants": 3}, j_tap),
    ("II.5.c", "completed", {"inspections": 4, "establishments_inspected": 27, "violations": 5, "fines_vnd": 6750000,
                             "instruments_verified": 2}, j_kt + " " + j_can),
    ("II.2.đ", "in_progress", {}, j_iso),
    ("II.5.d", "not_applicable", {}, j_tg),
], F1_diffs, F1_props)

# F2 Xã Bình Khánh (re-saved through LibreOffice later)
F2 = "BC_ket_qua_CT38_xa_Binh_Khanh.docx"
b_ttr = ("Đài truyền thanh xã phát 15 tin, bài tuyên truyền về cân đong đúng, đủ và hàng đóng gói sẵn trên hệ thống loa "
         "các ấp; hiện vẫn đang tiếp tục.")
b_kt = ("xã cử Phòng Kinh tế phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 02 cuộc tại 11 cơ sở kinh doanh xăng dầu, "
        "khí dầu mỏ hóa lỏng (gas) dọc tuyến Rừng Sác và ven sông Lòng Tàu; phát hiện 01 cơ sở vi phạm về đo lường, Chi cục "
        "đã ra quyết định xử phạt 12.500.000 đồng, xã tiếp tục theo dõi việc khắc phục nên hiện vẫn đang tiếp tục.")
b_ks = ("phối hợp Chi cục lấy 06 mẫu xăng, dầu diesel tại các cửa hàng trên địa bàn để khảo sát chất lượng; đang chờ kết quả "
        "thử nghiệm, hiện vẫn đang tiếp tục.")
b_tap = ("xã cử 02 công chức tham dự trực tuyến lớp tập huấn nghiệp vụ do Chi cục tổ chức; đến nay đã thực hiện xong.")
b_iso = ("xã đã hoàn thành việc công bố lại hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 theo Quyết định số "
         "1125/QĐ-UBND ngày 18/8/2026 của UBND xã; đến nay đã thực hiện xong.")
F2_diffs = ["Địa bàn xã rộng, các cửa hàng xăng dầu, gas nằm rải rác ven sông nên việc đi lại kiểm tra mất nhiều thời gian."]
F2_props = ["Đề nghị Chi cục gửi sớm kết quả thử nghiệm mẫu xăng, dầu để xã thông báo đến người dân."]
hand1(F2, "Bình Khánh", "389/BC-UBND", "Bình Khánh, ngày 30 tháng 10 năm 2026", "22/KH-UBND ngày 03/3/2026",
      [("Tuyên truyền trên loa các ấp", b_ttr), ("Kiểm tra xăng dầu, gas", b_kt), ("Khảo sát chất lượng xăng dầu", b_ks),
       ("Tập huấn", b_tap), ("Hệ thống quản lý chất lượng ISO", b_iso)],
      F2_diffs, F2_props, "Phạm Thị Thu Trang", ["Sở KH&CN;", "Chi cục TĐC;", "Lưu: VT."])
key(F2, "27667", "Xã Bình Khánh", "389/BC-UBND", "2026-10-30", [
    ("II.1.a", "in_progress", {"communications": 15}, b_ttr),
    ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 11, "violations": 1, "fines_vnd": 12500000}, b_kt),
    ("II.5.b", "in_progress", {"samples_tested": 6}, b_ks),
    ("II.3.a", "completed", {"participants": 2}, b_tap),
    ("II.2.đ", "completed", {}, b_iso),
], F2_diffs, F2_props)


# ================================================================ HAND 2
# Chị Phượng, văn thư kiêm thống kê ở xã phía bắc (Dầu Tiếng / Phú Giáo, former Bình Dương).  One sheet named
# after the month ("BC T10"), the header typed in plain cells (no merged quốc hiệu block), a 6-column table
# "STT | Công việc | Cán bộ phụ trách | Kết quả (ghi cụ thể) | Tình trạng | Ghi chú" whose "Cán bộ phụ trách"
# column names the officer with "Đ/c … – CC …", results as Alt+Enter lines in one cell, four bare status words
# "Xong / Đang làm / Chưa làm / Không có", then "Khó khăn:" / "Kiến nghị:" label rows with "1. 2." lines in column B.
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def hand2(fname, sheet, xa, so, place_date, title, period, rows, diffs, props, lap, ky):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    f = Font(name="Times New Roman", size=12)
    fb = Font(name="Times New Roman", size=12, bold=True)
    ws["A1"] = "UBND XÃ " + xa.upper(); ws["A1"].font = fb
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = fb
    ws["A2"] = "Số: " + so; ws["A2"].font = f
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"; ws["D2"].font = fb
    ws["D3"] = place_date; ws["D3"].font = Font(name="Times New Roman", size=12, italic=True)
    ws["A5"] = title; ws["A5"].font = Font(name="Times New Roman", size=13, bold=True)
    ws["A6"] = period; ws["A6"].font = Font(name="Times New Roman", size=12, italic=True)
    hdr = ["STT", "Công việc", "Cán bộ phụ trách", "Kết quả (ghi cụ thể)", "Tình trạng", "Ghi chú"]
    r = 8
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h); cell.font = fb; cell.border = BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, (job, who, res, st, note) in enumerate(rows, 1):
        r += 1
        vals = [i, job, who, "\n".join(res), st, note]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, N(v) if isinstance(v, str) else v); cell.font = f; cell.border = BOX
            cell.alignment = Alignment(vertical="top", wrap_text=True, horizontal="center" if c in (1, 5) else "left")
    r += 2
    ws.cell(r, 1, "Khó khăn:").font = fb
    for i, d in enumerate(diffs, 1):
        r += 1; ws.cell(r, 2, "%d. %s" % (i, N(d))).font = f
    r += 1
    ws.cell(r, 1, "Kiến nghị:").font = fb
    for i, d in enumerate(props, 1):
        r += 1; ws.cell(r, 2, "%d. %s" % (i, N(d))).font = f
    r += 2
    ws.cell(r, 2, "NGƯỜI LẬP").font = fb
    ws.cell(r, 4, "KT. CHỦ TỊCH").font = fb
    ws.cell(r + 1, 4, "PHÓ CHỦ TỊCH").font = fb
    ws.cell(r + 5, 2, lap).font = fb
    ws.cell(r + 5, 4, ky).font = fb
    for col, w in zip("ABCDEF", (5, 34, 24, 52, 12, 16)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fname))


# F3 Xã Minh Thạnh
F3 = "Minh Thanh - BC T10 CT38.xlsx"
m1 = ["Phát thanh 18 tin, bài trên loa truyền thanh 09 ấp", "Đăng lại trên nhóm Zalo các ấp"]
m2 = ["Tổ kiểm tra xã đi 03 đợt (tháng 3, tháng 6, tháng 9)", "Kiểm tra 23 hộ kinh doanh tại chợ Minh Thạnh và các điểm bán",
      "Phát hiện 02 hộ dùng cân không đạt, nhắc nhở, yêu cầu thay cân, không phạt tiền"]
m3 = ["Đưa 01 cân đối chứng chợ Minh Thạnh đi kiểm định định kỳ tháng 7/2026, đạt yêu cầu"]
m4 = ["Cử 02 người tham dự lớp tập huấn ngày 22/4/2026 do Chi cục TĐC mở"]
m5 = ["Chưa làm được do đang kiện toàn bộ máy sau sáp nhập", "Dự kiến thuê đơn vị tư vấn năm 2027"]
m6 = ["Không có đơn, phản ánh"]
F3_diffs = ["Cán bộ kiêm nhiệm, không có chuyên môn về đo lường.",
            "Xã chưa có kinh phí riêng cho công tác kiểm tra đo lường, chất lượng."]
F3_props = ["Đề nghị Chi cục TĐC hướng dẫn xã quy trình kiểm tra đo lường tại chợ.",
            "Đề nghị Sở hỗ trợ kinh phí mua quả cân chuẩn cho xã."]
hand2(F3, "BC T10", "Minh Thạnh", "156/BC-UBND", "Minh Thạnh, ngày 30 tháng 10 năm 2026",
      "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026",
      "(Số liệu từ 01/01/2026 đến 30/10/2026)",
      [("Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên loa truyền thanh, nhóm Zalo các ấp",
        "Đ/c Trần Thị Kim Loan – CC VH-XH", m1, "Đang làm", "Làm thường xuyên"),
       ("Kiểm tra cân, đo tại chợ và các điểm bán hàng", "Đ/c Lê Văn Hùng – CC Kinh tế", m2, "Xong", ""),
       ("Kiểm định cân đối chứng tại chợ", "Đ/c Lê Văn Hùng – CC Kinh tế", m3, "Xong", "Phối hợp Trung tâm DV PTTN"),
       ("Tham gia lớp tập huấn nghiệp vụ TĐC", "Đ/c Lê Văn Hùng – CC Kinh tế", m4, "Xong", ""),
       ("Áp dụng ISO 9001 tại UBND xã", "Đ/c Nguyễn Thị Hạnh – CC Văn phòng", m5, "Chưa làm", ""),
       ("Giải quyết phản ánh, tố giác vi phạm về đo lường, chất lượng", "Đ/c Lê Văn Hùng – CC Kinh tế", m6, "Không có", "")],
      F3_diffs, F3_props, "Nguyễn Thị Phượng", "Đỗ Minh Khoa")
key(F3, "25780", "Xã Minh Thạnh", "156/BC-UBND", "2026-10-30", [
    ("II.1.a", "in_progress", {"communications": 18}, "; ".join(m1)),
    ("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 23, "violations": 2, "instruments_verified": 1},
     "; ".join(m2 + m3)),
    ("II.3.a", "completed", {"participants": 2}, "; ".join(m4)),
    ("II.2.đ", "not_started", {}, "; ".join(m5)),
    ("II.5.d", "not_applicable", {}, "; ".join(m6)),
], F3_diffs, F3_props)

# F4 Xã Phước Thành — MISTAKEN: a chuyển đổi số report sent instead
F4 = "PhuocThanh_BC_CDS_T10.xlsx"
hand2(F4, "BC T10", "Phước Thành", "201/BC-UBND", "Phước Thành, ngày 29 tháng 10 năm 2026",
      "BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ THÁNG 10 NĂM 2026",
      "(Theo Kế hoạch số 18/KH-UBND ngày 20/01/2026 của UBND xã về chuyển đổi số năm 2026)",
      [("Hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức 2 (VNeID)", "Đ/c Võ Thanh Tùng – Công an xã",
        ["Kích hoạt thêm 412 tài khoản trong tháng", "Lũy kế 9.836 tài khoản"], "Đang làm", ""),
       ("Tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình", "Đ/c Nguyễn Thị Hạnh – CC Văn phòng",
        ["Tiếp nhận 286 hồ sơ, trong đó 241 hồ sơ trực tuyến (84,3%)"], "Đang làm", "Chỉ tiêu 80%"),
       ("Kiện toàn Tổ công nghệ số cộng đồng 10 ấp", "Đ/c Trần Văn Lợi – CC VH-XH",
        ["Đã kiện toàn 10/10 tổ, 52 thành viên"], "Xong", ""),
       ("Thanh toán không dùng tiền mặt tại chợ Phước Thành", "Đ/c Lê Văn Hùng – CC Kinh tế",
        ["68/95 tiểu thương có mã QR thanh toán"], "Đang làm", ""),
       ("Số hóa hồ sơ hộ tịch", "Đ/c Nguyễn Thị Hạnh – CC Văn phòng", ["Chưa có kinh phí thuê số hóa"], "Chưa làm", "")],
      ["Đường truyền Internet tại một số ấp còn yếu.", "Người cao tuổi chưa quen sử dụng điện thoại thông minh."],
      ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí số hóa hồ sơ hộ tịch."],
      "Nguyễn Thị Phượng", "Huỳnh Văn Tài")
key(F4, "25864", "Xã Phước Thành", "201/BC-UBND", "2026-10-29", [], [], [], status="rejected",
    reason="Báo cáo kết quả thực hiện chuyển đổi số tháng 10/2026 của xã, không phải báo cáo thực hiện Kế hoạch triển khai "
           "Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng")


# ================================================================ HAND 3
# Anh Quân, chuyên viên tổng hợp: a flat five-column sheet "TT | Nội dung (theo KH 38 của Sở KH&CN) | Kết quả thực hiện |
# Văn bản liên quan | Tình hình thực hiện", the plan item only as a bracketed "(điểm e mục 2)" at the end of the task text,
# a column of the unit's own letters and decisions as evidence, statuses in long form "Đã thực hiện xong / Đang tiếp tục
# thực hiện / Chưa thực hiện / Chưa phát sinh", the header in merged left/right blocks, a "Ghi chú: số liệu tính từ …"
# row, then "Khó khăn, vướng mắc:" and "Đề xuất:" with "- " lines, a signature with "KT. GIÁM ĐỐC".

def hand3(fname, sheet, top, unit, so, place_date, title, sub, rows, diffs, props, sign, signer, note):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    f = Font(name="Times New Roman", size=12)
    fb = Font(name="Times New Roman", size=12, bold=True)
    ws.merge_cells("A1:B1"); ws["A1"] = top; ws["A1"].font = f
    ws.merge_cells("A2:B2"); ws["A2"] = unit; ws["A2"].font = fb
    ws.merge_cells("A3:B3"); ws["A3"] = "Số: " + so; ws["A3"].font = f
    ws.merge_cells("C1:E1"); ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["C1"].font = fb
    ws.merge_cells("C2:E2"); ws["C2"] = "Độc lập - Tự do - Hạnh phúc"; ws["C2"].font = fb
    ws.merge_cells("C3:E3"); ws["C3"] = place_date; ws["C3"].font = Font(name="Times New Roman", size=12, italic=True)
    for a in ("A1", "A2", "A3", "C1", "C2", "C3"):
        ws[a].alignment = Alignment(horizontal="center")
    ws.merge_cells("A5:E5"); ws["A5"] = title; ws["A5"].font = Font(name="Times New Roman", size=13, bold=True)
    ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.merge_cells("A6:E6"); ws["A6"] = sub; ws["A6"].font = Font(name="Times New Roman", size=12, italic=True)
    ws["A6"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[5].height = 36
    hdr = ["TT", "Nội dung (theo KH 38 của Sở KH&CN)", "Kết quả thực hiện", "Văn bản liên quan", "Tình hình thực hiện"]
    r = 8
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h); cell.font = fb; cell.border = BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, (task, res, docs, st) in enumerate(rows, 1):
        r += 1
        for c, v in enumerate([i, task, res, docs, st], 1):
            cell = ws.cell(r, c, N(v) if isinstance(v, str) else v); cell.font = f; cell.border = BOX
            cell.alignment = Alignment(vertical="top", wrap_text=True, horizontal="center" if c == 1 else "left")
    r += 1
    ws.cell(r, 1, N("Ghi chú: " + note)).font = Font(name="Times New Roman", size=11, italic=True)
    r += 2
    ws.cell(r, 1, "Khó khăn, vướng mắc:").font = fb
    for d in diffs:
        r += 1; ws.cell(r, 2, N("- " + d)).font = f
    r += 1
    ws.cell(r, 1, "Đề xuất:").font = fb
    for d in props:
        r += 1; ws.cell(r, 2, N("- " + d)).font = f
    r += 2
    for k, ln in enumerate(sign):
        ws.cell(r + k, 4, ln).font = fb
    ws.cell(r + len(sign) + 3, 4, signer).font = fb
    for col, w in zip("ABCDE", (5, 44, 60, 30, 20)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A9"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(HERE, fname))


# F5 Sở Công Thương
F5 = "SCT_phu luc CT38_2026.xlsx"
c1 = ("Sở đã có ý kiến góp ý đối với 04 dự thảo quy chuẩn kỹ thuật quốc gia, tiêu chuẩn quốc gia do Bộ Công Thương và "
      "Bộ Khoa học và Công nghệ lấy ý kiến (xăng sinh học E10, chai chứa khí dầu mỏ hóa lỏng, hiệu suất năng lượng "
      "thiết bị điện gia dụng).")
c2 = ("Phối hợp Chi cục TĐC và Đội Quản lý thị trường kiểm tra 06 cuộc tại 42 cửa hàng bán lẻ xăng dầu, khí dầu mỏ hóa lỏng; "
      "lấy 18 mẫu xăng, dầu gửi thử nghiệm; phát hiện 03 cơ sở vi phạm, xử phạt 87.500.000 đồng.")
c3 = "Đã công bố lại hệ thống quản lý chất lượng sau hợp nhất; đánh giá nội bộ năm 2026 hoàn thành trong tháng 9."
c4 = ("Phối hợp Chi cục tổ chức 01 hội nghị phổ biến quy định về kiểm tra chất lượng hàng hóa nhập khẩu tại Trung tâm "
      "Xúc tiến Thương mại và Đầu tư, có 156 đại biểu doanh nghiệp tham dự.")
c5 = "Đăng 12 tin cảnh báo về hàng rào kỹ thuật (TBT) của các thị trường xuất khẩu trên Cổng thông tin điện tử của Sở."
F5_diffs = ["Số lượng cửa hàng xăng dầu, gas trên địa bàn nhiều, lực lượng phối hợp kiểm tra còn mỏng.",
            "Chi phí thử nghiệm mẫu xăng dầu lớn, chưa được bố trí riêng trong dự toán của Sở."]
F5_props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng thông báo sớm kế hoạch kiểm tra năm 2027 để Sở bố trí lực lượng phối hợp."]
hand3(F5, "Phu luc", "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ CÔNG THƯƠNG", "712/BC-SCT",
      "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
      "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
      "(Phần việc Sở Công Thương phối hợp thực hiện)",
      [("Góp ý dự thảo quy chuẩn kỹ thuật quốc gia, tiêu chuẩn quốc gia (điểm e mục 2)", c1,
        "CV 2318/SCT-KTAT ngày 12/5/2026; CV 3105/SCT-KTAT ngày 20/7/2026", "Đã thực hiện xong"),
       ("Phối hợp kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng lưu thông trên thị trường (điểm a mục 5)", c2,
        "KH 96/KH-SCT ngày 04/3/2026", "Đang tiếp tục thực hiện"),
       ("Áp dụng, duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở (điểm đ mục 2)", c3,
        "QĐ 488/QĐ-SCT ngày 05/6/2026", "Đã thực hiện xong"),
       ("Hội nghị phổ biến quy định cho doanh nghiệp nhập khẩu (điểm a mục 1)", c4, "GM 41/GM-SCT ngày 08/4/2026",
        "Đã thực hiện xong"),
       ("Cập nhật điều ước, thỏa thuận quốc tế liên quan đến tiêu chuẩn, chất lượng (điểm a mục 6)", c5, "",
        "Đang tiếp tục thực hiện")],
      F5_diffs, F5_props, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Bùi Tá Hoàng Vũ",
      "số liệu tính từ ngày 01/01/2026 đến ngày 20/10/2026.")
key(F5, "SO-CT", "Sở Công Thương", "712/BC-SCT", "2026-10-27", [
    ("II.2.e", "completed", {"standards_reviewed": 4}, c1),
    ("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 42, "samples_tested": 18, "violations": 3,
                               "fines_vnd": 87500000}, c2),
    ("II.2.đ", "completed", {}, c3),
    ("II.1.a", "completed", {"training_courses": 1, "participants": 156}, c4),
    ("II.6.a", "in_progress", {"communications": 12}, c5),
], F5_diffs, F5_props)

# F6 Sở Nông nghiệp và Môi trường (re-saved through LibreOffice later)
F6 = "SNNMT_BC CT38 10 thang.xlsx"
n1 = ("Góp ý 07 dự thảo TCVN, QCVN (phân bón, thức ăn chăn nuôi, nước thải sinh hoạt); tham gia xây dựng quy chuẩn kỹ thuật "
      "địa phương về nước thải chăn nuôi, hiện đang lấy ý kiến các sở, ngành.")
n2 = ("Hướng dẫn 25 hợp tác xã, doanh nghiệp nông nghiệp cấp mã số vùng trồng, áp dụng truy xuất nguồn gốc điện tử; "
      "phối hợp tổ chức 01 lớp tập huấn về truy xuất nguồn gốc cho 64 học viên.")
n3 = ("Lấy 30 mẫu phân bón tại các cơ sở kinh doanh trên địa bàn để khảo sát chất lượng; kết quả thử nghiệm đã gửi "
      "Thanh tra Sở để xử lý theo quy định.")
n4 = ("Đang chuyển đổi hệ thống quản lý chất lượng sang môi trường điện tử sau hợp nhất Sở Nông nghiệp và Phát triển nông thôn "
      "và Sở Tài nguyên và Môi trường.")
n5 = "Cử 06 công chức, viên chức tham dự 02 lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục TĐC tổ chức."
n6 = "Trong kỳ không có trường hợp tố giác vi phạm thuộc lĩnh vực của Sở."
F6_diffs = ["Lực lượng làm công tác tiêu chuẩn, chất lượng của Sở sau hợp nhất chưa ổn định, nhiều công chức mới được phân công."]
F6_props = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ quyền tra cứu cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng cho Sở.",
            "Đề nghị Chi cục TĐC mở thêm lớp tập huấn về truy xuất nguồn gốc cho hợp tác xã nông nghiệp."]
hand3(F6, "BC", "ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "1047/BC-SNNMT",
      "Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026",
      "BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026 (10 THÁNG)",
      "(Kèm theo Công văn của Sở Nông nghiệp và Môi trường gửi Sở Khoa học và Công nghệ)",
      [("Góp ý, xây dựng TCVN, QCVN, quy chuẩn kỹ thuật địa phương (điểm e mục 2)", n1, "CV 3377/SNNMT-CCTTBVTV", "Đang tiếp tục thực hiện"),
       ("Triển khai Đề án 100 về truy xuất nguồn gốc (điểm a mục 2)", n2, "KH 214/KH-SNNMT ngày 15/3/2026", "Đang tiếp tục thực hiện"),
       ("Khảo sát chất lượng phân bón lưu thông (điểm b mục 5)", n3, "", "Đã thực hiện xong"),
       ("Duy trì hệ thống quản lý chất lượng tại Sở (điểm đ mục 2)", n4, "", "Đang tiếp tục thực hiện"),
       ("Cử cán bộ tham gia tập huấn, bồi dưỡng (điểm a mục 3)", n5, "", "Đã thực hiện xong"),
       ("Khen thưởng, bảo vệ người tố giác vi phạm (điểm d mục 5)", n6, "", "Chưa phát sinh")],
      F6_diffs, F6_props, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Trần Quốc Bảo",
      "số liệu từ 01/01/2026 đến 25/10/2026.")
key(F6, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "1047/BC-SNNMT", "2026-10-26", [
    ("II.2.e", "in_progress", {"standards_reviewed": 7}, n1),
    ("II.2.a", "in_progress", {"enterprises_supported": 25, "training_courses": 1, "participants": 64}, n2),
    ("II.5.b", "completed", {"samples_tested": 30}, n3),
    ("II.2.đ", "in_progress", {}, n4),
    ("II.3.a", "completed", {"training_courses": 2, "participants": 6}, n5),
    ("II.5.d", "not_applicable", {}, n6),
], F6_diffs, F6_props)

# F7 Xã Tân Nhựt (hand 3 again: the xã's economics officer came from a department and uses the same sheet)
F7 = "TanNhut_BC_CT38.xlsx"
t1 = ("Phát 32 tin trên hệ thống truyền thanh xã; tổ chức 02 hội nghị tuyên truyền tại chợ Tân Nhựt với 110 lượt tiểu thương "
      "tham dự.")
t2 = "Kiểm tra 05 cuộc tại 34 cơ sở; 04 cơ sở vi phạm; phạt tiền 9.200.000 đồng."
t3 = "03 cân đối chứng tại 03 chợ đã được kiểm định, đạt yêu cầu."
t4 = "Đã xây dựng xong và công bố hệ thống quản lý chất lượng ngày 14/7/2026."
t5 = "Chưa cử được do trùng lịch tiếp công dân; đã đăng ký lớp tháng 11/2026."
F7_diffs = ["Chưa có quả cân chuẩn, phải mượn của Chi cục khi kiểm tra."]
F7_props = ["Đề nghị Chi cục cấp hoặc cho mượn dài hạn 01 bộ quả cân chuẩn."]
hand3(F7, "Sheet1", "ỦY BAN NHÂN DÂN", "XÃ TÂN NHỰT", "302/BC-UBND", "Tân Nhựt, ngày 31 tháng 10 năm 2026",
      "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
      "(Nội dung xã thực hiện theo phân cấp)",
      [("Tuyên truyền pháp luật về đo lường, chất lượng cho hộ kinh doanh (điểm a mục 1)", t1, "", "Đang tiếp tục thực hiện"),
       ("Kiểm tra đo lường, nhãn hàng hóa tại chợ, cửa hàng (điểm c mục 5)", t2,
        "QĐ 85/QĐ-UBND ngày 02/3/2026 thành lập Tổ kiểm tra", "Đã thực hiện xong"),
       ("Kiểm định cân đối chứng (điểm c mục 5)", t3, "", "Đã thực hiện xong"),
       ("Áp dụng TCVN ISO 9001:2015 tại UBND xã (điểm đ mục 2)", t4, "QĐ 911/QĐ-UBND ngày 14/7/2026", "Đã thực hiện xong"),
       ("Cử công chức tham dự tập huấn nghiệp vụ (điểm a mục 3)", t5, "", "Chưa thực hiện")],
      F7_diffs, F7_props, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lâm Văn Dũng",
      "số liệu tính đến ngày 30/10/2026.")
key(F7, "27595", "Xã Tân Nhựt", "302/BC-UBND", "2026-10-31", [
    ("II.1.a", "in_progress", {"communications": 32, "training_courses": 2, "participants": 110}, t1),
    ("II.5.c", "completed", {"inspections": 5, "establishments_inspected": 34, "violations": 4, "fines_vnd": 9200000,
                             "instruments_verified": 3}, t2 + " " + t3),
    ("II.2.đ", "completed", {}, t4),
    ("II.3.a", "not_started", {}, t5),
], F7_diffs, F7_props)


# ================================================================ HAND 4
# Chú Bảy, Phó Chủ tịch lớn tuổi: Word with a two-line left header ("ỦY BAN NHÂN DÂN" / unit), the place and date in
# numeric form ("Côn Đảo, ngày 29/10/2026"), no Roman sections for results: each job under its own SMALL-CAPS run
# heading in the unit's words, then one long sentence with the breakdown in "(gồm: …)" and the status as a plain
# clause in the middle or end; difficulties as "- " lines under "Khó khăn, vướng mắc", proposals each opening
# "Kính đề nghị …".

def hand4(fname, unit_lines, so, place_date, title, intro, jobs, diffs, props, tail, signer, recv):
    doc = base_doc(size=13)
    header_table(doc, [(u, i > 0, False) for i, u in enumerate(unit_lines)] + [("Số: " + so, False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("", False, False), (place_date, False, True)])
    doc.add_paragraph()
    para(doc, [("BÁO CÁO", {"b": True})], align="c", indent=False, after=0)
    para(doc, [(title, {"b": True})], align="c", indent=False, after=10)
    para(doc, intro)
    for head, body in jobs:
        para(doc, [(head, {"b": True, "sc": True})], indent=False, after=2)
        para(doc, body)
    if diffs:
        para(doc, [("Khó khăn, vướng mắc", {"b": True, "sc": True})], indent=False, after=2)
        for d in diffs:
            para(doc, "- " + d)
    if props:
        para(doc, [("Kiến nghị", {"b": True, "sc": True})], indent=False, after=2)
        for d in props:
            para(doc, d)
    para(doc, tail, after=10)
    sign_table(doc, [("Nơi nhận:", {"b": True, "i": True, "size": 12})] + [("- " + x, {}) for x in recv],
               [("KT. CHỦ TỊCH", True, False), ("PHÓ CHỦ TỊCH", True, False), ("", False, False), ("", False, False),
                ("", False, False), (signer, True, False)])
    doc.save(os.path.join(HERE, fname))


# F8 Đặc khu Côn Đảo
F8 = "CON DAO - BC 38 (10 thang).docx"
k1 = ("Đặc khu đã phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 hội nghị trực tuyến phổ biến quy định về nhãn "
      "hàng hóa và đo lường trong kinh doanh dịch vụ du lịch (gồm: 48 đại biểu là chủ cơ sở lưu trú, nhà hàng, cửa hàng bán "
      "đặc sản), việc này đã hoàn thành trong Quý II, đồng thời Trung tâm Truyền thông đặc khu đăng 09 tin, bài trên Cổng "
      "thông tin điện tử đặc khu.")
k2 = ("Trong 10 tháng, Tổ kiểm tra liên ngành đặc khu đã tiến hành 02 cuộc kiểm tra (gồm: 14 cơ sở, trong đó 02 cửa hàng xăng "
      "dầu và 12 hộ kinh doanh tại chợ Côn Đảo), qua đó nhắc nhở 03 trường hợp vi phạm về cân và không ghi nhãn hàng hóa, "
      "chưa xử phạt tiền; công việc này hiện đang tiếp tục thực hiện, dự kiến kiểm tra thêm một đợt trong tháng 12.")
k3 = ("Do đặc thù hải đảo, đặc khu đã đề nghị Trung tâm Dịch vụ Phân tích thí nghiệm cử kỹ thuật viên ra đảo, đợt 1 đã kiểm "
      "định được 41 phương tiện đo (gồm: 26 cân, 15 cột đo nhiên liệu), đạt yêu cầu; đợt 2 đang chờ lịch tàu, dự kiến trong "
      "tháng 11 nên việc này vẫn đang thực hiện.")
k4 = ("UBND đặc khu đang rà soát các quy trình nội bộ theo TCVN ISO 9001:2015 để công bố lại, chưa hoàn thành do có thay "
      "đổi nhân sự phụ trách.")
k5 = ("Do điều kiện đi lại, đặc khu cử 02 công chức tham dự trực tuyến lớp tập huấn nghiệp vụ do Chi cục tổ chức, việc này "
      "đã hoàn thành.")
F8_diffs = ["Địa bàn hải đảo, chi phí đưa chuẩn đo lường và kỹ thuật viên ra đảo cao, phụ thuộc lịch tàu.",
            "Phần lớn hàng hóa đưa từ đất liền ra đảo, khó kiểm soát nguồn gốc, nhãn hàng hóa."]
F8_props = ["Kính đề nghị Sở Khoa học và Công nghệ bố trí kinh phí hỗ trợ kiểm định phương tiện đo định kỳ tại đặc khu.",
            "Kính đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức lớp tập huấn trực tiếp tại Côn Đảo cho cán bộ và hộ kinh doanh."]
hand4(F8, ["ỦY BAN NHÂN DÂN", "ĐẶC KHU CÔN ĐẢO"], "96/BC-UBND", "Côn Đảo, ngày 29/10/2026",
      "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn đặc khu",
      "Ủy ban nhân dân đặc khu Côn Đảo báo cáo Sở Khoa học và Công nghệ kết quả thực hiện công tác tiêu chuẩn, đo lường, "
      "chất lượng 10 tháng năm 2026 như sau:",
      [("Tuyên truyền cho cơ sở du lịch, dịch vụ", k1),
       ("Quản lý đo lường tại chợ và cửa hàng xăng dầu", k2),
       ("Kiểm định phương tiện đo trên đảo", k3),
       ("Hệ thống quản lý chất lượng tại cơ quan", k4),
       ("Tập huấn cho công chức", k5)],
      F8_diffs, F8_props,
      "Ủy ban nhân dân đặc khu Côn Đảo kính báo cáo./.", "Lê Văn Bảy", ["Sở Khoa học và Công nghệ;", "Chi cục TĐC;", "Lưu: VT, KT."])
key(F8, "26732", "Đặc khu Côn Đảo", "96/BC-UBND", "2026-10-29", [
    ("II.1.a", "completed", {"training_courses": 1, "participants": 48, "communications": 9}, k1),
    ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 14, "violations": 3, "instruments_verified": 41},
     k2 + " " + k3),
    ("II.2.đ", "in_progress", {}, k4),
    ("II.3.a", "completed", {"participants": 2}, k5),
], F8_diffs, F8_props)

# F9 Xã Hưng Long — MISTAKEN: a food-safety report sent instead
F9 = "HungLong_BC_ATTP_9T.docx"
hand4(F9, ["ỦY BAN NHÂN DÂN", "XÃ HƯNG LONG"], "275/BC-UBND", "Hưng Long, ngày 20/10/2026",
      "Kết quả công tác bảo đảm an toàn thực phẩm 9 tháng đầu năm 2026",
      "Thực hiện Công văn của Sở An toàn thực phẩm về báo cáo công tác bảo đảm an toàn thực phẩm, Ủy ban nhân dân xã "
      "Hưng Long báo cáo như sau:",
      [("Tuyên truyền an toàn thực phẩm", "Xã đã tổ chức 02 buổi nói chuyện chuyên đề về an toàn thực phẩm cho 120 người "
        "kinh doanh thức ăn đường phố, phát 1.500 tờ rơi, việc này đã hoàn thành."),
       ("Kiểm tra cơ sở kinh doanh thực phẩm", "Đoàn kiểm tra liên ngành xã đã kiểm tra 38 cơ sở (gồm: 12 bếp ăn tập thể, "
        "26 cơ sở kinh doanh dịch vụ ăn uống), phát hiện 05 cơ sở vi phạm điều kiện vệ sinh, xử phạt 14.000.000 đồng; "
        "Tháng hành động vì an toàn thực phẩm đã kết thúc."),
       ("Giám sát bếp ăn trường học", "Phối hợp Trạm Y tế xã giám sát 09 bếp ăn trường mầm non, tiểu học đầu năm học "
        "2026 - 2027, không xảy ra ngộ độc thực phẩm.")],
      ["Cơ sở kinh doanh thức ăn đường phố nhiều, thường xuyên thay đổi địa điểm."],
      ["Kính đề nghị Sở An toàn thực phẩm hỗ trợ xã test kiểm tra nhanh thực phẩm."],
      "Ủy ban nhân dân xã Hưng Long kính báo cáo./.", "Trương Văn Nghĩa",
      ["Sở An toàn thực phẩm;", "Ban Chỉ đạo ATTP xã;", "Lưu: VT."])
key(F9, "27628", "Xã Hưng Long", "275/BC-UBND", "2026-10-20", [], [], [], status="rejected",
    reason="Báo cáo công tác bảo đảm an toàn thực phẩm 9 tháng năm 2026 gửi Sở An toàn thực phẩm, không phải báo cáo "
           "thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng")

print("generated")
