"""Hand D - Ngô Quang Vinh (kế toán kiêm tổng hợp; thích Excel).
Habits: one sheet, two tables side by side: results on the left (A:H), difficulties/proposals on
the right (J:L). Column C is hidden (last year's figures or an internal code). "Thực hiện" counts
typed as text with a leading apostrophe (quotePrefix); money as real numbers #,##0; "Tỷ lệ" as real
percent cells; notes in cell comments. Status column words: Đã hoàn thành / Đang thực hiện /
Chưa thực hiện / Không phát sinh. Report number and date only in the subtitle "(Kèm theo Báo cáo số …)"."""
import os
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from common import *

ST = {"completed": "Đã hoàn thành", "in_progress": "Đang thực hiện",
      "not_started": "Chưa thực hiện", "not_applicable": "Không phát sinh"}
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def build(fname, unit_id, unit_name, unit_upper, number, date, subtitle, hidden_head, tasks,
          difficulties, proposals, comments, signer, title="BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
          resave=False, rejected_reason=None):
    wb = Workbook()
    ws = wb.active
    ws.title = "Bieu KQ"
    ws["A1"] = unit_upper
    ws["A1"].font = Font(name="Times New Roman", bold=True, size=12)
    ws.merge_cells("A1:D1")
    ws["F1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["F2"] = "Độc lập - Tự do - Hạnh phúc"
    for c in ("F1", "F2"):
        ws[c].font = Font(name="Times New Roman", bold=True, size=12)
    ws["A3"] = title
    ws.merge_cells("A3:H3")
    ws["A4"] = subtitle
    ws.merge_cells("A4:H4")
    ws["A3"].font = Font(name="Times New Roman", bold=True, size=13)
    ws["A4"].font = Font(name="Times New Roman", italic=True, size=12)
    for c in ("A3", "A4"):
        ws[c].alignment = Alignment(horizontal="center", wrap_text=True)
    heads = ["STT", "Nội dung", hidden_head, "ĐVT", "Chỉ tiêu KH 2026", "Thực hiện", "Tỷ lệ", "Tình trạng"]
    for i, h in enumerate(heads):
        c = ws.cell(row=6, column=1 + i, value=h)
        c.font = Font(name="Times New Roman", bold=True)
        c.fill = PatternFill("solid", fgColor="FFF2CC")
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, h in enumerate(["TT", "Khó khăn, vướng mắc", "Đề xuất, kiến nghị"]):
        c = ws.cell(row=6, column=10 + i, value=h)
        c.font = Font(name="Times New Roman", bold=True)
        c.fill = PatternFill("solid", fgColor="E2EFDA")
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 7
    entries = []
    roman = ["I", "II", "III", "IV", "V", "VI", "VII"]
    for n, t in enumerate(tasks):
        start = r
        ws.cell(row=r, column=1, value=roman[n])
        ws.cell(row=r, column=2, value=t["name"]).font = Font(name="Times New Roman", bold=True)
        ws.cell(row=r, column=3, value=t.get("hidden_task"))
        ws.cell(row=r, column=8, value=ST[t["status"]])
        r += 1
        for line in t["rows"]:
            label, dvt, target, done, prev = line
            ws.cell(row=r, column=2, value=label)
            ws.cell(row=r, column=3, value=prev)
            ws.cell(row=r, column=4, value=dvt)
            if target is not None:
                c = ws.cell(row=r, column=5, value=target)
                if isinstance(target, int) and target >= 1000:
                    c.number_format = "#,##0"
            if done is not None:
                if isinstance(done, int) and done >= 100000:
                    c = ws.cell(row=r, column=6, value=done)
                    c.number_format = "#,##0"
                elif isinstance(done, int):
                    c = ws.cell(row=r, column=6, value=str(done))
                    c.quotePrefix = True
                else:
                    c = ws.cell(row=r, column=6, value=done)
                    c.alignment = Alignment(horizontal="center")
                if isinstance(done, int) and isinstance(target, int) and target:
                    p = ws.cell(row=r, column=7, value=round(done / target, 4))
                    p.number_format = "0%"
            r += 1
        for rr in range(start, r):
            for cc in range(1, 9):
                ws.cell(row=rr, column=cc).border = BOX
                ws.cell(row=rr, column=cc).alignment = Alignment(wrap_text=True, vertical="center")
        if r - 1 > start:
            ws.merge_cells(start_row=start, end_row=r - 1, start_column=8, end_column=8)
        if "task" in t:
            txt = "; ".join(f"{l[0]}: {l[3]} {l[1]}" for l in t["rows"] if l[3] is not None)
            entries.append(entry(t["task"], t["status"], t.get("ind"), (t["name"] + ". " + txt).strip(),
                                 f"xl/worksheets/sheet1.xml rows {start}-{r - 1}"))
    # right-hand table
    rr = 7
    n = max(len(difficulties), len(proposals))
    for i in range(n):
        ws.cell(row=rr + i, column=10, value=i + 1)
        ws.cell(row=rr + i, column=11, value=difficulties[i] if i < len(difficulties) else None)
        ws.cell(row=rr + i, column=12, value=proposals[i] if i < len(proposals) else None)
        for cc in (10, 11, 12):
            ws.cell(row=rr + i, column=cc).border = BOX
            ws.cell(row=rr + i, column=cc).alignment = Alignment(wrap_text=True, vertical="top")
    for ref, text in comments.items():
        ws[ref].comment = Comment(text, "Vinh")
    sig = r + 2
    ws.cell(row=sig, column=6, value="NGƯỜI LẬP BIỂU").font = Font(bold=True)
    ws.cell(row=sig + 4, column=6, value=signer).font = Font(bold=True)
    widths = {"A": 6, "B": 46, "C": 12, "D": 10, "E": 12, "F": 14, "G": 9, "H": 16, "I": 3, "J": 5, "K": 45, "L": 45}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.column_dimensions["C"].hidden = True
    ws.freeze_panes = "A7"
    path = os.path.join(ROOT, fname)
    wb.save(path)
    if resave:
        lo_resave(path)
    if rejected_reason:
        key(fname, unit_id, unit_name, number, date, [], [], [], status="rejected", reason=rejected_reason)
    else:
        key(fname, unit_id, unit_name, number, date, entries, difficulties, proposals)


def main():
    build("25747_TDM_bieu CT38.xlsx", "25747", "Phường Thủ Dầu Một", "ỦY BAN NHÂN DÂN PHƯỜNG THỦ DẦU MỘT",
          "402/BC-UBND", "2026-10-28",
          "(Kèm theo Báo cáo số 402/BC-UBND ngày 28/10/2026 của Ủy ban nhân dân phường Thủ Dầu Một)",
          "KQ 2025",
          [
           {"name": "Tuyên truyền, phổ biến pháp luật về TĐC (II.1.a)", "task": "II.1.a", "status": "completed",
            "rows": [("- Tin, bài tuyên truyền", "tin, bài", 20, 24, 18),
                     ("- Hội nghị tập huấn cho hộ kinh doanh", "hội nghị", 2, 2, 1),
                     ("- Người tham dự", "người", 150, 120, 95)],
            "ind": {"communications": 24, "training_courses": 2, "participants": 120}},
           {"name": "Duy trì HTQLCL theo TCVN ISO 9001:2015 tại UBND phường (II.2.đ)", "task": "II.2.đ", "status": "in_progress",
            "rows": []},
           {"name": "Cử công chức tham gia tập huấn nghiệp vụ TĐC (II.3.a)", "task": "II.3.a", "status": "completed",
            "rows": [("- Công chức tham gia", "người", 3, 3, 2)], "ind": {"participants": 3}},
           {"name": "Kiểm tra nội dung được phân quyền về TĐC (II.5.c)", "task": "II.5.c", "status": "in_progress",
            "rows": [("- Cuộc kiểm tra", "cuộc", 6, 5, 4),
                     ("- Cơ sở được kiểm tra", "cơ sở", None, 21, 17),
                     ("- Cơ sở vi phạm", "cơ sở", None, 3, 2),
                     ("- Tiền xử phạt VPHC", "đồng", None, 9500000, 6000000)],
            "ind": {"inspections": 5, "establishments_inspected": 21, "violations": 3, "fines_vnd": 9500000}},
          ],
          ["Chưa có công chức chuyên trách lĩnh vực TĐC, chủ yếu kiêm nhiệm.",
           "Kinh phí tuyên truyền phải lồng ghép với các chương trình khác."],
          ["Đề nghị Sở KHCN tổ chức tập huấn chuyên sâu về kiểm tra đo lường cho công chức phường.",
           "Đề nghị cấp tài liệu, pano tuyên truyền về TĐC cho các phường."],
          {"F9": "Hội nghị 2 tổ chức chung với Hội Liên hiệp Phụ nữ phường", "F16": "Số liệu tính đến 25/10/2026",
           "H14": "Còn 01 cuộc trong tháng 11"},
          "Ngô Quang Vinh")

    build("Bieu KQ CT38 - xa Binh Chanh.xlsx", "27637", "Xã Bình Chánh", "ỦY BAN NHÂN DÂN XÃ BÌNH CHÁNH",
          "611/BC-UBND", "2026-11-03",
          "(Kèm theo Báo cáo số 611/BC-UBND ngày 03/11/2026 của UBND xã Bình Chánh)",
          "Ghi chú",
          [
           {"name": "Tuyên truyền về TĐC (II.1.a)", "task": "II.1.a", "status": "in_progress",
            "rows": [("- Tin, bài trên loa truyền thanh, Zalo ấp", "tin", 12, 15, "đã gộp tin loa"),
                     ("- Hội nghị tuyên truyền", "hội nghị", 1, "-", "dời sang T11")],
            "ind": {"communications": 15}},
           {"name": "Cử công chức tham gia tập huấn (II.3.a)", "task": "II.3.a", "status": "completed",
            "rows": [("- Công chức tham gia", "người", 2, 2, None)], "ind": {"participants": 2}},
           {"name": "Kiểm tra về đo lường, chất lượng theo phân quyền (II.5.c)", "task": "II.5.c", "status": "completed",
            "rows": [("- Cuộc kiểm tra", "cuộc", 4, 4, None),
                     ("- Cơ sở được kiểm tra", "cơ sở", None, 16, None),
                     ("- Cơ sở vi phạm", "cơ sở", None, 2, None),
                     ("- Tiền xử phạt", "đồng", None, 4000000, None)],
            "ind": {"inspections": 4, "establishments_inspected": 16, "violations": 2, "fines_vnd": 4000000}},
           {"name": "Tố giác, khen thưởng, xử lý vi phạm về TĐC (II.5.d)", "task": "II.5.d", "status": "not_applicable",
            "rows": []},
          ],
          ["Địa bàn rộng, nhiều cơ sở sản xuất nhỏ lẻ trong khu dân cư."],
          ["Đề nghị Chi cục TĐC hỗ trợ xã kiểm tra chất lượng hàng đóng gói sẵn tại các cơ sở sản xuất."],
          {"F15": "02 cơ sở: cân không kiểm định; hàng thiếu nhãn phụ", "F8": "Không tính tin đăng lại"},
          "Đặng Thị Kim Oanh", resave=True)

    build("TTPTTN_Bieu_KQ_CT38_2026.xlsx", "SKHCN-TTPTTN",
          "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
          "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TCĐLCL TP.HCM",
          "289/BC-TTPTTN", "2026-10-30",
          "(Kèm theo Báo cáo số 289/BC-TTPTTN ngày 30/10/2026 của Trung tâm Dịch vụ Phân tích thí nghiệm)",
          "Năm 2025",
          [
           {"name": "Phối hợp tập huấn văn bản QPPL về đo lường cho doanh nghiệp (II.1.a)", "task": "II.1.a", "status": "completed",
            "rows": [("- Lớp tập huấn", "lớp", 2, 2, 2), ("- Học viên", "người", 150, 160, 142)],
            "ind": {"training_courses": 2, "participants": 160}},
           {"name": "Dịch vụ kỹ thuật kiểm định, hiệu chuẩn, thử nghiệm (II.2.g)", "task": "II.2.g", "status": "in_progress",
            "rows": [("- Phương tiện đo được kiểm định, hiệu chuẩn", "phương tiện", 15000, 12450, 14210),
                     ("- Mẫu thử nghiệm", "mẫu", 3000, 3420, 2980)],
            "ind": {"instruments_verified": 12450, "samples_tested": 3420}},
           {"name": "Đầu tư cơ sở vật chất, trang thiết bị (II.4.a)", "task": "II.4.a", "status": "in_progress",
            "rows": [("- Thiết bị được đầu tư mới", "thiết bị", 8, 5, 6),
                     ("- Kinh phí đã giải ngân", "đồng", 4500000000, 3150000000, 3900000000)],
            "ind": {"budget_spent_vnd": 3150000000}},
           {"name": "Duy trì chuẩn đo lường chính, liên kết chuẩn quốc gia (II.4.c)", "task": "II.4.c", "status": "completed",
            "rows": [("- Chuẩn đo lường chính được hiệu chuẩn liên kết", "chuẩn", 8, 8, 8)],
            "ind": {"instruments_verified": 8}},
          ],
          ["Thiết bị thử nghiệm một số lĩnh vực (điện - điện tử, vật liệu xây dựng) đã cũ, chi phí sửa chữa lớn.",
           "Khó tuyển dụng kỹ thuật viên đo lường có kinh nghiệm."],
          ["Đề nghị Sở ưu tiên bố trí vốn đầu tư năm 2027 cho phòng thử nghiệm điện - điện tử."],
          {"F11": "Bao gồm cả phương tiện đo nhóm 2 tại các chợ", "F14": "Còn 03 thiết bị đang đấu thầu"},
          "Ngô Quang Vinh")

    build("QLKH - bieu CT38.xlsx", "SKHCN-QLKH", "Phòng Quản lý Khoa học", "SỞ KHOA HỌC VÀ CÔNG NGHỆ - PHÒNG QUẢN LÝ KHOA HỌC",
          "63/BC-QLKH", "2026-11-02",
          "(Kèm theo Báo cáo số 63/BC-QLKH ngày 02/11/2026 của Phòng Quản lý Khoa học)",
          "Mã NV",
          [
           {"name": "Hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng (Chương trình 1322) (II.2.a)", "task": "II.2.a", "status": "in_progress",
            "hidden_task": "2a",
            "rows": [("- Doanh nghiệp được hỗ trợ", "doanh nghiệp", 20, 15, None)],
            "ind": {"enterprises_supported": 15}},
           {"name": "Khóa bồi dưỡng chuyên sâu về năng suất (II.3.b)", "task": "II.3.b", "status": "completed",
            "hidden_task": "3b",
            "rows": [("- Khóa bồi dưỡng", "khóa", 1, 1, None), ("- Học viên", "người", 50, 60, None)],
            "ind": {"training_courses": 1, "participants": 60}},
           {"name": "Thu hút chuyên gia, nhà khoa học lĩnh vực TĐC (II.3.c)", "task": "II.3.c", "status": "in_progress",
            "hidden_task": "3c",
            "rows": [("- Chuyên gia được thu hút", "người", 3, 1, None)]},
           {"name": "Phối hợp Ủy ban TĐC Quốc gia và APO (II.6.b)", "task": "II.6.b", "status": "not_applicable",
            "hidden_task": "6b", "rows": []},
          ],
          ["Mức thu nhập theo Nghị quyết 27/2023/NQ-HĐND chưa đủ hấp dẫn chuyên gia lĩnh vực đo lường."],
          ["Kiến nghị Sở trình UBND Thành phố bổ sung lĩnh vực tiêu chuẩn, đo lường, chất lượng vào danh mục ưu tiên thu hút chuyên gia."],
          {"F13": "01 chuyên gia đã ký hợp đồng tháng 9/2026"},
          "Lý Bảo Ngọc")

    build("25747_TDM_bieu CDS.xlsx", "25747", "Phường Thủ Dầu Một", "ỦY BAN NHÂN DÂN PHƯỜNG THỦ DẦU MỘT",
          "398/BC-UBND", "2026-10-27",
          "(Kèm theo Báo cáo số 398/BC-UBND ngày 27/10/2026 của Ủy ban nhân dân phường Thủ Dầu Một)",
          "KQ 2025",
          [
           {"name": "Dịch vụ công trực tuyến", "status": "in_progress",
            "rows": [("- Hồ sơ tiếp nhận trực tuyến", "hồ sơ", 5000, 4312, 3100),
                     ("- Hồ sơ thanh toán trực tuyến", "hồ sơ", 2000, 1876, 950)]},
           {"name": "Hạ tầng số", "status": "completed",
            "rows": [("- Máy tính được thay mới", "máy", 20, 22, 10),
                     ("- Điểm wifi công cộng", "điểm", 5, 5, 2)]},
           {"name": "Kỹ năng số cho người dân", "status": "in_progress",
            "rows": [("- Lớp phổ cập kỹ năng số", "lớp", 12, 9, 6), ("- Người tham dự", "người", 600, 455, 310)]},
          ],
          ["Đường truyền tại bộ phận một cửa thường xuyên chập chờn."],
          ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ nâng cấp đường truyền."],
          {"F8": "Số liệu hệ thống iGate đến 20/10"},
          "Ngô Quang Vinh",
          title="BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026",
          rejected_reason="Biểu kết quả Kế hoạch chuyển đổi số năm 2026, không phải báo cáo Kế hoạch triển khai Chỉ thị 38-CT/TW")


if __name__ == "__main__":
    main()
