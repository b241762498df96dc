# -*- coding: utf-8 -*-
"""Generator for set 85. Run: python3 gen.py  (writes the files, re-saves two via LibreOffice, writes truth/)."""
import os, io, json, hashlib, zlib, struct, random, subprocess, shutil, datetime, tempfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from content import A, A_MISTAKE, B, C, C_MISTAKE, D

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
random.seed(85)

def vn_date(iso):
    y, m, d = iso.split("-")
    return "ngày %s tháng %s năm %s" % (d, m, y)

def ddmmyyyy(iso):
    y, m, d = iso.split("-")
    return "%s/%s/%s" % (d, m, y)

# ------------------------------------------------------------------ docx helpers
def base_doc(font="Times New Roman", size=13):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    pf = st.paragraph_format
    pf.space_after = Pt(3)
    return doc

def para(doc_or_cell, text="", bold=False, italic=False, align=None, indent=True, size=None, underline=False):
    p = doc_or_cell.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, "j"):
        p.paragraph_format.first_line_indent = Cm(1)
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
        if size:
            r.font.size = Pt(size)
    return p

def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e)
        x.set(qn("w:val"), "nil")
        b.append(x)
    tblPr.append(b)

def cell_lines(cell, lines):
    """lines: list of (text, bold, italic, size)"""
    cell.paragraphs[0].text = ""
    first = True
    for t, b, i, s in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(t)
        r.bold, r.italic = b, i
        r.font.size = Pt(s)

def header_table(doc, up, num, place, iso, left_top="ỦY BAN NHÂN DÂN"):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.columns[0].width = Cm(6.5)
    t.columns[1].width = Cm(9.5)
    cell_lines(t.cell(0, 0), [(left_top, False, False, 12), (up, True, False, 12), ("———", False, False, 10),
                              ("Số: " + num, False, False, 12)])
    cell_lines(t.cell(0, 1), [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False, 12),
                              ("Độc lập - Tự do - Hạnh phúc", True, False, 13), ("———————————", False, False, 10),
                              ("%s, %s" % (place, vn_date(iso)), False, True, 13)])
    return t

def signature(doc, left_lines, right_lines):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    c0.paragraphs[0].text = ""
    p = c0.paragraphs[0]
    r = p.add_run("Nơi nhận:"); r.bold = True; r.italic = True; r.font.size = Pt(12)
    for l in left_lines:
        q = c0.add_paragraph(); q.paragraph_format.space_after = Pt(0)
        rr = q.add_run(l); rr.font.size = Pt(11)
    cell_lines(c1, right_lines)

def png_bytes(w, h, seed):
    rnd = random.Random(seed)
    base = [rnd.randint(60, 200) for _ in range(3)]
    blocks = [(rnd.randint(0, w), rnd.randint(0, h), rnd.randint(20, 90), [rnd.randint(0, 255) for _ in range(3)]) for _ in range(7)]
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            c = [min(255, base[k] + (x + y) // 6) for k in range(3)]
            for bx, by, bs, bc in blocks:
                if bx <= x < bx + bs and by <= y < by + bs // 2 + 10:
                    c = bc
            raw.extend(c)
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))

PLAN_REF = ("Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30/7/2024 "
            "của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026")

# ------------------------------------------------------------------ Hand A
def hand_a(r, mistaken=False):
    doc = base_doc()
    # draft box left in at the top (the officer forgot to remove it)
    p = para(doc, "DỰ THẢO", bold=True, align="r", size=12)
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for e in ("top", "left", "bottom", "right"):
        x = OxmlElement("w:" + e); x.set(qn("w:val"), "single"); x.set(qn("w:sz"), "8"); x.set(qn("w:space"), "2"); x.set(qn("w:color"), "000000")
        bdr.append(x)
    pPr.append(bdr)
    p.paragraph_format.left_indent = Cm(13.2)
    header_table(doc, r["up"], r["num"], r["place"], r["date"])
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    ward = r["uname"].split(" ", 1)[1]
    kind = r["uname"].split(" ", 1)[0].lower()
    if mistaken:
        tp = para(doc, "Kết quả thực hiện Kế hoạch chuyển đổi số năm 2026 của phường (9 tháng đầu năm)", bold=True, align="c")
        para(doc, "Thực hiện Kế hoạch số 25/KH-UBND ngày 15/01/2026 của UBND phường về chuyển đổi số năm 2026, "
             "UBND phường %s báo cáo kết quả 9 tháng đầu năm như sau:" % ward, align="j")
        para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
        its = [("1. Hạ tầng số và trang thiết bị", "100% công chức được trang bị máy tính kết nối mạng; nâng cấp đường truyền Internet tại Bộ phận Một cửa.", "Hoàn thành."),
               ("2. Dịch vụ công trực tuyến", "Tiếp nhận 1.245 hồ sơ trực tuyến toàn trình, đạt tỷ lệ 82% tổng số hồ sơ; 100% kết quả được số hóa.", "Đang thực hiện."),
               ("3. Chuyển đổi số tại chợ", "Vận động 35 tiểu thương chợ Bình Trưng Đông áp dụng thanh toán không dùng tiền mặt bằng mã QR.", "Đang thực hiện."),
               ("4. Tổ công nghệ số cộng đồng", "Kiện toàn 12 tổ công nghệ số cộng đồng tại các khu phố; tổ chức 02 buổi hướng dẫn cài đặt VNeID cho người dân.", "Hoàn thành.")]
        for t, b, s in its:
            para(doc, t, bold=True, indent=False)
            para(doc, b, align="j")
            q = para(doc, "", align="j"); rr = q.add_run("Tình hình thực hiện: "); rr.italic = True; q.add_run(s)
        para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
        para(doc, "- Một bộ phận người dân lớn tuổi chưa quen sử dụng dịch vụ công trực tuyến.", align="j")
        para(doc, "III. KIẾN NGHỊ, ĐỀ XUẤT", bold=True, indent=False)
        para(doc, "- Đề nghị Sở Khoa học và Công nghệ hỗ trợ phường trang bị thêm máy tính tra cứu tại Bộ phận Một cửa.", align="j")
        doc.add_comment(tp.runs, text="Báo cáo này gửi UBND Thành phố theo Công văn về chuyển đổi số, không phải gửi Chi cục.", author="Đỗ Hoàng Nam", initials="ĐHN")
    else:
        tp = para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, "
                  "đo lường, chất lượng năm 2026", bold=True, align="c")
        para(doc, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh", align="c")
        para(doc, PLAN_REF + ", Ủy ban nhân dân %s %s báo cáo kết quả thực hiện như sau:" % (kind, ward), align="j")
        para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
        for it in r["items"]:
            para(doc, it["title"], bold=True, indent=False)
            first = None
            for b in it["body"]:
                bp = para(doc, b, align="j")
                first = first or bp
            q = para(doc, "", align="j"); rr = q.add_run("Tình hình thực hiện: "); rr.italic = True; q.add_run(it["stline"])
            if it.get("comment"):
                doc.add_comment(first.runs, text=it["comment"], author="PCT " + r["signer"], initials="PCT")
        para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
        for d in r["diff"]:
            para(doc, "- " + d, align="j")
        para(doc, "III. KIẾN NGHỊ, ĐỀ XUẤT", bold=True, indent=False)
        for d in r["prop"]:
            para(doc, "- " + d, align="j")
        para(doc, "Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của "
             "Ủy ban nhân dân %s %s./." % (kind, ward), align="j")
        doc.add_comment(tp.runs, text="Chị Hạnh chỉnh xong gửi lại anh xem trước khi trình ký.", author="PCT " + r["signer"], initials="PCT")
    signature(doc, ["- Sở Khoa học và Công nghệ;", "- Chi cục TĐC (để tổng hợp);", "- TT Đảng ủy, TT HĐND phường;", "- Lưu: VT, VHXH(Hạnh)."],
              [("TM. ỦY BAN NHÂN DÂN", True, False, 13), ("KT. CHỦ TỊCH", True, False, 13), ("PHÓ CHỦ TỊCH", True, False, 13),
               ("", False, False, 13), ("", False, False, 13), ("", False, False, 13), (r["signer"], True, False, 13)])
    doc.core_properties.author = "Hanh VHXH"
    doc.save(os.path.join(OUT, r["file"]))

# ------------------------------------------------------------------ Hand B
def hand_b(r):
    doc = base_doc(size=14)
    header_table(doc, r["up"], r["num"], r["place"], r["date"])
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", bold=True, align="c")
    para(doc, "——————", align="c")
    kind, ward = r["uname"].split(" ", 1)[0], r["uname"].split(" ", 1)[1]
    if r["uname"].startswith("Đặc khu"):
        kind, ward = "Đặc khu", r["uname"][8:]
    para(doc, PLAN_REF + ", Ủy ban nhân dân %s %s báo cáo kết quả thực hiện từ đầu năm đến nay như sau:" % (kind.lower(), ward), align="j")
    para(doc, "I. TÌNH HÌNH CHUNG", bold=True, indent=False)
    para(doc, r["situ"], align="j")
    para(doc, "II. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG", bold=True, indent=False)
    for i, it in enumerate(r["items"], 1):
        para(doc, "%d. %s" % (i, it["title"]), bold=True, indent=False)
        for lab, key in (("Cách thức thực hiện: ", "how"), ("Kết quả: ", "res"), ("Đánh giá tiến độ: ", "eva")):
            q = para(doc, "", align="j")
            q.add_run("- ")
            rr = q.add_run(lab); rr.italic = True; rr.bold = (key == "eva")
            q.add_run(it[key])
    para(doc, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for d in r["diff"]:
        para(doc, "- " + d, align="j")
    para(doc, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for d in r["prop"]:
        para(doc, "- " + d, align="j")
    para(doc, "(Kèm theo Phụ lục hình ảnh)", italic=True, indent=False)
    signature(doc, ["- Sở Khoa học và Công nghệ;", "- Chi cục Tiêu chuẩn Đo lường Chất lượng;", "- Lưu: VT, KT."],
              [("TM. ỦY BAN NHÂN DÂN", True, False, 13), ("CHỦ TỊCH", True, False, 13),
               ("", False, False, 13), ("", False, False, 13), ("", False, False, 13), (r["signer"], True, False, 13)])
    # photo annex
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(doc, "PHỤ LỤC HÌNH ẢNH", bold=True, align="c")
    para(doc, "(Kèm theo Báo cáo số %s ngày %s của UBND %s %s)" % (r["num"], ddmmyyyy(r["date"]), kind.lower(), ward), italic=True, align="c")
    for k, cap in enumerate(r["photos"]):
        pp = para(doc, "", align="c")
        pp.add_run().add_picture(io.BytesIO(png_bytes(200, 130, r["uid"] + str(k))), width=Cm(11))
        para(doc, cap, italic=True, align="c", size=12)
    doc.core_properties.author = "Tuan PKT"
    doc.save(os.path.join(OUT, r["file"]))

# ------------------------------------------------------------------ Hand C
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

def c_sheet(ws, r, rows, diff, prop, group):
    ws["A1"] = "HỆ THỐNG QUẢN LÝ VĂN BẢN VÀ HỒ SƠ CÔNG VIỆC"
    ws["A1"].font = Font(name="Arial", size=9, color="666666")
    ws["A2"] = "Đơn vị: UBND " + r["uname"].replace("Xã", "xã").replace("Phường", "phường")
    ws["A3"] = "BÁO CÁO TÌNH HÌNH XỬ LÝ CÔNG VIỆC"
    ws["A3"].font = Font(name="Arial", size=13, bold=True)
    ws.merge_cells("A3:H3"); ws["A3"].alignment = Alignment(horizontal="center")
    ws["A4"] = "Nhóm công việc: " + group
    ws["A5"] = "Từ ngày: 01/01/2026        Đến ngày: " + ddmmyyyy(r["date"])
    ws["A6"] = "Kèm theo Báo cáo số: %s ngày %s" % (r["num"], ddmmyyyy(r["date"]))
    hdr = ["STT", "Mã công việc", "Tên công việc", "Người xử lý", "Hạn xử lý", "Trạng thái", "Kết quả xử lý", "Ý kiến chỉ đạo"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=8, column=j, value=h)
        c.font = Font(name="Arial", size=10, bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E79")
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = BOX
    rr = 9
    for i, x in enumerate(rows, 1):
        d, m, y = x["due"].split("/")
        vals = [i, x["code"], x["name"], x["who"], datetime.datetime(int(y), int(m), int(d)), x["sw"], x["res"], x.get("yk", "")]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=rr, column=j, value=v)
            c.font = Font(name="Arial", size=10)
            c.alignment = Alignment(vertical="top", wrap_text=True)
            c.border = BOX
            if j == 5:
                c.number_format = "dd/mm/yyyy"
        rr += 1
    cnt = {}
    for x in rows:
        cnt[x["sw"]] = cnt.get(x["sw"], 0) + 1
    ws.cell(row=rr, column=3, value="Tổng số: %d công việc (%s)" % (len(rows), "; ".join("%s: %d" % kv for kv in cnt.items()))).font = Font(name="Arial", size=10, italic=True)
    rr += 2
    ws.cell(row=rr, column=2, value="Khó khăn, vướng mắc:").font = Font(name="Arial", size=10, bold=True)
    for d in diff:
        ws.cell(row=rr, column=3, value="- " + d).alignment = Alignment(wrap_text=True); rr += 1
    ws.cell(row=rr, column=2, value="Đề xuất, kiến nghị:").font = Font(name="Arial", size=10, bold=True)
    for d in prop:
        ws.cell(row=rr, column=3, value="- " + d).alignment = Alignment(wrap_text=True); rr += 1
    rr += 1
    ws.cell(row=rr, column=1, value="Ngày xuất: %s    Người xuất: %s" % (r["exported"], rows[0]["who"])).font = Font(name="Arial", size=8, italic=True, color="666666")
    for col, w in zip("ABCDEFGH", (5, 14, 40, 16, 11, 14, 50, 18)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A9"

def hand_c(r, mistaken=False):
    wb = Workbook()
    ws = wb.active
    ws.title = "BaoCao"
    if mistaken:
        rows = [dict(code="CV-2026-0088", name="Kiểm tra ATTP dịp Tết Nguyên đán Bính Ngọ", who="Trần Thị Ngân", due="28/02/2026", sw="Đã xử lý",
                     res="Đoàn liên ngành kiểm tra 03 đợt, 45 cơ sở kinh doanh thực phẩm; nhắc nhở 06 cơ sở."),
                dict(code="CV-2026-0089", name="Tuyên truyền bảo đảm an toàn thực phẩm tại trường học", who="Trần Thị Ngân", due="31/05/2026", sw="Đã xử lý",
                     res="Phát 1.200 tờ rơi; 04 buổi nói chuyện chuyên đề tại trường tiểu học."),
                dict(code="CV-2026-0090", name="Xét nghiệm nhanh thực phẩm tại chợ An Nhơn Tây", who="Nguyễn Văn Lực", due="30/09/2026", sw="Đang xử lý",
                     res="Test nhanh 120 mẫu (hàn the, formol, phẩm màu), 02 mẫu dương tính đã tiêu hủy."),
                dict(code="CV-2026-0091", name="Tháng hành động vì ATTP năm 2026", who="Nguyễn Văn Lực", due="15/05/2026", sw="Đã xử lý",
                     res="Tổ chức lễ phát động, 250 người tham dự.")]
        c_sheet(ws, r, rows, ["Lực lượng làm công tác ATTP cấp xã mỏng, kiêm nhiệm."],
                ["Đề nghị cấp kinh phí mua bộ test nhanh năm 2027."],
                "Kế hoạch bảo đảm an toàn thực phẩm năm 2026 (Sở An toàn thực phẩm)")
    else:
        c_sheet(ws, r, r["rows"], r["diff"], r["prop"], "Kế hoạch thực hiện Chỉ thị 38-CT/TW năm 2026 (Sở KH&CN)")
    # the software's hidden helper sheet with the status list
    h = wb.create_sheet("DM_TrangThai")
    for i, s in enumerate(["Chưa xử lý", "Đang xử lý", "Đã xử lý", "Không phát sinh", "Trả lại"], 1):
        h.cell(row=i, column=1, value=i); h.cell(row=i, column=2, value=s)
    h.sheet_state = "hidden"
    wb.properties.creator = "eOffice"
    wb.save(os.path.join(OUT, r["file"]))

# ------------------------------------------------------------------ Hand D
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"]

def hand_d(r):
    wb = Workbook()
    ws = wb.active
    ws.title = "Bieu01"
    f = lambda **k: Font(name="Times New Roman", size=k.pop("size", 12), **k)
    ws.merge_cells("A1:C1"); ws["A1"] = "UBND " + r["up"]; ws["A1"].font = f(bold=True)
    ws.merge_cells("A2:C2"); ws["A2"] = "Số: " + r["num"]; ws["A2"].font = f()
    ws.merge_cells("D1:G1"); ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = f(bold=True)
    ws.merge_cells("D2:G2"); ws["D2"] = "Độc lập - Tự do - Hạnh phúc"; ws["D2"].font = f(bold=True)
    ws.merge_cells("D3:G3"); ws["D3"] = r["dtext"]; ws["D3"].font = f(italic=True)
    for c in ("A1", "A2", "D1", "D2", "D3"):
        ws[c].alignment = Alignment(horizontal="center")
    ws.merge_cells("A5:G5"); ws["A5"] = "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"
    ws["A5"].font = f(bold=True, size=13); ws["A5"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A6:G6"); ws["A6"] = "(Số liệu từ ngày 01/01/2026 đến ngày báo cáo)"; ws["A6"].font = f(italic=True)
    ws["A6"].alignment = Alignment(horizontal="center")
    hdr = ["TT", "Nội dung", "Đơn vị tính", "Số lượng", "Viết bằng chữ", "Tình hình thực hiện", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=8, column=j, value=h); c.font = f(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for j in range(1, 8):
        c = ws.cell(row=9, column=j, value="(%d)" % j); c.font = f(italic=True, size=10); c.border = BOX
        c.alignment = Alignment(horizontal="center")
    rr = 10
    for gi, g in enumerate(r["groups"]):
        vals = [ROMAN[gi], g["name"], None, None, None, g["sw"], g.get("note")]
        if not g["rows"] and g["st"] == "not_started":
            vals[6] = "Chờ Chi cục hướng dẫn"
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=rr, column=j, value=v); c.border = BOX
            c.font = f(bold=(j in (1, 2)))
            c.alignment = Alignment(vertical="center", wrap_text=True, horizontal="center" if j in (1, 6) else None)
        rr += 1
        for k, (lab, dvt, n, words, _id) in enumerate(g["rows"], 1):
            vals = [k, "- " + lab, dvt, n, words, None, None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=rr, column=j, value=v); c.border = BOX; c.font = f(italic=(j == 5))
                c.alignment = Alignment(vertical="center", wrap_text=True, horizontal="center" if j in (1, 3) else None)
                if j == 4:
                    c.number_format = "#,##0"
            rr += 1
    rr += 1
    ws.cell(row=rr, column=1, value="Khó khăn, vướng mắc:").font = f(bold=True); rr += 1
    for d in r["diff"]:
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=7)
        ws.cell(row=rr, column=1, value="- " + d).alignment = Alignment(wrap_text=True); rr += 1
    ws.cell(row=rr, column=1, value="Kiến nghị:").font = f(bold=True); rr += 1
    for d in r["prop"]:
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=7)
        ws.cell(row=rr, column=1, value="- " + d).alignment = Alignment(wrap_text=True); rr += 1
    rr += 1
    ws.cell(row=rr, column=2, value="Người lập biểu").font = f(bold=True)
    ws.cell(row=rr, column=5, value="TM. ỦY BAN NHÂN DÂN").font = f(bold=True)
    ws.cell(row=rr + 1, column=5, value="KT. CHỦ TỊCH - PHÓ CHỦ TỊCH").font = f(bold=True)
    ws.cell(row=rr + 5, column=2, value=r["maker"]).font = f(bold=True)
    ws.cell(row=rr + 5, column=5, value=r["boss"]).font = f(bold=True)
    for col, w in zip("ABCDEFG", (5, 46, 12, 13, 34, 18, 18)):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    wb.properties.creator = "KeToan"
    wb.save(os.path.join(OUT, r["file"]))

# ------------------------------------------------------------------ LibreOffice re-save
def lo_resave(fname, fmt):
    src = os.path.join(OUT, fname)
    tmp = tempfile.mkdtemp()
    shutil.copy(src, os.path.join(tmp, "in." + fmt))
    outd = os.path.join(tmp, "out"); os.makedirs(outd)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/prof", "--convert-to", fmt,
                    "--outdir", outd, os.path.join(tmp, "in." + fmt)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.copy(os.path.join(outd, "in." + fmt), src)
    shutil.rmtree(tmp)

# ------------------------------------------------------------------ truth
def entries_from(items, textkey):
    out, idx = [], {}
    for it in items:
        t = textkey(it)
        if it["task"] in idx:
            e = idx[it["task"]]
            for k, v in it["ind"].items():
                assert k not in e["indicators"], (it["task"], k)
                e["indicators"][k] = v
            assert e["status"] == it["st"]
            e["text"] += " " + t
        else:
            e = {"task": it["task"], "status": it["st"], "indicators": dict(it["ind"]), "text": t}
            idx[it["task"]] = e
            out.append(e)
    return out

def write_truth(r, entries, status="extracted", reason=None, diff=None, prop=None):
    path = os.path.join(OUT, r["file"])
    h = hashlib.sha256(open(path, "rb").read()).hexdigest()
    t = {"file": r["file"], "sha256": h, "status": status, "reason": reason,
         "unit": {"id": r["uid"], "name": r["uname"]},
         "document": {"number": r["num"], "date": r["date"]},
         "entries": entries, "findings": [], "difficulties": diff or [], "proposals": prop or []}
    json.dump(t, open(os.path.join(TRUTH, r["file"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)

def main():
    for r in A:
        hand_a(r)
    hand_a(A_MISTAKE, mistaken=True)
    for r in B:
        hand_b(r)
    for r in C:
        hand_c(r)
    hand_c(C_MISTAKE, mistaken=True)
    for r in D:
        hand_d(r)
    # two files re-saved through LibreOffice, as offices do
    lo_resave(B[1]["file"], "docx")
    lo_resave(D[1]["file"], "xlsx")
    # truth
    for r in A:
        write_truth(r, entries_from(r["items"], lambda it: " ".join(it["body"])), diff=r["diff"], prop=r["prop"])
    write_truth(A_MISTAKE, [], "rejected", "Không phải báo cáo Kế hoạch CT38: báo cáo kết quả chuyển đổi số năm 2026 của phường.")
    for r in B:
        write_truth(r, entries_from(r["items"], lambda it: it["res"]), diff=r["diff"], prop=r["prop"])
    for r in C:
        write_truth(r, entries_from(r["rows"], lambda it: it["name"] + ": " + it["res"]), diff=r["diff"], prop=r["prop"])
    write_truth(C_MISTAKE, [], "rejected", "Không phải báo cáo Kế hoạch CT38: báo cáo tình hình xử lý công việc về an toàn thực phẩm.")
    for r in D:
        items = []
        for g in r["groups"]:
            items.append(dict(task=g["task"], st=g["st"], ind={x[4]: x[2] for x in g["rows"]},
                              txt=g["name"] + (": " + "; ".join("%s %s %s" % (x[0], "{:,}".format(x[2]).replace(",", "."), x[1].lower()) for x in g["rows"]) if g["rows"] else "")))
        write_truth(r, entries_from(items, lambda it: it["txt"]), diff=r["diff"], prop=r["prop"])

if __name__ == "__main__":
    main()
