"""Hand H3 — a legal/general specialist who proves every task with the documents issued.
XLSX, one sheet 'DM van ban': title rows (agency, Số, date line), then
STT | Nhiệm vụ (theo KH Sở KHCN) | Số, ký hiệu văn bản | Ngày ban hành | Trích yếu | Kết quả cụ thể | Tình trạng
The task text is written only on the first document row of each task (the rows below are left
blank, not merged). 'Ngày ban hành' are real Excel dates (dd/mm/yyyy). Footer rows with merged
cells for 'Khó khăn, vướng mắc' and 'Kiến nghị', then 'Người lập biểu' and the signer."""
import os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from common import *

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
WR = Alignment(wrap_text=True, vertical="top")


def build(fname, unit, issuer, number, date_line, date_iso, groups, diffs, props, preparer, signer,
          entries, resave=False, sheet="DM van ban"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    widths = [6, 34, 20, 13, 42, 40, 16]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"
    ws["A2"] = issuer
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: " + number
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["E1"].font = Font(bold=True)
    ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["E3"] = date_line
    ws["E3"].font = Font(italic=True)
    ws.merge_cells("A5:G5")
    ws["A5"] = "DANH MỤC VĂN BẢN VÀ KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"
    ws["A5"].font = Font(bold=True, size=13)
    ws["A5"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A6:G6")
    ws["A6"] = "(Kèm theo báo cáo gửi Sở Khoa học và Công nghệ - Chi cục Tiêu chuẩn Đo lường Chất lượng)"
    ws["A6"].alignment = Alignment(horizontal="center")
    head = ["STT", "Nhiệm vụ (theo KH Sở KHCN)", "Số, ký hiệu văn bản", "Ngày ban hành", "Trích yếu nội dung", "Kết quả cụ thể", "Tình trạng"]
    r = 8
    for j, h in enumerate(head, 1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True)
        c.border = B
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r += 1
    stt = 0
    for g in groups:
        first = True
        for doc in g["docs"]:
            stt += 1
            vals = [stt, g["task"] if first else None, doc[0], doc[1], doc[2], doc[3] if len(doc) > 3 else None,
                    g["status"] if first else None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v)
                c.border = B
                c.alignment = WR
                if j == 4 and isinstance(v, dt.date):
                    c.number_format = "dd/mm/yyyy"
            first = False
            r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(r, 1, "Khó khăn, vướng mắc:").font = Font(bold=True)
    r += 1
    for x in diffs:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1, "- " + x).alignment = WR
        ws.row_dimensions[r].height = 32
        r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(r, 1, "Kiến nghị:").font = Font(bold=True)
    r += 1
    for x in props:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1, "- " + x).alignment = WR
        ws.row_dimensions[r].height = 32
        r += 1
    r += 1
    ws.cell(r, 2, "NGƯỜI LẬP BIỂU").font = Font(bold=True)
    ws.cell(r, 5, signer.split("|")[0]).font = Font(bold=True)
    ws.cell(r + 4, 2, preparer).font = Font(bold=True)
    ws.cell(r + 4, 5, signer.split("|")[1]).font = Font(bold=True)
    ws.freeze_panes = "A9"
    ws.page_setup.orientation = "landscape"
    path = os.path.join(ROOT, fname)
    wb.save(path)
    if resave:
        lo_resave(path, "xlsx")
    write_key(fname, unit, number, date_iso, entries, diffs, props)


D = dt.datetime


def f8():
    groups = [
        dict(task="Mục 2.c - Góp ý sửa đổi, bổ sung văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng", status="Hoàn thành",
             docs=[("1843/STP-XDKTVB", D(2026, 4, 14), "V/v góp ý dự thảo Nghị định quy định chi tiết Luật Chất lượng sản phẩm, hàng hóa (sửa đổi)", "Đã gửi ý kiến góp ý 12 nội dung"),
                   ("2561/STP-XDKTVB", D(2026, 6, 2), "V/v thẩm định dự thảo Quyết định của UBND Thành phố quy định phân cấp quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng", "Báo cáo thẩm định đã gửi Sở KHCN")]),
        dict(task="Mục 1.a - Tuyên truyền, phổ biến văn bản pháp luật về tiêu chuẩn, đo lường, chất lượng", status="Hoàn thành",
             docs=[("95/KH-STP", D(2026, 1, 22), "Kế hoạch phổ biến, giáo dục pháp luật năm 2026 (có nội dung Luật Tiêu chuẩn và Quy chuẩn kỹ thuật)", "Lồng ghép 03 hội nghị phổ biến pháp luật, 410 lượt người dự"),
                   ("3107/STP-PBGDPL", D(2026, 7, 9), "V/v đăng tải tài liệu phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng", "Đăng 05 tin, bài trên Cổng thông tin điện tử Sở Tư pháp")]),
    ]
    diffs = ["Thời gian lấy ý kiến đối với một số dự thảo văn bản ngắn, Sở chưa kịp tổ chức lấy ý kiến chuyên gia."]
    props = ["Đề nghị Sở Khoa học và Công nghệ gửi dự thảo văn bản lấy ý kiến sớm hơn, tối thiểu 10 ngày làm việc."]
    entries = [
        ("II.2.c", "completed", {}, "V/v góp ý dự thảo Nghị định quy định chi tiết Luật Chất lượng sản phẩm, hàng hóa (sửa đổi)", "xl/worksheets/sheet1.xml rows 9-10"),
        ("II.1.a", "completed", {"training_courses": 3, "participants": 410, "communications": 5},
         "Lồng ghép 03 hội nghị phổ biến pháp luật, 410 lượt người dự", "xl/worksheets/sheet1.xml rows 11-12"),
    ]
    build("STP_danh-muc-van-ban_CT38_2026.xlsx", "SO-TP", "SỞ TƯ PHÁP", "2210/BC-STP",
          "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026", "2026-10-30", groups, diffs, props,
          "Nguyễn Thanh Tú", "KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC|Lâm Văn Khải", entries)


def f9():
    groups = [
        dict(task="Mục 2.h - Kết nối liên thông Cổng thông tin một cửa quốc gia (đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu)", status="Hoàn thành",
             docs=[("1120/VP-KSTT", D(2026, 2, 20), "V/v phối hợp kết nối, tích hợp thủ tục đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu", "Đã kết nối liên thông 02 thủ tục hành chính"),
                   ("1398/VP-KSTT", D(2026, 3, 27), "V/v vận hành thử nghiệm liên thông", "Vận hành chính thức từ 01/4/2026")]),
        dict(task="Mục 2.i - Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng", status="Đang thực hiện",
             docs=[("2876/VP-KSTT", D(2026, 8, 5), "V/v chia sẻ dữ liệu thủ tục hành chính lĩnh vực tiêu chuẩn, đo lường, chất lượng lên Hệ thống thông tin giải quyết thủ tục hành chính", "Đang phối hợp Phòng Chuyển đổi số thử nghiệm API")]),
        dict(task="Mục 2.đ - Duy trì, cải tiến HTQLCL TCVN ISO 9001:2015", status="Hoàn thành",
             docs=[("77/QĐ-VP", D(2026, 1, 15), "Quyết định công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 của Văn phòng UBND Thành phố", "Đã công bố, cập nhật quy trình"),
                   ("2290/KH-VP", D(2026, 6, 18), "Kế hoạch đánh giá nội bộ Hệ thống quản lý chất lượng năm 2026", "Đã đánh giá nội bộ tại 07 phòng")]),
    ]
    diffs = ["Dữ liệu thủ tục hành chính lĩnh vực tiêu chuẩn, đo lường, chất lượng trên các hệ thống chưa đồng bộ danh mục, phải cập nhật thủ công."]
    props = ["Đề nghị Sở Khoa học và Công nghệ chủ trì chuẩn hóa danh mục dữ liệu dùng chung trước khi kết nối cơ sở dữ liệu quốc gia."]
    entries = [
        ("II.2.h", "completed", {}, "Đã kết nối liên thông 02 thủ tục hành chính", "xl/worksheets/sheet1.xml rows 9-10"),
        ("II.2.i", "in_progress", {}, "Đang phối hợp Phòng Chuyển đổi số thử nghiệm API", "xl/worksheets/sheet1.xml row 11"),
        ("II.2.đ", "completed", {}, "Đã đánh giá nội bộ tại 07 phòng", "xl/worksheets/sheet1.xml rows 12-13"),
    ]
    build("VPUBND-DanhMucVB-KH-CT38.xlsx", "VP-UBND", "VĂN PHÒNG ỦY BAN NHÂN DÂN THÀNH PHỐ", "318/BC-VP",
          "Thành phố Hồ Chí Minh, ngày 20 tháng 10 năm 2026", "2026-10-20", groups, diffs, props,
          "Trương Mỹ Dung", "KT. CHÁNH VĂN PHÒNG - PHÓ CHÁNH VĂN PHÒNG|Bùi Tấn Lực", entries, resave=True)


def f10():
    groups = [
        dict(task="Mục 5.d - Bảo vệ người tố giác; xử lý nghiêm tham nhũng, tiêu cực trong lĩnh vực tiêu chuẩn, đo lường, chất lượng", status="Đang thực hiện",
             docs=[("412/TTTP-P3", D(2026, 5, 6), "V/v chuyển đơn tố giác hành vi gian lận đo lường tại cửa hàng xăng dầu", "Đã chuyển cơ quan có thẩm quyền xử lý theo quy định"),
                   ("698/TTTP-P3", D(2026, 8, 25), "V/v đôn đốc giải quyết đơn tố giác", "Đang theo dõi kết quả giải quyết")]),
        dict(task="Mục 5.a - Thanh tra, kiểm tra về tiêu chuẩn, đo lường, chất lượng", status="Hoàn thành",
             docs=[("205/QĐ-TTTP", D(2026, 3, 2), "Quyết định thanh tra chuyên đề việc chấp hành pháp luật về đo lường trong kinh doanh xăng dầu", "01 cuộc thanh tra tại 14 cơ sở"),
                   ("512/KL-TTTP", D(2026, 7, 14), "Kết luận thanh tra chuyên đề", "Phát hiện 04 cơ sở vi phạm; đã ban hành 04 quyết định xử phạt, tổng số tiền 62.000.000 đồng")]),
    ]
    diffs = ["Việc xác minh đơn tố giác về gian lận đo lường cần thiết bị chuyên dụng, Thanh tra Thành phố phải phụ thuộc vào lực lượng chuyên môn của Chi cục."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cử công chức phối hợp thường xuyên khi xác minh đơn tố giác về đo lường."]
    entries = [
        ("II.5.d", "in_progress", {}, "V/v chuyển đơn tố giác hành vi gian lận đo lường tại cửa hàng xăng dầu", "xl/worksheets/sheet1.xml rows 9-10"),
        ("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 14, "violations": 4, "fines_vnd": 62000000},
         "Phát hiện 04 cơ sở vi phạm; đã ban hành 04 quyết định xử phạt, tổng số tiền 62.000.000 đồng", "xl/worksheets/sheet1.xml rows 11-12"),
    ]
    build("TTTP_van-ban-CT38-nam2026.xlsx", "THANHTRA-TP", "THANH TRA THÀNH PHỐ", "145/BC-TTTP",
          "Thành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026", "2026-11-03", groups, diffs, props,
          "Hồ Quang Vinh", "KT. CHÁNH THANH TRA - PHÓ CHÁNH THANH TRA|Mai Xuân Thành", entries)


def f11():
    groups = [
        dict(task="Mục 4.a - Đầu tư cơ sở vật chất, trang thiết bị cho đơn vị sự nghiệp công lập thuộc Sở KHCN", status="Đang thực hiện",
             docs=[("3312/STC-HCSN", D(2026, 3, 10), "V/v thẩm định dự toán mua sắm thiết bị phân tích, thử nghiệm của Trung tâm Dịch vụ Phân tích thí nghiệm", "Thống nhất dự toán 4.850.000.000 đồng"),
                   ("4718/STC-HCSN", D(2026, 9, 30), "V/v tình hình giải ngân vốn mua sắm thiết bị năm 2026", "Giải ngân đến 30/9/2026: 3.126.400.000 đồng")]),
        dict(task="Mục 4.c - Đầu tư, duy trì chuẩn đo lường chính", status="Chưa phát sinh",
             docs=[("-", None, "Chưa nhận được đề nghị bố trí kinh phí", None)]),
    ]
    diffs = ["Thủ tục mua sắm thiết bị chuyên dùng kéo dài do phải lấy báo giá, thẩm định giá nhiều lần."]
    props = ["Đề nghị Sở Khoa học và Công nghệ gửi danh mục thiết bị đầu tư năm 2027 trước ngày 15/12/2026 để Sở Tài chính kịp thẩm định."]
    entries = [
        ("II.4.a", "in_progress", {"budget_spent_vnd": 3126400000}, "Giải ngân đến 30/9/2026: 3.126.400.000 đồng", "xl/worksheets/sheet1.xml rows 9-10"),
        ("II.4.c", "not_applicable", {}, "Chưa nhận được đề nghị bố trí kinh phí", "xl/worksheets/sheet1.xml row 11"),
    ]
    build("STC-BieuVanBan-CT38.xlsx", "SO-TC", "SỞ TÀI CHÍNH", "5630/BC-STC",
          "Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026", "2026-10-26", groups, diffs, props,
          "Phan Thị Kim Yến", "KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC|Tô Minh Đức", entries, resave=True)


if __name__ == "__main__":
    f8(); f9(); f10(); f11()
