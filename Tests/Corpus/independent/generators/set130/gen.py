# -*- coding: utf-8 -*-
"""Generator for set130: 18 reports in 5 hands + exact keys (sha256 filled by finalize.py)."""
import json, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
KEYS = []


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS.append({
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": [{"task": t, "status": s, "indicators": ind, "text": tx} for (t, s, ind, tx) in entries],
        "findings": [], "difficulties": diffs, "proposals": props,
    })


def base_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    rf.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia', font)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    pf = st.paragraph_format
    pf.space_after = Pt(3); pf.space_before = Pt(0)
    return d


def para(d, text="", bold=False, italic=False, align=None, size=None, indent=None, underline=False):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    return p


def runs(d, parts, align=None, indent=None):
    """parts: list of (text, flags) flags in 'b','i','u'"""
    p = d.add_paragraph()
    for t, f in parts:
        r = p.add_run(t); r.bold = 'b' in f; r.italic = 'i' in f; r.underline = 'u' in f
    if align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    return p


def no_borders(tbl):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    tblPr = tbl._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), 'nil'); b.append(x)
    tblPr.append(b)


def header_table(d, left_lines, right_lines, size=12):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    for cell, lines in ((t.cell(0, 0), left_lines), (t.cell(0, 1), right_lines)):
        cell.paragraphs[0].text = ""
        first = True
        for txt, fl in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt); r.bold = 'b' in fl; r.italic = 'i' in fl; r.underline = 'u' in fl
            r.font.size = Pt(size)
    return t


# =====================================================================
# HAND 1 — Lê Văn Tùng, ward Phòng Kinh tế: no tables, "pipe" lines typed
# as columns in plain paragraphs; statuses "xong / còn tiếp / chưa đụng tới / ko có việc"
# =====================================================================
def hand1(fname, unit_up, ward_short, number, date_txt, title2, rows, vuong, denghi, signer, kinhgui=True, heading="1. Kết quả (số liệu đến 20/10/2026):"):
    d = base_doc("Times New Roman", 13)
    para(d, "UBND " + unit_up, bold=True)
    para(d, "PHÒNG KINH TẾ")
    para(d, "Số: " + number)
    para(d, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align="r")
    para(d, "Độc lập - Tự do - Hạnh phúc", align="r")
    para(d, ward_short + ", " + date_txt, italic=True, align="r")
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, title2, bold=True, align="c")
    if kinhgui:
        para(d, "Kính gửi: Chi cục TĐC TP.HCM", align="c")
    para(d, heading, bold=True)
    para(d, "TT | Việc | Số | Tình hình", bold=True)
    for r in rows:
        para(d, r)
    para(d, "2. Vướng:", bold=True)
    for v in vuong:
        para(d, "- " + v)
    para(d, "3. Đề nghị:", bold=True)
    for v in denghi:
        para(d, "- " + v)
    para(d, "")
    para(d, "KT. CHỦ TỊCH", bold=True, align="r")
    para(d, "PHÓ CHỦ TỊCH", bold=True, align="r")
    para(d, "")
    para(d, signer, bold=True, align="r")
    para(d, "Nơi nhận: như trên; lưu VT, KT (Tùng).", italic=True, size=10)
    d.save(os.path.join(OUT, fname))


def gen_h1():
    # --- 1. Bàn Cờ
    f = "27154-ban-co-bc-kh38.docx"
    rows = [
        "01 | Phát loa KP + đăng fanpage phường về cân đo, nhãn hàng | 8 tin bài (loa 6, fanpage 2) | xong",
        "02 | KT cân chợ Bàn Cờ, chợ Vườn Chuối (phối hợp Chi cục) | 2 cuộc; 23 hộ; 4 VP; phạt 6,25 tr | xong",
        "03 | Cân đối chứng 2 chợ - gửi KĐ lại | 3 cân | xong",
        "04 | CB phường dự tập huấn nghiệp vụ Chi cục (T8) | 2 lượt CB | xong",
        "05 | ISO 9001 BP một cửa - chuyển qua ISO điện tử | - | còn tiếp",
        "06 | Tiếp nhận tố giác gian lận cân đo | - | ko có việc",
    ]
    vu = ["Chỉ có 01 CB kiêm nhiệm, không có chuyên môn đo lường."]
    dn = ["Chi cục hỗ trợ kiểm định miễn phí cân đối chứng cho chợ."]
    hand1(f, "PHƯỜNG BÀN CỜ", "Bàn Cờ", "312/BC-UBND", "ngày 23/10/2026",
          "KQ triển khai KH 38 (TĐC) năm 2026", rows, vu, dn, "Võ Thành Nhân")
    key(f, "27154", "Phường Bàn Cờ", "312/BC-UBND", "2026-10-23", [
        ("II.1.a", "completed", {"communications": 8}, rows[0]),
        ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 23, "violations": 4, "fines_vnd": 6250000, "instruments_verified": 3}, rows[1] + " / " + rows[2]),
        ("II.3.a", "completed", {"participants": 2}, rows[3]),
        ("II.2.đ", "in_progress", {}, rows[4]),
        ("II.5.d", "not_applicable", {}, rows[5]),
    ], vu, dn)

    # --- 2. Chợ Lớn
    f = "27343-cho-lon-bc-tdc.docx"
    rows = [
        "01 | TT quy định nhãn hàng hóa cho hộ KD dãy Hải Thượng Lãn Ông (thuốc bắc) | 1 buổi; 64 hộ dự | xong",
        "02 | KT nhãn, hàng NK tại chợ Bình Tây | 3 cuộc; 31 cs; 5 VP; 11,5 tr | còn tiếp",
        "03 | HD hộ KD đăng ký tem QR truy xuất | 42 hộ | còn tiếp",
        "04 | Vận động DN dự GT CLQG | - | chưa đụng tới",
        "05 | CB dự lớp nghiệp vụ TĐC của Chi cục | 3 người | xong",
    ]
    vu = ["Hộ KD người Hoa lớn tuổi, khó tiếp cận hướng dẫn QR."]
    dn = ["Chi cục cho tài liệu song ngữ Việt - Hoa."]
    hand1(f, "PHƯỜNG CHỢ LỚN", "Chợ Lớn", "198/BC-UBND", "ngày 20/10/2026",
          "Tình hình làm KH 38 - TĐC (10 tháng)", rows, vu, dn, "Lâm Quốc Hưng")
    key(f, "27343", "Phường Chợ Lớn", "198/BC-UBND", "2026-10-20", [
        ("II.1.a", "completed", {"training_courses": 1, "participants": 64}, rows[0]),
        ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 31, "violations": 5, "fines_vnd": 11500000}, rows[1]),
        ("II.2.a", "in_progress", {"enterprises_supported": 42}, rows[2]),
        ("II.1.b", "not_started", {}, rows[3]),
        ("II.3.a", "completed", {"participants": 3}, rows[4]),
    ], vu, dn)

    # --- 3. Phú Nhuận
    f = "27073-phu-nhuan-kh38.docx"
    rows = [
        "01 | TT pháp luật TĐC lồng ghép họp 11 KP | 9 tin | xong",
        "02 | KT đo lường xăng dầu + cân chợ Phú Nhuận | 3 cuộc (XD 1, cân 2); 23 cs; 2 VP; 3,5 tr | còn tiếp",
        "03 | HD DN trên địa bàn công bố hợp quy / TCCS | 7 DN | xong",
        "04 | ISO một cửa | đã đánh giá nội bộ T9 | xong",
        "05 | GT CLQG | không DN đăng ký | ko có việc",
    ]
    vu = ["Kinh phí tuyên truyền không có dòng riêng.", "Cửa hàng xăng dầu thuộc nhiều phường, chưa rõ ai chủ trì KT."]
    dn = ["Giao kinh phí TĐC riêng cho phường từ 2027."]
    hand1(f, "PHƯỜNG PHÚ NHUẬN", "Phú Nhuận", "276/BC-UBND", "ngày 27/10/2026",
          "KQ thực hiện KH CT38 năm 2026", rows, vu, dn, "Trịnh Minh Khoa")
    key(f, "27073", "Phường Phú Nhuận", "276/BC-UBND", "2026-10-27", [
        ("II.1.a", "completed", {"communications": 9}, rows[0]),
        ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 23, "violations": 2, "fines_vnd": 3500000}, rows[1]),
        ("II.2.d", "completed", {"enterprises_supported": 7}, rows[2]),
        ("II.2.đ", "completed", {}, rows[3]),
        ("II.1.b", "not_applicable", {}, rows[4]),
    ], vu, dn)

    # --- 4. Cầu Kiệu — MISTAKEN (chuyển đổi số)
    f = "27058-cau-kieu-bc-thang10.docx"
    rows = [
        "01 | Hồ sơ TTHC trực tuyến toàn trình | 87% | còn tiếp",
        "02 | Số hóa kết quả giải quyết TTHC | 4.312 hồ sơ | còn tiếp",
        "03 | Cài VNeID mức 2 cho dân (tổ CNS cộng đồng) | 1.065 lượt | xong",
        "04 | Wifi miễn phí khu vực công cộng | 2 điểm | chưa đụng tới",
        "05 | Camera AI nút giao Phan Đăng Lưu | - | ko có việc",
    ]
    vu = ["Đường truyền một cửa chập chờn giờ cao điểm."]
    dn = ["Sở KH&CN cấp thêm 02 máy quét tài liệu."]
    hand1(f, "PHƯỜNG CẦU KIỆU", "Cầu Kiệu", "241/BC-UBND", "ngày 22/10/2026",
          "KQ chuyển đổi số tháng 10/2026", rows, vu, dn, "Huỳnh Văn Sang", kinhgui=False,
          heading="1. Kết quả CĐS tháng 10:")
    key(f, "27058", "Phường Cầu Kiệu", "241/BC-UBND", "2026-10-22", [], [], [],
        status="rejected", reason="Báo cáo kết quả chuyển đổi số tháng 10/2026, không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).")


# =====================================================================
# HAND 2 — Trần Thị Ngân, ward văn phòng: one small sheet, lower-case
# abbreviated headers (c | cs | vp | đ | khác | ghi) with no legend,
# status in "ghi" as "ok 18/9" / "đang" / "chưa" / "k.ps"; "Tồn:" and
# "Kiến nghị:" rows under the table.
# =====================================================================
thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def hand2(fname, unit_up, line2, rows, ton, kn, nguoilap, sheet="KH38", title="BC KQ KH38/TĐC năm 2026"):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    ws["A1"] = "UBND " + unit_up; ws["A1"].font = Font(bold=True, name="Arial", size=10)
    ws["A2"] = title + " - " + line2
    ws["A2"].font = Font(name="Arial", size=10, italic=True)
    hdr = ["stt", "việc", "c", "cs", "vp", "đ", "khác", "ghi"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True, name="Arial", size=10)
        c.border = BOX; c.alignment = Alignment(horizontal="center")
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    r = 5
    for i, row in enumerate(rows, 1):
        vals = [i] + list(row)
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v); c.border = BOX
            c.font = Font(name="Arial", size=10)
            if j == 6 and isinstance(v, int): c.number_format = "#,##0"
            if j == 2: c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Tồn:").font = Font(bold=True, name="Arial", size=10)
    for t in ton:
        ws.cell(row=r, column=2, value=t); r += 1
    ws.cell(row=r, column=1, value="Kiến nghị:").font = Font(bold=True, name="Arial", size=10)
    for t in kn:
        ws.cell(row=r, column=2, value=t); r += 1
    r += 1
    ws.cell(row=r, column=6, value="Người lập: " + nguoilap).font = Font(italic=True, name="Arial", size=10)
    ws.column_dimensions["A"].width = 6; ws.column_dimensions["B"].width = 44
    for col in "CDE": ws.column_dimensions[col].width = 5
    ws.column_dimensions["F"].width = 12; ws.column_dimensions["G"].width = 26; ws.column_dimensions["H"].width = 10
    wb.save(os.path.join(OUT, fname))


def rowtext(r):
    hdr = ["c", "cs", "vp", "đ", "khác", "ghi"]
    s = r[0]
    for h, v in zip(hdr, r[1:]):
        if v not in (None, ""):
            s += f" | {h}: {v}"
    return s


def gen_h2():
    # --- 5. Tân Định
    f = "26737-tan-dinh-kh38.xlsx"
    rows = [
        ("kt cân chợ Tân Định (đợt T3 + T9), phối hợp Chi cục", 2, 26, 3, 4500000, None, "ok 18/9"),
        ("tuyên truyền loa, nhóm zalo khu phố", None, None, None, None, "12 tin", "ok"),
        ("hướng dẫn hộ kd dán tem QR truy xuất", None, None, None, None, "35 hộ", "đang"),
        ("cán bộ đi tập huấn Chi cục", None, None, None, None, "2 ng", "ok 14/8"),
        ("nhận tin báo gian lận đo lường", None, None, None, None, "1 tin báo, đã chuyển Chi cục", "ok"),
    ]
    ton = ["Chợ Tân Định đang sửa chữa, tiểu thương dời ra lề đường, khó kiểm tra."]
    kn = ["Xin Chi cục 01 bộ quả cân chuẩn để phường tự kiểm tra cân."]
    hand2(f, "PHƯỜNG TÂN ĐỊNH", "Số 155/BC-UBND - 21/10/2026", rows, ton, kn, "Trần Thị Ngân")
    key(f, "26737", "Phường Tân Định", "155/BC-UBND", "2026-10-21", [
        ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 26, "violations": 3, "fines_vnd": 4500000}, rowtext(rows[0])),
        ("II.1.a", "completed", {"communications": 12}, rowtext(rows[1])),
        ("II.2.a", "in_progress", {"enterprises_supported": 35}, rowtext(rows[2])),
        ("II.3.a", "completed", {"participants": 2}, rowtext(rows[3])),
        ("II.5.d", "completed", {}, rowtext(rows[4])),
    ], ton, kn)

    # --- 6. Chợ Quán
    f = "27301-cho-quan-kh38.xlsx"
    rows = [
        ("kt nhãn hàng hóa dịp Tết + Trung thu", 2, 19, 2, 7000000, None, "ok 20/9"),
        ("xử lý phản ánh cân thiếu ở chợ", None, None, None, None, "2 phản ánh, đã trả lời dân", "ok"),
        ("iso hành chính (bộ phận một cửa)", None, None, None, None, None, "đang"),
        ("vận động dn dự giải thưởng chất lượng QG", None, None, None, None, "1 dn được hd hồ sơ", "đang"),
        ("lớp phổ biến pháp luật TĐC cho hộ kd chợ (dự kiến T11)", None, None, None, None, None, "chưa"),
    ]
    ton = ["Cán bộ địa chính kiêm luôn TĐC, không đủ người đi kiểm tra."]
    kn = ["Sở hướng dẫn rõ phân cấp kiểm tra giữa phường và Chi cục."]
    hand2(f, "PHƯỜNG CHỢ QUÁN", "Số 207/BC-UBND - 26/10/2026", rows, ton, kn, "Ngân")
    key(f, "27301", "Phường Chợ Quán", "207/BC-UBND", "2026-10-26", [
        ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 19, "violations": 2, "fines_vnd": 7000000}, rowtext(rows[0])),
        ("II.5.d", "completed", {}, rowtext(rows[1])),
        ("II.2.đ", "in_progress", {}, rowtext(rows[2])),
        ("II.1.b", "in_progress", {"enterprises_supported": 1}, rowtext(rows[3])),
        ("II.1.a", "not_started", {}, rowtext(rows[4])),
    ], ton, kn)

    # --- 7. Gia Định
    f = "26944-gia-dinh-kh38.xlsx"
    rows = [
        ("kt đo lường chợ Bà Chiểu", 3, 41, 6, 12750000, None, "đang"),
        ("tt trên cổng TTĐT phường", None, None, None, None, "5 bài", "ok"),
        ("hỗ trợ dn công bố TCCS", None, None, None, None, "4 dn", "ok 30/6"),
        ("cb dự hội nghị trực tuyến của Bộ KHCN về TĐC", None, None, None, None, "3 ng", "ok"),
        ("góp ý dự thảo quy chuẩn địa phương (Chi cục gửi)", None, None, None, None, "1 dự thảo", "ok 05/10"),
    ]
    ton = ["Chợ Bà Chiểu nhiều cân tiểu ly không có tem kiểm định."]
    kn = ["Chi cục tổ chức kiểm định lưu động tại chợ Bà Chiểu."]
    hand2(f, "PHƯỜNG GIA ĐỊNH", "Số 330/BC-UBND - 28/10/2026", rows, ton, kn, "T.T.Ngân")
    key(f, "26944", "Phường Gia Định", "330/BC-UBND", "2026-10-28", [
        ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 41, "violations": 6, "fines_vnd": 12750000}, rowtext(rows[0])),
        ("II.1.a", "completed", {"communications": 5}, rowtext(rows[1])),
        ("II.2.d", "completed", {"enterprises_supported": 4}, rowtext(rows[2])),
        ("II.3.a", "completed", {"participants": 3}, rowtext(rows[3])),
        ("II.2.e", "completed", {"standards_reviewed": 1}, rowtext(rows[4])),
    ], ton, kn)

    # --- 8. Vườn Lài — MISTAKEN (giảm nghèo)
    f = "27190-vuon-lai-bc.xlsx"
    rows = [
        ("rà soát hộ nghèo, cận nghèo cuối năm", None, None, None, None, "14 hộ nghèo; 22 hộ cận nghèo", "đang"),
        ("cấp thẻ BHYT hộ cận nghèo", None, None, None, None, "61 thẻ", "ok 15/7"),
        ("vay vốn giải quyết việc làm", None, None, None, None, "9 hộ; 450 tr", "ok"),
        ("sửa nhà tình thương", None, None, None, None, "1 căn", "chưa"),
    ]
    ton = ["Hộ thoát nghèo dễ tái nghèo do thu nhập không ổn định."]
    kn = ["Tăng mức hỗ trợ học nghề cho lao động hộ cận nghèo."]
    hand2(f, "PHƯỜNG VƯỜN LÀI", "Số 144/BC-UBND - 19/10/2026", rows, ton, kn, "Ngân", sheet="GN",
          title="BC KQ giảm nghèo bền vững 9T/2026")
    key(f, "27190", "Phường Vườn Lài", "144/BC-UBND", "2026-10-19", [], [], [],
        status="rejected", reason="Báo cáo kết quả giảm nghèo bền vững 9 tháng năm 2026, không thuộc Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).")


# =====================================================================
# HAND 3 — Phạm Quốc Bảo, ward vice-chairman: one-sentence items opened by
# a bold field tag in brackets ([TT] [ĐL] [CL] [HC] [CB] [KN] [GT] [HD] [QR]);
# status as a closing "— đã xong / — còn làm / — chưa làm / — không phát sinh".
# =====================================================================
def hand3(fname, unit_up, ward_short, number, day, month, items, vuong, kiennghi, signer):
    d = base_doc("Times New Roman", 14)
    header_table(d, [("ỦY BAN NHÂN DÂN", "b"), (unit_up, "b"), ("Số: " + number, "")],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "bu"),
                  (f"{ward_short}, ngày {day} tháng {month} năm 2026", "i")], size=12)
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, "Kết quả thực hiện Kế hoạch 38/TĐC năm 2026 (tóm tắt)", bold=True, align="c")
    para(d, "Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục TĐC)", align="c")
    para(d, "UBND phường báo cáo ngắn như sau:", indent=1)
    for tag, body in items:
        runs(d, [("[" + tag + "] ", "b"), (body, "")], align="j", indent=1)
    para(d, "* Vướng mắc:", bold=True)
    for v in vuong:
        para(d, "- " + v, indent=1)
    para(d, "* Kiến nghị:", bold=True)
    for v in kiennghi:
        para(d, "- " + v, indent=1)
    para(d, "")
    t = d.add_table(rows=1, cols=2); no_borders(t)
    t.cell(0, 0).paragraphs[0].add_run("Nơi nhận:\n- Như trên;\n- Lưu: VT.").italic = True
    p = t.cell(0, 1).paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n" + signer).bold = True
    d.save(os.path.join(OUT, fname))


def gen_h3():
    # --- 9. Sài Gòn
    f = "26740-sai-gon-kh38-tomtat.docx"
    it = [
        ("TT", "Phối hợp Chi cục mở 01 buổi phổ biến quy định nhãn hàng hóa cho 85 hộ kinh doanh chợ Bến Thành — đã xong."),
        ("ĐL-CL", "Kiểm tra đo lường, nhãn hàng tại chợ Bến Thành và phố đi bộ Nguyễn Huệ: 04 cuộc, 37 cơ sở, 05 vi phạm, phạt 9.800.000 đ — còn làm."),
        ("HC", "ISO 9001:2015 bộ phận một cửa đã công bố lại sau sáp nhập — đã xong."),
        ("CB", "02 cán bộ dự tập huấn nghiệp vụ của Chi cục tháng 7 — đã xong."),
        ("KN", "Tố giác gian lận đo lường, chất lượng: chưa nhận đơn nào — không phát sinh."),
    ]
    vu = ["Khách du lịch đông, hộ kinh doanh thay đổi liên tục, khó quản lý."]
    kn = ["Chi cục bố trí 01 cán bộ chuyên môn hỗ trợ các đợt kiểm tra cao điểm."]
    hand3(f, "PHƯỜNG SÀI GÒN", "Sài Gòn", "402/BC-UBND", "25", "10", it, vu, kn, "Đặng Hoàng Phúc")
    key(f, "26740", "Phường Sài Gòn", "402/BC-UBND", "2026-10-25", [
        ("II.1.a", "completed", {"training_courses": 1, "participants": 85}, "[TT] " + it[0][1]),
        ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 37, "violations": 5, "fines_vnd": 9800000}, "[ĐL-CL] " + it[1][1]),
        ("II.2.đ", "completed", {}, "[HC] " + it[2][1]),
        ("II.3.a", "completed", {"participants": 2}, "[CB] " + it[3][1]),
        ("II.5.d", "not_applicable", {}, "[KN] " + it[4][1]),
    ], vu, kn)

    # --- 10. Bình Thạnh
    f = "26929-binh-thanh-bc-kh38.docx"
    it = [
        ("TT", "Đăng 07 tin về cân đo, hàng giả trên Zalo OA phường — đã xong."),
        ("ĐL", "Kiểm tra cân, thước tại 02 chợ trên địa bàn: 02 cuộc, 21 hộ, 01 vi phạm, phạt 1.500.000 đ — đã xong."),
        ("QR", "Hỗ trợ 06 doanh nghiệp nhỏ đăng ký mã số mã vạch, truy xuất nguồn gốc — còn làm."),
        ("GT", "Vận động doanh nghiệp dự Giải thưởng Chất lượng Quốc gia: 01 doanh nghiệp đã nộp hồ sơ — đã xong."),
        ("CB", "Đăng ký cán bộ dự lớp nghiệp vụ Quý IV — chưa làm."),
    ]
    vu = ["Chưa có cán bộ được đào tạo về đo lường."]
    kn = ["Mở lớp nghiệp vụ TĐC riêng cho cán bộ phường, xã.", "Cấp tài liệu tuyên truyền mẫu để phường in phát."]
    hand3(f, "PHƯỜNG BÌNH THẠNH", "Bình Thạnh", "288/BC-UBND", "19", "10", it, vu, kn, "Nguyễn Trung Kiên")
    key(f, "26929", "Phường Bình Thạnh", "288/BC-UBND", "2026-10-19", [
        ("II.1.a", "completed", {"communications": 7}, "[TT] " + it[0][1]),
        ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 21, "violations": 1, "fines_vnd": 1500000}, "[ĐL] " + it[1][1]),
        ("II.2.a", "in_progress", {"enterprises_supported": 6}, "[QR] " + it[2][1]),
        ("II.1.b", "completed", {"enterprises_supported": 1}, "[GT] " + it[3][1]),
        ("II.3.a", "not_started", {}, "[CB] " + it[4][1]),
    ], vu, kn)

    # --- 11. Diên Hồng
    f = "27169-dien-hong-kh38.docx"
    it = [
        ("TT", "Lồng ghép tuyên truyền quy định đo lường, chất lượng trong họp dân khu phố, 310 lượt người nghe — đã xong."),
        ("ĐL", "Kiểm tra cân điện tử tại siêu thị mini, cửa hàng tiện lợi: 02 cuộc, 12 cơ sở, không vi phạm — đã xong."),
        ("HC", "Duy trì hệ thống ISO tại bộ phận một cửa — còn làm."),
        ("KN", "Nhận 01 phản ánh cân thiếu tại chợ trên địa bàn, đã xác minh, xử phạt 01 trường hợp 2.000.000 đ — đã xong."),
    ]
    vu = ["Chưa có phương tiện kiểm tra nhanh tại chỗ."]
    kn = ["Chi cục trang bị cho phường 01 bộ quả cân kiểm tra.", "Tổ chức tập huấn cho tổ quản lý chợ."]
    hand3(f, "PHƯỜNG DIÊN HỒNG", "Diên Hồng", "173/BC-UBND", "24", "10", it, vu, kn, "Tô Thị Hạnh")
    key(f, "27169", "Phường Diên Hồng", "173/BC-UBND", "2026-10-24", [
        ("II.1.a", "completed", {"participants": 310}, "[TT] " + it[0][1]),
        ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 12}, "[ĐL] " + it[1][1]),
        ("II.2.đ", "in_progress", {}, "[HC] " + it[2][1]),
        ("II.5.d", "completed", {"violations": 1, "fines_vnd": 2000000}, "[KN] " + it[3][1]),
    ], vu, kn)

    # --- 12. Nhiêu Lộc
    f = "27142-nhieu-loc-kh38.docx"
    it = [
        ("TT", "04 tin, bài trên trang thông tin điện tử phường — đã xong."),
        ("ĐL-CL", "Kiểm tra xăng dầu và đồ chơi trẻ em dịp Trung thu: tổng 02 cuộc, 12 cơ sở, 02 vi phạm, phạt 4.000.000 đ — đã xong."),
        ("HD", "Hướng dẫn 03 doanh nghiệp xây dựng tiêu chuẩn cơ sở — còn làm."),
        ("CB", "01 cán bộ dự tập huấn nghiệp vụ TĐC cho cán bộ phường, xã — đã xong."),
        ("QR", "Gắn mã QR truy xuất cho sạp chợ — chưa làm."),
    ]
    vu = ["Doanh nghiệp nhỏ chưa quan tâm xây dựng tiêu chuẩn cơ sở."]
    kn = ["Chi cục hỗ trợ mẫu tiêu chuẩn cơ sở cho hộ sản xuất nhỏ."]
    hand3(f, "PHƯỜNG NHIÊU LỘC", "Nhiêu Lộc", "219/BC-UBND", "29", "10", it, vu, kn, "Bùi Văn Lực")
    key(f, "27142", "Phường Nhiêu Lộc", "219/BC-UBND", "2026-10-29", [
        ("II.1.a", "completed", {"communications": 4}, "[TT] " + it[0][1]),
        ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 12, "violations": 2, "fines_vnd": 4000000}, "[ĐL-CL] " + it[1][1]),
        ("II.2.d", "in_progress", {"enterprises_supported": 3}, "[HD] " + it[2][1]),
        ("II.3.a", "completed", {"participants": 1}, "[CB] " + it[3][1]),
        ("II.2.a", "not_started", {}, "[QR] " + it[4][1]),
    ], vu, kn)


# =====================================================================
# HAND 4 — Nguyễn Thị Minh Thư, the careful one: long justified prose;
# every item split into four run-in parts "Bối cảnh. / Những việc đã làm. /
# Con số đo đếm được. / Nhận định." with the status only in "Nhận định".
# =====================================================================
def hand4(fname, left, right, title_lines, kinhgui, intro, items, diffs_intro, diffs, props_intro, props, signer_block, noinhan):
    d = base_doc("Times New Roman", 13)
    header_table(d, left, right, size=12)
    para(d, "")
    for i, t in enumerate(title_lines):
        para(d, t, bold=True, align="c")
    para(d, "Kính gửi: " + kinhgui, align="c")
    for t in intro:
        para(d, t, align="j", indent=1.27)
    para(d, "I. KẾT QUẢ THỰC HIỆN THEO TỪNG NỘI DUNG", bold=True)
    texts = []
    for n, (title, parts) in enumerate(items, 1):
        para(d, f"{n}. {title}", bold=True, align="j")
        full = []
        for lab, body in parts:
            runs(d, [(lab + " ", "bi"), (body, "")], align="j", indent=1.27)
            full.append(lab + " " + body)
        texts.append(" ".join(full))
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    para(d, diffs_intro, align="j", indent=1.27)
    for v in diffs:
        para(d, "- " + v, align="j", indent=1.27)
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    para(d, props_intro, align="j", indent=1.27)
    for v in props:
        para(d, "- " + v, align="j", indent=1.27)
    para(d, "")
    t = d.add_table(rows=1, cols=2); no_borders(t)
    c0 = t.cell(0, 0).paragraphs[0]
    c0.add_run("Nơi nhận:\n").bold = True
    c0.add_run(noinhan).font.size = Pt(11)
    p = t.cell(0, 1).paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(signer_block).bold = True
    d.save(os.path.join(OUT, fname))
    return texts


B, L, C, N = "Bối cảnh.", "Những việc đã làm.", "Con số đo đếm được.", "Nhận định."


def gen_h4():
    # --- 13. Sở Công Thương
    f = "SO-CT-bc-phoi-hop-kh38-2026.docx"
    items = [
        ("Về tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng", [
            (B, "Đây là nội dung Sở Công Thương tham gia với vai trò phối hợp, chủ yếu lồng ghép vào các hội nghị phổ biến pháp luật thương mại mà Sở vẫn tổ chức hằng năm cho cộng đồng doanh nghiệp, đặc biệt là doanh nghiệp xuất nhập khẩu và doanh nghiệp phân phối bán lẻ."),
            (L, "Trong năm, Sở đã chủ động đưa các quy định mới về nhãn hàng hóa, xuất xứ hàng hóa và trách nhiệm của thương nhân đối với chất lượng hàng hóa lưu thông vào chương trình hội nghị; đồng thời đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cử báo cáo viên trình bày các nội dung chuyên sâu; song song, Phòng Quản lý Thương mại biên tập tin, bài đăng trên Cổng thông tin điện tử của Sở."),
            (C, "Sở đã tổ chức 02 hội nghị với tổng cộng 236 đại biểu là đại diện doanh nghiệp tham dự; đăng tải 14 tin, bài trên Cổng thông tin điện tử của Sở."),
            (N, "Các hoạt động đã được tổ chức đúng kế hoạch, nhận được sự quan tâm của doanh nghiệp; Sở đánh giá nội dung này đã hoàn thành trong năm 2026."),
        ]),
        ("Về phối hợp kiểm tra chất lượng sản phẩm, hàng hóa lưu thông trên thị trường", [
            (B, "Theo Kế hoạch, công tác kiểm tra, giám sát chất lượng hàng hóa lưu thông do Chi cục chủ trì; Sở Công Thương tham gia các đoàn kiểm tra liên ngành, nhất là trong các đợt cao điểm trước, trong và sau Tết Nguyên đán và dịp Tết Trung thu."),
            (L, "Sở đã cử công chức Phòng Quản lý Thương mại và Phòng Kỹ thuật an toàn - Môi trường tham gia các đoàn kiểm tra đối với mặt hàng xăng dầu, khí dầu mỏ hóa lỏng, đồ điện - điện tử và hàng tiêu dùng thiết yếu; các trường hợp vi phạm được lập biên bản và chuyển cơ quan có thẩm quyền xử phạt theo quy định."),
            (C, "Đã tham gia 06 đoàn kiểm tra liên ngành; kiểm tra 74 cơ sở kinh doanh; phát hiện 11 cơ sở vi phạm; tổng số tiền xử phạt vi phạm hành chính là 86.500.000 đồng (tám mươi sáu triệu năm trăm nghìn đồng)."),
            (N, "Kết quả kiểm tra cho thấy tình trạng vi phạm về nhãn và xuất xứ vẫn còn; theo kế hoạch kiểm tra cuối năm, các đoàn vẫn đang tiếp tục thực hiện đến hết tháng 12/2026, do đó nội dung này đang được triển khai."),
        ]),
        ("Về hỗ trợ áp dụng truy xuất nguồn gốc sản phẩm, hàng hóa (Đề án 100)", [
            (B, "Truy xuất nguồn gốc là yêu cầu ngày càng bắt buộc đối với hàng xuất khẩu, nhất là hàng nông sản, thực phẩm chế biến đi các thị trường EU, Hoa Kỳ, Nhật Bản."),
            (L, "Sở đã phối hợp với Chi cục và Trung tâm Xúc tiến Thương mại và Đầu tư Thành phố giới thiệu giải pháp truy xuất nguồn gốc tại các hội chợ, hướng dẫn doanh nghiệp tham gia Cổng truy xuất nguồn gốc sản phẩm, hàng hóa quốc gia."),
            (C, "Đã hướng dẫn, hỗ trợ 27 doanh nghiệp triển khai mã truy xuất nguồn gốc cho sản phẩm."),
            (N, "Số doanh nghiệp tham gia còn thấp so với nhu cầu; Sở tiếp tục phối hợp thực hiện trong Quý IV, nội dung đang thực hiện."),
        ]),
        ("Về góp ý dự thảo quy chuẩn kỹ thuật, tiêu chuẩn quốc gia", [
            (B, "Trong năm, Bộ Khoa học và Công nghệ và Bộ Công Thương gửi lấy ý kiến một số dự thảo thuộc lĩnh vực xăng dầu, khí, an toàn điện."),
            (L, "Sở đã tổ chức lấy ý kiến các phòng chuyên môn và doanh nghiệp đầu mối, tổng hợp và gửi văn bản góp ý đúng thời hạn."),
            (C, "Đã góp ý 05 dự thảo quy chuẩn kỹ thuật quốc gia, tiêu chuẩn quốc gia."),
            (N, "Toàn bộ các dự thảo nhận được trong kỳ đều đã có ý kiến; nội dung này đã hoàn thành."),
        ]),
        ("Về cập nhật các cam kết quốc tế liên quan đến tiêu chuẩn, đo lường, chất lượng", [
            (B, "Doanh nghiệp xuất khẩu của Thành phố chịu tác động trực tiếp từ các biện pháp hàng rào kỹ thuật trong thương mại (TBT) của các nước nhập khẩu."),
            (L, "Sở đã tổng hợp các thông báo TBT có liên quan từ Văn phòng TBT Việt Nam và biên soạn thành bản tin cảnh báo gửi các hiệp hội ngành hàng."),
            (C, "Đã phát hành 09 bản tin cảnh báo về các biện pháp TBT của thị trường nhập khẩu."),
            (N, "Đây là hoạt động thường xuyên; Sở tiếp tục thực hiện trong các tháng còn lại của năm, nội dung đang thực hiện."),
        ]),
        ("Về hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, nâng cao năng suất chất lượng", [
            (B, "Sở dự kiến phối hợp với Chi cục lựa chọn một số doanh nghiệp công nghiệp hỗ trợ để áp dụng công cụ cải tiến năng suất."),
            (L, "Sở đã có văn bản đề xuất danh sách doanh nghiệp, tuy nhiên chưa được bố trí kinh phí."),
            (C, "Chưa có số liệu."),
            (N, "Do chưa có kinh phí, nội dung này chưa triển khai."),
        ]),
    ]
    diffs = [
        "Lực lượng công chức của Sở tham gia đoàn kiểm tra liên ngành còn mỏng, cùng lúc phải thực hiện nhiều đợt kiểm tra chuyên ngành khác.",
        "Chưa có kinh phí riêng cho hoạt động hỗ trợ doanh nghiệp nâng cao năng suất chất lượng thuộc lĩnh vực công nghiệp hỗ trợ.",
    ]
    props = [
        "Đề nghị Sở Khoa học và Công nghệ thống nhất kế hoạch kiểm tra liên ngành năm 2027 ngay từ Quý I để các sở chủ động bố trí lực lượng.",
        "Đề nghị bố trí kinh phí năm 2027 cho nội dung hỗ trợ doanh nghiệp công nghiệp hỗ trợ áp dụng công cụ cải tiến năng suất.",
    ]
    texts = hand4(f,
        [("UBND THÀNH PHỐ HỒ CHÍ MINH", ""), ("SỞ CÔNG THƯƠNG", "b"), ("Số: 5127/BC-SCT", "")],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "bu"),
         ("Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026", "i")],
        ["BÁO CÁO", "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW", "về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026"],
        "Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng)",
        ["Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 và văn bản đề nghị báo cáo của Chi cục Tiêu chuẩn Đo lường Chất lượng, Sở Công Thương báo cáo kết quả phối hợp thực hiện như sau. Để thuận tiện cho việc tổng hợp, mỗi nội dung được trình bày theo bốn phần: bối cảnh, những việc đã làm, con số đo đếm được và nhận định của Sở.",
         "Số liệu trong báo cáo được tính từ ngày 01/01/2026 đến ngày 25/10/2026."],
        items,
        "Trong quá trình phối hợp, Sở Công Thương nhận thấy một số khó khăn sau:", diffs,
        "Từ những khó khăn nêu trên, Sở Công Thương kiến nghị:", props,
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nLương Thị Bích Ngọc",
        "- Như trên;\n- Ban Giám đốc Sở;\n- Lưu: VT, QLTM (Thư).")
    key(f, "SO-CT", "Sở Công Thương", "5127/BC-SCT", "2026-10-30", [
        ("II.1.a", "completed", {"training_courses": 2, "participants": 236, "communications": 14}, texts[0]),
        ("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 74, "violations": 11, "fines_vnd": 86500000}, texts[1]),
        ("II.2.a", "in_progress", {"enterprises_supported": 27}, texts[2]),
        ("II.2.e", "completed", {"standards_reviewed": 5}, texts[3]),
        ("II.6.a", "in_progress", {"communications": 9}, texts[4]),
        ("II.2.d", "not_started", {}, texts[5]),
    ], diffs, props)

    # --- 14. Sở Giáo dục và Đào tạo
    f = "SO-GDDT-bao-cao-ct38.docx"
    items = [
        ("Về đào tạo, bồi dưỡng kiến thức tiêu chuẩn, đo lường, chất lượng cho giáo viên và học sinh, sinh viên", [
            (B, "Kế hoạch giao nội dung đào tạo, bồi dưỡng cho viên chức, người lao động và sinh viên các trường về tiêu chuẩn, mã số mã vạch, truy xuất nguồn gốc; ngành Giáo dục tham gia thông qua các trường trung cấp và trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên trực thuộc."),
            (L, "Sở đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức các buổi sinh hoạt chuyên đề về mã số mã vạch, truy xuất nguồn gốc và nhãn hàng hóa cho giáo viên và học sinh, sinh viên; tài liệu do Chi cục biên soạn được các trường sử dụng làm tài liệu tham khảo."),
            (C, "Đã tổ chức 03 buổi chuyên đề với 420 lượt giáo viên, học sinh, sinh viên tham dự."),
            (N, "Các buổi chuyên đề đã được tổ chức đầy đủ như dự kiến, nội dung này đã hoàn thành."),
        ]),
        ("Về áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở", [
            (B, "Sở đã áp dụng hệ thống quản lý chất lượng từ nhiều năm; năm 2026 thực hiện chuyển đổi sang môi trường điện tử theo yêu cầu chung của Thành phố."),
            (L, "Sở đã rà soát, cập nhật toàn bộ quy trình giải quyết thủ tục hành chính, tổ chức đánh giá nội bộ và công bố lại hệ thống quản lý chất lượng."),
            (C, "Không có số liệu định lượng."),
            (N, "Việc công bố lại đã thực hiện xong trong tháng 9/2026; nội dung này đã hoàn thành."),
        ]),
        ("Về phối hợp kiểm tra chất lượng đồ chơi trẻ em và thiết bị dạy học", [
            (B, "Đồ chơi trẻ em và thiết bị dạy học tối thiểu là nhóm hàng hóa ảnh hưởng trực tiếp đến an toàn của học sinh, được Chi cục đưa vào kế hoạch kiểm tra năm 2026."),
            (L, "Sở cử chuyên viên Phòng Kế hoạch - Tài chính tham gia đoàn kiểm tra của Chi cục tại các cơ sở cung ứng thiết bị cho trường học và cửa hàng đồ chơi gần trường; trường hợp vi phạm được chuyển Chi cục xử lý theo thẩm quyền."),
            (C, "Đã tham gia 02 cuộc kiểm tra tại 15 cơ sở; phát hiện 01 cơ sở vi phạm về nhãn hàng hóa."),
            (N, "Các đợt kiểm tra theo kế hoạch đã kết thúc; nội dung này đã hoàn thành."),
        ]),
        ("Về tuyên truyền trong ngành Giáo dục", [
            (B, "Ngành có mạng lưới trang thông tin điện tử của các trường, là kênh tuyên truyền hiệu quả đến phụ huynh."),
            (L, "Sở đã đăng tải và đề nghị các trường chia sẻ các tin, bài về lựa chọn đồ dùng học tập, đồ chơi an toàn, có nhãn hàng hóa đầy đủ."),
            (C, "Đã đăng 18 tin, bài trên Cổng thông tin điện tử của Sở."),
            (N, "Nội dung đã hoàn thành theo kế hoạch năm."),
        ]),
        ("Về cử công chức tham gia tập huấn chuyên môn", [
            (B, "Chi cục mở lớp cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng cho công chức các sở, ngành."),
            (L, "Sở đã cử công chức các phòng Kế hoạch - Tài chính và Văn phòng tham dự."),
            (C, "04 công chức tham dự."),
            (N, "Đã hoàn thành."),
        ]),
        ("Về nâng cao năng suất khu vực công phối hợp với Tổ chức Năng suất Châu Á (APO)", [
            (B, "Kế hoạch chỉ yêu cầu thực hiện khi có yêu cầu."),
            (L, "Trong kỳ báo cáo, Sở chưa nhận được yêu cầu nào."),
            (C, "Không có."),
            (N, "Nội dung này không phát sinh đối với Sở."),
        ]),
    ]
    diffs = ["Các trường trung cấp chưa có giảng viên chuyên về tiêu chuẩn, đo lường, chất lượng nên phụ thuộc hoàn toàn vào báo cáo viên của Chi cục."]
    props = [
        "Đề nghị Chi cục cung cấp bộ tài liệu điện tử về mã số mã vạch, truy xuất nguồn gốc để các trường đưa vào hoạt động ngoại khóa.",
        "Đề nghị duy trì lớp tập huấn hằng năm cho công chức phụ trách thiết bị của ngành Giáo dục.",
    ]
    texts = hand4(f,
        [("UBND THÀNH PHỐ HỒ CHÍ MINH", ""), ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "b"), ("Số: 3894/BC-SGDĐT", "")],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "bu"),
         ("Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026", "i")],
        ["BÁO CÁO", "Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"],
        "Sở Khoa học và Công nghệ",
        ["Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Giáo dục và Đào tạo báo cáo tình hình thực hiện các nội dung có liên quan đến ngành như sau. Mỗi nội dung được trình bày theo thứ tự: bối cảnh, những việc đã làm, con số đo đếm được và nhận định.",
         "Báo cáo do Phòng Kế hoạch - Tài chính tham mưu, số liệu tính đến ngày 20/10/2026."],
        items,
        "Bên cạnh kết quả đạt được, Sở Giáo dục và Đào tạo còn gặp khó khăn:", diffs,
        "Sở Giáo dục và Đào tạo kiến nghị:", props,
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nHồ Văn Thịnh",
        "- Như trên;\n- Giám đốc Sở (để b/c);\n- Lưu: VT, KHTC.")
    key(f, "SO-GDDT", "Sở Giáo dục và Đào tạo", "3894/BC-SGDĐT", "2026-10-28", [
        ("II.3.d", "completed", {"training_courses": 3, "participants": 420}, texts[0]),
        ("II.2.đ", "completed", {}, texts[1]),
        ("II.5.a", "completed", {"inspections": 2, "establishments_inspected": 15, "violations": 1}, texts[2]),
        ("II.1.a", "completed", {"communications": 18}, texts[3]),
        ("II.3.a", "completed", {"participants": 4}, texts[4]),
        ("II.6.b", "not_applicable", {}, texts[5]),
    ], diffs, props)

    # --- 15. Phường Xuân Hòa (the careful officer also writes for her home ward)
    f = "27139-xuan-hoa-bc-ct38.docx"
    items = [
        ("Về tuyên truyền, phổ biến pháp luật", [
            (B, "Trên địa bàn phường có khoảng 1.900 hộ kinh doanh, tập trung ở các tuyến đường Võ Văn Tần, Nam Kỳ Khởi Nghĩa, Cách Mạng Tháng Tám và khu vực chợ; nhận thức của hộ kinh doanh về nghĩa vụ bảo đảm đo lường, nhãn hàng hóa còn hạn chế."),
            (L, "UBND phường đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức hội nghị phổ biến quy định về đo lường trong kinh doanh và nhãn hàng hóa; đồng thời đăng tin, bài trên trang thông tin điện tử phường và phát trên hệ thống loa khu phố."),
            (C, "Đã tổ chức 02 hội nghị với 140 đại biểu tham dự; đăng 06 tin, bài."),
            (N, "Nội dung này phường đã hoàn thành."),
        ]),
        ("Về thực hiện các nội dung được phân quyền trong quản lý nhà nước về đo lường, chất lượng", [
            (B, "Theo phân cấp, phường thực hiện kiểm tra đo lường đối với phương tiện đo dùng trong mua bán tại chợ và hộ kinh doanh, phối hợp với Chi cục khi có yêu cầu."),
            (L, "Phường thành lập Tổ kiểm tra liên ngành gồm Phòng Kinh tế, Công an phường và Ban Quản lý chợ; kiểm tra cân, thước, đồng hồ xăng dầu và nhãn hàng hóa; các trường hợp vi phạm được lập biên bản và xử phạt theo thẩm quyền Chủ tịch UBND phường."),
            (C, "Đã thực hiện 05 cuộc kiểm tra, kiểm tra 48 cơ sở, phát hiện 07 cơ sở vi phạm, xử phạt vi phạm hành chính 14.250.000 đồng."),
            (N, "Kế hoạch kiểm tra của phường còn đợt cuối năm phục vụ Tết Nguyên đán 2027, vì vậy nội dung này đang thực hiện."),
        ]),
        ("Về áp dụng hệ thống quản lý chất lượng tại UBND phường", [
            (B, "Sau sắp xếp đơn vị hành chính, hệ thống quản lý chất lượng của các phường cũ cần được hợp nhất."),
            (L, "Phường đã xây dựng lại hệ thống tài liệu, tổ chức đánh giá nội bộ và ban hành quyết định công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015."),
            (C, "Không có số liệu."),
            (N, "Phường đã hoàn thành nội dung này."),
        ]),
        ("Về bồi dưỡng cán bộ", [
            (B, "Cán bộ phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng của phường đều mới được bố trí sau sắp xếp."),
            (L, "Phường đã cử cán bộ Phòng Kinh tế tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức."),
            (C, "03 cán bộ tham dự."),
            (N, "Đã hoàn thành."),
        ]),
        ("Về tiếp nhận, xử lý phản ánh, tố giác vi phạm", [
            (B, "Phường duy trì đường dây nóng và hộp thư góp ý tại bộ phận một cửa."),
            (L, "Trong kỳ, phường nhận 01 phản ánh về cân thiếu tại chợ; Tổ kiểm tra đã xác minh, kết quả không có vi phạm và đã trả lời người phản ánh, thông tin của người phản ánh được giữ bí mật."),
            (C, "01 phản ánh."),
            (N, "Việc giải quyết phản ánh đã xong."),
        ]),
        ("Về vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia", [
            (B, "Trên địa bàn có một số doanh nghiệp dịch vụ có tiềm năng."),
            (L, "Phường đã gửi thông tin về Giải thưởng và hướng dẫn doanh nghiệp liên hệ Chi cục."),
            (C, "02 doanh nghiệp được hướng dẫn."),
            (N, "Phường tiếp tục vận động cho kỳ xét thưởng sau; nội dung đang thực hiện."),
        ]),
    ]
    diffs = [
        "Cán bộ phụ trách còn kiêm nhiệm nhiều lĩnh vực, chưa được đào tạo chuyên sâu về đo lường.",
        "Phường chưa có phương tiện, thiết bị kiểm tra nhanh phục vụ kiểm tra tại chỗ.",
    ]
    props = ["Đề nghị Chi cục hỗ trợ phường 01 bộ quả cân chuẩn và tổ chức tập huấn thực hành kiểm tra cân tại chợ."]
    texts = hand4(f,
        [("ỦY BAN NHÂN DÂN", "b"), ("PHƯỜNG XUÂN HÒA", "b"), ("Số: 264/BC-UBND", "")],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "bu"),
         ("Xuân Hòa, ngày 26 tháng 10 năm 2026", "i")],
        ["BÁO CÁO", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường"],
        "Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng)",
        ["Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Xuân Hòa báo cáo kết quả thực hiện trên địa bàn phường. Mỗi nội dung được trình bày theo bốn phần: bối cảnh, những việc đã làm, con số đo đếm được và nhận định."],
        items,
        "Trong quá trình thực hiện, phường gặp một số khó khăn:", diffs,
        "Ủy ban nhân dân phường kiến nghị:", props,
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nNguyễn Thị Minh Thư",
        "- Như trên;\n- TT. Đảng ủy, HĐND phường;\n- Lưu: VT, KT.")
    key(f, "27139", "Phường Xuân Hòa", "264/BC-UBND", "2026-10-26", [
        ("II.1.a", "completed", {"training_courses": 2, "participants": 140, "communications": 6}, texts[0]),
        ("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 48, "violations": 7, "fines_vnd": 14250000}, texts[1]),
        ("II.2.đ", "completed", {}, texts[2]),
        ("II.3.a", "completed", {"participants": 3}, texts[3]),
        ("II.5.d", "completed", {}, texts[4]),
        ("II.1.b", "in_progress", {"enterprises_supported": 2}, texts[5]),
    ], diffs, props)


# =====================================================================
# HAND 5 — Đỗ Hải Đăng: XLSX, one sheet "KH38_2026"; figures as glued
# "TOKEN:number" strings in one "Số liệu" cell (KT:2 CS:14 VP:1 ₫3,5tr),
# token legend in row 4, status column "Tr.thái" (Xong / Tiếp / Chưa / Không PS),
# difficulties and proposals as "-" rows under "Vướng" / "Đề xuất".
# =====================================================================
LEGEND = "Ký hiệu: KT=cuộc kiểm tra; CS=cơ sở; VP=vi phạm; ₫=tiền phạt; TT=tin bài; LH=lớp/hội nghị; NG=người; DN=DN/hộ được HD; PT=phương tiện đo KĐ; TC=dự thảo TC/QC"


def hand5(fname, unit_line, so, ngay, rows, vuong, dexuat, nguoi, sheet="KH38_2026"):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    f10 = Font(name="Calibri", size=11)
    ws["A1"] = unit_line; ws["A1"].font = Font(name="Calibri", size=11, bold=True)
    ws["A2"] = "Số: " + so; ws["D2"] = "Ngày " + ngay
    ws["A3"] = "BC tiến độ KH38 (TĐC) 2026"; ws["A3"].font = Font(name="Calibri", size=12, bold=True)
    ws["A4"] = LEGEND; ws["A4"].font = Font(name="Calibri", size=9, italic=True, color="666666")
    hdr = ["#", "Việc", "Số liệu", "Tr.thái", "Ghi chú"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h); c.font = Font(name="Calibri", size=11, bold=True)
        c.border = BOX; c.fill = PatternFill("solid", fgColor="FFF2CC")
    r = 7
    for i, row in enumerate(rows, 1):
        for j, v in enumerate((i,) + tuple(row), 1):
            c = ws.cell(row=r, column=j, value=v); c.border = BOX; c.font = f10
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Vướng").font = Font(bold=True); r += 1
    for v in vuong:
        ws.cell(row=r, column=2, value="- " + v); r += 1
    ws.cell(row=r, column=1, value="Đề xuất").font = Font(bold=True); r += 1
    for v in dexuat:
        ws.cell(row=r, column=2, value="- " + v); r += 1
    r += 1
    ws.cell(row=r, column=4, value=nguoi).font = Font(italic=True)
    ws.column_dimensions["A"].width = 4; ws.column_dimensions["B"].width = 48
    ws.column_dimensions["C"].width = 34; ws.column_dimensions["D"].width = 10; ws.column_dimensions["E"].width = 28
    ws.freeze_panes = "A7"
    wb.save(os.path.join(OUT, fname))


def rt5(r):
    return " | ".join(str(x) for x in r if x not in (None, ""))


def gen_h5():
    # --- 16. Sở Y tế
    f = "SO-YT-kh38-tien-do.xlsx"
    rows = [
        ("Góp ý dự thảo QCVN trang thiết bị y tế, dược", "TC:4", "Xong", "theo CV của Bộ KHCN, Bộ YT"),
        ("Giám sát đo lường PT đo nhóm 2 tại cơ sở KCB công lập (phối hợp Chi cục)", "KT:1 CS:38 PT:1.240", "Tiếp", "huyết áp kế, nhiệt kế, cân y tế"),
        ("ISO 9001 tại cơ quan Sở", None, "Xong", "công bố lại T8"),
        ("Cử CB dự tập huấn TĐC của Chi cục", "NG:5", "Xong", None),
        ("Cập nhật quy định ASEAN về TTB y tế, mỹ phẩm cho DN", "TT:3", "Tiếp", "đăng cổng TTĐT Sở"),
        ("Năng suất khu vực công (APO)", None, "Không PS", "chưa có yêu cầu"),
    ]
    vu = ["Nhiều cơ sở KCB chưa lập danh mục phương tiện đo nhóm 2 phải kiểm định."]
    dx = ["Chi cục ban hành hướng dẫn chung về danh mục PT đo nhóm 2 trong ngành y tế."]
    hand5(f, "SỞ Y TẾ TP.HCM - Phòng Nghiệp vụ Y", "8841/SYT-NVY", "29/10/2026", rows, vu, dx, "Đăng (NVY)")
    key(f, "SO-YT", "Sở Y tế", "8841/SYT-NVY", "2026-10-29", [
        ("II.2.e", "completed", {"standards_reviewed": 4}, rt5(rows[0])),
        ("II.5.a", "in_progress", {"inspections": 1, "establishments_inspected": 38, "instruments_verified": 1240}, rt5(rows[1])),
        ("II.2.đ", "completed", {}, rt5(rows[2])),
        ("II.3.a", "completed", {"participants": 5}, rt5(rows[3])),
        ("II.6.a", "in_progress", {"communications": 3}, rt5(rows[4])),
        ("II.6.b", "not_applicable", {}, rt5(rows[5])),
    ], vu, dx)

    # --- 17. An Đông
    f = "27316-an-dong-kh38.xlsx"
    rows = [
        ("TT nhãn hàng, xuất xứ cho tiểu thương chợ An Đông", "LH:1 NG:120 TT:10", "Xong", None),
        ("KT nhãn vải, quần áo chợ An Đông (phối hợp Chi cục)", "KT:3 CS:27 VP:4 ₫8,2tr", "Tiếp", "còn đợt T12"),
        ("HD hộ KD gắn QR truy xuất", "DN:18", "Tiếp", None),
        ("CB đi tập huấn", "NG:2", "Xong", None),
        ("Vận động DN dự GT CLQG", None, "Chưa", "chờ thông báo Chi cục"),
    ]
    vu = ["Hàng may mặc nhiều lô không rõ nguồn gốc, tiểu thương không xuất trình được hóa đơn."]
    dx = ["Chi cục phối hợp QLTT kiểm tra đầu mối nhập hàng tại chợ An Đông.", "Hỗ trợ phường in tờ rơi song ngữ."]
    hand5(f, "UBND PHƯỜNG AN ĐÔNG", "188/BC-UBND", "22/10/2026", rows, vu, dx, "Đỗ Hải Đăng - P.KT")
    key(f, "27316", "Phường An Đông", "188/BC-UBND", "2026-10-22", [
        ("II.1.a", "completed", {"training_courses": 1, "participants": 120, "communications": 10}, rt5(rows[0])),
        ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 27, "violations": 4, "fines_vnd": 8200000}, rt5(rows[1])),
        ("II.2.a", "in_progress", {"enterprises_supported": 18}, rt5(rows[2])),
        ("II.3.a", "completed", {"participants": 2}, rt5(rows[3])),
        ("II.1.b", "not_started", {}, rt5(rows[4])),
    ], vu, dx)

    # --- 18. Cầu Ông Lãnh
    f = "26758-cau-ong-lanh-kh38.xlsx"
    rows = [
        ("TT loa KP về cân đo", "TT:6", "Xong", None),
        ("KT cân chợ Cầu Muối, chợ Dân Sinh", "KT:2 CS:30 VP:3 ₫5,5tr", "Xong", None),
        ("Cân đối chứng chợ - gửi kiểm định", "PT:4", "Xong", "4 cân 60kg"),
        ("ISO bộ phận một cửa", None, "Tiếp", "đang đánh giá nội bộ"),
        ("Nhận tố giác gian lận đo lường", None, "Không PS", None),
    ]
    vu = ["Chợ Cầu Muối buôn bán ban đêm, khó bố trí lực lượng kiểm tra."]
    dx = ["Cho phép phường phối hợp Chi cục kiểm tra ngoài giờ hành chính."]
    hand5(f, "UBND PHƯỜNG CẦU ÔNG LÃNH", "231/BC-UBND", "25/10/2026", rows, vu, dx, "Đăng")
    key(f, "26758", "Phường Cầu Ông Lãnh", "231/BC-UBND", "2026-10-25", [
        ("II.1.a", "completed", {"communications": 6}, rt5(rows[0])),
        ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 30, "violations": 3, "fines_vnd": 5500000, "instruments_verified": 4}, rt5(rows[1]) + " / " + rt5(rows[2])),
        ("II.2.đ", "in_progress", {}, rt5(rows[3])),
        ("II.5.d", "not_applicable", {}, rt5(rows[4])),
    ], vu, dx)


if __name__ == "__main__":
    gen_h1(); gen_h2(); gen_h3(); gen_h4(); gen_h5()
    with open(os.path.join(OUT, "keys.pre.json"), "w", encoding="utf-8") as fh:
        json.dump(KEYS, fh, ensure_ascii=False, indent=1)
    print(len(KEYS), "files")
