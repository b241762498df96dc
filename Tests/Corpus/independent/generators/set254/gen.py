# -*- coding: utf-8 -*-
"""Generator of set 254. Writes the files, re-saves two through LibreOffice, then the keys."""
import os, json, hashlib, shutil, subprocess, tempfile
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
from data import FILES

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)


def dwords(iso):
    y, m, d = iso.split('-')
    return f"ngày {d} tháng {m} năm {y}"


# ------------------------------------------------------------------ docx helpers
def new_doc(font='Times New Roman', size=13, landscape=False):
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(2)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    return d


def para(d, text='', bold=False, italic=False, align=None, size=None, indent=True, under=False):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, under
        if size:
            r.font.size = Pt(size)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j':
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align != 'c':
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    return p


def cell_lines(cell, lines, bold=False, italic=False, align=None, size=None):
    cell.text = ''
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(ln)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if align == 'c':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def no_borders(t):
    tbl = t._tbl
    tblPr = tbl.tblPr
    b = tblPr.find(qn('w:tblBorders'))
    if b is not None:
        tblPr.remove(b)
    t.style = None


def header_table(d, left, right):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    cell_lines(l, [x[0] for x in left], align='c', size=12)
    for p, (_, b, i) in zip(l.paragraphs, left):
        for run in p.runs:
            run.bold, run.italic = b, i
    cell_lines(r, [x[0] for x in right], align='c', size=12)
    for p, (_, b, i) in zip(r.paragraphs, right):
        for run in p.runs:
            run.bold, run.italic = b, i
    return t


def sign_table(d, left_lines, right_lines):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    l, r = t.rows[0].cells
    cell_lines(l, left_lines, size=11)
    if l.paragraphs and l.paragraphs[0].runs:
        l.paragraphs[0].runs[0].bold = True
        l.paragraphs[0].runs[0].italic = True
    cell_lines(r, right_lines, align='c', bold=True)


# ------------------------------------------------------------------ hand A
def gen_A(f, path):
    d = new_doc()
    header_table(d, [("ỦY BAN NHÂN DÂN", False, False), (f['up'], True, False), ("––––––––", False, False),
                     ("Số: " + f['num'], False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("––––––––––––––––", False, False), (f"{f['place']}, {dwords(f['date'])}", False, True)])
    para(d)
    para(d, "BÁO CÁO", bold=True, align='c', size=14)
    title = f.get('title') or "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn xã"
    para(d, title, bold=True, align='c')
    para(d, "––––––––", align='c')
    name = f['unit_name'].replace('Xã', 'xã')
    para(d, f"Thực hiện {f['ref']}, Ủy ban nhân dân {name} báo cáo kết quả như sau:", align='j')
    para(d, "I. TÌNH HÌNH TRIỂN KHAI", bold=True, indent=False)
    para(d, f['intro'], align='j')
    para(d, "II. KẾT QUẢ THỰC HIỆN CỤ THỂ", bold=True, indent=False)
    t = d.add_table(rows=1, cols=5)
    t.style = 'Table Grid'
    hdr = ["TT", "Nội dung công việc", "Biện pháp đã triển khai", "Kết quả", "Đánh giá"]
    for c, h in zip(t.rows[0].cells, hdr):
        cell_lines(c, [h], bold=True, align='c', size=12)
    for i, it in enumerate(f['items'], 1):
        cells = t.add_row().cells
        cell_lines(cells[0], [str(i)], align='c', size=12)
        cell_lines(cells[1], [it['name']], size=12)
        cell_lines(cells[2], [it['how']], size=12)
        res = it['res']
        cell_lines(cells[3], [("- " + x) if len(res) > 1 else x for x in res], size=12)
        cell_lines(cells[4], [it['st']], align='c', size=12)
    widths = [Cm(1), Cm(4.2), Cm(4.5), Cm(4.3), Cm(2.5)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    para(d)
    para(d, "III. KHÓ KHĂN, HẠN CHẾ", bold=True, indent=False)
    for x in f['diffs']:
        para(d, "- " + x, align='j')
    para(d, "IV. KIẾN NGHỊ, ĐỀ XUẤT", bold=True, indent=False)
    for k, (who, lst) in enumerate(f['props'], 1):
        para(d, f"{k}. {who}:", italic=True)
        for x in lst:
            para(d, "- " + x, align='j')
    para(d, f"Trên đây là báo cáo của Ủy ban nhân dân {name}./.", align='j')
    sign_table(d, ["Nơi nhận:", "- Chi cục TĐC (b/c);", "- TT. Đảng ủy, HĐND xã;", "- Lưu: VT, KT."],
               f['role'].split('\n') + ["", "", "", f['signer']])
    d.save(path)


# ------------------------------------------------------------------ hand C
def gen_C(f, path):
    d = new_doc(size=14)
    header_table(d, [("ỦY BAN NHÂN DÂN", True, False), (f['up'], True, False), ("", False, False),
                     ("Số: " + f['num'], False, False),
                     ("V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026", False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("", False, False), (f"{f['place']}, {dwords(f['date'])}", False, True)])
    para(d)
    p = para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align='c')
    name = f['unit_name'].replace('Xã', 'xã')
    para(d, "Thực hiện Công văn số 2156/TĐC-QLĐL ngày 09/10/2026 của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026; "
         f"Ủy ban nhân dân {name} báo cáo như sau:", align='j')
    para(d, "1. Kết quả thực hiện", bold=True)
    letters = "a b c d đ e g h".split()
    for L, it in zip(letters, f['items']):
        para(d, f"{L}) {it['head']}", italic=True)
        txt = it['body'] + ((" " + it['close']) if it['close'] else "")
        para(d, txt, align='j')
    para(d, "2. Khó khăn, vướng mắc", bold=True)
    for x in f['diffs']:
        para(d, "- " + x, align='j')
    para(d, "3. Kiến nghị", bold=True)
    for x in f['props']:
        para(d, "- " + x, align='j')
    para(d, f"Trên đây là báo cáo của Ủy ban nhân dân {name}, kính gửi Chi cục tổng hợp./.", align='j')
    sign_table(d, ["Nơi nhận:", "- Như trên;", "- Chủ tịch, các PCT UBND xã;", "- Lưu: VT."],
               ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", f['signer']])
    d.save(path)


# ------------------------------------------------------------------ hand D (docx)
def gen_D_docx(f, path):
    d = new_doc()
    header_table(d, [("ỦY BAN NHÂN DÂN", False, False), ("THÀNH PHỐ HỒ CHÍ MINH", False, False), (f['up'], True, False),
                     ("Số: " + f['num'], False, False),
                     ("V/v báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("", False, False), (f"{f['place']}, {dwords(f['date'])}", False, True)])
    para(d)
    para(d, "Kính gửi: Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng).", align='c')
    para(d, f"Theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, {f['unit_name']} là cơ quan phối hợp ở một số nội dung. "
         f"{f['unit_name']} báo cáo kết quả phối hợp đến ngày 25/10/2026 như sau:", align='j')
    para(d, "I. KẾT QUẢ PHỐI HỢP", bold=True, indent=False)
    for i, it in enumerate(f['items'], 1):
        p = para(d, f"{i}. Nội dung Kế hoạch: ", bold=True)
        r = p.add_run("“…" + it['quote'] + "…”")
        r.italic = True
        para(d, "Kết quả: " + it['res'], align='j')
        p = para(d, "Mức độ đáp ứng: ")
        r = p.add_run(it['st'] + ".")
        r.bold = True
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in f['diffs']:
        para(d, "- " + x, align='j')
    para(d, "III. ĐỀ XUẤT", bold=True, indent=False)
    for x in f['props']:
        para(d, "- " + x, align='j')
    para(d, f"{f['unit_name']} kính gửi Sở Khoa học và Công nghệ tổng hợp./.", align='j')
    sign_table(d, ["Nơi nhận:", "- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, QLTM."],
               f['role'].split('\n') + ["", "", "", f['signer']])
    d.save(path)


# ------------------------------------------------------------------ xlsx helpers
thin = Side(style='thin')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical='top')
CEN = Alignment(horizontal='center', vertical='center', wrap_text=True)
TNR = 'Times New Roman'


def put(ws, ref, val, bold=False, italic=False, align=None, size=12, border=False):
    c = ws[ref]
    c.value = val
    c.font = Font(name=TNR, bold=bold, italic=italic, size=size)
    c.alignment = align or WRAP
    if border:
        c.border = BOX
    return c


# ------------------------------------------------------------------ hand B
def gen_B(f, path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "BaoCao"
    for col, w in zip("ABCDEFG", [6, 34, 46, 10, 10, 15, 14]):
        ws.column_dimensions[col].width = w
    ws.merge_cells('A1:C1'); put(ws, 'A1', "UBND " + f['up'], bold=True, align=CEN)
    ws.merge_cells('D1:G1'); put(ws, 'D1', "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align=CEN)
    ws.merge_cells('A2:C2'); put(ws, 'A2', "Số: " + f['num'], align=CEN)
    ws.merge_cells('D2:G2'); put(ws, 'D2', "Độc lập - Tự do - Hạnh phúc", bold=True, align=CEN)
    ws.merge_cells('D3:G3'); put(ws, 'D3', f"{f['place']}, {dwords(f['date'])}", italic=True, align=CEN)
    ws.merge_cells('A5:G5')
    put(ws, 'A5', f.get('title') or "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026", bold=True, size=13, align=CEN)
    ws.merge_cells('A6:G6'); put(ws, 'A6', f"(Kỳ báo cáo: {f['period']})", italic=True, align=CEN)
    r = 8
    hdr = ["STT", "Nội dung công việc", "Kết quả thực hiện", "Số lượng", "ĐVT", "Tiến độ", "Ghi chú"]
    for col, h in zip("ABCDEFG", hdr):
        put(ws, f"{col}{r}", h, bold=True, align=CEN, border=True)
    ws.row_dimensions[r].height = 30
    for i, it in enumerate(f['items'], 1):
        r += 1
        put(ws, f"A{r}", i, align=CEN, border=True)
        put(ws, f"B{r}", f"{it['tag']} {it['name']}", border=True)
        put(ws, f"C{r}", it['res'] or None, border=True)
        c = put(ws, f"D{r}", it['q'], align=CEN, border=True)
        put(ws, f"E{r}", it['u'] or None, align=CEN, border=True)
        put(ws, f"F{r}", it['st'], align=CEN, border=True)
        put(ws, f"G{r}", None, border=True)
        ws.row_dimensions[r].height = 48
    r += 1
    put(ws, f"A{r}", "Ghi chú: [TT] tuyên truyền; [ĐL] đo lường; [CL] chất lượng; [TC] tiêu chuẩn; [ĐT] đào tạo, tập huấn; [QL] quản lý nội bộ.", italic=True, size=10, align=Alignment())
    r += 2
    put(ws, f"B{r}", "Khó khăn, vướng mắc:", bold=True)
    for x in f['diffs']:
        r += 1
        ws.merge_cells(f"B{r}:G{r}")
        put(ws, f"B{r}", "+ " + x)
        ws.row_dimensions[r].height = 32
    r += 1
    put(ws, f"B{r}", "Kiến nghị, đề xuất:", bold=True)
    for x in f['props']:
        r += 1
        ws.merge_cells(f"B{r}:G{r}")
        put(ws, f"B{r}", "+ " + x)
        ws.row_dimensions[r].height = 32
    r += 2
    put(ws, f"B{r}", "NGƯỜI LẬP BIỂU", bold=True, align=CEN)
    ws.merge_cells(f"E{r}:G{r}"); put(ws, f"E{r}", "KT. CHỦ TỊCH", bold=True, align=CEN)
    ws.merge_cells(f"E{r+1}:G{r+1}"); put(ws, f"E{r+1}", "PHÓ CHỦ TỊCH", bold=True, align=CEN)
    put(ws, f"B{r+5}", f['maker'], align=CEN)
    ws.merge_cells(f"E{r+5}:G{r+5}"); put(ws, f"E{r+5}", f['signer'], bold=True, align=CEN)
    ws.page_setup.orientation = 'landscape'
    ws.print_title_rows = '8:8'
    wb.save(path)


# ------------------------------------------------------------------ hand D (xlsx)
def gen_D_xlsx(f, path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bao cao"
    for col, w in zip("ABCD", [5, 40, 60, 18]):
        ws.column_dimensions[col].width = w
    ws.merge_cells('A1:B1'); put(ws, 'A1', "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", align=CEN)
    ws.merge_cells('A2:B2'); put(ws, 'A2', f['up'], bold=True, align=CEN)
    ws.merge_cells('A3:B3'); put(ws, 'A3', "Số: " + f['num'], align=CEN)
    put(ws, 'C1', "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align=CEN)
    put(ws, 'C2', "Độc lập - Tự do - Hạnh phúc", bold=True, align=CEN)
    put(ws, 'C3', f"{f['place']}, {dwords(f['date'])}", italic=True, align=CEN)
    ws.merge_cells('A5:D5')
    put(ws, 'A5', "BÁO CÁO KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026", bold=True, size=13, align=CEN)
    ws.merge_cells('A6:D6')
    put(ws, 'A6', "(Kính gửi: Sở Khoa học và Công nghệ - Chi cục Tiêu chuẩn Đo lường Chất lượng)", italic=True, align=CEN)
    r = 8
    for col, h in zip("ABCD", ["TT", "Nội dung Kế hoạch (trích)", "Kết quả phối hợp", "Mức độ đáp ứng"]):
        put(ws, f"{col}{r}", h, bold=True, align=CEN, border=True)
    for i, it in enumerate(f['items'], 1):
        r += 1
        put(ws, f"A{r}", i, align=CEN, border=True)
        put(ws, f"B{r}", "“…" + it['quote'] + "…”", italic=True, border=True)
        put(ws, f"C{r}", it['res'], border=True)
        put(ws, f"D{r}", it['st'], align=CEN, border=True)
        ws.row_dimensions[r].height = 62
    r += 2
    put(ws, f"A{r}", "I", bold=True); put(ws, f"B{r}", "Khó khăn, vướng mắc", bold=True)
    for k, x in enumerate(f['diffs'], 1):
        r += 1
        put(ws, f"A{r}", k, align=CEN)
        ws.merge_cells(f"B{r}:D{r}"); put(ws, f"B{r}", x)
        ws.row_dimensions[r].height = 32
    r += 1
    put(ws, f"A{r}", "II", bold=True); put(ws, f"B{r}", "Đề xuất", bold=True)
    for k, x in enumerate(f['props'], 1):
        r += 1
        put(ws, f"A{r}", k, align=CEN)
        ws.merge_cells(f"B{r}:D{r}"); put(ws, f"B{r}", x)
        ws.row_dimensions[r].height = 32
    r += 2
    for k, ln in enumerate(f['role'].split('\n') + ["", "", f['signer']]):
        put(ws, f"C{r+k}", ln or None, bold=True, align=CEN)
    wb.save(path)


def resave(path):
    ext = path.rsplit('.', 1)[1]
    tmp = tempfile.mkdtemp()
    subprocess.run(['libreoffice', '--headless', '--convert-to', ext, '--outdir', tmp, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path)
    shutil.rmtree(tmp)


def key(f, path):
    sha = hashlib.sha256(open(path, 'rb').read()).hexdigest()
    k = {"file": f['file'], "sha256": sha}
    if f.get('mistaken'):
        k.update(status="rejected", reason=f['reason'])
    else:
        k.update(status="extracted", reason=None)
    k["unit"] = {"id": f['unit_id'], "name": f['unit_name']}
    k["document"] = {"number": f['num'], "date": f['date']}
    ents = []
    if not f.get('mistaken'):
        for it in f['items']:
            if f['hand'] == 'A':
                text = it['name'] + ": " + " ".join(it['res'])
            elif f['hand'] == 'B':
                text = it['name'] + (": " + it['res'] if it['res'] else "")
            elif f['hand'] == 'C':
                text = it['body'] + ((" " + it['close']) if it['close'] else "")
            else:
                text = it['res']
            ents.append({"task": it['task'], "status": it['status'], "indicators": dict(it['ind']), "text": text})
    k["entries"] = ents
    k["findings"] = []
    if f.get('mistaken'):
        k["difficulties"], k["proposals"] = [], []
    else:
        k["difficulties"] = list(f['diffs'])
        if f['hand'] == 'A':
            k["proposals"] = [x for _, lst in f['props'] for x in lst]
        else:
            k["proposals"] = list(f['props'])
    return k


def main():
    for f in FILES:
        path = os.path.join(OUT, f['file'])
        if f['hand'] == 'A':
            gen_A(f, path)
        elif f['hand'] == 'B':
            gen_B(f, path)
        elif f['hand'] == 'C':
            gen_C(f, path)
        elif f['file'].endswith('.docx'):
            gen_D_docx(f, path)
        else:
            gen_D_xlsx(f, path)
        if f.get('resave'):
            resave(path)
    for f in FILES:   # keys last: sha256 of the final files
        path = os.path.join(OUT, f['file'])
        with open(os.path.join(TRUTH, f['file'] + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(key(f, path), fh, ensure_ascii=False, indent=2)
    print(len(FILES), "files")


if __name__ == '__main__':
    main()
