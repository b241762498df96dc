"""Hand 2 — biểu Excel thời quận/huyện (Phòng Kinh tế) được đổi tên cho phường/xã mới.
Tên cơ quan cũ gạch ngang, tên mới gõ bên dưới; mã chỉ tiêu cũ 'TĐC-0n'; tiến độ ghi bằng MÃ SỐ 1–4 có chú giải;
tiền phạt tính bằng nghìn đồng; ngày báo cáo là ô kiểu ngày thật (serial) định dạng dd/mm/yyyy."""
import datetime
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

COLS = [("STT", 5), ("Mã CT", 8), ("Nội dung công việc", 46), ("Số cuộc KT", 8), ("Số cơ sở được KT", 9),
        ("Số cơ sở vi phạm", 9), ("Tiền phạt (1.000 đ)", 11), ("Số tin, bài, tài liệu TT", 10),
        ("Số lớp / hội nghị", 9), ("Số người dự", 9), ("Số DN, hộ KD được hướng dẫn", 11), ("Số mẫu khảo sát", 9),
        ("Mã tiến độ", 8), ("Ghi chú", 30)]
KEYS = [None, None, None, "inspections", "establishments_inspected", "violations", "fines_k", "communications",
        "training_courses", "participants", "enterprises_supported", "samples_tested", "code", "note"]

def render(f, path):
    wb = Workbook()
    ws = wb.active
    ws.title = f["sheet"]
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = f["old_parent"]; ws["A1"].font = Font(name="Times New Roman", size=11, strike=True)
    ws["A2"] = "PHÒNG KINH TẾ"; ws["A2"].font = Font(name="Times New Roman", size=11, bold=True, strike=True)
    ws["A3"] = "ỦY BAN NHÂN DÂN " + f["unit_upper"]; ws["A3"].font = Font(name="Times New Roman", size=11, bold=True, color="C00000")
    ws["H1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["H1"].font = Font(name="Times New Roman", size=11, bold=True)
    ws["H2"] = "Độc lập - Tự do - Hạnh phúc"; ws["H2"].font = Font(name="Times New Roman", size=11, bold=True)
    ws["A4"] = "Số: " + f["number"]; ws["A4"].font = Font(name="Times New Roman", size=11)
    ws["J4"] = "Ngày báo cáo:"; ws["J4"].alignment = Alignment(horizontal="right")
    y, m, dd = map(int, f["date"].split("-"))
    ws["K4"] = datetime.datetime(y, m, dd); ws["K4"].number_format = "dd/mm/yyyy"
    ws.merge_cells("A6:N6")
    ws["A6"] = f"BIỂU MẪU 02/PKT - TÌNH HÌNH THỰC HIỆN CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG TRÊN ĐỊA BÀN {f['old_area']}"
    ws["A6"].font = Font(name="Times New Roman", size=12, bold=True); ws["A6"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.merge_cells("A7:N7")
    ws["A7"] = "(Kỳ báo cáo: năm 2026 - theo Kế hoạch triển khai Chỉ thị 38-CT/TW của Sở Khoa học và Công nghệ)"
    ws["A7"].font = Font(name="Times New Roman", size=11, italic=True); ws["A7"].alignment = Alignment(horizontal="center")
    hr = 9
    for i, (h, w) in enumerate(COLS, 1):
        c = ws.cell(hr, i, h); c.font = Font(name="Times New Roman", size=10, bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); c.border = bd
        ws.column_dimensions[get_column_letter(i)].width = w
        c2 = ws.cell(hr + 1, i, f"({i})"); c2.alignment = Alignment(horizontal="center"); c2.border = bd
        c2.font = Font(name="Times New Roman", size=9, italic=True)
    ws.row_dimensions[hr].height = 48
    r = hr + 2
    f["_rows"] = {}
    for n, row in enumerate(f["rows"], 1):
        vals = [n, row["mact"], row["name"]]
        for k in KEYS[3:]:
            vals.append(row.get(k))
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.border = bd
            c.font = Font(name="Times New Roman", size=10)
            c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left" if i in (3, 14) else "center")
            if i == 7 and v is not None:
                c.number_format = "#,##0"
        f["_rows"][row["task"]] = r
        r += 1
    r += 1
    ws.cell(r, 2, "Mã tiến độ: 1 - Hoàn thành; 2 - Đang thực hiện; 3 - Chưa thực hiện; 4 - Không phát sinh").font = Font(name="Times New Roman", size=10, italic=True)
    r += 1
    ws.cell(r, 2, "Cột (7) ghi theo đơn vị nghìn đồng (như biểu mẫu của Phòng Kinh tế trước đây).").font = Font(name="Times New Roman", size=10, italic=True)
    r += 2
    ws.cell(r, 2, "Khó khăn, vướng mắc:").font = Font(name="Times New Roman", size=11, bold=True); r += 1
    for x in f["diffs"]:
        ws.cell(r, 3, "- " + x); r += 1
    ws.cell(r, 2, "Kiến nghị, đề xuất:").font = Font(name="Times New Roman", size=11, bold=True); r += 1
    for x in f["props"]:
        ws.cell(r, 3, "- " + x); r += 1
    r += 1
    ws.cell(r, 3, "NGƯỜI LẬP BIỂU").font = Font(bold=True)
    ws.cell(r, 10, "KT. CHỦ TỊCH").font = Font(bold=True)
    ws.cell(r + 1, 10, "PHÓ CHỦ TỊCH").font = Font(bold=True)
    ws.cell(r + 5, 3, f["maker"]); ws.cell(r + 5, 10, f["signer"])
    ws.page_setup.orientation = "landscape"
    wb.save(path)
