# -*- coding: utf-8 -*-
"""Generator for set 282 (writes the files and the truth keys; sha256 is filled by finalize.py)."""
import json, os, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from content import *

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # scripts live in set282/.build/
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)


def vdate(iso):
    d = datetime.date.fromisoformat(iso)
    return f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}" if d.month < 3 else f"ngày {d.day:02d} tháng {d.month} năm {d.year}"


def key(f, status="extracted", reason=None, entries=(), diff=(), prop=()):
    return {"file": f["file"], "sha256": None, "status": status, "reason": reason,
            "unit": {"id": f["uid"], "name": f["uname"]},
            "document": {"number": f["number"], "date": f["date"]},
            "entries": list(entries), "findings": [],
            "difficulties": list(diff), "proposals": list(prop)}


def write_key(k):
    with open(os.path.join(TRUTH, k["file"] + ".json"), "w", encoding="utf-8") as fh:
        json.dump(k, fh, ensure_ascii=False, indent=2)


# ------------------------------------------------------------------ docx helpers
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
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def cell_lines(cell, lines, bold_idx=(), italic_idx=(), size=None, align=WD_ALIGN_PARAGRAPH.CENTER):
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


def para(d, text="", bold=False, italic=False, align=None, indent=True, size=None, after=4):
    p = d.add_paragraph()
    if align is not None:
        p.alignment = align
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(after)
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    return p


def commune_header(d, f):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    t.columns[0].width = Cm(6.5)
    t.columns[1].width = Cm(9.5)
    cell_lines(t.cell(0, 0), ["ỦY BAN NHÂN DÂN", f["caps"], "_______", "Số: " + f["number"]], bold_idx=(0, 1), size=13)
    cell_lines(t.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "____________________",
                              f"{f['place']}, {vdate(f['date'])}"], bold_idx=(0, 1), italic_idx=(3,), size=13)


def signature(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    c0 = t.cell(0, 0)
    c0.paragraphs[0].text = ""
    for i, ln in enumerate(left_lines):
        p = c0.paragraphs[0] if i == 0 else c0.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(ln)
        r.font.size = Pt(11 if i else 12)
        r.bold = i == 0
        r.italic = i == 0
    cell_lines(t.cell(0, 1), right_lines, bold_idx=tuple(range(len(right_lines))))


# ------------------------------------------------------------------ Hand A (Thoa)
def hand_a(f):
    d = base_doc()
    commune_header(d, f)
    para(d, "", indent=False)
    para(d, "BÁO CÁO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=0)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn xã",
         bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(d, f"Thực hiện {f['cv']} của Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân xã {f['place']} báo cáo như sau:")
    para(d, "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", bold=True, indent=False)
    para(d, f"Ủy ban nhân dân xã ban hành {f['kh']} về triển khai công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn xã; giao Phòng Kinh tế chủ trì, phối hợp Văn phòng HĐND và UBND xã, Phòng Văn hóa – Xã hội và Công an xã tổ chức thực hiện.")
    para(d, "II. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    entries = []
    for e in f["entries"]:
        p = para(d)
        r = p.add_run(e["title"] + ".")
        r.bold = True
        p.add_run(f" ({A_ST[e['status']]}) ")
        p.add_run(e["body"])
        entries.append({"task": e["task"], "status": e["status"], "indicators": e["ind"], "text": e["body"]})
    para(d, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for i, x in enumerate(f["diff"], 1):
        para(d, f"({i}) {x}")
    para(d, "IV. KIẾN NGHỊ, ĐỀ XUẤT", bold=True, indent=False)
    for i, x in enumerate(f["prop"], 1):
        para(d, f"({i}) {x}")
    para(d, f"Trên đây là báo cáo kết quả thực hiện Kế hoạch Chỉ thị số 38-CT/TW năm 2026 của Ủy ban nhân dân xã {f['place']}./.")
    signature(d, ["Nơi nhận:", "- Chi cục TĐC TP.HCM;", "- TT. Đảng ủy xã;", "- CT, các PCT UBND xã;", "- Phòng Kinh tế;",
                  f"- Lưu: VT, KT ({f['staff'].split()[-1]})."],
              ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", f["signer"]])
    d.save(os.path.join(OUT, f["file"]))
    write_key(key(f, entries=entries, diff=f["diff"], prop=f["prop"]))


def hand_a_mistaken(f):
    d = base_doc()
    commune_header(d, f)
    para(d, "", indent=False)
    para(d, "BÁO CÁO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=0)
    para(d, "Kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 10 tháng năm 2026; phương hướng nhiệm vụ những tháng cuối năm",
         bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(d, "Thực hiện Công văn số 905/BCH-PCTT ngày 02 tháng 10 năm 2026 của Ban Chỉ huy Phòng thủ dân sự Thành phố về việc báo cáo công tác phòng, chống thiên tai năm 2026, Ủy ban nhân dân xã Thạnh An báo cáo như sau:")
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    items = [("Kiện toàn Ban Chỉ huy Phòng thủ dân sự xã", "đã làm xong",
              "Xã ban hành Quyết định kiện toàn Ban Chỉ huy gồm 17 thành viên, phân công phụ trách từng ấp và các tuyến đê bao."),
             ("Tuyên truyền kỹ năng phòng, tránh thiên tai", "đã làm xong",
              "Phát 26 tin trên loa truyền thanh, tổ chức 02 buổi hướng dẫn kỹ năng ứng phó triều cường, sạt lở cho 140 hộ dân ven biển."),
             ("Diễn tập ứng phó bão, áp thấp nhiệt đới", "đang làm",
              "Xã đã xây dựng kịch bản diễn tập cấp xã tại ấp Thiềng Liềng, dự kiến tổ chức trong tháng 11/2026."),
             ("Rà soát hộ dân sống ở khu vực nguy cơ sạt lở", "đã làm xong",
              "Đã rà soát 58 hộ với 203 nhân khẩu, lập phương án di dời khi có bão mạnh.")]
    for t, s, b in items:
        p = para(d)
        r = p.add_run(t + ".")
        r.bold = True
        p.add_run(f" ({s}) {b}")
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    para(d, "(1) Phương tiện cứu hộ, cứu nạn (xuồng, áo phao) còn thiếu so với nhu cầu.")
    para(d, "III. KIẾN NGHỊ", bold=True, indent=False)
    para(d, "(1) Đề nghị Thành phố hỗ trợ xã 02 xuồng cứu hộ và 200 áo phao.")
    signature(d, ["Nơi nhận:", "- BCH PTDS Thành phố;", "- TT. Đảng ủy xã;", "- Lưu: VT."],
              ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", f["signer"]])
    d.save(os.path.join(OUT, f["file"]))
    write_key(key(f, status="rejected", reason=f["reason"]))


# ------------------------------------------------------------------ Hand C (Phúc)
def dept_header(d, f, vv):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    left = ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", f["caps"], "_______", "Số: " + f["number"]]
    if vv:
        left.append("V/v " + vv)
    cell_lines(t.cell(0, 0), left, bold_idx=(2,), size=12)
    cell_lines(t.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "____________________", "",
                              f"Thành phố Hồ Chí Minh, {vdate(f['date'])}"], bold_idx=(0, 1), italic_idx=(4,), size=12)


def hand_c(f):
    d = base_doc(size=14)
    dept_header(d, f, f["vv"])
    para(d, "", indent=False)
    p = para(d, "", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p.add_run("Kính gửi: ").italic = True
    p.add_run("Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.")
    para(d, f"{f['uname']} nhận được Công văn số 1874/CCTĐC-QLĐL ngày 06 tháng 10 năm 2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Trên cơ sở nhiệm vụ được phân công phối hợp, {f['uname']} báo cáo như sau:")
    entries = []
    for i, e in enumerate(f["entries"], 1):
        p = para(d)
        r = p.add_run(f"{i}. {e['lead']}: ")
        r.bold = True
        p.add_run(e["body"])
        # the status is the closing clause, in bold (Phúc's habit)
        tail = e["tail"]
        semi, rest = tail[:2], tail[2:]
        p.add_run(semi)
        rb = p.add_run(rest.rstrip("."))
        rb.bold = True
        p.add_run(".")
        entries.append({"task": e["task"], "status": e["status"], "indicators": e["ind"], "text": e["body"] + tail})
    p = para(d)
    p.add_run(f"{len(f['entries']) + 1}. Khó khăn, vướng mắc: ").bold = True
    p.add_run(" ".join(f["diff"]) if len(f["diff"]) == 1 else "")
    if len(f["diff"]) > 1:
        for x in f["diff"]:
            para(d, "- " + x)
    p = para(d)
    p.add_run(f"{len(f['entries']) + 2}. Kiến nghị: ").bold = True
    if len(f["prop"]) == 1:
        p.add_run(f["prop"][0])
    else:
        for x in f["prop"]:
            para(d, "- " + x)
    para(d, f"{f['uname']} kính gửi Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh tổng hợp./.")
    signature(d, ["Nơi nhận:", "- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, " + f["abbr"] + "."],
              f["title_sign"].split("\n") + ["", "", "", f["signer"]])
    d.save(os.path.join(OUT, f["file"]))
    write_key(key(f, entries=entries, diff=f["diff"], prop=f["prop"]))


def hand_c_mistaken(f):
    d = base_doc(size=14)
    dept_header(d, f, None)
    para(d, "", indent=False)
    para(d, "BÁO CÁO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=0)
    para(d, "Kết quả thực hiện Kế hoạch chuyển đổi số ngành Giáo dục và Đào tạo năm 2026", bold=True,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(d, "Thực hiện Công văn số 2411/SKHCN-CĐS ngày 30 tháng 9 năm 2026 của Sở Khoa học và Công nghệ về việc báo cáo kết quả chuyển đổi số năm 2026, Sở Giáo dục và Đào tạo báo cáo như sau:")
    items = [("Về hạ tầng số", "Đã nâng cấp đường truyền cho 1.284 trường học; 100% cơ sở giáo dục kết nối mạng diện rộng của Thành phố; nội dung này đã hoàn thành."),
             ("Về dữ liệu ngành", "Cơ sở dữ liệu ngành cập nhật hồ sơ của 1,72 triệu học sinh và 98.600 giáo viên, đồng bộ với cơ sở dữ liệu dân cư; đang tiếp tục thực hiện."),
             ("Về học bạ số", "Triển khai học bạ số tại 642 trường tiểu học, trung học cơ sở; đang tiếp tục thực hiện."),
             ("Về bồi dưỡng kỹ năng số", "Tổ chức 36 lớp bồi dưỡng kỹ năng số cho 4.150 cán bộ quản lý, giáo viên; đã hoàn thành.")]
    for i, (t, b) in enumerate(items, 1):
        p = para(d)
        p.add_run(f"{i}. {t}: ").bold = True
        p.add_run(b)
    p = para(d)
    p.add_run("5. Kiến nghị: ").bold = True
    p.add_run("Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí đầu tư hệ thống sao lưu dữ liệu cho ngành giáo dục.")
    signature(d, ["Nơi nhận:", "- Sở KH&CN;", "- Lưu: VT, CNTT."], f["title_sign"].split("\n") + ["", "", "", f["signer"]])
    d.save(os.path.join(OUT, f["file"]))
    write_key(key(f, status="rejected", reason=f["reason"]))


# ------------------------------------------------------------------ xlsx helpers
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
TNR = "Times New Roman"


def fnt(bold=False, italic=False, size=12):
    return Font(name=TNR, bold=bold, italic=italic, size=size)


# ------------------------------------------------------------------ Hand B (Trí)
def hand_b(f):
    wb = Workbook()
    ws = wb.active
    ws.title = "BC CT38"
    widths = {"A": 6, "B": 46, "C": 11, "D": 13, "E": 11, "F": 16, "G": 24}
    for c, w in widths.items():
        ws.column_dimensions[c].width = w
    ws.merge_cells("A1:C1"); ws["A1"] = "ỦY BAN NHÂN DÂN " + f["caps"]
    ws.merge_cells("D1:G1"); ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws.merge_cells("A2:C2"); ws["A2"] = "Số: " + f["number"]
    ws.merge_cells("D2:G2"); ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws.merge_cells("D3:G3"); ws["D3"] = f"{f['place']}, {vdate(f['date'])}"
    for c in ("A1", "D1", "D2"):
        ws[c].font = fnt(True)
    ws["A2"].font = fnt(); ws["D3"].font = fnt(italic=True)
    for c in ("A1", "A2", "D1", "D2", "D3"):
        ws[c].alignment = Alignment(horizontal="center")
    ws.merge_cells("A5:G5"); ws["A5"] = "BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"
    ws["A5"].font = fnt(True, size=13); ws["A5"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A6:G6"); ws["A6"] = "(Số liệu từ 01/01/2026 đến 20/10/2026)"
    ws["A6"].font = fnt(italic=True); ws["A6"].alignment = Alignment(horizontal="center")
    hdr = ["STT", "Nội dung công việc", "Thời gian", "SL", "ĐVT", "Tiến độ", "Ghi chú"]
    r = 8
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h)
        c.font = fnt(True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    roman = ["I", "II", "III", "IV", "V", "VI", "VII"]
    entries = []
    for k, e in enumerate(f["entries"]):
        r += 1
        vals = [roman[k], e["title"], None, None, None, B_ST[e["status"]], e.get("note")]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            c.font = fnt(True if i in (1, 2) else False); c.border = BOX
            c.alignment = Alignment(vertical="center", wrap_text=True, horizontal="center" if i in (1, 6) else None)
        ind = {}
        texts = []
        for j, (lab, tm, sl, dvt, iid) in enumerate(e["rows"], 1):
            r += 1
            vals = [j, "- " + lab, tm or None, sl, dvt, None, None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.font = fnt(); c.border = BOX
                c.alignment = Alignment(vertical="center", wrap_text=True, horizontal="center" if i in (1, 3, 5) else None)
            ws.cell(r, 4).number_format = "#,##0"
            if iid:
                ind[iid] = sl
            texts.append(f"{lab}: {sl} {dvt}")
        entries.append({"task": e["task"], "status": e["status"], "indicators": ind,
                        "text": e["title"] + (" – " + "; ".join(texts) if texts else "")})
    r += 2
    ws.cell(r, 1, "Khó khăn, vướng mắc:").font = fnt(True)
    for x in f["diff"]:
        r += 1
        ws.cell(r, 1, "- " + x).font = fnt()
    r += 1
    ws.cell(r, 1, "Kiến nghị, đề xuất:").font = fnt(True)
    for x in f["prop"]:
        r += 1
        ws.cell(r, 1, "- " + x).font = fnt()
    r += 2
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    ws.cell(r, 1, "NGƯỜI LẬP BIỂU").font = fnt(True)
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=7)
    ws.cell(r, 5, "KT. CHỦ TỊCH").font = fnt(True)
    ws.merge_cells(start_row=r + 1, start_column=5, end_row=r + 1, end_column=7)
    ws.cell(r + 1, 5, "PHÓ CHỦ TỊCH").font = fnt(True)
    ws.cell(r + 5, 1, "Lê Minh Trí").font = fnt(True)
    ws.merge_cells(start_row=r + 5, start_column=5, end_row=r + 5, end_column=7)
    ws.cell(r + 5, 5, f["signer"]).font = fnt(True)
    for rr in (r, r + 1, r + 5):
        for cc in (1, 5):
            ws.cell(rr, cc).alignment = Alignment(horizontal="center")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.print_title_rows = "8:8"
    wb.save(os.path.join(OUT, f["file"]))
    write_key(key(f, entries=entries, diff=f["diff"], prop=f["prop"]))


# ------------------------------------------------------------------ Hand D (Tùng)
def hand_d(f):
    wb = Workbook()
    ws = wb.active
    ws.title = "Ket qua"
    for c, w in {"A": 5, "B": 40, "C": 22, "D": 46, "E": 16, "F": 12, "G": 14}.items():
        ws.column_dimensions[c].width = w
    ws["A1"] = f["parent"]; ws["A1"].font = fnt(size=11)
    uname_line = f["uname"].upper() if len(f["uname"]) < 40 else f["uname"]
    ws["A2"] = uname_line; ws["A2"].font = fnt(True, size=11)
    ws["A3"] = "Số: " + f["number"]; ws["A3"].font = fnt(size=11)
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E1"].font = fnt(True, size=11)
    ws["E2"] = "Độc lập - Tự do - Hạnh phúc"; ws["E2"].font = fnt(True, size=11)
    d = datetime.date.fromisoformat(f["date"])
    ws["E3"] = f"TP. Hồ Chí Minh, ngày {d.day:02d}/{d.month:02d}/{d.year}"; ws["E3"].font = fnt(italic=True, size=11)
    ws.merge_cells("A5:G5")
    ws["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT 38-CT/TW NĂM 2026 (đến 25/10/2026)"
    ws["A5"].font = fnt(True, size=13); ws["A5"].alignment = Alignment(horizontal="center")
    hdr = ["TT", "Nhiệm vụ", "Bộ phận thực hiện", "Nội dung kết quả", "Số lượng", "ĐVT", "Tình trạng"]
    r = 7
    fill = PatternFill("solid", fgColor="D9E1F2")
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h)
        c.font = fnt(True, size=11); c.border = BOX; c.fill = fill
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    entries = []
    for k, e in enumerate(f["entries"], 1):
        rows = e["rows"] or [(e.get("note") or "(không có số liệu)", None, None, None)]
        ind, texts = {}, []
        for j, (lab, sl, dvt, iid) in enumerate(rows):
            r += 1
            first = j == 0
            vals = [k if first else None, e["title"] if first else None, e["who"] if first else None, lab, sl, dvt,
                    D_ST[e["status"]] if first else None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.font = fnt(size=11); c.border = BOX
                c.alignment = Alignment(vertical="top", wrap_text=True, horizontal="center" if i in (1, 6, 7) else None)
            ws.cell(r, 5).number_format = "#,##0"
            if iid:
                # II.4.c and II.2.g both count instruments: kept per task
                ind[iid] = ind.get(iid, 0) + sl
            if sl is not None:
                texts.append(f"{lab}: {sl} {dvt}")
        entries.append({"task": e["task"], "status": e["status"], "indicators": ind,
                        "text": e["title"] + (" – " + "; ".join(texts) if texts else "")})
    r += 2
    ws.cell(r, 2, f"Người lập: Phan Thanh Tùng").font = fnt(italic=True, size=11)
    ws.cell(r, 5, f["title_sign"]).font = fnt(True, size=11)
    ws.cell(r + 4, 5, f["signer"]).font = fnt(True, size=11)
    ws.freeze_panes = "A8"
    ws2 = wb.create_sheet("KK - De xuat")
    ws2.column_dimensions["A"].width = 5
    ws2.column_dimensions["B"].width = 14
    ws2.column_dimensions["C"].width = 90
    for i, h in enumerate(["TT", "Loại", "Nội dung"], 1):
        c = ws2.cell(1, i, h); c.font = fnt(True, size=11); c.border = BOX; c.fill = fill
    n = 1
    for lab, items in (("Khó khăn", f["diff"]), ("Đề xuất", f["prop"])):
        for x in items:
            n += 1
            for i, v in enumerate([n - 1, lab, x], 1):
                c = ws2.cell(n, i, v); c.font = fnt(size=11); c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(os.path.join(OUT, f["file"]))
    write_key(key(f, entries=entries, diff=f["diff"], prop=f["prop"]))


if __name__ == "__main__":
    for f in HAND_A:
        hand_a(f)
    hand_a_mistaken(A_MISTAKEN)
    for f in HAND_B:
        hand_b(f)
    for f in HAND_C:
        hand_c(f)
    hand_c_mistaken(C_MISTAKEN)
    for f in HAND_D:
        hand_d(f)
    print("generated")
