"""Hand 4 — 'Sổ theo dõi xử lý văn bản đến' của văn thư/chuyên viên: mỗi dòng một công văn nhận được,
cột 'Thuộc KH CT38 (mục)' ghi kiểu '5c', '3a', 'Không'; sheet 2 tổng hợp theo mục KH với số cộng dồn,
tình trạng chung và khó khăn / đề xuất."""
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter

H = [("STT", 5), ("Số, ký hiệu VB đến", 18), ("Ngày VB", 11), ("Cơ quan ban hành", 16), ("Trích yếu", 40),
     ("Thuộc KH CT38 (mục)", 10), ("Kết quả xử lý / thực hiện", 55), ("Tình trạng xử lý", 14), ("Người xử lý", 14)]

def render(f, path):
    wb = Workbook()
    ws = wb.active
    ws.title = f.get("sheet1", "So theo doi VB")
    thin = Side(style="thin"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.merge_cells("A1:I1"); ws["A1"] = f["reg_title"]
    ws["A1"].font = Font(name="Arial", size=12, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:I2"); ws["A2"] = f["reg_sub"]
    ws["A2"].font = Font(name="Arial", size=10, italic=True); ws["A2"].alignment = Alignment(horizontal="center")
    for i, (h, w) in enumerate(H, 1):
        if i == 6 and f.get("col6"):
            h = f["col6"]
        c = ws.cell(4, i, h); c.font = Font(name="Arial", size=10, bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78"); c.border = bd
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:I{4 + len(f['reg'])}"
    for n, row in enumerate(f["reg"], 1):
        vals = [n] + list(row)
        for i, v in enumerate(vals, 1):
            c = ws.cell(4 + n, i, v); c.border = bd; c.font = Font(name="Arial", size=10)
            c.alignment = Alignment(wrap_text=True, vertical="top")
    if f.get("sums"):
        s = wb.create_sheet("Tong hop theo muc KH")
        s.merge_cells("A1:D1"); s["A1"] = "TỔNG HỢP KẾT QUẢ THEO MỤC CỦA KẾ HOẠCH CT38 NĂM 2026"
        s["A1"].font = Font(name="Arial", size=12, bold=True)
        for i, (h, w) in enumerate([("Mục KH", 9), ("Nội dung", 38), ("Kết quả cộng dồn", 60), ("Tình trạng chung", 20)], 1):
            c = s.cell(3, i, h); c.font = Font(name="Arial", bold=True); c.border = bd
            s.column_dimensions[get_column_letter(i)].width = w
        r = 4
        f["_srows"] = {}
        for row in [x["row"] for x in f["sums"]]:
            for i, v in enumerate(row[1:], 1):
                c = s.cell(r, i, v); c.border = bd; c.alignment = Alignment(wrap_text=True, vertical="top")
            f["_srows"][row[0]] = r
            r += 1
        r += 1
        s.cell(r, 1, "Khó khăn, vướng mắc").font = Font(name="Arial", bold=True); r += 1
        for i, x in enumerate(f["diffs"], 1):
            s.cell(r, 1, i); s.cell(r, 2, x); r += 1
        r += 1
        s.cell(r, 1, "Đề xuất").font = Font(name="Arial", bold=True); r += 1
        for i, x in enumerate(f["props"], 1):
            s.cell(r, 1, i); s.cell(r, 2, x); r += 1
        r += 1
        s.cell(r, 2, "Người lập sổ: " + f["maker"])
    else:
        r = 6 + len(f["reg"])
        ws.cell(r, 7, "Người lập sổ: " + f["maker"])
    wb.save(path)
