# -*- coding: utf-8 -*-
"""Generator for set 275: 16 progress reports in five hands + answer keys.
Keys (truth/*.json) are written WITHOUT sha256 here; finalize.py adds sha256 of the final files."""
import json, os, shutil, subprocess, unicodedata
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set folder (scripts live in set275/writer/)
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
KEYS = []

QH = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
DL = "Độc lập - Tự do - Hạnh phúc"


def nfc(s):
    return unicodedata.normalize("NFC", s)


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, rejected=None):
    d = {"file": fname, "sha256": None,
         "status": "rejected" if rejected else "extracted",
         "reason": rejected,
         "unit": {"id": unit_id, "name": unit_name},
         "document": {"number": number, "date": date},
         "entries": [] if rejected else [
             {"task": e["task"], "status": e["status"], "indicators": e.get("ind", {}), "text": nfc(e["text"])}
             for e in entries],
         "findings": [],
         "difficulties": [] if rejected else [nfc(x) for x in diffs],
         "proposals": [] if rejected else [nfc(x) for x in props]}
    KEYS.append(d)


def merge_entries(entries):
    """Several passages about one task merge into one entry (indicators added)."""
    out = {}
    order = []
    for e in entries:
        t = e["task"]
        if t not in out:
            out[t] = {"task": t, "status": e["status"], "ind": dict(e.get("ind", {})), "text": e["text"]}
            order.append(t)
        else:
            o = out[t]
            for k, v in e.get("ind", {}).items():
                o["ind"][k] = o["ind"].get(k, 0) + v
            o["text"] += " " + e["text"]
    return [out[t] for t in order]


# ---------------------------------------------------------------- docx helpers
def set_font(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)
    pf = st.paragraph_format
    pf.space_after = Pt(3)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def cell_lines(cell, lines, bold_idx=(), center=True, italic_idx=(), underline_idx=()):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = i in bold_idx
        r.italic = i in italic_idx
        r.underline = i in underline_idx
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)


def header_table(doc, left, right, bold_left=(1,), right_italic_last=True):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    cell_lines(t.cell(0, 0), left, bold_idx=bold_left)
    rl = [QH, DL, "", right]
    cell_lines(t.cell(0, 1), rl, bold_idx=(0, 1), italic_idx=(3,) if right_italic_last else (), underline_idx=(1,))
    t.columns[0].width = Cm(6.5)
    t.columns[1].width = Cm(9.5)
    return t


def para(doc, text="", bold=False, italic=False, align=None, indent=True, size=None, runs=None):
    p = doc.add_paragraph()
    if runs:
        for txt, b, it in runs:
            r = p.add_run(txt)
            r.bold = b
            r.italic = it
            if size:
                r.font.size = Pt(size)
    else:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent and align not in ("c", "r"):
        p.paragraph_format.first_line_indent = Cm(1)
    return p


def sign_block(doc, left_lines, right_lines):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    c = t.cell(0, 0)
    c.text = ""
    p = c.paragraphs[0]
    for i, ln in enumerate(left_lines):
        if i:
            p = c.add_paragraph()
        r = p.add_run(ln)
        r.font.size = Pt(11 if i else 12)
        r.bold = r.italic = (i == 0)
        p.paragraph_format.space_after = Pt(0)
    cell_lines(t.cell(0, 1), right_lines, bold_idx=tuple(range(len(right_lines))))


# =============================================================== HAND 1 (Thúy)
# Ward economics officer, former Bà Rịa–Vũng Tàu side, DOCX.
def hand1(fname, unit_id, unit_name, short, kind, place, number, date_iso, date_txt,
          chu_dong, phoi_hop, diffs, props, signer, rejected=None, custom_body=None, title2=None):
    doc = Document()
    set_font(doc, "Times New Roman", 13)
    sec = doc.sections[0]
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    header_table(doc, ["ỦY BAN NHÂN DÂN", kind.upper() + " " + short.upper(), "", "Số:   " + number],
                 right=place + ", ngày " + date_txt)
    para(doc, "")
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    para(doc, title2 or ("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư "
                         "về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn " + kind.lower()),
         bold=True, align="c")
    para(doc, "_______", align="c")
    if custom_body:
        custom_body(doc)
    else:
        para(doc, "Thực hiện Kế hoạch số 214/KH-SKHCN của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số "
                  "38-CT/TW năm 2026 và Công văn đôn đốc của Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố, "
                  "Ủy ban nhân dân " + kind.lower() + " " + short + " báo cáo kết quả thực hiện từ đầu năm đến nay như sau:", align="j")
        para(doc, "I. PHẦN VIỆC " + kind.upper() + " CHỦ ĐỘNG THỰC HIỆN", bold=True, indent=True)
        letters = "abcdđeghi"
        for i, e in enumerate(chu_dong):
            para(doc, letters[i] + ") " + e["text"], align="j")
        para(doc, "II. PHẦN VIỆC PHỐI HỢP VỚI CHI CỤC VÀ CÁC ĐƠN VỊ CỦA SỞ", bold=True)
        for i, e in enumerate(phoi_hop):
            para(doc, letters[i] + ") " + e["text"], align="j")
        para(doc, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
        for d in diffs:
            para(doc, "- " + d, align="j")
        para(doc, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
        for d in props:
            para(doc, "- " + d, align="j")
        para(doc, "Trên đây là báo cáo của Ủy ban nhân dân " + kind.lower() + " " + short + " về kết quả thực hiện "
                  "Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026./.", align="j")
    sign_block(doc, ["Nơi nhận:", "- Chi cục TĐC Thành phố;", "- TT. Đảng ủy, TT. HĐND " + kind.lower() + ";",
                     "- CT, các PCT UBND " + kind.lower() + ";", "- Lưu: VT, KT."],
               ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", signer])
    doc.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, merge_entries(chu_dong + phoi_hop), diffs, props, rejected)


def build_hand1():
    # --- Phường Bà Rịa
    chu = [
        dict(task="II.1.a", status="in_progress", ind={"communications": 14},
             text="Tuyên truyền pháp luật về đo lường, chất lượng cho hộ kinh doanh tại chợ Bà Rịa và dọc các tuyến đường "
                  "Cách Mạng Tháng Tám, Nguyễn Thanh Đằng. Phường phát trên hệ thống loa truyền thanh các khu phố, đăng "
                  "trên trang Zalo của phường và phát tờ rơi cho tiểu thương tại chợ (số tin, bài: 14). "
                  "Việc này phường đang làm tiếp."),
        dict(task="II.2.đ", status="completed", ind={},
             text="Duy trì, cập nhật hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Bộ phận Một cửa sau khi "
                  "sắp xếp; rà soát lại các quy trình giải quyết thủ tục hành chính cấp phường và tổ chức đánh giá nội bộ "
                  "trong tháng 9/2026. Việc này phường đã làm xong."),
    ]
    phh = [
        dict(task="II.5.c", status="completed",
             ind={"inspections": 3, "establishments_inspected": 41, "violations": 2, "fines_vnd": 3000000},
             text="Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra nhà nước về đo lường đối với cân sử dụng "
                  "trong mua bán tại chợ Bà Rịa và chợ Long Toàn (số cuộc: 03; số cơ sở: 41; vi phạm: 02; tiền phạt: "
                  "3.000.000 đồng). Các hộ vi phạm chủ yếu dùng cân chưa kiểm định, đã được nhắc nhở và lập biên bản. "
                  "Việc này phường đã làm xong."),
        dict(task="II.5.c", status="completed", ind={"instruments_verified": 126},
             text="Vận động, hướng dẫn tiểu thương tại chợ Bà Rịa mang cân đến điểm kiểm định lưu động do Trung tâm Dịch vụ "
                  "Phân tích thí nghiệm tổ chức tại chợ ngày 14 và 15/8/2026 (số cân được kiểm định: 126). "
                  "Việc này phường đã làm xong."),
        dict(task="II.3.a", status="completed", ind={"training_courses": 1, "participants": 2},
             text="Cử công chức kinh tế và công chức văn phòng tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu "
                  "chuẩn, đo lường, chất lượng cho cấp xã do Chi cục tổ chức tháng 6/2026 (số lớp: 01; số người dự: 02). "
                  "Việc này phường đã làm xong."),
    ]
    diffs = ["Phường chưa có công chức chuyên trách về tiêu chuẩn, đo lường, chất lượng; công chức kinh tế kiêm nhiệm "
             "nhiều việc nên việc theo dõi, kiểm tra còn hạn chế.",
             "Chưa được trang bị quả cân chuẩn, cân đối chứng để kiểm tra nhanh tại chợ."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ phường 01 bộ quả cân chuẩn và cân đối chứng đặt "
             "tại chợ Bà Rịa.",
             "Đề nghị Sở Khoa học và Công nghệ tổ chức tập huấn nghiệp vụ kiểm tra đo lường cho công chức phường trong "
             "Quý I/2027."]
    hand1("BC_CT38_PhuongBaRia.docx", "26560", "Phường Bà Rịa", "Bà Rịa", "Phường", "Bà Rịa",
          "412/BC-UBND", "2026-10-27", "27 tháng 10 năm 2026", chu, phh, diffs, props, "Lê Văn Thành")

    # --- Xã Long Hải
    chu = [
        dict(task="II.1.a", status="completed", ind={"training_courses": 1, "participants": 45, "communications": 9},
             text="Tổ chức phổ biến các quy định về nhãn hàng hóa, đo lường trong mua bán cho các hộ sản xuất nước mắm, "
                  "khô hải sản và tiểu thương chợ Long Hải; đưa tin trên Trang thông tin điện tử và loa truyền thanh của xã "
                  "(số hội nghị: 01; số người dự: 45; số tin, bài: 09). Việc này xã đã làm xong."),
        dict(task="II.2.a", status="in_progress", ind={"enterprises_supported": 6},
             text="Hướng dẫn các cơ sở chế biến nước mắm trên địa bàn đăng ký mã số mã vạch, dán tem truy xuất nguồn gốc "
                  "cho sản phẩm tham gia chương trình OCOP (số cơ sở được hướng dẫn: 06). Việc này xã đang làm tiếp."),
        dict(task="II.2.đ", status="not_started", ind={},
             text="Xây dựng lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Bộ phận Một cửa của xã sau khi "
                  "hợp nhất. Do bộ phận đang kiện toàn nhân sự nên việc này xã chưa làm."),
        dict(task="II.5.d", status="not_applicable", ind={},
             text="Tiếp nhận, xử lý thông tin tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng: từ đầu năm "
                  "không có đơn, thư tố giác. Việc này trong kỳ không có phát sinh."),
    ]
    phh = [
        dict(task="II.5.c", status="in_progress",
             ind={"inspections": 2, "establishments_inspected": 18, "violations": 3, "fines_vnd": 7500000},
             text="Phối hợp Chi cục kiểm tra nhãn hàng hóa, đo lường đối với nước mắm, khô hải sản đóng gói sẵn bày bán "
                  "tại chợ Long Hải và khu vực bến cá Lò Vôi (số cuộc: 02; số cơ sở: 18; vi phạm: 03; tiền phạt: "
                  "7.500.000 đồng). Việc này xã đang làm tiếp, dự kiến kiểm tra thêm 01 đợt trước Tết."),
    ]
    diffs = ["Nhiều hộ sản xuất nước mắm nhỏ lẻ, theo mùa vụ, chưa nắm được quy định về ghi nhãn nên việc hướng dẫn "
             "phải làm nhiều lần.",
             "Xã chưa có kinh phí riêng cho công tác tuyên truyền về tiêu chuẩn, đo lường, chất lượng."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cung cấp tài liệu mẫu, tờ rơi về ghi nhãn hàng hóa "
             "để xã phát cho các hộ sản xuất."]
    hand1("287-BC Long Hai - CT38 nam 2026.docx", "26662", "Xã Long Hải", "Long Hải", "Xã", "Long Hải",
          "287/BC-UBND", "2026-10-30", "30 tháng 10 năm 2026", chu, phh, diffs, props, "Nguyễn Thị Kim Phượng")

    # --- Xã Hồ Tràm
    chu = [
        dict(task="II.1.a", status="in_progress", ind={"communications": 5},
             text="Tuyên truyền trên loa truyền thanh các ấp và nhóm Zalo của các ấp về việc sử dụng cân đúng, đủ; "
                  "khuyến cáo người dân mua hàng có nhãn, có nguồn gốc (số tin, bài: 05). Việc này xã đang làm tiếp."),
        dict(task="II.5.d", status="not_applicable", ind={},
             text="Không có trường hợp tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng gửi đến xã. Việc này trong kỳ "
                  "không có phát sinh."),
    ]
    phh = [
        dict(task="II.5.c", status="completed", ind={"inspections": 1, "establishments_inspected": 7},
             text="Phối hợp Chi cục kiểm tra đo lường cột đo xăng dầu tại các cửa hàng xăng dầu dọc tuyến ven biển "
                  "Hồ Tràm – Bình Châu (số cuộc: 01; số cơ sở: 07), qua kiểm tra chưa phát hiện vi phạm. "
                  "Việc này xã đã làm xong."),
        dict(task="II.3.a", status="completed", ind={"training_courses": 1, "participants": 3},
             text="Cử công chức tham dự lớp tập huấn cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng cho cấp xã "
                  "(số lớp: 01; số người dự: 03). Việc này xã đã làm xong."),
    ]
    diffs = ["Địa bàn rộng, các cửa hàng xăng dầu và điểm kinh doanh nằm rải rác dọc tuyến ven biển nên việc đi kiểm "
             "tra mất nhiều thời gian."]
    props = ["Đề nghị Chi cục hướng dẫn cụ thể nội dung được phân quyền cho cấp xã trong kiểm tra đo lường, chất lượng "
             "để xã chủ động thực hiện."]
    hand1("Xa Ho Tram_BC tieu chuan do luong chat luong.docx", "26620", "Xã Hồ Tràm", "Hồ Tràm", "Xã", "Hồ Tràm",
          "196/BC-UBND", "2026-10-29", "29 tháng 10 năm 2026", chu, phh, diffs, props, "Đỗ Minh Trí")

    # --- Phường Tam Thắng — MISTAKEN (phòng chống thiên tai)
    def body(doc):
        para(doc, "Thực hiện Công văn của Ban Chỉ huy Phòng thủ dân sự Thành phố về báo cáo công tác phòng, chống "
                  "thiên tai và tìm kiếm cứu nạn, Ủy ban nhân dân phường Tam Thắng báo cáo như sau:", align="j")
        para(doc, "I. TÌNH HÌNH THIÊN TAI TRÊN ĐỊA BÀN", bold=True)
        para(doc, "a) Từ đầu năm đến nay trên địa bàn phường xảy ra 03 đợt triều cường kết hợp mưa lớn gây ngập cục bộ "
                  "tại các tuyến đường Lưu Chí Hiếu, 30/4; 01 đợt lốc xoáy làm tốc mái 04 căn nhà tại khu phố 5. "
                  "Không có thiệt hại về người.", align="j")
        para(doc, "II. KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI", bold=True)
        para(doc, "a) Kiện toàn Ban Chỉ huy Phòng thủ dân sự phường; xây dựng phương án ứng phó với bão mạnh, siêu bão "
                  "theo phương châm “4 tại chỗ”. Việc này phường đã làm xong.", align="j")
        para(doc, "b) Tổ chức diễn tập sơ tán dân tại khu vực ven kênh Bến Đình với 120 người tham gia; rà soát 35 hộ "
                  "dân sống trong khu vực có nguy cơ sạt lở. Việc này phường đã làm xong.", align="j")
        para(doc, "c) Thu Quỹ phòng, chống thiên tai năm 2026 đạt 186.500.000 đồng. Việc này phường đang làm tiếp.",
             align="j")
        para(doc, "III. KIẾN NGHỊ", bold=True)
        para(doc, "- Đề nghị Thành phố đầu tư nạo vét kênh Bến Đình để giảm ngập khi triều cường.", align="j")
    hand1("BC PCTT-TKCN phuong Tam Thang 10.2026.docx", "26526", "Phường Tam Thắng", "Tam Thắng", "Phường", "Tam Thắng",
          "355/BC-UBND", "2026-10-26", "26 tháng 10 năm 2026", [], [], [], [], "Phạm Quốc Huy",
          rejected="Báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn, không phải báo cáo thực hiện Kế hoạch "
                   "triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng",
          custom_body=body,
          title2="Công tác phòng, chống thiên tai và tìm kiếm cứu nạn 10 tháng đầu năm 2026")


# =============================================================== HAND 2 (Khoa)
# Ward officer, Thủ Đức side and Côn Đảo, XLSX "BC CT38" with fixed figure columns shown zero-padded ("00").
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def hand2(fname, unit_id, unit_name, short, kind, place, number, date_iso, date_txt, rows, diffs, props, signer,
          lo_resave=False):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "BC CT38"
    f = Font(name="Times New Roman", size=12)
    fb = Font(name="Times New Roman", size=12, bold=True)
    widths = [5, 34, 46, 8, 8, 8, 13, 8, 15]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = "UBND " + kind.upper() + " " + short.upper(); ws["A1"].font = fb
    ws["A2"] = "Số: " + number; ws["A2"].font = f
    ws["E1"] = QH; ws["E1"].font = fb
    ws["E2"] = DL; ws["E2"].font = fb
    ws["E3"] = place + ", ngày " + date_txt; ws["E3"].font = Font(name="Times New Roman", size=12, italic=True)
    ws["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"
    ws["A5"].font = Font(name="Times New Roman", size=13, bold=True)
    ws.merge_cells("A5:I5"); ws["A5"].alignment = Alignment(horizontal="center")
    ws["A6"] = "(Số liệu từ 01/01/2026 đến ngày báo cáo)"
    ws.merge_cells("A6:I6"); ws["A6"].alignment = Alignment(horizontal="center"); ws["A6"].font = f
    hdr = ["STT", "Nội dung công việc", "Kết quả thực hiện", "Cuộc KT", "Cơ sở", "Vi phạm", "Tiền phạt (đồng)",
           "Tin bài", "Tình trạng"]
    r0 = 8
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r0, c, h)
        cell.font = fb; cell.border = BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    r = r0 + 1
    entries = []
    for i, row in enumerate(rows, 1):
        vals = [i, row["nd"], row["kq"], row.get("cuoc"), row.get("coso"), row.get("vp"), row.get("phat"),
                row.get("tin"), row["tt"]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.font = f; cell.border = BOX
            cell.alignment = Alignment(vertical="top", wrap_text=True, horizontal="center" if c in (1, 9) else None)
            if c in (4, 5, 6, 8) and v is not None:
                cell.number_format = "00"
            if c == 7 and v is not None:
                cell.number_format = "#,##0"
        r += 1
        entries.append(dict(task=row["task"], status=row["status"], ind=row["ind"], text=row["nd"] + ". " + row["kq"]))
    # "Cộng" row with SUM formulas over the figure columns (Khoa always adds it; it is no task)
    ws.cell(r, 2, "Cộng").font = fb
    for c in (4, 5, 6, 7, 8):
        L = get_column_letter(c)
        cell = ws.cell(r, c, f"=SUM({L}{r0 + 1}:{L}{r - 1})")
        cell.font = fb
        cell.number_format = "#,##0" if c == 7 else "00"
    for c in range(1, 10):
        ws.cell(r, c).border = BOX
    r += 2
    ws.cell(r, 2, "Khó khăn, vướng mắc:").font = fb
    r += 1
    for i, d in enumerate(diffs, 1):
        ws.cell(r, 2, f"{i}. {d}").font = f
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
        ws.cell(r, 2).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 32
        r += 1
    ws.cell(r, 2, "Kiến nghị:").font = fb
    r += 1
    for i, d in enumerate(props, 1):
        ws.cell(r, 2, f"{i}. {d}").font = f
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
        ws.cell(r, 2).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 32
        r += 1
    r += 1
    ws.cell(r, 2, "NGƯỜI LẬP BIỂU").font = fb
    ws.cell(r, 7, "KT. CHỦ TỊCH").font = fb
    ws.cell(r + 1, 7, "PHÓ CHỦ TỊCH").font = fb
    ws.cell(r + 4, 2, "Đặng Minh Khoa").font = f
    ws.cell(r + 4, 7, signer).font = fb
    ws.freeze_panes = "A9"
    ws.page_setup.orientation = "landscape"
    path = os.path.join(OUT, fname)
    if lo_resave:
        tmp = "/tmp/set275_lo"
        os.makedirs(tmp, exist_ok=True)
        src = os.path.join(tmp, fname)
        wb.save(src)
        lo_convert(src, "xlsx", OUT)
        shutil.rmtree(tmp)
    else:
        wb.save(path)
    key(fname, unit_id, unit_name, number, date_iso, merge_entries(entries), diffs, props)


def lo_convert(src, fmt, outdir):
    tmpout = os.path.join(os.path.dirname(src), "out")
    os.makedirs(tmpout, exist_ok=True)
    cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_set275", "--headless", "--convert-to", fmt,
           "--outdir", tmpout, src]
    for attempt in range(3):
        rc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180).returncode
        if rc == 0 and os.path.exists(os.path.join(tmpout, os.path.basename(src))):
            break
    else:
        raise RuntimeError("LibreOffice conversion failed: " + src)
    shutil.move(os.path.join(tmpout, os.path.basename(src)), os.path.join(outdir, os.path.basename(src)))


def build_hand2():
    rows = [
        dict(task="II.1.a", status="in_progress", ind={"communications": 12},
             nd="Tuyên truyền Chỉ thị 38 và pháp luật về đo lường, chất lượng",
             kq="Đăng trên trang thông tin phường, fanpage và bảng tin 42 khu phố; phát loa lưu động tại chợ Thủ Đức",
             tin=12, tt="Còn đang làm"),
        dict(task="II.1.b", status="in_progress", ind={"enterprises_supported": 15},
             nd="Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
             kq="Đã gửi thư mời, tài liệu hướng dẫn đến 15 doanh nghiệp trên địa bàn; đến nay chưa có doanh nghiệp đăng ký",
             tt="Còn đang làm"),
        dict(task="II.5.c", status="completed",
             ind={"inspections": 2, "establishments_inspected": 35, "violations": 3, "fines_vnd": 6000000},
             nd="Phối hợp Chi cục TĐC kiểm tra đo lường cân tại chợ Thủ Đức, chợ Linh Chiểu",
             kq="Kiểm tra cân của tiểu thương; lập biên bản, xử phạt hộ dùng cân không kiểm định",
             cuoc=2, coso=35, vp=3, phat=6000000, tt="Đã xong"),
        dict(task="II.2.d", status="in_progress", ind={"enterprises_supported": 4},
             nd="Giới thiệu doanh nghiệp tham gia chương trình hỗ trợ áp dụng hệ thống quản lý chất lượng",
             kq="Giới thiệu 04 doanh nghiệp nhỏ trên địa bàn đăng ký chương trình hỗ trợ áp dụng ISO 9001, 5S của Chi cục",
             tt="Còn đang làm"),
        dict(task="II.3.a", status="completed", ind={"training_courses": 1, "participants": 3},
             nd="Cử công chức dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng",
             kq="03 công chức dự 01 lớp tập huấn do Chi cục tổ chức ngày 16/5/2026", tt="Đã xong"),
        dict(task="II.5.d", status="not_applicable", ind={},
             nd="Tiếp nhận, xử lý tố giác vi phạm về TC-ĐL-CL", kq="Không có đơn thư tố giác", tt="Không phát sinh"),
    ]
    diffs = ["Số lượng hộ kinh doanh tại các chợ lớn, thường xuyên thay đổi, phường không đủ người để kiểm tra thường xuyên.",
             "Chưa có danh mục cụ thể các nội dung được phân quyền cho phường về đo lường, chất lượng."]
    props = ["Đề nghị Chi cục TĐC ban hành hướng dẫn phân quyền cho cấp phường và biểu mẫu kiểm tra thống nhất.",
             "Đề nghị bố trí điểm kiểm định cân miễn phí định kỳ tại chợ Thủ Đức."]
    hand2("PhuongThuDuc_BC_CT38_T10.2026.xlsx", "26824", "Phường Thủ Đức", "Thủ Đức", "Phường", "Thủ Đức",
          "1187/BC-UBND", "2026-10-29", "29 tháng 10 năm 2026", rows, diffs, props, "Trần Văn Hiếu")

    rows = [
        dict(task="II.1.a", status="completed", ind={"communications": 6},
             nd="Tuyên truyền về đo lường xăng dầu, chất lượng hàng hóa",
             kq="Đăng tin trên trang thông tin điện tử phường và nhóm Zalo khu phố", tin=6, tt="Đã xong"),
        dict(task="II.5.c", status="completed",
             ind={"inspections": 1, "establishments_inspected": 9, "violations": 1, "fines_vnd": 15000000},
             nd="Phối hợp Chi cục TĐC kiểm tra đo lường, chất lượng xăng dầu",
             kq="Kiểm tra các cửa hàng xăng dầu trên đường Nguyễn Thị Định, Đồng Văn Cống; 01 cửa hàng có cột đo "
                "sai số vượt mức cho phép",
             cuoc=1, coso=9, vp=1, phat=15000000, tt="Đã xong"),
        dict(task="II.2.đ", status="in_progress", ind={},
             nd="Áp dụng ISO 9001 tại Bộ phận Một cửa",
             kq="Đang xây dựng lại hệ thống quy trình sau sắp xếp, dự kiến công bố trong tháng 12/2026", tt="Còn đang làm"),
        dict(task="II.3.a", status="not_started", ind={},
             nd="Cử công chức dự tập huấn về TC-ĐL-CL",
             kq="Chưa cử do trùng lịch tiếp công dân, sẽ đăng ký lớp tiếp theo", tt="Chưa làm"),
        dict(task="II.5.d", status="not_applicable", ind={},
             nd="Xử lý tố giác vi phạm", kq="Không có", tt="Không phát sinh"),
    ]
    diffs = ["Phường có nhiều kho bãi, doanh nghiệp logistics nhưng chưa được hướng dẫn phạm vi quản lý của phường "
             "đối với các doanh nghiệp này."]
    props = ["Đề nghị Chi cục TĐC tập huấn cho công chức phường về kiểm tra đo lường xăng dầu."]
    hand2("CatLai - bao cao CT38.xlsx", "27112", "Phường Cát Lái", "Cát Lái", "Phường", "Cát Lái",
          "642/BC-UBND", "2026-10-28", "28 tháng 10 năm 2026", rows, diffs, props, "Võ Thanh Tùng", lo_resave=True)

    rows = [
        dict(task="II.1.a", status="completed", ind={"communications": 4, "training_courses": 1, "participants": 38},
             nd="Tuyên truyền, phổ biến quy định về đo lường, nhãn hàng hóa",
             kq="Tổ chức 01 buổi phổ biến cho 38 hộ kinh doanh tại chợ Côn Đảo; đưa tin trên Đài Truyền thanh đặc khu",
             tin=4, tt="Đã xong"),
        dict(task="II.5.c", status="completed",
             ind={"inspections": 1, "establishments_inspected": 22, "violations": 2, "fines_vnd": 2500000},
             nd="Phối hợp kiểm tra đo lường, nhãn hàng hóa tại chợ Côn Đảo và các cửa hàng đặc sản",
             kq="Đoàn của Chi cục ra đảo tháng 4/2026, đặc khu cử cán bộ phối hợp",
             cuoc=1, coso=22, vp=2, phat=2500000, tt="Đã xong"),
        dict(task="II.2.a", status="in_progress", ind={"enterprises_supported": 3},
             nd="Hướng dẫn truy xuất nguồn gốc sản phẩm đặc sản",
             kq="Hướng dẫn 03 cơ sở sản xuất hải sản khô, hạt bàng lập hồ sơ, dán tem truy xuất nguồn gốc",
             tt="Còn đang làm"),
        dict(task="II.3.a", status="not_started", ind={},
             nd="Cử công chức dự tập huấn", kq="Chưa tham dự được do lịch tàu, đề nghị mở lớp trực tuyến", tt="Chưa làm"),
    ]
    diffs = ["Đi lại giữa đảo và đất liền phụ thuộc lịch tàu, thời tiết nên khó phối hợp kiểm tra, tập huấn.",
             "Đặc khu chưa có phương tiện đo, cân đối chứng để người dân tự kiểm tra."]
    props = ["Đề nghị Chi cục tổ chức lớp tập huấn trực tuyến cho công chức đặc khu.",
             "Đề nghị hỗ trợ 02 cân đối chứng đặt tại chợ Côn Đảo."]
    hand2("ConDao_CT38_2026.xlsx", "26732", "Đặc khu Côn Đảo", "Côn Đảo", "Đặc khu", "Côn Đảo",
          "318/BC-UBND", "2026-10-31", "31 tháng 10 năm 2026", rows, diffs, props, "Lê Hồng Sơn")


# =============================================================== HAND 3 (Bảo)
# Department clerk, DOCX công văn.
def hand3(fname, unit_id, unit_name, dept_upper, number, date_iso, date_txt, vv, items, diffs, props, signer,
          rejected=None, intro=None, lo_resave=False, closing=None):
    doc = Document()
    set_font(doc, "Times New Roman", 14)
    sec = doc.sections[0]
    sec.left_margin = Cm(3); sec.right_margin = Cm(1.5)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    cell_lines(t.cell(0, 0), ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", dept_upper, "", "Số: " + number, vv],
               bold_idx=(2,))
    cell_lines(t.cell(0, 1), [QH, DL, "", "Thành phố Hồ Chí Minh, ngày " + date_txt], bold_idx=(0, 1), italic_idx=(3,))
    para(doc, "")
    para(doc, runs=[("Kính gửi: ", False, True), ("Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", False, False)],
         align="c")
    para(doc, intro, align="j")
    for it in items:
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Cm(1)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        r = p.add_run(it["head"]); r.bold = True
        p.add_run(" " + it["body"])
        if it.get("td"):
            p2 = doc.add_paragraph()
            p2.paragraph_format.first_line_indent = Cm(1)
            r = p2.add_run("Tiến độ: "); r.italic = True
            r = p2.add_run(it["td"]); r.bold = True
    if diffs:
        para(doc, "Khó khăn, vướng mắc:", bold=True)
        for d in diffs:
            para(doc, "- " + d, align="j")
    if props:
        para(doc, "Kiến nghị:", bold=True)
        for d in props:
            para(doc, "- " + d, align="j")
    para(doc, closing or ("Trên đây là báo cáo của " + unit_name + " gửi Chi cục Tiêu chuẩn Đo lường Chất lượng "
                          "Thành phố tổng hợp./."), align="j")
    sign_block(doc, ["Nơi nhận:", "- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT."],
               ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", signer])
    path = os.path.join(OUT, fname)
    if lo_resave:
        tmp = "/tmp/set275_lo"
        os.makedirs(tmp, exist_ok=True)
        doc.save(os.path.join(tmp, fname))
        lo_convert(os.path.join(tmp, fname), "docx", OUT)
        shutil.rmtree(tmp)
    else:
        doc.save(path)
    ents = [dict(task=i["task"], status=i["status"], ind=i["ind"], text=i["head"] + " " + i["body"]) for i in items
            if i.get("task")]
    key(fname, unit_id, unit_name, number, date_iso, merge_entries(ents), diffs, props, rejected)


def build_hand3():
    items = [
        dict(task="II.5.a", status="completed",
             ind={"inspections": 4, "establishments_inspected": 32, "violations": 5, "fines_vnd": 87500000},
             head="Về phối hợp kiểm tra đo lường, chất lượng xăng dầu lưu thông trên thị trường:",
             body="Sở đã cử cán bộ tham gia 04 đoàn kiểm tra liên ngành do Chi cục Tiêu chuẩn Đo lường Chất lượng chủ trì, "
                  "kiểm tra 32 cửa hàng xăng dầu tại các phường, xã; phát hiện 05 cửa hàng vi phạm về đo lường và chất "
                  "lượng, đã xử phạt vi phạm hành chính tổng số tiền 87.500.000 đồng (tám mươi bảy triệu năm trăm nghìn đồng).",
             td="Đã hoàn thành theo kế hoạch kiểm tra năm 2026."),
        dict(task="II.2.e", status="completed", ind={"standards_reviewed": 3},
             head="Về góp ý dự thảo quy chuẩn kỹ thuật quốc gia:",
             body="Sở đã có văn bản góp ý 03 dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực xăng dầu, nhiên liệu sinh học "
                  "và khí dầu mỏ hóa lỏng theo đề nghị của Bộ Công Thương và Chi cục.",
             td="Đã hoàn thành."),
        dict(task="II.1.a", status="completed", ind={"training_courses": 1, "participants": 85},
             head="Về phối hợp tổ chức tọa đàm với doanh nghiệp nhập khẩu:",
             body="Ngày 18/6/2026, Sở phối hợp với Chi cục tổ chức 01 buổi tọa đàm về kiểm tra nhà nước về chất lượng hàng hóa "
                  "nhập khẩu, có 85 đại biểu là đại diện các doanh nghiệp nhập khẩu tham dự.",
             td="Đã hoàn thành."),
        dict(task="II.6.a", status="in_progress", ind={"training_courses": 2, "participants": 230},
             head="Về cập nhật, phổ biến các cam kết quốc tế liên quan đến tiêu chuẩn, chất lượng:",
             body="Sở lồng ghép nội dung về hàng rào kỹ thuật trong thương mại (TBT) của các Hiệp định CPTPP, EVFTA, RCEP "
                  "vào 02 hội nghị phổ biến hội nhập kinh tế quốc tế, thu hút 230 lượt doanh nghiệp tham dự; "
                  "tiếp tục cập nhật thông tin cảnh báo TBT trên Cổng thông tin điện tử của Sở.",
             td="Đang thực hiện, dự kiến tổ chức thêm 01 hội nghị trong tháng 12/2026."),
    ]
    intro = ("Thực hiện Kế hoạch số 214/KH-SKHCN của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số "
             "38-CT/TW năm 2026 và Công văn số 1532/CCTĐC-QLTC của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo "
             "cáo kết quả thực hiện, Sở Công Thương báo cáo các nội dung Sở được giao phối hợp như sau (ngoài các nội dung dưới đây, "
             "trong 10 tháng năm 2026 Sở đã ban hành 27 văn bản chỉ đạo, hướng dẫn chung về hoạt động thương mại, không "
             "thuộc phạm vi Kế hoạch):")
    diffs = ["Lực lượng cán bộ của Sở tham gia các đoàn kiểm tra liên ngành còn mỏng do cùng lúc thực hiện nhiều "
             "đợt kiểm tra chuyên ngành."]
    props = ["Đề nghị Chi cục gửi kế hoạch kiểm tra liên ngành năm 2027 sớm để Sở chủ động bố trí nhân sự.",
             "Đề nghị Sở Khoa học và Công nghệ chia sẻ dữ liệu kết quả kiểm tra chất lượng xăng dầu để phục vụ công tác "
             "quản lý thị trường."]
    hand3("6214-SCT-QLTM_bao cao CT38.docx", "SO-CT", "Sở Công Thương", "SỞ CÔNG THƯƠNG",
          "6214/SCT-QLTM", "2026-10-24", "24 tháng 10 năm 2026",
          "V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", items, diffs, props,
          "Nguyễn Thanh Bình", intro=intro)

    items = [
        dict(task="II.5.a", status="in_progress",
             ind={"inspections": 3, "establishments_inspected": 15, "samples_tested": 12, "violations": 2,
                  "fines_vnd": 40000000},
             head="Về kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng:",
             body="Sở đã tổ chức 03 cuộc kiểm tra tại 15 cơ sở kinh doanh vật liệu xây dựng trên địa bàn các phường Dĩ An, "
                  "Thuận An, Phú Mỹ; lấy 12 mẫu xi măng, thép cốt bê tông, kính xây dựng gửi thử nghiệm; phát hiện 02 cơ "
                  "sở kinh doanh sản phẩm không có dấu hợp quy, xử phạt 40.000.000 đồng.",
             td="Đang thực hiện (còn 01 đợt kiểm tra trong tháng 11/2026)."),
        dict(task="II.2.e", status="completed", ind={"standards_reviewed": 2},
             head="Về góp ý quy chuẩn kỹ thuật:",
             body="Sở đã góp ý 02 dự thảo: QCVN 16 sửa đổi về sản phẩm, hàng hóa vật liệu xây dựng và dự thảo quy chuẩn "
                  "kỹ thuật địa phương về hạ tầng kỹ thuật đô thị.",
             td="Đã hoàn thành."),
        dict(task="II.2.đ", status="completed", ind={},
             head="Về duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015:",
             body="Sở đã cập nhật, công bố lại hệ thống quản lý chất lượng áp dụng cho 148 thủ tục hành chính thuộc thẩm "
                  "quyền giải quyết sau khi hợp nhất; tổ chức đánh giá nội bộ trong tháng 8/2026.",
             td="Đã hoàn thành."),
        dict(task="II.3.a", status="completed", ind={"training_courses": 2, "participants": 6},
             head="Về tham gia tập huấn:",
             body="Sở đã cử 06 công chức tham dự 02 lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng do Chi cục "
                  "tổ chức.",
             td="Đã hoàn thành."),
    ]
    intro = ("Phúc đáp Công văn số 1532/CCTĐC-QLTC của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả "
             "thực hiện Kế hoạch số 214/KH-SKHCN năm 2026, Sở Xây dựng báo cáo như sau:")
    diffs = ["Một số cơ sở kinh doanh vật liệu xây dựng nhỏ lẻ không có hồ sơ chứng nhận hợp quy, khó truy xuất nguồn "
             "gốc hàng hóa.",
             "Chi phí thử nghiệm mẫu vật liệu xây dựng lớn so với dự toán được giao."]
    props = ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ chi phí thử nghiệm mẫu trong các đợt kiểm tra phối hợp."]
    hand3("SXD - BC thuc hien KH CT38 2026.docx", "SO-XD", "Sở Xây dựng", "SỞ XÂY DỰNG",
          "9876/SXD-KTXD", "2026-10-27", "27 tháng 10 năm 2026",
          "V/v báo cáo kết quả thực hiện Kế hoạch số 214/KH-SKHCN", items, diffs, props,
          "Trần Quang Vinh", intro=intro, lo_resave=True)

    # --- Sở Du lịch: MISTAKEN (chuyển đổi số)
    items = [
        dict(head="Về hạ tầng số:", body="Sở đã nâng cấp đường truyền, trang bị 25 máy tính mới cho công chức; 100% văn "
             "bản đi, đến được xử lý trên hệ thống quản lý văn bản điều hành.", td="Đã hoàn thành."),
        dict(head="Về dữ liệu số ngành du lịch:", body="Hoàn thành cập nhật 4.215 cơ sở lưu trú vào cơ sở dữ liệu du "
             "lịch Thành phố; đang xây dựng bản đồ số điểm đến.", td="Đang thực hiện."),
        dict(head="Về dịch vụ công trực tuyến:", body="Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến toàn trình đạt "
             "92,5%.", td="Đang thực hiện."),
    ]
    intro = ("Thực hiện Kế hoạch số 2339/KH-SKHCN của Sở Khoa học và Công nghệ về chuyển đổi số giai đoạn 2025 – 2026, "
             "Sở Du lịch báo cáo kết quả thực hiện chuyển đổi số năm 2026 như sau:")
    hand3("SDL_bao cao chuyen doi so 2026.docx", "SO-DL", "Sở Du lịch", "SỞ DU LỊCH",
          "3021/SDL-VP", "2026-10-22", "22 tháng 10 năm 2026",
          "V/v báo cáo kết quả thực hiện chuyển đổi số năm 2026", items, [], [], "Phạm Huy Bình",
          rejected="Báo cáo kết quả thực hiện chuyển đổi số của Sở Du lịch, không phải báo cáo thực hiện Kế hoạch triển "
                   "khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng",
          intro=intro, closing="Trên đây là báo cáo kết quả chuyển đổi số năm 2026 của Sở Du lịch./.")


# =============================================================== HAND 4 (Diễm)
# Department / centre planner, XLSX: one row per figure, task + status merged down, "Ghi chú" with document refs.
def hand4(fname, unit_id, unit_name, unit_upper, number, date_iso, place_date_txt, blocks, diffs, props, signer,
          money_trieu=False):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bieu KQ CT38"
    f = Font(name="Arial", size=10)
    fb = Font(name="Arial", size=10, bold=True)
    for col, w in zip("ABCDEFGH", [5, 38, 12, 44, 11, 12, 17, 24]):
        ws.column_dimensions[col].width = w
    ws["A1"] = unit_upper; ws["A1"].font = fb
    ws["A2"] = "Số: " + number; ws["A2"].font = f
    ws["F1"] = QH; ws["F1"].font = fb
    ws["F2"] = DL; ws["F2"].font = fb
    ws["F3"] = place_date_txt; ws["F3"].font = Font(name="Arial", size=10, italic=True)
    ws["A5"] = "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"
    ws["A5"].font = Font(name="Arial", size=12, bold=True)
    ws.merge_cells("A5:H5"); ws["A5"].alignment = Alignment(horizontal="center")
    ws["A6"] = "(Kèm theo Báo cáo số " + number + ")"
    ws.merge_cells("A6:H6"); ws["A6"].alignment = Alignment(horizontal="center"); ws["A6"].font = Font(name="Arial", size=10, italic=True)
    hdr = ["TT", "Nhiệm vụ theo Kế hoạch", "Vai trò", "Hoạt động / kết quả cụ thể", "Số lượng", "Đơn vị tính",
           "Mức độ", "Ghi chú"]
    r = 8
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h); cell.font = fb; cell.border = BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill = PatternFill("solid", fgColor="FFF2CC")
    r += 1
    entries = []
    for i, b in enumerate(blocks, 1):
        rows = b["rows"]
        start = r
        for (act, num, unit) in rows:
            ws.cell(r, 4, act); ws.cell(r, 5, num); ws.cell(r, 6, unit)
            for c in range(1, 9):
                ws.cell(r, c).font = f; ws.cell(r, c).border = BOX
                ws.cell(r, c).alignment = Alignment(vertical="top", wrap_text=True)
            if isinstance(num, (int, float)):
                ws.cell(r, 5).number_format = "#,##0" if num >= 1000 and not isinstance(num, float) else "General"
            r += 1
        end = r - 1
        ws.cell(start, 1, i); ws.cell(start, 2, b["nv"]); ws.cell(start, 3, b["role"])
        ws.cell(start, 7, b["md"]); ws.cell(start, 8, b.get("gc", ""))
        if end > start:
            for c in (1, 2, 3, 7, 8):
                ws.merge_cells(start_row=start, start_column=c, end_row=end, end_column=c)
        for c in (1, 2, 3, 7, 8):
            ws.cell(start, c).alignment = Alignment(vertical="center", wrap_text=True,
                                                    horizontal="center" if c in (1, 3, 7) else None)
        entries.append(dict(task=b["task"], status=b["status"], ind=b["ind"],
                            text=b["nv"] + ": " + "; ".join(a for a, _, _ in rows)))
    r += 1
    ws.cell(r, 2, "Khó khăn, vướng mắc").font = fb
    ws.cell(r, 4, "Đề xuất, kiến nghị").font = fb
    r += 1
    for k in range(max(len(diffs), len(props))):
        if k < len(diffs):
            ws.cell(r, 2, "- " + diffs[k])
        if k < len(props):
            ws.cell(r, 4, "- " + props[k])
        for c in (2, 4):
            ws.cell(r, c).font = f
            ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 45
        r += 1
    r += 1
    ws.cell(r, 7, "THỦ TRƯỞNG ĐƠN VỊ").font = fb
    ws.cell(r, 2, "Người tổng hợp").font = fb
    ws.cell(r + 4, 2, "Trịnh Ngọc Diễm").font = f
    ws.cell(r + 4, 7, signer).font = fb
    ws.freeze_panes = "A9"
    wb.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, merge_entries(entries), diffs, props)


def build_hand4():
    blocks = [
        dict(task="II.2.a", status="in_progress", ind={"enterprises_supported": 27},
             nv="Triển khai truy xuất nguồn gốc nông sản (Đề án 100)", role="Phối hợp", md="Đang triển khai",
             gc="KH số 87/KH-SNNMT",
             rows=[("Hướng dẫn HTX, doanh nghiệp áp dụng truy xuất nguồn gốc, cấp mã vùng trồng", 27, "HTX, DN"),
                   ("Cập nhật dữ liệu vùng trồng lên hệ thống truy xuất của Thành phố", "đang thực hiện", "")]),
        dict(task="II.5.a", status="in_progress",
             ind={"inspections": 6, "establishments_inspected": 48, "samples_tested": 35, "violations": 7,
                  "fines_vnd": 112000000},
             nv="Kiểm tra chất lượng vật tư nông nghiệp lưu thông trên thị trường", role="Phối hợp",
             md="Đang triển khai", gc="Phân bón, thuốc BVTV, thức ăn chăn nuôi",
             rows=[("Số cuộc kiểm tra", 6, "cuộc"), ("Cơ sở được kiểm tra", 48, "cơ sở"),
                   ("Mẫu lấy thử nghiệm", 35, "mẫu"), ("Cơ sở vi phạm", 7, "cơ sở"),
                   ("Tiền xử phạt", 112000000, "đồng")]),
        dict(task="II.2.e", status="completed", ind={"standards_reviewed": 4},
             nv="Góp ý dự thảo QCVN thuộc lĩnh vực nông nghiệp, môi trường", role="Phối hợp", md="Hoàn thành",
             rows=[("Góp ý dự thảo QCVN về phân bón, thức ăn chăn nuôi, nước thải", 4, "dự thảo")]),
        dict(task="II.3.a", status="completed", ind={"participants": 4},
             nv="Cử công chức tham gia tập huấn về TC-ĐL-CL", role="Phối hợp", md="Hoàn thành",
             rows=[("Công chức Chi cục Chăn nuôi, Chi cục Trồng trọt dự tập huấn", 4, "người")]),
    ]
    diffs = ["Nhiều HTX quy mô nhỏ chưa đủ điều kiện về nhân lực, thiết bị để duy trì hệ thống truy xuất nguồn gốc.",
             "Kinh phí lấy mẫu thử nghiệm vật tư nông nghiệp còn hạn chế."]
    props = ["Đề nghị Chi cục TĐC phối hợp tổ chức lớp hướng dẫn mã số, mã vạch cho các HTX nông nghiệp.",
             "Đề nghị Sở KH&CN hỗ trợ kinh phí thử nghiệm mẫu trong kiểm tra phối hợp."]
    hand4("SNNMT_Bieu KQ CT38_2026.xlsx", "SO-NNMT", "Sở Nông nghiệp và Môi trường",
          "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "4502/BC-SNNMT", "2026-10-23",
          "Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2026", blocks, diffs, props, "Huỳnh Văn Tâm")

    blocks = [
        dict(task="II.3.d", status="in_progress", ind={"training_courses": 3, "participants": 420},
             nv="Bồi dưỡng kiến thức về tiêu chuẩn, mã số mã vạch, nhãn hàng hóa cho học sinh, sinh viên",
             role="Phối hợp", md="Đang triển khai", gc="Trường TC, CĐ trực thuộc",
             rows=[("Lớp bồi dưỡng ngoại khóa phối hợp với Chi cục TĐC", 3, "lớp"), ("Học sinh, sinh viên tham dự", 420, "lượt")]),
        dict(task="II.1.a", status="completed", ind={"communications": 15},
             nv="Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trong ngành giáo dục", role="Phối hợp",
             md="Hoàn thành",
             rows=[("Tin, bài đăng trên Cổng thông tin ngành Giáo dục", 15, "tin, bài")]),
        dict(task="II.2.đ", status="completed", ind={},
             nv="Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở", role="Thực hiện",
             md="Hoàn thành", gc="QĐ công bố số 2150/QĐ-SGDĐT",
             rows=[("Đánh giá nội bộ, công bố lại hệ thống", "01 lần", "")]),
        dict(task="II.6.b", status="not_applicable", ind={},
             nv="Phối hợp thúc đẩy năng suất khu vực công (APO)", role="Phối hợp", md="Không phát sinh nhiệm vụ",
             rows=[("Chưa có yêu cầu phối hợp", "-", "")]),
    ]
    diffs = ["Chương trình đào tạo chính khóa của các trường trung cấp, cao đẳng đã ổn định nên khó bố trí thêm thời "
             "lượng về tiêu chuẩn, đo lường, chất lượng."]
    props = ["Đề nghị Chi cục TĐC biên soạn tài liệu ngắn, phù hợp để đưa vào hoạt động ngoại khóa."]
    hand4("SGDDT - bieu ket qua CT38.xlsx", "SO-GDDT", "Sở Giáo dục và Đào tạo", "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
          "5318/BC-SGDĐT", "2026-10-26", "Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026",
          blocks, diffs, props, "Lê Thị Mai")

    blocks = [
        dict(task="II.4.a", status="in_progress", ind={"budget_spent_vnd": 4850000000},
             nv="Đầu tư, hiện đại hóa trang thiết bị thử nghiệm, kiểm định", role="Chủ trì", md="Đang triển khai",
             gc="Dự án mua sắm thiết bị năm 2026",
             rows=[("Kinh phí đã giải ngân mua sắm thiết bị (máy sắc ký, tủ vi khí hậu, chuẩn lưu lượng)", 4850,
                    "triệu đồng")]),
        dict(task="II.2.g", status="in_progress", ind={"instruments_verified": 15236, "samples_tested": 3420},
             nv="Mở rộng, nâng cao năng lực dịch vụ kỹ thuật TC-ĐL-CL", role="Phối hợp", md="Đang triển khai",
             gc="Mở rộng 06 phép thử mới",
             rows=[("Phương tiện đo được kiểm định, hiệu chuẩn", 15236, "phương tiện"),
                   ("Mẫu thử nghiệm cho khách hàng", 3420, "mẫu")]),
        dict(task="II.4.c", status="completed", ind={"instruments_verified": 18},
             nv="Duy trì chuẩn đo lường, liên kết chuẩn quốc gia", role="Phối hợp", md="Hoàn thành",
             rows=[("Chuẩn chính gửi hiệu chuẩn tại Viện Đo lường Việt Nam", 18, "chuẩn")]),
        dict(task="II.5.b", status="completed", ind={"samples_tested": 64},
             nv="Thử nghiệm mẫu khảo sát chất lượng theo đề nghị của Chi cục", role="Phối hợp", md="Hoàn thành",
             rows=[("Mẫu khảo sát đã thử nghiệm, trả kết quả", 64, "mẫu")]),
        dict(task="II.3.a", status="completed", ind={"training_courses": 5, "participants": 12},
             nv="Cử viên chức đào tạo chuyên sâu", role="Thực hiện", md="Hoàn thành",
             rows=[("Khóa đào tạo đã cử tham gia", 5, "khóa"), ("Viên chức tham gia", 12, "người")]),
    ]
    diffs = ["Thủ tục mua sắm thiết bị kéo dài, một số gói thầu phải tổ chức lại."]
    props = ["Đề nghị Sở sớm phê duyệt danh mục thiết bị năm 2027 để Trung tâm triển khai mua sắm từ Quý I."]
    hand4("TTPTTN_CT38_2026.xlsx", "SKHCN-TTPTTN",
          "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
          "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH",
          "712/BC-TTPTTN", "2026-10-30", "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
          blocks, diffs, props, "Nguyễn Hoàng Phúc")


# =============================================================== HAND 5 (Lộc)
# Older ward officer, BR-VT side: plain sheet "Sheet1" with A/B/C parts, "+ " lines in one result cell,
# "Mức độ" Xong / Đang làm / Chưa làm / Không có; one short DOCX letter of "+ " lines ending "— Xong."
def hand5x(fname, unit_id, unit_name, short, kind, place, number, date_iso, date_txt, rows, diffs, props, signer,
           nfd=False):
    wb = openpyxl.Workbook()
    ws = wb.active
    f = Font(name="Times New Roman", size=12)
    fb = Font(name="Times New Roman", size=12, bold=True)
    for col, w in zip("ABCD", [6, 40, 58, 12]):
        ws.column_dimensions[col].width = w
    lines = [("ỦY BAN NHÂN DÂN " + kind.upper() + " " + short.upper(), True),
             ("Số: " + number, False), ("", False),
             ("BÁO CÁO THỰC HIỆN KẾ HOẠCH 214/KH-SKHCN (CT 38) NĂM 2026", True),
             (place + ", ngày " + date_txt, False), ("", False),
             ("A. KẾT QUẢ", True)]
    r = 1
    for t, b in lines:
        ws.cell(r, 1, t).font = fb if b else f
        r += 1
    for c, h in enumerate(["STT", "Việc đã làm", "Kết quả", "Mức độ"], 1):
        cell = ws.cell(r, c, h); cell.font = fb; cell.border = BOX
        cell.alignment = Alignment(horizontal="center")
    r += 1
    entries = []
    for i, row in enumerate(rows, 1):
        kq = "\n".join("+ " + x for x in row["kq"])
        for c, v in enumerate([i, row["nd"], kq, row["md"]], 1):
            cell = ws.cell(r, c, v); cell.font = f; cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 16 * max(1, len(row["kq"])) + 4
        entries.append(dict(task=row["task"], status=row["status"], ind=row["ind"],
                            text=row["nd"] + ": " + "; ".join(row["kq"])))
        r += 1
    r += 1
    ws.cell(r, 1, "B. KHÓ KHĂN").font = fb; r += 1
    for d in diffs:
        ws.cell(r, 2, "- " + d).font = f; r += 1
    ws.cell(r, 1, "C. KIẾN NGHỊ").font = fb; r += 1
    for d in props:
        ws.cell(r, 2, "- " + d).font = f; r += 1
    r += 1
    ws.cell(r, 3, "TM. UBND " + kind.upper()).font = fb
    ws.cell(r + 1, 3, "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH").font = fb
    ws.cell(r + 4, 3, signer).font = fb
    if nfd:  # Lộc's old machine: Unikey set to decomposed Unicode
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str):
                    c.value = unicodedata.normalize("NFD", c.value)
    wb.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, merge_entries(entries), diffs, props)


def build_hand5():
    rows = [
        dict(task="II.5.c", status="completed",
             ind={"inspections": 3, "establishments_inspected": 52, "violations": 4, "fines_vnd": 6500000},
             nd="Phối hợp Chi cục TĐC kiểm tra đo lường tại chợ Mỹ Xuân, chợ Phú Mỹ",
             kq=["03 đợt kiểm tra", "52 hộ kinh doanh được kiểm tra cân", "04 hộ vi phạm, phạt 6,5 triệu đồng"],
             md="Xong"),
        dict(task="II.2.d", status="in_progress", ind={"enterprises_supported": 5},
             nd="Giới thiệu doanh nghiệp KCN tham gia chương trình năng suất, chất lượng",
             kq=["giới thiệu 05 doanh nghiệp KCN Phú Mỹ I, Cái Mép tham gia chương trình hỗ trợ áp dụng hệ thống quản lý "
                 "chất lượng của Chi cục"], md="Đang làm"),
        dict(task="II.1.b", status="completed", ind={"enterprises_supported": 2},
             nd="Vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia",
             kq=["vận động, hướng dẫn 02 doanh nghiệp nộp hồ sơ Giải thưởng Chất lượng Quốc gia năm 2026"], md="Xong"),
        dict(task="II.1.a", status="in_progress", ind={"communications": 8},
             nd="Tuyên truyền pháp luật về TC-ĐL-CL",
             kq=["08 tin phát trên đài truyền thanh phường", "treo băng rôn tại 02 chợ"], md="Đang làm"),
        dict(task="II.3.a", status="not_started", ind={},
             nd="Cử công chức đi tập huấn", kq=["chưa có lớp phù hợp"], md="Chưa làm"),
    ]
    diffs = ["Công chức phụ trách kiêm nhiệm, chưa được đào tạo về đo lường.",
             "Hộ kinh doanh tại chợ tạm Mỹ Xuân thường xuyên thay đổi, khó quản lý."]
    props = ["Đề nghị Chi cục TĐC mở lớp tập huấn cho công chức phường, xã khu vực Bà Rịa – Vũng Tàu (cũ) tại chỗ."]
    hand5x("Phu My - BC CT38.xlsx", "26704", "Phường Phú Mỹ", "Phú Mỹ", "Phường", "Phú Mỹ",
           "521/BC-UBND", "2026-10-28", "28/10/2026", rows, diffs, props, "Bùi Văn Lợi")

    rows = [
        dict(task="II.2.a", status="in_progress", ind={"enterprises_supported": 11},
             nd="Hướng dẫn truy xuất nguồn gốc nông sản",
             kq=["hướng dẫn 11 HTX, tổ hợp tác sầu riêng, hồ tiêu cập nhật mã vùng trồng, dán tem truy xuất"],
             md="Đang làm"),
        dict(task="II.5.c", status="completed", ind={"inspections": 1, "establishments_inspected": 27},
             nd="Kiểm tra cân tại chợ Ngãi Giao (phối hợp Chi cục)",
             kq=["01 đợt kiểm tra", "27 hộ kinh doanh, chưa phát hiện vi phạm"], md="Xong"),
        dict(task="II.1.a", status="completed", ind={"training_courses": 3, "participants": 160},
             nd="Phổ biến quy định đo lường, chất lượng cho người dân",
             kq=["03 hội nghị phổ biến lồng ghép họp dân các ấp", "160 lượt người dự"], md="Xong"),
        dict(task="II.5.d", status="not_applicable", ind={},
             nd="Xử lý tố giác vi phạm", kq=["không có đơn thư"], md="Không có"),
    ]
    diffs = ["Nông dân chưa quen với việc ghi chép nhật ký sản xuất để phục vụ truy xuất nguồn gốc."]
    props = ["Đề nghị Sở Nông nghiệp và Môi trường và Chi cục TĐC hỗ trợ phần mềm truy xuất miễn phí cho HTX."]
    hand5x("Chau Duc_bao cao CT38_2026.xlsx", "26596", "Xã Châu Đức", "Châu Đức", "Xã", "Châu Đức",
           "233/BC-UBND", "2026-10-30", "30/10/2026", rows, diffs, props, "Nguyễn Văn Hải", nfd=True)

    # --- Xã Xuyên Mộc: short DOCX letter in the same hand
    doc = Document()
    set_font(doc, "Times New Roman", 13)
    header_table(doc, ["ỦY BAN NHÂN DÂN", "XÃ XUYÊN MỘC", "", "Số: 274/UBND-KT",
                       "V/v báo cáo kết quả thực hiện CT 38 năm 2026"],
                 right="Xuyên Mộc, ngày 29/10/2026")
    para(doc, "")
    para(doc, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố.", align="c")
    para(doc, "UBND xã Xuyên Mộc báo cáo kết quả thực hiện Kế hoạch 214/KH-SKHCN (CT 38) năm 2026 như sau:", align="j")
    items = [
        dict(task="II.5.c", status="completed",
             ind={"inspections": 2, "establishments_inspected": 16, "violations": 1, "fines_vnd": 1500000},
             text="Phối hợp Chi cục kiểm tra đo lường: 02 đợt, kiểm tra 16 cơ sở (02 cửa hàng xăng dầu, 14 hộ kinh doanh "
                  "tại chợ Xuyên Mộc); 01 trường hợp vi phạm, phạt 1.500.000đ — Xong."),
        dict(task="II.1.a", status="in_progress", ind={"communications": 6},
             text="Tuyên truyền: 06 tin bài trên loa truyền thanh xã, trang Zalo xã — Đang làm."),
        dict(task="II.3.a", status="completed", ind={"participants": 1},
             text="Tập huấn: 01 công chức dự tập huấn trực tuyến do Chi cục tổ chức — Xong."),
        dict(task="II.2.đ", status="not_started", ind={},
             text="ISO tại Bộ phận Một cửa: chưa triển khai do đang kiện toàn bộ phận — Chưa làm."),
    ]
    for it in items:
        para(doc, "+ " + it["text"], align="j")
    diffs = ["Xã chưa có công chức được đào tạo về đo lường."]
    props = ["Đề nghị Chi cục hỗ trợ tài liệu tuyên truyền."]
    para(doc, "Khó khăn: " + diffs[0], align="j")
    para(doc, "Kiến nghị: " + props[0], align="j")
    para(doc, "UBND xã Xuyên Mộc báo cáo./.", align="j")
    sign_block(doc, ["Nơi nhận:", "- Như trên;", "- Lưu: VT."],
               ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Trương Văn Nam"])
    fname = "XuyenMoc_CV bao cao CT38.docx"
    doc.save(os.path.join(OUT, fname))
    key(fname, "26632", "Xã Xuyên Mộc", "274/UBND-KT", "2026-10-29", merge_entries(items), diffs, props)


if __name__ == "__main__":
    for fn in os.listdir(OUT):
        if fn.endswith((".docx", ".xlsx")):
            os.remove(os.path.join(OUT, fn))
    for fn in os.listdir(TRUTH):
        os.remove(os.path.join(TRUTH, fn))
    build_hand1(); build_hand2(); build_hand3(); build_hand4(); build_hand5()
    for k in KEYS:
        with open(os.path.join(TRUTH, k["file"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)
    print(len(KEYS), "files")
