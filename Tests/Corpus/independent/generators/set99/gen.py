# -*- coding: utf-8 -*-
"""Generator for set 99: ward / commune / special-zone reports (CT38 plan, 2026)."""
import json, os, hashlib, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
FILES = []   # (fname, key dict)
CHICUC = "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"

def E(task, status, text, **ind):
    return {"task": task, "status": status, "indicators": ind, "text": text}

# ---------------------------------------------------------------- docx helpers
def new_doc(size=13):
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is not None:
        for a in ("w:eastAsia", "w:cs"):
            rf.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}' + a.split(':')[1], "Times New Roman")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    return d

def para(d, text="", bold=False, italic=False, align=None, indent=True, size=None, underline=False):
    p = d.add_paragraph()
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, "j"): p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(4)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    return p

def runs(p, parts):
    """parts: list of (text, 'b'/'i'/'bi'/'u'/'')"""
    for t, f in parts:
        r = p.add_run(t); r.bold = "b" in f; r.italic = "i" in f; r.underline = "u" in f
    return p

def header(d, left, so, place_date, top_left=None):
    t = d.add_table(rows=2, cols=2)
    c = t.cell(0, 0); c.text = ""
    p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if top_left:
        r = p.add_run(top_left + "\n"); r.font.size = Pt(12)
    r = p.add_run(left[0] + "\n"); r.font.size = Pt(12)
    r = p.add_run(left[1]); r.bold = True; r.font.size = Pt(12)
    p2 = c.add_paragraph("———"); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = t.cell(0, 1); p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"); r.bold = True; r.font.size = Pt(12)
    r = p.add_run("Độc lập - Tự do - Hạnh phúc"); r.bold = True
    p2 = c.add_paragraph("————————————"); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = t.cell(1, 0); c.text = so; c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = t.cell(1, 1); p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(place_date); r.italic = True
    t.columns[0].width = Cm(6.5); t.columns[1].width = Cm(9.5)
    return t

def signature(d, noinhan, title_lines, name):
    t = d.add_table(rows=1, cols=2)
    c = t.cell(0, 0); p = c.paragraphs[0]
    r = p.add_run("Nơi nhận:"); r.bold = True; r.italic = True; r.font.size = Pt(12)
    for x in noinhan:
        q = c.add_paragraph(x); q.runs[0].font.size = Pt(11)
    c = t.cell(0, 1); p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("\n".join(title_lines)); r.bold = True
    for _ in range(3): c.add_paragraph("")
    q = c.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = q.add_run(name); r.bold = True

# ---------------------------------------------------------------- xlsx helpers
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
TNR = "Times New Roman"

def put(ws, ref, v, bold=False, italic=False, align=None, border=False, size=12, fmt=None):
    c = ws[ref]; c.value = v; c.font = Font(name=TNR, bold=bold, italic=italic, size=size)
    if align is not None: c.alignment = align
    if border: c.border = BOX
    if fmt: c.number_format = fmt
    return c

def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    return {"file": fname, "sha256": None, "status": status, "reason": reason,
            "unit": {"id": unit_id, "name": unit_name},
            "document": {"number": number, "date": date},
            "entries": entries, "findings": [], "difficulties": diffs, "proposals": props}

# =========================================================================
# HAND 1 — Lê Văn Sang, công chức Kinh tế, communes of former Bà Rịa - Vũng Tàu.
# "Việc số n." run-in items; each closed by "Việc này … dứt điểm / còn dở dang /
# chưa tổ chức / không có phát sinh"; money as "6.000.000đ (… đồng chẵn)".
# =========================================================================
def hand1(fname, uid, uname, upper, place, so, date_iso, date_txt, items, diffs, props,
          title2, signer, rejected=None, intro=None):
    d = new_doc(13)
    header(d, ("ỦY BAN NHÂN DÂN", upper), "Số: " + so, f"{place}, {date_txt}")
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", indent=False)
    para(d, title2, bold=True, align="c", indent=False)
    para(d, "———", align="c", indent=False)
    p = para(d, "", align="c", indent=False)
    runs(p, [("Kính gửi: ", ""), (CHICUC + ".", "")])
    para(d, intro or (f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW "
         f"ngày 30/7/2024 của Ban Bí thư năm 2026 và văn bản đôn đốc của Chi cục Tiêu chuẩn Đo lường Chất lượng, "
         f"Ủy ban nhân dân {uname.split(' ',1)[0].lower()} {uname.split(' ',1)[1]} báo cáo kết quả thực hiện đến nay như sau:"), align="j")
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for i, it in enumerate(items, 1):
        p = para(d, "", align="j")
        runs(p, [(f"Việc số {i}. ", "b"), (it["title"], "b")])
        if it.get("joined"):
            para(d, it["body"] + " " + it["st"], align="j")
        else:
            para(d, it["body"], align="j")
            if it.get("st"):
                para(d, it["st"], align="j", italic=False)
    para(d, "II. NHỮNG TỒN TẠI, VƯỚNG MẮC", bold=True, indent=False)
    for x in diffs: para(d, "- " + x, align="j")
    para(d, "III. KIẾN NGHỊ, ĐỀ XUẤT", bold=True, indent=False)
    for x in props: para(d, "- " + x, align="j")
    para(d, f"Trên đây là báo cáo của Ủy ban nhân dân {uname} ./.", align="j")
    signature(d, ["- Như trên;", "- TT Đảng ủy (b/c);", "- CT, các PCT UBND;", "- Lưu: VT, KT."],
              ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer)
    d.save(os.path.join(OUT, fname))

def H1_files():
    # ---- Xã Long Hải
    items = [
        dict(title="Tuyên truyền pháp luật về đo lường, chất lượng cho hộ kinh doanh tại chợ Long Hải, chợ Phước Tỉnh",
             body="Xã phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 hội nghị tuyên truyền tại Nhà văn hóa xã, có 64 lượt hộ kinh doanh, tiểu thương tham dự; đăng 05 tin, bài trên Trang thông tin điện tử xã về cân đúng, cân đủ.",
             st="Việc này xã đã làm dứt điểm."),
        dict(title="Kiểm tra cân, đo lường tại chợ và cây xăng",
             body="Tổ kiểm tra liên ngành của xã tổ chức 02 cuộc kiểm tra (tháng 4 và tháng 9) tại 23 cơ sở, gồm 17 hộ kinh doanh tại chợ và 06 cửa hàng xăng dầu; phát hiện 03 trường hợp sử dụng cân sai số vượt mức cho phép, đã lập biên bản và xử phạt tổng số tiền 6.000.000đ (sáu triệu đồng chẵn). Phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm kiểm định 41 cân tại chợ Long Hải.",
             st="Việc này còn dở dang, quý IV xã tiếp tục kiểm tra đợt cuối năm."),
        dict(title="Cử cán bộ đi tập huấn",
             body="Cử 02 công chức (01 Kinh tế, 01 Văn hóa - Xã hội) dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho công chức phường, xã, đặc khu do Chi cục tổ chức ngày 19/6/2026.",
             st="Việc này xã đã làm dứt điểm.", joined=True),
        dict(title="Áp dụng ISO 9001 tại cơ quan",
             body="Xã duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 đối với các thủ tục hành chính thuộc thẩm quyền; đã đánh giá nội bộ tháng 8/2026; kinh phí đã chi cho tư vấn là 15.000.000đ (mười lăm triệu đồng chẵn).",
             st="Việc này còn dở dang, dự kiến xong trong tháng 11/2026 sau khi họp xem xét của lãnh đạo."),
        dict(title="Vận động doanh nghiệp tham dự Giải thưởng chất lượng quốc gia",
             body="Trên địa bàn xã chủ yếu là hộ kinh doanh nhỏ, chưa có doanh nghiệp đủ điều kiện.",
             st="Việc này xã chưa tổ chức."),
    ]
    keys = [E("II.1.a", "completed", items[0]["body"], training_courses=1, participants=64, communications=5),
            E("II.5.c", "in_progress", items[1]["body"], inspections=2, establishments_inspected=23, violations=3, fines_vnd=6000000, instruments_verified=41),
            E("II.3.a", "completed", items[2]["body"], participants=2),
            E("II.2.đ", "in_progress", items[3]["body"], budget_spent_vnd=15000000),
            E("II.1.b", "not_started", items[4]["body"])]
    diffs = ["Công chức Kinh tế kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu về đo lường, chất lượng.",
             "Xã chưa có cân đối chứng đạt chuẩn đặt tại chợ Phước Tỉnh, người dân khó tự kiểm tra."]
    props = ["Đề nghị Chi cục hỗ trợ xã 01 cân đối chứng cho chợ Phước Tỉnh.",
             "Đề nghị Chi cục mở thêm lớp tập huấn tại khu vực Long Điền - Đất Đỏ cũ để công chức xã đi lại thuận tiện."]
    f = "26662-xa-long-hai-bc-tdc.docx"
    hand1(f, "26662", "Xã Long Hải", "XÃ LONG HẢI", "Long Hải", "186/BC-UBND", "2026-10-27",
          "ngày 27 tháng 10 năm 2026", items, diffs, props,
          "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Kế hoạch triển khai Chỉ thị số 38-CT/TW)",
          "Nguyễn Văn Tư")
    FILES.append((f, key(f, "26662", "Xã Long Hải", "186/BC-UBND", "2026-10-27", keys, diffs, props)))

    # ---- Phường Tam Long
    items = [
        dict(title="Hướng dẫn cơ sở sản xuất ghi nhãn, tự công bố sản phẩm",
             body="Phòng Kinh tế phường hướng dẫn 09 cơ sở sản xuất nước mắm, hải sản khô thực hiện ghi nhãn hàng hóa và tự công bố sản phẩm theo quy định.",
             st="Việc này phường đã làm dứt điểm."),
        dict(title="Truy xuất nguồn gốc sản phẩm",
             body="Phối hợp hỗ trợ 04 cơ sở đăng ký tài khoản và dán tem truy xuất nguồn gốc trên hệ thống truy xuất nguồn gốc của Thành phố.",
             st="Việc này còn dở dang do các cơ sở còn lúng túng khi nhập dữ liệu."),
        dict(title="Kiểm tra tại cơ sở kinh doanh vàng bạc, xăng dầu",
             body="Phường tổ chức 03 cuộc kiểm tra tại 15 cơ sở kinh doanh vàng bạc, xăng dầu; qua kiểm tra chưa phát hiện vi phạm.",
             st="Việc này phường làm thường xuyên, đến nay còn dở dang vì theo kế hoạch còn 01 cuộc trong tháng 12/2026."),
        dict(title="Tập huấn cho cán bộ",
             body="Cử 03 lượt cán bộ, công chức tham dự các lớp tập huấn về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức.",
             st="Việc này đã làm dứt điểm."),
        dict(title="Khen thưởng, bảo vệ người tố giác vi phạm",
             body="Trong kỳ không có đơn thư, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng trên địa bàn phường.",
             st="Việc này không có phát sinh."),
    ]
    keys = [E("II.2.d", "completed", items[0]["body"], enterprises_supported=9),
            E("II.2.a", "in_progress", items[1]["body"], enterprises_supported=4),
            E("II.5.c", "in_progress", items[2]["body"], inspections=3, establishments_inspected=15),
            E("II.3.a", "completed", items[3]["body"], participants=3),
            E("II.5.d", "not_applicable", items[4]["body"])]
    diffs = ["Hệ thống truy xuất nguồn gốc còn phức tạp đối với hộ sản xuất nhỏ, lớn tuổi."]
    props = ["Đề nghị Chi cục cử cán bộ xuống hướng dẫn trực tiếp cho các cơ sở sản xuất nước mắm tại phường."]
    f = "26572-p-tam-long-bao-cao-38.docx"
    hand1(f, "26572", "Phường Tam Long", "PHƯỜNG TAM LONG", "Tam Long", "95/BC-UBND", "2026-10-22",
          "ngày 22 tháng 10 năm 2026", items, diffs, props,
          "Tình hình thực hiện nhiệm vụ tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn phường",
          "Trần Thị Bích Ngọc")
    FILES.append((f, key(f, "26572", "Phường Tam Long", "95/BC-UBND", "2026-10-22", keys, diffs, props)))

    # ---- Xã Châu Đức
    items = [
        dict(title="Tuyên truyền, phổ biến quy định ghi nhãn cho hộ sản xuất",
             body="Xã tổ chức 02 lớp phổ biến quy định về ghi nhãn hàng hóa cho hộ sản xuất cà phê, hồ tiêu, có 112 lượt người tham dự; biên tập 06 tin, bài phát trên hệ thống truyền thanh xã.",
             st="Việc này xã đã làm dứt điểm."),
        dict(title="Hỗ trợ hợp tác xã áp dụng truy xuất nguồn gốc",
             body="Hướng dẫn 02 hợp tác xã (HTX Nông nghiệp Xà Bang, HTX Hồ tiêu Bình Ba) áp dụng mã QR truy xuất nguồn gốc cho sản phẩm OCOP.",
             st="Việc này còn dở dang."),
        dict(title="Hướng dẫn tự công bố chất lượng",
             body="Hướng dẫn 05 cơ sở sản xuất xây dựng tiêu chuẩn cơ sở và tự công bố chất lượng sản phẩm.",
             st="Việc này xã đã làm dứt điểm.", joined=True),
        dict(title="Kiểm tra đo lường, chất lượng",
             body="Xã kiểm tra 02 cuộc tại 11 cơ sở kinh doanh phân bón, xăng dầu; phát hiện 01 cơ sở vi phạm về ghi nhãn, xử phạt 2.500.000đ (hai triệu năm trăm ngàn đồng chẵn).",
             st="Việc này xã đã làm dứt điểm."),
        dict(title="ISO 9001 tại UBND xã",
             body="Xã đã xây dựng lại và công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 ngày 12/8/2026.",
             st="Việc này xã đã làm dứt điểm."),
        dict(title="Cử công chức tham dự tập huấn nghiệp vụ",
             body="Do trùng lịch tiếp công dân và công tác cơ sở, xã chưa cử được công chức tham dự lớp tập huấn của Chi cục.",
             st="Việc này xã chưa tổ chức được."),
    ]
    keys = [E("II.1.a", "completed", items[0]["body"], training_courses=2, participants=112, communications=6),
            E("II.2.a", "in_progress", items[1]["body"], enterprises_supported=2),
            E("II.2.d", "completed", items[2]["body"], enterprises_supported=5),
            E("II.5.c", "completed", items[3]["body"], inspections=2, establishments_inspected=11, violations=1, fines_vnd=2500000),
            E("II.2.đ", "completed", items[4]["body"]),
            E("II.3.a", "not_started", items[5]["body"])]
    diffs = ["Địa bàn xã rộng, các cơ sở kinh doanh phân tán nên việc kiểm tra mất nhiều thời gian.",
             "Chưa có kinh phí riêng cho công tác tiêu chuẩn, đo lường, chất lượng tại xã."]
    props = ["Kiến nghị Thành phố bố trí kinh phí cho công tác kiểm tra đo lường, chất lượng cấp xã.",
             "Đề nghị Chi cục tổ chức lớp tập huấn trực tuyến để công chức xã tham gia được."]
    f = "26596-xa-chau-duc-bc.docx"
    hand1(f, "26596", "Xã Châu Đức", "XÃ CHÂU ĐỨC", "Châu Đức", "241/BC-UBND", "2026-10-30",
          "ngày 30 tháng 10 năm 2026", items, diffs, props,
          "Kết quả triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026",
          "Lê Hoàng Phúc")
    FILES.append((f, key(f, "26596", "Xã Châu Đức", "241/BC-UBND", "2026-10-30", keys, diffs, props)))

    # ---- Xã Hồ Tràm: MISTAKEN (phòng, chống thiên tai)
    items = [
        dict(title="Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã",
             body="UBND xã ban hành Quyết định kiện toàn Ban Chỉ huy gồm 21 thành viên, phân công phụ trách từng ấp.",
             st="Việc này xã đã làm dứt điểm."),
        dict(title="Diễn tập ứng phó bão, áp thấp nhiệt đới",
             body="Tổ chức 01 cuộc diễn tập tại ấp Hồ Tràm với 150 người tham gia, huy động 04 xuồng, ghe.",
             st="Việc này xã đã làm dứt điểm."),
        dict(title="Rà soát khu vực sạt lở bờ biển",
             body="Rà soát 03 điểm sạt lở tại bờ biển Hồ Tràm, Hồ Cốc; cắm 12 biển cảnh báo.",
             st="Việc này còn dở dang."),
    ]
    diffs = ["Trang thiết bị cứu hộ còn thiếu, xuống cấp."]
    props = ["Đề nghị Thành phố hỗ trợ kinh phí kè chống sạt lở bờ biển Hồ Tràm."]
    f = "26620-xa-ho-tram-bc-pctt.docx"
    hand1(f, "26620", "Xã Hồ Tràm", "XÃ HỒ TRÀM", "Hồ Tràm", "205/BC-UBND", "2026-10-26",
          "ngày 26 tháng 10 năm 2026", items, diffs, props,
          "Kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng đầu năm 2026",
          "Phạm Minh Hùng",
          intro="Thực hiện Công văn của Ban Chỉ huy phòng thủ dân sự Thành phố về báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn, Ủy ban nhân dân xã Hồ Tràm báo cáo như sau:")
    FILES.append((f, key(f, "26620", "Xã Hồ Tràm", "205/BC-UBND", "2026-10-26", [], [], [],
                         status="rejected",
                         reason="Không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW: báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn gửi nhầm")))

# =========================================================================
# HAND 3 — Nguyễn Thu Trang, công chức Văn hóa - Xã hội, inner-city wards.
# Each task: italic "Kết quả: / Hạn chế: / Thời gian tới:" lines; the status is
# only in the forward-looking "Thời gian tới:" line. "1.250 lượt", "12,5 triệu đồng".
# =========================================================================
def hand3(fname, uname, upper, so, date_txt, items, diffs, props, signer, intro_extra=""):
    d = new_doc(14)
    header(d, ("ỦY BAN NHÂN DÂN", upper), "Số: " + so, "Thành phố Hồ Chí Minh, " + date_txt)
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", indent=False)
    para(d, "Tình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c", indent=False)
    para(d, f"trên địa bàn {uname.lower()[0]}{uname[1:]}", bold=True, align="c", indent=False)
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", align="c", indent=False)
    para(d, "I. TÌNH HÌNH TRIỂN KHAI", bold=True, indent=False)
    para(d, f"Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân {uname} đã giao Phòng Văn hóa - Xã hội phối hợp Phòng Kinh tế tham mưu triển khai các nội dung thuộc trách nhiệm của phường. {intro_extra}".strip(), align="j")
    para(d, "II. KẾT QUẢ CỤ THỂ", bold=True, indent=False)
    for i, it in enumerate(items, 1):
        para(d, f"{i}. {it['title']}", bold=True)
        p = para(d, "", align="j"); runs(p, [("- Kết quả: ", "i"), (it["body"], "")])
        if it.get("han"):
            p = para(d, "", align="j"); runs(p, [("- Hạn chế: ", "i"), (it["han"], "")])
        if it.get("st"):
            p = para(d, "", align="j"); runs(p, [("- Thời gian tới: ", "i"), (it["st"], "")])
    para(d, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for i, x in enumerate(diffs, 1): para(d, f"{i}. {x}", align="j")
    para(d, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for i, x in enumerate(props, 1): para(d, f"{i}. {x}", align="j")
    para(d, f"Ủy ban nhân dân {uname} kính báo cáo./.", align="j")
    signature(d, ["- Như trên;", "- Thường trực Đảng ủy phường;", "- Lưu: VT, VHXH."],
              ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer)
    d.save(os.path.join(OUT, fname))

DONE = "Nội dung này đã thực hiện xong, phường chuyển sang theo dõi, duy trì."
GOON = "Tiếp tục thực hiện đến hết năm 2026."

def H3_files():
    # ---- Phường Bến Thành
    items = [
        dict(title="Tuyên truyền, tọa đàm với doanh nghiệp, hộ kinh doanh",
             body="Phường phối hợp Chi cục tổ chức 02 buổi tọa đàm về đo lường, ghi nhãn hàng hóa tại chợ Bến Thành và chợ Thái Bình với 165 lượt người tham dự; đăng 11 tin, bài trên Trang thông tin điện tử phường.",
             han="Tỷ lệ hộ kinh doanh nhỏ lẻ tham dự chưa cao.", st=GOON + " Lồng ghép trong các buổi sinh hoạt khu phố."),
        dict(title="Hỗ trợ doanh nghiệp công bố chất lượng, mã số mã vạch",
             body="Tiếp nhận và hướng dẫn 14 doanh nghiệp trên địa bàn về thủ tục công bố hợp chuẩn, hợp quy và đăng ký sử dụng mã số, mã vạch.",
             han="Không.", st=DONE),
        dict(title="Kiểm tra đo lường, chất lượng trên địa bàn",
             body="Tổ công tác liên ngành phường kiểm tra 05 cuộc tại 62 cơ sở (chợ, cửa hàng vàng bạc, trạm xăng); phát hiện 07 cơ sở vi phạm, xử phạt vi phạm hành chính 31,5 triệu đồng.",
             han="Lực lượng mỏng, phải phối hợp với Đội Quản lý thị trường.", st="Còn 01 cuộc kiểm tra dịp cuối năm, phường tiếp tục thực hiện."),
        dict(title="Duy trì Hệ thống quản lý chất lượng ISO 9001",
             body="Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 được duy trì, cập nhật quy trình sau sắp xếp; kinh phí đã sử dụng 12,5 triệu đồng.",
             han="", st=DONE),
        dict(title="Giới thiệu doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
             body="Phường gửi thông tin, vận động 03 doanh nghiệp dịch vụ, thương mại tìm hiểu Giải thưởng Chất lượng Quốc gia năm 2026.",
             han="Doanh nghiệp còn e ngại về hồ sơ.", st=DONE),
        dict(title="Tập huấn cho công chức phường",
             body="Cử 05 lượt công chức tham dự lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng.",
             han="", st="Cử công chức tham dự các lớp còn lại trong Quý IV/2026."),
    ]
    keys = [E("II.1.a", "in_progress", items[0]["body"], training_courses=2, participants=165, communications=11),
            E("II.2.d", "completed", items[1]["body"], enterprises_supported=14),
            E("II.5.c", "in_progress", items[2]["body"], inspections=5, establishments_inspected=62, violations=7, fines_vnd=31500000),
            E("II.2.đ", "completed", items[3]["body"], budget_spent_vnd=12500000),
            E("II.1.b", "completed", items[4]["body"], enterprises_supported=3),
            E("II.3.a", "in_progress", items[5]["body"], participants=5)]
    diffs = ["Số lượng cơ sở kinh doanh lớn, thường xuyên thay đổi nên khó quản lý.",
             "Công chức phụ trách kiêm nhiệm nhiều lĩnh vực."]
    props = ["Đề nghị Chi cục cung cấp tài liệu tuyên truyền song ngữ Việt - Anh cho khu vực chợ Bến Thành.",
             "Đề nghị Sở Khoa học và Công nghệ hướng dẫn cụ thể nội dung phân cấp cho phường về kiểm tra đo lường."]
    f = "26743-phuong-ben-thanh-bc-chi-thi-38.docx"
    hand3(f, "Phường Bến Thành", "PHƯỜNG BẾN THÀNH", "512/BC-UBND", "ngày 28 tháng 10 năm 2026",
          items, diffs, props, "Võ Thanh Tâm")
    FILES.append((f, key(f, "26743", "Phường Bến Thành", "512/BC-UBND", "2026-10-28", keys, diffs, props)))

    # ---- Phường Gia Định
    items = [
        dict(title="Tuyên truyền",
             body="Phường tổ chức 01 hội nghị phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng cho 120 lượt hộ kinh doanh; đăng 09 tin, bài trên trang thông tin điện tử và nhóm Zalo các khu phố.",
             han="", st=DONE),
        dict(title="Kiểm tra cân, đo tại chợ và cửa hàng",
             body="Thực hiện 03 cuộc kiểm tra tại 27 cơ sở; có 02 cơ sở vi phạm, xử phạt 9.000.000 đồng.",
             han="Một số hộ kinh doanh dùng cân không rõ nguồn gốc.", st=GOON),
        dict(title="Hệ thống quản lý chất lượng ISO",
             body="Phường đang rà soát lại danh mục quy trình theo bộ thủ tục hành chính mới.",
             han="", st="Đánh giá nội bộ vào tháng 11/2026 theo kế hoạch, sau đó công bố lại."),
        dict(title="Truy xuất nguồn gốc hàng hóa",
             body="Chưa thực hiện.",
             han="Phường chưa nắm được cách thức hướng dẫn cơ sở.", st="Sẽ bắt đầu khi có tài liệu hướng dẫn của Chi cục."),
        dict(title="Khen thưởng người tố giác vi phạm",
             body="Không có.",
             han="", st="Không có (trên địa bàn không phát sinh)."),
    ]
    keys = [E("II.1.a", "completed", items[0]["body"], training_courses=1, participants=120, communications=9),
            E("II.5.c", "in_progress", items[1]["body"], inspections=3, establishments_inspected=27, violations=2, fines_vnd=9000000),
            E("II.2.đ", "in_progress", items[2]["body"]),
            E("II.2.a", "not_started", items[3]["body"]),
            E("II.5.d", "not_applicable", items[4]["body"])]
    diffs = ["Phường chưa có công chức có chuyên môn về đo lường."]
    props = ["Đề nghị Chi cục tổ chức tập huấn về truy xuất nguồn gốc cho công chức phường."]
    f = "26944-gia-dinh-bc-tdc-2026.docx"
    hand3(f, "Phường Gia Định", "PHƯỜNG GIA ĐỊNH", "377/BC-UBND", "ngày 20 tháng 10 năm 2026",
          items, diffs, props, "Đặng Quốc Huy")
    FILES.append((f, key(f, "26944", "Phường Gia Định", "377/BC-UBND", "2026-10-20", keys, diffs, props)))

    # ---- Phường Phú Nhuận (untidy: one task without "Thời gian tới")
    items = [
        dict(title="Vận động tham dự Giải thưởng Chất lượng Quốc gia",
             body="Đăng 03 tin, bài giới thiệu Giải thưởng Chất lượng Quốc gia; trực tiếp hướng dẫn 06 doanh nghiệp về tiêu chí, hồ sơ tham dự.",
             han="", st=DONE),
        dict(title="Hướng dẫn doanh nghiệp áp dụng tiêu chuẩn, công bố chất lượng",
             body="Hướng dẫn 08 doanh nghiệp, hộ kinh doanh thực hiện công bố chất lượng sản phẩm và ghi nhãn hàng hóa.",
             han="Doanh nghiệp nhỏ chưa quan tâm.", st=GOON),
        dict(title="Nâng cao năng lực công chức",
             body="Có 03 lượt công chức tham dự lớp tập huấn do Chi cục tổ chức.",
             han="", st=DONE),
        dict(title="Kiểm tra về đo lường, chất lượng",
             body="Phường kiểm tra 04 cuộc tại 33 cơ sở, phát hiện 03 cơ sở vi phạm, xử phạt 14,25 triệu đồng.",
             han="", st=DONE),
        dict(title="Phối hợp khảo sát chất lượng hàng hóa",
             body="Phối hợp Chi cục lấy 06 mẫu xăng dầu, mũ bảo hiểm tại các cửa hàng trên địa bàn để khảo sát chất lượng.",
             han="Phường chưa nhận được kết quả khảo sát.", st=None),
    ]
    keys = [E("II.1.b", "completed", items[0]["body"], communications=3, enterprises_supported=6),
            E("II.2.d", "in_progress", items[1]["body"], enterprises_supported=8),
            E("II.3.a", "completed", items[2]["body"], participants=3),
            E("II.5.c", "completed", items[3]["body"], inspections=4, establishments_inspected=33, violations=3, fines_vnd=14250000),
            E("II.5.b", "unknown", items[4]["body"], samples_tested=6)]
    diffs = ["Báo cáo gửi chậm do phường đang tổng hợp số liệu từ 14 khu phố.",
             "Chưa có phần mềm theo dõi cơ sở kinh doanh có sử dụng phương tiện đo."]
    props = ["Đề nghị Chi cục thông báo kết quả khảo sát chất lượng cho phường để theo dõi."]
    f = "27073-phu-nhuan-bao-cao-tieu-chuan-do-luong.docx"
    hand3(f, "Phường Phú Nhuận", "PHƯỜNG PHÚ NHUẬN", "290/BC-UBND", "ngày 02 tháng 11 năm 2026",
          items, diffs, props, "Lâm Thị Ngọc Hà")
    FILES.append((f, key(f, "27073", "Phường Phú Nhuận", "290/BC-UBND", "2026-11-02", keys, diffs, props)))

    # ---- Phường Bình Thạnh
    items = [
        dict(title="Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng",
             body="Tổ chức 01 lớp tuyên truyền cho hộ kinh doanh tại chợ Bà Chiểu, có 85 lượt người tham dự.",
             han="", st=DONE),
        dict(title="Kiểm tra",
             body="Kiểm tra 02 cuộc tại 18 cơ sở, 01 cơ sở vi phạm bị xử phạt 3,5 triệu đồng.",
             han="", st="Phường tiếp tục kiểm tra theo kế hoạch đến cuối năm."),
        dict(title="Giới thiệu doanh nghiệp tham gia chương trình năng suất",
             body="Giới thiệu 02 doanh nghiệp cơ khí tham gia chương trình hỗ trợ nâng cao năng suất, chất lượng của Thành phố.",
             han="", st=GOON),
        dict(title="ISO 9001",
             body="Phường đã công bố lại Hệ thống quản lý chất lượng ngày 05/9/2026.",
             han="", st=DONE),
        dict(title="Bồi dưỡng công chức",
             body="Cử 02 công chức dự lớp tập huấn ngày 19/6/2026.",
             han="", st=DONE),
    ]
    keys = [E("II.1.a", "completed", items[0]["body"], training_courses=1, participants=85),
            E("II.5.c", "in_progress", items[1]["body"], inspections=2, establishments_inspected=18, violations=1, fines_vnd=3500000),
            E("II.2.a", "in_progress", items[2]["body"], enterprises_supported=2),
            E("II.2.đ", "completed", items[3]["body"]),
            E("II.3.a", "completed", items[4]["body"], participants=2)]
    diffs = ["Việc xác định thẩm quyền xử phạt của phường đối với một số hành vi về đo lường còn lúng túng."]
    props = ["Đề nghị Phòng Kiểm tra – Pháp chế Sở có văn bản hướng dẫn thẩm quyền xử phạt cấp phường.",
             "Đề nghị Chi cục hỗ trợ cân đối chứng cho chợ Bà Chiểu."]
    f = "26929-binh-thanh-bc.docx"
    hand3(f, "Phường Bình Thạnh", "PHƯỜNG BÌNH THẠNH", "433/BC-UBND", "ngày 29 tháng 10 năm 2026",
          items, diffs, props, "Nguyễn Hữu Lộc")
    FILES.append((f, key(f, "26929", "Phường Bình Thạnh", "433/BC-UBND", "2026-10-29", keys, diffs, props)))

# =========================================================================
# HAND 5 — Võ Thị Hồng, coastal / island units: sections by the PLACE where the
# work happened ("Tại chợ …", "Tại Bộ phận Một cửa …"), each closed by a
# "Nhìn chung, …" verdict line; a "Tính chung" sentence when one job spans places.
# =========================================================================
def hand5(fname, uname, upper, so, place_date, intro, sections, tinh_chung, diffs, props, signer):
    d = new_doc(13)
    header(d, ("ỦY BAN NHÂN DÂN", upper), "Số: " + so, place_date)
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", indent=False)
    para(d, "Về việc thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026", bold=True, align="c", indent=False)
    para(d, intro, align="j")
    para(d, "I. KẾT QUẢ TẠI CÁC ĐỊA ĐIỂM, ĐỐI TƯỢNG", bold=True, indent=False)
    for i, s in enumerate(sections, 1):
        para(d, f"{i}. {s['place']}", bold=True, italic=True, indent=False)
        para(d, s["body"], align="j")
        if s.get("verdict"):
            para(d, s["verdict"], align="j", italic=True)
    if tinh_chung:
        p = para(d, "", align="j"); runs(p, [("Tính chung: ", "b"), (tinh_chung, "")])
    para(d, "II. KHÓ KHĂN", bold=True, indent=False)
    for x in diffs: para(d, "+ " + x, align="j")
    para(d, "III. KIẾN NGHỊ", bold=True, indent=False)
    for x in props: para(d, "+ " + x, align="j")
    signature(d, ["- Chi cục TĐC TP.HCM;", "- Lưu: VT."], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer)
    d.save(os.path.join(OUT, fname))

def H5_files():
    # ---- Đặc khu Côn Đảo
    S = [
        dict(place="Tại chợ Côn Đảo",
             body="Đặc khu tổ chức 02 cuộc kiểm tra đo lường tại chợ, kiểm tra 21 hộ kinh doanh; phát hiện 02 hộ sử dụng cân thiếu, xử phạt 3.000.000 đồng. Phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm kiểm định 28 cân cho tiểu thương.",
             verdict="Nhìn chung, việc kiểm tra tại chợ năm nay đã làm xong."),
        dict(place="Tại các cửa hàng xăng dầu",
             body="01 cuộc kiểm tra tại 03 cửa hàng xăng dầu, không phát hiện vi phạm về đo lường.",
             verdict="Nhìn chung, đã xong."),
        dict(place="Tại các cơ sở chế biến hải sản khô, đặc sản",
             body="Hướng dẫn 07 cơ sở ghi nhãn hàng hóa, tự công bố sản phẩm hạt bàng, hải sản khô.",
             verdict="Nhìn chung, việc hướng dẫn vẫn đang tiếp tục vì còn nhiều cơ sở mới."),
        dict(place="Tại Trung tâm Phục vụ hành chính công đặc khu",
             body="Xây dựng, áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho các thủ tục hành chính của đặc khu.",
             verdict="Nhìn chung, đặc khu đã xây dựng xong và công bố Hệ thống ngày 15/9/2026."),
        dict(place="Tại Hội trường và trên Đài Truyền thanh - Truyền hình đặc khu",
             body="Tổ chức 01 hội nghị tuyên truyền về đo lường, chất lượng cho 72 đại biểu là tiểu thương, chủ cơ sở lưu trú; phát 05 tin, bài trên Đài.",
             verdict="Nhìn chung, công tác tuyên truyền đã thực hiện xong theo kế hoạch năm."),
        dict(place="Tại các lớp tập huấn trong đất liền",
             body="Do đi lại bằng tàu, máy bay khó khăn và chi phí lớn, đặc khu chưa cử được cán bộ tham dự lớp tập huấn của Chi cục.",
             verdict="Nhìn chung, việc này đặc khu chưa thực hiện."),
    ]
    tc = "năm 2026 đặc khu đã kiểm tra 03 cuộc tại 24 cơ sở, 02 cơ sở vi phạm, tổng số tiền phạt 3.000.000 đồng."
    keys = [E("II.5.c", "completed", S[0]["body"] + " " + S[1]["body"] + " Tính chung: " + tc,
              inspections=3, establishments_inspected=24, violations=2, fines_vnd=3000000, instruments_verified=28),
            E("II.2.d", "in_progress", S[2]["body"], enterprises_supported=7),
            E("II.2.đ", "completed", S[3]["body"]),
            E("II.1.a", "completed", S[4]["body"], training_courses=1, participants=72, communications=5),
            E("II.3.a", "not_started", S[5]["body"])]
    diffs = ["Đặc khu cách xa đất liền, việc tham dự tập huấn và mời đơn vị kiểm định ra đảo tốn kém.",
             "Thời tiết mùa gió chướng làm gián đoạn kế hoạch kiểm tra."]
    props = ["Đề nghị Chi cục tổ chức lớp tập huấn trực tuyến hoặc tại chỗ cho công chức đặc khu.",
             "Đề nghị Chi cục bố trí đợt kiểm định phương tiện đo tại đặc khu 02 lần/năm."]
    f = "26732-dac-khu-con-dao-bc-ct38.docx"
    hand5(f, "Đặc khu Côn Đảo", "ĐẶC KHU CÔN ĐẢO", "167/BC-UBND", "Côn Đảo, ngày 24 tháng 10 năm 2026",
          "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân Đặc khu Côn Đảo báo cáo kết quả theo từng địa điểm, đối tượng như sau:",
          S, tc, diffs, props, "Huỳnh Văn Lực")
    FILES.append((f, key(f, "26732", "Đặc khu Côn Đảo", "167/BC-UBND", "2026-10-24", keys, diffs, props)))

    # ---- Phường Vũng Tàu
    S = [
        dict(place="Tại chợ Vũng Tàu và chợ Bến Đình",
             body="Phường kiểm tra 03 cuộc tại 30 hộ kinh doanh; 03 hộ vi phạm về cân, xử phạt 7.500.000 đồng.",
             verdict="Nhìn chung, phường đang tiếp tục kiểm tra định kỳ."),
        dict(place="Tại các cửa hàng vàng bạc, xăng dầu",
             body="Kiểm tra 02 cuộc tại 09 cơ sở; 01 cơ sở vi phạm, xử phạt 5.000.000 đồng.",
             verdict="Nhìn chung, đang tiếp tục."),
        dict(place="Tại các khách sạn, nhà hàng ven biển",
             body="Giới thiệu, vận động 04 doanh nghiệp du lịch tìm hiểu, đăng ký Giải thưởng Chất lượng Quốc gia.",
             verdict="Nhìn chung, việc vận động đã thực hiện xong."),
        dict(place="Tại Bộ phận Một cửa (Trung tâm Phục vụ hành chính công phường)",
             body="Cập nhật Hệ thống quản lý chất lượng ISO 9001:2015 sau sắp xếp; kinh phí đã sử dụng 16.800.000 đồng.",
             verdict="Nhìn chung, đang thực hiện, chưa công bố lại."),
        dict(place="Tại Hội trường phường",
             body="Tổ chức 01 hội nghị phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng với 110 đại biểu tham dự.",
             verdict="Nhìn chung, đã hoàn thành."),
    ]
    tc = "phường đã kiểm tra 05 cuộc tại 39 cơ sở, 04 cơ sở vi phạm, xử phạt 12.500.000 đồng."
    keys = [E("II.5.c", "in_progress", S[0]["body"] + " " + S[1]["body"] + " Tính chung: " + tc,
              inspections=5, establishments_inspected=39, violations=4, fines_vnd=12500000),
            E("II.1.b", "completed", S[2]["body"], enterprises_supported=4),
            E("II.2.đ", "in_progress", S[3]["body"], budget_spent_vnd=16800000),
            E("II.1.a", "completed", S[4]["body"], training_courses=1, participants=110)]
    diffs = ["Mùa du lịch lượng hàng hóa, cơ sở kinh doanh tăng nhanh, lực lượng kiểm tra của phường không đủ."]
    props = ["Đề nghị Chi cục phối hợp kiểm tra đo lường tại các chợ du lịch trong dịp cao điểm hè."]
    f = "26506-vung-tau-bc-kh38.docx"
    hand5(f, "Phường Vũng Tàu", "PHƯỜNG VŨNG TÀU", "446/BC-UBND", "Vũng Tàu, ngày 29 tháng 10 năm 2026",
          "Ủy ban nhân dân Phường Vũng Tàu báo cáo kết quả thực hiện các nội dung về tiêu chuẩn, đo lường, chất lượng năm 2026 như sau:",
          S, tc, diffs, props, "Lê Thị Thu Hằng")
    FILES.append((f, key(f, "26506", "Phường Vũng Tàu", "446/BC-UBND", "2026-10-29", keys, diffs, props)))

    # ---- Xã Cần Giờ (one section without verdict)
    S = [
        dict(place="Tại chợ Cần Thạnh",
             body="Xã tổ chức 02 cuộc kiểm tra tại 16 hộ kinh doanh hải sản; 01 hộ vi phạm về cân, xử phạt 1.500.000 đồng.",
             verdict="Nhìn chung, việc này đã xong."),
        dict(place="Tại các cơ sở sản xuất nước mắm, khô cá",
             body="Hỗ trợ 03 cơ sở lập hồ sơ, gắn tem truy xuất nguồn gốc cho sản phẩm.",
             verdict="Nhìn chung, đang làm tiếp cho các cơ sở còn lại."),
        dict(place="Tại trụ sở Ủy ban nhân dân xã",
             body="Hệ thống quản lý chất lượng ISO 9001:2015 của xã cần rà soát lại sau hợp nhất.",
             verdict="Nhìn chung, xã chưa bắt đầu việc rà soát."),
        dict(place="Tại các lớp tập huấn của Chi cục",
             body="Cử 02 công chức dự lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng.",
             verdict="Nhìn chung, đã hoàn thành."),
        dict(place="Tại nhà văn hóa các ấp",
             body="Tổ chức 03 hội nghị tuyên truyền tại 03 ấp Thạnh Bình, Long Thạnh, Hưng Thạnh với 146 lượt người dân, tiểu thương tham dự.",
             verdict=None),
    ]
    keys = [E("II.5.c", "completed", S[0]["body"], inspections=2, establishments_inspected=16, violations=1, fines_vnd=1500000),
            E("II.2.a", "in_progress", S[1]["body"], enterprises_supported=3),
            E("II.2.đ", "not_started", S[2]["body"]),
            E("II.3.a", "completed", S[3]["body"], participants=2),
            E("II.1.a", "unknown", S[4]["body"], training_courses=3, participants=146)]
    diffs = ["Cơ sở sản xuất chủ yếu là hộ gia đình, chưa quen sử dụng điện thoại thông minh để truy xuất nguồn gốc."]
    props = ["Đề nghị Chi cục hỗ trợ xã in tem truy xuất nguồn gốc cho sản phẩm nước mắm Cần Giờ."]
    f = "27664-xa-can-gio-bc.docx"
    hand5(f, "Xã Cần Giờ", "XÃ CẦN GIỜ", "198/BC-UBND", "Cần Giờ, ngày 21 tháng 10 năm 2026",
          "Thực hiện chỉ đạo của Sở Khoa học và Công nghệ, Ủy ban nhân dân Xã Cần Giờ báo cáo kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026:",
          S, None, diffs, props, "Trần Văn Nhân")
    FILES.append((f, key(f, "27664", "Xã Cần Giờ", "198/BC-UBND", "2026-10-21", keys, diffs, props)))

# =========================================================================
# HAND 2 — Phạm Ngọc Hân, văn thư - kế toán, wards of former Bình Dương (XLSX).
# Sheet named after the ward without diacritics, column A left empty; binary
# status "Hoàn thành / Chưa hoàn thành" plus a "Lý do" column telling in-progress
# from not-started; one main figure in "Số lượng" + "ĐVT"; money "8.750.000đ".
# =========================================================================
def hand2(fname, sheet, upper, so, place_date, title, rows, diffs, props, signer):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    widths = {"A": 2, "B": 5, "C": 30, "D": 52, "E": 11, "F": 9, "G": 14, "H": 30}
    for k, v in widths.items(): ws.column_dimensions[k].width = v
    ws.merge_cells("B2:D2"); put(ws, "B2", "UBND " + upper, bold=True, align=CEN)
    ws.merge_cells("E2:H2"); put(ws, "E2", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align=CEN)
    ws.merge_cells("B3:D3"); put(ws, "B3", "Số: " + so, align=CEN)
    ws.merge_cells("E3:H3"); put(ws, "E3", "Độc lập - Tự do - Hạnh phúc", bold=True, align=CEN)
    ws.merge_cells("E4:H4"); put(ws, "E4", place_date, italic=True, align=CEN)
    ws.merge_cells("B6:H6"); put(ws, "B6", title, bold=True, align=CEN, size=13)
    ws.row_dimensions[6].height = 36
    hdr = ["STT", "Công việc", "Phường đã thực hiện", "Số lượng", "ĐVT", "Hoàn thành/ Chưa hoàn thành", "Lý do (nếu chưa hoàn thành)/ Ghi chú"]
    for i, h in enumerate(hdr):
        put(ws, f"{get_column_letter(i+2)}8", h, bold=True, align=CEN, border=True)
    ws.row_dimensions[8].height = 45
    r = 9
    for i, row in enumerate(rows, 1):
        vals = [i, row["title"], row["body"], row.get("n"), row.get("u"), row.get("g"), row.get("h")]
        for j, v in enumerate(vals):
            ref = f"{get_column_letter(j+2)}{r}"
            fmt = '#,##0"đ"' if (j == 3 and row.get("u") == "đồng") else None
            put(ws, ref, v, align=WRAP if j in (1, 2, 6) else CEN, border=True, fmt=fmt)
        r += 1
    r += 1
    put(ws, f"B{r}", "KHÓ KHĂN, VƯỚNG MẮC:", bold=True); r += 1
    for i, x in enumerate(diffs, 1):
        ws.merge_cells(f"B{r}:H{r}"); put(ws, f"B{r}", f"{i}. {x}", align=WRAP); r += 1
    put(ws, f"B{r}", "ĐỀ XUẤT:", bold=True); r += 1
    for i, x in enumerate(props, 1):
        ws.merge_cells(f"B{r}:H{r}"); put(ws, f"B{r}", f"{i}. {x}", align=WRAP); r += 1
    r += 1
    put(ws, f"C{r}", "NGƯỜI LẬP BIỂU", bold=True, align=CEN)
    ws.merge_cells(f"F{r}:H{r}"); put(ws, f"F{r}", "KT. CHỦ TỊCH", bold=True, align=CEN)
    ws.merge_cells(f"F{r+1}:H{r+1}"); put(ws, f"F{r+1}", "PHÓ CHỦ TỊCH", bold=True, align=CEN)
    put(ws, f"C{r+5}", "Phạm Ngọc Hân", align=CEN)
    ws.merge_cells(f"F{r+5}:H{r+5}"); put(ws, f"F{r+5}", signer, bold=True, align=CEN)
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fname))

HT, CHT = "Hoàn thành", "Chưa hoàn thành"

def H2_files():
    title = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026\n(lĩnh vực Tiêu chuẩn - Đo lường - Chất lượng)"
    # ---- Phường Thuận An
    rows = [
        dict(title="Tuyên truyền, phổ biến pháp luật về TC-ĐL-CL", body="Tổ chức 01 hội nghị phổ biến Luật Đo lường, Luật Chất lượng sản phẩm, hàng hóa cho doanh nghiệp trên địa bàn, 96 đại biểu tham dự; đăng 07 tin bài trên fanpage phường.", n=1, u="hội nghị", g=HT),
        dict(title="Hỗ trợ DN công bố hợp quy, mã số mã vạch", body="Hướng dẫn 12 doanh nghiệp thủ tục công bố hợp quy, đăng ký mã số mã vạch.", n=12, u="DN", g=HT),
        dict(title="Vận động DN tham dự Giải thưởng CLQG", body="Gửi thư mời, vận động 08 doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia năm 2026.", n=8, u="DN", g=CHT, h="Đang tiếp tục vận động, hạn nộp hồ sơ đến hết tháng 11"),
        dict(title="Kiểm tra đo lường tại chợ, cửa hàng", body="Kiểm tra tại chợ Lái Thiêu, chợ Búng và các cửa hàng xăng dầu: 04 cuộc, 36 cơ sở; phát hiện 05 cơ sở vi phạm, xử phạt 8.750.000đ.", n=4, u="cuộc", g=CHT, h="Còn 01 đợt kiểm tra cuối năm (tháng 12), đang thực hiện"),
        dict(title="Duy trì ISO 9001:2015 tại UBND phường", body="Duy trì, cập nhật HTQLCL sau sắp xếp; chi thuê tư vấn.", n=22000000, u="đồng", g=HT),
        dict(title="Tập huấn cán bộ phường", body="Cử 04 công chức dự lớp tập huấn của Chi cục TĐC.", n=4, u="người", g=HT),
        dict(title="Bảo vệ, khen thưởng người tố giác vi phạm", body="Không có", g=None, h="Không phát sinh"),
    ]
    keys = [E("II.1.a", "completed", rows[0]["body"], training_courses=1, participants=96, communications=7),
            E("II.2.d", "completed", rows[1]["body"], enterprises_supported=12),
            E("II.1.b", "in_progress", rows[2]["body"], enterprises_supported=8),
            E("II.5.c", "in_progress", rows[3]["body"], inspections=4, establishments_inspected=36, violations=5, fines_vnd=8750000),
            E("II.2.đ", "completed", rows[4]["body"], budget_spent_vnd=22000000),
            E("II.3.a", "completed", rows[5]["body"], participants=4),
            E("II.5.d", "not_applicable", "Không có")]
    diffs = ["Phường mới sắp xếp, danh sách cơ sở kinh doanh có sử dụng phương tiện đo chưa được cập nhật đầy đủ.",
             "Công chức phụ trách kiêm nhiệm kế toán nên thời gian dành cho công tác kiểm tra hạn chế."]
    props = ["Đề nghị Chi cục cung cấp danh sách cơ sở kinh doanh xăng dầu, vàng bạc trên địa bàn phường Thuận An.",
             "Đề nghị tăng số lớp tập huấn cho công chức phường, xã khu vực Bình Dương cũ."]
    f = "25978-thuan-an-bieu-bc-ct38.xlsx"
    hand2(f, "P.Thuan An", "PHƯỜNG THUẬN AN", "318/BC-UBND", "Thuận An, ngày 26 tháng 10 năm 2026",
          title, rows, diffs, props, "Nguyễn Thành Trung")
    FILES.append((f, key(f, "25978", "Phường Thuận An", "318/BC-UBND", "2026-10-26", keys, diffs, props)))

    # ---- Phường Dĩ An
    rows = [
        dict(title="Tập huấn ghi nhãn hàng hóa cho DN, hộ KD", body="Phối hợp Chi cục TĐC tổ chức 02 lớp tập huấn ghi nhãn hàng hóa, 140 lượt doanh nghiệp, hộ kinh doanh tham dự.", n=2, u="lớp", g=HT),
        dict(title="Hỗ trợ truy xuất nguồn gốc", body="Mới khảo sát nhu cầu của các cơ sở.", g=CHT, h="Chưa triển khai do chưa có kinh phí hỗ trợ"),
        dict(title="Kiểm tra đo lường, chất lượng", body="Kiểm tra 06 cuộc tại 48 cơ sở (xăng dầu, vàng bạc, chợ Dĩ An); 02 cơ sở vi phạm, xử phạt 12.500.000đ; phối hợp kiểm định 57 cân tại chợ.", n=6, u="cuộc", g=HT),
        dict(title="Phối hợp khảo sát chất lượng hàng hóa", body="Phối hợp Chi cục lấy 10 mẫu xăng dầu, mũ bảo hiểm để khảo sát chất lượng.", n=10, u="mẫu", g=HT),
        dict(title="Cử cán bộ tập huấn", body="Cử 02 công chức tham dự lớp tập huấn nghiệp vụ.", n=2, u="người", g=HT),
        dict(title="ISO 9001 tại phường", body="Xây dựng lại HTQLCL sau sáp nhập.", g=CHT, h="Đang xây dựng, dự kiến công bố tháng 12/2026"),
    ]
    keys = [E("II.1.a", "completed", rows[0]["body"], training_courses=2, participants=140),
            E("II.2.a", "not_started", rows[1]["body"]),
            E("II.5.c", "completed", rows[2]["body"], inspections=6, establishments_inspected=48, violations=2, fines_vnd=12500000, instruments_verified=57),
            E("II.5.b", "completed", rows[3]["body"], samples_tested=10),
            E("II.3.a", "completed", rows[4]["body"], participants=2),
            E("II.2.đ", "in_progress", rows[5]["body"])]
    diffs = ["Kinh phí cho hoạt động hỗ trợ truy xuất nguồn gốc chưa được bố trí."]
    props = ["Đề nghị Sở Khoa học và Công nghệ hướng dẫn nguồn kinh phí hỗ trợ truy xuất nguồn gốc cho cấp phường.",
             "Đề nghị Chi cục gửi kết quả khảo sát chất lượng mẫu đã lấy trên địa bàn phường."]
    f = "25942-di-an-bc-tdc.xlsx"
    hand2(f, "P.Di An", "PHƯỜNG DĨ AN", "274/BC-UBND", "Dĩ An, ngày 29 tháng 10 năm 2026",
          title, rows, diffs, props, "Bùi Văn Khánh")
    FILES.append((f, key(f, "25942", "Phường Dĩ An", "274/BC-UBND", "2026-10-29", keys, diffs, props)))

    # ---- Xã Bàu Bàng
    rows = [
        dict(title="Tuyên truyền", body="Đăng 04 tin bài trên trang thông tin điện tử xã, thông tin trên loa truyền thanh các ấp.", n=4, u="tin bài", g=HT),
        dict(title="Hướng dẫn DN công bố chất lượng", body="Hướng dẫn 06 doanh nghiệp trên địa bàn về công bố hợp chuẩn, hợp quy.", n=6, u="DN", g=CHT, h="Đang tiếp tục hướng dẫn theo nhu cầu doanh nghiệp"),
        dict(title="Kiểm tra đo lường", body="Kiểm tra 03 cuộc tại 19 cơ sở kinh doanh, chưa phát hiện vi phạm.", n=3, u="cuộc", g=HT),
        dict(title="Hỗ trợ truy xuất nguồn gốc nông sản", body="Hỗ trợ 03 trang trại chăn nuôi gắn mã truy xuất nguồn gốc sản phẩm.", n=3, u="trang trại", g=HT),
        dict(title="Cử cán bộ tập huấn", body="Cử 01 công chức tham dự.", n=1, u="người", g=None, h=None),
    ]
    keys = [E("II.1.a", "completed", rows[0]["body"], communications=4),
            E("II.2.d", "in_progress", rows[1]["body"], enterprises_supported=6),
            E("II.5.c", "completed", rows[2]["body"], inspections=3, establishments_inspected=19),
            E("II.2.a", "completed", rows[3]["body"], enterprises_supported=3),
            E("II.3.a", "unknown", rows[4]["body"], participants=1)]
    diffs = ["Xã chưa có công chức chuyên trách lĩnh vực khoa học công nghệ."]
    props = ["Đề nghị Chi cục tổ chức tập huấn tại chỗ cho các xã phía Bắc (Bàu Bàng, Trừ Văn Thố, Minh Thạnh)."]
    f = "25822-bau-bang-bieu-38.xlsx"
    hand2(f, "X.Bau Bang", "XÃ BÀU BÀNG", "133/BC-UBND", "Bàu Bàng, ngày 23 tháng 10 năm 2026",
          title.replace("(lĩnh vực", "(lĩnh vực").replace("Phường", "Xã"), rows, diffs, props, "Võ Minh Đức")
    FILES.append((f, key(f, "25822", "Xã Bàu Bàng", "133/BC-UBND", "2026-10-23", keys, diffs, props)))

    # ---- Phường Bến Cát: MISTAKEN (chuyển đổi số)
    rows = [
        dict(title="Tỷ lệ hồ sơ TTHC trực tuyến toàn trình", body="Đạt 78% hồ sơ tiếp nhận trực tuyến toàn trình.", n=78, u="%", g=CHT, h="Chỉ tiêu 80%, đang tiếp tục"),
        dict(title="Tài khoản định danh điện tử VNeID mức 2", body="Hỗ trợ người dân kích hoạt 3.412 tài khoản.", n=3412, u="tài khoản", g=HT),
        dict(title="Số hóa hồ sơ, kết quả giải quyết TTHC", body="Số hóa 5.960 hồ sơ.", n=5960, u="hồ sơ", g=HT),
        dict(title="Tổ công nghệ số cộng đồng", body="Duy trì 12 tổ tại 12 khu phố.", n=12, u="tổ", g=HT),
    ]
    diffs = ["Đường truyền tại Bộ phận Một cửa chập chờn."]
    props = ["Đề nghị nâng cấp đường truyền cho Trung tâm Phục vụ hành chính công phường."]
    f = "25813-ben-cat-bc-quy3.xlsx"
    hand2(f, "P.Ben Cat", "PHƯỜNG BẾN CÁT", "287/BC-UBND", "Bến Cát, ngày 14 tháng 10 năm 2026",
          "BÁO CÁO KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ QUÝ III NĂM 2026", rows, diffs, props, "Lý Văn Sơn")
    FILES.append((f, key(f, "25813", "Phường Bến Cát", "287/BC-UBND", "2026-10-14", [], [], [],
                         status="rejected",
                         reason="Không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW: báo cáo kết quả chuyển đổi số quý III/2026 gửi nhầm")))

# =========================================================================
# HAND 4 — Trần Minh Khoa, outer communes (XLSX): a Word report pasted into
# Excel as three columns "Nội dung KH của xã | Kết quả thực hiện | Nhận xét";
# result cells of "- " lines (Alt+Enter); "Nhận xét" joins a grade with the state
# ("Tốt – đã xong", "Khá – đang làm tiếp", a bare "Khá" with no state); "3,75 triệu".
# =========================================================================
def hand4(fname, upper, so, place_date, rows, diffs, props, signer, sheet="BC"):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    for k, v in {"A": 5, "B": 34, "C": 58, "D": 20}.items(): ws.column_dimensions[k].width = v
    ws.merge_cells("A1:B1"); put(ws, "A1", "ỦY BAN NHÂN DÂN", align=CEN)
    ws.merge_cells("A2:B2"); put(ws, "A2", upper, bold=True, align=CEN)
    ws.merge_cells("C1:D1"); put(ws, "C1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align=CEN)
    ws.merge_cells("C2:D2"); put(ws, "C2", "Độc lập - Tự do - Hạnh phúc", bold=True, align=CEN)
    ws.merge_cells("A3:B3"); put(ws, "A3", "Số: " + so, align=CEN)
    ws.merge_cells("C3:D3"); put(ws, "C3", place_date, italic=True, align=CEN)
    ws.merge_cells("A5:D5"); put(ws, "A5", "BÁO CÁO", bold=True, align=CEN, size=14)
    ws.merge_cells("A6:D6"); put(ws, "A6", "Kết quả thực hiện nhiệm vụ về tiêu chuẩn, đo lường, chất lượng năm 2026 theo Kế hoạch triển khai Chỉ thị 38-CT/TW", bold=True, align=CEN)
    ws.row_dimensions[6].height = 33
    for i, h in enumerate(["TT", "Nội dung KH của xã", "Kết quả thực hiện", "Nhận xét"]):
        put(ws, f"{'ABCD'[i]}8", h, bold=True, align=CEN, border=True)
    r = 9
    for i, row in enumerate(rows, 1):
        put(ws, f"A{r}", i, align=CEN, border=True)
        put(ws, f"B{r}", row["title"], align=WRAP, border=True)
        put(ws, f"C{r}", "\n".join(row["lines"]), align=WRAP, border=True)
        put(ws, f"D{r}", row.get("nx"), align=WRAP, border=True)
        ws.row_dimensions[r].height = 17 * max(2, len(row["lines"]))
        r += 1
    r += 1
    ws.merge_cells(f"A{r}:D{r}"); put(ws, f"A{r}", "* Khó khăn, vướng mắc:", bold=True, italic=True); r += 1
    for x in diffs:
        ws.merge_cells(f"A{r}:D{r}"); put(ws, f"A{r}", "- " + x, align=WRAP); ws.row_dimensions[r].height = 32; r += 1
    ws.merge_cells(f"A{r}:D{r}"); put(ws, f"A{r}", "* Kiến nghị:", bold=True, italic=True); r += 1
    for x in props:
        ws.merge_cells(f"A{r}:D{r}"); put(ws, f"A{r}", "- " + x, align=WRAP); ws.row_dimensions[r].height = 32; r += 1
    r += 1
    ws.merge_cells(f"C{r}:D{r}"); put(ws, f"C{r}", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", bold=True, align=CEN)
    ws.row_dimensions[r].height = 50
    ws.merge_cells(f"C{r+4}:D{r+4}"); put(ws, f"C{r+4}", signer, bold=True, align=CEN)
    put(ws, f"A{r}", "Nơi nhận:", bold=True, italic=True, size=11)
    put(ws, f"A{r+1}", "- Chi cục TĐC;", size=11); put(ws, f"A{r+2}", "- Lưu: VT.", size=11)
    wb.save(os.path.join(OUT, fname))

def H4_files():
    # ---- Xã Củ Chi
    rows = [
        dict(title="Tuyên truyền, phổ biến pháp luật về TĐC", lines=["- Phát trên loa truyền thanh xã hàng tuần", "- Tổ chức 01 buổi tập huấn cho 58 lượt hộ sản xuất, kinh doanh", "- Đăng 06 tin trên trang thông tin điện tử xã"], nx="Tốt – đã xong"),
        dict(title="Hỗ trợ cơ sở truy xuất nguồn gốc (bò sữa, rau an toàn)", lines=["- Hỗ trợ 05 cơ sở được cấp mã truy xuất nguồn gốc"], nx="Khá – đang làm tiếp"),
        dict(title="Kiểm tra đo lường, chất lượng tại chợ, cửa hàng", lines=["- Kiểm tra: 03 cuộc tại 22 cơ sở", "- Vi phạm: 02 cơ sở, phạt 3,75 triệu đồng"], nx="Tốt – đã xong"),
        dict(title="Duy trì ISO 9001 tại UBND xã", lines=["- Duy trì áp dụng, đã đánh giá nội bộ tháng 7"], nx="Khá"),
        dict(title="Cử CC dự tập huấn", lines=["- Cử 02 công chức dự tập huấn ngày 19/6/2026"], nx="Đạt – xong"),
    ]
    keys = [E("II.1.a", "completed", "\n".join(rows[0]["lines"]), training_courses=1, participants=58, communications=6),
            E("II.2.a", "in_progress", rows[1]["lines"][0], enterprises_supported=5),
            E("II.5.c", "completed", "\n".join(rows[2]["lines"]), inspections=3, establishments_inspected=22, violations=2, fines_vnd=3750000),
            E("II.2.đ", "unknown", rows[3]["lines"][0]),
            E("II.3.a", "completed", rows[4]["lines"][0], participants=2)]
    diffs = ["Cơ sở chăn nuôi nhỏ lẻ chưa quan tâm việc truy xuất nguồn gốc."]
    props = ["Đề nghị Chi cục hỗ trợ chi phí tem truy xuất nguồn gốc cho hộ chăn nuôi bò sữa."]
    f = "27553-xa-cu-chi-bc-tdc-2026.xlsx"
    hand4(f, "XÃ CỦ CHI", "402/BC-UBND", "Củ Chi, ngày 27 tháng 10 năm 2026", rows, diffs, props, "Nguyễn Văn Bảy")
    FILES.append((f, key(f, "27553", "Xã Củ Chi", "402/BC-UBND", "2026-10-27", keys, diffs, props)))

    # ---- Xã Hóc Môn
    rows = [
        dict(title="Tuyên truyền cho DN, hộ KD", lines=["- Mở 02 lớp với 130 lượt người dự"], nx="Tốt – đã xong"),
        dict(title="Hướng dẫn DN công bố chất lượng sản phẩm", lines=["- Hướng dẫn 04 doanh nghiệp"], nx="Khá – đang làm tiếp"),
        dict(title="Kiểm tra đo lường tại chợ, cây xăng", lines=["- 05 cuộc kiểm tra, 40 cơ sở", "- 04 cơ sở vi phạm, phạt 11,2 triệu đồng", "- Phối hợp kiểm định 35 cân tại chợ Hóc Môn"], nx="Tốt – đã xong"),
        dict(title="Vận động DN tham dự Giải thưởng CLQG", lines=["- Chưa làm"], nx="Chưa làm (chờ hướng dẫn)"),
        dict(title="Khen thưởng người tố giác vi phạm", lines=["- Không có"], nx="Không có việc phát sinh"),
        dict(title="Cử CC dự tập huấn nghiệp vụ", lines=["- 03 lượt công chức dự tập huấn"], nx="Đạt – xong"),
    ]
    keys = [E("II.1.a", "completed", rows[0]["lines"][0], training_courses=2, participants=130),
            E("II.2.d", "in_progress", rows[1]["lines"][0], enterprises_supported=4),
            E("II.5.c", "completed", "\n".join(rows[2]["lines"]), inspections=5, establishments_inspected=40, violations=4, fines_vnd=11200000, instruments_verified=35),
            E("II.1.b", "not_started", rows[3]["lines"][0]),
            E("II.5.d", "not_applicable", rows[4]["lines"][0]),
            E("II.3.a", "completed", rows[5]["lines"][0], participants=3)]
    diffs = ["Thiếu phương tiện, dụng cụ phục vụ kiểm tra đo lường.", "Chưa nhận được hướng dẫn về Giải thưởng Chất lượng Quốc gia năm 2026."]
    props = ["Đề nghị Chi cục cấp cho xã bộ quả cân chuẩn để kiểm tra tại chợ.", "Đề nghị Chi cục gửi tài liệu hướng dẫn Giải thưởng Chất lượng Quốc gia."]
    f = "27559-hoc-mon-bc-38.xlsx"
    hand4(f, "XÃ HÓC MÔN", "215/BC-UBND", "Hóc Môn, ngày 31 tháng 10 năm 2026", rows, diffs, props, "Trương Thị Mai", sheet="Sheet1")
    FILES.append((f, key(f, "27559", "Xã Hóc Môn", "215/BC-UBND", "2026-10-31", keys, diffs, props)))

    # ---- Xã Bình Chánh
    rows = [
        dict(title="Tuyên truyền", lines=["- Đăng 08 tin, bài trên trang thông tin điện tử và Zalo OA xã"], nx="Khá – đang làm tiếp"),
        dict(title="Kiểm tra đo lường, chất lượng", lines=["- Kiểm tra 02 cuộc, 14 cơ sở kinh doanh phân bón, xăng dầu", "- Chưa phát hiện vi phạm"], nx="Khá – đang làm tiếp"),
        dict(title="Phối hợp lấy mẫu khảo sát chất lượng", lines=["- Phối hợp Chi cục lấy 08 mẫu phân bón"], nx="Tốt – đã xong"),
        dict(title="ISO 9001", lines=["- Đã công bố lại HTQLCL", "- Kinh phí đã chi: 9,6 triệu đồng"], nx="Tốt – đã xong"),
    ]
    keys = [E("II.1.a", "in_progress", rows[0]["lines"][0], communications=8),
            E("II.5.c", "in_progress", "\n".join(rows[1]["lines"]), inspections=2, establishments_inspected=14),
            E("II.5.b", "completed", rows[2]["lines"][0], samples_tested=8),
            E("II.2.đ", "completed", "\n".join(rows[3]["lines"]), budget_spent_vnd=9600000)]
    diffs = ["Nhiều cơ sở kinh doanh phân bón nhỏ lẻ, hoạt động không thường xuyên."]
    props = ["Đề nghị Chi cục thông báo kết quả khảo sát mẫu phân bón để xã tuyên truyền cho nông dân."]
    f = "27637-binh-chanh-bc.xlsx"
    hand4(f, "XÃ BÌNH CHÁNH", "388/BC-UBND", "Bình Chánh, ngày 26 tháng 10 năm 2026", rows, diffs, props, "Lê Quang Vinh")
    FILES.append((f, key(f, "27637", "Xã Bình Chánh", "388/BC-UBND", "2026-10-26", keys, diffs, props)))

# =========================================================================
def sha(p):
    return hashlib.sha256(open(p, "rb").read()).hexdigest()

def libre_resave(fname):
    import subprocess, shutil, tempfile
    ext = fname.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    subprocess.run(["libreoffice", "--headless", "--convert-to", ext, "--outdir", tmp,
                    os.path.join(OUT, fname)], check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, fname), os.path.join(OUT, fname))

if __name__ == "__main__":
    H1_files(); H2_files(); H3_files(); H4_files(); H5_files()
    for f in ("26944-gia-dinh-bc-tdc-2026.docx", "27559-hoc-mon-bc-38.xlsx"):
        libre_resave(f)
    for f, k in FILES:
        k["sha256"] = sha(os.path.join(OUT, f))
        k = json.loads(unicodedata.normalize("NFC", json.dumps(k, ensure_ascii=False)))
        with open(os.path.join(OUT, "truth", f + ".json"), "w", encoding="utf-8") as fh:
            json.dump(k, fh, ensure_ascii=False, indent=1)
    print(len(FILES), "files")
