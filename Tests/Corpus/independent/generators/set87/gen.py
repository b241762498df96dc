# -*- coding: utf-8 -*-
"""Generator for set87: 17 reports in 4 hands + answer keys (keys are written by finish.py
after the optional LibreOffice re-save, so that sha256 is of the final file)."""
import json, os, datetime
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.dirname(os.path.abspath(__file__))
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

REPORTS = []  # each: dict(file, unit, name, number, date, entries, diffs, props, rejected, reason)


def key(file, uid, uname, number, date, entries, diffs, props, rejected=None):
    REPORTS.append(dict(file=file, unit={"id": uid, "name": uname},
                        document={"number": number, "date": date},
                        entries=entries, difficulties=diffs, proposals=props,
                        rejected=rejected))


def E(task, status, ind, text):
    return {"task": task, "status": status, "indicators": ind, "text": text}


# =====================================================================================
# HAND A — chị Mỹ Dung, công chức VH-XH phường/xã (XLSX). "Sổ theo dõi" layout: a dated
# log of activities with activity-level figures, then a block "TÌNH HÌNH THEO TỪNG VIỆC"
# with the ward's own short job names, summed figures and her status words
# ("Xong" / "Còn làm tiếp" / "Chưa tới" / "Không có việc"); Khó khăn / Xin đề xuất as
# rows "+ ..." under bold labels.
# =====================================================================================
A_STATUS = {"completed": "Xong", "in_progress": "Còn làm tiếp",
            "not_started": "Chưa tới", "not_applicable": "Không có việc"}


def hand_a(fname, uid, uname, short, upper_left, number, date, place, title, log, summary,
           diffs, props, rejected=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bao cao"
    widths = [6, 12, 52, 30, 16]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells("A1:C1"); ws["A1"] = upper_left
    ws.merge_cells("A2:C2"); ws["A2"] = "UBND " + uname.upper()
    ws["A2"].font = Font(bold=True)
    ws.merge_cells("A3:C3"); ws["A3"] = "Số: " + number
    ws.merge_cells("D1:E1"); ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["D1"].font = Font(bold=True)
    ws.merge_cells("D2:E2"); ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    d = datetime.date.fromisoformat(date)
    ws.merge_cells("D3:E3")
    ws["D3"] = f"{place}, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"
    ws["D3"].font = Font(italic=True)
    for c in ("A1", "A2", "A3", "D1", "D2", "D3"):
        ws[c].alignment = CENTER
    ws.merge_cells("A5:E5"); ws["A5"] = "BÁO CÁO"; ws["A5"].font = Font(bold=True, size=13)
    ws["A5"].alignment = CENTER
    ws.merge_cells("A6:E6"); ws["A6"] = title; ws["A6"].alignment = CENTER
    ws["A6"].font = Font(bold=True)
    ws.row_dimensions[6].height = 32
    r = 8
    ws.cell(r, 1, "I. CÁC VIỆC ĐÃ LÀM (theo ngày)").font = Font(bold=True)
    r += 1
    for i, h in enumerate(["STT", "Ngày", "Việc đã làm", "Kết quả", "Người làm"], 1):
        c = ws.cell(r, i, h); c.font = Font(bold=True); c.border = BOX; c.alignment = CENTER
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    for n, (day, what, res, who) in enumerate(log, 1):
        r += 1
        ws.cell(r, 1, n)
        c = ws.cell(r, 2, datetime.datetime.strptime(day, "%d/%m/%Y"))
        c.number_format = "dd/mm/yyyy"
        ws.cell(r, 3, what); ws.cell(r, 4, res); ws.cell(r, 5, who)
        for i in range(1, 6):
            ws.cell(r, i).border = BOX; ws.cell(r, i).alignment = WRAP
    r += 2
    ws.cell(r, 1, "II. TÌNH HÌNH THEO TỪNG VIỆC").font = Font(bold=True)
    r += 1
    for i, h in enumerate(["", "Việc", "", "Cộng lại", "Tình hình"], 1):
        c = ws.cell(r, i, h); c.font = Font(bold=True); c.border = BOX; c.alignment = CENTER
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    for n, (job, total, st) in enumerate(summary, 1):
        r += 1
        ws.cell(r, 1, f"{n})")
        ws.cell(r, 2, job)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        ws.cell(r, 4, total); ws.cell(r, 5, st)
        for i in range(1, 6):
            ws.cell(r, i).border = BOX; ws.cell(r, i).alignment = WRAP
        ws.row_dimensions[r].height = 30
    r += 2
    ws.cell(r, 1, "III. KHÓ KHĂN").font = Font(bold=True)
    for t in diffs:
        r += 1; ws.cell(r, 2, "+ " + t)
    r += 1
    ws.cell(r, 1, "IV. XIN ĐỀ XUẤT").font = Font(bold=True)
    for t in props:
        r += 1; ws.cell(r, 2, "+ " + t)
    r += 2
    ws.cell(r, 4, "Người lập biểu").font = Font(bold=True)
    ws.cell(r, 5, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH").font = Font(bold=True)
    ws.cell(r, 5).alignment = CENTER
    r += 4
    ws.cell(r, 4, "Nguyễn Thị Mỹ Dung"); ws.cell(r, 5, "Trần Văn Lộc" if "Giao" in uname else "Lê Minh Tâm")
    ws.page_setup.orientation = "landscape"
    ws.freeze_panes = None
    wb.save(os.path.join(OUT, fname))


# ---- A1 Phường Thuận Giao
hand_a("25969_ThuanGiao_BC_CT38_T10.xlsx", "25969", "Phường Thuận Giao", "Thuận Giao",
       "ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH", "412/BC-UBND", "2026-10-22", "Thuận Giao",
       "Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026 (từ tháng 01 đến tháng 10)",
       [("12/03/2026", "Phát trên loa truyền thanh phường bài cân đúng - cân đủ", "Phát 06 lần trong tháng 3", "Dung"),
        ("18/03/2026", "Đưa tin lên trang Zalo OA phường và trang TTĐT phường", "02 tin", "Dung"),
        ("09/04/2026", "Cùng Chi cục TĐC kiểm tra cân tại chợ Thuận Giao", "Kiểm tra 14 quầy, không có vi phạm", "Dung, Khoa (KT)"),
        ("20/06/2026", "Cử công chức dự lớp nghiệp vụ TĐC do Chi cục tổ chức", "02 công chức (Dung, Khoa)", "VP"),
        ("15/08/2026", "Kiểm tra cân tại chợ Bình Chuẩn 3", "11 quầy; 02 quầy dùng cân sai, lập biên bản, phạt 3.000.000 đồng", "Khoa (KT)"),
        ("24/09/2026", "Kiểm tra 03 cửa hàng xăng dầu trên địa bàn", "Cột đo đạt, không vi phạm", "Khoa (KT), CA phường"),
        ("05/10/2026", "Đăng thêm tin về ngày Tiêu chuẩn thế giới 14/10", "03 tin", "Dung")],
       [("Tuyên truyền cân đo, chất lượng (loa, Zalo, trang TTĐT)", "05 tin trên Zalo và trang TTĐT; loa phát 06 lần", "Xong"),
        ("Kiểm tra cân ở chợ, cửa hàng xăng dầu (cùng Chi cục)", "03 đợt; 28 cơ sở (14 + 11 + 03); 02 cơ sở vi phạm; phạt 3.000.000 đồng", "Còn làm tiếp"),
        ("Cử người đi học nghiệp vụ TĐC", "02 công chức", "Xong"),
        ("ISO 9001 ở bộ phận một cửa phường", "", "Còn làm tiếp"),
        ("Hướng dẫn hộ kinh doanh làm truy xuất nguồn gốc", "", "Chưa tới")],
       ["Chợ Bình Chuẩn 3 chưa có cân đối chứng, tiểu thương và người mua phản ánh nhiều lần.",
        "Công chức làm kiêm nhiệm, chưa được tập huấn kỹ về lập biên bản vi phạm."],
       ["Xin Chi cục TĐC hỗ trợ 01 cân đối chứng đặt tại chợ Bình Chuẩn 3.",
        "Xin Sở mở thêm lớp nghiệp vụ cho công chức phường sau sắp xếp."])
key("25969_ThuanGiao_BC_CT38_T10.xlsx", "25969", "Phường Thuận Giao", "412/BC-UBND", "2026-10-22",
    [E("II.1.a", "completed", {"communications": 5}, "Tuyên truyền cân đo, chất lượng (loa, Zalo, trang TTĐT): 05 tin trên Zalo và trang TTĐT; loa phát 06 lần — Xong"),
     E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 28, "violations": 2, "fines_vnd": 3000000},
       "Kiểm tra cân ở chợ, cửa hàng xăng dầu (cùng Chi cục): 03 đợt; 28 cơ sở (14 + 11 + 03); 02 cơ sở vi phạm; phạt 3.000.000 đồng — Còn làm tiếp"),
     E("II.3.a", "completed", {"participants": 2}, "Cử người đi học nghiệp vụ TĐC: 02 công chức — Xong"),
     E("II.2.đ", "in_progress", {}, "ISO 9001 ở bộ phận một cửa phường — Còn làm tiếp"),
     E("II.2.a", "not_started", {}, "Hướng dẫn hộ kinh doanh làm truy xuất nguồn gốc — Chưa tới")],
    ["Chợ Bình Chuẩn 3 chưa có cân đối chứng, tiểu thương và người mua phản ánh nhiều lần.",
     "Công chức làm kiêm nhiệm, chưa được tập huấn kỹ về lập biên bản vi phạm."],
    ["Xin Chi cục TĐC hỗ trợ 01 cân đối chứng đặt tại chợ Bình Chuẩn 3.",
     "Xin Sở mở thêm lớp nghiệp vụ cho công chức phường sau sắp xếp."])

# ---- A2 Phường Tân Khánh
hand_a("BC 187 Tan Khanh - CT38.xlsx", "25891", "Phường Tân Khánh", "Tân Khánh",
       "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "187/BC-UBND", "2026-10-17", "Tân Khánh",
       "Tình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng theo Chỉ thị 38-CT/TW năm 2026",
       [("22/02/2026", "Lồng ghép tuyên truyền đo lường, nhãn hàng hóa trong họp khu phố", "Họp ở 12 khu phố", "Dung"),
        ("10/03/2026", "In và phát tờ rơi về cân đúng, nhãn hàng hóa", "350 tờ rơi", "Dung"),
        ("14/05/2026", "Dự lớp tập huấn nghiệp vụ tại Chi cục TĐC", "03 người (VP, KT, VH-XH)", "VP"),
        ("27/05/2026", "Kiểm tra nhãn hàng, cân ở cửa hàng tạp hóa khu phố Khánh Long", "09 cửa hàng; 02 cửa hàng hàng hóa không nhãn phụ tiếng Việt, nhắc nhở, cam kết", "Tổ KT phường"),
        ("08/09/2026", "Kiểm tra cửa hàng tạp hóa, đồ điện khu phố Bình Khánh", "10 cửa hàng; 02 cửa hàng vi phạm nhãn, lập biên bản nhắc nhở", "Tổ KT phường")],
       [("Tuyên truyền (họp khu phố, tờ rơi)", "12 buổi họp khu phố; phát 350 tờ rơi", "Xong"),
        ("Kiểm tra nhãn hàng hóa, cân ở cửa hàng tạp hóa", "02 đợt; 19 cơ sở; 04 cơ sở vi phạm nhãn (nhắc nhở, chưa phạt tiền)", "Còn làm tiếp"),
        ("Công chức dự tập huấn nghiệp vụ", "03 người", "Xong"),
        ("Khen thưởng, bảo vệ người tố giác vi phạm TĐC", "", "Không có việc")],
       ["Phường chưa có dụng cụ để kiểm tra nhanh cân, chỉ xem tem kiểm định."],
       ["Đề nghị Chi cục TĐC cho mượn quả cân chuẩn khi phường đi kiểm tra chợ."])
key("BC 187 Tan Khanh - CT38.xlsx", "25891", "Phường Tân Khánh", "187/BC-UBND", "2026-10-17",
    [E("II.1.a", "completed", {"communications": 350}, "Tuyên truyền (họp khu phố, tờ rơi): 12 buổi họp khu phố; phát 350 tờ rơi — Xong"),
     E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 19, "violations": 4},
       "Kiểm tra nhãn hàng hóa, cân ở cửa hàng tạp hóa: 02 đợt; 19 cơ sở; 04 cơ sở vi phạm nhãn (nhắc nhở, chưa phạt tiền) — Còn làm tiếp"),
     E("II.3.a", "completed", {"participants": 3}, "Công chức dự tập huấn nghiệp vụ: 03 người — Xong"),
     E("II.5.d", "not_applicable", {}, "Khen thưởng, bảo vệ người tố giác vi phạm TĐC — Không có việc")],
    ["Phường chưa có dụng cụ để kiểm tra nhanh cân, chỉ xem tem kiểm định."],
    ["Đề nghị Chi cục TĐC cho mượn quả cân chuẩn khi phường đi kiểm tra chợ."])

# ---- A3 Xã Bình Giã
hand_a("26590-BinhGia-TDC-2026.xlsx", "26590", "Xã Bình Giã", "Bình Giã",
       "THÀNH PHỐ HỒ CHÍ MINH", "96/BC-UBND", "2026-10-26", "Bình Giã",
       "Kết quả triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW năm 2026 trên địa bàn xã",
       [("03/03/2026", "Đài truyền thanh xã phát tin về đo lường trong mua bán nông sản", "04 tin", "Dung"),
        ("16/04/2026", "Kiểm tra cây xăng, đại lý phân bón ấp Bình Xuân", "04 cơ sở; 01 cơ sở dùng cân hết hạn kiểm định, phạt 1.500.000 đồng", "Tổ KT xã"),
        ("12/05/2026", "Công bố lại hệ thống quản lý chất lượng TCVN ISO 9001:2015 của xã", "Quyết định công bố ngày 12/5/2026", "VP xã"),
        ("02/07/2026", "Hướng dẫn HTX tiêu, cà phê đăng ký mã số mã vạch, tem truy xuất", "05 HTX, tổ hợp tác", "Phòng KT"),
        ("18/09/2026", "Kiểm tra đại lý thu mua cà phê, tiêu (cân)", "03 cơ sở, đạt", "Tổ KT xã"),
        ("25/09/2026", "Đài truyền thanh xã phát tin", "04 tin", "Dung")],
       [("Tuyên truyền trên Đài truyền thanh xã", "08 tin", "Xong"),
        ("Kiểm tra đo lường cây xăng, đại lý phân bón, đại lý nông sản", "02 cuộc; 07 cơ sở; 01 vi phạm; phạt 1.500.000 đồng", "Còn làm tiếp"),
        ("Hướng dẫn HTX làm mã số mã vạch, truy xuất nguồn gốc", "05 HTX, tổ hợp tác", "Còn làm tiếp"),
        ("ISO hành chính của xã", "Đã công bố lại ngày 12/5/2026", "Xong"),
        ("Cử cán bộ đi tập huấn TĐC", "Chi cục chưa mở lớp cho xã", "Chưa tới")],
       ["Nhiều đại lý thu mua nông sản dùng cân đồng hồ loại lớn chưa kiểm định, xã không đủ chuyên môn xác định."],
       ["Đề nghị Chi cục TĐC phối hợp kiểm tra cân đại lý nông sản vào mùa thu hoạch cà phê.",
        "Đề nghị hỗ trợ kinh phí in tem truy xuất nguồn gốc cho HTX."])
key("26590-BinhGia-TDC-2026.xlsx", "26590", "Xã Bình Giã", "96/BC-UBND", "2026-10-26",
    [E("II.1.a", "completed", {"communications": 8}, "Tuyên truyền trên Đài truyền thanh xã: 08 tin — Xong"),
     E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 7, "violations": 1, "fines_vnd": 1500000},
       "Kiểm tra đo lường cây xăng, đại lý phân bón, đại lý nông sản: 02 cuộc; 07 cơ sở; 01 vi phạm; phạt 1.500.000 đồng — Còn làm tiếp"),
     E("II.2.a", "in_progress", {"enterprises_supported": 5}, "Hướng dẫn HTX làm mã số mã vạch, truy xuất nguồn gốc: 05 HTX, tổ hợp tác — Còn làm tiếp"),
     E("II.2.đ", "completed", {}, "ISO hành chính của xã: Đã công bố lại ngày 12/5/2026 — Xong"),
     E("II.3.a", "not_started", {}, "Cử cán bộ đi tập huấn TĐC: Chi cục chưa mở lớp cho xã — Chưa tới")],
    ["Nhiều đại lý thu mua nông sản dùng cân đồng hồ loại lớn chưa kiểm định, xã không đủ chuyên môn xác định."],
    ["Đề nghị Chi cục TĐC phối hợp kiểm tra cân đại lý nông sản vào mùa thu hoạch cà phê.",
     "Đề nghị hỗ trợ kinh phí in tem truy xuất nguồn gốc cho HTX."])

# ---- A4 Xã Phú Giáo — MISTAKEN (cải cách hành chính)
hand_a("PhuGiao_BC_Q3_2026.xlsx", "25858", "Xã Phú Giáo", "Phú Giáo",
       "THÀNH PHỐ HỒ CHÍ MINH", "233/BC-UBND", "2026-10-08", "Phú Giáo",
       "Kết quả thực hiện công tác cải cách hành chính Quý III năm 2026",
       [("07/07/2026", "Niêm yết lại bộ thủ tục hành chính tại bộ phận một cửa", "142 thủ tục", "VP"),
        ("21/07/2026", "Khảo sát sự hài lòng của người dân", "320 phiếu, hài lòng 97,5%", "VP"),
        ("14/08/2026", "Số hóa hồ sơ, kết quả giải quyết TTHC", "1.215 hồ sơ", "VP, CĐS"),
        ("30/09/2026", "Tổng hợp hồ sơ trễ hạn quý III", "04 hồ sơ trễ hạn, đã xin lỗi người dân", "VP")],
       [("Niêm yết, công khai TTHC", "142 thủ tục", "Xong"),
        ("Số hóa hồ sơ TTHC", "1.215 hồ sơ", "Còn làm tiếp"),
        ("Đo lường sự hài lòng", "320 phiếu", "Xong")],
       ["Đường truyền mạng tại bộ phận một cửa chập chờn, ảnh hưởng việc số hóa."],
       ["Xin nâng cấp đường truyền cho bộ phận một cửa xã."])
key("PhuGiao_BC_Q3_2026.xlsx", "25858", "Xã Phú Giáo", "233/BC-UBND", "2026-10-08", [], [], [],
    rejected="Báo cáo công tác cải cách hành chính Quý III/2026 của xã, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng")


# =====================================================================================
# HAND B — anh Hưng, thống kê viên của sở (XLSX). A three-sheet workbook with fixed sheet
# names "01-NhiemVu" (task list: STT | Nhiệm vụ | Vai trò của Sở | Tình trạng | Ghi chú),
# "02-SoLieu" (one figure per row, linked to the task only by the STT of sheet 01, numeric
# cells, money formatted #,##0) and "03-KhoKhan-KienNghi". The header sits only on sheet
# 01 as "Kèm theo Báo cáo số … ngày dd/mm/yyyy". Statuses: "Đã thực hiện" /
# "Đang thực hiện" / "Chưa thực hiện" / "Chưa phát sinh".
# =====================================================================================
B_WORD = {"completed": "Đã thực hiện", "in_progress": "Đang thực hiện",
          "not_started": "Chưa thực hiện", "not_applicable": "Chưa phát sinh"}


def hand_b(fname, uname, number, date, tasks, figs, diffs, props):
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "01-NhiemVu"
    for i, w in enumerate([6, 60, 16, 18, 34], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    d = datetime.date.fromisoformat(date)
    ws["A1"] = "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"
    ws["A2"] = uname.upper(); ws["A2"].font = Font(bold=True)
    ws.merge_cells("A4:E4")
    ws["A4"] = "BIỂU 01. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ TẠI KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"
    ws["A4"].font = Font(bold=True); ws["A4"].alignment = CENTER
    ws.merge_cells("A5:E5")
    ws["A5"] = f"(Kèm theo Báo cáo số {number} ngày {d.day:02d}/{d.month:02d}/{d.year} của {uname})"
    ws["A5"].font = Font(italic=True); ws["A5"].alignment = CENTER
    hdr = ["STT", "Nhiệm vụ", "Vai trò của Sở", "Tình trạng", "Ghi chú"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h); c.font = Font(bold=True); c.border = BOX; c.alignment = CENTER
    r = 7
    for n, (name, role, st, note) in enumerate(tasks, 1):
        r += 1
        vals = [n, name, role, B_WORD[st], note]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.border = BOX; c.alignment = WRAP
    ws2 = wb.create_sheet("02-SoLieu")
    for i, w in enumerate([10, 56, 12, 18], 1):
        ws2.column_dimensions[get_column_letter(i)].width = w
    ws2.merge_cells("A1:D1")
    ws2["A1"] = "BIỂU 02. SỐ LIỆU KẾT QUẢ (số liệu từ 01/01/2026 đến ngày báo cáo)"
    ws2["A1"].font = Font(bold=True)
    for i, h in enumerate(["Nhiệm vụ (STT Biểu 01)", "Chỉ tiêu", "Đơn vị", "Số lượng"], 1):
        c = ws2.cell(3, i, h); c.font = Font(bold=True); c.border = BOX; c.alignment = CENTER
    r = 3
    for (stt, label, unit, val) in figs:
        r += 1
        for i, v in enumerate([stt, label, unit, val], 1):
            c = ws2.cell(r, i, v); c.border = BOX; c.alignment = WRAP
        ws2.cell(r, 1).alignment = CENTER
        if isinstance(val, (int, float)) and val >= 1000:
            ws2.cell(r, 4).number_format = "#,##0"
    ws3 = wb.create_sheet("03-KhoKhan-KienNghi")
    ws3.column_dimensions["A"].width = 8; ws3.column_dimensions["B"].width = 100
    ws3["A1"] = "I"; ws3["B1"] = "Khó khăn, vướng mắc"
    ws3["A1"].font = ws3["B1"].font = Font(bold=True)
    r = 1
    for n, t in enumerate(diffs, 1):
        r += 1; ws3.cell(r, 1, n); ws3.cell(r, 2, t)
    r += 1
    ws3.cell(r, 1, "II").font = Font(bold=True); ws3.cell(r, 2, "Kiến nghị, đề xuất").font = Font(bold=True)
    for n, t in enumerate(props, 1):
        r += 1; ws3.cell(r, 1, n); ws3.cell(r, 2, t)
    r += 2
    ws3.cell(r, 2, "Người lập biểu: Phạm Quốc Hưng – ĐT: 0903 412 118")
    ws3.cell(r, 2).font = Font(italic=True)
    wb.save(os.path.join(OUT, fname))


def b_entries(tasks, figs, codes, texts=None):
    out = []
    for n, (name, role, st, note) in enumerate(tasks, 1):
        ind = {}
        for (stt, label, unit, val) in figs:
            if stt == n and codes.get((n, label)):
                ind[codes[(n, label)]] = val
        t = name + (" — " + note if note else "")
        out.append(E(codes["task", n], st, ind, t))
    return out


# ---- B1 Sở Công Thương
t = [("Phối hợp Chi cục TĐC kiểm tra đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng (LPG) lưu thông trên thị trường", "Phối hợp", "in_progress", "Đợt cao điểm cuối năm đang tiếp tục"),
     ("Góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương (khi Bộ, Chi cục đề nghị)", "Phối hợp", "completed", ""),
     ("Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015 tại cơ quan Sở", "Thực hiện", "completed", "Đã công bố lại ngày 15/6/2026"),
     ("Cử công chức tham dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng", "Thực hiện", "completed", ""),
     ("Phối hợp xử lý, bảo vệ người tố giác hành vi vi phạm về TĐC", "Phối hợp", "not_applicable", "")]
f = [(1, "Số cuộc kiểm tra liên ngành", "cuộc", 6), (1, "Số cửa hàng xăng dầu, trạm chiết nạp LPG được kiểm tra", "cơ sở", 42),
     (1, "Số cơ sở vi phạm", "cơ sở", 5), (1, "Số tiền xử phạt vi phạm hành chính", "đồng", 87500000),
     (1, "Số mẫu xăng dầu lấy thử nghiệm", "mẫu", 18), (2, "Số dự thảo QCVN đã góp ý", "dự thảo", 3),
     (3, "Số quy trình ISO được cập nhật", "quy trình", 14), (4, "Số lượt công chức tham dự", "lượt", 6)]
c = {("task", 1): "II.5.a", ("task", 2): "II.2.e", ("task", 3): "II.2.đ", ("task", 4): "II.3.a", ("task", 5): "II.5.d",
     (1, f[0][1]): "inspections", (1, f[1][1]): "establishments_inspected", (1, f[2][1]): "violations",
     (1, f[3][1]): "fines_vnd", (1, f[4][1]): "samples_tested", (2, f[5][1]): "standards_reviewed",
     (4, f[7][1]): "participants"}
dd = ["Nhân sự quản lý thị trường sau sắp xếp giảm, khó bố trí người tham gia đoàn liên ngành dài ngày.",
      "Chưa có kinh phí riêng cho việc lấy mẫu xăng dầu thử nghiệm ngoài kế hoạch."]
pp = ["Đề nghị Sở KH&CN (Chi cục TĐC) thông báo kế hoạch kiểm tra sớm để Sở Công Thương chủ động cử người.",
      "Đề nghị bố trí kinh phí thử nghiệm mẫu xăng dầu trong dự toán năm 2027."]
hand_b("SCT_Bieu_KQ_CT38_2026.xlsx", "Sở Công Thương", "3140/BC-SCT", "2026-10-28", t, f, dd, pp)
key("SCT_Bieu_KQ_CT38_2026.xlsx", "SO-CT", "Sở Công Thương", "3140/BC-SCT", "2026-10-28", b_entries(t, f, c), dd, pp)

# ---- B2 Sở Y tế (re-saved through LibreOffice later)
t = [("Góp ý dự thảo QCVN về trang thiết bị y tế và chất lượng nước sạch sử dụng cho mục đích sinh hoạt", "Chủ trì góp ý", "completed", ""),
     ("Phối hợp kiểm tra phương tiện đo nhóm 2 dùng trong y tế (huyết áp kế, nhiệt kế, cân sức khỏe) tại cơ sở khám bệnh, chữa bệnh tư nhân", "Phối hợp", "in_progress", ""),
     ("Duy trì HTQLCL theo TCVN ISO 9001:2015 tại Văn phòng Sở và các phòng chức năng", "Thực hiện", "completed", ""),
     ("Cử viên chức tham dự lớp tập huấn về đo lường trong y tế do Chi cục TĐC tổ chức", "Thực hiện", "completed", ""),
     ("Cập nhật các thỏa thuận thừa nhận lẫn nhau (MRA) ASEAN về trang thiết bị y tế", "Phối hợp", "not_applicable", "Trong kỳ chưa có văn bản mới")]
f = [(1, "Số dự thảo QCVN đã góp ý", "văn bản", 2), (2, "Số cuộc kiểm tra", "cuộc", 2),
     (2, "Số cơ sở khám bệnh, chữa bệnh được kiểm tra", "cơ sở", 16), (2, "Số cơ sở vi phạm (phương tiện đo hết hạn kiểm định)", "cơ sở", 1),
     (4, "Số viên chức tham dự", "người", 8)]
c = {("task", 1): "II.2.e", ("task", 2): "II.5.a", ("task", 3): "II.2.đ", ("task", 4): "II.3.a", ("task", 5): "II.6.a",
     (1, f[0][1]): "standards_reviewed", (2, f[1][1]): "inspections", (2, f[2][1]): "establishments_inspected",
     (2, f[3][1]): "violations", (4, f[4][1]): "participants"}
dd = ["Một số cơ sở khám bệnh tư nhân chưa nắm quy định về kiểm định định kỳ phương tiện đo nhóm 2."]
pp = ["Đề nghị Chi cục TĐC phối hợp tổ chức 01 buổi hướng dẫn riêng cho các phòng khám tư nhân trong năm 2027."]
hand_b("SYT_bieu kem BC CT38.xlsx", "Sở Y tế", "2214/BC-SYT", "2026-10-30", t, f, dd, pp)
key("SYT_bieu kem BC CT38.xlsx", "SO-YT", "Sở Y tế", "2214/BC-SYT", "2026-10-30", b_entries(t, f, c), dd, pp)

# ---- B3 Sở Xây dựng
t = [("Góp ý dự thảo QCVN, TCVN về vật liệu xây dựng, an toàn cháy cho nhà và công trình", "Chủ trì góp ý", "completed", ""),
     ("Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường (xi măng, thép, kính, gạch ốp lát)", "Chủ trì (phối hợp Chi cục TĐC)", "in_progress", ""),
     ("Áp dụng, duy trì HTQLCL TCVN ISO 9001:2015 tại Sở", "Thực hiện", "in_progress", "Đang cập nhật quy trình theo bộ TTHC mới"),
     ("Cử công chức tham dự tập huấn về TĐC", "Thực hiện", "completed", "")]
f = [(1, "Số dự thảo QCVN, TCVN đã góp ý", "dự thảo", 4), (2, "Số cuộc kiểm tra", "cuộc", 3),
     (2, "Số cơ sở kinh doanh VLXD được kiểm tra", "cơ sở", 21), (2, "Số mẫu VLXD lấy thử nghiệm", "mẫu", 35),
     (2, "Số cơ sở vi phạm", "cơ sở", 2), (2, "Tiền xử phạt", "đồng", 24000000),
     (4, "Số công chức tham dự", "người", 4)]
c = {("task", 1): "II.2.e", ("task", 2): "II.5.a", ("task", 3): "II.2.đ", ("task", 4): "II.3.a",
     (1, f[0][1]): "standards_reviewed", (2, f[1][1]): "inspections", (2, f[2][1]): "establishments_inspected",
     (2, f[3][1]): "samples_tested", (2, f[4][1]): "violations", (2, f[5][1]): "fines_vnd", (4, f[6][1]): "participants"}
dd = ["Chi phí thử nghiệm mẫu vật liệu xây dựng cao, dự toán năm 2026 chỉ đủ cho khoảng 35 mẫu."]
pp = ["Đề nghị Sở KH&CN chia sẻ kết quả khảo sát chất lượng VLXD của Chi cục TĐC để tránh lấy mẫu trùng."]
hand_b("SXD-01-02-03_CT38.xlsx", "Sở Xây dựng", "1589/BC-SXD", "2026-10-27", t, f, dd, pp)
key("SXD-01-02-03_CT38.xlsx", "SO-XD", "Sở Xây dựng", "1589/BC-SXD", "2026-10-27", b_entries(t, f, c), dd, pp)

# ---- B4 Sở Giáo dục và Đào tạo
t = [("Lồng ghép nội dung tiêu chuẩn, mã số mã vạch, nhãn hàng hóa vào hoạt động ngoại khóa tại các trường trung cấp, cao đẳng trực thuộc", "Phối hợp", "in_progress", ""),
     ("Tuyên truyền về công tác TĐC trên Cổng thông tin điện tử ngành giáo dục", "Phối hợp", "completed", ""),
     ("Duy trì HTQLCL theo TCVN ISO 9001:2015 tại cơ quan Sở", "Thực hiện", "completed", ""),
     ("Phối hợp kiểm tra chất lượng thiết bị dạy học, đồ chơi trẻ em tại cơ sở giáo dục", "Phối hợp", "not_applicable", "Trong kỳ Chi cục chưa đề nghị phối hợp")]
f = [(1, "Số buổi ngoại khóa, chuyên đề đã tổ chức", "buổi", 4), (1, "Số lượt học sinh, sinh viên tham dự", "lượt", 610),
     (2, "Số tin, bài đã đăng", "tin, bài", 7)]
c = {("task", 1): "II.3.d", ("task", 2): "II.1.a", ("task", 3): "II.2.đ", ("task", 4): "II.5.a",
     (1, f[0][1]): "training_courses", (1, f[1][1]): "participants", (2, f[2][1]): "communications"}
dd = ["Giáo viên phụ trách ngoại khóa chưa được bồi dưỡng kiến thức chuyên sâu về tiêu chuẩn, đo lường."]
pp = ["Đề nghị Chi cục TĐC cung cấp tài liệu, báo cáo viên cho các buổi ngoại khóa năm học 2026-2027."]
hand_b("GDDT_CT38_bieu_so_lieu.xlsx", "Sở Giáo dục và Đào tạo", "4021/BC-SGDĐT", "2026-10-29", t, f, dd, pp)
key("GDDT_CT38_bieu_so_lieu.xlsx", "SO-GDDT", "Sở Giáo dục và Đào tạo", "4021/BC-SGDĐT", "2026-10-29", b_entries(t, f, c), dd, pp)


# =====================================================================================
# HAND C — chị Ngọc Hạnh, chuyên viên tổng hợp ở đơn vị thuộc Sở (XLSX + 1 DOCX).
# One "theo dõi đầu việc" table: STT | Đầu việc | Kết quả cụ thể | Trạng thái | Người theo
# dõi (full names). Figures only inside the result sentence, money "85,4 triệu đồng"/"1,2
# tỷ đồng". Help-desk status words: "Hoàn tất" / "Đang xử lý" / "Chưa xử lý" / "Không có
# nội dung". Header compact in two cells ("SỞ KHOA HỌC VÀ CÔNG NGHỆ\n<UNIT>" | "Số: …  –
# TP.HCM, ngày …"); KK/KN written as numbered rows "KK1, KK2 / KN1" after the table.
# =====================================================================================
C_WORD = {"completed": "Hoàn tất", "in_progress": "Đang xử lý", "not_started": "Chưa xử lý",
          "not_applicable": "Không có nội dung"}


def hand_c_xlsx(fname, uname, short_upper, number, date, rows, diffs, props, sheet="Theo doi dau viec"):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sheet
    for i, w in enumerate([6, 46, 70, 16, 20], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    d = datetime.date.fromisoformat(date)
    ws.merge_cells("A1:B2")
    ws["A1"] = "SỞ KHOA HỌC VÀ CÔNG NGHỆ\n" + short_upper
    ws["A1"].font = Font(bold=True); ws["A1"].alignment = CENTER
    ws.merge_cells("C1:E2")
    ws["C1"] = f"Số: {number}\nTP. Hồ Chí Minh, ngày {d.day} tháng {d.month} năm {d.year}"
    ws["C1"].alignment = CENTER
    ws.row_dimensions[1].height = 24; ws.row_dimensions[2].height = 24
    ws.merge_cells("A4:E4")
    ws["A4"] = f"BẢNG THEO DÕI ĐẦU VIỆC THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 – {uname.upper()}"
    ws["A4"].font = Font(bold=True, size=12); ws["A4"].alignment = CENTER
    for i, h in enumerate(["STT", "Đầu việc", "Kết quả cụ thể", "Trạng thái", "Người theo dõi"], 1):
        c = ws.cell(6, i, h); c.font = Font(bold=True, color="FFFFFF"); c.border = BOX; c.alignment = CENTER
        c.fill = PatternFill("solid", fgColor="305496")
    r = 6
    for n, (job, res, st, who) in enumerate(rows, 1):
        r += 1
        for i, v in enumerate([n, job, res, C_WORD[st], who], 1):
            c = ws.cell(r, i, v); c.border = BOX; c.alignment = WRAP
        ws.cell(r, 4).alignment = CENTER
    r += 2
    for n, t in enumerate(diffs, 1):
        ws.cell(r, 1, f"KK{n}").font = Font(bold=True); ws.cell(r, 2, t)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5); r += 1
    for n, t in enumerate(props, 1):
        ws.cell(r, 1, f"KN{n}").font = Font(bold=True); ws.cell(r, 2, t)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5); r += 1
    ws.cell(r + 1, 4, "THỦ TRƯỞNG ĐƠN VỊ").font = Font(bold=True)
    ws.auto_filter.ref = f"A6:E{6 + len(rows)}"
    wb.save(os.path.join(OUT, fname))


def c_key(rows, codes, inds):
    return [E(codes[i], st, inds.get(i, {}), job + ": " + res) for i, (job, res, st, who) in enumerate(rows)]


# ---- C1 Chi cục TĐC
rows = [("Tập huấn văn bản QPPL về TĐC cho tổ chức, doanh nghiệp; tọa đàm với doanh nghiệp nhập khẩu",
         "Tổ chức 04 hoạt động (03 lớp tập huấn, 01 tọa đàm doanh nghiệp nhập khẩu) với 412 lượt đại biểu tham dự.", "completed", "Võ Ngọc Hạnh"),
        ("Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
         "Gửi thư mời, hướng dẫn hồ sơ cho 09 doanh nghiệp đăng ký tham dự.", "completed", "Đỗ Minh Triết"),
        ("Chương trình 1322, Đề án 996, Đề án 100 (năng suất, đo lường, truy xuất nguồn gốc)",
         "Hỗ trợ 27 doanh nghiệp áp dụng công cụ năng suất, truy xuất nguồn gốc; kinh phí đã giải ngân 1,2 tỷ đồng.", "in_progress", "Đỗ Minh Triết"),
        ("Hội đồng sơ tuyển Giải thưởng Chất lượng Quốc gia",
         "Đã đánh giá tại doanh nghiệp 09 hồ sơ, đang tổng hợp gửi Hội đồng quốc gia.", "in_progress", "Đỗ Minh Triết"),
        ("Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố hợp chuẩn hợp quy",
         "Tiếp nhận 1.146 hồ sơ công bố hợp quy; tư vấn trực tiếp cho 58 doanh nghiệp.", "in_progress", "Lâm Thị Thu"),
        ("Góp ý dự thảo TCVN, QCVN; xây dựng QCĐP",
         "Góp ý 11 dự thảo TCVN, QCVN theo đề nghị của Bộ KH&CN và các Bộ ngành.", "in_progress", "Lâm Thị Thu"),
        ("Tập huấn nghiệp vụ TĐC cho công chức sở ngành, phường xã, đặc khu",
         "Mở 02 lớp cho công chức phường, xã, đặc khu, 265 học viên.", "completed", "Võ Ngọc Hạnh"),
        ("Kiểm tra nhà nước về TĐC đối với hàng hóa lưu thông, nhập khẩu",
         "Thực hiện 14 cuộc kiểm tra tại 96 cơ sở; phát hiện 12 cơ sở vi phạm; xử phạt 186,5 triệu đồng.", "in_progress", "Nguyễn Văn Khải"),
        ("Khảo sát chất lượng sản phẩm, hàng hóa",
         "Lấy 140 mẫu (xăng dầu, mũ bảo hiểm, đồ chơi trẻ em) gửi thử nghiệm, đang chờ kết quả đợt 2.", "in_progress", "Nguyễn Văn Khải"),
        ("Phối hợp APO thúc đẩy năng suất khu vực công", "Trong kỳ Tổng cục/Ủy ban chưa có yêu cầu.", "not_applicable", "Đỗ Minh Triết")]
codes = ["II.1.a", "II.1.b", "II.2.a", "II.2.b", "II.2.d", "II.2.e", "II.3.a", "II.5.a", "II.5.b", "II.6.b"]
inds = {0: {"training_courses": 4, "participants": 412}, 1: {"enterprises_supported": 9},
        2: {"enterprises_supported": 27, "budget_spent_vnd": 1200000000}, 4: {"enterprises_supported": 58},
        5: {"standards_reviewed": 11}, 6: {"training_courses": 2, "participants": 265},
        7: {"inspections": 14, "establishments_inspected": 96, "violations": 12, "fines_vnd": 186500000},
        8: {"samples_tested": 140}}
dd = ["Khối lượng hồ sơ công bố hợp quy tăng mạnh trong khi biên chế không tăng.",
      "Kinh phí thử nghiệm mẫu khảo sát chỉ đủ cho 2 đợt trong năm."]
pp = ["Đề nghị Sở bổ sung 02 chỉ tiêu viên chức cho bộ phận tiếp nhận hồ sơ.",
      "Đề nghị bổ sung kinh phí khảo sát chất lượng năm 2027 cho nhóm hàng hóa trực tuyến."]
hand_c_xlsx("CCTDC_theodoi_CT38_2026.xlsx", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
            "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "1987/BC-CCTĐC", "2026-10-31", rows, dd, pp)
key("CCTDC_theodoi_CT38_2026.xlsx", "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    "1987/BC-CCTĐC", "2026-10-31", c_key(rows, codes, inds), dd, pp)

# ---- C2 Trung tâm Dịch vụ Phân tích thí nghiệm
rows = [("Đầu tư, hiện đại hóa trang thiết bị thử nghiệm, hiệu chuẩn",
         "Mua sắm 06 thiết bị thử nghiệm (GC-MS, máy đo độ cứng...); đã giải ngân 4.350.000.000 đồng.", "in_progress", "Trần Thị Bích"),
        ("Mở rộng, nâng cao hiệu quả dịch vụ kỹ thuật TĐC",
         "Kiểm định, hiệu chuẩn 18.540 phương tiện đo; thử nghiệm 3.215 mẫu cho doanh nghiệp và cơ quan quản lý.", "in_progress", "Võ Ngọc Hạnh"),
        ("Duy trì chuẩn đo lường chính, liên kết chuẩn quốc gia",
         "Đã gửi hiệu chuẩn liên kết các chuẩn khối lượng, áp suất tại Viện Đo lường Việt Nam theo kế hoạch.", "completed", "Trần Thị Bích"),
        ("Hướng dẫn sinh viên về đo lường, thử nghiệm",
         "Phối hợp 02 trường cao đẳng tổ chức 03 buổi hướng dẫn thực hành cho 240 sinh viên.", "completed", "Võ Ngọc Hạnh")]
codes = ["II.4.a", "II.2.g", "II.4.c", "II.3.d"]
inds = {0: {"budget_spent_vnd": 4350000000}, 1: {"instruments_verified": 18540, "samples_tested": 3215},
        3: {"training_courses": 3, "participants": 240}}
dd = ["Một số thiết bị nhập khẩu giao chậm do thủ tục nhập khẩu kéo dài."]
pp = ["Đề nghị Sở cho phép gia hạn thời gian giải ngân gói mua sắm thiết bị sang Quý I/2027."]
hand_c_xlsx("TTPTTN - theo doi dau viec CT38.xlsx", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
            "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "845/BC-TTPTTN", "2026-10-26", rows, dd, pp)
key("TTPTTN - theo doi dau viec CT38.xlsx", "SKHCN-TTPTTN",
    "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
    "845/BC-TTPTTN", "2026-10-26", c_key(rows, codes, inds), dd, pp)

# ---- C3 Phòng Kiểm tra – Pháp chế
rows = [("Phối hợp Chi cục kiểm tra TĐC hàng hóa lưu thông",
         "Tham gia 04 cuộc kiểm tra tại 31 cơ sở; 06 cơ sở vi phạm; tham mưu xử phạt 57 triệu đồng.", "in_progress", "Huỳnh Tấn Phát"),
        ("Tiếp nhận, xử lý phản ánh; bảo vệ người tố giác vi phạm",
         "Tiếp nhận 02 đơn phản ánh về cân sai tại chợ, đã chuyển xử lý và trả lời người dân.", "completed", "Huỳnh Tấn Phát"),
        ("Góp ý sửa đổi Luật Chất lượng sản phẩm, hàng hóa và văn bản hướng dẫn",
         "Góp ý 02 dự thảo nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi).", "completed", "Mai Thị Kiều"),
        ("Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP",
         "Chờ Chi cục gửi danh mục rà soát.", "not_started", "Mai Thị Kiều"),
        ("Phối hợp khảo sát chất lượng sản phẩm, hàng hóa", "Chi cục chưa đề nghị phối hợp trong kỳ.", "not_applicable", "Huỳnh Tấn Phát")]
codes = ["II.5.a", "II.5.d", "II.2.c", "II.4.b", "II.5.b"]
inds = {0: {"inspections": 4, "establishments_inspected": 31, "violations": 6, "fines_vnd": 57000000}}
dd = ["Phòng chỉ có 03 công chức, vừa làm pháp chế vừa tham gia đoàn kiểm tra."]
pp = ["Đề nghị Chi cục gửi kế hoạch kiểm tra theo quý để Phòng bố trí nhân sự."]
hand_c_xlsx("KTPC_CT38_T10.xlsx", "Phòng Kiểm tra – Pháp chế", "PHÒNG KIỂM TRA – PHÁP CHẾ",
            "312/BC-KTPC", "2026-10-23", rows, dd, pp)
key("KTPC_CT38_T10.xlsx", "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "312/BC-KTPC", "2026-10-23",
    c_key(rows, codes, inds), dd, pp)

# ---- C4 Văn phòng Sở
rows = [("Duy trì, cải tiến HTQLCL TCVN ISO 9001:2015 tại cơ quan Sở",
         "Cập nhật 23 quy trình theo bộ TTHC mới, đánh giá nội bộ tháng 8, công bố lại ngày 04/9/2026.", "completed", "Phan Thanh Tùng"),
        ("Phối hợp hoàn thiện hệ thống giải quyết TTHC, kết nối Cổng một cửa quốc gia",
         "Đã phối hợp Chi cục, Phòng CĐS rà soát quy trình điện tử.", "completed", "Phan Thanh Tùng"),
        ("Phối hợp đầu tư cơ sở vật chất cho đơn vị sự nghiệp",
         "Đang thẩm định dự toán mua sắm thiết bị năm 2026 của Trung tâm.", "in_progress", "Lê Hoài Nam"),
        ("Đưa tin tuyên truyền về TĐC trên Cổng TTĐT Sở",
         "Đăng 16 tin, bài về hoạt động TĐC và Ngày Tiêu chuẩn thế giới.", "completed", "Nguyễn Thùy Linh"),
        ("Khen thưởng, bảo vệ người tố giác vi phạm về TĐC", "Không có trường hợp đề nghị khen thưởng.", "not_applicable", "Lê Hoài Nam")]
codes = ["II.2.đ", "II.2.h", "II.4.a", "II.1.a", "II.5.d"]
inds = {3: {"communications": 16}}
dd = []
pp = ["Đề nghị các phòng, đơn vị gửi tin, bài về TĐC định kỳ hằng tháng để Văn phòng đăng tải."]
hand_c_xlsx("VPS_dau viec CT38 2026.xlsx", "Văn phòng Sở Khoa học và Công nghệ", "VĂN PHÒNG SỞ",
            "127/BC-VP", "2026-10-21", rows, dd, pp)
key("VPS_dau viec CT38 2026.xlsx", "SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ", "127/BC-VP", "2026-10-21",
    c_key(rows, codes, inds), dd, pp)


# ---- C5 Phòng Chuyển đổi số (DOCX in the same hand)
def hand_c_docx(fname, uname, short_upper, number, date, rows, diffs, props):
    doc = docx.Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    d = datetime.date.fromisoformat(date)
    t = doc.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "SỞ KHOA HỌC VÀ CÔNG NGHỆ\n" + short_upper
    t.cell(0, 1).text = f"Số: {number}\nTP. Hồ Chí Minh, ngày {d.day} tháng {d.month} năm {d.year}"
    for cell in t.rows[0].cells:
        for p in cell.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(f"BẢNG THEO DÕI ĐẦU VIỆC THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 – {uname.upper()}"); r.bold = True
    tb = doc.add_table(rows=1, cols=5); tb.style = "Table Grid"
    for i, h in enumerate(["STT", "Đầu việc", "Kết quả cụ thể", "Trạng thái", "Người theo dõi"]):
        tb.rows[0].cells[i].text = h
        tb.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for n, (job, res, stt, who) in enumerate(rows, 1):
        cells = tb.add_row().cells
        for i, v in enumerate([str(n), job, res, C_WORD[stt], who]):
            cells[i].text = v
    doc.add_paragraph()
    for n, t_ in enumerate(diffs, 1):
        doc.add_paragraph(f"KK{n}. {t_}")
    for n, t_ in enumerate(props, 1):
        doc.add_paragraph(f"KN{n}. {t_}")
    p = doc.add_paragraph("TRƯỞNG PHÒNG"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; p.runs[0].bold = True
    doc.add_paragraph("\n\nTạ Quang Vinh").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(os.path.join(OUT, fname))


rows = [("Kết nối hệ thống TTHC của Bộ KH&CN với Cổng thông tin một cửa quốc gia",
         "Đã kết nối, chạy thử và đưa vào vận hành từ tháng 3/2026.", "completed", "Tạ Quang Vinh"),
        ("Kết nối, áp dụng cơ sở dữ liệu quốc gia về TĐC",
         "Đang chuẩn hóa dữ liệu công bố hợp quy (khoảng 3.400 bản ghi) để đồng bộ.", "in_progress", "Đinh Gia Bảo"),
        ("Cử công chức dự tập huấn chuyên môn TĐC",
         "Cử 02 công chức dự lớp nghiệp vụ do Chi cục tổ chức tháng 6.", "completed", "Tạ Quang Vinh"),
        ("Phối hợp APO về năng suất khu vực công", "Chưa có yêu cầu trong kỳ.", "not_applicable", "Đinh Gia Bảo")]
codes = ["II.2.h", "II.2.i", "II.3.a", "II.6.b"]
inds = {2: {"participants": 2}}
dd = ["Dữ liệu công bố hợp quy trước năm 2024 lưu rời rạc, thiếu mã định danh doanh nghiệp."]
pp = ["Đề nghị Chi cục cử 01 viên chức phối hợp làm sạch dữ liệu trong Quý IV/2026."]
hand_c_docx("CDS_theo doi CT38.docx", "Phòng Chuyển đổi số", "PHÒNG CHUYỂN ĐỔI SỐ", "58/BC-CĐS", "2026-10-24", rows, dd, pp)
key("CDS_theo doi CT38.docx", "SKHCN-CDS", "Phòng Chuyển đổi số", "58/BC-CĐS", "2026-10-24",
    c_key(rows, codes, inds), dd, pp)


# =====================================================================================
# HAND D — ông Thanh Phương, chuyên viên lớn tuổi (DOCX). Nghị định 30 header table; part I
# "KẾT QUẢ THỰC HIỆN" with numbered bold task headings; body paragraph with figures, a
# "cụ thể:" run of "a) …; b) …" clauses; then a line "Đánh giá so với thời gian Kế hoạch:"
# whose answer compares with the plan's schedule ("nhiệm vụ thường xuyên, năm 2026 tiếp
# tục thực hiện" / "đã xong trong Quý II" / "chưa đến thời gian thực hiện" / "đơn vị không
# có phát sinh"); difficulties and proposals as two separate plain numbered lists.
# =====================================================================================
D_WORD = {"completed_q": "đã xong trong {q}", "in_progress": "nhiệm vụ thường xuyên, năm 2026 tiếp tục thực hiện",
          "not_started": "chưa đến thời gian thực hiện", "not_applicable": "đơn vị không có phát sinh"}


def hand_d(fname, upper, unit_upper, number, date, place, title, items, diffs, props, signer, mistaken=False):
    doc = docx.Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(14)
    sec = doc.sections[0]; sec.left_margin = Cm(3); sec.right_margin = Cm(2)
    d = datetime.date.fromisoformat(date)
    t = doc.add_table(rows=3, cols=2)
    t.cell(0, 0).text = upper
    t.cell(1, 0).text = unit_upper
    t.cell(2, 0).text = "Số: " + number
    t.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    t.cell(1, 1).text = "Độc lập - Tự do - Hạnh phúc"
    t.cell(2, 1).text = f"{place}, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"
    for row in t.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for r in p.runs:
                    r.font.size = Pt(13)
    t.cell(1, 0).paragraphs[0].runs[0].bold = True
    t.cell(0, 1).paragraphs[0].runs[0].bold = True
    t.cell(2, 1).paragraphs[0].runs[0].italic = True
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("\nBÁO CÁO").bold = True
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(title).bold = True
    doc.add_paragraph("_______________").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(items[0]) if isinstance(items[0], str) else None
    body = items[1:] if isinstance(items[0], str) else items
    p = doc.add_paragraph(); p.add_run("I. KẾT QUẢ THỰC HIỆN").bold = True
    for n, (head, text, clauses, verdict) in enumerate(body, 1):
        p = doc.add_paragraph(); p.add_run(f"{n}. {head}").bold = True
        s = text
        if clauses:
            s += " cụ thể: " + "; ".join(f"{chr(97 + i)}) {c}" for i, c in enumerate(clauses)) + "."
        p = doc.add_paragraph(s); p.paragraph_format.first_line_indent = Cm(1)
        if verdict:
            p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
            p.add_run("Đánh giá so với thời gian Kế hoạch: ").italic = True
            p.add_run(verdict)
    p = doc.add_paragraph(); p.add_run("II. KHÓ KHĂN, VƯỚNG MẮC").bold = True
    for n, t_ in enumerate(diffs, 1):
        doc.add_paragraph(f"{n}. {t_}").paragraph_format.first_line_indent = Cm(1)
    p = doc.add_paragraph(); p.add_run("III. ĐỀ XUẤT, KIẾN NGHỊ").bold = True
    for n, t_ in enumerate(props, 1):
        doc.add_paragraph(f"{n}. {t_}").paragraph_format.first_line_indent = Cm(1)
    t2 = doc.add_table(rows=1, cols=2)
    t2.cell(0, 0).text = "Nơi nhận:\n- Sở KH&CN (Chi cục TĐC);\n- Lưu: VT."
    t2.cell(0, 1).text = signer
    t2.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(os.path.join(OUT, fname))


def d_key(items, codes, statuses, inds):
    out = []
    for i, (head, text, clauses, verdict) in enumerate(items):
        s = head + ". " + text + (" cụ thể: " + "; ".join(clauses) if clauses else "")
        out.append(E(codes[i], statuses[i], inds.get(i, {}), s))
    return out


# ---- D1 Phường Rạch Dừa
items = [("Công tác tuyên truyền", "Phường đã đăng tải 06 tin, bài trên trang thông tin điện tử phường và phát thanh trên hệ thống loa các khu phố về quy định đo lường, nhãn hàng hóa, ghi nhãn hàng hóa trên thị trường", [],
          D_WORD["in_progress"]),
         ("Phối hợp kiểm tra theo nội dung được phân quyền", "Phường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra tại các chợ, cửa hàng xăng dầu, cửa hàng kinh doanh vàng trên địa bàn,",
          ["số cuộc kiểm tra: 04 cuộc", "số cơ sở được kiểm tra: 33 cơ sở", "số cơ sở vi phạm: 03 cơ sở", "số tiền xử phạt: 7,5 triệu đồng"],
          "đã xong đợt cao điểm Tết và tháng 9; " + D_WORD["in_progress"]),
         ("Cử công chức tham dự tập huấn", "Phường cử 03 công chức (Kinh tế, Văn phòng, Văn hóa - Xã hội) tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức", [],
          D_WORD["completed_q"].format(q="Quý II")),
         ("Duy trì hệ thống quản lý chất lượng ISO tại phường", "Phường đã rà soát, cập nhật quy trình và công bố lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", [],
          D_WORD["completed_q"].format(q="Quý I")),
         ("Khen thưởng, bảo vệ người tố giác vi phạm", "Trong kỳ không có đơn tố giác", [], D_WORD["not_applicable"])]
dd = ["Lực lượng kiểm tra của phường ít, công chức kinh tế kiêm nhiệm nhiều lĩnh vực.",
      "Phường chưa có trang thiết bị kiểm tra nhanh chất lượng vàng, xăng dầu."]
pp = ["Kiến nghị Chi cục TĐC tiếp tục chủ trì các đợt kiểm tra liên ngành tại phường.",
      "Kiến nghị Sở KH&CN hướng dẫn cụ thể việc phân quyền xử phạt cho cấp phường."]
hand_d("Rach Dua - BC CT38 2026.docx", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "ỦY BAN NHÂN DÂN\nPHƯỜNG RẠCH DỪA",
       "305/BC-UBND", "2026-10-19", "Rạch Dừa",
       "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư\nvề công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
       ["Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Rạch Dừa báo cáo kết quả thực hiện như sau:"] + items,
       dd, pp, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nNguyễn Hữu Thành")
key("Rach Dua - BC CT38 2026.docx", "26536", "Phường Rạch Dừa", "305/BC-UBND", "2026-10-19",
    d_key(items, ["II.1.a", "II.5.c", "II.3.a", "II.2.đ", "II.5.d"],
          ["in_progress", "in_progress", "completed", "completed", "not_applicable"],
          {0: {"communications": 6}, 1: {"inspections": 4, "establishments_inspected": 33, "violations": 3, "fines_vnd": 7500000},
           2: {"participants": 3}}), dd, pp)

# ---- D2 Đặc khu Côn Đảo (re-saved through LibreOffice later)
items = [("Phối hợp kiểm tra đo lường, chất lượng", "Đặc khu phối hợp đoàn kiểm tra của Chi cục kiểm tra tại chợ Côn Đảo, các cửa hàng xăng dầu và kinh doanh vàng bạc,",
          ["02 cuộc kiểm tra", "15 cơ sở được kiểm tra", "01 cơ sở vi phạm về đo lường (cân không có dấu kiểm định)", "phạt tiền 2.500.000 đồng"],
          D_WORD["in_progress"]),
         ("Tuyên truyền", "Đăng 04 tin, bài trên Cổng thông tin điện tử Đặc khu về cân đúng, đo đủ phục vụ du khách", [], D_WORD["in_progress"]),
         ("Hướng dẫn cơ sở hải sản áp dụng truy xuất nguồn gốc", "Phối hợp Chi cục hướng dẫn 06 cơ sở chế biến hải sản khô đăng ký mã số mã vạch, dán tem truy xuất nguồn gốc cho sản phẩm đặc sản", [],
          D_WORD["completed_q"].format(q="Quý III")),
         ("Cử cán bộ tập huấn", "Chi cục chưa tổ chức lớp tập huấn tại Đặc khu", [], D_WORD["not_started"])]
dd = ["Việc đi lại giữa đất liền và Côn Đảo khó khăn, chi phí cao, đoàn kiểm tra ít ra đảo."]
pp = ["Đề nghị Chi cục TĐC tổ chức lớp tập huấn trực tuyến hoặc tại chỗ cho công chức Đặc khu.",
      "Đề nghị hỗ trợ 01 cân đối chứng cho chợ Côn Đảo."]
hand_d("ConDao_BC_CT38.docx", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "ỦY BAN NHÂN DÂN\nĐẶC KHU CÔN ĐẢO",
       "88/BC-UBND", "2026-10-25", "Côn Đảo",
       "Tình hình thực hiện Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
       items, dd, pp, "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\n\nLê Văn Hải")
key("ConDao_BC_CT38.docx", "26732", "Đặc khu Côn Đảo", "88/BC-UBND", "2026-10-25",
    d_key(items, ["II.5.c", "II.1.a", "II.2.a", "II.3.a"], ["in_progress", "in_progress", "completed", "not_started"],
          {0: {"inspections": 2, "establishments_inspected": 15, "violations": 1, "fines_vnd": 2500000},
           1: {"communications": 4}, 2: {"enterprises_supported": 6}}), dd, pp)

# ---- D3 Phòng Quản lý Khoa học
items = [("Thu hút chuyên gia, nhà khoa học lĩnh vực tiêu chuẩn, đo lường, chất lượng", "Phòng đã tiếp nhận 03 hồ sơ đề nghị thu hút chuyên gia theo Quyết định số 05/2026/QĐ-UBND, đã trình Giám đốc Sở 01 hồ sơ", [],
          D_WORD["in_progress"]),
         ("Phối hợp tổ chức bồi dưỡng chuyên sâu về năng suất, chất lượng", "Phòng phối hợp Chi cục tổ chức 01 khóa bồi dưỡng chuyên gia năng suất với 45 học viên là cán bộ doanh nghiệp", [],
          D_WORD["completed_q"].format(q="Quý III")),
         ("Phối hợp triển khai Chương trình 1322 về năng suất, chất lượng", "Phòng thẩm định nội dung 04 nhiệm vụ khoa học và công nghệ thuộc Chương trình nâng cao năng suất và chất lượng", [],
          D_WORD["in_progress"]),
         ("Phối hợp với APO", "Chưa có yêu cầu phối hợp", [], D_WORD["not_applicable"])]
dd = ["Mức thu nhập theo Nghị quyết 27/2023/NQ-HĐND chưa đủ hấp dẫn chuyên gia lĩnh vực đo lường."]
pp = ["Đề nghị Chi cục TĐC đề xuất danh mục vị trí chuyên gia cần thu hút cụ thể cho năm 2027."]
hand_d("QLKH_BC thuc hien CT38.docx", "SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTHÀNH PHỐ HỒ CHÍ MINH", "PHÒNG QUẢN LÝ KHOA HỌC",
       "41/BC-QLKH", "2026-10-20", "Thành phố Hồ Chí Minh",
       "Kết quả thực hiện nhiệm vụ được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
       items, dd, pp, "TRƯỞNG PHÒNG\n\n\n\nHồ Thị Kim Oanh")
key("QLKH_BC thuc hien CT38.docx", "SKHCN-QLKH", "Phòng Quản lý Khoa học", "41/BC-QLKH", "2026-10-20",
    d_key(items, ["II.3.c", "II.3.b", "II.2.a", "II.6.b"], ["in_progress", "completed", "in_progress", "not_applicable"],
          {1: {"training_courses": 1, "participants": 45}}), dd, pp)

# ---- D4 Sở An toàn thực phẩm — MISTAKEN (ATTP Tết Trung thu)
items = [("Kiểm tra an toàn thực phẩm bánh Trung thu", "Sở tổ chức 12 đoàn kiểm tra tại 148 cơ sở sản xuất, kinh doanh bánh Trung thu,",
          ["19 cơ sở vi phạm", "xử phạt 215.000.000 đồng", "tiêu hủy 1.250 kg bánh không rõ nguồn gốc"], "đã xong trong Quý III"),
         ("Lấy mẫu giám sát", "Lấy 96 mẫu bánh, nhân bánh xét nghiệm chỉ tiêu vi sinh, phẩm màu", [], "đã xong trong Quý III"),
         ("Truyền thông", "Phát hành 30.000 tờ rơi, 22 tin bài hướng dẫn chọn bánh Trung thu an toàn", [], "đã xong trong Quý III")]
dd = ["Nhiều cơ sở bán bánh qua mạng xã hội, khó xác định địa chỉ để kiểm tra."]
pp = ["Đề nghị phối hợp với các sàn thương mại điện tử cung cấp thông tin người bán."]
hand_d("SATTP_BC_Trung thu 2026.docx", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "SỞ AN TOÀN THỰC PHẨM",
       "1432/BC-SATTP", "2026-10-12", "Thành phố Hồ Chí Minh",
       "Kết quả công tác bảo đảm an toàn thực phẩm dịp Tết Trung thu năm 2026",
       items, dd, pp, "GIÁM ĐỐC\n\n\n\nPhạm Khánh Phong")
key("SATTP_BC_Trung thu 2026.docx", "SO-ATTP", "Sở An toàn thực phẩm", "1432/BC-SATTP", "2026-10-12", [], [], [],
    rejected="Báo cáo công tác bảo đảm an toàn thực phẩm dịp Tết Trung thu 2026, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW")

json.dump(REPORTS, open(os.path.join(OUT, ".reports.json"), "w"), ensure_ascii=False, indent=1)
print(len(REPORTS), "files generated")
