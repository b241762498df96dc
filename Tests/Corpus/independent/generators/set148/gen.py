# -*- coding: utf-8 -*-
"""Generator for set148: follow-up / corrected reports mixed with first reports.
Builds the files, re-saves two through LibreOffice, then writes the keys with sha256."""
import hashlib, json, os, shutil, subprocess, tempfile, unicodedata
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.comments import Comment

OUT = os.path.dirname(os.path.abspath(__file__))
KEYS = {}
RESAVE = set()


def N(s):
    return unicodedata.normalize("NFC", s)


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": [{"task": t, "status": s, "indicators": ind, "text": N(tx)} for (t, s, ind, tx) in entries],
        "findings": [], "difficulties": [N(d) for d in diffs], "proposals": [N(p) for p in props],
    }

# ---------------------------------------------------------------- docx helpers

def new_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    return d


def no_borders(table):
    tbl = table._tbl
    pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "nil")
        b.append(el)
    pr.append(b)


def cell_lines(cell, lines, bold_first=False, italic_last=False, center=True, size=None):
    cell.paragraphs[0].text = ""
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(ln))
        if size:
            r.font.size = Pt(size)
        if bold_first and i < 2:
            r.bold = True
        if italic_last and i == len(lines) - 1:
            r.italic = True


def header(d, left, right_date, so, bold_left_rows=2):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    c0, c1 = t.rows[0].cells
    c0.paragraphs[0].text = ""
    for i, ln in enumerate(left + ["———", "Số: " + so]):
        p = c0.paragraphs[0] if i == 0 else c0.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(ln))
        r.font.size = Pt(12)
        if i < len(left) and i >= len(left) - bold_left_rows:
            r.bold = True
    c1.paragraphs[0].text = ""
    for i, ln in enumerate(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "——————", "", right_date]):
        p = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(N(ln))
        r.font.size = Pt(12)
        if i < 2:
            r.bold = True
        if i == 4:
            r.italic = True
    d.add_paragraph()


def para(d, text, bold=False, italic=False, center=False, indent=True, size=None, underline=False):
    p = d.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(4)
    r = p.add_run(N(text))
    r.bold, r.italic, r.underline = bold, italic, underline
    if size:
        r.font.size = Pt(size)
    return p


def runs(d, parts, indent=True):
    """parts: list of (text, style) with style a string of b/i/u."""
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(4)
    for tx, st in parts:
        r = p.add_run(N(tx))
        r.bold = "b" in st
        r.italic = "i" in st
        r.underline = "u" in st
    return p


def signature(d, noi_nhan, role, name):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    c0, c1 = t.rows[0].cells
    c0.paragraphs[0].text = ""
    for i, ln in enumerate(["Nơi nhận:"] + noi_nhan):
        p = c0.paragraphs[0] if i == 0 else c0.add_paragraph()
        r = p.add_run(N(ln))
        r.font.size = Pt(11 if i else 12)
        r.bold = (i == 0)
        r.italic = (i == 0)
    cell_lines(c1, role + ["", "", "", name], bold_first=False)
    for p in c1.paragraphs:
        for r in p.runs:
            r.bold = True

# ================================================================ HAND A
# Nguyễn Thị Thu Hà – công chức Văn hóa - Xã hội, writes for wards/communes.
# "Báo cáo bổ sung" / "đính chính": numbered "1)", corrections inline in brackets
# "(sửa 12 cuộc thành 15 cuộc)", status in a sentence "Đến nay: …", closing
# "Các nội dung khác giữ nguyên …", difficulties/proposals as "*" lines.

def ward_left(kind, name):
    return ["ỦY BAN NHÂN DÂN", (kind + " " + name).upper()]


def a1_taynam():
    f = "25843-bc-bo-sung-ct38-tay-nam.docx"
    d = new_doc()
    header(d, ward_left("Phường", "Tây Nam"), "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026", "131/BC-UBND")
    para(d, "BÁO CÁO BỔ SUNG", bold=True, center=True, size=14)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\n(bổ sung Báo cáo số 118/BC-UBND ngày 10/10/2026 của UBND phường)", bold=True, center=True)
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", center=True)
    para(d, "Ngày 10/10/2026, Ủy ban nhân dân phường Tây Nam đã có Báo cáo số 118/BC-UBND về kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Qua rà soát lại sổ theo dõi của bộ phận Kinh tế và bộ phận Văn hóa - Xã hội, phường báo cáo bổ sung, điều chỉnh một số nội dung như sau:")
    para(d, "1) Công tác phối hợp kiểm tra về đo lường, chất lượng trên địa bàn phường", bold=True, indent=False)
    para(d, "Từ đầu năm đến nay, phường phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra tổng cộng 15 cuộc (sửa 12 cuộc thành 15 cuộc, do Báo cáo số 118 chưa tính 03 cuộc phối hợp trong tháng 9/2026) tại 46 cơ sở kinh doanh xăng dầu, vàng trang sức và cân tại chợ Tây Nam (sửa 38 cơ sở thành 46 cơ sở). Qua kiểm tra phát hiện 05 cơ sở vi phạm về đo lường, đã lập hồ sơ chuyển cấp có thẩm quyền xử phạt với tổng số tiền 7.500.000 đồng.")
    para(d, "Đến nay: phường đang tiếp tục phối hợp kiểm tra theo kế hoạch của Chi cục đến hết tháng 12/2026.")
    para(d, "2) Cử công chức tham dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng (nội dung này Báo cáo số 118 chưa nêu)", bold=True, indent=False)
    para(d, "Ngày 18/9/2026, phường cử 02 công chức bộ phận Kinh tế và 01 cán bộ khu phố, tổng cộng 03 lượt người, tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho công chức cấp xã do Chi cục tổ chức.")
    para(d, "Đến nay: nội dung này phường đã thực hiện xong.")
    para(d, "3) Tuyên truyền về tiêu chuẩn, đo lường, chất lượng", bold=True, indent=False)
    para(d, "Số tin, bài đăng trên trang thông tin điện tử và trang Zalo của phường là 09 tin, bài (Báo cáo số 118 ghi nhầm là 06 tin, bài). Nội dung tuyên truyền tập trung vào quyền lợi người tiêu dùng khi mua xăng dầu, vàng trang sức và việc sử dụng cân đối chứng tại chợ.")
    para(d, "Đến nay: phường đang tiếp tục thực hiện lồng ghép trong các buổi sinh hoạt khu phố.")
    para(d, "4) Rút nội dung tại mục 4 Báo cáo số 118/BC-UBND", bold=True, indent=False)
    para(d, "Phường đề nghị không tổng hợp nội dung \"tổ chức 01 hội nghị tập huấn cho hộ kinh doanh\" đã nêu tại mục 4 Báo cáo số 118/BC-UBND, do hội nghị này thuộc Kế hoạch bảo đảm an toàn thực phẩm của phường, không thuộc Kế hoạch triển khai Chỉ thị số 38-CT/TW.")
    para(d, "Khó khăn, đề xuất bổ sung:", bold=True, indent=False)
    dif = ["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; công chức bộ phận Kinh tế kiêm nhiệm nhiều việc nên việc theo dõi, tổng hợp số liệu còn sót."]
    pro = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng gửi lịch kiểm tra phối hợp sớm để phường bố trí lực lượng tham gia."]
    para(d, "* " + dif[0])
    para(d, "* " + pro[0])
    para(d, "Các nội dung khác giữ nguyên như Báo cáo số 118/BC-UBND ngày 10/10/2026. Ủy ban nhân dân phường Tây Nam kính báo cáo./.")
    signature(d, ["- Như trên;", "- Chủ tịch, các PCT UBND phường;", "- Lưu: VT, VHXH (Hà)."], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lê Thị Kim Oanh")
    d.save(os.path.join(OUT, f))
    key(f, "25843", "Phường Tây Nam", "131/BC-UBND", "2026-10-27", [
        ("II.5.c", "in_progress", {"inspections": 15, "establishments_inspected": 46, "violations": 5, "fines_vnd": 7500000},
         "Phối hợp Chi cục kiểm tra 15 cuộc tại 46 cơ sở, 05 cơ sở vi phạm, 7.500.000 đồng; đang tiếp tục phối hợp kiểm tra."),
        ("II.3.a", "completed", {"participants": 3},
         "Cử 03 lượt người tham dự lớp tập huấn nghiệp vụ cho công chức cấp xã; đã thực hiện xong."),
        ("II.1.a", "in_progress", {"communications": 9},
         "09 tin, bài trên trang thông tin điện tử và Zalo của phường; đang tiếp tục thực hiện."),
    ], dif, pro)


def a2_nghiathanh():
    f = "26617-dinh-chinh-bc87-nghia-thanh.docx"
    d = new_doc()
    header(d, ward_left("Xã", "Nghĩa Thành"), "Nghĩa Thành, ngày 21 tháng 10 năm 2026", "95/BC-UBND")
    para(d, "BÁO CÁO", bold=True, center=True, size=14)
    para(d, "Đính chính Báo cáo số 87/BC-UBND ngày 14/10/2026 về kết quả thực hiện\nKế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn xã", bold=True, center=True)
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", center=True)
    para(d, "Ngày 14/10/2026, Ủy ban nhân dân xã Nghĩa Thành đã gửi Báo cáo số 87/BC-UBND. Do sơ suất trong khâu đánh máy và tổng hợp, báo cáo có một số chỗ chưa chính xác. UBND xã xin đính chính như sau:")
    para(d, "1) Kiểm tra đo lường tại chợ Nghĩa Thành và chợ Cây Da", bold=True, indent=False)
    para(d, "Tổ kiểm tra liên ngành của xã đã tổ chức 02 đợt kiểm tra tại 27 hộ kinh doanh có sử dụng cân (sửa 72 hộ thành 27 hộ, do đánh máy nhầm), phát hiện 02 trường hợp sử dụng cân sai số vượt mức cho phép, đã nhắc nhở và yêu cầu thay cân.")
    para(d, "Đến nay: đang thực hiện, đợt 3 dự kiến tổ chức trong tháng 12/2026.")
    para(d, "2) Tuyên truyền Chỉ thị số 38-CT/TW", bold=True, indent=False)
    para(d, "Báo cáo số 87 ghi nội dung này là \"chưa thực hiện\" là chưa đúng. Thực tế xã đã đăng 04 tin, bài trên trang thông tin điện tử của xã và treo băng rôn tại trụ sở UBND, hai chợ trong dịp Ngày Tiêu chuẩn Việt Nam (sửa \"chưa thực hiện\" thành \"đã thực hiện xong\").")
    para(d, "Đồng thời bỏ câu \"kinh phí tuyên truyền đã chi 3.000.000 đồng\" tại mục 2 của Báo cáo số 87, vì khoản kinh phí này chi cho hội nghị năm 2025.")
    para(d, "Đến nay: nội dung tuyên truyền năm 2026 xã đã thực hiện xong.")
    para(d, "Các nội dung khác của Báo cáo số 87/BC-UBND ngày 14/10/2026 giữ nguyên. UBND xã Nghĩa Thành kính mong Chi cục thông cảm và tổng hợp theo số liệu đã đính chính./.")
    signature(d, ["- Như trên;", "- Lưu: VT, VHXH."], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Văn Tâm")
    d.save(os.path.join(OUT, f))
    RESAVE.add(f)
    key(f, "26617", "Xã Nghĩa Thành", "95/BC-UBND", "2026-10-21", [
        ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 27, "violations": 2},
         "02 đợt kiểm tra tại 27 hộ kinh doanh có sử dụng cân, 02 trường hợp cân sai; đang thực hiện."),
        ("II.1.a", "completed", {"communications": 4},
         "Đăng 04 tin, bài, treo băng rôn; đã thực hiện xong."),
    ], [], [])


def a3_phugiao():
    f = "25858-bc-ct38-phu-giao.docx"
    d = new_doc()
    header(d, ward_left("Xã", "Phú Giáo"), "Phú Giáo, ngày 30 tháng 10 năm 2026", "142/BC-UBND")
    para(d, "BÁO CÁO", bold=True, center=True, size=14)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW\nvề công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, center=True)
    para(d, "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026 và Công văn đôn đốc của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân xã Phú Giáo báo cáo kết quả thực hiện như sau:")
    para(d, "1) Tuyên truyền, phổ biến", bold=True, indent=False)
    para(d, "Xã lồng ghép tuyên truyền nội dung Chỉ thị số 38-CT/TW tại các buổi sinh hoạt ấp, hội nghị của Hội Nông dân, Hội Liên hiệp Phụ nữ; đăng 11 tin, bài trên trang thông tin điện tử xã và phát trên hệ thống loa truyền thanh.")
    para(d, "Đến nay: đang tiếp tục thực hiện.")
    para(d, "2) Hướng dẫn cơ sở sản xuất ghi nhãn, công bố tiêu chuẩn", bold=True, indent=False)
    para(d, "Phối hợp Hợp tác xã nông nghiệp Phước Hòa hướng dẫn 07 cơ sở sản xuất hạt điều, mật ong trên địa bàn thực hiện ghi nhãn hàng hóa và tự công bố tiêu chuẩn cơ sở cho sản phẩm OCOP.")
    para(d, "Đến nay: đang thực hiện, còn 03 cơ sở đang hoàn thiện hồ sơ.")
    para(d, "3) Cử cán bộ tham dự tập huấn", bold=True, indent=False)
    para(d, "Cử 04 lượt công chức phòng Kinh tế tham dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức tháng 8/2026.")
    para(d, "Đến nay: đã thực hiện xong.")
    para(d, "4) Phối hợp kiểm tra", bold=True, indent=False)
    para(d, "Phòng Kinh tế xã phối hợp Đội Quản lý thị trường kiểm tra 03 cuộc tại 19 cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng, vàng bạc; phát hiện 01 cơ sở vi phạm về ghi nhãn, xử phạt 2.500.000 đồng.")
    para(d, "Đến nay: đang tiếp tục thực hiện theo kế hoạch kiểm tra Quý IV.")
    para(d, "Khó khăn, vướng mắc:", bold=True, indent=False)
    dif = ["Địa bàn xã rộng, cơ sở kinh doanh nhỏ lẻ, phân tán; xã chưa có thiết bị để kiểm tra đo lường tại chỗ."]
    pro = ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ trang bị 01 bộ quả cân chuẩn để xã tổ chức cân đối chứng tại chợ Phước Vĩnh."]
    para(d, "* " + dif[0])
    para(d, "Đề xuất:", bold=True, indent=False)
    para(d, "* " + pro[0])
    para(d, "Ủy ban nhân dân xã Phú Giáo kính báo cáo./.")
    signature(d, ["- Chi cục TĐC TP.HCM;", "- Lưu: VT, KT."], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Trần Hữu Lộc")
    d.save(os.path.join(OUT, f))
    key(f, "25858", "Xã Phú Giáo", "142/BC-UBND", "2026-10-30", [
        ("II.1.a", "in_progress", {"communications": 11}, "Đăng 11 tin, bài trên trang thông tin điện tử xã; đang tiếp tục thực hiện."),
        ("II.2.d", "in_progress", {"enterprises_supported": 7}, "Hướng dẫn 07 cơ sở ghi nhãn, tự công bố tiêu chuẩn cơ sở; đang thực hiện."),
        ("II.3.a", "completed", {"participants": 4}, "Cử 04 lượt công chức tham dự tập huấn; đã thực hiện xong."),
        ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 19, "violations": 1, "fines_vnd": 2500000},
         "Kiểm tra 03 cuộc tại 19 cơ sở, 01 vi phạm, phạt 2.500.000 đồng; đang tiếp tục thực hiện."),
    ], dif, pro)

# ================================================================ HAND B
# Trần Minh Khoa – chuyên viên tổng hợp; Excel. A correction keeps the superseded
# sheet ("BC 22-10 (da gui)") in the workbook and adds a full replacement sheet
# whose changed cells are yellow, the old value in "Ghi chú" ("lần 1: 08"),
# withdrawn rows greyed with "(bỏ dòng)"; every sheet carries a "Lần gửi:" cell.

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
YEL = PatternFill("solid", fgColor="FFFF00")
GREY = PatternFill("solid", fgColor="D9D9D9")
HEAD = PatternFill("solid", fgColor="DDEBF7")


def b_sheet(ws, unit_up, parent, so, date_txt, title, sub, lan, rows, kk, kn, changed=(), greyed=(), notes=None):
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 52
    ws.column_dimensions["C"].width = 30
    ws.column_dimensions["D"].width = 14
    ws.column_dimensions["E"].width = 9
    ws.column_dimensions["F"].width = 18
    ws.column_dimensions["G"].width = 26
    ws["A1"] = parent
    ws["A2"] = unit_up
    ws["A2"].font = Font(bold=True)
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["E1"].font = Font(bold=True)
    ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["A3"] = "Số: " + so
    ws["E3"] = date_txt
    ws["E3"].font = Font(italic=True)
    ws["A5"] = title
    ws["A5"].font = Font(bold=True, size=13)
    ws.merge_cells("A5:G5")
    ws["A5"].alignment = Alignment(horizontal="center")
    ws["A6"] = sub
    ws.merge_cells("A6:G6")
    ws["A6"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[6].height = 32
    ws["A7"] = "Lần gửi: " + lan
    ws["A7"].font = Font(italic=True)
    hdr = ["STT", "Nội dung công việc", "Chỉ tiêu", "Số lượng", "ĐVT", "Tình trạng", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=8, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = HEAD
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 9
    for i, row in enumerate(rows):
        stt, task, figs, status = row[:4]
        note0 = row[4] if len(row) > 4 else None
        start = r
        if not figs:
            figs = [("", None, "", None)]
        for k, (lab, val, unit, note) in enumerate(figs):
            ws.cell(row=r, column=3, value=lab)
            c = ws.cell(row=r, column=4, value=val)
            if isinstance(val, int):
                c.number_format = "#,##0"
            ws.cell(row=r, column=5, value=unit)
            ws.cell(row=r, column=7, value=note if note else (note0 if k == 0 else None))
            if (i, k) in changed:
                for col in (4, 7):
                    ws.cell(row=r, column=col).fill = YEL
            r += 1
        ws.cell(row=start, column=1, value=stt)
        ws.cell(row=start, column=2, value=task)
        ws.cell(row=start, column=6, value=status)
        if r - start > 1:
            for col in (1, 2, 6):
                ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
        for rr in range(start, r):
            for col in range(1, 8):
                c = ws.cell(row=rr, column=col)
                c.border = BOX
                c.alignment = Alignment(vertical="center", wrap_text=True, horizontal="center" if col in (1, 4, 5) else None)
                if i in greyed:
                    c.fill = GREY
                    c.font = Font(color="808080")
        if (i, "new") in changed:
            ws.cell(row=start, column=2).fill = YEL
    r += 1
    ws.cell(row=r, column=1, value="Khó khăn, vướng mắc:").font = Font(bold=True)
    r += 1
    for t in kk:
        ws.cell(row=r, column=2, value="- " + t).alignment = Alignment(wrap_text=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        ws.row_dimensions[r].height = 30
        r += 1
    ws.cell(row=r, column=1, value="Kiến nghị:").font = Font(bold=True)
    r += 1
    for t in kn:
        ws.cell(row=r, column=2, value="- " + t).alignment = Alignment(wrap_text=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        ws.row_dimensions[r].height = 30
        r += 1
    if notes:
        r += 1
        for t in notes:
            ws.cell(row=r, column=2, value=t).font = Font(italic=True)
            r += 1
    return r


def b1_congthuong():
    f = "SO-CT-dieu-chinh-so-lieu-ct38.xlsx"
    wb = Workbook()
    kk = ["Một số cửa hàng xăng dầu thay đổi chủ sở hữu, địa chỉ sau sắp xếp đơn vị hành chính nên khó xác định đối tượng kiểm tra."]
    kn = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng chia sẻ danh sách cột đo xăng dầu đã kiểm định năm 2026 để phục vụ công tác kiểm tra."]
    old_rows = [
        ("1", "Phối hợp kiểm tra chất lượng, đo lường xăng dầu, khí dầu mỏ hóa lỏng lưu thông trên thị trường", [
            ("Số cuộc kiểm tra", 8, "cuộc", None), ("Số cơ sở được kiểm tra", 64, "cơ sở", None),
            ("Số cơ sở vi phạm", 6, "cơ sở", None), ("Tiền xử phạt", 48500000, "đồng", None)], "Đang thực hiện"),
        ("2", "Góp ý dự thảo TCVN, QCVN thuộc lĩnh vực công thương", [("Số dự thảo đã góp ý", 5, "dự thảo", None)], "Hoàn thành"),
        ("3", "Cử công chức tham gia tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng", [("Số lượt người", 12, "lượt", None)], "Hoàn thành"),
        ("4", "Hỗ trợ doanh nghiệp công nghiệp hỗ trợ áp dụng công cụ cải tiến năng suất", [("Số doanh nghiệp được hỗ trợ", 14, "DN", None)], "Đang thực hiện"),
    ]
    new_rows = [
        ("1", "Phối hợp kiểm tra chất lượng, đo lường xăng dầu, khí dầu mỏ hóa lỏng lưu thông trên thị trường", [
            ("Số cuộc kiểm tra", 9, "cuộc", "lần 1: 08 (chưa tính đoàn tháng 9)"), ("Số cơ sở được kiểm tra", 71, "cơ sở", "lần 1: 64"),
            ("Số cơ sở vi phạm", 6, "cơ sở", None), ("Tiền xử phạt", 52000000, "đồng", "lần 1: 48.500.000")], "Đang thực hiện"),
        ("2", "Góp ý dự thảo TCVN, QCVN thuộc lĩnh vực công thương", [("Số dự thảo đã góp ý", 5, "dự thảo", None)], "Hoàn thành"),
        ("3", "Cử công chức tham gia tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng", [("Số lượt người", 12, "lượt", None)], "Hoàn thành"),
        ("4", "(bỏ dòng) Hỗ trợ doanh nghiệp công nghiệp hỗ trợ áp dụng công cụ cải tiến năng suất", [("Số doanh nghiệp được hỗ trợ", None, "DN", "Bỏ dòng này: số liệu thuộc Chương trình khuyến công, không thuộc KH 38")], "—"),
        ("5", "Tổ chức lớp phổ biến văn bản pháp luật về đo lường, chất lượng trong kinh doanh xăng dầu cho doanh nghiệp, cửa hàng (bổ sung)", [
            ("Số lớp", 2, "lớp", "bổ sung, lần 1 chưa báo cáo"), ("Số lượt người tham dự", 156, "lượt", None)], "Hoàn thành"),
    ]
    ws = wb.active
    ws.title = "BC 04-11 (thay the)"
    b_sheet(ws, "SỞ CÔNG THƯƠNG", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "5387/SCT-QLTM", "Thành phố Hồ Chí Minh, ngày 04 tháng 11 năm 2026",
            "BÁO CÁO ĐIỀU CHỈNH SỐ LIỆU",
            "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (thay thế biểu kèm Công văn số 5120/SCT-QLTM ngày 22/10/2026)",
            "02 (thay thế lần 01)", new_rows, kk, kn,
            changed={(0, 0), (0, 1), (0, 3), (3, 0), (4, 0), (4, 1), (4, "new")}, greyed={3},
            notes=["Ghi chú: ô tô vàng là số liệu đã điều chỉnh so với lần gửi 01; dòng tô xám là dòng bỏ, không tổng hợp.",
                   "Sheet \"BC 22-10 (da gui)\" giữ lại để đối chiếu, không sử dụng."])
    ws2 = wb.create_sheet("BC 22-10 (da gui)")
    b_sheet(ws2, "SỞ CÔNG THƯƠNG", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "5120/SCT-QLTM", "Thành phố Hồ Chí Minh, ngày 22 tháng 10 năm 2026",
            "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026", "(Kèm theo Công văn số 5120/SCT-QLTM ngày 22/10/2026 của Sở Công Thương)",
            "01", old_rows, kk, kn)
    wb.save(os.path.join(OUT, f))
    key(f, "SO-CT", "Sở Công Thương", "5387/SCT-QLTM", "2026-11-04", [
        ("II.5.a", "in_progress", {"inspections": 9, "establishments_inspected": 71, "violations": 6, "fines_vnd": 52000000},
         "Phối hợp kiểm tra chất lượng, đo lường xăng dầu, LPG: 9 cuộc, 71 cơ sở, 6 vi phạm, 52.000.000 đồng (số điều chỉnh)."),
        ("II.2.e", "completed", {"standards_reviewed": 5}, "Góp ý 5 dự thảo TCVN, QCVN."),
        ("II.3.a", "completed", {"participants": 12}, "Cử 12 lượt công chức tham gia tập huấn."),
        ("II.1.a", "completed", {"training_courses": 2, "participants": 156},
         "Bổ sung: 2 lớp phổ biến văn bản pháp luật về đo lường, chất lượng xăng dầu, 156 lượt người."),
    ], kk, kn)


def b2_ktpc():
    f = "SKHCN-KTPC-bieu-kq-ct38.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "BC 28-10"
    kk = ["Lực lượng kiểm tra của Phòng mỏng, phải đồng thời thực hiện nhiều đoàn thanh tra, kiểm tra chuyên ngành khác."]
    kn = ["Đề nghị Sở bổ sung 01 biên chế công chức pháp chế cho Phòng Kiểm tra – Pháp chế."]
    rows = [
        ("1", "Phối hợp Chi cục TĐC kiểm tra về tiêu chuẩn, đo lường, chất lượng sản phẩm, hàng hóa lưu thông", [
            ("Số cuộc kiểm tra", 6, "cuộc", None), ("Số cơ sở được kiểm tra", 38, "cơ sở", None),
            ("Số cơ sở vi phạm", 9, "cơ sở", None), ("Tiền xử phạt VPHC", 86750000, "đồng", None)], "Đang thực hiện"),
        ("2", "Phối hợp khảo sát chất lượng sản phẩm, hàng hóa (mũ bảo hiểm, đồ chơi trẻ em)", [("Số mẫu khảo sát", 40, "mẫu", None)], "Đang thực hiện"),
        ("3", "Góp ý dự thảo Luật sửa đổi, bổ sung Luật Chất lượng sản phẩm, hàng hóa và các nghị định hướng dẫn", [("", None, "", "góp ý 02 dự thảo nghị định")], "Hoàn thành"),
        ("4", "Rà soát, kiểm định phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra, xử phạt", [("Số thiết bị được kiểm định", 5, "chiếc", None)], "Hoàn thành"),
        ("5", "Tiếp nhận, xử lý phản ánh, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng", [], "Đang thực hiện", "thường xuyên"),
    ]
    b_sheet(ws, "PHÒNG KIỂM TRA – PHÁP CHẾ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "188/BC-KTPC", "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
            "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026", "(Số liệu từ 01/01/2026 đến 25/10/2026)", "01", rows, kk, kn)
    wb.save(os.path.join(OUT, f))
    RESAVE.add(f)
    key(f, "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "188/BC-KTPC", "2026-10-28", [
        ("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 38, "violations": 9, "fines_vnd": 86750000},
         "Phối hợp Chi cục kiểm tra 6 cuộc, 38 cơ sở, 9 vi phạm, 86.750.000 đồng."),
        ("II.5.b", "in_progress", {"samples_tested": 40}, "Phối hợp khảo sát 40 mẫu."),
        ("II.2.c", "completed", {}, "Góp ý dự thảo Luật sửa đổi Luật Chất lượng sản phẩm, hàng hóa."),
        ("II.4.b", "completed", {"instruments_verified": 5}, "Kiểm định 5 thiết bị kỹ thuật nghiệp vụ."),
        ("II.5.d", "in_progress", {}, "Tiếp nhận, xử lý phản ánh, tố giác vi phạm; thường xuyên."),
    ], kk, kn)


def b3_nnmt():
    f = "SO-NNMT-bc-ct38-dieu-chinh.xlsx"
    wb = Workbook()
    kk = ["Kinh phí lấy mẫu, thử nghiệm vật tư nông nghiệp năm 2026 còn hạn chế so với nhu cầu."]
    kn = ["Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức tập huấn về truy xuất nguồn gốc cho các hợp tác xã nông nghiệp."]
    old_rows = [
        ("1", "Hướng dẫn cơ sở sản xuất, kinh doanh nông sản áp dụng hệ thống truy xuất nguồn gốc (Đề án 100)", [("Số cơ sở được hướng dẫn", 35, "cơ sở", None)], "Đang thực hiện"),
        ("2", "Phối hợp kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật lưu thông", [
            ("Số cuộc kiểm tra", 4, "cuộc", None), ("Số cơ sở được kiểm tra", 26, "cơ sở", None), ("Số mẫu lấy kiểm nghiệm", 18, "mẫu", None),
            ("Số cơ sở vi phạm", 3, "cơ sở", None), ("Tiền xử phạt", 37500000, "đồng", None)], "Đang thực hiện"),
        ("3", "Góp ý dự thảo QCVN, quy chuẩn kỹ thuật địa phương lĩnh vực nông nghiệp, môi trường", [("Số dự thảo góp ý", 3, "dự thảo", None)], "Hoàn thành"),
    ]
    new_rows = [
        ("1", "Hướng dẫn cơ sở sản xuất, kinh doanh nông sản áp dụng hệ thống truy xuất nguồn gốc (Đề án 100)", [("Số cơ sở được hướng dẫn", 53, "cơ sở", "lần 1: 35 (đánh máy đảo số)")], "Đang thực hiện"),
        ("2", "Phối hợp kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật lưu thông", [
            ("Số cuộc kiểm tra", 4, "cuộc", None), ("Số cơ sở được kiểm tra", 26, "cơ sở", None), ("Số mẫu lấy kiểm nghiệm", 18, "mẫu", None),
            ("Số cơ sở vi phạm", 3, "cơ sở", None), ("Tiền xử phạt", 37500000, "đồng", None)], "Đang thực hiện"),
        ("3", "Góp ý dự thảo QCVN, quy chuẩn kỹ thuật địa phương lĩnh vực nông nghiệp, môi trường", [("Số dự thảo góp ý", 4, "dự thảo", "lần 1: 03, bổ sung 01 dự thảo QCĐP về nước thải chăn nuôi")], "Hoàn thành"),
        ("4", "Cử công chức tham dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng (bổ sung)", [("Số lượt người", 9, "lượt", "bổ sung")], "Hoàn thành"),
    ]
    ws = wb.active
    ws.title = "BC 20-10 (da gui)"
    b_sheet(ws, "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "4410/SNNMT-QLCL", "Thành phố Hồ Chí Minh, ngày 20 tháng 10 năm 2026",
            "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026", "(Kèm theo Công văn số 4410/SNNMT-QLCL ngày 20/10/2026)", "01", old_rows, kk, kn)
    ws2 = wb.create_sheet("BC 03-11 (thay the)")
    b_sheet(ws2, "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "4602/SNNMT-QLCL", "Thành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026",
            "BÁO CÁO ĐIỀU CHỈNH SỐ LIỆU",
            "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (thay thế biểu kèm Công văn số 4410/SNNMT-QLCL ngày 20/10/2026)",
            "02 (thay thế lần 01)", new_rows, kk, kn,
            changed={(0, 0), (2, 0), (3, 0), (3, "new")},
            notes=["Ghi chú: ô tô vàng là số liệu đã điều chỉnh hoặc bổ sung so với lần gửi 01.",
                   "Đề nghị Chi cục sử dụng số liệu tại sheet này."])
    wb.active = 1
    wb.save(os.path.join(OUT, f))
    key(f, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "4602/SNNMT-QLCL", "2026-11-03", [
        ("II.2.a", "in_progress", {"enterprises_supported": 53}, "Hướng dẫn 53 cơ sở áp dụng truy xuất nguồn gốc (Đề án 100)."),
        ("II.5.a", "in_progress", {"inspections": 4, "establishments_inspected": 26, "samples_tested": 18, "violations": 3, "fines_vnd": 37500000},
         "Phối hợp kiểm tra phân bón, thuốc BVTV: 4 cuộc, 26 cơ sở, 18 mẫu, 3 vi phạm, 37.500.000 đồng."),
        ("II.2.e", "completed", {"standards_reviewed": 4}, "Góp ý 4 dự thảo QCVN, QCĐP."),
        ("II.3.a", "completed", {"participants": 9}, "Bổ sung: 9 lượt công chức tham dự tập huấn."),
    ], kk, kn)

# ================================================================ HAND C
# Lê Văn Phúc – phó trưởng phòng, the Sở's own units; formal DOCX.
# Supplements in three fixed parts "I. NỘI DUNG BỔ SUNG / II. NỘI DUNG ĐIỀU CHỈNH /
# III. NỘI DUNG ĐỀ NGHỊ RÚT LẠI", each item cites "điểm x.y Báo cáo số …" and uses
# "số đúng là …"; every item ends with a bracket "(hiện trạng: …)".

def sokhcn_left(unit_lines):
    return ["ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"] + unit_lines


def c_item(d, head, body, state):
    runs(d, [(head, "b")], indent=False)
    runs(d, [(body + " ", ""), ("(hiện trạng: " + state + ")", "i")])


def c1_chicuc():
    f = "SKHCN-CCTDC-bc-bo-sung-dieu-chinh-512.docx"
    d = new_doc()
    header(d, ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CHI CỤC TIÊU CHUẨN", "ĐO LƯỜNG CHẤT LƯỢNG"], "Thành phố Hồ Chí Minh, ngày 06 tháng 11 năm 2026", "512/BC-TĐC")
    para(d, "BÁO CÁO", bold=True, center=True, size=14)
    para(d, "Bổ sung, điều chỉnh Báo cáo số 488/BC-TĐC ngày 28/10/2026 về kết quả thực hiện\nKế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, center=True)
    para(d, "Kính gửi: Giám đốc Sở Khoa học và Công nghệ.", center=True)
    para(d, "Ngày 28/10/2026, Chi cục Tiêu chuẩn Đo lường Chất lượng đã có Báo cáo số 488/BC-TĐC về kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Sau khi đối chiếu với số liệu chốt của các phòng chuyên môn ngày 04/11/2026, Chi cục báo cáo bổ sung, điều chỉnh như sau:")
    para(d, "I. NỘI DUNG BỔ SUNG", bold=True, indent=False)
    c_item(d, "1. Cải tiến Hệ thống thông tin giải quyết thủ tục hành chính, kết nối Cổng thông tin một cửa quốc gia",
           "Chi cục đã phối hợp Văn phòng Sở, Phòng Chuyển đổi số đề xuất Bộ Khoa học và Công nghệ 06 nội dung cải tiến chức năng tiếp nhận hồ sơ đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu; việc kết nối liên thông với Cổng thông tin một cửa quốc gia đã thực hiện xong từ tháng 3/2026.",
           "đã hoàn thành")
    c_item(d, "2. Đào tạo, tập huấn cho sinh viên các trường đại học, cao đẳng",
           "Phối hợp Trường Cao đẳng Kỹ thuật Cao Thắng và Trường Đại học Công nghiệp Thành phố Hồ Chí Minh tổ chức 03 lớp tập huấn về mã số, mã vạch, truy xuất nguồn gốc và nhãn hàng hóa cho 245 sinh viên; dự kiến tổ chức thêm 01 lớp trong tháng 12/2026.",
           "đang thực hiện")
    c_item(d, "3. Phối hợp với Tổ chức Năng suất Châu Á (APO)",
           "Trong kỳ báo cáo, Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia không có yêu cầu phối hợp đối với Thành phố.",
           "không phát sinh")
    para(d, "II. NỘI DUNG ĐIỀU CHỈNH", bold=True, indent=False)
    c_item(d, "1. Tại điểm 1.1 Báo cáo số 488/BC-TĐC (tập huấn văn bản quy phạm pháp luật cho tổ chức, doanh nghiệp)",
           "Số lớp tập huấn đã ghi là 05 lớp, số đúng là 06 lớp (chưa tính lớp tổ chức tại đặc khu Côn Đảo ngày 25/9/2026); số lượt người tham dự sửa 420 lượt thành 512 lượt.",
           "đã hoàn thành")
    c_item(d, "2. Tại điểm 5.1 Báo cáo số 488/BC-TĐC (kiểm tra nhà nước về tiêu chuẩn, đo lường, chất lượng)",
           "Số cuộc kiểm tra sửa 12 cuộc thành 15 cuộc; số cơ sở được kiểm tra là 96 cơ sở (giữ nguyên); số cơ sở vi phạm sửa 11 thành 14 cơ sở; tổng số tiền xử phạt vi phạm hành chính số đúng là 186.250.000 đồng (Báo cáo số 488 ghi 168.250.000 đồng do nhầm vị trí chữ số).",
           "đang thực hiện")
    c_item(d, "3. Tại điểm 5.2 Báo cáo số 488/BC-TĐC (khảo sát chất lượng sản phẩm, hàng hóa)",
           "Số mẫu khảo sát sửa 150 mẫu thành 145 mẫu (05 mẫu bị hủy do không đủ lượng thử nghiệm); kinh phí đã sử dụng số đúng là 212,4 triệu đồng.",
           "đang thực hiện")
    para(d, "III. NỘI DUNG ĐỀ NGHỊ RÚT LẠI", bold=True, indent=False)
    para(d, "Đề nghị không tổng hợp số liệu \"03 doanh nghiệp được hướng dẫn tham dự Giải thưởng Chất lượng Quốc gia\" tại điểm 1.2 Báo cáo số 488/BC-TĐC, do trùng với số doanh nghiệp đã báo cáo tại điểm 2.2 (hoạt động Giải thưởng Chất lượng Quốc gia).")
    para(d, "IV. KHÓ KHĂN, ĐỀ XUẤT BỔ SUNG", bold=True, indent=False)
    dif = ["Kinh phí thực hiện Kế hoạch chưa được bổ sung sau khi điều chỉnh dự toán giữa năm, ảnh hưởng đến việc lấy mẫu khảo sát Quý IV."]
    pro = ["Đề nghị Sở cho phép điều chỉnh thời gian xây dựng quy chuẩn kỹ thuật địa phương sang Quý I/2027."]
    para(d, "1. Khó khăn: " + dif[0])
    para(d, "2. Đề xuất: " + pro[0])
    para(d, "Các nội dung khác thực hiện theo Báo cáo số 488/BC-TĐC ngày 28/10/2026. Chi cục kính báo cáo Giám đốc Sở./.")
    signature(d, ["- Như trên;", "- Ban Giám đốc Sở;", "- Lưu: VT, QLĐL (Phúc)."], ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"], "Lê Văn Phúc")
    d.save(os.path.join(OUT, f))
    key(f, "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "512/BC-TĐC", "2026-11-06", [
        ("II.2.h", "completed", {}, "Đề xuất 06 nội dung cải tiến hệ thống TTHC; kết nối Cổng một cửa quốc gia xong từ tháng 3/2026."),
        ("II.3.d", "in_progress", {"training_courses": 3, "participants": 245}, "03 lớp tập huấn cho 245 sinh viên; đang thực hiện."),
        ("II.6.b", "not_applicable", {}, "Không có yêu cầu phối hợp APO; không phát sinh."),
        ("II.1.a", "completed", {"training_courses": 6, "participants": 512}, "Số đúng 06 lớp tập huấn, 512 lượt người."),
        ("II.5.a", "in_progress", {"inspections": 15, "establishments_inspected": 96, "violations": 14, "fines_vnd": 186250000},
         "Kiểm tra 15 cuộc, 96 cơ sở, 14 vi phạm, 186.250.000 đồng (số đã điều chỉnh)."),
        ("II.5.b", "in_progress", {"samples_tested": 145, "budget_spent_vnd": 212400000}, "Khảo sát 145 mẫu, kinh phí 212,4 triệu đồng."),
    ], dif, pro)


def c2_vanphong():
    f = "SKHCN-VP-bc-ct38-2026.docx"
    d = new_doc()
    header(d, ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "VĂN PHÒNG SỞ"], "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026", "1874/BC-VP", bold_left_rows=1)
    para(d, "BÁO CÁO", bold=True, center=True, size=14)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\n(phần việc Văn phòng Sở chủ trì, phối hợp)", bold=True, center=True)
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", center=True)
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    c_item(d, "1. Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở",
           "Văn phòng Sở phối hợp Chi cục duy trì, cải tiến hệ thống quản lý chất lượng; cập nhật 14 quy trình giải quyết thủ tục hành chính theo Quyết định công bố mới của Bộ; tổ chức đánh giá nội bộ tại các phòng, đơn vị và họp xem xét của lãnh đạo ngày 16/10/2026.",
           "đã hoàn thành")
    c_item(d, "2. Phối hợp cải tiến Hệ thống thông tin giải quyết thủ tục hành chính",
           "Văn phòng Sở tiếp nhận, luân chuyển hồ sơ đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu qua hệ thống; phối hợp rà soát lỗi đồng bộ trạng thái hồ sơ với Cổng dịch vụ công quốc gia.",
           "đang thực hiện")
    c_item(d, "3. Phối hợp đầu tư cơ sở vật chất, trang thiết bị cho đơn vị sự nghiệp",
           "Phối hợp thẩm định dự toán mua sắm thiết bị thử nghiệm cho Trung tâm Dịch vụ Phân tích thí nghiệm; đến ngày 25/10/2026 đã giải ngân 2,35 tỷ đồng.",
           "đang thực hiện")
    c_item(d, "4. Khen thưởng, bảo vệ người tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng",
           "Trong kỳ, Văn phòng Sở không nhận được đề nghị khen thưởng hay yêu cầu bảo vệ người tố giác.",
           "không phát sinh")
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    dif = ["Hệ thống quản lý văn bản và hệ thống dịch vụ công chưa liên thông hoàn toàn, cán bộ phải nhập lại một số thông tin hồ sơ."]
    pro = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng thống nhất một mẫu biểu báo cáo để các phòng, đơn vị tránh báo cáo trùng lặp."]
    para(d, dif[0])
    para(d, "III. ĐỀ XUẤT", bold=True, indent=False)
    para(d, pro[0])
    signature(d, ["- Như trên;", "- Lưu: VT, HC."], ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"], "Đặng Thị Mỹ Linh")
    d.save(os.path.join(OUT, f))
    key(f, "SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ", "1874/BC-VP", "2026-10-29", [
        ("II.2.đ", "completed", {}, "Duy trì, cải tiến HTQLCL TCVN ISO 9001:2015; đã hoàn thành."),
        ("II.2.h", "in_progress", {}, "Tiếp nhận, luân chuyển hồ sơ qua hệ thống; đang thực hiện."),
        ("II.4.a", "in_progress", {"budget_spent_vnd": 2350000000}, "Đã giải ngân 2,35 tỷ đồng mua sắm thiết bị."),
        ("II.5.d", "not_applicable", {}, "Không phát sinh khen thưởng, bảo vệ người tố giác."),
    ], dif, pro)


def c3_qlkh():
    f = "SKHCN-QLKH-bc-bo-sung-233.docx"
    d = new_doc()
    header(d, ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG QUẢN LÝ KHOA HỌC"], "Thành phố Hồ Chí Minh, ngày 05 tháng 11 năm 2026", "233/BC-QLKH", bold_left_rows=1)
    para(d, "BÁO CÁO BỔ SUNG", bold=True, center=True, size=14)
    para(d, "Báo cáo số 219/BC-QLKH ngày 27/10/2026 về kết quả thực hiện\nKế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, center=True)
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", center=True)
    para(d, "Phòng Quản lý Khoa học báo cáo bổ sung, điều chỉnh một số nội dung tại Báo cáo số 219/BC-QLKH ngày 27/10/2026 như sau:")
    para(d, "I. NỘI DUNG BỔ SUNG", bold=True, indent=False)
    c_item(d, "1. Thu hút chuyên gia, nhà khoa học lĩnh vực tiêu chuẩn, đo lường, chất lượng",
           "Phòng đã tiếp nhận 02 hồ sơ đề nghị thu hút chuyên gia lĩnh vực đo lường theo Quyết định số 05/2026/QĐ-UBND; đang phối hợp Sở Nội vụ thẩm định.",
           "đang thực hiện")
    c_item(d, "2. Khóa bồi dưỡng chuyên sâu về năng suất, chất lượng",
           "Phối hợp Chi cục tổ chức 01 khóa bồi dưỡng chuyên sâu về công cụ cải tiến năng suất (Lean, Kaizen, 5S) cho 48 học viên là cán bộ doanh nghiệp, kết thúc ngày 19/9/2026.",
           "đã hoàn thành")
    para(d, "II. NỘI DUNG ĐIỀU CHỈNH", bold=True, indent=False)
    c_item(d, "1. Tại điểm 2 Báo cáo số 219/BC-QLKH (nhiệm vụ nâng cao năng suất, chất lượng theo Chương trình 1322)",
           "Số doanh nghiệp được hỗ trợ sửa 18 doanh nghiệp thành 21 doanh nghiệp; kinh phí hỗ trợ đã giải ngân số đúng là 1,26 tỷ đồng (không phải 1,62 tỷ đồng).",
           "đang thực hiện")
    para(d, "III. NỘI DUNG ĐỀ NGHỊ RÚT LẠI", bold=True, indent=False)
    para(d, "Không.")
    para(d, "Ngoài các nội dung trên, Phòng không có khó khăn, đề xuất phát sinh thêm so với Báo cáo số 219/BC-QLKH./.")
    signature(d, ["- Như trên;", "- Lưu: QLKH."], ["TRƯỞNG PHÒNG"], "Võ Thanh Bình")
    d.save(os.path.join(OUT, f))
    key(f, "SKHCN-QLKH", "Phòng Quản lý Khoa học", "233/BC-QLKH", "2026-11-05", [
        ("II.3.c", "in_progress", {}, "Tiếp nhận 02 hồ sơ thu hút chuyên gia; đang thực hiện."),
        ("II.3.b", "completed", {"training_courses": 1, "participants": 48}, "01 khóa bồi dưỡng chuyên sâu về năng suất cho 48 học viên."),
        ("II.2.a", "in_progress", {"enterprises_supported": 21, "budget_spent_vnd": 1260000000}, "21 doanh nghiệp được hỗ trợ, giải ngân 1,26 tỷ đồng."),
    ], [], [])


def c4_cds():
    f = "SKHCN-CDS-bc-ct38.docx"
    d = new_doc()
    header(d, ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG CHUYỂN ĐỔI SỐ"], "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026", "402/BC-CĐS", bold_left_rows=1)
    para(d, "BÁO CÁO", bold=True, center=True, size=14)
    para(d, "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, center=True)
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", center=True)
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    c_item(d, "1. Kết nối liên thông với Cổng thông tin một cửa quốc gia",
           "Phòng phối hợp Chi cục, Văn phòng Sở hoàn thành cấu hình kết nối, đồng bộ hồ sơ đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu giữa Hệ thống thông tin giải quyết thủ tục hành chính và Cổng thông tin một cửa quốc gia.",
           "đã hoàn thành")
    c_item(d, "2. Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng",
           "Đã tích hợp 03 nhóm dữ liệu (phương tiện đo được kiểm định, tổ chức đánh giá sự phù hợp, hồ sơ công bố hợp quy) lên kho dữ liệu dùng chung của Sở; đang chờ Bộ cấp tài khoản kết nối API.",
           "đang thực hiện")
    c_item(d, "3. Thông tin, tuyên truyền trên Cổng thông tin điện tử Sở",
           "Phối hợp đăng tải 15 tin, bài về hoạt động tiêu chuẩn, đo lường, chất lượng và các lớp tập huấn văn bản pháp luật cho doanh nghiệp trên Cổng thông tin điện tử của Sở.",
           "đang thực hiện")
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    dif = ["Dữ liệu về tiêu chuẩn, đo lường, chất lượng của Chi cục còn lưu trữ phân tán trên nhiều phần mềm, chưa được chuẩn hóa."]
    pro = ["Đề nghị Bộ Khoa học và Công nghệ sớm ban hành tài liệu hướng dẫn kết nối API với Cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng."]
    para(d, dif[0])
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    para(d, pro[0])
    signature(d, ["- Như trên;", "- Lưu: CĐS."], ["TRƯỞNG PHÒNG"], "Huỳnh Quốc Việt")
    d.save(os.path.join(OUT, f))
    key(f, "SKHCN-CDS", "Phòng Chuyển đổi số", "402/BC-CĐS", "2026-10-30", [
        ("II.2.h", "completed", {}, "Hoàn thành kết nối với Cổng thông tin một cửa quốc gia."),
        ("II.2.i", "in_progress", {}, "Tích hợp 03 nhóm dữ liệu; chờ tài khoản kết nối API."),
        ("II.1.a", "in_progress", {"communications": 15}, "Đăng 15 tin, bài trên Cổng thông tin điện tử Sở."),
    ], dif, pro)

# ================================================================ HAND D
# Phạm Thị Ngọc Lan – first reports marked "(lần 1)", items lettered "A. B. C.",
# each figure tagged "(chính thức)" or "(tạm tính)", a promise of a follow-up
# report, and each item closed by "Theo dõi: đã xong / còn tiếp".

def d_item(d, letter, title, body, follow):
    runs(d, [(letter + ". " + title, "b")], indent=False)
    para(d, body)
    runs(d, [("Theo dõi: ", "u"), (follow, "")])


def d1_tangnhonphu():
    f = "26842-bc-lan1-ct38-tang-nhon-phu.docx"
    d = new_doc(size=13)
    header(d, ward_left("Phường", "Tăng Nhơn Phú"), "Tăng Nhơn Phú, ngày 20 tháng 10 năm 2026", "276/BC-UBND")
    para(d, "BÁO CÁO (lần 1)", bold=True, center=True, size=14)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường", bold=True, center=True)
    para(d, "Số liệu tính đến ngày 15/10/2026. Các số liệu ghi \"(tạm tính)\" là số sơ bộ do chưa có quyết định xử phạt hoặc kết quả thử nghiệm; phường sẽ gửi báo cáo bổ sung số liệu chính thức trước ngày 20/11/2026.", italic=True)
    d_item(d, "A", "Tuyên truyền", "Phường đăng 08 tin, bài (chính thức) trên trang thông tin điện tử và nhóm Zalo các khu phố về quyền lợi người tiêu dùng, đo lường trong mua bán vàng, xăng dầu; phát tờ gấp tại chợ Tăng Nhơn Phú.", "còn tiếp (thường xuyên)")
    d_item(d, "B", "Kiểm tra đo lường tại chợ, cửa hàng vàng bạc, xăng dầu", "Tổ công tác của phường đã kiểm tra 04 cuộc (chính thức) tại 33 cơ sở (tạm tính); phát hiện 03 cơ sở vi phạm (tạm tính), dự kiến xử phạt 9.000.000 đồng (tạm tính, chờ quyết định xử phạt).", "còn tiếp")
    d_item(d, "C", "Cử công chức tập huấn", "Cử 02 lượt công chức (chính thức) tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho công chức cấp xã.", "đã xong")
    d_item(d, "D", "Phối hợp lấy mẫu khảo sát chất lượng xăng dầu", "Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng lấy 12 mẫu xăng (chính thức) tại các cửa hàng trên địa bàn; kết quả thử nghiệm chưa có.", "còn tiếp")
    para(d, "Khó khăn:", bold=True, indent=False)
    dif = ["Số liệu xử phạt phải chờ quyết định của cấp có thẩm quyền nên báo cáo lần 1 chỉ ghi số tạm tính."]
    pro = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cho phép phường gửi số liệu chính thức sau ngày 15/11/2026."]
    para(d, "- " + dif[0])
    para(d, "Đề xuất:", bold=True, indent=False)
    para(d, "- " + pro[0])
    signature(d, ["- Chi cục TĐC;", "- Lưu: VT, KT."], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Phạm Minh Trí")
    d.save(os.path.join(OUT, f))
    key(f, "26842", "Phường Tăng Nhơn Phú", "276/BC-UBND", "2026-10-20", [
        ("II.1.a", "in_progress", {"communications": 8}, "08 tin, bài; còn tiếp (thường xuyên)."),
        ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 33, "violations": 3, "fines_vnd": 9000000},
         "Kiểm tra 04 cuộc, 33 cơ sở, 03 vi phạm, 9.000.000 đồng (tạm tính); còn tiếp."),
        ("II.3.a", "completed", {"participants": 2}, "Cử 02 lượt công chức tập huấn; đã xong."),
        ("II.5.b", "in_progress", {"samples_tested": 12}, "Phối hợp lấy 12 mẫu xăng; còn tiếp."),
    ], dif, pro)


def d2_phuloi_mistaken():
    f = "25750-bc-giam-ngheo-9t-phu-loi.docx"
    d = new_doc(size=13)
    header(d, ward_left("Phường", "Phú Lợi"), "Phú Lợi, ngày 21 tháng 10 năm 2026", "281/BC-UBND")
    para(d, "BÁO CÁO (lần 1)", bold=True, center=True, size=14)
    para(d, "Kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững 9 tháng đầu năm 2026", bold=True, center=True)
    para(d, "Số liệu tính đến ngày 30/9/2026. Các số liệu ghi \"(tạm tính)\" sẽ được cập nhật sau kỳ rà soát hộ nghèo cuối năm.", italic=True)
    d_item(d, "A", "Rà soát hộ nghèo, hộ cận nghèo", "Toàn phường còn 46 hộ nghèo (tạm tính) và 112 hộ cận nghèo (chính thức) theo chuẩn nghèo đa chiều của Thành phố.", "còn tiếp")
    d_item(d, "B", "Hỗ trợ vay vốn", "Phối hợp Phòng giao dịch Ngân hàng Chính sách xã hội giải ngân cho 38 hộ vay (chính thức), tổng dư nợ 2,1 tỷ đồng.", "còn tiếp")
    d_item(d, "C", "Hỗ trợ nhà ở, bảo hiểm y tế", "Hỗ trợ sửa chữa 03 căn nhà (chính thức); cấp 158 thẻ bảo hiểm y tế (chính thức) cho thành viên hộ nghèo, cận nghèo.", "đã xong")
    d_item(d, "D", "Đào tạo nghề, giải quyết việc làm", "Giới thiệu việc làm cho 27 lao động (tạm tính) thuộc hộ nghèo, cận nghèo.", "còn tiếp")
    para(d, "Khó khăn:", bold=True, indent=False)
    para(d, "- Một số hộ nghèo thuộc diện già yếu, không có khả năng lao động nên khó thoát nghèo bền vững.")
    signature(d, ["- Phòng Văn hóa - Xã hội;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Ngô Thị Hồng")
    d.save(os.path.join(OUT, f))
    key(f, "25750", "Phường Phú Lợi", "281/BC-UBND", "2026-10-21", [], [], [], status="rejected",
        reason="Báo cáo kết quả giảm nghèo bền vững 9 tháng năm 2026, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")


def d3_gddt():
    f = "SO-GDDT-bc-lan1-ct38.docx"
    d = new_doc(size=13)
    header(d, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"], "Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026", "3980/SGDĐT-KHTC", bold_left_rows=1)
    para(d, "BÁO CÁO (lần 1)", bold=True, center=True, size=14)
    para(d, "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của ngành Giáo dục và Đào tạo", bold=True, center=True)
    para(d, "Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng).", center=True)
    para(d, "Số liệu tổng hợp từ báo cáo của các trường đến ngày 25/10/2026; số liệu \"(tạm tính)\" do còn 04 trường chưa gửi báo cáo, Sở sẽ bổ sung trong báo cáo lần 2.", italic=True)
    d_item(d, "A", "Đưa nội dung tiêu chuẩn, đo lường, chất lượng vào hoạt động ngoại khóa của các trường trung cấp", "Các trường trung cấp trực thuộc Sở lồng ghép nội dung về tiêu chuẩn, mã số mã vạch, nhãn hàng hóa vào sinh hoạt chuyên đề, thu hút 1.850 lượt học sinh, sinh viên (tạm tính).", "còn tiếp")
    d_item(d, "B", "Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở", "Sở đã cập nhật hệ thống tài liệu, đánh giá nội bộ và công bố lại hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 ngày 12/8/2026.", "đã xong")
    d_item(d, "C", "Cử công chức tham gia tập huấn", "Cử 06 lượt công chức (chính thức) các phòng Kế hoạch - Tài chính, Giáo dục nghề nghiệp tham dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức.", "đã xong")
    d_item(d, "D", "Phối hợp kiểm tra chất lượng đồ chơi trẻ em, thiết bị dạy học", "Phối hợp đoàn kiểm tra liên ngành 02 cuộc (chính thức) tại 14 cơ sở (tạm tính) cung ứng đồ chơi, thiết bị dạy học cho các trường mầm non, tiểu học.", "còn tiếp")
    para(d, "Khó khăn:", bold=True, indent=False)
    dif = ["Nội dung tiêu chuẩn, đo lường, chất lượng chưa có trong chương trình chính khóa nên các trường khó bố trí thời lượng."]
    pro = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cung cấp tài liệu và cử báo cáo viên cho các buổi sinh hoạt ngoại khóa."]
    para(d, "- " + dif[0])
    para(d, "Đề xuất:", bold=True, indent=False)
    para(d, "- " + pro[0])
    signature(d, ["- Như trên;", "- Lưu: VT, KHTC."], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Lâm Hoàng Nam")
    d.save(os.path.join(OUT, f))
    key(f, "SO-GDDT", "Sở Giáo dục và Đào tạo", "3980/SGDĐT-KHTC", "2026-10-31", [
        ("II.3.d", "in_progress", {"participants": 1850}, "1.850 lượt học sinh, sinh viên (tạm tính); còn tiếp."),
        ("II.2.đ", "completed", {}, "Duy trì, công bố lại HTQLCL TCVN ISO 9001:2015; đã xong."),
        ("II.3.a", "completed", {"participants": 6}, "Cử 06 lượt công chức tập huấn; đã xong."),
        ("II.5.a", "in_progress", {"inspections": 2, "establishments_inspected": 14}, "Phối hợp kiểm tra 02 cuộc, 14 cơ sở; còn tiếp."),
    ], dif, pro)

# ================================================================ HAND E
# Đỗ Quang Vinh – department clerk, Excel; a task row carrying the status, figure
# rows below it, and a per-figure column "So với lần gửi trước" ("Không đổi",
# "Tăng 7", "Mới", "Lần đầu") – a resubmitted report repeats everything with deltas.

def e_sheet(ws, parent, unit_up, so, date_txt, title, sub, rows, kk, kn):
    widths = {"A": 6, "B": 58, "C": 14, "D": 10, "E": 22, "F": 18}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = parent
    ws["A2"] = unit_up
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: " + so
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["D1"].font = Font(bold=True)
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["D3"] = date_txt
    ws["D3"].font = Font(italic=True)
    ws["A5"] = title
    ws.merge_cells("A5:F5")
    ws["A5"].font = Font(bold=True, size=13)
    ws["A5"].alignment = Alignment(horizontal="center")
    ws["A6"] = sub
    ws.merge_cells("A6:F6")
    ws["A6"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[6].height = 30
    hdr = ["TT", "Nội dung", "Số lượng", "ĐVT", "So với lần gửi trước", "Tình trạng"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=8, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
        c.alignment = Alignment(horizontal="center", wrap_text=True)
    r = 9
    for tt, task, status, figs in rows:
        for j, v in enumerate([tt, task, None, None, None, status], 1):
            c = ws.cell(row=r, column=j, value=v)
            c.font = Font(bold=True)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
        for lab, val, unit, delta in figs:
            vals = [None, "   - " + lab, val, unit, delta, None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.border = BOX
                if j == 3 and isinstance(v, int):
                    c.number_format = "#,##0"
            r += 1
    r += 1
    ws.cell(row=r, column=2, value="KHÓ KHĂN, VƯỚNG MẮC").font = Font(bold=True)
    r += 1
    for t in kk:
        ws.cell(row=r, column=2, value=t).alignment = Alignment(wrap_text=True)
        r += 1
    ws.cell(row=r, column=2, value="ĐỀ XUẤT, KIẾN NGHỊ").font = Font(bold=True)
    r += 1
    for t in kn:
        ws.cell(row=r, column=2, value=t).alignment = Alignment(wrap_text=True)
        r += 1
    return r


def e1_yte():
    f = "SO-YT-bc-ct38-gui-lai.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "BaoCao"
    kk = ["Việc kiểm định phương tiện đo dùng trong y tế tại các trạm y tế còn chậm do thiếu kinh phí."]
    kn = ["Đề nghị Sở Khoa học và Công nghệ phối hợp hướng dẫn danh mục phương tiện đo nhóm 2 dùng trong lĩnh vực y tế."]
    rows = [
        ("1", "Phối hợp kiểm tra chất lượng, đo lường trang thiết bị y tế, phương tiện đo trong cơ sở khám, chữa bệnh tư nhân", "Đang làm", [
            ("Số cuộc kiểm tra", 5, "cuộc", "Không đổi"), ("Số cơ sở được kiểm tra", 42, "cơ sở", "Tăng 7 (lần trước 35)"),
            ("Số cơ sở vi phạm", 4, "cơ sở", "Không đổi"), ("Tiền xử phạt", 30000000, "đồng", "Mới (lần trước chưa có QĐ)")]),
        ("2", "Góp ý dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế", "Đã xong", [
            ("Số dự thảo QCVN góp ý", 2, "dự thảo", "Không đổi")]),
        ("3", "Cử công chức, viên chức dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng", "Đã xong", [
            ("Số lượt người", 8, "lượt", "Không đổi")]),
        ("4", "Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở Y tế", "Đã xong", []),
    ]
    r = e_sheet(ws, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ Y TẾ", "6120/SYT-NVY", "Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026",
                "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (GỬI LẠI)",
                "Thay thế văn bản số 5931/SYT-NVY ngày 24/10/2026; cột \"So với lần gửi trước\" ghi các thay đổi so với văn bản số 5931",
                rows, kk, kn)
    ws.cell(row=r + 1, column=2, value="Người lập biểu: Đỗ Quang Vinh").font = Font(italic=True)
    wb.save(os.path.join(OUT, f))
    key(f, "SO-YT", "Sở Y tế", "6120/SYT-NVY", "2026-11-02", [
        ("II.5.a", "in_progress", {"inspections": 5, "establishments_inspected": 42, "violations": 4, "fines_vnd": 30000000},
         "Phối hợp kiểm tra 5 cuộc, 42 cơ sở, 4 vi phạm, 30.000.000 đồng; đang làm."),
        ("II.2.e", "completed", {"standards_reviewed": 2}, "Góp ý 2 dự thảo QCVN trang thiết bị y tế."),
        ("II.3.a", "completed", {"participants": 8}, "8 lượt công chức, viên chức dự tập huấn."),
        ("II.2.đ", "completed", {}, "Duy trì HTQLCL TCVN ISO 9001:2015; đã xong."),
    ], kk, kn)


def e2_xaydung_mistaken():
    f = "SO-XD-bc-cchc-quy3.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "BaoCao"
    rows = [
        ("1", "Cải cách thể chế: rà soát văn bản quy phạm pháp luật lĩnh vực xây dựng", "Đã xong", [("Số văn bản được rà soát", 27, "văn bản", "Lần đầu")]),
        ("2", "Cải cách thủ tục hành chính: rà soát, đơn giản hóa TTHC cấp phép xây dựng", "Đang làm", [("Số TTHC được rà soát", 124, "thủ tục", "Lần đầu"), ("Số TTHC đề xuất đơn giản hóa", 11, "thủ tục", "Lần đầu")]),
        ("3", "Cải cách tổ chức bộ máy sau hợp nhất", "Đã xong", []),
        ("4", "Xây dựng chính quyền điện tử: hồ sơ giải quyết trực tuyến toàn trình", "Đang làm", [("Tỷ lệ hồ sơ trực tuyến", 87, "%", "Lần đầu")]),
    ]
    e_sheet(ws, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ XÂY DỰNG", "7705/SXD-VP", "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
            "BÁO CÁO KẾT QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2026", "(Số liệu từ 01/7/2026 đến 30/9/2026)",
            rows, ["Khối lượng hồ sơ cấp phép tăng cao sau sáp nhập, trong khi biên chế chưa được bổ sung."],
            ["Đề nghị Sở Nội vụ sớm thẩm định đề án vị trí việc làm của Sở."])
    wb.save(os.path.join(OUT, f))
    key(f, "SO-XD", "Sở Xây dựng", "7705/SXD-VP", "2026-10-28", [], [], [], status="rejected",
        reason="Báo cáo kết quả cải cách hành chính Quý III/2026, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")


def e3_ttpttn():
    f = "SKHCN-TTPTTN-bc-ct38-2026.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "BaoCao"
    kk = ["Một số thiết bị thử nghiệm đã hết khấu hao, chi phí sửa chữa cao, ảnh hưởng tiến độ trả kết quả."]
    kn = ["Đề nghị Sở ưu tiên bố trí vốn đầu tư năm 2027 cho phòng thử nghiệm điện – điện tử của Trung tâm."]
    rows = [
        ("1", "Đầu tư, hiện đại hóa trang thiết bị thử nghiệm, kiểm định", "Đang làm", [
            ("Kinh phí đã giải ngân", 4680000000, "đồng", "Lần đầu")]),
        ("2", "Duy trì, hiệu chuẩn định kỳ các chuẩn đo lường chính, bảo đảm liên kết chuẩn quốc gia", "Đã xong", []),
        ("3", "Cung cấp dịch vụ kiểm định, hiệu chuẩn, thử nghiệm phục vụ quản lý và doanh nghiệp", "Đang làm", [
            ("Số phương tiện đo được kiểm định, hiệu chuẩn", 18540, "phương tiện", "Lần đầu"),
            ("Số mẫu thử nghiệm", 6215, "mẫu", "Lần đầu")]),
        ("4", "Thử nghiệm mẫu khảo sát chất lượng hàng hóa cho Chi cục TĐC", "Đã xong", [
            ("Số mẫu thử nghiệm", 120, "mẫu", "Lần đầu")]),
    ]
    e_sheet(ws, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH",
            "745/BC-TTPTTN", "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026",
            "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026", "(Số liệu đến ngày 25/10/2026)", rows, kk, kn)
    wb.save(os.path.join(OUT, f))
    key(f, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "745/BC-TTPTTN", "2026-10-29", [
        ("II.4.a", "in_progress", {"budget_spent_vnd": 4680000000}, "Giải ngân 4.680.000.000 đồng đầu tư thiết bị."),
        ("II.4.c", "completed", {}, "Duy trì, hiệu chuẩn định kỳ chuẩn đo lường chính; đã xong."),
        ("II.2.g", "in_progress", {"instruments_verified": 18540, "samples_tested": 6215}, "18.540 phương tiện đo kiểm định, hiệu chuẩn; 6.215 mẫu thử nghiệm."),
        ("II.5.b", "completed", {"samples_tested": 120}, "Thử nghiệm 120 mẫu khảo sát cho Chi cục."),
    ], kk, kn)


def resave(fname):
    src = os.path.join(OUT, fname)
    ext = fname.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, fname), src)
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    for fn in (a1_taynam, a2_nghiathanh, a3_phugiao, b1_congthuong, b2_ktpc, b3_nnmt,
               c1_chicuc, c2_vanphong, c3_qlkh, c4_cds, d1_tangnhonphu, d2_phuloi_mistaken, d3_gddt,
               e1_yte, e2_xaydung_mistaken, e3_ttpttn):
        fn()
    for f in sorted(RESAVE):
        resave(f)
    for f, k in KEYS.items():
        with open(os.path.join(OUT, f), "rb") as fh:
            k["sha256"] = hashlib.sha256(fh.read()).hexdigest()
        with open(os.path.join(OUT, "truth", f + ".json"), "w", encoding="utf-8") as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)
    print(len(KEYS), "files")
