# -*- coding: utf-8 -*-
"""Hand E — an officer who answers a questionnaire of their own making: Câu hỏi / Trả lời,
Có/Không, tick boxes ☒/☐ (plain symbols, Word checkbox content controls, "x" in status
columns, an Excel drop-down).  3 DOCX + 3 XLSX."""
import os
from lib import *
import rawdocx as R
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
import datetime

ST4 = ["Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Không phát sinh"]
def ticks(chosen, opts=ST4):
    return "   ".join(("☒ " if o == chosen else "☐ ") + o for o in opts)
def yn(ans):
    return ("☒ Có   ☐ Không" if ans else "☐ Có   ☒ Không")

# ---------------- E1 Xã Đất Đỏ: Word table Câu hỏi | Trả lời with ☒/☐ (re-saved by LibreOffice) ----------------
def build_E1():
    fn = "DatDo_phieu tra loi CT38_2026.docx"
    d = new_doc(size=13, author="Mai Thanh Phong")
    header_block(d, [("ỦY BAN NHÂN DÂN", False, False), ("XÃ ĐẤT ĐỎ", True, False), ("Số: 142/BC-UBND", False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("Đất Đỏ, ngày 07 tháng 11 năm 2026", False, True)], size=12)
    P(d, "")
    P(d, "BÁO CÁO", bold=True, align=CENTER, space_after=0)
    P(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\n(trình bày theo dạng câu hỏi – trả lời)", bold=True, align=CENTER)
    diffs = ["Công chức văn hóa – xã hội kiêm nhiệm theo dõi lĩnh vực khoa học công nghệ nên thời gian dành cho công tác kiểm tra còn hạn chế.",
             "Xã chưa có cân đối chứng tại chợ Đất Đỏ."]
    props = ["Đề nghị Chi cục TĐC hỗ trợ xã lắp đặt cân đối chứng tại chợ.",
             "Đề nghị có tài liệu hướng dẫn áp dụng TCVN ISO 9001:2015 cho UBND cấp xã sau sắp xếp."]
    qa = [
        ("Câu 1. Xã có tổ chức tuyên truyền, tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng (điểm a khoản 1 Mục II Kế hoạch) không?",
         f"{yn(True)}\n\nSố lớp, hội nghị: 02;  số lượt người tham dự: 130;  số tin, bài: 07.\n\nTình trạng: {ticks('Hoàn thành')}"),
        ("Câu 2. Xã có phối hợp thực hiện các nội dung được phân quyền trong quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng (điểm c khoản 5 Mục II) không?",
         f"{yn(True)}\n\nSố cuộc kiểm tra: 02;  số cơ sở được kiểm tra: 11;  số cơ sở vi phạm: 01;  số tiền xử phạt: 3.000.000 đồng.\n\nTình trạng: {ticks('Đang thực hiện')}"),
        ("Câu 3. UBND xã đã xây dựng, áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 (điểm đ khoản 2 Mục II) chưa?",
         f"{yn(False)}\n\nTình trạng: {ticks('Chưa thực hiện')}"),
        ("Câu 4. Trong năm có phát sinh trường hợp tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng cần khen thưởng, bảo vệ (điểm d khoản 5 Mục II) không?",
         f"{yn(False)}"),
        ("Câu 5. Xã có tuyên truyền, vận động doanh nghiệp, hợp tác xã tham dự Giải thưởng Chất lượng Quốc gia (điểm b khoản 1 Mục II) không?",
         f"{yn(False)}\n\nTình trạng: {ticks('Chưa thực hiện')}"),
        ("Câu 6. Khó khăn, vướng mắc trong quá trình thực hiện?", "\n\n".join(f"{i}) {x}" for i, x in enumerate(diffs, 1))),
        ("Câu 7. Đề xuất, kiến nghị?", "\n\n".join(f"{i}) {x}" for i, x in enumerate(props, 1))),
    ]
    t = d.add_table(rows=1, cols=2); grid(t)
    cell_text(t.cell(0, 0), "Câu hỏi", bold=True, align=CENTER); cell_text(t.cell(0, 1), "Trả lời", bold=True, align=CENTER)
    for q, a in qa:
        cs = t.add_row().cells
        cell_text(cs[0], q, align=JUSTIFY); cell_text(cs[1], a)
    for row in t.rows:
        row.cells[0].width = Cm(7.5); row.cells[1].width = Cm(8.5)
    P(d, "")
    P(d, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nVõ Thị Kim Cúc", bold=True, align=RIGHT)
    d.save(os.path.join(OUT, fn))
    soffice_resave(os.path.join(OUT, fn))
    truth(fn, "26680", "142/BC-UBND", "2026-11-07", [
        E("II.1.a", "completed", training_courses=2, participants=130, communications=7),
        E("II.5.c", "in_progress", inspections=2, establishments_inspected=11, violations=1, fines_vnd=3000000),
        E("II.2.đ", "not_started"),
        E("II.5.d", "not_applicable"),
        E("II.1.b", "not_started"),
    ], diffs, props)

# ---------------- E3 Phường Tam Long: raw Word table with checkbox content controls ----------------
def build_E3():
    fn = "TamLong - Phieu BC CT38.docx"
    def cbrow(chosen):
        parts = []
        for o in ST4:
            parts += [R.sdt_inline("☒" if o == chosen else "☐", "Tình trạng " + o, kind="checkbox"), R.run(f" {o}    ")]
        return R.para(parts, spacing_after=0)
    P_ = lambda s, **k: R.para(s, spacing_after=0, **k)
    body = R.table([[[P_("ỦY BAN NHÂN DÂN", align="center"), P_("PHƯỜNG TAM LONG", align="center", bold=True), P_("Số: 233/BC-UBND", align="center")],
                     [P_("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", align="center", bold=True), P_("Độc lập - Tự do - Hạnh phúc", align="center", bold=True),
                      P_("Tam Long, ngày 09 tháng 11 năm 2026", align="center", italic=True)]]], [3600, 5900], borders=False)
    body += R.para("") + R.para("PHIẾU BÁO CÁO", align="center", bold=True, size=14, spacing_after=0)
    body += R.para("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026", align="center", bold=True)
    diffs = ["Nhiều cơ sở kinh doanh mới hình thành sau khi mở rộng khu dân cư, chưa có dữ liệu quản lý.",
             "Phường chưa được trang bị thiết bị kiểm tra nhanh chất lượng xăng dầu."]
    props = ["Đề nghị Chi cục TĐC chia sẻ dữ liệu cơ sở kinh doanh xăng dầu, vàng trang sức trên địa bàn phường."]
    rows = [["Nội dung câu hỏi", "Trả lời của đơn vị"]]
    def q(text, answer_lines, chosen):
        return [[P_(text)], [P_(x) for x in answer_lines] + [P_("Tình trạng:", italic=True), cbrow(chosen)]]
    rows.append(q("1. Kết quả tuyên truyền, tập huấn VBQPPL về TĐC (mục II.1.a)?",
                  ["- Số tin, bài: 12", "- Số hội nghị, lớp tập huấn: 01", "- Số lượt người tham dự: 80"], "Đang thực hiện"))
    rows.append(q("2. Kết quả phối hợp kiểm tra theo nội dung phân quyền (mục II.5.c)?",
                  ["- Số cuộc kiểm tra: 03", "- Số cơ sở được kiểm tra: 15", "- Số cơ sở vi phạm: 02", "- Số tiền xử phạt: 6.000.000 đồng"], "Đang thực hiện"))
    rows.append(q("3. Phối hợp khảo sát chất lượng sản phẩm, hàng hóa (mục II.5.b)?", ["- Số mẫu được lấy khảo sát: 05"], "Hoàn thành"))
    rows.append(q("4. Cử công chức tham gia tập huấn nghiệp vụ TĐC (mục II.3.a)?", ["- Số công chức được cử: 02"], "Hoàn thành"))
    rows.append(q("5. Áp dụng HTQLCL theo TCVN ISO 9001:2015 tại UBND phường (mục II.2.đ)?", ["- Đã công bố HTQLCL ngày 12/6/2026"], "Hoàn thành"))
    rows.append([[P_("6. Khó khăn, vướng mắc?")], [P_("- " + x) for x in diffs]])
    rows.append([[P_("7. Đề xuất, kiến nghị?")], [P_("- " + x) for x in props]])
    body += R.table(rows, [3800, 5700])
    body += R.para("") + R.para("TM. ỦY BAN NHÂN DÂN", align="right", bold=True, spacing_after=0) + R.para("CHỦ TỊCH", align="right", bold=True)
    body += R.para("\n\nHồ Văn Thành", align="right", bold=True)
    R.write_docx(os.path.join(OUT, fn), body, author="Nguyen Minh Tri", wps=False, created="2026-11-09T02:30:00Z")
    truth(fn, "26572", "233/BC-UBND", "2026-11-09", [
        E("II.1.a", "in_progress", communications=12, training_courses=1, participants=80),
        E("II.5.c", "in_progress", inspections=3, establishments_inspected=15, violations=2, fines_vnd=6000000),
        E("II.5.b", "completed", samples_tested=5),
        E("II.3.a", "completed", participants=2),
        E("II.2.đ", "completed"),
    ], diffs, props)

# ---------------- E5 Phường Tân Thuận: "Câu n: … / Trả lời: …" paragraphs ----------------
def build_E5():
    fn = "TanThuan_tra loi cac cau hoi CT38.docx"
    d = new_doc(font="Arial", size=12, author="tanthuan.kt")
    header_block(d, [("ỦY BAN NHÂN DÂN", False, False), ("PHƯỜNG TÂN THUẬN", True, False), ("Số: 511/UBND-KT", False, False),
                     ("V/v trả lời nội dung báo cáo thực hiện Chỉ thị 38-CT/TW năm 2026", False, True)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("Tân Thuận, ngày 03 tháng 11 năm 2026", False, True)], size=11)
    P(d, "")
    P(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", align=CENTER)
    P(d, "Ủy ban nhân dân Phường Tân Thuận trả lời các câu hỏi tại phiếu báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:", indent=1, align=JUSTIFY)
    qa = [
        ("Câu 1: Phường đã triển khai phối hợp kiểm tra theo các nội dung được phân quyền về tiêu chuẩn, đo lường, chất lượng chưa?",
         "Trả lời: Đã triển khai, hiện đang thực hiện. Kết quả: 04 cuộc kiểm tra, 22 cơ sở được kiểm tra, 03 cơ sở vi phạm, tổng tiền phạt 13.500.000 đồng."),
        ("Câu 2: Phường có tổ chức tuyên truyền, tập huấn pháp luật về tiêu chuẩn, đo lường, chất lượng không?",
         "Trả lời: Có. Đã hoàn thành 01 hội nghị với 110 đại biểu tham dự; đăng 09 tin, bài trên trang thông tin điện tử phường."),
        ("Câu 3: Phường có hướng dẫn doanh nghiệp công bố chất lượng sản phẩm, áp dụng hệ thống quản lý tiên tiến không?",
         "Trả lời: Có, hướng dẫn 06 doanh nghiệp trong khu chế xuất Tân Thuận."),
        ("Câu 4: Tình hình áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại UBND phường?",
         "Trả lời: Hoàn thành (đã công bố lại ngày 30/6/2026)."),
        ("Câu 5: Có phát sinh trường hợp tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng cần khen thưởng, bảo vệ không?",
         "Trả lời: Không phát sinh."),
    ]
    for q, a in qa:
        P(d, q, bold=True, align=JUSTIFY, space_after=2)
        P(d, a, indent=1, align=JUSTIFY)
    diffs = ["Doanh nghiệp trong khu chế xuất thuộc nhiều cơ quan quản lý, phường khó nắm thông tin."]
    props = ["Đề nghị Chi cục phối hợp Ban Quản lý các khu chế xuất và công nghiệp cung cấp danh sách doanh nghiệp cho phường."]
    P(d, "Câu 6: Khó khăn, vướng mắc?", bold=True, space_after=2)
    P(d, "Trả lời: " + diffs[0], indent=1, align=JUSTIFY)
    P(d, "Câu 7: Đề xuất, kiến nghị?", bold=True, space_after=2)
    P(d, "Trả lời: " + props[0], indent=1, align=JUSTIFY)
    P(d, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nTô Hoài Phong", bold=True, align=RIGHT)
    d.save(os.path.join(OUT, fn))
    truth(fn, "27478", "511/UBND-KT", "2026-11-03", [
        E("II.5.c", "in_progress", inspections=4, establishments_inspected=22, violations=3, fines_vnd=13500000),
        E("II.1.a", "completed", training_courses=1, participants=110, communications=9),
        E("II.2.d", "unknown", enterprises_supported=6),
        E("II.2.đ", "completed"),
        E("II.5.d", "not_applicable"),
    ], diffs, props)

# ---------------- XLSX forms ----------------
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
def xc(ws, ref, v, bold=False, center=False, border=True, italic=False, fmt=None):
    c = ws[ref]; c.value = v
    c.font = Font(name="Times New Roman", size=12, bold=bold, italic=italic)
    c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if center else None)
    if border: c.border = BOX
    if fmt: c.number_format = fmt
    return c

def build_E2():
    fn = "NgaiGiao_Phieu BC CT38.xlsx"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Phieu"
    wb.properties.creator = "ngaigiao"
    ws.merge_cells("A1:B1"); xc(ws, "A1", "ỦY BAN NHÂN DÂN XÃ NGÃI GIAO", bold=True, border=False)
    ws.merge_cells("A2:B2"); xc(ws, "A2", "Số: 88/BC-UBND", border=False)
    ws.merge_cells("A3:B3"); xc(ws, "A3", "Ngãi Giao, ngày 06 tháng 11 năm 2026", italic=True, border=False)
    ws.merge_cells("A5:B5"); xc(ws, "A5", "PHIẾU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026", bold=True, center=True, border=False)
    xc(ws, "A7", "Câu hỏi", bold=True, center=True); xc(ws, "B7", "Trả lời", bold=True, center=True)
    diffs = ["Xã thuần nông, ít doanh nghiệp nên khó triển khai nội dung vận động tham dự Giải thưởng Chất lượng Quốc gia."]
    props = ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ xã kinh phí xây dựng HTQLCL theo TCVN ISO 9001:2015."]
    qa = [
        ("1. Tuyên truyền, tập huấn VBQPPL về TĐC (II.1.a) – có thực hiện không?", yn(True)),
        ("   Số lớp tập huấn / số lượt người / số tin bài", "01 lớp / 55 lượt người / 04 tin bài"),
        ("   Tình trạng", ticks("Hoàn thành")),
        ("2. Phối hợp kiểm tra theo phân quyền (II.5.c) – có thực hiện không?", yn(True)),
        ("   Số cuộc / số cơ sở được kiểm tra / số cơ sở vi phạm / tiền phạt", "02 cuộc / 09 cơ sở / 01 cơ sở / 2.500.000 đồng"),
        ("   Tình trạng", ticks("Đang thực hiện")),
        ("3. Áp dụng HTQLCL TCVN ISO 9001:2015 tại UBND xã (II.2.đ)", ticks("Đang thực hiện")),
        ("4. Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia (II.1.b)", ticks("Chưa thực hiện")),
        ("5. Khen thưởng, bảo vệ người tố giác vi phạm (II.5.d)", ticks("Không phát sinh")),
        ("6. Khó khăn, vướng mắc", diffs[0]),
        ("7. Đề xuất, kiến nghị", props[0]),
    ]
    r = 8
    for q, a in qa:
        xc(ws, f"A{r}", q, bold=not q.startswith("   ")); xc(ws, f"B{r}", a)
        ws.row_dimensions[r].height = 33
        r += 1
    ws.column_dimensions["A"].width = 62; ws.column_dimensions["B"].width = 75
    wb.save(os.path.join(OUT, fn))
    truth(fn, "26575", "88/BC-UBND", "2026-11-06", [
        E("II.1.a", "completed", training_courses=1, participants=55, communications=4),
        E("II.5.c", "in_progress", inspections=2, establishments_inspected=9, violations=1, fines_vnd=2500000),
        E("II.2.đ", "in_progress"),
        E("II.1.b", "not_started"),
        E("II.5.d", "not_applicable"),
    ], diffs, props)

def build_E4():
    fn = "BinhCo_bang hoi-dap CT38.xlsx"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Hoi dap"
    wb.properties.creator = "Tran Thi Ngoc Han"
    ws.merge_cells("A1:C1"); xc(ws, "A1", "ỦY BAN NHÂN DÂN PHƯỜNG BÌNH CƠ", bold=True, border=False)
    ws.merge_cells("A2:C2"); xc(ws, "A2", "Số: 301/BC-UBND", border=False)
    ws.merge_cells("D1:G1"); xc(ws, "D1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True, border=False)
    ws.merge_cells("D2:G2"); xc(ws, "D2", "Bình Cơ, ngày 09 tháng 11 năm 2026", italic=True, center=True, border=False)
    ws.merge_cells("A4:G4"); xc(ws, "A4", "BẢNG HỎI – ĐÁP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026", bold=True, center=True, border=False)
    ws.merge_cells("A6:A7"); ws.merge_cells("B6:B7"); ws.merge_cells("C6:C7"); ws.merge_cells("D6:G6")
    xc(ws, "A6", "STT", bold=True, center=True); xc(ws, "B6", "Câu hỏi", bold=True, center=True)
    xc(ws, "C6", "Trả lời (số liệu)", bold=True, center=True); xc(ws, "D6", "Tình trạng (đánh dấu x)", bold=True, center=True)
    for col, s in zip("DEFG", ST4):
        xc(ws, f"{col}7", s, bold=True, center=True)
    for ref in ("A7", "B7", "C7", "E6", "F6", "G6"):
        ws[ref].border = BOX
    rows = [
        ("1", "Phường đã tuyên truyền, tập huấn pháp luật về TĐC (mục II.1.a) như thế nào?", "02 hội nghị; 175 lượt người; 06 tin bài", "Hoàn thành"),
        ("2", "Phường đã hướng dẫn, hỗ trợ doanh nghiệp công bố chất lượng, áp dụng hệ thống quản lý (mục II.2.d) bao nhiêu doanh nghiệp?", "08 doanh nghiệp", "Đang thực hiện"),
        ("3", "Kết quả phối hợp kiểm tra theo nội dung phân quyền (mục II.5.c)?", "05 cuộc; 26 cơ sở; 04 cơ sở vi phạm; 14.000.000 đ", "Đang thực hiện"),
        ("4", "Phường đã cử bao nhiêu công chức tham gia tập huấn nghiệp vụ TĐC (mục II.3.a)?", "03 công chức", "Hoàn thành"),
        ("5", "Có phát sinh tố giác vi phạm cần khen thưởng, bảo vệ (mục II.5.d) không?", "Không", "Không phát sinh"),
    ]
    r = 8
    for tt, q, a, st in rows:
        xc(ws, f"A{r}", tt, center=True); xc(ws, f"B{r}", q); xc(ws, f"C{r}", a)
        for col, s in zip("DEFG", ST4):
            xc(ws, f"{col}{r}", "x" if s == st else None, center=True, bold=True)
        ws.row_dimensions[r].height = 48
        r += 1
    diffs = ["Phường mới thành lập trên cơ sở sáp nhập, dữ liệu cơ sở kinh doanh chưa được cập nhật đầy đủ."]
    props = ["Đề nghị Chi cục TĐC tổ chức tập huấn kỹ năng kiểm tra nhãn hàng hóa cho công chức phường."]
    ws.merge_cells(f"A{r+1}:G{r+1}"); xc(ws, f"A{r+1}", "Khó khăn, vướng mắc: " + diffs[0], border=False)
    ws.merge_cells(f"A{r+2}:G{r+2}"); xc(ws, f"A{r+2}", "Đề xuất: " + props[0], border=False)
    for col, w in zip("ABCDEFG", (5, 52, 34, 12, 14, 14, 14)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    truth(fn, "25915", "301/BC-UBND", "2026-11-09", [
        E("II.1.a", "completed", training_courses=2, participants=175, communications=6),
        E("II.2.d", "in_progress", enterprises_supported=8),
        E("II.5.c", "in_progress", inspections=5, establishments_inspected=26, violations=4, fines_vnd=14000000),
        E("II.3.a", "completed", participants=3),
        E("II.5.d", "not_applicable"),
    ], diffs, props)

def build_E6():
    fn = "XomChieu-CT38-phieu.xlsx"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Phieu tra loi"
    wb.properties.creator = "Luong Gia Bao"
    xc(ws, "A1", "Đơn vị báo cáo:", bold=True, border=False); xc(ws, "B1", "Ủy ban nhân dân Phường Xóm Chiếu", border=False)
    xc(ws, "A2", "Số báo cáo:", bold=True, border=False); xc(ws, "B2", "97/BC-UBND", border=False)
    xc(ws, "A3", "Ngày báo cáo:", bold=True, border=False); xc(ws, "B3", datetime.date(2026, 11, 8), border=False, fmt="dd/mm/yyyy")
    ws["B3"].alignment = Alignment(horizontal="left")
    ws.merge_cells("A5:E5"); xc(ws, "A5", "PHIẾU TRẢ LỜI – KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026", bold=True, center=True, border=False)
    heads = ["Câu hỏi", "Có/Không", "Số liệu", "Tình trạng", "Ghi chú"]
    for col, h in zip("ABCDE", heads):
        xc(ws, f"{col}7", h, bold=True, center=True)
    rows = [
        ("Có tổ chức tuyên truyền, tập huấn VBQPPL về TĐC (II.1.a)?", "Có", "01 lớp; 60 lượt người; 05 tin bài", "Hoàn thành", ""),
        ("Có phối hợp kiểm tra theo phân quyền (II.5.c)?", "Có", "02 cuộc; 10 cơ sở; 02 vi phạm; phạt 4.000.000 đồng", "Đang thực hiện", ""),
        ("Có áp dụng HTQLCL TCVN ISO 9001:2015 tại UBND phường (II.2.đ)?", "Có", "", "Hoàn thành", "Công bố ngày 15/7/2026"),
        ("Có phối hợp lấy mẫu khảo sát chất lượng hàng hóa (II.5.b)?", "Không", "", "Không phát sinh", "Chi cục chưa triển khai tại phường"),
        ("Có hướng dẫn doanh nghiệp công bố chất lượng, áp dụng hệ thống quản lý (II.2.d)?", "Có", "03 doanh nghiệp", None, ""),
    ]
    dv = DataValidation(type="list", formula1='"Hoàn thành,Đang thực hiện,Chưa thực hiện,Không phát sinh"', allow_blank=True)
    dv2 = DataValidation(type="list", formula1='"Có,Không"', allow_blank=True)
    ws.add_data_validation(dv); ws.add_data_validation(dv2)
    r = 8
    for row in rows:
        for col, v in zip("ABCDE", row):
            xc(ws, f"{col}{r}", v, center=(col in "BD"))
        dv.add(f"D{r}"); dv2.add(f"B{r}")
        ws.row_dimensions[r].height = 36
        r += 1
    diffs = ["Phường chưa có công chức được đào tạo chuyên ngành đo lường."]
    props = ["Đề nghị Chi cục TĐC triển khai lấy mẫu khảo sát chất lượng xăng dầu tại phường trong năm 2027."]
    xc(ws, f"A{r+1}", "Khó khăn:", bold=True, border=False); xc(ws, f"B{r+1}", diffs[0], border=False)
    xc(ws, f"A{r+2}", "Kiến nghị:", bold=True, border=False); xc(ws, f"B{r+2}", props[0], border=False)
    for col, w in zip("ABCDE", (58, 11, 40, 18, 30)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    truth(fn, "27259", "97/BC-UBND", "2026-11-08", [
        E("II.1.a", "completed", training_courses=1, participants=60, communications=5),
        E("II.5.c", "in_progress", inspections=2, establishments_inspected=10, violations=2, fines_vnd=4000000),
        E("II.2.đ", "completed"),
        E("II.5.b", "not_applicable"),
        E("II.2.d", "unknown", enterprises_supported=3),
    ], diffs, props)

if __name__ == "__main__":
    for f in (build_E1, build_E2, build_E3, build_E4, build_E5, build_E6):
        f()
    print("E done")
