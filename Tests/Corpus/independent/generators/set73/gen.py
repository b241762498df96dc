# -*- coding: utf-8 -*-
"""Generator for set73. Four hands: A (Thu, DOCX, corrections), B (Phát, DOCX, connector-chained
paragraphs with "(03) cuộc"), C (Quang, XLSX update log), D (Hạnh, XLSX product formulas)."""
import json, os, hashlib, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}

def key(fname, unit_id, unit_name, number, date, entries, diffs, props, rejected=None):
    KEYS[fname] = {
        "file": fname, "sha256": None,
        "status": "rejected" if rejected else "extracted",
        "reason": rejected,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": [] if rejected else [
            {"task": e["task"], "status": e["status"], "indicators": e.get("ind", {}), "text": e["key_text"]}
            for e in entries],
        "findings": [],
        "difficulties": [] if rejected else list(diffs),
        "proposals": [] if rejected else list(props),
    }

def vn_date(iso):
    y, m, d = iso.split('-')
    return f"ngày {d} tháng {m} năm {y}"

def set_font(doc, name='Times New Roman', size=13):
    st = doc.styles['Normal']
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is not None:
        for a in ('w:eastAsia', 'w:cs'):
            rf.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}' + a.split(':')[1], name)

def para(doc, text, bold=False, italic=False, align=None, size=None, indent=True):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent and align in (None, 'j'):
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    return p

def header_table(doc, top_left, unit_line, number, place_date):
    t = doc.add_table(rows=3, cols=2)
    c = t.cell(0, 0); c.text = top_left
    c2 = t.cell(1, 0); c2.text = unit_line
    for cc in (c, c2):
        for p in cc.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c2.paragraphs[0].runs[0].bold = True
    t.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    t.cell(0, 1).paragraphs[0].runs[0].bold = True
    t.cell(1, 1).text = "Độc lập - Tự do - Hạnh phúc"
    t.cell(1, 1).paragraphs[0].runs[0].bold = True
    t.cell(2, 0).text = "Số: " + number
    t.cell(2, 1).text = place_date
    t.cell(2, 1).paragraphs[0].runs[0].italic = True
    for r in range(3):
        for k in range(2):
            for p in t.cell(r, k).paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t

def sign(doc, left_lines, right_lines):
    t = doc.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "\n".join(left_lines)
    t.cell(0, 1).text = "\n".join(right_lines)
    for p in t.cell(0, 1).paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

# ------------------------------------------------------------------ hand A (Thu)
def hand_A(r):
    doc = Document(); set_font(doc)
    header_table(doc, r['parent'], r['unit_caps'], r['number'], "Thành phố Hồ Chí Minh, " + vn_date(r['date']))
    para(doc, "")
    para(doc, "BÁO CÁO", bold=True, align='c')
    para(doc, r['title'], bold=True, align='c')
    para(doc, r['subtitle'], italic=True, align='c')
    para(doc, "Kính gửi: " + r['to'], align='c')
    for t in r['intro']:
        para(doc, t, align='j')
    para(doc, r.get('sec1', "I. KẾT QUẢ THỰC HIỆN (số liệu tính đến ngày báo cáo)"), bold=True, indent=False)
    for i, e in enumerate(r['entries'], 1):
        para(doc, f"{i}. {e['head']}", bold=True, indent=False)
        for t in e['paras']:
            para(doc, t, align='j')
    if r.get('corr'):
        para(doc, r.get('sec_corr', "II. BẢNG ĐỐI CHIẾU SỐ LIỆU ĐÃ ĐIỀU CHỈNH"), bold=True, indent=False)
        tb = doc.add_table(rows=1, cols=5); tb.style = 'Table Grid'
        for k, h in enumerate(["TT", "Nội dung", r['corr_old_head'], "Số liệu điều chỉnh", "Lý do điều chỉnh"]):
            tb.rows[0].cells[k].text = h
            tb.rows[0].cells[k].paragraphs[0].runs[0].bold = True
        for i, row in enumerate(r['corr'], 1):
            cells = tb.add_row().cells
            cells[0].text = str(i)
            for k, v in enumerate(row):
                cells[k + 1].text = v
    para(doc, r.get('sec_kk', "III. KHÓ KHĂN, VƯỚNG MẮC"), bold=True, indent=False)
    for d in r['diffs']:
        para(doc, "- " + d, align='j')
    para(doc, r.get('sec_dx', "IV. ĐỀ XUẤT, KIẾN NGHỊ"), bold=True, indent=False)
    for d in r['props']:
        para(doc, "- " + d, align='j')
    for t in r.get('outro', []):
        para(doc, t, align='j')
    sign(doc, ["Nơi nhận:", "- Như trên;", "- Lưu: VT, " + r['luu'] + "."], r['signer'])
    path = os.path.join(OUT, r['file']); doc.save(path)

# ------------------------------------------------------------------ hand B (Phát)
def hand_B(r):
    doc = Document(); set_font(doc, size=14)
    for l in r['head_lines']:
        para(doc, l, bold=l.isupper(), align='c', indent=False, size=12)
    para(doc, "Số: " + r['number'], align='c', indent=False, size=12)
    para(doc, r['place'] + ", " + vn_date(r['date']), italic=True, align='r', indent=False, size=12)
    para(doc, "BÁO CÁO", bold=True, align='c', indent=False)
    para(doc, r['title'], bold=True, align='c', indent=False)
    for t in r['intro']:
        para(doc, t, align='j')
    para(doc, "1. Kết quả thực hiện", bold=True, indent=False)
    for e in r['entries']:
        para(doc, e['para'], align='j')
    para(doc, "2. Khó khăn, vướng mắc", bold=True, indent=False)
    para(doc, r['diff_lead'], align='j')
    for d in r['diffs']:
        para(doc, "+ " + d, align='j')
    para(doc, "3. Kiến nghị, đề xuất", bold=True, indent=False)
    for d in r['props']:
        para(doc, "+ " + d, align='j')
    para(doc, r['closing'], align='j')
    sign(doc, ["Nơi nhận:"] + r['noinhan'], r['signer'])
    path = os.path.join(OUT, r['file']); doc.save(path)

thin = Side(style='thin'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical='top')

# ------------------------------------------------------------------ hand C (Quang)
def hand_C(r):
    wb = Workbook(); ws = wb.active; ws.title = "Theo doi CT38"
    ws['A1'] = r['parent']; ws['A2'] = r['unit_caps']; ws['A2'].font = Font(bold=True)
    ws['F1'] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws['F2'] = "Độc lập - Tự do - Hạnh phúc"
    ws['A3'] = "Số: " + r['number']; ws['F3'] = "TP. Hồ Chí Minh, " + vn_date(r['date'])
    ws['A5'] = r['title']; ws['A5'].font = Font(bold=True, size=13)
    ws['A6'] = "(Mỗi nhiệm vụ ghi các lần cập nhật; số liệu cộng dồn từ đầu năm đến ngày cập nhật, lần cập nhật cuối là số chính thức)"
    ws['A6'].font = Font(italic=True)
    cols = ["STT", "Nhiệm vụ", "Lần CN", "Ngày CN", "Tình trạng"] + [c[1] for c in r['cols']] + ["Diễn giải"]
    hr = 8
    for k, h in enumerate(cols, 1):
        c = ws.cell(hr, k, h); c.font = Font(bold=True); c.border = BOX; c.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
        c.fill = PatternFill('solid', fgColor='DDEBF7')
    row = hr + 1
    for i, e in enumerate(r['entries'], 1):
        first = row
        for j, u in enumerate(e['updates'], 1):
            vals = [i if j == 1 else None, e['name'] if j == 1 else None, f"Lần {j}", u[0], u[1]]
            vals += [u[2].get(cid) for cid, _ in r['cols']]
            vals += [u[3]]
            for k, v in enumerate(vals, 1):
                c = ws.cell(row, k, v); c.border = BOX; c.alignment = WRAP
                if isinstance(v, int) and v >= 1000:
                    c.number_format = '#,##0'
            row += 1
        if len(e['updates']) > 1:
            ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    widths = [5, 42, 7, 11, 16] + [11] * len(r['cols']) + [50]
    from openpyxl.utils import get_column_letter
    for k, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(k)].width = w
    ws.freeze_panes = ws.cell(hr + 1, 3)
    row += 1
    ws.cell(row, 2, "Người lập biểu"); ws.cell(row, 8, r['signer'][0]); row += 3
    ws.cell(row, 2, r['maker']); ws.cell(row, 8, r['signer'][1])
    w2 = wb.create_sheet("KK-DX")
    w2['A1'] = "KHÓ KHĂN, VƯỚNG MẮC"; w2['A1'].font = Font(bold=True)
    rr = 2
    for d in r['diffs']:
        w2.cell(rr, 1, "•"); w2.cell(rr, 2, d); rr += 1
    rr += 1
    w2.cell(rr, 1, "ĐỀ XUẤT, KIẾN NGHỊ").font = Font(bold=True); rr += 1
    for d in r['props']:
        w2.cell(rr, 1, "•"); w2.cell(rr, 2, d); rr += 1
    w2.column_dimensions['B'].width = 100
    wb.save(os.path.join(OUT, r['file']))

# ------------------------------------------------------------------ hand D (Hạnh)
def hand_D(r):
    wb = Workbook(); ws = wb.active; ws.title = "BC"
    ws['A1'] = r['parent']; ws['A2'] = r['unit_caps']; ws['A2'].font = Font(bold=True)
    ws['D1'] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws['D2'] = "Độc lập - Tự do - Hạnh phúc"
    ws['A3'] = "Số: " + r['number']; ws['D3'] = "Thành phố Hồ Chí Minh, " + vn_date(r['date'])
    ws['A5'] = r['title']; ws['A5'].font = Font(bold=True, size=13)
    ws.merge_cells('A5:E5'); ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.row_dimensions[5].height = 36
    hr = 7
    heads = r.get('heads', ["TT", "Việc Sở đã làm", "Thuộc nhiệm vụ (KH 38 của Sở KH&CN)", "Cách tính / số liệu", "Tình hình"])
    for k, h in enumerate(heads, 1):
        c = ws.cell(hr, k, h); c.font = Font(bold=True); c.border = BOX; c.alignment = Alignment(wrap_text=True, horizontal='center')
    row = hr + 1
    for i, e in enumerate(r['entries'], 1):
        for k, v in enumerate([i, e['work'], e['belongs'], e['calc'], e['word']], 1):
            c = ws.cell(row, k, v); c.border = BOX; c.alignment = WRAP
        row += 1
    for col, w in zip("ABCDE", [5, 55, 34, 38, 22]):
        ws.column_dimensions[col].width = w
    row += 1
    ws.cell(row, 1, r.get('kk_head', "Vướng:")).font = Font(bold=True) if False else Font(bold=True); row += 1
    for d in r['diffs']:
        ws.cell(row, 2, "– " + d); row += 1
    ws.cell(row, 1, r.get('dx_head', "Kiến nghị:")).font = Font(bold=True); row += 1
    for d in r['props']:
        ws.cell(row, 2, "– " + d); row += 1
    row += 1
    ws.cell(row, 4, r['signer'][0]); ws.cell(row + 3, 4, r['signer'][1])
    ws.cell(row, 1, "Ghi chú: cột “Cách tính / số liệu” ghi theo dạng số đợt × số cơ sở (hoặc số lớp × số người) = tổng.")
    wb.save(os.path.join(OUT, r['file']))

if __name__ == '__main__':
    from reports import REPORTS
    for r in REPORTS:
        {'A': hand_A, 'B': hand_B, 'C': hand_C, 'D': hand_D}[r['hand']](r)
        key(r['file'], r['unit_id'], r['unit_name'], r['number'], r['date'], r.get('entries', []),
            r.get('diffs', []), r.get('props', []), r.get('rejected'))
    # LibreOffice re-save of two files, as offices do
    for f in ['bc-ct38-phuong-tam-thang.docx', 'theo-doi-ct38-phong-cds.xlsx']:
        src = os.path.join(OUT, f); tmp = os.path.join(OUT, '_lo'); os.makedirs(tmp, exist_ok=True)
        ext = f.rsplit('.', 1)[1]
        subprocess.run(['soffice', '--headless', '--convert-to', ext, '--outdir', tmp, src],
                       check=True, capture_output=True, timeout=180)
        shutil.move(os.path.join(tmp, f), src); shutil.rmtree(tmp)
    for f, k in KEYS.items():
        k['sha256'] = hashlib.sha256(open(os.path.join(OUT, f), 'rb').read()).hexdigest()
        json.dump(k, open(os.path.join(TRUTH, f + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(len(KEYS), 'files')
