# -*- coding: utf-8 -*-
"""Generator for set 98 (former Bình Dương / Bà Rịa – Vũng Tàu wards and communes).
Run: python3 gen.py   -> writes the files into this folder and the keys into truth/."""
import os, json, hashlib, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from specs import FILES, C, P, N, NA, U

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, "truth")
os.makedirs(TRUTH, exist_ok=True)


def dd(iso):
    y, m, d = iso.split("-")
    return y, m, d


def dots(n):
    return f"{n:,}".replace(",", ".")


def z2(n):
    return f"{n:02d}" if n < 10 else str(n)


def place(uname):
    return uname.split(" ", 1)[1]


def kind(uname):
    return uname.split(" ", 1)[0]


# ------------------------------------------------------------------ DOCX helpers
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


def para(d, text="", bold=False, italic=False, align=None, indent=True, size=None, underline=False, space_after=3):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = tblPr.find(qn("w:tblBorders"))
    if b is not None:
        tblPr.remove(b)
    from docx.oxml import OxmlElement
    borders = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def cell_lines(cell, lines, size=13):
    cell.paragraphs[0].text = ""
    first = True
    for txt, bold, italic in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(txt)
        r.bold, r.italic = bold, italic
        r.font.size = Pt(size)


def header_block(d, left, right, widths=(6.5, 9.5)):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
        t.rows[0].cells[i].width = Cm(w)
    cell_lines(t.rows[0].cells[0], left, 12)
    cell_lines(t.rows[0].cells[1], right, 12)


# ------------------------------------------------------------------ Hand B (BR-VT communes, "1.-" numbering, "ngàn đồng")
B_STATUS = {C: "Nội dung này, xã đã thực hiện xong.", P: "Nội dung này, xã đang tiếp tục thực hiện.",
            N: "Nội dung này, xã chưa thực hiện.", NA: "nội dung này không phát sinh."}
B_SIGN = {"26662": "Trần Văn Lượm", "26620": "Nguyễn Thanh Phong", "26575": "Phạm Hữu Nghĩa",
          "26656": "Võ Văn Tám", "26728": "Lê Minh Sang"}


def hand_b(f, path):
    y, m, dday = dd(f["date"])
    d = new_doc()
    P_ = place(f["uname"]).upper()
    header_block(d, [("ỦY BAN NHÂN DÂN", False, False), (f"XÃ {P_}", True, False), ("———", False, False),
                     (f"Số: {f['number']}", False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("———————————", False, False),
                  (f"{place(f['uname'])}, ngày {dday} tháng {m} năm {y}", False, True)])
    para(d)
    if f.get("mistaken"):
        para(d, "BÁO CÁO", bold=True, align="c", space_after=0)
        para(d, "Kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng đầu năm 2026; phương hướng nhiệm vụ Quý IV năm 2026", bold=True, align="c")
        para(d, "Kính gửi: Ban Chỉ huy Phòng thủ dân sự Thành phố.", align="c")
        para(d, "I.- TÌNH HÌNH THIÊN TAI TRÊN ĐỊA BÀN", bold=True, indent=False)
        para(d, "Trong 9 tháng đầu năm 2026, trên địa bàn xã xảy ra 03 đợt mưa lớn kèm lốc xoáy, làm tốc mái 14 căn nhà, ngã đổ 52 cây cao su; ước thiệt hại khoảng 410.000 ngàn đồng. Không có thiệt hại về người.")
        para(d, "II.- KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
        para(d, "1.- Công tác chỉ đạo: UBND xã kiện toàn Ban Chỉ huy Phòng thủ dân sự xã, ban hành Kế hoạch phòng, chống thiên tai năm 2026 và phương án ứng phó theo phương châm “4 tại chỗ”.")
        para(d, "2.- Công tác khắc phục hậu quả: huy động 86 lượt dân quân, đoàn viên giúp dân lợp lại mái nhà, thu dọn cây ngã; trích ngân sách hỗ trợ các hộ bị thiệt hại 42.000 ngàn đồng.")
        para(d, "3.- Diễn tập: tổ chức 01 cuộc diễn tập ứng phó lốc xoáy, sét đánh cấp xã với 120 người tham gia.")
        para(d, "III.- KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
        para(d, "- Trang thiết bị cứu hộ, cứu nạn của xã còn thiếu, chủ yếu là dụng cụ thô sơ.")
        para(d, "IV.- PHƯƠNG HƯỚNG QUÝ IV/2026", bold=True, indent=False)
        para(d, "- Tiếp tục rà soát các hộ dân sống trong khu vực nguy cơ cao; chuẩn bị vật tư, lương thực dự phòng mùa mưa bão.")
    else:
        para(d, "BÁO CÁO", bold=True, align="c", space_after=0)
        para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn xã", bold=True, align="c")
        para(d, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", align="c")
        para(d, f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026 (trước đây xã thực hiện theo hướng dẫn của Sở Khoa học và Công nghệ tỉnh Bà Rịa – Vũng Tàu), Ủy ban nhân dân xã {place(f['uname'])} báo cáo kết quả thực hiện như sau:")
        para(d, "I.- CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", bold=True, indent=False)
        para(d, "UBND xã ban hành Kế hoạch thực hiện trên địa bàn xã, phân công công chức Kinh tế tham mưu, phối hợp Công an xã, Ban quản lý chợ và các ấp triển khai thực hiện.")
        para(d, "II.- KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
        for i, e in enumerate(f["entries"], 1):
            p = d.add_paragraph()
            p.paragraph_format.first_line_indent = Cm(1)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.space_after = Pt(3)
            r = p.add_run(f"{i}.- {e['title']}: ")
            r.bold = True
            p.add_run(e["text"])
        para(d, "III.- KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
        for t in f["difficulties"]:
            para(d, "- " + t)
        para(d, "IV.- ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
        for t in f["proposals"]:
            para(d, "- " + t)
        para(d, f"Trên đây là báo cáo kết quả thực hiện của Ủy ban nhân dân {f['uname']}./.")
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    cell_lines(t.rows[0].cells[0], [("Nơi nhận:", True, True), ("- Như trên;", False, False), ("- TT. Đảng ủy, HĐND xã;", False, False), ("- Lưu: VT.", False, False)], 11)
    for pp in t.rows[0].cells[0].paragraphs:
        pp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    cell_lines(t.rows[0].cells[1], [("KT. CHỦ TỊCH", True, False), ("PHÓ CHỦ TỊCH", True, False), ("", False, False), ("", False, False), (B_SIGN[f["uid"]], True, False)])
    d.save(path)


# ------------------------------------------------------------------ Hand C (Bình Dương, tab-stop mini-biểu)
C_STATUS = {C: "đã hoàn thành.", P: "đang triển khai, tiếp tục thực hiện trong Quý IV/2026.",
            N: "chưa triển khai.", NA: "không phát sinh."}
C_SIGN = {"25747": "Huỳnh Thị Mỹ Dung", "25813": "Đặng Quốc Khánh", "25777": "Nguyễn Văn Út",
          "25771": "Lâm Thị Kim Thoa", "25822": "Trương Công Hậu"}


def tabbed(d, cols, italic=False, underline=False, bold=False):
    p = d.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(1)
    pf.space_after = Pt(0)
    pf.tab_stops.add_tab_stop(Cm(11.5), WD_TAB_ALIGNMENT.RIGHT)
    pf.tab_stops.add_tab_stop(Cm(12.3), WD_TAB_ALIGNMENT.LEFT)
    r = p.add_run("\t".join(cols))
    r.italic, r.underline, r.bold = italic, underline, bold
    r.font.size = Pt(12)
    return p


def hand_c(f, path):
    y, m, dday = dd(f["date"])
    d = new_doc()
    header_block(d, [("UBND THÀNH PHỐ HỒ CHÍ MINH", False, False), (f"ỦY BAN NHÂN DÂN {f['uname'].upper()}", True, False),
                     ("", False, False), (f"Số: {f['number']}", False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("", False, False), (f"{place(f['uname'])}, ngày {dday} tháng {m} năm {y}", False, True)],
                 widths=(7.5, 8.5))
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", space_after=0)
    para(d, "Kết quả triển khai thực hiện Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c")
    para(d, f"Căn cứ Kế hoạch của Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân {kind(f['uname']).lower()} {place(f['uname'])} báo cáo kết quả thực hiện từ đầu năm đến nay như sau:")
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for i, e in enumerate(f["entries"], 1):
        para(d, f"{i}. {e['title']}", bold=True)
        para(d, e["text"])
        if e["figs"]:
            tabbed(d, ["Chỉ tiêu", "Số lượng", "ĐVT"], italic=True, underline=True)
            for ind, v, unit, label in e["figs"]:
                val = dots(v) if ind in ("fines_vnd", "budget_spent_vnd") else z2(v)
                tabbed(d, ["- " + label, val, unit])
        if e["status"] != U:
            para(d, "Đến kỳ báo cáo: " + C_STATUS[e["status"]], italic=True)
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for t in f["difficulties"]:
        para(d, "- " + t)
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for t in f["proposals"]:
        para(d, "- " + t)
    para(d, f"Ủy ban nhân dân {kind(f['uname']).lower()} {place(f['uname'])} báo cáo Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng) tổng hợp./.")
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    cell_lines(t.rows[0].cells[0], [("Nơi nhận:", True, True), ("- Sở KH&CN (Chi cục TĐC);", False, False), ("- Lưu: VT, KT.", False, False)], 11)
    for pp in t.rows[0].cells[0].paragraphs:
        pp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    cell_lines(t.rows[0].cells[1], [("TM. ỦY BAN NHÂN DÂN", True, False), ("KT. CHỦ TỊCH", True, False), ("PHÓ CHỦ TỊCH", True, False), ("", False, False), ("", False, False), (C_SIGN[f["uid"]], True, False)])
    d.save(path)


# ------------------------------------------------------------------ XLSX helpers
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
TNR = "Times New Roman"


def put(ws, ref, v, bold=False, italic=False, center=False, wrap=True, size=12, border=False, fmt=None):
    c = ws[ref]
    c.value = v
    c.font = Font(name=TNR, size=size, bold=bold, italic=italic)
    c.alignment = Alignment(horizontal="center" if center else None, vertical="center", wrap_text=wrap)
    if border:
        c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


# ------------------------------------------------------------------ Hand A (Bình Dương wards, Số lượng | ĐVT | Số tiền)
A_STATUS = {C: "Đã thực hiện xong", P: "Đang thực hiện", N: "Chưa thực hiện", NA: "Không phát sinh", U: None}


def hand_a(f, path):
    y, m, dday = dd(f["date"])
    wb = Workbook()
    ws = wb.active
    ws.title = "Bieu01"
    for col, w in zip("ABCDEFG", (6, 52, 10, 12, 16, 20, 16)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:C1"); ws.merge_cells("D1:G1"); ws.merge_cells("A2:C2"); ws.merge_cells("D2:G2")
    ws.merge_cells("A3:C3"); ws.merge_cells("D3:G3")
    put(ws, "A1", "UBND THÀNH PHỐ HỒ CHÍ MINH", center=True)
    put(ws, "D1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True)
    put(ws, "A2", f"ỦY BAN NHÂN DÂN {f['uname'].upper()}", bold=True, center=True)
    put(ws, "D2", "Độc lập - Tự do - Hạnh phúc", bold=True, center=True)
    put(ws, "A3", f"Số: {f['number']}", center=True)
    put(ws, "D3", f"{place(f['uname'])}, ngày {dday} tháng {m} năm {y}", italic=True, center=True)
    ws.merge_cells("A5:G5"); ws.merge_cells("A6:G6"); ws.merge_cells("A7:G7")
    if f.get("mistaken"):
        put(ws, "A5", "BIỂU KẾT QUẢ CÔNG TÁC BẢO ĐẢM AN TOÀN THỰC PHẨM 9 THÁNG NĂM 2026", bold=True, center=True, size=13)
        put(ws, "A6", "(Theo mẫu của Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh Bình Dương trước đây)", italic=True, center=True)
    else:
        put(ws, "A5", "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026", bold=True, center=True, size=13)
        put(ws, "A6", "(Mẫu biểu số 01 của Sở Khoa học và Công nghệ tỉnh Bình Dương (cũ), phường tiếp tục sử dụng)", italic=True, center=True)
    put(ws, "A7", f"Kèm theo Báo cáo số {f['number']} ngày {dday}/{m}/{y} của UBND {kind(f['uname']).lower()} {place(f['uname'])}", italic=True, center=True)
    hdr = ["STT", "Nội dung", "Số lượng", "ĐVT", "Số tiền (đồng)", "Tình hình thực hiện", "Ghi chú"]
    for i, h in enumerate(hdr):
        put(ws, f"{'ABCDEFG'[i]}9", h, bold=True, center=True, border=True)
    r = 10
    if f.get("mistaken"):
        rows = [("1", "Kiểm tra cơ sở sản xuất, kinh doanh, dịch vụ ăn uống", None, None, None, "Đang thực hiện", True),
                ("1.1", "Số đoàn kiểm tra liên ngành", 6, "đoàn", None, None, False),
                ("1.2", "Cơ sở được kiểm tra", 214, "cơ sở", None, None, False),
                ("1.3", "Cơ sở vi phạm, xử phạt VPHC", 17, "cơ sở", 38500000, None, False),
                ("2", "Tuyên truyền về an toàn thực phẩm", None, None, None, "Đã thực hiện xong", True),
                ("2.1", "Tin, bài, phát thanh", 32, "tin", None, None, False),
                ("2.2", "Ký cam kết bảo đảm ATTP với hộ kinh doanh", 356, "bản", None, None, False),
                ("3", "Ngộ độc thực phẩm", None, None, None, "Không phát sinh", True)]
        put(ws, f"A{r}", "I", bold=True, center=True, border=True); put(ws, f"B{r}", "KẾT QUẢ THỰC HIỆN", bold=True, border=True)
        for c in "CDEFG":
            put(ws, f"{c}{r}", None, border=True)
        r += 1
        for stt, txt, q, u, money, st, bold in rows:
            vals = [stt, txt, q, u, money, st, None]
            for i, v in enumerate(vals):
                put(ws, f"{'ABCDEFG'[i]}{r}", v, bold=bold and i < 2, center=i in (0, 2, 3), border=True,
                    fmt="#,##0" if i == 4 else None)
            r += 1
        difs = ["Một số hộ kinh doanh thức ăn đường phố chưa có giấy cam kết."]
        props = ["Đề nghị bổ sung kinh phí lấy mẫu kiểm nghiệm nhanh."]
    else:
        put(ws, f"A{r}", "I", bold=True, center=True, border=True); put(ws, f"B{r}", "KẾT QUẢ THỰC HIỆN", bold=True, border=True)
        for c in "CDEFG":
            put(ws, f"{c}{r}", None, border=True)
        r += 1
        for i, e in enumerate(f["entries"], 1):
            vals = [str(i), e["title"], None, None, None, A_STATUS[e["status"]], None]
            for k, v in enumerate(vals):
                put(ws, f"{'ABCDEFG'[k]}{r}", v, bold=k < 2, center=k == 0, border=True)
            r += 1
            j = 0
            last = None
            for ind, v, unit, label in e["figs"]:
                if label is None:  # money goes into the previous row's "Số tiền" column
                    put(ws, f"E{last}", v, border=True, fmt="#,##0")
                    continue
                j += 1
                last = r
                vals = [f"{i}.{j}", label, v, unit, None, None, None]
                for k, vv in enumerate(vals):
                    put(ws, f"{'ABCDEFG'[k]}{r}", vv, center=k in (0, 2, 3), border=True,
                        fmt="#,##0" if k == 4 else None)
                r += 1
            if not e["figs"]:
                ws[f"G{r-1}"].value = e["text"] if e["status"] == NA else None
        difs, props = f["difficulties"], f["proposals"]
    for head, items, roman in (("KHÓ KHĂN, VƯỚNG MẮC", difs, "II"), ("KIẾN NGHỊ, ĐỀ XUẤT", props, "III")):
        put(ws, f"A{r}", roman, bold=True, center=True, border=True)
        ws.merge_cells(f"B{r}:G{r}")
        put(ws, f"B{r}", head, bold=True, border=True)
        r += 1
        for t in items:
            put(ws, f"A{r}", "-", center=True, border=True)
            ws.merge_cells(f"B{r}:G{r}")
            put(ws, f"B{r}", t, border=True)
            ws.row_dimensions[r].height = 32
            r += 1
    r += 1
    put(ws, f"B{r}", "NGƯỜI LẬP BIỂU", bold=True, center=True)
    ws.merge_cells(f"E{r}:G{r}")
    put(ws, f"E{r}", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", bold=True, center=True)
    ws.row_dimensions[r].height = 32
    put(ws, f"B{r+4}", "Nguyễn Thị Thu Hà", bold=True, center=True)
    ws.merge_cells(f"E{r+4}:G{r+4}")
    put(ws, f"E{r+4}", {"25942": "Phan Văn Lộc", "25969": "Đỗ Thị Ngọc Hân", "25888": "Bùi Tấn Phát", "25966": "Hồ Văn Đức"}[f["uid"]], bold=True, center=True)
    ws.page_setup.orientation = "landscape"
    ws.freeze_panes = "A10"
    wb.save(path)


# ------------------------------------------------------------------ Hand D (BR-VT wards, units typed into the quantity cell)
D_STATUS = {C: "Hoàn thành", P: "Đang triển khai", N: "Chưa triển khai", NA: "Không phát sinh", U: None}


def d_qty(ind, v, unit):
    if ind in ("fines_vnd", "budget_spent_vnd"):
        tr = v / 1_000_000
        s = (f"{tr:.1f}".rstrip("0").rstrip(".")).replace(".", ",")
        return f"{s} triệu đồng"
    return f"{z2(v)} {unit}"


def hand_d(f, path):
    y, m, dday = dd(f["date"])
    wb = Workbook()
    ws = wb.active
    ws.title = "BC CT38"
    for col, w in zip("ABCDEFG", (5, 46, 30, 8, 16, 17, 18)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:B1"); ws.merge_cells("C1:G1"); ws.merge_cells("A2:B2"); ws.merge_cells("C2:G2")
    ws.merge_cells("A3:B3"); ws.merge_cells("C3:G3")
    put(ws, "A1", "ỦY BAN NHÂN DÂN", center=True)
    put(ws, "A2", f"{f['uname'].upper()}", bold=True, center=True)
    put(ws, "A3", f"Số: {f['number']}", center=True)
    put(ws, "C1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True)
    put(ws, "C2", "Độc lập - Tự do - Hạnh phúc", bold=True, center=True)
    put(ws, "C3", f"{place(f['uname'])}, ngày {dday} tháng {m} năm {y}", italic=True, center=True)
    ws.merge_cells("A4:G4")
    put(ws, "A4", "Mẫu biểu số 02/BC-ĐLCL (ban hành kèm theo Công văn số 1856/SKHCN-TĐC của Sở Khoa học và Công nghệ tỉnh Bà Rịa – Vũng Tàu)", italic=True, size=10)
    ws.merge_cells("A6:G6"); ws.merge_cells("A7:G7")
    put(ws, "A6", "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026", bold=True, center=True, size=13)
    put(ws, "A7", "(Số liệu tính từ 01/01/2026 đến ngày báo cáo)", italic=True, center=True)
    hdr = ["STT", "Nội dung công việc", "Đối tượng", "ĐVT", "Số lượng", "Tiến độ", "Ghi chú"]
    for i, h in enumerate(hdr):
        put(ws, f"{'ABCDEFG'[i]}9", h, bold=True, center=True, border=True)
    r = 10
    for i, e in enumerate(f["entries"], 1):
        vals = [i, e["title"], None, None, None, D_STATUS[e["status"]], None]
        if not e["figs"] and e["text"].rstrip(".") not in D_STATUS.values():
            vals[6] = e["text"]
        for k, v in enumerate(vals):
            put(ws, f"{'ABCDEFG'[k]}{r}", v, bold=k == 1, center=k in (0, 5), border=True)
        r += 1
        for ind, v, unit, label in e["figs"]:
            vals = [None, None, label, None, d_qty(ind, v, unit), None, None]
            for k, vv in enumerate(vals):
                put(ws, f"{'ABCDEFG'[k]}{r}", vv, border=True, center=k == 4)
            r += 1
    r += 1
    for head, items in (("KHÓ KHĂN, VƯỚNG MẮC:", f["difficulties"]), ("KIẾN NGHỊ, ĐỀ XUẤT:", f["proposals"])):
        put(ws, f"B{r}", head, bold=True, wrap=False)
        r += 1
        for n_, t in enumerate(items, 1):
            put(ws, f"A{r}", f"{n_}.", center=True)
            ws.merge_cells(f"B{r}:G{r}")
            put(ws, f"B{r}", t)
            ws.row_dimensions[r].height = 30
            r += 1
    r += 1
    ws.merge_cells(f"E{r}:G{r}")
    put(ws, f"E{r}", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", bold=True, center=True)
    ws.row_dimensions[r].height = 48
    ws.merge_cells(f"E{r+4}:G{r+4}")
    put(ws, f"E{r+4}", {"26506": "Nguyễn Hoàng Long", "26560": "Lê Thị Bích Vân", "26704": "Trịnh Minh Trí"}[f["uid"]], bold=True, center=True)
    ws.page_setup.orientation = "landscape"
    wb.save(path)


def lo_resave(path):
    tmp = tempfile.mkdtemp()
    ext = path.rsplit(".", 1)[1]
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path)
    shutil.rmtree(tmp, ignore_errors=True)


LO_RESAVE = {"26560-baria-bieu-tdc.xlsx"}


def key(f, path):
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    entries = []
    for e in f["entries"]:
        ind = {}
        for i, v, _, _ in e["figs"]:
            ind[i] = ind.get(i, 0) + v
        entries.append({"task": e["task"], "status": e["status"], "indicators": ind,
                        "text": e["title"] if f["hand"] in "AD" else e["text"]})
    mist = f.get("mistaken", False)
    return {"file": f["fname"], "sha256": sha,
            "status": "rejected" if mist else "extracted",
            "reason": f.get("reason") if mist else None,
            "unit": {"id": f["uid"], "name": f["uname"]},
            "document": {"number": f["number"], "date": f["date"]},
            "entries": entries, "findings": [],
            "difficulties": f["difficulties"], "proposals": f["proposals"]}


def main():
    for f in FILES:
        path = os.path.join(HERE, f["fname"])
        {"A": hand_a, "B": hand_b, "C": hand_c, "D": hand_d}[f["hand"]](f, path)
        if f["fname"] in LO_RESAVE:
            lo_resave(path)
        with open(os.path.join(TRUTH, f["fname"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(key(f, path), fh, ensure_ascii=False, indent=2)
        print("wrote", f["fname"])


if __name__ == "__main__":
    main()
