# Hand 1 (Ngọc Hân, statistician workbooks Bia/SoLieu/ThuyetMinh) and
# Hand 2 (Lê Minh Khoa, transposed TienDo sheet: tasks as columns)
import datetime
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter
from common import inject_cached

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="center", wrap_text=True)
B = Font(name="Times New Roman", bold=True, size=12)
N = Font(name="Times New Roman", size=12)
I_ = Font(name="Times New Roman", italic=True, size=12)


class Cache:
    def __init__(self):
        self.d = {}
    def f(self, ws, idx, ref, formula, value, fmt=None):
        ws[ref] = formula
        self.d.setdefault(idx, {})[ref] = value
        if fmt:
            ws[ref].number_format = fmt


def h1_workbook(path, cover, rows, notes, difficulties, proposals, signer, plan_head, period_head):
    """cover: dict; rows: list of tuples; notes: list of str"""
    wb = Workbook()
    cache = Cache()
    # ---- Bia ----
    ws = wb.active
    ws.title = "Bia"
    ws.column_dimensions["A"].width = 4
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 60
    ws["B2"] = cover["parent"]; ws["B2"].font = N
    ws["B3"] = cover["unit_upper"]; ws["B3"].font = B
    ws["C2"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["C2"].font = B
    ws["C3"] = "Độc lập - Tự do - Hạnh phúc"; ws["C3"].font = B
    ws["B5"] = cover["title"]; ws["B5"].font = Font(name="Times New Roman", bold=True, size=14)
    ws.merge_cells("B5:C5"); ws["B5"].alignment = CENTER
    ws["B6"] = cover["subtitle"]; ws.merge_cells("B6:C6"); ws["B6"].alignment = CENTER; ws["B6"].font = B
    ws.row_dimensions[6].height = 48
    r = 8
    for lab, val in cover["fields"]:
        ws.cell(r, 2, lab).font = B
        c = ws.cell(r, 3, val)
        c.font = N
        if isinstance(val, datetime.date):
            c.number_format = "dd/mm/yyyy"
            c.alignment = Alignment(horizontal="left")
        r += 1
    r += 1
    ws.cell(r, 2, "Cấu trúc tệp:").font = B
    for s in ["- Bia: thông tin chung", "- SoLieu: số liệu thực hiện (các cột H, I là cột phụ trợ tính toán, đã ẩn)",
              "- ThuyetMinh: thuyết minh các ghi chú (1), (2)…; khó khăn, kiến nghị"]:
        r += 1
        ws.cell(r, 3, s).font = I_
    # ---- SoLieu ----
    ws2 = wb.create_sheet("SoLieu")
    widths = {"A": 6, "B": 58, "C": 12, "D": 12, "E": 14, "F": 11, "G": 10, "H": 10, "I": 16}
    for k, v in widths.items():
        ws2.column_dimensions[k].width = v
    ws2["A1"] = cover["sheet_title"]; ws2.merge_cells("A1:G1"); ws2["A1"].font = Font(name="Times New Roman", bold=True, size=13); ws2["A1"].alignment = CENTER
    ws2["A2"] = cover["sheet_sub"]; ws2.merge_cells("A2:G2"); ws2["A2"].font = I_; ws2["A2"].alignment = CENTER
    for rng, txt in [("A4:A5", "STT"), ("B4:B5", "Nội dung / Chỉ tiêu"), ("C4:C5", "ĐVT"),
                     ("D4:F4", plan_head), ("G4:G5", "Ghi chú"), ("H4:H5", "Mã CT (phụ)"), ("I4:I5", "Quy đổi (đồng)")]:
        ws2.merge_cells(rng)
        c = ws2[rng.split(":")[0]]
        c.value = txt
    ws2["D5"] = "Kế hoạch năm"; ws2["E5"] = period_head; ws2["F5"] = "Tỷ lệ TH/KH"
    for row in ws2["A4:I5"]:
        for c in row:
            c.font = B; c.alignment = CENTER; c.border = BOX
            c.fill = PatternFill("solid", fgColor="DDEBF7")
    ws2.row_dimensions[5].height = 32
    r = 6
    pending_sum = None
    for spec in rows:
        kind = spec[0]
        if kind == "G":
            ws2.cell(r, 1, spec[1]); ws2.cell(r, 2, spec[2])
            for col in range(1, 10):
                ws2.cell(r, col).font = B; ws2.cell(r, col).border = BOX
                ws2.cell(r, col).fill = PatternFill("solid", fgColor="F2F2F2")
        elif kind == "T":
            ws2.cell(r, 1, spec[1]); ws2.cell(r, 2, spec[2]); ws2.cell(r, 7, spec[3])
            for col in range(1, 10):
                ws2.cell(r, col).font = Font(name="Times New Roman", bold=True, italic=True, size=12)
                ws2.cell(r, col).border = BOX
        else:
            # I: ("I", label, dvt, kh, th, code) ; S: ("S", label, dvt, kh, nchildren, code) ; C: child
            label, dvt, kh = spec[1], spec[2], spec[3]
            ws2.cell(r, 2, label); ws2.cell(r, 3, dvt)
            if kh is not None:
                ws2.cell(r, 4, kh)
            else:
                ws2.cell(r, 4, "–")
            if kind == "S":
                n = spec[4]
                vals = [rows[rows.index(spec) + k + 1][4] for k in range(n)]
                cache.f(ws2, 2, f"E{r}", f"=SUM(E{r+1}:E{r+n})", sum(vals))
                th = sum(vals)
            else:
                th = spec[4]
                ws2.cell(r, 5, th)
            ws2.cell(r, 1, "-" if kind != "C" else "")
            if kind == "C":
                ws2.cell(r, 2).font = I_
            if isinstance(kh, (int, float)) and kh:
                cache.f(ws2, 2, f"F{r}", f'=IF(D{r}=0,"",E{r}/D{r})', th / kh, "0.0%")
            ws2.cell(r, 8, spec[5])
            if dvt.lower().startswith("triệu"):
                cache.f(ws2, 2, f"I{r}", f"=E{r}*1000000", th * 1000000, "#,##0")
                ws2.cell(r, 5).number_format = "#,##0.0"
            for col in range(1, 10):
                c = ws2.cell(r, col)
                c.border = BOX
                if c.font != I_:
                    c.font = N
                if col >= 3 and col != 7:
                    c.alignment = Alignment(horizontal="center", vertical="center")
            ws2.cell(r, 2).alignment = WRAP
        r += 1
    ws2.column_dimensions["H"].hidden = True
    ws2.column_dimensions["I"].hidden = True
    ws2.freeze_panes = "C6"
    r += 1
    ws2.cell(r, 2, "Ghi chú: các số (1), (2)… ở cột Ghi chú được thuyết minh tại sheet ThuyetMinh.").font = I_
    # ---- ThuyetMinh ----
    ws3 = wb.create_sheet("ThuyetMinh")
    ws3.column_dimensions["A"].width = 6
    ws3.column_dimensions["B"].width = 110
    ws3["A1"] = "THUYẾT MINH SỐ LIỆU"; ws3["A1"].font = B
    r = 3
    ws3.cell(r, 1, "A").font = B; ws3.cell(r, 2, "Thuyết minh theo ghi chú tại sheet SoLieu").font = B
    for n in notes:
        r += 1
        ws3.cell(r, 2, n).alignment = WRAP; ws3.cell(r, 2).font = N
    r += 2
    ws3.cell(r, 1, "B").font = B; ws3.cell(r, 2, "Khó khăn, vướng mắc").font = B
    for k, t in enumerate(difficulties, 1):
        r += 1
        ws3.cell(r, 1, k); ws3.cell(r, 2, t).alignment = WRAP
    r += 2
    ws3.cell(r, 1, "C").font = B; ws3.cell(r, 2, "Đề xuất, kiến nghị").font = B
    for k, t in enumerate(proposals, 1):
        r += 1
        ws3.cell(r, 1, k); ws3.cell(r, 2, t).alignment = WRAP
    r += 2
    for ln in signer:
        ws3.cell(r, 2, ln).alignment = Alignment(horizontal="right")
        ws3.cell(r, 2).font = B if ln.isupper() else N
        r += 1
    wb.save(path)
    inject_cached(path, cache.d)


def h2_workbook(path, info, groups, attr_rows, status_row, note_row, difficulties, proposals, sum_rows, refs):
    """groups: list of (group title, [task short names]); attr_rows: list of (label, dvt, [values per task] , kind)
    kind: 'text' or 'num' ; sum_rows: labels of num rows that get a Cộng =SUM"""
    wb = Workbook()
    cache = Cache()
    ws = wb.active
    ws.title = "ThongTin"
    ws.column_dimensions["A"].width = 28; ws.column_dimensions["B"].width = 70
    ws["A1"] = "THÔNG TIN CHUNG VỀ BÁO CÁO"; ws["A1"].font = B
    r = 3
    for lab, val in info:
        ws.cell(r, 1, lab).font = B
        c = ws.cell(r, 2, val); c.font = N; c.alignment = WRAP
        r += 1
    ws2 = wb.create_sheet("TienDo")
    tasks = [t for g in groups for t in g[1]]
    nt = len(tasks)
    last = 3 + nt  # Cộng column index
    ws2.column_dimensions["A"].width = 36; ws2.column_dimensions["B"].width = 12
    for k in range(nt):
        ws2.column_dimensions[get_column_letter(3 + k)].width = 24
    ws2.column_dimensions[get_column_letter(last)].width = 12
    ws2.cell(1, 1, info_title := [v for l, v in info if l.startswith("Tên báo cáo")][0]).font = Font(name="Times New Roman", bold=True, size=13)
    ws2.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last)
    ws2.cell(1, 1).alignment = CENTER
    ws2.row_dimensions[1].height = 34
    ws2.cell(2, 1, [v for l, v in info if l.startswith("Thời điểm")][0]).font = I_
    ws2.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last)
    ws2.cell(2, 1).alignment = CENTER
    ws2.merge_cells("A3:A4"); ws2["A3"] = "Thông tin / Chỉ số"
    ws2.merge_cells("B3:B4"); ws2["B3"] = "ĐVT"
    col = 3
    for gtitle, gtasks in groups:
        ws2.cell(3, col, gtitle)
        if len(gtasks) > 1:
            ws2.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + len(gtasks) - 1)
        for t in gtasks:
            ws2.cell(4, col, t)
            col += 1
    ws2.cell(3, last, "Cộng")
    ws2.merge_cells(start_row=3, start_column=last, end_row=4, end_column=last)
    for rr in (3, 4):
        for cc in range(1, last + 1):
            c = ws2.cell(rr, cc); c.font = B; c.alignment = CENTER; c.border = BOX
            c.fill = PatternFill("solid", fgColor="FFF2CC")
    ws2.row_dimensions[4].height = 48
    # hidden helper row 5 with own refs
    ws2.cell(5, 1, "ref (phụ)")
    for k, ref in enumerate(refs):
        ws2.cell(5, 3 + k, ref)
    ws2.row_dimensions[5].hidden = True
    r = 6
    for label, dvt, vals, kind in attr_rows + [status_row, note_row]:
        ws2.cell(r, 1, label).font = B if label in (status_row[0],) else N
        ws2.cell(r, 2, dvt)
        for k, v in enumerate(vals):
            c = ws2.cell(r, 3 + k, v)
            if kind == "money" and isinstance(v, (int, float)):
                c.number_format = "#,##0.0"
            elif isinstance(v, (int, float)):
                c.number_format = "#,##0"
        if label in sum_rows:
            nums = [v for v in vals if isinstance(v, (int, float))]
            L = get_column_letter(last)
            cache.f(ws2, 2, f"{L}{r}", f"=SUM(C{r}:{get_column_letter(last-1)}{r})", sum(nums),
                    "#,##0.0" if kind == "money" else "#,##0")
        for cc in range(1, last + 1):
            c = ws2.cell(r, cc)
            c.border = BOX
            c.alignment = WRAP if cc <= 2 or kind == "text" else Alignment(horizontal="center", vertical="center")
            if cc > 1:
                c.font = B if label == status_row[0] else N
        r += 1
    ws2.freeze_panes = "C6"
    ws3 = wb.create_sheet("GhiChu")
    ws3.column_dimensions["A"].width = 6; ws3.column_dimensions["B"].width = 110
    ws3["A1"] = "Khó khăn, vướng mắc"; ws3["A1"].font = B
    r = 2
    for k, t in enumerate(difficulties, 1):
        ws3.cell(r, 1, f"{k}."); ws3.cell(r, 2, t).alignment = WRAP; r += 1
    r += 1
    ws3.cell(r, 1, "Kiến nghị, đề xuất").font = B; r += 1
    for k, t in enumerate(proposals, 1):
        ws3.cell(r, 1, f"{k}."); ws3.cell(r, 2, t).alignment = WRAP; r += 1
    r += 1
    ws3.cell(r, 2, "Tiến độ: Đã xong / Đang làm / Chưa làm / Không có việc (trong kỳ không phát sinh).").font = I_
    wb.save(path)
    inject_cached(path, cache.d)
