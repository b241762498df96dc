# -*- coding: utf-8 -*-
import json, os, hashlib, unicodedata, subprocess, shutil
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
OUT = os.path.dirname(os.path.abspath(__file__))
NFD = lambda s: unicodedata.normalize('NFD', s)
R = []  # reports

def E(task, status, ind, text): return dict(task=task, status=status, indicators=ind, text=text)

# ---------------- HAND A: "chị Thu" ward clerk, one-page Word, no task headings ---------------
def handA(fn, unit, uid, num, date_txt, iso, paras, kk, dx, entries, nfd_idx=(), status="extracted", reason=None, chair="Nguyễn Thị Thu"):
    d = Document(); st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(13)
    p = d.add_paragraph("ỦY BAN NHÂN DÂN\n" + unit.upper() + "\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\t\t\tĐộc lập - Tự do - Hạnh phúc")
    d.add_paragraph("Số: " + num + "\t\t\t" + date_txt)
    p = d.add_paragraph(paras[0]); p.runs[0].bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, t in enumerate(paras[1:], 1):
        d.add_paragraph(NFD(t) if i in nfd_idx else t)
    if kk:
        d.add_paragraph("Vướng: " + kk[0] + ("" if len(kk) == 1 else ""))
        for k in kk[1:]: d.add_paragraph("        " + k)
    if dx:
        d.add_paragraph("Xin ý kiến: " + dx[0])
        for k in dx[1:]: d.add_paragraph("        " + k)
    d.add_paragraph("Nơi nhận:\n- Chi cục TĐC (b/c);\n- Lưu VT.\t\t\tKT. CHỦ TỊCH\n\t\t\t\tPHÓ CHỦ TỊCH\n\n\t\t\t\t" + chair)
    d.save(os.path.join(OUT, fn))
    R.append(dict(file=fn, status=status, reason=reason, unit={"id": uid, "name": unit}, document={"number": num, "date": iso},
                  entries=entries, difficulties=kk, proposals=dx))

handA("tdh-bc-ct38-11t.docx", "Phường Tân Đông Hiệp", "25945", "412/BC-UBND", "Tân Đông Hiệp, ngày 18 tháng 11 năm 2026", "2026-11-18", [
 "BÁO CÁO\nKết quả thực hiện KH Chỉ thị 38 năm 2026 (số liệu 11 tháng)",
 "Thực hiện Công văn của Chi cục TĐC về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026, UBND phường báo cáo ngắn như sau:",
 "Phường đã phối hợp với Chi cục đi kiểm tra đo lường các cây xăng và chợ trên địa bàn được ba cuộc, kiểm tra tổng cộng mười bốn cơ sở, lập biên bản hai cơ sở cân sai, chuyển Chi cục xử phạt 7,5 triệu đồng. Tháng 12 còn một đợt kiểm tra chợ Tân Đông Hiệp theo lịch của Chi cục nên chưa xong hẳn.",
 "Về tuyên truyền thì đài truyền thanh phường phát 12 tin về cân đối chứng, ghi nhãn hàng hóa, đăng lên trang fanpage của phường 4 bài, cộng là 16 tin bài. Viêc này làm hàng tháng, không còn gì tồn.",
 "Phường cử 2 công chức phòng Kinh tế đi dự lớp tập huấn nghiệp vụ TĐC của Chi cục tổ chức hồi tháng 6, đã dự đủ.",
 "Việc áp dụng ISO 9001 tại bộ phận một cửa phường đã duy trì, tháng 10 có đánh giá nội bộ, hiện chỉ còn chờ ban hành lại danh mục quy trình (dự kiến tháng 12).",
], ["Công chức kinh tế kiêm nhiệm nhiều việc, không có chuyên môn đo lường.", "Phường chưa có cân đối chứng để đặt tại chợ."],
 ["Đề nghị Chi cục cấp hỗ trợ 01 cân đối chứng cho chợ Tân Đông Hiệp."],
 [E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 14, "violations": 2, "fines_vnd": 7500000}, "phối hợp với Chi cục đi kiểm tra đo lường các cây xăng và chợ"),
  E("II.1.a", "completed", {"communications": 16}, "đài truyền thanh phường phát 12 tin ... 4 bài"),
  E("II.3.a", "completed", {"participants": 2}, "cử 2 công chức đi dự lớp tập huấn nghiệp vụ TĐC"),
  E("II.2.đ", "in_progress", {}, "duy trì ISO 9001 tại bộ phận một cửa, còn chờ ban hành lại danh mục quy trình")], nfd_idx=(3,))

handA("binhco-ct38-nam2026.docx", "Phường Bình Cơ", "25915", "287/BC-UBND", "Bình Cơ, ngày 16 tháng 11 năm 2026", "2026-11-16", [
 "BÁO CÁO\nTình hình thực hiện Kế hoạch CT38 về tiêu chuẩn đo lường chất lượng năm 2026",
 "UBND phường Bình Cơ báo cáo như sau:",
 "Từ đầu năm tới nay phường phối hợp Đoàn kiểm tra liên ngành của Chi cục kiểm tra 1 cuộc tại khu vực chợ Bình Cơ, kiễm tra 9 hộ kinh doanh, không phát hiện vi phạm. Phần việc của phường tới nay không còn gì phải làm tiếp.",
 "Phường giao công chức văn hóa soạn tin tuyên truyền về Chỉ thị 38 và Ngày Tiêu chuẩn thế giới 14/10, khoảng 6 tin phát trên loa, hết việc.",
 "Hướng dẫn hộ kinh doanh, cơ sở sản xuất nhỏ làm hồ sơ tự công bố sản phẩm: đã hướng dẫn cho năm cơ sở (bánh, nước đá, nước uống đóng chai), còn hai cơ sở hẹn tháng 12 làm tiếp.",
 "Việc cử người đi tập huấn thì năm nay Chi cục chưa mở lớp cho cán bộ phường nên phường chưa cử ai.",
], ["Phường mới sáp nhập, chưa có số liệu đầy đủ về cơ sở sản xuất kinh doanh trên địa bàn."],
 ["Xin Chi cục mở lớp tập huấn cho công chức phường vào quý I/2027.", "Đề nghị có biểu mẫu báo cáo thống nhất cho các phường."],
 [E("II.5.c", "completed", {"inspections": 1, "establishments_inspected": 9, "violations": 0}, "phối hợp Đoàn kiểm tra liên ngành của Chi cục kiểm tra 1 cuộc"),
  E("II.1.a", "completed", {"communications": 6}, "khoảng 6 tin phát trên loa"),
  E("II.2.d", "in_progress", {"enterprises_supported": 5}, "đã hướng dẫn cho năm cơ sở ... còn hai cơ sở hẹn tháng 12"),
  E("II.3.a", "not_started", {}, "chưa cử ai")], nfd_idx=(2, 4), chair="Trần Văn Lực")

handA("condao-bc-ct38.docx", "Đặc khu Côn Đảo", "26732", "198/BC-UBND", "Côn Đảo, ngày 25 tháng 11 năm 2026", "2026-11-25", [
 "BÁO CÁO\nkết quả thực hiện Kế hoạch CT38 năm 2026 (11 tháng)",
 "Ủy ban nhân dân đặc khu Côn Đảo báo cáo kết quả thực hiện Kế hoạch của Sở KH&CN năm 2026 như sau:",
 "Đặc khu phối hợp Chi cục kiểm tra đo lường, chất lượng xăng dầu và hàng đóng gói sẵn tại các cửa hàng ven cảng Bến Đầm và chợ Côn Đảo, đoàn ra đảo một lần vào tháng 8 làm 2 cuộc, kiểm tra 11 cơ sở, có 3 cơ sở vi phạm ghi nhãn, phạt tổng 12 triệu đồng. Năm nay không còn đợt nào nữa vì tàu ra đảo mùa gió chướng khó khăn.",
 "Đặc khu đi cùng đợt khảo sát chất lượng của Chi cục đối với hàng bán cho khách du lịch (đặc sản, hải sản khô), đã lấy 4 mẫu gửi Trung tâm thử nghiệm, còn chờ kết quả 1 mẫu.",
 "Tuyên truyền trên Đài truyền thanh đặc khu được hai mươi tin bài.",
 "Đặc khu đã cử 03 công chức dự tập huấn trực tuyến của Chi cục.",
], ["Chi phí đi lại ra đảo cao, đoàn kiểm tra chỉ ra được một lần.", "Gửi mẫu vào đất liền mất nhiều ngày, mẫu thực phẩm dễ hư."],
 ["Đề nghị Chi cục ủy quyền hoặc hướng dẫn đặc khu tự lấy mẫu và bảo quản mẫu.", "Đề nghị bố trí kinh phí cho đoàn kiểm tra năm 2027 ra đảo 2 đợt."],
 [E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 11, "violations": 3, "fines_vnd": 12000000}, "phối hợp Chi cục kiểm tra đo lường, chất lượng xăng dầu và hàng đóng gói sẵn"),
  E("II.5.b", "in_progress", {"samples_tested": 4}, "đã lấy 4 mẫu gửi Trung tâm thử nghiệm, còn chờ kết quả 1 mẫu"),
  E("II.1.a", "unknown", {"communications": 20}, "hai mươi tin bài"),
  E("II.3.a", "completed", {"participants": 3}, "cử 03 công chức dự tập huấn trực tuyến")], nfd_idx=(4,), chair="Lê Hoàng Vũ")

handA("kimlong-bc-11thang.docx", "Xã Kim Long", "26608", "156/BC-UBND", "Kim Long, ngày 20 tháng 11 năm 2026", "2026-11-20", [
 "BÁO CÁO\nkết quả 11 tháng thực hiện KH Chỉ thị 38 (tiêu chuẩn, đo lường, chất lượng)",
 "UBND xã Kim Long báo cáo:",
 "Xã phối hợp Chi cục TĐC và Đội QLTT kiểm tra cân tại chợ Kim Long và các điểm thu mua nông sản được 2 đợt, kiểm tra 18 cơ sở, phát hiện 1 cơ sở dùng cân không kiểm định, phạt 2,5 triệu đồng. Đợt 3 hẹn cuối tháng 12 nên còn dở.",
 "Xã có tổ chức một buổi tập huấn về cân, nhãn hàng hóa cho hộ kinh doanh tại chợ, khoảng 40 người dự.",
 "Việc ISO hành chính ở xã vẫn đang làm, chưa chuyển đổi sang TCVN ISO 9001:2015 xong.",
], [], ["Đề nghị Chi cục hỗ trợ kiểm định miễn phí cân cho các hộ tiểu thương tại chợ xã."],
 [E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 18, "violations": 1, "fines_vnd": 2500000}, "kiểm tra cân tại chợ Kim Long"),
  E("II.1.a", "unknown", {"training_courses": 1, "participants": 40}, "một buổi tập huấn cho hộ kinh doanh, khoảng 40 người dự"),
  E("II.2.đ", "in_progress", {}, "ISO hành chính ở xã vẫn đang làm")], nfd_idx=(2,), chair="Phạm Văn Tám")

# mistaken: giảm nghèo
handA("bacTanUyen-bc-giamngheo.docx", "Xã Bắc Tân Uyên", "25906", "233/BC-UBND", "Bắc Tân Uyên, ngày 17 tháng 11 năm 2026", "2026-11-17", [
 "BÁO CÁO\nkết quả thực hiện chương trình giảm nghèo bền vững năm 2026",
 "UBND xã Bắc Tân Uyên báo cáo kết quả công tác giảm nghèo 11 tháng năm 2026:",
 "Đầu năm xã có 46 hộ nghèo, 71 hộ cận nghèo theo chuẩn Thành phố. Đến nay đã có 19 hộ thoát nghèo, còn 27 hộ đang được hỗ trợ vay vốn, học nghề.",
 "Xã phối hợp Ngân hàng chính sách giải ngân 1,8 tỷ đồng cho 35 hộ vay vốn sản xuất; tặng 12 căn nhà tình thương.",
 "Tháng 12 xã tiếp tục rà soát hộ nghèo cuối năm theo hướng dẫn.",
], ["Một số hộ nghèo già yếu, không còn khả năng lao động."], ["Đề nghị bổ sung nguồn vốn vay giải quyết việc làm."],
 [], status="rejected", reason="Không phải báo cáo Kế hoạch CT38: báo cáo chương trình giảm nghèo bền vững gửi nhầm.", chair="Võ Thị Hạnh")

# ---------------- HAND B: "anh Hùng" quick Excel, merged cells, blank rows, "Còn lại" column ---------------
def handB(fn, unit, uid, num, date_txt, iso, title, rows, kk, dx, entries, status="extracted", reason=None, sheet="bc"):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    ws["A1"] = "UBND " + unit.upper(); ws.merge_cells("A1:C1")
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws.merge_cells("D1:F1")
    ws["A2"] = "Số: " + num; ws["D2"] = date_txt; ws.merge_cells("D2:F2")
    ws["A4"] = title; ws.merge_cells("A4:F4"); ws["A4"].font = Font(bold=True, size=13); ws["A4"].alignment = Alignment(horizontal="center", wrap_text=True)
    hdr = ["stt", "Việc", "Đã làm", "số lượng", "Còn lại", "ghi chú"]
    for i, h in enumerate(hdr): ws.cell(6, i + 1, h).font = Font(bold=True)
    r = 7; n = 0
    for row in rows:
        if row is None: r += 1; continue
        if isinstance(row, tuple) and row[0] == "MERGE":
            # merged task cell over several activity lines
            _, task, lines, conlai, note = row; n += 1
            start = r
            for a, q in lines:
                ws.cell(r, 3, a); ws.cell(r, 4, q); r += 1
            ws.cell(start, 1, n); ws.cell(start, 2, task); ws.cell(start, 5, conlai); ws.cell(start, 6, note)
            if r - 1 > start:
                for c in (1, 2, 5, 6): ws.merge_cells(start_row=start, start_column=c, end_row=r - 1, end_column=c)
            continue
        n += 1; task, a, q, conlai, note = row
        for c, v in enumerate([n, task, a, q, conlai, note], 1): ws.cell(r, c, v)
        r += 1
    r += 1
    if kk:
        ws.cell(r, 1, "Khó khăn:\n" + "\n".join("- " + k for k in kk)); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6); ws.row_dimensions[r].height = 45; r += 2
    if dx:
        ws.cell(r, 1, "Kiến nghị:\n" + "\n".join("- " + k for k in dx)); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6); ws.row_dimensions[r].height = 45; r += 2
    ws.cell(r, 4, "TM. UBND"); 
    for col, w in zip("ABCDEF", (5, 32, 45, 12, 22, 18)): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    R.append(dict(file=fn, status=status, reason=reason, unit={"id": uid, "name": unit}, document={"number": num, "date": iso},
                  entries=entries, difficulties=kk, proposals=dx))

handB("PhuongBinhDuong_CT38_11T.xlsx", "Phường Bình Dương", "25760", "501/BC-UBND", "Bình Dương, ngày 23/11/2026", "2026-11-23",
 "BAO CAO CT38 - 11 tháng 2026 (P. Bình Dương)", [
 ("MERGE", "Phối hợp Chi cục kiểm tra đo lường, chất lượng trên địa bàn", [("Đi KT cây xăng đường ĐT743", "2 cuộc / 6 cây xăng"), ("KT cân chợ Bình Dương + chợ đêm", "1 cuộc / 15 hộ"), ("Vi phạm, chuyển Chi cục xử lý", "2 trường hợp - phạt 9 triệu")], "hết", "3 cuộc, 21 cơ sở"),
 None,
 ("Tuyên truyền (loa, zalo khu phố)", "đăng tin CT38, ngày TC thế giới", "khoảng 25 tin", "làm thường xuyên", ""),
 ("Tập huấn cho hộ KD về nhãn hàng hóa", "phối hợp Chi cục mở 1 lớp tại hội trường phường", "1 lớp, 62 người", "hết", "tháng 9"),
 None,
 ("ISO 9001 tại UBND phường", "rà soát quy trình", "", "còn đánh giá nội bộ + xem xét lãnh đạo", "T12"),
 ], ["Phường đông cây xăng, cửa hàng, lực lượng mỏng."], ["Đề nghị Chi cục gửi danh sách cơ sở đã cấp phép để phường nắm."],
 [E("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 21, "violations": 2, "fines_vnd": 9000000}, "Phối hợp Chi cục kiểm tra đo lường, chất lượng trên địa bàn"),
  E("II.1.a", "in_progress", {"communications": 25, "training_courses": 1, "participants": 62}, "tuyên truyền khoảng 25 tin; tập huấn 1 lớp 62 người"),
  E("II.2.đ", "in_progress", {}, "ISO 9001 tại UBND phường — còn đánh giá nội bộ")])

handB("ChanhPhuHoa-ct38.xlsx", "Phường Chánh Phú Hòa", "25837", "344/BC-UBND", "Chánh Phú Hòa, ngày 19/11/2026", "2026-11-19",
 "Kết quả thực hiện KH 38 năm 2026", [
 ("KT xăng dầu, gas cùng Chi cục", "kiểm tra đột xuất", "04 cuộc, 10 cơ sở", "còn 1 đợt tết", "có 1 cs vi phạm, phạt 15tr"),
 None, None,
 ("Hướng dẫn DN công bố hợp quy / TCCS", "hướng dẫn qua điện thoại, tại bộ phận một cửa", "8 DN", "hết", ""),
 ("Cử CB học lớp TĐC", "", "1 người", "không", ""),
 ("Tuyên truyền", "", "", "chưa làm, để tháng 12", ""),
 ], ["Cán bộ không nắm được hết quy định mới của Luật Chất lượng sản phẩm hàng hóa sửa đổi."], ["Đề nghị Chi cục gửi tài liệu tuyên truyền in sẵn về phường."],
 [E("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 10, "violations": 1, "fines_vnd": 15000000}, "KT xăng dầu, gas cùng Chi cục"),
  E("II.2.d", "completed", {"enterprises_supported": 8}, "Hướng dẫn DN công bố hợp quy / TCCS"),
  E("II.3.a", "completed", {"participants": 1}, "Cử CB học lớp TĐC"),
  E("II.1.a", "not_started", {}, "Tuyên truyền — chưa làm, để tháng 12")])

handB("TanHiep_bc ct38 T11.xlsx", "Phường Tân Hiệp", "25920", "119/BC-UBND", "Tân Hiệp, ngày 27/11/2026", "2026-11-27",
 "BÁO CÁO KQ THỰC HIỆN KH CT38 NĂM 2026", [
 ("MERGE", "Kiểm tra phối hợp với Chi cục (chợ, cây xăng)", [("Quý 2", "1 cuộc - 7 cơ sở"), ("Quý 3", "2 cuộc - 12 cơ sở"), ("", "vi phạm 4 cơ sở, phạt 18,5 triệu")], "không còn", "tổng 3 cuộc, 19 cơ sở"),
 None,
 ("Khảo sát chất lượng xăng dầu (đi cùng đoàn khảo sát Chi cục)", "lấy mẫu gửi thử nghiệm", "6 mẫu", "đợi KQ 2 mẫu", ""),
 ("Tuyên truyền", "bài trên trang TTĐT phường", "9 bài", "", ""),
 ], [], ["Đề nghị Sở tổ chức hội nghị sơ kết CT38 cho các phường đầu năm 2027."],
 [E("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 19, "violations": 4, "fines_vnd": 18500000}, "Kiểm tra phối hợp với Chi cục (chợ, cây xăng)"),
  E("II.5.b", "in_progress", {"samples_tested": 6}, "Khảo sát chất lượng xăng dầu, đợi KQ 2 mẫu"),
  E("II.1.a", "unknown", {"communications": 9}, "bài trên trang TTĐT phường")], sheet="Sheet1")

# mistaken: phòng chống thiên tai
handB("PhuocHai_bc T11.xlsx", "Xã Phước Hải", "26686", "402/BC-UBND", "Phước Hải, ngày 21/11/2026", "2026-11-21",
 "BC công tác phòng chống thiên tai, TKCN 11 tháng 2026", [
 ("Kiểm tra neo đậu tàu thuyền", "phối hợp đồn biên phòng", "4 đợt, 126 tàu", "còn mùa bão", ""),
 ("Diễn tập PCTT cấp xã", "", "1 cuộc, 150 người", "hết", ""),
 ("Di dời dân vùng sạt lở", "", "12 hộ", "còn 3 hộ", ""),
 ], ["Kè biển đoạn Lộc An xuống cấp."], ["Đề nghị đầu tư sửa chữa kè biển."],
 [], status="rejected", reason="Không phải báo cáo Kế hoạch CT38: báo cáo phòng chống thiên tai gửi nhầm.")

# ---------------- HAND C: "chị Lan" department memo, numbered "Việc 1:" lines, spoken statuses ---------------
def handC(fn, unit, uid, num, head, date_txt, iso, intro, items, kk, dx, entries, signer):
    d = Document(); st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(12)
    t = d.add_table(rows=1, cols=2); c = t.rows[0].cells
    c[0].text = head + "\n" + unit.upper() + "\n\nSố: " + num + "\nV/v báo cáo KH 38 năm 2026"
    c[1].text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n" + date_txt
    d.add_paragraph("Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố")
    d.add_paragraph(intro)
    for i, (title, body, tail) in enumerate(items, 1):
        p = d.add_paragraph(); r = p.add_run("Việc %d: %s. " % (i, title)); r.underline = True
        p.add_run(body)
        if tail: p.add_run(" " + tail).italic = True
    if kk:
        d.add_paragraph("Một vài khó khăn:")
        for k in kk: d.add_paragraph("+ " + k)
    if dx:
        d.add_paragraph("Đề nghị:")
        for k in dx: d.add_paragraph("+ " + k)
    d.add_paragraph("Trân trọng./.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n" + signer)
    d.save(os.path.join(OUT, fn))
    R.append(dict(file=fn, status="extracted", reason=None, unit={"id": uid, "name": unit}, document={"number": num, "date": iso},
                  entries=entries, difficulties=kk, proposals=dx))

handC("SoCongThuong_ct38_2026.docx", "Sở Công Thương", "SO-CT", "6120/SCT-QLTM", "UBND THÀNH PHỐ HỒ CHÍ MINH", "Thành phố Hồ Chí Minh, ngày 24 tháng 11 năm 2026", "2026-11-24",
 "Sở Công Thương nhận được Công văn đề nghị báo cáo kết quả phối hợp thực hiện Kế hoạch CT38 năm 2026. Sở báo cáo gọn như sau:",
 [("góp ý quy chuẩn", "Sở đã góp ý 3 dự thảo QCVN (xăng dầu, khí dầu mỏ hóa lỏng, thép làm cốt bê tông) theo đề nghị của Bộ Công Thương và Sở KH&CN.", "Xong rồi."),
  ("kiểm tra hàng hóa lưu thông", "Phòng Quản lý thương mại cử người tham gia đoàn liên ngành của Chi cục, 5 cuộc, 27 cơ sở kinh doanh xăng dầu và LPG, 6 cơ sở vi phạm, tổng tiền phạt 1,2 tỷ đồng (chủ yếu LPG sang chiết trái phép).", "Còn đang làm, tháng 12 đi tiếp đợt cao điểm Tết."),
  ("tập huấn, tọa đàm với doanh nghiệp nhập khẩu", "Sở mời được 35 đại biểu doanh nghiệp hội viên tới dự tọa đàm do Chi cục chủ trì tháng 7.", "Xong."),
  ("năng suất chất lượng khu vực công", "Năm nay Sở không có yêu cầu phối hợp nội dung này.", "Không phát sinh.")],
 ["Danh sách cửa hàng xăng dầu sau sáp nhập chưa cập nhật đầy đủ."], ["Đề nghị Chi cục gửi kế hoạch kiểm tra năm 2027 sớm để Sở bố trí người."],
 [E("II.2.e", "completed", {"standards_reviewed": 3}, "góp ý 3 dự thảo QCVN"),
  E("II.5.a", "in_progress", {"inspections": 5, "establishments_inspected": 27, "violations": 6, "fines_vnd": 1200000000}, "tham gia đoàn liên ngành của Chi cục, 5 cuộc"),
  E("II.1.a", "completed", {"participants": 35}, "mời được 35 đại biểu doanh nghiệp ... tọa đàm"),
  E("II.6.b", "not_applicable", {}, "Không phát sinh")], "Nguyễn Phương Đông")

handC("SYT_phoihop_KH38.docx", "Sở Y tế", "SO-YT", "8841/SYT-NVY", "UBND THÀNH PHỐ HỒ CHÍ MINH", "Thành phố Hồ Chí Minh, ngày 26 tháng 11 năm 2026", "2026-11-26",
 "Thực hiện đề nghị của Chi cục TĐC, Sở Y tế báo cáo kết quả phối hợp thực hiện Kế hoạch CT38 năm 2026 (tính đến giữa tháng 11):",
 [("góp ý tiêu chuẩn, quy chuẩn ngành y tế", "Sở có ý kiến góp ý cho 2 dự thảo quy chuẩn kỹ thuật về trang thiết bị y tế và 4 dự thảo TCVN liên quan (tổng cộng 6 dự thảo).", "Đã xong phần việc năm nay."),
  ("khảo sát chất lượng khẩu trang, nước rửa tay", "Sở phối hợp Chi cục lấy 10 mẫu để khảo sát; đã có kết quả 8 mẫu, 2 mẫu đang thử nghiệm.", "Đang làm dở."),
  ("ISO 9001 tại cơ quan Sở", "Duy trì, cải tiến HTQLCL; đánh giá nội bộ đợt 2 chưa tổ chức được.", "Còn việc tháng 12.")],
 [], ["Đề nghị Chi cục hướng dẫn danh mục phương tiện đo nhóm 2 trong y tế phải kiểm định."],
 [E("II.2.e", "completed", {"standards_reviewed": 6}, "góp ý 2 dự thảo quy chuẩn ... và 4 dự thảo TCVN"),
  E("II.5.b", "in_progress", {"samples_tested": 10}, "lấy 10 mẫu để khảo sát"),
  E("II.2.đ", "in_progress", {}, "đánh giá nội bộ đợt 2 chưa tổ chức được")], "Trần Minh Khoa")

handC("SXD-bc-chi-thi-38.docx", "Sở Xây dựng", "SO-XD", "10552/SXD-KTXD", "UBND THÀNH PHỐ HỒ CHÍ MINH", "Thành phố Hồ Chí Minh, ngày 30 tháng 11 năm 2026", "2026-11-30",
 "Sở Xây dựng báo cáo kết quả phối hợp thực hiện Kế hoạch CT38 năm 2026 như sau:",
 [("kiểm tra chất lượng vật liệu xây dựng", "Thanh tra Sở phối hợp kiểm tra 4 cuộc tại 16 cơ sở kinh doanh VLXD, lấy 12 mẫu xi măng, thép, gạch; 2 cơ sở vi phạm, phạt 40 triệu đồng.", "Xong kế hoạch năm."),
  ("quy chuẩn kỹ thuật địa phương", "Đang soạn dự thảo QCĐP về hạ tầng kỹ thuật ngầm, chưa lấy ý kiến.", "Còn đang làm."),
  ("tập huấn cho công chức phường xã về VLXD hợp quy", "Dự kiến phối hợp Chi cục tổ chức nhưng chưa bố trí được thời gian.", "Chưa làm.")],
 ["Thiếu phòng thử nghiệm được chỉ định cho một số vật liệu mới."], ["Đề nghị Sở KH&CN chia sẻ danh sách phòng thử nghiệm được chỉ định."],
 [E("II.5.a", "completed", {"inspections": 4, "establishments_inspected": 16, "samples_tested": 12, "violations": 2, "fines_vnd": 40000000}, "kiểm tra 4 cuộc tại 16 cơ sở kinh doanh VLXD"),
  E("II.2.e", "in_progress", {}, "soạn dự thảo QCĐP về hạ tầng kỹ thuật ngầm"),
  E("II.3.a", "not_started", {}, "tập huấn cho công chức phường xã — chưa làm")], "Lê Quốc Hùng")

# HAND C also a ward (the ward culture officer copying the Sở's memo format)
handC("TangNhonPhu_cv_ct38.docx", "Phường Tăng Nhơn Phú", "26842", "932/UBND-KT", "UBND THÀNH PHỐ HỒ CHÍ MINH", "Tăng Nhơn Phú, ngày 15 tháng 11 năm 2026", "2026-11-15",
 "UBND phường Tăng Nhơn Phú báo cáo kết quả thực hiện KH CT38 năm 2026 như sau:",
 [("phối hợp kiểm tra", "Phường cùng Chi cục kiểm tra 2 cuộc tại 8 cửa hàng vàng bạc và cây xăng, không có vi phạm.", "Xong rồi."),
  ("tuyên truyền", "Đăng 14 tin trên trang thông tin điện tử phường và nhóm Zalo khu phố.", "Vẫn làm đều."),
  ("cử cán bộ tập huấn", "Cử 2 người dự lớp của Chi cục.", "Xong.")],
 [], [],
 [E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 8, "violations": 0}, "cùng Chi cục kiểm tra 2 cuộc tại 8 cửa hàng"),
  E("II.1.a", "in_progress", {"communications": 14}, "Đăng 14 tin"),
  E("II.3.a", "completed", {"participants": 2}, "Cử 2 người dự lớp của Chi cục")], "Đỗ Thanh Bình")

# ---------------- HAND D: "anh Phát" Sở unit, Excel "Nhóm việc" with figure per row text "SL:", status as next step ---------------
def handD(fn, unit, uid, num, date_txt, iso, blocks, kk, dx, entries):
    wb = Workbook(); ws = wb.active; ws.title = "KQ 2026"
    ws["A1"] = "SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM"; ws["A2"] = unit.upper(); ws["A3"] = "Số: " + num
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E3"] = date_txt
    ws["A5"] = "TỔNG HỢP KẾT QUẢ THỰC HIỆN KH CT38 - NĂM 2026 (đến 15/11)"; ws.merge_cells("A5:F5"); ws["A5"].font = Font(bold=True)
    for i, h in enumerate(["Nhóm việc", "Nội dung đã làm", "Số liệu", "", "Bước tiếp theo", "Người theo dõi"]):
        ws.cell(7, i + 1, h).font = Font(bold=True)
    ws.merge_cells("C7:D7")
    r = 8
    for name, lines, nxt, who in blocks:
        s = r
        for txt, val, unitw in lines:
            ws.cell(r, 2, txt); ws.cell(r, 3, val); ws.cell(r, 4, unitw); r += 1
        ws.cell(s, 1, name); ws.cell(s, 5, nxt); ws.cell(s, 6, who)
        if r - 1 > s:
            for c in (1, 5, 6): ws.merge_cells(start_row=s, start_column=c, end_row=r - 1, end_column=c)
        for rr in range(s, r): ws.cell(rr, 1).alignment = Alignment(vertical="top", wrap_text=True)
        r += 1
    ws.cell(r, 1, "Vướng mắc"); 
    for k in kk: ws.cell(r, 2, k); r += 1
    r += 1; ws.cell(r, 1, "Đề xuất")
    for k in dx: ws.cell(r, 2, k); r += 1
    for col, w in zip("ABCDEF", (30, 50, 14, 10, 32, 10)): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    R.append(dict(file=fn, status="extracted", reason=None, unit={"id": uid, "name": unit}, document={"number": num, "date": iso},
                  entries=entries, difficulties=kk, proposals=dx))

handD("KTPC_THKQ_CT38_2026.xlsx", "Phòng Kiểm tra – Pháp chế", "SKHCN-KTPC", "85/BC-KTPC", "TP.HCM, ngày 22 tháng 11 năm 2026", "2026-11-22", [
 ("Kiểm tra hàng hóa lưu thông (cùng Chi cục)", [("Số cuộc kiểm tra", "07", "cuộc"), ("Cơ sở được kiểm tra", "64", "cơ sở"), ("Cơ sở vi phạm", "9", "cơ sở"), ("Tiền phạt", "186.500.000", "đồng")], "Làm nốt đợt cao điểm Tết 2027 (tháng 12)", "P.Anh"),
 ("Khảo sát chất lượng", [("Mẫu khảo sát (mũ bảo hiểm, đồ chơi trẻ em)", "48", "mẫu")], "Không còn - đã gửi thông báo kết quả", "P.Anh"),
 ("Phối hợp phường xã (nội dung phân quyền)", [("Văn bản hướng dẫn gửi phường xã", "1", "văn bản"), ("Buổi hướng dẫn nghiệp vụ cho phường xã", "2", "buổi"), ("Công chức phường xã dự", "23", "người")], "Tiếp tục hướng dẫn theo yêu cầu", "T.Phát"),
 ("Xử lý tố giác, khen thưởng", [("Đơn tố giác tiếp nhận", "0", "")], "Không có đơn", "T.Phát"),
 ("Phương tiện kỹ thuật nghiệp vụ (NĐ 135)", [], "Chưa có kinh phí, chưa triển khai", "T.Phát"),
], ["Thiếu thiết bị kiểm tra nhanh tại hiện trường."], ["Đề nghị bố trí kinh phí mua sắm thiết bị kỹ thuật nghiệp vụ năm 2027."],
 [E("II.5.a", "in_progress", {"inspections": 7, "establishments_inspected": 64, "violations": 9, "fines_vnd": 186500000}, "Kiểm tra hàng hóa lưu thông (cùng Chi cục)"),
  E("II.5.b", "completed", {"samples_tested": 48}, "Khảo sát chất lượng 48 mẫu"),
  E("II.5.c", "in_progress", {"training_courses": 2, "participants": 23}, "2 buổi hướng dẫn nghiệp vụ, 23 công chức phường xã dự"),
  E("II.5.d", "not_applicable", {}, "Không có đơn"),
  E("II.4.b", "not_started", {}, "Chưa có kinh phí, chưa triển khai")])

handD("TTPTTN_bc_KH38_nam2026.xlsx", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "SKHCN-TTPTTN", "312/BC-TTPTTN", "TP.HCM, ngày 20 tháng 11 năm 2026", "2026-11-20", [
 ("Đầu tư trang thiết bị", [("Thiết bị thử nghiệm mua mới", "5", "bộ"), ("Kinh phí đã giải ngân", "2,35 tỷ", "đồng")], "Đang làm thủ tục gói thầu 2 (tháng 12)", "N.Hà"),
 ("Duy trì chuẩn đo lường, liên kết chuẩn", [("Chuẩn được hiệu chuẩn liên kết", "14", "chuẩn")], "Xong", "N.Hà"),
 ("Kiểm định, hiệu chuẩn phục vụ DN", [("Phương tiện đo kiểm định/hiệu chuẩn", "12.840", "phương tiện"), ("Mẫu thử nghiệm", "3.150", "mẫu")], "Làm thường xuyên", "K.Long"),
 ("Đào tạo cho sinh viên, viên chức", [("Lớp", "3", "lớp"), ("Học viên", "146", "người")], "Xong kế hoạch năm", "K.Long"),
], ["Một số thiết bị cũ hết khấu hao, chi phí sửa chữa lớn."], ["Đề nghị Sở ưu tiên vốn đầu tư công năm 2027 cho phòng thí nghiệm hóa."],
 [E("II.4.a", "in_progress", {"budget_spent_vnd": 2350000000}, "Thiết bị thử nghiệm mua mới 5 bộ; giải ngân 2,35 tỷ"),
  E("II.4.c", "completed", {"instruments_verified": 14}, "Chuẩn được hiệu chuẩn liên kết 14"),
  E("II.2.g", "in_progress", {"instruments_verified": 12840, "samples_tested": 3150}, "Kiểm định, hiệu chuẩn phục vụ DN"),
  E("II.3.d", "completed", {"training_courses": 3, "participants": 146}, "Đào tạo cho sinh viên, viên chức")])

# HAND D for a ward (Bình Châu) typed in Word as a list of "Nhóm việc" blocks
def handD_docx(fn, unit, uid, num, date_txt, iso, blocks, kk, dx, entries):
    d = Document()
    d.add_paragraph("UBND " + unit.upper() + "\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    d.add_paragraph("Số: " + num + "\t\t" + date_txt)
    d.add_paragraph("TỔNG HỢP KẾT QUẢ KH CT38 NĂM 2026").runs[0].bold = True
    for name, lines, nxt in blocks:
        d.add_paragraph("» " + name).runs[0].bold = True
        for txt, val, u in lines: d.add_paragraph("\t" + txt + ": " + val + " " + u)
        d.add_paragraph("\tBước tiếp theo: " + nxt)
    d.add_paragraph("Vướng mắc: " + "; ".join(kk))
    d.add_paragraph("Đề xuất: " + "; ".join(dx))
    d.save(os.path.join(OUT, fn))
    R.append(dict(file=fn, status="extracted", reason=None, unit={"id": uid, "name": unit}, document={"number": num, "date": iso},
                  entries=entries, difficulties=kk, proposals=dx))

handD_docx("BinhChau_THKQ_KH38.docx", "Xã Bình Châu", "26656", "77/BC-UBND", "Bình Châu, ngày 28 tháng 11 năm 2026", "2026-11-28", [
 ("Kiểm tra cùng Chi cục (xăng dầu, cân chợ, khu du lịch suối nước nóng)", [("Số cuộc", "03", "cuộc"), ("Cơ sở", "17", "cơ sở"), ("Vi phạm", "02", "cơ sở"), ("Phạt", "6.000.000", "đồng")], "Không còn, chờ KH năm sau"),
 ("Tuyên truyền trên loa xã", [("Tin", "10", "tin")], "Làm tiếp tháng 12"),
 ("Hướng dẫn cơ sở chế biến hải sản làm TCCS, công bố", [], "Chưa làm được, chưa có cán bộ biết việc"),
], ["Xã chưa có công chức chuyên môn về tiêu chuẩn, đo lường."], ["Đề nghị Chi cục cử cán bộ về hướng dẫn trực tiếp các cơ sở chế biến hải sản."],
 [E("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 17, "violations": 2, "fines_vnd": 6000000}, "Kiểm tra cùng Chi cục"),
  E("II.1.a", "in_progress", {"communications": 10}, "Tuyên truyền trên loa xã 10 tin"),
  E("II.2.d", "not_started", {}, "Chưa làm được")])

# ---- LibreOffice re-save of two files, then keys ----
def lo(fn, fmt):
    tmp = os.path.join(OUT, "_lo"); os.makedirs(tmp, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", tmp, os.path.join(OUT, fn)], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, fn), os.path.join(OUT, fn)); shutil.rmtree(tmp)
lo("TanHiep_bc ct38 T11.xlsx", "xlsx"); lo("kimlong-bc-11thang.docx", "docx")
for k in R:
    p = os.path.join(OUT, k["file"]); k["sha256"] = hashlib.sha256(open(p, "rb").read()).hexdigest()
    k["findings"] = []
    if k["status"] == "rejected": k["entries"] = []
    order = ["file", "sha256", "status", "reason", "unit", "document", "entries", "findings", "difficulties", "proposals"]
    json.dump({x: k[x] for x in order}, open(os.path.join(OUT, "truth", k["file"] + ".json"), "w"), ensure_ascii=False, indent=1)
print(len(R), "files")
