"""H3 - 'Gantt' hand: an IT-minded officer tracks the plan like a project (WBS, start/finish, % hoàn thành,
month columns shaded with '■'), outline-grouped; status only as % on the task (level-1) row."""
from common import *
import datetime
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

thin = Side(style="thin", color="999999"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
D = lambda s: datetime.datetime.strptime(s, "%d/%m/%Y")

def make(fname, unit_id, unit_name, org_line, so, date_txt, date_iso, tasks, diffs, props, signer, budget_col=False):
    wb = Workbook(); ws = wb.active; ws.title = "Tien do KH38"
    ws["A1"] = "SỞ KHOA HỌC VÀ CÔNG NGHỆ"; ws["A2"] = org_line; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: " + so
    ws["J1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["J1"].font = Font(bold=True)
    ws["J2"] = "Độc lập - Tự do - Hạnh phúc"; ws["J2"].font = Font(bold=True)
    ws["J3"] = date_txt; ws["J3"].font = Font(italic=True)
    ws["A5"] = "BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ PHỐI HỢP THEO KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"
    ws["A5"].font = Font(bold=True, size=13)
    ws["A6"] = "(Cập nhật đến ngày báo cáo; % hoàn thành của dòng nhiệm vụ là % bình quân các công việc con)"
    ws["A6"].font = Font(italic=True, size=10)
    hdr = ["WBS", "Tên công việc", "Phụ trách", "Bắt đầu", "Kết thúc", "% HT", "Kết quả / sản phẩm"]
    if budget_col: hdr.append("Giải ngân (đồng)")
    m0 = len(hdr) + 1
    hdr += ["T%d" % m for m in range(1, 13)]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(8, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); c.border = B
    r = 9; ents = []
    for wbs, title, task, pct, status, ind, subs in tasks:
        # task row
        starts = [D(s[2]) for s in subs]; ends = [D(s[3]) for s in subs]
        vals = [wbs, title, "", min(starts), max(ends), pct, ""]
        if budget_col: vals.append(None)
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDEBF7"); c.border = B
        ws.cell(r, 4).number_format = ws.cell(r, 5).number_format = "dd/mm/yy"; ws.cell(r, 6).number_format = "0%"
        trow = r; r += 1
        for j, (name, who, s, e, p, res, money) in enumerate(subs, 1):
            vals = ["%s.%d" % (wbs, j), "    " + name, who, D(s), D(e), p, res]
            if budget_col: vals.append(money)
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v); c.border = B; c.alignment = Alignment(wrap_text=(i in (2, 7)), vertical="top")
            ws.cell(r, 4).number_format = ws.cell(r, 5).number_format = "dd/mm/yy"; ws.cell(r, 6).number_format = "0%"
            if budget_col and money: ws.cell(r, 8).number_format = "#,##0"
            for m in range(1, 13):
                if D(s).month <= m <= D(e).month:
                    c = ws.cell(r, m0 + m - 1, "■"); c.alignment = Alignment(horizontal="center")
                    c.fill = PatternFill("solid", fgColor="70AD47" if p >= 1 else ("FFC000" if p > 0 else "BFBFBF"))
            ws.row_dimensions[r].outlineLevel = 1
            r += 1
        ents.append(entry(task, status, ind, title, f"xl/worksheets/sheet1.xml rows {trow}-{r-1}"))
    ws.column_dimensions["B"].width = 52; ws.column_dimensions["G"].width = 48; ws.column_dimensions["C"].width = 16
    for col in "DE": ws.column_dimensions[col].width = 10
    if budget_col: ws.column_dimensions["H"].width = 16
    ws.freeze_panes = "C9"
    # second sheet: issues
    w2 = wb.create_sheet("Vuong mac - De xuat")
    w2["A1"] = "Loại"; w2["B1"] = "Nội dung"; w2["C1"] = "Gửi"
    for c in ("A1", "B1", "C1"): w2[c].font = Font(bold=True)
    rr = 2
    for x in diffs: w2.cell(rr, 1, "Vướng mắc"); w2.cell(rr, 2, x); rr += 1
    for x, to in props: w2.cell(rr, 1, "Đề xuất"); w2.cell(rr, 2, x); w2.cell(rr, 3, to); rr += 1
    w2.column_dimensions["B"].width = 90; w2.column_dimensions["C"].width = 20
    rr += 2
    w2.cell(rr, 2, signer[0]).font = Font(bold=True); w2.cell(rr + 4, 2, signer[1]).font = Font(bold=True)
    wb.save(os.path.join(ROOT, fname))
    key(fname, unit_id, unit_name, so, date_iso, ents, diffs, [p for p, _ in props])

make("TTCNTT-DKG_tien-do-KH38-2026.xlsx", "SKHCN-TTCNTT", "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh",
     "TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ ĐỊA KHÔNG GIAN", "318/TTCNTT-HTDL",
     "Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026", "2026-10-26",
     [("1", "Phối hợp kết nối, triển khai hệ thống CSDL quốc gia về tiêu chuẩn, đo lường, chất lượng (KH mục II.2.i)", "II.2.i", 0.7, "in_progress",
       {"training_courses": 1, "participants": 25},
       [("Khảo sát hạ tầng, đường truyền kết nối với CSDL quốc gia về TĐC", "P. Hạ tầng", "02/03/2026", "30/04/2026", 1.0, "Báo cáo khảo sát đã gửi Chi cục", None),
        ("Xây dựng dịch vụ API đồng bộ dữ liệu công bố hợp chuẩn, hợp quy", "P. Phần mềm", "04/05/2026", "30/11/2026", 0.6, "Đã chạy thử môi trường kiểm thử", None),
        ("Hướng dẫn sử dụng cho cán bộ Chi cục", "P. Phần mềm", "15/09/2026", "25/09/2026", 1.0, "01 buổi hướng dẫn, 25 cán bộ tham dự", None),
        ("Chuyển dữ liệu lên môi trường chính thức", "P. Hạ tầng", "01/11/2026", "15/12/2026", 0.0, "", None)])],
     ["Chưa nhận được tài liệu đặc tả kỹ thuật chính thức của CSDL quốc gia về TĐC từ Ủy ban TĐC Quốc gia."],
     [("Đề nghị Chi cục TĐC làm đầu mối đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia cung cấp tài liệu đặc tả API.", "Chi cục TĐC")],
     ("GIÁM ĐỐC", "Hà Quốc Thịnh"))

make("PhongCDS-KH38-gantt.xlsx", "SKHCN-CDS", "Phòng Chuyển đổi số",
     "PHÒNG CHUYỂN ĐỔI SỐ", "47/CĐS", "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026", "2026-10-30",
     [("1", "Đề xuất cải tiến Hệ thống thông tin giải quyết TTHC của Bộ KHCN; kết nối Cổng một cửa quốc gia (2.h)", "II.2.h", 1.0, "completed", {},
       [("Rà soát chức năng, tổng hợp 07 đề xuất cải tiến gửi Bộ", "Tổ CĐS", "05/01/2026", "20/02/2026", 1.0, "Công văn đề xuất đã gửi Bộ KHCN", None),
        ("Phối hợp thử nghiệm kết nối Cổng một cửa quốc gia (đăng ký kiểm tra NK)", "Tổ CĐS", "02/02/2026", "31/03/2026", 1.0, "Kết nối thông suốt từ 25/3/2026", None)]),
      ("2", "Phối hợp kết nối, áp dụng CSDL quốc gia về TĐC (2.i)", "II.2.i", 0.4, "in_progress", {},
       [("Chuẩn hóa danh mục dữ liệu dùng chung của Sở", "Tổ dữ liệu", "01/04/2026", "30/09/2026", 0.8, "Đã chuẩn hóa 03 bộ danh mục", None),
        ("Tích hợp dữ liệu lên Kho dữ liệu dùng chung Thành phố", "Tổ dữ liệu", "01/10/2026", "31/12/2026", 0.0, "", None)])],
     ["Nhân sự của Phòng còn mỏng, cùng lúc thực hiện nhiều nhiệm vụ chuyển đổi số của Sở."],
     [("Đề nghị Trung tâm Công nghệ thông tin và Địa không gian hỗ trợ 01 kỹ sư tích hợp dữ liệu trong Quý IV/2026.", "TT CNTT&ĐKG")],
     ("TRƯỞNG PHÒNG", "Nguyễn Trọng Hiếu"))

make("TT-PTTN_KH38_tien-do.xlsx", "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
     "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "905/TTPTTN-KHTH",
     "Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2026", "2026-10-23",
     [("1", "Đầu tư cơ sở vật chất, trang thiết bị, hiện đại hóa phòng thử nghiệm (KH 4.a)", "II.4.a", 0.75, "in_progress", {"budget_spent_vnd": 2350000000},
       [("Mua sắm 05 thiết bị thử nghiệm (GC-MS, ICP-MS, máy thử kéo nén...)", "P. Kế hoạch", "15/01/2026", "30/11/2026", 0.7, "Đã nghiệm thu 03/05 thiết bị", 2350000000),
        ("Cải tạo phòng thử nghiệm vi sinh", "P. Hành chính", "01/06/2026", "31/12/2026", 0.5, "Đang thi công", None)]),
      ("2", "Củng cố, mở rộng dịch vụ kỹ thuật TĐC (KH 2.g)", "II.2.g", 0.8, "in_progress", {"instruments_verified": 15420, "enterprises_supported": 46},
       [("Kiểm định, hiệu chuẩn phương tiện đo cho tổ chức, doanh nghiệp", "P. Đo lường", "02/01/2026", "31/12/2026", 0.8, "15.420 phương tiện đo", None),
        ("Tư vấn, hỗ trợ kỹ thuật về thử nghiệm, đánh giá sự phù hợp", "P. Chứng nhận", "02/01/2026", "31/12/2026", 0.8, "46 doanh nghiệp", None),
        ("Mở rộng phạm vi được chỉ định thử nghiệm", "P. Thử nghiệm", "01/03/2026", "31/08/2026", 1.0, "Thêm 12 phép thử được chỉ định", None)]),
      ("3", "Duy trì liên kết chuẩn đo lường đến chuẩn quốc gia (KH 4.c)", "II.4.c", 1.0, "completed", {"instruments_verified": 18},
       [("Gửi hiệu chuẩn chuẩn đo lường chính tại Viện Đo lường Việt Nam", "P. Đo lường", "01/03/2026", "31/07/2026", 1.0, "18 chuẩn đã có giấy chứng nhận hiệu chuẩn", None)])],
     ["Thủ tục đấu thầu thiết bị phân tích nhập khẩu kéo dài, ảnh hưởng tiến độ giải ngân.",
      "Thiếu kiểm định viên đo lường lĩnh vực dung tích, lưu lượng."],
     [("Đề nghị Văn phòng Sở hỗ trợ đẩy nhanh thẩm định kết quả lựa chọn nhà thầu gói thiết bị còn lại.", "Văn phòng Sở"),
      ("Đề nghị Chi cục TĐC phối hợp tổ chức đào tạo kiểm định viên lĩnh vực dung tích, lưu lượng.", "Chi cục TĐC")],
     ("KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC", "Lương Thị Thanh Vân"), budget_col=True)

write_keys()
print("H3 done")
