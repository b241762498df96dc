# -*- coding: utf-8 -*-
"""Render every report of specs.py in its hand's way, then write truth/*.json."""
import os, sys, json, hashlib, textwrap, zipfile, datetime, subprocess, shutil, tempfile
from xml.sax.saxutils import escape
from docx import Document
from docx.shared import Pt, Cm, Twips
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
import openpyxl
from openpyxl.styles import Alignment, Font, Border, Side
from openpyxl.utils import get_column_letter

sys.path.insert(0, os.path.dirname(__file__))
from specs import REPORTS

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))


def vn_date(iso, pad=True):
    d = datetime.date.fromisoformat(iso)
    day = f"{d.day:02d}" if pad else str(d.day)
    mon = f"{d.month:02d}" if (pad or d.month < 3) else str(d.month)
    return f"ngày {day} tháng {mon} năm {d.year}"


def serial(iso):
    return (datetime.date.fromisoformat(iso) - datetime.date(1899, 12, 30)).days


def set_base_font(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), name)


def margins(doc, top=2, bottom=2, left=3, right=1.5):
    for s in doc.sections:
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Cm(top), Cm(bottom), Cm(left), Cm(right)
        s.page_width, s.page_height = Cm(21), Cm(29.7)


# ===================================================================== Hand A
def a_wrap(text, width):
    """Greedy wrap like a PDF's printed lines; a token with a hyphen (38-CT/TW, BC-UBND, NĐ-CP)
    that straddles the margin is split after its hyphen, as the PDF had it."""
    lead = len(text) - len(text.lstrip(" "))
    toks = text.split()
    lines, cur = [], " " * lead
    for tok in toks:
        cand = (cur + " " + tok) if cur.strip() else (cur + tok)
        if len(cand) <= width:
            cur = cand
            continue
        hy = tok.find("-")
        if 0 < hy < len(tok) - 1 and len(cur + " " + tok[:hy + 1]) <= width + 2:
            lines.append(cur + " " + tok[:hy + 1])
            cur = tok[hy + 1:]
        else:
            lines.append(cur)
            cur = tok
    if cur.strip():
        lines.append(cur)
    return lines


def a_par(doc, text, size=13, bold=False, italic=False, align=None, exact=True, indent_left=None, frame=None):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0); pf.space_after = Pt(0)
    if exact:
        pf.line_spacing = Pt(15.5)
    if align is not None:
        p.alignment = align
    if indent_left is not None:
        pf.left_indent = Twips(indent_left)
    if frame:
        fp = OxmlElement("w:framePr")
        for k, v in frame.items():
            fp.set(qn("w:" + k), str(v))
        p._p.get_or_add_pPr().insert(0, fp)
    parts = text.split("\t")
    for i, part in enumerate(parts):
        if i:
            p.add_run().add_tab()
        r = p.add_run(part)
        r.font.size = Pt(size); r.bold = bold; r.italic = italic
    return p


def a_lines_soft(doc, lines, size=13, indent_left=None):
    """One paragraph, printed lines separated by soft line breaks (w:br)."""
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0); p.paragraph_format.line_spacing = Pt(15.5)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent_left is not None:
        p.paragraph_format.left_indent = Twips(indent_left)
    for i, ln in enumerate(lines):
        r = p.add_run(ln); r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    return p


def render_A(rep):
    doc = Document(); set_base_font(doc, "Times New Roman", 13); margins(doc, 1.5, 1.5, 2.2, 1.8)
    W = rep.get("width", 84)
    short = rep["unit"]["name"]
    running_head = f"{short} - Báo cáo kết quả thực hiện Kế hoạch CT 38-CT/TW năm 2026"
    pages = rep["pages"]
    state = {"line": 0, "page": 1}
    per_page = 22 if pages >= 3 else 30

    def tick(n=1):
        state["line"] += n
        if state["line"] >= per_page and state["page"] < pages:
            # footer of the page, then a page break and the running head the converter kept as text
            a_par(doc, f"{state['page']}", size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
            p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
            state["page"] += 1; state["line"] = 0
            a_par(doc, running_head, size=10, italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT)

    parent = rep["parent"].split("\n")
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ""]
    if rep["frames"]:
        # positioned text frames, as PDF converters produce
        for i, ln in enumerate(parent + [f"Số: {rep['number']}"]):
            a_par(doc, ln, size=12 if i < len(parent) else 13, bold=(i == len(parent) - 1),
                  align=WD_ALIGN_PARAGRAPH.CENTER,
                  frame={"w": 4300, "hSpace": 180, "wrap": "around", "vAnchor": "page", "hAnchor": "page",
                         "x": 1250, "y": 850 + i * 300})
        for i, ln in enumerate(right[:2]):
            a_par(doc, ln, size=12 if i == 0 else 13, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
                  frame={"w": 5900, "hSpace": 180, "wrap": "around", "vAnchor": "page", "hAnchor": "page",
                         "x": 5300, "y": 850 + i * 300})
        a_par(doc, "")
        a_par(doc, "")
        a_par(doc, "")
        a_par(doc, f"{rep['place']}, {vn_date(rep['date'])}", italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    else:
        lefts = parent + [f"Số: {rep['number']}"]
        rights = right[:2] + [""] * 5
        for i, ln in enumerate(lefts):
            a_par(doc, f"{ln}\t\t{rights[i]}" if rights[i] else ln, size=12, bold=bool(i == len(parent) - 1 or (i < 2 and rights[i] != "")))
        a_par(doc, f"\t\t{rep['place']}, {vn_date(rep['date'])}", italic=True)
    tick(6)
    a_par(doc, "")
    a_par(doc, "BÁO CÁO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for ln in a_wrap("Kết quả thực hiện " + "Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW ngày 30 tháng 7 năm 2024 của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026", 70):
        a_par(doc, ln, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        tick()
    a_par(doc, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.", align=WD_ALIGN_PARAGRAPH.CENTER); tick(2)
    use_soft = [False]

    def body(text, indent=True):
        lines = a_wrap(("      " if indent else "") + text, W)
        use_soft[0] = not use_soft[0]
        if use_soft[0] and len(lines) > 1:
            # a paragraph whose printed lines end with soft breaks; split if a page ends inside
            a_lines_soft(doc, [l.strip() if i else l for i, l in enumerate(lines)])
            tick(len(lines))
        else:
            for ln in lines:
                a_par(doc, ln, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
                tick()

    body(rep["intro"])
    a_par(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True); tick()
    for e in rep["entries"]:
        a_par(doc, e["head"], bold=True); tick()
        body(e["text"])
        if e.get("table"):
            for row in e["table"]:
                a_par(doc, "\t".join(row), size=12, indent_left=400); tick()
    a_par(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True); tick()
    for d in rep["difficulties"]:
        body("- " + d, indent=False)
    a_par(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True); tick()
    for d in rep["proposals"]:
        body("- " + d, indent=False)
    body(f"Trên đây là báo cáo của {rep['unit']['name']} về kết quả thực hiện Kế hoạch năm 2026./.")
    a_par(doc, "")
    sig = rep["signer"].split("\n")
    nn = ["Nơi nhận:", "- Như trên;", "- Chi cục TĐC;", "- Lưu: VT."]
    for i in range(max(len(sig), len(nn))):
        l = nn[i] if i < len(nn) else ""
        r = sig[i] if i < len(sig) else ""
        a_par(doc, f"{l}\t\t\t{r}", size=12, bold=bool(r))
    a_par(doc, f"{state['page']}", size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
    path = os.path.join(OUT, rep["file"]); doc.save(path)
    return path


# ===================================================================== Hand B
def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)


def cell_lines(cell, lines, bold_idx=(), italic=False, size=13, center=True):
    cell.paragraphs[0].text = ""
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(ln); r.bold = i in bold_idx; r.italic = italic; r.font.size = Pt(size)


def b_par(doc, text, bold=False, italic=False, indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=14):
    p = doc.add_paragraph()
    p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(6); pf.line_spacing = 1.15
    if indent:
        pf.first_line_indent = Cm(1)
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
    return p


def self_name(rep):
    u = rep["unit"]
    if u["id"].isdigit():
        kind, rest = u["name"].split(" ", 1)
        return "Ủy ban nhân dân " + kind.lower() + " " + rest
    return u["name"]


def render_B(rep):
    doc = Document(); set_base_font(doc, "Times New Roman", 14); margins(doc, 2, 2, 3, 1.5)
    t = doc.add_table(rows=2, cols=2); no_borders(t)
    t.columns[0].width = Cm(6.5); t.columns[1].width = Cm(10)
    for row in t.rows:
        row.cells[0].width = Cm(6.5); row.cells[1].width = Cm(10)
    left = rep["left"]
    cell_lines(t.cell(0, 0), left + ["———"], bold_idx=(len(left) - 1,), size=13)
    cell_lines(t.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "——————————"], bold_idx=(0, 1), size=13)
    cell_lines(t.cell(1, 0), [f"Số: {rep['number']}"], size=13)
    cell_lines(t.cell(1, 1), [f"{rep['place']}, {vn_date(rep['date'])}"], italic=True, size=13)
    doc.add_paragraph()
    b_par(doc, "BÁO CÁO", bold=True, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    b_par(doc, rep["title"], bold=True, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    b_par(doc, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    if not rep.get("mistaken"):
        b_par(doc, "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 và Công văn đề nghị báo cáo của Chi cục Tiêu chuẩn Đo lường Chất lượng, " + self_name(rep) + " báo cáo kết quả như sau:")
    else:
        b_par(doc, "Thực hiện Kế hoạch số 18/KH-BCH ngày 10/02/2026 của Ban Chỉ huy phòng thủ dân sự Thành phố, Ủy ban nhân dân xã báo cáo kết quả như sau:")
    for num, head, items in rep["sections"]:
        b_par(doc, f"{num} {head}", bold=True, indent=False)
        for n2, txt, _ in items:
            b_par(doc, (n2 + " " if n2 else "") + txt)
        if num == "2." and not rep.get("mistaken"):
            for e in rep["entries"]:
                b_par(doc, f"{e['num']} {e['head']}", bold=True, italic=True, indent=False)
                for bl in e["bullets"]:
                    b_par(doc, bl)
    if not rep.get("mistaken"):
        k = len(rep["sections"]) + 1
        b_par(doc, f"{k}. Khó khăn, vướng mắc", bold=True, indent=False)
        for i, d in enumerate(rep["difficulties"]):
            b_par(doc, f"{'abcdđe'[i]}/ {d}")
        b_par(doc, f"{k + 1}. Đề xuất, kiến nghị", bold=True, indent=False)
        for i, d in enumerate(rep["proposals"]):
            b_par(doc, f"{'abcdđe'[i]}/ {d}")
    b_par(doc, "Trên đây là báo cáo kết quả thực hiện./.")
    t2 = doc.add_table(rows=1, cols=2); no_borders(t2)
    c = t2.cell(0, 0)
    c.paragraphs[0].text = ""
    r = c.paragraphs[0].add_run("Nơi nhận:"); r.bold = True; r.italic = True; r.font.size = Pt(12)
    for ln in ["- Như trên;", "- Chi cục TĐC (để t/h);", "- Lưu: VT."]:
        p = c.add_paragraph(); p.paragraph_format.space_after = Pt(0); rr = p.add_run(ln); rr.font.size = Pt(11)
    cell_lines(t2.cell(0, 1), rep["signer"], bold_idx=tuple(range(len(rep["signer"]))), size=14)
    path = os.path.join(OUT, rep["file"]); doc.save(path)
    return path


# ===================================================================== Hand C (Google Sheets export, raw OOXML)
def col(i):
    return get_column_letter(i)


def c_cell(ref, v):
    if v is None or v == "":
        return ""
    if isinstance(v, (int, float)):
        return f'<c r="{ref}"><v>{v}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(str(v))}</t></is></c>'


def sheet_xml(rows, freeze_row=None, widths=None):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">']
    out.append('<sheetPr><outlinePr summaryBelow="0" summaryRight="0"/></sheetPr>')
    out.append('<sheetViews><sheetView workbookViewId="0">')
    if freeze_row:
        out.append(f'<pane ySplit="{freeze_row}" topLeftCell="A{freeze_row + 1}" activePane="bottomLeft" state="frozen"/>'
                   f'<selection activeCell="B{freeze_row + 1}" sqref="B{freeze_row + 1}" pane="bottomLeft"/>')
    out.append('</sheetView></sheetViews><sheetFormatPr customHeight="1" defaultColWidth="14.43" defaultRowHeight="15.75"/>')
    if widths:
        out.append("<cols>" + "".join(f'<col customWidth="1" min="{i}" max="{i}" width="{w}"/>' for i, w in enumerate(widths, 1)) + "</cols>")
    out.append("<sheetData>")
    for r, row in enumerate(rows, 1):
        cells = "".join(c_cell(f"{col(ci)}{r}", v) for ci, v in enumerate(row, 1))
        out.append(f'<row r="{r}">{cells}</row>')
    out.append("</sheetData></worksheet>")
    return "".join(out)


def write_gsheets(path, sheets):
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>']
    wb = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr/><sheets>']
    rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    for i, (name, xml) in enumerate(sheets, 1):
        ct.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
        wb.append(f'<sheet state="visible" name="{escape(name)}" sheetId="{i}" r:id="rId{i + 1}"/>')
        rels.append(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>')
    ct.append("</Types>"); wb.append("</sheets><definedNames/><calcPr/></workbook>"); rels.append("</Relationships>")
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font><sz val="10.0"/><color rgb="FF000000"/><name val="Arial"/><scheme val="minor"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="lightGray"/></fill></fills>'
              '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf borderId="0" fillId="0" fontId="0" numFmtId="0" applyAlignment="1" applyFont="1"/></cellStyleXfs>'
              '<cellXfs count="1"><xf borderId="0" fillId="0" fontId="0" numFmtId="0" xfId="0" applyAlignment="1" applyFont="1"><alignment readingOrder="0" shrinkToFit="0" vertical="bottom" wrapText="0"/></xf></cellXfs>'
              '<cellStyles count="1"><cellStyle xfId="0" name="Normal" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>')
    top_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "".join(ct))
        z.writestr("_rels/.rels", top_rels)
        z.writestr("xl/workbook.xml", "".join(wb))
        z.writestr("xl/_rels/workbook.xml.rels", "".join(rels))
        z.writestr("xl/styles.xml", styles)
        for i, (name, xml) in enumerate(sheets, 1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", xml)


def render_C(rep):
    rows = [[h] for h in rep["header_lines"]]
    rows.append(["Ngày báo cáo", serial(rep["date"])])
    rows.append([])
    hdr = ["STT", "Nhiệm vụ theo KH", "Nội dung hoạt động", "ĐVT", "Kết quả", "Tình trạng", "Ngày cập nhật", "Ghi chú"]
    rows.append(hdr)
    freeze = len(rows)
    upd = serial(rep["date"]) - 2
    for i, (task, act, dvt, qty, st, note, _ind) in enumerate(rep["rows"], 1):
        rows.append([i, task, act, dvt, qty, st, upd - (i % 3), note])
    sheets = []
    if rep["file"].startswith("c-soyte") or rep.get("mistaken"):
        sheets.append((rep["sheetname"], sheet_xml(rows, freeze, [6, 22, 60, 12, 12, 16, 14, 30])))
        if not rep.get("mistaken"):
            r2 = [["Khó khăn, vướng mắc", "Đề xuất, kiến nghị"]]
            n = max(len(rep["difficulties"]), len(rep["proposals"]))
            for i in range(n):
                r2.append([rep["difficulties"][i] if i < len(rep["difficulties"]) else "",
                           rep["proposals"][i] if i < len(rep["proposals"]) else ""])
            sheets.append(("Khó khăn - Đề xuất", sheet_xml(r2, 1, [70, 70])))
    else:
        rows.append([])
        rows.append(["", "Khó khăn, vướng mắc"])
        for d in rep["difficulties"]:
            rows.append(["", "", d])
        rows.append(["", "Đề xuất, kiến nghị"])
        for d in rep["proposals"]:
            rows.append(["", "", d])
        sheets.append((rep["sheetname"], sheet_xml(rows, freeze, [6, 26, 60, 12, 14, 16, 14, 26])))
    path = os.path.join(OUT, rep["file"]); write_gsheets(path, sheets)
    return path


# ===================================================================== Hand D (merged task cells)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def qty_value(s, numeric):
    if not numeric or s == "":
        return s
    t = s.replace(".", "")
    if "," in t:
        return float(t.replace(",", "."))
    return int(t)


def render_D(rep):
    numeric = rep["unit"]["id"] in ("SKHCN-CCTDC", "SO-ATTP")
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Phu luc" if numeric else "Bieu KQ"
    tnr = "Times New Roman"
    ws.merge_cells("A1:C1"); ws["A1"] = rep["top"][0]
    ws.merge_cells("A2:C2"); ws["A2"] = rep["top"][1]; ws["A2"].font = Font(name=tnr, bold=True, size=12)
    ws.merge_cells("E1:H1"); ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E1"].font = Font(name=tnr, bold=True, size=12)
    ws.merge_cells("E2:H2"); ws["E2"] = "Độc lập - Tự do - Hạnh phúc"; ws["E2"].font = Font(name=tnr, bold=True, size=12)
    ws.merge_cells("A4:H4"); ws["A4"] = rep["title"]; ws["A4"].font = Font(name=tnr, bold=True, size=13)
    ws.merge_cells("A5:H5"); ws["A5"] = rep["subtitle"]; ws["A5"].font = Font(name=tnr, italic=True, size=12)
    for c in ("A1", "A2", "E1", "E2", "A4", "A5"):
        ws[c].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    hdr = ["STT", "Nhiệm vụ theo Kế hoạch", "Hoạt động / kết quả thực hiện", "ĐVT", "Số lượng", "Ghi chú", "Tình trạng thực hiện", "Mục KH"]
    r = 7
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h); c.font = Font(name=tnr, bold=True, size=12); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r += 1
    for n, t in enumerate(rep["tasks"], 1):
        start = r
        for j, (act, dvt, q) in enumerate(t["rows"]):
            ws.cell(r, 3, act); ws.cell(r, 4, dvt)
            v = qty_value(q, numeric)
            c = ws.cell(r, 5, v)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                c.number_format = "#,##0.0" if isinstance(v, float) else "#,##0"
            if j == 0 and t.get("note_total"):
                ws.cell(r, 6, t["note_total"])
            for k in range(1, 9):
                ws.cell(r, k).border = BOX
                ws.cell(r, k).font = Font(name=tnr, size=12)
                ws.cell(r, k).alignment = Alignment(vertical="center", wrap_text=True)
            r += 1
        end = r - 1
        ws.cell(start, 1, n); ws.cell(start, 2, t["label"]); ws.cell(start, 7, t["status_text"])
        ws.cell(start, 8, t["task"].replace("II.", ""))
        if end > start:
            for cc in (1, 2, 7, 8):
                ws.merge_cells(start_row=start, start_column=cc, end_row=end, end_column=cc)
            if t.get("note_total"):
                ws.merge_cells(start_row=start, start_column=6, end_row=end, end_column=6)
    r += 1
    ws.cell(r, 1, "Khó khăn, vướng mắc:").font = Font(name=tnr, bold=True, size=12); r += 1
    for d in rep["difficulties"]:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1, "- " + d).alignment = Alignment(wrap_text=True); ws.row_dimensions[r].height = 32; r += 1
    ws.cell(r, 1, "Đề xuất, kiến nghị:").font = Font(name=tnr, bold=True, size=12); r += 1
    for d in rep["proposals"]:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1, "- " + d).alignment = Alignment(wrap_text=True); ws.row_dimensions[r].height = 32; r += 1
    r += 1
    ws.cell(r, 2, "Người lập biểu"); ws.cell(r, 6, "THỦ TRƯỞNG ĐƠN VỊ")
    for i, w in enumerate([6, 34, 46, 12, 14, 22, 16, 8], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "7:7"
    path = os.path.join(OUT, rep["file"]); wb.save(path)
    if rep.get("resave"):
        tmp = tempfile.mkdtemp()
        subprocess.run(["soffice", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", tmp, path],
                       check=True, capture_output=True)
        shutil.move(os.path.join(tmp, os.path.basename(path)), path)
        shutil.rmtree(tmp)
    return path


# ===================================================================== Hand E (shorthand)
def render_E(rep):
    doc = Document(); set_base_font(doc, "Times New Roman", 13); margins(doc, 2, 2, 2.5, 1.5)
    d = datetime.date.fromisoformat(rep["date"])
    place = rep["unit"]["name"].split(" ", 1)[1]

    def p(text, bold=False, align=None, style=None, italic=False):
        para = doc.add_paragraph(style=style) if style else doc.add_paragraph()
        para.paragraph_format.space_after = Pt(3)
        if align is not None:
            para.alignment = align
        r = para.add_run(text); r.bold = bold; r.italic = italic
        return para

    p(f"{rep['org']}                              CỘNG HÒA XHCN VIỆT NAM", bold=True)
    p(f"Số: {rep['number']}                              Độc lập - Tự do - Hạnh phúc")
    p(f"{place}, ngày {d.day:02d}/{d.month:02d}/{d.year}", italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    for i, ln in enumerate(rep["title"].split("\n")):
        p(ln, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    p("Kính gửi: Sở KHCN TP.HCM (qua Chi cục TĐC)", align=WD_ALIGN_PARAGRAPH.CENTER)
    kind, rest = rep["unit"]["name"].split(" ", 1)
    p(f"UBND {kind.lower()} {rest} báo cáo KQ thực hiện như sau:")
    p("I. KQ thực hiện (HT: hoàn thành; ĐTH: đang thực hiện; chưa TH: chưa thực hiện; KPS: không phát sinh)", bold=True)
    bullet = rep["file"].startswith("e-hocmon")
    for e in rep["entries"]:
        if bullet:
            p(e["line"][2:], style="List Bullet")
        else:
            p(e["line"])
    p("II. Khó khăn", bold=True)
    for x in rep["difficulties"]:
        if bullet:
            p(x, style="List Bullet")
        else:
            p("- " + x)
    p("III. Đề xuất", bold=True)
    for x in rep["proposals"]:
        if bullet:
            p(x, style="List Bullet")
        else:
            p("- " + x)
    p("")
    for ln in rep["signer"].split("\n"):
        p(ln, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    path = os.path.join(OUT, rep["file"]); doc.save(path)
    return path


# ===================================================================== truth
def entry_text(rep, e):
    h = rep["hand"]
    if h == "A":
        return e["text"]
    if h == "B":
        return e["head"] + ": " + " ".join(e["bullets"])
    if h == "E":
        return e["line"].lstrip("- ")
    return ""


def entry_source(rep, e, idx):
    h = rep["hand"]
    if h == "A":
        return f"word/document.xml lines under '{e['head']}'"
    if h == "B":
        return f"word/document.xml paragraphs {e['num']}"
    if h == "E":
        return f"word/document.xml paragraph '{e['line'][:20]}'"
    return ""


C_LABELS = {"Tuyên truyền": "II.1.a", "Phân quyền QLNN (5c)": "II.5.c", "Tập huấn công chức": "II.3.a"}


def c_task(label):
    """How hand C's 'Nhiệm vụ theo KH' column maps to the plan's task code."""
    import re
    if label.startswith("II."):
        return label
    m = re.match(r"^(\d)([a-zđ])\b", label)
    if m:
        return f"II.{m.group(1)}.{m.group(2)}"
    return C_LABELS.get(label)


def truth_for(rep, path):
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    base = {"file": rep["file"], "sha256": sha}
    if rep.get("mistaken"):
        base.update({"status": "rejected", "reason": rep["reason"], "unit": None, "document": None,
                     "entries": [], "difficulties": [], "proposals": [], "findings": []})
        return base
    entries = []
    if rep["hand"] in ("A", "B", "E"):
        for i, e in enumerate(rep["entries"]):
            entries.append({"task": e["task"], "status": e["status"], "indicators": e["ind"],
                            "text": entry_text(rep, e), "source": entry_source(rep, e, i)})
    elif rep["hand"] == "C":
        for e in rep["entries"]:
            rows = [(i, r) for i, r in enumerate(rep["rows"]) if c_task(r[0]) == e["task"]]
            text = "; ".join(f"{r[1]}: {r[3]} {r[2]}" for _, r in rows)
            first = rows[0][0] + len(rep["header_lines"]) + 4 if rows else None
            entries.append({"task": e["task"], "status": e["status"], "indicators": e["ind"], "text": text,
                            "source": f"xl/worksheets/sheet1.xml row {first}" if first else ""})
    elif rep["hand"] == "D":
        r0 = 8
        for t in rep["tasks"]:
            text = t["label"] + ": " + "; ".join(f"{a} {q} {u}".strip() for a, u, q in t["rows"] if a)
            entries.append({"task": t["task"], "status": t["status"], "indicators": t["ind"], "text": text,
                            "source": f"xl/worksheets/sheet1.xml rows {r0}-{r0 + len(t['rows']) - 1}"})
            r0 += len(t["rows"])
    base.update({"status": "extracted", "reason": None, "unit": rep["unit"],
                 "document": {"number": rep.get("number"), "date": rep["date"]},
                 "entries": entries, "difficulties": rep["difficulties"], "proposals": rep["proposals"],
                 "findings": []})
    return base


def main():
    renders = {"A": render_A, "B": render_B, "C": render_C, "D": render_D, "E": render_E}
    for rep in REPORTS:
        path = renders[rep["hand"]](rep)
        tr = truth_for(rep, path)
        with open(os.path.join(OUT, "truth", rep["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(tr, f, ensure_ascii=False, indent=2)
        print("ok", rep["file"])


if __name__ == "__main__":
    main()
