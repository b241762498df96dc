# -*- coding: utf-8 -*-
"""Hand 5 - Phạm Thị Thu Thảo: a ward's one-page reply. One small table
"STT | Nội dung công việc | Kết quả thực hiện | Tự đánh giá mức độ hoàn thành | Ghi chú";
the self-assessment column mixes percentages and words ("100%", "Đạt", "80% – còn đợt
tháng 11", "0% (chưa TH)", "Không phát sinh"). Figures zero-padded inside the result
sentence. One "Khó khăn:" and one "Kiến nghị:" line under the table. Same layout in Word
(công văn) and in Excel (sheet "BC")."""
import os
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from common import (OUT, new_doc, para, add_run, header_block, cell_text, set_col_widths,
                    write_truth)

HEAD = ["STT", "Nội dung công việc", "Kết quả thực hiện", "Tự đánh giá mức độ hoàn thành", "Ghi chú"]


def build_docx(fn, left, num, date_line, vv, kinh_gui, intro, rows, kk, kn, sign):
    d = new_doc(size=13, margins=(1.8, 1.5, 2.5, 1.5))
    header_block(d, left + [("Số: " + num, ""), ("V/v " + vv, "i")],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "bu"),
                  ("", ""), (date_line, "i")], size=12)
    para(d)
    p = para(d, "", align="c")
    add_run(p, "Kính gửi: " + kinh_gui)
    para(d, intro, align="j", indent=1)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(HEAD):
        cell_text(t.rows[0].cells[i], h, bold=True, align="c", size=11)
    for i, (a, b, c, e) in enumerate(rows, 1):
        cs = t.add_row().cells
        cell_text(cs[0], str(i), align="c", size=11)
        cell_text(cs[1], a, size=11)
        cell_text(cs[2], b, size=11)
        cell_text(cs[3], c, align="c", size=11)
        cell_text(cs[4], e, size=10, italic=True)
    set_col_widths(t, [1.0, 5.0, 6.0, 3.0, 2.5])
    para(d)
    p = para(d, "", align="j")
    add_run(p, "Khó khăn: ", bold=True)
    add_run(p, kk[0])
    p = para(d, "", align="j")
    add_run(p, "Kiến nghị: ", bold=True)
    add_run(p, kn[0])
    tb = d.add_table(rows=1, cols=2)
    c0, c1 = tb.rows[0].cells
    c0.text = ""
    add_run(c0.paragraphs[0], "Nơi nhận:", bold=True, italic=True, size=11)
    for ln in ["- Như trên;", "- Lưu: VT."]:
        pp = c0.add_paragraph(); add_run(pp, ln, size=11)
    c1.text = ""
    first = True
    for ln in sign:
        pp = c1.paragraphs[0] if first else c1.add_paragraph()
        first = False
        pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pp.paragraph_format.space_after = Pt(0)
        add_run(pp, ln, bold=bool(ln))
    d.save(os.path.join(OUT, fn))


def build_xlsx(fn, left, num, date_line, vv, kinh_gui, intro, rows, kk, kn, sign):
    wb = Workbook()
    ws = wb.active
    ws.title = "BC"
    thin = Side(style="thin")
    BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
    fo = lambda b=False, i=False, s=12: Font(name="Times New Roman", bold=b, italic=i, size=s)
    for col, w in zip("ABCDE", [6, 40, 44, 20, 18]):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:B1"); ws.merge_cells("A2:B2"); ws.merge_cells("A3:B3"); ws.merge_cells("A4:B4")
    ws.merge_cells("C1:E1"); ws.merge_cells("C2:E2"); ws.merge_cells("C4:E4")
    ws["A1"] = left[0]; ws["A2"] = left[1]; ws["A3"] = "Số: " + num; ws["A4"] = "V/v " + vv
    ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["C2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["C4"] = date_line
    for a, b, i in (("A1", False, False), ("A2", True, False), ("A3", False, False), ("A4", False, True),
                    ("C1", True, False), ("C2", True, False), ("C4", False, True)):
        ws[a].font = fo(b, i)
        ws[a].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.merge_cells("A6:E6")
    ws["A6"] = "Kính gửi: " + kinh_gui
    ws["A6"].alignment = Alignment(horizontal="center"); ws["A6"].font = fo()
    ws.merge_cells("A7:E7")
    ws["A7"] = intro
    ws["A7"].alignment = Alignment(wrap_text=True); ws["A7"].font = fo()
    ws.row_dimensions[7].height = 32
    r = 9
    for i, h in enumerate(HEAD, 1):
        c = ws.cell(r, i, h)
        c.font = fo(True, s=11); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[r].height = 32
    for n, (a, b, c_, e) in enumerate(rows, 1):
        r += 1
        for i, v in enumerate([n, a, b, c_, e], 1):
            c = ws.cell(r, i, v)
            c.font = fo(s=11, i=(i == 5)); c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if i in (1, 4) else None)
        ws.row_dimensions[r].height = 48
    r += 2
    for lab, t in (("Khó khăn:", kk[0]), ("Kiến nghị:", kn[0])):
        ws.cell(r, 1, lab).font = fo(True, s=11)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        ws.cell(r, 2, t).alignment = Alignment(wrap_text=True)
        ws.cell(r, 2).font = fo(s=11)
        ws.row_dimensions[r].height = 30
        r += 1
    r += 1
    for ln in sign:
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
        ws.cell(r, 3, ln).font = fo(True)
        ws.cell(r, 3).alignment = Alignment(horizontal="center")
        r += 1
    ws.print_area = f"A1:E{r}"
    ws.page_setup.fitToPage = True
    wb.save(os.path.join(OUT, fn))


def vungtau():
    fn = "UBND P.Vung Tau - CV bao cao KH38.docx"
    kk = ["Phường chưa có công chức được đào tạo chuyên sâu về đo lường; lực lượng kiểm tra tại chợ cá Bến Đá phải làm vào sáng sớm."]
    kn = ["Đề nghị Chi cục TĐC bố trí cán bộ đi cùng phường trong đợt kiểm tra tháng 11/2026."]
    rows = [
        ("Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng (loa, trang TTĐT, hội nghị)",
         "Đăng, phát 07 tin bài; tổ chức 01 hội nghị phổ biến với 85 người dự (hộ kinh doanh chợ Vũng Tàu)", "100%", ""),
        ("Kiểm tra cân tại chợ Vũng Tàu, chợ cá Bến Đá; cột đo xăng dầu",
         "02 cuộc kiểm tra, 31 cơ sở; 04 cơ sở vi phạm, phạt 6.000.000 đồng", "80% – còn đợt tháng 11", "phối hợp Chi cục"),
        ("Phối hợp Chi cục lấy mẫu xăng dầu khảo sát chất lượng",
         "Đã lấy 06 mẫu tại 03 cửa hàng", "50%, chờ kết quả", ""),
        ("Cử công chức dự tập huấn nghiệp vụ", "02 lượt công chức", "Đạt", ""),
        ("Tiếp nhận, xử lý phản ánh, tố giác vi phạm về đo lường, chất lượng", "—", "Không phát sinh", ""),
    ]
    build_docx(fn, [("ỦY BAN NHÂN DÂN", ""), ("PHƯỜNG VŨNG TÀU", "b")], "2093/UBND-KT",
               "Vũng Tàu, ngày 06 tháng 11 năm 2026", "báo cáo kết quả thực hiện KH CT38 năm 2026",
               "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
               "Ủy ban nhân dân phường Vũng Tàu báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường như sau:",
               rows, kk, kn, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Trần Minh Khoa"])
    E = [("II.1.a", "completed", {"communications": 7, "training_courses": 1, "participants": 85}, "Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng (loa, trang TTĐT, hội nghị)"),
         ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 31, "violations": 4, "fines_vnd": 6000000}, "Kiểm tra cân tại chợ Vũng Tàu, chợ cá Bến Đá; cột đo xăng dầu"),
         ("II.5.b", "in_progress", {"samples_tested": 6}, "Phối hợp Chi cục lấy mẫu xăng dầu khảo sát chất lượng"),
         ("II.3.a", "completed", {"participants": 2}, "Cử công chức dự tập huấn nghiệp vụ"),
         ("II.5.d", "not_applicable", {}, "Tiếp nhận, xử lý phản ánh, tố giác vi phạm về đo lường, chất lượng")]
    write_truth(fn, "26506", "Phường Vũng Tàu", "2093/UBND-KT", "2026-11-06", E, kk, kn)


def xuanthoison():
    fn = "XTS_BC_TDC_2026.xlsx"
    kk = ["Xã mới sắp xếp, công chức phụ trách kinh tế còn thiếu, chưa có người theo dõi riêng lĩnh vực đo lường."]
    kn = ["Đề nghị Chi cục mở thêm lớp tập huấn vào Quý I/2027 để xã cử công chức tham dự."]
    rows = [
        ("Tuyên truyền trên trang TTĐT xã, loa các ấp", "05 tin", "Hoàn thành 100%", ""),
        ("Kiểm tra cân chợ Xuân Thới Sơn, cửa hàng xăng dầu", "01 cuộc / 12 cơ sở; chưa phát hiện vi phạm", "50% – đang làm", "đợt 2 dự kiến T12"),
        ("Cử công chức dự tập huấn nghiệp vụ TC-ĐL-CL", "Chưa cử", "0% (chưa TH)", "trùng lịch họp"),
    ]
    build_xlsx(fn, ["ỦY BAN NHÂN DÂN", "XÃ XUÂN THỚI SƠN"], "176/BC-UBND",
               "Xuân Thới Sơn, ngày 13 tháng 11 năm 2026", "báo cáo kết quả thực hiện KH CT38 năm 2026",
               "Chi cục Tiêu chuẩn Đo lường Chất lượng",
               "UBND xã Xuân Thới Sơn báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 như sau:",
               rows, kk, kn, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Đinh Công Hậu"])
    E = [("II.1.a", "completed", {"communications": 5}, "Tuyên truyền trên trang TTĐT xã, loa các ấp"),
         ("II.5.c", "in_progress", {"inspections": 1, "establishments_inspected": 12}, "Kiểm tra cân chợ Xuân Thới Sơn, cửa hàng xăng dầu"),
         ("II.3.a", "not_started", {}, "Cử công chức dự tập huấn nghiệp vụ TC-ĐL-CL")]
    write_truth(fn, "27577", "Xã Xuân Thới Sơn", "176/BC-UBND", "2026-11-13", E, kk, kn)


def condao():
    fn = "Con Dao - bao cao CT38 (1 trang).xlsx"
    kk = ["Đi lại giữa đất liền và đảo khó khăn, Chi cục khó bố trí đoàn kiểm tra thường xuyên."]
    kn = ["Đề nghị Chi cục hướng dẫn đặc khu tự kiểm tra cân tại chợ và hỗ trợ 01 bộ quả cân chuẩn."]
    rows = [
        ("Tuyên truyền về tiêu chuẩn, đo lường, chất lượng (Đài truyền thanh đặc khu, Fanpage)", "09 tin, bài", "100%", ""),
        ("Kiểm tra đo lường, chất lượng xăng dầu và cân tại chợ Côn Đảo",
         "01 cuộc, 19 cơ sở (03 CHXD + 16 quầy); 01 cơ sở vi phạm, phạt 2.500.000đ", "Đạt", "cùng đoàn Chi cục T8"),
        ("Phối hợp Chi cục khảo sát chất lượng hàng đóng gói sẵn bán tại đảo", "10 mẫu", "~60% (đang chờ kết quả)", ""),
        ("Cử công chức dự tập huấn", "01 lượt (học trực tuyến)", "100%", ""),
    ]
    build_xlsx(fn, ["ỦY BAN NHÂN DÂN", "ĐẶC KHU CÔN ĐẢO"], "412/BC-UBND",
               "Côn Đảo, ngày 03 tháng 11 năm 2026", "báo cáo kết quả thực hiện KH CT38 năm 2026",
               "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
               "Ủy ban nhân dân đặc khu Côn Đảo báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
               rows, kk, kn, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lê Văn Hùng"])
    E = [("II.1.a", "completed", {"communications": 9}, "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng (Đài truyền thanh đặc khu, Fanpage)"),
         ("II.5.c", "completed", {"inspections": 1, "establishments_inspected": 19, "violations": 1, "fines_vnd": 2500000}, "Kiểm tra đo lường, chất lượng xăng dầu và cân tại chợ Côn Đảo"),
         ("II.5.b", "in_progress", {"samples_tested": 10}, "Phối hợp Chi cục khảo sát chất lượng hàng đóng gói sẵn bán tại đảo"),
         ("II.3.a", "completed", {"participants": 1}, "Cử công chức dự tập huấn")]
    write_truth(fn, "26732", "Đặc khu Côn Đảo", "412/BC-UBND", "2026-11-03", E, kk, kn)


def run():
    vungtau()
    xuanthoison()
    condao()


if __name__ == "__main__":
    run()
