# -*- coding: utf-8 -*-
"""Generator for set123: 16 reports in 4 hands + answer keys (truth/*.json).
Run: python3 gen.py   (then LibreOffice re-save is done inside; sha256 computed last)."""
import os, json, hashlib, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}

def key(fname, unit_id, unit_name, number, date, entries, dif, pro, status="extracted", reason=None):
    KEYS[fname] = {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": [{"task": e["task"], "status": e["status"], "indicators": e.get("ind", {}),
                     "text": e["text"]} for e in entries],
        "findings": [], "difficulties": dif, "proposals": pro}

def dots(n):
    return f"{n:,}".replace(",", ".")

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

# =====================================================================
# HAND 1 - Lê Thị Thảo, công chức Kinh tế phường (former Bình Dương)
# XLSX "dashboard": two task cards per band, big KPI numbers over labels,
# status line "► Xong / ► Đang làm / ► Chưa làm / ► Không PS"
# =====================================================================
H1_ST = {"completed": "► Xong", "in_progress": "► Đang làm", "not_started": "► Chưa làm",
         "not_applicable": "► Không PS"}

def h1_file(fname, unit_upper, unit_name, place, number, d, m, title, asof, cards, log, dif, pro,
            sign="Nguyễn Thị Ngọc Thảo", chief="PHÓ CHỦ TỊCH", chiefname="Trần Văn Lộc"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "TONG QUAN"
    for col, w in zip("ABCDEFGHI", [13, 13, 13, 13, 3, 13, 13, 13, 13]):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:D1"); ws["A1"] = "UBND " + unit_upper
    ws.merge_cells("F1:I1"); ws["F1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws.merge_cells("A2:D2"); ws["A2"] = "Số: " + number
    ws.merge_cells("F2:I2"); ws["F2"] = "Độc lập - Tự do - Hạnh phúc"
    ws.merge_cells("F3:I3"); ws["F3"] = f"{place}, ngày {d} tháng {m} năm 2026"
    for c in ("A1", "F1", "F2"):
        ws[c].font = Font(bold=True, size=11)
    ws["F3"].font = Font(italic=True)
    for c in ("A1", "A2", "F1", "F2", "F3"):
        ws[c].alignment = Alignment(horizontal="center")
    ws.merge_cells("A5:I5"); ws["A5"] = title
    ws["A5"].font = Font(bold=True, size=13); ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[5].height = 36
    ws.merge_cells("A6:I6"); ws["A6"] = asof
    ws["A6"].font = Font(italic=True, size=10); ws["A6"].alignment = Alignment(horizontal="center")
    row = 8
    fills = ["DDEBF7", "E2EFDA", "FFF2CC", "FCE4D6"]
    for i, c in enumerate(cards):
        left = (i % 2 == 0)
        cols = ["A", "B", "C", "D"] if left else ["F", "G", "H", "I"]
        r = row
        ws.merge_cells(f"{cols[0]}{r}:{cols[3]}{r}")
        cell = ws[f"{cols[0]}{r}"]; cell.value = c["title"]
        cell.font = Font(bold=True, size=11); cell.fill = PatternFill("solid", fgColor=fills[i % 4])
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        kp = c.get("kpis", [])
        for j in range(4):
            v = ws[f"{cols[j]}{r+1}"]; lab = ws[f"{cols[j]}{r+2}"]
            if j < len(kp):
                v.value = kp[j][0]; lab.value = kp[j][1]
                if isinstance(kp[j][0], int) and kp[j][0] >= 10000:
                    v.number_format = "#,##0"
            v.font = Font(bold=True, size=16, color="1F4E78"); v.alignment = Alignment(horizontal="center")
            lab.font = Font(size=8, color="595959"); lab.alignment = Alignment(horizontal="center", wrap_text=True)
        if not kp:
            ws.merge_cells(f"{cols[0]}{r+1}:{cols[3]}{r+2}")
            ws[f"{cols[0]}{r+1}"] = "(không có số liệu)"
            ws[f"{cols[0]}{r+1}"].font = Font(italic=True, size=9, color="808080")
            ws[f"{cols[0]}{r+1}"].alignment = Alignment(horizontal="center", vertical="center")
        ws.merge_cells(f"{cols[0]}{r+3}:{cols[3]}{r+3}")
        ws[f"{cols[0]}{r+3}"] = c["detail"]
        ws[f"{cols[0]}{r+3}"].alignment = Alignment(wrap_text=True, vertical="top")
        ws[f"{cols[0]}{r+3}"].font = Font(size=9)
        ws.merge_cells(f"{cols[0]}{r+4}:{cols[3]}{r+4}")
        ws[f"{cols[0]}{r+4}"] = H1_ST[c["status"]] if "st_text" not in c else c["st_text"]
        ws[f"{cols[0]}{r+4}"].font = Font(bold=True, size=10)
        for rr in range(r, r + 5):
            for cc in cols:
                ws[f"{cc}{rr}"].border = BOX
        if not left or i == len(cards) - 1:
            for rr, h in ((row, 30), (row + 1, 24), (row + 2, 24), (row + 3, 62), (row + 4, 16)):
                ws.row_dimensions[rr].height = h
            row += 6
    ws.merge_cells(f"A{row}:D{row}"); ws[f"A{row}"] = "Người lập"
    ws.merge_cells(f"F{row}:I{row}"); ws[f"F{row}"] = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n" + chief
    ws[f"F{row}"].alignment = Alignment(horizontal="center", wrap_text=True); ws.row_dimensions[row].height = 45
    ws[f"A{row}"].alignment = Alignment(horizontal="center")
    ws[f"F{row}"].font = Font(bold=True); ws[f"A{row}"].font = Font(bold=True)
    ws.merge_cells(f"A{row+4}:D{row+4}"); ws[f"A{row+4}"] = sign
    ws.merge_cells(f"F{row+4}:I{row+4}"); ws[f"F{row+4}"] = chiefname
    ws[f"A{row+4}"].alignment = Alignment(horizontal="center"); ws[f"F{row+4}"].alignment = Alignment(horizontal="center")
    ws.page_setup.orientation = "portrait"; ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    # activity log
    w2 = wb.create_sheet("Chi tiet")
    w2.append(["Ngày", "Công việc đã làm", "Địa điểm", "Ghi chú"])
    for cc in "ABCD":
        w2[f"{cc}1"].font = Font(bold=True)
    for r_ in log:
        w2.append(list(r_))
    for col, w in zip("ABCD", [12, 60, 28, 24]):
        w2.column_dimensions[col].width = w
    # difficulties/proposals
    w3 = wb.create_sheet("KK-DX")
    w3["A1"] = "KHÓ KHĂN, VƯỚNG MẮC"; w3["A1"].font = Font(bold=True)
    r = 2
    for x in dif:
        w3[f"A{r}"] = "-"; w3[f"B{r}"] = x; r += 1
    r += 1
    w3[f"A{r}"] = "ĐỀ XUẤT"; w3[f"A{r}"].font = Font(bold=True); r += 1
    for x in pro:
        w3[f"A{r}"] = "-"; w3[f"B{r}"] = x; r += 1
    w3.column_dimensions["A"].width = 3; w3.column_dimensions["B"].width = 110
    wb.save(os.path.join(OUT, fname))


def h1():
    # ---- Phường Bến Cát
    cards = [
        dict(task="II.1.a", status="completed", title="1. Tuyên truyền TC-ĐL-CL",
             kpis=[(8, "tin, bài trên trang TTĐT phường", "communications"), (1, "hội nghị tiểu thương", "training_courses"),
                   (120, "đại biểu dự", "participants")],
             detail="Đăng tin trên trang TTĐT phường, phát loa khu phố; lồng ghép hội nghị tiểu thương chợ Bến Cát ngày 14/5/2026."),
        dict(task="II.5.c", status="completed", title="2. Kiểm tra cân, đo lường tại chợ (phối hợp Chi cục TĐC)",
             kpis=[(3, "cuộc", "inspections"), (26, "hộ KD được KT", "establishments_inspected"), (4, "hộ vi phạm", "violations"),
                   (3500000, "tiền phạt (đồng)", "fines_vnd")],
             detail="Chợ Bến Cát và chợ Mỹ Phước; cân sai số quá mức cho phép đã lập biên bản, chuyển Chi cục xử lý."),
        dict(task="II.5.a", status="in_progress", title="3. Kiểm tra nhãn hàng hóa, hàng đóng gói",
             kpis=[(2, "cuộc", "inspections"), (14, "cơ sở", "establishments_inspected"), (1, "cơ sở vi phạm", "violations")],
             detail="Tập trung tạp hóa, đại lý nước uống đóng bình. Còn 01 đợt dự kiến tháng 11/2026."),
        dict(task="II.3.a", status="completed", title="4. Cử công chức dự tập huấn nghiệp vụ",
             kpis=[(2, "lớp", "training_courses"), (3, "công chức dự", "participants")],
             detail="Lớp do Chi cục TĐC tổ chức tháng 4 và tháng 8/2026 cho công chức phường, xã."),
        dict(task="II.2.d", status="in_progress", title="5. Hướng dẫn hộ KD, DN nhỏ tự công bố sản phẩm",
             kpis=[(11, "hộ/DN được hướng dẫn", "enterprises_supported")],
             detail="Chủ yếu cơ sở sản xuất nước đá, bánh tráng, nhang. Đang tiếp tục hướng dẫn các hộ còn lại."),
        dict(task="II.2.đ", status="in_progress", title="6. ISO 9001 tại UBND phường", kpis=[],
             detail="Đang cập nhật HTQLCL theo TCVN ISO 9001:2015 sau sắp xếp; đã rà soát 38 quy trình."),
        dict(task="II.5.d", status="not_applicable", title="7. Tiếp nhận tố giác vi phạm TC-ĐL-CL", kpis=[],
             detail="Trong kỳ phường không nhận được tin báo, tố giác nào."),
    ]
    for c in cards:
        c["ind"] = {k[2]: k[0] for k in c["kpis"] if k[2]}
        c["text"] = c["title"].split(". ", 1)[1] + ": " + c["detail"]
    log = [("14/5/2026", "Hội nghị tiểu thương chợ Bến Cát, lồng ghép tuyên truyền đo lường", "Chợ Bến Cát", ""),
           ("22/5/2026", "Đoàn phối hợp Chi cục TĐC kiểm tra cân tại chợ (đợt 1)", "Chợ Bến Cát", ""),
           ("18/8/2026", "Kiểm tra cân (đợt 2)", "Chợ Mỹ Phước", ""),
           ("09/9/2026", "Kiểm tra nhãn hàng hóa tạp hóa KP2, KP5", "KP2, KP5", ""),
           ("30/9/2026", "Kiểm tra cân (đợt 3)", "Chợ Bến Cát", "lập BB 02 hộ"),
           ("15/10/2026", "Hướng dẫn hộ SX nước đá công bố hợp quy", "KP Bến Cát 3", "")]
    dif = ["Phường chỉ có 01 công chức kinh tế kiêm nhiệm nhiều việc, không có người chuyên trách đo lường.",
           "Phường không có cân đối chứng, tiểu thương phản ánh phải chờ đoàn của Chi cục."]
    pro = ["Đề nghị Chi cục TĐC hỗ trợ phường 02 cân đối chứng đặt tại chợ Bến Cát và chợ Mỹ Phước.",
           "Đề nghị tổ chức thêm lớp tập huấn về nhãn hàng hóa cho công chức phường trong Quý IV/2026."]
    f = "25813_BenCat_TongQuan_CT38.xlsx"
    h1_file(f, "PHƯỜNG BẾN CÁT", "Phường Bến Cát", "Bến Cát", "214/BC-UBND", "22", "10",
            "KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026\n(Tiêu chuẩn - Đo lường - Chất lượng)",
            "Số liệu tính đến ngày 20/10/2026", cards, log, dif, pro)
    key(f, "25813", "Phường Bến Cát", "214/BC-UBND", "2026-10-22", cards, dif, pro)

    # ---- Phường Dĩ An
    cards = [
        dict(task="II.5.c", status="completed", title="1. Phối hợp Chi cục kiểm tra đo lường (cân, cột đo xăng dầu)",
             kpis=[(4, "cuộc", "inspections"), (31, "cơ sở", "establishments_inspected"), (5, "vi phạm", "violations"),
                   (6250000, "phạt (đ)", "fines_vnd")],
             detail="Chợ Dĩ An, chợ Nhị Đồng và 03 cửa hàng xăng dầu trên đường Trần Hưng Đạo."),
        dict(task="II.1.a", status="completed", title="2. Thông tin, tuyên truyền",
             kpis=[(12, "tin/bài (web + fanpage)", "communications"), (6, "khu phố có pano", None)],
             detail="Tin bài trên trang thông tin điện tử và fanpage phường; treo pano tại 6 khu phố."),
        dict(task="II.2.a", status="in_progress", title="3. Truy xuất nguồn gốc tại chợ (QR)",
             kpis=[(18, "tiểu thương được hướng dẫn", "enterprises_supported")],
             detail="Thí điểm dán mã QR truy xuất nguồn gốc thịt, rau tại chợ Dĩ An theo hướng dẫn của Sở. Đang mở rộng."),
        dict(task="II.3.a", status="completed", title="4. Tập huấn nghiệp vụ cho công chức",
             kpis=[(2, "công chức được cử đi", "participants")],
             detail="Cử 02 công chức dự lớp của Chi cục TĐC ngày 21/8/2026."),
        dict(task="II.5.a", status="not_started", title="5. Kiểm tra chất lượng hàng hóa lưu thông", kpis=[],
             detail="Chưa thực hiện, chờ kế hoạch kiểm tra liên ngành của Chi cục TĐC."),
    ]
    for c in cards:
        c["ind"] = {k[2]: k[0] for k in c["kpis"] if k[2]}
        c["text"] = c["title"].split(". ", 1)[1] + ": " + c["detail"]
    log = [("10/3/2026", "Treo pano tuyên truyền Ngày Tiêu chuẩn, đo lường", "6 khu phố", ""),
           ("12/4/2026", "Kiểm tra cân chợ Dĩ An", "Chợ Dĩ An", "Chi cục TĐC chủ trì"),
           ("07/6/2026", "Kiểm tra cột đo xăng dầu", "Đường Trần Hưng Đạo", ""),
           ("21/8/2026", "Cử công chức dự tập huấn", "Chi cục TĐC", ""),
           ("03/9/2026", "Triển khai dán mã QR tại chợ Dĩ An", "Chợ Dĩ An", "thí điểm"),
           ("25/9/2026", "Kiểm tra cân chợ Nhị Đồng", "Chợ Nhị Đồng", "")]
    dif = ["Nhiều tiểu thương lớn tuổi chưa biết dùng điện thoại để cập nhật mã QR truy xuất nguồn gốc."]
    pro = ["Đề nghị Sở hỗ trợ kinh phí in tem QR cho tiểu thương chợ Dĩ An năm 2027.",
           "Đề nghị Chi cục TĐC gửi sớm kế hoạch kiểm tra hàng hóa lưu thông để phường bố trí lực lượng."]
    f = "25942_DiAn_baocao CT38 2026.xlsx"
    h1_file(f, "PHƯỜNG DĨ AN", "Phường Dĩ An", "Dĩ An", "389/BC-UBND", "27", "10",
            "TỔNG QUAN KẾT QUẢ THỰC HIỆN KH 38 (TĐC) - PHƯỜNG DĨ AN",
            "Kỳ báo cáo: từ 01/01/2026 đến 25/10/2026", cards, log, dif, pro,
            sign="Lê Thị Thảo", chiefname="Huỳnh Minh Tâm")
    key(f, "25942", "Phường Dĩ An", "389/BC-UBND", "2026-10-27", cards, dif, pro)

    # ---- Phường Thuận Giao
    cards = [
        dict(task="II.1.a", status="completed", title="1. Tuyên truyền",
             kpis=[(5, "tin bài", "communications"), (1, "buổi tọa đàm", "training_courses"), (85, "lượt người dự", "participants")],
             detail="Tọa đàm với hộ kinh doanh khu vực chợ Thuận Giao về cân đúng, đủ; tin bài trên trang phường."),
        dict(task="II.5.c", status="in_progress", title="2. Kiểm tra đo lường tại chợ, cửa hàng vàng",
             kpis=[(2, "cuộc", "inspections"), (19, "cơ sở", "establishments_inspected"), (2, "vi phạm", "violations"),
                   (1500000, "tiền phạt", "fines_vnd")],
             detail="Đã làm 2 đợt/3 đợt theo KH phường; đợt cuối kiểm tra cửa hàng vàng bạc trong tháng 11."),
        dict(task="II.5.a", status="completed", title="3. Kiểm tra chất lượng mũ bảo hiểm, đồ chơi trẻ em",
             kpis=[(1, "cuộc", "inspections"), (9, "cơ sở", "establishments_inspected")],
             detail="Kiểm tra dịp Tết Trung thu; không phát hiện vi phạm."),
        dict(task="II.2.d", status="completed", title="4. Hướng dẫn cơ sở công bố chất lượng",
             kpis=[(6, "cơ sở được HD", "enterprises_supported")],
             detail="Hướng dẫn thủ tục công bố hợp quy, ghi nhãn cho cơ sở sản xuất nhỏ."),
        dict(task="II.5.d", status="not_applicable", title="5. Xử lý tố giác, phản ánh", kpis=[],
             detail="Không có phản ánh, tố giác."),
    ]
    for c in cards:
        c["ind"] = {k[2]: k[0] for k in c["kpis"] if k[2]}
        c["text"] = c["title"].split(". ", 1)[1] + ": " + c["detail"]
    log = [("19/3/2026", "Tọa đàm với hộ kinh doanh chợ Thuận Giao", "Hội trường KP Bình Thuận", ""),
           ("16/6/2026", "Kiểm tra cân chợ Thuận Giao (đợt 1)", "Chợ Thuận Giao", ""),
           ("15/9/2026", "Kiểm tra mũ bảo hiểm, đồ chơi Trung thu", "Đại lộ Bình Dương", ""),
           ("02/10/2026", "Kiểm tra cân (đợt 2)", "Chợ Thuận Giao", "")]
    dif = ["Địa bàn có nhiều cơ sở nhỏ lẻ thay đổi địa điểm thường xuyên, khó theo dõi."]
    pro = ["Đề nghị Chi cục TĐC cung cấp danh sách cơ sở kinh doanh vàng trên địa bàn phường để phối hợp kiểm tra."]
    f = "25969_ThuanGiao_KH38.xlsx"
    h1_file(f, "PHƯỜNG THUẬN GIAO", "Phường Thuận Giao", "Thuận Giao", "157/BC-UBND", "19", "10",
            "BÁO CÁO NHANH KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38/2026", "Số liệu đến 16/10/2026", cards, log, dif, pro,
            sign="Võ Thị Thu Thảo", chiefname="Đặng Quốc Huy")
    key(f, "25969", "Phường Thuận Giao", "157/BC-UBND", "2026-10-19", cards, dif, pro)

    # ---- MISTAKEN: Phường Phú Lợi - chuyển đổi số
    cards = [
        dict(task="-", status="completed", title="1. Tổ công nghệ số cộng đồng",
             kpis=[(14, "tổ CNS", None), (96, "thành viên", None)], detail="Đã kiện toàn 14 tổ tại 14 khu phố."),
        dict(task="-", status="in_progress", title="2. Định danh điện tử VNeID mức 2",
             kpis=[(41236, "tài khoản", None)], detail="Phối hợp Công an phường hỗ trợ kích hoạt."),
        dict(task="-", status="in_progress", title="3. Thanh toán không dùng tiền mặt tại chợ",
             kpis=[(212, "tiểu thương có QR", None)], detail="Chợ Phú Lợi, chợ Phú Hòa."),
        dict(task="-", status="completed", title="4. Dịch vụ công trực tuyến",
             kpis=[(87, "% hồ sơ trực tuyến", None)], detail="Tỷ lệ hồ sơ nộp trực tuyến toàn trình 9 tháng."),
    ]
    log = [("05/3/2026", "Kiện toàn tổ công nghệ số cộng đồng", "14 khu phố", ""),
           ("20/6/2026", "Ra quân hỗ trợ kích hoạt VNeID", "Trụ sở phường", "")]
    dif = ["Hạ tầng mạng tại một số khu phố còn yếu."]
    pro = ["Đề nghị bố trí kinh phí mua thiết bị cho Tổ công nghệ số cộng đồng."]
    f = "25750_PhuLoi_TongQuan_CDS_9T.xlsx"
    h1_file(f, "PHƯỜNG PHÚ LỢI", "Phường Phú Lợi", "Phú Lợi", "402/BC-UBND", "24", "10",
            "KẾT QUẢ CHUYỂN ĐỔI SỐ 9 THÁNG NĂM 2026 - PHƯỜNG PHÚ LỢI", "Số liệu đến 30/9/2026",
            cards, log, dif, pro, sign="Lê Thị Thảo", chiefname="Phan Văn Nghĩa")
    key(f, "25750", "Phường Phú Lợi", "402/BC-UBND", "2026-10-24", [], [], [], status="rejected",
        reason="Báo cáo kết quả chuyển đổi số 9 tháng của phường, không phải báo cáo thực hiện Kế hoạch CT38 (gửi nhầm).")


# =====================================================================
# HAND 2 - Nguyễn Văn Hùng, văn phòng UBND xã (former Bà Rịa - Vũng Tàu)
# DOCX; each job = bold own-words line + sub-steps ticked ☒ / ☐ + "Tình trạng chung:" line
# =====================================================================
def set_cell_text(cell, text, bold=False, size=12, align=None, italic=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
        if align is not None:
            p.alignment = align

def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}"); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)

def base_doc(font="Times New Roman", size=13):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return doc

def para(doc, text, bold=False, italic=False, align=None, size=None, indent=None, underline=False, space_after=4):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
    if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(space_after)
    return p

def h2_file(fname, unit_upper, unit_name, place, number, d, m, jobs, dif, pro, intro, signer):
    doc = base_doc()
    t = doc.add_table(rows=2, cols=2); no_borders(t)
    set_cell_text(t.cell(0, 0), "UỶ BAN NHÂN DÂN\n" + unit_upper + "\n———", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_cell_text(t.cell(0, 1), "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n—————————", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_cell_text(t.cell(1, 0), "Số: " + number, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_cell_text(t.cell(1, 1), f"{place}, ngày {d} tháng {m} năm 2026", italic=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    para(doc, "BÁO CÁO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14, space_after=0)
    para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn xã",
         bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, intro, indent=1)
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    para(doc, "(Ghi chú: ☒ là việc đã làm; ☐ là việc chưa làm hoặc chưa tới thời gian làm)", italic=True, size=11)
    for i, j in enumerate(jobs, 1):
        para(doc, f"{i}. {j['head']}", bold=True, space_after=2)
        for done, s in j["steps"]:
            p = para(doc, ("☒ " if done else "☐ ") + s, space_after=1)
            p.paragraph_format.left_indent = Cm(0.8)
        p = para(doc, "", space_after=6)
        p.paragraph_format.left_indent = Cm(0.8)
        r = p.add_run("Tình trạng chung: "); r.bold = True
        p.add_run(j["st"])
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for x in dif:
        para(doc, "- " + x, indent=1)
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for x in pro:
        para(doc, "- " + x, indent=1)
    para(doc, f"Trên đây là báo cáo của UBND {unit_name.replace('Xã', 'xã')} về kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026./.", indent=1)
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    set_cell_text(t.cell(0, 0), "Nơi nhận:\n- Chi cục TĐC TP.HCM;\n- TT Đảng ủy, HĐND xã;\n- CT, các PCT UBND xã;\n- Lưu: VT, KT.", size=11)
    t.cell(0, 0).paragraphs[0].runs[0].bold = True; t.cell(0, 0).paragraphs[0].runs[0].italic = True
    set_cell_text(t.cell(0, 1), "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\n" + signer, bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
    doc.save(os.path.join(OUT, fname))

def h2():
    # ---- Xã Ngãi Giao
    jobs = [
        dict(task="II.1.a", status="completed", head="Tuyên truyền về tiêu chuẩn, đo lường, chất lượng",
             steps=[(True, "Đưa 07 tin, bài lên Trang thông tin điện tử xã và nhóm Zalo các ấp."),
                    (True, "Phát thanh trên hệ thống loa truyền thanh các ấp vào các ngày cuối tuần."),
                    (True, "Lồng ghép nội dung tại 01 hội nghị với hộ kinh doanh chợ Ngãi Giao, có 64 hộ kinh doanh tham dự.")],
             st="xã đã làm xong phần việc của mình.",
             ind={"communications": 7, "training_courses": 1, "participants": 64}),
        dict(task="II.5.c", status="in_progress", head="Phối hợp kiểm tra đo lường tại chợ Ngãi Giao",
             steps=[(True, "Đợt 1 (tháng 4/2026): cùng Chi cục TĐC kiểm tra 12 cơ sở, chủ yếu là cân bàn, cân đồng hồ."),
                    (True, "Đợt 2 (tháng 8/2026): kiểm tra 09 cơ sở bán trái cây, hải sản."),
                    (False, "Đợt 3 (tháng 11/2026): chưa tới thời gian."),
                    (True, "Cộng 02 đợt: 21 lượt cơ sở, phát hiện 03 trường hợp cân sai, xử phạt 2.000.000 đồng.")],
             st="đang làm, còn đợt 3.",
             ind={"inspections": 2, "establishments_inspected": 21, "violations": 3, "fines_vnd": 2000000}),
        dict(task="II.5.a", status="completed", head="Kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật",
             steps=[(True, "Phối hợp Đội QLTT kiểm tra 05 cửa hàng vật tư nông nghiệp (01 cuộc) trước vụ mùa."),
                    (True, "Không phát hiện hàng giả, hàng kém chất lượng.")],
             st="đã xong.", ind={"inspections": 1, "establishments_inspected": 5}),
        dict(task="II.2.a", status="in_progress", head="Hướng dẫn hợp tác xã làm tem truy xuất nguồn gốc (sầu riêng, tiêu)",
             steps=[(True, "Hướng dẫn 03 hợp tác xã đăng ký mã số vùng trồng và tem QR truy xuất nguồn gốc."),
                    (False, "Kết nối lên hệ thống truy xuất nguồn gốc của Thành phố (đang chờ hướng dẫn).")],
             st="đang làm.", ind={"enterprises_supported": 3}),
        dict(task="II.3.a", status="not_started", head="Cử cán bộ dự lớp tập huấn nghiệp vụ TĐC",
             steps=[(False, "Chưa cử được cán bộ do chưa nhận được thông báo mở lớp cho khu vực Bà Rịa - Vũng Tàu (cũ).")],
             st="chưa làm.", ind={}),
    ]
    for j in jobs:
        j["text"] = j["head"] + ": " + " ".join(s for _, s in j["steps"])
    dif = ["Cán bộ phụ trách kinh tế của xã kiêm nhiệm nhiều lĩnh vực, chưa được đào tạo chuyên sâu về đo lường.",
           "Xã chưa có cân đối chứng tại chợ Ngãi Giao."]
    pro = ["Đề nghị Chi cục TĐC mở lớp tập huấn tại khu vực Bà Rịa - Vũng Tàu (cũ) để cán bộ xã tiện tham dự.",
           "Đề nghị hỗ trợ xã 01 cân đối chứng."]
    intro = ("Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, "
             "UBND xã Ngãi Giao báo cáo kết quả thực hiện từ đầu năm đến ngày 20/10/2026 như sau:")
    f = "BC 96 xa Ngai Giao - CT38.docx"
    h2_file(f, "XÃ NGÃI GIAO", "Xã Ngãi Giao", "Ngãi Giao", "96/BC-UBND", "23", "10", jobs, dif, pro, intro, "Nguyễn Thanh Bình")
    key(f, "26575", "Xã Ngãi Giao", "96/BC-UBND", "2026-10-23", jobs, dif, pro)

    # ---- Xã Kim Long
    jobs = [
        dict(task="II.1.a", status="completed", head="Tuyên truyền",
             steps=[(True, "Đăng 04 tin bài trên trang thông tin điện tử xã về cân đúng, đo đủ."),
                    (True, "Phát tờ gấp tại chợ Kim Long (tờ gấp do Chi cục TĐC cung cấp).")],
             st="đã làm xong.", ind={"communications": 4}),
        dict(task="II.5.c", status="completed", head="Phối hợp kiểm tra cân tại chợ Kim Long",
             steps=[(True, "Ngày 17/6/2026, phối hợp Chi cục TĐC tổ chức 01 cuộc kiểm tra 08 hộ kinh doanh có sử dụng cân."),
                    (True, "Phát hiện 01 hộ dùng cân sai số, xử phạt 1.000.000 đồng, buộc thay cân mới.")],
             st="đã xong theo kế hoạch năm của xã.",
             ind={"inspections": 1, "establishments_inspected": 8, "violations": 1, "fines_vnd": 1000000}),
        dict(task="II.2.đ", status="in_progress", head="Áp dụng hệ thống quản lý chất lượng ISO 9001 tại UBND xã",
             steps=[(True, "Ban hành Quyết định kiện toàn Ban ISO của xã sau sắp xếp."),
                    (True, "Rà soát, cập nhật quy trình giải quyết thủ tục hành chính."),
                    (False, "Đánh giá nội bộ và công bố lại hệ thống (dự kiến tháng 12/2026).")],
             st="đang làm.", ind={}),
        dict(task="II.3.a", status="completed", head="Cử công chức tham gia tập huấn",
             steps=[(True, "Cử 02 công chức dự 01 lớp tập huấn nghiệp vụ do Chi cục TĐC tổ chức tháng 8/2026.")],
             st="đã xong.", ind={"participants": 2, "training_courses": 1}),
        dict(task="II.5.d", status="not_applicable", head="Tiếp nhận, xử lý tố giác vi phạm về đo lường, chất lượng",
             steps=[(False, "Trong kỳ không có tố giác nào gửi đến UBND xã.")],
             st="không phát sinh.", ind={}),
    ]
    for j in jobs:
        j["text"] = j["head"] + ": " + " ".join(s for _, s in j["steps"])
    dif = ["Kinh phí cho hoạt động tuyên truyền, kiểm tra của xã rất hạn chế."]
    pro = ["Đề nghị Chi cục TĐC tiếp tục cấp tờ gấp, áp phích tuyên truyền cho xã.",
           "Đề nghị có văn bản hướng dẫn thống nhất mẫu báo cáo để xã thực hiện."]
    intro = ("Căn cứ Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ; "
             "theo đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng, UBND xã Kim Long báo cáo như sau:")
    f = "KimLong_BC132_TDC_2026.docx"
    h2_file(f, "XÃ KIM LONG", "Xã Kim Long", "Kim Long", "132/BC-UBND", "26", "10", jobs, dif, pro, intro, "Lê Văn Trọng")
    key(f, "26608", "Xã Kim Long", "132/BC-UBND", "2026-10-26", jobs, dif, pro)

    # ---- Xã Hồ Tràm
    jobs = [
        dict(task="II.1.a", status="completed", head="Tuyên truyền cho hộ kinh doanh du lịch, dịch vụ ven biển",
             steps=[(True, "Tổ chức 01 hội nghị phổ biến quy định về đo lường, ghi nhãn hàng hóa cho 150 đại biểu là chủ nhà hàng, quán ăn, hộ kinh doanh hải sản."),
                    (True, "Đăng 10 tin, bài trên trang thông tin điện tử và fanpage của xã.")],
             st="xong.", ind={"training_courses": 1, "participants": 150, "communications": 10}),
        dict(task="II.5.c", status="completed", head="Phối hợp kiểm tra cân tại chợ hải sản, nhà hàng ven biển",
             steps=[(True, "Tổ chức 03 cuộc kiểm tra (cao điểm Tết, dịp 30/4 và hè 2026) tại 27 cơ sở."),
                    (True, "Có 02 cơ sở vi phạm về cân (sai số vượt mức cho phép), xử phạt tổng cộng 5.000.000 đồng.")],
             st="đã xong.", ind={"inspections": 3, "establishments_inspected": 27, "violations": 2, "fines_vnd": 5000000}),
        dict(task="II.5.a", status="in_progress", head="Kiểm tra hàng hóa (mũ bảo hiểm, đồ chơi trẻ em, hàng đóng gói)",
             steps=[(True, "Đã kiểm tra 11 cửa hàng tạp hóa, đồ chơi trên Quốc lộ 55."),
                    (False, "Kiểm tra hàng đóng gói sẵn tại các cơ sở sản xuất nước mắm (dự kiến tháng 11).")],
             st="đang làm.", ind={"establishments_inspected": 11}),
        dict(task="II.2.d", status="in_progress", head="Hướng dẫn cơ sở sản xuất nước mắm, hải sản khô công bố chất lượng",
             steps=[(True, "Hướng dẫn 04 cơ sở lập hồ sơ tự công bố sản phẩm, ghi nhãn đúng quy định."),
                    (False, "Hướng dẫn các cơ sở còn lại.")],
             st="đang tiếp tục làm.", ind={"enterprises_supported": 4}),
        dict(task="II.5.d", status="not_applicable", head="Xử lý tố giác",
             steps=[(False, "Không có đơn thư, tố giác.")],
             st="không phát sinh.", ind={}),
    ]
    for j in jobs:
        j["text"] = j["head"] + ": " + " ".join(s for _, s in j["steps"])
    dif = ["Vào mùa du lịch lượng khách đông, nhiều hộ kinh doanh thời vụ không đăng ký, khó quản lý.",
           "Các cơ sở sản xuất nước mắm quy mô hộ gia đình chưa quan tâm đến việc ghi nhãn."]
    pro = ["Đề nghị Chi cục TĐC phối hợp kiểm tra định kỳ vào mùa cao điểm du lịch tại xã Hồ Tràm."]
    intro = ("Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Sở Khoa học và Công nghệ năm 2026, "
             "UBND xã Hồ Tràm báo cáo kết quả thực hiện 10 tháng đầu năm 2026 như sau:")
    f = "HoTram - bao cao TDC 10 thang.docx"
    h2_file(f, "XÃ HỒ TRÀM", "Xã Hồ Tràm", "Hồ Tràm", "71/BC-UBND", "21", "10", jobs, dif, pro, intro, "Phạm Hữu Nghĩa")
    key(f, "26620", "Xã Hồ Tràm", "71/BC-UBND", "2026-10-21", jobs, dif, pro)

    # ---- Xã Đất Đỏ
    jobs = [
        dict(task="II.1.a", status="in_progress", head="Tuyên truyền",
             steps=[(True, "Đăng 03 tin trên trang thông tin điện tử xã."),
                    (False, "Hội nghị tuyên truyền với hộ kinh doanh chợ Đất Đỏ (dời sang tháng 11/2026).")],
             st="đang làm.", ind={"communications": 3}),
        dict(task="II.5.c", status="completed", head="Phối hợp kiểm tra đo lường",
             steps=[(True, "Phối hợp Chi cục TĐC kiểm tra 02 cuộc tại chợ Đất Đỏ và chợ Phước Hải, gồm 15 cơ sở."),
                    (True, "01 cơ sở vi phạm, đã lập biên bản chuyển Chi cục xử lý.")],
             st="đã xong.", ind={"inspections": 2, "establishments_inspected": 15, "violations": 1}),
        dict(task="II.3.a", status="completed", head="Tập huấn nghiệp vụ",
             steps=[(True, "Cử 01 công chức tham dự tập huấn trực tuyến của Chi cục TĐC.")],
             st="đã xong.", ind={"participants": 1}),
        dict(task="II.2.đ", status="completed", head="Duy trì hệ thống quản lý chất lượng ISO 9001",
             steps=[(True, "Cập nhật hệ thống theo mô hình chính quyền 02 cấp."),
                    (True, "Đánh giá nội bộ tháng 9/2026, công bố lại hệ thống.")],
             st="đã xong.", ind={}),
    ]
    for j in jobs:
        j["text"] = j["head"] + ": " + " ".join(s for _, s in j["steps"])
    dif = ["Xã mới sáp nhập, địa bàn rộng, lực lượng mỏng."]
    pro = ["Đề nghị Chi cục TĐC gửi kế hoạch kiểm tra năm 2027 sớm để xã chủ động phối hợp."]
    intro = ("UBND xã Đất Đỏ báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 "
             "(số liệu tính đến ngày 25/10/2026) như sau:")
    f = "DatDo_118-BC-UBND.docx"
    h2_file(f, "XÃ ĐẤT ĐỎ", "Xã Đất Đỏ", "Đất Đỏ", "118/BC-UBND", "28", "10", jobs, dif, pro, intro, "Trương Công Danh")
    key(f, "26680", "Xã Đất Đỏ", "118/BC-UBND", "2026-10-28", jobs, dif, pro)


# =====================================================================
# HAND 3 - Trần Quang Minh, chuyên viên tổng hợp of a department (XLSX)
# one row per plan item he thinks concerns the department, "Mức độ liên quan" column,
# figure columns under grouped header bands KIỂM TRA / TUYÊN TRUYỀN - TẬP HUẤN / KỸ THUẬT,
# fines in "nghìn đồng", =SUM Cộng row, second sheet "KK-KN"
# =====================================================================
H3_COLS = [("inspections", "Số cuộc"), ("establishments_inspected", "Số cơ sở"), ("violations", "Số vi phạm"),
           ("fines_vnd", "Tiền phạt\n(nghìn đồng)"),
           ("communications", "Tin, bài"), ("training_courses", "Lớp / hội nghị"), ("participants", "Lượt người"),
           ("enterprises_supported", "DN được hỗ trợ"),
           ("samples_tested", "Mẫu"), ("standards_reviewed", "QCVN/TCVN góp ý")]
H3_ST = {"completed": "Đã thực hiện xong", "in_progress": "Đang triển khai", "not_started": "Chưa triển khai",
         "not_applicable": "Không phát sinh"}

def h3_file(fname, dept_upper, dept_short, number, d, m, rows, dif, pro, signer, note=""):
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "BC CT38"
    ncol = 4 + len(H3_COLS) + 2
    L = openpyxl.utils.get_column_letter
    ws.merge_cells("A1:D1"); ws["A1"] = "UBND THÀNH PHỐ HỒ CHÍ MINH"
    ws.merge_cells("A2:D2"); ws["A2"] = dept_upper
    ws.merge_cells("A3:D3"); ws["A3"] = "Số: " + number
    ws.merge_cells(f"I1:{L(ncol)}1"); ws["I1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws.merge_cells(f"I2:{L(ncol)}2"); ws["I2"] = "Độc lập - Tự do - Hạnh phúc"
    ws.merge_cells(f"I3:{L(ncol)}3"); ws["I3"] = f"Thành phố Hồ Chí Minh, ngày {d} tháng {m} năm 2026"
    for c in ("A1", "A2", "A3", "I1", "I2", "I3"):
        ws[c].alignment = Alignment(horizontal="center")
    ws["A2"].font = Font(bold=True); ws["I1"].font = Font(bold=True); ws["I2"].font = Font(bold=True); ws["I3"].font = Font(italic=True)
    ws.merge_cells(f"A5:{L(ncol)}5")
    ws["A5"] = f"BẢNG TỔNG HỢP KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 CỦA {dept_upper}"
    ws["A5"].font = Font(bold=True, size=12); ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[5].height = 32
    ws.merge_cells(f"A6:{L(ncol)}6")
    ws["A6"] = "(Kèm theo Công văn số " + number + " - số liệu từ 01/01/2026 đến 20/10/2026)"
    ws["A6"].font = Font(italic=True); ws["A6"].alignment = Alignment(horizontal="center")
    h1r, h2r = 8, 9
    heads = ["STT", "Nội dung theo KH của Sở KH&CN", "Mức độ liên quan", "Việc Sở đã làm"]
    for i, h in enumerate(heads, 1):
        ws.merge_cells(start_row=h1r, start_column=i, end_row=h2r, end_column=i)
        ws.cell(h1r, i, h)
    bands = [("KIỂM TRA", 5, 8), ("TUYÊN TRUYỀN - TẬP HUẤN - HỖ TRỢ", 9, 12), ("KỸ THUẬT", 13, 14)]
    for name, a, b in bands:
        ws.merge_cells(start_row=h1r, start_column=a, end_row=h1r, end_column=b)
        ws.cell(h1r, a, name)
    for i, (_, lab) in enumerate(H3_COLS):
        ws.cell(h2r, 5 + i, lab)
    for i, h in enumerate(["Tình trạng", "Ghi chú"]):
        c = 5 + len(H3_COLS) + i
        ws.merge_cells(start_row=h1r, start_column=c, end_row=h2r, end_column=c)
        ws.cell(h1r, c, h)
    for r in (h1r, h2r):
        for c in range(1, ncol + 1):
            cell = ws.cell(r, c); cell.font = Font(bold=True, size=10)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.fill = PatternFill("solid", fgColor="D9D9D9"); cell.border = BOX
    ws.row_dimensions[h2r].height = 30
    r = h2r + 1
    first = r
    for i, row in enumerate(rows, 1):
        ws.cell(r, 1, i); ws.cell(r, 2, row["name"]); ws.cell(r, 3, row["role"]); ws.cell(r, 4, row["did"])
        for k, (ind, _) in enumerate(H3_COLS):
            v = row.get("ind", {}).get(ind)
            if v is not None:
                ws.cell(r, 5 + k, v // 1000 if ind == "fines_vnd" else v)
                ws.cell(r, 5 + k).number_format = "#,##0"
        ws.cell(r, 5 + len(H3_COLS), row.get("st_text", H3_ST.get(row["status"], "")))
        ws.cell(r, 6 + len(H3_COLS), row.get("note", ""))
        for c in range(1, ncol + 1):
            ws.cell(r, c).border = BOX
            ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top",
                                                horizontal="center" if 5 <= c <= 14 or c == 1 else "left")
        r += 1
    ws.cell(r, 2, "Cộng"); ws.cell(r, 2).font = Font(bold=True)
    for k in range(len(H3_COLS)):
        col = L(5 + k)
        ws.cell(r, 5 + k, f"=SUM({col}{first}:{col}{r-1})"); ws.cell(r, 5 + k).font = Font(bold=True)
        ws.cell(r, 5 + k).number_format = "#,##0"
    for c in range(1, ncol + 1):
        ws.cell(r, c).border = BOX
    r += 2
    if note:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(r, 1, note).font = Font(italic=True, size=10); r += 2
    ws.merge_cells(start_row=r, start_column=11, end_row=r, end_column=ncol)
    ws.cell(r, 11, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC").font = Font(bold=True)
    ws.cell(r, 11).alignment = Alignment(horizontal="center", wrap_text=True); ws.row_dimensions[r].height = 32
    ws.merge_cells(start_row=r + 4, start_column=11, end_row=r + 4, end_column=ncol)
    ws.cell(r + 4, 11, signer).font = Font(bold=True); ws.cell(r + 4, 11).alignment = Alignment(horizontal="center")
    widths = [5, 34, 13, 48] + [9] * len(H3_COLS) + [16, 22]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[L(i)].width = w
    ws.page_setup.orientation = "landscape"; ws.freeze_panes = "E10"
    w2 = wb.create_sheet("KK-KN")
    w2["A1"] = "STT"; w2["B1"] = "Khó khăn, vướng mắc"; w2["A1"].font = Font(bold=True); w2["B1"].font = Font(bold=True)
    rr = 2
    for i, x in enumerate(dif, 1):
        w2.cell(rr, 1, i); w2.cell(rr, 2, x); rr += 1
    rr += 1
    w2.cell(rr, 1, "STT").font = Font(bold=True); w2.cell(rr, 2, "Kiến nghị, đề xuất").font = Font(bold=True); rr += 1
    for i, x in enumerate(pro, 1):
        w2.cell(rr, 1, i); w2.cell(rr, 2, x); rr += 1
    w2.column_dimensions["A"].width = 6; w2.column_dimensions["B"].width = 110
    for row_ in w2.iter_rows():
        for c in row_:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(os.path.join(OUT, fname))

def h3():
    rows = [
        dict(task="II.1.a", status="completed", name="Tuyên truyền, phổ biến pháp luật về TC-ĐL-CL (mục II.1)", role="Phối hợp",
             did="Lồng ghép nội dung đo lường, nhãn hàng hóa trong Chương trình Tuần lễ hàng Việt Nam; đăng tin trên Cổng TTĐT Sở.",
             ind={"communications": 12, "training_courses": 2, "participants": 310}),
        dict(task="II.5.a", status="in_progress", name="Kiểm tra, giám sát chất lượng hàng hóa lưu thông trên thị trường", role="Phối hợp",
             did="Chi cục QLTT kiểm tra đo lường, chất lượng xăng dầu, hàng đóng gói sẵn, vàng trang sức.",
             ind={"inspections": 15, "establishments_inspected": 42, "violations": 9, "fines_vnd": 187500000},
             note="Số liệu Chi cục QLTT"),
        dict(task="II.6.a", status="in_progress", name="Cập nhật điều ước, cam kết quốc tế về TBT", role="Chủ trì nội dung ngành",
             did="Phổ biến cam kết TBT trong CPTPP, EVFTA, RCEP cho doanh nghiệp xuất khẩu; 01 hội thảo ngày 12/9/2026.",
             ind={"enterprises_supported": 56, "training_courses": 1}),
        dict(task="II.2.e", status="completed", name="Góp ý dự thảo QCVN do Bộ Công Thương chủ trì", role="Phối hợp",
             did="Góp ý dự thảo QCVN về an toàn điện, khí dầu mỏ hóa lỏng, thép làm cốt bê tông.",
             ind={"standards_reviewed": 3}),
        dict(task="II.2.đ", status="completed", name="Duy trì HTQLCL theo TCVN ISO 9001:2015 tại Sở", role="Chủ trì",
             did="Đánh giá nội bộ tháng 6/2026; cập nhật 24 quy trình sau sắp xếp bộ máy.", ind={}),
        dict(task="II.5.d", status="not_applicable", name="Bảo vệ người tố giác; xử lý tham nhũng, tiêu cực về TC-ĐL-CL",
             role="Không liên quan", did="—", ind={}),
    ]
    for r_ in rows:
        r_["text"] = r_["name"] + ": " + r_["did"]
    dif = ["Việc thống kê số liệu kiểm tra về đo lường, chất lượng phải tách từ số liệu chung của lực lượng QLTT nên mất nhiều thời gian.",
           "Doanh nghiệp nhỏ và vừa còn hạn chế trong tiếp cận thông tin về rào cản kỹ thuật trong thương mại."]
    pro = ["Đề nghị Sở KH&CN thống nhất biểu mẫu số liệu cho các sở, ngành phối hợp để tránh báo cáo trùng lặp.",
           "Đề nghị Chi cục TĐC phối hợp tổ chức hội thảo về TBT cho doanh nghiệp trong năm 2027."]
    f = "SCT_Bieu tong hop CT38_2026.xlsx"
    h3_file(f, "SỞ CÔNG THƯƠNG", "Sở Công Thương", "5126/SCT-KHTC", "29", "10", rows, dif, pro, "Bùi Tá Hoàng Vũ",
            note="Ghi chú: Tiền phạt tính bằng nghìn đồng. Hội thảo TBT ngày 12/9/2026 tính vào dòng 3, không tính vào dòng 1.")
    key(f, "SO-CT", "Sở Công Thương", "5126/SCT-KHTC", "2026-10-29", rows, dif, pro)

    rows = [
        dict(task="II.5.a", status="in_progress", name="Kiểm tra chất lượng mỹ phẩm, trang thiết bị y tế lưu thông", role="Phối hợp",
             did="Thanh tra Sở kiểm tra cơ sở kinh doanh mỹ phẩm, trang thiết bị y tế; lấy mẫu mỹ phẩm kiểm nghiệm.",
             ind={"inspections": 6, "establishments_inspected": 48, "violations": 7, "fines_vnd": 96000000, "samples_tested": 35}),
        dict(task="II.2.e", status="completed", name="Góp ý QCVN thuộc lĩnh vực y tế", role="Phối hợp",
             did="Góp ý 02 dự thảo QCVN về thiết bị y tế theo đề nghị của Bộ Y tế.", ind={"standards_reviewed": 2}),
        dict(task="II.1.a", status="completed", name="Thông tin, tuyên truyền", role="Phối hợp",
             did="Tin, bài cảnh báo mỹ phẩm, thiết bị y tế không rõ nguồn gốc trên Cổng TTĐT Sở Y tế.",
             ind={"communications": 9}),
        dict(task="II.3.a", status="completed", name="Cử công chức dự tập huấn TC-ĐL-CL", role="Phối hợp",
             did="Cử 06 công chức phòng Nghiệp vụ Dược và Thanh tra Sở dự lớp của Chi cục TĐC.", ind={"participants": 6}),
        dict(task="II.2.đ", status="completed", name="Duy trì ISO 9001 tại cơ quan Sở", role="Chủ trì",
             did="Đã công bố lại HTQLCL ngày 15/7/2026.", ind={}),
        dict(task="II.3.d", status="not_started", name="Đào tạo về đo lường cho sinh viên các trường cao đẳng y tế", role="Phối hợp",
             did="Chưa có kế hoạch cụ thể của Chi cục TĐC.", ind={}),
    ]
    for r_ in rows:
        r_["text"] = r_["name"] + ": " + r_["did"]
    dif = ["Chưa có quy định rõ về phân công kiểm tra chất lượng trang thiết bị y tế giữa Sở Y tế và Chi cục TĐC."]
    pro = ["Đề nghị Sở KH&CN chủ trì xây dựng quy chế phối hợp kiểm tra chất lượng trang thiết bị y tế trên địa bàn Thành phố."]
    f = "SYT-bieu CT38 (T10-2026).xlsx"
    h3_file(f, "SỞ Y TẾ", "Sở Y tế", "8840/SYT-NVD", "28", "10", rows, dif, pro, "Nguyễn Anh Dũng",
            note="Ghi chú: số liệu kiểm tra do Thanh tra Sở cung cấp; tiền phạt tính bằng nghìn đồng.")
    key(f, "SO-YT", "Sở Y tế", "8840/SYT-NVD", "2026-10-28", rows, dif, pro)

    rows = [
        dict(task="II.2.a", status="in_progress", name="Truy xuất nguồn gốc nông sản (Đề án 100)", role="Phối hợp",
             did="Hướng dẫn HTX, doanh nghiệp nông nghiệp cập nhật dữ liệu lên hệ thống truy xuất nguồn gốc; cấp mã số vùng trồng.",
             ind={"enterprises_supported": 74}),
        dict(task="II.2.e", status="completed", name="Góp ý QCVN lĩnh vực nông nghiệp, môi trường", role="Phối hợp",
             did="Góp ý dự thảo QCVN về phân bón, thức ăn chăn nuôi, nước thải chăn nuôi.", ind={"standards_reviewed": 5}),
        dict(task="II.5.a", status="in_progress", name="Kiểm tra chất lượng vật tư nông nghiệp", role="Phối hợp",
             did="Chi cục Trồng trọt và BVTV, Chi cục Chăn nuôi và Thú y kiểm tra phân bón, thuốc BVTV, thức ăn chăn nuôi; lấy mẫu kiểm nghiệm.",
             ind={"inspections": 11, "establishments_inspected": 96, "violations": 14, "fines_vnd": 265000000, "samples_tested": 120}),
        dict(task="II.3.a", status="completed", name="Tập huấn về tiêu chuẩn, chất lượng vật tư nông nghiệp", role="Phối hợp",
             did="Tập huấn cho cán bộ nông nghiệp các xã và đại lý vật tư.", ind={"training_courses": 3, "participants": 240}),
        dict(task="II.6.a", status="not_applicable", name="Cập nhật điều ước quốc tế về TC-ĐL-CL", role="Không liên quan",
             did="—", ind={}),
    ]
    for r_ in rows:
        r_["text"] = r_["name"] + ": " + r_["did"]
    dif = ["Nhiều HTX chưa có nhân lực cập nhật dữ liệu truy xuất nguồn gốc thường xuyên.",
           "Chi phí kiểm nghiệm mẫu phân bón, thuốc BVTV cao so với dự toán được giao."]
    pro = ["Đề nghị Sở KH&CN hỗ trợ kinh phí tem truy xuất nguồn gốc cho HTX năm 2027.",
           "Đề nghị kết nối dữ liệu truy xuất nguồn gốc nông sản với hệ thống chung của Thành phố."]
    f = "SNNMT_tonghop_KH38_2026.xlsx"
    h3_file(f, "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Sở Nông nghiệp và Môi trường", "6312/SNNMT-KHTC", "30", "10",
            rows, dif, pro, "Trần Thị Hồng Nhung", note="Tiền phạt: nghìn đồng.")
    key(f, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "6312/SNNMT-KHTC", "2026-10-30", rows, dif, pro)

    rows = [
        dict(task="II.2.e", status="completed", name="Góp ý QCVN về xây dựng, vật liệu xây dựng", role="Phối hợp",
             did="Góp ý 04 dự thảo QCVN (sản phẩm vật liệu xây dựng; an toàn cháy cho nhà và công trình).",
             ind={"standards_reviewed": 4}),
        dict(task="II.5.a", status="in_progress", name="Kiểm tra chất lượng vật liệu xây dựng hợp quy", role="Phối hợp",
             did="Kiểm tra cơ sở sản xuất, kinh doanh xi măng, thép, gạch ốp lát; lấy mẫu thử nghiệm.",
             ind={"inspections": 4, "establishments_inspected": 22, "violations": 3, "fines_vnd": 45000000, "samples_tested": 18}),
        dict(task="II.2.đ", status="completed", name="ISO 9001 trong hoạt động của Sở", role="Chủ trì",
             did="Duy trì, cải tiến HTQLCL; đánh giá nội bộ hoàn tất tháng 8/2026.", ind={}),
        dict(task="II.3.a", status="completed", name="Cử công chức tập huấn TC-ĐL-CL", role="Phối hợp",
             did="Cử 04 công chức phòng Kinh tế xây dựng và VLXD tham dự.", ind={"participants": 4}),
        dict(task="II.1.a", status="not_started", name="Tuyên truyền về chất lượng VLXD", role="Phối hợp",
             did="Dự kiến lồng ghép tại hội nghị doanh nghiệp VLXD tháng 12/2026.", ind={}),
    ]
    for r_ in rows:
        r_["text"] = r_["name"] + ": " + r_["did"]
    dif = ["Danh mục sản phẩm VLXD phải chứng nhận hợp quy thay đổi, doanh nghiệp chưa cập nhật kịp."]
    pro = ["Đề nghị Chi cục TĐC chia sẻ dữ liệu công bố hợp quy VLXD để Sở Xây dựng phục vụ công tác kiểm tra."]
    f = "SXD_BieuKetQua_CT38.xlsx"
    h3_file(f, "SỞ XÂY DỰNG", "Sở Xây dựng", "11207/SXD-KTXD", "27", "10", rows, dif, pro, "Lê Hòa Bình",
            note="Đơn vị tính tiền phạt: nghìn đồng.")
    key(f, "SO-XD", "Sở Xây dựng", "11207/SXD-KTXD", "2026-10-27", rows, dif, pro)


# =====================================================================
# HAND 4 - Phạm Ngọc Lan, chuyên viên văn phòng of a department (DOCX)
# Word automatic numbering (List Number) per job; figures underlined in the sentence;
# grey-shaded indented "Tiến độ: …" paragraph under each job
# =====================================================================
def shade(p, fill="E7E6E6"):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    pPr.append(shd)

def rich(p, text):
    """text with __underlined__ spans"""
    parts = text.split("__")
    for i, s in enumerate(parts):
        if s:
            r = p.add_run(s); r.underline = (i % 2 == 1)

def h4_file(fname, dept_upper, number, d, m, vv, kg, intro, jobs, dif, pro, signer, extra_title=None):
    doc = base_doc(size=14)
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    set_cell_text(t.cell(0, 0), "UBND THÀNH PHỐ HỒ CHÍ MINH\n" + dept_upper + "\n\nSố: " + number + "\n" + vv, size=12,
                  align=WD_ALIGN_PARAGRAPH.CENTER)
    for i in (1,):
        t.cell(0, 0).paragraphs[i].runs[0].bold = True
    set_cell_text(t.cell(0, 1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                  f"Thành phố Hồ Chí Minh, ngày {d} tháng {m} năm 2026", size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    t.cell(0, 1).paragraphs[0].runs[0].bold = True; t.cell(0, 1).paragraphs[1].runs[0].bold = True
    t.cell(0, 1).paragraphs[3].runs[0].italic = True
    para(doc, "")
    if extra_title:
        para(doc, extra_title[0], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
        para(doc, extra_title[1], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Kính gửi: " + kg, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, intro, indent=1.27)
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    for j in jobs:
        p = doc.add_paragraph(style="List Number")
        r = p.add_run(j["head"]); r.bold = True
        p2 = doc.add_paragraph(); p2.paragraph_format.first_line_indent = Cm(1.27)
        rich(p2, j["body"])
        p3 = doc.add_paragraph(); p3.paragraph_format.left_indent = Cm(1.27); shade(p3)
        r = p3.add_run("Tiến độ: "); r.bold = True; r.font.size = Pt(13)
        r = p3.add_run(j["st"]); r.italic = True; r.font.size = Pt(13)
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for x in dif:
        para(doc, "- " + x, indent=1.27)
    para(doc, "III. KIẾN NGHỊ", bold=True)
    for x in pro:
        para(doc, "- " + x, indent=1.27)
    para(doc, "Trân trọng./.", indent=1.27)
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    set_cell_text(t.cell(0, 0), "Nơi nhận:\n- Như trên;\n- Giám đốc Sở (để b/c);\n- Lưu: VT.", size=11)
    t.cell(0, 0).paragraphs[0].runs[0].bold = True; t.cell(0, 0).paragraphs[0].runs[0].italic = True
    set_cell_text(t.cell(0, 1), "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\n" + signer, bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
    doc.save(os.path.join(OUT, fname))

def h4():
    jobs = [
        dict(task="II.3.d", status="in_progress", head="Giáo dục kiến thức về tiêu chuẩn, đo lường, chất lượng trong nhà trường",
             body="Sở chỉ đạo các trường trung học phổ thông, trung cấp phối hợp với Chi cục TĐC tổ chức __06 buổi__ ngoại khóa, chuyên đề về nhãn hàng hóa, mã số mã vạch, truy xuất nguồn gốc cho __1.850 lượt__ học sinh.",
             st="tiếp tục thực hiện trong học kỳ I năm học 2026-2027.",
             ind={"training_courses": 6, "participants": 1850}),
        dict(task="II.1.a", status="completed", head="Thông tin, tuyên truyền",
             body="Đăng __15 tin, bài__ trên Cổng thông tin điện tử của Sở và các trang của trường học về Ngày Tiêu chuẩn Việt Nam, Ngày Đo lường thế giới.",
             st="đã hoàn thành phần việc được phân công.", ind={"communications": 15}),
        dict(task="II.2.đ", status="completed", head="Áp dụng hệ thống quản lý chất lượng tại cơ quan Sở",
             body="Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; hoàn thành đánh giá nội bộ và xem xét của lãnh đạo trong tháng 7/2026.",
             st="đã hoàn thành.", ind={}),
        dict(task="II.3.a", status="completed", head="Cử công chức tham dự tập huấn",
             body="Cử __03 công chức__ Văn phòng Sở tham dự lớp cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng do Chi cục TĐC tổ chức.",
             st="đã hoàn thành.", ind={"participants": 3}),
        dict(task="II.5.d", status="not_applicable", head="Tiếp nhận tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng",
             body="Trong kỳ, Sở không nhận được phản ánh, tố giác nào liên quan.",
             st="chưa phát sinh yêu cầu.", ind={}),
    ]
    for j in jobs:
        j["text"] = j["head"] + ": " + j["body"].replace("__", "")
    dif = ["Chương trình ngoại khóa của các trường đã kín, khó bố trí thêm thời lượng cho nội dung tiêu chuẩn, đo lường, chất lượng."]
    pro = ["Đề nghị Chi cục TĐC biên soạn tài liệu ngắn gọn, phù hợp học sinh để các trường sử dụng trong giờ sinh hoạt chuyên đề."]
    intro = ("Thực hiện Công văn của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, "
             "Sở Giáo dục và Đào tạo báo cáo như sau:")
    f = "SGDDT_3954_bao cao CT38.docx"
    h4_file(f, "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "3954/SGDĐT-VP", "26", "10",
            "V/v báo cáo kết quả thực hiện Kế hoạch\ntriển khai Chỉ thị 38-CT/TW năm 2026",
            "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", intro, jobs, dif, pro, "Nguyễn Bảo Quốc")
    key(f, "SO-GDDT", "Sở Giáo dục và Đào tạo", "3954/SGDĐT-VP", "2026-10-26", jobs, dif, pro)

    jobs = [
        dict(task="II.1.a", status="completed", head="Định hướng thông tin, tuyên truyền trên báo chí",
             body="Sở định hướng các cơ quan báo chí, Đài Truyền hình Thành phố đăng, phát __28 tin, bài, phóng sự__ về công tác tiêu chuẩn, đo lường, chất lượng, cảnh báo hàng giả, hàng kém chất lượng.",
             st="đã hoàn thành.", ind={"communications": 28}),
        dict(task="II.1.b", status="in_progress", head="Tuyên truyền về Giải thưởng Chất lượng Quốc gia",
             body="Phối hợp Chi cục TĐC đưa __04 tin__ về Giải thưởng Chất lượng Quốc gia năm 2026 trên bản tin của Sở và trang thông tin cơ sở.",
             st="tiếp tục thực hiện đến khi công bố kết quả Giải thưởng.", ind={"communications": 4}),
        dict(task="II.2.đ", status="completed", head="Hệ thống quản lý chất lượng của Sở",
             body="Sở đã công bố lại hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 sau khi hợp nhất; áp dụng cho toàn bộ thủ tục hành chính thuộc thẩm quyền.",
             st="đã hoàn thành.", ind={}),
        dict(task="II.3.a", status="not_started", head="Cử công chức dự tập huấn",
             body="Do trùng lịch các sự kiện văn hóa, thể thao lớn của Thành phố, Sở chưa cử được công chức tham dự.",
             st="chưa thực hiện, sẽ cử người khi Chi cục mở lớp Quý IV.", ind={}),
    ]
    for j in jobs:
        j["text"] = j["head"] + ": " + j["body"].replace("__", "")
    dif = ["Nội dung tuyên truyền về tiêu chuẩn, đo lường, chất lượng mang tính chuyên ngành, báo chí cần được cung cấp thông tin chính thức kịp thời."]
    pro = ["Đề nghị Sở KH&CN cung cấp định kỳ hằng quý thông cáo báo chí về kết quả kiểm tra chất lượng hàng hóa để Sở định hướng thông tin.",
           "Đề nghị gửi lịch tập huấn năm 2027 sớm để Sở bố trí công chức tham dự."]
    intro = ("Phúc đáp đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng, Sở Văn hóa và Thể thao báo cáo kết quả phối hợp thực hiện "
             "Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (số liệu đến ngày 20/10/2026) như sau:")
    f = "SVHTT-4410-CT38-2026.docx"
    h4_file(f, "SỞ VĂN HÓA VÀ THỂ THAO", "4410/SVHTT-VP", "24", "10",
            "V/v kết quả phối hợp thực hiện\nKH triển khai CT 38-CT/TW năm 2026",
            "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", intro, jobs, dif, pro, "Trần Thế Thuận")
    key(f, "SO-VHTT", "Sở Văn hóa và Thể thao", "4410/SVHTT-VP", "2026-10-24", jobs, dif, pro)

    jobs = [
        dict(task="II.2.e", status="completed", head="Góp ý quy chuẩn kỹ thuật quốc gia về an toàn thực phẩm",
             body="Sở góp ý __06 dự thảo__ QCVN (phụ gia thực phẩm, nước uống đóng chai, giới hạn kim loại nặng trong thực phẩm) theo đề nghị của Bộ Y tế và Bộ Nông nghiệp và Môi trường.",
             st="đã hoàn thành.", ind={"standards_reviewed": 6}),
        dict(task="II.5.a", status="in_progress", head="Kiểm tra chất lượng, nhãn thực phẩm lưu thông",
             body="Tổ chức __24 đoàn__ kiểm tra tại __312 cơ sở__ sản xuất, kinh doanh thực phẩm; phát hiện __41 cơ sở__ vi phạm, xử phạt __538.500.000 đồng__.",
             st="đang thực hiện theo kế hoạch kiểm tra năm 2026.",
             ind={"inspections": 24, "establishments_inspected": 312, "violations": 41, "fines_vnd": 538500000}),
        dict(task="II.5.b", status="in_progress", head="Giám sát, khảo sát chất lượng thực phẩm",
             body="Lấy __460 mẫu__ thực phẩm tại chợ, siêu thị, bếp ăn tập thể để giám sát các chỉ tiêu an toàn; kết quả đã thông tin tới các cơ quan chức năng.",
             st="đang thực hiện.", ind={"samples_tested": 460}),
        dict(task="II.1.a", status="completed", head="Truyền thông, tập huấn",
             body="Đăng __35 tin, bài__ về ghi nhãn, công bố sản phẩm; tổ chức __08 lớp__ tập huấn cho __1.120 lượt__ người sản xuất, kinh doanh thực phẩm.",
             st="đã hoàn thành.", ind={"communications": 35, "training_courses": 8, "participants": 1120}),
    ]
    for j in jobs:
        j["text"] = j["head"] + ": " + j["body"].replace("__", "")
    dif = ["Chi phí kiểm nghiệm mẫu thực phẩm tăng, số mẫu giám sát chưa đạt kế hoạch đề ra.",
           "Một số cơ sở kinh doanh trực tuyến khó xác định địa chỉ để kiểm tra."]
    pro = ["Đề nghị Sở KH&CN chia sẻ kết quả khảo sát chất lượng hàng hóa có liên quan đến thực phẩm để tránh lấy mẫu trùng lặp."]
    intro = ("Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Sở An toàn thực phẩm "
             "báo cáo kết quả phối hợp thực hiện như sau:")
    f = "SATTP 2187 - BC phoi hop CT38.docx"
    h4_file(f, "SỞ AN TOÀN THỰC PHẨM", "2187/SATTP-NVTT", "29", "10",
            "V/v báo cáo kết quả phối hợp thực hiện\nKế hoạch Chỉ thị 38-CT/TW năm 2026",
            "Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng).", intro, jobs, dif, pro, "Phạm Khánh Phong Lan")
    key(f, "SO-ATTP", "Sở An toàn thực phẩm", "2187/SATTP-NVTT", "2026-10-29", jobs, dif, pro)

    # ---- MISTAKEN: Sở Tư pháp - cải cách hành chính
    jobs = [
        dict(task="-", status="completed", head="Cải cách thể chế",
             body="Thẩm định __142 dự thảo__ văn bản quy phạm pháp luật; rà soát, đề xuất bãi bỏ __17 văn bản__ sau sắp xếp đơn vị hành chính.",
             st="đã hoàn thành."),
        dict(task="-", status="in_progress", head="Cải cách thủ tục hành chính",
             body="Công bố __36 thủ tục hành chính__ được chuẩn hóa; tỷ lệ hồ sơ trực tuyến toàn trình đạt __91%__.",
             st="đang thực hiện."),
        dict(task="-", status="completed", head="Cải cách tổ chức bộ máy",
             body="Hoàn thành sắp xếp các phòng chuyên môn theo Quyết định của UBND Thành phố.",
             st="đã hoàn thành."),
    ]
    dif = ["Khối lượng văn bản cần rà soát sau sắp xếp lớn."]
    pro = ["Đề nghị bổ sung biên chế cho Phòng Xây dựng và Kiểm tra văn bản."]
    intro = "Sở Tư pháp báo cáo kết quả công tác cải cách hành chính Quý III năm 2026 như sau:"
    f = "STP_BC CCHC quy III-2026.docx"
    h4_file(f, "SỞ TƯ PHÁP", "3371/BC-STP", "08", "10", "", "Sở Nội vụ Thành phố Hồ Chí Minh.", intro, jobs, dif, pro,
            "Trần Thị Bình Minh", extra_title=("BÁO CÁO", "Kết quả công tác cải cách hành chính Quý III năm 2026"))
    key(f, "SO-TP", "Sở Tư pháp", "3371/BC-STP", "2026-10-08", [], [], [], status="rejected",
        reason="Báo cáo công tác cải cách hành chính Quý III/2026 gửi Sở Nội vụ, không phải báo cáo thực hiện Kế hoạch CT38 (gửi nhầm).")


def lo_resave(fname):
    """Re-save through LibreOffice (recalculates formulas, as offices do)."""
    src = os.path.join(OUT, fname)
    ext = fname.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    shutil.copy(src, os.path.join(tmp, "in." + ext))
    outdir = os.path.join(tmp, "out"); os.makedirs(outdir)
    filt = "xlsx:Calc MS Excel 2007 XML" if ext == "xlsx" else "docx:MS Word 2007 XML"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/prof", "--convert-to", filt,
                    "--outdir", outdir, os.path.join(tmp, "in." + ext)], check=True, capture_output=True)
    shutil.copy(os.path.join(outdir, "in." + ext), src)
    shutil.rmtree(tmp)


if __name__ == "__main__":
    h1(); h2(); h3(); h4()
    for f in ["SCT_Bieu tong hop CT38_2026.xlsx", "SYT-bieu CT38 (T10-2026).xlsx", "SNNMT_tonghop_KH38_2026.xlsx",
              "SXD_BieuKetQua_CT38.xlsx", "BC 96 xa Ngai Giao - CT38.docx"]:
        lo_resave(f)
    for f, k in KEYS.items():
        k["sha256"] = hashlib.sha256(open(os.path.join(OUT, f), "rb").read()).hexdigest()
        json.dump(k, open(os.path.join(TRUTH, f + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    print(len(KEYS), "files")
