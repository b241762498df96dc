"""Hand 3 - Excel biểu 'STT | Chỉ tiêu | ĐVT | Kế hoạch năm | Thực hiện kỳ | Lũy kế | So với KH (%) | Ghi chú'.
Kỳ = Quý III/2026, Lũy kế = từ đầu năm. Key uses the Lũy kế column (the year-to-date result);
Kế hoạch năm is a target, Thực hiện kỳ is a part of Lũy kế. Status only in Ghi chú of the task row.
So với KH (%) is a formula =ROUND(F/D*100,1); files re-saved via LibreOffice so cached values exist."""
from common import *
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)


def build(fname, top_left, number, date_line, title, period, rows, diffs, props, signer,
          unit_id, unit_name, date_iso, entries, resave=True, sheet="Bieu CT38"):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    ws["A1"] = top_left[0]; ws["A2"] = top_left[1]; ws["A2"].font = Font(bold=True)
    ws["A3"] = f"Số: {number}"
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E1"].font = Font(bold=True)
    ws["E2"] = "Độc lập - Tự do - Hạnh phúc"; ws["E2"].font = Font(bold=True)
    ws["E3"] = date_line; ws["E3"].font = Font(italic=True)
    ws.merge_cells("A5:H5"); ws["A5"] = title; ws["A5"].font = Font(bold=True, size=13)
    ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.merge_cells("A6:H6"); ws["A6"] = period; ws["A6"].alignment = Alignment(horizontal="center")
    hdr = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm", "Thực hiện kỳ", "Lũy kế", "So với KH (%)", "Ghi chú"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=8, column=c, value=h); cell.font = Font(bold=True); cell.border = B
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    for c in range(1, 9):
        ws.cell(row=9, column=c, value=f"({c})").alignment = Alignment(horizontal="center")
        ws.cell(row=9, column=c).border = B
    r = 10
    for row in rows:
        kind = row[0]
        if kind == "task":
            _, stt, text, note = row
            ws.cell(row=r, column=1, value=stt); ws.cell(row=r, column=2, value=text).font = Font(bold=True)
            ws.cell(row=r, column=8, value=note)
        else:
            _, text, dvt, kh, ky, lk = row[:6]
            note = row[6] if len(row) > 6 else None
            ws.cell(row=r, column=2, value=text); ws.cell(row=r, column=3, value=dvt)
            for c, v in ((4, kh), (5, ky), (6, lk)):
                cell = ws.cell(row=r, column=c, value=v)
                if isinstance(v, int) and v >= 1000:
                    cell.number_format = "#,##0"
            if isinstance(kh, int) and isinstance(lk, int) and kh:
                ws.cell(row=r, column=7, value=f"=ROUND(F{r}/D{r}*100,1)")
            else:
                ws.cell(row=r, column=7, value="-")
            if note:
                ws.cell(row=r, column=8, value=note)
        for c in range(1, 9):
            ws.cell(row=r, column=c).border = B
            ws.cell(row=r, column=c).alignment = Alignment(wrap_text=True, vertical="center")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Khó khăn, vướng mắc:").font = Font(bold=True); r += 1
    for x in diffs:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1, value="- " + x); r += 1
    ws.cell(row=r, column=1, value="Đề xuất, kiến nghị:").font = Font(bold=True); r += 1
    for x in props:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1, value="- " + x); r += 1
    r += 1
    ws.cell(row=r, column=6, value=signer[0]).font = Font(bold=True)
    ws.cell(row=r + 4, column=6, value=signer[1]).font = Font(bold=True)
    ws.cell(row=r, column=1, value="Người lập biểu")
    ws.cell(row=r + 4, column=1, value=signer[2])
    for col, w in zip("ABCDEFGH", (6, 52, 10, 12, 12, 12, 12, 30)):
        ws.column_dimensions[col].width = w
    path = os.path.join(OUT, fname)
    wb.save(path)
    if resave:
        soffice_resave(path, "xlsx")
    key(fname, unit_id, unit_name, number, date_iso, entries, diffs, props)


def main():
    build("Bieu_KQ_CT38_Quy3-2026_ChiCucTDC.xlsx",
          ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG"), "1126/BC-TĐC",
          "Thành phố Hồ Chí Minh, ngày 02 tháng 10 năm 2026",
          "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026",
          "(Kỳ báo cáo: Quý III/2026; lũy kế từ 01/01/2026 đến 30/9/2026)",
          [("task", "1", "Tập huấn văn bản pháp luật TĐC cho tổ chức, DN; tọa đàm DN nhập khẩu", "Đang thực hiện - còn 01 tọa đàm DN nhập khẩu tổ chức trong tháng 10"),
           ("ind", "Số lớp tập huấn, tọa đàm", "lớp", 6, 2, 5),
           ("ind", "Số lượt người tham dự", "lượt người", 600, 180, 520),
           ("task", "2", "Vận động, hướng dẫn DN tham dự Giải thưởng Chất lượng Quốc gia", "Hoàn thành"),
           ("ind", "Số doanh nghiệp được hướng dẫn", "DN", 30, 0, 34),
           ("task", "3", "Hỗ trợ DN áp dụng hệ thống quản lý, công cụ năng suất; công bố hợp chuẩn, hợp quy", "Đang thực hiện"),
           ("ind", "Số doanh nghiệp được hỗ trợ", "DN", 40, 12, 31),
           ("task", "4", "Hướng dẫn cơ quan HCNN duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015", "Đang thực hiện"),
           ("ind", "Số cơ quan, tổ chức được hướng dẫn", "cơ quan", 30, 9, 25),
           ("task", "5", "Xây dựng, góp ý TCVN, QCVN, QCĐP", "Đang thực hiện"),
           ("ind", "Số dự thảo TCVN, QCVN được góp ý", "dự thảo", 20, 6, 17),
           ("task", "6", "Tập huấn nghiệp vụ TĐC cho công chức sở, ngành, UBND xã, phường, đặc khu", "Đang thực hiện"),
           ("ind", "Số lớp", "lớp", 4, 1, 3),
           ("ind", "Số lượt công chức tham dự", "lượt người", 400, 110, 285),
           ("task", "7", "Kiểm tra nhà nước về đo lường, chất lượng hàng hóa trên thị trường", "Đang thực hiện"),
           ("ind", "Số cuộc kiểm tra", "cuộc", 24, 7, 19),
           ("ind", "Số cơ sở được kiểm tra", "cơ sở", 300, 96, 241),
           ("ind", "Số cơ sở vi phạm", "cơ sở", "-", 9, 27),
           ("ind", "Tiền xử phạt VPHC", "đồng", "-", 84500000, 263000000),
           ("task", "8", "Khảo sát chất lượng sản phẩm, hàng hóa", "Đang thực hiện"),
           ("ind", "Số mẫu khảo sát", "mẫu", 150, 40, 128),
           ("task", "9", "Phối hợp APO thúc đẩy năng suất (nếu có yêu cầu)", "Không phát sinh"),
           ("ind", "Số hoạt động phối hợp", "hoạt động", "-", "-", "-"),
           ("task", "10", "Kinh phí thực hiện kế hoạch (Mục III)", None),
           ("ind", "Kinh phí đã sử dụng", "đồng", 349000000, 96400000, 231750000),
           ],
          ["Số lượng doanh nghiệp đăng ký tham dự tọa đàm nhập khẩu thấp, phải lùi thời gian tổ chức sang tháng 10.",
           "Một số phường, xã chưa cử cán bộ đầu mối, gây khó khăn khi phối hợp kiểm tra."],
          ["Đề nghị Sở chỉ đạo UBND các phường, xã, đặc khu cử cán bộ đầu mối về tiêu chuẩn, đo lường, chất lượng."],
          ("KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG", "Đặng Quốc Khánh", "Lý Thị Mai"),
          "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "2026-10-02",
          [("II.1.a", "in_progress", {"training_courses": 5, "participants": 520}, "Lũy kế 05 lớp, 520 lượt người. Đang thực hiện.", "Bieu CT38 rows 10-12"),
           ("II.1.b", "completed", {"enterprises_supported": 34}, "34 DN được hướng dẫn. Hoàn thành.", "rows 13-14"),
           ("II.2.d", "in_progress", {"enterprises_supported": 31}, "31 DN được hỗ trợ. Đang thực hiện.", "rows 15-16"),
           ("II.2.đ", "in_progress", {"enterprises_supported": 25}, "25 cơ quan, tổ chức được hướng dẫn. Đang thực hiện.", "rows 17-18"),
           ("II.2.e", "in_progress", {"standards_reviewed": 17}, "17 dự thảo được góp ý. Đang thực hiện.", "rows 19-20"),
           ("II.3.a", "in_progress", {"training_courses": 3, "participants": 285}, "03 lớp, 285 lượt. Đang thực hiện.", "rows 21-23"),
           ("II.5.a", "in_progress", {"inspections": 19, "establishments_inspected": 241, "violations": 27, "fines_vnd": 263000000},
            "19 cuộc, 241 cơ sở, 27 vi phạm, 263.000.000 đồng. Đang thực hiện.", "rows 24-28"),
           ("II.5.b", "in_progress", {"samples_tested": 128}, "128 mẫu. Đang thực hiện.", "rows 29-30"),
           ("II.6.b", "not_applicable", {}, "Không phát sinh.", "rows 31-32")])

    build("UBND xa Chau Duc - bieu CT38 (quy III).xlsx",
          ("UBND THÀNH PHỐ HỒ CHÍ MINH", "ỦY BAN NHÂN DÂN XÃ CHÂU ĐỨC"), "178/BC-UBND",
          "Châu Đức, ngày 15 tháng 10 năm 2026",
          "BIỂU KẾT QUẢ THỰC HIỆN NHIỆM VỤ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026 (CT 38-CT/TW)",
          "(Kỳ báo cáo: Quý III/2026)",
          [("task", "I", "Phối hợp kiểm tra đo lường, chất lượng trên địa bàn xã (nội dung phân quyền)", "Đang thực hiện"),
           ("ind", "Số cuộc kiểm tra", "cuộc", 4, 1, 3),
           ("ind", "Số cơ sở được kiểm tra", "cơ sở", 30, 8, 22),
           ("ind", "Số trường hợp vi phạm", "trường hợp", "-", 1, 3),
           ("ind", "Số tiền xử phạt", "đồng", "-", 2000000, 9500000),
           ("task", "II", "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng", "Đang thực hiện"),
           ("ind", "Tin, bài trên Đài truyền thanh, trang TTĐT xã", "tin, bài", 12, 4, 10),
           ("ind", "Buổi tuyên truyền trực tiếp", "buổi", 2, 0, 1),
           ("ind", "Người tham dự", "người", 100, 0, 48),
           ("task", "III", "Cử công chức tham gia tập huấn nghiệp vụ TĐC", "Hoàn thành - đã cử đủ theo giấy triệu tập"),
           ("ind", "Số công chức tham dự", "người", 2, 2, 2),
           ],
          ["Xã chưa có phương tiện, thiết bị để kiểm tra nhanh chất lượng xăng dầu."],
          ["Đề nghị Chi cục TĐC hỗ trợ xã tổ chức 01 đợt kiểm tra cân tại các chợ trong tháng 11/2026.",
           "Đề nghị cung cấp tài liệu tuyên truyền mẫu để phát trên Đài truyền thanh xã."],
          ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Ngô Thị Lan", "Trần Văn Bé"),
          "26596", "Xã Châu Đức", "2026-10-15",
          [("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 22, "violations": 3, "fines_vnd": 9500000},
            "Lũy kế 03 cuộc, 22 cơ sở, 03 vi phạm, 9.500.000 đồng. Đang thực hiện.", "rows 10-14"),
           ("II.1.a", "in_progress", {"communications": 10, "training_courses": 1, "participants": 48},
            "10 tin, bài; 01 buổi; 48 người. Đang thực hiện.", "rows 15-18"),
           ("II.3.a", "completed", {"participants": 2}, "02 công chức tham dự. Hoàn thành.", "rows 19-20")],
          resave=True, sheet="Sheet1")

    build("KTPC_bieu-ket-qua-CT38-2026.xlsx",
          ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ"), "96/BC-KTPC",
          "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
          "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ PHỐI HỢP THEO KẾ HOẠCH CT38 NĂM 2026",
          "(Kỳ báo cáo: từ 01/7/2026 đến 20/10/2026)",
          [("task", "1", "Góp ý dự thảo văn bản QPPL về TĐC (Luật TC&QCKT, Luật CLSPHH) - phối hợp Chi cục", "Hoàn thành"),
           ("ind", "Số dự thảo văn bản QPPL được góp ý", "văn bản", "-", 1, 3),
           ("task", "2", "Rà soát, kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ (NĐ 135/2021)", "Hoàn thành"),
           ("ind", "Số phương tiện, thiết bị được kiểm định, hiệu chuẩn", "thiết bị", 15, 0, 15),
           ("task", "3", "Phối hợp kiểm tra, giám sát về TĐC bảo đảm an toàn sản phẩm, hàng hóa", "Đang thực hiện"),
           ("ind", "Số cuộc kiểm tra có công chức của Phòng tham gia", "cuộc", 10, 3, 8),
           ("task", "4", "Hướng dẫn UBND phường, xã, đặc khu thực hiện nội dung được phân quyền", "Đang thực hiện"),
           ("ind", "Số lớp hướng dẫn nghiệp vụ", "lớp", 3, 1, 2),
           ("ind", "Số lượt cán bộ phường, xã tham dự", "lượt", 300, 95, 240),
           ("task", "5", "Tiếp nhận, xử lý tố giác vi phạm pháp luật về TĐC; khen thưởng người tố giác", "Không phát sinh"),
           ("ind", "Số đơn tố giác tiếp nhận", "đơn", "-", 0, 0),
           ],
          ["Thiết bị kỹ thuật nghiệp vụ hiện có đã cũ, một số thiết bị hết khấu hao."],
          ["Đề nghị bổ sung dự toán năm 2027 để mua sắm thay thế thiết bị kiểm tra nhanh chất lượng xăng dầu."],
          ("TRƯỞNG PHÒNG", "Bùi Thanh Sơn", "Hoàng Minh Tâm"),
          "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "2026-10-27",
          [("II.2.c", "completed", {}, "Góp ý 03 dự thảo văn bản QPPL (không phải tiêu chuẩn: không có chỉ tiêu). Hoàn thành.", "rows 10-11"),
           ("II.4.b", "completed", {"instruments_verified": 15}, "15 thiết bị được kiểm định, hiệu chuẩn. Hoàn thành.", "rows 12-13"),
           ("II.5.a", "in_progress", {"inspections": 8}, "08 cuộc kiểm tra có công chức của Phòng tham gia. Đang thực hiện.", "rows 14-15"),
           ("II.5.c", "in_progress", {"training_courses": 2, "participants": 240}, "02 lớp, 240 lượt. Đang thực hiện.", "rows 16-18"),
           ("II.5.d", "not_applicable", {}, "Không phát sinh.", "rows 19-20")])


if __name__ == "__main__":
    main()
    write_keys()
