# -*- coding: utf-8 -*-
"""Generator for set56: 17 report files in 4 hands, with answer keys."""
import hashlib, json, os, subprocess, shutil, tempfile
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

UNITS = {
    "SKHCN-CCTDC": "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    "SKHCN-VP": "Văn phòng Sở Khoa học và Công nghệ",
    "SKHCN-KTPC": "Phòng Kiểm tra – Pháp chế",
    "SKHCN-CDS": "Phòng Chuyển đổi số",
    "SKHCN-QLKH": "Phòng Quản lý Khoa học",
    "SKHCN-TTPTTN": "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    "SKHCN-TTCNTT": "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh",
    "SO-CT": "Sở Công Thương",
    "SO-GDDT": "Sở Giáo dục và Đào tạo",
    "SO-NNMT": "Sở Nông nghiệp và Môi trường",
    "25846": "Phường Thới Hòa",
    "26728": "Xã Châu Pha",
    "26842": "Phường Tăng Nhơn Phú",
}

KEYS = []


def key(fname, unit_id, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS.append(dict(file=fname, unit_id=unit_id, number=number, date=date,
                     entries=entries, diffs=diffs, props=props, status=status, reason=reason))


def E(task, status, text, **ind):
    return {"task": task, "status": status, "indicators": ind, "text": text}


# ---------------------------------------------------------------- docx helpers
def new_doc(font="Times New Roman", size=13, landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return d


def para(d, text="", bold=False, italic=False, align=None, size=None, indent=True, space_after=4, underline=False):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    if indent and align in (None, "j"): pf.first_line_indent = Cm(1)
    return p


def cell_lines(cell, lines, align="c", size=12):
    cell.paragraphs[0].text = ""
    first = True
    for txt, b, i in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(txt); r.bold = b; r.italic = i; r.font.size = Pt(size)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == "c" else WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.space_after = Pt(0)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e); x.set(qn("w:val"), "nil"); b.append(x)
    tblPr.append(b)


def header_table(d, left, right, widths=(7, 9.5)):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    t.columns[0].width = Cm(widths[0]); t.columns[1].width = Cm(widths[1])
    cell_lines(t.cell(0, 0), left)
    cell_lines(t.cell(0, 1), right)
    return t


QH = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
      ("_______________________", False, False)]


def grid_table(d, rows, bold_first=True, size=11):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(str(v))
            r.font.size = Pt(size)
            r.bold = bold_first and i == 0
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


# ================================================================ HAND 1: Khoa
# Chi cục rooms / small units: "1. <short name>" bold run-in, narrative, then a
# 2-row horizontal "figure strip" table under the paragraph, then a separate
# sentence "Việc này đã xong / đang làm / chưa làm / không có phát sinh".
def hand1(fname, unit_id, left, date_iso, date_line, title, to, intro, items, diffs, props, signer, number):
    d = new_doc()
    header_table(d, left, QH + [(date_line, False, True)])
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(d, title, bold=True, align="c")
    para(d, "Kính gửi: " + to, align="c")
    para(d, intro, align="j")
    entries = []
    for n, it in enumerate(items, 1):
        p = d.add_paragraph()
        p.paragraph_format.first_line_indent = Cm(1)
        r = p.add_run(f"{n}. {it['name']}: "); r.bold = True
        p.add_run(it["text"])
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if it.get("strip"):
            labels = [a for a, b in it["strip"]]
            vals = [b for a, b in it["strip"]]
            grid_table(d, [labels, vals], size=11)
            para(d, space_after=0)
        if it.get("st"):
            para(d, it["st"], align="j")
        entries.append(E(it["task"], it["status"], it["text"], **it.get("ind", {})))
    para(d, "Khó khăn:", bold=True, indent=True)
    for x in diffs:
        para(d, "- " + x, align="j")
    para(d, "Kiến nghị:", bold=True, indent=True)
    for x in props:
        para(d, "- " + x, align="j")
    para(d, "Trên đây là báo cáo của " + signer[0] + "./.", align="j")
    t = d.add_table(rows=1, cols=2); no_borders(t)
    cell_lines(t.cell(0, 0), [("Nơi nhận:", True, True), ("- Như trên;", False, False), ("- Lưu: VT.", False, False)], align="l", size=11)
    cell_lines(t.cell(0, 1), [(signer[1], True, False), ("", False, False), ("", False, False), (signer[2], True, False)])
    d.save(os.path.join(OUT, fname))
    key(fname, unit_id, number, date_iso, entries, diffs, props)


def gen_hand1():
    # 1 -------- Phòng Quản lý Đo lường (Chi cục)
    items = [
        dict(name="Chuẩn đo lường chính", task="II.4.c", status="completed",
             text="Phòng phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm rà soát danh mục chuẩn đo lường chính của Chi cục, gửi hiệu chuẩn, liên kết chuẩn 06 chuẩn (quả cân chuẩn cấp chính xác F1, bình chuẩn kim loại hạng 2, áp kế chuẩn) tại Viện Đo lường Việt Nam.",
             strip=[("Chuẩn đã hiệu chuẩn, liên kết", "06")], st="Việc này đã xong.", ind=dict(instruments_verified=6)),
        dict(name="Phương tiện kỹ thuật nghiệp vụ", task="II.4.b", status="in_progress",
             text="Rà soát 21 phương tiện, thiết bị kỹ thuật nghiệp vụ đang dùng cho công tác kiểm tra (cân kiểm tra, bình chuẩn, máy đo độ ẩm nông sản…); đã gửi kiểm định, hiệu chuẩn 17 thiết bị, còn 04 thiết bị hỏng chờ thanh lý. Kinh phí đã chi 38.400.000 đồng.",
             strip=[("Thiết bị rà soát", "21"), ("Đã kiểm định, hiệu chuẩn", "17"), ("Kinh phí đã chi (đồng)", "38.400.000")],
             st="Việc này đang làm, 04 thiết bị hỏng đang làm thủ tục thanh lý, mua thay thế.",
             ind=dict(instruments_verified=17, budget_spent_vnd=38400000)),
        dict(name="Kiểm tra nhà nước về đo lường", task="II.5.a", status="completed",
             text="Chủ trì 03 đoàn kiểm tra về đo lường đối với cửa hàng xăng dầu, cơ sở kinh doanh vàng trang sức và chợ đầu mối; kiểm tra 46 cơ sở, phát hiện 05 cơ sở vi phạm, đã chuyển hồ sơ để xử phạt tổng số tiền 62.500.000 đồng.",
             strip=[("Đoàn kiểm tra", "03"), ("Cơ sở được kiểm tra", "46"), ("Cơ sở vi phạm", "05"), ("Tiền phạt (đồng)", "62.500.000")],
             st="Việc này đã xong theo kế hoạch năm, còn lại kiểm tra đột xuất khi có chỉ đạo.",
             ind=dict(inspections=3, establishments_inspected=46, violations=5, fines_vnd=62500000)),
        dict(name="Đề án 996 – đo lường hỗ trợ doanh nghiệp", task="II.2.a", status="in_progress",
             text="Khảo sát nhu cầu, hướng dẫn 12 doanh nghiệp xây dựng hệ thống quản lý đo lường theo TCVN ISO 10012:2007; tổ chức 01 hội thảo “Đo lường hỗ trợ doanh nghiệp nâng cao năng lực cạnh tranh” với 85 đại biểu.",
             strip=[("Doanh nghiệp được hướng dẫn", "12"), ("Hội thảo", "01"), ("Đại biểu", "85")],
             st="Việc này đang làm, Quý IV tiếp tục hướng dẫn thêm doanh nghiệp.",
             ind=dict(enterprises_supported=12, training_courses=1, participants=85)),
        dict(name="Xã hội hóa kiểm định, hiệu chuẩn", task="II.2.g", status="unknown",
             text="Hướng dẫn 04 tổ chức hoàn thiện hồ sơ đăng ký cung cấp dịch vụ kiểm định, hiệu chuẩn phương tiện đo nhóm 2 trên địa bàn Thành phố.",
             strip=[("Tổ chức được hướng dẫn", "04")], ind=dict(enterprises_supported=4)),
        dict(name="Phối hợp phường, xã kiểm tra tại chợ", task="II.5.c", status="in_progress",
             text="Phối hợp Ủy ban nhân dân 07 phường, xã tổ chức 07 cuộc kiểm tra phương tiện đo, đo lường trong kinh doanh tại chợ; kiểm tra 58 hộ kinh doanh, 02 trường hợp vi phạm đã nhắc nhở, yêu cầu khắc phục.",
             strip=[("Cuộc kiểm tra", "07"), ("Hộ kinh doanh", "58"), ("Vi phạm", "02")],
             st="Việc này đang làm.", ind=dict(inspections=7, establishments_inspected=58, violations=2)),
    ]
    hand1("cctdc-qldl-bc-ct38-10thang.docx", "SKHCN-CCTDC",
          [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False, False), ("CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", True, False),
           ("PHÒNG QUẢN LÝ ĐO LƯỜNG", True, False), ("Số: 38/BC-QLĐL", False, False)],
          "2026-10-23", "TP. Hồ Chí Minh, ngày 23/10/2026",
          "Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 (tính đến 20/10/2026)",
          "Lãnh đạo Chi cục",
          "Thực hiện phân công của Lãnh đạo Chi cục, Phòng Quản lý Đo lường báo cáo kết quả thực hiện các việc được giao trong Kế hoạch Chỉ thị 38 năm 2026 như sau:",
          items,
          ["Một số thiết bị kỹ thuật nghiệp vụ đã xuống cấp, kinh phí bảo trì, hiệu chuẩn năm 2026 không đủ để hiệu chuẩn toàn bộ.",
           "Công chức phụ trách đo lường ở phường, xã kiêm nhiệm nhiều việc, thay đổi thường xuyên."],
          ["Đề nghị Lãnh đạo Chi cục trình Sở bổ sung kinh phí mua sắm 04 cân kiểm tra thay thế thiết bị hỏng.",
           "Đề nghị Chi cục tổ chức 01 lớp tập huấn nghiệp vụ đo lường cho công chức phường, xã trong Quý IV/2026."],
          ("Phòng Quản lý Đo lường", "TRƯỞNG PHÒNG", "Lê Minh Khoa"), "38/BC-QLĐL")

    # 2 -------- Phòng Quản lý Tiêu chuẩn Chất lượng (Chi cục)
    items = [
        dict(name="Vận động tham dự Giải thưởng Chất lượng Quốc gia", task="II.1.b", status="completed",
             text="Gửi thư mời, hướng dẫn 27 doanh nghiệp về điều kiện, hồ sơ tham dự; đăng 04 tin trên trang thông tin điện tử của Sở; kết quả có 06 doanh nghiệp nộp hồ sơ tham dự.",
             strip=[("DN được hướng dẫn", "27"), ("Tin đăng", "04"), ("DN nộp hồ sơ", "06")],
             st="Việc này đã xong.", ind=dict(enterprises_supported=27, communications=4)),
        dict(name="Hội đồng sơ tuyển Giải thưởng", task="II.2.b", status="in_progress",
             text="Tham mưu thành lập Hội đồng sơ tuyển Giải thưởng Chất lượng Quốc gia năm 2026 của Thành phố, tổ chức đánh giá tại chỗ 06 doanh nghiệp.",
             strip=[("DN được đánh giá tại chỗ", "06")],
             st="Việc này đang làm, chờ Hội đồng Quốc gia xét chọn.", ind={}),
        dict(name="Hỗ trợ áp dụng hệ thống quản lý, công bố hợp chuẩn, hợp quy", task="II.2.d", status="in_progress",
             text="Tiếp nhận, xử lý 318 hồ sơ công bố hợp quy; hướng dẫn 41 doanh nghiệp xây dựng, áp dụng ISO 9001, HACCP, ISO 22000 và tiêu chuẩn cơ sở.",
             strip=[("Hồ sơ công bố hợp quy", "318"), ("DN được hướng dẫn", "41")],
             st="Việc này làm thường xuyên, đến nay vẫn đang làm.", ind=dict(enterprises_supported=41)),
        dict(name="Góp ý TCVN, QCVN", task="II.2.e", status="completed",
             text="Góp ý 09 dự thảo TCVN và 03 dự thảo QCVN do Bộ Khoa học và Công nghệ gửi lấy ý kiến; phối hợp Sở Xây dựng góp ý 01 dự thảo QCVN về sản phẩm vật liệu xây dựng.",
             strip=[("TCVN góp ý", "09"), ("QCVN góp ý", "04"), ("Tổng số", "13")],
             st="Việc này đã xong phần việc năm 2026.", ind=dict(standards_reviewed=13)),
        dict(name="Kết nối cơ sở dữ liệu quốc gia về TĐC", task="II.2.i", status="not_started",
             text="Đã chuẩn bị dữ liệu công bố hợp chuẩn, hợp quy của Thành phố để cập nhật khi được cấp quyền kết nối.",
             st="Việc này chưa làm được do Bộ chưa cấp tài khoản kết nối."),
        dict(name="Khảo sát chất lượng hàng hóa", task="II.5.b", status="in_progress",
             text="Lấy 64 mẫu (mũ bảo hiểm, đồ chơi trẻ em, thép cốt bê tông) gửi thử nghiệm; 07 mẫu không phù hợp, đã thông tin cho Phòng Kiểm tra – Pháp chế. Kinh phí thử nghiệm đã chi 96.800.000 đồng.",
             strip=[("Mẫu đã lấy", "64"), ("Mẫu không phù hợp", "07"), ("Kinh phí thử nghiệm (đồng)", "96.800.000")],
             st="Việc này đã xong đợt 1, đợt 2 đang làm.", ind=dict(samples_tested=64, budget_spent_vnd=96800000)),
        dict(name="Cập nhật điều ước, thỏa thuận quốc tế", task="II.6.a", status="not_applicable",
             text="Nội dung này do Tổ TBT làm đầu mối.",
             st="Việc này trong kỳ không có phát sinh đối với Phòng."),
    ]
    hand1("cctdc-qltccl-bc-ct38.docx", "SKHCN-CCTDC",
          [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False, False), ("CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", True, False),
           ("PHÒNG QUẢN LÝ TIÊU CHUẨN CHẤT LƯỢNG", True, False), ("Số: 52/BC-TCCL", False, False)],
          "2026-10-27", "TP. Hồ Chí Minh, ngày 27/10/2026",
          "Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026 của Phòng Quản lý Tiêu chuẩn Chất lượng",
          "Lãnh đạo Chi cục; Phòng Hành chính – Tổng hợp",
          "Phòng Quản lý Tiêu chuẩn Chất lượng báo cáo các việc đã làm theo Kế hoạch Chỉ thị 38 năm 2026, số liệu tính đến ngày 25/10/2026:",
          items,
          ["Số lượng hồ sơ công bố hợp quy tăng nhiều, trong khi Phòng chỉ có 03 công chức xử lý.",
           "Kinh phí thử nghiệm mẫu khảo sát còn hạn chế, chưa lấy được mẫu nhóm hàng điện – điện tử."],
          ["Đề nghị Chi cục đề xuất Bộ Khoa học và Công nghệ sớm cấp tài khoản kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng."],
          ("Phòng Quản lý Tiêu chuẩn Chất lượng", "TRƯỞNG PHÒNG", "Trần Thị Bích Ngọc"), "52/BC-TCCL")

    # 3 -------- Phòng Quản lý Khoa học
    items = [
        dict(name="Thu hút chuyên gia, nhà khoa học", task="II.3.c", status="in_progress",
             text="Rà soát nhu cầu các đơn vị; tiếp nhận 02 hồ sơ đề nghị thu hút chuyên gia lĩnh vực đo lường, thử nghiệm theo Quyết định số 05/2026/QĐ-UBND; đã trình Hội đồng thẩm định 01 hồ sơ.",
             strip=[("Hồ sơ tiếp nhận", "02"), ("Hồ sơ trình thẩm định", "01")], st="Việc này đang làm.", ind={}),
        dict(name="Nhiệm vụ KH&CN về năng suất, chất lượng (Chương trình 1322)", task="II.2.a", status="in_progress",
             text="Phối hợp Chi cục xét chọn, giao 03 nhiệm vụ khoa học và công nghệ về nâng cao năng suất, chất lượng thuộc Chương trình 1322; kinh phí đã cấp đợt 1 là 1,25 tỷ đồng.",
             strip=[("Nhiệm vụ được giao", "03"), ("Kinh phí đã cấp", "1,25 tỷ đồng")], st="Việc này đang làm.",
             ind=dict(budget_spent_vnd=1250000000)),
        dict(name="Khóa tập huấn chuyên sâu về năng suất", task="II.3.b", status="completed",
             text="Phối hợp Chi cục mời các doanh nghiệp đang chủ trì nhiệm vụ khoa học và công nghệ tham dự khóa tập huấn chuyên sâu về năng suất tổ chức tháng 8/2026.",
             st="Việc này đã xong."),
        dict(name="Tọa đàm với doanh nghiệp nhập khẩu", task="II.1.a", status="not_applicable",
             text="Phòng không được phân công nội dung cụ thể trong kỳ.",
             st="Việc này không có phát sinh đối với Phòng."),
    ]
    hand1("phong-qlkh-bc-ct38.docx", "SKHCN-QLKH",
          [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False, False), ("PHÒNG QUẢN LÝ KHOA HỌC", True, False), ("Số: 214/BC-QLKH", False, False)],
          "2026-10-29", "TP. Hồ Chí Minh, ngày 29/10/2026",
          "Tình hình thực hiện các nội dung phối hợp trong Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
          "Chi cục Tiêu chuẩn Đo lường Chất lượng",
          "Theo đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng, Phòng Quản lý Khoa học báo cáo kết quả như sau:",
          items,
          ["Mức thu nhập theo Nghị quyết số 27/2023/NQ-HĐND chưa đủ sức hấp dẫn chuyên gia lĩnh vực đo lường, thử nghiệm."],
          ["Đề nghị Chi cục cung cấp danh mục vị trí cần thu hút chuyên gia về tiêu chuẩn, đo lường, chất lượng trước ngày 30/11/2026."],
          ("Phòng Quản lý Khoa học", "TRƯỞNG PHÒNG", "Phạm Quốc Hưng"), "214/BC-QLKH")

    # 4 -------- Xã Châu Pha
    items = [
        dict(name="Tuyên truyền", task="II.1.a", status="in_progress",
             text="Đăng 05 tin, bài trên trang thông tin điện tử xã về đo lường trong kinh doanh xăng dầu, cân đối chứng tại chợ; phát thanh thường xuyên trên hệ thống loa của xã, phát tờ rơi cho hộ kinh doanh.",
             strip=[("Tin, bài", "05")], st="Việc này đang làm.", ind=dict(communications=5)),
        dict(name="Phối hợp Chi cục kiểm tra", task="II.5.c", status="in_progress",
             text="Tổ công tác liên ngành của xã phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 02 cuộc kiểm tra tại 09 cửa hàng xăng dầu và 15 hộ kinh doanh ở chợ Châu Pha; nhắc nhở 03 hộ vi phạm do dùng cân sai số vượt mức cho phép; chưa có trường hợp phải xử phạt.",
             strip=[("Cuộc kiểm tra", "02"), ("Cơ sở, hộ được kiểm tra", "24"), ("Vi phạm (nhắc nhở)", "03")],
             st="Việc này đang làm, cuối năm phối hợp thêm 01 đợt.",
             ind=dict(inspections=2, establishments_inspected=24, violations=3)),
        dict(name="Cử công chức dự tập huấn", task="II.3.a", status="completed",
             text="Cử 02 công chức Phòng Kinh tế tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức tháng 6/2026.",
             strip=[("Công chức dự tập huấn", "02")], st="Việc này đã xong.", ind=dict(participants=2)),
        dict(name="ISO 9001 tại UBND xã", task="II.2.đ", status="in_progress",
             text="Ủy ban nhân dân xã duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, cập nhật quy trình sau sắp xếp đơn vị hành chính.",
             st="Việc này đang làm."),
    ]
    hand1("xa-chau-pha-bc-ct38.docx", "26728",
          [("ỦY BAN NHÂN DÂN", False, False), ("XÃ CHÂU PHA", True, False), ("Số: 187/BC-UBND", False, False)],
          "2026-11-06", "Châu Pha, ngày 06/11/2026",
          "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026",
          "Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng)",
          "Ủy ban nhân dân xã Châu Pha báo cáo kết quả thực hiện trên địa bàn xã như sau:",
          items,
          ["Xã chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng, thiếu thiết bị kiểm tra nhanh."],
          ["Đề nghị Chi cục hỗ trợ xã 01 cân đối chứng đặt tại chợ Tóc Tiên."],
          ("Ủy ban nhân dân xã Châu Pha", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Văn Thành"), "187/BC-UBND")

    # 17 -------- Phòng Hành chính – Tổng hợp (Chi cục)
    items = [
        dict(name="Lớp tập huấn văn bản pháp luật và Tọa đàm doanh nghiệp nhập khẩu", task="II.1.a", status="completed",
             text="Phối hợp tổ chức 03 lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng (Quý I, II, III) với 412 lượt học viên và 01 buổi Tọa đàm với doanh nghiệp nhập khẩu có 96 đại biểu. Kinh phí đã sử dụng 87.350.000 đồng.",
             strip=[("Lớp, tọa đàm", "04"), ("Lượt người tham dự", "508"), ("Kinh phí (đồng)", "87.350.000")],
             st="Việc này đã xong.", ind=dict(training_courses=4, participants=508, budget_spent_vnd=87350000)),
        dict(name="Hệ thống quản lý chất lượng tại Chi cục", task="II.2.đ", status="in_progress",
             text="Ban hành 01 quy trình sửa đổi về tiếp nhận hồ sơ công bố; tổ chức đánh giá nội bộ trong tháng 9/2026.",
             st="Việc này đang làm, tháng 11/2026 đánh giá giám sát."),
        dict(name="Bảo vệ, khen thưởng người tố giác", task="II.5.d", status="not_applicable",
             text="Trong kỳ Chi cục chưa nhận được tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng.",
             st="Việc này trong kỳ không có phát sinh."),
        dict(name="Cử công chức dự hội nghị, kỷ niệm của ngành", task="II.3.a", status="in_progress",
             text="Cử 05 lượt công chức dự hội nghị, hội thảo do Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia tổ chức; chuẩn bị hưởng ứng Ngày Tiêu chuẩn Thế giới 14/10.",
             strip=[("Lượt công chức được cử", "05")], st="Việc này đang làm.", ind=dict(participants=5)),
    ]
    hand1("cctdc-hcth-bc-ct38.docx", "SKHCN-CCTDC",
          [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False, False), ("CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", True, False),
           ("PHÒNG HÀNH CHÍNH – TỔNG HỢP", True, False), ("Số: 61/BC-HCTH", False, False)],
          "2026-10-20", "TP. Hồ Chí Minh, ngày 20/10/2026",
          "Các việc Phòng Hành chính – Tổng hợp thực hiện theo Kế hoạch Chỉ thị 38 năm 2026",
          "Lãnh đạo Chi cục",
          "Phòng Hành chính – Tổng hợp báo cáo như sau:",
          items,
          ["Tiến độ giải ngân chậm do thủ tục thanh toán hội nghị phải chờ đủ chứng từ."],
          ["Đề nghị bố trí kinh phí tổ chức Tọa đàm năm 2027 ngay từ đầu năm."],
          ("Phòng Hành chính – Tổng hợp", "TRƯỞNG PHÒNG", "Võ Thị Thảo"), "61/BC-HCTH")


# ================================================================ HAND 2: Hạnh
# Excel: no status column; column C "Hoạt động (đã làm/KH)" counts the unit's own
# planned activities done ("2/3"); "-" + Ghi chú for non-applicable. Figures inside
# "Kết quả cụ thể" sentences; money with "đ" glued ("45.600.000đ").
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def hand2(fname, unit_id, top, number_line, date_line, title, rows, diffs, props, signer, number, date_iso,
          status="extracted", reason=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bieu"
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 42
    ws.column_dimensions["C"].width = 13
    ws.column_dimensions["D"].width = 62
    ws.column_dimensions["E"].width = 22
    r = 1
    for t in top:
        ws.cell(r, 1, t).font = Font(name="Times New Roman", bold=True, size=11); r += 1
    ws.cell(r, 1, number_line).font = Font(name="Times New Roman", size=11)
    ws.cell(r, 4, date_line).font = Font(name="Times New Roman", italic=True, size=11)
    r += 2
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    c = ws.cell(r, 1, title); c.font = Font(name="Times New Roman", bold=True, size=13)
    c.alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[r].height = 36
    r += 1
    ws.cell(r, 1, "(Cột Hoạt động: số hoạt động đã thực hiện / số hoạt động theo kế hoạch của đơn vị)").font = Font(name="Times New Roman", italic=True, size=10)
    r += 1
    hdr = ["TT", "Nội dung công việc", "Hoạt động\n(đã làm/KH)", "Kết quả cụ thể", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r, j, h); c.font = Font(name="Times New Roman", bold=True, size=11)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); c.border = BOX
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    r += 1
    entries = []
    for i, row in enumerate(rows, 1):
        vals = [i, row["name"], row["frac"], row.get("res", ""), row.get("note", "")]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.border = BOX
            c.font = Font(name="Times New Roman", size=11)
            c.alignment = Alignment(vertical="top", wrap_text=True, horizontal="center" if j in (1, 3) else "left")
        r += 1
        if "task" in row:
            entries.append(E(row["task"], row["status"], row.get("res") or row.get("note", ""), **row.get("ind", {})))
    r += 1
    ws.cell(r, 2, "Khó khăn, vướng mắc:").font = Font(name="Times New Roman", bold=True, size=11); r += 1
    for x in diffs:
        ws.cell(r, 2, "- " + x).font = Font(name="Times New Roman", size=11); r += 1
    ws.cell(r, 2, "Đề xuất:").font = Font(name="Times New Roman", bold=True, size=11); r += 1
    for x in props:
        ws.cell(r, 2, "- " + x).font = Font(name="Times New Roman", size=11); r += 1
    r += 1
    ws.cell(r, 2, "Người lập biểu").font = Font(name="Times New Roman", bold=True, size=11)
    ws.cell(r, 4, signer[0]).font = Font(name="Times New Roman", bold=True, size=11)
    r += 4
    ws.cell(r, 2, signer[1]).font = Font(name="Times New Roman", size=11)
    ws.cell(r, 4, signer[2]).font = Font(name="Times New Roman", bold=True, size=11)
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fname))
    ok = status == "extracted"
    key(fname, unit_id, number, date_iso, entries if ok else [], diffs if ok else [], props if ok else [], status, reason)


def gen_hand2():
    # 5 -------- Trung tâm Dịch vụ Phân tích thí nghiệm
    rows = [
        dict(name="Đầu tư, hiện đại hóa trang thiết bị phòng thử nghiệm, kiểm định", frac="2/3", task="II.4.a", status="in_progress",
             res="Đã nhận bàn giao 01 hệ thống sắc ký khí khối phổ GC-MS/MS và 01 máy quang phổ ICP-OES; giải ngân 4.236.500.000đ/6,8 tỷ dự toán. Gói thiết bị hiệu chuẩn áp suất chưa đấu thầu xong.",
             ind=dict(budget_spent_vnd=4236500000)),
        dict(name="Phối hợp duy trì chuẩn đo lường, liên kết chuẩn", frac="4/4", task="II.4.c", status="completed",
             res="Hiệu chuẩn, liên kết chuẩn 126 chuẩn và phương tiện đo chuẩn của Trung tâm với Viện Đo lường Việt Nam và QUATEST 3.",
             ind=dict(instruments_verified=126)),
        dict(name="Mở rộng phạm vi dịch vụ kiểm định, hiệu chuẩn, thử nghiệm", frac="3/5", task="II.2.g", status="in_progress",
             res="Được chỉ định bổ sung 12 phép thử lĩnh vực điện – điện tử, logistics; kiểm định 18.640 phương tiện đo các loại (công tơ điện, đồng hồ nước, cân, cột đo xăng dầu) cho doanh nghiệp, người dân.",
             ind=dict(instruments_verified=18640)),
        dict(name="Đào tạo kỹ thuật viên, tiếp nhận sinh viên thực tập", frac="2/2", task="II.3.d", status="completed",
             res="Tổ chức 02 khóa đào tạo kỹ thuật viên kiểm định phương tiện đo (47 học viên); tiếp nhận 35 sinh viên Trường ĐH Bách khoa, ĐH Công nghiệp thực tập.",
             ind=dict(training_courses=2, participants=47)),
        dict(name="Phối hợp Chi cục tổ chức tập huấn văn bản pháp luật TĐC", frac="-", task="II.1.a", status="not_applicable",
             note="Không phát sinh (Chi cục chưa đề nghị phối hợp)"),
        dict(name="Thử nghiệm mẫu khảo sát chất lượng hàng hóa", frac="1/2", task="II.5.b", status="in_progress",
             res="Thử nghiệm 64 mẫu khảo sát do Chi cục gửi (đợt 1); đợt 2 dự kiến tháng 11.",
             ind=dict(samples_tested=64)),
    ]
    hand2("ttpttn-bieu-ct38-2026.xlsx", "SKHCN-TTPTTN",
          ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TP. HỒ CHÍ MINH", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG"],
          "Số: 389/BC-TTPTTN", "TP. Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
          "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
          rows,
          ["Đơn giá dịch vụ kiểm định theo giá nhà nước chưa điều chỉnh, khó bù đắp chi phí hiệu chuẩn chuẩn.",
           "Thủ tục đấu thầu thiết bị kéo dài, ảnh hưởng tiến độ giải ngân."],
          ["Đề nghị Sở sớm phê duyệt điều chỉnh dự toán mua sắm thiết bị hiệu chuẩn áp suất năm 2026."],
          ("GIÁM ĐỐC", "Đỗ Thị Hạnh", "Lương Văn Tùng"), "389/BC-TTPTTN", "2026-10-30")

    # 6 -------- Sở Công Thương
    rows = [
        dict(name="Góp ý dự thảo QCVN, TCVN lĩnh vực công thương", frac="3/3", task="II.2.e", status="completed",
             res="Góp ý 05 dự thảo QCVN (an toàn điện, hóa chất, thép) và 02 dự thảo TCVN, tổng 07 dự thảo.",
             ind=dict(standards_reviewed=7)),
        dict(name="Phối hợp kiểm tra chất lượng hàng hóa lưu thông (xăng dầu, LPG, phân bón)", frac="5/8", task="II.5.a", status="in_progress",
             res="Kiểm tra 143 cửa hàng xăng dầu, 38 cơ sở kinh doanh khí LPG (tổng 181 cơ sở); xử lý 11 trường hợp vi phạm, phạt 286.000.000đ.",
             ind=dict(establishments_inspected=181, violations=11, fines_vnd=286000000)),
        dict(name="Phổ biến pháp luật về TĐC cho doanh nghiệp", frac="2/2", task="II.1.a", status="completed",
             res="Lồng ghép 02 hội nghị phổ biến pháp luật thương mại, chất lượng hàng hóa với 312 đại biểu doanh nghiệp tham dự.",
             ind=dict(training_courses=2, participants=312)),
        dict(name="Cử công chức dự tập huấn nghiệp vụ TĐC", frac="1/1", task="II.3.a", status="completed",
             res="Cử 04 công chức Phòng Quản lý thương mại tham dự.", ind=dict(participants=4)),
        dict(name="Kết nối Cổng thông tin một cửa quốc gia", frac="-", task="II.2.h", status="not_applicable",
             note="Không thuộc phạm vi Sở Công Thương"),
    ]
    hand2("so-cong-thuong-bieu-ct38.xlsx", "SO-CT",
          ["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ CÔNG THƯƠNG"],
          "Phụ lục kèm Công văn số 5127/SCT-QLTM", "ngày 04/11/2026",
          "KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG LIÊN QUAN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
          rows,
          ["Lực lượng quản lý thị trường sau sắp xếp còn mỏng so với số cơ sở kinh doanh."],
          ["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng hàng hóa để phối hợp kiểm tra."],
          ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Hồng Hạnh", "Bùi Tá Hoàng Vũ"), "5127/SCT-QLTM", "2026-11-04")

    # 7 -------- Phường Thới Hòa
    rows = [
        dict(name="Tuyên truyền về tiêu chuẩn, đo lường, chất lượng", frac="3/4", task="II.1.a", status="in_progress",
             res="Đăng 08 tin, bài trên trang TTĐT và nhóm Zalo của phường; tuyên truyền lưu động 06 buổi tại chợ Thới Hòa.",
             ind=dict(communications=8)),
        dict(name="Phối hợp Chi cục kiểm tra đo lường tại chợ, cửa hàng xăng dầu", frac="2/2", task="II.5.c", status="completed",
             res="02 cuộc, 17 cơ sở; 01 cơ sở vi phạm (chuyển Chi cục xử lý).",
             ind=dict(inspections=2, establishments_inspected=17, violations=1)),
        dict(name="Cử công chức dự tập huấn nghiệp vụ", frac="0/1", task="II.3.a", status="not_started",
             res="Chưa cử được do trùng lịch tiếp công dân."),
        dict(name="Duy trì ISO 9001 tại UBND phường", frac="2/3", task="II.2.đ", status="in_progress",
             res="Rà soát, ban hành lại 46 quy trình giải quyết thủ tục hành chính theo TCVN ISO 9001:2015."),
        dict(name="Tiếp nhận tố giác vi phạm về TĐC", frac="-", task="II.5.d", status="not_applicable", note="Không phát sinh"),
    ]
    hand2("phuong-thoi-hoa-bieu-ct38.xlsx", "25846",
          ["ỦY BAN NHÂN DÂN", "PHƯỜNG THỚI HÒA"],
          "Số: 342/BC-UBND", "Thới Hòa, ngày 10 tháng 11 năm 2026",
          "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 TRÊN ĐỊA BÀN PHƯỜNG",
          rows,
          ["Phường chưa có kinh phí riêng cho công tác tiêu chuẩn, đo lường, chất lượng."],
          ["Đề nghị Chi cục tổ chức lớp tập huấn bổ sung cho công chức phường trong tháng 12/2026."],
          ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Trịnh Mỹ Hạnh", "Phan Văn Lộc"), "342/BC-UBND", "2026-11-10")

    # 8 -------- MISTAKEN: Sở NN&MT, phòng chống thiên tai
    rows = [
        dict(name="Rà soát, cập nhật phương án ứng phó thiên tai theo cấp độ rủi ro", frac="2/2",
             res="Ban hành phương án ứng phó bão mạnh, siêu bão; cập nhật 168 phương án cấp xã."),
        dict(name="Kiểm tra an toàn đê điều, công trình thủy lợi trước mùa mưa bão", frac="3/4",
             res="Kiểm tra 42 công trình, phát hiện 05 điểm sạt lở bờ sông cần xử lý khẩn cấp."),
        dict(name="Diễn tập phòng chống thiên tai và tìm kiếm cứu nạn", frac="1/2",
             res="Tổ chức 01 cuộc diễn tập tại xã Cần Giờ với 350 người tham gia."),
        dict(name="Tuyên truyền kỹ năng phòng, tránh thiên tai cho người dân", frac="4/4",
             res="Phát hành 12.000 tờ gấp, 36 tin, phóng sự trên báo đài."),
        dict(name="Quỹ phòng, chống thiên tai", frac="1/1", res="Thu quỹ đạt 78% kế hoạch năm."),
    ]
    hand2("so-nnmt-bieu-phong-chong-thien-tai.xlsx", "SO-NNMT",
          ["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"],
          "Số: 6012/BC-SNNMT", "TP. Hồ Chí Minh, ngày 05 tháng 11 năm 2026",
          "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH PHÒNG, CHỐNG THIÊN TAI NĂM 2026",
          rows,
          ["Kinh phí xử lý sạt lở bờ sông chưa được bố trí kịp thời."],
          ["Đề nghị UBND Thành phố bổ sung kinh phí xử lý khẩn cấp 05 điểm sạt lở."],
          ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lâm Thị Hạnh", "Trần Văn Nam"), "6012/BC-SNNMT", "2026-11-05",
          status="rejected", reason="Báo cáo về kế hoạch phòng, chống thiên tai năm 2026, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng")


# ================================================================ HAND 3: Tâm
# Nghị định 30 header; items "1. <tên việc>." bold-italic run-in, figures in running
# text (no zero padding, money "318,5 triệu đồng"); status ONLY as a comparison with
# the 6-month report on an italic line "Tiến độ so với báo cáo 6 tháng: …".
def hand3(fname, unit_id, left, number, date_iso, date_line, title, to, intro, sec1, items, diffs, props, signer,
          status="extracted", reason=None):
    d = new_doc(size=14)
    header_table(d, left, QH + [(date_line, False, True)])
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", space_after=0, size=14)
    para(d, title, bold=True, align="c")
    para(d, "_____________", align="c")
    if to:
        para(d, "Kính gửi: " + to, align="c")
    para(d, intro, align="j")
    para(d, sec1, bold=True, indent=False)
    entries = []
    for n, it in enumerate(items, 1):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1)
        r = p.add_run(f"{n}. {it['name']}. "); r.bold = True; r.italic = True
        p.add_run(it["text"])
        if it.get("st"):
            q = d.add_paragraph(); q.paragraph_format.first_line_indent = Cm(1)
            q.add_run("Tiến độ so với báo cáo 6 tháng: ").italic = True
            q.add_run(it["st"]).italic = True
        if "task" in it:
            entries.append(E(it["task"], it["status"], it["text"], **it.get("ind", {})))
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in diffs:
        para(d, "- " + x, align="j")
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for x in props:
        para(d, "- " + x, align="j")
    para(d, signer[0], align="j")
    t = d.add_table(rows=1, cols=2); no_borders(t)
    cell_lines(t.cell(0, 0), [("Nơi nhận:", True, True), ("- Như trên;", False, False), ("- Lưu: VT.", False, False)], align="l", size=11)
    cell_lines(t.cell(0, 1), [(signer[1], True, False), ("(Đã ký)", False, True), ("", False, False), (signer[2], True, False)])
    d.save(os.path.join(OUT, fname))
    ok = status == "extracted"
    key(fname, unit_id, number, date_iso, entries if ok else [], diffs if ok else [], props if ok else [], status, reason)


def gen_hand3():
    # 9 -------- Văn phòng Sở
    items = [
        dict(name="Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở", task="II.2.đ", status="completed",
             text="Văn phòng Sở phối hợp Chi cục rà soát, cập nhật 38 quy trình nội bộ; tổ chức 1 lớp đào tạo chuyên gia đánh giá nội bộ cho 32 công chức, viên chức (tháng 8/2026).",
             st="từ “đang thực hiện” chuyển sang hoàn thành; Giám đốc Sở đã công bố lại hệ thống quản lý chất lượng ngày 15/9/2026.",
             ind=dict(training_courses=1, participants=32)),
        dict(name="Hệ thống thông tin giải quyết thủ tục hành chính", task="II.2.h", status="completed",
             text="Phối hợp Chi cục, Phòng Chuyển đổi số đề xuất 7 nội dung cải tiến Hệ thống thông tin giải quyết thủ tục hành chính của Bộ Khoa học và Công nghệ; thủ tục đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu đã kết nối liên thông với Cổng thông tin một cửa quốc gia.",
             st="như báo cáo 6 tháng, đã hoàn thành từ Quý I/2026."),
        dict(name="Đầu tư cơ sở vật chất, trang thiết bị cho đơn vị sự nghiệp", task="II.4.a", status="in_progress",
             text="Thẩm định, trình Giám đốc Sở phê duyệt 2 kế hoạch lựa chọn nhà thầu mua sắm thiết bị của Trung tâm Dịch vụ Phân tích thí nghiệm; theo dõi tiến độ giải ngân hằng tháng.",
             st="không thay đổi, vẫn đang thực hiện."),
        dict(name="Khen thưởng, bảo vệ người tố giác vi phạm", task="II.5.d", status="not_applicable",
             text="Trong kỳ Văn phòng Sở chưa nhận hồ sơ đề nghị khen thưởng người tố giác.",
             st="như kỳ trước, không phát sinh."),
        dict(name="Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng", task="II.2.i", status="unknown",
             text="Phối hợp cung cấp 3 bộ dữ liệu danh mục thủ tục, hồ sơ công bố cho Chi cục để chuẩn bị kết nối."),
    ]
    hand3("van-phong-so-bc-ct38-2026.docx", "SKHCN-VP",
          [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False, False), ("VĂN PHÒNG SỞ", True, False), ("Số: 77/BC-VP", False, False)],
          "77/BC-VP", "2026-10-28", "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
          "Kết quả thực hiện nhiệm vụ phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (10 tháng)",
          "Chi cục Tiêu chuẩn Đo lường Chất lượng",
          "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Văn phòng Sở báo cáo kết quả 10 tháng như sau:",
          "I. KẾT QUẢ THỰC HIỆN", items,
          ["Việc phối hợp, luân chuyển hồ sơ giữa các phòng, đơn vị đôi khi còn chậm."],
          ["Đề nghị Chi cục thống nhất đầu mối tổng hợp số liệu áp dụng ISO trước ngày 25 của tháng cuối quý."],
          ("Trên đây là báo cáo của Văn phòng Sở./.", "CHÁNH VĂN PHÒNG", "Huỳnh Thanh Tâm"))

    # 10 -------- Phòng Kiểm tra – Pháp chế
    items = [
        dict(name="Kiểm tra, xử lý vi phạm về tiêu chuẩn, đo lường, chất lượng", task="II.5.a", status="in_progress",
             text="Phối hợp Chi cục thành lập 6 đoàn kiểm tra liên ngành; kiểm tra 58 cơ sở sản xuất, kinh doanh, nhập khẩu; phát hiện 14 cơ sở vi phạm; tham mưu ban hành 14 quyết định xử phạt với tổng số tiền 318,5 triệu đồng.",
             st="giữ nguyên “đang thực hiện” (nhiệm vụ thường xuyên).",
             ind=dict(inspections=6, establishments_inspected=58, violations=14, fines_vnd=318500000)),
        dict(name="Xử lý sau khảo sát chất lượng hàng hóa", task="II.5.b", status="in_progress",
             text="Tiếp nhận thông tin kết quả khảo sát của Chi cục (7 mẫu không phù hợp), lập kế hoạch hậu kiểm đối với các cơ sở có mẫu không đạt.",
             st="từ chưa thực hiện chuyển sang đang thực hiện."),
        dict(name="Hướng dẫn phường, xã, đặc khu thực hiện nội dung được phân quyền", task="II.5.c", status="in_progress",
             text="Ban hành 1 văn bản hướng dẫn thẩm quyền xử phạt vi phạm hành chính trong lĩnh vực tiêu chuẩn, đo lường, chất lượng của Chủ tịch UBND cấp xã; trả lời vướng mắc của 23 phường, xã.",
             st="không đổi, đang thực hiện."),
        dict(name="Góp ý sửa đổi văn bản quy phạm pháp luật", task="II.2.c", status="completed",
             text="Góp ý 2 dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) và dự thảo Nghị định quy định xử phạt vi phạm hành chính về tiêu chuẩn, đo lường, chất lượng.",
             st="đã hoàn thành (kỳ 6 tháng chưa có yêu cầu)."),
        dict(name="Phương tiện, thiết bị kỹ thuật nghiệp vụ", task="II.4.b", status="in_progress",
             text="Phối hợp Chi cục rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP.",
             st="nội dung mới phát sinh, đang thực hiện."),
        dict(name="Khen thưởng, bảo vệ người tố giác", task="II.5.d", status="not_applicable",
             text="Không nhận được đơn tố giác hành vi vi phạm.", st="như báo cáo 6 tháng, không phát sinh."),
    ]
    hand3("phong-ktpc-bc-ct38.docx", "SKHCN-KTPC",
          [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False, False), ("PHÒNG KIỂM TRA – PHÁP CHẾ", True, False), ("Số: 95/BC-KTPC", False, False)],
          "95/BC-KTPC", "2026-10-30", "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
          "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
          "Chi cục Tiêu chuẩn Đo lường Chất lượng",
          "Phòng Kiểm tra – Pháp chế báo cáo kết quả thực hiện các nội dung chủ trì, phối hợp như sau:",
          "I. KẾT QUẢ THỰC HIỆN", items,
          ["Mức phạt đối với một số hành vi vi phạm về nhãn hàng hóa còn thấp, chưa đủ sức răn đe.",
           "Phường, xã chưa có công chức được giao lập biên bản vi phạm hành chính trong lĩnh vực tiêu chuẩn, đo lường, chất lượng."],
          ["Kiến nghị Sở đề xuất Bộ Khoa học và Công nghệ sớm ban hành Nghị định thay thế Nghị định số 119/2017/NĐ-CP."],
          ("Trên đây là báo cáo của Phòng Kiểm tra – Pháp chế./.", "TRƯỞNG PHÒNG", "Ngô Đức Tâm"))

    # 11 -------- Phường Tăng Nhơn Phú
    items = [
        dict(name="Tuyên truyền", task="II.1.a", status="in_progress",
             text="Đăng tải 11 tin, bài trên trang thông tin điện tử phường; lồng ghép tuyên truyền tại 9 buổi sinh hoạt khu phố về quyền lợi người tiêu dùng, cân đối chứng.",
             st="không đổi, vẫn đang thực hiện.", ind=dict(communications=11)),
        dict(name="Phối hợp kiểm tra đo lường, chất lượng", task="II.5.c", status="completed",
             text="Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 3 đợt tại 21 cơ sở kinh doanh xăng dầu, vàng bạc; 2 cơ sở vi phạm, bị xử phạt 24 triệu đồng.",
             st="từ chưa thực hiện (6 tháng) chuyển sang hoàn thành kế hoạch năm.",
             ind=dict(inspections=3, establishments_inspected=21, violations=2, fines_vnd=24000000)),
        dict(name="Bồi dưỡng công chức", task="II.3.a", status="completed",
             text="Cử 3 công chức tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng của Chi cục (tháng 6/2026).",
             st="đã hoàn thành từ kỳ 6 tháng.", ind=dict(participants=3)),
        dict(name="Áp dụng ISO 9001 tại UBND phường", task="II.2.đ", status="in_progress",
             text="Tiếp tục duy trì hệ thống quản lý chất lượng, cập nhật quy trình theo bộ thủ tục hành chính mới.",
             st="vẫn đang thực hiện như kỳ trước."),
    ]
    hand3("phuong-tang-nhon-phu-bc-ct38.docx", "26842",
          [("ỦY BAN NHÂN DÂN", False, False), ("PHƯỜNG TĂNG NHƠN PHÚ", True, False), ("Số: 415/BC-UBND", False, False)],
          "415/BC-UBND", "2026-11-07", "Tăng Nhơn Phú, ngày 07 tháng 11 năm 2026",
          "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường",
          "Sở Khoa học và Công nghệ",
          "Ủy ban nhân dân phường Tăng Nhơn Phú báo cáo kết quả thực hiện như sau:",
          "I. KẾT QUẢ THỰC HIỆN", items,
          ["Công chức phụ trách lĩnh vực kiêm nhiệm, chưa được trang bị thiết bị kiểm tra."],
          ["Đề nghị Sở hỗ trợ tài liệu tuyên truyền in sẵn cho các khu phố."],
          ("Trên đây là báo cáo của Ủy ban nhân dân phường./.", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lý Minh Tâm"))

    # 12 -------- MISTAKEN: Trung tâm CNTT, chuyển đổi số
    items = [
        dict(name="Hạ tầng số", text="Nâng cấp trung tâm dữ liệu, bổ sung 2 tủ lưu trữ; tỷ lệ máy chủ ảo hóa đạt 85%.",
             st="từ đang thực hiện chuyển sang hoàn thành."),
        dict(name="Dữ liệu số", text="Xây dựng 4 cơ sở dữ liệu chuyên ngành, chia sẻ qua nền tảng LGSP Thành phố.",
             st="không đổi, đang thực hiện."),
        dict(name="Bản đồ số địa không gian", text="Cập nhật 12 lớp dữ liệu nền địa lý sau sắp xếp đơn vị hành chính.",
             st="đang thực hiện."),
        dict(name="An toàn thông tin", text="Tổ chức 1 đợt diễn tập ứng cứu sự cố an toàn thông tin mạng.",
             st="đã hoàn thành."),
    ]
    hand3("ttcntt-dkg-bc-chuyen-doi-so-10thang.docx", "SKHCN-TTCNTT",
          [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False, False), ("TRUNG TÂM CÔNG NGHỆ THÔNG TIN", True, False),
           ("VÀ ĐỊA KHÔNG GIAN", True, False), ("Số: 203/BC-TTCNTT", False, False)],
          "203/BC-TTCNTT", "2026-10-27", "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
          "Kết quả thực hiện Kế hoạch chuyển đổi số năm 2026 (10 tháng)",
          "Phòng Chuyển đổi số",
          "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh báo cáo kết quả thực hiện Kế hoạch số 2339/KH-SKHCN về chuyển đổi số như sau:",
          "I. KẾT QUẢ THỰC HIỆN", items,
          ["Thiếu nhân lực an toàn thông tin có chứng chỉ chuyên sâu."],
          ["Đề nghị bố trí kinh phí thuê dịch vụ giám sát an toàn thông tin năm 2027."],
          ("Trên đây là báo cáo của Trung tâm./.", "GIÁM ĐỐC", "Đặng Minh Tâm"),
          status="rejected", reason="Báo cáo về chuyển đổi số (Kế hoạch 2339/KH-SKHCN), không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW")

    # 16 -------- Tổ TBT (Chi cục)
    items = [
        dict(name="Cập nhật điều ước, thỏa thuận quốc tế, thông báo TBT", task="II.6.a", status="in_progress",
             text="Phát hành 10 số Bản tin TBT (mỗi tháng 1 số) về quy định kỹ thuật của các thị trường CPTPP, EVFTA, RCEP; trả lời 37 doanh nghiệp hỏi đáp về rào cản kỹ thuật đối với hàng xuất khẩu.",
             st="như báo cáo 6 tháng, đang thực hiện (thường xuyên).",
             ind=dict(communications=10, enterprises_supported=37)),
        dict(name="Phối hợp APO thúc đẩy năng suất", task="II.6.b", status="not_applicable",
             text="Trong kỳ chưa có yêu cầu phối hợp từ Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia.",
             st="như kỳ trước, chưa phát sinh."),
        dict(name="Tọa đàm với doanh nghiệp nhập khẩu", task="II.1.a", status="completed",
             text="Phối hợp Phòng Hành chính – Tổng hợp tổ chức 1 buổi Tọa đàm với doanh nghiệp nhập khẩu (tháng 9/2026), trình bày chuyên đề thông báo TBT, có 96 đại biểu tham dự.",
             st="từ chưa thực hiện chuyển sang hoàn thành.", ind=dict(training_courses=1, participants=96)),
    ]
    hand3("cctdc-to-tbt-bc-ct38.docx", "SKHCN-CCTDC",
          [("CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", False, False), ("TỔ THÔNG TIN VÀ HỎI ĐÁP TBT", True, False),
           ("Số: 12/BC-TBT", False, False)],
          "12/BC-TBT", "2026-10-26", "Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026",
          "Kết quả thực hiện nhiệm vụ của Tổ TBT theo Kế hoạch Chỉ thị số 38-CT/TW năm 2026",
          "Lãnh đạo Chi cục",
          "Tổ Thông tin và Hỏi đáp TBT báo cáo như sau:",
          "I. KẾT QUẢ", items,
          ["Nhân sự Tổ TBT chỉ có 2 người, khối lượng dịch thông báo lớn."],
          ["Đề xuất bố trí kinh phí thuê dịch thuật chuyên ngành cho năm 2027."],
          ("Trên đây là báo cáo của Tổ TBT./.", "TỔ TRƯỞNG", "Mai Thanh Tâm"))


# ================================================================ HAND 4: Nga
# Excel: contributors (rooms / teams / schools) as COLUMNS with a "Cộng" column;
# each task is a bold row carrying the status in "Tình trạng", indicators are the
# "- " rows under it (ĐVT column). Difficulties/proposals as lines under the table.
def hand4(fname, unit_id, top, number, date_line, title, contributors, tasks, diffs, props, signer, date_iso, formulas=False):
    from openpyxl.utils import get_column_letter as L
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "TH"
    f = lambda **k: Font(name="Times New Roman", size=11, **k)
    ncol = 3 + len(contributors) + 2
    r = 1
    for t in top:
        ws.cell(r, 1, t).font = f(bold=True); r += 1
    ws.cell(r, 1, number).font = f()
    ws.cell(r, ncol - 2, date_line).font = f(italic=True)
    r += 2
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    c = ws.cell(r, 1, title); c.font = Font(name="Times New Roman", size=13, bold=True)
    c.alignment = Alignment(horizontal="center", wrap_text=True); ws.row_dimensions[r].height = 34
    r += 2
    hdr = ["TT", "Nội dung", "ĐVT"] + contributors + ["Cộng", "Tình trạng"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r, j, h); c.font = f(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[r].height = 45
    ws.column_dimensions["A"].width = 6; ws.column_dimensions["B"].width = 48; ws.column_dimensions["C"].width = 9
    for j in range(4, 4 + len(contributors)):
        ws.column_dimensions[L(j)].width = 13
    ws.column_dimensions[L(ncol - 1)].width = 15; ws.column_dimensions[L(ncol)].width = 17
    r += 1
    entries = []
    for i, t in enumerate(tasks, 1):
        vals = [i, t["name"], ""] + [""] * len(contributors) + ["", t.get("stw", "")]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v if v != "" else None); c.font = f(bold=True); c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
        ind = {}
        for (label, dvt, nums, iid) in t.get("rows", []):
            ws.cell(r, 2, "- " + label); ws.cell(r, 3, dvt)
            for j, v in enumerate(nums):
                if v is not None:
                    ws.cell(r, 4 + j, v)
            tot = sum(v for v in nums if v is not None)
            if formulas:
                ws.cell(r, ncol - 1, f"=SUM({L(4)}{r}:{L(3 + len(contributors))}{r})")
            else:
                ws.cell(r, ncol - 1, tot)
            for j in range(1, ncol + 1):
                c = ws.cell(r, j); c.border = BOX; c.font = f()
                if 4 <= j <= ncol - 1:
                    c.number_format = "#,##0"
                c.alignment = Alignment(wrap_text=True, vertical="top")
            if iid:
                ind[iid] = ind.get(iid, 0) + tot
            r += 1
        entries.append(E(t["task"], t["status"], t["name"], **ind))
    r += 1
    ws.cell(r, 2, "Khó khăn, vướng mắc").font = f(bold=True); r += 1
    for x in diffs:
        ws.cell(r, 2, "- " + x).font = f(); r += 1
    ws.cell(r, 2, "Kiến nghị, đề xuất").font = f(bold=True); r += 1
    for x in props:
        ws.cell(r, 2, "- " + x).font = f(); r += 1
    r += 1
    ws.cell(r, ncol - 2, signer[0]).font = f(bold=True)
    ws.cell(r + 4, ncol - 2, signer[1]).font = f(bold=True)
    ws.cell(r, 2, "Người tổng hợp").font = f(bold=True)
    ws.cell(r + 4, 2, signer[2]).font = f()
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fname))
    key(fname, unit_id, number.replace("Số: ", ""), date_iso, entries, diffs, props)


def gen_hand4():
    # 13 -------- Chi cục TĐC, tổng hợp
    C = ["P. HC-TH", "P. QL TC-CL", "P. QL Đo lường", "Tổ TBT"]
    tasks = [
        dict(name="Tập huấn văn bản QPPL về TĐC; Tọa đàm doanh nghiệp nhập khẩu", task="II.1.a", status="completed", stw="Hoàn thành",
             rows=[("Lớp tập huấn, tọa đàm", "buổi", [3, None, None, 1], "training_courses"),
                   ("Lượt người tham dự", "lượt", [412, None, None, 96], "participants"),
                   ("Kinh phí đã sử dụng", "đồng", [87350000, None, None, None], "budget_spent_vnd")]),
        dict(name="Chương trình 1322, Đề án 996, Đề án 100", task="II.2.a", status="in_progress", stw="Đang triển khai",
             rows=[("Doanh nghiệp được hỗ trợ, hướng dẫn", "DN", [None, 9, 12, None], "enterprises_supported"),
                   ("Hội thảo", "buổi", [None, None, 1, None], "training_courses"),
                   ("Đại biểu tham dự", "người", [None, None, 85, None], "participants")]),
        dict(name="Hỗ trợ DN áp dụng hệ thống quản lý, công bố chất lượng", task="II.2.d", status="in_progress", stw="Đang triển khai",
             rows=[("Doanh nghiệp được hướng dẫn", "DN", [None, 41, None, None], "enterprises_supported")]),
        dict(name="Góp ý dự thảo TCVN, QCVN", task="II.2.e", status="completed", stw="Hoàn thành",
             rows=[("Dự thảo TCVN, QCVN đã góp ý", "văn bản", [None, 13, None, None], "standards_reviewed")]),
        dict(name="Kết nối cơ sở dữ liệu quốc gia về TĐC", task="II.2.i", status="not_started", stw="Chưa triển khai"),
        dict(name="Bảo trì, kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ", task="II.4.b", status="in_progress", stw="Đang triển khai",
             rows=[("Phương tiện đã kiểm định, hiệu chuẩn", "chiếc", [None, None, 17, None], "instruments_verified"),
                   ("Kinh phí đã chi", "đồng", [None, None, 38400000, None], "budget_spent_vnd")]),
        dict(name="Kiểm tra nhà nước về tiêu chuẩn, đo lường, chất lượng", task="II.5.a", status="in_progress", stw="Đang triển khai",
             rows=[("Cuộc kiểm tra", "cuộc", [None, 4, 3, None], "inspections"),
                   ("Cơ sở được kiểm tra", "cơ sở", [None, 35, 46, None], "establishments_inspected"),
                   ("Cơ sở vi phạm", "cơ sở", [None, 6, 5, None], "violations"),
                   ("Tiền xử phạt", "đồng", [None, 97000000, 62500000, None], "fines_vnd")]),
        dict(name="Khảo sát chất lượng sản phẩm, hàng hóa", task="II.5.b", status="in_progress", stw="Đang triển khai",
             rows=[("Mẫu khảo sát", "mẫu", [None, 64, None, None], "samples_tested"),
                   ("Kinh phí thử nghiệm", "đồng", [None, 96800000, None, None], "budget_spent_vnd")]),
        dict(name="Cập nhật điều ước, thỏa thuận quốc tế (TBT)", task="II.6.a", status="in_progress", stw="Đang triển khai",
             rows=[("Bản tin TBT phát hành", "số", [None, None, None, 10], "communications"),
                   ("Doanh nghiệp được trả lời, tư vấn", "DN", [None, None, None, 37], "enterprises_supported")]),
        dict(name="Phối hợp APO thúc đẩy năng suất", task="II.6.b", status="not_applicable", stw="Không phát sinh"),
    ]
    hand4("chi-cuc-tdc-tong-hop-ct38.xlsx", "SKHCN-CCTDC",
          ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG"],
          "Số: 1532/BC-CCTĐC", "TP. Hồ Chí Minh, ngày 12 tháng 11 năm 2026",
          "TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026 THEO PHÒNG, TỔ",
          C, tasks,
          ["Biên chế công chức các phòng chuyên môn thiếu so với khối lượng công việc.",
           "Chưa được cấp tài khoản kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng."],
          ["Đề nghị Sở bổ sung kinh phí mua sắm phương tiện kỹ thuật nghiệp vụ thay thế thiết bị hỏng.",
           "Đề nghị Sở có văn bản đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia cấp quyền kết nối cơ sở dữ liệu."],
          ("CHI CỤC TRƯỞNG", "Hoàng Văn Phúc", "Nguyễn Thị Thu Nga"), "2026-11-12", formulas=True)

    # 14 -------- Phòng Chuyển đổi số
    C = ["Tổ Hạ tầng – ATTT", "Tổ Dữ liệu", "Tổ Ứng dụng"]
    tasks = [
        dict(name="Phối hợp kết nối liên thông Hệ thống TTHC với Cổng một cửa quốc gia", task="II.2.h", status="completed", stw="Hoàn thành",
             rows=[("Thủ tục được kết nối liên thông", "thủ tục", [None, 2, 3], None)]),
        dict(name="Phối hợp kết nối cơ sở dữ liệu quốc gia về TĐC", task="II.2.i", status="in_progress", stw="Đang triển khai",
             rows=[("Bộ dữ liệu đã chuẩn hóa", "bộ", [None, 3, None], None)]),
        dict(name="Cử công chức dự tập huấn về TĐC", task="II.3.a", status="completed", stw="Hoàn thành",
             rows=[("Công chức dự tập huấn", "lượt", [1, 1, None], "participants")]),
        dict(name="Đăng tin tuyên truyền về TĐC trên Cổng thông tin điện tử Sở", task="II.1.a", status="in_progress", stw="Đang triển khai",
             rows=[("Tin, bài đăng tải", "tin", [None, None, 14], "communications")]),
    ]
    hand4("phong-cds-tong-hop-ct38.xlsx", "SKHCN-CDS",
          ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG CHUYỂN ĐỔI SỐ"],
          "Số: 58/BC-CĐS", "TP. Hồ Chí Minh, ngày 29 tháng 10 năm 2026",
          "KẾT QUẢ THỰC HIỆN NỘI DUNG PHỐI HỢP KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026",
          C, tasks,
          ["Hệ thống cơ sở dữ liệu quốc gia chưa công bố chuẩn API kết nối."],
          ["Đề nghị Chi cục làm đầu mối đề nghị Bộ cung cấp tài liệu kỹ thuật kết nối."],
          ("TRƯỞNG PHÒNG", "Vũ Hoàng Long", "Lê Thị Nga"), "2026-10-29")

    # 15 -------- Sở Giáo dục và Đào tạo
    C = ["Phòng GDNN-GDTX (Sở)", "CĐ Kinh tế – Kỹ thuật TP.HCM", "CĐ Kỹ thuật Cao Thắng", "TC Kỹ thuật Nông nghiệp"]
    tasks = [
        dict(name="Đào tạo, bồi dưỡng về tiêu chuẩn, đo lường, mã số mã vạch, truy xuất nguồn gốc cho học sinh, sinh viên", task="II.3.d", status="in_progress", stw="Đang triển khai",
             rows=[("Chuyên đề, lớp lồng ghép", "lớp", [None, 3, 4, 1], "training_courses"),
                   ("Học sinh, sinh viên tham gia", "lượt", [None, 420, 615, 90], "participants")]),
        dict(name="Cử công chức Sở dự tập huấn nghiệp vụ TĐC", task="II.3.a", status="completed", stw="Hoàn thành",
             rows=[("Công chức dự tập huấn", "người", [3, None, None, None], "participants")]),
        dict(name="Duy trì hệ thống quản lý chất lượng ISO 9001 tại cơ quan Sở", task="II.2.đ", status="completed", stw="Hoàn thành"),
        dict(name="Tuyên truyền trong nhà trường", task="II.1.a", status="in_progress", stw="Đang triển khai",
             rows=[("Tin, bài", "tin", [2, 5, 6, 1], "communications")]),
        dict(name="Góp ý dự thảo QCVN về thiết bị dạy học", task="II.2.e", status="completed", stw="Hoàn thành",
             rows=[("Dự thảo đã góp ý", "văn bản", [2, None, None, None], "standards_reviewed")]),
    ]
    hand4("so-gddt-tong-hop-ct38.xlsx", "SO-GDDT",
          ["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"],
          "Số: 4210/BC-SGDĐT", "TP. Hồ Chí Minh, ngày 12 tháng 11 năm 2026",
          "KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG LIÊN QUAN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
          C, tasks,
          ["Chương trình đào tạo chưa có học phần riêng về tiêu chuẩn, đo lường, chất lượng, chỉ lồng ghép."],
          ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cử báo cáo viên hỗ trợ các trường tổ chức chuyên đề mã số mã vạch, truy xuất nguồn gốc."],
          ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Trần Văn Khải", "Phạm Thị Nga"), "2026-11-12")


def libre_resave(fname):
    ext = fname.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, os.path.join(OUT, fname)],
                   check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, fname), os.path.join(OUT, fname))


def write_keys():
    for k in KEYS:
        path = os.path.join(OUT, k["file"])
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        out = {"file": k["file"], "sha256": sha, "status": k["status"], "reason": k["reason"],
               "unit": {"id": k["unit_id"], "name": UNITS[k["unit_id"]]},
               "document": {"number": k["number"], "date": k["date"]},
               "entries": k["entries"], "findings": [],
               "difficulties": k["diffs"], "proposals": k["props"]}
        with open(os.path.join(TRUTH, k["file"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    gen_hand1(); gen_hand2(); gen_hand3(); gen_hand4()
    libre_resave("chi-cuc-tdc-tong-hop-ct38.xlsx")
    libre_resave("phuong-tang-nhon-phu-bc-ct38.docx")
    write_keys()
    print(len(KEYS), "files")
