# -*- coding: utf-8 -*-
"""Hand A — chuyên viên who copies each task of the plan verbatim as a heading and writes
"Kết quả:" / "Tiến độ:" / "Khó khăn:" under it (per-task difficulties), then general
difficulties and proposals.  4 DOCX + 3 XLSX."""
import os
from lib import *
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

def add_numbering(d, fmt_text, numfmt="decimal", bold=True):
    """Add an automatic list (Word numbering.xml) and return its numId."""
    numbering = d.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 11
    nid = max(num_ids + [0]) + 1
    absn = parse_xml(f'<w:abstractNum {W} w:abstractNumId="{aid}"><w:multiLevelType w:val="singleLevel"/>'
                     f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{numfmt}"/>'
                     f'<w:lvlText w:val="{fmt_text}"/><w:lvlJc w:val="left"/>'
                     f'<w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr>'
                     f'<w:rPr>{"<w:b/>" if bold else ""}</w:rPr></w:lvl></w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(f'<w:num {W} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    return nid

def numbered(p, nid):
    pPr = p._p.get_or_add_pPr()
    pPr.insert(0, parse_xml(f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="{nid}"/></w:numPr>'))

def std_header(d, org_top, org, number, place_date):
    header_block(d,
                 [(org_top, False, False), (org, True, False), ("", False, False), (f"Số: {number}" if number else "Số:      /BC", False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("", False, False), (place_date, False, True)], size=12)

def docx_report(fname, *, org_top, org, number, place_date, title2, intro, blocks, general_diff, proposals,
                heading_mode="auto", signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Minh Tuấn"), author="chuyenvien",
                diff_head="III. KHÓ KHĂN, VƯỚNG MẮC", prop_head="IV. ĐỀ XUẤT, KIẾN NGHỊ", nhan=None):
    d = new_doc(size=13, author=author)
    std_header(d, org_top, org, number, place_date)
    P(d, "")
    P(d, "BÁO CÁO", bold=True, align=CENTER, space_after=0)
    P(d, title2, bold=True, align=CENTER)
    P(d, intro, indent=1, align=JUSTIFY)
    P(d, "I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP", bold=True)
    nid = None
    if heading_mode == "auto":
        nid = add_numbering(d, "Nhiệm vụ %1:")
    elif heading_mode == "auto-dec":
        nid = add_numbering(d, "%1.")
    for i, b in enumerate(blocks, 1):
        head = b["head"]
        if heading_mode == "manual":
            head = f"{i}. {head}"
        p = P(d, head, bold=True, italic=True, align=JUSTIFY, indent=None if nid else 1)
        if nid:
            numbered(p, nid)
        for lab in ("Kết quả", "Tiến độ", "Khó khăn"):
            v = b.get(lab)
            if v is None:
                continue
            if isinstance(v, list):
                P(d, f"- {lab}:", indent=1, align=JUSTIFY, space_after=0)
                for it in v:
                    P(d, f"+ {it}", indent=1, align=JUSTIFY, space_after=0)
                P(d, "", space_after=0)
            else:
                P(d, f"- {lab}: {v}", indent=1, align=JUSTIFY)
    P(d, diff_head, bold=True)
    for it in general_diff:
        P(d, f"- {it}", indent=1, align=JUSTIFY)
    P(d, prop_head, bold=True)
    for i, it in enumerate(proposals, 1):
        P(d, f"{i}. {it}", indent=1, align=JUSTIFY)
    P(d, "")
    t = d.add_table(rows=1, cols=2); no_borders(t)
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    c0.paragraphs[0].text = ""
    add_runs(c0.paragraphs[0], "Nơi nhận:", bold=True, italic=True, size=12)
    for ln in (nhan or ["- Chi cục TĐC TP.HCM;", "- Sở Khoa học và Công nghệ (để b/c);", "- Lưu: VT."]):
        add_runs(c0.add_paragraph(), ln, size=11)
    c1.paragraphs[0].text = ""
    for j, ln in enumerate(signer):
        p = c1.paragraphs[0] if j == 0 else c1.add_paragraph()
        if j == len(signer) - 1:
            for _ in range(3):
                c1.add_paragraph()
            p = c1.add_paragraph()
        add_runs(p, ln, bold=True); p.alignment = CENTER
    d.save(os.path.join(OUT, fname))

def all_diffs(blocks, general):
    out = []
    for b in blocks:
        v = b.get("Khó khăn")
        if v and v not in ("Không.", "Không có."):
            out += v if isinstance(v, list) else [v]
    return out + list(general)

# ======================= A1 Sở Công Thương (docx, auto "Nhiệm vụ n:") =======================
A1 = [
 dict(code="II.1.a", head=PLAN["II.1.a"],
      **{"Kết quả": "Sở Công Thương phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 03 lớp tập huấn văn bản quy phạm pháp luật về đo lường, chất lượng trong kinh doanh xăng dầu, khí dầu mỏ hóa lỏng với 245 lượt học viên là chủ cơ sở, người lao động trực tiếp bán hàng tham dự; đăng tải 06 tin, bài trên Cổng thông tin điện tử của Sở.",
         "Tiến độ": "Hoàn thành.", "Khó khăn": "Không."}),
 dict(code="II.2.b", head=PLAN["II.2.b"],
      **{"Kết quả": "Cử lãnh đạo Phòng Quản lý công nghiệp tham gia Hội đồng sơ tuyển Giải thưởng Chất lượng Quốc gia năm 2026 của Thành phố; phối hợp thẩm định hồ sơ của các doanh nghiệp ngành công thương tham dự.",
         "Tiến độ": "Đang thực hiện (Hội đồng sơ tuyển dự kiến họp trong tháng 11/2026)."}),
 dict(code="II.2.d", head=PLAN["II.2.d"],
      **{"Kết quả": "Thông qua Chương trình khuyến công Thành phố, hỗ trợ 14 doanh nghiệp công nghiệp nông thôn xây dựng, áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 và ISO 22000:2018; kinh phí đã giải ngân 840.000.000 đồng.",
         "Tiến độ": "Đang thực hiện, dự kiến hoàn thành trong Quý IV/2026.",
         "Khó khăn": "Một số doanh nghiệp nhỏ chưa bố trí được nhân sự chuyên trách để duy trì hệ thống sau khi được chứng nhận."}),
 dict(code="II.2.đ", head=PLAN["II.2.đ"],
      **{"Kết quả": "Sở duy trì, cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 đối với toàn bộ thủ tục hành chính thuộc thẩm quyền giải quyết; đã tổ chức đánh giá nội bộ và họp xem xét của lãnh đạo trong tháng 9/2026.",
         "Tiến độ": "Hoàn thành."}),
 dict(code="II.5.a", head=PLAN["II.5.a"],
      **{"Kết quả": "Chủ trì 08 cuộc kiểm tra liên ngành đối với 62 cửa hàng xăng dầu và cơ sở kinh doanh khí dầu mỏ hóa lỏng; phát hiện 07 cơ sở vi phạm về đo lường, chất lượng, ban hành quyết định xử phạt vi phạm hành chính với tổng số tiền 186.500.000 đồng.",
         "Tiến độ": "Đang thực hiện (nhiệm vụ thường xuyên).",
         "Khó khăn": "Lực lượng quản lý thị trường sau sắp xếp còn mỏng, địa bàn quản lý rộng."}),
 dict(code="II.6.a", head=PLAN["II.6.a"],
      **{"Kết quả": "Cập nhật, phổ biến các cam kết về hàng rào kỹ thuật trong thương mại (TBT) trong Hiệp định CPTPP, EVFTA, RCEP cho doanh nghiệp xuất khẩu thông qua 02 hội nghị với 180 đại biểu tham dự.",
         "Tiến độ": "Hoàn thành."}),
]
A1_diff = ["Chưa có hướng dẫn thống nhất về phân định trách nhiệm kiểm tra chất lượng hàng hóa lưu thông trên thị trường giữa các lực lượng sau khi sắp xếp tổ chức bộ máy."]
A1_prop = ["Đề nghị Sở Khoa học và Công nghệ tổ chức tập huấn chuyên sâu về đo lường xăng dầu cho lực lượng quản lý thị trường.",
           "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng chia sẻ dữ liệu kết quả kiểm định cột đo xăng dầu để phục vụ công tác kiểm tra."]

def build_A1():
    fn = "SCT_BC_ChiThi38_nam2026.docx"
    docx_report(fn, org_top="UBND THÀNH PHỐ HỒ CHÍ MINH", org="SỞ CÔNG THƯƠNG", number="4127/BC-SCT",
                place_date="Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
                title2="Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026",
                intro="Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo kết quả thực hiện các nhiệm vụ được phân công như sau:",
                blocks=A1, general_diff=A1_diff, proposals=A1_prop, heading_mode="auto",
                signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Bích Hằng"), author="Tran Thu Ha")
    truth(fn, "SO-CT", "4127/BC-SCT", "2026-10-27", [
        E("II.1.a", "completed", training_courses=3, participants=245, communications=6),
        E("II.2.b", "in_progress"),
        E("II.2.d", "in_progress", enterprises_supported=14, budget_spent_vnd=840000000),
        E("II.2.đ", "completed"),
        E("II.5.a", "in_progress", inspections=8, establishments_inspected=62, violations=7, fines_vnd=186500000),
        E("II.6.a", "completed", training_courses=2, participants=180),
    ], all_diffs(A1, A1_diff), A1_prop)

# ======================= A3 Sở An toàn thực phẩm (docx, manual numbers + plan point refs) =======================
A3 = [
 dict(code="II.1.a", head=PLAN["II.1.a"] + " (điểm a khoản 1 Mục II Kế hoạch)",
      **{"Kết quả": "Lồng ghép nội dung tiêu chuẩn, quy chuẩn kỹ thuật về an toàn thực phẩm, ghi nhãn hàng hóa trong 04 lớp tập huấn kiến thức an toàn thực phẩm cho 520 người sản xuất, kinh doanh thực phẩm."}),
 dict(code="II.2.a", head=PLAN["II.2.a"] + " (điểm a khoản 2 Mục II Kế hoạch)",
      **{"Kết quả": "Phối hợp triển khai Đề án 100, hướng dẫn 35 doanh nghiệp, hợp tác xã kinh doanh thực phẩm áp dụng giải pháp truy xuất nguồn gốc điện tử, kết nối với Cổng truy xuất nguồn gốc sản phẩm, hàng hóa quốc gia.",
         "Tiến độ": "Đang thực hiện.",
         "Khó khăn": "Chi phí duy trì tem truy xuất nguồn gốc còn là gánh nặng đối với cơ sở nhỏ lẻ nên nhiều cơ sở chưa mặn mà tham gia."}),
 dict(code="II.5.a", head=PLAN["II.5.a"] + " (điểm a khoản 5 Mục II Kế hoạch)",
      **{"Kết quả": "Tổ chức 12 đoàn kiểm tra, hậu kiểm đối với 148 cơ sở sản xuất, kinh doanh thực phẩm; phát hiện 19 cơ sở vi phạm (chủ yếu về ghi nhãn, công bố sản phẩm), xử phạt 413.000.000 đồng.",
         "Tiến độ": "Đang thực hiện theo kế hoạch kiểm tra năm."}),
 dict(code="II.5.b", head=PLAN["II.5.b"] + " (điểm b khoản 5 Mục II Kế hoạch)",
      **{"Kết quả": "Lấy 120 mẫu thực phẩm bao gói sẵn lưu thông trên thị trường để kiểm nghiệm các chỉ tiêu chất lượng, an toàn; kết quả đã thông tin cho các cơ quan chức năng và cảnh báo người tiêu dùng.",
         "Tiến độ": "Hoàn thành.",
         "Khó khăn": "Kinh phí lấy mẫu, kiểm nghiệm chỉ đáp ứng khoảng 60% nhu cầu."}),
 dict(code="II.6.b", head=PLAN["II.6.b"] + " (điểm b khoản 6 Mục II Kế hoạch)",
      **{"Kết quả": "Trong năm chưa nhận được yêu cầu phối hợp.", "Tiến độ": "Chưa thực hiện."}),
]
A3_diff = ["Việc phân cấp quản lý an toàn thực phẩm cho UBND phường, xã, đặc khu sau sắp xếp còn chồng chéo với nội dung phân quyền về tiêu chuẩn, đo lường, chất lượng.",
           "Đội ngũ công chức làm công tác kiểm tra tại cơ sở thường xuyên thay đổi, thiếu kinh nghiệm."]
A3_prop = ["Kiến nghị Sở Khoa học và Công nghệ phối hợp Sở An toàn thực phẩm ban hành quy chế phối hợp trong kiểm tra chất lượng, nhãn hàng hóa thực phẩm.",
           "Kiến nghị bổ sung kinh phí kiểm nghiệm mẫu phục vụ khảo sát chất lượng năm 2027."]

def build_A3():
    fn = "BC 615 SATTP - CT38.docx"
    docx_report(fn, org_top="UBND THÀNH PHỐ HỒ CHÍ MINH", org="SỞ AN TOÀN THỰC PHẨM", number="615/BC-SATTP",
                place_date="Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026",
                title2="Kết quả triển khai thực hiện Kế hoạch thực hiện Chỉ thị số 38-CT/TW năm 2026",
                intro="Căn cứ Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Sở An toàn thực phẩm báo cáo kết quả thực hiện các nhiệm vụ có liên quan như sau:",
                blocks=A3, general_diff=A3_diff, proposals=A3_prop, heading_mode="manual",
                diff_head="II. KHÓ KHĂN, VƯỚNG MẮC CHUNG", prop_head="III. KIẾN NGHỊ",
                signer=("GIÁM ĐỐC", "Phạm Khánh Phong Lan"), author="P.NVD")
    truth(fn, "SO-ATTP", "615/BC-SATTP", "2026-10-29", [
        E("II.1.a", "unknown", training_courses=4, participants=520),
        E("II.2.a", "in_progress", enterprises_supported=35),
        E("II.5.a", "in_progress", inspections=12, establishments_inspected=148, violations=19, fines_vnd=413000000),
        E("II.5.b", "completed", samples_tested=120),
        E("II.6.b", "not_started"),
    ], all_diffs(A3, A3_diff), A3_prop)

# ======================= A4 Phòng Quản lý Khoa học (docx, auto decimal) =======================
A4 = [
 dict(code="II.3.b", head=PLAN["II.3.b"],
      **{"Kết quả": "Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 02 khóa bồi dưỡng chuyên sâu về công cụ cải tiến năng suất (Lean, 5S, Kaizen) cho 96 học viên là cán bộ quản lý doanh nghiệp.",
         "Tiến độ": "Hoàn thành.", "Khó khăn": "Không."}),
 dict(code="II.3.c", head=PLAN["II.3.c"],
      **{"Kết quả": "Tiếp nhận, thẩm định 02 hồ sơ đề xuất thu hút chuyên gia trong lĩnh vực đo lường, thử nghiệm theo Quyết định số 05/2026/QĐ-UBND; đang trình Hội đồng xem xét.",
         "Tiến độ": "Đang thực hiện.",
         "Khó khăn": "Mức thu nhập theo Nghị quyết số 27/2023/NQ-HĐND chưa đủ sức cạnh tranh với khu vực doanh nghiệp đối với chuyên gia đo lường, thử nghiệm."}),
 dict(code="II.6.b", head=PLAN["II.6.b"],
      **{"Kết quả": "Trong năm 2026 không phát sinh yêu cầu phối hợp với Tổ chức Năng suất Châu Á (APO) đối với Phòng.",
         "Tiến độ": "Không phát sinh."}),
]
A4_prop = ["Đề nghị Lãnh đạo Sở xem xét bổ sung chỉ tiêu thu hút chuyên gia lĩnh vực tiêu chuẩn, đo lường, chất lượng vào kế hoạch năm 2027."]

def build_A4():
    fn = "QLKH-bao cao CT38-2026.docx"
    docx_report(fn, org_top="SỞ KHOA HỌC VÀ CÔNG NGHỆ", org="PHÒNG QUẢN LÝ KHOA HỌC", number="112/BC-QLKH",
                place_date="Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026",
                title2="Kết quả thực hiện nhiệm vụ được phân công tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
                intro="Phòng Quản lý Khoa học báo cáo kết quả thực hiện các nhiệm vụ được phân công chủ trì, phối hợp tại Kế hoạch như sau:",
                blocks=A4, general_diff=["Không có khó khăn phát sinh ngoài nội dung đã nêu tại từng nhiệm vụ."], proposals=A4_prop,
                heading_mode="auto-dec", diff_head="II. KHÓ KHĂN, VƯỚNG MẮC", prop_head="III. ĐỀ XUẤT",
                signer=("TRƯỞNG PHÒNG", "Võ Thị Ngọc Diệp"), author="QLKH-01",
                nhan=["- Chi cục TĐC (để tổng hợp);", "- Lưu: QLKH."])
    truth(fn, "SKHCN-QLKH", "112/BC-QLKH", "2026-10-26", [
        E("II.3.b", "completed", training_courses=2, participants=96),
        E("II.3.c", "in_progress"),
        E("II.6.b", "not_applicable"),
    ], ["Mức thu nhập theo Nghị quyết số 27/2023/NQ-HĐND chưa đủ sức cạnh tranh với khu vực doanh nghiệp đối với chuyên gia đo lường, thử nghiệm."], A4_prop)

# ======================= A6 Phường Bình Thạnh (docx, auto "%1.", re-saved by LibreOffice later) =======================
A6 = [
 dict(code="II.1.a", head="Tổ chức các lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng đối với cá nhân, tổ chức, doanh nghiệp sản xuất kinh doanh tại Thành phố…",
      **{"Kết quả": ["Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 hội nghị phổ biến quy định về nhãn hàng hóa, đo lường trong thương mại bán lẻ cho 120 hộ kinh doanh tại các chợ Bà Chiểu, Thanh Đa.",
                     "Đăng 15 tin, bài trên trang thông tin điện tử và nhóm Zalo các khu phố."],
         "Tiến độ": "Hoàn thành."}),
 dict(code="II.1.b", head="Tuyên truyền, vận động, hướng dẫn tổ chức, doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia.",
      **{"Kết quả": "Chưa tổ chức tuyên truyền riêng do chưa nhận được tài liệu hướng dẫn.", "Tiến độ": "Chưa thực hiện."}),
 dict(code="II.2.đ", head="Tổ chức triển khai xây dựng, áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng tiên tiến trong hoạt động các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước theo quy định của pháp luật.",
      **{"Kết quả": "UBND phường đã công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 ngày 18/8/2026, áp dụng cho 100% thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công phường.",
         "Tiến độ": "Hoàn thành."}),
 dict(code="II.3.a", head="Tổ chức các chương trình tập huấn và cập nhật kiến thức về chuyên môn, nghiệp vụ công tác tiêu chuẩn, đo lường, chất lượng cho công chức các Sở, ngành, UBND xã, phường, đặc khu…",
      **{"Kết quả": "Cử 02 công chức Phòng Kinh tế tham gia lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Sở Khoa học và Công nghệ tổ chức.",
         "Tiến độ": "Hoàn thành."}),
 dict(code="II.5.c", head="Phối hợp các Ủy ban nhân dân phường/xã và đặc khu thực hiện các nội dung được phân quyền trong công tác quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng.",
      **{"Kết quả": "Thành lập 03 đoàn kiểm tra liên ngành, kiểm tra 27 cơ sở kinh doanh (cân thương mại tại chợ, cửa hàng vàng bạc, xăng dầu); phát hiện 04 cơ sở vi phạm, xử phạt 8.000.000 đồng, tịch thu 11 cân đồng hồ không đạt yêu cầu.",
         "Tiến độ": "Đang thực hiện.",
         "Khó khăn": "Phường chưa có phương tiện, thiết bị kiểm tra nhanh về đo lường; phải phụ thuộc vào lực lượng của Chi cục."}),
]
A6_diff = ["Công chức phụ trách lĩnh vực khoa học và công nghệ của phường kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu."]
A6_prop = ["Đề nghị Chi cục hỗ trợ phường 01 bộ quả cân chuẩn để đặt tại các chợ làm điểm cân đối chứng.",
           "Đề nghị tổ chức tập huấn nghiệp vụ kiểm tra đo lường cho công chức phường, xã mới sau sắp xếp."]

def build_A6():
    fn = "Phuong Binh Thanh - BC thuc hien KH CT38.docx"
    docx_report(fn, org_top="ỦY BAN NHÂN DÂN", org="PHƯỜNG BÌNH THẠNH", number="287/BC-UBND",
                place_date="Bình Thạnh, ngày 06 tháng 11 năm 2026",
                title2="Tình hình, kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn Phường Bình Thạnh",
                intro="Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 và đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh, Ủy ban nhân dân Phường Bình Thạnh báo cáo như sau:",
                blocks=A6, general_diff=A6_diff, proposals=A6_prop, heading_mode="auto-dec",
                signer=("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Huỳnh Thanh Sơn"), author="UBND P.Binh Thanh",
                nhan=["- Chi cục TĐC Thành phố;", "- TT. Đảng ủy phường;", "- Lưu: VT, KT."])
    soffice_resave(os.path.join(OUT, fn))  # the phường's văn thư opens and re-saves it in LibreOffice
    truth(fn, "26929", "287/BC-UBND", "2026-11-06", [
        E("II.1.a", "completed", training_courses=1, participants=120, communications=15),
        E("II.1.b", "not_started"),
        E("II.2.đ", "completed"),
        E("II.3.a", "completed", participants=2),
        E("II.5.c", "in_progress", inspections=3, establishments_inspected=27, violations=4, fines_vnd=8000000),
    ], all_diffs(A6, A6_diff), A6_prop)

# ======================= XLSX variant =======================
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def xlsx_report(fname, *, org_top, org, number, place_date, title, rows, after, author, widths=(6, 60, 55, 18, 40),
                heads=("STT", "Nhiệm vụ theo Kế hoạch", "Kết quả thực hiện", "Tiến độ", "Khó khăn, vướng mắc"), sheet="Bao cao"):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sheet
    wb.properties.creator = author
    ws.merge_cells("A1:B1"); ws["A1"] = org_top
    ws.merge_cells("A2:B2"); ws["A2"] = org; ws["A2"].font = Font(name="Times New Roman", bold=True, size=12)
    ws.merge_cells("C1:E1"); ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["C1"].font = Font(name="Times New Roman", bold=True, size=12)
    ws.merge_cells("C2:E2"); ws["C2"] = "Độc lập - Tự do - Hạnh phúc"; ws["C2"].font = Font(name="Times New Roman", bold=True, size=12)
    ws.merge_cells("A3:B3"); ws["A3"] = f"Số: {number}"
    ws.merge_cells("C3:E3"); ws["C3"] = place_date; ws["C3"].font = Font(name="Times New Roman", italic=True, size=12)
    for c in ("A1", "A2", "A3", "C1", "C2", "C3"):
        ws[c].alignment = Alignment(horizontal="center")
    ws.merge_cells("A5:E5"); ws["A5"] = "BÁO CÁO"; ws["A5"].font = Font(name="Times New Roman", bold=True, size=14)
    ws.merge_cells("A6:E6"); ws["A6"] = title; ws["A6"].font = Font(name="Times New Roman", bold=True, size=12)
    ws["A5"].alignment = ws["A6"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[6].height = 34
    r = 8
    for j, h in enumerate(heads, 1):
        c = ws.cell(r, j, h); c.font = Font(name="Times New Roman", bold=True, size=12)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); c.border = BOX
    for i, row in enumerate(rows, 1):
        r += 1
        vals = [i, row["head"], row.get("Kết quả", ""), row.get("Tiến độ", ""), row.get("Khó khăn", "")]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.border = BOX
            c.font = Font(name="Times New Roman", size=12)
            c.alignment = Alignment(vertical="top", wrap_text=True, horizontal="center" if j in (1, 4) else None)
    r += 2
    for (txt, bold) in after:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        c = ws.cell(r, 1, txt); c.font = Font(name="Times New Roman", bold=bold, size=12)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fname))

A2 = [
 dict(head=PLAN["II.2.đ"], **{"Kết quả": "Duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Văn phòng Sở và 03 chi cục trực thuộc; tổ chức 01 lớp đào tạo chuyên gia đánh giá nội bộ cho 42 công chức.", "Tiến độ": "Hoàn thành"}),
 dict(head=PLAN["II.2.e"], **{"Kết quả": "Góp ý 07 dự thảo (05 QCVN về trang thiết bị y tế, 02 TCVN về dụng cụ y tế) theo đề nghị của Bộ Y tế và Bộ Khoa học và Công nghệ.", "Tiến độ": "Đang thực hiện"}),
 dict(head=PLAN["II.3.a"], **{"Kết quả": "Cử 06 công chức, viên chức tham gia lớp tập huấn nghiệp vụ đo lường trong lĩnh vực y tế do Chi cục TĐC tổ chức.", "Tiến độ": "Hoàn thành"}),
 dict(head=PLAN["II.5.a"], **{"Kết quả": "Thanh tra Sở kiểm tra 24 cơ sở kinh doanh trang thiết bị y tế, mỹ phẩm; lấy 36 mẫu mỹ phẩm kiểm nghiệm; xử phạt 05 cơ sở vi phạm với tổng số tiền 97.000.000 đồng.", "Tiến độ": "Đang thực hiện", "Khó khăn": "Chi phí kiểm nghiệm mẫu cao, kinh phí được giao chưa đáp ứng yêu cầu."}),
 dict(head=PLAN["II.5.d"], **{"Kết quả": "Trong kỳ chưa tiếp nhận trường hợp tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng.", "Tiến độ": "Không phát sinh"}),
]
A2_prop = ["Đề nghị Sở Khoa học và Công nghệ sớm có văn bản hướng dẫn kiểm định phương tiện đo nhóm 2 sử dụng trong lĩnh vực y tế.",
           "Đề nghị Chi cục TĐC chia sẻ danh sách tổ chức thử nghiệm được chỉ định đối với mỹ phẩm, trang thiết bị y tế."]

def build_A2():
    fn = "SYT_BaoCao_CT38_2026.xlsx"
    xlsx_report(fn, org_top="UBND THÀNH PHỐ HỒ CHÍ MINH", org="SỞ Y TẾ", number="2981/BC-SYT",
                place_date="Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
                title="Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
                rows=A2, author="Nguyen Hoang Yen",
                after=[("Đề xuất, kiến nghị:", True)] + [(f"{i}. {p}", False) for i, p in enumerate(A2_prop, 1)])
    truth(fn, "SO-YT", "2981/BC-SYT", "2026-10-30", [
        E("II.2.đ", "completed", training_courses=1, participants=42),
        E("II.2.e", "in_progress", standards_reviewed=7),
        E("II.3.a", "completed", participants=6),
        E("II.5.a", "in_progress", establishments_inspected=24, samples_tested=36, violations=5, fines_vnd=97000000),
        E("II.5.d", "not_applicable"),
    ], ["Chi phí kiểm nghiệm mẫu cao, kinh phí được giao chưa đáp ứng yêu cầu."], A2_prop)

A5 = [
 dict(head=PLAN["II.2.a"], **{"Kết quả": "Hỗ trợ 48 hợp tác xã, doanh nghiệp nông nghiệp áp dụng truy xuất nguồn gốc, mã số vùng trồng; kinh phí đã giải ngân 1.200.000.000 đồng.", "Tiến độ": "Đang triển khai", "Khó khăn": "Dữ liệu truy xuất nguồn gốc của ngành nông nghiệp chưa liên thông với Cổng truy xuất nguồn gốc quốc gia."}),
 dict(head=PLAN["II.2.đ"], **{"Kết quả": "Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015 tại cơ quan Sở và các đơn vị trực thuộc.", "Tiến độ": "Hoàn thành"}),
 dict(head=PLAN["II.2.e"], **{"Kết quả": "Tham gia góp ý 03 dự thảo quy chuẩn kỹ thuật quốc gia về phân bón, thuốc bảo vệ thực vật.", "Tiến độ": "Hoàn thành"}),
 dict(head=PLAN["II.5.a"], **{"Kết quả": "Tổ chức 11 đoàn kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi tại 95 cơ sở; 09 cơ sở vi phạm, xử phạt 142.000.000 đồng.", "Tiến độ": "Đang thực hiện"}),
 dict(head=PLAN["II.5.b"], **{"Kết quả": "Lấy 60 mẫu phân bón lưu thông để phân tích chỉ tiêu chất lượng; kết quả đang chờ tổng hợp.", "Tiến độ": "Đang thực hiện", "Khó khăn": "Thời gian trả kết quả phân tích mẫu kéo dài."}),
]
A5_diff = ["Biên chế làm công tác kiểm tra chuyên ngành giảm sau hợp nhất Sở."]
A5_prop = ["Đề nghị Sở Khoa học và Công nghệ hướng dẫn cơ chế chia sẻ dữ liệu truy xuất nguồn gốc giữa các ngành."]

def build_A5():
    fn = "SNNMT - Bieu BC CT38 (gui Chi cuc TDC).xlsx"
    xlsx_report(fn, org_top="UBND THÀNH PHỐ HỒ CHÍ MINH", org="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", number="5530/BC-SNNMT",
                place_date="Thành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026",
                title="Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (các nhiệm vụ có liên quan của Sở Nông nghiệp và Môi trường)",
                rows=A5, author="Le Van Khoa", heads=("TT", "Nhiệm vụ (trích Kế hoạch)", "Kết quả", "Tiến độ", "Khó khăn"),
                after=[("Khó khăn, vướng mắc chung:", True), (f"- {A5_diff[0]}", False), ("Kiến nghị:", True), (f"- {A5_prop[0]}", False)],
                sheet="CT38")
    truth(fn, "SO-NNMT", "5530/BC-SNNMT", "2026-11-03", [
        E("II.2.a", "in_progress", enterprises_supported=48, budget_spent_vnd=1200000000),
        E("II.2.đ", "completed"),
        E("II.2.e", "completed", standards_reviewed=3),
        E("II.5.a", "in_progress", inspections=11, establishments_inspected=95, violations=9, fines_vnd=142000000),
        E("II.5.b", "in_progress", samples_tested=60),
    ], ["Dữ liệu truy xuất nguồn gốc của ngành nông nghiệp chưa liên thông với Cổng truy xuất nguồn gốc quốc gia.",
        "Thời gian trả kết quả phân tích mẫu kéo dài."] + A5_diff, A5_prop)

A7 = [
 dict(head="Tổ chức các lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng đối với cá nhân, tổ chức, doanh nghiệp sản xuất kinh doanh", **{"Kết quả": "Lồng ghép tuyên truyền tại 02 hội nghị với 160 lượt người tham dự; 08 tin phát trên hệ thống truyền thanh xã.", "Tiến độ": "Hoàn thành"}),
 dict(head="Tổ chức triển khai xây dựng, áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng tiên tiến trong hoạt động các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước", **{"Kết quả": "Đang xây dựng tài liệu HTQLCL theo TCVN ISO 9001:2015 cho bộ máy UBND xã mới.", "Tiến độ": "Đang thực hiện", "Khó khăn": "Chưa bố trí được kinh phí thuê đơn vị tư vấn."}),
 dict(head="Phối hợp các Ủy ban nhân dân phường/xã và đặc khu thực hiện các nội dung được phân quyền trong công tác quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng", **{"Kết quả": "Kiểm tra 02 đợt tại 16 cơ sở kinh doanh xăng dầu, vật liệu xây dựng; đã nhắc nhở, hướng dẫn các cơ sở khắc phục tồn tại.", "Tiến độ": "Đang thực hiện"}),
 dict(head="Khen thưởng và có biện pháp phù hợp để bảo vệ người tố giác hành vi vi phạm quy định của pháp luật về tiêu chuẩn, đo lường, chất lượng", **{"Kết quả": "Không có trường hợp tố giác.", "Tiến độ": "Không phát sinh"}),
]
A7_prop = ["Đề nghị Thành phố bố trí kinh phí hỗ trợ các xã xây dựng HTQLCL theo TCVN ISO 9001:2015 sau sắp xếp.",
           "Đề nghị Chi cục TĐC cử cán bộ hướng dẫn nghiệp vụ kiểm tra đo lường tại chợ cho xã."]

def build_A7():
    fn = "Xa Dau Tieng_bao cao CT38.xlsx"
    xlsx_report(fn, org_top="ỦY BAN NHÂN DÂN", org="XÃ DẦU TIẾNG", number="164/BC-UBND",
                place_date="Dầu Tiếng, ngày 10 tháng 11 năm 2026",
                title="Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn Xã Dầu Tiếng",
                rows=A7, author="VP UBND xa",
                after=[("II. ĐỀ XUẤT, KIẾN NGHỊ", True)] + [(f"- {p}", False) for p in A7_prop])
    truth(fn, "25777", "164/BC-UBND", "2026-11-10", [
        E("II.1.a", "completed", training_courses=2, participants=160, communications=8),
        E("II.2.đ", "in_progress"),
        E("II.5.c", "in_progress", inspections=2, establishments_inspected=16),
        E("II.5.d", "not_applicable"),
    ], ["Chưa bố trí được kinh phí thuê đơn vị tư vấn."], A7_prop)

if __name__ == "__main__":
    for f in (build_A1, build_A2, build_A3, build_A4, build_A5, build_A6, build_A7):
        f()
    print("A done")
