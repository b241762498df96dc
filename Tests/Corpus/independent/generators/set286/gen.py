# -*- coding: utf-8 -*-
"""Generator for set286: 17 reports in five hands, with answer keys."""
import hashlib, json, os, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

# ---------------------------------------------------------------- helpers
def dots(n):
    return f"{n:,}".replace(",", ".")

def pad(n):
    return f"{n:02d}"

def trieu(n):  # 4500000 -> "4,5 triệu"
    v = n / 1_000_000
    s = (f"{v:.3f}").rstrip("0").rstrip(".").replace(".", ",")
    return s + " triệu"

def E(task, status, ind, text):
    return {"task": task, "status": status, "indicators": ind, "text": text}

KEYS = []

def key(fname, unit, number, date, entries, diffs, props, rejected=None):
    path = os.path.join(OUT, fname)
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    d = {"file": fname, "sha256": sha,
         "status": "rejected" if rejected else "extracted",
         "reason": rejected,
         "unit": {"id": unit[0], "name": unit[1]},
         "document": {"number": number, "date": date},
         "entries": [] if rejected else entries,
         "findings": [],
         "difficulties": [] if rejected else diffs,
         "proposals": [] if rejected else props}
    json.dump(d, open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)

def vn_date(iso):
    y, m, d = iso.split("-")
    return f"ngày {d} tháng {m} năm {y}"

def set_font(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)

def para(doc, text="", bold=False, italic=False, align=None, size=None, under=False):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold; r.italic = italic; r.underline = under
        if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(3)
    return p

def runs(p, parts):
    """parts: list of (text, style) style in '', 'b', 'i', 'bi', 'u'"""
    for t, s in parts:
        r = p.add_run(t)
        r.bold = "b" in s; r.italic = "i" in s; r.underline = "u" in s
    return p

def header_table(doc, left_top, left_unit, number, place_date):
    t = doc.add_table(rows=3, cols=2)
    c = t.cell(0, 0); c.text = ""; runs(c.paragraphs[0], [(left_top, "")])
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = t.cell(1, 0); c.text = ""; runs(c.paragraphs[0], [(left_unit, "b")])
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = t.cell(2, 0); c.text = number
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = t.cell(0, 1); c.text = ""; runs(c.paragraphs[0], [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b")])
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = t.cell(1, 1); c.text = ""; runs(c.paragraphs[0], [("Độc lập - Tự do - Hạnh phúc", "b")])
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = t.cell(2, 1); c.text = ""; runs(c.paragraphs[0], [(place_date, "i")])
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t

def two_columns(section, num=2):
    sp = section._sectPr
    cols = sp.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols"); sp.append(cols)
    cols.set(qn("w:num"), str(num)); cols.set(qn("w:space"), "454")
    cols.set(qn("w:sep"), "1")

def border_all(ws, rng):
    thin = Side(style="thin")
    for row in ws[rng]:
        for c in row:
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            c.alignment = Alignment(wrap_text=True, vertical="top")

# ================================================================ HAND 1
# Chị Phạm Thị Thu Hà style: ward report grouped under the ward's three roles
# "Về tham mưu / Về tổ chức thực hiện / Về phối hợp"; "–" lines; each line closes with
# «(ghi nhận: "…")» as the status; money "3.500.000đ"; counts zero-padded.
H1_ST = {"completed": "đã xong", "in_progress": "còn đang làm", "not_started": "chưa làm",
         "not_applicable": "không phát sinh"}

def hand1(fname, unit, number, date, roles, diffs, props, title=None, body_override=None):
    doc = Document(); set_font(doc)
    sec = doc.sections[0]; sec.left_margin = Cm(3); sec.right_margin = Cm(2)
    header_table(doc, "ỦY BAN NHÂN DÂN", unit[1].upper(), f"Số: {number}",
                 f"Thành phố Hồ Chí Minh, {vn_date(date)}")
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c")
    para(doc, title or "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn phường",
         bold=True, align="c")
    para(doc, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align="c")
    if body_override:
        for kind, t in body_override:
            para(doc, t, bold=(kind == "h"), align="j")
    else:
        para(doc, f"Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân {unit[1]} báo cáo kết quả thực hiện đến ngày báo cáo như sau:", align="j")
        for ri, (rname, items) in enumerate(roles):
            para(doc, f"{['1','2','3'][ri]}. Về {rname}", bold=True)
            for body, st in items:
                p = para(doc, align="j")
                runs(p, [("– " + body + " ", ""), (f"(ghi nhận: \u201c{H1_ST[st]}\u201d)", "i")])
        para(doc, "4. Vướng mắc", bold=True)
        for d in diffs:
            para(doc, "– " + d, align="j")
        para(doc, "5. Đề nghị", bold=True)
        for pp in props:
            para(doc, "– " + pp, align="j")
    para(doc)
    t = doc.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Nơi nhận:\n- Chi cục TĐC TP.HCM;\n- Chủ tịch, các PCT UBND phường;\n- Lưu: VT, KT."
    t.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nNguyễn Văn Thắng"
    doc.save(os.path.join(OUT, fname))

def h1_reports():
    # --- Phường Tân Định
    u = ("26737", "Phường Tân Định"); num = "214/BC-UBND"; dt = "2026-10-27"
    roles = [
        ("tham mưu", [
            ("Phòng Kinh tế tham mưu UBND phường ban hành kế hoạch tuyên truyền về tiêu chuẩn, đo lường, chất lượng; đăng 07 tin bài trên trang thông tin điện tử phường và nhóm Zalo khu phố, phát tờ rơi tại chợ Tân Định.", "completed"),
            ("Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại bộ phận một cửa, đã rà soát, cập nhật 12 quy trình nội bộ sau sắp xếp.", "in_progress"),
        ]),
        ("tổ chức thực hiện", [
            ("Tổ kiểm tra liên ngành của phường kiểm tra đo lường tại chợ Tân Định và các cửa hàng vàng bạc: 03 cuộc, 26 cơ sở, phát hiện 04 trường hợp dùng cân sai số vượt mức, xử phạt 6.500.000đ.", "completed"),
            ("Đưa 05 cân đối chứng tại chợ đi kiểm định định kỳ, kinh phí 1.750.000đ.", "completed"),
        ]),
        ("phối hợp", [
            ("Cử 02 công chức tham dự lớp tập huấn nghiệp vụ quản lý đo lường, chất lượng do Chi cục tổ chức.", "completed"),
            ("Phối hợp Chi cục lấy mẫu xăng dầu khảo sát chất lượng: trong kỳ Chi cục chưa có lịch lấy mẫu trên địa bàn.", "not_applicable"),
        ]),
    ]
    diffs = ["Công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng kiêm nhiệm nhiều việc, chưa qua đào tạo chuyên sâu.",
             "Phường chưa có thiết bị kiểm tra nhanh phục vụ kiểm tra đo lường tại chợ."]
    props = ["Đề nghị Chi cục hỗ trợ phường 01 bộ quả cân chuẩn để kiểm tra nhanh tại chợ.",
             "Đề nghị Chi cục ban hành mẫu biểu báo cáo thống nhất cho cấp phường."]
    hand1("26737_TanDinh_BC214.docx", u, num, dt, roles, diffs, props)
    ents = [
        E("II.1.a", "completed", {"communications": 7}, roles[0][1][0][0]),
        E("II.2.đ", "in_progress", {}, roles[0][1][1][0]),
        E("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 26, "violations": 4, "fines_vnd": 6500000}, roles[1][1][0][0]),
        E("II.4.b", "completed", {"instruments_verified": 5, "budget_spent_vnd": 1750000}, roles[1][1][1][0]),
        E("II.3.a", "completed", {"participants": 2}, roles[2][1][0][0]),
        E("II.5.b", "not_applicable", {}, roles[2][1][1][0]),
    ]
    key("26737_TanDinh_BC214.docx", u, num, dt, ents, diffs, props)

    # --- Phường Gò Vấp
    u = ("26884", "Phường Gò Vấp"); num = "388/BC-UBND"; dt = "2026-10-29"
    roles = [
        ("tham mưu", [
            ("Tham mưu lồng ghép nội dung Chỉ thị 38 vào hội nghị giao ban khu phố; tổ chức 01 buổi tuyên truyền tại hội trường phường với 85 lượt hộ kinh doanh tham dự.", "completed"),
        ]),
        ("tổ chức thực hiện", [
            ("Kiểm tra việc chấp hành quy định về đo lường, nhãn hàng hóa tại chợ Gò Vấp, chợ Hạnh Thông Tây (cũ): 02 cuộc, 31 cơ sở; chưa phát hiện vi phạm.", "completed"),
            ("Hướng dẫn 14 hộ kinh doanh, cơ sở sản xuất nhỏ thực hiện ghi nhãn và tự công bố sản phẩm.", "in_progress"),
            ("Triển khai quét mã truy xuất nguồn gốc tại các sạp rau, thịt của chợ: phường chưa có kinh phí nên chưa triển khai.", "not_started"),
        ]),
        ("phối hợp", [
            ("Phối hợp Đoàn kiểm tra của Chi cục kiểm tra cửa hàng xăng dầu trên đường Quang Trung theo phân cấp.", "completed"),
        ]),
    ]
    diffs = ["Số hộ kinh doanh tại chợ thay đổi liên tục, khó theo dõi việc khắc phục sau kiểm tra."]
    props = ["Đề nghị Sở Khoa học và Công nghệ bố trí kinh phí thí điểm truy xuất nguồn gốc tại chợ Gò Vấp."]
    hand1("26884_GoVap_BC388.docx", u, num, dt, roles, diffs, props)
    ents = [
        E("II.1.a", "completed", {"training_courses": 1, "participants": 85}, roles[0][1][0][0]),
        E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 31}, roles[1][1][0][0] + " " + roles[2][1][0][0]),
        E("II.2.d", "in_progress", {"enterprises_supported": 14}, roles[1][1][1][0]),
        E("II.2.a", "not_started", {}, roles[1][1][2][0]),
    ]
    # NOTE: II.5.c merges the ward's own 2 checks (31 cơ sở) with the joint check of 1 station
    key("26884_GoVap_BC388.docx", u, num, dt, ents, diffs, props)

    # --- Phường Bình Tây
    u = ("27367", "Phường Bình Tây"); num = "97/BC-UBND"; dt = "2026-10-26"
    roles = [
        ("tham mưu", [
            ("Phối hợp Chi cục lấy mẫu hàng hóa tại chợ Bình Tây để khảo sát chất lượng: dự kiến thực hiện trong tháng 12.", "not_started"),
            ("Rà soát, cập nhật dữ liệu cơ sở kinh doanh lên hệ thống cơ sở dữ liệu tiêu chuẩn, đo lường, chất lượng theo hướng dẫn của Chi cục.", "in_progress"),
        ]),
        ("tổ chức thực hiện", [
            ("Đăng 06 tin, bài về cân đúng, cân đủ (04 tin trên loa phát thanh khu phố, 02 bài trên trang Facebook phường).", "completed"),
            ("Tiếp nhận, xử lý phản ánh của người dân về cân thiếu tại chợ: trong kỳ không có phản ánh.", "not_applicable"),
        ]),
        ("phối hợp", [
            ("Phối hợp Chi cục kiểm tra đo lường tại chợ Bình Tây: 01 cuộc, 18 sạp hàng, 02 sạp vi phạm, xử phạt 3.000.000đ.", "completed"),
        ]),
    ]
    diffs = ["Tiểu thương tại chợ Bình Tây phần lớn là người lớn tuổi, việc tuyên truyền qua mạng xã hội hiệu quả chưa cao."]
    props = ["Kiến nghị Chi cục phối hợp Ban quản lý chợ Bình Tây lắp đặt thêm cân đối chứng."]
    hand1("27367_BinhTay_BC97.docx", u, num, dt, roles, diffs, props)
    ents = [
        E("II.5.b", "not_started", {}, roles[0][1][0][0]),
        E("II.5.c", "completed", {"inspections": 1, "establishments_inspected": 18, "violations": 2, "fines_vnd": 3000000},
          roles[2][1][0][0]),
        E("II.2.i", "in_progress", {}, roles[0][1][1][0]),
        E("II.1.a", "completed", {"communications": 6}, roles[1][1][0][0]),
        E("II.5.d", "not_applicable", {}, roles[1][1][1][0]),
    ]
    key("27367_BinhTay_BC97.docx", u, num, dt, ents, diffs, props)

    # --- Phường Linh Xuân: MISTAKEN (chuyển đổi số)
    u = ("26800", "Phường Linh Xuân"); num = "402/BC-UBND"; dt = "2026-10-30"
    body = [("p", "Thực hiện Kế hoạch số 2339/KH-SKHCN về chuyển đổi số, Ủy ban nhân dân Phường Linh Xuân báo cáo kết quả thực hiện chuyển đổi số 10 tháng năm 2026 như sau:"),
            ("h", "1. Về hạ tầng số"),
            ("p", "– Hoàn thành lắp đặt wifi miễn phí tại 06 điểm công cộng; nâng cấp đường truyền cho bộ phận một cửa (ghi nhận: \u201cđã xong\u201d)."),
            ("h", "2. Về chính quyền số"),
            ("p", "– Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến toàn trình đạt 86%; 100% văn bản đi được ký số (ghi nhận: \u201cđã xong\u201d)."),
            ("h", "3. Về xã hội số"),
            ("p", "– Tổ công nghệ số cộng đồng hướng dẫn 1.240 lượt người dân cài đặt VNeID mức 2 (ghi nhận: \u201ccòn đang làm\u201d)."),
            ("h", "4. Vướng mắc"),
            ("p", "– Trang thiết bị máy tính tại bộ phận một cửa đã cũ, thường xuyên hư hỏng.")]
    hand1("26800_LinhXuan_BC402.docx", u, num, dt, None, [], [],
          title="Kết quả thực hiện nhiệm vụ chuyển đổi số 10 tháng năm 2026", body_override=body)
    key("26800_LinhXuan_BC402.docx", u, num, dt, [], [], [],
        rejected="Không phải báo cáo Kế hoạch CT38 (báo cáo chuyển đổi số của phường, gửi nhầm).")

# ================================================================ HAND 2
# Anh Trương Minh Hùng, văn phòng xã: "KQ_CT38" sheet with fixed figure columns where
# each count is typed as text by quarter "QI+QII+QIII+T10" e.g. "1+0+2+1=4";
# statuses "Xong / Đang làm / Chưa làm / Không có việc"; VM1:/KN1: rows under the table.
H2_ST = {"completed": "Xong", "in_progress": "Đang làm", "not_started": "Chưa làm",
         "not_applicable": "Không có việc"}
H2_COLS = ["inspections", "establishments_inspected", "violations", "fines_vnd",
           "training_courses", "participants", "communications", "other"]

def chain(parts):
    return "+".join(str(x) for x in parts) + "=" + str(sum(parts))

def hand2(fname, unit, number, date, rows, diffs, props, title=None):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "KQ_CT38"
    f = Font(name="Times New Roman", size=12)
    ws["A1"] = "UBND " + unit[1].upper(); ws["A1"].font = Font(name="Times New Roman", bold=True)
    ws["H1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["H1"].font = Font(name="Times New Roman", bold=True)
    ws["A2"] = "Số: " + number
    ws["H2"] = "Độc lập - Tự do - Hạnh phúc"
    d = datetime.date.fromisoformat(date)
    ws["H3"] = f"{unit[1]}, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"
    ws["H3"].font = Font(name="Times New Roman", italic=True)
    ws["A5"] = title or "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38-CT/TW NĂM 2026 (tiêu chuẩn, đo lường, chất lượng)"
    ws["A5"].font = Font(name="Times New Roman", bold=True, size=13)
    ws["A6"] = "Ghi chú cách ghi: số liệu ghi theo từng quý QI+QII+QIII+T10, sau dấu = là cộng dồn đến 31/10/2026."
    ws["A6"].font = Font(name="Times New Roman", italic=True, size=11)
    hdr = ["STT", "Việc xã đã làm", "Tình trạng", "Cuộc KT", "Cơ sở KT", "Vi phạm", "Phạt (đồng)",
           "Lớp/buổi", "Người dự", "Tin, bài", "Khác", "Ghi chú"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=8, column=i, value=h); c.font = Font(name="Times New Roman", bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    r = 9
    for i, row in enumerate(rows, 1):
        ws.cell(row=r, column=1, value=i)
        ws.cell(row=r, column=2, value=row["text"])
        ws.cell(row=r, column=3, value=H2_ST[row["status"]])
        for j, k in enumerate(H2_COLS):
            v = row["cells"].get(k)
            if v is None: continue
            if k == "fines_vnd":
                ws.cell(row=r, column=4 + j, value=dots(v))
            else:
                ws.cell(row=r, column=4 + j, value=v)
        ws.cell(row=r, column=12, value=row.get("note", ""))
        r += 1
    border_all(ws, f"A8:L{r-1}")
    r += 1
    for i, dd in enumerate(diffs, 1):
        ws.cell(row=r, column=1, value=f"VM{i}: {dd}"); r += 1
    for i, pp in enumerate(props, 1):
        ws.cell(row=r, column=1, value=f"KN{i}: {pp}"); r += 1
    r += 1
    ws.cell(row=r, column=2, value="Người lập biểu"); ws.cell(row=r, column=9, value="KT. CHỦ TỊCH - PHÓ CHỦ TỊCH")
    ws.cell(row=r + 4, column=2, value="Trương Minh Hùng"); ws.cell(row=r + 4, column=9, value="Lê Thị Thanh Vân")
    ws.column_dimensions["B"].width = 60; ws.column_dimensions["L"].width = 28
    for col in "DEFGHIJK": ws.column_dimensions[col].width = 12
    ws.column_dimensions["C"].width = 13
    for row in ws.iter_rows():
        for c in row:
            if c.font is None or not c.font.bold:
                c.font = Font(name="Times New Roman", size=12, bold=c.font.bold if c.font else False,
                              italic=c.font.italic if c.font else False)
    wb.save(os.path.join(OUT, fname))

def h2_reports():
    # --- Xã Củ Chi
    u = ("27553", "Xã Củ Chi"); num = "156/BC-UBND"; dt = "2026-10-28"
    rows = [
        dict(text="Kiểm tra đo lường, chất lượng xăng dầu, cân tại chợ Củ Chi và các cửa hàng vật tư nông nghiệp (Tổ kiểm tra của xã)", status="completed",
             cells={"inspections": chain([1, 0, 2, 1]), "establishments_inspected": chain([6, 0, 11, 5]), "violations": chain([0, 0, 2, 1]), "fines_vnd": 7500000}),
        dict(text="Tuyên truyền Chỉ thị 38 trên đài truyền thanh xã, trang fanpage", status="completed",
             cells={"communications": chain([2, 3, 2, 1])}),
        dict(text="Cử công chức đi tập huấn nghiệp vụ TĐC do Chi cục mở", status="completed",
             cells={"training_courses": chain([0, 1, 0, 0]), "participants": chain([0, 2, 0, 0])}),
        dict(text="Kiểm định cân đối chứng đặt tại chợ Củ Chi", status="in_progress",
             cells={"other": "cân đối chứng đã kiểm định: 2+0+0+0=2"}, note="còn 01 cân chờ kiểm định T11"),
        dict(text="Hướng dẫn HTX, hộ SX rau an toàn làm tem truy xuất nguồn gốc", status="in_progress",
             cells={"other": "HTX, hộ được hướng dẫn: 0+3+2+1=6"}),
        dict(text="Duy trì ISO 9001:2015 tại UBND xã", status="completed", cells={}, note="đã đánh giá nội bộ T9"),
    ]
    diffs = ["Xã mới sáp nhập, địa bàn rộng, tổ kiểm tra chỉ có 03 người nên không kiểm tra được thường xuyên.",
             "Chưa có kinh phí riêng cho hoạt động tiêu chuẩn, đo lường, chất lượng ở cấp xã."]
    props = ["Đề nghị Chi cục TĐC tập huấn trực tiếp tại xã cho tổ kiểm tra và Ban quản lý chợ."]
    fn = "27553_CuChi_BC156.xlsx"
    hand2(fn, u, num, dt, rows, diffs, props)
    ents = [
        E("II.5.c", "completed", {"inspections": 4, "establishments_inspected": 22, "violations": 3, "fines_vnd": 7500000}, rows[0]["text"]),
        E("II.1.a", "completed", {"communications": 8}, rows[1]["text"]),
        E("II.3.a", "completed", {"training_courses": 1, "participants": 2}, rows[2]["text"]),
        E("II.4.b", "in_progress", {"instruments_verified": 2}, rows[3]["text"]),
        E("II.2.a", "in_progress", {"enterprises_supported": 6}, rows[4]["text"]),
        E("II.2.đ", "completed", {}, rows[5]["text"]),
    ]
    key(fn, u, num, dt, ents, diffs, props)

    # --- Xã Bình Chánh
    u = ("27637", "Xã Bình Chánh"); num = "233/BC-UBND"; dt = "2026-10-30"
    rows = [
        dict(text="Ra quân kiểm tra cân, thước, nhãn hàng tại chợ Bình Chánh, chợ đầu mối (phần xã quản lý)", status="completed",
             cells={"inspections": chain([1, 1, 1, 0]), "establishments_inspected": chain([9, 12, 8, 0]), "violations": chain([1, 2, 0, 0]), "fines_vnd": 4250000}),
        dict(text="Khảo sát chất lượng xăng tại cây xăng trên QL1A cùng Chi cục", status="completed",
             cells={"inspections": chain([0, 0, 1, 0]), "other": "mẫu xăng lấy: 0+0+4+0=4"}, note="kết quả mẫu đạt"),
        dict(text="Phát tờ rơi, treo băng rôn 'cân đúng – bán đủ'", status="completed",
             cells={"communications": chain([0, 1, 1, 1])}),
        dict(text="Tập huấn cho hộ kinh doanh về ghi nhãn, công bố hợp quy", status="not_started",
             cells={}, note="dời sang Quý I/2027"),
        dict(text="Góp ý dự thảo văn bản về TĐC khi có yêu cầu", status="not_applicable", cells={}),
    ]
    diffs = ["Chợ đầu mối do nhiều cơ quan cùng quản lý, việc phân định trách nhiệm kiểm tra còn chồng chéo."]
    props = ["Kiến nghị Sở KH&CN có văn bản hướng dẫn phân định trách nhiệm kiểm tra đo lường tại chợ đầu mối.",
             "Đề nghị bổ sung kinh phí in ấn tài liệu tuyên truyền cho xã."]
    fn = "27637_BinhChanh_BC233.xlsx"
    hand2(fn, u, num, dt, rows, diffs, props)
    ents = [
        E("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 29, "violations": 3, "fines_vnd": 4250000}, rows[0]["text"]),
        E("II.5.b", "completed", {"inspections": 1, "samples_tested": 4}, rows[1]["text"]),
        E("II.1.a", "completed", {"communications": 3}, rows[2]["text"]),
        E("II.2.d", "not_started", {}, rows[3]["text"]),
        E("II.2.c", "not_applicable", {}, rows[4]["text"]),
    ]
    key(fn, u, num, dt, ents, diffs, props)

    # --- Xã Dầu Tiếng
    u = ("25777", "Xã Dầu Tiếng"); num = "71/BC-UBND"; dt = "2026-10-24"
    rows = [
        dict(text="Kiểm tra cân tại chợ Dầu Tiếng, điểm thu mua mủ cao su", status="in_progress",
             cells={"inspections": chain([0, 1, 1, 0]), "establishments_inspected": chain([0, 7, 9, 0]), "violations": chain([0, 1, 1, 0]), "fines_vnd": 2500000},
             note="đợt 3 làm trong T11"),
        dict(text="Tuyên truyền qua loa truyền thanh ấp về đo lường trong thu mua nông sản", status="completed",
             cells={"communications": chain([1, 1, 1, 1])}),
        dict(text="Công chức Kinh tế dự hội nghị tập huấn trực tuyến của Chi cục", status="completed",
             cells={"training_courses": chain([0, 0, 1, 0]), "participants": chain([0, 0, 3, 0])}),
        dict(text="Hướng dẫn cơ sở chế biến hạt điều đăng ký mã số mã vạch, tự công bố", status="completed",
             cells={"other": "cơ sở được hướng dẫn: 1+0+1+0=2"}),
    ]
    diffs = ["Điểm thu mua mủ cao su phân tán, nhiều điểm hoạt động theo mùa vụ."]
    props = ["Đề nghị Chi cục kiểm định miễn phí cân cho điểm thu mua nông sản của hộ nghèo."]
    fn = "25777_DauTieng_BC71.xlsx"
    hand2(fn, u, num, dt, rows, diffs, props)
    ents = [
        E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 16, "violations": 2, "fines_vnd": 2500000}, rows[0]["text"]),
        E("II.1.a", "completed", {"communications": 4}, rows[1]["text"]),
        E("II.3.a", "completed", {"training_courses": 1, "participants": 3}, rows[2]["text"]),
        E("II.2.d", "completed", {"enterprises_supported": 2}, rows[3]["text"]),
    ]
    key(fn, u, num, dt, ents, diffs, props)

    # --- Xã Nhà Bè: MISTAKEN (phòng chống thiên tai)
    u = ("27655", "Xã Nhà Bè"); num = "188/BC-UBND"; dt = "2026-10-29"
    rows = [
        dict(text="Rà soát hộ dân ven sông Nhà Bè có nguy cơ sạt lở, lập danh sách di dời khẩn cấp", status="completed",
             cells={"other": "hộ rà soát: 12+4+0+3=19"}),
        dict(text="Tập huấn lực lượng xung kích phòng chống thiên tai ấp", status="completed",
             cells={"training_courses": chain([0, 1, 0, 0]), "participants": chain([0, 45, 0, 0])}),
        dict(text="Kiểm tra bờ bao, cống ngăn triều mùa mưa", status="in_progress",
             cells={"inspections": chain([0, 1, 2, 1])}),
    ]
    fn = "27655_NhaBe_BC188.xlsx"
    hand2(fn, u, num, dt, rows, ["Kinh phí gia cố bờ bao tạm còn thiếu."], ["Đề nghị hỗ trợ bao cát, phao cứu sinh."],
          title="BIỂU KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN NĂM 2026")
    key(fn, u, num, dt, [], [], [],
        rejected="Không phải báo cáo Kế hoạch CT38 (biểu phòng, chống thiên tai của xã, gửi nhầm).")

# ================================================================ HAND 3
# Island / outlying commune officer: "BÁO CÁO TÓM TẮT" printed in two newspaper columns
# (Word section with 2 columns); items "• Own name — result. Tình hình: word.";
# statuses "hoàn tất / đang dở dang / chưa bắt tay / không có việc phát sinh";
# figures as "noun: number" inside sentences; money "x,y triệu đồng".
H3_ST = {"completed": "hoàn tất", "in_progress": "đang dở dang", "not_started": "chưa bắt tay vào làm",
         "not_applicable": "không có việc phát sinh"}

def hand3(fname, unit, uheader, number, date, items, diffs, props):
    doc = Document(); set_font(doc, size=12)
    sec = doc.sections[0]; sec.left_margin = Cm(2); sec.right_margin = Cm(2)
    p = para(doc); runs(p, [(uheader, "b"), ("\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b")])
    p = para(doc); runs(p, [(f"Số: {number}", ""), ("\t\t\tĐộc lập - Tự do - Hạnh phúc", "b")])
    para(doc, f"{unit[1].replace('Đặc khu ', '').replace('Xã ', '')}, {vn_date(date)}", italic=True, align="r")
    para(doc, "BÁO CÁO TÓM TẮT", bold=True, align="c", size=14)
    para(doc, "Tình hình thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 (tiêu chuẩn, đo lường, chất lượng)", italic=True, align="c")
    # new section with two columns
    new = doc.add_section(0)  # continuous
    two_columns(new)
    para(doc, "A. VIỆC ĐÃ LÀM", bold=True)
    for name, body, st in items:
        p = para(doc, align="j")
        runs(p, [("• " + name + " — ", "b"), (body + " ", ""), ("Tình hình: " + H3_ST[st] + ".", "i")])
    para(doc, "B. CÒN VƯỚNG", bold=True)
    for d in diffs:
        para(doc, "• " + d, align="j")
    para(doc, "C. XIN Ý KIẾN", bold=True)
    for pp in props:
        para(doc, "• " + pp, align="j")
    new2 = doc.add_section(0)
    two_columns(new2, 1)
    para(doc, "Nơi nhận: Chi cục TĐC TP.HCM; Lưu VT.", italic=True, size=10)
    para(doc, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nĐỗ Văn Lực", bold=True, align="r")
    doc.save(os.path.join(OUT, fname))

def h3_reports():
    # --- Đặc khu Côn Đảo
    u = ("26732", "Đặc khu Côn Đảo"); num = "59/BC-UBND"; dt = "2026-10-22"
    items = [
        ("Xăng dầu trên đảo", "Phối hợp Chi cục kiểm tra các cửa hàng xăng dầu và kho tại cảng Bến Đầm; không phát hiện vi phạm (số liệu do Chi cục tổng hợp).", "completed"),
        ("Cân ở chợ Côn Đảo", "Tổ quản lý chợ kiểm tra cân của tiểu thương; số cuộc: 02; cơ sở: 24; vi phạm: 03, phạt 4,5 triệu đồng.", "completed"),
        ("Lấy mẫu", "Lấy mẫu nước mắm, khô cá bán cho khách du lịch gửi đi thử nghiệm; số mẫu: 06, đang chờ kết quả.", "in_progress"),
        ("Đặc sản có tem truy xuất", "Hướng dẫn cơ sở sản xuất hạt bàng, rượu sim dán tem truy xuất; cơ sở được hỗ trợ: 05.", "in_progress"),
        ("Học nghiệp vụ", "Do điều kiện đi lại, công chức chưa tham dự được lớp tập huấn tại đất liền.", "not_started"),
        ("Tuyên truyền", "Phát trên Đài truyền thanh – truyền hình đặc khu; số tin, bài: 05.", "completed"),
    ]
    diffs = ["Chi phí gửi mẫu từ đảo vào đất liền thử nghiệm cao, thời gian vận chuyển dài.",
             "Chưa có tổ chức kiểm định phương tiện đo trên đảo."]
    props = ["Xin Chi cục bố trí đoàn kiểm định lưu động ra đảo mỗi năm ít nhất 01 lần.",
             "Xin tổ chức lớp tập huấn trực tuyến để công chức đặc khu tham gia."]
    fn = "26732_ConDao_BC59.docx"
    hand3(fn, u, "ỦY BAN NHÂN DÂN ĐẶC KHU CÔN ĐẢO", num, dt, items, diffs, props)
    ents = [
        E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 24, "violations": 3, "fines_vnd": 4500000},
          items[0][1] + " " + items[1][1]),
        E("II.5.b", "in_progress", {"samples_tested": 6}, items[2][1]),
        E("II.2.a", "in_progress", {"enterprises_supported": 5}, items[3][1]),
        E("II.3.a", "not_started", {}, items[4][1]),
        E("II.1.a", "completed", {"communications": 5}, items[5][1]),
    ]
    key(fn, u, num, dt, ents, diffs, props)

    # --- Xã Cần Giờ
    u = ("27664", "Xã Cần Giờ"); num = "144/BC-UBND"; dt = "2026-10-28"
    items = [
        ("Chợ hải sản Hàng Dương", "Kiểm tra cân tại sạp hải sản; số cuộc: 03; sạp kiểm tra: 35; vi phạm: 05, phạt 8,75 triệu đồng.", "completed"),
        ("Cân đối chứng", "Đã đưa 04 cân đối chứng đi kiểm định, chi 2,4 triệu đồng.", "completed"),
        ("Hội nghị với tiểu thương", "01 buổi tại nhà văn hóa xã; người dự: 62.", "completed"),
        ("ISO một cửa", "Chuyển đổi hệ thống quản lý chất lượng sang môi trường điện tử theo mô hình khung.", "in_progress"),
        ("Khen thưởng người tố giác", "Trong kỳ không có trường hợp.", "not_applicable"),
    ]
    diffs = ["Tiểu thương phản ánh cân đối chứng đặt xa khu bán hải sản."]
    props = ["Xin bổ sung 02 cân đối chứng cho chợ hải sản Hàng Dương."]
    fn = "27664_CanGio_BC144.docx"
    hand3(fn, u, "UBND XÃ CẦN GIỜ", num, dt, items, diffs, props)
    ents = [
        E("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 35, "violations": 5, "fines_vnd": 8750000}, items[0][1]),
        E("II.4.b", "completed", {"instruments_verified": 4, "budget_spent_vnd": 2400000}, items[1][1]),
        E("II.1.a", "completed", {"training_courses": 1, "participants": 62}, items[2][1]),
        E("II.2.đ", "in_progress", {}, items[3][1]),
        E("II.5.d", "not_applicable", {}, items[4][1]),
    ]
    key(fn, u, num, dt, ents, diffs, props)

    # --- Xã Long Sơn
    u = ("26545", "Xã Long Sơn"); num = "36/BC-UBND"; dt = "2026-10-25"
    items = [
        ("Cây xăng, gas", "Kiểm tra đo lường tại cửa hàng xăng dầu, đại lý gas; số cuộc: 02; cơ sở: 09; vi phạm: 01, phạt 15 triệu đồng.", "completed"),
        ("Hộ làm nước mắm, mắm ruốc", "Hướng dẫn ghi nhãn, công bố tiêu chuẩn cơ sở; hộ được hướng dẫn: 08.", "in_progress"),
        ("Tuyên truyền", "Tin trên loa xã và nhóm Zalo ấp; số tin: 04.", "completed"),
        ("Dữ liệu TĐC", "Chưa được cấp tài khoản nhập liệu lên hệ thống cơ sở dữ liệu tiêu chuẩn, đo lường, chất lượng.", "not_started"),
    ]
    diffs = ["Chưa được cấp tài khoản hệ thống cơ sở dữ liệu."]
    props = ["Xin Chi cục cấp tài khoản và hướng dẫn nhập liệu cho công chức xã."]
    fn = "26545_LongSon_BC36.docx"
    hand3(fn, u, "UBND XÃ LONG SƠN", num, dt, items, diffs, props)
    ents = [
        E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 9, "violations": 1, "fines_vnd": 15000000}, items[0][1]),
        E("II.2.d", "in_progress", {"enterprises_supported": 8}, items[1][1]),
        E("II.1.a", "completed", {"communications": 4}, items[2][1]),
        E("II.2.i", "not_started", {}, items[3][1]),
    ]
    key(fn, u, num, dt, ents, diffs, props)

# ================================================================ HAND 4
# A department's general-affairs specialist: công văn whose body is one 4-column table
# "Nội dung phối hợp theo Kế hoạch | Văn bản đã ban hành / tham gia | Số liệu | Mức độ",
# Mức độ in role words ("Hoàn thành phần việc phối hợp / Đang phối hợp / Chưa có đề nghị
# phối hợp / Chưa thực hiện"); money in "nghìn đồng" with dots ("12.500 nghìn đồng").
H4_ST = {"completed": "Hoàn thành phần việc phối hợp", "in_progress": "Đang phối hợp",
         "not_applicable": "Chưa có đề nghị phối hợp", "not_started": "Chưa thực hiện"}

def hand4(fname, unit_top, unit_name, number, date, vv, rows, diffs, props, signer):
    doc = Document(); set_font(doc)
    sec = doc.sections[0]; sec.left_margin = Cm(2.5); sec.right_margin = Cm(1.5)
    header_table(doc, unit_top, unit_name.upper(), f"Số: {number}\nV/v {vv}",
                 f"Thành phố Hồ Chí Minh, {vn_date(date)}")
    para(doc)
    para(doc, "Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh\n(Chi cục Tiêu chuẩn Đo lường Chất lượng).", align="c")
    para(doc, f"{unit_name} nhận được đề nghị báo cáo kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026; {unit_name} báo cáo theo bảng dưới đây:", align="j")
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for i, h in enumerate(["Nội dung phối hợp theo Kế hoạch", "Văn bản đã ban hành / tham gia", "Số liệu", "Mức độ"]):
        t.cell(0, i).text = ""; runs(t.cell(0, i).paragraphs[0], [(h, "b")])
    for r in rows:
        c = t.add_row().cells
        c[0].text = r[0]; c[1].text = r[1]; c[2].text = r[2]; c[3].text = H4_ST[r[3]]
    para(doc)
    para(doc, "Khó khăn, vướng mắc:", bold=True)
    for d in diffs: para(doc, "- " + d, align="j")
    para(doc, "Kiến nghị:", bold=True)
    for pp in props: para(doc, "- " + pp, align="j")
    para(doc, f"Trên đây là báo cáo của {unit_name}./.", align="j")
    t = doc.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Nơi nhận:\n- Như trên;\n- Lưu: VT."
    t.cell(0, 1).text = signer
    doc.save(os.path.join(OUT, fname))

def h4_reports():
    # --- Sở Công Thương
    u = ("SO-CT", "Sở Công Thương"); num = "6214/SCT-QLTM"; dt = "2026-10-29"
    rows = [
        ("Phối hợp kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng lưu thông trên thị trường",
         "Kế hoạch liên ngành số 1120/KH-SCT ngày 12/3/2026",
         "- 05 đoàn kiểm tra liên ngành\n- 41 cửa hàng xăng dầu, đại lý LPG\n- 06 cơ sở vi phạm\n- phạt 112.500 nghìn đồng", "completed"),
        ("Góp ý dự thảo quy chuẩn kỹ thuật quốc gia, quy chuẩn địa phương",
         "Công văn 3302/SCT-KTAT; 4471/SCT-KTAT",
         "- góp ý 03 dự thảo QCVN (an toàn điện, bình chịu áp lực, LPG)", "completed"),
        ("Hỗ trợ doanh nghiệp áp dụng truy xuất nguồn gốc hàng hóa xuất khẩu",
         "Chương trình xúc tiến thương mại 2026",
         "- 27 doanh nghiệp được hướng dẫn\n- 02 hội nghị, 310 đại biểu", "in_progress"),
        ("Góp ý sửa đổi Luật Chất lượng sản phẩm, hàng hóa", "—", "—", "not_applicable"),
    ]
    diffs = ["Lực lượng quản lý thị trường đã chuyển về Sở Công Thương nhưng việc phân công đầu mối phối hợp kiểm tra chất lượng hàng hóa với Chi cục chưa rõ."]
    props = ["Đề nghị Sở Khoa học và Công nghệ chủ trì xây dựng quy chế phối hợp kiểm tra chất lượng hàng hóa lưu thông giữa hai Sở."]
    fn = "SCT_BC6214_CT38.docx"
    hand4(fn, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "Sở Công Thương", num, dt,
          "báo cáo kết quả phối hợp thực hiện Kế hoạch CT38 năm 2026", rows, diffs, props,
          "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nBùi Tá Hoàng Vũ")
    ents = [
        E("II.5.a", "completed", {"inspections": 5, "establishments_inspected": 41, "violations": 6, "fines_vnd": 112500000}, rows[0][0] + " " + rows[0][2]),
        E("II.2.e", "completed", {"standards_reviewed": 3}, rows[1][0] + " " + rows[1][2]),
        E("II.2.a", "in_progress", {"enterprises_supported": 27, "training_courses": 2, "participants": 310}, rows[2][0] + " " + rows[2][2]),
        E("II.2.c", "not_applicable", {}, rows[3][0]),
    ]
    key(fn, u, num, dt, ents, diffs, props)

    # --- Sở Y tế
    u = ("SO-YT", "Sở Y tế"); num = "9087/SYT-NVD"; dt = "2026-10-31"
    rows = [
        ("Phối hợp góp ý dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế, phương tiện đo nhóm 2 dùng trong y tế",
         "Công văn 5512/SYT-TTB",
         "- 02 dự thảo QCVN đã góp ý", "completed"),
        ("Kiểm tra việc kiểm định phương tiện đo tại cơ sở khám bệnh, chữa bệnh",
         "Quyết định 771/QĐ-SYT thành lập đoàn kiểm tra",
         "- 04 cuộc\n- 19 bệnh viện, phòng khám\n- 1.286 phương tiện đo (huyết áp kế, nhiệt kế, cân) đã kiểm định", "in_progress"),
        ("Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở", "Quyết định 402/QĐ-SYT", "—", "completed"),
        ("Cử cán bộ tham dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng", "—",
         "- 06 lượt công chức, viên chức", "completed"),
    ]
    diffs = ["Nhiều cơ sở y tế tư nhân chưa lập danh mục phương tiện đo phải kiểm định."]
    props = ["Đề nghị Chi cục cung cấp danh sách tổ chức được chỉ định kiểm định phương tiện đo dùng trong y tế."]
    fn = "SYT_CV9087_ketqua_CT38.docx"
    hand4(fn, "UBND TP. HỒ CHÍ MINH", "Sở Y tế", num, dt,
          "kết quả phối hợp thực hiện Kế hoạch Chỉ thị 38-CT/TW", rows, diffs, props,
          "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nNguyễn Văn Vĩnh Châu")
    ents = [
        E("II.2.e", "completed", {"standards_reviewed": 2}, rows[0][0] + " " + rows[0][2]),
        E("II.5.a", "in_progress", {"inspections": 4, "establishments_inspected": 19, "instruments_verified": 1286}, rows[1][0] + " " + rows[1][2]),
        E("II.2.đ", "completed", {}, rows[2][0]),
        E("II.3.a", "completed", {"participants": 6}, rows[3][0] + " " + rows[3][2]),
    ]
    key(fn, u, num, dt, ents, diffs, props)

    # --- Phường Phú Nhuận (ward using the same table style copied from a department letter)
    u = ("27073", "Phường Phú Nhuận"); num = "512/UBND-KT"; dt = "2026-10-27"
    rows = [
        ("Phối hợp Chi cục kiểm tra đo lường tại chợ Phú Nhuận và cửa hàng vàng bạc",
         "Kế hoạch 77/KH-UBND ngày 02/4/2026",
         "- 02 cuộc\n- 22 cơ sở\n- 01 cơ sở vi phạm\n- phạt 5.000 nghìn đồng", "completed"),
        ("Tuyên truyền về tiêu chuẩn, đo lường, chất lượng", "—",
         "- 05 tin trên trang thông tin điện tử phường", "completed"),
        ("Lấy mẫu khảo sát chất lượng hàng hóa", "—", "—", "not_applicable"),
        ("Kiểm định cân đối chứng tại chợ", "—", "—", "not_started"),
    ]
    diffs = ["Ban quản lý chợ Phú Nhuận chưa bố trí được vị trí đặt cân đối chứng."]
    props = ["Đề nghị Chi cục hỗ trợ kiểm định cân đối chứng cho chợ Phú Nhuận trong Quý IV/2026."]
    fn = "27073_PhuNhuan_CV512.docx"
    hand4(fn, "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "Ủy ban nhân dân Phường Phú Nhuận", num, dt,
          "báo cáo kết quả thực hiện Chỉ thị 38-CT/TW", rows, diffs, props,
          "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nHuỳnh Thị Ngọc Trâm")
    ents = [
        E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 22, "violations": 1, "fines_vnd": 5000000}, rows[0][0] + " " + rows[0][2]),
        E("II.1.a", "completed", {"communications": 5}, rows[1][0] + " " + rows[1][2]),
        E("II.5.b", "not_applicable", {}, rows[2][0]),
        E("II.4.b", "not_started", {}, rows[3][0]),
    ]
    key(fn, u, num, dt, ents, diffs, props)

# ================================================================ HAND 5
# Ward statistician: one sheet "Bao cao" with label rows (the report date a real Excel date
# cell "dd/mm/yyyy"), then "STT | Nhóm việc | Nội dung thực hiện | Kết quả (rich text,
# figures in bold) | Tình hình"; statuses in brackets "(xong) (đang làm) (chưa làm)
# (không có)"; money "4tr500" style is NOT used: money written "2 triệu 250 nghìn đồng"? no:
# money as "đ" suffix without dots "3500000đ".
H5_ST = {"completed": "(xong)", "in_progress": "(đang làm)", "not_started": "(chưa làm)",
         "not_applicable": "(không có)"}

def rich(parts):
    bold = InlineFont(b=True, rFont="Times New Roman", sz=12)
    norm = InlineFont(rFont="Times New Roman", sz=12)
    blocks = []
    for t, b in parts:
        blocks.append(TextBlock(bold if b else norm, t))
    return CellRichText(blocks)

def plain_of(parts):
    return "".join(t for t, _ in parts)

def hand5(fname, unit, number, date, rows, diffs, props):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Bao cao"
    ws["A1"] = "Đơn vị báo cáo:"; ws["C1"] = "UBND " + unit[1]
    ws["A2"] = "Số văn bản:"; ws["C2"] = number
    ws["A3"] = "Ngày báo cáo:"; ws["C3"] = datetime.date.fromisoformat(date)
    ws["C3"].number_format = "dd/mm/yyyy"; ws["C3"].alignment = Alignment(horizontal="left")
    ws["A4"] = "Nội dung:"; ws["C4"] = "Tình hình thực hiện KH Chỉ thị 38-CT/TW năm 2026 (TC-ĐL-CL)"
    for r in range(1, 5): ws.cell(row=r, column=1).font = Font(name="Times New Roman", bold=True)
    hdr = ["STT", "Nhóm việc", "Nội dung thực hiện", "Kết quả", "Tình hình"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h); c.font = Font(name="Times New Roman", bold=True)
        c.alignment = Alignment(horizontal="center")
    r = 7
    for i, (grp, content, parts, st) in enumerate(rows, 1):
        ws.cell(row=r, column=1, value=i); ws.cell(row=r, column=2, value=grp)
        ws.cell(row=r, column=3, value=content)
        ws.cell(row=r, column=4).value = rich(parts) if parts else "-"
        ws.cell(row=r, column=5, value=H5_ST[st])
        r += 1
    border_all(ws, f"A6:E{r-1}")
    r += 1
    ws.cell(row=r, column=1, value="Khó khăn:").font = Font(name="Times New Roman", bold=True); r += 1
    for d in diffs:
        ws.cell(row=r, column=2, value=d); r += 1
    ws.cell(row=r, column=1, value="Đề xuất:").font = Font(name="Times New Roman", bold=True); r += 1
    for p in props:
        ws.cell(row=r, column=2, value=p); r += 1
    r += 1
    ws.cell(row=r, column=4, value="Người tổng hợp: Võ Thị Kim Ngân – ĐT 0908 xxx 214")
    ws.column_dimensions["B"].width = 18; ws.column_dimensions["C"].width = 45
    ws.column_dimensions["D"].width = 55; ws.column_dimensions["E"].width = 14
    wb.save(os.path.join(OUT, fname))

def h5_reports():
    # --- Phường Hạnh Thông
    u = ("26890", "Phường Hạnh Thông"); num = "301/BC-UBND"; dt = "2026-10-28"
    rows = [
        ("Kiểm tra", "Tổ công tác phường kiểm tra cân, đồng hồ nước tại chợ và nhà trọ",
         [("Kiểm tra ", False), ("04", True), (" cuộc tại ", False), ("37", True), (" cơ sở; lập biên bản ", False), ("06", True),
          (" trường hợp, phạt ", False), ("9500000", True), ("đ", False)], "completed"),
        ("Tuyên truyền", "Tin bài, pano về đo lường trong kinh doanh nhà trọ",
         [("Đăng ", False), ("09", True), (" tin bài trên trang thông tin phường, có treo pano tại khu phố", False)], "completed"),
        ("Đào tạo", "Công chức dự lớp cập nhật kiến thức TĐC",
         [("Cử ", False), ("03", True), (" người, dự ", False), ("02", True), (" lớp", False)], "completed"),
        ("Hỗ trợ DN", "Hướng dẫn hộ kinh doanh công bố chất lượng, ghi nhãn", None, "not_started"),
        ("ISO", "Duy trì TCVN ISO 9001:2015 tại bộ phận một cửa", [("Đã đánh giá nội bộ tháng 9", False)], "in_progress"),
    ]
    diffs = ["Chủ nhà trọ chưa hiểu quy định về kiểm định đồng hồ nước dùng để tính tiền."]
    props = ["Đề nghị Chi cục hướng dẫn cách kiểm tra đồng hồ đo nước tại nhà trọ cho tổ công tác phường."]
    fn = "26890_HanhThong_BC301.xlsx"
    hand5(fn, u, num, dt, rows, diffs, props)
    ents = [
        E("II.5.c", "completed", {"inspections": 4, "establishments_inspected": 37, "violations": 6, "fines_vnd": 9500000}, rows[0][1] + ": " + plain_of(rows[0][2])),
        E("II.1.a", "completed", {"communications": 9}, rows[1][1] + ": " + plain_of(rows[1][2])),
        E("II.3.a", "completed", {"participants": 3, "training_courses": 2}, rows[2][1] + ": " + plain_of(rows[2][2])),
        E("II.2.d", "not_started", {}, rows[3][1]),
        E("II.2.đ", "in_progress", {}, rows[4][1]),
    ]
    key(fn, u, num, dt, ents, diffs, props)

    # --- Phường Bình Thạnh
    u = ("26929", "Phường Bình Thạnh"); num = "276/BC-UBND"; dt = "2026-10-30"
    rows = [
        ("Kiểm tra", "Phối hợp Chi cục kiểm tra xăng dầu, LPG trên đường Xô Viết Nghệ Tĩnh",
         [("Tham gia ", False), ("02", True), (" cuộc, ", False), ("08", True), (" cửa hàng; ", False), ("01", True),
          (" cửa hàng vi phạm, phạt ", False), ("20000000", True), ("đ", False)], "completed"),
        ("Khảo sát", "Lấy mẫu mũ bảo hiểm, đồ chơi trẻ em bán tại chợ Bà Chiểu",
         [("Đã lấy ", False), ("12", True), (" mẫu gửi Trung tâm thử nghiệm", False)], "completed"),
        ("Tuyên truyền", "Tuyên truyền mua bán đúng cân tại chợ Bà Chiểu",
         [("Phát thanh ", False), ("06", True), (" lượt tin", False)], "in_progress"),
        ("Khen thưởng", "Khen thưởng người tố giác vi phạm", None, "not_applicable"),
    ]
    diffs = ["Việc lấy mẫu phải mua bằng kinh phí của phường, chưa có hướng dẫn thanh toán."]
    props = ["Đề nghị Sở hướng dẫn nguồn kinh phí mua mẫu khảo sát chất lượng ở cấp phường."]
    fn = "26929_BinhThanh_BC276.xlsx"
    hand5(fn, u, num, dt, rows, diffs, props)
    ents = [
        E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 8, "violations": 1, "fines_vnd": 20000000}, rows[0][1] + ": " + plain_of(rows[0][2])),
        E("II.5.b", "completed", {"samples_tested": 12}, rows[1][1] + ": " + plain_of(rows[1][2])),
        E("II.1.a", "in_progress", {"communications": 6}, rows[2][1] + ": " + plain_of(rows[2][2])),
        E("II.5.d", "not_applicable", {}, rows[3][1]),
    ]
    key(fn, u, num, dt, ents, diffs, props)

    # --- Phường An Nhơn
    u = ("26876", "Phường An Nhơn"); num = "165/BC-UBND"; dt = "2026-10-23"
    rows = [
        ("Kiểm tra", "Kiểm tra đo lường tại chợ An Nhơn, chợ Xóm Mới",
         [("Kiểm tra ", False), ("03", True), (" cuộc, ", False), ("29", True), (" sạp; chưa phát hiện vi phạm", False)], "completed"),
        ("Cân đối chứng", "Kiểm định cân đối chứng các chợ",
         [("Đã kiểm định ", False), ("06", True), (" cân, chi ", False), ("2100000", True), ("đ", False)], "completed"),
        ("Dữ liệu", "Cập nhật danh sách cơ sở kinh doanh lên CSDL TĐC", [("Đã cập nhật 70%", False)], "in_progress"),
    ]
    diffs = ["Dữ liệu hộ kinh doanh giữa các phường cũ trước sáp nhập chưa thống nhất."]
    props = ["Đề nghị Chi cục hướng dẫn chuẩn hóa dữ liệu hộ kinh doanh khi nhập vào hệ thống."]
    fn = "26876_AnNhon_BC165.xlsx"
    hand5(fn, u, num, dt, rows, diffs, props)
    ents = [
        E("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 29}, rows[0][1] + ": " + plain_of(rows[0][2])),
        E("II.4.b", "completed", {"instruments_verified": 6, "budget_spent_vnd": 2100000}, rows[1][1] + ": " + plain_of(rows[1][2])),
        E("II.2.i", "in_progress", {}, rows[2][1]),
    ]
    key(fn, u, num, dt, ents, diffs, props)

if __name__ == "__main__":
    h1_reports(); h2_reports(); h3_reports(); h4_reports(); h5_reports()
    print("done")
