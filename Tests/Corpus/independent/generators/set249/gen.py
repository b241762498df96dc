# -*- coding: utf-8 -*-
"""Generator for set249: 17 reports in five hands + truth keys."""
import os, json, hashlib, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)

def dot(n):
    return f"{n:,}".replace(",", ".")

def vnday(d):
    u = ["", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
    if d < 10: return u[d]
    if d == 10: return "mười"
    if d < 20: return "mười " + ("lăm" if d % 10 == 5 else u[d % 10])
    t, r = divmod(d, 10)
    s = u[t] + " mươi"
    if r == 0: return s
    return s + " " + {1: "mốt", 5: "lăm", 4: "tư"}.get(r, u[r])

MONTHS = ["", "Giêng", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Chạp"]

def longdate(iso):
    y, m, d = map(int, iso.split("-"))
    return f"ngày {vnday(d)} tháng {MONTHS[m]} năm {y}"

def ddate(iso, place):
    y, m, d = iso.split("-")
    return f"{place}, ngày {d} tháng {m} năm {y}"

FILES = []

def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    FILES.append(dict(file=fname, unit_id=unit_id, unit_name=unit_name, number=number, date=date,
                      entries=entries, diffs=diffs, props=props, status=status, reason=reason))

def E(task, st, ind, text):
    return dict(task=task, status=st, indicators=ind, text=text)

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

# ---------------------------------------------------------------- HAND 1
# Lâm Thị Ngọc Hân – statistician of a ward economic office. One row per job,
# figures in generic "Số liệu (1)(2)(3)(4)" columns; the unit of measure lives only
# in each cell's custom number format; status typed as code 1/2/3 shown through a
# conditional number format.
STATUS_FMT = '[=1]"Đã hoàn thành";[=2]"Đang triển khai";"Không phát sinh"'
H1CODE = {"completed": 1, "in_progress": 2, "not_applicable": 3}

def hand1(fname, uid, uname, short, number, date, place, rows, diffs, props):
    wb = Workbook(); ws = wb.active; ws.title = "BC_CT38"
    ws["A1"] = f"UBND {uname.upper()}"; ws["A1"].font = Font(bold=True, name="Times New Roman")
    ws["A2"] = "PHÒNG KINH TẾ"
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E1"].font = Font(bold=True)
    ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["A3"] = f"Số: {number}"
    ws["E3"] = ddate(date, place)
    ws["A5"] = "BÁO CÁO"; ws["A5"].font = Font(bold=True, size=13)
    ws["A6"] = ("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác "
                "tiêu chuẩn, đo lường, chất lượng năm 2026 (số liệu từ 01/01/2026 đến 31/10/2026)")
    ws.merge_cells("A5:H5"); ws.merge_cells("A6:H6")
    ws["A5"].alignment = CENTER; ws["A6"].alignment = CENTER
    hdr = ["STT", "Nội dung công việc", "Số liệu (1)", "Số liệu (2)", "Số liệu (3)", "Số liệu (4)", "Mức độ", "Ghi chú"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=8, column=i, value=h); c.font = Font(bold=True); c.alignment = CENTER; c.border = BOX
    r = 9
    entries = []
    for n, (task, st, own, figs, note) in enumerate(rows, 1):
        ws.cell(row=r, column=1, value=n).alignment = CENTER
        ws.cell(row=r, column=2, value=own).alignment = WRAP
        ind = {}
        for j, (iid, val, fmt) in enumerate(figs):
            c = ws.cell(row=r, column=3 + j, value=val); c.number_format = fmt
            ind[iid] = val
        c = ws.cell(row=r, column=7, value=H1CODE[st]); c.number_format = STATUS_FMT; c.alignment = CENTER
        ws.cell(row=r, column=8, value=note).alignment = WRAP
        for col in range(1, 9): ws.cell(row=r, column=col).border = BOX
        entries.append(E(task, st, ind, own))
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Ghi chú: cột Mức độ nhập mã 1, 2, 3 (máy tự hiện chữ)").font = Font(italic=True, size=9)
    r += 2
    ws.cell(row=r, column=1, value="II. KHÓ KHĂN, VƯỚNG MẮC").font = Font(bold=True); r += 1
    for d in diffs:
        ws.cell(row=r, column=2, value=d).alignment = WRAP; r += 1
    ws.cell(row=r, column=1, value="III. ĐỀ XUẤT, KIẾN NGHỊ").font = Font(bold=True); r += 1
    for p in props:
        ws.cell(row=r, column=2, value=p).alignment = WRAP; r += 1
    r += 1
    ws.cell(row=r, column=2, value="NGƯỜI LẬP BIỂU"); ws.cell(row=r, column=6, value="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
    ws.cell(row=r + 4, column=2, value="Lâm Thị Ngọc Hân")
    ws.column_dimensions["B"].width = 58
    for col in "CDEF": ws.column_dimensions[col].width = 16
    ws.column_dimensions["G"].width = 17; ws.column_dimensions["H"].width = 26
    wb.save(os.path.join(OUT, fname))
    key(fname, uid, uname, number, date, entries, diffs, props)

C = '00" cuộc"'; CS = '0" cơ sở"'; VP = '0" trường hợp VP"'; D = '#,##0" đồng"'
hand1("25747-ptdm-bc-kh38.xlsx", "25747", "Phường Thủ Dầu Một", "Thủ Dầu Một", "287/BC-UBND", "2026-11-10", "Thủ Dầu Một", [
    ("II.1.a", "completed", "Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng trên loa truyền thanh, nhóm Zalo khu phố; tổ chức hội nghị phổ biến cho hộ kinh doanh",
     [("communications", 46, '0" tin, bài"'), ("training_courses", 2, '0" hội nghị"'), ("participants", 185, '#,##0" lượt người"')], ""),
    ("II.3.a", "completed", "Cử công chức tham dự lớp tập huấn nghiệp vụ do Chi cục TĐC tổ chức",
     [("participants", 3, '0" lượt công chức"')], "tháng 5 và tháng 9"),
    ("II.5.c", "in_progress", "Kiểm tra đo lường trong kinh doanh tại chợ Thủ Dầu Một, chợ Phú Hòa (cân, thước), cửa hàng xăng dầu",
     [("inspections", 4, C), ("establishments_inspected", 38, '0" hộ, cơ sở"'), ("violations", 3, VP), ("fines_vnd", 7500000, D)], "còn 01 đợt tháng 12"),
    ("II.5.a", "completed", "Phối hợp Đội Quản lý thị trường kiểm tra chất lượng hàng hóa lưu thông (mũ bảo hiểm, đồ chơi trẻ em)",
     [("inspections", 2, C), ("establishments_inspected", 17, CS), ("violations", 1, VP), ("fines_vnd", 3000000, D)], ""),
    ("II.5.d", "not_applicable", "Tiếp nhận, xử lý tin báo, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng", [], ""),
    ("II.2.đ", "in_progress", "Duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại UBND phường", [], "đang rà soát quy trình sau sáp nhập"),
], ["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; công chức kinh tế kiêm nhiệm nhiều việc.",
    "Chưa được trang bị cân đối chứng, quả cân chuẩn để kiểm tra tại chợ."],
   ["Đề nghị Chi cục TĐC hỗ trợ phường 01 bộ quả cân chuẩn và cân đối chứng đặt tại chợ Thủ Dầu Một.",
    "Đề nghị Sở tổ chức tập huấn chuyên sâu cho công chức phường về kiểm tra đo lường trong kinh doanh xăng dầu."])

hand1("25942-pdian-bc-ct38.xlsx", "25942", "Phường Dĩ An", "Dĩ An", "1036/BC-UBND", "2026-11-06", "Dĩ An", [
    ("II.1.a", "completed", "Tuyên truyền Luật Đo lường, Luật Chất lượng sản phẩm hàng hóa cho hộ kinh doanh, người dân",
     [("communications", 28, '0" tin, bài"'), ("training_courses", 1, '0" hội nghị"'), ("participants", 120, '0" lượt người"')], ""),
    ("II.1.b", "completed", "Vận động doanh nghiệp trên địa bàn tham dự Giải thưởng Chất lượng Quốc gia",
     [("enterprises_supported", 5, '0" doanh nghiệp"')], "đã gửi danh sách về Chi cục"),
    ("II.2.d", "in_progress", "Hướng dẫn hộ kinh doanh, doanh nghiệp nhỏ công bố chất lượng, ghi nhãn hàng hóa",
     [("enterprises_supported", 14, '0" DN, hộ KD"')], ""),
    ("II.5.c", "in_progress", "Kiểm tra đo lường tại cửa hàng xăng dầu, tiệm vàng; phối hợp kiểm định cân tại chợ Dĩ An",
     [("inspections", 6, C), ("establishments_inspected", 52, CS), ("violations", 4, VP), ("fines_vnd", 12500000, D)], ""),
    ("II.5.c", "in_progress", "(tiếp) Kiểm định cân tại chợ Dĩ An, chợ Đông Hòa",
     [("instruments_verified", 96, '0" phương tiện đo"')], "phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm"),
    ("II.5.d", "not_applicable", "Khen thưởng, bảo vệ người tố giác vi phạm", [], ""),
], ["Một số cửa hàng xăng dầu thay đổi chủ sở hữu, khó liên hệ khi kiểm tra."],
   ["Đề nghị Chi cục TĐC cung cấp danh sách cơ sở kinh doanh xăng dầu cập nhật trên địa bàn phường."])

hand1("25822-xbaubang-bc.xlsx", "25822", "Xã Bàu Bàng", "Bàu Bàng", "154/BC-UBND", "2026-11-12", "Bàu Bàng", [
    ("II.1.a", "completed", "Tuyên truyền trên Đài truyền thanh xã, tổ chức hội nghị phổ biến quy định đo lường cho tiểu thương chợ Bàu Bàng",
     [("communications", 19, '0" tin"'), ("training_courses", 1, '0" hội nghị"'), ("participants", 64, '0" người"')], ""),
    ("II.3.a", "completed", "Cán bộ xã dự tập huấn do Chi cục TĐC tổ chức", [("participants", 2, '0" lượt"')], ""),
    ("II.5.c", "completed", "Kiểm tra cân, thước tại chợ và cơ sở thu mua nông sản (mủ cao su, hạt điều)",
     [("inspections", 3, C), ("establishments_inspected", 21, CS), ("violations", 2, VP), ("fines_vnd", 4000000, D)], ""),
    ("II.5.b", "in_progress", "Phối hợp Chi cục lấy mẫu xăng dầu, phân bón tại cửa hàng trên địa bàn xã",
     [("samples_tested", 8, '0" mẫu"')], "chờ kết quả thử nghiệm"),
    ("II.2.đ", "completed", "Áp dụng TCVN ISO 9001:2015 tại UBND xã (đã công bố lại)", [], ""),
], ["Cơ sở thu mua nông sản hoạt động theo mùa vụ, nhiều cơ sở không có đăng ký kinh doanh."],
   ["Kiến nghị Sở hướng dẫn cụ thể thẩm quyền xử phạt của Chủ tịch UBND xã trong lĩnh vực đo lường.",
    "Đề nghị bố trí kinh phí cho xã mua 01 cân đối chứng 60 kg."])

# merge duplicate task rows in H1 truth (Dĩ An has II.5.c twice)
def merge_entries(entries):
    out = {}
    order = []
    for e in entries:
        if e["task"] in out:
            out[e["task"]]["indicators"].update(e["indicators"])
            out[e["task"]]["text"] += " " + e["text"]
        else:
            out[e["task"]] = dict(e, indicators=dict(e["indicators"])); order.append(e["task"])
    return [out[t] for t in order]

# ---------------------------------------------------------------- HAND 2
# Trần Văn Phúc – ward culture-economic officer. Task cell merged down over its
# activity rows; "Kết quả" merged the same way holding "- n noun" lines with Alt+Enter;
# checkbox-like boolean "Đã xong?" column (TRUE/FALSE) + "Ghi chú".
def hand2(fname, uid, uname, number, date, place, title, blocks, diffs, props, rejected=None):
    wb = Workbook(); ws = wb.active; ws.title = "Theo doi"
    ws["A1"] = "ỦY BAN NHÂN DÂN"; ws["A2"] = uname.upper(); ws["A2"].font = Font(bold=True)
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["A3"] = f"Số: {number}"; ws["E3"] = ddate(date, place)
    ws["A5"] = title; ws.merge_cells("A5:G5"); ws["A5"].font = Font(bold=True); ws["A5"].alignment = CENTER
    ws.row_dimensions[5].height = 36
    hdr = ["TT", "Nội dung", "Hoạt động cụ thể", "Thời gian", "Kết quả", "Đã xong?", "Ghi chú"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=i, value=h); c.font = Font(bold=True); c.alignment = CENTER; c.border = BOX
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    r = 8; entries = []
    for n, b in enumerate(blocks, 1):
        task, st, own, acts, lines, ind, done, note = b
        start = r
        for (a, t) in acts:
            ws.cell(row=r, column=3, value=a).alignment = WRAP
            ws.cell(row=r, column=4, value=t).alignment = WRAP
            r += 1
        end = r - 1
        ws.cell(row=start, column=1, value=n)
        ws.cell(row=start, column=2, value=own)
        ws.cell(row=start, column=5, value="\n".join(lines))
        ws.cell(row=start, column=6, value=done)
        ws.cell(row=start, column=7, value=note)
        for col in (1, 2, 5, 6, 7):
            if end > start:
                ws.merge_cells(start_row=start, start_column=col, end_row=end, end_column=col)
            ws.cell(row=start, column=col).alignment = CENTER if col in (1, 6) else WRAP
        for rr in range(start, end + 1):
            for col in range(1, 8): ws.cell(row=rr, column=col).border = BOX
            ws.row_dimensions[rr].height = max(30, 16 * len(lines) / max(1, end - start + 1) + 6)
        if task:
            entries.append(E(task, st, ind, own))
    r += 1
    ws.cell(row=r, column=1, value="Khó khăn:").font = Font(bold=True, underline="single"); r += 1
    for d in diffs:
        ws.cell(row=r, column=2, value="- " + d); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7); r += 1
    ws.cell(row=r, column=1, value="Đề xuất:").font = Font(bold=True, underline="single"); r += 1
    for p in props:
        ws.cell(row=r, column=2, value="- " + p); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7); r += 1
    r += 1
    ws.cell(row=r, column=5, value="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
    ws.cell(row=r + 1, column=2, value="Người lập: Trần Văn Phúc")
    ws.column_dimensions["B"].width = 34; ws.column_dimensions["C"].width = 40
    ws.column_dimensions["D"].width = 14; ws.column_dimensions["E"].width = 26
    ws.column_dimensions["F"].width = 10; ws.column_dimensions["G"].width = 24
    ws.freeze_panes = "A8"
    wb.save(os.path.join(OUT, fname))
    if rejected:
        key(fname, uid, uname, number, date, [], [], [], status="rejected", reason=rejected)
    else:
        key(fname, uid, uname, number, date, entries, diffs, props)

T38 = "BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026"
hand2("25966-laithieu-theodoi-ct38.xlsx", "25966", "Phường Lái Thiêu", "198/BC-UBND", "2026-11-09", "Lái Thiêu", T38, [
    ("II.1.a", "completed", "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng",
     [("Phát thanh trên loa các khu phố", "T3 - T10"), ("Đăng tin trên trang thông tin điện tử phường, Zalo", "thường xuyên"),
      ("Hội nghị phổ biến cho hộ kinh doanh chợ Lái Thiêu", "22/7/2026")],
     ["- 32 tin, bài", "- 1 hội nghị", "- 140 lượt người dự"], {"communications": 32, "training_courses": 1, "participants": 140}, True, ""),
    ("II.5.c", "in_progress", "Kiểm tra đo lường, cân tại chợ, cửa hàng xăng dầu (nội dung phân cấp cho phường)",
     [("Kiểm tra cân tại chợ Lái Thiêu", "T4, T8"), ("Kiểm tra cột đo xăng dầu", "T6"), ("Kiểm tra tiệm vàng", "T9")],
     ["- 5 cuộc", "- 41 cơ sở", "- 3 vi phạm", "- phạt 9.000.000 đ"],
     {"inspections": 5, "establishments_inspected": 41, "violations": 3, "fines_vnd": 9000000}, False, "còn đợt kiểm tra cuối năm (T12)"),
    ("II.5.a", "completed", "Phối hợp Đội QLTT kiểm tra hàng hóa (mũ bảo hiểm, đồ điện)",
     [("Kiểm tra cửa hàng trên đường Nguyễn Văn Tiết", "T5"), ("Kiểm tra cửa hàng điện máy", "T10")],
     ["- 2 cuộc", "- 15 cơ sở", "- không phát hiện vi phạm"], {"inspections": 2, "establishments_inspected": 15}, True, ""),
    ("II.3.a", "completed", "Cử công chức dự tập huấn nghiệp vụ TĐC",
     [("Lớp tập huấn tại Chi cục TĐC", "T9")], ["- 2 lượt công chức dự"], {"participants": 2}, True, ""),
    ("II.5.d", "not_applicable", "Tiếp nhận tố giác vi phạm về TĐC",
     [("Tiếp nhận, xử lý tin báo", "cả năm")], ["- Không phát sinh"], {}, None, ""),
    ("II.2.đ", "not_started", "Áp dụng ISO 9001:2015 tại UBND phường mới",
     [("Rà soát, xây dựng lại quy trình", "")], ["- chưa có"], {}, False, "chưa triển khai, chờ hướng dẫn của Sở"),
], ["Công chức phụ trách kiêm nhiệm nhiều lĩnh vực.", "Chưa có phương tiện đo đối chứng để kiểm tra tại chợ."],
   ["Đề nghị Chi cục TĐC hướng dẫn phường xây dựng lại hệ thống ISO sau sắp xếp.", "Đề nghị hỗ trợ cân đối chứng cho chợ Lái Thiêu."])

hand2("25978-thuanan-ct38-2026.xlsx", "25978", "Phường Thuận An", "311/BC-UBND", "2026-11-05", "Thuận An", T38, [
    ("II.1.a", "completed", "Tuyên truyền pháp luật TC-ĐL-CL",
     [("Tin trên loa, trang thông tin điện tử phường", "T2 - T10"), ("Hội nghị tuyên truyền cho hộ kinh doanh", "T4, T8")],
     ["- 24 tin bài", "- 2 hội nghị tuyên truyền", "- 95 lượt người"], {"communications": 24, "training_courses": 2, "participants": 95}, True, ""),
    ("II.5.c", "completed", "Kiểm tra đo lường tại chợ Búng, chợ Lái Thiêu cũ và cửa hàng xăng dầu",
     [("Đợt 1 - chợ", "T3"), ("Đợt 2 - xăng dầu", "T6"), ("Đợt 3 - chợ", "T9")],
     ["- 4 cuộc", "- 33 cơ sở", "- 2 vi phạm", "- phạt 5,5 triệu đồng"],
     {"inspections": 4, "establishments_inspected": 33, "violations": 2, "fines_vnd": 5500000}, True, ""),
    ("II.5.b", "in_progress", "Phối hợp lấy mẫu khảo sát chất lượng hàng hóa",
     [("Lấy mẫu xăng, dầu DO tại cửa hàng", "T10")], ["- 6 mẫu"], {"samples_tested": 6}, False, "đang chờ kết quả thử nghiệm"),
    ("II.2.d", "completed", "Hướng dẫn doanh nghiệp công bố hợp chuẩn, hợp quy, ghi nhãn",
     [("Hướng dẫn tại bộ phận một cửa", "thường xuyên"), ("Hướng dẫn qua điện thoại, Zalo", "")],
     ["- 9 doanh nghiệp được hướng dẫn"], {"enterprises_supported": 9}, True, ""),
    ("II.5.d", "not_applicable", "Khen thưởng, bảo vệ người tố giác",
     [("", "")], ["- Không phát sinh"], {}, None, ""),
], ["Địa bàn rộng, nhiều cơ sở kinh doanh nhỏ lẻ thay đổi địa điểm."],
   ["Đề nghị Sở tổ chức tập huấn cho công chức phường về xử phạt vi phạm hành chính trong lĩnh vực đo lường."])

hand2("25945-tandonghiep-theodoi.xlsx", "25945", "Phường Tân Đông Hiệp", "276/BC-UBND", "2026-11-04", "Tân Đông Hiệp",
      "BẢNG THEO DÕI KẾT QUẢ CÔNG TÁC BẢO ĐẢM AN TOÀN THỰC PHẨM NĂM 2026", [
    (None, None, "Tháng hành động vì an toàn thực phẩm",
     [("Treo băng rôn, phát tờ rơi", "T4 - T5"), ("Kiểm tra bếp ăn tập thể KCN", "T5")],
     ["- 12 băng rôn", "- 500 tờ rơi", "- 6 bếp ăn"], {}, True, ""),
    (None, None, "Kiểm tra ATTP dịp Tết Trung thu",
     [("Kiểm tra cơ sở sản xuất bánh trung thu", "T9")], ["- 2 cuộc", "- 8 cơ sở", "- 1 vi phạm"], {}, True, ""),
    (None, None, "Giám sát thức ăn đường phố",
     [("Kiểm tra hàng rong trước cổng trường", "T10")], ["- 25 hộ"], {}, False, "đang làm tiếp T11"),
], ["Nhiều cơ sở thức ăn đường phố không cố định."], ["Đề nghị Sở An toàn thực phẩm hỗ trợ test nhanh."],
      rejected="Bảng theo dõi công tác an toàn thực phẩm, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")

# ---------------------------------------------------------------- HAND 3
# Nguyễn Thị Mỹ Duyên – ward office staffer. Wide sheet: khu phố as rows, the
# ward's jobs as column groups (one column per figure), a "Tình trạng" row right
# under the header, "Cộng" row at the bottom; comments below.
def hand3(fname, uid, uname, number, date, place, kps, jobs, diffs, props, formulas=False):
    from openpyxl.utils import get_column_letter as L
    wb = Workbook(); ws = wb.active; ws.title = "TongHop_KP"
    ws["A1"] = f"UBND {uname.upper()}"; ws["A1"].font = Font(bold=True)
    ws["A2"] = f"Số: {number}"
    ws["H1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["H2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["H3"] = ddate(date, place)
    ws["A4"] = "KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW (TIÊU CHUẨN - ĐO LƯỜNG - CHẤT LƯỢNG) NĂM 2026 THEO KHU PHỐ"
    ws["A4"].font = Font(bold=True, size=12)
    ws["A6"] = "Khu phố"; ws.merge_cells("A6:A7"); ws["A8"] = "Tình trạng"
    col = 2; entries = []
    total_row = 9 + len(kps)
    for (task, st, stword, jname, cols) in jobs:
        c0 = col
        ws.cell(row=6, column=col, value=jname)
        for (sub, iid, vals, tot) in cols:
            ws.cell(row=7, column=col, value=sub)
            for i, v in enumerate(vals):
                if v is not None:
                    cell = ws.cell(row=9 + i, column=col, value=v)
                    if iid == "fines_vnd": cell.number_format = "#,##0"
            if formulas and any(v is not None for v in vals):
                ws.cell(row=total_row, column=col, value=f"=SUM({L(col)}9:{L(col)}{total_row-1})")
            else:
                ws.cell(row=total_row, column=col, value=tot)
            if iid == "fines_vnd": ws.cell(row=total_row, column=col).number_format = "#,##0"
            col += 1
        ws.cell(row=8, column=c0, value=stword)
        if col - 1 > c0:
            ws.merge_cells(start_row=6, start_column=c0, end_row=6, end_column=col - 1)
            ws.merge_cells(start_row=8, start_column=c0, end_row=8, end_column=col - 1)
        ind = {iid: tot for (sub, iid, vals, tot) in cols if iid}
        entries.append(E(task, st, ind, jname))
    for i, kp in enumerate(kps):
        ws.cell(row=9 + i, column=1, value=kp)
    ws.cell(row=total_row, column=1, value="Cộng")
    for rr in range(6, total_row + 1):
        for cc in range(1, col):
            c = ws.cell(row=rr, column=cc); c.border = BOX
            if rr in (6, 7, 8): c.alignment = CENTER; c.font = Font(bold=True, italic=(rr == 8))
            if rr == total_row: c.font = Font(bold=True)
    for cc in range(2, col): ws.column_dimensions[L(cc)].width = 12
    ws.column_dimensions["A"].width = 16
    ws.row_dimensions[6].height = 48; ws.row_dimensions[7].height = 30
    r = total_row + 2
    ws.cell(row=r, column=1, value="* Khó khăn:").font = Font(bold=True); r += 1
    for d in diffs: ws.cell(row=r, column=1, value="- " + d); r += 1
    ws.cell(row=r, column=1, value="* Kiến nghị:").font = Font(bold=True); r += 1
    for p in props: ws.cell(row=r, column=1, value="- " + p); r += 1
    ws.cell(row=r + 1, column=1, value="Người tổng hợp: Nguyễn Thị Mỹ Duyên - Văn phòng HĐND và UBND")
    ws.freeze_panes = "B9"
    wb.save(os.path.join(OUT, fname))
    key(fname, uid, uname, number, date, entries, diffs, props)

def S(vals):
    return sum(v for v in vals if v)

kp6 = [f"Khu phố {i}" for i in range(1, 7)]
def col_(sub, iid, vals): return (sub, iid, vals, S(vals))
hand3("25750-phuloi-ct38-theo-kp.xlsx", "25750", "Phường Phú Lợi", "402/BC-UBND", "2026-11-11", "Phú Lợi", kp6, [
    ("II.1.a", "completed", "Xong", "Tuyên truyền TC-ĐL-CL", [
        col_("Tin, bài (loa, Zalo)", "communications", [5, 4, 6, 3, 4, 5]),
        col_("Lượt người nghe phổ biến", "participants", [30, 25, 40, 22, 18, 35])]),
    ("II.5.c", "in_progress", "Đang làm", "KT cân chợ, xăng dầu (phân cấp)", [
        col_("Cuộc", "inspections", [1, 0, 2, 1, 0, 1]),
        col_("Cơ sở", "establishments_inspected", [8, 0, 12, 6, 0, 9]),
        col_("Vi phạm", "violations", [1, 0, 1, 0, 0, 1]),
        col_("Tiền phạt (đ)", "fines_vnd", [2000000, 0, 3500000, 0, 0, 1500000])]),
    ("II.2.d", "completed", "Xong", "Hướng dẫn DN công bố CL, ghi nhãn", [
        col_("DN, hộ KD", "enterprises_supported", [2, 1, 0, 3, 1, 2])]),
    ("II.5.d", "not_applicable", "Không PS", "Tố giác vi phạm", [
        ("Vụ", None, [None] * 6, None)]),
    ("II.3.a", "completed", "Xong", "CB dự tập huấn", [
        ("Lượt CB", "participants", [None] * 6, 2)]),
], ["Các khu phố mới sáp nhập chưa thống nhất cách thống kê hộ kinh doanh.", "Thiếu cân đối chứng tại chợ Phú Lợi."],
   ["Đề nghị Chi cục TĐC cấp mẫu biểu thống kê thống nhất cho các khu phố."], formulas=True)
# fix the participants/II.3.a key: formula mode leaves 'Lượt CB' total typed (no KP values)

kp5 = [f"KP Chánh Hiệp {i}" for i in range(1, 6)]
hand3("25771-chanhhiep-bc-kp.xlsx", "25771", "Phường Chánh Hiệp", "178/BC-UBND", "2026-11-13", "Chánh Hiệp", kp5, [
    ("II.1.a", "completed", "Xong", "Tuyên truyền", [col_("Tin bài", "communications", [3, 5, 2, 4, 4])]),
    ("II.5.c", "in_progress", "Đang làm", "KT đo lường (cân, xăng dầu)", [
        col_("Cuộc", "inspections", [1, 1, 0, 1, 1]),
        col_("Cơ sở", "establishments_inspected", [7, 9, 0, 6, 8]),
        col_("VP", "violations", [0, 1, 0, 1, 0]),
        col_("Phạt (đồng)", "fines_vnd", [0, 2500000, 0, 1500000, 0])]),
    ("II.5.a", "completed", "Xong", "Phối hợp QLTT KT hàng hóa", [
        col_("Cuộc", "inspections", [0, 1, 0, 1, 0]),
        col_("Cơ sở", "establishments_inspected", [0, 6, 0, 5, 0])]),
    ("II.5.b", "in_progress", "Đang làm", "Lấy mẫu khảo sát", [col_("Mẫu", "samples_tested", [2, 0, 1, 0, 1])]),
    ("II.2.đ", "not_started", "Chưa làm", "ISO tại UBND phường", [("-", None, [None] * 5, None)]),
], ["Lực lượng kiểm tra mỏng, phải lồng ghép với kiểm tra trật tự đô thị."],
   ["Đề nghị Sở hỗ trợ phường xây dựng hệ thống ISO 9001:2015 trong năm 2027."])

kp7 = [f"Khu phố {i}" for i in range(1, 8)]
hand3("25813-bencat-ct38-kp.xlsx", "25813", "Phường Bến Cát", "523/BC-UBND", "2026-11-09", "Bến Cát", kp7, [
    ("II.1.a", "completed", "Xong", "Tuyên truyền, phổ biến", [
        col_("Tin bài", "communications", [2, 3, 2, 4, 1, 3, 2]),
        ("Hội nghị", "training_courses", [None] * 7, 1),
        ("Lượt người dự HN", "participants", [None] * 7, 80)]),
    ("II.5.c", "in_progress", "Đang làm", "KT đo lường tại chợ, cây xăng", [
        col_("Cuộc", "inspections", [1, 0, 1, 1, 0, 1, 1]),
        col_("Cơ sở", "establishments_inspected", [6, 0, 5, 8, 0, 4, 7]),
        col_("VP", "violations", [1, 0, 0, 1, 0, 0, 1]),
        col_("Phạt (đ)", "fines_vnd", [1500000, 0, 0, 2000000, 0, 0, 2500000]),
        col_("Cân được kiểm định", "instruments_verified", [12, 5, 10, 15, 8, 6, 9])]),
    ("II.5.d", "not_applicable", "Không PS", "Xử lý tố giác", [("Vụ", None, [None] * 7, None)]),
], ["Nhiều hộ kinh doanh tại chợ Bến Cát sử dụng cân không rõ nguồn gốc."],
   ["Đề nghị Trung tâm Dịch vụ Phân tích thí nghiệm tổ chức kiểm định cân lưu động tại chợ 02 lần/năm."])

# ---------------------------------------------------------------- DOCX helpers
def setup_doc():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return doc

def header_table(doc, left, right):
    t = doc.add_table(rows=1, cols=2)
    for cell, lines in ((t.cell(0, 0), left), (t.cell(0, 1), right)):
        cell.paragraphs[0].text = ""
        for i, (txt, bold, italic) in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(txt); run.bold = bold; run.italic = italic; run.font.size = Pt(12)
    return t

def para(doc, txt, bold=False, italic=False, center=False, indent=True):
    p = doc.add_paragraph()
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent: p.paragraph_format.first_line_indent = Cm(1)
    r = p.add_run(txt); r.bold = bold; r.italic = italic
    return p

# ---------------------------------------------------------------- HAND 4
# Đỗ Quang Vinh – senior specialist. Narrative with no numbers in the body: every
# figure is replaced by a marker "(1)", "(2)" … and given in a closing
# "SỐ LIỆU CỤ THỂ" table (Mã | Chỉ tiêu | ĐVT | Số liệu) after the signature.
def hand4(fname, uid, uname, left, number, date, place, kinhgui, intro, sections, diffs, props, signer, fmt=None):
    doc = setup_doc()
    header_table(doc, left, [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
                             ("Độc lập - Tự do - Hạnh phúc", True, False), ("", False, False),
                             (ddate(date, place), False, True)])
    para(doc, f"Số: {number}", indent=False)
    para(doc, "BÁO CÁO", bold=True, center=True)
    para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, center=True)
    para(doc, f"Kính gửi: {kinhgui}", center=True)
    para(doc, intro)
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    table_rows = []; entries = []; k = 0
    for n, (task, st, head, text, figs) in enumerate(sections, 1):
        # text contains {} placeholders, one per figure, replaced by (k)
        marks = []
        ind = {}
        for (iid, label, unit, val) in figs:
            k += 1; marks.append(f"({k})")
            table_rows.append((f"({k})", label, unit, val))
            ind[iid] = val
        para(doc, f"{n}. {head}", bold=True, indent=False)
        para(doc, text.format(*marks))
        entries.append(E(task, st, ind, head))
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for d in diffs: para(doc, "- " + d)
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for p in props: para(doc, "- " + p)
    para(doc, "Trên đây là báo cáo kết quả thực hiện; số liệu chi tiết tại bảng kèm theo./.")
    sig = doc.add_table(rows=1, cols=2)
    sig.cell(0, 0).paragraphs[0].add_run("Nơi nhận:").bold = True
    sig.cell(0, 0).add_paragraph("- Như trên;"); sig.cell(0, 0).add_paragraph("- Lưu: VT.")
    c = sig.cell(0, 1); c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    c.paragraphs[0].add_run(signer[0]).bold = True
    for _ in range(3): c.add_paragraph()
    pp = c.add_paragraph(); pp.alignment = WD_ALIGN_PARAGRAPH.CENTER; pp.add_run(signer[1]).bold = True
    doc.add_paragraph()
    para(doc, "SỐ LIỆU CỤ THỂ", bold=True, center=True)
    para(doc, "(kèm theo Báo cáo số " + number + ")", italic=True, center=True)
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for i, h in enumerate(["Mã", "Chỉ tiêu", "Đơn vị tính", "Số liệu"]):
        t.cell(0, i).text = h
        t.cell(0, i).paragraphs[0].runs[0].bold = True
    for (m, label, unit, val) in table_rows:
        row = t.add_row().cells
        row[0].text = m; row[1].text = label; row[2].text = unit
        row[3].text = (fmt or (lambda v, u: dot(v) if u == "đồng" else f"{v:02d}"))(val, unit)
    doc.save(os.path.join(OUT, fname))
    key(fname, uid, uname, number, date, entries, diffs, props)

hand4("SO-CT-5812-bc-ct38.docx", "SO-CT", "Sở Công Thương",
      [("ỦY BAN NHÂN DÂN", False, False), ("THÀNH PHỐ HỒ CHÍ MINH", False, False), ("SỞ CÔNG THƯƠNG", True, False)],
      "5812/SCT-QLTM", "2026-10-30", "Thành phố Hồ Chí Minh", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
      "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo kết quả thực hiện các nội dung được phân công phối hợp như sau:",
      [("II.5.a", "completed", "Kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng (LPG) lưu thông trên thị trường",
        "Sở đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức các đoàn kiểm tra liên ngành {} đối với các cửa hàng bán lẻ xăng dầu, cửa hàng kinh doanh LPG chai {}; qua kiểm tra phát hiện các cơ sở vi phạm {} chủ yếu về ghi nhãn và chất lượng khí, đã ra quyết định xử phạt với tổng số tiền {}. Đến nay, các đợt kiểm tra theo kế hoạch năm đã thực hiện hoàn tất.",
        [("inspections", "Số cuộc kiểm tra liên ngành", "cuộc", 8), ("establishments_inspected", "Số cơ sở được kiểm tra", "cơ sở", 46),
         ("violations", "Số cơ sở vi phạm", "cơ sở", 5), ("fines_vnd", "Tiền xử phạt vi phạm hành chính", "đồng", 62500000)]),
       ("II.2.e", "completed", "Góp ý xây dựng quy chuẩn kỹ thuật",
        "Sở đã nghiên cứu, gửi văn bản góp ý các dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương {} theo đề nghị của Sở Khoa học và Công nghệ và Bộ Công Thương. Nội dung này đã thực hiện hoàn tất.",
        [("standards_reviewed", "Dự thảo QCVN đã góp ý", "dự thảo", 3)]),
       ("II.1.a", "completed", "Phổ biến pháp luật cho thương nhân kinh doanh xăng dầu, LPG",
        "Sở phối hợp tổ chức các hội nghị phổ biến quy định về đo lường, chất lượng trong kinh doanh xăng dầu, khí {} với sự tham dự của đại diện thương nhân, cửa hàng {}. Nội dung này đã thực hiện hoàn tất.",
        [("training_courses", "Hội nghị phổ biến", "hội nghị", 2), ("participants", "Lượt đại biểu tham dự", "lượt", 210)]),
       ("II.2.d", "in_progress", "Hướng dẫn doanh nghiệp công bố hợp quy sản phẩm",
        "Sở hướng dẫn doanh nghiệp sản xuất, nhập khẩu trong lĩnh vực công nghiệp thực hiện công bố hợp quy, áp dụng hệ thống quản lý chất lượng {}. Sở đang tiếp tục triển khai nội dung này đến cuối năm.",
        [("enterprises_supported", "Doanh nghiệp được hướng dẫn", "doanh nghiệp", 27)]),
       ("II.3.a", "completed", "Cử công chức tham gia tập huấn",
        "Sở đã cử công chức các phòng chuyên môn tham dự các lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức {}. Nội dung này đã thực hiện hoàn tất.",
        [("participants", "Lượt công chức tham dự tập huấn", "lượt", 4)])],
      ["Số lượng cửa hàng bán lẻ LPG chai nhỏ lẻ nhiều, thường xuyên thay đổi địa điểm kinh doanh.",
       "Chưa có cơ chế chia sẻ dữ liệu kết quả kiểm tra giữa Sở Công Thương và Chi cục."],
      ["Đề nghị Sở Khoa học và Công nghệ xây dựng cơ sở dữ liệu dùng chung về kết quả kiểm tra chất lượng xăng dầu, LPG.",
       "Đề nghị Chi cục thông báo sớm kế hoạch kiểm tra năm 2027 để Sở chủ động bố trí lực lượng phối hợp."],
      ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lê Minh Khoa"))

hand4("SO-DL-2147-bc-kh38.docx", "SO-DL", "Sở Du lịch",
      [("ỦY BAN NHÂN DÂN", False, False), ("THÀNH PHỐ HỒ CHÍ MINH", False, False), ("SỞ DU LỊCH", True, False)],
      "2147/SDL-QLDL", "2026-11-02", "Thành phố Hồ Chí Minh", "Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng)",
      "Sở Du lịch nhận được văn bản đề nghị báo cáo của Chi cục Tiêu chuẩn Đo lường Chất lượng. Sở Du lịch báo cáo các nội dung liên quan như sau:",
      [("II.1.a", "completed", "Tuyên truyền đến cơ sở lưu trú, doanh nghiệp lữ hành",
        "Sở đã đăng tải tin, bài về tiêu chuẩn, chất lượng dịch vụ du lịch trên Cổng thông tin và các nhóm doanh nghiệp {}; phối hợp tổ chức hội nghị phổ biến tiêu chuẩn quốc gia về cơ sở lưu trú {} với sự tham gia của các doanh nghiệp {}. Nội dung này đã thực hiện hoàn tất.",
        [("communications", "Tin, bài tuyên truyền", "tin, bài", 15), ("training_courses", "Hội nghị phổ biến", "hội nghị", 1),
         ("participants", "Lượt đại biểu tham dự", "lượt", 130)]),
       ("II.2.đ", "in_progress", "Hệ thống quản lý chất lượng tại cơ quan Sở",
        "Sở đang rà soát, cập nhật các quy trình nội bộ để duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau khi kiện toàn tổ chức bộ máy; nội dung này đang tiếp tục triển khai.", []),
       ("II.2.e", "completed", "Góp ý tiêu chuẩn quốc gia lĩnh vực du lịch",
        "Sở đã góp ý các dự thảo tiêu chuẩn quốc gia về du lịch {} theo đề nghị của Cục Du lịch Quốc gia Việt Nam. Nội dung này đã thực hiện hoàn tất.",
        [("standards_reviewed", "Dự thảo TCVN đã góp ý", "dự thảo", 2)]),
       ("II.5.a", "in_progress", "Phối hợp kiểm tra tại khu, điểm du lịch",
        "Sở phối hợp với Chi cục kiểm tra việc chấp hành quy định về đo lường, chất lượng hàng hóa tại các khu, điểm du lịch, cơ sở lưu trú trong mùa cao điểm {}, tổng số cơ sở được kiểm tra {}. Nội dung này đang tiếp tục triển khai trong dịp cuối năm.",
        [("inspections", "Số cuộc kiểm tra phối hợp", "cuộc", 3), ("establishments_inspected", "Số cơ sở được kiểm tra", "cơ sở", 24)]),
       ("II.6.b", "not_applicable", "Hợp tác thúc đẩy năng suất (APO)",
        "Trong kỳ, Sở không nhận được yêu cầu phối hợp liên quan đến hoạt động thúc đẩy năng suất với Tổ chức Năng suất Châu Á; nội dung này không phát sinh.", [])],
      ["Nhiều cơ sở lưu trú quy mô nhỏ chưa quan tâm áp dụng tiêu chuẩn quốc gia về chất lượng dịch vụ."],
      ["Đề nghị Chi cục phối hợp với Sở tổ chức lớp tập huấn về tiêu chuẩn cơ sở lưu trú du lịch cho doanh nghiệp trong năm 2027."],
      ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Trần Thị Thanh Vân"))

hand4("25888-tanuyen-bc-ct38.docx", "25888", "Phường Tân Uyên",
      [("ỦY BAN NHÂN DÂN", True, False), ("PHƯỜNG TÂN UYÊN", True, False)],
      "366/BC-UBND", "2026-11-10", "Tân Uyên", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
      "Ủy ban nhân dân phường Tân Uyên báo cáo kết quả thực hiện các nội dung thuộc trách nhiệm của phường như sau:",
      [("II.1.a", "completed", "Công tác tuyên truyền",
        "Phường chỉ đạo Trung tâm Văn hóa phát tin, bài trên hệ thống loa và trang thông tin của phường {}; lồng ghép phổ biến tại các buổi sinh hoạt khu phố với lượt người tham dự {}. Nội dung này đã thực hiện hoàn tất.",
        [("communications", "Tin, bài", "tin, bài", 21), ("participants", "Lượt người được phổ biến", "lượt", 90)]),
       ("II.5.c", "in_progress", "Thực hiện nội dung quản lý nhà nước được phân cấp",
        "Phường thành lập tổ kiểm tra liên ngành kiểm tra về đo lường tại chợ Tân Uyên, chợ Uyên Hưng và các cửa hàng xăng dầu {}, kiểm tra các cơ sở {}, phát hiện vi phạm {}, xử phạt {}. Nội dung này đang tiếp tục triển khai theo kế hoạch đến cuối năm.",
        [("inspections", "Số cuộc kiểm tra", "cuộc", 3), ("establishments_inspected", "Số cơ sở được kiểm tra", "cơ sở", 27),
         ("violations", "Số trường hợp vi phạm", "trường hợp", 2), ("fines_vnd", "Tiền phạt", "đồng", 3500000)]),
       ("II.3.a", "completed", "Bồi dưỡng nghiệp vụ cho công chức",
        "Phường cử công chức Phòng Kinh tế tham dự tập huấn do Chi cục tổ chức {}. Nội dung này đã thực hiện hoàn tất.",
        [("participants", "Lượt công chức dự tập huấn", "lượt", 2)]),
       ("II.2.đ", "completed", "Hệ thống quản lý chất lượng tại UBND phường",
        "Phường đã hoàn thành việc xây dựng và công bố lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau sắp xếp đơn vị hành chính.", []),
       ("II.5.d", "not_applicable", "Tiếp nhận tố giác vi phạm",
        "Trong kỳ không phát sinh trường hợp tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng.", [])],
      ["Công chức phụ trách lĩnh vực còn mới, chưa nắm vững quy trình kiểm tra đo lường."],
      ["Đề nghị Chi cục cử cán bộ hướng dẫn trực tiếp tại phường trong đợt kiểm tra tháng 12/2026."],
      ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Phạm Văn Sang"))

hand4("26566-longhuong-bc.docx", "26566", "Phường Long Hương",
      [("ỦY BAN NHÂN DÂN", True, False), ("PHƯỜNG LONG HƯƠNG", True, False)],
      "241/BC-UBND", "2026-11-07", "Long Hương", "Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh",
      "Thực hiện đề nghị của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Long Hương báo cáo như sau:",
      [("II.1.a", "completed", "Tuyên truyền",
        "Phường phát tin, bài tuyên truyền về đo lường, chất lượng trên loa truyền thanh và nhóm Zalo các khu phố {}. Nội dung này đã thực hiện hoàn tất.",
        [("communications", "Tin, bài", "tin, bài", 12)]),
       ("II.5.c", "in_progress", "Kiểm tra đo lường tại chợ Long Hương, chợ Bà Rịa cũ",
        "Phường phối hợp tổ chức kiểm tra đo lường tại các chợ {} đối với các hộ kinh doanh {}, chưa phát hiện vi phạm; đồng thời phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm kiểm định cân tại chợ {}. Nội dung này đang tiếp tục triển khai.",
        [("inspections", "Số cuộc kiểm tra", "cuộc", 2), ("establishments_inspected", "Số hộ, cơ sở được kiểm tra", "hộ, cơ sở", 16),
         ("instruments_verified", "Cân được kiểm định", "chiếc", 48)]),
       ("II.5.b", "completed", "Phối hợp khảo sát chất lượng hàng hóa",
        "Phường phối hợp Chi cục lấy mẫu khảo sát chất lượng xăng dầu tại các cửa hàng trên địa bàn {}, kết quả các mẫu đạt yêu cầu. Nội dung này đã thực hiện hoàn tất.",
        [("samples_tested", "Mẫu được lấy khảo sát", "mẫu", 5)]),
       ("II.2.d", "not_started", "Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý chất lượng",
        "Nội dung này phường chưa triển khai do chưa có doanh nghiệp đăng ký nhận hỗ trợ.", [])],
      ["Kinh phí cho hoạt động kiểm tra tại phường chưa được bố trí riêng."],
      ["Đề nghị Sở hướng dẫn nguồn kinh phí thực hiện nhiệm vụ được phân cấp về tiêu chuẩn, đo lường, chất lượng."],
      ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Nguyễn Thành Tâm"))

# ---------------------------------------------------------------- HAND 5
# Huỳnh Thị Bích Thủy – office of the special zone Côn Đảo (the same template
# is used by two coastal communes trained with her). Writes about tourism-season
# inspections; every date, including the report's own, in long form with words
# ("ngày mười lăm tháng Mười"); per-season figures followed by a "cộng" total.
def hand5(fname, uid, uname, left, number, date, place, paras, diffs, props, signer, title=None, rejected=None, entries=None):
    doc = setup_doc()
    header_table(doc, left, [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
                             ("Độc lập - Tự do - Hạnh phúc", True, False), ("", False, False),
                             (f"{place}, {longdate(date)}", False, True)])
    para(doc, f"Số: {number}", indent=False)
    para(doc, "BÁO CÁO", bold=True, center=True)
    para(doc, title or "Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026 gắn với các mùa du lịch trên địa bàn", bold=True, center=True)
    for p in paras:
        if isinstance(p, tuple): para(doc, p[0], bold=True, indent=False)
        else: para(doc, p)
    para(doc, "Khó khăn, vướng mắc", bold=True, indent=False)
    for d in diffs: para(doc, "- " + d)
    para(doc, "Kiến nghị, đề xuất", bold=True, indent=False)
    for p in props: para(doc, "- " + p)
    para(doc, "Trên đây là báo cáo của " + uname + "./.", indent=True)
    sig = doc.add_table(rows=1, cols=2)
    sig.cell(0, 0).paragraphs[0].add_run("Nơi nhận:").bold = True
    sig.cell(0, 0).add_paragraph("- Sở KH&CN (qua Chi cục TĐC);"); sig.cell(0, 0).add_paragraph("- Lưu: VT, VP.")
    c = sig.cell(0, 1); c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    c.paragraphs[0].add_run(signer[0]).bold = True
    for _ in range(3): c.add_paragraph()
    pp = c.add_paragraph(); pp.alignment = WD_ALIGN_PARAGRAPH.CENTER; pp.add_run(signer[1]).bold = True
    doc.save(os.path.join(OUT, fname))
    if rejected:
        key(fname, uid, uname, number, date, [], [], [], status="rejected", reason=rejected)
    else:
        key(fname, uid, uname, number, date, entries, diffs, props)

hand5("26732-condao-bc-ct38-mua-du-lich.docx", "26732", "Đặc khu Côn Đảo",
      [("ỦY BAN NHÂN DÂN", True, False), ("ĐẶC KHU CÔN ĐẢO", True, False)], "96/BC-UBND", "2026-11-12", "Côn Đảo", [
    "Côn Đảo năm 2026 đón lượng khách du lịch tăng mạnh, tập trung vào ba đợt cao điểm: dịp lễ Ba mươi tháng Tư và Một tháng Năm, mùa du lịch hè và dịp Quốc khánh. Ủy ban nhân dân đặc khu đã lồng ghép các nội dung của Kế hoạch triển khai Chỉ thị số 38-CT/TW vào công tác quản lý các mùa du lịch, kết quả cụ thể như sau:",
    ("1. Kiểm tra đo lường, chất lượng tại nhà hàng hải sản, cơ sở lưu trú, cửa hàng xăng dầu",),
    "Đợt thứ nhất, từ ngày hai mươi lăm tháng Tư đến ngày năm tháng Năm, Tổ kiểm tra liên ngành của đặc khu tiến hành 02 cuộc kiểm tra tại 14 cơ sở (chủ yếu là nhà hàng hải sản bán theo cân tại khu vực chợ Côn Đảo và đường Tôn Đức Thắng), không phát hiện vi phạm.",
    "Đợt thứ hai, trong mùa du lịch hè từ ngày mười lăm tháng Sáu đến ngày ba mươi mốt tháng Tám, Tổ tiến hành 03 cuộc kiểm tra tại 22 cơ sở, phát hiện 03 cơ sở sử dụng cân không đạt yêu cầu, xử phạt vi phạm hành chính 8.500.000 đồng.",
    "Cộng hai đợt: 05 cuộc kiểm tra, 36 cơ sở được kiểm tra. Đợt kiểm tra tiếp theo dự kiến bắt đầu từ ngày hai mươi tháng Mười Hai, phục vụ mùa khách dịp Tết; vì vậy nội dung này đặc khu đang tiếp tục thực hiện.",
    ("2. Tuyên truyền, phổ biến cho hộ kinh doanh du lịch",),
    "Đài truyền thanh đặc khu và Trang thông tin điện tử đã phát 26 tin, bài; treo pano nhắc nhở về cân đúng, cân đủ tại cảng Bến Đầm và Cảng hàng không Côn Đảo. Ngày mười lăm tháng Mười, đặc khu tổ chức 01 hội nghị phổ biến quy định về đo lường, chất lượng cho 75 đại diện hộ kinh doanh nhà hàng, cơ sở lưu trú. Nội dung này đã thực hiện xong.",
    ("3. Phối hợp lấy mẫu khảo sát chất lượng",),
    "Ngày mười tám tháng Bảy, đặc khu phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng lấy 04 mẫu xăng dầu tại 02 cửa hàng trên đảo, kết quả thử nghiệm các mẫu đều đạt. Nội dung này đã thực hiện xong.",
    ("4. Bồi dưỡng nghiệp vụ",),
    "Ngày hai mươi hai tháng Chín, đặc khu cử 02 công chức tham dự lớp tập huấn trực tuyến về nghiệp vụ quản lý đo lường do Chi cục tổ chức. Nội dung này đã thực hiện xong.",
    ("5. Tiếp nhận tố giác vi phạm",),
    "Từ đầu năm đến nay không phát sinh trường hợp tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng.",
], ["Việc đi lại giữa đất liền và đảo phụ thuộc thời tiết, Chi cục khó bố trí lực lượng hỗ trợ trong mùa gió chướng.",
    "Số cơ sở kinh doanh theo mùa vụ tăng nhanh trong cao điểm hè, lực lượng kiểm tra của đặc khu mỏng."],
   ["Đề nghị Chi cục bố trí 01 đợt kiểm định cân tại chỗ trên đảo trước mùa du lịch năm 2027.",
    "Đề nghị Sở hỗ trợ đặc khu 02 cân đối chứng đặt tại chợ Côn Đảo và khu vực bến tàu."],
   ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lê Văn Đảo"),
   entries=[
    E("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 36, "violations": 3, "fines_vnd": 8500000},
      "Kiểm tra đo lường, chất lượng tại nhà hàng hải sản, cơ sở lưu trú, cửa hàng xăng dầu"),
    E("II.1.a", "completed", {"communications": 26, "training_courses": 1, "participants": 75}, "Tuyên truyền, phổ biến cho hộ kinh doanh du lịch"),
    E("II.5.b", "completed", {"samples_tested": 4}, "Phối hợp lấy mẫu khảo sát chất lượng"),
    E("II.3.a", "completed", {"participants": 2}, "Bồi dưỡng nghiệp vụ"),
    E("II.5.d", "not_applicable", {}, "Tiếp nhận tố giác vi phạm")])

hand5("26662-longhai-bc-ct38.docx", "26662", "Xã Long Hải",
      [("ỦY BAN NHÂN DÂN", True, False), ("XÃ LONG HẢI", True, False)], "187/BC-UBND", "2026-11-09", "Long Hải", [
    "Xã Long Hải là địa bàn du lịch biển, lượng khách tăng cao từ ngày mười tháng Sáu đến ngày hai mươi tháng Tám. Ủy ban nhân dân xã báo cáo kết quả thực hiện Kế hoạch như sau:",
    ("1. Kiểm tra cân tại quán hải sản, chợ Long Hải trong mùa du lịch",),
    "Trong mùa du lịch hè, Tổ kiểm tra của xã thực hiện 04 cuộc kiểm tra tại 31 cơ sở (quán hải sản bán theo cân ven biển, chợ Long Hải), phát hiện 05 trường hợp sử dụng cân sai, xử phạt 11.000.000 đồng. Đến ngày hai mươi tháng Tám, xã đã hoàn thành kế hoạch kiểm tra mùa du lịch năm 2026.",
    ("2. Tuyên truyền",),
    "Đài truyền thanh xã phát 14 tin, bài nhắc nhở hộ kinh doanh niêm yết giá, cân đúng, cân đủ; việc tuyên truyền đang tiếp tục thực hiện, sẽ tăng cường trước dịp Tết.",
    ("3. Bồi dưỡng nghiệp vụ",),
    "Ngày hai mươi hai tháng Chín, xã cử 02 công chức dự lớp tập huấn trực tuyến do Chi cục tổ chức; đã thực hiện xong.",
    ("4. Hỗ trợ doanh nghiệp",),
    "Trên địa bàn xã không có doanh nghiệp đề nghị hỗ trợ áp dụng hệ thống quản lý chất lượng, nội dung này không phát sinh.",
], ["Hộ kinh doanh theo mùa thường tự mua cân trôi nổi, không rõ nguồn gốc."],
   ["Đề nghị Chi cục tổ chức kiểm định cân miễn phí tại chợ Long Hải trước mùa du lịch năm 2027."],
   ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đoàn Văn Thạnh"),
   entries=[
    E("II.5.c", "completed", {"inspections": 4, "establishments_inspected": 31, "violations": 5, "fines_vnd": 11000000}, "Kiểm tra cân tại quán hải sản, chợ Long Hải trong mùa du lịch"),
    E("II.1.a", "in_progress", {"communications": 14}, "Tuyên truyền"),
    E("II.3.a", "completed", {"participants": 2}, "Bồi dưỡng nghiệp vụ"),
    E("II.2.d", "not_applicable", {}, "Hỗ trợ doanh nghiệp")])

hand5("26686-phuochai-bc-kh38.docx", "26686", "Xã Phước Hải",
      [("ỦY BAN NHÂN DÂN", True, False), ("XÃ PHƯỚC HẢI", True, False)], "233/BC-UBND", "2026-11-11", "Phước Hải", [
    "Ủy ban nhân dân xã Phước Hải báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, gắn với quản lý hoạt động kinh doanh phục vụ khách du lịch, như sau:",
    ("1. Kiểm tra đo lường trong kinh doanh hải sản, xăng dầu",),
    "Mùa du lịch hè (từ ngày mười lăm tháng Sáu đến ngày mười lăm tháng Tám): xã thực hiện 03 cuộc kiểm tra tại 20 cơ sở, phát hiện 02 cơ sở vi phạm, xử phạt 4.500.000 đồng.",
    "Dịp lễ Quốc khánh (từ ngày ba mươi mốt tháng Tám đến ngày ba tháng Chín): 02 cuộc kiểm tra tại 18 cơ sở, không phát hiện vi phạm.",
    "Cộng chung: 05 cuộc, 38 cơ sở. Ngoài ra, ngày mười hai tháng Mười, xã phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm kiểm định 57 cân tại chợ cá Phước Hải. Nội dung này xã đang tiếp tục thực hiện.",
    ("2. Tuyên truyền",),
    "Xã phát 20 tin, bài trên Đài truyền thanh; ngày bảy tháng Bảy tổ chức 01 hội nghị phổ biến cho 60 hộ kinh doanh hải sản. Nội dung này đã thực hiện xong.",
    ("3. Phối hợp kiểm tra chất lượng hàng hóa",),
    "Ngày hai mươi tháng Bảy, xã phối hợp Đội Quản lý thị trường kiểm tra 01 cuộc tại 09 cửa hàng bán đồ lưu niệm, đồ bơi, phao cứu sinh tại khu du lịch. Nội dung này đã thực hiện xong.",
], ["Ngư dân, hộ kinh doanh hải sản đông, phần lớn là hộ nhỏ lẻ không đăng ký kinh doanh."],
   ["Đề nghị Sở hỗ trợ kinh phí trang bị cân đối chứng cho chợ cá Phước Hải."],
   ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Huỳnh Văn Nam"),
   entries=[
    E("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 38, "violations": 2, "fines_vnd": 4500000, "instruments_verified": 57},
      "Kiểm tra đo lường trong kinh doanh hải sản, xăng dầu"),
    E("II.1.a", "completed", {"communications": 20, "training_courses": 1, "participants": 60}, "Tuyên truyền"),
    E("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 9}, "Phối hợp kiểm tra chất lượng hàng hóa")])

hand5("26656-binhchau-bc-pctt.docx", "26656", "Xã Bình Châu",
      [("ỦY BAN NHÂN DÂN", True, False), ("XÃ BÌNH CHÂU", True, False)], "205/BC-UBND", "2026-11-03", "Bình Châu", [
    "Thực hiện chỉ đạo của Ban Chỉ huy Phòng thủ dân sự Thành phố, Ủy ban nhân dân xã Bình Châu báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn trong mùa mưa bão năm 2026 như sau:",
    ("1. Công tác chuẩn bị trước mùa mưa bão",),
    "Ngày mười lăm tháng Năm, xã kiện toàn Ban Chỉ huy phòng thủ dân sự xã; rà soát 42 hộ dân sống ven biển và 06 khu du lịch, cơ sở lưu trú tại khu vực suối nước nóng Bình Châu để có phương án di dời khi có bão.",
    ("2. Ứng phó áp thấp nhiệt đới",),
    "Từ ngày mười tám đến ngày hai mươi tháng Mười, do ảnh hưởng của áp thấp nhiệt đới, xã đã kêu gọi 120 tàu thuyền vào nơi tránh trú an toàn, tạm dừng hoạt động tắm biển tại các khu du lịch; không có thiệt hại về người.",
    ("3. Tìm kiếm cứu nạn trong mùa du lịch",),
    "Trong mùa du lịch hè, lực lượng cứu hộ tại các bãi tắm đã kịp thời cứu 03 du khách bị sóng cuốn.",
], ["Hệ thống kè chắn sóng tại khu vực Hồ Tràm xuống cấp."],
   ["Đề nghị Thành phố đầu tư sửa chữa kè chắn sóng trước mùa mưa bão năm 2027."],
   ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Võ Văn Hiền"),
   title="Công tác phòng, chống thiên tai và tìm kiếm cứu nạn mùa mưa bão năm 2026",
   rejected="Báo cáo về phòng, chống thiên tai và tìm kiếm cứu nạn, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")

# ---------------------------------------------------------------- LibreOffice re-save
def lo_resave(fname):
    src = os.path.join(OUT, fname)
    ext = fname.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    shutil.copy(src, os.path.join(tmp, "in." + ext))
    outdir = os.path.join(tmp, "out"); os.makedirs(outdir)
    subprocess.run(["libreoffice", "--headless", "--convert-to", ext, "--outdir", outdir, os.path.join(tmp, "in." + ext)],
                   check=True, capture_output=True, timeout=180)
    shutil.copy(os.path.join(outdir, "in." + ext), src)
    shutil.rmtree(tmp)

lo_resave("25750-phuloi-ct38-theo-kp.xlsx")   # formulas get cached values
lo_resave("26566-longhuong-bc.docx")

# ---------------------------------------------------------------- truth
for f in FILES:
    path = os.path.join(OUT, f["file"])
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    entries = merge_entries(f["entries"]) if f["entries"] else []
    for e in entries:
        e["indicators"] = {k: v for k, v in e["indicators"].items() if v is not None}
    obj = {"file": f["file"], "sha256": sha, "status": f["status"], "reason": f["reason"],
           "unit": {"id": f["unit_id"], "name": f["unit_name"]},
           "document": {"number": f["number"], "date": f["date"]},
           "entries": entries, "findings": [], "difficulties": f["diffs"], "proposals": f["props"]}
    with open(os.path.join(TRUTH, f["file"] + ".json"), "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=2)
print(len(FILES), "files")
