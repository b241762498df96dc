# -*- coding: utf-8 -*-
"""Generator for set289: 17 progress reports in four hands + answer keys."""
import hashlib, json, os, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

def sha(p):
    return hashlib.sha256(open(p, "rb").read()).hexdigest()

def write_key(fname, unit, number, date, entries, diffs, props, status="extracted", reason=None):
    p = os.path.join(OUT, fname)
    key = {"file": fname, "sha256": sha(p), "status": status, "reason": reason,
           "unit": unit, "document": {"number": number, "date": date},
           "entries": [{"task": e["task"], "status": e["status"], "indicators": e.get("ind", {}),
                        "text": e["text"]} for e in entries],
           "findings": [], "difficulties": diffs, "proposals": props}
    json.dump(key, open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8"),
              ensure_ascii=False, indent=2)

VN_MONTH = lambda d: "ngày %s tháng %s năm %s" % (d[8:10], d[5:7], d[0:4])

# ======================================================================
# HAND A — ward officer "chị Ngọc Hân": guillemet «job names» opening each
# paragraph, figures as "số … là 03", closing sentence "Tóm lại, …".
# ======================================================================
A_CLOSE = {
    "completed": "Tóm lại, việc này phường đã làm xong.",
    "in_progress": "Tóm lại, việc này phường vẫn đang tiếp tục làm.",
    "not_started": "Tóm lại, việc này phường chưa triển khai được.",
    "not_applicable": "Tóm lại, trong kỳ không phát sinh việc này.",
    "unknown": "",
}

def hand_a(fname, unit, kind, place, number, date, intro, entries, diffs, props, date_numeric=False):
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    up = unit["name"].upper()
    d.add_paragraph("ỦY BAN NHÂN DÂN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    d.add_paragraph(up + "\t\tĐộc lập - Tự do - Hạnh phúc")
    d.add_paragraph("Số: " + number if number else "Số:       /BC-UBND")
    ds = ("%s, ngày %s" % (place, "/".join([date[8:10], date[5:7], date[0:4]]))) if date_numeric \
        else "%s, %s" % (place, VN_MONTH(date))
    p = d.add_paragraph(ds); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for t in ("BÁO CÁO", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 "
              "về công tác tiêu chuẩn, đo lường, chất lượng trên địa bàn " + kind):
        p = d.add_paragraph(); r = p.add_run(t); r.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(intro)
    p = d.add_paragraph(); p.add_run("I. KẾT QUẢ THỰC HIỆN").bold = True
    for e in entries:
        p = d.add_paragraph()
        p.add_run("«" + e["name"] + "»").bold = True
        p.add_run(": " + e["body"] + (" " + A_CLOSE[e["status"]] if A_CLOSE[e["status"]] else ""))
        e["text"] = "«%s»: %s" % (e["name"], e["body"])
    p = d.add_paragraph(); p.add_run("II. KHÓ KHĂN, VƯỚNG MẮC").bold = True
    for x in diffs: d.add_paragraph("- " + x)
    if not diffs: d.add_paragraph("- Không có.")
    p = d.add_paragraph(); p.add_run("III. ĐỀ XUẤT, KIẾN NGHỊ").bold = True
    for x in props: d.add_paragraph("- " + x)
    d.add_paragraph("Trên đây là báo cáo của Ủy ban nhân dân %s./." % unit["name"].split(" ", 1)[0].lower()
                    + "")
    d.add_paragraph("Nơi nhận:\n- Chi cục TĐC (để b/c);\n- Lưu: VT.")
    p = d.add_paragraph("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.save(os.path.join(OUT, fname))
    write_key(fname, unit, number, date, entries, diffs, props)

# ======================================================================
# HAND B — department officer "anh Quang": "(1) (2)" items, a
# "Số liệu chính:" line joined by " | ", status as a dash tail.
# ======================================================================
B_TAIL = {
    "completed": "— hoàn tất.",
    "in_progress": "— còn tiếp tục.",
    "not_started": "— chưa đến kỳ thực hiện.",
    "not_applicable": "— không có yêu cầu.",
    "unknown": "",
}

def hand_b(fname, unit, parent, number, date, title, intro, entries, diffs, props, key=True,
           status="extracted", reason=None, sections=None):
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(14)
    t = d.add_table(rows=3, cols=2)
    t.cell(0, 0).text = parent.upper(); t.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    t.cell(1, 0).text = unit["name"].upper(); t.cell(1, 1).text = "Độc lập - Tự do - Hạnh phúc"
    t.cell(2, 0).text = "Số: " + number; t.cell(2, 1).text = "Thành phố Hồ Chí Minh, " + VN_MONTH(date)
    p = d.add_paragraph(); p.add_run(title).bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.")
    d.add_paragraph(intro)
    if sections:  # mistaken file: free sections
        for h, paras in sections:
            p = d.add_paragraph(); p.add_run(h).bold = True
            for x in paras: d.add_paragraph(x)
    else:
        p = d.add_paragraph(); p.add_run("Kết quả cụ thể như sau:").italic = True
        for i, e in enumerate(entries, 1):
            p = d.add_paragraph()
            p.add_run("(%d) %s. " % (i, e["name"])).bold = True
            p.add_run(e["body"])
            txt = "(%d) %s. %s" % (i, e["name"], e["body"])
            if e.get("figs"):
                p.add_run(" Số liệu chính: ").italic = True
                p.add_run(" | ".join(e["figs"]))
                txt += " Số liệu chính: " + " | ".join(e["figs"])
            if B_TAIL[e["status"]]:
                p.add_run(" " + B_TAIL[e["status"]])
            e["text"] = txt
        p = d.add_paragraph(); p.add_run("Vướng mắc").bold = True
        for i, x in enumerate(diffs): d.add_paragraph("%s) %s" % ("abcdđe"[i], x))
        p = d.add_paragraph(); p.add_run("Kiến nghị").bold = True
        for i, x in enumerate(props): d.add_paragraph("%s) %s" % ("abcdđe"[i], x))
    d.add_paragraph("Nơi nhận:\n- Như trên;\n- Lưu: VT.")
    p = d.add_paragraph("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.save(os.path.join(OUT, fname))
    write_key(fname, unit if status == "extracted" else unit, number, date, entries, diffs, props,
              status=status, reason=reason)

# ======================================================================
# HAND C — the Sở's units, Excel by "chị Diễm": internal job codes,
# generic "Số liệu 1/2/3" columns each holding "number noun" text,
# "KK - " / "ĐX - " rows under the table.
# ======================================================================
C_ST = {"completed": "Hoàn tất", "in_progress": "Đang chạy", "not_started": "Chưa bắt đầu",
        "not_applicable": "Không phát sinh", "unknown": ""}
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def hand_c(fname, unit, number, date, prefix, entries, diffs, props):
    wb = Workbook(); ws = wb.active; ws.title = "BC Q4"
    ws["A1"] = "SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM"
    ws["A2"] = unit["name"]; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: " + number
    ws["E3"] = "TP.HCM, ngày " + "/".join([date[8:10], date[5:7], date[0:4]])
    ws["A5"] = "TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (số liệu đến 25/10/2026)"
    ws["A5"].font = Font(bold=True, size=13)
    hdr = ["Mã việc nội bộ", "Tên việc", "Số liệu 1", "Số liệu 2", "Số liệu 3", "Tình trạng", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=j, value=h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(wrap_text=True, horizontal="center")
    r = 8
    for i, e in enumerate(entries, 1):
        figs = e.get("figs", []) + ["", "", ""]
        vals = ["%s-%02d" % (prefix, i), e["name"], figs[0], figs[1], figs[2], C_ST[e["status"]], e.get("note", "")]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v); c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        e["text"] = e["name"] + ("; " + "; ".join(e.get("figs", [])) if e.get("figs") else "") + \
            ("; " + e["note"] if e.get("note") else "")
        r += 1
    r += 1
    for x in diffs:
        ws.cell(row=r, column=2, value="KK - " + x); r += 1
    for x in props:
        ws.cell(row=r, column=2, value="ĐX - " + x); r += 1
    r += 1
    ws.cell(row=r, column=6, value="Người lập biểu"); ws.cell(row=r, column=2, value="Thủ trưởng đơn vị")
    for col, w in zip("ABCDEFG", (12, 52, 18, 18, 18, 15, 30)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))
    write_key(fname, unit, number, date, entries, diffs, props)

# ======================================================================
# HAND D — commune clerk "anh Tài", Excel: job and state in one cell
# split by " / ", fixed columns Cuộc | Cơ sở | Vi phạm | Tiền phạt (đồng)
# and "Số khác (ghi rõ)"; difficulties/proposals as numbered rows.
# ======================================================================
D_ST = {"completed": "xong", "in_progress": "đang làm", "not_started": "chưa làm",
        "not_applicable": "ko phát sinh", "unknown": None}

def hand_d(fname, unit, number, date, entries, diffs, props, title=None, status="extracted",
           reason=None, other_rows=None):
    wb = Workbook(); ws = wb.active; ws.title = "Bao cao"
    ws.merge_cells("A1:C1"); ws["A1"] = "UBND " + unit["name"].upper()
    ws.merge_cells("D1:H1"); ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws.merge_cells("A2:C2"); ws["A2"] = "Số: " + number if number else "Số: ....."
    ws.merge_cells("D2:H2"); ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws.merge_cells("D3:H3"); ws["D3"] = unit["name"].split(" ", 1)[1] + ", " + VN_MONTH(date)
    ws.merge_cells("A5:H5")
    ws["A5"] = title or "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 (TIÊU CHUẨN - ĐO LƯỜNG - CHẤT LƯỢNG) NĂM 2026"
    ws["A5"].font = Font(bold=True); ws["A5"].alignment = Alignment(horizontal="center")
    hdr = ["TT", "Nội dung / tình trạng", "Cuộc", "Cơ sở", "Vi phạm", "Tiền phạt (đồng)",
           "Số khác (ghi rõ)", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=j, value=h); c.font = Font(bold=True); c.border = BOX
    r = 8
    rows = other_rows or []
    for i, e in enumerate(entries, 1):
        s = D_ST[e["status"]]
        name = e["name"] + (" / " + s if s else "")
        ind = e.get("ind", {})
        vals = [i, name, ind.get("inspections"), ind.get("establishments_inspected"),
                ind.get("violations"), ind.get("fines_vnd"), e.get("other", ""), e.get("note", "")]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v); c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=r, column=6).number_format = "#,##0"
        e["text"] = name + ("; " + e["other"] if e.get("other") else "") + ("; " + e["note"] if e.get("note") else "")
        r += 1
    for row in rows:
        for j, v in enumerate(row, 1):
            c = ws.cell(row=r, column=j, value=v); c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    r += 1
    if diffs:
        ws.cell(row=r, column=2, value="Vướng mắc:").font = Font(bold=True); r += 1
        for i, x in enumerate(diffs, 1):
            ws.cell(row=r, column=2, value="%d. %s" % (i, x)); r += 1
    if props:
        ws.cell(row=r, column=2, value="Kiến nghị:").font = Font(bold=True); r += 1
        for i, x in enumerate(props, 1):
            ws.cell(row=r, column=2, value="%d. %s" % (i, x)); r += 1
    ws.cell(row=r + 1, column=6, value="Người lập")
    for col, w in zip("ABCDEFGH", (5, 55, 8, 8, 8, 16, 30, 22)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))
    write_key(fname, unit, number, date, entries, diffs, props, status=status, reason=reason)


def E(task, status, name, body="", ind=None, **kw):
    d = dict(task=task, status=status, name=name, body=body, ind=ind or {}); d.update(kw); return d

# ---------------------------------------------------------------- HAND A files
hand_a("25891-tankhanh-bc-ct38.docx", {"id": "25891", "name": "Phường Tân Khánh"}, "phường", "Tân Khánh",
       "298/BC-UBND", "2026-10-27",
       "Thực hiện Công văn của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả thực hiện "
       "Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Tân Khánh báo cáo như sau:",
       [E("II.1.a", "completed", "Tuyên truyền cho hộ kinh doanh",
          "phường lồng ghép nội dung đo lường, nhãn hàng hóa vào các buổi họp khu phố; số buổi tuyên truyền "
          "là 04, số lượt người nghe là 215, số tờ rơi phát ra là 600.",
          {"training_courses": 4, "participants": 215, "communications": 600}),
        E("II.5.c", "in_progress", "Kiểm tra cân tại chợ Tân Phước Khánh",
          "Tổ công tác phường phối hợp Chi cục kiểm tra đo lường tại chợ; số cuộc kiểm tra là 03, "
          "số cơ sở được kiểm tra là 41, số trường hợp vi phạm là 05, đã xử phạt tổng cộng 7.500.000 đồng.",
          {"inspections": 3, "establishments_inspected": 41, "violations": 5, "fines_vnd": 7500000}),
        E("II.3.a", "completed", "Cử cán bộ đi tập huấn",
          "phường cử công chức Văn hóa – Xã hội và Kinh tế tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức; "
          "số người tham dự là 02.", {"participants": 2}),
        E("II.2.đ", "in_progress", "Duy trì ISO tại bộ phận một cửa",
          "phường rà soát lại các quy trình TCVN ISO 9001:2015 cho phù hợp thủ tục hành chính mới sau sắp xếp."),
        E("II.5.d", "not_applicable", "Khen thưởng người tố giác vi phạm",
          "trong kỳ phường không nhận được tin báo nào về vi phạm tiêu chuẩn, đo lường, chất lượng."),
        ],
       ["Cán bộ phụ trách kiêm nhiệm nhiều việc, chưa được trang bị cân đối chứng tại chợ."],
       ["Đề nghị Chi cục hỗ trợ phường 01 cân đối chứng đặt tại chợ Tân Phước Khánh.",
        "Đề nghị Chi cục tổ chức thêm lớp tập huấn ngắn cho cán bộ phường mới."])

hand_a("26620-hotram-bc-ct38.docx", {"id": "26620", "name": "Xã Hồ Tràm"}, "xã", "Hồ Tràm",
       "147/BC-UBND", "2026-10-30",
       "Căn cứ Kế hoạch của Sở Khoa học và Công nghệ, Ủy ban nhân dân xã Hồ Tràm báo cáo kết quả thực hiện "
       "10 tháng năm 2026 như sau:",
       [E("II.1.a", "completed", "Phát thanh trên loa truyền thanh xã",
          "xã phát các tin về cân đong đúng, đủ và nhãn hàng hóa trên hệ thống loa; số tin bài đã phát là 18.",
          {"communications": 18}),
        E("II.5.c", "completed", "Kiểm tra xăng dầu, khí dầu mỏ hóa lỏng",
          "Xã phối hợp Đội Quản lý thị trường kiểm tra các cửa hàng xăng dầu và đại lý gas trên tuyến "
          "đường ven biển; số cuộc kiểm tra là 02, số cửa hàng được kiểm tra là 9, không phát hiện vi phạm.",
          {"inspections": 2, "establishments_inspected": 9}),
        E("II.2.đ", "in_progress", "Rà soát quy trình ISO ở bộ phận một cửa",
          "xã đang rà soát, sửa lại các quy trình TCVN ISO 9001:2015 sau khi hợp nhất ba xã cũ."),
        E("II.3.a", "not_started", "Bồi dưỡng cho cán bộ xã",
          "xã chưa cử được cán bộ đi bồi dưỡng do lịch tập huấn trùng lịch ứng phó mùa mưa bão."),
        ],
       ["Địa bàn rộng, các cửa hàng xăng dầu cách xa nhau.",
        "Xã chưa có cán bộ có chuyên môn về đo lường."],
       ["Đề nghị Chi cục gửi tài liệu tuyên truyền bằng tranh ảnh để xã phát cho hộ kinh doanh."])

hand_a("25760-binhduong-bc-ct38.docx", {"id": "25760", "name": "Phường Bình Dương"}, "phường", "Bình Dương",
       "512/BC-UBND", "2026-11-03",
       "Ủy ban nhân dân phường Bình Dương báo cáo kết quả thực hiện Kế hoạch CT38 năm 2026 như sau:",
       [E("II.5.c", "in_progress", "Phối hợp kiểm tra nhãn hàng hóa",
          "phường phối hợp Chi cục và Phòng Kiểm tra – Pháp chế kiểm tra hàng hóa tại các siêu thị mini, "
          "cửa hàng tiện lợi; số cuộc kiểm tra là 05, số cơ sở được kiểm tra là 28, số cơ sở vi phạm là 03, "
          "số tiền phạt là 12,5 triệu đồng.",
          {"inspections": 5, "establishments_inspected": 28, "violations": 3, "fines_vnd": 12500000}),
        E("II.1.a", "completed", "Hội nghị phổ biến pháp luật cho doanh nghiệp",
          "phường tổ chức 01 hội nghị phổ biến Luật Chất lượng sản phẩm, hàng hóa sửa đổi cho doanh nghiệp "
          "trên địa bàn; số đại biểu tham dự là 96.", {"training_courses": 1, "participants": 96}),
        E("II.2.đ", "completed", "Công bố lại hệ thống ISO của phường",
          "phường đã ban hành quyết định công bố lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 "
          "với 112 quy trình."),
        E("II.2.d", "in_progress", "Hướng dẫn doanh nghiệp công bố hợp quy",
          "bộ phận kinh tế hướng dẫn các cơ sở sản xuất nhỏ về công bố hợp chuẩn, hợp quy; số doanh nghiệp "
          "được hướng dẫn là 14.", {"enterprises_supported": 14}),
        E("II.5.d", "unknown", "Tiếp nhận phản ánh của người dân",
          "phường duy trì đường dây nóng và hộp thư góp ý; số phản ánh về cân điêu là 02, đã chuyển Chi cục "
          "xử lý theo thẩm quyền."),
        ],
       ["Kinh phí cho công tác kiểm tra chưa được bố trí riêng."],
       ["Đề nghị Sở bố trí kinh phí hỗ trợ phường trong công tác kiểm tra đo lường tại chợ.",
        "Đề nghị Chi cục cung cấp danh sách cơ sở đã được cấp giấy chứng nhận trên địa bàn phường."],
       date_numeric=True)

hand_a("26842-tangnhonphu-bc-ct38.docx", {"id": "26842", "name": "Phường Tăng Nhơn Phú"}, "phường",
       "Tăng Nhơn Phú", None, "2026-10-29",
       "Ủy ban nhân dân phường Tăng Nhơn Phú báo cáo tình hình thực hiện Chỉ thị 38 trong năm 2026 như sau:",
       [E("II.1.a", "in_progress", "Tuyên truyền trên trang Zalo của phường",
          "phường đăng tin về đo lường trong kinh doanh vàng bạc, xăng dầu trên trang thông tin điện tử và "
          "nhóm Zalo khu phố; số tin bài là 11.", {"communications": 11}),
        E("II.5.c", "completed", "Kiểm tra cửa hàng vàng bạc",
          "phường phối hợp Chi cục kiểm tra đo lường khối lượng vàng trang sức; số cuộc kiểm tra là 01, "
          "số cơ sở được kiểm tra là 07, số cơ sở vi phạm là 01, số tiền phạt là 2.500.000 đồng.",
          {"inspections": 1, "establishments_inspected": 7, "violations": 1, "fines_vnd": 2500000}),
        E("II.3.a", "completed", "Tập huấn cho công chức phường",
          "phường cử 03 công chức dự tập huấn về quản lý đo lường do Chi cục tổ chức tháng 6/2026.",
          {"participants": 3}),
        ],
       [],
       ["Đề nghị Chi cục thông báo sớm lịch kiểm tra để phường bố trí lực lượng phối hợp."])

hand_a("25750-phuloi-bc-ct38.docx", {"id": "25750", "name": "Phường Phú Lợi"}, "phường", "Phú Lợi",
       "233/BC-UBND", "2026-10-26",
       "Thực hiện chỉ đạo của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Phú Lợi báo cáo như sau:",
       [E("II.1.a", "completed", "Tọa đàm với tiểu thương",
          "phường tổ chức 02 buổi tọa đàm với tiểu thương chợ Phú Lợi về cân đúng, bán đủ; số lượt người "
          "tham dự là 130.", {"training_courses": 2, "participants": 130}),
        E("II.5.c", "in_progress", "Kiểm tra đo lường trong kinh doanh xăng dầu",
          "phường phối hợp Chi cục kiểm tra các cửa hàng xăng dầu; số cuộc kiểm tra là 02, số cửa hàng "
          "được kiểm tra là 6, số cửa hàng vi phạm là 01, số tiền phạt là 15 triệu đồng.",
          {"inspections": 2, "establishments_inspected": 6, "violations": 1, "fines_vnd": 15000000}),
        E("II.2.đ", "completed", "Cập nhật hệ thống ISO",
          "phường đã cập nhật, ban hành lại danh mục quy trình nội bộ theo TCVN ISO 9001:2015."),
        E("II.3.a", "not_started", "Cử người dự hội thảo về năng suất",
          "phường chưa nhận được thư mời tham dự hội thảo."),
        E("II.5.d", "not_applicable", "Xử lý tố giác vi phạm",
          "không có đơn thư tố giác trong kỳ báo cáo."),
        ],
       ["Một số hộ kinh doanh tại chợ chưa hợp tác khi kiểm tra."],
       [])

# ---------------------------------------------------------------- HAND B files
hand_b("so-congthuong-bc-ct38-2026.docx", {"id": "SO-CT", "name": "Sở Công Thương"},
       "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "4518/SCT-QLTM", "2026-10-28",
       "Về kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
       "Sở Công Thương nhận được đề nghị báo cáo của Chi cục. Sở Công Thương báo cáo kết quả các nội dung "
       "Sở được phân công phối hợp như sau:",
       [E("II.5.a", "in_progress", "Phối hợp kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng",
          "Sở phối hợp với Chi cục và lực lượng quản lý thị trường kiểm tra chất lượng, đo lường xăng dầu, LPG "
          "tại các cửa hàng bán lẻ.",
          {"inspections": 6, "establishments_inspected": 54, "violations": 4, "fines_vnd": 86000000},
          figs=["06 đoàn kiểm tra", "54 cửa hàng", "04 cơ sở vi phạm", "86.000.000 đồng tiền phạt"]),
        E("II.2.e", "completed", "Góp ý dự thảo quy chuẩn kỹ thuật ngành công thương",
          "Sở đã góp ý các dự thảo QCVN về an toàn điện, hóa chất theo đề nghị của Bộ Công Thương.",
          {"standards_reviewed": 3}, figs=["03 dự thảo QCVN"]),
        E("II.1.a", "completed", "Hội nghị phổ biến quy định về nhãn hàng hóa cho doanh nghiệp xuất nhập khẩu",
          "Sở phối hợp Chi cục tổ chức hội nghị tại Trung tâm Hội chợ Triển lãm Sài Gòn.",
          {"training_courses": 1, "participants": 180}, figs=["01 hội nghị", "180 đại biểu"]),
        E("II.2.d", "in_progress", "Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý",
          "Lồng ghép trong Chương trình khuyến công, hỗ trợ doanh nghiệp công nghiệp nông thôn áp dụng "
          "ISO 9001, ISO 22000.",
          {"enterprises_supported": 12, "budget_spent_vnd": 240000000},
          figs=["12 doanh nghiệp", "kinh phí đã giải ngân 240 triệu đồng"]),
        E("II.6.a", "not_applicable", "Cập nhật cam kết quốc tế về hàng rào kỹ thuật",
          "Trong kỳ không có yêu cầu phối hợp từ Chi cục."),
        ],
       ["Số lượng cửa hàng xăng dầu lớn trong khi lực lượng kiểm tra mỏng.",
        "Một số doanh nghiệp chưa mặn mà với việc áp dụng hệ thống quản lý chất lượng do chi phí cao."],
       ["Đề nghị Chi cục chia sẻ kết quả kiểm tra xăng dầu định kỳ hằng quý để Sở Công Thương theo dõi."])

hand_b("so-yte-bc-ct38.docx", {"id": "SO-YT", "name": "Sở Y tế"},
       "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "7210/SYT-NVY", "2026-10-31",
       "Báo cáo kết quả phối hợp thực hiện Chỉ thị số 38-CT/TW năm 2026",
       "Sở Y tế báo cáo kết quả thực hiện các nội dung có liên quan như sau:",
       [E("II.2.e", "completed", "Tham gia góp ý tiêu chuẩn, quy chuẩn về thiết bị y tế",
          "Sở đã có văn bản góp ý các dự thảo tiêu chuẩn quốc gia về trang thiết bị y tế và dược liệu.",
          {"standards_reviewed": 5}, figs=["05 dự thảo TCVN"]),
        E("II.2.đ", "completed", "Duy trì ISO 9001 tại cơ quan Sở",
          "Sở đã đánh giá nội bộ và cập nhật hệ thống quản lý chất lượng theo TCVN ISO 9001:2015."),
        E("II.5.a", "in_progress", "Phối hợp kiểm tra chất lượng trang thiết bị y tế lưu thông",
          "Thanh tra Sở phối hợp Chi cục kiểm tra nhãn, chất lượng khẩu trang, găng tay, nhiệt kế bán tại nhà thuốc.",
          {"inspections": 3, "establishments_inspected": 27, "violations": 2, "fines_vnd": 40000000},
          figs=["03 cuộc kiểm tra", "27 cơ sở", "02 cơ sở vi phạm", "phạt 40.000.000 đồng"]),
        E("II.3.d", "not_started", "Tập huấn cho viên chức về đo lường trong y tế",
          "Dự kiến phối hợp Chi cục tổ chức trong tháng 12/2026."),
        ],
       ["Danh mục phương tiện đo nhóm 2 trong y tế nhiều, chi phí kiểm định lớn."],
       ["Đề nghị Chi cục hướng dẫn các cơ sở y tế lập kế hoạch kiểm định định kỳ."])

hand_b("phong-ktpc-bc-ct38.docx", {"id": "SKHCN-KTPC", "name": "Phòng Kiểm tra – Pháp chế"},
       "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "85/BC-KTPC", "2026-10-29",
       "Báo cáo kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026 của Phòng Kiểm tra – Pháp chế",
       "Phòng Kiểm tra – Pháp chế báo cáo kết quả thực hiện các nội dung phối hợp như sau:",
       [E("II.5.a", "in_progress", "Thanh tra, kiểm tra chất lượng hàng hóa lưu thông",
          "Phòng chủ trì các đoàn kiểm tra liên ngành đối với mũ bảo hiểm, đồ chơi trẻ em, thiết bị điện.",
          {"inspections": 8, "establishments_inspected": 63, "violations": 11, "fines_vnd": 1250000000},
          figs=["08 cuộc", "63 cơ sở", "11 cơ sở vi phạm", "1,25 tỷ đồng tiền phạt"]),
        E("II.5.b", "completed", "Lấy mẫu khảo sát chất lượng",
          "Phối hợp Chi cục lấy mẫu mũ bảo hiểm và đồ chơi để thử nghiệm.",
          {"samples_tested": 45}, figs=["45 mẫu"]),
        E("II.4.b", "in_progress", "Rà soát phương tiện kỹ thuật nghiệp vụ",
          "Phòng đã rà soát các thiết bị kiểm tra nhanh theo Nghị định 135/2021/NĐ-CP, lập đề xuất kiểm định."),
        E("II.2.c", "not_applicable", "Góp ý sửa đổi văn bản pháp luật",
          "Trong kỳ Bộ chưa gửi dự thảo lấy ý kiến."),
        E("II.5.d", "completed", "Xử lý đơn tố giác",
          "Phòng đã xác minh, trả lời các đơn phản ánh về hàng hóa kém chất lượng."),
        ],
       ["Thiếu kinh phí thử nghiệm mẫu đối chứng."],
       ["Đề nghị Sở bổ sung kinh phí lấy mẫu, thử nghiệm năm 2027.",
        "Đề nghị Chi cục phối hợp chặt chẽ trong việc cung cấp kết quả thử nghiệm."])

hand_b("so-gddt-bc-ct38.docx", {"id": "SO-GDDT", "name": "Sở Giáo dục và Đào tạo"},
       "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "5632/SGDĐT-VP", "2026-11-02",
       "Báo cáo việc phối hợp thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026",
       "Sở Giáo dục và Đào tạo báo cáo các nội dung có liên quan như sau:",
       [E("II.3.d", "in_progress", "Đưa nội dung tiêu chuẩn, đo lường vào hoạt động ngoại khóa",
          "Sở hướng dẫn các trường trung cấp, cao đẳng trực thuộc phối hợp Chi cục tổ chức chuyên đề ngoại khóa "
          "về mã số mã vạch, truy xuất nguồn gốc.",
          {"training_courses": 4, "participants": 620}, figs=["04 chuyên đề", "620 học sinh, sinh viên"]),
        E("II.2.đ", "completed", "Hệ thống quản lý chất lượng tại cơ quan Sở",
          "Sở đã công bố lại hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015."),
        E("II.1.a", "unknown", "Tuyên truyền trên cổng thông tin ngành",
          "Đăng tải tài liệu về Ngày Tiêu chuẩn Thế giới và Luật Chất lượng sản phẩm, hàng hóa.",
          {"communications": 7}, figs=["07 tin bài"]),
        ],
       [],
       ["Đề nghị Chi cục cung cấp tài liệu tham khảo phù hợp lứa tuổi học sinh."])

# mistaken DOCX: Sở Nội vụ about cải cách hành chính
hand_b("so-noivu-bc-quy-iv.docx", {"id": "SO-NV", "name": "Sở Nội vụ"},
       "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "3987/BC-SNV", "2026-10-30",
       "Báo cáo kết quả thực hiện công tác cải cách hành chính 10 tháng năm 2026",
       "Sở Nội vụ báo cáo kết quả thực hiện công tác cải cách hành chính 10 tháng năm 2026 như sau:",
       [], [], [], status="rejected",
       reason="Not a report of this plan: the file reports on cải cách hành chính (administrative reform), not on Kế hoạch CT38.",
       sections=[("1. Cải cách thể chế", [
           "(1) Rà soát văn bản quy phạm pháp luật do HĐND, UBND Thành phố ban hành. Số liệu chính: 46 văn bản | 12 văn bản đề nghị sửa đổi — hoàn tất."]),
           ("2. Cải cách thủ tục hành chính", [
           "(2) Công bố, công khai thủ tục hành chính. Số liệu chính: 318 thủ tục | 97% hồ sơ đúng hạn — còn tiếp tục."]),
           ("3. Cải cách tổ chức bộ máy", [
           "(3) Kiện toàn tổ chức các đơn vị sự nghiệp sau sắp xếp. Số liệu chính: 21 đơn vị — còn tiếp tục."]),
           ("4. Khó khăn, kiến nghị", [
           "a) Khối lượng thủ tục sau sắp xếp đơn vị hành chính lớn.",
           "a) Đề nghị UBND Thành phố chỉ đạo các sở, ngành cập nhật kịp thời thủ tục hành chính."])])

# ---------------------------------------------------------------- HAND C files
hand_c("chicuc-tdc-tiendo-ct38.xlsx",
       {"id": "SKHCN-CCTDC", "name": "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"},
       "612/BC-TĐC", "2026-11-04", "CC",
       [E("II.1.a", "completed", "Lớp tập huấn văn bản pháp luật TĐC cho doanh nghiệp + tọa đàm DN nhập khẩu",
          figs=["05 lớp", "412 học viên", "01 tọa đàm"], ind={"training_courses": 6, "participants": 412},
          note="5 lớp + 1 tọa đàm = 6"),
        E("II.1.b", "completed", "Vận động DN tham dự Giải thưởng Chất lượng Quốc gia",
          figs=["27 doanh nghiệp được hướng dẫn"], ind={"enterprises_supported": 27}),
        E("II.2.a", "in_progress", "Chương trình năng suất chất lượng (1322/36), Đề án 996, Đề án 100",
          figs=["18 doanh nghiệp được hỗ trợ", "đã giải ngân 1,8 tỷ đồng"],
          ind={"enterprises_supported": 18, "budget_spent_vnd": 1800000000}),
        E("II.2.b", "in_progress", "Hội đồng sơ tuyển GTCLQG", note="đang thẩm định hồ sơ"),
        E("II.2.e", "completed", "Góp ý TCVN/QCVN, xây dựng QCĐP",
          figs=["14 dự thảo đã góp ý"], ind={"standards_reviewed": 14}),
        E("II.2.h", "completed", "Kết nối Cổng một cửa quốc gia - đăng ký KTNN hàng nhập khẩu",
          note="xong từ Quý I"),
        E("II.3.a", "completed", "Tập huấn nghiệp vụ TĐC cho công chức phường, xã, đặc khu",
          figs=["03 lớp", "287 công chức"], ind={"training_courses": 3, "participants": 287}),
        E("II.4.b", "in_progress", "Hiệu chuẩn thiết bị kỹ thuật nghiệp vụ (NĐ 135)",
          figs=["36 thiết bị đã hiệu chuẩn"], ind={"instruments_verified": 36}),
        E("II.5.a", "in_progress", "Kiểm tra nhà nước về TĐC hàng hóa lưu thông",
          figs=["22 cuộc", "176 cơ sở", "phạt 318.500.000 đồng"],
          ind={"inspections": 22, "establishments_inspected": 176, "violations": 19, "fines_vnd": 318500000},
          note="19 cơ sở vi phạm"),
        E("II.6.b", "not_applicable", "Dự án APO về năng suất khu vực công", note="chưa có yêu cầu từ Ủy ban"),
        ],
       ["Nhân sự mỏng so với khối lượng kiểm tra sau khi mở rộng địa bàn Thành phố.",
        "Một số phường, xã mới chưa phân công cán bộ đầu mối về TĐC."],
       ["Đề nghị Sở bổ sung biên chế cho Chi cục.",
        "Đề nghị UBND các phường, xã cử đầu mối theo dõi công tác TĐC."])

hand_c("ttptn-bc-ct38-2026.xlsx",
       {"id": "SKHCN-TTPTTN", "name": "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh"},
       "208/TTPT-KHTH", "2026-10-27", "TT",
       [E("II.4.a", "in_progress", "Đầu tư thiết bị phòng thử nghiệm hóa - vi sinh",
          figs=["đã giải ngân 4,2 tỷ đồng"], ind={"budget_spent_vnd": 4200000000}, note="gói thầu 2 đang mở"),
        E("II.4.c", "completed", "Duy trì, liên kết chuẩn đo lường",
          figs=["58 chuẩn, phương tiện đo được hiệu chuẩn liên kết"], ind={"instruments_verified": 58}),
        E("II.2.g", "in_progress", "Mở rộng phạm vi công nhận ISO/IEC 17025",
          figs=["09 phép thử mới"], note="chờ BoA đánh giá"),
        E("II.5.b", "completed", "Thử nghiệm mẫu khảo sát chất lượng cho Chi cục",
          figs=["120 mẫu"], ind={"samples_tested": 120}),
        ],
       ["Thời gian mua sắm thiết bị kéo dài do thủ tục đấu thầu."],
       ["Đề nghị Sở sớm phê duyệt kế hoạch lựa chọn nhà thầu gói 2."])

hand_c("qlkh-tiendo-ct38.xlsx", {"id": "SKHCN-QLKH", "name": "Phòng Quản lý Khoa học"},
       "41/BC-QLKH", "2026-10-30", "QLKH",
       [E("II.3.c", "in_progress", "Thu hút chuyên gia lĩnh vực TĐC theo NQ 27/2023",
          figs=["02 hồ sơ chuyên gia đang thẩm định"]),
        E("II.2.a", "completed", "Nhiệm vụ KH&CN hỗ trợ năng suất chất lượng",
          figs=["04 nhiệm vụ được phê duyệt", "hỗ trợ 04 doanh nghiệp"], ind={"enterprises_supported": 4}),
        E("II.6.b", "not_started", "Phối hợp APO - năng suất khu vực công"),
        ],
       [], ["Đề nghị Chi cục gửi danh mục chuyên gia cần thu hút để Phòng tổng hợp."])

# ---------------------------------------------------------------- HAND D files
hand_d("25867-anlong-bieu-ct38.xlsx", {"id": "25867", "name": "Xã An Long"}, "89/BC-UBND", "2026-10-28",
       [E("II.5.c", "completed", "Kiểm tra cân, đo tại chợ An Long",
          ind={"inspections": 2, "establishments_inspected": 35, "violations": 4, "fines_vnd": 6000000},
          note="phối hợp Chi cục"),
        E("II.1.a", "completed", "Tuyên truyền trên loa, phát tờ gấp",
          ind={"communications": 450}, other="450 tờ gấp"),
        E("II.3.a", "completed", "Cử cán bộ dự tập huấn của Chi cục", ind={"participants": 2}, other="02 người"),
        E("II.5.d", "not_applicable", "Tố giác vi phạm về TCĐLCL"),
        ],
       ["Chợ tạm chưa có vị trí đặt cân đối chứng."],
       ["Đề nghị hỗ trợ 01 cân đối chứng cho chợ An Long."])

hand_d("25909-thuongtan-bieu-ct38.xlsx", {"id": "25909", "name": "Xã Thường Tân"}, "176/BC-UBND", "2026-11-02",
       [E("II.5.c", "in_progress", "Kiểm tra xăng dầu trên quốc lộ 13",
          ind={"inspections": 1, "establishments_inspected": 5, "violations": 0}),
        E("II.2.d", "in_progress", "Hướng dẫn cơ sở sản xuất nhỏ ghi nhãn, công bố chất lượng",
          ind={"enterprises_supported": 12}, other="12 cơ sở được hướng dẫn"),
        E("II.1.a", "completed", "Hội nghị tuyên truyền cho hộ kinh doanh",
          ind={"training_courses": 1, "participants": 64}, other="01 hội nghị; 64 người"),
        E("II.2.đ", "in_progress", "ISO 9001 ở bộ phận một cửa xã"),
        E("II.3.a", "not_started", "Bồi dưỡng cán bộ xã về đo lường", note="chờ lịch Chi cục"),
        ],
       ["Cán bộ địa chính - kinh tế kiêm nhiệm.", "Chưa có kinh phí riêng cho kiểm tra."],
       ["Đề nghị Chi cục phối hợp kiểm tra xăng dầu định kỳ trên địa bàn xã."])

hand_d("25864-phuocthanh-bieu-ct38.xlsx", {"id": "25864", "name": "Xã Phước Thành"}, None, "2026-10-25",
       [E("II.5.c", "completed", "Phối hợp kiểm tra đo lường vàng bạc",
          ind={"inspections": 1, "establishments_inspected": 4, "violations": 1, "fines_vnd": 5000000}),
        E("II.1.a", "in_progress", "Tuyên truyền qua nhóm Zalo ấp", ind={"communications": 9}, other="09 tin"),
        E("II.5.d", "unknown", "Tiếp nhận phản ánh cân điêu", note="01 phản ánh, đã chuyển Chi cục"),
        ],
       [], [])

# mistaken XLSX: Xã Hòa Hiệp, phòng chống thiên tai
hand_d("26647-hoahiep-bieu-pctt.xlsx", {"id": "26647", "name": "Xã Hòa Hiệp"}, "203/BC-UBND", "2026-10-29",
       [], [], [], title="BIỂU KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN 10 THÁNG NĂM 2026",
       status="rejected",
       reason="Not a report of this plan: the workbook reports on phòng, chống thiên tai (disaster prevention), not on Kế hoạch CT38.",
       other_rows=[[1, "Kiểm tra công trình đê bao, kè biển / xong", 3, None, None, None, "1,2 km kè xung yếu", ""],
                   [2, "Diễn tập ứng phó bão cấp xã / xong", None, None, None, None, "01 cuộc diễn tập; 240 người", ""],
                   [3, "Di dời hộ dân vùng sạt lở / đang làm", None, None, None, None, "17 hộ", ""],
                   [4, "Mua sắm áo phao, phao tròn / chưa làm", None, None, None, None, "", "chờ kinh phí"]])
print("done")
