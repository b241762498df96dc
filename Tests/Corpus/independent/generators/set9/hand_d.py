# Hand D: Phạm Văn Đức-style Excel — months across (Tháng 7 | Tháng 8 | Tháng 9 | Cộng), one row per
# activity, the task written in a merged cell above its rows (status at the end of that merged line).
from common import *
import subprocess, shutil
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)

def sheet(ws, head, title, blocks, tail, formulas=False):
    r = 1
    for h in head:
        ws.cell(r, 1, h).font = Font(bold=True); r += 1
    ws.cell(r, 1, title).font = Font(bold=True, size=13)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8); r += 2
    H = ["TT", "Hoạt động", "ĐVT", "Tháng 7", "Tháng 8", "Tháng 9", "Cộng", "Ghi chú"]
    for c, h in enumerate(H, 1):
        x = ws.cell(r, c, h); x.font = Font(bold=True); x.border = B; x.alignment = Alignment(horizontal="center")
    r += 1
    for bi, (task_line, acts) in enumerate(blocks, 1):
        ws.cell(r, 1, task_line).font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8); r += 1
        for ai, (name, dvt, m, note) in enumerate(acts, 1):
            ws.cell(r, 1, f"{bi}.{ai}"); ws.cell(r, 2, name); ws.cell(r, 3, dvt)
            for k, v in enumerate(m): ws.cell(r, 4 + k, v)
            ws.cell(r, 7, f"=SUM(D{r}:F{r})" if formulas else sum(m)); ws.cell(r, 8, note)
            for c in range(1, 9): ws.cell(r, c).border = B
            if dvt == "đồng":
                for c in range(4, 8): ws.cell(r, c).number_format = "#,##0"
            r += 1
    r += 1
    for t in tail:
        ws.cell(r, 1, t); r += 1
    ws.column_dimensions["B"].width = 46; ws.column_dimensions["H"].width = 28
    for c in "DEFG": ws.column_dimensions[c].width = 12

def save(wb, f, via_lo=False):
    p = os.path.join(ROOT, f)
    if not via_lo:
        wb.save(p); return
    tmpd = "/tmp/set9lo"; os.makedirs(tmpd, exist_ok=True)
    src = os.path.join(tmpd, f); wb.save(src)
    outd = os.path.join(tmpd, "out"); os.makedirs(outd, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outd, src],
                   check=True, capture_output=True)
    shutil.copy(os.path.join(outd, f), p)

def build():
    f = "d1-tangnhonphu-bieu-ct38-q3.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Q3-2026"
    sheet(ws, ["UBND PHƯỜNG TĂNG NHƠN PHÚ", "Số: 289/BC-UBND", "Tăng Nhơn Phú, ngày 08/10/2026"],
        "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 QUÝ III/2026", [
        ("Mục II.1.a – Tuyên truyền, phổ biến VBPL về TĐC (đang thực hiện)", [
            ("Tin, bài tuyên truyền trên trang TTĐT, loa phường", "tin", [3, 4, 2], ""),
            ("Hội nghị phổ biến VBPL cho hộ kinh doanh", "hội nghị", [0, 1, 1], ""),
            ("Lượt người tham dự hội nghị", "người", [0, 70, 55], "")]),
        ("Mục II.5.c – Phối hợp thực hiện nội dung phân quyền về TĐC (đang thực hiện)", [
            ("Cuộc kiểm tra", "cuộc", [1, 1, 2], "phối hợp Chi cục"),
            ("Cơ sở được kiểm tra", "cơ sở", [6, 5, 12], ""),
            ("Cơ sở vi phạm", "cơ sở", [1, 0, 2], ""),
            ("Tiền xử phạt VPHC", "đồng", [2500000, 0, 6000000], ""),
            ("Cân tại chợ được kiểm định", "chiếc", [0, 64, 0], "chợ Tăng Nhơn Phú")]),
        ], ["Khó khăn: Chưa có công chức chuyên trách, nội dung TĐC giao kiêm nhiệm cho phòng Kinh tế",
            "Đề xuất: Đề nghị Chi cục tổ chức kiểm định cân lưu động tại chợ 02 lần/năm",
            "Người lập biểu: Phạm Văn Đức", "KT. CHỦ TỊCH – PHÓ CHỦ TỊCH: Lương Thị Diễm"])
    save(wb, f)
    key(f, "26842", "Phường Tăng Nhơn Phú", "289/BC-UBND", "2026-10-08", [
        E("II.1.a", "in_progress", {"communications": 9, "training_courses": 2, "participants": 125}),
        E("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 23, "violations": 3, "fines_vnd": 8500000, "instruments_verified": 64}),
    ], ["Chưa có công chức chuyên trách, nội dung TĐC giao kiêm nhiệm cho phòng Kinh tế"],
       ["Đề nghị Chi cục tổ chức kiểm định cân lưu động tại chợ 02 lần/năm"])

    f = "d2-binhgia-bieu-thang-ct38.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Bieu"
    sheet(ws, ["ỦY BAN NHÂN DÂN XÃ BÌNH GIÃ", "Số: 64/BC-UBND", "Bình Giã, ngày 15 tháng 10 năm 2026"],
        "KẾT QUẢ THỰC HIỆN CT 38-CT/TW THEO THÁNG (QUÝ III/2026)", [
        ("II.1.a  Tập huấn, phổ biến văn bản về tiêu chuẩn, đo lường, chất lượng – Hoàn thành", [
            ("Tin bài trên Zalo OA, trang TTĐT xã", "tin", [2, 2, 3], ""),
            ("Buổi phổ biến cho hộ sản xuất nông sản", "buổi", [1, 0, 0], "ấp Bình Trung"),
            ("Người tham dự", "người", [48, 0, 0], "")]),
        ("II.3.a  Cử công chức dự tập huấn nghiệp vụ – Hoàn thành", [
            ("Công chức tham dự tập huấn do Chi cục tổ chức", "người", [0, 0, 2], "ngày 17/9")]),
        ("II.5.c  Phối hợp kiểm tra, quản lý đo lường tại địa phương – Đang thực hiện", [
            ("Đợt kiểm tra", "đợt", [0, 1, 0], ""),
            ("Cơ sở được kiểm tra", "cơ sở", [0, 7, 0], "đại lý phân bón, xăng dầu"),
            ("Cân được kiểm định", "chiếc", [0, 0, 38], "")]),
        ], ["Khó khăn: Địa bàn rộng, cơ sở kinh doanh phân tán",
            "Đề xuất: Đề nghị Chi cục hướng dẫn quy trình kiểm tra phân bón cho cấp xã",
            "Người lập: Phạm Văn Đức"], formulas=True)
    save(wb, f, via_lo=True)
    key(f, "26590", "Xã Bình Giã", "64/BC-UBND", "2026-10-15", [
        E("II.1.a", "completed", {"communications": 7, "training_courses": 1, "participants": 48}),
        E("II.3.a", "completed", {"participants": 2}),
        E("II.5.c", "in_progress", {"inspections": 1, "establishments_inspected": 7, "instruments_verified": 38}),
    ], ["Địa bàn rộng, cơ sở kinh doanh phân tán"],
       ["Đề nghị Chi cục hướng dẫn quy trình kiểm tra phân bón cho cấp xã"])

    f = "d3-socongthuong-ct38-thang7-9.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Sheet1"
    sheet(ws, ["SỞ CÔNG THƯƠNG TP. HỒ CHÍ MINH", "Số: 3345/BC-SCT", "TP. Hồ Chí Minh, ngày 20/10/2026"],
        "KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW (THÁNG 7 – THÁNG 9/2026)", [
        ("Nội dung II.5.a – Phối hợp kiểm tra chất lượng hàng hóa lưu thông (xăng dầu, LPG) – đang thực hiện", [
            ("Cuộc kiểm tra liên ngành", "cuộc", [2, 1, 2], ""),
            ("Cơ sở được kiểm tra", "cơ sở", [14, 6, 11], ""),
            ("Cơ sở vi phạm", "cơ sở", [2, 1, 1], ""),
            ("Tiền xử phạt", "đồng", [30000000, 12500000, 8000000], "")]),
        ("Nội dung II.2.e – Góp ý QCVN lĩnh vực công thương – hoàn thành", [
            ("Dự thảo QCVN đã góp ý", "dự thảo", [1, 0, 2], "")]),
        ("Nội dung II.3.a – Công chức tham gia tập huấn TĐC – hoàn thành", [
            ("Lượt công chức tham dự", "người", [0, 4, 0], "")]),
        ], ["Khó khăn: Lịch kiểm tra liên ngành trùng với đợt cao điểm quản lý thị trường",
            "Kiến nghị: Đề nghị Chi cục thống nhất kế hoạch kiểm tra xăng dầu năm 2027 từ tháng 12/2026",
            "Lập biểu: Phòng Quản lý Năng lượng"])
    save(wb, f)
    key(f, "SO-CT", "Sở Công Thương", "3345/BC-SCT", "2026-10-20", [
        E("II.5.a", "in_progress", {"inspections": 5, "establishments_inspected": 31, "violations": 4, "fines_vnd": 50500000}),
        E("II.2.e", "completed", {"standards_reviewed": 3}),
        E("II.3.a", "completed", {"participants": 4}),
    ], ["Lịch kiểm tra liên ngành trùng với đợt cao điểm quản lý thị trường"],
       ["Đề nghị Chi cục thống nhất kế hoạch kiểm tra xăng dầu năm 2027 từ tháng 12/2026"])

    f = "d4-soxaydung-bieu-ct38.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "CT38"
    sheet(ws, ["SỞ XÂY DỰNG", "Số: 7781/BC-SXD", "Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026"],
        "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 (QUÝ III/2026)", [
        ("II.2.e. Góp ý quy chuẩn kỹ thuật quốc gia ngành xây dựng — Đang thực hiện", [
            ("Dự thảo QCVN được góp ý", "dự thảo", [1, 2, 1], "QCVN vật liệu xây dựng")]),
        ("II.5.a. Phối hợp kiểm tra chất lượng vật liệu xây dựng — Đang thực hiện", [
            ("Đoàn kiểm tra", "đoàn", [0, 1, 1], ""),
            ("Cơ sở được kiểm tra", "cơ sở", [0, 8, 6], ""),
            ("Mẫu VLXD lấy thử nghiệm", "mẫu", [0, 12, 9], "")]),
        ], ["Khó khăn: Không có", "Đề xuất: Không"])
    save(wb, f)
    key(f, "SO-XD", "Sở Xây dựng", "7781/BC-SXD", "2026-11-02", [
        E("II.2.e", "in_progress", {"standards_reviewed": 4}),
        E("II.5.a", "in_progress", {"inspections": 2, "establishments_inspected": 14, "samples_tested": 21}),
    ], [], [])

    # D5 mistaken: environment sanitation monthly biểu
    f = "d5-phuloi-bieu-thang-q3.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "VSMT"
    sheet(ws, ["UBND PHƯỜNG PHÚ LỢI", "Số: 215/BC-UBND", "Phú Lợi, ngày 09/10/2026"],
        "BIỂU KẾT QUẢ THU GOM RÁC THẢI SINH HOẠT, VỆ SINH MÔI TRƯỜNG QUÝ III/2026", [
        ("1. Thu gom, vận chuyển rác thải sinh hoạt", [
            ("Khối lượng rác thu gom", "tấn", [412, 398, 405], ""),
            ("Hộ đăng ký thu gom", "hộ", [8120, 8160, 8195], "")]),
        ("2. Ra quân vệ sinh môi trường", [
            ("Đợt ra quân", "đợt", [1, 1, 2], "Ngày Chủ nhật xanh"),
            ("Điểm rác tự phát được xóa", "điểm", [3, 2, 4], "")]),
        ], ["Khó khăn: Còn tình trạng xả rác tại kênh Phú Lợi", "Người lập: Phạm Văn Đức"])
    save(wb, f)
    key(f, "25750", "Phường Phú Lợi", "215/BC-UBND", "2026-10-09", [], [], [], status="rejected",
        reason="Không phải báo cáo Kế hoạch CT38: biểu thu gom rác thải, vệ sinh môi trường quý III gửi nhầm")
