# -*- coding: utf-8 -*-
import os, json, hashlib, subprocess, shutil
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
KEYS = {}

def vnd(n):  # 3500000 -> 3.500.000
    return f"{n:,}".replace(",", ".")
def tr(n):   # 3500000 -> 3,5tr
    v = n / 1e6
    s = (f"{v:.2f}".rstrip("0").rstrip(".")).replace(".", ",")
    return s
def p2(n): return f"{n:02d}"

def key(fname, unit, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
        unit=unit, document={"number": number, "date": date},
        entries=[{"task": t, "status": s, "indicators": ind, "text": txt} for (t, s, ind, txt) in entries],
        findings=[], difficulties=diffs, proposals=props)

thin = Side(style="thin"); BRD = Border(left=thin, right=thin, top=thin, bottom=thin)

# ======================= H1: transposed ward sheet (Chị Ngô Thị Lan) =======================
H1_ROWS = [("inspections", "Số cuộc kiểm tra"), ("establishments_inspected", "Số cơ sở được kiểm tra"),
           ("violations", "Số cơ sở vi phạm"), ("fines_vnd", "Số tiền phạt (đồng)"),
           ("training_courses", "Số buổi/lớp"), ("participants", "Số người tham dự"),
           ("communications", "Số tin, bài, băng rôn"), ("samples_tested", "Số mẫu"),
           ("enterprises_supported", "Số DN/hộ KD được hướng dẫn")]
H1_ST = {"completed": "Đã xong", "in_progress": "Đang làm", "not_started": "Chưa làm", "not_applicable": "Không phát sinh"}

def h1(fname, unit, uid, number, date_vn, date_iso, title, cols, diffs, props, rejected=False, rows=None, stwords=None):
    wb = Workbook(); ws = wb.active; ws.title = "BC 11 thang"
    ws["A1"] = "UBND " + unit.upper(); ws["A1"].font = Font(bold=True)
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E1"].font = Font(bold=True)
    ws["A2"] = f"Số: {number}"; ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["E3"] = date_vn
    ws["A5"] = title; ws["A5"].font = Font(bold=True, size=13)
    ws["A6"] = "(Đơn vị tính: theo từng dòng; ô trống = không có số liệu)"
    r0 = 8
    ws.cell(r0, 1, "Chỉ tiêu \\ Công việc").font = Font(bold=True)
    for j, c in enumerate(cols):
        cell = ws.cell(r0, 2 + j, c["name"]); cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[get_column_letter(2 + j)].width = 24
    ws.column_dimensions["A"].width = 30
    rows = rows or H1_ROWS
    used = [r for r in rows if any(r[0] in c["ind"] for c in cols)]
    for i, (rid, lab) in enumerate(used):
        ws.cell(r0 + 1 + i, 1, lab)
        for j, c in enumerate(cols):
            if rid in c["ind"]:
                cell = ws.cell(r0 + 1 + i, 2 + j, c["ind"][rid])
                if rid.endswith("_vnd"): cell.number_format = "#,##0"
    rs = r0 + 1 + len(used)
    ws.cell(rs, 1, "Tình trạng").font = Font(bold=True)
    stw = stwords or H1_ST
    for j, c in enumerate(cols):
        ws.cell(rs, 2 + j, stw.get(c["st"], "") if c["st"] != "unknown" else "")
    ws.cell(rs + 1, 1, "Ghi chú")
    for j, c in enumerate(cols):
        if c.get("note"): ws.cell(rs + 1, 2 + j, c["note"]).alignment = Alignment(wrap_text=True)
    for rr in range(r0, rs + 2):
        for cc in range(1, 2 + len(cols)): ws.cell(rr, cc).border = BRD
    r = rs + 3
    ws.cell(r, 1, "Khó khăn:").font = Font(bold=True); r += 1
    for d in diffs: ws.cell(r, 1, "- " + d); r += 1
    ws.cell(r, 1, "Kiến nghị:").font = Font(bold=True); r += 1
    for p in props: ws.cell(r, 1, "- " + p); r += 1
    r += 1; ws.cell(r, 5, "Người lập biểu"); ws.cell(r + 3, 5, "Ngô Thị Lan")
    wb.save(os.path.join(OUT, fname))
    if rejected:
        key(fname, {"id": uid, "name": unit}, number, date_iso, [], [], [], status="rejected",
            reason="Báo cáo về chương trình giảm nghèo, không phải báo cáo Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng")
    else:
        key(fname, {"id": uid, "name": unit}, number, date_iso,
            [(c["task"], c["st"], {k: v for k, v in c["ind"].items()}, c["name"]) for c in cols], diffs, props)

h1("binhchau-bc11t-ct38.xlsx", "Xã Bình Châu", "26656", "412/BC-UBND",
   "Bình Châu, ngày 18 tháng 11 năm 2026", "2026-11-18",
   "BÁO CÁO KẾT QUẢ 11 THÁNG NĂM 2026 THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW (TIÊU CHUẨN - ĐO LƯỜNG - CHẤT LƯỢNG)",
   [dict(task="II.5.c", st="completed", name="Phối hợp Chi cục TĐC kiểm tra cây xăng, cân chợ trên địa bàn xã",
         ind={"inspections": 3, "establishments_inspected": 14, "violations": 2, "fines_vnd": 7500000}),
    dict(task="II.1.a", st="completed", name="Tuyên truyền pháp luật TC-ĐL-CL trên loa truyền thanh, Zalo xã",
         ind={"communications": 26}),
    dict(task="II.3.a", st="completed", name="Cử công chức dự lớp tập huấn nghiệp vụ do Sở tổ chức",
         ind={"training_courses": 2, "participants": 3}),
    dict(task="II.5.b", st="in_progress", name="Phối hợp khảo sát chất lượng xăng dầu, hàng đóng gói sẵn",
         ind={"samples_tested": 8}, note="Chờ kết quả thử nghiệm 3 mẫu"),
    dict(task="II.5.d", st="not_applicable", name="Tiếp nhận phản ánh, tố giác vi phạm về ĐL-CL", ind={})],
   ["Xã chưa có công chức chuyên trách lĩnh vực tiêu chuẩn đo lường chất lượng, phải kiêm nhiệm nhiều việc.",
    "Địa bàn rộng, nhiều hộ kinh doanh nhỏ lẻ ven biển nên khó kiểm soát cân đối chứng."],
   ["Đề nghị Chi cục TĐC hỗ trợ xã 02 cân đối chứng đặt tại chợ Bình Châu.",
    "Đề nghị Sở mở thêm lớp tập huấn cho công chức cấp xã vào quý I/2027."])

h1("tanhiep-bc-ct38-11thang.xlsx", "Phường Tân Hiệp", "25920", "287/BC-UBND",
   "Tân Hiệp, ngày 24 tháng 11 năm 2026", "2026-11-24",
   "BIỂU BÁO CÁO TIẾN ĐỘ THỰC HIỆN KH CT38 - 11 THÁNG 2026",
   [dict(task="II.5.c", st="in_progress", name="Kiểm tra phân cấp (đo lường trong kinh doanh vàng, xăng dầu)",
         ind={"inspections": 2, "establishments_inspected": 9, "violations": 1, "fines_vnd": 3000000},
         note="Đợt cuối năm đang làm"),
    dict(task="II.2.d", st="completed", name="Hướng dẫn hộ KD, DN nhỏ công bố chất lượng, ghi nhãn",
         ind={"enterprises_supported": 17}),
    dict(task="II.1.a", st="completed", name="Phát tờ rơi, bài tuyên truyền trên trang phường",
         ind={"communications": 12}),
    dict(task="II.3.a", st="not_started", name="Tập huấn cho cán bộ khu phố", ind={},
         note="Dời sang tháng 12"),
    dict(task="II.2.đ", st="completed", name="Duy trì ISO 9001:2015 tại bộ phận một cửa", ind={})],
   ["Kinh phí cho công tác kiểm tra chưa được bố trí riêng."],
   ["Kiến nghị Chi cục TĐC gửi danh sách cơ sở kinh doanh xăng dầu, vàng bạc trên địa bàn phường để phối hợp."])

# mistaken (H1 style, giảm nghèo)
def h1_wrong():
    fname = "chauduc-bc11t-giamngheo.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "BC 11 thang"
    ws["A1"] = "UBND XÃ CHÂU ĐỨC"; ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["A2"] = "Số: 398/BC-UBND"; ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["E3"] = "Châu Đức, ngày 20 tháng 11 năm 2026"
    ws["A5"] = "BÁO CÁO KẾT QUẢ 11 THÁNG NĂM 2026 THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG"
    cols = ["Hỗ trợ nhà ở hộ nghèo", "Cho vay vốn NHCSXH", "Đào tạo nghề lao động nghèo", "Cấp thẻ BHYT hộ cận nghèo"]
    rows = [("Số hộ được hỗ trợ", [6, 41, None, 215]), ("Số tiền (đồng)", [360000000, 1850000000, 96000000, None]),
            ("Số lớp", [None, None, 3, None]), ("Tình trạng", ["Đã xong", "Đang làm", "Đã xong", "Đã xong"])]
    ws.cell(8, 1, "Chỉ tiêu \\ Công việc")
    for j, c in enumerate(cols): ws.cell(8, 2 + j, c)
    for i, (lab, vals) in enumerate(rows):
        ws.cell(9 + i, 1, lab)
        for j, v in enumerate(vals):
            if v is not None: ws.cell(9 + i, 2 + j, v)
    ws.cell(14, 1, "Khó khăn:"); ws.cell(15, 1, "- Tỷ lệ hộ cận nghèo tái nghèo còn cao ở ấp Suối Rao.")
    ws.cell(16, 1, "Kiến nghị:"); ws.cell(17, 1, "- Đề nghị Thành phố bổ sung vốn vay giải quyết việc làm.")
    ws.cell(19, 5, "Người lập biểu"); ws.cell(22, 5, "Ngô Thị Lan")
    wb.save(os.path.join(OUT, fname))
    key(fname, {"id": "26596", "name": "Xã Châu Đức"}, "398/BC-UBND", "2026-11-20", [], [], [], status="rejected",
        reason="Báo cáo về chương trình giảm nghèo bền vững, không phải báo cáo Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng")
h1_wrong()

# ======================= H2: text with units, Tổng row on top, frozen + autofilter (Anh Lâm Văn Phúc) =======================
def h2(fname, unit, uid, number, date_vn, date_iso, head1, rows, diffs, props, sign):
    wb = Workbook(); ws = wb.active; ws.title = "TDC-CT38"
    ws["A1"] = head1; ws["A2"] = unit.upper(); ws["A2"].font = Font(bold=True)
    ws["A3"] = f"Số: {number}"
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E2"] = "Độc lập - Tự do - Hạnh phúc"; ws["E3"] = date_vn
    ws["A5"] = "TÌNH HÌNH THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (số liệu đến 15/11/2026)"
    ws["A5"].font = Font(bold=True)
    hdr = ["STT", "Việc đã làm", "Số cuộc", "Số cơ sở", "Vi phạm", "Tiền phạt", "Số liệu khác", "Tiến độ"]
    H = 7
    for j, h in enumerate(hdr):
        c = ws.cell(H, 1 + j, h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="D9D9D9"); c.border = BRD
    # Tổng row at top
    def ssum(k): return sum(r["ind"].get(k, 0) for r in rows)
    tot = ["", "Tổng"]
    tot.append(f"{ssum('inspections')} cuộc" if ssum('inspections') else "")
    tot.append(f"{ssum('establishments_inspected')} cs" if ssum('establishments_inspected') else "")
    tot.append(f"{ssum('violations')} vp" if ssum('violations') else "")
    tot.append(f"{tr(ssum('fines_vnd'))}tr" if ssum('fines_vnd') else "")
    tot += ["", ""]
    for j, v in enumerate(tot):
        c = ws.cell(H + 1, 1 + j, v); c.font = Font(bold=True); c.border = BRD
    for i, r in enumerate(rows):
        rr = H + 2 + i; ind = r["ind"]
        vals = [i + 1, r["name"],
                f"{ind['inspections']} cuộc" if "inspections" in ind else "",
                f"{ind['establishments_inspected']} cs" if "establishments_inspected" in ind else "",
                f"{ind['violations']} vp" if "violations" in ind else "",
                f"{tr(ind['fines_vnd'])}tr" if "fines_vnd" in ind else "",
                r.get("other", ""), r["stw"]]
        for j, v in enumerate(vals):
            c = ws.cell(rr, 1 + j, v); c.border = BRD; c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = ws.cell(H + 2, 3)
    ws.auto_filter.ref = f"A{H}:H{H + 1 + len(rows)}"
    for col, w in zip("ABCDEFGH", [5, 48, 10, 10, 9, 10, 26, 14]): ws.column_dimensions[col].width = w
    r = H + 3 + len(rows)
    ws.cell(r, 2, "* Vướng mắc:").font = Font(bold=True); r += 1
    for d in diffs: ws.cell(r, 2, "+ " + d); r += 1
    ws.cell(r, 2, "* Đề xuất:").font = Font(bold=True); r += 1
    for p in props: ws.cell(r, 2, "+ " + p); r += 1
    ws.cell(r + 1, 6, sign)
    wb.save(os.path.join(OUT, fname))
    key(fname, {"id": uid, "name": unit}, number, date_iso,
        [(r["task"], r["st"], r["ind"], r["name"]) for r in rows], diffs, props)

h2("tangnhonphu-ct38-t11.xlsx", "Phường Tăng Nhơn Phú", "26842", "1035/BC-UBND",
   "Tăng Nhơn Phú, ngày 16 tháng 11 năm 2026", "2026-11-16", "ỦY BAN NHÂN DÂN",
   [dict(task="II.5.c", st="completed", stw="xong", name="Cùng Chi cục TĐC kiểm tra cân, đồng hồ xăng dầu (phân quyền)",
         ind={"inspections": 4, "establishments_inspected": 12, "violations": 3, "fines_vnd": 3500000}),
    dict(task="II.5.a", st="in_progress", stw="đang làm", name="Kiểm tra ghi nhãn hàng hóa tại chợ Tăng Nhơn Phú A, B",
         ind={"inspections": 1, "establishments_inspected": 20}),
    dict(task="II.1.a", st="completed", stw="xong", name="Tuyên truyền trên loa phát thanh khu phố + fanpage",
         ind={"communications": 15}, other="15 tin bài"),
    dict(task="II.2.d", st="completed", stw="xong", name="Hướng dẫn hộ KD đăng ký mã số mã vạch, công bố sản phẩm",
         ind={"enterprises_supported": 8}, other="8 hộ/DN"),
    dict(task="II.3.a", st="not_applicable", stw="ko phát sinh", name="Tập huấn cán bộ phường", ind={})],
   ["Phường mới sắp xếp, chưa có danh sách đầy đủ cơ sở kinh doanh phương tiện đo.",
    "Thiếu cân đối chứng tại các chợ."],
   ["Xin Chi cục TĐC cấp lại danh sách cây xăng, tiệm vàng trên địa bàn sau sáp nhập."],
   "Người tổng hợp: Lâm Văn Phúc")

h2("longdien-ct38-11t.xlsx", "Xã Long Điền", "26659", "256/BC-UBND",
   "Long Điền, ngày 27 tháng 11 năm 2026", "2026-11-27", "UBND",
   [dict(task="II.5.c", st="in_progress", stw="đang làm", name="Phối hợp kiểm tra đo lường xăng dầu, khí đốt hóa lỏng",
         ind={"inspections": 2, "establishments_inspected": 7, "violations": 1, "fines_vnd": 12500000}),
    dict(task="II.5.b", st="completed", stw="xong", name="Lấy mẫu nước mắm, hải sản khô khảo sát chất lượng cùng Chi cục",
         ind={"samples_tested": 6}, other="6 mẫu"),
    dict(task="II.1.a", st="completed", stw="xong", name="Đưa tin tuyên truyền Ngày Tiêu chuẩn thế giới 14/10",
         ind={"communications": 4}, other="4 tin"),
    dict(task="II.3.a", st="completed", stw="xong", name="Công chức kinh tế dự tập huấn nghiệp vụ TĐC",
         ind={"training_courses": 1, "participants": 2}, other="1 lớp, 2 người")],
   ["Cơ sở sản xuất nước mắm quy mô hộ gia đình nhiều, chưa công bố tiêu chuẩn áp dụng."],
   ["Đề nghị Chi cục TĐC tổ chức lớp hướng dẫn công bố chất lượng cho các hộ sản xuất nước mắm tại xã.",
    "Đề nghị hỗ trợ kinh phí in tài liệu tuyên truyền."],
   "Người lập: Lâm Văn Phúc")

h2("soyte-ct38-bc11thang.xlsx", "Sở Y tế", "SO-YT", "5120/SYT-NVY",
   "Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2026", "2026-11-19", "UBND THÀNH PHỐ HỒ CHÍ MINH",
   [dict(task="II.2.e", st="completed", stw="xong", name="Góp ý dự thảo QCVN, TCVN về trang thiết bị y tế, dược",
         ind={"standards_reviewed": 5}, other="5 dự thảo"),
    dict(task="II.5.a", st="in_progress", stw="đang làm", name="Phối hợp kiểm tra phương tiện đo trong y tế (huyết áp kế, nhiệt kế, cân)",
         ind={"inspections": 6, "establishments_inspected": 31, "violations": 2, "fines_vnd": 24000000}),
    dict(task="II.2.đ", st="completed", stw="xong", name="Duy trì, cải tiến ISO 9001:2015 tại cơ quan Sở", ind={}),
    dict(task="II.3.a", st="completed", stw="xong", name="Cử viên chức dự tập huấn đo lường trong y tế",
         ind={"training_courses": 2, "participants": 14}, other="2 lớp / 14 người")],
   ["Nhiều cơ sở y tế tư nhân chưa kiểm định định kỳ phương tiện đo nhóm 2."],
   ["Đề nghị Sở KH&CN phối hợp tổ chức tập huấn về kiểm định phương tiện đo trong y tế cho các bệnh viện tư nhân."],
   "Phòng Nghiệp vụ Y (tổng hợp)")

# ======================= H3: hidden helper sheet + formula report sheet (Chị Trịnh Mỹ Hằng) =======================
IND_LAB = {"training_courses": "Số lớp/hội nghị", "participants": "Lượt người dự", "communications": "Tin, bài",
           "enterprises_supported": "DN được hỗ trợ", "inspections": "Số cuộc KT", "establishments_inspected": "Số cơ sở KT",
           "violations": "Số vi phạm", "fines_vnd": "Tiền phạt (đồng)", "samples_tested": "Số mẫu",
           "instruments_verified": "PTĐ kiểm định/hiệu chuẩn", "standards_reviewed": "TC/QC xây dựng, góp ý",
           "budget_spent_vnd": "Kinh phí đã sử dụng (đồng)"}
H3_ST = {"completed": "Hoàn thành", "in_progress": "Đang triển khai", "not_started": "Chưa triển khai", "not_applicable": "Không phát sinh"}
TMP = os.path.join(OUT, "_tmp")

def h3(fname, unit, uid, number, date_vn, date_iso, parent, rows, diffs, props):
    wb = Workbook(); ws = wb.active; ws.title = "BaoCao"
    hs = wb.create_sheet("nhap_lieu"); hs.sheet_state = "hidden"
    hs.append(["ma_dong", "noi_dung", "chi_so", "gia_tri", "tinh_trang"])
    ws["A1"] = parent; ws["A2"] = unit.upper(); ws["A2"].font = Font(bold=True); ws["A3"] = f"Số: {number}"
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D2"] = "Độc lập - Tự do - Hạnh phúc"; ws["D3"] = date_vn
    ws["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026 (11 THÁNG, ƯỚC CẢ NĂM)"
    ws["A5"].font = Font(bold=True)
    hdr = ["TT", "Nội dung thực hiện", "Chỉ số", "Kết quả", "Tình trạng"]
    for j, h in enumerate(hdr):
        c = ws.cell(7, 1 + j, h); c.font = Font(bold=True); c.border = BRD
    r = 8; hr = 2
    for i, row in enumerate(rows):
        items = list(row["ind"].items()) or [(None, None)]
        hs.cell(hr, 1, f"D{i+1:02d}"); hs.cell(hr, 2, row["name"]); hs.cell(hr, 5, H3_ST.get(row["st"], ""))
        ws.cell(r, 1, i + 1); ws.cell(r, 2, f"=nhap_lieu!B{hr}"); ws.cell(r, 5, f"=nhap_lieu!E{hr}")
        first = True
        for k, v in items:
            if not first:
                hs.cell(hr, 1, f"D{i+1:02d}")
            if k:
                hs.cell(hr, 3, IND_LAB[k]); hs.cell(hr, 4, v)
                ws.cell(r, 3, f"=nhap_lieu!C{hr}"); c = ws.cell(r, 4, f"=nhap_lieu!D{hr}")
                c.number_format = "#,##0"
            for cc in range(1, 6): ws.cell(r, cc).border = BRD
            ws.cell(r, 2).alignment = Alignment(wrap_text=True, vertical="top")
            r += 1; hr += 1; first = False
    for col, w in zip("ABCDE", [5, 60, 26, 16, 18]): ws.column_dimensions[col].width = w
    r += 1
    ws.cell(r, 1, "III. KHÓ KHĂN, VƯỚNG MẮC").font = Font(bold=True); r += 1
    for i, d in enumerate(diffs): ws.cell(r, 2, f"{i+1}. {d}"); r += 1
    ws.cell(r, 1, "IV. KIẾN NGHỊ, ĐỀ XUẤT").font = Font(bold=True); r += 1
    for i, p in enumerate(props): ws.cell(r, 2, f"{i+1}. {p}"); r += 1
    ws.cell(r + 1, 4, "Người lập: Trịnh Mỹ Hằng")
    os.makedirs(TMP, exist_ok=True)
    tmpf = os.path.join(TMP, fname); wb.save(tmpf)
    # re-save through LibreOffice so the formula cells carry cached values (as the office does)
    subprocess.run(["soffice", "--headless", "--calc", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", OUT, tmpf],
                   check=True, capture_output=True, timeout=120)
    key(fname, {"id": uid, "name": unit}, number, date_iso,
        [(r_["task"], r_["st"], r_["ind"], r_["name"]) for r_ in rows], diffs, props)

h3("cctdc-bc-ct38-11t-2026.xlsx", "Chi cục Tiêu chuẩn Đo lường Chất lượng", "SKHCN-CCTDC", "1874/BC-TĐC",
   "Thành phố Hồ Chí Minh, ngày 25 tháng 11 năm 2026", "2026-11-25", "SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM", [
    dict(task="II.1.a", st="completed", name="Tập huấn văn bản QPPL về TĐC cho doanh nghiệp; tọa đàm với DN nhập khẩu",
         ind={"training_courses": 4, "participants": 386}),
    dict(task="II.1.b", st="completed", name="Tuyên truyền, vận động DN tham dự Giải thưởng Chất lượng Quốc gia",
         ind={"communications": 9, "enterprises_supported": 23}),
    dict(task="II.2.a", st="in_progress", name="Chương trình năng suất chất lượng (1322, 36), Đề án 996, Đề án 100 truy xuất nguồn gốc",
         ind={"enterprises_supported": 41, "budget_spent_vnd": 186500000}),
    dict(task="II.2.b", st="completed", name="Tổ chức xét tặng Giải thưởng Chất lượng Quốc gia 2026 (Hội đồng sơ tuyển TP)",
         ind={"enterprises_supported": 11}),
    dict(task="II.2.d", st="completed", name="Hỗ trợ DN áp dụng hệ thống quản lý tiên tiến, công bố hợp chuẩn/hợp quy",
         ind={"enterprises_supported": 57}),
    dict(task="II.2.đ", st="completed", name="Hướng dẫn, kiểm tra ISO 9001 trong cơ quan hành chính nhà nước",
         ind={"inspections": 5, "establishments_inspected": 38}),
    dict(task="II.2.e", st="in_progress", name="Góp ý TCVN, QCVN; xây dựng quy chuẩn kỹ thuật địa phương",
         ind={"standards_reviewed": 27}),
    dict(task="II.2.h", st="completed", name="Kết nối Cổng một cửa quốc gia về đăng ký kiểm tra hàng nhập khẩu", ind={}),
    dict(task="II.3.a", st="completed", name="Tập huấn nghiệp vụ TĐC cho công chức sở, ngành, UBND phường, xã, đặc khu",
         ind={"training_courses": 3, "participants": 412}),
    dict(task="II.3.b", st="in_progress", name="Khóa bồi dưỡng chuyên sâu về năng suất, mạng lưới tư vấn viên",
         ind={"training_courses": 2, "participants": 95}),
    dict(task="II.4.b", st="completed", name="Bảo trì, kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ (NĐ 135/2021)",
         ind={"instruments_verified": 46, "budget_spent_vnd": 38200000}),
    dict(task="II.5.a", st="in_progress", name="Kiểm tra nhà nước về đo lường, chất lượng hàng hóa lưu thông, nhập khẩu",
         ind={"inspections": 18, "establishments_inspected": 146, "violations": 21, "fines_vnd": 287500000}),
    dict(task="II.5.b", st="in_progress", name="Khảo sát chất lượng xăng dầu, mũ bảo hiểm, đồ chơi trẻ em",
         ind={"samples_tested": 124}),
    dict(task="II.5.c", st="completed", name="Phối hợp UBND phường, xã, đặc khu thực hiện nội dung phân quyền",
         ind={"inspections": 34, "establishments_inspected": 211}),
    dict(task="II.6.b", st="not_applicable", name="Phối hợp APO thúc đẩy năng suất khu vực công", ind={})],
   ["Biên chế Chi cục giảm sau sắp xếp trong khi địa bàn Thành phố mở rộng sau hợp nhất.",
    "Một số phường, xã, đặc khu chưa bố trí công chức đầu mối về tiêu chuẩn đo lường chất lượng.",
    "Kinh phí khảo sát chất lượng chỉ đáp ứng khoảng 60% nhu cầu lấy mẫu."],
   ["Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027.",
    "Đề nghị UBND Thành phố chỉ đạo các phường, xã, đặc khu phân công công chức đầu mối TĐC.",
    "Đề nghị Sở cho phép Chi cục tuyển dụng bổ sung 04 biên chế kiểm soát viên."])

h3("ttpttn-ct38-11thang.xlsx", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng", "SKHCN-TTPTTN",
   "642/BC-TTPTTN", "Thành phố Hồ Chí Minh, ngày 17 tháng 11 năm 2026", "2026-11-17", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", [
    dict(task="II.4.a", st="in_progress", name="Đầu tư trang thiết bị phòng thử nghiệm hóa lý, vi sinh đạt chuẩn",
         ind={"budget_spent_vnd": 2350000000}),
    dict(task="II.4.c", st="completed", name="Duy trì chuẩn đo lường, liên kết chuẩn đến chuẩn quốc gia",
         ind={"instruments_verified": 58}),
    dict(task="II.2.g", st="completed", name="Mở rộng phạm vi dịch vụ kiểm định, hiệu chuẩn, thử nghiệm",
         ind={"instruments_verified": 12840, "samples_tested": 3215}),
    dict(task="II.3.d", st="in_progress", name="Đào tạo kiểm định viên, thử nghiệm viên; thực tập cho sinh viên",
         ind={"training_courses": 3, "participants": 64})],
   ["Thiết bị thử nghiệm một số chỉ tiêu kim loại nặng đã xuống cấp, thời gian chờ sửa chữa kéo dài."],
   ["Đề nghị Sở ưu tiên bố trí vốn đầu tư công năm 2027 cho phòng thử nghiệm vi sinh."])

h3("ktpc-ct38-bc-11t.xlsx", "Phòng Kiểm tra – Pháp chế", "SKHCN-KTPC", "98/BC-KTPC",
   "Thành phố Hồ Chí Minh, ngày 20 tháng 11 năm 2026", "2026-11-20", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", [
    dict(task="II.5.a", st="completed", name="Phối hợp Chi cục TĐC kiểm tra liên ngành chất lượng hàng hóa",
         ind={"inspections": 7, "establishments_inspected": 52, "violations": 9, "fines_vnd": 146000000}),
    dict(task="II.2.c", st="completed", name="Góp ý dự thảo Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) và 03 dự thảo nghị định hướng dẫn",
         ind={}),
    dict(task="II.5.d", st="not_applicable", name="Khen thưởng, bảo vệ người tố giác vi phạm về TĐC", ind={}),
    dict(task="II.4.b", st="in_progress", name="Rà soát phương tiện kỹ thuật nghiệp vụ phục vụ xử phạt", ind={})],
   ["Thẩm quyền xử phạt của một số chức danh sau sắp xếp chưa được hướng dẫn thống nhất."],
   ["Đề nghị Sở ban hành quy chế phối hợp kiểm tra giữa Phòng và Chi cục TĐC năm 2027."])
shutil.rmtree(TMP, ignore_errors=True)

# ======================= Word helpers =======================
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol); tcPr.append(shd)

def header_table(doc, left, right):
    t = doc.add_table(rows=1, cols=2)
    t.cell(0, 0).text = left; t.cell(0, 1).text = right
    for c in t.rows[0].cells:
        for p in c.paragraphs: p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def para(doc, text, bold=False, italic=False, center=False, size=None):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p

def base_doc():
    d = Document(); st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    return d

# ======================= H4: status only by fill colour, legend in cells (Anh Đỗ Minh Tuấn) =======================
COL = {"completed": "92D050", "in_progress": "FFFF00", "not_started": "FF0000"}
def h4_xlsx(fname, unit, uid, number, date_vn, date_iso, rows, diffs, props):
    wb = Workbook(); ws = wb.active; ws.title = "Theo doi CT38"
    ws["A1"] = "UBND THÀNH PHỐ HỒ CHÍ MINH"; ws["A2"] = unit.upper(); ws["A2"].font = Font(bold=True)
    ws["A3"] = f"Số: {number}"; ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["D3"] = date_vn
    ws["A5"] = "BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (đến tháng 11/2026)"; ws["A5"].font = Font(bold=True)
    ws["A6"] = "Chú thích màu:"; ws["B6"] = "xanh = đã xong"; ws["B6"].fill = PatternFill("solid", fgColor=COL["completed"])
    ws["C6"] = "vàng = đang làm"; ws["C6"].fill = PatternFill("solid", fgColor=COL["in_progress"])
    ws["D6"] = "đỏ = chưa làm"; ws["D6"].fill = PatternFill("solid", fgColor=COL["not_started"])
    hdr = ["STT", "Công việc (tô màu theo tiến độ)", "Kết quả cụ thể", "Đơn vị phối hợp"]
    for j, h in enumerate(hdr):
        c = ws.cell(8, 1 + j, h); c.font = Font(bold=True); c.border = BRD
    for i, r in enumerate(rows):
        rr = 9 + i
        vals = [i + 1, r["name"], r["res"], r.get("with", "")]
        for j, v in enumerate(vals):
            c = ws.cell(rr, 1 + j, v); c.border = BRD; c.alignment = Alignment(wrap_text=True, vertical="top")
        if r["st"] in COL: ws.cell(rr, 2).fill = PatternFill("solid", fgColor=COL[r["st"]])
    for col, w in zip("ABCD", [5, 45, 60, 25]): ws.column_dimensions[col].width = w
    r = 10 + len(rows)
    ws.cell(r, 1, "Khó khăn, vướng mắc:"); r += 1
    for d in diffs: ws.cell(r, 2, d); r += 1
    ws.cell(r, 1, "Kiến nghị:"); r += 1
    for p in props: ws.cell(r, 2, p); r += 1
    ws.cell(r + 1, 3, "Chuyên viên theo dõi: Đỗ Minh Tuấn")
    wb.save(os.path.join(OUT, fname))
    key(fname, {"id": uid, "name": unit}, number, date_iso, [(x["task"], x["st"], x["ind"], x["name"] + " " + x["res"]) for x in rows], diffs, props)

h4_xlsx("socongthuong-ct38-11t.xlsx", "Sở Công Thương", "SO-CT", "7815/SCT-QLTM",
        "Thành phố Hồ Chí Minh, ngày 23 tháng 11 năm 2026", "2026-11-23", [
    dict(task="II.5.a", st="completed", name="Phối hợp kiểm tra chất lượng xăng dầu, khí, hàng hóa lưu thông trên thị trường",
         res=f"Tham gia 05 đoàn kiểm tra liên ngành, kiểm tra 47 cơ sở, 06 cơ sở vi phạm, phạt {vnd(92000000)} đồng.",
         ind={"inspections": 5, "establishments_inspected": 47, "violations": 6, "fines_vnd": 92000000}, **{"with": "Chi cục TĐC, Công an TP"}),
    dict(task="II.2.e", st="in_progress", name="Góp ý dự thảo QCVN lĩnh vực công thương (xăng dầu, an toàn điện, hóa chất)",
         res="Đã góp ý 04 dự thảo QCVN; đang lấy ý kiến 01 dự thảo quy chuẩn địa phương.", ind={"standards_reviewed": 4}),
    dict(task="II.1.a", st="completed", name="Tuyên truyền, phổ biến pháp luật TĐC cho thương nhân kinh doanh xăng dầu",
         res="Tổ chức 02 hội nghị, 230 lượt thương nhân dự.", ind={"training_courses": 2, "participants": 230}),
    dict(task="II.2.đ", st="completed", name="Duy trì hệ thống ISO 9001:2015 của Sở", res="Đã đánh giá nội bộ, công bố lại.", ind={}),
    dict(task="II.2.a", st="not_started", name="Phối hợp hỗ trợ DN ngành công nghiệp hỗ trợ áp dụng truy xuất nguồn gốc",
         res="Chưa có doanh nghiệp đăng ký, chuyển sang năm 2027.", ind={})],
    ["Thời gian kiểm tra liên ngành trùng với đợt cao điểm quản lý thị trường cuối năm."],
    ["Đề nghị Sở KH&CN thông báo sớm kế hoạch kiểm tra liên ngành năm 2027 để Sở bố trí lực lượng."])

def h4_docx(fname, unit, uid, parent, number, date_vn, date_iso, title, rows, diffs, props, rejected_reason=None):
    d = base_doc()
    header_table(d, f"{parent}\n{unit.upper()}\n\nSố: {number}", f"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n{date_vn}")
    para(d, ""); para(d, "BÁO CÁO", bold=True, center=True); para(d, title, bold=True, center=True)
    para(d, "Thực hiện yêu cầu báo cáo, đơn vị tổng hợp kết quả như bảng dưới (ô tên công việc tô màu theo tiến độ).")
    lg = d.add_table(rows=1, cols=3); lg.style = "Table Grid"
    for i, (s, t) in enumerate([("completed", "Xanh = đã xong"), ("in_progress", "Vàng = đang làm"), ("not_started", "Đỏ = chưa làm")]):
        lg.cell(0, i).text = t; shade(lg.cell(0, i), COL[s])
    para(d, "")
    t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
    for i, h in enumerate(["TT", "Công việc", "Kết quả"]): t.cell(0, i).text = h
    for i, r in enumerate(rows):
        c = t.add_row().cells; c[0].text = str(i + 1); c[1].text = r["name"]; c[2].text = r["res"]
        if r["st"] in COL: shade(c[1], COL[r["st"]])
    para(d, "Khó khăn, vướng mắc:", bold=True)
    for x in diffs: para(d, "- " + x)
    para(d, "Kiến nghị:", bold=True)
    for x in props: para(d, "- " + x)
    para(d, "Người tổng hợp: Đỗ Minh Tuấn", italic=True)
    d.save(os.path.join(OUT, fname))
    if rejected_reason:
        key(fname, {"id": uid, "name": unit}, number, date_iso, [], [], [], status="rejected", reason=rejected_reason)
    else:
        key(fname, {"id": uid, "name": unit}, number, date_iso, [(x["task"], x["st"], x["ind"], x["name"] + " " + x["res"]) for x in rows], diffs, props)

h4_docx("binhco-bc-ct38-nam2026.docx", "Phường Bình Cơ", "25915", "ỦY BAN NHÂN DÂN", "318/BC-UBND",
        "Bình Cơ, ngày 26 tháng 11 năm 2026", "2026-11-26",
        "Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 (11 tháng)", [
    dict(task="II.5.c", st="in_progress", name="Phối hợp kiểm tra đo lường tại chợ, cửa hàng xăng dầu theo phân quyền",
         res="02 cuộc, 11 cơ sở; 01 cơ sở vi phạm (cân sai số), phạt 2.500.000 đồng.",
         ind={"inspections": 2, "establishments_inspected": 11, "violations": 1, "fines_vnd": 2500000}),
    dict(task="II.1.a", st="completed", name="Tuyên truyền về tiêu chuẩn, đo lường, chất lượng",
         res="08 tin bài trên trang thông tin điện tử phường.", ind={"communications": 8}),
    dict(task="II.3.a", st="completed", name="Cử công chức dự tập huấn của Sở KH&CN",
         res="01 lớp, 02 công chức tham dự.", ind={"training_courses": 1, "participants": 2}),
    dict(task="II.2.đ", st="not_started", name="Chuyển đổi ISO 9001:2015 sang ISO điện tử", res="Chờ hướng dẫn của Thành phố.", ind={})],
    ["Phường chưa có cân đối chứng đặt tại chợ Bình Cơ."],
    ["Đề nghị Chi cục TĐC trang bị 01 cân đối chứng cho chợ Bình Cơ."])

h4_docx("sovhtt-bc-cchc-11t.docx", "Sở Văn hóa và Thể thao", "SO-VHTT", "UBND THÀNH PHỐ HỒ CHÍ MINH", "4471/BC-SVHTT",
        "Thành phố Hồ Chí Minh, ngày 21 tháng 11 năm 2026", "2026-11-21",
        "Kết quả thực hiện công tác cải cách hành chính 11 tháng năm 2026", [
    dict(task="", st="completed", name="Rà soát, đơn giản hóa thủ tục hành chính", res="Đơn giản hóa 12 thủ tục.", ind={}),
    dict(task="", st="in_progress", name="Số hóa hồ sơ, kết quả giải quyết TTHC", res="Đạt 86% hồ sơ được số hóa.", ind={}),
    dict(task="", st="not_started", name="Đo lường sự hài lòng của người dân", res="Thực hiện trong tháng 12/2026.", ind={})],
    ["Hệ thống một cửa điện tử còn lỗi kết nối."], ["Đề nghị Sở Nội vụ hướng dẫn chấm điểm chỉ số CCHC năm 2026."],
    rejected_reason="Báo cáo về công tác cải cách hành chính, không phải báo cáo Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng")

# ======================= H5: Word table with ●/◐/○ level marks and a legend (Ông Huỳnh Văn Bảy) =======================
SYM = {"completed": "●", "in_progress": "◐", "not_started": "○", "not_applicable": "–"}
def h5(fname, unit, uid, parent, number, date_vn, date_iso, intro, rows, diffs, props, signer):
    d = base_doc()
    header_table(d, f"{parent}\n{unit.upper()}\n———\nSố: {number}", f"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n———\n{date_vn}")
    para(d, ""); para(d, "BÁO CÁO", bold=True, center=True)
    para(d, "Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (số liệu 11 tháng)", bold=True, center=True)
    para(d, intro)
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for i, h in enumerate(["TT", "Nội dung công việc", "Kết quả", "Mức"]): t.cell(0, i).text = h
    for i, r in enumerate(rows):
        c = t.add_row().cells; c[0].text = f"{i+1:02d}"; c[1].text = r["name"]; c[2].text = r["res"]
        c[3].text = SYM.get(r["st"], ""); c[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(d, "Ghi chú cột Mức: ● hoàn thành;  ◐ đang thực hiện;  ○ chưa thực hiện;  – không phát sinh.", italic=True, size=11)
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for x in diffs: para(d, "- " + x)
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for x in props: para(d, "- " + x)
    para(d, ""); para(d, signer, bold=True)
    d.save(os.path.join(OUT, fname))
    key(fname, {"id": uid, "name": unit}, number, date_iso, [(x["task"], x["st"], x["ind"], x["name"] + " " + x["res"]) for x in rows], diffs, props)

h5("chanhphuhoa-bc-ct38-11-2026.docx", "Phường Chánh Phú Hòa", "25837", "ỦY BAN NHÂN DÂN", "276/BC-UBND",
   "Chánh Phú Hòa, ngày 19 tháng 11 năm 2026", "2026-11-19",
   "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, UBND phường báo cáo kết quả như sau:", [
    dict(task="II.5.c", st="completed", name="Phối hợp Chi cục TĐC kiểm tra đo lường, chất lượng theo nội dung phân quyền",
         res="Tổ chức 03 cuộc kiểm tra tại 16 cơ sở (xăng dầu, vàng bạc, chợ), 02 cơ sở vi phạm, xử phạt 5.000.000 đồng.",
         ind={"inspections": 3, "establishments_inspected": 16, "violations": 2, "fines_vnd": 5000000}),
    dict(task="II.1.a", st="completed", name="Tuyên truyền pháp luật về TC-ĐL-CL", res="Đăng 10 tin, bài trên trang thông tin và Zalo khu phố.",
         ind={"communications": 10}),
    dict(task="II.2.d", st="in_progress", name="Hướng dẫn cơ sở sản xuất tự công bố sản phẩm, ghi nhãn",
         res="Đã hướng dẫn 09 cơ sở, còn 04 cơ sở đang hoàn thiện hồ sơ.", ind={"enterprises_supported": 9}),
    dict(task="II.3.a", st="completed", name="Tham gia lớp tập huấn nghiệp vụ cho công chức phường, xã",
         res="02 công chức dự 01 lớp.", ind={"training_courses": 1, "participants": 2}),
    dict(task="II.5.d", st="not_applicable", name="Tiếp nhận, xử lý tố giác vi phạm", res="Không có đơn thư.", ind={})],
   ["Công chức phụ trách kiêm nhiệm nhiều lĩnh vực, chưa qua đào tạo chuyên sâu về đo lường."],
   ["Đề nghị Chi cục TĐC cung cấp mẫu biên bản kiểm tra đo lường áp dụng cho cấp phường."],
   "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nHuỳnh Văn Bảy")

h5("condao-bc-ct38-11t.docx", "Đặc khu Côn Đảo", "26732", "ỦY BAN NHÂN DÂN", "145/BC-UBND",
   "Côn Đảo, ngày 30 tháng 11 năm 2026", "2026-11-30",
   "UBND đặc khu Côn Đảo báo cáo kết quả thực hiện các nội dung Kế hoạch CT38 năm 2026 liên quan đến địa phương như sau:", [
    dict(task="II.5.c", st="in_progress", name="Kiểm tra đo lường tại cửa hàng xăng dầu, chợ Côn Đảo (phân quyền)",
         res="01 cuộc, 05 cơ sở, chưa phát hiện vi phạm; đợt 2 dự kiến tháng 12.",
         ind={"inspections": 1, "establishments_inspected": 5}),
    dict(task="II.5.b", st="not_started", name="Khảo sát chất lượng hàng hóa vận chuyển ra đảo", res="Chưa thực hiện do thời tiết, tàu hạn chế.", ind={}),
    dict(task="II.1.a", st="completed", name="Tuyên truyền trên Đài truyền thanh đặc khu", res="Phát 14 tin.", ind={"communications": 14}),
    dict(task="II.3.a", st="completed", name="Công chức dự tập huấn trực tuyến do Sở tổ chức", res="01 lớp, 03 người.",
         ind={"training_courses": 1, "participants": 3})],
   ["Đi lại giữa đất liền và đảo khó khăn nên việc phối hợp với đoàn kiểm tra của Chi cục bị động.",
    "Chưa có đơn vị kiểm định phương tiện đo trên đảo."],
   ["Đề nghị Chi cục TĐC bố trí đợt kiểm định lưu động tại Côn Đảo mỗi năm một lần."],
   "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")

h5("phugiao-ct38-bc11t.docx", "Xã Phú Giáo", "25858", "ỦY BAN NHÂN DÂN", "509/BC-UBND",
   "Phú Giáo, ngày 22 tháng 11 năm 2026", "2026-11-22",
   "Căn cứ đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng, UBND xã Phú Giáo báo cáo như sau:", [
    dict(task="II.5.c", st="completed", name="Phối hợp kiểm tra cân bán lẻ tại chợ Phước Vĩnh, cây xăng",
         res="02 cuộc kiểm tra, 10 cơ sở, 01 vi phạm, phạt 1.500.000đ.",
         ind={"inspections": 2, "establishments_inspected": 10, "violations": 1, "fines_vnd": 1500000}),
    dict(task="II.2.a", st="in_progress", name="Hướng dẫn HTX, hộ trồng cao su, cây ăn trái áp dụng truy xuất nguồn gốc",
         res="Hướng dẫn 05 HTX và 12 hộ (17 đơn vị).", ind={"enterprises_supported": 17}),
    dict(task="II.1.a", st="completed", name="Tuyên truyền", res="05 tin bài.", ind={"communications": 5})],
   ["Chưa có kinh phí hỗ trợ tem truy xuất nguồn gốc cho hộ sản xuất."],
   ["Đề nghị Sở hỗ trợ kinh phí tem truy xuất cho HTX năm 2027."],
   "CHỦ TỊCH")

h5("sonnmt-bc-ct38-11thang.docx", "Sở Nông nghiệp và Môi trường", "SO-NNMT", "UBND THÀNH PHỐ HỒ CHÍ MINH", "9032/SNNMT-CCTL",
   "Thành phố Hồ Chí Minh, ngày 15 tháng 11 năm 2026", "2026-11-15",
   "Sở Nông nghiệp và Môi trường báo cáo kết quả phối hợp thực hiện Kế hoạch CT38 năm 2026 như sau:", [
    dict(task="II.2.e", st="completed", name="Góp ý dự thảo QCVN về phân bón, thức ăn chăn nuôi, nước sạch",
         res="Góp ý 08 dự thảo (06 QCVN, 02 TCVN).", ind={"standards_reviewed": 8}),
    dict(task="II.2.a", st="in_progress", name="Triển khai truy xuất nguồn gốc nông sản (Đề án 100)",
         res="Hỗ trợ 34 cơ sở, HTX cấp mã vùng trồng, truy xuất; kinh phí đã sử dụng 1,2 tỷ đồng.",
         ind={"enterprises_supported": 34, "budget_spent_vnd": 1200000000}),
    dict(task="II.5.b", st="in_progress", name="Lấy mẫu giám sát chất lượng vật tư nông nghiệp",
         res="Lấy 142 mẫu, 11 mẫu không đạt.", ind={"samples_tested": 142}),
    dict(task="II.2.đ", st="completed", name="Duy trì ISO 9001:2015 tại Sở và các đơn vị trực thuộc", res="Đã hoàn thành đánh giá nội bộ.", ind={})],
   ["Số lượng HTX đủ điều kiện áp dụng truy xuất nguồn gốc còn ít."],
   ["Đề nghị Sở KH&CN phối hợp tổ chức tập huấn về mã số mã vạch cho HTX nông nghiệp."],
   "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")

# LibreOffice re-save of one Word file (as a real office does)
os.makedirs(TMP, exist_ok=True)
shutil.move(os.path.join(OUT, "phugiao-ct38-bc11t.docx"), os.path.join(TMP, "phugiao-ct38-bc11t.docx"))
subprocess.run(["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", OUT,
                os.path.join(TMP, "phugiao-ct38-bc11t.docx")], check=True, capture_output=True, timeout=120)
shutil.rmtree(TMP, ignore_errors=True)

import csv
CANON = {r["id"]: r["name"] for r in csv.DictReader(open("/work/shared/data/agencies.csv", encoding="utf-8"))}
CANON.update({r["code"]: r["name"] for r in csv.DictReader(open("/work/shared/data/communes-2025.csv", encoding="utf-8"))})
for fn, k in KEYS.items():
    k["unit"]["name"] = CANON[k["unit"]["id"]]
    k["sha256"] = hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest()
    with open(os.path.join(OUT, "truth", fn + ".json"), "w", encoding="utf-8") as f:
        json.dump(k, f, ensure_ascii=False, indent=2)
print(len(KEYS), "files")
