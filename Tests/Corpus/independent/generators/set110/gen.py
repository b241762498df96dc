# -*- coding: utf-8 -*-
"""Generator for set110: 16 report files in 4 hands + answer keys."""
import hashlib, json, os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}


def key(fname, unit_id, unit_name, number, date, entries, diffs, props,
        status="extracted", reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
                       unit={"id": unit_id, "name": unit_name},
                       document={"number": number, "date": date},
                       entries=[dict(task=e["task"], status=e["status"],
                                     indicators=e.get("ind", {}), text=e["text"])
                                for e in entries],
                       findings=[], difficulties=diffs, proposals=props)


# ---------------------------------------------------------------- docx helpers
def base_doc(font="Times New Roman", size=13):
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
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def cell_lines(cell, lines, bold=False, italic_idx=(), center=True, size=None):
    cell.paragraphs[0].text = ""
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(ln)
        r.bold = bold if not isinstance(bold, (list, tuple)) else bold[i]
        r.italic = i in italic_idx
        if size:
            r.font.size = Pt(size)


def header(d, left, right_date, number, ql_lines=True):
    t = d.add_table(rows=2, cols=2)
    no_borders(t)
    cell_lines(t.cell(0, 0), left, bold=[False] + [True] * (len(left) - 1), size=12)
    cell_lines(t.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                              "Độc lập - Tự do - Hạnh phúc"], bold=True, size=12)
    cell_lines(t.cell(1, 0), ["Số: " + number], size=12)
    cell_lines(t.cell(1, 1), [right_date], italic_idx=(0,), size=12)


def para(d, text="", bold=False, italic=False, align=None, indent=True, size=None,
         underline=False):
    p = d.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(3)
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
        if size:
            r.font.size = Pt(size)
    return p


def runs(p, parts):
    """parts: list of (text, style) with style in '', 'b', 'i', 'bi', 'u'."""
    for txt, sty in parts:
        r = p.add_run(txt)
        r.bold = "b" in sty
        r.italic = "i" in sty
        r.underline = "u" in sty
    return p


def signature(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    c = t.cell(0, 0)
    c.paragraphs[0].text = ""
    for i, ln in enumerate(left_lines):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        r = p.add_run(ln)
        r.font.size = Pt(11 if i else 12)
        r.bold = i == 0
        r.italic = i == 0
    cell_lines(t.cell(0, 1), right_lines, bold=True)


def grid_table(d, rows, widths=None, header_bold=True, size=11):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.paragraphs[0].text = ""
            r = c.paragraphs[0].add_run(str(v))
            r.font.size = Pt(size)
            r.bold = header_bold and i == 0
            if i == 0 or (j > 0 and len(str(v)) < 14):
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


# =============================================================== HAND 1 (Chị Thu)
# Inner-city ward culture-society officer: "a/ b/ c/" items, the status after an
# en dash on the item's title line; communications broken down by channel
# (loa / Facebook / Zalo / bảng tin) with a total; small attached table.

def hand1(fname, r):
    d = base_doc()
    header(d, ["ỦY BAN NHÂN DÂN", r["unit_up"]], r["date_text"], r["number"])
    para(d, "BÁO CÁO", bold=True, align="c", indent=False, size=14)
    para(d, r["title"], bold=True, align="c", indent=False)
    para(d, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh", align="c", indent=False)
    para(d, r["intro"], align="j")
    para(d, "1. Kết quả thực hiện", bold=True)
    for it in r["items"]:
        p = para(d, align="j")
        runs(p, [(it["letter"] + "/ " + it["title"], "b"), (" – " + it["st"], "i")])
        for t in it["paras"]:
            para(d, t, align="j")
        if it.get("table"):
            para(d, it["table"][0], italic=True, indent=False)
            grid_table(d, it["table"][1])
    para(d, "2. Khó khăn, vướng mắc", bold=True)
    for x in r["diffs"]:
        para(d, "- " + x, align="j")
    para(d, "3. Kiến nghị, đề xuất", bold=True)
    for x in r["props"]:
        para(d, "- " + x, align="j")
    para(d, r["closing"], align="j")
    signature(d, ["Nơi nhận:", "- Sở KH&CN (qua Chi cục TĐC);", "- TT.ĐU, TT.UBND phường;",
                  "- Lưu: VT, VHXH."], r["signer"])
    d.save(os.path.join(OUT, fname))
    key(fname, r["uid"], r["uname"], r["number"], r["iso"],
        [dict(task=i["task"], status=i["status"], ind=i["ind"], text=" ".join(i["paras"]))
         for i in r["items"]], r["diffs"], r["props"])


H1 = [
 ("27154-bc-ct38-bancco.docx", dict(
   uid="27154", uname="Phường Bàn Cờ", unit_up="PHƯỜNG BÀN CỜ", number="412/BC-UBND",
   date_text="Bàn Cờ, ngày 27 tháng 10 năm 2026", iso="2026-10-27",
   title="Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn phường",
   intro="Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 và đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân phường Bàn Cờ báo cáo kết quả thực hiện từ đầu năm đến ngày 20/10/2026 như sau:",
   items=[
    dict(letter="a", title="Tuyên truyền pháp luật về đo lường, chất lượng cho hộ kinh doanh",
         st="đang tiếp tục thực hiện", task="II.1.a", status="in_progress", ind={"communications": 35},
         paras=["Phường đã tuyên truyền trên loa truyền thanh các khu phố 18 lượt, đăng 06 tin trên trang Facebook của phường và 11 tin trong các nhóm Zalo khu phố, tổng cộng 35 lượt tin, bài. Ngoài ra phường phát tờ rơi về cân đúng, đủ cho tiểu thương tại chợ Bàn Cờ và chợ Vườn Chuối."]),
    dict(letter="b", title="Phối hợp kiểm tra đo lường tại chợ",
         st="đã xong", task="II.5.c", status="completed",
         ind={"inspections": 2, "establishments_inspected": 46, "violations": 4, "fines_vnd": 6000000},
         paras=["Trong tháng 3 và tháng 9/2026, Tổ công tác của phường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 02 cuộc tại chợ Bàn Cờ, chợ Vườn Chuối; kiểm tra 46 hộ kinh doanh có sử dụng cân, phát hiện 04 trường hợp cân sai số vượt mức cho phép, đã lập biên bản và xử phạt tổng số tiền 6.000.000 đồng."]),
    dict(letter="c", title="Cử công chức dự tập huấn nghiệp vụ",
         st="đã xong", task="II.3.a", status="completed", ind={"participants": 3},
         paras=["Phường cử 03 công chức (Phòng Kinh tế, Phòng Văn hóa - Xã hội) dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức ngày 14/5/2026."]),
    dict(letter="d", title="Duy trì hệ thống quản lý chất lượng ISO 9001 tại UBND phường",
         st="đang thực hiện", task="II.2.đ", status="in_progress", ind={},
         paras=["Phường đang rà soát, cập nhật các quy trình ISO 9001:2015 cho các thủ tục hành chính sau khi sắp xếp đơn vị hành chính; dự kiến hoàn thành trong tháng 11/2026."]),
    dict(letter="e", title="Tiếp nhận phản ánh, tố giác về đo lường, chất lượng",
         st="không phát sinh", task="II.5.d", status="not_applicable", ind={},
         paras=["Trong kỳ, phường không nhận được phản ánh, tố giác nào của người dân về lĩnh vực này."]),
   ],
   diffs=["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng, cán bộ phải kiêm nhiệm nhiều việc.",
          "Các chợ trên địa bàn chưa được trang bị cân đối chứng."],
   props=["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ phường 02 cân đối chứng đặt tại chợ Bàn Cờ và chợ Vườn Chuối.",
          "Đề nghị tổ chức thêm lớp tập huấn cho công chức các phường mới sắp xếp."],
   closing="Trên đây là báo cáo của Ủy ban nhân dân phường Bàn Cờ./.",
   signer=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Trần Thị Mỹ Dung"])),
 ("26737-tandinh-bao-cao-tdc.docx", dict(
   uid="26737", uname="Phường Tân Định", unit_up="PHƯỜNG TÂN ĐỊNH", number="287/BC-UBND",
   date_text="Tân Định, ngày 30 tháng 10 năm 2026", iso="2026-10-30",
   title="Về kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Chỉ thị 38-CT/TW)",
   intro="Ủy ban nhân dân phường Tân Định báo cáo kết quả thực hiện các nội dung phường được giao, số liệu tính đến ngày 25/10/2026, cụ thể như sau:",
   items=[
    dict(letter="a", title="Tuyên truyền nhân các ngày kỷ niệm", st="đã hoàn thành",
         task="II.1.a", status="completed", ind={"communications": 21},
         paras=["Nhân Ngày Quyền của người tiêu dùng Việt Nam (15/3) và Ngày Tiêu chuẩn Thế giới (14/10), phường tuyên truyền trên loa khu phố 09 lượt, trang Facebook phường 04 tin, bảng tin khu phố 08 lượt; cộng 21 lượt tuyên truyền."]),
    dict(letter="b", title="Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
         st="đã xong", task="II.1.b", status="completed", ind={"enterprises_supported": 5},
         paras=["Phường gửi thư mời, hướng dẫn 05 doanh nghiệp trên địa bàn tìm hiểu hồ sơ tham dự Giải thưởng Chất lượng Quốc gia năm 2026; có 01 doanh nghiệp đã nộp hồ sơ về Chi cục."]),
    dict(letter="c", title="Kiểm tra nhãn hàng hóa tại cửa hàng", st="đang thực hiện",
         task="II.5.c", status="in_progress",
         ind={"inspections": 3, "establishments_inspected": 14, "violations": 2},
         paras=["Phối hợp Đội Quản lý thị trường kiểm tra 03 cuộc, 14 cửa hàng kinh doanh mỹ phẩm, đồ chơi trẻ em trên đường Hai Bà Trưng, Trần Quang Khải; 02 cửa hàng vi phạm về nhãn hàng hóa, đã chuyển hồ sơ để xử lý theo thẩm quyền."]),
    dict(letter="d", title="Hướng dẫn hộ kinh doanh công bố hợp quy", st="đang tiếp tục",
         task="II.2.d", status="in_progress", ind={"enterprises_supported": 12},
         paras=["Bộ phận Một cửa phường hướng dẫn 12 hộ kinh doanh thực phẩm, nước uống đóng chai về thủ tục công bố hợp quy, công bố sản phẩm."]),
    dict(letter="e", title="Hệ thống quản lý chất lượng ISO 9001", st="đã hoàn thành",
         task="II.2.đ", status="completed", ind={},
         paras=["Phường đã công bố lại Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 ngày 18/8/2026 (Quyết định số 156/QĐ-UBND)."]),
   ],
   diffs=["Hộ kinh doanh nhỏ lẻ thay đổi địa điểm thường xuyên nên khó theo dõi."],
   props=["Đề nghị Sở cung cấp tài liệu tuyên truyền mẫu (video, infographic) để phường đăng tải trên trang Facebook và nhóm Zalo khu phố."],
   closing="Ủy ban nhân dân phường Tân Định kính báo cáo./.",
   signer=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Lê Hoàng Phúc"])),
 ("27343_ChoLon_BC CT38 nam 2026.docx", dict(
   uid="27343", uname="Phường Chợ Lớn", unit_up="PHƯỜNG CHỢ LỚN", number="354/BC-UBND",
   date_text="Chợ Lớn, ngày 26 tháng 10 năm 2026", iso="2026-10-26",
   title="Kết quả triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW năm 2026",
   intro="Căn cứ Kế hoạch của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Chợ Lớn báo cáo như sau:",
   items=[
    dict(letter="a", title="Tuyên truyền, tập huấn cho tiểu thương", st="đang tiếp tục thực hiện",
         task="II.1.a", status="in_progress",
         ind={"communications": 46, "training_courses": 1, "participants": 85},
         paras=["Phát loa tại chợ Bình Tây 24 lượt, trang Facebook phường 07 tin, nhóm Zalo tiểu thương 15 tin; cộng 46 lượt.",
                "Ngày 22/7/2026 phường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 buổi tập huấn về đo lường trong kinh doanh cho 85 tiểu thương."]),
    dict(letter="b", title="Kiểm định cân tại các chợ", st="đợt 1 đã xong, đợt 2 đang làm",
         task="II.5.c", status="in_progress", ind={"instruments_verified": 215},
         paras=["Phường phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng kiểm định 215 cân tại 03 chợ (chi tiết tại bảng kèm theo); có 09 cân không đạt, đã yêu cầu hộ kinh doanh sửa chữa và kiểm định lại."],
         table=("Bảng: số cân được kiểm định tại các chợ (đợt 1)",
                [["STT", "Chợ", "Số cân kiểm định", "Không đạt"],
                 ["1", "Chợ Bình Tây", "132", "5"],
                 ["2", "Chợ Kim Biên", "51", "3"],
                 ["3", "Chợ Xã Tây", "32", "1"],
                 ["", "Cộng", "215", "9"]])),
    dict(letter="c", title="Giải quyết phản ánh của người tiêu dùng", st="đã xử lý xong",
         task="II.5.d", status="completed", ind={"violations": 1, "fines_vnd": 2500000},
         paras=["Tiếp nhận 02 phản ánh về cân thiếu tại chợ Bình Tây; phường đã phối hợp xác minh, 01 trường hợp vi phạm bị xử phạt 2.500.000 đồng."]),
    dict(letter="d", title="Xây dựng ISO 9001 tại UBND phường", st="chưa thực hiện",
         task="II.2.đ", status="not_started", ind={},
         paras=["Phường đang chờ hướng dẫn chung về bộ quy trình ISO cho phường mới nên chưa triển khai."]),
   ],
   diffs=["Số lượng cân của tiểu thương lớn, nhiều cân không rõ nguồn gốc, xuất xứ."],
   props=["Kiến nghị Sở hỗ trợ kinh phí kiểm định cân miễn phí cho tiểu thương tại các chợ truyền thống."],
   closing="Trên đây là báo cáo của UBND phường Chợ Lớn./.",
   signer=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Võ Minh Trí"])),
 ("BC 198 - P.GoVap - CT38.docx", dict(
   uid="26884", uname="Phường Gò Vấp", unit_up="PHƯỜNG GÒ VẤP", number="198/BC-UBND",
   date_text="Gò Vấp, ngày 02 tháng 11 năm 2026", iso="2026-11-02",
   title="Kết quả thực hiện nhiệm vụ về tiêu chuẩn, đo lường, chất lượng năm 2026",
   intro="Ủy ban nhân dân phường Gò Vấp báo cáo kết quả (số liệu đến ngày 31/10/2026) như sau:",
   items=[
    dict(letter="a", title="Tuyên truyền", st="đang tiếp tục",
         task="II.1.a", status="in_progress", ind={"communications": 62},
         paras=["Loa khu phố 30 lượt, trang Facebook phường 08 tin, nhóm Zalo khu phố 22 tin, pa-nô tại trụ sở 02 cái; tổng cộng 62 lượt tin, bài."]),
    dict(letter="b", title="Phối hợp kiểm tra cửa hàng xăng dầu", st="đã xong",
         task="II.5.c", status="completed",
         ind={"inspections": 1, "establishments_inspected": 7},
         paras=["Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 01 cuộc tại 07 cửa hàng xăng dầu trên địa bàn (danh sách kèm theo), không phát hiện vi phạm."],
         table=("Danh sách cửa hàng xăng dầu đã kiểm tra",
                [["STT", "Cửa hàng", "Địa chỉ", "Kết quả"],
                 ["1", "CHXD số 12", "Quang Trung", "Đạt"],
                 ["2", "CHXD Nguyễn Oanh", "Nguyễn Oanh", "Đạt"],
                 ["3", "CHXD Phan Văn Trị", "Phan Văn Trị", "Đạt"],
                 ["4", "CHXD Lê Đức Thọ", "Lê Đức Thọ", "Đạt"],
                 ["5", "CHXD số 27", "Nguyễn Văn Lượng", "Đạt"],
                 ["6", "CHXD Thống Nhất", "Thống Nhất", "Đạt"],
                 ["7", "CHXD Dương Quảng Hàm", "Dương Quảng Hàm", "Đạt"]])),
    dict(letter="c", title="Tập huấn cho công chức", st="đã xong",
         task="II.3.a", status="completed", ind={"participants": 2},
         paras=["Phường cử 02 công chức tham dự hội nghị tập huấn trực tuyến về quản lý đo lường, chất lượng do Chi cục tổ chức ngày 09/6/2026."]),
    dict(letter="d", title="Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia", st="chưa triển khai",
         task="II.1.b", status="not_started", ind={},
         paras=["Phường chưa nhận được hướng dẫn, tài liệu nên chưa tổ chức vận động."]),
   ],
   diffs=["Kinh phí cho công tác tuyên truyền chưa được bố trí riêng."],
   props=["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng gửi kế hoạch kiểm tra sớm để phường chủ động bố trí lực lượng phối hợp."],
   closing="Phường Gò Vấp báo cáo để Sở Khoa học và Công nghệ tổng hợp./.",
   signer=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Nguyễn Thanh Sơn"])),
]


# =============================================================== HAND 2 (Anh Phát)
# Outer-commune economics officer, Excel: one row per task,
# "Việc xã được giao | Xã đã làm | Số lượng | Đánh giá"; "Số lượng" is a short
# text ("2 cuộc; 17 cơ sở; phạt 3 500 000 đ") with spaces as thousands separator;
# statuses "Đã làm xong / Đang làm / Chưa làm / Không có việc"; "Khó khăn:" and
# "Kiến nghị:" rows under the table in column B.

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def hand2(fname, r, mistaken=False):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = r.get("sheet", "BC")
    for col, w in zip("ABCDE", (5, 34, 40, 24, 14)):
        ws.column_dimensions[col].width = w
    ws["A1"] = "UBND " + r["unit_up"]
    ws.merge_cells("A1:B1")
    ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws.merge_cells("C1:E1")
    ws["A2"] = "Số: " + r["number"]
    ws.merge_cells("A2:B2")
    ws["C2"] = "Độc lập - Tự do - Hạnh phúc"
    ws.merge_cells("C2:E2")
    ws["C3"] = r["date_text"]
    ws.merge_cells("C3:E3")
    for c in ("A1", "C1", "C2"):
        ws[c].font = Font(bold=True, name="Times New Roman", size=12)
        ws[c].alignment = Alignment(horizontal="center")
    ws["A2"].alignment = Alignment(horizontal="center")
    ws["C3"].font = Font(italic=True, name="Times New Roman", size=12)
    ws["C3"].alignment = Alignment(horizontal="center")
    ws["A5"] = r["title"]
    ws.merge_cells("A5:E5")
    ws["A5"].font = Font(bold=True, size=13, name="Times New Roman")
    ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[5].height = 34
    ws["A6"] = r["period"]
    ws.merge_cells("A6:E6")
    ws["A6"].alignment = Alignment(horizontal="center")
    ws["A6"].font = Font(italic=True)
    row = 8
    for j, h in enumerate(r["cols"]):
        c = ws.cell(row=row, column=j + 1, value=h)
        c.font = Font(bold=True)
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, it in enumerate(r["items"], 1):
        row += 1
        vals = [i, it["viec"], it["lam"], it["sl"], it["dg"]]
        for j, v in enumerate(vals):
            c = ws.cell(row=row, column=j + 1, value=v)
            c.border = BOX
            c.alignment = Alignment(vertical="top", wrap_text=True,
                                    horizontal="center" if j in (0, 4) else None)
    row += 2
    ws.cell(row=row, column=2, value="Khó khăn:").font = Font(bold=True)
    for x in r["diffs"]:
        row += 1
        ws.cell(row=row, column=2, value="- " + x)
    row += 1
    ws.cell(row=row, column=2, value="Kiến nghị:").font = Font(bold=True)
    for x in r["props"]:
        row += 1
        ws.cell(row=row, column=2, value="- " + x)
    row += 2
    for ln in r["signer"]:
        c = ws.cell(row=row, column=4, value=ln)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center")
        row += 1
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fname))
    if mistaken:
        key(fname, r["uid"], r["uname"], r["number"], r["iso"], [], [], [],
            status="rejected", reason=r["reason"])
    else:
        key(fname, r["uid"], r["uname"], r["number"], r["iso"],
            [dict(task=i["task"], status=i["status"], ind=i["ind"],
                  text=(i["lam"] + ("; " + i["sl"] if i["sl"] else "")).strip())
             for i in r["items"]], r["diffs"], r["props"])


COLS2 = ["STT", "Việc xã được giao (theo KH)", "Xã đã làm", "Số lượng", "Đánh giá"]
H2 = [
 ("27637 Binh Chanh - BC CT38.xlsx", dict(
   uid="27637", uname="Xã Bình Chánh", unit_up="XÃ BÌNH CHÁNH", number="176/BC-UBND",
   date_text="Bình Chánh, ngày 29 tháng 10 năm 2026", iso="2026-10-29",
   title="BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW (TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG) NĂM 2026",
   period="(Kỳ báo cáo: từ 01/01/2026 đến 25/10/2026)", cols=COLS2,
   items=[
    dict(viec="Tuyên truyền pháp luật về TĐC", lam="Phát thanh trên loa các ấp, đăng trang thông tin điện tử xã",
         sl="27 tin bài", dg="Đang làm", task="II.1.a", status="in_progress", ind={"communications": 27}),
    dict(viec="Phối hợp kiểm tra đo lường, chất lượng (xăng dầu, cân)", lam="Phối hợp Chi cục TĐC kiểm tra cây xăng, vựa nông sản trên địa bàn",
         sl="2 cuộc; 17 cơ sở; 3 vi phạm; phạt 3 500 000 đ", dg="Đã làm xong", task="II.5.c", status="completed",
         ind={"inspections": 2, "establishments_inspected": 17, "violations": 3, "fines_vnd": 3500000}),
    dict(viec="Hỗ trợ HTX truy xuất nguồn gốc (Đề án 100)", lam="Hướng dẫn HTX rau an toàn đăng ký mã QR truy xuất nguồn gốc",
         sl="4 HTX", dg="Đang làm", task="II.2.a", status="in_progress", ind={"enterprises_supported": 4}),
    dict(viec="Cử cán bộ dự tập huấn nghiệp vụ", lam="Dự lớp tập huấn của Chi cục TĐC tháng 5/2026",
         sl="2 người", dg="Đã làm xong", task="II.3.a", status="completed", ind={"participants": 2}),
    dict(viec="Khen thưởng, bảo vệ người tố giác vi phạm", lam="", sl="", dg="Không có việc",
         task="II.5.d", status="not_applicable", ind={}),
   ],
   diffs=["Xã rộng, cây xăng và vựa nông sản nằm rải rác, lực lượng kiểm tra mỏng."],
   props=["Đề nghị Chi cục cử cán bộ hướng dẫn nghiệp vụ kiểm tra đo lường cho công chức xã."],
   signer=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Phạm Văn Lộc"])),
 ("CuChi_bc_ct38_2026.xlsx", dict(
   uid="27553", uname="Xã Củ Chi", unit_up="XÃ CỦ CHI", number="203/BC-UBND",
   date_text="Củ Chi, ngày 28 tháng 10 năm 2026", iso="2026-10-28",
   title="BÁO CÁO KẾT QUẢ THỰC HIỆN CT38 NĂM 2026", sheet="Bao cao",
   period="(số liệu đến ngày 20/10/2026)", cols=COLS2,
   items=[
    dict(viec="Tuyên truyền", lam="Loa truyền thanh xã, nhóm Zalo các ấp",
         sl="40 lượt", dg="Đã làm xong", task="II.1.a", status="completed", ind={"communications": 40}),
    dict(viec="Kiểm tra cân tại chợ Củ Chi", lam="Phối hợp kiểm tra đối chứng cân tại chợ",
         sl="1 cuộc; 38 hộ KD; 2 vi phạm; phạt 1 500 000 đ", dg="Đã làm xong", task="II.5.c", status="completed",
         ind={"inspections": 1, "establishments_inspected": 38, "violations": 2, "fines_vnd": 1500000}),
    dict(viec="Hỗ trợ HTX, trang trại áp dụng truy xuất nguồn gốc, tem QR", lam="HTX rau, trang trại bò sữa",
         sl="6 đơn vị", dg="Đang làm", task="II.2.a", status="in_progress", ind={"enterprises_supported": 6}),
    dict(viec="Vận động DN tham gia Giải thưởng CLQG", lam="Chưa có DN đủ điều kiện", sl="",
         dg="Chưa làm", task="II.1.b", status="not_started", ind={}),
    dict(viec="ISO 9001 tại UBND xã", lam="Đang xây dựng lại bộ quy trình sau sắp xếp", sl="",
         dg="Đang làm", task="II.2.đ", status="in_progress", ind={}),
   ],
   diffs=["Chưa có cân đối chứng tại chợ."],
   props=["Đề nghị trang bị 01 cân đối chứng cho chợ Củ Chi.",
          "Đề nghị hỗ trợ kinh phí in tem truy xuất cho HTX."],
   signer=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nguyễn Văn Tám"])),
 ("27658-HiepPhuoc-BC-TDC.xlsx", dict(
   uid="27658", uname="Xã Hiệp Phước", unit_up="XÃ HIỆP PHƯỚC", number="149/BC-UBND",
   date_text="Hiệp Phước, ngày 31 tháng 10 năm 2026", iso="2026-10-31",
   title="BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
   period="(từ 01/01/2026 đến 30/10/2026)", cols=COLS2,
   items=[
    dict(viec="Tuyên truyền", lam="Đăng trên trang thông tin xã, loa ấp", sl="15 tin",
         dg="Đang làm", task="II.1.a", status="in_progress", ind={"communications": 15}),
    dict(viec="Kiểm tra xăng dầu, khí dầu mỏ hóa lỏng (gas)", lam="Phối hợp Chi cục TĐC, Đội QLTT kiểm tra",
         sl="3 cuộc; 11 cơ sở; 1 vi phạm; phạt 7 500 000 đ", dg="Đã làm xong", task="II.5.c", status="completed",
         ind={"inspections": 3, "establishments_inspected": 11, "violations": 1, "fines_vnd": 7500000}),
    dict(viec="Hỗ trợ doanh nghiệp công bố hợp quy", lam="Hướng dẫn doanh nghiệp trong KCN Hiệp Phước",
         sl="9 DN", dg="Đang làm", task="II.2.d", status="in_progress", ind={"enterprises_supported": 9}),
    dict(viec="Dự tập huấn", lam="Cử công chức dự tập huấn của Chi cục", sl="3 người",
         dg="Đã làm xong", task="II.3.a", status="completed", ind={"participants": 3}),
    dict(viec="Phản ánh, tố giác vi phạm", lam="", sl="", dg="Không có việc",
         task="II.5.d", status="not_applicable", ind={}),
   ],
   diffs=["Nhiều kho chứa gas nằm ven sông, khó kiểm soát."],
   props=["Đề nghị Sở phối hợp Sở Công Thương kiểm tra chuyên đề các kho gas trên địa bàn xã."],
   signer=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Đỗ Thị Hồng"])),
]

MISTAKEN = ("27664_CanGio_BC.xlsx", dict(
   uid="27664", uname="Xã Cần Giờ", unit_up="XÃ CẦN GIỜ", number="221/BC-UBND",
   date_text="Cần Giờ, ngày 27 tháng 10 năm 2026", iso="2026-10-27",
   title="BÁO CÁO KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN 10 THÁNG NĂM 2026",
   period="(từ 01/01/2026 đến 25/10/2026)",
   cols=["STT", "Việc xã được giao", "Xã đã làm", "Số lượng", "Đánh giá"],
   items=[
    dict(viec="Kiện toàn Ban Chỉ huy PCTT-TKCN xã", lam="Ban hành quyết định kiện toàn", sl="1 QĐ", dg="Đã làm xong"),
    dict(viec="Phòng chống triều cường", lam="Gia cố bờ bao ấp Long Thạnh, Đồng Hòa", sl="1 250 m", dg="Đang làm"),
    dict(viec="Diễn tập ứng phó bão", lam="Diễn tập cấp xã", sl="1 cuộc; 150 người", dg="Đã làm xong"),
    dict(viec="Kiểm tra neo đậu tàu thuyền", lam="Phối hợp Đồn Biên phòng", sl="46 tàu", dg="Đã làm xong"),
    dict(viec="Di dời dân vùng sạt lở", lam="", sl="", dg="Không có việc"),
   ],
   diffs=["Kinh phí gia cố bờ bao còn thiếu."],
   props=["Đề nghị Thành phố hỗ trợ kinh phí gia cố bờ bao."],
   signer=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lý Văn Bền"],
   reason="Không phải báo cáo Kế hoạch CT38: báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn gửi nhầm"))


# =============================================================== HAND 3 (Anh Hùng)
# Former Bình Dương ward/commune officer: "Kính gửi … (qua Chi cục TĐC)", numbered
# bold task titles, a run-in italic "Kết quả:" and a closing "Tiến độ thực hiện: …"
# line; an attached "BIỂU THỐNG KÊ SỐ LIỆU" with Quý I | Quý II | Quý III | Tháng 10 | Cộng.

def hand3(fname, r):
    d = base_doc(size=14)
    header(d, ["ỦY BAN NHÂN DÂN", r["unit_up"]], r["date_text"], r["number"])
    para(d, "BÁO CÁO", bold=True, align="c", indent=False)
    para(d, r["title"], bold=True, align="c", indent=False)
    para(d, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh (qua Chi cục Tiêu chuẩn Đo lường Chất lượng)",
         align="c", indent=False)
    para(d, "I. TÌNH HÌNH TRIỂN KHAI", bold=True, indent=False)
    para(d, r["intro"], align="j")
    para(d, "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", bold=True, indent=False)
    for i, it in enumerate(r["items"], 1):
        para(d, f"{i}. {it['title']}", bold=True)
        p = para(d, align="j")
        runs(p, [("Kết quả: ", "i"), (it["kq"], "")])
        p = para(d, align="j")
        runs(p, [("Tiến độ thực hiện: ", "i"), (it["td"], "")])
    para(d, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for i, x in enumerate(r["diffs"], 1):
        para(d, f"{i}. {x}", align="j")
    para(d, "IV. KIẾN NGHỊ", bold=True, indent=False)
    for i, x in enumerate(r["props"], 1):
        para(d, f"{i}. {x}", align="j")
    para(d, "(Kèm theo Biểu thống kê số liệu)", italic=True)
    signature(d, ["Nơi nhận:", "- Như trên;", "- Chủ tịch, các PCT UBND phường;", "- Lưu: VT, KT."],
              r["signer"])
    d.add_page_break()
    para(d, "BIỂU THỐNG KÊ SỐ LIỆU", bold=True, align="c", indent=False)
    para(d, f"(Kèm theo Báo cáo số {r['number']})", italic=True, align="c", indent=False)
    grid_table(d, [["TT", "Chỉ tiêu", "ĐVT", "Quý I", "Quý II", "Quý III", "Tháng 10", "Cộng"]] + r["bieu"],
               size=11)
    d.save(os.path.join(OUT, fname))
    key(fname, r["uid"], r["uname"], r["number"], r["iso"],
        [dict(task=i["task"], status=i["status"], ind=i["ind"], text=i["kq"]) for i in r["items"]],
        r["diffs"], r["props"])


H3 = [
 ("25747-ThuDauMot-bc-ct38.docx", dict(
   uid="25747", uname="Phường Thủ Dầu Một", unit_up="PHƯỜNG THỦ DẦU MỘT", number="521/BC-UBND",
   date_text="Thủ Dầu Một, ngày 23 tháng 10 năm 2026", iso="2026-10-23",
   title="Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
   intro="Ngay sau khi nhận được Kế hoạch của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường đã giao Phòng Kinh tế chủ trì, phối hợp các đơn vị liên quan triển khai thực hiện. Kết quả từ ngày 01/01/2026 đến ngày 20/10/2026 như sau:",
   items=[
    dict(title="Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng",
         kq="Đăng tải 22 tin, bài trên trang thông tin điện tử phường và hệ thống truyền thanh khu phố.",
         td="đang tiếp tục thực hiện.", task="II.1.a", status="in_progress", ind={"communications": 22}),
    dict(title="Phối hợp kiểm tra đo lường xăng dầu và cân tại chợ Thủ Dầu Một",
         kq="Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng thực hiện 04 cuộc kiểm tra tại 31 cơ sở; phát hiện 05 cơ sở vi phạm; xử phạt vi phạm hành chính 12.500.000 đồng.",
         td="đã hoàn thành kế hoạch năm.", task="II.5.c", status="completed",
         ind={"inspections": 4, "establishments_inspected": 31, "violations": 5, "fines_vnd": 12500000}),
    dict(title="Hướng dẫn doanh nghiệp áp dụng hệ thống quản lý chất lượng, công bố tiêu chuẩn cơ sở",
         kq="Hướng dẫn 08 doanh nghiệp áp dụng hệ thống quản lý chất lượng ISO 9001, công bố tiêu chuẩn cơ sở.",
         td="đang thực hiện.", task="II.2.d", status="in_progress", ind={"enterprises_supported": 8}),
    dict(title="Áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại UBND phường",
         kq="Phường đã ban hành Quyết định công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 ngày 12/6/2026.",
         td="đã hoàn thành.", task="II.2.đ", status="completed", ind={}),
    dict(title="Cử công chức tham gia tập huấn",
         kq="Cử 04 lượt công chức tham gia các lớp tập huấn nghiệp vụ do Chi cục tổ chức.",
         td="đã hoàn thành.", task="II.3.a", status="completed", ind={"participants": 4}),
   ],
   bieu=[["1", "Tin, bài tuyên truyền", "tin, bài", "5", "6", "7", "4", "22"],
         ["2", "Cuộc kiểm tra", "cuộc", "1", "1", "1", "1", "4"],
         ["3", "Cơ sở được kiểm tra", "cơ sở", "8", "7", "9", "7", "31"],
         ["4", "Cơ sở vi phạm", "cơ sở", "1", "2", "1", "1", "5"],
         ["5", "Tiền xử phạt", "đồng", "2.500.000", "5.000.000", "3.000.000", "2.000.000", "12.500.000"],
         ["6", "Doanh nghiệp được hướng dẫn", "DN", "2", "3", "2", "1", "8"],
         ["7", "Lượt công chức dự tập huấn", "lượt", "0", "3", "1", "0", "4"]],
   diffs=["Phường mới sắp xếp, số lượng cơ sở kinh doanh lớn trong khi công chức phụ trách còn kiêm nhiệm.",
          "Chưa có phần mềm theo dõi cơ sở kinh doanh có sử dụng phương tiện đo."],
   props=["Đề nghị Sở Khoa học và Công nghệ tổ chức tập huấn chuyên sâu về kiểm tra đo lường cho công chức phường.",
          "Đề nghị Chi cục chia sẻ danh sách cơ sở kinh doanh xăng dầu trên địa bàn để phường phối hợp quản lý."],
   signer=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Huỳnh Văn Thành"])),
 ("BC_DiAn_CT38_10thang.docx", dict(
   uid="25942", uname="Phường Dĩ An", unit_up="PHƯỜNG DĨ AN", number="468/BC-UBND",
   date_text="Dĩ An, ngày 28 tháng 10 năm 2026", iso="2026-10-28",
   title="Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng 10 tháng năm 2026",
   intro="Ủy ban nhân dân phường Dĩ An đã ban hành kế hoạch thực hiện trên địa bàn phường, phân công Phòng Kinh tế theo dõi, tổng hợp. Kết quả cụ thể như sau:",
   items=[
    dict(title="Công tác tuyên truyền",
         kq="Đăng tải 31 tin, bài trên trang thông tin điện tử, nhóm Zalo các khu phố và loa truyền thanh.",
         td="đang tiếp tục thực hiện.", task="II.1.a", status="in_progress", ind={"communications": 31}),
    dict(title="Phối hợp kiểm tra xăng dầu, vật liệu xây dựng (thép)",
         kq="Phối hợp 03 cuộc kiểm tra tại 26 cơ sở kinh doanh xăng dầu và thép xây dựng; 03 cơ sở vi phạm, xử phạt 9.000.000 đồng.",
         td="đã hoàn thành.", task="II.5.c", status="completed",
         ind={"inspections": 3, "establishments_inspected": 26, "violations": 3, "fines_vnd": 9000000}),
    dict(title="Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
         kq="Giới thiệu, hướng dẫn 03 doanh nghiệp trong Khu công nghiệp Sóng Thần tìm hiểu tiêu chí, hồ sơ tham dự Giải thưởng.",
         td="đã hoàn thành.", task="II.1.b", status="completed", ind={"enterprises_supported": 3}),
    dict(title="Tiếp nhận, xử lý phản ánh, tố giác về tiêu chuẩn, đo lường, chất lượng",
         kq="Trong kỳ không có phản ánh, tố giác.",
         td="không phát sinh.", task="II.5.d", status="not_applicable", ind={}),
   ],
   bieu=[["1", "Tin, bài tuyên truyền", "tin, bài", "8", "9", "10", "4", "31"],
         ["2", "Cuộc kiểm tra", "cuộc", "1", "1", "1", "0", "3"],
         ["3", "Cơ sở được kiểm tra", "cơ sở", "9", "8", "9", "0", "26"],
         ["4", "Cơ sở vi phạm", "cơ sở", "1", "1", "1", "0", "3"],
         ["5", "Tiền xử phạt", "đồng", "3.000.000", "4.000.000", "2.000.000", "0", "9.000.000"],
         ["6", "Doanh nghiệp được giới thiệu GTCLQG", "DN", "2", "1", "0", "0", "3"]],
   diffs=["Nhiều cơ sở kinh doanh thép xây dựng là hộ cá thể, không thường xuyên có mặt tại địa điểm kinh doanh."],
   props=["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cung cấp tài liệu hướng dẫn nhận biết thép xây dựng không đạt chất lượng."],
   signer=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Trương Công Bình"])),
 ("25813 BenCat - bao cao CT38.docx", dict(
   uid="25813", uname="Phường Bến Cát", unit_up="PHƯỜNG BẾN CÁT", number="302/BC-UBND",
   date_text="Bến Cát, ngày 27 tháng 10 năm 2026", iso="2026-10-27",
   title="Kết quả thực hiện Kế hoạch về tiêu chuẩn, đo lường, chất lượng năm 2026",
   intro="Thực hiện chỉ đạo của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Bến Cát đã triển khai các nội dung được giao; kết quả đến ngày 25/10/2026 như sau:",
   items=[
    dict(title="Tuyên truyền, phổ biến Luật Chất lượng sản phẩm, hàng hóa",
         kq="Tổ chức 01 hội nghị phổ biến Luật Chất lượng sản phẩm, hàng hóa cho 120 đại biểu là chủ doanh nghiệp, hộ kinh doanh; đăng 18 tin, bài trên trang thông tin điện tử phường.",
         td="đã hoàn thành.", task="II.1.a", status="completed",
         ind={"training_courses": 1, "participants": 120, "communications": 18}),
    dict(title="Phối hợp kiểm tra đo lường, chất lượng",
         kq="Phối hợp 02 cuộc kiểm tra tại 15 cơ sở; 02 cơ sở vi phạm, xử phạt 4.000.000 đồng. Quý IV dự kiến phối hợp thêm 01 cuộc.",
         td="đang tiếp tục thực hiện.", task="II.5.c", status="in_progress",
         ind={"inspections": 2, "establishments_inspected": 15, "violations": 2, "fines_vnd": 4000000}),
    dict(title="Hỗ trợ doanh nghiệp công bố hợp quy",
         kq="Hướng dẫn 05 doanh nghiệp trong Khu công nghiệp Mỹ Phước thực hiện công bố hợp quy sản phẩm.",
         td="đang thực hiện.", task="II.2.d", status="in_progress", ind={"enterprises_supported": 5}),
    dict(title="Áp dụng ISO 9001 tại UBND phường",
         kq="Chưa thực hiện, phường đang chờ hướng dẫn chung.",
         td="chưa thực hiện.", task="II.2.đ", status="not_started", ind={}),
   ],
   bieu=[["1", "Hội nghị phổ biến pháp luật", "hội nghị", "0", "1", "0", "0", "1"],
         ["2", "Đại biểu tham dự", "người", "0", "120", "0", "0", "120"],
         ["3", "Tin, bài tuyên truyền", "tin, bài", "4", "5", "6", "3", "18"],
         ["4", "Cuộc kiểm tra", "cuộc", "0", "1", "1", "0", "2"],
         ["5", "Cơ sở được kiểm tra", "cơ sở", "0", "8", "7", "0", "15"],
         ["6", "Cơ sở vi phạm", "cơ sở", "0", "1", "1", "0", "2"],
         ["7", "Tiền xử phạt", "đồng", "0", "1.500.000", "2.500.000", "0", "4.000.000"],
         ["8", "Doanh nghiệp được hướng dẫn", "DN", "1", "2", "1", "1", "5"]],
   diffs=["Lực lượng phối hợp kiểm tra của phường còn mỏng."],
   props=["Đề nghị Sở hướng dẫn phường xây dựng hệ thống ISO 9001 theo mô hình chính quyền hai cấp."],
   signer=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Lâm Quốc Hưng"])),
 ("25777_DauTieng_BC_TDC_2026.docx", dict(
   uid="25777", uname="Xã Dầu Tiếng", unit_up="XÃ DẦU TIẾNG", number="187/BC-UBND",
   date_text="Dầu Tiếng, ngày 30 tháng 10 năm 2026", iso="2026-10-30",
   title="Kết quả thực hiện nhiệm vụ tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn xã",
   intro="Ủy ban nhân dân xã Dầu Tiếng báo cáo kết quả thực hiện từ đầu năm đến ngày 25/10/2026 như sau:",
   items=[
    dict(title="Tuyên truyền",
         kq="Phát 12 tin, bài trên Đài truyền thanh xã về sử dụng cân đúng, đủ trong mua bán mủ cao su, nông sản.",
         td="đang tiếp tục thực hiện.", task="II.1.a", status="in_progress", ind={"communications": 12}),
    dict(title="Phối hợp kiểm tra cân tại chợ Dầu Tiếng và các điểm thu mua mủ cao su",
         kq="Phối hợp 02 cuộc kiểm tra tại 22 cơ sở; phát hiện 01 cơ sở vi phạm, xử phạt 2.000.000 đồng.",
         td="đã hoàn thành.", task="II.5.c", status="completed",
         ind={"inspections": 2, "establishments_inspected": 22, "violations": 1, "fines_vnd": 2000000}),
    dict(title="Hỗ trợ hợp tác xã truy xuất nguồn gốc sản phẩm",
         kq="Hướng dẫn 03 hợp tác xã cây ăn trái đăng ký mã số vùng trồng, tem truy xuất nguồn gốc.",
         td="đang thực hiện.", task="II.2.a", status="in_progress", ind={"enterprises_supported": 3}),
    dict(title="Cử công chức tham gia tập huấn",
         kq="Cử 02 công chức dự tập huấn nghiệp vụ do Chi cục tổ chức.",
         td="đã hoàn thành.", task="II.3.a", status="completed", ind={"participants": 2}),
   ],
   bieu=[["1", "Tin, bài tuyên truyền", "tin, bài", "3", "3", "4", "2", "12"],
         ["2", "Cuộc kiểm tra", "cuộc", "0", "1", "1", "0", "2"],
         ["3", "Cơ sở được kiểm tra", "cơ sở", "0", "10", "12", "0", "22"],
         ["4", "Cơ sở vi phạm", "cơ sở", "0", "0", "1", "0", "1"],
         ["5", "Tiền xử phạt", "đồng", "0", "0", "2.000.000", "0", "2.000.000"],
         ["6", "HTX được hướng dẫn", "HTX", "0", "1", "2", "0", "3"],
         ["7", "Công chức dự tập huấn", "người", "0", "2", "0", "0", "2"]],
   diffs=["Các điểm thu mua mủ cao su hoạt động theo mùa vụ, phân tán trên địa bàn rộng."],
   props=["Đề nghị hỗ trợ xã 01 cân đối chứng đặt tại chợ Dầu Tiếng."],
   signer=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Ngô Văn Dũng"])),
]


# =============================================================== HAND 4 (Chị Hương)
# Former Bà Rịa - Vũng Tàu officer: results grouped by the kind of establishment or
# person managed ("Đối với cửa hàng xăng dầu", "Đối với cân tại chợ hải sản",
# "Đối với doanh nghiệp", "Đối với người dân") with the status in italics after
# the group heading's colon; figures always with "lượt"-style nouns.

def hand4(fname, r):
    d = base_doc(size=13)
    header(d, ["UBND THÀNH PHỐ HỒ CHÍ MINH", r["unit_up"]], r["date_text"], r["number"])
    para(d, "BÁO CÁO", bold=True, align="c", indent=False)
    para(d, r["title"], bold=True, align="c", indent=False)
    para(d, r["intro"], align="j")
    for it in r["items"]:
        p = para(d, align="j")
        runs(p, [(it["head"] + ": ", "b"), (it["st"], "i")])
        for t in it["paras"]:
            para(d, t, align="j")
    if r.get("total"):
        para(d, r["total"], align="j")
    para(d, "Khó khăn, vướng mắc:", bold=True)
    for x in r["diffs"]:
        para(d, "+ " + x, align="j")
    para(d, "Đề xuất, kiến nghị:", bold=True)
    for x in r["props"]:
        para(d, "+ " + x, align="j")
    signature(d, ["Nơi nhận:", "- Sở KH&CN;", "- Chi cục TĐC;", "- Lưu: VT."], r["signer"])
    d.save(os.path.join(OUT, fname))
    ents = {}
    for it in r["items"]:
        if "task" not in it:
            continue
        ents[it["task"]] = dict(task=it["task"], status=it["status"], ind=it["ind"],
                                text=" ".join(it["paras"]))
    for t, ov in r.get("merge", {}).items():
        ents[t].update(ov)
    key(fname, r["uid"], r["uname"], r["number"], r["iso"], list(ents.values()),
        r["diffs"], r["props"])


H4 = [
 ("26506-VungTau-BC-CT38.docx", dict(
   uid="26506", uname="Phường Vũng Tàu", unit_up="ỦY BAN NHÂN DÂN PHƯỜNG VŨNG TÀU", number="633/BC-UBND",
   date_text="Vũng Tàu, ngày 29 tháng 10 năm 2026", iso="2026-10-29",
   title="Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
   intro="Thực hiện Kế hoạch của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Vũng Tàu báo cáo kết quả thực hiện theo từng đối tượng quản lý như sau:",
   items=[
    dict(head="1. Đối với cửa hàng xăng dầu", st="đã hoàn thành",
         paras=["Tổ kiểm tra liên ngành phường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 02 cuộc tại 12 cửa hàng xăng dầu; phát hiện 01 cửa hàng vi phạm về đo lường (cột đo sai số vượt mức cho phép), xử phạt 15.000.000 đồng."],
         task="II.5.c", status="in_progress", ind={}),
    dict(head="2. Đối với cân tại chợ hải sản, bến cá", st="đang thực hiện",
         paras=["Kiểm tra 01 cuộc tại chợ hải sản Bến Đá với 54 hộ kinh doanh; 03 hộ vi phạm, xử phạt 4.500.000 đồng. Cộng hai loại cơ sở: 03 cuộc, 66 cơ sở, 04 trường hợp vi phạm, tiền phạt 19.500.000 đồng; việc kiểm tra cân tại chợ còn tiếp tục trong Quý IV."],
         task="II.5.c", status="in_progress", ind={}),
    dict(head="3. Đối với doanh nghiệp", st="đang thực hiện",
         paras=["Hướng dẫn 07 doanh nghiệp dịch vụ du lịch, chế biến hải sản về ghi nhãn hàng hóa, công bố hợp quy."],
         task="II.2.d", status="in_progress", ind={"enterprises_supported": 7}),
    dict(head="4. Đối với người dân, du khách", st="đang thực hiện",
         paras=["Phát 28 tin trên loa phường, trang thông tin điện tử phường về quyền lợi người tiêu dùng, cân đo đúng, đủ."],
         task="II.1.a", status="in_progress", ind={"communications": 28}),
    dict(head="5. Đối với bộ máy Ủy ban nhân dân phường", st="đã hoàn thành",
         paras=["Phường đã áp dụng, duy trì và công bố Hệ thống quản lý chất lượng TCVN ISO 9001:2015 cho toàn bộ thủ tục hành chính."],
         task="II.2.đ", status="completed", ind={}),
   ],
   merge={"II.5.c": dict(status="in_progress",
                         ind={"inspections": 3, "establishments_inspected": 66, "violations": 4, "fines_vnd": 19500000},
                         text="Kiểm tra 02 cuộc tại 12 cửa hàng xăng dầu, 01 vi phạm, phạt 15.000.000 đồng; kiểm tra 01 cuộc tại chợ hải sản Bến Đá với 54 hộ, 03 hộ vi phạm, phạt 4.500.000 đồng. Cộng: 03 cuộc, 66 cơ sở, 04 trường hợp vi phạm, tiền phạt 19.500.000 đồng; còn tiếp tục trong Quý IV.")},
   diffs=["Hộ kinh doanh tại chợ hải sản thường dùng cân đồng hồ lò xo cũ, khó kiểm soát."],
   props=["Đề nghị Chi cục TĐC tổ chức đợt kiểm định cân miễn phí tại chợ hải sản Bến Đá."],
   signer=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Phan Thị Thu Hương"])),
 ("BC 377 P.BaRia.docx", dict(
   uid="26560", uname="Phường Bà Rịa", unit_up="ỦY BAN NHÂN DÂN PHƯỜNG BÀ RỊA", number="377/BC-UBND",
   date_text="Bà Rịa, ngày 24 tháng 10 năm 2026", iso="2026-10-24",
   title="Về kết quả thực hiện nhiệm vụ tiêu chuẩn, đo lường, chất lượng năm 2026",
   intro="Ủy ban nhân dân phường Bà Rịa báo cáo kết quả thực hiện (số liệu đến 20/10/2026) như sau:",
   items=[
    dict(head="1. Đối với cửa hàng xăng dầu", st="đã hoàn thành",
         paras=["Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 01 cuộc tại 09 cửa hàng xăng dầu; các cửa hàng chấp hành tốt quy định, không có vi phạm."],
         task="II.5.c", status="completed", ind={"inspections": 1, "establishments_inspected": 9}),
    dict(head="2. Đối với hộ kinh doanh tại chợ Bà Rịa", st="đang thực hiện",
         paras=["Tuyên truyền, hướng dẫn sử dụng cân đúng quy định: 16 tin trên loa chợ và nhóm Zalo tiểu thương."],
         task="II.1.a", status="in_progress", ind={"communications": 16}),
    dict(head="3. Đối với doanh nghiệp", st="đã hoàn thành",
         paras=["Vận động 02 doanh nghiệp trên địa bàn đăng ký tham dự Giải thưởng Chất lượng Quốc gia năm 2026."],
         task="II.1.b", status="completed", ind={"enterprises_supported": 2}),
    dict(head="4. Đối với cán bộ, công chức phường", st="đã hoàn thành",
         paras=["Cử 05 lượt công chức dự tập huấn, hội nghị về quản lý tiêu chuẩn, đo lường, chất lượng."],
         task="II.3.a", status="completed", ind={"participants": 5}),
    dict(head="5. Đối với hệ thống quản lý chất lượng của UBND phường", st="chưa thực hiện",
         paras=["Phường chưa xây dựng lại hệ thống ISO 9001 sau sắp xếp, dự kiến thực hiện trong năm 2027."],
         task="II.2.đ", status="not_started", ind={}),
   ],
   diffs=["Phường chưa được bố trí kinh phí riêng cho công tác tiêu chuẩn, đo lường, chất lượng."],
   props=["Đề nghị Sở hướng dẫn, hỗ trợ phường xây dựng lại hệ thống ISO 9001 trong năm 2027."],
   signer=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Đinh Văn Khải"])),
 ("26632_XuyenMoc_bc.docx", dict(
   uid="26632", uname="Xã Xuyên Mộc", unit_up="ỦY BAN NHÂN DÂN XÃ XUYÊN MỘC", number="158/BC-UBND",
   date_text="Xuyên Mộc, ngày 30 tháng 10 năm 2026", iso="2026-10-30",
   title="Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
   intro="Ủy ban nhân dân xã Xuyên Mộc báo cáo kết quả theo từng nhóm đối tượng như sau:",
   items=[
    dict(head="1. Đối với cơ sở thu mua nông sản (tiêu, điều, sầu riêng)", st="đang thực hiện",
         paras=["Phối hợp kiểm tra 02 cuộc tại 19 cơ sở thu mua có sử dụng cân; 02 cơ sở vi phạm, xử phạt 3.000.000 đồng."],
         task="II.5.c", status="in_progress",
         ind={"inspections": 2, "establishments_inspected": 19, "violations": 2, "fines_vnd": 3000000}),
    dict(head="2. Đối với hợp tác xã, trang trại", st="đang thực hiện",
         paras=["Hướng dẫn 04 hợp tác xã áp dụng tem truy xuất nguồn gốc cho sản phẩm tiêu, sầu riêng."],
         task="II.2.a", status="in_progress", ind={"enterprises_supported": 4}),
    dict(head="3. Đối với người dân", st="đã hoàn thành",
         paras=["Phát 20 lượt tin trên loa các ấp về cân đúng, cân đủ trong mua bán nông sản."],
         task="II.1.a", status="completed", ind={"communications": 20}),
    dict(head="4. Đối với phản ánh, tố giác của người dân", st="không phát sinh",
         paras=["Trong kỳ không có phản ánh, tố giác."],
         task="II.5.d", status="not_applicable", ind={}),
    dict(head="5. Đối với công chức xã", st="đã hoàn thành",
         paras=["Cử 02 công chức dự lớp tập huấn nghiệp vụ do Chi cục tổ chức."],
         task="II.3.a", status="completed", ind={"participants": 2}),
   ],
   diffs=["Mùa thu hoạch nông sản, thương lái từ nơi khác đến mua, khó kiểm soát cân."],
   props=["Đề nghị Chi cục hỗ trợ xã 02 cân đối chứng tại các điểm thu mua nông sản tập trung."],
   signer=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Hồ Văn Lực"])),
]


def hand4_xlsx(fname, r):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "BaoCao"
    for col, w in zip("ABCD", (38, 60, 26, 18)):
        ws.column_dimensions[col].width = w
    ws["A1"] = "UBND THÀNH PHỐ HỒ CHÍ MINH"
    ws["A2"] = r["unit_up"]
    ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["C2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["A3"] = "Số: " + r["number"]
    ws["C3"] = r["date_text"]
    for c in ("A2", "C1", "C2"):
        ws[c].font = Font(bold=True)
    ws["C3"].font = Font(italic=True)
    ws["A5"] = r["title"]
    ws["A5"].font = Font(bold=True, size=13)
    ws.merge_cells("A5:D5")
    ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[5].height = 36
    row = 7
    for j, h in enumerate(["Đối tượng", "Việc đã làm", "Số liệu", "Mức độ"]):
        c = ws.cell(row=row, column=j + 1, value=h)
        c.font = Font(bold=True)
        c.border = BOX
        c.alignment = Alignment(horizontal="center")
    for it in r["items"]:
        row += 1
        for j, v in enumerate([it["doi"], it["lam"], it["sl"], it["st"]]):
            c = ws.cell(row=row, column=j + 1, value=v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
    row += 2
    ws.cell(row=row, column=1, value="Khó khăn, vướng mắc:").font = Font(bold=True)
    for x in r["diffs"]:
        row += 1
        ws.cell(row=row, column=1, value="+ " + x)
    row += 1
    ws.cell(row=row, column=1, value="Đề xuất, kiến nghị:").font = Font(bold=True)
    for x in r["props"]:
        row += 1
        ws.cell(row=row, column=1, value="+ " + x)
    row += 2
    for ln in r["signer"]:
        ws.cell(row=row, column=3, value=ln).font = Font(bold=True)
        row += 1
    wb.save(os.path.join(OUT, fname))
    key(fname, r["uid"], r["uname"], r["number"], r["iso"],
        [dict(task=i["task"], status=i["status"], ind=i["ind"],
              text=i["lam"] + ("; " + i["sl"] if i["sl"] else ""))
         for i in r["items"]], r["diffs"], r["props"])


CONDAO = ("26732-ConDao-CT38.xlsx", dict(
   uid="26732", uname="Đặc khu Côn Đảo", unit_up="ỦY BAN NHÂN DÂN ĐẶC KHU CÔN ĐẢO", number="96/BC-UBND",
   date_text="Côn Đảo, ngày 22 tháng 10 năm 2026", iso="2026-10-22",
   title="BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 (theo đối tượng quản lý)",
   items=[
    dict(doi="Đối với cửa hàng xăng dầu", lam="Phối hợp đoàn kiểm tra của Chi cục TĐC kiểm tra các cửa hàng xăng dầu trên đảo, không phát hiện vi phạm",
         sl="01 cuộc; 02 cửa hàng", st="đã hoàn thành", task="II.5.c", status="completed",
         ind={"inspections": 1, "establishments_inspected": 2}),
    dict(doi="Đối với cơ sở lưu trú, nhà hàng", lam="Hướng dẫn niêm yết, ghi nhãn hàng hóa, sử dụng cân đúng quy định",
         sl="11 cơ sở được hướng dẫn", st="đang thực hiện", task="II.2.d", status="in_progress",
         ind={"enterprises_supported": 11}),
    dict(doi="Đối với người dân, du khách", lam="Tuyên truyền trên Đài truyền thanh đặc khu",
         sl="09 tin", st="đang thực hiện", task="II.1.a", status="in_progress", ind={"communications": 9}),
    dict(doi="Đối với công chức đặc khu", lam="Cử công chức dự tập huấn trực tuyến của Chi cục",
         sl="01 người", st="đã hoàn thành", task="II.3.a", status="completed", ind={"participants": 1}),
   ],
   diffs=["Đặc khu cách xa đất liền, đoàn kiểm tra của Chi cục chỉ ra đảo được 01 lần trong năm."],
   props=["Đề nghị Chi cục tổ chức các lớp tập huấn trực tuyến cho công chức đặc khu."],
   signer=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Trần Quốc Bảo"]))


def lo_resave(fname, fmt):
    """Round-trip through LibreOffice, as a real office would."""
    src = os.path.join(OUT, fname)
    with tempfile.TemporaryDirectory() as td:
        tmp_in = os.path.join(td, "in." + fmt)
        shutil.copy(src, tmp_in)
        outd = os.path.join(td, "out")
        subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outd, tmp_in],
                       check=True, capture_output=True, timeout=180)
        shutil.copy(os.path.join(outd, "in." + fmt), src)


def main():
    for f, r in H1:
        hand1(f, r)
    for f, r in H2:
        hand2(f, r)
    hand2(MISTAKEN[0], MISTAKEN[1], mistaken=True)
    for f, r in H3:
        hand3(f, r)
    for f, r in H4:
        hand4(f, r)
    hand4_xlsx(*CONDAO)
    # two files re-saved through LibreOffice
    lo_resave("BC_DiAn_CT38_10thang.docx", "docx")
    lo_resave("CuChi_bc_ct38_2026.xlsx", "xlsx")
    for f, k in KEYS.items():
        with open(os.path.join(OUT, f), "rb") as fh:
            k["sha256"] = hashlib.sha256(fh.read()).hexdigest()
        with open(os.path.join(TRUTH, f + ".json"), "w", encoding="utf-8") as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)
    print(len(KEYS), "files")


if __name__ == "__main__":
    main()
