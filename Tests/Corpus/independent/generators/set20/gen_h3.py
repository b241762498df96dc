"""Hand 3 - 'Excel Table user': the results sit in a real Excel Table (ListObject 'tblCT38') with
a banded style, AutoFilter, a Tình trạng drop-down and a Totals Row of SUBTOTAL(109, …) with
cached values. One row per activity (a task may take several rows; its figures are the sum, which
the totals row shows because only that task uses those columns). The filter is left ON: rows whose
Tình trạng is 'Không phát sinh' are hidden by the filter (still in the file, still part of the
report). Letterhead lines sit above the table; KK/ĐX as '-' lines below it."""
import os, re
from openpyxl import Workbook
from openpyxl.worksheet.table import Table, TableStyleInfo, TableColumn
from openpyxl.worksheet.filters import AutoFilter, FilterColumn, Filters
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.styles import Font, Alignment
from openpyxl.utils import get_column_letter
from common import ROOT, write_key, patch_zip

COLS = ["STT", "Mục KH", "Nhiệm vụ", "Hoạt động cụ thể", "Thời gian", "Số cuộc KT", "Số cơ sở KT",
        "Số cơ sở vi phạm", "Tiền phạt (đồng)", "Số lớp/hội nghị", "Số người dự", "Tin bài", "Tình trạng", "Ghi chú"]
NUMC = {"inspections": 5, "establishments_inspected": 6, "violations": 7, "fines_vnd": 8,
        "training_courses": 9, "participants": 10, "communications": 11, "standards_reviewed": None}
STW = {"completed": "Hoàn thành", "in_progress": "Đang thực hiện", "not_started": "Chưa thực hiện",
       "not_applicable": "Không phát sinh"}
TN = {"II.5.c": "Phối hợp thực hiện nội dung phân quyền QLNN về TĐC",
      "II.1.a": "Tuyên truyền, tập huấn pháp luật về TĐC",
      "II.3.a": "Tập huấn, cập nhật kiến thức cho công chức",
      "II.5.d": "Bảo vệ người tố giác, xử lý vi phạm",
      "II.2.e": "Góp ý QCVN, TCVN",
      "II.5.a": "Kiểm tra chất lượng SP, HH lưu thông"}


def mk(task, act, when, st, **ind):
    return dict(task=task, act=act, when=when, st=st, ind=ind)


UNITS = [
    dict(fname="BaoCao_CT38_TangNhonPhu_T10-2026.xlsx", uid="26842", issuer="UBND PHƯỜNG TĂNG NHƠN PHÚ",
         number="318/BC-UBND", place="Tăng Nhơn Phú", d=(20, 10), iso="2026-10-20",
         rows=[mk("II.5.c", "Kiểm tra đo lường, nhãn hàng hóa tại chợ Tăng Nhơn Phú", "Tháng 7/2026", "in_progress",
                  inspections=1, establishments_inspected=8, violations=1, fines_vnd=3500000),
               mk("II.5.c", "Kiểm tra cửa hàng xăng dầu, kinh doanh LPG", "Tháng 9/2026", "in_progress",
                  inspections=2, establishments_inspected=14, violations=2, fines_vnd=9000000),
               mk("II.1.a", "Hội nghị phổ biến pháp luật TĐC cho hộ kinh doanh", "25/8/2026", "completed",
                  training_courses=1, participants=95),
               mk("II.1.a", "Tin bài trên trang thông tin điện tử phường, Zalo khu phố", "Quý III", "completed",
                  communications=6),
               mk("II.3.a", "Cử công chức dự lớp tập huấn của Chi cục TĐC", "12/6/2026", "completed", participants=2),
               mk("II.5.d", "Tiếp nhận, xử lý tố giác vi phạm TĐC", "", "not_applicable")],
         kk=["Lực lượng kiểm tra ít, công chức kiêm nhiệm nhiều lĩnh vực.",
             "Người bán hàng tại chợ chưa chủ động kiểm định cân."],
         dx=["Đề nghị Chi cục TĐC hỗ trợ trạm cân đối chứng tại chợ Tăng Nhơn Phú."]),
    dict(fname="BC CT38 xa Binh Gia (bang).xlsx", uid="26590", issuer="UBND XÃ BÌNH GIÃ",
         number="87/BC-UBND", place="Bình Giã", d=(9, 10), iso="2026-10-09",
         rows=[mk("II.5.c", "Phối hợp Chi cục kiểm tra cây xăng trên QL56", "Tháng 8/2026", "in_progress",
                  inspections=2, establishments_inspected=11),
               mk("II.1.a", "Phát thanh trên loa truyền thanh xã về đo lường trong mua bán", "Tháng 5-9", "in_progress",
                  communications=4),
               mk("II.5.d", "Tố giác vi phạm", "", "not_applicable"),
               mk("II.3.a", "Tập huấn nghiệp vụ TĐC cho công chức xã", "", "not_started")],
         kk=["Xã chưa có công chức được đào tạo về đo lường."],
         dx=["Đề nghị Sở mở lớp tập huấn tại cụm xã Châu Đức - Bình Giã - Ngãi Giao.",
             "Đề nghị cấp tài liệu tuyên truyền in sẵn cho xã."]),
    dict(fname="SATTP - Bieu CT38 2026.xlsx", uid="SO-ATTP", issuer="SỞ AN TOÀN THỰC PHẨM",
         number="1342/BC-SATTP", place="Thành phố Hồ Chí Minh", d=(3, 11), iso="2026-11-03",
         rows=[mk("II.2.e", "Góp ý dự thảo QCVN về phụ gia thực phẩm, nước uống đóng chai, sữa", "Quý II-III", "completed",
                  standards_reviewed=3),
               mk("II.5.a", "Kiểm tra ghi nhãn, công bố thực phẩm bao gói sẵn", "Tháng 6-9/2026", "in_progress",
                  inspections=6, establishments_inspected=54, violations=7, fines_vnd=96000000),
               mk("II.1.a", "Tin bài cảnh báo thực phẩm không rõ nguồn gốc", "Cả năm", "in_progress", communications=25)],
         kk=["Nhiều sản phẩm bán qua mạng không xác định được cơ sở sản xuất."],
         dx=["Đề nghị Chi cục TĐC chia sẻ danh sách sản phẩm công bố hợp quy để phối hợp hậu kiểm."]),
    dict(fname="Chanh Hiep_CT38_Q3.xlsx", uid="25771", issuer="UBND PHƯỜNG CHÁNH HIỆP",
         number="205/BC-UBND", place="Chánh Hiệp", d=(16, 10), iso="2026-10-16",
         rows=[mk("II.5.c", "Kiểm tra nhãn hàng hóa, đồ chơi trẻ em quanh trường học", "Tháng 9/2026", "completed",
                  inspections=1, establishments_inspected=9, violations=3, fines_vnd=12000000),
               mk("II.1.a", "Tập huấn cho Ban quản lý chợ, tiểu thương", "Tháng 8/2026", "completed",
                  training_courses=2, participants=140),
               mk("II.1.a", "Bài viết trên trang phường", "", "completed", communications=3),
               mk("II.3.a", "Công chức tham dự tập huấn trực tuyến của Bộ", "Tháng 7/2026", "completed", participants=1),
               mk("II.5.d", "Khen thưởng người tố giác", "", "not_applicable")],
         kk=[], dx=["Đề nghị bổ sung biên chế công chức phụ trách kinh tế cho phường."]),
]

MISTAKE = dict(fname="KimLong_bang theo doi giai ngan.xlsx", uid="26608", issuer="UBND XÃ KIM LONG",
               number="142/BC-UBND", place="Kim Long", d=(30, 9), iso="2026-09-30")


def letter(ws, u, title):
    ws["A1"] = u["issuer"]; ws["A1"].font = Font(bold=True)
    ws["A2"] = "Số: " + u["number"]
    ws["H1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["H1"].font = Font(bold=True)
    ws["H2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["H3"] = f"{u['place']}, ngày {u['d'][0]:02d} tháng {u['d'][1]:02d} năm 2026"; ws["H3"].font = Font(italic=True)
    ws["A5"] = title; ws["A5"].font = Font(bold=True, size=13)


def table_sheet(ws, cols, data, name, sums, hide_pred, widths):
    top = 7
    ws.append([]) if ws.max_row < top - 1 else None
    for j, c in enumerate(cols, 1):
        ws.cell(top, j, c)
    for i, r in enumerate(data, 1):
        for j, v in enumerate(r, 1):
            ws.cell(top + i, j, v)
            if isinstance(v, int) and v >= 1000:
                ws.cell(top + i, j).number_format = "#,##0"
        ws.cell(top + i, 1).alignment = Alignment(horizontal="center")
    last = top + len(data)
    tot = last + 1
    ws.cell(tot, 1, "Tổng cộng")
    cached = {}
    tcols = []
    for j, c in enumerate(cols, 1):
        tc = TableColumn(id=j, name=c)
        if j == 1:
            tc.totalsRowLabel = "Tổng cộng"
        if j - 1 in sums:
            tc.totalsRowFunction = "sum"
            ws.cell(tot, j, f"=SUBTOTAL(109,{name}[{c}])")
            vals = [r[j - 1] for k, r in enumerate(data) if not hide_pred(r) and isinstance(r[j - 1], (int, float))]
            cached[f"{get_column_letter(j)}{tot}"] = sum(vals)
            ws.cell(tot, j).number_format = "#,##0"
        tcols.append(tc)
        ws.cell(tot, j).font = Font(bold=True)
    ref = f"A{top}:{get_column_letter(len(cols))}{tot}"
    t = Table(displayName=name, ref=ref, totalsRowCount=1)
    t._initialise_columns()
    t.tableColumns = tcols
    t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    stcol = cols.index("Tình trạng")
    t.autoFilter = AutoFilter(ref=f"A{top}:{get_column_letter(len(cols))}{last}")
    keep = sorted({r[stcol] for r in data if not hide_pred(r) and r[stcol]})
    t.autoFilter.filterColumn.append(FilterColumn(colId=stcol, filters=Filters(filter=keep)))
    ws.add_table(t)
    for k, r in enumerate(data, 1):
        if hide_pred(r):
            ws.row_dimensions[top + k].hidden = True
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    return tot, cached


def cache_patch(path, cached):
    def f(s):
        for ref, v in cached.items():
            s = re.sub(rf'(<c r="{ref}"[^>]*>)(<f>[^<]*</f>)(<v\s*/>|<v></v>)?', rf'\g<1>\g<2><v>{v}</v>', s)
        return s
    patch_zip(path, {"xl/worksheets/sheet1.xml": f})


def build(u):
    wb = Workbook(); ws = wb.active; ws.title = "BaoCao"
    letter(ws, u, "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026")
    data = []
    for i, r in enumerate(u["rows"], 1):
        row = [i, r["task"].replace("II.", ""), TN[r["task"]], r["act"], r["when"] or None]
        row += [None] * 7
        for k, v in r["ind"].items():
            if k == "standards_reviewed":
                continue
            row[NUMC[k]] = v
        note = None
        if "standards_reviewed" in r["ind"]:
            note = f"Đã góp ý {r['ind']['standards_reviewed']:02d} dự thảo QCVN"
        row += [STW[r["st"]], note]
        data.append(row)
    hide = lambda r: r[12] == "Không phát sinh"
    tot, cached = table_sheet(ws, COLS, data, "tblCT38", set(range(5, 12)), hide,
                              [5, 7, 30, 42, 14, 9, 9, 9, 14, 9, 9, 8, 16, 26])
    dv = DataValidation(type="list", formula1='"Hoàn thành,Đang thực hiện,Chưa thực hiện,Không phát sinh"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"M8:M{tot - 1}")
    r = tot + 2
    ws.cell(r, 1, "Khó khăn, vướng mắc:").font = Font(bold=True)
    for x in (u["kk"] or ["Không có."]):
        r += 1; ws.cell(r, 1, "- " + x)
    r += 1
    ws.cell(r, 1, "Đề xuất, kiến nghị:").font = Font(bold=True)
    for x in u["dx"]:
        r += 1; ws.cell(r, 1, "- " + x)
    r += 2
    ws.cell(r, 10, "Người lập biểu"); ws.cell(r, 13, "TM. ỦY BAN NHÂN DÂN" if u["uid"].isdigit() else "KT. GIÁM ĐỐC")
    ws.freeze_panes = "A8"
    out = os.path.join(ROOT, u["fname"])
    wb.save(out)
    cache_patch(out, cached)
    # key: merge rows per task
    ents = {}
    for k, rr in enumerate(u["rows"]):
        e = ents.setdefault(rr["task"], dict(task=rr["task"], status=rr["st"], ind={}, text=TN[rr["task"]],
                                            source=f"xl/tables/table1.xml tblCT38 row {k + 1}"))
        for a, v in rr["ind"].items():
            e["ind"][a] = e["ind"].get(a, 0) + v
        e["text"] += "; " + rr["act"]
    write_key(u["fname"], u["uid"], u["number"], u["iso"], list(ents.values()), u["kk"], u["dx"])


def build_mistake(u):
    wb = Workbook(); ws = wb.active; ws.title = "BaoCao"
    letter(ws, u, "BẢNG THEO DÕI TIẾN ĐỘ GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2026 (đến 30/9/2026)")
    cols = ["STT", "Công trình", "Chủ đầu tư", "Kế hoạch vốn (đồng)", "Đã giải ngân (đồng)", "Tỷ lệ (%)", "Tình trạng", "Ghi chú"]
    data = [[1, "Nâng cấp đường liên ấp Kim Long - Láng Lớn", "UBND xã", 8500000000, 5120000000, 60.2, "Đang thực hiện", None],
            [2, "Trường Mầm non Kim Long (điểm ấp Sông Cầu)", "Ban QLDA", 12300000000, 9860000000, 80.2, "Đang thực hiện", None],
            [3, "Hệ thống thoát nước ấp Kim Bình", "UBND xã", 2100000000, 2100000000, 100, "Hoàn thành", "Đã quyết toán"],
            [4, "Nhà văn hóa ấp Bàu Điển", "UBND xã", 1500000000, 0, 0, "Chưa thực hiện", "Vướng mặt bằng"]]
    tot, cached = table_sheet(ws, cols, data, "tblGiaiNgan", {3, 4}, lambda r: False, [5, 44, 14, 18, 18, 9, 16, 18])
    out = os.path.join(ROOT, u["fname"])
    wb.save(out)
    cache_patch(out, cached)
    write_key(u["fname"], u["uid"], u["number"], u["iso"], [], rejected=
              "Không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW: bảng theo dõi giải ngân vốn đầu tư công gửi nhầm")


if __name__ == "__main__":
    for u in UNITS:
        build(u)
    build_mistake(MISTAKE)
    print("h3 done")
