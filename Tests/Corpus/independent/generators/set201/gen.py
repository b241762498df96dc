# -*- coding: utf-8 -*-
import copy, json, hashlib, os, shutil, subprocess, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
from data import R

SIGN = {"25891":"Nguyễn Văn Tâm","25750":"Đỗ Minh Trí","25843":"Huỳnh Thị Kim Loan","26842":"Võ Thành Nhân","25813":"Lâm Quốc Việt","SO-CT":"Bùi Tá Hoàng Vũ","SKHCN-CCTDC":"Ngô Đức Thịnh","SKHCN-TTPTTN":"Trương Minh Khoa","26596":"Lê Văn Sang","SO-XD":"Phan Thanh Hải"}
OUT = os.path.dirname(os.path.abspath(__file__))
LABEL = {"inspections":"Số cuộc kiểm tra","establishments_inspected":"Số cơ sở được kiểm tra","violations":"Số cơ sở vi phạm",
 "fines_vnd":"Tiền phạt","samples_tested":"Mẫu lấy, thử nghiệm","instruments_verified":"Phương tiện đo kiểm định",
 "communications":"Tin, bài tuyên truyền","training_courses":"Lớp/hội nghị","participants":"Số người tham dự",
 "enterprises_supported":"Doanh nghiệp được hỗ trợ","standards_reviewed":"Dự thảo TCVN/QCVN góp ý","budget_spent_vnd":"Kinh phí đã sử dụng"}

def add_abstract(doc, aid, levels):
    numbering = doc.part.numbering_part.element
    lv = ""
    for i,(fmt,txt,ind) in enumerate(levels):
        lv += (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{txt}"/>'
               f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{ind}" w:hanging="425"/></w:pPr></w:lvl>')
    ab = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}"><w:multiLevelType w:val="multilevel"/>{lv}</w:abstractNum>')
    first_num = numbering.find(qn('w:num'))
    if first_num is not None: first_num.addprevious(ab)
    else: numbering.append(ab)
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="{aid}"><w:abstractNumId w:val="{aid}"/></w:num>')
    numbering.append(num)
    return aid

def set_num(p, numid, ilvl):
    pPr = p._p.get_or_add_pPr()
    pPr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{numid}"/></w:numPr>'))

def header_table(doc, upper, lower, number, datetxt):
    t = doc.add_table(rows=2, cols=2)
    c = t.cell(0,0); c.text = upper + "\n" + lower
    for p in c.paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in p.runs: r.bold = True
    t.cell(0,1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    for p in t.cell(0,1).paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in p.runs: r.bold = True
    t.cell(1,0).text = "Số: " + number
    t.cell(1,0).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.cell(1,1).text = datetxt
    t.cell(1,1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.cell(1,1).paragraphs[0].runs[0].italic = True

def base_doc():
    doc = Document()
    st = doc.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(13)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman')
    for h in ('Heading 1','Heading 2','Heading 3'):
        s = doc.styles[h]; s.font.name = 'Times New Roman'; s.font.color.rgb = None
        s.font.size = Pt(13)
        rf = s.element.rPr.rFonts
        for a in ('w:asciiTheme','w:hAnsiTheme','w:eastAsiaTheme','w:cstheme'):
            if rf.get(qn(a)) is not None: del rf.attrib[qn(a)]
    sec = doc.sections[0]; sec.left_margin = Cm(3); sec.right_margin = Cm(2)
    return doc

def title(doc, lines):
    for i,l in enumerate(lines):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(l); r.bold = True
        if i == 0: r.font.size = Pt(14)

def fmt_line(ind, w):
    return f"{LABEL[ind]}: {w}"

# ---------- Hand 1
def hand1(r):
    doc = base_doc()
    nid = add_abstract(doc, 201, [("upperRoman","%1.",425),("decimal","%2.",709),("bullet","-",992)])
    upper = "ỦY BAN NHÂN DÂN"; lower = r["uname"].upper()
    header_table(doc, upper, lower, r["num"], r["datetxt"])
    doc.add_paragraph()
    if r.get("mistaken"):
        title(doc, ["BÁO CÁO", "Kết quả thực hiện chuyển đổi số năm 2026 trên địa bàn phường"])
        doc.add_paragraph("Thực hiện Kế hoạch chuyển đổi số của Ủy ban nhân dân Thành phố, Ủy ban nhân dân " + r["uname"] + " báo cáo kết quả như sau:")
        items = [("Cung cấp dịch vụ công trực tuyến toàn trình", "Hoàn thành", "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 78%; 4.215 hồ sơ được tiếp nhận qua Cổng dịch vụ công."),
                 ("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Đang triển khai", "Đã số hóa 12.430 hồ sơ hộ tịch; đang làm sạch dữ liệu."),
                 ("Phổ cập kỹ năng số cho người dân (Tổ công nghệ số cộng đồng)", "Hoàn thành", "Tổ chức 06 buổi hướng dẫn cài đặt VNeID, thanh toán không dùng tiền mặt.")]
        h = doc.add_paragraph("Kết quả thực hiện", style="Heading 1"); set_num(h, nid, 0)
        for nm, s, b in items:
            h = doc.add_paragraph(f"{nm} [{s}]", style="Heading 2"); set_num(h, nid, 1)
            doc.add_paragraph(b)
        h = doc.add_paragraph("Khó khăn, đề xuất", style="Heading 1"); set_num(h, nid, 0)
        doc.add_paragraph("Hạ tầng mạng tại một số khu phố chưa ổn định; đề nghị Sở Khoa học và Công nghệ hỗ trợ thiết bị.")
    else:
        title(doc, ["BÁO CÁO", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW", "về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026"])
        doc.add_paragraph("Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân "
                          + r["uname"] + " báo cáo kết quả thực hiện từ đầu năm đến nay như sau:")
        h = doc.add_paragraph("Kết quả thực hiện các nội dung", style="Heading 1"); set_num(h, nid, 0)
        for e in r["entries"]:
            txt = e["name"] + (f" [{e['sw']}]" if e["sw"] else "")
            h = doc.add_paragraph(txt, style="Heading 2"); set_num(h, nid, 1)
            doc.add_paragraph(e["body"])
            for ind, v, w in e["figs"]:
                p = doc.add_paragraph(fmt_line(ind, w)); set_num(p, nid, 2)
        h = doc.add_paragraph("Khó khăn, vướng mắc", style="Heading 1"); set_num(h, nid, 0)
        if r["diff"]:
            for d in r["diff"]:
                p = doc.add_paragraph(d); set_num(p, nid, 2)
        else:
            doc.add_paragraph("Không có.")
        h = doc.add_paragraph("Đề xuất, kiến nghị", style="Heading 1"); set_num(h, nid, 0)
        for d in r["prop"]:
            p = doc.add_paragraph(d); set_num(p, nid, 2)
    sig(doc, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", SIGN.get(r["uid"], "Nguyễn Văn Tâm"))
    p = doc.add_paragraph(); p.add_run("Nơi nhận:").bold = True
    doc.add_paragraph("- Sở Khoa học và Công nghệ;\n- Chi cục Tiêu chuẩn Đo lường Chất lượng;\n- Lưu: VT, KT.")
    return doc

def sig(doc, role, name):
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run(role).bold = True
    p = doc.add_paragraph("\n\n"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; p.add_run(name).bold = True

# ---------- Hand 2
def textbox(p, lines, n):
    inner = "".join(f'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr><w:r><w:rPr><w:sz w:val="22"/></w:rPr><w:t xml:space="preserve">{l}</w:t></w:r></w:p>' for l in lines)
    h = 20 + 18 * len(lines)
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<w:pict><v:shape id="TextBox{n}" o:spid="_x0000_s{1025+n}" type="#_x0000_t202" '
           f'style="position:absolute;margin-left:300pt;margin-top:0;width:160pt;height:{h}pt;z-index:{n};mso-position-horizontal-relative:text;mso-position-vertical-relative:text" '
           f'strokeweight=".75pt" fillcolor="#F2F2F2"><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p.paragraph_format.right_indent = Cm(6.0)
    p.paragraph_format.space_after = Pt(18 * len(lines) - 6)
    p._p.insert(1 if p._p.pPr is not None else 0, parse_xml(xml))

def hand2(r):
    doc = base_doc()
    nid = add_abstract(doc, 202, [("decimal","%1.",425),("decimal","%1.%2.",851),("lowerLetter","%3)",1134)])
    dept = r["uid"].startswith("SO-"); internal = r["uid"].startswith("SKHCN")
    if internal:
        upper = "SỞ KHOA HỌC VÀ CÔNG NGHỆ"; lower = r["uname"].upper()
    elif dept:
        upper = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH"; lower = r["uname"].upper()
    else:
        upper = "ỦY BAN NHÂN DÂN"; lower = r["uname"].upper()
    header_table(doc, upper, lower, r["num"], r["datetxt"])
    doc.add_paragraph()
    title(doc, ["BÁO CÁO", "Tình hình, kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"])
    who = r["uname"] if not dept and not internal else r["uname"]
    doc.add_paragraph(f"Căn cứ Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, {who} báo cáo kết quả thực hiện như sau:")
    h = doc.add_paragraph("KẾT QUẢ THỰC HIỆN", style="Heading 1"); set_num(h, nid, 0)
    n = 0
    for e in r["entries"]:
        h = doc.add_paragraph(e["name"], style="Heading 2"); set_num(h, nid, 1)
        p = doc.add_paragraph("Nội dung đã làm: " + e["body"]); set_num(p, nid, 2)
        if e["figs"]:
            n += 1
            textbox(p, ["Số liệu:"] + [f"{LABEL[i]}: {w}" for i, v, w in e["figs"]], n)
        p = doc.add_paragraph("Tình trạng: " + e["sw"] + "."); set_num(p, nid, 2)
    h = doc.add_paragraph("KHÓ KHĂN, VƯỚNG MẮC", style="Heading 1"); set_num(h, nid, 0)
    for d in (r["diff"] or ["Không có khó khăn phát sinh."]):
        p = doc.add_paragraph(d); set_num(p, nid, 1)
    h = doc.add_paragraph("ĐỀ XUẤT, KIẾN NGHỊ", style="Heading 1"); set_num(h, nid, 0)
    for d in r["prop"]:
        p = doc.add_paragraph(d); set_num(p, nid, 1)
    sig(doc, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC" if dept else ("KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG" if "CCTDC" in r["uid"] else ("GIÁM ĐỐC" if internal else "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH")), SIGN.get(r["uid"], "Trần Quốc Bảo"))
    return doc

# ---------- Hand 3
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
def hand3(r):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "BC CT38"
    ws.column_dimensions['A'].width = 7; ws.column_dimensions['B'].width = 58
    ws.column_dimensions['C'].width = 22; ws.column_dimensions['D'].width = 30
    ws["A1"] = "UBND " + r["uname"].upper(); ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["A2"] = "Số: " + r["num"]; ws["C2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["C3"] = r["datetxt"]; ws["C3"].font = Font(italic=True)
    ws["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"; ws["A5"].font = Font(bold=True)
    ws.merge_cells("A5:D5")
    row = 7
    for c, h in zip("ABCD", ["Mục", "Nội dung", "Số liệu", "Ghi chú"]):
        ws[f"{c}{row}"] = h; ws[f"{c}{row}"].font = Font(bold=True); ws[f"{c}{row}"].border = B
    row += 1
    def put(a, b, c=None, d=None, lvl=0, bold=False):
        nonlocal row
        ws[f"A{row}"] = a; ws[f"B{row}"] = b
        ws[f"B{row}"].alignment = Alignment(indent=lvl*2, wrap_text=True)
        if c is not None: ws[f"C{row}"] = c
        if d is not None: ws[f"D{row}"] = d
        for col in "ABCD": ws[f"{col}{row}"].border = B
        if bold: ws[f"A{row}"].font = ws[f"B{row}"].font = Font(bold=True)
        row += 1
    put("1", "Kết quả thực hiện", bold=True)
    for i, e in enumerate(r["entries"], 1):
        put(f"1.{i}", f"{e['name']} [{e['sw']}]", None, e["body"], lvl=1, bold=True)
        for j, (ind, v, w) in enumerate(e["figs"]):
            put("abcdeg"[j] + ")", LABEL[ind], w, None, lvl=2)
    put("2", "Khó khăn, vướng mắc", bold=True)
    for i, d in enumerate(r["diff"], 1): put(f"2.{i}", d, lvl=1)
    put("3", "Đề xuất, kiến nghị", bold=True)
    for i, d in enumerate(r["prop"], 1): put(f"3.{i}", d, lvl=1)
    row += 1
    ws[f"C{row}"] = "TM. ỦY BAN NHÂN DÂN"; ws[f"C{row+1}"] = "KT. CHỦ TỊCH"; ws[f"C{row+4}"] = "Phạm Văn Lộc"
    return wb

# ---------- Hand 4
def hand4(r):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "TienDo"
    for c, w in zip("ABCDE", [5, 46, 40, 44, 14]): ws.column_dimensions[c].width = w
    ws["A1"] = r["uname"]; ws["A1"].font = Font(bold=True)
    ws["A2"] = "Số: " + r["num"]
    ws["A3"] = "Thành phố Hồ Chí Minh, " + r["datetxt"]
    if r.get("mistaken"):
        ws["A5"] = "BÁO CÁO KẾT QUẢ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026 (11 tháng)"
        rows = [("Cải cách thể chế", "Rà soát văn bản QPPL ngành y tế", "văn bản=14", "Xong"),
                ("Cải cách thủ tục hành chính", "Đơn giản hóa TTHC cấp phép hành nghề", "TTHC=23", "Đang chạy"),
                ("Chính quyền số", "Hồ sơ trực tuyến toàn trình", "hồ sơ=18.342", "Đang chạy")]
    else:
        ws["A5"] = "BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"
        rows = [(e["name"], e["body"], "; ".join(w for i, v, w in e["figs"]) or "—", e["sw"]) for e in r["entries"]]
    ws["A5"].font = Font(bold=True, size=12)
    for c, h in zip("ABCDE", ["STT", "Việc", "Đã làm", "Số liệu (khóa=giá trị)", "Tình trạng"]):
        ws[f"{c}7"] = h; ws[f"{c}7"].font = Font(bold=True); ws[f"{c}7"].border = B
    row = 8
    for i, (a, b, c, d) in enumerate(rows, 1):
        for col, v in zip("ABCDE", [i, a, b, c, d]):
            ws[f"{col}{row}"] = v; ws[f"{col}{row}"].border = B
            ws[f"{col}{row}"].alignment = Alignment(wrap_text=True, vertical="top")
        row += 1
    row += 1
    if not r.get("mistaken"):
        ws[f"A{row}"] = "Vướng mắc:"; ws[f"A{row}"].font = Font(bold=True); row += 1
        for d in r["diff"]: ws[f"B{row}"] = d; row += 1
        ws[f"A{row}"] = "Kiến nghị:"; ws[f"A{row}"].font = Font(bold=True); row += 1
        for d in r["prop"]: ws[f"B{row}"] = d; row += 1
    ws[f"A{row+1}"] = "Chú thích tình trạng: Xong / Đang chạy / Chưa chạy / Không có việc"
    ws[f"A{row+1}"].font = Font(italic=True, size=9)
    ws[f"D{row+3}"] = "Người lập biểu"; ws[f"D{row+6}"] = "Nguyễn Hoàng Yến"
    return wb

import csv
CANON = {row["id"]: row["name"] for row in csv.DictReader(open("/work/shared/data/agencies.csv", encoding="utf-8"))}
def sha(p): return hashlib.sha256(open(p, "rb").read()).hexdigest()

RESAVE = {"TTPTTN-bao-cao-ct38.docx", "26647-hoahiep-ct38.xlsx"}
for r in R:
    path = os.path.join(OUT, r["file"])
    obj = {1: hand1, 2: hand2, 3: hand3, 4: hand4}[r["hand"]](r)
    obj.save(path)
    if r["file"] in RESAVE:
        tmp = "/tmp/set201_lo"; os.makedirs(tmp, exist_ok=True)
        ext = r["file"].rsplit(".", 1)[1]
        subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, path], check=True, capture_output=True)
        shutil.move(os.path.join(tmp, r["file"]), path)
    t = {"file": r["file"], "sha256": sha(path)}
    if r.get("mistaken"):
        t.update(status="rejected", reason=r["reason"], unit={"id": r["uid"], "name": CANON.get(r["uid"], r["uname"])},
                 document={"number": r["num"], "date": r["date"]}, entries=[], findings=[], difficulties=[], proposals=[])
    else:
        t.update(status="extracted", reason=None, unit={"id": r["uid"], "name": CANON.get(r["uid"], r["uname"])},
                 document={"number": r["num"], "date": r["date"]},
                 entries=[{"task": e["task"], "status": e["st"],
                           "indicators": {i: v for i, v, w in e["figs"]}, "text": e["body"]} for e in r["entries"]],
                 findings=[], difficulties=r["diff"], proposals=r["prop"])
    json.dump(t, open(os.path.join(OUT, "truth", r["file"] + ".json"), "w"), ensure_ascii=False, indent=1)
    print("ok", r["file"])
