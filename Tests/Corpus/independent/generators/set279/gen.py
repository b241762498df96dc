# -*- coding: utf-8 -*-
"""Generator for set279 (writer's tool). Builds the report files; keys are written by
finalize() after any LibreOffice re-save, with the sha256 of the final file."""
import os, json, hashlib, subprocess, shutil, unicodedata
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
KEYS = []          # (filename, key dict)

VN_MONTH = lambda d: "ngày %s tháng %s năm %s" % (d[8:10], d[5:7], d[0:4])


def key(fname, unit_id, unit_name, number, date, entries, diffs, props,
        status="extracted", reason=None):
    KEYS.append((fname, {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": [{"task": e["task"], "status": e["status"],
                     "indicators": e.get("ind", {}), "text": e["text"]} for e in entries],
        "findings": [], "difficulties": diffs, "proposals": props}))


# ---------------------------------------------------------------- docx helpers
def base_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(3)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    return d


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def cell_lines(cell, lines, bold_idx=(), italic_idx=(), align=WD_ALIGN_PARAGRAPH.CENTER, size=None):
    cell.paragraphs[0].text = ""
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(ln)
        r.bold = i in bold_idx
        r.italic = i in italic_idx
        if size:
            r.font.size = Pt(size)


def para(d, text="", bold=False, italic=False, align=None, indent=True, underline=False, size=None):
    p = d.add_paragraph()
    if align is not None:
        p.alignment = align
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align is None:
        p.paragraph_format.first_line_indent = Cm(1)
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
        if size:
            r.font.size = Pt(size)
    return p


def header_table(d, left, right, left_bold=(0, 1), right_bold=(1,), right_italic=()):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    cell_lines(t.cell(0, 0), left, bold_idx=left_bold, size=12)
    cell_lines(t.cell(0, 1), right, bold_idx=right_bold, italic_idx=right_italic, size=12)
    return t


def sign_table(d, left, right):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    cell_lines(t.cell(0, 0), left, bold_idx=(0,), italic_idx=(0,), align=WD_ALIGN_PARAGRAPH.LEFT, size=11)
    cell_lines(t.cell(0, 1), right, bold_idx=tuple(range(len(right))), size=13)


# ================================================================ HAND 1 (Liên)
# DOCX, communes of the former Dầu Tiếng / Phú Giáo area: bold own-words titles "1. ...",
# "- " body lines, each closed by a plain "Nhận xét: ..." sentence (missing when unknown).
def hand1(fname, unit_id, unit_name, short, place, number, date, opening, items, diffs, props,
          signer, role=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")):
    d = base_doc()
    header_table(d, ["ỦY BAN NHÂN DÂN", short.upper(), "————", "Số: %s" % number],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "———————————",
                  "%s, %s" % (place, VN_MONTH(date))], right_italic=(3,))
    para(d)
    para(d, "BÁO CÁO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, "
            "chất lượng năm 2026 trên địa bàn %s" % short,
         bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "———", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, opening)
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for i, it in enumerate(items, 1):
        para(d, "%d. %s" % (i, it["title"]), bold=True)
        for ln in it["lines"]:
            para(d, "- " + ln)
        if it.get("nx"):
            p = para(d)
            r = p.add_run("Nhận xét:")
            r.underline = True
            p.add_run(" " + it["nx"])
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in diffs:
        para(d, "- " + x)
    para(d, "III. KIẾN NGHỊ", bold=True, indent=False)
    for x in props:
        para(d, "- " + x)
    para(d, "Trên đây là báo cáo của Ủy ban nhân dân %s./." % short)
    sign_table(d, ["Nơi nhận:", "- Chi cục TĐC TP.HCM (b/c);", "- TT. Đảng ủy, TT. HĐND xã;",
                   "- CT, các PCT UBND xã;", "- Phòng Kinh tế;", "- Lưu: VT."],
               ["TM. ỦY BAN NHÂN DÂN", role[0], role[1], "", "", "", signer])
    d.save(os.path.join(OUT, fname))


def build_hand1():
    # ---- Xã Dầu Tiếng
    op = ("Thực hiện Công văn số 1125/TĐC-QLĐL ngày 08/10/2026 của Chi cục Tiêu chuẩn Đo lường "
          "Chất lượng Thành phố Hồ Chí Minh về việc báo cáo kết quả thực hiện Kế hoạch triển khai "
          "Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân xã Dầu Tiếng báo cáo như sau:")
    items = [
        dict(task="II.1.a", status="completed", ind={"communications": 14, "training_courses": 1, "participants": 65},
             title="Tuyên truyền về đo lường, chất lượng cho người dân và hộ kinh doanh",
             lines=["Chỉ đạo Trung tâm Dịch vụ tổng hợp xã phát trên hệ thống truyền thanh 14 tin, bài về ghi nhãn "
                    "hàng hóa, sử dụng cân đúng quy định, hàng giả hàng kém chất lượng.",
                    "Ngày 24/4/2026 tổ chức 01 hội nghị phổ biến quy định về đo lường trong kinh doanh tại hội trường "
                    "UBND xã, có 65 người (chủ hộ kinh doanh tại chợ Dầu Tiếng) tham dự."],
             nx="nội dung này xã đã làm xong theo kế hoạch năm."),
        dict(task="II.5.c", status="in_progress",
             ind={"inspections": 3, "establishments_inspected": 46, "violations": 4, "fines_vnd": 3000000},
             title="Kiểm tra đo lường tại chợ theo nội dung được phân cấp",
             lines=["Tổ kiểm tra liên ngành của xã đã tiến hành 03 đợt kiểm tra tại chợ Dầu Tiếng (tháng 3, tháng 6 "
                    "và tháng 9/2026), kiểm tra 46 hộ kinh doanh có sử dụng cân.",
                    "Qua kiểm tra phát hiện 04 trường hợp sử dụng cân có sai số vượt mức cho phép; lập biên bản, "
                    "Chủ tịch UBND xã ban hành quyết định xử phạt với tổng số tiền 3.000.000 đồng, buộc thay cân "
                    "đạt yêu cầu."],
             nx="việc kiểm tra là thường xuyên, xã vẫn đang tiếp tục thực hiện đến cuối năm."),
        dict(task="II.3.a", status="completed", ind={"participants": 2},
             title="Cử công chức tham gia tập huấn nghiệp vụ",
             lines=["Cử 02 công chức (Phòng Kinh tế và Văn phòng HĐND-UBND) tham dự lớp tập huấn nghiệp vụ quản lý "
                    "đo lường, chất lượng cho cán bộ cấp xã do Chi cục tổ chức ngày 18/6/2026."],
             nx="đã làm xong."),
        dict(task="II.2.đ", status="in_progress", ind={},
             title="Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
             lines=["Sau sắp xếp, xã đã rà soát, cập nhật các quy trình giải quyết thủ tục hành chính tại Bộ phận "
                    "Một cửa; đang hoàn chỉnh hồ sơ để công bố lại hệ thống quản lý chất lượng."],
             nx="xã đang thực hiện, dự kiến công bố lại trong tháng 12/2026."),
        dict(task="II.5.d", status="not_applicable", ind={},
             title="Tiếp nhận, xử lý phản ánh, tố giác về gian lận đo lường, chất lượng",
             lines=["Trong kỳ, UBND xã không nhận được phản ánh, tố giác nào của người dân về gian lận trong đo lường "
                    "hay hàng hóa kém chất lượng."],
             nx="không phát sinh."),
    ]
    diffs = ["Xã chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; công chức Phòng Kinh tế "
             "phải kiêm nhiệm nhiều việc.",
             "Xã không có cân đối chứng tại chợ nên khó kiểm tra nhanh khi người dân phản ánh."]
    props = ["Đề nghị Chi cục hỗ trợ trang bị 01 cân đối chứng đặt tại chợ Dầu Tiếng.",
             "Đề nghị Chi cục tiếp tục mở lớp tập huấn nghiệp vụ kiểm tra đo lường cho công chức cấp xã."]
    fn = "287-BC-UBND_DauTieng_CT38.docx"
    hand1(fn, "25777", "Xã Dầu Tiếng", "xã Dầu Tiếng", "Dầu Tiếng", "287/BC-UBND", "2026-10-27",
          op, items, diffs, props, "Lê Văn Tâm")
    key(fn, "25777", "Xã Dầu Tiếng", "287/BC-UBND", "2026-10-27", [_e(i) for i in items], diffs, props)

    # ---- Xã Minh Thạnh
    op = ("Căn cứ Kế hoạch số 48/KH-UBND ngày 12/02/2026 của UBND xã về triển khai công tác tiêu chuẩn, đo lường, "
          "chất lượng năm 2026; theo đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân xã Minh Thạnh "
          "báo cáo kết quả thực hiện từ đầu năm đến nay như sau:")
    items = [
        dict(task="II.1.a", status="completed", ind={"communications": 6},
             title="Thông tin, tuyên truyền",
             lines=["Đăng 06 tin, bài trên Trang thông tin điện tử xã và nhóm Zalo các ấp về quyền lợi người tiêu dùng, "
                    "nhận biết hàng giả, sử dụng phương tiện đo trong mua bán.",
                    "Lồng ghép nội dung tuyên truyền trong các buổi họp ấp định kỳ."],
             nx="xã đã thực hiện xong."),
        dict(task="II.5.c", status="completed", ind={"inspections": 1, "establishments_inspected": 2},
             title="Phối hợp kiểm tra cửa hàng xăng dầu trên địa bàn",
             lines=["Tháng 8/2026 xã cử cán bộ tham gia 01 cuộc kiểm tra cùng đoàn của Chi cục tại 02 cửa hàng bán lẻ "
                    "xăng dầu trên tuyến ĐT.749A; các cửa hàng chấp hành đúng quy định, không phát hiện vi phạm."],
             nx="xã đã hoàn thành phần việc phối hợp."),
        dict(task="II.3.a", status="not_started", ind={},
             title="Tập huấn cho công chức",
             lines=["Năm 2026 xã chưa cử được công chức tham gia tập huấn do trùng lịch tổ chức Đại hội và công tác "
                    "chuyển đổi mô hình chính quyền hai cấp."],
             nx="nội dung này trong kỳ chưa làm được."),
        dict(task="II.1.b", status="not_applicable", ind={},
             title="Vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia",
             lines=["Trên địa bàn xã chủ yếu là hộ sản xuất nhỏ, chưa có doanh nghiệp đủ điều kiện đăng ký tham dự "
                    "Giải thưởng."],
             nx="không phát sinh đối tượng."),
        dict(task="II.2.đ", status="unknown", ind={},
             title="Áp dụng hệ thống quản lý chất lượng ISO tại UBND xã",
             lines=["Bộ phận Một cửa xã tiếp tục áp dụng các quy trình ISO đã xây dựng; việc cập nhật quy trình theo "
                    "thủ tục hành chính mới giao Văn phòng HĐND-UBND theo dõi."],
             nx=None),
    ]
    diffs = ["Kinh phí cho hoạt động tuyên truyền về tiêu chuẩn, đo lường, chất lượng chưa được bố trí riêng."]
    props = ["Đề nghị Chi cục cung cấp tài liệu, tờ gấp tuyên truyền mẫu để xã in và phát cho các ấp."]
    fn = "Bao cao CT38 - Minh Thanh.docx"
    hand1(fn, "25780", "Xã Minh Thạnh", "xã Minh Thạnh", "Minh Thạnh", "195/BC-UBND", "2026-10-30",
          op, items, diffs, props, "Trần Thị Mỹ Dung")
    key(fn, "25780", "Xã Minh Thạnh", "195/BC-UBND", "2026-10-30", [_e(i) for i in items], diffs, props)

    # ---- Xã An Long
    op = ("Thực hiện Công văn số 1125/TĐC-QLĐL ngày 08/10/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố "
          "Hồ Chí Minh, Ủy ban nhân dân xã An Long báo cáo kết quả như sau:")
    items = [
        dict(task="II.5.c", status="completed",
             ind={"inspections": 2, "establishments_inspected": 28, "violations": 3, "fines_vnd": 1500000},
             title="Kiểm tra cân tại chợ An Long và các điểm mua bán nông sản",
             lines=["Tổ công tác của xã kiểm tra 02 đợt (tháng 5 và tháng 9/2026) tại chợ An Long và các điểm thu mua "
                    "mủ cao su, nông sản; kiểm tra 28 cơ sở, hộ kinh doanh.",
                    "Phát hiện 03 cơ sở sử dụng cân chưa kiểm định; nhắc nhở 02 trường hợp, xử phạt 01 trường hợp "
                    "số tiền 1.500.000 đồng."],
             nx="hai đợt kiểm tra theo kế hoạch của xã đã làm xong."),
        dict(task="II.1.a", status="in_progress", ind={"communications": 10},
             title="Tuyên truyền trên loa truyền thanh",
             lines=["Phát 10 tin tuyên truyền về đo lường trong thu mua nông sản, mủ cao su trên hệ thống loa của xã "
                    "và các ấp."],
             nx="xã đang tiếp tục tuyên truyền vào dịp cuối năm."),
        dict(task="II.2.a", status="in_progress", ind={"enterprises_supported": 4},
             title="Hướng dẫn truy xuất nguồn gốc nông sản",
             lines=["Phối hợp hướng dẫn 04 hợp tác xã, tổ hợp tác trồng cây ăn trái đăng ký mã số vùng trồng, "
                    "dán tem truy xuất nguồn gốc cho sản phẩm."],
             nx="đang thực hiện, còn 02 tổ hợp tác đang hoàn thiện hồ sơ."),
        dict(task="II.3.a", status="completed", ind={"participants": 1},
             title="Tham gia tập huấn",
             lines=["Cử 01 công chức Phòng Kinh tế tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức tháng 6/2026."],
             nx="đã xong."),
    ]
    diffs = ["Các điểm thu mua mủ cao su, nông sản hoạt động rải rác, theo mùa vụ nên khó kiểm tra thường xuyên.",
             "Người dân còn ngại phản ánh khi bị cân thiếu."]
    props = ["Đề nghị Chi cục phối hợp với xã tổ chức kiểm tra cân tại các điểm thu mua mủ cao su vào mùa cạo mủ."]
    fn = "BaoCao_KH38_AnLong_2026.docx"
    hand1(fn, "25867", "Xã An Long", "xã An Long", "An Long", "233/BC-UBND", "2026-11-03",
          op, items, diffs, props, "Huỳnh Văn Phát")
    key(fn, "25867", "Xã An Long", "233/BC-UBND", "2026-11-03", [_e(i) for i in items], diffs, props)

    # ---- Xã Long Hòa  (mistaken: cải cách hành chính)
    d = base_doc()
    header_table(d, ["ỦY BAN NHÂN DÂN", "XÃ LONG HÒA", "————", "Số: 176/BC-UBND"],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "———————————",
                  "Long Hòa, ngày 05 tháng 10 năm 2026"], right_italic=(3,))
    para(d)
    para(d, "BÁO CÁO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    para(d, "Kết quả thực hiện công tác cải cách hành chính quý III năm 2026", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "———", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "Thực hiện Kế hoạch số 21/KH-UBND ngày 20/01/2026 của UBND xã về cải cách hành chính năm 2026, "
            "Ủy ban nhân dân xã Long Hòa báo cáo kết quả quý III năm 2026 như sau:")
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    cc = [("Cải cách thủ tục hành chính", ["Bộ phận Một cửa tiếp nhận 1.184 hồ sơ, đã giải quyết đúng hạn 1.162 hồ sơ, "
            "đang giải quyết 22 hồ sơ; không có hồ sơ trễ hạn.", "Niêm yết công khai đầy đủ 286 thủ tục hành chính cấp xã."],
           "nội dung này xã đã làm tốt."),
          ("Cải cách tổ chức bộ máy", ["Rà soát, sắp xếp vị trí việc làm của 38 cán bộ, công chức sau hợp nhất."],
           "đang tiếp tục thực hiện."),
          ("Chuyển đổi số trong giải quyết thủ tục", ["Tỷ lệ hồ sơ trực tuyến toàn trình đạt 72,4%; số hóa 100% kết quả giải quyết."],
           "đạt chỉ tiêu quý.")]
    for i, (t, ls, nx) in enumerate(cc, 1):
        para(d, "%d. %s" % (i, t), bold=True)
        for ln in ls:
            para(d, "- " + ln)
        p = para(d); r = p.add_run("Nhận xét:"); r.underline = True; p.add_run(" " + nx)
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    para(d, "- Đường truyền mạng tại Bộ phận Một cửa thường xuyên chập chờn.")
    para(d, "III. KIẾN NGHỊ", bold=True, indent=False)
    para(d, "- Đề nghị Sở Nội vụ sớm hướng dẫn đánh giá chỉ số cải cách hành chính cấp xã năm 2026.")
    sign_table(d, ["Nơi nhận:", "- Sở Nội vụ (b/c);", "- TT. Đảng ủy xã;", "- Lưu: VT."],
               ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Phạm Minh Nhựt"])
    fn = "BC CCHC quy III - Long Hoa.docx"
    d.save(os.path.join(OUT, fn))
    key(fn, "25792", "Xã Long Hòa", "176/BC-UBND", "2026-10-05", [], [], [], status="rejected",
        reason="Báo cáo kết quả công tác cải cách hành chính quý III/2026, không phải báo cáo thực hiện Kế hoạch "
               "triển khai Chỉ thị 38-CT/TW (gửi nhầm).")


def _e(it):
    txt = " ".join(it.get("lines") or [it.get("text", "")])
    return dict(task=it["task"], status=it["status"], ind=it.get("ind", {}), text=txt)


# ================================================================ HAND 2 (Lộc)
# XLSX, communes of the former Bàu Bàng / Bắc Tân Uyên: one sheet, "TT | Việc đã làm | Số liệu |
# Tình trạng | Ghi chú"; Số liệu cells are number-first lines (Alt+Enter), money "4.500.000 đ";
# statuses Xong / Đang làm / Chưa làm / Không có việc; Ghi chú holds "lần gần nhất dd/mm".
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def hand2(fname, short, place, number, date, rows, diffs, props, signer, preparer, period):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "BC CT38 (10 thang)"
    f = Font(name="Times New Roman", size=12)
    fb = Font(name="Times New Roman", size=12, bold=True)
    for c, w in zip("ABCDE", (5, 52, 22, 14, 22)):
        ws.column_dimensions[c].width = w
    ws.merge_cells("A1:B1"); ws["A1"] = "ỦY BAN NHÂN DÂN %s" % short.upper(); ws["A1"].font = fb
    ws.merge_cells("C1:E1"); ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["C1"].font = fb
    ws.merge_cells("A2:B2"); ws["A2"] = "Số: %s" % number; ws["A2"].font = f
    ws.merge_cells("C2:E2"); ws["C2"] = "Độc lập - Tự do - Hạnh phúc"; ws["C2"].font = fb
    ws.merge_cells("C3:E3"); ws["C3"] = "%s, %s" % (place, VN_MONTH(date))
    ws["C3"].font = Font(name="Times New Roman", size=12, italic=True)
    for a in ("A1", "C1", "A2", "C2", "C3"):
        ws[a].alignment = Alignment(horizontal="center")
    ws.merge_cells("A5:E5")
    ws["A5"] = "BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"
    ws["A5"].font = Font(name="Times New Roman", size=13, bold=True); ws["A5"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A6:E6"); ws["A6"] = "(Số liệu %s)" % period
    ws["A6"].font = Font(name="Times New Roman", size=12, italic=True); ws["A6"].alignment = Alignment(horizontal="center")
    hdr = ["TT", "Việc đã làm", "Số liệu", "Tình trạng", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=8, column=j, value=h); c.font = fb; c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 9
    for i, row in enumerate(rows, 1):
        vals = [i, row["viec"], row["so"], row["tt"], row.get("gc", "")]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v); c.font = f; c.border = BOX
            c.alignment = Alignment(vertical="top", wrap_text=True, horizontal="center" if j in (1, 4) else None)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Khó khăn:").font = fb; r += 1
    for i, x in enumerate(diffs, 1):
        ws.cell(row=r, column=2, value="%d. %s" % (i, x)).font = f
        ws.cell(row=r, column=2).alignment = Alignment(wrap_text=True); r += 1
    ws.cell(row=r, column=2, value="Kiến nghị:").font = fb; r += 1
    for i, x in enumerate(props, 1):
        ws.cell(row=r, column=2, value="%d. %s" % (i, x)).font = f
        ws.cell(row=r, column=2).alignment = Alignment(wrap_text=True); r += 1
    r += 1
    ws.cell(row=r, column=2, value="Người lập biểu").font = fb
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
    ws.cell(row=r, column=3, value="KT. CHỦ TỊCH").font = fb
    ws.merge_cells(start_row=r + 1, start_column=3, end_row=r + 1, end_column=5)
    ws.cell(row=r + 1, column=3, value="PHÓ CHỦ TỊCH").font = fb
    ws.cell(row=r + 5, column=2, value=preparer).font = fb
    ws.merge_cells(start_row=r + 5, start_column=3, end_row=r + 5, end_column=5)
    ws.cell(row=r + 5, column=3, value=signer).font = fb
    for rr in (r, r + 1, r + 5):
        ws.cell(row=rr, column=2).alignment = Alignment(horizontal="center")
        ws.cell(row=rr, column=3).alignment = Alignment(horizontal="center")
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fname))


ST2 = {"Xong": "completed", "Đang làm": "in_progress", "Chưa làm": "not_started", "Không có việc": "not_applicable"}


def build_hand2():
    rows = [
        dict(task="II.5.c", viec="Kiểm tra đo lường (cân) tại chợ Bàu Bàng, chợ Lai Khê theo phân cấp; "
             "phối hợp Đội QLTT số 9", so="02 cuộc\n31 cơ sở\n03 vi phạm\n4.500.000 đ", tt="Xong",
             gc="lần gần nhất 14/10", ind={"inspections": 2, "establishments_inspected": 31, "violations": 3,
                                           "fines_vnd": 4500000}),
        dict(task="II.1.a", viec="Tuyên truyền trên loa, Zalo các ấp về cân đong, ghi nhãn hàng hóa",
             so="12 tin bài", tt="Đang làm", gc="", ind={"communications": 12}),
        dict(task="II.2.d", viec="Hướng dẫn cơ sở sản xuất, doanh nghiệp nhỏ ghi nhãn, tự công bố sản phẩm",
             so="07 DN, hộ SX", tt="Đang làm", gc="tại KCN Bàu Bàng và cụm ấp 3", ind={"enterprises_supported": 7}),
        dict(task="II.3.a", viec="Cử công chức đi tập huấn nghiệp vụ do Chi cục mở", so="02 người", tt="Xong",
             gc="lớp ngày 18/6", ind={"participants": 2}),
        dict(task="II.5.d", viec="Tiếp nhận phản ánh gian lận cân, hàng kém chất lượng", so="-",
             tt="Không có việc", gc="", ind={}),
        dict(task="II.2.đ", viec="Cập nhật quy trình ISO 9001 tại bộ phận một cửa", so="", tt="Chưa làm",
             gc="chờ hướng dẫn của Sở", ind={}),
    ]
    diffs = ["Công chức kinh tế kiêm nhiệm nhiều lĩnh vực, không có chuyên môn về đo lường.",
             "Chưa có kinh phí mua cân đối chứng cho 02 chợ."]
    props = ["Chi cục hỗ trợ cân đối chứng cho chợ Bàu Bàng và chợ Lai Khê.",
             "Gửi văn bản hướng dẫn cụ thể phần việc cấp xã trong Kế hoạch."]
    fn = "TH CT38 Bau Bang 10 thang.xlsx"
    hand2(fn, "xã Bàu Bàng", "Bàu Bàng", "412/BC-UBND", "2026-10-29", rows, diffs, props,
          "Nguyễn Hoàng Sơn", "Trần Văn Lộc", "từ 01/01/2026 đến 25/10/2026")
    key(fn, "25822", "Xã Bàu Bàng", "412/BC-UBND", "2026-10-29", [_e2(r) for r in rows], diffs, props)

    rows = [
        dict(task="II.5.c", viec="Kiểm tra cân bán lẻ tại chợ Trừ Văn Thố", so="01 cuộc\n12 cơ sở", tt="xong",
             gc="lần gần nhất 22/7", ind={"inspections": 1, "establishments_inspected": 12}),
        dict(task="II.1.a", viec="Hội nghị phổ biến quy định đo lường, chất lượng cho hộ kinh doanh; tin trên loa",
             so="01 hội nghị\n80 người\n05 tin", tt="Xong", gc="hội nghị ngày 09/5",
             ind={"training_courses": 1, "participants": 80, "communications": 5}),
        dict(task="II.3.a", viec="Cử công chức tập huấn", so="01 người", tt="Xong", gc="", ind={"participants": 1}),
        dict(task="II.1.b", viec="Vận động doanh nghiệp dự Giải thưởng chất lượng quốc gia", so="", tt="Không có việc",
             gc="", ind={}),
        dict(task="II.2.a", viec="Hướng dẫn HTX làm truy xuất nguồn gốc (tem QR) cho sản phẩm", so="03 HTX",
             tt="Đang làm ", gc="HTX cao su, HTX rau an toàn", ind={"enterprises_supported": 3}),
    ]
    diffs = ["Chợ Trừ Văn Thố nhỏ, tiểu thương buôn bán không cố định nên khó quản lý cân."]
    props = ["Chi cục cho mượn cân chuẩn để xã kiểm tra đợt cuối năm.",
             "Tổ chức tập huấn ngắn ngày tại chỗ cho công chức xã."]
    fn = "Tru Van Tho - bieu CT38.xlsx"
    hand2(fn, "xã Trừ Văn Thố", "Trừ Văn Thố", "301/BC-UBND", "2026-10-28", rows, diffs, props,
          "Võ Thị Kim Hằng", "Lê Minh Trí", "từ đầu năm đến 20/10/2026")
    key(fn, "25819", "Xã Trừ Văn Thố", "301/BC-UBND", "2026-10-28", [_e2(r) for r in rows], diffs, props)

    rows = [
        dict(task="II.5.c", viec="Kiểm tra cân, đo lường tại chợ Tân Thành và các cửa hàng vật liệu xây dựng",
             so="03 cuộc\n22 cơ sở\n02 vi phạm\n2.000.000 đ", tt="Đang làm", gc="lần gần nhất 10/10",
             ind={"inspections": 3, "establishments_inspected": 22, "violations": 2, "fines_vnd": 2000000}),
        dict(task="II.1.a", viec="Tuyên truyền trên trang thông tin xã, loa truyền thanh", so="08 tin bài", tt="Xong",
             gc="", ind={"communications": 8}),
        dict(task="II.3.a", viec="Cử công chức tập huấn nghiệp vụ TĐC", so="", tt="Chưa làm",
             gc="chưa có lớp cho cấp xã", ind={}),
        dict(task="II.2.đ", viec="Rà soát quy trình ISO sau sáp nhập", so="", tt="Đang làm", gc="", ind={}),
    ]
    diffs = ["Địa bàn xã rộng sau sáp nhập, lực lượng kiểm tra mỏng.",
             "Chưa được tập huấn nghiệp vụ kiểm tra đo lường."]
    props = ["Đề nghị Chi cục sớm mở lớp tập huấn cho công chức cấp xã khu vực Bắc Tân Uyên."]
    fn = "BTU_CT38_2026.xlsx"
    hand2(fn, "xã Bắc Tân Uyên", "Bắc Tân Uyên", "358/BC-UBND", "2026-11-04", rows, diffs, props,
          "Đặng Văn Út", "Nguyễn Thanh Lộc", "đến ngày 31/10/2026")
    key(fn, "25906", "Xã Bắc Tân Uyên", "358/BC-UBND", "2026-11-04", [_e2(r) for r in rows], diffs, props)


def _e2(r):
    txt = r["viec"] + (": " + r["so"].replace("\n", ", ") if r["so"] not in ("", "-") else "")
    return dict(task=r["task"], status=ST2[r["tt"].strip()[:1].upper() + r["tt"].strip()[1:]], ind=r["ind"], text=txt)


# ================================================================ HAND 3 (Thảo)
# XLSX, wards of the former Thuận An: "Nội dung | Chỉ tiêu | ĐVT | Kế hoạch phường | Thực hiện | Tỷ lệ (%) |
# Tiến độ | Ghi chú"; one row per figure, task and Tiến độ merged down; Tỷ lệ = formula; the ward's
# own target (Kế hoạch phường) beside each result — targets are not results.
def hand3(fname, short, place, number, date, blocks, diffs, props, signer):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bieu CT38"
    f = Font(name="Times New Roman", size=11)
    fb = Font(name="Times New Roman", size=11, bold=True)
    widths = dict(A=5, B=38, C=30, D=10, E=11, F=11, G=9, H=17, I=24)
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.merge_cells("A1:C1"); ws["A1"] = "UBND %s" % short.upper()
    ws.merge_cells("A2:C2"); ws["A2"] = "Số: %s" % (number or "       /BC-UBND")
    ws.merge_cells("E1:I1"); ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws.merge_cells("E2:I2"); ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws.merge_cells("E3:I3"); ws["E3"] = "%s, %s" % (place, VN_MONTH(date))
    for a in ("A1", "A2", "E1", "E2", "E3"):
        ws[a].font = fb if a != "E3" else Font(name="Times New Roman", size=11, italic=True)
        ws[a].alignment = Alignment(horizontal="center")
    ws.merge_cells("A5:I5")
    ws["A5"] = "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"
    ws["A5"].font = Font(name="Times New Roman", size=13, bold=True); ws["A5"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A6:I6")
    ws["A6"] = "(Kèm theo Báo cáo của UBND %s; số liệu tính đến ngày 20/10/2026)" % short
    ws["A6"].font = Font(name="Times New Roman", size=11, italic=True); ws["A6"].alignment = Alignment(horizontal="center")
    hdr = ["STT", "Nội dung công việc", "Chỉ tiêu", "ĐVT", "Kế hoạch phường", "Thực hiện", "Tỷ lệ (%)",
           "Tiến độ", "Ghi chú"]
    grey = PatternFill("solid", fgColor="D9D9D9")
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=8, column=j, value=h); c.font = fb; c.border = BOX; c.fill = grey
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 9
    for i, b in enumerate(blocks, 1):
        rows = b["rows"] or [("", None, None, "")]
        r0 = r
        for (lab, kh, th, dvt) in rows:
            ws.cell(row=r, column=3, value=lab)
            ws.cell(row=r, column=4, value=dvt)
            ws.cell(row=r, column=5, value=kh)
            ws.cell(row=r, column=6, value=th if th is not None else ("-" if lab else None))
            if kh and th is not None:
                ws.cell(row=r, column=7, value="=ROUND(F%d/E%d*100,1)" % (r, r))
            for j in range(1, 10):
                c = ws.cell(row=r, column=j); c.font = f; c.border = BOX
                c.alignment = Alignment(vertical="top", wrap_text=True,
                                        horizontal="center" if j in (1, 4, 5, 6, 7) else None)
                if j in (5, 6) and isinstance(c.value, int):
                    c.number_format = "#,##0"
            r += 1
        ws.cell(row=r0, column=1, value=i)
        ws.cell(row=r0, column=2, value=b["nd"])
        ws.cell(row=r0, column=8, value=b["td"])
        ws.cell(row=r0, column=9, value=b.get("gc"))
        if r - r0 > 1:
            for col in (1, 2, 8, 9):
                ws.merge_cells(start_row=r0, start_column=col, end_row=r - 1, end_column=col)
        for col in (1, 2, 8, 9):
            ws.cell(row=r0, column=col).alignment = Alignment(vertical="center", wrap_text=True,
                                                               horizontal="center" if col in (1, 8) else None)
    r += 1
    ws.cell(row=r, column=1, value="II").font = fb
    ws.cell(row=r, column=2, value="KHÓ KHĂN, VƯỚNG MẮC").font = fb; r += 1
    for x in diffs:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
        ws.cell(row=r, column=2, value="- " + x).font = f; r += 1
    ws.cell(row=r, column=1, value="III").font = fb
    ws.cell(row=r, column=2, value="KIẾN NGHỊ, ĐỀ XUẤT").font = fb; r += 1
    for x in props:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
        ws.cell(row=r, column=2, value="- " + x).font = f; r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=9)
    ws.cell(row=r, column=6, value="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH").font = fb
    ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[r].height = 48
    ws.merge_cells(start_row=r + 4, start_column=6, end_row=r + 4, end_column=9)
    ws.cell(row=r + 4, column=6, value=signer).font = fb
    ws.cell(row=r + 4, column=6).alignment = Alignment(horizontal="center")
    ws.freeze_panes = "A9"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fname))


ST3 = {"Hoàn thành": "completed", "Đang thực hiện": "in_progress", "Chưa thực hiện": "not_started",
       "Không phát sinh": "not_applicable"}


def build_hand3():
    blocks = [
        dict(task="II.5.c", nd="Kiểm tra đo lường, chất lượng theo nội dung được phân cấp (chợ Lái Thiêu, cửa hàng xăng dầu)",
             rows=[("Số cuộc kiểm tra", 4, 3, "cuộc"), ("Số cơ sở được kiểm tra", 30, 27, "cơ sở"),
                   ("Số cơ sở vi phạm", None, 2, "cơ sở"), ("Số tiền xử phạt", None, 3500000, "đồng")],
             td="Đang thực hiện", gc="Còn 01 cuộc tháng 11",
             ind={"inspections": 3, "establishments_inspected": 27, "violations": 2, "fines_vnd": 3500000}),
        dict(task="II.1.a", nd="Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng",
             rows=[("Hội nghị tuyên truyền", 1, 1, "hội nghị"), ("Lượt người tham dự", None, 120, "lượt"),
                   ("Tin, bài trên Trang TTĐT, loa", 10, 12, "tin, bài")],
             td="Hoàn thành", gc="",
             ind={"training_courses": 1, "participants": 120, "communications": 12}),
        dict(task="II.3.a", nd="Cử công chức tham gia tập huấn nghiệp vụ",
             rows=[("Lượt công chức dự tập huấn", 2, 2, "lượt")], td="Hoàn thành", gc="Lớp của Chi cục 18/6/2026",
             ind={"participants": 2}),
        dict(task="II.1.b", nd="Hướng dẫn doanh nghiệp tìm hiểu, đăng ký Giải thưởng Chất lượng Quốc gia",
             rows=[("Doanh nghiệp được hướng dẫn", 2, None, "DN")], td="Chưa thực hiện",
             gc="Chuyển sang năm 2027", ind={}),
        dict(task="II.5.d", nd="Tiếp nhận, xử lý phản ánh, tố giác vi phạm", rows=[], td="Không phát sinh", gc="",
             ind={}),
    ]
    diffs = ["Cửa hàng xăng dầu và tiểu thương chợ Lái Thiêu đông, lực lượng kiểm tra của phường chỉ có 02 công chức.",
             "Phường chưa có phương tiện đo đối chứng phục vụ kiểm tra."]
    props = ["Đề nghị Chi cục hỗ trợ phường 01 bộ quả cân chuẩn và cân đối chứng.",
             "Đề nghị Chi cục cử cán bộ cùng tham gia các cuộc kiểm tra cửa hàng xăng dầu trên địa bàn phường."]
    fn = "LaiThieu_bieu_KH38.xlsx"
    hand3(fn, "phường Lái Thiêu", "Lái Thiêu", "521/BC-UBND", "2026-10-26", blocks, diffs, props, "Phan Quốc Thái")
    key(fn, "25966", "Phường Lái Thiêu", "521/BC-UBND", "2026-10-26", [_e3(b) for b in blocks], diffs, props)

    blocks = [
        dict(task="II.5.c", nd="Kiểm tra đo lường tại chợ Bình Hòa, chợ Búng và cửa hàng vàng bạc",
             rows=[("Số cuộc kiểm tra", 3, 2, "cuộc"), ("Số cơ sở được kiểm tra", 20, 18, "cơ sở"),
                   ("Số cơ sở vi phạm", None, 1, "cơ sở"), ("Số tiền xử phạt", None, 1500000, "đồng")],
             td="Đang thực hiện", gc="",
             ind={"inspections": 2, "establishments_inspected": 18, "violations": 1, "fines_vnd": 1500000}),
        dict(task="II.1.a", nd="Thông tin tuyên truyền trên loa, mạng xã hội",
             rows=[("Tin, bài", 8, 9, "tin, bài")], td="Hoàn thành", gc="", ind={"communications": 9}),
        dict(task="II.2.d", nd="Hướng dẫn cơ sở sản xuất trong khu dân cư công bố chất lượng, ghi nhãn",
             rows=[("Cơ sở, doanh nghiệp được hướng dẫn", 10, 5, "cơ sở")], td="Đang thực hiện", gc="",
             ind={"enterprises_supported": 5}),
        dict(task="II.2.đ", nd="Duy trì, cập nhật HTQLCL TCVN ISO 9001:2015 tại UBND phường", rows=[],
             td="Hoàn thành", gc="QĐ công bố lại số 1021/QĐ-UBND ngày 15/8/2026", ind={}),
        dict(task="II.3.a", nd="Cử công chức tham gia tập huấn nghiệp vụ",
             rows=[("Lượt công chức dự tập huấn", 2, 3, "lượt")], td="Hoàn thành", gc="",
             ind={"participants": 3}),
    ]
    diffs = ["Nhiều hộ sản xuất nhỏ chưa hiểu quy định về công bố chất lượng, ghi nhãn hàng hóa."]
    props = ["Đề nghị Chi cục biên soạn tài liệu hướng dẫn ghi nhãn hàng hóa bằng hình ảnh, dễ hiểu cho hộ kinh doanh."]
    fn = "Bieu KQ CT38 P.BinhHoa.xlsx"
    hand3(fn, "phường Bình Hòa", "Bình Hòa", "468/BC-UBND", "2026-10-31", blocks, diffs, props, "Nguyễn Thị Thu Trang")
    key(fn, "25987", "Phường Bình Hòa", "468/BC-UBND", "2026-10-31", [_e3(b) for b in blocks], diffs, props)

    blocks = [
        dict(task="II.5.c", nd="Kiểm tra việc chấp hành quy định đo lường, chất lượng tại chợ, cửa hàng xăng dầu, khí dầu mỏ hóa lỏng",
             rows=[("Số cuộc kiểm tra", 6, 5, "cuộc"), ("Số cơ sở được kiểm tra", 45, 40, "cơ sở"),
                   ("Số cơ sở vi phạm", None, 4, "cơ sở"), ("Số tiền xử phạt", None, 7250000, "đồng")],
             td="Đang thực hiện", gc="",
             ind={"inspections": 5, "establishments_inspected": 40, "violations": 4, "fines_vnd": 7250000}),
        dict(task="II.1.a", nd="Hội nghị phổ biến pháp luật cho hộ kinh doanh, doanh nghiệp trên địa bàn",
             rows=[("Hội nghị", 2, 2, "hội nghị"), ("Lượt người tham dự", 150, 150, "lượt")], td="Hoàn thành",
             gc="", ind={"training_courses": 2, "participants": 150}),
        dict(task="II.2.a", nd="Hỗ trợ cơ sở sản xuất thực phẩm áp dụng truy xuất nguồn gốc",
             rows=[("Cơ sở được hỗ trợ", 10, 6, "cơ sở")], td="Đang thực hiện", gc="", ind={"enterprises_supported": 6}),
        dict(task="II.3.a", nd="Cử công chức tập huấn", rows=[("Lượt công chức dự tập huấn", 2, None, "lượt")],
             td="Chưa thực hiện", gc="Chờ lớp của Chi cục", ind={}),
        dict(task="II.5.d", nd="Tiếp nhận, giải quyết phản ánh về gian lận đo lường", rows=[],
             td="Hoàn thành", gc="Đã xử lý xong phản ánh về cân thiếu tại chợ An Phú (tháng 7/2026)", ind={}),
    ]
    diffs = ["Số cửa hàng kinh doanh khí dầu mỏ hóa lỏng nhỏ lẻ nhiều, thường xuyên thay đổi địa điểm.",
             "Chưa có hướng dẫn thống nhất về mẫu biên bản kiểm tra đo lường cấp phường."]
    props = ["Đề nghị Chi cục ban hành mẫu biên bản, quy trình kiểm tra đo lường dùng chung cho cấp phường.",
             "Đề nghị tổ chức lớp tập huấn trong Quý IV/2026 để phường cử công chức tham dự."]
    fn = "AnPhu-CT38-T10.xlsx"
    hand3(fn, "phường An Phú", "An Phú", None, "2026-11-02", blocks, diffs, props, "Lâm Văn Hiếu")
    key(fn, "25975", "Phường An Phú", None, "2026-11-02", [_e3(b) for b in blocks], diffs, props)


def _e3(b):
    parts = ["%s: %s %s" % (l, th, d) for (l, kh, th, d) in b["rows"] if th is not None]
    txt = b["nd"] + (" — " + "; ".join(parts) if parts else "")
    return dict(task=b["task"], status=ST3[b["td"]], ind=b["ind"], text=txt)


# ================================================================ HAND 4 (Phương)
# DOCX công văn of city departments: "V/v" under the number, "Kính gửi:", the body's paragraphs
# each opening with a bold run-in label ending in a full stop (the department's own words), figures in
# the sentences ("62,5 triệu đồng"), status in a closing plain sentence; difficulties and proposals as
# "a)" "b)" lines under one "Khó khăn và kiến nghị" heading split in two.
def hand4(fname, parent, dept, number, vv, date, kinhgui, opening, items, diffs, props, signer, role,
          noinhan, font="Times New Roman", closing=None):
    d = base_doc(font=font)
    header_table(d, [parent, dept.upper(), "———", "Số: %s" % number, vv],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "———————————",
                  "Thành phố Hồ Chí Minh, %s" % VN_MONTH(date)], left_bold=(1,), right_italic=(3,))
    para(d)
    p = para(d, align=WD_ALIGN_PARAGRAPH.CENTER)
    p.add_run("Kính gửi: ").italic = True
    p.add_run(kinhgui)
    para(d, opening)
    for it in items:
        p = para(d)
        r = p.add_run(it["label"] + ". ")
        r.bold = True
        p.add_run(it["body"])
    if diffs or props:
        para(d, "Về khó khăn, vướng mắc và kiến nghị:", bold=True)
        if diffs:
            para(d, "Khó khăn, vướng mắc:", italic=True)
            for i, x in enumerate(diffs):
                para(d, "%s) %s" % ("abcdđe"[i], x))
        if props:
            para(d, "Kiến nghị:", italic=True)
            for i, x in enumerate(props):
                para(d, "%s) %s" % ("abcdđe"[i], x))
    para(d, closing or "%s kính gửi Sở Khoa học và Công nghệ tổng hợp./." % dept)
    sign_table(d, ["Nơi nhận:"] + noinhan, role + ["", "", "", signer])
    d.save(os.path.join(OUT, fname))


def build_hand4():
    items = [
        dict(task="II.5.a", status="completed",
             ind={"inspections": 4, "establishments_inspected": 36, "violations": 5, "fines_vnd": 62500000},
             label="Phối hợp kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng",
             body="Sở Công Thương cử công chức Phòng Quản lý Thương mại tham gia 04 cuộc kiểm tra liên ngành do Chi cục "
                  "Tiêu chuẩn Đo lường Chất lượng chủ trì tại 36 cửa hàng xăng dầu, trạm chiết nạp và cửa hàng kinh "
                  "doanh khí dầu mỏ hóa lỏng; phát hiện 05 cơ sở vi phạm về chất lượng và đo lường, đã xử phạt "
                  "tổng số tiền 62,5 triệu đồng. Các cuộc kiểm tra theo kế hoạch năm 2026 đã kết thúc."),
        dict(task="II.2.e", status="completed", ind={"standards_reviewed": 3},
             label="Góp ý dự thảo quy chuẩn kỹ thuật",
             body="Sở đã có văn bản góp ý 03 dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công nghiệp (an toàn "
                  "chai chứa khí dầu mỏ hóa lỏng, nồi hơi và bình chịu áp lực, thép làm cốt bê tông) theo đề nghị "
                  "của Bộ Công Thương và Sở Khoa học và Công nghệ. Nội dung này đã thực hiện xong."),
        dict(task="II.1.a", status="completed", ind={"training_courses": 1, "participants": 140},
             label="Phổ biến văn bản pháp luật cho doanh nghiệp",
             body="Ngày 16/5/2026, Sở phối hợp với Chi cục tổ chức 01 hội nghị phổ biến quy định mới về chất lượng "
                  "sản phẩm, hàng hóa và ghi nhãn cho doanh nghiệp ngành công nghiệp hỗ trợ, thu hút 140 đại biểu "
                  "tham dự. Sở đã hoàn thành phần việc phối hợp."),
        dict(task="II.2.a", status="in_progress", ind={"enterprises_supported": 12},
             label="Tham gia Chương trình năng suất chất lượng (Chương trình 1322)",
             body="Sở phối hợp với Chi cục lựa chọn, giới thiệu và hỗ trợ 12 doanh nghiệp ngành công nghiệp hỗ trợ, "
                  "cơ khí tham gia Chương trình quốc gia nâng cao năng suất và chất lượng sản phẩm, hàng hóa giai "
                  "đoạn 2021-2030. Sở đang tiếp tục triển khai đến hết năm 2026."),
        dict(task="II.3.a", status="completed", ind={"participants": 4},
             label="Tập huấn nghiệp vụ",
             body="Sở cử 04 công chức tham dự lớp tập huấn chuyên sâu về quản lý chất lượng sản phẩm, hàng hóa "
                  "do Chi cục tổ chức tháng 7/2026. Việc cử cán bộ đã thực hiện xong."),
        dict(task="II.6.a", status="in_progress", ind={},
             label="Thông tin về hàng rào kỹ thuật trong thương mại",
             body="Sở thường xuyên cập nhật, chuyển tải thông tin về các cam kết TBT trong các Hiệp định thương mại "
                  "tự do đến doanh nghiệp xuất khẩu qua Trang thông tin điện tử của Sở. Công việc này đang được "
                  "thực hiện thường xuyên."),
    ]
    diffs = ["Nhiều cửa hàng kinh doanh khí dầu mỏ hóa lỏng quy mô nhỏ nằm trong khu dân cư, thay đổi địa điểm "
             "thường xuyên nên khó theo dõi.",
             "Doanh nghiệp nhỏ và vừa chưa quan tâm đúng mức đến việc áp dụng công cụ cải tiến năng suất."]
    props = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng xăng dầu, khí dầu mỏ hóa lỏng "
             "trên địa bàn để Sở Công Thương phối hợp quản lý.",
             "Đề nghị duy trì cơ chế phối hợp kiểm tra liên ngành định kỳ hằng quý."]
    fn = "5231-SCT-QLCN.docx"
    hand4(fn, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "Sở Công Thương", "5231/SCT-QLCN",
          "V/v báo cáo kết quả thực hiện Kế hoạch\ntriển khai Chỉ thị số 38-CT/TW năm 2026", "2026-10-28",
          "Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh\n(Chi cục Tiêu chuẩn Đo lường Chất lượng)",
          "Sở Công Thương nhận được Công văn số 1126/TĐC-QLĐL ngày 08/10/2026 của Chi cục Tiêu chuẩn Đo lường "
          "Chất lượng về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Sau "
          "khi rà soát các nội dung được giao phối hợp, Sở Công Thương báo cáo như sau:",
          items, diffs, props, "Trần Quang Huy", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
          ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, QLCN (Ph)."])
    key(fn, "SO-CT", "Sở Công Thương", "5231/SCT-QLCN", "2026-10-28", [_e4(i) for i in items], diffs, props)

    items = [
        dict(task="II.5.a", status="in_progress",
             ind={"inspections": 2, "establishments_inspected": 14, "samples_tested": 21, "violations": 2,
                  "fines_vnd": 30000000},
             label="Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường",
             body="Năm 2026, Sở Xây dựng chủ trì 02 đợt kiểm tra chất lượng vật liệu xây dựng tại 14 cơ sở sản xuất, "
                  "kinh doanh xi măng, thép, gạch ốp lát; lấy 21 mẫu gửi thử nghiệm. Kết quả có 02 cơ sở kinh doanh "
                  "sản phẩm không đạt quy chuẩn, đã chuyển Thanh tra Sở xử phạt 30.000.000 đồng. Đợt kiểm tra thứ ba "
                  "dự kiến trong tháng 11/2026 nên nội dung này đang tiếp tục thực hiện."),
        dict(task="II.2.e", status="completed", ind={"standards_reviewed": 2},
             label="Góp ý quy chuẩn kỹ thuật",
             body="Sở đã góp ý 02 dự thảo quy chuẩn kỹ thuật quốc gia về sản phẩm, hàng hóa vật liệu xây dựng "
                  "(sửa đổi QCVN 16:2023/BXD) theo đề nghị của Bộ Xây dựng; việc góp ý đã hoàn thành."),
        dict(task="II.2.đ", status="completed", ind={},
             label="Hệ thống quản lý chất lượng",
             body="Sở đã cập nhật, công bố lại Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO "
                  "9001:2015 sau khi hợp nhất chức năng, nhiệm vụ; nội dung này đã xong."),
        dict(task="II.3.a", status="not_started", ind={},
             label="Cử công chức tham gia tập huấn",
             body="Trong năm Sở chưa cử công chức tham dự các lớp tập huấn về tiêu chuẩn, đo lường, chất lượng do "
                  "trùng thời gian với đợt kiểm tra công trình; Sở sẽ đăng ký tham dự khi Chi cục mở lớp tiếp theo."),
        dict(task="II.2.i", status="not_applicable", ind={},
             label="Kết nối cơ sở dữ liệu",
             body="Đối với việc kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng, trong kỳ chưa "
                  "phát sinh yêu cầu phối hợp với Sở Xây dựng."),
    ]
    diffs = ["Kinh phí lấy mẫu, thử nghiệm vật liệu xây dựng còn hạn chế so với số lượng cơ sở cần kiểm tra."]
    props = ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ giới thiệu các tổ chức thử nghiệm đủ năng lực, chi phí hợp lý "
             "để Sở Xây dựng phối hợp lấy mẫu vật liệu xây dựng."]
    fn = "CV SXD bao cao CT38.docx"
    hand4(fn, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "Sở Xây dựng", "8874/SXD-KTXD",
          "V/v báo cáo tình hình thực hiện Kế hoạch\nsố …/KH-SKHCN về Chỉ thị 38-CT/TW", "2026-10-30",
          "Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh",
          "Thực hiện đề nghị của Sở Khoa học và Công nghệ tại Công văn số 3371/SKHCN-TĐC ngày 06/10/2026, "
          "Sở Xây dựng báo cáo kết quả thực hiện các nội dung liên quan như sau:",
          items, diffs, props, "Lê Hoàng Nam", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
          ["- Như trên;", "- GĐ Sở (để b/c);", "- Lưu: VT, KTXD."])
    key(fn, "SO-XD", "Sở Xây dựng", "8874/SXD-KTXD", "2026-10-30", [_e4(i) for i in items], diffs, props)

    # ---- Sở NN&MT (mistaken: phòng chống thiên tai)
    items = [
        dict(label="Công tác chỉ đạo, điều hành",
             body="Sở đã tham mưu UBND Thành phố ban hành Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm "
                  "2026; kiện toàn Ban Chỉ huy phòng thủ dân sự các cấp sau sắp xếp đơn vị hành chính."),
        dict(label="Tình hình thiên tai",
             body="Từ đầu năm đến nay trên địa bàn Thành phố xảy ra 09 đợt triều cường vượt báo động III, 14 trận "
                  "mưa lớn gây ngập cục bộ và 06 điểm sạt lở bờ sông; ước thiệt hại khoảng 18,6 tỷ đồng."),
        dict(label="Công tác khắc phục hậu quả",
             body="Đã hỗ trợ khẩn cấp 235 hộ dân bị ảnh hưởng, gia cố tạm 06 điểm sạt lở; tiếp tục theo dõi các "
                  "công trình đê bao, bờ bao xung yếu."),
    ]
    fn = "BC PCTT 10 thang 2026.docx"
    hand4(fn, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "Sở Nông nghiệp và Môi trường", "4412/BC-SNNMT",
          "V/v báo cáo công tác phòng, chống thiên tai\nvà tìm kiếm cứu nạn 10 tháng năm 2026", "2026-10-22",
          "Ban Chỉ huy Phòng thủ dân sự Thành phố",
          "Sở Nông nghiệp và Môi trường báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn 10 tháng năm "
          "2026 như sau:", items, [], [], "Nguyễn Văn Phước", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
          ["- Như trên;", "- Sở Khoa học và Công nghệ;", "- Lưu: VT, TL."],
          closing="Sở Nông nghiệp và Môi trường kính báo cáo Ban Chỉ huy Phòng thủ dân sự Thành phố./.")
    key(fn, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "4412/BC-SNNMT", "2026-10-22", [], [], [],
        status="rejected",
        reason="Báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn 10 tháng năm 2026, không phải báo cáo "
               "thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")


def _e4(it):
    return dict(task=it["task"], status=it["status"], ind=it.get("ind", {}), text=it["body"])


# ================================================================ HAND 5 (Khoa)
# XLSX: quarter columns "Quý I | Quý II | Quý III | Tháng 10 | Cả kỳ" (Cả kỳ a SUM formula, or typed),
# bold task rows holding only the "Tình hình thực hiện" word, measure rows under them with ĐVT;
# the quarter figures are parts, the careful officer keys the "Cả kỳ" total.
def hand5(fname, left, number, date, title, blocks, diffs, props, signer, role, formulas=True, sheet="TH CT38"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    f = Font(name="Arial", size=10)
    fb = Font(name="Arial", size=10, bold=True)
    for k, v in dict(A=6, B=46, C=9, D=10, E=10, F=10, G=10, H=12, I=18, J=26).items():
        ws.column_dimensions[k].width = v
    for i, ln in enumerate(left, 1):
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=3)
        ws.cell(row=i, column=1, value=ln).font = fb if i < len(left) else f
        ws.cell(row=i, column=1).alignment = Alignment(horizontal="center")
    ws.merge_cells("F1:J1"); ws["F1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["F1"].font = fb
    ws.merge_cells("F2:J2"); ws["F2"] = "Độc lập - Tự do - Hạnh phúc"; ws["F2"].font = fb
    ws.merge_cells("F4:J4"); ws["F4"] = date[1]; ws["F4"].font = Font(name="Arial", size=10, italic=True)
    for a in ("F1", "F2", "F4"):
        ws[a].alignment = Alignment(horizontal="center")
    ws.merge_cells("A6:J6"); ws["A6"] = title; ws["A6"].font = Font(name="Arial", size=12, bold=True)
    ws["A6"].alignment = Alignment(horizontal="center", wrap_text=True); ws.row_dimensions[6].height = 32
    hdr = ["STT", "Nội dung", "ĐVT", "Quý I", "Quý II", "Quý III", "Tháng 10", "Cả kỳ", "Tình hình thực hiện", "Ghi chú"]
    blue = PatternFill("solid", fgColor="DDEBF7")
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=8, column=j, value=h); c.font = fb; c.border = BOX; c.fill = blue
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 9
    for i, b in enumerate(blocks, 1):
        ws.cell(row=r, column=1, value=i)
        ws.cell(row=r, column=2, value=b["nd"])
        ws.cell(row=r, column=9, value=b["tt"])
        ws.cell(row=r, column=10, value=b.get("gc"))
        for j in range(1, 11):
            c = ws.cell(row=r, column=j); c.font = fb if j in (1, 2) else f; c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if j in (1, 9) else None)
        r += 1
        for (lab, dvt, qs, _id) in b["rows"]:
            ws.cell(row=r, column=2, value="  - " + lab)
            ws.cell(row=r, column=3, value=dvt)
            for k, q in enumerate(qs):
                ws.cell(row=r, column=4 + k, value=q)
            if formulas:
                ws.cell(row=r, column=8, value="=SUM(D%d:G%d)" % (r, r))
            else:
                ws.cell(row=r, column=8, value=sum(q or 0 for q in qs))
            for j in range(1, 11):
                c = ws.cell(row=r, column=j); c.font = f; c.border = BOX
                if j >= 4 and j <= 8:
                    c.number_format = "#,##0"
                    c.alignment = Alignment(horizontal="right")
                if j == 3:
                    c.alignment = Alignment(horizontal="center")
            r += 1
    r += 1
    ws.cell(row=r, column=2, value="Khó khăn, vướng mắc").font = fb; r += 1
    for x in diffs:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
        ws.cell(row=r, column=2, value="- " + x).font = f; r += 1
    ws.cell(row=r, column=2, value="Đề xuất, kiến nghị").font = fb; r += 1
    for x in props:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
        ws.cell(row=r, column=2, value="- " + x).font = f; r += 1
    r += 1
    for k, ln in enumerate(role + ["", "", "", signer]):
        ws.merge_cells(start_row=r + k, start_column=8, end_row=r + k, end_column=10)
        ws.cell(row=r + k, column=8, value=ln).font = fb
        ws.cell(row=r + k, column=8).alignment = Alignment(horizontal="center")
    ws.freeze_panes = "C9"
    wb.save(os.path.join(OUT, fname))


ST5 = {"Hoàn thành": "completed", "Đang thực hiện": "in_progress", "Đang triển khai": "in_progress",
       "Chưa triển khai": "not_started", "Không phát sinh": "not_applicable", None: "unknown", "": "unknown"}


def _tot(qs):
    return sum(q or 0 for q in qs)


def build_hand5():
    blocks = [
        dict(task="II.4.a", nd="Đầu tư, nâng cấp trang thiết bị phòng thử nghiệm, hiệu chuẩn",
             rows=[("Kinh phí đã giải ngân", "đồng", [None, 1250000000, 2180000000, 415000000], "budget_spent_vnd")],
             tt="Đang thực hiện", gc="Dự án mua sắm 2026, còn gói thiết bị đo điện"),
        dict(task="II.4.b", nd="Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra (cho Chi cục)",
             rows=[("Phương tiện, thiết bị được kiểm định, hiệu chuẩn", "chiếc", [12, 8, 10, 6], "instruments_verified")],
             tt="Đang thực hiện", gc="Theo đề nghị của Chi cục"),
        dict(task="II.4.c", nd="Duy trì, liên kết chuẩn đo lường đến chuẩn quốc gia",
             rows=[("Chuẩn được hiệu chuẩn, liên kết", "chuẩn", [3, 5, 4, 2], "instruments_verified")],
             tt="Đang thực hiện", gc=""),
        dict(task="II.5.b", nd="Thử nghiệm mẫu khảo sát chất lượng sản phẩm, hàng hóa (phối hợp Chi cục)",
             rows=[("Mẫu được thử nghiệm", "mẫu", [None, 40, 65, 15], "samples_tested")],
             tt="Hoàn thành", gc="Đã trả hết kết quả đợt khảo sát 2026"),
        dict(task="II.2.g", nd="Mở rộng phạm vi dịch vụ thử nghiệm, hiệu chuẩn", rows=[], tt="Hoàn thành",
             gc="Được công nhận mở rộng ISO/IEC 17025 tháng 8/2026"),
        dict(task="II.3.d", nd="Đào tạo, hướng dẫn thực tập cho sinh viên về đo lường, thử nghiệm",
             rows=[("Khóa đào tạo, hướng dẫn", "khóa", [None, 1, 2, None], "training_courses"),
                   ("Học viên, sinh viên", "người", [None, 45, 70, None], "participants")],
             tt="Hoàn thành", gc=""),
    ]
    diffs = ["Thủ tục mua sắm thiết bị có giá trị lớn kéo dài, ảnh hưởng tiến độ giải ngân.",
             "Một số chuẩn đo lường phải gửi hiệu chuẩn ở nước ngoài, thời gian chờ dài."]
    props = ["Đề nghị Sở xem xét bổ sung kinh phí năm 2027 để thay thế thiết bị thử nghiệm đã hết khấu hao.",
             "Đề nghị Sở hỗ trợ kết nối với Viện Đo lường Việt Nam để rút ngắn thời gian liên kết chuẩn."]
    fn = "TTPTTN_BC_CT38_2026.xlsx"
    hand5(fn, ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM", "VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG",
               "Số: 318/BC-TTPTTN"], "318/BC-TTPTTN", ("2026-10-30", "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026"),
          "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026\n(phần việc của Trung tâm)",
          blocks, diffs, props, "Đỗ Minh Khoa", ["GIÁM ĐỐC"], formulas=True)
    key(fn, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
        "318/BC-TTPTTN", "2026-10-30", [_e5(b) for b in blocks], diffs, props)

    blocks = [
        dict(task="II.5.c", nd="Kiểm tra đo lường, chất lượng theo phân cấp (chợ Thuận Giao, cửa hàng xăng dầu, gas)",
             rows=[("Cuộc kiểm tra", "cuộc", [1, 1, 1, 0], "inspections"),
                   ("Cơ sở được kiểm tra", "cơ sở", [8, 10, 9, 0], "establishments_inspected"),
                   ("Cơ sở vi phạm", "cơ sở", [1, 0, 2, 0], "violations"),
                   ("Tiền phạt", "đồng", [1500000, 0, 3000000, 0], "fines_vnd")],
             tt="Đang thực hiện", gc="Quý IV kiểm tra dịp Tết"),
        dict(task="II.1.a", nd="Tuyên truyền, phổ biến về tiêu chuẩn, đo lường, chất lượng",
             rows=[("Tin, bài", "tin", [3, 4, 3, 2], "communications"),
                   ("Hội nghị", "hội nghị", [0, 1, 0, 0], "training_courses"),
                   ("Người tham dự", "người", [0, 95, 0, 0], "participants")],
             tt="Hoàn thành", gc=""),
        dict(task="II.3.a", nd="Công chức dự tập huấn nghiệp vụ",
             rows=[("Công chức tham dự", "người", [0, 2, 0, 0], "participants")], tt="Hoàn thành", gc=""),
        dict(task="II.1.b", nd="Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia", rows=[],
             tt="Không phát sinh", gc="Không có DN đăng ký"),
    ]
    diffs = ["Phường đông dân, nhiều hộ kinh doanh nhỏ lẻ, lực lượng kiểm tra mỏng."]
    props = ["Đề nghị Chi cục phối hợp kiểm tra chất lượng gas tại các cửa hàng trên địa bàn phường."]
    fn = "ThuanGiao_CT38.xlsx"
    hand5(fn, ["UBND PHƯỜNG THUẬN GIAO", "PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ", "Số: 544/BC-UBND"], "544/BC-UBND",
          ("2026-10-29", "Thuận Giao, ngày 29 tháng 10 năm 2026"),
          "KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 - PHƯỜNG THUẬN GIAO", blocks, diffs, props,
          "Trịnh Văn Lực", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], formulas=True)
    key(fn, "25969", "Phường Thuận Giao", "544/BC-UBND", "2026-10-29", [_e5(b) for b in blocks], diffs, props)

    blocks = [
        dict(task="II.5.c", nd="Kiểm tra cân, đo lường tại chợ Phước Vĩnh, điểm thu mua nông sản",
             rows=[("Cuộc kiểm tra", "cuộc", [0, 1, 1, 1], "inspections"),
                   ("Cơ sở được kiểm tra", "cơ sở", [0, 11, 14, 6], "establishments_inspected"),
                   ("Cơ sở vi phạm", "cơ sở", [0, 1, 1, 0], "violations"),
                   ("Tiền phạt", "đồng", [0, 750000, 1250000, 0], "fines_vnd")],
             tt="Đang triển khai", gc=""),
        dict(task="II.1.a", nd="Tuyên truyền trên loa, trang thông tin xã",
             rows=[("Tin, bài", "tin", [2, 2, 3, 1], "communications")], tt="Đang triển khai", gc=""),
        dict(task="II.2.d", nd="Hướng dẫn cơ sở sản xuất ghi nhãn, tự công bố sản phẩm",
             rows=[("Cơ sở được hướng dẫn", "cơ sở", [0, 3, 2, 0], "enterprises_supported")], tt="Hoàn thành", gc=""),
        dict(task="II.2.đ", nd="Áp dụng ISO 9001 tại UBND xã", rows=[], tt="", gc="theo KH của UBND xã"),
    ]
    diffs = ["Xã chưa có cân đối chứng; điểm thu mua nông sản hoạt động theo mùa."]
    props = ["Đề nghị Chi cục hỗ trợ cân đối chứng cho chợ Phước Vĩnh.",
             "Đề nghị có kinh phí hỗ trợ in tờ rơi tuyên truyền."]
    fn = "PhuGiao BC CT38.xlsx"
    hand5(fn, ["ỦY BAN NHÂN DÂN", "XÃ PHÚ GIÁO", "Số: 266/BC-UBND"], "266/BC-UBND",
          ("2026-11-02", "Phú Giáo, ngày 02 tháng 11 năm 2026"),
          "KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 CỦA XÃ PHÚ GIÁO", blocks, diffs, props,
          "Bùi Thanh Tùng", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], formulas=False, sheet="Sheet1")
    key(fn, "25858", "Xã Phú Giáo", "266/BC-UBND", "2026-11-02", [_e5(b) for b in blocks], diffs, props)


def _e5(b):
    ind = {}
    for (lab, dvt, qs, _id) in b["rows"]:
        ind[_id] = ind.get(_id, 0) + _tot(qs)
    parts = ["%s: %s %s" % (lab, _tot(qs), dvt) for (lab, dvt, qs, _id) in b["rows"]]
    return dict(task=b["task"], status=ST5[b["tt"]], ind=ind,
                text=b["nd"] + (" — " + "; ".join(parts) if parts else ""))


# ================================================================ finalize
def lo_resave(fname):
    tmp = os.path.join(OUT, ".lo")
    os.makedirs(tmp, exist_ok=True)
    ext = fname.rsplit(".", 1)[1]
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, os.path.join(OUT, fname)],
                   check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, fname), os.path.join(OUT, fname))
    shutil.rmtree(tmp, ignore_errors=True)


def finalize():
    for fn, k in KEYS:
        p = os.path.join(OUT, fn)
        k["sha256"] = hashlib.sha256(open(p, "rb").read()).hexdigest()
        k = json.loads(unicodedata.normalize("NFC", json.dumps(k, ensure_ascii=False)))
        with open(os.path.join(TRUTH, fn + ".json"), "w", encoding="utf-8") as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build_hand1(); build_hand2(); build_hand3(); build_hand4(); build_hand5()
    for fn in ("TTPTTN_BC_CT38_2026.xlsx", "ThuanGiao_CT38.xlsx"):
        lo_resave(fn)
    finalize()
    print(len(KEYS), "files")
