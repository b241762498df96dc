# -*- coding: utf-8 -*-
"""Hand 4 - Trịnh Hoàng Phúc: a centre accountant/planner who reports SERVICES.
One sheet "BangKe": every service or job the unit did in the period, with ĐVT, quantity,
unit price, amount (fees collected / value paid), and a column "Thuộc KH CT38" saying
"Không" or "Có – mục 5.b"; only the "Có" rows carry a "Tình trạng". Revenue totals and
service counts outside the plan stand beside the plan rows. Difficulties and proposals
in two merged rows under the table."""
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from common import OUT, write_truth

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
TNR = "Times New Roman"
GRP = PatternFill("solid", fgColor="E2EFDA")
HDR = PatternFill("solid", fgColor="D9D9D9")


def f(bold=False, italic=False, size=11):
    return Font(name=TNR, bold=bold, italic=italic, size=size)


COLS = ["STT", "Loại dịch vụ / công việc", "ĐVT", "Số lượng", "Đơn giá BQ (đồng)",
        "Thành tiền / Giá trị (đồng)", "Thuộc KH CT38", "Tình trạng", "Ghi chú"]
WID = [6, 52, 10, 11, 14, 18, 15, 30, 28]


def build(fn, left1, left2, num, date_line, title, sub, groups, note, kk, kn, sign):
    wb = Workbook()
    ws = wb.active
    ws.title = "BangKe"
    for i, w in enumerate(WID):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.merge_cells("A1:C1"); ws.merge_cells("A2:C2"); ws.merge_cells("A3:C3")
    ws.merge_cells("E1:I1"); ws.merge_cells("E2:I2"); ws.merge_cells("E3:I3")
    ws["A1"] = left1; ws["A2"] = left2; ws["A3"] = "Số: " + num
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["E3"] = date_line
    for a in ("A1", "A3", "E3"):
        ws[a].font = f(italic=(a == "E3"))
    for a in ("A2", "E1", "E2"):
        ws[a].font = f(bold=True)
    for a in ("A1", "A2", "A3", "E1", "E2", "E3"):
        ws[a].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[2].height = 30
    ws.merge_cells("A5:I5"); ws.merge_cells("A6:I6")
    ws["A5"] = title; ws["A5"].font = f(bold=True, size=13)
    ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[5].height = 34
    ws["A6"] = sub; ws["A6"].font = f(italic=True)
    ws["A6"].alignment = Alignment(horizontal="center")
    r = 8
    for i, h in enumerate(COLS, 1):
        c = ws.cell(r, i, h)
        c.font = f(bold=True, size=10); c.fill = HDR; c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[r].height = 30
    r += 1
    n = 0
    for gname, rows in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1, gname).font = f(bold=True)
        for cc in range(1, 10):
            ws.cell(r, cc).fill = GRP; ws.cell(r, cc).border = BOX
        r += 1
        for row in rows:
            if row[0] == "TOTAL":
                _, label, amount, status = row
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
                ws.cell(r, 1, label).font = f(bold=True)
                ws.cell(r, 1).alignment = Alignment(horizontal="right")
                c = ws.cell(r, 6, amount); c.number_format = "#,##0"; c.font = f(bold=True)
                ws.cell(r, 8, status).font = f(italic=True)
                ws.cell(r, 8).alignment = Alignment(wrap_text=True)
            else:
                n += 1
                label, dvt, qty, price, amount, ct38, status, note_ = row
                vals = [n, label, dvt, qty, price, amount, ct38, status, note_]
                for ci, v in enumerate(vals, 1):
                    c = ws.cell(r, ci, v)
                    c.font = f()
                    c.alignment = Alignment(wrap_text=True, vertical="top",
                                            horizontal="center" if ci in (1, 3, 7) else None)
                    if ci in (4, 5, 6) and isinstance(v, (int, float)):
                        c.number_format = "#,##0"
            for cc in range(1, 10):
                ws.cell(r, cc).border = BOX
            r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(r, 1, note).font = f(italic=True, size=10)
    ws.cell(r, 1).alignment = Alignment(wrap_text=True)
    ws.row_dimensions[r].height = 30
    r += 2
    for lab, items in (("Khó khăn:", kk), ("Đề xuất:", kn)):
        ws.cell(r, 1, lab).font = f(bold=True)
        r += 1
        for t in items:
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
            ws.cell(r, 1, "-")
            ws.cell(r, 1).alignment = Alignment(horizontal="right", vertical="top")
            ws.cell(r, 2, t).alignment = Alignment(wrap_text=True)
            ws.cell(r, 2).font = f()
            ws.row_dimensions[r].height = 30
            r += 1
    r += 1
    for ln in sign:
        ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=9)
        ws.cell(r, 6, ln).font = f(bold=True)
        ws.cell(r, 6).alignment = Alignment(horizontal="center")
        r += 1
    ws.freeze_panes = "A9"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    wb.save(os.path.join(OUT, fn))


NOTE = ("Ghi chú cột \"Thuộc KH CT38\": Có – nội dung nằm trong Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 "
        "của Sở (ghi số mục của KH); Không – dịch vụ thường xuyên theo yêu cầu khách hàng, chỉ để tham khảo.")


def ttpttn():
    fn = "TTPTTN_BangKe_DV_10T2026.xlsx"
    kk = ["Thiết bị thử nghiệm một số chỉ tiêu vi sinh đã cũ, thường xuyên phải bảo trì, ảnh hưởng thời gian trả kết quả."]
    kn = ["Đề nghị Sở bố trí vốn năm 2027 cho dự án nâng cấp phòng thử nghiệm vi sinh."]
    groups = [
        ("A. DỊCH VỤ KIỂM ĐỊNH, HIỆU CHUẨN, THỬ NGHIỆM", [
            ("Kiểm định công tơ điện", "chiếc", 12480, 28000, 349440000, "Không", None, None),
            ("Hiệu chuẩn thiết bị đo cho doanh nghiệp", "thiết bị", 1906, 450000, 857700000, "Không", None, None),
            ("Thử nghiệm mẫu thực phẩm, hàng tiêu dùng theo yêu cầu khách hàng", "mẫu", 2315, 1200000, 2778000000, "Không", None, None),
            ("Thử nghiệm mẫu khảo sát chất lượng theo đặt hàng của Chi cục TĐC", "mẫu", 48, 1850000, 88800000, "Có – mục 5.b", "Xong đợt 1; đợt 2 đang thử nghiệm", None),
            ("Hiệu chuẩn chuẩn đo lường chính của Trung tâm (liên kết chuẩn quốc gia)", "chuẩn", 14, None, None, "Có – mục 4.c", "Hoàn thành (đã hiệu chuẩn xong các chuẩn đến hạn năm 2026)", "gửi Viện Đo lường Việt Nam"),
            ("Mở rộng phạm vi công nhận VILAS – bổ sung phép thử", "phép thử", 11, None, None, "Có – mục 2.g", "Hoàn thành (QĐ công nhận tháng 7/2026)", None),
            ("TOTAL", "Cộng doanh thu mục A", 4073940000, None),
        ]),
        ("B. ĐÀO TẠO", [
            ("Khóa đào tạo kiểm định viên đo lường (khối lượng, dung tích)", "khóa", 3, None, None, "Có – mục 3.d", "Xong 3/3 khóa", None),
            ("Học viên các khóa đào tạo kiểm định viên", "người", 72, 3000000, 216000000, "Có – mục 3.d", None, "học phí do DN đóng"),
            ("Lớp ISO/IEC 17025 cho phòng thí nghiệm doanh nghiệp", "lớp", 2, None, None, "Không", None, None),
            ("Học viên lớp ISO/IEC 17025", "người", 54, 2500000, 135000000, "Không", None, None),
        ]),
        ("C. ĐẦU TƯ TRANG THIẾT BỊ (vốn ngân sách – giá trị đã giải ngân)", [
            ("Máy sắc ký khí khối phổ GC-MS/MS", "hệ thống", 1, None, 4620000000, "Có – mục 4.a", "Đã nghiệm thu, đưa vào sử dụng", None),
            ("Nâng cấp phòng hiệu chuẩn áp suất", "gói", 1, None, 354000000, "Có – mục 4.a", "Đang thi công", "mới tạm ứng"),
            ("TOTAL", "Cộng giải ngân mục C", 4974000000, "Tình trạng chung mục 4.a: đang thực hiện"),
        ]),
    ]
    build(fn, "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
          "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TP.HCM",
          "402/BC-TTPTTN", "Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026",
          "BẢNG KÊ KẾT QUẢ DỊCH VỤ KỸ THUẬT VÀ CÁC NỘI DUNG THUỘC KẾ HOẠCH CT38 – 10 THÁNG NĂM 2026",
          "(Số liệu từ 01/01/2026 đến 25/10/2026)", groups, NOTE, kk, kn,
          ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Trịnh Hoàng Phúc"])
    E = [("II.5.b", "in_progress", {"samples_tested": 48}, "Thử nghiệm mẫu khảo sát chất lượng theo đặt hàng của Chi cục TĐC"),
         ("II.4.c", "completed", {"instruments_verified": 14}, "Hiệu chuẩn chuẩn đo lường chính của Trung tâm (liên kết chuẩn quốc gia)"),
         ("II.2.g", "completed", {}, "Mở rộng phạm vi công nhận VILAS – bổ sung phép thử"),
         ("II.3.d", "completed", {"training_courses": 3, "participants": 72}, "Khóa đào tạo kiểm định viên đo lường (khối lượng, dung tích)"),
         ("II.4.a", "in_progress", {"budget_spent_vnd": 4974000000}, "Cộng giải ngân mục C – Tình trạng chung mục 4.a: đang thực hiện")]
    write_truth(fn, "SKHCN-TTPTTN",
                "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
                "402/BC-TTPTTN", "2026-10-29", E, kk, kn)


def ttcntt():
    fn = "TTCNTT-DKG_BangKe_CT38.xlsx"
    kk = ["Dữ liệu phương tiện đo cũ lưu trên giấy, nhiều hồ sơ thiếu thông tin nên việc số hóa chậm."]
    kn = ["Đề nghị Chi cục cử đầu mối phối hợp rà soát dữ liệu trước khi đồng bộ lên cơ sở dữ liệu quốc gia."]
    groups = [
        ("A. DỊCH VỤ CÔNG NGHỆ THÔNG TIN (có thu phí)", [
            ("Cho thuê chỗ đặt máy chủ (colocation)", "tủ rack", 18, 95000000, 1710000000, "Không", None, "đơn giá theo năm"),
            ("Đào tạo kỹ năng số cho cán bộ, công chức", "lớp", 6, 15000000, 90000000, "Không", None, None),
            ("Học viên các lớp kỹ năng số", "người", 214, None, None, "Không", None, None),
        ]),
        ("B. HỖ TRỢ SỞ VÀ CHI CỤC TĐC (không thu phí)", [
            ("Hỗ trợ kỹ thuật kết nối CSDL quốc gia về tiêu chuẩn, đo lường, chất lượng với hệ thống quản lý của Chi cục", "hệ thống", 1, None, None, "Có – mục 2.i", "Đang thực hiện (đã kết nối thử nghiệm)", None),
            ("Tập huấn sử dụng phần mềm quản lý phương tiện đo cho công chức Chi cục", "lớp", 1, None, None, "Có – mục 2.i", "Xong", None),
            ("Học viên lớp tập huấn phần mềm", "người", 28, None, None, "Có – mục 2.i", None, None),
            ("Số hóa hồ sơ phương tiện đo đưa vào CSDL", "hồ sơ", 8450, None, None, "Có – mục 2.i", "Đang làm", None),
            ("Đăng tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên Cổng TTĐT Sở", "tin, bài", 15, None, None, "Có – mục 1.a", "Xong", None),
            ("Bảo trì máy chủ, đường truyền hệ thống giải quyết TTHC của Chi cục", "lượt", 4, None, None, "Có – mục 2.h", "Xong", None),
        ]),
    ]
    build(fn, "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
          "TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ ĐỊA KHÔNG GIAN TP.HCM",
          "133/BC-TTCNTT", "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
          "BẢNG KÊ DỊCH VỤ VÀ CÔNG VIỆC HỖ TRỢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026",
          "(Kèm theo báo cáo gửi Chi cục Tiêu chuẩn Đo lường Chất lượng)", groups, NOTE, kk, kn,
          ["GIÁM ĐỐC", "", "", "", "Lý Thanh Sơn"])
    E = [("II.2.i", "in_progress", {"training_courses": 1, "participants": 28}, "Hỗ trợ kỹ thuật kết nối CSDL quốc gia về tiêu chuẩn, đo lường, chất lượng với hệ thống quản lý của Chi cục"),
         ("II.1.a", "completed", {"communications": 15}, "Đăng tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên Cổng TTĐT Sở"),
         ("II.2.h", "completed", {}, "Bảo trì máy chủ, đường truyền hệ thống giải quyết TTHC của Chi cục")]
    write_truth(fn, "SKHCN-TTCNTT", "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh",
                "133/BC-TTCNTT", "2026-10-30", E, kk, kn)


def snnmt():
    fn = "SNNMT - bang ke phoi hop CT38 nam 2026.xlsx"
    kk = ["Nhiều cơ sở kinh doanh phân bón nhỏ lẻ ở các xã ngoại thành thay đổi địa điểm thường xuyên, khó theo dõi sau kiểm tra."]
    kn = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ danh mục sản phẩm phân bón có nguy cơ cao về chất lượng để hai Sở phối hợp khảo sát năm 2027."]
    groups = [
        ("A. DỊCH VỤ KIỂM NGHIỆM (Trung tâm Kiểm nghiệm chất lượng nông lâm thủy sản)", [
            ("Kiểm nghiệm mẫu phân bón theo yêu cầu", "mẫu", 1240, 650000, 806000000, "Không", None, None),
            ("Kiểm nghiệm mẫu thức ăn chăn nuôi", "mẫu", 865, 720000, 622800000, "Không", None, None),
            ("Khảo sát chất lượng phân bón lưu thông (phối hợp Chi cục TĐC)", "mẫu", 30, 650000, 19500000, "Có – mục 5.b", "Hoàn thành", "kinh phí do Chi cục đặt hàng"),
        ]),
        ("B. QUẢN LÝ NHÀ NƯỚC", [
            ("Kiểm tra liên ngành vật tư nông nghiệp (phân bón, thuốc BVTV)", "cuộc", 4, None, None, "Có – mục 5.a", "Đang thực hiện", None),
            ("Cơ sở được kiểm tra", "cơ sở", 56, None, None, "Có – mục 5.a", None, None),
            ("Cơ sở vi phạm", "cơ sở", 7, None, None, "Có – mục 5.a", None, None),
            ("Tiền xử phạt vi phạm hành chính", "đồng", 112500000, None, None, "Có – mục 5.a", None, None),
            ("Góp ý dự thảo QCVN về phân bón, thức ăn chăn nuôi", "QCVN", 2, None, None, "Có – mục 2.e", "Xong", None),
            ("Tập huấn sản xuất theo VietGAP cho nông dân", "lớp", 12, None, None, "Không", None, None),
        ]),
    ]
    build(fn, "ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
          "6071/BC-SNNMT", "Thành phố Hồ Chí Minh, ngày 11 tháng 11 năm 2026",
          "BẢNG KÊ HOẠT ĐỘNG KIỂM NGHIỆM, KIỂM TRA VẬT TƯ NÔNG NGHIỆP NĂM 2026 (phục vụ báo cáo Kế hoạch CT38 của Sở Khoa học và Công nghệ)",
          "(Số liệu đến ngày 31/10/2026)", groups, NOTE, kk, kn,
          ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Mai Xuân Thịnh"])
    E = [("II.5.b", "completed", {"samples_tested": 30}, "Khảo sát chất lượng phân bón lưu thông (phối hợp Chi cục TĐC)"),
         ("II.5.a", "in_progress", {"inspections": 4, "establishments_inspected": 56, "violations": 7, "fines_vnd": 112500000}, "Kiểm tra liên ngành vật tư nông nghiệp (phân bón, thuốc BVTV)"),
         ("II.2.e", "completed", {"standards_reviewed": 2}, "Góp ý dự thảo QCVN về phân bón, thức ăn chăn nuôi")]
    write_truth(fn, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "6071/BC-SNNMT", "2026-11-11", E, kk, kn)


def run():
    ttpttn()
    ttcntt()
    snnmt()


if __name__ == "__main__":
    run()
