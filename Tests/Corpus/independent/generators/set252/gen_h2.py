# -*- coding: utf-8 -*-
"""Hand H2 — anh Phạm Minh Sang, statistician of a city department, XLSX.
Header typed in cells (parent / unit / Số on the left, quốc hiệu / place-date on the right),
a 'PHỤ LỤC' title with '(Kèm theo Báo cáo số … ngày …)', then a table
STT | Nội dung nhiệm vụ | Hoạt động cụ thể | Thời gian | Số lượng | ĐVT | Tình hình thực hiện
with a grey band row per task (Roman-less Arabic STT, status in the band's last cell) and one
activity per row below it (STT '1.1', month in 'Thời gian', real numbers formatted #,##0).
Closes with 'KHÓ KHĂN, VƯỚNG MẮC' / 'KIẾN NGHỊ' rows and a NGƯỜI LẬP BIỂU / THỦ TRƯỞNG ĐƠN VỊ pair."""
from common import *
from openpyxl.utils import get_column_letter

HDR = ["STT", "Nội dung nhiệm vụ\n(theo Kế hoạch 38)", "Hoạt động cụ thể của đơn vị", "Thời gian",
       "Số lượng", "ĐVT", "Tình hình\nthực hiện"]
WID = [6, 34, 52, 14, 12, 12, 18]


def h2_book(fname, sheet, parent, unit_caps, so, place_date, title, kem_theo, tasks, kk, dx,
            lap_bieu, thu_truong, sign_title):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for i, w in enumerate(WID, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells("A1:C1"); xcell(ws, "A1", parent, center=True)
    ws.merge_cells("A2:C2"); xcell(ws, "A2", unit_caps, bold=True, center=True)
    ws.merge_cells("A3:C3"); xcell(ws, "A3", "Số: " + so, center=True)
    ws.merge_cells("D1:G1"); xcell(ws, "D1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True)
    ws.merge_cells("D2:G2"); xcell(ws, "D2", "Độc lập - Tự do - Hạnh phúc", bold=True, center=True)
    ws.merge_cells("D3:G3"); xcell(ws, "D3", place_date, italic=True, center=True)
    ws.merge_cells("A5:G5"); xcell(ws, "A5", title, bold=True, center=True, size=13)
    ws.merge_cells("A6:G6"); xcell(ws, "A6", kem_theo, italic=True, center=True)
    r = 8
    for j, h in enumerate(HDR, 1):
        xcell(ws, f"{get_column_letter(j)}{r}", h, bold=True, wrap=True, center=True, border=True)
    ws.row_dimensions[r].height = 32
    r += 1
    for n, (name, status, acts) in enumerate(tasks, 1):
        vals = [str(n), name, None, None, None, None, status]
        for j, v in enumerate(vals, 1):
            xcell(ws, f"{get_column_letter(j)}{r}", v, bold=(j in (1, 2)), wrap=True, fill=GREY, border=True)
        r += 1
        for m, (act, when, qty, dvt) in enumerate(acts, 1):
            vals = [f"{n}.{m}", None, act, when, qty, dvt, None]
            for j, v in enumerate(vals, 1):
                fmt = "#,##0" if (j == 5 and isinstance(v, (int, float))) else None
                xcell(ws, f"{get_column_letter(j)}{r}", v, wrap=True, border=True, fmt=fmt)
            r += 1
    r += 1
    ws.merge_cells(f"A{r}:G{r}"); xcell(ws, f"A{r}", "KHÓ KHĂN, VƯỚNG MẮC", bold=True); r += 1
    for i, t in enumerate(kk or ["Không có."], 1):
        ws.merge_cells(f"B{r}:G{r}")
        xcell(ws, f"A{r}", str(i) if kk else None, center=True); xcell(ws, f"B{r}", t, wrap=True)
        ws.row_dimensions[r].height = 30; r += 1
    ws.merge_cells(f"A{r}:G{r}"); xcell(ws, f"A{r}", "KIẾN NGHỊ, ĐỀ XUẤT", bold=True); r += 1
    for i, t in enumerate(dx or ["Không có."], 1):
        ws.merge_cells(f"B{r}:G{r}")
        xcell(ws, f"A{r}", str(i) if dx else None, center=True); xcell(ws, f"B{r}", t, wrap=True)
        ws.row_dimensions[r].height = 30; r += 1
    r += 1
    xcell(ws, f"B{r}", "NGƯỜI LẬP BIỂU", bold=True, center=True)
    ws.merge_cells(f"E{r}:G{r}"); xcell(ws, f"E{r}", sign_title, bold=True, center=True)
    r += 1
    ws.merge_cells(f"E{r}:G{r}"); xcell(ws, f"E{r}", "THỦ TRƯỞNG ĐƠN VỊ", bold=True, center=True)
    r += 4
    xcell(ws, f"B{r}", lap_bieu, bold=True, center=True)
    ws.merge_cells(f"E{r}:G{r}"); xcell(ws, f"E{r}", thu_truong, bold=True, center=True)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.save(os.path.join(OUT, fname))


def build():
    # ------------------------------------------------------------ Sở Y tế
    f = "SYT_PL-ket-qua-CT38-10thang.xlsx"
    tasks = [
        ("Góp ý dự thảo quy chuẩn, tiêu chuẩn trang thiết bị y tế", "Hoàn thành",
         [("Góp ý dự thảo QCVN về thiết bị X-quang chẩn đoán và 02 dự thảo TCVN găng tay y tế (Công văn 2210/SYT-TTB)",
           "Tháng 5/2026", 3, "dự thảo")]),
        ("Kiểm tra đo lường, chất lượng trang thiết bị y tế", "Đang thực hiện",
         [("Kiểm tra việc kiểm định phương tiện đo nhóm 2 tại bệnh viện, phòng khám", "T3 - T9/2026", 6, "cuộc"),
          ("Số cơ sở khám chữa bệnh được kiểm tra", "", 38, "cơ sở"),
          ("Cơ sở vi phạm (sử dụng phương tiện đo quá hạn kiểm định)", "", 3, "cơ sở"),
          ("Tiền xử phạt vi phạm hành chính", "", 21000000, "đồng"),
          ("Phương tiện đo (huyết áp kế, cân sức khỏe, nhiệt kế) được kiểm định lại theo yêu cầu", "", 1240, "chiếc")]),
        ("Khảo sát chất lượng sản phẩm", "Hoàn thành",
         [("Lấy mẫu khẩu trang y tế, dung dịch sát khuẩn tay trên thị trường để thử nghiệm", "Tháng 7/2026", 30, "mẫu")]),
        ("Cử công chức tham gia tập huấn về TĐC", "Hoàn thành",
         [("Cử công chức Phòng Nghiệp vụ Dược - Trang thiết bị dự lớp của Chi cục TĐC", "Tháng 6/2026", 4, "người")]),
        ("Duy trì HTQLCL ISO 9001 tại cơ quan Sở", "Hoàn thành", []),
        ("Phối hợp APO nâng cao năng suất khu vực công", "Không phát sinh", []),
    ]
    kk = ["Một số cơ sở khám chữa bệnh tư nhân chưa lập danh mục phương tiện đo phải kiểm định.",
          "Chi phí kiểm định phương tiện đo y tế tại các trạm y tế cơ sở chưa được bố trí riêng."]
    dx = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hướng dẫn danh mục phương tiện đo nhóm 2 dùng trong y tế cập nhật theo quy định mới."]
    h2_book(f, "PL_CT38", "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ Y TẾ", "6218/BC-SYT",
            "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
            "PHỤ LỤC KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
            "(Kèm theo Báo cáo số 6218/BC-SYT ngày 28/10/2026 của Sở Y tế; số liệu từ 01/01/2026 đến 20/10/2026)",
            tasks, kk, dx, "Lê Hoàng Sang", "Nguyễn Anh Dũng", "KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC")
    T = lambda t: t[0] + " — " + " ; ".join(a[0] for a in t[2])
    key(f, "SO-YT", "Sở Y tế", "6218/BC-SYT", "2026-10-28", [
        E("II.2.e", "completed", T(tasks[0]), standards_reviewed=3),
        E("II.5.a", "in_progress", T(tasks[1]), inspections=6, establishments_inspected=38, violations=3,
          fines_vnd=21000000, instruments_verified=1240),
        E("II.5.b", "completed", T(tasks[2]), samples_tested=30),
        E("II.3.a", "completed", T(tasks[3]), participants=4),
        E("II.2.đ", "completed", tasks[4][0]),
        E("II.6.b", "not_applicable", tasks[5][0]),
    ], kk, dx)

    # ------------------------------------------------------------ Sở Tài chính
    f = "STC_bieu-CT38-2026.xlsx"
    tasks = [
        ("Bố trí, giải ngân vốn đầu tư trang thiết bị cho đơn vị sự nghiệp thuộc Sở KH&CN", "Đang thực hiện",
         [("Thẩm định, trình UBND TP giao vốn mua sắm thiết bị thử nghiệm cho Trung tâm Dịch vụ Phân tích thí nghiệm (vốn giao 18.600.000.000 đồng)",
           "Tháng 4/2026", None, None),
          ("Giá trị giải ngân lũy kế đến 30/9/2026", "30/9/2026", 11430000000, "đồng")]),
        ("Góp ý dự thảo văn bản quy phạm pháp luật có liên quan (phí, lệ phí trong lĩnh vực TĐC)", "Hoàn thành",
         [("Góp ý dự thảo Nghị quyết HĐND TP về phí thẩm định cấp giấy chứng nhận", "Tháng 8/2026", 1, "văn bản")]),
        ("Duy trì HTQLCL ISO 9001 tại cơ quan Sở", "Hoàn thành", []),
        ("Cử công chức dự tập huấn về TĐC", "Hoàn thành",
         [("Cử công chức Phòng Tài chính hành chính sự nghiệp dự tập huấn", "Tháng 6/2026", 2, "người")]),
        ("Tuyên truyền về TĐC", "Không phát sinh", []),
    ]
    kk = ["Hồ sơ đề xuất mua sắm thiết bị của đơn vị sử dụng vốn gửi chậm, phải bổ sung nhiều lần."]
    dx = ["Đề nghị Sở Khoa học và Công nghệ chỉ đạo Trung tâm Dịch vụ Phân tích thí nghiệm đẩy nhanh lựa chọn nhà thầu để giải ngân hết vốn năm 2026."]
    h2_book(f, "Bieu", "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ TÀI CHÍNH", "9304/BC-STC",
            "TP. Hồ Chí Minh, ngày 02 tháng 11 năm 2026",
            "BIỂU KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG PHỐI HỢP - KẾ HOẠCH 38 NĂM 2026",
            "(Kèm theo Báo cáo số 9304/BC-STC ngày 02/11/2026)",
            tasks, kk, dx, "Phạm Minh Sang", "Võ Thị Thu Hà", "KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC")
    key(f, "SO-TC", "Sở Tài chính", "9304/BC-STC", "2026-11-02", [
        E("II.4.a", "in_progress", T(tasks[0]), budget_spent_vnd=11430000000),
        E("II.2.c", "completed", T(tasks[1])),
        E("II.2.đ", "completed", tasks[2][0]),
        E("II.3.a", "completed", T(tasks[3]), participants=2),
        E("II.1.a", "not_applicable", tasks[4][0]),
    ], kk, dx)

    # ------------------------------------------------------------ Sở An toàn thực phẩm
    f = "SATTP_PL01_CT38.xlsx"
    tasks = [
        ("Tập huấn, tuyên truyền quy định về nhãn hàng hóa, công bố sản phẩm thực phẩm", "Hoàn thành",
         [("Lớp tập huấn cho doanh nghiệp, hộ sản xuất thực phẩm", "Quý I - Quý III", 6, "lớp"),
          ("Lượt người tham dự", "", 540, "lượt người"),
          ("Tin, bài, video clip tuyên truyền", "", 22, "tin, bài")]),
        ("Hướng dẫn doanh nghiệp tự công bố sản phẩm, áp dụng tiêu chuẩn", "Đang thực hiện",
         [("Doanh nghiệp được hướng dẫn hồ sơ tự công bố, áp dụng ISO 22000/HACCP", "Thường xuyên", 63, "doanh nghiệp")]),
        ("Kiểm tra nhãn hàng hóa, chất lượng thực phẩm lưu thông", "Đang thực hiện",
         [("Cuộc kiểm tra liên ngành, chuyên ngành", "T1 - T10/2026", 12, "cuộc"),
          ("Cơ sở được kiểm tra", "", 140, "cơ sở"),
          ("Cơ sở vi phạm", "", 17, "cơ sở"),
          ("Số tiền xử phạt", "", 236500000, "đồng")]),
        ("Lấy mẫu giám sát chất lượng", "Hoàn thành",
         [("Mẫu thực phẩm được lấy, kiểm nghiệm", "T3 - T9/2026", 85, "mẫu")]),
        ("Kết nối cơ sở dữ liệu quốc gia về TĐC", "Chưa thực hiện",
         [("Chưa có hướng dẫn kỹ thuật kết nối với phần mềm quản lý của Sở", "", None, None)]),
    ]
    kk = ["Số lượng cơ sở sản xuất, kinh doanh thực phẩm nhỏ lẻ rất lớn, lực lượng thanh tra, kiểm tra còn mỏng.",
          "Chưa có hướng dẫn kỹ thuật để kết nối dữ liệu với hệ thống cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng."]
    dx = ["Đề nghị Sở Khoa học và Công nghệ phối hợp Trung tâm Công nghệ thông tin và Địa không gian hướng dẫn kết nối dữ liệu.",
          "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng phối hợp tổ chức tập huấn ghi nhãn hàng hóa cho doanh nghiệp thực phẩm năm 2027."]
    h2_book(f, "PL01", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ AN TOÀN THỰC PHẨM", "2875/BC-SATTP",
            "Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026",
            "PHỤ LỤC 01 - KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
            "(Kèm theo Báo cáo số 2875/BC-SATTP ngày 26/10/2026 của Sở An toàn thực phẩm)",
            tasks, kk, dx, "Đặng Thị Mỹ Linh", "Phạm Khánh Phong Lan", "GIÁM ĐỐC")
    key(f, "SO-ATTP", "Sở An toàn thực phẩm", "2875/BC-SATTP", "2026-10-26", [
        E("II.1.a", "completed", T(tasks[0]), training_courses=6, participants=540, communications=22),
        E("II.2.d", "in_progress", T(tasks[1]), enterprises_supported=63),
        E("II.5.a", "in_progress", T(tasks[2]), inspections=12, establishments_inspected=140, violations=17,
          fines_vnd=236500000),
        E("II.5.b", "completed", T(tasks[3]), samples_tested=85),
        E("II.2.i", "not_started", T(tasks[4])),
    ], kk, dx)

    # ------------------------------------------------------------ Sở NN&MT — mistaken (phòng chống thiên tai)
    f = "SNNMT_BC-PCTT-TKCN-10thang.xlsx"
    tasks = [
        ("Kiện toàn Ban Chỉ huy phòng thủ dân sự các cấp", "Hoàn thành",
         [("Quyết định kiện toàn Ban Chỉ huy PTDS phường, xã, đặc khu", "Tháng 3/2026", 168, "quyết định")]),
        ("Ứng phó triều cường, sạt lở bờ sông", "Đang thực hiện",
         [("Điểm sạt lở được cắm biển cảnh báo", "T5 - T10/2026", 43, "điểm"),
          ("Kinh phí xử lý khẩn cấp sạt lở đã giải ngân", "", 27500000000, "đồng")]),
        ("Diễn tập phòng chống thiên tai và tìm kiếm cứu nạn", "Đang thực hiện",
         [("Cuộc diễn tập cấp xã", "T6 - T9/2026", 12, "cuộc"),
          ("Lượt người tham gia", "", 3150, "lượt người")]),
        ("Tuyên truyền kỹ năng phòng, tránh thiên tai", "Hoàn thành",
         [("Tin, bài, phóng sự trên báo, đài", "Cả năm", 96, "tin, bài")]),
    ]
    kk = ["Tình hình sạt lở bờ sông, kênh rạch diễn biến phức tạp, nguồn vốn xử lý khẩn cấp còn hạn chế."]
    dx = ["Đề nghị UBND Thành phố bổ sung kinh phí xử lý khẩn cấp các điểm sạt lở nguy hiểm."]
    h2_book(f, "PCTT_10T", "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "11452/BC-SNNMT",
            "Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2026",
            "KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN 10 THÁNG NĂM 2026",
            "(Kèm theo Báo cáo số 11452/BC-SNNMT ngày 23/10/2026 gửi Văn phòng Ban Chỉ huy PTDS Thành phố)",
            tasks, kk, dx, "Huỳnh Văn Tấn", "Nguyễn Văn Phước", "KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC")
    key(f, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "11452/BC-SNNMT", "2026-10-23", [], [], [],
        status="rejected",
        reason="Báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn 10 tháng năm 2026 gửi nhầm — không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW.")


if __name__ == "__main__":
    build()
