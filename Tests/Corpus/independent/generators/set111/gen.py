# -*- coding: utf-8 -*-
"""Generator for set111: 18 report files (14 DOCX, 4 XLSX, 1 mistaken) + truth keys.
Run: python3 gen.py   (then LibreOffice re-save of two files, then keys get sha256)."""
import json, os, hashlib, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
KEYS = {}
LO_RESAVE = []  # files re-saved through LibreOffice


def key(fname, unit_id, unit_name, number, date, entries, diffs=(), props=(), status="extracted", reason=None):
    KEYS[fname] = {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": [dict(task=t, status=s, indicators=ind, text=tx) for (t, s, ind, tx) in entries],
        "findings": [], "difficulties": list(diffs), "proposals": list(props),
    }

# ---------------------------------------------------------------- docx helpers

def new_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)


def cell_lines(cell, lines):
    cell.text = ""
    p = cell.paragraphs[0]
    first = True
    for (txt, bold, ital, under) in lines:
        if not first:
            p = cell.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(txt); r.bold = bold; r.italic = ital; r.underline = under


def header(d, left, right_date, number_line, vv=None):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    L = [(x, i > 0, False, False) for i, x in enumerate(left)]
    L.append((number_line, False, False, False))
    if vv:
        L.append((vv, False, False, False))
    cell_lines(t.cell(0, 0), L)
    cell_lines(t.cell(0, 1), [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False, False),
                              ("Độc lập - Tự do - Hạnh phúc", True, False, True),
                              ("", False, False, False),
                              (right_date, False, True, False)])
    return t


def para(d, text="", bold=False, ital=False, align=None, indent=True, size=None, under=False):
    p = d.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j" or align is None:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align != "c":
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = ital; r.underline = under
        if size: r.font.size = Pt(size)
    return p


def runs(d, parts, indent=True):
    """parts: list of (text, 'b'/'i'/'u'/'' flags)"""
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent: p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    for txt, fl in parts:
        r = p.add_run(txt); r.bold = "b" in fl; r.italic = "i" in fl; r.underline = "u" in fl
    return p


def signature(d, left_recv, title_lines, name):
    t = d.add_table(rows=1, cols=2); no_borders(t)
    c = t.cell(0, 0); c.text = ""
    p = c.paragraphs[0]; r = p.add_run("Nơi nhận:"); r.bold = True; r.italic = True; r.font.size = Pt(11)
    for x in left_recv:
        q = c.add_paragraph(); q.paragraph_format.space_after = Pt(0); rr = q.add_run(x); rr.font.size = Pt(10)
    cell_lines(t.cell(0, 1), [(x, True, False, False) for x in title_lines] + [("", False, False, False)] * 3 + [(name, True, False, False)])

# =================================================================== H1 wards

def h1_ward(fname, uid, uname, upper, so, date_iso, date_text, place, intro, trienkhai, items, diffs, props, signer, entries, extra_sloppy=False):
    d = new_doc()
    header(d, [upper, uname.upper()], date_text, "Số: " + so)
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW", bold=True, align="c")
    para(d, "về tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn " + place, bold=True, align="c")
    para(d, "_______", align="c")
    para(d, intro)
    para(d, "I. CÔNG TÁC TRIỂN KHAI", bold=True, indent=False)
    for x in trienkhai:
        para(d, x)
    para(d, "II. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for i, (title, kq, nx) in enumerate(items, 1):
        para(d, f"{i}. {title}", bold=True)
        runs(d, [("- Kết quả" + (" :" if extra_sloppy and i % 2 == 0 else ":"), "i"), (" " + kq, "")])
        runs(d, [("- Nhận xét:", "i"), (" " + nx, "")])
    para(d, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in diffs:
        para(d, "- " + x)
    para(d, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for x in props:
        para(d, "- " + x)
    para(d, f"Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Ủy ban nhân dân {place}./.")
    signature(d, ["- Sở KH&CN (Chi cục TĐC);", "- TT. Đảng ủy phường;", "- CT, PCT UBND;", "- Lưu: VT, KT."],
              ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer)
    d.save(os.path.join(OUT, fname))
    key(fname, uid, uname, so, date_iso, entries, diffs, props)


def make_h1():
    CV = "Thực hiện Công văn số 2874/CCTĐC-QLTC ngày 29 tháng 9 năm 2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân {p} báo cáo như sau:"
    # ---- F1 Phường Bình Tây
    items = [
        ("Tuyên truyền, phổ biến quy định về đo lường, chất lượng hàng hóa cho tiểu thương chợ Bình Tây và các hộ kinh doanh trên địa bàn",
         "Phường đăng tải 06 tin, bài trên Trang thông tin điện tử phường và các nhóm Zalo khu phố; phối hợp Ban quản lý chợ Bình Tây tổ chức 01 buổi phổ biến pháp luật tại chợ với 85 lượt tiểu thương tham dự.",
         "Đã thực hiện xong theo kế hoạch của phường."),
        ("Quản lý đo lường tại chợ (cân đối chứng, cân của tiểu thương)",
         "Phối hợp Ban quản lý chợ kiểm tra 03 đợt tại 126 sạp hàng; phát hiện 07 trường hợp dùng cân sai số vượt mức cho phép, đã nhắc nhở và yêu cầu thay cân. Duy trì 02 điểm cân đối chứng tại cổng chợ.",
         "Việc này phường làm thường xuyên, quý IV còn tiếp tục."),
        ("Kiểm tra chất lượng, nhãn hàng hóa (mũ bảo hiểm, đồ chơi trẻ em) dịp Tết Trung thu",
         "Tổ kiểm tra liên ngành phường kiểm tra 02 cuộc tại 18 cơ sở; 02 cơ sở vi phạm về nhãn hàng hóa, đã lập biên bản và xử phạt tổng số tiền 4.500.000 đồng.",
         "Đã xong 02 cuộc theo kế hoạch."),
        ("Cử công chức tham gia tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng",
         "Cử 02 công chức phòng Kinh tế dự lớp tập huấn do Chi cục tổ chức tháng 6/2026.",
         "Đã tham gia đầy đủ."),
        ("Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại UBND phường",
         "Rà soát, cập nhật lại 27 quy trình giải quyết thủ tục hành chính sau sắp xếp.",
         "Đang thực hiện, dự kiến đánh giá nội bộ trong tháng 11/2026."),
    ]
    diffs = ["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng, công chức phòng Kinh tế kiêm nhiệm nhiều việc.",
             "Chưa có kinh phí mua sắm cân đối chứng mới, 01 cân hiện có đã hết hạn kiểm định."]
    props = ["Đề nghị Chi cục hỗ trợ kiểm định lại cân đối chứng tại chợ Bình Tây.",
             "Đề nghị Sở tổ chức thêm lớp tập huấn ngắn ngày cho công chức phường, xã mới sắp xếp."]
    ent = [("II.1.a", "completed", {"communications": 6, "training_courses": 1, "participants": 85}, items[0][1]),
           ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 126, "violations": 7}, items[1][1]),
           ("II.5.a", "completed", {"inspections": 2, "establishments_inspected": 18, "violations": 2, "fines_vnd": 4500000}, items[2][1]),
           ("II.3.a", "completed", {"participants": 2}, items[3][1]),
           ("II.2.đ", "in_progress", {}, items[4][1])]
    h1_ward("UBND-BinhTay_BC-CT38-2026.docx", "27367", "Phường Bình Tây", "ỦY BAN NHÂN DÂN", "287/BC-UBND", "2026-10-22",
            "Phường Bình Tây, ngày 22 tháng 10 năm 2026", "phường Bình Tây", CV.format(p="phường Bình Tây"),
            ["Ủy ban nhân dân phường ban hành Kế hoạch số 64/KH-UBND ngày 03/3/2026 triển khai thực hiện trên địa bàn phường; giao phòng Kinh tế làm đầu mối, phối hợp Ban quản lý chợ Bình Tây và Ban điều hành các khu phố."],
            items, diffs, props, "Lâm Thị Mỹ Hạnh", ent)

    # ---- F2 Phường Gò Vấp
    items = [
        ("Tuyên truyền về tiêu chuẩn, đo lường, chất lượng",
         "Đăng 12 tin bài trên trang thông tin điện tử và Fanpage phường; treo băng rôn tại chợ Gò Vấp, chợ Hạnh Thông Tây.",
         "Đã xong."),
        ("Phối hợp Chi cục kiểm tra đo lường tại cửa hàng xăng dầu",
         "Cử cán bộ tham gia cùng đoàn của Chi cục kiểm tra 01 cuộc tại 5 cửa hàng xăng dầu trên địa bàn, không phát hiện vi phạm về đo lường.",
         "Đã phối hợp xong trong tháng 8/2026."),
        ("Tiếp nhận, xử lý phản ánh của người dân về cân thiếu, hàng kém chất lượng",
         "Tiếp nhận 01 phản ánh về cân thiếu tại chợ Hạnh Thông Tây qua đường dây nóng; phường đã xác minh, yêu cầu hộ kinh doanh thay cân mới.",
         "Đã giải quyết dứt điểm."),
        ("Tập huấn cho công chức phường",
         "Cử 03 lượt công chức (Kinh tế, Văn phòng HĐND-UBND) dự tập huấn trực tuyến do Sở tổ chức.",
         "Hoàn thành."),
        ("Xây dựng, áp dụng ISO 9001 tại phường",
         "Phường Gò Vấp mới thành lập trên cơ sở sáp nhập 03 phường cũ nên phải xây dựng lại hệ thống tài liệu.",
         "Đang làm, chưa xong; dự kiến công bố trong Quý IV/2026."),
    ]
    diffs = ["Số hộ kinh doanh tại các chợ đông, cán bộ ít nên việc kiểm tra cân thường xuyên còn hạn chế."]
    props = ["Đề nghị Chi cục cung cấp tài liệu tuyên truyền (tờ rơi, pano) để phường phát cho tiểu thương."]
    ent = [("II.1.a", "completed", {"communications": 12}, items[0][1]),
           ("II.5.c", "completed", {"inspections": 1, "establishments_inspected": 5}, items[1][1]),
           ("II.5.d", "completed", {}, items[2][1]),
           ("II.3.a", "completed", {"participants": 3}, items[3][1]),
           ("II.2.đ", "in_progress", {}, items[4][1])]
    h1_ward("GoVap-baocao-TDC-thang10.docx", "26884", "Phường Gò Vấp", "ỦY BAN NHÂN DÂN", "415/BC-UBND", "2026-10-27",
            "Gò Vấp, ngày 27 tháng 10 năm 2026", "phường Gò Vấp", CV.format(p="phường Gò Vấp"),
            ["Phường giao công chức Kinh tế theo dõi, tham mưu; phối hợp Ban quản lý các chợ trên địa bàn."],
            items, diffs, props, "Trần Quốc Việt", ent, extra_sloppy=True)

    # ---- F3 Phường Thủ Dầu Một
    items = [
        ("Phổ biến pháp luật về đo lường, chất lượng qua hệ thống truyền thanh",
         "Phát thanh 24 lượt tin về đo lường, chất lượng trên hệ thống loa truyền thanh của phường và các khu phố.",
         "Đã thực hiện xong."),
        ("Kiểm tra hàng hóa lưu thông trên địa bàn",
         "Đoàn kiểm tra của phường tiến hành 04 cuộc kiểm tra tại 31 cơ sở kinh doanh; phát hiện 05 cơ sở vi phạm (nhãn hàng hóa, hàng không rõ nguồn gốc), xử phạt 12.750.000 đồng.",
         "Còn tiếp tục kiểm tra trong dịp cuối năm."),
        ("Hướng dẫn hộ kinh doanh, doanh nghiệp nhỏ về công bố chất lượng sản phẩm",
         "Bộ phận Một cửa và phòng Kinh tế hướng dẫn 15 hộ kinh doanh, doanh nghiệp về thủ tục tự công bố sản phẩm.",
         "Đang tiếp tục hướng dẫn khi có nhu cầu."),
        ("Phối hợp Chi cục kiểm tra đo lường tại chợ Thủ Dầu Một",
         "Phường đã chuẩn bị danh sách các hộ kinh doanh dùng cân, chờ kế hoạch của Chi cục.",
         "Chưa triển khai."),
        ("Xử lý tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng",
         "Trong kỳ không nhận được đơn thư, tố giác nào.",
         "Không phát sinh."),
        ("Tham gia tập huấn",
         "Cử 2 công chức dự lớp tập huấn do Sở tổ chức tại Phường Thủ Dầu Một (cơ sở 2 của Sở).",
         "Đã xong."),
    ]
    diffs = ["Địa bàn rộng, nhiều cơ sở kinh doanh nhỏ lẻ, không có đăng ký kinh doanh nên khó quản lý.",
             "Phường chưa được trang bị phương tiện, thiết bị kiểm tra nhanh."]
    props = ["Kiến nghị Sở sớm ban hành hướng dẫn phân cấp nhiệm vụ quản lý về tiêu chuẩn, đo lường, chất lượng cho phường, xã sau sắp xếp."]
    ent = [("II.1.a", "completed", {"communications": 24}, items[0][1]),
           ("II.5.a", "in_progress", {"inspections": 4, "establishments_inspected": 31, "violations": 5, "fines_vnd": 12750000}, items[1][1]),
           ("II.2.d", "in_progress", {"enterprises_supported": 15}, items[2][1]),
           ("II.5.c", "not_started", {}, items[3][1]),
           ("II.5.d", "not_applicable", {}, items[4][1]),
           ("II.3.a", "completed", {"participants": 2}, items[5][1])]
    h1_ward("ThuDauMot_BC198.docx", "25747", "Phường Thủ Dầu Một", "ỦY BAN NHÂN DÂN", "198/BC-UBND", "2026-10-30",
            "Thủ Dầu Một, ngày 30 tháng 10 năm 2026", "phường Thủ Dầu Một", CV.format(p="phường Thủ Dầu Một"),
            ["Phường ban hành Kế hoạch số 41/KH-UBND ngày 12/3/2026; lồng ghép với kế hoạch kiểm tra hàng hóa dịp Tết và Tháng hành động vì an toàn thực phẩm."],
            items, diffs, props, "Nguyễn Văn Hòa", ent)

    # ---- F4 Xã Bình Chánh  (MISTAKEN: giảm nghèo)
    d = new_doc()
    header(d, ["ỦY BAN NHÂN DÂN", "XÃ BÌNH CHÁNH"], "Bình Chánh, ngày 28 tháng 10 năm 2026", "Số: 377/BC-UBND")
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, "Kết quả thực hiện Chương trình giảm nghèo bền vững", bold=True, align="c")
    para(d, "10 tháng đầu năm 2026 trên địa bàn xã Bình Chánh", bold=True, align="c")
    para(d, "_______", align="c")
    para(d, "Thực hiện Công văn số 5512/SNV-BTXH ngày 02 tháng 10 năm 2026 của Sở Nội vụ về việc báo cáo kết quả thực hiện chương trình giảm nghèo bền vững năm 2026, Ủy ban nhân dân xã Bình Chánh báo cáo như sau:")
    para(d, "I. CÔNG TÁC TRIỂN KHAI", bold=True, indent=False)
    para(d, "Xã ban hành Kế hoạch số 52/KH-UBND ngày 10/02/2026 về giảm nghèo bền vững; kiện toàn Ban Chỉ đạo giảm nghèo xã.")
    para(d, "II. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for i, (t, k, n) in enumerate([
            ("Rà soát hộ nghèo, hộ cận nghèo", "Đầu năm xã có 84 hộ nghèo, 131 hộ cận nghèo theo chuẩn Thành phố; đến nay đã giảm 29 hộ nghèo, 37 hộ cận nghèo.", "Đạt 72% chỉ tiêu năm."),
            ("Hỗ trợ vay vốn", "Phối hợp Ngân hàng Chính sách xã hội giải ngân cho 46 hộ vay với tổng số tiền 2,3 tỷ đồng.", "Đã xong đợt 1, đang làm đợt 2."),
            ("Hỗ trợ nhà ở, bảo hiểm y tế", "Hỗ trợ sửa chữa 05 căn nhà; cấp 215 thẻ bảo hiểm y tế cho người thuộc hộ nghèo, cận nghèo.", "Hoàn thành."),
            ("Đào tạo nghề, giải quyết việc làm", "Giới thiệu việc làm cho 63 lao động thuộc hộ nghèo, cận nghèo.", "Đang tiếp tục.")], 1):
        para(d, f"{i}. {t}", bold=True)
        runs(d, [("- Kết quả:", "i"), (" " + k, "")])
        runs(d, [("- Nhận xét:", "i"), (" " + n, "")])
    para(d, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    para(d, "- Một số hộ nghèo là người cao tuổi, không còn khả năng lao động.")
    para(d, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    para(d, "- Đề nghị Thành phố tiếp tục bố trí nguồn vốn hỗ trợ nhà ở cho hộ nghèo.")
    signature(d, ["- Sở Nội vụ;", "- TT. Đảng ủy xã;", "- Lưu: VT, VHXH."], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Võ Thị Kim Loan")
    fn = "BinhChanh_BC377_gui-So-KHCN.docx"
    d.save(os.path.join(OUT, fn))
    key(fn, "27637", "Xã Bình Chánh", "377/BC-UBND", "2026-10-28", [], status="rejected",
        reason="Không phải báo cáo thực hiện Kế hoạch CT38 (tiêu chuẩn, đo lường, chất lượng): đây là báo cáo giảm nghèo bền vững gửi Sở Nội vụ, gửi nhầm.")

# =================================================================== H2 biểu keepers (XLSX)
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def bieu(fname, unit_upper, unit_line2, title, kemtheo, blocks, diffs, props, signer_left, signer_right, name_right,
         widths=(6, 52, 12, 12, 30, 18), nums_as_text=False, dvt_money="Đồng", sheetname="Bieu KQ", status_header="Tình hình thực hiện"):
    wb = Workbook(); ws = wb.active; ws.title = sheetname
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells("A1:C1"); ws["A1"] = unit_upper; ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:C2"); ws["A2"] = unit_line2; ws["A2"].font = Font(bold=True); ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("D1:F1"); ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(bold=True); ws["D1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("D2:F2"); ws["D2"] = "Độc lập - Tự do - Hạnh phúc"; ws["D2"].font = Font(bold=True); ws["D2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A4:F4"); ws["A4"] = title; ws["A4"].font = Font(bold=True, size=13); ws["A4"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[4].height = 36
    ws.merge_cells("A5:F5"); ws["A5"] = kemtheo; ws["A5"].font = Font(italic=True); ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    hdr = ["STT", "Nội dung công việc", "ĐVT", "Số lượng", status_header, "Ghi chú"]
    r = 7
    for c, h in enumerate(hdr, 1):
        cl = ws.cell(r, c, h); cl.font = Font(bold=True); cl.border = BOX; cl.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r += 1
    for bi, (task_txt, status_txt, rows, note) in enumerate(blocks, 1):
        vals = [bi, task_txt, None, None, status_txt, note]
        for c, v in enumerate(vals, 1):
            cl = ws.cell(r, c, v); cl.border = BOX; cl.alignment = Alignment(wrap_text=True, vertical="top")
            if c in (1, 2): cl.font = Font(bold=True)
        r += 1
        for (lab, dvt, val) in rows:
            ws.cell(r, 1, None).border = BOX
            ws.cell(r, 2, "- " + lab).border = BOX; ws.cell(r, 2).alignment = Alignment(wrap_text=True)
            ws.cell(r, 3, dvt).border = BOX; ws.cell(r, 3).alignment = Alignment(horizontal="center")
            if nums_as_text and isinstance(val, int) and val < 100:
                cl = ws.cell(r, 4, f"{val:02d}")
            else:
                cl = ws.cell(r, 4, val)
                if isinstance(val, (int, float)): cl.number_format = "#,##0" if float(val).is_integer() else "#,##0.00"
            cl.border = BOX; cl.alignment = Alignment(horizontal="right")
            for c in (5, 6): ws.cell(r, c).border = BOX
            r += 1
    r += 1
    if not diffs and not props:
        ws.cell(r, 2, "Ghi chú: tình hình thực hiện từng nội dung nêu tại Công văn kèm theo.").font = Font(italic=True)
        ws.page_setup.orientation = "landscape"
        wb.save(os.path.join(OUT, fname)); return
    ws.cell(r, 2, "Khó khăn, vướng mắc:").font = Font(bold=True, italic=True); r += 1
    for x in diffs:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(r, 2, "- " + x).alignment = Alignment(wrap_text=True); ws.row_dimensions[r].height = 30; r += 1
    ws.cell(r, 2, "Đề xuất, kiến nghị:").font = Font(bold=True, italic=True); r += 1
    for x in props:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(r, 2, "- " + x).alignment = Alignment(wrap_text=True); ws.row_dimensions[r].height = 30; r += 1
    r += 1
    ws.cell(r, 2, signer_left).font = Font(bold=True); ws.cell(r, 5, signer_right).font = Font(bold=True)
    ws.cell(r + 4, 5, name_right).font = Font(bold=True)
    ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1
    wb.save(os.path.join(OUT, fname))


def make_h2():
    # ---- F5 Phường Bà Rịa
    blocks = [
        ("Tuyên truyền về đo lường, chất lượng cho tiểu thương, người dân", "Đã hoàn thành",
         [("Tin, bài trên loa truyền thanh, trang TTĐT phường", "Tin/bài", 15),
          ("Hội nghị tuyên truyền tại chợ Bà Rịa, chợ Long Toàn", "Hội nghị", 2),
          ("Người tham dự", "Lượt người", 140)], None),
        ("Phối hợp Chi cục TĐC kiểm tra đo lường tại chợ, cửa hàng xăng dầu", "Đang thực hiện",
         [("Số cuộc kiểm tra", "Cuộc", 2), ("Số cơ sở được kiểm tra", "Cơ sở", 9),
          ("Số cơ sở vi phạm", "Cơ sở", 1), ("Tiền phạt", "Đồng", 7500000)], "Còn 01 cuộc Quý IV"),
        ("Kiểm tra chất lượng hàng hóa dịp Tết Nguyên đán", "Hoàn thành",
         [("Số cuộc kiểm tra", "Cuộc", 1), ("Số cơ sở được kiểm tra", "Cơ sở", 12)], "Không phát hiện vi phạm"),
        ("Cử công chức dự tập huấn nghiệp vụ TĐC", "Hoàn thành",
         [("Công chức tham dự", "Lượt người", 3)], None),
        ("Tiếp nhận, xử lý tố giác vi phạm về TĐC", "Không phát sinh", [], None),
    ]
    diffs = ["Phường chưa có cân đối chứng tại chợ Long Toàn.", "Công chức phụ trách kiêm nhiệm, thay đổi vị trí sau sắp xếp."]
    props = ["Đề nghị Sở hỗ trợ trang bị 01 cân đối chứng cho chợ Long Toàn."]
    bieu("BaRia_Bieu-so-lieu-CT38.xlsx", "ỦY BAN NHÂN DÂN", "PHƯỜNG BÀ RỊA",
         "BIỂU SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
         "(Kèm theo Báo cáo số 156/BC-UBND ngày 24/10/2026 của Ủy ban nhân dân phường Bà Rịa)",
         blocks, diffs, props, "NGƯỜI LẬP BIỂU", "KT. CHỦ TỊCH", "Phạm Minh Đức")
    ent = [("II.1.a", "completed", {"communications": 15, "training_courses": 2, "participants": 140}, "Tuyên truyền về đo lường, chất lượng cho tiểu thương, người dân"),
           ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 9, "violations": 1, "fines_vnd": 7500000}, "Phối hợp Chi cục TĐC kiểm tra đo lường tại chợ, cửa hàng xăng dầu"),
           ("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 12}, "Kiểm tra chất lượng hàng hóa dịp Tết Nguyên đán"),
           ("II.3.a", "completed", {"participants": 3}, "Cử công chức dự tập huấn nghiệp vụ TĐC"),
           ("II.5.d", "not_applicable", {}, "Tiếp nhận, xử lý tố giác vi phạm về TĐC")]
    key("BaRia_Bieu-so-lieu-CT38.xlsx", "26560", "Phường Bà Rịa", "156/BC-UBND", "2026-10-24", ent, diffs, props)

    # ---- F6 Xã Củ Chi (numbers typed as text "03"; re-saved via LibreOffice)
    blocks = [
        ("Tuyên truyền pháp luật TĐC trên loa, bảng tin ấp", "Đã xong",
         [("Tin, bài tuyên truyền", "Tin", 8)], None),
        ("Kiểm tra hàng hóa, nhãn hàng hóa tại các cửa hàng tạp hóa, vật tư nông nghiệp", "Đang tiếp tục",
         [("Cuộc kiểm tra", "Cuộc", 3), ("Cơ sở được kiểm tra", "Cơ sở", 22), ("Cơ sở vi phạm", "Cơ sở", 4),
          ("Số tiền phạt VPHC", "Đồng", 9250000)], "Phối hợp Công an xã"),
        ("Phối hợp kiểm tra đo lường (cân) tại chợ Củ Chi", "Chưa thực hiện", [], "Chờ Chi cục bố trí"),
        ("Cử cán bộ dự tập huấn", "Đã xong", [("Cán bộ, công chức tham dự", "Người", 2)], None),
        ("Áp dụng ISO 9001 tại UBND xã", "Đang thực hiện", [], "Đang xây dựng lại quy trình"),
    ]
    diffs = ["Xã rộng, nhiều ấp, cửa hàng nhỏ lẻ phân tán."]
    props = ["Đề nghị Chi cục sớm phối hợp kiểm tra cân tại chợ Củ Chi trong Quý IV/2026.",
             "Đề nghị cấp tờ rơi, tài liệu tuyên truyền cho xã."]
    bieu("CuChi_bieu KQ TDC 2026.xlsx", "UBND XÃ CỦ CHI", "PHÒNG KINH TẾ",
         "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026",
         "(Kèm theo Báo cáo số 341/BC-UBND ngày 29/10/2026 của UBND xã Củ Chi)",
         blocks, diffs, props, "Người lập", "TM. UBND XÃ", "Lê Văn Sang", nums_as_text=True, sheetname="Sheet1", status_header="Tình hình")
    LO_RESAVE.append("CuChi_bieu KQ TDC 2026.xlsx")
    ent = [("II.1.a", "completed", {"communications": 8}, "Tuyên truyền pháp luật TĐC trên loa, bảng tin ấp"),
           ("II.5.a", "in_progress", {"inspections": 3, "establishments_inspected": 22, "violations": 4, "fines_vnd": 9250000}, "Kiểm tra hàng hóa, nhãn hàng hóa tại các cửa hàng tạp hóa, vật tư nông nghiệp"),
           ("II.5.c", "not_started", {}, "Phối hợp kiểm tra đo lường (cân) tại chợ Củ Chi"),
           ("II.3.a", "completed", {"participants": 2}, "Cử cán bộ dự tập huấn"),
           ("II.2.đ", "in_progress", {}, "Áp dụng ISO 9001 tại UBND xã")]
    key("CuChi_bieu KQ TDC 2026.xlsx", "27553", "Xã Củ Chi", "341/BC-UBND", "2026-10-29", ent, diffs, props)

    # ---- F8 Sở Công Thương biểu (status column left blank: statuses are in the letter)
    blocks = [
        ("Phối hợp tuyên truyền, phổ biến pháp luật về chất lượng sản phẩm, hàng hóa cho doanh nghiệp", None,
         [("Hội nghị phổ biến", "Hội nghị", 2), ("Đại biểu tham dự", "Lượt người", 260), ("Tin, bài trên Cổng TTĐT Sở", "Tin/bài", 14)], None),
        ("Kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng (LPG) trong lưu thông", None,
         [("Đoàn kiểm tra", "Cuộc", 6), ("Cơ sở được kiểm tra", "Cơ sở", 48), ("Cơ sở vi phạm", "Cơ sở", 9),
          ("Tiền xử phạt VPHC", "Đồng", 86500000)], "Số liệu đến 15/10/2026"),
        ("Góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương", None,
         [("Dự thảo QCVN đã góp ý", "Dự thảo", 3)], None),
        ("Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, sản xuất sạch hơn", None,
         [("Doanh nghiệp được hỗ trợ", "Doanh nghiệp", 37)], "Chương trình khuyến công"),
        ("Cập nhật, thông báo cam kết về hàng rào kỹ thuật trong thương mại (TBT) trong các FTA", None,
         [("Bản tin cảnh báo TBT", "Bản tin", 4)], None),
    ]
    bieu("SCT_Bieu-kem-CV5127.xlsx", "SỞ CÔNG THƯƠNG", "THÀNH PHỐ HỒ CHÍ MINH",
         "BIỂU SỐ LIỆU KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026",
         "(Kèm theo Công văn số 5127/SCT-KHTC ngày 03/11/2026 của Sở Công Thương)",
         blocks, [], [], "", "", "", widths=(6, 58, 14, 14, 20, 24))
    ent = [("II.1.a", "unknown", {"training_courses": 2, "participants": 260, "communications": 14}, blocks[0][0]),
           ("II.5.a", "unknown", {"inspections": 6, "establishments_inspected": 48, "violations": 9, "fines_vnd": 86500000}, blocks[1][0]),
           ("II.2.e", "unknown", {"standards_reviewed": 3}, blocks[2][0]),
           ("II.2.d", "unknown", {"enterprises_supported": 37}, blocks[3][0]),
           ("II.6.a", "unknown", {"communications": 4}, blocks[4][0])]
    key("SCT_Bieu-kem-CV5127.xlsx", "SO-CT", "Sở Công Thương", "5127/SCT-KHTC", "2026-11-03", ent)

    # ---- F17 Trung tâm Phân tích thí nghiệm biểu (money in "Triệu đồng")
    blocks = [
        ("Cung cấp dịch vụ kiểm định, hiệu chuẩn, thử nghiệm", "Thường xuyên, đang thực hiện",
         [("Phương tiện đo được kiểm định, hiệu chuẩn", "Phương tiện", 18450),
          ("Mẫu thử nghiệm", "Mẫu", 6320)], "Lũy kế đến 30/9/2026"),
        ("Đầu tư, mua sắm trang thiết bị thử nghiệm, đo lường", "Đang thực hiện",
         [("Kinh phí đã giải ngân", "Triệu đồng", 4870)], "Dự án mua sắm năm 2026"),
        ("Hiệu chuẩn, duy trì liên kết chuẩn đo lường chính", "Hoàn thành",
         [("Chuẩn đo lường được hiệu chuẩn", "Chuẩn", 46)], None),
        ("Tập huấn cho sinh viên, người lao động về đo lường, thử nghiệm", "Hoàn thành",
         [("Lớp tập huấn", "Lớp", 2), ("Học viên", "Người", 130)], None),
    ]
    diffs = ["Một số thiết bị thử nghiệm đã sử dụng trên 10 năm, chi phí sửa chữa lớn."]
    props = ["Đề nghị Sở ưu tiên bố trí kinh phí năm 2027 để thay thế thiết bị thử nghiệm cũ."]
    bieu("TTPTTN_BieuSoLieu_CT38.xlsx", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM",
         "BIỂU SỐ LIỆU THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026",
         "(Kèm theo Báo cáo số 612/BC-TTPTTN ngày 26/10/2026)", blocks, diffs, props,
         "Người lập biểu", "GIÁM ĐỐC", "Đặng Thị Thu Vân", dvt_money="Triệu đồng")
    ent = [("II.2.g", "in_progress", {"instruments_verified": 18450, "samples_tested": 6320}, blocks[0][0]),
           ("II.4.a", "in_progress", {"budget_spent_vnd": 4870000000}, blocks[1][0]),
           ("II.4.c", "completed", {"instruments_verified": 46}, blocks[2][0]),
           ("II.3.d", "completed", {"training_courses": 2, "participants": 130}, blocks[3][0])]
    key("TTPTTN_BieuSoLieu_CT38.xlsx", "SKHCN-TTPTTN",
        "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
        "612/BC-TTPTTN", "2026-10-26", ent, diffs, props)

# =================================================================== H3 departments: by "mảng", "+" lines with "; state" tails

def h3_dept(fname, uid, uname, upper, so, vv, date_iso, date_text, intro, mangs, diffs, props, signer, title, entries, closing=None):
    d = new_doc(size=14)
    header(d, [upper, uname.upper()] if upper else [uname.upper()], date_text, "Số: " + so, vv)
    para(d, "")
    para(d, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh", align="c")
    para(d, "(Chi cục Tiêu chuẩn Đo lường Chất lượng)", align="c", ital=True)
    para(d, intro)
    roman = ["I", "II", "III", "IV", "V", "VI"]
    for i, (mname, lines) in enumerate(mangs):
        para(d, f"{roman[i]}. {mname}", bold=True, indent=False)
        for ln in lines:
            para(d, "+ " + ln)
    para(d, f"{roman[len(mangs)]}. Khó khăn, vướng mắc", bold=True, indent=False)
    for x in diffs:
        para(d, "+ " + x)
    para(d, f"{roman[len(mangs)+1]}. Kiến nghị", bold=True, indent=False)
    for x in props:
        para(d, "+ " + x)
    para(d, closing or f"{uname} báo cáo để Sở Khoa học và Công nghệ tổng hợp./.")
    signature(d, ["- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT."], title, signer)
    d.save(os.path.join(OUT, fname))
    key(fname, uid, uname, so, date_iso, entries, diffs, props)


def make_h3():
    intro = "Phúc đáp Công văn số 2874/CCTĐC-QLTC ngày 29/9/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, {u} báo cáo kết quả phối hợp thực hiện theo các mảng công tác của Sở như sau:"
    # ---- F7 Sở Công Thương (figures in the attached biểu)
    L1 = "Phối hợp Chi cục tổ chức hội nghị phổ biến quy định về nhãn hàng hóa, công bố hợp quy cho doanh nghiệp ngành cơ khí, hóa chất; đăng tin trên Cổng thông tin điện tử của Sở (số liệu tại Biểu kèm theo); hoàn tất."
    L2 = "Cập nhật, gửi doanh nghiệp xuất khẩu các thông báo của các nước thành viên WTO về hàng rào kỹ thuật trong thương mại (TBT) theo các FTA Việt Nam tham gia; đã hoàn tất."
    L3 = "Kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng tại các cửa hàng, trạm chiết nạp, trong đó có địa bàn phường, xã thuộc tỉnh Bình Dương (cũ) và Bà Rịa - Vũng Tàu (cũ); đang tiếp tục, dự kiến kết thúc trong tháng 12/2026."
    L4 = "Góp ý các dự thảo quy chuẩn kỹ thuật quốc gia về an toàn hóa chất, thiết bị áp lực do Bộ Công Thương chủ trì xây dựng; hoàn tất."
    L5 = "Thông qua Chương trình khuyến công, hỗ trợ doanh nghiệp công nghiệp nông thôn áp dụng hệ thống quản lý chất lượng, sản xuất sạch hơn; đang tiếp tục."
    mangs = [("Mảng thông tin, tuyên truyền và hội nhập", [L1, L2]),
             ("Mảng kỹ thuật an toàn, kiểm tra chuyên ngành", [L3, L4]),
             ("Mảng phát triển công nghiệp", [L5])]
    diffs = ["Lực lượng kiểm tra chuyên ngành của Sở mỏng, địa bàn sau hợp nhất rộng.",
             "Chi phí thử nghiệm mẫu xăng dầu, LPG cao, chưa được bố trí riêng."]
    props = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng xăng dầu, LPG của Chi cục để Sở Công Thương phối hợp xử lý."]
    ent = [("II.1.a", "completed", {}, L1), ("II.6.a", "completed", {}, L2), ("II.5.a", "in_progress", {}, L3),
           ("II.2.e", "completed", {}, L4), ("II.2.d", "in_progress", {}, L5)]
    h3_dept("SCT_CV5127-bao-cao-CT38.docx", "SO-CT", "Sở Công Thương", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "5127/SCT-KHTC",
            "V/v báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026", "2026-11-03",
            "Thành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026", intro.format(u="Sở Công Thương"), mangs, diffs, props,
            "Nguyễn Thanh Tùng", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], ent)

    # ---- F9 Sở Y tế
    L1 = "Kiểm tra điều kiện kinh doanh, chất lượng trang thiết bị y tế, mỹ phẩm tại 64 cơ sở qua 05 cuộc kiểm tra; phát hiện 11 cơ sở vi phạm, xử phạt 132.000.000 đồng; đang tiếp tục theo kế hoạch năm."
    L2 = "Lấy 420 mẫu thuốc, mỹ phẩm lưu hành trên thị trường để kiểm tra chất lượng, qua đó phát hiện 06 mẫu không đạt, đã thông báo thu hồi; đang tiếp tục."
    L3 = "Góp ý 02 dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế theo đề nghị của Bộ Y tế; hoàn tất."
    L4 = "Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 đối với toàn bộ thủ tục hành chính thuộc thẩm quyền giải quyết của Sở; hoàn tất việc công bố lại."
    L5 = "Cử 04 công chức phòng Nghiệp vụ Dược, phòng Quản lý hành nghề tham gia lớp tập huấn kiến thức về tiêu chuẩn, đo lường, chất lượng do Sở Khoa học và Công nghệ tổ chức; hoàn tất."
    mangs = [("Mảng quản lý dược, mỹ phẩm, trang thiết bị y tế", [L1, L2, L3]),
             ("Mảng cải cách hành chính, tổ chức cán bộ", [L4, L5])]
    diffs = ["Kinh phí lấy mẫu kiểm nghiệm có hạn so với số lượng cơ sở kinh doanh."]
    props = ["Đề nghị Sở Khoa học và Công nghệ phối hợp, hỗ trợ kiểm tra đo lường đối với phương tiện đo dùng trong y tế (huyết áp kế, nhiệt kế)."]
    ent = [("II.5.a", "in_progress", {"inspections": 5, "establishments_inspected": 64, "violations": 11, "fines_vnd": 132000000}, L1),
           ("II.5.b", "in_progress", {"samples_tested": 420}, L2),
           ("II.2.e", "completed", {"standards_reviewed": 2}, L3),
           ("II.2.đ", "completed", {}, L4),
           ("II.3.a", "completed", {"participants": 4}, L5)]
    h3_dept("SYT_3391-BC-CT38.docx", "SO-YT", "Sở Y tế", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "3391/SYT-NVD",
            "V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW", "2026-10-30",
            "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026", intro.format(u="Sở Y tế"), mangs, diffs, props,
            "Trương Minh Khoa", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], ent)

    # ---- F10 Sở Tài chính (re-saved via LibreOffice)
    L1 = "Tham mưu Ủy ban nhân dân Thành phố bố trí dự toán chi sự nghiệp khoa học và công nghệ năm 2026 cho các đơn vị sự nghiệp công lập thuộc Sở Khoa học và Công nghệ; thẩm định, trình bổ sung 2,35 tỷ đồng mua sắm thiết bị thử nghiệm; đang tiếp tục thẩm định đợt 2."
    L2 = "Duy trì áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở; đã đánh giá nội bộ tháng 7/2026; hoàn tất."
    L3 = "Cử 02 công chức tham dự hội nghị tập huấn về tiêu chuẩn, đo lường, chất lượng; hoàn tất."
    L4 = "Đối với việc khen thưởng, bảo vệ người tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng: trong kỳ chưa phát sinh đề nghị chi khen thưởng."
    mangs = [("Mảng quản lý ngân sách", [L1, L4]), ("Mảng hành chính, nội bộ", [L2, L3])]
    diffs = ["Một số đơn vị gửi hồ sơ đề nghị bổ sung dự toán chậm, thiếu báo giá."]
    props = ["Đề nghị các đơn vị thuộc Sở Khoa học và Công nghệ lập dự toán năm 2027 đúng thời hạn, kèm đủ hồ sơ."]
    ent = [("II.4.a", "in_progress", {}, L1), ("II.5.d", "not_applicable", {}, L4),
           ("II.2.đ", "completed", {}, L2), ("II.3.a", "completed", {"participants": 2}, L3)]
    h3_dept("STC_bao cao CT38 (gui Chi cuc TDC).docx", "SO-TC", "Sở Tài chính", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "8046/STC-HCSN",
            "V/v báo cáo kết quả phối hợp thực hiện Chỉ thị số 38-CT/TW năm 2026", "2026-10-31",
            "Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026", intro.format(u="Sở Tài chính"), mangs, diffs, props,
            "Lê Hoàng Nam", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], ent)
    LO_RESAVE.append("STC_bao cao CT38 (gui Chi cuc TDC).docx")

    # ---- F11 Sở Xây dựng
    L1 = "Góp ý 05 dự thảo tiêu chuẩn quốc gia, quy chuẩn kỹ thuật quốc gia về vật liệu xây dựng (xi măng, kính xây dựng, thép cốt bê tông); hoàn tất."
    L2 = "Phối hợp kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường: 03 cuộc, 21 cơ sở; 02 cơ sở vi phạm, phạt 40.000.000 đồng; đang tiếp tục."
    L3 = "Khảo sát chất lượng thép, gạch không nung tại các công trình sử dụng vốn ngân sách, lấy 36 mẫu gửi thử nghiệm; hoàn tất, đã có kết quả."
    L4 = "Xây dựng lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau khi hợp nhất Sở Giao thông vận tải vào Sở Xây dựng; đang tiếp tục."
    L5 = "Cập nhật các điều ước, thỏa thuận quốc tế về tiêu chuẩn xây dựng: trong kỳ chưa phát sinh yêu cầu."
    mangs = [("Mảng quản lý vật liệu xây dựng", [L1, L2, L3]), ("Mảng văn phòng, hợp tác", [L4, L5])]
    diffs = ["Nhiều tiêu chuẩn về vật liệu mới chưa có TCVN tương ứng.", "Khối lượng tài liệu ISO lớn sau hợp nhất."]
    props = ["Đề nghị Chi cục hỗ trợ chuyên gia tư vấn chuyển đổi hệ thống ISO 9001 cho Sở Xây dựng."]
    ent = [("II.2.e", "completed", {"standards_reviewed": 5}, L1),
           ("II.5.a", "in_progress", {"inspections": 3, "establishments_inspected": 21, "violations": 2, "fines_vnd": 40000000}, L2),
           ("II.5.b", "completed", {"samples_tested": 36}, L3),
           ("II.2.đ", "in_progress", {}, L4), ("II.6.a", "not_applicable", {}, L5)]
    h3_dept("SXD-CV-6620-CT38.docx", "SO-XD", "Sở Xây dựng", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "6620/SXD-VLXD",
            "V/v báo cáo tình hình thực hiện Kế hoạch CT38 năm 2026", "2026-10-29",
            "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026", intro.format(u="Sở Xây dựng"), mangs, diffs, props,
            "Phan Văn Lực", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], ent)

# =================================================================== H4 Sở units: per-task dated bullets + "Cộng:" line + closing sentence

def h4_unit(fname, uid, uname, so, date_iso, date_text, intro, tasks, diffs, props, signer, entries, title_head):
    d = new_doc(size=13)
    header(d, ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", uname.upper()], date_text, "Số: " + so)
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, title_head, bold=True, align="c")
    para(d, intro)
    para(d, "1. Kết quả thực hiện các nhiệm vụ được phân công", bold=True, indent=False)
    for i, (tname, acts, cong, end) in enumerate(tasks, 1):
        para(d, f"1.{i}. {tname}", bold=True, ital=True, indent=False)
        for a in acts:
            p = para(d, "• " + a)
            p.paragraph_format.first_line_indent = Cm(0); p.paragraph_format.left_indent = Cm(1)
        if cong:
            runs(d, [("Cộng: ", "b"), (cong, "")])
        para(d, end)
    para(d, "2. Khó khăn, vướng mắc", bold=True, indent=False)
    for x in diffs:
        para(d, "- " + x)
    para(d, "3. Đề xuất", bold=True, indent=False)
    for x in props:
        para(d, "- " + x)
    signature(d, ["- Chi cục TĐC (để t/h);", "- Ban Giám đốc Sở;", "- Lưu: VT."], ["TRƯỞNG PHÒNG"] if "Phòng" in uname else ["GIÁM ĐỐC"], signer)
    d.save(os.path.join(OUT, fname))
    key(fname, uid, uname, so, date_iso, entries, diffs, props)


def make_h4():
    # ---- F14 Phòng Kiểm tra – Pháp chế
    T = [
        ("Góp ý dự thảo văn bản hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi)",
         ["12/5/2026 – góp ý dự thảo Nghị định quy định chi tiết một số điều của Luật Chất lượng sản phẩm, hàng hóa;",
          "04/8/2026 – góp ý dự thảo Thông tư hướng dẫn kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu."],
         "02 dự thảo văn bản đã góp ý.", "Nhiệm vụ đã kết thúc trong kỳ."),
        ("Thanh tra, kiểm tra chuyên ngành về tiêu chuẩn, đo lường, chất lượng",
         ["03/2026 – kiểm tra cơ sở kinh doanh vàng trang sức tại phường Bến Thành, phường Chợ Lớn;",
          "06/2026 – kiểm tra đo lường tại cửa hàng xăng dầu khu vực Bình Dương (cũ);",
          "09/2026 – kiểm tra nhãn hàng hóa đồ chơi trẻ em, phối hợp Chi cục."],
         "04 cuộc kiểm tra, 37 cơ sở được kiểm tra, 06 cơ sở vi phạm, tiền phạt 58.000.000 đồng.",
         "Nhiệm vụ còn đang tiếp diễn đến cuối năm."),
        ("Hướng dẫn nghiệp vụ cho công chức phường, xã, đặc khu về nội dung được phân quyền",
         ["17/4/2026 – buổi hướng dẫn tại cơ sở 1 của Sở cho các phường khu vực trung tâm;",
          "22/7/2026 – buổi hướng dẫn tại Phường Bà Rịa cho các phường, xã khu vực Bà Rịa - Vũng Tàu (cũ)."],
         "02 buổi hướng dẫn, 74 lượt công chức tham dự.", "Nhiệm vụ còn đang tiếp diễn."),
        ("Tiếp nhận, xử lý phản ánh, tố giác vi phạm",
         ["Tiếp nhận 05 đơn phản ánh (cân thiếu, xăng dầu bơm thiếu, hàng nhái nhãn) qua Cổng 1022 và đường dây nóng; đã chuyển Chi cục, phường xác minh."],
         None, "Nhiệm vụ đã kết thúc: 05/05 đơn đã giải quyết xong."),
        ("Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra",
         ["09/2026 – lập danh mục đề nghị mua sắm bổ sung theo Nghị định 135/2021/NĐ-CP."],
         None, "Nhiệm vụ còn đang tiếp diễn, chờ bố trí kinh phí."),
    ]
    diffs = ["Chưa có đủ phương tiện kiểm tra nhanh chất lượng xăng dầu để phục vụ kiểm tra đột xuất."]
    props = ["Đề nghị Lãnh đạo Sở bố trí kinh phí mua sắm phương tiện kỹ thuật nghiệp vụ năm 2027.",
             "Đề nghị Chi cục chủ trì xây dựng quy chế phối hợp với Ủy ban nhân dân phường, xã, đặc khu."]
    ent = [("II.2.c", "completed", {}, T[0][0]),
           ("II.5.a", "in_progress", {"inspections": 4, "establishments_inspected": 37, "violations": 6, "fines_vnd": 58000000}, T[1][2]),
           ("II.5.c", "in_progress", {"training_courses": 2, "participants": 74}, T[2][2]),
           ("II.5.d", "completed", {}, T[3][3]),
           ("II.4.b", "in_progress", {}, T[4][0])]
    h4_unit("KTPC_BC-ket-qua-CT38-2026.docx", "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "27/BC-KTPC", "2026-10-23",
            "Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2026",
            "Theo phân công tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở, Phòng Kiểm tra – Pháp chế báo cáo kết quả thực hiện đến ngày 20/10/2026 như sau:",
            T, diffs, props, "Huỳnh Tấn Phát", ent, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026")

    # ---- F15 Phòng Chuyển đổi số
    T = [
        ("Hoàn thiện hệ thống giải quyết thủ tục hành chính và kết nối Cơ chế một cửa quốc gia",
         ["15/01/2026 – rà soát các thủ tục đăng ký kiểm tra nhà nước hàng nhập khẩu trên hệ thống của Bộ;",
          "20/3/2026 – kiểm thử kết nối liên thông cùng Chi cục và Văn phòng Sở."],
         None, "Nhiệm vụ đã kết thúc, kết nối vận hành ổn định từ tháng 4/2026."),
        ("Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng",
         ["06/2026 – khảo sát dữ liệu của Chi cục về cơ sở kinh doanh, phương tiện đo;",
          "09/2026 – phối hợp Trung tâm Công nghệ thông tin và Địa không gian chuẩn hóa dữ liệu."],
         None, "Nhiệm vụ còn đang tiếp diễn."),
        ("Số hóa quy trình ISO nội bộ của Sở trên hệ thống quản lý văn bản",
         ["08/2026 – đưa 18 quy trình ISO lên phần mềm quản lý văn bản và điều hành."],
         None, "Nhiệm vụ còn đang tiếp diễn, hoàn thiện trong tháng 11."),
        ("Bồi dưỡng viên chức",
         ["05/2026 – cử 02 công chức dự lớp tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức."],
         "02 lượt công chức.", "Nhiệm vụ đã kết thúc."),
    ]
    diffs = ["Dữ liệu của các phường, xã sau sắp xếp chưa thống nhất định dạng."]
    props = ["Đề nghị Chi cục ban hành bộ mã dùng chung cho dữ liệu về tiêu chuẩn, đo lường, chất lượng."]
    ent = [("II.2.h", "completed", {}, T[0][0]), ("II.2.i", "in_progress", {}, T[1][0]),
           ("II.2.đ", "in_progress", {}, T[2][0]), ("II.3.a", "completed", {"participants": 2}, T[3][0])]
    h4_unit("CDS-baocao-CT38.docx", "SKHCN-CDS", "Phòng Chuyển đổi số", "14/BC-CĐS", "2026-10-21",
            "Thành phố Hồ Chí Minh, ngày 21 tháng 10 năm 2026",
            "Phòng Chuyển đổi số báo cáo kết quả các nội dung được giao chủ trì, phối hợp tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
            T, diffs, props, "Vũ Ngọc Thạch", ent, "Kết quả thực hiện nhiệm vụ theo Kế hoạch CT38 năm 2026")

    # ---- F16 Trung tâm Dịch vụ Phân tích thí nghiệm (DOCX; figures partly repeated in its biểu)
    T = [
        ("Mở rộng phạm vi dịch vụ kiểm định, hiệu chuẩn, thử nghiệm",
         ["03/2026 – được công nhận mở rộng 12 phép thử theo ISO/IEC 17025;",
          "Từ 01/01 đến 30/9/2026 – kiểm định, hiệu chuẩn 18.450 phương tiện đo và thử nghiệm 6.320 mẫu."],
         "18.450 phương tiện đo; 6.320 mẫu.", "Nhiệm vụ thường xuyên, còn đang tiếp diễn."),
        ("Đầu tư trang thiết bị",
         ["07/2026 – ký hợp đồng mua sắm máy sắc ký khí khối phổ, tủ nhiệt độ chuẩn;",
          "09/2026 – nghiệm thu, thanh toán đợt 1."],
         "kinh phí đã giải ngân 4,87 tỷ đồng.", "Nhiệm vụ còn đang tiếp diễn (đợt 2 trong Quý IV)."),
        ("Duy trì chuẩn đo lường chính, liên kết chuẩn quốc gia",
         ["04–06/2026 – gửi hiệu chuẩn 46 chuẩn đo lường chính tại Viện Đo lường Việt Nam."],
         "46 chuẩn.", "Nhiệm vụ đã kết thúc cho năm 2026."),
        ("Tập huấn cho sinh viên các trường cao đẳng, trung cấp",
         ["18/6/2026 – lớp tại Trường Cao đẳng Kỹ thuật Cao Thắng;",
          "25/9/2026 – lớp tại Trường Cao đẳng Công nghệ Thủ Đức."],
         "02 lớp, 130 học viên.", "Nhiệm vụ đã kết thúc."),
    ]
    diffs = ["Một số thiết bị thử nghiệm đã sử dụng trên 10 năm, chi phí sửa chữa lớn."]
    props = ["Đề nghị Sở ưu tiên bố trí kinh phí năm 2027 để thay thế thiết bị thử nghiệm cũ."]
    ent = [("II.2.g", "in_progress", {"instruments_verified": 18450, "samples_tested": 6320}, T[0][2]),
           ("II.4.a", "in_progress", {"budget_spent_vnd": 4870000000}, T[1][2]),
           ("II.4.c", "completed", {"instruments_verified": 46}, T[2][1][0]),
           ("II.3.d", "completed", {"training_courses": 2, "participants": 130}, T[3][2])]
    h4_unit("TTPTTN_BC612_CT38.docx", "SKHCN-TTPTTN",
            "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
            "612/BC-TTPTTN", "2026-10-26", "Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026",
            "Trung tâm báo cáo kết quả thực hiện các nội dung liên quan tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở (số liệu chi tiết tại Biểu kèm theo):",
            T, diffs, props, "Đặng Thị Thu Vân", ent, "Kết quả thực hiện Kế hoạch CT38 năm 2026")

# =================================================================== H5 prose, no per-task headings, "(số lượng: n)" parentheses

def h5_prose(fname, uid, uname, upper, so, date_iso, date_text, title, paras, diffs, props, signer, sigtitle, entries):
    d = new_doc(size=13)
    header(d, [upper, uname.upper()] if upper else [uname.upper()], date_text, "Số: " + so)
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, title, bold=True, align="c")
    for p in paras:
        para(d, p)
    para(d, "Tuy nhiên, quá trình thực hiện còn một số khó khăn như sau:")
    for x in diffs:
        para(d, "- " + x)
    para(d, "Từ thực tế trên, " + uname + " có một số kiến nghị:")
    for x in props:
        para(d, "- " + x)
    signature(d, ["- Sở KH&CN;", "- Lưu: VT."], sigtitle, signer)
    d.save(os.path.join(OUT, fname))
    key(fname, uid, uname, so, date_iso, entries, diffs, props)


def make_h5():
    # ---- F12 Sở GD&ĐT
    P0 = "Thực hiện đề nghị của Sở Khoa học và Công nghệ về báo cáo kết quả thực hiện Chỉ thị số 38-CT/TW năm 2026, Sở Giáo dục và Đào tạo báo cáo như sau:"
    P1 = "Năm 2026 là năm đầu tiên Sở được giao quản lý các trường cao đẳng, trung cấp trên địa bàn Thành phố. Sở đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức các buổi tập huấn về tiêu chuẩn, đo lường, năng suất, mã số mã vạch và truy xuất nguồn gốc cho học sinh, sinh viên và giáo viên các trường nghề (số lượng: 03 lớp), với học sinh, sinh viên, giáo viên tham dự (số lượng: 410 lượt). Việc này vẫn đang tiếp tục, còn 01 lớp dự kiến trong tháng 11/2026."
    P2 = "Bên cạnh đó, Sở đã đăng tải trên Cổng thông tin điện tử ngành và gửi về các trường tin bài giới thiệu về vai trò của tiêu chuẩn, chất lượng (số lượng: 25 tin, bài); việc này cơ bản đã xong."
    P3 = "Về cải cách hành chính, Văn phòng Sở đã rà soát, cập nhật và công bố lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau khi tiếp nhận thêm nhiệm vụ giáo dục nghề nghiệp; đến tháng 9/2026 đã làm xong."
    P4 = "Sở cũng đã cử công chức các phòng chuyên môn tham dự lớp tập huấn kiến thức tiêu chuẩn, đo lường, chất lượng do Sở Khoa học và Công nghệ tổ chức (số lượng: 03 người)."
    diffs = ["Chương trình đào tạo của các trường chưa có học phần riêng về tiêu chuẩn, đo lường, chất lượng.",
             "Kinh phí tổ chức tập huấn cho học sinh, sinh viên chủ yếu lồng ghép, không có nguồn riêng."]
    props = ["Đề nghị Chi cục biên soạn tài liệu ngắn gọn về tiêu chuẩn, đo lường, chất lượng dùng cho học sinh, sinh viên trường nghề."]
    ent = [("II.3.d", "in_progress", {"training_courses": 3, "participants": 410}, P1),
           ("II.1.a", "completed", {"communications": 25}, P2),
           ("II.2.đ", "completed", {}, P3),
           ("II.3.a", "completed", {"participants": 3}, P4)]
    h5_prose("SoGDDT_BC-CT38_2026.docx", "SO-GDDT", "Sở Giáo dục và Đào tạo", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
             "4410/BC-SGDĐT", "2026-10-28", "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
             "Kết quả thực hiện Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026",
             [P0, P1, P2, P3, P4], diffs, props, "Nguyễn Bảo Quốc", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], ent)

    # ---- F13 Sở NN&MT
    P0 = "Sở Nông nghiệp và Môi trường nhận được Công văn số 2874/CCTĐC-QLTC ngày 29/9/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng; sau khi tổng hợp từ các Chi cục, phòng chuyên môn, Sở báo cáo như sau:"
    P1 = "Trong 10 tháng, Sở tiếp tục hướng dẫn các hợp tác xã, doanh nghiệp nông nghiệp áp dụng hệ thống truy xuất nguồn gốc, cấp mã số vùng trồng, cơ sở đóng gói (số lượng: 46 hợp tác xã, doanh nghiệp), trong đó có nhiều đơn vị ở khu vực Củ Chi, Bình Dương (cũ). Công việc vẫn đang tiếp tục vì nhu cầu còn nhiều."
    P2 = "Đối với công tác kiểm tra vật tư nông nghiệp (phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi), các đoàn kiểm tra của Sở đã tiến hành kiểm tra (số lượng: 08 cuộc) tại các cơ sở sản xuất, kinh doanh (số lượng: 95 cơ sở), lấy mẫu kiểm tra chất lượng (số lượng: 60 mẫu), phát hiện vi phạm (số lượng: 14 cơ sở) và xử phạt vi phạm hành chính với số tiền 187.500.000 đồng. Kế hoạch kiểm tra năm vẫn đang thực hiện."
    P3 = "Sở đã góp ý các dự thảo quy chuẩn kỹ thuật quốc gia về phân bón, chất lượng nước thải chăn nuôi do Bộ Nông nghiệp và Môi trường gửi lấy ý kiến (số lượng: 04 dự thảo); việc góp ý đã xong."
    P4 = "Riêng nội dung cập nhật các điều ước, thỏa thuận quốc tế, trong năm Sở chưa nhận được yêu cầu nên chưa thực hiện."
    diffs = ["Nhiều hộ sản xuất nhỏ chưa quen ghi chép nhật ký sản xuất, khó áp dụng truy xuất nguồn gốc.",
             "Chi phí phân tích mẫu vật tư nông nghiệp cao."]
    props = ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí áp dụng truy xuất nguồn gốc cho hợp tác xã theo Đề án 100."]
    ent = [("II.2.a", "in_progress", {"enterprises_supported": 46}, P1),
           ("II.5.a", "in_progress", {"inspections": 8, "establishments_inspected": 95, "samples_tested": 60, "violations": 14, "fines_vnd": 187500000}, P2),
           ("II.2.e", "completed", {"standards_reviewed": 4}, P3),
           ("II.6.a", "not_started", {}, P4)]
    h5_prose("SNNMT-BC-CT38-10thang.docx", "SO-NNMT", "Sở Nông nghiệp và Môi trường", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
             "2295/BC-SNNMT", "2026-11-04", "Thành phố Hồ Chí Minh, ngày 04 tháng 11 năm 2026",
             "Tình hình thực hiện Chỉ thị số 38-CT/TW năm 2026 (10 tháng)",
             [P0, P1, P2, P3, P4], diffs, props, "Trần Thị Bích Ngọc", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], ent)

    # ---- F18 Phòng Quản lý Khoa học
    P0 = "Phòng Quản lý Khoa học báo cáo kết quả các nội dung có liên quan đến Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở như sau:"
    P1 = "Về thu hút chuyên gia, nhà khoa học theo Quyết định số 05/2026/QĐ-UBND, Phòng đã tiếp nhận hồ sơ đề nghị thu hút chuyên gia lĩnh vực đo lường, thử nghiệm (số lượng: 03 hồ sơ), đã trình Hội đồng xét chọn 01 hồ sơ; việc này vẫn đang làm."
    P2 = "Trong khuôn khổ chương trình nâng cao năng suất và chất lượng, Phòng đã hỗ trợ doanh nghiệp thực hiện nhiệm vụ khoa học và công nghệ cải tiến năng suất (số lượng: 04 doanh nghiệp), kinh phí đã giải ngân 780 triệu đồng; các nhiệm vụ đang triển khai, dự kiến nghiệm thu Quý I/2027."
    P3 = "Phòng đã đưa tin về hoạt động tiêu chuẩn, đo lường, chất lượng trên Bản tin Khoa học và Công nghệ (số lượng: 05 tin, bài); đã xong."
    P4 = "Nội dung hợp tác với Tổ chức Năng suất Châu Á (APO): trong năm chưa có yêu cầu, Phòng chưa thực hiện."
    diffs = ["Mức thu nhập theo Nghị quyết 27/2023/NQ-HĐND chưa đủ hấp dẫn chuyên gia có trình độ cao trong lĩnh vực đo lường."]
    props = ["Đề nghị Chi cục phối hợp giới thiệu chuyên gia tiềm năng để Phòng tham mưu thu hút."]
    ent = [("II.3.c", "in_progress", {}, P1),
           ("II.2.a", "in_progress", {"enterprises_supported": 4, "budget_spent_vnd": 780000000}, P2),
           ("II.1.a", "completed", {"communications": 5}, P3),
           ("II.6.b", "not_started", {}, P4)]
    h5_prose("QLKH_BC-CT38.docx", "SKHCN-QLKH", "Phòng Quản lý Khoa học", "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
             "31/BC-QLKH", "2026-10-20", "Thành phố Hồ Chí Minh, ngày 20 tháng 10 năm 2026",
             "Kết quả thực hiện nội dung Kế hoạch CT38 năm 2026",
             [P0, P1, P2, P3, P4], diffs, props, "Lý Thanh Hải", ["TRƯỞNG PHÒNG"], ent)


def lo_resave(fn):
    src = os.path.join(OUT, fn)
    ext = fn.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, fn), src)
    shutil.rmtree(tmp)


if __name__ == "__main__":
    make_h1(); make_h2(); make_h3(); make_h4(); make_h5()
    for fn in LO_RESAVE:
        lo_resave(fn)
    for fn, k in KEYS.items():
        k["sha256"] = hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest()
        with open(os.path.join(OUT, "truth", fn + ".json"), "w", encoding="utf-8") as f:
            json.dump(k, f, ensure_ascii=False, indent=2)
    print(len(KEYS), "files")
