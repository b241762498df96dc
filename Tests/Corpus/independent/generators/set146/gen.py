# -*- coding: utf-8 -*-
"""Generator for set146: money- and rate-heavy reports in five hands.
Writes the files and a preliminary key (sha256 filled in by finalize step)."""
import json, os, hashlib
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

KEYS = {}


def key(fname, unit_id, unit_name, number, date, entries, diffs, props,
        status="extracted", reason=None):
    KEYS[fname] = {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": [{"task": t, "status": s, "indicators": ind, "text": tx}
                    for (t, s, ind, tx) in entries],
        "findings": [], "difficulties": diffs, "proposals": props,
    }


# ------------------------------------------------------------------ docx helpers
def new_doc(font="Times New Roman", size=13, margins=(2, 2, 3, 1.5)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
    return d


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def cell_lines(cell, lines, bold=False, italic=False, center=True, size=None):
    cell.text = ""
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        b, i, t = bold, italic, ln
        if isinstance(ln, tuple):
            t, b, i = ln
        r = p.add_run(t)
        r.bold, r.italic = b, i
        if size:
            r.font.size = Pt(size)


def header_block(d, left, right, widths=(6.5, 9.5)):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    cell_lines(t.cell(0, 0), left)
    cell_lines(t.cell(0, 1), right)
    for i, w in enumerate(widths):
        t.cell(0, i).width = Cm(w)
    return t


def para(d, text="", bold=False, italic=False, align=None, indent=True, size=None, runs=None):
    p = d.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align not in ("c", "r"):
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    if runs is None:
        runs = [(text, bold, italic)]
    for t, b, i in runs:
        r = p.add_run(t)
        r.bold, r.italic = b, i
        if size:
            r.font.size = Pt(size)
    return p


def grid_table(d, rows, widths=None, header_bold=True, size=11):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            lines = v.split("\n") if isinstance(v, str) else [str(v)]
            cell_lines(c, lines, bold=(i == 0 and header_bold), center=(i == 0 or j == 0), size=size)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def signature(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    c = t.cell(0, 0)
    c.text = ""
    for k, ln in enumerate(left_lines):
        p = c.paragraphs[0] if k == 0 else c.add_paragraph()
        r = p.add_run(ln)
        r.font.size = Pt(11)
        if k == 0:
            r.bold, r.italic = True, True
    cell_lines(t.cell(0, 1), right_lines, bold=True)


# ================================================================== HAND 1
# Trần Minh Khoa, ward economic officer (Phòng Kinh tế): items "1)" with prose full of
# glued units ("12cs", "3đợt") and rates against the ward's own list; each item closed by an
# italic "So với kế hoạch phường: …" line (rate + state); a small money table in "trđ".
def hand1(fname, unit_id, unit_name, ward_upper, place, number, date_iso, date_words,
          intro, items, money_rows, diffs, props, signer, status="extracted", reason=None,
          title2=None, sections=None):
    d = new_doc("Times New Roman", 13)
    header_block(d, ["ỦY BAN NHÂN DÂN", (ward_upper, True, False), "———", "Số: " + number],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
                  ("Độc lập - Tự do - Hạnh phúc", True, False), "———————",
                  (place + ", " + date_words, False, True)])
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, title2 or "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW "
         "về công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c")
    para(d, "(Số liệu tính từ 01/01/2026 đến 20/10/2026)", italic=True, align="c")
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align="c")
    for t in intro:
        para(d, t, align="j")
    para(d, sections[0] if sections else "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for k, it in enumerate(items, 1):
        para(d, "%d) %s" % (k, it["title"]), bold=True, indent=False)
        for b in it["body"]:
            para(d, b, align="j")
        para(d, runs=[("So với kế hoạch phường: ", False, True), (it["rate"], True, True)])
    para(d, sections[1] if sections else "II. KINH PHÍ ĐÃ SỬ DỤNG", bold=True, indent=False)
    grid_table(d, [["TT", "Nội dung chi", "Số tiền", "Ghi chú"]] + money_rows,
               widths=(1.2, 8, 3.5, 3.3))
    para(d, sections[2] if sections else "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in diffs:
        para(d, "- " + x, align="j")
    para(d, sections[3] if sections else "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for x in props:
        para(d, "- " + x, align="j")
    para(d, "Trên đây là báo cáo của Ủy ban nhân dân %s./." % unit_name, align="j")
    signature(d, ["Nơi nhận:", "- Như trên;", "- TT. Đảng ủy phường (b/c);", "- Lưu: VT, KT."],
              ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", signer])
    d.save(os.path.join(OUT, fname))
    if status == "extracted":
        ent = [(it["task"], it["status"], it["ind"], it["text"]) for it in items]
    else:
        ent = []
    key(fname, unit_id, unit_name, number, date_iso, ent, diffs if status == "extracted" else [],
        props if status == "extracted" else [], status, reason)


def make_hand1():
    # --- Phường Chánh Phú Hòa
    it = [
        dict(title="Tuyên truyền, tập huấn cho hộ kinh doanh",
             body=["Phường phối hợp Chi cục TĐC tổ chức 01 lớp tập huấn pháp luật về đo lường, nhãn hàng hóa "
                   "cho hộ kinh doanh tại chợ Chánh Phú Hòa ngày 17/4/2026, có 86 lượt người tham dự "
                   "(86/100 lượt theo kế hoạch, đạt 86%). Đăng 06 tin bài trên Trang thông tin điện tử phường "
                   "và nhóm Zalo khu phố; kinh phí chi 12,5 trđ."],
             rate="đạt 100% – đã hoàn thành.", task="II.1.a", status="completed",
             ind={"training_courses": 1, "participants": 86, "communications": 6, "budget_spent_vnd": 12500000},
             text="01 lớp tập huấn pháp luật về đo lường, nhãn hàng hóa cho hộ kinh doanh tại chợ Chánh Phú Hòa, 86 lượt người; 06 tin bài; kinh phí 12,5 trđ"),
        dict(title="Kiểm tra đo lường tại chợ, cửa hàng xăng dầu (nội dung phân quyền cho phường)",
             body=["Tổ công tác của phường phối hợp Chi cục TĐC và Đội Quản lý thị trường kiểm tra 3đợt "
                   "(03 cuộc) tại chợ Chánh Phú Hòa, chợ Mỹ Phước và các cửa hàng xăng dầu trên tuyến ĐT741: "
                   "đã kiểm tra 12/15cs trong danh sách (80%), phát hiện 2cs vi phạm về phương tiện đo "
                   "(tỷ lệ vi phạm 2/12 ≈ 16,7%), đề nghị xử phạt tổng số tiền 4,5 trđ.",
                   "Phối hợp đơn vị kiểm định kiểm định miễn phí 24 cân đồng hồ của tiểu thương "
                   "(24/31 cân đăng ký, đạt 77,4%); duy trì 02 điểm cân đối chứng tại chợ."],
             rate="đạt 80% – đang tiếp tục thực hiện trong Quý IV.", task="II.5.c", status="in_progress",
             ind={"inspections": 3, "establishments_inspected": 12, "violations": 2, "fines_vnd": 4500000,
                  "instruments_verified": 24},
             text="kiểm tra 3đợt (03 cuộc), 12/15cs, 2cs vi phạm, xử phạt 4,5 trđ; kiểm định 24 cân"),
        dict(title="Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015",
             body=["Phường đã rà soát, cập nhật quy trình ISO cho 118/118 thủ tục hành chính (100%), "
                   "đánh giá nội bộ xong ngày 25/9/2026; kinh phí duy trì, tư vấn 18,6 trđ."],
             rate="đạt 100% – đã hoàn thành.", task="II.2.đ", status="completed",
             ind={"budget_spent_vnd": 18600000},
             text="cập nhật quy trình ISO cho 118/118 TTHC, đánh giá nội bộ xong 25/9/2026; kinh phí 18,6 trđ"),
        dict(title="Bồi dưỡng nghiệp vụ cho công chức phường",
             body=["Cử 02 công chức Phòng Kinh tế tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về "
                   "tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức ngày 15/5/2026 (2/2 người được cử, đạt 100%)."],
             rate="đạt 100% – đã hoàn thành.", task="II.3.a", status="completed",
             ind={"participants": 2},
             text="Cử 02 công chức tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức ngày 15/5/2026"),
        dict(title="Tiếp nhận tố giác, khen thưởng người tố giác vi phạm",
             body=["Trong kỳ phường chưa nhận được đơn, tin tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng."],
             rate="0/0 – không phát sinh.", task="II.5.d", status="not_applicable", ind={},
             text="chưa nhận được đơn, tin tố giác; không phát sinh"),
    ]
    diffs = ["Phường chưa có công chức chuyên trách lĩnh vực TĐC, cán bộ Phòng Kinh tế kiêm nhiệm nhiều việc.",
             "3/15 cơ sở trong danh sách (20%) đã ngưng hoặc chuyển địa điểm kinh doanh nên chưa kiểm tra được."]
    props = ["Đề nghị Chi cục TĐC hỗ trợ phường thêm 01 bộ quả cân chuẩn để kiểm tra cân tại chợ.",
             "Đề nghị Sở Khoa học và Công nghệ bố trí kinh phí tuyên truyền năm 2027 cho phường khoảng 15 trđ."]
    money = [["1", "Tập huấn, tuyên truyền (mục 1)", "12,5 trđ", ""],
             ["2", "Duy trì, tư vấn ISO 9001 (mục 3)", "18,6 trđ", "ngân sách phường"],
             ["", "Cộng", "31,1 trđ", "(31.100.000 đ)"]]
    hand1("25837-bc-ct38-2026.docx", "25837", "Phường Chánh Phú Hòa", "PHƯỜNG CHÁNH PHÚ HÒA",
          "Chánh Phú Hòa", "287/BC-UBND", "2026-10-24", "ngày 24 tháng 10 năm 2026",
          ["Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, "
           "Ủy ban nhân dân Phường Chánh Phú Hòa báo cáo kết quả thực hiện như sau:"],
          it, money, diffs, props, "Nguyễn Văn Tấn")

    # --- Phường Cầu Ông Lãnh
    it = [
        dict(title="Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng",
             body=["Đăng 08 tin bài trên Trang thông tin điện tử và bảng tin 10 khu phố; treo băng rôn tại "
                   "chợ Cầu Ông Lãnh, chợ Bến Thành trong Tuần lễ Chất lượng. Kinh phí in ấn, băng rôn 6.800.000đ "
                   "(6,8 trđ)."],
             rate="đạt 100% (8/8 tin bài theo KH) – đã hoàn thành.", task="II.1.a", status="completed",
             ind={"communications": 8, "budget_spent_vnd": 6800000},
             text="Đăng 08 tin bài; treo băng rôn tại chợ; kinh phí 6.800.000đ"),
        dict(title="Kiểm tra đo lường xăng dầu, vàng bạc, cân tại chợ",
             body=["Phối hợp Chi cục TĐC tổ chức 5 cuộc kiểm tra: 21/26cs (80,8%) gồm 3 cửa hàng xăng dầu, "
                   "7 tiệm vàng và 11 sạp tại chợ; phát hiện 4cs vi phạm (tỷ lệ 4/21 = 19%), "
                   "đã ra quyết định xử phạt tổng cộng 17,25 trđ, tịch thu 06 cân không đạt yêu cầu."],
             rate="đạt 80,8% – đang thực hiện, phần còn lại kiểm tra trong tháng 11.", task="II.5.c",
             status="in_progress",
             ind={"inspections": 5, "establishments_inspected": 21, "violations": 4, "fines_vnd": 17250000},
             text="5 cuộc kiểm tra, 21/26cs, 4cs vi phạm, xử phạt 17,25 trđ"),
        dict(title="Hướng dẫn truy xuất nguồn gốc hàng hóa tại chợ",
             body=["Hướng dẫn 9cs kinh doanh thực phẩm tại chợ Cầu Ông Lãnh đăng ký tem truy xuất nguồn gốc "
                   "(9/40cs, tỷ lệ 22,5%), phối hợp Ban quản lý chợ tiếp tục vận động các sạp còn lại."],
             rate="đạt 22,5% – đang thực hiện.", task="II.2.a", status="in_progress",
             ind={"enterprises_supported": 9},
             text="Hướng dẫn 9cs kinh doanh thực phẩm đăng ký tem truy xuất nguồn gốc (9/40cs)"),
        dict(title="Chuyển đổi hệ thống ISO sang môi trường điện tử",
             body=["Phường đang số hóa hồ sơ ISO 9001:2015, đã hoàn tất 84/120 quy trình (70%)."],
             rate="đạt 70% – đang thực hiện.", task="II.2.đ", status="in_progress", ind={},
             text="đang số hóa hồ sơ ISO 9001:2015, 84/120 quy trình (70%)"),
        dict(title="Cử công chức dự tập huấn nghiệp vụ",
             body=["Cử 3 lượt công chức (Phòng Kinh tế, Văn phòng HĐND-UBND) tham dự các lớp tập huấn do "
                   "Chi cục TĐC tổ chức trong Quý II và Quý III."],
             rate="đạt 100% – đã hoàn thành.", task="II.3.a", status="completed",
             ind={"participants": 3},
             text="Cử 3 lượt công chức tham dự các lớp tập huấn do Chi cục TĐC tổ chức"),
    ]
    diffs = ["Nhiều tiệm vàng nhỏ lẻ thay đổi chủ, địa chỉ liên tục nên khó lập danh sách quản lý.",
             "Tiểu thương lớn tuổi ngại sử dụng điện thoại để quét mã truy xuất nguồn gốc."]
    props = ["Đề nghị Chi cục TĐC cung cấp danh sách cơ sở kinh doanh vàng trang sức đã được cấp phép trên địa bàn phường."]
    money = [["1", "In tờ gấp, băng rôn tuyên truyền", "6,8 trđ", "6.800.000đ"],
             ["2", "Kiểm tra đo lường", "0 đ", "Chi cục chi trả"],
             ["", "Tổng", "6,8 trđ", ""]]
    hand1("26758-bc-tdc-10thang.docx", "26758", "Phường Cầu Ông Lãnh", "PHƯỜNG CẦU ÔNG LÃNH",
          "Cầu Ông Lãnh", "154/BC-UBND", "2026-10-29", "ngày 29 tháng 10 năm 2026",
          ["Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026; "
           "Ủy ban nhân dân Phường Cầu Ông Lãnh báo cáo kết quả 10 tháng như sau:"],
          it, money, diffs, props, "Lê Thị Bích Vân")

    # --- Xã Bàu Lâm: mistaken (giảm nghèo)
    it = [
        dict(title="Rà soát hộ nghèo, hộ cận nghèo",
             body=["Hoàn thành rà soát 1.245 hộ; cuối kỳ còn 37 hộ nghèo (tỷ lệ 0,58%) và 52 hộ cận nghèo."],
             rate="đạt 100% – đã hoàn thành."),
        dict(title="Hỗ trợ vay vốn, sinh kế",
             body=["Ngân hàng CSXH giải ngân 1,25 tỷ đồng cho 29 hộ vay; hỗ trợ 12 con bò giống "
                   "trị giá 350 triệu đ cho 12 hộ (12/15 hộ đăng ký, 80%)."],
             rate="đạt 80% – đang tiếp tục."),
        dict(title="Hỗ trợ nhà ở cho hộ nghèo",
             body=["Xây mới 3 căn, sửa chữa 4 căn nhà (tỷ lệ 7/9 căn theo KH, 77,8%); tổng kinh phí "
                   "420.000.000 đồng, trong đó vận động xã hội hóa 47,5 trđ."],
             rate="đạt 77,8% – đang thực hiện."),
        dict(title="Đào tạo nghề cho lao động nông thôn",
             body=["Mở 5 lớp/126 học viên (may công nghiệp, kỹ thuật trồng tiêu); 92,3% học viên có việc làm sau học nghề."],
             rate="đạt 100% – đã hoàn thành."),
    ]
    money = [["1", "Hỗ trợ bò giống", "350 trđ", ""],
             ["2", "Hỗ trợ nhà ở", "420 trđ", "trong đó XHH 47,5 trđ"],
             ["3", "Đào tạo nghề", "96,6 trđ", ""],
             ["", "Cộng", "866,6 trđ", ""]]
    hand1("26638-bc-10thang-2026.docx", "26638", "Xã Bàu Lâm", "XÃ BÀU LÂM", "Bàu Lâm",
          "211/BC-UBND", "2026-10-27", "ngày 27 tháng 10 năm 2026",
          ["Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2026 - 2030 và Kế hoạch "
           "giảm nghèo năm 2026 của xã, Ủy ban nhân dân Xã Bàu Lâm báo cáo kết quả 10 tháng như sau:"],
          it, money,
          ["Nguồn vốn hỗ trợ nhà ở phân bổ chậm, 2 hộ chưa khởi công được."],
          ["Đề nghị Phòng Văn hóa - Xã hội bổ sung 150 trđ hỗ trợ sinh kế năm 2027."],
          "Trần Văn Sang", status="rejected",
          reason="Báo cáo kết quả thực hiện chương trình giảm nghèo bền vững, không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng",
          title2="Kết quả thực hiện công tác giảm nghèo bền vững 10 tháng đầu năm 2026")


# ================================================================== HAND 4
# Đoàn Thị Mỹ Linh: formal Nghị định 30 report; every sum in full đồng and again in a short
# scale in brackets ("… đồng (1,25 tỷ đồng)"), each figure with its share of the unit's own
# annual target; each item closed by a bold-italic "Khối lượng hoàn thành: NN% (state)." line.
def hand4(fname, unit_id, unit_name, parent, unit_upper, number, date_iso, date_words, intro,
          groups, diffs, props, signer, role="GIÁM ĐỐC", sig_kt="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"):
    d = new_doc("Times New Roman", 14, margins=(2, 2, 3, 2))
    left = ([parent] if parent else []) + [(unit_upper, True, False), "———", "Số: " + number]
    header_block(d, left, [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
                           ("Độc lập - Tự do - Hạnh phúc", True, False), "",
                           ("Thành phố Hồ Chí Minh, " + date_words, False, True)])
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, "Kết quả triển khai thực hiện Kế hoạch thực hiện Chỉ thị số 38-CT/TW ngày 30/7/2024 của "
         "Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026",
         bold=True, align="c")
    para(d, "I. TÌNH HÌNH TRIỂN KHAI", bold=True, indent=False)
    for t in intro:
        para(d, t, align="j")
    para(d, "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", bold=True, indent=False)
    ents = []
    for gi, (gtitle, items) in enumerate(groups, 1):
        para(d, "%d. %s" % (gi, gtitle), bold=True, indent=False)
        for li, it in enumerate(items):
            letter = "abcdefgh"[li]
            p = para(d, runs=[("%s) " % letter, False, False)] + [(b, False, False) for b in it["body"][:1]],
                     align="j")
            for b in it["body"][1:]:
                para(d, b, align="j")
            para(d, runs=[("Khối lượng hoàn thành: " + it["vol"], True, True)], align="j")
            ents.append((it["task"], it["status"], it["ind"], it["text"]))
    para(d, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for k, x in enumerate(diffs, 1):
        para(d, "%d. %s" % (k, x), align="j")
    para(d, "IV. KIẾN NGHỊ, ĐỀ XUẤT", bold=True, indent=False)
    for k, x in enumerate(props, 1):
        para(d, "%d. %s" % (k, x), align="j")
    para(d, "Trên đây là báo cáo kết quả thực hiện của %s./." % unit_name, align="j")
    signature(d, ["Nơi nhận:", "- Sở Khoa học và Công nghệ;", "- Chi cục TĐC (để tổng hợp);",
                  "- Lưu: VT."], sig_kt.split("\n") + ["", "", "", signer])
    d.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, ents, diffs, props)


def make_hand4():
    # --- Chi cục TĐC
    G = [
        ("Về công tác tuyên truyền, nâng cao nhận thức", [
            dict(body=["Chi cục đã tổ chức 08 lớp tập huấn và tọa đàm (07 lớp tập huấn văn bản quy phạm pháp luật, "
                       "01 buổi tọa đàm với doanh nghiệp nhập khẩu) cho 1.245 lượt người tham dự, đạt 103,7% so với "
                       "kế hoạch năm (1.200 lượt); kinh phí đã sử dụng 86.450.000 đồng (86,45 triệu đồng), "
                       "bằng 96,1% dự toán."],
                 vol="100% (đã hoàn thành).", task="II.1.a", status="completed",
                 ind={"training_courses": 8, "participants": 1245, "budget_spent_vnd": 86450000},
                 text="08 lớp tập huấn và tọa đàm, 1.245 lượt người; kinh phí 86.450.000 đồng"),
            dict(body=["Phát hành 22 tin, bài tuyên truyền về Giải thưởng Chất lượng Quốc gia trên Cổng thông tin "
                       "của Sở và báo, đài; trực tiếp hướng dẫn 14 doanh nghiệp chuẩn bị hồ sơ dự thưởng "
                       "(14/10 doanh nghiệp theo chỉ tiêu, đạt 140%)."],
                 vol="100% (đã hoàn thành).", task="II.1.b", status="completed",
                 ind={"communications": 22, "enterprises_supported": 14},
                 text="22 tin, bài về Giải thưởng Chất lượng Quốc gia; hướng dẫn 14 doanh nghiệp"),
        ]),
        ("Về quản lý nhà nước và hỗ trợ doanh nghiệp", [
            dict(body=["Triển khai Chương trình 1322, Kế hoạch 36, Đề án 996 và Đề án 100: đã hỗ trợ 37/40 doanh "
                       "nghiệp theo kế hoạch (92,5%) áp dụng công cụ cải tiến năng suất, truy xuất nguồn gốc; "
                       "kinh phí đã giải ngân 1.250.000.000 đồng (1,25 tỷ đồng), đạt 83,3% dự toán "
                       "1.500.000.000 đồng."],
                 vol="92,5% (đang tiếp tục triển khai, hoàn tất trong Quý IV/2026).", task="II.2.a",
                 status="in_progress",
                 ind={"enterprises_supported": 37, "budget_spent_vnd": 1250000000},
                 text="hỗ trợ 37/40 doanh nghiệp; giải ngân 1.250.000.000 đồng (1,25 tỷ đồng)"),
            dict(body=["Hội đồng sơ tuyển Giải thưởng Chất lượng Quốc gia đã tiếp nhận hồ sơ và đang tổ chức "
                       "đánh giá tại doanh nghiệp theo lịch của Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia."],
                 vol="60% (đang triển khai).", task="II.2.b", status="in_progress", ind={},
                 text="Hội đồng sơ tuyển GTCLQG đang tổ chức đánh giá tại doanh nghiệp"),
            dict(body=["Hướng dẫn 126 tổ chức, doanh nghiệp thực hiện công bố hợp chuẩn, hợp quy và áp dụng hệ "
                       "thống quản lý chất lượng tiên tiến (đạt 126% chỉ tiêu 100 lượt doanh nghiệp)."],
                 vol="thường xuyên (đang thực hiện).", task="II.2.d", status="in_progress",
                 ind={"enterprises_supported": 126},
                 text="Hướng dẫn 126 tổ chức, doanh nghiệp công bố hợp chuẩn, hợp quy"),
            dict(body=["Góp ý 19 dự thảo TCVN, QCVN do Bộ Khoa học và Công nghệ và các Bộ chuyên ngành gửi lấy ý kiến; "
                       "đang xây dựng 01 quy chuẩn kỹ thuật địa phương (tổng cộng 20 văn bản, đạt 80% kế hoạch 25 văn bản)."],
                 vol="80% (đang thực hiện).", task="II.2.e", status="in_progress",
                 ind={"standards_reviewed": 20},
                 text="Góp ý 19 dự thảo TCVN, QCVN; đang xây dựng 01 QCĐP (tổng cộng 20 văn bản)"),
        ]),
        ("Về đào tạo nguồn nhân lực và đầu tư", [
            dict(body=["Tổ chức 03 lớp tập huấn nghiệp vụ cho 412 lượt công chức các sở, ngành và Ủy ban nhân dân "
                       "phường, xã, đặc khu (đạt 82,4% so với 500 lượt dự kiến); kinh phí 47.500.000 đồng "
                       "(47,5 triệu đồng)."],
                 vol="100% số lớp (đã hoàn thành).", task="II.3.a", status="completed",
                 ind={"training_courses": 3, "participants": 412, "budget_spent_vnd": 47500000},
                 text="03 lớp tập huấn nghiệp vụ cho 412 lượt công chức; kinh phí 47.500.000 đồng"),
            dict(body=["Kiểm định, hiệu chuẩn 56 phương tiện, thiết bị kỹ thuật nghiệp vụ (56/56, đạt 100%); "
                       "chi phí 38.200.000 đồng (38,2 triệu đồng)."],
                 vol="100% (đã hoàn thành).", task="II.4.b", status="completed",
                 ind={"instruments_verified": 56, "budget_spent_vnd": 38200000},
                 text="Kiểm định, hiệu chuẩn 56 phương tiện, thiết bị nghiệp vụ; chi phí 38.200.000 đồng"),
        ]),
        ("Về kiểm tra, giám sát", [
            dict(body=["Tổ chức 14 cuộc kiểm tra tại 168 cơ sở sản xuất, kinh doanh, nhập khẩu; phát hiện 23 cơ sở "
                       "vi phạm (chiếm 13,7%); xử phạt vi phạm hành chính 412.500.000 đồng (412,5 triệu đồng), "
                       "tăng 18,2% so với cùng kỳ."],
                 vol="87,5% (14/16 cuộc theo kế hoạch; đang thực hiện).", task="II.5.a", status="in_progress",
                 ind={"inspections": 14, "establishments_inspected": 168, "violations": 23,
                      "fines_vnd": 412500000},
                 text="14 cuộc kiểm tra tại 168 cơ sở; 23 cơ sở vi phạm; xử phạt 412.500.000 đồng"),
            dict(body=["Khảo sát 120 mẫu xăng dầu, mũ bảo hiểm, đồ chơi trẻ em; 9/120 mẫu không phù hợp (7,5%); "
                       "kinh phí thử nghiệm 196.000.000 đồng (196 triệu đồng)."],
                 vol="75% (đang thực hiện đợt 3).", task="II.5.b", status="in_progress",
                 ind={"samples_tested": 120, "budget_spent_vnd": 196000000},
                 text="Khảo sát 120 mẫu; 9/120 mẫu không phù hợp; kinh phí 196.000.000 đồng"),
            dict(body=["Hướng dẫn, phối hợp với Ủy ban nhân dân các phường, xã, đặc khu thực hiện các nội dung "
                       "được phân quyền; đã tổng hợp báo cáo định kỳ của 41/168 đơn vị (24,4%)."],
                 vol="thường xuyên (đang thực hiện).", task="II.5.c", status="in_progress", ind={},
                 text="Hướng dẫn, phối hợp Ủy ban nhân dân các phường, xã, đặc khu thực hiện nội dung được phân quyền"),
        ]),
        ("Về hợp tác quốc tế", [
            dict(body=["Phối hợp với Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia và Tổ chức Năng suất Châu Á (APO): "
                       "trong kỳ không phát sinh yêu cầu."],
                 vol="0% (không phát sinh).", task="II.6.b", status="not_applicable", ind={},
                 text="Phối hợp với APO: trong kỳ không phát sinh yêu cầu"),
        ]),
    ]
    diffs = ["Biên chế làm công tác kiểm tra còn thiếu (09 công chức cho 168 phường, xã, đặc khu), chưa đáp ứng khối lượng công việc sau sắp xếp.",
             "Kinh phí khảo sát chất lượng chỉ đáp ứng khoảng 65% nhu cầu lấy mẫu thực tế.",
             "Một số Ủy ban nhân dân phường, xã chưa gửi báo cáo định kỳ đúng hạn."]
    props = ["Kiến nghị Sở Khoa học và Công nghệ trình Ủy ban nhân dân Thành phố bổ sung 02 biên chế công chức cho Chi cục.",
             "Đề xuất bố trí kinh phí khảo sát chất lượng năm 2027 là 300.000.000 đồng (300 triệu đồng).",
             "Đề nghị Ủy ban nhân dân các phường, xã, đặc khu phân công công chức đầu mối theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng."]
    hand4("cctdc-bc-412-ct38.docx", "SKHCN-CCTDC",
          "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
          "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "412/BC-CCTĐC", "2026-10-27", "ngày 27 tháng 10 năm 2026",
          ["Thực hiện Kế hoạch của Sở Khoa học và Công nghệ, Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố "
           "Hồ Chí Minh đã ban hành kế hoạch chi tiết, phân công các phòng chuyên môn tổ chức thực hiện. "
           "Dự toán được giao 349.000.000 đồng (349 triệu đồng) cho các nội dung của Kế hoạch."],
          G, diffs, props, "Võ Thanh Hải", sig_kt="KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG")

    # --- Sở Y tế
    G = [
        ("Tuyên truyền", [
            dict(body=["Đăng 12 tin, bài về đo lường trong y tế, chất lượng trang thiết bị y tế trên Cổng thông tin "
                       "điện tử Sở Y tế (đạt 120% kế hoạch 10 tin, bài)."],
                 vol="100% (đã hoàn thành).", task="II.1.a", status="completed",
                 ind={"communications": 12},
                 text="Đăng 12 tin, bài về đo lường trong y tế"),
        ]),
        ("Quản lý nhà nước", [
            dict(body=["Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở và 12/12 đơn vị "
                       "trực thuộc; kinh phí duy trì, đánh giá giám sát 54.600.000 đồng (54,6 triệu đồng)."],
                 vol="100% (đã hoàn thành).", task="II.2.đ", status="completed",
                 ind={"budget_spent_vnd": 54600000},
                 text="Duy trì ISO 9001:2015 tại Sở và 12/12 đơn vị; kinh phí 54.600.000 đồng"),
            dict(body=["Góp ý 03 dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế do Bộ Y tế gửi lấy ý kiến."],
                 vol="100% (đã hoàn thành).", task="II.2.e", status="completed",
                 ind={"standards_reviewed": 3},
                 text="Góp ý 03 dự thảo QCVN về trang thiết bị y tế"),
        ]),
        ("Đào tạo, kiểm tra", [
            dict(body=["Cử 06 lượt công chức, viên chức tham dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng "
                       "do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức."],
                 vol="100% (đã hoàn thành).", task="II.3.a", status="completed",
                 ind={"participants": 6},
                 text="Cử 06 lượt công chức, viên chức tham dự tập huấn nghiệp vụ"),
            dict(body=["Phối hợp kiểm tra 06 cuộc về đo lường đối với phương tiện đo nhóm 2 tại 27 cơ sở khám bệnh, "
                       "chữa bệnh tư nhân; 05 cơ sở vi phạm (18,5%), xử phạt 63.000.000 đồng (63 triệu đồng)."],
                 vol="75% (6/8 cuộc; đang tiếp tục thực hiện).", task="II.5.a", status="in_progress",
                 ind={"inspections": 6, "establishments_inspected": 27, "violations": 5, "fines_vnd": 63000000},
                 text="kiểm tra 06 cuộc tại 27 cơ sở; 05 cơ sở vi phạm; xử phạt 63.000.000 đồng"),
        ]),
    ]
    diffs = ["Nhiều cơ sở y tế tư nhân chưa lập sổ theo dõi phương tiện đo nhóm 2 theo quy định."]
    props = ["Đề nghị Chi cục TĐC cung cấp danh mục tổ chức được chỉ định kiểm định phương tiện đo trong lĩnh vực y tế.",
             "Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức 01 lớp tập huấn riêng cho cán bộ vật tư, trang thiết bị y tế."]
    hand4("soyt-bc-4586.docx", "SO-YT", "Sở Y tế", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
          "SỞ Y TẾ", "4586/BC-SYT", "2026-11-09", "ngày 09 tháng 11 năm 2026",
          ["Sở Y tế nhận được Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026 "
           "và đã giao Phòng Trang thiết bị - Công trình y tế làm đầu mối thực hiện."],
          G, diffs, props, "Nguyễn Anh Dũng")

    # --- Sở NN&MT
    G = [
        ("Truy xuất nguồn gốc, nâng cao năng suất chất lượng", [
            dict(body=["Hỗ trợ 64 cơ sở, hợp tác xã được cấp mã số vùng trồng, mã số cơ sở đóng gói và áp dụng "
                       "truy xuất nguồn gốc (64/80 cơ sở theo kế hoạch, đạt 80%); kinh phí đã giải ngân "
                       "2.375.000.000 đồng (2,375 tỷ đồng)."],
                 vol="80% (đang triển khai).", task="II.2.a", status="in_progress",
                 ind={"enterprises_supported": 64, "budget_spent_vnd": 2375000000},
                 text="Hỗ trợ 64 cơ sở, hợp tác xã; giải ngân 2.375.000.000 đồng (2,375 tỷ đồng)"),
            dict(body=["Góp ý 05 dự thảo QCVN về phân bón, thức ăn chăn nuôi, giống cây trồng."],
                 vol="100% (đã hoàn thành).", task="II.2.e", status="completed",
                 ind={"standards_reviewed": 5},
                 text="Góp ý 05 dự thảo QCVN về phân bón, thức ăn chăn nuôi, giống cây trồng"),
        ]),
        ("Kiểm tra, giám sát chất lượng vật tư nông nghiệp", [
            dict(body=["Tổ chức 18 cuộc kiểm tra tại 96 cơ sở kinh doanh phân bón, thuốc bảo vệ thực vật; "
                       "xử lý 14 cơ sở vi phạm (14,6%), số tiền phạt 287.500.000 đồng (287,5 triệu đồng)."],
                 vol="100% kế hoạch kiểm tra năm (đã hoàn thành).", task="II.5.a", status="completed",
                 ind={"inspections": 18, "establishments_inspected": 96, "violations": 14, "fines_vnd": 287500000},
                 text="18 cuộc kiểm tra tại 96 cơ sở; 14 cơ sở vi phạm; phạt 287.500.000 đồng"),
            dict(body=["Lấy 215 mẫu phân bón, thuốc bảo vệ thực vật, nông sản để giám sát chất lượng; "
                       "11 mẫu không đạt (5,1%), đã thông báo cho cơ quan kiểm tra."],
                 vol="86% (đang thực hiện).", task="II.5.b", status="in_progress",
                 ind={"samples_tested": 215},
                 text="Lấy 215 mẫu phân bón, thuốc BVTV, nông sản; 11 mẫu không đạt"),
        ]),
        ("Cập nhật điều ước, thỏa thuận quốc tế", [
            dict(body=["Cập nhật các yêu cầu về biện pháp vệ sinh dịch tễ (SPS) của thị trường nhập khẩu, "
                       "thông tin đến doanh nghiệp xuất khẩu nông sản."],
                 vol="thường xuyên (đang thực hiện).", task="II.6.a", status="in_progress", ind={},
                 text="Cập nhật yêu cầu SPS của thị trường nhập khẩu"),
        ]),
    ]
    diffs = ["Chi phí thử nghiệm mẫu phân bón tăng, kinh phí được giao chỉ đủ cho khoảng 86% số mẫu kế hoạch.",
             "Hộ sản xuất nhỏ lẻ chưa mặn mà với việc áp dụng truy xuất nguồn gốc."]
    props = ["Đề nghị Sở Tài chính bổ sung 120.000.000 đồng (120 triệu đồng) kinh phí lấy mẫu giám sát năm 2026."]
    hand4("snnmt-bc-3902.docx", "SO-NNMT", "Sở Nông nghiệp và Môi trường", "ỦY BAN NHÂN DÂN",
          "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "3902/BC-SNNMT", "2026-11-05", "ngày 05 tháng 11 năm 2026",
          ["Sở Nông nghiệp và Môi trường báo cáo kết quả thực hiện các nội dung có liên quan đến ngành nông nghiệp "
           "và môi trường trong Kế hoạch của Sở Khoa học và Công nghệ như sau."],
          G, diffs, props, "Trần Văn Lâm")

    # --- Phòng Kiểm tra – Pháp chế
    G = [
        ("Phối hợp kiểm tra và xử lý vi phạm", [
            dict(body=["Cử công chức tham gia 06 đoàn kiểm tra liên ngành do Chi cục chủ trì tại 48 cơ sở "
                       "(đạt 100% số đoàn được mời)."],
                 vol="100% (đã hoàn thành).", task="II.5.a", status="completed",
                 ind={"inspections": 6, "establishments_inspected": 48},
                 text="tham gia 06 đoàn kiểm tra liên ngành tại 48 cơ sở"),
            dict(body=["Tiếp nhận 03 đơn tố giác, đã xác minh và xử lý 3/3 đơn (100%); tham mưu xử lý 09 trường hợp "
                       "vi phạm với tổng số tiền phạt 212.750.000 đồng (212,75 triệu đồng)."],
                 vol="thường xuyên (đang thực hiện).", task="II.5.d", status="in_progress",
                 ind={"violations": 9, "fines_vnd": 212750000},
                 text="xử lý 3/3 đơn tố giác; 09 trường hợp vi phạm, tiền phạt 212.750.000 đồng"),
        ]),
        ("Pháp chế và phương tiện nghiệp vụ", [
            dict(body=["Góp ý dự thảo Luật sửa đổi, bổ sung một số điều của Luật Chất lượng sản phẩm, hàng hóa "
                       "và dự thảo Nghị định hướng dẫn theo đề nghị của Chi cục."],
                 vol="100% (đã hoàn thành).", task="II.2.c", status="completed", ind={},
                 text="Góp ý dự thảo Luật sửa đổi Luật Chất lượng sản phẩm, hàng hóa và dự thảo Nghị định"),
            dict(body=["Phối hợp Chi cục rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định "
                       "135/2021/NĐ-CP, thống nhất kế hoạch kiểm định năm 2027."],
                 vol="100% (đã hoàn thành).", task="II.4.b", status="completed", ind={},
                 text="Phối hợp rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ"),
        ]),
    ]
    diffs = ["Việc xác minh đơn tố giác qua mạng xã hội mất nhiều thời gian do người gửi không để lại thông tin liên hệ."]
    props = []
    hand4("ktpc-bc-118.docx", "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
          "PHÒNG KIỂM TRA – PHÁP CHẾ", "118/BC-KTPC", "2026-10-26", "ngày 26 tháng 10 năm 2026",
          ["Phòng Kiểm tra – Pháp chế là đơn vị phối hợp đối với các nhiệm vụ kiểm tra, xử lý vi phạm "
           "và pháp chế trong Kế hoạch; kết quả thực hiện đến ngày 20/10/2026 như sau."],
          G, diffs, props, "Phạm Thị Hồng Nhung", sig_kt="TRƯỞNG PHÒNG")


# ================================================================== HAND 3
# Phạm Quốc Bảo: English-locale figures (1,250,000 đ; 92.3%; 12.5 triệu đ) in a formal report
# whose results sit in one Word table "STT | Nội dung | Kết quả, số liệu | Tỷ lệ (%) | Tình trạng".
def hand3(fname, unit_id, unit_name, unit_upper, number, date_iso, date_line, lead, rows,
          diffs, props, signer, sig):
    d = new_doc("Arial", 12, margins=(2, 2, 2.5, 1.5))
    header_block(d, ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", (unit_upper, True, False), "Số: " + number],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
                  ("Độc lập - Tự do - Hạnh phúc", True, False), (date_line, False, True)],
                 widths=(7.5, 9))
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, "Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", align="c")
    para(d, lead, align="j")
    para(d, "1. Kết quả thực hiện", bold=True, indent=False)
    tbl = [["STT", "Nội dung", "Kết quả, số liệu", "Tỷ lệ (%)", "Tình trạng"]]
    ents = []
    for k, r in enumerate(rows, 1):
        tbl.append([str(k), r["name"], r["res"], r["rate"], r["st_word"]])
        ents.append((r["task"], r["status"], r["ind"], r["res"].replace("\n", "; ")))
    grid_table(d, tbl, widths=(1.1, 5, 7, 1.9, 2.5), size=10)
    para(d, "2. Khó khăn, vướng mắc", bold=True, indent=False)
    if diffs:
        for x in diffs:
            para(d, "• " + x, align="j")
    else:
        para(d, "Không có.", align="j")
    para(d, "3. Kiến nghị", bold=True, indent=False)
    if props:
        for x in props:
            para(d, "• " + x, align="j")
    else:
        para(d, "Không có.", align="j")
    signature(d, ["Nơi nhận:", "- Như trên;", "- Ban Giám đốc Sở;", "- Lưu: VT."], sig + ["", "", "", signer])
    d.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, ents, diffs, props)


def make_hand3():
    rows = [
        dict(name="Đầu tư trang thiết bị phòng thử nghiệm, hiện đại hóa hệ thống chuẩn (Dự án nâng cấp 2025-2027)",
             res="Giải ngân 4,862,350,000 đ / dự toán 5,400,000,000 đ\nĐã tiếp nhận 07 thiết bị, còn 02 thiết bị chờ nhập khẩu",
             rate="90.0", st_word="Đang thực hiện", task="II.4.a", status="in_progress",
             ind={"budget_spent_vnd": 4862350000}),
        dict(name="Duy trì, liên kết chuẩn đo lường",
             res="Hiệu chuẩn, liên kết 38 chuẩn đo lường lên chuẩn quốc gia (38/38)",
             rate="100.0", st_word="Hoàn thành", task="II.4.c", status="completed",
             ind={"instruments_verified": 38}),
        dict(name="Cung cấp dịch vụ kỹ thuật kiểm định, hiệu chuẩn, thử nghiệm",
             res="Kiểm định, hiệu chuẩn 48,215 phương tiện đo\nThử nghiệm 12,640 mẫu\nMở rộng 14 phép thử mới (logistics, điện tử)",
             rate="92.3", st_word="Đang thực hiện", task="II.2.g", status="in_progress",
             ind={"instruments_verified": 48215, "samples_tested": 12640}),
        dict(name="Thử nghiệm mẫu khảo sát chất lượng cho Chi cục TĐC",
             res="Thử nghiệm 120 mẫu (3 đợt), trả kết quả đúng hạn 120/120",
             rate="100.0", st_word="Hoàn thành", task="II.5.b", status="completed",
             ind={"samples_tested": 120}),
        dict(name="Đào tạo cho sinh viên, viên chức về đo lường, thử nghiệm",
             res="04 khóa / 156 học viên\nKinh phí 12.5 triệu đ",
             rate="80.0", st_word="Đang thực hiện", task="II.3.d", status="in_progress",
             ind={"training_courses": 4, "participants": 156, "budget_spent_vnd": 12500000}),
    ]
    hand3("ttpttn-bc-207.docx", "SKHCN-TTPTTN",
          "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
          "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH",
          "207/BC-TTPT", "2026-10-23", "TP. Hồ Chí Minh, ngày 23 tháng 10 năm 2026",
          "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh báo cáo "
          "kết quả thực hiện các nhiệm vụ được giao trong Kế hoạch (số liệu đến 15/10/2026; tỷ lệ tính theo kế hoạch "
          "năm của Trung tâm, làm tròn 1 chữ số thập phân):",
          rows,
          ["Thiết bị nhập khẩu về chậm 2-3 tháng so với hợp đồng do nhà cung cấp thay đổi lịch giao hàng.",
           "Giá hóa chất chuẩn tăng khoảng 12.5% so với năm 2025."],
          ["Đề nghị Sở cho phép gia hạn thời gian thực hiện gói thầu thiết bị đến hết Quý I/2027."],
          "Huỳnh Thị Kim Oanh", ["GIÁM ĐỐC"])

    rows = [
        dict(name="Thu hút chuyên gia, nhà khoa học lĩnh vực TĐC (NQ 27/2023/NQ-HĐND, QĐ 05/2026/QĐ-UBND)",
             res="Tiếp nhận 05 hồ sơ; đang thẩm định 03 hồ sơ",
             rate="40.0", st_word="Đang thực hiện", task="II.3.c", status="in_progress", ind={}),
        dict(name="Phối hợp tổ chức khóa bồi dưỡng chuyên sâu về năng suất, chất lượng",
             res="02 khóa / 87 học viên doanh nghiệp",
             rate="100.0", st_word="Hoàn thành", task="II.3.b", status="completed",
             ind={"training_courses": 2, "participants": 87}),
        dict(name="Nhiệm vụ KH&CN hỗ trợ nâng cao năng suất, chất lượng (Chương trình 1322)",
             res="03 nhiệm vụ đang triển khai; kinh phí đã giải ngân 1,875.5 triệu đ (62.5% kinh phí giao)",
             rate="62.5", st_word="Đang thực hiện", task="II.2.a", status="in_progress",
             ind={"budget_spent_vnd": 1875500000}),
        dict(name="Hợp tác với APO về năng suất khu vực công",
             res="Cử 02 lượt chuyên viên tham dự hội thảo trực tuyến của APO",
             rate="100.0", st_word="Hoàn thành", task="II.6.b", status="completed",
             ind={"participants": 2}),
    ]
    hand3("qlkh-bc-64.docx", "SKHCN-QLKH", "Phòng Quản lý Khoa học", "PHÒNG QUẢN LÝ KHOA HỌC",
          "64/BC-QLKH", "2026-10-28", "TP. Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
          "Phòng Quản lý Khoa học báo cáo kết quả thực hiện các nội dung chủ trì và phối hợp trong Kế hoạch "
          "như bảng dưới đây (tỷ lệ tính theo khối lượng kế hoạch năm):",
          rows,
          ["Mức hỗ trợ thu hút chuyên gia chưa đủ hấp dẫn so với khu vực tư nhân (chênh lệch khoảng 35.0%)."],
          ["Đề nghị Chi cục TĐC giới thiệu danh sách chuyên gia đánh giá năng suất để Phòng mời tham gia hội đồng."],
          "Đặng Minh Trí", ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"])

    rows = [
        dict(name="Duy trì, cải tiến HTQLCL TCVN ISO 9001:2015 tại cơ quan Sở",
             res="Áp dụng cho 142/142 thủ tục hành chính; chi phí duy trì 68,750,000 đ",
             rate="100.0", st_word="Hoàn thành", task="II.2.đ", status="completed",
             ind={"budget_spent_vnd": 68750000}),
        dict(name="Phối hợp hoàn thiện Hệ thống thông tin giải quyết TTHC, kết nối Cổng một cửa quốc gia",
             res="Đồng bộ 3,126 hồ sơ; tỷ lệ hồ sơ trực tuyến toàn trình 96.4%",
             rate="100.0", st_word="Hoàn thành", task="II.2.h", status="completed", ind={}),
        dict(name="Phối hợp kết nối CSDL quốc gia về TĐC",
             res="Đã cung cấp tài khoản, phân quyền cho 24 công chức",
             rate="50.0", st_word="Đang thực hiện", task="II.2.i", status="in_progress", ind={}),
        dict(name="Phối hợp thẩm định dự toán mua sắm thiết bị cho Trung tâm",
             res="Đã thẩm định 2/3 gói mua sắm (tổng giá trị 5,400,000,000 đ)",
             rate="66.7", st_word="Đang thực hiện", task="II.4.a", status="in_progress", ind={}),
        dict(name="Khen thưởng tổ chức, cá nhân có thành tích, tố giác vi phạm",
             res="Không phát sinh trong kỳ",
             rate="-", st_word="Không phát sinh", task="II.5.d", status="not_applicable", ind={}),
    ]
    hand3("vpso-bc-1532.docx", "SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ", "VĂN PHÒNG SỞ",
          "1532/BC-VP", "2026-10-30", "TP. Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
          "Văn phòng Sở Khoa học và Công nghệ báo cáo kết quả phối hợp thực hiện Kế hoạch như sau:",
          rows, [], [], "Nguyễn Hoàng Long", ["CHÁNH VĂN PHÒNG"])


# ------------------------------------------------------------------ xlsx helpers
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def put(ws, ref, v, bold=False, italic=False, wrap=True, center=False, fmt=None, box=False, size=11, fill=None):
    c = ws[ref]
    c.value = v
    c.font = Font(name="Times New Roman", bold=bold, italic=italic, size=size)
    c.alignment = Alignment(wrap_text=wrap, vertical="center",
                            horizontal="center" if center else None)
    if fmt:
        c.number_format = fmt
    if box:
        c.border = BOX
    if fill:
        c.fill = PatternFill("solid", fgColor=fill)
    return c


# ================================================================== HAND 2
# Nguyễn Thị Ngọc Diệp, department accountant: one sheet "BieuKP" — every task row paired with
# "Dự toán (đồng) | Đã chi (đồng) | Tỷ lệ chi" (numbers, #,##0, a =E/D formula in %), the counts
# squeezed into one "Khối lượng thực hiện" cell of glued "n unit" tokens joined by " / ",
# the status in a final "Đánh giá" column in full words.
def hand2(fname, unit_id, unit_name, unit_upper, number, date_iso, date_words, rows, diffs, props, signer,
          sheet="BieuKP", sig_title="KT. GIÁM ĐỐC"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    widths = {"A": 5, "B": 42, "C": 34, "D": 17, "E": 17, "F": 9, "G": 16}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.merge_cells("A1:C1"); put(ws, "A1", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", center=True)
    ws.merge_cells("A2:C2"); put(ws, "A2", unit_upper, bold=True, center=True)
    ws.merge_cells("A3:C3"); put(ws, "A3", "Số: " + number, center=True)
    ws.merge_cells("D1:G1"); put(ws, "D1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True)
    ws.merge_cells("D2:G2"); put(ws, "D2", "Độc lập - Tự do - Hạnh phúc", bold=True, center=True)
    ws.merge_cells("D3:G3"); put(ws, "D3", "Thành phố Hồ Chí Minh, " + date_words, italic=True, center=True)
    ws.merge_cells("A5:G5")
    put(ws, "A5", "BIỂU TỔNG HỢP KẾT QUẢ VÀ KINH PHÍ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
        bold=True, center=True, size=12)
    ws.merge_cells("A6:G6")
    put(ws, "A6", "(Kèm theo báo cáo của %s; số liệu đến 31/10/2026; đơn vị tiền: đồng)" % unit_name,
        italic=True, center=True)
    hdr = ["STT", "Nội dung nhiệm vụ", "Khối lượng thực hiện", "Dự toán (đồng)", "Đã chi (đồng)",
           "Tỷ lệ chi", "Đánh giá"]
    for j, h in enumerate(hdr):
        put(ws, "%s8" % "ABCDEFG"[j], h, bold=True, center=True, box=True, fill="D9E1F2")
    for j in range(7):
        put(ws, "%s9" % "ABCDEFG"[j], "(%d)" % (j + 1), italic=True, center=True, box=True)
    r = 10
    ents = []
    for k, row in enumerate(rows, 1):
        put(ws, "A%d" % r, k, center=True, box=True)
        put(ws, "B%d" % r, row["name"], box=True)
        put(ws, "C%d" % r, row["kl"], box=True)
        put(ws, "D%d" % r, row["dt"], box=True, fmt="#,##0")
        put(ws, "E%d" % r, row["chi"], box=True, fmt="#,##0")
        put(ws, "F%d" % r, '=IF(N(D%d)>0,E%d/D%d,"-")' % (r, r, r), box=True, fmt="0.0%", center=True)
        put(ws, "G%d" % r, row["st_word"], box=True, center=True)
        ents.append((row["task"], row["status"], row["ind"],
                     "%s: %s | Đã chi: %s" % (row["name"], row["kl"], row["chi"])))
        r += 1
    put(ws, "B%d" % r, "Cộng", bold=True, box=True, center=True)
    for col in "ACG":
        put(ws, "%s%d" % (col, r), None, box=True)
    put(ws, "D%d" % r, "=SUM(D10:D%d)" % (r - 1), bold=True, box=True, fmt="#,##0")
    put(ws, "E%d" % r, "=SUM(E10:E%d)" % (r - 1), bold=True, box=True, fmt="#,##0")
    put(ws, "F%d" % r, "=E%d/D%d" % (r, r), bold=True, box=True, fmt="0.0%", center=True)
    r += 2
    put(ws, "A%d" % r, "Khó khăn, vướng mắc:", bold=True, wrap=False); r += 1
    for x in diffs:
        ws.merge_cells("B%d:G%d" % (r, r)); put(ws, "A%d" % r, "-", center=True); put(ws, "B%d" % r, x)
        ws.row_dimensions[r].height = 32; r += 1
    put(ws, "A%d" % r, "Kiến nghị:", bold=True, wrap=False); r += 1
    for x in props:
        ws.merge_cells("B%d:G%d" % (r, r)); put(ws, "A%d" % r, "-", center=True); put(ws, "B%d" % r, x)
        ws.row_dimensions[r].height = 32; r += 1
    r += 1
    put(ws, "B%d" % r, "NGƯỜI LẬP BIỂU", bold=True, center=True)
    ws.merge_cells("E%d:G%d" % (r, r)); put(ws, "E%d" % r, sig_title, bold=True, center=True)
    put(ws, "B%d" % (r + 4), "Nguyễn Thị Ngọc Diệp", center=True)
    ws.merge_cells("E%d:G%d" % (r + 4, r + 4)); put(ws, "E%d" % (r + 4), signer, bold=True, center=True)
    ws.page_setup.orientation = "landscape"
    ws.freeze_panes = "A10"
    wb.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, ents, diffs, props)


def make_hand2():
    rows = [
        dict(name="Kiểm tra chất lượng, nhãn hàng hóa lưu thông trên thị trường (lực lượng QLTT phối hợp)",
             kl="42 cuộc / 58 cơ sở / 17 vụ VP; phạt 1,25 tỷ đ", dt=100000000, chi=85000000,
             st_word="Đang triển khai", task="II.5.a", status="in_progress",
             ind={"inspections": 42, "establishments_inspected": 58, "violations": 17,
                  "fines_vnd": 1250000000, "budget_spent_vnd": 85000000}),
        dict(name="Tập huấn DN về nhãn hàng hóa, xuất xứ, tiêu chuẩn sản phẩm công nghiệp",
             kl="3 lớp / 250 lượt DN", dt=50000000, chi=47500000,
             st_word="Đã hoàn thành", task="II.1.a", status="completed",
             ind={"training_courses": 3, "participants": 250, "budget_spent_vnd": 47500000}),
        dict(name="Góp ý dự thảo QCVN, TCVN ngành Công Thương (điện, hóa chất, an toàn lao động)",
             kl="6 dự thảo (4 QCVN + 2 TCVN)", dt=0, chi=0,
             st_word="Đang triển khai", task="II.2.e", status="in_progress",
             ind={"standards_reviewed": 6}),
        dict(name="Duy trì ISO 9001:2015 tại cơ quan Sở",
             kl="1 đợt đánh giá nội bộ; 100% TTHC", dt=35000000, chi=32400000,
             st_word="Đã hoàn thành", task="II.2.đ", status="completed",
             ind={"budget_spent_vnd": 32400000}),
        dict(name="Hỗ trợ DN công nghiệp nâng cao năng suất chất lượng (Chương trình 1322 - phần Sở Công Thương)",
             kl="12 DN được hỗ trợ (12/15 DN đăng ký, 80%)", dt=400000000, chi=350000000,
             st_word="Đang triển khai", task="II.2.a", status="in_progress",
             ind={"enterprises_supported": 12, "budget_spent_vnd": 350000000}),
    ]
    hand2("sct-bieu-kp-ct38.xlsx", "SO-CT", "Sở Công Thương", "SỞ CÔNG THƯƠNG", "3417/BC-SCT", "2026-11-06",
          "ngày 06 tháng 11 năm 2026", rows,
          ["Kinh phí lấy mẫu kiểm tra chất lượng chỉ bố trí 100 triệu đồng/năm, không đủ cho các đợt kiểm tra đột xuất.",
           "Nhiều doanh nghiệp nhỏ chưa quan tâm đến chương trình năng suất do phải đối ứng kinh phí."],
          ["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng hàng hóa để phục vụ kiểm tra chuyên ngành."],
          "Lý Kim Chi")

    rows = [
        dict(name="Bố trí, cấp phát kinh phí đầu tư trang thiết bị cho Trung tâm Dịch vụ Phân tích thí nghiệm (mục 4a KH)",
             kl="Đã thẩm định 3/3 hồ sơ; cấp phát 2 đợt", dt=3480000000, chi=2750000000,
             st_word="Đang triển khai", task="II.4.a", status="in_progress",
             ind={"budget_spent_vnd": 2750000000}),
        dict(name="Kinh phí bảo trì, kiểm định phương tiện, thiết bị kỹ thuật nghiệp vụ (NĐ 135/2021)",
             kl="Cấp đủ 1 đợt theo dự toán", dt=186500000, chi=186500000,
             st_word="Đã hoàn thành", task="II.4.b", status="completed",
             ind={"budget_spent_vnd": 186500000}),
        dict(name="Duy trì HTQLCL ISO 9001:2015 tại Sở Tài chính",
             kl="Cập nhật 64 quy trình; đánh giá nội bộ 1 lần", dt=30000000, chi=28750000,
             st_word="Đã hoàn thành", task="II.2.đ", status="completed",
             ind={"budget_spent_vnd": 28750000}),
        dict(name="Cử công chức tham dự tập huấn nghiệp vụ TĐC",
             kl="4 lượt CC", dt=0, chi=0,
             st_word="Đã hoàn thành", task="II.3.a", status="completed",
             ind={"participants": 4}),
    ]
    hand2("stc-bieu-ct38-2026.xlsx", "SO-TC", "Sở Tài chính", "SỞ TÀI CHÍNH", "5128/BC-STC", "2026-11-10",
          "ngày 10 tháng 11 năm 2026", rows,
          ["Tiến độ giải ngân vốn mua sắm thiết bị phụ thuộc thời gian giao hàng của nhà thầu nước ngoài."],
          ["Đề nghị Trung tâm Dịch vụ Phân tích thí nghiệm hoàn tất hồ sơ thanh toán đợt 3 trước ngày 15/12/2026."],
          "Phan Thanh Tùng", sheet="Bieu01-KP")

    rows = [
        dict(name="Góp ý, xây dựng QCVN, quy chuẩn địa phương lĩnh vực xây dựng",
             kl="07 dự thảo (5 QCVN + 1 QCĐP + 1 TCVN)", dt=20000000, chi=15000000,
             st_word="Đã hoàn thành", task="II.2.e", status="completed",
             ind={"standards_reviewed": 7, "budget_spent_vnd": 15000000}),
        dict(name="Kiểm tra chất lượng vật liệu xây dựng lưu thông, sử dụng trong công trình",
             kl="9 cuộc / 31 cơ sở / 4 VP / phạt 47,5 trđ; 24 mẫu thép, xi măng", dt=150000000, chi=120600000,
             st_word="Đang triển khai", task="II.5.a", status="in_progress",
             ind={"inspections": 9, "establishments_inspected": 31, "violations": 4, "fines_vnd": 47500000,
                  "samples_tested": 24, "budget_spent_vnd": 120600000}),
        dict(name="Duy trì ISO 9001:2015",
             kl="100% TTHC (186/186)", dt=0, chi=0,
             st_word="Đã hoàn thành", task="II.2.đ", status="completed", ind={}),
        dict(name="Tập huấn phổ biến QCVN 16:2023/BXD về sản phẩm VLXD",
             kl="1 lớp / 95 lượt", dt=20000000, chi=18000000,
             st_word="Đã hoàn thành", task="II.1.a", status="completed",
             ind={"training_courses": 1, "participants": 95, "budget_spent_vnd": 18000000}),
        dict(name="Góp ý đề xuất sửa đổi Luật Tiêu chuẩn và Quy chuẩn kỹ thuật",
             kl="Chưa nhận được văn bản đề nghị góp ý", dt=0, chi=0,
             st_word="Chưa triển khai", task="II.2.c", status="not_started", ind={}),
    ]
    hand2("sxd-bieu-kp-kq.xlsx", "SO-XD", "Sở Xây dựng", "SỞ XÂY DỰNG", "2291/BC-SXD", "2026-11-04",
          "ngày 04 tháng 11 năm 2026", rows,
          ["Chi phí thí nghiệm mẫu vật liệu xây dựng cao, một số mẫu phải gửi phòng thí nghiệm ngoài Thành phố."],
          ["Đề nghị Chi cục TĐC phối hợp thông tin danh sách tổ chức chứng nhận hợp quy vật liệu xây dựng đã đăng ký.",
           "Kiến nghị bổ sung 50 triệu đồng kinh phí kiểm tra chất lượng vật liệu xây dựng năm 2027."],
          "Trịnh Quốc Hưng")


# ================================================================== HAND 5
# Lê Hoàng Phúc, commune spreadsheet clerk: one sheet "KQ CT38", columns
# "TT | Việc đã làm | Khối lượng | So chỉ tiêu | Kinh phí | Tình trạng" with glued text
# tokens ("4cuộc/18cs/3VP", "18/22cs (81,8%)", "9,2 trđ"), statuses "Xong rồi / Đang làm /
# Chưa làm / Không PS", date typed "dd/mm/yyyy" under the số.
def hand5(fname, unit_id, unit_name, unit_upper, number, date_iso, date_txt, title, rows, diffs, props,
          signer, status="extracted", reason=None, sheet="KQ CT38"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for k, v in {"A": 5, "B": 46, "C": 26, "D": 20, "E": 14, "F": 12}.items():
        ws.column_dimensions[k].width = v
    put(ws, "A1", unit_upper, bold=True, wrap=False)
    put(ws, "A2", "Số: %s    ngày %s" % (number, date_txt), wrap=False)
    ws.merge_cells("A4:F4"); put(ws, "A4", title, bold=True, center=True, size=12)
    ws.row_dimensions[4].height = 34
    hdr = ["TT", "Việc đã làm", "Khối lượng", "So chỉ tiêu", "Kinh phí", "Tình trạng"]
    for j, h in enumerate(hdr):
        put(ws, "%s6" % "ABCDEF"[j], h, bold=True, center=True, box=True)
    r = 7
    ents = []
    for k, row in enumerate(rows, 1):
        put(ws, "A%d" % r, k, center=True, box=True)
        put(ws, "B%d" % r, row["name"], box=True)
        put(ws, "C%d" % r, row["kl"], box=True)
        put(ws, "D%d" % r, row["rate"], box=True)
        put(ws, "E%d" % r, row["kp"], box=True)
        put(ws, "F%d" % r, row["st_word"], box=True, center=True)
        if status == "extracted":
            ents.append((row["task"], row["status"], row["ind"],
                         "%s: %s | %s | Kinh phí: %s" % (row["name"], row["kl"], row["rate"], row["kp"])))
        r += 1
    r += 1
    put(ws, "A%d" % r, "Khó khăn:", bold=True, wrap=False); r += 1
    for x in diffs:
        ws.merge_cells("B%d:F%d" % (r, r)); put(ws, "B%d" % r, x); ws.row_dimensions[r].height = 30; r += 1
    put(ws, "A%d" % r, "Đề xuất:", bold=True, wrap=False); r += 1
    for x in props:
        ws.merge_cells("B%d:F%d" % (r, r)); put(ws, "B%d" % r, x); ws.row_dimensions[r].height = 30; r += 1
    r += 1
    put(ws, "D%d" % r, "TM. UBND", bold=True, center=True)
    put(ws, "D%d" % (r + 4), signer, bold=True, center=True)
    wb.save(os.path.join(OUT, fname))
    ok = status == "extracted"
    key(fname, unit_id, unit_name, number, date_iso, ents, diffs if ok else [], props if ok else [],
        status, reason)


def make_hand5():
    rows = [
        dict(name="Tuyên truyền, tập huấn cho hộ KD, DN trên địa bàn xã (phối hợp Chi cục TĐC)",
             kl="2 lớp/135 lượt; 4 tin bài", rate="135/150 lượt (90%)", kp="9,2 trđ",
             st_word="Xong rồi", task="II.1.a", status="completed",
             ind={"training_courses": 2, "participants": 135, "communications": 4, "budget_spent_vnd": 9200000}),
        dict(name="KT đo lường cân chợ Bàu Bàng, cây xăng, phân quyền cho xã",
             kl="4cuộc/18cs/3VP; phạt 6,75 trđ", rate="18/22cs (81,8%)", kp="0",
             st_word="Đang làm", task="II.5.c", status="in_progress",
             ind={"inspections": 4, "establishments_inspected": 18, "violations": 3, "fines_vnd": 6750000}),
        dict(name="ISO 9001:2015 của UBND xã",
             kl="120 TTHC", rate="120/130 (92,3%)", kp="12 trđ",
             st_word="Xong rồi", task="II.2.đ", status="completed",
             ind={"budget_spent_vnd": 12000000}),
        dict(name="CC xã đi tập huấn nghiệp vụ TĐC",
             kl="2 lượt", rate="tỷ lệ 2/2", kp="-",
             st_word="Xong rồi", task="II.3.a", status="completed", ind={"participants": 2}),
        dict(name="Tố giác, khen thưởng vi phạm TĐC",
             kl="0", rate="-", kp="-",
             st_word="Không PS", task="II.5.d", status="not_applicable", ind={}),
    ]
    hand5("25822-kq-ct38.xlsx", "25822", "Xã Bàu Bàng", "UBND XÃ BÀU BÀNG", "96/BC-UBND", "2026-10-30",
          "30/10/2026", "KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 (TIÊU CHUẨN - ĐO LƯỜNG - CHẤT LƯỢNG) NĂM 2026 CỦA XÃ BÀU BÀNG",
          rows,
          ["Xã không có CC chuyên trách, KT đo lường phải chờ Chi cục bố trí người.",
           "4/22cs (18,2%) là hộ KD thời vụ, đóng cửa khi đoàn đến."],
          ["Chi cục TĐC tập huấn thêm cho CC xã về cách kiểm tra cân, đồng hồ xăng dầu."],
          "Phạm Văn Đức")

    rows = [
        dict(name="Tập huấn + tuyên truyền TĐC cho hộ KD trên địa bàn phường",
             kl="1 lớp/62 lượt; 5 tin bài", rate="62/80 lượt (77,5%)", kp="4.800.000đ",
             st_word="Xong rồi", task="II.1.a", status="completed",
             ind={"training_courses": 1, "participants": 62, "communications": 5, "budget_spent_vnd": 4800000}),
        dict(name="KT đo lường, chất lượng tại chợ Tân Định, vàng bạc, xăng dầu (nội dung phân quyền)",
             kl="6cuộc/27cs/5VP; phạt 23,5 trđ", rate="27/31cs (87,1%)", kp="0",
             st_word="Đang làm", task="II.5.c", status="in_progress",
             ind={"inspections": 6, "establishments_inspected": 27, "violations": 5, "fines_vnd": 23500000}),
        dict(name="HD hộ KD áp dụng truy xuất nguồn gốc",
             kl="11 DN/hộ KD", rate="11/40 (27,5%)", kp="-",
             st_word="Đang làm", task="II.2.a", status="in_progress", ind={"enterprises_supported": 11}),
        dict(name="ISO điện tử tại UBND phường",
             kl="-", rate="0/1", kp="-",
             st_word="Chưa làm", task="II.2.đ", status="not_started", ind={}),
        dict(name="CC phường dự tập huấn nghiệp vụ TĐC",
             kl="3 lượt", rate="3/3", kp="-",
             st_word="Xong rồi", task="II.3.a", status="completed", ind={"participants": 3}),
    ]
    hand5("27142-kq-ct38.xlsx", "27142", "Phường Nhiêu Lộc", "UBND PHƯỜNG NHIÊU LỘC", "318/BC-UBND",
          "2026-11-03", "03/11/2026",
          "KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 - PHƯỜNG NHIÊU LỘC", rows,
          ["Chưa có kinh phí để chuyển ISO sang môi trường điện tử."],
          ["Sở KH&CN hỗ trợ phần mềm ISO điện tử dùng chung cho các phường.",
           "Chi cục TĐC cung cấp danh sách hộ KD vàng bạc trên địa bàn phường."],
          "Võ Thị Thanh Trúc")

    rows = [
        dict(name="Hạ tầng mạng, wifi cho trường học", kl="215 trường", rate="215/230 (93,5%)",
             kp="1,25 tỷ đ", st_word="Đang làm"),
        dict(name="Phần mềm quản lý học bạ số", kl="3/4 cấp học", rate="tỷ lệ 3/4", kp="350 triệu đ",
             st_word="Đang làm"),
        dict(name="Tập huấn CĐS cho giáo viên", kl="5 lớp/250 lượt", rate="250/300 (83,3%)",
             kp="47,5 trđ", st_word="Xong rồi"),
        dict(name="Thanh toán không dùng tiền mặt học phí", kl="1.812 trường", rate="đạt 92,3%",
             kp="-", st_word="Xong rồi"),
    ]
    hand5("sgddt-kq-cds-2026.xlsx", "SO-GDDT", "Sở Giáo dục và Đào tạo", "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
          "4127/BC-SGDĐT", "2026-11-02", "02/11/2026",
          "KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ NGÀNH GIÁO DỤC NĂM 2026", rows,
          ["Kinh phí đầu tư hạ tầng số cho trường vùng ven còn thiếu khoảng 1.250.000.000 đồng."],
          ["Đề nghị Sở Tài chính bổ sung kinh phí chuyển đổi số năm 2027."],
          "Nguyễn Văn Hiếu", status="rejected",
          reason="Báo cáo kết quả chuyển đổi số ngành giáo dục, không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng",
          sheet="CDS 2026")


if __name__ == "__main__":
    make_hand1(); make_hand4(); make_hand3(); make_hand2(); make_hand5()
    # re-save two files through LibreOffice, as real offices do
    import subprocess, shutil, tempfile
    for fn, fmt in (("vpso-bc-1532.docx", "docx"), ("27142-kq-ct38.xlsx", "xlsx"),
                    # Diệp opens and saves her biểu in LibreOffice Calc: formulas get cached values
                    ("sct-bieu-kp-ct38.xlsx", "xlsx"), ("stc-bieu-ct38-2026.xlsx", "xlsx"),
                    ("sxd-bieu-kp-kq.xlsx", "xlsx")):
        tmp = tempfile.mkdtemp()
        subprocess.run(["libreoffice", "--headless", "--convert-to", fmt, "--outdir", tmp,
                        os.path.join(OUT, fn)], check=True, capture_output=True)
        shutil.move(os.path.join(tmp, fn), os.path.join(OUT, fn))
    for fn, k in KEYS.items():
        k["sha256"] = hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest()
        with open(os.path.join(TRUTH, fn + ".json"), "w", encoding="utf-8") as f:
            json.dump(k, f, ensure_ascii=False, indent=1)
    print(len(KEYS), "files")
