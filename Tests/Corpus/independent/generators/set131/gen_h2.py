# -*- coding: utf-8 -*-
"""Hand 2 - Phạm Văn Sang style: ward statistician's year-end KT-XH indicator sheet
(TH 2025 | KH 2026 | TH 11 tháng | Ước 2026 …) with the TĐC / CT38 rows as one block
among the ward's other economic and social indicators; status in the last column on the
first row of each job; 'Tồn tại' / 'Kiến nghị' lines under the table."""
from gen_common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def build(path, top_left, top_right, title, subtitle, cols, widths, rows, notes, sheet="TH_KTXH_11T", money_fmt="#,##0"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    n = len(cols)
    r = 1
    for i, (a, b) in enumerate(zip(top_left, top_right)):
        ws.cell(r + i, 1, a).font = Font(name="Times New Roman", bold=(i == 1), size=12)
        ws.merge_cells(start_row=r + i, start_column=1, end_row=r + i, end_column=3)
        ws.cell(r + i, 1).alignment = Alignment(horizontal="center")
        c = ws.cell(r + i, n - 4, b)
        c.font = Font(name="Times New Roman", bold=(i < 2), italic=(i == 3), size=12)
        ws.merge_cells(start_row=r + i, start_column=n - 4, end_row=r + i, end_column=n)
        c.alignment = Alignment(horizontal="center")
    r += len(top_left) + 1
    for t, b in ((title, True), (subtitle, False)):
        c = ws.cell(r, 1, t)
        c.font = Font(name="Times New Roman", bold=b, italic=not b, size=13 if b else 12)
        c.alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        r += 1
    r += 1
    hdr = r
    for j, h in enumerate(cols, 1):
        c = ws.cell(r, j, h)
        c.font = Font(name="Times New Roman", bold=True, size=11)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    ws.row_dimensions[r].height = 45
    r += 1
    for row in rows:
        group = isinstance(row, tuple) and row[0] == "G"
        vals = [row[1], row[2]] + [None] * (n - 2) if group else row
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.border = BOX
            c.font = Font(name="Times New Roman", size=11, bold=group)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                c.number_format = money_fmt if abs(v) >= 1000 else ("0.0" if isinstance(v, float) else "0")
                c.alignment = Alignment(horizontal="right")
            else:
                c.alignment = Alignment(wrap_text=True, vertical="center",
                                        horizontal="center" if (isinstance(v, str) and len(v) < 10) else "left")
        if group:
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=n)
        r += 1
    r += 1
    for line, style in notes:
        c = ws.cell(r, 1, line)
        c.font = Font(name="Times New Roman", size=12, bold=(style == "b"), italic=(style == "i"))
        c.alignment = Alignment(wrap_text=False)
        r += 1
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = ws.cell(hdr + 1, 1)
    ws.page_setup.orientation = "landscape"
    wb.save(path)


# ---------------------------------------------------------------- file 4
def f4():
    fn = "Bieu TH KTXH 11T 2026 - Di An.xlsx"
    cols = ["STT", "Mã CT", "Chỉ tiêu", "ĐVT", "TH 2025", "KH 2026", "TH 11T/2026", "Ước TH 2026", "Ước TH/KH (%)", "Tình hình (đến 30/11)"]
    en = []
    rows = [
        ("G", "A", "KINH TẾ"),
        [1, "KT.01", "Tổng mức bán lẻ hàng hóa, doanh thu dịch vụ", "tỷ đồng", 21450, 23200, 21960, 23900, 103.0, "Đạt"],
        [2, "KT.02", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", 1286, 1350, 1214, 1372, 101.6, "Đạt"],
        [3, "KT.03", "Hộ kinh doanh đăng ký mới", "hộ", 702, 650, 611, 668, 102.8, "Đạt"],
        ("G", "B", "TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG (KH triển khai Chỉ thị 38-CT/TW của Sở KH&CN)"),
        [4, "TĐC.01", "Tin, bài tuyên truyền về TCĐLCL, Chỉ thị 38-CT/TW", "tin/bài", 10, 12, 11, 13, 108.3, "Hoàn thành"],
        [5, "TĐC.02", "Số cuộc kiểm tra đo lường, chất lượng hàng hóa tại chợ, cửa hàng (nội dung phân cấp cho phường)", "cuộc", 3, 4, 4, 5, 125.0, "Đang thực hiện"],
        [6, "TĐC.03", "Số cơ sở được kiểm tra", "cơ sở", 44, 50, 57, 65, 130.0, None],
        [7, "TĐC.04", "Số cơ sở vi phạm", "cơ sở", 5, "-", 3, 3, "-", None],
        [8, "TĐC.05", "Tiền xử phạt vi phạm hành chính", "đồng", 3000000, "-", 2750000, 2750000, "-", None],
        [9, "TĐC.06", "Công chức phường được tập huấn nghiệp vụ TĐC", "người", 1, 2, 2, 2, 100.0, "Hoàn thành"],
        [10, "TĐC.07", "Duy trì HTQLCL theo TCVN ISO 9001:2015", "hệ thống", 1, 1, 1, 1, 100.0, "Hoàn thành"],
        [11, "TĐC.08", "Trường hợp tố giác vi phạm về TĐC được khen thưởng", "trường hợp", "-", "-", "-", "-", "-", "Không phát sinh"],
        ("G", "C", "VĂN HÓA - XÃ HỘI"),
        [12, "XH.01", "Hộ nghèo giảm trong năm", "hộ", 38, 30, 31, 31, 103.3, "Đạt"],
        [13, "XH.02", "Tỷ lệ khu phố văn hóa", "%", 96.0, 97.0, 97.2, 97.2, 100.2, "Đạt"],
    ]
    en.append(E("II.1.a", "completed", "Tin, bài tuyên truyền về TCĐLCL, Chỉ thị 38-CT/TW", communications=11))
    en.append(E("II.5.c", "in_progress", "Số cuộc kiểm tra đo lường, chất lượng hàng hóa tại chợ, cửa hàng (nội dung phân cấp cho phường)",
                inspections=4, establishments_inspected=57, violations=3, fines_vnd=2750000))
    en.append(E("II.3.a", "completed", "Công chức phường được tập huấn nghiệp vụ TĐC", participants=2))
    en.append(E("II.2.đ", "completed", "Duy trì HTQLCL theo TCVN ISO 9001:2015"))
    en.append(E("II.5.d", "not_applicable", "Trường hợp tố giác vi phạm về TĐC được khen thưởng"))
    dif = ["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; cán bộ Phòng Kinh tế kiêm nhiệm nhiều việc.",
           "Nhiều điểm kinh doanh tự phát ngoài chợ Dĩ An sử dụng cân không rõ nguồn gốc, khó quản lý."]
    pro = ["Đề nghị Chi cục TĐC hướng dẫn cụ thể trình tự kiểm tra, lập biên bản vi phạm về đo lường thuộc thẩm quyền của phường."]
    notes = [("Ghi chú: Số liệu TH 11T tính từ 01/01/2026 đến 30/11/2026; cột Ước TH 2026 gồm số ước tháng 12.", "i"),
             ("Tồn tại:", "b")] + [("- " + x, "") for x in dif] + [("Kiến nghị:", "b")] + [("- " + x, "") for x in pro] + [
             ("", ""), ("Người lập biểu: Phạm Văn Sang", "i"), ("KT. CHỦ TỊCH - PHÓ CHỦ TỊCH: Võ Thị Ngọc Hân", "b")]
    build(os.path.join(OUT, fn),
          ["ỦY BAN NHÂN DÂN", "PHƯỜNG DĨ AN", "Số: 488/BC-UBND", ""],
          ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Dĩ An, ngày 26 tháng 11 năm 2026"],
          "BIỂU TỔNG HỢP CHỈ TIÊU KINH TẾ - XÃ HỘI 11 THÁNG NĂM 2026",
          "(Kèm theo Báo cáo số 488/BC-UBND ngày 26/11/2026 của UBND phường Dĩ An)",
          cols, [5, 8, 48, 10, 11, 11, 12, 12, 10, 18], rows, notes)
    key(fn, "25942", "Phường Dĩ An", "488/BC-UBND", "2026-11-26", en, dif, pro)


# ---------------------------------------------------------------- file 5
def f5():
    fn = "xuyenmoc_bieu_tongket_2026.xlsx"
    cols = ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2025", "Kế hoạch năm 2026", "Thực hiện 11 tháng", "Ước cả năm 2026", "So sánh (%) Ước/KH", "Đánh giá"]
    rows = [
        ("G", "I", "NÔNG NGHIỆP"),
        [1, "Diện tích gieo trồng cây hằng năm", "ha", 9840, 9900, 9615, 9870, 99.7, "Cơ bản đạt"],
        [2, "Tổng đàn heo", "con", 61200, 63000, 64150, 64500, 102.4, "Đạt"],
        ("G", "II", "THƯƠNG MẠI - DỊCH VỤ"),
        [3, "Tổng mức bán lẻ hàng hóa", "tỷ đồng", 3615, 3900, 3588, 3960, 101.5, "Đạt"],
        ("G", "III", "QUẢN LÝ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG (KH 38 - Sở KHCN)"),
        [4, "Tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng", "tin, bài", 5, 6, 6, 7, 116.7, "Hoàn thành"],
        [5, "Hội nghị phổ biến quy định ghi nhãn hàng hóa cho hộ kinh doanh", "hội nghị", 1, 1, 1, 1, 100.0, "Hoàn thành"],
        [6, "Lượt người tham dự hội nghị", "lượt", 52, 60, 65, 65, 108.3, None],
        [7, "Cuộc kiểm tra nhãn hàng hóa, đo lường tại chợ Xuyên Mộc, đại lý phân bón", "cuộc", 2, 2, 2, 2, 100.0, "Hoàn thành"],
        [8, "Cơ sở được kiểm tra", "cơ sở", 18, 20, 23, 23, 115.0, None],
        [9, "Cơ sở vi phạm", "cơ sở", 1, "-", "-", "-", "-", None],
        [10, "Mẫu phân bón phối hợp Chi cục TĐC lấy khảo sát chất lượng", "mẫu", "-", 5, 5, 5, 100.0, "Đang thực hiện (chờ kết quả thử nghiệm)"],
        [11, "Công chức xã tham gia tập huấn nghiệp vụ TĐC", "người", 2, 3, 3, 3, 100.0, "Hoàn thành"],
        ("G", "IV", "VĂN HÓA - XÃ HỘI"),
        [12, "Lao động được giải quyết việc làm", "người", 1120, 1100, 1046, 1150, 104.5, "Đạt"],
    ]
    en = [E("II.1.a", "completed", "Tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng", communications=6, training_courses=1, participants=65),
          E("II.5.c", "completed", "Cuộc kiểm tra nhãn hàng hóa, đo lường tại chợ Xuyên Mộc, đại lý phân bón", inspections=2, establishments_inspected=23),
          E("II.5.b", "in_progress", "Mẫu phân bón phối hợp Chi cục TĐC lấy khảo sát chất lượng", samples_tested=5),
          E("II.3.a", "completed", "Công chức xã tham gia tập huấn nghiệp vụ TĐC", participants=3)]
    dif = ["Xã chưa được giao kinh phí cho hoạt động tiêu chuẩn, đo lường, chất lượng; chi phí in tài liệu tuyên truyền phải lồng ghép từ nguồn khác."]
    pro = ["Đề nghị Sở Khoa học và Công nghệ cấp phát tài liệu, tờ rơi tuyên truyền về ghi nhãn hàng hóa cho các xã."]
    notes = [("* Thực hiện 11 tháng: số liệu từ 01/01 đến 30/11/2026.", "i"), ("Khó khăn:", "b")] + [("- " + x, "") for x in dif] + \
            [("Đề xuất:", "b")] + [("- " + x, "") for x in pro] + [("", ""), ("Người lập: Sang - VP HĐND&UBND xã", "i")]
    build(os.path.join(OUT, fn),
          ["UBND XÃ XUYÊN MỘC", "VĂN PHÒNG HĐND VÀ UBND", "Số: 352/BC-UBND", ""],
          ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Xuyên Mộc, ngày 05 tháng 12 năm 2026"],
          "BIỂU ƯỚC THỰC HIỆN CÁC CHỈ TIÊU NĂM 2026",
          "(Phục vụ Báo cáo tổng kết năm 2026 của UBND xã Xuyên Mộc)",
          cols, [5, 50, 10, 12, 12, 12, 12, 11, 24], rows, notes, sheet="Bieu UTH 2026")
    key(fn, "26632", "Xã Xuyên Mộc", "352/BC-UBND", "2026-12-05", en, dif, pro)


# ---------------------------------------------------------------- file 6
def f6():
    fn = "ConDao - So lieu KTXH nam 2026.xlsx"
    cols = ["STT", "Mã số", "Tên chỉ tiêu", "Đơn vị tính", "Năm 2025", "Kế hoạch 2026", "11 tháng 2026", "Ước 2026", "Tình hình thực hiện"]
    rows = [
        ("G", "KT-TM", "Thương mại, dịch vụ, tiêu chuẩn - đo lường - chất lượng"),
        [1, "KT-TM-01", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "tỷ đồng", 1245, 1380, 1302, 1421, "Vượt KH"],
        [2, "KT-TM-02", "Hàng hóa thiết yếu vận chuyển ra đảo", "tấn", 61800, 64000, 59720, 65100, "Đạt"],
        [3, "KT-TM-03", "Tin, bài tuyên truyền tiêu chuẩn, đo lường, chất lượng (KH38)", "tin, bài", 6, 8, 8, 9, "Hoàn thành"],
        [4, "KT-TM-04", "Cuộc kiểm tra hàng hóa, đo lường phối hợp Chi cục TĐC (KH38)", "cuộc", 1, 2, 2, 2, "Hoàn thành"],
        [5, "KT-TM-05", "Cơ sở kinh doanh được kiểm tra (KH38)", "cơ sở", 11, 15, 19, 19, None],
        [6, "KT-TM-06", "Cơ sở vi phạm (KH38)", "cơ sở", 2, "-", 1, 1, None],
        [7, "KT-TM-07", "Tiền phạt vi phạm hành chính (KH38)", "đồng", 2000000, "-", 1500000, 1500000, None],
        [8, "KT-TM-08", "Cân đối chứng đang duy trì tại chợ (KH38)", "cái", 2, 3, 3, 3, None],
        [9, "KT-TM-09", "Công chức được tập huấn nghiệp vụ TĐC (KH38)", "người", 1, 2, 2, 2, "Hoàn thành"],
        [10, "KT-TM-10", "Hệ thống quản lý chất lượng TCVN ISO 9001:2015 (KH38)", "hệ thống", 1, 1, 1, 1, "Đang thực hiện (xây dựng lại theo mô hình đặc khu)"],
        [11, "KT-TM-11", "Tố giác vi phạm TĐC được khen thưởng (KH38)", "trường hợp", "-", "-", "-", "-", "Không phát sinh"],
        [12, "KT-TM-12", "Số chợ đang hoạt động", "chợ", 2, 2, 2, 2, "Đạt"],
        ("G", "KT-DL", "Du lịch"),
        [13, "KT-DL-01", "Lượt khách du lịch", "nghìn lượt", 712, 760, 748, 805, "Vượt KH"],
    ]
    en = [E("II.1.a", "completed", "Tin, bài tuyên truyền tiêu chuẩn, đo lường, chất lượng (KH38)", communications=8),
          E("II.5.c", "completed", "Cuộc kiểm tra hàng hóa, đo lường phối hợp Chi cục TĐC (KH38)", inspections=2, establishments_inspected=19, violations=1, fines_vnd=1500000),
          E("II.3.a", "completed", "Công chức được tập huấn nghiệp vụ TĐC (KH38)", participants=2),
          E("II.2.đ", "in_progress", "Hệ thống quản lý chất lượng TCVN ISO 9001:2015 (KH38)"),
          E("II.5.d", "not_applicable", "Tố giác vi phạm TĐC được khen thưởng (KH38)")]
    dif = ["Hàng hóa chủ yếu vận chuyển từ đất liền ra đảo, việc lấy mẫu, gửi thử nghiệm gặp khó khăn, chi phí cao.",
           "Các phương tiện đo của cơ sở kinh doanh trên đảo khó đưa vào đất liền kiểm định đúng hạn."]
    pro = ["Đề nghị Chi cục TĐC bố trí 01 đợt kiểm định phương tiện đo tại chỗ cho các cơ sở kinh doanh trên đảo trong năm 2027."]
    notes = [("Ghi chú: các dòng có ký hiệu (KH38) là nội dung báo cáo theo Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ.", "i"),
             ("Tồn tại, hạn chế:", "b")] + [("- " + x, "") for x in dif] + [("Kiến nghị:", "b")] + [("- " + x, "") for x in pro]
    build(os.path.join(OUT, fn),
          ["ỦY BAN NHÂN DÂN", "ĐẶC KHU CÔN ĐẢO", "Số: 167/BC-UBND", ""],
          ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Côn Đảo, ngày 30 tháng 11 năm 2026"],
          "SỐ LIỆU THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2026",
          "(Chính thức 11 tháng, ước cả năm)",
          cols, [5, 10, 52, 11, 11, 12, 12, 11, 30], rows, notes, sheet="KTXH 2026")
    key(fn, "26732", "Đặc khu Côn Đảo", "167/BC-UBND", "2026-11-30", en, dif, pro)


def run():
    f4(); f5(); f6()
