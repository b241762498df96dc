# -*- coding: utf-8 -*-
"""Generator for set32: 17 progress reports (CT38/2026) from wards/communes of province 79,
in four hands (see NOTES.md), plus their answer keys in truth/."""
import datetime as dt
import hashlib
import json
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

KEYS = []  # (filename, keydict)


def key(fname, status, unit, number, date, entries, diffs, props, reason=None):
    KEYS.append((fname, {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit[0], "name": unit[1]},
        "document": {"number": number, "date": date},
        "entries": entries, "findings": [],
        "difficulties": diffs, "proposals": props,
    }))


def vn_date(d):
    y, m, dd = d.split("-")
    return dd, m, y


# =====================================================================================
# HAND A - chị Nguyễn Thị Lan, kế toán UBND phường/xã.  XLSX in the shape of a
# financial form: "Đơn vị: / Mã ĐVQHNS:" top-left, "Biểu số" top-right, roman-numbered
# groups of her own, an activity row carrying the status, then "-" rows with one figure
# each in "Số lượng" or in "Số tiền (đồng)" (real numbers, #,##0), signature triple.
# =====================================================================================
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

A_REPORTS = [
    dict(file="BieuTDC_9thang_BenThanh.xlsx", unit=("26743", "Phường Bến Thành"), uname="phường Bến Thành",
         mdv="1129384", bieu="Biểu số 01/TĐC", number=None, date="2026-10-20", quoc_hieu=True,
         period="9 tháng đầu năm 2026", attach=None,
         groups=[
             ("I", "CÔNG TÁC TUYÊN TRUYỀN", [
                 dict(task="II.1.a", st="completed", word="Đã thực hiện",
                      title="Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng trên loa, bảng tin, trang thông tin điện tử phường; hội nghị phổ biến quy định về đo lường cho tiểu thương chợ Bến Thành",
                      rows=[("Số tin, bài đã đăng", 14, None, "communications"),
                            ("Số hội nghị", 1, None, "training_courses"),
                            ("Số người tham dự", 120, None, "participants"),
                            ("Kinh phí in tờ rơi, pano", None, 4200000, "budget_spent_vnd")]),
             ]),
             ("II", "CÔNG TÁC KIỂM TRA", [
                 dict(task="II.5.c", st="in_progress", word="Đang thực hiện",
                      title="Kiểm tra đo lường (cân) đối với hộ kinh doanh tại các chợ trên địa bàn phường",
                      rows=[("Số cuộc kiểm tra", 3, None, "inspections"),
                            ("Số hộ, cơ sở được kiểm tra", 46, None, "establishments_inspected"),
                            ("Số cơ sở vi phạm", 5, None, "violations"),
                            ("Tiền phạt VPHC đã nộp KBNN", None, 7500000, "fines_vnd"),
                            ("Số điểm cân đối chứng đang duy trì", 2, None, None)]),
                 dict(task="II.5.a", st="completed", word="Đã thực hiện",
                      title="Phối hợp Chi cục TĐC kiểm tra chất lượng đồ chơi trẻ em dịp Tết Trung thu",
                      rows=[("Số cơ sở được kiểm tra", 8, None, "establishments_inspected"),
                            ("Số cơ sở vi phạm (chuyển Chi cục xử lý)", 1, None, "violations")]),
             ]),
             ("III", "ÁP DỤNG HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG", [
                 dict(task="II.2.đ", st="in_progress", word="Đang thực hiện",
                      title="Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015 tại UBND phường",
                      rows=[("Kinh phí chi thuê tư vấn, đánh giá nội bộ", None, 18500000, "budget_spent_vnd")]),
             ]),
             ("IV", "ĐÀO TẠO, BỒI DƯỠNG", [
                 dict(task="II.3.a", st="completed", word="Đã thực hiện",
                      title="Cử công chức tham dự tập huấn nghiệp vụ tiêu chuẩn đo lường chất lượng do Chi cục tổ chức",
                      rows=[("Số công chức tham dự", 2, None, "participants")]),
             ]),
             ("V", "KHEN THƯỞNG, XỬ LÝ", [
                 dict(task="II.5.d", st="not_applicable", word="Không phát sinh",
                      title="Khen thưởng, bảo vệ người tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng",
                      rows=[]),
             ]),
         ],
         diffs=["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn đo lường chất lượng, cán bộ kinh tế kiêm nhiệm nhiều việc."],
         props=["Đề nghị Chi cục hỗ trợ phường 01 bộ quả cân chuẩn để kiểm tra cân tại chợ."]),
    dict(file="Bieu_kem_BC287_ChoLon.xlsx", unit=("27343", "Phường Chợ Lớn"), uname="phường Chợ Lớn",
         mdv="1130572", bieu="Biểu số 02", number="287/BC-UBND", date="2026-10-22", quoc_hieu=False,
         period="từ 01/01/2026 đến 15/10/2026",
         attach="(Kèm theo Báo cáo số 287/BC-UBND ngày 22/10/2026 của UBND phường Chợ Lớn)",
         groups=[
             ("I", "TUYÊN TRUYỀN", [
                 dict(task="II.1.a", st="completed", word="Đã xong",
                      title="Tuyên truyền quy định về nhãn hàng hóa, đo lường trên Zalo khu phố và bảng tin chợ Kim Biên",
                      rows=[("Số tin, bài", 9, None, "communications")]),
             ]),
             ("II", "HỖ TRỢ HỘ KINH DOANH, DOANH NGHIỆP", [
                 dict(task="II.2.d", st="in_progress", word="Đang thực hiện",
                      title="Hướng dẫn hộ kinh doanh, doanh nghiệp đăng ký mã số mã vạch, tự công bố chất lượng sản phẩm",
                      rows=[("Số hộ, DN được hướng dẫn", 12, None, "enterprises_supported")]),
                 dict(task="II.2.a", st="in_progress", word="Đang thực hiện",
                      title="Hỗ trợ hộ kinh doanh chợ Kim Biên áp dụng tem truy xuất nguồn gốc (mã QR)",
                      rows=[("Số hộ được hỗ trợ", 6, None, "enterprises_supported"),
                            ("Kinh phí in tem, hỗ trợ", None, 9800000, "budget_spent_vnd")]),
             ]),
             ("III", "KIỂM TRA, KHẢO SÁT", [
                 dict(task="II.5.c", st="completed", word="Đã xong",
                      title="Kiểm tra đo lường cân tại chợ và cửa hàng xăng dầu trên địa bàn",
                      rows=[("Số cuộc kiểm tra", 2, None, "inspections"),
                            ("Số cơ sở được kiểm tra", 17, None, "establishments_inspected"),
                            ("Số cơ sở vi phạm", 2, None, "violations"),
                            ("Số tiền phạt", None, 4000000, "fines_vnd")]),
                 dict(task="II.5.b", st="completed", word="Đã xong",
                      title="Phối hợp Chi cục lấy mẫu khảo sát chất lượng hàng hóa (gạo, nước mắm) tại chợ",
                      rows=[("Số mẫu đã lấy", 10, None, "samples_tested")]),
             ]),
             ("IV", "ISO HÀNH CHÍNH", [
                 dict(task="II.2.đ", st="not_started", word="Chưa thực hiện",
                      title="Chuyển đổi, cập nhật HTQLCL ISO 9001:2015 theo mô hình chính quyền 2 cấp",
                      rows=[]),
             ]),
         ],
         diffs=["Kinh phí năm 2026 chưa bố trí riêng cho nhiệm vụ chuyển đổi, cập nhật hệ thống ISO theo mô hình chính quyền 2 cấp."],
         props=["Đề nghị Sở Khoa học và Công nghệ hướng dẫn thống nhất bộ quy trình ISO dùng chung cho UBND phường, xã."]),
    dict(file="TDC_QuyIII_2026_BinhChanh.xlsx", unit=("27637", "Xã Bình Chánh"), uname="xã Bình Chánh",
         mdv="1131947", bieu="Biểu số 01", number=None, date="2026-10-05", quoc_hieu=True,
         period="Quý III năm 2026", attach=None,
         groups=[
             ("I", "TUYÊN TRUYỀN", [
                 dict(task="II.1.a", st="completed", word="Đã thực hiện",
                      title="Phát tin trên hệ thống truyền thanh xã về tiêu chuẩn, đo lường, chất lượng",
                      rows=[("Số tin phát thanh", 24, None, "communications")]),
                 dict(task="II.1.b", st="completed", word="Đã thực hiện",
                      title="Gửi thông tin, vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia 2026",
                      rows=[("Số doanh nghiệp được gửi thông tin", 15, None, "enterprises_supported")]),
             ]),
             ("II", "KIỂM TRA", [
                 dict(task="II.5.c", st="in_progress", word="Đang thực hiện",
                      title="Kiểm tra đo lường tại chợ Bình Chánh và các cửa hàng xăng dầu",
                      rows=[("Số cuộc kiểm tra", 1, None, "inspections"),
                            ("Số cơ sở được kiểm tra", 9, None, "establishments_inspected"),
                            ("Số cơ sở vi phạm", 0, None, "violations")]),
             ]),
             ("III", "ĐÀO TẠO", [
                 dict(task="II.3.a", st="completed", word="Đã thực hiện",
                      title="Công chức tham dự lớp tập huấn nghiệp vụ TĐC cho UBND xã, phường",
                      rows=[("Số lớp", 1, None, "training_courses"),
                            ("Số công chức tham dự", 3, None, "participants")]),
             ]),
             ("IV", "ISO", [
                 dict(task="II.2.đ", st="completed", word="Đã thực hiện",
                      title="Công bố lại HTQLCL phù hợp TCVN ISO 9001:2015 của UBND xã",
                      rows=[("Kinh phí đã chi", None, 12000000, "budget_spent_vnd")]),
             ]),
         ],
         diffs=["Địa bàn rộng, nhiều chợ tự phát nên việc kiểm tra đo lường chưa thường xuyên."],
         props=["Đề nghị cấp kinh phí mua cân đối chứng đặt tại chợ Bình Chánh."]),
    dict(file="TDM_bieu_CT38_10-2026.xlsx", unit=("25747", "Phường Thủ Dầu Một"), uname="phường Thủ Dầu Một",
         mdv="1098215", bieu="Biểu số 01/CT38", number="198/BC-UBND", date="2026-10-28", quoc_hieu=False,
         period="năm 2026 (tính đến 25/10/2026)",
         attach="(Kèm theo Báo cáo số 198/BC-UBND ngày 28/10/2026 của UBND phường Thủ Dầu Một)",
         groups=[
             ("I", "TUYÊN TRUYỀN, TẬP HUẤN DOANH NGHIỆP", [
                 dict(task="II.1.a", st="completed", word="Hoàn thành",
                      title="Hội nghị tập huấn quy định về nhãn hàng hóa, đo lường cho doanh nghiệp, hộ kinh doanh",
                      rows=[("Số hội nghị", 1, None, "training_courses"),
                            ("Số đại biểu tham dự", 65, None, "participants"),
                            ("Kinh phí tổ chức", None, 11350000, "budget_spent_vnd")]),
             ]),
             ("II", "HỖ TRỢ DOANH NGHIỆP", [
                 dict(task="II.2.d", st="in_progress", word="Đang thực hiện",
                      title="Hướng dẫn doanh nghiệp xây dựng, công bố tiêu chuẩn cơ sở",
                      rows=[("Số doanh nghiệp được hướng dẫn", 4, None, "enterprises_supported"),
                            ("Số tiêu chuẩn cơ sở đã xây dựng", 7, None, "standards_reviewed")]),
             ]),
             ("III", "KIỂM TRA ĐO LƯỜNG", [
                 dict(task="II.5.c", st="completed", word="Hoàn thành",
                      title="Kiểm tra đo lường tại chợ Thủ Dầu Một, chợ Phú Văn và cửa hàng xăng dầu; phối hợp đưa cân của tiểu thương đi kiểm định",
                      rows=[("Số cuộc kiểm tra", 5, None, "inspections"),
                            ("Số cơ sở được kiểm tra", 38, None, "establishments_inspected"),
                            ("Số cơ sở vi phạm", 4, None, "violations"),
                            ("Tiền phạt", None, 12250000, "fines_vnd"),
                            ("Số cân được kiểm định", 112, None, "instruments_verified")]),
                 dict(task="II.5.d", st="not_applicable", word="Không phát sinh",
                      title="Tiếp nhận, xử lý tố giác vi phạm về đo lường, chất lượng",
                      rows=[]),
             ]),
             ("IV", "ISO", [
                 dict(task="II.2.đ", st="in_progress", word="Đang thực hiện",
                      title="Duy trì HTQLCL TCVN ISO 9001:2015 tại UBND phường",
                      rows=[]),
             ]),
         ],
         diffs=["Hộ kinh doanh tại chợ thay đổi thường xuyên, khó theo dõi việc kiểm định cân định kỳ.",
                "Chưa có phần mềm quản lý cơ sở dữ liệu phương tiện đo trên địa bàn."],
         props=["Đề nghị Chi cục tổ chức kiểm định cân lưu động tại chợ 02 lần/năm."]),
]


def build_A(r):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bieu01"
    for col, w in zip("ABCDEF", (7, 58, 11, 16, 17, 22)):
        ws.column_dimensions[col].width = w
    bold = Font(name="Times New Roman", bold=True, size=12)
    norm = Font(name="Times New Roman", size=12)
    ital = Font(name="Times New Roman", italic=True, size=11)
    ws["A1"] = "Đơn vị: UBND " + r["uname"]
    ws["A2"] = "Mã ĐVQHNS: " + r["mdv"]
    ws["E1"] = r["bieu"]
    ws["A1"].font = bold
    ws["A2"].font = norm
    ws["E1"].font = bold
    row = 4
    if r["quoc_hieu"]:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        ws.cell(row, 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").font = bold
        ws.cell(row, 1).alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=row + 1, start_column=1, end_row=row + 1, end_column=6)
        ws.cell(row + 1, 1, "Độc lập - Tự do - Hạnh phúc").font = bold
        ws.cell(row + 1, 1).alignment = Alignment(horizontal="center")
        row += 3
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
    ws.cell(row, 1, "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026").font = bold
    ws.cell(row, 1).alignment = Alignment(horizontal="center", wrap_text=True)
    row += 1
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
    ws.cell(row, 1, "Kỳ báo cáo: " + r["period"]).font = ital
    ws.cell(row, 1).alignment = Alignment(horizontal="center")
    row += 1
    if r["attach"]:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        ws.cell(row, 1, r["attach"]).font = ital
        ws.cell(row, 1).alignment = Alignment(horizontal="center")
        row += 1
    ws.cell(row, 6, "ĐVT: đồng").font = ital
    row += 1
    heads = ["STT", "Nội dung", "Số lượng", "Số tiền (đồng)", "Tình hình thực hiện", "Ghi chú"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row, i, h)
        c.font = bold
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    row += 1
    for i in range(1, 7):
        c = ws.cell(row, i, ["A", "B", "1", "2", "3", "4"][i - 1])
        c.font = ital
        c.border = BOX
        c.alignment = Alignment(horizontal="center")
    row += 1
    entries = []
    for roman, gtitle, items in r["groups"]:
        ws.cell(row, 1, roman).font = bold
        ws.cell(row, 2, gtitle).font = bold
        for i in range(1, 7):
            ws.cell(row, i).border = BOX
        row += 1
        for n, it in enumerate(items, 1):
            ws.cell(row, 1, n).font = norm
            ws.cell(row, 2, it["title"]).font = Font(name="Times New Roman", size=12, bold=True, italic=True)
            ws.cell(row, 5, it["word"]).font = norm
            for i in range(1, 7):
                ws.cell(row, i).border = BOX
                ws.cell(row, i).alignment = Alignment(vertical="top", wrap_text=True,
                                                      horizontal="center" if i in (1, 5) else None)
            row += 1
            ind = {}
            for label, qty, money, iid in it["rows"]:
                ws.cell(row, 2, "- " + label).font = norm
                if qty is not None:
                    ws.cell(row, 3, qty).font = norm
                    ws.cell(row, 3).number_format = "#,##0"
                if money is not None:
                    ws.cell(row, 4, money).font = norm
                    ws.cell(row, 4).number_format = "#,##0"
                for i in range(1, 7):
                    ws.cell(row, i).border = BOX
                row += 1
                if iid:
                    ind[iid] = qty if qty is not None else money
            entries.append({"task": it["task"], "status": it["st"], "indicators": ind, "text": it["title"]})
    row += 1
    ws.cell(row, 2, "Khó khăn, vướng mắc:").font = bold
    row += 1
    for d in r["diffs"]:
        ws.cell(row, 2, "- " + d).font = norm
        ws.cell(row, 2).alignment = Alignment(wrap_text=True)
        row += 1
    ws.cell(row, 2, "Kiến nghị:").font = bold
    row += 1
    for p in r["props"]:
        ws.cell(row, 2, "- " + p).font = norm
        ws.cell(row, 2).alignment = Alignment(wrap_text=True)
        row += 1
    row += 1
    dd, mm, yy = vn_date(r["date"])
    place = r["uname"][0].upper() + r["uname"][1:]
    ws.cell(row, 4, f"{place}, ngày {dd} tháng {mm} năm {yy}").font = ital
    row += 1
    for col, t in ((1, "NGƯỜI LẬP BIỂU"), (3, "KẾ TOÁN"), (5, "CHỦ TỊCH")):
        ws.cell(row, col, t).font = bold
    ws.cell(row + 1, 1, "(Ký, họ tên)").font = ital
    ws.cell(row + 1, 3, "(Ký, họ tên)").font = ital
    ws.cell(row + 1, 5, "(Ký, họ tên, đóng dấu)").font = ital
    row += 5
    ws.cell(row, 1, "Nguyễn Thị Lan").font = bold
    ws.cell(row, 3, "Nguyễn Thị Lan").font = bold
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, r["file"]))
    key(r["file"], "extracted", r["unit"], r["number"], r["date"], entries, r["diffs"], r["props"])


# =====================================================================================
# HAND B - anh Trần Minh Khoa, công chức trẻ (CNTT) Văn phòng HĐND-UBND phường.
# XLSX with sheets named without diacritics: "Thong tin" (key/value pairs, real Excel
# date cell), "Ket qua" (flat table, one numeric column per metric, status chosen from a
# drop-down list with his abbreviations "Xong / Đang làm / Chưa làm / Không PS",
# a "Minh chứng" hyperlink column, frozen header, autofilter), "Kien nghi"
# (Loại | Nội dung).
# =====================================================================================
B_COLS = [("Lớp/HN", "training_courses"), ("Lượt người", "participants"), ("Tin bài", "communications"),
          ("Số cuộc KT", "inspections"), ("Cơ sở KT", "establishments_inspected"), ("Vi phạm", "violations"),
          ("Phạt (đồng)", "fines_vnd"), ("Mẫu", "samples_tested"), ("PT đo KĐ", "instruments_verified"),
          ("DN/hộ hỗ trợ", "enterprises_supported"), ("Kinh phí (đồng)", "budget_spent_vnd")]
B_ST = {"Xong": "completed", "Đang làm": "in_progress", "Chưa làm": "not_started", "Không PS": "not_applicable"}

B_REPORTS = [
    dict(file="TanDinh_CT38_2026_v2.xlsx", unit=("26737", "Phường Tân Định"), uname="UBND Phường Tân Định",
         number="415/BC-UBND", date="2026-10-21", period="01/01/2026 - 20/10/2026", site="tandinh",
         basis="KH triển khai CT 38-CT/TW năm 2026 (Sở KH&CN)",
         rows=[
             ("II.1.a", "Tuyên truyền", "Đăng tin trên fanpage, Zalo OA phường về đo lường, nhãn hàng hóa", "Xong",
              {"communications": 11}),
             ("II.1.b", "Tuyên truyền", "Chia sẻ thông tin Giải thưởng Chất lượng Quốc gia 2026 vào nhóm Zalo doanh nghiệp phường", "Xong",
              {"enterprises_supported": 27}),
             ("II.5.c", "Kiểm tra", "Kiểm tra cân tại chợ Tân Định (phân cấp cho phường)", "Đang làm",
              {"inspections": 2, "establishments_inspected": 31, "violations": 3, "fines_vnd": 4500000}),
             ("II.5.a", "Kiểm tra", "Phối hợp Đội QLTT kiểm tra mũ bảo hiểm, đồ chơi trẻ em tại các cửa hàng", "Xong",
              {"establishments_inspected": 5, "violations": 0}),
             ("II.2.đ", "ISO", "Số hóa quy trình ISO 9001:2015 trên phần mềm một cửa điện tử", "Đang làm",
              {"budget_spent_vnd": 6000000}),
             ("II.3.a", "Đào tạo", "Công chức tham dự tập huấn online của Chi cục TĐC", "Xong",
              {"training_courses": 2, "participants": 4}),
             ("II.5.d", "Khác", "Tiếp nhận tố giác vi phạm về TC-ĐL-CL", "Không PS", {}),
         ],
         diffs=["Chưa có tài khoản truy cập cơ sở dữ liệu về tiêu chuẩn đo lường chất lượng để tra cứu khi kiểm tra."],
         props=["Đề nghị Chi cục cấp tài khoản tra cứu cơ sở dữ liệu cho công chức phường."]),
    dict(file="LinhXuan-bao-cao-TDC-T10.xlsx", unit=("26800", "Phường Linh Xuân"), uname="UBND Phường Linh Xuân",
         number="233/BC-UBND", date="2026-10-26", period="10 tháng 2026", site="linhxuan",
         basis="Kế hoạch CT38 năm 2026 của Sở KH&CN; Công văn đôn đốc của Chi cục TĐC",
         rows=[
             ("II.1.a", "Tuyên truyền", "Hội nghị phổ biến quy định đo lường, nhãn hàng hóa cho hộ kinh doanh; đăng tin trên trang phường", "Xong",
              {"training_courses": 1, "participants": 80, "communications": 6}),
             ("II.2.a", "Hỗ trợ DN", "Hướng dẫn cơ sở đăng ký truy xuất nguồn gốc trên Cổng truy xuất của Thành phố", "Đang làm",
              {"enterprises_supported": 9}),
             ("II.5.c", "Kiểm tra", "Kiểm tra đo lường tại chợ Thủ Đức, chợ Linh Xuân và cây xăng", "Xong",
              {"inspections": 3, "establishments_inspected": 22, "violations": 1, "fines_vnd": 2000000}),
             ("II.5.b", "Kiểm tra", "Hỗ trợ Chi cục lấy mẫu xăng dầu khảo sát chất lượng", "Xong",
              {"samples_tested": 6}),
             ("II.2.đ", "ISO", "Xây dựng HTQLCL ISO cho bộ máy phường mới", "Chưa làm", {}),
         ],
         diffs=["Đường truyền, thiết bị tại chợ không đủ để hướng dẫn hộ kinh doanh đăng ký truy xuất trực tiếp."],
         props=["Đề nghị Sở hỗ trợ tài liệu hướng dẫn truy xuất nguồn gốc dạng video ngắn.",
                "Đề nghị bố trí kinh phí xây dựng hệ thống ISO cho phường trong năm 2027."]),
    dict(file="DiAn_THKQ_CT38.xlsx", unit=("25942", "Phường Dĩ An"), uname="UBND Phường Dĩ An",
         number="178/BC-UBND", date="2026-10-30", period="từ 01/01 đến 25/10/2026", site="dian",
         basis="KH CT38/2026 Sở KH&CN",
         rows=[
             ("II.1.a", "Tuyên truyền", "Tin bài trên Cổng TTĐT phường và hệ thống loa khu phố", "Xong",
              {"communications": 15}),
             ("II.2.d", "Hỗ trợ DN", "Hướng dẫn doanh nghiệp đăng ký mã số mã vạch, công bố hợp quy", "Đang làm",
              {"enterprises_supported": 5}),
             ("II.5.c", "Kiểm tra", "Kiểm tra đo lường chợ Dĩ An, chợ Nhị Đồng; phối hợp kiểm định cân cho tiểu thương", "Xong",
              {"inspections": 4, "establishments_inspected": 27, "violations": 2, "fines_vnd": 3000000,
               "instruments_verified": 64}),
             ("II.3.a", "Đào tạo", "Cử công chức dự tập huấn của Chi cục TĐC", "Xong", {"participants": 2}),
             ("II.5.d", "Khác", "Khen thưởng người tố giác vi phạm", "Không PS", {}),
             ("II.2.đ", "ISO", "Đánh giá nội bộ, công bố lại HTQLCL ISO 9001:2015", "Xong",
              {"budget_spent_vnd": 9500000}),
         ],
         diffs=["Công chức phụ trách mới, chưa nắm hết nghiệp vụ kiểm tra đo lường."],
         props=["Đề nghị Chi cục mở thêm lớp tập huấn nghiệp vụ kiểm tra đo lường cho công chức phường."]),
]

B_MISTAKE = dict(file="GiaDinh_BC_CDS_2026.xlsx", unit=("26944", "Phường Gia Định"), uname="UBND Phường Gia Định",
                 number="352/BC-UBND", date="2026-10-24", period="9 tháng 2026", site="giadinh",
                 basis="Kế hoạch chuyển đổi số năm 2026 của UBND phường",
                 rows=[("Dịch vụ công", "Tỷ lệ hồ sơ trực tuyến toàn trình", "Đang làm", "78%"),
                       ("Dịch vụ công", "Số hồ sơ tiếp nhận qua Cổng DVC", "Xong", 4120),
                       ("Hạ tầng", "Trang bị máy tính cho bộ phận một cửa", "Xong", 12),
                       ("Chữ ký số", "Cấp chữ ký số cho cán bộ, công chức", "Xong", 46),
                       ("Dữ liệu", "Làm sạch dữ liệu dân cư khu phố", "Đang làm", None),
                       ("Kỹ năng số", "Tổ công nghệ số cộng đồng hướng dẫn người dân cài VNeID", "Đang làm", 1350)],
                 diffs=["Một số khu phố chưa có wifi công cộng."],
                 props=["Đề nghị Sở KH&CN hỗ trợ đường truyền cho bộ phận một cửa."])


def _info_sheet(wb, r, title):
    ws = wb.active
    ws.title = "Thong tin"
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 70
    b = Font(name="Arial", bold=True, size=10)
    n = Font(name="Arial", size=10)
    ws["A1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc"
    ws["A1"].font = b
    ws["A3"] = title
    ws["A3"].font = Font(name="Arial", bold=True, size=12)
    pairs = [("Đơn vị báo cáo", r["uname"]), ("Số văn bản", r["number"]),
             ("Ngày báo cáo", dt.datetime.strptime(r["date"], "%Y-%m-%d")),
             ("Kỳ báo cáo", r["period"]), ("Căn cứ", r["basis"]),
             ("Người lập", "Trần Minh Khoa - CC VP HĐND-UBND"), ("Ghi chú", "Số liệu chi tiết xem sheet Ket qua")]
    for i, (k, v) in enumerate(pairs, 5):
        ws.cell(i, 1, k).font = b
        c = ws.cell(i, 2, v)
        c.font = n
        c.alignment = Alignment(horizontal="left")
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        ws.cell(i, 1).fill = PatternFill("solid", fgColor="E2EFDA")
    return ws


def _kien_nghi(wb, r):
    ws = wb.create_sheet("Kien nghi")
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 95
    hb = Font(name="Arial", bold=True, color="FFFFFF")
    for i, h in enumerate(["#", "Loại", "Nội dung"], 1):
        c = ws.cell(1, i, h)
        c.font = hb
        c.fill = PatternFill("solid", fgColor="305496")
    i = 2
    for d in r["diffs"]:
        ws.cell(i, 1, i - 1)
        ws.cell(i, 2, "Khó khăn")
        ws.cell(i, 3, d)
        i += 1
    for p in r["props"]:
        ws.cell(i, 1, i - 1)
        ws.cell(i, 2, "Đề xuất")
        ws.cell(i, 3, p)
        i += 1


def build_B(r):
    wb = openpyxl.Workbook()
    _info_sheet(wb, r, "BÁO CÁO KẾT QUẢ THỰC HIỆN KH CT38-CT/TW NĂM 2026 (TIÊU CHUẨN - ĐO LƯỜNG - CHẤT LƯỢNG)")
    ws = wb.create_sheet("Ket qua")
    heads = ["STT", "Nhóm", "Nội dung đã triển khai", "Trạng thái"] + [h for h, _ in B_COLS] + ["Minh chứng"]
    hb = Font(name="Arial", bold=True, color="FFFFFF", size=10)
    for i, h in enumerate(heads, 1):
        c = ws.cell(1, i, h)
        c.font = hb
        c.fill = PatternFill("solid", fgColor="305496")
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 32
    widths = [5, 13, 60, 12] + [10] * len(B_COLS) + [40]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    entries = []
    for n, (task, grp, text, st, ind) in enumerate(r["rows"], 1):
        rr = n + 1
        ws.cell(rr, 1, n)
        ws.cell(rr, 2, grp)
        ws.cell(rr, 3, text).alignment = Alignment(wrap_text=True)
        ws.cell(rr, 4, st)
        for j, (_, iid) in enumerate(B_COLS):
            if iid in ind:
                c = ws.cell(rr, 5 + j, ind[iid])
                if iid.endswith("_vnd"):
                    c.number_format = "#,##0"
        link = f"https://{r['site']}.hochiminhcity.gov.vn/tin-tuc/tdc-{n:02d}"
        c = ws.cell(rr, 5 + len(B_COLS), link if st != "Không PS" else None)
        if c.value:
            c.hyperlink = link
            c.font = Font(color="0563C1", underline="single")
        entries.append({"task": task, "status": B_ST[st], "indicators": dict(ind), "text": text})
    last = len(r["rows"]) + 1
    dv = DataValidation(type="list", formula1='"Xong,Đang làm,Chưa làm,Không PS"', allow_blank=True)
    dv.error = "Chọn trong danh sách"
    ws.add_data_validation(dv)
    dv.add(f"D2:D{last + 20}")
    ws.freeze_panes = "D2"
    ws.auto_filter.ref = f"A1:{openpyxl.utils.get_column_letter(len(heads))}{last}"
    _kien_nghi(wb, r)
    wb.active = 1
    wb.save(os.path.join(OUT, r["file"]))
    key(r["file"], "extracted", r["unit"], r["number"], r["date"], entries, r["diffs"], r["props"])


def build_B_mistake(r):
    wb = openpyxl.Workbook()
    _info_sheet(wb, r, "BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ 9 THÁNG NĂM 2026")
    ws = wb.create_sheet("Ket qua")
    heads = ["STT", "Nhóm", "Chỉ tiêu / nội dung", "Trạng thái", "Kết quả", "Minh chứng"]
    hb = Font(name="Arial", bold=True, color="FFFFFF", size=10)
    for i, h in enumerate(heads, 1):
        c = ws.cell(1, i, h)
        c.font = hb
        c.fill = PatternFill("solid", fgColor="305496")
    for i, w in enumerate([5, 14, 60, 12, 12, 40], 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    for n, (g, t, st, v) in enumerate(r["rows"], 1):
        ws.cell(n + 1, 1, n)
        ws.cell(n + 1, 2, g)
        ws.cell(n + 1, 3, t)
        ws.cell(n + 1, 4, st)
        ws.cell(n + 1, 5, v)
    dv = DataValidation(type="list", formula1='"Xong,Đang làm,Chưa làm,Không PS"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("D2:D30")
    ws.freeze_panes = "D2"
    _kien_nghi(wb, r)
    wb.active = 1
    wb.save(os.path.join(OUT, r["file"]))
    key(r["file"], "rejected", r["unit"], r["number"], r["date"], [], [], [],
        reason="Báo cáo kết quả chuyển đổi số, không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng")


# =====================================================================================
# HAND C - chú Phạm Văn Hùng, văn thư lâu năm UBND xã.  DOCX, header typed on tab stops
# (no layout table), "Kính gửi:" line, sections "I/ II/ III/", items "1/ 2/" with the
# topic underlined, plain prose, zero-padded counts "03 cuộc", money "5.000.000đ",
# status buried in a sentence ("đã làm xong", "đang tiếp tục thực hiện", "chưa triển
# khai được", "trong kỳ không có phát sinh"), manual line breaks inside paragraphs.
# =====================================================================================
C_REPORTS = [
    dict(file="BC 142 CT38 xa Cu Chi.docx", unit=("27553", "Xã Củ Chi"), up="XÃ CỦ CHI", place="Củ Chi",
         number="142/BC-UBND", date="2026-10-24", period="10 tháng đầu năm 2026",
         items=[
             ("II.1.a", "completed", {"communications": 18}, "Về tuyên truyền",
              "UBND xã đã chỉ đạo Đài truyền thanh xã phát 18 lượt tin về tiêu chuẩn, đo lường, chất lượng, nhắc nhở bà con tiểu thương sử dụng cân đúng, đủ. Việc này đã làm xong."),
             ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 14, "violations": 2, "fines_vnd": 5000000},
              "Về kiểm tra đo lường ở chợ và cây xăng",
              "Tổ kiểm tra của xã đã đi 03 cuộc, kiểm tra 14 cơ sở (chợ Củ Chi và các cửa hàng xăng dầu dọc Tỉnh lộ 8), phát hiện 02 cơ sở vi phạm, xử phạt tổng số tiền 5.000.000đ. Việc kiểm tra đang tiếp tục thực hiện đến cuối năm."),
             ("II.2.đ", "completed", {}, "Về ISO",
              "Văn phòng UBND xã đã làm xong việc công bố lại Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 sau khi sắp xếp bộ máy."),
             ("II.3.a", "completed", {"participants": 1}, "Về tập huấn",
              "Xã đã cử 01 đ/c công chức Kinh tế dự lớp tập huấn nghiệp vụ do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức ngày 12/6/2026, đã dự đầy đủ."),
             ("II.2.a", "in_progress", {"enterprises_supported": 3}, "Về truy xuất nguồn gốc",
              "Xã đang tiếp tục hướng dẫn 03 hợp tác xã rau an toàn làm tem truy xuất nguồn gốc cho sản phẩm."),
         ],
         diffs=["Cán bộ kiêm nhiệm nhiều việc, không có chuyên môn về đo lường.",
                "Xã chưa có cân đối chứng để kiểm tra nhanh tại chợ."],
         props=["Kính đề nghị Sở Khoa học và Công nghệ cấp cho xã 01 cân đối chứng đặt tại chợ Củ Chi."]),
    dict(file="Bao cao TDC xa Can Gio 96.docx", unit=("27664", "Xã Cần Giờ"), up="XÃ CẦN GIỜ", place="Cần Giờ",
         number="96/BC-UBND", date="2026-10-19", period="9 tháng năm 2026",
         items=[
             ("II.1.a", "in_progress", {"communications": 7}, "Về tuyên truyền",
              "Trong kỳ xã đã đưa 07 tin trên trang thông tin và loa phát thanh về ghi nhãn hàng hóa, đo lường trong mua bán hải sản. Công tác này đang tiếp tục thực hiện."),
             ("II.5.a", "completed", {"establishments_inspected": 6, "violations": 1, "fines_vnd": 3000000},
              "Về phối hợp kiểm tra hàng hóa",
              "Xã đã phối hợp Chi cục kiểm tra hàng đóng gói sẵn (nước mắm, muối, khô cá) tại 06 cơ sở, có 01 cơ sở vi phạm về ghi nhãn, bị xử phạt 3.000.000đ. Đợt kiểm tra đã làm xong."),
             ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 20},
              "Về kiểm tra cân tại chợ, bến cá",
              "Tổ công tác xã đã kiểm tra 02 cuộc tại chợ Cần Thạnh và bến cá, kiểm tra 20 hộ kinh doanh, nhắc nhở các hộ dùng cân đã kiểm định. Đã làm xong theo kế hoạch."),
             ("II.5.d", "not_applicable", {}, "Về khen thưởng người tố giác",
              "Trong kỳ không có phát sinh."),
             ("II.3.a", "not_started", {}, "Về tập huấn cho công chức",
              "Do thiếu người nên xã chưa triển khai được việc cử cán bộ đi tập huấn trong năm."),
         ],
         diffs=["Địa bàn xa trung tâm, đi lại tập huấn mất nhiều thời gian."],
         props=["Đề nghị Chi cục tổ chức lớp tập huấn trực tuyến để công chức xã tham dự.",
                "Đề nghị hỗ trợ xã tờ rơi tuyên truyền về đo lường trong mua bán hải sản."]),
    dict(file="ConDao_BC57_TCDLCL.docx", unit=("26732", "Đặc khu Côn Đảo"), up="ĐẶC KHU CÔN ĐẢO", place="Côn Đảo",
         number="57/BC-UBND", date="2026-10-27", period="năm 2026", head="UBND ĐẶC KHU CÔN ĐẢO",
         items=[
             ("II.1.a", "completed", {"communications": 5, "training_courses": 1, "participants": 42},
              "Về tuyên truyền cho cơ sở kinh doanh dịch vụ du lịch",
              "Đã đăng 05 tin bài trên trang thông tin đặc khu và tổ chức 01 buổi hội nghị phổ biến quy định về đo lường, nhãn hàng hóa cho 42 người là chủ cơ sở kinh doanh dịch vụ du lịch, nhà hàng. Đã làm xong."),
             ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 11, "violations": 1, "fines_vnd": 2500000},
              "Về kiểm tra đo lường",
              "Đã tổ chức 02 cuộc kiểm tra đo lường tại chợ Côn Đảo và cửa hàng xăng dầu, kiểm tra 11 cơ sở, 01 cơ sở vi phạm, phạt 2.500.000đ. Đã làm xong."),
             ("II.5.b", "completed", {"samples_tested": 4}, "Về khảo sát chất lượng xăng dầu",
              "Đã phối hợp Chi cục lấy 04 mẫu xăng dầu gửi thử nghiệm khảo sát chất lượng, kết quả đạt. Việc này đã làm xong."),
             ("II.2.đ", "in_progress", {"budget_spent_vnd": 7000000}, "Về ISO",
              "Đặc khu đang tiếp tục xây dựng lại các quy trình ISO 9001:2015 theo bộ máy mới, đã chi 7.000.000đ cho tư vấn."),
             ("II.2.d", "in_progress", {"enterprises_supported": 3}, "Về hỗ trợ cơ sở sản xuất",
              "Đang tiếp tục hướng dẫn 03 cơ sở sản xuất hải sản khô ghi nhãn, tự công bố sản phẩm."),
         ],
         diffs=["Đặc khu xa đất liền, việc gửi mẫu thử nghiệm và kiểm định phương tiện đo rất tốn kém, mất thời gian.",
                "Chưa có tổ chức kiểm định đặt tại đặc khu."],
         props=["Đề nghị Chi cục bố trí đoàn kiểm định phương tiện đo ra đặc khu mỗi năm 01 lần."]),
    dict(file="211 BC LongDien.docx", unit=("26659", "Xã Long Điền"), up="XÃ LONG ĐIỀN", place="Long Điền",
         number="211/BC-UBND", date="2026-10-29", period="năm 2026",
         items=[
             ("II.1.a", "completed", {"communications": 12}, "Về tuyên truyền",
              "Xã đã phát 12 tin trên loa truyền thanh và Zalo các ấp về sử dụng cân, đong đúng quy định. Đã làm xong."),
             ("II.1.b", "completed", {"enterprises_supported": 4}, "Về Giải thưởng Chất lượng Quốc gia",
              "Đã gửi thông tin giải thưởng tới 04 doanh nghiệp chế biến hải sản trên địa bàn, đến nay chưa có doanh nghiệp đăng ký tham dự. Việc vận động đã làm xong."),
             ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 16, "violations": 3, "fines_vnd": 6750000},
              "Về kiểm tra đo lường",
              "Đã kiểm tra 02 cuộc tại chợ Long Điền và chợ Long Hải cũ, kiểm tra 16 hộ, phát hiện 03 hộ dùng cân sai, phạt 6.750.000đ. Đang tiếp tục thực hiện."),
             ("II.2.a", "not_started", {}, "Về truy xuất nguồn gốc hải sản",
              "Chưa triển khai được do chưa có hướng dẫn cụ thể cho hộ sản xuất nhỏ."),
             ("II.3.a", "completed", {"training_courses": 1, "participants": 2}, "Về tập huấn",
              "Xã đã cử 02 công chức dự 01 lớp tập huấn do Chi cục tổ chức. Đã làm xong."),
         ],
         diffs=["Hộ sản xuất hải sản nhỏ lẻ, chưa quan tâm truy xuất nguồn gốc."],
         props=["Đề nghị Sở ban hành hướng dẫn truy xuất nguồn gốc đơn giản cho hộ sản xuất nhỏ.",
                "Đề nghị hỗ trợ kinh phí in tem truy xuất cho hộ sản xuất."]),
]

C_MISTAKE = dict(file="BC PCTT 9T BinhChau.docx", unit=("26656", "Xã Bình Châu"), up="XÃ BÌNH CHÂU", place="Bình Châu",
                 number="118/BC-UBND", date="2026-10-15", period="9 tháng năm 2026",
                 title2="Công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng năm 2026",
                 to="Ban Chỉ huy Phòng thủ dân sự Thành phố",
                 items=[(None, None, {}, "Về chuẩn bị lực lượng",
                         "Xã đã kiện toàn Ban Chỉ huy phòng thủ dân sự xã, tổ chức 02 buổi diễn tập ứng phó bão tại ấp Thạnh Sơn. Đã làm xong."),
                        (None, None, {}, "Về thiệt hại",
                         "Trong 9 tháng có 01 đợt triều cường làm sạt lở 120 m bờ kè, 03 căn nhà bị tốc mái, không có thiệt hại về người."),
                        (None, None, {}, "Về vật tư",
                         "Đang tiếp tục bổ sung phao cứu sinh, áo phao cho tàu cá.")],
                 diffs=["Kè biển xuống cấp, sạt lở nhiều đoạn."],
                 props=["Đề nghị Thành phố sớm đầu tư sửa chữa kè biển Bình Châu."])


def _para(doc, text="", bold=False, italic=False, underline=False, align=None, size=13, indent_spaces=0):
    p = doc.add_paragraph()
    if indent_spaces:
        text = " " * indent_spaces + text
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.underline = underline
    r.font.size = Pt(size)
    r.font.name = "Times New Roman"
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(2)
    return p


def build_C(r, mistake=False):
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = Cm(3)
    sec.right_margin = Cm(2)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    head = r.get("head", "UBND " + r["up"])
    dd, mm, yy = vn_date(r["date"])
    lines = [(head, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
             ("", "Độc lập - Tự do - Hạnh phúc", True),
             ("Số: " + r["number"], f"{r['place']}, ngày {dd} tháng {mm} năm {yy}", False)]
    for left, right, b in lines:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(8.5))
        p.paragraph_format.space_after = Pt(0)
        r1 = p.add_run(left)
        r1.bold = b
        p.add_run("\t")
        r2 = p.add_run(right)
        r2.bold = b and bool(right)
        r2.italic = not b
    _para(doc)
    _para(doc, "BÁO CÁO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    t2 = r.get("title2", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng " + r["period"])
    _para(doc, t2, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run("Kính gửi: ")
    run.add_break()
    p.add_run("- " + r.get("to", "Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh;"))
    if not mistake:
        p.runs[-1].add_break()
        p.add_run("- Chi cục Tiêu chuẩn Đo lường Chất lượng.")
    lname = r["unit"][1][0].lower() + r["unit"][1][1:]
    _para(doc, f"Thực hiện chỉ đạo của cấp trên, UBND {lname} báo cáo kết quả  thực hiện {r['period']} như sau:", indent_spaces=6)
    _para(doc, "I/ KẾT QUẢ THỰC HIỆN:", bold=True)
    entries = []
    for n, (task, stt, ind, topic, text) in enumerate(r["items"], 1):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        p.add_run("      " + f"{n}/ ")
        u = p.add_run(topic + ":")
        u.underline = True
        run = p.add_run("")
        run.add_break()
        p.add_run("      " + text)
        if task:
            entries.append({"task": task, "status": stt, "indicators": dict(ind), "text": text})
    _para(doc, "II/ KHÓ KHĂN, VƯỚNG MẮC:", bold=True)
    for d in r["diffs"]:
        _para(doc, "- " + d, indent_spaces=6)
    _para(doc, "III/ KIẾN NGHỊ, ĐỀ XUẤT:", bold=True)
    for pp in r["props"]:
        _para(doc, "- " + pp, indent_spaces=6)
    _para(doc, f"Trên đây là báo cáo của UBND {lname}  về kết quả thực hiện./.", indent_spaces=6)
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10))
    a = p.add_run("Nơi nhận:")
    a.bold = True
    a.italic = True
    p.add_run("\t")
    p.add_run("TM. ỦY BAN NHÂN DÂN").bold = True
    p2 = doc.add_paragraph()
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(10))
    p2.add_run("- Như trên;")
    p2.add_run("\t")
    p2.add_run("KT. CHỦ TỊCH").bold = True
    p3 = doc.add_paragraph()
    p3.paragraph_format.tab_stops.add_tab_stop(Cm(10))
    p3.add_run("- Lưu: VT.")
    p3.add_run("\t")
    p3.add_run("PHÓ CHỦ TỊCH").bold = True
    for _ in range(3):
        doc.add_paragraph()
    p4 = doc.add_paragraph()
    p4.paragraph_format.tab_stops.add_tab_stop(Cm(10))
    p4.add_run("\t")
    p4.add_run("Lê Văn Sáu" if not mistake else "Huỳnh Tấn Phát").bold = True
    doc.save(os.path.join(OUT, r["file"]))
    if mistake:
        key(r["file"], "rejected", r["unit"], r["number"], r["date"], [], [], [],
            reason="Báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn, không phải báo cáo thực hiện Kế hoạch CT38")
    else:
        key(r["file"], "extracted", r["unit"], r["number"], r["date"], entries, r["diffs"], r["props"])


# =====================================================================================
# HAND D - chị Võ Thị Thảo, công chức Phòng Kinh tế phường, phụ trách quản lý chợ.
# DOCX, header in a borderless 2-column table, numbered "1." items opened by a bold
# run-in "Về ...:" label, figures on "+ " sub-lines ("+ Số hộ được kiểm tra: 58 hộ
# (trong đó: ...)"), money as "9,5 triệu đồng", each item closed by an italic
# "Tiến độ: ..." line ("hoàn thành", "đang tiếp tục", "chưa thực hiện", "không phát sinh").
# =====================================================================================
D_REPORTS = [
    dict(file="BinhTay_301_BC_TDC.docx", unit=("27367", "Phường Bình Tây"), up="PHƯỜNG BÌNH TÂY", place="Bình Tây",
         number="301/BC-UBND", date="2026-10-23",
         intro="Phường Bình Tây có chợ Bình Tây (chợ đầu mối, 3 khu A, B, C) và 02 chợ tạm, tổng cộng khoảng 2.300 hộ kinh doanh.",
         items=[
             ("II.5.c", "in_progress", "Về kiểm tra đo lường tại chợ",
              "Phường phối hợp Ban quản lý chợ Bình Tây kiểm tra cân của tiểu thương, duy trì 3 điểm cân đối chứng tại cổng chợ.",
              [("Số đợt kiểm tra: 04 đợt", "inspections", 4),
               ("Số hộ được kiểm tra: 58 hộ (trong đó: khu A 21 hộ, khu B 19 hộ, khu C 18 hộ)", "establishments_inspected", 58),
               ("Số hộ vi phạm: 06 hộ", "violations", 6),
               ("Tiền phạt: 9,5 triệu đồng", "fines_vnd", 9500000),
               ("Cân được đưa đi kiểm định: 140 chiếc", "instruments_verified", 140)],
              "Đang tiếp tục thực hiện đến hết năm"),
             ("II.1.a", "completed", "Về tuyên truyền",
              "Tuyên truyền trực tiếp tại chợ, phát tờ rơi và họp tiểu thương phổ biến quy định về đo lường, nhãn hàng hóa.",
              [("Tờ rơi đã phát: 1.200 tờ", "communications", 1200),
               ("Họp tiểu thương: 02 buổi, 210 lượt người", None, None)],
              "Hoàn thành"),
             ("II.5.a", "completed", "Về kiểm tra hàng đóng gói sẵn",
              "Phối hợp Đội Quản lý thị trường kiểm tra hàng đóng gói sẵn (bánh kẹo, gia vị) tại các sạp khu C.",
              [("Số cơ sở được kiểm tra: 12 cơ sở", "establishments_inspected", 12),
               ("Số cơ sở vi phạm: 02 cơ sở (chuyển Đội QLTT xử lý)", "violations", 2)],
              "Hoàn thành"),
             ("II.2.a", "in_progress", "Về truy xuất nguồn gốc",
              "Hỗ trợ tiểu thương ngành hàng nông sản khô gắn mã QR truy xuất nguồn gốc.",
              [("Số hộ được hỗ trợ: 25 hộ", "enterprises_supported", 25)],
              "Đang tiếp tục"),
         ],
         extra={"II.1.a": {"training_courses": 2, "participants": 210}},
         diffs=["Số hộ kinh doanh đông, thay đổi liên tục, cân không rõ nguồn gốc còn nhiều.",
                "Lực lượng kiểm tra của phường mỏng, chủ yếu kiêm nhiệm."],
         props=["Đề nghị Chi cục tổ chức kiểm định cân miễn phí cho tiểu thương chợ Bình Tây."]),
    dict(file="VungTau_BC188_CT38.docx", unit=("26506", "Phường Vũng Tàu"), up="PHƯỜNG VŨNG TÀU", place="Vũng Tàu",
         number="188/BC-UBND", date="2026-10-16",
         intro="Trên địa bàn phường có chợ Vũng Tàu, chợ hải sản Bến Đá và 09 cửa hàng xăng dầu.",
         items=[
             ("II.5.c", "completed", "Về kiểm tra cân tại chợ",
              "Tổ kiểm tra liên ngành phường kiểm tra cân tại chợ Vũng Tàu và chợ hải sản Bến Đá.",
              [("Số cuộc kiểm tra: 03 cuộc", "inspections", 3),
               ("Số hộ được kiểm tra: 40 hộ (trong đó: chợ Vũng Tàu 26 hộ, chợ Bến Đá 14 hộ)", "establishments_inspected", 40),
               ("Số hộ vi phạm: 04 hộ", "violations", 4),
               ("Tiền phạt: 6 triệu đồng", "fines_vnd", 6000000)],
              "Hoàn thành"),
             ("II.5.b", "completed", "Về khảo sát chất lượng xăng dầu",
              "Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng lấy mẫu xăng dầu trên địa bàn phường để khảo sát chất lượng.",
              [("Số mẫu đã lấy: 08 mẫu", "samples_tested", 8)],
              "Hoàn thành"),
             ("II.1.a", "completed", "Về tuyên truyền",
              "Đăng tin trên trang thông tin phường và nhóm Zalo tiểu thương.",
              [("Số tin bài: 10 tin", "communications", 10)],
              "Hoàn thành"),
             ("II.2.đ", "completed", "Về ISO hành chính",
              "Phường đã công bố lại Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015.",
              [("Kinh phí đã sử dụng: 15,2 triệu đồng", "budget_spent_vnd", 15200000)],
              "Hoàn thành"),
             ("II.3.a", "completed", "Về tập huấn",
              "Phường cử công chức tham dự tập huấn nghiệp vụ do Chi cục tổ chức.",
              [("Số công chức tham dự: 03 người", "participants", 3)],
              "Hoàn thành"),
         ],
         extra={},
         diffs=["Chợ hải sản Bến Đá họp sớm, ngoài giờ hành chính nên khó bố trí kiểm tra."],
         props=["Đề nghị Chi cục hỗ trợ thêm cân đối chứng cho chợ hải sản Bến Đá.",
                "Đề nghị có hướng dẫn xử phạt đối với cân không đạt tại chợ tạm."]),
    dict(file="HoaBinh-264-BC.docx", unit=("27211", "Phường Hòa Bình"), up="PHƯỜNG HÒA BÌNH", place="Hòa Bình",
         number="264/BC-UBND", date="2026-10-27",
         intro="Phường có chợ Phú Thọ, chợ Bình Thới và nhiều cơ sở sản xuất thực phẩm quy mô hộ gia đình.",
         items=[
             ("II.5.c", "in_progress", "Về kiểm tra cân tại chợ",
              "Kiểm tra cân tại chợ Phú Thọ, chợ Bình Thới.",
              [("Số cuộc kiểm tra: 02 cuộc", "inspections", 2),
               ("Số hộ được kiểm tra: 26 hộ", "establishments_inspected", 26),
               ("Số hộ vi phạm: 03 hộ", "violations", 3),
               ("Tiền phạt: 4,5 triệu đồng", "fines_vnd", 4500000)],
              "Đang tiếp tục"),
             ("II.1.a", "completed", "Về tuyên truyền",
              "Tổ chức hội nghị phổ biến quy định về nhãn hàng hóa cho hộ sản xuất, kinh doanh và đăng tin trên trang phường.",
              [("Hội nghị: 01 hội nghị, 95 người tham dự", None, None),
               ("Tin bài: 04 tin", "communications", 4)],
              "Hoàn thành"),
             ("II.2.d", "in_progress", "Về hỗ trợ hộ sản xuất",
              "Hướng dẫn hộ sản xuất thực phẩm ghi nhãn, tự công bố sản phẩm.",
              [("Số hộ được hướng dẫn: 07 hộ", "enterprises_supported", 7)],
              "Đang tiếp tục"),
             ("II.5.d", "not_applicable", "Về tố giác vi phạm",
              "Không nhận được tin tố giác nào.",
              [],
              "Không phát sinh"),
             ("II.3.a", "not_started", "Về tập huấn cho công chức",
              "Trong năm chưa có lớp tập huấn phù hợp.",
              [],
              "Chưa thực hiện"),
         ],
         extra={"II.1.a": {"training_courses": 1, "participants": 95}},
         diffs=["Hộ sản xuất nhỏ chưa hiểu quy định ghi nhãn, công bố sản phẩm."],
         props=["Đề nghị Chi cục biên soạn tài liệu hướng dẫn ghi nhãn ngắn gọn cho hộ sản xuất nhỏ."]),
    dict(file="CatLai_BC129_TDC_2026.docx", unit=("27112", "Phường Cát Lái"), up="PHƯỜNG CÁT LÁI", place="Cát Lái",
         number="129/BC-UBND", date="2026-10-30",
         intro="Trên địa bàn phường có chợ Cát Lái, chợ Thạnh Mỹ Lợi và 07 cửa hàng xăng dầu.",
         items=[
             ("II.5.c", "completed", "Về kiểm tra đo lường",
              "Kiểm tra đo lường tại chợ và cửa hàng xăng dầu; phối hợp đưa cân của tiểu thương đi kiểm định.",
              [("Số cuộc kiểm tra: 05 cuộc", "inspections", 5),
               ("Số cơ sở được kiểm tra: 33 cơ sở (trong đó: 26 hộ tại chợ, 07 cửa hàng xăng dầu)", "establishments_inspected", 33),
               ("Số cơ sở vi phạm: 02 cơ sở", "violations", 2),
               ("Tiền phạt: 3,75 triệu đồng", "fines_vnd", 3750000),
               ("Cân đã kiểm định: 86 chiếc", "instruments_verified", 86)],
              "Hoàn thành"),
             ("II.5.a", "completed", "Về kiểm tra đồ chơi trẻ em",
              "Phối hợp Chi cục kiểm tra đồ chơi trẻ em dịp Trung thu.",
              [("Số cơ sở được kiểm tra: 09 cơ sở", "establishments_inspected", 9),
               ("Số cơ sở vi phạm: 01 cơ sở", "violations", 1)],
              "Hoàn thành"),
             ("II.1.a", "completed", "Về tuyên truyền",
              "Đăng tin trên Zalo khu phố, trang thông tin phường.",
              [("Số tin bài: 08 tin", "communications", 8)],
              "Hoàn thành"),
             ("II.2.a", "in_progress", "Về truy xuất nguồn gốc",
              "Hỗ trợ cơ sở kinh doanh thủy sản đăng ký tem truy xuất nguồn gốc.",
              [("Số cơ sở được hỗ trợ: 04 cơ sở", "enterprises_supported", 4)],
              "Đang tiếp tục"),
             ("II.2.đ", "in_progress", "Về ISO",
              "Đang rà soát, cập nhật quy trình ISO theo thủ tục hành chính mới.",
              [],
              "Đang tiếp tục"),
         ],
         extra={},
         diffs=["Cửa hàng xăng dầu nằm rải rác, xa khu dân cư.",
                "Chưa có thiết bị kiểm tra nhanh chất lượng xăng dầu."],
         props=["Đề nghị Chi cục trang bị cho phường bộ bình chuẩn kiểm tra nhanh cột đo xăng dầu."]),
]


def build_D(r):
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = Cm(3)
    sec.right_margin = Cm(2)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    dd, mm, yy = vn_date(r["date"])
    t = doc.add_table(rows=3, cols=2)
    cells = [("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
             (r["up"], "Độc lập - Tự do - Hạnh phúc"),
             ("Số: " + r["number"], f"{r['place']}, ngày {dd} tháng {mm} năm {yy}")]
    for i, (a, b) in enumerate(cells):
        for j, txt in enumerate((a, b)):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(txt)
            run.font.size = Pt(12 if j == 0 or i < 2 else 13)
            run.bold = i < 2
            run.italic = (i == 2 and j == 1)
    doc.add_paragraph()
    for txt, b in (("BÁO CÁO", True),
                   ("Tình hình thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026", True),
                   ("(theo Kế hoạch triển khai Chỉ thị số 38-CT/TW của Sở Khoa học và Công nghệ)", False)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(txt)
        run.bold = b
        run.italic = not b
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Cm(1)
    p.add_run(r["intro"] + " Kết quả thực hiện trong năm 2026 như sau:")
    entries = []
    for n, (task, stt, label, lead, lines, prog) in enumerate(r["items"], 1):
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Cm(1)
        p.add_run(f"{n}. ")
        p.add_run(label + ": ").bold = True
        p.add_run(lead)
        ind = {}
        for text, iid, v in lines:
            q = doc.add_paragraph()
            q.paragraph_format.left_indent = Cm(1.5)
            q.paragraph_format.space_after = Pt(0)
            q.add_run("+ " + text)
            if iid:
                ind[iid] = v
        ind.update(r["extra"].get(task, {}))
        q = doc.add_paragraph()
        q.paragraph_format.left_indent = Cm(1.5)
        q.add_run("Tiến độ: " + prog + ".").italic = True
        entries.append({"task": task, "status": stt, "indicators": ind, "text": label + ": " + lead})
    p = doc.add_paragraph()
    p.add_run("Khó khăn:").bold = True
    for d in r["diffs"]:
        q = doc.add_paragraph()
        q.paragraph_format.first_line_indent = Cm(1)
        q.add_run("- " + d)
    p = doc.add_paragraph()
    p.add_run("Đề xuất:").bold = True
    for pp in r["props"]:
        q = doc.add_paragraph()
        q.paragraph_format.first_line_indent = Cm(1)
        q.add_run("- " + pp)
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Cm(1)
    p.add_run(f"UBND phường {r['place']} kính báo cáo./.")
    t2 = doc.add_table(rows=2, cols=2)
    t2.cell(0, 0).text = "Nơi nhận:\n- Sở KH&CN (Chi cục TĐC);\n- Lưu: VT, KT."
    t2.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"
    t2.cell(1, 1).text = "\n\n\nNguyễn Hoàng Phúc"
    doc.save(os.path.join(OUT, r["file"]))
    key(r["file"], "extracted", r["unit"], r["number"], r["date"], entries, r["diffs"], r["props"])


def main():
    for r in A_REPORTS:
        build_A(r)
    for r in B_REPORTS:
        build_B(r)
    build_B_mistake(B_MISTAKE)
    for r in C_REPORTS:
        build_C(r)
    build_C(C_MISTAKE, mistake=True)
    for r in D_REPORTS:
        build_D(r)
    for fname, k in KEYS:
        with open(os.path.join(OUT, fname), "rb") as f:
            k["sha256"] = hashlib.sha256(f.read()).hexdigest()
        with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as f:
            json.dump(k, f, ensure_ascii=False, indent=2)
    print(len(KEYS), "files")


if __name__ == "__main__":
    main()
